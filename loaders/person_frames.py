"""Person cues of whole clauses, for names no given-name list knows ("Ysolde Marr",
"Kelmo Dastry"): what only people do in business writing.

- a pronoun opening a joined clause: "Ysolde Marr sued Orlo Foods, and she is seeking damages";
- a move between employers: "joined Orlo Foods from Varno Bank", "hired X from Varno Bank",
  "would join its board";
- founders named before "founded": "Ysolde Marr and Kelmo Dastry founded Orlo Labs";
- a company's speaker: "Ysolde Marr of Orlo Foods said", "Orlo Foods' Ysolde Marr said".

Each gives the weight of a given name (`loaders.type_cues.W_FIRST_NAME`), so a name's own
organization word or a descriptor still wins over it; a name with an organization word gets
none of them.

>>> from loaders.lexicon import Lexicon
>>> from loaders.mentions import analyze
>>> a = analyze("Kelmo Dastry joined Orlo Foods from Varno Bank.", 0, Lexicon.load())
>>> [(c.text, c.best()) for c in a.cands]
[('Kelmo Dastry', 'Person'), ('Orlo Foods', 'Organization'), ('Varno Bank', 'Organization')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from loaders.grammar_words import POSSESSIVE_MARKS
from loaders.non_names import data_words

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon
    from loaders.mentions import Analysis, Candidate

W_PERSON_FRAME = 3.0  # as a given name
SUBJECT_PRONOUNS: Final = frozenset({"he", "she"})
# "X said it would", not "X said it was a good deal" (a person too)
IT_VERBS = frozenset(
    "will would had has plans planned expects expected intends intended could may might did "
    "does agreed".split()
)


def person_frame_votes(a: Analysis, by_start: dict[int, Candidate], lex: Lexicon) -> None:
    """Add the Person votes of the clause cues to the candidates of one analysed sentence."""
    _clause_pronoun(a, lex)
    _moves(a, by_start, lex)
    _cofounders(a, by_start, lex)


JOIN_VERBS = frozenset({"join", "joins", "joined", "joining", "rejoined", "rejoins"})
# what a hired person is hired to do (not "run" or "manage": firms are hired to run a sale)
LEAD_VERBS = frozenset({"lead", "head", "chair", "coach", "captain", "oversee", "succeed"})
HIRE_VERBS = frozenset({"hired", "hires", "poached", "poaches", "recruited", "recruits"})
PROMOTE_VERBS = frozenset({"promoted", "promotes", "elevated", "elevates"})
MOVE_AUX = frozenset({"will", "would", "has", "had", "to", "is", "was"})
BOARD_REACH = 4  # "joined the Orlo Labs board": words between the verb and "board"


def _moves(a: Analysis, by_start: dict[int, Candidate], lex: Lexicon) -> None:
    """A person's move between employers: "Kelmo Dastry joined Orlo Foods from Varno Bank",
    "Orlo Foods hired Kelmo Dastry from Varno Bank", "Kelmo Dastry would join its board"
    (firms join indexes and alliances, not boards, and are hired as advisers, not "from" a
    rival). Not a name with an organization word or a descriptor."""
    lows = a.lows
    n = len(lows)
    for c in a.cands:
        if c.known or c.j - c.i < 2 or org_shaped(lows, c.j, lex):
            continue
        k = c.j
        while k < n and lows[k] in MOVE_AUX:
            k += 1
        if k < n and lows[k] in JOIN_VERBS and k + 1 < n:
            after = lows[k + 1 : k + 2 + BOARD_REACH]
            firm = by_start.get(k + 1)
            came = firm is not None and firm.j < n and lows[firm.j] == "from"
            if "board" in after or came or _joined_as(a, firm):
                c.vote("Person", W_PERSON_FRAME)
                continue
        hired = c.i >= 1 and lows[c.i - 1] in HIRE_VERBS
        if hired and c.j + 1 < n and lows[c.j] == "from" and (c.j + 1) in by_start:
            c.vote("Person", W_PERSON_FRAME)
        elif hired and c.j + 1 < n and lows[c.j] == "to" and lows[c.j + 1] in LEAD_VERBS:
            c.vote("Person", W_PERSON_FRAME)  # "Orla hired Peder Askeland to lead its arm"
        elif c.i >= 1 and lows[c.i - 1] in PROMOTE_VERBS and _title_after(a, c.j, "to"):
            c.vote("Person", W_PERSON_FRAME)  # "Orla promoted Peder Askeland to finance chief"
        elif c.i >= 1 and lows[c.i - 1] in lex.appointment_verbs and _to_board(lows, c.j):
            c.vote(
                "Person", W_PERSON_FRAME
            )  # "Orla Dairies appointed Cathal Brennock to its board"
        elif _succession_with_person(c, lows, by_start):
            c.vote("Person", W_PERSON_FRAME)  # "X takes over from Aoife Brennan"


AS_FILLERS = frozenset({"a", "an", "its", "the", "their", "his", "her", "new"})
JOIN_WHEN = 3  # "joined Orlo Foods in 2019 as": words between the employer and "as"


def _joined_as(a: Analysis, firm: Candidate | None) -> bool:
    """ "joined Hanmore Insurance in 2019 as finance chief" (or "and became its finance chief"):
    a person's role after the employer joined (firms join alliances "as members", not "as
    chief")."""
    if firm is None:
        return False  # also "joined X in 2015 and became its chief executive"
    return _title_after(a, firm.j, "as") or _title_after(a, firm.j, "became")


