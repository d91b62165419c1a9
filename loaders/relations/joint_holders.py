"""Joint holders: the companion of a holding verb holds what its subject holds.

- `companion`: "A owns X jointly with B", "which A co-owns with B", "It holds X together with
  B": B OWNS X (FUNDS a project) as the sentence already says A does; the verb rules read B as
  no object of the verb (`verbal._joint_cut`).
- `each-holding`: "A and B set up X in 2019, with each holding half", "founded X, each taking
  a 50% stake": each founder holds X.
- `venture-share`: "X is a joint venture: A owns 51% and B the rest", "X is a venture in which
  A holds 51% and B 49%": each holder holds X.
- `formed-venture`: "A and B formed X, a 50-50 joint venture": A and B found X.
"""

from __future__ import annotations

from collections.abc import Collection

from loaders.lexicon import Lexicon
from loaders.relations.deal_guards import planned
from loaders.relations.hedge_scope import ended_hold
from loaders.relations.holding_words import holding_words
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import coord, subjects
from loaders.relations.stake import percent_at
from loaders.relations.words import (
    DEAL_TYPES,
    INDEFINITE_ARTICLES,
    JOINT_WITH,
    PREPOSITIONS,
    SKIP_DETS,
    VENTURE_PHRASES,
    M,
)

VERB_REACH: int = 4  # words between the holding verb and its companion ("owns Y jointly with")


def companion_cues(lex: Lexicon) -> Collection[str]:
    return ("jointly", "together", "with")


def companion(s: Sentence) -> None:
    """B after "jointly with", "together with" (or "with" after a co- verb) holds what the
    holding verb's subject holds, with the same relation."""
    held = [f for f in s.found if f.type in DEAL_TYPES and f.rule.startswith(("verbal/", "stake/"))]
    if not held:
        held_together(s)
        return
    lows = s.lows
    verbs = holding_words(s.lex).joint_hold
    for k in range(1, len(lows) - 1):
        first = _companion_start(lows, k)
        if first < 0 or first >= len(lows) or lows[first] != M or s.is_det(first):
            continue
        v = next((v for v in range(k - 1, max(-1, k - VERB_REACH - 1), -1) if lows[v] in verbs), -1)
        if v < 0 or (lows[k] == "with" and not lows[v].startswith("co-")):
            continue
        if any(w != M for w in lows[v + 1 : k]):
            continue  # "owns X and works together with B": another verb's companion
        idx = coord(s, first, +1)
        members = s.merged(idx)
        before = {i for m in range(v) if lows[m] == M for i in s.ment(m).ids}
        for f in held:
            if f.source not in before or f.target in members.ids or s.blocked(k, idx[-1]):
                continue
            s.emit(members, (f.type,), Mention((f.target,), -1, -1), "joint/companion", 0.7)


HOLD_FORMS: frozenset[str] = frozenset({"hold", "holds", "held", "holding"})


def held_together(s: Sentence) -> None:
    """ "A holds X together with B", "A and C hold X jointly with B": a plain name held with a
    companion is owned (a project funded) by the subject and the companion (no "holds" of a
    bare name is read alone: "holds talks", "holds Tavio Energy shares")."""
    lows = s.lows
    for k in range(2, len(lows) - 2):
        if tuple(lows[k : k + 2]) not in JOINT_WITH or lows[k - 1] != M or lows[k + 2] != M:
            continue
        v = k - 2
        if lows[v] not in HOLD_FORMS or s.is_det(k - 1) or s.is_det(k + 2):
            continue
        subj = subjects(s, v, True)
        last = coord(s, k + 2, +1)[-1]
        if not subj or s.blocked(subj[0] + 1, k + 2) or ended_hold(lows, v, last):
            continue  # "held X together with B until 2020": a tie that is over
        thing = s.ment(k - 1)
        owners = s.merged([*coord(s, subj[0], -1), *coord(s, k + 2, +1)])
        types = ("FUNDS",) if "Project" in s.etypes(k - 1) else ("OWNS",)
        s.emit(owners, types, thing, "joint/held-together", 0.7)


