"""Quotations: who says what a quotation or a reported statement says.

Consumes a sentence's lower-cased tokens and its mentions; produces the span of the quotation
around a position and its speaker: the actor next to a reporting verb just after the closing
mark (", X said", ", said X") or just before the opening one ("X said:"), or, with no marks, the
speaker named after a comma ("The US must do more, Zelensky said").
"""

from transforms.tagging.asides import TIME_WORDS
from transforms.tagging.coordination import coordinated_left, coordinated_right
from transforms.tagging.mentions import Mention, as_state
from transforms.tagging.object_heads import QUOTE_MARKS
from transforms.tagging.text import words

OPENING_QUOTES = frozenset(['"', "“", "‘", "`"])


CLOSING_QUOTES = frozenset(['"', "”"])
# The closing marks of each opening one: single quotes (British style, "‘We will win’"; "``"
# and "''" in converted text) close only what they opened, since "’" and "'" are apostrophes too
# (the tokens' plain form has "'" for "’")
CLOSING_OF = {"‘": frozenset(["’", "'"]), "`": frozenset(["'"])}
SINGLE_CLOSING = CLOSING_OF["‘"]


REPORTING = words(
    "said says announced stated added confirmed told warned insisted declared noted wrote writes "
    "tweeted posted charged mentioned reiterated reaffirmed stressed emphasized emphasised "
    "reported responded replied indicated explained revealed"
)


def quote_span(lowers: list[str], position: int) -> tuple[int, int] | None:
    """The quotation ``[open, close]`` (token indices of its marks) around ``position``; ``open``
    is -1 for one an earlier sentence opened."""
    opening = None
    for index in range(position - 1, -1, -1):
        word = lowers[index]
        if word == "”" or (word == '"' and lowers[:index].count('"') % 2 == 1):
            return None  # the nearest mark to the left closes a quotation
        if word in SINGLE_CLOSING and index > 0 and lowers[index - 1] == "‘":
            opening = index - 1  # "‘’": an opening double quote typed as two single ones
            break
        if word in SINGLE_CLOSING and "‘" in lowers[:index]:
            return None  # a single quotation closed before the position
        if word in OPENING_QUOTES:
            opening = index
            break
    if opening is None:
        if not closes_quotation(lowers, position):
            return None
        # 'The ambassador stays," X said' closes a quotation an earlier sentence opened: -1
        return -1, next(i for i in range(position, len(lowers)) if lowers[i] in CLOSING_QUOTES)
    closing = CLOSING_OF.get(lowers[opening], CLOSING_QUOTES)
    for index in range(position, len(lowers)):
        if lowers[index] in closing:
            while lowers[index + 1 : index + 2] and lowers[index + 1] in closing:
                index += 1  # "''" or "’’": a closing double quote typed as two single ones
            return opening, index
    return opening, len(lowers)


def left_open(text: str) -> bool:
    """Whether a sentence's text opens a double quotation it does not close ('Scholz said:
    "Russia will not win this war.'): the next sentence goes on quoting."""
    return open_after(text, False)


def open_after(text: str, was_open: bool) -> bool:
    """Whether a double quotation is open after a sentence's text, given whether it was open
    before it (straight marks alternate; curly ones open and close; a curly mark decides)."""
    curly = text.count("\u201c") - text.count("\u201d")
    if curly:
        return curly > 0
    return was_open != (text.count('"') % 2 == 1)


def unmarked(lowers: list[str]) -> bool:
    """Whether a sentence has no quotation mark: one a quotation open before it goes on through
    (its closing mark, after the full stop, may fall to the sentence break)."""
    return not any(word in OPENING_QUOTES or word in CLOSING_QUOTES for word in lowers)


def closes_quotation(lowers: list[str], position: int) -> bool:
    """Whether ``position`` is inside a quotation this sentence only closes: no opening mark
    before it, a closing one after it ('We will support Ukraine," he said' after 'He said: "')."""
    return not OPENING_QUOTES.intersection(lowers[:position]) and any(
        word in CLOSING_QUOTES for word in lowers[position:]
    )


