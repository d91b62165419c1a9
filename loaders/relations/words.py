"""The closed-class words relation rules navigate by, read from `loaders/data/grammar.yaml`.

>>> "between" in PREPOSITIONS and (",", "who", "is") in ROLE_LINKS
True
"""

from __future__ import annotations

from loaders.lexicon import read_data

_DATA = read_data("grammar.yaml")


def _set(key: str) -> frozenset[str]:
    return frozenset(str(w) for w in _DATA[key])


M = "\x00"  # the lows[] entry of a mention item
# punctuation that ends the span a reference is bound in (sentence stops, brackets, quotes,
# dashes): `loaders.cataphora`, `loaders.pronoun_binding`
ASIDE_STOPS = frozenset({";", ":", "(", ")", '"', "“", "”", "—", "–", "."})
PUNCT_STOP = _set("punct_stop")
CLAUSE_STOP = _set("clause_stop")
OBJ_STOP = _set("obj_stop")
DELIVERY_INFINITIVES = _set("delivery_infinitives")
DETS = _set("dets")
ROLE_LINKS: tuple[tuple[str, ...], ...] = tuple(tuple(link) for link in _DATA["role_links"])
ROLE_PREPS = _set("role_preps")
COORD = _set("coord")
BE_FORMS = _set("be_forms")
GROUP_LINKS = _set("group_links")
GROUP_PREPS = _set("group_preps")
POSSESSIVES = _set("possessives")
ARTICLES = _set("articles")
PREPOSITIONS = _set("prepositions")
SKIP_DETS = _set("skip_dets")
BARE_PRONOUNS = _set("bare_pronouns")
APPOSITIVE_DETS = _set("appositive_dets")
PROMOTION_VERBS = _set("promotion_verbs")  # appoint: "promoted P to chief executive"
VERB_LEADS = _set("verb_leads")
PASSIVE_AUX = _set("passive_aux")
RELATIVE_WH = _set("relative_wh")
QUOTE_MARKS = _set("quote_marks")
NAMING_PARTICIPLES = _set("naming_participles")
BOARD_NOUNS = _set("board_nouns")
HOLDING_PARTICIPLES = _set("holding_participles")
DATE_WORDS = _set("date_words")
DASHES = _set("dashes")
REPORTING = _set("reporting")
TELLING = _set("telling")
ROUND_DETS = _set("round_dets")
ROUND_MODS = ROUND_DETS | _set("round_mods")
ROUND_FILLER = _set("round_filler")
ROUND_WITH_PARTICIPLES = _set("round_with_participles")
ROUND_LEAD_NOUNS = _set("round_lead_nouns")
PRODUCT_MODIFIERS = _set("product_modifiers")
COPULAS = _set("copulas")
POSSESSED_NOUNS = _set("possessed_nouns")
NOUN_FOLLOWERS = _set("noun_followers")
SUBJECT_CONTROL = _set("subject_control")
INTENT_VERBS = _set("intent_verbs")
STREAK_NOUNS = _set("streak_nouns")
OBJECT_CONTROL = _set("object_control")
CONFLICT_STATES = _set("conflict_states")
CANDIDACY_WORDS = _set("candidacy_words")
AUXILIARIES = _set("auxiliaries")
MEMBER_NOUNS = _set("member_nouns")
ACQUIRED_HEADS = _set("acquired_heads")
LEADING_PARTICIPLES = _set("leading_participles")
PERSON_GROUPS = _set("person_groups")
PREPOSED_OPENERS = _set("preposed_openers")
PREPOSED_LEADS = _set("preposed_leads")
PREPOSED_PAIRS: dict[str, str] = {str(k): str(v) for k, v in _DATA["preposed_pairs"].items()}
PART_NOUNS = _set("part_nouns")
BACK_PARTICLE_VERBS = _set("back_particle_verbs")  # "fell back into losses": no verb "back"
PART_HEADS = _set("part_heads")
FUND_HEADS = _set("fund_heads")
COMPANIONS: tuple[tuple[str, ...], ...] = tuple(tuple(c) for c in _DATA["companions"])
# adverbs before a participle that opens a sentence ("Jointly owned by A and B, X runs ...")
FRONT_ADVERBS: frozenset[str] = frozenset(
    {"jointly", "equally", "wholly", "fully", "partly", "mostly", "largely", "originally"}
)
# a companion after a verb that acts with the subject ("owns X jointly with B"), never an object
JOINT_WITH: frozenset[tuple[str, ...]] = frozenset({("jointly", "with"), ("together", "with")})
SOURCE_CUES: tuple[tuple[str, ...], ...] = tuple(tuple(c) for c in _DATA["source_cues"])
AMOUNT = frozenset("$£€0123456789")
AGENTS = frozenset({"Person", "Organization"})
DEAL_TYPES = frozenset({"OWNS", "FUNDS"})  # a deal's relations: a purchase or an investment
CONFLICT_TYPES = frozenset({"DISPUTES", "COMPETES_WITH"})
SITE_TYPES = frozenset({"Organization", "Project"})  # what a place can locate
OWNED_THINGS = frozenset({"LEADS", "OWNS", "FOUNDED", "LOCATED_IN"})
NO_TYPES: frozenset[str] = frozenset()

# how far rules look, in words
GAP_WORDS = 5  # a "..." inside a trigger phrase
SUBJ_GAP = 8  # the nearest subject before a trigger
SUBJ_GAP_FAR = 16  # further subjects
SUBJ_REACH = 30  # the whole subject search
OBJ_GAP = 4  # a trigger and its object
PASSIVE_GAP = 12  # a passive participle and its patient
# shares named as fractions ("a third" -> 33.3), by their words
STAKE_FRACTIONS: dict[tuple[str, ...], float] = {
    tuple(str(k).split()): float(v) for k, v in _DATA["stake_fractions"].items()
}


def product_modifier(w: str) -> bool:
    """A modifier between a possessive and a product's name: "new", "best-selling"."""
    return w in PRODUCT_MODIFIERS or (
        "-" in w.strip("-") and all(p.isalpha() and p.islower() for p in w.split("-"))
    )
