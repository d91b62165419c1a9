"""What earlier sentences tell the rules about a sentence (`Sentence.context`): the
organization a bare role belongs to, the company "the round" is of, the disputes "X denied the
claims" answers, the last sale "it will keep the rest" reads ...

Each value is defined once, here; `loaders.sentence_context` builds it from the article so far,
and it is part of the key under which a sentence's relations are remembered.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, NamedTuple

from loaders.lexicon import Lexicon

if TYPE_CHECKING:
    from loaders.relations.model import Mention


class Sale(NamedTuple):
    """The last sale an article stated, the one record every later reader of a sale asks:
    "Helm sold 70% of Cardeo. It will keep the other 30%." (`SentenceContext.sale_before`),
    "X sold 20% of Y. The stake was bought by Z." (`stake_sold`), "Y was sold for $600m. The
    buyer, Z, ..." (`sold`)."""

    sno: int  # the sentence that stated it
    sellers: tuple[str, ...]  # () when the sentence names no seller ("Y was sold")
    sold: tuple[str, ...]  # the company sold, or the company a share of was sold
    share: bool  # a share of `sold` was sold ("sold 20% of Y"); else the whole, no buyer named

    def since(self, sno: int) -> int:
        """How many sentences before sentence `sno` the sale was stated."""
        return sno - self.sno


@dataclass
class Deals:
    """The last deals an article stated: one record for the three readers of "the last deal".
    Each part keeps its own sentence number, as a sentence may state one and not the others.

    - `buyer`: (sentence, buyer) of the last purchase, which a later "The purchase will be paid
      for with a loan from L" or "X welcomed the buyout" is about (`SentenceContext.buyer`);
    - `taken`: (sentence, company) when a sentence found one company bought or funded, which a
      next sentence's "Its founder, X," stands for (`acquired_refs.bought_owner`);
    - `takeover`: (sentence, buyer, bought) of a company a sentence says is being bought or bid
      for, which a bare share named just after is of (`SentenceContext.stake_topic`);
    - `lead`: the buyer of the article's opening purchase (stated in its first sentences), which
      "The takeover is funded by a term loan from L" far below is about, when no other purchase
      was stated since (`SentenceContext.buyer`); `dropped`: (sentence, lead) when a sentence
      stating another deal dropped the lead, restored if that sentence says the lead owns or
      buys.

    Updated in place, part by part (a compiled class: no tuple copied per sentence)."""

    buyer: tuple[int, str] | None = None
    taken: tuple[int, str] | None = None
    takeover: tuple[int, str, str] | None = None
    lead: str | None = None
    dropped: tuple[int, str] | None = None


