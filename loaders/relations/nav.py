"""Navigation over a sentence model: subjects, objects, agents, coordination, appositives.

Each function takes the `Sentence` and a position and returns a position (-1 for none) or a
list of positions: `right(s, k, gap)` is the nearest mention after k, `coord(s, k, +1)` the
mentions coordinated with the one at k ("A, B and C"), `subjects(s, k, verb)` the candidate
subjects of the trigger at k, best first.
"""

from __future__ import annotations

from typing import Final

from loaders.clause_subject import RECIPIENT_PREPS, dated_comma
from loaders.lexicon import GAP, Lexicon, per_lexicon, read_data
from loaders.list_layouts import item_verbs
from loaders.product_cues import product_word
from loaders.relations.age_asides import age_aside_holder
from loaders.relations.agent_descriptors import described_name
from loaders.relations.apposed_heads import apposed_name
from loaders.relations.aside_subjects import set_off_head
from loaders.relations.described_members import (
    compound_hyphen,
    described_closing,
    member_closes,
    place_modified,
)
from loaders.relations.fronted_lists import fronted_cut, pair_apposition
from loaders.relations.gap_dates import FREE_WORDS, date_word
from loaders.relations.gap_objects import free_article
from loaders.relations.hedge_scope import SEQUENCE
from loaders.relations.kin_subject import KIN_POSSESSORS
from loaders.relations.list_members import foreign_member
from loaders.relations.model import Sentence, compatible
from loaders.relations.own_acts import own_act
from loaders.relations.place_series import place_series
from loaders.relations.span_gaps import SPAN_GAP_NOUNS, span_gap
from loaders.relations.words import (
    AGENTS,
    AND_OR,
    APPOSITIVE_DETS,
    ARTICLES,
    AUXILIARIES,
    BE_FORMS,
    CLAUSE_STOP,
    COMPANIONS,
    COORD,
    COPULAS,
    DASHES,
    DATE_WORDS,
    DETS,
    FUND_HEADS,
    GAP_WORDS,
    INDEFINITE_ARTICLES,
    INTENT_VERBS,
    MEMBER_NOUNS,
    OBJ_STOP,
    ORIGIN_TAILS,
    OWN_PRONOUNS,
    PERSON_POSSESSIVES,
    POSSESSIVE_MARKS,
    POSSESSIVES,
    PREPOSITIONS,
    PUNCT_STOP,
    QUOTE_MARKS,
    RELATIVE_WH,
    RELATIVES,
    REPORTING,
    SKIP_DETS,
    SOURCE_CUES,
    SUBJ_GAP,
    SUBJ_GAP_FAR,
    SUBJ_REACH,
    VERB_LEADS,
    M,
    product_modifier,
)


def left(s: Sentence, k: int, gap: int, stops=PUNCT_STOP) -> int:
    """Index of the nearest mention before k within `gap` words, else -1."""
    lows = s.lows
    for m in range(k - 1, max(-1, k - gap - 2), -1):
        if lows[m] == M and not s.is_det(m):
            return m
        if lows[m] in stops:
            return -1
    return -1


def right(s: Sentence, k: int, gap: int, stops=OBJ_STOP) -> int:
    lows = s.lows
    n = len(lows)
    if k + 3 < n and lows[k] != M and lows[k + 1] == "-" and lows[k + 2] in LISTING_TAILS:
        k += 3  # "a unit of AIM-quoted Marden": the exchange's prefix is no mention
    for m in range(k, min(n, k + gap + 1)):
        if lows[m] == M and not s.is_det(m):
            if m + 3 < n and lows[m + 1] == "-" and lows[m + 3] == M:
                if lows[m + 2] in s.lex.hyphen:
                    return m + 3  # "Frankfurt-based Veridian Risk"
            if m + 4 < n and lows[m + 1] == "-" and lows[m + 4] == M and not s.is_det(m + 4):
                if lows[m + 2] in s.lex.hyphen and lows[m + 3].isalpha():
                    return m + 4  # "accused Leeds-based challenger Ambra Rail": not Leeds
            h = _hyphen_head(s, m)
            if h >= 0:
                return h  # "bought the Cork-based bakery chain X", "the Oslo-listed miner X"
            if m + 2 < n and lows[m + 1] != M and lows[m + 1].isalpha():
                # "former Convoy executive Tom Harlan": the person, not the employer
                h = m + 2 if lows[m + 2] == M else m + 3
                # only descriptors between: "Corvex and executive Tom Harlan" is a list
                if h < n and lows[h] == M and s.person_head(lows[h - 1]):
                    if lows[m + 1] not in COORD and lows[h - 2] not in COORD:
                        return h
            return m
        if lows[m] == "," and stops is OBJ_STOP:
            named = _named_description(s, k, m)
            if named >= 0:
                return named  # "to the scheme, dubbed Project Kelp"
        if lows[m] in stops:
            return -1
    return -1


AFTER_NAMING = {"dubbed": 1, "named": 1, "called": 1, "known": 2}


def _named_description(s: Sentence, k: int, c: int) -> int:
    """The name a definite description from k to the comma at c is given after it: "the
    scheme, dubbed Project Kelp", "the ship, named Kestle Star"; else -1."""
    lows = s.lows
    n = len(lows)
    if c + 2 >= n or not 0 < c - k <= 4 or "the" not in lows[k:c] or M in lows[k:c]:
        return -1
    width = AFTER_NAMING.get(lows[c + 1], 0)
    if width == 2 and lows[c + 2] != "as":
        return -1
    q = c + 1 + width
    if not width or q >= n or lows[q] != M or s.is_det(q) or not lows[c - 1].isalpha():
        return -1
    end = q + 1  # the name ends the phrase: "named Kestle Star," not "named Ann Lee chief"
    return q if end >= n or not lows[end].isalpha() or lows[end] in ("and", "with") else -1


# the listing words after an exchange's dropped name (`listing_tails` in lexicon.yaml)
LISTING_TAILS: Final[frozenset[str]] = frozenset({"listed", "quoted", "traded"})


def _hyphen_head(s: Sentence, m: int) -> int:
    """The name a hyphenated modifier opened by the mention at m describes, after up to three
    descriptor words ("Cork-based bakery chain X", "Oslo-listed steelmaker X"), else -1."""
    lows = s.lows
    n = len(lows)
    if not (m + 3 < n and lows[m + 1] == "-" and lows[m + 2].isalpha()):
        return -1
    if not (lows[m + 2] in s.lex.hyphen or lows[m + 2].endswith("ed")):
        return -1
    h = m + 3
    while h < n and h - m <= 8 and lows[h] != M:
        w = lows[h]
        if w == "-" and lows[h - 1].isalpha() and h + 1 < n and lows[h + 1].isalpha():
            h += 1  # "start-up", "family-owned"
            continue
        if not w.replace("-", "").isalpha() or w in PREPOSITIONS or w in COORD or w in OBJ_STOP:
            return -1
        h += 1
    return h if h < n and lows[h] == M and not s.is_det(h) else -1


LOCATION_ONLY: Final[frozenset[str]] = frozenset({"Location"})
IN_PLACE: Final[frozenset[str]] = frozenset({"in"})


def past_placed(s: Sentence, b: int, preps: frozenset[str] = IN_PLACE) -> int:
    """ "Himal Hides in Pokhara, with which", "a joinery in Hexham that": where the preposition
    ("in", or one of `preps`) stands before the place named at b, with a word before it, so that
    a relative clause after the place hangs on what comes before; else -1."""
    lows = s.lows
    if b >= 2 and lows[b] == M and s.etypes(b) == LOCATION_ONLY and lows[b - 1] in preps:
        return b - 1
    return -1


def place_head(s: Sentence, m: int) -> int:
    """The organization a place premodifier at m describes after one or two descriptor words
    ending in a company noun: "the Lyon cheesemaker Fromont", "a Hull trawler firm, Dunmore"
    without the comma; else -1."""
    lows = s.lows
    n = len(lows)
    if m < 1 or lows[m - 1] not in SKIP_DETS or s.etypes(m) != LOCATION_ONLY:
        return -1
    for h in (m + 2, m + 3):
        if h >= n or not all(lows[x].isalpha() for x in range(m + 1, h)):
            return -1
        if lows[h] == M and not s.is_det(h) and "Organization" in s.etypes(h):
            head = lows[h - 1]
            company = head in s.lex.heads and s.lex.heads.lookup((head,)) == "Organization"
            return h if company or head.endswith("maker") else -1
    return -1


def prep_before(s: Sentence, k: int) -> bool:
    """A preposition governs the mention at k: "at the bank", "at rival Nordwing"."""
    return governing_prep(s, k) != ""


def governing_prep(s: Sentence, k: int) -> str:
    """The preposition governing the mention at k ("from" in "from the state lender X"),
    else ""."""
    lows, lex = s.lows, s.lex
    m = k - 1
    words = 0
    while m >= 0 and (
        lows[m] in SKIP_DETS
        or (words < 2 and (lows[m] in lex.heads or lows[m] in lex.roles) and lows[m].isalpha())
    ):
        words += lows[m] not in SKIP_DETS
        m -= 1
    return lows[m] if m >= 0 and (lows[m] in PREPOSITIONS or lows[m] == "(") else ""


def joined(lows: list[str], a: int, b: int) -> bool:
    """Words a..b-1 hold a coordinator: "and", "plus" or a companion ("as well as")."""
    return any(
        w in ("and", "plus") or companion_width(lows, m, +1) for m, w in enumerate(lows[a:b], a)
    )


VERB_GROUP: Final[int] = 6  # words of a verb group between a closing comma and a trigger


def past_relative(s: Sentence, k: int) -> int:
    """ "Orvane, which bought Kell in 2019, has filed claims against Ambry", "..., last week
    sued Ambry": the trigger's verb group follows the comma that closes a relative clause; the
    clause's head is the subject, not a name inside the clause (UNNAMED when the head is a
    noun that names no entity); else -1."""
    lows = s.lows
    a = _closing_comma(lows, k)
    if a < 1:
        return -1
    skip = a
    for m in range(a - 1, max(0, a - 18), -1):
        if m >= skip:
            continue  # inside the relative clause subject's appositive
        if lows[m] in PUNCT_STOP or lows[m] in QUOTE_MARKS:
            return -1
        if lows[m] == "whose":
            if not (m >= 2 and lows[m - 1] == "," and lows[m - 2] == M):
                return -1  # "X, whose father, Y, bought Z": the subject search reads it
            head = m - 2  # "Kessa, whose jam is sold by grocers, runs a plant in P": Kessa
            return -1 if s.is_det(head) or "Location" in s.etypes(head) else head
        if lows[m] in RELATIVE_WH and lows[m - 1] == "," and m >= 2 and lows[m - 2] == M:
            head = m - 2
            if s.is_det(head) or "Location" in s.etypes(head):
                return -1
            return head
        if lows[m] in ("which", "who") and lows[m - 1] == "," and m >= 2:
            if lows[m - 2].isalpha() and lows[m - 2] not in REPORTING:
                # "The fund, which Reed set up, owns Pell": an unnamed head; but "X, the
                # growers' union, which ..., sued Y": the appositive's name
                named = apposed_name(s, m - 2)
                return named if named >= 0 else UNNAMED
        if lows[m] == "," and a - m >= 3 and (head := _whose_role(s, m)) != -1:
            # "X, whose chief, Y, joined in 2020, has sued Z": X
            return -1 if head >= 0 and "Location" in s.etypes(head) else head
        if lows[m] == "," and lows[m + 1] in ARTICLES and lows[m - 1] == M:
            if relative_opening(lows, m - 1, CLOSED_RELATIVE_REACH) >= 0:
                continue  # "P, who runs the fund at Y, a Z shareholder, criticised": P
        if lows[m] == ",":
            skip = _inner_appositive(s, m)
            if skip < 0:
                return -1  # "X, who founded P, hired Y, an adviser to Z": the comma opens Y's aside
    return -1


def _closing_comma(lows: list[str], k: int) -> int:
    """The comma before the verb group of the trigger at k, past at most one earlier verb
    phrase joined by "and" with no name or comma in it ("..., has appealed and sued Z",
    "..., cut jobs and invested in Z"); else -1."""
    a = k - 1
    budget = VERB_GROUP
    joined = False
    while a >= 0 and k - a <= budget and lows[a] != M and (lows[a].isalpha() or joined):
        if lows[a] in RELATIVE_WH or lows[a] in CLAUSE_STOP or lows[a] in PUNCT_STOP:
            break
        if lows[a] == ",":
            return a if a + 1 < k and lows[a + 1] != "and" else -1  # ", and": no shared head
        if lows[a] == "and":
            if joined:
                return -1
            joined, budget = True, k - a + VERB_GROUP
        a -= 1
    return a if a >= 1 and lows[a] == "," else -1


