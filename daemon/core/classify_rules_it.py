"""Italian reply vocabulary for `daemon.core.classify`: one regular expression per cue.

One job: the `LEXICON` for Italian. Tense comes from the verb: the passato prossimo ("abbiamo
pagato", "abbiamo fatto il bonifico"), the passive ("il bonifico è stato disposto") and "già
pagato" are done; the futuro ("pagheremo", "faremo il bonifico"), "sarà/verrà pagata", a schedule
("messa in pagamento", "prossima distinta") and the present used for the near future ("paghiamo
il 10", "la pago venerdì") are promises. Word families live in
`daemon.core.classify_rules_it_words`. Data only; `daemon.core.classify_lexicon` searches.
"""

from __future__ import annotations

from daemon.core import classify_rules_eu_casual as casual
from daemon.core import classify_rules_it_words as words
from daemon.core.classify_lexicon import named_lexicon

_UNSUBSCRIBE = words.alt(
    r"\bnon (?:inviate|mandate|scrivete|spedite) più\b",
    r"\bdisiscriv|\bcancellate(?:mi|ci) da",
    # (not English "cancelled by your tutor (I've got her emails)")
    rf"\b(?:cancell(?!ation|ed\b|ing\b)|rimuov|togli|elimin|depenn)\w*\b[^.]{{0,30}}\b{words.LIST}",
    r"\btogliete(?:mi|ci)\b[^.]{0,30}\b(?:sollecit|e-?mail|mail|invii|messaggi"
    r"|comunicazion)",
    # "smettetela di mandarmi solleciti", not "devo smettere di raccontare tutto a tutti"
    r"\bsmett(?:etela|etla|ete|ere|a|ila|iamola) di (?:\w+ )?(?:mand|invi|scriv|sped|sollecit"
    r"|contatt|disturb|tartass|chiam|importun|assill|molest|perseguit|rompe)|\bla smettete|\bbasta (?:con )?(?:le |queste |questi |i |tutte queste |tutti questi )?"
    r"(?:email|e-mail|mail|solleciti|messaggi)",
    r"\bnon (?:mi |ci )?(?:scrivete|scrivetemi|scriveteci|contattatemi|contattateci|inviatemi"
    r"|inviateci|mandatemi|mandateci)\b(?: \w+){0,3}? più",
    r"\bnon (?:\w+ )?(?:scriverci|scrivermi|contattarci|contattarmi|inviarci|mandarci) più",
    r"\bdi non (?:mandar|inviar|spedir|scriver)(?:e|ci|mi) più (?:\w+ )?(?:e-?mail|mail|sollecit\w*"
    r"|messaggi|comunicazion\w*)",
    r"\bnon (?:voglio|vogliamo|desidero|desideriamo) (?:più (?:ricevere|essere contattat)|ricevere"
    r" (?:altre|più|ulteriori))",
    r"\b(?:solo|esclusivamente|soltanto|unicamente) (?:per|via|tramite|a mezzo) (?:posta(?!"
    r" elettronica)|lettera|raccomandata|pec\b)",
    r"\b(?:comunicazion|corrispondenz|notific)\w*\b[^.]{0,60}\b(?:per|via|tramite|a mezzo)"
    r" (?:posta(?! elettronica)|lettera|raccomandata)",
    r"\b(?:nostro|nostra|mio|mia) (?:avvocat\w*|legal[ei]|ufficio legale|studio legale"
    r"|consulente legale)|\bper vie legali|\bmolestie|\bstalking",
)

