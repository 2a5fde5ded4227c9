"""French reply vocabulary for `daemon.core.classify`: one regular expression per cue.

One job: the `LEXICON` for French (France, Belgium, Switzerland, Quebec). Tense is read from the
verb: "avons réglé", "a été viré", "Payé" are done; "allons régler", "réglerons" (futur simple),
"sera mise en paiement", "partira le 10" and a present with a date ("on vous règle vendredi") are
promises. A phrase that carries its own "ne ... pas" starts at the "ne" (`_NE`): the searcher
cancels a cue only for a negation *before* it. Data only; `daemon.core.classify_lexicon` does
the searching.
"""

from __future__ import annotations

from daemon.core import classify_rules_eu_casual as casual
from daemon.core.classify_lexicon import Cue, Lexicon

_NEG = r"\b(?:ne|pas|jamais|aucun|aucune|sans(?! doute| faute)|ni|non|toujours pas)\b|\bn['\u2019]"
_COND = (
    r"\b(?:si|s['\u2019]il|s['\u2019]ils|dès que|lorsque|quand|une fois que|à condition"
    r"|sous réserve|au cas où|pour autant que)\b"
)
# Futur simple and conditionnel end in -r + ending ("réglera", "partira", "devrait").
_FUTURE = (
    r"\b(?:allons|vais|va|vont|allez|sera|seront|pourrons|pourrions|pourriez|devrons|devrions"
    r"|souhaitons|voudrions|prévoyons|comptons|demain|prochain\w*|ira|iront)\b"
    r"|\b\w{2,}r(?:ai|a|ons|ez|ont|ais|ait|ions|iez|aient)\b|\?"
)
# "ne" / "n'" and up to two words before "pas", "jamais", "plus": "n'avons jamais", "ne l'a pas".
_NE = r"(?:\b(?:ne\s|n['\u2019])(?:\w+['\u2019]?\s?){0,2}?)?"
_APOS = r"['\u2019]"
_PAID_STRONG = (
    r"(?:payée?s?|réglée?s?|virée?s?|soldée?s?|versée?s?|acquittée?s?|honorée?s?"
    r"|prélevée?s?|débitée?s?|ordonnancée?s?|mandatée?s?)"
)
_PAID_WEAK = (
    r"(?:effectuée?s?|envoyée?s?|émise?s?|expédiée?s?|transférée?s?|lancée?s?|exécutée?s?"
    r"|postée?s?|passée?s?|ordonnée?s?|fait|faite|procédé|adressée?s?|remise?s?|partie?s?)"
)
_MONEY = (
    r"(?:paiement|virement|règlement|chèque|montant|somme|solde|fonds|versement|prélèvement"
    r"|ordre de virement|transfert)"
)
_PAY_INF = (
    r"(?:payer|régler|virer|effectuer|envoyer|émettre|solder|verser|transférer|procéder"
    r"|lancer|honorer|acquitter|faire (?:le|un|votre) (?:virement|paiement|règlement|chèque)"
    r"|mettre en paiement|passer (?:le|la|en) (?:paiement|virement))"
)
_PAY_FUT = (
    r"(?:paier|payer|réglé?er|virer|effectuer|enverr|verser|solder|procéder|lancer|honorer"
    r"|acquitter|transférer|fer)(?:ons|ai|a|ont)"
)
_WHEN = (
    r"(?:demain|aujourd['\u2019]hui|ce (?:soir|matin|jour)|cette semaine|la semaine prochaine"
    r"|d['\u2019]ici|avant le|au plus tard|le \d|lundi|mardi|mercredi|jeudi|vendredi|samedi"
    r"|fin (?:du |de )?mois|en fin de|début|sous \d+|dans (?:les|\d+)|dès (?:que|réception)"
    r"|en (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre"
    r"|décembre)|semaine \d"
    # a break the sender's office takes: "après les fêtes", "après l'inventaire"
    r"|après (?:les |le |la |l['\u2019])?(?:fêtes|vacances|congés|nouvel an|noël|inventaire"
    r"|clôture|réveillon))"
)
_GOODS = (
    r"(?:marchandises?|articles?|commandes?|livraisons?|colis|produits?|matériels?|pièces?"
    r"|prestations?|services?|travaux|intervention|palettes?|cartons?|fournitures?"
    r"|équipements?|machines?|appareils?)"
)
_DOC = (
    r"(?:copie|duplicata|factures?|relevé(?: de compte)?|état (?:de|des) comptes?|numéro (?:de (?:bon de )?commande"
    r"|d['\u2019]engagement|de tva|siret|de dossier)|bon de commande|coordonnées bancaires|rib"
    r"|iban|bic|bon de livraison|justificatif|attestation|formulaire|détail|pdf|avoir"
    r"|bon d['\u2019]intervention|rapport d['\u2019]intervention|rapport du technicien"
    r"|pv de réception|procès-verbal"
    r"|kbis|référence (?:de commande|interne)|centre de coût|numéro de commande)"
)