def _whose_role(s: Sentence, m: int) -> int:
    """ "X, whose chief executive, Y, ...": the comma at m closes the name Y apposed to the
    role after "whose"; the head X (UNNAMED for a noun head), else -1."""
    lows = s.lows
    if not (m >= 6 and lows[m - 1] == M and lows[m - 2] == ","):
        return -1
    w = m - 3
    while w > m - 7 and lows[w].isalpha() and lows[w] != "whose":
        w -= 1
    if lows[w] != "whose" or w == m - 3 or w < 2 or lows[w - 1] != ",":
        return -1
    if lows[w - 2] == M:
        return -1 if s.is_det(w - 2) else w - 2
    return UNNAMED if lows[w - 2].isalpha() else -1


def _inner_appositive(s: Sentence, m: int) -> int:
    """ "X, which Y, a Pellworth fund, controls, runs": the comma at m closes an appositive on
    the subject of an object relative clause; the appositive's opening comma, else -1."""
    lows = s.lows
    for c in range(m - 2, max(2, m - 8), -1):
        if lows[c] == ",":
            if lows[c + 1] in ARTICLES and lows[c - 1] == M and lows[c - 2] in RELATIVE_WH:
                return c
            return -1
        if lows[c] in PUNCT_STOP or lows[c] in QUOTE_MARKS:
            return -1
    return -1


def relative_opening(lows: list[str], m: int, reach: int) -> int:
    """Where the relative clause that word m closes opens ("P, who runs the fund at Y": the
    "who"), when a ", who" or ", which" after a name opens it less than `reach` words back,
    with no comma or stop between; else -1."""
    for r in range(m - 1, max(1, m - reach), -1):
        if lows[r] in ("who", "which"):
            return r if lows[r - 1] == "," and r >= 2 and lows[r - 2] == M else -1
        if lows[r] == "," or lows[r] in PUNCT_STOP or lows[r] in QUOTE_MARKS:
            return -1
    return -1


CLOSED_RELATIVE_REACH: Final = 10  # words of a relative clause before the name that closes it
UNNAMED: Final[int] = -2  # past_relative: the relative clause's head names no entity


def subjects(s: Sentence, k: int, verb: bool, near: int = SUBJ_GAP, aside: bool = False):
    """Subject candidates left of k, best first: the nearest mention that can be a
    subject (not after a preposition, not a possessor of a verb's subject, not a place),
    then further ones, and finally the sentence's opening name. With `aside`, the head of an
    aside the nearest name sits in first (`set_off_head`)."""
    lows = s.lows
    out = _near_subjects(s, k, verb, near)
    if aside and out and verb and (head := set_off_head(s, out[0], k, opening_mention(s))) >= 0:
        out = [head] + [x for x in out[1:] if x != head]  # "G, a unit of A, makes Y": G
    start = _name_before_clause(s, k)
    if start >= 0 and "Location" not in s.etypes(start) and not s.is_det(start):
        if start in out:
            out.remove(start)
        out.insert(0, start)
    opening = opening_mention(s)
    if opening >= 0 and opening < k and opening not in out and verb and not s.is_det(opening):
        if possessor_at(lows, opening, k) or _staff_modifier(s, opening, k):
            return out
        if _unnamed_staff(s, opening, k):
            return out
        if _unnamed_antecedent(s, opening, k):
            return out  # "from the Rusk family, which founded X": the family, no entity
        if not any(
            (lows[x] in CLAUSE_STOP and not _verb_but(lows, x, k)) or lows[x] == "whose"
            for x in range(opening, k)
        ):
            out.append(opening)
    return out


def _unnamed_antecedent(s: Sentence, opening: int, k: int) -> bool:
    """The verb at k opens a relative (", which [aux/adverbs]") whose antecedent before the
    comma is no name and stands after the opening name: "X is buying the shares from the Rusk
    family, which founded Y" (the family founded Y, not X; but "The Tolley Mine project, which
    sits" is the named project's)."""
    lows = s.lows
    r = k - 1
    while r > opening and (
        lows[r] in AUXILIARIES or (lows[r].endswith("ly") and lows[r].isalpha())
    ):
        r -= 1
    if not (r - 2 > opening and lows[r] in ("which", "who") and lows[r - 1] == ","):
        return False
    head = r - 2
    if lows[head] == M:
        return False
    a = head
    while a > opening and head - a < 3 and lows[a].isalpha() and lows[a] not in DETS:
        a -= 1
    return lows[a] != M or lows[head] in s.lex.group_nouns  # "the Rusk family": no entity


HOME_APPOSITIVE_REACH: Final = 12  # words back from "by Y of C" to an appositive's comma


def _home_place_of(s: Sentence, m: int) -> bool:
    """The place at m is the home town of the name before it: "Dahl Holding of Oslo"."""
    lows = s.lows
    if m < 2 or lows[m - 1] != "of" or lows[m - 2] != M or s.etypes(m) != {"Location"}:
        return False
    if "Location" in s.etypes(m - 2) or s.is_det(m - 2):
        return False
    # "the X Trust, a Jersey entity run by Y of Lyon, which acquired": which is ambiguous
    for q in range(m - 3, max(0, m - 3 - HOME_APPOSITIVE_REACH), -1):
        if lows[q] == "," or lows[q] in PUNCT_STOP:
            return not (lows[q] == "," and lows[q + 1] in APPOSITIVE_DETS)
    return True


def _verb_but(lows: list[str], x: int, k: int) -> bool:
    """A "but" at x joining two verbs of one subject, the second at k: "praised the plan
    but (has) attacked X", "considered A but instead bought B" (only auxiliaries and adverbs
    between)."""
    if lows[x] != "but":
        return False
    return all(
        w in AUXILIARIES or w in SEQUENCE or (w.endswith("ly") and w.isalpha())
        for w in lows[x + 1 : k]
    )


def _near_subjects(s: Sentence, k: int, verb: bool, near: int) -> list[int]:
    """Up to three subject candidates walking left from k, nearest first; a relative
    clause ("X, which ...") offers only its antecedent."""
    lows = s.lows
    words = 0
    m = k - 1
    out: list[int] = []
    relative = False
    while m >= 0 and k - m <= SUBJ_REACH and len(out) < 3:
        w = lows[m]
        if relative and w != M and w != ",":
            break  # past "X, which ...": X was the only subject on offer
        if w == M and relative and _home_place_of(s, m):
            m -= 2  # "Dahl Holding of Oslo, which invested": the holding, not its town
            continue
        if w == M:
            if _subject_mention(s, m, k, verb, relative):
                limit = near if not out else SUBJ_GAP_FAR
                # "X, which last year paid a dividend and is based in C": the antecedent
                if words <= limit or (relative and words <= SUBJ_GAP_FAR):
                    out.append(m)
            if relative:
                break
        elif w == "," and not relative and _speaker_aside(lows, m) >= 0:
            m = _speaker_aside(lows, m)  # "Norrel Bank, Ada Prent said, will lend": past it
            continue
        elif w in CLAUSE_STOP or w == "whose":
            break  # "Ivo Sarr, whose grandfather bought the mill": the grandfather bought it
        elif w in ("which", "who") and _coordinated_relative(lows, m) >= 0:
            m = _coordinated_relative(lows, m)  # "X, who advised her and who then took": X
            continue
        elif w in ("which", "who") and m >= 1 and lows[m - 1] == ",":
            relative = True
            words += 1
            start = _relative_start(s, m, k)
            if start >= 0:
                m = start + 1  # "Koyo Tools, a machine maker, which will invest": Koyo Tools
        elif w == "who" and m >= 2 and lows[m - 2] == M and s.person_head(lows[m - 1]):
            m -= 3  # "Pau Serra, a former Freixo director who backed her": not Freixo (ties33)
            words += 1
            continue
        elif w == "who" and not out and (d := _described_who(s, m, k)) >= 0:
            relative = True  # "set up by Ana Berg, a former trader who still heads it": Ana Berg
            words += 1
            m = d + 1
        elif w == "that" and not out and (d := _coordinated_that(lows, m)) >= 0:
            m = d  # "a pit that two firms back and that later won an award": the first "that"
            continue
        elif w == "that" and not out and (d := _described_that(s, m, k)) >= 0:
            relative = True  # "on Vale Trust, the foundation that controls": Vale Trust
            words += 1
            m = d + 1
        else:
            words += 1
        m -= 1
    return out


def _relative_start(s: Sentence, m: int, k: int) -> int:
    """Where the antecedent of the ", which" or ", who" at m starts when words stand between
    them (an appositive, a date, a person's firm or role, an age), else -1."""
    lows = s.lows
    start = appositive_start(s, m - 2, k) if m >= 3 and lows[m - 2] != M else -1
    if start < 0 and m >= 3 and lows[m - 2] != M:
        start = _dated_recipient(lows, m - 1)  # "sold to Marsh Agri in 2019, which"
    if start < 0 and _person_in_apposition(s, m):
        start = appositive_start(s, m - 3, k)  # "X, the vehicle of trader Y, which"
    if start < 0:
        start = _person_at_firm(s, m)  # "Mara Voss at Kelso Bank, who rates": Voss
    if start < 0:
        start = _person_role_firm(s, m, k)  # "Ivo Dar, head of the X Guild, who": Dar
    if start < 0:
        start = age_aside_holder(s, m - 1, k)  # "Ivo Rask, 58, who runs it": Ivo Rask
    return start


def _described_who(s: Sentence, m: int, k: int) -> int:
    """ "by NAME, a former trader who ...": the agent whose appositive "who" at m closes (no comma
    before "who"), else -1."""
    if m < 4 or s.lows[m - 1] in (",", M) or not s.lows[m - 1].isalpha():
        return -1
    start = appositive_start(s, m - 1, k)
    if start < 1 or s.etypes(start) != {"Person"} or s.lows[start - 1] != "by":
        return -1  # only a passive's agent ("set up by"), whose relative erg otherwise skips
    return start if s.lows[k - 1] in STILL_ADVERBS else -1  # "who still heads": a lasting tie


# adverbs of a tie that lasts, right before the relative's verb ("who still heads the firm")
STILL_ADVERBS: Final = frozenset(read_data("unnamed_roles.yaml")["link_adverbs"])


def _coordinated_relative(lows: list[str], m: int) -> int:
    """ "X, who has advised her since 2016 and who then took the chair": the "who" at m
    after "and" repeats an earlier ", who" (same word, same clause): that one's position,
    else -1."""
    if m < 3 or lows[m - 1] != "and":
        return -1
    for j in range(m - 2, max(0, m - 25), -1):
        if lows[j] in PUNCT_STOP:
            return -1
        if lows[j] == lows[m] and lows[j - 1] == ",":
            return j
    return -1


def _coordinated_that(lows: list[str], m: int) -> int:
    """ "X, a pit that A backs and that later won an award": the "that" at m after "and" repeats
    an earlier "that" of the clause (no comma, name or stop between): its position, else -1."""
    if m < 3 or lows[m - 1] != "and":
        return -1
    for j in range(m - 2, max(0, m - COORDINATED_THAT_REACH), -1):
        if lows[j] in PUNCT_STOP or lows[j] in (",", M):
            return -1
        if lows[j] == "that":
            return j
    return -1


COORDINATED_THAT_REACH: Final = 10  # words back to the first "that" of two coordinated ones
PLACE_PREPS: Final = frozenset({"in", "near", "at", "outside"})  # "a mine near C that ..."


def _dated_recipient(lows: list[str], c: int) -> int:
    """ "sold to Marsh Agri in 2019, which still owns it": the name a transfer went to (after
    "to"/"by") before a date adjunct closed by the comma at c, whose relative clause it is;
    else -1."""
    b = _past_dates(lows, c - 1) + 1
    ok = b >= 2 and lows[b - 1] == M and lows[b - 2] in RECIPIENT_PREPS
    return b - 1 if ok and dated_comma(lows, b) == c else -1


# the prepositions of a described noun's complement ("a rival of Y", "a supplier to Y")
LINKED_PREPS: Final = frozenset({"of", "to", "for", "with"})


