"""Coordination family: relations among the members of one group.

"Musk and Altman clashed" (mutual), "a feud between Musk and Altman" (between), "Stargate is a
joint venture between OpenAI, Oracle and SoftBank" (group).
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import GAP, Lexicon, per_lexicon
from loaders.pair_apart import APART_CONF
from loaders.project_heads import headed_name_end
from loaders.relations.deal_guards import planned_between
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import (
    coord,
    left,
    match_gap,
    right,
    subjects,
)
from loaders.relations.possessed_pairs import listed_as, possessed_pair
from loaders.relations.rival_words import rival_words
from loaders.relations.words import (
    ARTICLES,
    AUXILIARIES,
    CLAUSE_STOP,
    DEAL_TYPES,
    GROUP_LINKS,
    GROUP_PREPS,
    POSSESSIVE_MARKS,
    PREPOSITIONS,
    PUNCT_STOP,
    SKIP_DETS,
    M,
)

# the particle closing a mutual phrase ("fall out") that "of" turns into another verb
PARTICLES = frozenset({"out"})


# a mutual phrase, its relation types, the words it needs (all but the gap)
MutualEntry = tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]


@per_lexicon
def mutual_table(lex: Lexicon) -> dict[str, tuple[MutualEntry, ...]]:
    """`lex.mutual` by first word, each phrase with the words it needs: a phrase with a word
    the sentence lacks cannot match (`match_gap`), and is skipped by a set test instead of a
    scan (once per lexicon)."""
    return {
        w: tuple((phrase, types, frozenset(phrase) - {GAP}) for phrase, types in bucket)
        for w, bucket in lex.mutual.items()
    }


def _longest_mutual(
    s: Sentence, k: int, entries: tuple[MutualEntry, ...], present: set[str]
) -> tuple[int, tuple[str, ...], tuple[str, ...]] | None:
    """The end, types and phrase of the longest mutual phrase matched at k, else None."""
    best = None
    for phrase, types, needs in entries:
        if not needs <= present:
            continue  # a word of the phrase is not in the sentence
        e = match_gap(s, k, phrase)
        if e > k and (best is None or e > best[0]):
            best = (e, types, phrase)
    return best


def mutual(s: Sentence) -> None:
    lows, lex = s.lows, s.lex
    n = len(lows)
    table = mutual_table(lex)
    present: set[str] | None = None  # the sentence's words, once it has a mutual phrase's first
    for k in range(n):
        if lows[k] == M or lows[k] not in table:
            continue
        if present is None:
            present = set(lows)
        best = _longest_mutual(s, k, table[lows[k]], present)
        if not best:
            continue
        e, types, phrase = best
        plain, e = e, reciprocal_end(lows, e)  # "compete with each other"
        if "DISPUTES" in types and _market_fight(s, e):
            types = ("COMPETES_WITH",)  # "A and B fight for the same customers": rivals
        o = e
        while o < n and o - e < 2 and (lows[o].endswith("ly") or lows[o] in ("also", "still")):
            o += 1  # "compete chiefly with X"
        if o < n and (lows[o] == M or lows[o] in ("with", "against")):
            continue  # has an object: the trigger rules handle it
        if lows[e - 1] in PARTICLES and o < n and lows[o] == "of":
            continue  # "A and B fell out of the index": another verb than "fall out"
        if _object_later(lows, o):
            continue  # "fight for shelf space with X": an object after a purpose phrase
        subj = left(s, k, 3, CLAUSE_STOP)
        if subj < 0:
            subj = _relative_subject(s, k)
        if subj < 0 and k >= 1 and s.lows[k - 1] == "and":
            # "A, B and C are the three biggest lenders and compete for deposits"
            subj = next(iter(subjects(s, k, True)), -1)
        if subj < 0:
            continue
        idx = coord(s, subj, -1)
        group = s.merged(idx)
        if len(group.ids) < 2 or _blocked_act(s, subj, k, e, types):
            continue
        if lows[k] == "to" and s.blocked(0, k):
            continue  # "does not expect A and B to be rivals": the whole clause is denied
        if "COMPETES_WITH" in types and _loose_bid(s, k, e, phrase, min(idx)):
            types = tuple(x for x in types if x != "COMPETES_WITH")
            if not types:
                continue
        types = _apart_rivals(s, idx, _named_dispute(s, idx, types))
        types = _joint_side(s, idx, k, e, types)
        if not types:
            continue
        pairs(s, group, types, "coordination/mutual", 0.7)
        if e > plain:
            _also_with(s, idx, e, types)


def _named_dispute(s: Sentence, idx: list[int], types: tuple[str, ...]) -> tuple[str, ...]:
    """The types less DISPUTES when a member is "the two"/"both firms"/"the pair": the sides
    of a fight are named where it is told ("A and B clashed"), while a pair reference resolves
    to the salient pair, often one named earlier than the fight or half a person or a product
    ("A hired P from B. The two have clashed": not A and B)."""
    if "DISPUTES" not in types or all(s.ment(i).kind != "pair" for i in idx):
        return types
    return tuple(t for t in types if t != "DISPUTES")


def _apart_rivals(s: Sentence, idx: list[int], types: tuple[str, ...]) -> tuple[str, ...]:
    """The types less COMPETES_WITH when a member is a pair reference resolved to two names
    the text did not put together lately (`loaders.pair_apart`): "A makes vans. P joined B in
    May. Later C ... The two are rivals" is no rivalry of a guessed pair."""
    if "COMPETES_WITH" not in types:
        return types
    if all(s.ment(i).kind != "pair" or s.ment(i).conf > APART_CONF for i in idx):
        return types
    return tuple(t for t in types if t != "COMPETES_WITH")


