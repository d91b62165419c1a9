"""The trap, claim and condition words of `loaders/data/traps.yaml`, read as the lexicon's `traps`
entry and compiled once per lexicon, so that a `--lexicon` file's `traps` entries extend them
(`traps: {stated_conditions: [ratify]}`).

>>> from loaders.lexicon import Lexicon
>>> "denies" in trap_words(Lexicon.load()).claim_denials
True
>>> extra = Lexicon.load({"traps": {"claim_denials": ["disputes"]}})
>>> "disputes" in trap_words(extra).claim_denials
True
>>> "commence" in trap_words(Lexicon.load({"traps": {"aspect_verbs": ["commence"]}})).aspect_verbs
True
>>> "fleeing" in trap_words(Lexicon.load({"traps": {"move_words": ["fleeing"]}})).move_words
True
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from loaders.lexicon import Lexicon, PhraseIndex, per_lexicon, phrase_index, word_set


@dataclass(frozen=True)
class TrapWords:
    # "will buy X if shareholders approve": a deal's approval keeps the act stated
    # (`hedge_scope.conditional`)
    stated: PhraseIndex
    # "according to a lawsuit": a suit's claim, no fact (`claim_sources`)
    claim_sources: PhraseIndex
    # ", which the firm denies", ", a claim Kelvin rejects" after "X says ..." (`denied_claims`)
    claim_denials: frozenset[str]
    denied_claim_nouns: frozenset[str]
    claim_verbs: frozenset[str]
    # "will begin operating the Brenna depot": no founding of the gerund's object (`aspect_traps`)
    aspect_verbs: frozenset[str]
    # an award, not funding: "won £3m from Arlo in damages" (`award_guards.award_money`)
    award_nouns: frozenset[str]
    won_forms: frozenset[str]
    won_funding_nouns: frozenset[str]
    # "will grant X access to its depot": a right, not money (`award_guards.granted_right`)
    granting_forms: frozenset[str]
    granted_rights: frozenset[str]
    # "ran X before moving to Canada": where a person went, no seat (`light_traps.moved_away`)
    move_words: frozenset[str]
    move_leads: frozenset[str]
    # "its completed acquisition of X" after a regulator (loaders/article.py, `_body_deal`)
    deal_stages: frozenset[str]
    # "A and B signed a supply agreement", beside partnering.yaml's `service_words`
    # (`light_traps.traded_pair`)
    pair_trade_words: frozenset[str]


@per_lexicon
def trap_words(lex: Lexicon) -> TrapWords:
    """The words, compiled once per lexicon (`--lexicon` files extend them)."""
    spec: dict[str, Any] = lex.data.get("traps") or {}

    def words(key: str) -> frozenset[str]:
        return word_set(spec.get(key))

    return TrapWords(
        stated=phrase_index(spec.get("stated_conditions")),
        claim_sources=phrase_index(spec.get("claim_sources")),
        claim_denials=words("claim_denials"),
        denied_claim_nouns=words("denied_claim_nouns"),
        claim_verbs=words("claim_verbs"),
        aspect_verbs=words("aspect_verbs"),
        award_nouns=words("award_nouns"),
        won_forms=words("won_forms"),
        won_funding_nouns=words("won_funding_nouns"),
        granting_forms=words("granting_forms"),
        granted_rights=words("granted_rights"),
        move_words=words("move_words"),
        move_leads=words("move_leads"),
        deal_stages=words("deal_stages"),
        pair_trade_words=words("pair_trade_words"),
    )
