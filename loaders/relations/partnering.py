"""Partnerships stated without the "partnership with X" phrase.

"Velmont struck a partnership last spring with the Irish miller Coyle Grain" (an adjunct
between the noun and "with"); "Tessly's battery pack was designed in partnership with Omura
Cells" (the possessor of a thing made jointly is the partner); "the course Maple Schools
created in 2017 jointly with Lorne University"; "a tie-up linking both firms", "the two firms'
partnership" (the pair named before); "Under the partnership, A will pay B $65m" (the
parties of the verb). Words: `loaders/data/partnering.yaml`.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Final

from loaders.lexicon import Lexicon, read_data
from loaders.relations.modal_acts import preceded_by
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import coord, match_gap, subjects
from loaders.relations.tail_makers import tail_maker
from loaders.relations.words import (
    ARTICLES,
    DEFINITE_DETS,
    POSSESSIVE_MARKS,
    PUNCT_STOP,
    REPORTING,
    M,
)

_DATA = read_data("partnering.yaml")
NOUNS: Final = frozenset(_DATA["nouns"])
MAKING_VERBS = frozenset(_DATA["making_verbs"])
LINKING_WORDS = frozenset(_DATA["linking_words"])
PART_WORDS = frozenset(_DATA["part_words"])
JOINT_MARKERS: Final[tuple[tuple[str, ...], ...]] = tuple(tuple(m) for m in _DATA["joint_markers"])
JOINT_VERBS = frozenset(_DATA["joint_verbs"])
JOINT_DOUBTS: Final = frozenset(_DATA["joint_doubts"])
DOUBT_FILLERS: Final = frozenset(_DATA["doubt_fillers"])
DEAL_NOUNS = frozenset(_DATA["deal_nouns"])
BUYING_VERBS = frozenset(str(v).split()[0] for v in _DATA["buying_verbs"])
_NAMES: Final = read_data("names.yaml")
# the verbs that bring out what a firm made ("Kelso launched Quill", "rolled out", "opened")
OWN_LAUNCH: Final = JOINT_VERBS | frozenset(
    str(w).split()[0] for k in ("frame_launch_object", "frame_launched") for w in _NAMES[k]
)
SELLER_NOUNS = frozenset(_DATA["seller_nouns"])
PURCHASE_WORDS = frozenset(_DATA["purchase_words"])
STANCE_VERBS = frozenset(_DATA["stance_verbs"])
PARTNER_NOUNS: Final = frozenset(_DATA["partner_nouns"])
TIE_FACTS: Final[frozenset[str]] = frozenset(_DATA["tie_facts"])
TIE_DOUBTS: Final[frozenset[str]] = frozenset(_DATA["tie_doubts"])
ENDING_VERBS = tuple(tuple(str(v).split()) for v in _DATA["ending_verbs"])
FRONTED_VERBS = JOINT_VERBS | frozenset(_DATA["fronted_verbs"])
# auxiliaries between a fronted partner's clause subject and its verb ("it is building")
FRONTED_AUX = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "be", "been"})
TIE_NOUNS = NOUNS | DEAL_NOUNS
ADJUNCT_WORDS = 4  # "last spring", "back in March", "in early 2019"
RULE = "partnering/"
REPORTED = -2  # the maker's place is a reporting source's
PASSIVE_LINKS = frozenset({"was", "were", "is", "are", "been", "be", "being", ","})


def cues(lex: Lexicon) -> Collection[str]:
    return NOUNS


# the markers' distinctive words ("partnership", "jointly"), not "in" or "with"
JOINT_WORDS = frozenset(w for m in JOINT_MARKERS for w in m if w not in ("in", "with", "as", "a"))


def joint_cues(lex: Lexicon) -> Collection[str]:
    return JOINT_WORDS


def emit_partners(s: Sentence, a: Mention, b: Mention, rule: str, lo: int, hi: int) -> None:
    if not s.blocked(lo, hi) and not s.hedged_after(hi):
        s.emit(a, ("PARTNERS_WITH",), b, RULE + rule, 0.75)


def _pairwise(s: Sentence, ids: tuple[str, ...], rule: str, lo: int, hi: int) -> None:
    for n, x in enumerate(ids):
        for y in ids[n + 1 :]:
            emit_partners(s, Mention((x,), lo, lo + 1), Mention((y,), lo, lo + 1), rule, lo, hi)


def linked_pair(s: Sentence) -> None:
    """ "a tie-up linking both firms", "the two firms' partnership", "an alliance joining A
    and B": the parties of a partnership noun."""
    lows = s.lows
    n = len(lows)
    for k, w in enumerate(lows):
        if w not in NOUNS:
            continue
        if k + 2 < n and lows[k + 1] in LINKING_WORDS and lows[k + 2] == M:
            group = coord(s, k + 2, +1)
            ids = s.merged(group).ids if len(group) > 1 else s.ment(k + 2).ids
            if len(ids) >= 2:
                _pairwise(s, ids, "linked-pair", max(0, k - 3), group[-1] + 1)
            continue
        p = k - 1
        while p >= 0 and k - p <= 3 and lows[p] != M and lows[p].isalpha():
            p -= 1  # "the two firms' long-standing supply partnership"
        if p >= 1 and lows[p] in POSSESSIVE_MARKS and lows[p - 1] == M:
            m = s.ment(p - 1)
            if m.kind == "pair" and len(m.ids) >= 2:
                _pairwise(s, m.ids, "linked-pair", p - 1, k + 1)