def _described_that(s: Sentence, m: int, k: int) -> int:
    """The name whose appositive description the "that" at m follows (", the foundation
    that"; no reporting verb: "X, the company said that"), else -1."""
    lows = s.lows
    held = k < len(lows) and lows[k] in s.lex.stake_hold  # "a fund that ... owns 30% of it"
    if M in lows[m + 1 : k] and not (held and _second_verb(s, m, k)):
        return -1  # "X, the chain that it bought": an object relative
    noun = m - 1
    if m >= 4 and lows[m - 1] == M and lows[m - 2] in LINKED_PREPS and lows[m - 3].isalpha():
        noun = m - 3  # "X, a smaller rival of Y that is based in C": the rival, X
    elif m >= 4 and lows[m - 1] == M and lows[m - 2] in PLACE_PREPS and lows[m - 3].isalpha():
        noun = m - 3 if "Location" in s.etypes(m - 1) else noun  # "X, a mine near C that"
    if noun < 2 or not lows[noun].isalpha():
        return -1
    start = appositive_start(s, noun, k, PREMODIFIED_NOUNS, held)  # "a Brno-based fund that"
    if start < 0 or any(w in REPORTING or w in AUXILIARIES for w in lows[start + 1 : m]):
        return -1
    return start


def _second_verb(s: Sentence, m: int, k: int) -> bool:
    """The verb at k follows "and" after every name of the subject relative the "that" at m
    opens with its own verb: "a fund that put $5m into Q in 2021 and owns 30% of it"."""
    last = max(q for q in range(m + 1, k) if s.lows[q] == M)
    return "and" in s.lows[last + 1 : k] and _verb_led(s, m + 1)


def _verb_led(s: Sentence, q: int) -> bool:
    """A subject relative's verb opens the clause at q, past adverbs ("that later put money
    into Q and owns 30% of it"): a trigger word or a past form, no subject of its own."""
    lows = s.lows
    while q < len(lows) and (lows[q] in SEQUENCE or _adverb(lows[q])):
        q += 1
    w = lows[q] if q < len(lows) else ""
    if not w.isalpha():
        return False
    ed = len(w) > 4 and w.endswith("ed")  # a regular past form: "invested", "acquired"
    return w in s.lex.triggers or ed or w in s.lex.irregular_participles  # "bought", "put"


def _person_in_apposition(s: Sentence, m: int) -> bool:
    """ "Marlowe Invest, the holding vehicle of trader Oren Vale, which owns 27% of Q": the
    "which" at m follows a person named inside an appositive; "which" is not said of a person,
    so the clause is about the appositive's anchor."""
    lows = s.lows
    if lows[m] != "which" or m < 4 or lows[m - 2] != M or s.is_det(m - 2):
        return False
    # "owned by co-founder Per Lind, which": a hyphenated title word too
    return s.etypes(m - 2) == {"Person"} and lows[m - 3].replace("-", "").isalpha()


# the prepositions tying a person to the firm they work at ("an analyst at Kelso Bank")
AT_FIRM: Final = frozenset({"at", "of", "from"})


def _person_at_firm(s: Sentence, m: int) -> int:
    """ "Mara Voss at Kelso Bank, who rates the shares a sell, ...": the "who" at m follows a
    firm tied to the person named before it; "who" is said of the person: that person's
    position, else -1."""
    lows = s.lows
    if lows[m] != "who" or m < 4 or lows[m - 2] != M or lows[m - 3] not in AT_FIRM:
        return -1
    if lows[m - 4] != M or "Organization" not in s.etypes(m - 2):
        return -1
    return m - 4 if s.etypes(m - 4) == {"Person"} else -1


def _person_role_firm(s: Sentence, m: int, k: int) -> int:
    """ "Ivo Dar, president of the Kelso Growers Guild, who accused Y": the "who" at m closes
    a person's appositive that ends in the firm they hold a role at; "who" is said of the
    person when its verb is an act done in one's own name (`own_act`: a charge, a founding,
    backing a person): that person's position, else -1."""
    lows = s.lows
    if lows[m] != "who" or m < 6 or lows[m - 1] != "," or lows[m - 2] != M:
        return -1
    if s.is_det(m - 2) or "Organization" not in s.etypes(m - 2):
        return -1
    p = m - 3 - (lows[m - 3] in ARTICLES)
    if lows[p] not in AT_FIRM or not own_act(s, m):
        return -1  # "who lent Y £5m", "who have sued Y": the firm's
    start = appositive_start(s, m - 2, k)
    return start if start >= 0 and s.etypes(start) == {"Person"} else -1


def _speaker_aside(lows: list[str], c: int) -> int:
    """The comma at c closes a speaker's aside (", Ada Prent said,", ", said Ada Prent,", ", it
    says,"): the position before the aside's opening comma, else -1."""
    if c < 4:
        return -1
    a, b = lows[c - 2], lows[c - 1]
    spoken = (a in (M, "it", "he", "she", "they") and b in REPORTING) or (a in REPORTING and b == M)
    return c - 4 if spoken and lows[c - 3] == "," else -1


def _subject_mention(s: Sentence, m: int, k: int, verb: bool, relative: bool) -> bool:
    """The mention at m can be the subject of the trigger at k."""
    lows = s.lows
    # "its investors", "its existing investors"
    det_ok = not s.is_det(m) or (
        not verb and (m == k - 1 or (k - m <= 3 and all(x.isalpha() for x in lows[m + 1 : k])))
    )
    # "a radar used by Nordic Alliance members, at a plant in C": a modifier
    members = m + 1 < k and lows[m + 1] in MEMBER_NOUNS
    # "X, owned by Y and based in C": an agent of the first participle, not the subject
    members = members or (m >= 1 and lows[m - 1] == "by" and lows[m + 1] == "and")
    if not det_ok or "Location" in s.etypes(m) or members or _staff_modifier(s, m, k):
        return False
    if verb and _unnamed_staff(s, m, k):
        return False
    if verb and possessor_at(lows, m, k):
        return False
    return relative or not verb or not prep_before(s, m) or _group_leader(lows, m)


def _staff_modifier(s: Sentence, m: int, k: int) -> bool:
    """The name at m only describes a person named after a job before k: "Torvik FC striker
    Magnus Dahl signed a contract with X", "Orla Bank economist Ida Lunde criticised X"."""
    lows = s.lows
    p = m + 1
    while p < k and p - m <= 3 and lows[p] != M and lows[p].isalpha():
        p += 1
    if p == m + 1 or p >= k or lows[p] != M or not s.person_head(lows[p - 1]):
        return False
    return "Person" in s.etypes(p)


def _unnamed_staff(s: Sentence, m: int, k: int) -> bool:
    """The name at m only describes an unnamed person, once its staff, who is the subject: "A
    former Freixo director backed her", "a onetime Freixo banker who advised her" (ties33; not
    "A Kivo spokesperson dismissed the claim": one speaking for the firm)."""
    lows = s.lows
    if m < 2 or m + 2 > k or not s.person_head(lows[m + 1]):
        return False
    if any(not (w in AUXILIARIES or w.endswith("ly") or w == "who") for w in lows[m + 2 : k]):
        return False
    return lows[m - 1] in s.lex.former_before and lows[m - 2] in INDEFINITE_ARTICLES | {"the"}


# plural nouns whose named leader acts for them: "Shareholders led by X have sued Y" (an
# unnamed group with an article, "a syndicate headed by X", is the subject itself: verbal)
LED_GROUPS = frozenset(
    {"shareholders", "investors", "creditors", "bondholders", "lenders", "banks", "unions"}
    | {"residents", "farmers", "campaigners", "activists", "families", "landowners", "growers"}
)


def _group_leader(lows: list[str], m: int) -> bool:
    """ "Shareholders led by X", "creditors headed by X": the leader named after "led by" is
    the subject of the group's verb."""
    if m < 3 or lows[m - 1] != "by" or lows[m - 2] not in ("led", "headed", "spearheaded"):
        return False
    return lows[m - 3] in LED_GROUPS


def _name_before_clause(s: Sentence, k: int) -> int:
    """The name before an appositive or participial clause ending at k's subject slot:
    "Anthropic, founded by former OpenAI employees ..., is based in", else -1."""
    lows = s.lows
    a = k - 1
    # "Tovik, set up by former Norlane Bank manager P, already competes": past adverbs too
    while a >= 0 and (lows[a] in AUXILIARIES or _adverb(lows[a])):
        a -= 1
    if a >= 2 and lows[a] == "to" and lows[_past_dates(lows, a - 1)] in INTENT_VERBS:
        a = _past_dates(lows, a - 1) - 1  # "X, a unit of Y, vowed to challenge": X's verb
        while a >= 0 and lows[a] in AUXILIARIES:
            a -= 1
    a = _past_dates(lows, a)  # "X, controlled by trading house Y, last week agreed to buy"
    if not (a >= 1 and lows[a] == ","):
        return -1
    for m in range(a - 1, max(-1, a - 18), -1):
        if lows[m] in PUNCT_STOP or (lows[m] == "whose" and "," in lows[m:a]):
            # "X, whose late father, Ivo, bought": Ivo bought; but "X, whose parent is
            # Y, criticised Z": X did
            return -1
        if lows[m] in REPORTING:
            return -1  # "X, ..., said its unit, Y, would partner with Z": the reported clause's
        if lows[m] == "," and m >= 1 and lows[m - 1] == M:
            p = _person_at_firm(s, m + 1) if m + 1 < len(lows) else -1
            return p if p >= 0 else _outer_anchor(s, m - 1)
    return -1


def _outer_anchor(s: Sentence, m: int) -> int:
    """The mention at m opens an appositive but is itself a complement ("Ivo Rask, head of
    Ostrel, a rival of Quillex, sued Tarvick") or a relative clause's object ("Ana Berg, who
    heads Ostrel, a rival of Quillex, sued Tarvick"): Ostrel's aside sits inside the outer
    one; the name before the enclosing appositive or relative; else m."""
    lows = s.lows
    if not _opens_appositive(s, m + 1):
        return m  # "Berg, who founded X, with Lena Foss, founder of Y": no aside on X
    prep = prep_before(s, m)
    for c in range(m - 1, max(0, m - 8), -1):
        w = lows[c]
        if w in ("who", "which") and c >= 2 and lows[c - 1] == "," and lows[c - 2] == M:
            return c - 2 if _outer_ok(s, c - 2) else m
        if w in PUNCT_STOP or w in QUOTE_MARKS or w in RELATIVE_WH or w == M:
            return m
        if w == ",":
            ok = prep and _opens_appositive(s, c) and lows[c - 1] == M
            return c - 1 if ok and not prep_before(s, c - 1) and _outer_ok(s, c - 1) else m
    return m


def _opens_appositive(s: Sentence, c: int) -> bool:
    """The comma at c opens an appositive or a relative (", head of", ", a rival of", ",
    which"), not a phrase or a conjunct (", with Lena Foss", ", and")."""
    nxt = s.lows[c + 1] if c + 1 < len(s.lows) else ""
    if nxt == M:
        return True  # ", Quillex's nearest rival", ", the airline's main rival"
    return nxt.isalpha() and nxt not in PREPOSITIONS and nxt not in ("and", "or", "but")


def _outer_ok(s: Sentence, h: int) -> bool:
    return not s.is_det(h) and "Location" not in s.etypes(h)


def _past_dates(lows: list[str], a: int) -> int:
    """Left of a date adjunct ending at a ("on Monday", "last week", "in 2019"), else a."""
    b = a
    while b >= 1 and a - b < 4 and (lows[b] in DATE_WORDS or lows[b].isdigit()):
        b -= 1
    return b


def _adverb(w: str) -> bool:
    """A sentence adverb between a subject and its verb ("already", "quietly")."""
    return w == "already" or (len(w) > 4 and w.endswith("ly") and w.isalpha())


def owns_a_fund(lows: list[str], k: int) -> bool:
    """ "an investor in Corriden Partners' 2016 fund", "invested in Harlow's third fund": the
    name at k possesses a fund (`fund_heads`); money in the fund is no stake in its manager."""
    if k + 2 >= len(lows) or lows[k + 1] not in POSSESSIVE_MARKS:
        return False
    for q in range(k + 2, min(len(lows), k + 5)):
        if lows[q] in FUND_HEADS:
            return True
        if not lows[q].isalnum() and lows[q] != "-":
            return False
    return False


def possessor_at(lows: list[str], m: int, k: int) -> bool:
    """The mention at m possesses a noun before k: "Redmarsh's", "Redmarsh fans' groups"."""
    if m + 1 < len(lows) and lows[m + 1] == "'s":
        return True
    return m + 2 < k and lows[m + 1].isalpha() and lows[m + 2] in POSSESSIVE_MARKS


def possessor_mark(s: Sentence, t: int) -> int:
    """The possessor whose mark stands at t: a name before "'s" or "'" ("Kessel Foods' $2bn
    acquisition") or the pronoun "its"/"their" itself ("its takeover"); else -1."""
    lows = s.lows
    if t >= 1 and lows[t] in POSSESSIVE_MARKS and lows[t - 1] == M and not s.is_det(t - 1):
        return t - 1
    if t >= 0 and lows[t] == M and s.is_det(t) and s.ment(t).word in OWN_PRONOUNS:
        return t
    return -1


