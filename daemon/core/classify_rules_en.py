"""English reply vocabulary for `daemon.core.classify`: one regular expression per cue.

One job: the `LEXICON` for English. Phrases are built from the word families of
`daemon.core.classify_rules_en_words` (lemmas and their inflections: pay / paid / paying, send /
sent, receive / received; the nouns of payments, goods, documents and teams; US, UK, Canadian,
Australian and Indian usage) and from tense markers, not from sample sentences. Data only;
`daemon.core.classify_lexicon` does the searching.
"""

from __future__ import annotations

from daemon.core import classify_rules_en_casual as casual
from daemon.core import classify_rules_en_words as words
from daemon.core.classify_lexicon import named_lexicon

_NT, _GOODS, _DOC = words.NT, words.GOODS, words.DOC
_APOS = "['\u2019]?"  # "don't", its curly form, "dont"

_UNSUBSCRIBE = words.alt(
    r"\b(?:letters?|paper|post(?:al mail)?) only(?= *(?:[.,;!)]|$|from now|going forward|in future"
    r"|please|pls|thanks?))|\bdo(?:n['\u2019]?t| not) (?:use|e-?mail"
    r"|write to|send (?:anything )?to) this (?:address|e-?mail(?: address)?|inbox|mailbox) again\b",
    r"\bunsubscrib|\bopt(?:ing)?[- ](?:me |us )?out\b|\bopt (?:me|us) out",
    # "STOP EMAILNG ME": the word misspelt in anger
    r"\bstop (?:sending|e-?mailing|e-?mai?li?n?g|contacting|writing|spamming|harass|messaging"
    r"|bothering|texting)",
    r"\b(?:remove|delete) (?:me|us|my (?:e-?mail|address|(?:contact )?details|name)"
    r"|(?:this|our) (?:e-?mail|address|(?:contact )?details))(?: from| off)?",
    r"\bcease (?:sending|e-?mailing|contacting|writing to|all (?:contact|e-?mails|reminders))",
    r"\btake (?:me|us|this address|(?:my|our) (?:e-?mail|address|name|details)) off",
    rf"\b(?:do not|don{_APOS}t|never) (?:ever )?(?:contact|e-?mail|write to|message|call|text"
    r"|send) (?:me|us|(?:this|my|our) (?:e-?mail|address|account|mailbox))\b",
    rf"\b(?:do not|don{_APOS}t) (?:include|copy|cc) (?:me|us|this address) (?:in|on) (?:your|these"
    r"|any|future)\b",
    r"\bno (?:more|further) (?:e-?mails|emails|reminders|messages|contact)",
    # "I would ask you please not to send me e-mails"
    r"\b(?:ask|asking|request|requesting|beg) (?:you |that you )?(?:please |kindly )?(?:not to"
    r"|do not|don['\u2019]?t) (?:send|e-?mail|write to|contact) (?:me|us)\b",
    r"\b(?:by|via|through) (?:post|postal mail|letter|regular mail|mail|snail mail) only\b"
    r"|\bonly (?:by|via|through) (?:post|postal mail|letter)|\bin writing only|\bpost only\b",
    # "could you please only contact me by post from now on?"
    r"\bonly (?:contact|write to|reach|correspond with|send (?:anything|letters|reminders) to)"
    r" (?:me|us) (?:by|via|through|in) (?:post|postal mail|letter|writing|regular mail)\b",
    rf"\b(?:our|my) (?:outside |external |legal |retained )?{words.LAWYER}\b|\b(?:through|via)"
    rf" (?:our |my |the )?{words.LAWYER}\b",
    # "do not contact our employees about this matter"
    r"\b(?:do not|don['\u2019]?t|never) (?:contact|e-?mail|call|approach|write to) (?:our|any"
    r"|my|the company['\u2019]?s|\w+['\u2019]?s?) (?:employees|staff|people|team|personnel)\b",
    # a solicitor's "please refrain from contacting our client directly", "that nothing further
    # is sent to our client": talk to us instead
    r"\b(?:nothing|no (?:further )?(?:correspondence|e-?mails?|letters?))(?: further| more)? (?:is|be"
    r"|should be|must be|to be) (?:sent|addressed|written) to (?:our|my) clients?\b",
    rf"\b(?:do not|don{_APOS}t|never|(?:should|must|shall) not|refrain from|cease) (?:contact(?:ing)?"
    r"|e-?mail(?:ing)?|writ(?:e|ing) to|approach(?:ing)?|correspond(?:ing)? with) (?:our|my)"
    r" clients?\b",
    # "any further correspondence must be addressed to this firm and not to our client"
    r"\b(?:correspondence|communications?|contact)\b[^.]{0,50}\b(?:addressed|directed|sent|made)"
    r" (?:only )?to (?:this|our|the undersigned) (?:firm|office|practice|chambers)\b",
    # "please direct all further correspondence on this matter to this firm", "… to the writer"
    r"\b(?:direct|address|send)\b (?:all |any )?(?:further |future )?(?:correspondence"
    r"|communications?)\b[^.]{0,40}\bto (?:(?:this|our|the undersigned) (?:firm|office|practice"
    r"|chambers)|the (?:writer|undersigned))\b",
    # "our client has asked that you do not contact him directly"
    rf"\b(?:do not|don{_APOS}t|not to|refrain from) (?:contact(?:ing)?|e-?mail(?:ing)?|approach(?:ing)?)"
    r" (?:him|her|them) directly\b",
    r"\bcease and desist|\bharass",
    # "please send any further correspondence relating to this account by post"
    r"\bsend (?:any|all) (?:further |future )?correspondence\b[^.]{0,50}\bby (?:registered"
    r" |recorded |first[- ]class )?post\b",
    r"\b(?:correspondence|anything|everything)\b[^.]{0,60}\b(?:be sent|sent|addressed|go(?:es)?)"
    r"(?: to (?:me|us))? by (?:registered |recorded |first[- ]class )?post\b",
    # "I will not answer any more of your emails"
    rf"\b(?:will not|won{_APOS}t|shall not|will no longer) (?:be )?(?:answer|reply|replying|respond"
    r"|responding|read|reading)(?: to)? (?:(?:any )?(?:more|further) (?:of )?)?(?:your |these )?"
    r"(?:e-?mails|messages|reminders)\b",
    # "do not send any further correspondence to this email address"
    rf"\b(?:do not|don{_APOS}t|never) send (?:any )?(?:further |more )?(?:correspondence|e-?mails?"
    r"|reminders|messages|mail) to (?:this|my|our) (?:e-?mail )?(?:address|inbox|mailbox)\b",
    # "please do not send any further correspondence about our account by email"
    rf"\b(?:do not|don{_APOS}t|never) send (?:any )?(?:further |more )?(?:correspondence|e-?mails?"
    r"|reminders|messages)\b[^.]{0,40}\bby e-?mail\b",
    # "from now on we will only deal with letters sent by post"
    r"\bonly (?:deal with|accept|answer|respond to|read) (?:letters|correspondence|mail)"
    r" (?:sent )?by (?:post|letter|regular mail|postal mail)\b",
    # "I do not deal with accounts by email", "I do not conduct financial business by e-mail"
    rf"\b(?:do not|don{_APOS}t|never) (?:deal with|handle|conduct|discuss|do) (?:\w+ ){{0,3}}?by"
    r" e-?mail\b",
    r"\bsend (?:all |any )?(?:correspondence|reminders|letters) (?:\w+ ){0,3}?by (?:post|us mail"
    r"|regular mail|postal mail|snail mail)\b",
    r"\b(?:do|does|will) not accept (?:\w+ ){0,4}?(?:invoices|reminders|correspondence|letters"
    r"|statements|demands|communications?|notices)(?: \w+){0,2}? (?:by|via) e-?mail\b",
    r"\b(?:do not|don['\u2019]?t) e-?mail (?:\w+ ){0,2}?(?:about|regarding|re) (?:this|these|invoices"
    r"|payments?)\b",
    r"\b(?:this is|these are|it['\u2019]?s|they['\u2019]?re|they are) (?:just |pure )?spam\b",
)

