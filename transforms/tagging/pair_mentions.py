""" "The two countries", "both sides", "the two leaders": a reference to the last pair of actors.

Consumes a sentence's lower-cased tokens at a position; produces the length of a pair noun
phrase there and whether it names people (``ActorMemory.last_pair`` gives its two actors, and the
finder makes them two mentions of one span). Real news names a dyad once ("Saudi Arabia and Iran
agreed ...") and then says "the two countries" or "both sides"; without this the later sentences
give no event. The pair is the last sentence's (or the current sentence's earlier part's) first
two actors of different countries; "leaders", "ministers" and "presidents" want people, the
other nouns states. Nothing is returned when the memory holds no
such pair (the reference is left unresolved rather than guessed). Earlier in the same sentence,
a pair after "between" wins ("X, which mediates between Israel and Hamas, urged both sides").

Dyads written as one word ("US-China talks", "inter-Korean talks", "the two Koreas") are split
into the two names they join, with a joiner between, before mentions are found: the finder then
sees both sides, joined like "A and B" (``coordination``); a mediator's ("a Qatar-brokered
truce between A and B") as the state and the verb ("Qatar brokered"). Other hyphenated words
stay whole ("al-Assad"), and a spaced dash ("Israel - Egypt and Jordan - ...") is no joiner.
"""

from transforms.tagging.entries import COUNTRY, DEMONYM, ORG, PERSON
from transforms.tagging.lexicon import Lexicon
from transforms.tagging.mentions import Mention
from transforms.tagging.text import Token, words

# After "the", alone: "the countries restored ties" (not "the countries of ...", "the countries
# involved"): the two countries of the last sentence that named two (``ActorMemory.named_pair``)
BARE_LIST_NOUNS = words("countries nations")
LIST_CLOSERS = words("of that which who whose in involved concerned where to with from on")
# After "the", alone: "as the leaders met" after a sentence that named the two (not "of ...")
BARE_PAIR_NOUNS = words("leaders pair duo")  # ("The pair agreed to boost trade")
BARE_SIDE_NOUNS = words("sides parties")  # after "the", then a verb: "the sides agreed"
PAIR_OPENERS = words("two both three four those these each") | BARE_LIST_NOUNS | BARE_PAIR_NOUNS
PAIR_OPENERS |= BARE_SIDE_NOUNS
EACH_SIDE_NOUNS = words("side")  # "each side": one of the pair ("each country" may be any)
# "those countries": the last list of states named, however many
LIST_OPENERS = words("those these")
GROUP_SIZES = {"three": 3, "four": 4}  # "the three leaders": the last group of three
STATE_NOUNS = words(
    "countries nations states sides governments neighbours neighbors allies rivals powers capitals"
)
PERSON_NOUNS = words(
    "leaders presidents ministers counterparts heads officials envoys diplomats negotiators men "
    "women premiers"
)
# Words between "the two" and its noun ("the two rival Middle East powers")
PAIR_MODIFIERS = words(
    "foreign rival regional neighbouring neighboring nuclear-armed feuding major middle east "
    "gulf asian african european arab muslim latin american eastern western southeast balkan "
    "caucasus former sahel sahelian baltic nordic central pacific caribbean junta-led "
    "military-led military-ruled "  # "the three Sahel countries"
    "brotherly sisterly friendly allied oil-rich gas-rich energy-rich wealthy downstream "
    "mideast mediterranean ex-soviet post-soviet nato"  # "the two brotherly countries"
)
MAX_PAIR_MODIFIERS = 3
# Verbs that may follow a bare "the two" ("the two spoke", "the two also discussed")
PAIR_VERBS = words("spoke met also have had are were will would held agreed signed shook sat")
REPORTING_PAIR = words("said says told added stated announced confirmed noted")  # ``own_clause``
NEW_CLAUSE_WORDS = words("after before since as when where while because that and but , ; once")
JOINING = words("which between , and as after when while - — ;")  # (the sentence's own two)
# Participles after "the two were" that say what was done to envoys, not to a pair of sides
EXPELLED_PEOPLE = [[word] for word in words("ordered expelled given declared told asked")]
# Marks that may end a bare "the two" ("China, which has mediated between the two, welcomed")
PAIR_ENDS = frozenset({",", ".", ";", ")"})


