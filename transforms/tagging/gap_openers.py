"""What may open the gap between a trigger and its object and still leave the actor after it
the object: determiners, numbers and dates, an amount of money ("$75 billion worth of"), the
speaker's own label ("what it called"), a group whose members are named ("six countries,
including").

Consumes the lower-cased words between a trigger and a mention; produces whether they are plain
(``plain_gap``) and the gap without such an opening (``without_amount``, ``without_label``,
``without_group``), whether a gap joins two possessors' things (``possessed_pair``), and where a
partner starts past a day (``past_time``) or a place ("held talks in the city of Xi'an, ...,
with": ``past_place``).
``object_slots`` decides what the rest of the gap allows.
"""

from transforms.tagging.dates import WEEKDAYS
from transforms.tagging.mentions import Mention
from transforms.tagging.text import words

OBJECT_GAP = words(
    "the a an its his her their our your both all some several two three four five six seven eight "
    "hh "  # "to HH the Amir": His Highness, abbreviated in Gulf news agencies
    "nine ten dozens top senior visiting new fellow outgoing incoming newly recently acting "
    "elected re-elected "  # "spoke with the elected president of the United States"
    "also separately jointly publicly strongly sharply openly repeatedly formally officially "
    "warmly on monday tuesday wednesday thursday friday saturday sunday morning afternoon "
    "evening night yesterday today late early last this week month "
    "over about nearly around almost roughly approximately more than "  # "free over 150 prisoners"
    "proposed planned latest recent alleged so-called draft former then- current joint initial "
    "renewed fresh "
    "any further possible potential future"  # "retaliate against any U.S. attack"
    " repeated previous multiple numerous ongoing continued continuing"  # "repeated US offers"
    " additional extra another"  # "tariffs on an additional $325 billion of Chinese imports"
    " key major certain select most many"  # "imposed tariffs on key Australian exports"
    " militant armed group"  # "supports the Lebanon-based militant group Hezbollah"
    " northern southern eastern western central"  # "send troops into northern Syria"
    " detained jailed imprisoned kidnapped abducted captured arrested"  # "released five detained
    # Americans", "returned the captured Indian pilot"
    " neighbouring neighboring"  # "accused the government of neighbouring Eritrea"
    " outright flatly categorically firmly vehemently unequivocally emphatically"  # "rejected
    # outright the Israeli proposal"
    " colonial master power longtime long-time ally rival arch arch-rival foe partner"  # "cut ties
    # with former colonial master France"
    " independent sovereign"  # "recognized an independent Palestinian state"
    " high-ranking high-level"  # "ordered the expulsion of six high-ranking Canadian diplomats"
    " blatant brutal cowardly heinous treacherous barbaric criminal unprovoked reckless flagrant"
    " egregious deadly illegal unjustified dangerous provocative brazen"  # "condemned blatant
    # Israeli aggressions against Iran", 'condemned what it called a "cowardly Israeli attack"'
) | {".", "…"}  # an ellipsis in a quotation ("we will ask... the ICC": three "." tokens)
MAX_OBJECT_GAP = 4  # the most words a plain gap, or the head before a proxy noun, may have


CURRENCIES = frozenset({"$", "us$", "€", "£", "¥"})


AMOUNT_WORDS = words("million billion trillion bn mn worth of in")


# "denounced what it called U.S. interference": the speaker's own label before the object
LABEL_VERBS = words("called calls termed terms dubbed dubs labelled labeled branded")
LABEL_PHRASES = words("described describes characterised characterized")
LABEL_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


# "invite six countries, including Saudi Arabia and Iran": the named members of a group
GROUP_NOUNS = words("countries nations states governments members allies neighbours neighbors")
INCLUDING = words("including notably namely")


OWNER_GAP = 4  # "and several other European countries, including": "and" with at most 3 words


def group_owner_end(lowers: list[str], start: int) -> int | None:
    """Where the actor joined to a group noun ends when the list of the group's members opens
    at ``start`` ("The United States and its allies, including Britain and France, accused":
    the United States acts with them); else None. The caller checks an actor ends there."""
    position = start - 1 - (lowers[start - 1 : start] == ["the"])  # ("including the UK, EU")
    if lowers[position : position + 1] != ["including"]:
        return None
    position -= lowers[position - 1 : position] == [","]
    if position < 3 or lowers[position - 1] not in GROUP_NOUNS:
        return None
    for owner_end in range(position - 2, max(position - 1 - OWNER_GAP, 0) - 1, -1):
        if lowers[owner_end] == "and":
            between = lowers[owner_end + 1 : position - 1]
            return owner_end if all(word.isalpha() for word in between) else None
    return None


def without_group(gap: list[str]) -> list[str]:
    """The gap without "six countries, including" or "its two allies," (the list apposed to
    it follows) that opens it."""
    for position, word in enumerate(gap[:6]):
        if word in GROUP_NOUNS and plain_gap(gap[:position]):
            rest = gap[position + 1 :]
            if rest == [","]:
                return []
            rest = rest[1:] if rest[:1] == [","] else rest
            if rest[:1] and rest[0] in INCLUDING:
                return rest[1:]
            if rest[:2] == ["such", "as"]:
                return rest[2:]
            return gap
    return gap


