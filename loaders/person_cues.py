"""Constructions of news writing that show a name is a person's, whatever the first name.

Given-name lists miss most of the world's names ("Tomasz Wielgosz", "Oyelaran Adebisi"), so a
name is also typed Person by how the sentence treats it:

- a quote given to it: `"...," said Tomasz Wielgosz` ("Qalat Copper said" is no cue: companies
  speak too);
- a verb only people take: "Adebisi resigned", "Wielgosz told analysts";
- a person's title or role set off by commas before it: "Chile's mining minister, Rodrigo
  Salas, ...";
- kin: "Adebisi's wife", "Wielgosz and his daughter";
- credits: "(Reporting by Anya Petrov; Editing by Mark Dorsey)" name people;
- founders: "founded in 2016 by Priya Nand and Jonas Ek" (names without an organization word).

The words live in `loaders/data/names.yaml` under `person_cues`.

>>> from loaders.lexicon import Lexicon
>>> from loaders.mentions import analyze
>>> a = analyze('"We turned the corner," said Tomasz Wielgosz.', 0, Lexicon.load())
>>> [(c.text, c.best()) for c in a.cands]
[('Tomasz Wielgosz', 'Person')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from loaders.apposed_descriptions import RELATIVE_WORDS
from loaders.cue_mask import CUE_SUCCESSION
from loaders.grammar_words import SKIP_DETS
from loaders.list_layouts import ROLE_MODIFIERS
from loaders.non_names import data_words
from loaders.person_frames import SUBJECT_PRONOUNS
from loaders.type_cues import firm_title

if TYPE_CHECKING:
    from loaders.coref import Registry
    from loaders.lexicon import Lexicon
    from loaders.mentions import Analysis, Candidate

# Weights, on the scale of `loaders.type_cues` (a title is 5, a given name 3, an org word 3).
W_QUOTED = 5.0  # '"...," said X'
W_PERSON_VERB = 3.0
W_APPOSED_ROLE = 5.0
W_KIN = 3.0
W_PRONOUN = 2.0
QUOTE_CLOSERS = frozenset({",", '"', "”", "'", "’", "--", "—", "–"})
POSSESSIVES: Final = frozenset({"his", "her"})
DETS: Final = frozenset({"the", "its", "their", "his", "her", "a", "an", "our"})
# what opens an appositive's holder: the sentence, a comma, a reporting verb, a quote's close
OPENERS: Final = frozenset({"said", "says"}) | QUOTE_CLOSERS


def organization_shaped(c: Candidate, lows: list[str], lex: Lexicon) -> bool:
    """A known name or one ending in an organization word or legal form ("Harlow Mining")."""
    if c.known:
        return True
    last = lows[c.j - 1].rstrip(".")
    return last in lex.org_words or last in lex.legal_suffixes or last in lex.heads


def person_votes(a: Analysis, lex: Lexicon) -> None:
    """Add Person votes to the candidates of one analysed sentence (see the module doc)."""
    lows, cands = a.lows, a.cands
    n = len(lows)
    cues = lex.person_cues
    by_start = {c.i: c for c in cands}
    words = a.words
    person_things = data_words(lex, "person_things") if "'s" in words else frozenset()
    person_agents = data_words(lex, "person_agents") if "by" in words else frozenset()
    for c in cands:
        if organization_shaped(c, lows, lex):
            continue
        multi = c.j - c.i > 1
        i, k = c.i, c.j
        # '"...," said Tomasz Wielgosz' / '..., said Wielgosz, an analyst at X'
        if i >= 2 and lows[i - 1] in cues.speech and a.toks[i - 2].text in QUOTE_CLOSERS:
            if _role_before_name(lows, k, by_start, lex):
                pass  # '"...," said Pelham Oils CEO Ruth Amsel': the company, not the speaker
            elif k < n and lows[k] == "'s":
                pass  # "..., said Velden's plants would reopen": an owner, not the speaker
            elif k >= n or lows[k] not in cues.clause_verbs:  # not "..., said X would"
                c.vote("Person", W_QUOTED if multi else W_PERSON_VERB)
        # "Adebisi resigned", "Wielgosz told analysts", "Quispe, 61, died"
        m = k + 3 if k + 3 < n and lows[k] == "," and lows[k + 2] == "," else k
        if m < n and cues.verbs.match(lows, m):
            c.vote("Person", W_PERSON_VERB)
        # "Oyelaran Adebisi sold his stake": a person's pronoun in the clause the name opens
        if (multi or not c.initial) and _own_pronoun(lows, k, lex, by_start):
            if not _firm_object(lows, i, lex):
                c.vote("Person", W_KIN)
        # "Under Ada Prent's leadership, ...": a person's stewardship
        if multi and i >= 1 and lows[i - 1] == "under" and lows[k : k + 2] == ["'s", "leadership"]:
            c.vote("Person", W_PERSON_VERB)
        # "Adebisi's wife", "Wielgosz and his daughter", "Eikrem, whose family controls X"
        if k + 1 < n and lows[k] == "'s" and lows[k + 1] in cues.kin:
            c.vote("Person", W_KIN)
        if multi and k + 1 < n and lows[k] == "'s" and lows[k + 1] in person_things:
            c.vote("Person", W_KIN)  # "Jarrah Pellew's resignation", "Oriel Kasabian's tenure"
        if multi and i >= 2 and _person_agent(lows, _job_before(a, i, lex), person_agents):
            c.vote("Person", W_PERSON_VERB)  # "the board, chaired by (broker) Merrin Tollet,"
        if k + 2 < n and lows[k] == "," and lows[k + 1] == "whose" and _kin_at(lows, k + 2, lex):
            c.vote("Person", W_KIN)
        if k + 2 < n and lows[k] == "and" and lows[k + 1] in POSSESSIVES:
            if lows[k + 2] in cues.kin:
                c.vote("Person", W_KIN)
        if multi and c.initial and _kin_later(lows, k, by_start, lex):
            c.vote("Person", W_KIN)  # "Teodor Marin handed control of X to his son"
        if multi and _companion_appositive(lows, k, lex):
            c.vote("Person", W_KIN)  # "Kelso Vanter, his old army-college comrade,"
        if multi and _formerly_of(lows, k, by_start, lex):
            c.vote("Person", W_PERSON_VERB)  # "Quillon Harte, formerly of Bracken Resources,"
    _founders(a, by_start, lex)
    _appointed(a, by_start, lex)
    spans = _person_spans(a, lex)
    _bracketed_roles(a, spans, lex)
    _comma_titles(a, spans, by_start, lex)
    _apposed_firm_titles(a, spans, by_start)


def _apposed_firm_titles(
    a: Analysis, spans: list[tuple[int, int]], by_start: dict[int, Candidate]
) -> None:
    """ "Ivo Sarr, Kellan Foods chairman, said": a name set off before a firm's name and a
    person's title ending the appositive is a person."""
    lows = a.lows
    n = len(lows)
    by_end = {c.j: c for c in by_start.values()}
    for i, j in spans:
        firm = by_end.get(i)
        if firm is None or j >= n or lows[j] not in (",", ".", "said", "says"):
            continue
        holder = by_end.get(firm.i - 1) if firm.i >= 2 and lows[firm.i - 1] == "," else None
        if holder is not None and (holder.i == 0 or lows[holder.i - 1] in OPENERS):
            holder.vote("Person", W_APPOSED_ROLE)


