"""Direction: which mentions fill a trigger's subject slot, and the passive and place rules.

Consumes a sentence's lower-cased tokens, its mentions and one trigger span; produces lists of
mentions (several for compound actors). The subject is the nearest actor to the left with no
clause break between (no envoy's posting, act noun's complement or object pronoun). Objects,
compound actors, quotations' speakers, owners, passive agents, opening subjects, reporters,
embedded actors, hosts, gerunds' and shared subjects are their own modules' (``object_slots``,
``coordination``, ``quotations``, ``owners``, ``clause_agents``, ``opening_subjects``,
``reporters``, ``embedded_mentions``, ``slots``, ``gerund_subjects``, ``clause_subjects``)."""

from transforms.tagging import clause_agents, clause_links, owners
from transforms.tagging.asides import (
    before_time_phrase,
    dashed_aside,
    inside_apposition_of_an_actor,
    joins_subject,
    subject_gap,
)
from transforms.tagging.clause_agents import BE_FORMS, is_passive, participle_after_complement
from transforms.tagging.clause_subjects import (
    REPORTING_THAT,
    after_destination,
    clause_subject,
    coordinated_governor,
    counts_a_quantity,
    headline_second_verb,
    opens_with,
    placed_noun,
    relative_of_a_thing,
    two_finite_verbs,
)
from transforms.tagging.coordination import (
    bare_conjunction,
    coordinated_left,
    coordinated_right,
    coordinating_and,
)
from transforms.tagging.embedded_mentions import (
    apposed_authors,
    complement_of_noun,
    embedded_group,
    noun_modifier,
    object_pronoun,
    phrase_object,
    regarder_of,
    topic_of_clause,
)
from transforms.tagging.gerund_subjects import gerund_subject
from transforms.tagging.mentions import Mention
from transforms.tagging.object_heads import quoted_phrase
from transforms.tagging.object_slots import QUOTES, after_preposition, after_topic
from transforms.tagging.opening_subjects import (
    SUBJECT_BLOCKERS,
    opening_subject,
    opens_contrast,
    opens_no_clause,
)
from transforms.tagging.quotations import REPORTING, opens_at, said_they
from transforms.tagging.reporters import (
    acts_on_itself,
    keeps_the_clause,
    outer_reporter,
    past_report_adjunct,
    reporter_of,
    reports_next,
    speaker_verb_before,
    tagged_clause_subject,
)
from transforms.tagging.text import words

PRONOUNS = words("he she it they we")
# Verbs whose subject speaks for the pronoun after them ("responded by announcing it would")
SPEAKER_VERBS = REPORTING | words(
    "announcing saying warning vowing insisting stating adding confirming vowed vows pledged "
    "promised say announces states adds confirms insists"  # ("Officials say they are")
)
MAX_SUBJECT_GAP = 8


def _be_group(lowers: list[str], start: int) -> int:
    """Where the forms of "be" right before ``start`` begin ("was rejected": at "was")."""
    while start > 0 and lowers[start - 1] in BE_FORMS:
        start -= 1
    return start


