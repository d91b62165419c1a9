"""Role family: role nouns next to names.

"Tesla CEO Elon Musk", "Sam Altman, chief executive of OpenAI", "Satya Nadella, Microsoft's CEO",
"Microsoft, one of OpenAI's partners", "Instagram, a unit of Meta", "retained X as an adviser".
A premodifying role ("Tesla CEO Elon Musk") is then folded into the holder, so later rules see
one mention.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from loaders.lexicon import Lexicon, Role, nationality, read_data
from loaders.non_names import data_words
from loaders.place_words import modifies_noun
from loaders.quotes import spans as quote_spans
from loaders.relations.attach_guards import act_not_holder, agent_as_holder
from loaders.relations.deal_guards import intended, is_deal
from loaders.relations.folded_places import folded_places
from loaders.relations.holding_words import holding_words
from loaders.relations.kin_subject import KIN_POSSESSORS
from loaders.relations.model import Found, Mention, Sentence
from loaders.relations.nav import (
    agent_after,
    appositive_start,
    before_appositive,
    coord,
    match_gap,
    owns_a_fund,
    past_placed,
    product_noun,
    pronoun_word,
    reporting_org,
    represented,
    right,
    subjects,
)
from loaders.relations.partners_at import owned_partner_at
from loaders.relations.possessed_heads import possessed_apposed_head
from loaders.relations.recorded_leaders import recorded_firm
from loaders.relations.relative_holders import relative_firm_holder
from loaders.relations.rival_words import rival_words
from loaders.relations.seller_roles import bought_from_its
from loaders.relations.staff_acts import staff_act_owner
from loaders.relations.subject_rivals import subject_rival_emit
from loaders.relations.title_clause_ends import title_clause_ends
from loaders.relations.via_vehicles import own_vehicle, via_possessor
from loaders.relations.whose_antecedent import described_antecedent
from loaders.relations.words import (
    APPOSITIVE_DETS,
    AUXILIARIES,
    BOARD_NOUNS,
    CANDIDACY_WORDS,
    CLAUSE_LINKS,
    CLAUSE_STOP,
    COORD,
    DATE_WORDS,
    DETS,
    HEADED_PARTS,
    INDEFINITE_ARTICLES,
    INQUIRY_NOUNS,
    LISTING_PARTICIPLES,
    OWN_DETS,
    OWN_PRONOUNS,
    PART_HEADS,
    POSSESSIVE_MARKS,
    PREPOSED_OPENERS,
    PREPOSITIONS,
    PROMOTION_VERBS,
    PUNCT_STOP,
    QUOTE_MARKS,
    RELATIVE_WH,
    REPORTING,
    ROLE_LINKS,
    ROLE_PREPS,
    SKIP_DETS,
    TELLING,
    WHICH_THAT,
    M,
)
from loaders.type_cues import AGE


def roles(s: Sentence) -> None:
    lows, lex = s.lows, s.lex
    s.folds = []  # (first, last, holder index)
    n = len(lows)
    k = 0
    while k < n:
        if k == 1 and (e := _apposed_head(s)) > 0:
            role_at(s, k, e, APPOSED_HEAD)  # "Its director, Ada Ruhl, said"
            k = e
            continue
        if k >= 2 and (e := possessed_apposed_head(s, k)) > 0:
            role_at(s, k, e, APPOSED_HEAD)  # "Ada Ruhl, the alliance's director, said"
            k = e
            continue
        if lows[k] == M or lows[k] not in lex.roles or (s.titled and s.titled[k]):
            k += 1
            continue
        found = _role_span(s, k)
        if found is None:
            k += 1
            continue
        e, role = found
        if not _not_a_holder(s, k, e, role):
            role_at(s, k, e, role)
        k = e


APPOSED_HEAD: Final = Role(("LEADS",))  # the head of the body "Its"/"Their" stands for


def _apposed_head(s: Sentence) -> int:
    """The end of a title that names a head only right after an opening "Its"/"Their" and
    before a comma ("Its general manager, Tom Vell, said"), else 0."""
    lows = s.lows
    if (pronoun_word(s, 0) if lows[0] == M else lows[0]) not in OWN_PRONOUNS:
        return 0
    hit = s.lex.apposed_heads.match(lows, 1)
    if hit is None or 1 + hit[0] >= len(lows) or lows[1 + hit[0]] != ",":
        return 0
    if lows[1] == "director" and s.context.work_before:
        # of the apposed heads only a director also directs a work: "The film Northern Tide
        # premiered. Its director, Ola Haug, said"
        return 0
    return 1 + hit[0]


def _role_span(s: Sentence, k: int) -> tuple[int, Role] | None:
    """The end and role of the role noun at k, with chained roles and "officer"/"-elect"."""
    lows, lex = s.lows, s.lex
    n = len(lows)
    hit = lex.roles.match(lows, k)
    if hit and lows[k] in lex.titles:
        longer = lex.titles.match(lows, k)
        if longer and longer[0] > hit[0]:
            return None  # "chief of staff": a title, not the head
    if not hit:
        return None
    length, role = hit
    e = k + length
    # "president and CEO of", "co-founder and chief operating officer of", "co-founder,
    # and also CEO, of"
    while (f := _chained_role(lows, e, lex)) > 0:
        more = lex.roles.match(lows, f)
        if not more or _own_complement(lows, k, f + more[0]):
            break
        if _function_end(lows, f + more[0], lex) > f + more[0]:
            # "President and Chief Engineer": the first title holds, the second is a function
            return _function_end(lows, f + more[0], lex), role
        role = Role(
            tuple(dict.fromkeys(role.types + more[1].types)),
            False,
            role.person_holder or more[1].person_holder,
            True,
        )
        e = f + more[0]
        if lows[e - 1 - more[0]] != "and" and e + 1 < n and lows[e] == ",":
            e += 1  # "co-founder, and also CEO, of X": the comma closes the aside
    if e < n and lows[e] == "officer":
        e += 1  # "chief executive officer"
    return _designate_end(lows, e), role  # "CEO-elect of X", "chief executive designate of X"


def _function_end(lows: list[str], e: int, lex: Lexicon) -> int:
    """The end of the function words after a chained title ending at e ("chief | engineer",
    "chief | financial officer"), e itself when none follow; only before a comma, the end or
    the holder's name."""
    f = e
    while f < len(lows) and lows[f] in lex.role_modifiers:
        f += 1
    return f if f < len(lows) and lows[f] in (",", ".", M) else e


def _partner_noun(s: Sentence, e: int) -> bool:
    """A partner role noun at e ("partner", "partners")."""
    found = s.lex.roles.lookup((s.lows[e],))
    return found is not None and "PARTNERS_WITH" in found.types


def _not_a_holder(s: Sentence, k: int, e: int, role: Role) -> bool:
    """The role noun at k..e names no holder of the role: a function, an ended tie, ..."""
    lows, lex = s.lows, s.lex
    n = len(lows)
    if e < n and (lows[e] in lex.role_modifiers or (e + 1 < n and lows[e + 1] == "officer")):
        return True  # "chief pharmacy officer": a function, not the head
    if e < n and "PARTNERS_WITH" not in role.types and _partner_noun(s, e):
        return True  # "Ellon's brand partner": the partnership's kind, no brand of Ellon's
    if k >= 1 and lows[k - 1] in lex.role_modifiers and lows[k - 1].isalpha():
        # ("its legal adviser" is still an adviser, "its technology partner" a partner: the
        # field is the partnership's kind)
        advice = set(role.types) == {"ADVISES"} and lows[k - 1] in ADVICE_FIELDS
        if not advice and set(role.types) != {"PARTNERS_WITH"}:
            return True  # "its former finance chief": a function, not the head
    if _kin_of_holder(s, k) and not _named_right_after(s, e):
        return True  # "granddaughter of the firm's founder": the founder is her grandparent
    if "LEADS" in role.types and _regional_title(s, k):
        return True  # "its Caribbean managing director": a region's head, not the firm's
    if act_not_holder(s, k, e, role.inverse):
        return True  # "the acquisition of Brisco, which Quillex bought": an act, no holder
    if is_deal(role.types) and intended(s, k):
        return True  # "its former parent", "X, once part of Y": owned no longer
    if _ended_tie(s, k, role):
        return True  # "its former partner X", "a onetime rival of Y": a tie that has ended
    if represented(s, k):
        return True  # "a lawyer for the shareholders, X of Y": X speaks for them
    if k >= 1 and lows[k - 1] in INDEFINITE_ARTICLES and lex.shared_roles.match(lows, k):
        return True  # "Pavel Hruby, a managing director at Corvel Bank": one of several
    if "LEADS" in role.types and _candidacy(lows, k):
        return True  # "is running for chair of X": a candidate, not the chair
    if "LEADS" in role.types and _sub_body_title(s, k):
        return True  # "committee chair Ada Vorn": she leads the committee, not the firm heard
    if " ".join(lows[k:e]) in STAFF_TITLES and not _public_body_named(s):
        return True  # "its director general, X" of a trade body: its staff head, no LEADS
    # "Norveth's head of manufacturing", "president of operations": a function
    return role.person_holder and _function_of(s, e)


# precroles22: titles of an association's or a union's staff head ("director general",
# "secretary general"): the body is led by its chair or president (conventions of blind19 and
# blind20); a public body's director general still leads it ("Director-General of NFRA", "the
# Food Standards Agency's director general")
STAFF_TITLES: Final[frozenset[str]] = frozenset(
    {"director general", "director - general", "director-general", "secretary general"}
    | {"secretary - general", "secretary-general", "general secretary"}
)
PUBLIC_KINDS: Final[frozenset[str]] = frozenset({"government"})
ACRONYM_LENGTH: Final = 5  # "NFRA", "WHCA": a public body named by its initials


def _public_body_named(s: Sentence) -> bool:
    """The sentence's organizations (or the one it is about) include a public body: by its
    name's words ("the Food Standards Agency") or by initials ("NFRA")."""
    ids = [i for q, w in enumerate(s.lows) if w == M for i in s.ment(q).ids]
    ids += [s.context.org] if s.context.org else []
    if any("-" not in i and len(i) <= ACRONYM_LENGTH for i in ids):
        return True
    words = {w for i in ids for w in i.split("-")}
    return any(PUBLIC_KINDS & s.lex.kinds.get(w, frozenset()) for w in words)


def _kin_of_holder(s: Sentence, k: int) -> bool:
    """The role at k is the object of a kinship noun's "of": "a grandson of the firm's
    founder", "the daughter of its chairman" (the relative holds no role by it)."""
    lows = s.lows
    b = k - 1
    if b >= 1 and lows[b] in POSSESSIVE_MARKS:
        b -= 1
    if b >= 1 and (lows[b] == M or lows[b] in OWN_DETS):
        b -= 1
    return b >= 1 and lows[b] == "of" and lows[b - 1] in s.lex.person_cues.kin


def _named_right_after(s: Sentence, e: int) -> bool:
    """A person named right after the role ending at e ("the son of Orvik's founder, Ada
    Vorn"): the role is hers, whoever the kin is."""
    q = e + (e < len(s.lows) and s.lows[e] == ",")
    return q < len(s.lows) and s.lows[q] == M and "Person" in s.etypes(q)


def _regional_title(s: Sentence, k: int) -> bool:
    """A place between a possessor and the title at k: "its Caribbean managing director",
    "Orvik's UK chief" heads a region's business, not the whole firm."""
    if k < 1:
        return False
    if s.lows[k - 1] in s.lex.region_adjectives:
        return True  # "its European managing director"
    if s.lows[k - 1] != M:
        return False
    ids = s.ment(k - 1).ids
    named = s.ment(k - 1).kind == "name" and len(ids) == 1
    if named and (ids[0] in s.lex.region_adjectives or s.lex.demonym(ids[0])):
        return True  # "its Andean managing director": an adjective read as a name
    if k < 2 or s.etypes(k - 1) != {"Location"}:
        return False
    return s.lows[k - 2] in POSSESSIVE_MARKS or (s.lows[k - 2] == M and s.is_det(k - 2))


# prectargets18: inquiry nouns that name a sub-body before a bare title ("committee chair X",
# "panel chairman Y"); not "commission" ("Commission president X" heads the named commission)
SUB_BODIES: Final[frozenset[str]] = INQUIRY_NOUNS - {"commission"}


def _sub_body_title(s: Sentence, k: int) -> bool:
    """The title at k is premodified by a sub-body noun ("committee chair Ada Vorn", "the
    panel's chair", a sentence-opening "Committee chair"): a committee's or panel's chair
    leads no firm or parent body around it."""
    b = k - 1
    if b >= 1 and s.lows[b] == "'s":
        b -= 1
    if b < 0:
        return False
    if s.lows[b] == M:
        return s.ment(b).kind == "name" and set(s.ment(b).ids) <= SUB_BODIES
    return s.lows[b] in SUB_BODIES


TIES = frozenset({"PARTNERS_WITH", "COMPETES_WITH"})
DESIGNATE = frozenset({"designate", "elect"})


def _designate_end(lows: list[str], e: int) -> int:
    """Past "designate" or "-elect" after a role ending at e ("CEO-elect of X": an announced
    appointment is the role)."""
    n = len(lows)
    if e < n and lows[e] in DESIGNATE:
        return e + 1
    if e + 1 < n and lows[e] == "-" and lows[e + 1] in DESIGNATE:
        return e + 2
    return e


def _ended_tie(s: Sentence, k: int, role: Role) -> bool:
    """A partner or rival role at k after "former", "onetime", "ex": no longer so."""
    if TIES.isdisjoint(role.types) or k < 1:
        return False
    lows = s.lows
    before = lows[k - 1]
    if before in SKIP_DETS and k >= 2 and lows[k - 2] in ONCE:
        return True  # "X, once a rival of Y", "formerly the main rival of Y"
    return before in s.lex.former_before or (before == "-" and k >= 2 and lows[k - 2] == "ex")


ONCE = frozenset({"once", "formerly"})


TIME_PREPS = frozenset({"in", "on", "from", "next", "this", "last", "until", "by", "since"})


def _time_after(lows: list[str], e: int) -> bool:
    """ "will become chief executive in May", "from 2026", "next year", "ever since": a time,
    not the role's organization."""
    if lows[e : e + 2] == ["ever", "since"]:
        return True  # "who has been chief executive ever since"
    if e + 1 >= len(lows) or lows[e] not in TIME_PREPS:
        return False
    w = lows[e + 1]
    return (w in DATE_WORDS and w not in TIME_PREPS and w != "at") or w[:4].isdigit()


CHAIN_ADVERBS = frozenset({"also", "now", "later", "currently"})


# kinds of adviser a person is ("its legal adviser, Tom Vell"); a "financial adviser" is
# nearly always a bank, which advises no one in the schema's sense
ADVICE_FIELDS = frozenset(
    {"legal", "strategy", "communications", "technical", "science", "medical", "security"}
)


def _candidacy(lows: list[str], k: int) -> bool:
    """The role at k is sought: "running for (the) chair", "a candidate for president",
    "stand for election as chair", "the race to become CEO"."""
    m = k - 1
    while m >= 0 and k - m <= 3 and lows[m] in ("the", "a", "an", "post", "job", "of", "role"):
        m -= 1
    if m < 1 or lows[m] not in ("for", "as", "become", "be"):
        return False
    before = lows[max(0, m - 3) : m]
    if lows[m] == "as":
        return "election" in before  # "stand for election as chair" (not "stood down as")
    return not WON.intersection(before) and any(w in CANDIDACY_WORDS for w in before)


WON = frozenset({"won", "wins", "win", "winning"})  # "won the race to become CEO"


POSSESSOR_REACH = 3  # modifiers between "'s" and the first role: "X's biggest rival"


def _own_complement(lows: list[str], k: int, g: int) -> bool:
    """ "X's biggest rival and owner of the Bolt label": a second role with its own "of"
    complement after a first role owned by a possessor; the possessor is the first role's
    only ("X's owner and chair" still shares it)."""
    owned = "'s" in lows[max(0, k - POSSESSOR_REACH - 1) : k]
    return owned and g < len(lows) and lows[g] == "of"


def _chained_role(lows: list[str], e: int, lex: Lexicon) -> int:
    """Where a second role joined to the one ending at e starts ("and CEO", ", and also CEO,"
    before "of"), else 0."""
    n = len(lows)
    f = e + (e < n and lows[e] == ",")
    if not (f + 1 < n and lows[f] == "and"):
        return 0
    g = f + 1
    while g < n and lows[g] in CHAIN_ADVERBS:
        g += 1
    if g >= n or lows[g] not in lex.roles:
        return 0
    if f > e or g > f + 1:
        # an aside ("co-founder, and also CEO, of"): only when the roles' object follows
        more = lex.roles.match(lows, g)
        h = g + more[0] if more else g
        h += h < n and lows[h] == ","
        if not (h < n and lows[h] in ("of", "at")):
            return 0
    return g


# words before a bare title that name another kind of body than a company: "Council leader X",
# "County leader Y", "Union leader Z" lead a council, a county, a union, never the firm in focus
BODY_QUALIFIERS = frozenset(
    {"council", "county", "borough", "parish", "city", "union", "party", "opposition"}
    | {"government", "state", "senate", "house", "majority", "minority", "mayoral"}
)


