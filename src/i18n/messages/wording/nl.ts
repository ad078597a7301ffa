// Nederlands: "je", warm en eenvoudig.
import type { Translation } from '../types.js';
import type { messages as enGB } from './en-GB.js';

export const messages: Translation<typeof enGB> = {
  'wording.line.current': 'Nu: {when}',
  'wording.line.proposed': 'Voorgesteld: {when}',
  'wording.line.newTime': 'Nieuw tijdstip: {when}',
  'wording.line.was': 'Was: {when}',
  'wording.line.requested': 'Gevraagd: {when}',
  'wording.line.requestedTime': 'Gevraagd tijdstip: {when}',
  'wording.line.youAskedFor': 'Jouw verzoek: {when}',
  'wording.line.youProposed': 'Jouw voorstel: {when}',
  'wording.line.proposedBy': 'Voorgesteld door {therapist}: {when}',
  'wording.line.therapistAskedFor': 'Verzoek van {therapist}: {when}',
  'wording.line.sessionStays': 'De sessie blijft op {when}.',
  'wording.line.yourSessionStays': 'Je sessie blijft op {when}.',
  'wording.line.sessionNowAt': 'De sessie is nu op {when}.',
  'wording.line.yourSessionNowAt': 'Je sessie is nu op {when}.',
  'wording.line.yourSessionInsideWindow':
    'Je sessie van {when} valt nu binnen de termijn waarin verzetten niet meer kan, dus die blijft zoals geboekt.',
  'wording.line.noAnswerInTime': '{employee} heeft niet op tijd geantwoord; de sessie blijft op {when}.',
  'wording.line.heldUntilAnswer': 'Het tijdstip blijft voor hen vrijgehouden tot ze het accepteren of afwijzen.',
  'wording.line.acceptOrDecline': 'Accepteer om je sessie te verzetten, of wijs af om het huidige tijdstip te houden.',
  'wording.line.pair': '{employee} met {therapist}',
  'wording.line.join': 'Deelnemen: {url}',
  'wording.line.locks':
    '{what, select, new {Het nieuwe tijdstip} other {Het voorgestelde tijdstip}} is binnen {hours, plural, one {# uur} other {# uur}}: als je het accepteert, kan de sessie niet meer verzet worden, alleen nog geannuleerd.',

  'wording.status':
    '{status, select, pending {in afwachting} confirmed {bevestigd} declined {afgewezen} proposed {beantwoord met een ander voorgesteld tijdstip} withdrawn {ingetrokken} other {verlopen}}',

  'wording.relay.title': 'Bericht van {sender}',
  'wording.threadOpened.title': 'Gesprek met {employee}',
  'wording.threadOpened.line':
    'Antwoorden in deze thread gaan vertrouwelijk naar je cliënt. Verzoeken om te verzetten verschijnen hier ook.',

  'wording.requested.title': '{employee} wil de sessie verzetten',
  'wording.requested.proposedCustom': 'Voorgesteld: {when} (nog niet in je beschikbaarheid: bevestigen voegt het toe)',
  'wording.requested.stands': 'De huidige sessie blijft staan tot je bevestigt.',

  'wording.awaiting.title': 'Verzoek om te verzetten verstuurd',
  'wording.awaiting.asked': 'Je hebt gevraagd je sessie van {current} te verzetten naar {proposed}.',
  'wording.awaiting.needsConfirm': '{therapist} moet dit nog bevestigen. Tot dan blijft je huidige sessie staan.',

  'wording.proposed.title': '{therapist} stelt een ander tijdstip voor',

  'wording.proposalSent.moveTitle': 'Je hebt {employee} gevraagd de sessie te verzetten',
  'wording.proposalSent.moveHeld':
    'Het nieuwe tijdstip blijft vrijgehouden tot ze het accepteren of afwijzen; tot dan blijft de sessie zoals ze is. Het antwoord verschijnt hier.',
  'wording.proposalSent.title': 'Je hebt {employee} een ander tijdstip voorgesteld',

  'wording.moveAsked.title': '{therapist} vraagt je sessie te verzetten',
  'wording.moveAsked.line':
    'Accepteer om je sessie te verzetten, of wijs af om het huidige tijdstip te houden. Er verandert niets tenzij je accepteert.',

  'wording.rescheduled.title': 'Sessie verzet',
  'wording.declined.moveTitle': '{employee} wil de sessie liever niet verzetten',
  'wording.declined.title': 'Verzoek om te verzetten afgewezen',
  'wording.withdrawn.title': 'Verzoek om te verzetten ingetrokken',
  'wording.expired.title': 'Verzoek om te verzetten verlopen',
  'wording.expired.within':
    'De sessie van {when} begint nu binnen {hours, plural, one {# uur} other {# uur}}, dus die kan niet meer verzet worden.',
  'wording.expired.stands': 'De sessie blijft zoals geboekt. Annuleren kan nog, maar dan telt ze mee voor het tegoed.',
  'wording.booked.title': 'Sessie geboekt',

  'wording.therapistChanged.employeeTitle': 'Je nieuwe therapeut',
  'wording.therapistChanged.employeeNew': 'Je werkt nu met {therapist}. Met je volgende bericht hier begint jullie gesprek.',
  'wording.therapistChanged.employeeCredited':
    'Komende sessies met je vorige therapeut zijn geannuleerd en teruggezet op je tegoed; je geschiedenis blijft van jou.',
  'wording.therapistChanged.therapistTitle': '{employee} werkt nu met een andere therapeut',
  'wording.therapistChanged.therapistClosed':
    'De welzijnsdienst heeft een andere therapeut toegewezen. Dit gesprek is gesloten: antwoorden hier komen niet meer aan.',
  'wording.therapistChanged.therapistCancelled': 'Hun komende sessies met jou zijn geannuleerd.',

  'wording.offer.time': '{n}. {when}',
  'wording.offer.timeBooked': '{n}. {when} (geboekt)',
  'wording.offer.client.openTitle': '{therapist} biedt tijden aan voor je volgende sessie',
  'wording.offer.client.openHeld':
    'Deze tijden worden tot {until} voor je vrijgehouden. Als je er een boekt, gaat er een sessie af van het tegoed van die maand.',
  'wording.offer.client.bookedTitle': 'Je hebt een van de aangeboden tijden geboekt',
  'wording.offer.client.declinedTitle': 'Je hebt geen van de aangeboden tijden gekozen',
  'wording.offer.client.declinedTold': '{therapist} weet het.',
  'wording.offer.client.replacedTitle': 'Deze aangeboden tijden zijn vervangen',
  'wording.offer.client.replacedLine': '{therapist} heeft je in plaats daarvan nieuwe tijden gestuurd.',
  'wording.offer.client.withdrawnTitle': 'Deze aangeboden tijden zijn ingetrokken',
  'wording.offer.client.arrangeNext': 'Stuur je therapeut een bericht om je volgende sessie af te spreken.',
  'wording.offer.client.expiredTitle': 'Deze aangeboden tijden zijn verlopen',
  'wording.offer.client.expiredLine':
    'Ze werden vrijgehouden tot {until}. Stuur je therapeut een bericht om je volgende sessie af te spreken.',
  'wording.offer.therapist.openTitle': 'Je hebt {employee} {count, plural, one {een tijdstip} other {# tijden}} aangeboden',
  'wording.offer.therapist.openHeld': 'Ze worden tot {until} vrijgehouden voor je cliënt, of tot die er een boekt of afwijst.',
  'wording.offer.therapist.bookedTitle': '{employee} heeft een van de aangeboden tijden geboekt',
  'wording.offer.therapist.bookedLine': 'De andere tijden zijn weer vrij.',
  'wording.offer.therapist.declinedTitle': '{employee} heeft geen van de aangeboden tijden gekozen',
  'wording.offer.therapist.declinedLine': 'De tijden zijn weer vrij.',
  'wording.offer.therapist.declinedNoticeLine':
    'De tijden zijn weer vrij. Antwoord in deze thread om een ander tijdstip af te spreken, of bied nieuwe tijden aan.',
  'wording.offer.therapist.replacedTitle': 'Aanbod vervangen',
  'wording.offer.therapist.replacedLine': 'Je hebt nieuwe tijden aangeboden; deze zijn weer vrij.',
  'wording.offer.therapist.withdrawnTitle': 'Aanbod ingetrokken',
  'wording.offer.therapist.withdrawnLine': 'De welzijnsdienst heeft het aanbod gesloten; de tijden zijn weer vrij.',
  'wording.offer.therapist.expiredTitle': 'Aanbod verlopen',
  'wording.offer.therapist.expiredLine': '{employee} heeft er niet op tijd een geboekt; de tijden zijn weer vrij.',

  'wording.recommendation.intro':
    'Voor een cliënt die de sessies van een maand heeft gebruikt. De welzijnsdienst beslist; je notitie blijft daar, en de werkgever ziet alleen aantallen.',
  'wording.recommendation.where':
    'Raad meer sessies aan vanuit de thread van je cliënt: antwoord daar met @Wellbeing recommend, dan opent een formulier voor die cliënt.',
  'wording.recommendation.sent':
    'Verstuurd naar de welzijnsdienst: {count, plural, one {# extra sessie} other {# extra sessies}} voor {employee} in {month}. Je hoort het besluit in de thread van {employee}.',
  'wording.therapistChange.intro':
    'Vraag de welzijnsdienst om een andere therapeut. Een reden is niet nodig en je therapeut hoort er niets van. Zodra je een nieuwe therapeut hebt, worden komende sessies met je huidige therapeut geannuleerd en teruggezet op je tegoed.',
  'wording.therapistChange.alreadyAsked':
    'Je hebt al gevraagd om een andere therapeut. De welzijnsdienst laat het je hier weten zodra je een nieuwe hebt.',
  'wording.therapistChange.asked':
    'Je verzoek om een andere therapeut ligt bij de welzijnsdienst. Je therapeut hoort er niets van. Je hoort het hier zodra je een nieuwe hebt; tot dan gaan je sessies en berichten gewoon door.',

  'wording.extra.declinedTitle': 'Extra sessies voor {employee} niet goedgekeurd',
  'wording.extra.declinedLine':
    'De welzijnsdienst heeft je aanbeveling van {count, plural, one {# extra sessie} other {# extra sessies}} in {month} niet goedgekeurd.',
  'wording.extra.declinedNotTold': '{employee} weet hier niets van; het tegoed blijft hetzelfde.',
  'wording.extra.addedTitle': 'Meer sessies toegevoegd',
  'wording.extra.addedLine':
    '{count, plural, one {Er is # extra sessie} other {Er zijn # extra sessies}} toegevoegd aan je tegoed voor {month}.',
  'wording.extra.bookNow': 'Je kunt nu boeken.',
  'wording.extra.approvedTitle': 'Extra sessies voor {employee} goedgekeurd',
  'wording.extra.approvedLine':
    'De welzijnsdienst heeft je aanbeveling goedgekeurd: {count, plural, one {# extra sessie in {month} is} other {# extra sessies in {month} zijn}} toegevoegd aan het tegoed van {employee}.',
  'wording.extra.approvedTold': 'Ze weten het en kunnen nu boeken.',

  'wording.cancelled.what': '{when}, {employee} met {therapist}',
  'wording.cancelled.title': 'Sessie geannuleerd',
  'wording.cancelled.lateTitle': 'Sessie geannuleerd (late annulering)',
  'wording.cancelled.byYou': 'Jij hebt geannuleerd, dus de sessie wordt teruggezet op het tegoed van {employee}; die weet het.',
  'wording.cancelled.byTherapistTitle': 'Sessie geannuleerd door je therapeut',
  'wording.cancelled.byTherapist': '{therapist} heeft deze sessie geannuleerd, dus ze wordt teruggezet op je tegoed.',
  'wording.cancelled.late': 'Ze is binnen de termijn voor verzetten geannuleerd, dus ze telt nog mee voor het tegoed van die maand.',
  'wording.cancelled.byService': 'Geannuleerd door de welzijnsdienst.',
  'wording.cancelled.credited': 'De sessie is teruggezet op het tegoed.',

  'wording.decided.closedTitle': 'Verzoek om te verzetten gesloten: sessie geannuleerd',
  'wording.decided.closedLine': 'De sessie van {when} is geannuleerd, dus dit verzoek vervalt.',
  'wording.decided.confirmedTitle': 'Verzoek om te verzetten bevestigd',
  'wording.decided.withdrewLine': '{employee} heeft dit verzoek ingetrokken. De sessie blijft op {when}.',
  'wording.decided.expiredLine':
    'De sessie van {when} valt nu binnen de termijn waarin verzetten niet meer kan, dus die blijft zoals geboekt.',
  'wording.decided.proposedTitle': 'Verzoek om te verzetten beantwoord met een ander voorgesteld tijdstip',
  'wording.decided.proposedLine': 'Je hebt een ander tijdstip voorgesteld; {employee} kan het accepteren of afwijzen.',
  'wording.decided.pendingTitle': 'Verzoek om te verzetten in afwachting',

  'wording.answered.acceptedProposedTitle': 'Je hebt het voorgestelde tijdstip geaccepteerd',
  'wording.answered.declinedProposedTitle': 'Je hebt het voorgestelde tijdstip afgewezen',
  'wording.answered.proposedExpiredTitle': 'Het voorgestelde tijdstip is verlopen',
  'wording.answered.proposedWithdrawnTitle': 'Het voorgestelde tijdstip is ingetrokken',
  'wording.answered.acceptedNewTitle': 'Je hebt het nieuwe tijdstip geaccepteerd',
  'wording.answered.declinedMoveTitle': 'Je wilt je sessie liever niet verzetten',
  'wording.answered.moveExpiredTitle': 'Het verzoek van {therapist} om je sessie te verzetten is verlopen',
  'wording.answered.moveWithdrawnTitle': 'Het verzoek om je sessie te verzetten is ingetrokken',

  'wording.outcome.acceptedNewTitle': '{employee} heeft het nieuwe tijdstip geaccepteerd',
  'wording.outcome.moveExpiredTitle': 'Je verzoek om de sessie te verzetten is verlopen',
  'wording.outcome.moveClosedTitle': 'Je verzoek om de sessie te verzetten is gesloten',
  'wording.outcome.waitingFor': 'Wacht op het antwoord van {employee}.',
  'wording.outcome.acceptedProposedTitle': '{employee} heeft je voorgestelde tijdstip geaccepteerd',
  'wording.outcome.declinedProposedTitle': '{employee} heeft je voorgestelde tijdstip afgewezen',
  'wording.outcome.proposedExpiredTitle': 'Je voorgestelde tijdstip is verlopen',
  'wording.outcome.proposedWithdrawnTitle': 'Je voorgestelde tijdstip is ingetrokken',

  'wording.request.confirmedTitle': 'Je verzoek om te verzetten is bevestigd',
  'wording.request.declinedTitle': 'Je verzoek om te verzetten is afgewezen',
  'wording.request.withdrawnTitle': 'Je hebt je verzoek om te verzetten ingetrokken',
  'wording.request.expiredTitle': 'Je verzoek om te verzetten is verlopen',
  'wording.request.proposedTitle': '{therapist} heeft een ander tijdstip voorgesteld',
  'wording.request.proposedLine': 'Je sessie blijft op {when}, tenzij je het voorgestelde tijdstip accepteert.',

  'wording.notConfirmed.title': 'Je verzoek om te verzetten kon niet worden bevestigd',
  'wording.notConfirmed.slotTaken': 'Het tijdstip dat je vroeg, {when}, is niet meer vrij.',
  'wording.notConfirmed.allowance': 'Verzetten naar {when} zou boven je tegoed voor {month} uitkomen.',
  'wording.notConfirmed.insideCutoff': 'Je sessie van {when} valt nu binnen de termijn waarin verzetten niet meer kan.',
  'wording.notConfirmed.notActive': 'De sessie is al geannuleerd, verzet of heeft al plaatsgevonden.',
  'wording.notConfirmed.past': 'Het tijdstip dat je vroeg, {when}, is al voorbij.',
  'wording.notConfirmed.canReschedule': 'Je kunt een ander tijdstip kiezen, de sessie annuleren of je therapeut een bericht sturen.',
  'wording.notConfirmed.canCancel':
    'Je kunt haar nog annuleren (een late annulering telt mee voor het tegoed van die maand) of je therapeut een bericht sturen.',
  'wording.notConfirmed.canMessage': 'Je kunt je therapeut een bericht sturen, of een nieuwe sessie boeken als je nog tegoed hebt.',

  'wording.since.cancelled': 'Inmiddels is de sessie van {when} geannuleerd.',
  'wording.since.cancelledNext': 'Je kunt een nieuwe sessie boeken of je therapeut een bericht sturen.',
  'wording.since.yourMoved': 'Inmiddels is je sessie verzet naar {when}.',
  'wording.since.movedNext': 'Je kunt er een ander tijdstip voor kiezen, haar annuleren of je therapeut een bericht sturen.',
  'wording.since.moved': 'Inmiddels is de sessie verzet naar {when}.',

  'wording.consequence.late':
    'Deze sessie begint binnen {hours, plural, one {# uur} other {# uur}}, dus dit is een late annulering: ze telt nog mee voor het tegoed van die maand en wordt niet teruggezet.',
  'wording.consequence.credited': 'De sessie wordt teruggezet op je tegoed.',
  'wording.consequence.therapist':
    'Deze sessie wordt teruggezet op het tegoed van {employee}: ze telt niet mee. {employee} hoort dat ze geannuleerd is, met jouw reden.',
  'wording.attendance.intro':
    'Sessies van {days, plural, one {de afgelopen dag} other {de afgelopen # dagen}}: markeer elke sessie één keer, voor de gebruikscijfers.',
  'wording.attendance.attended': 'Gemarkeerd als bijgewoond. Dank je.',
  'wording.attendance.noShow': 'Gemarkeerd als niet verschenen. Dit telt mee in het gebruiksrapport, zonder naam.',
  'wording.fullMonth':
    'Je hebt {allowance, plural, =1 {je ene sessie} other {alle # sessies}} van je tegoed voor {month} gebruikt, dus de tijden daarvan worden niet getoond.',

  'wording.fault.notTaken':
    'Sorry, dat lukte nu niet door een probleem aan onze kant. Er is niets gewijzigd; probeer het over een minuut opnieuw.',
  'wording.fault.stillWorking': 'Dit duurt langer dan normaal: je ziet het resultaat hier zodra het klaar is.',
  'wording.fault.mayNotBeDone':
    'Sorry, er ging iets mis aan onze kant en dit is misschien niet gelukt. Kijk op je Home-tabblad en probeer het over een minuut opnieuw.',
  'wording.fault.viewWorking': ':hourglass_flowing_sand: Nog bezig: dit venster toont het resultaat zodra het klaar is.',
  'wording.fault.viewDone': ':white_check_mark: Klaar. Je kunt dit venster sluiten.',
  'wording.fault.viewRefused': 'Er is niets gewijzigd. Sluit dit venster en open het formulier opnieuw om het nog eens te proberen.',
  'wording.fault.viewFailed':
    'Sorry, er ging iets mis aan onze kant voordat dit klaar was, dus het is misschien niet opgeslagen. Kijk op je Home-tabblad voordat je het opnieuw probeert.',

  'wording.moment.today': 'vandaag om {time}',
  'wording.moment.tomorrow': 'morgen om {time}',
  'wording.moment.on': '{day} om {time}',
  'wording.reminder.cutoffTitle': 'Herinnering: je sessie kan nog verzet worden',
  'wording.reminder.cutoffLine': 'Vanaf {moment} kan deze sessie niet meer verzet worden; verzet of annuleer nu als dat nodig is.',
  'wording.reminder.startingTitle': 'Sessie begint zo',
  'wording.reminder.joinFromTherapist': 'Je krijgt de gegevens om deel te nemen van je therapeut.',

  'wording.care.hours': '{days}, {from}–{to} ({zone})',
  'wording.care.awayTitle': '{therapist} is afwezig tot {until}',
  'wording.care.outsideTitle': '{therapist} is buiten de gebruikelijke tijden',
  'wording.care.title': 'Berichten aan {therapist}',
  'wording.care.awayLine': 'Je bericht is doorgestuurd; {therapist} is afwezig en leest het bij terugkomst op {until}.',
  'wording.care.outsideLine': 'Je bericht is doorgestuurd; {therapist} leest het bij de volgende werktijd.',
  'wording.care.line': 'Je berichten gaan vertrouwelijk naar {therapist}.',
  'wording.care.usualReply': '{therapist} antwoordt meestal {usualReply}.',
  'wording.care.usualHours': 'Gebruikelijke tijden: {hours}.',
  'wording.care.notCrisis': 'Deze chat is geen crisisdienst.',
  'wording.care.helpNowContact':
    'Deze chat is geen crisisdienst. Heb je nu hulp nodig, neem dan contact op met {supportLine} of bel je lokale alarmnummer.',
  'wording.care.helpNow': 'Deze chat is geen crisisdienst. Heb je nu hulp nodig, bel dan je lokale alarmnummer.',

  'wording.weekOf': 'Week van {day}',

  'wording.help.heading':
    '{role, select, employee {Je sessies} therapist {Als therapeut} hr_admin {Als HR-beheerder} other {Als operator}}',
  'wording.help.changeTakesEffect': 'Een wijziging gaat in zodra je therapeut die bevestigt; tot dan blijft je huidige sessie staan.',
  'wording.help.therapistCancel':
    'een cliënt vragen een komende sessie te verzetten (die accepteert of wijst af), er een annuleren (altijd teruggezet op het tegoed van je cliënt) en recente sessies markeren als bijgewoond of niet verschenen',
  'wording.help.therapistMeetingLink': 'de vergaderlink die je cliënten bij elke sessie zien',
  'wording.help.therapistHours': 'je gebruikelijke tijden en reactietijd, die cliënten te zien krijgen als ze je schrijven',
  'wording.help.therapistNotice': 'hoeveel uur van tevoren cliënten bij je kunnen boeken (24 als je niets instelt)',
  'wording.help.therapistAway': 'dagen dat je afwezig bent: dan worden geen tijden aangeboden, en wie schrijft hoort wanneer je terug bent',
  'wording.help.therapistAvailability': 'je vrije tijdstippen bekijken, toevoegen en verwijderen',
  'wording.help.changeTherapist': 'vertrouwelijk om een andere therapeut vragen (geen reden nodig; je therapeut hoort er niets van)',
  'wording.help.therapistRecommend':
    'extra sessies voor een cliënt die de sessies van de maand heeft gebruikt; de welzijnsdienst beslist, en de werkgever ziet alleen aantallen',
  'wording.help.hrUsage': 'gebruik van het programma in je organisatie, alleen aantallen',
  'wording.help.linkChannel': 'er het gesprekskanaal van die therapeut van maken',
  'wording.help.privacy.employee': 'Je HR-team ziet nooit je berichten of de namen van mensen die de dienst gebruiken.',
  'wording.help.privacy.therapist':
    'Wat je cliënten schrijven, wordt vertrouwelijk aan je doorgegeven: het wordt nooit bewaard, en hun HR-team ziet het nooit.',
  'wording.help.privacy.hr_admin': 'Gebruiksrapporten tonen alleen aantallen, nooit namen of berichten.',
  'wording.help.privacy.operator': 'Een gekoppeld kanaal toont niemands sessies of berichten.',
  'wording.help.notYours.therapistBook':
    'Boeken doen je cliënten: ze boeken bij mij, en jij ziet hun sessies bij je komende sessies. Wil je zelf de volgende sessie van een cliënt regelen, gebruik dan ‘Tijden aanbieden’ in hun thread: ze boeken met één klik een van jouw tijden.',
  'wording.help.notYours.therapistOther':
    'Je cliënten vragen bij mij om te verzetten: hun verzoeken komen in hun thread in jouw kanaal, waar je bevestigt, afwijst of een ander tijdstip voorstelt. Wil je zelf een sessie verzetten, gebruik dan ‘Sessie verzetten’ ernaast bij je komende sessies, of in de thread van de cliënt; je cliënt accepteert of wijst af.',
  'wording.help.notYours.roles':
    '{count, plural, =0 {medewerker van de dienst} one {{first}} =2 {{first} en {last}} other {{first}, {middle} en {last}}}',
  'wording.help.notYours.role': '{role, select, employee {werknemer} therapist {therapeut} hr_admin {HR-beheerder} other {operator}}',
  'wording.help.notYours.staff':
    'Je bent hier ingesteld als {roles}, niet als werknemer, dus {action, select, sessions {er zijn geen sessies of tegoed van jou om te tonen} book {er is geen therapeut bij wie je kunt boeken} reschedule {er zijn geen sessies van jou om te verzetten} other {er zijn geen sessies van jou om te annuleren}}. Wil je zelf sessies, vraag dan je welzijnsaanbieder om je als werknemer toe te voegen.',

  'wording.settings.linkSet':
    'Je vergaderlink is nu {link}. Je cliënten zien hem bij elke sessie, in herinneringen en in agenda-uitnodigingen.',
  'wording.settings.linkRemoved': 'Je vergaderlink is verwijderd.',
  'wording.settings.hoursSet': 'Je gebruikelijke tijden zijn nu {hours}.',
  'wording.settings.hoursCleared': 'Je gebruikelijke tijden zijn gewist.',
  'wording.settings.usualReply': 'Wie je een bericht stuurt, hoort dat je meestal {usualReply} antwoordt.',
  'wording.settings.usage.link': 'link https://meet.example.com/jouw-ruimte (of link remove)',
  'wording.settings.usage.hours': 'hours Mon-Fri 09:00-17:00 binnen één werkdag',
  'wording.settings.usage.notice': 'notice 12 (uren, 1 tot 72)',
  'wording.settings.usage.away': 'away 2027-01-04 2027-01-15 (eerste en laatste dag; away clear verwijdert ze)',
  'wording.settings.awayRange': '{from} – {to}',
  'wording.settings.awaySet':
    'Je bent afwezig: {periods}. Cliënten kunnen dan geen tijden boeken of aanvragen, en wie schrijft hoort wanneer je terug bent.',
  'wording.settings.noAway': 'Je hebt geen afwezige dagen ingesteld.',
  'wording.settings.awayBookedSession': '{when} met {employee}',
  'wording.settings.awayBooked':
    'Al geboekt in die periode: {sessions}. Annuleer ze via je sessies, of stuur je cliënten een bericht om een ander tijdstip af te spreken.',
  'wording.settings.noticeSet':
    'Cliënten kunnen nu minstens {hours, plural, one {# uur} other {# uur}} van tevoren tijden bij je boeken, aanvragen of accepteren. Je eigen voorstellen vallen hier niet onder.',

  'wording.usage.allDepartments': 'Alle afdelingen',
  'wording.usage.employees': 'Ingeschreven werknemers',
  'wording.usage.employeesWhoBooked': 'Werknemers die boekten',
  'wording.usage.booked': 'Geboekte sessies (niet geannuleerd)',
  'wording.usage.completed': 'Tot nu toe gehouden sessies',
  'wording.usage.cancelled': 'Tijdige annuleringen (teruggezet)',
  'wording.usage.lateCancelled': 'Late annuleringen (tellen als gebruikt)',
  'wording.usage.cancellations': 'Annuleringen in totaal',
  'wording.usage.noShows': 'Niet verschenen',
  'wording.usage.rescheduled': 'Verzet',
  'wording.usage.allowanceUsed': 'Gebruikt tegoed',
  'wording.usage.extraSessions': 'Goedgekeurde extra sessies',
  'wording.usage.percent': '{value}%',
  'wording.usage.smallGroup': 'Verborgen: minder dan {min} mensen in deze groep, dus de cijfers zouden iemand herkenbaar kunnen maken.',
  'wording.usage.revealsSmallGroup':
    'Verborgen: anders zouden de cijfers van een groep van minder dan {min} mensen af te leiden zijn door ze van het totaal af te trekken.',
};
