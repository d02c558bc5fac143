"""Name chunks: a dictionary entry grown over the entries, possessives, modifiers and name words
beside it, and resolved to an actor, a place, a demonym alone or nothing.

Consumes a sentence's words, the lexicon's senses and the article's ``ActorMemory``; produces the
chunk's end and parts (``extend``, grown by ``chunk_spans``) and its ``Mention`` (``resolve``):
"Syrian President Bashar al-Assad" is one person of Syria's government, "North Korean hacking
groups" North Korea's, "Qatari and Syrian officials" two groups of officials, "its president" the
paragraph's last state's. ``actors.MentionFinder`` finds where chunks start; this module says
what they are.
"""

import dataclasses
import datetime

from transforms.tagging import offices
from transforms.tagging.chunk_spans import grow_chunk, primary
from transforms.tagging.entries import (
    AGENT,
    COUNTRY,
    DEMONYM,
    INSTITUTION,
    ORG,
    PERSON,
    PLACE,
    Entry,
    sense_country,
)
from transforms.tagging.lexicon import Lexicon
from transforms.tagging.memory import ActorMemory
from transforms.tagging.mentions import Actor, Mention
from transforms.tagging.person_names import (
    POSSESSIVE_RE,
    in_office,
    pick_person,
    remember_name,
    titled_surname,
)
from transforms.tagging.references import ALLIANCES


