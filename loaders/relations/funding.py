"""Funding family: shares of a project's cost, whose funded thing is named once and then
implied ("the balance", "the rest", "of which").

- `cost-share`: "The balance of the Tarn line is to be provided by A", "The remainder will be
  met by lenders led by B and including C", "The rest will be paid for by a grant from D", "E
  will put up the rest": each funder FUNDS the thing named ("of the Tarn line"), else the thing
  the article last said was funded (`SentenceContext.funded`).
- `of-which`: "The scheme will cost £90m, of which the county will contribute £30m": the
  subject of "of which" funds the thing the sentence is about.

Words: `cost_shares` in `loaders/data/triggers.yaml` (`nouns`, `verbs`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Final

from loaders.lexicon import (
    Lexicon,
    PhraseIndex,
    inflect,
    inflected,
    per_lexicon,
    phrase_index,
    word_set,
)
from loaders.project_heads import project_head
from loaders.relations.balance_loans import loan_source, not_the_sponsors, project_before
from loaders.relations.model import Mention, Sentence
from loaders.relations.money_amounts import is_money
from loaders.relations.nav import agent_after, coord, descriptor_noun, right, subjects
from loaders.relations.rounds import COFUNDING_PARTICIPLES
from loaders.relations.words import (
    AMOUNT_STARTS,
    ARTICLES,
    AUXILIARIES,
    BE_FORMS,
    CLAUSE_STOP,
    DETS,
    INDEFINITE_ARTICLES,
    PUNCT_STOP,
    REPORTING,
    M,
)
from loaders.tokens import NamedSpan

_DETS = frozenset({"the", "its", "their", "his", "her", "a"})
_REACH = 10  # words from the cost noun to its verb


@dataclass(frozen=True)
class FundingWords:
    """The `cost_shares` key of the lexicon, compiled: verbs as every inflected form (value:
    True for a past participle)."""

    nouns: frozenset[str]
    modifiers: frozenset[str]
    cost_verbs: frozenset[str]
    implied: frozenset[str]  # "A and B agreed to lend $400m": a loan whose borrower is implied
    verbs: PhraseIndex
    participles: PhraseIndex
    loans: frozenset[str]
    grants: PhraseIndex
    grant_guards: frozenset[str]
    grant_modifiers: frozenset[str]
    grant_heads: frozenset[str]
    loan_verbs: PhraseIndex
    delivery_groups: frozenset[str]
    delivery: PhraseIndex
    awards: PhraseIndex
    purpose_verbs: PhraseIndex
    purposes: PhraseIndex

    @cached_property
    def cues(self) -> frozenset[str]:
        """Words without which no rule of the family applies."""
        extra = {"which", "investing", *self.implied}
        return self.nouns | extra | COFUNDING_PARTICIPLES | frozenset(self.delivery)


@per_lexicon
def cost_words(lex: Lexicon) -> FundingWords:
    """The family's words, compiled once per lexicon (`--lexicon` files extend them)."""
    spec = lex.data.get("cost_shares") or {}
    irregular = lex.irregular

    def verbs(key: str, participles: PhraseIndex | None = None) -> PhraseIndex:
        out = PhraseIndex()
        for phrase in spec.get(key) or ():
            for form, participle in inflected(str(phrase), irregular):
                out.add(form, participle)
                if participle and participles is not None:
                    participles.add(form, True)
        return out

    participles = PhraseIndex()
    return FundingWords(
        nouns=word_set(spec.get("nouns")),
        modifiers=word_set(spec.get("modifiers")),
        cost_verbs=frozenset(
            f for w in spec.get("cost_verbs") or () for f, _ in inflect(w, irregular)
        ),
        implied=word_set(spec.get("implied_verbs")),
        verbs=verbs("verbs", participles),
        participles=participles,
        loans=word_set(spec.get("loan_nouns")),
        loan_verbs=verbs("loan_verbs"),
        grants=verbs("grant_verbs"),
        grant_guards=word_set(spec.get("grant_guards")),
        grant_modifiers=word_set(spec.get("grant_modifiers")),
        grant_heads=word_set(spec.get("grant_heads")),
        delivery_groups=word_set(spec.get("delivery_groups")),
        delivery=verbs("delivery_verbs"),
        awards=verbs("award_verbs"),
        purpose_verbs=verbs("purpose_verbs"),
        purposes=phrase_index(spec.get("purposes")),
    )


