"""A known place inside a firm's own name: "Andes Valve Co", "Corran Baltic Bank".

`loaders.mentions` cuts a known place out of a capitalized run ("Norway's Vessla Shipping"
stays two names). A run that closes on a legal suffix ("Co", "Ltd", "GmbH") is one firm's
name when a plain word stands between the place and the suffix ("Andes Valve Co", not "Andes
Co"); a place between a plain word and the run's closing organization word ("Corran Baltic
Bank") is the middle of one name, not a bank beside a sea.

>>> from loaders.lexicon import Lexicon
>>> from loaders.mentions import analyze
>>> names = lambda text: [c.text for c in analyze(text, 0, Lexicon.load()).cands]
>>> names("The barges were sold to Andes Valve Co last year.")
['Andes Valve Co']
>>> names("The loan came from Corran Baltic Bank, the lender said.")
['Corran Baltic Bank']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon


def place_in_firm_name(i: int, j: int, k: int, e: int, lows: list[str], lex: Lexicon) -> bool:
    """The known place at [k, e) is a part of the firm's name [i, j): the run closes on a
    legal suffix after a plain word, or on an organization word with a plain word before the
    place."""
    if e >= j or j - i > 5:
        return False
    last = lows[j - 1].rstrip(".")
    if any(w in lex.first_names or w in lex.stopwords for w in lows[i:k]):
        return False  # "chief executive Ana Lima Co": no firm opens on a person
    if last in lex.legal_suffixes and j - e >= 2:
        return _plain(lows[e : j - 1], lex)  # "Andes Valve Co", not "Andes Co"
    if last in lex.org_words and k > i and j - e == 1:
        return _plain(lows[i:k], lex)  # "Corran Baltic Bank"
    return False


def _plain(words: list[str], lex: Lexicon) -> bool:
    """Plain name words: alphabetic, no stop-word, no known name of their own."""
    return all(
        w.isalpha() and w not in lex.stopwords and lex.known_phrases.lookup((w,)) is None
        for w in words
    )