def _blocked_act(s: Sentence, subj: int, k: int, e: int, types: tuple[str, ...]) -> bool:
    """A negation or hedge between the group ending at subj and the phrase's end e; for rival
    bids (k to e holds a `bid_words` word), whose "bid for" is itself a hedge of a purchase,
    only a negation inside the phrase ("A and B made no offers for X")."""
    bids = rival_words(s.lex).bid_words
    if "COMPETES_WITH" not in types or bids.isdisjoint(s.lows[k:e]):
        return s.blocked(subj + 1, e)
    return s.blocked(subj + 1, k) or s.negated(k, e)


# bare bid verbs of a rival-bid phrase, which need what is bid for after them ("both bid for X",
# not "both bid farewell to")
BARE_BIDS: Final = frozenset({"bid", "bidding", "separately"})
BID_OBJECTS: Final = frozenset({"for", "on", "to", "against"})
# prepositions after a head noun that make a group their object, not the subject ("Creditors of
# A and B", "Shareholders in A and B"; not "firms including A and B")
GROUP_PREPS_OF: Final = frozenset({"of", "in", "at", "from", "for", "with", "to"})


def _loose_bid(s: Sentence, k: int, e: int, phrase: tuple[str, ...], first: int) -> bool:
    """A rival-bid phrase (k to e holds a `bid_words` word) that names no rival bidders: its
    gap holds a noun phrase of its own ("among the banks lending to the bidders", "among the
    suitors' backers": a preposition, a second determiner or a possessive bid noun); its group
    is a preposition's object ("Creditors of A and B submitted bids"); a bare "both bid" has
    nothing bid for after it ("both bid farewell to")."""
    lows = s.lows
    n = len(lows)
    bids = rival_words(s.lex).bid_words
    if bids.isdisjoint(lows[k:e]):
        return False
    if first >= 2 and lows[first - 1] in GROUP_PREPS_OF and lows[first - 2].isalpha():
        return True  # "Shareholders in A and B both bid for X": the holders bid
    if GAP in phrase:
        g = k + phrase.index(GAP)
        b = next((x for x in range(g, e) if lows[x] in bids), e)
        head = False  # a word other than a determiner seen in the gap
        for w in lows[g:b]:
            if w in PREPOSITIONS or w == M or (head and w in ARTICLES):
                return True  # "among the banks lending to the bidders"
            head = head or w not in ARTICLES
        if b + 1 < n and lows[b + 1] in POSSESSIVE_MARKS:
            return True  # "among the suitors' financial backers"
    if phrase[-1] in BARE_BIDS:
        o = e
        while o < n and o - e < 2 and (lows[o].endswith("ly") or lows[o] in ("again", "also")):
            o += 1
        return not (o < n and lows[o] in BID_OBJECTS)
    return False