# kinds of body (`kinds` in coref.yaml) whose noun before a bare title makes it that body's:
# "union chairman", "regulator chairman", "league president" ("board chairman" is the firm's)
OTHER_BODY_KINDS: Final[frozenset[str]] = frozenset({"government", "union", "league", "alliance"})


def _other_body_title(s: Sentence, k: int) -> bool:
    """The bare title at k follows a noun of another kind of body: "union chairman Ivo Hale",
    "regulator chairman Ada Vorn"."""
    if k < 1:
        return False
    w = s.lows[k - 1]
    if w in BODY_QUALIFIERS:
        return True
    kinds = s.lex.kinds.get(w, frozenset())
    if CLUB_KINDS & kinds and w not in BOARD_NOUNS:
        # "club chairman X" in a story on a stadium landlord: the club's, unless the firm in
        # view is itself a club ("Harford United ... club chairman X")
        org = s.context.org or ""
        return not any(CLUB_KINDS & s.lex.kinds.get(p, frozenset()) for p in org.split("-"))
    return w not in BOARD_NOUNS and bool(kinds & OTHER_BODY_KINDS)


# precroles22: kinds of a sports body whose noun before a bare title makes it that body's
CLUB_KINDS: Final[frozenset[str]] = frozenset({"football"})


def context_emit(s: Sentence, holder: int, role: Role, hi: int) -> bool:
    """A bare role in a sentence that names no organization ("Chief executive Sarah Collins
    said ...", "Adaora Kell steps in as interim chief executive"): the organization the
    article was just about (`SentenceContext.org`), for leading and founding roles only."""
    org = s.context.org
    if not org and "LEADS" in role.types and not role.inverse:
        # "Saar is chief executive" after "founded by Anu Saar": the one firm she is tied to
        return _own_founding(s, holder, hi) or recorded_firm(s, holder, hi)
    if not org or not ({"LEADS", "FOUNDED"} & set(role.types)) or role.inverse:
        return False
    if _other_body_title(s, hi):
        return False  # "Council leader Dana Pike", "Guild chairman X": not the company's
    if "Person" not in s.etypes(holder) or s.blocked(_past_quotes(s.lows, holder), hi):
        return False
    if _body_after(s.lows, holder):
        return False  # '"...," said chairman Otto Wynn of the regulator': the regulator's
    return s.emit(
        s.ment(holder),
        role.types,
        Mention((org,), -1, -1, "context", 0.7),
        "role/context",
        0.6,
        every=role.all,
    )


def _body_after(lows: list[str], holder: int) -> bool:
    """A bare title's holder is followed by "of the" or "at the" and a noun: the title is an
    unnamed body's ("chairman Otto Wynn of the regulator", "Ada Vorn at the watchdog")."""
    q = holder + 1
    return (
        q + 2 < len(lows)
        and lows[q] in ("of", "at")
        and lows[q + 1] in OWN_DETS
        and lows[q + 2].isalpha()
    )


def _past_quotes(lows: list[str], holder: int) -> int:
    """Where a bare role's clause starts: past the last quotation closed before its holder
    (' "We will not raise prices," chief executive X said': the quote's negation is its own)."""
    return max((b + 1 for _, b in quote_spans(lows) if b < holder), default=0)


# how many words before a bare role's holder a founding verb may stand (`_own_founding`)
FOUNDING_REACH: Final = 14


def _own_founding(s: Sentence, holder: int, hi: int) -> bool:
    """ "X was founded in 2008 by Ivo Lutzer, who is chief executive", "Sallow was founded by
    Orla Benn and Piet Dorn; Benn is chief executive": a founder named in a founding clause
    just before a bare leading role (itself or again by surname) leads its one organization."""
    lows = s.lows
    lo = max(0, holder - FOUNDING_REACH)
    if s.lex.speaker_founding_verbs.isdisjoint(lows[lo:holder]) or s.blocked(holder, hi):
        return False
    own = s.ment(holder).ids
    named = [i for m in range(holder) if lows[m] == M for i in s.ment(m).ids]
    orgs = {i for i in named if s.type_of(i) == "Organization" and i not in own}
    people = {i for i in named + list(own) for h in own if i == h or i.endswith("-" + h)}
    people = {i for i in people if s.type_of(i) == "Person"}
    if len(orgs) != 1 or len(people) != 1:
        return False
    src = Mention(tuple(people), -1, -1, "context", 0.8)
    return s.emit(
        src, ("LEADS",), Mention(tuple(orgs), -1, -1, "context", 0.8), "role/context", 0.6
    )


def rival_context_emit(s: Sentence, holder: int, k: int) -> bool:
    """ "A spokesman for rival Dorn Group declined to comment", in an article just about Calla
    Foods: a rival of that organization (`SentenceContext.rival`), when the sentence names
    no other organization."""
    org = s.context.rival
    lows = s.lows
    holders = coord(s, holder, +1)
    if not org or any(org in s.ment(x).ids for x in holders) or s.blocked(k, holder):
        return False
    own = {i for x in holders for i in s.ment(x).ids}
    for x, w in enumerate(lows):
        if w == M and x not in holders and "Organization" in s.etypes(x):
            if s.ment(x).kind != "name" and own.issuperset(s.ment(x).ids):
                continue  # "rival Pennyway says it will open": "it" is the rival itself
            if s.ment(x).ids == (org,):
                continue  # "Rival X has complained that Orvane's prices ...": the same company
            if _offered_by(lows, x, k):
                continue  # "Crustino, a line from rival Dorn": Dorn's product, no third party
            return False  # "Vexa, like rival Dorn, cut prices": whose rival is unclear
    ctx = Mention((org,), -1, -1, "context", 0.7)
    return s.emit(s.merged(holders), ("COMPETES_WITH",), ctx, "role/context-rival", 0.6)


def _offered_by(lows: list[str], x: int, k: int) -> bool:
    """The name at x heads an appositive whose "from" or "by" governs the rival noun at k:
    "Crustino, a line from competitor Dorn", "Velo, a range made by rival Dorn"."""
    if not (x + 2 < k and lows[x + 1] == "," and lows[x + 2] in SKIP_DETS):
        return False
    return (
        k - x <= 7 and lows[k - 1] in ("from", "by") and all(w.isalpha() for w in lows[x + 3 : k])
    )


def _function_of(s: Sentence, e: int) -> bool:
    """ "of manufacturing", "of operations at X": the role heads a function, not a body; not
    "of German conglomerate Reinholt" (descriptors before a name)."""
    lows = s.lows
    n = len(lows)
    if not (e + 1 < n and lows[e] == "of" and lows[e + 1].isalpha() and lows[e + 1] not in DETS):
        return False
    return not any(lows[q] == M for q in range(e + 2, min(n, e + 5)) if lows[q - 1] != "at")


def role_emit(
    s: Sentence, holder: int, other: int, role: Role, lo: int, hi: int, fact: bool = False
) -> None:
    """Emit the role's relation between the holder and the other party, unless a cue between
    lo and hi blocks it (`fact`: a title set off beside its holder, which no negation, hedge
    or denial of the clause reaches: "X may yet appeal, though nothing is settled, according
    to its chief executive, P")."""
    if (not fact and s.blocked(lo, hi)) or agent_as_holder(s, holder, other):
        return  # "The bakery, a rival of B, is owned by O": O is no rival of B
    if "COMPETES_WITH" in role.types and _possessor(s.lows, other):
        return  # "a challenger to Menlo's Slimra": the product is the rival, not its maker
    if (
        _partner_role(role)
        and _partner_at(s.lows, holder, other, s.etypes(other))
        and not owned_partner_at(s, holder - 1, role)
    ):
        return  # "Clara Hume, a partner at law firm X": a person's job title, no partnership
    if _verb_between(s, holder, other):
        return  # "Colin Barr mentors Ravi Rana": a verb between two people, no title
    if via_possessor(s, other) and set(role.types) == {"OWNS"} and own_vehicle(s, other, holder):
        return  # "controls X through its holding company V": the holder's vehicle
    if set(role.types) <= {"OWNS", "FUNDS"} and owns_a_fund(s.lows, other):
        return  # "an investor in Corriden's 2016 fund": the fund's, not the manager's
    h, o = s.ment(holder), s.ment(other)
    if o.kind != "name" and o.shares(h) and set(role.types) <= {"OWNS", "FUNDS"}:
        # "Birchley is its biggest shareholder": "its" is the company in question, not Birchley
        if not s.context.stake_topic or s.context.stake_topic in h.ids:
            return
        o = Mention((s.context.stake_topic,), o.i, o.j, "context", 0.8)
    src, tgt = (o, h) if role.inverse else (h, o)
    s.emit(src, role.types, tgt, "role/role-noun", 0.9, every=role.all)


def _verb_between(s: Sentence, holder: int, other: int) -> bool:
    """ "Colin Barr mentors Ravi Rana": a person, then a role word that is also a verb trigger's
    third-person form, then a person: the verb (read by the verb rules), not a title."""
    if holder != other + 2:
        return False
    w = s.lows[other + 1]
    if not w.endswith("s") or "Person" not in s.etypes(other):
        return False
    bucket = s.lex.triggers.bucket(w)
    return any(t.family == "verb" for phrase, trigs in bucket if phrase == (w,) for t in trigs)


def _partner_at(lows: list[str], holder: int, other: int, other_types: frozenset[str]) -> bool:
    """ "partner at" between the holder and the firm: a job title ("a partner at law firm X",
    "partners at Sequoia"); "partner in" a project ("A and B, partners in the Tidewater wind
    farm": the farm is no partner); firms are partners "of" or "to" each other."""
    lo, hi = sorted((holder, other))
    preps = ("at",) if "Organization" in other_types else ("at", "in")
    return any(lows[i] in ("partner", "partners") and lows[i + 1] in preps for i in range(lo, hi))


def _possessor(lows: list[str], x: int) -> bool:
    """The name at x owns the name right after it ("Menlo's Slimra")."""
    return x + 2 < len(lows) and lows[x + 1] in POSSESSIVE_MARKS and lows[x + 2] == M


def appointed(s: Sentence, k: int, e: int, role: Role) -> bool:
    """ "retained Nora Blaine, a consultant, as an adviser"; "take over as CEO of X";
    "X named Laura Novak chief executive"."""
    found = _appointee(s, k, role)
    if found is None:
        return False
    x, owner, anchor = found
    lows = s.lows
    n = len(lows)
    other = owner
    if e < n and lows[e] in ROLE_PREPS and prep_fits(role, lows[e]):
        after = right(s, e + 1, 1)
        if after >= 0 and _partner_role(role) and s.etypes(after) == {"Location"}:
            after = -1  # "named X as its partner in Scotland": the partner's market
        other = after if after >= 0 or owner < 0 else owner  # "... chief executive in May"
    if role.person_holder and "Person" not in s.etypes(x):
        _joined_as(s, k, e, role, x, other)
        return True
    successor = _successor_of(s, x)
    if other >= 0:
        lo = x + 1
        if other == owner and s.is_det(owner):  # "X has not named Y as its partner"
            subj = _appointer(s, anchor)
            lo = subj[0] + 1 if subj and subj[0] < x else max(0, x - 4)
            if subj and subj[0] < x and "LEADS" in role.types:
                first = min(p for p in subj if p < x)
                other = _bought_in_clause(s, first, x, other)  # "bought Y and installed"
        role_emit(s, x, other, role, lo, other)
        if successor >= 0:
            # "Sarah Quinn succeeded James Ward as chief executive of X": the successor too
            role_emit(s, successor, other, role, successor + 1, x)
        return True
    holders = [x] if successor < 0 else [successor, x]
    if successor < 0 and lows[e - 1].endswith("s") and lows[e - 1] != "'s":
        holders = coord(s, x, -1)  # "hired Tom Ash and Lee Marr as advisers": each of them
    anchor = anchor if successor < 0 else successor
    subj = _appointer(s, anchor)
    if _backed_firm(s, x):
        return True  # "the fund backed Nori as owner": Nori owns something else, not the fund
    for h in holders:
        if subj and subj[0] < anchor:
            if not _denied_within(s, subj[0] + 1, h):  # not "X denied that P would succeed"
                led = subj[0]
                if "LEADS" in role.types:
                    led = _bought_in_clause(s, subj[0], h, led)  # "bought X and installed P as"
                role_emit(s, h, led, role, subj[0] + 1, k)
        elif (reporter := _closing_reporter(s, e)) >= 0:
            role_emit(s, h, reporter, role, 0, reporter)  # "P will take over as CEO, X said."
        elif _body_appointer(s, h):
            continue  # "The regulator appointed Ann Lee as chair": the regulator's
        elif not (e < n and lows[e] in ROLE_PREPS) or _time_after(lows, e):
            # "Adaora Kell steps in as interim chief executive", "took over as chair in 2020"
            context_emit(s, h, role, k)
    return True


def _bought_in_clause(s: Sentence, subj: int, x: int, other: int) -> int:
    """The organization the appointer at `subj` bought before installing the person at x
    ("Belvar bought Marrow Stores in 2019 and installed Rita Holm as its boss": Marrow
    Stores, not the buyer), else `other`."""
    lows = s.lows
    bought = holding_words(s.lex).bought_forms
    for c in range(subj + 1, x - 1):
        if lows[c] in (",", "which", "who"):
            return other  # "X, which bought Y, named P chair": X's
        if lows[c] not in bought:
            continue
        o = c + 1 + (lows[c + 1] == "the")
        if o < x and lows[o] == M and s.etypes(o) == {"Organization"}:
            if not s.ment(o).shares(s.ment(subj)):
                return o
    return other


def _body_appointer(s: Sentence, x: int) -> bool:
    """The person at x is appointed by a public body named by a noun ("The regulator
    appointed Ann Lee as", "the ministry has named Ann Lee"), not by the firm or its board."""
    lows = s.lows
    v = x - 1
    if v < 1 or lows[v] not in s.lex.appointment_verbs:
        return False
    b = v - 1
    while b >= 1 and lows[b] in ("has", "have", "had", "was", "will", "would"):
        b -= 1
    w = lows[b]
    return w not in BOARD_NOUNS and (w in s.lex.appointing_bodies or w in s.lex.strict_kinds)


def _backed_firm(s: Sentence, x: int) -> bool:
    """The firm at x is the object of a verb of backing or funding ("backed Nori as owner",
    "supported Kelso as buyer"): the role is one it takes elsewhere, not in its backer."""
    if x < 1 or "Person" in s.etypes(x):
        return False
    w = s.lows[x - 1]
    bucket = s.lex.triggers.bucket(w)
    return any(
        t.family == "verb" and {"BACKS", "FUNDS"} & set(t.types)
        for phrase, trigs in bucket
        if phrase == (w,)
        for t in trigs
    )


def _appointer(s: Sentence, anchor: int) -> list[int]:
    """The subject candidates of the clause that appoints the person at `anchor`, past a
    relative clause ("X, which bought Y last year, named P chair": X, not Y) and past the
    company of a title folded into the appointee ("hired former Y boss P as its CEO": not Y)."""
    lows = s.lows
    subj = subjects(s, anchor, True, near=4)
    while subj and (_title_company(s, subj[0], anchor) or _conjunct(s, subj[0], anchor)):
        subj = subj[1:]  # "former Dunmere Dairies boss Nina Shah", "hired A and B as"
    if not subj:
        return subj
    c = subj[0] + 1
    while c < anchor and lows[c] != "," and (lows[c].isalpha() or lows[c].isdigit()):
        c += 1
    if c < anchor and lows[c] == ",":
        ante = _relative_antecedent(s, c)
        return [ante] if ante >= 0 else subj
    return subj


def _conjunct(s: Sentence, m: int, x: int) -> bool:
    """The name at m is coordinated with the one at x ("hired Tom Ash and Lee Marr")."""
    return m < x and all(w in ("and", ",") for w in s.lows[m + 1 : x])


def _title_company(s: Sentence, m: int, x: int) -> bool:
    """The name at m is the company of a title right before the person at x ("Dunmere
    Dairies boss Nina Shah")."""
    hit = s.lex.roles.match(s.lows, m + 1) if m + 1 < x else None
    return hit is not None and m + 1 + hit[0] == x


def _denied_within(s: Sentence, lo: int, hi: int) -> bool:
    """A denial verb between lo and hi ("denied that")."""
    lows, denials = s.lows, s.lex.denials
    return any(lows[m] in denials and denials.match(lows, m) for m in range(lo, hi))


def _successor_of(s: Sentence, x: int) -> int:
    """The person who succeeds the one at x: "Sarah Quinn will succeed James Ward as", else
    -1."""
    v = _past_title(s, x) - 1
    if v < 1 or s.lows[v] not in SUCCEEDED:
        return -1
    subj = subjects(s, v, True, near=4)
    return subj[0] if subj and subj[0] < v and "Person" in s.etypes(subj[0]) else -1


def _past_title(s: Sentence, x: int) -> int:
    """Where a title before the person at x starts ("succeeded (the) co-founder Jon Berle"),
    else x."""
    lows = s.lows
    for t in range(x - 1, max(0, x - 3) - 1, -1):
        hit = s.lex.roles.match(lows, t) if lows[t] in s.lex.roles else None
        if hit and t + hit[0] == x:
            return t - (t >= 1 and lows[t - 1] == "the")
    return x