_DISPUTE = words.alt(
    # a doubt about the bill: "non credo che la fattura sia corretta"
    r"\bnon (?:credo|crediamo|penso|pensiamo|mi sembra|ci sembra|mi pare|ci pare) che (?:\w+ )"
    r"{0,4}?(?:fattura|importo|prezzo|totale|addebito|conteggio|quantità)\w* (?:\w+ ){0,3}?"
    r"(?:sia|siano) (?:corrett|giust|esatt)",
    # part paid, the rest refused: "il resto no perché l'impianto ha fatto un ronzio"
    r"\bil resto,? no\b|\bnon mi sembra giusto pagar",
    # the work was owed under a contract: "doveva rientrare nel contratto di manutenzione"
    r"\b(?:rientra|rientrava|rientrare|coperto|coperta|coperti|compreso|compresa|compresi"
    r"|incluso|inclusa|inclusi) (?:\w+ )?(?:nel|nella|dal|dalla|in) (?:\w+ )?(?:contratto|garanzia"
    r"|canone|abbonamento)\b",
    # "togliete la voce e paghiamo": payment held back until the bill is put right
    r"\b(?:togliete|correggete|stornate|rimuovete|sistemate|rifate|togli|correggi|storna)\b"
    r"[^.]{0,60}\be (?:paghiamo|pagheremo|saldiamo|salderemo|pago|pagherò)\b",
    # asked to put the balance right: "vi prego di correggere il saldo"
    r"\bcorreggere (?:il saldo|l['\u2019]importo|la fattura|il totale|l['\u2019]estratto)",
    # paying the part not contested contests the rest
    r"\b(?:parte|importo|somma|quota|voci) non (?:contestat|controvers|disputat)\w*",
    r"\b(?:è |e )?(?:un )?doppione\b|\bfattura (?:doppia|duplicata)\b",
    r"\bpoi (?:ne )?parliamo (?:di|del|dei) (?:pag|sald)\w*|\bcosì non va\b",
    # a refusal, or payment held back until something is put right
    r"\bnon (?:(?:la |lo |le |li )?(?:paghiamo|pagheremo|saldiamo|salderemo|pago|pagherò|salderò)"
    r"|(?:la|lo|le|li)"
    r" possiamo pagare)\b(?! (?:ancora|oggi|adesso|questo mese|prima del?))",
    r"\bfinché non\b[^.]{0,80}\b(?:pag|sald)\w*|\b(?:la )?fattura (?:è |resta |rimane )?sospesa",
    # the client contests ("contesta integralmente l'addebito"), not the Spanish "contesta" (answers)
    r"\bcontestano\b|\bcontesta (?:integralmente|interamente|totalmente|in toto|l['\u2019]addebito"
    r"|la fattura|l['\u2019]importo)\b|"
    r"\bcontest(?:iamo|ato|ata|ati|ate|azion[ei]|are|ando)\b|\bcontesto (?:la|il|questa"
    r"|l['\u2019])",
    r"\bnon (?:siamo|sono) d['\u2019]accordo|\bdisaccordo|\breclam(?:o|i|iamo)\b(?! (?:al|a la|con la|con il) banc)",
    r"\bnon (?:riconosciamo|riconosco|accettiamo|accetto) (?:la|il|questa|questo|tale|l['\u2019]|le"
    r"|i)\b|\brespingiamo|\brifiutiamo (?:la|il|questa)",
    r"\bnon (?:è|risulta|sono) dovut|\bnon dovut|\bnulla (?:è )?dovuto|\bnon vi dobbiamo",
    rf"\b{words.AMOUNT}\b[^.]{{0,30}}?\b(?:è|sono|sembra|sembrano|risulta|risultano"
    rf"|appare)?\s*{words.WRONG}",
    r"\b(?:errat|sbagliat|scorrett|incorrett)[oaie] (?:l['\u2019])?(?:importo|prezzo|quantità"
    r"|fattura"
    r"|addebito|calcolo|iva|totale)",
    r"\b(?:sbagliat|errat)[oaie] (?:nell['\u2019]importo|nel prezzo|nella quantità|nei prezzi|nel"
    r" totale|nel calcolo|nell['\u2019]iva)|\b(?:la|il) (?:n\.?\s?)?\d+ (?:è|risulta) (?:sbagliat"
    r"|errat)",
    r"\b(?:calcolat|fatturat|conteggiat|addebitat)[oaie] (?:male|in eccesso|in più|erroneamente)"
    r"|\bmal (?:calcolat|fatturat|conteggiat)",
    r"\berrore (?:nella|nel|in|di) (?:fattura|fatturazione|importo|prezzo|calcolo|quantità)"
    r"|\bc['\u2019]è un errore",
    r"\bnon (?:corrisponde|corrispondono|coincide|coincidono|torna|tornano)\b(?! (?:a|al) (?:mio"
    r"|mia|nostro|nostra) (?:ufficio|competenza|reparto))",
    r"\bnon (?:è|sono) conform|\bnon conform|\bdifform",
    r"\b(?:fatturat|addebitat|conteggiat)[oaie] (?:due volte|doppi[oa]|in doppio|erroneamente"
    r"|per errore|in eccesso|in più)|\bnon (?:tiene|tengono|avete tenuto) conto|\b(?:fatturat"
    r"|addebitat|conteggiat"
    r"|fattura)\w*\b[^.]{0,40}\b(?:invece di|anziché|mentre erano)\b"
    r"|\bdoppi[oa] (?:fattura|fatturazione|addebito)"
    # a duplicate billed ("addebito duplicato", "è un duplicato"), not a copy asked for ("un
    # duplicato della fattura", French "un duplicata")
    r"|(?<!\bun )(?<!\bin )\bduplicat(?!(?:[oa]|i|e)? (?:della|de|delle|dei|di|du|en))|\bè un duplicato\b",
    rf"\b(?:non|mai) (?:abbiamo |ho |ci è |ci sono )?(?:ancora )?(?:mai )?(?:ricevut|vist"
    rf"|arrivat|pervenut)[oaie]? (?:\w+ ){{0,2}}?{words.GOODS}",
    rf"\b{words.GOODS}\b[^.]{{0,40}}?\b(?:non|mai)\b(?: ci| è| sono| mai| ancora"
    r"| stat[oaie]){0,4}"
    r" (?:arrivat|consegnat|ricevut|eseguit|completat|effettuat|fornit|installat|terminat|svolt"
    r"|fatt|pervenut|funzion)",
    r"\bdanneggiat|\bdifettos|(?<!\bsi è )(?<!\bsi sono )\b(?:guast|rott|ammaccat|bagnat|rovinat)[oaie]\b|\bnon funzion"
    r"|\bin garanzia|\bsotto garanzia|\bscarsa qualità|\bqualità scadente",
    rf"\b{words.GOODS}\b[^.]{{0,30}}\b(?:scadut|sbagliat|diversa|divers[oi]|incomplet)",
    r"\bincomplet|\b(?:pezzi|articoli|colli|prodotti|merce|unità|cartoni|componenti) mancant"
    r"|\bmancano (?:\w+ ){0,2}?(?:pezzi|articoli|colli|prodotti|unità|cartoni|componenti)",
    r"\b(?:non|mai) (?:l['\u2019]|li |le |lo |la )?(?:abbiamo |ho )?(?:mai )?(?:ordinat|richiest"
    r"|autorizzat|commissionat|accettat|firmat)[oaie]\b",
    r"\bnon (?:è|sono) (?:un |il |i )?nostr[oaie]\b|\bnon (?:era|erano|è|sono) (?:quell[oaie]"
    r"|ciò|quanto) che (?:abbiamo|avevamo) (?:ordinato|richiesto|concordato)",
    rf"\b(?:abbiamo|ho) (?:già )?(?:reso|restituito|rispedito|rimandato indietro) (?:\w+ ){{0,2}}?"
    rf"{words.GOODS}|\b{words.GOODS}\b[^.]{{0,20}}(?:è|sono) stat[oaie] (?:res[oaie]|restituit)",
    r"\b(?:abbiamo|ho) (?:già )?(?:annullato|disdetto|cancellato) (?:\w+ ){0,2}?(?:ordine|contratto"
    r"|servizio|abbonamento|prenotazione|evento|intervento|ordinativo)",
    r"\bgià (?:stat[oaie] )?(?:rimborsat|restituit|annullat|stornat)|\bnota di (?:credito"
    r"|accredito)",
    # "va annullata e riemessa a nome del condominio": the invoice withdrawn, not resent
    r"\b(?:va|vanno|deve essere|devono essere|dev['\u2019]essere) (?:annullat|stornat|ritirat)[aei]\b",
    r"\bnon (?:pagheremo|pagherò|pagherà|salderemo|intendiamo pagare|intendo pagare|paghiamo"
    r"|procederemo)"
    r"\b[^.]{0,40}?\b(?:finché|fino a (?:quando|che|ricezione|ricevimento|risoluzione|chiarimento)"
    r"|fino al (?:ricevimento|chiarimento)|prima (?:di|che)|questa fattura|la fattura|una fattura"
    r"|tale|nulla|niente|per (?:un|una|dei|delle|il|la|lavori|merce))",
    rf"\b(?:il resto|resto) (?:della|del|dei|delle) {words.GOODS}"
    rf"|\b{words.GOODS}\b (?:che )?(?:manca|mancano"
    r"|ancora da consegnare)\b",
    r"\bci rifiutiamo di|\bmi rifiuto di|\bsospes[oa] il pagamento|\bsospendiamo (?:il )?pagamento"
    r"|\bpagamento (?:sospeso|bloccato)|\bbloccato il pagamento|\btratteniamo|\bnon intendiamo"
    r" (?:pagare|saldare|procedere)",
    r"\bsconto\b[^.]{0,30}\bnon (?:è stato |sono stati |avete )?(?:applicat|considerat|calcolat)"
    r"|\bnon (?:avete|è stato) (?:applicat|considerat)[oa] (?:lo |il )?(?:sconto|prezzo|listino)",
)

