"""Groups an article names by their members, and the later descriptions that refer to them.

A consortium, a syndicate or a joint venture is often introduced once with its members and
then called by its noun alone: "The arena will be rebuilt by a consortium of Brandmoor Group,
the fund Ostara Capital and the former cyclist Tom Vell. The syndicate has promised £40m."
`GroupMemory` reads, sentence by sentence, the phrases that define an unnamed group by listing
its members (words in `loaders/data/coref.yaml`, key `groups`):

- members after the noun: "a consortium of A, B and C", "the syndicate, made up of A and B",
  "a consortium headed by A that also includes B and C", "lenders led by A and including B";
- members before it: "A, B and C have formed a consortium to bid for the line".

`read` returns each defining phrase found in a sentence (`GroupPhrase`: its span and members),
so that the phrase can stand for its members in that sentence ("provided by a consortium
headed by A that also includes B" -> A and B), and remembers the group by its noun. `refer`
then resolves a later definite description to the members: "the consortium", "the syndicate's
members", "the two partners" (the latest group, when it has two members).

It also remembers the organizations a plural noun introduced by listing them ("the canneries
Tunamar and Selka", "processors such as A and B": `loaders.plural_refs`), so that a later "the
canneries" names them all; `refer` is the one lookup for both kinds of group.

Only explicit membership counts: a group with fewer than two named members, or one that has a
name of its own ("Harbour Link, a consortium of A and B": "the consortium" is Harbour Link),
is not remembered, and a description with no group in memory is left to the other references.
Any family may use the members: FUNDS ("the consortium pledged"), DISPUTES ("criticised the
syndicate"), OWNS ("the takeover of T by a consortium of A, B and C").

>>> from loaders.lexicon import Lexicon
>>> from loaders.relations.model import Mention
>>> memory = GroupMemory(Lexicon.load())
>>> lows = "a consortium of Arlo and Brisk will build it".lower().split()
>>> names = [Mention(("arlo",), 3, 4), Mention(("brisk",), 5, 6)]
>>> [(g.i, g.j, g.members) for g in memory.read(lows, names, 0)]
[(0, 6, ('arlo', 'brisk'))]
>>> memory.refer("the consortium said".split(), 0, set(), 3)
GroupPhrase(i=0, j=2, noun='consortium', members=('arlo', 'brisk'), plural=False)
>>> lows = "the canneries tunamar and selka cut prices".split()
>>> memory.read_plurals(lows, [Mention(("tunamar",), 2, 3), Mention(("selka",), 4, 5)])
>>> memory.refer("unions blamed the canneries".split(), 2, set(), 5)
GroupPhrase(i=2, j=4, noun='canneries', members=('tunamar', 'selka'), plural=True)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import dataclass
from functools import cached_property

from loaders.kin_groups import KinGroups
from loaders.lexicon import Lexicon, PhraseIndex, per_lexicon, phrase_index, word_set
from loaders.plural_refs import named_groups, plural_at
from loaders.project_heads import headed_name_end
from loaders.relations.words import (
    AUXILIARIES,
    CLAUSE_STOP,
    NAMING_PARTICIPLES,
    PREPOSITIONS,
    SKIP_DETS,
)
from loaders.tokens import NamedSpan, words

# words a member list may not cross inside the short descriptor before a name
_NOT_DESCRIPTOR = CLAUSE_STOP | PREPOSITIONS | AUXILIARIES | frozenset({"who", "which", "that"})
_DETS = frozenset({"a", "an", "the", "this", "its", "their", "new"})
_DESCRIPTOR_WORDS = 4  # "the former cyclist Tom Vell": words before a member's name
_GENERIC_REACH = 6  # sentences a bare "the two partners" may reach back
_BE = frozenset({"is", "are", "was", "were"})
_NOUN_PPS = frozenset({"behind", "for", "building", "developing", "running"})
_DASHES = frozenset({"\u2013", "\u2014", "--"})
_COPULAS = frozenset({"is", "was", "are", "were", "be", "been", "will", "would", "now", ","})


@dataclass(frozen=True)
class GroupPhrase:
    """A phrase that defines a group: tokens [i, j), its head noun and its members' ids."""

    i: int
    j: int
    noun: str
    members: tuple[str, ...]
    plural: bool = False  # a plural noun before listed names ("the canneries A and B")


