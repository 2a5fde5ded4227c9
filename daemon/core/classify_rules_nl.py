"""Dutch reply vocabulary for `daemon.core.classify`: one regular expression per cue.

One job: the `LEXICON` for Dutch (Netherlands and Flanders). Tense from the auxiliary:
"hebben/is/werd ... betaald", "al voldaan", a bare "Betaald." are done; "zullen/gaan ...
betalen", "wordt ... overgemaakt", a present with a day ("ik maak het vrijdag over", "we betalen
uiterlijk dinsdag") and "gaat mee in de betaalrun" are promises. Separable verbs are matched in
both halves ("maken ... over" / "overgemaakt"). A phrase that carries its own "niet" starts at it:
the searcher cancels a cue only for a negation *before* it. Data only;
`daemon.core.classify_lexicon` does the searching.
"""

from __future__ import annotations

from daemon.core import classify_rules_eu_casual as casual
from daemon.core.classify_lexicon import Cue, Lexicon

# not "niet later dan vrijdag" (no later than Friday): a latest day, nothing denied
_NEG = r"\b(?:niet(?! later dan\b)|nooit|geen|noch|zonder|nog niet)\b"
# "als eerste" is "first", not "if"
_COND = (
    r"\b(?:als(?! (?:eerste|laatste|eerst)\b)|indien|zodra|wanneer|mits|tenzij|ingeval"
    r"|na ontvangst)\b"
)
_FUTURE = (
    r"\b(?:zullen|zal|zult|gaan|ga|gaat|wordt|worden|willen|wil|moeten|moet|zouden"
    r"|zou|morgen|volgende|straks|binnenkort)\b|\?"
    # "ik kan u bevestigen dat ... betaald is": the modal qualifies the telling
    r"|\b(?:kunnen|kan)\b(?! (?:u |je |jullie )?(?:bevestigen|melden|verzekeren|zien)\b)"
)
_PAID = (
    r"(?:betaald|overgemaakt|voldaan|gestort|overgeboekt|overgeschreven|vereffend|afgeschreven"
    r"|uitbetaald|afgerekend|geregeld|gedebiteerd|geïncasseerd|afgeboekt|aangezuiverd)"
)
_PAID_WEAK = r"(?:verstuurd|verzonden|uitgevoerd|gedaan|gebeurd|verwerkt|vrijgegeven)"
_MONEY = (
    r"(?:betaling|overschrijving|overboeking|storting|bedrag|geld|som|saldo|transactie"
    r"|opdracht)"
)
_PAY_INF = (
    r"(?:betalen|overmaken|voldoen|versturen|storten|overboeken|vereffenen|uitvoeren"
    r"|overschrijven|regelen|in orde brengen|afrekenen|aanzuiveren"
    r"|(?:de |een )?(?:betaling|overschrijving|overboeking) doen)"
)
_WHEN = (
    r"(?:morgen|vandaag|vanavond|straks|deze week|volgende week|eind|begin|uiterlijk|binnen"
    r"|vóór|voor (?:het |de )?(?:eind|\d)|op \d|de \d|(?:\d+|in) (?:december|januari|februari"
    r"|maart|april|mei|juni|juli|augustus|september|oktober|november)|maandag|dinsdag|woensdag"
    r"|donderdag|vrijdag|zaterdag|zondag|asap|zo snel mogelijk|zsm|meteen|per omgaande|week \d"
    # a break the sender's office takes: "na de feestdagen", "na de bouwvak", "na Pasen"
    r"|na (?:de |het )?(?:feestdagen|kerst\w*|\w*vakantie|bouwvak|jaarwisseling|nieuwjaar"
    r"|pasen|pinksteren|hemelvaart\w*|koningsdag|carnaval)"
    r"|tussen kerst en (?:oud en nieuw|nieuwjaar)"
    # a span from now: "over twee weken", "over veertien dagen", "komende maand"
    r"|over (?:een|twee|drie|vier|\d+|een paar|enkele|veertien) (?:dag|dagen|week|weken|maand"
    r"|maanden)\b|volgende maand|komende (?:week|maand))"
)
_GOODS = (
    r"(?:goederen|artikel(?:en)?|bestelling|levering|leveringen|pakket|zending|producten?"
    r"|materia(?:al|len)|onderdelen|dienst(?:en)?|werkzaamheden|werk|installatie|dozen"
    r"|pallets?|apparat(?:en|uur)|machine)"
)
_DOC = (
    r"(?:kopie|duplicaat|factuur|facturen|rekeningoverzicht|overzicht|inkoopordernummer|werkbon"
    r"|pakbon|afleverbon|leveringsbon"
    r"|ordernummer|po-nummer|bestelnummer|bankgegevens|iban|rekeningnummer|pakbon|afleverbon"
    r"|formulier|btw-nummer|specificatie|pdf|creditnota|kostenplaats|referentie|kvk-nummer"
    r"|ondernemingsnummer|leveringsbon|urenstaat)"
)