def pair_phrase(lowers: list[str], index: int) -> tuple[int, bool]:
    """How many tokens from ``index`` a pair phrase ("the two countries", "both sides", "the
    two foreign ministers") takes, and whether it names people; ``(0, False)`` when there is
    none."""
    if lowers[index] not in PAIR_OPENERS or index == 0 and lowers[index] == "two":
        return 0, False
    if lowers[index] == "each":  # "Each side blamed the other": the pair, one at a time
        noun = lowers[index + 1] if index + 1 < len(lowers) else ""
        return (2, False) if noun in EACH_SIDE_NOUNS else (0, False)
    if lowers[index] in LIST_OPENERS:
        noun = lowers[index + 1] if index + 1 < len(lowers) else ""
        return (2, False) if noun in ("countries", "nations", "states") else (0, False)
    if lowers[index] in BARE_LIST_NOUNS:
        closed = lowers[index + 1 : index + 2] and lowers[index + 1] in LIST_CLOSERS
        return (1, False) if index > 0 and lowers[index - 1] == "the" and not closed else (0, False)
    if lowers[index] in BARE_SIDE_NOUNS:
        verb = lowers[index + 1] if index + 1 < len(lowers) else ""
        told = verb in PAIR_VERBS or verb.endswith("ed") and verb not in LIST_CLOSERS
        return (1, False) if index > 0 and lowers[index - 1] == "the" and told else (0, False)
    if lowers[index] in BARE_PAIR_NOUNS:
        bare = index > 0 and lowers[index - 1] == "the" and lowers[index + 1 : index + 2] != ["of"]
        return (1, True) if bare else (0, False)
    if lowers[index] in ("two", *GROUP_SIZES) and lowers[index - 1] not in ("the", *LIST_OPENERS):
        return 0, False  # "two countries" without "the" (or "these") is any two
    length = 1
    while length <= MAX_PAIR_MODIFIERS and lowers[index + length : index + length + 1] in [
        [word] for word in PAIR_MODIFIERS
    ]:
        length += 1  # "the two foreign ministers", "the two rival Middle East powers"
    if index + length >= len(lowers):
        return 0, False
    noun = lowers[index + length]
    if lowers[index] in GROUP_SIZES and noun not in STATE_NOUNS | PERSON_NOUNS:
        return 0, False  # "the three" alone: no group phrase
    if lowers[index] == "two" and lowers[index + 2 : index + 3] in EXPELLED_PEOPLE:
        return 0, False  # "The two were ordered to leave the country": two diplomats named
        # before, no pair of sides
    if (
        lowers[index] == "two"
        and length == 1
        and (noun in PAIR_VERBS or noun.endswith("ed") and "-" not in noun or noun in PAIR_ENDS)
    ):  # (not "the two Russia-backed regions": a compound modifier, no verb)
        return 1, True  # "after the two spoke by phone", "mediated between the two,": the pair
        # itself, people first
    if noun not in STATE_NOUNS | PERSON_NOUNS:
        return 0, False
    return length + 1, noun in PERSON_NOUNS


# Sides that no actor code stands for: "talks between the warring parties ... accusing both
# sides" are the parties' sides, not the last pair of states named
UNNAMED_SIDES = words("parties sides factions generals rivals groups forces camps")


def between_pair(lowers: list[str], mentions: list, index: int) -> list | None:
    """The two actors of different countries joined after the last "between" (or "both")
    before ``index`` that joins two ("between Israel and Hamas"), [] when there is none, None
    when the last "between" opens sides no actor stands for ("between the warring parties")."""
    opening = max((i for i in range(index) if lowers[i] == "between"), default=-1)
    if opening >= 0 and (
        UNNAMED_SIDES.intersection(lowers[opening + 1 : opening + 4])
        and lowers[opening + 1 : opening + 3] != ["the", "two"]  # "between the two rivals"
        and not any(opening < m.start <= opening + 3 and m.actor is not None for m in mentions)
    ):
        return None
    for opening in sorted((i for i in range(index) if lowers[i] in PAIR_JOINERS), reverse=True):
        # "whose country has good ties with both Moscow and Kyiv, offered to host talks between
        # the two sides": the last two joined so before the phrase
        after = [m for m in mentions if opening < m.start and m.end <= index and m.is_actor][:2]
        if (
            len(after) == 2
            and after[0].start <= opening + 2  # ("between the Israeli government and")
            and lowers[after[0].end : after[1].start] in (["and"], ["and", "the"])
            and after[0].actor.country != after[1].actor.country
        ):
            return [m.actor for m in after]
    return []