@dataclass(frozen=True)
class GroupWords:
    """The `groups` key of the lexicon, compiled."""

    nouns: PhraseIndex  # nouns that define a group and refer back to it ("consortium")
    listing: PhraseIndex  # plural nouns that define a group in place only ("lenders")
    links: PhraseIndex  # "of", "made up of", "led by"; value: True when a head member leads
    more: PhraseIndex  # "and including", "that also includes": more members after a leader
    form_verbs: PhraseIndex  # "A and B formed a consortium"
    member_words: frozenset[str]  # "the consortium's members", "the two partners"
    leader_verbs: frozenset[str]  # "A leads a consortium that includes B and C"
    pair_refs: PhraseIndex  # "the two partners", "both partners": a group of two
    plural_refs: PhraseIndex  # "the partners", "the consortium members": the latest group
    owner_refs: PhraseIndex  # "the new owners": the latest group or holders one sentence listed
    held_of: frozenset[str] = frozenset()  # "the backers of X, A and B": X is held, no member

    @cached_property
    def cues(self) -> frozenset[str]:
        """Words without which no group is defined (made once: every sentence asks)."""
        return frozenset({*self.nouns, *self.listing, *self.form_verbs})


@per_lexicon
def group_cues(lex: Lexicon) -> frozenset[str]:
    """`GroupWords.cues`, kept per lexicon (a compiled build recomputes a cached_property)."""
    return group_words(lex).cues


@per_lexicon
def group_words(lex: Lexicon) -> GroupWords:
    """The lexicon's group words (compiled once per lexicon; `--lexicon` files extend them)."""
    spec = lex.data.get("groups") or {}

    links = phrase_index(spec.get("links"))
    for phrase in spec.get("leader_links") or ():
        links.add(words(str(phrase).lower()), "leader")
    return GroupWords(
        nouns=phrase_index(spec.get("nouns")),
        listing=phrase_index(spec.get("listing_nouns")),
        links=links,
        more=phrase_index(spec.get("more_links")),
        form_verbs=phrase_index(spec.get("form_verbs")),
        member_words=word_set(spec.get("member_words")),
        leader_verbs=word_set(spec.get("leader_verbs")),
        pair_refs=phrase_index(
            [*(spec.get("pair_refs") or ()), *(spec.get("pair_refs_funds") or ())]
        ),
        plural_refs=phrase_index(spec.get("plural_refs")),
        owner_refs=phrase_index(spec.get("owner_refs")),
        held_of=word_set(spec.get("held_of")),
    )


