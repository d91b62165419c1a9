"""The held firm of an unnamed stake from the clause the holder's relative hangs on.

"Harlow is controlled by Ravel Holdings, which bought 60% of the company in 2015": "the
company" is Harlow, the subject of the passive Ravel is the agent of, not the firm named last.
"Obrine's shares rose after Lanthorn disclosed owning a tenth of the company": the firm whose
shares moved. "Its biggest holder is H, which owns 23% of the company": the possessor. A
name is never rebound.
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import read_data, word_set
from loaders.relations.model import HOST, Mention, Sentence
from loaders.relations.nav import opening_mention, possessor_mark, subjects
from loaders.relations.words import (
    HOLDER_LINKS,
    PERCENT_WORDS,
    POSSESSIVE_MARKS,
    M,
    holding_participle,
)

RELATIVES = frozenset({"which", "that", "who", "whose"})
WHOSE_REACH = 8  # words from "whose" to a holder in its clause: "whose relatives control it via H"
# words between a holding participle and its "by": "controlled since 2018 by", "owned mostly by"
PARTICIPLE_REACH = 4
PRICE_NOUNS = frozenset({"shares", "stock", "share", "price"})
PRICE_MOVES: Final = word_set(read_data("grammar.yaml")["price_moves"])  # "jumped", "fell"
DESCRIBED_AGENT = 4  # words of a description between "by" and its name: "by the buyout firm"
PERCENT_NEXT: Final = PERCENT_WORDS | {"per"}  # "9 percent", "4 per cent"
PLACE_ONLY: Final = frozenset({"Location"})
DESCRIPTION_REACH: Final = 4  # words of a holder's description: "the Dutch pension investor"
ASIDE_REACH = 7  # words of an aside after an opening name: ", on the other hand,"
TIME_LINKS = frozenset({"after", "when", "as", "since"})


def hosted_owned(s: Sentence, holder: int, verb: int, owned: Mention | None) -> Mention | None:
    """The host firm of the holder's clause when there is one that is not the holder itself (as
    a context mention, so no later topic rule rebinds it), else `owned`."""
    topic = owned is not None and owned.kind == "name"
    if topic and owned is not None and owned.i >= 0:
        return owned  # a name in the sentence
    # the context's topic (at -1) gives way to a clause host only, not to "its" ("A agreed to
    # buy T. Its largest holder is H, with 21%": T, the context's topic, as before)
    # (a topic no takeover put there gives way to the ranked possessor: "Korr runs two mills.
    # Its largest holder is the pension fund H, which owns 18%": Korr, `ranked_holder`)
    ranked = ranked_host(s, holder)
    host = -1 if topic and (ranked < 0 or _taken_topic(s, owned)) else ranked
    if host < 0:
        host = _passive_host(s, holder, verb)
        host = host if host >= 0 else _agent_relative_host(s, holder)
        host = host if host >= 0 else _price_host(s, holder)
        if host >= 0 and s.is_det(host):
            return owned
    if host < 0 or "Organization" not in s.etypes(host):
        return owned
    ment = s.ment(host)
    holders = s.ment(holder).ids
    if set(ment.ids) & set(holders):
        return owned
    i, j = (owned.i, owned.j) if owned else (-1, -1)
    return Mention(ment.ids, i, j, "context", 0.8, HOST)


def _taken_topic(s: Sentence, owned: Mention | None) -> bool:
    """The context's topic is the firm a takeover just before is of ("A agreed to buy T. Its
    largest holder is H, with 21%": T, whatever "its" may point at)."""
    return owned is not None and owned.ids == (s.context.takeover_target,)


def ranked_host(s: Sentence, holder: int) -> int:
    """ "Its biggest holder is H, which owns 23% of the company", "Quorrel's largest
    shareholder remains H, owner of ...", "Its largest investor, the pension fund H, which
    holds 9%": the possessor of the ranked holder noun; else -1."""
    lows = s.lows
    b = described_from(s, holder - 1)
    if b < 3 or not (lows[b] in HOLDER_LINKS or lows[b] == ","):
        return -1
    if lows[b - 1] not in s.lex.holder_nouns or lows[b - 2] not in s.lex.holder_ranks:
        return -1
    o = b - 3
    if lows[o] in POSSESSIVE_MARKS and lows[o - 1] == M:
        return o - 1  # "The company's largest shareholder is": the reference's firm
    return possessor_mark(s, o)


def described_from(s: Sentence, b: int) -> int:
    """The word before a short description ending at b ("the hedge fund", "the Dutch pension
    investor"), when one ends there; else b."""
    lows = s.lows
    for d in range(b, max(-1, b - DESCRIPTION_REACH - 1), -1):
        if lows[d] in ("the", "a", "an"):
            return d - 1 if d < b else b
        if not lows[d].isalpha():
            return b
    return b


