"""When two names are one entity's: the forms that identify a name across articles, and the rule
that joins two names (recorded with every merge, shown by `erg why-merged`).

A name's *loose key* ignores case, punctuation, spacing, a leading "the", legal forms (`Inc.`,
`Ltd`, `S.A.`, via cleanco) and accents or other scripts (via anyascii):

>>> loose_key("Open AI") == loose_key("OPENAI") == loose_key("OpenAI, Inc.")
True
>>> join_rule("OpenAI", "Open AI"), join_rule("Halvorsen", "Halvorsen Ltd.")
('spacing and case', 'legal suffix')
>>> join_rule("Federal Trade Commission", "FTC"), join_rule("Société Générale", "Societe Generale")
('acronym', 'transliteration')
>>> join_rule("Dario Pelletti", "Dario", "Person"), join_rule("SoftBank", "Vision Fund") is None
('first name', True)
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii
from cleanco.clean import (  # type: ignore[import-untyped]
    custom_basename,
    normalized,
    prepare_default_terms,
    strip_punct,
)
from rapidfuzz import fuzz, process

from graph.model import name_key

# The rules, as recorded in an entity's `merged` property.
SPACING = "spacing and case"
LEGAL = "legal suffix"
TRANSLITERATION = "transliteration"
ACRONYM = "acronym"
FIRST_NAME = "first name"
SURNAME = "surname"
POSSESSIVE = "possessive (X's Y is Y)"
ALIAS = "known alias"
SAME_ARTICLE = "same article"

POSSESSIVE_RE = re.compile(r"^(?P<owner>.+?)['’]s\s+(?P<owned>\S.*)$")


# cleanco's legal forms, and the words they end with: most names end with none of them, and
# are not worth cleanco's full pass (0.7 ms a name).
_TERMS = prepare_default_terms()
_LAST_WORDS = frozenset(parts[-1] for _, parts in _TERMS if parts)


@lru_cache(maxsize=100_000)
def without_legal_form(name: str) -> str:
    """The name without its legal form ("Halvorsen Ltd." -> "Halvorsen"); the name itself when
    nothing would remain ("AG")."""
    words = name.split()
    if len(words) < 2 or strip_punct(normalized(words[-1].rstrip(".,"))) not in _LAST_WORDS:
        return name
    base = custom_basename(name, _TERMS).strip(" ,")
    return base or name


@lru_cache(maxsize=100_000)
def loose_key(name: str) -> str:
    """Case, punctuation, spacing, legal forms and script ignored: "Open AI" == "OpenAI"."""
    return "".join(anyascii(name_key(without_legal_form(name))).lower().split())


def initials(name: str) -> str:
    """ "The Federal Trade Commission" -> "FTC" (capitalized words, a leading "The" left out)."""
    words = name.split()
    if len(words) > 2 and words[0].lower() == "the":
        words = words[1:]
    return "".join(w[0] for w in words if w[:1].isupper())


def is_acronym_of(short: str, name: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", short)
    return (
        2 <= len(letters) <= 8
        and short.replace(".", "").isupper()
        and len(name.split()) > 1
        and letters.upper() == initials(name).upper()
    )


def possessive_parts(name: str) -> tuple[str, str] | None:
    """ "SoftBank's Vision Fund" -> ("SoftBank", "Vision Fund"); None for other names."""
    m = POSSESSIVE_RE.match(name)
    return (m.group("owner"), m.group("owned")) if m else None


def join_rule(name: str, other: str, etype: str = "") -> str | None:
    """The rule by which `other` names the entity called `name`, None when no rule does.

    Only forms of one name qualify: a possessor ("SoftBank" in "SoftBank's Vision Fund") never
    names what it owns.
    """
    if name_key(name) == name_key(other):
        return SPACING
    if loose_key(name) == loose_key(other):
        if "".join(name_key(name).split()) == "".join(name_key(other).split()):
            return SPACING
        if without_legal_form(name) != name or without_legal_form(other) != other:
            return LEGAL
        return TRANSLITERATION
    if is_acronym_of(other, name):
        return ACRONYM
    owned = possessive_parts(other)
    if owned and name_key(owned[1]) == name_key(name):
        return POSSESSIVE
    words, others = name_key(name).split(), name_key(other).split()
    if etype == "Person" and len(others) == 1 and len(words) > 1:
        if others[0] == words[0]:
            return FIRST_NAME
        if others[0] == words[-1]:
            return SURNAME
    return None


def near_duplicates(
    names: list[str], min_score: float = 90.0, block: int = 2
) -> list[tuple[float, str, str]]:
    """Pairs of distinct names whose rapidfuzz similarity (`fuzz.ratio` of their loose keys,
    0-100) is at least `min_score`, best first, and whose first words score that much too (a
    long shared tail such as "Venture Capital Association" does not make two names alike).
    Names are compared within blocks sharing the first `block` characters of their loose key,
    which keeps a large corpus fast.

    >>> near_duplicates(["Lumenfold Robotics", "Lumenfold Robotic", "Kestrel",
    ...                  "The Baxmar Ocean Institute", "The Baxtho Ocean Institute"])
    [(97.0, 'Lumenfold Robotic', 'Lumenfold Robotics')]
    """
    blocks: dict[str, list[tuple[str, str]]] = {}
    for name in sorted(set(names)):
        key = loose_key(name)
        if key:
            blocks.setdefault(key[:block], []).append((key, name))
    out: list[tuple[float, str, str]] = []
    for members in blocks.values():
        if len(members) < 2:
            continue
        keys = [k for k, _ in members]
        scores = process.cdist(keys, keys, scorer=fuzz.ratio, score_cutoff=min_score)
        for i, row in enumerate(scores):
            for j in range(i + 1, len(members)):
                if row[j] and keys[i] != keys[j]:
                    a, b = members[i][1], members[j][1]
                    firsts = (loose_key(_first_word(a)), loose_key(_first_word(b)))
                    if fuzz.ratio(*firsts) >= min_score:
                        out.append((round(float(row[j]), 1), a, b))
    return sorted(out, key=lambda x: (-x[0], x[1], x[2]))


def _first_word(name: str) -> str:
    words = name_key(name).split()  # without a leading "the"
    return words[0] if words else name
