"""A town named between "the" and a trade noun that describes the firm named right after it.

"the Redditch foundry Kestel Forge", "the small Lisburn bakery Crumb & Co", "the Orrin
pottery Hale Ware": a one-word name no list knows, after "the" (and lower-case adjectives),
before up to three lower-case words that end in a company noun, with another name right after
that noun, is where the firm is, not a firm of its own (which would compete, be bought and be
placed). Not a part of a firm ("the Harlow unit Orlo": Harlow is the parent), not a body's own
name before its noun ("the Unite union"), not a maker ("the Orso chocolate maker X" may be its
brand), not a given name or a demonym, not an organization-shaped name.

>>> from loaders.lexicon import Lexicon
>>> from loaders.mentions import analyze
>>> a = analyze("The Redditch foundry Kestel Forge cut jobs.", 0, Lexicon.load())
>>> [(c.text, c.best()) for c in a.cands]
[('Redditch', 'Location'), ('Kestel Forge', 'Organization')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from loaders.lexicon import DEMONYM_ENDINGS, nationality, per_lexicon
from loaders.non_names import data_words
from loaders.person_cues import organization_shaped
from loaders.premodifier import OWN_NAME_HEADS

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.mentions import Analysis, Candidate

W_TOWN: Final = 4.0  # as a town before a company noun after "a" (`place_cues._town_descriptors`)
TRADE_REACH: Final = 3  # "the Redditch grey-iron foundry X": lower-case words up to the noun
ADJECTIVE_REACH: Final = 2  # "the small family": lower-case words between "the" and the name
NATIONALITY_ENDS: Final = tuple(end for end, alone in DEMONYM_ENDINGS.items() if alone)


# generic company nouns a firm's own name or its parent's stands before as often ("the Kelso
# group Orlo"), and a bank, which a region or a nation names ("the Basque bank X": measured)
NOT_TOWN_HEADS: Final[frozenset[str]] = frozenset(
    {"affiliate", "maker", "company", "firm", "group", "house", "chain", "label", "agency", "bank"}
)


@per_lexicon
def _firm_nouns(lex: Lexicon) -> frozenset[str]:
    """The singular company nouns a town locates (`located_heads`, as the relation
    `appositive.place_heads` reads them), less the parts of firms, the nouns a body's own name
    stands before and a maker's noun (its brand may stand there)."""
    nouns = {w for w in lex.located_heads if not w.endswith("s") or w.endswith("ss")}
    return frozenset(nouns - lex.new_part_heads - OWN_NAME_HEADS - NOT_TOWN_HEADS)


def town_firm_votes(a: Analysis, lex: Lexicon) -> None:
    """Vote Location for the town of "the Redditch foundry Kestel Forge" (see the module doc)."""
    starts = {c.i for c in a.cands}
    for c in a.cands:
        if c.known or c.j - c.i != 1 or c.votes.get("Location") or not _plain(a, c):
            continue
        if person_or_people(a.lows[c.i], lex):
            continue
        if organization_shaped(c, a.lows, lex) or not _the_before(a, c.i):
            continue
        if _firm_noun_then_name(a, c.j, starts, lex):
            c.vote("Location", W_TOWN)


def person_or_people(low: str, lex: Lexicon) -> bool:
    """A given name or a people's adjective ("Dutch", "Swiss", "Corvish"), no town."""
    if low in lex.first_names or low.endswith(NATIONALITY_ENDS) or nationality(low):
        return True
    return lex.demonym(low) or low in data_words(lex, "short_demonyms")


def _plain(a: Analysis, c: Candidate) -> bool:
    """ "Redditch": a capital, then lower-case letters only."""
    return plain_word(a.toks[c.i].text)


def plain_word(text: str) -> bool:
    """ "Redditch": a capital, then lower-case letters only (not "BMW", "McKay")."""
    return len(text) > 2 and text.isalpha() and text[0].isupper() and text[1:].islower()


def _the_before(a: Analysis, i: int) -> bool:
    """ "the" right before token i, or before up to two lower-case adjectives there."""
    k = i - 1
    while k >= 0 and i - 1 - k < ADJECTIVE_REACH and a.lows[k] != "the":
        if not a.toks[k].text.isalpha() or not a.toks[k].text.islower():
            return False
        k -= 1
    return k >= 0 and a.lows[k] == "the"


def _firm_noun_then_name(a: Analysis, k: int, starts: set[int], lex: Lexicon) -> bool:
    """From k, lower-case words end in a company noun and a name begins right after it."""
    nouns = _firm_nouns(lex)
    m = k
    while m < len(a.lows) and m - k < TRADE_REACH:
        text = a.toks[m].text
        if not text.replace("-", "").isalpha() or not text.islower():
            return False
        if a.lows[m] in nouns:
            return m + 1 in starts
        m += 1
    return False
