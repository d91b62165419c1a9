"""Rivalry family: bidders set against each other by a third party's choice.

- `chosen_over`: "The county picked Orbin and Kast over (ahead of, rather than) Fenway
  Build" (each chosen bidder competed with each passed-over one; the county is no party),
  "Orbin was chosen over Fenway Build for the contract".

- `won_beating`: "Orbin won the contract, beating Kast and Fenway": the winner competed with
  each bidder it beat.

- `rival_things`: "Larger firms, including Dorn Group, are building rival products" in an
  article just about Calla Foods: each builder competes with Calla Foods
  (`SentenceContext.rival`), when the sentence names no other organization.

- `rival_examples`: in an article just about Calla Foods, "Rival firms, including Dorn Group
  and Pell, followed suit", "Rivals such as Dorn Group ...", "Dorn Group, a smaller rival,
  ...": each example or appositive head competes with Calla Foods (`SentenceContext.rival`),
  when the sentence names no organization besides them.

- `counted_rivals`: "Calla counts Dorn and Pell among its rivals", "Calla sees Dorn as its
  main competitor": the subject competes with each one named.

- `rival_of_is`: "The main rival of Calla Foods is Dorn Group", "Among the competitors of
  Calla Foods are Dorn Group and Pell", "Rivals of Calla Foods include Dorn Group" (a bare
  plural that opens its clause): each named rival competes with the holder.

- `ranked_behind`: "Skyra is Europe's third-largest carrier, behind Ostrel Air and Brisk Jet",
  "lags behind Ostrel Air in punctuality", "ranks second behind Ostrel Air": the ranked
  subject competes with each one ahead of it.

- `set_against`: "The deal pits Harlow against Brindle and Corran", "The acquisition brings
  Tovar head to head with Marisco", "The licence puts Sunmere in direct competition with
  Okada": the company set against the others competes with each (the deal is no party).

- `paired_rivals`: "Tagus Foods and Grainfield Group, fierce rivals in frozen fish, both
  raised prices": a named pair described by a plural rival noun competes.

- `rival_apposed_object`: "Pennant faces Callow Foods, a rival chain backed by Orvo", "is
  locked in a dispute with Callow Foods, a larger rival": an object (or the object of "with",
  "from", "against", "to", "than") described as "a rival" competes with the clause's subject.

- `market_challenge`: "Skyra is challenging Ostrel Air on the London route", "set out to
  challenge Ostrel Air's dominance": a challenge in a market is rivalry; the verb rules'
  DISPUTES for the pair becomes COMPETES_WITH ("challenged Ostrel Air in court" stays).

The words are data: loaders/data/rivalry.yaml, compiled per lexicon by
loaders/relations/rival_words.py (a `--lexicon` file's `rivalry` entries extend them).
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon
from loaders.non_names import data_words
from loaders.relations.holding_words import holding_words
from loaders.relations.model import Mention, Sentence
from loaders.relations.nav import coord, prep_before, right, subjects
from loaders.relations.rival_words import RivalWords, rival_words
from loaders.relations.words import (
    ARTICLES_AND_ANOTHER,
    CLAUSE_STOP,
    INDEFINITES_AND_ANOTHER,
    POSSESSIVE_MARKS,
    PREPOSITIONS,
    PUNCT_STOP,
    REPORTING,
    M,
)

RULE_CHOSEN = "rivalry/chosen-over"
RULE_BEATING = "rivalry/won-beating"
# the words that follow a beating word before its objects: "edging out", "seeing off", "ahead of"
BEATING_PARTICLES = {"edging": "out", "seeing": "off", "ahead": "of"}
RULE_THINGS = "rivalry/rival-things"
RULE_OF_IS = "rivalry/rival-of-is"
RULE_EXAMPLES = "rivalry/rival-examples"
RULE_COUNTED = "rivalry/counted-rivals"
RULE_SUER = "rivalry/rival-suer"
RULE_ACCUSED = "rivalry/accused-rival"
# adverbs between a relative clause's subject and its counting verb ("which Ardis once saw as")
LINK_ADVERBS: Final = frozenset({"once", "still", "now", "long", "always", "increasingly"})
# "counts A among its rivals", "sees A as its main rival": a verb, the names, then the link
COUNT_VERBS = {
    "among": frozenset({"count", "counts", "counted", "counting", "numbers", "number"}),
    "as": frozenset(
        {"see", "sees", "saw", "seen", "regard", "regards", "regarded", "view", "views"}
        | {"viewed", "consider", "considers", "considered", "name", "names", "named"}
        | {"identify", "identifies", "identified", "describe", "describes", "described"}
    ),
}
COUNT_CUES: frozenset[str] = COUNT_VERBS["among"] | COUNT_VERBS["as"]
EXAMPLE_LINKS = frozenset({"including", "like", "such", "among"})
# "a rival", "another rival"; an object also "the rival"
APPOSITIVE_ARTICLES: Final[frozenset[str]] = INDEFINITES_AND_ANOTHER
OBJECT_ARTICLES: Final[frozenset[str]] = ARTICLES_AND_ANOTHER
BE = frozenset({"is", "are", "was", "were", "remains", "remain"})
# rivals17: "Rivals of Calla Foods include Dorn Group and Pell" (the listed rivals)
INCLUDE: Final = frozenset({"include", "includes", "included"})
PASSIVE = frozenset({"was", "were", "been", "be", "is", "are"})


def chosen_over(s: Sentence) -> None:
    lows = s.lows
    n = len(lows)
    choose_verbs = rival_words(s.lex).choose_verbs
    for k, w in enumerate(lows):
        if w not in choose_verbs:
            continue
        if k >= 1 and lows[k - 1] in PASSIVE:
            chosen = subjects(s, k, True)[:1]  # "Orbin was chosen over Fenway"
            chosen = coord(s, chosen[0], -1) if chosen else []
            after = k + 1
        else:
            first = right(s, k + 1, 2)
            chosen = coord(s, first, +1) if first >= 0 else []
            after = chosen[-1] + 1 if chosen else n
        over = after
        while over < n and over - after <= 5 and _passed_over(lows, over) == 0:
            if lows[over] in PUNCT_STOP or lows[over] == M:
                over = n
                break
            over += 1  # "picked Orbin to build the ferries over Fenway"
        if not chosen or over >= n or _passed_over(lows, over) == 0:
            continue
        loser = right(s, over + _passed_over(lows, over), 2)
        if loser < 0 or s.blocked(chosen[0], loser):
            continue
        winners = s.merged(chosen)
        for x in coord(s, loser, +1):
            s.emit(winners, ("COMPETES_WITH",), s.ment(x), RULE_CHOSEN, 0.65)


def _passed_over(lows: list[str], k: int) -> int:
    """Length of "over", "ahead of", "rather than", "instead of" at k ("picked A ahead of
    B"), else 0."""
    if lows[k] == "over":
        return 1
    if k + 1 < len(lows) and (lows[k], lows[k + 1]) in PASSED_OVER:
        return 2
    return 0


PASSED_OVER = frozenset({("ahead", "of"), ("rather", "than"), ("instead", "of")})


def rival_things(s: Sentence) -> None:
    org = s.context.rival
    if not org:
        return
    lows = s.lows
    n = len(lows)
    rw = rival_words(s.lex)
    for k, w in enumerate(lows):
        if w not in rw.rival_mods or k + 1 >= n or lows[k + 1] not in rw.rival_things:
            continue
        if k + 3 < n and lows[k + 2] == "," and lows[k + 3] == M:
            continue  # "outsells the rival app, Notary": the thing is named (competing_thing)
        subj = subjects(s, k, True)
        if not subj or any(lows[x] in CLAUSE_STOP for x in range(subj[0], k)):
            return
        makers = coord(s, subj[0], -1)
        named = [x for x, v in enumerate(lows) if v == M and "Organization" in s.etypes(x)]
        if any(x not in makers for x in named) or s.blocked(subj[0] + 1, k):
            return  # another organization in the sentence: whose rival is unclear
        if any(org in s.ment(x).ids for x in makers):
            return
        ctx = Mention((org,), -1, -1, "context", 0.7)
        s.emit(s.merged(makers), ("COMPETES_WITH",), ctx, RULE_THINGS, 0.6)
        return


def rival_of_is(s: Sentence) -> None:
    lows = s.lows
    n = len(lows)
    nouns = rival_words(s.lex).rival_nouns
    for k, w in enumerate(lows):
        if w not in nouns or k + 3 >= n or lows[k + 1] != "of" or lows[k + 2] != M:
            continue
        if not _opens_clause(s, k):
            continue
        holder = k + 2
        be = holder + 1
        if lows[be] in PREPOSITIONS:  # "the main rival of A in the north is B"
            while be < n and be - holder <= 4 and lows[be] not in BE:
                if lows[be] in PUNCT_STOP or lows[be] == "," or lows[be] == M:
                    break
                be += 1
        if be >= n or (lows[be] not in BE and lows[be] not in INCLUDE):
            continue
        rival = right(s, be + 1, 2)
        if rival < 0 or s.blocked(k, rival):
            continue
        rivals = s.merged(coord(s, rival, +1))
        s.emit(rivals, ("COMPETES_WITH",), s.ment(holder), RULE_OF_IS, 0.7)


def _opens_clause(s: Sentence, k: int) -> bool:
    """ "The main rival of", "Among the biggest competitors of": the rival noun's phrase opens
    its clause (not "X is the main rival of Y", which the role rules read)."""
    lows = s.lows
    m = k - 1
    while m >= 0 and k - m <= 4 and lows[m].isalpha() and lows[m] not in ("the", "among"):
        m -= 1  # "main", "closest", "biggest", "nearest"
    if _bare_plural_opens(s, k, m):
        return True  # "Rivals of A include B", "Key competitors of A are B and C"
    if m < 0 or lows[m] != "the":
        return False
    m -= 1
    if m >= 0 and lows[m] == "among":
        m -= 1
    opener = lows[m] if m >= 0 else "."
    if opener == "that":
        return True  # "said that among the rivals of"
    return opener in CLAUSE_STOP or opener in PUNCT_STOP or opener in REPORTING or opener == ","


def _bare_plural_opens(s: Sentence, k: int, m: int) -> bool:
    """ "Rivals of A", "Other competitors of A": a plural rival noun with no article whose
    phrase opens the sentence (or follows "that" after a reporting verb)."""
    lows = s.lows
    if not lows[k].endswith("s") or any(w in PREPOSITIONS for w in lows[m + 1 : k]):
        return False  # "Investors in rivals of A include B": no rival of A
    opener = lows[m] if m >= 0 else "."
    return opener in PUNCT_STOP or opener == "that" or (m < 0 or lows[m] in REPORTING)


def rival_examples(s: Sentence) -> None:
    org = s.context.rival
    if not org:
        return
    lows = s.lows
    nouns = rival_words(s.lex).rival_nouns
    for k, w in enumerate(lows):
        maker = _rival_maker(s, k)  # "B, a competing maker, sued H"
        if (w not in nouns and not maker) or _held(s, k):
            continue
        members = (
            _examples(s, k)
            or _appositive_head(s, k, _articles(s, k), places=True)  # "Dorn, an Antwerp rival"
            or _copular_head(s, k)
        )
        if not members or any(org in s.ment(x).ids for x in members):
            continue
        if any(w in HEDGED_RIVALS for w in lows[max(0, k - HEDGE_REACH) : k]):
            continue  # "Dorn, a would-be Antwerp rival": no rival yet (ties33)
        if any(s.ment(x).kind == "pair" and "Product" in s.etypes(x) for x in members):
            continue  # "The two kettles are direct rivals": of each other (coordination/mutual)
        if maker and _job_of_people(s, k) and any(_personal(s, x) for x in members):
            continue  # "Tom Dravo, a rival broker": a person in the trade, no rival firm
        named = [x for x, v in enumerate(lows) if v == M and "Organization" in s.etypes(x)]
        if maker:  # "Dorn, a rival maker, sued Calla over its labels" (Calla in question)
            named = _past_own(s, named, members, org)
        if any(x not in members for x in named) or s.blocked(
            min(k, members[0]), max(k, members[-1])
        ):
            return  # another organization in the sentence: whose rival is unclear
        ctx = Mention((org,), -1, -1, "context", 0.7)
        s.emit(s.merged(members), ("COMPETES_WITH",), ctx, RULE_EXAMPLES, 0.6)
        return


def _articles(s: Sentence, k: int) -> frozenset[str]:
    """The articles that may open a rival appositive ending at k: "a smaller rival", and "the"
    before a singular noun that a relative clause or a region follows ("X, the York-based rival
    that ...", "X, the biggest rival in the north-east, ..."; not a bare "X, the rival,")."""
    lows = s.lows
    after = lows[k + 1] if k + 1 < len(lows) else ""
    if lows[k].endswith("s") or after not in DEFINITE_CLOSERS:
        return APPOSITIVE_ARTICLES
    if after == "across" and "of" in lows[k + 2 : k + 2 + ACROSS_REACH]:
        return APPOSITIVE_ARTICLES  # "the rival across town of C": C's rival, not the article's
    return OBJECT_ARTICLES


# what may follow a definite rival appositive's noun: "the York-based rival that", "the
# biggest rival in the north-east," (not "the rival bid", "the rival's chief", "the rival,")
DEFINITE_CLOSERS: Final = frozenset({"that", "which", "in", "across"})  # ties33: "across"
ACROSS_REACH: Final = 3  # words between "across" and an "of" naming whose rival it is
# words before a rival noun that make it a rival still to come ("a would-be rival")
HEDGED_RIVALS: Final = frozenset({"would-be", "aspiring", "wannabe", "potential", "prospective"})
HEDGE_REACH: Final = 3  # words between the hedge and the rival noun ("an aspiring Porto rival")


def rival_suer(s: Sentence) -> None:
    """ "Pellam Brewing, a rival brewer, sued Ostrel Ales", "Dorn, a smaller competitor, has
    accused Calla of copying": a subject described as a rival (with no holder) that sues or
    accuses a named firm is that firm's rival; the dispute itself is the verb rules'."""
    lows = s.lows
    n = len(lows)
    nouns = rival_words(s.lex).rival_nouns
    for k, w in enumerate(lows):
        maker = _rival_maker(s, k)
        if w not in nouns and not maker:
            continue
        e = k + 1 + maker
        if e + 1 >= n or lows[e] != "," or not lows[e + 1].isalpha() or lows[e + 1] == "and":
            continue  # "X, a rival brewer, sued": the appositive closes before the verb
        members = _appositive_head(s, k)
        if not members or s.blocked(members[0], e):
            continue
        ids = {i for x in members for i in s.ment(x).ids}
        for f in list(s.found):
            if f.type == "DISPUTES" and f.source in ids and f.target not in ids:
                if s.type_of(f.target) == "Organization":
                    s.emit(s.ment(members[0]), ("COMPETES_WITH",), _by_id(f.target), RULE_SUER, 0.7)


def accused_rival(s: Sentence) -> None:
    """ "Delmar sued Quillex, accusing its bigger rival of poaching drivers": a participle
    after a dispute whose object is the subject's own rival ("its rival") names the one firm
    the subject just disputed."""
    lows = s.lows
    nouns = rival_words(s.lex).rival_nouns
    for k, w in enumerate(lows):
        if w not in nouns or k + 1 >= len(lows) or lows[k + 1] != "of":
            continue
        p = k - 1
        while p > 0 and k - p <= 3 and lows[p] != M and lows[p].replace("-", "").isalpha():
            p -= 1  # "bigger", "long-time"
        if p < 2 or lows[p] != M or s.ment(p).kind != "pronoun" or not lows[p - 1].endswith("ing"):
            continue
        if lows[p - 2] != "," or s.blocked(p - 1, k):
            continue
        own = set(s.ment(p).ids)
        targets = {f.target for f in s.found if f.type == "DISPUTES" and f.source in own}
        if len(targets) == 1 and s.type_of(next(iter(targets))) == "Organization":
            src = Mention(tuple(own), p, p + 1, "pronoun")
            s.emit(src, ("COMPETES_WITH",), _by_id(targets.pop()), RULE_ACCUSED, 0.7)


def _by_id(entity: str) -> Mention:
    return Mention((entity,), -1, -1, "context", 1.0)


def _past_own(s: Sentence, named: list[int], members: list[int], org: str) -> list[int]:
    """The organizations of `named` other than the company in question and the members' own
    pronouns ("cut its prices"): after "X, a competing maker", those leave whose rival clear."""
    own = {i for x in members for i in s.ment(x).ids}
    return [
        x
        for x in named
        if s.ment(x).ids != (org,) and (s.ment(x).kind == "name" or not own >= set(s.ment(x).ids))
    ]


def _rival_maker(s: Sentence, k: int) -> bool:
    """ "a competing maker", "a rival brewer": a rival modifier before a singular noun for a
    company (not "a rival bid", "a competing offer")."""
    lows = s.lows
    if lows[k] not in rival_words(s.lex).rival_mods or k + 1 >= len(lows) or k < 1:
        return False
    head = lows[k + 1]
    if lows[k - 1] not in APPOSITIVE_ARTICLES:
        return False
    # "a rival broker": a job firms hold as often as people (`firm_titles`)
    return s.lex.heads.lookup((head,)) == "Organization" or head in data_words(s.lex, "firm_titles")


def _job_of_people(s: Sentence, k: int) -> bool:
    """The noun after the rival modifier at k names people as readily as firms ("broker")."""
    return s.lex.heads.lookup((s.lows[k + 1],)) != "Organization"


def _personal(s: Sentence, x: int) -> bool:
    """The name at x is a person's: typed so, or opening with a given name ("Tom Dravo")."""
    ids = s.ment(x).ids
    return "Person" in s.etypes(x) or any(i.split("-")[0] in s.lex.first_names for i in ids)


def _held(s: Sentence, k: int) -> bool:
    """The rival noun at k names whose rival it is: "Calla's rivals", "its rival", "rivals of
    Calla", "a rival to Calla" (the role and noun rules read those)."""
    lows = s.lows
    after = lows[k + 1] if k + 1 < len(lows) else ""
    if after in ("of", "to"):
        return True
    for m in range(k - 1, max(-1, k - 4), -1):
        if lows[m] in POSSESSIVE_MARKS or (lows[m] == M and s.is_det(m)):
            return True
        if not lows[m].isalpha():
            return False
    return False


def _examples(s: Sentence, k: int) -> list[int]:
    """ "Rival firms, including A and B", "Rivals such as A", "rivals like A": the examples."""
    lows = s.lows
    n = len(lows)
    q = k + 1
    while q < n and q - k <= 2 and lows[q].isalpha() and lows[q] not in EXAMPLE_LINKS:
        q += 1  # "rival firms", "rival drug makers"
    if q < n and lows[q] == ",":
        q += 1
        if q + 1 < n and lows[q] in rival_words(s.lex).focus_adverbs and lows[q + 1] == M:
            # "Those rivals, mainly A and B, ...": examples of organizations only
            ok = "Organization" in s.etypes(q + 1)
            return coord(s, q + 1, +1) if ok else []
    if q >= n or lows[q] not in EXAMPLE_LINKS:
        return []
    q += 1
    if q < n and lows[q - 1] == "such" and lows[q] == "as":
        q += 1
    elif lows[q - 1] == "such":
        return []
    if q < n and lows[q - 1] == "among" and lows[q] == "them":
        q += 1
    first = right(s, q, 2)
    return coord(s, first, +1) if first >= 0 else []


def _appositive_head(
    s: Sentence, k: int, articles: frozenset[str] = APPOSITIVE_ARTICLES, places: bool = False
) -> list[int]:
    """ "Dorn Group, a smaller rival, ...", "Dorn, another rival based in Leeds": the name the
    appositive describes; with `places`, past a place too ("Dorn, an Antwerp rival")."""
    name = apposed_name(s, k, articles, 3, PREPOSITIONS, places)
    return coord(s, name, -1) if name >= 0 else []


def apposed_name(
    s: Sentence,
    k: int,
    openers: frozenset[str],
    reach: int,
    stops: frozenset[str],
    place_mods: bool = False,
) -> int:
    """The name before ", <opener> <modifiers>" whose noun phrase ends at k ("Dorn, a smaller
    rival", "Dorn, once a rival"), walking back at most `reach` words over modifiers (never a
    word in `stops`; with `place_mods`, over a place too: "the Singapore rival"); else -1."""
    lows = s.lows
    a = k - 1
    while a >= 0 and k - a <= reach and lows[a] not in openers:
        if a >= 2 and lows[a - 1] == "-" and _placed(s, a - 2):
            a -= 3  # "a Dundee-based competitor"
            continue
        if place_mods and lows[a] == M and s.etypes(a) == {"Location"} and not s.is_det(a):
            a -= 1  # "the Singapore rival"
            continue
        if not lows[a].replace("-", "").isalpha() or lows[a] in stops:
            return -1  # "C, a line from competitor A": the rival is A, not C
        a -= 1  # "smaller", "low-cost", "long-standing"
    if a < 2 or lows[a] not in openers:
        return -1
    if a >= 3 and lows[a - 1] in FORMERLY:
        a -= 1  # "Dorn, once a rival, ...": a former rivalry counts like a former role
    if lows[a - 1] != "," or lows[a - 2] != M or s.is_det(a - 2):
        return -1
    return a - 2


FORMERLY: Final = frozenset({"once", "formerly", "previously"})


def _placed(s: Sentence, p: int) -> bool:
    """A place at p before "-based" ("a Dundee-based rival")."""
    return s.lows[p] == M and s.etypes(p) == {"Location"} and s.lows[p + 2] == "based"


COPULAS: Final = BE | {"'re"}  # "they're a tough rival"


def _copular_head(s: Sentence, k: int) -> list[int]:
    """ "Dorn Group is a tough rival", "Dorn and Pell are formidable competitors": the named
    subject of a predicate rival noun with no holder."""
    lows = s.lows
    a = k - 1
    while a >= 0 and k - a <= 3 and lows[a] not in APPOSITIVE_ARTICLES and lows[a] not in COPULAS:
        if not lows[a].replace("-", "").isalpha():
            return []
        a -= 1  # "tough", "formidable", "strong"
    a -= a >= 0 and lows[a] in APPOSITIVE_ARTICLES
    if a < 1 or lows[a] not in COPULAS or lows[a - 1] != M or s.is_det(a - 1):
        return []
    if k + 1 < len(lows) and lows[k + 1].isalpha() and lows[k + 1] not in ("in", "on", "for"):
        return []  # "X is a rival bidder", "are rivals who": another head or a clause
    return coord(s, a - 1, -1)


def counted_rivals(s: Sentence) -> None:
    lows = s.lows
    n = len(lows)
    nouns = rival_words(s.lex).rival_nouns
    for k, w in enumerate(lows):
        if w not in COUNT_CUES or k + 1 >= n:
            continue
        named, subj = _counted_named(s, k)
        if not named:
            continue
        q = named[-1] + 1 if named[-1] > k else k + 1
        if q >= n or lows[q] not in COUNT_VERBS or w not in COUNT_VERBS[lows[q]]:
            continue
        q += 1
        if q + 1 < n and lows[q] == M and lows[q + 1] in POSSESSIVE_MARKS and not s.is_det(q):
            subj, q = [q], q + 2  # "names A and B as Q's main competitors": Q's rivals
        elif q < n and (lows[q] in ("its", "their", "the", "a", "one", "main") or s.is_det(q)):
            q += 1 + (q + 1 < n and lows[q + 1] == "of")  # "one of its rivals"
        p = q
        while p < n and p - q <= 3 and lows[p] not in nouns:
            if not lows[p].isalpha() and not (lows[p] == M and s.is_det(p)):
                break
            if lows[p] in ("than", "not", "no"):
                break  # "sees A as a partner rather than a rival"
            p += 1  # "its main", "its two biggest", "one of its"
        if p >= n or lows[p] not in nouns or (p + 1 < n and lows[p + 1] in ("of", "to")):
            continue  # "sees A as a rival of B": the role rules read it
        subj = subj or subjects(s, k, True)
        if not subj or s.blocked(subj[0] + 1, p):
            continue
        s.emit(s.ment(subj[0]), ("COMPETES_WITH",), s.merged(named), RULE_COUNTED, 0.7)


def _counted_named(s: Sentence, k: int) -> tuple[list[int], list[int]]:
    """The names the counting verb at k counts, and its subject when the verb's own clause
    gives it: "sees A and B as" (A, B; the subject is found later), or a relative clause on
    the name, "A, which Ardis (once) sees as its chief competitor" (A; Ardis)."""
    lows = s.lows
    if lows[k + 1] == M:
        return coord(s, k + 1, +1), []
    v = k - 1 - (lows[k - 1] in LINK_ADVERBS) if k >= 1 else -1
    if v < 3 or lows[v] != M or "Organization" not in s.etypes(v):
        return [], []
    b = v - 1 - (lows[v - 1] in ("which", "whom", "that"))
    if lows[b] != ",":
        b = _descriptor_start(s, b)
    a = b - 1
    if b < 1 or lows[b] != "," or lows[a] != M or s.is_det(a):
        return [], []
    if "Organization" not in s.etypes(a):
        return [], []
    if s.ment(v).kind != "name" and s.ment(v).shares(s.ment(a)):
        # "Orrel, the brewer which the group sees as its rival": the group is not Orrel
        main = [x for x in subjects(s, a, True) if x < a and s.etypes(x) == {"Organization"}]
        return ([a], main[:1]) if main else ([], [])
    return [a], [v]


def _descriptor_start(s: Sentence, b: int) -> int:
    """The comma opening a short descriptor ending at b ("X, the Colorado vendor (that) the
    firm sees as ..."): an article, then words, hyphens and places; else -1."""
    lows = s.lows
    q = b
    while q >= 1 and b - q <= 5 and lows[q] not in OBJECT_ARTICLES:
        if not (lows[q].isalpha() or lows[q] == "-" or "Location" in s.etypes(q)):
            return -1
        q -= 1
    if q < 2 or q == b or lows[q] not in OBJECT_ARTICLES:
        return -1
    return q - 1


def won_beating(s: Sentence) -> None:
    lows = s.lows
    n = len(lows)
    rw = rival_words(s.lex)
    for k, w in enumerate(lows):
        if w not in rw.win_verbs:
            continue
        b = k + 1
        while b < n and b - k <= 8 and lows[b] not in PUNCT_STOP and lows[b] != ",":
            b += 1  # "won the ferry contract"
        if not (b + 1 < n and lows[b] == "," and lows[b + 1] in rw.beating_words):
            continue
        q = b + 2
        particle = BEATING_PARTICLES.get(lows[b + 1])
        if particle is not None:
            if q >= n or lows[q] != particle:
                continue
            q += 1
        loser = right(s, q, 1 if q < n and lows[q] in ("rival", "rivals") else 0)
        subj = subjects(s, k, True)
        if loser < 0 or not subj or s.blocked(subj[0] + 1, loser):
            continue
        s.emit(
            s.ment(subj[0]), ("COMPETES_WITH",), s.merged(coord(s, loser, +1)), RULE_BEATING, 0.65
        )


RULE_MARKET = "rivalry/market-challenge"
MARKET_PREPS = frozenset({"on", "in", "for", "across"})


def market_challenge(s: Sentence) -> None:
    lows = s.lows
    for f in [f for f in s.found if f.type == "DISPUTES" and f.rule.startswith("verbal/")]:
        if s.type_of(f.source) != "Organization" or s.type_of(f.target) != "Organization":
            continue
        for t, w in enumerate(lows):
            if w == M and f.target in s.ment(t).ids and _challenged(s, t):
                s.withdraw([f])
                src = Mention((f.source,), -1, -1, conf=1.0)
                tgt = Mention((f.target,), -1, -1, conf=1.0)
                s.emit(src, ("COMPETES_WITH",), tgt, RULE_MARKET, f.confidence)
                break


def _challenged(s: Sentence, t: int) -> bool:
    """The name at t is challenged in a market, or named as a rival: "to fight their old
    rivals A and B" (the rival noun says the fight is for a market; first of a list too)."""
    first = coord(s, t, -1)[0]
    if _challenged_in_market(s, first):
        return True
    lows = s.lows
    rw = rival_words(s.lex)
    r = first - 1
    if r < 1 or lows[r] not in rw.rival_nouns or LEGAL_WORDS.intersection(lows):
        return False
    v = r - 1
    while v >= 0 and r - v <= 4 and lows[v] not in rw.challenge_forms and lows[v].isalpha():
        v -= 1  # "their old", "its chief"
    return v >= 0 and lows[v] in rw.challenge_forms


def _challenged_in_market(s: Sentence, t: int) -> bool:
    """The name at t is a challenge verb's object and a market or a standing follows it
    ("challenging X on the London route", "challenge X's dominance", "X for customers")."""
    lows = s.lows
    n = len(lows)
    rw = rival_words(s.lex)
    v = t - 1 - (t >= 2 and lows[t - 1] == "the")  # "fights the Borders Chronicle for"
    if v < 0 or lows[v] not in rw.challenge_forms:
        return False
    q = t + 1
    if q + 1 < n and lows[q] == "'s":
        q += 1
        held = rw.standing_words | rw.taken_things
        while q < n and q - t <= 4 and lows[q] not in held and lows[q].isalpha():
            q += 1  # "X's long-standing dominance", "went after X's business customers"
        return q < n and lows[q] in held
    if q >= n or lows[q] not in MARKET_PREPS:
        return False
    q += 1
    while q < n and q - t <= 6 and lows[q] not in rw.market_words and lows[q] not in PUNCT_STOP:
        if lows[q] == M and "Location" not in s.etypes(q):
            return False  # "challenged X in the Tarvia High Court"
        q += 1  # "on the London route", "in the budget segment"
    return q < n and lows[q] in rw.market_words


RULE_RANKED = "rivalry/ranked-behind"
RANK_CUES: Final[frozenset[str]] = frozenset(
    {"behind", "ahead", "to", "after"}
)  # "to" only after an ordinal ("second (only) to A"); "after" only after a superlative and
# before a name that ends the clause ("after X sold its stake" opens a clause)
ORDINALS = frozenset({"second", "third", "fourth", "fifth"})


def ranked_behind(s: Sentence) -> None:
    """ "the third-largest carrier, behind A", "the market leader, ahead of A": the ranked
    subject competes with each one named after the cue."""
    lows = s.lows
    n = len(lows)
    rw = rival_words(s.lex)
    for k, w in enumerate(lows):
        if w not in RANK_CUES or not _ranked(lows, k, rw) or not _rank_link(s, k, rw):
            continue
        p = k + 1
        if w == "ahead":
            if p >= n or lows[p] != "of":
                continue
            p += 1
        ahead = right(s, p, 1 if p < n and lows[p] == "rival" else 0)
        subj = subjects(s, k, True)
        if ahead < 0 or not subj or subj[0] > k or s.blocked(subj[0] + 1, ahead):
            continue
        if any(lows[x] in CLAUSE_STOP for x in range(subj[0] + 1, k)):
            continue  # "X, which ..., is behind": another clause
        s.emit(s.ment(subj[0]), ("COMPETES_WITH",), s.merged(coord(s, ahead, +1)), RULE_RANKED, 0.6)


def _rank_link(s: Sentence, k: int, rw: RivalWords) -> bool:
    """ "second (only) to A" and "the second-biggest maker after A," read like "behind A";
    not a ranked holder ("the second-largest shareholder, second only to A")."""
    lows = s.lows
    w = lows[k]
    if w in ("behind", "ahead"):
        return True
    if any(lows[q] in rw.rank_not for q in range(max(0, k - 7), k)):
        return False
    if w == "to":
        q = k - 1 - (k >= 2 and lows[k - 1] == "only")
        return q >= 0 and lows[q] in ORDINALS
    if not any(x.endswith(("-largest", "-biggest")) for x in lows[max(0, k - 5) : k]):
        return False
    if k + 1 >= len(lows) or lows[k + 1] != M:
        return False
    end = coord(s, k + 1, +1)[-1] + 1  # "after A," / "after A and B." / "after A in"
    return end >= len(lows) or not lows[end].isalpha() or lows[end] == "in"


def _ranked(lows: list[str], k: int, rw: RivalWords) -> bool:
    """A rank before "behind" at k: "third-largest carrier, behind", or a verb of ranking:
    "lags behind", "ranks second behind"."""
    if k >= 1 and lows[k - 1] in rw.rank_verbs:
        return True
    for q in range(k - 1, max(-1, k - 7), -1):
        if lows[q] in rw.rank_not:
            return False  # "the second-largest shareholder behind X": no market
        if lows[q] in rw.rank_words or lows[q].endswith(("-largest", "-biggest")):
            return True
        if q == k - 2 and lows[q] in rw.rank_verbs:
            return True  # "ranks second behind", "came third behind"
        if lows[q] == M and q >= 1 and lows[q - 1] == "in":
            continue  # "the market leader in Scotland, ahead of"
        if not (lows[q].isalpha() or lows[q] == "," or "-" in lows[q]):
            return False
    return False


RULE_SET = "rivalry/set-against"


def set_cues(lex: Lexicon) -> frozenset[str]:
    """The set-against construction's cue words: "pits", "brings", "puts"."""
    rw = rival_words(lex)
    return rw.pit_verbs | rw.set_verbs


def set_against(s: Sentence) -> None:
    lows = s.lows
    n = len(lows)
    rw = rival_words(s.lex)
    for k, w in enumerate(lows):
        if (
            (w not in rw.pit_verbs and w not in rw.set_verbs)
            or k + 1 >= n
            or lows[k + 1] != M
            or s.is_det(k + 1)
        ):
            continue
        first = coord(s, k + 1, +1)
        q = first[-1] + 1
        if w in rw.pit_verbs:
            q += 1 + (q + 1 < n and lows[q + 1] == "rival") if q < n and lows[q] == "against" else n
        else:
            q = _set_state_end(lows, q, rw.set_states)
            if q < 0:
                continue
            q += q < n and lows[q] == "rival"
        if q >= n or lows[q] != M or s.is_det(q) or s.blocked(k, q):
            continue
        if not LEGAL_WORDS.isdisjoint(lows):
            continue  # "the court pitted A against B in a patent case": a dispute
        s.emit(s.merged(first), ("COMPETES_WITH",), s.merged(coord(s, q, +1)), RULE_SET, 0.65)


CONTEST_NOUNS = frozenset({"competition", "rivalry", "race", "battle", "contest", "fight"})


def _set_state_end(lows: list[str], q: int, states: tuple[tuple[str, ...], ...]) -> int:
    """After "brings A": the end of "head to head with", "up against" (`set_states`) or of
    "in(to) [a] [direct, fierce...] competition (rivalry, race) with"; else -1."""
    state = next((st for st in states if tuple(lows[q : q + len(st)]) == st), None)
    if state is not None:
        return q + len(state)
    if q >= len(lows) or lows[q] not in ("in", "into"):
        return -1
    p = q + 1
    while p < len(lows) and p - q <= 4 and lows[p] not in CONTEST_NOUNS and lows[p].isalpha():
        p += 1  # "into a fierce, direct"
    if p + 1 < len(lows) and lows[p] in CONTEST_NOUNS and lows[p + 1] in ("with", "against"):
        return p + 2
    return -1


LEGAL_WORDS = frozenset(
    {"case", "court", "courts", "lawsuit", "suit", "trial", "dispute", "arbitration", "hearing"}
    | {"litigation", "judge", "tribunal", "legal"}
)


RULE_APPOSED = "rivalry/rival-apposed-object"
# prepositions whose object faces the subject: "a dispute with B, a larger rival", "won
# customers from B, a rival", "lost share to B, a rival"
OPPOSED_PREPS = frozenset({"with", "from", "against", "to", "than"})


def rival_apposed_object(s: Sentence) -> None:
    lows = s.lows
    nouns = rival_words(s.lex).rival_nouns
    for k, w in enumerate(lows):
        if w not in nouns or w.endswith("s") or _held(s, k):
            continue
        # "faces Ulvane Tyres, the Austrian rival": a definite one too
        heads = _appositive_head(s, k, OBJECT_ARTICLES)
        if len(heads) != 1:
            continue
        y = heads[0]
        # "competes with Whiteboardr's Boardroom app and with Tessel, a rival": not an object
        subj = [x for x in subjects(s, y, True) if x < 1 or lows[x - 1] != "'s"]
        subj = [x for x in subj if not prep_before(s, x)]
        if not subj or subj[0] >= y:
            continue
        prep = next((x for x in range(y - 1, subj[0], -1) if lows[x] in PREPOSITIONS), -1)
        # "abandoned an approach for B, a rival": the bid may fail, B stays the bidder's rival
        bid = prep >= 0 and _bid_for(s, prep)
        if s.negated(y, k) if bid else s.blocked(subj[0] + 1, k):
            continue
        if not any(
            lows[v].isalpha() and lows[v] not in PREPOSITIONS for v in range(subj[0] + 1, y)
        ):
            continue  # "A, B, a rival, ...": a list, no verb between
        if any(lows[x] in CLAUSE_STOP for x in range(subj[0] + 1, y)):
            continue  # "A said that B, a rival, ...": not its object
        if prep >= 0 and lows[prep] not in OPPOSED_PREPS and not bid:
            continue  # "backed by B, a rival", "the parent of B, a rival": not its object
        if prep >= 0 and lows[prep] == "to" and _sold_to(s, subj[0], prep):
            continue  # "sells cheese to A and to B, a rival chain": B is A's rival
        s.emit(s.ment(y), ("COMPETES_WITH",), s.ment(subj[0]), RULE_APPOSED, 0.6)


def _bid_for(s: Sentence, prep: int) -> bool:
    """ "an offer for B", "its takeover of B": a bid noun before "for" or "of" at prep (the
    bidder and the target described as a rival compete)."""
    lows = s.lows
    nouns = holding_words(s.lex).named_bid_nouns
    return lows[prep] in BID_PREPS and prep >= 1 and lows[prep - 1] in nouns


BID_PREPS: Final = frozenset({"for", "of"})


def _sold_to(s: Sentence, lo: int, hi: int) -> bool:
    """A verb of selling (`sale_verbs`) between lo and hi: the object after "to" is a
    customer."""
    return not rival_words(s.lex).sale_verbs.isdisjoint(s.lows[lo:hi])


RULE_ALONGSIDE = "rivalry/alongside"
ALONGSIDE_CUES: frozenset[str] = frozenset({"alongside"})


def alongside(s: Sentence) -> None:
    """ "Pellor is one of several lenders competing with Corvane, alongside Zeller and
    Osgood": each firm listed after "alongside" competes with whom the subject competes (the
    listed firms are not made rivals of each other); run after the verb rules."""
    lows = s.lows
    rivalries = [f for f in s.found if f.type == "COMPETES_WITH"]
    if not rivalries:
        return
    for k, w in enumerate(lows):
        if w != "alongside" or k < 1 or lows[k - 1] != ",":
            continue
        first = right(s, k + 1, 2)
        if first < 0 or s.blocked(k, first):
            continue
        members = coord(s, first, +1)
        end = members[-1] + 1
        if end < len(lows) and lows[end] not in PUNCT_STOP:
            continue  # "alongside A, B lends ...": a new clause follows
        for f in rivalries:
            if not any(m is not None and f.source in m.ids for m in s.ments[:k]):
                continue
            for x in members:
                if "Organization" in s.etypes(x) and f.target not in s.ment(x).ids:
                    target = Mention((f.target,), -1, -1, "context", 0.8)
                    s.emit(s.ment(x), ("COMPETES_WITH",), target, RULE_ALONGSIDE, 0.65)


RULE_BOTH = "rivalry/rival-of-both"
BOTH_CUES: frozenset[str] = frozenset({"both"})


def rival_of_both(s: Sentence) -> None:
    """ "Varnock, the largest grocer and the chief rival of both chains, attacked Tilbury and
    Ardena": the appositive's head competes with each of the pair the sentence names."""
    lows, nouns = s.lows, rival_words(s.lex).rival_nouns
    n = len(lows)
    for k, w in enumerate(lows):
        if w not in nouns or k + 2 >= n or lows[k + 1] not in ("of", "to"):
            continue
        if lows[k + 2] != "both":
            continue
        b = k - 1
        while b >= 1 and k - b <= 10 and lows[b] != "," and lows[b].isalpha():
            b -= 1  # "the largest grocer and the chief"
        head = b - 1
        if b < 1 or lows[b] != "," or lows[head] != M or s.is_det(head):
            continue
        if "Organization" not in s.etypes(head):
            continue
        pair = _named_pair(s, k + 3, head)
        if pair and not s.blocked(head, pair[-1]):
            for x in pair:
                s.emit(s.ment(head), ("COMPETES_WITH",), s.ment(x), RULE_BOTH, 0.65)


def _named_pair(s: Sentence, start: int, head: int) -> list[int]:
    """The first two or more organizations coordinated after `start`, none of them `head`."""
    lows = s.lows
    for x in range(start, len(lows)):
        if lows[x] != M or s.is_det(x) or "Organization" not in s.etypes(x):
            continue
        members = coord(s, x, +1)
        ids = set(s.ment(head).ids)
        if len(members) >= 2 and not any(ids & set(s.ment(m).ids) for m in members):
            return members
        return []
    return []


RULE_PAIRED = "rivalry/paired-rivals"


def paired_rivals(s: Sentence) -> None:
    """ "Tagus Foods and Grainfield Group, fierce rivals in frozen fish, ...", "A and B, the two
    biggest competitors": a named pair described as rivals competes (not "A and B, both
    rivals of C")."""
    lows = s.lows
    n = len(lows)
    rw = rival_words(s.lex)
    for k, w in enumerate(lows):
        if w not in rw.rival_nouns or not w.endswith("s") or k < 4:
            continue
        if k + 1 < n and lows[k + 1] in ("of", "to", "include", "including", "such", "like"):
            continue
        c = k - 1
        while c >= 0 and k - c <= 4 and lows[c] in rw.pair_rival_mods:
            c -= 1
        if c < 2 or lows[c] != "," or lows[c - 1] != M or s.is_det(c - 1):
            continue
        pair = [x for x in coord(s, c - 1, -1) if "Organization" in s.etypes(x)]
        if len(pair) < 2 or s.blocked(pair[-1], k):
            continue
        for a, x in enumerate(pair):
            for y in pair[a + 1 :]:
                s.emit(s.ment(x), ("COMPETES_WITH",), s.ment(y), RULE_PAIRED, 0.65)