def purpose_cues(lex: Lexicon) -> frozenset[str]:
    """The first words of the purpose verbs ("build", "upgrade"): cues of `purpose`."""
    return frozenset(cost_words(lex).purposes)


PURPOSE_REACH = 12  # words from the giving verb to "to"


def purpose(s: Sentence) -> None:
    """ "The owners have set aside €18m to rebuild the Haldane Arena", "The county will spend
    £4m to upgrade the Kelby line", "A and B pledged $30m to help build the X dam": the givers
    FUNDS the project, when an amount stands between the giving verb and "to"."""
    fw = cost_words(s.lex)
    lows = s.lows
    n = len(lows)
    for k in range(2, n - 2):
        if lows[k] != "to" or lows[k + 1] not in fw.purposes:
            continue
        hit = fw.purposes.match(lows, k + 1)
        if hit is None:
            continue
        project = right(s, k + 1 + hit[0], 3)
        if project < 0 or s.is_det(project) or "Project" not in s.etypes(project):
            continue
        verb = _giving_verb(s, k, fw)
        if verb < 0:
            continue
        subj = subjects(s, verb, True)
        if subj and not s.blocked(subj[0] + 1, project):
            givers = s.merged(coord(s, subj[0], -1))
            s.emit(givers, ("FUNDS",), s.ment(project), "funding/purpose", 0.7)


def _giving_verb(s: Sentence, to: int, fw: FundingWords) -> int:
    """The giving verb before "to" at `to`, with an amount between them ("set aside €18m"),
    else -1."""
    lows, lex = s.lows, s.lex
    money = False
    for v in range(to - 1, max(-1, to - PURPOSE_REACH), -1):
        w = lows[v]
        if w in CLAUSE_STOP or w in PUNCT_STOP or w == M:
            return -1
        if w in fw.purpose_verbs:
            hit = fw.purpose_verbs.match(lows, v)
            if hit is not None and v + hit[0] <= to:
                return v if money else -1
        money = money or is_money(lex, w)
    return -1


def grant_words(lex: Lexicon) -> frozenset[str]:
    """Forms of the giving verbs ("awarded", "gave"): cues of `grants`."""
    return frozenset(cost_words(lex).grants)


def grants(s: Sentence) -> None:
    """ "The agency awarded X a $5 million grant", "A gave X $5 million", "A provided X with a
    $5m loan", "X was awarded a $5 million grant by A": the giver FUNDS the recipient, when
    money is given."""
    fw = cost_words(s.lex)
    lows = s.lows
    n = len(lows)
    for v, w in enumerate(lows):
        hit = fw.grants.match(lows, v) if w in fw.grants else None
        if hit is None or v + 1 >= n:
            continue
        e = v + hit[0]
        if v >= 1 and lows[v - 1] in BE_FORMS and hit[1]:
            p = v - 2
            while p >= 0 and v - p <= 4 and lows[p] in _PASSIVE_CHAIN:
                p -= 1  # "X has been awarded", "X will be given", "X was also handed"
            patient = p if p >= 0 and lows[p] == M else -1
            by = _money_then(s, e, fw, ("by", "from"))
            if patient >= 0 and by >= 0:
                agent = agent_after(s, by + 1)
                if agent >= 0 and not s.blocked(patient + 1, agent):
                    givers = s.merged(coord(s, agent, +1))
                    s.emit(givers, ("FUNDS",), s.ment(patient), "funding/grant", 0.7)
            continue
        if lows[e] == "the" and e + 1 < n and lows[e + 1] == M:
            e += 1  # "gave the Moray Creamery a $4m grant"
        e = _described_recipient(s, e)  # "gave local shipyard X a $4m grant"
        if lows[e] != M or s.is_det(e) or _money_then(s, _given(s, e + 1, fw), fw, ()) < 0:
            continue
        subj = subjects(s, v, True)
        if subj and _possessed_giver(s, v):
            continue  # "her department gave X €2m": the department gives, not its possessor
        if subj and not s.blocked(subj[0] + 1, e):
            givers = s.merged(coord(s, subj[0], -1))
            s.emit(givers, ("FUNDS",), s.ment(e), "funding/grant", 0.7)


