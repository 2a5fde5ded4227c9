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
DE = {
    Cue.WRONG_CONTACT: (
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
        r"|bankdaten)|\b(?:link|pdf|anhang|datei)\b[^.]{0,30}(?:funktioniert (?:\w+ )?nicht"
        r"|geht nicht|lässt sich nicht öffnen|öffnet (?:sich )?nicht|abgelaufen)"
    ),
}
FR = {
    Cue.WRONG_CONTACT: (
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
        r"\b(?:virement|paiement|chèque|règlement|prélèvement|versement)s? (?:a été |est |déjà )?"
        r"(?:fait|effectué|envoyé|émis|passé|parti)e?s?\b"
    ),
    Cue.REQUEST: (
        r"\bc['\u2019]est pour quoi|\bça correspond à quoi|\bà quoi (?:correspond|se rapporte)"
        r"|\bc['\u2019]est quoi (?:cette|ce)|\bde quoi s['\u2019]agit|\bquelle (?:commande"
        r"|livraison|facture) (?:est-ce|c['\u2019]est)|\b(?:lien|pdf|pièce jointe|fichier)\b"
        r"[^.]{0,30}(?:ne (?:marche|fonctionne|s['\u2019]ouvre) pas|expiré|cassé)"
        r"|\benvoye[zr](?:-moi|-nous|-la|-le)? (?:\w+ ){0,3}(?:facture|relevé|devis|duplicata"
        r"|copie)"
    ),
}
ES = {
    Cue.WRONG_CONTACT: (
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
        r"\b(?:dat|dit|die|de facturen|de administratie) (?:doet|regelt|verzorgt|doen|regelen)"
        r" (?:\w+ )?(?:onze|mijn|de|het) (?:boekhouder|accountant|administratie\w*|hoofdkantoor"
        r"|eigenaar|baas)|\bverkeerde? (?:adres|e-?mail\w*|mailadres)\b|\bik ben (?:maar|alleen"
        r"|slechts|gewoon) (?:de|een) (?:kok|ober|serveerster|medewerker|bediende|chauffeur"
        r"|receptionist\w*|stagiair\w*|barman|afwasser|invaller)\b|\b(?:zaak|restaurant|bedrijf"
        r"|hotel|café|winkel|eetcafé|bakkerij|salon|onderneming)\b[^.]{0,20}\b(?:verkocht"
        r"|overgenomen|overgedaan)\b|\bnieuwe (?:eigenaar|eigenaren|eigenaars|uitbater\w*)\b"
        r"|\bprivé-?(?:mail|adres|e-?mail)|\bpersoonlijke? (?:e-?mail|mail)"
        r"|\b(?:stuur|stuurt u|mail|mailt u) (?:\w+ )?naar (?:het|de|onze) (?:hoofdkantoor"
        r"|boekhouder|administratie)\b"
    ),
    Cue.REQUEST: (
        r"\bwaar (?:is|gaat) (?:dit|dat|deze factuur|het) (?:voor|over)|\bwat is dit voor"
        r"|\bwelke (?:bestelling|levering|order) (?:is|was) (?:dit|dat)\b|\bfactuur met (?:\w+ )"
        r"{0,2}(?:btw|kvk|ordernummer|inkoopnummer|referentie)|\b(?:link|pdf|bijlage|bestand)\b"
        r"[^.]{0,30}(?:werkt (?:\w+ )?niet|opent niet|gaat niet open|verlopen)"
    ),
}
IT = {
    Cue.WRONG_CONTACT: (
        r"\bsono (?:solo|solamente|soltanto|semplicemente) (?:il|la|un|una|l['\u2019]) ?(?:cuoc[oa]"
        r"|camerier[ea]|dipendente|commess[oa]|autista|receptionist|barista|aiuto cuoco|chef"
        r"|stagista|lavapiatti)\b|\b(?:attività|ristorante|locale|negozio|bar|albergo|hotel"
        r"|azienda|società|pizzeria|trattoria)\b[^.]{0,20}\b(?:vendut[oa]|cedut[oa]|rilevat[oa])"
        r"\b|\bnuov[io] (?:proprietari[oa]?|gestori?|titolari?)\b|\bnuova (?:gestione|proprietà)"
        r"|\bcambio (?:di )?gestione"
    ),
    Cue.PAID: (
        r"^\s*(?:già )?fatt[oa] (?:il bonifico |il pagamento )?(?:ieri|oggi|stamattina|stamani"
        r"|poco fa|l['\u2019]altro ieri|lunedì|martedì|mercoledì|giovedì|venerdì|sabato)\b"
    ),
    Cue.REQUEST: (
        r"\bdi (?:cosa|che cosa) si tratta|\ba cosa (?:si riferisce|corrisponde)|\bche cos['\u2019]è"
        r" (?:questa|questo)|\bquale (?:ordine|consegna) (?:è|sarebbe)|\b(?:link|pdf|allegato"
        r"|file)\b[^.]{0,30}(?:non funziona|non si apre|scadut)"
    ),
}
