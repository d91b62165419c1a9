"""Verbal family: a trigger verb (or noun) between a subject and an object.

"Microsoft invested in Stargate" (svo), "Lumenfold was co-founded by Maya Chen" (passive),
"X, the platform he owns" (relative), "Musk's lawsuit against OpenAI" (a noun trigger), with
coordination on both sides. Trigger phrases are data (`loaders/data/triggers.yaml`).
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from typing import Final

from loaders.cue_mask import CUE_TRANSFER
from loaders.lexicon import GAP, Lexicon, Trigger, per_lexicon, read_data, word_set
from loaders.relations.advice import ADVISER_NOUNS, TAKEN_OVER_NOUNS
from loaders.relations.agent_descriptors import described_name
from loaders.relations.aside_owner import aside_owner
from loaders.relations.aside_subjects import described_antecedent
from loaders.relations.attach_guards import (
    RELATIVES,
    aside_head,
    deal_review,
    holders_of,
    person_pronoun_subject,
    reported_act,
)
from loaders.relations.award_guards import award_money, granted_right
from loaders.relations.bought_holders import minority_bought_in
from loaders.relations.bought_services import described_seller, service_carrier
from loaders.relations.clause_objects import (
    apposed_cut,
    clause_cut,
    denied_objects,
    unnamed_object_before,
)
from loaders.relations.dated_slots import dated_slot
from loaders.relations.deal_guards import (
    accused,
    called_off,
    intended,
    is_deal,
    object_of_earlier,
    planned,
    undone,
)
from loaders.relations.described_objects import apposed_object, possessed_project
from loaders.relations.described_purchases import bought_with_object
from loaders.relations.doubt import doubtful_reference
from loaders.relations.firm_cofounders import ADJUNCT_PREPS, firm_cofounder
from loaders.relations.grant_recipients import given_to, handed
from loaders.relations.hedge_scope import CONDITIONS, ended_hold, unplanned
from loaders.relations.holding_words import holding_words
from loaders.relations.joint_founding import partner_founders
from loaders.relations.kin_subject import kin_subject
from loaders.relations.litigation import (
    acting_for,
    forum,
    forum_named,
    owners_object,
    speaking_for,
)
from loaders.relations.located import ranking_scope
from loaders.relations.made_at_sites import making_verb
from loaders.relations.made_ties import made_by_second_verb
from loaders.relations.minority_passive import (
    as_minority,
    minority_bought,
    share_before,
    share_start,
)
from loaders.relations.modal_acts import preceded_by, realised
from loaders.relations.model import Mention, Sentence
from loaders.relations.modified_head import appositive_anchor
from loaders.relations.modified_things import names_a_thing
from loaders.relations.money_amounts import is_money
from loaders.relations.nav import (
    UNNAMED,
    agent_after,
    appositive_end,
    appositive_start,
    aside_end,
    before_appositive,
    by_after_relative,
    coord,
    descriptor_noun,
    governing_prep,
    including,
    joined,
    left,
    match_gap,
    negated_phrase,
    noun_phrase_head,
    opening_mention,
    owns_a_fund,
    past_placed,
    past_relative,
    people_noun,
    prep_before,
    pronoun_word,
    relative_subject,
    represented,
    right,
    subjects,
    with_companions,
)
from loaders.relations.of_host import of_host
from loaders.relations.passive_heads import (
    apposed_before,
    aside_subject,
    bare_conjunct,
    place_chain_start,
    relative_on,
)
from loaders.relations.phrase_targets import buys_after, loose_with, misfit, source_in_gap
from loaders.relations.preposed import main_clause_subjects, opening_subjects
from loaders.relations.quote_sides import across_quote
from loaders.relations.rest_guards import rest_to_group
from loaders.relations.rival_words import rival_words
from loaders.relations.sale_gaps import buyer_to, gapped_pairs, sold_head
from loaders.relations.service_traps import JOINT_WORDS
from loaders.relations.set_off_seats import DISTRIBUTIVES, set_off_holder, town_of_part
from loaders.relations.shared_subject import (
    own_subject,
    second_predicate,
    shared_subject,
    unnamed_sharer,
    verb_like,
)
from loaders.relations.site_guards import no_site, site_verb
from loaders.relations.site_spreads import SPREAD_WORDS
from loaders.relations.split_holders import split_patient
from loaders.relations.stake import MAJORITY, unnamed_subject
from loaders.relations.unnamed_conjuncts import fund_owner_after, funder_after_unnamed
from loaders.relations.unnamed_roles import SEATS
from loaders.relations.words import (
    AGENTS,
    AMOUNT_STARTS,
    AND_OR,
    APPOSITIVE_DETS,
    ARTICLES,
    AUXILIARIES,
    BACK_PARTICLE_VERBS,
    BARE_PRONOUNS,
    CLAUSE_STOP,
    CONFLICT_TYPES,
    CURRENCY_SIGNS,
    DATE_WORDS,
    DELIVERY_INFINITIVES,
    FRONT_ADVERBS,
    HEADED_PARTS,
    HOLDING_PARTICIPLES,
    INDEFINITE_ARTICLES,
    INQUIRY_NOUNS,
    JOINT_WITH,
    LEADING_PARTICIPLES,
    LISTING_PARTICIPLES,
    MODIFIED_THINGS,
    NOUN_FOLLOWERS,
    OBJ_GAP,
    OBJ_STOP,
    OBJECT_CONTROL,
    OWN_DETS,
    OWNED_THINGS,
    PART_HEADS,
    PART_NOUNS,
    PASSIVE_AUX,
    PASSIVE_GAP,
    PERSON_GROUPS,
    POSSESSED_NOUNS,
    POSSESSIVE_MARKS,
    POSSESSIVES,
    PREPOSITIONS,
    PUNCT_STOP,
    QUOTE_MARKS,
    RELATIVE_WH,
    REPORTING,
    SKIP_DETS,
    STREAK_NOUNS,
    SUBJECT_CONTROL,
    TELLING,
    VENTURE_HEADS,
    VERB_LEADS,
    WHICH_THAT,
    M,
)

STAKE_TYPES: Final = frozenset({"OWNS", "FUNDS", "BACKS"})
Hit = tuple[int, int, tuple[Trigger, ...]]  # trigger start, end, the triggers of the phrase


# a trigger phrase, its triggers, the words it needs (all but the gap), whether all need money
TriggerEntry = tuple[tuple[str, ...], tuple[Trigger, ...], frozenset[str], bool]


@per_lexicon
def trigger_table(lex: Lexicon) -> dict[str, tuple[TriggerEntry, ...]]:
    """`lex.triggers` by first word, each phrase with the words it needs: a phrase with a word
    the sentence lacks cannot match, and most phrases with a gap are skipped by that check
    instead of a scan (once per lexicon)."""
    return {
        w: tuple(
            (phrase, trigs, frozenset(phrase) - {GAP}, all(t.money for t in trigs))
            for phrase, trigs in bucket
        )
        for w, bucket in lex.triggers.items()
    }


def trigger_hits(s: Sentence) -> list[Hit]:
    lows, lex = s.lows, s.lex
    table = trigger_table(lex)
    hits: list[Hit] = []
    nxt = 0  # positions before this are inside the previous hit
    at = [k for k, w in enumerate(lows) if w in table]
    if not at:
        return hits  # (no trigger word: no set of the words)
    present = set(lows)
    for k in at:
        if k < nxt or k in s.claimed or (s.titled and s.titled[k]):
            continue
        if lows[k] == "found" and find_past(s, k):
            continue  # "the court found in X's favour": the past of *find*
        best = _longest_phrase(s, k, table[lows[k]], present)
        if best is None:
            continue
        prev = lows[k - 1] if k > 0 else ""
        if lows[k] == "back" and prev in BACK_PARTICLE_VERBS:
            continue  # "fell back into losses", "stepped back from": a particle
        best = _unguarded(s, prev, best, k)
        if best is None or _streak(lows, k):
            continue
        if lows[k] in SEQUENCE_ADVERBS and not _passive_clause(lows, k - 1):
            continue  # "built the terminal and then sold to X": active, its object elided
        if prev == "-" and not (k >= 2 and lows[k - 2][:1].isdigit()):
            continue  # "Trump-backed": the hyphen rule reads it ("30%-owned by" is passive)
        if all(t.family == "verb" for t in best[1]) and _not_the_verb(s, k, prev, best, hits):
            continue  # "his own venture", "the launch": a noun or adjective, not the verb
        hits.append((k, best[0], best[1]))
        nxt = _aside_start(lows, k, best[0])
    return hits


def _aside_start(lows: list[str], k: int, e: int) -> int:
    """Where the next hit may start after a hit from k to e: at e, or at the comma opening an
    appositive the phrase steps over ("took Y, the developer it had financed, to arbitration":
    "financed" is read on its own)."""
    return next((q for q in range(k + 2, e) if lows[q] == "," and lows[q - 1] == M), e)


def _longest_phrase(
    s: Sentence, k: int, entries: tuple[TriggerEntry, ...], present: set[str]
) -> tuple[int, tuple[Trigger, ...]] | None:
    """The end and triggers of the longest trigger phrase matched at k, else None."""
    lows, lex = s.lows, s.lex
    best = None
    for phrase, trigs, needs, money in entries:
        if not needs <= present:
            continue  # a word of the phrase is not in the sentence
        e = match_gap(s, k, phrase)
        if e > k and (best is None or e > best[0]):
            if money and not _moves_money(lex, lows, k, e):
                continue  # "pledged to support X", "secured a contract from X": no money
            if money and award_money(s, k, e):
                continue  # "won £3m in damages from X": a ruling's award
            if money and granted_right(s, k, e) and not _moves_money(lex, lows, k + 1, e):
                continue  # "will grant X access to its depot": a right, no money
            if loose_with(s, phrase, k, e):
                continue  # "after losing the support of X": no backing beside the act
            if money and source_in_gap(s, phrase, k, e):
                continue  # "a loan from L to fund X": "loan from" reads it
            if lost_claim(s, phrase, k, e):
                continue  # "lost its legal challenge to X": "challenge to" reads it
            if misfit(s, phrase, e, trigs):
                continue  # "arranged a loan for Keller Maritime": "loan for" reads it
            if money and buys_after(s, phrase, e):
                continue  # "lend X £5m towards buying Y": Y is bought, not funded
            best = (e, trigs)
    return best


def lost_claim(s: Sentence, phrase: tuple[str, ...], k: int, e: int) -> bool:
    """ "lose ... to" whose gap ends in a claim at law ("lost its legal challenge to X",
    `lost_claims`): the claim's own phrase reads it, no rivals."""
    if phrase[-1] != "to" or GAP not in phrase or s.lows[k] not in LOSE_FORMS:
        return False
    return s.lows[e - 2] in rival_words(s.lex).lost_claims


def _not_the_verb(
    s: Sentence, k: int, prev: str, best: tuple[int, tuple[Trigger, ...]], hits: list[Hit]
) -> bool:
    """A verb trigger's word at k used as a noun or adjective: after an article, a possessive,
    a preposition or a verb hit, or read as a noun by its neighbours."""
    lows, lex = s.lows, s.lex
    n = len(lows)
    return (
        prev in ARTICLES
        or prev == "'s"
        or (prev in PREPOSITIONS and prev != "to" and not lows[k].endswith("ing"))
        or (bool(hits) and hits[-1][1] == k and any(t.family == "verb" for t in hits[-1][2]))
        or _yielded_noun(s, k, prev)
        or (lows[k] == "back" and (prev.endswith("ed") or prev in ("hit", "fought")))
        or (k > 0 and s.is_det(k - 1))
        or (k > 1 and lows[k - 2] == "-" and prev in lex.hyphen)  # "a Lima-based rival"
        or (k + 1 < n and lows[k].endswith("ing") and lows[k + 1] in lex.round_nouns)
        # "funds of X", "funds such as X", "funds led by X": a noun
        or (
            best[0] == k + 1
            and k + 1 < n
            and lows[k + 1] in NOUN_FOLLOWERS
            and prev not in PASSIVE_AUX  # "has been accused of fraud by X": a verb
        )
        or _named_noun(s, k)
        or _priced_noun(s, k, best[1])
        or _title_compound(s, k, best)
        or noun_phrase_head(s, k)
        or _modified_noun(s, k)
    )


def _yielded_noun(s: Sentence, k: int, prev: str) -> bool:
    """The trigger at k is the object of a verb of selling or yielding ("sold control to X",
    "ceded control in 2019 to X"): a noun."""
    return prev in s.lex.transfers or prev in _yielding_verbs(s.lex)


@per_lexicon
def _yielding_verbs(lex: Lexicon) -> frozenset[str]:
    """`yielding_verbs` in loaders/data/triggers.yaml."""
    return word_set(lex.data.get("yielding_verbs"))