class ChunkResolver:
    """Grows and resolves name chunks against the lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def possessed(
        self,
        start: int,
        end: int,
        text: str,
        parts: list[list[Entry]],
        memory: ActorMemory,
        kind: str = "body",
        owner: Actor | None = None,
    ) -> Mention | None:
        """ "its president", "their foreign ministry": the agent of the paragraph's last state;
        "his government", "her party" (``kind`` person): a body of the last person's country."""
        owner = owner or memory.antecedent(kind)
        agents = [s for s in map(primary, parts) if s.kind != PLACE]  # ("its Athens envoy")
        if owner is None or not agents or not all(sense.kind == AGENT for sense in agents):
            return None
        if kind == "person" and [sense.name for sense in agents] == ["counterpart"]:
            # "Fernandez thanked his counterpart" after talks with Lula: the talks' other side
            other = [side for side in memory.recent_talks() if side.country != owner.country]
            return Mention(start, end, text, actor=other[0]) if len(other) == 1 else None
        if kind == "person" and not all(sense.agent_kind == "body" for sense in agents):
            return None  # "his counterpart", "her deputy": another person, not the owner's
        if "counterparts" in (sense.name for sense in agents):  # other states' people
            return None
        sectors = [sense.sector or "GOV" for sense in agents]
        names = [sense.name or "" for sense in agents]
        personal = owner.personal and kind != "person"
        actor = self.actor(owner.country, sectors, names, None, personal)
        return Mention(start, end, text, actor=actor)

    def extend(
        self, words: list[str], lowers: list[str], start: int, length: int, senses: list[Entry]
    ) -> tuple[int, list[list[Entry]], list[str]]:
        """Grow a chunk over adjacent entries, "'s", "of" and a title's following name
        (``chunk_spans.grow_chunk``)."""
        return grow_chunk(self.lexicon, words, lowers, start, length, senses)

    def resolve(
        self,
        start: int,
        end: int,
        text: str,
        parts: list[list[Entry]],
        name_tokens: list[str],
        day: datetime.date,
        memory: ActorMemory,
        bare: bool = False,
        owned: bool = False,
    ) -> Mention | None:
        """The actor, place or unresolved mention that a chunk's parts make (``bare``: right
        after "the", with no modifier: "the administration", not "the interim administration";
        ``owned``: after a possessive "'s")."""
        country: str | None = None
        person: Entry | None = None
        sectors: list[str] = []
        agents: list[str] = []
        place: Entry | None = None
        demonym: str | None = None
        institution: str | None = None
        styles: list[str] = []  # "His Highness": a style of address, for the bare one later
        by_org = False  # the country is an organisation's ("the UN's International Court")
        for senses in parts:
            found = pick_person(senses, day)
            if found is not None and person is None:
                person = found
                if country is None or institution is not None and found.code:
                    country = found.code  # ("Foreign Office spokesperson Mumtaz Zahra Baloch":
                    # her own Pakistan's, not the UK's Foreign Office)
                sectors.append(found.sector if in_office(found, day) else "ELI")
                continue
            sense = primary([s for s in senses if s.kind != PERSON] or senses)
            if sense.kind == AGENT:
                if sense.agent_kind != "honorific":
                    agents.append(sense.name or "")
                    sectors.append(sense.sector or "GOV")
                elif (sense.name or "").lower() in offices.STYLES:
                    styles.append((sense.name or "").lower())
            elif sense.kind == PLACE:
                place = place or sense
            elif sense.kind == INSTITUTION and sense.code == country and sense.sector:
                # "the Afghan Taliban", "Lebanon's Hezbollah": its own country named before it
                sectors.append(sense.sector)
                institution, demonym = sense.name, None
            elif country is None or by_org and sense.kind == ORG and sense.code:
                country, by_org = sense_country(sense, memory.home), sense.kind == ORG
                if sense.kind == DEMONYM:
                    demonym = sense.code
                if sense.kind in (INSTITUTION, ORG) and sense.sector:
                    sectors.append(sense.sector)
                if sense.kind == INSTITUTION:
                    institution = sense.name
                if sense.kind == ORG and sense.code:  # "the bloc" later in the article
                    memory.organisation = Actor(sense.code, "IGO", sense.name or sense.code)
                    memory.organisation_sentence = memory.sentence
                    if sense.code in ALLIANCES:  # "the alliance", though the EU came after
                        memory.titles["alliance"] = memory.organisation
        if person is not None and not agents:
            agents = offices.spelled_titles(self.lexicon, text)  # "Crown Prince Mohammed"
        named = bool(name_tokens) and not agents and person is None and country is not None
        # "Karzai's government": a person's body is no person
        bodies = bool(agents) and all(offices.agent_kind(self.lexicon, a) == "body" for a in agents)
        personal = (
            named
            or (person is not None and not bodies)
            or any(
                agent in offices.PERSONAL_AGENTS
                or offices.agent_kind(self.lexicon, agent) == "title"
                for agent in agents
            )
        )
        if person is not None and not agents and not in_office(person, day):
            # "opposition leader Juan Guaido ... Guaido" read after his term by the list: the
            # article's own title wins over "former", and its namesake ("Vedant Patel ... Patel")
            known = memory.names.get(text.rsplit(" ", 1)[-1])
            if known is not None and (known.country == person.code or known.name != person.name):
                return Mention(start, end, text, actor=known)
        if country is None and name_tokens:
            remembered = memory.names.get(name_tokens[-1]) or memory.names.get(
                " ".join(name_tokens)
            )
            if remembered is not None:
                return Mention(start, end, text, actor=remembered)
            if agents and person is None:  # "Foreign Minister Joly", "President Abdel Fatah Sisi"
                person = titled_surname(self.lexicon, name_tokens, agents, day)
                country = person.code if person is not None else None
                sectors += [person.sector or "GOV"] if person is not None else []
        if country is None and place is not None and owned and place.metonym and agents:
            return None  # "Turkey's Athens envoy": the owner's, posted there (``possessives``)
        if country is None and place is not None:
            # "Texas Governor Greg Abbott", "the Belgorod governor": a region's office holder
            regional = place.metonym is None and not offices.REGIONAL_TITLES.isdisjoint(agents)
            if not regional and (place.metonym is None or len(parts) > 1 and not agents):
                return Mention(start, end, text, place_name=place.name, place_country=place.code)
            country = place.metonym or place.code
            mention = Mention(start, end, text, place_name=place.name, place_country=place.code)
            mention.actor = self.actor(country, sectors, agents, person, personal)
            if regional:  # "Gladkov", "the governor" later in the article
                memory.remember(mention.actor, name_tokens)
            return mention
        if country is None and styles and not name_tokens and not agents:
            # "His Highness thanked India": the person last named with that style
            known = memory.titles.get(styles[-1])
            return Mention(start, end, text, actor=known) if known is not None else None
        if country is None:
            # "the Amir", "the ministry", "the administration": the last actor with that title
            # or body in the article
            for agent in reversed(agents):
                if agent in memory.titles and not (agent.lower() == "pm" and text.islower()):
                    # ("at 3 pm" is no prime minister)
                    if name_tokens:  # "Israel's ambassador ... Ambassador Yacov Livne ... Livne"
                        memory.remember(memory.titles[agent], name_tokens)
                    return Mention(start, end, text, actor=memory.titles[agent])
            if bare and agents == ["administration"] and "USA" in memory.named and not name_tokens:
                # "President Trump spoke with Xi. China urged the administration": unqualified,
                # the word is American usage for the US executive
                return Mention(
                    start, end, text, actor=self.actor("USA", sectors, agents, None, False)
                )
            state = offices.governing_state(memory, agents)
            if state is not None and not name_tokens and not owned:
                # "Beijing said it would retaliate. The ministry (a ministry spokesman) urged
                # Brussels": the ministry of the state opening the paragraph's last sentence
                # naming one
                actor = self.actor(state, sectors, agents, None, False)
                return Mention(start, end, text, actor=actor)
            if agents and set(agents) <= offices.MILITANTS and memory.armed_group is not None:
                # "Qatar has been mediating between Israel and the militant group": the armed
                # group last named (Hamas), not the dateline's rebels
                return Mention(start, end, text, actor=memory.armed_group)
            court = memory.organisation
            if (
                court is not None
                and set(agents) <= offices.COURT_AGENTS
                and offices.COURT_AGENTS & set(court.name.lower().split())
            ):
                # "Guyana asked the International Court of Justice ... Caracas rejects the
                # court's jurisdiction": the international court just named, not the dateline's
                return Mention(start, end, text, actor=court)
            if offices.MILITARY_RULERS & set(agents):
                # "ABUJA - ... restore democracy in Niger, after the junta ...": the latest-named
                # state under military rule on the day, not the dateline's
                ruled = next(
                    (c for c in reversed(memory.named) if offices.ruled_by_the_military(c, day)),
                    None,
                )
                if ruled is not None:
                    actor = self.actor(ruled, sectors, agents, None, False)
                    memory.remember(actor, [])
                    return Mention(start, end, text, actor=actor)
            kinds = {offices.agent_kind(self.lexicon, agent) for agent in agents}
            official = kinds == {"title"} and name_tokens and not offices.ENVOY_AGENTS & set(agents)
            # "DOHA (QNA) - The Amir received ...": a bare top office names the home's holder
            official = official or (kinds == {"title"} and set(agents) <= offices.HOME_TITLES)
            if (
                memory.home
                and agents
                and (offices.ACTS_NOT_ORGANS | offices.ENVOY_AGENTS).isdisjoint(agents)
                and set(sectors) <= offices.STATE_SECTORS
                and (kinds == {"body"} or official)
            ):
                # "BEIJING (AP) - ... The Commerce Ministry said", "Vice Foreign Minister Ma
                # Zhaoxu said": an unqualified government body, or a named official (no envoy:
                # envoys serve abroad), in a story datelined in a country is that country's
                actor = self.actor(memory.home, sectors, agents, None, bool(official))
                memory.remember(actor, name_tokens if official else [])
                return Mention(start, end, text, actor=actor)
            return None
        if demonym is not None and not agents and person is None:
            return Mention(start, end, text, demonym_only=demonym)
        actor = self.actor(country, sectors, agents, person, personal)
        if institution and person is None:
            actor = dataclasses.replace(actor, name=institution)
        spelt = (POSSESSIVE_RE.split(text)[0].split() or [text])[-1]  # the owner of "X's office"
        if personal:
            remember_name(memory, actor, person, name_tokens, spelt)
            for style in styles:
                memory.titles[style] = actor  # "President His Highness Sheikh Mohamed"
        elif agents:
            memory.remember(actor, [])
            if person is not None:  # "Pedro Sánchez's government ... Sánchez": its owner
                owner = self.actor(country, [person.sector or "GOV"], [], person, True)
                remember_name(memory, owner, person, [], spelt)
        mention = Mention(start, end, text, actor=actor)
        if len(parts) == 1 and primary(parts[0]).kind == COUNTRY:
            mention.place_name = self.lexicon.country_names.get(country, text)
            mention.place_country = country
        return mention

    def actor(
        self,
        country: str,
        sectors: list[str],
        agents: list[str],
        person: Entry | None,
        personal: bool,
    ) -> Actor:
        known = [
            sector for sector in sectors if sector in offices.SECTOR_PRIORITY or sector == "ELI"
        ]
        sector = min(known, key=offices.sector_rank) if known else None
        if "IGO" in sectors and sector in offices.STATE_SECTORS:
            sector = "IGO"  # "UN officials", "an EU statement": the organisation's (IGOUNO)
        if person is not None and person.sector and person.sector in known:
            sector = known[0] if known[0] == "ELI" else person.sector
            titled = [self.lexicon.terms.get(tuple(agent.split())) for agent in agents]
            titles = [senses[0].sector for senses in titled if senses and senses[0].sector]
            if sector in offices.STATE_SECTORS and titles and set(titles) <= offices.STATE_SECTORS:
                # "Japan's foreign minister Taro Kono" in October 2019, when he was defence
                # minister by leaders.tsv: the article's own title wins (among a state's
                # sectors: a rebel "leader" stays a rebel)
                sector = min(titles, key=offices.sector_rank)
        name = person.name if person else self.lexicon.country_names.get(country, country)
        envoy = any(agent in offices.ENVOY_AGENTS for agent in agents)
        return Actor(country, sector, name or country, personal, envoy, tuple(agents))