def subject(
    lowers: list[str], mentions: list[Mention], start: int, *, nominal: bool = False
) -> tuple[list[Mention], bool]:
    """The subject mentions of a trigger starting at ``start``, and whether a pronoun led there.
    A possessor ("Israel's allies condemned") is no subject, save a nominal's ("Putin's visit")."""
    if not nominal and headline_second_verb(lowers, start):
        opening = opening_subject(lowers, mentions, start)
        verb = lowers[opening[-1].end] if opening else ""
        if verb.endswith("s") and verb.isalpha():  # "Xi meets Biden, warns": a headline's
            return opening, False  # verbs share its subject
    governor = None if nominal else coordinated_governor(lowers, mentions, start)
    if governor is not None:  # "... and sent instructors to train": the sender
        return subject(lowers, mentions, governor)
    gerund = gerund_subject(lowers, mentions, start, nominal=nominal)
    if gerund is not None:
        return gerund
    if not nominal and relative_of_a_thing(lowers, mentions, start):
        return [], False  # '"Any talks that legitimise Russia's blockade" are the talks' act
    aside = dashed_aside(lowers, start)
    passive_group = _be_group(lowers, start)
    authored = (
        aside
        if aside is not None or passive_group == start
        else dashed_aside(lowers, passive_group)
    )  # "The proposal, drafted by Egypt, was rejected by Israel": past "was" to the aside
    authors = apposed_authors(lowers, mentions, authored, start)
    if authors and (lowers[start] in ("was", "were") or is_passive(lowers, start)):
        # "The resolution, drafted by the United States, was vetoed by Russia": its drafter's
        return authors, False
    if (
        aside is not None
        and not lowers[start].endswith("ing")
        and not any(
            (m.start == aside + 1 or _apposed_opener(lowers[aside + 1 : m.start], m))
            and lowers[m.end : m.end + 1] != ["'s"]  # "Maduro's main backers" describes it
            for m in mentions
        )
    ):
        # "The Palestinian Authority - which considers the US biased - called for": the subject
        # stands before the aside (unless an actor opens it: "... - Egypt and Jordan - also")
        before = [mention for mention in mentions if mention.end <= aside]
        found, via_pronoun = subject(lowers, before, aside, nominal=nominal)
        if found and joins_subject(lowers, aside):  # "Germany, along with France, condemned"
            joined = [m for m in mentions if aside < m.start < start and m.is_actor]
            found = found + coordinated_right(lowers, mentions, joined[0]) if joined else found
        return found, via_pronoun
    passive = not nominal and is_passive(lowers, start)
    opening = owners.opening_act_owner(lowers, mentions, start) if passive else None
    if opening is not None:  # "The U.S. decision to pull troops out of Syria was criticised"
        return [opening], False
    complement = participle_after_complement(lowers, mentions, start) if not nominal else None
    if complement is not None:
        # "South Africa filed a case at the ICJ accusing Israel": its document's author ("a
        # letter from Kyiv urging": Kyiv's)
        return clause_subject(lowers, mentions, complement), False
    if nominal and topic_of_clause(lowers, mentions, start):
        return [], False  # "sanctions on X over arms sales to Taiwan": not the sanctioner's
    holder = next(
        (m for m in mentions if m.end == start - 1 and m.is_actor and m.end - m.start > 1),
        None,
    )
    if not nominal and holder is not None and owners.intent_of(lowers[holder.end - 1 : start]):
        return [holder], False  # "condemned the US decision to sell": the decision's maker
    for mention in reversed(mentions):
        if mention.end > start or not mention.is_actor:
            continue
        if noun_modifier(lowers, mention, start):
            continue  # "Sweden, whose NATO bid was held up", "the Doha strike": no subject
        gap = subject_gap(lowers, mention.start, mention.end, start)
        if gap is None or inside_apposition_of_an_actor(lowers, mentions, mention, start):
            continue
        if not nominal and clause_links.common_subject(gap):
            return [], False  # "Italy recognised Kosovo, and a senator condemned": no actor's
        if nominal and gap[:1] == ["'s"] or quoted_phrase(gap) or opens_at(lowers, gap, start):
            gap = [word for word in gap if word not in QUOTES]  # 'India's "baseless" claims
        conjunction = -1 if nominal else coordinating_and(lowers, start)
        reporter = None
        if conjunction > mention.end:
            reporter = reporter_of(lowers, mentions, mention) or outer_reporter(
                lowers, mentions, mention
            )
        if reporter is not None and lowers[conjunction - 1] == ",":
            # "Putin stated that Iran is not ..., and pledged to help Iran": the reporter's clause
            return coordinated_left(lowers, mentions, reporter), False
        if reporter is not None and keeps_the_clause(lowers, mentions, reporter, mention, start):
            # "Zelenskiy said Ukraine was ready ... and urged": of its own state, the reporter's
            return coordinated_left(lowers, mentions, reporter), False
        if reporter is not None and acts_on_itself(mentions, mention, start):
            # "Egypt said Ethiopia had rejected ... and accused Addis Ababa": the reporter's
            return coordinated_left(lowers, mentions, reporter), False
        if conjunction == mention.end and phrase_object(lowers, mention):
            opening = opening_subject(lowers, mentions, start)
            if opening:  # "Modi will address Congress and hold talks with Biden"
                return opening, False
        if conjunction > mention.end and embedded_group(lowers, mentions, mention):
            # "Norway is a critic of Russia's fishing ... and has accused Moscow": the nearest
            # actor sits inside the first verb's phrase; the coordinated verb shares the opening
            # subject (the regarding verb's: "China regards Lai as a separatist and condemned")
            regarder = regarder_of(lowers, mentions, mention)
            return regarder or opening_subject(lowers, mentions, start), False
        if conjunction > 0 and (tagged := tagged_clause_subject(lowers, mentions, mention, gap)):
            return tagged, False  # "Kim oversaw the test, KCNA said, and warned Seoul": Kim's
        if len(gap) > MAX_SUBJECT_GAP or any(
            word in SUBJECT_BLOCKERS
            and not counts_a_quantity(gap, i)
            and not opens_no_clause(gap, i)
            for i, word in enumerate(gap)
        ):
            if conjunction > mention.end and (
                reports_next(lowers, mention)
                and (
                    opening_subject(lowers, mentions, mention.end) == [mention]
                    or opens_contrast(lowers, mention.start)
                )
                or (
                    lowers[conjunction - 1] == ","
                    or lowers[conjunction] in ("but", ",")
                    or two_finite_verbs(lowers, mention.end, start)
                )
                and SUBJECT_BLOCKERS.intersection(gap) <= {"but"}
                and opens_with(opening_subject(lowers, mentions, conjunction), mention)
            ):
                # "Britain said the seizure was illegal and summoned Iran's envoy" (no actor in
                # the reported clause), "Moscow denies any role in the poisoning, and has
                # accused London" (a long first verb phrase): the subject's coordinated verb
                return coordinated_left(lowers, mentions, mention), False
            return _speaker(lowers, mentions, start), True
        if any(word in PRONOUNS for word in gap):
            return _speaker(lowers, mentions, start), True
        if (
            mention.pronoun
            and mention.start > 0
            and speaker_verb_before(lowers, mentions, mention.start, REPORTING_THAT | SPEAKER_VERBS)
            and not clause_agents.restrictive_antecedent(lowers, mentions, mention.start - 1)
        ):  # "X said he had instructed the foreign ministry to expel": X, however far the verb
            return _speaker(lowers, mentions, mention.end), True
        if mention.pronoun and mention.start > 0 and object_pronoun(lowers, mention.start):
            return [], False  # "Russia urged it to condemn": "it" is someone else, unnamed
        if owners.intent_of(gap):  # "Trump's attempt to coerce Ukraine": Trump's own act
            return coordinated_left(lowers, mentions, mention), False
        if owners.judged_intent(gap):  # "Israel condemned the decision to recognise": whose?
            return [], False
        if gap == ["to"] and "with" in lowers[max(0, mention.start - 5) : mention.start]:
            return clause_subject(lowers, mentions, mention), False  # "broke with the EU to ban"
        if gap[:1] == ["'s"] and not (nominal and (len(gap) <= 4 or placed_noun(gap))):
            return [], False  # (but "China's actions in the South China Sea are dangerous")
        if nominal and gap[:1] == [","] and complement_of_noun(lowers, mentions, mention):
            # "sanctions against Russia, its 12th since the invasion of": a complement, no agent
            return clause_subject(lowers, mentions, mention), False
        if (
            not nominal
            and bare_conjunction(gap)
            and (
                after_preposition(lowers, mention)
                or after_topic(lowers, mention)
                or after_destination(lowers, mention)
            )
        ):
            # "condemned the sale of arms to Taiwan and urged": the sentence's subject's
            return clause_subject(lowers, mentions, mention), False
        posted = owners.posted_from(lowers, mentions, mention)
        if posted is not None:  # "China's ambassador to Britain accused": China's envoy
            mention = posted
        owner = None if nominal else owners.act_owner(lowers, mentions, mention)
        if owner is not None:  # "Moscow's invasion of Ukraine was condemned": Moscow's act
            return [owner], owner.pronoun
        group = coordinated_left(lowers, mentions, mention)
        return group, any(member.pronoun for member in group)
    return _speaker(lowers, mentions, start), True


