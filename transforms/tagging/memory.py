"""What one article has said about its actors, for the references that follow.

Consumes the actors the mention finder resolves, sentence by sentence and paragraph by paragraph;
produces a pronoun's antecedent ("he", "it", "they"), the last pair ("the two countries"), the
last organisation ("the bloc"), titled people's names and titles ("Assad", "the Amir"), the
countries named so far, a sentence's first list (its own pronouns: ``sentence_antecedents``)."""

import collections
import dataclasses
from collections.abc import Callable

from transforms.tagging.mentions import Actor
from transforms.tagging.text import words

# Names said later by either end: family first ("Liu He" is "Mr. Liu"), Thai given ("Phumtham")
BOTH_ENDS = frozenset({"CHN", "TWN", "HKG", "KOR", "PRK", "THA"})
TALKS_REACH = 2  # sentences after talks within which "the two sides" are their sides
NOT_SURNAMES = words("he she it we i you they his her its our")

# Heads of titles a later bare mention names ("the minister"); a prime minister is not that
TITLE_HEADS = words(
    "minister ministry envoy ambassador spokesman spokeswoman spokesperson secretary ministers"
)
HEADS_KEPT = frozenset({"prime minister", "deputy prime minister"})
SAME_BODY = {"government": "regime", "regime": "government"}
# Titles a later general noun names ("the German ambassador ... accused the envoy")
ALSO_CALLED = {
    "ambassador": ("envoy", "diplomat"),
    **dict.fromkeys(["charge d'affaires", "chargé d'affaires"], ("envoy", "diplomat")),
    **dict.fromkeys(["consul", "consul general"], ("diplomat",)),
    # a state's foreign minister is its "top diplomat" ("Wang Yi ... The top diplomat urged")
    **dict.fromkeys(["foreign minister", "foreign secretary", "secretary of state"], ("diplomat",)),
    # abbreviated ranks, known by the full word later ("Gen. Burhan ... The general")
    "gen.": ("general",),
    "col.": ("colonel",),
    "adm.": ("admiral",),
    # the heads of armies, called by their rank later ("army chief Burhan ... The general")
    **dict.fromkeys(["army chief", "military chief"], ("general",)),
}
RIVAL_MENTIONS = 3  # how often a story must name a state for it to be the story's other side