class GroupMemory:
    """The unnamed groups of one article, by noun, with the latest one first in reach."""

    def __init__(self, lex: Lexicon, type_of: Callable[[str], str] | None = None):
        self.words = group_words(lex)
        self.cues = group_cues(lex)  # words without which no group is defined
        self.between = lex.between
        self.heads = lex.heads
        self.type_of = type_of
        self.by_noun: dict[str, tuple[str, ...]] = {}
        self.leaders: dict[str, tuple[str, ...]] = {}  # "a consortium led by A": its leader
        self.latest: tuple[str, ...] = ()
        self.latest_at = -1
        # the two holders a sentence listed ("jointly owned by A and B"): "the two partners"
        self.held: tuple[str, ...] = ()
        self.held_at = -1
        # plural nouns that introduced named organizations: "the canneries Tunamar and Selka"
        self.plurals: dict[str, tuple[str, ...]] = {}
        self.pair_words = lex.pair_words
        self.stopwords = lex.stopwords
        # people introduced as a kin group ("his sons, A and B"): "the brothers" (kin38)
        self.kin = KinGroups(lex, type_of or (lambda rid: "Person"))

    def __bool__(self) -> bool:
        return bool(self.latest or self.held or self.plurals)

    # -- definitions ---------------------------------------------------------------------------
    def read(
        self,
        lows: list[str],
        names: Sequence[NamedSpan],
        sno: int,
        words: frozenset[str] | None = None,
    ) -> list[GroupPhrase]:
        """The group-defining phrases of a sentence (token positions); remembers their groups
        (`words`: the set of `lows`, when the caller has it)."""
        gw = self.words
        if len(names) < 2 or self.cues.isdisjoint(lows if words is None else words):
            return []
        starts = {m.i: m for m in names}
        ends = {m.j: m for m in names}
        out: list[GroupPhrase] = []
        for k, w in enumerate(lows):
            if w in gw.nouns or w in gw.listing:
                got = self._after(lows, k, starts, ends)
                if got is not None:
                    out.append(got)
                    self._remember(got.noun, got.members, sno)
            if w in gw.form_verbs:
                self._before(lows, k, starts, ends, sno)
            if w == "members" and lows[k + 1 : k + 3] == ["of", "the"]:
                self._members_of(lows, k, starts, sno)
        return out

    def _members_of(self, lows, k: int, starts, sno: int) -> None:
        """ "Members of the consortium include A, B and C": remembered."""
        noun = self.words.nouns.match(lows, k + 3)
        if noun is None:
            return
        v = k + 3 + noun[0]
        if v < len(lows) and lows[v] in ("include", "includes", "are", "comprise"):
            members = self._keep(self._list(lows, v + 1, starts)[0])
            if len(members) >= 2:
                self._remember(" ".join(lows[k + 3 : v]), members, sno)

    def _after(self, lows, k: int, starts, ends) -> GroupPhrase | None:
        """ "a consortium of A, B and C", "lenders led by A and including B": the phrase."""
        gw = self.words
        n = len(lows)
        listing = False
        hit = gw.nouns.match(lows, k)
        if hit is None:
            hit = gw.listing.match(lows, k)
            listing = True
        if hit is None:
            return None
        noun = " ".join(lows[k : k + hit[0]])
        e = k + hit[0]
        i = _determiner(lows, k, ends)
        if i < 0 and not listing:
            return None  # "Consortium members said": no determiner, no definition
        i = max(i, 0) if i >= 0 else k
        if self._named_before(lows, i, ends):
            return None  # "Harbour Link, a consortium of A and B": the group has a name
        if e < n and lows[e] in _DASHES and i < k:  # "a club of buyers — A, B and C —"
            return self._dashed(lows, i, e, noun, starts)
        if e < n and lows[e] in _NOUN_PPS and lows[i] == "the":
            e = _past_noun_pp(lows, e)
        p = e + (e < n and lows[e] == ",")
        if p < n and lows[p] in _BE and lows[i] == "the":
            p += 1  # "the consortium is made up of A and B"
        link = gw.links.match(lows, p) if p < n else None
        if link is None or (i == k and lows[p] in ("of", "between", "among")):
            return None
        if listing and lows[p] == "of" and noun in gw.held_of:
            return None  # "the backers of X, A and B": X is backed by A and B
        if lows[p] in ("between", "among") and self.between.lookup(tuple(noun.split())):
            return None  # "a rivalry between A and B": the relation rules read the pair
        members, end = self._members(lows, i, p + link[0], link[1], noun, starts, ends)
        kept = self._keep(members)
        if self._named_after(lows, end, starts):
            return None
        if len(kept) == 1 and link[1] == "leader":
            self.leaders[noun] = kept  # a leader only: members may follow in a later sentence
        return GroupPhrase(i, end, noun, kept) if len(kept) >= 2 else None

    def _members(
        self, lows, i: int, q: int, link: str | bool, noun: str, starts, ends
    ) -> tuple[list[str], int]:
        """The members a group phrase opened at i lists from q (after its link word, of kind
        `link`), and the list's end: "led by A and including B", "A leads a consortium that
        includes B", and the leader an earlier sentence named ("The consortium, which also
        includes B and C")."""
        gw = self.words
        n = len(lows)
        members, end = self._list(lows, q, starts)
        if link == "leader" and len(members) >= 1:
            q = end + (end < n and lows[end] == ",")
            more = gw.more.match(lows, q) if q < n else None
            if more is not None:
                extra, end2 = self._list(lows, q + more[0], starts)
                if extra:
                    members, end = members + extra, end2
        if i >= 2 and lows[i - 1] in gw.leader_verbs and i - 1 in ends:
            members = list(ends[i - 1].ids) + members  # "A leads a consortium that includes B"
        if lows[i] == "the" and noun in self.leaders:
            # "A consortium led by A ... The consortium, which also includes B and C"
            members = [x for x in self.leaders[noun] if x not in members] + members
        return members, end

    def _dashed(self, lows, i: int, e: int, noun: str, starts) -> GroupPhrase | None:
        """ "a club of buyers — the brewer A, the fund B and C — bought X": the members
        between two dashes (the phrase takes in the closing one)."""
        members, end = self._list(lows, e + 1, starts)
        if end >= len(lows) or lows[end] != lows[e]:
            return None
        kept = self._keep(members)
        return GroupPhrase(i, end + 1, noun, kept) if len(kept) >= 2 else None

    def _before(self, lows, k: int, starts, ends, sno: int) -> None:
        """ "A, B and C have formed a consortium to bid": the subject list, remembered."""
        gw = self.words
        hit = gw.form_verbs.match(lows, k)
        if hit is None:
            return
        p = k + hit[0]
        if p < len(lows) and lows[p] in SKIP_DETS:
            p += 1
        noun = gw.nouns.match(lows, p)
        if noun is None or self._named_after(lows, p + noun[0], starts):
            return
        q = k
        while q > 0 and lows[q - 1] in AUXILIARIES | {"also", "jointly", "together", "have"}:
            q -= 1
        members = listed_before(lows, q, ends)[0]
        kept = self._keep(members)
        if len(kept) >= 2:
            self._remember(" ".join(lows[p : p + noun[0]]), kept, sno)

    def _list(self, lows, p: int, starts) -> tuple[list[str], int]:
        """The members named from p: names, each after a short descriptor ("the fund X"),
        joined by commas, "and", "as well as"; and where the list ends."""
        n = len(lows)
        members: list[str] = []
        end = p
        q = p
        while q < n:
            r = q
            while r < n and r not in starts and r - q < _DESCRIPTOR_WORDS and _descriptor(lows[r]):
                r += 1
            m = starts.get(r)
            if m is None:
                break
            members.extend(x for x in m.ids if x not in members)
            end = q = m.j
            if q < n and lows[q] == "'s":
                break  # "A's fund": not A itself
            q = _past_aside(lows, q, starts)  # "A, which employs 300 people, and B"
            if lows[q : q + 2] == [",", "and"]:
                q += 2
            elif q < n and lows[q] in (",", "and"):
                q += 1
            elif lows[q : q + 3] == ["as", "well", "as"]:
                q += 3
            else:
                break
        return members, end

    def _keep(self, members: list[str]) -> tuple[str, ...]:
        """Members that can fund, own or dispute: organizations and people."""
        if self.type_of is None:
            return tuple(members)
        return tuple(m for m in members if self.type_of(m) in ("Organization", "Person"))

    def _named_before(self, lows, i: int, ends) -> bool:
        """ "X, a consortium of", "X is a consortium of", "X (a consortium of", "The X wind
        farm is a joint venture of": named."""
        q = i
        while q > 0 and i - q < 3 and lows[q - 1] in _COPULAS | {"("}:
            q -= 1
        if q < i and q in ends:
            return True
        x = headed_name_end(self.heads, lows, q, lambda p: p in ends) if q < i else -1
        return x >= 0 and self.type_of is not None and self.type_of(ends[x].ids[0]) == "Project"

    @staticmethod
    def _named_after(lows, end: int, starts) -> bool:
        """ "..., called X", "known as X", or a name right after the noun: named."""
        q = end + (end < len(lows) and lows[end] == ",")
        if q < len(lows) and lows[q] in NAMING_PARTICIPLES:
            return True
        return end in starts or q in starts  # "formed a joint venture, Salar Uno"

    def holders(self, members: Sequence[str], sno: int) -> None:
        """Remember the holders or funders a sentence listed for one thing ("X is jointly owned
        by A and B", "A, B and C each hold a third of X"): a later "the two partners", "the
        shareholders" names them."""
        kept = self._keep(list(dict.fromkeys(members)))
        if len(kept) >= 2:
            self.held, self.held_at = kept, sno

    def _remember(self, noun: str, members: tuple[str, ...], sno: int) -> None:
        self.by_noun[noun] = members
        self.latest, self.latest_at = members, sno

    def read_plurals(self, lows: list[str], names: Sequence[NamedSpan]) -> None:
        """ "the canneries Tunamar and Selka", "processors such as A and B": remembered, so that
        a later "the canneries" names them all (organizations only)."""
        type_of = self.type_of
        orgs = {
            m.i: (m.j, m.ids)
            for m in names
            if type_of is None or type_of(m.ids[0]) == "Organization"
        }
        if len(orgs) >= 2:
            self.plurals.update(named_groups(lows, orgs, self.stopwords))

    # -- references ----------------------------------------------------------------------------
    def refer(
        self,
        lows: list[str],
        i: int,
        starts: set[int],
        sno: int,
        covered: Set[int] = frozenset(),
    ) -> GroupPhrase | None:
        """A description at i that names a remembered group (its span, noun and members),
        else None: a group noun ("the consortium", not over a name in `covered`), else a plural
        noun that introduced listed organizations ("the canneries")."""
        got = self._refer_noun(lows, i, starts, sno) if self.latest or self.held else None
        if got is not None and covered.isdisjoint(range(i, got.j)):
            return got
        return self._refer_plural(lows, i, starts)

    def _refer_plural(self, lows: list[str], i: int, starts: Set[int]) -> GroupPhrase | None:
        """ "the canneries" after "the canneries Tunamar and Selka" (not "the two canneries",
        "the partners": pair words, read as such)."""
        if not self.plurals or lows[i] != "the" or pair_at(self.pair_words, lows, i, starts):
            return None
        got = plural_at(lows, i, self.plurals, starts)
        if got is None:
            return None
        return GroupPhrase(i, got[0], got[1], self.plurals[got[1]], plural=True)

    def _refer_noun(
        self, lows: list[str], i: int, starts: set[int], sno: int
    ) -> GroupPhrase | None:
        """ "the consortium", "the syndicate's members", "the consortium partners", "the two
        partners" (the latest group of two), "the partners" (the latest group)."""
        got = self._pair_or_owners(lows, i, sno)
        if got is not None or not self.latest:
            return got
        n = len(lows)
        hit = self.words.plural_refs.match(lows, i)
        if hit is not None and sno - self.latest_at <= _GENERIC_REACH:
            if i + hit[0] >= n or lows[i + hit[0]] not in ("of", "in"):
                # not "the partners of X", "partners in X"
                return GroupPhrase(i, i + hit[0], lows[i + hit[0] - 1], self.latest)
        if lows[i] not in ("the", "this"):
            return None
        return self._group_noun_ref(lows, i, starts, sno)

    def _pair_or_owners(self, lows: list[str], i: int, sno: int) -> GroupPhrase | None:
        """ "the two partners" (the latest group or holders of two), "the two owners" (the
        latest group or holders) at i, when named within reach; else None."""
        gw = self.words
        hit = gw.pair_refs.match(lows, i)
        if hit is not None:
            pair, at = max((self.latest, self.latest_at), (self.held, self.held_at), key=_at)
            if len(pair) == 2 and sno - at <= _GENERIC_REACH:
                return GroupPhrase(i, i + hit[0], lows[i + hit[0] - 1], pair)
        hit = gw.owner_refs.match(lows, i)
        if hit is not None:
            owners, at = max((self.latest, self.latest_at), (self.held, self.held_at), key=_at)
            if owners and sno - at <= _GENERIC_REACH:
                return GroupPhrase(i, i + hit[0], lows[i + hit[0] - 1], owners)
        return None

    def _group_noun_ref(
        self, lows: list[str], i: int, starts: set[int], sno: int
    ) -> GroupPhrase | None:
        """ "the consortium", "the winning syndicate's members", "the lenders" at i: the
        group a sentence defined with that noun (or the latest, for another group noun)."""
        gw = self.words
        n = len(lows)
        p = i + 1
        while p < n and p - i <= 2 and p not in starts and lows[p] not in gw.nouns:
            if lows[p] in gw.listing and lows[p] not in _GENERIC_LISTING:
                break  # "the lenders": only the lenders a sentence listed
            if not _plain(lows[p]):
                return None
            p += 1  # "the winning consortium", "the Brandmoor-led syndicate"
        if p >= n or p in starts:
            return None
        noun = gw.nouns.match(lows, p)
        exact = noun is None
        if noun is None and lows[p] not in _GENERIC_LISTING:
            noun = gw.listing.match(lows, p)
        if noun is None:
            return None
        e = p + noun[0]
        head = " ".join(lows[p:e])
        members = self.by_noun.get(head)
        if members is None and not exact and sno - self.latest_at <= _GENERIC_REACH:
            members = self.latest  # "a consortium of A and B ... the syndicate"
        if members is None or e in starts:
            return None  # "the consortium Harbour Link": a name
        q = e + (e < n and lows[e] == ",")
        link = gw.links.match(lows, q) if q < n else None
        if link and any(x in starts for x in range(q + link[0], q + link[0] + 4)):
            # "the consortium of A and B": a definition, read by `read` (not "accused the
            # consortium of neglect")
            return None
        if lows[e : e + 1] == ["'s"] and e + 1 < n and lows[e + 1] in gw.member_words:
            e += 2
        elif e < n and lows[e] in gw.member_words:
            e += 1
        return GroupPhrase(i, e, head, members)