_NOT_RECEIVED = words.alt(
    rf"(?:\bnever|\bnot|{_NT}) (?:yet |even )?(?:receiv\w*|got|gotten|get|deliver\w*|arriv\w*"
    rf"|ship\w*) (?:the |our |any |your |all (?:the )?)?{_GOODS}",
    rf"\b{_GOODS} (?:(?:has|have|had|were|was|is|are|did|do)(?:n{_APOS}t| not| never)|never"
    r"|not|still not)(?: yet)? (?:been )?(?:arriv\w*|receiv\w*|deliver\w*|ship\w*|perform\w*"
    r"|complet\w*|done|finish\w*|install\w*|provided|rendered|turn\w* up|show\w* up|come)",
    r"\b(?:never|didn['\u2019]?t|did not|not) (?:even )?(?:came|come|show(?:ed)? up|turn(?:ed)?"
    r" up|arrive[ds]?|finish\w*)\b(?! through| across| back)|\bnobody (?:came|showed|turned)|\bno[- ]show",
    rf"\bstill (?:waiting|not received|have not received|haven{_APOS}t received) (?:for |on )?"
    rf"(?:the |our |any |all (?:the )?)?{_GOODS}",
    r"\bonly (?:\d+ |some |part |half )?(?:of (?:them|it|the \w+) )?(?:came(?! through)|arrived|received"
    r"|delivered|got(?! back| home| in\b| round)|were delivered|was delivered)|\b(?:received|got) only\b"
    r"|\bshort[- ]shipped"
    r"|\bshort[- ]deliver\w*|\bmissing (?:items|parts|goods|pieces|boxes|units)",
)
# What a bill counts: days, visits, loads.
_UNITS = (
    r"days?|hours?|hrs?|visits?|nights?|lifts?|loads?|trips?|call-?outs?|weeks?|shifts?|men"
    r"|operatives?|skips?|tonnes?|pallets?|sessions?|lessons?"
)
_WRONG_BILL = words.alt(
    r"\b(?:price|pricing|amount|quantity|quantities|rate|charge|charges|invoice|total|fee|fees"
    r"|bill|hours|calculation|discount|tax)\b[^.]{0,30}\b(?:is|are|was|were|seems?|looks?)"
    r" (?:wrong|incorrect|inaccurate|too high|higher than|not (?:correct|right|what we agreed)"
    r"|off|overstated|inflated)",
    r"\bovercharg|\bover-?(?:billed|invoiced)|\b(?:wrong|incorrect|inflated) (?:price|amount"
    r"|quantity|rate|charge|invoice|total|billing|unit price|items?|products?|goods|parts?|po\b"
    r"|purchase order)",
    # "it is the same job as GLA-40479 … please cancel the duplicate"
    r"\b(?:is|it['\u2019]s|are|cancel) (?:a |the )?duplicate\b|\bsame (?:job|work|visit|service"
    r"|delivery|order) as\b|"
    r"\b(?:double|twice)[- ](?:billed|charged|invoiced)|\b(?:billed|charged|invoiced) (?:us )?"
    r"twice|\bduplicate (?:invoice|charge|billing|bill)\b",
    r"\b(?:is|are|was|were|looks|seems) (?:wrong|incorrect|inaccurate)\b|\b(?:it|that|this)['\u2019]s"
    r" (?:wrong|incorrect|not right)\b|\bcorrect (?:the |this"
    r" |your )?(?:quantity|quantities|price|amount|invoice|total|rate|hours)|\bas (?:billed"
    rf"|invoiced)\b|(?<!any )(?<!of )\bdiscrepanc|\bmismatch"
    # (not a payment advice's "if this payment does not match your records, contact ...")
    rf"|(?<!\bif this payment )(?<!\bif the payment )(?<!\bif this remittance )(?<!\bif the amount )"
    rf"\bdo(?:es)?(?:n{_APOS}t| not) (?:match|tally|add up)",
    r"\bnot (?:as )?per (?:the |our |your )?(?:agreed|agreement|po\b|p\.o\.|purchase order|quot\w*"
    r"|contract|order|rate card|terms|price list)|\bnot in (?:line|accordance|agreement|keeping)"
    r" with (?:the |our |your )?(?:agreed|agreement|po\b|purchase order|quot\w*|contract|order|terms)",
    r"\b(?:were|was) quoted\b|\bthe quote (?:was|said)|\b(?:under|covered by) (?:the |our )?"
    r"warranty|\bwarranty (?:claim|repair|work|replacement|item)"
    r"|\bnot (?:what|as) (?:was |we |you |had been )?(?:quoted|agreed|ordered|discussed"
    r"|contracted)|\b(?:more|higher|greater) than (?:the |our |your |what (?:was|we) )?"
    r"(?:quote|quoted|agreed|estimate|estimated|po\b|purchase order|contract)",
    r"\bwhy (?:are|is|were|did) (?:you|we)\b[^.]{0,20}\b(?:still )?(?:billing|charging"
    r"|invoicing|billed|charged|invoiced)",
    rf"\bshould(?:n{_APOS}t| not| never) (?:have )?(?:be|been) (?:billed|charged|invoiced)",
    # "there's a mistake in the amount on 4472", "an error on your invoice"
    r"\b(?:a|an|some) (?:mistake|error)s? (?:in|on|with) (?:the |your |this |that |our )?(?:amount"
    r"|price|invoice|bill|total|quantity|calculation|charge|hours|rate)s?\b",
    # "I don't think the accommodation part of the invoice is right", "the invoice still
    # charges all 22 rooms"
    rf"\b(?:do|does)(?:n{_APOS}t| not) (?:think|believe)\b[^.?!]{{0,50}}\b(?:price|amount"
    r"|quantity|rate|charge|invoice|total|fee|bill|hours|calculation)s?\b[^.?!]{0,20}\b(?:is|are"
    r"|was|were) (?:right|correct|accurate)\b",
    r"\b(?:invoice|bill)\b[^.]{0,10}\bstill (?:charges|includes|bills)\b",
    # more units billed than worked: "your lads were there tue and wed only", "they were only
    # on site two days", "knock a day off and resend", "take the extra visit off the invoice"
    r"\b(?:were|was) (?:only|just) (?:there|here|on site|onsite)\b"
    r"|\b(?:were|was) (?:there|here|on site|onsite) (?:on |for )?(?:\w+ (?:and|&) \w+|\w+"
    r"|\d+ \w+) only\b",
    rf"\bknock (?:a|an|one|two|three|\d+|the extra) (?:{_UNITS}) off\b",
    rf"\btake (?:the extra|one|two|three|\d+) (?:{_UNITS}) off (?:the |your |this )?(?:invoice|bill)",
)
# A refusal to pay (a charge or the invoice): "we're not paying the call-out", "that's not
# getting paid", "we shouldn't be paying it", "take it off".
_REFUSAL = words.alt(
    rf"\b(?:won{_APOS}t|will not|shan{_APOS}t|refuse to|(?:are|aren{_APOS}t|am|is) not going to|not going to)"
    r" (?:be )?pay(?:ing)?\b(?! (?:(?:it|this|that|you|them) )?(?:today|now|yet|this week|right now"
    r"|immediately|until (?:the |next )?(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul"
    r"|aug|sep|oct|nov|dec|end of|beginning)))",
    r"\b(?:we|i)(?:['\u2019]re| are|['\u2019]m| am) not paying\b(?! (?:(?:it|this|that|you) )?(?:today"
    r"|now|yet|this week))",
    r"\b(?:that|this|it|which)(?:['\u2019]s| is) not (?:getting|being|going to be) paid\b",
    rf"\b(?:isn{_APOS}t|is not|aren{_APOS}t|are not) (?:getting|going to (?:get|be)) paid\b",
    rf"\bshould(?:n{_APOS}t| not) (?:be paying|have to pay|pay (?:for )?(?:this|that|it|them))\b",
    r"\btake (?:it|that|this|the (?:charge|line|fee|item)) off\b",
)
_DISPUTE = words.alt(
    _REFUSAL,
    # paying the part not contested contests the rest; "fix it and we'll pay" holds payment back
    r"\b(?:correct|fix|amend|revise|reissue|re-issue|credit|adjust)\b[^.]{0,40}\b(?:and|then)"
    r" (?:we|i)(?:['\u2019]ll| will| can) (?:pay|settle)\b",
    # paying the part not contested contests the rest
    r"\b(?:un|non-?)(?:disputed|contested) (?:part|portion|amount|balance|sum|items?|lines?)\b"
    r"|\bcredited (?:(?:back )?already|(?:(?:this|it|that|them) )?back to (?:us|our account))\b",
    # "we're being charged for three lifts that didn't happen"
    r"\b(?:charged|billed|invoiced|charging|billing|invoicing) (?:us |me )?for\b[^.]{0,60}\b(?:that"
    r"|which|who) (?:didn['\u2019]?t|did not|never|weren['\u2019]?t|wasn['\u2019]?t|were not|was"
    r" not|haven['\u2019]?t|hasn['\u2019]?t)\b|"
    r"\b(?:does|do|did) (?:look|seem) (?:wrong|incorrect|off)\b|\bwhereas\b[^.]{0,40}\bonly\b"
    r"|\b(?:revise|rectify|amend) (?:the |this |your |that )?invoice\b",
    r"\bdisput|\bdisagree|\bcontest(?:s|ed|ing)?\b|\bobject to|\breject(?:ing|ed)? (?:the|this|your)"
    r" (?:invoice|charge|bill)",
    _NOT_RECEIVED,
    _WRONG_BILL,
    r"\b(?:arrived|delivered|was|were|is|are) (?:damaged|broken|defective|faulty|incomplete"
    r"|unusable)|\b(?:arrived|delivered|came) (?:\w+ )?(?:scratched|dented|chipped|cracked"
    r"|stained|torn|bent|leaking|soaked|smashed|crushed|shattered)|\bdamaged|\bdefective|\bfaulty|\b(?:crushed|dented|cracked|smashed|spoiled"
    r"|leaking|rotten|expired|torn)\b|\bquality (?:issue|problem)|\b(?:poor|bad|unacceptable"
    r"|substandard|shoddy) (?:quality|workmanship|service|job)|\bnot fit for purpose"
    r"|\bnot satisfied|\bunhappy with|\bdissatisfied|\bstill (?:not|isn['\u2019]?t"
    r"|doesn['\u2019]?t) (?:working|fixed|resolved)",
    r"\b(?:not|won['\u2019]?t|will not|aren['\u2019]?t|are not|refuse to|not going to) (?:be )?"
    r"pay(?:ing)? (?:for (?:a|an|the|this|that|something|work|goods|items|services?)|it\b|this"
    r" (?:invoice|bill|charge)|the (?:invoice|bill|charge))|\bnot paying (?:this|that)\b",
    rf"\b(?:is|are|was|were)(?:n{_APOS}t| not) (?:one of )?ours\b|\bnot ours\b|\b(?:meant"
    r"|intended) for (?:a |an |another |some )?(?:different|other) (?:customer|company|client)",
    rf"\bdo(?:es)?(?:n{_APOS}t| not) owe\b|\bnot owed\b|\bowe (?:you )?nothing\b",
    r"\bcredit (?:us|the rest|back|for)|(?<!any )\bcredit note|\bplease credit (?:the|those|these"
    r"|this|that|them)\b|\bcredit memo|\balready (?:been )?"
    r"(?:credited|refunded|returned|cancell?ed|voided)",
    r"\bnot (?:our (?:po|purchase order|order)|(?:ordered|authori[sz]ed))|\bno (?:po|purchase"
    r" order) (?:was )?(?:issued|raised)|\bnot as (?:agreed|ordered|quoted)",
    rf"\b(?:did not|didn{_APOS}t|never) (?:order|authori[sz]e|agree|approve|sign|ask for"
    r"|sign up for)",
    rf"\b(?:won{_APOS}t|will not|refuse to|cannot|can{_APOS}t|not going to) (?:be )?(?:pay|approv"
    r"|process)\w*\b[^.]{0,40}\buntil(?! (?:the |next |after )?(?:\d|mon|tue|wed|thu|fri|sat|sun"
    r"|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|end|beginning|pay ?day)"
    # not money the sender waits for: "until our client pays us", "until we get paid"
    r"|(?: (?:our|the|my))? (?:client|customer)s? (?:pays?|settles?|has paid)| we (?:get|are"
    r"|['\u2019]re|receive) (?:paid|payment|funds)"
    # nor a process to end: "until it comes through", "until probate is granted"
    r"|(?: \w+){0,4}? (?:comes?|goes|go|clears?) through\b|(?: the)? (?:grant of )?probate\b"
    r"|(?: the| our| my)? (?:funds?|money|loan|grant|insurance payout)\b)"
    r"|\brefus\w* to pay|\bwithh[oe]ld\w*|\bon hold (?:until|pending)",
    rf"\b(?:returned|sent back) (?:the |this |that |these |those |our |all (?:the )?)?{_GOODS}"
    # (brought back by the sender, not "since your Mr Okafor brought it back from the workshop")
    r"|\b(?:we|i)(?:['\u2019]ve| have)? brought (?:it|them|this|that|the \w+) back\b"
    r"|\b(?:sent|shipped|posted|mailed|couriered|returned)\b(?! (?:\w+ ){0,3}?(?:payment"
    r"|cheque|check|money|funds|form|invoice|statement|contract|document|paperwork|signed|w-?9"
    r"|remittance|e-?mail|reply|message)s?\b)(?: (?!get|come|hear|write|call|ring|go)\w+){1,4}? back\b"
    r"|\brma\b|\breturn(?:s)? (?:authori[sz]ation|merchandise|number|label|slip|request|note)"
    rf"|\bshould(?:{_APOS}ve| have) been (?:credited|refunded|cancell?ed|voided|reversed|written off)"
    r"|\b(?:awaiting|waiting (?:for|on)|still no) (?:a |the |our |your )?(?:credit|refund)\b"
    # not "sorry I've not got back to you sooner": an answer late, nothing returned
    # (nor "when I got back": the sender home again)
    r"|\b(?:were|was|have been|has been|(?<!\bi )(?<!\bwe )(?<!\bhe )(?<!\bshe )(?<!\bthey )got)"
    r" (?:sent |shipped |taken )?(?:back(?! to (?:you|u|ya"
    r"|me|us|them|him|her)\b| from\b| home\b| in\b)|returned)\b"
    r"|\bcancell?ed (?:the |our |this )?(?:order|contract|subscription|service|account)"
    rf"|\b(?:{_GOODS}|contract|subscription|account|membership|plan) (?:was|were|had been|has"
    r" been) cancell?ed\b",
    r"\bnot (?:liable|responsible for (?:this|the) (?:invoice|charge))|\bnever received (?:the"
    r" |any )?(?:service|work)|\b(?:was|were|has|have) never (?:been )?(?:put up|installed|fitted"
    r"|erected|carried out|completed|started|finished|performed|provided)\b",
    # the service paid for failed: "treatments that didn't work", "the repair hasn't worked"
    rf"\b(?:treatments?|services?|repairs?|fix(?:es)?|visits?|call-?outs?|work)\b (?:that |which )?"
    rf"(?:(?:has|have)(?:n{_APOS}t| not) worked|(?:did|does|do)(?:n{_APOS}t| not) work|never worked)\b",
    # what the bill should not hold: "should have been covered by the service contract", "we
    # only ordered 40", "isn't what we agreed", "this was cancelled", "was meant to be 12.50"
    rf"\bshould(?:{_APOS}ve| have) been (?:covered|included|free|part of)\b|\bcovered (?:by|under)"
    r" (?:the |our |your )?(?:service contract|maintenance (?:contract|plan|agreement)|contract"
    r"|agreement|guarantee|service plan|sla)\b",
    r"\b(?:only|just) (?:ordered|asked for|booked|requested) (?:\d+|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|a|an|half)\b",
    rf"n{_APOS}t (?:what|as) (?:was |we |you |had been )?(?:quoted|agreed|ordered|discussed"
    r"|contracted)\b",
    r"\b(?:this|that|it|the (?:booking|job|visit|appointment|event|session|course))(?: was| were"
    r"| had been| has been) cancell?ed\b(?! and (?:re-?issued|replaced))",
    r"\b(?:price|rate|cost|charge|fee)s?\b[^.]{0,25}\b(?:was|were) (?:meant|supposed) to be\b"
    r"|\breturned (?:these|those|them)\b",
)

