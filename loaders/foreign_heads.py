"""Organizations named by a foreign common noun and a family name: "Maison Dorval", "Casa
Brusa", "Fundación Olmedo", "Stiftung Vossberg", "Bankhaus Lemmer".

The head word ("house", "foundation", "bank", "workshop", "winery" in French, Italian, Spanish,
Portuguese, German or Dutch) opens the name, so the English cues that read the last word
("... Foundation", "... Bank") miss it; and when a member of the family is named too, the bare
surname makes the name look like a person's. The head word is a cue for an organization. The
words live in `loaders/data/names.yaml` under `foreign_org_heads`, with the words for a firm or
its trade under `foreign_firm_words`, which may also end the name ("Tovalli Pneus", "Castell
Textil"), in the main languages of business news (Romance, German, Dutch, Nordic, Polish, Czech,
Turkish, Malay); German, Dutch and Nordic words for a firm's works also end a compound
(`foreign_compound_tails`: "Glockengiesserei Voss", "Stadtwerke Ebbing").

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


def compound_firm_word(word: str, lex: Lexicon) -> bool:
    """A German, Dutch or Nordic word for a firm or its works, alone ("Brauerei") or ending a
    compound after three letters or more ("Glockengiesserei", "Stadtwerke", "Innovatiefonds").

    >>> from loaders.lexicon import Lexicon
    >>> lex = Lexicon.load()
    >>> [compound_firm_word(w, lex) for w in ["stadtwerke", "werke", "glockengiesserei", "fonds"]]
    [True, True, True, True]
    >>> [compound_firm_word(w, lex) for w in ["feldhaus", "frederi", "handel"]]
    [False, False, False]
    """
    tails, lengths = _compound_tails(lex)
    size = len(word)
    for n in lengths:  # shortest first; the tail is looked up, no pattern is run
        if n > size:
            break
        if word[size - n :] in tails:
            rest = word[: size - n]  # nothing, or three word characters or more
            if not rest or (len(rest) >= 3 and all(ch.isalnum() or ch == "_" for ch in rest)):
                return True
    return False


@per_lexicon
def _compound_tails(lex: Lexicon) -> tuple[frozenset[str], tuple[int, ...]]:
    """The tails `compound_firm_word` takes, and their lengths (shortest first)."""
    tails = data_words(lex, "foreign_compound_tails")
    return tails, tuple(sorted({len(t) for t in tails}))


def foreign_word(word: str, lex: Lexicon) -> bool:
    """A foreign word that opens or ends an organization's name (`foreign_heads`, or a
    compound's firm word)."""
    return word in foreign_heads(lex) or compound_firm_word(word, lex)


def foreign_head(c: Candidate, lows: list[str], lex: Lexicon) -> bool:
    """The name opens with a foreign organization noun and has a word after it, not a number
    ("Werkstatt 2040" is a programme's name)."""
    return c.j - c.i >= 2 and foreign_word(lows[c.i], lex) and not lows[c.i + 1][:1].isdigit()


def foreign_head_vote(c: Candidate, lows: list[str], lex: Lexicon) -> None:
    """Vote Organization for "Casa Brusa", "Stiftung Vossberg", "Tovalli Pneus"."""
    last = lows[c.j - 1]
    firm_words = data_words(lex, "foreign_firm_words")
    tail = c.j - c.i >= 2 and (last in firm_words or compound_firm_word(last, lex))
    if foreign_head(c, lows, lex) or tail:
        c.vote("Organization", W_FOREIGN_HEAD)


def family_names(token_lists: Iterable[list[str]], lex: Lexicon) -> set[str]:
    """The family names of the article's "Casa Brusa"-shaped organizations: a name of no other
    cue ending in one ("Ottavia Brusa") is a member of the family, a person."""
    return {t[-1] for t in token_lists if len(t) == 2 and foreign_word(t[0], lex)}