@per_lexicon
def _find_words(lex: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """`find_past` in loaders/data/triggers.yaml: auxiliaries, openers and verdicts."""
    spec = lex.data.get("find_past") or {}
    return (
        word_set(spec.get("auxiliaries")),
        word_set(spec.get("openers")),
        word_set(spec.get("verdicts")),
    )


def find_past(s: Sentence, k: int) -> bool:
    """ "found" at k is the past of *find*, not the verb *found*: "was found liable", "has
    found that", "found in X's favour", "found no errors", "found X guilty", "found X in breach"
    (but "helped found X", "left to found X in 2011")."""
    lows = s.lows
    auxiliaries, openers, verdicts = _find_words(s.lex)
    if k > 0 and lows[k - 1] in auxiliaries:
        return True
    nxt = lows[k + 1 : k + 3]
    if not nxt:
        return False
    if nxt[0] in openers or " ".join(nxt) in openers:
        return len(nxt) < 2 or not (nxt[1] in DATE_WORDS or nxt[1][:1].isdigit())
    if nxt[0] == "in" and nxt[1:] == [M]:
        return lows[k + 3 : k + 4] == ["'s"]  # "found in X's favour"
    if nxt[0] != M:
        return False
    after = lows[k + 2 : k + 4]
    return bool(after) and (after[0] in verdicts or " ".join(after) in verdicts)


# adverbs that open a reversed sale phrase after "and": "and later sold to X"
SEQUENCE_ADVERBS: Final[frozenset[str]] = frozenset({"later", "subsequently", "eventually", "then"})


def _passive_clause(lows: list[str], k: int) -> bool:
    """The clause before an "and" at k is passive and names nothing but
    its subject ("X was set up in 1970 and later sold to", "X, which was founded in 1921 and
    later sold to"): an auxiliary right after the subject or "which", no name after it (in
    "X was bought by A and later sold to B", A would be read as what was sold)."""
    if k < 1 or lows[k] != "and":
        return False
    for m in range(k - 1, 0, -1):
        if lows[m] in PUNCT_STOP or lows[m] in (",", M):
            return False
        if lows[m] in ("was", "were", "is", "are"):
            return lows[m - 1] in (M, "which", "that")
    return False


def _streak(lows: list[str], k: int) -> bool:
    """ "the third year in a row with X close behind": a run of years, not a row with X."""
    return (
        lows[k] == "row"
        and k >= 3
        and lows[k - 2 : k] == ["in", "a"]
        and (lows[k - 3] in STREAK_NOUNS)
    )


def _moves_money(lex: Lexicon, lows: list[str], k: int, e: int) -> bool:
    """An amount inside the trigger phrase ("secured $40 million from"), or for a one-word
    verb, just after it ("lent Arvo Plastics €40 million"), or just after a phrase's closing
    "for" ("tapped Ashgrove for $20 million", "picked up Velo for $300 million")."""
    end = e + 6 if e == k + 1 else e + 2 if lows[e - 1] == "for" else e
    return any(is_money(lex, w) for w in lows[k:end])


def _named_noun(s: Sentence, k: int) -> bool:
    """ "the Kestrel fund invested", "a Brisa deal": a bare word after an article and a name is
    the head of a noun phrase (an inflected verb would end in -s, -ed or -ing)."""
    lows = s.lows
    w = lows[k]
    if k < 2 or lows[k - 1] != M or s.is_det(k - 1) or w.endswith(("s", "ed", "ing")):
        return False
    return lows[k - 2] in ARTICLES and w not in _irregular_pasts(s.lex)


def _priced_noun(s: Sentence, k: int, trigs: tuple[Trigger, ...]) -> bool:
    """ "paid a £3m fine imposed by X", "the $5 million penalty": a bare dispute word after an
    amount that an article opens is the head of a noun phrase (a participle stays a verb)."""
    lows = s.lows
    w = lows[k]
    if w.endswith(("ed", "ing")) or w in _irregular_pasts(s.lex):
        return False
    if any(t.types != ("DISPUTES",) for t in trigs):
        return False
    j = k - 1
    while j >= 0 and k - j <= 4 and (is_money(s.lex, lows[j]) or lows[j][:1].isdigit()):
        j -= 1
    return 0 <= j < k - 1 and (lows[j] in ARTICLES or (lows[j] == M and s.is_det(j)))


def _title_compound(s: Sentence, k: int, best: tuple[int, tuple[Trigger, ...]]) -> bool:
    """ "was finance chief at Harlen Bank", "a fund manager at Osk": a money verb before a
    title is the first word of a function title, no funding."""
    e = best[0]
    if e != k + 1 or e >= len(s.lows) or any(t.types != ("FUNDS",) for t in best[1]):
        return False
    title = s.lows[e]
    return not title.endswith("s") and s.person_head(title)


@per_lexicon
def _irregular_pasts(lex: Lexicon) -> frozenset[str]:
    """The past forms of the irregular verbs that differ from their lemma ("lent", "bought",
    "led"): "The Bank of Tamworth lent $5m to X" has a verb after the name, not a noun."""
    return frozenset(f for lemma, forms in lex.irregular.items() for f in forms[:2] if f != lemma)


def _unguarded(s: Sentence, prev: str, best: tuple[int, tuple[Trigger, ...]], k: int):
    """The triggers of a hit that a word before it (a noun trigger) or inside it (a verb
    phrase's gap) does not cancel ("a supply contract with X", "signed a supply agreement
    with X" are no partnership: `trigger_guards` in loaders/data/triggers.yaml), nor the word
    after it ("charged X with running the merger": `trigger_guards_after`)."""
    guards, after = s.lex.trigger_guards, s.lex.trigger_guards_after
    before = s.lex.trigger_guards_before
    lows = s.lows
    e = best[0]
    nxt = lows[e] if e < len(lows) else ""
    if nxt in GUARD_DETS and e + 1 < len(lows) and not lows[e + 1].endswith("ing"):
        nxt = lows[e + 1]  # "took on the loans of X": the noun after the article (a gerund
        # guard never follows one: "charged the managing director with fraud")
    if not guards and not (after and nxt.endswith("ing")):
        return best
    inside = lows[k + 1 : e]
    guard_words, after_words, before_words = _guard_words(s.lex)
    owned = _possessed_noun(lows, e)  # "took on Paroa Air's debts": the burden, no rival
    owned_types = _possessed_guards(s.lex).get(owned, ()) if owned else ()
    # the word before a noun trigger's determiner: "withdrew its support for X"
    det = k >= 2 and (prev in ARTICLES or (prev == M and s.is_det(k - 1)))
    prev2 = lows[k - 2] if det else ""
    if (
        prev not in guard_words
        and prev2 not in guard_words
        and prev not in before_words
        and guard_words.isdisjoint(inside)
        and nxt not in after_words
        and owned not in after.get("COMPETES_WITH", ())
        and not owned_types
    ):
        return best  # no guard word around the hit: nothing to cancel

    def cancelled(t: Trigger) -> bool:
        words = [prev, prev2] if t.family == "noun" else inside
        if any(w in guards.get(x, ()) for x in t.types for w in words):
            return True
        if t.family == "verb" and any(prev in before.get(x, ()) for x in t.types):
            return True  # "will step back from": a particle of another verb
        if "COMPETES_WITH" in t.types and owned in after.get("COMPETES_WITH", ()):
            return True
        if any(x in owned_types for x in t.types):
            return True  # "welcomed the council's view": a view, not its author
        if GAP in t.words and t.words[-1] not in PREPOSITIONS:
            return False  # "voted for X's proposal to sell Y": the noun's own complement
        return any(nxt in after.get(x, ()) for x in t.types)

    kept = tuple(t for t in best[1] if not cancelled(t))
    return (best[0], kept) if kept else None


def _possessed_noun(lows: list[str], e: int) -> str:
    """The noun a name right after position e (or after an article there) possesses ("Paroa
    Air's debts", "the council's view"), else ""."""
    if e < len(lows) and lows[e] in ARTICLES:
        e += 1
    if e + 2 < len(lows) and lows[e] == M and lows[e + 1] in POSSESSIVE_MARKS:
        return lows[e + 2]
    return ""


@per_lexicon
def _possessed_guards(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """`trigger_guards_possessed` in loaders/data/triggers.yaml, by noun: the relation types a
    possessed noun after a trigger cancels."""
    spec = lex.data.get("trigger_guards_possessed") or {}
    out: dict[str, tuple[str, ...]] = {}
    for rel, nouns in spec.items():
        for w in word_set(nouns):
            out[w] = (*out.get(w, ()), str(rel).upper())
    return out


@per_lexicon
def _guard_words(lex: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Every word of `trigger_guards`, `trigger_guards_after` and `trigger_guards_before`,
    once per lexicon."""
    return (
        frozenset().union(*lex.trigger_guards.values()),
        frozenset().union(*lex.trigger_guards_after.values()),
        frozenset().union(*lex.trigger_guards_before.values()),
    )


# words after a trigger that the guard after it looks past: "took on the loans of X"
GUARD_DETS: Final = frozenset({"the", "a", "an", "its", "their", "his", "her"})


# words that link a subject to a noun describing it: "X is the founder of Y", "X, the founder"
NOUN_LINKS = frozenset(
    {"is", "was", "are", "were", "as", "became", "become", "becomes", "remains", "remain"}
    | {"also", "and", "now", "being", "been", "both", "still", "then", "once"}
)


def _people_object(s: Sentence, k: int) -> bool:
    """A noun for people that is a verb's object ("has coached the founders of Y", "met the
    adviser to Y"), not a description of the subject ("X is the founder of Y")."""
    lows = s.lows
    w = lows[k]
    if not (s.person_head(w) or (w.endswith("s") and s.person_head(w[:-1]))):
        return False
    if k < 2 or lows[k - 1] not in SKIP_DETS:
        return False
    verb = lows[k - 2]
    return verb.isalpha() and verb not in NOUN_LINKS and verb not in PREPOSITIONS


def _possessed(s: Sentence, k: int) -> bool:
    """A possessor before the noun at k: "its investors", "Orvane's existing investors"."""
    lows = s.lows
    for j in range(k - 1, max(-1, k - 4), -1):
        if lows[j] == "'s" or s.is_det(j):
            return True
        if not lows[j].isalpha():
            return False
    return False


def _modified_noun(s: Sentence, k: int) -> bool:
    """ "her own fund", "its new venture", "the latest round", "$9m of annual purchases": a
    noun after a determiner (or "of") and one modifier, not a verb."""
    lows = s.lows
    if k < 2 or not lows[k - 1].isalpha() or lows[k - 1] in VERB_LEADS:
        return False
    if lows[k].endswith("ing") and k + 1 < len(lows) and lows[k + 1] == M:
        return False  # "filed a brief supporting PayLattice": a participle with its object
    if lows[k].endswith("ing") and k + 1 < len(lows) and lows[k + 1] in ("with", "against"):
        return False  # "launched a van competing with Draxton": a participle, not a noun
    if _agent_after(s, k):
        return False  # "the publisher controlled by Ashcombe": a participle with its agent
    if lows[k - 2] == "of" and not lows[k - 1].endswith("s") and not lows[k].endswith("ing"):
        return True  # "$9m of annual purchases": not "a group of lenders funds X"
    return lows[k - 2] in ARTICLES or lows[k - 2] == "'s" or s.is_det(k - 2)


def _agent_after(s: Sentence, k: int) -> bool:
    """A "by" after the word at k, past a "for" ("a plan paid for by") and the words of a
    share ("a scheme funded equally by", "paid for in equal parts by")."""
    lows, lex = s.lows, s.lex
    m = k + 1 + (k + 1 < len(lows) and lows[k + 1] == "for")
    start = m
    while (
        m < len(lows)
        and m - start < 4
        and (lows[m] in lex.split_fillers or lows[m] in lex.held_adverbs)
    ):
        m += 1
    return m < len(lows) and lows[m] == "by"


def passive(s: Sentence, k: int, e: int, trigs: tuple[Trigger, ...]) -> bool:
    """ "Lumenfold was co-founded in 2023 by Maya Chen and Daniel Okoro"."""
    if _perfect(s.lows, k):
        return False  # "have opposed the pipeline built by X": active, X built the pipeline
    by = _passive_by(s, k, e, trigs)
    if by < 0:
        return False
    agent = agent_after(s, by + 1)
    if agent < 0:
        agent = including(s, by + 1)  # "criticized by customers, including Harlan Travel"
    if agent < 0:
        agent = funder_after_unnamed(s, by + 1)  # "funded by the state and Harlan Bank"
        agent = agent if agent >= 0 else fund_owner_after(s, by + 1)  # "by a fund run by X"
        trigs = tuple(t for t in trigs if "FUNDS" in t.types) if agent >= 0 else trigs
    if agent < 0 or holders_of(s, agent):
        return True  # "funded by the two owners of Dalmet": not Dalmet
    agent_idx = _closed_agents(s, k, coord(s, agent, +1))
    agents = s.merged(agent_idx + by_after_relative(s, agent_idx[-1]))
    if _unnamed_prep_object(s, k) or _led_indefinite(s, k, trigs):
        return True  # "at a yard owned by X": the yard, no named patient
    patient = _patient_past_share(s, k, trigs, agent_idx[-1])
    if patient < 0 or s.blocked(patient + 1, k + 1) or split_patient(s, k, patient):
        return True  # (split: "A has 70% of the mill, whereas the last 30% is held by B")
    if _inquiry_object(s, patient, trigs):
        return True  # "The inquiry into Kelvin Water is chaired by X": X leads the inquiry
    if doubtful_reference(s, [patient], agent_idx):
        return True  # "A, B and C criticised the league, which is run by X": which league?
    if intended(s, k):  # "formerly owned by X", "expected to be bought by X"
        trigs = tuple(t for t in trigs if not is_deal(t.types))
    if minority_bought(s, k):  # "It was 15% bought by X": a minority stake
        trigs = as_minority(trigs)
    if any(is_money(s.lex, w) for w in s.lows[by + 1 : agent]):
        # "was supported by a loan from X": the money's giver funds (nominal), backs nothing
        trigs = tuple(t for t in trigs if "BACKS" not in t.types)
    patients = _plural_patients(s, patient, k)
    for t in trigs:
        if not t.participle or _gap_filled(t, k, e):
            continue
        src, tgt = agents, patients
        if t.reverse:
            src, tgt = tgt, src
        made = s.emit(src, t.types, tgt, "verbal/passive", t.confidence, t)
        if made and t.types == ("OWNS",) and not t.reverse:
            _bought_in(s, k, agent_idx[-1] + 1, agents, patients)
        if made and "FOUNDED" in t.types and not t.reverse:
            cofounder(s, [patient], agent_idx[-1] + 1)  # "founded by A with B": B too
    return True


def _patient_past_share(s: Sentence, k: int, trigs: tuple[Trigger, ...], last_agent: int) -> int:
    """The passive's patient (`_passive_patient`); when none is found, or a person (a share
    is no person's), looked for again before a share that ends at the participle, as if it were
    not there: "X, which runs a plant, is 60% owned by A", "X, founded in 2011 by B and C, is
    30 per cent owned by A": X, not C."""
    patient = _passive_patient(s, k, trigs, last_agent)
    pk = share_start(s.lows, k)
    if pk == k or (patient >= 0 and "Person" not in s.etypes(patient)):
        return patient
    before = _passive_patient(s, pk, trigs, last_agent)
    return before if before >= 0 else patient


def _bought_in(s: Sentence, k: int, end: int, agents: Mention, patients: Mention) -> None:
    """ "X is 35% owned by A, a fund that bought into X back in 2016": A funds X too."""
    if minority_bought_in(s, k, end, patients, holding_words(s.lex)):
        s.emit(agents, ("FUNDS",), patients, "holdings/bought-in", 0.6)


def _gap_filled(t: Trigger, k: int, e: int) -> bool:
    """A gap phrase matched at k..e with words in its gap reads actively: "set the price up
    by 5%" is no passive of "set ... up" (the passive leaves the gap empty: "was set up by")."""
    return GAP in t.words and e - k > len(t.words) - 1


def _passive_by(s: Sentence, k: int, e: int, trigs: tuple[Trigger, ...]) -> int:
    """The "by" of a passive whose participle at k ends at e, a few words on ("founded in 2023
    by", "owned 60/40 by"); -1 when there is none or the participle is read otherwise (active,
    or another participle's agent)."""
    lows = s.lows
    n = len(lows)
    by = -1
    # "accused of falsifying records on three of its ferries by X": the charge first
    charged = e < n and lows[e] == "of" and any("DISPUTES" in t.types for t in trigs)
    # "was outbid for Crane Bakeries by X": the prize first
    contested = e < n and lows[e] == "for" and any("COMPETES_WITH" in t.types for t in trigs)
    # "was started in 2009 in a rented barn in Tromso by X": the founding's time and place
    founding = any("FOUNDED" in t.types for t in trigs)
    # ties34: "was advised on its takeover offer by X": the matter of the advice, its "its"
    advised = e < n and lows[e] == "on" and any("ADVISES" in t.types for t in trigs)
    reach = 14 if charged else FOUNDING_REACH if founding else 7
    for m in range(e, min(n, e + reach)):
        if lows[m] == "by":
            by = m
            break
        if (m - e >= 7 or (founding and m > e)) and lows[m] in FOUNDING_STOPS:
            break  # "... and sold in 2019 by X": another act's agent
        if ((charged or advised) and lows[m] == M and s.is_det(m)) or (contested and lows[m] == M):
            continue
        if _dispute_venue(s, m, trigs) or (founding and _place_in(s, m)):
            continue  # "was sued in Delaware by X": the place of the suit
        if lows[m] == M or not (
            lows[m].isalpha() or lows[m][:1] in AMOUNT_STARTS or _split(lows, m)
        ):
            break
    by = _contrasted_by(lows, by)
    if by < 0 or _other_participle(s, e, by, founding):
        return -1
    if advised and _taken_over(s, by):
        return -1  # "was advised on its buyout by founder X": X buys it
    if charged and not s.lex.irregular_participles.isdisjoint(lows[e:by]):
        return -1  # "accused of breaking rules set by X": X set the rules
    if e < n and lows[e] in ARTICLES and not (k > 0 and lows[k - 1] in PASSIVE_AUX):
        return -1  # "criticised the decision by the ministry": an object, so active
    return by


def _contrasted_by(lows: list[str], by: int) -> int:
    """ "not by X but by Y": the "by" of Y (the agent the text asserts); "not by X" alone: -1."""
    if by < 1 or lows[by - 1] != "not":
        return by
    for m in range(by + 1, min(len(lows) - 1, by + 8)):
        if lows[m] == "but" and lows[m + 1] == "by":
            return m + 1
    return -1


def _taken_over(s: Sentence, by: int) -> bool:
    """ "on its buyout by X", "its acquisition by X": the "by" is the buyer of the takeover noun
    right before it, whose "its" is the firm taken over."""
    lows = s.lows
    return by >= 2 and lows[by - 1] in TAKEN_OVER_NOUNS and lows[by - 2] == M and s.is_det(by - 2)


FOUNDING_REACH: Final = 11  # words between a founding participle and its "by"
FOUNDING_STOPS: Final[frozenset[str]] = frozenset({"and", "but", "which", "who", "that"})


def _place_in(s: Sentence, m: int) -> bool:
    """The name at m is a place after "in" ("founded in Bergen by")."""
    return s.lows[m] == M and m >= 1 and s.lows[m - 1] == "in" and s.etypes(m) == {"Location"}


def _dispute_venue(s: Sentence, m: int, trigs: tuple[Trigger, ...]) -> bool:
    """The place after "in" inside a dispute passive ("sued in Delaware by", "fined in
    France by")."""
    if s.lows[m] != M or m < 1 or s.lows[m - 1] != "in" or s.etypes(m) != {"Location"}:
        return False
    return any("DISPUTES" in t.types for t in trigs)


def _passive_patient(s: Sentence, k: int, trigs: tuple[Trigger, ...], last_agent: int) -> int:
    """What the passive at k is about: a relative clause's antecedent, a clause's patient, the
    name before the participle, or a fronted patient; an appositive's head rather than the
    name inside it. -1 when none is found."""
    lows = s.lows
    # "by Fennick, a start-up created by X": Fennick
    patient = _appositive_head(s, k, any("FUNDS" in t.types for t in trigs))
    if patient < 0:
        patient = relative_subject(s, k)
    if patient < 0:
        patient = clause_patient(s, k)  # "built by V, founded by A": V, not the thing built
    if patient < 0:
        patient = _patient_before(s, k, trigs)
        head = aside_subject(s, k, patient)  # "X, the firm that serves Kellavy, was bought by A"
        patient = head if head >= 0 else patient
    if patient < 0 and _opens(s.lows, k):
        patient = _fronted_patient(s, last_agent)
    if patient > 0 and k >= 2 and lows[k - 1] in PASSIVE_AUX and lows[k - 2] == ",":
        # "Halden, maker of the Kettlecraft range, was founded by A": the appositive's head
        head = appositive_start(s, patient - 1, k)
        if head >= 0:
            patient = head
    return aside_head(s, patient, k)  # "The plant, which supplies V, is owned by X": not V


def _patient_before(s: Sentence, k: int, trigs: tuple[Trigger, ...]) -> int:
    """The name a few words before the participle at k that it is said of, back over a first
    verb ("Orrin makes robots and is backed by X") or another participle ("X was founded in
    1952 and bought by A"); else -1."""
    lows = s.lows
    n = len(lows)
    m = k - 1
    words = 0
    while m >= 0 and words <= PASSIVE_GAP:
        if lows[m] == M and m >= 1 and lows[m - 1] == "than":
            words += 1  # "carries more passengers than B and is owned by C": not B
        elif lows[m] == M and relative_on(lows, m, k) and place_chain_start(s, m) >= 0:
            # "the Orlan Cable, a cable between Tessel and Vardo that is co-financed by A"
            return apposed_before(s, place_chain_start(s, m))
        elif lows[m] == M and bare_conjunct(lows, m + 1, k) and _first_subject(s, m) != m:
            # "X makes boards, including the Y range, and has been owned by A": X
            return _first_subject(s, m)
        elif lows[m] == M and bare_conjunct(lows, m + 1, k) and prep_before(s, m):
            words += 1  # "X builds flats for Y and is now owned by A": X
        elif lows[m] == M and (_listed_agent(s, m, k) or _inside_agent(s, m, k)):
            # "X was set up by A and B and was bought by C": not B; "chaired by former Orvik
            # banker A and managed by B": not Orvik, a word of A's description
            words += 1
        elif lows[m] == M and (head := _opening_appositive_head(s, m, k)) >= 0:
            # "Tolla, a subsidiary of the co-operative Marsk, bakes bread and is run by P": the
            # head the appositive describes, not the parent named inside it
            return head
        elif lows[m] == M and not s.is_det(m):
            opener = _complement_opener(s, m)
            if opener >= 0:
                # "A's decision to sell B to C was criticised by X": not C, nor B; "A, whose
                # jets were leased from C, was sued by X": A
                return _whose_head(s, opener, k)
            if _patient_name(s, m, k, trigs):
                return m
        elif m in s.starts and "and" in lows[m + 1 : k] and _first_conjunct(lows, m, k):
            # "Orrin makes robots and is backed by X", "... and is 30% owned by X": the first
            # verb's subject
            subj = subjects(s, m, True)
            return subj[0] if subj else -1
        elif m in s.starts and m + 1 < n and lows[m + 1] == "by" and "and" in lows[m + 1 : k]:
            words += 1  # "X is owned by A and chaired by B": both passives are about X
        elif m in s.starts and lows[m + 1 : k] in ONE_PATIENT_LINKS:
            words += 1  # "X was founded and led by A": one patient for both participles
        elif m in s.starts and lows[k - 1] == "and" and _adjuncts_only(s, m + 1, k):
            words += 1  # "X was founded in 1952 and bought by A in 2019": X was bought
        elif m in s.starts and _agents_then_and(s, m + 1, k):
            words += 1  # "X was set up in 1988 by A and B and was acquired by C": X
        elif m in s.starts and _and_auxiliary(s, m + 1, k) and _adjuncts_only(s, m + 1, k):
            words += 1  # "X was founded in 1902 in Alba and was later run by A": X was run
        elif lows[m] == "," and (c := _spread_aside(lows, m)) >= 0:
            m = c  # "X has 40 stations, most of them in Tyrol, and was bought by A": X
        elif m in s.starts and _apposed_noun(lows, m, k):
            words += 1  # "X, a plant in Leeds, is funded by A": the appositive's noun
        elif lows[m] in PUNCT_STOP or m in s.starts:
            break
        elif not _share_word(s, m):
            words += 1  # ("and has been 65 per cent owned": a share's words count as none)
        m -= 1
    return -1


def _apposed_noun(lows: list[str], m: int, k: int) -> bool:
    """The word at m is the noun of an indefinite appositive after a name, closed by a comma
    before the passive at k: "X, a plant in Leeds, is funded by A"."""
    d = m - 1
    while d > m - 3 and d >= 1 and lows[d] not in ("a", "an", ",") and lows[d] != M:
        d -= 1  # "a £60m plant", "a large plant"
    if d < 2 or lows[d] not in ("a", "an") or lows[d - 1] != "," or lows[d - 2] != M:
        return False
    c = next((q for q in range(m + 1, k) if lows[q] == ","), -1)
    return c > 0 and all(w in PASSIVE_AUX or w in PERFECT for w in lows[c + 1 : k])


def _by_list(s: Sentence, lo: int, hi: int) -> list[int]:
    """The named agents of the first "by" in [lo, hi) ("by the chemists A and B"), after
    adjuncts only; [] when there is none."""
    lows = s.lows
    b = next((x for x in range(lo, hi) if lows[x] == "by"), -1)
    if b < 0 or not _adjuncts_only(s, lo, b):
        return []
    a = agent_after(s, b + 1)
    return coord(s, a, +1) if 0 <= a < hi else []


def _listed_agent(s: Sentence, m: int, k: int) -> bool:
    """The name at m is one of the agents of an earlier "by", and "and" then leads to the
    passive at k: "set up by A and B and was bought by C" (B is no patient)."""
    lows = s.lows
    b = m - 1
    while b >= 0 and m - b <= 12 and lows[b] != "by" and lows[b] not in PUNCT_STOP:
        b -= 1
    if b < 0 or lows[b] != "by" or "and" not in lows[m + 1 : k]:
        return False
    agents = _by_list(s, b, m + 1)
    return m in agents


def _inside_agent(s: Sentence, m: int, k: int) -> bool:
    """The name at m describes the agent of an earlier "by" named after it ("by former Orvik
    banker Ivo Stark"), and "and" then leads to the passive at k."""
    lows = s.lows
    b = m - 1
    while b >= 0 and m - b <= 4 and lows[b] != "by" and (lows[b].isalpha() or lows[b] == "-"):
        b -= 1
    if b < 0 or lows[b] != "by" or "and" not in lows[m + 1 : k]:
        return False
    a = agent_after(s, b + 1)
    return m < a < k


def _agents_then_and(s: Sentence, lo: int, k: int) -> bool:
    """Between a participle and the passive at k, adjuncts, a "by" with its agent list and
    "and" plus auxiliaries: "set up in 1988 by A and B and was acquired (by C)"."""
    agents = _by_list(s, lo, k)
    if not agents:
        return False
    end = agents[-1] + 1
    if end >= k or s.lows[end] != "and":
        return False
    # "and bought", "and was acquired", "and since 2016 owned": auxiliaries, adverbs, a year;
    # "and has been 65 per cent owned", "and is 40% owned": a share
    rest = s.lows[end + 1 : k]
    shares = _share_fillers(s.lex)
    return all(
        w in SECOND_PASSIVE or w.endswith("ly") or w.isdigit() or w == "in" or w in shares
        for w in rest
    )


def _spread_aside(lows: list[str], m: int) -> int:
    """The comma opening the aside that the comma at m closes, when the aside spreads the
    things just counted ("40 stations, most of them in Tyrol,"); else -1."""
    for p in range(m - 1, max(0, m - SPREAD_REACH), -1):
        if lows[p] == ",":
            return p if lows[p + 1] in SPREAD_OPENERS else -1
        if lows[p] in PUNCT_STOP:
            return -1
    return -1


def _share_word(s: Sentence, m: int, end: int = -1) -> bool:
    """A word of a share: "per", "cent", "%", "majority", or the number before one (that one
    before `end`, when given)."""
    lows = s.lows
    shares = _share_fillers(s.lex)
    nxt = lows[m + 1] if m + 1 < (len(lows) if end < 0 else end) else ""
    return lows[m] in shares or (lows[m][:1].isdigit() and nxt in shares)


@per_lexicon
def _share_fillers(lex: Lexicon) -> frozenset[str]:
    """Words of a share between "is"/"has been" and a passive of owning ("is 65 per cent
    owned", "is majority owned", "is 40% owned"): `firm_passive_shares` and the percent sign."""
    return word_set(lex.data.get("firm_passive_shares")) | {"%"}


def _opening_appositive_head(s: Sentence, m: int, k: int) -> int:
    """The sentence's opening name whose appositive ends with the name at m, when a verb of
    its own follows the appositive before the passive at k ("Tolla, a unit of Marsk, bakes
    bread and is run by P"); else -1."""
    lows = s.lows
    if m + 2 >= k or lows[m + 1] != "," or not lows[m + 2].isalpha() or "and" not in lows[m:k]:
        return -1
    head = appositive_start(s, m - 1, k)
    return head if 0 <= head <= 1 and all(w != M for w in lows[:head]) else -1


# words between two participles of one patient: "founded and (later, still) run by A"
ONE_PATIENT_LINKS = (["and"], [",", "and"], ["and", "later"], ["and", "still"])


def _first_conjunct(lows: list[str], m: int, k: int) -> bool:
    """The passive at k is a subjectless second conjunct of the verb at m: "is owned by",
    "and since 2019 has been held by"."""
    return _is_before(lows, k) or bare_conjunct(lows, m + 1, k)


def _first_subject(s: Sentence, m: int) -> int:
    """The subject of the verb whose object (or object's complement) the name at m is: the
    subject of a trigger a few words before it, else the sentence's opening name when a verb
    follows it ("X supplies Y"); m itself when the name is no object."""
    lows = s.lows
    for p in range(m - 1, max(-1, m - 10), -1):
        if lows[p] in PUNCT_STOP or (lows[p] == M and not s.is_det(p)):
            break
        if p in s.starts:
            subj = subjects(s, p, True, aside=True)
            return subj[0] if subj else -1
    opening = opening_mention(s)
    if (
        0 <= opening < m - 1
        and lows[opening + 1].isalpha()
        and lows[opening + 1] not in AUXILIARIES
    ):
        if not any(w in PUNCT_STOP for w in lows[opening:m]):
            return opening
    return m


def _is_before(lows: list[str], k: int) -> bool:
    """ "is" or "was" right before the participle at k, or before a share there ("is 30%")."""
    a = k - 1 - (k >= 2 and lows[k - 1][-1:] == "%")
    return lows[a] in ("is", "was")


def _and_auxiliary(s: Sentence, lo: int, hi: int) -> bool:
    """[lo, hi) ends with "and", then auxiliaries and adverbs: "in 1902 and was later"; or a
    share: "in 1971 and is 65 per cent"."""
    lows = s.lows
    a = hi - 1
    while a >= lo and (
        lows[a] in SECOND_PASSIVE or lows[a].endswith("ly") or _share_word(s, a, hi)
    ):
        a -= 1
    return lo <= a < hi - 1 and lows[a] == "and" and lows[a + 1] in SECOND_PASSIVE


def _patient_name(s: Sentence, m: int, k: int, trigs: tuple[Trigger, ...]) -> bool:
    """The name at m can be the patient of the passive at k: no other passive's agent, no
    modifier ("a Denver-based company", "a Cork bakery chain owned by A") and no place."""
    lows = s.lows
    # "majority-owned by the Gardner family and chaired by X": an agent, not the patient
    agent_of_other = m > 0 and (
        lows[m - 1] == "by" or (m > 1 and lows[m - 1] in SKIP_DETS and lows[m - 2] == "by")
    )
    modifier = m + 1 < len(lows) and lows[m + 1] in ("'s", "-")  # "a Denver-based company"
    # "X is a Cork bakery chain owned by A": the name modifies the head noun
    modifier = modifier or _premodifier(s, m, k)
    if modifier and lows[m + 1] == "'s" and _owner_disputed(s, m, k, trigs):
        modifier = False  # "Varna's plan has been criticised by X": Varna
    place = "Location" in s.etypes(m)  # "Quarrin, a Cambridge, Mass.-based ..."
    if _people_at(s, m):
        return False  # "scientists at Tarnow University led by X": X leads the scientists
    return not agent_of_other and not modifier and not place and not _act_noun_object(s, m)


def _people_at(s: Sentence, m: int) -> bool:
    """The name at m follows "a team at", "scientists at (the)", "researchers from"."""
    lows = s.lows
    p = m - 1 - (m >= 1 and lows[m - 1] == "the")
    if p < 1 or lows[p] not in ("at", "from"):
        return False
    w = lows[p - 1]
    return w in s.lex.team_nouns or people_noun(s, w)


def _act_noun_object(s: Sentence, m: int) -> bool:
    """ "An offer for X was made by Y", "a $50m investment in X was made by Y": the name is the
    object of an act noun (read by the nominal family), not the patient of "made"."""
    lows = s.lows
    p = m - 1 - (m > 1 and lows[m - 1] in SKIP_DETS)
    if p < 1 or lows[p] not in PREPOSITIONS:
        return False
    noun = lows[p - 1]
    return noun in s.lex.nominal or noun in s.lex.offer_nouns


def _whose_head(s: Sentence, opener: int, k: int) -> int:
    """The name before ", whose" at `opener` when a comma closes that clause before the
    passive at k ("A, whose jets were leased from C, was sued by X"), else -1."""
    lows = s.lows
    if lows[opener] != "whose" or opener < 2 or lows[opener - 1] != ",":
        return -1
    head = opener - 2
    if lows[head] != M or s.is_det(head) or "," not in lows[opener + 1 : k]:
        return -1
    return head


def _complement_opener(s: Sentence, m: int) -> int:
    """The name at m is a preposition's object inside a noun's complement that a passive after
    it describes, or an infinitive's object: "the decision to sell B to C", "the plan to merge
    A with C", "whose bid for C", "Orla's offer for C", "the move to buy C" (was criticised,
    opposed, rejected by X): the noun is the patient, not C. Not "a loan to C", "the lawsuit
    against C" (was filed by X), where the noun names the relation with C. The position of the
    word opening the complement, else -1."""
    lows = s.lows
    p = m - 1 - (lows[m - 1] in SKIP_DETS)
    if p >= 1 and lows[p - 1] == "to" and lows[p].isalpha() and lows[p] not in ARTICLES:
        return p - 1  # "the move by A to buy C was criticised by X": the move, not C
    if p < 1 or lows[p] not in COMPLEMENT_PREPS:
        return -1
    for x in range(p - 1, max(-1, p - 10), -1):
        w = lows[x]
        if w in PUNCT_STOP or w == ",":
            return -1
        if w in ("whose", "'s"):
            return x  # "Orla's offer for C was opposed by X": Orla's offer, not C
        if w == "to" and x + 1 < p and lows[x + 1].isalpha() and lows[x + 1] not in ARTICLES:
            return x
    return -1


COMPLEMENT_PREPS = frozenset({"to", "with", "for", "from", "into"})
NP_PREPS = frozenset({"at"})  # a place: "at a yard owned by X" (not "to a fund owned by X")


def _unnamed_prep_object(s: Sentence, k: int) -> bool:
    """ "build ships for Halden Line at a yard owned by Skarv", "sold it to a fund controlled by
    X": the participle at k describes an unnamed noun phrase governed by a preposition; no
    name before it is the patient."""
    lows = s.lows
    a = k - 1
    while a >= 0 and k - a <= 4 and lows[a] != M and lows[a].isalpha():
        if lows[a] in SKIP_DETS:
            return a > 0 and a < k - 1 and lows[a - 1] in NP_PREPS
        if lows[a] in PASSIVE_AUX or lows[a] in PERFECT or lows[a] in RELATIVE_WH:
            return False
        a -= 1
    return False


def _led_indefinite(s: Sentence, k: int, trigs: tuple[Trigger, ...]) -> bool:
    """ "sell a majority holding to an investor group led by Ola Berg": a participle of
    leading right after an indefinite noun phrase leads that phrase, no name before it."""
    if not all(t.types == ("LEADS",) for t in trigs):
        return False
    a = k - 1
    while a > 0 and s.lows[a] in SECOND_PASSIVE:
        a -= 1
    if a < k - 1 and s.lows[a] == "and":
        return False  # "set up by a chemist and is now led by X": a second clause's passive
    return _indefinite_ending(s.lows, k - 1) or _unnamed_inquiry(s.lows, k - 1)


INQUIRY_DETS: Final[frozenset[str]] = SKIP_DETS | OWN_DETS | {"this", "his", "her"}


def _unnamed_inquiry(lows: list[str], end: int) -> bool:
    """An unnamed inquiry ends at end, before an optional comma: "the review, (led by X)", "a
    review panel (chaired by Y)", "its inquiry,": its leader leads no body named before it."""
    end -= end > 0 and lows[end] == ","
    if end < 1 or lows[end] not in INQUIRY_NOUNS:
        return False
    for a in range(end - 1, max(-1, end - 4), -1):
        if lows[a] in INQUIRY_DETS or lows[a] == M:
            return True  # "the review", "the Tarrow Council review panel": the panel's chair
        if not lows[a].replace("-", "").isalpha():
            return False
    return False


INQUIRY_PREPS: Final = frozenset({"into", "of", "on"})


def _inquiry_object(s: Sentence, patient: int, trigs) -> bool:
    """The passive's patient is the object of an inquiry noun ("the inquiry into X is chaired
    by Y", "the review of X, led by Y"): Y leads the inquiry, not X."""
    if not all(t.types == ("LEADS",) for t in trigs):
        return False
    lows = s.lows
    return (
        patient >= 2 and lows[patient - 1] in INQUIRY_PREPS and lows[patient - 2] in INQUIRY_NOUNS
    )


def _indefinite_ending(lows: list[str], end: int) -> bool:
    """An unnamed indefinite noun phrase ends at end: "a" or "an" within the four words up to
    it, with at least one word after the article and no name or sign between."""
    for a in range(end, max(-1, end - 4), -1):
        if lows[a] in INDEFINITE_ARTICLES:
            return a < end
        if lows[a] == M or not lows[a].isalpha():
            return False
    return False


def _led_group_agent(s: Sentence, c: int) -> bool:
    """ "A syndicate headed by hotelier Ruth Okafu is buying X": the name at c leads an
    unnamed group that is the clause's subject; it does not act for the group."""
    lows = s.lows
    b = c - 1
    while b >= 0 and c - b <= 3 and lows[b] != "by" and lows[b].isalpha():
        b -= 1
    if b < 1 or lows[b] != "by" or lows[b - 1] not in LEADING_PARTICIPLES:
        return False
    return _indefinite_ending(lows, b - 2)


def _person_group(s: Sentence, c: int) -> bool:
    """ "Berg group agrees takeover of X": a person's name modifying a group noun names the
    group after its front man; the person is not the subject ("Adani group", a company's own
    name, still is)."""
    lows = s.lows
    return c + 1 < len(lows) and lows[c + 1] in PERSON_GROUPS and s.etypes(c) == {"Person"}


def _split(lows: list[str], m: int) -> bool:
    """The sign between two numbers of a split: "owned 60/40 by", "50:50", "60-40"."""
    return (
        lows[m] in ("/", ":", "-")
        and 0 < m < len(lows) - 1
        and lows[m - 1][:1].isdigit()
        and lows[m + 1][:1].isdigit()
    )


def _reflexive(s: Sentence, c: int, obj_idx: list[int]) -> bool:
    """The subject at c and the object are references to one entity ("when it paid for the
    chain", both resolved to one company): one of them is resolved wrongly."""
    subj = s.ment(c)
    if subj.kind == "name":
        return False
    return any(
        set(subj.ids).intersection(s.ment(x).ids)
        for x in obj_idx
        if s.lows[x] == M and s.ment(x).kind != "name"
    )


# nouns between a modifying name and the participle ("the Alcantil sailcloth and cordage brand")
PREMODIFIED_WORDS: Final = 5


def _premodifier(s: Sentence, m: int, k: int) -> bool:
    """The name at m opens a noun phrase whose head noun ends right before k ("a Cork bakery
    chain owned by", "the Alcantil sailcloth and cordage brand founded by", "The Skarnow
    company, founded by"): a modifier of the head, not the patient of the participle at k."""
    lows = s.lows
    h = k - 1 - (k >= 2 and lows[k - 1] == ",")  # the head noun
    while h > m and (lows[h] in PASSIVE_AUX or lows[h] in ("has", "had", "now", "also")):
        h -= 1  # "The Skarnow company was founded by", "the Harlow drugmaker is now owned by"
    between = lows[m + 1 : h + 1]
    inner = between[1:-1]
    # past a comma or an auxiliary only a firm's head: "The Brenna Bay container terminal is
    # being funded by" names the terminal (a project's name)
    firm = h == k - 1 or s.lex.heads.lookup((lows[h],)) == "Organization"
    return (
        0 < len(between) <= PREMODIFIED_WORDS
        and all(w.replace("-", "").isalpha() for w in between)
        and between[0] not in AND_OR
        and (len(between) <= 3 or inner.count("and") + inner.count("or") == 1)
        and ((lows[h] in s.lex.heads and firm) or lows[h] in MODIFIED_THINGS)
        and m > 0
        and lows[m - 1] in ARTICLES
    )


def _adjuncts_only(s: Sentence, lo: int, hi: int) -> bool:
    """Between two participles only adjuncts: names only after a preposition ("in Cork")."""
    lows = s.lows
    return all(lows[x] != M or lows[x - 1] in PREPOSITIONS for x in range(lo, hi))


def _appositive_head(s: Sentence, k: int, funding: bool = False) -> int:
    """ "put up by Fennick Fibre, a start-up created in 2019 by X": a participle right after an
    appositive's noun describes the name before the appositive's comma, even when that name is
    itself the agent of another verb; else -1. A funding participle reaches past the noun's
    "of" complement too ("X, a maker of baby food backed by Y": X is backed)."""
    lows = s.lows
    a = k - 1
    placed = 3 * _place_in(s, k - 1)  # "a 900-hectare scheme in Sumba financed by X"
    while a >= 0 and _appositive_word(s, a, k):
        reach = 4 + 4 * _counted_head(lows, a, k) + 4 * (funding and "of" in lows[a + 1 : k])
        reach += placed
        if k - a > reach and not _place_det(s, a):
            break
        if lows[a] in SKIP_DETS:
            if a < k - 1 and a >= 2 and lows[a - 1] == "," and lows[a - 2] == M:
                head = a - 2
                if not s.is_det(head) and "Location" not in s.etypes(head):
                    return head
            return -1
        if lows[a] in PASSIVE_AUX or lows[a] in PERFECT or lows[a] in RELATIVE_WH:
            return -1
        a -= 1
    return -1


def _counted_head(lows: list[str], a: int, k: int) -> bool:
    """ "of 12 gyms" right before the participle at k: a counted complement of the
    appositive's noun, which may then reach further back ("the Ardmere chain of 12 gyms")."""
    return k >= 3 and lows[k - 3] == "of" and lows[k - 2].isdigit() and lows[k - 1].isalpha()


def _appositive_word(s: Sentence, a: int, k: int) -> bool:
    """The word at a can sit inside an appositive's noun phrase before the participle at k: a
    word, a count after "of", or a name right after the determiner that modifies a head noun
    ("the Ardmere chain of 12 gyms set up by")."""
    lows = s.lows
    if lows[a] == M:
        return (
            _place_modifier(s, a)
            or (a == k - 1 and _place_in(s, a))
            or (
                _counted_head(lows, a, k)
                and a >= 1
                and lows[a - 1] in SKIP_DETS
                and (not s.is_det(a) and lows[a + 1] in s.lex.heads)
            )
        )
    if lows[a] == "-":  # "a Leeds-based maker", "a 900-hectare scheme"
        return a >= 1 and (lows[a - 1] == M or _number(lows[a - 1]))
    if lows[a + 1] == "-" and _number(lows[a]):
        return True  # "a 20,000-hectare scheme"
    return lows[a].replace("-", "").isalpha() or (
        lows[a].isdigit() and a >= 1 and lows[a - 1] == "of"
    )


def _number(w: str) -> bool:
    """A written number, thousands separated by commas or not ("20,000", "900")."""
    return w.replace(",", "").isdigit()


def _place_modifier(s: Sentence, a: int) -> bool:
    """A place name right after the determiner, modifying a head noun: "a Derby maker of
    bread funded by X", "a Derby-based maker"."""
    lows = s.lows
    h = a + 1 + 2 * (lows[a + 1 : a + 3] == ["-", "based"])  # "a Derby-based maker"
    return (
        a >= 1
        and lows[a - 1] in SKIP_DETS
        and h < len(lows)
        and lows[h] in s.lex.heads
        and s.etypes(a) == {"Location"}
    )


def _place_det(s: Sentence, a: int) -> bool:
    """The determiner before a place modifier ("a Derby maker of bread"): one word more."""
    return s.lows[a] in SKIP_DETS and a + 1 < len(s.lows) and _place_modifier(s, a + 1)


PLURAL_PASSIVE = frozenset({"were", "are", "have", "both", "each", "all"})


def _plural_patients(s: Sentence, patient: int, k: int) -> Mention:
    """ "Ostlake and Pell were both bought by Varro": every coordinated patient, when a plural
    auxiliary or "both" stands between them and the participle at k; else the one patient."""
    between = s.lows[patient + 1 : k]
    if PLURAL_PASSIVE.isdisjoint(between) or M in between:
        return s.ment(patient)
    return s.merged(coord(s, patient, -1))


def _owner_disputed(s: Sentence, m: int, k: int, trigs: tuple[Trigger, ...]) -> bool:
    """ "Varna's plan (to close the yard) has been criticised by X": the owner of the thing a
    dispute is about, with only its words between the possessor at m and the verb at k."""
    if not any("DISPUTES" in t.types for t in trigs) or s.is_det(m):
        return False
    lows = s.lows
    return all(
        s.is_det(x) if lows[x] == M else lows[x].isalpha() or lows[x] in ("-", "'s")
        for x in range(m + 2, k)
    )


def _opens(lows: list[str], k: int) -> bool:
    """The participle at k opens the sentence, after adverbs at most ("Jointly owned by")."""
    return all(w in FRONT_ADVERBS for w in lows[:k])


def _closed_agents(s: Sentence, k: int, agent_idx: list[int]) -> list[int]:
    """ "its rivals include A, which is owned by B, and C": inside a relative clause opened
    with a comma, ", and" after the first agent closes the clause; C is no agent. "Owned by A
    and B, C runs ...": the member after "and" closes a fronted participle's agents."""
    lows = s.lows
    if len(agent_idx) >= 2 and _speaks_next(s, agent_idx[-1]):
        agent_idx = agent_idx[:-1]  # "by A, a Vigo lender, and Ana Gil, its chair, said ..."
    if len(agent_idx) >= 2 and _opens(lows, k):
        last = next(
            (j for j in range(1, len(agent_idx)) if lows[agent_idx[j] - 1] in AND_OR),
            len(agent_idx) - 1,
        )
        return agent_idx[: last + 1]
    if len(agent_idx) < 2 or lows[agent_idx[0] + 1 : agent_idx[1]] != [",", "and"]:
        return agent_idx
    for m in range(k - 1, max(0, k - 4), -1):
        if lows[m] in RELATIVE_WH and lows[m - 1] == ",":
            return agent_idx[:1]
        if lows[m] not in PASSIVE_AUX:
            break
    return agent_idx


# the verbs that open a clause of its own after a list member's appositive ("B, its chair, said")
CLAUSE_VERBS: Final = REPORTING | {"told", "noted", "argued", "insisted", "warned", "claimed"}
# the words that open what such a verb says: "said that", "said it", "said on Monday"
SAID_OPENERS: Final = frozenset({"that", "it", "he", "she", "they", "we", "on", "in", "last", ","})


def _speaks_next(s: Sentence, m: int) -> bool:
    """The last list member at m, after "and", has an appositive of its own and then a verb:
    "and Ana Gil, its chair, said the loan was cheap": the subject of a clause of its own."""
    lows = s.lows
    if m < 1 or lows[m - 1] != "and" or m + 2 >= len(lows) or lows[m + 1] != ",":
        return False
    det = lows[m + 2] in APPOSITIVE_DETS or (lows[m + 2] == M and s.is_det(m + 2))  # "its"
    end = appositive_end(s, m + 2) if det else -1
    if end < 0 or end + 2 >= len(lows) or lows[end + 1] not in CLAUSE_VERBS:
        return False
    nxt = lows[end + 2]  # "said the loan ...", not "said officials" (a speaker inverted)
    return nxt in APPOSITIVE_DETS or nxt in SAID_OPENERS


def founded_with(s: Sentence, k: int, e: int, trigs: tuple[Trigger, ...]) -> bool:
    """ "Her company, Arlo Media, was co-founded in 2019 with her brother, Ken Ward": an
    agentless passive of founding with a partner; the partner founded it, and so did the owner
    of the possessive before the company's name."""
    lows = s.lows
    n = len(lows)
    if not (k >= 2 and lows[k - 1] in PASSIVE_AUX and any("FOUNDED" in t.types for t in trigs)):
        return False
    w = next((p for p in range(e, min(n, e + 5)) if lows[p] in ("with", "by")), -1)
    if w < 0 or lows[w] == "by":
        return False
    partner = -1
    for p in range(w + 1, min(n, w + 6)):
        if lows[p] == M and not s.is_det(p):
            partner = p
            break
        kin = lows[p] in s.lex.person_cues.kin or s.person_head(lows[p])
        if not (s.is_det(p) or lows[p] in SKIP_DETS or lows[p] == "," or kin):
            return False  # "founded with backing from X": no partner
    patient = before_appositive(s, k - 1)
    if partner < 0 or patient < 0 or "Person" not in s.etypes(partner):
        return False
    if s.blocked(patient + 1, partner):
        return False
    tgt = s.ment(patient)
    s.emit(s.merged(coord(s, partner, +1)), ("FOUNDED",), tgt, "verbal/founded-with", 0.7)
    a = patient - 1
    if a >= 1 and lows[a] == ",":
        d = a - 1
        while d >= 0 and a - d <= 3 and lows[d] != M and lows[d].isalpha():
            d -= 1
        if d >= 0 and s.is_det(d) and lows[d] != "its":
            s.emit(s.ment(d), ("FOUNDED",), tgt, "verbal/founded-with", 0.6)  # "Her company, X,"
    return True


def clause_patient(s: Sentence, k: int) -> int:
    """The name a participle's own clause is about: "X, founded by A" (a reduced relative
    right after the name), "X, which was founded by A"; else -1."""
    lows = s.lows
    a = k - 1
    while a >= 0 and lows[a] in PASSIVE_AUX:
        a -= 1
    if a >= 1 and lows[a] in ("which", "who", "that") and a < k - 1:
        a -= 1  # "X, which was founded by"
    elif a != k - 1:
        return -1
    if not (a >= 1 and lows[a] == "," and lows[a - 1] == M):
        return -1
    m = a - 1
    if s.is_det(m) or "Location" in s.etypes(m):
        return -1
    return m


def reduced_founding(s: Sentence, k: int, trigs: tuple[Trigger, ...]) -> bool:
    """ "X, founded in 2019 at Y, ...", "X, launched as a spin-off of Y": a participle of
    founding right after a name and its comma describes that name; it founded nothing."""
    lows = s.lows
    if s.headline or not (k >= 2 and lows[k - 1] == "," and lows[k - 2] == M):
        return False
    if not all(t.participle and "FOUNDED" in t.types for t in trigs):
        return False
    after = lows[k + 1] if k + 1 < len(lows) else ""
    return after in PREPOSITIONS or after == "as" or after[:1].isdigit()


def _other_participle(s: Sentence, e: int, by: int, founding: bool = False) -> bool:
    """ "dismissed the allegations made by X": "by" belongs to a later participle; past a
    founding's time and place an irregular one too ("set up in 2009 with money lent by X"),
    though not a modifier after an article ("founded in a rented barn in Tromso by A")."""
    if s.lows[e:by][:1] == ["and"] and by - e == 2:
        return False  # "founded and led by A": one agent for both participles
    if (
        s.lows[e:by][:1] == ["and"]
        and by - e <= 4
        and SAME_AGENT.issuperset(s.lows[e + 1 : by - 1])
    ):
        return False  # "founded and still run by A", "founded and is still headed by A"
    if _and_auxiliary(s, e, by - 1) or _and_auxiliary(s, e, by):
        return True  # "founded in 1902 and was later run by A": A ran it
    links = _agent_words(s.lex)
    lows = s.lows
    if founding:
        return any(
            w in links
            or w in s.lex.irregular_participles
            or (w.endswith("ed") and len(w) > 4 and lows[m - 1] not in ARTICLES)
            for m, w in enumerate(lows[e:by], e)
        )
    return any(w in links or (w.endswith("ed") and len(w) > 4) for w in lows[e:by])


@per_lexicon
def _agent_words(lex: Lexicon) -> frozenset[str]:
    """`agent_links` and `claim_agents`, joined once per lexicon."""
    return lex.agent_links | lex.claim_agents


PERFECT = frozenset({"has", "have", "had", "having"})
# words between "and" and a second participle that keep the first one's agent: "founded and
# still run by A" (not "later", "then", "now": another agent may have come)
SAME_AGENT = frozenset({"still", "also", "jointly", "is", "are", "was", "were"})
# words between "and" and a second passive participle: "and was later run by", "and has
# since been managed by"
SECOND_PASSIVE = (
    PASSIVE_AUX
    | PERFECT
    | frozenset({"later", "then", "since", "subsequently", "now", "today", "still"})
)


def _perfect(lows: list[str], k: int) -> bool:
    """ "has (also, long, repeatedly) opposed": a perfect tense, active, not a passive."""
    for m in range(k - 1, max(-1, k - 3), -1):
        if lows[m] in PERFECT:
            return True
        if not (lows[m].endswith("ly") or lows[m] in ("also", "long", "already", "since")):
            return False
    return False


def _fronted_patient(s: Sentence, last_agent: int) -> int:
    """ "Founded in 2011 by Dr. A and Dr. B, the lab sells kits": the main clause's subject,
    right after the comma that closes the participle phrase; else -1."""
    lows = s.lows
    n = len(lows)
    c = last_agent + 1
    while c < n and c - last_agent <= 6 and lows[c] != "," and lows[c] not in PUNCT_STOP:
        c += 1  # "by A in a garage in Leeds,"
    if c >= n or lows[c] != ",":
        return -1
    p = c + 1
    named = _past_agent_appositive(s, p)
    if named >= 0:
        return named  # "Acquired by A, the Uppsala-based optics maker, Pell Optics will ..."
    if _unbound_description(s, p):
        return -1  # "Bought by A in 2019, the company later acquired C": not C
    while p < n and p - c <= 4 and lows[p] != M and (lows[p] in ARTICLES or lows[p].isalpha()):
        p += 1  # "the Leeds brewer X"
    return p if p < n and lows[p] == M and not s.is_det(p) else -1


AGENT_ASIDE_REACH: Final = 16  # words of a relative clause after the agent's appositive


def _past_agent_appositive(s: Sentence, p: int) -> int:
    """At p, an appositive of the fronted agent set off by commas (and a relative clause after
    it), then the main clause's named subject: "Owned since 2010 by A, the Dijon-based wine
    group, which has ten estates, Sorrow Hill exports ...": Sorrow Hill; else -1."""
    lows = s.lows
    n = len(lows)
    if p >= n or lows[p] not in ARTICLES:
        return -1
    end = appositive_end(s, p, relative=True, hyphen=True)
    if 0 <= end < n - 1 and lows[end + 1] in ("which", "who"):
        stop = min(n, end + AGENT_ASIDE_REACH)
        end = next((q for q in range(end + 2, stop) if lows[q] == ","), -1)
    q = end + 1
    return q if 0 < q < n and lows[q] == M and not s.is_det(q) else -1


def _unbound_description(s: Sentence, p: int) -> bool:
    """At p, an article and a description ("the company", "the group") that no name follows:
    a reference left unbound, which is the clause's subject."""
    lows = s.lows
    if p + 1 >= len(lows) or lows[p] not in ARTICLES:
        return False
    hit = s.lex.anaphora.match(lows, p + 1)
    return hit is not None and p + 1 + hit[0] < len(lows) and lows[p + 1 + hit[0]] != M


def _candidates(
    s: Sentence, k: int, trigs: tuple[Trigger, ...], verbish: bool, inner: int
) -> list[int]:
    """The subject candidates of the trigger at k, nearest first (`inner`: the agent inside a
    nominal trigger, or -1)."""
    lows = s.lows
    cands = [inner] if inner >= 0 else subjects(s, k, verbish, aside=True)
    if verbish:
        cands = shared_subject(s, k, [c for c in cands if not _governed_opening(s, c, k)])
    elif k >= 1 and lows[k - 1] in ARTICLES:
        named = apposed_object(s, k - 1, -1)  # "bought the maker of X, Kessel Bio": Kessel
        cands = [named] if named >= 0 else cands
        if named < 0 and k >= 2 and verb_like(s, k - 2):
            cands = shared_subject(s, k - 2, cands)  # "bought B and struck an alliance with C"
    if not verbish:
        cands = second_predicate(s, k, cands)  # "X is a unit of Y and is based in Z"
    if not cands and all(t.types == ("PARTNERS_WITH",) for t in trigs):
        cands = made_by_second_verb(s, k)  # "X, the Leeds maker, won Y and agreed a tie-up"
    head = past_relative(s, k)
    if head == UNNAMED:
        return []  # "The fund, which Tom Reed set up in 2010, owns Pell Stores": not Reed
    if head >= 0 and (not cands or head < cands[0]):
        cands = [head] + [c for c in cands if c != head and c < head]
    described = _described_relative(s, k) if verbish else appositive_anchor(s, k)
    if described < 0 and verbish:
        described = _product_relative(s, k)
    if described >= 0:
        cands = [described] + [c for c in cands if c != described]
    if not cands and verbish and any(CONFLICT_TYPES.intersection(t.types) for t in trigs):
        agent = acting_for(s, k)  # "Regulators at the FCA fined X"
        cands = [agent] if agent >= 0 else []
    if len(cands) > 1 and lows[k - 1] == "to" and _subject_controlled(lows, cands[0]):
        cands = cands[1:]  # "Novak left Kestrel in 2014 to found Brisa": Novak founded it
    kin = (
        kin_subject(lows, k, s.lex.person_cues.kin, lambda p: pronoun_word(s, p)) if verbish else -1
    )
    if kin >= 0:  # "Ivo joined, and his sister alone manages it": not Ivo
        cands = [c for c in cands if c > kin + 1]
    return [c for c in cands if not (_led_group_agent(s, c) or _person_group(s, c))]


def svo(s: Sentence, hits: list[Hit]) -> None:
    """Each trigger between a subject and an object; a passive participle is read as such, and
    a verb without object may close a relative clause ("X, the platform he owns")."""
    object_of: dict[int, list[int]] = {}  # last object -> its subjects ("sued X and criticized Y")
    verb_ends = {e for _, e, trigs in hits if any(t.family == "verb" for t in trigs)}
    verbs = frozenset(k for k, _, trigs in hits if any(t.family == "verb" for t in trigs))
    first: list[tuple[int, list[int]]] = []  # the first verb's subject
    for k, e, trigs in hits:
        verbish = any(t.family == "verb" for t in trigs)
        if _read_apart(s, k, e, trigs, verbish) or (not verbish and represented(s, k)):
            continue  # "an adviser to the founder of X": not the adviser's founding
        cands = _candidates(s, k, trigs, verbish, _inner_agent(s, k, e) if not verbish else -1)
        cands = opening_subjects(s, k, cands) if verbish else cands
        at = -1 if verbish or not cands else site_holder_verb(s, k, trigs, cands[0])
        made = -1 if verbish or at >= 0 else _made_at(s, k, trigs)
        at = made if made >= 0 else at
        sk, sv = (at, True) if at >= 0 else (k, verbish)
        held = _candidates(s, at, trigs, True, -1) if at >= 0 else []
        if held and (made >= 0 or not s.is_det(held[0])):  # "X sells to Y and runs a mine"
            cands = held
        else:
            sk, sv = k, verbish
        if not cands or (not verbish and reported_act(s, cands[0], k)):
            continue  # "CFO Mira Pell said the purchase of X": she speaks, she buys nothing
        if (
            not verbish
            and all(is_deal(t.types) for t in trigs)
            and object_of_earlier(s, cands[0], k)
        ):
            continue  # "the purchase of B in March and an investment in C": B invests nothing
        nearest = cands[0]
        if verbish and any(CONFLICT_TYPES.intersection(t.types) for t in trigs):
            cands = _first_clause_subject(s, k, cands, first[0][0] if first else -1)
        cands, subj_lists = _subject_lists(s, sk, cands, sv, first, object_of)
        cands, subj_lists = main_clause_subjects(s, sk, cands, subj_lists)
        subj_lists = [_not_objects(s, lst, verb_ends) for lst in subj_lists]
        if verbish and any(CONFLICT_TYPES.intersection(t.types) for t in trigs):
            subj_lists[0] = _with_principal(s, cands[0], subj_lists[0])
        if verbish and not first:
            first.append((cands[0], subj_lists[0]))
        if verbish and s.context.owners and _owners_of(s, k, e, trigs, cands, subj_lists):
            continue
        obj = _object(s, k, e, trigs)
        if obj >= 0 and not verbish and _agent_follows(s, obj) and not _sold_to(trigs):
            continue  # "financed the purchase of X by Y": Y's purchase (nominal/by-agent)
        if obj >= 0:
            _read_object(s, k, e, trigs, cands, subj_lists, obj, object_of, verbs)
        elif verbish and k - nearest - 1 <= 2:
            relative(s, nearest, e, trigs, subj_lists[0])


def site_holder_verb(s: Sentence, k: int, trigs: tuple[Trigger, ...], nearest: int) -> int:
    """The verb running the site noun trigger at k (`site_verb`): its subject holds the site,
    unless the nearest name is a preposition's object other than an example or an agent
    ("sells to councils, including Y, and runs a mine in C", "X, which was bought by Y, runs
    a plant in C": X); else -1."""
    if any(t.types != ("LOCATED_IN",) for t in trigs):
        return -1
    if prep_before(s, nearest) and not _example_or_agent(s.lows, nearest):
        return -1  # measured: "under a deal with Y, the company runs ..." is best left alone
    v = site_verb(s, k)
    if v >= 1 and any(w in RELATIVES for w in s.lows[max(0, v - 2) : v]):
        return -1  # "to A and B, which has its base in C": the relative clause binds B alone
    return v


def _made_at(s: Sentence, k: int, trigs: tuple[Trigger, ...]) -> int:
    """The verb of making whose goods are made at the site noun trigger at k ("X grinds 900
    tonnes of oats a day at its mill in C": X holds the mill), else -1 (`made_at_sites`)."""
    if any(t.types != ("LOCATED_IN",) for t in trigs):
        return -1
    return making_verb(s, k)


EXAMPLE_OR_AGENT: Final = frozenset({"including", "by", "as", "among", "of"})


def _example_or_agent(lows: list[str], m: int) -> bool:
    """The name at m follows "including", "such as", "among" or "by" (past an article)."""
    p = m - 1
    while p >= 0 and lows[p] in SKIP_DETS:
        p -= 1
    return p >= 0 and lows[p] in EXAMPLE_OR_AGENT


def _subject_controlled(lows: list[str], c: int) -> bool:
    """The name at c is the object of a verb whose subject does the next infinitive, right
    before it or past a short descriptor: "beat Norvik to buy", "beat rival bidder Norvik to
    buy" (the subject of "beat" buys)."""
    for j in range(1, 5):
        w = lows[c - j] if c - j >= 0 else ""
        if w in SUBJECT_CONTROL:
            return True
        if w == M or not w.isalpha() or w in CLAUSE_STOP:
            return False
    return False


def _read_apart(s: Sentence, k: int, e: int, trigs: tuple[Trigger, ...], verbish: bool) -> bool:
    """Whether the trigger at k..e is read by a rule of its own (a passive, a founding) or has
    no subject to give (a possessed noun with no owner, a ranking's scope, an unnamed actor);
    the rules tried here may emit what they read."""
    if any(t.participle for t in trigs) and passive(s, k, e, trigs):
        return True
    if founded_with(s, k, e, trigs):
        return True
    if e < len(s.lows) and s.lows[e - 1] == "to" and s.lows[e] in DELIVERY_INFINITIVES:
        return True  # "lost a contract to supply gearboxes to X": X gets the gearboxes
    if reduced_founding(s, k, trigs):
        return True  # "Quantiv, founded in 2019 at Halden University": Quantiv was founded
    if not verbish and s.lows[k] in POSSESSED_NOUNS and not _possessed(s, k):
        return True  # "participation from A and existing investors including B": whose?
    if not verbish and _people_object(s, k):
        return True  # "X has coached the founders of Y": X is not a founder
    if not verbish and _unowned_sale(s, k):
        return True  # "X approved the sale to Y": whose sale?
    if not verbish and all(t.types == ("LOCATED_IN",) for t in trigs) and ranking_scope(s, k):
        return True  # "It is among the biggest plants in Canada": a ranking's scope
    if not verbish and all(t.types == ("LOCATED_IN",) for t in trigs) and no_site(s, k):
        return True  # "margins at refineries in Asia fell", "a customer base in Scandinavia"
    if verbish and all(set(t.types) <= STAKE_TYPES for t in trigs) and unnamed_subject(s, k):
        return True  # "the government pledged €5m for X": no named entity acts
    return False


def _inner_agent(s: Sentence, k: int, e: int) -> int:
    """ "the lawsuit Pell Auto filed against X", "a case that A brought against B": the name
    inside a noun trigger's gap that a verb of its own follows is the agent; else -1."""
    lows = s.lows
    for m in range(k + 1, e - 1):
        if lows[m] == M and not s.is_det(m):
            w = lows[m + 1]
            if w.isalpha() and (
                (w.endswith("ed") and len(w) > 3) or w in s.lex.irregular_participles
            ):
                return m
    return -1


def _described_relative(s: Sentence, k: int) -> int:
    """ "bought by Ravn Media, the Oslo-based group that owns Z": a relative clause on a
    description in apposition to a name; the name is the subject, even after a preposition;
    else -1."""
    lows = s.lows
    a = k - 1
    while a >= 0 and (lows[a] in AUXILIARIES or lows[a] in ("also", "now", "still")):
        a -= 1
    if a < 4 or lows[a] not in ("that", "which", "who"):
        return -1
    a -= lows[a] in ("which", "who") and lows[a - 1] == ","  # "the Trondal maker, which"
    placed = past_placed(s, a - 1)  # "a smaller joinery in Hexham that": the noun ends before
    a = placed if placed > 0 else a
    d = a - 1
    while d >= 0 and a - d <= 6 and lows[d] not in SKIP_DETS:
        w = lows[d]
        city = w == M and (lows[d + 1] == "-" or (lows[a] == "," and d == a - 2))
        if not (w.replace("-", "").isalpha() or w == "-" or city):
            return -1
        d -= 1
    if d < 2 or lows[d] not in SKIP_DETS or lows[d - 1] != "," or lows[d - 2] != M:
        return -1
    head = d - 2
    if s.is_det(head) or "Location" in s.etypes(head):
        return -1
    if lows[a - 1] not in s.lex.heads and not _echoed_noun(s, head, lows[a - 1]):
        return -1
    return head


def _echoed_noun(s: Sentence, head: int, noun: str) -> bool:
    """The description's noun repeats the last word of the name it describes ("Penfold
    Joinery, a smaller joinery that"): a company, whatever its trade."""
    return any(i.rsplit("-", 1)[-1] == noun for i in s.ment(head).ids) and noun.isalpha()


def _product_relative(s: Sentence, k: int) -> int:
    """ "Tarsa makes the K7 scooter, which undercuts Ravelle's Z3": a ", which" clause on a
    named product with its head noun after it; the product is the subject, never its maker;
    else -1."""
    lows = s.lows
    a = k - 1
    while a >= 0 and (lows[a] in AUXILIARIES or lows[a] in ("also", "now", "still")):
        a -= 1
    if a < 3 or lows[a] != "which" or lows[a - 1] != ",":
        return -1
    for d in range(a - 2, max(-1, a - 5), -1):
        if lows[d] == M:
            named = d < a - 2 and "Product" in s.etypes(d) and not s.is_det(d)
            return d if named else -1
        if not lows[d].isalpha():
            return -1
    return -1


def _governed_opening(s: Sentence, c: int, k: int) -> bool:
    """ "Shareholders of Harlow Mining voted against ...", "At Pell Bank, ...": the sentence's
    opening name governed by a preposition is no subject (the subject search offers it as a
    last resort); unless it names whom the people before it act for ("Regulators at X fined",
    `acting_for` in loaders/data/triggers.yaml, which `acting_for()` reads)."""
    lows = s.lows
    if c != opening_mention(s) or _relative_antecedent(lows, c, k):
        return False
    p = c - 1 - (c >= 1 and lows[c - 1] in SKIP_DETS)
    if p < 0 or lows[p] not in PREPOSITIONS:
        return False
    if p == 0:
        return True
    # "Investors including Harlow Bank have sued": an example of the subject acts too
    return lows[p] not in EXAMPLE_PREPS and lows[p - 1] not in s.lex.acting_for


EXAMPLE_PREPS = frozenset({"including", "like"})


def _relative_antecedent(lows: list[str], c: int, k: int) -> bool:
    """The verb at k is in a relative clause on the name at c: "For Quorin, which competes with
    Delmar, ..." (Quorin competes, though "For" governs it)."""
    if not (c + 2 < k and lows[c + 1] == "," and lows[c + 2] in ("which", "who")):
        return False
    return all(w != "," and w not in PUNCT_STOP for w in lows[c + 3 : k])


def _not_objects(s: Sentence, idx: list[int], verb_ends: set[int]) -> list[int]:
    """A subject list without the members an earlier verb takes as its objects: "Varo acquired
    Brent Oil and Kell Gas sued Tamsin" (Kell Gas alone sued: Brent Oil is Varo's object)."""
    lows = s.lows
    for n, m in enumerate(idx[:-1]):
        if m in verb_ends or (m >= 1 and lows[m - 1] in SKIP_DETS and m - 1 in verb_ends):
            return idx[n + 1 :] if n + 1 < len(idx) else idx
    return idx


def _owners_of(
    s: Sentence,
    k: int,
    e: int,
    trigs: tuple[Trigger, ...],
    cands: list[int],
    subj_lists: list[list[int]],
) -> bool:
    """ "The trust accused the club's owners of neglect": a dispute with the owners named
    earlier, not with the club; True when the object was such owners."""
    if not any(CONFLICT_TYPES.intersection(t.types) for t in trigs):
        return False
    owners = owners_object(s, e)
    if owners is None:
        return False
    c = cands[0]
    if s.blocked(c + 1, e) or embedded_subject(s, c, k) or urged(s, c, k):
        return True
    subject = s.merged(subj_lists[0])
    if subject.shares(owners):
        return True
    for t in trigs:
        if s.emit(subject, t.types, owners, "verbal/svo", t.confidence * 0.9, t):
            break
    return True


def _subject_lists(
    s: Sentence,
    k: int,
    cands: list[int],
    verbish: bool,
    first: list[tuple[int, list[int]]],
    object_of: dict[int, list[int]],
) -> tuple[list[int], list[list[int]]]:
    """Subject candidates and, for each, the coordinated subjects it stands for."""
    lows = s.lows
    subj = cands[0]
    gap_words = list(lows[subj + 1 : k])
    if verbish and first and _comma_and_before(lows, k):
        # "X owns Y, a maker it bought in 2021, and competes with Z": X competes; "X has
        # bought A and B, and now competes with C": X, not B
        return [first[0][0]], [first[0][1]]
    if subj in object_of and gap_words and all(w in CONTINUATIONS for w in gap_words):
        return [subj], [object_of[subj]]  # "Musk sued OpenAI and criticized Altman"
    if subj in object_of and _prep_phrase_then_and(s, subj, k):
        # "which bought Tolland from Skarvik Lines and sued Ferro": the buyer sued
        return [subj], [object_of[subj]]
    opening = _opening_subject(s, k, subj) if verbish else -1
    if opening >= 0:
        return [opening], [coord(s, opening, +1)]
    return cands, [with_companions(s, _clause_list(s, c), k) for c in cands]


def _clause_list(s: Sentence, c: int) -> list[int]:
    """The subjects coordinated with the one at c, leftwards; an unnamed subject after ", and"
    that follows a list already closed by "and" opens a clause of its own ("combined A and B,
    and the business later acquired C": the business, not A and B), and so does a pronoun
    after ", and" ("set it up with her brother, Tom Reed, and she runs it": she alone)."""
    idx = coord(s, c, -1)
    lows = s.lows
    m = s.ments[c]
    if (
        len(idx) < 2
        or m is None
        or m.kind not in ("np", "pronoun")
        or lows[c - 2 : c] != [",", "and"]
    ):
        return idx
    return [c] if m.kind == "pronoun" or "and" in lows[idx[0] : c - 2] else idx


CONTINUATIONS = frozenset({"and", ",", "then", "also", "later"})


def _prep_phrase_then_and(s: Sentence, subj: int, k: int) -> bool:
    """Between the object at `subj` and the verb at k, a prepositional phrase and "and" only:
    "bought A from B and sued C", "bought A in 2019 for $5m and sued C"."""
    lows = s.lows
    gap = lows[subj + 1 : k]
    if not gap or gap[0] not in PREPOSITIONS or gap[-1] != "and":
        return False
    return all(w == M or w in PREPOSITIONS or w in SKIP_DETS or w.isalnum() for w in gap[:-1])


def _opening_subject(s: Sentence, k: int, subj: int) -> int:
    """ "Meridian chartered ships from A and B, and has since sued C": after ", and", the
    nearest names are a preposition's objects; the sentence's opening name is the subject
    (else -1)."""
    if not _comma_and_before(s.lows, k) or not prep_before(s, coord(s, subj, -1)[0]):
        return -1
    opening = opening_mention(s)
    if opening < 0 or opening >= subj or s.is_det(opening) or s.lows[opening + 1] == "'s":
        return -1
    return opening


# words between ", and" and the verb it coordinates: "..., and now competes with C"
VERB_ADVERBS: Final = frozenset({"now", "also", "later", "then", "still", "since", "soon", "today"})


def _comma_and_before(lows: list[str], k: int) -> bool:
    """ ", and" before the verb at k, past adverbs and auxiliaries ("..., and has since sued")."""
    a = k - 1
    while (
        a >= 2
        and k - a <= 3
        and (lows[a] in VERB_ADVERBS or lows[a] in AUXILIARIES or lows[a].endswith("ly"))
    ):
        a -= 1
    return a >= 1 and lows[a] == "and" and lows[a - 1] == ","


def _agentless_charge(s: Sentence, k: int, trigs: tuple[Trigger, ...]) -> bool:
    """A dispute participle after a passive auxiliary with no "by" agent ("is accused in Y's
    lawsuit of", "was criticised at Y's meeting"): its subject is the one disputed, and a name
    after it is no object it acts on."""
    lows = s.lows
    w = lows[k]
    if k < 1 or lows[k - 1] not in PASSIVE_AUX or lows[k - 1] in ("get", "got"):
        return False
    if not (w.endswith("ed") or w in s.lex.irregular_participles):
        return False
    return all(t.types == ("DISPUTES",) and not t.reverse for t in trigs)


def _object(s: Sentence, k: int, e: int, trigs: tuple[Trigger, ...]) -> int:
    """The object after the trigger ending at e, else -1."""
    lows = s.lows
    gap = min((t.object_gap for t in trigs if t.object_gap is not None), default=OBJ_GAP)
    funds = any("FUNDS" in t.types for t in trigs)
    if e == k + 1:
        e = aside_end(s, e)  # "acquired, for $40m in cash, the Ohio-based X"
    if (
        e < len(lows)
        and lows[e] in QUOTE_MARKS
        and any(w in QUOTE_MARKS for w in lows[max(0, k - 3) : k])
    ):
        e += 1  # 'said she "fully supports" the X project': the quoted verb's object after it
    if _gap_object(s, k, e, trigs):
        return k + 1  # "took Holm to court in Hamburg", "hit Vexa with a lawsuit"
    if (e := dated_slot(s, e)) < 0:
        return -1  # "sold its majority stake in 2017 to X": a date, then the buyer
    if _stranded(lows, k, e):
        return -1  # "the firm that X competes with in Chile": a stranded preposition
    if _agentless_charge(s, k, trigs):
        return -1  # "X is accused in Y's lawsuit of fraud": X is the one accused
    if lows[e - 1] == "from" and funds:
        if (owner := fund_owner_after(s, e)) >= 0:
            return owner  # "got €5m from a fund set up by X": the fund's maker
    if (held := _gap_possessor(s, k, e, trigs)) >= 0:
        return held  # "voted for Ann Vey's proposal to sell X": the proposal's owner
    obj = right(s, e, gap)
    apposed = apposed_object(s, e, obj)  # "bought the maker of Velora, Kessel Bio"
    obj = max(obj, apposed)
    if funds and (held := possessed_project(s, e)) >= 0:
        obj = apposed = held  # "will help fund its next scheme, Tidewater": the project
    if obj > e and lows[obj - 1] == "what":
        obj = -1  # "attacked its board over what Grint calls ...": the free relative's subject
    if obj > e and _reduced_relative(s, e, obj):
        obj = -1  # "launched a van competing with Draxton": the van's rival, no object
    if obj < 0:
        obj = appositive_object(s, e)
    if obj < 0 and lows[e - 1] == "from" and funds:
        obj = funder_after_unnamed(s, e)  # "gets its money from the state and Harlan Bank"
    if obj < 0:
        # "bankrolled Quillora via": the object sits inside the trigger's gap
        obj = next((m for m in range(k + 1, e) if lows[m] == M), -1)
    if obj < 0:
        obj = including(s, e)
    if obj < 0 and all("DISPUTES" in t.types for t in trigs):
        obj = _possessed_conjunct(s, e)  # "attacked the merger and Quillex's fees"
    if obj < 0 and e < len(lows) and lows[e] == M and s.is_det(e):
        if s.ment(e).word in ("his", "her") and all("DISPUTES" in t.types for t in trigs):
            obj = e  # "criticised her handling of", "questioned his figures": the possessor
    if obj < 0 or (
        "Location" in s.etypes(obj) and not any("Location" in (t.target or ()) for t in trigs)
    ):
        # "runs the lending start-up Fernpay", "heads the Oslo shipping group Varnes"
        alt = described_object(s, e)
        obj = alt if alt >= 0 else obj
    if obj < 0 and funds:
        obj = amount_object(s, e)  # "is to fund the last €90m of X"
    if obj < 0:
        return obj
    return _checked_object(s, e, _modifier_name(s, obj), apposed, trigs)


def _checked_object(s: Sentence, e: int, obj: int, apposed: int, trigs: tuple[Trigger, ...]) -> int:
    """The object found for the trigger ending at e, or -1 where what follows says it is not
    the trigger's object (a part of it, a client, a seller, another clause's object)."""
    lows = s.lows
    if _names_a_part(s, obj, trigs):
        return -1  # "leads the Harlow Bank team": the team, not the bank
    if _leads_only(trigs) and _runs_a_site(s, obj):
        return -1  # "she runs the factory": a site of the firm, not the firm
    if names_a_thing(s, obj, trigs):
        return -1  # "attacked the board over the Brunello deal": the deal, not Brunello
    if obj >= e and _questioned_person(s, obj, trigs):
        return -1  # "is to question Omar Drell": an interview, no dispute
    if apposed < 0 and any(e < x < obj for x in s.starts):
        return -1
    if obj > e and _part_of(s, e, obj, trigs):
        return -1  # "bought the assets of X": something of X's, not X
    if obj > e and _new_clause_before(s.lows, e, obj):
        return -1  # "which Ana Kell founded in 2001 after leaving Pell Stores": leaving's object
    if obj > e and unnamed_object_before(s, e, obj):
        return -1  # "buys a tile maker as the Orrin row goes on": the maker is the object
    if obj > e and _founded_across(s, e, obj, trigs):
        return -1  # "launched a hostile bid for X": the bid was launched, not X
    if obj > e and (lows[e] == "with" or tuple(lows[e : e + 2]) in JOINT_WITH):
        return -1  # "which she co-founded with her husband, X": a partner, not the object
    if obj > e and "for" in lows[e:obj] and all(set(t.types) <= OWNED_THINGS for t in trigs):
        return -1  # "operates flights for X", "manages the pension fund for X": a client
    if obj > e and lows[obj - 1] == "," and obj + 1 < len(lows) and lows[obj + 1] in REPORTING:
        return -1  # "invested $20m in the stadium, Kessel Foods said": the speaker
    if obj > e and _claim_author(s, e, obj, trigs):
        return -1  # "battles a lawsuit brought by X": the suit's author, no rival
    if obj > e and _bought_from_or_on(s, e, obj, trigs):
        return -1  # "acquired from the Norland firm X": a seller; "capacity on X": a carrier
    before = obj - 1 - (lows[obj - 1] in SKIP_DETS) if obj > 0 else -1
    if before >= e and lows[before] == "from":
        if any(CONFLICT_TYPES.intersection(t.types) for t in trigs) and _goods_maker(s, e) == obj:
            return obj  # "goes up against phones from Bexo": the maker is the rival
        return -1  # "agreed to buy four aircraft from Skyline": a seller, not the object
    return obj


def _claim_author(s: Sentence, e: int, obj: int, trigs: tuple[Trigger, ...]) -> bool:
    """A conflict verb whose object phrase is a claim ("battles a lawsuit brought by X"): the
    name is the claim's author (the litigation rules read it), no rival; nor is the claim's
    venue disputed ("is fighting a lawsuit in a Winnipeg court")."""
    claims = s.lex.claim_nouns
    if not any(w in claims for w in s.lows[e:obj]):
        return False
    if any("COMPETES_WITH" in t.types for t in trigs):
        return True
    venue = "Location" in s.etypes(obj) or forum(s, obj)
    return venue and any("DISPUTES" in t.types for t in trigs)


def _bought_from_or_on(s: Sentence, e: int, obj: int, trigs: tuple[Trigger, ...]) -> bool:
    """A verb of owning whose object is a described seller or the carrier of a service bought
    (`bought_services`)."""
    if not all("OWNS" in t.types and set(t.types) <= OWNED_THINGS for t in trigs):
        return False
    return described_seller(s, e, obj) or service_carrier(s, e, obj)


# adjunct prepositions right after a trigger's own ("partnered with since 2020"): the
# trigger's object is the head of a relative clause
STRANDING: frozenset[str] = frozenset({"in", "since", "for", "at", "on", "during", "until"})


def _stranded(lows: list[str], k: int, e: int) -> bool:
    """The trigger at k..e ends in a preposition left stranded by an object relative: "the
    firm that X competes with in Chile", "a start-up that X has worked with since 2020"."""
    if not (0 < e < len(lows) and lows[e - 1] in PREPOSITIONS and lows[e] in STRANDING):
        return False
    a = k - 1
    while a >= 0 and (lows[a] in AUXILIARIES or lows[a] in ("also", "long", "now", "still")):
        a -= 1
    return a >= 1 and lows[a] == M and lows[a - 1] in ("that", "which", "whom")


def _possessed_conjunct(s: Sentence, e: int) -> int:
    """ "attacked the merger and Quillex's fees": a described thing, "and", then a named
    possessor's thing (whose criticism disputes the possessor); its position, else -1."""
    lows = s.lows
    n = len(lows)
    if e >= n or lows[e] not in SKIP_DETS:
        return -1
    q = e + 1
    while q < n and q - e <= 3 and lows[q].replace("-", "").isalpha() and lows[q] != "and":
        q += 1
    if not (q + 3 < n and q > e + 1 and lows[q] == "and" and lows[q + 1] == M):
        return -1
    x = q + 1
    if s.is_det(x) or lows[x + 1] not in POSSESSIVE_MARKS or not lows[x + 2].isalpha():
        return -1
    thing = [w for w in lows[x + 2 : x + 5] if w.isalpha()]
    return -1 if any(s.person_head(w) for w in thing) else x  # "X's former chief": a person


def _sold_to(trigs: tuple[Trigger, ...]) -> bool:
    """A reversed trigger whose object is the buyer ("was sold to Y by Z", "the sale to Y by
    Z"): the agent after it is the seller, not a buyer of its own."""
    return all(t.reverse for t in trigs)


def _agent_follows(s: Sentence, obj: int) -> bool:
    """ "the purchase of Kell Gas by Varo Energy": an agent after the noun trigger's object."""
    last = coord(s, obj, +1)[-1]
    return last + 2 < len(s.lows) and s.lows[last + 1] == "by" and agent_after(s, last + 2) >= 0


CLAUSE_OPENERS = frozenset(
    {"after", "before", "since", "until", "while", "when", "although", "because", "unless"}
)
# words opening a clause of condition or time after an object ("buy X if shareholders approve")
SUBORDINATORS: frozenset[str] = CLAUSE_OPENERS | CONDITIONS | {"once"}


def _new_clause_before(lows: list[str], e: int, obj: int) -> bool:
    """A subordinate clause or an -ing verb after a preposition opens between the trigger and
    the name: "founded in 2001 after leaving X", "grew by buying X"."""
    for x in range(e, obj):
        w = lows[x]
        if w in CLAUSE_OPENERS and x + 1 < obj and lows[x + 1].endswith("ing"):
            return True
        if w.endswith("ing") and len(w) > 4 and x > e and lows[x - 1] in PREPOSITIONS:
            return True
    return False


ACROSS_PREPS = frozenset({"for", "against", "into", "with", "on", "over", "at", "to"})


def _founded_across(s: Sentence, e: int, obj: int, trigs: tuple[Trigger, ...]) -> bool:
    """ "launched a hostile bid for X", "set up a venture with X", "started talks with X": a
    verb of founding whose object lies past a noun and a preposition founded the noun."""
    if not all(t.types == ("FOUNDED",) for t in trigs):
        return False
    lows = s.lows
    return any(lows[x] in ACROSS_PREPS for x in range(e + 1, obj)) and lows[e] not in ACROSS_PREPS


def _names_a_part(s: Sentence, obj: int, trigs: tuple[Trigger, ...]) -> bool:
    """ "leads the Harlow Bank team", "runs the Varo Energy gas business": the name modifies a
    noun for a part of the company (`part_heads`); leading or owning that part is not leading or
    owning the company (a dispute with it is a dispute with the company)."""
    if any(CONFLICT_TYPES.intersection(t.types) for t in trigs):
        return False
    lows = s.lows
    if owns_a_fund(lows, obj):
        return True  # "invested in Harlow's third fund": the fund, not its manager
    n = len(lows)
    q = obj + 1
    word = lows[q].replace("-", "") if q < n else ""  # "the Varo deep-sea unit": hyphened too
    if q < n and lows[q] not in PART_HEADS and word.isalpha() and lows[q] not in PREPOSITIONS:
        if lows[q] in SUBORDINATORS:
            return False  # "will buy X if shareholders approve": a clause, not "X shareholders"
        q += 1  # "the Varo Energy gas business"
    sites = s.lex.place_cues.sites
    if _leads_only(trigs) and any(p < n and lows[p] in sites for p in (obj + 1, q)):
        return True  # "manages the Dunmore factory", "runs the Kelby copper smelter": a site
    if _leads_only(trigs) and _names_a_panel(lows, obj, q, s.lex.topic_heads):
        return True  # "chairs the House transport committee": the committee, not the House
    if _leads_only(trigs) and any(p < n and lows[p] in HEADED_PARTS for p in (obj + 1, q)):
        return True  # "heads the Velta brand at Brisk": the brand's head leads no company
    if s.etypes(obj) == {"Product"}:
        return False  # "makes the Lifto robotic arm": a product has no units; the arm is it
    return q < n and lows[q] in PART_HEADS and lows[q - 1] not in AND_OR


def _names_a_panel(lows: list[str], obj: int, q: int, panels: frozenset[str]) -> bool:
    """The name at obj modifies a committee, panel or inquiry ("the Senate banking committee",
    "the Authority's merger panel"): chairing it leads no more than the panel."""
    n = len(lows)
    if obj + 1 < n and lows[obj + 1] == "'s":
        return any(lows[p] in panels for p in range(obj + 2, min(n, obj + 4)))
    return any(p < n and lows[p] in panels for p in (obj + 1, q))


def _questioned_person(s: Sentence, obj: int, trigs: tuple[Trigger, ...]) -> bool:
    """A person named as the object of "question" ("police questioned Lena Fosk"), not a
    possessor ("questioned his figures", "questioned Reed's plan")."""
    if not any(t.words[0].startswith("question") for t in trigs):
        return False
    m = s.ment(obj)
    owner = obj + 1 < len(s.lows) and s.lows[obj + 1] in POSSESSIVE_MARKS
    return m.kind == "name" and not owner and s.type_of(m.ids[0]) == "Person"


def _runs_a_site(s: Sentence, obj: int) -> bool:
    """The object is a description of a site ("runs the factory", "manages the plant"): heading
    a site or function of a firm is not leading the firm (a resolved site keeps its noun,
    `references.reference_mention`). A site noun that is also a kind of firm ("runs the
    brewery", "the bakery": `lex.kinds`) may be the firm itself."""
    m = s.ment(obj)
    return m.kind == "np" and m.word in s.lex.place_cues.sites and not s.lex.kinds.get(m.word)


def _leads_only(trigs: tuple[Trigger, ...]) -> bool:
    """Every trigger gives LEADS alone ("runs", "manages", "heads")."""
    return all(t.types == ("LEADS",) for t in trigs)


def _part_of(s: Sentence, e: int, obj: int, trigs: tuple[Trigger, ...]) -> bool:
    """ "bought the assets of X", "acquired the European business of X", "lent money to the
    buyer of X": the object is a part, asset or person of X (`part_nouns`), not X itself; a
    dispute or rivalry with it still concerns X ("criticised the board of X")."""
    if any(CONFLICT_TYPES.intersection(t.types) for t in trigs):
        return False
    lows = s.lows
    p = obj - 1
    if p - 2 > e and lows[p] in SEAT_PARTICIPLES and lows[p - 1] == "-" and lows[p - 2] == M:
        p -= 3  # "the dredging business of Leeds-based X": the seat modifies X
    p -= lows[p] in SKIP_DETS
    return p - 1 >= e and lows[p] == "of" and lows[p - 1] in PART_NOUNS


# participles after a place's hyphen that say where a firm sits or trades ("Leeds-based X")
SEAT_PARTICIPLES: Final = LISTING_PARTICIPLES | {"based", "headquartered"}


def _after_relative(s: Sentence, k: int) -> bool:
    """The verb at k opens a ", which" relative clause (auxiliaries and adverbs between), or a
    ", who" one right after a person's name ("the vehicle of founder P, who created X": P's)."""
    lows = s.lows
    m = k - 1
    while m >= 1 and k - m <= 3 and (lows[m] in AUXILIARIES or lows[m].endswith("ly")):
        m -= 1
    if m >= 2 and lows[m] == "who" and lows[m - 1] == "," and lows[m - 2] == M:
        return "Person" in s.etypes(m - 2)
    return m >= 1 and lows[m] == "which" and lows[m - 1] == ","


def _reduced_relative(s: Sentence, e: int, obj: int) -> bool:
    """A participle and its preposition stand between a verb and a name ("a van competing
    with X", "a drug aimed at X"): the name belongs to the participle, not to the verb."""
    lows = s.lows
    return any(
        lows[q].endswith(("ing", "ed"))
        and lows[q + 1] in PREPOSITIONS
        and lows[q] != "including"
        and lows[q - 1] != M  # "the lawsuit Pell filed against X": a clause of the noun's own
        for q in range(e + 1, obj - 1)
    )


GOODS_LINKS = frozenset({"from", "by", "of"})


def _goods_maker(s: Sentence, e: int) -> int:
    """ "competes with phones from X", "up against cheaper imports by X", "takes on the
    apps of X": the maker of the goods a conflict verb's object names; else -1."""
    lows = s.lows
    n = len(lows)
    q = e
    while q < n and q - e <= 3 and lows[q].isalpha() and lows[q] not in GOODS_LINKS:
        if lows[q] in PREPOSITIONS or lows[q] in OBJ_STOP or lows[q] in ARTICLES and q > e:
            return -1
        q += 1  # "cheaper phones", "the budget brands"
    if q == e or q + 1 >= n or lows[q] not in GOODS_LINKS or lows[q - 1] not in s.lex.heads:
        return -1
    return q + 1 if lows[q + 1] == M and not s.is_det(q + 1) else -1


def _gap_object(s: Sentence, k: int, e: int, trigs: tuple[Trigger, ...]) -> bool:
    """A conflict phrase whose gap opens right after the verb with a name ("take ... to
    court", "hit ... with ... lawsuit", "charge ... with", "beat ... to ... contract"), or any
    such phrase that ends in no preposition ("threw ... lifeline", "call ... home", "get ...
    off the ground"): that name is the verb's object, not a name after the phrase ("took Holm
    to court in Hamburg", "threw Ostler a lifeline with a loan from Pell Bank")."""
    lows = s.lows
    if not (k + 1 < e and lows[k + 1] == M and not s.is_det(k + 1)):
        return False
    if _inner_agent(s, k, e) == k + 1:
        return False  # "the lawsuit Pell Auto filed against X": Pell is the noun's agent
    if lows[k] in LOSE_FORMS and lows[e - 1] == "to":
        return False  # "lost Garrick Steel to Prenton Haulage": the name lost is no rival
    return any(
        t.words[1:2] == ("...",)
        and (CONFLICT_TYPES.intersection(t.types) or t.words[-1] not in PREPOSITIONS)
        for t in trigs
    )


def _gap_possessor(s: Sentence, k: int, e: int, trigs: tuple[Trigger, ...]) -> int:
    """The possessor inside the gap of a phrase that ends in its noun ("vote for ... proposal"
    read on "voted for Ann Vey's proposal to sell X"): the noun's owner is the object, not a
    name after the phrase; else -1."""
    lows = s.lows
    if lows[e - 1] in PREPOSITIONS or not any(GAP in t.words for t in trigs):
        return -1
    for m in range(k + 1, e - 1):
        if lows[m] == M and lows[m + 1] in POSSESSIVE_MARKS and not s.is_det(m):
            return m
    return -1


def _modifier_name(s: Sentence, obj: int) -> int:
    """ "owns the Premier Rugby League side Dunmere Wolves": a name that modifies a head noun
    before another name is no object; the name after the head is. After an article the nouns
    may be coordinated: "bought the Tarvin bakery and cafe chain Dalby Bakes"."""
    lows = s.lows
    n = len(lows)
    described = obj > 0 and lows[obj - 1] in ARTICLES
    q = obj + 1
    # a hyphenated word is a modifier too: "bought the Ashwold sand-and-gravel business N"
    while q < n and q - obj <= 3 + 2 * described and lows[q] != M:
        if not lows[q].replace("-", "").isalpha() or lows[q] in PREPOSITIONS:
            break
        if lows[q] in AND_OR and not (described and q > obj + 1):
            return obj  # "sued Corvex Labs and executive Tom Harlan": two objects
        q += 1
    coordinated = "and" in lows[obj + 1 : q] or "or" in lows[obj + 1 : q]
    if q - obj > 4 and not coordinated:
        return obj  # a long walk only over coordinated nouns
    if coordinated and q < n and (s.person_head(lows[q - 1]) or "Person" in s.etypes(q)):
        return obj  # "sued the Kelso board and chief executive Ana Berg": a second object
    if q > obj + 1 and q < n and lows[q] == M and not s.is_det(q):
        if descriptor_noun(s, lows[q - 1]) and "Location" not in s.etypes(q):
            return q
    return obj


AMOUNT_PREPS = frozenset({"of", "for", "in", "into", "to", "toward", "towards"})


def amount_object(s: Sentence, e: int) -> int:
    """The name after an amount: "is to fund the last €90m of the Harlow Dam's cost", "put
    $5 million more into Vantora"; else -1."""
    lows, lex = s.lows, s.lex
    n = len(lows)
    q = e
    money = False
    while q < n and q - e <= 6 and lows[q] != M and lows[q] not in AMOUNT_PREPS:
        if not (lows[q].isalnum() or is_money(lex, lows[q]) or lows[q][:1].isdigit()):
            return -1
        money = money or is_money(lex, lows[q])
        q += 1
    if not money or q >= n or lows[q] not in AMOUNT_PREPS:
        return -1
    return right(s, q + 1, 2)


def described_object(s: Sentence, e: int) -> int:
    """A name after an article and descriptor nouns ending in a head noun: "the lending
    start-up Fernpay", "a Swiss drugmaker, Orvane"; else -1."""
    lows = s.lows
    n = len(lows)
    if not (e < n and lows[e] in ARTICLES):
        return -1
    q = e + 1
    while (
        q < n
        and q - e <= 6
        and (
            (lows[q] != M and (lows[q].isalpha() or "-" in lows[q]))
            or (lows[q] == M and "Location" in s.etypes(q) and q + 1 < n and lows[q + 1] != M)
            # "a Finnish fishermen's cooperative X", "the region's two biggest operators, A"
            or (lows[q] == "'s" and lows[q - 1].isalpha() and lows[q - 1] not in ARTICLES)
        )
    ):
        q += 1  # "heads the Oslo shipping group Varnes Line": a place modifier too
    if q - e > 5 and "'s" not in lows[e:q]:
        return -1  # a long description only with a possessor inside
    head = lows[q - 1]
    if q < n and head.endswith("s") and head[:-1] in s.lex.heads and lows[q] == ",":
        return q + 1 if q + 1 < n and lows[q + 1] == M else -1  # "three grocers, A, B and C"
    if q < n and lows[q] == ",":
        q += 1
    head = lows[q - 1 - (q > 0 and lows[q - 1] == ",")]
    possessed = "'s" in lows[e:q]  # "a fishermen's cooperative association X"
    if q < n and lows[q] == M and (head in s.lex.heads or (possessed and descriptor_noun(s, head))):
        return q
    return -1


def _read_object(
    s: Sentence,
    k: int,
    e: int,
    trigs: tuple[Trigger, ...],
    cands: list[int],
    subj_lists: list[list[int]],
    obj: int,
    object_of: dict[int, list[int]],
    verbs: frozenset[int] = frozenset(),
) -> None:
    lows = s.lows
    if denied_objects(s, obj):
        return
    conflict = any(CONFLICT_TYPES.intersection(t.types) for t in trigs)
    obj_idx = _relative_list(s, k, _joint_cut(s, k, trigs, clause_cut(s, coord(s, obj, +1), verbs)))
    if all(t.family != "verb" for t in trigs):
        obj_idx = apposed_cut(s, cands[0], k, obj_idx)  # "P, the founder of X, and Y"
    obj_idx += _resumed(s, e, obj, conflict)
    if conflict:
        obj_idx += _after_possessed(s, obj_idx[-1], lows[e - 1])
    objects = [obj_idx]
    last = obj_idx[-1]
    if conflict and deal_review(s, k, e, last):
        return  # "a probe into Quillex's purchase of Dalmet": merger control, no dispute
    # "invested in Musk's xAI": the possessed entity is the object; "chairs X's board": X
    board = "board" in lows[last + 2 : last + 4] or "trustees" in lows[last + 2 : last + 4]
    securities = _names_securities(lows, last)
    if last + 1 < len(lows) and lows[last + 1] == "'s" and not board and not securities:
        alt = right(s, last + 2, 2)
        if alt >= 0 and any(w in PREPOSITIONS for w in lows[last + 2 : alt]):
            alt = -1  # "backed Vanta's bid for Orland": Orland is no possession of Vanta
        if alt >= 0 and "Location" in s.etypes(alt) and alt + 1 < len(lows):
            if lows[alt + 1].isalpha():
                alt = -1  # "acquired Corvell's Dublin brewery": a site of Corvell, no place
        if alt >= 0 and not any(last < x < alt for x in s.starts) and conflict:
            # "will take on Skyreach and Tovo's Project Lark": the product, not its maker
            rest = obj_idx[:-1]
            objects = [rest + coord(s, alt, +1)] + ([rest] if rest else [])
        elif alt >= 0 and not any(last < x < alt for x in s.starts):
            objects.insert(0, coord(s, alt, +1))
        elif all(set(t.types) <= OWNED_THINGS for t in trigs):
            # "ran the bank's real estate desk", "bought Google's mapping unit":
            # a part of the possessor, not the possessor itself
            return
        else:
            trigs = _support_of_act(trigs)
    trigs = unplanned(s.lows, s.lex, k, _done_deals(s, k, cands[0], obj_idx[-1], trigs))
    trigs = realised(s, k, _live_rivalry(s, k, trigs))
    trigs = _clause_after(s, k, obj_idx[-1], trigs)
    if planned(s, k):  # "would create X", "are in talks to set up X": not founded yet
        trigs = tuple(t for t in trigs if "FOUNDED" not in t.types)
    if not trigs:
        return
    if securities and _minority_buy(s, e, last):
        # "bought $50 million of Corvell shares": securities bought fund the issuer
        trigs = tuple(replace(t, types=("FUNDS",)) if "OWNS" in t.types else t for t in trigs)
    _read_subjects(s, k, e, trigs, cands, subj_lists, obj_idx, objects, object_of)


def _joint_cut(s: Sentence, k: int, trigs: tuple[Trigger, ...], obj_idx: list[int]) -> list[int]:
    """ "owns X together with B", "invested in X along with B": the companion of a holding or
    funding verb holds or funds X too (a co-holder, read by `joint_holders` and
    `rounds.cofunders`), it is not held or funded."""
    funding = any("FUNDS" in t.types for t in trigs)
    if not funding and s.lows[k] not in holding_words(s.lex).joint_hold:
        return obj_idx
    marks = JOINT_WITH | {("along", "with")} if funding else JOINT_WITH
    cut = next((j for j, m in enumerate(obj_idx) if tuple(s.lows[m - 2 : m]) in marks), 0)
    return obj_idx[:cut] if cut else obj_idx


def _relative_list(s: Sentence, k: int, obj_idx: list[int]) -> list[int]:
    """ "raised $40m from Hollis, which also backs Ferro Money, and Dalby Partners": in a
    ", which" clause, ", and" after the only object closes the clause; the name after it
    belongs to the list outside."""
    lows = s.lows
    if len(obj_idx) == 2 and lows[obj_idx[1] - 2 : obj_idx[1]] == [",", "and"]:
        if _after_relative(s, k):
            return obj_idx[:1]
    return obj_idx


def _read_subjects(
    s: Sentence,
    k: int,
    e: int,
    trigs: tuple[Trigger, ...],
    cands: list[int],
    subj_lists: list[list[int]],
    obj_idx: list[int],
    objects: list[list[int]],
    object_of: dict[int, list[int]],
) -> None:
    """The relation of the first subject candidate the verb at k..e can take with its
    objects, past those a cue rules out."""
    # disputes and rivalry: not an act asked of another, nor one an embedded clause's own
    # subject performs (other families decide for their types)
    strict = any(CONFLICT_TYPES.intersection(t.types) for t in trigs)
    if all(t.family == "noun" for t in trigs) and negated_phrase(s, k):
        return  # "did not close its round led by X": the noun phrase is denied
    relative_verb = _after_relative(s, k)
    held = set_off_holder(s, k) if all(t.types == ("LOCATED_IN",) for t in trigs) else None
    if held is not None:  # "X bought Y, based in P": Y is in P, never X
        if held and not s.blocked(held[-1] + 1, e):
            emit_svo(s, held, objects, trigs, True)
        return
    # a phrase that ends in its noun ("vote for ... proposal") is hedged before that noun, not
    # by it: "voted for Ann Vey's proposal to sell X" is a vote cast
    noun_end = all(GAP in t.words and t.words[-1] not in PREPOSITIONS for t in trigs)
    # by position, not `zip(..., strict=False)`: a call with a keyword is no native loop
    for at in range(min(len(cands), len(subj_lists))):
        c, subj_idx = cands[at], subj_lists[at]
        if s.blocked(c + 1, e - noun_end):
            break
        if c != cands[0] and _reflexive(s, cands[0], obj_idx):
            break  # "when it paid for the chain" read as it = the chain: no farther subject
        if relative_verb and c != cands[0]:
            break  # "A, a partner at B, which advises C": B's verb, never A's
        if c != cands[0] and person_pronoun_subject(s, cands[0], k):
            break  # "until he moved to Peru": his move, not the firm's
        if strict and (embedded_subject(s, c, k) or urged(s, c, k)):
            break
        if own_subject(s, c, k):
            break  # "X has called it a gamble, and the unions have criticised Y": not X
        if strict and c == cands[0] and unnamed_sharer(s, k, [c]):
            break  # "the guild faulted X for ... and accused Y": X is no subject
        if strict and purpose_object(s, c, k):
            continue  # "X bought Y to compete with Z": X competes, not Y
        if strict and _own_side(s, c, k, obj_idx):
            break
        if _same_entity(s, subj_idx, objects):
            break  # "A, B and C criticised the league" read as the league = C: no relation
        if _venture_itself(s, c, k, trigs):
            continue  # "A formed X, a joint venture with B": A partners B, not X
        if c == cands[0] and _site_given(s, c, trigs):
            break  # "a deal giving it three plants in P": sites a deal would hand it
        if emit_svo(s, subj_idx, objects, trigs, c == cands[0]):
            object_of[obj_idx[-1]] = subj_idx
            if any("FOUNDED" in t.types for t in trigs if t.family == "verb"):
                cofounder(s, obj_idx, obj_idx[-1] + 1)
                partner_founders(s, k, obj_idx)
            break


def _site_given(s: Sentence, c: int, trigs: tuple[Trigger, ...]) -> bool:
    """A place noun's nearest subject is the first object of a giving verb ("the deal gives
    X a plant in P", "would give it its first hangar in P"): a site the deal hands over, not
    one the firm has."""
    if not all(t.types == ("LOCATED_IN",) and t.family != "verb" for t in trigs):
        return False
    return handed(s, c)


def _venture_itself(s: Sentence, c: int, k: int, trigs: tuple[Trigger, ...]) -> bool:
    """The candidate at c is the venture a noun at k describes ("X, a 50-50 joint venture
    with B", "set up X as a joint venture with B"): the venture is no partner of its member."""
    lows = s.lows
    if not all(t.family == "noun" and t.types == ("PARTNERS_WITH",) for t in trigs):
        return False
    if "venture" not in lows[k : k + 2] or c + 2 >= k or lows[c + 1] not in (",", "as"):
        return False
    words = lows[c + 3 : k]  # "50-50 joint"
    return lows[c + 2] in ARTICLES and all(
        w.isalpha() or w[:1].isdigit() or w in ("-", "/") for w in words
    )


SECURITIES: Final = frozenset({"shares", "stock", "bonds", "notes", "debt", "stocks", "equity"})
# words between an issuer and its securities: "Corvell's ordinary shares", "Corvell class A stock"
SECURITY_KINDS: Final = frozenset(
    {"ordinary", "common", "preferred", "preference", "new", "newly", "issued", "class", "a", "b"}
)
# words before an issuer that buy all of its securities: "bought all of Corvell's shares"
WHOLE_WORDS: Final = frozenset({"all", "entire", "whole", "remaining", "rest"})


def _names_securities(lows: list[str], last: int) -> bool:
    """The name at `last` issues the securities after it: "Corvell shares", "Corvell's
    ordinary shares" (the object of the verb is Corvell, not a part of it)."""
    j = last + 1
    if j < len(lows) and lows[j] in POSSESSIVE_MARKS:
        j += 1
    while j < min(len(lows), last + 5) and lows[j] in SECURITY_KINDS:
        j += 1
    return j < len(lows) and lows[j] in SECURITIES


def _minority_buy(s: Sentence, e: int, last: int) -> bool:
    """No majority or control is bought before the issuer at `last` ("bought a majority of
    Corvell's shares", "all of Corvell's stock": a takeover)."""
    before = s.lows[e:last]
    return s.lex.stake_majority.isdisjoint(before) and WHOLE_WORDS.isdisjoint(before)


def _done_deals(
    s: Sentence, k: int, c: int, last: int, trigs: tuple[Trigger, ...]
) -> tuple[Trigger, ...]:
    """The triggers left once ownership and funding acts that are intended, over or undone
    are dropped: "plans to acquire X", "is the favourite to buy X", "X's takeover of Y
    collapsed", "X abandoned its takeover of Y" (`deal_guards`)."""
    if not any(is_deal(t.types) for t in trigs):
        return trigs
    noun = all(t.family != "verb" for t in trigs)
    if intended(s, k) or (noun and undone(s, min(c, k), last)) or called_off(s, last):
        return tuple(t for t in trigs if not is_deal(t.types))
    if ended_hold(s.lows, k, last):  # "had owned X", "owned X until 2019": a tie now over
        return tuple(t for t in trigs if not is_deal(t.types))
    if accused(s, c):
        return tuple(t for t in trigs if not is_deal(t.types))
    return trigs


def _live_rivalry(s: Sentence, k: int, trigs: tuple[Trigger, ...]) -> tuple[Trigger, ...]:
    """Without the rival noun at k after "once a", "formerly the", "former": "X, once a rival
    of Y" (a rivalry that has ended), or after a verb of receiving a bid ("received a rival
    bid from Y"); without a verb of competing whose subject is an unnamed
    plural ("builders that compete with Y")."""
    lows = s.lows
    if any(t.family == "verb" and "COMPETES_WITH" in t.types for t in trigs):
        if _unnamed_relative(lows, k):
            return tuple(t for t in trigs if "COMPETES_WITH" not in t.types)
    if all(t.family == "verb" or "COMPETES_WITH" not in t.types for t in trigs):
        return trigs
    b = k - 1 - (k >= 1 and lows[k - 1] in SKIP_DETS)
    # "X received a competing bid from A": the target of the bid, no rival of A
    received = b >= 0 and lows[b] in rival_words(s.lex).received_bid_verbs
    if b < 0 or (
        lows[b] not in ("once", "formerly")
        and lows[k - 1] not in s.lex.former_before
        and not received
    ):
        return trigs
    return tuple(t for t in trigs if t.family == "verb" or "COMPETES_WITH" not in t.types)


CLAUSE_AFTER_REACH: Final = 8  # words after the object that `_clause_after` reads


def _clause_after(
    s: Sentence, k: int, last: int, trigs: tuple[Trigger, ...]
) -> tuple[Trigger, ...]:
    """Without the rivalry of "lost to X" when a forum follows in its clause ("lost to X in the
    High Court", "has lost to X twice in arbitration": litigants; `lost_case_words`), nor the
    dispute of "walked out at X" when a move follows ("walked out at X in 2019 to join Y": a
    resignation; `walkout_moves`)."""
    lows = s.lows
    if k + 1 >= len(lows):
        return trigs
    rest = []
    for p in range(last + 1, min(len(lows), last + 1 + CLAUSE_AFTER_REACH)):
        w = lows[p]
        if w in PUNCT_STOP or w == "," or w in CLAUSE_STOP:
            break
        # a forum's name: "the High Court" (its id's words)
        rest += [x for i in s.ment(p).ids for x in i.split("-")] if w == M else [w]
    drop = ""
    if lows[k + 1] == "to" and lows[k] in LOSE_FORMS:
        if not rival_words(s.lex).lost_case_words.isdisjoint(rest):
            drop = "COMPETES_WITH"
    elif lows[k] in LOSE_FORMS and _lost_no_rivalry(s, k, last, rest):
        drop = "COMPETES_WITH"
    elif lows[k + 1 : k + 3] == ["out", "at"] and any(
        a == "to" and b in walkout_moves(s.lex) for a, b in zip(rest, rest[1:], strict=False)
    ):
        drop = "DISPUTES"
    if not drop:
        return trigs
    return tuple(t for t in trigs if drop not in t.types)


LOSE_FORMS: Final = frozenset({"lose", "loses", "lost", "losing"})


def _lost_no_rivalry(s: Sentence, k: int, last: int, rest: list[str]) -> bool:
    """ "lost <thing> to X" that makes no rivals: a case or an appeal ("lost the case to X",
    "lost to X ... in the High Court"), a hold ("lost control / its stake to X"), a sum
    ("lost $5m to X"), or a forum as X ("lost its appeal to the Supreme Court"); a noun whose
    "to" names its other side, a claim at law or a sum before "to" ("lost access / its libel
    suit / 40 million euros to X", `lost_to_complements`) or inside the thing ("lost the
    right to pay dividends to X"; not "lost the tender to build the bridge to X"), X's own
    thing ("lost the rights to X's catalogue"), the loser's own keeper ("to its lessor, X",
    `lost_to_keepers`), or a loss only feared or expected ("fears losing", "is expected to
    lose", `lost_unreal`); nothing lost ("lost nothing to X", `lost_nothing`) or a taking by
    law ("to X in a compulsory purchase", `lost_takings`)."""
    rw = rival_words(s.lex)
    lows = s.lows
    thing = lows[k + 1 : last]
    if not rw.lost_case_words.isdisjoint(thing) or not rw.lost_case_words.isdisjoint(rest):
        return True
    if not rw.lost_holds.isdisjoint(thing) or (thing and thing[0][:1] in CURRENCY_SIGNS):
        return True
    if (thing and thing[0] in rw.lost_nothing) or not rw.lost_takings.isdisjoint(rest):
        return True  # "lost nothing to X", "lost its site to X in a compulsory purchase"
    to = max((p for p in range(k + 1, last) if lows[p] == "to"), default=-1)
    if to > k + 1:
        lost = lows[k + 1 : to]
        heads = rw.lost_to_complements | rw.lost_claims
        if lows[to - 1] in heads or any(a in heads and b == "to" for a, b in pairwise(lost)):
            return True  # "lost access to X", "lost the right to pay dividends to X"
        if any(a in SHARE_WORDS and b in ("in", "of") for a, b in pairwise(lost)):
            return True  # "lost its 30% share in X to Y": a hold
        if any(
            (lows[p] in POSSESSIVES or s.is_det(p)) and lows[p + 1] in rw.lost_to_keepers
            for p in range(to + 1, last - 1)
        ):
            return True  # "to its lessor, X": the loser's own keeper
    if last + 2 < len(lows) and lows[last + 1] in POSSESSIVE_MARKS and lows[last + 2] != M:
        return True
    if _lost_unreal(lows, k, rw.lost_unreal):
        return True
    return forum_named(s, last)


SHARE_WORDS: Final = frozenset({"share", "shares"})
UNREAL_FILLERS: Final = frozenset({"to", "be", "not", "also", "still", "soon", "now"})


UNREAL_REACH: Final = 3  # words back from the loss verb to its fear: "is expected to lose"


def _lost_unreal(lows: list[str], k: int, unreal: frozenset[str]) -> bool:
    """A loss only feared, expected or avoided before the verb at k ("fears losing", "is
    expected to lose", "to avoid losing"), fillers between. Rivalry is exempt from the shared
    `modal_head` (`modal_acts.MODAL_FREE_TYPES`), so its fears are its own list
    (`rivalry.yaml` `lost_unreal`), walked as partnering walks its doubts."""
    return preceded_by(lows, k, unreal, UNREAL_FILLERS, UNREAL_REACH)


@per_lexicon
def walkout_moves(lex: Lexicon) -> frozenset[str]:
    """`walkout_moves` in loaders/data/triggers.yaml."""
    return word_set(lex.data.get("walkout_moves"))


def _unnamed_relative(lows: list[str], k: int) -> bool:
    """The verb at k opens a relative clause on a bare plural after "to" or "for": "sells
    bricks to builders that compete with Y" (the builders compete, not the subject)."""
    v = k - 1
    while v >= 0 and (lows[v] in AUXILIARIES or lows[v] in ("also", "now", "still", "all")):
        v -= 1
    if v < 1 or lows[v] not in ("that", "who", "which"):
        return False
    noun = lows[v - 1]  # a bare plural after "to", "for": the ones sold to or worked for
    return v >= 2 and lows[v - 2] in ("to", "for") and noun.isalpha() and noun.endswith("s")


def _same_entity(s: Sentence, subj_idx: list[int], objects: list[list[int]]) -> bool:
    """Every object stands for the subject or one of its coordinated members: a reference
    resolved to the verb's own subject (or the subject's reference to the object) went wrong,
    and a subject further away is no better guess ("She runs Pell, which bought the company":
    not She; "A, B and C criticised the league" read as the league = C: none)."""
    ids = set(s.merged(subj_idx).ids)
    return all(set(s.merged(o).ids) <= ids for o in objects)


def _own_side(s: Sentence, c: int, k: int, obj_idx: list[int]) -> bool:
    """ "Ann Lee, chief engineer at Brask Aero, criticised the engine maker": a description
    object that resolved to a name of the subject's own phrase (its employer, its owner) is
    not the one meant; no relation rather than that one."""
    lows = s.lows
    obj = s.ment(obj_idx[0])
    if obj.kind != "np" or "Person" not in s.etypes(c):
        return False  # (a shareholder criticising "the company" it holds is no own side)
    ids = set(obj.ids)
    # "Brask Aero chief executive Ann Lee criticised ...": the folded prefix is her phrase too,
    # and so is "The league's director, Ann Lee, accused ..."
    start = min((f for f, _, h in s.folds if h == c), default=c)
    principal = speaking_for(s, c)[0]
    start = principal if principal >= 0 else start
    if not FORMER.isdisjoint(lows[start:k]):
        return False  # "X, the former chief executive of A, has sued the company": A
    led = {f.target for f in s.found if f.type == "LEADS" and f.source in s.ment(c).ids}
    if ids & led:
        return True  # "Rovers chairman Jack Hale criticised the league" (folded): not his club
    return any(
        lows[x] == M and x != c and s.ment(x).kind == "name" and ids & set(s.ment(x).ids)
        for x in range(start, k)
    )


FORMER = frozenset({"former", "ex", "ex-", "onetime", "one-time", "sacked", "fired", "ousted"})


def _with_principal(s: Sentence, c: int, subj_idx: list[int]) -> list[int]:
    """ "Its spokesman, Ned Carrow, accused Ambry Stores": the organization he speaks for is
    the party. An officer acts in his own name only ("Its director, Ned Carrow, accused X":
    Carrow, not his firm)."""
    org, spokes = speaking_for(s, c)
    if org < 0 or subj_idx != [c] or not spokes:
        return subj_idx
    return [org]


def _first_clause_subject(s: Sentence, k: int, cands: list[int], first: int) -> list[int]:
    """ "X, an activist fund, has been pushing Y to sell and has criticised Z": after "and"
    (and auxiliaries) or a comma before a participle ("X criticised Y, the chief executive of
    Z, accusing him of ..."), a verb of the sentence's subject, not of the name before."""
    lows = s.lows
    a = k - 1
    while a >= 0 and (lows[a] in AUXILIARIES or lows[a].endswith("ly")):
        a -= 1
    adjunct = a == k - 1 and lows[a] == "," and lows[k].endswith("ing")  # ", accusing him of"
    if not adjunct and (a < 1 or lows[a] != "and" or lows[a - 1] in (M, ",")):
        return cands
    if not adjunct and a == k - 1 and not lows[a - 1].isalpha():
        return cands
    op = first if first >= 0 else opening_mention(s)
    if op < 0 or op >= cands[0] or s.is_det(op) or op in cands[:1]:
        return cands
    if any(lows[x] in CLAUSE_STOP or lows[x] in REPORTING for x in range(op, k)):
        return cands  # "X said Y cut jobs and criticised Z": Y's clause
    return [op]  # not the names between, whether or not op's relation is allowed


def embedded_subject(s: Sentence, c: int, k: int) -> bool:
    """ "the chairman said the board decided to reject it": after a reporting verb, a clause
    with its own subject (a noun phrase that names no entity); the name before is no actor."""
    lows = s.lows
    a = k - 1
    while a > c and (lows[a] in AUXILIARIES or lows[a].endswith("ly") or lows[a] == "also"):
        a -= 1
    if a > c and lows[a] in BARE_PRONOUNS:
        return True  # "analysts at X say they compete with Y": the verb's own, unresolved "they"
    for r in range(c + 1, k - 2):
        if lows[r] in REPORTING or lows[r] in TELLING:
            p = _reported_start(lows, r, k)
            if p + 1 < k and lows[p] in ARTICLES and lows[p + 1] != M and lows[p + 1].isalpha():
                return not s.is_det(p) and not _speaker_goes_on(s, p, a)
            if p + 1 < k and _bare_noun(lows, p) and lows[p + 1] in AUXILIARIES:
                return not _speaker_goes_on(s, p, a)  # "said investors had funded Y"
            return False
    return False


def _bare_noun(lows: list[str], p: int) -> bool:
    """A plain word at p that may be a bare plural subject ("investors", "shareholders"):
    no name, article, pronoun or auxiliary."""
    w = lows[p]
    if w == M or not w.isalpha() or w in ARTICLES or w in AUXILIARIES or w in BARE_PRONOUNS:
        return False
    return w.endswith("s") and w not in ("its", "his", "this", "us")


def _reported_start(lows: list[str], r: int, k: int) -> int:
    """Where the clause reported by the verb at r starts: past "that", and past the hearer of
    a telling verb ("told reporters the insurer had sued X")."""
    p = r + 1
    if lows[r] in TELLING and p < k and _bare_noun(lows, p):
        p += 1
    return p + (p < k and lows[p] == "that")


def _speaker_goes_on(s: Sentence, p: int, a: int) -> bool:
    """ "Jo Hart said the plans would cause chaos and accused X": the verb after "and" at a is
    the speaker's second predicate when the reported clause's subject (from p) names no one
    who could act (no company or person noun)."""
    lows = s.lows
    if lows[a] != "and":
        return False
    words = lows[p + 1 : a]
    if M in words or any(w in ("that", "who", "which", ",") for w in words):
        return False
    heads = s.lex.heads
    return not any((w in heads and heads.lookup((w,)) in AGENTS) or s.person_head(w) for w in words)


def purpose_object(s: Sentence, c: int, k: int) -> bool:
    """ "Vantel bought Nexo Fibre to compete with Brisk": the name at c is the object of the
    verb before it and the "to" clause is the subject's purpose (not "helped Nexo to
    compete": `object_control` verbs give the clause to their object)."""
    lows = s.lows
    if k < 3 or lows[k - 1] != "to" or lows[c] != M or c != k - 2 or s.is_det(c):
        return False
    v = c - 1
    while v >= 0 and lows[v] in ARTICLES:
        v -= 1
    if v < 1 or not lows[v].isalpha() or lows[v] in PREPOSITIONS or lows[v] in COORD_WORDS:
        return False
    return lows[v] not in OBJECT_CONTROL and lows[v] not in s.lex.urge_verbs


COORD_WORDS = frozenset({"and", "or", "but", "as", "than"})


def urged(s: Sentence, c: int, k: int) -> bool:
    """ "urged the regulator to block it", "asked X to invest": an act asked for, not done."""
    lows, urge = s.lows, s.lex.urge_verbs
    if k < 1 or lows[k - 1] != "to":
        return False
    return any(
        lows[m] in urge
        and urge.match(lows, m)
        and not _noun_use(s, m)
        and not _voters_asked(s, m, k)
        for m in range(max(0, c - 8), k - 1)
    )


def _noun_use(s: Sentence, m: int) -> bool:
    """The urge word at m is a noun or a noun's modifier after an article or a possessive, no
    verb: "used a press event to accuse X", "at its press conference"."""
    return m >= 1 and (s.lows[m - 1] in ARTICLES or s.is_det(m - 1))


VOTERS = frozenset({"voters", "members", "holders", "owners"})


def _voters_asked(s: Sentence, m: int, k: int) -> bool:
    """ "lobbied shareholders to oppose X", "urged investors to vote against X": asking the
    voters is the campaign itself (the asker disputes X), not an act left to another."""
    asked = s.lows[m + 1 : k - 1]
    return 0 < len(asked) <= 3 and any(w in s.lex.holder_nouns or w in VOTERS for w in asked)


def _resumed(s: Sentence, e: int, obj: int, conflict: bool = False) -> list[int]:
    """Objects after the first ones, past what stands between, else []:

    - a relative clause, participle or appositive, then the trigger's preposition repeated:
      "competes with A, which is owned by a larger group, and with apps such as B and C",
      "with A, owned by B, and with C";
    - a short adverbial: "competes with A in Europe and with B in Asia";
    - (`conflict`) the preposition repeated before examples of a plural noun: "competes with A
      and with Asian firms such as B and C";
    - (`conflict`: rivals and disputes) an appositive, then examples of a plural noun or a
      name closing the list: "competes with A, the Swedish toolmaker, and smaller shops such
      as B and C", "its competitors include A, which is owned by D, and B".
    """
    lows = s.lows
    n = len(lows)
    prep = lows[e - 1]
    p = coord(s, obj, +1)[-1] + 1
    if p >= n:
        return []
    if lows[p] != ",":
        if conflict and p + 2 < n and lows[p] == "and" and lows[p + 1] == prep:
            more = including(s, p + 2)  # "and with Asian firms such as B and C"
            return coord(s, more, +1) if more >= 0 else []
        return _after_adverbial(s, p, prep) if prep in PREPOSITIONS else []
    if p + 1 >= n or lows[p + 1] == "and":
        return []
    q = p + 2
    while q < n and q - p <= 15 and lows[q] != "," and lows[q] not in PUNCT_STOP:
        q += 1
    if not (q + 2 < n and lows[q] == "," and lows[q + 1] == "and"):
        return []
    if prep in PREPOSITIONS and lows[q + 2] == prep:
        more = right(s, q + 3, OBJ_GAP)
        if more < 0:
            more = including(s, q + 3)
        return coord(s, more, +1) if more >= 0 else []
    opener = lows[p + 1]
    if not conflict or (opener not in RELATIVE_WH and opener not in APPOSITIVE_DETS):
        return []
    more = including(s, q + 2)
    if more < 0 and opener in RELATIVE_WH and _bare_relative(s, p, q, prep):
        more = right(s, q + 2, 2)  # "include A, which is owned by D, and B."
    if more < 0:
        return []
    more_idx = coord(s, more, +1)
    end = more_idx[-1] + 1
    if end + 1 < n and lows[end] == "," and lows[end + 1] in RELATIVE_WH:
        return more_idx  # "..., and B, whose blends sell in the north"
    if end < n and lows[end] not in PUNCT_STOP and lows[end] not in PREPOSITIONS:
        return []  # "..., and B said": B opens a clause of its own
    return more_idx


def _bare_relative(s: Sentence, p: int, q: int, prep: str) -> bool:
    """A relative clause in (p, q) after a list's first item that leaves the list open for a
    bare name after ", and": after a verb ("include A, which ..., and B"), or after a rival's
    "with"/"against" when the clause names no organization ("competes with A, which was
    founded in 1990, and B"; not "with A, which buys parts from C, and B": whose list?)."""
    if prep not in PREPOSITIONS:
        return True
    if prep not in ("with", "against"):
        return False
    return not any(s.lows[x] == M and "Organization" in s.etypes(x) for x in range(p + 1, q))


def _after_adverbial(s: Sentence, p: int, prep: str) -> list[int]:
    """ "competes with A in Europe and with B in Asia": after a short phrase of place or
    time, "and" and the trigger's preposition again; the objects after it, else []."""
    lows = s.lows
    n = len(lows)
    if lows[p] not in PREPOSITIONS:
        return []
    q = p + 1
    while q < n and q - p <= 4 and lows[q] != "and":
        if (
            lows[q] in PUNCT_STOP
            or lows[q] == ","
            or (lows[q] == M and "Location" not in s.etypes(q))
        ):
            return []
        q += 1
    if not (q + 1 < n and lows[q] == "and" and lows[q + 1] == prep):
        return []
    more = right(s, q + 2, OBJ_GAP)
    return coord(s, more, +1) if more >= 0 else []


def _after_possessed(s: Sentence, last: int, prep: str) -> list[int]:
    """ "competes with firms such as A's mapping unit and B", "with A's budget unit and with
    B": the list goes on past an unnamed thing of A's; the names after it, else []."""
    lows = s.lows
    n = len(lows)
    if not (last + 1 < n and lows[last + 1] == "'s"):
        return []
    q = last + 2
    while q < n and q - last <= 5 and lows[q].isalpha() and lows[q] not in AND_OR:
        q += 1
    if q + 2 < n and lows[q] == "and" and lows[q + 1] == prep and prep in PREPOSITIONS:
        q += 1  # "and with B"
    if q + 1 < n and lows[q] in ("and", prep) and lows[q + 1] == M and not s.is_det(q + 1):
        return coord(s, q + 1, +1)
    return []


def _support_of_act(trigs: tuple[Trigger, ...]) -> tuple[Trigger, ...]:
    """ "Orland backed Calloway's plan": a verb of money or support ("back") whose object is
    someone's plan, bid or appointment supports that someone; it gives no money."""
    types = {x for t in trigs for x in t.types}
    if not {"FUNDS", "BACKS"} <= types:
        return trigs
    return tuple(replace(t, types=("BACKS",), source=None, target=None) for t in trigs)


RELATIVE_OPENERS = APPOSITIVE_DETS | {"which", "that", "whom"}


def relative(
    s: Sentence, subj: int, e: int, trigs: tuple[Trigger, ...], subj_idx: list[int]
) -> None:
    """No object: "X, the social media platform he owns", "Harrowmere, which Calloway bought"."""
    lows = s.lows
    subj = _relative_lead(s, subj, subj_idx)
    b = left(s, subj, 6)
    if b >= 0 and described_name(s, b) == subj:
        b = left(s, b, 6)  # "X, which the Cork seafood group Y bought": not Cork
    if b >= 0 and b < subj - 1 and descriptor_noun(s, lows[subj - 1]):
        head = _described_head(s, subj)  # "X, the Ghent software firm Y bought": X
        b = head if head >= 0 else b
    if b < 0 or s.etypes(b) == {"Location"}:
        # "X, a 90 million euro scheme which A finances", "X, a Pune start-up that A ..."
        head = _described_head(s, subj)
        b = head if head >= 0 else b
    if b >= 0 and b + 1 < len(lows) and lows[b + 1] in ("-", "'s"):
        return  # "a London-based fund that she accuses": the place is a modifier
    b = _placed_name(s, b)  # "Kelpmoor Gyms in Varnby, which it acquired": the gyms
    if b >= 0 and _premodified_relative(s, b, subj) and (d := _described_by(s, b - 1)) >= 0:
        b = d  # "Vell Dairies is the Dalby cheese maker that K bought"
    if b < 0:
        return
    r = next((x for x in range(b + 1, subj) if lows[x] in WHICH_THAT), -1)
    described = described_antecedent(s, b, r) if r >= 0 else -1
    if described >= 0 and not s.blocked(b + 1, e):
        b = described  # "X, the farm beside the Wendle landing that Kaizu bought": X
        _emit_relative(s, b, e, trigs, subj_idx)
        return
    between = lows[b + 1 : subj]
    if between[:1] == [","] and not (len(between) > 1 and between[1] in RELATIVE_OPENERS):
        return  # "HGV, said it supported the deal": a new clause, not a relative one
    if s.lex.claim_nouns.intersection(between):
        return  # "move work to Portugal, a claim Orsk rejects": the claim is rejected
    if _of_noun(s, coord(s, b, -1)[0]):
        return  # "the merger of A and B, which X opposed": the merger, not B
    ok = s.ment(b).kind == "np" and not between
    ok = ok or (
        bool(between)
        and (between[0] == "," or "that" in between or "which" in between)
        and "and" not in between
        and "or" not in between
        and "whose" not in between  # "Veltra, whose chief executive X took over"
    )
    if not ok or s.blocked(b + 1, e):
        return
    _emit_relative(s, b, e, trigs, subj_idx)


def _emit_relative(
    s: Sentence, b: int, e: int, trigs: tuple[Trigger, ...], subj_idx: list[int]
) -> None:
    """The relative clause's verb ending at e between its subjects and the antecedent at b."""
    lows = s.lows
    for t in trigs:
        if t.family != "verb" or (is_deal(t.types) and intended(s, e - 1)):
            continue
        if ended_hold(lows, e - 1, e - 1):
            continue  # "X, which it had owned since 2001,": a tie now over (a seller's past)
        if "OWNS" in t.types and bought_with_object(s.lex, lows, e):
            continue  # "X, the maker that Marlin bought flour from": a supplier, not bought
        doer, thing = s.merged(subj_idx), s.ment(b)
        if t.reverse:
            doer, thing = thing, doer
        if s.emit(doer, t.types, thing, "verbal/relative", 0.6, t) and "FOUNDED" in t.types:
            cofounder(s, [b], e)


SPREAD_REACH: Final[int] = 8  # words of a spreading aside ("most of them in Tyrol")
# the quantifiers that open it (`spread_words` of places.yaml, not its linking words)
SPREAD_OPENERS: Final[frozenset[str]] = SPREAD_WORDS - {"of", "them", "which", "are", "located"}
# words that may stand inside a relative clause before a second "and which": its verb phrase
RELATIVE_REACH: int = 14


def _relative_lead(s: Sentence, subj: int, subj_idx: list[int]) -> int:
    """Where a relative clause's subject opens: the first of coordinated subjects ("which A
    and B are financing"); for a second relative joined by "and which" ("which A is building
    near Graz and which B is co-funding"), the position after the first relative pronoun (its
    antecedent is theirs); else subj."""
    lows = s.lows
    lead = subj
    for m in sorted(subj_idx, reverse=True):
        if m < lead and all(w in (M, ",", "and") for w in lows[m:lead]):
            lead = m  # "A and B", "A, B and C"
    if lead < 3 or lows[lead - 1] not in WHICH_THAT or lows[lead - 2] != "and":
        return lead
    for o in range(lead - 3, max(0, lead - RELATIVE_REACH), -1):
        if lows[o] in PUNCT_STOP or lows[o] == "and" and lows[o + 1] in WHICH_THAT:
            return lead
        if lows[o] in WHICH_THAT and lows[o + 1] == M:
            return o + 1  # the first relative pronoun ("that ... and which"), its own subject
    return lead


def _placed_name(s: Sentence, b: int) -> int:
    """The name a place phrase right after it locates, when a relative clause follows the
    place: "among them Kelpmoor Gyms in Varnby, which it acquired" (the gyms were bought, not
    the town); else b."""
    lows = s.lows
    if b < 2 or s.etypes(b) != {"Location"} or lows[b - 1] != "in" or lows[b - 2] != M:
        return b
    near = b - 2
    return near if not s.is_det(near) and "Location" not in s.etypes(near) else b


def _premodified_relative(s: Sentence, b: int, subj: int) -> bool:
    """The name at b only modifies the head noun of the relative's antecedent: "is the Dalby
    cheese maker that Kell Capital bought", "the Tarvin bakery and cafe chain, which Ada Vorn
    founded" (the maker, the chain: not Dalby, not Tarvin)."""
    lows = s.lows
    r = subj - 1
    while r > b and lows[r] not in WHICH_THAT:
        r -= 1
    h = r - 1 - (lows[r - 1] == ",")  # the head noun before the relative pronoun
    return r > b and h > b and b > 0 and lows[b - 1] in ARTICLES and _premodifier(s, b, h + 1)


def _described_by(s: Sentence, d: int) -> int:
    """The name the noun phrase opening with the article at d describes, as a copula's
    complement or an appositive ("Vell Dairies is the ...", "Vell Dairies, the ..."), else -1."""
    lows = s.lows
    x = d - 1
    if x >= 0 and lows[x] in ("is", "was", ","):
        x -= 1
        return x if x >= 0 and lows[x] == M and not s.is_det(x) else -1
    return -1


def _described_head(s: Sentence, subj: int) -> int:
    """The name before a longer description and its relative pronoun, the relative clause's
    subject at subj: "Riva Park, a 90 million euro scheme which the bank finances" (plain
    words and amounts only between ", a" and "which"); also a contact relative after a
    descriptor noun: "Halden, the Ghent software firm Quillex bought"; else -1."""
    lows = s.lows
    if subj < 1:
        return -1
    r = subj - 1 - (lows[subj - 1] == "the")
    if descriptor_noun(s, lows[subj - 1]) and not s.is_det(subj):
        r = subj  # no relative pronoun: the description's head noun right before the subject
    elif r < 4 or lows[r] not in WHICH_THAT:
        return -1
    d = _description_start(s, r - 1, r, r == subj)
    if r == subj and d > 2 and lows[d] in ARTICLES and lows[d - 1] != ",":
        # the subject's own descriptor first: "X, a lens maker the Swiss group Y bought": X
        d = _description_start(s, d - 1, d, True)
    if d < 2 or lows[d] not in APPOSITIVE_DETS or lows[d - 1] != ",":
        return -1
    a = d - 2
    if a >= 1 and lows[a - 1] == M and descriptor_noun(s, lows[a]):
        a -= 1  # "the Brightwater plant, a 40-MW site that Norvia started": the plant
    return a if lows[a] == M and not s.is_det(a) else -1


DESCRIBED_REACH: int = 9  # words of a description before its relative pronoun


def _description_start(s: Sentence, d: int, r: int, contact: bool) -> int:
    """Where the description ending before r opens (its determiner, walking back from d over
    plain words, amounts and modifier names), else -1."""
    lows = s.lows
    while d > 1 and r - d <= DESCRIBED_REACH and lows[d] not in APPOSITIVE_DETS:
        place = lows[d] == M and s.etypes(d) == {"Location"}  # "a Pune start-up that"
        # a contact relative: any name as a modifier ("the Ghent software firm Y bought")
        place = place or (contact and lows[d] == M and not s.is_det(d) and lows[d + 1] != M)
        # "a 40-MW site that", "the Tampere-based billing firm that"
        hyphen = lows[d] == "-" and (lows[d - 1].isalnum() or lows[d - 1] == M)
        if not (
            place or hyphen or lows[d].replace("-", "").isalnum() or lows[d][:1] in AMOUNT_STARTS
        ):
            return -1
        d -= 1
    return d


def _of_noun(s: Sentence, b: int) -> bool:
    """The name at b completes a noun ("the merger of A and B", "the unit of X"): a relative
    clause after it may describe that noun."""
    lows = s.lows
    p = b - 1 - (b >= 1 and lows[b - 1] in SKIP_DETS)
    if not (p >= 1 and lows[p] == "of" and lows[p - 1].isalpha() and lows[p - 1] != M):
        return False
    # "the owner of Dunmere Rovers, which he bought": a relative clause attaches to the name
    # by default; to the noun only after a list or a noun for an event
    return len(coord(s, b, +1)) > 1 or lows[p - 1] in s.lex.deal_nouns


def cofounder(s: Sentence, obj_idx: list[int], start: int) -> None:
    """ "X started Nuvola in 2015 with her husband, chef Arturo Marchetti", "Nuvola, which
    she co-founded with her husband, X": the partner after "with" (looked for from `start`)
    founded it too; a firm, when an organization was founded (`firm_cofounders`)."""
    lows = s.lows
    n = len(lows)
    w = start
    if w + 1 < n and lows[w] == "," and lows[w + 1] in APPOSITIVE_DETS:
        end = appositive_end(s, w + 1)  # "co-founding X, a consultancy based in Paris, with Y"
        w = end + 1 if end > w and end + 1 < n and lows[end] == "," else w
        start = w
    first = w
    w = start = _past_adjuncts(s, w)  # "in a rented workshop in 2016 with two classmates, X"
    while w < n and w - start <= 3 and lows[w] not in COMITATIVES:
        if lows[w] == M or lows[w] in PUNCT_STOP or lows[w] == ",":
            return
        w += 1
    if w >= n or lows[w] not in COMITATIVES:
        return
    m = w + 1
    while m < n and m - w <= 6 and (lows[m] != M or s.is_det(m)):
        if lows[m] in PUNCT_STOP or not (lows[m] == "," or lows[m] == M or lows[m].isalpha()):
            return
        m += 1
    if not AID_WORDS.isdisjoint(lows[w + 1 : m]):
        return  # "started it with help from X", "with a loan from X": an aid, no co-founder
    if m >= n or lows[m] != M or s.blocked(w, m):
        return
    if "Person" in s.etypes(m) or firm_cofounder(s, (first, w, m), obj_idx):
        s.emit(s.merged(coord(s, m, +1)), ("FOUNDED",), s.merged(obj_idx), "verbal/svo", 0.7)


# what joins a co-founder to the founding: "with her husband, X", "alongside X"
COMITATIVES: frozenset[str] = frozenset({"with", "alongside"})
ADJUNCT_WORDS = 4  # words of one adjunct: "in a rented workshop"


def _past_adjuncts(s: Sentence, w: int) -> int:
    """Where the comitative after the time and place adjuncts at w starts ("in a flat in 2016
    with"), else w."""
    lows = s.lows
    n = len(lows)
    q = w
    while q < n and lows[q] in ADJUNCT_PREPS:
        r = q + 1
        while r < n and r - q <= ADJUNCT_WORDS and lows[r] not in ADJUNCT_PREPS | COMITATIVES:
            if not (lows[r].isalnum() or (lows[r] == M and "Location" in s.etypes(r))):
                return w
            r += 1
        q = r
    return q if q < n and lows[q] in COMITATIVES else w


# what a founder got "with" from someone: "with help from X", "with the backing of X"
AID_WORDS: frozenset[str] = frozenset(
    {"help", "support", "backing", "funding", "money", "loan", "loans", "cash", "advice"}
    | {"investment", "grant", "savings", "capital", "blessing", "guidance", "finance"}
)


SALE_WORDS = frozenset({"sale", "transfer"})


def _unowned_sale(s: Sentence, k: int) -> bool:
    """ "X approved the sale to Y", "X completed a sale to Y": a sale with an article and no
    possessor is not the subject's own sale, unless the subject consents to it ("X agreed to
    the sale to Y", "accepted a sale to Y")."""
    lows = s.lows
    if lows[k] not in SALE_WORDS or k < 2 or lows[k - 1] not in ARTICLES:
        return False
    v = k - 2 - (lows[k - 2] == "to")
    return v < 0 or lows[v] not in s.lex.consent_verbs


def emit_svo(
    s: Sentence,
    subj_idx: list[int],
    objects: list[list[int]],
    trigs: tuple[Trigger, ...],
    nearest: bool,
) -> bool:
    subject = s.merged(subj_idx)
    made = False
    for t in trigs:
        for cand in objects:
            if t.types == ("LOCATED_IN",):
                cand = town_of_part(s, cand)  # "in the Marais district of Paris": Paris
            tgt = s.merged(cand)
            own = aside_owner(s, subj_idx, subject, cand[0])
            if t.types == ("LOCATED_IN",):
                own = of_host(s, subj_idx, own, cand[0])  # "X, a rival of Y based in P": X
            a, b = (tgt, own) if t.reverse else (own, tgt)
            if not s.allowed(a, t.types, b, t):
                continue
            if "DISPUTES" in t.types and not t.reverse and forum(s, subj_idx[0]):
                continue  # "Judge Olsen dismissed X's claims": a ruling, not a dispute
            if "DISPUTES" in t.types and forum(s, cand[0]):
                continue  # "challenged the fine at the High Court": the court hears it
            if doubtful_reference(s, cand, subj_idx):
                continue  # "bought Kelso from X, who had run the club": Kelso or another?
            if "FUNDS" in t.types and rest_to_group(s, cand):
                continue  # "A and B lend the remainder to the partners": the project's lenders
            if t.types == ("PARTNERS_WITH",) and advising_object(s, cand, t.words):
                continue  # "is working with Staunton Bank, its adviser": advice, no partner
            if t.family != "verb" and _earlier_conjunct(s, subj_idx, cand):
                continue  # "buys grain from A and runs a partnership with B": not A
            if "FUNDS" in t.types and t.family != "verb" and _brokered(s, subj_idx, cand):
                continue  # "Harlan Partners brokered the loan for X": a go-between lends nothing
            if "FUNDS" in t.types and t.family != "verb" and given_to(s, subj_idx[0]):
                continue  # "gave Pemsley a grant for the X reservoir": Pemsley got the money
            if t.family != "verb" and _member_site(s, subj_idx, t, cand):
                continue  # "X, a venture of A and B, has a plant in P": X's plant, not A's
            if t.family != "verb" and _backer_site(s, subj_idx, t, cand):
                continue  # "aid from the ministry for a plant in P": the ministry is not in P
            rule = "verbal/svo" if t.family == "verb" else "nominal/noun-trigger"
            if across_quote(s, t.types, subj_idx[0], cand[0]):
                continue  # '"We back X," said a partner at Y': Y backs nothing here
            conf = t.confidence if nearest else t.confidence * 0.8
            made = s.emit(a, t.types, b, rule, conf, t) or made
            break
    return made


def _brokered(s: Sentence, subj_idx: list[int], cand: list[int]) -> bool:
    """A verb of brokering between the subject and a money noun's object ("brokered a
    facility for X", "structured the loan for X"): the subject only arranged the money."""
    lex = s.lex
    return not lex.arranging_verbs.isdisjoint(s.lows[subj_idx[-1] + 1 : cand[0]])


def _earlier_conjunct(s: Sentence, subj_idx: list[int], cand: list[int]) -> bool:
    """The subject offered to a trigger noun is a "from"/"with" complement in an earlier
    conjunct ("buys grain from A under a contract and runs a partnership with B", "a loan
    from A and a grant from B", "with A also chipping in, and later signed a deal with B"), or
    an earlier item of a list of money ("a loan from A, a grant from B"), or the agent of an
    earlier passive conjunct ("is owned jointly by A and B and runs a plant in P")."""
    lows = s.lows
    first = subj_idx[0]
    p = first - 1 - (first >= 1 and lows[first - 1] in ARTICLES)
    if p < 0 or lows[p] not in ("from", "with", "by") or cand[0] <= subj_idx[-1]:
        return False
    if lows[p] == "by":
        return _and_verb(s, subj_idx[-1] + 1, cand[0])
    between = lows[subj_idx[-1] + 1 : cand[0]]
    if between[:1] == [","] and not s.lex.money_words.isdisjoint(between):
        return True  # a list: "a loan from A, a grant from B and equity from C"
    return joined(lows, subj_idx[-1] + 1, cand[0])  # "and", "plus", "as well as"


def _and_verb(s: Sentence, a: int, b: int) -> bool:
    """Words a..b-1 open with "and" (or ", and") and a verb of its own: "and runs", "and has
    since opened" (a second predicate of the clause's subject)."""
    lows = s.lows
    q = a + (a < b and lows[a] == ",")
    if q + 1 >= b or lows[q] != "and":
        return False
    v = q + 1
    while v < b - 1 and (lows[v] in AUXILIARIES or lows[v] == "since"):
        v += 1
    return lows[v].endswith(("s", "ed")) and lows[v] not in ARTICLES and lows[v] != "its"


# prepositions whose object is an owner or member of the site's holder, never the holder:
# "a venture of A and B", "a venture between A and B", "owned by A and B"
MEMBER_PREPS: frozenset[str] = frozenset({"of", "between", "by"})


def _member_site(s: Sentence, subj_idx: list[int], t: Trigger, cand: list[int]) -> bool:
    """A site noun's nearest name is a venture's parent after "of"/"between" ("X, a 50:50
    venture of A and B, has a plant in P") or an owner after "owned/held/controlled by" ("X,
    owned by A and B, has a depot in P"): not the site's holder (unless a relative clause on
    the name says so: "a venture of Y that is based in P")."""
    if t.types != ("LOCATED_IN",) or governing_prep(s, subj_idx[0]) not in MEMBER_PREPS:
        return False
    lows = s.lows
    between = lows[subj_idx[-1] + 1 : cand[0]]
    if not RELATIVES.isdisjoint(between) or not DISTRIBUTIVES.isdisjoint(between):
        return False  # "... of A and B, both based in P": the parents' own seat
    if between[:1] == [","] and len(between) > 1 and between[1] in APPOSITIVE_DETS:
        return False  # "owned by H, a fund based in P": an appositive on the owner
    p = subj_idx[0] - 1 - (lows[subj_idx[0] - 1] in SKIP_DETS)
    before = lows[max(0, p - 2) : p]
    heads = HOLDING_PARTICIPLES if lows[p] == "by" else VENTURE_HEADS
    return not heads.isdisjoint(before) and "Location" not in s.etypes(subj_idx[0])


def _backer_site(s: Sentence, subj_idx: list[int], t: Trigger, cand: list[int]) -> bool:
    """A site noun's nearest name is a backer or partner ("a subsidy from the ministry for a
    plant in P", "teamed up with L to build a plant at P"): the site is not theirs (unless an
    appositive or relative clause on the name says so: "with L, a maker based in P")."""
    if t.types != ("LOCATED_IN",) or governing_prep(s, subj_idx[0]) not in ("from", "with"):
        return False
    between = s.lows[subj_idx[-1] + 1 : cand[0]]
    if len(between) < 2 or not RELATIVES.isdisjoint(between):
        return False
    if between[0] == ",":  # "X, in partnership with L, opened a clinic in P" (no appositive)
        return between[1].isalpha() and between[1] not in APPOSITIVE_DETS
    return "for" in between or "to" in between  # the money's or the pact's purpose


ADVISING = ADVISER_NOUNS | {"advising", "advises", "advise"}
# "has worked with X as a supplier": a trade tie, no partnership
TRADE_ROLES: frozenset[str] = frozenset(read_data("partnering.yaml")["trade_roles"])


def advising_object(s: Sentence, cand: list[int], words: tuple[str, ...] = ()) -> bool:
    """ "working with Staunton Bank, its financial adviser", "with Staunton Bank as its
    adviser", "with advisers at Staunton Bank": the object advises, a partner it is not; nor
    is one named a supplier or customer ("worked with X as a supplier"), unless the trigger
    `words` name the tie a partnership ("has a partnership with X, a distributor that ...")."""
    trade = JOINT_WORDS.isdisjoint(words)
    lows = s.lows
    first, last = cand[0], cand[-1]
    if first >= 2 and lows[first - 1] in ("at", "from") and lows[first - 2] in ADVISER_NOUNS:
        return True
    if last + 1 >= len(lows) or lows[last + 1] not in (",", "as", "who", "which"):
        return False
    for q in range(last + 2, min(len(lows), last + 6)):
        w = lows[q]
        if w in ADVISING or (trade and w in TRADE_ROLES):
            return True
        if (w == M and not s.is_det(q)) or w in PUNCT_STOP or w == ",":
            return False
    return False


def appositive_object(s: Sentence, e: int) -> int:
    """ "launched his own AI venture, xAI": a descriptor noun, a comma, then the name."""
    lows = s.lows
    n = len(lows)
    owned = e < n and s.is_det(e)  # "sued her former employer, Varna": any noun
    for m in range(e, min(n - 1, e + OBJ_GAP + 1)):
        if s.is_det(m):
            continue
        if lows[m] == ",":
            head = lows[m - 1] in s.lex.heads or (owned and lows[m - 1].isalpha())
            if m > e and head and lows[m + 1] == M and not s.is_det(m + 1):
                return m + 1
            if m > e and lows[m - 1] in s.lex.heads and m + 2 < n and lows[m + 1] in ARTICLES:
                # "came under fire from the consumer watchdog, the Travel Standards Office"
                return m + 2 if lows[m + 2] == M and not s.is_det(m + 2) else -1
            return -1
        if lows[m] == M or lows[m] in OBJ_STOP:
            return -1
    return -1


def apply(s: Sentence) -> None:
    """Find the trigger words (they bound every later search), then read each one."""
    hits = trigger_hits(s)
    s.starts = {k for k, _, _ in hits}
    svo(s, hits)
    if s.cues() & CUE_TRANSFER:  # a transfer phrase's first word (`Lexicon.transfers`)
        transfer(s)


# a present-tense sale of goods is supply to a customer, not a sale of the product line
HABITUAL_SALES: frozenset[str] = frozenset({"sells", "supplies"})


# the last word of a seat ("the helm", "the reins", "the top job"): a post handed over
SEAT_WORDS: frozenset[str] = frozenset(seat[-1] for seat in SEATS)


def transfer(s: Sentence) -> None:
    """ "Arden Media sold Lumen Broadcasting to Skyreach Mobile": the recipient OWNS it."""
    lows, transfers = s.lows, s.lex.transfers
    n = len(lows)
    for k, w in enumerate(lows):
        hit = transfers.match(lows, k) if w in transfers else None
        if not hit or (k > 0 and lows[k - 1] in ARTICLES):
            continue  # "the sale": a noun
        if k + hit[0] < n and lows[k + hit[0]] == "by":
            _transferred_by(s, k, k + hit[0], hit[1])  # "X is being sold by A to B"
            continue
        head = sold_head(s, k) if k + hit[0] < n and lows[k + hit[0]] == "to" else -1
        if head >= 0:  # "Brannock Mills, which Tessa Group sold to Orrin Capital"
            _sold_by_relative(s, k, k + hit[0], head, hit[1])
            continue
        thing = right(s, k + hit[0], 3)
        if thing < 0:
            thing = appositive_object(s, k + hit[0])  # "sell its wealth arm, Harrowmere Private,"
        if thing < 0 or not SEAT_WORDS.isdisjoint(lows[k + hit[0] : thing]):
            continue  # "handed over the reins at Selby Hotels to Y": a post, not the company
        if _own_subject_it(s, k, thing):
            continue  # "Pell Farms grows wheat and sells it to Harl": "it" is not Pell Farms
        things = coord(s, thing, +1)
        if w in HABITUAL_SALES and all("Product" in s.etypes(x) for x in things):
            continue  # "X sells its Kestrel scanner to Y": a customer, no new owner
        to, more = buyer_to(s, things[-1])  # "sold X, which it had owned since 2001, to B"
        if more >= 0:  # "sold X, which it founded in 2004, and Y to B"
            things = things + coord(s, more, +1)
            to, _ = buyer_to(s, things[-1])
        if to < 0:
            continue
        recipient = right(s, to + 1, 3)
        # "could sell X to Y", "plans to sell X to Y": a hedge or intent just before the verb
        if recipient >= 0 and not s.blocked(max(0, k - 2), recipient) and not intended(s, k):
            kept, pairs = gapped_pairs(s, coord(s, recipient, +1))  # "X to Y and Z to W"
            types = hit[1]
            if "OWNS" in types and _minority_of(lows, k + hit[0], thing):
                types = ("FUNDS",)  # "sold 10% of Lumen to Orland": a minority stake
            s.emit(s.merged(kept), types, s.merged(things), "verbal/transfer", 0.75)
            for other, buyer in pairs:
                s.emit(s.ment(buyer), types, s.ment(other), "verbal/transfer", 0.75)


def _sold_by_relative(s: Sentence, k: int, to: int, thing: int, types: tuple[str, ...]) -> None:
    """The buyer after "to" in an object relative clause of the thing sold owns it."""
    recipient = right(s, to + 1, 3)
    if recipient >= 0 and not s.blocked(thing + 1, recipient) and not intended(s, k):
        buyers = s.merged(coord(s, recipient, +1))
        s.emit(buyers, types, s.ment(thing), "verbal/transfer", 0.75)


def _own_subject_it(s: Sentence, k: int, thing: int) -> bool:
    """The object "it" of the verb at k was resolved to that verb's own subject: an object
    pronoun never stands for its own clause's subject (that would be "itself")."""
    m = s.ment(thing)
    if m.kind != "pronoun" or m.word != "it":
        return False
    subj = subjects(s, k, True)
    if not subj or s.lows.index(M) != subj[0]:
        return False  # only the sentence's opening subject ("A bought B and sold it": B)
    if subj[0] >= 1 and s.lows[subj[0] - 1] in s.lex.triggers:
        return False  # "she co-founded GridSprout ... and sold it": an object, not a subject
    return not set(s.ment(subj[0]).ids).isdisjoint(m.ids)


def _transferred_by(s: Sentence, k: int, by: int, types: tuple[str, ...]) -> None:
    """ "Ostlake is being sold by Tamber to Varro": the recipient after the seller OWNS the
    subject (never the seller)."""
    lows = s.lows
    n = len(lows)
    seller = right(s, by + 1, 3)
    subj = subjects(s, k, True)
    if seller < 0 or not subj:
        return
    to = coord(s, seller, +1)[-1] + 1
    if to + 1 >= n or lows[to] != "to":
        return
    recipient = right(s, to + 1, 3)
    if recipient >= 0 and not s.blocked(subj[0] + 1, recipient):
        things = s.merged(coord(s, subj[0], -1))
        s.emit(s.merged(coord(s, recipient, +1)), types, things, "verbal/transfer", 0.75)


def _minority_of(lows: list[str], start: int, thing: int) -> bool:
    """ "sold 10% of X", "sold a 20 per cent of X": a share below half before the thing."""
    pct = share_before(lows, thing, thing - start)
    return pct is not None and pct[0] < MAJORITY