_PLAN = words.alt(
    r"\bsospend\w* (?:i |il |tutti i )?pagament|\bsospensione dei pagamenti",
    r"\brateizz|\brateal|\bpiano di (?:pagamento|rientro|ammortamento|rateizzazione)",
    r"\b(?:pagar\w*|pagamento|saldar\w*|dividere|suddivider\w*)\b[^.]{0,20}\b(?:a|in) (?:\w+ )?"
    r"(?:rate|tranche|tranches|parti|soluzioni|mensilità|acconti)\b",
    r"\bin (?:due|tre|quattro|cinque|sei|dieci|dodici|\d+|più|varie|alcune) (?:rate|tranche"
    r"|tranches|parti|soluzioni|mensilità|versamenti|bonifici)\b",
    r"\bdilazion|\bproroga|\bprorogare|\bposticip|\bslitta|\b(?:rinvi|rimand)\w* (?:il |del )?"
    r"pagamento|\b(?:rinviare|spostare) (?:la )?scadenza",
    r"\bpiù tempo|\bun po['\u2019] di tempo|\bqualche (?:giorno|settimana|mese) (?:in più|ancora|di"
    r" tempo)|\bancora (?:qualche|un paio di|\w+) (?:giorn[oi]|settiman[ae]|mes[ei])\b"
    r"|\bun (?:altro )?"
    r"paio di (?:settimane|mesi) (?:in più|ancora|di tempo)",
    r"\bmetà (?:adesso|ora|subito|oggi|questo mese|entro|a|il)\b|\buna parte (?:adesso|ora"
    r"|subito|oggi|questo mese|entro)|\bl['\u2019]altra metà\b"
    # (not "per tutto il resto a info@…", where mail about anything else goes)
    r"|(?<!\btutto )\bil (?:resto|restante|rimanente|residuo) (?:a|il|entro"
    r"|nel|al|con|tra|fra|più avanti|appena)\b(?!\s*[\w.+-]+@)",
    r"\b(?:\d[\d.,]*\s?(?:€|euro|eur)|€\s?\d[\d.,]*) (?:al|ogni|a|per) (?:mese|settimana)\b"
    r"|\bmensilmente|\bogni mese fino",
    r"\bpagament[oi] parzial|(?<!ritenuta d')(?<!ritenuta d\u2019)(?<!ritenute d')\bacconto|\bparte dell['\u2019]importo|\bsaldo e stralcio|\bstralcio"
    r"|\b(?:uno|un piccolo|qualche) sconto|\buna riduzione|\bridurre (?:l['\u2019])?importo"
    r"|\b(?:come|a) saldo (?:totale|definitivo)",
    r"\bdifficoltà (?:economic\w+|finanziari\w+|di cassa|di liquidità|momentane\w+)|\b(?:siamo"
    r"|sono) in difficoltà|\bproblemi (?:di liquidità|di cassa|economici|finanziari)|\b(?:carenza"
    r"|mancanza) di liquidità|\bcrisi (?:di liquidità|economica|aziendale)",
    r"\bperiodo (?:difficile|duro|complicato|nero|critico|delicato|pesante)|\bmomento (?:difficile"
    r"|duro|complicato|critico|delicato)|\bconcordato preventivo",
    r"\bnon (?:possiamo|posso|riusciamo a|riesco a|siamo in grado di|sono in grado di|riusciremo a"
    r"|potremo|riesco)\b(?: \w+){0,2}? (?:pagar|saldar|far fronte|onorar)\w*(?: \w+){0,3}?"
    r" (?:tutto|intero|intera|l['\u2019]intero|totale|in un['\u2019]unica soluzione"
    r"|in una sola volta|subito"
    r"|ora|adesso|al momento|per ora|questo mese|questa settimana|a breve|entro|nei tempi|alla"
    r" scadenza)",
)