def _closing_reporter(s: Sentence, e: int) -> int:
    """The organization that reports a sentence at its end, after the role ending at e:
    "..., Tarlen Mining said.", "..., said Tarlen Mining."; else -1 (another name between)."""
    lows = s.lows
    n = len(lows) - (bool(lows) and lows[-1] in PUNCT_STOP)
    if n < 3 or e >= n:
        return -1
    if lows[n - 1] in REPORTING and lows[n - 2] == M and lows[n - 3] == ",":
        org = n - 2
    elif lows[n - 1] == M and lows[n - 2] in REPORTING and lows[n - 3] == ",":
        org = n - 1
    else:
        return -1
    if s.etypes(org) != {"Organization"} or s.is_det(org) or s.ment(org).kind == "pronoun":
        return -1
    return -1 if any(lows[m] == M for m in range(e, n - 3)) else org


def _appointee(s: Sentence, k: int, role: Role) -> tuple[int, int, int] | None:
    """Who is appointed to the role noun at k, the organization named with the role ("as
    Halden Bank's chief executive"; else -1) and where the appointing clause's subject is
    looked for: "X named Laura Novak chief executive", "Laura Novak, who stepped down as CEO";
    None when the role is no appointment."""
    lows = s.lows
    a = _partner_modifiers(s, k) if _partner_role(role) else k - 1
    owner = -1
    qualifiers = ADVISER_QUALIFIERS if "ADVISES" in role.types else frozenset()
    while (
        a >= 0
        and k - a <= 3
        and lows[a] != "as"
        and (lows[a] in DETS or s.is_det(a) or lows[a] in qualifiers)
    ):
        if s.is_det(a) and s.etypes(a) == {"Organization"}:
            owner = a  # "hired P as its chief executive": "its" is the owner
        a -= 1
    if a >= 2 and lows[a] == "'s" and lows[a - 1] == M and lows[a - 2] == "as":
        owner, a = a - 1, a - 2  # "is stepping down as Halden Bank's chief executive"
    elif a >= 1 and lows[a] == M and lows[a - 1] == "as" and "Organization" in s.etypes(a):
        owner, a = a, a - 1  # "takes over as Halden Bank chief executive"
    anchor = -1
    if (verb_object := _verb_appointee(s, a)) >= 0:
        x, anchor = verb_object, _first_appointee(s, a)
        owned = any(s.is_det(d) for d in range(x + 1, k))
        if "Person" not in s.etypes(x) and not (_partner_role(role) and owned):
            return None  # (an organization is named a partner: "named Tolland its partner")
    elif a < 0 or lows[a] != "as" or lows[max(0, a - 2) : a] == ["as", "well"]:
        return None  # (not "sued X as well as its parent": a list, no appointment)
    elif _denied_post(s.lows, a):
        return None  # "Lena Hart was passed over as chief executive": no post
    else:
        x = before_appositive(s, a)
        if x < 0 or "Person" not in s.etypes(x):
            aside = _aside_holder(s, a)  # "retained Ivo Marsh, formerly of Agrinova, as"
            x = aside if aside >= 0 else x
        if x < 0:
            x = _put_in(s, a)  # "put in Zofia Kandt, a former rail manager, as chief executive"
        if x < 0:
            x = _aged_subject(s, a)  # "said Ann Lee, 54, would step down as chief executive"
        if x < 0 or (role.person_holder and "Person" not in s.etypes(x)):
            y, org = _described_who(s, a)  # "A, the X founder who stepped down as CEO"
            if y >= 0:
                x, owner = y, org
    return (x, owner, anchor if anchor >= 0 else x) if x >= 0 else None


PUTTING_IN: Final[frozenset[str]] = frozenset(read_data("unnamed_roles.yaml")["putting_in_verbs"])
# "as an independent adviser", "as special adviser": qualifiers of an appointed adviser
ADVISER_QUALIFIERS: Final[frozenset[str]] = frozenset(
    read_data("advice.yaml")["adviser_qualifiers"]
)
APPOSITIVE_REACH: Final = 8  # words of an appositive between a holder and "as"


DENIED_POST: Final[tuple[tuple[str, ...], ...]] = tuple(
    tuple(str(v).split()) for v in read_data("unnamed_roles.yaml")["denied_post_verbs"]
)


def _denied_post(lows: list[str], a: int) -> bool:
    """A verb denying the post ends right before the "as" at a: "was passed over as", "was
    overlooked as"."""
    for words in DENIED_POST:
        b = a - len(words)
        if b >= 0 and tuple(lows[b:a]) == words:
            return True
    return False


def _put_in(s: Sentence, a: int) -> int:
    """The person "put in" (brought in) before the "as" at a, past an appositive: "put in
    Zofia Kandt, a former rail manager, as chief executive"; else -1."""
    lows = s.lows
    m = a - 1
    if m >= 0 and lows[m] == ",":
        m = next((c for c in range(m - 1, max(0, m - APPOSITIVE_REACH), -1) if lows[c] == ","), 0)
        m -= 1
    if m < 2 or lows[m] != M or "Person" not in s.etypes(m) or lows[m - 1] != "in":
        return -1
    return m if lows[m - 2] in PUTTING_IN else -1


def _verb_appointee(s: Sentence, a: int) -> int:
    """The object of an appointment verb before a role whose determiners end at a: "named
    Laura Novak [interim chief executive]", "promoted Ola Brandt, its head of sales, to",
    "named Hana Sato chair and Leo Marsh [chief executive]"; else -1."""
    lows = s.lows
    if a >= 1 and lows[a] == M and lows[a - 1] in s.lex.appointment_verbs:
        return a
    if a >= 2 and lows[a] == M and _past_honorific(s, a - 1) == a:
        # "named Dr Ana Moll chief executive": the honorific is no part of the name
        return a if lows[a - 2] in s.lex.appointment_verbs else -1
    if a >= 2 and lows[a] == "to":
        x = a - 1 if lows[a - 1] == M else _aside_person(s, a - 1)
        return x if x >= 1 and lows[x - 1] in PROMOTION_VERBS else -1
    return a if _first_appointee(s, a) >= 0 else -1


def _first_appointee(s: Sentence, a: int) -> int:
    """The first appointee of "named Hana Sato chair and Leo Marsh" when a is the second
    one's name, else -1."""
    lows = s.lows
    if a < 4 or lows[a] != M or lows[a - 1] != "and" or "Person" not in s.etypes(a):
        return -1
    for b in range(a - 2, max(0, a - 7), -1):
        if lows[b] == M and s.is_det(b):
            continue  # "named Hana Sato its chair and Leo Marsh"
        if lows[b] == M:
            verb = lows[b - 1] in s.lex.appointment_verbs
            return b if verb and not s.is_det(b) and "Person" in s.etypes(b) else -1
        if not lows[b].isalpha():
            return -1
    return -1


def _partner_role(role: Role) -> bool:
    return set(role.types) == {"PARTNERS_WITH"}


def _partner_modifiers(s: Sentence, k: int) -> int:
    """Where the determiners before a partner noun at k end, past up to two modifiers after a
    possessive: "as its distribution partner", "its preferred technology partner"."""
    lows = s.lows
    a = k - 1
    while a >= 0 and k - a <= 2 and lows[a].replace("-", "").isalpha() and lows[a] not in DETS:
        a -= 1
    return a if a >= 0 and a < k - 1 and s.is_det(a) else k - 1


# words opening an aside between a person and "as": ", formerly of X,", ", who ran X until 2020,"
ASIDE_OPENERS = frozenset(
    {"formerly", "previously", "once", "latterly", "who", "whose", "until", "late"}
    | {"currently", "now", "most", "recently", "also"}
)


def _aside_holder(s: Sentence, a: int) -> int:
    """The person before an aside that ends just before "as" at a: "hired Ivo Marsh, formerly
    of Agrinova, as a consultant", "Oskar Lind, who ran Brisk Energy until 2020, as"; else -1."""
    return _aside_person(s, a - 1) if a >= 4 else -1


def _aside_person(s: Sentence, c: int) -> int:
    """The person before an aside closed by the comma at c: ", formerly of Agrinova,", ", who
    ran Brisk Energy until 2020,", "Sam Kerr, 52, a former Hallam player," (an age, then an
    appositive); else -1."""
    lows = s.lows
    if c < 3 or lows[c] != ",":
        return -1
    for b in range(c - 1, max(0, c - 15), -1):
        if lows[b] in (".", ";", ":", "as"):
            return -1
        if lows[b] != ",":
            continue
        opener = lows[b + 1] in ASIDE_OPENERS or lows[b + 1] in APPOSITIVE_DETS
        if not opener and not s.is_det(b + 1):  # (", its head of sales,")
            return -1
        h = b - 1
        if h >= 2 and AGE.fullmatch(lows[h]) and lows[h - 1] == ",":
            h -= 2  # "Sam Kerr, 52, a former player,"
        if lows[h] != M or s.is_det(h):
            return -1
        return h if "Person" in s.etypes(h) else -1
    return -1


def _apposed_subject(s: Sentence, c: int) -> int:
    """The person named in an appositive that the comma at c closes, after a sentence-opening
    noun phrase with no name but a possessive pronoun ("Her cousin, X,", "Its founder's son,
    X,"); else -1."""
    lows = s.lows
    if c < 3 or lows[c] != "," or lows[c - 1] != M or lows[c - 2] != ",":
        return -1
    if "Person" not in s.etypes(c - 1):
        return -1
    opening = lows[: c - 2]
    if len(opening) > 4 or "," in opening or any(w in PUNCT_STOP for w in opening):
        return -1
    names = [x for x in range(c - 2) if lows[x] == M]
    return c - 1 if all(s.ment(x).kind == "pronoun" for x in names) else -1


def _joined_as(s: Sentence, k: int, e: int, role: Role, x: int, other: int) -> None:
    """ "James Ward joined Brava Labs as a senior adviser", "returned to Brava Labs as chief
    executive": the organization at x is the other party, the clause subject the holder."""
    lows = s.lows
    if x < 1 or lows[x - 1] not in JOIN_WORDS:
        return
    if other < 0 and e < len(lows) and lows[e] in ROLE_PREPS and not _time_after(lows, e):
        return  # "joined Brava as head of research": a function, not the company
    subj = subjects(s, x, True, near=6)
    if subj and subj[0] < x and "Person" in s.etypes(subj[0]):
        role_emit(s, subj[0], other if other >= 0 else x, role, subj[0] + 1, k)


# verbs of succession: "A succeeded B as chief executive of X" (both led X)
SUCCEEDED: frozenset[str] = frozenset(
    {"succeeded", "succeeds", "succeed", "succeeding", "replaced", "replaces", "replacing"}
    | {"replace"}
)

# words before an organization that make the subject its new member: "joined X as CEO"
JOIN_WORDS = frozenset({"joined", "joins", "join", "joining", "rejoined", "rejoins", "rejoin"})

# Advice is given to someone: "an adviser to Brava Labs"; "a consultant at Brava Labs" or "of"
# is employment or affiliation, no ADVISES (the annotation conventions).
ADVICE_PREPS = frozenset({"to", "for"})


def prep_fits(role: Role, prep: str) -> bool:
    """Whether "ROLE PREP X" gives the role's relation to X."""
    return prep in ADVICE_PREPS or set(role.types) != {"ADVISES"}


@dataclass
class RoleSite:
    """A role noun at [k, e) and the names around it: `o` the other party before it ("Tesla
    CEO", "Microsoft's CEO", "its CEO"), `h` the holder right after it, at `r`."""

    k: int
    e: int
    role: Role
    o: int = -1
    possessive: bool = False
    h: int = -1
    r: int = -1
    fold: int = -1  # where a fold into the holder starts when not at `o`


def role_at(s: Sentence, k: int, e: int, role: Role) -> None:
    """Apply the role rules in order; the first that reads the role noun ends it."""
    # "where she served as president" first: not an appointment "as" the role
    if where_role(s, k, role) or appointed(s, k, e, role) or whose_role(s, k, e, role):
        return
    site = _site(s, k, e, role)
    # one `or` chain, not a loop over a tuple of the functions: native calls, no generic ones
    if (
        inverse_after_name(s, site)
        or person_possessed_title(s, site)
        or holder_after(s, site)
        or coordinated_holder(s, site)
        or new_role_named(s, site)
        or holder_after_unowned(s, site)
        or fronted_title(s, site)
        or body_possessed_title(s, site)
        or unresolved_possessed_title(s, site)
        or holder_before_reported(s, site)
        or holder_before_possessor(s, site)
    ):
        return
    role_of(s, site)


def whose_role(s: Sentence, k: int, e: int, role: Role) -> bool:
    """ "Altamira, whose president is Claire Dubois", "Veltra, whose chief executive Martin
    Greaves took over", "Orlen, a tile maker in Kent whose chairman, Ada Vorn, said"."""
    lows = s.lows
    n = len(lows)
    w = k - 1
    while w >= 0 and k - w <= 2 and lows[w] != "whose" and lows[w].isalpha():
        w -= 1  # "whose largest shareholder"
    if w >= 2 and lows[w] == "whose" and lows[w - 1] == "and":
        owner = _relative_antecedent(s, w - 1)  # "X, which invested ... and whose founder"
        if owner < 0:
            return False
    elif w >= 2 and lows[w] == "whose" and lows[w - 1] == "," and lows[w - 2] == M:
        owner = _placed_owner(s, w - 2)
    elif w >= 2 and lows[w] == "whose":
        owner = described_antecedent(s, w)  # "X, a Kent valve maker whose chairman"
        if owner < 0 or "Organization" not in s.etypes(owner):
            return False
        if any(s.person_head(x) for x in lows[owner + 2 : w]):
            return False  # "Ida Holm, a farmer whose ...": a person's description
    else:
        return False
    # "whose president is X", "whose managing partner, X, declined", "whose backers include X"
    h = e + 1 if e < n and lows[e] in ("is", "was", ",", "are", "include", "includes") else e
    if h < n and lows[h] in SKIP_DETS:
        h += 1
    if h + 1 < n and "-" in lows[h] and lows[h + 1] == M:
        h += 1  # "is the state-owned Guangyu Holdings"
    if h < n and lows[h] == M:
        plural = lows[e - 1].endswith("s") and lows[e - 1] != "'s"
        # "rejected by X, whose chairman, P, said": the set-off title is no act of the clause
        fact = lows[e] == "," and role.person_holder and h + 1 < n and lows[h + 1] == ","
        for x in coord(s, h, +1) if plural else [h]:  # "whose brands include A and B"
            role_emit(s, x, owner, role, owner, x, fact and "LEADS" in role.types)
        return True
    return False


PLACING_PREPS: Final[frozenset[str]] = frozenset({"in", "near", "outside"})
DESCRIPTION_WORDS = 6  # words of a description before its place: "a cargo-bike maker based"


def _placed_owner(s: Sentence, b: int) -> int:
    """The name a description ending in a place at b describes: "Spokewyn, a cargo-bike maker
    based in Ambleside, whose founder ..." (Spokewyn), or the name right before "in <place>";
    else b."""
    lows = s.lows
    if _firm_of_place(s, b):
        return b - 2  # "Conserverie Abadoux of Plouvenec, whose chairman": the firm's
    if past_placed(s, b, PLACING_PREPS) < 0:
        return b
    if b >= 2 and lows[b - 2] == M and not s.is_det(b - 2) and "Location" not in s.etypes(b - 2):
        return b - 2  # "Harlow Pumps in Derby, whose founder"
    d = b - 2
    while d >= 2 and b - d <= DESCRIPTION_WORDS and lows[d] not in APPOSITIVE_DETS:
        if not lows[d].replace("-", "").isalpha():
            return b
        d -= 1
    if d >= 2 and lows[d] in APPOSITIVE_DETS and lows[d - 1] == "," and lows[d - 2] == M:
        return d - 2 if not s.is_det(d - 2) and "Location" not in s.etypes(d - 2) else b
    return b


def _firm_of_place(s: Sentence, b: int) -> bool:
    """The name at b follows "<Firm> of": "Brasserie Vogtlin of Wissenbourg" (a firm's town,
    whatever the town's type)."""
    lows = s.lows
    if b < 2 or lows[b - 1] != "of" or lows[b - 2] != M or s.is_det(b - 2):
        return False
    firm = s.ment(b - 2)
    if firm.kind != "name" or s.etypes(b - 2) != {"Organization"}:
        return False
    return "Person" not in s.etypes(b) and s.ment(b).kind == "name"


def _relative_antecedent(s: Sentence, a: int) -> int:
    """The name before ", which" or ", who" opening the relative clause that the "and" at a
    continues ("Tarn Capital, which invested in 2021 and whose founder ..."); else -1."""
    lows = s.lows
    for b in range(a - 1, max(1, a - 16), -1):
        if lows[b] in PUNCT_STOP:
            return -1
        if lows[b] in ("which", "who") and lows[b - 1] == "," and b >= 2 and lows[b - 2] == M:
            return b - 2 if "Location" not in s.etypes(b - 2) else -1
    return -1


