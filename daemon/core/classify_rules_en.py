"""English reply vocabulary for `daemon.core.classify`: one regular expression per cue.

One job: the `LEXICON` for English. Phrases are built from lemmas and their inflections (pay /
paid / paying, send / sent, receive / received) and from tense markers, not from sample
sentences. Data only; `daemon.core.classify_lexicon` does the searching.
"""

from __future__ import annotations

from daemon.core.classify_lexicon import Cue, Lexicon

_NEG = r"\b(?:not|never|no|cannot|unable|neither|nor|without)\b|n't\b|n\u2019t\b"
_COND = r"\b(?:if|whether|once|as soon as|when|unless|in case|should you|do you|does)\b"
_FUTURE = (
    r"\b(?:will|shall|going to|gonna|plan(?:ning)? to|intend(?:ing)? to|about to|would|could"
    r"|should|must|need to|have to|want to|try(?:ing)? to|hope to|expect(?:ing)? to|may|might"
    r"|can|able to|tomorrow|next)\b|'ll\b|\u2019ll\b|\?"
)
_WE = r"(?:we|i|our (?:team|office|accounts? payable|ap|finance|accounting)|ap|accounting)"
_PAY = r"(?:pay|settle|remit|transfer|wire|send|mail|release|process|clear|issue|make|cut|run)"
_MONEY = (
    r"(?:payment|check|cheque|money|funds|transfer|wire|ach|remittance|amount|balance|invoice"
    r"|bill|sum|it|this|that|them|these|the (?:full )?(?:amount|balance))"
)
_GOODS = (
    r"(?:goods|items?|order|delivery|deliveries|parts?|shipment|products?|materials?|equipment"
    r"|merchandise|package|parcel|service|services|work|repair|installation|licen[cs]es?)"
)
_DOC = (
    r"(?:copy|duplicate|pdf|invoice|statement|po\b|p\.o\.|purchase order(?: number)?|po number"
    r"|w-?9|w-?8(?:ben)?|tax (?:form|id|certificate)|vat (?:number|id)|bank(?:ing)? (?:details"
    r"|information|info|account)|remittance details|iban|swift|account (?:number|details)"
    r"|receipt|proof of delivery|pod\b|delivery (?:note|receipt)|timesheet|itemi[sz]ed"
    r"|breakdown|supporting documents?|backup|documentation|vendor (?:form|setup|registration)"
    r"|supplier (?:form|setup)|credit application|contract)"
)
_REQUEST_VERB = (
    r"(?:send|resend|re-send|forward|provide|share|email|e-mail|attach|give|need|require|want"
    r"|missing|request|get|issue|confirm|update)"
)

