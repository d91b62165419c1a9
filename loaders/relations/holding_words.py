"""The words of the holdings, backing and deal-loan constructions (`holdings` in
`loaders/data/holdings.yaml`), compiled once per lexicon, so that a `--lexicon` file's
`holdings` entries extend them: verbs as phrase indexes of every inflected form (the irregular
forms are the lexicon's `irregular_verbs`).

>>> from loaders.lexicon import Lexicon
>>> "backs" in holding_words(Lexicon.load()).back_verbs
True
>>> extra = Lexicon.load({"holdings": {"back_verbs": ["champion"]}})
>>> "championed" in holding_words(extra).back_verbs
True
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from loaders.lexicon import Lexicon, PhraseIndex, inflected, per_lexicon, word_set
from loaders.relations.words import BE_FORMS


@dataclass(frozen=True)
class HoldingWords:
    """The family's words; phrase indexes hold each phrase's length."""

    share_words: frozenset[str]  # "The last quarter belongs to X"
    further_shares: frozenset[str]  # "holds a further 4%": more of a stake already held
    share_leads: frozenset[str]  # "the remaining 40%"
    share_holders: PhraseIndex  # "belong to", "is held by"
    keep_verbs: PhraseIndex  # "will keep a 10% holding"
    shown_share: PhraseIndex  # "and B disclosed a 5.4% holding": a share and a held noun
    bought_in: PhraseIndex  # ", which bought in"
    bought_in_bare: frozenset[str]  # "bought in", "invested": last words of phrases with no object
    arm_mods: PhraseIndex  # "the venture arm of X"
    arm_heads: frozenset[str]
    buy_share: PhraseIndex  # "X bought 40% in 2019"
    stake_takes: PhraseIndex  # "X took a 10% stake": buying only with a stake noun after
    stake_take_left_out: frozenset[str]  # forms of them not read: "has taken"
    bought_tails: frozenset[str]  # "took a 10% stake as part of the deal"
    share_pay: PhraseIndex  # "will be paid in Korrin shares"
    share_pay_nouns: frozenset[str]
    co_hold: PhraseIndex  # "alongside O, which keeps the other 75%"
    joint_hold: PhraseIndex  # "A owns X jointly with B": B holds X too
    naming: PhraseIndex  # "that mine, called the Ruska project"
    lost_to: PhraseIndex  # "lost C to V, which acquired it"
    took_it: PhraseIndex
    back_verbs: PhraseIndex  # "Ferrand's directors now back Orsola's offer"
    support_forms: frozenset[str]  # "voted to back it": support, not money
    civic_descriptors: frozenset[str]  # "the patients' group Carewell backed Holm"
    support_spans: frozenset[str]  # "backed Holm throughout the case"
    support_settings: frozenset[str]
    oppose_verbs: PhraseIndex  # "Brindle's board rejected Harlow's offer" (DISPUTES)
    board_nouns: PhraseIndex
    bid_nouns: frozenset[str]
    bidder_verbs: frozenset[str]  # every form: "lifted its bid for" (the bid's own bidder)
    named_bid_nouns: frozenset[str]  # "backed Orlo's offer" (BACKS Orlo)
    appointee_nouns: frozenset[str]  # "backed the appointment of X" (BACKS X)
    behind: PhraseIndex  # "says it is behind X's offer"
    so_auxiliaries: frozenset[str]  # "and so has X" (`so_too`)
    deal_support: PhraseIndex  # "welcomed the buyout" (BACKS the buyer the article named)
    reporting: PhraseIndex
    deal_pay: PhraseIndex  # "will fund the deal with ... a term loan from A"
    deal_loans: frozenset[str]  # loan nouns and the last words of loan phrases
    seller_people: frozenset[str]  # "The two founders sold 38% to Q" (a stake in the topic)
    held_dets: frozenset[str]  # "the fund still owns that block"
    held_blocks: frozenset[str]
    apposed_sales: frozenset[str]  # "B, a firm he sold to C"
    funded_things: frozenset[str]  # participles: "X's fleet is financed by A"
    funding_verbs: frozenset[str]  # every one-word form of the same verbs: "is financing"
    issue_backers: frozenset[str]  # "X's rights issue was backed by A"
    funded_issues: frozenset[str]
    whole_stake: frozenset[str]  # "sold its entire stake in X": a word between verb and stake
    bought_forms: frozenset[str]  # every form of the buying verbs: "bought the chain from its"
    bought_participles: frozenset[str]  # their past forms: "bought", "acquired"
    takeover_words: frozenset[str]  # "A agreed to buy T. B owns 18%": of T


@per_lexicon
def holding_words(lex: Lexicon) -> HoldingWords:
    """The family's words, compiled once per lexicon (`--lexicon` files extend them)."""
    return _compile(lex.data.get("holdings") or {}, lex.irregular)


def _words(spec: dict[str, Any], key: str) -> frozenset[str]:
    """A key's one-word entries, lower-cased."""
    return frozenset(w for w in word_set(spec.get(key)) if " " not in w)


