"""Funding-round family: "The round was led by X, with participation from Y", "Y joined the
round": every investor FUNDS the company whose round it is.

- `round`: the investors of a round, after or before its noun.
- `joined`: "Existing investors A and B took part as well" (the round last named).
- `led-it`: "Nightfall Capital led it", "and Delane Ventures joined it": "it" is the company
  whose round the sentence or the one before named (the pronoun resolved to it).
- `co-funder`: "A will contribute £20m to X, with B providing a further £5m", "A took a stake
  in X alongside B and C": the other funders fund what the sentence says A funds.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from loaders.amount_words import MONEY_TO
from loaders.lexicon import (
    Lexicon,
    PhraseIndex,
    per_lexicon,
    phrase_index,
    verb_index,
    word_set,
)
from loaders.relations.holder_ranks import own_share, register_shares
from loaders.relations.investing_arms import past_investing_arm
from loaders.relations.model import Found, Mention, Sentence
from loaders.relations.money_amounts import is_money
from loaders.relations.nav import (
    coord,
    descriptor_noun,
    negated_phrase,
    place_head,
    right,
    subjects,
)
from loaders.relations.whose_antecedent import apposed_opening
from loaders.relations.words import (
    AMOUNT_STARTS,
    APPOSITIVE_DETS,
    ARTICLES,
    CLAUSE_STOP,
    DATE_WORDS,
    DEFINITE_DETS,
    POSSESSIVE_MARKS,
    PUNCT_STOP,
    RELATIVES,
    ROUND_DETS,
    ROUND_FILLER,
    ROUND_LEAD_NOUNS,
    ROUND_MODS,
    ROUND_WITH_PARTICIPLES,
    WHICH_THAT,
    M,
)


def rounds(s: Sentence) -> None:
    lows, lex = s.lows, s.lex
    n = len(lows)
    for r in range(n):
        if lows[r] not in lex.round_nouns:
            continue
        owner, definite, det = round_owner(s, r)
        known = s.round_owner or s.context.round_owner  # this sentence's own round first
        if owner is None and definite and known:
            owner = Mention((known,), -1, -1, "round", 0.8)
        if owner is None or _negated_raise(s, r):
            continue
        conf = 0.8 if owner.kind == "round" else 0.85
        after = r + 1
        if after + 1 < len(lows) and lows[after] in ("in", "for", "of") and lows[after + 1] == M:
            after += 2  # "the round for Vintrel was co-led by A and B"
        lists = list(round_agents_after(s, after))
        lead = _contact_lead(s, r + 1)
        if lead:
            lists.append(lead)
        if any(set(owner.ids) & set(s.merged(a).ids) for a in lists):
            continue  # an investor taken as the round's owner: no FUNDS inside the list
        for agents in lists:
            if not s.blocked(r, agents[-1]):
                s.emit(s.merged(agents), ("FUNDS",), owner, "rounds/round", conf)
        verb = round_verb_before(s, det)
        if verb >= 0:
            subj = subjects(s, verb, True)
            if subj and not s.blocked(subj[0] + 1, r):
                funders = s.merged(coord(s, subj[0], -1))
                owner = _investee(owner, funders, known)
                s.emit(funders, ("FUNDS",), owner, "rounds/round", conf)


def _investee(owner: Mention, funders: Mention, known: str | None) -> Mention:
    """ "Pindle sells billing tools. Orrinford headed its Series B": an investor leads or joins
    another company's round, so "its" read as the investor itself stands for the round's
    company (the one last said to raise, else the article's main organization)."""
    if owner.kind != "pronoun" or not set(owner.ids) <= set(funders.ids):
        return owner
    if known is None or known in funders.ids:
        return owner
    return Mention((known,), -1, -1, "round", 0.75)


# a round's lead named in a relative clause: "a round Pexley Ventures headed", "that X led"
CONTACT_LEAD_VERBS: frozenset[str] = frozenset({"led", "co-led", "headed", "spearheaded"})


def _contact_lead(s: Sentence, p: int) -> list[int]:
    """ "a round Pexley Ventures headed", "the round that X and Y co-led": the leads."""
    lows = s.lows
    n = len(lows)
    if p < n and lows[p] in WHICH_THAT:
        p += 1
    if p >= n or lows[p] != M or s.is_det(p):
        return []
    idx = coord(s, p, +1)
    v = idx[-1] + 1
    return idx if v < n and lows[v] in CONTACT_LEAD_VERBS else []


def _note_owner(s: Sentence, m: int) -> None:
    """The organization named at m as a round's company, for "the round" in later sentences."""
    owner = s.ment(m)
    if s.round_owner is None and "Organization" in s.etypes(m) and len(owner.ids) == 1:
        s.round_owner = owner.ids[0]


def round_owner(s: Sentence, r: int) -> tuple[Mention | None, bool, int]:
    """Whose round the noun at r is, whether it is definite ("the round"), and where its
    noun phrase starts: "Ambrel's round", "closed a $12 million round" (the subject)."""
    lows, lex = s.lows, s.lex
    d = r - 1
    while d >= 0 and r - d <= 8 and lows[d] != M:
        w = lows[d]
        if w in ROUND_DETS or w == "'":
            break  # "the round", "Harbor Robotics' Series B"
        if w in ROUND_MODS or w[:1] in AMOUNT_STARTS or len(w) == 1:
            d -= 1
            continue
        if w == "in" and d >= 1 and (lows[d - 1] in ROUND_MODS or lows[d - 1][:1] in AMOUNT_STARTS):
            d -= 1  # "$4 million in seed funding"
            continue
        break
    after = r + 1
    if after + 1 < len(lows) and lows[after] in ("in", "for", "of") and lows[after + 1] == M:
        if "Organization" in s.etypes(after + 1) and not s.is_det(after + 1):
            start = d if d >= 0 and lows[d] in ROUND_DETS else d + 1
            owner = s.ment(after + 1)
            if len(owner.ids) == 1 and s.round_owner is None:
                s.round_owner = owner.ids[0]  # a later "Other backers include A" reads it
            return owner, True, max(start, 0)  # "the $30 million round in Vintrel"
    if d < 0:
        return None, False, 0
    if lows[d] in POSSESSIVE_MARKS and d >= 1 and lows[d - 1] == M and not s.is_det(d - 1):
        _note_owner(s, d - 1)  # "pulled out of Tarn's round. Kell led the round": Tarn's
        return s.ment(d - 1), True, d - 1
    if s.is_det(d):
        return s.ment(d), True, d  # "its round"
    det = lows[d] in ROUND_DETS
    definite = lows[d] in DEFINITE_DETS
    start = d if det else d + 1
    # "Ambrel said it closed a $12 million round": the subject of a raising verb
    for v in range(start - 1, max(-1, start - 9), -1):
        if lows[v] in CLAUSE_STOP or lows[v] == M and not s.is_det(v):
            break
        if lows[v] in lex.round_raise and lex.round_raise.match(lows, v):
            subj = subjects(s, v, True)
            if not subj or "Organization" not in s.etypes(subj[0]):
                subj = apposed_opening(s, v)  # "X, a Lyon maker of kits that ..., raised"
            if subj and not s.blocked(_raise_scope(lows, subj[0], v), r):
                owner = s.ments[subj[0]]
                if "Organization" in s.etypes(subj[0]) and len(owner.ids) == 1:
                    s.round_owner = owner.ids[0]
                    return owner, False, start
            break
    return None, definite, start


def _raise_scope(lows: list[str], subj: int, v: int) -> int:
    """Where the cues of a raise by the subject at subj start: at the verb v when an aside
    closes right before it ("X, a maker of tools that help small shops, raised"),
    else after the subject."""
    return v if subj < v - 1 and lows[v - 1] == "," else subj + 1


def _negated_raise(s: Sentence, r: int) -> bool:
    """ "did not close its round", "failed to complete the $20 million round": a negation or
    hedge in the words before the round noun, within its clause."""
    return negated_phrase(s, r)


def round_agents_after(s: Sentence, p: int) -> Iterator[list[int]]:
    """Investor lists after a round noun: "was led by X", ", with participation from Y"."""
    lows, lex = s.lows, s.lex
    n = len(lows)
    while p < n:
        q = p
        while (
            q < n
            and q - p <= 8
            and (
                lows[q] in ROUND_FILLER
                or lows[q] in ROUND_MODS
                or lows[q] in DATE_WORDS
                or lows[q][:1] in "$£€0123456789"
                or len(lows[q]) == 1
            )
            and lows[q] not in PUNCT_STOP
        ):
            q += 1
        hit = lex.round_after.match(lows, q) if q < n and lows[q] in lex.round_after else None
        if not hit:
            idx = _with_participating(s, q)
            if not idx:
                return
            yield idx
            p = idx[-1] + 1
            p = max(p, lead_end(lows, p))  # "with A as lead, with participation from B"
            continue
        if hit[0] == 1 and lows[q] == "from" and q - p > 3:
            return
        # "from angel investors including X"; "from the venture arm of B": B
        first = right(s, past_investing_arm(s, q + hit[0]), 4)
        if first < 0:
            return
        # "from the Colorado venture firm X": the firm, not the place
        first = max(first, place_head(s, first))
        idx = coord(s, first, +1)
        named = [x for x in idx if not _possessed_role(s, x)]  # not "by Kelvarro's parent"
        if named:
            yield named
        p = _past_description(s, idx[-1] + 1)


DESCRIPTION_REACH: Final = 20  # words of an investor's description, its relative clause too


def _past_description(s: Sentence, p: int) -> int:
    """Past an investor's description at p when the round's list goes on after it: "led by
    Tarn Capital, a Leeds fund that backs food start-ups, with participation from B" (the
    comma before "with"); else p."""
    lows = s.lows
    n = len(lows)
    if p + 1 >= n or lows[p] != "," or lows[p + 1] not in APPOSITIVE_DETS:
        return p
    for q in range(p + 2, min(n - 1, p + DESCRIPTION_REACH)):
        if lows[q] in PUNCT_STOP:
            return p
        if lows[q] == ",":
            return q if lows[q + 1] == "with" else p
    return p


def _with_participating(s: Sentence, q: int) -> list[int]:
    """ "with A, B and C also participating": the list, else []."""
    lows = s.lows
    n = len(lows)
    if not (q + 1 < n and lows[q] == "with"):
        return []
    if lows[q + 1] != M:
        return _described_participants(s, q + 1)
    idx = coord(s, q + 1, +1)
    t = idx[-1] + 1
    if t < n and lows[t] == "also":
        t += 1
    if t < n and (lows[t] in ROUND_WITH_PARTICIPLES or as_lead(lows, t)):
        return idx  # "with A and B also participating", "with A as lead"
    return _described_participants(s, q + 1)


PARTICIPANTS_REACH = 16  # words from "with" to "participating"


def _described_participants(s: Sentence, p: int) -> list[int]:
    """ "with Norvik Ventures and the family office of Hal Brenner also participating", "with
    the pension fund Ember Mutual and two angels joining": the names of a list whose members
    are described, when the participle ends it; else []."""
    lows = s.lows
    n = len(lows)
    names: list[int] = []
    for q in range(p, min(n, p + PARTICIPANTS_REACH)):
        w = lows[q]
        if w in ROUND_WITH_PARTICIPLES or (
            w == "also" and q + 1 < n and lows[q + 1] in ROUND_WITH_PARTICIPLES
        ):
            return names if q > p and (lows[q - 1] == M or w == "also") else []
        if w == M:
            # "the founders of B": the founders take part, not B
            of_person = q >= 2 and lows[q - 1] == "of" and s.person_head(lows[q - 2])
            if not s.is_det(q) and not of_person and not _possessed_role(s, q):
                names.append(q)
        elif w in CLAUSE_STOP or w in PUNCT_STOP or not (w.isalpha() or w in (",", "'s")):
            return []
    return []


def _possessed_role(s: Sentence, q: int) -> bool:
    """The name at q possesses a role noun: "Kelvarro's parent also taking part" (its parent
    takes part, not Kelvarro)."""
    lows = s.lows
    return q + 2 < len(lows) and lows[q + 1] in POSSESSIVE_MARKS and lows[q + 2] in s.lex.roles


def round_verb_before(s: Sentence, d: int) -> int:
    """ "X led the round", "Y participated in the round": the verb's position, else -1."""
    lows, lex = s.lows, s.lex
    for v in range(max(0, d - 4), d):
        if lows[v] in lex.round_before:
            hit = lex.round_before.match(lows, v)
            if hit and v + hit[0] == d:
                return v
    return -1


# a co-funding verb whose "with" names a fellow funder: "co-funds X with B", "co-financed with B"
COFUNDING_VERBS: tuple[str, ...] = ("co-fund", "co-financ", "cofund", "cofinanc")


def cofunders(s: Sentence) -> None:
    """ "with B providing a further £5 million", "with B financing the rest", "alongside B and
    C": B (and C) FUNDS whatever the sentence already says is funded or bought; else, for a
    participle of money, the company the sentence says raised money ("X raised $12 million,
    with A and B also investing") or what the article last funded ("The county will put in
    £5 million, with B adding a further £2 million")."""
    funded = [f for f in s.found if f.type == "FUNDS" or (f.type == "OWNS" and _bought(f))]
    implied = False
    if not funded:
        implied_id = _raiser(s) or _money_target(s) or s.context.funded
        if not implied_id:
            return
        funded, implied = [Found("", "FUNDS", implied_id, "", 0.0)], True
    lows = s.lows
    n = len(lows)
    for k in range(n - 1):
        first, same = -1, True  # same: co-buyers own what A buys; with-participles fund
        if lows[k] == "alongside" or (lows[k] in ("along", "together") and lows[k + 1] == "with"):
            if _second_clause(lows, k) or _relative_verb(lows, k):
                continue  # "A owns X and works together with B": B is the work's companion
            first = k + 1 + (lows[k] != "alongside")
            first = _described(s, first)  # "alongside the angel investor B"
        elif lows[k] == "followed" and lows[k + 1] == "by" and k >= 1 and lows[k - 1] == ",":
            first, same = k + 2, False  # "A invested in X, followed by B, which led a round"
            if own_share(s, first) and register_shares(s):
                continue  # "A is the top holder with 18%, followed by B with 9%": held
        elif lows[k] == "with" and not implied and lows[k - 1].startswith(COFUNDING_VERBS):
            first, same = _described(s, k + 1), False  # "which it co-funds with the caterer B"
        elif lows[k] == "with" and _cofunding_participle(s, _described(s, k + 1)):
            first, same = _described(s, k + 1), False
        elif lows[k] == "with" and not implied and _holding_after_names(s, k + 1):
            _coholders(s, k, funded)  # "A holds 60% of X, with B holding the remaining 40%"
            continue
        if implied and same:
            continue  # "alongside B" with nothing funded in the sentence: no thing to share
        if first >= n or first < 0 or lows[first] != M or s.is_det(first):
            continue
        idx = coord(s, first, +1)
        members = s.merged(idx)
        for f in funded:
            if f.target in members.ids or f.source in members.ids or s.blocked(k, idx[-1]):
                continue
            target = Mention((f.target,), -1, -1)
            types = ("OWNS", "FUNDS") if f.type == "OWNS" and same else ("FUNDS",)
            s.emit(members, types, target, "rounds/co-funder", 0.7)


def _bought(f: Found) -> bool:
    """An OWNS a deal gives ("A bought X alongside B"), not a possessive of a product ("its own
    Zing alongside the Fizz": the Fizz's maker shares nothing)."""
    return not f.rule.startswith("possessive/")


def _second_clause(lows: list[str], k: int) -> bool:
    """A verb coordinated after the last name before k ("owns X and works together with"):
    "and" then a word that is no name."""
    last = next((j for j in range(k - 1, -1, -1) if lows[j] == M), -1)
    return last >= 0 and "and" in lows[last + 1 : k - 1]


def _relative_verb(lows: list[str], k: int) -> bool:
    """A relative clause opened after the last name before k ("invested in X, which works
    alongside B"): B is the clause's companion, no fellow funder."""
    last = next((j for j in range(k - 1, -1, -1) if lows[j] == M), -1)
    return last >= 0 and any(w in RELATIVES for w in lows[last + 1 : k])


# present participles of holding, after names: "with B holding the remaining 40%"
HOLDING_INGS = frozenset({"holding", "owning", "keeping", "retaining", "controlling"})


def _holding_after_names(s: Sentence, p: int) -> bool:
    """ "B holding the remaining 40%", "B and C owning 20% each": names, a participle of
    holding, then a share."""
    lows = s.lows
    n = len(lows)
    if p >= n or lows[p] != M or s.is_det(p):
        return False
    q = coord(s, p, +1)[-1] + 1
    if q >= n or lows[q] not in HOLDING_INGS:
        return False
    share = lows[q + 1 : q + 5]
    return any("%" in w or w in ("remaining", "stake", "percent") for w in share) or any(
        w in s.lex.stake_rest for w in share
    )


def _coholders(s: Sentence, k: int, funded: list[Found]) -> None:
    """The co-holders after "with" hold what the sentence's stake rules say is held, with the
    same relation (OWNS a company, FUNDS a project)."""
    idx = coord(s, k + 1, +1)
    members = s.merged(idx)
    for f in funded:
        if not f.rule.startswith("stake/") or f.target in members.ids or s.blocked(k, idx[-1]):
            continue
        s.emit(members, (f.type,), Mention((f.target,), -1, -1), "rounds/co-holder", 0.7)


def raised(s: Sentence) -> None:
    """ "Pollen Labs raised $40m last month": with no round noun, the company a later "A and B
    also took part" or "the round" is about."""
    if s.round_owner is not None:
        return
    s.round_owner = owner = _raiser(s)
    if owner is None:
        return
    lows = s.lows  # "raised $40m last month, led by A and B"
    for k in range(1, len(lows) - 2):
        start = _raise_agents(lows, k)
        if start > 0:
            agent = right(s, start, 3)
            if agent >= 0 and owner not in s.ment(agent).ids and not s.blocked(k, agent):
                target = Mention((owner,), -1, -1)
                s.emit(s.merged(coord(s, agent, +1)), ("FUNDS",), target, "rounds/raised", 0.7)


RAISE_LEADS = frozenset({"led", "co-led", "backed", "funded", "financed"})


def _raise_agents(lows: list[str], k: int) -> int:
    """Where the investors start after a comma at k - 1: ", led by A", ", with participation
    from A"; else -1."""
    if lows[k - 1] != ",":
        return -1
    if lows[k] in RAISE_LEADS and lows[k + 1] == "by":
        return k + 2
    if lows[k : k + 2] == ["with", "participation"] and k + 3 < len(lows):
        return k + 3 if lows[k + 2] in ("from", "of", "by") else -1
    return -1


def _described(s: Sentence, p: int) -> int:
    """The name after a short descriptor at p ("the rail agency Linkways"), else p."""
    lows = s.lows
    q = p
    while q < len(lows) and q - p < 4 and lows[q] != M and lows[q].isalpha():
        if lows[q] in CLAUSE_STOP:
            return p
        q += 1
    if q >= len(lows) or lows[q] != M:
        return p
    # "the rail agency Linkways", or a bare descriptor ending in a kind ("pension fund X")
    return q if q == p or lows[p] in ROUND_DETS or descriptor_noun(s, lows[q - 1]) else p


def _money_target(s: Sentence) -> str | None:
    """What an amount goes to, whoever gives it ("has promised €12m towards the X line, with
    B ..."): the organization or project after the amount and a preposition, before "with"."""
    lows, lex = s.lows, s.lex
    for k, w in enumerate(lows):
        if w == "with":
            return None
        if w in MONEY_TO and k >= 1 and k + 1 < len(lows):
            if not any(is_money(lex, x) for x in lows[max(0, k - 3) : k]):
                continue
            m = k + 1 + (lows[k + 1] in ROUND_DETS)
            if m < len(lows) and lows[m] == M and not s.is_det(m):
                if not s.etypes(m).isdisjoint({"Project", "Organization"}):
                    return s.ment(m).ids[0]
    return None


# just before a raising verb: a raise before the one the article is about
EARLIER_RAISE: frozenset[str] = frozenset({"last", "previously", "earlier", "first", "once"})


def _raiser(s: Sentence) -> str | None:
    """The organization the sentence says raised money ("X raised $12 million"), else None."""
    lows, lex = s.lows, s.lex
    if lex.round_raise.absent_from(lows):
        return None  # no raising verb (most sentences: no look-up per word)
    for v, w in enumerate(lows):
        if w in lex.round_raise and lex.round_raise.match(lows, v):
            if not any(is_money(lex, x) for x in lows[v + 1 : v + 6]):
                continue
            if v >= 1 and lows[v - 1] in EARLIER_RAISE:
                continue  # "when it previously raised funds in 2021": an earlier raise
            subj = subjects(s, v, True)
            if subj and "Organization" in s.etypes(subj[0]) and len(s.ment(subj[0]).ids) == 1:
                if not s.blocked(subj[0] + 1, v + 1):
                    return s.ment(subj[0]).ids[0]
    return None


def _cofunding_participle(s: Sentence, p: int) -> bool:
    """ "B providing a further £5 million", "B and C financing the rest": after the names, a
    participle of money (or one of giving, followed by an amount), of leading the round ("B
    leading the round"), or the investor nouns ("B as the lead investor")."""
    lows, lex = s.lows, s.lex
    n = len(lows)
    if p >= n or lows[p] != M:
        return False
    q = coord(s, p, +1)[-1] + 1
    if q < n and lows[q] == "also":
        q += 1
    if q >= n:
        return False
    if lows[q] in ROUND_WITH_PARTICIPLES and lows[q] != "taking":
        return True  # "investing", "contributing", "co-investing"
    if lows[q] in COFUNDING_PARTICIPLES:
        return any(is_money(lex, w) or w in lex.stake_rest for w in lows[q + 1 : q + 6])
    if lows[q] in LEADING:  # "with B leading the round", "with B leading, and C joining"
        after = lows[q + 1 : q + 3]
        return (
            not after
            or after[0] in (",", ".", ";", "and")
            or (after[0] in ("the", "its") and len(after) == 2 and after[1] in lex.round_nouns)
        )
    if lows[q] == "among":  # "with B among the backers"
        return not INVESTOR_NOUNS.isdisjoint(lows[q + 1 : q + 4])
    return as_lead(lows, q)


def as_lead(lows: list[str], q: int) -> bool:
    """ "as lead", "as the lead investor", "as anchor": at q, "as" and a round investor's role
    ending the phrase (not "as lead engineer")."""
    return lead_end(lows, q) > 0


def lead_end(lows: list[str], q: int) -> int:
    """Where the role phrase "as (the) lead (investor)" at q ends; else -1."""
    if q + 1 >= len(lows) or lows[q] != "as":
        return -1
    p = q + 1 + (lows[q + 1] in ("the", "a", "an", "its", "co"))
    for width in (2, 1):
        if " ".join(lows[p : p + width]) in ROUND_LEAD_NOUNS:
            end = p + width
            done = end >= len(lows) or not lows[end].isalpha() or lows[end] in ("and", "in")
            return end if done else -1
    return -1


LEADING = frozenset({"leading", "co-leading", "heading", "anchoring"})
INVESTOR_NOUNS = frozenset({"investor", "investors", "backer", "backers", "funders", "funder"})


COFUNDING_PARTICIPLES: Final[frozenset[str]] = frozenset(
    {"providing", "financing", "funding", "lending", "putting", "adding", "covering", "paying"}
    | {"committing", "pledging", "injecting", "pumping"}
)


def joined(s: Sentence) -> None:
    """ "Existing investors A and B took part as well", "A and B also invested": with no object,
    each subject FUNDS the company whose round the article last named."""
    owner_id = s.round_owner or s.context.round_owner  # this sentence's own round first
    if not owner_id:
        return
    funding = {f.source for f in s.found if f.type == "FUNDS"}
    lows, lex = s.lows, s.lex
    n = len(lows)
    for k, length, _ in lex.round_joined.hits(lows, 0, n):
        e = k + length
        also = k >= 1 and lows[k - 1] == "also" or lows[e : e + 2] == ["as", "well"]
        also = also or (e < n and lows[e] == "too")
        # "A and B invested first, then C": an order of investors in the round
        t = e + (lows[e : e + 1] == ["first"])
        t += t < n and lows[t] == ","
        then = lows[t : t + 1] == ["then"] and t + 1 < n and lows[t + 1] == M
        if then:
            also = True
        elif not also or _object_after(lows, e) or (e < n and lows[e] == "in"):
            continue  # "also invested in X": the verbal rule reads it
        subj = subjects(s, k, True)
        if lows[k].endswith("ing"):  # "with C and D also investing": the names just before
            b = k - 1 - (lows[k - 1] == "also")
            subj = [b] if b >= 0 and lows[b] == M and not s.is_det(b) else []
            if subj and b >= 2 and lows[b - 1] == "of" and s.person_head(lows[b - 2]):
                subj = []  # "the founders of B also investing": the founders, not B
        if subj and not s.blocked(subj[0] + 1, k):
            owner = Mention((owner_id,), -1, -1, "round", 0.75)
            investors = coord(s, subj[0], -1)
            p = e + 1 if e < n and lows[e] == "," else e
            if lows[p : p + 2] == ["as", "did"] and p + 2 < n and lows[p + 2] == M:
                investors += coord(s, p + 2, +1)  # "A also took part, as did B"
            if then:
                investors += coord(s, t + 1, +1)  # "A and B invested first, then C"
            members = s.merged(investors)
            if funding.issuperset(members.ids):
                continue  # "a round led by A, with B also taking part": read as the round's
            s.emit(members, ("FUNDS",), owner, "rounds/joined", 0.7)


def _object_after(lows: list[str], e: int) -> bool:
    """A name within four words after the verb, before any comma: "also invested $5m X" has
    one; "also invested, the company said" does not (the attribution is no object)."""
    for w in lows[e : e + 4]:
        if w == ",":
            return False
        if w == M:
            return True
    return False


LISTED_OF = frozenset({"round", "financing", "deal", "company", "business", "firm", "group"})


def _listed_in(s: Sentence, p: int) -> tuple[int, str | None]:
    """After "investors in": the position after "the round" / "the company" and None, or after
    a named company and its id ("investors in Ostlake include A"); else (-1, None)."""
    lows = s.lows
    if p < len(lows) and lows[p] == M and not s.is_det(p):
        return p + 1, s.ment(p).ids[0]
    q = p + (p < len(lows) and (lows[p] in ARTICLES or s.is_det(p)))
    while q < len(lows) and q - p <= 3 and (lows[q] in ROUND_MODS or lows[q][:1] in AMOUNT_STARTS):
        q += 1
    if q < len(lows) and (lows[q] in LISTED_OF or lows[q] in s.lex.round_nouns):
        return q + 1, None
    return -1, None


LISTED_MODS = frozenset({"existing", "other", "new", "early", "earlier", "previous", "current"})
LISTED_VERBS = frozenset({"include", "included", "includes", "are", "were"})


def listed(s: Sentence) -> None:
    """ "Existing investors include A and B", "Other backers are A and B": opening the
    sentence, with no possessor, each listed investor FUNDS the company of the round last named."""
    owner_id = s.round_owner or s.context.round_owner
    lows = s.lows
    k = 0
    while k < len(lows) and lows[k] in LISTED_MODS:
        k += 1
    if k + 2 >= len(lows) or lows[k] not in s.lex.round_listed:
        return
    v = k + 1
    if lows[v] in ("in", "of"):  # "Other investors in the round were A and B"
        v, named = _listed_in(s, v + 1)
        owner_id = named or owner_id
    if not owner_id or v < 0 or v + 1 >= len(lows):
        return
    if lows[v] not in LISTED_VERBS or lows[v + 1] != M or s.is_det(v + 1):
        return
    idx = coord(s, v + 1, +1)
    if not s.blocked(k, idx[-1]):
        owner = Mention((owner_id,), -1, -1, "round", 0.75)
        s.emit(s.merged(idx), ("FUNDS",), owner, "rounds/listed", 0.7)


@dataclass(frozen=True)
class FirstMoneyWords:
    """The `funding_rounds: first_money` and `paid_in` keys of the lexicon, compiled."""

    nouns: frozenset[str]
    givers: frozenset[str]
    ranks: frozenset[str]
    links: PhraseIndex
    paid_in: PhraseIndex  # every inflected form


@per_lexicon
def first_money_words(lex: Lexicon) -> FirstMoneyWords:
    """The words of `first_money`, compiled once per lexicon (`--lexicon` files extend them)."""
    rounds_spec = lex.data.get("funding_rounds") or {}
    spec = rounds_spec.get("first_money") or {}
    links = phrase_index(spec.get("links"))
    paid_in = verb_index(rounds_spec.get("paid_in"), lex.irregular, True)
    return FirstMoneyWords(
        nouns=word_set(spec.get("nouns")),
        givers=word_set(spec.get("givers")),
        ranks=word_set(spec.get("ranks")),
        links=links,
        paid_in=paid_in,
    )


def first_money_cues(lex: Lexicon) -> frozenset[str]:
    return first_money_words(lex).nouns


def paid_in_cues(lex: Lexicon) -> frozenset[str]:
    return frozenset(first_money_words(lex).paid_in)


@per_lexicon
def round_readers(lex: Lexicon) -> frozenset[str]:
    """Words of the rules here that read the round last named ("cheque", "chipped"): a
    sentence with one of them is given that round's company (`SentenceContext.round_owner`)."""
    return first_money_cues(lex) | paid_in_cues(lex)


PAID_ELSEWHERE = frozenset({"to", "for", "on", "into", "towards", "toward"})


def paid_in(s: Sentence) -> None:
    """ "Pell Capital chipped in $2m", "Brisk and Orrin put in a further $5m": with an amount
    and no object, each subject FUNDS the company of the round last named (this sentence's or
    an earlier one's)."""
    owner_id = s.round_owner or s.context.round_owner
    if not owner_id:
        return
    fw = first_money_words(s.lex)
    lows, lex = s.lows, s.lex
    n = len(lows)
    for k, length, _ in fw.paid_in.hits(lows, 1, n - 1):
        e = k + length
        end = e
        while end < n and lows[end] not in PUNCT_STOP and lows[end] not in (",", "and"):
            end += 1
        tail = lows[e:end]
        if M in tail or not any(is_money(lex, w) for w in tail[:4]) or PAID_ELSEWHERE & set(tail):
            continue  # "put in $2m to buy X", "for its plant": elsewhere; "put in place"
        subj = subjects(s, k, True)
        if subj and not s.blocked(subj[0] + 1, end):
            investors = s.merged(coord(s, subj[0], -1))
            if owner_id not in investors.ids:
                owner = Mention((owner_id,), -1, -1, "round", 0.75)
                s.emit(investors, ("FUNDS",), owner, "rounds/paid-in", 0.7)


def first_money(s: Sentence) -> None:
    """ "The earliest cheque came from the pension fund A", "Its first investor was A, which put
    in $6m", "The seed money came from A and B": each giver FUNDS the possessor ("its"), else
    the company of the round last named. A bare "the investor was A" or "the money was A's" is
    no such statement: a copula needs a rank ("first", "biggest") and a giver noun."""
    fw = first_money_words(s.lex)
    lows = s.lows
    n = len(lows)
    for k in range(n - 2):
        if lows[k] not in fw.nouns:
            continue
        owner, ranked = _money_owner(s, k, fw) if k else (None, False)
        link = k + 1
        if lows[k + 1] in MONEY_FOR:  # "Funding for the X line will come from A"
            t = k + 2 + (lows[k + 2] == "the")
            if t < n and lows[t] == M and not s.is_det(t):
                owner, link = s.ment(t), t + 1
                link += link < n and lows[link] in ("will", "would", "is", "was", "has", "had")
        hit = fw.links.match(lows, link) if link < n and lows[link] in fw.links else None
        if owner is None or hit is None:
            continue
        copula = "from" not in lows[link : link + hit[0]]
        if copula and not (ranked and lows[k] in fw.givers):
            continue
        agent = right(s, link + hit[0], 3)
        if agent < 0 or s.is_det(agent) or s.blocked(k, agent):
            continue
        givers = s.merged(coord(s, agent, +1))
        if not givers.shares(owner):
            s.emit(givers, ("FUNDS",), owner, "rounds/first-money", 0.7)


MONEY_FOR = frozenset({"for", "of"})


def _money_owner(s: Sentence, k: int, fw: FirstMoneyWords) -> tuple[Mention | None, bool]:
    """Whose money the noun at k is, and whether a rank word qualifies it: the possessor
    ("its first cheque", "Ardel's seed money"), else, after "the", the company of the round
    last named (None when the noun phrase has another shape)."""
    lows = s.lows
    d = k - 1
    ranked = False
    while d >= 0 and k - d <= 3 and (lows[d] in fw.ranks or lows[d] in ROUND_MODS):
        if lows[d] in ROUND_DETS:
            break
        ranked = ranked or lows[d] in fw.ranks
        d -= 1
    if d < 0:
        return None, ranked
    if s.is_det(d) and s.ment(d).word not in ("his", "her", "my"):
        return s.ment(d), ranked
    if lows[d] in POSSESSIVE_MARKS and d >= 1 and lows[d - 1] == M and not s.is_det(d - 1):
        return s.ment(d - 1), ranked
    if lows[d] != "the":
        return None, ranked
    owner_id = s.round_owner or s.context.round_owner
    if not owner_id:
        return None, ranked
    return Mention((owner_id,), -1, -1, "round", 0.8), ranked


LED_IT = frozenset({"led", "co-led", "joined", "headed", "anchored"})


def led_it_cues(lex: Lexicon) -> frozenset[str]:
    return LED_IT


def led_it(s: Sentence) -> None:
    """ "The round valued Sisken at $1bn. Nightfall Capital led it.": with a round named in the
    sentence or just before, "A led it" (the pronoun resolved to the round's company) gives A
    FUNDS it."""
    lows = s.lows
    n = len(lows)
    for k in range(1, n - 1):
        if lows[k] not in LED_IT or lows[k + 1] != M:
            continue
        it = s.ment(k + 1)
        if it.kind != "pronoun" or it.word != "it":
            continue
        if k + 2 < n and lows[k + 2] not in (".", ",", ";", "and", "in", "with", "alongside"):
            continue  # "led it to a profit": a course, not the round
        named = not s.lex.round_nouns.isdisjoint(lows[:k])
        owner = s.round_owner or s.context.round_owner
        if not (named or owner in it.ids):
            continue
        subj = subjects(s, k, True)
        if not subj or "Organization" not in s.etypes(subj[0]) or s.blocked(subj[0] + 1, k + 1):
            continue
        funders = s.merged(coord(s, subj[0], -1))
        if not set(funders.ids).isdisjoint(it.ids):
            if not owner or owner in funders.ids:
                continue
            it = Mention((owner,), -1, -1, "round", 0.75)  # "it" read as its own subject
        s.emit(funders, ("FUNDS",), it, "rounds/led-it", 0.65)


# verbs of a round's investor with no object: "Felgate led, and Drask joined", "B came in
# alongside" (each FUNDS the company of the round this sentence or the last one named)
BARE_VERBS = frozenset({"led", "co-led", "joined", "participated", "invested"})
BARE_PHRASES = (("came", "in"), ("come", "in"), ("took", "part"), ("chipped", "in"))
# the words of an investor's unit between its owner and the verb: "Drask Motors' corporate
# venture unit joined" (Drask funds)
UNIT_WORDS = frozenset(
    {"corporate", "venture", "ventures", "unit", "arm", "investment", "family", "office"}
    | {"capital", "fund", "strategic"}
)


# what may stand before the subject of a bare investing verb
CLAUSE_OPENERS = frozenset({",", ";", "and", "but", "while", "whereas", ":", '"', "."})


JOINED_AS = frozenset({"shareholders", "shareholder", "investors", "investor", "backers"})


def bare_joiner_cues(lex: Lexicon) -> frozenset[str]:
    return BARE_VERBS | {p[0] for p in BARE_PHRASES}


def bare_joiners(s: Sentence) -> None:
    """ "Nimbro raised $30m; Felgate Ventures led, and Drask Motors' corporate venture unit
    joined", "A led our round and B came in alongside": a name (or the owner of a venture unit)
    before an investing verb with no object FUNDS the company of the round just named."""
    # "A led our round and B came in alongside": the company another round rule read here
    read = next((f.target for f in s.found if f.rule.startswith("rounds/")), None)
    owner_id = read or s.round_owner or _raiser(s) or s.context.round_owner
    if not owner_id:
        return
    lows = s.lows
    n = len(lows)
    for k in range(1, n - 1):
        e = k + 1 if lows[k] in BARE_VERBS or (read and lows[k] == "followed") else -1
        if tuple(lows[k : k + 2]) in BARE_PHRASES:
            e = k + 2
        if e < 0 or e >= n:
            continue
        e = _bare_end(s, e)
        if e >= n or lows[e] not in (",", ".", ";", "and"):
            continue
        if lows[e] == "and" and not (e + 1 < n and lows[e + 1] == M):
            continue  # "A led and managed the deal": another verb
        subj = _bare_subject(s, k)
        if subj < 0 or s.blocked(subj + 1, k) or "Organization" not in s.etypes(subj):
            continue
        members = s.merged(coord(s, subj, -1))
        if owner_id not in members.ids:
            owner = Mention((owner_id,), -1, -1, "round", 0.75)
            s.emit(members, ("FUNDS",), owner, "rounds/bare-joiner", 0.65)


def _bare_end(s: Sentence, e: int) -> int:
    """Past what may follow a bare investing verb at e: "as shareholders", "in it", then
    "alongside" or "too"."""
    lows = s.lows
    n = len(lows)
    if e + 1 < n and lows[e] == "as" and lows[e + 1] in JOINED_AS:
        e += 2  # "joined as shareholders"
    elif e + 1 < n and lows[e] == "in" and lows[e + 1] == M and s.ment(e + 1).word == "it":
        e += 2  # "took part in it"
    return e + (e < n and lows[e] in ("alongside", "too"))


def _bare_subject(s: Sentence, k: int) -> int:
    """The name just before the verb at k ("Felgate Ventures led"), or the owner of a unit
    ("Drask Motors' corporate venture unit joined"); else -1."""
    lows = s.lows
    b = k - 1 - (lows[k - 1] == "also")
    a = b
    while a >= 0 and b - a < 4 and lows[a] in UNIT_WORDS:
        a -= 1
    if a < b:  # "Drask Motors' corporate venture unit"
        b = a - 1 if a >= 1 and lows[a] in POSSESSIVE_MARKS else -1
    if b < 0 or lows[b] != M or s.is_det(b):
        return -1
    return b if b == 0 or lows[b - 1] in CLAUSE_OPENERS else -1  # not "Sales at B followed"


# "A and B are the fund's anchor investors", "A is one of X's backers": the nouns, and the
# words that may stand between the possessive and the noun
INVESTOR_NOUNS = frozenset({"investors", "investor", "backers", "backer", "funders", "partners"})
INVESTOR_MODIFIERS = frozenset(
    {"anchor", "main", "lead", "biggest", "largest", "key", "cornerstone", "early", "earliest"}
    | {"first", "only", "two", "three", "financial", "limited", "institutional", "other"}
)
COPULA_FORMS = frozenset({"is", "are", "was", "were", "remain", "remains"})


def investor_copula_cues(lex: Lexicon) -> frozenset[str]:
    return INVESTOR_NOUNS


def investor_copula(s: Sentence) -> None:
    """ "Pollard Pensions and Ure Holdings, each pledging €200m, are the fund's anchor limited
    partners", "A and B are Nimbro's main backers": each subject FUNDS the possessor."""
    lows = s.lows
    for k, w in enumerate(lows):
        if w not in INVESTOR_NOUNS:
            continue
        a = k - 1
        while a >= 0 and k - a <= 3 and lows[a] in INVESTOR_MODIFIERS:
            a -= 1
        if w == "partners" and lows[k - 1] != "limited":
            continue  # only "limited partners" are investors
        if a < 2 or lows[a] not in POSSESSIVE_MARKS or lows[a - 1] != M:
            continue
        owner, c = a - 1, a - 2
        c -= lows[c] in ("the",)
        if c < 1 or lows[c] not in COPULA_FORMS:
            continue
        subj = _copula_subject(s, c)
        if subj < 0 or s.blocked(subj + 1, k) or s.ment(owner).kind == "pronoun":
            continue
        funders = s.merged(coord(s, subj, -1))
        if set(funders.ids).isdisjoint(s.ment(owner).ids):
            s.emit(funders, ("FUNDS",), s.ment(owner), "rounds/investor-copula", 0.7)


def _copula_subject(s: Sentence, c: int) -> int:
    """The last name of the subject before the copula at c, back over an aside ("A and B,
    each pledging €200m, are"); else -1."""
    lows = s.lows
    b = c - 1
    if lows[b] == ",":
        b -= 1
        while b > 0 and c - b <= 10 and lows[b] != ",":
            b -= 1
        if lows[b] != "," or lows[b + 1] != "each":
            return -1
        b -= 1
    return b if b >= 0 and lows[b] == M and not s.is_det(b) else -1
