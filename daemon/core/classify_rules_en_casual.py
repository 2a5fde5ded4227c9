"""English word families of the casual register, added to `daemon.core.classify_rules_en`.

One job: the phrases of small businesses answering from a phone (restaurants, cafés, hotels,
trades): who does the books ("the accountant does all that", "I'm just the chef", "new owners
since October"), a payment said in slang ("sorted", "done it this morning", "it went through",
"screenshot attached"), and a document or detail asked for in a few words ("what's this for?",
"which order is this", "bank details please", "the link doesn't work"). Families, not sentences:
the roles, venues, verbs and typos are listed once and combined. Data only; it must not search
text or decide anything.
"""

from __future__ import annotations

from daemon.core.classify_lexicon import Cue
from daemon.core.classify_rules_en_words import DETAIL, MEANS, TEAM, alt

_APOS = "['\u2019]?"
# Who else does the books or reads the mail: an adviser, the owner, another office.
ADVISER = (
    r"(?:(?:external |outside )?(?:accountants?|accountancy|bookkeepers?|book[- ]keepers?"
    r"|tax (?:adviser|advisor|agent)s?|payroll)|(?:head|main|central|group|regional|back)"
    r" office|the office|office|reception|front desk|(?:the )?(?:owners?|boss|landlord|landlady"
    r"|proprietor|manager|management)|the books|accounts (?:dept|department|team"
    r"|office|people)|(?:our|the) accounts|admin)"
)
# A person at the venue who is not the payer: "I'm just the chef".
STAFF = (
    r"(?:chef|cook|sous chef|kitchen porter|kp|waiter|waitress|server|barman|barmaid|bartender"
    r"|barista|bar staff|bar manager|floor manager|receptionist|porter|cleaner|housekeeper|driver"
    r"|delivery driver|staff|employee|worker|apprentice|trainee|temp|assistant|shop assistant"
    r"|supervisor|manager|duty manager|night manager|site manager|foreman|labourer|laborer"
    r"|fitter|tech|technician|plumber|sparky|electrician|stylist|therapist|student|intern"
    r"|weekend (?:staff|help)|part[- ]timer|front of house|foh|boh)"
)
VENUE = (
    r"(?:business|company|restaurant|caf[eé]|coffee shop|hotel|guest ?house|b&b|pub|bar|shop"
    r"|store|salon|bakery|takeaway|take-away|bistro|deli|venue|branch|franchise|garage|studio"
    r"|practice|premises|site|firm|kitchen|diner|brewery|inn|motel|hostel|pizzeria|food truck)"
)
_PRONOUN_ROLE = r"(?:she|he|they|(?:my|our|the) (?:\w+ )?(?:partner|wife|husband|missus|mrs|dad|mum|mom|son|daughter|brother|sister|boss|owner|manager|accountants?|bookkeepers?|book-?keepers?|office|head office|admin))"