def first_name(lows: list[str]) -> int:
    """Where the sentence's first name (mention item) stands, else -1."""
    return lows.index(M) if M in lows else -1


def opening_mention(s: Sentence) -> int:
    """The mention a sentence starts with ("Norvale, which ..., competes with ..."), after
    a dateline ("OSLO, April 2 - Halvorsen Air named ...")."""
    lows = s.lows
    n = len(lows)
    start = 0
    if n and lows[0] == M and "Location" in s.etypes(0):
        for d in range(1, min(n, 14)):
            if lows[d] in DASHES:
                start = d + 1
                break
            if lows[d] in PUNCT_STOP:
                break
    for m in range(start, min(start + 3, n)):
        if lows[m] == M:
            if "Location" in s.etypes(m):
                return -1
            named = _named_possession(s, m)
            if named < 0 and _possessive_head(s, m):
                return -1  # "Her uncle set up the firm": the uncle, not the woman, is subject
            return named if named >= 0 else m
    return -1


def _possessive_head(s: Sentence, m: int) -> bool:
    """The mention at m is a possessive determiner before its noun ("Her uncle", "his
    cousin"): never a subject itself."""
    ment = s.ment(m)
    if ment.kind != "pronoun" or ment.word not in PERSON_POSSESSIVES:
        return False
    return m + 1 < len(s.lows) and s.lows[m + 1].isalpha()


# the possessives whose noun an appositive may name ("Its audio app, Hark, ...")
NAMING_POSSESSIVES: frozenset[str] = frozenset({"its", "their"}) | PERSON_POSSESSIVES


def _named_possession(s: Sentence, m: int) -> int:
    """After "Its audio app, Hark, ...": the name the appositive gives the possessed thing
    (Hark is the subject, not the owner "its"), else -1."""
    lows = s.lows
    ment = s.ment(m)
    if ment.kind != "pronoun" or ment.word not in NAMING_POSSESSIVES:
        return -1
    c = m + 1
    while c < len(lows) and c - m <= 4 and lows[c].isalpha():
        c += 1
    if c == m + 1 or c + 2 >= len(lows) or lows[c] != "," or lows[c + 1] != M:
        return -1
    if lows[c + 2] != "," or "Location" in s.etypes(c + 1):
        return -1
    return c + 1


def coord(s: Sentence, k: int, step: int) -> list[int]:
    """Mentions coordinated with the one at k ("A, B and C"), in the direction of `step`.

    Descriptors ("and internet broadcaster Kiosk Radio"), a repeated preposition ("and
    with Tessel"), companions ("as well as", "along with"), parenthetical shares ("A (55%),
    B (27%)") and, leftwards, an appositive ("A, a Pittsburgh-based developer, and B") are
    skipped. "Nashville, Tennessee" is one place, not two.
    """
    n = len(s.lows)
    types = s.etypes(k)
    if step < 0 and (start := pair_apposition(s, k)) is not None:
        return [k] if start < 0 else coord(s, start, step)
    ref = s.ments[k]
    if step < 0 and ref is not None and ref.kind == "pair" and len(ref.ids) > 1:
        return [k]  # "A and B supply C, and the pair co-own D": the pair already names both
    out = [k]
    joined: list[str] = []  # the separators that joined members
    seps_of: list[list[str]] = []  # each member's own separators
    m = k + step
    while 0 <= m < n:
        m, described = _before_separator(s, m, step)
        m = _past_home_place(s, m, step)
        m = skip_aside(s.lows, m, step)
        m, seps = _separators(s.lows, m, step)
        if not seps:
            break
        if step > 0 and seps == ["and", ","]:
            m = _adverb_aside(s.lows, m)  # "A, B and, increasingly, C"
        if step < 0 and seps == ["and", ","]:
            m = _relative_left(s, m)  # "A, which bought B last year, and C"
        if step > 0 and seps == [","] and m < n and _appositive_opener(s, k, m):
            # "Dr. Ilse Varga, a retired cardiologist, and data engineer Omar Quint", "A, its
            # chief executive, and B", "A, a nurse who still runs it, and B"
            end = appositive_end(s, m, relative=True)
            if end >= 0:
                m = end
                continue
            # else a member: "A, the state-backed Fennel Fund and B"
        if step > 0 and seps == [","] and m < n and s.lows[m] in ("which", "who"):
            end = _relative_right(s, m)  # "A, which led its first round, and B"
            if end >= 0:
                m = end
                continue
        m, also_described = _member(s, m, step, k, seps)
        listed = described or also_described or _conjoined(s, m, step, seps, joined)
        if m < 0 or not _joins(s, m, step, seps, types, listed):
            break
        out.append(m)
        joined.extend(seps)
        seps_of.append(seps)
        m += step
    if step > 0 and len(out) == 2 and joined == [","] and not _and_others(s.lows, out[-1] + 1):
        return [k]  # "a venture with Lumina Cells, Vantalum Energy, in which": an appositive
    return sorted(fronted_cut(s, out, seps_of) if step < 0 else out)


def _past_home_place(s: Sentence, m: int, step: int) -> int:
    """Reading rightwards, past a member's home town before the next separator ("Halvik of
    Leeds and the Scottish group Kelmar", "A of York, B of Hull and C"), else m."""
    lows = s.lows
    if step < 0 or m + 2 >= len(lows) or lows[m] != "of" or lows[m + 1] != M:
        return m
    if s.etypes(m + 1) != {"Location"} or lows[m + 2] not in COORD:
        return m
    return m + 2 if _list_goes_on(lows, m + 3) else m


LIST_FOLLOWERS = frozenset({"which", "who", "whose", "each", "both", "all"})


def _list_goes_on(lows: list[str], p: int) -> bool:
    """After "A of Leeds and": the next name ends a list item, not a new clause's subject
    ("... and the French group Corliss, each of which", not "... and Pellam supplies both")."""
    q = p
    while q < len(lows) and q - p < 5 and lows[q] != M:
        q += 1
    if q >= len(lows) or lows[q] != M:
        return False
    after = lows[q + 1] if q + 1 < len(lows) else "."
    return not after.isalpha() or after in COORD or after in PREPOSITIONS or after in LIST_FOLLOWERS


RELATIVE_REACH = 16  # words of a relative clause inside a list


def _relative_right(s: Sentence, m: int) -> int:
    """From a relative pronoun at m after a list member, the comma closing the clause when
    ", and" and a further member follow ("A, which led its first round in 2021, and B"),
    else -1."""
    lows = s.lows
    n = len(lows)
    for q in range(m + 1, min(n - 2, m + RELATIVE_REACH)):
        w = lows[q]
        if w in PUNCT_STOP or w in ("which", "who"):
            return -1
        if w == ",":
            return q if lows[q + 1] in AND_OR else -1
    return -1


def _relative_left(s: Sentence, m: int) -> int:
    """Reading a list leftwards from the end of a relative clause at m: the clause's antecedent
    ("Orsolo, which bought Halvek last year, and Tamsby compete": Orsolo), else m."""
    lows = s.lows
    for q in range(m, max(1, m - 14), -1):
        w = lows[q]
        if w in PUNCT_STOP or w == "," or w in AND_OR:
            return m
        if w in ("which", "who") and lows[q - 1] == "," and q >= 2 and lows[q - 2] == M:
            return q - 2 if q < m and not s.is_det(q - 2) else m
    return m


def _conjoined(s: Sentence, m: int, step: int, seps: list[str], joined: list[str]) -> bool:
    """Whether the member at m closes or continues a list with a conjunction, so that people
    and organizations may be listed together ("owned by Tavi Rensel, Marstow Partners and
    Sandoval Holdings"): its own separators hold "and"/"or", or, for a comma, one that was
    joined before (read leftwards) or one that follows the next comma-separated members."""
    if m < 0 or {"and", "or", "&"} & set(seps):
        return m >= 0
    if step < 0:  # "Under Tavi Rensel, Quillex and Brenmar agreed": no member
        return bool({"and", "or", "&"} & set(joined)) and not prep_before(s, m)
    lows = s.lows
    n = len(lows)
    p = m + 1
    while p + 1 < n and lows[p] == "," and lows[p + 1] == M:
        p += 2  # ", B, C"
    p += p < n and lows[p] == ","  # the serial comma
    return p + 1 < n and lows[p] in AND_OR and lows[p + 1] == M


def _adverb_aside(lows: list[str], m: int) -> int:
    """After "and,": past an adverbial aside closed by a comma ("and, increasingly, C", "and,
    more recently, C", "and, separately, C"), else m."""
    n = len(lows)
    p = m
    while p < n and p - m < 3 and lows[p].isalpha():
        p += 1
    if p > m and p + 1 < n and lows[p] == "," and lows[p - 1].endswith(ADVERB_ENDS):
        return p + 1
    return m


ADVERB_ENDS = ("ly", "later", "now", "also", "too")
OTHERS = frozenset({"others", "other", "several", "more", "various"})


def _and_others(lows: list[str], p: int) -> bool:
    """ "A, B and others", "A, B and other funds": the list goes on without names."""
    return lows[p : p + 1] in (["and"], ["or"]) and p + 1 < len(lows) and lows[p + 1] in OTHERS


def _before_separator(s: Sentence, m: int, step: int) -> tuple[int, bool]:
    """Past what may stand between a member and the next separator: "Boardroom app and",
    leftwards "Zentro's Sensa", "Tokyo-based X", "and internet broadcaster X"."""
    lows, lex = s.lows, s.lex
    n = len(lows)
    if step > 0:
        if lows[m] in lex.heads and m + 1 < n and lows[m + 1] in COORD:
            m += 1
        return _past_product_kind(s, m), False
    kin = _kin_before(s, m)
    if kin >= 0:
        return kin, True  # "Oren Reble and his sister Ines co-founded X": both founded it
    if m >= 1 and lows[m] == "'s" and lows[m - 1] == M:
        m -= 2  # the possessor is a determiner here
    if m >= 1 and lows[m] == "the" and lows[m - 1] in COORD:
        m -= 1  # "A, B and the C Foundation own": the article of the last member
    if m >= 2 and lows[m] in lex.hyphen and lows[m - 1] == "-":
        m -= 3
    d = m
    while d >= 0 and m - d < 3 and lows[d].isalpha() and lows[d] not in COORD:
        d -= 1
    if d < m and lows[d + 1 : m + 1][-1] in lex.heads and d >= 0 and lows[d] in COORD:
        if "whose" not in lows[d + 1 : m + 1]:  # "Paul Quell, whose fund Q": Q alone
            return d, True
    return m, False


def product_noun(s: Sentence, w: str) -> bool:
    """A noun that names a product: a `heads: Product` descriptor or a `stakes: products`
    noun, singular or plural ("pickup", "models")."""
    return product_word(w, s.lex)


PRODUCT_KIND_REACH: Final = 3  # lower-case words naming a product's kind ("puzzle line")


def _past_product_kind(s: Sentence, m: int) -> int:
    """Reading rightwards from a product's name, past the words naming its kind to the
    separator after them ("the Quorra desk lamp and the Velo fan": "desk lamp"), else m."""
    lows = s.lows
    if m < 1 or lows[m - 1] != M or "Product" not in s.etypes(m - 1):
        return m
    for q in range(m, min(len(lows) - 2, m + PRODUCT_KIND_REACH)):
        w = lows[q]
        if not (w.replace("-", "").isalpha() and w.islower()) or w in COORD or w in PREPOSITIONS:
            return m
        if lows[q + 1] in COORD and product_noun(s, w):
            return q + 1 if _next_product(s, q + 1) else m
    return m


def _next_product(s: Sentence, p: int) -> bool:
    """After the separators at p, the next name is no possessor ("and Orvo's Tamber": Orvo's
    product, no list member of the maker's)."""
    lows = s.lows
    for q in range(p, min(len(lows) - 1, p + PRODUCT_KIND_REACH + 1)):
        if lows[q] == M:
            return lows[q + 1] not in POSSESSIVE_MARKS and not foreign_member(
                s, q, _kind_after(s, q)
            )
    return True


def _kind_after(s: Sentence, q: int) -> bool:
    """Words naming a product's kind follow the name at q ("the Orvo Toys puzzle range"): the
    name is a modifier there, not itself the thing listed ("and Kite Games last year")."""
    lows = s.lows
    for r in range(q + 1, min(len(lows), q + 1 + PRODUCT_KIND_REACH)):
        w = lows[r]
        if w in COORD or w in PUNCT_STOP:
            return r > q + 1  # "the Orvo Toys dice set."
        if not (w.replace("-", "").isalpha() and w.islower()) or w in DATE_WORDS:
            return False
        if product_noun(s, w):
            return True
        if w in PREPOSITIONS:
            return False
    return False


