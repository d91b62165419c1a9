"""Coordinated given names that share one surname: "brothers Tom and Will Archer", "Ana and
Luis Ferro", "husband and wife Peter and Jane Marsh", "the Okafor sisters, Ada and Ngozi".

Each given name becomes a mention of the full name (its text carries the surname; its span stays
the given name), so the first person is no separate one-word entity ("Tom") and the second keeps
a given name the lexicon reads as a word ("Will").

>>> from loaders.lexicon import Lexicon
>>> from loaders.mentions import analyze
>>> a = analyze("Gallow Brewing was founded by brothers Tom and Will Archer.", 0, Lexicon.load())
>>> [c.text for c in a.cands]
['Gallow Brewing', 'Tom Archer', 'Will Archer']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.lexicon import Lexicon
from loaders.tokens import Tok
from loaders.type_cues import W_TITLE

if TYPE_CHECKING:
    from loaders.mentions import Candidate


def share_surnames(
    cands: list[Candidate], toks: list[Tok], text: str, base: int, lex: Lexicon
) -> list[Candidate]:
    """The candidates with each given name of a shared-surname pair completed (in place)."""
    lows = [t.low for t in toks]
    for c in cands:
        _drop_kin_opening(c, toks, text, base, lex)
    by_start = {c.i: c for c in cands}
    dropped: set[int] = set()
    for c in cands:
        if c.j - c.i != 1 or c.j + 1 >= len(toks) or lows[c.j] != "and":
            continue
        d = _second_person(c, by_start, toks, text, base)
        if d is not None and _pair_cue(c, d, lows, lex):
            c.text = f"{c.text} {toks[d.j - 1].text}"
            _people(c, d)
            continue
        s = _kin_surname(c, by_start, lows, lex)
        d = by_start.get(c.j + 1)
        if s is not None and d is not None and d.j - d.i == 1 and lows[d.i] in lex.first_names:
            c.text, d.text = f"{c.text} {s.text}", f"{d.text} {s.text}"
            _people(c, d)
            dropped.add(s.i)
    return [c for c in cands if c.i not in dropped]


def _people(*cands: Candidate) -> None:
    """A pair sharing a surname is people, as surely as a title says so."""
    for c in cands:
        c.vote("Person", W_TITLE)


def _drop_kin_opening(c: Candidate, toks: list[Tok], text: str, base: int, lex: Lexicon) -> None:
    """ "Twins Lena and Mia Holt": a capitalized kin noun opening the sentence is no name."""
    if (
        c.j - c.i == 2
        and toks[c.i].low in lex.person_cues.kin
        and toks[c.i + 1].low in lex.first_names
    ):
        if c.j < len(toks) and toks[c.j].low == "and":
            c.i += 1
            c.start = toks[c.i].start
            c.text = text[c.start - base : c.end - base]


def _second_person(
    c: Candidate, by_start: dict[int, Candidate], toks: list[Tok], text: str, base: int
) -> Candidate | None:
    """The full name after "and" ("Luis Ferro"), grown over a given name no rule took as a
    name ("Will" of "Will Archer")."""
    d = by_start.get(c.j + 1)
    if d is not None:
        return d if d.j - d.i == 2 else None
    d = by_start.get(c.j + 2)
    given = toks[c.j + 1].text
    if d is None or d.j - d.i != 1 or not given.isalpha() or not given[0].isupper():
        return None
    d.i, d.start = c.j + 1, toks[c.j + 1].start
    d.text = text[d.start - base : d.end - base]
    return d


def _pair_cue(c: Candidate, d: Candidate, lows: list[str], lex: Lexicon) -> bool:
    """Whether "A and B C" shares C: A is a given name, and B is one too or a kin noun stands
    just before A ("brothers Tom and Will Archer")."""
    if lows[c.i] not in lex.first_names:
        return False
    return lows[d.i] in lex.first_names or (c.i > 0 and lows[c.i - 1] in lex.person_cues.kin)


def _kin_surname(
    c: Candidate, by_start: dict[int, Candidate], lows: list[str], lex: Lexicon
) -> Candidate | None:
    """The surname of "the Okafor sisters, Ada and Ngozi" before the given name `c`."""
    if lows[c.i] not in lex.first_names:
        return None
    k = c.i - 1
    if k > 0 and lows[k] == ",":
        k -= 1
    if k < 1 or lows[k] not in lex.person_cues.kin:
        return None
    s = by_start.get(k - 1)
    return s if s is not None and s.j == k and s.j - s.i == 1 else None