def partner_after_with(s: Sentence, p: int) -> int:
    """The mention after "with" at p, past up to three descriptor words ("the Irish miller")."""
    lows = s.lows
    for q in range(p + 1, min(len(lows), p + 5)):
        if lows[q] == M:
            return q
        if not lows[q].isalpha():
            return -1
    return -1


def adjunct_partnership(s: Sentence) -> None:
    """ "Velmont struck a partnership last spring with the Irish miller Coyle Grain": a time
    adjunct between the partnership noun and "with" (the trigger phrase reads them adjacent)."""
    lows = s.lows
    n = len(lows)
    for k, w in enumerate(lows):
        if w not in NOUNS or k < 2:
            continue
        verb = next((v for v in range(k - 1, max(-1, k - 4), -1) if lows[v] in MAKING_VERBS), -1)
        if verb < 1:
            continue
        p = k + 1
        while p < n and p - k <= ADJUNCT_WORDS and lows[p] != "with":
            if lows[p] == M or lows[p] in PUNCT_STOP or lows[p] in (",", "to", "that", "and"):
                break
            p += 1
        if p == k + 1 or p >= n or lows[p] != "with":
            continue
        other = partner_after_with(s, p)
        got = subjects(s, verb, True)
        if other < 0 or not got or got[0] >= verb:
            continue
        emit_partners(s, s.ment(got[0]), s.ment(other), "adjunct", got[0] + 1, other)


_TERMS_OPENERS = (("under",), ("as", "part", "of"))
_TERMS_DETS = frozenset({"the", "this", "that", "their", "its", "a"})
_TERMS_WORDS = 3  # "the new ten-year partnership": words before the noun
_VERB_WORDS = 3  # "will pay", "is to give": words between the two parties


def under_terms(s: Sentence) -> None:
    """ "Under the partnership, A will pay B $65m upfront", "As part of the alliance, A gives B
    access to its depots": the two parties named next to the verb are partners."""
    lows = s.lows
    for opener in _TERMS_OPENERS:
        if tuple(lows[: len(opener)]) == opener:
            break
    else:
        return
    k = len(opener)
    if k >= len(lows) or lows[k] not in _TERMS_DETS:
        return
    e = k + 1
    while e < len(lows) and e - k <= _TERMS_WORDS and lows[e] not in NOUNS:
        if lows[e] == M or lows[e] in PUNCT_STOP or lows[e] == ",":
            return
        e += 1
    if e + 2 >= len(lows) or lows[e] not in NOUNS or lows[e + 1] != ",":
        return
    a = e + 2
    if lows[a] != M or s.is_det(a):
        return
    b = a + 1
    while b < len(lows) and b - a <= _VERB_WORDS and lows[b] != M and lows[b].isalpha():
        b += 1
    if b < len(lows) and lows[b] == M and b - a > 1 and not s.is_det(b):
        emit_partners(s, s.ment(a), s.ment(b), "under-terms", a, b)


