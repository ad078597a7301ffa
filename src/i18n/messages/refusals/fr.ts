// Français : « vous », chaleureux et simple.
import type { Translation } from '../types.js';
import type { messages as enGB } from './en-GB.js';

export const messages: Translation<typeof enGB> = {
  'refusals.thatMonth': 'ce mois-là',
  'refusals.yourClient': 'la personne que vous accompagnez',
  'refusals.yourClientStart': 'La personne que vous accompagnez',

  'refusals.bad_input': 'Je n’ai pas pu lire cette demande. Veuillez réessayer depuis un nouveau message.',
  'refusals.not_registered': 'Vous n’êtes pas encore inscrit·e au service de bien-être. Demandez à votre équipe RH de vous ajouter.',
  'refusals.no_therapist': 'Aucun·e thérapeute ne vous est encore attribué·e. Votre équipe RH peut s’en occuper.',
  'refusals.therapist_not_linked':
    'Le canal de conversation de votre thérapeute n’est pas encore configuré, je ne peux donc pas le ou la joindre. Merci de prévenir votre équipe RH.',
  'refusals.unknown_session': 'Je n’ai pas trouvé cette séance. Elle a peut-être changé entre-temps : actualisez et réessayez.',
  'refusals.unknown_request': 'Je n’ai pas trouvé cette demande de déplacement.',
  'refusals.session_archived': 'Cette séance est terminée et a été archivée avec les séances passées : elle ne peut plus être modifiée.',
  'refusals.request_archived': 'Cette demande de déplacement a été réglée il y a un moment et archivée : elle ne peut plus être modifiée.',
  'refusals.unknown_slot': 'Ce créneau ne fait plus partie des disponibilités du ou de la thérapeute. Choisissez-en un autre.',
  'refusals.not_your_session': 'Cette séance n’est pas la vôtre, vous ne pouvez donc pas la modifier.',
  'refusals.not_linked_therapist': 'Seul·e le ou la thérapeute relié·e à ce canal peut faire cela.',
  'refusals.not_awaiting_you':
    'Cette demande attend la réponse de votre thérapeute, pas la vôtre. Vous pouvez encore la retirer depuis vos séances, ou écrire à votre thérapeute.',
  'refusals.session_not_active': 'Cette séance a déjà été annulée, déplacée ou a déjà eu lieu.',
  'refusals.inside_cutoff':
    'Cette séance commence dans moins de {hours, plural, one {# heure} other {# heures}} : elle ne peut plus être déplacée. Vous pouvez encore l’annuler, mais elle sera décomptée des séances incluses du mois.',
  'refusals.time_in_past': 'Cet horaire est déjà passé. Choisissez un horaire à venir.',
  'refusals.malformed_time': 'Cette date ou cette heure n’est pas valide. Choisissez une date et une heure.',
  'refusals.no_time_picked': 'Choisissez un horaire : l’un des créneaux disponibles, ou une date et une heure de votre choix.',
  'refusals.therapist_away': 'Votre thérapeute est absent·e à ce moment-là. Choisissez un horaire après son retour.',
  'refusals.therapist_away_back':
    'Votre thérapeute est absent·e à ce moment-là et de retour le {back}. Choisissez un horaire après son retour.',
  'refusals.invalid_away_period':
    'Indiquez le premier et le dernier jour d’absence au format AAAA-MM-JJ AAAA-MM-JJ, par exemple : away 2027-01-04 2027-01-15 (92 jours au plus, pas dans le passé), ou away clear. Rien n’a été modifié.',
  'refusals.too_soon':
    'Votre thérapeute a besoin d’être prévenu·e au moins {hours, plural, one {# heure} other {# heures}} à l’avance. Choisissez un horaire plus tardif.',
  'refusals.invalid_booking_notice':
    'Indiquez votre délai de réservation en heures entières, de 1 à 72, par exemple : notice 12. Rien n’a été modifié.',
  'refusals.beyond_horizon':
    'Vous pouvez réserver jusqu’à la fin de {month}, le dernier mois dont vous voyez les séances incluses. Les horaires suivants s’ouvriront à l’approche de leur mois.',
  'refusals.nonexistent_local_time':
    'Cette heure n’existe pas dans votre fuseau horaire, car on change d’heure ce jour-là. Choisissez un autre horaire.',
  'refusals.slot_taken': 'Ce créneau n’est plus disponible. Choisissez-en un autre.',
  'refusals.same_time': 'C’est déjà l’horaire de la séance. Choisissez un horaire différent.',
  'refusals.allowance_exhausted': 'Vous avez utilisé vos {allowance} séances incluses de {month}.',
  'refusals.request_pending': 'Une demande de déplacement attend déjà une réponse pour cette séance.',
  'refusals.already_decided':
    'Cette demande a déjà {status, select, confirmed {été confirmée} declined {été refusée} approved {été accordée} withdrawn {été retirée} expired {expiré} proposed {reçu un autre horaire en réponse} other {été traitée}}.',
  'refusals.reason_missing': 'Indiquez un motif (au moins {min} caractères).',
  'refusals.reason_too_long': 'Le motif est trop long : {max} caractères au maximum, s’il vous plaît.',
  'refusals.not_hr_admin': 'Les rapports d’utilisation sont réservés aux admins RH de votre organisation.',
  'refusals.not_therapist':
    'Seul·es les thérapeutes peuvent {action, select, link {définir un lien de visio} hours {définir leurs horaires de réponse} notice {définir un délai de réservation} away {indiquer des jours d’absence} offer {proposer des créneaux} attendance {indiquer la présence} recommend {recommander des séances supplémentaires} move {déplacer une séance} other {gérer leurs disponibilités}}.',
  'refusals.not_operator': 'Seul·es les opérateur·rices et les admins RH du service de bien-être peuvent faire cela.',
  'refusals.unknown_therapist': 'Cette personne n’est pas inscrite comme thérapeute de votre organisation.',
  'refusals.slot_overlap': 'Cela chevauche un autre créneau. Choisissez un horaire libre.',
  'refusals.slot_overlap_when': 'Cela chevauche un autre créneau ({when}). Choisissez un horaire libre.',
  'refusals.slot_held': 'Ce créneau est réservé, il ne peut donc pas être retiré. La séance doit d’abord être annulée ou déplacée.',
  'refusals.invalid_duration': 'Un créneau doit durer entre 15 minutes et 4 heures.',
  'refusals.invalid_repeat': 'Un créneau peut se répéter chaque semaine pendant 1 à 26 semaines.',
  'refusals.invalid_month': 'Indiquez le mois au format AAAA-MM ou par son nom, par exemple 2026-03, March ou March 2026.',
  'refusals.relay_failed': 'Votre message n’a pas pu être transmis pour l’instant. Rien n’a été envoyé ; réessayez dans un moment.',
  'refusals.therapist_channel_unreachable':
    'Votre message n’a pas encore pu parvenir à votre thérapeute, car son canal n’est pas encore prêt pour moi ; l’équipe du service de bien-être est prévenue et va s’en occuper.',
  'refusals.therapist_channel_unreachable_support':
    'Votre message n’a pas encore pu parvenir à votre thérapeute, car son canal n’est pas encore prêt pour moi ; l’équipe du service de bien-être est prévenue. Si vous avez besoin de soutien d’ici là, vous pouvez contacter {supportLine}.',
  'refusals.text_only':
    'Je ne peux transmettre que du texte : les fichiers et pièces jointes ne sont pas envoyés à votre thérapeute. Écrivez votre message sous forme de texte.',
  'refusals.just_changed': 'Quelqu’un d’autre vient de modifier cela. Actualisez et réessayez.',
  'refusals.personal_chat_only':
    'Je n’affiche et ne modifie les séances que dans votre conversation privée avec moi, jamais là où d’autres peuvent lire. Ouvrez une conversation avec moi pour voir vos séances, réserver ou déplacer.',
  'refusals.organisation_not_set_up':
    'Votre organisation n’est pas encore configurée avec le service de bien-être, je ne peux donc pas vous aider ici. Demandez à votre équipe RH de contacter le prestataire.',
  'refusals.other_organisation':
    'Vous êtes inscrit·e dans une autre organisation que celle de cet espace de travail, je ne peux donc pas vous aider ici. Demandez à votre équipe RH de vérifier votre inscription.',
  'refusals.not_ended': 'Cette séance n’est pas encore terminée : la présence pourra être indiquée ensuite.',
  'refusals.already_marked':
    'La présence à cette séance a déjà été indiquée{marked, select, no_show { comme absence} attended { comme ayant eu lieu} other {}}. Rien n’a été modifié.',
  'refusals.invalid_meeting_link':
    'Un lien de visio doit être une adresse https:// complète de 500 caractères au plus, par exemple https://meet.example.com/votre-salle. Rien n’a été modifié.',
  'refusals.invalid_reply_hours':
    'Indiquez vos horaires sous forme de jours et d’une plage horaire qui se termine après son début, puis votre délai de réponse habituel, par exemple : Mon-Fri 09:00-17:00 sous un jour ouvré. Rien n’a été modifié.',
  'refusals.unknown_offer': 'Je n’ai pas trouvé ces créneaux proposés. Écrivez à votre thérapeute pour convenir de votre prochaine séance.',
  'refusals.offer_closed':
    'Ces créneaux proposés {status, select, booked {ont déjà été réservés} declined {ont été refusés} replaced {ont été remplacés par une proposition plus récente : utilisez celle-ci} expired {ont expiré} withdrawn {ont été retirés} other {ne sont plus disponibles}}. Écrivez à votre thérapeute pour convenir de votre prochaine séance.',
  'refusals.offer_time_taken':
    'L’un de ces créneaux n’est plus libre dans votre agenda (une séance ou un autre créneau réservé le chevauche). Rien n’a été proposé : choisissez d’autres créneaux.',
  'refusals.offer_time_taken_when':
    '{when} n’est plus libre dans votre agenda (une séance ou un autre créneau réservé le chevauche). Rien n’a été proposé : choisissez d’autres créneaux.',
  'refusals.offer_changed':
    'Une autre proposition à cette personne vient d’être faite ou de recevoir une réponse. Rien n’a été proposé : regardez le fil et réessayez.',
  'refusals.invalid_offer':
    'Proposez de 1 à 3 créneaux différents, sans chevauchement et à venir, réservés de 1 à 168 heures (48 par défaut). Rien n’a été proposé.',
  'refusals.invalid_offer_horizon':
    'Proposez de 1 à 3 créneaux différents, sans chevauchement, à venir et au plus tard à la fin de {month}, réservés de 1 à 168 heures (48 par défaut). Rien n’a été proposé.',
  'refusals.not_your_client':
    'Cette personne ne fait pas partie des personnes que vous accompagnez, je ne peux donc pas faire cela pour elle. Rien n’a été envoyé.',
  'refusals.move_inside_cutoff':
    'Cette séance commence dans moins de {hours, plural, one {# heure} other {# heures}} : elle ne peut plus être déplacée. Vous pouvez encore l’annuler : elle sera recréditée pour {client}, qui en sera informé·e avec votre motif.',
  'refusals.client_request_pending': '{client} a déjà demandé à déplacer cette séance ; répondez d’abord à sa demande.',
  'refusals.move_awaiting_client': 'Vous avez déjà demandé à {client} de déplacer cette séance ; sa réponse apparaîtra dans son fil.',
  'refusals.move_allowance_exhausted':
    '{client} a utilisé ses {allowance} séances incluses de {month} : la séance ne peut donc pas y être déplacée. Choisissez un horaire dans un autre mois.',
  'refusals.own_time_while_away': 'Vous êtes absent·e à ce moment-là. Choisissez un horaire où vous êtes présent·e.',
  'refusals.own_time_while_away_back':
    'Vous êtes absent·e à ce moment-là (de retour le {back}). Choisissez un horaire où vous êtes présent·e.',
  'refusals.move_time_taken':
    'Cet horaire n’est pas libre dans votre agenda (une autre séance ou une demande en attente le chevauche). Choisissez un autre horaire.',
  'refusals.therapist_move_pending':
    'Votre thérapeute a demandé à déplacer cette séance : acceptez ou refusez d’abord cette demande, dans vos messages avec moi.',
  'refusals.therapist_move_pending_named':
    '{therapist} a demandé à déplacer cette séance : acceptez ou refusez d’abord cette demande, dans vos messages avec moi.',
  'refusals.invalid_recommendation':
    'Recommandez de {min} à {max} séances supplémentaires pour ce mois-ci ou le suivant, avec une note clinique de {noteMin} à {noteMax} caractères. Rien n’a été envoyé.',
  'refusals.allowance_left':
    'La personne a encore des séances incluses en {month}. Vous pourrez en recommander davantage une fois celles-ci utilisées. Rien n’a été envoyé.',
  'refusals.allowance_left_count':
    'La personne a encore {left} séances incluses en {month}. Vous pourrez en recommander davantage une fois celles-ci utilisées. Rien n’a été envoyé.',
  'refusals.recommendation_pending':
    'Vous avez déjà recommandé des séances supplémentaires pour cette personne en {month} ; le service de bien-être va trancher. Rien de nouveau n’a été envoyé.',
  'refusals.unknown_recommendation': 'Je n’ai pas trouvé cette recommandation.',
  'refusals.thread_closed':
    'Cette conversation est close : la personne est désormais suivie par un·e autre thérapeute, vos réponses ici ne lui parviennent plus.',

  'refusals.therapist.slot_taken':
    'Cet horaire n’est plus libre dans votre agenda (une autre séance ou une demande en attente le chevauche) : cette demande ne peut donc pas être confirmée. Proposez un autre horaire ou refusez-la.',
  'refusals.therapist.allowance_exhausted':
    'La personne a utilisé ses {allowance} séances incluses de {month} : la séance ne peut donc pas y être déplacée. Proposez un horaire dans un autre mois ou refusez la demande.',
  'refusals.therapist.inside_cutoff':
    'Cette séance commence désormais dans moins de {hours, plural, one {# heure} other {# heures}} et ne peut plus être déplacée : cette demande ne peut pas être confirmée et la séance est maintenue.',
  'refusals.therapist.session_not_active':
    'Cette séance a déjà été annulée, déplacée ou a déjà eu lieu : cette demande ne peut donc pas être confirmée.',
  'refusals.therapist.time_in_past':
    'L’horaire demandé est déjà passé : cette demande ne peut donc pas être confirmée. Proposez un autre horaire ou refusez-la.',
  'refusals.therapist.not_awaiting_you':
    'Cette demande attend la réponse de la personne que vous accompagnez, pas la vôtre. Vous verrez sa réponse dans ce fil.',
  'refusals.therapist.not_your_session':
    'Cette séance ne concerne pas une personne que vous accompagnez, vous ne pouvez donc pas la modifier. Vos propres séances figurent dans votre semaine.',
  'refusals.therapist.offer_closed':
    'Cette proposition {status, select, booked {a déjà été réservée} declined {a été refusée} replaced {a été remplacée par une proposition plus récente : utilisez celle-ci} expired {a expiré} withdrawn {a été retirée} other {n’est plus ouverte}}.',
  'refusals.therapist.unknown_offer': 'Je n’ai pas trouvé cette proposition.',
};