TELLING = words("told tells")


def _speaker(lowers: list[str], mentions: list[Mention], start: int) -> list[Mention]:
    """For "X said (that) he/it would ..." and "X said there were ...": X, the reporter."""
    position = start - 1
    while position >= 0 and lowers[position] not in PRONOUNS and lowers[position] != "there":
        if start - position > 5 or lowers[position] in SUBJECT_BLOCKERS - {"said", "says"}:
            return []
        position -= 1
    if position < 1:
        return []
    verb = before_time_phrase(lowers, position)  # "X said on Friday it had"
    if lowers[verb] == "that":
        verb = before_time_phrase(lowers, verb)  # "X said on Sunday that he had asked"
        if lowers[verb] == "and":  # "X said that ..., and that it would": X's second clause
            verb = next((i for i in range(verb) if lowers[i] in REPORTING), verb)
        told = next((i for i in range(verb, max(verb - 4, 0), -1) if lowers[i] in TELLING), None)
        if told is not None and not any(told < m.end <= verb for m in mentions if m.is_actor):
            verb = told  # "X told parliament that he had": past a recipient naming no actor
    if verb >= 0 and lowers[verb] not in SPEAKER_VERBS:
        verb = past_report_adjunct(lowers, mentions, verb, SPEAKER_VERBS)
    if verb < 0 or lowers[verb] not in SPEAKER_VERBS:
        return []
    if lowers[verb - 1] == ",":  # "The United States, a treaty ally of Manila, said it": past
        found, _ = subject(lowers, [m for m in mentions if m.end <= verb], verb)  # the aside
        return found
    if lowers[verb - 1] == "and":  # "Albanese met Xi and said he had urged": the speaker is
        return opening_subject(lowers, mentions, verb)  # the sentence's subject, not its object
    for mention in reversed(mentions):
        near = verb - mention.end < 4 or subject_gap(lowers, mention.start, mention.end, verb) == []
        if mention.end <= verb and mention.is_actor and near:  # ("X that took power said it")
            return said_they(mentions, position, coordinated_left(lowers, mentions, mention))
        if mention.end <= verb:
            break
    return []


def _apposed_opener(words: list[str], mention: Mention) -> bool:
    """Whether ``words`` open an apposition naming the subject: "the", "a" before a person or "a
    member of" ("Yassir Alatta, a Sudanese general (a member of Sudan's council), accused")."""
    personal = words in (["a"], ["an"]) and bool(mention.actor and mention.actor.personal)
    return words in (["the"], ["a", "member", "of"]) or personal
