"""Deal members: the members of an unnamed buyer named in a later sentence.

- `group-bought` (read by `loaders/article.py` on every sentence with a buying word, as
  `deal_roles.sold_unnamed` is): "A consortium bought Ostrel Ports for $2bn", "A group of
  investors took over Calder Mills", "An investor group has agreed to acquire X": the thing
  bought, its buyer an unnamed group. `SentenceContext.sold` carries it for two sentences.
- `members-named`: "The group is made up of A, B and C", "The consortium comprises A and B",
  "Members of the consortium include A and B", "Its members are A and B": each member OWNS
  the thing bought.

The words are data: `deals: buyer_groups` in `loaders/data/deals.yaml`. Only a past (or
agreed) purchase counts ("A consortium is in talks to buy X" buys nothing), and a negation,
hedge or denial in the members' sentence blocks it ("The group may include A").
"""

from __future__ import annotations

from dataclasses import dataclass

from loaders.lexicon import Lexicon, PhraseIndex, per_lexicon, phrase_index, word_set
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import coord
from loaders.relations.words import OWN_PRONOUNS, SKIP_DETS, M

_GROUP_REACH = 4  # words of the buyer's noun phrase: "a group of investors"
_OBJECT_REACH = 3  # words between the verb and the thing bought: "bought the port operator X"


@dataclass(frozen=True)
class GroupWords:
    """The `deals: buyer_groups` phrases."""

    nouns: PhraseIndex  # "consortium", "group of investors"
    verbs: PhraseIndex  # "bought", "agreed to acquire"
    fillers: frozenset[str]  # "has", "now"
    links: PhraseIndex  # "is made up of", "comprises"
    member_nouns: frozenset[str]  # "members"
    member_verbs: PhraseIndex  # "include", "are"
    cues: frozenset[str]  # the first words of the verbs, for the sentence check
    member_cues: frozenset[str]  # the words a members' sentence has: "consortium", "members"


@per_lexicon
def group_words(lex: Lexicon) -> GroupWords:
    spec = (lex.data.get("deals") or {}).get("buyer_groups") or {}
    verbs, nouns = phrase_index(spec.get("verbs")), phrase_index(spec.get("nouns"))
    return GroupWords(
        nouns=nouns,
        verbs=verbs,
        fillers=word_set(spec.get("fillers")),
        links=phrase_index(spec.get("links")),
        member_nouns=word_set(spec.get("member_nouns")),
        member_verbs=phrase_index(spec.get("member_verbs")),
        cues=frozenset(p[0] for p in verbs.phrases()),
        member_cues=word_set(spec.get("member_nouns")) | frozenset(p[-1] for p in nouns.phrases()),
    )


def group_bought(lows: list[str], ments: list[Mention | None], lex: Lexicon) -> tuple[str, ...]:
    """The ids of a thing an unnamed group bought at the sentence's start ("A consortium
    bought X"), else ()."""
    gw = group_words(lex)
    if len(lows) < 4 or lows[0] not in SKIP_DETS:
        return ()
    k = _noun_end(lows, gw)
    while 0 < k < len(lows) and lows[k] in gw.fillers:
        k += 1
    hit = gw.verbs.match(lows, k) if k > 0 and k < len(lows) else None
    if hit is None:
        return ()
    end = k + hit[0]
    for p in range(end, min(len(lows), end + 1 + _OBJECT_REACH)):
        m = ments[p] if lows[p] == M else None
        if m is not None:
            return m.ids if m.kind == "name" else ()
    return ()


def _noun_end(lows: list[str], gw: GroupWords) -> int:
    """After "a"/"the" at 0 and maybe a modifier: the end of a buyer noun ("a consortium", "a
    new investor group"), else -1."""
    for start in range(1, 1 + _GROUP_REACH - 1):
        if start >= len(lows) or lows[start] == M:
            return -1
        hit = gw.nouns.match(lows, start)
        if hit is not None:
            return start + int(hit[0])
    return -1


def members_named(s: Sentence) -> None:
    """ "The group is made up of A, B and C": each member OWNS the thing an unnamed group
    bought in the last two sentences."""
    sold = s.context.sold
    if not sold:
        return
    if _defined_group(s):
        _emit(s, 0, [0], sold)  # "The group is made up of A, B and C." read as one group
        return
    first = _members_at(s)
    if first < 0 or s.is_det(first) or set(s.ment(first).ids) & set(sold):
        return
    _emit(s, first, coord(s, first, +1), sold)


def _emit(s: Sentence, first: int, idx: list[int], sold: tuple[str, ...]) -> None:
    """Each member at `idx` OWNS the thing bought, unless a cue blocks the sentence."""
    if s.blocked(0, idx[-1] + 1):
        return
    members = s.merged(idx)
    if set(members.ids) & set(sold):
        return
    owned = Mention(sold, -1, -1, "context", 0.8)
    s.emit(members, ("OWNS",), owned, "deal-members/members-named", 0.7)


def _defined_group(s: Sentence) -> bool:
    """The sentence opens with a group its members define, the whole clause ("The group is
    made up of A, B and C.", "The consortium, made up of A and B, paid $2bn")."""
    lows = s.lows
    if lows[0] != M or len(lows) < 2 or lows[1] not in (".", ","):
        return False
    m = s.ment(0)
    gw = group_words(s.lex)
    return m.kind == "group" and len(m.ids) >= 2 and m.word in gw.member_cues


def _members_at(s: Sentence) -> int:
    """The first member's position after an opening "The consortium comprises", "Members of
    the group include", "Its members are", else -1."""
    gw = group_words(s.lex)
    lows = s.lows
    k = _group_opening(s, gw)
    if k > 0:
        hit = gw.links.match(lows, k)
        return _name_at(lows, k + hit[0]) if hit is not None else -1
    k = _member_opening(s, gw)
    if k > 0:
        hit = gw.member_verbs.match(lows, k)
        return _name_at(lows, k + hit[0]) if hit is not None else -1
    return -1


def _group_opening(s: Sentence, gw: GroupWords) -> int:
    """ "The consortium", "The group" at the start (words or a resolved reference): the
    position after it, else -1."""
    lows = s.lows
    if lows[0] == "the":
        hit = gw.nouns.match(lows, 1)
        return 1 + int(hit[0]) if hit is not None else -1
    if lows[0] == M and s.ment(0).kind == "np" and s.ment(0).j - s.ment(0).i == 2:
        return 1  # "The group" resolved as a reference to a company: read as the buyer
    return -1


def _member_opening(s: Sentence, gw: GroupWords) -> int:
    """ "Members of the consortium", "Its members", "The consortium's members": the position
    after it, else -1."""
    lows = s.lows
    if lows[0] in gw.member_nouns and lows[1:3] == ["of", "the"]:
        hit = gw.nouns.match(lows, 3)
        if hit is not None:
            return 3 + int(hit[0])
    its = lows[0] in OWN_PRONOUNS or (lows[0] == M and s.ment(0).word in OWN_PRONOUNS)
    if its and len(lows) > 2 and lows[1] in gw.member_nouns:
        return 2
    return -1


def _name_at(lows: list[str], k: int) -> int:
    return k if k < len(lows) and lows[k] == M else -1