def _companion_start(lows: list[str], k: int) -> int:
    """Where the companion's name starts after "jointly with" / "together with" / "with" at k,
    else -1."""
    if tuple(lows[k : k + 2]) in JOINT_WITH:
        return k + 2
    if lows[k] == "with" and lows[k - 1] not in ("jointly", "together"):
        return k + 1
    return -1


EACH_PARTICIPLES: frozenset[str] = frozenset(
    {"holding", "owning", "keeping", "retaining", "controlling", "taking", "with"}
)
SHARE_MARKS: frozenset[str] = frozenset({"stake", "stakes", "share", "equal", "percent", "cent"})
SHARE_REACH: int = 4  # words from the participle to its share ("each taking a 50% stake")


def each_cues(lex: Lexicon) -> Collection[str]:
    return ("each",)


def each_holding(s: Sentence) -> None:
    """ "A and B set up X in 2019, with each holding half", "founded X, each taking a 50%
    stake": each founder holds the venture (OWNS a company, FUNDS a project)."""
    lows = s.lows
    for k in range(1, len(lows) - 2):
        if lows[k] != "each" or lows[k - 1] not in (",", "with") or not _share_after(s, k + 1):
            continue
        founded = [f for f in s.found if f.type == "FOUNDED" and f.rule.startswith("verbal/")]
        for target in {f.target for f in founded}:
            founders = tuple(f.source for f in founded if f.target == target)
            if len(founders) < 2 or s.blocked(0, k):
                continue
            types = ("FUNDS",) if s.type_of(target) == "Project" else ("OWNS",)
            owners = Mention(founders, -1, -1)
            s.emit(owners, types, Mention((target,), -1, -1), "joint/each-holding", 0.7)


def _share_after(s: Sentence, p: int) -> bool:
    """A participle of holding at p, then a share: "holding half", "taking a 50% stake"."""
    lows = s.lows
    if p >= len(lows) or lows[p] not in EACH_PARTICIPLES:
        return False
    share = lows[p + 1 : p + 1 + SHARE_REACH]
    words = holding_words(s.lex).share_words
    return any("%" in w or w in SHARE_MARKS or w in words for w in share)


VENTURE_NOUNS: frozenset[str] = frozenset(p[-1] for p in VENTURE_PHRASES)  # "venture", "jv"
VENTURE_OPENERS: tuple[tuple[str, ...], ...] = ((":",), (";",), ("in", "which"), ("where",))
BE: frozenset[str] = frozenset({"is", "was", "will", "be", "remains"})
HOLDER_REACH: int = 3  # words from a holder to its share ("owns just over 51%", "the rest")


def venture_cues(lex: Lexicon) -> Collection[str]:
    return VENTURE_NOUNS


def venture_shares(s: Sentence) -> None:
    """ "X is a joint venture: A owns 51% and B the rest", "X is a 50-50 venture in which A
    holds 51% and B 49%": each holder named with a share holds X (FUNDS a project, the
    venture's type, OWNS a company)."""
    lows = s.lows
    for k in range(2, len(lows) - 2):
        if lows[k] not in VENTURE_NOUNS:
            continue
        venture, start = venture_subject(s, k), _opener_end(lows, k + 1)
        if venture < 0 or start < 0:
            continue
        target = s.ment(venture)
        project = all(s.type_of(i) == "Project" for i in target.ids)
        # an appositive ("X, a venture in which ...") names X for its partners' money: FUNDS
        types = ("FUNDS",) if project or lows[venture + 1] == "," else ("OWNS",)
        end = next((q for q in range(start, len(lows)) if lows[q] in (".", ";")), len(lows))
        listed: set[int] = set()  # a list is read from its first member
        for p in range(start, end):
            if lows[p] != M or s.is_det(p) or p in listed:
                continue
            idx = [m for m in coord(s, p, +1) if m < end]
            listed.update(idx)
            if _holds_share(s, idx[-1] + 1, end) and not s.blocked(start, idx[-1] + 1):
                holders = s.merged(idx)
                s.drop(holders, "PARTNERS_WITH", target)  # "its partner B 45%": B's partner
                s.emit(holders, types, target, "joint/venture-share", 0.7)


