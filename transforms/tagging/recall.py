"""What earlier sentences of an article said, read only when a later trigger needs it.

Consumes the sentences the tagger skipped (no trigger), the article's actor memory and a sentence
that refers back; produces updates to the memory: the paragraph's actors for pronouns, the names
and titles of people introduced earlier ("Erekat" after "Palestinian chief negotiator Saeb
Erekat"), the person a paragraph-opening "he added" stands for, the last organisation for "the
body", the speaker a continued quotation keeps; and the acts "similar steps by X" repeat.
Reading every skipped sentence cost more than the tagging itself (5.4 against 3.3 ms an article),
so each reading is triggered by a word that needs it and reads only what it needs.
"""

import re
from collections.abc import Callable

from schemas.events import Event
from transforms.tagging import object_slots, quotations, roles
from transforms.tagging.actors import MentionFinder
from transforms.tagging.denials import DENIAL_RE, REJECT_CODE, answered_types, denial_verb, denials
from transforms.tagging.document import Document
from transforms.tagging.embedded_mentions import phrase_object
from transforms.tagging.entries import PLACE
from transforms.tagging.lexicon import Lexicon, plain_words
from transforms.tagging.memory import ActorMemory
from transforms.tagging.mentions import Actor, Mention
from transforms.tagging.similar_acts import similar_acts, similar_by, similar_taken
from transforms.tagging.skipped_sentences import (
    PARAGRAPH_BREAK,
    Backlog,
    earlier_states,
    introduces,
    last_organisation,
)
from transforms.tagging.taxonomy import load_taxonomy
from transforms.tagging.text import Sentence, Token, words

# Words that may need what earlier sentences said: pronouns and possessives, and capitalised
# words after the first (a surname, "the Amir"); see Recall.needs_memory.
# ("ally", "tariffs", "terms": the story's other side, ``ActorMemory.rival``, counts them all)
REFERRING_WORDS = words(
    "he she it they its their his her him them two both bloc alliance body country ally tariffs "
    "terms kingdom emirate island regime administration monarchy sultanate minister ministry "
    "envoy ambassador diplomat spokesman spokeswoman general president premier chancellor "
    "group grouping agency council watchdog organisation organization junta nation state "
    "republic"  # ("the militant group", "the junta", "the South American nation")
)
REFERRING_RE = re.compile(r"\b(?:[A-Z][\w'-]+|(?i:" + "|".join(sorted(REFERRING_WORDS)) + r"))\b")
ACTOR_WORDS_KEPT = 50_000  # capitalised words whose dictionary answer is remembered
SENTENCE_STARTERS = words(
    "the a an in on at but and for this that these those after before with as by from to of "
    "while when if however meanwhile also last earlier later since during under over there "
    "some many most all both one two three according despite amid"
)
PERSON_PRONOUN_RE = re.compile(r"\b(?:he|she|He|She)\b")
NAME_RE = re.compile(r"\b[A-Z][\w'-]+")