def pronoun_word(s: Sentence, p: int) -> str:
    """The pronoun a mention at p was written as ("their"), else ""."""
    m = s.ments[p]
    return m.word.lower() if m is not None and m.kind == "pronoun" else ""


def _kin_before(s: Sentence, m: int) -> int:
    """Leftwards, "and his sister" before a name ending at m+1: the position of "and", else -1
    (the possessor may stand as a resolved pronoun)."""
    lows = s.lows
    if m < 2 or lows[m] not in s.lex.person_cues.kin or lows[m - 2] != "and":
        return -1
    word = pronoun_word(s, m - 1) if lows[m - 1] == M else lows[m - 1]
    return m - 2 if word in KIN_POSSESSORS else -1


def _separators(lows: list[str], m: int, step: int) -> tuple[int, list[str]]:
    """Up to two separators from m: ",", "and", "&", or a companion read as "and"."""
    n = len(lows)
    seps: list[str] = []
    while 0 <= m < n and len(seps) < 2:
        if lows[m] in COORD:
            seps.append(lows[m])
            m += step
            continue
        width = companion_width(lows, m, step)
        if not width or (step > 0 and lows[m] == "alongside"):
            break  # "invested in X alongside Y": Y is a co-investor, read leftwards only
        seps.append("and")
        m += step * width
    return m, seps


def _hyphen_adjective(s: Sentence, m: int) -> bool:
    """ "state-backed", "Lisbon-based" as one word: a hyphen compound of a hyphen cue."""
    head, _, tail = s.lows[m].rpartition("-")
    return bool(head) and head.isalpha() and tail in s.lex.hyphen


def _origin_hyphen(lows: list[str], m: int) -> bool:
    """The hyphen at m joins a word to an origin tail ("Korean-born", "Lyon-trained"): one
    adjective of a person's descriptor ("and the Korean-born chemist Min-ji Park")."""
    return (
        lows[m] == "-"
        and 1 <= m < len(lows) - 1
        and lows[m - 1].isalpha()
        and lows[m + 1] in ORIGIN_TAILS
    )


def _place_possessive(s: Sentence, m: int) -> bool:
    """The place at m only possesses the name after it: "Slovenia's Krolik Metal"."""
    lows = s.lows
    if m + 2 >= len(lows) or lows[m + 1] not in ("'s", "\u2019s") or lows[m + 2] != M:
        return False
    return s.etypes(m) == {"Location"} and "Location" not in s.etypes(m + 2)


def _member(s: Sentence, m: int, step: int, k: int, seps: list[str]) -> tuple[int, bool]:
    """The next member's position after its separators (-1 for none) and whether it came
    with a descriptor ("and software engineer X", "and her brother X")."""
    lows, lex = s.lows, s.lex
    n = len(lows)
    if step > 0 and "and" in seps and m < n and lows[m] in PREPOSITIONS:
        if lows[m] != "by" and "by" in lows[max(0, k - 3) : k]:
            return -1, False  # "owned by Orvo, and with Brisk": not a second agent
        m += 1  # "and with Tessel"
    skipped = 0
    articles = True  # only articles and titles skipped so far
    titled = False
    start = m
    while (
        0 <= m < n
        and skipped < 4
        and (
            (lows[m] != M and lows[m].isalpha())
            or (step > 0 and s.is_det(m))
            or (step > 0 and (_hyphen_adjective(s, m) or product_modifier(lows[m])))
            or (step > 0 and (_origin_hyphen(lows, m) or compound_hyphen(lows, start, m)))
            or (lows[m] == "." and 0 <= m - step < n and lows[m - step] in lex.abbreviations)
        )
    ):
        if lows[m] == "-":
            m += 2 * step  # "the Korean-born chemist X": the compound's tail is no noun of its own
            continue
        if lows[m] in COORD or lows[m] in PREPOSITIONS:
            break
        # "and Dr. Tomas Lindahl": a title, like an article, needs no descriptor noun
        title = lows[m] in lex.titles or lows[m] in lex.abbreviations or lows[m] == "."
        # "and the state-backed Fennel Fund": the adjective, like an article, needs no noun
        articles = articles and (
            lows[m] in SKIP_DETS or title or _hyphen_adjective(s, m) or product_modifier(lows[m])
        )
        titled = titled or title
        m += step
        skipped += 1
    if step > 0 and skipped and m + 1 < n and lows[m] == "," and lows[m + 1] == M:
        if lows[m - 1] in lex.roles and s.is_det(m - skipped):
            return m + 1, True  # "sued Corvo Air and its founder, Bo Lind"
    if step > 0 and 0 <= m < n and lows[m] == M and (h := _descriptor_name(s, start, m, k)) != m:
        if h < 0:
            return -1, False  # "and the Leeds lender Odda Bank financed it": a new clause
        m, skipped, articles = h, skipped + 1, False
    if step > 0 and 0 <= m < n and lows[m] == M and _place_possessive(s, m):
        m += 2  # "and Slovenia's Krolik Metal": the member is the company, not its country
    if skipped and step > 0 and (q := _named_after_descriptor(s, m)) >= 0:
        return q, True  # "and her former tutor, Prof. Anton Gell": the descriptor, then the name
    if skipped and step > 0 and not articles:
        if not (0 <= m < n and (lows[m - 1] in lex.heads or lows[m - 1] in lex.trade_heads)):
            # "and bottler Fizzmora": a trade noun (no type head) describes too, and so does
            # any noun phrase an article opens ("and the valve specialist Odda Works"), unless
            # a new clause follows ("and the seller Odda Capital kept 10%")
            if not described_closing(s, start, m, k):
                return -1, False
    if step < 0 and skipped:
        m = appositive_start(s, m, k)  # "A, a Pittsburgh-based developer of ..., and B"
    if not (0 <= m < n) or lows[m] != M:
        return -1, False
    return m, skipped > 0 and step > 0 and (not articles or titled)


def _named_after_descriptor(s: Sentence, m: int) -> int:
    """The person named after the comma at m that closes a person's descriptor, titles
    skipped ("and her former tutor, Prof. Anton Gell"); else -1."""
    lows, n = s.lows, len(s.lows)
    if not (0 <= m < n - 1 and lows[m] == "," and s.person_head(lows[m - 1])):
        return -1
    q = m + 1
    while q < n and q - m <= 3 and (lows[q] in s.lex.titles or lows[q] == "."):
        q += 1
    return q if q < n and lows[q] == M and "Person" in s.etypes(q) else -1


def _descriptor_name(s: Sentence, start: int, m: int, k: int) -> int:
    """The member a descriptor from `start` names past the mention at m ("and former Uber
    engineer Jonah Whitfield", "and the Bergen software house Odda"), m when none, -1 when
    the name after a place opens a new clause (`described_members.member_closes`)."""
    h = _name_in_descriptor(s, m)
    if h > m:
        return h
    h = place_modified(s, start, m)
    if h > m:
        return h if member_closes(s, k, h) else -1
    return m


def _name_in_descriptor(s: Sentence, m: int) -> int:
    """The member named after a name inside its descriptor, from the mention at m: "and
    former Uber engineer Jonah Whitfield", "and the Antwerp fund Schelde Invest"; else -1."""
    lows = s.lows
    n = len(lows)
    h = m + 1
    while h < n and h - m <= 2 and lows[h] != M and lows[h].isalpha():
        h += 1
    if h < n and h > m + 1 and lows[h] == M and s.person_head(lows[h - 1]):
        return h
    return described_name(s, m)


def _joins(
    s: Sentence, m: int, step: int, seps: list[str], types: frozenset[str], described: bool
) -> bool:
    """Whether the mention at m is a member of the list, not a place, appositive or source."""
    lows = s.lows
    other_types = s.etypes(m)
    if not (compatible(other_types) & compatible(types)):
        # "Brightline Capital and angel investor Tomoko Hayashi": a described list
        if not (described and (types | other_types) <= AGENTS):
            return False
    if seps == [","] and "Location" in types:
        return step > 0 and place_series(s, m)  # "Nashville, Tennessee"; "A, B and C"
    if seps == [","] and step > 0 and m + 1 < len(lows) and lows[m + 1] == "'s":
        return False  # "Nebulon, Stratosphere's biggest rival": an appositive, not a member
    if step > 0 and "," in seps and "and" in seps and m + 1 < len(lows):
        if opens_clause(s, m + 1) or _possessed_subject(s, m):
            return False  # "lend €20m for X, and Orrin agreed to buy ...": a new clause
    if step < 0 and "," in seps and "and" in seps and prep_before(s, m):
        return False  # the same, read leftwards from Orrin: X ends the clause before
    # "According to The Guardian, Pennant agreed to buy ...": a source, not an actor
    return not reported_source(lows, m)


def opens_clause(s: Sentence, p: int) -> bool:
    """The word at p, right after a name that follows ", and", is a finite verb, so the name is
    the subject of a new clause ("bought Dornier, and Halvik Energy sold its unit", "and Halvik
    signed a deal", "and Halvik supplies it"), not a list member ("and Halvik owned by the
    state", "and Halvik in Leeds"): an auxiliary or `CLAUSE_VERBS`, a past form not followed
    by "by", or an -s form that is a trigger verb or takes a determiner or a name (review 21)."""
    lows = s.lows
    w = lows[p] if p < len(lows) else "."
    if w in CLAUSE_VERBS:
        return True
    if not w.isalpha() or w in COORD or w in PREPOSITIONS or w in LIST_FOLLOWERS:
        return False
    if (len(w) > 4 and w.endswith("ed")) or w in past_forms(s.lex):
        return p + 1 >= len(lows) or lows[p + 1] != "by"  # "and Halvik owned by the state"
    if len(w) <= 3 or not w.endswith("s") or w.endswith(("ss", "us", "is")):
        return False
    after = lows[p + 1] if p + 1 < len(lows) else "."
    # "and Brenna supplies its milk", "and Brenna supplies Kelvo" (a pronoun or name: M)
    return w in item_verbs(s.lex) or after in ARTICLES or after == M


@per_lexicon
def past_forms(lex: Lexicon) -> frozenset[str]:
    """The past forms of the irregular verbs ("sold", "took", "won")."""
    return frozenset(forms[0] for forms in lex.irregular.values() if forms)


def _possessed_subject(s: Sentence, m: int) -> bool:
    """ "owned by Orsk Group, and its founder, Ann Lee, runs it": the name at m, after ", and",
    is set off by commas after a possessed role ("its founder") and a verb follows it: the
    subject of a new clause, no member of the list before (round 19)."""
    lows = s.lows
    if m + 2 >= len(lows) or lows[m - 1] != "," or lows[m + 1] != ",":
        return False
    w = lows[m + 2]
    if not (w in CLAUSE_VERBS or (w.isalpha() and len(w) > 3 and w.endswith("s"))):
        return False  # "will join the board", "runs it"
    for q in range(m - 2, max(-1, m - 2 - POSSESSED_REACH), -1):
        ref = s.ments[q] if lows[q] == M else None
        if ref is not None:
            return ref.kind == "pronoun" and ref.word in POSSESSIVES
        if not lows[q].isalpha():
            return False
    return False


POSSESSED_REACH: Final = 4  # words of the role after the possessive: "its longtime chief executive"
# finite verbs right after a name that open a new clause after ", and"
CLAUSE_VERBS = AUXILIARIES | frozenset(
    {
        "agreed",
        "agrees",
        "said",
        "says",
        "plans",
        "planned",
        "can",
        "could",
        "may",
        "might",
        "must",
        "should",
        "announced",
        "expects",
        "intends",
        "wants",
        "hopes",
    }
)


_COMPANION_FIRST: Final = frozenset(p[0] for p in COMPANIONS)
_COMPANION_LAST = frozenset(p[-1] for p in COMPANIONS)


def companion_width(lows: list[str], m: int, step: int) -> int:
    """Length of a companion phrase ("as well as", "along with") at m read in the direction
    of `step` (m is its first word going right, its last going left), else 0."""
    if not 0 <= m < len(lows) or lows[m] not in (_COMPANION_FIRST if step > 0 else _COMPANION_LAST):
        return 0  # most words begin or end no companion phrase
    for phrase in COMPANIONS:
        width = len(phrase)
        lo = m if step > 0 else m - width + 1
        if lo >= 0 and tuple(lows[lo : lo + width]) == phrase:
            return width
    return 0