def _joint_side(
    s: Sentence, idx: list[int], k: int, e: int, types: tuple[str, ...]
) -> tuple[str, ...]:
    """The types less COMPETES_WITH when a joint word lies by the group and its verb (k to e),
    or one price follows a bid verb: "A and B bid jointly for X", "a consortium of A and B bid
    for X", "A and B bid $2bn for X" (one side)."""
    if "COMPETES_WITH" not in types:
        return types
    rw = rival_words(s.lex)
    lows = s.lows
    priced = not rw.bid_words.isdisjoint(lows[k:e]) and any(
        w[:1].isdigit() or w[:1] in "$£€" for w in lows[k : e + 2]
    )
    near = lows[max(0, min(idx) - 4) : _clause_end(lows, e)] + [s.ment(i).word for i in idx]
    ids = [x for i in idx for x in s.ment(i).ids]
    allied = any((a, "PARTNERS_WITH", b) in s.seen for a in ids for b in ids)
    if not priced and not allied and rw.joint_words.isdisjoint(near):
        return types
    return tuple(t for t in types if t != "COMPETES_WITH")


JOINT_REACH: Final = 10  # words after a rival-bid phrase where a joint word may stand


def _clause_end(lows: list[str], e: int) -> int:
    """The end of the clause after e, within JOINT_REACH words: "both bid for X's assets
    together"."""
    p = e
    while p < len(lows) and p - e < JOINT_REACH:
        if lows[p] in PUNCT_STOP or lows[p] == "," or lows[p] in CLAUSE_STOP:
            break
        p += 1
    return max(p, min(len(lows), e + 4))


def _also_with(s: Sentence, members: list[int], e: int, types: tuple[str, ...]) -> None:
    """ "A and B compete with each other and (also) with C", "are close rivals of one another
    and of C": each member with each one named after the second preposition."""
    lows = s.lows
    n = len(lows)
    q = e + (e < n and lows[e] == "and")
    if q == e:
        return
    while q < n and q - e <= 3 and (lows[q] in ("also", "too", "now") or lows[q].endswith("ly")):
        q += 1  # "and also with", "and increasingly with"
    preps = ("with", "against", "of") if lows[e - 3] == "of" else ("with", "against")
    if q + 1 >= n or lows[q] not in preps:
        return  # "rivals of one another and of C" as well
    first = right(s, q + 1, 2)
    if first < 0 or s.blocked(e, first):
        return
    others = coord(s, first, +1)
    for x in members:
        for y in others:
            if set(s.ment(x).ids).isdisjoint(s.ment(y).ids):
                s.emit(s.ment(x), types, s.ment(y), "coordination/mutual", 0.7)


def _market_fight(s: Sentence, e: int) -> bool:
    """ "fight for the same customers", "battle for market share": a fight for a market after
    the trigger ending at e (not "fight for control of X", "fight over patents")."""
    lows = s.lows
    if e >= len(lows) or lows[e] != "for":
        return False
    rw = rival_words(s.lex)
    if lows[e + 1 : e + 3] == ["the", "same"]:
        return True  # "fight for the same farmers", "vie for the same sites"
    for q in range(e + 1, min(len(lows), e + 5)):
        if lows[q] in rw.market_words or lows[q] in rw.taken_things:
            return True
        if not lows[q].isalpha() or lows[q] in ("of", "over"):
            return False
    return False


def _object_later(lows: list[str], o: int) -> bool:
    """ "for shelf space with X", "for scrap against X": a short "for" phrase, then the
    other side."""
    if o >= len(lows) or lows[o] != "for":
        return False
    for q in range(o + 1, min(len(lows) - 1, o + 6)):
        if lows[q] in ("with", "against") and lows[q + 1] != "each":
            return True
        if lows[q] in PUNCT_STOP or lows[q] == "," or lows[q] == M:
            return False
    return False


VERB_SKIP = AUXILIARIES | {"which", "who", "that", "long", "both", "all", "often", "already"}


def _relative_subject(s: Sentence, k: int) -> int:
    """ "A and B, which have long competed with each other": the names before the relative
    pronoun and the auxiliaries and adverbs before the verb at k, else -1."""
    lows = s.lows
    m = k - 1
    while m >= 0 and k - m <= 5 and (lows[m] in VERB_SKIP or lows[m].endswith("ly")):
        m -= 1
    if m >= 1 and lows[m] == "," and lows[m + 1] in ("which", "who") and lows[m - 1] == M:
        return m - 1
    return -1


