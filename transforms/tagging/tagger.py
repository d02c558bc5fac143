"""The event tagger: sentences with a trigger and two actors become ``Event`` rows.

Consumes a ``Document``; produces its events in text order (sentence, then trigger, then the
rows of a compound mention). Drops, by design: sentences with no trigger word (a cheap word-set
test before any tokenising), triggers without a resolvable source and target, rows whose two
sides are the same actor, and rows past the per-sentence bound. Historical statements are kept
with modality ``historical``. Deterministic: same input, same rows.
"""

import re

from schemas.events import Event
from transforms.geocoding import load_gazetteer
from transforms.tagging import reactions
from transforms.tagging.actors import MentionFinder
from transforms.tagging.continued_dates import inherit_date, story_date, with_story_date
from transforms.tagging.document import Document
from transforms.tagging.event_modality import EventModality
from transforms.tagging.event_rows import event_rows, restates
from transforms.tagging.geolocation import locate_events
from transforms.tagging.hand_written import told_in_call
from transforms.tagging.lexicon import load_lexicon, plain_words
from transforms.tagging.memory import ActorMemory
from transforms.tagging.modality import ModalityCues
from transforms.tagging.pair_mentions import split_dyads
from transforms.tagging.parsed_roles import SentenceParse
from transforms.tagging.pattern_files import load_patterns
from transforms.tagging.patterns import Pattern, PatternSet, TriggerMatch
from transforms.tagging.places import Place, find_dateline
from transforms.tagging.quotations import OPENING_QUOTES, open_after
from transforms.tagging.recall import Recall, scratch
from transforms.tagging.similar_acts import SIMILAR_RE
from transforms.tagging.skipped_sentences import (
    ORGANISATION_ANAPHOR_RE,
    PARAGRAPH_BREAK,
    STATE_EPITHET_RE,
    Backlog,
)
from transforms.tagging.taxonomy import load_taxonomy
from transforms.tagging.text import Sentence, Token, split_sentences, tokenize
from transforms.tagging.trigger_fills import fill_pattern
from transforms.tagging.trigger_slots import Clause
from transforms.tagging.unrowed_acts import (
    act_words_in,
    keep_kinds,
    names_kind_noun,
    names_unrowed_act,
    note_unrowed_act,
)

TAGGER_VERSION = "2.44.0"
WORD_RE = re.compile(r"[a-z]+(?:-[a-z]+)*")
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
        anchors = self.patterns.anchors
        # word by word, to stop at the first anchor: most articles have one in their first
        # lines (a tenth of the time of listing every word of the article first)
        if not any(word[0] in anchors for word in WORD_RE.finditer(lowered)):
            return []
        act_words = act_words_in(lowered)
        dateline, body_start = find_dateline(text, self.lexicon)
        memory = ActorMemory()
        memory.home = dateline.country if dateline is not None and not dateline.joint else None
        self._tokens: dict[str, list[Token]] = {}  # this article's, by sentence text
        events: list[Event] = []
        seen: set[tuple[int, str, str, str]] = set()
        backlog = Backlog([])  # read into the memory only when a later trigger needs it
        previous: Sentence | None = None  # the sentence before, in the same paragraph
        previous_end = body_start
        quoting = False  # whether a quotation is open as the sentence starts
        sentences = split_sentences(text, body_start)
        for sentence in sentences:
            if "\n" in text[previous_end : sentence.start]:
                backlog.sentences.append(PARAGRAPH_BREAK)
                # the new paragraph starts now, before this sentence's actors are noted (the
                # skipped sentences before the break are never read: ``Backlog.take``)
                self.recall.remember(document, backlog.take(), memory)
                opens = sentence.text.lstrip()[:1] in OPENING_QUOTES
                backlog.quoted = previous if opens and open_after(sentence.text, False) else None
                previous, quoting = None, False
            elif not quoting:
                backlog.quoted = None  # the quotation carried over has closed
            quoting = open_after(sentence.text, quoting)
            previous_end = sentence.end
            before, previous = previous, sentence
            if events and SIMILAR_RE.search(sentence.text.lower()):
                events.extend(self.recall.similar(document, sentence, memory, events))
            own: list[Event] = []
            unrowed = names_unrowed_act(lowered, sentence.start, sentence.end, act_words)
            if unrowed and names_kind_noun(lowered, sentence.start, sentence.end):
                # "North Korea fired a missile before the summit, and the two leaders condemned
                # the launch": the act's maker, by kind, for the sentence's own reactions
                read = self.recall.read(sentence.text, document, scratch(memory))
                note_unrowed_act(memory, sentence, *read, kinds_only=True)
            if self.patterns.possible(WORD_RE.findall(lowered, sentence.start, sentence.end)):
                own = self._tag_sentence(document, sentence, dateline, memory, before, backlog)
            else:
                backlog.sentences.append(sentence)  # no pattern has all its required words
            if not any(event.plover_type == "REJECT" for event in own):
                # "Armenia accused Azerbaijan ..., a charge Baku denied": the sentence's own
                # accusation is answered too
                own += self.recall.denial(document, sentence, memory, events + own)
            reactions.remember_act(memory, own)
            keep_kinds(memory, own)
            if unrowed:
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
            found = tokenize(text)
            if "-" in text or "Koreas" in text:  # split_dyads changes no sentence without either
                found = split_dyads(self.lexicon, found)
            self._tokens[text] = found
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
        carried = self.recall.carried_speaker(
            document, sentence, previous, lowers, memory, backlog.quoted
        )
        matches = self.patterns.outside_names(lowers, matches, mentions)
        verb_spans = [
            (match.start, match.end)
            for longest in matches
            for match in (longest, *longest.fallbacks)
            if not all(pattern.nominal for pattern in match.patterns)
        ]

        def read(match: TriggerMatch) -> Pattern | None:
            """Fill the match's first pattern that makes an event; add its rows."""
            found = next(
                (
                    found
                    for pattern in match.patterns
                    if (found := fill_pattern(
                        self.cues, self.taxonomy, self.modality, document, sentence, tokens,
                        lowers, mentions, match, pattern, clauses, parse, memory, dateline,
                        verb_spans, carried,
                    )) is not None
                ),
                None,
            )  # fmt: skip
            if found is None:
                return None
            rows = event_rows(
                self.taxonomy, TAGGER_VERSION, document, sentence, tokens, match, dateline, *found
            )
            events.extend(inherit_date(rows, previous, document.published))
            return found[3]

        for longest in matches:
            noun_start = None  # where an event noun found in this group starts
            for match in (longest, *longest.fallbacks):  # a shorter match inside if none fits
                if noun_start is not None and match.end > noun_start:
                    continue  # after an event noun, only a verb before it ("criticised X's ...")
                pattern = read(match)
                if pattern is None:
                    continue
                if not pattern.nominal or noun_start is not None:
                    call = told_in_call(match, longest.fallbacks, pattern)
                    if call is not None:  # "told Macron in a phone call that Ukraine was ...":
                        read(call)  # the call is an act of its own
                    break
                # "Washington criticised Beijing's sanctions on Lithuania": the noun is an
                # event, and so is the verb that takes it as its object
                noun_start = match.start
        reactions.note_owner(memory, owner, sentence)  # "Washington's decision to withdraw"
        return events
