"""Actor mentions: token spans of a sentence resolved to a country (or organisation) and sector.

Consumes a sentence's tokens, the lexicon and the article's ``ActorMemory``; produces
``Mention`` spans in text order. A mention is an actor ("Syrian President Bashar al-Assad",
"Qatar's Amir", "the Kremlin", "Damascus" as a metonym), a place ("in Jeddah", "in Qatar"), or
unresolved (a bare title or an unknown name) and then plays no role. Demonyms on their own
("the Syrian crisis") are not mentions. Phrases that name an actor without its name ("the two
countries", "the Jewish state", "its ally", "his country") are ``phrase_mentions``'.
"""

import dataclasses
import datetime

from transforms.tagging.entries import AGENT, PLACE
from transforms.tagging.epithets import COMPOUND_SUFFIXES, OWNER_PRONOUNS
from transforms.tagging.lexicon import Lexicon
from transforms.tagging.memory import ActorMemory
from transforms.tagging.mentions import Actor, Mention, as_state
from transforms.tagging.name_chunks import ChunkResolver
from transforms.tagging.offices import (
    VERBAL_AGENTS,
    name_apposed_envoys,
    owns_a_relation,
    share_distributed_agents,
    unknown_owner,
)
from transforms.tagging.pair_mentions import PAIR_OPENERS, in_dyad
from transforms.tagging.person_names import another_person, appositive_name, demonym_noun
from transforms.tagging.phrase_mentions import phrase_at
from transforms.tagging.places import heard_at, locative, opening_home, seated, where_home
from transforms.tagging.possessives import opposed_mention, possessed_mention, with_referred_owner
from transforms.tagging.references import (
    ORGANISATION_ANAPHORS,
    PRONOUN_KINDS,
    reference,
    reference_at,
    without_describing_organisations,
)
from transforms.tagging.reporters import names_a_medium
from transforms.tagging.sentence_antecedents import (
    first_list,
    object_person,
    object_state,
    they_group,
)
from transforms.tagging.text import Token, words

# Capitalised words that make a name before them part of a geographic feature's name.
GEOGRAPHIC_FEATURES = words("Sea Seas Strait Straits Gulf Ocean Peninsula River Basin Canal Bay")
GEOGRAPHIC_FEATURES |= words("Channel Mountains lawn Lawn")  # "on the White House lawn"
# Names a city's name opens that are no state's organ: newspapers, diplomatic groups and
# processes ("The Washington Post", "the Minsk Group", "the Lima Group", "the Paris Club")
CITY_NAMED = frozenset(
    {"Post", "Times", "Journal", "Herald", "Independent", "Review", "Tribune", "Gazette"}
    | {"Group", "Club", "Process", "Format", "Institute", "University", "Accords", "Foundation"}
)
# Words before "American" that make it a region's ("Latin American leaders")
REGIONS = [["Latin"], ["South"], ["North"], ["Central"], ["Pan"]]
# The words that open a pair phrase, an epithet, an owned noun ("his country"), a pronoun or an
# organisation's anaphor: the only lower-case tokens that start a mention without an entry
PHRASE_OPENERS = PAIR_OPENERS | {"the", "him"} | OWNER_PRONOUNS | ORGANISATION_ANAPHORS
PHRASE_OPENERS |= frozenset(PRONOUN_KINDS)
# adjectives that join a demonym without naming a state: "Afghan and Western leaders"
BLOC_ADJECTIVES = words("western foreign international regional arab gulf other local allied")
GROUP_COMPOUNDS = words("dominated majority speaking populated minority")
OPENING_WORDS_KEPT = 100_000  # words whose answer to MentionFinder._may_open is remembered