RECIPROCALS = (("each", "other"), ("one", "another"))


def reciprocal_end(lows: list[str], e: int) -> int:
    """Past "with each other", "against one another" at e, else e."""
    if e < len(lows) and lows[e] in ("with", "against", "of"):  # "rivals of one another"
        if tuple(lows[e + 1 : e + 3]) in RECIPROCALS:
            return e + 3
    if tuple(lows[e : e + 2]) in RECIPROCALS:
        return e + 2  # "rival each other"
    return e


@per_lexicon
def _plural_roles(lex: Lexicon) -> frozenset[str]:
    """The role phrases' first words in -s ("rivals"): where `described_pairs` reads a group."""
    return frozenset(w for w in lex.roles.keys() if w.endswith("s"))


def described_pairs(s: Sentence) -> None:
    """ "A and B, long bitter rivals, agreed to merge", "rivals A and B", "the two rivals": a
    plural relational noun (a role such as "rivals") that describes a group ties its members."""
    lows, roles = s.lows, s.lex.roles
    plurals = _plural_roles(s.lex)
    n = len(lows)
    for k, w in enumerate(lows):
        if w == M:
            pair = s.ment(k)
            role = roles.lookup((pair.word,)) if pair.kind == "pair" and pair.word else None
            if role is not None and not role.inverse and not role.person_holder:
                # "the two rivals"; not "the partners" for co-owners or venture members (who
                # are partners only where the text says so: the partnership rules read that)
                types = tuple(t for t in role.types if t != "PARTNERS_WITH")
                if possessed_pair(s, k):  # "X's two biggest rivals": X's, not each other's
                    listed_as(s, k, types, "coordination/described")
                else:
                    pairs(s, pair, types, "coordination/described", 0.7)
            continue
        if w not in plurals:
            continue
        role = roles.lookup((w,))
        if role is None or role.inverse or role.person_holder:
            continue
        first = -1
        m = k - 1
        while m >= 0 and k - m <= 5 and lows[m] != M and lows[m].replace("-", "").isalpha():
            m -= 1  # "A and B, long-time rivals,"
        after = k + 1
        if lows[after : after + 3] in (["of", "one", "another"], ["of", "each", "other"]):
            after += 3  # "A and B, rivals of one another,"
        closes = after >= n or lows[after] in (",", ".", ";", ")")
        if closes and m >= 1 and lows[m] == "," and lows[m - 1] == M and "'s" not in lows[m:k]:
            first = m - 1  # "A and B, the two biggest rivals,"
            idx = coord(s, first, -1)
        elif k + 1 < n and lows[k + 1] == M and (k == 0 or lows[k - 1] in ("the", ",", "two")):
            idx = coord(s, k + 1, +1)  # "rivals A and B", "the two rivals A and B"
            if _rivals_of_context(s, k, idx):
                continue  # "Skyra cut fares. Rivals A and B did the same": Skyra's rivals
        else:
            continue
        if any(lows[x] in s.lex.former_before for x in range(max(0, m), k)):
            continue  # "A and B, former rivals,": a tie that has ended
        group = s.merged(idx)
        if len(group.ids) >= 2 and not s.blocked(idx[0], idx[-1]):
            pairs(s, group, role.types, "coordination/described", 0.7)


def _rivals_of_context(s: Sentence, k: int, idx: list[int]) -> bool:
    """ "Rivals A and B" (not "the two rivals A and B") in an article about another company:
    the rivals of that company (the role rules read it), not of each other."""
    org = s.context.rival
    if not org or (k >= 1 and s.lows[k - 1] == "two"):
        return False
    return all(org not in s.ment(x).ids for x in idx)


