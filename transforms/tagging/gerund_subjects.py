"""Gerund subjects: the subject of a trigger told as a gerund or participle, or as an event noun
in an introductory or trailing phrase, which is the main clause's or none.

Consumes a sentence's lower-cased tokens, its mentions and one trigger's start; produces the
trigger's subject mentions and whether a pronoun led there, or None to leave the subject to the
clause rules of ``roles`` (no such phrase, or a main clause with no subject found). A gerund
in a noun phrase ("moves towards normalizing ties"), one coordinated with it and the infinitive
after one ("criticized Germany for refusing to send") have no subject; a gerund after a
subordinator ("before flying to Riyadh"), a participle clause after a comma ("..., drawing
condemnation"; "heads to Beijing, seeking to") and an event noun or gerund in an introductory
or trailing phrase ("In a statement condemning Israel, Jordan ...", "during a meeting with
Zelenskiy") take the main clause's subject."""

from transforms.tagging.adjuncts import trailing_adjunct
from transforms.tagging.clause_agents import after_participle_to, last_subject
from transforms.tagging.clause_frames import AUXILIARIES, opened_clause
from transforms.tagging.coordination import coordinated_left, coordinated_right
from transforms.tagging.dates import WEEKDAYS
from transforms.tagging.embedded_mentions import DOCUMENT_NOUNS
from transforms.tagging.mentions import Mention
from transforms.tagging.opening_subjects import (
    after_opening_clause,
    closes_place,
    main_subject,
    timed_introducer,
)
from transforms.tagging.owners import OPENING_REACH
from transforms.tagging.reporters import reported_subject
from transforms.tagging.text import manner_adverb, words

GERUND_BLOCKERS = words("about towards toward on of for in by with the its their his her a an any")
GERUND_BLOCKERS |= {"further"}
# Subordinators a gerund's adjunct clause opens with: its subject is the main clause's
ADJUNCT_GERUND_OPENERS = words("before after while since without upon including")
AS_WELL, ARTICLE_WORDS = ["as", "well", "as"], words("a an the")
# Words opening a phrase whose gerund or possessive is the main clause's subject's after the comma
# ("In a statement condemning Israel, Jordan"), as a participle opening it ("Speaking after")
INTRODUCERS = words("in during after before on at while following with under")
DEMONSTRATING = words(
    "protest protests protested protesting march marches marched marching rally rallies "
    "rallied rallying demonstrate demonstrates demonstrated demonstrating gathered"
)
RESPONSES = words("responded reacted retaliated countered responds reacts retaliates")
JOINING = words("joined joins join joining")
BROKERING = words("brokered mediated facilitated")
DEALS = words("deal agreement accord truce ceasefire pact")


def joined_partners(lowers: list[str], mentions: list[Mention], start: int) -> list[Mention]:
    """Who does a gerund after "joined Y in" ("Britain joined the United States in condemning
    the attack"): the joiner and Y; [] when the gerund follows no such phrase."""
    if lowers[start - 1 : start] != ["in"]:
        return []
    dated = lowers[start - 3 : start - 2] == ["on"] and lowers[start - 2] in WEEKDAYS
    end = start - 3 if dated else start - 1
    partner = next((m for m in mentions if m.end == end and m.is_actor), None)
    if partner is None:  # ("joined Saudi Arabia on Saturday in condemning")
        return []
    partners = coordinated_left(lowers, mentions, partner)  # ("joined Spain and Ireland in")
    verb = partners[0].start - 1 - (lowers[partners[0].start - 1 : partners[0].start] == ["the"])
    if verb < 1 or lowers[verb] not in JOINING:
        return []
    joiner, _ = main_subject(lowers, mentions, verb)
    return joiner + partners if joiner else []


# Verbs by which an actor keeps out of what a document says ("abstained on the resolution")
DISSENTING = words("abstained abstains abstain vetoed vetoes veto blocked blocks opposed opposes")
DISSENTING |= words("rejected rejects against")


