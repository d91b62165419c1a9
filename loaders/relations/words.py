"""The closed-class words relation rules navigate by, read from `loaders/data/grammar.yaml`.

>>> "between" in PREPOSITIONS and (",", "who", "is") in ROLE_LINKS
True
"""

from __future__ import annotations

from typing import Final

from loaders.amount_words import CURRENCY_SIGNS as CURRENCY_SIGNS  # re-exported
from loaders.grammar_words import ARTICLES_AND_ANOTHER as ARTICLES_AND_ANOTHER  # re-exported
from loaders.grammar_words import INDEFINITE_ARTICLES as INDEFINITE_ARTICLES  # re-exported
from loaders.grammar_words import INDEFINITES_AND_ANOTHER as INDEFINITES_AND_ANOTHER  # re-exported
from loaders.grammar_words import PERFECT_AUX as PERFECT_AUX  # re-exported
from loaders.grammar_words import POSSESSIVE_MARKS as POSSESSIVE_MARKS  # re-exported
from loaders.grammar_words import POSSESSIVES as POSSESSIVES  # re-exported
from loaders.grammar_words import SKIP_DETS as SKIP_DETS  # re-exported: one definition
from loaders.lexicon import read_data, word_set

_DATA: Final = read_data("grammar.yaml")


def _set(key: str) -> frozenset[str]:
    return word_set(_DATA[key])


