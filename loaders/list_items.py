"""A reference inside one item of a ranked or numbered list (round 28).

List articles give each firm a paragraph of its own, opened by a label: an optional bare
ordinal ("4.") and a sentence that is nothing but the firm's name, perhaps with its town in
brackets ("Quorvel Tiles (Leiria)."). The sentences after the label describe that firm:

    3. Ostwind Kelp. The Tromsø grower, backed by Fjellnes Invest, harvests sugar kelp.
    Its founder, Ane Moe, ...

"The Tromsø grower" and "Its founder" at the head of such a sentence are Ostwind Kelp, not
the firm the item before described (the latest strong name in view, since a name alone on a
line carries no cue and stays weak). `item_label` finds the label of a sentence's paragraph;
`listed_item` rebinds a sentence-opening reference to it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Final

from loaders.lexicon import read_data, word_set
from loaders.topic import Pairs, paragraph_start, topic_fits

if TYPE_CHECKING:
    from loaders.coref import Salience
    from loaders.mentions import Analysis
    from loaders.sentence_state import Ref, Resolution

TITLE_WORDS: Final = 10  # at most this many tokens in an item's title ("Quorvel buys Ostrand.")
LABEL_WORDS: Final = 8  # at most this many tokens in a label sentence, its full stop included
BRACKETS: Final = frozenset({"(", ")"})
# review 28: "the rival", "the borrower", "the startup": the other party of a relation in the item
RELATIONAL: Final[frozenset[str]] = word_set(read_data("coref.yaml")["relational_descriptions"])
INVESTEES: Final[frozenset[str]] = word_set(read_data("coref.yaml")["investee_descriptions"])
INVESTOR_NAMES: Final[frozenset[str]] = word_set(read_data("coref.yaml")["investor_name_words"])
JOINERS: Final = frozenset({"&", "-", "'s", "of", "and", "de", "di", "von", "van", "du"})


def _ordinal(a: Analysis) -> bool:
    """A sentence that is only a list number: "4." or "12)"."""
    lows = a.lows
    return 1 <= len(lows) <= 2 and lows[0].isdigit() and len(lows[0]) <= 2


def _label(a: Analysis) -> bool:
    """A sentence that is only capitalized words, a bracketed part and a full stop ("Quorvel
    Tiles (Leiria)."): a list item's label, no clause."""
    toks = a.toks
    if not 2 <= len(toks) <= LABEL_WORDS or toks[-1].text != "." or a.headline:
        return False
    body = [t.text for t in toks[:-1]]
    if not body[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w in BRACKETS or w.lower() in JOINERS for w in body)


def item_label(pairs: Pairs, sno: int, salience: Salience, type_of: Callable[[str], str]) -> str:
    """The one organization the label of sentence `sno`'s paragraph names, when the
    paragraph opens with a label (after a bare ordinal) before `sno`; else ""."""
    start = paragraph_start(pairs, sno)
    k = start
    if not (k < sno and _ordinal(_analysis(pairs, k))):
        return ""  # no numbered item
    k += 1
    if k >= sno:
        return ""
    a = _analysis(pairs, k)
    if _label(a):
        orgs = {r for r in salience.order.get(k, ()) if type_of(r) == "Organization"}
        return next(iter(orgs)) if len(orgs) == 1 else ""
    return _title_subject(a, salience.core.get(k, ()), type_of)


def _title_subject(a: Analysis, core: Sequence[str], type_of: Callable[[str], str]) -> str:
    """The organization opening an item's short title ("Quorvel buys Ostrand Tiles."), else
    ""."""
    if len(a.toks) > TITLE_WORDS or not core or type_of(core[0]) != "Organization":
        return ""
    return core[0] if any(c.i == 0 for c in a.cands) else ""


def _analysis(pairs: Pairs, k: int) -> Analysis:
    return pairs[k][1]  # type: ignore[return-value]


def listed_item(
    got: Resolution | None,
    ref: Ref,
    lows: list[str],
    label: str,
    salience: Salience,
) -> Resolution | None:
    """An organization reference opening its sentence in a list item (`item_label`): the
    item's firm when it resolved to another (or to none) and the description fits the label
    ("the Tromsø grower" fits a firm the text never called otherwise; "the ministry" never)."""
    i, j, kind, etype = ref
    if not label or i != 0 or etype not in ("Organization", "Project", "Product"):
        return got
    if kind == "pronoun" and lows[0] not in ("it", "its"):
        return got
    if kind not in ("pronoun", "np") or (got is not None and got[0] == (label,)):
        return got
    if kind == "np" and not RELATIONAL.isdisjoint(lows[1:j]):
        return got  # "The rival was founded by ...": the other firm the item names
    if kind == "np" and not INVESTEES.isdisjoint(lows[1:j]):
        name = salience.registry.entities[label].name.lower().split()
        if not INVESTOR_NAMES.isdisjoint(name):
            return got  # a fund's item: "the startup" is the firm it backs
    if kind == "np" and not _fits(salience, label, tuple(lows[1:j]), lows[j - 1]):
        return got
    return (label,), 0.75


def _fits(salience: Salience, label: str, words: tuple[str, ...], head: str) -> bool:
    """The description fits the item's firm: it fits as a topic (`topic_fits`), or names no
    public body and the text gave the firm no kind yet beyond its name's words (a label carries
    none)."""
    if topic_fits(salience, label, words, head):
        return True
    kinds = salience.kinds_of(words)
    strict = salience.registry.lex.strict_kinds
    rec = salience.registry.entities[label]
    said = rec.descr - set(rec.name.lower().split())  # not the words of its name
    return not salience.kinds_of(tuple(said)) and not kinds & strict