class Recall:
    """Reads skipped sentences into an article's memory when a trigger's sentence needs them."""

    def __init__(
        self, lexicon: Lexicon, finder: MentionFinder, tokens: Callable[[str], list[Token]]
    ) -> None:
        self.lexicon = lexicon
        self.finder = finder
        self.tokens = tokens
        self._actor_words: dict[str, bool] = {}  # _names_an_actor's answers, bounded

    def read(
        self, text: str, document: Document, memory: ActorMemory
    ) -> tuple[list[str], list[Mention]]:
        """A sentence's lower-cased words and its mentions, read into ``memory``."""
        tokens = self.tokens(text)
        words, lowers = plain_words(tokens)
        return lowers, self.finder.find(tokens, words, lowers, text, document.published, memory)

    def needs_memory(self, sentence: Sentence) -> bool:
        """Whether a sentence may refer back: a pronoun or possessive, or a capitalised word the
        dictionaries do not know (a surname named earlier). Catching the memory up costs a
        dictionary pass over the skipped sentences, so it waits for this."""
        # word by word, to stop at the first that refers back: nine sentences in ten with a
        # trigger have one, mostly early (a third of the time of listing every match first)
        found = (match[0] for match in REFERRING_RE.finditer(sentence.text))
        return any(
            word.lower() in REFERRING_WORDS
            or (word.lower() not in SENTENCE_STARTERS and not self._names_an_actor(word))
            for word in found
        )

    def _names_an_actor(self, word: str) -> bool:
        """Whether a word alone names an actor in the dictionaries (not a place, not unknown);
        remembered per word (the same capitalised words recur in every article)."""
        known = self._actor_words.get(word)
        if known is None:
            length, senses = self.lexicon.match([word], [word.lower()], 0)
            known = bool(length) and any(sense.kind != PLACE for sense in senses)
            if len(self._actor_words) < ACTOR_WORDS_KEPT:
                self._actor_words[word] = known
        return known

    def similar(
        self, document: Document, sentence: Sentence, memory: ActorMemory, events: list[Event]
    ) -> list[Event]:
        """The article's last asserted act repeated by the actors after "similar steps by"
        (``similar_acts``); names are read with a scratch memory, so that the sentence's own
        tagging is unaffected."""
        lowers, mentions = self.read(sentence.text, document, scratch(memory))
        target = None
        if (after := similar_by(lowers)) is not None:
            sources = object_slots.object_mentions(lowers, mentions, after)
        elif (verb := similar_taken(lowers)) is not None:
            sources, _ = roles.subject(lowers, mentions, verb)  # "the EU imposed similar"
            against = (m for m in mentions if lowers[m.start - 1 : m.start] == ["against"])
            target = next(against, None)  # "took similar measures against Madrid"
        else:
            return []
        return similar_acts(sentence, sources, events, target)

    def denial(
        self, document: Document, sentence: Sentence, memory: ActorMemory, events: list[Event]
    ) -> list[Event]:
        """A denial of "the charge" answering the article's accusation of its subject
        (``denials``); read with a scratch memory like ``similar``."""
        if not events or not DENIAL_RE.search(sentence.text.lower()):
            return []
        lowers, mentions = self.read(sentence.text, document, scratch(memory))
        verb = denial_verb(lowers)
        if verb is None:
            return []
        types = answered_types(lowers, verb)
        subjects, _ = roles.subject(lowers, mentions, verb)
        subjects = [  # "a member of the ICC" (but "with Israel rejecting the case": Israel's,
            # and "a spokesperson for China's embassy in Britain rejected the claims": China's)
            m
            for m in subjects
            if not phrase_object(lowers, m) or m.end == verb or _voice_of(lowers, m)
        ]
        if lowers[verb + 1 : verb + 2] == ["by"]:  # "an accusation denied by Baku"
            subjects = [m for m in mentions if m.start == verb + 2 and m.is_actor]
        if not subjects and lowers[:1] in (["it"], ["they"]) and verb <= OPENING_DENIAL:
            # "Canada accused India of ... It rejected the allegations": the accused denies
            subjects = accused(events, types, sentence.text[: len(lowers[0])])
        code = load_taxonomy()[REJECT_CODE]
        return denials(sentence, subjects, events, code, lowers[verb], types)

    def names(
        self, document: Document, sentence: Sentence, backlog: "Backlog", memory: ActorMemory
    ) -> None:
        """Names the dictionaries do not know ("Erekat") that a skipped sentence of an earlier
        paragraph introduced ("Palestinian chief negotiator Saeb Erekat said ..."): only the
        skipped sentences that contain such a word are read, for names and titles alone (the
        paragraph's actors, for pronouns, stay the current paragraph's)."""
        if not backlog.earlier:
            return
        unknown = {
            word
            for word in NAME_RE.findall(sentence.text)
            if word not in memory.names
            and word.lower() not in SENTENCE_STARTERS
            and not self._names_an_actor(word)
        }
        if not unknown:
            return
        # a full name ends in the word ("Saeb Erekat"): "on Monday" or "(Reuters)" is no reason
        # to read a sentence (reading every sentence with a known word cost a fifth of tagging)
        reader = scratch(memory)
        kept = []
        for earlier in backlog.earlier:
            if earlier is PARAGRAPH_BREAK or not introduces(earlier.text, unknown):
                kept.append(earlier)
                continue
            self.read(earlier.text, document, reader)
        backlog.earlier = kept

    def carried_speaker(
        self,
        document: Document,
        sentence: Sentence,
        previous: Sentence | None,
        lowers: list[str],
        memory: ActorMemory,
        quoted: Sentence | None = None,
    ) -> list[Mention]:
        """The speaker of the quotation that the sentence before (same paragraph) closed, when
        this sentence opens a quotation again: '"We pray ...," said X. "We thank Y ..."', '"...,"
        X told a briefing. "Washington should stop ..."'; or, inside a quotation that opens a
        paragraph without naming its speaker, the speaker of ``quoted``, the paragraph before's
        last sentence. As a mention at this sentence's opening quote mark."""
        if quoted is not None and quoted.text.lstrip()[:1] in quotations.OPENING_QUOTES and lowers:
            before, mentions = self.read(quoted.text, document, scratch(memory))
            if len(before) > 1 and before[0] in quotations.OPENING_QUOTES:
                speaker = quotations.quote_speaker(before, mentions, 1)
                return [Mention(0, 1, m.text, actor=m.actor) for m in speaker if m.actor]
        if previous is None or not lowers:
            return []
        if lowers[0] not in quotations.OPENING_QUOTES:
            # 'Scholz said: "Russia will not win this war. We will support Ukraine ..."': the
            # quotation the sentence before left open goes on
            if not quotations.left_open(previous.text):
                return []
            before, mentions = self.read(previous.text, document, scratch(memory))
            opening = max(
                (i for i, w in enumerate(before) if w in quotations.OPENING_QUOTES), default=-1
            )
            speaker = (
                quotations.quote_speaker(before, mentions, opening + 1) if opening >= 0 else []
            )
            return [Mention(0, 1, m.text, actor=m.actor) for m in speaker if m.actor is not None]
        if previous.text.lstrip()[:1] not in quotations.OPENING_QUOTES:
            return []  # the sentence before opens no quotation: nothing to read
        before, mentions = self.read(previous.text, document, scratch(memory))
        if len(before) < 2 or before[0] not in quotations.OPENING_QUOTES:
            return []
        speaker = quotations.quote_speaker(before, mentions, 1)
        return [
            Mention(0, 1, mention.text, actor=mention.actor)
            for mention in speaker
            if mention.actor is not None
        ]

    def speaker(
        self, document: Document, sentence: Sentence, backlog: "Backlog", memory: ActorMemory
    ) -> None:
        """For '"...," he added.' opening a paragraph whose paragraph before was skipped (no
        trigger): that paragraph's actors, read into a scratch memory, become the memory's
        previous paragraph (``ActorMemory.antecedent`` looks there for "he" and "she" only)."""
        if any(actor.personal for actors in memory.recent for actor in actors):
            return
        if not PERSON_PRONOUN_RE.search(sentence.text) or not backlog.previous:
            return
        reader = scratch(memory)
        for earlier in backlog.previous:
            self.read(earlier.text, document, reader)
        backlog.previous = []
        if any(actor.personal for actors in reader.recent for actor in actors):
            memory.previous_paragraph = reader.recent

    def organisation(self, earlier: list[Sentence], memory: ActorMemory) -> None:
        """The last international organisation named in skipped sentences of earlier paragraphs
        (``skipped_sentences.last_organisation``)."""
        last_organisation(self.lexicon, self.tokens, earlier, memory)

    def states(self, earlier: list[Sentence], memory: ActorMemory) -> None:
        """The countries named in skipped sentences of earlier paragraphs, put before those the
        memory holds (``skipped_sentences.earlier_states``)."""
        earlier_states(self.lexicon, self.tokens, earlier, memory)

    def remember(self, document: Document, sentences: list[Sentence], memory: ActorMemory) -> None:
        """Read skipped sentences into the article's actor memory (names, titles, the
        paragraph's actors), so that a later trigger's "Assad", "it" or "the ministry" resolve."""
        for sentence in sentences:
            if sentence is PARAGRAPH_BREAK:
                memory.new_paragraph()
                continue
            memory.sentence = sentence.index
            self.read(sentence.text, document, memory)