def with_companions(s: Sentence, idx: list[int], k: int) -> list[int]:
    """A subject list plus the names joined to its last member before the verb at k:
    "Brasco, along with Lindqvist, invested" -> both."""
    last = idx[-1]
    p = last + 1
    if p < k and s.lows[p] == ",":
        p += 1
    if p >= k or not companion_width(s.lows, p, +1):
        return idx
    return idx + [m for m in coord(s, last, +1) if last < m < k]


def skip_aside(lows: list[str], m: int, step: int) -> int:
    """Past a short parenthetical without names ("Kestrel Motors (55%), Orland ..."), else m."""
    n = len(lows)
    if step > 0 and 0 <= m < n and lows[m] == ",":
        return _share_aside(lows, m)
    if not (0 <= m < n) or lows[m] != ("(" if step > 0 else ")"):
        return m
    close = ")" if step > 0 else "("
    p = m + step
    while 0 <= p < n and abs(p - m) <= 5:
        if lows[p] == close:
            return p + step
        if lows[p] == M or lows[p] in PUNCT_STOP:
            return m
        p += step
    return m


def _share_aside(lows: list[str], m: int) -> int:
    """Past a share between commas after a list member ("Quillex, with 70%, and Marlowe"): the
    comma that closes it, else m."""
    if m + 1 >= len(lows) or lows[m + 1] != "with":
        return m
    for p in range(m + 2, min(len(lows), m + 6)):
        if lows[p] == ",":
            shared = any(w.endswith("%") or w in ("percent", "%") for w in lows[m + 2 : p])
            return p if shared else m
        if lows[p] == M or lows[p] in PUNCT_STOP:
            return m
    return m


def reported_source(lows: list[str], m: int) -> bool:
    """The mention at m is the source of a report: "according to The Guardian"."""
    if m >= 1 and lows[m - 1] in SKIP_DETS:
        m -= 1  # "according to the Financial Times"
    for cue in SOURCE_CUES:
        lo = m - len(cue)
        if lo >= 0 and tuple(lows[lo:m]) == cue:
            return True
    return False


# words back from the comma that closes a relative clause to the one that opens it ("X, which
# was set up by the chemist A in 2011 and runs a plant in Wick, is owned by B")
RELATIVE_SUBJECT_REACH: Final = 24
NAMED_RELATIVE_REACH: Final = 15  # past this, a relative subject must be a name


def relative_subject(s: Sentence, k: int) -> int:
    """ "Stonebridge, which is owned by X, is led by Y": before "is led", the name that
    opens the relative clause, else -1."""
    lows = s.lows
    a = k - 1 - (k >= 2 and lows[k - 1][-1:] == "%")  # "X, which ..., is 40% owned by Y"
    while a >= 0 and lows[a] in COPULAS:
        a -= 1
    if a >= k - 1 - (lows[k - 1][-1:] == "%") or a < 1 or lows[a] != ",":
        return -1
    for m in range(a - 1, max(0, a - RELATIVE_SUBJECT_REACH), -1):
        if lows[m] in PUNCT_STOP or _new_clause(s, m):
            return -1
        if lows[m] in ("which", "who") and lows[m - 1] == "," and m >= 2 and lows[m - 2] == M:
            return m - 2 if _relative_name(s, m - 2, a - m) else -1
        opener = lows[m].endswith("ed") or lows[m] in APPOSITIVE_DETS
        if opener and lows[m - 1] == "," and m >= 2 and lows[m - 2] == M:
            # "Northgate, headquartered in Aberdeen, is led by Colin Baird"
            ok = not s.is_det(m - 2) and "Location" not in s.etypes(m - 2)
            return m - 2 if ok else -1
    return -1


def _founding_agent(s: Sentence, k: int) -> bool:
    """The name at k follows "by" after a founding participle within the last few words
    ("founded in 2019 by A", "set up by engineer A")."""
    lows = s.lows
    by = next((b for b in range(k - 1, max(-1, k - 4), -1) if lows[b] == "by"), -1)
    founding = s.lex.person_cues.founding
    return by >= 1 and any(lows[b] in founding for b in range(max(0, by - 8), by))


def _appositive_opener(s: Sentence, k: int, m: int) -> bool:
    """An appositive after the first member at k may open at m: a determiner, or after a
    passive's person agent a possessive pronoun before a leading role noun ("founded by A,
    its chief executive, and B")."""
    lows = s.lows
    if lows[m] in APPOSITIVE_DETS:
        return True
    if s.etypes(k) != {"Person"} or not _founding_agent(s, k):
        return False
    if lows[m] != M or s.ment(m).kind != "pronoun" or m + 1 >= len(lows):
        return False
    hit = s.lex.roles.match(lows, m + 1)
    return s.is_det(m) and hit is not None and hit[1].person_holder


def _relative_name(s: Sentence, m: int, reach: int) -> bool:
    """The mention at m may open a relative clause `reach` words long as the subject of the
    verb after it: no determiner; past NAMED_RELATIVE_REACH words only a name that no
    preposition ties to a noun before it ("The Wick plant of X, which ...": the plant's)."""
    if s.is_det(m):
        return False
    if reach <= NAMED_RELATIVE_REACH:
        return True
    return s.ment(m).kind == "name" and not prep_before(s, m)


def _new_clause(s: Sentence, m: int) -> bool:
    """ ", and the plant": a new clause with its own subject at m, which ends the walk back
    to a relative's opener."""
    lows = s.lows
    if lows[m] != "and" or m < 1 or lows[m - 1] != "," or m + 1 >= len(lows):
        return False
    return lows[m + 1] in SKIP_DETS or s.is_det(m + 1)


def appositive_end(s: Sentence, m: int, relative: bool = False, hyphen: bool = False) -> int:
    """From an appositive's determiner, the comma that closes it, else -1; with `relative`,
    past a "who" clause naming no one inside it ("a former nurse who still runs the firm,");
    with `hyphen`, past a place's hyphen compound ("the Sligo-based group,": a list member's)."""
    lows = s.lows
    n = len(lows)
    clause = False  # inside the appositive's relative clause
    for p in range(m + 1, min(n, m + 12 + 4 * relative)):
        w = lows[p]
        if w == ",":
            return p
        if w == M and not (
            s.is_det(p) or prep_before(s, p) or _premodifier(lows, p, PREMODIFIED_NOUNS, hyphen)
        ):
            return -1  # (but "a Vigo lender,": a name modifying the appositive's noun)
        if relative and w in RELATIVES and p > m + 1 and lows[p - 1].isalpha():
            clause = True  # "a Leeds firm that supplies schools,", "a nurse who runs it,"
            continue
        if clause and w in AND_OR and p + 1 < n and lows[p + 1] not in (M, ","):
            continue  # "a firm that sells vests and helmets,": the clause's own list
        if w in PUNCT_STOP or w in ("and", "or", "who", "which", "that"):
            return -1
    return -1


def appositive_start(s: Sentence, m: int, anchor: int, nouns: int = 1, hyphen: bool = False) -> int:
    """From inside an appositive, the mention before its opening comma, else -1; a name may
    modify up to `nouns` words after it ("the Leeds buyout firm that": 2), and with `hyphen`
    through its hyphen compound ("a Brno-based investor that")."""
    lows = s.lows
    limit = max(-1, m - 14)
    while m > limit:
        if lows[m] == ",":
            nxt = lows[m + 1] if m + 1 < len(lows) else ""
            opener = nxt in APPOSITIVE_DETS or nxt in s.lex.roles or nxt in s.lex.titles
            if opener and lows[m - 1] == M:
                return m - 1  # ", a consultant," / ", head of its cargo unit,"
            return -1
        if lows[m] == M and (
            s.is_det(m) or prep_before(s, m) or _premodifier(lows, m, nouns, hyphen)
        ):
            pass  # "head of its cargo unit", "a professor at the University", "a Fenby grower"
        elif lows[m] == M and _inner_modifier(lows, m):
            pass  # "the Leeds baker and Orla's oldest rival": names that modify inside it
        elif lows[m] == M or lows[m] in PUNCT_STOP:
            return -1
        m -= 1
    return -1


def _inner_modifier(lows: list[str], m: int) -> bool:
    """The name at m is a possessor ("Orla's oldest rival") or, after an article, a modifier
    of a noun that "and" joins to another ("the Leeds baker and Orla's rival") inside an
    appositive."""
    nxt = lows[m + 1] if m + 1 < len(lows) else ""
    if nxt == "'s":
        return True
    joined = m + 2 < len(lows) and lows[m + 2] == "and"
    return joined and lows[m - 1] in APPOSITIVE_DETS and nxt.isalpha() and nxt not in INNER_STOPS


INNER_STOPS: Final = frozenset({"and", "or", "who", "which", "that", "of"})


def _premodifier(lows: list[str], m: int, nouns: int = 1, hyphen: bool = False) -> bool:
    """The name at m modifies the noun after it inside an appositive: "a Fenby grower",
    "the bigger Fenby farmer"."""
    d = m - 1 - (m >= 2 and lows[m - 1].isalpha() and lows[m - 1] not in APPOSITIVE_DETS)
    if d < 0 or lows[d] not in APPOSITIVE_DETS or m + 1 >= len(lows):
        return False
    q = m + 1  # "a Fenby grower that", "the Leeds private equity firm that"
    if hyphen and q + 2 < len(lows) and lows[q] == "-" and lows[q + 1] in HYPHEN_TAILS:
        q += 2  # "the Sligo-based transport group,": the name's hyphen compound
    words = 0
    while q < len(lows) and words < nouns and _plain_noun(lows[q]):
        words += 1
        q += 1 + (nouns > 1 and q + 1 < len(lows) and lows[q + 1] == "'s")  # "family's"
    return words > 0 and q < len(lows) and lows[q] in ("that", "which", "who", ",")


# words after a name that modifies them before a subject relative: "private equity firm that"
PREMODIFIED_NOUNS: Final = 3
# tails of a place's hyphen compound inside an appositive ("the Sligo-based group")
HYPHEN_TAILS: Final = frozenset({"based", "headquartered"})


def _plain_noun(w: str) -> bool:
    """A plain word that may follow a modifying name inside an appositive (no conjunction,
    relative or "of"): "grower", "private", "buyout"."""
    return w.isalpha() and w not in INNER_STOPS


def before_appositive(s: Sentence, a: int) -> int:
    """The mention just before position a, skipping auxiliaries ("would take over"), an
    appositive (", a consultant,") and names inside it ("a professor at the University
    of Minnesota who has worked as")."""
    lows = s.lows
    m = a - 1
    aux = 0
    while m >= 0 and lows[m] != M and lows[m] != "," and aux < 5 and lows[m].isalpha():
        m -= 1
        aux += 1
    if m >= 0 and lows[m] == M and not s.is_det(m) and not prep_before(s, m):
        return m
    if m >= 0 and lows[m] == M:
        m = appositive_start(s, m - 1, a)
        return m
    if m >= 0 and lows[m] == ",":
        start = appositive_start(s, m - 1, a)
        if start >= 0:
            return start
        if m >= 1 and lows[m - 1] == M:
            return m - 1
    return -1


def has_complement(s: Sentence, lo: int, hi: int) -> bool:
    """A head noun with its own complement between lo and hi ("maker of", "company
    that"): the name after it is not what the modifier describes."""
    lows, lex = s.lows, s.lex
    for m in range(lo, hi):
        if (lows[m] in lex.heads or lows[m] in lex.roles) and m + 1 < hi:
            if lows[m + 1] in PREPOSITIONS or lows[m + 1] in ("that", "which", "whose"):
                return True
    return False


def described_left(s: Sentence, start: int) -> int:
    """The name a modifier phrase describes, to its left: "Ambrel Labs, the
    Madison-based maker", "Velmora is a Denver-based company", "St. Luke's Medical
    Center in Knoxville, a Meridian-owned hospital"."""
    lows = s.lows
    if start >= 2 and lows[start - 1] in ("is", "remains") and lows[start - 2] == M:
        return start - 2  # "Tessel Foods is Ohio-based", not "was Perth-based until 2019"
    q = start - 1
    while q > 0 and start - q <= 3 and lows[q] not in SKIP_DETS and "-" in lows[q]:
        q -= 1  # "a two-year-old Chicago startup"
    if q < 0 or lows[q] not in SKIP_DETS:
        return -1
    q -= 1
    if q >= 1 and lows[q] == "," and lows[q - 1] == M:
        b = q - 1
        if b >= 2 and "Location" in s.etypes(b) and lows[b - 1] in ("in", "at"):
            b = b - 2 if lows[b - 2] == M else -1
        return b
    if q >= 1 and lows[q] in ("is", "was", "remains", "becomes", "became") and lows[q - 1] == M:
        return q - 1
    if q >= 3 and lows[q] in ("is", "was") and lows[q - 3 : q] == [",", M, ","]:
        return q - 2  # "The buyer, Brannock, is a Tarrow-based operator": the set-off name
    return -1