class MentionFinder:
    """Finds and resolves the mentions of one sentence against the lexicon and memory."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.chunks = ChunkResolver(lexicon)
        self._opens: dict[str, bool] = {}  # _may_open's answers, bounded

    def _may_open(self, word: str, lower: str) -> bool:
        """Whether a token may start a mention, whatever the article has named: an entry's
        first word, a phrase's or reference's opener, a people ("the Palestinians") or a
        compound ("Russian-backed"). A function of the word alone (``lower`` is its plain
        lower-cased form), so the answer is remembered per word: the same words recur in
        every article (the test of a token takes under half its time so)."""
        name_starts, term_starts = self.lexicon.entry_starts()
        opens = (
            lower in PHRASE_OPENERS
            or word in name_starts
            or lower in term_starts
            or (word[-1:] == "s" and word[:1].isupper())  # "the Palestinians": a people
            or lower.endswith(COMPOUND_SUFFIXES)
        )
        if len(self._opens) < OPENING_WORDS_KEPT:
            self._opens[word] = opens
        return opens

    def find(
        self,
        tokens: list[Token],
        words: list[str],
        lowers: list[str],
        sentence: str,
        day: datetime.date,
        memory: ActorMemory,
    ) -> list[Mention]:
        """All mentions of a sentence, in order."""
        mentions: list[Mention] = []
        memory.new_sentence()
        home = memory.home  # "In Beijing, officials summoned": Beijing's, for this sentence
        memory.home = opening_home(self.lexicon, words, lowers) or home
        index = 0
        known_names = memory.names
        opens = self._opens
        while index < len(words):
            word = words[index]
            may_open = opens.get(word)
            if may_open is None:
                may_open = self._may_open(word, lowers[index])
            if not (may_open or word in known_names):
                # most tokens ("said", "of", "talks") can start no entry, phrase or reference
                # (asked every question below, they took a fifth of the tagger's time)
                index += 1
                continue
            made = phrase_at(self.lexicon, tokens, words, lowers, sentence, index, mentions, memory)
            if made:  # "the two countries", "the Jewish state", "its ally", "his country"
                mentions.extend(made)
                index = made[0].end
                continue
            length, senses = self.lexicon.match(words, lowers, index)
            if length == 1 and another_person(self.lexicon, words, lowers, index, senses):
                length, senses = 0, []  # "Abbas Mousavi" is not Mahmoud Abbas
            if len(group := they_group(mentions, lowers, memory, index)) > 1:  # at "they"
                text = sentence[tokens[index].start : tokens[index].end]
                for actor in group:  # twins, coordinated as "the two countries" are
                    mentions.append(Mention(index, index + 1, text, actor=actor, pronoun=True))
                index += 1
                continue
            if not length and lowers[index] == "him":
                people = [m.actor for m in mentions if m.actor is not None and m.actor.personal]
                him = object_person(mentions, lowers, index) or memory.other_person(people)
                if him is not None:  # an object, so no pronoun mention: the verb's target
                    text = sentence[tokens[index].start : tokens[index].end]
                    mentions.append(Mention(index, index + 1, text, actor=him))
                index += 1
                continue
            if not length and (state := object_state(mentions, lowers, index)) is not None:
                text = sentence[tokens[index].start : tokens[index].end]  # "accused it": an
                mentions.append(Mention(index, index + 1, text, actor=state))  # object, no subject
                index += 1
                continue
            if not length:  # a pronoun, a name given before, "the Palestinians", "the bloc"
                mention = reference_at(
                    self.lexicon, tokens, words, lowers, sentence, index, mentions, memory
                )
                if mention is not None:
                    mentions.append(mention)
                    if not mention.pronoun:
                        memory.note(mention.actor)
                    elif len(mentions) == 1 and index < 3:  # "It ... ": the next "It" is it too
                        memory.opener = mention.actor
                index += 1
                continue
            if lowers[index] in VERBAL_AGENTS:
                index += 1  # "to attack Switzerland": a verb, never the head of a mention
                continue
            if (
                length == 1
                and words[index][-1:] == "s"
                and words[index][:1].isupper()
                and not any(sense.name == words[index] for sense in senses)  # "the Philippines"
            ):
                people = reference(self.lexicon, words, lowers, index, memory)
                if people is not None:  # "two Israelis": people, though a dictionary says state
                    text = sentence[tokens[index].start : tokens[index].end]
                    mentions.append(Mention(index, index + 1, text, actor=people))
                    memory.note(people)
                    index += 1
                    continue
            end, parts, name_tokens = self.chunks.extend(words, lowers, index, length, senses)
            if end < len(words) and (
                words[end] in GEOGRAPHIC_FEATURES
                or names_a_medium(words, end)
                or words[end] in CITY_NAMED
                and all(sense.kind == PLACE for senses in parts for sense in senses)
            ):
                # "the South China Sea", "the Korean Peninsula": a place only; "The Washington
                # Post", "the Minsk Group", "France 24": a place's name in no state's organ
                index = end + 1
                continue
            if words[index] in ("American", "Americans") and words[index - 1 : index] in REGIONS:
                index = end  # "Latin American countries": a region's, not the United States'
                continue
            text = sentence[tokens[index].start : tokens[end - 1].end]
            bare = lowers[index - 1 : index] == ["the"] and end == index + 1
            mention = self.chunks.resolve(
                index,
                end,
                text,
                parts,
                name_tokens,
                day,
                memory,
                bare=bare,
                owned=lowers[index - 1 : index] == ["'s"],
            )
            if (
                mention is not None
                and all(sense.kind == AGENT for senses in parts for sense in senses)
                and (
                    unknown_owner(self.lexicon, words, lowers, index)
                    or lowers[index - 1 : index] in (["its"], ["their"], ["his"], ["her"])
                    or lowers[end : end + 1] in (["in"], ["of"])
                    and lowers[end + 1 : end + 2] in (["those"], ["these"], ["both"], ["their"])
                )
            ):
                # "Kurdish officials criticized the deal": not the last officials; "its military
                # presence", "the juntas in those countries": their owners', not the dateline's
                mention = None
            remembered = memory.names.get(words[index]) if end == index + 1 else None
            if remembered is not None and (mention is None or mention.actor is None):
                mention = Mention(index, end, text, actor=remembered)  # "Austin" the person
            portfolio = index > 1 and lowers[index - 2] == "'s" and words[index - 1].istitle()
            portfolio &= any(sense.agent_kind == "title" for senses in parts for sense in senses)
            if mention is None or (mention.actor is None and portfolio):  # "its diplomats", "his
                # government", "Australia's Pacific Minister": the owner's (possessives.py)
                at, text = (index - 1, f"{words[index - 1]} {text}") if portfolio else (index, text)
                mention = possessed_mention(
                    self.chunks, lowers, at, end, text, parts, mentions, memory
                ) or opposed_mention(self.chunks, words, lowers, index, end, text, parts)
            noun = mention is not None and mention.demonym_only and demonym_noun(lowers, index, end)
            if mention is not None and noun:  # "an American was released", "the Chinese said"
                code = mention.demonym_only or ""
                name, personal = self.lexicon.country_names.get(code, code), noun == "person"
                agents = () if personal else ("people",)
                actor = Actor(code, "CVL", name, personal, False, agents)
                mention = Mention(index, end, text, actor=actor)
            if (
                mention is not None
                and end + 2 < len(words)
                and words[end] == "("
                and words[end + 2] == ")"
                and words[end + 1].isupper()
            ):
                end += 3  # "the International Criminal Court (ICC)": the acronym is the name's
                mention = dataclasses.replace(mention, end=end)
                if mention.actor is not None:  # and names it later ("... (MOFA) ... MOFA said")
                    memory.names.setdefault(words[end - 2], mention.actor)
            if mention is not None:
                mention = with_referred_owner(mentions, mention, lowers)  # "the country's envoy"
                mention.locative = locative(lowers, index) or heard_at(lowers, mention)
                mention.relation = owns_a_relation(lowers, end)
                mentions.append(mention)
                memory.home = where_home(lowers, mention) or memory.home  # "Kyiv, where"
                if mention.is_actor and mention.actor is not None:
                    memory.note(mention.actor)
                    seated(memory, lowers, index, mention.actor)
                elif mention.place_country:  # "coup in Niger ... the country's rulers"
                    memory.named.append(mention.place_country)
            index = end
        memory.home = home
        mentions = without_describing_organisations(mentions, lowers)  # "NATO ally Germany"
        share_distributed_agents(mentions, lowers, self.lexicon.country_names)
        name_apposed_envoys(mentions, lowers)
        listed = first_list(mentions, lowers)
        if len(listed) > 1:
            memory.groups[len(memory.recent) - 1] = listed
        for mention in mentions:
            if mention.demonym_only and mention.actor is None:
                self._bloc_agents(mention, lowers)
            elif mention.actor is not None and mention.actor.personal:
                posted = None
                if lowers[mention.end : mention.end + 1] == ["to"]:
                    posted = next((m for m in mentions if m.start == mention.end + 1), None)
                if posted is not None:  # "China's ambassador to Britain, Liu Xiaoming, said"
                    mention = dataclasses.replace(mention, end=posted.end)
                name = appositive_name(self.lexicon, words, lowers, mention)
                if name:  # "Sergei Ryabkov, Russia's deputy foreign minister, said"
                    memory.remember(mention.actor, name)
        # "the Tajik-dominated alliance", "Russian-speaking regions": a group, not the state;
        # "the Saudi-Iranian deal": each demonym of a split pair stands for its state
        return [
            as_state(m) if m.demonym_only and m.actor is None and in_dyad(lowers, m) else m
            for m in mentions
            if not (
                m.demonym_only and lowers[m.end : m.end + 1] and lowers[m.end] in GROUP_COMPOUNDS
            )
        ]

    def _bloc_agents(self, mention: Mention, lowers: list[str]) -> None:
        """ "Afghan and Western leaders": the demonym takes the agent after a bloc adjective
        that names no state of its own."""
        tail = lowers[mention.end : mention.end + 3]
        if len(tail) < 3 or tail[0] not in ("and", "or") or tail[1] not in BLOC_ADJECTIVES:
            return
        senses = [e for e in self.lexicon.terms.get((tail[2],), []) if e.kind == "agent"]
        if senses and senses[0].agent_kind in ("title", "body", "people"):
            code, sectors = mention.demonym_only or "", [senses[0].sector or ""]
            personal = senses[0].agent_kind != "body"
            mention.actor = self.chunks.actor(code, sectors, [tail[2]], None, personal)
