"""The event tagger: sentences with a trigger and two actors become ``Event`` rows.

Consumes a ``Document``; produces its events in text order (sentence, then trigger, then the
rows of a compound mention). Drops, by design: sentences with no trigger word (a cheap word-set
test before any tokenising), triggers without a resolvable source and target, rows whose two
sides are the same actor, and rows past the per-sentence bound. Historical statements are kept
with modality ``historical``. Deterministic: same input, same rows.
"""

import dataclasses
import re

from schemas.events import Event
from transforms.geocoding import load_gazetteer
from transforms.tagging import clause_agents, object_slots, quotations, reactions, readings
from transforms.tagging.actors import MentionFinder
from transforms.tagging.clause_links import modifies_a_noun, shared_objects
from transforms.tagging.document import Document
from transforms.tagging.event_dates import inherit_date, story_date, with_story_date
from transforms.tagging.event_modality import EventModality
from transforms.tagging.event_rows import event_rows, restates
from transforms.tagging.geolocation import locate_events
from transforms.tagging.lexicon import load_lexicon, plain_words
from transforms.tagging.memory import ActorMemory
from transforms.tagging.mentions import Mention
from transforms.tagging.modality import ModalityCues
from transforms.tagging.pair_mentions import split_dyads
from transforms.tagging.pairs import pairs_of
from transforms.tagging.parsed_roles import SentenceParse
from transforms.tagging.passive_triggers import in_passive, passive_agents, passive_event
from transforms.tagging.pattern_files import load_patterns
from transforms.tagging.patterns import Pattern, PatternSet, TriggerMatch
from transforms.tagging.places import Place, find_dateline
from transforms.tagging.recall import (
    ORGANISATION_ANAPHOR_RE,
    PARAGRAPH_BREAK,
    STATE_EPITHET_RE,
    Backlog,
    Recall,
    scratch,
)
from transforms.tagging.similar_acts import SIMILAR_RE
from transforms.tagging.slots import dateline_host, hosts, object_fits, parse_may_help
from transforms.tagging.taxonomy import load_taxonomy
from transforms.tagging.text import Sentence, Token, split_sentences, tokenize
from transforms.tagging.trigger_slots import (
    Clause,
    inside_targets,
    trigger_objects,
    trigger_subjects,
)
from transforms.tagging.unrowed_acts import UNROWED_ACT_RE, note_unrowed_act

TAGGER_VERSION = "2.12.0"
# Kinds whose unnamed target is the story's other side ("balked on terms", "tariffs imposed by X")
OTHER_SIDE_KINDS = frozenset({"REJECT", "CONCEDE", "SANCTION", "RETREAT"})
WORD_RE = re.compile(r"[a-z]+(?:-[a-z]+)*")
# Words of an adjunct between a dyad-less talks noun and the actors before it ("on the sidelines
# of the summit"): the actors are no side of those talks
ADJUNCT_OPENERS = frozenset({"on", "at", "in", "of", "during", "sidelines"})
CALL_OPENERS = frozenset({"in", "during", "on", "over"})  # "asked X ... during a phone call"
MAX_SENTENCE_ROWS = 40  # rows of one sentence at most (4 triggers and 2 x 3 actors stay under)