MANNER_REACH = 6  # "in the strongest possible terms"


def without_manner(gap: list[str]) -> list[str]:
    """The gap without "in the strongest terms" that opens it ("condemned in the strongest
    terms the storming of ... by X")."""
    quoted = gap[:1] in (['"'], ["\u201c"])  # 'condemned "in the strongest terms" the'
    if gap[quoted : quoted + 1] == ["in"] and "terms" in gap[quoted + 1 : MANNER_REACH + quoted]:
        rest = gap[gap.index("terms") + 1 :]
        return rest[1:] if quoted and rest[:1] in (['"'], ["\u201d"]) else rest
    if gap[:1] and gap[0] in MEDIUM_OPENERS and "with" in gap[1:MANNER_REACH]:
        return gap[gap.index("with") + 1 :]  # "held talks via video link with X"
    if gap[:3] in STATEMENT_ADJUNCTS:
        return gap[3:]  # "criticised in a statement the French government's support"
    return gap


MEDIUM_OPENERS = words("via by over through")
STATEMENT_ADJUNCTS = [["in", "a", noun] for noun in words("statement letter communique post")]


VICINITY = words("area areas region regions outskirts vicinity")


def without_vicinity(gap: list[str]) -> list[str]:
    """The gap without "the area around" that closes it ("withdrew its forces from the area
    around Kyiv"): the place it surrounds is the object."""
    if len(gap) >= 2 and gap[-1] in ("around", "near", "of") and gap[-2] in VICINITY:
        return gap[:-2]
    return gap


# "broke ties with the Gulf nation of Qatar": the state named after its description
STATE_NOUNS = words("nation country state kingdom republic emirate sultanate island archipelago")
DESCRIPTION_WORDS = 3  # "the tiny oil-rich Gulf": the words before the state noun


def without_description(gap: list[str]) -> list[str]:
    """The gap without "the Gulf nation of" that closes it: the state named after it."""
    if len(gap) < 3 or gap[-1] != "of" or gap[-2] not in STATE_NOUNS or gap[0] != "the":
        return gap
    described = gap[1:-2]
    if len(described) > DESCRIPTION_WORDS or not all(w.isalpha() or "-" in w for w in described):
        return gap
    return []


def without_label(gap: list[str]) -> list[str]:
    """The gap without "what it called" or "what they described as" that opens it."""
    if gap[:1] != ["what"] or len(gap) < 3 or gap[1] not in words("it he she they we"):
        return gap
    if gap[2] in LABEL_VERBS:
        return [w for w in gap[3:] if w not in LABEL_QUOTES]  # ('what it called a "cowardly')
    if gap[2] in LABEL_PHRASES and gap[3:4] == ["as"]:
        return [w for w in gap[4:] if w not in LABEL_QUOTES]
    return gap


def is_digit_word(word: str) -> bool:
    return word.replace(",", "").replace(".", "").isdigit()


def without_amount(gap: list[str]) -> list[str]:
    """The gap without an amount of money that opens it ("$ 75 billion of", "about $ 60
    billion worth of"), or a count of things ("a dozen", "dozens of"): the goods or aid or
    people after it are the object's."""
    if "and" in gap[1:-1]:  # "on an unspecified number of current and former Thai officials"
        gap = [w for i, w in enumerate(gap) if w != "and" or {*gap[max(i - 1, 0) : i + 2]} - PAIRED]
    if gap[:2] == ["a", "dozen"]:
        return gap[2:]  # "blacklisted a dozen Chinese firms"
    if gap[:2] and gap[0] in COUNT_NOUNS and gap[1] == "of":
        return gap[2:]  # "sanctioned dozens of Chinese firms"
    if gap[:1] in (["a"], ["an"]) and gap[1:2] and gap[1] in RANGE_SIZES:
        gap = [gap[0], *gap[2:]]  # "expel a significant number of Russian diplomats"
    if gap[:1] in (["a"], ["an"]) and gap[1:2] and gap[1] in RANGE_NOUNS and gap[2:3] == ["of"]:
        return gap[3:]  # "tariffs on a range of Australian imports"
    opening = next((i for i, word in enumerate(gap[:3]) if word in CURRENCIES), None)
    if opening is None:  # "300 billion dollars of": the currency named after the figure
        opening = next((i for i, word in enumerate(gap[:3]) if is_digit_word(word)), None)
        if opening is None or CURRENCY_WORDS.isdisjoint(gap[opening : opening + 4]):
            return gap
    if not all(w in OBJECT_GAP for w in gap[:opening]):
        return gap
    end = opening + 1
    while end < len(gap) and (
        is_digit_word(gap[end]) or gap[end] in AMOUNT_WORDS or gap[end] in CURRENCY_WORDS
    ):
        end += 1
    return gap[end:] if end > opening + 1 else gap