def people_noun(s: Sentence, w: str) -> bool:
    """A plural noun for people ("consultants", "auditors", "engineers")."""
    if w.endswith("ies"):
        return s.person_head(w[:-3] + "y")  # "actuaries"
    return w.endswith("s") and (s.person_head(w) or s.person_head(w[:-1]))


def descriptor_noun(s: Sentence, w: str) -> bool:
    """A descriptor noun that may stand before a name ("the carmaker X"), or an organization's
    kind that refers back ("Leeds bakery X", "Boston biotech X": `anaphora` in lexicon.yaml)."""
    return w in s.lex.heads or s.lex.anaphora.lookup((w,)) == "Organization"


def _apposed_agent(s: Sentence, k: int, m: int) -> int:
    """The name set off after a described agent at the comma or colon `m`: "by the national
    regulator, the Harbour Authority", "led by its founder, Ann Lee", "run today by his son,
    Oren Vale", "by a former Danish naval officer, Ada Vorn"; or -1."""
    lows = s.lows
    n = len(lows)
    if m - k < 2 or not (lows[k] in AGENT_DETS or (lows[k] == M and s.is_det(k))):
        return -1
    head = lows[m - 1]
    if not (
        head in s.lex.heads
        or head in s.lex.roles
        or head in s.lex.person_cues.kin
        or s.person_head(head)
    ):
        return -1
    q = m + 1 + (m + 1 < n and lows[m + 1] == "the")
    # "and" only after a plural ("by its two owners: A and B"), not a list ("by the
    # regulator, the Motorists Union and Drive Safe Trust")
    ends = AGENT_FOLLOWERS | ({"and"} if head.endswith("s") else set())
    if not (q < n and lows[q] == M):
        return -1
    e = q + 1
    if e + 1 < n and lows[e] == "of" and lows[e + 1] == M and "Location" in s.etypes(e + 1):
        e += 2  # "by its largest rival, Tarsa Foods of Leeds, which ..."
    return q if e >= n or lows[e] in ends else -1


def agent_after(s: Sentence, k: int) -> int:
    """The mention after "by": "by former U.S. President Donald Trump", "by Dr. Ruiz",
    "by a $12 million grant from the Fund", "by husband and wife Peter and Jane Marsh"."""
    lows = s.lows
    n = len(lows)
    m = _past_kin(s, k)
    if m > k:
        return m if m < n and lows[m] == M and not s.is_det(m) else -1
    while m < n and m - k <= 7:
        if lows[m] == M and not s.is_det(m):
            return _agent_at(s, k, m)
        w = lows[m]
        if w == "." and m > k and lows[m - 1] in s.lex.abbreviations:
            m += 1  # "by Dr. Carla Ruiz"
            continue
        if w in (",", ":") and (q := _apposed_agent(s, k, m)) >= 0:
            return q
        if w == "," and m > k and people_noun(s, lows[m - 1]) and m + 1 < n and lows[m + 1] == M:
            return m + 1  # "by two ex-Brill actuaries, Jo Haze and Ken Ibbs"
        if w in PUNCT_STOP or w == "," or w in ("and", "but", "that", "which"):
            return -1
        if m > k and w in AGENT_ENDS:
            return -1  # "sued by a union after delays by partners including X": a later act
        if w == "of" and m > k and lows[m - 1] in s.lex.person_cues.kin:
            return -1  # "founded by the father of Ann Lee": an unnamed relative, not her
        if m - k >= 3 and w not in ("from", "of") and lows[m - 1] not in ("from", "of"):
            counted = lows[k] in s.lex.number_names or lows[k].isdigit()  # "by five lenders"
            if not ((lows[k] in INDEFINITE_ARTICLES or counted) and m - k < 7):
                # "by Swiss holding company Avelle Group": descriptors before the name
                q = m
                # "by ex-Chilean air-force officer Tomas Rivas": hyphened words and any
                # person noun before the name
                while q < n and q - k <= 7 and lows[q] != M and lows[q].replace("-", "").isalpha():
                    q += 1
                if (
                    q < n
                    and lows[q] == M
                    and (lows[q - 1] in s.lex.heads or s.person_head(lows[q - 1]))
                ):
                    return q
                if q < n and lows[q] == "," and "'s" not in lows[k:q]:
                    a = _apposed_agent(s, k, q)  # "by its largest domestic rival, Tarsa Foods"
                    if a >= 0 and not _names_object(s, k, q, a):
                        return a
                return _possessed_head(s, k, m)  # "by the family's holding company, X"
        m += 1
    return -1


def _names_object(s: Sentence, k: int, m: int, a: int) -> bool:
    """Descriptors from k to the comma at m hold a preposition's object ("by the owner of a
    rival mill, Castell Weaving", "by the former engineers of the rival firm, Sunmark"): the
    name at a set off after them names that object, not the agent, unless the agent's noun is
    one person's and the object's is none ("by the former head of a rival bank, Dora Quint")."""
    lows = s.lows
    p = next((x for x in range(k + 1, m) if lows[x] in PREPOSITIONS), -1)
    if p < 0:
        return False
    agent, obj = lows[p - 1], lows[m - 1]
    one_person = s.person_head(agent) and not (agent.endswith("s") and not agent.endswith("ss"))
    return not one_person or (s.person_head(obj) and s.lex.heads.lookup((obj,)) != "Organization")


def _possessed_head(s: Sentence, k: int, m: int) -> int:
    """After "by" at k - 1, a determiner, a possessor and "'s" before m: the name in
    apposition to the possessed descriptor from m ("by the family's holding company, X")."""
    ok = s.lows[k] in AGENT_DETS and s.lows[m - 1] == "'s"
    return named_after_head(s, m) if ok else -1


def named_after_head(s: Sentence, q: int) -> int:
    """The name in apposition after a few words ending in a head noun, from q: "holding
    company, Danner Beheer" (after "by the family's"), else -1."""
    lows = s.lows
    n = len(lows)
    c = q
    while c < n and c - q < 4 and lows[c].replace("-", "").isalpha():
        c += 1
    if c == q or c + 1 >= n or lows[c] != "," or lows[c - 1] not in s.lex.heads:
        return -1
    if people_noun(s, lows[c - 1]):
        return -1  # "by the family's lawyers, Hale & Co": acting for the family
    a = c + 1 + (lows[c + 1] == "the")
    if a < n and lows[a] == M and (a + 1 >= n or lows[a + 1] in AGENT_FOLLOWERS):
        return a
    return -1


def _described_after_hyphen(s: Sentence, q: int) -> int:
    """The name after "-based" and a descriptor ending in a head noun: "by the Oslo-based
    investor Vorn Capital", "by the Graz-based holding Reiter", "by the Lagos-based private
    equity firm Sable", else -1."""
    lows = s.lows
    n = len(lows)
    t = q
    while t < n and t - q < 4 and lows[t] != M and lows[t].replace("-", "").isalpha():
        t += 1
    if t == q or t >= n or lows[t] != M:
        return -1
    head = lows[t - 1]
    if head in s.lex.heads or descriptor_noun(s, head) or s.person_head(head):
        return t
    return -1


# words that end an agent's noun phrase after "by": a time phrase or another act's agent
AGENT_ENDS: Final = frozenset({"after", "before", "during", "despite", "amid", "following"})
# determiners of a described agent named after a comma: "by its founder, Ann Lee", "by his
# son, Oren Vale"
AGENT_DETS: frozenset[str] = frozenset({"the", "a", "its", "his", "her", "their"})
# words after such a named agent: "by the regulator, the Harbour Authority, over"
AGENT_FOLLOWERS: frozenset[str] = frozenset({",", ".", "over", "for"})


def _past_kin(s: Sentence, k: int) -> int:
    """Past kin nouns opening a "by" phrase ("by brothers", "by husband and wife")."""
    lows, kin = s.lows, s.lex.person_cues.kin
    m = k
    while m < len(lows) and m - k <= 3 and lows[m] in kin:
        m += 2 if m + 2 < len(lows) and lows[m + 1] == "and" and lows[m + 2] in kin else 1
    return m


TITLE_WORDS = 3  # words of a title after a possessor: "Brindley's senior equity broker"


def _titled_after_possessor(s: Sentence, m: int) -> int:
    """The person a possessor at m introduces by a title: "Brindley's broker Leo Ill" (a
    person's or a role word before the name), else -1."""
    lows = s.lows
    n = len(lows)
    if not (m + 3 < n and lows[m + 1] == "'s" and lows[m + 2] != M):
        return -1
    q = m + 2
    while q < n and q - m - 2 < TITLE_WORDS and lows[q].replace("-", "").isalpha():
        q += 1
    if q == m + 2 or q >= n or lows[q] != M or s.is_det(q) or s.etypes(q) != {"Person"}:
        return -1
    titled = any(w in s.lex.roles or s.person_head(w) for w in lows[m + 2 : q])
    return q if titled else -1


def _agent_at(s: Sentence, k: int, m: int) -> int:
    """The agent that the mention at m, in the "by" phrase starting at k, names: itself, or
    the name it introduces ("by Saudi Arabia's Public Investment Fund", "by Tesla chief Elon
    Musk"), else -1."""
    lows = s.lows
    n = len(lows)
    if m > k and lows[m - 1] == "at":
        return -1  # "hailed by analysts at Harlow": the firm is no agent
    if m + 2 < n and lows[m + 1] == "'s" and lows[m + 2] == M:
        return m + 2  # "by Saudi Arabia's Public Investment Fund"
    if m + 2 < n and lows[m + 1] in s.lex.person_cues.kin and s.ment(m).kind == "pronoun":
        # "founded by her great-grandfather, Emil Rosko": the relative, not "her"
        q = m + 2 + (lows[m + 2] == ",")
        return q if q < n and lows[q] == M else -1
    titled = _titled_after_possessor(s, m)
    if titled > 0:
        return titled  # "chaired by former Brindley's broker Leo Ill": the broker, not Brindley
    if m + 2 < n and lows[m + 1] == "'s" and lows[m + 2] in s.lex.person_cues.kin:
        # "chaired by Kowalski's uncle, Peter Moe": the relative, not Kowalski
        q = m + 3 + (m + 3 < n and lows[m + 3] == ",")
        return q if q < n and lows[q] == M else -1
    if m + 3 < n and lows[m + 1] == "-" and lows[m + 2] in s.lex.hyphen:
        if lows[m + 3] == M:
            return m + 3  # "by the Dubai-based Qamar Holdings"
        return _described_after_hyphen(s, m + 3)
    described = described_name(s, m)
    if described > 0:
        return described  # "by the Graz private equity firm Isarbrookvest": not Graz
    if m + 1 < n and lows[m + 1] in s.lex.group_nouns:
        if m + 3 < n and lows[m + 2] == "'s" and lows[m + 3] == M:
            return m + 3  # "by the Kell family's Kell Holdings": the family's firm
        if m + 3 < n and lows[m + 2] == "'s":
            return named_after_head(s, m + 3)  # "by the Kell family's holding company, X"
        q = m + 3 + (m + 3 < n and lows[m + 3] == "the")
        if q < n and lows[m + 2] == "," and lows[q] == M and "of" in lows[m - 2 : m]:
            return q  # "by a holding arm of the Osk family, Osk Holding": the named firm
        return -1  # "by the Tessier family": not one named person
    t = m + 1
    while t < n and t - m <= 5 and lows[t] != M and (lows[t].isalpha() or lows[t] == "'s"):
        t += 1
    if t < n and t > m + 1 and lows[t] == M:
        if lows[m + 1] in s.lex.titles or lows[m + 1] in s.lex.roles:
            return t  # "by Tesla chief Elon Musk"
        if "'s" in lows[m + 1 : t] and lows[t - 1] in s.lex.heads:
            return t  # "by the Solheim family's investment firm Fjellstad"
    if _employee_after(s, m, t):
        return t  # "founded by Ventra veteran Ola Brandt": the person, not the employer
    if _apposed_head(s, m, t):
        return t + 1 + (lows[t + 1] == "the")  # "by the Brenna regulator, the Port Authority"
    if t > m + 1 and t - m <= 3 and people_noun(s, lows[t - 1]):
        # "by former Brill consultants Ana Ruiz and Ben Ott": the people, not their
        # employer; "by two former Brill auditors," names no agent, "by two ex-Brill
        # actuaries, A and B" names them after the comma
        if t + 1 < n and lows[t] == "," and lows[t + 1] == M:
            return t + 1
        return t if t < n and lows[t] == M else -1
    return m


