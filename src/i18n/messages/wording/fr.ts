// Français : « vous », chaleureux et simple.
import type { Translation } from '../types.js';
import type { messages as enGB } from './en-GB.js';

export const messages: Translation<typeof enGB> = {
  'wording.line.current': 'Actuellement : {when}',
  'wording.line.proposed': 'Proposé : {when}',
  'wording.line.newTime': 'Nouvel horaire : {when}',
  'wording.line.was': 'Avant : {when}',
  'wording.line.requested': 'Demandé : {when}',
  'wording.line.requestedTime': 'Horaire demandé : {when}',
  'wording.line.youAskedFor': 'Vous avez demandé : {when}',
  'wording.line.youProposed': 'Vous avez proposé : {when}',
  'wording.line.proposedBy': 'Proposé par {therapist} : {when}',
  'wording.line.therapistAskedFor': '{therapist} a demandé : {when}',
  'wording.line.sessionStays': 'La séance reste fixée au {when}.',
  'wording.line.yourSessionStays': 'Votre séance reste fixée au {when}.',
  'wording.line.sessionNowAt': 'La séance a désormais lieu le {when}.',
  'wording.line.yourSessionNowAt': 'Votre séance a désormais lieu le {when}.',
  'wording.line.yourSessionInsideWindow':
    'Votre séance du {when} est désormais trop proche pour être déplacée ; elle reste donc telle que réservée.',
  'wording.line.noAnswerInTime': '{employee} n’a pas répondu avant le délai ; la séance reste fixée au {when}.',
  'wording.line.heldUntilAnswer': 'Le créneau lui est réservé jusqu’à ce que la personne accepte ou refuse.',
  'wording.line.acceptOrDecline': 'Acceptez pour déplacer votre séance, ou refusez pour garder l’horaire actuel.',
  'wording.line.pair': '{employee} avec {therapist}',
  'wording.line.join': 'Rejoindre : {url}',
  'wording.line.locks':
    '{what, select, new {Le nouvel horaire} other {L’horaire proposé}} est dans moins de {hours, plural, one {# heure} other {# heures}} : une fois accepté, il ne pourra plus être déplacé, seulement annulé.',

  'wording.status':
    '{status, select, pending {en attente} confirmed {confirmée} declined {refusée} proposed {a reçu une autre proposition d’horaire} withdrawn {retirée} other {expirée}}',

  'wording.relay.title': 'Message de {sender}',
  'wording.threadOpened.title': 'Conversation avec {employee}',
  'wording.threadOpened.line':
    'Les réponses dans ce fil sont transmises en toute confidentialité à la personne que vous accompagnez. Les demandes de déplacement apparaissent aussi ici.',

  'wording.requested.title': '{employee} demande à déplacer la séance',
  'wording.requested.proposedCustom': 'Proposé : {when} (pas encore dans vos disponibilités : le confirmer l’y ajoute)',
  'wording.requested.stands': 'La séance actuelle est maintenue tant que vous n’avez pas confirmé.',

  'wording.awaiting.title': 'Demande de déplacement envoyée',
  'wording.awaiting.asked': 'Vous avez demandé à déplacer votre séance du {current} au {proposed}.',
  'wording.awaiting.needsConfirm': '{therapist} doit encore confirmer. D’ici là, votre séance actuelle est maintenue.',

  'wording.proposed.title': '{therapist} propose un autre horaire',

  'wording.proposalSent.moveTitle': 'Vous avez demandé à {employee} de déplacer la séance',
  'wording.proposalSent.moveHeld':
    'Le nouvel horaire est réservé jusqu’à ce que la personne accepte ou refuse ; d’ici là, la séance reste inchangée. Sa réponse apparaîtra ici.',
  'wording.proposalSent.title': 'Vous avez proposé un autre horaire à {employee}',

  'wording.moveAsked.title': '{therapist} demande à déplacer votre séance',
  'wording.moveAsked.line':
    'Acceptez pour déplacer votre séance, ou refusez pour garder l’horaire actuel. Rien ne change sans votre accord.',

  'wording.rescheduled.title': 'Séance déplacée',
  'wording.declined.moveTitle': '{employee} a refusé de déplacer la séance',
  'wording.declined.title': 'Demande de déplacement refusée',
  'wording.withdrawn.title': 'Demande de déplacement retirée',
  'wording.expired.title': 'Demande de déplacement expirée',
  'wording.expired.within':
    'La séance du {when} commence désormais dans moins de {hours, plural, one {# heure} other {# heures}} : elle ne peut plus être déplacée.',
  'wording.expired.stands':
    'La séance est maintenue telle que réservée. Elle peut encore être annulée, mais elle sera alors décomptée des séances incluses.',
  'wording.booked.title': 'Séance réservée',

  'wording.therapistChanged.employeeTitle': 'Votre nouveau ou nouvelle thérapeute',
  'wording.therapistChanged.employeeNew':
    'Vous êtes désormais accompagné·e par {therapist}. Votre prochain message ici ouvre votre conversation.',
  'wording.therapistChanged.employeeCredited':
    'Les séances à venir avec votre thérapeute précédent·e sont annulées et recréditées sur vos séances incluses ; votre historique vous appartient.',
  'wording.therapistChanged.therapistTitle': '{employee} est désormais suivi·e par un·e autre thérapeute',
  'wording.therapistChanged.therapistClosed':
    'Le service de bien-être lui a attribué un·e autre thérapeute. Cette conversation est close : vos réponses ici ne lui parviennent plus.',
  'wording.therapistChanged.therapistCancelled': 'Ses séances à venir avec vous sont annulées.',

  'wording.offer.time': '{n}. {when}',
  'wording.offer.timeBooked': '{n}. {when} (réservé)',
  'wording.offer.client.openTitle': '{therapist} vous propose des créneaux pour votre prochaine séance',
  'wording.offer.client.openHeld':
    'Ces créneaux vous sont réservés jusqu’au {until}. En réserver un utilise une séance incluse du mois concerné.',
  'wording.offer.client.bookedTitle': 'Vous avez réservé l’un des créneaux proposés',
  'wording.offer.client.declinedTitle': 'Aucun des créneaux proposés ne vous convenait',
  'wording.offer.client.declinedTold': '{therapist} en a été informé·e.',
  'wording.offer.client.replacedTitle': 'Ces créneaux proposés ont été remplacés',
  'wording.offer.client.replacedLine': '{therapist} vous a envoyé de nouveaux créneaux à la place.',
  'wording.offer.client.withdrawnTitle': 'Ces créneaux proposés ont été retirés',
  'wording.offer.client.arrangeNext': 'Écrivez à votre thérapeute pour convenir de votre prochaine séance.',
  'wording.offer.client.expiredTitle': 'Ces créneaux proposés ont expiré',
  'wording.offer.client.expiredLine':
    'Ils étaient réservés jusqu’au {until}. Écrivez à votre thérapeute pour convenir de votre prochaine séance.',
  'wording.offer.therapist.openTitle': 'Vous avez proposé {count, plural, one {un créneau} other {# créneaux}} à {employee}',
  'wording.offer.therapist.openHeld': 'Ils sont réservés pour la personne jusqu’au {until}, ou jusqu’à ce qu’elle en réserve un ou refuse.',
  'wording.offer.therapist.bookedTitle': '{employee} a réservé l’un des créneaux proposés',
  'wording.offer.therapist.bookedLine': 'Les autres créneaux sont de nouveau libres.',
  'wording.offer.therapist.declinedTitle': '{employee} n’a choisi aucun des créneaux proposés',
  'wording.offer.therapist.declinedLine': 'Les créneaux sont de nouveau libres.',
  'wording.offer.therapist.declinedNoticeLine':
    'Les créneaux sont de nouveau libres. Répondez dans ce fil pour convenir d’un autre horaire, ou proposez de nouveaux créneaux.',
  'wording.offer.therapist.replacedTitle': 'Proposition remplacée',
  'wording.offer.therapist.replacedLine': 'Vous avez proposé de nouveaux créneaux ; ceux-ci sont de nouveau libres.',
  'wording.offer.therapist.withdrawnTitle': 'Proposition retirée',
  'wording.offer.therapist.withdrawnLine': 'La proposition a été close par le service de bien-être ; les créneaux sont de nouveau libres.',
  'wording.offer.therapist.expiredTitle': 'Proposition expirée',
  'wording.offer.therapist.expiredLine': '{employee} n’en a réservé aucun à temps ; les créneaux sont de nouveau libres.',

  'wording.recommendation.intro':
    'Pour une personne qui a utilisé ses séances du mois. Le service de bien-être décide ; votre note reste chez lui, et l’employeur ne voit jamais que des chiffres.',
  'wording.recommendation.where':
    'Recommandez des séances supplémentaires depuis le fil de la personne : répondez-y avec @Wellbeing recommend, et un formulaire pour elle s’ouvre.',
  'wording.recommendation.sent':
    'Envoyé au service de bien-être : {count, plural, one {# séance supplémentaire} other {# séances supplémentaires}} pour {employee} en {month}. Vous aurez la réponse dans le fil de {employee}.',
  'wording.therapistChange.intro':
    'Demandez au service de bien-être un·e autre thérapeute. Aucune raison n’est nécessaire et votre thérapeute n’en est pas informé·e. Dès que vous avez un·e nouvel·le thérapeute, les séances à venir avec l’actuel·le sont annulées et recréditées sur vos séances incluses.',
  'wording.therapistChange.alreadyAsked':
    'Vous avez déjà demandé à changer de thérapeute. Le service de bien-être vous préviendra ici dès que ce sera fait.',
  'wording.therapistChange.asked':
    'Votre demande de changement de thérapeute a bien été transmise au service de bien-être. Votre thérapeute n’en est pas informé·e. Vous serez prévenu·e ici ; d’ici là, vos séances et vos messages continuent comme avant.',

  'wording.extra.declinedTitle': 'Séances supplémentaires non accordées pour {employee}',
  'wording.extra.declinedLine':
    'Le service de bien-être n’a pas accordé votre recommandation de {count, plural, one {# séance supplémentaire} other {# séances supplémentaires}} en {month}.',
  'wording.extra.declinedNotTold': '{employee} n’en a pas été informé·e ; ses séances incluses restent inchangées.',
  'wording.extra.addedTitle': 'Séances ajoutées',
  'wording.extra.addedLine':
    '{count, plural, one {# séance supplémentaire a été ajoutée} other {# séances supplémentaires ont été ajoutées}} à vos séances incluses de {month}.',
  'wording.extra.bookNow': 'Vous pouvez réserver dès maintenant.',
  'wording.extra.approvedTitle': 'Séances supplémentaires accordées pour {employee}',
  'wording.extra.approvedLine':
    'Le service de bien-être a accordé votre recommandation : {count, plural, one {# séance supplémentaire en {month} a été ajoutée} other {# séances supplémentaires en {month} ont été ajoutées}} aux séances incluses de {employee}.',
  'wording.extra.approvedTold': 'La personne a été prévenue et peut réserver dès maintenant.',

  'wording.cancelled.what': '{when}, {employee} avec {therapist}',
  'wording.cancelled.title': 'Séance annulée',
  'wording.cancelled.lateTitle': 'Séance annulée (annulation tardive)',
  'wording.cancelled.byYou': 'Vous l’avez annulée : elle est donc recréditée sur les séances incluses de {employee}, qui a été prévenu·e.',
  'wording.cancelled.byTherapistTitle': 'Séance annulée par votre thérapeute',
  'wording.cancelled.byTherapist': '{therapist} a annulé cette séance : elle est donc recréditée sur vos séances incluses.',
  'wording.cancelled.late': 'Elle a été annulée trop peu de temps à l’avance : elle reste décomptée des séances incluses du mois.',
  'wording.cancelled.byService': 'Annulée par le service de bien-être.',
  'wording.cancelled.credited': 'La séance a été recréditée sur les séances incluses.',

  'wording.decided.closedTitle': 'Demande de déplacement close : séance annulée',
  'wording.decided.closedLine': 'La séance du {when} a été annulée : cette demande n’a donc plus lieu d’être.',
  'wording.decided.confirmedTitle': 'Demande de déplacement confirmée',
  'wording.decided.withdrewLine': '{employee} a retiré cette demande. La séance reste fixée au {when}.',
  'wording.decided.expiredLine': 'La séance du {when} est désormais trop proche pour être déplacée ; elle reste donc telle que réservée.',
  'wording.decided.proposedTitle': 'Demande de déplacement : un autre horaire a été proposé',
  'wording.decided.proposedLine': 'Vous avez proposé un autre horaire ; {employee} peut l’accepter ou le refuser.',
  'wording.decided.pendingTitle': 'Demande de déplacement en attente',

  'wording.answered.acceptedProposedTitle': 'Vous avez accepté l’horaire proposé',
  'wording.answered.declinedProposedTitle': 'Vous avez refusé l’horaire proposé',
  'wording.answered.proposedExpiredTitle': 'L’horaire proposé a expiré',
  'wording.answered.proposedWithdrawnTitle': 'L’horaire proposé a été retiré',
  'wording.answered.acceptedNewTitle': 'Vous avez accepté le nouvel horaire',
  'wording.answered.declinedMoveTitle': 'Vous avez refusé de déplacer votre séance',
  'wording.answered.moveExpiredTitle': 'La demande de {therapist} pour déplacer votre séance a expiré',
  'wording.answered.moveWithdrawnTitle': 'La demande de déplacement de votre séance a été retirée',

  'wording.outcome.acceptedNewTitle': '{employee} a accepté le nouvel horaire',
  'wording.outcome.moveExpiredTitle': 'Votre demande de déplacement de la séance a expiré',
  'wording.outcome.moveClosedTitle': 'Votre demande de déplacement de la séance a été close',
  'wording.outcome.waitingFor': 'En attente de la réponse de {employee}.',
  'wording.outcome.acceptedProposedTitle': '{employee} a accepté l’horaire que vous avez proposé',
  'wording.outcome.declinedProposedTitle': '{employee} a refusé l’horaire que vous avez proposé',
  'wording.outcome.proposedExpiredTitle': 'L’horaire que vous avez proposé a expiré',
  'wording.outcome.proposedWithdrawnTitle': 'L’horaire que vous avez proposé a été retiré',

  'wording.request.confirmedTitle': 'Votre demande de déplacement a été confirmée',
  'wording.request.declinedTitle': 'Votre demande de déplacement a été refusée',
  'wording.request.withdrawnTitle': 'Vous avez retiré votre demande de déplacement',
  'wording.request.expiredTitle': 'Votre demande de déplacement a expiré',
  'wording.request.proposedTitle': '{therapist} a proposé un autre horaire',
  'wording.request.proposedLine': 'Votre séance reste fixée au {when}, sauf si vous acceptez l’horaire proposé.',

  'wording.notConfirmed.title': 'Votre demande de déplacement n’a pas pu être confirmée',
  'wording.notConfirmed.slotTaken': 'L’horaire demandé, {when}, n’est plus disponible.',
  'wording.notConfirmed.allowance': 'La déplacer au {when} dépasserait vos séances incluses de {month}.',
  'wording.notConfirmed.insideCutoff': 'Votre séance du {when} est désormais trop proche : elle ne peut plus être déplacée.',
  'wording.notConfirmed.notActive': 'La séance a déjà été annulée, déplacée ou a déjà eu lieu.',
  'wording.notConfirmed.past': 'L’horaire demandé, {when}, est déjà passé.',
  'wording.notConfirmed.canReschedule': 'Vous pouvez choisir un autre horaire, annuler la séance ou écrire à votre thérapeute.',
  'wording.notConfirmed.canCancel':
    'Vous pouvez encore l’annuler (une annulation tardive est décomptée des séances incluses du mois) ou écrire à votre thérapeute.',
  'wording.notConfirmed.canMessage': 'Vous pouvez écrire à votre thérapeute, ou réserver une nouvelle séance s’il vous en reste.',

  'wording.since.cancelled': 'Depuis, la séance du {when} a été annulée.',
  'wording.since.cancelledNext': 'Vous pouvez réserver une nouvelle séance ou écrire à votre thérapeute.',
  'wording.since.yourMoved': 'Depuis, votre séance a été déplacée au {when}.',
  'wording.since.movedNext': 'Vous pouvez lui choisir un autre horaire, l’annuler ou écrire à votre thérapeute.',
  'wording.since.moved': 'Depuis, la séance a été déplacée au {when}.',

  'wording.consequence.late':
    'Cette séance commence dans moins de {hours, plural, one {# heure} other {# heures}} : c’est donc une annulation tardive. Elle restera décomptée des séances incluses du mois et ne sera pas recréditée.',
  'wording.consequence.credited': 'La séance sera recréditée sur vos séances incluses.',
  'wording.consequence.therapist':
    'Cette séance sera recréditée à {employee} : elle ne sera pas décomptée de ses séances incluses. La personne sera prévenue de l’annulation, avec votre motif.',
  'wording.attendance.intro':
    'Séances {days, plural, one {du dernier jour} other {des # derniers jours}} : indiquez une fois pour chacune si elle a eu lieu, pour les statistiques d’utilisation.',
  'wording.attendance.attended': 'Indiquée comme ayant eu lieu. Merci.',
  'wording.attendance.noShow': 'Indiquée comme absence. Elle est comptée dans le rapport d’utilisation, sans aucun nom.',
  'wording.fullMonth':
    'Vous avez utilisé {allowance, plural, =1 {votre séance incluse} other {vos # séances incluses}} de {month} : ses créneaux ne sont donc pas affichés.',

  'wording.fault.notTaken':
    'Désolé, je n’ai pas pu le faire à cause d’un problème de notre côté. Rien n’a été modifié ; veuillez réessayer dans une minute.',
  'wording.fault.stillWorking': 'Cela prend plus de temps que d’habitude : vous verrez le résultat ici dès que ce sera fait.',
  'wording.fault.mayNotBeDone':
    'Désolé, un problème est survenu de notre côté et cela n’a peut-être pas été fait. Vérifiez votre onglet Accueil, puis réessayez dans une minute.',
  'wording.fault.viewWorking': ':hourglass_flowing_sand: Toujours en cours : cette fenêtre affichera le résultat dès que ce sera fait.',
  'wording.fault.viewDone': ':white_check_mark: C’est fait. Vous pouvez fermer cette fenêtre.',
  'wording.fault.viewRefused': 'Rien n’a été modifié. Fermez cette fenêtre et rouvrez le formulaire pour réessayer.',
  'wording.fault.viewFailed':
    'Désolé, un problème est survenu de notre côté avant la fin : cela n’a peut-être pas été enregistré. Vérifiez votre onglet Accueil avant de réessayer.',

  'wording.moment.today': 'aujourd’hui à {time}',
  'wording.moment.tomorrow': 'demain à {time}',
  'wording.moment.on': '{day} à {time}',
  'wording.reminder.cutoffTitle': 'Rappel : votre séance peut encore être déplacée',
  'wording.reminder.cutoffLine':
    'Dès {moment}, cette séance ne pourra plus être déplacée ; déplacez-la ou annulez-la maintenant si besoin.',
  'wording.reminder.startingTitle': 'La séance commence bientôt',
  'wording.reminder.joinFromTherapist': 'Votre thérapeute vous transmettra les informations pour la rejoindre.',

  'wording.care.hours': '{days}, {from}–{to} ({zone})',
  'wording.care.awayTitle': '{therapist} est absent·e jusqu’au {until}',
  'wording.care.outsideTitle': '{therapist} est en dehors de ses horaires habituels',
  'wording.care.title': 'Écrire à {therapist}',
  'wording.care.awayLine': 'Votre message a bien été transmis ; {therapist} est absent·e et le lira à son retour, le {until}.',
  'wording.care.outsideLine': 'Votre message a bien été transmis ; {therapist} le lira à sa prochaine plage de travail.',
  'wording.care.line': 'Vos messages sont transmis en toute confidentialité à {therapist}.',
  'wording.care.usualReply': '{therapist} répond habituellement {usualReply}.',
  'wording.care.usualHours': 'Horaires habituels : {hours}.',
  'wording.care.notCrisis': 'Cette messagerie n’est pas un service d’urgence.',
  'wording.care.helpNowContact':
    'Cette messagerie n’est pas un service d’urgence. Si vous avez besoin d’aide maintenant, contactez {supportLine} ou le numéro d’urgence local.',
  'wording.care.helpNow':
    'Cette messagerie n’est pas un service d’urgence. Si vous avez besoin d’aide maintenant, appelez le numéro d’urgence local.',

  'wording.weekOf': 'Semaine du {day}',

  'wording.help.heading':
    '{role, select, employee {Vos séances} therapist {En tant que thérapeute} hr_admin {En tant qu’admin RH} other {En tant qu’opérateur·rice}}',
  'wording.help.changeTakesEffect':
    'Un changement prend effet dès que votre thérapeute le confirme ; d’ici là, votre séance actuelle est maintenue.',
  'wording.help.therapistCancel':
    'demander à une personne de déplacer une séance à venir (elle accepte ou refuse), en annuler une (toujours recréditée à la personne) et indiquer si les séances récentes ont eu lieu',
  'wording.help.therapistMeetingLink': 'le lien de visio que vos client·es voient avec chaque séance',
  'wording.help.therapistHours': 'vos horaires habituels et votre délai de réponse, indiqués aux personnes qui vous écrivent',
  'wording.help.therapistNotice': 'combien d’heures à l’avance on peut réserver avec vous (24 si vous ne changez rien)',
  'wording.help.therapistAway': 'vos jours d’absence : aucun créneau proposé, et les personnes qui écrivent savent quand vous revenez',
  'wording.help.therapistAvailability': 'voir, ajouter et retirer vos créneaux disponibles',
  'wording.help.changeTherapist':
    'demander en toute confidentialité un·e autre thérapeute (sans justification ; votre thérapeute n’en est pas informé·e)',
  'wording.help.therapistRecommend':
    'des séances supplémentaires pour une personne qui a utilisé celles du mois ; le service de bien-être décide, et l’employeur ne voit jamais que des chiffres',
  'wording.help.hrUsage': 'l’utilisation du programme dans votre organisation, chiffres uniquement',
  'wording.help.linkChannel': 'en faire le canal de conversation de ce ou cette thérapeute',
  'wording.help.privacy.employee': 'Vos RH ne voient jamais vos messages ni le nom des personnes qui utilisent le service.',
  'wording.help.privacy.therapist':
    'Ce que vos client·es écrivent vous est transmis en toute confidentialité : ce n’est jamais conservé, et leurs RH ne le voient jamais.',
  'wording.help.privacy.hr_admin': 'Les rapports d’utilisation ne montrent que des chiffres, jamais de noms ni de messages.',
  'wording.help.privacy.operator': 'Relier un canal n’y fait apparaître les séances ni les messages de personne.',
  'wording.help.notYours.therapistBook':
    'La réservation se fait par vos client·es : ils et elles réservent avec moi, et vous voyez leurs séances parmi les vôtres à venir. Pour organiser vous-même la prochaine séance d’une personne, utilisez « Proposer des créneaux » dans son fil : elle réserve l’un de vos créneaux en un clic.',
  'wording.help.notYours.therapistOther':
    'Vos client·es me demandent de déplacer leurs séances : leurs demandes arrivent dans leur fil de votre canal, où vous confirmez, refusez ou proposez un autre horaire. Pour déplacer vous-même une séance, utilisez « Déplacer la séance » à côté d’elle dans vos séances à venir, ou dans le fil de la personne ; elle accepte ou refuse.',
  'wording.help.notYours.roles':
    '{count, plural, =0 {membre du personnel} one {{first}} =2 {{first} et {last}} other {{first}, {middle} et {last}}}',
  'wording.help.notYours.role': '{role, select, employee {salarié·e} therapist {thérapeute} hr_admin {admin RH} other {opérateur·rice}}',
  'wording.help.notYours.staff':
    'Vous êtes enregistré·e ici comme {roles}, et non comme salarié·e : {action, select, sessions {il n’y a donc ni séances ni séances incluses à afficher pour vous} book {il n’y a donc pas de thérapeute auprès de qui réserver} reschedule {il n’y a donc pas de séance à déplacer} other {il n’y a donc pas de séance à annuler}}. Si vous souhaitez des séances pour vous-même, demandez à votre prestataire de bien-être de vous ajouter comme salarié·e.',

  'wording.settings.linkSet':
    'Votre lien de visio est maintenant {link}. Vos client·es le voient avec chaque séance, dans les rappels et dans les invitations d’agenda.',
  'wording.settings.linkRemoved': 'Votre lien de visio a été supprimé.',
  'wording.settings.hoursSet': 'Vos horaires habituels sont maintenant : {hours}.',
  'wording.settings.hoursCleared': 'Vos horaires habituels ont été effacés.',
  'wording.settings.usualReply': 'Les personnes qui vous écrivent apprennent que vous répondez habituellement {usualReply}.',
  'wording.settings.usage.link': 'link https://meet.example.com/votre-salle (ou link remove)',
  'wording.settings.usage.hours': 'hours Mon-Fri 09:00-17:00 sous un jour ouvré',
  'wording.settings.usage.notice': 'notice 12 (en heures, de 1 à 72)',
  'wording.settings.usage.away': 'away 2027-01-04 2027-01-15 (premier et dernier jour ; away clear les retire)',
  'wording.settings.awayRange': '{from} – {to}',
  'wording.settings.awaySet':
    'Vous êtes absent·e : {periods}. Pendant ce temps, personne ne peut réserver ni demander de créneau, et qui vous écrit apprend quand vous revenez.',
  'wording.settings.noAway': 'Vous n’avez aucun jour d’absence enregistré.',
  'wording.settings.awayBookedSession': '{when} avec {employee}',
  'wording.settings.awayBooked':
    'Déjà réservé pendant cette période : {sessions}. Annulez ces séances depuis vos séances, ou écrivez à vos client·es pour convenir d’un autre horaire.',
  'wording.settings.noticeSet':
    'On peut maintenant réserver, demander ou accepter des créneaux avec vous au moins {hours, plural, one {# heure} other {# heures}} à l’avance. Vos propres propositions n’y sont pas soumises.',

  'wording.usage.allDepartments': 'Tous les services',
  'wording.usage.employees': 'Salarié·es inscrit·es',
  'wording.usage.employeesWhoBooked': 'Salarié·es ayant réservé',
  'wording.usage.booked': 'Séances réservées (non annulées)',
  'wording.usage.completed': 'Séances tenues à ce jour',
  'wording.usage.cancelled': 'Annulations anticipées (recréditées)',
  'wording.usage.lateCancelled': 'Annulations tardives (comptées comme utilisées)',
  'wording.usage.cancellations': 'Annulations au total',
  'wording.usage.noShows': 'Absences',
  'wording.usage.rescheduled': 'Déplacées',
  'wording.usage.allowanceUsed': 'Séances incluses utilisées',
  'wording.usage.extraSessions': 'Séances supplémentaires accordées',
  'wording.usage.percent': '{value} %',
  'wording.usage.smallGroup':
    'Masqué : moins de {min} personnes dans ce groupe, ses chiffres pourraient donc permettre d’identifier quelqu’un.',
  'wording.usage.revealsSmallGroup':
    'Masqué : cela révélerait, par soustraction du total, les chiffres d’un groupe de moins de {min} personnes.',
};