def quote_speaker(lowers: list[str], mentions: list[Mention], position: int) -> list[Mention]:
    """The speaker of the quotation around ``position``: the actor next to a reporting verb just
    after it (", X said", ", said X") or just before it ("X said:")."""
    span = quote_span(lowers, position)
    if span is None:
        return []
    opening, closing = span
    if all(word.endswith("ly") for word in lowers[opening + 1 : position]):
        # 'France said it "strongly condemns" ...', 'China "firmly opposes" ...': a quotation
        # that opens on its verb continues the clause of the actor right before it
        end = opening  # (past a time phrase: 'Kuwait on Tuesday "strongly condemned" ...')
        while end > 0 and lowers[end - 1] in TIME_WORDS:
            end -= 1
        just_before = [m for m in mentions if m.end == end and m.actor is not None]
        if just_before:
            return coordinated_left(lowers, mentions, just_before[-1])
    after = [m for m in mentions if m.is_actor and closing < m.start]  # ', he added
    for mention in after[:1]:
        gap = lowers[closing + 1 : mention.start]
        following = lowers[_past_its_place(lowers, mentions, mention) :][:2]
        plain = [word for word in gap if word not in SPEECH_TAG_WORDS]
        if (len(gap) <= 3 and not plain or _spokesman_for(plain) and len(gap) <= 7) and (
            "said" in gap or "says" in gap or set(following) & REPORTING
        ):  # ', the foreign minister said', ', said a spokesman for the State Department'
            return coordinated_right(lowers, mentions, mention)
    before = [m for m in mentions if m.is_actor and not m.pronoun and m.end <= opening]
    for mention in before[-1:]:
        gap = [w for w in lowers[mention.end : opening] if w not in TIME_WORDS]  # ("on Monday")
        if 0 < len(gap) <= 3 and set(gap) & REPORTING and set(gap) <= REPORTING | {",", ":"}:
            return coordinated_left(lowers, mentions, mention)
        if gap[-1:] == [":"] and len(gap) <= COLON_REACH and mention is before[0]:
            # 'The Chinese foreign ministry was blunt: "Japan should stop ..."': the sentence's
            # first actor introduces the quotation its colon opens
            return coordinated_left(lowers, mentions, mention)
    return []


COLON_REACH = 5  # words from a speaker to the colon before its quotation


SPEECH_TAG_WORDS = frozenset({",", "said", "says", "added", "the", "a", "an", "senior", "top"})
# Who speaks for a body named after them: "a spokesman for the State Department said"
SPOKESPEOPLE = words("spokesman spokeswoman spokesperson official representative")


def _spokesman_for(words_between: list[str]) -> bool:
    """Whether the words between a quotation and a body (speech tag words left out) name one
    who speaks for it ("spokesman for", "senior official of")."""
    return (
        len(words_between) == 2
        and words_between[0] in SPOKESPEOPLE
        and words_between[1] in ("for", "of")
    )


def _past_its_place(lowers: list[str], mentions: list[Mention], speaker: Mention) -> int:
    """Where the words after a speaker start, past the place that seats it ("the Australian
    embassy in Manila said")."""
    if lowers[speaker.end : speaker.end + 1] not in (["in"], ["at"]):
        return speaker.end
    place = next((m for m in mentions if m.start == speaker.end + 1 and m.place_country), None)
    return speaker.end if place is None else place.end


def trailing_speaker(lowers: list[str], mentions: list[Mention], end: int) -> list[Mention]:
    """The speaker named after a reported statement without quotation marks: "The US must do
    more, Zelensky said on Monday", "..., said the French foreign minister"."""
    comma = next((i for i in range(end, len(lowers)) if lowers[i] == ","), None)
    if comma is None:
        return []
    after = [m for m in mentions if m.is_actor and comma < m.start]
    for mention in after[:1]:  # (a quotation closing after the comma: 'was "reckless," said')
        gap = [word for word in lowers[comma + 1 : mention.start] if word not in CLOSING_QUOTES]
        following = lowers[_past_its_place(lowers, mentions, mention) :][:1]
        if (
            len(gap) <= 2
            and set(gap) <= {"said", "says", "the", "a"}
            and ("said" in gap or "says" in gap or set(following) & REPORTING)
        ):
            return coordinated_right(lowers, mentions, mention)
    return []


QUOTED_REFERENCES = words("this it that")
ACT_AGENT_OPENERS = words("the a an")


# What a speaker refers to after the quotation besides "said of" (", referring to Iran's attack")
REFERRING = frozenset(
    {("referring", "to"), ("reference", "to"), ("commenting", "on"), ("speaking", "about")}
)


def spoken_of(
    lowers: list[str], mentions: list[Mention], position: int, *, deictic: bool = False
) -> list[Mention]:
    """'"This is a violation of international law," X said of the U.S. seizure of the tanker'
    (or "..., referring to Iran's attack"): the maker of the act the speaker talks of (its
    possessor or modifier, "Armenia's shelling", or its "by" agent), when the quotation's
    subject is "this" or "it" (or, with ``deictic``, the trigger's object is: '"We condemn this
    act," X said of the Israeli strikes'); without ``deictic``, first the owner of an act said to
    have to end ('"Russia's interference must end"': ``_obliged_owner``); [] otherwise."""
    if not deictic and (owner := _obliged_owner(lowers, mentions, position)):
        return owner
    span = quote_span(lowers, position)
    if span is None or lowers[span[0] + 1 : span[0] + 2] == []:
        return []
    opening, closing = span
    if not deictic and (lowers[opening + 1] not in QUOTED_REFERENCES or position > opening + 3):
        return []
    said = next(
        (
            i
            for i in range(closing + 1, min(closing + 16, len(lowers) - 1))
            if lowers[i] == "of"
            and lowers[i - 1] in REPORTING
            or (lowers[i - 1], lowers[i]) in REFERRING
        ),
        None,
    )
    if said is None:
        return []
    end = next((i for i in range(said, len(lowers)) if lowers[i] in (",", ".", ";")), len(lowers))
    for mention in mentions:
        if not said < mention.start < end or not (mention.is_actor or mention.demonym_only):
            continue
        before = lowers[mention.start - 1]
        if mention.start == said + 1 or before in ACT_AGENT_OPENERS and mention.start == said + 2:
            # "said of Armenia's shelling", "said of the U.S. seizure", "of the Israeli strike"
            return [mention if mention.is_actor else as_state(mention)]
        if not mention.is_actor:
            continue
        if "by" in lowers[mention.start - 2 : mention.start]:  # "of the seizure by the US"
            return coordinated_right(lowers, mentions, mention)
    return []


