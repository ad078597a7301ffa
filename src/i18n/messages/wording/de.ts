// Deutsch: „Sie“, warm und schlicht.
import type { Translation } from '../types.js';
import type { messages as enGB } from './en-GB.js';

export const messages: Translation<typeof enGB> = {
  'wording.line.current': 'Aktuell: {when}',
  'wording.line.proposed': 'Vorgeschlagen: {when}',
  'wording.line.newTime': 'Neuer Termin: {when}',
  'wording.line.was': 'Vorher: {when}',
  'wording.line.requested': 'Angefragt: {when}',
  'wording.line.requestedTime': 'Angefragter Termin: {when}',
  'wording.line.youAskedFor': 'Ihr Wunschtermin: {when}',
  'wording.line.youProposed': 'Ihr Vorschlag: {when}',
  'wording.line.proposedBy': 'Vorschlag von {therapist}: {when}',
  'wording.line.therapistAskedFor': 'Wunschtermin von {therapist}: {when}',
  'wording.line.sessionStays': 'Die Sitzung bleibt am {when}.',
  'wording.line.yourSessionStays': 'Ihre Sitzung bleibt am {when}.',
  'wording.line.sessionNowAt': 'Die Sitzung ist jetzt am {when}.',
  'wording.line.yourSessionNowAt': 'Ihre Sitzung ist jetzt am {when}.',
  'wording.line.yourSessionInsideWindow':
    'Ihre Sitzung am {when} liegt jetzt innerhalb der Frist für Verschiebungen und bleibt daher wie gebucht.',
  'wording.line.noAnswerInTime': '{employee} hat vor Ablauf der Frist nicht geantwortet; die Sitzung bleibt am {when}.',
  'wording.line.heldUntilAnswer': 'Der Termin bleibt für die Person reserviert, bis sie annimmt oder ablehnt.',
  'wording.line.acceptOrDecline': 'Nehmen Sie an, um Ihre Sitzung zu verschieben, oder lehnen Sie ab, um den jetzigen Termin zu behalten.',
  'wording.line.pair': '{employee} mit {therapist}',
  'wording.line.join': 'Teilnehmen: {url}',
  'wording.line.locks':
    '{what, select, new {Der neue Termin} other {Der vorgeschlagene Termin}} liegt innerhalb von {hours, plural, one {# Stunde} other {# Stunden}}: Wenn Sie ihn annehmen, kann er nicht mehr verschoben, nur noch abgesagt werden.',

  'wording.status':
    '{status, select, pending {offen} confirmed {bestätigt} declined {abgelehnt} proposed {mit einem anderen Terminvorschlag beantwortet} withdrawn {zurückgezogen} other {abgelaufen}}',

  'wording.relay.title': 'Nachricht von {sender}',
  'wording.threadOpened.title': 'Gespräch mit {employee}',
  'wording.threadOpened.line':
    'Antworten in diesem Thread gehen vertraulich an Ihre:n Klient:in. Anfragen zum Verschieben erscheinen ebenfalls hier.',

  'wording.requested.title': '{employee} möchte die Sitzung verschieben',
  'wording.requested.proposedCustom': 'Vorgeschlagen: {when} (noch nicht in Ihren freien Terminen: Bestätigen fügt ihn hinzu)',
  'wording.requested.stands': 'Bis Sie bestätigen, bleibt die jetzige Sitzung bestehen.',

  'wording.awaiting.title': 'Anfrage zum Verschieben gesendet',
  'wording.awaiting.asked': 'Sie möchten Ihre Sitzung vom {current} auf {proposed} verschieben.',
  'wording.awaiting.needsConfirm': '{therapist} muss das noch bestätigen. Bis dahin bleibt Ihre jetzige Sitzung bestehen.',

  'wording.proposed.title': '{therapist} schlägt einen anderen Termin vor',

  'wording.proposalSent.moveTitle': 'Sie haben {employee} gebeten, die Sitzung zu verschieben',
  'wording.proposalSent.moveHeld':
    'Der neue Termin bleibt reserviert, bis die Person annimmt oder ablehnt; bis dahin bleibt die Sitzung, wie sie ist. Die Antwort erscheint hier.',
  'wording.proposalSent.title': 'Sie haben {employee} einen anderen Termin vorgeschlagen',

  'wording.moveAsked.title': '{therapist} möchte Ihre Sitzung verschieben',
  'wording.moveAsked.line':
    'Nehmen Sie an, um Ihre Sitzung zu verschieben, oder lehnen Sie ab, um den jetzigen Termin zu behalten. Ohne Ihre Zustimmung ändert sich nichts.',

  'wording.rescheduled.title': 'Sitzung verschoben',
  'wording.declined.moveTitle': '{employee} möchte die Sitzung nicht verschieben',
  'wording.declined.title': 'Anfrage zum Verschieben abgelehnt',
  'wording.withdrawn.title': 'Anfrage zum Verschieben zurückgezogen',
  'wording.expired.title': 'Anfrage zum Verschieben abgelaufen',
  'wording.expired.within':
    'Die Sitzung am {when} beginnt jetzt in weniger als {hours, plural, one {# Stunde} other {# Stunden}} und kann daher nicht mehr verschoben werden.',
  'wording.expired.stands':
    'Die Sitzung bleibt wie gebucht. Sie kann noch abgesagt werden, das wird dann aber auf das Kontingent angerechnet.',
  'wording.booked.title': 'Sitzung gebucht',

  'wording.therapistChanged.employeeTitle': 'Ihre neue therapeutische Begleitung',
  'wording.therapistChanged.employeeNew': 'Sie arbeiten jetzt mit {therapist}. Mit Ihrer nächsten Nachricht hier beginnt Ihr Gespräch.',
  'wording.therapistChanged.employeeCredited':
    'Anstehende Sitzungen bei Ihrer bisherigen Begleitung sind abgesagt und Ihrem Kontingent wieder gutgeschrieben; Ihr bisheriger Verlauf bleibt erhalten.',
  'wording.therapistChanged.therapistTitle': '{employee} arbeitet jetzt mit einer anderen Therapeut:in',
  'wording.therapistChanged.therapistClosed':
    'Der Wellbeing-Service hat eine andere Therapeut:in zugewiesen. Dieses Gespräch ist geschlossen: Antworten hier erreichen die Person nicht mehr.',
  'wording.therapistChanged.therapistCancelled': 'Die anstehenden Sitzungen bei Ihnen sind abgesagt.',

  'wording.offer.time': '{n}. {when}',
  'wording.offer.timeBooked': '{n}. {when} (gebucht)',
  'wording.offer.client.openTitle': '{therapist} bietet Termine für Ihre nächste Sitzung an',
  'wording.offer.client.openHeld':
    'Diese Termine sind bis {until} für Sie reserviert. Eine Buchung zählt als Sitzung im Kontingent des jeweiligen Monats.',
  'wording.offer.client.bookedTitle': 'Sie haben einen der angebotenen Termine gebucht',
  'wording.offer.client.declinedTitle': 'Keiner der angebotenen Termine passt Ihnen',
  'wording.offer.client.declinedTold': '{therapist} weiß Bescheid.',
  'wording.offer.client.replacedTitle': 'Diese angebotenen Termine wurden ersetzt',
  'wording.offer.client.replacedLine': '{therapist} hat Ihnen stattdessen neue Termine geschickt.',
  'wording.offer.client.withdrawnTitle': 'Diese angebotenen Termine wurden zurückgezogen',
  'wording.offer.client.arrangeNext': 'Schreiben Sie Ihrer Therapeut:in, um Ihre nächste Sitzung zu vereinbaren.',
  'wording.offer.client.expiredTitle': 'Diese angebotenen Termine sind abgelaufen',
  'wording.offer.client.expiredLine':
    'Sie waren bis {until} reserviert. Schreiben Sie Ihrer Therapeut:in, um Ihre nächste Sitzung zu vereinbaren.',
  'wording.offer.therapist.openTitle': 'Sie haben {employee} {count, plural, one {einen Termin} other {# Termine}} angeboten',
  'wording.offer.therapist.openHeld': 'Sie sind bis {until} für Ihre:n Klient:in reserviert, oder bis einer gebucht oder abgelehnt wird.',
  'wording.offer.therapist.bookedTitle': '{employee} hat einen der angebotenen Termine gebucht',
  'wording.offer.therapist.bookedLine': 'Die übrigen Termine sind wieder frei.',
  'wording.offer.therapist.declinedTitle': '{employee} hat keinen der angebotenen Termine gewählt',
  'wording.offer.therapist.declinedLine': 'Die Termine sind wieder frei.',
  'wording.offer.therapist.declinedNoticeLine':
    'Die Termine sind wieder frei. Antworten Sie in diesem Thread, um einen anderen Termin zu vereinbaren, oder bieten Sie neue Termine an.',
  'wording.offer.therapist.replacedTitle': 'Angebot ersetzt',
  'wording.offer.therapist.replacedLine': 'Sie haben neue Termine angeboten; diese sind wieder frei.',
  'wording.offer.therapist.withdrawnTitle': 'Angebot zurückgezogen',
  'wording.offer.therapist.withdrawnLine': 'Der Wellbeing-Service hat das Angebot geschlossen; die Termine sind wieder frei.',
  'wording.offer.therapist.expiredTitle': 'Angebot abgelaufen',
  'wording.offer.therapist.expiredLine': '{employee} hat keinen davon rechtzeitig gebucht; die Termine sind wieder frei.',

  'wording.recommendation.intro':
    'Für Klient:innen, die ihre Sitzungen eines Monats aufgebraucht haben. Der Wellbeing-Service entscheidet; Ihre Notiz bleibt dort, und der Arbeitgeber sieht nur Zahlen.',
  'wording.recommendation.where':
    'Empfehlen Sie weitere Sitzungen im Thread Ihrer Klient:in: Antworten Sie dort mit @Wellbeing recommend, dann öffnet sich ein Formular für diese Person.',
  'wording.recommendation.sent':
    'An den Wellbeing-Service gesendet: {count, plural, one {# zusätzliche Sitzung} other {# zusätzliche Sitzungen}} für {employee} im {month}. Sobald entschieden ist, erfahren Sie es im Thread von {employee}.',
  'wording.therapistChange.intro':
    'Bitten Sie den Wellbeing-Service um eine andere therapeutische Begleitung. Eine Begründung ist nicht nötig, und Ihre Therapeut:in erfährt davon nichts. Sobald Sie eine neue Begleitung haben, werden anstehende Sitzungen bei der bisherigen abgesagt und Ihrem Kontingent wieder gutgeschrieben.',
  'wording.therapistChange.alreadyAsked':
    'Sie haben bereits um einen Wechsel gebeten. Der Wellbeing-Service sagt Ihnen hier Bescheid, sobald Sie eine neue Begleitung haben.',
  'wording.therapistChange.asked':
    'Ihr Wunsch nach einer anderen Begleitung liegt beim Wellbeing-Service. Ihre Therapeut:in erfährt davon nichts. Sie hören hier, sobald Sie eine neue Begleitung haben; bis dahin laufen Ihre Sitzungen und Nachrichten wie gewohnt weiter.',

  'wording.extra.declinedTitle': 'Zusätzliche Sitzungen für {employee} nicht genehmigt',
  'wording.extra.declinedLine':
    'Der Wellbeing-Service hat Ihre Empfehlung von {count, plural, one {# zusätzlichen Sitzung} other {# zusätzlichen Sitzungen}} im {month} nicht genehmigt.',
  'wording.extra.declinedNotTold': '{employee} wurde nicht informiert; das Kontingent bleibt unverändert.',
  'wording.extra.addedTitle': 'Weitere Sitzungen hinzugefügt',
  'wording.extra.addedLine':
    '{count, plural, one {# zusätzliche Sitzung wurde} other {# zusätzliche Sitzungen wurden}} Ihrem Kontingent für {month} hinzugefügt.',
  'wording.extra.bookNow': 'Sie können jetzt buchen.',
  'wording.extra.approvedTitle': 'Zusätzliche Sitzungen für {employee} genehmigt',
  'wording.extra.approvedLine':
    'Der Wellbeing-Service hat Ihre Empfehlung genehmigt: {count, plural, one {# zusätzliche Sitzung im {month} wurde} other {# zusätzliche Sitzungen im {month} wurden}} dem Kontingent von {employee} hinzugefügt.',
  'wording.extra.approvedTold': 'Die Person wurde informiert und kann jetzt buchen.',

  'wording.cancelled.what': '{when}, {employee} mit {therapist}',
  'wording.cancelled.title': 'Sitzung abgesagt',
  'wording.cancelled.lateTitle': 'Sitzung abgesagt (kurzfristige Absage)',
  'wording.cancelled.byYou':
    'Sie haben abgesagt, daher wird die Sitzung dem Kontingent von {employee} gutgeschrieben; die Person wurde informiert.',
  'wording.cancelled.byTherapistTitle': 'Sitzung von Ihrer Therapeut:in abgesagt',
  'wording.cancelled.byTherapist': '{therapist} hat diese Sitzung abgesagt; sie wird Ihrem Kontingent wieder gutgeschrieben.',
  'wording.cancelled.late': 'Sie wurde innerhalb der Frist für Verschiebungen abgesagt und zählt daher weiter zum Kontingent des Monats.',
  'wording.cancelled.byService': 'Vom Wellbeing-Service abgesagt.',
  'wording.cancelled.credited': 'Die Sitzung wurde dem Kontingent wieder gutgeschrieben.',

  'wording.decided.closedTitle': 'Anfrage zum Verschieben geschlossen: Sitzung abgesagt',
  'wording.decided.closedLine': 'Die Sitzung am {when} wurde abgesagt, die Anfrage ist damit hinfällig.',
  'wording.decided.confirmedTitle': 'Anfrage zum Verschieben bestätigt',
  'wording.decided.withdrewLine': '{employee} hat die Anfrage zurückgezogen. Die Sitzung bleibt am {when}.',
  'wording.decided.expiredLine': 'Die Sitzung am {when} liegt jetzt innerhalb der Frist für Verschiebungen und bleibt daher wie gebucht.',
  'wording.decided.proposedTitle': 'Anfrage zum Verschieben mit einem anderen Terminvorschlag beantwortet',
  'wording.decided.proposedLine': 'Sie haben einen anderen Termin vorgeschlagen; {employee} kann ihn annehmen oder ablehnen.',
  'wording.decided.pendingTitle': 'Anfrage zum Verschieben offen',

  'wording.answered.acceptedProposedTitle': 'Sie haben den vorgeschlagenen Termin angenommen',
  'wording.answered.declinedProposedTitle': 'Sie haben den vorgeschlagenen Termin abgelehnt',
  'wording.answered.proposedExpiredTitle': 'Der vorgeschlagene Termin ist abgelaufen',
  'wording.answered.proposedWithdrawnTitle': 'Der vorgeschlagene Termin wurde zurückgezogen',
  'wording.answered.acceptedNewTitle': 'Sie haben den neuen Termin angenommen',
  'wording.answered.declinedMoveTitle': 'Sie möchten Ihre Sitzung nicht verschieben',
  'wording.answered.moveExpiredTitle': 'Die Bitte von {therapist}, Ihre Sitzung zu verschieben, ist abgelaufen',
  'wording.answered.moveWithdrawnTitle': 'Die Bitte, Ihre Sitzung zu verschieben, wurde zurückgezogen',

  'wording.outcome.acceptedNewTitle': '{employee} hat den neuen Termin angenommen',
  'wording.outcome.moveExpiredTitle': 'Ihre Bitte, die Sitzung zu verschieben, ist abgelaufen',
  'wording.outcome.moveClosedTitle': 'Ihre Bitte, die Sitzung zu verschieben, wurde geschlossen',
  'wording.outcome.waitingFor': 'Wartet auf die Antwort von {employee}.',
  'wording.outcome.acceptedProposedTitle': '{employee} hat Ihren Terminvorschlag angenommen',
  'wording.outcome.declinedProposedTitle': '{employee} hat Ihren Terminvorschlag abgelehnt',
  'wording.outcome.proposedExpiredTitle': 'Ihr Terminvorschlag ist abgelaufen',
  'wording.outcome.proposedWithdrawnTitle': 'Ihr Terminvorschlag wurde zurückgezogen',

  'wording.request.confirmedTitle': 'Ihre Anfrage zum Verschieben wurde bestätigt',
  'wording.request.declinedTitle': 'Ihre Anfrage zum Verschieben wurde abgelehnt',
  'wording.request.withdrawnTitle': 'Sie haben Ihre Anfrage zum Verschieben zurückgezogen',
  'wording.request.expiredTitle': 'Ihre Anfrage zum Verschieben ist abgelaufen',
  'wording.request.proposedTitle': '{therapist} hat einen anderen Termin vorgeschlagen',
  'wording.request.proposedLine': 'Ihre Sitzung bleibt am {when}, sofern Sie den vorgeschlagenen Termin nicht annehmen.',

  'wording.notConfirmed.title': 'Ihre Anfrage zum Verschieben konnte nicht bestätigt werden',
  'wording.notConfirmed.slotTaken': 'Ihr Wunschtermin, {when}, ist nicht mehr frei.',
  'wording.notConfirmed.allowance': 'Eine Verschiebung auf {when} würde Ihr Kontingent für {month} überschreiten.',
  'wording.notConfirmed.insideCutoff':
    'Ihre Sitzung am {when} liegt jetzt innerhalb der Frist für Verschiebungen und kann nicht mehr verschoben werden.',
  'wording.notConfirmed.notActive': 'Die Sitzung wurde bereits abgesagt, verschoben oder hat schon stattgefunden.',
  'wording.notConfirmed.past': 'Ihr Wunschtermin, {when}, ist bereits vorbei.',
  'wording.notConfirmed.canReschedule': 'Sie können einen anderen Termin wählen, die Sitzung absagen oder Ihrer Therapeut:in schreiben.',
  'wording.notConfirmed.canCancel':
    'Sie können sie noch absagen (eine kurzfristige Absage zählt zum Kontingent des Monats) oder Ihrer Therapeut:in schreiben.',
  'wording.notConfirmed.canMessage':
    'Sie können Ihrer Therapeut:in schreiben oder eine neue Sitzung buchen, wenn Ihr Kontingent noch reicht.',

  'wording.since.cancelled': 'Inzwischen wurde die Sitzung am {when} abgesagt.',
  'wording.since.cancelledNext': 'Sie können eine neue Sitzung buchen oder Ihrer Therapeut:in schreiben.',
  'wording.since.yourMoved': 'Inzwischen wurde Ihre Sitzung auf {when} verschoben.',
  'wording.since.movedNext': 'Sie können einen anderen Termin dafür wählen, sie absagen oder Ihrer Therapeut:in schreiben.',
  'wording.since.moved': 'Inzwischen wurde die Sitzung auf {when} verschoben.',

  'wording.consequence.late':
    'Diese Sitzung beginnt in weniger als {hours, plural, one {# Stunde} other {# Stunden}}, es ist also eine kurzfristige Absage: Sie zählt weiter zum Kontingent des Monats und wird nicht gutgeschrieben.',
  'wording.consequence.credited': 'Die Sitzung wird Ihrem Kontingent wieder gutgeschrieben.',
  'wording.consequence.therapist':
    'Diese Sitzung wird {employee} gutgeschrieben und nicht auf das Kontingent angerechnet. Die Person erfährt, dass sie abgesagt wurde, mit Ihrer Begründung.',
  'wording.attendance.intro':
    'Sitzungen der letzten {days, plural, one {# Tag} other {# Tage}}: Markieren Sie jede einmal, für die Nutzungszahlen.',
  'wording.attendance.attended': 'Als wahrgenommen markiert. Vielen Dank.',
  'wording.attendance.noShow': 'Als nicht erschienen markiert. Das zählt im Nutzungsbericht mit, ohne Namen.',
  'wording.fullMonth':
    'Sie haben {allowance, plural, =1 {Ihre 1 Sitzung} other {alle # Sitzungen}} Ihres Kontingents für {month} genutzt, daher werden dafür keine Termine angezeigt.',

  'wording.fault.notTaken':
    'Das hat gerade leider nicht geklappt, wegen eines Problems auf unserer Seite. Es wurde nichts geändert; bitte versuchen Sie es in einer Minute noch einmal.',
  'wording.fault.stillWorking': 'Das dauert länger als sonst: Sie sehen das Ergebnis hier, sobald es fertig ist.',
  'wording.fault.mayNotBeDone':
    'Leider ist auf unserer Seite etwas schiefgegangen, und das wurde möglicherweise nicht erledigt. Bitte sehen Sie in Ihrem Home-Tab nach und versuchen Sie es dann in einer Minute noch einmal.',
  'wording.fault.viewWorking': ':hourglass_flowing_sand: Wird noch bearbeitet: Dieses Fenster zeigt das Ergebnis, sobald es fertig ist.',
  'wording.fault.viewDone': ':white_check_mark: Erledigt. Sie können dieses Fenster schließen.',
  'wording.fault.viewRefused':
    'Es wurde nichts geändert. Schließen Sie dieses Fenster und öffnen Sie das Formular erneut, um es noch einmal zu versuchen.',
  'wording.fault.viewFailed':
    'Leider ist auf unserer Seite etwas schiefgegangen, bevor das abgeschlossen war; es wurde möglicherweise nicht gespeichert. Bitte sehen Sie in Ihrem Home-Tab nach, bevor Sie es erneut versuchen.',

  'wording.moment.today': 'heute um {time}',
  'wording.moment.tomorrow': 'morgen um {time}',
  'wording.moment.on': '{day} um {time}',
  'wording.reminder.cutoffTitle': 'Erinnerung: Ihre Sitzung kann noch verschoben werden',
  'wording.reminder.cutoffLine':
    'Ab {moment} kann diese Sitzung nicht mehr verschoben werden; verschieben oder sagen Sie jetzt ab, falls nötig.',
  'wording.reminder.startingTitle': 'Sitzung beginnt bald',
  'wording.reminder.joinFromTherapist': 'Die Zugangsdaten bekommen Sie von Ihrer Therapeut:in.',

  'wording.care.hours': '{days}, {from}–{to} ({zone})',
  'wording.care.awayTitle': '{therapist} ist bis {until} nicht da',
  'wording.care.outsideTitle': '{therapist} ist gerade außerhalb der üblichen Zeiten',
  'wording.care.title': 'Nachricht an {therapist}',
  'wording.care.awayLine': 'Ihre Nachricht wurde weitergeleitet; {therapist} ist nicht da und liest sie nach der Rückkehr am {until}.',
  'wording.care.outsideLine': 'Ihre Nachricht wurde weitergeleitet; {therapist} liest sie zur nächsten Arbeitszeit.',
  'wording.care.line': 'Ihre Nachrichten gehen vertraulich an {therapist}.',
  'wording.care.usualReply': '{therapist} antwortet in der Regel {usualReply}.',
  'wording.care.usualHours': 'Übliche Zeiten: {hours}.',
  'wording.care.notCrisis': 'Dieser Chat ist kein Krisendienst.',
  'wording.care.helpNowContact':
    'Dieser Chat ist kein Krisendienst. Wenn Sie jetzt Hilfe brauchen, wenden Sie sich an {supportLine} oder an Ihre örtliche Notrufnummer.',
  'wording.care.helpNow': 'Dieser Chat ist kein Krisendienst. Wenn Sie jetzt Hilfe brauchen, rufen Sie Ihre örtliche Notrufnummer an.',

  'wording.weekOf': 'Woche ab {day}',

  'wording.help.heading':
    '{role, select, employee {Ihre Sitzungen} therapist {Als Therapeut:in} hr_admin {Als HR-Admin} other {Als Betreiber:in}}',
  'wording.help.changeTakesEffect':
    'Eine Änderung gilt, sobald Ihre Therapeut:in sie bestätigt; bis dahin bleibt Ihre jetzige Sitzung bestehen.',
  'wording.help.therapistCancel':
    'Klient:innen bitten, eine anstehende Sitzung zu verschieben (sie nehmen an oder lehnen ab), eine absagen (wird Ihrer Klient:in immer gutgeschrieben) und vergangene Sitzungen als wahrgenommen oder nicht erschienen markieren',
  'wording.help.therapistMeetingLink': 'der Meeting-Link, den Ihre Klient:innen bei jeder Sitzung sehen',
  'wording.help.therapistHours': 'Ihre üblichen Zeiten und Antwortzeit, die Klient:innen beim Schreiben erfahren',
  'wording.help.therapistNotice': 'wie viele Stunden im Voraus Klient:innen bei Ihnen buchen können (24, wenn Sie nichts festlegen)',
  'wording.help.therapistAway':
    'Tage, an denen Sie nicht da sind: Dann werden keine Termine angeboten, und wer schreibt, erfährt, wann Sie zurück sind',
  'wording.help.therapistAvailability': 'Ihre freien Termine ansehen, hinzufügen und entfernen',
  'wording.help.changeTherapist':
    'vertraulich um eine andere therapeutische Begleitung bitten (ohne Begründung; Ihre Therapeut:in erfährt davon nichts)',
  'wording.help.therapistRecommend':
    'zusätzliche Sitzungen für Klient:innen, die ihren Monat aufgebraucht haben; der Wellbeing-Service entscheidet, und der Arbeitgeber sieht nur Zahlen',
  'wording.help.hrUsage': 'Nutzung des Programms in Ihrer Organisation, nur Zahlen',
  'wording.help.linkChannel': 'ihn zum Gesprächskanal dieser Therapeut:in machen',
  'wording.help.privacy.employee': 'Ihre Personalabteilung sieht nie Ihre Nachrichten oder die Namen der Menschen, die den Service nutzen.',
  'wording.help.privacy.therapist':
    'Was Ihre Klient:innen schreiben, wird Ihnen vertraulich weitergeleitet: Es wird nie gespeichert, und ihre Personalabteilung sieht es nie.',
  'wording.help.privacy.hr_admin': 'Nutzungsberichte zeigen nur Zahlen, nie Namen oder Nachrichten.',
  'wording.help.privacy.operator': 'Wenn Sie einen Kanal verknüpfen, sind darin keine Sitzungen oder Nachrichten von jemandem zu sehen.',
  'wording.help.notYours.therapistBook':
    'Buchen ist Sache Ihrer Klient:innen: Sie buchen bei mir, und Sie sehen ihre Sitzungen bei Ihren anstehenden. Um die nächste Sitzung selbst zu vereinbaren, nutzen Sie „Termine anbieten“ im Thread der Person: Sie bucht dann mit einem Klick einen Ihrer Termine.',
  'wording.help.notYours.therapistOther':
    'Ihre Klient:innen bitten bei mir um Verschiebungen: Die Anfragen landen im Thread der Person in Ihrem Kanal, wo Sie bestätigen, ablehnen oder einen anderen Termin vorschlagen. Um selbst eine Sitzung zu verschieben, nutzen Sie „Sitzung verschieben“ daneben bei Ihren anstehenden Sitzungen oder im Thread der Person; sie nimmt an oder lehnt ab.',
  'wording.help.notYours.roles':
    '{count, plural, =0 {Mitarbeiter:in} one {{first}} =2 {{first} und {last}} other {{first}, {middle} und {last}}}',
  'wording.help.notYours.role':
    '{role, select, employee {Beschäftigte:r} therapist {Therapeut:in} hr_admin {HR-Admin} other {Betreiber:in}}',
  'wording.help.notYours.staff':
    'Sie sind hier als {roles} eingerichtet, nicht als Beschäftigte:r, daher {action, select, sessions {gibt es keine Sitzungen oder kein Kontingent von Ihnen zu zeigen} book {gibt es keine Therapeut:in, bei der Sie buchen könnten} reschedule {gibt es keine Sitzungen von Ihnen zu verschieben} other {gibt es keine Sitzungen von Ihnen abzusagen}}. Wenn Sie selbst Sitzungen möchten, bitten Sie Ihren Wellbeing-Anbieter, Sie als Beschäftigte:n hinzuzufügen.',

  'wording.settings.linkSet':
    'Ihr Meeting-Link ist jetzt {link}. Ihre Klient:innen sehen ihn bei jeder Sitzung, in Erinnerungen und in Kalendereinladungen.',
  'wording.settings.linkRemoved': 'Ihr Meeting-Link wurde entfernt.',
  'wording.settings.hoursSet': 'Ihre üblichen Zeiten sind jetzt {hours}.',
  'wording.settings.hoursCleared': 'Ihre üblichen Zeiten wurden gelöscht.',
  'wording.settings.usualReply': 'Wer Ihnen schreibt, erfährt, dass Sie in der Regel {usualReply} antworten.',
  'wording.settings.usage.link': 'link https://meet.example.com/ihr-raum (oder link remove)',
  'wording.settings.usage.hours': 'hours Mon-Fri 09:00-17:00 innerhalb eines Arbeitstags',
  'wording.settings.usage.notice': 'notice 12 (Stunden, 1 bis 72)',
  'wording.settings.usage.away': 'away 2027-01-04 2027-01-15 (erster und letzter Tag; away clear entfernt sie)',
  'wording.settings.awayRange': '{from} – {to}',
  'wording.settings.awaySet':
    'Sie sind nicht da: {periods}. In dieser Zeit können Klient:innen keine Termine buchen oder anfragen, und wer schreibt, erfährt, wann Sie zurück sind.',
  'wording.settings.noAway': 'Sie haben keine Abwesenheiten eingetragen.',
  'wording.settings.awayBookedSession': '{when} mit {employee}',
  'wording.settings.awayBooked':
    'Bereits gebucht in dieser Zeit: {sessions}. Sagen Sie diese bei Ihren Sitzungen ab, oder schreiben Sie Ihren Klient:innen, um einen anderen Termin zu vereinbaren.',
  'wording.settings.noticeSet':
    'Klient:innen können jetzt Termine bei Ihnen mindestens {hours, plural, one {# Stunde} other {# Stunden}} im Voraus buchen, anfragen oder annehmen. Für Ihre eigenen Vorschläge gilt das nicht.',

  'wording.usage.allDepartments': 'Alle Abteilungen',
  'wording.usage.employees': 'Angemeldete Beschäftigte',
  'wording.usage.employeesWhoBooked': 'Beschäftigte mit Buchung',
  'wording.usage.booked': 'Gebuchte Sitzungen (nicht abgesagt)',
  'wording.usage.completed': 'Bisher stattgefundene Sitzungen',
  'wording.usage.cancelled': 'Rechtzeitige Absagen (gutgeschrieben)',
  'wording.usage.lateCancelled': 'Kurzfristige Absagen (als genutzt gezählt)',
  'wording.usage.cancellations': 'Absagen insgesamt',
  'wording.usage.noShows': 'Nicht erschienen',
  'wording.usage.rescheduled': 'Verschoben',
  'wording.usage.allowanceUsed': 'Genutztes Kontingent',
  'wording.usage.extraSessions': 'Genehmigte zusätzliche Sitzungen',
  'wording.usage.percent': '{value} %',
  'wording.usage.smallGroup':
    'Ausgeblendet: weniger als {min} Personen in dieser Gruppe, die Zahlen könnten also jemanden erkennbar machen.',
  'wording.usage.revealsSmallGroup':
    'Ausgeblendet: Sonst ließen sich die Zahlen einer Gruppe mit weniger als {min} Personen durch Abzug von der Gesamtsumme ermitteln.',
};
