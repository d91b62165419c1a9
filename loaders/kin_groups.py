"""Kin groups named by their members: "the siblings", "the two brothers", "the Roos sisters".

An article often introduces the people of a family firm one by one ("Ann Vell and her
brother, Tom Vell, opened the bakery in 1998", "His sons, Idris Kane and Omar Kane, run the
plant", "Hana and Mira Roos started the label") and later states a share, a founding or an
adviser of them as a group: "The siblings still own 40%", "The brothers were advised by X".
`KinGroups` remembers, sentence by sentence, who the article introduced so (words in
`loaders/data/coref.yaml`, key `kin_groups`):

- an explicit group: a kin plural before a list of named people ("his sons, A and B", "the
  sisters A and B"), or a possessive and a kin noun before a named person, with the person the
  possessive stands for ("A and her brother, B", "she set it up with her brother, B");
- the people named so far, by surname, and the pairs of one surname a sentence names together
  ("Hana and Mira Roos").

`refer` reads a later "the [two] [Surname] siblings" as the members: the people of that surname
when a surname is written, else the latest explicit group, else the one pair of one surname
named together (none when two such pairs are, or when the count differs).
It names nobody for a kin group of unnamed people, for a name that is a firm's ("the Vell
Brothers board": the name covers the noun), for "the brothers of X" and for an introduction
("the brothers Tom and Ed Vell": the names follow). A bare "the family" is no group: a family's
holding goes to none of its members, unless the phrase lists them ("the family, including A
and B": `included`).

>>> from loaders.lexicon import Lexicon
>>> from loaders.relations.model import Mention
>>> kin = KinGroups(Lexicon.load(), lambda rid: "Person")
>>> lows = "his sons , idris kane and omar kane , run it".split()
>>> kin.read(lows, [Mention(("idris-kane",), 3, 5), Mention(("omar-kane",), 6, 8)], 0)
>>> kin.refer("the brothers sold it".split(), 0, set(), 1)
(2, ('idris-kane', 'omar-kane'))
>>> kin.refer("the brothers of x sold it".split(), 0, set(), 1) is None
True
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet

from loaders.cue_mask import CUE_KIN_GROUP, CUE_OTHER_KIN, cue_table, mask_of
from loaders.lexicon import Lexicon, per_lexicon
from loaders.non_names import data_words
from loaders.relations.model import Mention

_COUNTS = {"two": 2, "both": 2}  # a pair; the larger counts are the lexicon's `counted`
_REACH = 15  # sentences an explicit group stays the one "the siblings" names
_LIST_JOINS = frozenset({",", "and"})


def _surname(rid: str) -> str:
    """The last word of a person's id ("ann-vell" -> "vell"); "" for a one-word id."""
    parts = rid.replace("-", " ").split()
    return parts[-1] if len(parts) >= 2 else ""


def listed_people(
    lows: Sequence[str], k: int, starts: dict[int, Mention], person: Callable[[str], bool]
) -> tuple[list[str], int]:
    """The people of a list of names starting at k ("A, B and C"), and where it ends."""
    out: list[str] = []
    while k in starts and person(starts[k].ids[0]):
        m = starts[k]
        out.append(m.ids[0])
        k = m.j
        if k < len(lows) and lows[k] in _LIST_JOINS:
            k += 1 + (lows[k] == "," and lows[k + 1 : k + 2] == ["and"])
            continue
        break
    return out, k


@per_lexicon
def kin_cue_words(lex: Lexicon) -> frozenset[str]:
    """The kin nouns that introduce a group or link two people: what `KinGroups.read` walks
    a sentence for."""
    return data_words(lex, "kin_group_intros") | data_words(lex, "kin_group_links")


@per_lexicon
def other_kin_words(lex: Lexicon) -> frozenset[str]:
    """Kin words of no sibling: "A and her daughter, B" are no pair of sisters (rv538)."""
    return lex.person_cues.kin - kin_cue_words(lex)