PAIR_JOINERS = words("between both")


# The token between the two sides of a split hyphenated dyad: U+2010 HYPHEN, which a spaced
# dash ("-", "–") in running text is not.
DYAD_JOINER = "\u2010"
# Words that name a pair of states: "inter-Korean talks" are talks between the two Koreas,
# "cross-Strait ties" China's and Taiwan's. ("intra-Afghan talks" are Afghanistan's.)
PAIRED_WORDS = {
    "inter-korean": ("North Korea", "South Korea"),
    "cross-strait": ("China", "Taiwan"),
    "koreas": ("North Korea", "South Korea"),  # "the two Koreas"
}


def split_dyads(lexicon: Lexicon, tokens: list[Token]) -> list[Token]:
    """The tokens with hyphenated pairs of states or organisations as two names with the joiner
    between ("US-China talks" -> "US", DYAD_JOINER, "China")."""
    if not any("-" in token.text or token.text == "Koreas" for token in tokens):
        return tokens
    split: list[Token] = []
    for position, token in enumerate(tokens):
        left, dash, right = token.text.partition("-")
        pair = PAIRED_WORDS.get(token.text.lower())
        if token.text == "-" and _unspaced_pair(lexicon, tokens, position):
            split.append(Token(DYAD_JOINER, token.start, token.end))  # "U.S.-Japan drills"
        elif pair is not None:  # "inter-Korean talks": the two Koreas, joined like "A-B"
            words = [*pair[0].split(), DYAD_JOINER, *pair[1].split()]
            split += [Token(word, token.start, token.end) for word in words]
        elif left.lower() == "intra" and _state_name(lexicon, right, DEMONYM):
            split.append(Token(right, token.start + len(dash) + len(left), token.end))
        elif right.lower() in MAKING and _state_name(lexicon, left, DEMONYM):
            split.append(Token(left, token.start, token.end))  # "Chinese-made EVs": Chinese EVs
        elif (
            right.lower() in MEDIATING
            and any(later.text == "between" for later in tokens[position + 1 : position + 4])
            and _state_name(lexicon, left, *PAIR_KINDS, DEMONYM)
        ):
            middle = token.start + len(left)  # "a US-brokered truce between": "US brokered"
            state = _named_state(lexicon, left)  # ("an Egyptian-brokered truce": "Egypt")
            split += [Token(state, token.start, middle), Token(right, middle + 1, token.end)]
        elif (
            dash
            and "-" not in right
            and not _one_surname(lexicon, left, right)
            and _state_name(lexicon, left, *PAIR_KINDS)
            and (
                _state_name(lexicon, right, *PAIR_KINDS)
                or position + 1 < len(tokens)
                and _state_name(
                    lexicon, right, *PAIR_KINDS, DEMONYM, next_word=tokens[position + 1].text
                )
            )
        ) or (
            dash
            and position + 1 < len(tokens)
            and _demonym_dyad(lexicon, left, right, tokens[position + 1].text)
        ):  # "US-China talks", "the Trump-Zelenskiy call", "US-South Korea drills"
            middle = token.start + len(left)
            split += [
                Token(left, token.start, middle),
                Token(DYAD_JOINER, middle, middle + 1),
                Token(right, middle + 1, token.end),
            ]
        else:
            split.append(token)
    return split


