"""Acts the tagger codes no row for: "North Korea fired two missiles. Japan condemned the
launch." The launch has no row, yet the reaction to it targets its maker.

Consumes a sentence's lower-cased tokens and mentions and the article's ``ActorMemory``;
produces no rows: it notes in the memory, by kind ("launch", "attack", "seizure", "invasion",
"withdrawal", "drills", "measure"), the maker of such an act said with a verb ("Iran seized a
tanker", "a tanker seized by Iran", "held drills", "carried out strikes"; the article's last
act too when the sentence has no rows of its own) or as an owned noun ("the North's satellite
launch"), and keeps it referable while accusations against its maker go on (``keep_kinds``).
The nouns that name each kind ("the launch", "the strikes") are ``KIND_NOUNS``, by
which ``reactions`` finds the maker again; an accusation's kind is what it blames its target
for (``blamed_kind``: "blamed Israel for an air strike").
"""

import re

from schemas.events import Event
from transforms.tagging import clause_agents
from transforms.tagging.memory import ActorMemory
from transforms.tagging.mentions import Mention
from transforms.tagging.roles import subject
from transforms.tagging.text import Sentence, words

# Acts the tagger codes no row for, and the nouns that refer back to each kind ("North Korea
# fired two missiles. Japan condemned the launch"): the maker is remembered by kind, and only a
# noun of the same kind reaches it.
DRILL_NOUNS = words("drills exercises exercise manoeuvres maneuvers wargames")
DRILL_RE = re.compile(r"\b(?:" + "|".join(sorted(DRILL_NOUNS)) + r")\b")
UNROWED_ACTS = {
    **dict.fromkeys(words("fired launched tested"), "launch"),
    **dict.fromkeys(
        words("attacked struck shelled bombed raided targeted bombarded pounded stormed killed"),
        "attack",
    ),
    **dict.fromkeys(words("seized detained arrested captured"), "seizure"),
    **dict.fromkeys(words("invaded annexed"), "invasion"),
    **dict.fromkeys(words("pulled quit exited withdrew"), "withdrawal"),  # "pulled out of"
    # a measure announced with no one it is aimed at: "China announced export controls on
    # gallium. The United States criticised the decision"
    **dict.fromkeys(
        words(
            "announced unveiled introduced adopted enacted suspended scrapped revoked imposed "
            "banned approved"  # "India banned wheat exports. The G7 criticised the decision"
        ),
        "measure",
    ),
}
# Verbs that make an act only with its noun after them ("held military drills around Taiwan",
# "carried out air strikes in Gaza"): the noun's kind is the act's
STATEMENT = "statement"  # the kind of a statement's maker (``reactions``): no act to keep
CONDUCTING = words("held staged conducted carried")
CONDUCTED_REACH = 4  # words from the verb to the act's noun: "carried out a series of strikes"
# The nouns of the "attack" kind (``KIND_NOUNS``), and those a conducting verb makes an act with
ATTACK_NOUNS = words(
    "attack attacks strike strikes shelling bombing raid raids assault offensive airstrike "
    "airstrikes bombardment incursion operation operations"
)
CONDUCTED_NOUNS = DRILL_NOUNS | ATTACK_NOUNS
OWNED_ACT_NOUNS = ("launch", "launches", "invasion", "seizure")
UNROWED_ACT_RE = re.compile(
    r"\b(?:" + "|".join(sorted(UNROWED_ACTS)) + r")\b"
    # an owner's act said as a noun: "the North's satellite launch", "Russia's invasion"
    r"|['’]s (?:[a-z-]+ ){0,2}(?:" + "|".join(OWNED_ACT_NOUNS) + r")\b"
    # a conducting verb only with its act noun a few words on: "held military drills"
    r"|\b(?:"
    + "|".join(sorted(CONDUCTING))
    + r")(?: [\w-]+){0,4}? (?:"
    + "|".join(sorted(CONDUCTED_NOUNS))
    + r")\b"
)
# Words without one of which (as a substring) UNROWED_ACT_RE cannot match
UNROWED_ACT_WORDS = (*sorted(UNROWED_ACTS), *OWNED_ACT_NOUNS, *sorted(CONDUCTING))
KIND_NOUNS = {
    **dict.fromkeys(words("launch launches test tests firing"), "launch"),
    **dict.fromkeys(ATTACK_NOUNS, "attack"),
    **dict.fromkeys(words("seizure detention detentions arrest arrests capture"), "seizure"),
    **dict.fromkeys(words("invasion annexation"), "invasion"),
    **dict.fromkeys(words("withdrawal exit pullout"), "withdrawal"),
    **dict.fromkeys(DRILL_NOUNS, "drills"),
    **dict.fromkeys(words("controls curbs restrictions rules law bill legislation"), "measure"),
}
# What "launched" opens when it is an attack, not a missile launch
LAUNCHED_ATTACKS = words("offensive operation attack attacks assault incursion strikes raid raids")
AIMED = words("at against on")  # a launch aimed at a target is an attack


KIND_NOUN_RE = re.compile(r"\b(?:" + "|".join(sorted(KIND_NOUNS)) + r")\b")


def names_kind_noun(lowered: str, start: int, end: int) -> bool:
    """Whether ``lowered[start:end]`` names a kind of act ("the launch", "the strikes"): only
    then may a reaction in the same sentence need the act's maker before its rows are made."""
    return KIND_NOUN_RE.search(lowered, start, end) is not None