class KinGroups:
    """The kin groups one article introduced, and the people it named, by surname."""

    def __init__(self, lex: Lexicon, type_of: Callable[[str], str]) -> None:
        self.refer_nouns = data_words(lex, "kin_group_refs")
        self.intro_nouns = data_words(lex, "kin_group_intros")
        self.links = data_words(lex, "kin_group_links")
        self.owners = data_words(lex, "kin_possessors")
        self.counts = {**_COUNTS, **lex.counted}
        self.male = data_words(lex, "kin_male")
        self.female = data_words(lex, "kin_female")
        self.other_kin = other_kin_words(lex)
        self.cue_table = cue_table(lex)  # (`read` without the sentence's cue mask)
        self.type_of = type_of
        self.by_surname: dict[str, list[str]] = {}
        self.latest: tuple[str, ...] = ()
        self.latest_at = -99
        self.latest_sex = ""  # "m", "f", "x" (both), "" (unknown): `_sex`
        # pairs of people of one surname named in one sentence ("Hana and Mira Roos")
        self.co_named: list[tuple[str, ...]] = []

    def _person(self, rid: str) -> bool:
        return self.type_of(rid) == "Person"

    def read(
        self,
        lows: Sequence[str],
        items: Iterable[Mention],
        sno: int,
        cues: int = -1,
    ) -> None:
        """Remember a read sentence's named people and the kin groups it introduced (`cues`:
        the sentence's cue mask, `Analysis.cues`, when the caller has it; the kin words are
        looked up in it before any walk over the sentence)."""
        items = list(items)
        if cues < 0:
            cues = mask_of(self.cue_table, list(lows))
        starts = {m.i: m for m in items if m.kind == "name" and m.ids}
        here: dict[str, list[str]] = {}
        for m in starts.values():
            rid = m.ids[0]
            last = _surname(rid)
            if last and self._person(rid):
                if rid not in self.by_surname.get(last, []):
                    self.by_surname.setdefault(last, []).append(rid)
                if rid not in here.get(last, []):
                    here.setdefault(last, []).append(rid)
        other_kin = bool(cues & CUE_OTHER_KIN) and any(
            w in self.other_kin and lows[k - 1] in self.owners for k, w in enumerate(lows) if k
        )
        for ids in here.values():
            if len(ids) == 2 and tuple(ids) not in self.co_named and not other_kin:
                self.co_named.append(tuple(ids))  # "Hana and Mira Roos"
        if not (cues & CUE_KIN_GROUP):  # (`kin_cue_words`)
            return  # no kin noun that introduces a group or links two people
        owners = {m.i: m.ids[0] for m in items if m.kind == "pronoun" and len(m.ids) == 1}
        for k, w in enumerate(lows):
            if w in self.intro_nouns:
                nxt = k + 1 + (lows[k + 1 : k + 2] == [","])
                people, _ = listed_people(lows, nxt, starts, self._person)
                if len(people) >= 2:  # "his sons, A and B"
                    self.latest, self.latest_at = tuple(people), sno
                    self.latest_sex = self._sex(w)
            elif w in self.links and k >= 1 and lows[k - 1] in self.owners:
                self._linked(lows, k, starts, owners.get(k - 1, ""), sno)

    def _linked(
        self, lows: Sequence[str], k: int, starts: dict[int, Mention], owner: str, sno: int
    ) -> None:
        """ "A and her brother, B", "she founded it with her brother, B": the person the
        possessive before the kin noun at k stands for, and B."""
        nxt = k + 1 + (lows[k + 1 : k + 2] == [","])
        second = starts.get(nxt)
        if not owner or second is None:
            return
        pair = (owner, second.ids[0])
        if pair[0] != pair[1] and all(self._person(p) for p in pair):
            self.latest, self.latest_at = pair, sno
            sexes = {self._sex(lows[k - 1]), self._sex(lows[k])}
            self.latest_sex = "" if "" in sexes else sexes.pop() if len(sexes) == 1 else "x"

    def _sex(self, word: str) -> str:
        """The sex a kin word or possessive states: "m", "f" or "" (none: "siblings")."""
        return "m" if word in self.male else "f" if word in self.female else ""

    def refer(
        self, lows: Sequence[str], i: int, covered: AbstractSet[int], sno: int
    ) -> tuple[int, tuple[str, ...]] | None:
        """ "the [two] [Surname] siblings" at i: (its end, its members), else None."""
        n = len(lows)
        if lows[i] != "the" or i + 2 > n:
            return None
        k = i + 1
        count = self.counts.get(lows[k], 0)
        k += bool(count)
        surname = ""
        if k + 1 < n and lows[k] in self.by_surname and lows[k + 1] in self.refer_nouns:
            surname, k = lows[k], k + 1  # "the Roos sisters"
        if k >= n or lows[k] not in self.refer_nouns or k in covered:
            return None
        j = k + 1
        after = lows[j : j + 2]
        if after[:1] == ["of"] or j in covered or (after[:1] == [","] and j + 1 in covered):
            return None  # "the brothers of X", "the brothers Tom and Ed Vell"
        members = self._members(surname, sno, self._sex(lows[k]))
        if len(members) < 2 or (count and len(members) != count):
            return None
        return j, members

    def included(
        self,
        lows: Sequence[str],
        i: int,
        names: Sequence[Mention],
        kin_of: Callable[[int, str], str],
    ) -> tuple[int, tuple[str, ...]] | None:
        """ "the family, including A and his mother," at i: (its end, the people listed: names
        and the kin nouns `kin_of` resolves, given the person listed before), else None; the
        list must close with a comma."""
        n = len(lows)
        if lows[i : i + 4] != ["the", "family", ",", "including"]:
            return None
        starts = {m.i: m for m in names if m.ids}
        out: list[str] = []
        k = i + 4
        while k < n and lows[k] not in (",", ";", ":"):
            m = starts.get(k)
            if m is not None and self._person(m.ids[0]):
                out.append(m.ids[0])
                k = m.j
            elif lows[k] in self.owners and k + 1 < n:
                pid = kin_of(k, out[-1] if out else "")  # "his mother": of A
                if pid:
                    out.append(pid)
                k += 2
            elif lows[k] == "and":
                k += 1
            else:
                return None  # "including two cousins": not only named people
        ok = k < n and lows[k] == "," and out
        return (k + 1, tuple(dict.fromkeys(out))) if ok else None

    def _members(self, surname: str, sno: int, sex: str) -> tuple[str, ...]:
        """The group "the [Surname] <kin noun of this sex>" names: the latest explicit group
        when it fits (its sex, and its surname when one is written: "his sons, A and B" ...
        "the Soto brothers" leaves the father out), else the people of that surname, else the
        one pair of one surname named together."""
        latest = self.latest if sno - self.latest_at <= _REACH else ()
        if sex and self.latest_sex not in ("", sex):
            latest = ()  # "A and his brother, B" ... "the sisters" (rv538)
        if surname:
            if latest and all(_surname(p) == surname for p in latest):
                return latest
            return tuple(self.by_surname[surname])
        if latest:
            return latest
        return self.co_named[0] if len(self.co_named) == 1 else ()
