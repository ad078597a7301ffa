// Deutsch: „Sie“, warm und schlicht.
import type { Translation } from '../types.js';
import type { messages as enGB } from './en-GB.js';

export const messages: Translation<typeof enGB> = {
  'refusals.thatMonth': 'diesen Monat',
  'refusals.yourClient': 'Ihre:n Klient:in',
  'refusals.yourClientStart': 'Ihr:e Klient:in',

  'refusals.bad_input': 'Diese Anfrage konnte ich nicht lesen. Bitte versuchen Sie es mit einer neuen Nachricht noch einmal.',
  'refusals.not_registered':
    'Sie sind noch nicht beim Wellbeing-Service angemeldet. Bitte bitten Sie Ihre Personalabteilung, Sie hinzuzufügen.',
  'refusals.no_therapist': 'Ihnen ist noch keine Therapeut:in zugewiesen. Ihre Personalabteilung kann das veranlassen.',
  'refusals.therapist_not_linked':
    'Der Gesprächskanal Ihrer Therapeut:in ist noch nicht eingerichtet, daher kann ich sie nicht erreichen. Bitte geben Sie Ihrer Personalabteilung Bescheid.',
  'refusals.unknown_session':
    'Diese Sitzung konnte ich nicht finden. Vielleicht wurde sie inzwischen geändert: Bitte aktualisieren Sie und versuchen Sie es noch einmal.',
  'refusals.unknown_request': 'Diese Anfrage zum Verschieben konnte ich nicht finden.',
  'refusals.session_archived':
    'Diese Sitzung ist vorbei und bei den vergangenen Sitzungen abgelegt, daher lässt sich daran nichts mehr ändern.',
  'refusals.request_archived':
    'Diese Anfrage zum Verschieben wurde vor einiger Zeit abgeschlossen und abgelegt, daher lässt sich daran nichts mehr ändern.',
  'refusals.unknown_slot': 'Dieser Termin ist nicht mehr unter den freien Terminen der Therapeut:in. Bitte wählen Sie einen anderen.',
  'refusals.not_your_session': 'Das ist nicht Ihre Sitzung, daher können Sie sie nicht ändern.',
  'refusals.not_linked_therapist': 'Das kann nur die Therapeut:in, die mit diesem Kanal verknüpft ist.',
  'refusals.not_awaiting_you':
    'Diese Anfrage wartet auf die Antwort Ihrer Therapeut:in, nicht auf Ihre. Sie können sie bei Ihren Sitzungen noch zurückziehen oder Ihrer Therapeut:in schreiben.',
  'refusals.session_not_active': 'Diese Sitzung wurde bereits abgesagt, verschoben oder hat schon stattgefunden.',
  'refusals.inside_cutoff':
    'Diese Sitzung beginnt in weniger als {hours, plural, one {# Stunde} other {# Stunden}}, daher kann sie nicht mehr verschoben werden. Sie können sie noch absagen, dann zählt sie aber zum Kontingent des Monats.',
  'refusals.time_in_past': 'Dieser Zeitpunkt ist schon vorbei. Bitte wählen Sie einen Termin in der Zukunft.',
  'refusals.malformed_time': 'Dieses Datum oder diese Uhrzeit ist ungültig. Bitte wählen Sie beides, ein Datum und eine Uhrzeit.',
  'refusals.no_time_picked': 'Bitte wählen Sie einen Termin: einen der freien Termine oder ein eigenes Datum mit Uhrzeit.',
  'refusals.therapist_away': 'Ihre Therapeut:in ist zu dieser Zeit nicht da. Bitte wählen Sie einen Termin nach der Rückkehr.',
  'refusals.therapist_away_back':
    'Ihre Therapeut:in ist zu dieser Zeit nicht da und ab {back} zurück. Bitte wählen Sie einen Termin nach der Rückkehr.',
  'refusals.invalid_away_period':
    'Bitte geben Sie den ersten und letzten Tag der Abwesenheit als JJJJ-MM-TT JJJJ-MM-TT an, zum Beispiel: away 2027-01-04 2027-01-15 (höchstens 92 Tage, nicht in der Vergangenheit), oder away clear. Es wurde nichts geändert.',
  'refusals.too_soon':
    'Ihre Therapeut:in braucht mindestens {hours, plural, one {# Stunde} other {# Stunden}} Vorlauf. Bitte wählen Sie einen späteren Termin.',
  'refusals.invalid_booking_notice':
    'Bitte geben Sie den Buchungsvorlauf in ganzen Stunden an, von 1 bis 72, zum Beispiel: notice 12. Es wurde nichts geändert.',
  'refusals.beyond_horizon':
    'Sie können bis zum Ende von {month} buchen, dem letzten Monat, dessen Kontingent Sie sehen. Spätere Termine werden frei, wenn ihr Monat näher rückt.',
  'refusals.nonexistent_local_time':
    'Diese Uhrzeit gibt es in Ihrer Zeitzone nicht, weil an diesem Tag die Uhren umgestellt werden. Bitte wählen Sie eine andere Zeit.',
  'refusals.slot_taken': 'Dieser Termin ist nicht mehr frei. Bitte wählen Sie einen anderen.',
  'refusals.same_time': 'Das ist der jetzige Termin der Sitzung. Bitte wählen Sie einen anderen.',
  'refusals.allowance_exhausted': 'Sie haben alle {allowance} Sitzungen Ihres Kontingents für {month} genutzt.',
  'refusals.request_pending': 'Zu dieser Sitzung wartet bereits eine Anfrage zum Verschieben auf Antwort.',
  'refusals.already_decided':
    'Diese Anfrage wurde bereits {status, select, confirmed {bestätigt} declined {abgelehnt} approved {genehmigt} withdrawn {zurückgezogen} expired {abgelaufen} proposed {mit einem anderen Termin beantwortet} other {entschieden}}.',
  'refusals.reason_missing': 'Bitte geben Sie eine Begründung an (mindestens {min} Zeichen).',
  'refusals.reason_too_long': 'Die Begründung ist zu lang: bitte höchstens {max} Zeichen.',
  'refusals.not_hr_admin': 'Nutzungsberichte sind nur für HR-Admins Ihrer Organisation verfügbar.',
  'refusals.not_therapist':
    'Nur Therapeut:innen können {action, select, link {einen Meeting-Link festlegen} hours {Antwortzeiten festlegen} notice {einen Buchungsvorlauf festlegen} away {Abwesenheiten eintragen} offer {Termine anbieten} attendance {die Teilnahme markieren} recommend {weitere Sitzungen empfehlen} move {eine Sitzung verschieben} other {freie Termine verwalten}}.',
  'refusals.not_operator': 'Das können nur Betreiber:innen und HR-Admins des Wellbeing-Service.',
  'refusals.unknown_therapist': 'Diese Person ist nicht als Therapeut:in Ihrer Organisation angemeldet.',
  'refusals.slot_overlap': 'Das überschneidet sich mit einem anderen Termin. Bitte wählen Sie eine freie Zeit.',
  'refusals.slot_overlap_when': 'Das überschneidet sich mit einem anderen Termin ({when}). Bitte wählen Sie eine freie Zeit.',
  'refusals.slot_held':
    'Dieser Termin ist gebucht und kann daher nicht entfernt werden. Die Sitzung muss zuerst abgesagt oder verschoben werden.',
  'refusals.invalid_duration': 'Ein Termin muss zwischen 15 Minuten und 4 Stunden dauern.',
  'refusals.invalid_repeat': 'Ein Termin kann sich 1 bis 26 Wochen lang wöchentlich wiederholen.',
  'refusals.invalid_month': 'Bitte geben Sie den Monat als JJJJ-MM oder mit Namen an, zum Beispiel 2026-03, March oder March 2026.',
  'refusals.relay_failed':
    'Ihre Nachricht konnte gerade nicht zugestellt werden. Es wurde nichts gesendet; bitte versuchen Sie es gleich noch einmal.',
  'refusals.therapist_channel_unreachable':
    'Ihre Nachricht konnte Ihre Therapeut:in noch nicht erreichen, weil der Kanal für mich noch nicht bereit ist; das Team des Wellbeing-Service weiß Bescheid und kümmert sich darum.',
  'refusals.therapist_channel_unreachable_support':
    'Ihre Nachricht konnte Ihre Therapeut:in noch nicht erreichen, weil der Kanal für mich noch nicht bereit ist; das Team des Wellbeing-Service weiß Bescheid. Wenn Sie in der Zwischenzeit Unterstützung brauchen, wenden Sie sich an {supportLine}.',
  'refusals.text_only':
    'Ich kann nur Text weiterleiten: Dateien und Anhänge werden nicht an Ihre Therapeut:in gesendet. Bitte schreiben Sie Ihre Nachricht als Text.',
  'refusals.just_changed': 'Das wurde gerade von jemand anderem geändert. Bitte aktualisieren Sie und versuchen Sie es noch einmal.',
  'refusals.personal_chat_only':
    'Ich zeige und ändere Sitzungen nur in Ihrem 1:1-Chat mit mir, nie dort, wo andere mitlesen können. Öffnen Sie einen Chat mit mir, um Ihre Sitzungen zu sehen, zu buchen oder zu verschieben.',
  'refusals.organisation_not_set_up':
    'Ihre Organisation ist noch nicht beim Wellbeing-Service eingerichtet, daher kann ich hier nicht helfen. Bitte bitten Sie Ihre Personalabteilung, sich an den Anbieter zu wenden.',
  'refusals.other_organisation':
    'Sie sind bei einer anderen Organisation angemeldet als der, zu der dieser Workspace gehört, daher kann ich hier nicht helfen. Bitte bitten Sie Ihre Personalabteilung, Ihre Anmeldung zu prüfen.',
  'refusals.not_ended': 'Diese Sitzung ist noch nicht zu Ende: Die Teilnahme kann danach markiert werden.',
  'refusals.already_marked':
    'Die Teilnahme an dieser Sitzung wurde bereits markiert{marked, select, no_show { als nicht erschienen} attended { als wahrgenommen} other {}}. Es wurde nichts geändert.',
  'refusals.invalid_meeting_link':
    'Ein Meeting-Link muss eine vollständige https://-Adresse mit höchstens 500 Zeichen sein, zum Beispiel https://meet.example.com/ihr-raum. Es wurde nichts geändert.',
  'refusals.invalid_reply_hours':
    'Bitte geben Sie Ihre Zeiten als Tage und einen Zeitraum an, der nach seinem Beginn endet, dann Ihre übliche Antwortzeit, zum Beispiel: Mon-Fri 09:00-17:00 innerhalb eines Arbeitstags. Es wurde nichts geändert.',
  'refusals.unknown_offer':
    'Diese angebotenen Termine konnte ich nicht finden. Bitte schreiben Sie Ihrer Therapeut:in, um Ihre nächste Sitzung zu vereinbaren.',
  'refusals.offer_closed':
    'Diese angebotenen Termine {status, select, booked {wurden bereits gebucht} declined {wurden abgelehnt} replaced {wurden durch ein neueres Angebot ersetzt: Bitte nutzen Sie dieses} expired {sind abgelaufen} withdrawn {wurden zurückgezogen} other {sind nicht mehr offen}}. Bitte schreiben Sie Ihrer Therapeut:in, um Ihre nächste Sitzung zu vereinbaren.',
  'refusals.offer_time_taken':
    'Einer dieser Termine ist in Ihrem Kalender nicht mehr frei (eine Sitzung oder ein anderer reservierter Termin überschneidet sich). Es wurde nichts angeboten: Bitte wählen Sie andere Termine.',
  'refusals.offer_time_taken_when':
    '{when} ist in Ihrem Kalender nicht mehr frei (eine Sitzung oder ein anderer reservierter Termin überschneidet sich). Es wurde nichts angeboten: Bitte wählen Sie andere Termine.',
  'refusals.offer_changed':
    'Gerade wurde ein anderes Angebot an diese Person gemacht oder beantwortet. Es wurde nichts angeboten: Bitte sehen Sie in den Thread und versuchen Sie es noch einmal.',
  'refusals.invalid_offer':
    'Bitte bieten Sie 1 bis 3 verschiedene, sich nicht überschneidende Termine in der Zukunft an, reserviert für 1 bis 168 Stunden (48, wenn Sie nichts wählen). Es wurde nichts angeboten.',
  'refusals.invalid_offer_horizon':
    'Bitte bieten Sie 1 bis 3 verschiedene, sich nicht überschneidende Termine in der Zukunft und spätestens bis Ende {month} an, reserviert für 1 bis 168 Stunden (48, wenn Sie nichts wählen). Es wurde nichts angeboten.',
  'refusals.not_your_client':
    'Diese Person gehört nicht zu Ihren Klient:innen, daher kann ich das nicht für sie tun. Es wurde nichts gesendet.',
  'refusals.move_inside_cutoff':
    'Diese Sitzung beginnt in weniger als {hours, plural, one {# Stunde} other {# Stunden}}, daher kann sie nicht mehr verschoben werden. Sie können sie noch absagen: Für {client} wird sie dann gutgeschrieben, und die Person erfährt es mit Ihrer Begründung.',
  'refusals.client_request_pending':
    '{client} hat bereits um eine Verschiebung dieser Sitzung gebeten; beantworten Sie zuerst diese Anfrage.',
  'refusals.move_awaiting_client': 'Sie haben {client} bereits gebeten, diese Sitzung zu verschieben; die Antwort erscheint im Thread.',
  'refusals.move_allowance_exhausted':
    '{client} hat alle {allowance} Sitzungen des Kontingents für {month} genutzt, daher kann die Sitzung nicht dorthin verschoben werden. Bitte wählen Sie einen Termin in einem anderen Monat.',
  'refusals.own_time_while_away': 'Sie sind zu dieser Zeit nicht da. Bitte wählen Sie einen Termin, an dem Sie da sind.',
  'refusals.own_time_while_away_back':
    'Sie sind zu dieser Zeit nicht da (zurück ab {back}). Bitte wählen Sie einen Termin, an dem Sie da sind.',
  'refusals.move_time_taken':
    'Dieser Termin ist in Ihrem Kalender nicht frei (eine andere Sitzung oder eine reservierte Anfrage überschneidet sich). Bitte wählen Sie einen anderen Termin.',
  'refusals.therapist_move_pending':
    'Ihre Therapeut:in möchte diese Sitzung auf einen anderen Termin verschieben: Bitte nehmen Sie das zuerst an oder lehnen Sie es ab, in Ihren Nachrichten mit mir.',
  'refusals.therapist_move_pending_named':
    '{therapist} möchte diese Sitzung auf einen anderen Termin verschieben: Bitte nehmen Sie das zuerst an oder lehnen Sie es ab, in Ihren Nachrichten mit mir.',
  'refusals.invalid_recommendation':
    'Bitte empfehlen Sie {min} bis {max} zusätzliche Sitzungen für diesen oder den nächsten Monat, mit einer klinischen Notiz von {noteMin} bis {noteMax} Zeichen. Es wurde nichts gesendet.',
  'refusals.allowance_left':
    'Ihre Klient:in hat für {month} noch Sitzungen übrig. Sie können mehr empfehlen, sobald diese genutzt sind. Es wurde nichts gesendet.',
  'refusals.allowance_left_count':
    'Ihre Klient:in hat für {month} noch {left} Sitzungen übrig. Sie können mehr empfehlen, sobald diese genutzt sind. Es wurde nichts gesendet.',
  'refusals.recommendation_pending':
    'Sie haben für {month} bereits weitere Sitzungen für diese Person empfohlen; der Wellbeing-Service entscheidet darüber. Es wurde nichts Neues gesendet.',
  'refusals.unknown_recommendation': 'Diese Empfehlung konnte ich nicht finden.',
  'refusals.thread_closed':
    'Dieses Gespräch ist geschlossen: Die Person arbeitet jetzt mit einer anderen Therapeut:in, Antworten hier erreichen sie nicht mehr.',

  'refusals.therapist.slot_taken':
    'Dieser Termin ist in Ihrem Kalender nicht mehr frei (eine andere Sitzung oder eine reservierte Anfrage überschneidet sich), daher kann die Anfrage nicht bestätigt werden. Schlagen Sie einen anderen Termin vor oder lehnen Sie ab.',
  'refusals.therapist.allowance_exhausted':
    'Ihre Klient:in hat alle {allowance} Sitzungen des Kontingents für {month} genutzt, daher kann die Sitzung nicht dorthin verschoben werden. Schlagen Sie einen Termin in einem anderen Monat vor oder lehnen Sie die Anfrage ab.',
  'refusals.therapist.inside_cutoff':
    'Diese Sitzung beginnt jetzt in weniger als {hours, plural, one {# Stunde} other {# Stunden}} und kann nicht mehr verschoben werden: Die Anfrage kann nicht bestätigt werden, die Sitzung bleibt wie gebucht.',
  'refusals.therapist.session_not_active':
    'Diese Sitzung wurde bereits abgesagt, verschoben oder hat schon stattgefunden, daher kann die Anfrage nicht bestätigt werden.',
  'refusals.therapist.time_in_past':
    'Der angefragte Termin ist schon vorbei, daher kann die Anfrage nicht bestätigt werden. Schlagen Sie einen anderen Termin vor oder lehnen Sie ab.',
  'refusals.therapist.not_awaiting_you':
    'Diese Anfrage wartet auf die Antwort Ihrer Klient:in, nicht auf Ihre. Die Antwort sehen Sie in diesem Thread.',
  'refusals.therapist.not_your_session':
    'Diese Sitzung gehört nicht zu Ihren Klient:innen, daher können Sie sie nicht ändern. Ihre eigenen Sitzungen sehen Sie in Ihrer Woche.',
  'refusals.therapist.offer_closed':
    'Dieses Angebot {status, select, booked {wurde bereits gebucht} declined {wurde abgelehnt} replaced {wurde durch ein neueres Angebot ersetzt: Bitte nutzen Sie dieses} expired {ist abgelaufen} withdrawn {wurde zurückgezogen} other {ist nicht mehr offen}}.',
  'refusals.therapist.unknown_offer': 'Dieses Angebot konnte ich nicht finden.',
};
