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


def title_genders(text: str, female: Collection[str], male: Collection[str]) -> dict[str, str]:
    """Lower-cased name words -> "f" or "m", from every "Title Name" of the text."""
    # a gendered match starts at a title as the text writes it ("Ms"): none, no genders; else
    # scan from the last break before the first one, up to the last one
    first = -1
    last = -1
    for title in (*female, *male):
        if _TITLE_WORD.fullmatch(title) is None:
            continue
        written = title[0].upper() + title[1:]
        at = text.find(written)
        if at >= 0:
            if first < 0 or at < first:
                first = at
            end = text.rfind(written)
            if end > last:
                last = end
    if first < 0:
        return {}
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


def first_name_gender(name: str, female: Collection[str], male: Collection[str]) -> str | None:
    """The gender a name's first word gives it when that given name is worn by one gender only
    ("Maria Lund": "f"; "Jan Holm": None).

    >>> first_name_gender("Maria Lund", {"maria"}, {"tomas"})
    'f'
    """
    words = name.lower().split()
    if len(words) < 2:
        return None  # a lone surname says nothing
    first = words[0]
    return "f" if first in female else "m" if first in male else None
