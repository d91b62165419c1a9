"""Roles whose organization is not named: the holder leads the company the text is about.

"Ines Kapoor will take the chair", "Kit Marlowe keeps the job of studio boss", "Tobias Reeve,
whom the old owners made managing director, ...", "Lydia Quarles, a former banker who is still
its chair". With no organization in the sentence, the organization is the one a bare role
names (`SentenceContext.org`: the company the article was just about; after a takeover, the
company bought, not its buyer). And a role of a reference ("its chair", "CEO of the business")
that the article's references tie to the buyer or holding firm of the article's subject is
the subject's (`redirected`).

Words live in `loaders/data/unnamed_roles.yaml`.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from loaders.lexicon import Lexicon, Role, read_data
from loaders.paragraph_firm import paragraph_firm
from loaders.relations.model import Found, Mention, Sentence
from loaders.relations.nav import subjects
from loaders.relations.owner_heads import owners_by_head
from loaders.relations.role import INTERIM, context_emit, role_emit
from loaders.relations.words import (
    BOARD_NOUNS,
    DETS,
    OWN_DETS,
    PUNCT_STOP,
    QUOTE_MARKS,
    SKIP_DETS,
    M,
)
from loaders.topic import paragraph_start

if TYPE_CHECKING:
    from loaders.article import Extraction
    from loaders.coref import Salience
    from loaders.ownership import Ownership

_DATA = read_data("unnamed_roles.yaml")
TAKE_VERBS: frozenset[str] = frozenset(_DATA["take_verbs"])
SEATS: tuple[tuple[str, ...], ...] = tuple(tuple(s) for s in _DATA["seats"])
KEEP_VERBS: frozenset[str] = frozenset(_DATA["keep_verbs"])
JOB_NOUNS = frozenset(_DATA["job_nouns"])
GIVING_VERBS = frozenset(_DATA["giving_verbs"])
LINK_ADVERBS: Final = frozenset(_DATA["link_adverbs"])
LINK_VERBS = frozenset(_DATA["link_verbs"])
LEAD_VERBS = frozenset(_DATA["lead_verbs"])
RUNNING_NOUNS = frozenset(_DATA["running_nouns"])
HANDING_VERBS: frozenset[str] = frozenset(_DATA["handing_verbs"])
CONTINUING_VERBS: Final[frozenset[str]] = frozenset(_DATA["continuing_verbs"])
LEAVE_VERBS: frozenset[str] = frozenset(_DATA["leave_verbs"])
STEP_VERBS: frozenset[str] = frozenset(_DATA["step_down_verbs"])  # with "down" after them
LEAVE_AS_VERBS: frozenset[str] = frozenset(_DATA["leave_as_verbs"]) | STEP_VERBS
POST_NOUNS: Final[frozenset[str]] = frozenset(_DATA["post_nouns"])
POST_DETS: Final[frozenset[str]] = frozenset(_DATA["post_dets"])
LEAVING_CUES: frozenset[str] = LEAVE_VERBS | LEAVE_AS_VERBS
SPELL_SEATS: tuple[tuple[str, ...], ...] = tuple(tuple(s) for s in _DATA["spell_seats"])
SPELL_POSTS: tuple[tuple[str, ...], ...] = tuple(tuple(s) for s in _DATA["spell_posts"])
GERUND_TIMES: tuple[tuple[str, ...], ...] = tuple(tuple(s) for s in _DATA["gerund_times"])
GERUND_LINKS: tuple[tuple[str, ...], ...] = tuple(tuple(s) for s in _DATA["gerund_links"])
GERUND_CUES: frozenset[str] = frozenset(link[0] for link in GERUND_LINKS)
# the cue words of the rules that read `SentenceContext.bare_org` (`_lead`, `handed_to`)
BARE_ORG_CUES: frozenset[str] = TAKE_VERBS | KEEP_VERBS | HANDING_VERBS | LEAVING_CUES | {"whom"}
LEADING = Role(("LEADS",), False, True)
# how many sentences back the company bought by a bare role's nearest company may be named
BOUGHT_REACH: Final = 3


# -- the organization of a bare role (read by `loaders.sentence_context`) -------------------------
def _ownership(x: Extraction) -> Ownership:
    return x.ownership.update(x.doc.relations)


def owned_by(x: Extraction, owner: str) -> list[str]:
    """The organizations the article so far says `owner` owns (bought, holds), oldest first."""
    type_of = x.registry.type_of
    return [t for t in _ownership(x).owned.get(owner, ()) if type_of(t) == "Organization"]


def bare_role_org(
    x: Extraction, salience: Salience, sno: int, near: str | None, spoken: bool = False
) -> str | None:
    """The organization a bare role of sentence `sno` belongs to: the nearest clause subject
    (`near`), unless that company bought or holds the article's subject, or another company
    named in the last sentences: then the company held ("Selby bought Harwick Rovers. Dan
    Oyelowo is to become chairman": Harwick Rovers); but a speaker's title in a sentence of
    saying (`spoken`) stays with the article's clear topic that bought it ("Pellard said it
    bought Kinto. Chief executive Runa Amsel said ...": Pellard's)."""
    main = salience.main.get("Organization")
    if near is None:
        # "Chief executive Ilona Marsk said ..." paragraphs after the last naming: the article's
        # topic, when it is clear or the first line's most named firm (`_speaker_topic`)
        return main if main and main in salience.last and _speaker_topic(x, main) else None
    owned = owned_by(x, near)
    if not owned:
        # a bare title names the company the reader has in mind: the article's subject, unless
        # the nearest company is one the subject bought ("Hale bought Corvin. Corvin makes
        # pipes. Chief executive X will stay": Corvin's)
        if main and near != main and sno - salience.last.get(main, -99) <= 6:
            # (not a first-named org no more named than the nearest subject: "The hills around
            # Tandil ... Piedra Sur, a pit near Barker, ... Managing director X said": Piedra's)
            if near not in owned_by(x, main) and _named_over(x, main, near):
                return near if _paragraph_about(x, salience, sno, main, near) else main
        return near
    if main in owned or (spoken and near == main and clear_topic(x, main)):
        return main
    recent = [t for t in owned if sno - salience.last.get(t, -99) <= BOUGHT_REACH]
    return recent[-1] if recent else near


def _paragraph_about(x: Extraction, salience: Salience, sno: int, main: str, near: str) -> bool:
    """The paragraph of sentence `sno` is about `near` (its one organization made a subject)
    and never names the article's subject `main`: "... Rival Sallow Pipes grew too. It was
    founded in 2015. Co-founder X is chief executive": Sallow's, not the article's subject."""
    if paragraph_firm(x.pairs, sno, salience, main, x.registry.type_of) != near:
        return False
    return not _counterparty(x, sno, near)


COUNTERPARTY_KINDS: Final = frozenset(_DATA["counterparty_kinds"])
COUNTERPARTY_WORDS: Final = frozenset(_DATA["counterparty_words"])
COUNTERPARTY_PAIRS: Final = frozenset(tuple(p) for p in _DATA["counterparty_pairs"])


def _counterparty(x: Extraction, sno: int, firm: str) -> bool:
    """The paragraph's firm is one the topic deals with, not a rival or peer: its name is a
    lender's ("Pellam Bank"), or the paragraph before sentence `sno` covers, lends to, supplies
    or buys from ("Analysts were gloomy. Pellam Bank cut its target price.", "Brisk Fuels
    supplies its diesel.", "Brisk Homes books most of the cabins."): a bare title after it is
    the topic's holder replying."""
    rec = x.registry.entities.get(firm)
    words = {*rec.name.lower().split(), *rec.descr} if rec is not None else set()
    if COUNTERPARTY_WORDS & words or any(
        COUNTERPARTY_KINDS & x.lex.kinds.get(w, frozenset()) for w in words
    ):
        return True
    for s in range(paragraph_start(x.pairs, sno), sno):
        lows = x.pairs[s][1].lows
        if COUNTERPARTY_WORDS.intersection(lows) or COUNTERPARTY_PAIRS.intersection(
            zip(lows, lows[1:], strict=False)
        ):
            return True
    return False


def _named_over(x: Extraction, main: str, near: str) -> bool:
    """The article's subject `main` is named more often than `near`, or is its clear topic."""
    return x.named(main) > x.named(near) or clear_topic(x, main)


def topic_owners(x: Extraction, salience: Salience, sno: int) -> tuple[str, tuple[str, ...]] | None:
    """The article's subject (its most mentioned organization, named in the last sentences)
    and the organizations the article so far says own it, when there are any."""
    main = salience.main.get("Organization")
    if not main or sno - salience.last.get(main, -99) > BOUGHT_REACH:
        return None
    owners = tuple(sorted(_ownership(x).owners.get(main, ())))
    if owners:  # "who chairs the trust" after "owned by Ostrin Trust": the owner itself
        earlier = [a.lows for _, a in x.pairs[max(0, sno - BOUGHT_REACH) : sno]]
        lows, entities = x.pairs[sno][1].lows, x.registry.entities
        named = owners_by_head(lows, owners, main, entities, x.org_heads, earlier)
        owners = tuple(r for r in owners if r not in named)
    return (main, owners) if owners else None


def clear_topic(x: Extraction, main: str) -> bool:
    """The article is about `main`, its most named organization: its first line names it
    alone, or (a first line with no company) it is named twice as often as any other
    organization and at least three times."""
    if x.topic is not None or x.first_line:
        return main == x.topic
    counts = _org_counts(x)
    return counts[0] >= 3 and (len(counts) == 1 or counts[0] >= 2 * counts[1])


def _speaker_topic(x: Extraction, main: str) -> bool:
    """A bare title's firm far from its last naming: the clear topic, or one the first line
    names among others that the article names most by far ("Kell Foods lifts outlook, sells
    unit to Brisk ... Chief executive X said": Kell's)."""
    if clear_topic(x, main):
        return True
    if main not in x.first_line:
        return False
    counts = _org_counts(x, main)
    return x.named(main) >= 3 and (not counts or x.named(main) >= 2 * counts[0])


def _org_counts(x: Extraction, skip: str = "") -> list[int]:
    """How often the article names each organization but `skip`, most named first."""
    return sorted(
        (
            x.named(r)
            for r, e in x.registry.entities.items()
            if e.type == "Organization" and r != skip
        ),
        reverse=True,
    )


# -- rules ----------------------------------------------------------------------------------------
def cues(lex: Lexicon) -> Collection[str]:
    return TAKE_VERBS | KEEP_VERBS | GIVING_VERBS | LINK_ADVERBS


def still_cues(lex: Lexicon) -> Collection[str]:
    """ "is still its chair", ", a former baker who is its CEO": an adverb or "who"."""
    return LINK_ADVERBS | {"who"}


def leading_words(lex: Lexicon, words: Collection[str]) -> bool:
    """The sentence may state a role or leading: a role noun or a verb of leading."""
    return not (lex.roles.absent_from(words) and LEAD_VERBS.isdisjoint(words))


def redirect_cues(lex: Lexicon) -> Collection[str]:
    return frozenset(lex.roles.keys()) | LEAD_VERBS


def _org_after(s: Sentence, p: int) -> int:
    """ "... at Halden Bank", "... of Velora": the organization right after p, else -1."""
    lows = s.lows
    if p + 1 < len(lows) and lows[p] in ("of", "at") and lows[p + 1] == M:
        if "Organization" in s.etypes(p + 1):
            return p + 1
    return -1


def _lead(s: Sentence, holder: int, p: int, rule: str) -> None:
    """The holder at `holder` leads the organization after p, else the bare role's one."""
    if "Person" not in s.etypes(holder):
        return
    org = _org_after(s, p)
    if org >= 0:
        if not s.blocked(min(holder, org), max(holder, org)):
            s.emit(s.ment(holder), ("LEADS",), s.ment(org), rule, 0.8)
        return
    if p < len(s.lows) and s.lows[p] in ("of", "at"):
        return
    founded = _founded_here(s, holder)
    if founded is not None:
        # "X, who set up Orlen Tiles in 1994, will step down as chairman": the firm she
        # founded, named in this sentence, is the bare role's
        if not s.blocked(holder + 1, p):
            s.emit(s.ment(holder), ("LEADS",), founded, "unnamed-roles/founder-role", 0.7)
        return
    if s.context.org is None and s.context.bare_org and _only_pronoun_orgs(s):
        # "X, its finance director, will take the chair": "its" is no other organization;
        # "When he quit the top job, Corliss had 3,000 staff": the organization itself
        bare = Mention((s.context.bare_org,), -1, -1, "context", 0.7)
        if not s.blocked(0, p):
            s.emit(s.ment(holder), ("LEADS",), bare, "unnamed-roles/context", 0.6)
        return
    context_emit(s, holder, LEADING, p)


def _founded_here(s: Sentence, holder: int) -> Mention | None:
    """The one organization this sentence says the holder founded, when it is the only one
    the sentence names ("..., who founded X before joining Y, will step down": Y's role may
    be), else None."""
    ids = s.ment(holder).ids
    got = {f.target for f in s.found if f.type == "FOUNDED" and f.source in ids}
    if len(got) != 1 or s.type_of(next(iter(got))) != "Organization":
        return None
    for x, m in enumerate(s.ments):
        if m is not None and m.kind != "pronoun" and "Organization" in s.etypes(x):
            if not got.issuperset(m.ids):
                return None  # another organization named: the role may be its
    return Mention((got.pop(),), -1, -1, "context", 1.0)


def _only_pronoun_orgs(s: Sentence) -> bool:
    """The sentence's organizations are possessive pronouns only ("its finance director")."""
    bare = (s.context.bare_org,)
    return all(
        m is None or m.kind == "pronoun" or m.ids == bare or "Organization" not in s.etypes(x)
        for x, m in enumerate(s.ments)
    )


def _subject(s: Sentence, k: int) -> int:
    got = subjects(s, k, True, near=5)
    return got[0] if got and got[0] < k else -1


def _seat_end(lows: list[str], k: int) -> int:
    for seat in SEATS:
        if tuple(lows[k : k + len(seat)]) == seat:
            return k + len(seat)
    return -1


def took_seat(s: Sentence) -> None:
    """ "Ines Kapoor will take the chair", "Omar Quist took the helm at Brava in 2021"."""
    lows = s.lows
    for k, w in enumerate(lows):
        if w not in TAKE_VERBS:
            continue
        e = _seat_end(lows, k + 1)
        if e < 0:
            continue
        holder = _subject(s, k)
        if holder >= 0:
            _lead(s, holder, e, "unnamed-roles/took-seat")


def _leading_role(s: Sentence, p: int, reach: int = 3) -> int:
    """The end of a leading role noun starting within `reach` words of p ("studio boss",
    "managing director"), else -1."""
    lows, lex = s.lows, s.lex
    for q in range(p, min(len(lows), p + reach)):
        w = lows[q]
        if w == M or w in PUNCT_STOP or w == ",":
            return -1
        hit = lex.roles.match(lows, q) if w in lex.roles else None
        if hit and "LEADS" in hit[1].types and not hit[1].inverse:
            e = q + hit[0]
            if e < len(lows) and lows[e] in lex.role_modifiers:
                return -1  # "chief financial officer"
            if q >= 1 and lows[q - 1] in lex.role_modifiers:
                return -1  # "its finance chief"
            e += e < len(lows) and lows[e] == "officer"
            if e + 1 < len(lows) and lows[e] == "of" and lows[e + 1].isalpha():
                if lows[e + 1] not in DETS:
                    return -1  # "head of sales": a function
            return e
    return -1


def kept_job(s: Sentence) -> None:
    """ "Kit Marlowe keeps the job of studio boss", "she retains her post as chief executive"."""
    lows = s.lows
    n = len(lows)
    for k, w in enumerate(lows):
        if w not in KEEP_VERBS or k + 3 >= n:
            continue
        p = k + 1
        if lows[p] in DETS or s.is_det(p):
            p += 1
        if lows[p] not in JOB_NOUNS or lows[p + 1] not in ("of", "as"):
            continue
        e = _leading_role(s, p + 2)
        holder = _subject(s, k) if e >= 0 else -1
        if holder >= 0:
            _lead(s, holder, e, "unnamed-roles/kept-job")


def left_seat(s: Sentence) -> None:
    """ "Hanne Toft left the chair in 2020", "Kurt Halle stepped down as chief executive",
    "Ilse Marrack, who retired as chairman", "Oren Vale retired after two decades at the helm":
    an ended leading role leads all the same (former roles count)."""
    lows = s.lows
    for k, w in enumerate(lows):
        if w not in LEAVING_CUES or k < 1:
            continue
        e = _left_end(s, k)
        if e < 0:
            continue
        holder = relative_head(s, k - 1) if lows[k - 1] == "who" else _subject(s, k)
        if holder < 0 or "Person" not in s.etypes(holder):
            holder = _relative_subject(s, k)  # "X, who founded Y in 2001, is to leave ..."
        if holder >= 0:
            _lead(s, holder, e, "unnamed-roles/left-seat")


VERB_LEAD_WORDS: Final = 4  # "is to", "plans to", "will soon": words before the verb
RELATIVE_REACH: Final = 14  # words of the relative clause from "who" to its closing comma


def _relative_subject(s: Sentence, k: int) -> int:
    """The head of a relative clause set off before the verb phrase at k: "Ada Vorn, who set
    up Tarsa in 1998, plans to retire as ..." (Ada Vorn); else -1."""
    lows = s.lows
    c = k - 1
    while c >= 0 and k - c <= VERB_LEAD_WORDS and lows[c].isalpha():
        c -= 1
    if c < 3 or lows[c] != ",":
        return -1
    for w in range(c - 1, max(0, c - RELATIVE_REACH), -1):
        if lows[w] in PUNCT_STOP or lows[w] == ",":
            return -1
        if lows[w] == "who":
            return relative_head(s, w)
    return -1


def _left_end(s: Sentence, k: int) -> int:
    """The end of the seat or leading role the verb of leaving at k leaves ("quit the top job",
    "stepped down as CEO", "retired after 20 years at the helm"), else -1."""
    lows = s.lows
    n = len(lows)
    if lows[k] in LEAVE_VERBS and (e := _seat_end(lows, k + 1)) >= 0:
        return e
    if lows[k] in LEAVE_VERBS and (e := _post_end(s, k + 1)) >= 0:
        return e
    if lows[k] not in LEAVE_AS_VERBS:
        return -1
    p = k + 1
    if lows[k] in STEP_VERBS:
        if p >= n or lows[p] != "down":
            return -1
        p += 1
    if p < n and lows[p] == "as":
        return _leading_role(s, p + 1, reach=2)
    return _spell_end(s, p + 1) if p < n and lows[p] == "after" else -1


def _post_end(s: Sentence, p: int) -> int:
    """After a verb of leaving, the end of a post named by its leading role: "the chief
    executive post", "his post as chairman"; else -1."""
    lows = s.lows
    n = len(lows)
    m = s.ments[p] if p + 1 < n else None
    if m is not None and m.kind == "np" and lows[p + 1] in POST_NOUNS:
        # "the chief executive post": the title was read as a reference to its holder
        return p + 2 if _title_role(s.lex, m.word.split()) is not None else -1
    if p + 2 >= n or not (lows[p] in POST_DETS or s.is_det(p)):
        return -1
    if lows[p + 1] in POST_NOUNS and lows[p + 2] == "as":
        return _leading_role(s, p + 3, reach=1)  # "his post as chairman"
    e = _leading_role(s, p + 1, reach=1)
    return e + 1 if 0 <= e < n and lows[e] in POST_NOUNS else -1


SPELL_UNITS = frozenset({"year", "years", "decade", "decades"})


def _spell_end(s: Sentence, p: int) -> int:
    """After "after" at p - 1: the end of a spell in a leading seat ("two decades at the helm",
    "20 years in the post" once a leading role was named before), else -1."""
    lows = s.lows
    q = next((q for q in range(p, min(len(lows), p + 3)) if lows[q] in SPELL_UNITS), -1)
    if q < 0:
        return -1
    spell = tuple(lows[q + 1 : q + 5])
    for seat in SPELL_SEATS:
        if spell[: len(seat)] == seat:
            return q + 1 + len(seat)
    for seat in SPELL_POSTS:
        if spell[: len(seat)] == seat and any(_leading_role(s, r, 1) >= 0 for r in range(p)):
            return q + 1 + len(seat)
    return -1


def relative_head(s: Sentence, w: int) -> int:
    """The person a relative pronoun at w is about: "X, whom ..." or "X, a former banker
    who ..."; else -1."""
    lows = s.lows
    m = w - 1
    if m >= 1 and lows[m] == "," and lows[m - 1] == M:
        return m - 1 if "Person" in s.etypes(m - 1) else -1
    if m >= 2 and lows[m] == ",":
        m -= 1  # past an appositive's closing comma: "X, a former nurse, who is its boss"
    words = 0
    while m >= 0 and lows[m] != M and lows[m] != "," and words < 6:
        if lows[m] in PUNCT_STOP:
            return -1
        m -= 1
        words += 1
    opener = m + 1 < len(lows) and lows[m + 1] in SKIP_DETS
    if opener and m >= 1 and lows[m] == "," and lows[m - 1] == M:
        return m - 1 if "Person" in s.etypes(m - 1) else -1
    return -1


def made_relative(s: Sentence) -> None:
    """ "Tobias Reeve, whom the old owners made managing director in 2021, keeps his job":
    the holder of a role given in a relative clause leads the organization of the text."""
    lows = s.lows
    for w, word in enumerate(lows):
        if word != "whom":
            continue
        holder = relative_head(s, w)
        if holder < 0:
            continue
        for k in range(w + 1, min(len(lows), w + 7)):
            if lows[k] in PUNCT_STOP or lows[k] == ",":
                break
            if lows[k] in GIVING_VERBS:
                p = k + 1 + (k + 1 < len(lows) and lows[k + 1] in OWN_DETS)
                e = _leading_role(s, p, reach=2)
                if e >= 0:
                    _lead(s, holder, e, "unnamed-roles/made-relative")
                break


def still_its(s: Sentence) -> None:
    """ "X, a former baker who is still its chief executive", "X is now the firm's chair":
    an adverb between the link verb and a possessed role, or a relative clause on an
    appositive."""
    lows = s.lows
    n = len(lows)
    for k in range(2, n):
        if lows[k] != M:
            continue
        if k + 1 < n and lows[k + 1] == "'s":
            p = k + 2
        elif s.is_det(k):
            p = k + 1
        else:
            continue
        e = _leading_role(s, p, reach=1)
        if e < 0:
            continue
        b = k - 1
        adverb = False
        while b >= 0 and lows[b] in LINK_ADVERBS:
            b -= 1
            adverb = True
        if b < 1 or lows[b] not in LINK_VERBS:
            continue
        b -= 1 + (lows[b] == "been" and b >= 2 and lows[b - 1] in ("has", "had"))
        if b >= 0 and lows[b] == "who":
            holder = relative_head(s, b)
            if holder >= 0 and (lows[b - 1] != "," or lows[b - 2] != M):
                # ", a former baker who is its CEO", ", a former nurse, who is its boss": not
                # read by the role rules
                adverb = True
        elif b >= 0 and lows[b] == M and adverb:
            holder = b
        else:
            continue
        if holder < 0 or not adverb or "Person" not in s.etypes(holder):
            continue
        role_emit(s, holder, k, LEADING, holder, k)


def stayed_as(s: Sentence) -> None:
    """ "Ola Brekke, who stays on as chief executive, said ...", "Ines Marl will remain as
    chair": a holder kept in a leading role leads the organization of the text."""
    lows = s.lows
    n = len(lows)
    for k, w in enumerate(lows):
        if w not in CONTINUING_VERBS or k + 2 >= n:
            continue
        p = k + 1 + (lows[k + 1] == "on")
        if lows[p] != "as":
            continue
        e = _leading_role(s, p + 1, reach=2)
        if e < 0:
            continue
        b = k - 1
        while b >= 0 and lows[b] in LINK_ADVERBS | {"will", "would", "to"}:
            b -= 1
        holder = relative_head(s, b) if b >= 1 and lows[b] == "who" else _subject(s, k)
        if holder >= 0:
            _lead(s, holder, e, "unnamed-roles/stayed-as")


def gerund_role(s: Sentence) -> None:
    """ "Mara Quint worked at Dellow before becoming CEO of Pellow", "Before becoming chairman
    of Halvik, Piet Dorn ran a bank", "prior to taking over as chair of X": a leading role
    taken in a gerund after a time word; the holder is the main clause's subject."""
    lows = s.lows
    for k, w in enumerate(lows):
        if w not in GERUND_CUES:
            continue
        t = _time_before(lows, k)
        link = next((g for g in GERUND_LINKS if tuple(lows[k : k + len(g)]) == g), None)
        if t < 0 or link is None:
            continue
        e = _leading_role(s, k + len(link), reach=3)
        org = _org_after(s, e) if e >= 0 else -1
        if org < 0:
            continue
        holder = _fronted_holder(s, org) if t == 0 else _subject(s, t)
        if holder >= 0 and not s.blocked(min(holder, org), max(holder, org)):
            _lead(s, holder, e, "unnamed-roles/gerund-role")


def _time_before(lows: list[str], k: int) -> int:
    """The start of the time word right before the gerund at k ("before", "prior to"), else
    -1."""
    for time in GERUND_TIMES:
        t = k - len(time)
        if t >= 0 and tuple(lows[t:k]) == time:
            return t
    return -1


def _fronted_holder(s: Sentence, org: int) -> int:
    """ "Before becoming CEO of X, Ivo Strand ...": the person right after the comma that closes
    the fronted phrase, else -1."""
    lows = s.lows
    h = org + 2
    if h < len(lows) and lows[org + 1] == "," and lows[h] == M and "Person" in s.etypes(h):
        return h
    return -1


def chairs_board(s: Sentence) -> None:
    """ "Ilse Varga, who still chairs the supervisory board, said ...", "X chairs its board":
    the chair of the board leads the organization (the board's owner, or the text's)."""
    lows = s.lows
    n = len(lows)
    for k, w in enumerate(lows):
        if w not in BOARD_CHAIR_VERBS or k + 2 >= n:
            continue
        p = k + 1
        owner = p if lows[p] == M and s.is_det(p) else -1
        if owner < 0 and lows[p] != "the":
            continue
        q = p + 1 + (lows[p + 1] in BOARD_KINDS)
        if q >= n or lows[q] not in BOARD_NOUNS:
            continue
        b = k - 1 - (lows[k - 1] in LINK_ADVERBS)
        holder = relative_head(s, b) if b >= 1 and lows[b] == "who" else _subject(s, k)
        if holder < 0 or "Person" not in s.etypes(holder):
            continue
        if owner < 0:
            _lead(s, holder, q + 1, "unnamed-roles/chairs-board")
        elif "Organization" in s.etypes(owner) and not s.blocked(holder + 1, k):
            s.emit(s.ment(holder), ("LEADS",), s.ment(owner), "unnamed-roles/chairs-board", 0.7)


# "chairs the board": a chair verb, a board's kind and its head noun (not an advisory board)
BOARD_CHAIR_VERBS: frozenset[str] = frozenset({"chairs", "chaired", "chairing", "heads", "headed"})
BOARD_KINDS = frozenset({"supervisory", "management", "executive", "main"})


def titled_reference(s: Sentence) -> None:
    """ "The chief executive, Ann Lee, said ...", '"We grew," the boss, Tom Vell, said': a
    title the text resolved to the person its appositive names (`Mention.word`: the title),
    opening its clause, leads the organization the text is about; not a function ("the
    finance director") nor a past post ("the former chairman")."""
    lows = s.lows
    for x, m in enumerate(s.ments):
        if m is None or m.kind != "np" or not m.word or x + 3 >= len(lows):
            continue
        if lows[x + 1 : x + 4] != [",", M, ","] or s.ment(x + 2).ids != m.ids:
            continue
        b = x - 1 - (x >= 1 and lows[x - 1] == ",")  # '"We grew," the boss, ...'
        if b >= 0 and lows[b] not in QUOTE_MARKS:
            continue  # not opening its clause: "X said the chief executive, Y, ..."
        role = _title_role(s.lex, m.word.split())
        if role is not None:
            context_emit(s, x + 2, role, x)


def _title_role(lex: Lexicon, words: list[str]) -> Role | None:
    """The leading role the whole title `words` names ("interim chief executive (officer)")."""
    k = 0
    while k < len(words) - 1 and words[k] in INTERIM:
        k += 1
    hit = lex.roles.match(words, k)
    if hit is None or "LEADS" not in hit[1].types or hit[1].inverse:
        return None
    e = k + hit[0]
    return hit[1] if words[e:] in ([], ["officer"]) else None


def note_named(s: Sentence) -> None:
    """Remember the ids the sentence names (read by `redirected`; run before the role rules)."""
    if s.context.topic_owners is not None:
        s.named = frozenset(i for m in s.ments if m is not None and m.kind == "name" for i in m.ids)


def _run_thing(s: Sentence, r: int, verb: int) -> int:
    """What the running noun at r runs: "running it", "management of the firm"; else -1."""
    lows = s.lows
    p = r + 1 + (r + 1 < verb and lows[r + 1] in ("of", "at"))
    if p < verb and lows[p] == M and s.etypes(p) & {"Organization", "Project"}:
        return p
    return -1


def _running(s: Sentence, x: int) -> bool:
    """A running noun at x, also one a capital made a name of ("Management moved to ...",
    "Day-to-day management passed to ...": its id is the noun itself)."""
    w = s.lows[x]
    if w != M:
        return w in RUNNING_NOUNS
    ids = s.ment(x).ids
    return len(ids) == 1 and ids[0].rsplit("-", 1)[-1] in RUNNING_NOUNS


def handed_to(s: Sentence) -> None:
    """ "Running it fell last year to managing director Omar Quist", "Day-to-day management
    passed to chief executive Ana Kell": the holder leads what is run (the company the text
    is about when the sentence does not say)."""
    lows = s.lows
    n = len(lows)
    for k, w in enumerate(lows):
        if w not in HANDING_VERBS or k < 1:
            continue
        r = next((x for x in range(k - 1, max(-1, k - 5), -1) if _running(s, x)), -1)
        if r < 0 or any(lows[x] in PUNCT_STOP or lows[x] == "," for x in range(r, k)):
            continue
        to = next((x for x in range(k + 1, min(n, k + 5)) if lows[x] == "to"), -1)
        if to < 0 or any(lows[x] == M or lows[x] in PUNCT_STOP for x in range(k + 1, to)):
            continue
        e = _leading_role(s, to + 1, reach=2)
        if e < 0 or e >= n or lows[e] != M or "Person" not in s.etypes(e):
            continue
        thing = _run_thing(s, r, k)
        if thing >= 0:
            if not s.blocked(r, e):
                s.emit(s.ment(e), ("LEADS",), s.ment(thing), "unnamed-roles/handed-to", 0.75)
        elif s.context.bare_org and not any(
            x not in (e, r, r - 1) and lows[x] == M and "Organization" in s.etypes(x)
            for x in range(n)
        ):
            if not s.blocked(0, e):
                org = Mention((s.context.bare_org,), -1, -1, "context", 0.7)
                s.emit(s.ment(e), ("LEADS",), org, "unnamed-roles/handed-to", 0.6)


def _continuing(s: Sentence, holder: str) -> bool:
    """The holder "will remain chief executive", "stays on as chair": a post kept, a role noun
    after a verb of continuing right after the holder's name."""
    lows = s.lows
    n = len(lows)
    for x, m in enumerate(s.ments):
        if m is None or holder not in m.ids:
            continue
        for y in range(x + 1, min(n, x + 4)):
            if lows[y] == M or lows[y] in PUNCT_STOP:
                break
            if lows[y] in CONTINUING_VERBS:
                p = y + 1 + (y + 1 < n and lows[y + 1] in ("on", "as"))
                p += p < n and lows[p] == "as"
                return _leading_role(s, p, reach=2) >= 0
    return False


def redirected(s: Sentence) -> None:
    """ "its chair", "CEO of the business", "chairs the firm": a reference the article ties to
    the buyer or holding firm of its subject, in a role: the subject is meant ("Vantor
    Holdings owns Kessel Bakeries ... Anna Brill has been its chair since 2015" in an article
    about Kessel)."""
    topic = s.context.topic_owners
    if topic is None:
        return
    main, owners = topic
    named, s.named = s.named, frozenset()
    for n_f, f in enumerate(s.found):
        if f.type != "LEADS" or f.target not in owners:
            continue
        if f.target in named and not _continuing(s, f.source):
            continue  # the owner named here: "Vantor Holdings CEO X"
        first = s.ments[0] if s.ments else None
        if first is not None and first.kind != "name" and f.target in first.ids:
            continue  # "Its chief executive, X, said": the sentence before's subject
        if not s.schema.allows("LEADS", s.type_of(f.source), s.type_of(main)):
            continue
        key = s.key(f.source, "LEADS", main)
        s.seen.discard(s.key(f.source, f.type, f.target))
        if key in s.seen:
            s.found[n_f] = replace(f, target="")
            continue
        s.seen.add(key)
        s.found[n_f] = Found(f.source, "LEADS", main, f.rule, round(f.confidence * 0.9, 3))
    s.found[:] = [f for f in s.found if f.target]