_REQUEST = words.alt(
    # the invoice sent back to us: "potete rimandarcela con quel numero?"
    r"\b(?:rimandar|reinviar|rinviar|rispedir|riemetter|rifar)(?:ce|me|ci|mi)?l[aei]\b",
    rf"\b{words.ASK}\b[^.?!]{{0,40}}?\b{words.DOC}|\bmanca(?:no)? (?:il |la |l['\u2019]|i "
    rf"|le )?{words.DOC}",
    # "mi chiede il nome e l'indirizzo della vostra banca": the bank details asked for
    r"\b(?:nome|indirizzo|dati|coordinate|codice swift|bic)\b[^.?!]{0,30}\bdella vostra banca\b",
    r"\b(?:mi|ci|me|ce) (?:la|lo|le|li) (?:potete|potreste|può|potrebbe|puoi) (?:rimandare|inviare"
    r"|reinviare|mandare|rinviare|girare|inoltrare|trasmettere)",
    r"\b(?:non|mai) (?:abbiamo |ho )?(?:ancora )?(?:mai )?(?:ricevut|trovat|vist)[oaie]?"
    r" (?:\w+ ){0,2}?(?:fattura|copia|documento|fatture)",
    r"\bnon (?:la |le |lo )?(?:trovo|troviamo)(?: più)?\s*$|\bnon (?:la |le |lo )?(?:trovo"
    r"|troviamo|riesco a trovare|riusciamo a trovare) (?:(?:più )?(?:la |questa |tale )?fattur"
    r"|più|da nessuna parte|nel sistema|nei nostri)",
    r"\bnon (?:ci |mi )?risulta (?:mai )?(?:pervenut|arrivat|ricevut|caricat|presente)|\bla"
    r" fattura non (?:ci |mi )?(?:è|risulta) (?:mai )?(?:arrivat|pervenut|stat[oa] ricevut)",
    r"\bnon (?:abbiamo|ho) (?:traccia|evidenza) (?:della|di questa|di tale) fattura",
    r"\bsdi\b|\bsistema di interscambio|\bcassetto fiscale|\bcodice (?:destinatario|univoco)"
    r"|\bfattura elettronica|\bformato elettronico|\bin formato xml",
    rf"\bqual è (?:il vostro |il |l{words.AP})?(?:iban|conto|numero di conto)|\bsu quale conto"
    r"|\ba quale (?:iban|conto)",
    r"\bfattura (?:corretta|rettificata|aggiornata|nuova|corretta)|\bnuova fattura|\bportale"
    r" (?:fornitori|acquisti)|\btramite (?:il )?(?:nostro )?portale",
    r"\b(?:senza|in mancanza (?:del|di)) (?:il |un |l['\u2019])?(?:numero (?:d['\u2019]|di )ordine"
    r"|ordine di"
    r" acquisto|cig|ddt|codice destinatario)",
)

