"""A further share after an owner the verbal family reads (round 21): "Kvarnby is 55% owned by
Rosvall Investa; the fund Oresund Forvaltning holds a further 12%". The stake rules run before
the verbal family, so when they bind a further share (`further_shares.further_owned`) the
passive owner is not yet found; read after it, the share's holder OWNS what that owner owns
(FUNDS too for a share bought: "... and Oresund took a further 12%").

Only a named subject of a holding or buying verb right before "a further N%" that ends its
phrase, with no stake of that holder found in the sentence.
"""

from __future__ import annotations

from loaders.lexicon import Lexicon
from loaders.relations.bare_buys import bought_ends
from loaders.relations.deal_guards import intended
from loaders.relations.further_shares import HELD_TYPES, further_share
from loaders.relations.holding_words import holding_words
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import subjects
from loaders.relations.stake import _stake_opening, _stake_verb, percent_at
from loaders.relations.words import M


def cues(lex: Lexicon) -> frozenset[str]:
    return holding_words(lex).further_shares


def later_further(s: Sentence) -> None:
    """The named holder of a bare further share OWNS the company this sentence found owned."""
    lows = s.lows
    for k in range(2, len(lows)):
        pct = percent_at(lows, k)
        if pct is None or not further_share(s, k):
            continue
        e = pct[1] + (pct[1] < len(lows) and lows[pct[1]] in s.lex.stake_nouns)
        if not bought_ends(s, e):
            continue
        v, _ = _stake_opening(s, k)
        verb = _stake_verb(s, v)
        if verb is None or verb[1] == "sell" or intended(s, verb[0]):
            continue
        cands = subjects(s, verb[0], True)
        if not cands or cands[0] > verb[0] or lows[cands[0]] != M or s.is_det(cands[0]):
            continue
        if s.blocked(cands[0] + 1, verb[0]):
            continue
        holder = s.ment(cands[0])
        owned = _owned_here(s, holder)
        if owned is None:
            continue
        types = ("OWNS", "FUNDS") if verb[1] == "hold" else ("FUNDS",)
        s.emit(holder, types, Mention((owned,), -1, -1, "context", 0.8), "stake/further", 0.65)


def _owned_here(s: Sentence, holder: Mention) -> str | None:
    """The one company another owner owns in this sentence's found relations; None when the
    holder already holds a stake here, or there is no such company or several."""
    if any(f.type in HELD_TYPES and f.source in holder.ids for f in s.found):
        return None
    owned = {f.target for f in s.found if f.type == "OWNS"} - set(holder.ids)
    return next(iter(owned)) if len(owned) == 1 else None
