"""Stances by comparative ellipsis: "The chair has stood behind her, as has the main investor,
Ostrom Group", "Brask Capital has attacked Kell Mining over the loss, as has Nordpensjon".

`as-too`: ", as AUX X" after a clause that backs or disputes someone: X takes the same stance
towards the same party; ", and so AUX X" after a dispute too (`so_too` reads its backing). The
backing verb's object is read as `so_too` reads it; a dispute (or a backing another rule read)
is taken from the relations found in the clause before the comma, both of whose parties the
clause names outside a relative aside. In a passive clause ("Kell Mining was sued by Brask
Capital, as was Tarn Metals": a `passive_aux` after the subject, "by" before the agent) X
shares the subject's role: the agent disputes X too. The auxiliary is followed by a name or an
article (not ", as has been said", "and so is expected to"); no backing that is negated or
hedged.
Words: `so_auxiliaries` and `back_verbs` in `loaders/data/holdings.yaml`.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon
from loaders.relations.holding_words import holding_words
from loaders.relations.model import Mention, Sentence
from loaders.relations.so_too import back_elided, elided_backer, relative_asides
from loaders.relations.words import ARTICLES, DISPUTES_ONLY, PASSIVE_AUX, PUNCT_STOP, M

RULE: Final[str] = "backing/as-too"
STANCES: Final[frozenset[str]] = frozenset({"BACKS", "DISPUTES"})


def as_cues(lex: Lexicon) -> frozenset[str]:
    return frozenset({"as", "so"})


def as_too(s: Sentence) -> None:
    """ "A backed B, as has C": C backs B; "A sued B, as did C" (or "and so did C"): C
    disputes B."""
    lows = s.lows
    so_aux = holding_words(s.lex).so_auxiliaries
    for p in range(3, len(lows) - 2):
        if lows[p + 1] not in so_aux or not (lows[p + 2] == M or lows[p + 2] in ARTICLES):
            continue  # not ", as has been reported", "and so is expected to"
        comparative = lows[p] == "as" and lows[p - 1] == ","
        if not comparative and (lows[p] != "so" or lows[p - 1] != "and"):
            continue
        backer = elided_backer(s, p + 2)
        if backer < 0:
            continue
        if not comparative:  # "and so has C": `so_too` reads the backing
            _found_stances(s, p, backer, DISPUTES_ONLY)
            continue
        back_elided(s, p, backer, RULE)
        _found_stances(s, p, backer, STANCES)


def _found_stances(s: Sentence, p: int, backer: int, types: frozenset[str]) -> None:
    """The stances found in the clause before the comma at p - 1, given to the name at
    `backer` too: both parties named in the clause, outside a relative aside. The name takes
    the role of the clause's subject: the source in an active clause, the target in a passive
    one ("A was sued by B, as was C": B disputes C)."""
    lows = s.lows
    start = max((x + 1 for x in range(p - 1) if lows[x] in PUNCT_STOP), default=0)
    asides = relative_asides(lows, start, p - 1)
    named: dict[str, int] = {}
    for t in range(start, p - 1):
        if lows[t] == M and not any(a < t < b for a, b in asides):
            for i in s.ment(t).ids:
                named.setdefault(i, t)
    own = set(s.ment(backer).ids)
    for f in list(s.found):
        if f.type not in types or f.source not in named or f.target not in named:
            continue
        if f.target in own or f.source in own:
            continue
        if _passive_agent(lows, named[f.target], named[f.source], asides):
            s.emit(Mention((f.source,), -1, -1), (f.type,), s.ment(backer), RULE, 0.6)
            continue
        if any(_passive_agent(lows, named[f.target], t, asides) for t in named.values()):
            continue  # the clause's subject is the target of a passive: not the source's role
        s.emit(s.ment(backer), (f.type,), Mention((f.target,), -1, -1), RULE, 0.6)


def _passive_agent(lows: list[str], subj: int, agent: int, asides: list[tuple[int, int]]) -> bool:
    """`subj` is the subject of a passive verb whose agent is the name at `agent`: "Kell Mining
    (has) been sued by (the fund) Brask Capital"; a passive auxiliary between them, outside an
    aside, and "by" before the agent with at most a short description between ("by the
    chairman, Rolf Eide")."""
    if not subj < agent:
        return False
    by = next((x for x in range(agent - 1, max(subj, agent - 7), -1) if lows[x] == "by"), -1)
    if by < 0 or any(lows[x] in PUNCT_STOP for x in range(by + 1, agent)):
        return False
    return any(
        lows[x] in PASSIVE_AUX and not any(a < x < b for a, b in asides)
        for x in range(subj + 1, by - 1)
    )