def _comma_titles(
    a: Analysis, spans: list[tuple[int, int]], by_start: dict[int, Candidate], lex: Lexicon
) -> None:
    """ "Chile's mining minister, Rodrigo Salas, endorsed": a title set off by commas votes
    Person for the name after it (not "the market leader, Qalat, ...")."""
    lows = a.lows
    n = len(lows)
    shared = lex.person_cues.shared_roles
    for i, j in spans:
        if j + 1 < n and lows[j] == "," and (j + 1) in by_start:
            if " ".join(lows[i:j]) in shared:
                continue
            holder = by_start[j + 1]
            after = lows[holder.j] if holder.j < n else "."
            if after in (",", ".", "said", "says") and not organization_shaped(holder, lows, lex):
                holder.vote("Person", W_APPOSED_ROLE)


def _bracketed_roles(a: Analysis, spans: list[tuple[int, int]], lex: Lexicon) -> None:
    """ "Marlow Hale (chair)", "Ana Ruiz (chief executive, Talby Energy)": a person's role in
    brackets right after a name, closed by the bracket or a comma, makes the name a person's
    (a list of people, a speakers' panel)."""
    lows = a.lows
    n = len(lows)
    by_end = {c.j: c for c in a.cands}
    for i, j in spans:
        if j >= n or lows[j] not in (")", ","):
            continue
        p = i
        while p > 0 and lows[p - 1] in ROLE_MODIFIERS:
            p -= 1
        c = by_end.get(p - 1) if p >= 1 and lows[p - 1] == "(" else None
        if c is not None and " ".join(lows[i:j]) not in lex.person_cues.shared_roles:
            if not organization_shaped(c, lows, lex):
                c.vote("Person", W_APPOSED_ROLE)