def pairs(s: Sentence, group: Mention, types: tuple[str, ...], rule: str, conf: float) -> None:
    if rule == "coordination/described":
        # "the two co-owners", "the shareholders": they hold something else, not each other
        types = tuple(t for t in types if t not in DEAL_TYPES)
    ids = group.ids
    for x in range(len(ids)):
        for y in range(len(ids)):
            if x == y:
                continue
            a = Mention((ids[x],), 0, 0, group.kind, group.conf)
            b = Mention((ids[y],), 0, 0, group.kind, group.conf)
            for rel in types:
                if rel != "DISPUTES" and x > y:
                    continue
                if s.emit(a, (rel,), b, rule, conf):
                    break


def between(s: Sentence) -> None:
    lows, lex = s.lows, s.lex
    n = len(lows)
    for k in range(n):
        if lows[k] == M or lows[k] not in lex.between:
            continue
        hit = lex.between.match(lows, k)
        if not hit:
            continue
        e = k + hit[0]
        p = e
        while p < n and p - e <= 4 and lows[p] not in ("between", "among") and lows[p] != M:
            if lows[p] in PUNCT_STOP or lows[p] == ",":
                break
            p += 1
        if not (p < n and lows[p] in ("between", "among")):
            continue
        first = right(s, p + 1, 3)
        if first < 0:
            continue
        idx = coord(s, first, +1)
        group = s.merged(idx)
        if len(group.ids) < 2 or s.blocked(k, first) or s.hedged_after(idx[-1] + 1):
            continue
        pairs(s, group, hit[1], "coordination/between", 0.7)


def group(s: Sentence) -> None:
    """ "Stargate is a joint venture between OpenAI, Oracle and SoftBank" (members after the
    noun), "A and B formed a joint venture, Caledon Wind" (members as the subject)."""
    lows, lex = s.lows, s.lex
    n = len(lows)
    for k in range(n):
        if lows[k] == M or lows[k] not in lex.group:
            continue
        hit = lex.group.match(lows, k)
        if not hit:
            continue
        e = k + hit[0]
        if e < n and lows[e] in GROUP_PREPS:
            _members_after(s, k, e, hit[1])
        elif e < n and lows[e] in VENTURE_NAMING:
            _members_before(s, k, e, hit[1])


VENTURE_NAMING = frozenset({",", "called", "named", "dubbed", "known"})


def _members_after(s: Sentence, k: int, e: int, types: tuple[str, ...]) -> None:
    lows = s.lows
    n = len(lows)
    if k >= 1 and "by" in lows[max(0, k - 3) : k]:
        return  # "the takeover of X by a consortium of A, B and C": agents, not a venture
    first = right(s, e + 1, 2)
    if first < 0:
        return
    idx = coord(s, first, +1)
    if lows[e] == "with":  # "Northgate formed a joint venture with Petrolia"
        owner = _possessor(s, k)  # "Vanta's battery joint venture with Lumina"
        subj = [owner] if owner >= 0 else subjects(s, k, True)
        idx = coord(s, subj[0], -1) + idx if subj else idx
    members = s.merged(idx)
    # the venture itself: before ("X is a joint venture") or after ("called X")
    x = -1
    m = k - 1 if lows[e] != "with" else -1  # "A formed a venture with B": A is a member
    while m >= 0 and lows[m] != M and (lows[m] in GROUP_LINKS or _venture_word(lows, m)):
        if k - m > 5:
            break
        m -= 1
    # "X is a joint venture", "X, a venture of": a link right after the name ("The navy chose
    # a consortium of A and B" names no venture)
    if m >= 0 and lows[m] == M and m + 1 < k and lows[m + 1] in GROUP_LINKS:
        # not "A criticised the consortium of B and C": a trigger verb is no link
        if not any(p in s.starts for p in range(m + 1, k)):
            x = m
    if x < 0 and lows[e] != "with":
        x = _headed_venture(s, k)
    if x < 0:
        q = idx[-1] + 1
        if q < n and lows[q] in VENTURE_NAMING:
            x = right(s, q + 1 + (lows[q] == "known"), 2)
            if x >= 0 and lows[q] == "," and _described(s, q + 1, x):
                x = -1  # "with Venn, one of Brask's rivals": a description of Venn, no venture
    if x < 0 or x in idx or s.blocked(x + 1, first) or planned_between(s, min(idx[0], k), k):
        return  # "A plans to form a joint venture with B called X": not formed yet
    s.emit(members, types, s.ment(x), "coordination/group", 0.8)


