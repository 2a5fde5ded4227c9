"""German reply vocabulary for `daemon.core.classify`: one regular expression per cue.

One job: the `LEXICON` for German (Germany, Austria, Switzerland). Tense is read from the verb:
Perfekt and Präteritum ("haben ... überwiesen", "wurde beglichen", "zahlten", "ging raus") are
done; Futur ("werden ... überweisen"), the Vorgangspassiv with "werden" ("wird ... angewiesen"),
"zur Zahlung freigegeben", a Zahlungslauf, and a present with a date ("wir zahlen bis Ende des
Monats", "den Betrag überweisen wir am Freitag") are promises. A phrase that carries its own
"nicht" starts at it: the searcher cancels a cue only for a negation *before* it. Data only;
`daemon.core.classify_lexicon` does the searching.
"""

from __future__ import annotations

from daemon.core import classify_rules_eu_casual as casual
from daemon.core.classify_lexicon import Cue, Lexicon

_NEG = r"\b(?:nicht|nie|niemals|kein|keine|keinen|keiner|keinem|noch nicht|weder|ohne)\b"
_COND = r"\b(?:falls|wenn|sofern|sobald|ob|sollten|insofern|vorausgesetzt|nach eingang)\b"
_FUTURE = (
    r"\b(?:werde|werden|wird|wirst|würde|würden|möchten|wollen|will|könnten"
    r"|müssen|muss|sollen|soll|planen|nächste\w*|demnächst|vorhaben)\b|\?"
    # "morgen" is tomorrow, not the morning of "heute Morgen", "gestern Morgen", "am Morgen"
    r"|(?<!\bheute )(?<!\bgestern )(?<!\bam )(?<!\bdiesen )(?<!\bjeden )\bmorgen\b"
    # "ich kann Ihnen bestätigen, dass ... überwiesen wurde": the modal qualifies the telling
    r"|\b(?:kann|können)\b(?! (?:ihnen |dir |euch )?(?:bestätigen|mitteilen|versichern|sehen)\b)"
)
_PAID_VERB = (
    r"(?:bezahlt|gezahlt|überwiesen|beglichen|angewiesen|veranlasst|ausgeglichen|geleistet"
    r"|getätigt|erledigt|transferiert|abgebucht|eingezogen|ausbezahlt|einbezahlt|eingezahlt"
    r"|vergütet|rausgegangen|hinausgegangen|rausgeschickt|abgegangen|angestoßen|ausgelöst)"
)
_PAID_WEAK = r"(?:ausgeführt|verschickt|versandt|abgeschickt|gebucht|freigegeben|erfolgt|raus)"
_MONEY = (
    r"(?:zahlung|überweisung|betrag|geld|summe|scheck|lastschrift|rate|zahlbetrag"
    r"|rechnungsbetrag|vergütung)"
)
_PAY_INF = (
    r"(?:bezahlen|zahlen|überweisen|begleichen|anweisen|veranlassen|ausgleichen|ausführen"
    r"|leisten|erledigen|einzahlen|vergüten|buchen|freigeben)"
)
_PAY_NOW = r"(?:zahlen|bezahlen|überweisen|begleichen|zahle|bezahle|überweise|begleiche|vergüten)"
_WHEN = (
    r"(?:bis|am|zum|morgen|übermorgen|spätestens|nächste\w*|diese\w* woche|ende|anfang|mitte"
    r"|innerhalb|binnen|heute|umgehend|sofort|zeitnah|kommende\w*|in (?:den )?(?:nächsten"
    r"|kommenden|\d+|zwei|drei|ein|einer)|montag|dienstag|mittwoch|donnerstag|freitag"
    r"|noch diese|im (?:laufe|dezember|januar|februar|märz|april|mai|juni|juli|august|september"
    r"|oktober|november)|kw ?\d|in der kw"
    # a break the sender's office takes: "nach den Feiertagen", "nach der Inventur"
    r"|nach (?:den |dem |der )?(?:feiertag\w*|weihnacht\w*|neujahr|jahreswechsel|ferien"
    r"|betriebsferien|betriebsurlaub|urlaub|inventur|jahresabschluss)|zwischen den jahren)"
)
# What follows "2.000 statt 2.750" when it is an offer to pay less, not a price contested.
_OFFER = r"(?:sofort|überweis|zahl|bezahl)"
_GOODS = (
    r"(?:ware|waren|lieferung|bestellung|artikel|teile|ersatzteile|produkte?|material|gerät"
    r"|geräte|paket|pakete|leistung|leistungen|dienstleistung|arbeiten|montage|reparatur"
    r"|sendung|paletten?|kartons?|maschine)"
)
_DOC = (
    r"(?:rechnungskopie|kopie|duplikat|rechnung|r[äe]chnig|kontoauszug|saldenbestätigung|kontenabstimmung"
    r"|(?:liste der )?offenen? posten|op-liste"
    r"|bestellnummer|bestell-nr|auftragsnummer|po-nummer|bankverbindung|kontoverbindung"
    r"|bankdaten|iban|steuernummer|ust-?id\w*|uid|lieferschein|leistungsnachweis|stundenzettel"
    r"|nachweis|aufstellung|einzelaufstellung|einzelnachweis|belege?|unterlagen|formular|lieferantenstammblatt|w-?9|pdf"
    r"|kostenstelle|referenz|bestellbezug|gutschrift"
    r"|(?:arbeits|leistungs|service|prüf|einsatz|wartungs|regie)bericht)"
)

