"""Gender of the persons an article names, for binding "he"/"she": a name written after a
gendered title anywhere in the text ("Ms Ostrova", "Lady Arden", "Mr Halvard").

>>> genders = title_genders("Ms Ostrova met Dmitri Halvard. Mr. Halvard left.", {"ms"}, {"mr"})
>>> sorted(genders.items())
[('halvard', 'm'), ('ostrova', 'f')]

A name written after titles of both genders ("Mr and Mrs Hale") has none. Word lists live in
`loaders/data/coref.yaml` (`female_titles`, `male_titles`, `female_pronouns`, `male_pronouns`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from typing import Final

_TITLED: Final = re.compile(r"\b([A-Z][a-z]{1,7})\.? +([A-Z][\w'-]+(?: +[A-Z][\w'-]+)?)")


# a title `_TITLED` can read: 2 to 8 lower-case ASCII letters ("mr", "madame")
_TITLE_WORD: Final = re.compile(r"[a-z]{2,8}")
# characters no `_TITLED` match holds: a scan started just after one finds the same matches
# from there on as a scan of the whole text
_BREAKS: Final = ("\n", ",", ";", ":", '"', "(", ")")


# (female, male) -> the titles as the text writes them ("Ms", "Mr"), in one pattern
_WRITTEN: dict[tuple[frozenset[str], frozenset[str]], tuple[re.Pattern[str], tuple[str, ...]]] = {}


def _written(
    female: Collection[str], male: Collection[str]
) -> tuple[re.Pattern[str], tuple[str, ...]]:
    key = (frozenset(female), frozenset(male))
    hit = _WRITTEN.get(key)
    if hit is None:
        titles = sorted(
            {t[0].upper() + t[1:] for t in (*female, *male) if _TITLE_WORD.fullmatch(t)},
            key=lambda t: (-len(t), t),
        )
        pattern = "|".join(re.escape(t) for t in titles) if titles else "(?!)"
        hit = _WRITTEN[key] = (re.compile(pattern), tuple(titles))
    return hit


def title_genders(text: str, female: Collection[str], male: Collection[str]) -> dict[str, str]:
    """Lower-cased name words -> "f" or "m", from every "Title Name" of the text."""
    # a gendered match starts at a title as the text writes it ("Ms"): none, no genders; else
    # scan from the last break before the first one, up to the last one
    pattern, titles = _written(female, male)
    found = pattern.search(text)
    if found is None:
        return {}
    first = found.start()
    last = max(text.rfind(t) for t in titles)
    start = 0
    for brk in _BREAKS:
        at = text.rfind(brk, 0, first) + 1
        if at > start:
            start = at
    seen: dict[str, set[str]] = {}
    for m in _TITLED.finditer(text, start):
        if m.start() > last:
            break
        title = m.group(1).lower()
        gender = "f" if title in female else "m" if title in male else ""
        if gender:
            for word in m.group(2).lower().split():
                seen.setdefault(word, set()).add(gender)
    return {w: next(iter(g)) for w, g in seen.items() if len(g) == 1}


def name_gender(name: str, genders: Mapping[str, str]) -> str | None:
    """The gender a titled mention gave the name's last word (its surname), if any."""
    words = name.lower().split()
    return genders.get(words[-1]) if words else None