def listed_before(lows: list[str], q: int, ends: Mapping[int, NamedSpan]) -> tuple[list[str], int]:
    """The ids of the names listed before q ("A, B and C", "A and B", "A, B"; `ends`: the
    names by their ends), in the text's order, and where the walk back stopped: at the first
    name's start, or at a list word (", and", "and", ",") before which no name ends."""
    members: list[str] = []
    while q in ends:
        m = ends[q]
        members[:0] = list(m.ids)
        q = m.i
        if q >= 2 and lows[q - 1] == "and" and lows[q - 2] == ",":
            q -= 2
        elif q >= 1 and lows[q - 1] in ("and", ","):
            q -= 1
        else:
            break
    return members, q


def _past_noun_pp(lows: list[str], e: int) -> int:
    """ "the consortium behind the X arena, made up of A and B": the comma closing a short
    prepositional phrase after the group noun (ending at e), else e."""
    n = len(lows)
    q = e + 1
    while q < n and q - e <= 6 and lows[q] not in (",", ".", ";"):
        q += 1
    return q if q < n and lows[q] == "," else e


# listing nouns too common to refer back on their own ("the group said", "the team")
_GENERIC_LISTING = frozenset({"group", "team", "investors", "shareholders", "backers"})


def pair_at(
    pair_words: PhraseIndex, lows: list[str], i: int, starts: Set[int]
) -> tuple[int, str] | None:
    """ "the two", "both companies", "the partners" at i (not right before a name: "the two
    companies Arlo and Brisk"): (length, type), else None."""
    hit = pair_words.match(lows, i) if lows[i] in pair_words else None
    if hit is None or (i + hit[0] < len(lows) and i + hit[0] in starts):
        return None
    return hit