_WRONG_CONTACT = words.alt(
    r"\b(?:sbagliato|sbagliate) (?:indirizzo|destinatario|persona|azienda)\b|\bindirizzo sbagliato"
    r"|\bnon (?:ho|abbiamo) mai (?:usato|utilizzato|acquistato|ordinato)\b",
    r"\bnon (?:sono|è) più (?:l['\u2019])?(?:amministrator|responsabil|titolar|referent|incaricat)\w*"
    r"|\bnon (?:mi occupo|ho (?:alcun )?titolo per occuparmi) (?:più )?(?:dei|delle|di) (?:\w+ )?"
    r"(?:pagamenti|fatture|conti)",
    rf"\bnon (?:mi occupo|ci occupiamo|me ne occupo|seguo|gestisco) (?:io )?(?:dei |delle |della"
    rf" |del |di |i |le |la |il |l['\u2019])?(?:{words.JOB}|questo|questa|queste)",
    r"\bnon (?:sono (?:io )?(?:la persona|il referente|la referente|l['\u2019]addett[oa]|il"
    r" responsabile|la responsabile|competente|incaricat)|è (?:di )?(?:mia|nostra) competenza"
    r"|è il mio (?:ufficio|reparto|settore))",
    r"\bnon sono io (?:a |che )?(?:occuparmi|mi occupo|gestisco|seguo)|\bpersona sbagliata"
    r"|\b(?:contatto|indirizzo|destinatario|referente|interlocutore) (?:sbagliat|errat|non"
    r" corrett)|\bavete sbagliato (?:persona|indirizzo|destinatario|azienda|società|cliente)",
    r"\bnon (?:lavoro|lavora|lavorano) più|\bnon (?:faccio|fa) più parte|\bnon (?:sono|è) più"
    r" (?:in azienda|responsabile|il referente|la referente|in questo ufficio|presso|con noi"
    r"|dipendente|in servizio)",
    r"\bha lasciato (?:l['\u2019]azienda|la società|l['\u2019]ufficio|il suo incarico)"
    r"|\bho lasciato"
    r" (?:l['\u2019]azienda|la società|l['\u2019]ufficio)|\b(?:è|sono) (?:andat[oa] )?in pensione"
    r"|\bha cambiato (?:lavoro|azienda|ufficio|mansione)",
    rf"\b(?:chi|che) se ne occupa|\b(?:è|sarà) (?:lei|lui|[a-z]+) (?:a occuparsi|che si occupa)"
    rf"|\b(?:si occupa|gestisce|segue) (?:lei |lui )?(?:dei |delle |della |del )?{words.JOB}",
    r"\bnon (?:siamo|sono|è) (?:un |una |vostr[oi] |vostra )?client|\bnon (?:abbiamo|ho) (?:mai )?"
    r"(?:avuto )?(?:alcun |nessun )?rapport|\bnon conosciamo (?:la vostra|questa) (?:azienda"
    r"|società)",
    r"\bse ne occupa (?:la|il|l['\u2019]|lo|mia|mio|[a-z]+ (?:collega|ufficio))",
)