def _dissented_document(lowers: list[str], mentions: list[Mention], start: int) -> bool:
    """Whether the participle at ``start`` describes a document ("the resolution condemning
    Russia") that the actor before it abstained on, vetoed or voted against: it is the
    document's act, not that actor's."""
    if start == 0 or not lowers[start].endswith("ing") or lowers[start - 1] not in DOCUMENT_NOUNS:
        return False
    actor_end = max((m.end for m in mentions if m.end <= start and m.is_actor), default=0)
    return not DISSENTING.isdisjoint(lowers[actor_end:start])


GERUND_PHRASE = 12  # words of a first gerund's phrase before "and" and a second gerund


def _under_blocked_gerund(lowers: list[str], start: int) -> bool:
    """Whether the verb at ``start`` is the infinitive of a gerund that opens a noun phrase
    ("for refusing to send"), or of one coordinated after it ("for remaining ... and refusing")."""
    gerund = start - 2
    if gerund < 1 or lowers[start - 1] != "to" or not lowers[gerund].endswith("ing"):
        return False
    while gerund > 1 and manner_adverb(lowers[gerund - 1]):
        gerund -= 1  # "for repeatedly refusing to"
    if lowers[gerund - 1] == "and":  # the first gerund's phrase decides
        return _blocked_first(lowers, gerund)
    return lowers[gerund - 1] in GERUND_BLOCKERS


def _blocked_first(lowers: list[str], gerund: int) -> bool:
    """Whether the gerund at ``gerund`` follows "and" and a first gerund a blocker opens ("for
    remaining ... and refusing", "accuses Belgrade of arming and supporting")."""
    before = range(gerund - 2, max(gerund - GERUND_PHRASE, 0), -1)
    first = next((i for i in before if lowers[i].endswith("ing") or lowers[i] == ","), 0)
    opened = first > 0 and lowers[first].endswith("ing") and lowers[first - 1] in GERUND_BLOCKERS
    return lowers[gerund - 1] == "and" and opened


# Verbs that take a gerund and pass on their subject ("continue supporting", "keep pressing")
CATENATIVES = words("continue keep")