_WRONG_CONTACT = alt(
    # "the accountant does all that now", "my partner does the books", "the owner pays the bills"
    rf"\b(?:{ADVISER}|{_PRONOUN_ROLE})\s(?:now |actually |usually |normally |all |just )?(?:does"
    r"|do|handles?|deals? with|looks? after|takes? care of|sorts?|pays?|manages?|keeps?|runs?)"
    r" (?:all |of )*(?:that|this|those|these|it|them|everything|the (?:books"
    r"|accounts|invoices|bills|payments|paperwork|admin|money|finances)|our (?:books|accounts"
    r"|invoices|bills|payments|finances))\b",
    # "ask our accountants", "try the office", "send it to head office", "fwd it to my accountant"
    rf"^\s*(?:(?:please|pls|plz|kindly|best|better|you(?:['\u2019]d| would| need to| should)?)"
    r" )?(?:(?:to )?ask|try|contact|speak to|speak with|talk to|ring|call|phone|email|e-mail"
    r"|write to|go to|go through|check with|chase|send (?:(?:it|this|that|them|these|those"
    r"|invoices|everything|all|the (?:invoice|bill|reminder)s?) )?(?:over )?to|forward (?:(?:it"
    r"|this|them) )?to|fwd (?:(?:it|this|them) )?to)"
    rf" (?:(?:our|the|my|your|his|her|their) )?{ADVISER}\b",
    rf"\b(?:can|could|would|will) (?:you|u|ya) (?:please |pls |plz |just )?(?:send|forward|fwd"
    r"|address|direct|redirect|email|pass)\b[^.?]{0,30}?\bto (?:(?:our|the|my) )?"
    rf"{ADVISER}\b",
    rf"\b(?:invoices?|bills?|reminders?|statements?|these|those|they|it|this|that|everything)"
    rf" (?:all )?(?:go|goes|should go|need to go|needs to go|have to go|has to go|must go|get sent"
    rf"|gets sent) (?:straight |directly |now )?(?:to|through) (?:(?:our|the|my) )?{ADVISER}\b",
    # "I'm just the chef", "im only a waiter here"
    rf"\b(?:i{_APOS}m|im|i am|i{_APOS}m only|i{_APOS}m just) (?:just |only |merely |simply )?(?:the"
    rf"|a|an|one of the) (?:\w+ )?{STAFF}s?\b",
    # "wrong email", "uve got the wrong guy", "wrong emial address"
    r"\bwrong (?:e-?mail|emial|emal|email addy|addy|mail ?box|in-?box|guy|bloke|fella|lady"
    r"|girl|man|woman|one|place|business|restaurant|shop|hotel|company|branch|site|outlet"
    r"|people|number|person)s?\b",
    r"^\s*(?:sorry,? |i think |think )?(?:(?:this|it)(?:['\u2019]s| is) )?(?:the )?wrong"
    r" (?:address|addres|adress)\b",
    # "this is my personal email", "it's a private account"
    r"\b(?:this is|this|it['\u2019]?s|its|that['\u2019]?s|thats) (?:a|my|our) (?:own |private"
    r" |personal |home )(?:e-?mail|email address|address|account|inbox|mailbox|e-?mail account)"
    r"|\b(?:personal|private|home) (?:e-?mail|email address|inbox|mailbox)\b",
    # "the business was sold", "new owners since October", "under new management"
    rf"\b{VENUE}\s(?:was|has been|have been|got|is|were|had been|['\u2019]s been|'s) (?:now )?"
    r"(?:sold|taken over|bought out|transferred)\b",
    rf"\b(?:we|i|they)(?:['\u2019]ve| have| had)? (?:\w+ )?sold (?:the|our|my|this|that) "
    rf"(?:\w+ )?{VENUE}\b|\bchanged (?:hands|owners|ownership)\b"
    rf"|\btook over (?:the|this|our) (?:\w+ )?(?:lease|{VENUE})\b",
    # "this address is just for bookings": the mailbox serves something else
    r"\b(?:this|that|the|my|our) (?:e-?mail|address|inbox|mailbox|account)(?: address)? is"
    r" (?:just |only |purely |strictly |mainly )?(?:for|used for) (?!(?:the )?(?:payments?|invoices?"
    r"|accounts|billing|bills)\b)\w+",
    r"\b(?:new|previous|old|former) (?:owners?|ownership|management|proprietors?|operators?|licensees?|landlords?"
    r"|tenants?)\b|\bunder new (?:management|ownership)|\b(?:change|changed|transfer) of"
    r" (?:ownership|owner|management)",
    rf"\b(?:no longer|don{_APOS}t|do not|dont|never did) (?:own|run|operate|manage|trade as"
    rf"|work (?:at|for|in)) (?:the|this|that|our|my|a) (?:\w+ )?{VENUE}\b",
    # "the lad who ordered doesnt work here anymore", "Mike left in the summer"
    rf"\b(?:does|do)(?:n{_APOS}t| not)? work (?:here|there|for us|with us)"
    r" (?:any ?more|any longer|now)\b|\bno longer works? (?:here|there|for us)",
    r"\bleft (?:us |the (?:company|business|firm|restaurant|hotel|job) )?(?:in (?:the )?"
    r"(?:summer|spring|autumn|winter|fall|jan\w*|feb\w*|march|april|may|june|july|aug\w*"
    r"|sep\w*|oct\w*|nov\w*|dec\w*|\d{4})|last (?:week|month|year|summer|spring|autumn"
    r"|winter)|(?:a (?:while|few \w+)|months|weeks|years|ages) ago)\b",
    # "we've changed bookkeeper", "we use an accountant now"
    r"\b(?:changed|switched|new|swapped) (?:our )?(?:accountants?|bookkeepers?|book-?keepers?"
    r"|accountancy firm)\b|\bwe (?:have|['\u2019]ve got|got|use) (?:an? )?(?:new )?(?:accountant"
    r"|bookkeeper|book-?keeper)s? now\b",
    # "please update your records to billing@..."
    r"\bupdate (?:your|the) (?:records|details|contacts?|system|files?|database|mailing list"
    r"|address book)\b[^.]{0,40}(?:@|e-?mail|contact)",
)

