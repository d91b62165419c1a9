"""A sentence's cue words as one integer: bit `CUE_X` is set when the sentence has a word of the
cue set X (a family's own word set, read where it is defined: this module keeps no copy).

Most sentences have none of most cue words, and a family skips a sentence without its cue. One
pass over the sentence's words (`mask_of`) answers every such gate, each then one `mask & CUE_X`
instead of a set test against the sentence's words (a C-level method call and a walk of the
smaller side, about 1,500 per article).

>>> from loaders.lexicon import Lexicon
>>> lex = Lexicon.load()
>>> mask = mask_of(cue_table(lex), "the firm said it would merge with a rival".split())
>>> bool(mask & CUE_SAYING), bool(mask & CUE_MERGER), bool(mask & CUE_KIN)
(True, True, False)
>>> mask_of(cue_table(lex), []) == 0
True
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

from loaders.lexicon import per_lexicon

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon

# the bits, one per cue set (`_cue_sets` names each one's set); at most 62, a native int
CUE_SAYING: Final = 1 << 0  # a speaker's verb ("said", "told")
CUE_QUOTE: Final = 1 << 1  # a quotation mark
CUE_MERGER: Final = 1 << 2  # a word of merging
CUE_ADVICE: Final = 1 << 3  # a word of advising a deal
CUE_SOLD: Final = 1 << 4  # "X was sold", "a consortium bought X"
CUE_COST: Final = 1 << 5  # "X will cost £90m"
CUE_KIN: Final = 1 << 6  # a kin noun ("his wife")
CUE_PRONOUN: Final = 1 << 7  # a gendered subject pronoun ("she")
CUE_KIN_GROUP: Final = 1 << 8  # a kin noun that introduces a group or links two people
CUE_OTHER_KIN: Final = 1 << 9  # a kin noun of no sibling ("her daughter")
CUE_KIN_OWNER: Final = 1 << 10  # "his", "her" before a kin noun
CUE_VENTURE: Final = 1 << 11  # a venture noun ("her next venture")
CUE_CALLED_OFF: Final = 1 << 12  # "the deal collapsed"
CUE_TAKEOVER: Final = 1 << 13  # a word of buying or taking over
CUE_BID: Final = 1 << 14  # a verb of bidding
CUE_BOUGHT: Final = 1 << 15  # a past participle of buying
CUE_DEAL_NOUN: Final = 1 << 16  # "purchase", "deal", "acquisition"
CUE_GROUP: Final = 1 << 17  # a word that defines a group of names
CUE_DEGREE: Final = 1 << 18  # a degree after a name (", PhD")
CUE_HOLDING: Final = 1 << 19  # an active verb of holding ("owns", "controls")
CUE_SUCCESSION: Final = 1 << 20  # "replaced", "succeeds"
CUE_LISTING: Final = 1 << 21  # "including", "such as"
CUE_MAKING: Final = 1 << 22  # "makes", "maker"
CUE_FRAME: Final = 1 << 23  # a word a product or project frame needs
CUE_BARE_ORG: Final = 1 << 24  # a verb that reads a bare role's organization
CUE_JOINT_VERB: Final = 1 << 25  # a verb of making together
CUE_DEAL_LOAN: Final = 1 << 26  # a deal paid with loans or by a funder
CUE_DEAL_SUPPORT: Final = 1 << 27  # "welcomed the buyout"
CUE_LOAN_NOUN: Final = 1 << 28  # a loan named ("a £4m loan from L")
# (read on a relation sentence's words: `Sentence.cues`)
CUE_CONDITION: Final = 1 << 29  # "if", "unless"
CUE_DENY: Final = 1 << 30  # "denied"
CUE_STAKE: Final = 1 << 31  # a percent word, a stake noun, a fraction
CUE_HEARSAY: Final = 1 << 32  # the first word of a hearsay phrase ("talk that")
CUE_DEAL_PHRASE: Final = 1 << 33  # the first word of a deal noun's phrase (`Lexicon.deal_nouns`)
CUE_TRANSFER: Final = 1 << 34  # the first word of a transfer phrase (`Lexicon.transfers`)


def _cue_sets(lex: Lexicon) -> tuple[tuple[int, Iterable[str]], ...]:
    """Each bit with its families' word set (imported here, at the first table built: those
    modules import this one)."""
    from loaders.active_holders import HOLDING_VERBS
    from loaders.deal_advisers import ADVICE_CUES
    from loaders.groups import group_cues
    from loaders.kin_groups import kin_cue_words, other_kin_words
    from loaders.non_names import NonNames, data_words
    from loaders.person_cues import SUCCESSION
    from loaders.references import QUOTE_CHARS
    from loaders.relations import deal_roles, partnering, unnamed_roles
    from loaders.relations.deal_guards import deal_words
    from loaders.relations.deal_loans import DEAL_NOUNS
    from loaders.relations.denials import DENY_FORMS
    from loaders.relations.hedge_scope import CONDITIONS, hearsay_index
    from loaders.relations.holding_words import holding_words
    from loaders.relations.stake import stake_cue_words
    from loaders.relations.words import SAYING, VENTURE_HEADS
    from loaders.sentence_context import context_cues
    from loaders.surname_gender import pronoun_words
    from loaders.type_cues import LISTING_WORDS, MAKE_WORDS
    from loaders.type_frames import trigger_words

    cues = context_cues(lex)
    held = holding_words(lex)
    return (
        (CUE_SAYING, SAYING),
        (CUE_QUOTE, QUOTE_CHARS),
        (CUE_MERGER, lex.merger_words),
        (CUE_ADVICE, ADVICE_CUES),
        (CUE_SOLD, cues.sold),
        (CUE_COST, cues.cost_verbs),
        (CUE_KIN, lex.person_cues.kin),
        (CUE_PRONOUN, pronoun_words(lex)),
        (CUE_KIN_GROUP, kin_cue_words(lex)),
        (CUE_OTHER_KIN, other_kin_words(lex)),
        (CUE_KIN_OWNER, data_words(lex, "kin_possessors")),
        (CUE_VENTURE, VENTURE_HEADS),
        (CUE_CALLED_OFF, deal_words(lex).called_off),
        (CUE_TAKEOVER, held.takeover_words),
        (CUE_BID, deal_roles.BID_VERBS),
        (CUE_BOUGHT, held.bought_participles),
        (CUE_DEAL_NOUN, DEAL_NOUNS),
        (CUE_GROUP, group_cues(lex)),
        (CUE_DEGREE, NonNames.of(lex).degrees),
        (CUE_HOLDING, HOLDING_VERBS),
        (CUE_SUCCESSION, SUCCESSION),
        (CUE_LISTING, LISTING_WORDS),
        (CUE_MAKING, MAKE_WORDS),
        (CUE_FRAME, trigger_words(lex)),
        (CUE_BARE_ORG, unnamed_roles.BARE_ORG_CUES),
        (CUE_JOINT_VERB, partnering.JOINT_VERBS),
        (CUE_DEAL_LOAN, cues.deal_loans),
        (CUE_DEAL_SUPPORT, cues.deal_support),
        (CUE_LOAN_NOUN, cues.loan_nouns),
        (CUE_CONDITION, CONDITIONS),
        (CUE_DENY, DENY_FORMS),
        (CUE_STAKE, stake_cue_words(lex)),
        (CUE_HEARSAY, hearsay_index(lex).keys()),
        (CUE_DEAL_PHRASE, lex.deal_nouns.keys()),
        (CUE_TRANSFER, lex.transfers.keys()),
    )


@per_lexicon
def cue_table(lex: Lexicon) -> dict[str, int]:
    """Each cue word -> the bits of the cue sets that hold it (built once per lexicon)."""
    table: dict[str, int] = {}
    for bit, words in _cue_sets(lex):
        for w in words:
            table[w] = table.get(w, 0) | bit
    return table


def mask_of(table: dict[str, int], words: list[str]) -> int:
    """The bits of the cue sets that hold one of `words` (`table`: `cue_table`; a list, which
    compiled code walks by index)."""
    mask = 0
    for w in words:
        bits = table.get(w)
        if bits is not None:
            mask |= bits
    return mask