def _joint_marker(lows: list[str], k: int) -> int:
    for marker in JOINT_MARKERS:
        if tuple(lows[k : k + len(marker)]) == marker:
            return k + len(marker)
    return -1


def _maker_before(s: Sentence, v: int) -> int:
    """Who made the thing the verb at v made jointly: a possessor ("Tessly's battery pack was
    designed"), an organization subject or one right before a reduced relative ("the course
    Maple Schools created"); else -1."""
    lows = s.lows
    got = subjects(s, v, True, near=6)
    m = got[0] if got and got[0] < v else -1
    if m < 0:
        return _possessor_before(s, v, 8)  # "Kelso's new podcast app was developed jointly"
    if m + 1 < len(lows) and lows[m + 1] in POSSESSIVE_MARKS:
        return m if "Organization" in s.etypes(m) else -1  # "Arcadia Air's new lounge"
    # "The arena was built in partnership with X", "a lounge, built ...": the thing made
    # ("that it is building jointly with X" is active: its subject makes it)
    passive = lows[v - 1] in PASSIVE_LINKS and not lows[v].endswith("ing")
    if "Organization" in s.etypes(m) and not s.is_det(m) and not passive:
        return m
    owner = _possessor_before(s, m)
    if owner < 0 and m >= 1 and lows[m - 1] == ",":
        owner = _possessor_before(s, m - 1)  # "Ferrin Savings' app, Nestpot, built jointly"
    return owner


def _possessor_before(s: Sentence, m: int, reach: int = 4) -> int:
    """ "Tessly's battery pack", "its battery pack": the organization possessing the thing
    that ends before m (a few plain words between); else -1."""
    lows = s.lows
    for q in range(m - 1, max(-1, m - 1 - reach), -1):
        if lows[q] == M and (s.is_det(q) or lows[q + 1] in POSSESSIVE_MARKS):
            return q if "Organization" in s.etypes(q) else -1
        if not lows[q].isalpha() and lows[q] != "'s":
            return -1
    return -1


def jointly_made(s: Sentence) -> None:
    """ "Tessly's battery pack was designed in partnership with Omura Cells", "the course
    Maple Schools created in 2017 jointly with Lorne University": the maker partners with the
    one it made the thing with (the verb is claimed: the partner is no object of it)."""
    lows = s.lows
    for k in range(2, len(lows)):
        end = _joint_marker(lows, k)
        if end < 0:
            continue
        e = partner_after_with(s, end - 1)  # "with the store group Galeries Orban"
        if e < 0 or "Organization" not in s.etypes(e):
            continue

        v = k - 1
        thing = -1
        while v >= 0 and k - v <= 5 and lows[v] not in JOINT_VERBS:
            thing = v if thing < 0 and _named_thing_made(s, v) else thing
            if _object_pronoun(s, v) or thing >= 0:
                v -= 1  # "developed it together with X": the thing made, no party
                continue
            place = lows[v] == M and s.etypes(v) == {"Location"}  # "opened in Paris as a ..."
            if (lows[v] == M and not place) or lows[v] in PUNCT_STOP or lows[v] == ",":
                v = -1
                break
            v -= 1
        if v < 0 or lows[v] not in JOINT_VERBS or _doubted(lows, v):
            continue
        if thing >= 0 and lows[k] == "together" and _possessor(lows, e):
            s.claimed.update([v, *range(k, end)])  # "launched Quill together with X's new
            continue  # app": two things made, no party
        maker = _maker_before(s, v)
        if maker < 0:
            maker = tail_maker(s, v)  # "a variety X released after trials, run jointly with Y"
        last = max((x for x in range(v) if lows[x] == M), default=-1)
        if last >= 0 and any(w in REPORTING for w in lows[last:v]):
            maker = REPORTED  # "X said a flagship opened ...": X reports, it made nothing
        if maker >= 0:
            for m in _joint_makers(s, maker):
                emit_partners(s, s.ment(m), s.ment(e), "jointly-made", maker + 1, e)
            if thing >= 0:
                _founded_thing(s, maker, v, thing, k)
        elif s.context.joint_org and _house_made(s, e, v, s.context.joint_org):
            # "A flagship opened in 2021 as a partnership with X": the company of the text
            house = Mention((s.context.joint_org,), -1, -1, "context", 0.7)
            emit_partners(s, house, s.ment(e), "jointly-made", 0, e)
        elif maker != REPORTED and any(w == M for w in lows[:v]):
            continue  # "The arena was built in partnership with X": whose, the rules below say
        # the verb and the noun trigger are read here: the partner is no object of the verb
        s.claimed.add(v)
        s.claimed.update(range(k, end))