def where_role(s: Sentence, k: int, role: Role) -> bool:
    """ "Kestrel Motors, where Laura Novak is chief executive", "She joins from Kaito Lines,
    where she served as president" (a former post counts)."""
    lows = s.lows
    b = k - 1
    while b >= 0 and k - b <= 2 and lows[b] in DETS and lows[b] not in ("as",):
        b -= 1
    if b >= 5 and lows[b] == "as" and lows[b - 1] in SERVED_AS:
        b -= 1
    elif b < 4 or lows[b] not in ("is", "was", "became", "remains"):
        return False
    h = b - 1
    if not (lows[h] == M and lows[h - 1] == "where" and lows[h - 2] == "," and lows[h - 3] == M):
        return False
    role_emit(s, h, h - 3, role, h - 3, k)
    return True


# "where she served as president", "where he worked as chief executive"
SERVED_AS: frozenset[str] = frozenset({"served", "serves", "worked", "works", "acted", "acts"})
LINK_VERBS = frozenset({"is", "was", "are", "were"})
LINK_ADVERBS: Final = frozenset({"today", "now", "currently"})


def _site(s: Sentence, k: int, e: int, role: Role) -> RoleSite:
    """The names around the role noun at [k, e) (see `RoleSite`)."""
    lows = s.lows
    site = RoleSite(k, e, role)
    _site_owner(s, site)
    if site.o < 0 and k >= 1 and lows[k - 1] == "the" and _role_of_is(s, e) > 0:
        site.o, site.r = e + 1, _role_of_is(s, e)  # "The chief executive of X is Y"
        site.h = site.r
        return site
    r = _holder_position(s, e, role, site.o >= 0)
    site.r = r
    if r < len(lows) and lows[r] == M:
        site.h = r
    return site


def _site_owner(s: Sentence, site: RoleSite) -> None:
    """The other party before the role noun: O ['s] [up to 2 modifiers] ROLE ("Tesla CEO",
    "Microsoft's CEO", "its third-largest shareholder")."""
    lows = s.lows
    m = site.k - 1
    mods = 0
    while (
        m >= 0
        and lows[m] != M
        and mods < 3
        and lows[m].replace("-", "").isalpha()  # "its third-largest shareholder"
        and lows[m] not in ("and", "of", "by", "for", "is", "was", "as", "a", "an", "the")
        and not (lows[m] in ("with", "against") and "COMPETES_WITH" in site.role.types)
    ) or (mods < 3 and _place_modifier(s, m)):
        m -= 1
        mods += 1
    site.possessive = m >= 0 and lows[m] == "'s"
    if site.possessive:
        m -= 1
    if m >= 0 and lows[m] == M and (site.possessive or mods == 0 or s.is_det(m)):
        site.o = m
        if s.is_det(m) and "OWNS" in site.role.types and m >= 2 and lows[m - 1] == "from":
            sold = _sold_before(s, m - 2)
            if sold >= 0:
                site.o, site.fold = sold, m  # "buy Pike Foods from its owner, Glade": its = Pike
            elif _buyer_named(s, m):
                site.o = -1  # "X bought the chain from its owner, Glade": its = the chain, not X
        elif (
            "FOUNDED" in site.role.types and s.is_det(m) and (bought := bought_from_its(s, m)) >= 0
        ):
            # a founder of what was bought (a year may stand before "from"): the bought firm's
            # ("from its chairman" stays
            # the buyer's: a deal with its own chairman, `test_genre_precits19`)
            site.o, site.fold = bought, m


def _buyer_named(s: Sentence, m: int) -> bool:
    """The pronoun at m (after "from") names an organization already named earlier in the
    sentence, and a bare noun stands before "from": "X bought the chain from its owner" (its is
    the chain, which the pronoun cannot reach)."""
    lows = s.lows
    if not lows[m - 2].isalpha():
        return False
    a = m - 2
    while a > 0 and m - a <= 6 and lows[a] not in SKIP_DETS:
        a -= 1  # the bought thing's phrase: "the Harbeck chain" keeps its = Harbeck
    if a < 1 or lows[a - 1] not in holding_words(s.lex).bought_forms:
        return False  # "faces a revolt from its largest shareholder": no purchase
    ids = set(s.ment(m).ids)
    inside = any(lows[c] == M and ids & set(s.ment(c).ids) for c in range(a, m - 1))
    return not inside and any(lows[c] == M and ids & set(s.ment(c).ids) for c in range(a))


def _sold_before(s: Sentence, c: int) -> int:
    """The named thing a seller's "from its owner" follows, ending at c: "Pike Foods", or
    "Pike Foods, a bakery," (an appositive between); else -1."""
    lows = s.lows
    if c >= 1 and lows[c] == ",":
        a = next((x for x in range(c - 1, max(0, c - 8), -1) if lows[x] == ","), -1)
        if a < 1 or lows[a + 1] not in SKIP_DETS or any(w == M for w in lows[a:c]):
            return -1
        c = a - 1  # "Pike Foods, a bakery, from its owner"
    return c if c >= 0 and lows[c] == M and not s.is_det(c) else -1


def _place_modifier(s: Sentence, m: int) -> bool:
    """A place named between a possessor and its role noun: "Orrin's UK arm", "its US unit"."""
    lows = s.lows
    if m < 1 or lows[m] != M or s.etypes(m) != {"Location"}:
        return False
    return lows[m - 1] in POSSESSIVE_MARKS or s.is_det(m - 1)


def _rival_head(s: Sentence, r: int) -> bool:
    """A descriptor or a contestant noun after "rival": "rival lender", "rival bidder"."""
    return s.lows[r] in s.lex.heads or s.lows[r] in rival_words(s.lex).contest_heads


def _holder_position(s: Sentence, e: int, role: Role, owned: bool) -> int:
    """Where the holder of the role noun ending at e may stand: ROLE [,] H; "Its chief
    executive is Yasmin Farouk"; "Delphine's largest shareholder, the investment firm
    Harrowgate Partners" (`owned`: the role has its other party before it)."""
    lows = s.lows
    n = len(lows)
    r = e
    if "COMPETES_WITH" in role.types and r + 2 < n and _place_adjective(s, r):
        r += lows[r + 2] == M and lows[r + 1] in s.lex.heads  # "rival Danish maker Kvist"
    if "COMPETES_WITH" in role.types and r + 1 < n and lows[r + 1] == M and _rival_head(s, r):
        r += 1  # "merge with rival lender Tessel Bank", "Skyra's rival carrier Ostrel Air"
    if r + 1 < n and lows[r] in ROLE_HEAD_NOUNS and lows[r + 1] == "," and owned:
        r += 1  # "with its partner company, the utility X"
    if owned:
        r = _past_role_phrase(s, r, role)  # "Brisa's partner in the project, utility X"
    if owned and owned_partner_at(s, r, role):
        return r + 1  # "Quillex's partners at Orvik Labs", '"Our partners at Orvik ..."'
    r = _past_honorific(s, r)
    if r < n and lows[r] == ",":
        return _holder_after_comma(s, e, r + 1, owned, "COMPETES_WITH" in role.types)
    if owned and r + 2 < n and lows[r] in ("will", "would") and lows[r + 1] == "be":
        r += 1  # "Halden Bank's next chief executive will be Sarah Quinn"
        t = r + 1
        if lows[t] == M:
            r = t
    elif owned and r + 1 < n and lows[r + (lows[r] in LINK_ADVERBS)] in LINK_VERBS:
        r += lows[r] in LINK_ADVERBS  # "Its main rival today is X"
        t = r + 1
        while t < n and t - r <= 3 and (lows[t] in s.lex.titles or lows[t] == "."):
            t += 1  # "The bank's chair is Dame Orla Penhallow", "is Dr. Ines Moll"
        t = _past_kin(s, t)
        if t < n and lows[t] in SKIP_DETS and "COMPETES_WITH" in role.types:
            t = _described_name(s, t, True)  # "its main rival is the Danish maker Kvist"
        if t < n and lows[t] == M:
            r = t
    return r


def _past_honorific(s: Sentence, r: int) -> int:
    """ "chair Sir Ian Pell", "chief executive Dr Ana Moll": the person's name past an honorific
    at r, else r."""
    lows = s.lows
    if r + 1 < len(lows) and lows[r] in s.lex.titles and lows[r] not in s.lex.roles:
        return r + 1 if lows[r + 1] == M and "Person" in s.etypes(r + 1) else r
    return r


def _past_kin(s: Sentence, t: int) -> int:
    """ "Its boss is his granddaughter, Nella Orr": the position past a kinship possessive
    ("his granddaughter,"; the holder is the name, never the kin's possessor), else t."""
    lows = s.lows
    q = t + 2 + (t + 2 < len(lows) and lows[t + 2] == ",")
    if q >= len(lows):
        return t
    word = pronoun_word(s, t) if lows[t] == M else lows[t]  # "his" resolved, or a bare word
    if word in KIN_POSSESSORS and lows[t + 1] in s.lex.person_cues.kin:
        return q if lows[q] == M and "Person" in s.etypes(q) else t
    return t


def _holder_after_comma(s: Sentence, e: int, r: int, owned: bool, firm: bool = False) -> int:
    """The holder's position after the comma before r: "Skyra's competitors, among them A",
    "The bank's chief executive, Dr. Ines Moll", "its partner, the Bremen investment firm X"
    (`firm`: the holder is a firm, whatever noun describes it: `_described_name`)."""
    lows = s.lows
    n = len(lows)
    if owned and lows[e - 1].endswith("s") and r < n:
        if tuple(lows[r : r + 2]) in EXAMPLES:
            r += 2  # "Skyra's competitors, among them A and B"
        elif lows[r] == "including":
            r += 1
        elif r + 1 < n and lows[r] in rival_words(s.lex).focus_adverbs and lows[r + 1] == M:
            r += 1  # "Its rivals, notably A and B"
    while r + 1 < n and r - e <= 3 and lows[r] in s.lex.titles and lows[r + 1] in (".", M):
        r += 1 + (lows[r + 1] == ".")  # "The bank's chief executive, Dr. Ines Moll"
    if owned and r < n and lows[r] in SKIP_DETS:
        r = _described_name(s, r, firm)
    elif owned and _based_name(s, r):
        r += 3  # "Orbis's biggest rival, Trieste-based Nolva Cargo": the name past the place
    elif owned and r < n and (lows[r] != M or s.etypes(r) == {"Location"}):
        if not _appositive_role(s, e):
            r = _described_person(s, r)
        if r + 1 < n and lows[r] in s.lex.heads and lows[r + 1] == M:
            r += 1  # "Brisa's partner, utility Iberelec": a bare descriptor before the name
    return r


def _described_name(s: Sentence, r: int, firm: bool = False) -> int:
    """The name a description opening with the article at r ends in: "the Lisbon-based chain
    Medisol", "the Bremen investment firm X", "the Chilean start-up Nanogrow"; else r. With
    `firm` (a role only firms hold, a rival) any noun may describe a named organization: "the
    caterer Orlo Foods", "the Derby-based Orlo Foods"."""
    lows = s.lows
    n = len(lows)
    q = max(r + 1, _past_place_modifier(s, r + 1))  # "the Lisbon-based chain Medisol"
    if firm and q + 2 < n and lows[q + 1] == "-" and lows[q + 2] in s.lex.hyphen:
        q += 3 if lows[q] == M and s.etypes(q) == {"Location"} else 0  # "the Derby-based"
    if q + 1 < n and lows[q] == M and not s.is_det(q) and lows[q + 1].isalpha():
        q += 1  # "the Bremen investment firm X": a name modifying the descriptor
    while q < n and q - r <= 4 and lows[q] != M and lows[q].replace("-", "").isalpha():
        q += 1  # "the Chilean start-up Nanogrow"
    # "its brand, a line from competitor X": X, after a preposition, is no appositive
    plain = not any(w in PREPOSITIONS for w in lows[r + 1 : q])
    if not (q < n and lows[q] == M and plain):
        return r
    if lows[q - 1] in s.lex.heads:
        return q
    described = firm and lows[q - 1].isalpha() and lows[q - 1] not in DESCRIPTOR_STOPS
    return q if described and s.etypes(q) == {"Organization"} and not s.is_det(q) else r


def _based_name(s: Sentence, r: int) -> bool:
    """ "Trieste-based Nolva Cargo" at r: a place, "-based", then a named organization."""
    lows = s.lows
    if r + 3 >= len(lows) or lows[r] != M or s.etypes(r) != {"Location"}:
        return False
    if lows[r + 1] != "-" or lows[r + 2] != "based" or lows[r + 3] != M:
        return False
    return "Organization" in s.etypes(r + 3) and not s.is_det(r + 3)


ROLE_PHRASE_PREPS = frozenset({"in", "on", "for", "at"})
# roles whose phrase may name a place as their market ("X's main rival in Norway, Y")
PLACED_ROLE_TYPES: Final[frozenset[str]] = frozenset({"COMPETES_WITH"})


def _past_role_phrase(s: Sentence, r: int, role: Role) -> int:
    """The comma after a short phrase with no name that follows an owned role noun ("partner in
    the project,", "rival on the route,"), or with a place for a rival or partner ("rival in
    Norway,": the market, not a post's seat), else r."""
    lows = s.lows
    if r >= len(lows) or lows[r] not in ROLE_PHRASE_PREPS:
        return r
    market = not PLACED_ROLE_TYPES.isdisjoint(role.types)
    for q in range(r + 1, min(len(lows), r + 5)):
        if lows[q] == ",":
            return q
        if lows[q] == M and s.ment(q).kind == "np":
            continue  # "in the project": a description, no name
        if lows[q] == M and market and q == r + 1 and s.etypes(q) == {"Location"}:
            continue  # "rival in Norway,": one place right after the preposition
        if not lows[q].isalpha():
            return r
    return r


def _described_person(s: Sentence, r: int) -> int:
    """A person after a bare descriptor: "its founder, Braga optician Ana Reis", "its chair,
    retired banker Edmund Rhee" (a place name, then up to three lower-case words); else r."""
    lows = s.lows
    n = len(lows)
    q = r + (lows[r] == M)
    start = q
    while q < n and q - start < 3 and lows[q].isalpha() and lows[q] not in DESCRIPTOR_STOPS:
        q += 1
    if not (start < q < n and lows[q] == M and _named(s, q)):
        return r
    if "Person" in s.etypes(q):
        return q
    # "its nearest competitor, Austrian group Holtmann": an organization after its head noun
    return q if s.lex.heads.lookup((lows[q - 1],)) == "Organization" else r


def _place_adjective(s: Sentence, r: int) -> bool:
    """The word at r is a country's adjective: "Danish", "Austrian"."""
    return nationality(s.lows[r]) or s.lex.demonym(s.lows[r])


def _appositive_role(s: Sentence, e: int) -> bool:
    """The role noun ending at e is itself set off after a name: "Chidi Oko, Telvo's chief
    executive, ..." (its holder stands before it)."""
    lows = s.lows
    b = e - 1
    while b >= 1 and e - b <= 6 and lows[b] not in (",", "(") and lows[b] not in CLAUSE_STOP:
        b -= 1
    return b >= 1 and lows[b] in (",", "(") and lows[b - 1] == M


def _named(s: Sentence, q: int) -> bool:
    """The mention at q is a name (not a pronoun or "the company")."""
    m = s.ments[q]
    return m is not None and m.kind == "name"


# words that end a descriptor before a name: "its founder, who hired X", "its owner, and X"
DESCRIPTOR_STOPS: frozenset[str] = (
    CLAUSE_STOP
    | REPORTING
    | PREPOSITIONS
    | frozenset({"and", "or", "a", "an", "the", "as", "named", "appointed", "now", "also"})
)


def _role_of_is(s: Sentence, e: int) -> int:
    """ "(the chief executive) of X is / will be Y": Y's position, else 0."""
    lows = s.lows
    n = len(lows)
    if not (e + 3 < n and lows[e] == "of" and lows[e + 1] == M):
        return 0
    c = e + 2
    if lows[c] in ("will", "would") and lows[c + 1] == "be":
        c += 1
    if not (lows[c] in LINK_VERBS or lows[c] == "be") or c + 1 >= n or lows[c + 1] != M:
        return 0
    return c + 1 if not s.is_det(c + 1) and "Location" not in s.etypes(e + 1) else 0


def inverse_after_name(s: Sentence, site: RoleSite) -> bool:
    """ "its Brennan Cargo unit", "Meta's Instagram unit": the owner before the name."""
    lows, k = s.lows, site.k
    if not (site.role.inverse and k >= 2 and lows[k - 1] == M and site.o == k - 1):
        return False
    x = k - 1
    owner = -1
    if s.is_det(x - 1):
        owner = x - 1
    elif x >= 2 and lows[x - 1] == "'s" and lows[x - 2] == M:
        owner = x - 2
    if owner < 0:
        return False
    role_emit(s, x, owner, site.role, owner, k)
    return True