class ActorMemory:
    """What one article has said about its actors: names and titles seen so far, and the actors
    of the current paragraph in order (for pronouns, "its president", "the ministry")."""

    def __init__(self) -> None:
        self.names: dict[str, Actor] = {}
        self.titles: dict[str, Actor] = {}
        self.recent: list[list[Actor]] = []  # the paragraph's actors, sentence by sentence
        self.opener: Actor | None = None  # what a pronoun opening the sentence stands for
        self.pairs: dict[bool, list[Actor]] = {}  # the last pair of an earlier paragraph
        self.organisation: Actor | None = None  # the last international organisation named
        self.previous_paragraph: list[list[Actor]] = []  # for "he" opening a paragraph
        self.organisation_sentence = -1  # the index of the sentence that named it
        self.armed_group: Actor | None = None  # the last non-state armed group named (Hamas)
        self.armed_group_sentence = -1
        self.sentence = -1  # the index of the sentence being read
        self.groups: dict[int, list[Actor]] = {}  # per sentence of ``recent``: its first list
        self.home: str | None = None  # the dateline's country
        self.named: list[str] = []  # the countries of the article's actors but blocs, in order
        self.scanned: set[int] = set()  # skipped sentences read for their countries
        self.last_act: Actor | None = None  # whose act "the move" refers to (reactions)
        self.partner: Actor | None = None  # the other side of a mutual last act ("signed a deal")
        self.last_act_sentence = -1  # the index of the sentence that reported it
        self.last_act_kind: str | None = None  # an act with no row: "launch", "attack" ...
        self.kinds: dict[str, tuple[Actor, int]] = {}  # per such kind, its last maker, sentence
        # per PLOVER type of an act with a row, its last maker, sentence and other side if mutual
        # ("signed a pact ... concern over the pact"); per state, the last act aimed at it
        self.typed_acts: dict[str, tuple[Actor, int, Actor | None]] = {}
        self.aimed: dict[str, tuple[Actor, int]] = {}  # ("China reserves the right to respond")
        self.talks: list[Actor] = []  # the two sides of the last meeting or talks reported
        self.talks_sentence = -1
        # per pair of states with rows between them, how many rows ("both sides" of a dispute)
        self.dyads: collections.Counter[frozenset[str]] = collections.Counter()

    def new_paragraph(self) -> None:
        """Forget the paragraph's actors: pronouns do not reach past it ("the two countries" do)."""
        for personal in (False, True):
            if pair := self.last_pair(personal):
                self.pairs[personal] = pair
        self.new_sentence()  # (the last sentence's opening pronoun heads it)
        self.recent.pop()
        self.previous_paragraph = self.recent or self.previous_paragraph
        states = [[a for a in actors if a.sector != "IGO"] for actors in self.recent]  # (a list,
        kept = [group for _, group in sorted(self.groups.items()) if len(group) > 2]  # else a
        kept = kept or [a for a in states if len(_distinct(a, bool)) > 2]  # sentence's 3 states)
        self.recent, self.groups = [], {-1: kept[-1]} if kept else {}  # ("the three countries")

    def new_sentence(self) -> None:
        """Start the next sentence's actors; the pronoun opening the last one heads that one's."""
        if self.opener is not None and self.recent:
            self.recent[-1].insert(0, self.opener)
        self.opener = None
        self.recent.append([])

    def rival(self, *countries: str) -> Actor | None:
        """The state the article names most often besides ``countries`` (at least three times
        and more often than any other), the other side of a dyadic story such as a trade war;
        None when no state stands out."""
        counts = collections.Counter(named for named in self.named if named not in countries)
        top = counts.most_common(2)
        if not top or top[0][1] < RIVAL_MENTIONS or len(top) > 1 and top[1][1] == top[0][1]:
            return None
        return Actor(top[0][0], None, top[0][0])

    def note(self, actor: Actor) -> None:
        """Record an actor mentioned in the current sentence."""
        if not self.recent:
            self.recent.append([])
        self.recent[-1].append(actor)
        if (actor.sector == "REB" or actor.name.endswith(" Group")) and not actor.personal:
            # for "the militant group" later, and "the group" after the Wagner Group
            self.armed_group, self.armed_group_sentence = actor, self.sentence
        elif actor.sector == "REB" and actor.agents:  # "a Hamas official ... the group": his
            # group; a longer name may be his own ("Abdul-Malik al-Houthi"): its country only
            name = actor.name if " " not in actor.name else actor.country
            group = dataclasses.replace(actor, name=name, personal=False, agents=())
            self.armed_group, self.armed_group_sentence = group, self.sentence
        if actor.sector != "IGO":  # "the country" after "ECOWAS imposed sanctions" is no bloc
            self.named.append(actor.country)

    def antecedent(self, kind: str, opening: bool = False) -> Actor | None:
        """The actor a pronoun of ``kind`` stands for: a person for "he"/"she", a state,
        organisation or body for "it"/"they". The nearest sentence with a compatible actor wins,
        and within it the first one, which is mostly its subject ("Erdogan met Kristersson. He
        urged ..." is Erdogan); with none in the paragraph, a person, or a state or body opening
        a sentence (``opening``), is the paragraph before's ("India has told Canada ... ¶ It has
        demanded")."""
        found = self.earlier_antecedent(kind, len(self.recent))
        if found is None and (kind == "person" or opening):
            earlier = (a for actors in reversed(self.previous_paragraph) for a in actors)
            personal = kind == "person"
            found = next(
                (a for a in earlier if a.personal == personal and a.country != "MUL"), None
            )
        return found

    def plural_antecedent(self) -> list[Actor]:
        """What "they" stands for: an earlier sentence's first list of actors ("Germany and
        France met. They agreed ..."), or its first two people ("Putin met Erdogan. They
        discussed ..."); else, as "it", the nearest state or body."""
        for index in range(len(self.recent) - 1, -1, -1):
            actors = self.recent[index]
            if index in self.groups:
                return list(self.groups[index])
            people = [actor for actor in actors[:2] if actor.personal]
            if index < len(self.recent) - 1 and len({actor.country for actor in people}) == 2:
                return people
            body = next((a for a in actors if a.country != "MUL" and not a.personal), None)
            if body is not None:
                return [body]
        return []

    def earlier_antecedent(self, kind: str, sentences: int) -> Actor | None:
        """``antecedent`` among the paragraph's first ``sentences`` sentences only."""
        for actors in reversed(self.recent[:sentences]):
            for actor in actors:
                if actor.country != "MUL" and (
                    kind == "any" or (kind == "person") == actor.personal
                ):
                    return actor
        return None

    def other_person(self, excluded: list[Actor]) -> Actor | None:
        """What "him" stands for: the nearest earlier person of a country none of ``excluded``
        (the sentence's people so far) has ("Biden called Netanyahu. He urged him ...")."""
        taken = {"MUL", *(other.country for other in excluded)}
        for actors in reversed(self.recent[:-1]):
            for actor in actors:
                if actor.personal and actor.country not in taken:
                    return actor
        return None

    def sides(self, personal: bool, acting: frozenset[str] = frozenset()) -> list[Actor]:
        """What "the two sides" (or "the two leaders") stand for: the two sides of talks reported
        in this or the last two sentences ("Wang Yi met Sullivan. Sullivan said the US would
        support Taiwan. The two sides agreed ..."), else ``last_pair``; never a pair with a
        country of ``acting``, the actors already named in the sentence ("Pashinyan called on
        Russia to act. Moscow urged both sides": Armenia and Azerbaijan, not Armenia and Russia)."""
        talks = [actor for actor in self.recent_talks() if actor.country not in acting]
        if len(talks) == 2:
            return talks
        pair = self.last_pair(personal, acting)
        paired = frozenset(actor.country for actor in pair)
        disputed = self.dispute(acting)
        if personal or paired in self.dyads and self.dyads[paired] >= self.dyads.get(disputed, 0):
            return pair
        # the story's main pair when the last one has fewer rows ("Maduro accused Guyana ...
        # The United States supports Guyana ... Lula urged the two sides": Venezuela and Guyana)
        return [Actor(code, None, code) for code in sorted(disputed)] if disputed else pair

    def count_dyad(self, source: str | None, target: str | None) -> None:
        """Count a row between two states, for ``dispute``."""
        if source and target and source != target:
            self.dyads[frozenset((source, target))] += 1

    def dispute(self, acting: frozenset[str]) -> frozenset[str]:
        """The pair of states with the most rows between them, two at least, none of
        ``acting`` (the story's sides: "Pakistan expelled India's envoy ... India urged
        Pakistan ... China, an ally of Pakistan, criticized India ... Guterres called on both
        sides" is India and Pakistan); empty when no pair has two rows."""
        counted = [(n, dyad) for dyad, n in self.dyads.items() if n >= 2 and not dyad & acting]
        return max(counted, key=lambda item: item[0])[1] if counted else frozenset()

    def recent_talks(self) -> list[Actor]:
        """The two sides of talks reported in this or the last two sentences; else []."""
        if self.sentence - self.talks_sentence <= TALKS_REACH:
            return list(self.talks)
        return []

    def last_group(self, size: int, personal: bool) -> list[Actor]:
        """What "the three leaders" (countries) stand for: the first ``size`` actors of
        different countries in the nearest sentence of the paragraph that has them, else the
        last list of three or more of the paragraph before; else []."""
        for index in range(len(self.recent) - 1, -1, -1):
            listed = _distinct(self.groups.get(index, []), lambda a: a.personal or not personal)
            if len(listed) == size:  # "Poland, Hungary and Slovakia imposed bans on Ukrainian
                return listed  # grain imports": the sentence's list, not all it names
            found = _distinct(self.recent[index], lambda actor: actor.personal or not personal)
            if len(found) in (size, size + 1):  # (the others of "X summoned the envoys of A, B, C")
                return found[len(found) - size :]
        carried = _distinct(self.groups.get(-1, []), lambda a: a.personal or not personal)
        return carried if len(carried) == size else []

    def last_states(self) -> list[Actor]:
        """What "those countries" stand for: the states (no organisation) of the nearest
        earlier sentence of the paragraph that names two or more; else []."""
        for actors in reversed(self.recent[:-1]):
            found = _distinct(actors, lambda actor: actor.sector != "IGO" and not actor.personal)
            if len(found) > 1:
                return found
        return []

    def last_opening_state(self, reach_back: bool = False) -> str | None:
        """The first state (no bloc) of the paragraph's latest earlier sentence naming one (with
        ``reach_back``, the paragraph before's when this one has none)."""
        for actors in reversed(self.recent[:-1] or (self.previous_paragraph if reach_back else [])):
            if found := _distinct(actors, lambda actor: actor.sector != "IGO"):
                return found[0].country
        return None

    def named_pair(self) -> list[Actor]:
        """What a bare "the countries" stands for: the actors of the nearest earlier sentence
        (of the paragraph before, opening one) naming two or more, if exactly two; else []."""
        for actors in reversed(self.recent[:-1] or self.previous_paragraph):
            found = _distinct(actors, lambda actor: True)
            if len(found) > 1:
                return found if len(found) == 2 else []
        return []

    def last_pair(self, personal: bool, acting: frozenset[str] = frozenset()) -> list[Actor]:
        """The first two actors of different countries (none of ``acting``) in the nearest
        sentence that has them, people or not as asked (for "the two leaders", "the two
        countries"); else the last such pair of an earlier paragraph."""
        for actors in reversed(self.recent):
            found = _distinct(
                actors, lambda a: (a.personal or not personal) and a.country not in acting
            )
            if len(found) >= 2:
                return found[:2]
        return list(self.pairs.get(personal, []))

    def remember(self, actor: Actor, name_tokens: list[str]) -> None:
        """Record a titled actor's name parts and titles for later untitled mentions."""
        if name_tokens and actor.personal:
            self.names[" ".join(name_tokens)] = actor
            # "Xi Jinping" is Xi, "Khalid bin Salman" Prince Khalid: either end is said later
            patronymic = not {"bin", "bint", "ibn"}.isdisjoint(t.lower() for t in name_tokens)
            both_ends = (actor.country in BOTH_ENDS or patronymic) and len(name_tokens) > 1
            for surname in [name_tokens[0], name_tokens[-1]] if both_ends else [name_tokens[-1]]:
                if surname.lower() in NOT_SURNAMES:  # "Liu He": a leading "He" is a pronoun
                    continue
                if surname[:3].lower() in ("al-", "el-"):  # ("Al-Sadiq met": a sentence opens)
                    self.names[surname[3:]] = actor
                    self.names[surname[0].upper() + surname[1:]] = actor
                self.names[surname] = actor
        for title in actor.agents:
            self.titles[title] = actor
            # "foreign minister": "minister"; "secretary of defense": "secretary"
            head = title.split(" of ", 1)[0].rsplit(" ", 1)[-1]
            if head in TITLE_HEADS and head != title and title not in HEADS_KEPT:
                self.titles[head] = actor  # "foreign minister Adel al-Jubeir ... The minister"
            if title in SAME_BODY:
                self.titles[SAME_BODY[title]] = actor  # "Syria's government ... The regime"
            for general in ALSO_CALLED.get(title.lower(), ()):
                self.titles[general] = actor  # "the German ambassador ... the envoy"


def _distinct(actors: list[Actor], wanted: Callable[[Actor], bool]) -> list[Actor]:
    """The ``wanted`` actors of one sentence, the first of each country (none of "MUL")."""
    found: list[Actor] = []
    for actor in actors:
        if (
            actor.country != "MUL"
            and wanted(actor)
            and all(actor.country != o.country for o in found)
        ):
            found.append(actor)
    return found