def _joint_makers(s: Sentence, maker: int) -> list[int]:
    """The maker at `maker` and the organizations named with it ("Selby Water and Tarn
    Council opened a plant built in partnership with X": both); a pronoun stands alone."""
    if s.ment(maker).kind != "name":
        return [maker]
    return [m for m in coord(s, maker, -1) if m == maker or "Organization" in s.etypes(m)]


def _house_made(s: Sentence, e: int, v: int, own: str) -> bool:
    """The thing made jointly (verb at v, partner at e) is the text's company `own`'s: no other
    organization is named, nor another possessor of anything before the verb ("Orra's app was
    built in partnership with X", Orra a place or a person), nor a maker after the partner
    ("... with X by the city"); the sentence may name `own` itself, as the possessor or the
    launcher of the thing ("Kelso launched Quill, an app built in partnership with X",
    "Quill, Kelso's pump, which was developed jointly with X") or the speaker of a later
    clause ("... with X, and Kelso said ..."), not as its buyer or user ("Kelso bought Quill,
    an app built ...", "Kelso opposed the farm, developed ...")."""
    lows = s.lows
    if e + 1 < len(lows) and lows[e + 1] == "by":
        return False  # "developed in partnership with X by the army": the army made it
    for x in range(v):
        if lows[x] == M and lows[x + 1] in POSSESSIVE_MARKS and own not in s.ment(x).ids:
            return False
    named = [x for x, w in enumerate(lows) if w == M and x != e and own in s.ment(x).ids]
    if not any(x < v and lows[x + 1] in POSSESSIVE_MARKS for x in named):  # not "Kelso's"
        if not all(_own_as_maker(s, x, v) for x in named):
            return False
    return _no_other_org(s, e, own)


def _own_as_maker(s: Sentence, x: int, v: int) -> bool:
    """The text's company named at x is the thing's maker, not its buyer, user or critic: the
    subject of a launch before the verb at v, a speaker (or a pronoun) after it."""
    lows = s.lows
    if x > v:  # a pronoun after the verb stands for the thing's maker ("test it")
        return s.ment(x).kind != "name" or any(w in REPORTING for w in lows[x + 1 : x + 3])
    return any(w in OWN_LAUNCH for w in lows[x + 1 : v])


def _object_pronoun(s: Sentence, v: int) -> bool:
    """An object pronoun right after a joint verb at v ("designed it", "built them")."""
    lows = s.lows
    return (
        v >= 1
        and lows[v] == M
        and lows[v - 1] in JOINT_VERBS
        and s.ment(v).kind == "pronoun"
        and not s.is_det(v)
    )


