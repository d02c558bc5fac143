"""Names from Phoenix's capitals in the case of news, and the rules that call a name noise.

Consumes Phoenix phrases ("BASHAR_AL-ASSAD_") and the Phoenix files' own English vocabulary;
produces cased names and keep/drop decisions, counted by reason; a record's names (its phrase
and synonyms, a bracketed acronym beside its name). Used by ``actors.py``.
"""

import collections
import pathlib
import re
import unicodedata

from transforms.tagging.dictionaries.phoenix import ActorRecord, decode
from transforms.tagging.text import words

LOWER_PARTICLES = words(
    "al el bin bint ibn de da das dos do van von der den le la di du y e ul ud of and the for in "
    "on at to"
)

TITLE_HEADS = words(
    "minister ministers president presidents secretary secretaries ambassador ambassadors envoy "
    "envoys chief chiefs commander commanders general generals governor governors spokesman "
    "spokesmen spokeswoman spokeswomen spokesperson leader leaders king queen prince premier "
    "chancellor senator senators mayor mayors judge judges official officials director "
    "chairman chairwoman head heads emir amir sultan monarch diplomat diplomats officer officers "
    "admiral admirals"
)
# Words that are names in some dictionary and ordinary words in news; the files' own vocabulary
# (verbs, agents, issues) covers most others.
COMMON_WORDS = words(
    "will may june august hope grace rose bill mark faith victory unity liberty justice freedom "
    "dawn light star sun moon day night new old great good best first last long little young "
    "white black brown green gray grey red gold golden silver stone wood wall hill field lake "
    "river sea bay island north south east west central national united independent popular "
    "people party front army force forces movement group council union league alliance state "
    "states republic government forum change future hand heart home house land life love man "
    "men money peace power pride rock sword tiger tigers lion lions eagle eagles hawk hawks "
    "brothers sons martyrs call voice truth way path world earth fire water storm thunder "
    "lightning spring summer winter autumn morning evening saint holy city town village street "
    "road bridge gate tower castle palace square center centre park garden port airport "
    "station market bank banks"
)


def news_case(phrase: str, *, acronyms: bool = False) -> str:
    """A Phoenix phrase in the case news uses: "BASHAR_AL-ASSAD_" -> "Bashar al-Assad"; with
    ``acronyms``, a one-word name of up to four letters and words without a vowel stay capitals
    ("ETA", "PKK")."""
    words = [word for word in re.split(r"[_\s]+", phrase.strip("_ ")) if word]
    if acronyms and len(words) == 1 and len(words[0]) <= 4 and words[0].isalpha():
        return words[0].upper()
    return " ".join(
        _word_case(word, first=index == 0, acronyms=acronyms) for index, word in enumerate(words)
    )


def _word_case(word: str, *, first: bool, acronyms: bool) -> str:
    if re.fullmatch(r"[IVX]+", word) and len(word) > 1 or re.fullmatch(r"(\w\.)+", word):
        return word.upper()  # "Carl XVI Gustaf", "B." and "U.N."
    if (
        acronyms
        and word.isalpha()
        and (
            not re.search(r"[AEIOUY]", word.upper())
            or len(word) <= 2
            and word.lower() not in LOWER_PARTICLES
        )
    ):
        return word.upper()
    parts = word.split("-")
    cased = []
    for index, part in enumerate(parts):
        lower = part.lower()
        if (
            lower in LOWER_PARTICLES
            and (index < len(parts) - 1 or not first)
            and (index > 0 or len(parts) > 1 or not first)
        ):
            cased.append(lower)
            continue
        text = lower[:1].upper() + lower[1:]
        text = re.sub(r"^(Mc|O'|D'|L')(\w)", lambda m: m.group(1) + m.group(2).upper(), text)
        cased.append(text)
    return "-".join(cased)