def act_words_in(lowered: str) -> tuple[str, ...]:
    """The ``UNROWED_ACT_WORDS`` that occur in an article's lower-cased text, as substrings."""
    return tuple(word for word in UNROWED_ACT_WORDS if word in lowered)


def names_unrowed_act(lowered: str, start: int, end: int, act_words: tuple[str, ...]) -> bool:
    """Whether ``UNROWED_ACT_RE`` matches in ``lowered[start:end]`` (searched from ``start`` to
    ``end``). The regex runs only where one of the article's ``act_words`` occurs in the span:
    a match needs one, and substring tests are a tenth of the regex's time over a text (most
    sentences, and seven articles in ten, have none)."""
    return (
        any(lowered.find(word, start, end) >= 0 for word in act_words)
        and UNROWED_ACT_RE.search(lowered, start, end) is not None
    )


def note_unrowed_act(
    memory: ActorMemory,
    sentence: Sentence,
    lowers: list[str],
    mentions: list[Mention],
    *,
    kinds_only: bool = False,
) -> None:
    """Remember the maker of an act the tagger codes no row for ("North Korea fired two
    missiles"), by kind, for a reaction to "the launch" in the sentences after it; with
    ``kinds_only`` (the sentence has rows of its own, which "the move" refers to) by kind only."""
    verb, kind = next(
        (
            (i, _conducted_kind(lowers, i) if word in CONDUCTING else UNROWED_ACTS[word])
            for i, word in enumerate(lowers)
            if word in UNROWED_ACTS or word in CONDUCTING and _conducted_kind(lowers, i)
        ),
        (None, None),
    )
    if verb is None or kind == "measure":
        # ("Seoul suspended the pact in protest at the North's satellite launch": the launch
        # is still the North's)
        _note_owned_act(memory, sentence, lowers, mentions)
    if verb is None or kind is None:
        return
    if DRILL_NOUNS & set(lowers[verb + 1 : verb + 4]):
        kind = "drills"  # "launched (held) military drills around Taiwan"
    elif kind == "launch" and LAUNCHED_ATTACKS & set(lowers[verb + 1 : verb + 5]):
        kind = "attack"  # "launched an offensive (a military operation) in Syria"
    if lowers[verb + 1 : verb + 2] == ["by"]:  # "a British tanker seized by Iran"
        found = clause_agents.by_agent(lowers, mentions, verb + 1)
    elif not clause_agents.BE_FORMS.isdisjoint(lowers[max(0, verb - 2) : verb]):
        return  # "the Czech Republic, which says it was also targeted": a victim, no maker
    else:
        found = subject(lowers, mentions, verb)[0]
    makers = [m for m in found if m.actor is not None]
    if makers:
        if not kinds_only:
            memory.last_act, memory.partner = makers[0].actor, None
            memory.last_act_sentence, memory.last_act_kind = sentence.index, kind
        memory.kinds[kind] = (makers[0].actor, sentence.index)
        if kind == "launch" and AIMED & set(lowers[verb + 1 : verb + 6]):
            # "launched missiles at Kyiv": an attack too ("Germany condemned the attack")
            memory.kinds["attack"] = (makers[0].actor, sentence.index)


def _note_owned_act(
    memory: ActorMemory, sentence: Sentence, lowers: list[str], mentions: list[Mention]
) -> None:
    """Remember, by kind, the owner of an act said as a noun ("the North's satellite launch"),
    for "condemned the launch" after it."""
    for index, word in enumerate(lowers):
        kind = KIND_NOUNS.get(word)
        if kind is None:
            continue
        owner = next(
            (
                m
                for m in mentions
                if m.actor is not None
                and m.is_actor
                and lowers[m.end : m.end + 1] == ["'s"]
                and 0 <= index - m.end - 1 <= 2
            ),
            None,
        )
        if owner is not None:
            memory.kinds[kind] = (owner.actor, sentence.index)


def _conducted_kind(lowers: list[str], verb: int) -> str | None:
    """The kind of act a conducting verb at ``verb`` makes with the noun after it ("held
    drills": drills, "carried out strikes": attack), or None when no act noun follows."""
    return next(
        (
            KIND_NOUNS[word]
            for word in lowers[verb + 1 : verb + 1 + CONDUCTED_REACH]
            if word in CONDUCTED_NOUNS
        ),
        None,
    )


def blamed_kind(event: Event) -> str | None:
    """The kind of act an accusation blames its target for ("blamed Israel for an air strike",
    "accused Kyiv of carrying out the attack"), or None."""
    if event.plover_type != "ACCUSE" or not event.target_text:
        return None
    at = event.sentence.find(event.target_text)
    if at < 0:
        return None
    after = re.findall(r"[a-z]+", event.sentence[at + len(event.target_text) :].lower())[:7]
    if after[:1] not in (["for"], ["of"]):
        return None
    return next((KIND_NOUNS[word] for word in after if word in KIND_NOUNS), None)


def keep_kinds(memory: ActorMemory, events: list[Event]) -> None:
    """A reaction against the maker of a remembered act keeps that act referable ("North Korea
    launched a missile ... Abe condemned the test ... Suga also criticised the launch", six
    sentences on): the act's sentence becomes the reaction's."""
    for event in events:
        if event.plover_type != "ACCUSE" or event.modality not in ("asserted", "future"):
            continue
        for kind, (maker, _) in list(memory.kinds.items()):
            if maker.country == event.target_country and kind != STATEMENT:
                memory.kinds[kind] = (maker, event.sentence_index)