def holder_after(s: Sentence, site: RoleSite) -> bool:
    """ "Tesla CEO Elon Musk" (folded into the holder), "its founders, A and B"."""
    o, h, e = site.o, site.h, site.e
    if o < 0 or h < 0:
        return False
    lows = s.lows
    plural = lows[e - 1].endswith("s") and lows[e - 1] != "'s"
    people = site.role.person_holder and len(coord(s, h, +1)) > 1
    if plural and (site.r > e or "COMPETES_WITH" in site.role.types or people):
        # "Halden Bank co-founders A and B" as well
        # "its rivals A and B" as well as "Its founders, A and B"
        rival = "COMPETES_WITH" in site.role.types
        members = _past_relatives(s, coord(s, h, +1)) if rival else coord(s, h, +1)
        for x in members:  # "Its founders, Devon Price and Alicia Moreno": every holder
            role_emit(s, x, o, site.role, o, x)
        return True
    role_emit(s, h, o, site.role, o, h, _apposed_fact(s, site))
    if site.r == e or site.possessive:
        # "Orbis's rival, Trieste-based Nolva": keep the place's modifier for the later rules
        last = h - 4 if h >= 4 and _based_name(s, h - 3) else _before_place(s, site.e, h)
        s.folds.append((site.fold if site.fold >= 0 else o, last, h))
    return True


def _apposed_fact(s: Sentence, site: RoleSite) -> bool:
    """A leading title possessed by a pronoun and set off before its holder's name, which
    closes the appositive ("its chief executive, P." / "its chairman, P,"): a fact beside
    the clause, not its act."""
    lows, o, h, e = s.lows, site.o, site.h, site.e
    if not site.role.person_holder or not {"LEADS", "FOUNDED"} & set(site.role.types):
        return False
    if s.ment(o).kind != "pronoun" or lows[e] != "," or h != e + 1:
        return False
    if tuple(lows[max(0, o - 2) : o]) not in FACT_OPENERS:
        return False  # "may hire its chief executive, P": an object of the hedged act
    return h + 1 < len(lows) and lows[h + 1] in (",", ".")


# what may stand before a set-off title that is no object of the clause's verb: "according to
# its chief executive, P" (not "by": "was not led by its founder, P" is the act itself)
FACT_OPENERS: Final[frozenset[tuple[str, ...]]] = frozenset({("according", "to")})


DESCRIBED_REACH = 6  # "the Lyon - based insurer X": the article's words before the holder


def _before_place(s: Sentence, e: int, h: int) -> int:
    """The comma before a place modifying the holder's descriptor ("its rival, the Lisbon-based
    chain Medisol": the comma after "rival"), so that the fold keeps the place; else h."""
    lows = s.lows
    if e < h and lows[e] == "," and _past_place_modifier(s, e + 2) == h:
        return e
    d = h - 1
    while d > e and h - d <= DESCRIBED_REACH and lows[d] not in SKIP_DETS:
        d -= 1
    if d > e and lows[d] in SKIP_DETS and d + 1 < h and s.etypes(d + 1) == {"Location"}:
        return d - 1  # "its oldest rival is the Geneva watchmaker X", "the Lyon-based insurer X"
    return h


def _past_relatives(s: Sentence, members: list[int]) -> list[int]:
    """A list of rivals continued past a relative clause on its last member: "K's competitors
    are H, which grows its own leaf, and N, whose packs are cheaper" (H, then N)."""
    lows = s.lows
    n = len(lows)
    c = members[-1] + 1
    if c + 1 >= n or lows[c] != "," or lows[c + 1] not in RELATIVE_WH:
        return members
    for q in range(c + 2, min(n - 2, c + 16)):
        if lows[q] in PUNCT_STOP or lows[q] == "and" or lows[q] in RELATIVE_WH:
            return members
        if lows[q] == "," and lows[q + 1] == "and" and lows[q + 2] == M:
            nxt = q + 2
            if s.etypes(nxt) != s.etypes(members[-1]) or any(
                lows[x] == M and s.ment(x).kind == "name" and s.etypes(x) == s.etypes(nxt)
                for x in range(c + 2, q)
            ):
                return members  # a firm named inside the clause: whose list is unclear
            return members + _past_relatives(s, coord(s, nxt, +1))
    return members


def coordinated_holder(s: Sentence, site: RoleSite) -> bool:
    """ "Kelvar Motors chief executive Ann Lee and chairman Tom Vell": a role joined by "and"
    to a held role's holder takes that role's organization."""
    k, h, lows = site.k, site.h, s.lows
    if site.o >= 0 or h < 0 or k < 2 or lows[k - 1] != "and" or lows[k - 2] != M:
        return False
    other = next((o for o, _, held in s.folds if held == k - 2), -1)
    if other < 0 or not site.role.person_holder or "Person" not in s.etypes(h):
        return False
    role_emit(s, h, other, site.role, other, h)
    return True


# verbs of an organization that gets a post-holder: "X has named a new chief executive, Y"
GETS_HOLDER = frozenset(
    {"has", "have", "had", "gets", "got", "found", "finds", "welcomed", "welcomes", "recruited"}
)
NEW_ROLE_DETS = frozenset({"a", "an", "new", "interim", "permanent", "acting"})


def new_role_named(s: Sentence, site: RoleSite) -> bool:
    """ "Corran Homes has named a new chief executive, Nadia Fell", "X has a new chairman:
    Y": the organization that names (or has) the post is the other party."""
    lows, k, e, role = s.lows, site.k, site.e, site.role
    n = len(lows)
    if site.o >= 0 or not role.person_holder or e + 1 >= n or lows[e] not in (",", ":"):
        return False
    h = e + 1
    if lows[h] != M or "Person" not in s.etypes(h):
        return False
    v = k - 1
    while v >= 0 and k - v <= 3 and lows[v] in NEW_ROLE_DETS:
        v -= 1
    if v < 1 or v == k - 1 or not (lows[v] in s.lex.appointment_verbs or lows[v] in GETS_HOLDER):
        return False
    if h + 1 < n and lows[h + 1] in REPORTING:
        return False  # "X has named a new chief executive, Nadia Fell said": the speaker
    subj = subjects(s, v, True)
    if not subj or subj[0] >= v or s.etypes(subj[0]) != {"Organization"}:
        return False
    role_emit(s, h, subj[0], role, subj[0] + 1, k)
    return True


def _bare_title_org(s: Sentence, site: RoleSite, rival: bool) -> int:
    """The organization a bare title (or a bare "rival") before a name belongs to, or -1."""
    lows, h, k = s.lows, site.h, site.k
    n = len(lows)
    org = reporting_org(s, k, verb=not rival)
    if not rival and org >= 1 and lows[org - 1] in SPEAKER_PREPS:
        org = -1  # "Analysts at X said chief executive P ...": the speakers' firm
    if org < 0 and not rival and h + 1 < n and lows[h + 1] in REPORTING | TELLING:
        org = reporting_org(s, k, verb=False)  # "X is growing, CEO Y said."
    if org < 0 and rival:
        org = _agent_before(s, k)  # "a suit filed by X against rival operator Y"
    if org < 0 and not rival and not (h + 1 < n and lows[h + 1] in POSSESSIVE_MARKS):
        # "X ousted chief executive Y", "At X, chair Y" (not "X dismissed chief executive
        # Y's criticism": the verb's object is what Y has, and Y another firm's)
        org = staff_act_owner(s, k)
    if org < 0 and not rival and _linked_clause(lows, k):
        # "The firm has struggled since co-founder Max Orrin left", "Halden reported a
        # loss, although chairman Alan Pike kept his seat": the main clause's organization
        org = reporting_org(s, k, verb=False)
    if rival and org >= 0 and _offered_by(lows, org, k):
        org = -1  # "X, a range made by rival Dorn": Dorn's product, no rival of Dorn
    return org


def holder_after_unowned(s: Sentence, site: RoleSite) -> bool:
    """ "CEO Sam Altman of OpenAI"; "Nuvola said that co-founder Elena Marchetti would step
    down" (the reporting organization is the other party)."""
    lows, h, e, role = s.lows, site.h, site.e, site.role
    n = len(lows)
    if site.o >= 0 or h < 0:
        return False
    if h + 2 < n and lows[h + 1] in ("of", "at") and lows[h + 2] == M:
        if prep_fits(role, lows[h + 1]) and not _heads_a_part(s, h + 2, role):
            role_emit(s, h, h + 2, role, h, h + 2)
        return True
    if site.k >= 1 and lows[site.k - 1] == "under" and h + 2 < n and lows[h + 1] == ",":
        if lows[h + 2] == M:  # "Under chief executive Laura Novak, Kestrel Motors cut costs"
            role_emit(s, h, h + 2, role, h, h + 2)
            return True
    rival = "COMPETES_WITH" in role.types
    # "rival (lender) Tessel Bank", "rival Danish maker Kvist"
    bare = site.r == _past_honorific(s, e) or (rival and site.r - e in (1, 2))
    if bare and (role.person_holder or rival) and (e >= n or lows[e] not in ROLE_PREPS):
        if not rival and _other_body_title(s, site.k):
            return True  # "and union chairman Ivo Hale said": the union's, not the firm's
        own = _act_possessor(s, site.k) if rival else -1
        if own >= 0:  # "X's merger with rival Y": no verb or denial of the clause counts
            for x in coord(s, h, +1) if lows[e - 1].endswith("s") else [h]:
                s.emit(s.ment(x), role.types, s.ment(own), "role/role-noun", 0.9)
            return True
        org = _bare_title_org(s, site, rival)
        if rival and org >= 0 and _chosen_rival(s, org, site.k):
            return True  # "Volkmar chose a cheaper rival, Shenlong": the supplier's rival
        if rival and org >= 0 and _courted_target(s, org, site):
            return True  # "Quillex is courted by rival bidder A": the target, no rival
        if org >= 0:
            plural = rival and lows[e - 1].endswith("s")
            # a cue of the reported clause is no cue of the role: "Brightway may open a chain,
            # chief executive Lisa Park said" (the span is checked from the last comma)
            lo = org + 1 if rival else _last_comma(lows, org + 1, site.k)
            # "switch to local rivals A and B": every rival named
            for x in coord(s, h, +1) if plural else [h]:
                role_emit(s, x, org, role, lo, site.k)
        elif rival and not _contestant(s, site):
            # "The rival Dorn Group had no comment."; else the clause's own subject
            if not rival_context_emit(s, h, site.k):
                subject_rival_emit(s, coord(s, h, +1), site.k)
        else:
            context_emit(s, h, role, site.k)  # "Chief executive Sarah Collins said ..."
        return True
    return False


# a firm named after one of these at a sentence's opening is its speakers' employer ("Analysts
# at X said", "a broker with X said"), not the organization a reported bare title is of (a
# spokesman "for X" speaks for the firm whose chief executive he reports on)
SPEAKER_PREPS: Final[frozenset[str]] = frozenset({"at", "from", "with"})


def person_possessed_title(s: Sentence, site: RoleSite) -> bool:
    """ "Her chairman, Piet Rowe, has stood behind her": a leading title possessed by a
    person's pronoun, its holder in apposition, in a sentence naming no organization, is of
    the organization the text is about (the one the possessor works for; `context_emit`)."""
    lows, o, h = s.lows, site.o, site.h
    if o < 0 or site.possessive or s.ment(o).kind != "pronoun" or s.etypes(o) != {"Person"}:
        return False
    if h != site.e + 1 or lows[site.e] != "," or not site.role.person_holder:
        return False
    if "LEADS" not in site.role.types or not _names_no_organization(s):
        return False
    return context_emit(s, h, site.role, site.k) or True


def fronted_title(s: Sentence, site: RoleSite) -> bool:
    """ "The chief executive, Ann Lee, said ...", '"We grew," the chairman, Tom Vell, said': a
    bare definite title opening its clause, its holder in an appositive after it, leads the
    organization the text is about (`context_emit`; "the union's general secretary" or "the
    regulator's chair" has a possessor and never gets here)."""
    lows, k, h = s.lows, site.k, site.h
    if site.o >= 0 or h != site.e + 1 or lows[site.e] != "," or not site.role.person_holder:
        return False
    if k < 1 or lows[k - 1] != "the" or h + 1 >= len(lows):
        return False
    if k >= 2 and lows[k - 2] in TITLE_OBJECT_PREPS and lows[h + 1] in (",", "."):
        # "approved a bonus for the chief executive, Anya Morel": a preposition's object, in
        # a sentence naming no organization
        if _names_no_organization(s):
            return context_emit(s, h, site.role, k) or True
        return False
    if lows[h + 1] != ",":
        return False
    b = k - 2  # the word before "the": none, or a quotation's close ('"...," the chairman')
    if b >= 0 and lows[b] == ",":
        b -= 1
    if b >= 0 and lows[b] not in QUOTE_MARKS:
        return False
    return context_emit(s, h, site.role, k) or True


def body_possessed_title(s: Sentence, site: RoleSite) -> bool:
    """ "The club's chairman, Ivo Hale, said ...": a leading title possessed by "the" and a
    noun for a member body that no mention resolves (a description the organization was not
    given: `title_possessor_bodies`) leads the organization the text is about
    (`context_emit`; not "the union's general secretary", "the regulator's chair": another
    kind of body)."""
    lows, k, h = s.lows, site.k, site.h
    if not site.possessive or site.o >= 0 or h < 0 or k < 3 or lows[k - 3] != "the":
        return False
    noun = lows[k - 2]
    if noun not in data_words(s.lex, "title_possessor_bodies") or not site.role.person_holder:
        return False
    if h != site.e + 1 or lows[site.e] != ",":
        return False
    return context_emit(s, h, site.role, k) or True


def unresolved_possessed_title(s: Sentence, site: RoleSite) -> bool:
    """ "Their chairman, Ivo Hale, said ...", "Ivo Hale, their chairman, said ...": a leading
    title possessed by a pronoun that no organization of the sentence resolves ("their" of a
    club, "its" of a firm the pronoun lookup missed) leads the organization the text is about
    (`context_emit`); only opening the sentence or in the holder's appositive ("the workers
    said their chairman ...": theirs is another body), and "their" not after a sentence naming
    people or two organizations (`SentenceContext.plural_before`)."""
    lows, k = s.lows, site.k
    if site.o >= 0 or k < 1 or lows[k - 1] not in OWN_PRONOUNS or not site.role.person_holder:
        return False
    if lows[k - 1] == "their" and s.context.plural_before:
        return False  # "Workers at the plant voted to strike. Their chairman, X, said": theirs
    if site.h >= 0 and k == 1 and site.h == site.e + 1 and lows[site.e] == ",":
        return context_emit(s, site.h, site.role, k) or True  # "Their chairman, X, said"
    h = k - 3  # "X, their chairman, said"
    if site.h < 0 and h >= 0 and lows[k - 2] == "," and lows[h] == M and site.e < len(lows):
        if lows[site.e] in (",", ".") and (h == 0 or lows[h - 1] in QUOTE_MARKS | {","}):
            return context_emit(s, h, site.role, k) or True
    return False


# prepositions before a bare title's "the" whose holder follows in apposition ("a bonus for the
# chief executive, X", "a letter to the chairman, Y")
TITLE_OBJECT_PREPS: Final = frozenset({"for", "to", "with", "from", "against"})


def _names_no_organization(s: Sentence) -> bool:
    """No organization is named in the sentence (a pronoun or reference may stand)."""
    return all(
        m is None or m.kind != "name" or "Organization" not in s.etypes(x)
        for x, m in enumerate(s.ments)
    )


def _agent_before(s: Sentence, k: int) -> int:
    """ "a suit filed by Quillex against rival operator Y", "a deal struck by Quillex with rival
    Y": the organization agent of the passive right before the rival noun at k, else -1."""
    lows = s.lows
    if k < 3 or lows[k - 1] not in ("against", "with") or lows[k - 3] != "by":
        return -1
    return k - 2 if lows[k - 2] == M and s.etypes(k - 2) == {"Organization"} else -1


def _act_possessor(s: Sentence, k: int) -> int:
    """ "blocked Quillex's planned merger with rival Y", "dismissed Quillex's suit against
    rival Y": the organization owning the act noun before "with"/"against" and the rival
    noun at k, else -1. A blocked or dismissed act still names two rivals."""
    lows = s.lows
    if k < 3 or lows[k - 1] not in ("against", "with"):
        return -1
    a = next(
        (m for m in range(k - 2, max(0, k - 6), -1) if not lows[m].replace("-", "").isalpha()), -1
    )
    if a < 1 or a == k - 2 or lows[a] not in POSSESSIVE_MARKS:
        return -1
    return a - 1 if lows[a - 1] == M and s.etypes(a - 1) == {"Organization"} else -1


def _courted_target(s: Sentence, org: int, site: RoleSite) -> bool:
    """ "Quillex is courted by rival bidder A", "an offer for Quillex from rival suitor A": the
    organization at org is the target of the bids of the contestant named after the role."""
    if not _contestant(s, site):
        return False
    return not rival_words(s.lex).courting_words.isdisjoint(s.lows[max(0, org - 3) : site.k])


def _contestant(s: Sentence, site: RoleSite) -> bool:
    """ "rival bidders A and B", "rival suitor A": rivals for an asset, not of a firm in view."""
    return site.e < len(s.lows) and s.lows[site.e] in rival_words(s.lex).contest_heads


