"""Rebuttals read against the wrong side.

- "Dorla's managing director, Ines Varr, rejected the union's sums": when no named body
  made the claim, the rebuttal rules fall back on the firm in view, which is the speaker's
  own. A person's rebuttal never targets the organization this sentence says they lead.
- "Varr dismissed allegations by Ostel Farms that ...": "claims by X" is the claim's author, not a
  passive agent; only Varr disputes Ostel Farms.

Each rule drops what the rules before it found. Words: `denied_claim_nouns` in
loaders/data/traps.yaml.
"""

from __future__ import annotations

from collections.abc import Collection

from loaders.lexicon import Lexicon
from loaders.relations.model import Sentence
from loaders.relations.trap_words import trap_words
from loaders.relations.words import M


def own_firm(s: Sentence) -> None:
    """No rebuttal from a person to the organization they lead in this sentence ("X's chief,
    A, rejected the union's sums": not A against X)."""
    led = {(f.source, f.target) for f in s.found if f.type == "LEADS"}
    if led:
        rebuttals = [f for f in s.found if f.type == "DISPUTES" and f.rule.startswith("litig")]
        s.withdraw([f for f in rebuttals if (f.source, f.target) in led])


def authored_cues(lex: Lexicon) -> Collection[str]:
    return ("by",)


def authored_claims(s: Sentence) -> None:
    """ "dismissed allegations by X that ...": X is the claim's author, no passive agent of the
    rejecting verb (the passive reading's reverse DISPUTES is dropped)."""
    lows = s.lows
    nouns = trap_words(s.lex).denied_claim_nouns
    passive = [f for f in s.found if f.type == "DISPUTES" and f.rule == "verbal/passive"]
    for t in range(2, len(lows)):
        if lows[t] != M or lows[t - 1] != "by" or lows[t - 2] not in nouns:
            continue
        ids = s.ment(t).ids
        s.withdraw([f for f in passive if f.source in ids])