GIVER_GLUE: Final = frozenset({"already", "also", "now", "then", "since", "recently"})


def _possessed_giver(s: Sentence, v: int) -> bool:
    """The giving verb at v has a possessed noun as its subject ("her ministry had
    given", "its lender gave"): a name possessing it gives nothing; not when a name stands
    coordinated before it ("Halden Capital and its partners gave": Halden Capital gives)."""
    lows = s.lows
    b = v - 1
    while b > 0 and (lows[b] in AUXILIARIES or lows[b] in GIVER_GLUE):
        b -= 1
    if not (b >= 1 and lows[b].isalpha() and lows[b - 1] == M and s.is_det(b - 1)):
        return False
    # mend30a (review 30 F5): "Halden Capital and its partners gave": the name before "and"
    # still gives; only a possessed noun that is the whole subject does not
    return not (b >= 3 and lows[b - 2] in ("and", "&") and lows[b - 3] == M and not s.is_det(b - 3))


def _described_recipient(s: Sentence, e: int) -> int:
    """The name after a few descriptor words ending in a descriptor noun ("local shipyard X",
    "Welsh dairy X", "the start-up X") at e; else e."""
    lows = s.lows
    q = e
    while q < len(lows) and q - e < 3 and lows[q] != M and lows[q].replace("-", "").isalpha():
        q += 1
    if q > e and q < len(lows) and lows[q] == M and descriptor_noun(s, lows[q - 1]):
        return q
    return e


_PASSIVE_CHAIN = frozenset({"has", "have", "had", "will", "would", "also", "now", "been", "be"})


def _given(s: Sentence, p: int, fw: FundingWords) -> int:
    """Where what is given starts after the recipient: p, or past "with" when money follows
    it at once or past a modifier ("provided X with a $20m loan", "with $5m", "with a fresh
    €30m facility"; not "with wheat worth $5m"): else past the sentence's end."""
    lows = s.lows
    if p >= len(lows) or lows[p] != "with":
        return p
    q = p + 1 + (p + 1 < len(lows) and lows[p + 1] in INDEFINITE_ARTICLES)
    while q < len(lows) and q - p <= 3 and lows[q] in fw.grant_modifiers:
        q += 1
    return p + 1 if q < len(lows) and _lent_amount(s, q, fw) else len(lows)


def _lent_amount(s: Sentence, q: int, fw: FundingWords) -> bool:
    """An amount at q that is money lent or given, not the value of goods: alone, or before a
    loan noun ("a $20m loan", "€30m of loans", "a €30m facility"); not "$5m of rails", "$5m
    worth of steel", "a $5m rolling mill"."""
    lows, lex = s.lows, s.lex
    if lows[q] in fw.loans:
        return True  # "with a loan of €12m"
    r = q
    while r < len(lows) and lows[r] not in fw.loans and _amount_word(lex, lows[r]):
        r += 1
    if r == q:
        return False
    if r >= len(lows) or lows[r] in PUNCT_STOP or lows[r] in (",", "to", "for"):
        return True
    heads = fw.loans | fw.grant_heads
    if lows[r] == "of":
        return r + 1 < len(lows) and (lows[r + 1] in heads or is_money(lex, lows[r + 1]))
    return any(w in heads for w in lows[r : r + 2])