FORMER_REACH = 3  # "most recently of": words of the phrase between the comma and the name


def _formerly_of(lows: list[str], k: int, by_start: dict[int, Candidate], lex: Lexicon) -> bool:
    """ ", formerly of Bracken Resources", ", previously at Varno Bank": a comma after the name at
    token k, then a `formerly_of` phrase and a name: a person and an old employer (not
    "Velmont Mining, formerly Kestrel Resources": a firm's old name has no preposition)."""
    if k >= len(lows) or lows[k] != ",":
        return False
    phrases = data_words(lex, "formerly_of")
    for m in range(k + 2, min(len(lows), k + 2 + FORMER_REACH)):
        if m in by_start and " ".join(lows[k + 1 : m]) in phrases:
            return True
    return False


def _companion_appositive(lows: list[str], k: int, lex: Lexicon) -> bool:
    """From k: ", his/her [up to three lower-case words] FRIEND," (a companion or kin noun,
    closing the phrase): "Kelso Vanter, his old army-college comrade, joined"."""
    n = len(lows)
    if k + 2 >= n or lows[k] != "," or lows[k + 1] not in POSSESSIVES:
        return False
    nouns = data_words(lex, "companions") | lex.person_cues.kin
    for m in range(k + 2, min(n - 1, k + 6)):
        if lows[m] in nouns and lows[m + 1] in (",", ".", ";", "and"):
            return True
        if not lows[m].replace("-", "").isalpha():
            return False
    return False


def _kin_at(lows: list[str], k: int, lex: Lexicon) -> bool:
    """A relative ("wife", "father") or a family ("family", "heirs"; not "family of brands")
    at token k."""
    if lows[k] in lex.person_cues.kin:
        return True
    return lows[k] in lex.group_nouns and (k + 1 >= len(lows) or lows[k + 1] != "of")


def _person_spans(a: Analysis, lex: Lexicon) -> list[tuple[int, int]]:
    """The titles and person-held roles of the sentence that only people hold (not
    "shipbroker" or "financial adviser": see `type_cues.firm_title`)."""
    spans = [*a.titles, *((i, j) for i, j, role in a.roles if role.person_holder)]
    return [(i, j) for i, j in spans if not firm_title(a.lows, i, j, lex)]


def _role_before_name(
    lows: list[str], k: int, by_start: dict[int, Candidate], lex: Lexicon
) -> bool:
    """A person's role noun and then a name right after k ("Pelham Oils CEO Ruth Amsel")."""
    hit = lex.roles.match(lows, k) if k < len(lows) and lows[k] in lex.roles else None
    return hit is not None and hit[1].person_holder and k + hit[0] in by_start


DURATION = frozenset(
    "for a an the decade decades year years months nearly almost over more than some two three "
    "four five six seven eight nine ten many several".split()
)


def _person_agent(lows: list[str], i: int, person_agents: frozenset[str]) -> bool:
    """A participle only people are agents of, then "by" right before the name at i, with at
    most a span of time between them: "chaired by X", "chaired for a decade by X", "coached
    for three years by X"."""
    if lows[i - 1] != "by":
        return False
    m = i - 2
    while m > 0 and i - 2 - m < FOUNDING_REACH and (lows[m] in DURATION or lows[m].isdigit()):
        m -= 1
    return f"{lows[m]} by" in person_agents and (m == i - 2 or lows[m + 1] == "for")


FOUNDING_REACH = 4  # "founded in early 2016 by": words between the participle and "by"
JOB_REACH: Final = 3  # "chaired by veteran fund manager X": words of the job before the name


def _job_before(a: Analysis, i: int, lex: Lexicon) -> int:
    """Where a person's bare job phrase before the name at i begins ("chaired by broker Ivo
    Stark", "by veteran fund manager X"): lower-case words ending in a job noun that people
    hold (a role, a title, `firm_titles`, `person_occupations`); else i."""
    lows, toks = a.lows, a.toks
    if i < 2 or not _job_noun(lows, i - 1, lex):
        return i
    m = i - 1
    while m > 0 and i - m < JOB_REACH and lows[m - 1] != "by":
        if not toks[m - 1].text.isalpha() or not toks[m - 1].text.islower():
            return i
        m -= 1
    return m if lows[m - 1] == "by" else i