M: Final = "\x00"  # the lows[] entry of a mention item
# punctuation that ends the span a reference is bound in (sentence stops, brackets, quotes,
# dashes): `loaders.cataphora`, `loaders.pronoun_binding`
ASIDE_STOPS: Final = frozenset({";", ":", "(", ")", '"', "“", "”", "—", "–", "."})
PUNCT_STOP: Final = _set("punct_stop")
LISTING_PARTICIPLES: Final = _set("listing_participles")
CLAUSE_STOP: Final = _set("clause_stop")
OBJ_STOP: Final = _set("obj_stop")
DELIVERY_INFINITIVES: Final = _set("delivery_infinitives")
DETS: Final = _set("dets")
ROLE_LINKS: Final[tuple[tuple[str, ...], ...]] = tuple(tuple(link) for link in _DATA["role_links"])
ROLE_PREPS: Final = _set("role_preps")
COORD: Final = _set("coord")
# the two words that join words or phrases ("hiking and climbing", "bank or fund")
AND_OR: Final[frozenset[str]] = frozenset({"and", "or"})
# the joins of a plain list of names ("A, B and C"; `COORD` adds "&")
COMMA_AND: Final[frozenset[str]] = frozenset({",", "and"})
# "in" and "into" before a thing put in or a clause opened ("invested in X", "in which")
IN_INTO: Final[frozenset[str]] = frozenset({"in", "into"})
BE_FORMS: Final = _set("be_forms")
GROUP_LINKS: Final = _set("group_links")
GROUP_PREPS: Final = _set("group_preps")
# possessive pronouns of an organization ("their chairman", "its founder", "its members")
OWN_PRONOUNS: Final[frozenset[str]] = frozenset({"its", "their"})
PREPOSITIONS: Final = _set("prepositions")
ARTICLES: Final = SKIP_DETS | POSSESSIVES  # articles and possessive determiners
OWN_DETS: Final[frozenset[str]] = _set("own_dets")
DEFINITE_DETS: Final[frozenset[str]] = _set("definite_dets")
BARE_PRONOUNS: Final = _set("bare_pronouns")
APPOSITIVE_DETS: Final = _set("appositive_dets")
NEARNESS_PREPS: Final = _set("nearness_prepositions")
PROMOTION_VERBS: Final = _set("promotion_verbs")  # appoint: "promoted P to chief executive"
VERB_LEADS: Final = _set("verb_leads")
PASSIVE_AUX: Final = _set("passive_aux")
RELATIVE_WH: Final = _set("relative_wh")
INNER_CLAUSE: Final = _set("inner_clause")
ORIGIN_TAILS: Final = _set("origin_tails")
# the possessive pronouns of a person: "his brother", "Her appointment"
PERSON_POSSESSIVES: Final[frozenset[str]] = frozenset({"his", "her"})
PARTITIVES: Final = _set("partitives")
# the two relatives that open a clause on a thing: "X, which runs mills", "the plant that it sold"
WHICH_THAT: Final[frozenset[str]] = frozenset({"which", "that"})
# the words that open a relative clause on a name: "X, which holds", "the man who", "the firm that"
RELATIVES: Final = (RELATIVE_WH - {"whose"}) | {"that"}
# the two that open a relative clause on a thing: "the claim that", "the mill, which"
THING_RELATIVES: Final[frozenset[str]] = RELATIVES - {"who"}
QUOTE_MARKS: Final = _set("quote_marks")
# the prepositions of a site's place in a clause: "a plant in C", "its mill near C"
SITE_PREPS: Final[frozenset[str]] = frozenset({"in", "at", "near", "outside"})
# the words of a share written out after its number: "30 percent", "30 pct" ("per cent" apart)
PERCENT_WORDS: Final[frozenset[str]] = frozenset({"percent", "pct", "pc"})
# the words of a share written out: "30 percent", "30 per cent", "30 pct"
PERCENT_SPELLED: Final[frozenset[str]] = PERCENT_WORDS | {"cent"}
NAMING_PARTICIPLES: Final = _set("naming_participles")
OFFERING_VERBS: Final = _set("offering_verbs")
STRICT_MAKING_PARTICIPLES: Final = _set("strict_making_participles")
RUNNING_PARTICIPLES: Final = _set("running_participles")
PRODUCT_MAKING_PARTICIPLES: Final = _set("product_making_participles")
SELLING_VERBS: Final = _set("selling_verbs")
AGAINST_MODS: Final = _set("against_mods")
MADE_ACT_NOUNS: Final = _set("made_act_nouns")
ACT_PARTICIPLES: Final = _set("act_participles")
MONEY_ACT_PARTICIPLES: Final = _set("money_act_participles")
MONEY_ACT_NOUNS: Final = _set("money_act_nouns")
BOARD_NOUNS: Final = _set("board_nouns")
INQUIRY_NOUNS: Final = _set("inquiry_nouns")
PROCESS_COMPOUNDS: Final = _set("process_compounds")
HOLDING_PARTICIPLES: Final = _set("holding_participles")
# what makes a passive holding a control: "majority-owned", "wholly owned", "jointly owned"
CONTROL_MARKS: Final[frozenset[str]] = frozenset({"majority", "wholly", "jointly", "ultimately"})
VENTURE_HEADS: Final[frozenset[str]] = _set("venture_heads")
VENTURE_PHRASES: Final[tuple[tuple[str, ...], ...]] = tuple(
    tuple(str(p).split()) for p in _DATA["venture_phrases"]
)
DATE_WORDS: Final = _set("date_words")
SENTENCE_ENDS: Final[frozenset[str]] = frozenset({".", "!", "?"})  # a sentence's last mark
DASHES: Final = _set("dashes")
REPORTING: Final = _set("reporting")
TELLING: Final = _set("telling")
SAYING: Final = REPORTING | TELLING  # "said", "told": a speaker's verb
SPEAKER_TAIL_STARTS: Final = _set("speaker_tail_starts")  # "told reporters": loaders.speaker_tails
RELATIVE_PASTS: Final = _set("relative_pasts")
ROUND_DETS: Final = _set("round_dets")
ROUND_MODS: Final = ROUND_DETS | _set("round_mods")
ROUND_FILLER: Final = _set("round_filler")
ROUND_WITH_PARTICIPLES: Final = _set("round_with_participles")
ROUND_LEAD_NOUNS: Final = _set("round_lead_nouns")
PRODUCT_MODIFIERS: Final = _set("product_modifiers")
COPULAS: Final = _set("copulas")
STAYING_LINKS: Final = _set("staying_links")
# "X is / remains / became a 9% shareholder", "Its largest shareholder remains X"
HOLDER_LINKS: Final = BE_FORMS | STAYING_LINKS | _set("becoming_links")
POSSESSED_NOUNS: Final = _set("possessed_nouns")
NOUN_FOLLOWERS: Final = _set("noun_followers")
SUBJECT_CONTROL: Final = _set("subject_control")
INTENT_VERBS: Final = _set("intent_verbs")
STREAK_NOUNS: Final = _set("streak_nouns")
OBJECT_CONTROL: Final = _set("object_control")
# count words before a plural site ("three mills": `site_payments`, `site_ranks`, `site_lists`,
# `site_spreads`)
COUNTS: Final = _set("count_words")
CONFLICT_STATES: Final = _set("conflict_states")
LINKED_STATES: Final = _set("linked_states")
CO_PARTY_MARKS: Final = tuple(sorted(_set("co_party_marks")))  # prefixes, for str.startswith
ALLY_WORDS: Final = _set("ally_words")
CANDIDACY_WORDS: Final = _set("candidacy_words")
AUXILIARIES: Final = _set("auxiliaries")
MODALS: Final = _set("modals")
QUESTION_AUXILIARIES: Final = _set("question_auxiliaries")
MEMBER_NOUNS: Final = _set("member_nouns")
ACQUIRED_HEADS: Final = _set("acquired_heads")
SELF_HEADS: Final = _set("self_heads")
CONTROL_STAKE_WORDS: Final = _set("control_stake_words")
HEAD_POSTMODIFIERS: Final = _set("head_postmodifiers")
CLAUSE_STANCE_VERBS: Final = _set("clause_stance_verbs")
LEADING_PARTICIPLES: Final = _set("leading_participles")
PERSON_GROUPS: Final = _set("person_groups")
PREPOSED_OPENERS: Final = _set("preposed_openers")
PREPOSED_LEADS: Final = _set("preposed_leads")
PREPOSED_PAIRS: Final[dict[str, str]] = {str(k): str(v) for k, v in _DATA["preposed_pairs"].items()}
PART_NOUNS: Final = _set("part_nouns")
BACK_PARTICLE_VERBS: Final = _set("back_particle_verbs")  # "fell back into losses": no verb "back"
PART_HEADS: Final = _set("part_heads")
HEADED_PARTS: Final = _set("headed_parts")
FUND_HEADS: Final = _set("fund_heads")
MODIFIED_THINGS: Final = _set("modified_things")
MODIFIED_BREAKS: Final = _set("modified_breaks")
COMPANIONS: Final[tuple[tuple[str, ...], ...]] = tuple(tuple(c) for c in _DATA["companions"])
# adverbs before a participle that opens a sentence ("Jointly owned by A and B, X runs ...")
FRONT_ADVERBS: Final[frozenset[str]] = frozenset(
    {"jointly", "equally", "wholly", "fully", "partly", "mostly", "largely", "originally"}
)
# a companion after a verb that acts with the subject ("owns X jointly with B"), never an object
JOINT_WITH: Final[frozenset[tuple[str, ...]]] = frozenset(
    {("jointly", "with"), ("together", "with")}
)
SOURCE_CUES: Final[tuple[tuple[str, ...], ...]] = tuple(tuple(c) for c in _DATA["source_cues"])
# conjunctions after a comma opening a clause linked to the main one: "X cut its dividend, and
# chief executive Y apologised" (`role`), "X is family-run, though the family sold 30%" (`stake`)
CLAUSE_LINKS: Final[frozenset[str]] = frozenset({"although", "though", "but", "while", "and"})
# what an amount starts with, yen included: "£300m", "¥2bn", "40%"
AMOUNT_STARTS: Final[frozenset[str]] = CURRENCY_SIGNS | frozenset("0123456789")
# the verb of a list of names: "Lenders to X include A and B", "Its shareholders are A and B"
LIST_VERBS: Final[frozenset[str]] = frozenset({"include", "included", "includes", "are", "were"})
# the lenders named as a group ("Lenders include A and B", "counts A among its creditors"):
# `holder_lists.NOT_HOLDERS`, `counted_holders`, `funding_shapes.LENDING_NOUNS`
LENDER_PLURALS: Final[frozenset[str]] = frozenset({"lenders", "creditors", "financiers"})
# the scale after a figure ("£150 million", "$2bn", "£30m"): `type_cues.SIZE_WORDS`,
# `co_funders.SIZES`
SCALE_WORDS: Final[frozenset[str]] = frozenset({"million", "billion", "bn", "m"})
AGENTS: Final = frozenset({"Person", "Organization"})
DEAL_TYPES: Final = frozenset({"OWNS", "FUNDS"})  # a deal's relations: a purchase or an investment
CONFLICT_TYPES: Final = frozenset({"DISPUTES", "COMPETES_WITH"})
DISPUTES_ONLY: Final[frozenset[str]] = frozenset({"DISPUTES"})  # of them, a dispute alone
SITE_TYPES: Final = frozenset({"Organization", "Project"})  # what a place can locate
OWNED_THINGS: Final = frozenset({"LEADS", "OWNS", "FOUNDED", "LOCATED_IN"})
NO_TYPES: Final[frozenset[str]] = frozenset()

