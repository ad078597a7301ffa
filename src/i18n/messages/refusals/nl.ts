// Nederlands: "je", warm en eenvoudig.
import type { Translation } from '../types.js';
import type { messages as enGB } from './en-GB.js';

export const messages: Translation<typeof enGB> = {
  'refusals.thatMonth': 'die maand',
  'refusals.yourClient': 'je cliënt',
  'refusals.yourClientStart': 'Je cliënt',

  'refusals.bad_input': 'Ik kon dat verzoek niet lezen. Probeer het opnieuw vanuit een nieuw bericht.',
  'refusals.not_registered': 'Je bent nog niet aangemeld bij de welzijnsdienst. Vraag je HR-team om je toe te voegen.',
  'refusals.no_therapist': 'Je hebt nog geen therapeut. Je HR-team kan dat regelen.',
  'refusals.therapist_not_linked':
    'Het gesprekskanaal van je therapeut is nog niet ingesteld, dus ik kan je therapeut niet bereiken. Laat het je HR-team weten.',
  'refusals.unknown_session': 'Ik kon die sessie niet vinden. Misschien is ze intussen gewijzigd: vernieuw en probeer het opnieuw.',
  'refusals.unknown_request': 'Ik kon dat verzoek om te verzetten niet vinden.',
  'refusals.session_archived': 'Die sessie is voorbij en gearchiveerd bij de eerdere sessies, dus er kan niets meer aan worden veranderd.',
  'refusals.request_archived':
    'Dat verzoek om te verzetten is een tijd geleden afgehandeld en gearchiveerd, dus er kan niets meer aan worden veranderd.',
  'refusals.unknown_slot': 'Dat tijdstip staat niet meer in de beschikbaarheid van de therapeut. Kies een ander.',
  'refusals.not_your_session': 'Die sessie is niet van jou, dus je kunt haar niet wijzigen.',
  'refusals.not_linked_therapist': 'Alleen de therapeut die aan dit kanaal gekoppeld is, kan dat doen.',
  'refusals.not_awaiting_you':
    'Dit verzoek wacht op het antwoord van je therapeut, niet op het jouwe. Je kunt het nog intrekken bij je sessies, of je therapeut een bericht sturen.',
  'refusals.session_not_active': 'Deze sessie is al geannuleerd, verzet of heeft al plaatsgevonden.',
  'refusals.inside_cutoff':
    'Deze sessie begint binnen {hours, plural, one {# uur} other {# uur}}, dus ze kan niet meer verzet worden. Annuleren kan nog, maar dan telt ze mee voor het tegoed van die maand.',
  'refusals.time_in_past': 'Dat tijdstip is al voorbij. Kies een tijdstip in de toekomst.',
  'refusals.malformed_time': 'Die datum of tijd is niet geldig. Kies zowel een datum als een tijd.',
  'refusals.no_time_picked': 'Kies een tijdstip: een van de vrije tijdstippen, of een eigen datum en tijd.',
  'refusals.therapist_away': 'Je therapeut is dan afwezig. Kies een tijdstip na de terugkomst.',
  'refusals.therapist_away_back': 'Je therapeut is dan afwezig en weer terug op {back}. Kies een tijdstip na de terugkomst.',
  'refusals.invalid_away_period':
    'Geef de eerste en laatste afwezige dag als JJJJ-MM-DD JJJJ-MM-DD, bijvoorbeeld: away 2027-01-04 2027-01-15 (hoogstens 92 dagen, niet in het verleden), of away clear. Er is niets gewijzigd.',
  'refusals.too_soon': 'Je therapeut heeft minstens {hours, plural, one {# uur} other {# uur}} van tevoren nodig. Kies een later tijdstip.',
  'refusals.invalid_booking_notice': 'Geef je boekingstermijn in hele uren, van 1 tot 72, bijvoorbeeld: notice 12. Er is niets gewijzigd.',
  'refusals.beyond_horizon':
    'Je kunt boeken tot het eind van {month}, de laatste maand waarvan je het tegoed ziet. Latere tijden gaan open naarmate hun maand dichterbij komt.',
  'refusals.nonexistent_local_time': 'Die tijd bestaat niet in jouw tijdzone, omdat de klok die dag verzet wordt. Kies een andere tijd.',
  'refusals.slot_taken': 'Dat tijdstip is niet meer vrij. Kies een ander.',
  'refusals.same_time': 'Dat is het huidige tijdstip van de sessie. Kies een ander tijdstip.',
  'refusals.allowance_exhausted': 'Je hebt alle {allowance} sessies van je tegoed voor {month} gebruikt.',
  'refusals.request_pending': 'Er wacht al een verzoek om te verzetten op antwoord voor deze sessie.',
  'refusals.already_decided':
    'Dit verzoek is al {status, select, confirmed {bevestigd} declined {afgewezen} approved {goedgekeurd} withdrawn {ingetrokken} expired {verlopen} proposed {beantwoord met een ander tijdstip} other {afgehandeld}}.',
  'refusals.reason_missing': 'Geef een reden op (minstens {min} tekens).',
  'refusals.reason_too_long': 'De reden is te lang: hoogstens {max} tekens, graag.',
  'refusals.not_hr_admin': 'Gebruiksrapporten zijn alleen beschikbaar voor HR-beheerders van je organisatie.',
  'refusals.not_therapist':
    'Alleen therapeuten kunnen {action, select, link {een vergaderlink instellen} hours {reactietijden instellen} notice {een boekingstermijn instellen} away {afwezige dagen instellen} offer {tijden aanbieden} attendance {aanwezigheid markeren} recommend {meer sessies aanraden} move {een sessie verzetten} other {beschikbaarheid beheren}}.',
  'refusals.not_operator': 'Alleen operators en HR-beheerders van de welzijnsdienst kunnen dat doen.',
  'refusals.unknown_therapist': 'Die persoon is niet aangemeld als therapeut van je organisatie.',
  'refusals.slot_overlap': 'Dat overlapt met een ander tijdstip. Kies een vrij tijdstip.',
  'refusals.slot_overlap_when': 'Dat overlapt met een ander tijdstip ({when}). Kies een vrij tijdstip.',
  'refusals.slot_held': 'Dat tijdstip is geboekt, dus het kan niet worden verwijderd. De sessie moet eerst geannuleerd of verzet worden.',
  'refusals.invalid_duration': 'Een tijdstip moet tussen 15 minuten en 4 uur duren.',
  'refusals.invalid_repeat': 'Een tijdstip kan 1 tot 26 weken lang wekelijks terugkomen.',
  'refusals.invalid_month': 'Geef de maand als JJJJ-MM of met haar naam, bijvoorbeeld 2026-03, March of March 2026.',
  'refusals.relay_failed': 'Je bericht kon nu niet worden bezorgd. Er is niets verstuurd; probeer het zo opnieuw.',
  'refusals.therapist_channel_unreachable':
    'Je bericht kon je therapeut nog niet bereiken, omdat het kanaal nog niet klaar is voor mij; het team van de welzijnsdienst weet ervan en lost het op.',
  'refusals.therapist_channel_unreachable_support':
    'Je bericht kon je therapeut nog niet bereiken, omdat het kanaal nog niet klaar is voor mij; het team van de welzijnsdienst weet ervan. Heb je in de tussentijd steun nodig, neem dan contact op met {supportLine}.',
  'refusals.text_only':
    'Ik kan alleen tekst doorgeven: bestanden en bijlagen worden niet naar je therapeut gestuurd. Schrijf je bericht als tekst.',
  'refusals.just_changed': 'Iemand anders heeft dit net gewijzigd. Vernieuw en probeer het opnieuw.',
  'refusals.personal_chat_only':
    'Ik toon en wijzig sessies alleen in je privéchat met mij, nooit waar anderen kunnen meelezen. Open een chat met mij om je sessies te zien, te boeken of te verzetten.',
  'refusals.organisation_not_set_up':
    'Je organisatie is nog niet ingesteld bij de welzijnsdienst, dus ik kan hier niet helpen. Vraag je HR-team om contact op te nemen met de aanbieder.',
  'refusals.other_organisation':
    'Je bent aangemeld bij een andere organisatie dan die van deze werkruimte, dus ik kan hier niet helpen. Vraag je HR-team om je aanmelding te controleren.',
  'refusals.not_ended': 'Deze sessie is nog niet afgelopen: aanwezigheid kun je markeren zodra ze voorbij is.',
  'refusals.already_marked':
    'De aanwezigheid voor deze sessie is al gemarkeerd{marked, select, no_show { als niet verschenen} attended { als bijgewoond} other {}}. Er is niets gewijzigd.',
  'refusals.invalid_meeting_link':
    'Een vergaderlink moet een volledig https://-adres zijn van hoogstens 500 tekens, bijvoorbeeld https://meet.example.com/jouw-ruimte. Er is niets gewijzigd.',
  'refusals.invalid_reply_hours':
    'Geef je tijden als dagen en een tijdvak dat eindigt na het begin, en daarna je gebruikelijke reactietijd, bijvoorbeeld: Mon-Fri 09:00-17:00 binnen één werkdag. Er is niets gewijzigd.',
  'refusals.unknown_offer': 'Ik kon die aangeboden tijden niet vinden. Stuur je therapeut een bericht om je volgende sessie af te spreken.',
  'refusals.offer_closed':
    'Deze aangeboden tijden {status, select, booked {zijn al geboekt} declined {zijn afgewezen} replaced {zijn vervangen door een nieuwer aanbod: gebruik dat} expired {zijn verlopen} withdrawn {zijn ingetrokken} other {zijn niet meer open}}. Stuur je therapeut een bericht om je volgende sessie af te spreken.',
  'refusals.offer_time_taken':
    'Een van die tijden is niet meer vrij in je agenda (een sessie of een ander vrijgehouden tijdstip overlapt). Er is niets aangeboden: kies andere tijden.',
  'refusals.offer_time_taken_when':
    '{when} is niet meer vrij in je agenda (een sessie of een ander vrijgehouden tijdstip overlapt). Er is niets aangeboden: kies andere tijden.',
  'refusals.offer_changed':
    'Er is net een ander aanbod aan deze cliënt gedaan of beantwoord. Er is niets aangeboden: kijk in de thread en probeer het opnieuw.',
  'refusals.invalid_offer':
    'Bied 1 tot 3 verschillende tijden aan die niet overlappen, in de toekomst, vrijgehouden voor 1 tot 168 uur (48 als je niets kiest). Er is niets aangeboden.',
  'refusals.invalid_offer_horizon':
    'Bied 1 tot 3 verschillende tijden aan die niet overlappen, in de toekomst en uiterlijk eind {month}, vrijgehouden voor 1 tot 168 uur (48 als je niets kiest). Er is niets aangeboden.',
  'refusals.not_your_client': 'Die persoon is geen cliënt van je, dus ik kan dat niet voor hem of haar doen. Er is niets verstuurd.',
  'refusals.move_inside_cutoff':
    'Deze sessie begint binnen {hours, plural, one {# uur} other {# uur}}, dus ze kan niet meer verzet worden. Annuleren kan nog: de sessie wordt teruggezet op het tegoed van {client}, die het hoort met jouw reden.',
  'refusals.client_request_pending': '{client} heeft al gevraagd deze sessie te verzetten; beantwoord eerst dat verzoek.',
  'refusals.move_awaiting_client': 'Je hebt {client} al gevraagd deze sessie te verzetten; het antwoord verschijnt in de thread.',
  'refusals.move_allowance_exhausted':
    '{client} heeft alle {allowance} sessies van het tegoed voor {month} gebruikt, dus de sessie kan daar niet heen. Kies een tijdstip in een andere maand.',
  'refusals.own_time_while_away': 'Je bent dan afwezig. Kies een tijdstip waarop je er bent.',
  'refusals.own_time_while_away_back': 'Je bent dan afwezig (terug op {back}). Kies een tijdstip waarop je er bent.',
  'refusals.move_time_taken':
    'Dat tijdstip is niet vrij in je agenda (een andere sessie of een vrijgehouden verzoek overlapt). Kies een ander tijdstip.',
  'refusals.therapist_move_pending':
    'Je therapeut heeft gevraagd deze sessie naar een ander tijdstip te verzetten: accepteer of wijs dat eerst af, in je berichten met mij.',
  'refusals.therapist_move_pending_named':
    '{therapist} heeft gevraagd deze sessie naar een ander tijdstip te verzetten: accepteer of wijs dat eerst af, in je berichten met mij.',
  'refusals.invalid_recommendation':
    'Raad {min} tot {max} extra sessies aan voor deze of volgende maand, met een klinische notitie van {noteMin} tot {noteMax} tekens. Er is niets verstuurd.',
  'refusals.allowance_left':
    'Je cliënt heeft nog sessies over voor {month}. Je kunt meer aanraden zodra die gebruikt zijn. Er is niets verstuurd.',
  'refusals.allowance_left_count':
    'Je cliënt heeft nog {left} sessies over voor {month}. Je kunt meer aanraden zodra die gebruikt zijn. Er is niets verstuurd.',
  'refusals.recommendation_pending':
    'Je hebt al meer sessies aangeraden voor je cliënt in {month}; de welzijnsdienst beslist erover. Er is niets nieuws verstuurd.',
  'refusals.unknown_recommendation': 'Ik kon die aanbeveling niet vinden.',
  'refusals.thread_closed':
    'Dit gesprek is gesloten: je cliënt werkt nu met een andere therapeut, dus antwoorden hier komen niet meer aan.',

  'refusals.therapist.slot_taken':
    'Dat tijdstip is niet meer vrij in je agenda (een andere sessie of een vrijgehouden verzoek overlapt), dus dit verzoek kan niet worden bevestigd. Stel een ander tijdstip voor of wijs het af.',
  'refusals.therapist.allowance_exhausted':
    'Je cliënt heeft alle {allowance} sessies van het tegoed voor {month} gebruikt, dus de sessie kan daar niet heen. Stel een tijdstip in een andere maand voor of wijs het verzoek af.',
  'refusals.therapist.inside_cutoff':
    'Deze sessie begint nu binnen {hours, plural, one {# uur} other {# uur}}, dus ze kan niet meer verzet worden: dit verzoek kan niet worden bevestigd en de sessie blijft zoals geboekt.',
  'refusals.therapist.session_not_active':
    'Deze sessie is al geannuleerd, verzet of heeft al plaatsgevonden, dus dit verzoek kan niet worden bevestigd.',
  'refusals.therapist.time_in_past':
    'Het gevraagde tijdstip is al voorbij, dus dit verzoek kan niet worden bevestigd. Stel een ander tijdstip voor of wijs het af.',
  'refusals.therapist.not_awaiting_you':
    'Dit verzoek wacht op het antwoord van je cliënt, niet op het jouwe. Je ziet het antwoord in deze thread.',
  'refusals.therapist.not_your_session':
    'Die sessie is niet van een van je cliënten, dus je kunt haar niet wijzigen. Je eigen sessies staan in je week.',
  'refusals.therapist.offer_closed':
    'Dit aanbod {status, select, booked {is al geboekt} declined {is afgewezen} replaced {is vervangen door een nieuwer aanbod: gebruik dat} expired {is verlopen} withdrawn {is ingetrokken} other {is niet meer open}}.',
  'refusals.therapist.unknown_offer': 'Ik kon dat aanbod niet vinden.',
};