def gerund_subject(
    lowers: list[str], mentions: list[Mention], start: int, *, nominal: bool
) -> tuple[list[Mention], bool] | None:
    """The subject mentions of a gerund, participle or adjunct-phrase trigger at ``start``, and
    whether a pronoun led there; None to leave it to the clause rules (``roles.subject``)."""
    if (
        not nominal
        and lowers[start].endswith("ing")
        and (joined := joined_partners(lowers, mentions, start))
    ):
        return joined, False
    if nominal and _accused_of(lowers, mentions, start):
        return [], False  # "accusing Tehran of showing excessive support for Yerevan": alleged
    if not nominal and _dissented_document(lowers, mentions, start):
        return [], False  # "China abstained in the vote on the resolution condemning Russia"
    if not nominal and start == 1 and lowers[0] == "having":
        # "Having met Xi in Beijing, Lula flew on": the main clause's subject
        return after_opening_clause(lowers, mentions), False
    if not nominal and start > 1 and lowers[start - 1] == "having":
        # "..., having met Xi": the perfect participle reads as its gerund
        return gerund_subject(lowers, mentions, start - 1, nominal=False)
    openers = (["with"], ["with", "the"], ["led", "to"], ["leading", "to"])
    absolute = next(
        (
            m
            for m in mentions
            if m.end == start and m.is_actor and opened_clause(lowers, m.start, openers)
        ),
        None,
    )
    if not nominal and absolute is not None and lowers[start].endswith("ing"):
        return [absolute], False  # "deepened ties, with Tehran supplying drones", "This deal led
        # to Somalia expelling Ethiopia's ambassador"
    if (
        lowers[start].endswith("ing")
        and start > 0
        and lowers[start - 1] in GERUND_BLOCKERS
        and not _response(lowers, start)
        and not (nominal and lowers[start - 1] in ARTICLE_WORDS)  # "At a meeting with X, Y ..."
    ):
        return [], False  # "moves towards normalizing ties": a noun phrase, not a clause
    if not nominal and _under_blocked_gerund(lowers, start):
        return [], False  # "criticized Germany for refusing to send tanks": nor its infinitive
    if not nominal and lowers[start].endswith("ing") and _blocked_first(lowers, start):
        return [], False  # "accuses Belgrade of arming and supporting the fighters": as the first
    if (
        not nominal
        and lowers[start].endswith("ing")
        and start > 1
        and (lowers[start - 1] in ADJUNCT_GERUND_OPENERS or lowers[start - 3 : start] == AS_WELL)
    ):  # (also "... as well as supporting the Sudanese government": the subject's own)
        # "Putin will meet X in Abu Dhabi before flying to Riyadh": the main clause's subject
        found, via_pronoun = main_subject(lowers, mentions, start - 1)
        if found:
            return found, via_pronoun
    comma = start - 1
    while comma > 0 and manner_adverb(lowers[comma]):
        comma -= 1  # ", publicly threatening them"
    if lowers[start].endswith("ing") and comma >= 0 and lowers[comma] == ",":
        earlier = [i for i in range(comma) if lowers[i] == ","]
        segment = lowers[earlier[-1] + 1 : comma] if earlier else []
        if segment[:1] and segment[0].endswith("ing"):
            return [], False  # "..., killing hired thugs in Syria, pulling out of": a list's item
        if (reported := reported_subject(lowers, mentions, comma)) is not None:
            return [reported], False  # "said UAE was a partner, supplying it with oil": UAE's
        return main_subject(lowers, mentions, start)  # "fired a missile, drawing condemnation"
    if not nominal and lowers[start].endswith("ing") and lowers[start - 1 : start] == ["and"]:
        opening = max((i for i in range(start) if lowers[i] == ","), default=-1)
        between = lowers[opening + 2 : start - 1]
        if opening > 0 and lowers[opening + 1].endswith("ing") and not _gerund_in(between):
            # "hit back, saying the statement was a shift and accusing the U.S.": coordinated
            # with the participle after the comma, so the sentence's subject's
            return main_subject(lowers, mentions, opening + 1)
    if (
        not nominal
        and lowers[start].endswith("ing")
        and lowers[start - 1] in CATENATIVES
        and after_participle_to(lowers, start - 1)
    ):
        # "Putin received Maduro at the Kremlin, pledging to continue supporting Caracas": the
        # participle's, the sentence's subject
        return main_subject(lowers, mentions, start - 3)
    if not nominal and _participle_noun(lowers, mentions, start):
        return [], False  # "cracks down on those seeking to support Russia's war": theirs
    if not nominal and after_participle_to(lowers, start):
        # "Sarkozy heads to Beijing, seeking to mend ties with China": the participle clause's
        # verb is the subject's of the clause before the comma
        return last_subject(lowers, mentions, start - 3), False
    if not nominal and (comma := _becoming_first(lowers, start)) is not None:
        # "accepted the credentials of an Afghan envoy, becoming the first country to recognize
        # the Taliban": the main clause's subject is the one that recognizes
        return main_subject(lowers, mentions, comma)
    if (
        (lowers[start].endswith("ing") or nominal)
        and (
            lowers[0] in INTRODUCERS
            or lowers[0].endswith("ing")  # ("Speaking with Aliyev, Putin said": Putin's)
            or timed_introducer(lowers, start)
        )
        and "," in lowers[start:]
        and not any(m.is_actor and m.end <= start for m in mentions)
    ):
        # "In a statement condemning Israel, Jordan urged ...", "In a phone call with Ukraine's
        # president, Trump asked ...": the main clause's subject
        comma = lowers.index(",", start)
        later = [m for m in mentions if m.start > comma and m.is_actor and not m.pronoun]
        if later and closes_place(lowers, mentions, comma, later[0]):
            comma, later = later[0].end, later[1:]  # "in Davos, Switzerland, Tsipras told"
        if later and later[0].start <= comma + OPENING_REACH:
            return coordinated_right(lowers, mentions, later[0]), False
    if start > 0 and lowers[start] in BROKERING and lowers[start - 1] in DEALS:
        # "agreed to resume relations, in a deal brokered by China": the deal's parties are
        # the main clause's subjects
        noun_introducer = trailing_adjunct(lowers, start - 1)
        if noun_introducer is not None:
            return main_subject(lowers, mentions, noun_introducer)
    introducer = trailing_adjunct(lowers, start)
    if introducer is not None and lowers[introducer - 1] in DEMONSTRATING:
        return [], False  # "Palestinians protest in support of Hezbollah": a demonstration's
        # manner, no act between actors
    if (nominal or lowers[start].endswith("ing")) and introducer is not None:
        # "Yoon backed Ukraine during a meeting with Zelenskiy": the main clause's subject's
        found, via_pronoun = main_subject(lowers, mentions, introducer)
        if found:
            return found, via_pronoun
    return None