_REDIRECT = alt(
    r"\b(?:send|fwd|forward|email|e-mail|mail|write|contact|reach)\b[^.]{0,40}@",
    r"\bnew (?:e-?mail|email address|address|contact|addy)\b|\b(?:e-?mail|message|contact)"
    r" (?:her|him|them|us)\b[^.]{0,30}@",
    rf"\b(?:{TEAM}|{ADVISER})\b(?: \w+)? (?:is|are|at|on|=) \S*@",
)

_PAID = alt(
    r"\bpa(?:yed|yd)\b",
    r"^\s*(?:pd|pmt sent|pymt sent|pmt done)\b",
    # "Transferred.", "Wired yesterday!": the verb of paying alone, its object understood
    r"^\s*(?:just |already |all )?(?:transferred|transfered|wired|remitted|paid)(?: (?:over|across"
    r"|it|this|that|in full|yesterday|today|this morning|earlier|already|just now|last \w+|on"
    r" \w+|\w+day|the \d+\w*))*\s*(?:[.!]|$)",
    # "sorted", "already sorted this", "it's been sorted", "sorted on our end"
    r"^\s*(?:all |already |just |been |now |it['\u2019]?s |its |that['\u2019]?s |thats "
    r"|(?:i|we)(?:['\u2019]ve| have)? )*(?:sorted|squared|settled)(?: up| out)?\b(?! (?:out )?"
    r"(?:the|a|an|your|our) (?:issue|problem|mix-?up|error|delivery|order|paperwork))",
    r"(?<!until )(?<!till )(?<!when )(?<!once )(?<!after )\b(?:it|this|that|invoice|bill|balance"
    r"|account)(?:['\u2019]?s| has| is| was)? (?:all )?"
    r"(?:been )?(?:sorted|squared up|paid up|paid off)\b",
    r"\b(?:all|fully) paid(?: up| off)?\b|\bpaid (?:it |this |that )?(?:up|off)\b",
    # "sent via ACH yesterday", "transferred it through online banking": the means named
    rf"\b(?:sent|paid|wired|remitted|transferr?ed|mailed|made|settled) (?:it |this |that |them"
    rf" |(?:the |our )?payment )?(?:via|by|through|thru|over|with|using) (?:the |our |your )?"
    rf"(?:{MEANS}|online banking|internet banking|the (?:bank )?app|bank app|card|credit card"
    r"|debit card|paypal|venmo|stripe|portal|payment link|link|online)\b",
    # "done it this morning", "just done a bank transfer", "did the transfer on Tuesday"
    r"^\s*(?:(?:i|we)(?:['\u2019]ve| have)? )?(?:just |already )?(?:done|did|dun) (?:it|that|this)\b"
    r"(?! (?:again|wrong|incorrectly|by mistake))",
    rf"\b(?:done|did|made|sent|popped|put) (?:(?:a|an|the|our|my) )?(?:(?:bank|online|quick"
    rf"|international|faster|full) )*(?:{MEANS}|bank transfer|transaction|bacs|direct credit)\b",
    # "bank says it went yesterday", "money's gone out", "it went through on Monday"
    rf"\b(?:{MEANS}|it|this|that)(?:['\u2019]?s| has| have|['\u2019]ve)? (?:already |now |just )?"
    r"(?:gone|went)(?: (?:out|through|thru|over|across|off|in|yesterday|today|this morning|last"
    r" \w+|on \w+|earlier|\w+day)\b|\s*$)",
    rf"\b(?:{MEANS}|it)\b (?:left|came out of|was taken from|was debited from|has left) (?:our"
    r"|my|the) (?:bank|account|acc)\b",
    # a dated payment read off the records: "I've got a Faster Payment to you on 20 November for
    # £1,150", "our records show a transfer to you on the 3rd"
    r"\b(?:i['\u2019]?ve got|i have|we have|i can see|we can see|(?:our|my|the) (?:records|bank"
    r" statement|statement|ledger|system|books) shows?) (?:a |an |the |our |one )?(?:faster"
    rf" payment|(?:{MEANS} )?(?:payment|transfer)|{MEANS}) (?:made )?(?:to|of|for|out to) [^.]{{0,50}}?\bon (?:the )?"
    r"\d{1,2}(?:st|nd|rd|th)?\b",
    # "I moved it across from the business account on Friday night"
    r"\b(?:i|we) (?:moved|shifted|transferred|put) (?:it|this|the money|the payment) (?:across|over)"
    r" (?:from|to|on|last|yesterday|this)\b",
    # "our bank shows it leaving on Monday 3rd", "the statement has it as paid on the 2nd"
    r"\b(?:bank|statement|account|online banking|banking app)\b (?:shows|has|says) (?:it|this"
    rf"|that|the {MEANS}|our {MEANS}) (?:as )?(?:leaving|left|going out|gone out|debited|paid"
    r"|cleared)\b",
    # "screenshot of the payment attached", "see attached confirmation from the bank app"
    r"\b(?:screen ?shot|screengrab|screen grab|snip|confirmation|receipt|proof|print ?out)s?"
    r"\b[^.]{0,25}\b(?:payment|transfer|bank|bacs|banking|app|paid|remittance|transaction)",
    r"\b(?:payment|transfer|bank|bacs|banking|transaction|remittance)\b[^.]{0,15}\b"
    r"(?:screen ?shot|screengrab|confirmation|receipt|proof)s?\b",
    r"\b(?:see|find|here['\u2019]?s|heres|attached|enclosed)\b (?:(?:the|my|our|a) )?(?:attached"
    r" |enclosed )?(?:screen ?shot|screengrab|confirmation)s?\b",
    # "cleared on our side", "paid from our end"
    r"^\s*(?:it['\u2019]?s |its |all |been |has been |was )?(?:cleared|paid|sorted|done|gone"
    r"|processed|sent) (?:on|from) (?:our|my) (?:side|end)\b",
)

