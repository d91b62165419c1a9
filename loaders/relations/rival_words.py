"""The words of the rivalry family (`rivalry` in `loaders/data/rivalry.yaml`), compiled once per
lexicon, so that a `--lexicon` file's `rivalry` entries extend them.

>>> from loaders.lexicon import Lexicon
>>> "competitor" in rival_words(Lexicon.load()).rival_nouns
True
>>> extra = Lexicon.load({"rivalry": {"rival_nouns": ["challenger"]}})
>>> "challenger" in rival_words(extra).rivals
True
"""

from __future__ import annotations

from dataclasses import dataclass

from loaders.lexicon import Lexicon, per_lexicon, phrase_set, word_set


@dataclass(frozen=True)
class RivalWords:
    """The family's words, lower-cased (`rivalry.yaml` says what each reads)."""

    rival_nouns: frozenset[str]  # "Rival firms, including A", "A, a smaller rival"
    rival_mods: frozenset[str]  # "rival products", "competing apps"
    choose_verbs: frozenset[str]  # "The county picked A over B"
    switch_verbs: frozenset[str]  # "Dravo switched to rival Kestrel" (with choose_verbs)
    win_verbs: frozenset[str]  # "A won the contract, beating B"
    beating_words: frozenset[str]
    rival_things: frozenset[str]
    challenge_forms: frozenset[str]  # "is challenging A on the London route"
    market_words: frozenset[str]
    standing_words: frozenset[str]  # "challenge A's dominance"
    rank_words: frozenset[str]  # "the third-largest carrier, behind A"
    rank_verbs: frozenset[str]  # "lags behind A"
    rank_not: frozenset[str]  # "the second-largest shareholder behind A": no market
    pit_verbs: frozenset[str]  # "the deal pits A against B"
    set_verbs: frozenset[str]  # "brings A head to head with B"
    set_states: tuple[tuple[str, ...], ...]  # "head to head with", "up against"
    rivals: frozenset[str]  # the nouns and modifiers: a sentence with one asks for
    # the company whose rivals it may name (`SentenceContext.rival`)
    pair_rival_mods: frozenset[str] = frozenset()  # "A and B, fierce rivals in ..."
    dominate_verbs: frozenset[str] = frozenset()  # "A and B dominate the market"
    domain_words: frozenset[str] = frozenset()  # "the market", "the industry"
    take_verbs: frozenset[str] = frozenset()  # "win back shoppers from A"
    taken_things: frozenset[str] = frozenset()  # "shoppers", "market share"
    aim_verbs: frozenset[str] = frozenset()  # "is targeting A's customers"
    aim_particles: frozenset[str] = frozenset()  # "eaten into A's share", "went after"
    poach_verbs: frozenset[str] = frozenset()  # "B has been poaching its customers"
    sale_verbs: frozenset[str] = frozenset()  # "sells cheese to B, a rival chain"
    intent_words: tuple[tuple[str, ...], ...] = ()  # "in an attempt to", "trying to"
    contest_heads: frozenset[str] = frozenset()  # "rival bidder A", "rival suitor A"
    copula_adverbs: frozenset[str] = frozenset()  # "Our rivals are mainly A and B"
    courting_words: frozenset[str] = frozenset()  # "X is courted by rival bidder A"
    received_bid_verbs: frozenset[str] = frozenset()  # "X received a rival bid from A"
    focus_adverbs: frozenset[str] = frozenset()  # "Those rivals, mainly A and B, ..."
    joint_words: frozenset[str] = frozenset()  # "A and B bid jointly for X"
    bid_words: frozenset[str] = frozenset()  # "A and B both bid for X"
    lost_case_words: frozenset[str] = frozenset()  # "lost to X in the High Court"
    lost_holds: frozenset[str] = frozenset()  # "lost control to X"
    lost_to_complements: frozenset[str] = frozenset()  # "lost access to X"
    lost_claims: frozenset[str] = frozenset()  # "lost its legal challenge to X"
    lost_to_keepers: frozenset[str] = frozenset()  # "lost three aircraft to its lessor, X"
    lost_unreal: frozenset[str] = frozenset()  # "fears losing staff to X"
    lost_nothing: frozenset[str] = frozenset()  # "lost nothing to X"
    lost_takings: frozenset[str] = frozenset()  # "lost its site to X in a compulsory purchase"
    compete_forms: frozenset[str] = frozenset()  # "competes with larger rivals, including A"
    example_openers: frozenset[str] = frozenset()  # "including", "among them", "such as"
    beat_verbs: frozenset[str] = frozenset()  # "A beat two other bidders: B and C"
    bidder_nouns: frozenset[str] = frozenset()  # "Rival bidders included B and C"
    against_bids: frozenset[str] = frozenset()  # "A bid against B and C"
    litigant_nouns: frozenset[str] = frozenset()  # "beat two rival claimants": no bidders
    offer_nouns: frozenset[str] = frozenset()  # "bid against the offer from B"


@per_lexicon
def rival_words(lex: Lexicon) -> RivalWords:
    """The family's words, compiled once per lexicon (`--lexicon` files extend them)."""
    spec = lex.data.get("rivalry") or {}

    def words(key: str) -> frozenset[str]:
        return word_set(spec.get(key))

    def phrases(key: str) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(str(w).lower() for w in phrase) for phrase in spec.get(key) or ())

    return RivalWords(
        rival_nouns=words("rival_nouns"),
        rival_mods=words("rival_mods"),
        choose_verbs=words("choose_verbs"),
        switch_verbs=words("choose_verbs") | words("switch_verbs"),
        win_verbs=words("win_verbs"),
        beating_words=words("beating_words"),
        rival_things=words("rival_things"),
        challenge_forms=words("challenge_forms"),
        market_words=words("market_words"),
        standing_words=words("standing_words"),
        rank_words=words("rank_words"),
        rank_verbs=words("rank_verbs"),
        rank_not=words("rank_not"),
        pit_verbs=words("pit_verbs"),
        set_verbs=words("set_verbs"),
        set_states=phrases("set_states"),
        rivals=words("rival_nouns") | words("rival_mods"),
        pair_rival_mods=words("pair_rival_mods"),
        dominate_verbs=words("dominate_verbs"),
        domain_words=words("domain_words"),
        take_verbs=words("take_verbs"),
        taken_things=words("taken_things"),
        aim_verbs=words("aim_verbs"),
        aim_particles=words("aim_particles"),
        poach_verbs=words("poach_verbs"),
        sale_verbs=words("sale_verbs"),
        intent_words=phrases("intent_words"),
        contest_heads=words("contest_heads"),
        copula_adverbs=words("copula_adverbs"),
        courting_words=words("courting_words"),
        received_bid_verbs=words("received_bid_verbs"),
        focus_adverbs=words("focus_adverbs"),
        joint_words=words("joint_words"),
        bid_words=words("bid_words"),
        lost_case_words=words("lost_case_words"),
        lost_holds=words("lost_holds"),
        lost_to_complements=words("lost_to_complements"),
        lost_claims=words("lost_claims"),
        lost_to_keepers=words("lost_to_keepers"),
        lost_unreal=words("lost_unreal"),
        lost_nothing=words("lost_nothing"),
        lost_takings=words("lost_takings"),
        compete_forms=words("compete_forms"),
        example_openers=phrase_set(spec.get("example_openers")),
        beat_verbs=words("beat_verbs"),
        bidder_nouns=words("bidder_nouns"),
        against_bids=words("against_bids"),
        litigant_nouns=words("litigant_nouns"),
        offer_nouns=words("offer_nouns"),
    )