def _title_after(a: Analysis, start: int, word: str) -> bool:
    """A title or a role only a person holds within two words of `word`, itself at most
    `JOIN_WHEN` words after `start` ("in 2019 as finance chief", "to chief operating officer")."""
    lows = a.lows
    spans = {i for i, _ in a.titles} | {i for i, _, role in a.roles if role.person_holder}
    for k in range(start, min(start + JOIN_WHEN + 1, len(lows))):
        if lows[k] != word:
            continue
        m = k + 1
        while m < len(lows) and lows[m] in AS_FILLERS:
            m += 1
        return bool(spans & {m, m + 1})
    return False


def _to_board(lows: list[str], k: int) -> bool:
    """ "to its board", "to the Orlo Foods board": "to" at token k, then "board" a few words on."""
    return k < len(lows) and lows[k] == "to" and "board" in lows[k + 1 : k + 2 + BOARD_REACH]


TAKE_OVER = ("takes over from", "took over from", "will take over from", "is taking over from")


def _succession_with_person(c: Candidate, lows: list[str], by_start: dict[int, Candidate]) -> bool:
    """ "Cathal Brennock takes over from Aoife Brennan": the name taking over from a person."""
    for phrase in TAKE_OVER:
        words = phrase.split()
        end = c.j + len(words)
        if lows[c.j : end] == words:
            other = by_start.get(end)
            return other is not None and bool(other.votes.get("Person"))
    return False


FOUNDED = frozenset({"founded", "co-founded", "cofounded"})


def _cofounders(a: Analysis, by_start: dict[int, Candidate], lex: Lexicon) -> None:
    """ "Ysolde Marr and Kelmo Dastry founded Orlo Labs", "A, B and C co-founded it": names
    coordinated before "founded" are its founders, people, as after "founded by" (not "Orlo
    Foods and Varno Bank founded a joint venture": organization words)."""
    lows = a.lows
    n = len(lows)
    voted: set[int] = set()
    for c in a.cands:
        if c.i in voted:
            continue  # a later member, typed with the first one
        group: list[Candidate] = [c]
        while group[-1].j + 1 < n and lows[group[-1].j] in (",", "and"):
            nxt = by_start.get(group[-1].j + 1)
            if nxt is None:
                break
            group.append(nxt)
        last = group[-1].j
        if len(group) < 2 or last >= n or lows[last] not in FOUNDED:
            continue
        for d in group:
            voted.add(d.i)
            if not d.known and d.j - d.i >= 2 and not org_shaped(lows, d.j, lex):
                d.vote("Person", W_PERSON_FRAME)


CLAUSE_JOINS = frozenset({"and", "but", ";", "while"})
PRONOUN_REACH = 14  # tokens from the subject's end to "he"/"she"
# "... and ran the firm until last year, when she sold it": a clause a subordinator opens
# speaks of the main clause's subject too, a little further on
SUBORDINATORS = frozenset(
    "when until after before because since although though once whereupon".split()
)
SUBORDINATE_REACH = 24


def _clause_pronoun(a: Analysis, lex: Lexicon) -> None:
    """ "Ysolde Marr sued Orlo Foods, and she is seeking damages", "Kelmo Dastry ran Orlo
    Foods until he sold it": "he" or "she" opening a clause joined to one whose subject is a
    name of two words or more speaks of that name (the person cue of
    `person_cues.pronoun_subject`, inside one sentence). Not when another name that may be a
    person's, or a role or title ("hired a chief executive, and she"), stands between them; a
    name the subject founded, ran or bought ("founded Orlo Labs") is a firm, not a person."""
    if not a.cands or a.headline:
        return
    c, lows = a.cands[0], a.lows
    if c.known or c.j - c.i < 2 or not c.initial or org_shaped(lows, c.j, lex):
        return
    k = _joined_pronoun(lows, c.j, _founds(lows, c.j, lex))
    if k is None:
        return
    objects = data_words(lex, "firm_object_verbs")
    others = [d for d in a.cands[1:] if d.i < k and not _firm_object(lows, d.i, objects)]
    if any(not d.known and not org_shaped(lows, d.j, lex) for d in others):
        return  # "Kestrel Pike sued Ada Marr, and she ...": maybe Ada Marr
    if any(c.j <= i < k for i, _, _ in a.roles) or any(c.j <= i < k for i, _ in a.titles):
        return
    c.vote("Person", W_PERSON_FRAME)