class NoiseFilter:
    """Decides which names would be noise in news, counting why."""

    def __init__(self, vocabulary: set[str], discards: set[str], stats: collections.Counter):
        self.vocabulary = vocabulary
        self.discards = discards
        self.stats = stats

    def keep(self, phrase: str, kind: str, *, english: bool = True) -> bool:
        """Whether a Phoenix phrase is a safe name of the given kind (``english``: drop names made
        of ordinary English words; not for states, whose names the vocabulary contains)."""
        words = [word for word in re.split(r"[_\s]+", phrase.strip("_ ").upper()) if word]
        reason = None
        joined = " ".join(words)
        plain = [word.strip(".,'()") for word in words]
        if len(joined.replace(" ", "")) <= 2:
            reason = "too short"
        elif re.search(r"\d", joined) or re.search(r"[()/&]", joined):
            reason = "digits or brackets"
        elif joined in self.discards:
            reason = "discard"
        elif english and all(
            word in self.vocabulary or word in LOWER_PARTICLES_UPPER for word in plain
        ):
            reason = "ordinary English"
        elif kind == "person" and any(
            part.lower() in TITLE_HEADS for word in plain[:-1] for part in word.split("-")
        ):
            reason = "title in the name"
        elif kind == "person" and len(words) == 1 and len(joined) < 4:
            reason = "too short"
        if reason:
            self.stats[f"dropped {kind} name: {reason}"] += 1
            return False
        self.stats[f"kept {kind} name"] += 1
        return True


LOWER_PARTICLES_UPPER = frozenset(word.upper() for word in LOWER_PARTICLES)


def vocabulary(source: pathlib.Path) -> set[str]:
    """Ordinary English words, upper-case: the Phoenix files' own vocabulary and COMMON_WORDS."""
    words = {word.upper() for word in COMMON_WORDS}
    for name in ("CAMEO.2.0.txt", "Phoenix.agents.txt"):  # not IssueCoding: it names groups
        path = source / name
        if path.exists():
            text = decode(path.read_bytes())
            text = "\n".join(line.partition("#")[0] for line in text.splitlines())
            words |= {word.upper() for word in re.findall(r"[A-Za-z]{2,}", text)}
    return words


# "LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_": a name and its acronym in brackets
BRACKETED = re.compile(r"^(.*?)_?\(([^()]*)\)_?$")


def unbracketed(phrase: str) -> tuple[str, str | None]:
    """A phrase and the acronym in brackets beside it, if any ("LIBERATION_TIGERS_OF_TAMIL_EELAM_
    (LTTE)_", "EPA_(EJERCITO_DEL_PUEBLO_EN_ARMAS)_"); other bracketed words ("DIRECT_ACTION_
    (GREECE)_", a country) are left out of the name. Acronyms of fewer than four letters are
    dropped: "ANA" or "EPA" alone is mostly someone else (the Afghan army, a US agency)."""
    found = BRACKETED.match(phrase.strip())
    if found is None:
        return phrase, None
    name, inside = found.group(1).strip("_ "), found.group(2).strip("_ ")
    if is_acronym(name) and not is_acronym(inside):
        name, inside = inside, name
    return name, inside if is_acronym(inside) and len(inside) >= 4 else None


def is_acronym(word: str) -> bool:
    return word.isalpha() and word.isupper() and 2 <= len(word) <= 5


def record_names(record: ActorRecord, keep: NoiseFilter, kind: str, acronyms: bool) -> list[str]:
    names: list[str] = []
    phrases: list[str] = []
    for phrase in [record.phrase, *record.synonyms]:
        name, acronym = unbracketed(phrase) if kind != "person" else (phrase, None)
        # the acronym only beside its name: alone, "EPA" or "ANA" is someone else's
        phrases += [name, acronym] if acronym and keep.keep(name, kind) else [name]
    for phrase in phrases:
        if keep.keep(phrase, kind):
            name = news_case(phrase, acronyms=acronyms)
            if kind != "person" and name.startswith("The ") and " " in name[4:]:
                name = name[4:]  # "The United Nations": the text's "the" is no part of a name
            if name not in names:
                names.append(name)
    return names


def plain_spelling(name: str) -> str:
    """Lower case without accents, for comparing spellings ("Côte" and "Cote")."""
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))