def _job_noun(lows: list[str], k: int, lex: Lexicon) -> bool:
    """A noun of a person's job at k ("broker", "fund manager", "trawler owner")."""
    w = lows[k]
    if w in data_words(lex, "person_occupations") or firm_title(lows, k, k + 1, lex):
        return True
    role = lex.roles.lookup((w,))
    return w in lex.titles or (role is not None and bool(role.person_holder))


def _founders(a: Analysis, by_start: dict[int, Candidate], lex: Lexicon) -> None:
    """ "founded in 2016 by Priya Nand and Jonas Ek", "set up by ...": the names after "by" (and
    those joined to them by "and" or a comma) are people, unless their own words make them
    organizations."""
    if "by" not in a.words:
        return  # (most sentences: no agent, no walk over the words)
    lows = a.lows
    founding = lex.person_cues.founding
    for k, w in enumerate(lows):
        if w != "by" or k + 1 >= len(lows):
            continue
        opening = range(max(0, k - FOUNDING_REACH), k)
        if not any(_founding_at(lows, m, founding) for m in opening):
            continue
        c: Candidate | None = by_start.get(_past_job(a, k + 1, lex))
        while c is not None:
            if not organization_shaped(c, lows, lex) and c.j - c.i > 1:
                c.vote("Person", W_PERSON_VERB)
            c = _next_founder(a, c, by_start, lex)


def _next_founder(
    a: Analysis, c: Candidate, by_start: dict[int, Candidate], lex: Lexicon
) -> Candidate | None:
    """The founder joined to c by "and" or a comma (past a job phrase: "and glassblower B"); after
    a comma only inside a list that goes on ("by A, B and C"), not the main clause after a
    fronted participle phrase ("Founded by trader A, Adom Cocoa exports ...")."""
    lows = a.lows
    if c.j >= len(lows) or lows[c.j] not in (",", "and"):
        return None
    nxt = by_start.get(_past_job(a, c.j + 1, lex))
    if nxt is None or lows[c.j] == "and":
        return nxt
    return nxt if nxt.j < len(lows) and lows[nxt.j] in (",", "and") else None


# words that end a founder's job phrase: "by A and B", "by the head of ...", "by a firm in ..."
FOUNDER_JOB_STOPS: Final[frozenset[str]] = frozenset(
    {"and", "or", "of", "in", "at", "for", "with", "to", "from", "on"}
)


def _past_job(a: Analysis, k: int, lex: Lexicon) -> int:
    """Where a founder's name begins past the bare job phrase at k ("by former nurses Ivo Rand
    and Ada Lusk", "by the retired pilot Ivo Rand", "and glassblower Ada Lusk", "by a grain
    trader, Ivo Rand"): lower-case words, the last no stop-word, participle or "-ly" adverb (no
    relative clause: "by Ivo Rand, who also founded Orlo Labs, and ..."), then the name (after
    a comma when an "a" or "an" opens the phrase); k when none stands there."""
    toks, lows = a.toks, a.lows
    m = k
    while m < len(toks) and m - k <= JOB_REACH and toks[m].text.replace("-", "").isalpha():
        if not toks[m].text.islower() or lows[m] in FOUNDER_JOB_STOPS:
            break
        if lows[m] in RELATIVE_WORDS:  # "by Ivo Rand, who also founded Orlo Labs, and ..."
            return k
        m += 1
    if m == k:
        return k
    last = lows[m - 1]
    if last in lex.stopwords or last.endswith(("ed", "ing", "ly")):
        return k
    if m < len(lows) and lows[m] == "," and lows[k] in ("a", "an"):
        return m + 1
    return m


def _founding_at(lows: list[str], m: int, founding: frozenset[str]) -> bool:
    """A founding participle at token m: "founded", "set up"."""
    return lows[m] in founding or (m > 0 and lows[m] == "up" and lows[m - 1] == "set")


ROLE_DETS = frozenset(
    {"the", "its", "a", "an", "interim", "acting", "permanent", "new", "incoming", "caretaker"}
)
AS_VERB_REACH = 3  # "will take over as", "has stepped in as": words between the name and "as"
BECOME = frozenset({"become", "becomes", "became", "named", "appointed", "promoted", "elected"})