# how far rules look, in words
GAP_WORDS: Final = 5  # a "..." inside a trigger phrase
SUBJ_GAP: Final = 8  # the nearest subject before a trigger
SUBJ_GAP_FAR: Final = 16  # further subjects
SUBJ_REACH: Final = 30  # the whole subject search
OBJ_GAP: Final = 4  # a trigger and its object
PASSIVE_GAP: Final = 12  # a passive participle and its patient
# shares named as fractions ("a third" -> 33.3), by their words
STAKE_FRACTIONS: Final[dict[tuple[str, ...], float]] = {
    tuple(str(k).split()): float(v) for k, v in _DATA["stake_fractions"].items()
}


def product_modifier(w: str) -> bool:
    """A modifier between a possessive and a product's name: "new", "best-selling"."""
    return w in PRODUCT_MODIFIERS or (
        "-" in w.strip("-") and all(p.isalpha() and p.islower() for p in w.split("-"))
    )


def holding_participle(w: str) -> bool:
    """A participle of holding ("owned", "controlled") or any compound of one, one token
    ("majority-owned", "state-controlled", "minority-owned"): any passive of holding."""
    return w in HOLDING_PARTICIPLES or w.rpartition("-")[2] in HOLDING_PARTICIPLES


def control_participle(w: str) -> bool:
    """A participle of holding that gives control: "owned", "controlled", or a compound whose
    first part is a `CONTROL_MARKS` word ("majority-owned", "wholly-owned"); not
    "minority-owned" or "partly-owned" (a stake, left to the stake readings)."""
    mark, _, part = w.partition("-")
    return w in HOLDING_PARTICIPLES or (mark in CONTROL_MARKS and part in HOLDING_PARTICIPLES)


LICENCE_WORDS: Final = frozenset({"licence", "license"})


def under_licence(lows: list[str], p: int) -> bool:
    """ "under licence" at p: made or sold on another's rights ("makes X under licence")."""
    return p + 1 < len(lows) and lows[p] == "under" and lows[p + 1] in LICENCE_WORDS
