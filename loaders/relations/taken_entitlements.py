"""Taken entitlements: a holder taking up its part of a share issue funds the issuer.

- `taken-entitlement`: "Orrin Capital, which holds 12% of Velda, has undertaken to take up its
  pro rata entitlement under the placing", "Orrin says it has pledged to subscribe for its
  allocation of a $90m offering by Velda", "Ada Lund promised to buy her portion of the
  fresh shares": the holder FUNDS the issuer. The issuer is a firm named with the issue
  ("Velda's placing", "an offering by Velda", "that Velda announced"), else the one firm the
  sentence, else the context, says the holder owns.

A hedge, a question or a refusal before the verb ("declined to say if it would take up its
allotment") reads nothing, nor a condition after it ("if the board approves"), nor does a
share of anything but an issue ("its share of the dividend", "the offer of a board seat",
"the cable sale"), nor a plan ("intends to take up"), nor a holder that is another's object
("analysts expect X, which holds 9%, to take up its rights").
Words: `entitlement_verbs`, `entitlement_parts`, `entitlement_issues` (and the weak issue
nouns, their leads and goods) in `loaders/data/holdings.yaml`.

    >>> from loaders.article import extract
    >>> doc = extract("Velda Pumps makes valves. Orrin Capital, which holds 12% of Velda, has "
    ...               "undertaken to take up its pro rata entitlement under the placing.")
    >>> ("orrin-capital", "FUNDS", "velda-pumps") in doc.relations
    True
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Final

from loaders.lexicon import Lexicon, PhraseIndex, per_lexicon, verb_index, word_set
from loaders.relations.hedge_scope import CONDITIONS
from loaders.relations.model import Mention, Sentence
from loaders.relations.words import AUXILIARIES, SAYING, M

# the holder's possessive and the type it names ("their": any)
OWN_WORDS: Final[dict[str, str]] = {"its": "Organization", "his": "Person", "her": "Person"}
OWN_ANY: Final = "their"
PART_LEADS: Final[frozenset[str]] = frozenset({"full", "entire", "pro", "rata", "pro-rata"})
LINKS: Final[frozenset[str]] = frozenset({"in", "of", "under", "to"})
ISSUE_REACH: Final = 8  # words from the link to the issue noun: "under its $80m placing"
UNSURE: Final[frozenset[str]] = frozenset(
    {"whether", "if", "not", "never", "no", "declined", "refused", "might", "may", "could"}
)
# `CONDITIONS` ("if", "unless") after the taking ("will take up its rights if the board
# approves"): no fact
# auxiliaries and commitments between a holder and its taking ("has undertaken to", "will")
CHAIN: Final[frozenset[str]] = AUXILIARIES | frozenset(
    {
        "committed",
        "agreed",
        "pledged",
        "promised",
        "undertaken",
        "undertook",
        "to",
        "also",
        "already",
        "fully",
        "both",
    }
)
CLAUSE_MARKS: Final[frozenset[str]] = frozenset({",", ";", ":", "-", "\u2013", "\u2014"})
NAMED_BY: Final[frozenset[str]] = frozenset({"by", "from", "that", "which"})


@dataclass(frozen=True)
class EntitlementWords:
    verbs: PhraseIndex  # "take up", "subscribe for", "buy", in every form
    parts: frozenset[str]
    issues: frozenset[str]
    weak: frozenset[str]  # "offer", "increase", "sale": an issue only after a lead
    goods: frozenset[str]  # "shares", "capital": what an issue's "of" names
    leads: frozenset[str]  # "the", "open", "fresh": words before a weak issue noun
    plain: frozenset[str]  # "stock", "shares": an issue only when new
    new: frozenset[str]  # "new", "fresh": shares being issued


@per_lexicon
def entitlement_words(lex: Lexicon) -> EntitlementWords:
    spec = lex.data.get("holdings") or {}
    return EntitlementWords(
        verb_index(spec.get("entitlement_verbs"), lex.irregular, True),
        word_set(spec.get("entitlement_parts")),
        word_set(spec.get("entitlement_issues")),
        word_set(spec.get("entitlement_weak_issues")),
        word_set(spec.get("entitlement_issue_goods")),
        word_set(spec.get("entitlement_issue_leads")),
        word_set(spec.get("entitlement_plain_shares")),
        word_set(spec.get("entitlement_new_shares")),
    )


def cues(lex: Lexicon) -> frozenset[str]:
    return entitlement_words(lex).parts


def taken_entitlements(s: Sentence) -> None:
    """ "X has undertaken to take up its entitlement under the placing": X FUNDS the issuer."""
    words = entitlement_words(s.lex)
    lows = s.lows
    for v, w in enumerate(lows):
        hit = words.verbs.match(lows, v) if w in words.verbs else None
        if hit is None:
            continue  # no "take up", "subscribe for", "buy" here
        own = _own_word(s, v + hit[0])
        issue = _issue_after(s, v + hit[0] + 1, words) if own else -1
        if issue < 0 or not UNSURE.isdisjoint(lows[:v]) or not CONDITIONS.isdisjoint(lows[v:]):
            continue  # "declined to say if it would take up its allotment", "... if approved"
        k = _holder(s, v, OWN_WORDS.get(own))
        if k < 0 or s.blocked(k + 1, v + 1) or _told_to(lows, k, v):
            continue
        holder = s.ment(k)
        issuer = _issuer(s, issue, holder)
        if issuer is not None:
            s.emit(holder, ("FUNDS",), issuer, "funding/taken-entitlement", 0.6)


def _holder(s: Sentence, v: int, kind: str | None) -> int:
    """The subject of the verb at v, past its auxiliaries and a commitment ("has committed
    to", "says it has agreed to": the sayer): the name just before them, or, after asides
    closed by a comma, the sentence's first name that is no possessor ("X's largest holder,
    the fund Y, which ..., has agreed to": Y); of the type the possessive names; else -1."""
    lows = s.lows
    b = _before_chain(lows, v)
    if b >= 1 and lows[b] == M and s.ment(b).kind == "pronoun" and lows[b - 1] in SAYING:
        b = _before_chain(lows, b - 1)  # "Y, which ..., says it has agreed to take up"
    if b < 0:
        return -1
    if lows[b] == M:
        k = b
    elif lows[b] == ",":
        firsts = [m for m in range(b) if lows[m] == M and _heads(s, m, kind)]
        k = firsts[0] if firsts else -1  # "the Oslo fund Y, which ..., has agreed": not Oslo
    else:
        return -1
    return k if k >= 0 and _heads(s, k, kind) else -1


def _told_to(lows: list[str], k: int, v: int) -> bool:
    """A bare "to" before the verb at v, with no auxiliary or commitment, whose holder at k
    does not open the clause: the object of another's verb ("analysts expect X, which holds
    9%, to take up its rights"); a headline's "X to take up its rights" opens it."""
    if lows[_before_chain(lows, v) + 1 : v] != ["to"]:
        return False
    return k > 0 and lows[k - 1] not in CLAUSE_MARKS


def _heads(s: Sentence, m: int, kind: str | None) -> bool:
    """The mention at m can be the holder: no possessor ("X's largest holder"), no place, of
    the type the possessive names."""
    if s.lows[m + 1 : m + 2] in (["'s"], ["\u2019s"]):
        return False
    types = s.etypes(m)
    return "Location" not in types and (kind is None or kind in types)


def _before_chain(lows: list[str], v: int) -> int:
    """The position before the auxiliaries and commitment words that end just before v."""
    b = v - 1
    while b >= 0 and lows[b] in CHAIN:
        b -= 1
    return b


def _own_word(s: Sentence, q: int) -> str:
    """The possessive pronoun at q ("its", read as its firm or not), else ""."""
    if q >= len(s.lows):
        return ""
    w = s.ment(q).word if s.lows[q] == M and s.ment(q).kind == "pronoun" else s.lows[q]
    return w if w in OWN_WORDS or w == OWN_ANY else ""


def _issue_after(s: Sentence, q: int, words: EntitlementWords) -> int:
    """After the possessive: "(full) entitlement in/of ... <issue noun>"; the issue noun's
    position, else -1."""
    lows = s.lows
    n = len(lows)
    while q < n and lows[q] in PART_LEADS:
        q += 1
    if q + 1 >= n or lows[q] not in words.parts or lows[q + 1] not in LINKS:
        return -1
    for k in range(q + 2, min(n, q + 2 + ISSUE_REACH)):
        if lows[k] in words.issues:
            return k if _share_issue(lows, k, words) else -1
        if lows[k] in (",", ";", ".", "and"):
            return -1
    return -1


def _full_name(m: Mention, known: set[str] | frozenset[str]) -> Mention:
    """The firm a short name before the issue stands for, when the sentence names it in full
    or the holder owns it ("Tellan's rights issue" after "Tellan Foods": Tellan Foods)."""
    if len(m.ids) != 1:
        return m
    full = sorted(i for i in known if i.startswith(m.ids[0] + "-"))
    return replace(m, ids=(full[0],)) if len(full) == 1 else m


def _sentence_ids(s: Sentence) -> set[str]:
    """The ids the sentence names or its relations join."""
    named = {i for m in s.ments if m is not None for i in m.ids}
    return named | {f.target for f in s.found} | {f.source for f in s.found}


def _share_issue(lows: list[str], k: int, words: EntitlementWords) -> bool:
    """The issue noun at k is one of shares: an "of" after it names shares ("the offer of new
    shares", not "the offer of a board seat"), plain shares are new ones ("the fresh shares",
    not "the Pellan stock it does not own"), and a weak noun follows an article, a number or
    an issue lead ("the increase", "a $90m share sale", not "the dividend increase", "the
    cable sale")."""
    if k + 1 < len(lows) and lows[k + 1] == "of":
        tail = lows[k + 2 : k + 6]
        if words.goods.isdisjoint(tail):
            return False
    if lows[k] in words.plain:  # "the fresh shares", "the stock offering"
        nxt = lows[k + 1] if k + 1 < len(lows) else ""
        return nxt in words.issues or not words.new.isdisjoint(lows[max(0, k - 3) : k])
    if lows[k] not in words.weak or k < 1:
        return True
    lead = lows[k - 1]
    return lead in words.goods or lead in words.leads or not lead.isalpha()


def _issuer(s: Sentence, issue: int, holder: Mention) -> Mention | None:
    """The firm issuing: named just before the issue noun ("Velda's rights issue", "a Velda
    share offer") or just after it ("by Velda", "that Velda launched"); else the one firm the
    sentence, else the context, says the holder owns."""
    lows = s.lows
    near = [k for k in range(issue - 3, issue) if k >= 0 and lows[k] == M]
    after = issue + 1
    if after + 1 < len(lows) and lows[after] in NAMED_BY and lows[after + 1] == M:
        near.append(after + 1)
    owned = {f.target for f in s.found if f.type == "OWNS" and f.source in holder.ids}
    if not owned:
        owned = {t for t, by in s.context.owners if not set(holder.ids).isdisjoint(by)}
    for k in near:
        m = s.ment(k)
        if set(m.ids).isdisjoint(holder.ids) and s.etypes(k) == {"Organization"}:
            return _full_name(m, owned | _sentence_ids(s))
    if len(owned) != 1:
        return None
    return Mention((owned.pop(),), -1, -1, "context", 0.9)
