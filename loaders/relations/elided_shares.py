"""Elided shares: a second holder's share whose company the sentence named for the first.

- `by-share`: "Tolvik is 70%-owned by Aske and 30% by Grenmoor": the participle is left out
  before the second agent, who holds what the first holds.
- `split-rest`: "Halden owns 40%, with the rest split between Norvik and Exton": each holder
  the rest is split between holds the company too.
- `gapped-share`: "A holds 41% of the shares; B, 24%; and C, 13%": the holding verb left out
  in a semicolon list.
- `clause-share`: "Mosby is 70% owned by Corlan, while Pellan holds the remaining 30%", "Aske
  holds 55% of Dunmore; Grenmoor has 27%": a holder of a share with no company after it, in
  the clause after one that said who owns the company, holds it too.

The company is the one target the sentence's OWNS relations name (none when they name
several); the second holder is never linked to the first.

Words: `stake.nouns` of `loaders/data/triggers.yaml` (a share's noun: "a 30% stake"),
`holdings.keep_verbs` (`loaders/data/holdings.yaml`).
"""

from __future__ import annotations

from typing import Final

from loaders.relations.holding_words import holding_words
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import appositive_end, coord, descriptor_noun
from loaders.relations.rest_holders import passive_owned
from loaders.relations.stake import percent_at
from loaders.relations.words import APPOSITIVE_DETS, DATE_WORDS, OWN_DETS, M

# words that open the second clause: "while B holds", "; B has", ", and B holds"
CLAUSE_OPENERS: frozenset[str] = frozenset({"while", "whereas", ";", "and", "with"})
# determiners of a title before the second holder: "and its founder X kept 6%"
TITLE_DETS: Final[frozenset[str]] = OWN_DETS
# what may follow a gapped item's share: "; B, 24%; C, 13%, and the rest ..."
GAPPED_ENDS: frozenset[str] = frozenset({";", ",", ".", "and"})
# adverbs between the second holder and its verb: "; B now has 29%" ("meanwhile"; not the
# "each", "jointly" of `holdings.HOLDER_ADVERBS`, which go with a holder phrase)
SECOND_HOLDER_ADVERBS: frozenset[str] = frozenset(
    {"now", "still", "also", "currently", "meanwhile"}
)
SHARE_REACH = 4  # words from the holding verb to the share: "the remaining 30%"


# what a rest is split between: "split between B and C", "shared among B, C and D"
SPLIT_PREPS: frozenset[str] = frozenset({"between", "among", "amongst"})


def share_cues(lex: object) -> frozenset[str]:
    return frozenset({"by", "while", "whereas", ";", "and", "between", "among", "amongst"})


def elided_shares(s: Sentence) -> None:
    owned = _one_owned(s)
    if owned is None:
        return
    lows = s.lows
    for k in range(1, len(lows) - 2):
        if lows[k] in ("and", ",") and percent_at(lows, k + 1) is not None:
            _by_share(s, k, owned)  # "and 30% by B", ", 25% by B and the rest by C"
        elif lows[k] in s.lex.stake_rest and lows[k - 1] == "the":
            _split_rest(s, k, owned)
        elif lows[k] in CLAUSE_OPENERS and (h := _titled_holder(s, k + 1)) > 0:
            _clause_share(s, h, owned)
        if lows[k] in (";", "and"):
            _gapped_share(s, k, owned)


def _titled_holder(s: Sentence, a: int) -> int:
    """The holder's name at a, or after a title that opens the clause ("and its founder Ilse
    Marrack kept 6%", "and chief executive Hanne Toft retained 4%"), else -1."""
    lows = s.lows
    b = a + (lows[a] in TITLE_DETS)
    hit = s.lex.roles.match(lows, b)
    if hit and "LEADS" in hit[1].types or (hit and "FOUNDED" in hit[1].types):
        b += hit[0]
    elif b > a:
        b = _described_name(s, b)  # "and the activist fund Grayfield disclosed"
    return b if b < len(lows) and lows[b] == M and not s.is_det(b) else -1


def _described_name(s: Sentence, b: int) -> int:
    """The name after up to three descriptor words from b ending in a kind ("activist fund
    X"), else -1."""
    lows = s.lows
    q = b
    while q < len(lows) and q - b < 3 and lows[q] != M and lows[q].isalpha():
        q += 1
    if q == b or q >= len(lows) or lows[q] != M or not descriptor_noun(s, lows[q - 1]):
        return -1
    return q


def _by_share(s: Sentence, k: int, owned: Mention) -> None:
    """ "and 30% by B" after a share's passive."""
    lows = s.lows
    pct = percent_at(lows, k + 1)
    if pct is None:
        return
    b = pct[1]
    if b + 1 >= len(lows) or lows[b] != "by":
        return
    h = b + 1
    if lows[h] in ("the", "a"):
        h = _described_name(s, h + 1)  # "and 30% by the infrastructure investor B"
    if h > 0 and lows[h] == M and not s.is_det(h):
        if "by" in lows[:k] and not s.blocked(0, h):
            _emit(s, s.merged(coord(s, h, 1)), owned)