def _passive_host(s: Sentence, holder: int, verb: int) -> int:
    """ "B is controlled (since 2018) by K, which ...", "B was founded by K, who ...": B, when a
    relative or an appositive separates K from the stake verb at `verb`; else -1."""
    lows = s.lows
    if holder < 2 or verb <= holder + 1 or lows[holder + 1] != ",":
        return -1
    if not any(
        lows[x] in RELATIVES or lows[x].endswith("ing") for x in range(holder + 2, verb + 1)
    ):
        return -1
    by = _agent_by(lows, holder)
    if by < 0:
        return -1
    founding = s.lex.person_cues.founding
    for p in range(by - 1, max(-1, by - 1 - PARTICIPLE_REACH), -1):
        # "T was set up (in 2004) by P, who owns 40% of the firm": P's firm is T
        up = lows[p] == "set" and lows[p + 1] == "up"
        if holding_participle(lows[p]) or lows[p] in founding or up:
            subj = [c for c in subjects(s, p, True) if c < p and not s.is_det(c)]
            return subj[0] if subj else -1
        if lows[p] == M or lows[p] in (",", ";", "."):
            return -1
    return -1


def _agent_by(lows: list[str], holder: int) -> int:
    """The "by" before the agent at `holder`, past a short description of it ("by the fund
    manager Orvel Capital", "by investment firm Orvel"); else -1."""
    for b in range(holder - 1, max(-1, holder - 2 - DESCRIBED_AGENT), -1):
        if lows[b] == "by":
            return b
        if not lows[b].isalpha() or lows[b] in RELATIVES:
            return -1
    return -1


def _agent_relative_host(s: Sentence, holder: int) -> int:
    """ "T was set up by P, whose relatives control it via H with 55%": T, when the holder
    stands in a relative on the agent of a founding or holding passive; else -1."""
    lows = s.lows
    for r in range(holder - 1, max(2, holder - WHOSE_REACH) - 1, -1):
        if lows[r] in (";", ".", "by"):
            return -1
        if lows[r] in RELATIVES and lows[r - 1] == "," and lows[r - 2] == M:
            return _passive_host(s, r - 2, r)
    return -1


def _price_host(s: Sentence, holder: int) -> int:
    """ "Obrine's shares rose 9% after H ...", "Obrine stock jumped when H said it ...": the
    firm whose share price the main clause reports, when the holder's clause is linked to it
    by a time word; else -1."""
    lows = s.lows
    m = opening_mention(s)
    if m < 0 or m >= holder:
        return -1
    q = m + 1 + (m + 1 < len(lows) and lows[m + 1] in POSSESSIVE_MARKS)
    if q >= holder or not (lows[q] in PRICE_NOUNS or _moved(s, q, holder)):
        return -1
    # "after H disclosed ...", "after H said it owns ...": the link before the holder's clause
    link = next((x for x in range(holder - 1, q, -1) if lows[x] in TIME_LINKS), -1)
    # "after H said it owns": a name may stand before the pronoun
    named = s.ment(holder).kind == "pronoun"
    if link < 0 or any(
        lows[x] in (";", ":") or (lows[x] == M and not named and not _place(s, x))
        for x in range(link + 1, holder)
    ):
        return -1
    return m


def _moved(s: Sentence, q: int, holder: int) -> bool:
    """ "Obrine jumped 12% after", "Obrine, for its part, rose 4% when": past a short aside, a
    verb of a share price's move and its percentage follow the opening name at q-1."""
    lows = s.lows
    if lows[q] == ",":
        close = next((x for x in range(q + 1, min(holder, q + ASIDE_REACH)) if lows[x] == ","), -1)
        if close < 0 or any(lows[x] == M and s.ment(x).kind == "name" for x in range(q + 1, close)):
            return False
        q = close + 1
    return q + 2 < holder and lows[q] in PRICE_MOVES and _percent(lows, q + 1)


def _percent(lows: list[str], k: int) -> bool:
    """A percentage opens at k: "12%", "4 per cent", "9 percent"."""
    w = lows[k]
    return w.endswith("%") or (w[:1].isdigit() and lows[k + 1] in PERCENT_NEXT)


def _place(s: Sentence, x: int) -> bool:
    """A place's name before the holder ("after Oslo-based H took ..."): no other firm."""
    return s.etypes(x) == PLACE_ONLY


def in_which(s: Sentence, holder: int) -> bool:
    """The holder at `holder` opens a relative on the held firm ("Corma, in which H owns a
    60% stake"): the stake is the antecedent's, not the article's topic's."""
    return holder >= 2 and s.lows[holder - 1] == "which" and s.lows[holder - 2] == "in"
