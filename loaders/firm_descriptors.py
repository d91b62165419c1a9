"""Descriptors and name words that say a name is an organization's where a person's reading
would win by default.

- "Halden Grid, the market leader": a leader or player of a market, an industry or a sector is
  a firm ("the opposition leader", "the team leader" stay people);
- "the Kelso Courier", "the Evening Sentinel": a newspaper title ends in a masthead noun and is
  an organization (its bare "the Courier" would otherwise make it look like a surname).

The words live in `loaders/data/names.yaml` (`firm_leader_modifiers`, `masthead_nouns`).

>>> from loaders.lexicon import Lexicon
>>> from loaders.mentions import analyze
>>> a = analyze("Halden Grid, the market leader, has criticised Fyne Energy.", 0, Lexicon.load())
>>> [(c.text, c.best()) for c in a.cands]
[('Halden Grid', 'Organization'), ('Fyne Energy', 'Organization')]
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from loaders.lexicon import read_data, word_set
from loaders.non_names import data_words
from loaders.relations.words import WHICH_THAT
from loaders.type_frames import phrase_at

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.mentions import Candidate

W_MASTHEAD = 3.0  # like an organization word at a name's end


def market_leader(lows: list[str], m: int, lex: Lexicon) -> bool:
    """The role word at m ("leader", "player") is held in a market: "the market leader", "the
    biggest player"."""
    role = lows[m][:-1] if lows[m].endswith("s") else lows[m]  # "the two market leaders"
    if m == 0 or role not in lex.person_cues.shared_roles:
        return False
    return lows[m - 1] in data_words(lex, "firm_leader_modifiers")


def masthead_vote(c: Candidate, lows: list[str], lex: Lexicon) -> None:
    """Vote Organization for a newspaper's title: "the Kelso Courier", "Pella Gazette"."""
    if c.j - c.i < 2 or lows[c.j - 1] not in data_words(lex, "masthead_nouns"):
        return
    if lows[c.i] not in lex.first_names:  # not "Heath Herald", a person
        c.vote("Organization", W_MASTHEAD)


W_AMPERSAND = 4.0  # "Kesta, Pell & Dunn": partners' surnames joined by "&" name a firm


def ampersand_vote(c: Candidate, lows: list[str]) -> None:
    """Vote Organization for a name whose words are joined by "&" ("Hale, Morrow & Tate")."""
    if "&" in lows[c.i + 1 : c.j - 1]:
        c.vote("Organization", W_AMPERSAND)


@cache
def _owned_sites() -> frozenset[str]:
    """The plural sites a firm runs (`owned_plural_sites` in loaders/data/places.yaml)."""
    return word_set(read_data("places.yaml")["owned_plural_sites"])


NETWORK_REACH = 6  # "a pickup network", "a nationwide chain-store payment network"
# what a network product does and a firm does too when a preposition follows ("runs on phones")
ROUTE_PREPS = frozenset({"on", "over", "across", "through", "between", "under", "from", "to", "in"})


def firm_network(lows: list[str], k: int, lex: Lexicon) -> bool:
    """The appositive from token k calls its name a network (`bare_firm_heads`) that is a firm:
    "a pickup network which partnered Quillex", "a network of test clinics in Calvery", "a
    network that runs 24 gyms"; not "a payment network that processes cards" (a product)."""
    heads = data_words(lex, "bare_firm_heads")
    n = len(lows)
    m = next((m for m in range(k, min(n, k + NETWORK_REACH)) if lows[m] in heads), -1)
    if m < 0 or not all(w.replace("-", "").isalpha() for w in lows[k:m]):
        return False
    if m + 2 < n and lows[m + 1] == "of":  # "a network of (test) clinics"
        sites = _owned_sites() | data_words(lex, "network_firm_sites")
        return any(w in sites for w in lows[m + 2 : m + 5])
    if m + 2 >= n or lows[m + 1] not in WHICH_THAT:
        return False
    p = m + 2 + (lows[m + 2] in ("has", "had", "also", "now", "still"))
    lists = ("which_firm_verbs", "firm_context_after", "firm_context_deals", "network_firm_verbs")
    hit = max(phrase_at(lows, p, data_words(lex, key)) for key in lists)
    return hit > 0 and (p + hit >= n or lows[p + hit] not in ROUTE_PREPS)
