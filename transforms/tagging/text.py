"""Sentences and tokens with character offsets: the tagger's view of an article's text.

Consumes plain article text; produces ``Sentence`` spans (offsets into the text) and ``Token``
lists (offsets into the sentence). Nothing is dropped: every character belongs to at most one
sentence, and a dateline at the start of the text stays outside the first sentence.
"""

import dataclasses
import re
import unicodedata
from typing import NamedTuple


def words(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string (word lists read better so)."""
    return frozenset(text.split())


def manner_adverb(word: str) -> bool:
    """An adverb of manner or frequency ("repeatedly", "sharply"), as may stand inside a verb
    group ("was repeatedly accused", "have also been imposed")."""
    return len(word) > 4 and word.endswith("ly")


def unaccented(word: str) -> str:
    """A word without its accents ("Vučić": "Vucic", "Sánchez": "Sanchez")."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def folded(word: str) -> str:
    """A capitalised word without its accents (names are matched so); any other word as it is."""
    return unaccented(word) if word[:1].isupper() and not word.isascii() else word


# Abbreviations after which a full stop does not end a sentence (lower-cased, without the dot).
ABBREVIATIONS = words(
    "mr mrs ms dr gen lt col sen rep st gov prof sgt capt maj adm jr sr inc ltd co corp vs no "
    "nos jan feb mar apr aug sept sep oct nov dec u.s u.n u.k e.u u.a.e d.c e.g i.e approx "
    "est fig rev hon pres amb dept smt"
)

# One token: initialisms ("U.S."), a month's abbreviation before a day ("Nov. 3": its dot ends
# no clause), a number with its decimal point or thousands commas ("2.5", "1,000"), words with
# inner hyphens or apostrophes ("al-Assad", "d'Ivoire"), the possessive "'s" and contractions
# ("n't", "'ll") on their own, numbers, then any other mark. Exact shortcuts come first, since
# sentences are tokenised by the thousand: no token starts at a space (``(?=\S)`` skips one
# without trying every alternative); a run of word characters followed by none of
# ``\w . , - '`` is a whole token by the last word alternative and by no earlier one (the
# initialism, month, number and "n't" alternatives each need one of those marks next); a mark
# other than an apostrophe can only be a token of its own. They leave every token as the full
# alternation gives it (a third less time for the tokenising; checked on every EWT sentence
# and the benchmark articles).
TOKEN_RE = re.compile(
    r"(?=\S)(?:\w+(?![\w.,'’-])|[^\w\s'’]|"
    r"[Tt]hen-(?=[A-Z])|"  # "then-Belgian Foreign Minister X": "then-" and the title it dates
    r"(?:[A-Za-z]\.){2,}(?:-[a-z]+)*"  # "U.S.-led", "U.S.-bound": one word, as "US-led"
    r"|\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.(?=\s\d)"
    r"|\d+(?:[.,]\d+)+"
    r"|n['’]t\b"
    r"|['’](?:s|ll|re|ve)\b"  # ("they're": "they" and "'re", a pronoun and its verb)
    r"|\w+(?:[-'’]\w+)*?(?=n['’]t\b)"
    r"|\w+(?:-\w+)*(?:['’](?!s\b|ll\b|re\b|ve\b)\w+(?:-\w+)*)*"
    r"|[^\w\s])"
)

# A sentence ends at . ! ? (with closing quotes) before whitespace and an opening capital, digit
# or quote; a line break always ends one. Written as one mark of [.!?\n] and then what follows
# it ("[.!?]...|\n+" matched the same spans): a pattern that opens with a character class lets
# the regex engine skip to the next such mark, three times quicker over an article.
BOUNDARY_RE = re.compile(r"[.!?\n](?:(?<=[.!?])[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|(?<=\n)\n*)")


class Token(NamedTuple):
    """One word or mark, with offsets into its sentence. A named tuple, not a frozen dataclass:
    articles make tens of thousands of tokens, and a tuple is built several times faster."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        """The lower-cased form, with typographic apostrophes made plain."""
        return self.text.lower().replace("’", "'")


@dataclasses.dataclass(frozen=True)
class Sentence:
    """One sentence: its index in the article, its text and its offsets in the article."""

    index: int
    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Split a sentence into tokens with offsets."""
    # tuple.__new__ directly: a named tuple's own __new__ is a Python function, and articles
    # make tens of thousands of tokens (a tenth less time for the whole tokenising); m[0] and
    # m.span() are a third quicker than m.group(), m.start() and m.end()
    if "ʼ" in text:  # the modifier letter apostrophe ("Swedenʼs"), a letter to ``\w``: as "’"
        text = text.replace("ʼ", "’")  # (one character for one: the offsets stand)
    return [_new_tuple(Token, (m[0], *m.span())) for m in TOKEN_RE.finditer(text)]


_new_tuple = tuple.__new__


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation or an initial."""
    start = dot
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot].lower()
    if not word:
        return False
    if (
        text[start:dot].replace(".", "").isupper()
        and len(text[start:dot]) == 2 * word.count(".") + 1
    ):
        return True  # initials: "George W. Bush", "A.K. Antony"
    return word.rstrip(".") in ABBREVIATIONS


def split_sentences(text: str, start: int = 0) -> list[Sentence]:
    """Split ``text`` from offset ``start`` into sentences with offsets into ``text``."""
    sentences: list[Sentence] = []
    cursor = start
    for boundary in BOUNDARY_RE.finditer(text, start):
        mark = boundary.start()
        if text[mark] == "." and _ends_with_abbreviation(text, mark) and "\n" not in boundary[0]:
            continue  # ("... to the U.N.\n\nThe two leaders": a paragraph ends all the same)
        if text[mark - 2 : mark + 1] == "..." and _quote_open(text[cursor:mark]):
            continue  # '"... contamination brought by... Japan's food products," X said'
        end = boundary.end() if text[mark] == "\n" else mark + 1
        _add_sentence(sentences, text, cursor, end)
        cursor = boundary.end()
    _add_sentence(sentences, text, cursor, len(text))
    return sentences


def _quote_open(span: str) -> bool:
    """Whether a quotation opens in ``span`` and does not close there."""
    return span.count('"') % 2 == 1 or span.count("\u201c") > span.count("\u201d")


def _add_sentence(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    """Append the stripped span ``text[start:end]`` as a sentence if it has any words."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(len(sentences), text[start:end], start, end))


def bare_possessives(tokens: list[Token], texts: list[str]) -> list[int]:
    """The apostrophes that close a capitalised name in "s" with no quotation open ("the
    Philippines' ambassador", "the United States' envoy"; not "the 'Friends of Syria' group")."""
    found = []
    quoted = False
    for i, word in enumerate(texts):
        if word != "'":
            continue
        glued_left = i > 0 and tokens[i - 1].end == tokens[i].start
        glued_right = i + 1 < len(tokens) and tokens[i + 1].start == tokens[i].end
        if glued_right and not glued_left:
            quoted = True  # an opening quote
        elif (
            not quoted
            and glued_left
            and not glued_right
            and i + 1 < len(texts)
            and texts[i - 1][:1].isupper()
            and texts[i - 1].endswith("s")
            and texts[i - 1].isalpha()
        ):
            found.append(i)
        elif glued_left:
            quoted = False  # a closing quote
    return found