def _appointed(a: Analysis, by_start: dict[int, Candidate], lex: Lexicon) -> None:
    """ "Pellow Foods named Ada Prent acting chief executive", "Ada Prent will take over as
    interim CEO": the name given a person's role by an appointment verb or "as" is a person."""
    lows = a.lows
    spans = _person_spans(a, lex)
    succession = bool(a.cues & CUE_SUCCESSION)  # (`SUCCESSION`)
    if not spans and not succession:
        return  # (most sentences: no person's title or role, no verb of succession)
    by_end = {c.j: c for c in by_start.values()}
    starts = {i for i, _ in spans}
    for k, w in enumerate(lows if succession else []):
        if w in SUCCESSION:
            _predecessor_role(a, by_start, by_end, lex, k, starts)
    for i, j in spans:
        _successor(a, by_start, lex, j)
        _role_is(a, by_start, lex, j)
        _is_role(a, by_end, lex, i, j)
        p = i
        while p > 0 and lows[p - 1] in ROLE_DETS:
            p -= 1
        firm = by_end.get(p)
        if firm is not None and firm.i >= 2 and lows[firm.i - 1] == "as":
            p = firm.i  # "quit as Kellan Foods chairman": the firm's name is the title's
        c = by_end.get(p)
        if c is not None and c.i >= 1 and lows[c.i - 1] in lex.appointment_verbs:
            if j in by_start:
                continue  # "hired Dunmere Dairies boss Nina Shah": a title of the next name
            if not organization_shaped(c, lows, lex):
                c.vote("Person", W_PERSON_VERB)  # "named Ada Prent (acting) chief executive"
            continue
        if p < 1 or not (lows[p - 1] == "as" or lows[p - 1] in BECOME):
            continue  # "as interim CEO", "was named acting CEO", "will become chief executive"
        q = p - 1
        while q > 0 and p - 1 - q < AS_VERB_REACH and a.toks[q - 1].text.isalpha():
            if a.toks[q - 1].text[0].isupper():
                break
            q -= 1
        c = by_end.get(q)
        if c is None or organization_shaped(c, lows, lex):
            continue
        if q < p - 1 or (
            c.i >= 1 and (lows[c.i - 1] in lex.appointment_verbs or lows[c.i - 1] in SUCCESSION)
        ):
            # "Ada Prent will take over as interim CEO", "appointed Ada Prent as its CEO"
            c.vote("Person", W_PERSON_VERB)


SUCCESSION: Final = frozenset(
    {"replaced", "replaces", "succeeded", "succeeds", "succeed", "replace"}
)
AUX = frozenset({"was", "is", "will", "be", "has", "have", "been", "to", "would"})
# a seat a successor takes after the replaced name: "replaces Kurt Ames at the helm of X"
HELM_SEATS: frozenset[tuple[str, ...]] = frozenset({("at", "the", "helm"), ("at", "the", "top")})


ROLE_IS = frozenset({"is", "was", "will", "be", "would"})


def _role_is(a: Analysis, by_start: dict[int, Candidate], lex: Lexicon, j: int) -> None:
    """ "Halden Bank's chief executive is Ada Prent", "The chief executive of X will be Ada
    Prent": the name a person's role is equated with is a person."""
    lows = a.lows
    n = len(lows)
    k = j
    if k + 1 < n and lows[k] in ("of", "at") and (k + 1) in by_start:
        k = by_start[k + 1].j  # "The chief executive of Halden Bank is ..."
    if not (k < n and lows[k] in ROLE_IS):
        return
    while k < n and lows[k] in ROLE_IS:
        k += 1
    c = by_start.get(k)
    if c is not None and not organization_shaped(c, lows, lex):
        c.vote("Person", W_PERSON_VERB)


IS_LINKS = frozenset({"is", "was", "has", "had", "been", "became", "becomes", "remains"})


def _is_role(a: Analysis, by_end: dict[int, Candidate], lex: Lexicon, i: int, j: int) -> None:
    """ "Ada Fenn has been an adviser to X", "Ada Fenn is the chief executive", "Piet Smit is
    chairman of X": a name said to hold a person's role is a person."""
    lows = a.lows
    p = i
    while p > 0 and lows[p - 1] in SKIP_DETS:
        p -= 1
    if p == i and not (j < len(lows) and lows[j] in ("of", "at")):
        return  # "X is chief executive" is read by the role rules; "X, CEO" by the apposition
    q = p
    while q > 0 and p - q < 3 and lows[q - 1] in IS_LINKS:
        q -= 1
    c = by_end.get(q)
    if q < p and c is not None and not organization_shaped(c, lows, lex):
        c.vote("Person", W_PERSON_VERB)


