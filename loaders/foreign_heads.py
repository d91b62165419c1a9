"""Organizations named by a foreign common noun and a family name: "Maison Dorval", "Casa
Brusa", "Fundación Olmedo", "Stiftung Vossberg", "Bankhaus Lemmer".

The head word ("house", "foundation", "bank", "workshop", "winery" in French, Italian, Spanish,
Portuguese, German or Dutch) opens the name, so the English cues that read the last word
("... Foundation", "... Bank") miss it; and when a member of the family is named too, the bare
surname makes the name look like a person's. The head word is a cue for an organization. The
words live in `loaders/data/names.yaml` under `foreign_org_heads`, with the words for a firm or
its trade under `foreign_firm_words`, which may also end the name ("Tovalli Pneus", "Castell
Textil").

>>> from loaders.lexicon import Lexicon
>>> from loaders.mentions import analyze
>>> a = analyze("Luc Dorval set up the Fondation Dorval in 2012.", 0, Lexicon.load())
>>> [(c.text, c.best()) for c in a.cands]
[('Luc Dorval', None), ('Fondation Dorval', 'Organization')]
>>> a = analyze("Empresas Solmar bought Ribeira Moveis.", 0, Lexicon.load())
>>> [(c.text, c.best()) for c in a.cands]
[('Empresas Solmar', 'Organization'), ('Ribeira Moveis', 'Organization')]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from loaders.lexicon import per_lexicon
from loaders.non_names import data_words

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.mentions import Candidate

W_FOREIGN_HEAD = 4.0  # more than a given name (3), less than a title or a legal form


@per_lexicon
def foreign_heads(lex: Lexicon) -> frozenset[str]:
    """The foreign words that open an organization's name ("Casa", "Empresas", "Grupo"); the
    union is made once per lexicon (every candidate name asks)."""
    return data_words(lex, "foreign_org_heads") | data_words(lex, "foreign_firm_words")


def foreign_head(c: Candidate, lows: list[str], lex: Lexicon) -> bool:
    """The name opens with a foreign organization noun and has a word after it."""
    return c.j - c.i >= 2 and lows[c.i] in foreign_heads(lex)


def foreign_head_vote(c: Candidate, lows: list[str], lex: Lexicon) -> None:
    """Vote Organization for "Casa Brusa", "Stiftung Vossberg", "Tovalli Pneus"."""
    firm_tail = c.j - c.i >= 2 and lows[c.j - 1] in data_words(lex, "foreign_firm_words")
    if foreign_head(c, lows, lex) or firm_tail:
        c.vote("Organization", W_FOREIGN_HEAD)


def family_names(token_lists: Iterable[list[str]], lex: Lexicon) -> set[str]:
    """The family names of the article's "Casa Brusa"-shaped organizations: a name of no other
    cue ending in one ("Ottavia Brusa") is a member of the family, a person."""
    heads = foreign_heads(lex)
    return {t[-1] for t in token_lists if len(t) == 2 and t[0] in heads}