def _phrases(
    spec: dict[str, Any], irregular: dict[str, list[str]], keys: tuple[str, ...], verbs: bool
) -> PhraseIndex:
    """The keys' phrases (value: the phrase's length); with `verbs`, every inflected form of the
    first word (a phrase starting with "is"/"are" is kept as written)."""
    out = PhraseIndex()
    for entry in (e for key in keys for e in spec.get(key) or ()):
        phrase = tuple(str(entry).lower().split())
        if verbs and phrase[0] not in BE_FORMS:
            forms = [f for f, _ in inflected(str(entry), irregular)]
        else:
            forms = [phrase]  # "is held by", "are held by": as written
        for form in forms:
            out.add(form, len(phrase))
    return out


def _forms(spec: dict[str, Any], irregular: dict[str, list[str]], key: str) -> frozenset[str]:
    """Every one-word form of a key's verbs."""
    return frozenset(
        form[0]
        for verb in spec.get(key) or ()
        for form, _ in inflected(str(verb), irregular)
        if len(form) == 1
    )


def _participles(spec: dict[str, Any], irregular: dict[str, list[str]], key: str) -> frozenset[str]:
    """Every one-word participle of a key's verbs."""
    return frozenset(
        form[0]
        for verb in spec.get(key) or ()
        for form, participle in inflected(str(verb), irregular)
        if participle and len(form) == 1
    )


def _last_words(spec: dict[str, Any], key: str) -> frozenset[str]:
    """A key's words and the last word of each of its phrases ("bridge loan": "loan")."""
    return _words(spec, key) | frozenset(str(w).split()[-1] for w in spec.get(key) or ())


def _compile(spec: dict[str, Any], irregular: dict[str, list[str]]) -> HoldingWords:
    """One line per field: each names its yaml key and how it is read."""

    def words(key: str) -> frozenset[str]:
        return _words(spec, key)

    def phrases(*keys: str, verbs: bool = False) -> PhraseIndex:
        return _phrases(spec, irregular, keys, verbs)

    bought_forms = _forms(spec, irregular, "buying_verbs")

    return HoldingWords(
        share_words=words("share_words"),
        further_shares=words("further_shares"),
        share_leads=words("share_leads"),
        share_holders=phrases("share_holders", verbs=True),
        keep_verbs=phrases("keep_verbs", verbs=True),
        shown_share=phrases("buying_verbs", "shown_share_verbs", verbs=True),
        bought_in=phrases("bought_in", "bought_in_bare"),
        bought_in_bare=frozenset(str(w).split()[-1] for w in spec.get("bought_in_bare") or ()),
        arm_mods=phrases("investing_arm_mods"),
        arm_heads=words("investing_arm_heads"),
        buy_share=phrases("buying_verbs", "buy_share_verbs", verbs=True),
        stake_takes=phrases("stake_take_verbs", verbs=True),
        stake_take_left_out=words("stake_take_left_out"),
        bought_tails=words("bought_tails"),
        share_pay=phrases("share_pay_verbs", verbs=True),
        share_pay_nouns=words("share_pay_nouns"),
        co_hold=phrases("co_hold_verbs", verbs=True),
        joint_hold=phrases("joint_hold_verbs", verbs=True),
        naming=phrases("naming"),
        lost_to=phrases("lost_to", verbs=True),
        took_it=phrases("took_it", verbs=True),
        back_verbs=phrases("back_verbs", verbs=True),
        support_forms=words("support_forms"),
        civic_descriptors=words("civic_descriptors"),
        support_spans=words("support_spans"),
        support_settings=words("support_settings"),
        oppose_verbs=phrases("oppose_verbs", verbs=True),
        board_nouns=phrases("board_nouns"),
        bid_nouns=words("bid_nouns"),
        bidder_verbs=_forms(spec, irregular, "bidder_verbs"),
        named_bid_nouns=words("named_bid_nouns"),
        appointee_nouns=words("appointee_nouns"),
        behind=phrases("behind", verbs=True),
        so_auxiliaries=words("so_auxiliaries"),
        deal_support=phrases("deal_support_verbs", verbs=True),
        reporting=phrases("reporting"),
        deal_pay=phrases("deal_pay_verbs", verbs=True),
        deal_loans=_last_words(spec, "deal_loan_nouns"),
        seller_people=words("seller_people"),
        held_dets=words("held_dets"),
        held_blocks=words("held_blocks"),
        apposed_sales=words("apposed_sales"),
        funded_things=_participles(spec, irregular, "funded_things"),
        funding_verbs=_forms(spec, irregular, "funded_things"),
        issue_backers=words("issue_backers"),
        whole_stake=words("whole_stake"),
        funded_issues=words("funded_issues"),
        bought_forms=bought_forms,
        bought_participles=_participles(spec, irregular, "buying_verbs"),
        takeover_words=bought_forms | words("takeover_nouns"),
    )
