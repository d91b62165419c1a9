"""A firm's noun that modifies a person's noun in an appositive: "Tova Rinn, a former grocery
chain buyer who ...", "Tova Rinn, a former airline route planner", "Tova Rinn, a partner at
the Leeds consultancy Brackwen Dorne".

The appositive reader (`loaders.type_cues._head_after`) types a name by the first descriptor
noun of its phrase. When that noun ("airline", "bank", "supermarket") only modifies the noun
after it, the person's job ("buyer", "manager", "deputy governor"), the firm's noun is no head:
the reader reads on to the job. And a job followed by "at" ("a partner at", "an associate at")
says where a person works: the firm named after it is the employer, not the name's kind.

>>> from loaders.lexicon import Lexicon
>>> from loaders.mentions import analyze
>>> a = analyze("Tova Rinn, a former airline route manager who runs it, spoke.", 0, Lexicon.load())
>>> [(c.text, c.best()) for c in a.cands]
[('Tova Rinn', 'Person')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from loaders.lexicon import read_data
from loaders.non_names import data_words

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon

# the endings of agent nouns that name a person's job ("buyer", "planner", "counsellor")
AGENT_ENDINGS: Final = ("er", "or", "ist")
# words that end the noun phrase before any job: "a bank whose founder", "a bank in which"
_GRAMMAR: Final = read_data("grammar.yaml")
PHRASE_STOPS: Final[frozenset[str]] = frozenset(
    [*_GRAMMAR["obj_stop"], *_GRAMMAR["prepositions"], *_GRAMMAR["noun_followers"]]
)
# how far past a firm's noun the job may be: "a former airline route planner"
JOB_REACH: Final = 2
# how far past "at" the head of the workplace may be: "at the Halvard offshore wind project"
SITE_REACH: Final = 6


def _job_word(w: str, lex: Lexicon) -> bool:
    """A person's descriptor head ("researcher"), a title, a role, or an agent noun of a job
    ("buyer"); not a firm's descriptor head ("operator", "lender") nor a firm's trade
    ("broker", "issuer", "shareholder": `firm_trade_agents`)."""
    if not w.isalpha() or not w.islower() or w in data_words(lex, "firm_trade_agents"):
        return False  # "a bank loan broker": the firm's trade, listed before any job reading
    if w in lex.heads:
        hit = lex.heads.match([w], 0)
        return hit is not None and hit[1] == "Person"
    if w in lex.titles or lex.roles.lookup((w,)) is not None:
        return True
    return w.endswith(AGENT_ENDINGS) and len(w) > 4 and w not in data_words(lex, "trade_agents")


def modifies_job(lows: list[str], after: int, lex: Lexicon) -> bool:
    """The organization noun ending before `after` modifies a job within `JOB_REACH` words
    ("supermarket buyer", "airline revenue manager", "central bank deputy governor")."""
    n = len(lows)
    for m in range(after, min(n, after + JOB_REACH)):
        w = lows[m]
        if _job_word(w, lex):
            return True
        if not w.isalpha() or w in lex.heads or w in PHRASE_STOPS or w.endswith(("ed", "ing")):
            return False
    return False


def employed_at(lows: list[str], m: int, lex: Lexicon) -> bool:
    """A role a person holds at a workplace: "a partner at X", "an associate at X" (firms are
    partners "with" or "in" one another, not "at" one); not at a project, scheme or venture
    (`at_venture`)."""
    return _role_at(lows, m, lex) and not at_venture(lows, m, lex)


def firm_at_venture(lows: list[str], m: int, lex: Lexicon) -> bool:
    """A role firms hold at a project, scheme or venture (`venture_sites`), one no list gives
    only to people: "Kappel, a partner at the Halvard wind project" is no person's cue (nor a
    firm's: a person may be one too, "Anna Berg, a partner at the Halvard wind project")."""
    if not _role_at(lows, m, lex) or not at_venture(lows, m, lex):
        return False
    role = lex.roles.lookup((lows[m],))
    return role is not None and not role.person_holder


def _role_at(lows: list[str], m: int, lex: Lexicon) -> bool:
    return m + 1 < len(lows) and lows[m + 1] == "at" and lex.roles.lookup((lows[m],)) is not None


def at_venture(lows: list[str], m: int, lex: Lexicon) -> bool:
    """The phrase after "at" (m + 1) names a project, scheme or venture (`venture_sites`)
    within `SITE_REACH` words: "at the Halvard wind project"."""
    sites = data_words(lex, "venture_sites")
    for w in lows[m + 2 : m + 2 + SITE_REACH]:
        if w in sites:
            return True
        if not w.replace("-", "").isalnum():
            return False  # the workplace's phrase ends at a comma or a full stop
    return False