def _chosen_rival(s: Sentence, org: int, k: int) -> bool:
    """ "Volkmar chose a cheaper rival, Shenlong", "Dravo switched to rival Kestrel": the
    organization at org is the subject of a verb of choice right before the rival noun at k."""
    lows, verbs = s.lows, rival_words(s.lex).switch_verbs
    v = k - 1
    while v > org and k - v <= 4 and lows[v] not in verbs:
        if lows[v] == M or lows[v] in PUNCT_STOP or lows[v] == ",":
            return False
        v -= 1
    if v <= org or lows[v] not in verbs:
        return False
    if org >= 1 and lows[org - 1] in PREPOSITIONS:
        return False  # "Customers of Pardew can switch to local rivals A and B": its rivals
    subj = subjects(s, v, True)
    return bool(subj) and subj[0] == org


def _last_comma(lows: list[str], lo: int, hi: int) -> int:
    """The last comma in [lo, hi), else lo."""
    return next((c for c in range(hi - 1, lo - 1, -1) if lows[c] == ","), lo)


# words that end a role's clause: "Vrell is chief executive, ...", "Lind is CEO while Moss ...",
# "Ann Lunde became chairman after her father retired"
CLAUSE_JOINS = frozenset({",", "while", "whereas", "but", "after", "when", "until"})


def holder_before_reported(s: Sentence, site: RoleSite) -> bool:
    """ "Orrin said ... Daniel Avery, who will remain chairman."""
    lows, k, e, role = s.lows, site.k, site.e, site.role
    n = len(lows)
    closing = _closing_reporter(s, e) if e < n and (lows[e] == "," or _time_after(lows, e)) else -1
    if site.o >= 0 or site.h not in (-1, closing) or not role.person_holder:
        return False
    ends = e >= n or lows[e] in PUNCT_STOP or lows[e] in CLAUSE_JOINS or _time_after(lows, e)
    ends = ends or title_clause_ends(s, e)  # "X is chair and Y runs the mill"
    if not ends and closing < 0:
        return False
    while k >= 2 and lows[k - 1] in INTERIM and lows[k - 1] != "the":
        k -= 1  # "X would be acting chief executive", "Ann Kemp, interim chief executive,"
    if k >= 2 and lows[k - 1] == "the" and (k >= 3 or lows[k - 2] != ","):
        k -= 1  # "Ann Kemp, the (interim) chief executive, owns ...", "would be the chair"
    last = lows[k - 1] if 0 < k <= n else ""  # each link's last word, tested first
    for link in ROLE_LINKS:
        b = k - len(link)
        if b < 1 or link[-1] != last or tuple(lows[b:k]) != link:
            continue
        x = b - 1 if lows[b - 1] == M else _past_age(s, b)  # "Ann Lee, 54, who has been"
        if x < 0 and link[0] != ",":
            x = _aside_person(s, b - 1)  # "Hugo Marr, who joined in 2019, will become CEO."
        if x < 0 and link[0] != ",":
            x = _apposed_subject(s, b - 1)  # "Her cousin, Osric Quarne, is chairman."
        if x < 0 and "who" in link:
            x = _aside_person(s, b)  # "Ida Roe, his niece, who has been chair since 2019"
        if x < 0:
            continue
        org = reporting_org(s, x)
        if org < 0 and "Person" in s.etypes(x):
            org = closing  # "P has been named chairman, X said."
        if org >= 0 and "Person" in s.etypes(x):
            role_emit(s, x, org, role, org + 1, x)
        elif org < 0:
            context_emit(s, x, role, k)  # "Vrell is chief executive."
        return True
    return False


def holder_before_possessor(s: Sentence, site: RoleSite) -> bool:
    """ "H, one of O's most important partners", "Nadella, Microsoft's CEO"."""
    lows, o = s.lows, site.o
    if o < 0 or site.h >= 0:
        return False
    m = _time_aside_left(lows, o - 1)  # "H, at that time O's nearest competitor"
    while m >= 0 and (lows[m] in DETS or lows[m] in COUNTED) and o - m <= 4:
        m -= 1
    if m >= 1 and lows[m] == "," and lows[m - 1] == M:
        if site.e < len(lows) and (lows[site.e] in REPORTING or lows[site.e] in TELLING):
            return True  # "invested in X, its chief executive told reporters": no apposition
        plural = lows[m + 1] in COUNTED and lows[m + 1] != "one"  # "A and B, two of X's rivals"
        # "A and B, X's two largest rivals": a plural role noun describes every conjunct
        plural = plural or _plural_role(lows, site.e)
        for x in coord(s, m - 1, -1) if plural else [m - 1]:
            role_emit(s, x, o, site.role, x, site.k)
        return True
    b = _linked_holder(s, m)
    if b < 0:
        b = _conjoined_holder(s, m)
    if b >= 0:
        role_emit(s, b, o, site.role, b, site.k)
        return True
    return False


def _plural_role(lows: list[str], e: int) -> bool:
    """The role noun ending at e is plural ("rivals", "shareholders"; not "'s")."""
    w = lows[e - 1]
    return len(w) > 3 and w.endswith("s") and not w.endswith("ss")


# a past time before a possessed role in an appositive, read like "then" ("H, at that time
# O's nearest competitor"); "once" and "formerly" end the tie instead (`_ended_tie`)
TIME_ASIDES = (("at", "that", "time"), ("at", "the", "time"), ("by", "then"), ("back", "then"))


def _time_aside_left(lows: list[str], m: int) -> int:
    """Reading leftwards from m: past a time aside of `TIME_ASIDES` ending at m, else m."""
    for aside in TIME_ASIDES:
        a = m - len(aside) + 1
        if a >= 0 and tuple(lows[a : m + 1]) == aside:
            return a - 1
    return m


EXAMPLES = frozenset({("among", "them"), ("such", "as")})
COUNTED = frozenset({"one", "of", "two", "three", "four", "both", "all"})


def _conjoined_holder(s: Sentence, m: int) -> int:
    """The person a second conjunct is about: "Grace Lindholm, founder of the Foundation and
    its chair"; "Declan Brennan, who founded the carrier and will remain its chairman"."""
    lows = s.lows
    a = m
    while a >= 0 and m - a <= 3 and lows[a] != "and" and lows[a].isalpha():
        a -= 1  # "and will remain", "and is now"
    if a < 0 or lows[a] != "and":
        return -1
    if any(_disputing(s, w) for w in lows[a + 1 : m + 1]):
        return -1  # "... and has criticised its chairman": an object, not a second role
    for b in range(a - 1, max(-1, a - 14), -1):
        w = lows[b]
        if w in PUNCT_STOP:
            return -1
        if w == "," and b >= 1 and lows[b - 1] == M:
            holder = b - 1
            if "Person" in s.etypes(holder) or _described_first(s, b, a):
                return holder
            return -1
    return -1


def _described_first(s: Sentence, c: int, a: int) -> bool:
    """The first conjunct of an appositive, from the comma at c to the "and" at a, is a plain
    description of an organization: "Harrow Mills, the Leeds-based spinner and Corran's
    closest rival", "X, a Bradford spinner and ..." (a determiner, then words, places and
    hyphened names only)."""
    lows = s.lows
    if "Organization" not in s.etypes(c - 1) or lows[c + 1] not in SKIP_DETS:
        return False
    return all(
        lows[q].isalpha()
        or (lows[q] in (M, "-") and lows[q + 1] in ("-", "based"))
        or (lows[q] == M and "Location" in s.etypes(q))
        for q in range(c + 2, a)
    )


def _disputing(s: Sentence, w: str) -> bool:
    """A word that starts a verb trigger of DISPUTES ("criticised", "sued")."""
    if w not in s.lex.triggers:
        return False
    return any(
        t.family == "verb" and "DISPUTES" in t.types
        for _, trigs in s.lex.triggers.bucket(w)
        for t in trigs
    )


CLAUSE_BREAKS: Final = frozenset({".", ";", ":", "which", "who", "that", "while", "but", "whose"})


def _copular_conjunct(s: Sentence, m: int) -> int:
    """The subject of a copular clause that the link at m is the second conjunct of: "X is
    based in Leeds and is a subsidiary of V" (X), else -1."""
    lows = s.lows
    if m < 3 or lows[m] not in LINK_VERBS or lows[m - 1] != "and":
        return -1
    for b in range(m - 2, max(-1, m - 14), -1):
        if lows[b] in CLAUSE_BREAKS:
            return -1
        if lows[b] == M and lows[b + 1] in LINK_VERBS:
            if s.is_det(b) or "Location" in s.etypes(b):
                return -1
            return b
    return -1


def _linked_holder(s: Sentence, m: int) -> int:
    """The name before a role link ending at m ("X, who is", "X was named"), else -1."""
    lows = s.lows
    last = lows[m] if 0 <= m < len(lows) else ""  # each link's last word, tested first
    for link in ROLE_LINKS:
        b = m - len(link) + 1
        # (every reading below needs the link to end at m after a word)
        if b < 1 or link[-1] != last or tuple(lows[b : m + 1]) != link:
            continue
        if lows[b - 1] == M:
            return b - 1
        if b >= 3 and _kin_apposed(s, b - 1):
            return b - 2  # "Ada Vorn's nephew, Jon Tess, is the chairman of Y"
        if b >= 3 and lows[b - 1] == "," and link[0] != ",":
            # "X, a senior scientist at Orvane, has been named head of Y"
            head = appositive_start(s, b - 2, b)
            if head >= 0:
                return head
        if b >= 4 and lows[b - 1] == "that" and link[0] != ",":
            # "X, the grocer that is Y's closest rival": the description's anchor
            head = appositive_start(s, b - 2, b)
            if head >= 0 and lows[b - 2].isalpha():
                return head
        # "Dana Whitlow, 54, was named": an age between the name and the link
        q = b - 1 if b >= 1 and lows[b - 1] == "," else b
        if q >= 3 and AGE.fullmatch(lows[q - 1]):
            if lows[q - 2] == "," and lows[q - 3] == M:
                return q - 3
        if q < b and link[0] != ",":
            # "Tomas Brandt, who previously ran Hollin Labs, is the new chief executive of B"
            head = _aside_person(s, q)
            if head >= 0:
                return head
        if q < b:
            # "Kestrel, with a 12% stake, is its largest shareholder": an aside before the link
            for c in range(q - 1, max(0, q - 9), -1):
                if lows[c] in (".", ";", ":") or lows[c] == M:
                    break
                if lows[c] == "," and c >= 1 and lows[c - 1] == M and lows[c + 1] == "with":
                    return c - 1
    return -1


def _kin_apposed(s: Sentence, c: int) -> bool:
    """The comma at c closes a person named after a kinship noun: "Ada Vorn's nephew, Jon
    Tess," or "her husband, Jon Tess," (the named person is the subject)."""
    lows = s.lows
    if c < 3 or lows[c] != "," or lows[c - 1] != M or lows[c - 2] != ",":
        return False
    return lows[c - 3] in s.lex.person_cues.kin and "Person" in s.etypes(c - 1)


def _described_who(s: Sentence, a: int) -> tuple[int, int]:
    """ "Ann Lee, the Harlow founder who stepped down as chief executive": the person the
    appositive before "who" describes and the organization named in it; else (-1, -1)."""
    lows = s.lows
    w = a - 1
    while w >= 0 and a - w <= 5 and lows[w].isalpha() and lows[w] != "who":
        w -= 1
    if w < 2 or lows[w] != "who":
        return -1, -1
    org = -1
    m = w - 1
    while m >= 1 and w - m <= 6 and lows[m] != ",":
        if lows[m] == M and "Organization" in s.etypes(m) and not s.is_det(m):
            org = m if org < 0 else org
        elif not lows[m].isalpha():
            return -1, -1
        m -= 1
    if m < 1 or lows[m] != "," or lows[m - 1] != M or "Person" not in s.etypes(m - 1):
        return -1, -1
    return m - 1, org


def _aged_subject(s: Sentence, a: int) -> int:
    """The name before ", AGE," and up to five verb words before a ("Ann Lee, 54, would step
    down as"), else -1."""
    lows = s.lows
    m = a - 1
    while m >= 0 and a - m <= 5 and lows[m].isalpha():
        m -= 1
    if m >= 3 and lows[m] == "," and AGE.fullmatch(lows[m - 1]) and lows[m - 2] == ",":
        return m - 3 if lows[m - 3] == M and "Person" in s.etypes(m - 3) else -1
    return -1


def _past_age(s: Sentence, b: int) -> int:
    """The name before ", AGE" and a link at b ("Ann Lee, 54, who ..."), else -1."""
    lows = s.lows
    q = b - 1 if b >= 1 and lows[b - 1] == "," else b
    if q >= 3 and AGE.fullmatch(lows[q - 1]) and lows[q - 2] == "," and lows[q - 3] == M:
        return q - 3
    return -1


def _aged_holder(s: Sentence, m: int, k: int) -> int:
    """ "said Okafor, now 52 and the chair of X": the name before an age and "and"."""
    lows = s.lows
    if m < 2 or not AGE.fullmatch(lows[m]) or "and" not in lows[m + 1 : k]:
        return -1
    p = m - 1 - (lows[m - 1] == "now")
    return p - 1 if p >= 1 and lows[p] == "," and lows[p - 1] == M else -1


def _object_of_role(s: Sentence, e: int) -> int:
    """The other party after "ROLE of": "of OpenAI", "of its parent X", "a unit of German
    conglomerate Rheinholt", "a subsidiary of Osaka-based Tanaka"; else -1."""
    lows = s.lows
    n = len(lows)
    p = e + 1
    if p < n and lows[p] == "the":
        p += 1
        # "chief executive of the enlarged Halden Brewing": the named firm after the merger
        p += p + 1 < n and lows[p] in s.lex.new_entity_words and lows[p + 1] == M
    if p < n and s.is_det(p):
        p += 1
    p = _past_place_modifier(s, p)
    q = p
    # a hyphenated word of the descriptor too: "a unit of the Danish poultry co-operative Hedelund"
    while q < n and q - p < 3 and lows[q] != M and lows[q].replace("-", "").isalpha():
        q += 1
    if q > p and q < n and lows[q] == M and lows[q - 1] in s.lex.heads:
        p = q
    if p + 3 < n and lows[p] == M and lows[p + 1] == "-" and lows[p + 2] in s.lex.hyphen:
        p += 3
    if p + 3 < n and lows[p] == M and lows[p + 1] == "-" and lows[p + 2] in LISTING_PARTICIPLES:
        p += 3  # "a subsidiary of the Frankfurt-listed Vorn Group": the parent, not the market
    if p + 1 < n and lows[p] == M and lows[p + 1] == "'s":
        # "of Brava's parent company, Kessel Group": the possessed one; "of Brava's bakery
        # unit": a part of Brava, not Brava itself
        q = p + 2
        while q < n and q - p <= 5 and lows[q] != M and lows[q].isalpha():
            q += 1
        if q < n and lows[q] == ",":
            q += 1
        if (
            q > p + 2
            and q < n
            and lows[q] == M
            and lows[q - 1 - (lows[q - 1] == ",")] in s.lex.heads
        ):
            return q
        if any(w in BOARD_NOUNS for w in lows[p + 2 : q]):
            return p  # "chairman of Halden Bank's supervisory board": the bank itself
        return -1 if q > p + 2 else p
    return p if p < n and lows[p] == M else -1


def _past_place_modifier(s: Sentence, p: int) -> int:
    """The named firm after a place modifier and a descriptor: "of the Leeds-based materials
    group Dunmarra", "of the Munich group Kornfeld", "of Germany's Haberl AG" (the firm, never
    the place); else p."""
    lows = s.lows
    n = len(lows)
    if p >= n or lows[p] != M or s.etypes(p) != {"Location"}:
        return p
    if p + 2 < n and lows[p + 1] == "'s" and lows[p + 2] == M:
        # own34: a country's or city's firm ("the local unit of Austria's Kapfen Group")
        return p + 2 if _possessed_firm(s, p + 2) else p
    q = p + 1
    if q + 1 < n and lows[q] == "-" and lows[q + 1] in s.lex.hyphen:
        q += 2
    start = q
    while q < n and q - start < 3 and lows[q] != M and lows[q].isalpha():
        q += 1
    if start < q < n and lows[q] == M and lows[q - 1] in s.lex.heads:
        return q
    return p


def _possessed_firm(s: Sentence, h: int) -> bool:
    """The name at h after a place's possessive names a firm: not a place ("Austria's Kapfen
    Group", never "Singapore's Jurong district": a name that modifies a noun other than a
    company's descriptor is a part of the place)."""
    if "Location" in s.etypes(h):
        return False
    j = h + 1
    return not modifies_noun(s.lows, j) or s.lows[j] in PREPOSED_OPENERS or s.lows[j] in s.lex.heads


ROLE_BEFORE_STOPS = frozenset(
    {"is", "was", "as", "become", "became", "becomes", "remain", "remains", "who", "been", "now"}
    | {"also", "am", "be"}  # "I am chair of X" (speakers2); "will be CEO of X"
    | {"which", "that"}  # "X, which bought the ferry arm of Y": the relative's object, not X
)