def _founded_thing(s: Sentence, maker: int, v: int, thing: int, k: int) -> None:
    """ "launched Quill jointly with X", "set Quill up together with X": the verb at v (claimed
    here) still founds the named thing at `thing` for the maker, as the verb alone would."""
    for phrase, trigs in s.lex.triggers.bucket(s.lows[v]):
        if not v < match_gap(s, v, phrase) <= k:
            continue
        for t in trigs:
            if t.family == "verb" and not t.reverse and "FOUNDED" in t.types:
                rule = "partnering/jointly-made"
                s.emit(s.ment(maker), ("FOUNDED",), s.ment(thing), rule, 0.7, t)
                return


def _doubted(lows: list[str], v: int) -> bool:
    """A plan or chance word before the joint verb at v ("would run", "hoped to have built")."""
    return preceded_by(lows, v, JOINT_DOUBTS, DOUBT_FILLERS, v)


def _possessor(lows: list[str], e: int) -> bool:
    """The mention at e possesses what follows it ("X's new cell")."""
    return e + 1 < len(lows) and lows[e + 1] in POSSESSIVE_MARKS


def _named_thing_made(s: Sentence, v: int) -> bool:
    """ties34: a named product or project right after a joint verb at v ("developed Quill
    jointly with X", "built the Harrow Dock in partnership with X"): the thing made, no party."""
    lows = s.lows
    if v < 1 or lows[v] != M or s.is_det(v):
        return False
    made = lows[v - 1] in JOINT_VERBS or (
        v >= 2 and lows[v - 1] in ARTICLES and lows[v - 2] in JOINT_VERBS
    )
    types = s.etypes(v)
    return made and bool(types) and types <= {"Product", "Project"}


def stake_in_partnership(s: Sentence) -> None:
    """ "Vantora bought 20% of Halden as one element of a partnership for drone patrols",
    "took a 15% stake in Olvo as part of a wider alliance": the holder the sentence found
    before "as" partners with what it bought into (named right before "as")."""
    lows = s.lows
    for k, w in enumerate(lows):
        if w not in NOUNS:
            continue
        a = k - 1
        while a > 0 and k - a <= 6 and lows[a] in PART_WORDS:
            a -= 1
        if a < 1 or lows[a] != "as" or lows[a + 1] not in ("part", "one", "a", "an"):
            continue
        last = max(
            (x for x in range(a) if lows[x] == M and s.etypes(x) != {"Location"}), default=-1
        )  # "bought 20% of Halden, a Dunmore start-up, as ...": Halden
        if last < 0 or any(w in ("with", "between", "among") for w in lows[k + 1 : k + 4]):
            continue  # "as part of its partnership with Y": the partner is named
        before = {i for x in range(last) if lows[x] == M for i in s.ment(x).ids}
        for f in list(s.found):
            if f.type in ("OWNS", "FUNDS") and f.source in before and f.target in s.ment(last).ids:
                got = (Mention((f.source,), -1, -1), Mention((f.target,), -1, -1))
                s.emit(got[0], ("PARTNERS_WITH",), got[1], RULE + "stake-partnership", 0.6)


OPENING_DETS: Final[frozenset[str]] = DEFINITE_DETS | {"a"}


def tie_at(words: list[str], k: int) -> bool:
    """The lower-case words hold "a|the <partnership noun> with" from k ("A tie-up with",
    "the partnership with")."""
    return (
        k + 2 < len(words)
        and words[k] in OPENING_DETS
        and words[k + 1] in NOUNS
        and words[k + 2] == "with"
    )


def opens_tie(words: list[str]) -> bool:
    """A sentence opening "A tie-up with", "The partnership with" (its first three words,
    lower-case): its other party is the firm the article is about."""
    return tie_at(words, 0)