def _venture_word(lows: list[str], m: int) -> bool:
    """A word of a venture's description: "a joint venture", "a 50-50 joint venture", "a
    60/40 venture" (the split's numbers and sign)."""
    w = lows[m]
    return w.isalpha() or w.isdigit() or (w in ("-", "/", ":") and lows[m - 1].isdigit())


def _headed_venture(s: Sentence, k: int) -> int:
    """The project named before its head noun, then a link, then the venture noun at k: "The
    Tarrow ammonia plant is a 50-50 venture of A and B"; else -1."""
    lows = s.lows
    q = k - 1
    while q > 0 and k - q <= 4 and (lows[q] in GROUP_LINKS or _venture_word(lows, q)):
        if lows[q] in GROUP_LINKS and lows[q - 1] not in GROUP_LINKS:
            break  # the link right after the head noun
        q -= 1
    if q <= 0 or lows[q] not in GROUP_LINKS or any(p in s.starts for p in range(q, k)):
        return -1
    x = headed_name_end(s.lex.heads, lows, q, lambda p: lows[p - 1] == M) - 1
    return x if x >= 0 and "Project" in s.etypes(x) else -1


def _described(s: Sentence, a: int, x: int) -> bool:
    """The name at x, after a comma at a - 1, is inside a description ("one of X's rivals",
    "a unit of X"), not the venture's own name ("with B, Caledon Wind")."""
    lows = s.lows
    if any(lows[p] not in SKIP_DETS for p in range(a, x)):
        return True
    return x + 1 < len(lows) and lows[x + 1] == "'s"


def _possessor(s: Sentence, k: int) -> int:
    """The owner of the noun phrase ending before k: "Vanta's battery joint venture", "its
    venture"; else -1."""
    lows = s.lows
    m = k - 1
    while m >= 0 and k - m <= 3 and lows[m] != M and lows[m].isalpha():
        m -= 1
    if m >= 1 and lows[m] == "'s" and lows[m - 1] == M:
        return m - 1
    return m if m >= 0 and s.is_det(m) else -1


def _members_before(s: Sentence, k: int, e: int, types: tuple[str, ...]) -> None:
    """ "Northgate Energy and Petrolia will build the farm through a joint venture, Caledon
    Wind": the clause's coordinated subject funds the named venture."""
    lows = s.lows
    x = right(s, e + 1 + (lows[e] == "known"), 2)
    subj = subjects(s, k, True)
    if x < 0 or not subj or subj[0] > k:
        return
    members = s.merged(coord(s, subj[0], -1))
    if len(members.ids) < 2 or s.blocked(subj[0] + 1, x) or planned_between(s, subj[0], k):
        return
    s.emit(members, types, s.ment(x), "coordination/group", 0.75)


ACTS_AS: Final = frozenset(
    {"acts", "act", "acted", "acting", "serves", "serve", "served", "serving"}
)
PARTNER_DETS = frozenset({"a", "the", "its", "their", "local", "junior", "minority", "strategic"})


def acts_as_partner(s: Sentence) -> None:
    """ "Volta Mining operates in the south, where the state utility Ardent Power, with 40%,
    acts as partner": a partner with no object is the partner of the sentence's opening
    organization (the one the clause is attached to)."""
    lows = s.lows
    n = len(lows)
    for k in range(1, n - 2):
        if lows[k] not in ACTS_AS or lows[k + 1] != "as":
            continue
        p = k + 2
        owner = -1
        while p < n and (lows[p] in PARTNER_DETS or (lows[p] == M and s.is_det(p))):
            owner = p if lows[p] == M else owner  # "acts as its local partner"
            p += 1
        if not (p < n and lows[p] in ("partner", "partners")):
            continue
        if p + 1 < n and lows[p + 1] not in PUNCT_STOP and lows[p + 1] not in (",", "in", "on"):
            continue  # "acts as partner to X", "as partner of X": read by the nouns
        holders = subjects(s, k, True)
        if not holders:
            continue
        holder = holders[0]
        first = owner if owner >= 0 else next((m for m in range(holder) if lows[m] == M), -1)
        if first < 0 or "Organization" not in s.etypes(first) or s.blocked(first, p):
            continue
        s.emit(s.ment(holder), ("PARTNERS_WITH",), s.ment(first), "coordination/acts-as", 0.6)