def role_of(s: Sentence, site: RoleSite) -> bool:
    """ "Sam Altman, chief executive of OpenAI", "H is the ROLE of O", "the chief executive of
    OpenAI, Sam Altman"."""
    lows, k, e = s.lows, site.k, site.e
    n = len(lows)
    if not (e < n and lows[e] in ROLE_PREPS):
        return False
    if not prep_fits(site.role, lows[e]):
        return True  # "a consultant at Brava Labs": affiliation
    if lows[e] == "in" and "COMPETES_WITH" in site.role.types:
        return True  # "X, a smaller competitor in Lisburn": its town or market, no rival
    other = _object_of_role(s, e)
    if other < 0 or _part_of(s, other) or _names_part(s.lows, other):
        return True  # "chief executive of Harwell Foods' UK business": a unit's head
    # H before: "H, [det] [mods] ROLE of O" / "H is the ROLE of O"
    top = k - 3 if k >= 3 and _year_old(lows, k - 3) else k  # "the 54-year-old chief of O"
    m = top - 1
    while (
        m >= 0
        and lows[m] != M
        and lows[m] != ","
        and top - m <= 4
        and (lows[m] in DETS or lows[m].replace("-", "").isalpha() or "Location" in s.etypes(m))
        and lows[m] not in ROLE_BEFORE_STOPS
    ):
        m -= 1
    if m >= 0 and lows[m] == M and "Location" in s.etypes(m) and m > 0:
        m -= 1  # "Kestrel, the U.S. maker of Sightline"
        while m >= 0 and lows[m] in DETS:
            m -= 1
    b = _linked_holder(s, m)
    if b < 0:
        b = _aged_holder(s, m, k)
    if b < 0:
        b = _copular_conjunct(s, m)
    if b < 0 and "OWNS" in site.role.types:
        b = relative_firm_holder(s, m)  # "X, which is based in Hull, is a unit of Y"
    if b >= 0:
        # "A and B, the owners of X": a plural role noun names every coordinated holder
        plural = lows[e - 1].endswith("s") and lows[e - 1] != "'s"
        # "A and B, the president and chair of X": two leading titles, one for each
        plural = plural or (set(site.role.types) == {"LEADS"} and "and" in lows[k:e])
        holders = coord(s, b, -1) if plural else [b]
        objects = _made_things(s, other, site.role.types)
        pairs = _respective(s, holders, objects)
        for h, o in [(h, o) for h in holders for o in objects] if pairs is None else pairs:
            role_emit(s, h, o, site.role, b, o)
        return True
    # H after: "the chief executive of OpenAI, Sam Altman"
    q = other + 1
    if q < n and lows[q] == ",":
        hh = right(s, q + 1, 6, stops=PUNCT_STOP | {"and", "but"})
        if hh >= 0 and not any(w.endswith("ing") for w in lows[q + 1 : hh]):
            # not "chairman of the club, replacing Gordon Pike"
            role_emit(s, hh, other, site.role, k, other)
    return True


def _respective(
    s: Sentence, holders: list[int], objects: list[int]
) -> list[tuple[int, int]] | None:
    """ "A and B, the chair and chief executive of X and Y respectively": each holder with the
    object in the same place of its list (none when the lists differ in length); None without
    "respectively" after two or more objects."""
    lows = s.lows
    q = max(objects) + 1
    q += q < len(lows) and lows[q] == ","
    if not (q < len(lows) and lows[q] == "respectively") or len(objects) < 2:
        return None
    if len(holders) != len(objects):
        return []  # a pairing is told but cannot be read: no pair rather than every pair
    return list(zip(sorted(holders), sorted(objects), strict=True))


def _part_of(s: Sentence, o: int) -> bool:
    """The name at o owns a part named after it: "Harwell Foods' UK business", "X's European
    operations" (up to two modifiers, places among them, before the part noun)."""
    lows = s.lows
    if o + 2 >= len(lows) or lows[o + 1] not in POSSESSIVE_MARKS:
        return False
    for q in range(o + 2, min(len(lows), o + 5)):
        if lows[q] in PART_HEADS or lows[q] in HEADED_PARTS:
            return True
        named = lows[q] == M  # "X's Velta unit": a named part, its head word still to come
        if not (lows[q].replace("-", "").isalpha() or named):
            return False
    return False


def _names_part(lows: list[str], o: int) -> bool:
    """The name at o modifies a part its holder heads: "head of the Velta brand at Brisk",
    "head of Orbit Games division" (`headed_parts`)."""
    return o + 1 < len(lows) and lows[o + 1] in HEADED_PARTS


def _heads_a_part(s: Sentence, o: int, role: Role) -> bool:
    """A leading title's other party at o is only the owner of what the title heads: "chair
    Otto Wynn of the council's audit committee", "head Ada Vorn of Brisk's Velta unit", "of the
    Velta brand"."""
    if "LEADS" not in role.types:
        return False
    lows = s.lows
    if o + 1 < len(lows) and lows[o + 1] == "'s":
        if any(w in SUB_BODIES for w in lows[o + 2 : o + 5]):
            return True
    return _part_of(s, o) or _names_part(lows, o)


def _year_old(lows: list[str], m: int) -> bool:
    """An age adjective at m: "54 - year-old"."""
    return lows[m].isdigit() and lows[m + 1] == "-" and lows[m + 2] == "year-old"


def _made_things(s: Sentence, other: int, types: tuple[str, ...]) -> list[int]:
    """The products a maker owns: every member of a list of products ("the maker of Crispo
    crisps, Nutwell snack bars and Tangel biscuits"), else the one object."""
    out = [other]
    if types == ("LEADS",):
        return _led_list(s, other)
    if types != ("OWNS",):
        return out
    lows = s.lows
    n = len(lows)
    while "Product" in s.etypes(out[-1]):
        q = out[-1] + 1
        while q < n and q - out[-1] <= 2 and lows[q].isalpha() and lows[q] not in COORD:
            q += 1  # "Nutwell snack bars"
        if q == out[-1] + 1 or not any(product_noun(s, w) for w in lows[out[-1] + 1 : q]):
            break
        start = q
        while q < n and lows[q] in COORD:
            q += 1
        q += q < n and q > start and lows[q] == "the"
        if q == start or q >= n or lows[q] != M or "Product" not in s.etypes(q):
            break
        out.append(q)
    return out


def _led_list(s: Sentence, other: int) -> list[int]:
    """The organizations of "chair of A and B" (two names joined by "and", the second no
    possessor: not "chair of A and B's parent"), else the one object."""
    lows = s.lows
    q = other + 2
    if q >= len(lows) or lows[other + 1] != "and" or lows[q] != M:
        return [other]
    if q + 1 < len(lows) and lows[q + 1] in POSSESSIVE_MARKS:
        return [other]
    if s.etypes(q) != {"Organization"} or s.etypes(other) != {"Organization"}:
        return [other]
    return [other, q]


# words between a role link and a bare role: "would be acting CEO", "is the interim chair"
INTERIM = frozenset({"the", "acting", "interim", "permanent", "new", "incoming", "caretaker"})
BOARD_LED = frozenset({"chaired", "led", "headed", "run"})
BOARD_LINKS = frozenset({",", "is", "was", "has", "been", "will", "be", "now", "also"})


def board_led(s: Sentence) -> None:
    """ "The charity's board, chaired by the former judge X, approved the sale", "its board is
    chaired by X": the chair of an organization's board leads the organization."""
    lows = s.lows
    n = len(lows)
    for k in range(1, n - 2):
        if lows[k] not in BOARD_NOUNS:
            continue
        owner = _board_owner(s, k)
        if owner < 0:
            continue
        p = k + 1
        while p < n and p - k <= 4 and lows[p] in BOARD_LINKS:
            p += 1
        if not (p + 1 < n and lows[p] in BOARD_LED and lows[p + 1] == "by"):
            continue
        agent = agent_after(s, p + 2)
        if agent < 0 or "Person" not in s.etypes(agent) or s.blocked(owner + 1, agent):
            continue
        s.emit(s.ment(agent), ("LEADS",), s.ment(owner), "role/board", 0.85)


PANEL_NOUNS: frozenset[str] = BOARD_NOUNS | frozenset({"panel", "committee"})
PANEL_CHAIRS = frozenset({"chairs", "heads", "leads", "chaired", "headed", "led", "will"})
PANEL_OVERSEEN = frozenset(
    {"supervised", "overseen", "governed", "run", "managed", "steered", "monitored", "advised"}
)


def board_chaired(s: Sentence) -> None:
    """ "The dam is to be supervised by a panel that Ines Marl chairs", "its board, which X
    chairs": the chair of the board that runs a project or company leads it (the board owner
    is a possessor, or the subject of "supervised by" / "overseen by" before the board)."""
    lows = s.lows
    n = len(lows)
    for k in range(2, n - 2):
        if lows[k] not in PANEL_NOUNS:
            continue
        p = k + 1 + (lows[k + 1] == ",")
        if p < n and lows[p] in WHICH_THAT:
            p += 1
        while p < n and p - k <= 5 and lows[p] != M and s.person_head(lows[p]):
            p += 1  # "a panel that Professor Ines Marl chairs"
        if not (p + 1 < n and lows[p] == M and "Person" in s.etypes(p)):
            continue
        if lows[p + 1] not in PANEL_CHAIRS:
            continue
        if lows[p + 1] == "will" and lows[p + 2 : p + 3] != ["chair"]:
            continue
        owner = _board_owner(s, k)
        if owner < 0:
            owner = _overseen_owner(s, k)
        if owner < 0 or s.blocked(owner + 1, p + 2):
            continue
        s.emit(s.ment(p), ("LEADS",), s.ment(owner), "role/board-chaired", 0.8)


def _overseen_owner(s: Sentence, k: int) -> int:
    """ "P is to be supervised by a panel": P, the subject of the passive before the board."""
    lows = s.lows
    m = k - 1
    while m >= 0 and k - m <= 3 and lows[m].isalpha() and lows[m] != "by":
        m -= 1  # "by a new five-member panel"
    if not (m >= 1 and lows[m] == "by" and lows[m - 1] in PANEL_OVERSEEN):
        return -1
    got = subjects(s, m - 1, True)
    return got[0] if got and "Person" not in s.etypes(got[0]) else -1


def _board_owner(s: Sentence, k: int) -> int:
    """Whose board the one at k is: "X's (supervisory) board", "its board"; else -1."""
    lows = s.lows
    m = k - 1
    if m >= 1 and lows[m].isalpha() and lows[m] not in DETS and lows[m] != M:
        m -= 1  # "its supervisory board"
    if m >= 1 and lows[m] == "'s" and lows[m - 1] == M:
        return m - 1
    return m if m >= 0 and lows[m] == M and s.is_det(m) else -1


SUCCESSION_AUX = frozenset({"was", "is", "will", "be", "has", "have", "been", "to", "would"})


def succession(s: Sentence) -> None:
    """ "Chief executive Tom Harlan was replaced by Ada Prent", "Ada Prent will succeed Tom
    Harlan": the successor leads what the predecessor's LEADS relation of this sentence names
    (run after the role nouns, whose relations it reads)."""
    lows = s.lows
    n = len(lows)
    leads = [f for f in s.found if f.type == "LEADS"]
    for k in range(1, n - 1):
        if lows[k] not in SUCCEEDED:
            continue
        b = k - 1
        while b >= 0 and lows[b] in SUCCESSION_AUX:
            b -= 1
        if lows[k - 1] == "," and lows[k].endswith("ing"):
            _succeeding(s, k, leads)  # "X joined Y as CEO, succeeding co-founder Z"
            continue
        if lows[k - 1] == "who":
            _kin_predecessor(s, k, leads)  # "her brother Piet, who succeeded their mother Anke"
            continue
        if b >= 1 and lows[b] == "and" and b < k - 1:
            b = _first_conjunct_subject(s, b)  # "X stepped down as CEO and was replaced by Y"
        if b < 0 or lows[b] != M:
            continue
        by = k + 1 + (lows[k + 1] in TEMPORARY) * 2  # "was replaced for now by"
        if by < n and lows[by] == "by":
            old, new = b, _named_after(s, agent_after(s, by + 1))
        else:
            old, new = right(s, k + 1, 0), b  # "succeed Pellow chief executive Tom Harlan"
        if old < 0 or new < 0 or s.blocked(min(old, new), max(old, new)):
            continue
        last = max(old, new)
        if last + 1 < n and lows[last + 1] == "as":
            continue  # "... replaced by X as chairman of Y": the post is named (`appointed`)
        if "Person" not in s.etypes(old) or "Person" not in s.etypes(new):
            continue
        held = [f for f in leads if f.source in s.ment(old).ids]
        for f in held:
            org = Mention((f.target,), -1, -1, "context", 0.8)
            s.emit(s.ment(new), ("LEADS",), org, "role/succession", 0.7)
        if not held and new < old:
            _replaced_leaver(s, old, new)


def _kin_predecessor(s: Sentence, k: int, leads: list[Found]) -> None:
    """ "Rosko Wines is run by Ada Rosko and her brother Piet, who succeeded their mother Anke
    Rosko in 2010": in a family firm, the parent a leader succeeded led what the successor
    leads in this sentence (a former head; not "succeeded his father as mayor")."""
    from loaders.relations.unnamed_roles import relative_head  # imports this

    lows = s.lows
    n = len(lows)
    p = k + 1
    if p + 2 >= n or lows[p + 1] not in s.lex.person_cues.kin or lows[p + 2] != M:
        return
    if lows[p] not in KIN_POSSESSORS and pronoun_word(s, p) not in KIN_POSSESSORS:
        return
    old, new = p + 2, relative_head(s, k - 1)
    if new < 0 or "Person" not in s.etypes(old) or (old + 1 < n and lows[old + 1] == "as"):
        return
    ids = s.ment(new).ids
    for f in [f for f in leads if f.source in ids and f.target not in s.ment(old).ids]:
        org = Mention((f.target,), -1, -1, "context", 0.8)
        s.emit(s.ment(old), ("LEADS",), org, "role/succession", 0.6)


def _replaced_leaver(s: Sentence, old: int, new: int) -> None:
    """ "Ilse Fahr replaces Dan Oake, who steps down after nine years": a predecessor whose
    relative clause says the post was left led what the handover is of (this sentence's LEADS
    of someone else, else the article's organization), and so does the successor; "succeeded
    X" alone names no post."""
    if not _left_post(s, old) or s.blocked(new, old):
        return
    org = _handed_org(s, old)
    if org is None or org.ids[0] in s.ment(new).ids:
        return
    s.emit(s.ment(old), ("LEADS",), org, "role/succession", 0.6)
    s.emit(s.ment(new), ("LEADS",), org, "role/succession", 0.6)


# "..., with N2 to follow": the successor after a leader's exit
FOLLOW: Final[frozenset[str]] = frozenset({"follow", "succeed", "replace", "take"})


def to_follow(s: Sentence) -> None:
    """ "Chair Marcus Pellow will retire next year, with Anna Korvel, a former banker, to
    follow": the person of a closing "with N2 [, appositive,] to follow" leads what the
    sentence's LEADS relation names (run after the role nouns, whose relations it reads)."""
    lows = s.lows
    n = len(lows)
    leads = [f for f in s.found if f.type == "LEADS"]
    for k in range(3, n):
        end = k + 1 + (lows[k] == "take" and k + 1 < n and lows[k + 1] == "over")
        if lows[k] not in FOLLOW or lows[k - 1] != "to" or end >= n or lows[end] not in ".;":
            continue  # "to follow as finance director": another post
        x = k - 2 if lows[k - 2] == M else -1
        if lows[k - 2] == ",":
            x = appositive_start(s, k - 3, k - 2)  # "with N2, a former banker, to follow"
        if x < 1 or lows[x] != M or lows[x - 1] != "with" or "Person" not in s.etypes(x):
            continue
        new = s.ment(x)
        old = [f for f in leads if f.source not in new.ids]
        if len(old) == 1 and not s.blocked(0, x):
            org = Mention((old[0].target,), -1, -1, "context", 0.8)
            s.emit(new, ("LEADS",), org, "role/succession", 0.65)


# "who has retired", "who is retiring", "who will step down"
def _left_post(s: Sentence, x: int) -> bool:
    """The person at x is followed by a relative of leaving: "succeeding Marcus Pellow, who
    retired after 12 years", "replacing Mara Tove, who is stepping down" (not "who is retiring
    as finance director": another post)."""
    from loaders.relations.unnamed_roles import LEAVING_CUES, _leading_role  # imports this

    lows = s.lows
    v = x + 3 + (x + 3 < len(lows) and lows[x + 3] in AUXILIARIES)
    if not (v < len(lows) and lows[x + 1] == "," and lows[x + 2] == "who"):
        return False
    if lows[v] not in LEAVING_CUES:
        return False
    p = v + 1 + (v + 1 < len(lows) and lows[v + 1] == "down")
    return p >= len(lows) or lows[p] != "as" or _leading_role(s, p + 1, reach=2) >= 0


def _named_after(s: Sentence, x: int) -> int:
    """The name in apposition to a description at x ("by the finance chief, Tomas Vell"),
    else x."""
    lows = s.lows
    if x < 0 or x + 2 >= len(lows) or s.ment(x).kind == "name" or lows[x + 1] != ",":
        return x
    return x + 2 if lows[x + 2] == M and "Person" in s.etypes(x + 2) else x