def venture_subject(s: Sentence, k: int) -> int:
    """The name before "is a (50-50 / joint) venture" at k, or the name the appositive "X, an
    equal venture" describes (plain modifiers only: not "X, a partner in a venture"); else -1."""
    lows = s.lows
    b = k - 1
    plain = True  # no preposition or article between the appositive's opening and the noun
    while b > 0 and k - b <= 4 and lows[b] not in BE and lows[b] != M:
        if lows[b] in INDEFINITE_ARTICLES and b >= 2 and lows[b - 1] == "," and lows[b - 2] == M:
            return b - 2 if plain else -1  # "Orlen Farms, a venture in which A holds 60% ..."
        plain = plain and lows[b] not in PREPOSITIONS and lows[b] not in SKIP_DETS
        b -= 1
    return b - 1 if b >= 1 and lows[b] in BE and lows[b - 1] == M else -1


def _opener_end(lows: list[str], q: int) -> int:
    """Where the holders start after the venture noun: after ":", "in which", "where"."""
    for opener in VENTURE_OPENERS:
        if tuple(lows[q : q + len(opener)]) == opener:
            return q + len(opener)
    return -1


def _holds_share(s: Sentence, q: int, end: int) -> bool:
    """A holding verb then a share, or a gapped share ("and B the rest", "and B 49%")."""
    lows = s.lows
    if q < end and lows[q] in ("each", "both", "together", "jointly"):
        q += 1  # "A and B each own half"
    if q < end and (lows[q] in holding_words(s.lex).joint_hold or lows[q] in ("has", "have")):
        q += 1
    rest = holding_words(s.lex).share_words
    for m in range(q, min(end, q + HOLDER_REACH)):
        if percent_at(lows, m) is not None or lows[m] in rest:
            return True
        if lows[m] not in ("the", "a", "just", "about", "over", "under", "around"):
            return False
    return False


FORM_FORMS: frozenset[str] = frozenset({"form", "forms", "formed", "forming"})
VENTURE_DETS: frozenset[str] = frozenset({"a", "an", "their", "its", "the"})


def formed_cues(lex: Lexicon) -> Collection[str]:
    return FORM_FORMS


def formed_venture(s: Sentence) -> None:
    """ "A and B formed X, a 50-50 joint venture, in 2021": forming a name the sentence calls a
    venture founds it ("formed" alone is no founding: "formed part of", "merged to form")."""
    lows = s.lows
    n = len(lows)
    for k in range(1, n - 4):
        if lows[k] not in FORM_FORMS or lows[k + 1] != M or lows[k + 2] != ",":
            continue
        if lows[k + 3] not in VENTURE_DETS or not _venture_apposed(lows, k + 4):
            continue
        subj = subjects(s, k, True)
        if not subj or subj[0] > k or planned(s, k) or s.blocked(subj[0] + 1, k + 1):
            continue
        founders = s.merged(coord(s, subj[0], -1))
        s.emit(founders, ("FOUNDED",), s.ment(k + 1), "joint/formed-venture", 0.7)


def _venture_apposed(lows: list[str], q: int) -> bool:
    """A venture noun within a few words of description from q ("50-50 joint venture")."""
    for m in range(q, min(len(lows), q + 6)):
        if lows[m] in VENTURE_NOUNS:
            return True
        if not (lows[m].isalpha() or lows[m][:1].isdigit() or lows[m] in ("-", "/")):
            return False
    return False