_PLAN = words.alt(
    # "$300/month", "£200 a month", "150 EUR per week": an instalment the sender proposes
    rf"{words.AMOUNT} ?(?:/ ?|a |an |per |each |every )(?:month|week|fortnight)\b",
    r"\b(?:re)?payment (?:plan|arrangement|schedule)|\binstal+ments?|\bemis?\b|\bin (?:\w+ )?"
    r"(?:parts|tranches|lots|chunks|stages|monthly (?:payments|amounts))|\bin (?:\d|two|three"
    r"|four|a few|small|smaller) (?:bits|pieces|lumps)\b|\bin (?:two|three|four"
    r"|five|six|\d+|several|multiple|a few|smaller) (?:payments|amounts|goes)\b|\b(?:partial|part|monthly|weekly"
    r"|fortnightly) payments?",
    r"\bpay (?:it |this )?(?:in |by )?(?:part|half|portions|monthly|weekly|fortnightly|bi-?weekly"
    r"|quarterly|a portion|some)\b|\bflexib\w* (?:on|with|regarding|around|about) (?:the )?"
    r"(?:due date|payment|terms|deadline|date)|(?<!in )(?<!regime di )\bsplit"
    r" (?:the |this |it )?(?:payment|invoice|amount|balance|bill|into(?! (?:\w+ )?(?:phases|stages"
    r"|lots|sections|parts of the (?:job|work|project))\b))|\bspread\w* (?:\w+ ){0,5}"
    r"(?:over|across)\b|\bover (?:a |the )?(?:next (?!(?:few|couple of) weeks?\b))?(?:couple of"
    r"|few|several|\d+|two|three|four|five|six|twelve) (?:months?|weeks?|fortnights?)"
    # "over the next few weeks" spreads a payment only: "the new finance team will be in touch
    # over the next few weeks" spreads nothing
    r"|\b(?:pay\w*|clear\w*|settl\w*|balance|amount|sum|off|instal\w*|owe\w*|it|this)\b[^.]{0,40}?"
    r"\bover (?:a |the )?next (?:few|couple of) weeks",
    r"\b(?:more|additional|extra|some) time\b|"
    # "I would be grateful if you would allow us until then" (the council's next meeting)
    r"\b(?:allow|give|grant) (?:us|me) (?:until|till|up to|a (?:few|couple of) (?:more )?(?:days|weeks))\b|"
    # an extension of time, not "the Kenton Rd extension" (a building) or "hire extension"
    r"(?:\ban|\bthe requested|\bshort|\bsmall|\bbrief|\bfurther|\banother|\bpayment|\btime"
    r"|\bcredit|\bgrace|['\u2019]s?|\bsome|\bany) extension\b(?!:? ?(?:no\.? ?)?\d)"
    r"|\bextension (?:of|until|till|to|on) (?:the )?(?:payment|deadline|due date|terms|\d+"
    r" (?:days|weeks)|\w+ (?:days|weeks))|\bextend (?:the )?"
    r"(?:deadline|due date|payment terms|terms)|\bdefer\w*|(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bgot )\bpostpone|\bgrace period"
    r"|\bgive (?:us|me) (?:until|till|more|another|a few|some|a little|an extra|extra)",
    r"\b(?:reduce|reduced|lower|smaller) (?:amount|payment|balance|sum|fee)\b|\b(?:settle|accept)"
    r" (?:for|a) (?:a )?(?:lower|reduced|smaller|partial)",
    r"\bhardship|\bcash[- ]?flow|\bfinancial (?:difficult|trouble|problem|hardship|strain"
    r"|situation)|\bstruggling|\btight (?:on|at) (?:the moment|money|cash)|\b(?:money|cash|funds"
    r"|finances|things) (?:is|are|['\u2019]s|have been) (?:\w+ )?(?:tight|short|low)\b"
    r"|\b(?:short|low) on (?:cash|funds|money)",
    r"\b(?:can't|cannot|can not|cant|unable to|not able to|not in a position to) (?:afford|pay"
    r" (?:the full|in full|it all|everything|all|this (?:month|week)|right now|at the moment"
    r"|at this time|currently|now))|\bcan only (?:afford|pay|manage|do(?! (?:it|that|this|so) (?:from|when|at|once|after|on|in"
    r" (?:the|our) office|remotely|online)\b))\b",
    # not the post's "give it a few more days before following up"
    r"(?<!give it a )\bfew (?:more|extra) (?:days|weeks|months)|\b(?:can|could|may) (?:we|i) (?:have|get)"
    r" (?:until|till|another|a few)|\banother (?:(?:\d+|few|couple of|two|three) )?(?:days"
    r"|weeks|months|week|month)\b",
    r"\bfull and final|\bin full (?:and final )?settlement|\baccept\b[^.]{0,30}\b(?:as|in)"
    r" (?:full|final|settlement)|\bsettle (?:for|at) (?:[$€£]|\d)",
    r"(?:[$€£]\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:[$€£]|eur|usd|gbp|aud|cad|inr|dollars|euros|pounds"
    r"|bucks)) (?:a|per|each|every) (?:week|month|fortnight)",
    # "if I paid half of this next Thursday and the other half in January"
    r"\b(?:pay|paid|settle|settled|transfer|transferred|send|sent) half\b[^.?!]{0,60}\band"
    r" (?:then )?the (?:other half|rest|remainder|balance|second half)\b",
    # "the other £842.60 will have to wait until the end of November"
    r"\bthe other (?:[£€$]\s?\d[\d.,]*|\d[\d.,]*\s?(?:eur|euros?|gbp|pounds?|usd|dollars?))"
    r" (?:will|would|can|must|has to|is to|to)\b",
    r"\b(?:now|today|this (?:week|month)|upfront|up front|immediately|right away)\b[^.]{0,12}"
    r"\band (?:the )?(?:rest|remainder|remaining|balance|other half|second half)|\b(?:half|part"
    r"|some|a portion|a part|\d+ ?%) (?:of (?:it|this|the (?:amount|balance|invoice|bill)) )?"
    r"(?:now|today|this (?:week|month)|upfront|immediately)\b",
    r"\bwaiting (?:on|for) (?:(?:the |our |some )?(?:funds|payment|money|cash)\b(?! (?:approval"
    r"|authori|release|run|batch|to be))|(?:our |the |a"
    r" |my |an )?(?:end[- ])?(?:client|customer|principal|debtor)s?\b)"
    # not "once / when our client pays us": a commitment on an event is a promise
    r"|\b(?:until|till) (?:our |the |my )?(?:client|customer)s? (?:pays?|settles?|has paid"
    r"|have paid)|\b(?:until|till) we (?:get|are|['\u2019]re|have been|receive) (?:paid|payment"
    r"|funds)",
    r"\bwork out (?:a |an |some )?(?:arrangement|plan|schedule|deal)",
)

