"""Genders of the persons an article names, so a titled surname joins only a full name it can
stand for: "Ivo Tovrin founded Kestrel. He sold it in 2020. Ms Tovrin runs Balder Bank" keeps
Ms Tovrin apart from Ivo Tovrin.

A name's gender comes from the gendered titles written right before its mentions ("Ms Hana
Mott", "Mr Mott"); a full name's also from a "he"/"she" after it when it is the one person
named before the pronoun in its sentence (or, when none is, in the sentence before). Titles of
both genders ("Mr and Mrs Hale") give none. Word lists: `female_titles`, `male_titles`,
`female_pronouns`, `male_pronouns` in `loaders/data/coref.yaml`.

>>> from loaders.lexicon import Lexicon
>>> genders = NameGenders(Lexicon.load())
>>> genders.title_at("ms tovrin said".split(), 1)
{'f'}
>>> sorted(genders.title_at("mr and mrs hale said".split(), 3))
['f', 'm']
>>> genders.title_at("the tovrin family".split(), 1)
set()
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Final

from loaders.cue_mask import CUE_KIN, CUE_PRONOUN
from loaders.lexicon import Lexicon, per_lexicon
from loaders.mentions import Analysis
from loaders.non_names import data_words

if TYPE_CHECKING:
    from loaders.coref import Registry  # (it imports this module)

# subject pronouns whose gender a lone person named just before takes
SUBJECT_PRONOUNS: Final = frozenset({"he", "she"})
_NO_KIN: Final = 1 << 30  # a sentence with no kin word


@per_lexicon
def gendered_pronouns(lex: Lexicon) -> dict[str, str]:
    """Each gendered subject pronoun -> its gender ("she" -> "f")."""
    return {
        **{w: "f" for w in data_words(lex, "female_pronouns") if w in SUBJECT_PRONOUNS},
        **{w: "m" for w in data_words(lex, "male_pronouns") if w in SUBJECT_PRONOUNS},
    }


def pronoun_words(lex: Lexicon) -> frozenset[str]:
    """The words of `gendered_pronouns` (a cue set of `loaders.cue_mask`)."""
    return frozenset(gendered_pronouns(lex))


class NameGenders:
    """What one article's titles and pronouns say of the genders of its names (by name key)."""

    def __init__(self, lex: Lexicon) -> None:
        self.female = data_words(lex, "female_titles")
        self.male = data_words(lex, "male_titles")
        self.pronouns = gendered_pronouns(lex)
        self.kin = lex.person_cues.kin  # "his wife ... she": another person
        self.titled: dict[str, set[str]] = {}  # name key -> genders of the titles before it
        # each sentence in order: the (key, end) of its names, the (at, gender) of he/she,
        # where its first kin word ("wife") is, `_NO_KIN` when none
        self.notes: list[tuple[list[tuple[str, int]], list[tuple[int, str]], int]] = []
        self.by_key: dict[str, str] = {}  # a person cluster's key -> its gender
        self.by_title: dict[str, str] = {}  # the same from titles alone
        self.apart: set[str] = set()  # surname keys kept from a full name by gender
        # a surname key titled with both genders -> gender -> the full name's key (its id
        # once `side_ids` has run)
        self.sides: dict[str, dict[str, str]] = {}

    def title_at(self, lows: list[str], i: int) -> set[str]:
        """The genders of the title right before token i ("Ms", "Mr.", "Mr and Mrs")."""
        k = i - 1 if i > 0 and lows[i - 1] != "." else i - 2
        out: set[str] = set()
        while k >= 0:
            t = lows[k].rstrip(".")
            g = "f" if t in self.female else "m" if t in self.male else ""
            if not g:
                break
            out.add(g)
            if k < 2 or lows[k - 1] not in ("and", "&"):
                break
            k -= 2  # "Mr and Mrs Hale"
        return out

    def read(self, a: Analysis, reg: Registry) -> None:
        """Note the titled names, the names and the he/she of one sentence (`reg` keys them:
        the registry, not its bound `key_of`, so the compiled build calls it natively)."""
        lows = a.lows
        names = []
        for c in a.cands:
            key = reg.key_of(c)
            if not key:
                continue
            names.append((key, c.j))
            titles = self.title_at(lows, c.i)
            if titles:
                self.titled.setdefault(key, set()).update(titles)
        said, kin = [], _NO_KIN  # most sentences have no he/she and no kin word: no walk
        if a.cues & CUE_PRONOUN:  # (`pronoun_words`)
            said = [(n, self.pronouns[w]) for n, w in enumerate(lows) if w in self.pronouns]
        if a.cues & CUE_KIN:  # (`self.kin`)
            kin = next(n for n, w in enumerate(lows) if w in self.kin)
        self.notes.append((names, said, kin))

    def cluster_genders(
        self, members: Mapping[str, list[str]], types: Mapping[str, str]
    ) -> dict[str, str]:
        """The gender of each person cluster (its key -> member keys) that has exactly one."""
        root = {m: k for k, ms in members.items() for m in ms}
        seen: dict[str, set[str]] = {}
        for k, ms in members.items():
            if types.get(k) == "Person":
                seen[k] = {g for m in ms for g in self.titled.get(m, ())}
        self.by_title = {k: next(iter(gs)) for k, gs in seen.items() if len(gs) == 1}
        for k, gs in self._pronoun_genders(root, types).items():
            seen[k] |= gs
        self.by_key = {k: next(iter(gs)) for k, gs in seen.items() if len(gs) == 1}
        return self.by_key

    def _pronoun_genders(
        self, root: Mapping[str, str], types: Mapping[str, str]
    ) -> dict[str, set[str]]:
        """A full name's gender from a he/she whose sentence names one person before it, by
        that full name, or names none before it while the sentence before names only it; no
        kin word ("his wife ... she") before the pronoun in the sentences read."""
        out: dict[str, set[str]] = {}
        notes = self.notes
        for n, (names, said, kin) in enumerate(notes):
            for at, gender in said:
                if kin < at:
                    break
                span = [k for k, j in names if j <= at and k in root]
                if not span and n > 0 and notes[n - 1][2] == _NO_KIN:
                    span = [k for k, _ in notes[n - 1][0] if k in root]
                persons = {root[k] for k in span if types.get(root[k]) == "Person"}
                if len(persons) == 1 and any(" " in k for k in span if root[k] in persons):
                    out.setdefault(next(iter(persons)), set()).add(gender)
        return out

    def surname_owners(self, surname: list[str], owners: list[str]) -> list[str]:
        """Of the full names (in order) a surname cluster (its member keys) may join, those
        its title allows: the ones of its gender, else those of no known gender. Titled with
        both genders ("Ms Mott" and "Mr Mott"), each title's mentions go to the full name it
        allows (`side`) when the two differ; the cluster joins none when one title has none."""
        mine = {g for m in surname for g in self.titled.get(m, ())}
        if not mine:
            return owners
        picks = {g: self._fits(g, owners) for g in sorted(mine)}
        if len(mine) == 1:
            fit = picks[next(iter(mine))]
            if not fit:
                self.apart.update(surname)
            return fit
        firsts = {g: p[0] for g, p in picks.items() if p}
        if len(firsts) == 2 and len(set(firsts.values())) == 1:
            return owners  # one full name both titles allow: as before
        self.sides.update({m: firsts for m in surname})
        if len(firsts) == 2:
            return owners
        self.apart.update(surname)
        return []

    def _fits(self, want: str, owners: list[str]) -> list[str]:
        same = [o for o in owners if self.by_key.get(o) == want]
        return same or [o for o in owners if o not in self.by_key]

    def side_ids(self, index: Mapping[str, list[str]]) -> None:
        """Turn the full names of `sides` into entity ids (once the entities are indexed)."""
        self.sides = {
            k: {g: index[o][0] for g, o in by.items() if index.get(o)}
            for k, by in self.sides.items()
        }

    def side(self, key: str, lows: list[str], i: int) -> str | None:
        """The entity a titled mention of a surname titled with both genders names."""
        by = self.sides.get(key)
        titles = self.title_at(lows, i) if by else set()
        return by.get(next(iter(titles))) if by and len(titles) == 1 else None

    def gender(self, keys: Iterable[str]) -> str | None:
        """A recorded person's gender from its keys: "f", "m", "" when its surname was kept
        apart from it (the surname's title is another person's), None when nothing is known
        (titles only: a pronoun's gender is the binder's own, `ReferenceResolver.paired`)."""
        keys = list(keys)
        found = {self.by_title[k] for k in keys if k in self.by_title}
        if len(found) == 1:
            return next(iter(found))
        if any(k.split()[-1] in self.apart for k in keys if k):
            return ""
        return None
