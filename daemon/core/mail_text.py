"""The readable text of a received email: HTML turned into plain text, and a guess at its language.

One job: text helpers for `daemon.core.mail_parse`. `html_to_text` keeps what a reader sees (no
script or style, line breaks at block elements, `> ` before blockquoted lines so that quoted
history can be trimmed like plain-text quotes); `unflow` joins the soft line breaks of
format=flowed text (RFC 3676); `guess_language` names the language from common words. None may
raise on any input, and none does more than that: no charset decoding, no trimming.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
    "section", "table", "td", "th", "tr", "ul",
})  # fmt: skip
_HIDDEN = frozenset(("script", "style", "head", "title", "template"))
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")

# A handful of frequent short words per language: enough to tell a one-paragraph reply apart.
_STOP_WORDS = {
    "en": "the and is are we you will have has not this that with for our your paid pay please",
    "de": "der die das und ist sind wir sie nicht mit für ich bitte haben wird ein eine zahlung",
    "fr": "le la les et est nous vous avec pour une des pas merci paiement facture sera je",
    "es": "el la los las y es somos con para una por gracias pago factura hemos no lo",
    "nl": "de het een en is zijn wij we niet met voor bedankt betaling factuur wordt ik",
    "it": "il la gli e è siamo con per una non grazie pagamento fattura abbiamo sarà",
}
_LANGUAGE_WORDS = {lang: frozenset(words.split()) for lang, words in _STOP_WORDS.items()}
# Each common word with the languages it belongs to: one lookup per word of the text, not six.
_WORD_LANGUAGES: dict[str, tuple[str, ...]] = {}
for _lang, _vocab in _LANGUAGE_WORDS.items():
    for _word in _vocab:
        _WORD_LANGUAGES[_word] = (*_WORD_LANGUAGES.get(_word, ()), _lang)
_WORD = re.compile(r"[^\W\d_]+")
_MIN_HITS = 2  # below this a guess is noise: say "" instead


class _TextCollector(HTMLParser):
    """Collects visible text; `depth` counts open blockquotes to quote their lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.hidden = 0
        self.depth = 0

    def handle_starttag(self, tag: str, _attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.flush()
            self.depth += tag == "blockquote"

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.flush()
            self.depth = max(0, self.depth - (tag == "blockquote"))

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.current.append(data)

    def flush(self) -> None:
        text = _SPACES.sub(" ", "".join(self.current)).strip()
        self.current = []
        for line in text.split("\n"):
            if line.strip() or (self.lines and self.lines[-1]):
                self.lines.append(("> " * self.depth + line.strip()).rstrip())


def unflow(text: str, *, delete_space: bool = False) -> str:
    """`text` sent as format=flowed (RFC 3676) as its writer typed it: a line that ends in a
    space (§4.2; not the signature separator "-- ") goes on in the next line of the same quote
    depth; one leading space of each line is stuffing (§4.4); with DelSp=yes the trailing space
    itself was added by the sender's client and goes (§4.3)."""
    paragraphs: list[str] = []
    open_depth: int | None = None  # the quote depth of a paragraph that goes on, if any
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if content.startswith(" "):
            content = content[1:]
        flowed = content.endswith(" ") and content != "-- "
        if flowed and delete_space:
            content = content[:-1]
        if open_depth == depth and paragraphs:
            paragraphs[-1] += content
        else:
            paragraphs.append(">" * depth + (" " if depth else "") + content)
        open_depth = depth if flowed else None
    return "\n".join(paragraphs)


def html_to_text(html: str) -> str:
    """The visible text of an HTML body, one line per block; "" when there is none."""
    collector = _TextCollector()
    try:
        collector.feed(html)
        collector.close()
    except (AssertionError, ValueError):  # html.parser's own failures on hostile markup
        pass
    collector.flush()
    return "\n".join(collector.lines).strip()


def guess_language(text: str) -> str:
    """ "en", "de", "fr", "es", "nl" or "it" by counting common words; "" when unsure."""
    scores = dict.fromkeys(_LANGUAGE_WORDS, 0)
    languages_of = _WORD_LANGUAGES.get
    for word in _WORD.findall(text[:5000].lower()):
        for lang in languages_of(word, ()):
            scores[lang] += 1
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    best, hits = ranked[0]
    if hits < _MIN_HITS or hits == ranked[1][1]:
        return ""
    return best


def language_tag(value: str) -> str:
    """The primary subtag of the first Content-Language tag (RFC 3282): "de-CH, en" -> "de"."""
    match = re.match(r"\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*(?:,|$)", value)
    return match[1].lower() if match else ""