# Participles after a demonym that make goods that state's ("tariffs on Chinese-made EVs")
MAKING = words("made built produced manufactured designed supplied")
# Participles after a state that make it the mediator ("a Qatar-brokered truce between A and B")
MEDIATING = words("brokered mediated")
# What a hyphenated pair joins: states, organisations, and leaders named by their surname
PAIR_KINDS = (COUNTRY, ORG, PERSON)


def _state_name(lexicon: Lexicon, word: str, *kinds: str, next_word: str = "") -> bool:
    """Whether a capitalised word alone (or with ``next_word``: "South" "Korea") names a country
    or an organisation (or an entry of one of ``kinds``)."""
    if not word[:1].isupper():
        return False
    senses = lexicon.senses_of((word, next_word) if next_word else (word,)) or []
    return any(sense.kind in (kinds or (COUNTRY, ORG)) for sense in senses)


def _one_surname(lexicon: Lexicon, left: str, right: str) -> bool:
    """Whether "left-right" joins two people's names of one state: a double-barrelled surname
    ("Bilawal Bhutto-Zardari"), no pair of sides."""
    sides = [lexicon.senses_of((side,)) or [] for side in (left, right)]
    if not all(senses and all(s.kind == PERSON for s in senses) for senses in sides):
        return False
    return len({sense.code for senses in sides for sense in senses}) == 1


def _named_state(lexicon: Lexicon, word: str) -> str:
    """The name of the state a demonym stands for ("Egyptian": "Egypt"); else ``word``."""
    senses = lexicon.senses_of((word,)) or []
    if any(sense.kind in PAIR_KINDS for sense in senses):
        return word
    code = next((sense.code for sense in senses if sense.kind == DEMONYM and sense.code), None)
    return lexicon.country_names.get(code, word) if code else word


# Nouns of what two states do or have together, after which two demonyms are a pair
DYAD_NOUNS = words(
    "deal deals agreement agreements talks proposal plan relations ties border summit "
    "rapprochement mediation initiative drills exercises cooperation alliance dispute conflict "
    "tensions accord pact treaty partnership normalisation normalization meeting ceasefire truce "
    "patrols patrol exercise drill military naval war trade negotiations dialogue"
)


def _demonym_dyad(lexicon: Lexicon, left: str, right: str, next_word: str) -> bool:
    """Whether "left-right" names two states, either by its demonym, before a noun of what two
    states do together ("the Saudi-Iranian deal", "US-Saudi mediation"; not "British-Iranian
    national", one person)."""
    return (
        next_word in DYAD_NOUNS
        and "-" not in right
        and all(_state_name(lexicon, side, *PAIR_KINDS, DEMONYM) for side in (left, right))
    )


def _unspaced_pair(lexicon: Lexicon, tokens: list[Token], position: int) -> bool:
    """Whether the hyphen at ``position`` joins two names with no space ("U.S.-Japan", which
    the initialism splits off): a pair, as "US-Japan"."""
    if not 0 < position < len(tokens) - 1:
        return False
    left, hyphen, right = tokens[position - 1 : position + 2]
    after = tokens[position + 2].text if position + 2 < len(tokens) else ""
    return (
        left.end == hyphen.start
        and hyphen.end == right.start
        and _state_name(lexicon, left.text, *PAIR_KINDS)
        and (
            _state_name(lexicon, right.text, *PAIR_KINDS, DEMONYM)
            or bool(after)
            and _state_name(lexicon, right.text, COUNTRY, next_word=after)
        )  # ("U.S.-South Korea drills")
    )


def in_dyad(lowers: list[str], mention: Mention) -> bool:
    """Whether a split hyphenated pair joins ``mention`` to another ("US-Saudi mediation")."""
    return (
        DYAD_JOINER
        in lowers[mention.start - 1 : mention.start] + lowers[mention.end : mention.end + 1]
    )


def own_clause(lowers: list[str], opener: int, talks: list) -> bool:
    """Whether a pair phrase after ``opener`` opens a clause of its own (may be the sentence's
    actors), or a reported one (the two sides of the ``talks`` just told, the reporter's too)."""
    reported = opener >= 0 and lowers[opener] in REPORTING_PAIR and len(talks) == 2
    return opener >= 0 and lowers[opener] in NEW_CLAUSE_WORDS or reported
