"""A LOCATED_IN noun trigger on a site paid for gives no seat (round 23, `site_guards.no_site`).

- `paid_site`: a site after a verb of paying for it or money lent towards it ("paid for a new
  depot in Ulm", "has lent $9m towards a mill at Selby") is a work funded; the payer and the
  amount are not there. A site with an owner word ("paid for its depot in Ulm") stays, and so
  does a seat (`located.HOME_SITES`: "paid for a new headquarters in Leeds") and a site the
  clause puts the payer in (`site_own_use`: "... and now makes flour there", "a plant in Selby
  that it will run itself").

The words are data: `site_payments` and `site_contributions` in `loaders/data/places.yaml`, and
the giving verbs `recipient_purpose_verbs` of `loaders/data/coref.yaml`.
Measured and not read: a counted plural site over a country or states ("runs six mills in
Chile") as no seat cost as many right places as wrong ones on the development sets.
"""

from __future__ import annotations

from typing import Final

from loaders.gazetteer import place_data
from loaders.lexicon import word_set
from loaders.non_names import data_words
from loaders.relations.located import HOME_SITES
from loaders.relations.model import Sentence
from loaders.relations.words import (
    BARE_PRONOUNS,
    CLAUSE_STOP,
    CURRENCY_SIGNS,
    OWN_PRONOUNS,
    RELATIVES,
    SKIP_DETS,
)

_DATA = place_data()
SITE_PAYMENTS: Final[frozenset[str]] = word_set(_DATA["site_payments"])
SITE_CONTRIBUTIONS: Final[frozenset[str]] = word_set(_DATA["site_contributions"])
SITE_OWN_USE: Final[frozenset[str]] = word_set(_DATA["site_own_use"])
USE_RELATIVES: Final = RELATIVES | {"where"}  # "a plant in Selby where it will ..."
GIVING_VERBS: Final = "recipient_purpose_verbs"  # lent, gave, granted ... (coref.yaml)
TOWARDS: Final[frozenset[str]] = frozenset({"towards", "toward"})
MODIFIERS: Final = 3  # words between a site's determiner or count and its noun: "new dyeing"
AMOUNT_WORDS: Final = 3  # words of the amount before "towards": "a further $4m"


def paid_site(s: Sentence, k: int) -> bool:
    """The site noun at k, with an article and no owner, is what a verb of paying is "for"
    ("paid for a new lab") or money goes "towards" ("lent $9m towards a plant")."""
    lows = s.lows
    if lows[k] in HOME_SITES or _own_use(s, k + 1):
        return False  # "paid for a new head office in Leeds": the payer's seat
    a = k - 1
    while a >= 0 and k - a <= MODIFIERS and lows[a].replace("-", "").isalpha():
        if lows[a] in OWN_PRONOUNS or lows[a] in SKIP_DETS:
            break
        a -= 1
    if a < 1 or lows[a] not in SKIP_DETS:
        return False
    p = a - 1
    if lows[p] == "for":
        return p >= 1 and lows[p - 1] in SITE_PAYMENTS
    if lows[p] not in TOWARDS:
        return False
    before = lows[max(0, p - 1 - AMOUNT_WORDS) : p]
    giving = SITE_CONTRIBUTIONS | data_words(s.lex, GIVING_VERBS)
    return not giving.isdisjoint(before) or any(w[:1] in CURRENCY_SIGNS for w in before)


def _own_use(s: Sentence, p: int) -> bool:
    """The clause from p puts the payer in the site: "there", "itself", or a relative whose
    subject is a bare pronoun ("which it moved into", "that it will run")."""
    lows = s.lows
    for x in range(p, len(lows)):
        w = lows[x]
        if w in CLAUSE_STOP:
            return False
        if w in SITE_OWN_USE:
            return True
        if w in USE_RELATIVES and x + 1 < len(lows):
            m = s.ments[x + 1]
            if m is not None and m.kind == "pronoun" and m.word in BARE_PRONOUNS:
                return True
    return False