COUNT_NOUNS = words("dozens hundreds scores thousands")
RANGE_NOUNS = words("range number host series slew raft variety handful couple")
PAIRED = words("and current former serving retired senior junior")  # "current and former"
RANGE_SIZES = words(
    "significant large small growing wide broad limited substantial record new unspecified"
)
CURRENCY_WORDS = words("dollars euros pounds yuan yen rubles roubles")


def amount_before(lowers: list[str], start: int) -> int:
    """The words of an amount and its "in" or "of" right before an event noun at ``start``, one
    modifier aside ("vetoed €50 billion in aid to", "blocked a tranche of military aid"), else 0."""
    at = start - 1
    if at > 0 and lowers[at].isalpha() and lowers[at - 1] in ("in", "of"):
        at -= 1  # "of military aid"
    if lowers[at : at + 1] not in (["in"], ["of"]):
        return 0
    preposition = at
    amount = AMOUNT_WORDS | CURRENCY_WORDS | CURRENCIES | PORTIONS
    while at > 0 and (lowers[at - 1] in amount or is_digit_word(lowers[at - 1])):
        at -= 1
    return start - at if at < preposition else 0


PORTIONS = words("a an tranche tranches package packages batch batches")


# Ends of compounds that leave the noun after them the object: what befell a place ("aid to
# earthquake-hit Syria"), who leads or backs a body ("its participation in the Russian-led CSTO")
# (and where a group is based: "supports the Lebanon-based militant group Hezbollah")
STRICKEN = tuple(f"-{end}" for end in words("hit stricken ravaged torn battered affected led"))
STRICKEN += ("-backed", "-dominated", "-based")


def plain_gap(gap: list[str]) -> bool:
    gap = without_style(gap)  # "broke relations with the state of Israel"
    if gap[-1:] in (["about"], ["over"]):
        return False  # "spoke by telephone about Ukraine": a topic ("about 150" is an amount)
    return all(word in OBJECT_GAP or is_digit_word(word) or word.endswith(STRICKEN) for word in gap)


# A state's formal style before its name, outside the name's mention ("the Republic of Sudan")
FORMAL_STYLES = words("republic kingdom state sultanate emirate federation principality")


def without_style(gap: list[str]) -> list[str]:
    """The words before a mention without a formal style that opens its name ("and the
    Republic of" before "Sudan": "and the")."""
    return gap[:-2] if gap[-1:] == ["of"] and gap[-2:-1] and gap[-2] in FORMAL_STYLES else gap


def possessed_pair(lowers: list[str], gap: list[str], right: Mention) -> bool:
    """Whether two possessors' things are joined ("North Korea's missile launches and China's
    behaviour"): the gap is "'s", at most three words, "and", and "'s" follows ``right``."""
    return (
        2 <= len(gap) <= 5
        and gap[0] == "'s"
        and gap[-1] == "and"
        and all(word.isalpha() for word in gap[1:-1])
        and lowers[right.end : right.end + 1] == ["'s"]
    )


# Words no place phrase between a trigger and its partner holds: a clause or topic opens there
PLACE_BREAKS = words(
    "that which who whom whose where when while and but said says about over to after before since "
    "during for along together"
)
PLACE_REACH = 14  # "in the city of Xi'an, northwest China's Shaanxi Province, with"
# Verbs and nouns whose partner may follow a place ("held talks in the city of Xi'an with",
# "received at the Royal Palace in Rabat the President of Senegal")
PARTNERED = words("talks negotiations discussions consultations met")
RECEIVING = words("received receives hosted hosts welcomed welcomes")
PLACE_OPENERS = [["in"], ["at"]]
PLACE_LINKS = words("of in at")  # inside a place's name ("the city of", "in the")
DAY_WORDS = [[day] for day in WEEKDAYS] + [["today"], ["yesterday"]]


def past_time(lowers: list[str], end: int) -> int:
    """Where the words after ``end`` go on past a day that opens them ("demanded on Saturday
    that", "received Wednesday the President of")."""
    start = end + (lowers[end : end + 1] == ["on"] and lowers[end + 1 : end + 2] in DAY_WORDS)
    return start + 1 if lowers[start : start + 1] in DAY_WORDS else end


def past_place(lowers: list[str], end: int) -> int | None:
    """Where a trigger's partner starts past the place phrase that opens the words after it
    ("held talks in the city of Xi'an, northwest China's Shaanxi Province, with X": past "with";
    "received on Wednesday at the Royal Palace in Rabat the President of X": at "the"); None
    if no place phrase opens them or a clause or topic opens inside."""
    verb = lowers[end - 1] if end else ""
    start = past_time(lowers, end)  # "received on Wednesday at the palace"
    if verb not in PARTNERED | RECEIVING or lowers[start : start + 1] not in PLACE_OPENERS:
        return None
    for index in range(start + 1, min(len(lowers), start + PLACE_REACH)):
        word = lowers[index]
        if word in PLACE_BREAKS or not (word.replace("'", "").isalpha() or word in ("'s", ",")):
            return None
        if verb in PARTNERED and word == "with":
            return index + 1
        if verb in RECEIVING and word in ("the", "a") and lowers[index - 1] not in PLACE_LINKS:
            return index  # "at the palace the President of"
    return None
