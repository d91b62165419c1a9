"""Definite descriptions bound by their noun, not by recency (round 18, `loaders.article`
`_resolve_np`).

An investor is no "the company" of the firm it holds: "Keswin Capital holds 6% of Orlanda Air.
The group finished its takeover of Brightwick" is Orlanda Air, and "Keswin Capital, an activist
fund, wants a split. The company's biggest shareholder, Pellam Holdings, ..." is the company the
fund targets, not the fund (`investors_last`).

A facility noun ("the mill", "the dairy", "the yard") that fits no candidate better is the
company a takeover bought, not its buyer: "Brevard Buyout acquired Ostrel Creamery. The dairy
was started in 1931 by Greta Mornau" is Ostrel Creamery (`bought_facility`).

A bare "the company" after the article's main company and its holder were named is the main
company, not the holder named last: "P sold a majority stake in the company to Brisbury. The
company, now led by R, ..." (`main_held_first`; not when what follows says the holder holds or
buys more: `holder_said`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from loaders.lexicon import per_lexicon
from loaders.non_names import data_words
from loaders.relations.holding_words import holding_words

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

    from loaders.coref import Salience
    from loaders.lexicon import Lexicon

HOLDING_RELATIONS: Final[tuple[str, ...]] = ("OWNS", "FUNDS")
SUBSIDIARY_KIND: Final[frozenset[str]] = frozenset({"subsidiary"})  # "the unit", "the division"
INVESTOR: Final[frozenset[str]] = frozenset({"investor"})  # the kind (loaders/data/coref.yaml)
MODIFIER_REACH: Final[int] = 3  # words between "'s" and the holder noun ("biggest single outside")


@per_lexicon
def outsider_words(lex: Lexicon) -> frozenset[str]:
    """Words naming a holder rather than a company ("fund", "trust", "pension"):
    `investor_tails` and `pair_outsider_words` in loaders/data/coref.yaml."""
    return data_words(lex, "investor_tails") | data_words(lex, "pair_outsider_words")


@per_lexicon
def pair_outsider_words(lex: Lexicon) -> frozenset[str]:
    """`outsider_words` and the civic descriptors ("X, a lobby group"): a descriptor that
    keeps an entity out of "the two companies" (`loaders.article` `_pair_outsider`)."""
    return outsider_words(lex) | holding_words(lex).civic_descriptors


def drop_unless_called(
    ids: list[str], head: str, salience: Salience, drop: Callable[[str], bool]
) -> list[str]:
    """The candidates of a company description ("the company", "the group", ...:
    `holder_blind_heads`) without those `drop` rules out, keeping any the text called by the
    description's noun; all of them when fewer than two or when every one is dropped."""
    if len(ids) < 2 or head not in data_words(salience.registry.lex, "holder_blind_heads"):
        return ids
    kept = [x for x in ids if salience.called(x, head) or not drop(x)]
    return kept or ids


def investor_like(rid: str, salience: Salience) -> bool:
    """The entity is an investor by its name's last word or a descriptor ("Keswin Capital",
    "Orm, an activist fund"): of the investor kind, or a trust or pension holder."""
    lex = salience.registry.lex
    rec = salience.registry.entities[rid]
    words = outsider_words(lex)
    last = rec.name.lower().split()[-1]
    if last in words or last in data_words(lex, "investor_name_tails"):
        return True
    return any(w in words or lex.kinds.get(w, frozenset()) & INVESTOR for w in rec.descr)


def possessed_holder(lows: list[str], j: int, lex: Lexicon) -> bool:
    """The description ending at j owns a holder noun: "the company's biggest shareholder",
    "the firm's largest outside investor"."""
    if lows[j : j + 1] != ["'s"]:
        return False
    holders = data_words(lex, "holder_possessions")
    return any(w in holders for w in lows[j + 1 : j + 2 + MODIFIER_REACH])


def investors_last(
    ids: list[str],
    head: str,
    lows: list[str],
    j: int,
    salience: Salience,
    relations: Mapping[tuple[str, str, str], object],
) -> list[str]:
    """The candidates of a company description without the investors it cannot mean: those
    holding or funding another candidate (for "the company", "the group", "the business"),
    or any investor when the description owns a holder noun ("the company's biggest
    shareholder"); none dropped that the text called by the description's noun, nor when
    every candidate is one."""
    owned = possessed_holder(lows, j, salience.registry.lex)

    lender_heads = data_words(salience.registry.lex, "company_heads")

    def drop(x: str) -> bool:
        if head in lender_heads and _lender(x, ids, salience, relations):
            return True  # "Orsella Bank lent $40m to Pemby Foods. The company's chief ..."
        if not investor_like(x, salience):
            return False
        if owned:
            return True
        return head != "firm" and any(
            (x, rel, y) in relations for y in ids if y != x for rel in HOLDING_RELATIONS
        )

    return held_first(ids, drop_unless_called(ids, head, salience, drop), relations)


def held_first(
    ids: list[str], kept: list[str], relations: Mapping[tuple[str, str, str], object]
) -> list[str]:
    """When the first candidate was dropped as a holder or lender, the one candidate it holds
    or funds first ("Orsella Bank lent $40m to Pemby Foods. The company's chief executive":
    Pemby, not a firm another paragraph named)."""
    if not ids or not kept or kept[0] == ids[0]:
        return kept
    first = ids[0]
    held = [y for y in kept if any((first, rel, y) in relations for rel in HOLDING_RELATIONS)]
    if len(held) != 1:
        return kept
    return held + [y for y in kept if y != held[0]]


BANK: Final[frozenset[str]] = frozenset({"bank"})  # the kind (loaders/data/coref.yaml)