_REQUEST = words.alt(
    rf"\b{words.REQUEST_VERB}\b[^.?!]{{0,40}}?\b{_DOC}|\b{_DOC}[^.?!]{{0,30}}\b(?:is |are )?"
    r"(?:needed|required|missing|necessary)",
    rf"(?:\bnever|\bnot|{_NT}) (?:yet )?(?:receiv\w*|got|gotten|get|seen|find|found|have|locate"
    r"|located) (?:the |an |any |your |this |that |a |it )?(?:copy of (?:the |this |that )?)?"
    # (not "he couldn't find the invoice number, so he put our name as the reference")
    r"(?:invoice|bill|statement)(?! (?:number|no\b|ref))",
    rf"\bcan{_APOS}(?:t|not) (?:find|locate) (?:the |this |your |an )?(?:invoice|bill)"
    r"(?! (?:number|no\b|ref))",
    rf"\b(?:what|which)(?:['\u2019]s| is| are| was)? (?:(?:your|the|our) )?{words.DETAIL}",
    r"\b(?:what|which)(?:['\u2019]s| is| are| was)? (?:(?:this|that|the|these|those) )?(?:invoice"
    r"|bill|charge)s?\b[^.?!]{0,25}\b(?:for|relat\w*|refer\w*|about|regarding)\b",
    rf"\b(?:do|would|could|can) (?:you|anyone) (?:still )?have\b[^.?!]{{0,20}}?\b{_DOC}",
    r"\bwhich (?:bank )?account|\bwhere (?:should|do|can) we (?:send|pay|wire)|\bwho (?:do|should)"
    r" we pay",
    # not an absence's "please resend anything urgent after the 16th" or "resend it to finance@"
    # (not "it was cancelled and reissued": done already)
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bcancelled and )(?<!\bcanceled and )"
    r"\b(?:re-?issue|re-?submit|re-?send)\w*(?! (?:(?:it|this|anything|them|your (?:message|e-?mail"
    r"|request)) )?(?:(?:urgent|important) )?(?:after|when|upon|on my return|once|to)\b)"
    r"|\b(?:corrected|revised|updated|amended|new) invoice",
    r"\b(?:submit|upload|send|enter|load|register|raise|post)\w*\b[^.]{0,40}\b(?:through|via|in"
    r"|into|on|to|using)\b[^.]{0,25}\b(?:portal|system|platform|tool|coupa|ariba|tungsten"
    r"|basware|taulia)\b",
    r"\b(?:can't|cannot|can not|cant|unable to|not able to|won't be able to|couldn't) (?:process"
    r"|pay|release|approve|book|enter|post|match)\b[^.]{0,30}\b(?:without|until (?:we |i )?"
    r"(?:receive|get|have))",
    rf"\bwithout (?:a |an |the |your )?(?:valid |signed |correct )?{_DOC}",
    # not the sender's own "I'll send it through on Monday"
    r"(?<!ll )(?<!\bwill )(?<!\bi )(?<!\bwe )(?<!\bto )"
    r"\b(?:send|email|e-mail|forward|resend|re-send|mail) (?:it|this|that|them|one|a copy)"
    r" (?:over|again|through|across|back)\b",
    r"\b(?:attachment|pdf|file|document|cop(?:y|ie))s?\b[^.]{0,30}(?:missing|blank|corrupt|empty|lost"
    rf"|unreadable|(?:(?:did|does|would|will|could|is|was|were|wo|ca)(?:n{_APOS}t| not)|never)"
    r" (?:even |properly )?(?:c[ao]me|open\w*|load\w*|work\w*|attach\w*|arriv\w*|download\w*"
    r"|display\w*|ma[dk]e (?:it|the (?:trip|move|jump|switch))|transfer\w*|migrat\w*|g[eo]t"
    r" (?:moved|migrated|transferred)))",
    # "I don't seem to have either, could you email both to me?"
    r"\b(?:could|can|would) you (?:please |kindly )?(?:e-?mail|send|forward|resend) (?:both|them"
    r"|these|those|the two|each)(?: of them)? (?:to me|to us|over|through|across)\b",
    r"\b(?:lost|missing|no) (?:the |our |all (?:the |our )?|any )?(?:attachments|pdfs|copies|invoices)"
    r"\b|\bno record of (?:the |this |that |your |an |any )?(?:invoice|bill)",
)