LEXICON = Lexicon(
    language="nl",
    negation=_NEG,
    condition=_COND,
    future=_FUTURE,
    cues={
        Cue.UNSUBSCRIBE: (
            r"\bhaal (?:mij|me|ons|dit adres|mijn adres) (?:\w+ )?(?:er)?uit\b|"
            r"\bafmelden|\bafmelding|\buitschrijven|\bstop(?:pen|t)? (?:\w+ ){0,2}?(?:met|nu met) (?:het |die |deze |jullie |uw )?(?:\w+e )?"
            r"(?:mailen|e-?mailen|e-?mails|mails|sturen|contact|herinnering\w*|aanmaning\w*)|\bgeen (?:enkele |verdere )?(?:e-?mails?|mails?"
            r"|bericht(?:en)?|\w*herinnering(?:en)?|\w*aanmaning(?:en)?|reminders?)(?: \w+)? meer|\b(?:alleen|uitsluitend|enkel)"
            r" (?:nog )?(?:per|via de|schriftelijk per|via|met) (?:papieren )?(?:post|brief|aangetekende)|\bper post"
            r" (?:aub|graag|alstublieft)|\bonze (?:advocaat|juridische afdeling|jurist|raadsman"
            r"|advocaten)|\bmijn (?:advocaat|raadsman)|\bniet (?:meer|langer) (?:\w+ )?(?:te )?"
            r"(?:mailen|e-?mailen|contacteren|benaderen|lastig(?:vallen|te vallen)|sturen)"
            r"|\bhaal (?:mij|me|ons|dit adres|mijn adres|mijn e-?mailadres) (?:\w+ )?(?:van|uit)"
            r" (?:jullie|uw|de|die|deze) \w*lijst"
            r"|\bvan (?:uw|jullie|de|die|deze) \w*lijst af\b|\b(?:alleen|uitsluitend|enkel) (?:nog )?schriftelijk(?: \w+){0,2} (?:post)?adres\b"
            r"|\bhou(?:d|dt)? (?:\w+ ){0,2}?op met (?:\w+ )?(?:mailen|e-?mailen|e-?mails|mails|sturen"
            r"|herinnering\w*|aanmaning\w*|gemail|gespam)\b"
            r"|\b(?:stop|stopt|kap) met (?:dat |dit |jullie |het )?(?:gemail|gespam|mailen|e-?mailen)\b"
            r"|\bverwijder\w* (?:mij|ons|mijn|onze|dit)|\buit (?:uw|jullie|de|je) (?:(?:mailing|verzend"
            r"|adressen|mail|contact|klanten|debiteuren)lijst|(?:mail|klanten|adressen|debiteuren)?"
            r"bestand|adresboek|database)\b|\b(?:wil|willen|wens|wensen)\b[^.]{0,40}\bniet"
            r" (?:meer|langer) (?:per (?:e-?mail|mail) )?(?:ontvangen|krijgen|benaderd|gecontacteerd|gemaild"
            r"|lastiggevallen)|\bgeen contact meer|\bintimidatie"
            # "ik reageer niet meer op uw e-mails", "alle correspondentie voortaan per post"
            r"|\b(?:reageer|reageren|antwoord|antwoorden) (?:\w+ )?niet (?:meer|langer) op (?:uw |jullie |je )?"
            r"(?:e-?mails|mails|berichten|herinneringen|aanmaningen)"
            r"|\b(?:alle|verdere) (?:correspondentie|communicatie)\b[^.?!]{0,50}\bper (?:aangetekende )?"
            r"(?:post|brief)\b"
            # a GDPR objection: "ik maak bezwaar tegen het gebruik van mijn e-mailadres"
            r"|\bbezwaar tegen (?:het )?(?:gebruik|ontvangen|verwerken|verwerking)\b.{0,40}?"
            r"\b(?:e-?mail\w*|adres|mails)"
            r"|\b(?:nu |maar )?gedaan met (?:die|de|deze|jullie|uw) (?:e-?mails|mails|herinneringen"
            r"|aanmaningen)"
        ),
        Cue.DISPUTE: (
            # a doubt about the bill: "ik denk niet dat de factuur klopt"
            r"\b(?:denk|denken|geloof|geloven|vind|vinden) (?:\w+ )?niet dat (?:\w+ ){0,4}?"
            r"(?:factuur|bedrag|prijs|totaal|berekening|aantal)\w* (?:\w+ ){0,3}?(?:klopt|kloppen"
            r"|correct|juist)\b|"
            # a charge asked about as contested: "waarom rekenen jullie liggeld over maart?"
            r"\bwaarom (?:rekenen|berekenen|factureren|brengen) (?:jullie|u|je)\b|"
            # the work was owed under a contract: "dit valt onder het onderhoudscontract"
            r"\b(?:valt|vallen|viel|hoort|hoorde) (?:\w+ ){0,2}?(?:onder|bij) (?:het |de |ons |onze )?"
            r"(?:onderhoudscontract|servicecontract|contract|garantie|abonnement)\b|\b(?:gedekt"
            r"|inbegrepen|inclusief) (?:door|in|bij) (?:het |de |ons )?(?:\w*contract|garantie)\b|"
            # a subscription the sender ended, or an invoice to withdraw: "dat heb ik in juni
            # opgezegd", "graag deze factuur intrekken"
            r"\b(?:heb|hebben|had|hadden) (?:ik|we|wij) (?:\w+ ){0,4}?opgezegd\b|\bfactuur (?:\w+ )?(?:intrekken|in te trekken|crediteren)\b|"
            # not paid, and why: what was never done
            r"\bniet betaald,? omdat\b[^.]{0,100}\b(?:nooit|niet|geen)\b|"
            # whatever it was, it never came: "de nieuwe fok is nog steeds niet geleverd"
            r"\b(?!factuur|rekening|herinnering|e?-?mail|betaling|nota)\w+ (?:is|zijn|werd|werden)"
            r" (?:nog steeds |nog |helemaal )?(?:niet|nooit) (?:geleverd|aangekomen|uitgevoerd"
            r"|afgerond|opgeleverd|gemonteerd|geïnstalleerd)\b|\b(?:niet|nooit) (?:geleverd|uitgevoerd"
            r"|afgerond|opgeleverd|gemonteerd|geïnstalleerd) (?:is|zijn|werd|werden)\b|"
            # a bill sent twice; "first replace it, then we talk about paying"
            r"\bfactuur is dubbel\b|\bdubbel (?:gefactureerd|aangerekend|berekend|gestuurd)\b"
            r"|\bdubbele factuur\b|\beerst\b[^.]{0,40}\b(?:vervangen|gerepareerd|repareren"
            r"|gecorrigeerd|corrigeren|gecrediteerd|crediteren|aangepast|aanpassen|opgelost"
            r"|oplossen)\b[^.]{0,20}\bdan\b|"
            # paying the part not contested contests the rest
            r"\b(?:on|niet[- ])betwist\w* (?:deel|gedeelte|bedrag|som|posten|regels)\b|"
            r"\bkan (?:toch |echt |nooit |onmogelijk )?niet kloppen|\bal (?:lang |eerder )?gecrediteerd"
            r"|\bcreditnota (?:gestuurd|ontvangen|gekregen)|"
            # a refusal, or payment held back until something is put right
            r"\b(?:betalen|betaal|voldoen) (?:we|wij|ik) (?:\w+ ){0,3}?niet\b|\bwordt (?:er )?(?:ook )?"
            r"(?:helemaal )?niets betaald\b|\b(?:zullen|gaan)"
            r" (?:we|wij|ik) (?:\w+ ){0,3}?niet (?:betalen|voldoen)\b|\bpas (?:als|wanneer|zodra)\b"
            r"[^.]{0,60}\b(?:opgelost|gerepareerd|geleverd|gecorrigeerd|vervangen|gecrediteerd)\b|"
            r"\bbetwist|\boneens|\bniet eens met|\bklacht|\bbezwaar|\bonjuist|\bincorrect"
            r"|\bfoutie(?:f|ve)|\bfoute (?:factuur|prijs|bedrag|aantallen|berekening)|\b(?:prijs"
            r"|prijzen|bedrag|aantal|aantallen|tarief|totaal|factuur|berekening)\b[^.]{0,30}\b(?:is"
            r"|zijn|klopt|kloppen|lijkt|staat) (?:\w+ )?(?:niet correct|te hoog|onjuist|fout"
            r"|verkeerd)|\bklopt (?:\w+ ){0,3}niet|\bkloppen (?:\w+ ){0,3}niet|\bdubbel"
            r" (?:gefactureerd|berekend|in rekening|aangerekend|gefaktureerd)|\btwee keer"
            r" (?:gefactureerd|berekend|aangerekend)|\bte veel (?:gefactureerd|berekend"
            r"|aangerekend|in rekening)|\b(?:niet|nooit|nog steeds niet) (?:\w+ )?(?:ontvangen"
            rf"|geleverd|gekregen) (?:de |het |onze |alle |uw |jullie )?{_GOODS}|\b{_GOODS}\b"
            r"[^.]{0,40}\b(?:niet|nooit|nog steeds niet) (?:\w+ )?(?:ontvangen|geleverd"
            r"|aangekomen|uitgevoerd|afgerond|opgeleverd|gekomen|gearriveerd|geïnstalleerd)"
            r"|\bbeschadigd|\bkras(?:sen)? (?:in|op|over)\b|\bdeuk(?:en)? (?:in|op)\b|\bslechte kwaliteit|\bkwaliteitsprobleem|\bkwaliteitsproblemen|\bdefect|\bkapot|\bgebrekkig|\bwerkt (?:\w+ )?niet|\bonvolledig"
            r"|\bincompleet|\bniet compleet|\bte weinig (?:geleverd|ontvangen)|\bontbre(?:ekt"
            r"|ken|kende) (?:er )?(?:\d|nog)|\b(?:slechts|pas|maar|alleen) \d+ (?:\w+ ){0,4}(?:geleverd"
            r"|ontvangen|aangekomen)|^\s*\d+ (?:\w+ ){0,2}(?:geleverd|ontvangen|aangekomen)\b"
            r"|\bal (?:gecrediteerd|terugbetaald|geretourneerd|geannuleerd)|\bcreditnota"
            r"|\bcreditfactuur|\bcrediteren|\b(?:retour|terug) (?:gestuurd|gezonden|verzonden)"
            r"|\bteruggestuurd|\bgeretourneerd|\bgeannuleerd|\bniet besteld|\bnooit besteld"
            r"|\bniet onze bestelling|\bniet (?:van|voor) ons\b|\bniets besteld|\bandere klant|\bafgesproken (?:prijs"
            r"|tarief|bedrag)|\bvolgens (?:de |uw |jullie )?offerte"
            # "in plaats van": of what was billed, not of a sum the sender offers ("akkoord met
            # € 300 in plaats van € 450?")
            r"|\b(?:gefactureerd|aangerekend|berekend|gerekend|factuur|rekening|staat|staan|kost"
            r"|betalen we|vragen jullie)\b[^.]{0,40}\bin plaats van\b"
            r"|\bbetalen (?:wij |we |ik )?(?:\w+ ){0,2}niet\b"
            # "Ik betaal deze factuur dus niet" (not "niet later dan vrijdag": a promise)
            r"|\bik betaal (?:\w+ ){0,3}niet\b(?! (?:later|eerder|na|voor|vóór|meer dan)\b)|\bweiger\w*|\b(?:houden|houd|hou)"
            r" (?:\w+ )?(?:betaling|bedrag|factuur|nota|deze|die) (?:\w+ ){0,2}?(?:aan|in|vast)\b"
            r"|\b(?:betaling|factuur) (?:\w+ )?(?:aangehouden|opgeschort|geblokkeerd"
            r"|tegengehouden)|\bniet (?:correct|juist) (?:gefactureerd|berekend)"
        ),
        Cue.PLAN: (
            # a smaller sum asked for: "kunt u iets zakken?", "wat van de prijs af"
            r"\b(?:iets|wat|een beetje) (?:zakken|van de prijs (?:af|doen))\b|"
            r"\b(?:akkoord (?:gaan )?met|genoegen nemen met)\b[^.]{0,15}(?:€|eur)\s?\d|\b(?:kan|kunnen)"
            r" (?:het|dit|dat) niet in één keer\b|"
            # "in drie keer" is instalments; "in één keer" (in one go) is not
            r"\bbetalingsregeling|\bafbetalingsregeling|\bbetaalregeling|\bin (?!één |een )(?:\w+ )?"
            r"(?:termijnen|delen|keer|tranches|maandelijkse)\b|\bin \d+ ?(?:x|keer)\b|\beerste (?:deel|termijn)\b|\bgespreid|\bspreiden|\buitstel|\bmeer tijd"
            r"|\b(?:wat|extra|iets meer) tijd|\bfinanciële (?:problemen|moeilijkheden|situatie"
            r"|zorgen)|\bliquiditeit|\bkrap (?:bij kas|in de middelen)|\bdeelbetaling"
            r"|\bgedeeltelijke betaling|\bniet (?:het volledige bedrag|alles|in één keer|ineens)"
            r" (?:\w+ )?(?:betalen|voldoen)|\bkorting|\bverlaging|\bmaandelijks(?!e (?:betaal|betalings)(?:run|ronde|batch))|(?<!\bkeer )(?<!\beens )\bper (?:maand"
            r"|week)\b|\bafbetal|\bde helft\b(?! van (?:de|het|onze|alle) (?!factuur|rekening|bedrag|som|totaal)\w+)|\bde rest (?:\w+ ){0,2}(?:later|in|volgende|over|eind|begin|na)\b"
            r"|\b(?:lastige|moeilijke|zware) (?:periode|tijd)|\bgaat (?:\w+ )?niet (?:zo )?(?:goed"
            r"|best) met (?:de zaak|het bedrijf|ons)|\bfaillissement|\bfailliet|\bbetalingsuitstel"
            r"|\bbetalingstermijn (?:verlengen|verlenging)|\blatere? (?:datum|betaling)"
            r"|\b(?:betalingstermijn|betaaltermijn|termijn)\b[^.]{0,20}\bverleng|\buitstellen"
        ),
        Cue.REQUEST: (
            # a paper the board wants to see first: "willen ze eerst het inspectierapport zien"
            r"\b(?:eerst|vooraf)\b[^.]{0,30}\b(?:" + _DOC + r"|\w*rapport|verslag|camerabeelden)"
            r"\b[^.]{0,40}\b(?:zien|ontvangen|inzien)\b|"
            # the invoice sent back to us: "kunt u hem opnieuw sturen met dat nummer?"
            r"\b(?:hem|haar|deze|die|ze) (?:\w+ )?(?:opnieuw|nogmaals|nog een keer|nog eens)"
            r" (?:\w+ )?(?:sturen|versturen|toesturen|mailen|opmaken)\b|"
            r"\b(?:uploaden|indienen|aanleveren) (?:via|in|op)\b|\bleveranciersportaal|\bvia (?:ons|het)"
            r" portaal|"
            r"\b(?:sturen|(?<!ik )(?<!we )(?<!wij )stuur|toesturen|opsturen|mailen|bezorgen|nodig"
            r"|ontbreekt|ontbreken|verstrekken|doorgeven|doorsturen|vermelden|vermeld)\b[^.?!]{0,40}?\b"
            + _DOC
            # not "voor facturen kunt u mailen naar Bram": where they go, not what is missing
            + r"|(?<!\bvoor )\b"
            + _DOC
            + r"\b[^.?!]{0,40}?\b(?:sturen|toesturen|opsturen|mailen|bezorgen|doorsturen"
            r"|nodig|ontbreekt|vereist|verplicht)\b|\b(?:geen|de|deze|die|uw) factuur (?:\w+ )?"
            r"(?:nooit |niet )?ontvangen|\b(?:nooit|niet|geen) (?:een |de |deze |uw )?factuur"
            r" (?:\w+ )?ontvangen|\bfactuur (?:is )?(?:nooit|niet) (?:aangekomen|ontvangen"
            r"|binnengekomen)|\bfactuur (?:opnieuw|nogmaals)|\b(?:gecorrigeerde|nieuwe|correcte"
            r"|aangepaste) factuur\b|\bwat is (?:uw|het|jullie) (?:iban|rekeningnummer)|\bop welk"
            r" rekeningnummer|\bpeppol|\bgraag (?:een |de |het |uw )?(?:kopie|duplicaat|pdf|overzicht|specificatie"
            r"|nieuwe factuur)|\b(?:kunnen|kan) (?:\w+ ){0,3}niet (?:vinden|terugvinden)|\b(?:via|in|op|naar|uploaden|indienen) (?:\w+ )?portaal|\be-?factuur|\bzonder (?:\w+ )?(?:ordernummer"
            r"|inkoopordernummer|bestelnummer|po-nummer|referentie)|\bkunnen (?:\w+ )?(?:de |deze"
            r" |uw )?factuur (?:\w+ )?niet (?:vinden|terugvinden|verwerken|inboeken)"
        ),
        Cue.WRONG_CONTACT: (
            r"\bniet de (?:juiste|goede|verantwoordelijke|correcte) (?:persoon|contactpersoon"
            r"|afdeling|ontvanger)|\bverkeerde (?:persoon|contactpersoon|ontvanger|adres"
            r"|e-?mailadres|afdeling|bedrijf|klant|geadresseerde)|\bniets (?:\w+ ){0,4}te maken"
            r"|\bniet (?:meer )?(?:verantwoordelijk|bevoegd)|\bniet meer (?:werkzaam|in dienst"
            r"|bij|verantwoordelijk|actief)|\b(?:ga|gaat|gaan) (?:\w+ )?niet (?:meer )?over\b"
            r"|\bheeft (?:het bedrijf|ons|de organisatie) verlaten|\buit dienst|\bwerk\w* (?:hier |daar |er )?(?:sinds (?:\w+ ){1,3})?niet meer|\bmet pensioen"
            r"|\b(?:geen|nooit) (?:\w+ )?klant(?:en)?\b|\b(?:voortaan|vanaf"
            r" nu|in het vervolg|vanaf heden)\b[^.]{0,60}@|\bu bent bij (?:het verkeerde|de"
            r" verkeerde)|\b(?:behandelt|regelt|doet) (?:\w+ )?(?:de|onze) (?:facturen|boekhouding"
            r"|administratie|betalingen)"
            # "vermoedelijk is deze herinnering bedoeld voor de gemeente Heerdeveen"
            r"|\b(?:herinnering|aanmaning|mail|e-mail|bericht)\b (?:\w+ )?(?:is )?(?:waarschijnlijk "
            r"|vermoedelijk |eigenlijk )?bedoeld voor (?:de |het |een )?(?:gemeente|andere|iemand"
            r"|[a-z]+ (?:b\.?v|bv|vof|gemeente|stichting))"
        ),
        Cue.REDIRECT: (
            r"\b(?:neem contact op met|stuur|richt|mail|wendt u zich tot|wend je tot|contacteer"
            r"|gelieve|kunt u|versturen|verzenden|sturen|zenden|richten)\b[^.]{0,60}(?:@"
            r"|administratie|boekhouding|crediteuren|financiële afdeling|collega|finance)"
            r"|\bnieuw (?:e-?mail)?adres|\b(?:e-?mail)?adres (?:is |werd )?(?:gewijzigd|veranderd)"
        ),
        Cue.PAID: (
            # "staat er al op": the money already in the creditor's account
            r"\bstaat (?:er|het|die|dat) (?:als het goed is |volgens mij |het goed is )?(?:al|inmiddels"
            r"|intussen|sinds \w+) op\b(?! de lijst| de planning)|"
            # "de € 87,50 staat sinds gisteren op jullie rekening"
            r"\bstaat (?:al |inmiddels |intussen |sinds \w+ )op (?:jullie|uw|je|de) (?:bank)?rekening\b|"
            r"\b(?:staat|stond|is|werd) (?:\w+ ){0,3}als (?:voldaan|betaald|afgeboekt)\b|"
            # "Vanavond via de bank overgemaakt": a participle after a day gone by, no auxiliary
            r"^\W*(?:vandaag|gisteren|gisteravond|vanavond|vanochtend|vanmorgen|vanmiddag|zojuist"
            r"|net|eergisteren|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
            r"|vorige week|afgelopen \w+)\b[^.]{0,30}\b(?:betaald|overgemaakt|voldaan|overgeboekt"
            r"|gestort|verstuurd)\b|"
            # "in ons boekhoudpakket zie ik op 29 december een betaling van £ 276,00"
            r"\b(?:zie ik|zien we|zien wij)\b[^.]{0,40}\bop \d{1,2}(?:[-/.]\d{1,2}|\s\w+)\b[^.]{0,10}"
            r"\been (?:betaling|overboeking|overschrijving|afschrijving) (?:van|aan)\b|"
            # "even gecheckt in de bank app en ja, op 1 augustus € 685,00 overgemaakt"
            r"(?:^\W*|\bja,? )op \d{1,2}(?:[-/.]\d{1,2}|\s\w+)\b[^.]{0,30}\b(?:betaald|overgemaakt"
            r"|voldaan|overgeboekt|gestort)\b|"
            r"\b(?:hebben|heb|hebt|heeft|hadden|had|is|zijn|werd|werden|was|waren)\b[^.]{0,60}?\b"
            + _PAID
            + rf"\b|\b(?:hebben|heb|heeft)\b(?: \w+){{0,3}} {_MONEY}\b[^.]{{0,25}}\b{_PAID_WEAK}"
            r"|\b(?:hebben|heb|heeft|is|werd|zijn)\b[^.]{0,30}?\b"
            + _PAID_WEAK
            + rf"\b[^.]{{0,12}}\b{_MONEY}|\b{_MONEY}\b[^.]{{0,30}}\b(?:is|zijn|werd|werden)"
            r" (?:\w+ ){0,3}?" + _PAID_WEAK + r"\b"
            # "is vandaag met onze wekelijkse betaalrun verstuurd": a perfect, its day named
            r"|\b(?:is|zijn) (?:vandaag|gisteren|zojuist|net|al|reeds|inmiddels|vanochtend"
            r"|vanmorgen) (?:\w+ ){0,5}?"
            + _PAID_WEAK
            + r"\b|\b(?:al|reeds|gisteren|vandaag|zojuist|net"
            r"|eergisteren) (?:\w+ ){0,2}?" + _PAID + r"\b|^\W*" + _PAID + r"\W*(?:hoor\W*)?$"
            r"|\b" + _PAID + r" (?:via|per|met|op \d|op de|op onze|op maandag|op dinsdag"
            r"|op woensdag|op donderdag|op vrijdag|afgelopen|vorige)\b|\bbetaalbewijs"
            r"|\bbewijs van betaling|\bbetalingsbewijs|\bbetalings?advies|\bbetaaladvies"
            r"|\bbetaal(?:specificatie|spec)|\bbetalingsspecificatie|\bspecificatie van (?:onze|de)"
            r" betaling"
            r"|\bbetalingsbevestiging|\bbetaling(?:en)? (?:aan u )?verricht"
            r"|\b(?:betaling|overschrijving|geld|bedrag) is onderweg|\bde deur uit\b"
        ),
        Cue.PROMISE: (
            # "dan gaat het er direct uit"
            r"\b(?:gaat|gaan) (?:het|die|deze|ze|de betaling)(?: er)? (?:direct |meteen |gelijk "
            r"|dan )?uit\b|"
            r"\bzet (?:ik|we|wij) (?:hem|het|['\u2019]m|de betaling) (?:erin|klaar|door)\b|\b(?:wij|we|ik)"
            r" maken (?:\w+ ){0,7}over\b|"
            r"\b(?:doe|doen) (?:ik|we|wij) (?:de|een) (?:overschrijving|betaling|overboeking)\b|\b(?:ik"
            r"|we|wij) (?:doe|doen) (?:de|een) (?:overschrijving|betaling|overboeking)\b|"
            r"\bwordt (?:\w+ ){0,5}(?:overgemaakt|betaald|voldaan|overgeboekt|gestort)\b|"
            r"\b(?:zullen|zal|gaan|ga|willen|wil|plannen|verwachten|proberen|hopen)\b[^.]{0,40}?\b"
            + _PAY_INF
            + r"\b|\b(?:wordt|worden) (?:\w+ ){0,4}?(?:"
            + _PAID
            + r"|ingepland|meegenomen|verwerkt|uitgevoerd)\b|\b(?:betaal|betalen|stort|storten"
            r"|voldoen|voldoe)\b[^.]{0,40}?\b" + _WHEN + r"|\b(?:maak|maken)"
            r" (?:\w+ ){0,5}?over\b|\b(?:volgende|eerstvolgende|komende|wekelijkse) (?:betaal"
            r"|betalings)(?:run|batch|ronde)|\b(?:mee in|in) de (?:betaal|betalings)(?:run|batch"
            r"|ronde)|\b(?:opgenomen|meegenomen) in de (?:betalingslijst|betaallijst|betaalronde"
            r"|betalingsronde|betaalrun|betalingsrun|betaalbatch)|\bingepland|\bklaargezet|\bstaat klaar (?:voor|om)|\bgoedgekeurd voor"
            r" betaling|\bvrijgegeven voor betaling|\bbetaling volgt|\bvolgt (?:de |een )?"
            r"(?:betaling|overschrijving)|\bu ontvangt (?:het bedrag|de betaling|het geld)"
            r"|\bgaat (?:\w+ ){0,4}mee\b|\bga(?:at|an) (?:\w+ ){0,7}?de deur uit|\b(?:uiterlijk|morgen|volgende week|deze week)\b"
            r" (?:\w+ ){0,2}(?:is|staat) (?:het|de) (?:\w+ )?(?:bedrag|geld|betaling) op (?:uw|jullie|je)"
            r" rekening"
        ),
        Cue.SUSPECT: (
            # new bank details announced by mail: a person verifies them
            # (the sender's own new account is no redirect: "door onze nieuwe bankrekening")
            r"(?<!\bonze )(?<!\bmijn )\bnieuwe? (?:iban|rekeningnummer|bankgegevens|bankrekening)|\bbankgegevens (?:zijn )?"
            r"gewijzigd|(?<!\bzijn )(?<!\bben )\bvan bank veranderd|"
            r"\bphishing|\boplichting\w*|\bfraudepoging|\bfrauduleu\w* (?:e-?mail|mail|bericht"
            r"|verzoek)|\bnep(?:-| )?(?:e-?mail|mail|bericht|factuur)|\bzogenaamd (?:van|namens)"
            r"|\b(?:is|zijn) (?:dit|deze|die) (?:e-?mail |mail |herinnering |aanmaning |bericht )?"
            r"(?:wel |echt )?(?:echt|betrouwbaar|authentiek|van jullie|van u)\b(?! [a-z])"
        ),
        Cue.ABSENT: (
            # a part-timer's notice: "ik werk op maandag, dinsdag en woensdag en lees mijn mail
            # alleen op die dagen"
            r"\bik werk (?:alleen |enkel )?op (?:maandag|dinsdag|woensdag|donderdag|vrijdag)|\blees mijn (?:e-?)?mail (?:alleen|enkel)"
            r"|\bafwezig|\bniet op kantoor|\b(?:met|op) vakantie|\bmet verlof|\bben (?:weer|vanaf)"
            r"\b[^.]{0,40}(?:aanwezig|terug|bereikbaar|op kantoor)|\b(?:dit is|betreft) een"
            r" automatisch antwoord|\bbeperkt bereikbaar|\bniet bereikbaar|\b(?:met|op) \w*verlof\b"
            r"|^\W*automatisch antwoord\b"
        ),
        Cue.TICKET: (
            r"\b(?:we|wij) (?:reageren|antwoorden) (?:zo snel (?:als|mogelijk)|binnen|uiterlijk)\b|"
            r"\b(?:uw|je) (?:bericht|e-?mail|vraag|aanvraag) (?:is )?(?:\w+ ){0,3}?ontvangen"
            r"|^\W*ontvangstbevestiging\b"
            r"|\bticketnummer|\bdossiernummer\b(?:\s*:|\s+(?:is|luidt)\b|\s+\w*\d)|\bautomatisch (?:gegenereerd|bericht)"
        ),
        Cue.GONE: (
            r"\b(?:mailbox|adres|e-?mailadres|account)\b[^.]{0,30}\b(?:opgeheven|verwijderd|buiten"
            r" gebruik)\b|"
            r"\b(?:mailbox|adres|e-?mailadres|account|postbus)\b[^.]{0,30}\bniet (?:meer|langer) (?:in gebruik"
            r"|actief|gelezen|bewaakt|gecontroleerd|bekeken|beheerd)|\bniet meer (?:werkzaam"
            r"|in dienst)|\bheeft het bedrijf verlaten"
        ),
    },
).widened(casual.NL)
