"""What a bare name does or has that only a company does or has, and a legal form written in
lower case after a name.

A founder and the company named after them share a word: "Lidia Tovalli founded Tovalli
Pneus ... Tovalli sells tyres in 30 countries". The bare "Tovalli" doing a company's things
(sells, launched, operates, its plants, shares of) is the company; saying, "Mr", "she" keep it
the person (`Candidate.firm_context`, read by `loaders.coref`). Each mention goes by its own
cue when both are named (`person_context`, `Registry.surname_side`): "Quillex bought X" is the
company, "Quillex, then 30," and "Mr Quillex" the person. The phrases are in
loaders/data/names.yaml: `firm_context_after` (a company's verbs: "sells", "employs"),
`firm_context_possessions` ("Tovalli's plants"), `firm_context_deals` ("bought", "sued": a
person does these too), `firm_context_launch` with `launched_goods` ("launched the Sava range").
`firm_only` (a name kept apart from the person who bears it) reads `firm_context_after` and a
passive only a company takes, `firm_context_passive` ("was founded", "is owned"), past the
share words of `firm_passive_shares` ("is 40% owned", "has been majority owned").

"Halvern plc" written with a lower-case "plc" leaves the legal form out of the name; it still
types the name and marks it as written in a company's legal form (the parent of "Halvern
Ventures", not its short form).

>>> from loaders.lexicon import Lexicon
>>> from loaders.mentions import analyze
>>> a = analyze("Today Tovalli also sells tyres.", 0, Lexicon.load())
>>> [(c.text, c.firm_context) for c in a.cands]
[('Tovalli', True)]
>>> a = analyze("Halvern plc owns Pellow Shipping.", 0, Lexicon.load())
>>> [(c.text, c.best(), sorted(c.descr)) for c in a.cands]
[('Halvern', 'Organization', ['plc']), ('Pellow Shipping', 'Organization', [])]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from loaders.grammar_words import SKIP_DETS
from loaders.non_names import data_words
from loaders.type_frames import phrase_at

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.mentions import Candidate
    from loaders.tokens import Tok

W_LOWER_LEGAL = 6.0  # as a legal form inside the name
# adverbs and auxiliaries a company's verb may follow ("Tovalli also sells", "Tovalli has
# since bought")
_ADVERBS: Final[frozenset[str]] = frozenset(
    {"also", "now", "still", "then", "later", "recently", "since", "has", "had", "have"}
)
# words before a company's possession ("Quillex's largest rivals", "Quillex's new range")
_MODIFIERS: Final[frozenset[str]] = frozenset(
    {"largest", "biggest", "closest", "nearest", "main", "chief", "new", "latest", "own"}
)
# how a person's age follows a name: "Terrin, 82,", "Terrin, then 30,", "Terrin, aged 30,"
_AGE_WORDS: Final[frozenset[str]] = frozenset({"then", "now", "aged"})


def lower_legal_vote(c: Candidate, toks: list[Tok], lows: list[str], lex: Lexicon) -> None:
    """ "Halvern plc": a lower-case legal form right after the name types it and is kept
    among its descriptors."""
    k = c.j
    if k < len(lows) and toks[k].text.islower() and lows[k] in data_words(lex, "lower_legal_forms"):
        c.vote("Organization", W_LOWER_LEGAL)
        c.descr.add(lows[k])


def trade_descriptor(c: Candidate, lows: list[str], lex: Lexicon) -> None:
    """ "Quillex Bottling, a bottler based in Porto": a trade noun (`trade_anaphora`) in an
    appositive after the name is kept among its descriptors (no type vote), so that a later
    "the bottler" finds it."""
    k = c.j
    if k + 2 >= len(lows) or lows[k] != "," or lows[k + 1] not in SKIP_DETS:
        return
    for q in range(k + 2, min(len(lows), k + 6)):
        if lows[q] in lex.trade_heads:
            c.descr.add(lows[q])
            return
        if not lows[q].isalpha() and "-" not in lows[q]:
            return


def firm_context(c: Candidate, toks: list[Tok], lows: list[str], lex: Lexicon) -> bool:
    """A one-word name a company's verb follows ("Tovalli sells", "Tovalli also launched") or
    a company's possession ("Tovalli's plants", "Tovalli's largest rivals", "Tovalli's Sava
    range"), or after "shares of"."""
    if c.j - c.i != 1:
        return False
    k = c.j
    if k + 1 < len(lows) and lows[k] == "'s":
        k += 1
        while k < len(lows) and k - c.j < 4 and (lows[k] in _MODIFIERS or toks[k].text.istitle()):
            k += 1
        return bool(phrase_at(lows, k, data_words(lex, "firm_context_possessions")))
    k = _past_adverbs(lows, k)
    if phrase_at(lows, k, data_words(lex, "firm_context_after")):
        return True
    if phrase_at(lows, k, data_words(lex, "firm_context_deals")):
        return True
    if k + 1 < len(lows) and lows[k] in data_words(lex, "firm_context_launch"):
        goods = data_words(lex, "launched_goods")
        return toks[k + 1].text.istitle() or any(w in goods for w in lows[k + 1 : k + 5])
    if c.i >= 1 and lows[c.i - 1] in BUYING_FORMS:
        return True  # "Harlow agreed to buy Marr": the firm is bought, not its founder
    return c.i >= 2 and " ".join(lows[c.i - 2 : c.i]) in ("shares of", "shares in")


