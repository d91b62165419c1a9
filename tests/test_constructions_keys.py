"""Seen-set keys when a rule takes a relation back.

`Sentence.emit` keys a symmetric relation (PARTNERS_WITH, COMPETES_WITH) with its two ends in
one order; every site that takes a relation back (`Sentence.withdraw`, the guards that drop a
partnership, `unnamed_roles.redirected`) goes through the same `Sentence.key`, so a relation
named in either order leaves the seen-set and a later rule may find it again.

No sentence of the current rules withdraws a symmetric relation and then emits it again, so
the model is unit-tested with both orders, the real guards are run on a typed sentence, and the
extractor is checked on invented articles in both name orders.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

from graph.schema import DEFAULT_SCHEMA
from loaders.article import extract
from loaders.lexicon import Lexicon
from loaders.relations.model import Mention, Sentence
from loaders.relations.partnering import ended_ties
from loaders.relations.words import M

LEX = Lexicon.load()


def _sentence(lows: list[str], names: dict[int, str]) -> Sentence:
    ments: list[Mention | None] = [
        Mention((names[k],), k, k + 1) if k in names else None for k in range(len(lows))
    ]
    items = [M if k in names else w for k, w in enumerate(lows)]
    return Sentence(items, ments, lambda _: "Organization", LEX, DEFAULT_SCHEMA)


@pytest.mark.parametrize("first, second", [("abern", "zelto"), ("zelto", "abern")])
@pytest.mark.parametrize("rel", ["PARTNERS_WITH", "COMPETES_WITH", "OWNS"])
def test_withdraw_either_order(first: str, second: str, rel: str) -> None:
    s = _sentence(["x", "and", "y"], {0: first, 2: second})
    assert s.emit(s.ment(0), (rel,), s.ment(2), "test/pair", 1.0)
    assert len(s.seen) == 1
    s.withdraw(list(s.found))
    assert not s.found and not s.seen  # the key went with the relation
    assert s.emit(s.ment(0), (rel,), s.ment(2), "test/again", 1.0)
    assert [(f.source, f.type, f.target, f.rule) for f in s.found] == [
        (first, rel, second, "test/again")
    ]


@pytest.mark.parametrize("first, second", [("abern", "zelto"), ("zelto", "abern")])
def test_symmetric_key_one_order(first: str, second: str) -> None:
    s = _sentence(["x", "and", "y"], {0: first, 2: second})
    assert s.key(first, "PARTNERS_WITH", second) == ("abern", "PARTNERS_WITH", "zelto")
    assert s.key(first, "OWNS", second) == (first, "OWNS", second)
    s.emit(s.ment(0), ("PARTNERS_WITH",), s.ment(2), "test/pair", 1.0)
    s.emit(s.ment(2), ("PARTNERS_WITH",), s.ment(0), "test/back", 1.0)
    assert len(s.found) == 1  # one relation, whichever end is named first


@pytest.mark.parametrize("first, second", [("abern", "zelto"), ("zelto", "abern")])
def test_guard_drop_clears_key(first: str, second: str) -> None:
    """partnering.ended_ties drops the partnership of "X ended its partnership with Y" and its
    key, whichever of the two ids sorts first."""
    lows = ["x", "ended", "its", "partnership", "with", "y", "."]
    s = _sentence(lows, {0: first, 5: second})
    s.emit(s.ment(0), ("PARTNERS_WITH",), s.ment(5), "verbal/test", 1.0)
    ended_ties(s)
    assert not s.found and not s.seen


BANK: list[Case] = [
    (  # food: an ended tie, the later name first
        "Zelto Foods ended its partnership with Abern Farms.",
        [],
        [("zelto-foods", "PARTNERS_WITH", "abern-farms")],
    ),
    (  # food: the same, the earlier name first
        "Abern Farms ended its partnership with Zelto Foods.",
        [],
        [("abern-farms", "PARTNERS_WITH", "zelto-foods")],
    ),
    (  # telecoms: pulled out of a tie
        "Tarvik Mobile pulled out of its partnership with Brenna Telecom.",
        [],
        [("tarvik-mobile", "PARTNERS_WITH", "brenna-telecom")],
    ),
    (  # services: a cleaning contract is no partnership
        "Ulmar Retail signed a cleaning contract with Corvo Services.",
        [],
        [("ulmar-retail", "PARTNERS_WITH", "corvo-services")],
    ),
    (  # autos: a partnership named in either order is one relation
        "Vessing Motors formed a partnership with Aldo Batteries.",
        [("vessing-motors", "PARTNERS_WITH", "aldo-batteries")],
        [],
    ),
]


@pytest.mark.parametrize("case", BANK)
def test_constructions_keys(case: Case) -> None:
    check(*case)


def test_drop_by_ends() -> None:
    """`Sentence.drop(src, rel, tgt)` takes back one type between given ends (None: any end)."""
    s = _sentence(["x", "y", "z"], {0: "ardo", 1: "belka", 2: "corvin"})
    s.emit(s.ment(0), ("FUNDS",), s.ment(1), "test/a", 1.0)
    s.emit(s.ment(0), ("OWNS",), s.ment(1), "test/b", 1.0)
    s.emit(s.ment(2), ("FUNDS",), s.ment(1), "test/c", 1.0)
    s.emit(s.ment(0), ("PARTNERS_WITH",), s.ment(2), "test/d", 1.0)
    s.drop(s.ment(0), "FUNDS", s.ment(1))
    assert [f.rule for f in s.found] == ["test/b", "test/c", "test/d"]
    s.drop(None, "FUNDS", s.ment(1))
    s.drop(s.ment(2), "PARTNERS_WITH", None)  # named the other way round: nothing
    assert [f.rule for f in s.found] == ["test/b", "test/d"]
    s.drop(None, "PARTNERS_WITH", s.ment(2))
    assert [f.rule for f in s.found] == ["test/b"] and len(s.seen) == 1


DOCUMENT_PAIRS: list[tuple[str, str, str, str]] = [
    (  # food: a rivalry named both ways, in two sentences
        "Quillex Foods competes with Vantora Foods. Sales rose in May. Vantora Foods and "
        "Quillex Foods are rivals.",
        "COMPETES_WITH",
        "quillex-foods",
        "vantora-foods",
    ),
    (  # the same, the later id first
        "Vantora Foods competes with Quillex Foods. Sales rose in May. Quillex Foods and "
        "Vantora Foods are rivals.",
        "COMPETES_WITH",
        "quillex-foods",
        "vantora-foods",
    ),
    (  # packaging: a partnership named both ways
        "Quillex Foods formed a partnership with Vantora Foods. Sales rose in May. Vantora "
        "Foods partners with Quillex Foods on packaging.",
        "PARTNERS_WITH",
        "quillex-foods",
        "vantora-foods",
    ),
]


@pytest.mark.parametrize("text, rel, a, b", DOCUMENT_PAIRS)
def test_document_symmetric_one_relation(text: str, rel: str, a: str, b: str) -> None:
    """`Extraction._add` keys a symmetric relation of the document with `Sentence.key`: named
    in both orders in two sentences it is one relation, each sentence one evidence item."""
    doc = extract(text)
    found = [r for r in doc.relations.values() if r.type == rel]
    assert len(found) == 1, [r.key for r in found]
    assert {found[0].source, found[0].target} == {a, b}
    starts = [e.start for e in found[0].evidence]
    assert starts == sorted(set(starts)) and len(starts) == 2, starts


def test_document_asymmetric_both_ways() -> None:
    """A relation that is no symmetric type keeps its direction: "A owns B" and "B owns A"
    stay two relations."""
    doc = extract("Quillex Foods owns Vantora Foods. Vantora Foods owns Quillex Foods.")
    owns = sorted(r.key for r in doc.relations.values() if r.type == "OWNS")
    assert owns == [
        ("quillex-foods", "OWNS", "vantora-foods"),
        ("vantora-foods", "OWNS", "quillex-foods"),
    ]
