"""A bare title of a holder who keeps the rest of a sold firm is that firm's: "Vell agreed to
buy 70% of Tarn Mills. Ada Roe will keep the remaining 30% and stay on as chief executive"
(Tarn Mills', not the buyer's that the bare title would lean on). Read after the stake rules
(`stake.remainder`), whose kept share names the firm.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from loaders.relations.model import Found, Sentence
from loaders.relations.words import M

# the rules of a bare title's firm read from the article (`role.context_emit`, `unnamed_roles`)
CONTEXT_RULES: Final = frozenset({"role/context", "unnamed-roles/context"})
# a bare "Founder X" read onto the article's firm, and the second roles read off that founding
# ("Founder X keeps the remaining 60% and remains chief executive": `founder_also`)
CONTEXT_TYPES: Final = frozenset({"LEADS", "FOUNDED"})
FOUNDER_ALSO: Final = frozenset(
    {"unnamed-roles/founder-also-leads", "unnamed-roles/founder-also-owns"}
)
KEPT_RULE: Final = "stake/remainder"


def kept_posts(s: Sentence) -> None:
    """Move a bare title's LEADS (or a bare "Founder"'s FOUNDED and the roles read off it) to
    the one firm its holder keeps the rest of in this sentence ("The founders will keep the
    remaining 20%, and Ada Roe will stay on as managing director")."""
    kept: dict[str, set[str]] = {}
    for f in s.found:
        if f.rule == KEPT_RULE and f.type == "OWNS":
            kept.setdefault(f.source, set()).add(f.target)
    if not kept:
        return
    for n_f, f in enumerate(s.found):
        firms = kept.get(f.source, set())
        if len(firms) != 1 or not _bare(s, f):
            continue
        firm = next(iter(firms))
        if firm == f.target:
            continue
        s.seen.discard(s.key(f.source, f.type, f.target))
        key = s.key(f.source, f.type, firm)
        if key in s.seen:
            s.found[n_f] = replace(f, target="")
            continue
        s.seen.add(key)
        s.found[n_f] = Found(f.source, f.type, firm, f.rule, f.confidence)
    s.found[:] = [f for f in s.found if f.target]


def _bare(s: Sentence, f: Found) -> bool:
    """A role whose firm was read from the article, not named: a bare title's, or a second
    role off a founding whose firm the sentence does not name."""
    if f.rule in CONTEXT_RULES:
        return f.type in CONTEXT_TYPES
    if f.rule not in FOUNDER_ALSO:
        return False
    return not any(w == M and f.target in s.ment(x).ids for x, w in enumerate(s.lows))
