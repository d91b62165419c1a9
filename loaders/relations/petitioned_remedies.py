"""A remedy asked of a body: "Tarn Dairy asked the Grain Board to fine Kelda Mills", "Orvik has
called on the regulator to investigate Kelda's pricing", "The Commission wants the Tribunal to
penalise A, B and C": the party that asks disputes each party the remedy would strike (a named
object, or the possessor of the thing struck). The body asked only would act: what an earlier
rule read of it as the act's subject ("urged the Grain Board to block Kelda's purchase of
Orvik") is the asker's.

- `petitioned_acts` strike their object whoever is asked ("urged shareholders to block Kelda");
  `petitioned_inquiries` only when a public body or a court is asked ("asked the watchdog to
  investigate Kelda", not "asked its advisers to examine Kelda's offer").
- An undoing of the asked body's own decision ("urged the ministry to cancel the licence it
  granted") is left out: whose decision it is the words do not say. An undoing of a burden laid on a
  party (`petitioned_burdens`: "asked the court to overturn Kelda's conviction", "to cancel
  Kelda's mortgage") lifts it from that party: no one is struck.
- Each of coordinated askers disputes ("Tarn Dairy and Orvik Foods asked the board to fine
  Kelda"); a party the asker owns is no one it disputes ("asked the regulator to investigate its
  subsidiary Kelda"), and "asked the regulator not to fine Kelda" asks for no remedy.

An intention ("plans to ask"), a passive ("was asked to"), a negation or a hedge yields
nothing. The words are the `litigation` entries `urge_verbs`, `petitioned_acts` and
`petitioned_inquiries` in loaders/data/triggers.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from loaders.lexicon import Lexicon, PhraseIndex, per_lexicon, phrase_index, word_set
from loaders.relations.litigation import forum_named
from loaders.relations.modal_acts import modal_head
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import coord, subjects
from loaders.relations.role import PUBLIC_KINDS
from loaders.relations.words import AGENTS, BE_FORMS, CLAUSE_STOP, POSSESSIVE_MARKS, PUNCT_STOP, M

RULE = "litigation/petitioned"
BODY_REACH: Final = 7  # words of the asked body, between the verb and "to"
# words that open an asked body that is no mention: "the regulator", "its lenders", "state
# prosecutors"
BODY_OPENERS: Final = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "state", "federal"}
)


@dataclass(frozen=True, slots=True)
class PetitionWords:
    """The remedies that strike their object (`acts`), those that strike it only when a public
    body is asked (`inquiries`), and the burdens a remedy lifts off their possessor."""

    acts: PhraseIndex
    inquiries: PhraseIndex
    burdens: frozenset[str]


@per_lexicon
def petition_words(lex: Lexicon) -> PetitionWords:
    """The `litigation` entries of the remedies asked, once per lexicon."""
    spec = lex.data.get("litigation") or {}
    return PetitionWords(
        phrase_index(spec.get("petitioned_acts")),
        phrase_index(spec.get("petitioned_inquiries")),
        word_set(spec.get("petitioned_burdens")),
    )


def cues(lex: Lexicon) -> frozenset[str]:
    return frozenset(lex.urge_verbs)


def petitioned_remedy(s: Sentence) -> None:
    """ "A asked/urged/wants BODY to <remedy> X": A disputes X (or the body, for an undoing of
    its own decision)."""
    lows, urge = s.lows, s.lex.urge_verbs
    for k, w in enumerate(lows):
        hit = urge.match(lows, k) if w in urge else None
        if hit is None or (k > 0 and (lows[k - 1] == "to" or lows[k - 1] in BE_FORMS)):
            continue  # "plans to ask the court", "was asked to explain": no petition made
        b = k + hit[0]
        to = _body_end(s, b)
        if to < 0:
            continue
        struck = _struck(s, b, to)
        if struck is None:
            continue
        subj = subjects(s, k, True)
        if not subj or s.blocked(subj[0] + 1, k + 1) or modal_head(s, k):
            continue
        askers = [a for a in coord(s, subj[0], -1) if AGENTS & s.etypes(a)] or subj[:1]
        for a in askers:
            for x in struck:
                _emit(s, a, x, b, to)
        _asker_not_body(s, s.merged(askers), b, to)


def _body_end(s: Sentence, b: int) -> int:
    """The "to" after the asked body that opens at b ("the Competition Board to"), else -1;
    the body is a mention or opens with one of `BODY_OPENERS` ("filed a petition at the X
    Court asking it to" opens with a preposition: the noun "petition" asks no one)."""
    lows = s.lows
    if b >= len(lows) or (lows[b] != M and lows[b] not in BODY_OPENERS):
        return -1
    for p in range(b + 1, min(len(lows) - 1, b + BODY_REACH + 1)):
        w = lows[p]
        if w == "to":
            return -1 if s.negated(p - 1, p) else p  # "asked the regulator not to fine X"
        if w in PUNCT_STOP or w == "," or w in CLAUSE_STOP:
            return -1
    return -1


def _struck(s: Sentence, b: int, to: int) -> list[int] | None:
    """The positions of the parties the remedy after "to" strikes (a named object, or the
    possessor of the thing struck: "to revoke Kelda's patent"); None when no remedy follows."""
    lows, words = s.lows, petition_words(s.lex)
    a = to + 1
    act = words.acts.match(lows, a) if lows[a] in words.acts else None
    if act is None and lows[a] in words.inquiries and _public(s, b, to):
        act = words.inquiries.match(lows, a)
    if act is None:
        return None
    t = a + act[0]
    if t < len(lows) and lows[t] == M and not s.is_det(t):
        if lows[t + 1 : t + 2] and lows[t + 1] in POSSESSIVE_MARKS:
            if lows[t + 2 : t + 3] and lows[t + 2] in words.burdens:
                return []  # "to overturn Kelda's conviction": the burden is lifted off Kelda
        return coord(s, t, +1) + _deal_target(s, t)
    return []


def _deal_target(s: Sentence, t: int) -> list[int]:
    """The target of the struck party's deal ("to block Kelda's purchase of Orvik": Orvik, the
    deal's other party), else none."""
    lows = s.lows
    if t + 2 >= len(lows) or lows[t + 1] not in POSSESSIVE_MARKS:
        return []
    hit = s.lex.deal_nouns.match(lows, t + 2)
    if hit is None:
        return []
    p = t + 2 + hit[0]
    if p + 1 < len(lows) and lows[p] in ("of", "for") and lows[p + 1] == M:
        return coord(s, p + 1, +1)
    return []


def _public(s: Sentence, b: int, to: int) -> bool:
    """The asked body (the words from b to `to`) is a public body or a court: a word or a
    name's word of a public kind (`role.PUBLIC_KINDS`), or a forum head ("the High Court")."""
    lows = s.lows
    for p in range(b, to):
        parts = [lows[p]] if lows[p] != M else [x for i in s.ment(p).ids for x in i.split("-")]
        for part in parts:
            if part in s.lex.forum_heads or PUBLIC_KINDS & s.lex.kinds.get(part, frozenset()):
                return True
    return False


def _emit(s: Sentence, subj: int, x: int, b: int, to: int) -> None:
    """The asker at subj disputes the party at x, unless it is the asker itself, a court, a
    party the asker owns (by an earlier reading of the sentence: "its subsidiary Kelda"), or
    (for a struck object) the body asked."""
    target, asker = s.ment(x), s.ment(subj)
    if not AGENTS & s.etypes(x) or target.shares(asker) or forum_named(s, x):
        return
    if any(f.type == "OWNS" and f.source in asker.ids and f.target in target.ids for f in s.found):
        return
    if x > to and any(s.lows[p] == M and s.ment(p).shares(target) for p in range(b, to)):
        return
    s.emit(asker, ("DISPUTES",), target, RULE, 0.6)


def _asker_not_body(s: Sentence, asker: Mention, b: int, to: int) -> None:
    """What an earlier rule read of the body asked as the subject of the remedy ("urged the
    Grain Board to block Kelda's purchase of Orvik": the deal's fighter) is the asker's; not
    the body's own acts in another clause ("...; the Board fined Orvik in 2021")."""
    lows = s.lows
    body = {i for p in range(b, to) if lows[p] == M for i in s.ment(p).ids}
    if not body or body & set(asker.ids):
        return
    struck = _remedy_ids(s, to)
    taken = [
        f
        for f in s.found
        if f.type == "DISPUTES" and f.source in body and f.rule != RULE and f.target in struck
    ]
    s.withdraw(taken)
    for f in taken:
        if f.target not in asker.ids:
            s.emit(asker, ("DISPUTES",), Mention((f.target,), to, to), RULE, 0.6)


def _remedy_ids(s: Sentence, to: int) -> set[str]:
    """The ids of the mentions in the remedy's clause, from `to` to the clause's end."""
    lows, out = s.lows, set[str]()
    for p in range(to + 1, len(lows)):
        if lows[p] in CLAUSE_STOP:
            break
        if lows[p] == M:
            out.update(s.ment(p).ids)
    return out
