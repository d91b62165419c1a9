"""Rivalry put on a maker against another maker's product.

"Velta, Brisk Labs's cream, is a rival to Dermix from Pellmoor Pharma": the products compete
(or their makers); a firm that makes a product the sentence names never competes with a product
another firm in the sentence makes. A COMPETES_WITH is taken back when the product's maker is
named with it ("Y's P", "P from Y", "P made by Y") and the firm makes something itself (types
are left aside: a product's name is often typed an organization).
"""

from __future__ import annotations

from typing import Final

from loaders.relations.model import Sentence
from loaders.relations.words import POSSESSIVE_MARKS, M

RIVALRY: Final = "COMPETES_WITH"
MAKER_PREPS: Final[frozenset[str]] = frozenset({"from", "by"})
MAKING: Final[frozenset[str]] = frozenset({"OWNS", "FOUNDED"})


def maker_product_rivals(s: Sentence) -> None:
    """Take back a maker's rivalry with a product another named firm makes."""
    gone = [
        f
        for f in s.found
        if f.type == RIVALRY
        and any(
            _other_maker(s, thing, firm) and _maker(s, firm)
            for firm, thing in ((f.source, f.target), (f.target, f.source))
        )
    ]
    if gone:
        s.withdraw(gone)


def _other_maker(s: Sentence, product: str, org: str) -> bool:
    """The product is named with a maker other than `org`: "Y's P", "P from Y", "P made by Y"."""
    lows = s.lows
    for t, w in enumerate(lows):
        if w != M or product not in s.ment(t).ids:
            continue
        if t >= 2 and lows[t - 1] in POSSESSIVE_MARKS and lows[t - 2] == M:
            if _firm_other(s, t - 2, org):
                return True
        for q in range(t + 1, min(len(lows) - 1, t + 4)):
            if lows[q] in MAKER_PREPS and lows[q + 1] == M:
                return _firm_other(s, q + 1, org)
            if not lows[q].isalpha():
                break
    return False


def _firm_other(s: Sentence, m: int, org: str) -> bool:
    """The mention at m is an organization other than `org`."""
    return "Organization" in s.etypes(m) and org not in s.ment(m).ids and not s.is_det(m)


def _maker(s: Sentence, firm: str) -> bool:
    """The firm makes something the sentence names (it owns or launched a thing found here:
    "Velta, Brisk Labs's cream") and no one in the sentence owns it. A firm named by a
    pronoun or a description ("It competes with Y's Z3", after "X makes the K7") is left as
    read: on the described sets that reading was as often right as wrong."""
    if any(f.target == firm and f.type == "OWNS" for f in s.found):
        return False  # "the K7, which Tarsa makes": a made thing itself
    return any(f.source == firm and f.type in MAKING for f in s.found)