LEXICON = Lexicon(
    language="en",
    negation=_NEG,
    condition=_COND,
    future=_FUTURE,
    cues={
        Cue.UNSUBSCRIBE: (
            r"\bunsubscrib|\bopt(?:ing)?[- ]out\b|\bstop (?:sending|e-?mailing|contacting|writing"
            r"|spamming|harass)|\bremove (?:me|us|my (?:e-?mail|address)|this (?:e-?mail|address))"
            r"(?: from| off)?|\btake (?:me|us|this address) off|\b(?:do not|don't|never) (?:contact"
            r"|e-?mail|write to|message) (?:me|us)|\bno (?:more|further) (?:e-?mails|emails|reminders"
            r"|messages|contact)|\b(?:by|via|through) (?:post|postal mail|letter|regular mail|mail)"
            r" only\b|\bonly (?:by|via|through) (?:post|postal mail|letter)|\bin writing only"
            r"|\b(?:our|my) (?:lawyer|attorney|solicitor|legal (?:counsel|department|team|"
            r"representative)|counsel)\b|\bcease and desist|\bharass"
        ),
        Cue.DISPUTE: (
            r"\bdisput|\bdisagree|\bcontest|\bobject to|\breject(?:ing|ed)? (?:the|this|your)"
            r" (?:invoice|charge|bill)|\b(?:price|pricing|amount|quantity|quantities|rate|charge"
            r"|charges|invoice|total|fee|fees|bill|hours|calculation|discount|tax)\b[^.]{0,30}\b"
            r"(?:is|are|was|were|seems?|looks?) (?:wrong|incorrect|inaccurate|too high|higher than"
            r"|not (?:correct|right|what we agreed)|off|overstated|inflated)|\bovercharg"
            r"|\b(?:wrong|incorrect|inflated) (?:price|amount|quantity|rate|charge|invoice|total"
            r"|billing|unit price)|\b(?:double|twice)[- ](?:billed|charged|invoiced)"
            r"|\b(?:billed|charged|invoiced) (?:us )?twice|\bduplicate (?:invoice|charge|billing"
            r"|bill)\b|\b(?:never|not|n't|n\u2019t) (?:yet )?(?:receiv\w*|got|gotten|get|deliver\w*"
            rf"|arriv\w*|ship\w*) (?:the |our |any |your |all (?:the )?)?{_GOODS}"
            rf"|\b{_GOODS} (?:has |have |were |was )?(?:never|not|n't) (?:been )?(?:arriv\w*"
            r"|receiv\w*|deliver\w*|ship\w*|perform\w*|complet\w*|done|finish\w*|install\w*"
            r"|provided|rendered)|\b(?:arrived|delivered|was|were|is|are) (?:damaged|broken"
            r"|defective|faulty|incomplete|unusable)|\bdamaged|\bdefective|\bfaulty"
            r"|\b(?:crushed|dented|cracked|smashed|spoiled|leaking"
            r"|rotten|expired|torn)\b|\bwhy (?:are|is|were|did) (?:you|we)\b[^.]{0,20}\b(?:still )?"
            r"(?:billing|charging|invoicing|billed|charged|invoiced)|\b(?:never|didn't|did not"
            r"|not) (?:even )?(?:came|come|show(?:ed)? up|turn(?:ed)? up|arrive[ds]?|finish\w*)\b"
            r"|\bnobody (?:came|showed|turned)|\bno[- ]show|\b(?:not|won't|will not|aren't|are not"
            r"|refuse to|not going to) (?:be )?pay(?:ing)? (?:for (?:a|an|the|this|that|something"
            r"|work|goods|items|services?)|it\b|this (?:invoice|bill|charge)|the (?:invoice|bill"
            r"|charge))|\bdo(?:es)?(?:n't|n\u2019t| not) match|\b(?:isn't|is not|aren't|are not"
            r"|not) (?:one of )?ours\b|\b(?:meant|intended) for (?:a |an |another |some )?"
            r"(?:different|other) (?:customer|company|client)|\bcredit (?:us|the rest|back|for)"
            r"|\b(?:is|are|was|were|looks|seems) (?:wrong|incorrect|inaccurate)\b|\bcorrect (?:the"
            r" |this |your )?(?:quantity|quantities|price|amount|invoice|total|rate|hours)"
            r"|\bas (?:billed|invoiced)\b|\bonly (?:\d+ |some |part )?(?:of (?:them|it) )?(?:came"
            r"|arrived|received|delivered|got|were delivered)|\b(?:received|got) only\b"
            r"|\bshort[- ]shipped|\bmissing (?:items|parts|goods|pieces)|\bquality (?:issue|problem)"
            r"|\bnot as (?:agreed|ordered|quoted)|\balready (?:been )?(?:credited|refunded|returned"
            r"|cancell?ed|voided)|\bcredit note|\bcredit memo|\bnot our (?:po|purchase order|order)"
            r"|\b(?:did not|didn't|never) (?:order|authori[sz]e|agree|approve|sign)"
            r"|\bnot (?:ordered|authori[sz]ed)|\bno (?:po|purchase order) (?:was )?(?:issued|raised)"
            r"|\b(?:won't|will not|refuse to|cannot|can't|not going to) (?:pay|approve|process)\b"
            r"[^.]{0,40}\buntil|\brefus\w* to pay|\bwithh[oe]ld\w*|\bon hold (?:until|pending)"
            r"|\b(?:returned|sent back) (?:the |this |that |these |those |our |all (?:the )?)?{_GOODS}|\bcancell?ed (?:the |our |this )?"
            r"(?:order|contract|subscription|service)|\bnot (?:liable|responsible for (?:this|the)"
            r" (?:invoice|charge))|\bnever received (?:the |any )?(?:service|work)"
        ).replace("{_GOODS}", _GOODS),
        Cue.PLAN: (
            r"\bpayment (?:plan|arrangement|schedule)|\binstal+ments?|\bin (?:\w+ )?(?:parts"
            r"|tranches|monthly (?:payments|amounts))|\b(?:partial|part|monthly|weekly) payments?"
            r"|\bpay (?:it |this )?(?:in |by )?(?:part|half|portions|monthly|a portion|some)\b"
            r"|\bsplit (?:the |this |it )?(?:payment|invoice|amount|balance|bill|into)"
            r"|\b(?:more|additional|extra|some) time\b|\b(?:an )?extension\b|\bextend (?:the )?"
            r"(?:deadline|due date|payment terms|terms)|\bdefer\w*|\bpostpone|\bgrace period"
            r"|\b(?:reduce|reduced|lower|smaller) (?:amount|payment|balance|sum|fee)\b"
            r"|\b(?:settle|accept) (?:for|a) (?:a )?(?:lower|reduced|smaller|partial)"
            r"|\bhardship|\bcash[- ]?flow|\bfinancial (?:difficult|trouble|problem|hardship|strain"
            r"|situation)|\b(?:can't|cannot|can not|unable to|not able to|not in a position to)"
            r" (?:afford|pay (?:the full|in full|it all|everything|all|this (?:month|week)|right now"
            r"|at the moment|at this time|currently|now))|\bstruggling|\btight (?:on|at) (?:the "
            r"moment|money|cash)|\bfew (?:more|extra) (?:days|weeks|months)"
            r"|\b(?:can|could|may) (?:we|i) (?:have|get) (?:until|till|another|a few)"
            r"|\bfull and final|\bin full (?:and final )?settlement|\baccept\b[^.]{0,30}\b(?:as|in)"
            r" (?:full|final|settlement)|\bsettle (?:for|at) (?:[$€£]|\d)|\b(?:[$€£]\s?\d[\d,.]*"
            r"|\d[\d,.]*\s?(?:[$€£]|eur|usd|gbp|dollars|euros)) (?:a|per|each|every) (?:week|month"
            r"|fortnight)|\b(?:now|today|this (?:week|month)|upfront|up front) and (?:the )?(?:rest"
            r"|remainder|balance|other half)|\banother (?:(?:\d+|few|couple of|two|three) )?(?:days"
            r"|weeks|months|week|month)\b"
        ),
        Cue.REQUEST: (
            rf"\b{_REQUEST_VERB}\b[^.?!]{{0,40}}?\b{_DOC}|\b{_DOC}[^.?!]{{0,30}}\b(?:is |are )?"
            r"(?:needed|required|missing|necessary)|\b(?:never|not|n't|n\u2019t) (?:yet )?"
            r"(?:receiv\w*|got|gotten|get|seen|find|found) (?:the |an |any |your |this |that |a )?"
            r"(?:copy of the )?(?:invoice|bill|statement)|\bcan(?:'t|not|\u2019t) (?:find|locate)"
            r" (?:the |this |your |an )?(?:invoice|bill)|\bwhat is (?:your|the) (?:iban|account"
            r" number|bank|swift|remit)|\bwhich (?:bank )?account|\bwhere (?:should|do|can) we"
            r" (?:send|pay|wire)|\bwho (?:do|should) we pay|\b(?:re-?issue|re-?submit|re-?send)\w*"
            r"|\b(?:corrected|revised|updated|amended|new) invoice|\bportal\b|\bsubmit\w*\b[^.]{0,40}"
            r"\b(?:through|via|in|into|on|to|using)\b[^.]{0,25}\b(?:portal|system|platform|tool)"
            r"|\b(?:can't|cannot|can not|unable to|not able to|won't be able to|couldn't) (?:process"
            r"|pay|release|approve|book|enter|post|match)\b[^.]{0,30}\b(?:without|until (?:we |i )?"
            r"(?:receive|get|have))|\bwithout (?:a |an |the |your )?(?:valid |signed |correct )?"
            + _DOC
        ),
        Cue.WRONG_CONTACT: (
            r"\bwrong (?:person|contact|recipient|department|company|customer)|\b(?:you have|you've"
            r"|you're using|you are using|sent (?:this|it|them) to|reached|writing to) (?:the |a )?"
            r"wrong (?:address|e-?mail|person|contact|mailbox)|\b(?:this|that|it) (?:isn't|is not"
            r") (?:me|for me|my (?:area|department|job|responsibility))|\bnot my (?:area"
            r"|department|responsibility|job)|\b(?:i|she|he) (?:have |has )?left (?!(?:a|an|you|the"
            r"|it|him|her|them|some|my|our|your|this|that|early)\b)|\b(?:handles|manages"
            r"|looks after|takes care of|is (?:now )?responsible for|is (?:now )?in charge of)"
            r" (?:\w+ )?(?:payments|invoices|accounts payable|payables|billing|ap\b)"
            r"|\bnot the (?:right|correct|appropriate|proper|best) (?:person|contact|department"
            r"|address|recipient|company)|\b(?:i'm|i am|we are|we're) not (?:responsible|in charge"
            r"|involved|handling|the (?:right|correct) )|\bno longer (?:work|with|employed|responsible"
            r"|at|handl|in charge|in (?:this|that) role|part of)|\b(?:has|have) (?:left|retired)"
            r"|\bleft the (?:company|firm|organi[sz]ation|business)|\b(?:is|am) (?:retired|no longer)"
            r"|\bnot (?:a|our) customer|\b(?:send|address|direct) (?:all |any )?(?:future |further )?"
            r"(?:invoices|reminders|correspondence|statements|e-?mails|communication)[^.]{0,40}? to\b|\b(?:from now on|going forward"
            r"|in (?:the )?future)\b[^.]{0,60}@|\bnever (?:been|was) (?:a|your) customer|\bno (?:business"
            r"|relationship|account) with (?:you|your)|\b(?:handled|managed|dealt with|taken care"
            r" of) by\b|\b(?:right|correct|appropriate) (?:person|contact|address|department) "
            r"(?:is|would be|for)|\b(?:i've|i have|we've|we have) forwarded (?:this|your)"
        ),
        Cue.REDIRECT: (
            r"\b(?:please|kindly|pls|you should|you can|you may|better to)?\s*(?:contact|write to"
            r"|e-?mail|reach out to|send (?:it|this|them|all|future|the|your|invoices?|reminders?)"
            r"(?: \w+)? to|forward (?:it|this|them) to|direct|address|redirect|cc|copy)\b[^.]{0,60}"
            r"(?:@|accounts payable|ap team|ap department|finance|accounting|billing|bookkeep"
            r"|procurement|purchasing|colleague)|\bsend (?:all )?(?:future )?invoices to"
            r"|\bgoing forward[^.]{0,40}@|\bnew (?:e-?mail )?address|\bcop(?:y|ying|ied)\b"
            r"|\bcc['\u2019]?(?:ing|ed)?\b|\bloop(?:ing)? in|\buse (?:this|that|the following|our|my)"
            r" (?:new )?(?:e-?mail|address)"
        ),
        Cue.PAID: (
            rf"(?<!\bbe )(?<!\bget )(?<!\bgot )(?<!\bun)(?<!\bpre)\bpaid\b(?! (?:in|by) (?:instal"
            r"|part))|\b(?:sent|made|transferred|wired|remitted|mailed|posted|issued|initiated"
            r"|processed|completed|released|executed|submitted|cut|cleared|approved and sent"
            r"|scheduled and sent|dispatched|authori[sz]ed|settled)\b(?: you| over| out)?"
            rf" (?:the |a |an |our |your |this |full |that |its |their )?{_MONEY}"
            rf"|\b{_MONEY}\b[^.]{{0,25}}\b(?:has|have|had|was|were|is|are)(?: \w+)? (?:been )?"
            r"(?:sent|made|paid|processed|transferred|wired|remitted|mailed|posted|released"
            r"|settled|cleared|issued|initiated|executed|completed|debited|dispatched)"
            r"\b|\b(?:check|cheque|payment)\b[^.]{0,30}\b(?:is|was) (?:in the (?:mail|post)"
            r"|on (?:its|the) way|in transit)|\bsettled\b|\bpayment (?:advice|confirmation"
            r"|notification|remittance)|\bremittance advice|\bproof of payment (?:is )?attached"
            r"|\b(?:funds|money|payment) (?:should|will) (?:arrive|reach|clear|show|post|be in)"
            r"|\bwent out\b|\bhas gone out|\bpaid (?:online|by card|via|with)|\bcharged (?:to )?"
            r"(?:our|my|the) (?:card|account)"
        ),
        Cue.PROMISE: (
            rf"\b(?:will|'ll|\u2019ll|shall|going to|gonna|plan(?:ning)? to|intend(?:ing)? to|expect"
            rf"(?:ing)? to|aim(?:ing)? to|hope to|should be able to|about to)\b[^.]{{0,40}}?\b"
            rf"(?:{_PAY}|take care of|get (?:it|this|the (?:invoice|payment)) (?:paid|out|done)"
            r"|have (?:it|this|the invoice) paid|clear|bring (?:the )?(?:account|balance)|go out"
            r"|be (?:out|sent|paid|released|in the (?:mail|post))|ship)"
            r"|\b(?:payment|check|cheque|transfer|wire|invoice|it|this|balance|amount)\b[^.]{0,30}"
            r"\b(?:will|should|is going to|shall)\b[^.]{0,10}\b(?:be (?:paid|sent|made|processed"
            r"|released|issued|settled|transferred|wired|mailed|cleared|included|remitted|cut"
            r"|scheduled)|go out|arrive|reach)|\b(?:scheduled|queued|approved|slated|set|lined up"
            r"|booked|earmarked|planned|due)(?: it| this)? (?:for|to go out|on|in) (?:the )?"
            r"(?:payment|our|next|\w+day|\d|tomorrow|end|friday|check|cheque)|\b(?:next|this"
            r"|\w+day['\u2019]s|upcoming|weekly|monthly|following) (?:check|cheque|payment|pay|ach|wire)"
            r" ?(?:run|cycle|batch|date)|\bpay (?:it |this |you |the (?:invoice|balance|amount) )?"
            r"(?:(?:by|on|before) (?=(?:the |next |this )?(?:\d|end|mon|tue|wed|thu|fri|sat|sun|jan"
            r"|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|tomorrow|next|close|cob|eod|mid))|next"
            r"|tomorrow|at the end|this (?:week|month|friday)|within|in \d)|\b(?:payment|check|ach"
            r"|wire|cheque) (?:run|batch)\b"
        ),
        Cue.ABSENT: (
            r"\bout of (?:the )?office|\b(?:i am|i'm|i will be|i'll be|currently|presently)"
            r" (?:currently |presently )?(?:away|out|on (?:annual |parental |sick |maternity "
            r"|paternity |medical |business )?(?:leave|vacation|holiday|holidays|a business trip)"
            r"|travell?ing|off|not in|unavailable|absent|attending)|\blimited (?:access|connectivity)"
            r"|\baway from (?:my|the) (?:desk|office)|\bannual leave|\bautomatic reply|\bauto-?reply"
            r"|\bthis is an auto(?:mated|matic)"
        ),
        Cue.TICKET: (
            r"\b(?:ticket|case|request|reference) (?:number|no\.?|id|#)|\bwe have received your"
            r" (?:e-?mail|message|request|inquiry|enquiry)|\byour (?:e-?mail|message|request"
            r"|inquiry|enquiry) has been (?:received|logged|forwarded)|\bthank you for (?:contacting"
            r"|your (?:e-?mail|message))[^.]{0,40}(?:will|respond|reply|get back)|\bdo not reply to"
            r" this (?:e-?mail|message)|\bautomated (?:response|message|reply)"
        ),
        Cue.GONE: (
            r"\b(?:mailbox|inbox|e-?mail address|address|account) (?:is |has been )?(?:no longer"
            r"|not) (?:monitored|in use|active|checked|read|valid|maintained)|\bunmonitored"
            r"|\bno longer (?:with|works|employed|at|part of)|\b(?:has|have) left (?:the|our)"
            r" (?:company|firm|organi[sz]ation|business)|\bis no longer in use"
        ),
    },
).compiled()