_REDIRECT = words.alt(
    # "lo giro all'amministrazione" passes it on: a new contact only with an address beside it
    r"\b(?:giro|inoltro|passo|giriamo|inoltriamo)\b[^.]{0,30}\b(?:a lei|a lui|alla collega|al"
    r" collega|all['\u2019]ufficio|all['\u2019]amministrazione|ai colleghi)",
    r"\b(?:scriv|contatt|rivolg|indirizz|invi|mand|inoltr|gir|utilizz|us)\w*\b[^.]{0,60}"
    r"(?:@|amministrazione|contabilità|ufficio (?:acquisti|amministrativo|contabilità|pagamenti)"
    r"|collega|responsabile)",
    r"\bnuovo indirizzo|\bmetto in copia|\bin copia\b|\bcc\b|\bd['\u2019]ora in (?:poi|avanti)|\bda"
    r" ora in poi|\bin futuro",
)

_PAID = words.alt(
    # a public body's payment order sent to its treasurer: "trasmesso all'istituto cassiere il
    # mandato di pagamento n. 412"
    r"\b(?:trasmess[oa]|emess[oa]|inviat[oa]|firmat[oa])\b[^.]{0,60}\bmandato di pagamento\b"
    r"|\bmandato di pagamento\b[^.]{0,40}\b(?:è stato|è|risulta) (?:\w+ )?(?:trasmesso|emesso"
    r"|inviato|firmato)\b",
    rf"\b(?:abbiamo|ho|ha|hanno|avevamo|avevo|aveva|aver|avere|avendo)\b[^.]{{0,25}}?\b"
    rf"{words.PAID_PART}\b",
    r"\b(?:abbiamo|ho|ha|hanno|avevamo|avevo|aver|avere"
    rf"|avendo)\b[^.]{{0,20}}?\b{words.DONE_PART}\b(?: \w+){{0,3}}?"
    rf" {words.PAYMENT}\b",
    r"\b(?:abbiamo|ho|ha|hanno|è stato) (?:già )?(?:provveduto|proceduto) (?:al|a|con)"
    r" (?:pagamento|saldo|bonifico|pagare|saldare|versamento)",
    rf"\b{words.MONEY}\b[^.]{{0,30}}?\b(?:è|sono|risulta|risultano)(?: già| stat[oaie]"
    r"| regolarmente"
    rf"| correttamente| interamente){{0,3}} {words.PAID_PART}\b",
    rf"\b{words.PAYMENT}\b[^.]{{0,30}}?\b(?:è|sono|risulta)(?: già| stat[oaie]"
    r"| regolarmente){0,3}"
    rf" (?:{words.DONE_PART}|partit[oi])\b",
    rf"\b(?:è|sono) (?:già )?(?:stat[oaie] )?(?:{words.DONE_PART}"
    rf"|partit[oi]) (?:\w+ ){{0,2}}?{words.PAYMENT}",
    r"\b(?:è|sono|risulta|risultano) (?:già |stat[oaie] |regolarmente "
    rf"|interamente )*{words.PAID_PART}",
    rf"\bgià (?:stat[oaie] )?(?:{words.PAID_PART}|provvedut[oi]|fatto|disposto)",
    rf"\b{words.PAYMENT} (?:già )?(?:{words.DONE_PART}|{words.PAID_PART})\b"
    rf"|^\s*(?:già )?{words.PAID_PART}\b",
    rf"^\s*(?:già )?{words.DONE_PART} (?:\w+ ){{0,2}}?{words.PAYMENT}\b",
    rf"\b{words.PAYMENT}\b[^.]{{0,30}}?\b(?:abbiamo|ho|hanno) (?:già )?{words.DONE_PART}\b",
    r"\b(?:in allegato|allego|alleghiamo|vi allego|vi alleghiamo|trasmettiamo|vi inviamo|invio|vi"
    r" inoltro|inoltriamo)\b[^.]{0,30}\b(?:contabile|ricevuta|quietanza|attestazione|copia del"
    r" bonifico|distinta)",
    r"\bavvenut[oa] (?:pagamento|bonifico|saldo|accredito|versamento)|\b(?:pagamento|bonifico"
    r"|saldo|accredito) (?:è )?avvenut",
    r"\bcontabile (?:del |di )?(?:bonifico|pagamento|bancaria)|\bavviso di (?:pagamento|bonifico)"
    r"|\bricevuta (?:di|del) (?:pagamento|bonifico|versamento)|\b(?:cro|trn)\b",
    r"\b(?:avete|ha) già (?:incassat|addebitat|prelevat|riscoss)|\b(?:pagammo|saldammo|pagai"
    r"|saldai)\b",
)