def _gerund_in(said: list[str]) -> bool:
    """Whether a word of ``said`` is a gerund another "and" may coordinate with ("making
    friends by accepting ... and backing": with "accepting")."""
    return any(word.endswith("ing") and len(word) > 4 for word in said)


def _response(lowers: list[str], start: int) -> bool:
    """Whether the gerund at ``start`` says how its subject responded ("South Korea responded by
    scrapping the pact": the responder scraps it)."""
    return start > 1 and lowers[start - 1] == "by" and lowers[start - 2] in RESPONSES


RANKED_NOUN_WORDS = 4  # "the first G7 country", "the latest European nation": the noun's words


def _becoming_first(lowers: list[str], start: int) -> int | None:
    """The comma before ", becoming the first country to (officially) <trigger>", or None."""
    to = start - 1
    while to > 0 and manner_adverb(lowers[to]):
        to -= 1  # "to officially recognize"
    if lowers[to : to + 1] != ["to"]:
        return None
    for becoming in range(to - 2, max(to - RANKED_NOUN_WORDS - 2, 0), -1):
        if lowers[becoming] == "becoming" and lowers[becoming + 1] in ("the", "a"):
            return becoming - 1 if lowers[becoming - 1] == "," else None
    return None


ACCUSING = words("accuse accuses accused accusing suspect suspects suspected suspecting")
CHARGE_WORDS = 4  # words from "of" to an event noun: "of showing excessive support for"
INTENDING = words("weighing considering planning preparing seeking trying attempting")


def _accused_of(lowers: list[str], mentions: list[Mention], start: int) -> bool:
    """Whether the event noun at ``start`` tells what an actor is accused of ("accused Iran of
    support for Hezbollah"): an allegation, the accusation's content, no act of its own."""
    of = next(
        (i for i in range(start - 1, max(start - CHARGE_WORDS - 1, 0), -1) if lowers[i] == "of"),
        None,
    )
    charge = lowers[of + 1 : start] if of is not None else ["."]
    if not all(word.isalpha() and word not in INTENDING for word in charge):
        return False  # ("accused Beijing of weighing arms shipments to": a hypothetical act)
    accused = next((m for m in mentions if m.end == of and m.actor is not None), None)
    if accused is None:
        return False
    before = accused.start - (lowers[accused.start - 1 : accused.start] == ["the"])
    return before > 0 and lowers[before - 1] in ACCUSING


def _participle_noun(lowers: list[str], mentions: list[Mention], start: int) -> bool:
    """Whether the infinitive at ``start`` follows a participle right after a noun that names no
    actor ("those seeking to support", "third-country actors seeking to support")."""
    if start < 3 or lowers[start - 1] != "to" or not lowers[start - 2].endswith("ing"):
        return False
    noun = lowers[start - 3]
    named = any(m.end == start - 2 and m.actor is not None for m in mentions)
    return noun.isalpha() and noun not in NO_NOUNS and not noun.endswith("ly") and not named


# Words before a participle that make it no noun's ("is seeking to", "and seeking to")
NO_NOUNS = AUXILIARIES | words("been being not and or who which that still now also")