_NOT_ME = words.alt(
    r"\bwrong (?:person|contact|recipient|department|company|customer|team|mailbox|inbox)",
    r"\b(?:you have|you've|you're using|you are using|sent (?:this|it|them) to|reached|writing"
    r" to) (?:the |a )?wrong (?:address|e-?mail|person|contact|mailbox)|\byou(?: have|['\u2019]ve"
    r"| got|['\u2019]ve got| have got) (?:the |a )?wrong\b",
    r"\b(?:this|it|these|that|reminders?) (?:should|needs to|has to|must) (?:go|be sent"
    r"|be directed|be forwarded) to\b",
    r"\b(?:this|that|it) (?:isn't|is not|isnt) (?:me|for me|my (?:area|department|job"
    r"|responsibility))|\bnot my (?:area|department|responsibility|job)|^\s*not me\b",
    r"\bnot the (?:right|correct|appropriate|proper|best) (?:person|contact|department|address"
    r"|recipient|company)|\b(?:i'm|i am|im|we are|we're) not (?:responsible|in charge|involved"
    r"|handling|the (?:right|correct) )",
    rf"\b(?:i|we) (?:do(?:n{_APOS}t| not)|no longer|never) (?:really )?(?:deal with|handle"
    rf"|look after|manage|process|work (?:in|on|with|at|for)|do) (?:the |any |our )?(?:{words.TEAM}"
    r"|invoices?|bills|this|that|these|those)\b",
    rf"\b(?:i|we)(?:['\u2019]m| am|['\u2019]re| are) (?:not|no longer) (?:in|with|part of"
    rf"|working in|on) (?:the )?(?:{words.TEAM}|(?:that|this) (?:team|department|role)"
    r"|(?:the|this|that) company)\b",
    r"\b(?:i|we)(?: have|['\u2019]ve| had)? nothing to do with\b",
    # "I'm not looking after the accounts any more", "I don't do their books now".
    rf"\b(?:i|we)(?:['\u2019]m| am|['\u2019]re| are)? (?:not|no longer|never|do(?:n{_APOS}t| not))"
    r" (?:\w+ )?(?:looking after|handling|doing|managing|dealing with|taking care of|keeping"
    r"|do|handle|look after|manage|keep) (?:the |any |our |their |your |his |her )?(?:accounts"
    r"|books|bookkeeping|invoic\w*|bills|billing|payments|finances|payables)\b",
)
_LEFT = words.alt(
    r"\b(?:i|she|he) (?:have |has )?(?:actually |already |recently )?left (?!(?:a|an|you|the|it|him|her|them|some|my|our|your"
    r"|this|that|early)\b)|\b(?:has|have) (?:left|retired|moved on)\b(?! (?:our|the|my|your|their)"
    r" (?:bank|account)| (?:a|an|some|it|this|that|them|us with|me with)\b)|\bleft the (?:company|firm"
    r"|organi[sz]ation|business)|\b(?:is|am) (?:retired|no longer)",
    r"\bno longer (?:work|with|employed|responsible|at|handl|in charge|in (?:this|that) role"
    r"|part of|deal)|\bmoved (?:to|into|on to) (?:a |another |the |some )?(?:different |other"
    r" |new )?(?:role|position|department|team|job|company)|\bchanged (?:roles|jobs|departments)",
    r"\b(?:handles|manages|looks after|takes care of|is (?:now )?responsible for|is (?:now )?in"
    r" charge of) (?:\w+ )?(?:payments|invoices|accounts payable|payables|billing|ap\b)",
    r"\b(?:they|she|he|who)(?: now| currently| actually)? (?:handle|manage|look after|take care of"
    r"|deal with|process) (?:(?:all|the|our|any|of|vendor|supplier|those|these) ){0,3}(?:payments"
    r"|invoices|accounts payable|payables|billing|bills|ap\b)",
    r"\b(?:i|she|he)(?:['\u2019]m| am| is|['\u2019]s) not (?:with|at|in|part of|on) [^.]{0,50}\b"
    r"(?:any ?more|any longer)\b",
    rf"\b(?:i|she|he|we) (?:do(?:n{_APOS}t| not)|does(?:n{_APOS}t| not)) work (?:at|for|with|in)"
    r" [^.]{0,50}\b(?:any ?more|any longer)\b",
    r"\b(?:i|she|he)(?:['\u2019]ve| have| has|['\u2019]s)? (?:since |recently |now )?(?:moved"
    r"|switched|been moved|been transferred|been reassigned)(?: over| across| internally)? (?:to|into)"
    r" (?!(?:a |the )?(?:new )?(?:system|erp|software|platform|portal|bank)\b)",
)
_WRONG_CONTACT = words.alt(
    r"\bmark (?:all |any |the )?(?:invoices|bills|reminders|payment follow-?ups|correspondence)\b"
    r"[^.]{0,40}\bto\b|\bnot meant for (?:billing|invoices|payments|accounts)",
    _NOT_ME,
    _LEFT,
    r"\bnot (?:a|our) customer|\bnever (?:been|was) (?:a|your) customer|\bno (?:business"
    r"|relationship|account) with (?:you|your)",
    # "all statements and reminders should be directed ONLY to ...": the same, passive
    r"\b(?:invoices|reminders|correspondence|statements)\b[^.]{0,60}\b(?:should|must|are to"
    r"|need to|have to) be (?:directed|sent|addressed|forwarded|redirected) (?:only |solely )?to\b",
    r"\b(?:send|address|direct) (?:all |any )?(?:future |further )?(?:invoices|reminders"
    r"|correspondence|statements|e-?mails|communication)[^.]{0,40}? to\b|\b(?:send|address"
    r"|direct|forward|route) (?:all |any )?(?:future|further) (?:invoices|reminders"
    r"|correspondence|statements|e-?mails|communications?|queries|billing)",
    r"\b(?:from now on|going forward|in (?:the )?future)\b[^.]{0,60}@|@[\w-]+(?:\.[\w-]+)+ (?:\w+ )?"
    r"(?:going forward|from now on|in (?:the )?future|henceforth)",
    rf"\b(?:{words.TEAM}) (?:contact|e-?mail|address|person) (?:is|has changed|changed)\b",
    r"\b(?:handled|managed|dealt with|taken care of) by\b|\b(?:right|correct|appropriate)"
    r" (?:person|contact|address|department) (?:is|would be|for)",
    r"\b(?:it['\u2019]?s|that['\u2019]?s) (?:him|her|them) (?:you )?(?:need|want|have|ought|should)"
    r" (?:to )?(?:speak|talk|write|go) to\b",
)
_PAID = words.alt(
    r"(?<!\bbe )(?<!\bget )(?<!\bgets )(?<!\bgot )(?<!\bgetting )(?<!\bun)(?<!\bpre)"
    r"(?<!\bget it )(?<!\bget this )(?<!\bget that )(?<!\bgetting it )"
    r"\bpaid\b(?! (?:in|by) (?:instal|part))",
    rf"\b(?:sent|made|transferr?ed|wired|remitted|mailed|posted|issued|initiated|processed"
    r"|completed|released|executed|submitted|cut|cleared(?! (?:its|the|our|their|all|every) (?:\w+ )?(?:approval|review|check|step|stage|validation|workflow|match|sign-off|hurdle)s?\b)|approved and sent|scheduled and sent"
    r"|dispatched|authori[sz]ed|settled|actioned|effected|lodged|deposited|put through)\b"
    rf"(?: you| over| out| through)? (?:the |a |an |our |your |this |full |that |its |their )?"
    r"(?:full |entire |whole |total |outstanding |remaining )?"
    rf"(?:{words.MONEY}|{words.AMOUNT})(?!(?: \w+){{0,3}} back\b)",
    # (not "this email was sent to you by ...": the notice itself)
    rf"\b{words.MONEY}\b(?! (?:e-?mail|message|notification|notice|letter|reminder|mail)\b)"
    rf"[^.]{{0,25}}\b(?:has|have|had|was|were|is|are)(?: \w+)? (?:been )?{words.BILL_MOVED}\b",
    # (not "a single payment to be made by the end of the quarter")
    rf"\b{words.MEANS}\b[^.]{{0,20}}?(?<!\bbe )\b(?:already |just |now )?{words.MOVED}\b",
    # "the £612.40 went across by BACS the same afternoon"
    r"(?:[£€$]\s?\d[\d.,]*|\bpayment|\bmoney|\bfunds|\btransfer)[^.]{0,20}\bwent (?:across|over"
    r"|through)\b(?! (?:approval|review|the (?:approval|system|process)))"
    r"|\bwent (?:across|over|out) (?:by|via) (?:bacs|chaps|bank transfer|faster payment|transfer"
    r"|wire)\b",
    # "Check #10477 for $2,310.00 went in Monday's mail"
    r"\b(?:check|cheque|payment)\b[^.]{0,40}\bwent (?:out )?(?:in|into) (?:the|\w+day['\u2019]s"
    r"|yesterday['\u2019]s|today['\u2019]s|this morning['\u2019]s) (?:mail|post)\b",
    r"\b(?:check|cheque|payment)\b[^.]{0,30}\b(?:is|was) (?:in the (?:mail|post)|on (?:its|the)"
    r" way|in transit)|\b(?:went|gone|dropped|popped|put) (?:\w+ ){0,2}?(?:in|into) the (?:post"
    r"|mail)\b",
    r"\bsettled\b|\b(?:payment|remittance) (?:advice|advise|confirmation|notification"
    r"|remittance)|\badvice of (?:payment|remittance)|\bproof of payment (?:is )?attached",
    r"\b(?:i|we)(?:['\u2019]ve| have)? (?:ran|run|keyed|pushed|put through) (?:the |an? |our )?"
    r"(?:ach|bacs|payment|transfer|wire|eft|chaps|faster payments?)\b(?! run\b)",
    r"\b(?:instructed|asked|told|authori[sz]ed) (?:our |the |my )?bank\b[^.]{0,30}\bto (?:send"
    r"|wire|pay|transfer|release|remit|make)\b",
    r"\b(?:invoices?|bills?|balance|amounts?)\b[^.]{0,30}\b(?:were|was|has been|have been)"
    r" (?:duly )?(?:discharged|settled|cleared|paid off)\b|\b(?:total|amount|sum) remitted\b",
    # "just hit send on the transfer": the button that pays, pressed
    r"\b(?:hit|pressed|clicked|tapped) (?:the )?(?:send|submit|pay|confirm|approve)(?: button)? on"
    r" (?:the |your |our |this |that )?(?:payment|transfer|wire|ach|bacs|bill|invoice|it)\b",
    r"\bwent out\b|\bhas gone out|\b(?:payment|money|transfer|it)(?:['\u2019]s| is| has) gone"
    r" out\b|^\s*gone out\b|\bpaid (?:online|by card|via|with)|\bcharged (?:to )?(?:our|my"
    r"|the) (?:card|account)|\b(?:we|i) did (?:pay|send|transfer|settle|make|wire|remit|mail)\b",
    # "taken by direct debit on the 1st", "the standing order went out on Monday"
    r"(?<!be )(?<!been )\b(?:taken|collected|debited|drawn) (?:by|via|through) (?:direct debit|dd"
    r"|standing order)\b|\b(?:direct debit|standing order)\b[^.]{0,20}\b(?:went out|was taken"
    r"|was collected|came out|has been taken|has gone out|was paid)\b",
)