_PROMISE = words.alt(
    r"\b(?:inserit|mess|programmat|pianificat|previst)[ao]\b[^.]{0,40}\b(?:scadenziario|distinta"
    r"|giro (?:pagamenti|bonifici)|pagamento (?:del|il|al))\b",
    r"\b(?:fa|farà|faremo|facciamo|fanno|faccio) (?:il |un |lo )?(?:bonifico|pagamento|versamento)\b",
    r"\b(?:il bonifico|il pagamento|il versamento) (?:lo|la) (?:facciamo|faccio|faremo|farò"
    r"|disponiamo|mandiamo|mando)\b",
    r"\bverr(?:à|anno) (?:saldat|pagat|liquidat|bonificat|versat)\w*",
    rf"\b{words.PAY_FUT}\b",
    rf"\b{words.DO_FUT}\b[^.]{{0,25}}?\b{words.PAYMENT}\b",
    rf"\b{words.MONEY}\b[^.]{{0,30}}?\b(?:{words.DO_FUT}|(?:sarà|saranno|verrà"
    r"|verranno) (?:\w+ ){0,2}?"
    rf"(?:{words.PAID_PART}|{words.DONE_PART}|mess[oa] in pagamento))\b",
    rf"\b(?:sarà|saranno|verrà|verranno) (?:\w+ ){{0,2}}?(?:{words.PAID_PART}|{words.DONE_PART}"
    r"|mess[oa] in"
    r" pagamento)",
    rf"\b{words.PAY_PRESENT}\b",
    words.CLITIC_PRESENT,
    r"\b(?:stiamo per|sto per|contiamo di|conto di|prevediamo di|prevedo di|intendiamo|intendo"
    r"|pensiamo di|penso di|cercheremo di|cercherò di|ci impegniamo a|mi impegno a|riusciremo a"
    r"|riuscirò a|dovremmo riuscire a|dovrei riuscire a|speriamo di|spero di|abbiamo intenzione di"
    r"|ho intenzione di|è nostra intenzione"
    rf"|in programma di)\b[^.]{{0,30}}?\b(?:{words.PAY_INF}|effettuare|fare (?:il|un) (?:bonifico"
    r"|pagamento)|disporre|procedere|provvedere)",
    r"\b(?:programmat|pianificat|previst|calendarizzat|schedulat|inserit)[oaie] (?:\w+ ){0,2}?"
    r"(?:per (?:il|la|lo|l['\u2019]|\d|fine|inizio|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì])|nella"
    r" (?:prossima|distinta)|alla scadenza|con (?:la|il) prossim)",
    rf"\b{words.PAYMENT}\b[^.]{{0,20}}\b(?:programmat|pianificat|previst|calendarizzat"
    r"|schedulat)[oaie]\b",
    r"\b(?:mess[oa]|inserit[oa]) in (?:pagamento|distinta)|\bin pagamento (?:il|con|alla|nella"
    r"|entro|a fine)|\bin distinta|\b(?:approvat|autorizzat)[oaie] (?:per il|al) pagamento",
    r"\bprossim[oaie] (?:ciclo|pagament\w*|distinta|giro|tornata|lotto|data di pagamento"
    r"|bonifici)|\bcon (?:la|il) (?:prossim[oa]|primo|prima) (?:distinta|giro|pagament\w*"
    r"|bonific\w*)|\bpagamento fornitori del",
    # "lunedì parte il bonifico"
    r"\bpart(?:e|ono) (?:il|lo|la|i) (?:bonific|pagament|versament)\w*"
    r"|\b(?:bonifico|pagamento|versamento) parte\b",
    r"\b(?<!come )promess[oa]\b|\bprometto|\bpromettiamo|\bsenza fallo|\bsenz['\u2019]altro"
    r"|\bvi assicuro|\bti assicuro|\bal più tardi",
)