def opening_tie(s: Sentence) -> None:
    """ "A tie-up with Holberg Optik to build a smart lens was dropped last year", "The
    partnership with X was wound up in 2023" in an article about Kestova (nothing else named):
    Kestova partners with X (an ended partnership still counts)."""
    org = s.context.joint_org
    lows = s.lows
    if not org or not opens_tie(lows[:3]):
        return
    e = partner_after_with(s, 2)
    if e < 0 or "Organization" not in s.etypes(e) or s.is_det(e) or org in s.ment(e).ids:
        return
    if TIE_FACTS.isdisjoint(lows[e + 1 :]) or not TIE_DOUBTS.isdisjoint(lows):
        return  # "A tie-up with X could follow", "... was ruled out": no partnership stated
    if _no_other_org(s, e):
        emit_partners(s, Mention((org,), -1, -1, "context", 0.7), s.ment(e), "opening-tie", 0, e)


def _no_other_org(s: Sentence, e: int, own: str = "") -> bool:
    """No organization is named in the sentence but the one at e (and the text's own `own`)."""
    return not any(
        x != e and w == M and "Organization" in s.etypes(x) and own not in s.ment(x).ids
        for x, w in enumerate(s.lows)
    )


def purchase_cues(lex: Lexicon) -> Collection[str]:
    return DEAL_NOUNS


def not_a_purchase(s: Sentence) -> None:
    """A deal that is a purchase gives no partnership: "struck a deal with Orvo to buy
    Brindle" (Orvo sells), "reached an agreement with Brindle's shareholders", "the deal
    between A and B" where the sentence says A buys B."""
    found = [f for f in s.found if f.type == "PARTNERS_WITH" and not f.rule.startswith(RULE)]
    if not found:
        return
    lows = s.lows
    owned = {frozenset((f.source, f.target)) for f in s.found if f.type == "OWNS"}
    merger = NOUNS.isdisjoint(lows) and any(
        w in DEAL_NOUNS and k >= 1 and lows[k - 1] in PURCHASE_WORDS for k, w in enumerate(lows)
    )  # "signed a merger agreement" (and no partnership noun besides)
    for f in found:
        pair = frozenset((f.source, f.target))
        if (
            merger
            or pair in owned
            or any(_sold_by(s, t, pair) for t, w in enumerate(lows) if w == M)
        ):
            s.withdraw([f])


def _sold_by(s: Sentence, t: int, pair: frozenset[str]) -> bool:
    """The partner named at t sells in a deal ("a deal with X to buy", "an agreement with X's
    shareholders"), or the deal is someone else's ("backed the deal with X")."""
    lows = s.lows
    n = len(lows)
    if not pair.intersection(s.ment(t).ids) or t < 2 or lows[t - 1] != "with":
        return False
    d = next((d for d in range(t - 2, max(-1, t - 5), -1) if lows[d] in DEAL_NOUNS), -1)
    if d < 0:
        return False
    v = d - 1
    while v >= 0 and d - v <= 3 and lows[v] not in STANCE_VERBS:
        if lows[v] == M or lows[v] in NOUNS:
            break  # "welcomed its partnership deal with X": its own
        v -= 1
    if v >= 0 and lows[v] in STANCE_VERBS:
        return True  # "backed the deal with Harlow": a stance on another's deal
    if t + 2 < n and lows[t + 1] == "'s" and lows[t + 2] in SELLER_NOUNS:
        return True
    q = coord(s, t, +1)[-1] + 1
    return q + 1 < n and lows[q] == "to" and lows[q + 1] in BUYING_VERBS


def tie_cues(lex: Lexicon) -> Collection[str]:
    return NOUNS | DEAL_NOUNS


def ended_ties(s: Sentence) -> None:
    """A tie the sentence ends gives no partnership: "ended its partnership with X", "pulled
    out of its deal with X", "terminated the contract with X"."""
    found = [f for f in s.found if f.type == "PARTNERS_WITH"]
    if not found:
        return
    lows = s.lows
    ended = [t for t, w in enumerate(lows) if w == M and _ended_with(s, t)]
    for f in found:
        pair = frozenset((f.source, f.target))
        if any(pair.intersection(s.ment(t).ids) for t in ended):
            s.withdraw([f])