def _amount_word(lex: Lexicon, w: str) -> bool:
    """A word of an amount: "€", "30", "30m", "million"."""
    return is_money(lex, w) or w[:1] in AMOUNT_STARTS


def _money_then(s: Sentence, p: int, fw: FundingWords, ends: tuple[str, ...]) -> int:
    """From p, a few words naming money and no guard noun ("a $5 million grant"), then one of
    `ends` ("by"): its position (p itself with no `ends`), else -1."""
    lows, lex = s.lows, s.lex
    money = False
    for q in range(p, min(len(lows), p + 7)):
        w = lows[q]
        if w in fw.grant_guards:
            return -1
        if w in ends:
            return q if money else -1
        if w == M or w in PUNCT_STOP or w == ",":
            break
        money = money or is_money(lex, w) or w in fw.loans
    return p if money and not ends else -1


def loan_words(lex: Lexicon) -> frozenset[str]:
    """Nouns of lending and grants ("loans", "grant"): cues of `unnamed_borrower`."""
    return cost_words(lex).loans


def cues(lex: Lexicon) -> frozenset[str]:
    """Words without which no rule of this family applies (made once per lexicon, with the
    family's words: every sentence asks)."""
    return cost_words(lex).cues


# words between a thing and the verb that gives its cost ("is expected to cost")
_COST_AUX = AUXILIARIES | frozenset(
    {"be", "to", "expected", "likely", "estimated", "set", "due", "could", "should", "might"}
)


def costed(lex: Lexicon, lows: list[str], names: Sequence[NamedSpan]) -> str | None:
    """The thing a sentence gives the cost of ("The Kelby line will cost €90m", "X is expected
    to cost $2 billion"): a later "the remainder" is a share of it. Raw tokens and names."""
    verbs = cost_words(lex).cost_verbs
    if verbs.isdisjoint(lows):
        return None
    n = len(lows)
    for m in names:
        q = _past_project_head(lex, lows, m.j)  # "The Felgate depot will cost"
        while q < n and q - m.j < 6 and lows[q] in _COST_AUX:
            q += 1
        if q < n and lows[q] in verbs and any(is_money(lex, w) for w in lows[q + 1 : q + 5]):
            return m.ids[0]
    return None


def _past_project_head(lex: Lexicon, lows: list[str], q: int) -> int:
    """Past a project's head noun of one or two words after a name ending at q ("depot",
    "ammonia plant", "wind farm"), else q."""
    if q >= len(lows) or not lows[q].isalpha() or lows[q] in _NOT_MODIFIERS:
        return q  # "X said the depot will cost": X is no project
    return q + project_head(lex.heads, lows, q)  # "the Tarrow ammonia plant", "wind farm"


# words after a name that make no project modifier: "X said the depot ...", "X will build a"
_NOT_MODIFIERS = REPORTING | ARTICLES | DETS | _COST_AUX


def apply(s: Sentence) -> None:
    fw = cost_words(s.lex)
    nouns, forms, participles = fw.nouns, fw.verbs, fw.participles
    lows = s.lows
    for k, w in enumerate(lows):
        if w in nouns and k >= 1 and _determined(s, k - 1, fw.modifiers):
            _cost_share(s, k, forms, participles)
        elif w == "which" and k >= 2 and lows[k - 1] == "of" and lows[k - 2] == ",":
            _of_which(s, k, forms)
        elif w == M and s.ment(k).kind == "group" and s.ment(k).word in fw.delivery_groups:
            _delivers(s, k, fw)


