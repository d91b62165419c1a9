"""A bare denial answers the speaker of the sentence before: "Ann Orme, who runs the Tarvel
growers' union, said Dalgety had cut its prices twice. Dalgety rejects that." (Dalgety
DISPUTES Ann Orme; a firm answers a firm, a person a person).

The answer is a rebutting verb `litigation` reads ("rejects that", "denied the claims",
"dismissed the remarks as ...") whose object is a bare "that" or "this" or a statement noun
with no owner (triggers.yaml `litigation.statement_nouns`); the speaker is the one the
sentence before quoted or reported (`SentenceContext.said_before`,
`loaders.statement_speakers`). It runs only when no earlier dispute was answered here, and
never for:

- an owner or author of the claim ("rejected the guild's claims", "claims by the guild");
- a suit, case or finding ("called the case a stunt": the litigant's, not the speaker's);
- a denial of a clause ("denied that its staff erred"), of a rumour ("there was talk ...; the
  firm denied it"), under a modal or a negation ("may dispute that", "did not reject");
- the speaker's own side, or a respondent read from a pronoun or a description;
- a person answering a firm's speaker or a firm a person's (who speaks for whom is unknown).

    >>> from loaders.article import extract
    >>> doc = extract("Ann Orme farms near Tarvel. Ann Orme said Piet Vos had sold the farm "
    ...               "twice. Mr Vos rejects that.")
    >>> ("piet-vos", "DISPUTES", "ann-orme") in doc.relations
    True
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Final

from loaders.lexicon import Lexicon, per_lexicon, word_set
from loaders.relations.litigation import RULE_ANSWER, claim_respondent, hearsay_at
from loaders.relations.model import Mention, Sentence
from loaders.relations.words import MODALS, POSSESSIVE_MARKS, PUNCT_STOP, QUOTE_MARKS

RULE_SPEAKER: Final = "litigation/speaker-answer"
# words right before an answering verb (past its adverbs in -ly: "did not directly deny")
# that leave it no answer given: modals and the future ("will reject that"), negations and
# near-negations ("barely disputes that"), an alternative ("neither confirms nor denies that")
UNSAID: Final = MODALS | frozenset(
    {"will", "shall", "not", "never", "to", "n't", "cannot", "nor", "or", "barely", "hardly"}
    | {"scarcely", "longer"}
)
# words before the answer that make it a condition: "If Vos rejects that, he will be sued"
CONDITIONS: Final = frozenset({"if", "unless", "whether"})
# words between the verb and its statement noun: "rejected all the claims"
OBJECT_FILLERS: Final = frozenset({"the", "these", "those", "such", "all", "both", "that", "this"})
# words after a statement noun that open its author: "rejected claims by Orme"
AUTHOR_PREPS: Final = frozenset({"by", "from"})
# what may follow a bare "that": "Dalgety rejects that.", "denies this outright"
THAT_ENDS: Final = frozenset({",", "outright", "as", "and", "but", "flatly", "entirely"})


def cues(lex: Lexicon) -> Collection[str]:
    """The rebutting verbs (`Lexicon.rebut_verbs`)."""
    return lex.rebut_verbs


@per_lexicon
def statement_nouns(lex: Lexicon) -> frozenset[str]:
    """The nouns of a statement (triggers.yaml `litigation.statement_nouns`)."""
    return word_set((lex.data.get("litigation") or {}).get("statement_nouns"))


def speaker_answer(s: Sentence) -> None:
    """The respondent of a bare denial disputes the speaker of the sentence before."""
    said = s.context.said_before
    if not said or any(f.type == "DISPUTES" and f.rule == RULE_ANSWER for f in s.found):
        return
    lows = s.lows
    if hearsay_at(s.lex, lows) >= 0:
        return
    for k in range(1, len(lows)):
        if not _stated_object(s, k) or _unsaid(lows, k):
            continue  # (the verb test first: most words are no rebutting verb)
        r = claim_respondent(s, k)
        if r < 0 or s.ment(r).kind != "name" or s.blocked(r + 1, k):
            continue
        ment = s.ment(r)
        kinds = {s.type_of(x) for x in (*ment.ids, *said)}
        if len(kinds) == 1 and _apart(s, ment, said):
            s.emit(ment, ("DISPUTES",), Mention(said, r, r), RULE_SPEAKER, 0.5)
        return


def _unsaid(lows: Sequence[str], k: int) -> bool:
    """The verb at k is under a modal, a negation or a condition (`UNSAID`, `CONDITIONS`)."""
    b = k - 1
    while b > 0 and lows[b] not in UNSAID and lows[b].endswith("ly") and len(lows[b]) > 4:
        b -= 1  # "did not directly deny", "has never publicly denied"
    return lows[b] in UNSAID or not CONDITIONS.isdisjoint(lows[:k])


def _stated_object(s: Sentence, k: int) -> bool:
    """A rebutting verb at k whose object is a bare "that" or "this" or a statement noun
    with no owner: "rejects that", "denied the claims", "disputes this description"."""
    lows, verbs = s.lows, s.lex.rebut_verbs
    if lows[k] not in verbs:
        return False
    hit = verbs.match(lows, k)
    if not hit:
        return False
    c = k + hit[0]
    n = len(lows)
    if c < n - 1 and lows[c] in ("that", "this"):
        d = lows[c + 1]
        if d in PUNCT_STOP or d in THAT_ENDS or d in QUOTE_MARKS:
            return True
    while c < n and lows[c] in OBJECT_FILLERS:
        c += 1
    if c + 1 < n and (lows[c + 1] in POSSESSIVE_MARKS or lows[c + 1] in AUTHOR_PREPS):
        return False  # "the guild's claims", "claims by the guild": an author named
    return c < n and lows[c] in statement_nouns(s.lex)


def _apart(s: Sentence, ment: Mention, said: tuple[str, ...]) -> bool:
    """The speaker is none of the respondent's sides: itself, or what it leads or founded."""
    ids = set(ment.ids)
    led = {f.target for f in s.found if f.type in ("LEADS", "FOUNDED") and f.source in ids}
    return ids.isdisjoint(said) and led.isdisjoint(said)
