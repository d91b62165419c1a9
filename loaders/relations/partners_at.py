"""A firm's partners "at" another firm (round 19, speaker binding).

"Quillex's partners at Orvik Labs", '"Our partners at Orvik Labs have been patient," said Ilse
Brant, Quillex's chief executive': a possessed "partner(s) at" and an organization's name is
the firm partnered with (Quillex PARTNERS_WITH Orvik Labs). Unpossessed, "a partner at law firm
X" and "partners at Sequoia" stay people's job titles (`role._partner_at`); a person's name
after "at" ("our partner at the bank, Ann Lee") is no partner firm either.
"""

from __future__ import annotations

from loaders.lexicon import Role
from loaders.relations.model import Sentence
from loaders.relations.words import M

PARTNER_WORDS = frozenset({"partner", "partners"})


def owned_partner_at(s: Sentence, at: int, role: Role) -> bool:
    """The word at `at` is the "at" of a possessed "partner(s) at <Organization>": the role
    noun right before it, an organization's name right after it."""
    lows = s.lows
    if "PARTNERS_WITH" not in role.types or not 1 <= at < len(lows) - 1:
        return False
    if lows[at] != "at" or lows[at - 1] not in PARTNER_WORDS or lows[at + 1] != M:
        return False
    return s.etypes(at + 1) == frozenset({"Organization"})