_REQUEST = alt(
    # "a version of the invoice with the rego on it"
    r"\b(?:a |another )?(?:version|copy) of the invoice with\b",
    # "what's this for?", "what is this invoice for", "which delivery is this for"
    r"\b(?:what|wot|wat)(?:['\u2019]?s| is| was| are)? (?:this|that|it|these|this one|the"
    r" (?:invoice|bill|charge|amount))(?: (?:invoice|bill|charge|amount|one|email|reminder))?"
    r"(?: (?:actually|exactly|even|really))? for\b",
    r"\bwhich (?:order|delivery|job|invoice|bill|visit|booking|event|shipment|purchase|one"
    r"|drop|supply|account|site|branch)s?(?: (?:number|no|ref))? (?:is|was|does|are) (?:this"
    r"|that|it|these)\b",
    rf"\b(?:no idea|not sure|unsure|don{_APOS}t know|dont know|can{_APOS}t tell|cant tell|no clue)"
    r" (?:what|which) (?:this|that|it|these|the (?:invoice|bill|charge|amount))(?: \w+)? (?:is"
    r"|are|relates|refers|was|for)\b",
    # "our system needs a PO", "wont accept it without a purchase order number"
    rf"\b(?:system|software|portal|accounts|xero|sage|quickbooks|head office|we|i)\b[^.]{{0,20}}"
    rf"\b(?:needs?|requires?|has to have|must have)\b[^.]{{0,15}}\b(?:{DETAIL}|po|p/o)\b",
    rf"\b(?:system|software|portal|accounts|xero|sage|quickbooks|finance|head office)\b"
    rf"[^.]{{0,20}}\b(?:won{_APOS}t|wont|will not|cannot|can{_APOS}t|cant|doesn{_APOS}t|does not)"
    r" (?:accept|process|take|allow|let|pay)\b[^.]{0,30}\bwithout\b",
    r"\b(?:put|add|include|quote|show|state|print|mention|insert)\b[^.]{0,25}\b(?:on|to) (?:the"
    r"|your|this|an?|each) (?:invoice|bill|statement)s?\b",
    r"\b(?:invoice|bill|receipt)s?\b[^.]{0,25}\b(?:made out|addressed|issued|raised|made"
    r" payable) (?:to|in)\b",
    # "can u send again", "cant find it anywhere"
    r"\b(?:can|could|would|pls|please|plz) (?:you |u |ya )?(?:please |pls |plz )?(?:re-?send"
    r"|send|email|e-mail|forward|mail|fire)(?: (?:it|this|that|them|one|me|us|a copy|over|the"
    r" \w+))* (?:again|over|through|across|back|thru)\b",
    rf"(?<!\byou )(?<!\bu )\bcan{_APOS}(?:t|not) (?:find|locate|see) (?:it|this|that|them|(?:the|this|that|your|an"
    r"|any) (?:invoice|bill|statement|one|e-?mail|attachment|pdf|document|order))\b",
    # "what are ur bank details", "sort code and account number please", "what account"
    rf"\b(?:what|which|wats?)(?:['\u2019]?s| is| are| was)? (?:(?:ur|yr|you|ya) )?{DETAIL}",
    rf"^\s*(?:(?:your|ur|yr|need|send) {DETAIL}|{DETAIL}(?: (?:and|&|\+) (?:(?:your|the) )?"
    rf"{DETAIL})* (?:please|pls|plz|pl[sz]e?))\s*$",
    r"\b(?:what|which|wat)(?: bank)? (?:account|acct|bank)\b(?! (?:is|was) (?:this|it) for)",
    r"\b(?:how|where) (?:do|can|should|would) (?:i|we) (?:pay|make (?:a |the )?payment|transfer|send"
    r" (?:the )?(?:money|payment))\b",
    # "can't open the link", "the link has expired", "link doesnt work"
    rf"\b(?:can{_APOS}t|cannot|cant|couldn{_APOS}t|unable to|not able to) (?:open|access|download"
    r"|view|see|read|load|click)\b[^.]{0,15}\b(?:link|pdf|file|attachment|invoice|document"
    r"|portal|it|this)\b",
    rf"\b(?:link|url|pdf|attachment|file|portal)s?\b[^.]{{0,25}}(?:expired|dead|broken|not"
    rf" working|do(?:es)?(?:n{_APOS}t| not) work|wo(?:n{_APOS}t| not) (?:open|load|work)"
    rf"|is(?:n{_APOS}t| not) working)",
    # "haven't had an invoice for this"
    rf"\b(?:never|not|\w+n{_APOS}t|(?:have|has|had|did|do)nt) (?:yet )?(?:had|seen|been sent) (?:an?|the|any|this|that"
    r"|your) (?:invoice|bill|statement)",
)

# "Who are you?" doubts the reminder itself: a person should answer, whatever else is asked.
_SUSPECT = (
    # new bank details announced by mail: a person verifies them (payment-redirection fraud)
    r"\b(?:our|my|the|your) bank(?:ing)? (?:details|account)(?: details)? (?:have|has|had)"
    r" (?:recently |now |just )?changed|\bnew bank(?:ing)? (?:details|account)|\bchanged (?:our |my )?bank(?:ing)? details"
    r"|\bupdated bank(?:ing)? details|(?<!\bwe )(?<!\bwe['\u2019]ve )(?<!\bwe have )(?<!\bi )\bchanged bank(?:s)?\b|\bchanged (?:our |my )?bank(?:ing)? provider|"
    r"\bwho (?:are|r) (?:you|u|ya)\b|\bwho(?: is|['\u2019]?s) this\b(?! (?:invoice|bill|for|to))"
)

CUES = {
    Cue.SUSPECT: _SUSPECT,
    Cue.WRONG_CONTACT: _WRONG_CONTACT,
    Cue.REDIRECT: _REDIRECT,
    Cue.PAID: _PAID,
    Cue.REQUEST: _REQUEST,
}