def _successor(a: Analysis, by_start: dict[int, Candidate], lex: Lexicon, j: int) -> None:
    """ "Chief executive Tom Harlan was replaced by Ada Prent", "... will succeed Ada Prent":
    the other side of a succession whose one side holds a person's role is a person."""
    lows = a.lows
    holder = by_start.get(j)
    if holder is None:
        return
    k = holder.j
    while k < len(lows) and lows[k] in AUX:
        k += 1
    if k >= len(lows) or lows[k] not in SUCCESSION:
        return
    k += 1 + (k + 1 < len(lows) and lows[k + 1] == "by")
    c = by_start.get(k)
    if c is not None and not organization_shaped(c, lows, lex):
        c.vote("Person", W_PERSON_VERB)


def _predecessor_role(
    a: Analysis,
    by_start: dict[int, Candidate],
    by_end: dict[int, Candidate],
    lex: Lexicon,
    k: int,
    starts: set[int],
) -> None:
    """ "Ada Prent will succeed (Pellow) chief executive Tom Harlan", "... succeed Tom Harlan,
    chief executive of X": the subject of a succession to a person's role is a person."""
    lows = a.lows
    b = k
    while b > 0 and lows[b - 1] in AUX:
        b -= 1
    subject = by_end.get(b)
    if subject is None or organization_shaped(subject, lows, lex):
        return
    o = by_start.get(k + 1)
    role_next = k + 1 in starts or (o is not None and o.j in starts)
    if o is not None and o.j + 1 < len(lows) and lows[o.j] in (",", "as"):
        # "... succeed Tom Harlan, chief executive of X", "replaced Tom Harlan as X's CEO"
        role_next = role_next or any(x in starts for x in range(o.j + 1, o.j + 6))
    if o is not None and tuple(lows[o.j : o.j + 3]) in HELM_SEATS:
        role_next = True  # "Dario Venn replaces Kurt Ames at the helm of X"
    if role_next:
        subject.vote("Person", W_PERSON_VERB)


OWN_PRONOUNS: Final = frozenset({"his", "her", "himself", "herself"})
CLAUSE_BREAKS: Final = frozenset(
    "and or of in on at to for with from by as than that which".split()
)
PRONOUN_WINDOW: Final = 5
# words that end the reach of a name over a later "his son": another clause or an owner's "its"
KIN_BREAKS: Final[frozenset[str]] = frozenset(
    {";", "but", "while", "whose", "who", "said", "says", '"', "“", "it", "its", "they", "their"}
)


def _firm_object(lows: list[str], i: int, lex: Lexicon) -> bool:
    """The name at i is the object of a verb whose object is a firm (`firm_object_verbs`):
    "has run Orlo Labs since her father retired" (her is the subject's)."""
    return i >= 1 and lows[i - 1] in data_words(lex, "firm_object_verbs")


def _own_pronoun(
    lows: list[str], k: int, lex: Lexicon, by_start: dict[int, Candidate] | None = None
) -> bool:
    """ "X sold his stake", "X said she would", "X is suing Kemble Bank over his pension":
    "his"/"her" within a few lower-case words after the name at token k, with no other name
    (but an organization's by its own words), role or possessive in between."""
    m, seen = k, 0
    while m < len(lows) and seen < PRONOUN_WINDOW:
        w = lows[m]
        if w in OWN_PRONOUNS:
            return m > k
        other = by_start.get(m) if by_start is not None and m > k else None
        if other is not None and organization_shaped(other, lows, lex):
            m = other.j  # a firm the name acts on: "sued Kemble Bank over his pension"
            continue
        if not w.isalpha() or w in lex.roles or w in lex.titles or w in CLAUSE_BREAKS:
            return False  # "Back in her office": a preposition, not a verb, before "her"
        m += 1
        seen += 1
    return False