LEXICON = Lexicon(
    language="de",
    negation=_NEG,
    condition=_COND,
    future=_FUTURE,
    cues={
        Cue.UNSUBSCRIBE: (
            # a GDPR objection ("widerspreche ich gemäß Art. 21 DSGVO der Verwendung ...")
            r"\bwidersprech\w*\b.{0,80}?\b(?:e-?mail|adresse|nutzung|verwendung|zusendung)|\b(?:nur"
            r" noch|ausschlie(?:ß|ss)lich) (?:per|auf dem|über den) (?:post|postweg|briefpost)|"
            # not an absence's "ich lese bis Montag keine Mails"
            r"\babmelden|\babmeldung|\baustragen|(?<!\blese )(?<!\blesen )(?<!\blese ich )"
            r"(?<!\bbearbeite )(?<!\blesen wir )(?<!\bbearbeiten wir )(?<!\bbearbeite ich )"
            r"\bkeine (?:weiteren |e-?)?(?:e-?mails|mails"
            r"|nachrichten|erinnerungen|mahnungen|zuschriften|zahlungserinnerungen)(?: mehr)?"
            r"|\bhören sie (?:\w+ ){0,2}?auf\b|\bunterlassen sie|\buntersage\w*\b[^.]{0,40}"
            r"\bkontaktaufnahme|\b(?:nur|ausschließlich) (?:noch )?(?:(?:per|auf"
            r" dem|über den|schriftlich per|mit der) (?:post|postweg|brief)|postalisch|schriftlich)"
            r"|\bper e-?mail (?:möchte|will|wünsche) ich nichts mehr\b"
            # not "in unserer Kanzlei" (a law firm's own office)
            r"|(?<!\bin )(?<!\bbei )\bunser\w* (?:anwalt|rechtsanwalt|anwältin|rechtsanwältin|rechtsabteilung"
            r"|anwaltskanzlei|rechtsvertreter|rechtsbeistand)"
            # (not a genitive: "der Ablauf im Keller unserer Kanzlei")
            r"|(?<!\bin )(?<!\bbei )\bunser(?!er )\w* kanzlei|\b(?:von|mit|zu|an|über) unserer kanzlei"
            r"|\bmein\w* (?:anwalt"
            r"|rechtsanwalt|anwältin)|\bkontaktieren sie (?:mich|uns) nicht|\bbelästig"
            r"|\bnicht mehr (?:anschreiben|kontaktieren|per e-?mail|anmailen)|\bverteiler"
            r"|\b(?:löschen|entfernen) sie (?:mich|uns|meine|unsere)"
            # "die Sache liegt bei unserem Anwalt", "wenden Sie sich ausschließlich an die
            # Kanzlei", "sehen Sie von weiteren Zahlungserinnerungen ab"
            r"|\bliegt (?:\w+ ){0,2}bei unser\w* (?:rechts)?anw(?:alt|ältin)|\bwenden sie sich (?:\w+ )"
            r"{0,2}an (?:die kanzlei|unser\w* (?:rechts)?anw(?:alt|ältin)|die rechtsabteilung)"
            r"|\bsehen sie von weiteren \w*(?:erinnerungen|mahnungen|e-?mails|mails|schreiben) ab\b"
            r"|\b(?:lassen sie|lasst|lassts|lass) (?:mich|uns) (?:\w+ ){0,5}?in ruhe\b"
            r"|\bhör(?:t|en sie)? (?:\w+ ){0,2}?auf,? (?:mir|uns) (?:\w+ )?zu (?:schreiben|mailen)"
            r"|\bhört (?:endlich |bitte |jetzt |doch )*auf\b"
            r"|\b(?:nehmen|tragen|streichen) sie (?:mich|uns|meine adresse|unsere adresse) (?:\w+ ){0,4}?"
            r"(?:aus|von) (?:\w+ ){0,3}?(?:\w*erinnerungen|\w*mahnungen|\w*verteiler\w*|\w*liste|e-?mails"
            r"|mails|mailings)"
        ),
        Cue.DISPUTE: (
            # the work was owed under a contract: "hätte über den Wartungsvertrag laufen müssen"
            r"\b(?:fällt|fallen|läuft|laufen|lief|hätte|wäre|gehört|gehören) (?:\w+ ){0,3}?(?:über"
            r"|unter|in|zu|zum|zur) (?:den |die |das |dem |der |unsere\w* |ihre\w* )?(?:wartungsvertrag"
            r"|servicevertrag|rahmenvertrag|garantie|gewährleistung|kulanz|pauschale)\b|\b(?:im"
            r"|vom|durch den) (?:wartungsvertrag|servicevertrag|rahmenvertrag) (?:\w+ )?(?:enthalten"
            r"|abgedeckt|inbegriffen)\b|"
            r"\bzahle? ich nicht\b(?=\s*(?:[.!,;]|$))|"  # not "zahle ich nicht vor Freitag"
            # "bitte korrigieren, dann überweise ich": payment held back until it is put right
            r"\b(?:korr?igier|berichtig|stornier|gutschreib|änder|nachbesser|reparier|ersetz|tausch)"
            r"\w*\b[^.]{0,40}\bdann\b[^.]{0,30}\b(?:überweise|zahle|bezahle|begleiche|zahlen|bezahlen"
            r"|überweisen|begleichen)\b|"
            # paying the part not contested contests the rest
            r"\b(?:unstrittig|unbestritten|nicht strittig|nicht bestritten)\w* (?:teil|betrag"
            r"|summe|posten|positionen)|"
            # a refusal, or payment held back until something is put right
            r"\b(?:(?:zahlen|bezahlen|begleichen|überweisen) wir|(?:zahle|bezahle|begleiche|überweise) ich)"
            r" (?:\w+ ){0,3}?(?:nicht(?! (?:vor|bis|früher|eher|heute|sofort|gleich)\b)|keinesfalls"
            r"|erst,? (?:wenn|sobald|nachdem))\b|\b(?:werden|können) wir (?:\w+ ){0,3}?nicht"
            r" (?:bezahlen|begleichen|zahlen|überweisen)\b(?! bevor)|\berst,? (?:wenn|sobald|nachdem)"
            r"\b[^.]{0,60}\b(?:behoben|repariert|geliefert|korrigiert|ersetzt|gutgeschrieben"
            r"|storniert|berichtigt)\b"
            # the condition cut off by its comma: "..., wenn die Anlage wieder läuft"
            r"|^\s*(?:wenn|sobald|nachdem) (?:die|der|das|ihr|ihre|unsere?|alle) (?:\w+ ){1,3}?"
            r"(?:wieder )?(?:läuft|laufen|funktioniert|funktionieren|geliefert|repariert|behoben"
            r"|ersetzt|korrigiert|berichtigt|gutgeschrieben)\b|"
            # a doubt about the bill: "ich glaube nicht dass die Rechnung stimmt"
            r"\b(?:glaube|glauben|denke|denken) (?:\w+ )?nicht,? dass (?:\w+ ){0,4}?(?:rechnung|betrag"
            r"|preis|summe|abrechnung|menge)\w* (?:\w+ ){0,3}?(?:stimmt|stimmen|korrekt|richtig)\b|"
            r"\breklam|\bwiderspr|\bbeanstand|\bbestreit|\beinspruch|\bstimmt (?:\w+ ){0,2}nicht"
            r"|\bstimmen (?:\w+ ){0,2}nicht|\bnicht (?:korrekt|richtig) (?:berechnet|abgerechnet"
            r"|fakturiert)|\b(?:rechnung|betrag|preis|menge|summe|berechnung)\b[^.]{0,30}\b(?:ist"
            r"|sind|scheint|war) (?:\w+ )?(?:nicht korrekt|nicht richtig|zu hoch|überhöht)"
            r"|\bfalsch(?!e[rnms]? (?:ansprechpartner|empfänger|kontakt|adresse|e-?mail|abteilung"
            r"|person|firma|postfach|stelle"
            # filed wrongly at the sender's end: "dem falschen Mandat zugeordnet"
            r"|mandat|konto|kostenstelle|projekt|ordner|vorgang|kreditor\w*|sachkonto|stapel)"
            # a payment booked to the wrong item: "ob da etwas falsch zugeordnet wurde"
            r"| (?:zugeordnet|verbucht|gebucht|zugewiesen))"
            r"|\bfehlerhaft|\bunrichtig|\bzu hoch|\bzu viel"
            r" (?:berechnet|abgerechnet|fakturiert)|\büberhöht|\bdoppelt (?:berechnet|gestellt"
            r"|abgerechnet|fakturiert|belastet|geliefert)|\bzweimal (?:berechnet|gestellt"
            r"|abgerechnet)|\bdoppelte rechnung|\bdifferenzbetrag\b(?![^.]{0,60}\b(?:versicherungsnehmer\w*|patient\w*|tierhalter\w*|direkt in"
            r" rechnung))|\bvereinbart\w* (?:waren|war"
            r"|preis|betrag|menge|konditionen)|\blaut (?:ihrem |unserem )?(?:angebot|auftrag"
            rf"|vertrag)|\b{_GOODS}\b[^.]{{0,50}}\b(?:nicht|nie|niemals|noch nicht) (?:\w+ ){{0,3}}"
            r"(?:erhalten|angekommen|geliefert|eingetroffen|zugestellt|erbracht|ausgeführt"
            r"|erledigt|fertig|eingegangen|abgeschlossen|montiert)|\b(?:nicht|nie|keine|niemals)"
            rf" (?:\w+ )?{_GOODS}\b[^.]{{0,20}}(?:erhalten|bekommen|geliefert)|\bnur \d+ (?:\w+ )?"
            r"(?:statt|anstatt|geliefert|erhalten|angekommen|eingetroffen)|\bnur \d+ (?:\w+ )?von"
            r" (?:\d+|den) (?:\w+ ){0,2}(?:geliefert|erhalten|angekommen|eingetroffen)"
            # not an offer: "2.000 statt 2.750 sofort überweisen" asks for a reduced amount
            rf"|\b\d+ (?:\w+ )?statt \d+(?![^.]{{0,40}}\b{_OFFER})"
            r"|\bmindermenge|\bfehlmenge|\bfehl(?:en|t) (?:noch )?\d|\bbeschädigt|\bzerkratzt|\beingedrückt|\bverbeult|\bzerbrochen|\bschlechte[rn]? qualität|\bqualitätsm|\bqualitätsproblem|\bdefekt"
            r"|\bmangelhaft|\bmängel|\bunvollständig|\bkaputt|\bfunktioniert (?:\w+ )?nicht"
            # withheld on purpose, the work not accepted, rework asked for: "bewusst nicht bezahlt",
            # "eine Abnahme der Leistung ist bisher nicht erfolgt", "Termin zur Nachbesserung"
            r"|\bbewusst (?:noch )?nicht (?:bezahlt|überwiesen|beglichen|angewiesen)"
            r"|\b(?:abnahme|freigabe) (?:der|des|unserer|ihrer) (?:leistung|arbeiten|anlage|montage)\b"
            r"[^.]{0,30}\bnicht erfolgt|\bnachbesserung"
            r"|\bnicht bestellt|\bnie bestellt|\bkeine bestellung|\bbereits (?:gutgeschrieben"
            r"|storniert|zurückgeschickt|retourniert)|\b(?:bitte um|erwarten|fordern|benötigen) (?:eine |die |ihre )?gutschrift|\bgutschrift\b[^.]{0,40}\b(?:zugesagt|versprochen|erhalten|bekommen|verbucht|ausgestellt|erteilt|gewährt)\b|\bsaldo (?:steht )?(?:damit )?auf (?:null|0)\b|\bgutschrift (?:erstellen|ausstellen|fehlt|steht (?:noch )?aus)|\bstornier|\bstorno|\bretour(?:e|en|niert|nieren|ware|enschein)\b"
            r"|\bretour (?:gesendet|geschickt|gegeben)"
            # the whole invoice settled by a credit note: "mit Ihrer Gutschrift verrechnet"
            r"|\bmit (?:ihrer|der|unserer|einer) gutschrift\b[^.]{0,40}\bverrechnet"
            r"|\bzurückgeschickt|\bzurückgesandt|\bnicht unsere bestellung|\bnicht vereinbart|\bals (?:vereinbart|angeboten|bestellt|besprochen"
            r"|abgesprochen)"
            r"|\bentspricht (?:\w+ ){0,2}nicht|\bentsprechen (?:\w+ ){0,2}nicht|\b(?:zahlen"
            r"|bezahlen|begleichen|überweisen) wir (?:(?!noch )\w+ ){0,2}nicht\b|\bwir (?:zahlen"
            r"|bezahlen|begleichen) (?:(?!noch )\w+ ){0,3}nicht\b|\bwerden (?:\w+ ){0,4}nicht"
            r" (?:be)?zahlen\b(?! können)"
            # "so zahl ich das nicht, bitte korrigieren" (not "zahle ich nicht vor Freitag")
            r"|\b(?:zahle?|bezahle?|begleiche|überweise) ich (?:(?!noch )\w+ ){1,2}nicht\b"
            r"(?=\s*(?:[.!,;]|$))"
            # "ICH ZAHL NIX BEVOR DAS DING GEHT"
            r"|\b(?:zahl|zahle|zahlen|bezahl|bezahle|bezahlen) (?:\w+ )?(?:nix|nichts|keinen (?:cent"
            r"|euro|rappen))\b[^.]{0,20}\b(?:bevor|bis|solange)\b|\bnicht (?:bezahlen|zahlen"
            r"|begleichen)[^.]{0,30}(?:bis|solange)|\bzahlung (?:zurückhalten|zurückbehalten"
            r"|gesperrt|angehalten)|\bzurückbehalt|\bhalten (?:\w+ ){0,3}zurück|\bverweiger"
            # "Ich behalte den Rechnungsbetrag ein, bis der Schaden geregelt ist"
            r"|\b(?:behalte|behalten)\b[^.]{0,40}\bein\b(?=[^.]{0,40}\b(?:bis|solange)\b)|\beinbehalt"
            r"|\bsperren (?:\w+ )?zahlung|\bnicht (?:von uns|unsere)\b"
        ),
        Cue.PLAN: (
            r"\bratenzahlung|\braten\b|\bmonatsrate|\bin (?:\w+ )?teil(?:en|beträgen|zahlungen)"
            r"|\bteilzahlung|\bteilbetr|\bstundung|\bstunden sie|\b(?:könnten|können|würden) sie (?:\w+ ){0,6}?stunden\b|\bzahlungsaufschub|\baufschub"
            r"|\bmehr zeit|\betwas zeit|\bfristverlängerung|\bverlängerung|\bzahlungsziel"
            r" (?:\w+ ){0,4}(?:verlängern|erweitern|verschieben)|\bverlänger\w* (?:\w+ ){0,3}"
            r"(?:zahlungsziel|zahlungsfrist|frist)|\bzahlungsvereinbarung|\bfinanzielle[rn]?"
            r" (?:schwierigkeiten|engpass|probleme|lage)|\bzahlungsschwierigkeit|\bliquidität"
            r"|\bengpass|\b(?:können|kann|könnten) (?:derzeit |momentan |aktuell |im moment "
            r"|leider |wir |ich )*(?:nicht|nur einen teil|nur teilweise) (?:den (?:vollen"
            r"|gesamten) betrag |alles |die (?:ganze|gesamte) (?:rechnung|summe) )?(?:zahlen"
            r"|bezahlen|begleichen|auf einmal)|\bmonatliche[rn]? (?:raten|zahlungen|beträge)"
            r"|\b(?:den|die) (?:ganzen?|vollen?|gesamten?) (?:betrag|summe)\b[^.]{0,40}\b(?:nicht"
            r"|kaum|unmöglich)\b|\b(?:uns|sich|wir uns) (?:auf|bei) (?:[\d.,]+|\w+) (?:euro|eur|€"
            r"|franken|chf)\b[^.]{0,15}\beinigen|\beinigen wir uns auf|\bmehr ist (?:leider )?nicht"
            r" drin|\bgeht sich (?:\w+ )?nicht (?:mehr )?aus"
            # a reduced amount offered, a little time asked: "wär ein Nachlass drin?", "sagen wir
            # 2.500 statt 3.100 und ich zahl sofort", "brauch noch ein bisschen Zeit"
            r"|\b(?:wär|wäre|ist) (?:da )?(?:ein |etwas )?(?:nachlass|rabatt|entgegenkommen) drin"
            rf"|\b\d+ (?:\w+ )?statt \d[\d.,]*\b[^.]{{0,30}}\b{_OFFER}"
            r"|\b(?:ein )?(?:bisschen|bissl|bisserl|wenig) (?:mehr )?zeit\b|\bgeld (?:ist|is)"
            r" (?:\w+ )?knapp|\bknapp bei kasse"
            r"|(?<!den )(?<!dem )(?<!des )\bnachlass(?!verwalt|gericht)|\breduzier|\bermäßig|\b(?:die )?hälfte (?:jetzt|sofort|heute|diese[nm]? \w+|zahlen|bezahlen|überweisen|und)\b|\b(?:zahlen|bezahlen|überweisen|begleichen) (?:wir |ich )?(?:\w+ )?die hälfte\b|\b(?:den|der) rest(?:betrag)? (?:\w+ ){0,2}(?:im \w+|ab|später|in (?:\w+ )?(?:raten|monaten"
            r"|wochen)|nächsten monat)|\bund (?:den|der) rest\b"
            r"|\b(?:erste|zweite|nächste|restliche) rate\b|\b(?:die )?(?:andere|zweite|restliche) hälfte (?:\w+ ){0,3}(?:folgt|kommt|zahle|überweise|später|sobald|wenn|im|in|bis|nach|ende)|\bnicht (?:\w+ )?(?:be)?zahlen können"
            r"|\bpro monat\b|\bmonatlich|\banzahlung|\babschlagszahlung|\bspäter zahlen"
            r"|\bzahlungsfrist (?:\w+ ){0,3}(?:verlängern|verschieben)|\b(?:zahlung|rechnung"
            r"|fälligkeit|betrag)\b[^.]{0,30}\b(?:verschieben|aufschieben|zurückstellen)"
        ),
        Cue.REQUEST: (
            r"(?:(?<!wir )(?<!ich )\b(?:senden|schicken|übermitteln|zukommen lassen|zusenden)\b"
            r"(?! (?:wir|ich)\b)|\b(?:hätten? (?:ich|wir) gerne?|benötigen|brauchen|fehlt|fehlen|mitteilen|nennen|bereitstellen"
            r"|tragen|ergänzen|vermerken|angeben|nachreichen|ausstellen|korrigieren)\b)[^.?!]{0,40}?\b"
            + _DOC
            + r"|\b"
            + _DOC
            + r"\b[^.?!]{0,30}(?:benötigt|erforderlich|fehlt|nötig|notwendig|nachreichen"
            r"|zusenden|schicken|neu ausstellen|(?:zue)?schicke[nd]?\b(?! (?:ich|wir)\b)|sände\b"
            r"|(?:no(?:ch)?e?)mal (?:\w+ )?(?:senden|sende|schicke\w*)(?! (?:ich|wir)\b))|\b(?:keine?|kei|(?<!\bhaben )(?<!\bham )(?<!\bhabe )(?<!\bhab )(?:die|diese)) (?:rechnung|r[äe]chnig)"
            r" (?:\w+ ){0,2}(?:nicht |nie |nöd |nid )?(?:erhalten|bekommen|gesehen|becho|übercho"
            r"|erhalte)\b|\b(?:chönd|chönnted|chöntet|könnten|können|würden) (?:sie|si|ihr) (?:\w+ )"
            r"{0,4}(?:schicke[nd]?|sende[nd]?|zuestelle|zustellen|zusenden|mailen)\b|\b(?:nie|nicht|noch keine) (?:eine "
            r"|die )?rechnung (?:\w+ )?(?:erhalten|bekommen)|\brechnung (?:\w+ ){0,3}(?:nicht|nie)"
            r" (?:angekommen|eingegangen|vor)\b|\bliegt (?:uns )?keine (?:\w+ )?rechnung"
            r"|\bliegt (?:uns )?(?:die |diese )?(?:\w+ )?rechnung (?:\w+ )?nicht vor"
            r"|\b(?:schicken|senden|stellen) sie (?:\w+ ){0,3}(?:neu|erneut|nochmal|noch einmal"
            r"|nochmals)\b|\brechnung (?:erneut|nochmal|noch einmal|nochmals|neu)\b|\bkorrigierte"
            r" rechnung|\bwie lautet (?:ihre|die) (?:iban|bankverbindung|kontonummer)|\bauf"
            r" welches konto|\b(?:lieferanten|rechnungs)portal|\bstellen sie (?:\w+ ){0,3}rechnung\b[^.]{0,50}\baus\b"
            r"|\brechnungsadresse|\bfirmierung|\bx-?rechnung|\bzugferd"
            r"|\be-rechnung|\bohne (?:\w+ )?(?:bestellnummer|bestellbezug|bestell-nr|po-nummer"
            r"|kostenstelle|referenz|leistungsnachweis|lieferschein)"
        ),
        Cue.WRONG_CONTACT: (
            r"\b(?:rechnungen|mahnungen|zahlungserinnerungen) gehen (?:bei uns )?(?:alle )?an (?:die|unsere"
            r"|den|das) (?:zentrale|buchhaltung|hauptverwaltung|hauptsitz|mutterfirma|steuerberater)|"
            r"\bfalsche[rn]? (?:ansprechpartner\w*|empfänger|kontakt|adresse|e-?mail-?adresse"
            r"|abteilung|person|firma|postfach|stelle)|\bnicht (?:der |die )?(?:zuständig\w*"
            r"|richtige (?:ansprechpartner|person|adresse|stelle|abteilung|empfänger))|\bnicht mehr (?:im unternehmen|bei uns|für|zuständig|tätig|beschäftigt"
            r"|in der firma|im haus|in unserem|in unserer|bei der|bei \w+|angestellt)|\bhat (?:das"
            r" unternehmen|die firma|uns) verlassen|\bausgeschieden|\bim ruhestand|\bin rente"
            r"|\bzuständig (?:ist|sind|dafür)|\brichtige[rn]? ansprechpartner|\b(?:zukünftig"
            r"|künftig|ab sofort|in zukunft)\b[^.]{0,60}@|\bkünftig an\b"
            r"|\bnicht (?:ihr|unser) kunde|\bkein(?:e)? kunden?\b|\bkeine geschäftsbeziehung"
            # not a question "die (mit der Rechnung) nichts zu tun hat": the sender's own topic
            r"|(?<!\bdie mit der rechnung )(?<!\bdas mit der rechnung )(?<!\bdie )(?<!\bdas )"
            r"\bnichts (?:\w+ ){0,4}zu tun"
            r"|\bverwechslung"
        ),
        Cue.REDIRECT: (
            r"\b(?:wenden sie sich|bitte|schreiben sie)\b[^.]{0,30}\b(?:an|kontaktieren|schreiben"
            r"|senden|schicken|richten)\b[^.]{0,60}(?:@|buchhaltung|kreditorenbuchhaltung"
            r"|finanzabteilung|rechnungswesen|einkauf|kollegin|kollegen)"
            # "richten Sie Mahnungen künftig an ...": the address may follow a comma or colon
            r"|\b(?:richten|senden|schicken|adressieren) sie\b[^.]{0,40}\b(?:künftig|zukünftig"
            r"|ab sofort|in zukunft|ab jetzt|fortan)\b[^.]{0,30}\ban\b|\b(?:künftig|zukünftig"
            r"|ab sofort|in zukunft|ab jetzt|fortan)\b[^.]{0,40}\b(?:direkt |ausschließlich |nur )?an"
            r" (?:unsere?n?|meine?n?|die|den|frau|herrn?)\b|\brechnungen (?:bitte )?"
            r"(?:an|künftig an)|\bneue (?:e-?mail-?)?adresse"
        ),
        Cue.PAID: (
            # "spätestens Freitag ist sie raus": out by a day (a promise when the day is to come)
            r"\b(?:spätestens|bis|am) \w+ (?:ist|sind) (?:sie|es|die|das|der betrag|die zahlung"
            r"|die überweisung) raus\b|"
            # "Ist gestern raus.": gone out (not "geht ... raus", which is to come)
            r"^\s*(?:(?:das|die|es|sie|überweisung|zahlung) )?(?:ist|sind) (?:schon |bereits |gestern"
            r" |heute |vorgestern |am [\w.]+ |per \w+ |via \w+ )*raus\b|"
            # released or ordered in the e-banking: the bank sends it
            r"\b(?:im|per|übers?|via) (?:e-?banking|online-?banking|netbanking|banking)\b[^.]{0,30}"
            r"\b(?:freigegeben|angewiesen|ausgelöst|erfasst|überwiesen|abgeschickt)\b|"
            # (a date's or a sum's dots end nothing: "ist am 18.06. eine Überweisung über
            # 1.356,00 € an Sie rausgegangen")
            r"\b(?:haben|habe|hab|hab['\u2019]?s|hat|hatten|hatte|ist|sind|wurde|wurden|war|waren)\b"
            r"(?:[^.]|(?<=\d)\.){0,60}?\b"
            + _PAID_VERB
            + rf"\b|\b{_MONEY}\b[^.]{{0,40}}\b(?:ist|wurde|sind|wurden|ging|gingen)\b[^.]{{0,40}}?"
            + rf"\b{_PAID_WEAK}\b|\b{_MONEY}\b[^.]{{0,30}}\b(?:erfolgte|ging|gingen) "
            + r"|\b(?:heute|gestern|bereits|schon|vorgestern|letzte woche) (?:\w+ )?"
            + _PAID_VERB
            + r"\b|\bzahlungsavis|\bzahlungsbestätigung|\büberweisungsbeleg|\büberweisungs"
            r"bestätigung|\bzahlungsnachweis|\bist unterwegs|\bist raus\b|\bging (?:\w+ ){0,3}raus"
            r"|\b(?:zahlten|überwiesen wir|beglichen wir|bezahlten|überwiesen|bezahlt|beglichen"
            r"|erledigt)\b(?! werden)"
        ),
        Cue.PROMISE: (
            # "Zahlung kommt in KW 12", "als Terminüberweisung zum 25.03. angelegt"
            r"\b(?:zahlung|überweisung|geld|betrag)\b (?:\w+ ){0,2}?kommt\b[^.]{0,20}?\b(?:in kw"
            r"|kw|in der kw|kalenderwoche|nächste|am|bis|ende|anfang|diese|morgen|montag|dienstag"
            r"|mittwoch|donnerstag|freitag)\b|\bterminüberweisung\b|"
            # "mach ich am Montag", "mach ich morgen": the sender's own word for paying
            # "kümmere mich Montag drum", "Sie haben es bis Freitag": the payment, understood
            r"\bkümmer(?:e|n)? (?:mich|uns)(?: (?!und\b)\w+){0,3}? "
            + _WHEN
            + r"|\b(?:sie haben|ihr habt|du hast|haben sie|habt ihr|hast du) (?:es|das geld|den betrag|die zahlung|ihr geld)(?: dann)? (?:bis|am|spätestens"
            r"|morgen|übermorgen|nächste\w*|anfang|ende|mitte)\b(?![^.?]*\?)|"
            r"\bmach(?:e)? ich (?:das |es )?(?:am (?:montag|dienstag|mittwoch|donnerstag|freitag"
            r"|samstag|sonntag|\d)|morgen|übermorgen|nächste|bis)|"
            # "die Zahlung geht bis Ende KW 44 raus"; "er ist Montag wieder da und überweist dann
            # gleich"
            r"\b(?:zahlung|überweisung|geld|betrag)\b (?:\w+ ){0,4}?geht (?:\w+ ){0,4}?raus\b|"
            r"\b(?:überweist|zahlt|begleicht) (?:er |sie )?(?:das |es |den betrag |die rechnung )?"
            r"(?:dann )?(?:gleich|sofort|umgehend)\b|"
            # "am Mittwoch bin ich wieder im Büro und überweise den Betrag dann als Erstes"
            r"\b(?:überweise|zahle|bezahle|begleiche)\b(?: \w+){0,3}? (?:dann |gleich )?als"
            r" (?:aller)?erstes\b|"
            # "spätestens Freitag ist das Geld bei Ihnen, versprochen"
            r"\bspätestens\b[^.]{0,30}\b(?:ist|sind|wird|werden|haben sie|hast du)\b[^.]{0,30}\b(?:geld"
            r"|betrag|zahlung|überweisung|summe)\b|"
            # (a date's dots inside: "wird ... bis zum 20.10.2027 angewiesen")
            r"\b(?:werde|werden|wird|wollen|möchten|planen|beabsichtigen|versuchen)\b"
            r"(?:[^.]|\.(?=\d)){0,50}?\b"
            r"(?:"
            + _PAY_INF
            + "|"
            + _PAID_VERB
            + r"|ausgeführt|gutgeschrieben|eingehen)\b|\bzahlung erfolgt (?:\w+ )?"
            r"(?:am|bis|zum|nächste|in|bis spätestens|mit|ende|anfang|voraussichtlich|spätestens"
            r"|innerhalb|diese|morgen|kommende)|\b"
            + _PAY_NOW
            + r"\b[^.]{0,40}?\b"
            + _WHEN
            + r"\b|\b(?:zahllauf|zahlungslauf|zahlungsvorschlag)|\bzur zahlung"
            r" (?:vorgesehen|eingeplant|freigegeben|vorgemerkt|angewiesen)|\bfür die zahlung"
            r" (?:vorgesehen|eingeplant|freigegeben)|\b(?:zahlung|überweisung|betrag|rechnung)\b[^.]{0,40}\b(?:eingeplant|vorgemerkt|terminiert"
            r"|disponiert)|\bgeht (?:[\w.]+ )"
            r"{0,3}raus|\b(?:gaht|goht|gönd|gehen|geht)\b (?:\w+ ){0,4}(?:use|uuse|ruus|hinaus)\b"
            r"|\bsie erhalten (?:das geld|den betrag|die zahlung|die überweisung)"
            r"|\bkümmern uns (?:\w+ )?(?:darum|um die (?:zahlung|rechnung|überweisung))"
            r"|\bweisen (?:\w+ ){0,4}an\b"
        ),
        Cue.SUSPECT: (
            # new bank details announced by mail: a person verifies them
            r"\bneue[nr]? (?:bankverbindung|iban|kontoverbindung|kontonummer)|\bbankverbindung"
            r" (?:hat sich )?geändert|(?<!\bwir die )(?<!\bich die )(?<!\bwir unsere )\bbank gewechselt|"
            r"\bphishing|\bbetrugsversuch|\bbetrügerisch\w* (?:e-?mail|mail|nachricht|schreiben)"
            r"|\bgefälscht\w* (?:e-?mail|mail|nachricht|mahnung|rechnung|absender)|\bangeblich"
            r" (?:von|im namen)|\b(?:ist|sind) (?:diese[rs]? |die |das )(?:e-?mail |mail |nachricht"
            r" |mahnung |schreiben )?(?:wirklich |überhaupt )?(?:echt|seriös|authentisch|von ihnen)\b"
            r"(?! [a-zäöüß])"
        ),
        Cue.ABSENT: (
            r"\bich arbeite (?:nur )?(?:montags|dienstags|mittwochs|donnerstags|freitags|am montag"
            r"|am dienstag|am mittwoch|am donnerstag|am freitag|in teilzeit)|\blese (?:meine )?e-?mails"
            r" nur\b|\babwesen|\bnicht im (?:büro|hause?|office)|\bim urlaub|\burlaubsbedingt|\bin elternzeit"
            # (not a time of the day: "bin ab 17 Uhr erreichbar" asks for a call)
            r"|\bauf (?:dienstreise|geschäftsreise)|\b(?:bin|sind) (?:ab|bis|vom|wieder)\b"
            r"(?! (?:ca\. |etwa )?(?:\d{1,2}(?:[:.]\d\d)? ?uhr\b|\d{1,2}:\d\d\b))[^.]{0,50}"
            r"(?:erreichbar|zurück|im büro|abwesend|da)|\beingeschränkt erreichbar"
            # the sender away, not a colleague ("er ist bis Freitag auf Montage")
            r"|\b(?:bin|sind)\b[^.]{0,40}\b(?:krankgeschrieben|krank gemeldet|in den ferien|auf"
            r" (?:montage|messe|fortbildung|schulung|lehrgang|tour)\b)|\bferienabwesenheit"
            r"|\b(?:bin|sind)\b[^.]{0,50}\bwieder erreichbar|\blese\b[^.]{0,30}\bkeine (?:e-?)?mails"
            r"|\b(?:dies ist|es handelt sich um) eine automatische antwort|\bnicht erreichbar|\bkrankheitsbedingt"
        ),
        Cue.TICKET: (
            r"\bihre (?:nachricht|e-?mail|anfrage) (?:ist|wurde|haben wir) (?:\w+ )*(?:eingegangen"
            r"|erhalten)|\bticket(?:nummer|-nr| nr| #)|\bvorgangsnummer|\bautomatisch erstellt"
        ),
        Cue.GONE: (
            r"\b(?:postfach|adresse|e-?mail-?adresse|mailbox)\b[^.]{0,30}\bnicht mehr (?:aktiv"
            r"|genutzt|gelesen|betreut|bearbeitet|abgerufen|überwacht|verwendet|in verwendung|in gebrauch)"
            r"|\b(?:\w*postfach|adresse|e-?mail-?adresse|mailbox)\b(?:[^.]|\.(?=\S)){0,60}\b(?:wurde|wird|ist)"
            r" (?:\S+ ){0,3}?(?:aufgelöst|deaktiviert|stillgelegt|abgeschaltet|gelöscht|eingestellt)\b"
            r"|\bnicht mehr in (?:verwendung|gebrauch|betrieb)\b|\bnicht mehr (?:im "
            r"unternehmen|bei uns|für \w+ tätig)|\bhat (?:das unternehmen|uns) verlassen"
        ),
    },
).widened(casual.DE)