_WHEN = words.WHEN
_NOT_ELSEWHERE = r"(?! to (?!you\b|your\b|u\b|ur\b))"
_PROMISE = words.alt(
    r"\b(?:has |have )?scheduled (?:a|the|your|this) (?:payment|transfer|ach|wire)\b",
    # "I've set this up on the system to go on Monday 19th"
    r"\bset (?:it|this|that|the payment) up\b[^.]{0,30}\bto go (?:out )?(?:on|by|next|this"
    r"|tomorrow|(?:mon|tues|wednes|thurs|fri)day)\b",
    # "I've set it up in the bank as a scheduled payment for the 15th"
    r"\bas an? (?:scheduled|future[- ]dated|post-?dated|forward-?dated) (?:payment|transfer)\b",
    r"\b(?:put|added|included|scheduled|queued|slotted|lined up|booked|released)\b[^.]{0,40}\b(?:in|into|on"
    r"|for|to) (?:the |our |this |next |a )?(?:\w+ ){0,2}(?:batch|run)\b",
    r"\b(?:queued|scheduled|set up|lined up) (?:up )?(?:in|with|at) (?:the|our) bank (?:for|to go"
    r" (?:out )?on)\b",
    r"\b(?:put|add|include|slot)\w* (?:yours|it|this|that|you|your invoice|the invoice) in"
    r" (?:this|next) (?:week|month)['\u2019]s\b",
    rf"\b(?:will|'ll|\u2019ll|ill|itll|theyll|shall|going to|gonna|plan(?:ning)? to|intend(?:ing)? to|expect"
    rf"(?:ing)? to|aim(?:ing)? to|hope to|should be able to|about to)\b[^.]{{0,40}}?\b"
    # (a noun is no payment made: "I'll pass it on to whoever handles payments")
    rf"(?:{words.PAY}(?!ments?\b|ables?\b|roll\b|ees?\b)|take care of|get (?:it|this|the (?:invoice|payment)|payment) (?:paid|out"
    r"|done|sorted|processed|across|over|to you)|have (?:it|this|the invoice) paid"
    # the future perfect: "we'll have paid this by then"
    r"|have (?:paid|settled|transferred|cleared)|bring (?:the )?"
    r"(?:account|balance)|go (?:out|in the (?:post|mail))|be (?:out(?! of)|sent|paid|released|in the"
    r" (?:mail|post))|ship)",
    # (not "anything regarding this account should be sent to our head office": where mail goes)
    rf"\b{words.MONEY}\b[^.]{{0,30}}\b(?:will|should|is going to|shall)\b[^.]{{0,10}}\b(?:be"
    rf" {words.BE_PAID}{_NOT_ELSEWHERE}|go out|arrive|reach|hit|land)",
    rf"(?:\b(?:will|should|shall)|['\u2019]ll) (?:\w+ )?be {words.BE_PAID}{_NOT_ELSEWHERE}",
    r"\b(?!approved(?: it| this)? on )(?:scheduled|queued|approved|slated|set|lined up|booked|earmarked|planned|due)(?: it"
    r"| this)? (?:for|to go out|on|in) (?:the )?(?:payment|our|next|\w+day|\d|tomorrow|end"
    r"|friday|check|cheque|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b)|\bdue (?:to be (?:paid|released|processed|sent)|for (?:payment"
    r"|release)|to go out)\b",
    rf"\b(?:next|this|\w+day['\u2019]s|upcoming|coming|weekly|monthly|fortnightly|following"
    rf"|tomorrow['\u2019]s|today['\u2019]s) {words.RUN}",
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )\b(?:is|are|['\u2019]s|be|get|gets|getting|go|goes"
    r"|going|put|add\w*|includ\w*|queued|scheduled|slated|lined up|booked|set) (?:\w+ ){0,2}?"
    rf"(?:in|on|into|with|for|to) (?:the |our |this |next )?{words.RUN}",
    rf"\bpay (?:it |this |you |the (?:invoice|balance|amount) )?(?:(?:by|on|before) (?={_WHEN})"
    r"|next|tomorrow|at the end|this (?:week|month|friday)|within|in \d"
    r"|(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b))",
    rf"\bpaying (?:it |this |you |the \w+ )?(?:(?:on|by|before) )?(?={_WHEN})",
    # a colleague asked to pay it: "I've asked her to pay it first thing then"
    r"\b(?:i|we)(?:['\u2019]ve| have)? (?:asked|told|instructed) (?:her|him|them|our \w+) to"
    r" (?:pay|settle|transfer) (?:it|this|the invoice|the balance)\b|"
    # (not "before any more reminders go out": our mail, not the money)
    r"(?<!reminders )(?<!letters )(?<!emails )(?<!e-mails )(?<!mails )(?<!notices )(?<!chasers )"
    r"\b(?:go|goes|going) out\b(?! of)|\b(?:are|is|am|['\u2019]re|['\u2019]s) (?:currently |now )?"
    r"(?:processing|releasing|arranging|preparing|sending|paying|transferring|wiring) (?:it|this"
    r"|the (?:payment|invoice|transfer|cheque|check|balance)|payment)\b",
    r"\b(?:in|on|into|to) (?:the|our) (?:payment )?(?:queue|list|schedule) for (?:payment"
    r"|release|processing)|\bqueued (?:up )?for\b|\bin the (?:payment )?queue\b",
    r"\bexpect (?:to receive )?(?:the |our |your )?(?:payment|funds|cheque|check|transfer"
    r"|remittance|money)\b|\byou(?:['\u2019]ll| will| shall)(?: \w+)? (?:have|get|receive)"
    r" (?:it|the (?:payment|money|funds|cheque|check|transfer)|payment|your money|funds|a"
    r" (?:cheque|check|payment|transfer))\b",
    # The money seen from the creditor's side: "you'll see it on the 30th", "it'll be with you".
    r"\byou(?:['\u2019]ll| will| should)(?: \w+)? see (?:it|the (?:payment|money|funds|transfer"
    r"|credit)|payment|funds)\b|\b(?:it|payment|the (?:payment|money|funds|cheque|check|transfer))"
    r"(?:['\u2019]ll| will| should) (?:\w+ )?be (?:with you|in your (?:account|bank))",
    r"\b(?:\w+day|tomorrow|next week|this week)['\u2019]s (?:payments|cheques|checks|transfers"
    r"|wires|remittances|pay list)\b",
    # "cheque goes in the post tomorrow", "payment is going in the mail today"
    rf"\b{words.MONEY}\b (?:is |are )?(?:goes|go|going|gets|get) (?:in|into) the (?:post|mail)\b",
    # "should be with you by Friday", "can do it Monday": the money, its subject understood
    r"^\W*(?:should|will|it['\u2019]ll|itll) (?:\w+ )?(?:be (?:with you|in your (?:account|bank))"
    r"|reach you|arrive|land|hit your (?:account|bank))\b",
    # "it'll be taken by direct debit on the 1st"
    r"(?:\b(?:will|should|shall)|['\u2019]ll) (?:\w+ )?be (?:taken|collected|debited|drawn) (?:by|via"
    r"|through) (?:direct debit|dd|standing order)\b",
    # "so it'll be in that batch", "it'll hit your account that day"
    r"(?:\b(?:will|should)|['\u2019]ll) be (?:in|part of) (?:that|the|this|next|our|their)"
    r" (?:\w+ )?(?:batch|run)\b|\b(?:it|payment|money|funds|transfer)(?:['\u2019]ll| will| should)"
    r" (?:\w+ )?(?:hit|reach|land in|arrive in) (?:your|the) (?:account|bank)\b",
    rf"(?:\b(?:i|we)|^\W*) ?can (?:do|sort|settle|clear|transfer|send) (?:it|this|that)\b"
    rf"[^.?]{{0,20}}?\b(?:on |by |before )?{_WHEN}",
    # "on a single payment to be made by the end of the quarter"
    r"\b(?:payment|transfer|cheque|check|remittance|it)s? to be (?:made|paid|sent|released"
    r"|processed|issued) (?:by|on|before|in|at|with)\b",
    # "it leaves our account on Monday", "set up as a future-dated payment": a debit to come
    r"\b(?:it|payment|money|funds|the (?:payment|money|funds|transfer|cheque|check))\b (?:\w+ )?"
    r"(?:leaves|will leave|is leaving|goes out of|comes out of|will come out of) (?:our|my|the)"
    r" (?:account|bank)\b|\bfuture[- ]dated (?:payment|transfer|ach|wire)\b",
)

LEXICON = named_lexicon("en", words, vars(), casual.CUES)