# "replaced for now by", "replaced in the interim by"
TEMPORARY: Final[frozenset[str]] = frozenset({"for", "in"})


def _first_conjunct_subject(s: Sentence, a: int) -> int:
    """The subject of the verb phrase coordinated before "and" at a, when it left a leading
    role ("X stepped down as chief executive and was ..."), else -1."""
    from loaders.relations.unnamed_roles import LEAVING_CUES  # imports this

    lows = s.lows
    v = next((m for m in range(a - 1, max(-1, a - 8), -1) if lows[m] in LEAVING_CUES), -1)
    if v < 1 or any(_stops_conjunct(s, m) for m in range(v + 1, a)):
        return -1
    subj = subjects(s, v, True, near=4)
    return subj[0] if subj and subj[0] < v else -1


def _stops_conjunct(s: Sentence, m: int) -> bool:
    """A comma or a name at m ends a coordinated verb phrase, but not the organization of
    the left post ("retire as chief executive of X and be replaced by")."""
    w = s.lows[m]
    if w == ",":
        return True
    return w == M and not (s.lows[m - 1] in ("of", "at") and s.etypes(m) == {"Organization"})


def _succeeding(s: Sentence, k: int, leads: list[Found]) -> None:
    """ "Nadia Perl has joined Ostrava Capital as senior partner, succeeding co-founder Jan
    Brezina": a predecessor with a title led what the clause's holder now leads (a former role
    counts), and held the title there ("replacing Gordon Pike" alone says neither, unless
    its relative clause says the post was left: "succeeding Rolf Damsen, who retired")."""
    lows = s.lows
    old = right(s, k + 1, 3)
    if old < 0 or "Person" not in s.etypes(old) or s.blocked(k, old):
        return
    hit = s.lex.roles.match(lows, k + 1)
    if not hit or k + 1 + hit[0] != old:
        hit = None
        if not _left_post(s, old):
            return  # "replacing Gordon Pike": no title says what the predecessor held
    before = [f for f in leads if f.source not in s.ment(old).ids]
    if not before:
        return
    org = Mention((before[-1].target,), -1, -1, "context", 0.8)
    s.emit(s.ment(old), ("LEADS",), org, "role/succession", 0.65)
    if hit and "FOUNDED" in hit[1].types:
        s.emit(s.ment(old), ("FOUNDED",), org, "role/succession", 0.65)


TAKE_OVER: frozenset[str] = frozenset({"take", "takes", "took", "taken", "taking"})


def took_over(s: Sentence) -> None:
    """ "Sarah Collins ran the exchange until May, when Marta Oyelaran took over": the
    successor leads what the sentence's earlier LEADS relation names (run after the verbal
    family, whose relations it reads)."""
    lows = s.lows
    n = len(lows)
    leads = [f for f in s.found if f.type == "LEADS"]
    if not leads:
        return
    for k in range(1, n - 1):
        if lows[k] not in TAKE_OVER:
            continue
        after = _took_over_end(lows, k)
        if after < 0:
            continue
        if after < n and (lows[after] == M or lows[after] in DETS or lows[after] in ROLE_PREPS):
            continue  # "took over the company", "took charge of X": the verbal family's
        h = k - 1
        while h >= 0 and lows[h] in ("has", "had", "will", "would", "then", "later", "have"):
            h -= 1
        if h < 0 or lows[h] != M or "Person" not in s.etypes(h) or s.blocked(h, after):
            continue
        holder = s.ment(h)
        prior = [f for f in leads if f.source not in holder.ids]
        if not prior:
            continue
        led = next((m for m in s.ments if m is not None and prior[-1].target in m.ids), None)
        if led is not None:
            s.emit(holder, ("LEADS",), led, "role/took-over", 0.7)


def handed_over(s: Sentence) -> None:
    """ "Ruta Pell takes over in April from Conrad Yeo, who is retiring": the outgoing person
    leads what the successor will lead (this sentence's LEADS of another person, else the
    organization the article is about) until the handover; so does the successor."""
    lows = s.lows
    n = len(lows)
    for k in range(1, n - 3):
        if lows[k] not in TAKE_OVER or lows[k + 1] != "over":
            continue
        f = next((x for x in range(k + 2, min(n - 1, k + 7)) if lows[x] == "from"), -1)
        if f < 0 or not _plain_adjuncts(lows, k + 2, f) or lows[f + 1] != M:
            continue
        old = f + 1
        if "Person" not in s.etypes(old) or s.ment(old).kind != "name":
            continue
        org = _handed_org(s, old)
        if org is None:
            continue
        s.emit(s.ment(old), ("LEADS",), org, "role/handed-over", 0.6)
        new = subjects(s, k, True)
        if new and "Person" in s.etypes(new[0]) and not s.blocked(new[0] + 1, k):
            s.emit(s.ment(new[0]), ("LEADS",), org, "role/handed-over", 0.6)


def _plain_adjuncts(lows: list[str], lo: int, hi: int) -> bool:
    """Only time words between "over" and "from": "in April", "next month", "on Monday" (not
    "took over the dairy unit from X": a thing taken over)."""
    return all(w in DATE_WORDS or w in TIME_FILLERS or w.isdigit() for w in lows[lo:hi])


TIME_FILLERS = frozenset({"in", "on", "at", "next", "this", "last", "early", "late", "the", "of"})


def _handed_org(s: Sentence, old: int) -> Mention | None:
    """What a handover at the predecessor at `old` is of: the sentence's LEADS of someone
    else, or the article's organization when the sentence names none of its own."""
    ids = s.ment(old).ids
    led = [f for f in s.found if f.type == "LEADS" and f.source not in ids]
    if led:
        return Mention((led[-1].target,), -1, -1, "context", 0.8)
    if s.context.org:
        return Mention((s.context.org,), -1, -1, "context", 0.7)
    return None


MINISTERS: frozenset[str] = frozenset({"secretary", "minister", "commissioner"})
BODY_HEADS: frozenset[str] = frozenset({"department", "ministry", "office", "agency"})
# "shadow transport secretary", "deputy energy minister": not the body's head
NOT_THE_MINISTER = frozenset({"shadow", "deputy", "junior", "assistant", "vice", "permanent"})
BODY_FILLER = frozenset({"of", "for", "the", "and", "&", "state", "federal", "national"})


def government_bodies(names: list[tuple[str, str]]) -> dict[str, str]:
    """Domain words of the article's departments and ministries, each to the one body it
    names: [("department-for-transport", "Department for Transport")] -> {"transport": ...}.
    A word two bodies share names neither."""
    out: dict[str, str] = {}
    shared: set[str] = set()
    for rid, name in names:
        words = name.lower().replace(",", " ").split()
        if BODY_HEADS.isdisjoint(words):
            continue
        for w in words:
            if w in BODY_HEADS or w in BODY_FILLER or not w.isalpha():
                continue
            if w in out and out[w] != rid:
                shared.add(w)
            out[w] = rid
    return {w: rid for w, rid in out.items() if w not in shared}


def ministers(s: Sentence) -> None:
    """ "Transport Secretary Lena Cobb said ...", "Lena Cobb, the transport secretary, ...":
    the minister leads the article's department of that domain (named in another sentence)."""
    lows = s.lows
    n = len(lows)
    by_domain = dict(s.context.bodies)
    bodies = set(by_domain.values())
    for k in range(1, n):
        if lows[k] not in MINISTERS or (k >= 2 and lows[k - 2] in NOT_THE_MINISTER):
            continue
        if k >= 2 and _former(s, k - 2):
            continue  # "former trade minister X": not the head of the ministry named elsewhere
        if lows[k - 1] in by_domain:
            body = Mention((by_domain[lows[k - 1]],), -1, -1, "context", 0.8)
        elif lows[k - 1] == M and bodies.issuperset(s.ment(k - 1).ids):
            body = s.ment(k - 1)  # "Transport" read as a short form of the department's name
        elif lows[k - 1] == M and s.ment(k - 1).ids[0] in by_domain:
            # "Energy Minister X": the domain word taken for a name of its own
            body = Mention((by_domain[s.ment(k - 1).ids[0]],), -1, -1, "context", 0.8)
        else:
            continue
        holder = -1
        if k + 1 < n and lows[k + 1] == M:
            holder = k + 1  # "Transport Secretary Lena Cobb"
        elif k >= 4 and lows[k - 2] == "the" and lows[k - 3] == "," and lows[k - 4] == M:
            holder = k - 4  # "Lena Cobb, the transport secretary,"
        if holder < 0 or "Person" not in s.etypes(holder) or s.blocked(min(holder, k), k):
            continue
        s.emit(s.ment(holder), ("LEADS",), body, "role/minister", 0.8)


def _former(s: Sentence, b: int) -> bool:
    """The word at b says a post is past: "former", "onetime", "ex-"."""
    lows, former = s.lows, s.lex.former_before
    return lows[b] in former or (lows[b] == "-" and b >= 1 and lows[b - 1] in former)


LEADERSHIP: frozenset[str] = frozenset({"leadership", "stewardship"})
UNDER_CUES: frozenset[str] = LEADERSHIP | {"under"}


def under_leadership(s: Sentence) -> None:
    """ "Under Ada Prent's leadership, Halden Bank doubled its profits", "under the leadership
    of Ada Prent, the bank ...": the person leads the main clause's organization."""
    lows = s.lows
    n = len(lows)
    for k in range(2, n - 2):
        if lows[k] not in LEADERSHIP:
            continue
        if lows[k - 1] == "'s" and lows[k - 2] == M and k >= 3 and lows[k - 3] == "under":
            person, c = k - 2, k + 1
        elif lows[k - 1] == "the" and k >= 2 and lows[k - 2] == "under" and lows[k + 1] == "of":
            person, c = k + 2, k + 3  # "under the leadership of X,"
            if person >= n or lows[person] != M:
                continue
        else:
            continue
        if "Person" not in s.etypes(person) or c >= n or lows[c] != ",":
            continue
        org = c + 1
        while org < n and org - c <= 3 and lows[org] != M and lows[org].isalpha():
            org += 1  # "Under X's leadership, the lender Halden Bank ..."
        if org < n and lows[org] == M and "Organization" in s.etypes(org):
            if not s.blocked(org, n):
                s.emit(s.ment(person), ("LEADS",), s.ment(org), "role/under-leadership", 0.7)
    under_person(s)


def under_person(s: Sentence) -> None:
    """ "Under Henrik Dahl, Nordhav Tankers has doubled its fleet", "Nordhav Tankers, under
    Henrik Dahl, has ...": a person named alone after "under" leads the clause's organization
    ("under Dahl's plan" and "under the leadership of" are not this)."""
    lows = s.lows
    n = len(lows)
    for k in range(0, n - 3):
        if lows[k] != "under" or lows[k + 1] != M or lows[k + 2] != ",":
            continue
        person = k + 1
        if s.etypes(person) != {"Person"}:
            continue
        if k == 0 or (k == 1 and lows[0] in ("but", "and")):
            org = k + 3
            while org < n and org - k <= 6 and lows[org] != M and lows[org].isalpha():
                org += 1  # "Under Dahl, the tanker group Nordhav ..."
        elif k >= 2 and lows[k - 1] == "," and lows[k - 2] == M:
            org = k - 2  # "Nordhav Tankers, under Henrik Dahl, has ..."
            if any(lows[x] in CLAUSE_STOP or lows[x] == "," for x in range(0, org)):
                continue
        else:
            continue
        if org >= n or lows[org] != M or s.etypes(org) != {"Organization"} or s.is_det(org):
            continue
        if not s.blocked(min(org, person), n):
            s.emit(s.ment(person), ("LEADS",), s.ment(org), "role/under-person", 0.65)


GOVERNMENT: Final[frozenset[str]] = frozenset({"government", "administration", "cabinet"})
SPEAKER_REACH = 4  # words between the reporting verb and the speaker's name


def government_backing(s: Sentence) -> None:
    """ "Transport minister Ola Sundby said the government is fully behind P", '"The
    government stands squarely behind P," said minister Ola Sundby': an unnamed government's
    backing, said by a person, is that speaker's (the backer the gold gives)."""
    lows = s.lows
    n = len(lows)
    for k in range(1, n - 2):
        if lows[k] not in GOVERNMENT or lows[k - 1] not in ("the", "our", "this"):
            continue
        found = _backing_after(s, k + 1)
        if found is None:
            continue
        e, target = found
        speaker = _speaker_of(s, k, e)
        if speaker < 0 or s.blocked(k + 1, target):
            continue
        s.emit(s.ment(speaker), ("BACKS",), s.ment(target), "role/government-backing", 0.7)


def _backing_after(s: Sentence, p: int) -> tuple[int, int] | None:
    """A BACKS trigger right after a clause subject at p ("stands squarely behind", "remains
    committed to", "is fully behind") and its Project or Organization object."""
    lows = s.lows
    n = len(lows)
    triggers = s.lex.triggers
    for k in range(p, min(n, p + 3)):
        if lows[k] not in triggers:
            continue
        for phrase, trigs in triggers.bucket(lows[k]):
            if not any("BACKS" in t.types and not t.reverse for t in trigs):
                continue
            e = match_gap(s, k, phrase)
            if e <= k:
                continue
            obj = right(s, e, 3)
            if obj >= 0 and s.etypes(obj) & {"Project", "Organization"}:
                return e, obj
    return None


def _speaker_of(s: Sentence, lo: int, hi: int) -> int:
    """The person a reporting verb outside lo..hi gives the words to: "X said the government
    ...", '"...," said minister X', '"...," X said'."""
    lows = s.lows
    n = len(lows)
    for v in range(n):
        if lows[v] not in REPORTING or lo <= v < hi:
            continue
        for m in range(max(0, v - SPEAKER_REACH), min(n, v + SPEAKER_REACH + 1)):
            if lows[m] == M and "Person" in s.etypes(m) and not lo <= m < hi:
                if all(lows[x] != M for x in range(min(m, v) + 1, max(m, v))):
                    return m
    return -1


# nouns between a role and its holder's apposition: "its partner company, X"
ROLE_HEAD_NOUNS = frozenset({"company", "firm", "group", "business", "organisation"})


def his_department(s: Sentence) -> None:
    """ "Commissioner Ana Ruiz said her department, the Office of Fair Trade, would act": the
    official leads the body a possessive names as his or her department."""
    lows = s.lows
    n = len(lows)
    for k in range(1, n - 2):
        if lows[k] not in BODY_HEADS or not s.is_det(k - 1) or lows[k + 1] != ",":
            continue
        p = k + 2 + (lows[k + 2] == "the")
        if p >= n or lows[p] != M or "Organization" not in s.etypes(p):
            continue
        holder = s.ment(k - 1)
        if not any(s.type_of(i) == "Person" for i in holder.ids) or s.blocked(0, p):
            continue
        s.emit(holder, ("LEADS",), s.ment(p), "role/department", 0.75)


# conjunctions opening a clause about a bare role's holder: "since co-founder X left"
TIME_LINKS = frozenset({"since", "after", "when", "until", "before", "once"})


def _linked_clause(lows: list[str], k: int) -> bool:
    """The bare title at k opens a clause linked to the main one: after a time word ("since
    co-founder X left") or after a comma and a conjunction (", although chairman X")."""
    if k < 1:
        return False
    return lows[k - 1] in TIME_LINKS or (
        k >= 2 and lows[k - 1] in CLAUSE_LINKS and lows[k - 2] == ","
    )


# "took over", "took charge", "took the helm": a successor's words with no object
TOOK_OVER_PHRASES = (("over",), ("charge",), ("the", "helm"))


def _took_over_end(lows: list[str], k: int) -> int:
    """The end of "took over" / "took charge" / "took the helm" at k, else -1."""
    for words in TOOK_OVER_PHRASES:
        if tuple(lows[k + 1 : k + 1 + len(words)]) == words:
            return k + 1 + len(words)
    return -1


def collapse_roles(s: Sentence) -> None:
    """Fold "Tesla CEO Elon Musk" into one mention item for the later rules."""
    if not s.folds:
        return
    drop: set[int] = set()
    for first, last, holder in s.folds:
        drop.update(k for k in range(first, last + 1) if k != holder)
    folded = (s.ments[k] for k in drop)  # "Marvane's biggest shareholder, Esna": Marvane
    s.folded_names = frozenset(
        i for m in folded if m is not None and m.kind == "name" for i in m.ids
    )
    s.lows = [w for k, w in enumerate(s.lows) if k not in drop]
    s.ments = [x for k, x in enumerate(s.ments) if k not in drop]
    if s.titled:
        s.titled = [x for k, x in enumerate(s.titled) if k not in drop]


def cues(lex: Lexicon) -> frozenset[str]:
    """The role nouns and the titles that name a head only in apposition ("Its director, X")."""
    return frozenset(lex.roles) | frozenset(lex.apposed_heads)


def apply(s: Sentence) -> None:
    """Role nouns, then "Tesla CEO Elon Musk" folded into one mention for the later rules."""
    roles(s)
    folded_places(s)
    collapse_roles(s)
