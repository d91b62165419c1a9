"""A public body's enforcement order: "The Harby Food Agency has ordered Orvo Dairy to recall
2,000 cheeses", "Orvo Dairy was ordered by the Harby Food Agency to stop selling them": the body
that orders a firm to undo or stop what it does disputes the firm.

Only a body named as a regulator by the head of its name (`role_descriptions.regulator` in
loaders/data/coref.yaml: "X Authority", "X Agency", "X Commission") orders so: a parent
ordering its unit to close a plant, or a transit authority ordering trams, is none of it
(the acts ordered, `litigation.ordered_acts` in loaders/data/triggers.yaml, are enforcement
remedies, not work). A negated, hedged or merely expected order is none yet.
"""

from __future__ import annotations

from loaders.lexicon import Lexicon, PhraseIndex, per_lexicon, phrase_index, verb_index
from loaders.relations.modal_acts import modal_head
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import coord, subjects
from loaders.relations.words import BE_FORMS, M
from loaders.role_refs import holds_by_name, role_table

RULE = "litigation/order"


def cues(lex: Lexicon) -> frozenset[str]:
    return frozenset(order_verbs(lex))


@per_lexicon
def order_verbs(lex: Lexicon) -> PhraseIndex:
    """`litigation.order_verbs` in every form ("ordered"), once per lexicon."""
    spec = lex.data.get("litigation") or {}
    return verb_index(spec.get("order_verbs"), lex.irregular, True)


@per_lexicon
def ordered_acts(lex: Lexicon) -> PhraseIndex:
    """`litigation.ordered_acts`, once per lexicon."""
    spec = lex.data.get("litigation") or {}
    return phrase_index(spec.get("ordered_acts"))


def enforcement_order(s: Sentence) -> None:
    """ "The X Agency ordered A (and B) to recall ...": X disputes each; "A was ordered by the X
    Agency to stop ...": X disputes A."""
    lows = s.lows
    n = len(lows)
    orders = order_verbs(s.lex)
    for k, w in enumerate(lows):
        if w not in orders or k + 3 >= n or (k > 0 and lows[k - 1] == "to"):
            continue  # "threatened to order X to", "asked the agency to order X to": not yet
        if lows[k + 1] == "by" and k > 1 and lows[k - 1] in BE_FORMS:
            _passive_order(s, k)
            continue
        if lows[k + 1] != M or s.is_det(k + 1):
            continue
        ordered = coord(s, k + 1, +1)
        if not _acts_after(s, ordered[-1] + 1):
            continue
        subj = subjects(s, k, True)
        if not subj or not _regulator(s, subj[0]) or _unreal(s, subj[0], k):
            continue
        for x in ordered:
            _emit(s, s.ment(subj[0]), x)


def _passive_order(s: Sentence, k: int) -> None:
    """ "A was ordered by the X Agency to recall ...": the agent disputes the subject."""
    agent = k + 2 + (s.lows[k + 2] == "the")  # "by the X Agency"
    if (
        agent >= len(s.lows)
        or s.lows[agent] != M
        or not _regulator(s, agent)
        or not _acts_after(s, agent + 1)
    ):
        return
    subj = subjects(s, k, True)
    if subj and not _unreal(s, subj[0], k):
        _emit(s, s.ment(agent), subj[0])


def _acts_after(s: Sentence, t: int) -> bool:
    """ "to" and an enforcement act at t ("to recall", "to stop selling")."""
    lows = s.lows
    return (
        t + 1 < len(lows) and lows[t] == "to" and ordered_acts(s.lex).match(lows, t + 1) is not None
    )


def _unreal(s: Sentence, subj: int, k: int) -> bool:
    """A negation, hedge or modal head between the subject and the order at k, or a supposed
    order ("If the X Agency ordered Y to ..., Y would ...": the order's verb is in the span)."""
    return s.blocked(subj + 1, k + 1) or any(modal_head(s, v) for v in range(subj + 1, k + 1))


def _regulator(s: Sentence, x: int) -> bool:
    """The mention at x is an organization named as a regulator ("Harby Food Agency"): only its
    single id is read, spaced as a name (`role_refs.holds_by_name` with no descriptors), so for
    a public body only the head of that name counts ("Agency"; not "Commission Brokers"); a
    descriptor ("X, the food regulator") says nothing here."""
    if "Organization" not in s.etypes(x):
        return False
    role = role_table(s.lex).get("regulator")
    ids = s.ment(x).ids
    return (
        role is not None and len(ids) == 1 and holds_by_name(role, ids[0].replace("-", " "), set())
    )


def _emit(s: Sentence, body: Mention, x: int) -> None:
    target = s.ment(x)
    if "Organization" in s.etypes(x) and not target.shares(body):
        s.emit(body, ("DISPUTES",), target, RULE, 0.6)
