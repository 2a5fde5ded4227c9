"""German, French, Spanish, Dutch and Italian word families of the casual register.

One job: the phrases of small businesses answering from a phone, added to each
`daemon.core.classify_rules_<lang>` lexicon: who does the books ("das macht unser Steuerberater",
"je suis juste le cuisinier", "se ha vendido el negocio", "nieuwe eigenaren", "sono solo il
cuoco"), a payment said in a few words ("virement fait", "lo pagó", "fatto stamattina") and a
document or detail asked for ("wofür ist das?", "c'est pour quoi ?", "el enlace no funciona").
Families, not sentences: roles, venues and verbs are listed once per language. Data only; it must
not search text or decide anything.
"""

from __future__ import annotations

from daemon.core.classify_lexicon import Cue

_A = "['\u2019]"
# A sum written out between a payment and its participle: "Virement de 912 € fait".
_SUM = r"(?:[€£$]\s?\d[\d.,']*|\d[\d.,']*\s?(?:€|£|\$|eur(?:os?)?\b|chf\b|usd\b|gbp\b))"
DE = {
    # "ich hab's letzten Donnerstag per Online-Banking gemacht": the deed done, the means named
    Cue.PAID: (
        r"\b(?:per|über|via|mit) (?:der |die |dem )?(?:online-?banking|banking-?app|paypal"
        r"|kreditkarte|karte|twint|sofortüberweisung|überweisung|lastschrift|ec-karte|giropay"
        r"|zahlungslink|dem link)\b (?:\w+ )?(?:gemacht|erledigt|bezahlt|beglichen|überwiesen"
        r"|gezahlt)\b"
        # "die Zahlung ist heute Morgen über unser E-Banking rausgegangen", "ist schon raus"
        r"|\b(?:zahlung|überweisung|betrag|geld|rechnung)\b(?:[^.]|\.(?=\d)){0,50}\b(?:ist|sind"
        r"|ging|gingen) (?:[\w-]+ ){0,6}?(?:rausgegangen|hinausgegangen|raus)\b"
    ),
    # "die Stadtkasse zahlt gesammelt zum 15.03.", "überweis das als Erstes": a present that
    # names its day or says "first thing"
    Cue.PROMISE: (
        r"\b(?:zahlt|überweist|begleicht|überweis|überweise)\b (?:\w+ ){0,2}?(?:am|zum|bis|ab"
        r"|nächsten?|kommenden?|morgen|übermorgen|anfang|ende|mitte|montag|dienstag|mittwoch"
        r"|donnerstag|freitag|kw|\d{1,2}\.)\b"
        r"|\b(?:überweis|überweise|zahle|bezahle)\b (?:ich |wir )?(?:das|es|die rechnung|den"
        r" betrag|sie|ihn) (?:als erstes|gleich morgen|gleich am|direkt am|als allererstes)"
        # "wir überweisen Ihnen den Betrag, sobald ...": the present for what is to come
        r"|^\W*(?:wir|ich) (?:überweisen|überweise|zahlen|zahle|begleichen|begleiche)\b"
        r"|, (?:überweisen|zahlen|begleichen|bezahlen) wir\b"
        r"|, (?:überweise|zahle|begleiche|bezahle) ich\b"
    ),
    Cue.WRONG_CONTACT: (
        # "dieses Postfach ist ausschließlich für Fernleihen": a mailbox kept for something else
        r"\bdiese[sr]? (?:postfach|e-?mail-?adresse|adresse|mailbox)\b[^.]{0,20}\b(?:ist )?(?:nur|ausschließlich"
        r"|allein) für\b(?![^.;]{0,40}\b(?:rechnung|invoice|factur|fattur|faktur))|"
        r"\b(?:dafür|hierfür|für (?:rechnungen|die buchhaltung|zahlungen)|das|rechnungen)"
        r" (?:ist|sind|macht|machen|erledigt|übernimmt|regelt) (?:\w+ ){0,2}(?:steuerberater\w*"
        r"|buchhalter\w*|buchhaltung|zentrale|hauptsitz|verwaltung|inhaber\w*|chef\w*"
        r"|geschäftsführ\w*|büro)\b|\bich bin (?:hier )?(?:nur|bloß|lediglich) (?:der|die|eine?r?"
        r"|ein) (?:koch|köchin|kellner\w*|aushilfe|mitarbeiter\w*|angestellte\w*|fahrer\w*"
        r"|rezeption\w*|hausmeister\w*|praktikant\w*|barkeeper\w*|küchen\w*|servicekraft)\b"
        r"|\b(?:restaurant|lokal|geschäft|hotel|café|betrieb|laden|unternehmen|firma|gaststätte"
        r"|kneipe|bäckerei|salon|imbiss|praxis)\b[^.]{0,30}\b(?:verkauft|übergeben|abgegeben"
        r"|übernommen)\b|\bneue[rn]? (?:inhaber\w*|besitzer\w*|eigentümer\w*|betreiber\w*"
        r"|pächter\w*|geschäftsführung)\b|\bunter neuer (?:leitung|führung)|\b(?:inhaber|betreiber"
        r"|besitzer)wechsel|\bprivate[rn]? (?:e-?mail|mail|adresse)|\bprivatadresse"
        r"|\ban (?:die|unsere|unseren|den) (?:zentrale|hauptsitz|buchhaltung|verwaltung"
        r"|steuerberater\w*|büro)\b[^.]{0,20}(?:schicken|senden|richten|wenden|weiterleiten)"
    ),
    Cue.REQUEST: (
        r"\bwofür (?:ist|sind|war) (?:das|die|diese)|\bworum geht es|\bwas ist das für"
        r"|\bwelche (?:bestellung|lieferung|rechnung|auftrag)\w* (?:ist|war|betrifft)"
        r"|\b(?:finde|finden|sehe) (?:\w+ ){0,2}(?:rechnung|beleg)\w* (?:\w+ )?nicht"
        r"|\brechnung mit (?:\w+ ){0,2}(?:ust|steuer|bestell|firmen|umsatzsteuer)"
        r"|\bwie (?:ist|lautet|sind) (?:ihre|eure|deine|die) (?:iban|bankverbindung|kontonummer"
        r"|bankdaten)"
        # an invoice to be issued again to another name: "bitte neu ausstellen"
        r"|\bneu (?:aus(?:zu)?stellen|ausgestellt)\b|\bmuss (?:aber )?auf (?:die|den|unsere?n?)"
        r" \w+ (?:lauten|ausgestellt)"
        r"|\b(?:link|pdf|anhang|datei)\b[^.]{0,30}(?:funktioniert (?:\w+ )?nicht"
        r"|geht nicht|lässt sich nicht öffnen|öffnet (?:sich )?nicht|abgelaufen)"
    ),
}
FR = {
    Cue.WRONG_CONTACT: (
        # "cette adresse est réservée aux prêts entre bibliothèques"
        r"\bcette (?:adresse|boîte(?: mail| aux lettres)?|messagerie)\b[^.]{0,20}\b(?:est )?(?:réservée"
        r"|dédiée|destinée) (?:exclusivement |uniquement |seulement )?(?:à|au|aux)\b(?![^.;]{0,40}\b(?:rechnung|invoice|factur|fattur|faktur))|"
        r"\b(?:c['\u2019]est|voyez avec|voir avec|adressez-vous à|contactez|écrivez à|envoyez"
        r"(?:-la|-le|-les)? à) (?:notre |mon |ma |le |la |au |l['\u2019])?\s?(?:comptable"
        r"|expert-comptable|cabinet|siège|service (?:compta\w*|facturation|administratif)"
        r"|compta\b|patron|gérant\w*|propriétaire|bureau|direction)|\bje (?:suis|ne suis que)"
        r" (?:juste |seulement |simplement )?(?:le|la|un|une|l['\u2019]) ?(?:cuisinier|cuisinière"
        r"|serveu\w+|employé\w*|chauffeur|réceptionniste|stagiaire|barman|commis|plongeur"
        r"|vendeu\w+|salarié\w*|apprenti\w*)\b|\b(?:restaurant|commerce|fonds de commerce|hôtel"
        r"|café|bar|boutique|magasin|entreprise|société|affaire|établissement|boulangerie"
        r"|salon)\b[^.]{0,30}\b(?:vendu|cédé|repris)e?s?\b|\bnouveaux? (?:propriétaires?|gérants?"
        r"|repreneurs?|exploitants?)|\bchangement de (?:propriétaire|gérant|direction)"
        r"|\b(?:adresse|mail|e-?mail|courriel)s? (?:perso|personnel\w*|privée?)\b"
    ),
    Cue.PAID: (
        # "c'est parti le 26/11 par virement"
        r"\bc['\u2019]est parti (?:le \d|hier|ce matin|lundi|mardi|mercredi|jeudi|vendredi|par"
        r" (?:virement|chèque|carte))|"
        r"\b(?:virement|paiement|chèque|règlement|prélèvement|versement)s? (?:(?:de|d['\u2019]un"
        r" montant de) " + _SUM + r" )?(?:a été |est |déjà )?(?:fait|effectué|envoyé|émis|passé"
        r"|parti)e?s?\b"
        # "c regle depuis vendredi par cb": text-message spelling, accents and apostrophe gone
        r"|\b(?:c|cest|c['\u2019] ?est) (?:bien |deja |déjà )?(?:regl|régl|pay)[ée]e?\b(?= depuis"
        r"| hier| avant-hier| ce matin| par (?:cb|carte|virement|cheque|chèque|paypal)| le \d| lundi"
        r"| mardi| mercredi| jeudi| vendredi| samedi| dimanche)"
    ),
    # "le chèque part avec la paie du 18", "je t'envoie le virement en fin de semaine": a present
    # tense that names a day to come promises
    Cue.PROMISE: (
        r"\b(?:virement|paiement|chèque|règlement|versement)s? (?:\w+ )?(?:part|partira|partent)"
        r" (?:avec|demain|ce soir|cette semaine|la semaine|en fin|fin|début|dans|lundi|mardi"
        r"|mercredi|jeudi|vendredi|le \d)|\b(?:je|on|nous) (?:vous |t['\u2019]|te )?(?:envoie"
        r"|envoyons|fais|faisons|passe|passons|lance|lançons) (?:le|un|votre|ton) (?:virement|chèque|paiement"
        r"|règlement)\b[^.]{0,30}\b(?:demain|ce soir|cette semaine|la semaine prochaine|en fin de"
        r" (?:semaine|mois)|fin (?:de )?(?:semaine|mois)|début|lundi|mardi|mercredi|jeudi|vendredi"
        r"|le \d|d['\u2019]ici)"
        # "vous serez payés dès que ...", "vous êtes le premier réglé", "le paiement sera débloqué"
        r"|\bvous (?:serez|seriez|êtes) (?:\w+ ){0,2}?(?:payée?s?|réglée?s?|remboursée?s?)\b"
        r"|\b(?:paiement|virement|règlement|versement|solde|montant)s? (?:\w+ )?(?:sera|seront)"
        r" (?:\w+ )?(?:débloqué|libéré|versé|effectué|envoyé|viré|réglé|payé|émis|lancé)e?s?\b"
        # "dès réception de son paiement, je vous vire le solde"
        r"|\b(?:je|nous|on) (?:vous |te )?(?:vire|virons|règle|réglons|paie|paye|payons|verse"
        r"|versons) (?:le solde|la facture|le montant|le reste|l['\u2019]intégralité|tout|la somme)"
    ),
    Cue.REQUEST: (
        r"\bc['\u2019]est pour quoi|\bça correspond à quoi|\bà quoi (?:correspond|se rapporte)"
        r"|\bc['\u2019]est quoi (?:cette|ce)|\bde quoi s['\u2019]agit|\bquelle (?:commande"
        r"|livraison|facture) (?:est-ce|c['\u2019]est)|\b(?:lien|pdf|pièce jointe|fichier)\b"
        r"[^.]{0,30}(?:ne (?:marche|fonctionne|s['\u2019]ouvre) pas|expiré|cassé)"
        # "une version en français avec la TVA détaillée"
        r"|\bune version (?:en (?:français|anglais|néerlandais|allemand)|avec|corrigée|rectifiée"
        r"|au nom)\b"
        # (not a quote for new work: "pourriez-vous nous envoyer un devis pour le marronnier")
        r"|\benvoye[zr](?:-moi|-nous|-la|-le)? (?:\w+ ){0,3}(?:facture|relevé|(?<!\bun )devis|duplicata"
        r"|copie)"
    ),
}
ES = {
    Cue.WRONG_CONTACT: (
        # "este buzón es solo para préstamos interbibliotecarios"
        r"\beste (?:buzón|correo|e-?mail|dirección)\b[^.]{0,20}\b(?:es|está) (?:solo|solamente"
        r"|únicamente|exclusivamente) (?:para|dedicad[oa] a)\b(?![^.;]{0,40}\b(?:rechnung|invoice|factur|fattur|faktur))|\besta dirección (?:es|está)"
        r" (?:solo|solamente|únicamente|exclusivamente) (?:para|dedicada a)\b(?![^.;]{0,40}\b(?:rechnung|invoice|factur|fattur|faktur))|"
        r"\b(?:solo|sólo|solamente|nada más) soy (?:el|la|un|una) (?:cocinero|cocinera|camarer[oa]"
        r"|emplead[oa]|chef|recepcionista|repartidor\w*|dependient[ea]|encargad[oa]|ayudante)\b"
        r"|\b(?:vendido|traspasado|cedido)\b[^.]{0,20}\b(?:negocio|restaurante|bar|local|hotel"
        r"|empresa|tienda|cafetería)|\b(?:negocio|restaurante|bar|local|hotel|empresa|tienda"
        r"|cafetería)\b[^.]{0,20}\b(?:vendid[oa]|traspasad[oa]|se (?:vendió|traspasó|cedió))\b|\bnuevos? (?:dueños?"
        r"|propietari[oa]s?)\b|\bnueva (?:gerencia|propiedad)\b|\b(?:correo|e-?mail|mail)"
        r" (?:personal|privado)\b"
    ),
    Cue.PAID: (
        r"\b(?:pagué|pagó|pagaron|aboné|abonó|abonaron|transferí|transfirió|transfirieron"
        r"|ingresé|ingresó|deposité|depositó|depositaron|liquidé|liquidó|saldé|saldó)\b"
        r"|\b(?:hech[oa]|realizad[oa]|enviad[oa]|mandad[oa]) (?:la |el )(?:transferencia|pago"
        r"|ingreso|bizum)\b"
        # "Transferencia de 912 € hecha hoy"
        r"|\b(?:transferencia|pago|ingreso|bizum|depósito) (?:de|por) " + _SUM + r" (?:ya )?"
        r"(?:hech|realizad|enviad|mandad|efectuad)[oa]\b"
        # a past written without its accent where no present shares the spelling ("ya te lo
        # transferi", "ya lo pague la semana pasada", "se pago con la tarjeta el 19/11")
        r"|\bya qued(?:ó|o) (?:el pago|la transferencia|el depósito|el abono|pagad[oa]|saldad[oa]"
        r"|liquidad[oa])\b|\btransf(?:eri|irio)\b|\bya (?:se |te |le |les |lo |la |los |las |se lo |te lo |se la"
        r" |te la )*(?:pague|abone|deposite|ingrese|liquide|salde)\b|\bse (?:pago|abono|liquido"
        r"|deposito) (?:con|por|mediante|el \d|el (?:lunes|martes|miercoles|jueves|viernes)|ayer)"
        # "lo hicimos el martes por SPEI": the deed done, the means named
        r"|\b(?:lo|la) (?:hicimos|hice|hizo|mandamos|mandé|mande|enviamos|envié|envie)\b[^.]{0,30}?"
        r"\b(?:por|con|mediante|vía|via) (?:la |el )?(?:transferencia|spei|tarjeta|bizum"
        r"|paypal|mercado ?pago|el enlace|el link|la app|la web|el banco|oxxo|cheque|dep[oó]sito)\b"
        r"|\bsali[óo] en (?:la|el) (?:remesa|lote|corrida|pago|tanda|ciclo) de pagos?\b"
    ),
    # "A finales de mes queda pagado", "lo hago la semana que viene": a present naming a day to come
    Cue.PROMISE: (
        r"\b(?:a finales de|a fin de|para (?:el )?fin de|el (?:lunes|martes|miércoles|jueves"
        r"|viernes)|mañana|la semana que viene|la próxima semana|el mes que viene)\b[^.]{0,20}"
        r"\bqueda(?:rá)? (?:todo |ya )?(?:pagad|saldad|liquidad|abonad)[oa]s?\b|\b(?:lo|la)"
        r" (?:hago|hacemos|pago|pagamos|transfiero|transferimos|deposito|abono|abonamos)"
        r" (?:\w+ )?(?:la semana que viene|la próxima semana|el mes que viene|a fin de mes|a finales"
        r" de mes|mañana|pasado mañana|el lunes|el martes|el miércoles|el jueves|el viernes)\b"
        # "aún no lo hemos pagado, pero lo haremos en cuanto cobremos la subvención"
        r"|\blo (?:haremos|haré)(?= (?:en cuanto|cuando|apenas|tan pronto|nada más)\b)"
    ),
    Cue.REQUEST: (
        r"\bde qué (?:es|son|se trata)|\ba qué (?:corresponde|se refiere)|\bqué es esto"
        r"|\bqué (?:pedido|albarán) es|\bpor qué concepto|\bno (?:encuentro|encontramos|localizo)"
        r" (?:esta|la|dicha) factura|\bfactura con (?:\w+ ){0,2}(?:cif|nif|número de pedido)"
        r"|\b(?:cuál|cual) es (?:su|vuestro|el) (?:número de cuenta|iban|cuenta)"
        r"|\b(?:enlace|link|pdf|adjunto|archivo)\b[^.]{0,30}(?:no funciona|no (?:se )?abre"
        r"|caducad)"
    ),
}
NL = {
    Cue.WRONG_CONTACT: (
        # "dit adres is alleen bedoeld voor interbibliothecair leenverkeer"
        r"\bdit (?:e-?mail)?(?:adres|postvak|mailadres)\b[^.]{0,20}\bis (?:alleen|uitsluitend|enkel)"
        r" (?:bedoeld )?voor\b(?![^.;]{0,40}\b(?:rechnung|invoice|factur|fattur|faktur))|"
        r"\b(?:dat|dit|die|de facturen|de administratie) (?:doet|regelt|verzorgt|doen|regelen)"
        r" (?:\w+ )?(?:onze|mijn|de|het) (?:boekhouder|accountant|administratie\w*|hoofdkantoor"
        r"|eigenaar|baas)|\bverkeerde? (?:adres|e-?mail\w*|mailadres)\b|\bik ben (?:maar|alleen"
        r"|slechts|gewoon) (?:de|een) (?:kok|ober|serveerster|medewerker|bediende|chauffeur"
        r"|receptionist\w*|stagiair\w*|barman|afwasser|invaller)\b|\b(?:zaak|restaurant|bedrijf"
        r"|hotel|café|winkel|eetcafé|bakkerij|salon|onderneming)\b[^.]{0,20}\b(?:verkocht"
        r"|overgenomen|overgedaan)\b|(?<!\bben ik de )(?<!\bik ben de )(?<!\bzijn wij de )(?<!\bwij zijn de )(?<!\bwe zijn de )\bnieuwe (?:eigenaar|eigenaren|eigenaars|uitbater\w*)\b"
        r"|\bprivé-?(?:mail|adres|e-?mail)|\bpersoonlijke? (?:e-?mail|mail)"
        r"|\b(?:stuur|stuurt u|mail|mailt u) (?:\w+ )?naar (?:het|de|onze) (?:hoofdkantoor"
        r"|boekhouder|administratie)\b"
    ),
    Cue.REQUEST: (
        r"\bwaar (?:is|gaat) (?:dit|dat|deze factuur|het) (?:voor|over)|\bwat is dit voor"
        r"|\bwelke (?:bestelling|levering|order) (?:is|was) (?:dit|dat)\b|\bfactuur met (?:\w+ )"
        r"{0,2}(?:btw|kvk|ordernummer|inkoopnummer|referentie)"
        # an invoice to be made out again: "kunt u die aanpassen en opnieuw sturen", "een kopie
        # met het kenteken erbij"
        r"|\b(?:aanpassen|wijzigen|corrigeren|veranderen) en (?:\w+ )?(?:opnieuw|nogmaals)"
        r" (?:sturen|toesturen|versturen|mailen)|\b(?:kopie|versie) met (?:\w+ ){0,3}erbij\b"
        r"|\b(?:link|pdf|bijlage|bestand)\b"
        r"[^.]{0,30}(?:werkt (?:\w+ )?niet|opent niet|gaat niet open|verlopen)"
    ),
    # "via iDEAL gedaan", "op 2/11 overgemaakt": the deed done, its means or its day named
    Cue.PAID: (
        r"\b(?:via|met|per|door) (?:de |het |onze |mijn )?(?:ideal|tikkie|payconiq|bancontact|pin"
        r"|bank(?:-?app)?|internetbankieren|mobiel bankieren|(?:betaal)?link|creditcard"
        r"|overschrijving)\b (?:\w+ )?(?:gedaan|betaald|voldaan|overgemaakt|afgerekend)\b"
        r"|\bop \d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})? (?:al )?(?:overgemaakt|betaald|voldaan"
        r"|overgeboekt)\b"
        # "betaald op 14 november", "de betaalopdracht is vorige week ingediend"
        r"|^\W*(?:betaald|overgemaakt|voldaan|overgeboekt) (?:op|per) (?:\d|maandag|dinsdag"
        r"|woensdag|donderdag|vrijdag)|\bbetaalopdracht\b[^.]{0,40}\b(?:ingediend|ingevoerd"
        r"|uitgevoerd|verstuurd|goedgekeurd en verzonden)\b"
        # "Overboeking van 912 euro vandaag gedaan"
        r"|\b(?:overboeking|betaling|overschrijving|storting) van " + _SUM + r" (?:is )?(?:al )?"
        r"(?:\w+ )?(?:gedaan|verstuurd|uitgevoerd|overgemaakt|voldaan)\b"
    ),
    Cue.PROMISE: (
        # "dat wij de factuur uiterlijk de 15e voldoen": the day before the verb at the end
        r"\b(?:uiterlijk|vóór|voor|op) (?:de |het )?(?:\d+(?:e|ste|de)?|eind|begin)\b[^.]{0,25}"
        r"\b(?:voldoen|betalen|overmaken|storten|overboeken)\b|"
        r"(?:,\s*|\b(?:dan|daarna|vervolgens|meteen|direct) )(?:betalen|betaal|storten|stort"
        r"|voldoen|voldoe) (?:we|wij|ik)\b|"
        # "ik zet hem klaar voor de betaalbatch van 22 december"
        r"\b(?:zet|zetten)\b (?:\w+ ){0,3}?(?:klaar|in) (?:voor )?(?:de |onze )?(?:betaal|betalings)"
        r"(?:batch|run|ronde)\b"
        # "Na de oogst betaal ik de openstaande facturen": the present after an event named first
        r"|^\W*na (?:de |het )?\w+ (?:betaal|betalen|voldoe|voldoen|maak|maken) (?:ik|we|wij)\b"
        # "Wij betalen de factuur zodra de bank ... vrijgeeft": the present for what is to come
        r"|^\W*(?:wij|we|ik) (?:betalen|betaal|voldoen|voldoe|maken|maak)\b (?:\w+ ){0,4}?(?:zodra"
        r"|wanneer|morgen|overmorgen|volgende|komende|uiterlijk|vóór|begin|eind|maandag|dinsdag"
        r"|woensdag|donderdag|vrijdag)\b"
        # "heeft toegezegd de factuur dan direct te voldoen": someone's word given
        r"|\b(?:heeft|hebben|heb) (?:\w+ )?toegezegd\b[^.]{0,50}\bte (?:voldoen|betalen|overmaken"
        r"|storten|vereffenen)\b"
    ),
}
IT = {
    Cue.WRONG_CONTACT: (
        # "questa casella è dedicata esclusivamente al prestito interbibliotecario"
        r"\bquest[ao] (?:casella|indirizzo|e-?mail|mail)\b[^.]{0,20}\b(?:è )?(?:dedicat[ao]|riservat[ao])"
        r" (?:esclusivamente |solo |unicamente |solamente )?(?:a|al|alla|ai|agli|alle)\b(?![^.;]{0,40}\b(?:rechnung|invoice|factur|fattur|faktur))|"
        r"\bsono (?:solo|solamente|soltanto|semplicemente) (?:il|la|un|una|l['\u2019]) ?(?:cuoc[oa]"
        r"|camerier[ea]|dipendente|commess[oa]|autista|receptionist|barista|aiuto cuoco|chef"
        r"|stagista|lavapiatti)\b|\b(?:attività|ristorante|locale|negozio|bar|albergo|hotel"
        r"|azienda|società|pizzeria|trattoria)\b[^.]{0,20}\b(?:vendut[oa]|cedut[oa]|rilevat[oa])"
        r"\b|\bnuov[io] (?:proprietari[oa]?|gestori?|titolari?)\b|\bnuova (?:gestione|proprietà)"
        r"|\bcambio (?:di )?gestione"
    ),
    Cue.PAID: (
        r"^\s*(?:già )?fatt[oa] (?:il bonifico |il pagamento )?(?:ieri|oggi|stamattina|stamani"
        r"|poco fa|l['\u2019]altro ieri|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato)\b"
        # "gia pagato", "gia' fatto il bonifico": the accent left off
        r"|\bgia['\u2019]? (?:stat[oaie] )?(?:pagat|saldat|bonificat|versat|liquidat)[oaie]\b"
        r"|\b(?:il pagamento|il bonifico|il saldo|il versamento) c['\u2019][eè] (?:già |gia )?stato\b"
        # "l'abbiamo fatto con carta dal vostro portale": the deed done, the means named
        r"|\b(?:l['\u2019]abbiamo|l['\u2019]ho|lo abbiamo|la abbiamo|l['\u2019]ha|l['\u2019]hanno)"
        r" (?:già )?(?:fatto|fatta|pagato|pagata) (?:\w+ ){0,2}?(?:con|col|tramite|via|dal|sul"
        r"|per) (?:la |il |lo |vostro |il vostro |la vostra )?(?:carta|bancomat|bonifico|paypal"
        r"|satispay|portale|link|app|pos|rid|sdd)\b"
        # "il pagamento l'ha fatto mio marito dal suo conto"
        r"|\b(?:il pagamento|il bonifico|il versamento) l['\u2019](?:ha|hanno|abbiamo|ho) fatt[oa]\b"
        # "Bonifico di 912 € fatto oggi"
        r"|\b(?:bonifico|pagamento|versamento|assegno) (?:di|da|per) " + _SUM + r" (?:già )?"
        r"(?:fatt|effettuat|eseguit|dispost|inviat|partit)[oa]\b"
    ),
    # "pago la settimana prossima", "pago il 15/04", "metto il bonifico in scadenza per lunedì
    # 14": a present that names a day to come
    Cue.PROMISE: (
        r"\b(?:pago|saldo|verso|paghiamo|saldiamo)\b (?:(?:la fattura|il saldo|il dovuto|\w+) )?"
        r"(?:domani|dopodomani|luned[iì]"
        r"|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|la settimana prossima|settimana prossima"
        r"|la prossima settimana|a fine mese|entro|in settimana|stasera|subito|immediatamente"
        r"|il \d{1,2}(?:/\d{1,2})?(?![\d%,.]))\b"
        r"|\b(?:vi|ti|le|gli) giro (?:l['\u2019])?(?:\w+ )?(?:importo|somma|pagamento|bonifico|soldi"
        r"|saldo|dovuto)\b|\b(?:metto|mettiamo|inserisco|inseriamo"
        r"|programmo|programmiamo) (?:\w+ ){0,2}?(?:bonific|pagament|fattur)\w* (?:in (?:scadenza"
        r"|pagamento|distinta)|per (?:luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|il \d|fine|domani))"
    ),
    Cue.REQUEST: (
        r"\b(?:me|ce) la (?:rifate|rifareste|riemettete|potete rifare|potreste rifare)\b|"
        r"\bdi (?:cosa|che cosa) si tratta|\ba cosa (?:si riferisce|corrisponde)|\bche cos['\u2019]è"
        r" (?:questa|questo)|\bquale (?:ordine|consegna) (?:è|sarebbe)|\b(?:link|pdf|allegato"
        r"|file)\b[^.]{0,30}(?:non funziona|non si apre|scadut)"
    ),
}