def _lender(
    x: str, ids: list[str], salience: Salience, relations: Mapping[tuple[str, str, str], object]
) -> bool:
    """x is a bank ("Orsella Bank", "Kell, a lender") that funds another candidate: no "the
    company" of its borrower's paragraph."""
    if not salience.kind_named(x, BANK):
        return False
    return any((x, "FUNDS", y) in relations for y in ids if y != x)


def bought_facility(
    ids: list[str],
    head: str,
    salience: Salience,
    relations: Mapping[tuple[str, str, str], object],
) -> list[str]:
    """ "Brevard Buyout acquired Ostrel Creamery. The dairy ...": for a facility noun the first
    candidate does not fit (not called so, not of its kind), the company another candidate
    owns comes first, and that owner leaves the candidates."""
    lex = salience.registry.lex
    if len(ids) < 2 or head not in data_words(lex, "facility_heads"):
        return ids
    kinds = salience.kinds_of((head,))
    if salience.called(ids[0], head) or (kinds and salience.of_kind(ids[0], kinds)):
        return ids
    bought = [x for x in ids if any((y, "OWNS", x) in relations for y in ids if y != x)]
    if len(bought) != 1:
        return ids
    owners = {y for y in ids if (y, "OWNS", bought[0]) in relations}
    return bought + [x for x in ids if x != bought[0] and x not in owners]


def units_owned_first(
    ids: list[str],
    head: str,
    salience: Salience,
    relations: Mapping[tuple[str, str, str], object],
) -> list[str]:
    """For "the unit" / "the subsidiary" (the coref kind `subsidiary`), the candidates another
    candidate owns first ("A agreed to acquire B. ... P would stay on as the unit's managing
    director": B, not the buyer). A set-up firm counts as owned ("A created K"), and a first
    candidate the text called by the noun stays first ("K, a snacks unit ... the unit")."""
    if len(ids) < 2 or SUBSIDIARY_KIND.isdisjoint(salience.kinds_of((head,))):
        return ids
    if salience.called(ids[0], head):
        return ids
    owned = [x for x in ids if any(_parent_of(y, x, relations) for y in ids if y != x)]
    return owned + [x for x in ids if x not in owned] if owned else ids


def _parent_of(y: str, x: str, relations: Mapping[tuple[str, str, str], object]) -> bool:
    """y owns x or set it up."""
    return (y, "OWNS", x) in relations or (y, "FOUNDED", x) in relations


def main_held_first(
    ids: list[str],
    words: tuple[str, ...],
    after: Sequence[str],
    salience: Salience,
    relations: Mapping[tuple[str, str, str], object],
) -> list[str]:
    """The article's main company first when the latest candidate of a bare "the company"
    (`bare_company_heads`) is only its holder: "P sold a majority stake in the company to
    Brisbury, a biscuit maker. The company, now led by R, ..." is the company held, not
    its new owner (any holder, not only an investor: `investors_last`). A description with
    more words ("the Vilnius-based group", "the project company") or another noun ("the
    firm", "the group", which a holder's own spokesman uses) keeps its ranking, and so does
    one after the holder was named again or whose words after it (`after`, to the sentence's
    end) say it holds or buys more (`holder_said`; rv137m)."""
    main = salience.main.get("Organization")
    if len(ids) < 2 or main is None or main == ids[0] or main not in ids:
        return ids
    lex = salience.registry.lex
    if len(words) != 1 or words[0] not in data_words(lex, "bare_company_heads"):
        return ids
    if not any((ids[0], rel, main) in relations for rel in HOLDING_RELATIONS):
        return ids
    if _named_again(ids[0], main, salience):
        return ids  # "B owns 60% of T. B also owns hotels. The company ...": B, named since
    if not holder_said(lex, after):
        return [main] + [x for x in ids if x != main]
    return ids  # "The company, which also owns hotels, ...": the holder speaks of itself


def _named_again(holder: str, main: str, salience: Salience) -> bool:
    """The holder was named with the main company in the main's latest sentence and again in a
    later one ("B owns 60% of T. B also owns hotels."), or named before the main's latest
    sentence and again as the first entity of a later one ("T was bought by B. T was founded by
    F. B is based in Chicago.": rr37m): that later sentence is about the holder. Not a holder
    first named after it ("The family controls T. F, its holding company, owns 58%."), nor one
    a later sentence only ends on ("... of the project company")."""
    seen, last = salience.last.get(main, -1), salience.last.get(holder, -1)
    if last <= seen:
        return False
    if holder in salience.order.get(seen, ()):
        return True
    leads = salience.order.get(last, [])[:1] == [holder]
    return leads and any(holder in ids for k, ids in salience.order.items() if k < seen)


def holder_said(lex: Lexicon, words: Sequence[str]) -> bool:
    """The words say their subject, too, owns or bought something ("which also owns hotels",
    "said it had also bought Hale Doors", "controls Carra Beer as well"): a holder's clause
    (`holder_verbs` and the buying verbs, active, with `holder_also` before or "as well"
    after). Not "which owns 40 hectares of vines" (the held firm's own assets) nor "controlled
    by the Ruiz family"."""
    hw = holding_words(lex)
    held, also = data_words(lex, "holder_verbs"), data_words(lex, "holder_also")
    # where "as well" starts, found once (a word starting "well" counts: "as well-known")
    as_well = [p for p in range(len(words) - 1) if words[p] == "as" and words[p + 1][:4] == "well"]
    for q, w in enumerate(words):
        if (w in hw.bought_forms or w in held) and "by" not in words[q + 1 : q + 2]:
            if not also.isdisjoint(words[:q]) or any(p > q for p in as_well):
                return True
    return False
