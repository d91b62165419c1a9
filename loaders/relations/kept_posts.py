"""A bare title of a holder who keeps the rest of a sold firm is that firm's: "Vell agreed to
buy 70% of Tarn Mills. Ada Roe will keep the remaining 30% and stay on as chief executive"
(Tarn Mills', not the buyer's that the bare title would lean on). Read after the stake rules
(`stake.remainder`), whose kept share names the firm.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from loaders.relations.model import Found, Sentence

# the rules of a bare title's firm read from the article (`role.context_emit`, `unnamed_roles`)
CONTEXT_RULES: Final = frozenset({"role/context", "unnamed-roles/context"})
KEPT_RULE: Final = "stake/remainder"


def kept_posts(s: Sentence) -> None:
    """Move a bare title's LEADS to the one firm its holder keeps the rest of in this sentence
    ("The founders will keep the remaining 20%, and Ada Roe will stay on as managing
    director")."""
    kept: dict[str, set[str]] = {}
    for f in s.found:
        if f.rule == KEPT_RULE and f.type == "OWNS":
            kept.setdefault(f.source, set()).add(f.target)
    if not kept:
        return
    for n_f, f in enumerate(s.found):
        firms = kept.get(f.source, set())
        if f.type != "LEADS" or f.rule not in CONTEXT_RULES or len(firms) != 1:
            continue
        firm = next(iter(firms))
        if firm == f.target:
            continue
        s.seen.discard(s.key(f.source, "LEADS", f.target))
        key = s.key(f.source, "LEADS", firm)
        if key in s.seen:
            s.found[n_f] = replace(f, target="")
            continue
        s.seen.add(key)
        s.found[n_f] = Found(f.source, "LEADS", firm, f.rule, f.confidence)
    s.found[:] = [f for f in s.found if f.target]