_SUSPECT = words.alt(
    # new bank details announced by mail: a person verifies them (payment-redirection fraud)
    r"\bnuov[oa] (?:iban|conto corrente|coordinate bancarie)|\bcoordinate bancarie (?:sono )?"
    r"(?:cambiate|variate)|(?<!\babbiamo )(?<!\bho )\bcambiato banca",
    r"\bphishing|\btentativo di (?:frode|truffa)|\b(?:e-mail|email|mail|messaggio) (?:fraudolent[oa]"
    r"|fals[oa]|sospett[oa]|truffa)|\bsedicente|\bpresunt[oa] (?:e-?mail|mail|messaggio)"
    r"|\bsostituzione di persona",
    r"(?:\bè |\be['\u2019] ?)(?:davvero |veramente )?(?:autentic[oa]|legittim[oa]|vostr[oa])\b"
    r"(?! [a-zàèéìòù])",
)
_ABSENT = words.alt(
    r"\blavoro (?:solo |soltanto |solamente )?(?:il |i )?(?:lunedì|martedì|mercoledì|giovedì"
    r"|venerdì|part[- ]time)|\bleggo (?:la )?(?:posta|mail|e-?mail) solo\b",
    r"\bfuori (?:ufficio|sede)|\b(?:sono|sarò|saremo|è) (?:attualmente |momentaneamente )?"
    r"(?:assente|fuori|in ferie|in vacanza|in malattia|in maternità|in congedo|in trasferta)",
    r"\bassente|\bin ferie|\bin vacanza|\brientrerò|\brientro (?:in ufficio|il|luned[iì]|marted[iì]"
    r"|mercoled[iì]|gioved[iì]|venerd[iì])|\bal mio rientro|\bsarò di nuovo|\bsarò nuovamente",
    r"\brisposta automatica|\bmessaggio automatico|\baccesso limitato|\bin trasferta|\bin congedo"
    r"|\bnon (?:sarò|potrò) (?:raggiungibile|in ufficio|leggere|rispondere)",
)

_TICKET = words.alt(
    r"\babbiamo ricevuto (?:la|il) (?:sua|tua|vostra|suo|tuo|vostro) (?:e-?mail|mail|richiesta"
    r"|segnalazione|messaggio)",
    r"\b(?:la sua|la vostra|la tua) (?:richiesta|segnalazione) (?:è stata|è) (?:presa in carico"
    r"|registrat|ricevut)|\bnumero (?:di )?(?:ticket|pratica|segnalazione)",
    r"\bmessaggio (?:generato )?automatic|\bnon rispondere a questa|\bvi risponderemo (?:al più"
    r" presto|quanto prima|a breve)",
)

_GONE = words.alt(
    r"\b(?:casella|indirizzo|account|mail)\b[^.]{0,40}\bnon (?:è più|viene più) (?:attiv"
    r"|in uso|monitorat|utilizzat|presidiat|lett|consultat|controllat|gestit)",
    r"\bnon lavora più|\bnon fa più parte|\bha lasciato (?:l['\u2019]azienda|la società)"
    r"|\bcasella (?:dismessa|disattivata|non presidiata)",
)

LEXICON = named_lexicon("it", words, vars(), casual.IT)