def unnamed_borrower(s: Sentence) -> None:
    """ "Its trawlers were bought with loans from lenders headed by A and B", "Its pilot line
    was financed by a grant from the agency C": the lenders fund the owner of the subject.
    (With no owner named, the organization the article was just about was measured to be
    the wrong borrower on the blind set: not read.)"""
    fw = cost_words(s.lex)
    lows = s.lows
    n = len(lows)
    for v in range(2, n - 3):
        if lows[v] not in fw.loan_verbs or lows[v - 1] not in BE_FORMS:
            continue
        hit = fw.loan_verbs.match(lows, v)
        if hit is None or not hit[1]:
            continue  # a past participle: "were bought", "was paid for"
        before = [m for m in range(v) if lows[m] == M]
        if any(not s.is_det(m) for m in before):
            return  # the subject is named: the trigger rules read it
        borrower = s.ment(before[0]) if before else None
        q = v + hit[0]
        if borrower is None or q >= n or lows[q] not in ("with", "by", "through", "using"):
            return
        for f in range(q + 1, min(n, q + 6)):
            if lows[f] == M or lows[f] in PUNCT_STOP:
                return
            if lows[f] in fw.loans and f + 1 < n and lows[f + 1] in ("from", "by"):
                _emit_agents(s, f + 2, borrower, v, "funding/unnamed-borrower")
                return
            if lows[f] in fw.loans and lows[f + 1 : f + 3] in (
                ["arranged", "by"],
                ["provided", "by"],
            ):
                _emit_agents(s, f + 3, borrower, v, "funding/unnamed-borrower")
                return
        return


def after_relative(s: Sentence) -> None:
    """ "Its investors include A, which led the seed round, and B": a list member after a
    relative clause funds what the member before the clause funds."""
    funded = [f for f in s.found if f.type == "FUNDS"]
    if not funded:
        return
    lows = s.lows
    n = len(lows)
    for k in range(n - 3):
        if lows[k] != M or lows[k + 1] != "," or lows[k + 2] not in ("which", "who"):
            continue
        q = k + 3
        while q < n and q - k <= 14 and lows[q] not in PUNCT_STOP and lows[q] != ",":
            if lows[q] == M and not s.is_det(q):
                break  # a name inside the clause: not a plain aside
            q += 1
        if not (q + 2 < n and lows[q] == "," and lows[q + 1] == "and"):
            continue
        m = _described_member(s, q + 2)  # "and the grocer B"
        if m < 0:
            continue
        before = set(s.ment(k).ids)
        more = s.merged(coord(s, m, +1))
        for f in funded:
            if f.source in before and f.target not in more.ids and not s.blocked(k, m):
                target = Mention((f.target,), -1, -1)
                s.emit(more, ("FUNDS",), target, "funding/after-relative", 0.7)


DESCRIPTOR_WORDS = 3  # "the pension fund B": words before a list member's name


def _described_member(s: Sentence, p: int) -> int:
    """The name at p, or after a short descriptor ("the grocer B", "state lender B": an article
    or a descriptor noun just before the name), else -1."""
    lows = s.lows
    q = p
    while q < len(lows) and q - p < DESCRIPTOR_WORDS and lows[q] != M and lows[q].isalpha():
        if lows[q] in CLAUSE_STOP or lows[q] in _NOT_DESCRIPTOR:
            return -1
        q += 1
    if q >= len(lows) or lows[q] != M or s.is_det(q):
        return -1
    if q > p and lows[p] not in _DETS and lows[q - 1] not in s.lex.heads:
        return -1
    return q


_NOT_DESCRIPTOR = frozenset({"which", "who", "that", "and", "or", "to", "in", "of", "by"})


