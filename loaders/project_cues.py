"""Project cues of sites: a facility counted in what it will have ("Brisco Studios will have
six sound stages"), a mountain with a resource word beside it ("a first resource estimate at
Mount Quillan"), a possessed operation in a place ("its Marlow Ridge operation in Orrin"). The
words are `facility_counts`, `deposit_words` and `called_sites` in loaders/data/names.yaml.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from loaders.built_projects import being_built
from loaders.founded_events import founded_event
from loaders.non_names import data_words
from loaders.project_heads import project_head
from loaders.relations.words import WHICH_THAT

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.mentions import Candidate

W_SITE: float = 4.0  # as an appositive: outweighs a last word such as "Studios" (3)
W_SHARED: float = 5.0  # outweighs "a venture" as a descriptor (4), not a firm's own last word too
W_DEPOSIT: float = 9.0  # outweighs "Mount" as a place's first word and "at X in Y" (7)
NUMBER_WORDS: frozenset[str] = frozenset(
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty".split()
)
W_FUND: float = 2.0  # with a name's last word "Fund" (3) outweighs "a scheme" (4)
SITE_OWNERS: Final[frozenset[str]] = frozenset({"its", "their", "'s"})


def project_vote(c: Candidate, lows: list[str], lex: Lexicon) -> None:
    """Vote Project for a name counted, mined or sited as a project; a fund named as one ("the
    Harwell Manufacturing Fund, a government scheme") stays an organization that funds."""
    if _fund_name(lows, c.i, c.j):
        c.vote("Organization", W_FUND)
    if _will_have(lows, c.j, lex) or _owned_site(c, lows, lex) or _site_called(c, lows, lex):
        c.vote("Project", W_SITE)
    elif _works_named(c, lows, lex) or being_built(c, lows, lex):
        c.vote("Project", W_SITE)  # "is building Tolland Quay" (`loaders.built_projects`)
    elif founded_event(lows, c.i, c.j, lex):
        c.vote("Project", W_SITE)  # "launched the Harvest Days festival"
    elif _costed_or_shared(lows, c.j) or _phase(lows, c.i, c.j) or _sequel(lows, c, lex):
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


def _fund_name(lows: list[str], i: int, j: int) -> bool:
    """ "the Harwell Manufacturing Fund", "Pellam Growth Fund III": a name ending in "Fund"."""
    k = j - 1 if j - i >= 3 and lows[j - 1] in PHASE_NUMBERS else j
    return k - i >= 2 and lows[k - 1] == "fund"


PHASE_NUMBERS: Final[frozenset[str]] = frozenset("i ii iii iv v vi 1 2 3 4 5 6 a b c".split())


def _phase(lows: list[str], i: int, j: int) -> bool:
    """ "Tallis Ridge Phase II", "Dunmore Phase 2": a name ending in a phase of a project."""
    return j - i >= 3 and lows[j - 2] == "phase" and lows[j - 1] in PHASE_NUMBERS


def _sequel(lows: list[str], c: Candidate, lex: Lexicon) -> bool:
    """ "will build Halvik Two", "is developing Tarsa III": a name ending in a number word
    after a verb of building names the builder's next site."""
    if c.j - c.i < 2 or c.i < 1 or lows[c.j - 1] not in data_words(lex, "sequel_ends"):
        return False
    return lows[c.i - 1] in data_words(lex, "sequel_builders")


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
    {"calls", "call", "called", "dubs", "dubbed", "named", "nickname", "nicknames", "nicknamed"}
)
HEAD_NAMING: Final[frozenset[str]] = frozenset({"called", "named", "dubbed", "known"})


def _site_called(c: Candidate, lows: list[str], lex: Lexicon) -> bool:
    """ "The mill, which Vantora calls CleanMill Orrin", "a stadium plan that insiders nickname
    Moorgate Fields", "the programme, which X launched under the name Greyline", "a warehouse,
    nicknamed Ostberg": a naming phrase after a project noun."""
    p = _naming_start(lows, c.i)
    if p is None or p < 2:
        return False
    q = p - 2 if lows[p - 1] == "," else p - 1
    if lows[p] not in HEAD_NAMING or lex.heads.lookup((lows[q],)) != "Project":
        if _site_noun(lows[q], lex):  # `type_cues._naming_verb` votes "a plant called X"
            return True
    for k in range(p - 1, max(0, p - 6), -1):
        if lows[k] in WHICH_THAT:
            noun = lows[k - 2] if lows[k - 1] == "," and k >= 2 else lows[k - 1]
            return _site_noun(noun, lex)
    return False


def _naming_start(lows: list[str], i: int) -> int | None:
    """The first token of a naming phrase that ends right before token i ("calls", "nicknamed",
    "known as", "under the name"), else None."""
    if i >= 1 and lows[i - 1] in NAMING_VERBS:
        return i - 1
    if i >= 2 and lows[i - 2 : i] == ["known", "as"]:
        return i - 2
    if i >= 3 and lows[i - 3 : i] == ["under", "the", "name"]:
        return i - 3
    return None


def _site_noun(noun: str, lex: Lexicon) -> bool:
    """A noun that names a site or a project ("mill", "plan", "programme")."""
    if noun in data_words(lex, "called_sites") or noun in data_words(lex, "site_works"):
        return True
    return lex.heads.lookup((noun,)) == "Project"


def _works_named(c: Candidate, lows: list[str], lex: Lexicon) -> bool:
    """ "the Ravenholt Mills extension", "the Kelda Quarry expansion": "the", a name of no
    legal form and a lower-case works noun (`site_works`): the name is the project's; not "the
    Harrow Brewing expansion", "the Tarsa Holdings overhaul" (a company's last word, a legal
    form or a trade's "-ing" word, ends the name: the firm's own works)."""
    k = c.j
    if c.i < 1 or lows[c.i - 1] != "the" or k >= len(lows):
        return False
    if lows[k] not in data_words(lex, "site_works"):
        return False
    last = lows[k - 1].rstrip(".")
    if last in lex.legal_suffixes or last in data_words(lex, "corporate_ends"):
        return False
    return not (last.endswith("ing") and last in lex.org_words)  # a trade: "Brewing", "Mining"


HEADED_RE: Final = re.compile(r"\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?")


def headed_aliases(text: str, names: list[str], lex: Lexicon) -> list[str]:
    """The forms of a project's name with the project noun that follows it in the text ("the
    Kittery Bank wind farm", "the Marrow Fen reservoir"): "Kittery Bank wind farm", as a
    project is often named with its head noun."""
    out: list[str] = []
    for name in names:
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?=\s)", text):
            follow = HEADED_RE.match(text, m.end())
            if follow is None:
                continue
            words = [w for w in follow.groups() if w]
            size = _project_head(words, lex)
            if size:
                form = f"{name} {' '.join(words[:size])}"
                if form not in out and form not in names:
                    out.append(form)
    return out


def _project_head(words: list[str], lex: Lexicon) -> int:
    """How many of `words` a project noun ends ("wind farm": 2, "frigate programme": 2 with a
    modifier, "reservoir": 1), else 0."""
    heads = lex.heads
    if words and words[0] in data_words(lex, "site_works"):
        return 1  # "the Ravenholt Mills extension"
    return project_head(heads, words, 0, lambda w: w not in heads and w not in lex.stopwords)