def firm_only(c: Candidate, lows: list[str], lex: Lexicon) -> bool:
    """A one-word name a company's trade verb (`firm_context_after`: "Castelli makes tyres")
    or a passive only a company takes (`firm_context_passive`: "Castelli was founded in 1921",
    "Castelli is 40% owned by Pirovan", "Castelli has been majority owned since 1981")
    follows. Unlike a deal (a person buys and sues too: `firm_context_deals`), it keeps a bare
    surname apart from the person who bears it (`loaders.coref._join_surnames`)."""
    if c.j - c.i != 1:
        return False
    k = _past_adverbs(lows, c.j)
    if phrase_at(lows, k, data_words(lex, "firm_context_after")):
        return True  # "Castelli makes tyres", "Castelli exports to Spain"
    if k >= len(lows) or lows[k] not in ("is", "was", "been"):
        return False
    k += 1
    shares = data_words(lex, "firm_passive_shares")
    while k < len(lows) and (lows[k] in shares or lows[k].rstrip("%").isdigit()):
        k += 1
    return bool(phrase_at(lows, k, data_words(lex, "firm_context_passive")))


def _past_adverbs(lows: list[str], k: int) -> int:
    """Where a company's verb after a name may stand: past the adverbs and auxiliaries from k
    ("Tovalli also sells", "Tovalli has since bought")."""
    while k < len(lows) and lows[k] in _ADVERBS:
        k += 1
    return k


# entity16: the verb before a bought company named by its founder's surname
BUYING_FORMS: frozenset[str] = frozenset(
    "buy buys bought buying acquire acquires acquired acquiring".split()
)


def person_context(c: Candidate, lows: list[str]) -> bool:
    """A one-word name the sentence makes a person's: a person's cue voted for it ("Mr
    Terrin", "Terrin retired") or an age after it ("Terrin, then 30,", "Terrin, 82,")."""
    if c.j - c.i != 1:
        return False
    votes = c.votes
    if votes.get("Person", 0.0) > votes.get("Organization", 0.0):
        return True
    k = c.j
    if k + 2 >= len(lows) or lows[k] != ",":
        return False
    k += lows[k + 1] in _AGE_WORDS
    age = lows[k + 1 : k + 3]
    return len(age) == 2 and age[0].isdigit() and len(age[0]) <= 3 and age[1] == ","