def _at(group: tuple[tuple[str, ...], int]) -> int:
    return group[1]


def _determiner(lows: list[str], k: int, ends) -> int:
    """Where the noun phrase of the noun at k starts: its determiner, past at most two
    modifiers ("a new three-member consortium"); -1 when it has none."""
    for d in range(k - 1, max(-1, k - 4), -1):
        w = lows[d]
        if w in _DETS:
            return d
        if d + 1 in ends or not (_plain(w) or w == "-") or w in _NOT_DESCRIPTOR:
            return -1
    return -1


def _plain(w: str) -> bool:
    """A lower-case modifier word: "winning", "brandmoor-led", "three-member"."""
    return w.replace("-", "").isalpha()


_ASIDE_WORDS = 14  # words of a relative clause on a member ("A, which employs 300 people")


def _past_aside(lows: list[str], q: int, starts) -> int:
    """After a member ending at q, the ", and" that follows a relative clause on it ("A, which
    employs 300 people in two provinces, and B"), else q: a clause naming no one."""
    if lows[q : q + 1] != [","] or lows[q + 1 : q + 2] not in (["which"], ["who"]):
        return q
    for r in range(q + 2, min(len(lows), q + 2 + _ASIDE_WORDS)):
        if r in starts and lows[r - 1] not in ("in", "across", "at"):
            return q  # a place is no one: "which runs four plants in Wales"
        if lows[r] in (";", ".", "(", ")"):
            return q
        if lows[r] == ",":
            return r if lows[r + 1 : r + 2] == ["and"] else q
    return q


def _descriptor(w: str) -> bool:
    """A word of the short descriptor before a member's name ("the fund", "former")."""
    return _plain(w) and w not in _NOT_DESCRIPTOR or w in ("the", "its")