def _ended_with(s: Sentence, t: int) -> bool:
    """The name at t follows "with" after a tie noun that an ending verb governs: "ended its
    five-year partnership with X"."""
    lows = s.lows
    if t < 3 or lows[t - 1] != "with":
        return False
    d = next((d for d in range(t - 2, max(-1, t - 5), -1) if lows[d] in TIE_NOUNS), -1)
    v = d - 1
    while v >= 0 and d - v <= 4 and lows[v] != M and lows[v] not in PUNCT_STOP:
        if any(tuple(lows[v - len(p) + 1 : v + 1]) == p for p in ENDING_VERBS):
            return True
        v -= 1
    if v >= 0 and lows[v] == M and s.is_det(v):  # "its", "their"
        return any(tuple(lows[v - len(p) : v]) == p for p in ENDING_VERBS)
    return False


def partner_cues(lex: Lexicon) -> Collection[str]:
    return PARTNER_NOUNS


def with_partner(s: Sentence) -> None:
    """ "Kaito Yards bid for the work with Dutch partner Van Dijk Bouw", "alongside partner X":
    a partner named after "with" partners with the clause's subject."""
    lows = s.lows
    n = len(lows)
    for k, w in enumerate(lows):
        if w not in PARTNER_NOUNS or k + 1 >= n or lows[k + 1] != M or s.is_det(k + 1):
            continue
        a = k - 1
        while (
            a >= 0
            and k - a <= 3
            and lows[a].replace("-", "").isalpha()
            and lows[a]
            not in (
                "with",
                "alongside",
            )
        ):
            a -= 1  # "with Dutch partner", "with long-time local partner"
        if a < 1 or lows[a] not in ("with", "alongside"):
            continue
        if k + 2 < n and lows[k + 2] in POSSESSIVE_MARKS:
            continue  # "with partner X's rival": a possessor
        if any(first == k + 1 for first, _, _ in s.folds):
            continue  # "with partner X's rival, Y" (folded into Y): Y is no partner
        partners = coord(s, k + 1, +1)
        subj = subjects(s, a, True)
        if not subj or subj[0] >= a or s.etypes(subj[0]) != {"Organization"}:
            continue
        if any(lows[x] in PUNCT_STOP or _negated(s, x) for x in range(subj[0], a)):
            continue  # ("did not bid with partner X")
        for x in partners:
            if "Organization" in s.etypes(x):
                # (the cue is read from "with": "bid for the work with" is no hedge of it)
                emit_partners(s, s.ment(subj[0]), s.ment(x), "with-partner", a, x)


def _negated(s: Sentence, q: int) -> bool:
    """A negation starts at q ("not", "never", "failed to")."""
    neg = s.lex.negation
    return s.lows[q] in neg and neg.match(s.lows, q) is not None


def fronted_cues(lex: Lexicon) -> Collection[str]:
    return ("with",)


def fronted_with(s: Sentence) -> None:
    """ "With Brenna Logistics, it is building a warehouse there": a partner fronted before a
    clause whose subject does a joint act (`joint_verbs`, `fronted_verbs`); not "With X gone,"
    nor "With X as its customer," (the comma must follow the name)."""
    lows = s.lows
    n = len(lows)
    if n < 6 or lows[0] != "with" or lows[1] != M or s.is_det(1):
        return
    partners = coord(s, 1, +1)
    c = partners[-1] + 1
    if c + 2 >= n or lows[c] != "," or lows[c + 1] != M:
        return
    subj = c + 1
    v = subj + 1
    while v < n and v - subj <= 3 and lows[v] in FRONTED_AUX:
        v += 1
    if v >= n or lows[v] not in FRONTED_VERBS:
        return
    for x in partners:
        if "Organization" in s.etypes(x) and "Organization" in s.etypes(subj):
            emit_partners(s, s.ment(x), s.ment(subj), "fronted-with", 0, v)