def _kin_later(lows: list[str], k: int, by_start: dict[int, Candidate], lex: Lexicon) -> bool:
    """ "his son", "her husband" or "and kept her seat" later in the sentence a name opens, with
    no person's name (other names are the subject's objects) and no clause break (";", "but",
    "while") in between."""
    kin = lex.person_cues.kin
    m = k
    while m + 1 < len(lows):
        w = lows[m]
        other = by_start.get(m)
        if other is not None:
            if other.best() == "Person" and not organization_shaped(other, lows, lex):
                return False  # "X hired Ann Lee and gave her ...": her is Ann Lee's
            m = other.j
            continue
        if w in KIN_BREAKS:
            return False
        if w in POSSESSIVES and lows[m + 1] in kin:
            return True
        if w == "and" and m + 2 < len(lows) and _coordinated_own(lows, m + 1):
            return True  # "X sold Volga Parts last year and kept her seat": X's own verb
        m += 1
    return False


def _coordinated_own(lows: list[str], v: int) -> bool:
    """A verb at v, then "his"/"her": the second verb phrase of the name's subject ("and kept
    her seat", "and sold his shares")."""
    w = lows[v]
    if not w.isalpha() or w in CLAUSE_BREAKS or w in DETS or lows[v + 1] not in POSSESSIVES:
        return False
    after = lows[v + 2] if v + 2 < len(lows) else "."
    return after.isalpha() and after not in DETS and after not in CLAUSE_BREAKS  # not "gave her a"


def credit_names(a: Analysis, lex: Lexicon) -> list[Candidate]:
    """The people named by a credit line ("(Reporting by A in Paris; Editing by B and C)"):
    the names right after "by", and those joined to them by "and" or a comma."""
    lows, cands = a.lows, a.cands
    by_start = {c.i: c for c in cands}
    out: list[Candidate] = []
    for c in cands:
        p = c.i - 1
        if p >= 0 and lows[p] == "by":
            start = _phrase_start(lows, p)
            hit = lex.person_cues.credits.match(lows, start)
            if hit and start + hit[0] == p + 1:
                out.append(c)
    for c in list(out):
        while c.j + 1 < len(lows) and lows[c.j] in ("and", ",") and (c.j + 1) in by_start:
            c = by_start[c.j + 1]
            out.append(c)
    # "By Anouk Brel, Harbour Desk": the outlet is no person, and no entity either
    out = [c for c in out if lows[c.j - 1] not in lex.person_cues.outlets]
    # "By Anna Kerr, Business Reporter": a beat before the reporter's title is no person
    beats = {i for i, _ in a.titles} | {i for i, _, _ in a.roles}
    out = [c for c in out if c.j not in beats]
    for c in out:
        c.vote("Person", W_QUOTED)
    return out


def _phrase_start(lows: list[str], by: int) -> int:
    """Where the credit phrase ending in "by" at token `by` starts ("additional reporting by")."""
    k = by
    while k > 0 and lows[k - 1].isalpha():
        k -= 1
    return k


# "His fleet now has 40 ships": a possessive opening a sentence is a person's, never a firm's
OPENING_POSSESSIVES: Final[frozenset[str]] = frozenset({"his", "her"})


def pronoun_subject(prev: Analysis, a: Analysis, reg: Registry, lex: Lexicon) -> None:
    """ "Tomasz Wielgosz joined in 2019. He had run ...": a sentence opening with "He", "She" or
    "The 55-year-old" speaks of the subject of the sentence before, when that subject is a name
    of two or more words opening it (a weak Person vote, given to the article's group of that
    name)."""
    first = next((k for k, t in enumerate(a.toks) if t.text[:1].isalpha()), None)
    if first is None or not a.toks[first].text.istitle():
        return
    opener = a.lows[first]
    if opener not in SUBJECT_PRONOUNS and opener not in OPENING_POSSESSIVES:
        if not _aged_opener(a.lows, first, lex):
            return
    if prev.headline or not prev.cands:
        return
    c = prev.cands[0]
    if c.initial and c.j - c.i > 1 and not organization_shaped(c, prev.lows, lex):
        reg.hint(c, "Person", W_PRONOUN)


def _aged_opener(lows: list[str], k: int, lex: Lexicon) -> bool:
    """ "The 55-year-old took over": a person's age as the sentence's subject (not "The
    120-year-old brewer", an age before a firm's noun)."""
    age = lows[k + 1 : k + 5]
    if lows[k] != "the" or len(age) < 4 or not age[0].isdigit() or age[1:3] != ["-", "year-old"]:
        return False
    return age[3] not in lex.heads and age[3] not in lex.org_words and age[3].isalpha()