def _delivers(s: Sentence, k: int, fw: FundingWords) -> None:
    """ "A joint venture of A and B is to carry out the X project", "X will be built by a joint
    venture of A and B": the members fund the project the venture delivers."""
    lows = s.lows
    n = len(lows)
    for a in range(max(0, k - 4), k):
        if lows[a] in fw.awards and fw.awards.match(lows, a):
            return  # "the navy picked a joint venture of A and B to build it": a contract
    project = -1
    if k >= 1 and lows[k - 1] == "by":
        v = k - 2
        if v >= 1 and lows[v] in fw.delivery and lows[v - 1] in BE_FORMS:
            project = _project_before(s, v)
    else:
        v = k + 1
        while v < n and v - k <= 4 and lows[v] in _AUX_TO:
            v += 1
        hit = fw.delivery.match(lows, v) if v < n and lows[v] in fw.delivery else None
        if hit is not None:
            e = v + hit[0]
            project = right(s, e, 3)
            if project < 0 and lows[v] == "carry":  # "to carry the scheme out"
                project = right(s, e, 2)
    if project < 0 or not _deliverable(s, project, lows[v]):
        return
    if not s.blocked(min(k, project) + 1, max(k, project)):
        s.emit(s.ment(k), ("FUNDS",), s.ment(project), "funding/delivery", 0.7)


_BUILT = frozenset({"built", "constructed", "delivered", "developed"})


def _deliverable(s: Sentence, project: int, verb: str) -> bool:
    """A project, or a thing being built whatever its name's type ("Harbour Quay ... is being
    built by"): not a person."""
    types = s.etypes(project)
    return "Project" in types or (verb in _BUILT and "Organization" in types)


_AUX_TO = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "to",
        "be",
        "has",
        "have",
        "had",
        "also",
        "set",
        "due",
        "jointly",
        "now",
    }
)


def _project_before(s: Sentence, v: int) -> int:
    """The patient of a passive at v: the nearest mention before it in its clause, or the name
    before an appositive that ends just before the verb ("P, a £90m scheme of flats, is being
    built by")."""
    lows = s.lows
    for m in range(v - 1, max(-1, v - 8), -1):
        if lows[m] == M:
            return m
        if lows[m] == "," and all(w in BE_FORMS or w in _AUX_TO for w in lows[m + 1 : v]):
            return _before_aside(s, m)
        if lows[m] in PUNCT_STOP:
            return -1
    return -1


_APPOSITIVE_WORDS = 14  # words of an appositive between a name and its verb


def _before_aside(s: Sentence, c: int) -> int:
    """The name before a nameless appositive that closes with the comma at c, else -1."""
    lows = s.lows
    for r in range(c - 1, max(0, c - _APPOSITIVE_WORDS), -1):
        if lows[r] == M or lows[r] in PUNCT_STOP and lows[r] != ",":
            return -1
        if lows[r] == ",":
            return r - 1 if lows[r - 1] == M and lows[r + 1] in _DETS else -1
    return -1


def _determined(s: Sentence, d: int, modifiers: frozenset[str]) -> bool:
    """A determiner at d, or one before a modifier there: "the rest", "the remaining cost";
    a modifier opening the sentence ("Debt financing for the X was provided by A")."""
    if s.lows[d] in modifiers:
        if d == 0:
            return True
        d -= 1
    return s.lows[d] in _DETS or s.is_det(d)


def _target(s: Sentence, k: int) -> tuple[Mention | None, int]:
    """What the cost noun at k is the cost of: "the balance of the Tarn line" (and where its
    phrase ends), else the thing the article last said was funded."""
    lows = s.lows
    n = len(lows)
    p = k + 1
    if p < n and lows[p] in ("of", "for"):
        q = p + 1
        while (
            q < n
            and q - p <= 4
            and lows[q] != M
            and (lows[q].isalpha() or lows[q][:1] in AMOUNT_STARTS)
        ):
            q += 1  # "the rest of the £90 million cost of the Tarn line"
        if q < n and lows[q] == M and not s.etypes(q).isdisjoint({"Project", "Organization"}):
            return s.ment(q), q + 1
    if s.context.funded:
        return Mention((s.context.funded,), -1, -1, "context", 0.8), p
    return None, p


