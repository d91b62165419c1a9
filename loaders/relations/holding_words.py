"""The words of the holdings, backing and deal-loan constructions, read once from
`loaders/data/holdings.yaml`: verbs as phrase indexes of every inflected form (the irregular
forms are those of `irregular_verbs` in `loaders/data/triggers.yaml`)."""

from __future__ import annotations

from loaders.lexicon import PhraseIndex, inflect, irregular_forms, read_data

_DATA = read_data("holdings.yaml")
_IRREGULAR = irregular_forms(read_data("triggers.yaml"))


_BE = frozenset({"is", "are", "was", "were", "be", "been"})


def words(key: str) -> frozenset[str]:
    """A key's one-word entries, lower-cased."""
    return frozenset(str(w).lower() for w in _DATA[key] if " " not in str(w))


def phrases(key: str, verbs: bool = False) -> PhraseIndex:
    """A key's phrases (value: the phrase's length); with `verbs`, every inflected form of the
    first word (a phrase starting with "is"/"are" is kept as written)."""
    out = PhraseIndex()
    for entry in _DATA[key]:
        head, *rest = str(entry).lower().split()
        if verbs and head not in _BE:
            forms = [f for f, _ in inflect(head, _IRREGULAR)]
        else:
            forms = [head]  # "is held by", "are held by": as written
        for form in forms:
            out.add((form, *rest), 1 + len(rest))
    return out


SHARE_WORDS = words("share_words")
SHARE_LEADS = words("share_leads")
SHARE_HOLDERS = phrases("share_holders", verbs=True)
KEEP_VERBS = phrases("keep_verbs", verbs=True)
BOUGHT_IN = phrases("bought_in")
BUY_SHARE = phrases("buy_share_verbs", verbs=True)
SHARE_PAY = phrases("share_pay_verbs", verbs=True)
SHARE_PAY_NOUNS = words("share_pay_nouns")
CO_HOLD = phrases("co_hold_verbs", verbs=True)
NAMING = phrases("naming")
LOST_TO = phrases("lost_to", verbs=True)
TOOK_IT = phrases("took_it", verbs=True)
BACK_VERBS = phrases("back_verbs", verbs=True)
OPPOSE_VERBS = phrases("oppose_verbs", verbs=True)
BOARD_NOUNS = phrases("board_nouns")
BID_NOUNS = words("bid_nouns")
BEHIND = phrases("behind", verbs=True)
REPORTING = phrases("reporting")
DEAL_PAY = phrases("deal_pay_verbs", verbs=True)
DEAL_LOANS = words("deal_loan_nouns") | frozenset(
    str(w).split()[-1] for w in _DATA["deal_loan_nouns"]
)


def firsts(*indexes: PhraseIndex) -> frozenset[str]:
    """The first words of the phrases of these indexes (a construction's cue words)."""
    return frozenset(w for index in indexes for w in index)