LEXICON = Lexicon(
    language="fr",
    negation=_NEG,
    condition=_COND,
    future=_FUTURE,
    cues={
        Cue.UNSUBSCRIBE: (
            r"\bretir(?:er|ez|e) (?:\w+ ){0,3}?(?:de|des) vos (?:envois|listes|fichiers|relances)|"
            r"\bne plus (?:m['\u2019]|nous |me )?(?:adresser|envoyer|écrire|transmettre) (?:de |d['\u2019])?"
            r"(?:courriels|mails|e-mails|messages|relances)|"
            r"\bcesser (?:immédiatement |dès à présent |désormais )?(?:tout |tous |toutes? |les |vos |d['\u2019]|de (?:m['\u2019]|me |nous ))?(?:envois?|envoyer|relances?|relancer|courriels"
            r"|e-?mails|mails|écrire)|\bne (?:m['\u2019]|nous )?(?:écrire|contacter|relancer) que par"
            r" (?:courrier|voie postale|la poste|lettre|écrit)|"
            r"\bdésabonn|\bdésinscri|\bretir\w* (?:mon |notre |cette |l['\u2019])?adresse\b[^.?]{0,30}"
            r"\b(?:de (?:votre|vos|la) (?:liste|fichier|base|diffusion)|du fichier)|\bne (?:plus|pas) (?:me |nous |m['\u2019])?(?:contacter|écrire"
            r"|envoyer|relancer(?! pour (?:ce|cette|cet)\b)|solliciter|importuner|harceler)|\b(?:cessez|arr[êe]tez|merci d"
            r"['\u2019]arr[êe]ter|veuillez cesser)\b|\bplus (?:de|d['\u2019]) ?(?:e-?mails?"
            r"|courriels?|relances?|messages?|rappels?)\b|\b(?:uniquement|seulement|exclusivement)"
            r" par (?:courrier|voie postale|la poste|lettre|écrit)|\bpar (?:voie postale|courrier"
            r" postal) uniquement|\bnotre (?:avocat|conseil(?! (?:d['\u2019]|de |municipal|communautaire|syndical"
            r"|départemental|régional|général))|service juridique|juriste|huissier)"
            r"|\bne (?:m['\u2019]|nous )?(?:écrivez|contactez|relancez|envoyez) plus\b"
            r"|\bne (?:lirai|lirons|lis|lisons) plus (?:vos|tes|aucun)"
            r"|\bne (?:répondrai|répondrons) plus (?:à |aux )?(?:vos |tes )?(?:courriels|e-?mails|mails|messages|relances)"
            # "toute correspondance devra m'être adressée par lettre recommandée": post only
            r"|\btoute (?:correspondance|communication)\b[^.?!]{0,60}\bpar (?:lettre|courrier|voie postale|la poste)"
            r"|\bje bloque (?:l['\u2019]adresse|votre adresse|vos (?:mails|courriels|messages))"
            r"|\b(?:mon|son) avocat|\b(?:retirez|supprimez|enlevez|effacez)[- ](?:moi|nous|mon"
            r" adresse|notre adresse)|\bliste de diffusion|\bharcèlement|" + _NE + r"(?:souhait"
            r"|veu|voul|dési)\w* plus (?:recevoir|être (?:contacté|relancé|sollicité)|(?:de |d['\u2019])"
            r"(?:e-?mails?|courriels?|relances?|messages?|rappels?))"
        ),
        Cue.DISPUTE: (
            # a doubt about the bill: "je ne pense pas que la facture soit correcte"
            r"\bne (?:pense|pensons|crois|croyons) pas que (?:\w+ ){0,4}?(?:facture|montant|prix"
            r"|total|facturation|quantité)s? (?:\w+ ){0,3}?(?:soit|soient|est|sont) (?:correct|juste"
            r"|exact|bon)|"
            # part paid, the rest refused: "le reste, non : la sono n'a pas marché"
            r"\ble reste,? non\b|"
            # the work was owed under a contract: "cela devait être couvert par le contrat"
            r"\b(?:couvert|couverte|couverts|couvertes|inclus|incluse|compris|comprise|prise? en"
            r" charge) (?:\w+ )?(?:par|dans) (?:le |la |notre |votre |l['\u2019])?(?:contrat"
            r"|garantie|forfait|abonnement)\b|"
            # a bill refused as it stands: "je ne peux pas valider cette facture en l'état"
            r"\b(?:ne |n['\u2019])(?:peux|pouvons|pourrons) pas (?:valider|accepter|régler) (?:cette|la"
            r"|votre) facture|"
            # "pas question de payer" (not paid for a fault: daemon.core.classify_withheld)
            r"\bpas question de (?:payer|régler)\b|"
            # a payment held back: "nous ne procéderons pas au règlement tant que …"
            r"\bne (?:procéderons|procéderai|procédera) (?:donc )?(?:pas|à aucun) (?:au |à )?(?:règlement"
            r"|paiement|virement)\b(?! (?:avant|d['\u2019]ici|dès|le \d))|"
            # a refusal, with or without "ne": "on ne le réglera pas", "je paierai rien"
            r"\b(?:je|on|nous) (?:ne |n['\u2019])?(?:le |la |les |l['\u2019])?(?:paierai|payerai"
            r"|réglerai|paiera|payera|réglera|paierons|payerons|réglerons) (?:\w+ )?(?:pas|rien"
            r"|jamais)\b(?! (?:avant|tant que|encore|maintenant|aujourd|cette semaine|ce mois))|"
            # "personne n'est venu": the work billed was never done
            r"\bpersonne n['\u2019]est (?:jamais )?(?:venu|passé)e?s?\b|"
            # paying the part not contested contests the rest
            r"\b(?:partie|montant|somme|part|lignes?)s? non (?:contesté|litigieu|disputé)\w*|"
            # a refusal, a payment held back, the counterfactual "we would have paid if ..."
            r"\bne (?:la |le |les |l['\u2019])?(?:réglerons|règlerons|paierons|payerons|payons"
            r"|réglons|verserons) (?:donc |plus |rien |pas )*(?:pas|rien|plus)\b"
            r"|\bnous aurions (?:volontiers |bien )?(?:payé|réglé)\b[^.]{0,40}\bsi\b"
            r"|\btant que\b[^.]{0,60}\b(?:ne|n['\u2019])\b[^.]{0,40}\b(?:réglerons|règlerons|paierons"
            r"|payerons|réglons|payons)\b|"
            # (not a Spanish "perdonad que conteste tan tarde": a French subject comes between)
            r"(?<!\bque )\bcontest(?:e|es|ent|ons|ez|er|é|ée|és|ées|ation|ations|able|ables)\b|\blitige|\blitigieu|\bdésaccord|\bréclamation|\berron|\bincorrect|\bfaux\b"
            r"|\bfausse\b(?! (?:relance|facture|demande|alerte|manœuvre|piste|joie|bonne))|(?<!\bpar )(?<!\bsauf )\berreur(?! d['\u2019](?:adresse|aiguillage|envoi|destinataire|affichage|impression)| de (?:"
            r"destinataire|personne|contact|société|connexion|réseau|système)| (?:réseau|technique"
            r"|système|informatique|serveur))|\b(?:prix|montant|quantité|tarif|total"
            r"|remise|taux)\b[^.]{0,30}\b(?:est|sont|semble|paraît|était) (?:trop élevé|excessi"
            r"|supérieur|pas (?:correct|bon|celui))|" + _NE + r"(?:pas|plus|en rien) (?:conforme"
            r"|correct|juste)|"
            + _NE
            + r"correspond\w* (?:pas|plus|en rien|aucunement|à aucune? (?:bon|commande|prestation|livraison|devis))|\bsurfactur"
            r"|\btrop (?:facturé|perçu)|\bfactur\w*\b[^.]{0,15}\b(?:deux fois|une (?:deuxième|seconde) fois"
            r"|à nouveau|à tort|en trop)|\bdoublon"
            r"|\ben double|\bdouble facturation"
            r"|\b(?:annulée?s?|compensée?s?|soldée?s?|remplacée?s?|créditée?s?|couverte?s?)"
            r" (?:par|avec) (?:la |le |une? |votre |vos |notre |l['\u2019])?(?:note de crédit|avoir"
            r"|crédit)\b|\b(?:technicien|livreur|installateur|monteur|transporteur|chauffeur"
            r"|réparateur|dépanneur)\b[^.]{0,20}(?:n['\u2019]est|ne sont|n['\u2019]a) (?:jamais|pas)"
            r" (?:venu|passé|arrivé|intervenu)e?s?|\bau lieu d(?:e|u|es)\b|\bprix (?:convenu|négocié"
            r"|accepté|du devis)|\bselon (?:le|notre|votre) devis|" + _NE + r"(?:pas|jamais|rien)"
            rf" (?:encore |toujours )?(?:reçu|été livré|eu) (?:la |le |les |l['\u2019]|notre |nos "
            rf"|votre |vos |de |d['\u2019]|aucune? )?(?:\w+ )?{_GOODS}|\b{_GOODS}\b[^.]{{0,40}}"
            r"(?:ne |n['\u2019])(?:\w+ ){0,2}(?:jamais|pas|toujours pas) (?:encore )?(?:été )?"
            r"(?:arrivée?s?|livrée?s?|reçue?s?|effectuée?s?|réalisée?s?|terminée?s?|faite?s?"
            r"|installée?s?|parvenue?s?)|\btoujours pas (?:livré|reçu|arrivé)|\bendommag|\babîm"
            r"|\b(?:mauvaise|piètre) qualité|\bproblèmes? de qualité|\bdéfauts? de qualité"
            r"|\brayures?\b|\bdéfauts? d['\u2019](?:alignement|aspect|fabrication|finition|étanchéité)"
            r"|\bdéfectueu|\bdétérioré|\bcassée?s?\b|\bincomplète?s?\b|\bnon conforme"
            r"|\b(?:articles?|pièces?|cartons?|colis|produits?) manquants?"
            r"|\bil (?:en )?manque\b|" + _NE + r"(?:avons|ai|a|ont) reçu que\b|\bseulement \d+"
            r"|\b(?:remise|réduction|escompte|rabais)\b[^.]{0,30}(?:ne |n['\u2019])(?:\w+ ){0,2}"
            r"(?:pas|jamais) (?:été )?(?:appliquée?|déduite?|prise? en compte)"
            r"|\bdéjà (?:été )?(?:crédité|remboursé|retourné|annulé)|\b(?:un|cet|votre|notre"
            r"|d['\u2019]un|son|leur)\s?avoir\b|\bl['\u2019]avoir (?:n°|no|numéro|du|de|que|émis)\b"
            # "l'avoir reçu" is "the credit note received", but "vous devriez l'avoir reçu" is
            # "you should have received it"
            r"|(?<!devriez )(?<!devrait )(?<!devez )(?<!pourriez )(?<!pensons )(?<!pense )"
            r"(?<!déjà )(?<!bien )(?<!donc )(?<!dû )"
            r"\bl['\u2019]avoir reçu\b|" + _NE + r"(?:jamais|pas) (?:commandé|mandaté|missionné)"
            # "nous n'avons signé aucune lettre de mission": nothing ordered
            r"|\bsigné aucun(?:e)? (?:devis|bon de commande|contrat|lettre de mission|ordre)\b|\bpas"
            r" notre commande|\bne (?:paierons|payerons|réglerons|payons|réglons|paierai|réglerai"
            r"|payerai|la réglerons|la paierons|réglera|paiera|payera|la réglera|la paiera) pas"
            r"|\bne (?:vais|allons|va) pas (?:la |le |les )?(?:payer|régler)\b(?! (?:avant|aujourd|maintenant|tout de suite|cette semaine))"
            r"|\brefus\w* de (?:payer|régler)|\bbloqu\w*"
            r" (?:le |notre )?(?:paiement|règlement)|\b(?:paiement|règlement) (?:est )?(?:bloqué"
            r"|suspendu)|\b(?:retourné|renvoyé|rendu) (?:la |les |le |l['\u2019])?(?:\w+ )?"
            rf"{_GOODS}|\b{_GOODS} (?:\w+ )?(?:retournée?s?|renvoyée?s?)|\bcommande (?:\w+ ){{0,3}}annulée|\bannul\w* (?:la |notre "
            r"|cette )?commande|" + _NE + r"fonctionne\w* pas|\ben panne|" + _NE + r"comprend\w*"
            r" pas (?:cette|votre|la) facture|\bpas à nous\b|\b(?:ne nous|nous n['\u2019]) concerne"
        ),
        Cue.PLAN: (
            # (not "partira avec l'échéancier du 25/03": the payer's own run)
            r"\béchéancier(?! du \d| de paiement du \d)|\béchelonn|\bétal(?:er|ement)|\ben plusieurs (?:fois|versements"
            r"|mensualités|échéances)|\bmensualités|\ben (?!une |1 |une seule )(?:\w+ )?(?:fois|versements|tranches"
            r"|échéances)\b|\bpaiement (?:partiel|fractionné)|(?<!encaissés les premiers )(?<!encaissé les premiers )(?<!encaissés les )(?<!encaissé les )(?<!encaisser les )\bacompte(?!s? (?:de [^.]{0,15})?(?:versé|payé|réglé|déjà|que nous avons|qu['\u2019]on a))(?![^.]{0,25}\brembours)|(?<!\bnotre )(?<!\bnos )(?<!\bles )(?<!\ble )(?<!\bvotre )\bdélai (?:supplémentaire"
            r"|de paiement|de grâce)|(?<!\bmet )(?<!\bmettent )(?<!\bprend )(?<!\bprennent )\b(?:plus|un peu|davantage) de temps|(?<!\bprenant )(?<!\bprennent )(?<!\bprend )(?<!\bmettent )(?<!\bmet )\bquelques (?:jours"
            r"|semaines|mois) (?:de plus|supplémentaires)|\breporter\b|\breport d['\u2019]|"
            # a payment postponed, not "notre création est reportée à mars"
            r"\b(?:paiement|règlement|échéance|facture|virement|prélèvement|versement|solde)s?\b"
            r"[^.]{0,30}\breportée?s?\b|\breportée?s? (?:\w+ ){0,3}?(?:paiement|règlement|échéance"
            r"|virement|prélèvement|versement|solde)|\brepousser|\bprolonger"
            r"|\bdifficultés? (?:financières|de trésorerie|économiques|passagères)"
            # (not "les délais de traitement de la Trésorerie": the public treasury)
            r"|(?<!\bde la )(?<!\bla )\btrésorerie"
            r"|" + _NE + r"(?:pouvons|pourrons|pourrions|peux|pourrai|sommes|serons|suis)"
            r" (?:pas|plus) (?:en mesure de )?(?:payer|régler|honorer)(?: la totalité| tout"
            r"| l['\u2019]intégralité| en une (?:seule )?fois| maintenant| ce mois| pour le moment"
            r"| actuellement| immédiatement)|\bpas en mesure de (?:payer|régler)|\bimpossible de"
            r" (?:payer|régler)|\bréduction|\bune remise|\brabais|\bgeste commercial|\bplan"
            r" (?:de paiement|de remboursement|d['\u2019]apurement)|(?<!\bfois )\bpar mois\b"
            # "je vous demande juste un délai de trente jours de plus"
            r"|\bun délai de (?:\w+ ){1,2}de plus\b|\bdemande (?:juste |simplement |seulement )?un délai\b"
            # "pourriez-vous nous accorder un délai jusqu'à mi-juillet ?"
            r"|\baccorder (?:un |une |quelques )?(?:délai|report|échéancier|jours|semaines)|(?<!le \d )(?<!le \d\d )(?<!de )\bchaque mois"
            r"|\bmensuellement|(?<!couvrait )(?<!couvre )(?<!couvraient )(?<!couvrent )"
            r"\b(?:la moitié|une partie|un premier versement|une première"
            # (not "une partie des dossiers fournisseurs": a share of the work)
            r" partie)\b(?! (?:des|de nos|de mes|du|de l['\u2019]) ?(?:dossiers|fichiers|tâches"
            r"|travail|équipe|personnel|salariés|collègues|fournisseurs|clients))|\bpour commencer\b|\ble (?:solde|reste|restant) (?:le mois prochain|en \w+|plus tard|dans"
            r"|début|fin|mi-|courant|d['\u2019]ici|à la rentrée|dès que|quand|lorsque|après"
            r"|suivra|à la fin)"
        ),
        Cue.REQUEST: (
            # the invoice sent back to us: "pourriez-vous nous la renvoyer avec ce numéro ?"
            r"\b(?:nous|me|m['\u2019]) ?(?:la|les|l['\u2019]) ?(?:renvoyer|réémettre|rééditer"
            r"|retransmettre|refaire)\b|"
            r"\b(?:envoyer|renvoyer|transmettre|faire parvenir|communiquer|fournir|adresser|envoyez"
            r"|renvoyez|transmettez|faites parvenir|communiquez|fournissez|adressez"
            r"|besoin|manque|demandons|pourriez-vous|pouvez-vous|indiquer|mentionner|ajouter"
            r"|préciser|faut|nécessaire|réémettre|refaire|établir)\b[^.?!]{0,40}?\b"
            + _DOC
            + r"|\b"
            + _DOC
            + r"\b[^.?!]{0,30}\b(?:manquante?s?|nécessaires?|indispensables?|requise?s?"
            r"|obligatoires?)|" + _NE + r"(?:pas|jamais|toujours pas) (?:encore )?reçue?"
            r" (?:la |votre |cette |de |aucune )?(?:copie de (?:la )?)?facture|\bfacture (?:ne "
            r"(?:nous |m['\u2019])?est |n['\u2019]est )?(?:jamais|pas) (?:parvenue|arrivée"
            r"|reçue)|\b(?:ne |n['\u2019])(?:\w+ )?(?:trouvons|retrouvons|trouve) (?:pas|nulle"
            r" part) (?:la |cette |votre )?facture|\bfacture (?:rectifiée|corrigée|rectificative"
            r"|modifiée)|\bquel (?:est votre )?(?:iban|rib|compte)|\bchorus|\bportail(?! (?:coulissant|battant|motorisé|électrique|automatique|d['\u2019]entrée|de (?:jardin|la cour|l['\u2019]entrée)))|\bplateforme"
            r"|\bdéposer (?:la |vos |les |votre )?factures?|\bfacture électronique"
            r"|\bsans (?:\w+ )?(?:bon de commande|numéro de commande|numéro d['\u2019]engagement"
            r"|référence)"
        ),
        Cue.WRONG_CONTACT: (
            r"\bmerci d['\u2019]adresser (?:votre|vos|la|les|cette|toute|toutes) (?:relance|facture"
            r"|réclamation|courrier|demande|correspondance)s? à\b|"
            r"\bpas (?:la bonne personne|le bon (?:interlocuteur|contact|service|destinataire"
            r"|correspondant)|la bonne (?:adresse|société|entreprise))|\btromp\w* (?:de destinataire|d['\u2019]adresse|de personne|de société)"
            r"|" + _NE + r"(?:pas|plus) (?:moi|nous|lui|elle) qui"
            r"|\bmauvais(?:e)? (?:contact"
            r"|destinataire|interlocuteur|service|adresse|personne|société|entreprise)|\berreur"
            r" (?:d['\u2019]adresse|de destinataire|d['\u2019]envoi)|" + _NE + r"(?:suis|sommes|est"
            r"|êtes) (?:plus |pas )(?:en charge|responsable|le bon|la bonne|concerné)|"
            + _NE
            + r"(?:m['\u2019]|s['\u2019]|nous )(?:occupe|occupons) (?:plus|pas)|\bne (?:gère|gérons"
            r"|traite|traitons) (?:plus|pas) (?:les |la |ce |ces )?(?:factur|compta|paiement"
            r"|dossier)|\bne (?:fais|fait|faisons|font) plus partie|\ba quitté|\bne travaille plus|\bn['\u2019]est plus"
            r" (?:en charge|chez|dans|responsable|en poste|avec nous|parmi nous)|\b(?:partie?|départ)"
            r" (?:à|en) (?:la )?retraite"
            r"|\b(?:n['\u2019]|ne )(?:\w+ )?(?:est|sommes|êtes|suis|avons|ai|a) (?:pas|plus|jamais)"
            r" (?:été )?(?:notre |votre |un |une |des )?clients?|\b(?:ne |n['\u2019])"
            r"(?:m['\u2019]|nous |me |leur )?(?:est|sont|était) pas destiné|" + _NE + r"aucun"
            r" (?:lien|rapport|relation)"
            r" avec|\b(?:désormais|dorénavant|à l['\u2019]avenir)\b[^.]{0,60}@|\bc['\u2019]est"
            r" (?:\w+ ){1,3}qui (?:s['\u2019]occupe|gère|traite)"
        ),
        Cue.REDIRECT: (
            # "je transmets votre message à la compta" passes it on: a new contact only beside an
            # address
            r"\b(?:transmets|transmettons|transfère|transférons) (?:votre|ce|le) (?:message|mail"
            r"|courriel|demande|dossier) (?:à|au)\b|\b(?:transféré|transmis|fait suivre) (?:votre"
            r"|ce|le) (?:message|mail|courriel|e-?mail)|"
            r"\b(?:veuillez|merci d['\u2019]|merci de|prière de|vous pouvez|adressez|écrivez"
            r"|contactez)\b[^.]{0,30}\b(?:contacter|écrire|adresser|envoyer|transmettre|vous"
            r" adresser|adressez|écrivez|contactez)?\b[^.]{0,60}(?:@|comptabilité|service"
            r" (?:fournisseurs|financier|achats|comptable)|collègue)|\bnouvelle adresse"
        ),
        Cue.PAID: (
            # a public body's payment order made and gone to its accountant: "j'ai fait le mandat
            # le 27 avril et il est parti à la trésorerie", "mandat transmis au comptable public"
            r"\b(?:ai|avons|a) (?:fait|émis|établi|signé|transmis|envoyé) (?:le |notre |un )?mandat\b"
            r"|\bmandat (?:de paiement )?(?:a été |est )?(?:émis|établi|signé)?\b[^.]{0,40}"
            r"\b(?:transmis|parti|envoyé|adressé) (?:au comptable public|à la trésorerie|au trésor"
            r"|à la paierie|au payeur)|\bparti à la trésorerie\b|"
            r"\b(?:avons|ai|a|ont|avions|avait|avaient)\b[^.]{0,30}?\b"
            + _PAID_STRONG
            + r"\b|\b(?:avons|ai|a|ont|avions|avait)\b[^.]{0,30}?\b"
            + _PAID_WEAK
            + r"\b[^.]{0,12}"
            # (a whole word: not the "sommes" of "nous en sommes contents")
            rf"\b{_MONEY}s?\b|\b(?:avons|ai|a|ont) procédé (?:au|à) (?:\w+ )?{_MONEY}"
            # the recent past: "nous venons de virer 400 €", "je viens d'effectuer le virement"
            rf"|\b(?:venons|viens|vient|viennent) (?:tout juste |juste )?d(?:e |['\u2019]){_PAY_INF}"
            # (the money named at length: "le virement correspondant à votre facture LTA-0396-30 a
            # bien été émis")
            # a transfer read off the statement: "notre relevé bancaire : virement de 642,00 € à
            # votre ordre le 5 août"
            r"|\brelevé (?:bancaire|de compte)\b[^.]{0,12}\b(?:un |le )?(?:virement|prélèvement"
            r"|paiement|règlement)\b|^\s*(?:un |le )?virement de \d[\d  .,]*(?:€|eur|euros)?"
            r" (?:à votre ordre|à votre nom|en votre faveur)"
            # a public body's accountant "a mis en paiement": the payment order is issued
            r"|\b(?:a|ont|avait|avaient) été mise?s? en paiement\b"
            r"|\b(?:a|ont|avait|avaient) été " + _PAID_STRONG + rf"|\b{_MONEY}\b[^.]{{0,70}}"
            r"\b(?:a|ont|avait|est|sont) (?:bien |déjà )?(?:été )?" + _PAID_WEAK + r"\b"
            r"|\b(?:est|sont|c['\u2019]est) (?:bien |déjà )?" + _PAID_STRONG + r"\b"
            r"|\b(?:déjà|bien) " + _PAID_STRONG + r"\b|^\W*" + _PAID_STRONG + r"\W*$"
            r"|\b" + _PAID_STRONG + r" (?:le \d|par|via|en date|hier|avant-hier|depuis|ce matin)"
            r"|\b(?:chèque|virement|paiement|règlement)\b[^.]{0,50}\b(?:est|a été) (?:bien )?(?:parti"
            r"|posté|envoyé)\b"
            r"|\b(?:paiement|virement|règlement) (?:est )?(?:partie?s?\b|en cours(?! de (?:validation"
            r"|vérification|traitement|approbation)))|\bavis de (?:paiement|virement|règlement)"
            r"|\b(?:preuve|justificatif|confirmation) de (?:paiement|virement|règlement)"
            r"|\bc['\u2019]est fait\b"
            # "je vous ai adressé lundi par la poste un chèque de 185 euros"
            r"|\b(?:avons|ai|a|ont)\b[^.]{0,30}?\b(?:adressé|envoyé|expédié|posté)\b[^.]{0,40}\bun"
            r" chèque\b"
            # "je viens de faire le nécessaire": what was needed is the payment asked for
            r"|\b(?:(?:ai|avons|a|ont) (?:\w+ )?fait|(?:viens|venons|vient) (?:\w+ ){0,2}de faire) le"
            r" nécessaire\b"
        ),
        Cue.PROMISE: (
            # reported: "il m'a confirmé au téléphone que la facture serait réglée fin de mois"
            r"\b(?:m['\u2019]a|nous a|a) (?:\w+ ){0,3}?(?:confirmé|assuré|promis|indiqué|dit)\b"
            r"[^.]{0,40}\bque\b[^.]{0,40}\b(?:serai(?:en)?t|allai(?:en)?t être) (?:réglée?s?"
            r"|payée?s?|virée?s?|soldée?s?|honorée?s?|mise?s? en paiement)\b|"
            r"\b(?:ferai|ferons|fera|vais faire|allons faire|va faire) (?:\w+ )?le nécessaire\b|"
            r"\b(?:je|on|nous) (?:vous )?(?:fais|fait|faisons|ferai|ferons) (?:le |un )?(?:paiement|virement"
            r"|chèque|transfert|règlement)\b|"
            r"\bde vous (?:régler|payer|verser|virer)\b|\bpasserai (?:vous )?(?:régler|payer)\b|"
            r"\bpassera (?:au|en) (?:règlement|paiement)\b|"
            r"\bpasse(?:rai|rons)? (?:à|a) la banque\b[^.]{0,40}\b(?:virement|payer|régler|chèque)|"
            r"\b(?:allons|vais|va|vont|comptons|prévoyons|souhaitons|pourrons|devrions|devons"
            r"|tâcherons|essaierons|ferons en sorte de)\b[^.]{0,40}?\b(?:"
            + _PAY_INF
            + r"|être (?:\w+ )?"
            + _PAID_STRONG
            + r"|être (?:\w+ )?"
            + _PAID_WEAK
            + r")\b|\b"
            + _PAY_FUT
            # "je lui ferai suivre", "je vous ferai savoir": faire of another verb
            + r"\b(?! suivre| savoir| signe| le point)|\b(?:sera|seront|devrait être|devraient être) (?:\w+ )?"
            + _PAID_STRONG
            + r"|\b(?:sera|seront) (?:\w+ )?(?:effectuée?s?|envoyée?s?|émise?s?|exécutée?s?|faite?s?"
            r"|réalisée?s?|transmise?s?|expédiée?s?|transférée?s?|ordonnée?s?|lancée?s?|mise?s? en paiement|passée?s? en paiement)\b|(?<!\bété )\bmise?s? en"
            r" paiement|\bbon (?:à|pour) payer|\bvalidée?s? pour (?:paiement|règlement)"
            rf"|\b(?:partira|partiront|interviendra)\b|\b(?:va|vont|devrait|devraient) partir\b|\b{_MONEY}\b[^.]{{0,30}}\b(?:suivra"
            r"|arrivera|parviendra)\b|\bprochaine?s? (?:virement|paiement|cycle|campagne|session"
            r"|échéance de paiement|tour|date de paiement)|\bcampagne de (?:paiement|virement"
            rf"|règlement)|\b(?:{_MONEY}|facture)\b[^.]{{0,40}}\b(?:prévue?s?|programmée?s?"
            r"|planifiée?s?|inscrite?s?)\b|\b(?:prévue?s?|programmée?s?|planifiée?s?) (?:pour"
            r" (?:le |la )?(?:paiement|règlement|virement))|\b(?:nous|on|je|j['\u2019])"
            r" (?:vous )?(?:le |la |les |l['\u2019])?(?:payons|réglons|virons|versons|soldons"
            r"|règle|paie|paye|vire)\b[^.]{0,40}?\b"
            + _WHEN
            # "lundi sans faute", "vous l'aurez le 15", "le virement part le 10/12"
            + r"|\bsans faute\b|\bvous l['\u2019]aurez\b"
            # "c'est prévu pour le 10", "ce sera réglé vendredi": the payment, understood
            + r"|\bc['\u2019]est (?:prévu|programmé|planifié) (?:pour )?"
            + _WHEN
            + r"|\b(?:ce|ça|ca) sera (?:réglé|payé|viré|soldé|fait)\b"
            + rf"|\b{_MONEY}s?\b[^.]{{0,20}}\b(?:part|partent)\b[^.]{{0,20}}?\b{_WHEN}"
        ),
        Cue.SUSPECT: (
            # new bank details announced by mail: a person verifies them
            r"\bnouve(?:au|l|lles?) (?:rib|iban|coordonnées bancaires)|\bcoordonnées bancaires"
            r" (?:ont )?changé|(?<!\bavons )(?<!\bon a )(?<!\bai )\bchangé de banque|"
            r"\bhameçonnage|\bphishing|\busurpation|\barnaque|\bescroquerie|(?<!suite à une )(?<!après une )\b(?:tentative|courriel|message|e-mail|email) (?:de"
            r" )?(?:fraude|frauduleu\w*|d['\u2019]escroquerie|suspect)|\bsoi-disant (?:de|envoyée?"
            r"|de la part)|\b(?:est-ce|s['\u2019]agit-il)\b[^.]{0,30}\b(?:authentique|légitime"
            r"|une arnaque|un vrai)"
            # "une fausse relance au nom d'un autre fournisseur, avec un RIB modifié"
            r"|\b(?:fausses? (?:relances?|factures?)|faux (?:courriels?|e-?mails?|messages?|rib))\b"
            r"|\b(?:confirmer|vérifier|certifier) que ce (?:message|courriel|mail|e-mail) (?:vient|émane"
            r"|provient) (?:bien )?de"
        ),
        Cue.ABSENT: (
            r"\bje travaille (?:uniquement |seulement )?(?:le |les )?(?:lundi|mardi|mercredi|jeudi"
            r"|vendredi|à temps partiel)|\bne (?:consulte|lis) mes (?:e-?mails|mails|courriels|messages)"
            r" que\b|\babsente?\b|\babsence du bureau|\ben congés?\b|\bhors du bureau|\bpas au bureau"
            r"|\ben vacances|\bde retour le|\b(?:ceci est|il s['\u2019]agit d['\u2019])une réponse"
            r" automatique|\ben déplacement|\baccès limité|\ben arrêt maladie|\bcongé maternité"
        ),
        Cue.TICKET: (
            r"\bvotre (?:message|demande|courriel|e-?mail)(?: (?:n°|no\.?|numéro) ?[\w/-]+)? a"
            r" (?:bien )?été (?:reçue?|enregistrée?)|\baccusons (?:bonne )?réception de votre (?:message|courriel|e-?mail|demande)\b"
            r"|\benregistrée? sous le (?:numéro|n°)|\bnuméro de (?:ticket|dossier|demande)|\bmessage automatique|(?<!avec )\baccusé de réception"
        ),
        Cue.GONE: (
            r"\b(?:adresse|boîte)\b[^.]{0,30}\bn['\u2019]est plus (?:active|utilisée|consultée"
            r"|surveillée|valide|relevée|lue)|\bne fait plus partie|\ba quitté (?:la société"
            r"|l['\u2019]entreprise)"
        ),
    },
).widened(casual.FR)