class SentenceContext(NamedTuple):
    """The facts of earlier sentences a sentence's rules may read (hashable: a memo key). A
    named tuple: made for every sentence, and hashed into the rule memo's key, which a frozen
    dataclass makes field by field in Python."""

    # the organization "its" would name at the sentence's start (the implicit party of a bare
    # role: "Chief executive Sarah Collins said ..." in an article about X); None when the
    # sentence names organizations of its own
    org: str | None = None
    # the organization a bare "rival X" is a rival of: the one the article was just about
    rival: str | None = None
    # the organization earlier sentences were about, for a stake with no object ("Tarn, which
    # owns just over 3%, wants a new board"): set only when the sentence names a share
    stake_topic: str | None = None
    # the previous sentence's last sale of a share, (seller ids, sold ids): "Helm sold 70% of
    # Cardeo. It will keep the other 30%." (only when the sentence speaks of a rest)
    sale_before: tuple[tuple[str, ...], tuple[str, ...]] | None = None
    # what the previous sentence's stake rules said is held: "A owns 51% of X. The remaining
    # 49% is held by B."
    held_before: tuple[str, ...] = ()
    # what the article last said was funded: "the balance will be provided by X"
    funded: str | None = None
    # DISPUTES (source, target) of earlier sentences, oldest first: "X denied the claims"
    disputes: tuple[tuple[str, str], ...] = ()
    # the company whose funding round "the round" is
    round_owner: str | None = None
    # the article's government bodies by their domain word ("transport" -> the Department for
    # Transport), when the sentence names a minister: "Transport Secretary X" leads it
    bodies: tuple[tuple[str, str], ...] = ()
    # the owners earlier sentences named, (owned id, owner ids), when the sentence speaks of
    # someone's owners: "The trust accused the club's owners of neglect"
    owners: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # the article's subject and the organizations that own it, when the sentence names a role:
    # "its chair" tied to a holding firm of the subject is the subject's (`unnamed_roles`)
    topic_owners: tuple[str, tuple[str, ...]] | None = None
    # `org`, kept when the sentence names organizations of its own (a rule that reads it
    # checks those itself: "Management moved to CEO X", where "Management" made a name)
    bare_org: str | None = None
    # the organization a thing made "in partnership with X" with no maker named is of: "A
    # flagship opened as a partnership with X" in an article just about the fashion house
    joint_org: str | None = None
    # the buyer of the acquisition the last two sentences stated, when the sentence speaks of
    # paying for a deal with a loan: "X is buying Y. The purchase will be paid for with a loan
    # from L" (L funds X)
    buyer: str | None = None
    # the organization the article is about, when the sentence speaks of a bare "management":
    # "The nurses' union attacked management" disputes it
    managed: str | None = None
    # the last sale of a share in the two sentences before, (seller ids, sold ids), when the
    # sentence speaks of a stake or a buyer: "X sold 20% of Y. The stake was bought by Z."
    stake_sold: tuple[tuple[str, ...], tuple[str, ...]] | None = None
    # the thing a sale of the last two sentences sold with no buyer named, when the sentence
    # names a buyer by its role: "X was sold for $600m. The buyer, Y, ..." (Y owns X)
    sold: tuple[str, ...] = ()
    # the company a takeover of the last two sentences buys (bids for), when the sentence names
    # a share: "A agreed to buy T. B, which holds 27% of the firm, ..." (the firm is T)
    takeover_target: str | None = None
    # the organizations the sentence before named only after a preposition, when its subject
    # was the article's topic and this sentence names a share: "Fennick won an order from
    # Dalvin. Orrin, which owns 12% of the company, ..." (the company is Fennick, not Dalvin)
    stake_aside: tuple[str, ...] = ()
    # (buyer, bought) of a takeover stated in the two sentences before, when this one speaks
    # of a deal: "A agreed to buy B. C criticised the deal." (C disputes A and B)
    deal_parties: tuple[str, ...] = ()
    # the sentence before names people ("Workers at the plant voted to strike") or two
    # organizations joined by "and", when this one has "their" and a role word: "Their
    # chairman, X" is theirs, not the topic's (`role.unresolved_possessed_title`)
    plural_before: bool = False
    # (person, firm) the article so far ties one to one by LEADS or FOUNDED, when the sentence
    # may answer a claim: "Vale called the suit a stunt" answers for Vale's firm
    # (`loaders.leader_record`)
    leaders: tuple[tuple[str, str], ...] = ()
    # the sentence answers a dispute of the sentence before, or a far one whose claim it names:
    # `leaders` then speak for their firm in the answer rules (not "Ms Roe denied that she
    # planned to retire", a role cue's sentence)
    leaders_answer: bool = False
    # the holders of `held_before`'s stakes: "A holds 15% of X. The other 85% belongs to
    # the parent": the rest is someone else's, never A's (`stake.remainder`)
    holders_before: tuple[str, ...] = ()
    # the sentence before names a work ("The film Northern Tide premiered"): a later "Its
    # director, X," directs the work, and heads no body (`loaders.relations.role`)
    work_before: bool = False
    # the speaker the sentence before quoted or reported, when this one may answer a claim:
    # "Ann Orme said Tarvel had cut corners. Tarvel rejects that." (`statement_speakers`)
    said_before: tuple[str, ...] = ()
    # the sentence before brings in an unnamed place or body ("Kestrel opened a plant in
    # Ghent."): a later "X, its general manager," may be that thing's (`relations.opened_bodies`)
    body_before: bool = False


NO_CONTEXT: Final = SentenceContext()


def without_org(ctx: SentenceContext) -> SentenceContext:
    """`ctx` with no `org` (a module function, not a method: the compiled build looks a named
    tuple's methods up in Python)."""
    # the fields after `org` as they are (`_replace` runs a few interpreted calls, and so does
    # the named tuple's `__new__`: `tuple.__new__` builds it natively)
    return tuple.__new__(SentenceContext, (None, *ctx[1:])) if ctx.org is not None else ctx


def calls_for_rules(
    ctx: SentenceContext,
    items: list[Mention],
    located: bool,
    words: Collection[str],
    lex: Lexicon,
    type_of: Callable[[str], str],
) -> bool:
    """Whether the rules can find anything: two mentions (or a place modifier), else one
    mention that earlier sentences (`ctx`) give a partner."""
    if len(items) >= 2 or located:
        return True
    if not items:
        return False
    ids = items[0].ids
    if (
        len(ids) > 1  # "the two founded it"
        or ctx.round_owner
        or ctx.disputes
        or ctx.funded
        or ctx.rival
        or ctx.bodies
        or ctx.joint_org
        or ctx.sale_before is not None
        or ctx.held_before
        or ctx.buyer
        or ctx.managed
        or ctx.stake_sold is not None
        or ctx.sold
        or ctx.deal_parties
        or ctx.said_before
        # "It injected a further $30m": an owner an earlier sentence named
        or any(not set(ids).isdisjoint(holders) for _, holders in ctx.owners)
        # "X raised $40m.": the company a later "A also took part" joins
        or not lex.round_raise.absent_from(words)
    ):
        return True
    # a bare role's organization ("Chief executive Ann Lee said"), a stake's company
    partner = (ctx.org is not None and type_of(ids[0]) == "Person") or (
        ctx.stake_topic is not None and ctx.stake_topic not in ids
    )
    if not partner and lex.round_nouns.isdisjoint(words):
        return False
    return bool(ctx.org or ctx.stake_topic)