LISTED: Final[tuple[list[str], ...]] = ([M], ["and"], ["or"])


def _apposed_head(s: Sentence, m: int, t: int) -> bool:
    """A name at m after an article modifies the head noun ending before the comma at t, and
    a name stands in apposition after it: "by the Brenna regulator, the Port Authority" (the
    agent is the apposed name, the one at m only modifies "regulator")."""
    lows = s.lows
    n = len(lows)
    if not (m + 1 < t <= m + 3 and t + 1 < n and lows[t] == "," and lows[m - 1] in ARTICLES):
        return False
    if lows[t - 1] not in s.lex.heads or "'s" in lows[m + 1 : t]:
        return False
    q = t + 1 + (lows[t + 1] == "the")
    # "by the Kell group, Vexa and Orrin": a list of agents, no apposition
    return q < n and lows[q] == M and not s.is_det(q) and lows[q + 1 : q + 2] not in LISTED


def _employee_after(s: Sentence, m: int, t: int) -> bool:
    """An organization at m, one or two plain words, then a named person at t: "Ventra
    veteran Ola Brandt", "ex-Hexley engineer Mara Oduya" (the person is the agent)."""
    lows = s.lows
    if not (m + 1 < t <= m + 3 and t < len(lows) and lows[t] == M):
        return False
    if s.ments[t] is None or s.ment(t).kind != "name" or s.etypes(t) != {"Person"}:
        return False
    if "Organization" not in s.etypes(m):
        return False
    return all(w.isalpha() and w not in EMPLOYEE_STOPS for w in lows[m + 1 : t])


# words that end the description between an organization and a person: "by Ventra and X"
EMPLOYEE_STOPS = PREPOSITIONS | COORD | CLAUSE_STOP | AGENTS


def including(s: Sentence, e: int) -> int:
    """ "invested in more than 40 companies, including the software maker Quayside": the
    first named example of a plural object, else -1."""
    lows = s.lows
    n = len(lows)
    for m in range(e, min(n, e + 10)):
        w = lows[m]
        if w == M or w in PUNCT_STOP or _new_agent(lows, m):
            return -1
        if w in ("including", "among") or (w == "such" and m + 1 < n and lows[m + 1] == "as"):
            return right(s, m + 1 + (w == "such"), 4)
    return -1


def _new_agent(lows: list[str], m: int) -> bool:
    """Another agent or an act's clause opens at m: "fined by the regulator for restricting
    discounts by brands including X" (the brands are no agent of the fine)."""
    if lows[m] == "by" or lows[m] in AGENT_ENDS:
        return True  # "fined by regulators during an inquiry into lenders including X"
    nxt = lows[m + 1] if m + 1 < len(lows) else ""
    return lows[m] in PREPOSITIONS and nxt.endswith("ing") and nxt != "including"


REPRESENTED_DETS: Final = frozenset({"the", "its", "their", "some", "several", "two", "three", "a"})


def represented(s: Sentence, k: int) -> bool:
    """The role noun at k names the people a person's job serves: "a lawyer for the
    shareholders", "a spokeswoman for the founders", "an adviser to its investors"."""
    lows = s.lows
    m = k - 1
    while m >= 0 and lows[m] in REPRESENTED_DETS:
        m -= 1
    if m < 1 or m == k - 1 or lows[m] not in ("for", "to", "representing"):
        return False
    return s.person_head(lows[m - 1])


def noun_phrase_head(s: Sentence, k: int) -> bool:
    """ "the pension fund Westgate": a descriptor noun before a name, not a verb (but "is
    financing Loma Shipping": a progressive after a form of *be*)."""
    lows = s.lows
    if lows[k] not in s.lex.heads or k + 1 >= len(lows) or lows[k + 1] != M:
        return False
    if s.is_det(k + 1) and s.ment(k + 1).word in OWN_PRONOUNS:
        return False  # "will help fund its next scheme": no descriptor before a possessive
    prev = lows[k - 1] if k else ""
    if prev in BE_FORMS and lows[k].endswith("ing"):
        return False
    if prev.isalpha() and prev not in VERB_LEADS and not prev.endswith("ly"):
        return True  # "buy smaller rival Delphine", "the pension fund Westgate"
    for m in range(k - 1, max(-1, k - 4), -1):
        if lows[m] in ARTICLES:
            return True
        if not lows[m].isalpha() or lows[m] in PREPOSITIONS:
            return False
    return False


PEOPLE_PLACES = frozenset({"Person", "Location"})


def reporting_org(s: Sentence, k: int, verb: bool = True) -> int:
    """The organization a sentence opens with when it reports ("Orrin said ...") and no
    other organization stands before k: the implicit party of a bare role."""
    lows = s.lows
    opening = opening_mention(s)
    if opening < 0 or opening >= k or s.etypes(opening) != {"Organization"}:
        return -1
    if verb and not any(lows[m] in REPORTING for m in range(opening + 1, k)):
        return -1
    for m in range(opening + 1, k):
        if lows[m] == M and s.ment(m).kind != "pronoun" and not s.etypes(m) & PEOPLE_PLACES:
            return -1  # another organization: whose role is it?
    return opening


ASIDE_WORDS = 7  # words of an aside between commas right after a verb


def aside_end(s: Sentence, p: int) -> int:
    """After an aside between commas that opens at p ("acquired, for $40m in cash, the X",
    "lent, last week, $40m to X"): the position after its closing comma; else p. The aside
    holds no name but a place and no clause."""
    lows = s.lows
    n = len(lows)
    if not (p < n and lows[p] == ","):
        return p
    for q in range(p + 1, min(n, p + ASIDE_WORDS + 2)):
        w = lows[q]
        if w == ",":
            return q + 1 if q > p + 1 else p
        if w == M and "Location" not in s.etypes(q) or w in PUNCT_STOP or w in ASIDE_STOP:
            return p
    return p


def _first_object(lows: list[str], k: int, p: int) -> bool:
    """The name at p is the first thing after the verb at k, or after its "the"."""
    return p == k + 1 or (p == k + 2 and lows[k + 1] == "the")


# participles that name the object before them: "formed an alliance called X"
NAMING_WORDS: Final = frozenset({"called", "named", "dubbed"})
ASIDE_STOP = frozenset({"which", "who", "that", "and", "or", "but", "said", "says"})


def match_gap(s: Sentence, k: int, phrase: tuple[str, ...]) -> int:
    lows = s.lows
    n = len(lows)
    p = k
    gap = False
    prev = ""
    for w in phrase:
        if w == GAP:
            gap = True
            continue
        if gap:
            if p < n and lows[p] == "by":
                return -1  # "owned by a consortium of A": a passive's agent, not "own ... of"
            if p == k + 1:
                p = aside_end(s, p)  # "lent, last week, a further $40m to X"
            limit = min(n, p + GAP_WORDS + 1)
            inner = free = 0
            first = p
            while p < limit and lows[p] != w:
                if free < FREE_WORDS and date_word(lows, p):
                    free += 1  # "received a grant last year from": a date names no one
                    limit = min(n, limit + 1)
                elif p == first and lows[p] in ("a", "an") and free_article(s, p, w):
                    free += 1  # "put an extra $9m of new capital into": the object's article
                    limit = min(n, limit + 1)
                elif s.is_det(p):
                    pass  # "thrown his weight behind"
                elif lows[p] == M and p + 1 < n and lows[p + 1] in POSSESSIVE_MARKS:
                    pass  # "wrote Amberline's first check": a possessor inside the phrase
                elif w in NAMING_WORDS and _hyphen_place(s, p):
                    pass  # "formed a Toronto-based venture called X": a place describing it
                elif w == "against" and _venue_town(s, first, p):
                    limit = min(n, limit + 1)  # "sued in the Labour Court in Tema against"
                elif lows[p] == M and _venue_party_off(lows, first, p, phrase, w):
                    return -1  # "took its complaint about X to a tribunal": "complaint about"
                elif inner and lows[p] == "," and (e := _venue_aside(s, p, phrase, w)) > 0:
                    p, limit = e, min(n, e + 2)  # "took Y, its carrier, to arbitration"
                elif (
                    lows[p] == M and (w in PREPOSITIONS or _first_object(lows, k, p)) and not inner
                ):
                    # "complaint with the European Commission against"; the verb's object
                    # right after it: "threw Ostler a lifeline", "calls Leeds home"
                    inner = 1
                elif lows[p] == M or lows[p] in PUNCT_STOP or lows[p] == ",":
                    return -1
                elif w in NAMING_WORDS and lows[p] in PREPOSITIONS:
                    return -1  # "formed a partnership with a firm called X": not what it formed
                p += 1
            if p >= limit or (prev in SPAN_GAP_NOUNS and not span_gap(s, first, p)):
                return -1
            gap = False
        elif p >= n or lows[p] != w:
            return -1
        prev = w
        p += 1
    return p


def _venue_town(s: Sentence, first: int, p: int) -> bool:
    """The place at p names the town of a court in a claim's venue gap before "against": "brought
    a case in the Labour Court in Tema against X", "a claim at the Land Court in Vaasa against X"
    (after "in", and after the gap's first word)."""
    lows = s.lows
    return p > first + 1 and lows[p] == M and lows[p - 1] == "in" and s.etypes(p) == {"Location"}


# the venues a party is taken to: "took Y, its former carrier, to arbitration"
LEGAL_VENUES: Final = frozenset({"arbitration", "court", "tribunal"})


def _venue_party_off(lows: list[str], first: int, p: int, phrase: tuple[str, ...], w: str) -> bool:
    """The name at p, in the gap of a phrase taking a party "to" a legal venue, follows a
    preposition: no party taken ("took the dispute with X to a tribunal", "took its complaint
    about X to court"); the noun's own phrase reads it."""
    if w != "to" or not LEGAL_VENUES.intersection(phrase):
        return False
    return any(lows[q] in PREPOSITIONS for q in range(first, p))


def _venue_aside(s: Sentence, c: int, phrase: tuple[str, ...], w: str) -> int:
    """The comma that closes an appositive opening at the comma c after a phrase's object, when
    the phrase takes that party "to" a legal venue ("has taken Y, the carrier that handled its
    fruit, to arbitration in London"), else -1."""
    if w != "to" or not LEGAL_VENUES.intersection(phrase):
        return -1
    e = appositive_end(s, c + 1, relative=True)
    return e if e > c + 1 and e + 1 < len(s.lows) and s.lows[e + 1] == "to" else -1


def _hyphen_place(s: Sentence, p: int) -> bool:
    """A place name joined by a hyphen to the next word at p ("a Toronto-based venture")."""
    lows = s.lows
    return lows[p] == M and lows[p + 1 : p + 2] == ["-"] and "Location" in s.etypes(p)


RELATIVE_REACH = 16  # words a relative clause may run before ", and by B"


def by_after_relative(s: Sentence, last: int) -> list[int]:
    """ "paid for by A, which has pledged 4 million, and by B": the agents after a relative
    clause on the last agent, when ", and by" repeats the preposition; else []."""
    lows = s.lows
    n = len(lows)
    if last + 2 >= n or lows[last + 1] != "," or lows[last + 2] not in ("which", "who"):
        return []
    for q in range(last + 3, min(n - 2, last + RELATIVE_REACH)):
        if lows[q] in PUNCT_STOP or lows[q] == "by":
            return []
        if lows[q] == "," and lows[q + 1] == "and":
            b = q + 2 + (lows[q + 2] == "also")
            if b + 1 >= n or lows[b] != "by":
                return []
            agent = agent_after(s, b + 1)
            return coord(s, agent, +1) if agent >= 0 else []
    return []


def past_product_modifiers(lows: list[str], k: int) -> int:
    """The position before up to two product modifiers that end at k - 1 ("Gorlan's popular
    Zest": from Zest, the "'s")."""
    p = k - 1
    while p >= 0 and k - 1 - p < 2 and product_modifier(lows[p]):
        p -= 1
    return p


def negated_phrase(s: Sentence, k: int, reach: int = 8) -> bool:
    """ "did not close its round led by X", "failed to complete the $20 million round": a
    negation or hedge in the few words before the noun phrase ending at k, in its clause (back
    to the first name, comma or clause stop; a possessive "its" is passed)."""
    lows = s.lows
    lo = k
    while lo > 0 and k - lo < reach:
        w = lows[lo - 1]
        if w in PUNCT_STOP or w == "," or w in CLAUSE_STOP or (w == M and not s.is_det(lo - 1)):
            break
        lo -= 1
    return lo < k and s.blocked(lo, k)