OPENING_DENIAL = 3  # "It has also rejected": the pronoun opens the sentence, the verb soon after


def accused(events: list[Event], types: set[str] | None, text: str) -> list[Mention]:
    """The target of the article's last asserted act of ``types`` (an accusation for "the
    allegations"), as a mention of the pronoun that opens a denial; [] when there is none."""
    wanted = types or {"ACCUSE"}
    last = next(
        (e for e in reversed(events) if e.plover_type in wanted and e.modality == "asserted"),
        None,
    )
    if last is None or not last.target_country:
        return []
    actor = Actor(last.target_country, last.target_sector, last.target_name or "")
    return [Mention(0, 1, text, actor=actor, pronoun=True)]


def scratch(memory: ActorMemory) -> ActorMemory:
    """A memory that shares ``memory``'s names, titles and dateline but not its paragraph's
    actors: for reading a sentence out of order without changing what pronouns refer to."""
    scratch = ActorMemory()
    scratch.names, scratch.titles, scratch.home = memory.names, memory.titles, memory.home
    return scratch


def _voice_of(lowers: list[str], mention: Mention) -> bool:
    """Whether a mention is whom a spokesperson speaks for ("a spokesperson for the embassy")."""
    before = mention.start - (lowers[mention.start - 1 : mention.start] == ["the"])
    return (
        before > 1 and lowers[before - 1] == "for" and lowers[before - 2] in quotations.SPOKESPEOPLE
    )
