"""Project cues of sites: a facility counted in what it will have ("Brisco Studios will have
six sound stages"), a mountain with a resource word beside it ("a first resource estimate at
Mount Quillan"), a possessed operation in a place ("its Marlow Ridge operation in Orrin"). The
words are `facility_counts`, `deposit_words` and `called_sites` in loaders/data/names.yaml.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from loaders.non_names import data_words

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.mentions import Candidate

W_SITE: float = 4.0  # as an appositive: outweighs a last word such as "Studios" (3)
W_SHARED: float = 5.0  # outweighs "a venture" as a descriptor (4), not a firm's own last word too
W_DEPOSIT: float = 9.0  # outweighs "Mount" as a place's first word and "at X in Y" (7)
NUMBER_WORDS: frozenset[str] = frozenset(
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty".split()
)
SITE_OWNERS: Final[frozenset[str]] = frozenset({"its", "their", "'s"})


def project_vote(c: Candidate, lows: list[str], lex: Lexicon) -> None:
    """Vote Project for a name counted, mined or sited as a project."""
    if _will_have(lows, c.j, lex) or _owned_site(c, lows, lex) or _site_called(c, lows, lex):
        c.vote("Project", W_SITE)
    elif _costed_or_shared(lows, c.j):
        c.vote("Project", W_SHARED)
    elif lows[c.i] in ("mount", "mt") and c.j - c.i > 1:
        if not data_words(lex, "deposit_words").isdisjoint(lows):
            c.vote("Project", W_DEPOSIT)


def _will_have(lows: list[str], k: int, lex: Lexicon) -> bool:
    """ "NAME will have six sound stages"."""
    if lows[k : k + 2] != ["will", "have"] or k + 3 >= len(lows):
        return False
    n = lows[k + 2]
    if not (n.isdigit() or n in NUMBER_WORDS):
        return False
    counts = data_words(lex, "facility_counts")
    return lows[k + 3] in counts or " ".join(lows[k + 3 : k + 5]) in counts


def _owned_site(c: Candidate, lows: list[str], lex: Lexicon) -> bool:
    """ "its Marlow Ridge operation in Orrin": a possessor, the name, a site noun, "in"."""
    k = c.j
    return (
        c.i > 0
        and lows[c.i - 1] in SITE_OWNERS
        and lows[k : k + 1] == ["operation"]
        and lows[k + 1 : k + 2] == ["in"]
    )


COST_WORDS: Final[frozenset[str]] = frozenset({"costing", "budgeted"})
SHARED_WORDS: Final[frozenset[str]] = frozenset({"shared", "split"})


def _costed_or_shared(lows: list[str], k: int) -> bool:
    """ "The Orrin Cold Hub, costing EUR80m, ...", "Vantora Works, a venture shared by A and
    B": a named scheme with a cost, a venture shared by its backers (a "venture-backed"
    startup is one word, no cue)."""
    if lows[k : k + 1] != [","]:
        return False
    if k + 1 < len(lows) and lows[k + 1] in COST_WORDS:
        return True
    return lows[k + 2 : k + 3] == ["venture"] and k + 3 < len(lows) and lows[k + 3] in SHARED_WORDS


NAMING_VERBS: Final[frozenset[str]] = frozenset(
    {"calls", "call", "called", "dubs", "dubbed", "named"}
)


def _site_called(c: Candidate, lows: list[str], lex: Lexicon) -> bool:
    """ "The mill, which Vantora calls CleanMill Orrin": a naming clause after a project noun."""
    if c.i < 4 or lows[c.i - 1] not in NAMING_VERBS:
        return False
    for k in range(c.i - 2, max(0, c.i - 7), -1):
        if lows[k] in ("which", "that"):
            noun = lows[k - 2] if lows[k - 1] == "," and k >= 2 else lows[k - 1]
            sites = data_words(lex, "called_sites")
            return noun in sites or lex.heads.lookup((noun,)) == "Project"
    return False
