"""Claims a sentence's last clause denies: "Ostrel Bank says Kelvin Capital controls Brisk
Pharma, which the firm denies", "..., a claim Kelvin rejects". What the sentence reported is
a claim, no fact: its relations are dropped, save the quarrel ("accused Brisk Pharma of fraud,
which the firm denies": the accusation is made, and rejecting it disputes it).

Words: loaders/data/traps.yaml `claim_denials`, `claim_verbs`, `denied_claim_nouns`
(`trap_words`: a `--lexicon` file extends them).
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Final

from loaders.lexicon import Lexicon
from loaders.relations.model import Sentence
from loaders.relations.trap_words import TrapWords, trap_words
from loaders.relations.words import DISPUTES_ONLY, INDEFINITE_ARTICLES, PUNCT_STOP, M

# who denies: a name, a pronoun or a description ("which the firm denies", "which both have
# denied"); "which denies" (a relative pronoun as subject) denies something else
DENIERS: Final[frozenset[str]] = frozenset({M, "it", "they", "he", "she", "the", "both", "all"})
DENIAL_REACH = 5  # words from the opener to the denial verb


def denial_cues(lex: Lexicon) -> Collection[str]:
    return trap_words(lex).claim_denials


def denied_claims(s: Sentence) -> None:
    """A sentence that ends in ", which the firm denies" or ", a claim Kelvin rejects" states
    a claim: its relations are dropped, save the quarrel ("accused Brisk of fraud, which the
    firm denies": the accusation is made)."""
    if not any(f.type not in DISPUTES_ONLY for f in s.found):
        return
    words = trap_words(s.lex)
    tail = _denial_tail(s.lows, words)
    if tail < 0 or words.claim_verbs.isdisjoint(s.lows[:tail]):
        return  # the denied thing is a claim someone made in the sentence
    s.withdraw([f for f in s.found if f.type not in DISPUTES_ONLY])


def _denial_tail(lows: list[str], words: TrapWords) -> int:
    """The sentence's last clause is ", which <denier> ... <denial>" or ", a claim <denier>
    ... <denial>", with nothing but an adverb ("strongly") or a closing stop after the verb:
    the position of its comma, else -1."""
    for c in range(len(lows) - 2, 0, -1):
        if lows[c] != ",":
            continue
        nxt = lows[c + 1]
        if nxt == "which":
            opener = c + 2
        elif (
            nxt in INDEFINITE_ARTICLES
            and c + 2 < len(lows)
            and lows[c + 2] in words.denied_claim_nouns
        ):
            opener = c + 3
        else:
            return -1
        if opener >= len(lows) or lows[opener] not in DENIERS:
            return -1
        verb = next(
            (
                v
                for v in range(opener, min(len(lows), opener + DENIAL_REACH))
                if lows[v] in words.claim_denials
            ),
            -1,
        )
        rest = lows[verb + 1 :] if verb > 0 else []
        return c if verb > 0 and all(w in PUNCT_STOP or w.endswith("ly") for w in rest) else -1
    return -1