# Participles after a comma that report what the main clause's subject says ("..., adding")
SAYING = words("adding saying stressing insisting noting warning arguing")


def according_to(lowers: list[str], mentions: list[Mention], position: int) -> list[Mention]:
    """The source a sentence opens with ("According to Lavrov, the West is waging a hybrid
    war"), for a trigger at ``position`` after its comma; or the subject that opens it when a
    saying participle reports the trigger's clause ("King Abdullah called the bombing a war
    crime, adding that Israel must stop"); [] otherwise."""
    saying = any(lowers[k] in SAYING and lowers[k - 1] == "," for k in range(1, position))
    if saying and lowers[:2] != ["according", "to"]:
        opening = next((m for m in mentions if m.start <= 1 and m.is_actor), None)
        return coordinated_right(lowers, mentions, opening) if opening else []
    if lowers[:2] != ["according", "to"]:
        return []
    source = next((m for m in mentions if m.start in (2, 3) and m.is_actor), None)
    if source is None or lowers[source.end : source.end + 1] != [","] or position < source.end:
        return []
    return [source]


def said_they(mentions: list[Mention], position: int, speakers: list[Mention]) -> list[Mention]:
    """Who speaks as "they" in "X said they agreed": the group "they" (at ``position``) stands
    for when it holds each speaker's country and more ("Kishida met Yoon. Kishida said they
    agreed to restart visits": both, not Kishida alone); else ``speakers``, named."""
    group = [m for m in mentions if m.pronoun and m.start == position and m.actor is not None]
    countries = {m.actor.country for m in group if m.actor is not None}
    spoken = {s.actor.country for s in speakers if s.actor is not None}
    return group if len(spoken) == len(speakers) and spoken < countries else speakers


def others_obliged(
    lowers: list[str], start: int, subjects: list[Mention], speakers: list[Mention]
) -> list[Mention]:
    """The actors a speaker says must or should act (the trigger at ``start``): [] when the
    speaker's own state is among several ("the two nations should stabilize ties, X reported":
    a duty it shares asks no one)."""
    own = {m.actor.country for m in speakers if m.actor is not None}
    shared = len(subjects) > 1 and any(m.actor and m.actor.country in own for m in subjects)
    return [] if shared and lowers[start] in ("must", "should") else subjects


# Words that open the clause whose act "must" end ('"Russia's interference must end"')
OBLIGED_OPENERS = OPENING_QUOTES | words("that , ; :")


def _obliged_owner(lowers: list[str], mentions: list[Mention], position: int) -> list[Mention]:
    """The owner of the act a clause says must end or change, its subject ('"The Russian
    embassy's interference in the affairs of Estonia must end," he said': the embassy's, not
    Estonia's); [] when no possessor opens the clause."""
    opening = next((i for i in range(position - 1, -1, -1) if lowers[i] in OBLIGED_OPENERS), -1)
    owner = next((m for m in mentions if opening < m.start < position and m.is_actor), None)
    if owner is None or lowers[owner.end : owner.end + 1] != ["'s"]:
        return []
    if lowers[position + 1 : position + 2] in (["not"], ["be"], ["never"]):
        return []  # "Seoul's interests should not be infringed": its own, protected
    return [owner] if set(lowers[opening + 1 : owner.start]) <= {"the"} else []


def opens_at(lowers: list[str], gap: list[str], start: int) -> bool:
    """Whether the gap before a trigger at ``start`` holds one quotation mark (or "as"), which
    opens a quotation at its end ('Berlin will be "sending more weapons" to') or at its start,
    on the subject's own verb ('Romanian authorities "conveyed a firm protest and condemned')."""
    marks = [start - len(gap) + i for i, word in enumerate(gap) if word in QUOTE_MARKS]
    at = marks[0] if len(marks) == 1 and marks[0] in (start - 1, start - len(gap)) else -1
    opening = at >= 0 and lowers[at] == '"' and lowers[: at + 1].count('"') % 2 == 1
    return opening or at >= 0 and lowers[at] == "\u201c"
