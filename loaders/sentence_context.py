"""The context of a sentence (`loaders.relations.context.SentenceContext`): built once per
sentence from its analysis, the salience of entities before its own names, and the article's
state so far (`loaders.article.Extraction`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Final

from loaders.cue_mask import (
    CUE_BARE_ORG,
    CUE_DEAL_LOAN,
    CUE_DEAL_SUPPORT,
    CUE_JOINT_VERB,
    CUE_LOAN_NOUN,
    CUE_SAYING,
)
from loaders.holder_roles import holder_role
from loaders.leader_record import article_leaders
from loaders.lexicon import Lexicon, per_lexicon
from loaders.non_names import data_words
from loaders.paragraph_firm import paragraph_firm
from loaders.quotes import spans as quote_spans
from loaders.relations import (
    backing,
    bare_ties,
    deal_financing,
    deal_loans,
    deal_members,
    deal_roles,
    funding,
    owner_money,
    partnering,
    rounds,
    shared_costs,
    stake_handover,
    suit_funders,
    unnamed_roles,
)
from loaders.relations.accusation import accuse_words
from loaders.relations.advice import ADVISE_VERBS
from loaders.relations.context import NO_CONTEXT, Sale, SentenceContext
from loaders.relations.deal_loans import DEAL_NOUNS
from loaders.relations.holding_words import holding_words
from loaders.relations.kept_stakes import DEMONSTRATIVES as KEPT_DEMONSTRATIVES
from loaders.relations.litigation import MANAGEMENT_WORDS, OWNER_NOUNS, hearsay_at
from loaders.relations.opened_bodies import unnamed_body
from loaders.relations.rival_words import rival_words
from loaders.relations.role import MINISTERS, TAKE_OVER
from loaders.relations.words import (
    AND_OR,
    MEMBER_NOUNS,
    OWN_PRONOUNS,
    PREPOSITIONS,
    SAYING,
    STAYING_LINKS,
    TELLING,
)
from loaders.topic import paragraph_start
from loaders.topic_titles import topic_title_mentions

if TYPE_CHECKING:
    from loaders.article import Extraction
    from loaders.coref import Salience
    from loaders.mentions import Analysis
    from loaders.relations.model import Mention

# words of a share whose company may go unnamed or be a reference: "owns just 3%", "hold a
# quarter of it", "holds 20% of the company"
STAKE_TOPIC_WORDS: Final = frozenset(
    {"percent", "cent", "quarter", "third", "half", "stake", "shareholder", "investor", "owner"}
    # "The last fifth belongs to X", "will retain a 10% holding", "hold all the rest"
    | {"fifth", "tenth", "holding", "rest", "remainder"}
    # "Other shareholders include A and B" (`holder_lists`)
    | {"shareholders", "owners", "investors", "backers", "stakes"}
)


class ContextCues:
    """The cue words `sentence_context` reads, gathered once per lexicon (several are the
    families' own derived sets, each behind a weak-keyed look-up), and their union: a sentence
    with none of them (and no "%") has the empty context."""

    def __init__(self, lex: Lexicon):
        # role nouns, "takes over from X" (`role.handed_over`) and "chairs the board"
        # (`unnamed_roles.chairs_board`): the article's organization
        self.roles = (
            frozenset(lex.roles.keys())
            | TAKE_OVER
            | unnamed_roles.BOARD_CHAIR_VERBS
            | unnamed_roles.LEAVING_CUES  # "stepped down as chief executive", "quit the top job"
        )
        self.leading = self.roles | unnamed_roles.LEAD_VERBS
        # (and a share of a cost with no receiver: `shared_costs`, "each side will provide $5m")
        self.funded = funding.cues(lex) | backing.support_cues(lex) | shared_costs.cues(lex)
        self.cost_verbs = funding.cost_words(lex).cost_verbs  # "X will cost £90m" (article)
        self.round_nouns = lex.round_nouns
        # "Existing investors A and B took part as well", "The earliest cheque came from A":
        # words that read the round last named
        self.round_joined = (
            frozenset(lex.round_joined.keys()) | lex.round_listed | rounds.round_readers(lex)
        )
        self.rest = lex.stake_left_over  # "keep the rest/remaining N%"
        self.further = holding_words(lex).further_shares  # "holds a further 4%" (`further_shares`)
        self.kept = lex.stake_held  # "still holds that stake" (`kept_stakes`)
        self.loan_nouns = deal_loans.cues(lex)  # a loan named: "a £4m loan from L"
        # words of a deal paid with loans or by a funder: "The purchase is financed by A"
        self.deal_loans = (
            self.loan_nouns | deal_financing.cues(lex) | deal_financing.lender_cues(lex)
        )
        # "rival firms", "its competitors", "B is poaching its customers"
        self.rivals = rival_words(lex).rivals | rival_words(lex).poach_verbs
        self.deal_support = backing.deal_support_cues(lex)  # "welcomed the buyout"
        self.answers = lex.answer_words
        self.handover = stake_handover.cues(lex)  # "The stake was bought by Z"
        self.injects = owner_money.cues(lex)  # "It injected a further $30m": an owner's money
        group = deal_members.group_words(lex)
        self.sold = deal_roles.SOLD_WORDS | group.cues  # "X was sold", "A consortium bought X"
        self.buyers = deal_roles.BUYER_NOUNS | group.member_cues  # "The buyer, Y", "The group"
        self.fought_deals = frozenset(lex.deal_nouns)  # "C criticised the deal"
        self.any, self.bits = self._combine()

    def _combine(self) -> tuple[frozenset[str], dict[str, int]]:
        """The union of every cue (`any`) and the word -> bits table (`bits`)."""
        union: frozenset[str] = frozenset().union(
            self.fought_deals,
            partnering.JOINT_WORDS,
            self.leading,
            self.rivals,
            MANAGEMENT_WORDS,
            STAKE_TOPIC_WORDS,
            self.rest,
            self.further,
            self.kept,
            MINISTERS,
            self.funded,
            self.answers,
            suit_funders.FUNDED_WORDS,
            suit_funders.SUIT_WORDS,
            self.round_nouns,
            self.round_joined,
            OWNER_NOUNS,
            self.injects,
            DEAL_NOUNS,
            backing.OFFER_NOUNS,
            self.handover,
            self.buyers,
            HEAD_WORDS,  # "Ada Ruhl, its general manager," after a plant opened (`body_before`)
        )
        # each word of these sets -> its bits (`REST` ...): one look-up per cued word answers
        # every test of `sentence_context` and `_body_reads` against them (`_cue_bits`)
        bits = bit_table(
            (self.rest, self.kept, self.further, MINISTERS, self.roles)
            + (partnering.JOINT_WORDS, self.leading, self.rivals, MANAGEMENT_WORDS)
            + (OWNER_NOUNS, self.injects, self.round_nouns, self.round_joined)
            + (DEAL_NOUNS | backing.OFFER_NOUNS, self.funded, STAKE_TOPIC_WORDS, self.answers)
            + (suit_funders.SUIT_WORDS, suit_funders.FUNDED_WORDS)
        )
        return union, bits


def bit_table(cue_sets: tuple[frozenset[str], ...]) -> dict[str, int]:
    """Each word of the sets -> a bit mask with bit k set when the k-th set holds it."""
    bits: dict[str, int] = {}
    for k, cue_set in enumerate(cue_sets):
        for w in cue_set:
            bits[w] = bits.get(w, 0) | 1 << k
    return bits


# the bits of `ContextCues.bits`, in the order of its sets
REST: Final = 1
KEPT: Final = 2
FURTHER: Final = 4
MINISTER: Final = 8
ROLE: Final = 16
JOINT: Final = 32
LEADING: Final = 64
RIVAL: Final = 128
MANAGING: Final = 256
OWNERS: Final = 1 << 9
INJECTS: Final = 1 << 10
ROUND: Final = 1 << 11
ROUND_JOINED: Final = 1 << 12
DEAL_OR_OFFER: Final = 1 << 13
FUNDED: Final = 1 << 14
STAKE_TOPIC: Final = 1 << 15
ANSWERS: Final = 1 << 16
SUIT: Final = 1 << 17
SUIT_FUNDED: Final = 1 << 18


@per_lexicon
def context_cues(lex: Lexicon) -> ContextCues:
    return ContextCues(lex)


def _answering_org(x: Extraction) -> str | None:
    """The organization whose voice answers in an interview turn, else None."""
    voice = x.talk.voice
    return voice[1] if voice and x.talk.turn.turn == "answer" else None


FURTHER_REACH: Final = 3  # sentences back a further share's stake may have been stated


def sentence_context(
    x: Extraction,
    sno: int,
    text: str,
    a: Analysis,
    salience: Salience,
    names: Sequence[Mention],
) -> SentenceContext:
    """The context of sentence `sno` (`text`, analysed as `a`), from the article so far; asked
    before the sentence's own mentions count in `salience`; `names`: the sentence's names."""
    cues = x.cues
    words = a.words
    # the sentence's words among the cues: a test of a set inside `cues.any` reads these few
    # instead of every word (the same answer)
    cued = cues.any.intersection(words)
    if not cued and "%" not in text:
        return NO_CONTEXT  # no word any part of the context is asked for
    hit = _cue_bits(cues, cued)
    r = NO_BODY_READS if a.headline else _body_reads(x, sno, text, a, salience, cued, hit, names)
    rest, held_before = _held_before(x, sno, hit, words)
    sale = x.last_sale
    share_sold = (sale.sellers, sale.sold) if sale and sale.share else None
    minister = bool(x.bodies) and bool(hit & MINISTER)
    leaders, leaders_answer = _leaders(x, sno, hit, a.lows, salience)
    # built by `tuple.__new__`: the named tuple's own `__new__` is interpreted Python, which
    # compiled code would run for every sentence
    fields = (
        r.org,
        r.rival,
        r.stake_topic,
        share_sold if rest and sale and sale.since(sno) == 1 else None,
        held_before,
        _funded(x, sno, hit),
        _disputes(x, sno, cued, hit, a.lows),
        _round_owner(x, sno, hit),
        tuple(sorted(x.bodies.items())) if minister else (),
        _owners(x, hit),
        r.topic_owners,
        # read only by the unnamed-roles rules that run on these words: elsewhere it would
        # only split the rule memo's key (the words tested only when there is an organization)
        r.org if r.org is not None and a.cues & CUE_BARE_ORG else None,  # (`BARE_ORG_CUES`)
        r.joint_org,
        _buyer(x, a, sno, hit),
        r.managed,
        _stake_sold(sale, sno, cues.handover, cued),
        _sold(sale, sno, cues.buyers, cued),
        r.target,
        r.aside,
        _deal_parties(x, sno, cued),
        "their" in words and bool(hit & ROLE) and _plural_before(x, sno),
        leaders,
        leaders_answer,
        tuple(sorted(x.last_holders)) if held_before else (),
        "director" in words and _work_before(x, sno),
        _said_before(x, sno, hit),
        not HEAD_WORDS.isdisjoint(words) and _body_before(x, sno),
    )
    return tuple.__new__(SentenceContext, fields)


def _held_before(
    x: Extraction, sno: int, hit: int, words: frozenset[str]
) -> tuple[bool, tuple[str, ...]]:
    """Whether the sentence reads the rest of a stake (`REST`, or "that stake" with `KEPT`), and
    the holders of the last stake stated within its reach (`SentenceContext.held_before`)."""
    rest = bool(hit & REST)
    # "Corbel still holds that stake": the previous sentence's stake as well
    rest = rest or (bool(hit & KEPT) and not KEPT_DEMONSTRATIVES.isdisjoint(words))
    last_held = x.last_held
    # "Vorn holds 21% of T. ... It holds a further 4%": the last stake a few sentences back too
    # "B keeps the remaining 30%" two sentences after A bought 70%: the rest of that stake
    reach = FURTHER_REACH if hit & FURTHER else (2 if rest else 1)
    held = rest or reach > 1
    held_before = last_held[1] if held and last_held and 1 <= sno - last_held[0] <= reach else ()
    return rest, held_before


def _said_before(x: Extraction, sno: int, hit: int) -> tuple[str, ...]:
    """The speaker the sentence before quoted or reported, when this one may answer a claim
    (`SentenceContext.said_before`; `hit`: `_cue_bits`)."""
    at, said = x.said
    if at != sno - 1 or not (hit & ANSWERS):
        return ()
    return said


def _cue_bits(cues: ContextCues, cued: frozenset[str]) -> int:
    """The bits (`REST` ...) of the sets of `cues.bits` that hold a word of `cued`."""
    bits = cues.bits
    hit = 0
    for w in cued:
        hit |= bits.get(w, 0)
    return hit


class _BodyReads:
    """What a body sentence (no headline) reads from the article for its context. (A plain
    class: compiled, it is built by a native call, where a named tuple's `__new__` runs as
    interpreted Python for every sentence.)"""

    def __init__(
        self,
        org: str | None = None,  # a bare role's organization
        rival: str | None = None,
        stake_topic: str | None = None,
        topic_owners: tuple[str, tuple[str, ...]] | None = None,
        joint_org: str | None = None,
        managed: str | None = None,
        target: str | None = None,
        aside: tuple[str, ...] = (),
    ) -> None:
        self.org = org
        self.rival = rival
        self.stake_topic = stake_topic
        self.topic_owners = topic_owners
        self.joint_org = joint_org
        self.managed = managed
        self.target = target
        self.aside = aside


NO_BODY_READS: Final[_BodyReads] = _BodyReads()  # a headline's: it reads none


def _body_reads(
    x: Extraction,
    sno: int,
    text: str,
    a: Analysis,
    salience: Salience,
    cued: frozenset[str],
    hit: int,
    names: Sequence[Mention],
) -> _BodyReads:
    """The parts of the context only a body sentence reads (a headline reads none); `cued`
    holds the sentence's words among `x.cues.any`, `hit` their bits (`_cue_bits`)."""
    words = a.words
    org = near = rival = stake_topic = target = None
    topic_owners = joint_org = managed = None
    aside: tuple[str, ...] = ()
    joint = bool(hit & JOINT)
    # (both read "<det> <partnership noun> with": no scan of the words without "with")
    tie = "with" in words and (partnering.opens_tie(a.lows[:3]) or bare_ties.bare_tie_at(a.lows))
    if (joint and a.cues & CUE_JOINT_VERB) or tie:  # (`partnering.JOINT_VERBS`)
        # "opened in partnership with": read only after a verb of making (`jointly_made`)
        joint_org = salience.subject(("Organization",), sno)
    if hit & ROLE:
        near = salience.subject(("Organization",), sno)
        said = bool(a.cues & CUE_SAYING)  # (`SAYING`)
        org = unnamed_roles.bare_role_org(x, salience, sno, near, said)
    if hit & LEADING:
        topic_owners = unnamed_roles.topic_owners(x, salience, sno)
    if hit & RIVAL:
        bodies = x.public_bodies(salience, "rival")  # a ministry has no rivals
        rival = near if near not in bodies else None
        rival = rival or salience.subject(("Organization",), sno, skip=bodies)
        rival = _operating(x, salience, rival, bodies) if rival else None
        rival = _topic_rival(x, salience, bodies) or rival
        rival = _answering_org(x) or rival  # "A: They're a tough rival": the speaker's
    if hit & MANAGING:
        managed = _managed(x, salience, sno, words, a)
    if _has_share(a, text, hit):
        stake_topic = _bought_topic(x, sno, salience, a, names)  # "Tarn, which owns 3%"
        target = _takeover_target(x, sno)
        aside = _aside(x, a, salience, sno, stake_topic)
    return _BodyReads(org, rival, stake_topic, topic_owners, joint_org, managed, target, aside)


def _topic_rival(x: Extraction, salience: Salience, bodies: set[str]) -> str | None:
    """The article's clear topic, whose rival a bare "rival" names even when the latest
    subject is another firm (a buyer, a customer, a regulator); for a fund, the firm it holds
    (`_operating`: "Brisk Capital raised a fund. ... rival Halvik" names no rival of a fund)."""
    main = salience.main.get("Organization")
    if main is None or main in bodies or not unnamed_roles.clear_topic(x, main):
        return None
    return _operating(x, salience, main, bodies)


def _operating(x: Extraction, salience: Salience, rid: str, bodies: set[str]) -> str | None:
    """The operating firm a bare "rival" leans on: rid, unless rid holds or funds the article's
    main firm ("Brannock Group owns 40% of Kelso. ... rival Ardent": Kelso's rival) or is a fund
    or investment firm (then the firm it holds, else None). A buyer of a lesser firm stays
    ("Calla bought Dorn. ... rival Kvist": Calla's). A main firm among `bodies` (a ministry or
    regulator, which has no rivals) is never leaned on."""
    ents = x.registry.entities
    held = [
        t
        for src, rtype, t in x.doc.relations
        if src == rid and rtype in HOLDING and t != rid and ents[t].type == "Organization"
    ]
    main = salience.main.get("Organization")
    main = None if main in bodies else main
    if main in held:
        return main
    if main and main != rid and _side_party(x, salience, rid, main):
        return main
    if not salience.kind_named(rid, INVESTOR_KIND):
        return rid
    return max(held, key=lambda t: salience.count.get(t, 0), default=None)


HOLDING: Final[frozenset[str]] = frozenset({"OWNS", "FUNDS"})
INVESTOR_KIND: Final[frozenset[str]] = frozenset({"investor"})  # "Orvel Capital", "Brisk Partners"
BANK_KIND: Final[frozenset[str]] = frozenset({"bank"})


def _side_party(x: Extraction, salience: Salience, rid: str, main: str) -> bool:
    """rid stands beside the article's main firm, no market player in its own right: its
    adviser, a bank when the main firm is none ("Brannock Bank is advising on the sale. Rival
    Halvik ..."), or its unit ("Its unit Tarsa Pulp makes pulp. Rival Halvik ...")."""
    for src, rtype, t in x.doc.relations:
        if (src == rid and rtype == "ADVISES") or (src, rtype, t) == (main, "OWNS", rid):
            return True
    return salience.kind_named(rid, BANK_KIND) and not salience.kind_named(main, BANK_KIND)


def _managed(
    x: Extraction, salience: Salience, sno: int, words: frozenset[str], a: Analysis
) -> str | None:
    """The organization whose management or board the sentence's critics attack: the subject
    in view that is no union or ministry (they have no management), and for "the board" only
    the article's clear topic ("attacked the board"), also when the subject in view holds it
    (in a run of its shareholders, "Pell Fund owns 9%. Arno, with 5%, attacked the board": the
    board is the held topic's, not the last holder's)."""
    ents = x.registry.entities
    strict = x.lex.strict_kinds
    bodies = {r for r in salience.last if salience.kinds_of(tuple(ents[r].descr)) & strict}
    managed = salience.subject(("Organization",), sno, skip=bodies)
    if "management" not in words and managed is not None:
        main = salience.main.get("Organization")
        if main is None or not (managed == main or _holds(x, managed, main)):
            # a clear topic's board is none of another's holdings ("T lifted its dividend. V
            # bought O in 2019. V has criticised the board": neither T's nor O's)
            clear = main is not None and unnamed_roles.clear_topic(x, main)
            return None if clear else board_owner(x, a, sno)
        if managed != main and _share_named(x, a, managed):
            return None  # "Arno, which owns 5% of Orvel, attacked the board": Orvel's board
        if not unnamed_roles.clear_topic(x, main):
            return board_owner(x, a, sno)
        return main
    return managed


def _sold(
    sale: Sale | None, sno: int, buyers: frozenset[str], cued: frozenset[str]
) -> tuple[str, ...]:
    """The thing sold with no buyer named in the last two sentences, when this one names a
    buyer by its role ("The buyer, Y, ...")."""
    if sale is None or sale.share or sale.since(sno) > 2:
        return ()
    return sale.sold if not buyers.isdisjoint(cued) else ()


def _buyer(x: Extraction, a: Analysis, sno: int, hit: int) -> str | None:
    """The buyer of the acquisition stated in the last two sentences, when this one speaks of
    a deal paid with a loan ("The purchase will be paid for with a loan from L") or of support
    for it ("X welcomed the buyout"); for a loan, the buyer of the article's opening purchase
    when no other buyer was stated since (`Deals.lead`), however far above."""
    last = x.deals.buyer
    if last is None:
        return None
    if not (hit & DEAL_OR_OFFER):  # (`DEAL_NOUNS`, `backing.OFFER_NOUNS`)
        return None  # ("X said it would accept the offer": a bid for the deal too)
    if not (a.cues & (CUE_DEAL_LOAN | CUE_DEAL_SUPPORT)):
        return None  # (`ContextCues.deal_loans`, `ContextCues.deal_support`)
    if sno - last[0] <= 2:
        return last[1]
    loaned = bool(a.cues & CUE_LOAN_NOUN)  # (`ContextCues.loan_nouns`)
    return x.deals.lead if loaned else None  # "The purchase is financed by a loan from L"


def _stake_sold(
    sale: Sale | None, sno: int, handover: frozenset[str], cued: frozenset[str]
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The last sale of a share in the two sentences before, when this one speaks of a stake
    or a buyer ("The stake was bought by Z", "The buyer was Z")."""
    if sale is None or not sale.share or not 0 < sale.since(sno) <= 2:
        return None
    return (sale.sellers, sale.sold) if not handover.isdisjoint(cued) else None


def _owners(x: Extraction, hit: int) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each owned entity and its owners so far (OWNS relations found in earlier sentences),
    when the sentence speaks of owners ("accused the club's owners", "criticised its owners")
    or of an owner's money ("It injected a further $30m": `owner_money.owner_injects`)."""
    if not (hit & (OWNERS | INJECTS)):
        if not (hit & FURTHER):
            return ()  # (a further share: of a company held before, `further_shares`)
    held: dict[str, list[str]] = {}
    for source, rtype, target in x.doc.relations:
        if rtype == "OWNS":
            held.setdefault(target, []).append(source)
    return tuple(sorted((t, tuple(sorted(v))) for t, v in held.items()))


def _bought_topic(
    x: Extraction, sno: int, salience: Salience, a: Analysis, names: Sequence[Mention]
) -> str | None:
    """The company a bare share is of: the firm the sentence just before said its holder set
    up (`_founded_by`); the one a sentence just before said is being bought rather than its
    buyer ("A agreed to buy T. B, which owns 18%, backs the deal": of T) or its seller ("A
    agreed to buy T from S. P will keep 10%": of T, not S); further on, the target again while
    a paragraph on it goes on (`_target_paragraph`)."""
    topic, last = salience.topic(sno), x.deals.takeover
    first = names[0].ids if names else ()
    founded = _founded_by(x, sno, first)
    if founded is not None:
        return founded
    run = _holder_run(x, sno, salience, a, names) if _new_name(salience, first) else None
    if run is not None:
        return run
    if topic is None or last is None or topic == last[2]:
        return _paragraph_topic(x, sno, salience, topic, last)
    gap = sno - last[0]
    if topic != last[1] and topic not in salience.order.get(last[0], ()):
        if 1 <= gap <= 2 and last[1] in first:
            return last[2]  # "B bought T in 2019. B holds 82%": the buyer's share is of T
        # no party to the takeover: a company the article spoke of apart
        return _paragraph_topic(x, sno, salience, topic, last)
    if 1 <= gap <= 2 or (2 < gap <= TARGET_PARAGRAPH and _target_paragraph(x, sno, last[2])):
        return last[2]
    return _paragraph_topic(x, sno, salience, topic, last)


def _founded_by(x: Extraction, sno: int, first: tuple[str, ...]) -> str | None:
    """The firm the sentence just before said the sentence's first name set up, whose shares
    it now splits: "A set up V, a joint venture with B. A holds 51% and B 49%" (of V)."""
    founded = x.last_founded
    if founded is None or founded[0] != sno - 1 or not first or founded[1] in first:
        return None
    return founded[1] if set(first) <= founded[2] else None


def _new_name(salience: Salience, first: tuple[str, ...]) -> bool:
    """The sentence's first name is of an entity no earlier sentence named: a holder brought in
    by a run of holders ("Lindqvist backs Corvane. ... Lindqvist, which owns 41%": Corvane's)."""
    return bool(first) and all(i not in salience.last for i in first)


def _holder_run(
    x: Extraction, sno: int, salience: Salience, a: Analysis, names: Sequence[Mention]
) -> str | None:
    """The target of the last takeover, when the sentence just before stated stakes only in
    it and none of their holders is the topic: a run of its holders goes on, however far
    from the bid ("A bid for T. ... H, which holds 18% of T, backs the bid. P, which owns 7%,
    does not": of T; not "Orsk owns 40% of its unit T. P owns 5%": of Orsk); not a person's
    share, nor where the sentence names a firm in a holder's role (`_named_held`)."""
    held, last, topic = x.last_held, x.deals.takeover, salience.topic(sno)
    if held is None or held[0] != sno - 1 or len(held[1]) != 1 or held[1][0] == topic:
        return None  # stakes in one firm only, stated in the sentence just before
    if held[1][0] != (last[2] if last else None) and held[1][0] not in x.headline_ids:
        return None  # only a takeover's target or a firm the headline names
    if topic is not None and topic in x.last_holders:
        return None
    ents = x.registry.entities
    if any(ents[i].type == "Person" for i in names[0].ids):
        return None  # a person's share ("Hugo Marne, who chairs Ravel and owns 5%") stays put
    if _named_held(x, a, names, held[1][0], salience):
        return None
    return held[1][0]


def _named_held(
    x: Extraction, a: Analysis, names: Sequence[Mention], held: str, salience: Salience
) -> bool:
    """The sentence names a firm of the article so far in a holder's role (`holder_roles`)
    and not the firm `held` ("Orla, which owns 5%, sits on Corvane's board": Corvane's)."""
    if any(held in m.ids for m in names[1:]):
        return False  # the held firm is named again
    ents = x.registry.entities
    return any(
        holder_role(a.lows, m, x.lex)
        for m in names[1:]
        if all(i in salience.last and ents[i].type == "Organization" for i in m.ids)
    )


def _paragraph_topic(
    x: Extraction,
    sno: int,
    salience: Salience,
    topic: str | None,
    last: tuple[int, str, str] | None,
) -> str | None:
    """The topic, unless the paragraph is about another firm that never names it ("Rival
    Corma was founded by the Lyle family. The Lyle Trust holds 35%"): then None, save for a
    firm found holding the topic or a party to the last takeover."""
    if topic is None:
        return None
    firm = paragraph_firm(x.pairs, sno, salience, topic, x.registry.type_of)
    if not firm or _holds(x, firm, topic) or (last is not None and firm in last[1:]):
        return topic
    return None


BOARD_REACH: Final = 10  # sentences back a possessed board ("Tarsk's board") is remembered


def board_owner(x: Extraction, a: Analysis, sno: int) -> str | None:
    """Whose the bare board of a sentence is when the article's topic does not say: the one
    firm those it names were found holding (`held_by_named`), else the firm whose board an
    earlier sentence named with a possessive ("Tarsk's board, chaired by P, backed the
    offer. ... Orvel has attacked the board"); None in a sentence of advising ("P advises
    the board": neither says whose)."""
    if not ADVISE_VERBS.isdisjoint(a.words):
        return None
    return held_by_named(x, a) or _possessed_board(x, sno)


def _possessed_board(x: Extraction, sno: int) -> str | None:
    """The organization of the "X's board" (or directors, management) within BOARD_REACH
    sentences before sno, when its name is one organization's and no other organization's
    board is named there ("T's board backed the offer. B's board opposed it. ... V attacked the
    board": whose is unclear). A board named in a negated or denied clause is none in view
    ("Analysts said Tarsk's board was not involved")."""
    ents = x.registry.entities
    found: set[str] = set()
    for k in range(sno - 1, max(-1, sno - 1 - BOARD_REACH), -1):
        pa = x.pairs[k][1]
        lows = pa.lows
        for c in pa.cands:
            if c.j + 1 >= len(lows) or lows[c.j] != "'s" or lows[c.j + 1] not in MANAGEMENT_WORDS:
                continue
            if _board_denied(x.lex, lows, c.i, c.j + 1):
                continue
            ids = [r for r in x.registry.lookup(c.text) if ents[r].type == "Organization"]
            if len(ids) != 1:
                return None
            found.add(ids[0])
    return next(iter(found)) if len(found) == 1 else None


CLAUSE_ENDS: Final[frozenset[str]] = frozenset({";", "but", "while", "whereas", "although"})


def _board_denied(lex: Lexicon, lows: list[str], start: int, board: int) -> bool:
    """The possessed board at `board` (its possessor from `start`) is named in a denied clause
    ("X denied that T's board had ...") or one its clause negates ("T's board was not
    involved", "claims that T's board approved were false")."""
    if not data_words(lex, "board_denials").isdisjoint(lows[:start]):
        return True
    neg, dismissive = lex.negation, lex.dismissive
    for p in range(board + 1, len(lows)):
        if lows[p] in CLAUSE_ENDS:
            return False
        if lows[p] in neg and neg.match(lows, p):
            return True
        if lows[p] in dismissive and dismissive.match(lows, p):
            return True
    return False


def held_by_named(x: Extraction, a: Analysis) -> str | None:
    """The one organization that those this sentence names before its board word, as a
    critic might be named (`_critic_like`), were found funding, or holding a minority stake in
    (`_minority`, for OWNS), by earlier sentences ("Orvel holds 6% of Tarsk. ... Orvel has
    attacked the board": Tarsk's board), else None."""
    board = next((k for k, w in enumerate(a.lows) if w in MANAGEMENT_WORDS), len(a.lows))
    named = {
        r
        for c in a.cands
        if c.i < board and _critic_like(x.lex, a.lows, c.i, c.j)
        for r in x.registry.lookup(c.text)
    }
    ents = x.registry.entities
    held = {
        t
        for (src, rtype, t), rel in x.doc.relations.items()
        if src in named
        and rtype in HOLDING
        and t != src
        and ents[t].type == "Organization"
        and (rtype != "OWNS" or _minority(x.lex, [e.text for e in rel.evidence]))
    }
    return next(iter(held)) if len(held) == 1 else None


def _critic_like(lex: Lexicon, lows: list[str], i: int, j: int) -> bool:
    """The name at [i, j) may be the clause's own party, not a word of another noun phrase:
    after no preposition ("owns 5% of Y": the held; "Investors in Orvel", "After talks with
    Orvel,"), before no possessive ("Orvel's founder") and no noun it modifies ("Orvel Capital
    shareholders", `board_holder_modified`)."""
    if i >= 1 and lows[i - 1] in PREPOSITIONS:
        return False
    after = lows[j] if j < len(lows) else ""
    return after not in ("'s", "'") and after not in data_words(lex, "board_holder_modified")


def _minority(lex: Lexicon, texts: list[str]) -> bool:
    """A sentence of those that found a holding speaks of a minority stake: a stake word
    (`board_holder_stakes`: "holds 6% of", "a stake in", "its top shareholder") and no word of
    a whole holding (`board_holder_whole`: "owns all the shares", "the remaining 60%")."""
    stakes, whole = data_words(lex, "board_holder_stakes"), data_words(lex, "board_holder_whole")
    for text in texts:
        toks = re.findall(r"[\w%'-]+", text.lower())
        joined = f" {' '.join(toks)} "
        if any(f" {w} " in joined for w in whole):
            continue
        if any(t.endswith("%") for t in toks) or any(f" {w} " in joined for w in stakes):
            return True
    return False


def _share_named(x: Extraction, a: Analysis, firm: str) -> bool:
    """This sentence names `firm` as the firm a percentage is of ("which owns 5% of Orvel")."""
    lows = a.lows
    for c in a.cands:
        if c.i < 2 or lows[c.i - 1] != "of" or firm not in x.registry.lookup(c.text):
            continue
        before = lows[c.i - 2]
        if before.endswith("%") or before in ("percent", "cent", "stake", "share", "shares"):
            return True
    return False


def _holds(x: Extraction, holder: str, held: str) -> bool:
    """An earlier sentence found `holder` owning or funding `held`."""
    return any((src, t) == (holder, held) and rtype in HOLDING for src, rtype, t in x.doc.relations)


TARGET_PARAGRAPH: Final = 6  # sentences after a takeover its target's holders may be listed


def _target_paragraph(x: Extraction, sno: int, target: str) -> bool:
    """The sentence before is about the bought firm, not its buyer: the only firm its stakes
    were in ("Ida Rask, who owns 40% of T, stays on. The other shares sit with H, with 35%")."""
    held = x.last_held
    return held is not None and held[0] == sno - 1 and held[1] == (target,)


def _aside(
    x: Extraction, a: Analysis, salience: Salience, sno: int, topic: str | None
) -> tuple[str, ...]:
    """The organizations the sentence before named only after a preposition, when its clause
    subject is the article's most mentioned organization, the stake's topic, and this sentence
    says "of the company" (a plain head: "of the bank" may well mean a bank named aside):
    "Fennick won an order from Dalvin. Orrin, which owns 12% of the company": Dalvin is aside
    (not "Ostra is selling Kelby. Harlow, which owns 12% of the company": the thing sold)."""
    if topic is None or topic != salience.main.get("Organization"):
        return ()
    lows, heads = a.lows, data_words(x.lex, "generic_heads")
    if not any(
        lows[k - 1] == "the" and lows[k - 2] == "of" and lows[k] in heads
        for k in range(2, len(lows))
    ):
        return ()  # (the words compared in place: no slice per word)
    ents = x.registry.entities
    kin = _topic_kin(x, topic)
    named, core = salience.order.get(sno - 1, []), salience.core.get(sno - 1, [])
    if topic not in core[:1]:
        return kin
    aside = (r for r in named if r not in core and ents[r].type == "Organization")
    return tuple(dict.fromkeys((*aside, *kin)))


def _topic_kin(x: Extraction, topic: str) -> tuple[str, ...]:
    """The topic's investors that earlier sentences found holding or funding it, by the tail of
    their names: "Calder Partners owns 30% of T. It also owns 8% of D. Brakel Fund holds 5% of
    the company" (T, not Calder Partners)."""
    ents = x.registry.entities
    kin = [
        source
        for source, rtype, target in x.doc.relations
        if rtype in HOLDING and target == topic and source in ents
        if ents[source].type == "Organization"
        and _investor_tail(x.lex, ents[source].name.lower().split()[-1])
    ]
    return tuple(dict.fromkeys(kin))


def _investor_tail(lex: Lexicon, word: str) -> bool:
    """The last word of an investor's name: of the investor kind, or one of `investor_tails` or
    `investor_name_tails` (loaders/data/coref.yaml)."""
    tails = ("investor_tails", "investor_name_tails")
    return any(word in data_words(lex, k) for k in tails) or "investor" in lex.kinds.get(word, ())


def _plural_before(x: Extraction, sno: int) -> bool:
    """The sentence before names a plural of people ("Workers at the Leeds plant voted to
    strike") or two organizations joined by "and" ("lost the contract to Norsk Fiske and
    Halvik Energy"): a later "their" may be theirs (`SentenceContext.plural_before`)."""
    if sno < 1 or sno > len(x.pairs):
        return False
    a = x.pairs[sno - 1][1]
    lows = a.lows
    if not MEMBER_NOUNS.isdisjoint(lows):
        return True
    reg = x.registry
    orgs = {
        c.i: c.j
        for c in a.cands
        if any(reg.type_of(r) == "Organization" for r in reg.lookup(c.text))
    }
    return any(j < len(lows) and lows[j] == "and" and j + 1 in orgs for j in orgs.values())


# the words before a `determined_work_nouns` noun that make it a work ("the game Iron Choir")
WORK_DETS: Final = frozenset({"the", "a", "an", "its", "new", "latest", "debut"})
# the last words of the titles `opened_bodies` guards ("general manager", "director")
HEAD_WORDS: Final = frozenset({"director", "manager"})


def _work_before(x: Extraction, sno: int) -> bool:
    """The sentence before names a work or a vessel ("The film Northern Tide premiered",
    "launched the game Iron Choir"): a later "Its director, X," is the work's
    (`SentenceContext.work_before`)."""
    if sno < 1 or sno > len(x.pairs):
        return False
    lows, lex = x.pairs[sno - 1][1].lows, x.lex
    return not lex.work_nouns.isdisjoint(lows) or any(
        w in lex.determined_work_nouns and p > 0 and lows[p - 1] in WORK_DETS
        for p, w in enumerate(lows)
    )


def _body_before(x: Extraction, sno: int) -> bool:
    """The sentence before brings in an unnamed place or body as an object ("Kestrel opened a
    plant in Ghent."): a later "its general manager" may be its (`SentenceContext.body_before`)."""
    if sno < 1 or sno > len(x.pairs):
        return False
    lows = x.pairs[sno - 1][1].lows
    return unnamed_body(x.lex, lows, len(lows))


def _deal_parties(x: Extraction, sno: int, cued: frozenset[str]) -> tuple[str, ...]:
    """The buyer and the bought of a takeover stated in the two sentences before, when this
    one names a deal: "A agreed to buy B. C opposed the merger." (`litigation.deal`)."""
    last = x.deals.takeover
    if last is None or not 1 <= sno - last[0] <= 2 or x.cues.fought_deals.isdisjoint(cued):
        return ()
    return last[1:]


def _takeover_target(x: Extraction, sno: int) -> str | None:
    """The company a takeover stated in the two sentences before buys: "the firm" of a share
    in this one ("A agreed to buy T. B, which holds 27% of the firm, ..." is T)."""
    last = x.deals.takeover
    return last[2] if last is not None and 1 <= sno - last[0] <= 2 else None


def _has_share(a: Analysis, text: str, hit: int) -> bool:
    """The sentence names a share ("3%", "a third", "shareholder"): the word set first, and the
    tokens only when the text has a "%" at all (a scan of every token on every sentence)."""
    if hit & STAKE_TOPIC:  # (`STAKE_TOPIC_WORDS`)
        return True
    return "%" in text and any(w[-1:] == "%" for w in a.lows)


def _funded(x: Extraction, sno: int, hit: int) -> str | None:
    """What "the balance" or "the rest" is of, when this sentence may say who pays it: the
    thing funded or costed ("X will cost £90m") in the last three sentences. (Not merely a
    project in view: that was measured to pick the wrong thing.) Also what "voted to back it"
    may mean (`backing.support_not_money`)."""
    if not (hit & FUNDED):  # (`ContextCues.funded`)
        return None
    if x.funded is not None and sno - x.funded[1] <= 3:
        return x.funded[0]
    return None


def _leaders(
    x: Extraction, sno: int, hit: int, lows: list[str], salience: Salience
) -> tuple[tuple[tuple[str, str], ...], bool]:
    """The article's record of who leads or founded one firm (`loaders.leader_record`), when
    the sentence names a role, or answers a dispute of the sentence before or a far one whose
    claim it names (`_far_answer`: not "Ms Roe denied that she planned to retire"); and whether
    it does the latter (`SentenceContext.leaders_answer`). For a role, not a firm other than
    the one the paragraph so far is about ("Osk Farms reported higher profits. Its new strategy
    was drawn up by Mond, who is chairman" after a paragraph on Mond's founding of Vela Foods:
    review 29 F2)."""
    answers = _answers_dispute(x, sno, hit, lows)
    if not (hit & ROLE) and not answers:
        return (), False
    leaders = article_leaders(x)
    if leaders and not answers:
        start = paragraph_start(x.pairs, sno)
        type_of = x.registry.type_of
        named = {
            r
            for k in range(start, sno)
            for r in salience.order.get(k, ())
            if type_of(r) == "Organization"
        }
        if named:
            leaders = tuple((p, f) for p, f in leaders if f in named)
    return leaders, answers


def _answers_dispute(x: Extraction, sno: int, hit: int, lows: list[str]) -> bool:
    """The sentence may answer one of the article's last disputes (see `_disputes`)."""
    if not x.disputes or not (hit & ANSWERS):
        return False
    if x.disputed_at == sno - 1:
        return True
    n = len(x.disputes)
    return any(
        _far_answer(x, lows, x.disputes[k], x.dispute_snos[k])
        for k in range(max(0, n - 3), n)
        if sno - x.dispute_snos[k] <= DENIAL_REACH
    )


def _disputes(
    x: Extraction, sno: int, cued: frozenset[str], hit: int, lows: list[str]
) -> tuple[tuple[str, str], ...]:
    """The latest disputes of the article, when this sentence may answer one ("X denied the
    allegations", "X has countersued")."""
    if not x.disputes or not (bool(hit & ANSWERS) or _suit_funded(hit)):
        return ()
    # parallel lists, walked by position: a zip with a keyword is no native loop in the
    # compiled build but a generic call of builtins.zip
    disputes, snos = x.disputes, x.dispute_snos
    n = len(disputes)
    latest = disputes[-6:]
    if x.lex.claim_nouns.isdisjoint(cued):
        # "Kelso denied that its systems were out of date", sentences after a fine: a denial
        # with no claim noun answers only a dispute of the last few sentences
        latest = [disputes[k] for k in range(max(0, n - 6), n) if sno - snos[k] <= DENIAL_REACH]
    if x.disputed_at != sno - 1:
        if sno >= 1 and hearsay_at(x.lex, x.pairs[sno - 1][1].lows) >= 0:
            return ()  # "There is talk of a sale. Tarsa denies it.": the rumour is denied
        # "A accused T of X. Its owner said he had complained to the regulator. Mr Vass rejected
        # the criticism": the leader of the accused of a dispute a few sentences back answers
        recent = [
            (disputes[k], snos[k]) for k in range(max(0, n - 3), n) if sno - snos[k] <= LEADER_REACH
        ]
        # only an answer whose object is that dispute: not "Ms Roe denied that she planned to
        # retire", "rejected the criticism from investors"
        far = [d for d, at in recent[-1:] if _far_answer(x, lows, d, at)]
        return (*_leaders_accused(x, far), *latest)
    return (*_leaders_accused(x, x.disputes[-1:]), *latest)


DENIAL_REACH: Final = 5  # sentences back a denial with no claim noun may answer a dispute
LEADER_REACH: Final = 3  # sentences back a dispute its accused's leader may answer


def _far_answer(x: Extraction, lows: list[str], dispute: tuple[str, str], at: int) -> bool:
    """The sentence `lows` answers the dispute stated in sentence `at` (more than one sentence
    back): a claim noun whose author is not named after it, or is the accuser ("rejected the
    criticism", "called the lawsuit by Orvik a stunt"; not "the criticism from investors", "the
    findings of an earlier audit by Pellam Audit"); a "denied that ..." clause about the
    accusation (not about the speaker: "denied that she planned to retire"); or another answer
    verb ("has countersued", "said it would appeal", "denied any wrongdoing")."""
    lex = x.lex
    ents = x.registry.entities
    preps = data_words(lex, "far_answer_author_preps")
    n = len(lows)
    for c, w in enumerate(lows):
        if w in lex.claim_nouns:
            end = next((e for e in range(c + 1, min(n, c + 9)) if not _word(lows[e])), c + 9)
            tail = lows[c + 1 : end]
            by = next((i for i, t in enumerate(tail) if t in preps), -1)
            if by < 0:
                return True
            accuser = (
                set(ents[dispute[0]].name.lower().split()) if dispute[0] in ents else set()
            ) - lex.stopwords
            if not accuser.isdisjoint(tail[by + 1 :]):
                return True
    # what a "denied that ..." clause must be about: read at the first such clause only
    about: set[str] | None = None
    accused: list[str] = []
    answer_verbs = lex.answer_verbs
    if answer_verbs.absent_from(lows):
        return False  # no answer verb (most sentences: no look-up per word)
    for k in range(n - 1):
        if lows[k] not in answer_verbs:
            continue
        for phrase, _ in answer_verbs.bucket(lows[k]):
            if phrase[-1] == "that":
                if lows[k + 1] != "that":
                    continue
                if about is None:
                    names = {w for e in dispute if e in ents for w in ents[e].name.lower().split()}
                    about = _dispute_words(x, at) - names
                    accused = (
                        ents[dispute[1]].name.lower().split()[:1] if dispute[1] in ents else []
                    )
                if _about_dispute(x, lows, k + 2, about, accused):
                    return True
            elif "..." in phrase:
                if phrase[-1] in lows[k + 1 : k + 6]:
                    return True
            elif tuple(lows[k : k + len(phrase)]) == phrase:
                return True
    return False


def _word(w: str) -> bool:
    return w.replace("'", "").replace("-", "").isalnum()


def _dispute_words(x: Extraction, at: int) -> set[str]:
    """The content words of sentence `at` (no stop words, no short or auxiliary words)."""
    if not 0 <= at < len(x.pairs):
        return set()
    lows = x.pairs[at][1].lows
    return {w for w in lows if len(w) >= 5 and w.isalpha() and w not in x.lex.stopwords}


def _about_dispute(
    x: Extraction, lows: list[str], c: int, about: set[str], accused: list[str]
) -> bool:
    """The clause from c (to its end) is about the accusation: its subject is not the speaker
    (`far_answer_self_subjects`), and it is the accused (its name's first word or one of
    `far_answer_accused_subjects`: "denied that it had withheld payments") or the clause names
    a claim, a wrong ("had misled no one") or a word of the dispute's sentence ("denied that
    the recipe was copied" after a suit over a recipe)."""
    if c >= len(lows) or lows[c] in data_words(x.lex, "far_answer_self_subjects"):
        return False
    subjects = data_words(x.lex, "far_answer_accused_subjects")
    if lows[c] in subjects or " ".join(lows[c : c + 2]) in subjects or lows[c : c + 1] == accused:
        return True
    end = next((e for e in range(c, len(lows)) if not _word(lows[e]) and lows[e] != ","), None)
    clause = lows[c:end]
    wrong = accuse_words(x.lex).wrong
    for i, w in enumerate(clause):
        if w in about or w in x.lex.claim_nouns or w in wrong:
            return True
        if w in x.lex.dismissive and x.lex.dismissive.match(clause, i):
            return True
    return False


def _suit_funded(hit: int) -> bool:
    """A suit noun and a funding word: "The lawsuit was bankrolled by Q" (`suit_funders`)."""
    return bool(hit & SUIT) and bool(hit & SUIT_FUNDED)


def _leaders_accused(x: Extraction, disputes: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each accuser paired with the people the article says lead the one it accuses: "Teodor
    Vass chairs Corvane. Ardent accused Corvane of padding its reserves. Mr Vass rejected the
    criticism": the accused's leader answers for it (older than the disputes themselves; only
    the latest dispute, found in the sentence just before)."""
    if not disputes:
        return []
    leaders: dict[str, list[str]] = {}
    ents = x.registry.entities
    for src, typ, tgt in x.doc.relations:
        # a founder speaks for the firm too ("X, founded by Ada Vell, was sued. Vell called
        # the suit a stunt")
        if typ == "LEADS" or (typ == "FOUNDED" and ents[src].type == "Person"):
            leaders.setdefault(tgt, []).append(src)
    return [
        (accuser, p)
        for accuser, accused in disputes
        for p in leaders.get(accused, ())
        if p != accuser and (accuser, p) not in disputes
    ]


def _round_owner(x: Extraction, sno: int, hit: int) -> str | None:
    """The company "the round" belongs to: the last one said to raise a round, else the
    article's most mentioned organization (only asked when a round noun is present)."""
    if not (hit & ROUND):  # (`ContextCues.round_nouns`)
        # only after a round was named: "Existing investors A and B took part as well", "The
        # earliest cheque came from A", "B chipped in $2m"
        if not (hit & ROUND_JOINED):
            return None
        if x.round_owner:
            return x.round_owner
        # no round named: the company last funded ("Z invested $5m in X. Other backers
        # include A and B"), in the last two sentences
        recent = x.funded is not None and sno - x.funded[1] <= 2
        return x.funded[0] if recent and x.funded else None
    if x.round_owner:
        return x.round_owner
    if x.main_org is None:
        reg = x.registry
        counts = {
            rid: sum(reg.groups[k].count for k in rec.keys if k in reg.groups)
            for rid, rec in reg.entities.items()
            if rec.type == "Organization"
        }
        x.main_org = max(counts, key=lambda rid: counts[rid]) if counts else ""
    return x.main_org or None


def names_other_org(
    items: list[Mention],
    org: str,
    main: str | None,
    type_of: Callable[[str], str],
    lows: list[str],
    lex: Lexicon,
    topic: bool = False,
) -> bool:
    """The sentence names an organization of its own: a name, or a reference to another one
    than the bare role's `org` when that is the article's most named organization `main`
    ("Chairman Pieter Vance said the bank would ...", "Chief executive Ann Lee told analysts
    that prices at the business had held", "Chairman X said it would hire": a reference in the
    reported clause, or in a "whose" relative, is `org` and keeps it; a name in a clause
    before ", and" and a bare title opening the next one does not count: `_title_conjunct`;
    nor a name in the clause a sentence-opening title's holder reports: `_reported_by_title`).
    When `org` is the article's clear topic (`topic`), the mentions of a sentence with a bare
    title do not count (but those `loaders.topic_titles` keeps), unless another organization
    is the sentence's subject or agent (`_other_subject`: "Dorn, set up by P, was sold, and
    P stayed on as chairman": Dorn's)."""
    skip: frozenset[int] = frozenset()
    if topic and not _other_subject(lows, items, len(lows), org, type_of, lex):
        skip = topic_title_mentions(lex, lows, items, org, type_of)  # (a bare title's only)
    cut = _title_conjunct(lex, lows, {m.i: m.j for m in items})
    if cut >= 0 and _other_subject(lows, items, cut, org, type_of):
        cut = -1  # "Halvik Energy opened a plant, and X remains chief executive": Halvik's
    reported = _reported_by_title(lex, lows, items)
    quoted: list[tuple[int, int]] | None = None  # the quotations' spans, found on first need
    led = -1  # where the last mention after a preposition in the reported clause ends
    for m in items:
        if m.j <= cut or m.i in skip or not any(type_of(r) == "Organization" for r in m.ids):
            continue
        if m.kind in ("name", "np") and m.i > reported and _prep_object(lows, m.i, led):
            led = m.j  # "Chief executive X said orders from Netz (and Vell) had doubled",
            continue  # "... would recover its costs from the maker"
        if m.kind == "name" and m.i > 0 and lows[m.i - 1] in TELLING:
            continue  # '"...," chief executive X told Reuters': the addressee, no employer
        if m.ids != (org,) or org != main:
            return True
        if m.kind == "name" and _after_bare_title(lex, lows, items, m):
            continue  # "Managing director Bea Marr has steered Pollard Boats into repairs"
        if m.kind == "name" and m.i > reported:
            continue  # "Chief executive X said that Pollard would appeal": the title's own
        if m.kind not in ("np", "pronoun"):
            return True
        if not (_reported(lows, m.i) or _whose(lows, m.i) or _run_object(lows, m.i)):
            if quoted is None:
                quoted = quote_spans(lows)
            if not _own_reference(lows, m, quoted):
                return True
    return False


def _prep_object(lows: list[str], i: int, led: int) -> bool:
    """The mention at i is a preposition's object, or a conjunct of the one that ended at
    `led` ("at Aapo and Kaisu")."""
    before = lows[i - 1]
    return before in PREPOSITIONS or (i - 1 == led and (before in AND_OR or before == ","))


def _other_subject(
    lows: list[str],
    items: list[Mention],
    cut: int,
    org: str,
    type_of: Callable[[str], str],
    lex: Lexicon | None = None,
) -> bool:
    """An organization other than `org` named before `cut` is the subject or the agent of the
    clause before it ("Halvik Energy opened a plant, and ...", "The tender was won by Halvik
    Energy, and ..."): the title after ", and" may be its own (a name after another
    preposition, "came from Norsk Fiske", or a subordinate clause's, "after Vell Capital
    raised its rating", leaves the title to `org`)."""
    for n, m in enumerate(items):
        if m.j > cut or m.kind != "name" or m.ids == (org,):
            continue
        if not any(type_of(r) == "Organization" for r in m.ids):
            continue
        if m.i > 0 and lows[m.i - 1] == "by":
            return True
        # a subject opening the sentence (or after a fronted phrase), its verb next (an
        # appositive may make it the title's holder: "Percival Fothergill, once chair at X,")
        opens = m.i == 0 or (n == 0 and lows[m.i - 1] == ",")
        if opens and m.j < len(lows) and lows[m.j] != ",":
            return True
        if opens and lex is not None and _appositive_subject(lex, lows, m.j, cut):
            return True  # "Orvik Biotech, Selvik's partner, said chief executive X would ..."
    return False


def _leading_title(lex: Lexicon, lows: list[str], k: int) -> bool:
    """A title of leading or founding a person holds starts at k ("chair", "chief executive")."""
    hit = lex.roles.match(lows, k) if lows[k] in lex.roles else None
    if not hit:
        return False
    return hit[1].person_holder and bool({"LEADS", "FOUNDED"} & set(hit[1].types))


# words from a subject's comma to the one closing its appositive ("Orvik, Selvik's partner,")
APPOSITIVE_REACH: Final = 8
# auxiliaries that may open a subject's verb phrase after its appositive
SUBJECT_AUXILIARIES: Final = frozenset(
    {"has", "had", "is", "was", "will", "would", "can", "could", "may", "might", "said", "says"}
)


def _appositive_subject(lex: Lexicon, lows: list[str], c: int, cut: int) -> bool:
    """The comma at c opens an appositive of a sentence-opening firm that names no title (not
    "Percival Fothergill, once chair at X,": a holder's aside) and a verb of saying or an
    auxiliary follows its closing comma (before `cut`): the firm is the sentence's subject."""
    if c >= len(lows) or lows[c] != ",":
        return False
    end = min(len(lows) - 1, cut - 1, c + APPOSITIVE_REACH)
    close = next((k for k in range(c + 1, end) if lows[k] == ","), -1)
    if close < 0 or any(_leading_title(lex, lows, k) for k in range(c + 1, close)):
        return False
    return lows[close + 1] in SAYING or lows[close + 1] in SUBJECT_AUXILIARIES


def _reported_by_title(lex: Lexicon, lows: list[str], items: list[Mention]) -> int:
    """Where the clause a sentence-opening bare leading title's holder reports starts ("Chief
    executive X said orders from Netz had doubled": the saying verb), else the sentence's end
    (a name in it is the speaker's word, not the title's organization)."""
    h = _bare_title_holder(lex, lows, items, 0)
    return h if 0 <= h < len(lows) and lows[h] in SAYING else len(lows)


def _bare_title_holder(lex: Lexicon, lows: list[str], items: list[Mention], t: int) -> int:
    """Where the name after a bare leading title at t ends, else -1."""
    hit = lex.roles.match(lows, t) if t < len(lows) else None
    if not hit or not hit[1].person_holder or not {"LEADS", "FOUNDED"} & set(hit[1].types):
        return -1
    h = t + hit[0] + (t + hit[0] < len(lows) and lows[t + hit[0]] == "officer")
    return next((x.j for x in items if x.i == h), -1)


def _own_reference(lows: list[str], m: Mention, quoted: list[tuple[int, int]]) -> bool:
    """The reference m to the bare role's organization is the speaker's or the holder's own:
    inside a quotation ('"We set up this company to ...," chief executive X said') or a
    possessive pronoun ("Chief executive X called it the largest order in its history");
    `quoted`: the sentence's quotation spans."""
    if m.kind == "pronoun" and lows[m.i] in OWN_PRONOUNS:
        return True
    return any(a < m.i < b for a, b in quoted)


def _title_conjunct(lex: Lexicon, lows: list[str], starts: dict[int, int]) -> int:
    """Where a coordinated clause opened by a bare leading title and its holder starts (the
    "and" of "The order came from Norsk Fiske, and managing director X said ...", "..., and
    X remains chief executive"), else -1."""
    for b in range(2, len(lows) - 2):
        if lows[b] not in CONJUNCT_WORDS or lows[b - 1] != ",":
            continue
        t = starts.get(b + 1, -1)  # "and X remains chief executive"
        if t > 0 and t + 1 < len(lows) and lows[t] in STAYING_LINKS:
            hit = lex.roles.match(lows, t + 1)
            if hit and hit[1].person_holder and {"LEADS", "FOUNDED"} & set(hit[1].types):
                return b
        hit = lex.roles.match(lows, b + 1)
        if not hit or not hit[1].person_holder or hit[1].inverse:
            continue
        e = b + 1 + hit[0]
        e += e < len(lows) and lows[e] == "officer"
        if e in starts and {"LEADS", "FOUNDED"} & set(hit[1].types):
            return b
    return -1


# words that join a clause opened by a bare title to the one before (", and chairman X said")
CONJUNCT_WORDS: Final = frozenset({"and", "but", "while"})


def _run_object(lows: list[str], i: int) -> bool:
    """The reference at i is the object of a verb of running ("will keep running it"): the
    firm the bare title's holder runs."""
    return i >= 1 and lows[i - 1] in unnamed_roles.LEAD_VERBS


# words from a "whose" to a reference inside its relative ("whose grandfather started the firm")
WHOSE_REACH: Final = 5


def _whose(lows: list[str], i: int) -> bool:
    """A "whose" opens the relative the mention at i stands in: "Managing director X, whose
    grandfather started the firm, ...": the reference is the title's own firm."""
    w = next((w for w in range(i - 1, max(-1, i - WHOSE_REACH - 1), -1) if lows[w] == "whose"), -1)
    return w >= 0 and "," not in lows[w:i]


# words of a verb phrase between a bare title's holder and its object ("has since steered")
TITLE_OBJECT_GAP: Final = 4


def _after_bare_title(lex: Lexicon, lows: list[str], items: list[Mention], m: Mention) -> bool:
    """The name m is the object of a sentence opened by a bare title and its holder ("Chief
    executive Ivo Brandt has taken Kessel Mills into exports"): the topic firm named again is
    the title's own (not after a preposition: "joined from X"; not a verb of leaving)."""
    hit = lex.roles.match(lows, 0)
    if not hit or not hit[1].person_holder:
        return False
    h = hit[0] + (hit[0] < len(lows) and lows[hit[0]] == "officer")
    holder = next((x for x in items if x.i == h), None)
    if holder is None or not 0 < m.i - holder.j <= TITLE_OBJECT_GAP:
        return False
    gap = lows[holder.j : m.i]
    if gap[-1] in PREPOSITIONS or not all(w.isalpha() for w in gap):
        return False  # "Chief executive X, of Rudd, ...", "... joined from Kessel Mills"
    return unnamed_roles.LEAVING_CUES.isdisjoint(gap)


def _reported(lows: list[str], i: int) -> bool:
    """A verb of saying or telling before i: the mention at i is in a reported clause."""
    return not SAYING.isdisjoint(lows[:i])