def _cost_share(s: Sentence, k: int, forms: PhraseIndex, participles: PhraseIndex) -> None:
    lows = s.lows
    n = len(lows)
    target, p = _target(s, k)
    target = target or project_before(s, k)  # "into the £90m scheme, and the rest is ..."
    if target is None:
        return
    # passive: "the balance ... is to be provided by A"
    for v in range(p, min(n, p + _REACH)):
        w = lows[v]
        if w == M or w in PUNCT_STOP or (w in CLAUSE_STOP and w not in ("to",)):
            break
        if w == "due" and lows[v + 1 : v + 2] == ["from"]:
            _emit_agents(s, v + 2, target, k)  # "the remainder is due from A"
            return
        if w in COME_FORMS and (came := _come_as(s, v)) > 0:
            _emit_agents(s, came, target, k)  # "the rest comes as loans from A"
            return
        hit = forms.match(lows, v) if w in forms else None
        if hit is not None and lows[v + hit[0] - 1] in ("from", "of"):
            _emit_agents(s, v + hit[0], target, k)  # "the rest will come from A"
            return
        if w in participles and v >= 1 and lows[v - 1] in BE_FORMS:
            hit = participles.match(lows, v)
            by = v + (hit[0] if hit else 1)
            if by < n and lows[by] == "by":
                _emit_agents(s, by + 1, target, k)
            elif (source := loan_source(s, by, cost_words(s.lex).loans)) > 0:
                _emit_agents(s, source, target, k)  # "is financed with loans from A"
                not_the_sponsors(s, target)
            return
    # active: "A will put up the rest", "B is providing the balance"
    v = k - 1
    while v >= 0 and k - v <= 3 and lows[v] != M and lows[v] not in forms:
        v -= 1
    if v >= 0 and lows[v] in forms and forms.match(lows, v):
        subj = subjects(s, v, True)
        if subj and not s.blocked(subj[0] + 1, k):
            s.emit(s.merged(coord(s, subj[0], -1)), ("FUNDS",), target, "funding/cost-share", 0.7)


COME_FORMS: frozenset[str] = frozenset({"come", "comes", "coming", "came"})


def _come_as(s: Sentence, v: int) -> int:
    """After "comes" at v, "as (bank) loans from" or "in credit from": the index after
    "from", else -1."""
    lows = s.lows
    if lows[v + 1 : v + 2] not in (["as"], ["in"]):
        return -1
    fw = cost_words(s.lex)
    for q in range(v + 2, min(len(lows) - 1, v + 6)):
        if lows[q] == "from":
            return q + 1 if q > v + 2 and lows[q - 1] in fw.loans | fw.grant_heads else -1
        if not lows[q].isalpha() or lows[q] == M:
            return -1
    return -1


def _emit_agents(
    s: Sentence, first: int, target: Mention, k: int, rule: str = "funding/cost-share"
) -> None:
    """ "by A and B", "by a consortium of A and B", "by a grant from the agency C"."""
    agent = agent_after(s, first)
    if agent < 0:
        agent = right(s, first, 5)
    if agent < 0 or s.blocked(k, agent):
        return
    s.emit(s.merged(coord(s, agent, +1)), ("FUNDS",), target, rule, 0.7)


def _of_which(s: Sentence, k: int, forms: PhraseIndex) -> None:
    """ "The scheme will cost £90m, of which the county will contribute £30m"."""
    lows = s.lows
    n = len(lows)
    subj = right(s, k + 1, 2)
    if subj < 0:
        return
    v = coord(s, subj, +1)[-1] + 1
    while v < n and v - subj <= 4 and lows[v] not in forms and lows[v] != M:
        v += 1
    if not (v < n and lows[v] in forms and forms.match(lows, v)):
        return
    target = None
    for m in range(k - 3, -1, -1):
        if lows[m] == M and not s.etypes(m).isdisjoint({"Project"}):
            target = s.ment(m)  # the project the amount is the cost of
            break
    if target is None and s.context.funded:
        target = Mention((s.context.funded,), -1, -1, "context", 0.8)
    if target is None or s.blocked(subj + 1, v):
        return
    s.emit(s.merged(coord(s, subj, +1)), ("FUNDS",), target, "funding/of-which", 0.7)