def _joined_pronoun(lows: list[str], start: int, subordinate: bool) -> int | None:
    """The token of "he"/"she" opening a joined clause after token `start` (or a subordinate
    clause, when `subordinate`)."""
    for k in range(start + 1, min(len(lows), start + SUBORDINATE_REACH)):
        if lows[k] not in SUBJECT_PRONOUNS:
            continue
        if lows[k - 1] in CLAUSE_JOINS and k < start + PRONOUN_REACH:
            return k
        if subordinate and lows[k - 1] in SUBORDINATORS:
            return k
    return None


def _founds(lows: list[str], k: int, lex: Lexicon) -> bool:
    """A verb of a founder or a manager (`founder_verbs`: "founded", "ran") right after the
    subject ending at token k: the subordinate "he"/"she" after it speaks of the subject ("X
    founded Y and ran it until she sold it"), not of a person named before ("X has paid a
    dividend every year since she arrived")."""
    return k < len(lows) and lows[k] in data_words(lex, "founder_verbs")


def _firm_object(lows: list[str], i: int, verbs: frozenset[str]) -> bool:
    """The name at token i is the object of a verb that takes a firm ("founded Orlo Labs",
    "ran the Orlo chain")."""
    return i > 0 and (
        lows[i - 1] in verbs or (i > 1 and lows[i - 1] == "the" and lows[i - 2] in verbs)
    )


def org_shaped(lows: list[str], end: int, lex: Lexicon) -> bool:
    """The name ending at token `end` ends in an organization word, a legal form or a head."""
    last = lows[end - 1].rstrip(".")
    return last in lex.org_words or last in lex.legal_suffixes or last in lex.heads


OF_FOLLOWERS = frozenset({"said", "says", "told", "added", "noted", "argued", ",", "."})


def of_company(c: Candidate, lows: list[str], by_start: dict[int, Candidate], lex: Lexicon) -> None:
    """ "Ysolde Marr of Orlo Foods said", "Kelmo Dastry of Varno Bank, who ...": two or three
    name words, "of", and a company's name, then a reporting verb or a comma: a person and
    her employer (not "Bank of Varno": an organization word; not "Harlow Tide of Varno
    Group" with no verb or comma after it)."""
    k = c.j
    if not 2 <= k - c.i <= 3 or k + 1 >= len(lows) or lows[k] != "of" or c.votes:
        return
    if any(w in lex.org_words or w in lex.heads or w in lex.legal_suffixes for w in lows[c.i : k]):
        return
    firm = by_start.get(k + 1)
    if firm is None or firm.j >= len(lows) or lows[firm.j] not in OF_FOLLOWERS:
        return
    if firm.j + 2 < len(lows) and its_own(lows, firm.j + 1):
        return  # "Kesta Pike of Varno Holdings said it would cut jobs": maybe a unit
    known = firm.known is not None and firm.known[1] == "Organization"
    if known or org_shaped(lows, firm.j, lex):
        c.vote("Person", W_PERSON_FRAME)


SPEAKER_VERBS = frozenset({"said", "says", "told", "added", "noted", "argued", "wrote"})


def firms_speaker(
    c: Candidate, lows: list[str], by_end: dict[int, Candidate], lex: Lexicon
) -> None:
    """ "Orlo Foods' Ysolde Marr said", "Varno's Kelmo Dastry told analysts": two or three name
    words a company owns, then a reporting verb: the company's person (not "Varno's Kesta
    Labs said": an organization word; "Orlo's Halo thermostat": no verb)."""
    k, p = c.j, c.i - 1
    if not 2 <= k - c.i <= 3 or p < 1 or lows[p] not in POSSESSIVE_MARKS or c.votes:
        return
    if k >= len(lows) or lows[k] not in SPEAKER_VERBS or its_own(lows, k + 1):
        return
    owner = by_end.get(p)
    if owner is None or org_shaped(lows, k, lex) or any(w in lex.heads for w in lows[c.i : k]):
        return
    known = owner.known is not None and owner.known[1] == "Organization"
    if known or org_shaped(lows, owner.j, lex) or owner.votes.get("Organization"):
        c.vote("Person", W_PERSON_FRAME)


def its_own(lows: list[str], k: int) -> bool:
    """ "its" (its profits) or "it" and a verb of intent or an auxiliary at token k."""
    return lows[k] == "its" or (lows[k] == "it" and lows[k + 1] in IT_VERBS)