class EventTagger:
    """Holds the dictionaries and matchers; build once, then call ``tag`` per document."""

    def __init__(self, *, use_parser: bool = False, geocode: bool = True) -> None:
        self.use_parser = use_parser
        # The gazetteer is cached per process: every tagger of a worker shares one.
        self.gazetteer = load_gazetteer() if geocode else None
        self.lexicon = load_lexicon()
        self.patterns = PatternSet(load_patterns())
        self.cues = ModalityCues()
        self.taxonomy = load_taxonomy()
        self.modality = EventModality(self.cues, self.taxonomy)
        self.finder = MentionFinder(self.lexicon)
        self._tokens: dict[str, list[Token]] = {}
        self.recall = Recall(self.lexicon, self.finder, self.tokens)
        for pattern in self.patterns.patterns:
            for code in [pattern.cameo, *(code for _, code in pattern.refine)]:
                if code not in self.taxonomy:
                    raise ValueError(f"pattern {pattern.pattern_id}: {code} not in taxonomy.tsv")

    def tag(self, document: Document) -> list[Event]:
        """Code the events of one document."""
        text = document.text
        lowered = text.lower()
        if self.patterns.anchors.isdisjoint(WORD_RE.findall(lowered)):
            return []
        dateline, body_start = find_dateline(text, self.lexicon)
        memory = ActorMemory()
        memory.home = dateline.country if dateline is not None else None
        self._tokens: dict[str, list[Token]] = {}  # this article's, by sentence text
        events: list[Event] = []
        seen: set[tuple[int, str, str, str]] = set()
        backlog = Backlog([])  # read into the memory only when a later trigger needs it
        previous: Sentence | None = None  # the sentence before, in the same paragraph
        previous_end = body_start
        sentences = split_sentences(text, body_start)
        for sentence in sentences:
            if "\n" in text[previous_end : sentence.start]:
                backlog.sentences.append(PARAGRAPH_BREAK)
                previous = None
            previous_end = sentence.end
            before, previous = previous, sentence
            if events and SIMILAR_RE.search(sentence.text.lower()):
                events.extend(self.recall.similar(document, sentence, memory, events))
            own: list[Event] = []
            if self.patterns.possible(WORD_RE.findall(lowered, sentence.start, sentence.end)):
                own = self._tag_sentence(document, sentence, dateline, memory, before, backlog)
            else:
                backlog.sentences.append(sentence)  # no pattern has all its required words
            if not any(event.plover_type == "REJECT" for event in own):
                # "Armenia accused Azerbaijan ..., a charge Baku denied": the sentence's own
                # accusation is answered too
                own += self.recall.denial(document, sentence, memory, events + own)
            reactions.remember_act(memory, own)
            if UNROWED_ACT_RE.search(lowered, sentence.start, sentence.end):
                read = self.recall.read(sentence.text, document, scratch(memory))
                # "fired two missiles"; beside rows of its own, by kind only ("launched drills
                # around Taiwan, a day after Lai returned from a trip", "Yoon met Kishida hours
                # after North Korea fired a missile")
                note_unrowed_act(memory, sentence, *read, kinds_only=bool(own))
            kept: list[Event] = []
            for event in own[:MAX_SENTENCE_ROWS]:
                key = (event.sentence_index, event.source_code, event.target_code, event.cameo_code)
                if key not in seen and not any(restates(event, other) for other in kept):
                    seen.add(key)
                    kept.append(event)
            events.extend(kept)
        if any(event.date_is_fallback for event in events):
            events = with_story_date(events, story_date(sentences, document.published))
        if self.gazetteer is None or not events:
            return events
        return locate_events(events, dateline, self.gazetteer)

    def tokens(self, text: str) -> list[Token]:
        """A sentence's tokens, hyphenated dyads split ("US-China talks"); cached for the
        article, since a sentence may be read again for what a later one refers to."""
        found = self._tokens.get(text)
        if found is None:
            found = self._tokens[text] = split_dyads(self.lexicon, tokenize(text))
        return found

    def _tag_sentence(
        self,
        document: Document,
        sentence: Sentence,
        dateline: Place | None,
        memory: ActorMemory,
        previous: Sentence | None,
        backlog: Backlog,
    ) -> list[Event]:
        tokens = self.tokens(sentence.text)
        words, lowers = plain_words(tokens)
        matches = self.patterns.match(lowers)
        if not matches:
            backlog.sentences.append(sentence)
            return []
        if self.recall.needs_memory(sentence):
            self.recall.remember(document, backlog.take(), memory)
            self.recall.names(document, sentence, backlog, memory)
            self.recall.speaker(document, sentence, backlog, memory)
        if ORGANISATION_ANAPHOR_RE.search(sentence.text):
            self.recall.organisation(backlog.earlier, memory)
        if STATE_EPITHET_RE.search(sentence.text):
            self.recall.states(backlog.earlier, memory)
        memory.sentence = sentence.index
        mentions = self.finder.find(
            tokens, words, lowers, sentence.text, document.published, memory
        )
        if sum(1 for mention in mentions if mention.is_actor) < 1:
            return []
        owner = reactions.act_owner(lowers, mentions)
        events: list[Event] = []
        clauses: list[Clause] = []
        usable = sum(1 for mention in mentions if mention.is_actor or mention.place_country)
        parse = SentenceParse(words) if self.use_parser and usable >= 2 else None
        carried = self.recall.carried_speaker(document, sentence, previous, lowers, memory)
        matches = self.patterns.outside_names(lowers, matches, mentions)
        verb_spans = [
            (match.start, match.end)
            for longest in matches
            for match in (longest, *longest.fallbacks)
            if not all(pattern.nominal for pattern in match.patterns)
        ]
        for longest in matches:
            noun_start = None  # where an event noun found in this group starts
            for match in (longest, *longest.fallbacks):  # a shorter match inside if none fits
                if noun_start is not None and match.end > noun_start:
                    continue  # after an event noun, only a verb before it ("criticised X's ...")
                found = next(
                    (
                        found
                        for pattern in match.patterns
                        if (found := self._apply(
                            document, sentence, tokens, lowers, mentions, match, pattern, clauses,
                            parse, memory, dateline, verb_spans, carried,
                        )) is not None
                    ),
                    None,
                )  # fmt: skip
                if found is not None:
                    rows = event_rows(
                        self.taxonomy, TAGGER_VERSION, document, sentence, tokens, match,
                        dateline, *found,
                    )  # fmt: skip
                    events.extend(inherit_date(rows, previous, document.published))
                    if not found[3].nominal or noun_start is not None:
                        break
                    # "Washington criticised Beijing's sanctions on Lithuania": the noun is an
                    # event, and so is the verb that takes it as its object
                    noun_start = match.start
        reactions.note_owner(memory, owner, sentence)  # "Washington's decision to withdraw"
        return events

    def _apply(
        self,
        document: Document,
        sentence: Sentence,
        tokens: list[Token],
        lowers: list[str],
        mentions: list[Mention],
        match: TriggerMatch,
        pattern: Pattern,
        clauses: list[Clause],
        parse: SentenceParse | None = None,
        memory: ActorMemory | None = None,
        dateline: Place | None = None,
        verb_spans: list[tuple[int, int]] | None = None,
        carried: list[Mention] | None = None,
    ) -> tuple | None:
        """Fill a pattern's slots; None when it cannot make an event."""
        if pattern.compiled and any(m.start <= match.start < m.end for m in mentions):
            return None  # a compiled verb form inside a name ("United States") is no trigger
        if pattern.reported and any(
            (m.is_actor or m.demonym_only) and match.start < m.start and m.end <= match.end
            for m in mentions
        ):
            # "said Russia should withdraw", "said of the Japanese plan": another's act or
            # thing, not the speaker's
            return None
        if pattern.compiled and any(
            m.is_actor and match.start < m.start and m.end + 1 < match.end and lowers[m.end] == "to"
            for m in mentions
        ):
            return None  # "wants Putin to attack X": Putin's act, asked of him, not a threat
        if pattern.cameo == "042" and modifies_a_noun(lowers, mentions, match.start):
            return None  # "any ship heading to Israel": the ship's course, no one's visit
        if lowers[match.start - 1 : match.end] == ["for", "consultations"]:
            return None  # "recalled their ambassadors for consultations": a recall, no talks
        if pattern.passive is not None:
            return passive_event(self.cues, lowers, mentions, match, pattern, memory)
        speaker_slot: list[Mention] = []
        if pattern.source == "speaker":  # '"China must stop," the minister said'
            speaker_slot = quotations.quote_speaker(
                lowers, mentions, match.start
            ) or quotations.trailing_speaker(lowers, mentions, match.end)
            if not speaker_slot:
                return None  # no one named says it: no clause to remember either
        subjects, via_pronoun = trigger_subjects(
            sentence, tokens, lowers, mentions, match, pattern, clauses, memory, verb_spans, carried
        )
        if (
            pattern.adjacent
            and subjects
            and ADJUNCT_OPENERS & set(lowers[subjects[-1].end : match.start])
        ):
            subjects = []  # "met Kagame and Tshisekedi separately at the summit": no dyad's
        passive = in_passive(lowers, match, pattern)
        slots = {"subject": subjects, "none": []}
        kind = self.taxonomy[pattern.cameo].plover_type
        objects = trigger_objects(
            sentence, tokens, lowers, mentions, match, pattern, kind, subjects, memory
        )
        if not objects and clauses and pattern.target == "object":
            # "met Zelenskiy and pledged continued support": the first verb's object; "asked
            # Zelensky to investigate Biden during a phone call": the call's other side
            before = [clause for clause in clauses if clause.end <= match.start]
            if before and pattern.nominal and lowers[match.start] in CALL_OPENERS:
                objects = [m for m in before[-1].objects if m.end <= match.start]
                subjects = slots["subject"] = before[-1].subjects if objects else subjects
            elif before:
                # a headline's "X meets Y, seeks aid": the first verb's subject too
                headline = lowers[match.start - 1] == ","
                shared = before[-1].subjects if headline or not subjects else subjects
                objects = shared_objects(lowers, match.start, match.end, shared, before[-1])
                if objects and shared is not subjects:
                    subjects = slots["subject"] = shared
        slots["object"] = slots["object_place"] = objects
        slots["inside"] = inside_targets(
            sentence, tokens, lowers, mentions, match, pattern, kind, subjects, memory
        )
        slots["first_inside"] = slots["inside"][:1]  # "said the US strike on Syria was illegal"
        slots["between"] = object_slots.between(lowers, mentions, match.end)
        slots["dateline"] = dateline_host(lowers, match.end, dateline)
        slots["speaker"] = speaker_slot
        apposed = passive and reactions.apposed_act(lowers, match.start)
        if apposed and pattern.object_kind == "person":
            return None  # ", a proposal welcomed by X": the proposal is welcomed, no visitor
        if passive:
            by, subjects = passive_agents(lowers, mentions, match, clauses, subjects)
            slots = {**slots, "subject": by, "object": subjects, "object_place": subjects}
            objects = subjects
        if (
            pattern.nominal
            and objects
            and not passive
            and lowers[objects[-1].end : objects[-1].end + 1] == ["by"]
        ):
            agents = clause_agents.by_agent(lowers, mentions, objects[-1].end)
            if agents:  # "a visit to Sri Lanka by the Norwegian foreign minister"
                subjects = slots["subject"] = agents
        agents = clause_agents.agent_inside(lowers, mentions, match.start, match.end)
        if agents and not passive and pattern.source == "subject" and pattern.target == "object":
            # "any supply of weapons by North Korea to Russia"
            subjects = slots["subject"] = agents
        clauses.append(Clause.of(match.end, subjects, objects, pattern, kind))
        if parse is not None and parse_may_help(pattern, slots, mentions):
            # the shallow rules found the object but no subject: ask the parse (passives with a
            # far agent, relative clauses, coordinated verbs far from their subject)
            parsed_subjects, parsed_passive = parse.subjects(mentions, match.start, match.end)
            if parsed_subjects:
                slots["subject"] = parsed_subjects
                passive = passive or parsed_passive
        if not objects and pattern.target == "object" and subjects:
            officials = hosts(lowers, mentions, match.end, dateline)
            if officials and self.taxonomy[pattern.cameo].plover_type == "CONSULT":
                # "Esper met with several top government officials" in a story datelined
                # Hanoi: the officials are the host country's
                slots["object"] = objects = officials
        # an object named inside the trigger ("ordered the French ambassador to leave") is the
        # one its kind applies to
        fitted = slots[pattern.target] if pattern.target in ("inside", "first_inside") else objects
        if (
            pattern.target not in ("none", "dateline")
            and not (apposed and pattern.object_kind == "not_visitor")
            and not object_fits(lowers, fitted, pattern, match.end)
        ):
            return None
        sources = slots[pattern.source]
        targets = slots[pattern.target] if pattern.target != "to_place" else []
        if pattern.target == "to_place" and sources:
            targets = object_slots.to_place(lowers, mentions, sources[-1].end)
        if not sources and targets and memory is not None:
            sources = readings.unnamed_imposer(lowers, match, targets, memory)
        if sources and not targets and kind in OTHER_SIDE_KINDS and memory is not None:
            targets = readings.unnamed_other_side(lowers, match, sources, memory)
        if pattern.reciprocal and pattern.target == "none" and len(sources) >= 2:
            # "Egypt and Bahrain agreed to restore relations with Qatar": with Qatar
            targets = object_slots.counterpart(lowers, mentions, match.end)
            if targets:
                pattern = dataclasses.replace(pattern, reciprocal=False, target="object")
        pairs = pairs_of(pattern, sources, targets)
        if not pairs or readings.trade_figure(lowers, match.start, targets):
            return None  # "U.S. exports to China dropped to $9.1 billion": a statistic
        modality = self.modality.classify(lowers, match, pattern, subjects, targets)
        if pattern.mutual and (
            readings.offered(lowers, match.start) or modality in ("future", "hypothetical")
        ):
            # "The Taliban offered to hold talks with the United States", "EU leaders agreed to
            # open talks with Ukraine": an offer or a plan is one side's until the other agrees
            pairs = [pair for pair in pairs if pair[0] in sources]
        confidence = pattern.confidence * (0.85 if via_pronoun and subjects else 1.0)
        confidence *= 0.9 if passive else 1.0
        place_targets = [m for m in targets if m.place_name and pattern.target == "object_place"]
        return pairs, modality, confidence, pattern, place_targets, mentions, lowers