def _split_rest(s: Sentence, k: int, owned: Mention) -> None:
    """ "with the rest split between B and C" after a held share: B and C hold the company."""
    lows = s.lows
    n = len(lows)
    if k < 3 or lows[k - 2] != "with" or lows[k - 3] != ",":
        return  # ", with the rest split ..."
    v = k + 1 + (k + 1 < n and lows[k + 1] in ("is", "being"))
    if v + 2 >= n or lows[v] not in s.lex.split_verbs or lows[v + 1] not in SPLIT_PREPS:
        return
    h = v + 2
    if lows[h] != M or s.is_det(h) or s.blocked(k, h + 1):
        return
    _emit(s, s.merged(coord(s, h, 1)), owned)


def _clause_share(s: Sentence, h: int, owned: Mention) -> None:
    """ "while B holds the remaining 30%", "; B has 27%", "; and C, the state's investment arm,
    now holds the last 20%", "and B disclosed a 5.4% holding": a share with no company after
    it."""
    lows = s.lows
    n = len(lows)
    idx = coord(s, h, 1)
    v = _past_aside(s, idx[-1] + 1)
    words = holding_words(s.lex)
    hit = words.keep_verbs.match(lows, v) if v < n else None
    shown = None if hit or v >= n else words.shown_share.match(lows, v)
    if not (hit or shown):
        return
    p = v + (hit or shown or (0,))[0]
    while p < n and p - v <= SHARE_REACH and percent_at(lows, p) is None:
        if lows[p] == M or not lows[p].isalpha():
            return
        p += 1
    pct = percent_at(lows, p) if p < n else None
    if pct is None:
        return
    e = pct[1]
    if shown and (e >= n or lows[e] not in words.held_blocks):
        return  # "B took 5% of the vote": a share, not a holding
    if e < n and lows[e] in s.lex.stake_nouns:
        e += 1
    if e < n and lows[e] in ("of", "in") and not _date_at(lows, e + 1):
        return  # "B holds 30% of C": the stake rules read it
    if not s.blocked(h, e):
        _emit(s, s.merged(idx), owned)


def _date_at(lows: list[str], p: int) -> bool:
    """A date word or a number at p, after "in" ("a 5.4% holding in October", "in 2023"), not a
    company."""
    return p < len(lows) and (lows[p] in DATE_WORDS or lows[p].isdigit())


def _past_aside(s: Sentence, v: int) -> int:
    """Past an appositive after the holder (", the state's investment arm,") and an adverb
    ("now", "still") before its verb."""
    lows = s.lows
    n = len(lows)
    if v + 1 < n and lows[v] == "," and lows[v + 1] in APPOSITIVE_DETS:
        end = appositive_end(s, v + 1)
        v = end + 1 if end >= 0 else v
    while v < n and lows[v] in SECOND_HOLDER_ADVERBS:
        v += 1
    return v


def _gapped_share(s: Sentence, k: int, owned: Mention) -> None:
    """ "A holds 41% of the shares; B, 24%; the C Fund, 13%; and D, 5%": a holder, a comma and
    a share, its holding verb left out, in a list after a semicolon (the list's items hold
    what the first holder holds)."""
    lows = s.lows
    n = len(lows)
    if lows[k] == "and" and lows[k - 1] != ";":
        return
    h = k + 1 + (lows[k + 1] == "the")  # "; the Kilbride Fund, 13%"
    if lows[h] != M or s.is_det(h) or all(percent_at(lows, i) is None for i in range(k)):
        return
    if h + 2 >= n or lows[h + 1] != ",":
        return
    pct = percent_at(lows, h + 2)
    if pct is None or (pct[1] < n and lows[pct[1]] not in GAPPED_ENDS):
        return
    if s.etypes(h).isdisjoint(("Organization", "Person")) or s.blocked(0, h):
        return
    _emit(s, s.ment(h), owned)


def _one_owned(s: Sentence) -> Mention | None:
    """The one company this sentence's OWNS relations name; else the one project its stake
    rules fund ("A holds 50% of the P project, while B and C hold 25% each"); else the named
    company of a percentage passive ("X is owned 50% by its founders, 30% by B ...")."""
    targets = {f.target for f in s.found if f.type == "OWNS"} or {
        f.target
        for f in s.found
        if f.type == "FUNDS" and f.rule.startswith("stake/") and s.type_of(f.target) == "Project"
    }
    if not targets and not s.found:
        targets = set(passive_owned(s))
    if len(targets) != 1:
        return None
    return Mention((targets.pop(),), -1, -1)


def _emit(s: Sentence, holders: Mention, owned: Mention) -> None:
    if holders.shares(owned):
        return
    s.emit(holders, ("OWNS", "FUNDS"), owned, "elided-shares/share", 0.65)
