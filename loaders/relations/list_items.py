"""List items under a head line (`loaders/list_layouts.py`), one item a sentence:

- holders, funders and rivals: "Halden Capital 42%", "- Norlund Capital (31%)", "Orsk | Norway
  | 9%" under "Shareholders:" (OWNS the list's company; FUNDS a project), "Investors:" (FUNDS),
  "Competitors:" (COMPETES_WITH): the item opens with the name, then its share or nothing;
- people: "Ann Lee - chief executive", "Marlow Hale (chair)", "Sofia Ramos, founder and chief
  executive", "Chief executive: Tomas Brenn", "Chair – Lena Holt" under "Board:" or "Key
  people:": a leading role LEADS, a founder FOUNDED the list's company, or the organization the
  item names ("Ana Ruiz (chief executive, Talby Energy)", under any head but a guard's);
- deal items: "Quillex - bought Vantora for $2bn", "Tarn Mills: sold to Cobalt Foods": the
  dash or colon after the opening name is dropped ("was" put in before a passive participle),
  so that the sentence rules read the item as a clause (`predicate_item`).
"""

from __future__ import annotations

from typing import Final

from loaders.lexicon import Lexicon
from loaders.list_layouts import ROLE_MODIFIERS, ListHead, item_verbs
from loaders.relations.model import Mention, Sentence
from loaders.relations.words import COORD, DASHES, M

BULLETS: Final[frozenset[str]] = frozenset({"-", "--", "–", "—", "•", "*", "·", "▪"})
# what may follow an item's opening name: its share, a bracket, a separator, or nothing
NAME_ENDS: frozenset[str] = frozenset({"(", ",", ":", "|", ";"}) | DASHES
ROLE_SEPARATORS: frozenset[str] = frozenset({"(", ",", ":"}) | DASHES
# what may follow a role in an item: a bracket, a separator, another role or its time ("chief
# executive from June", "chair since 2019", "president until May")
ROLE_ENDS: frozenset[str] = (
    frozenset({")", ",", ";", ":", "and", "&", "|", "from", "since", "until"}) | DASHES
)
LEADING: frozenset[str] = frozenset({"LEADS", "FOUNDED"})
HOLDING_TYPES: dict[str, tuple[str, ...]] = {
    "owners": ("OWNS", "FUNDS"),
    "funders": ("FUNDS",),
    "rivals": ("COMPETES_WITH",),
    "founders": ("FOUNDED",),
    "units": ("OWNS",),  # the list's company owns each item (`holder_item`)
}
# what may stand between a fact box field's values: "A, B and C", "A (60%); B (40%)"
VALUE_JOINS: frozenset[str] = frozenset({",", "and", "&", ";", ".", "(", ")"})


def _opening(lows: list[str]) -> int:
    """The first item after a bullet, a table row's opening bar or a number ("1.", "2)")."""
    if lows and (lows[0] in BULLETS or lows[0] == "|"):
        return 1
    if len(lows) > 1 and lows[0].isdigit() and len(lows[0]) <= 2 and lows[1] in (".", ")"):
        return 2
    return 0


def apply(s: Sentence, head: ListHead) -> None:
    """The relations one item states under its list's head."""
    if head.kind in ("guard", "links") or not s.lows:
        return
    first = _opening(s.lows)
    if s.blocked(first, len(s.lows)):
        return
    if head.label:
        labelled(s, head, first)
    elif head.kind in HOLDING_TYPES:
        holder_item(s, head, first)
    elif head.kind == "people" or head.kind == "":
        person_item(s, head, first)


def _topic(head: ListHead) -> Mention | None:
    return Mention((head.topic,), -1, -1, "context", 0.8) if head.topic else None


def holder_item(s: Sentence, head: ListHead, first: int) -> None:
    """ "Halden Capital 42%", "- Norlund Capital (31%)", "Pieter Vance, founder: 12%"; items
    run together by a semicolon ending the line ("Sintra 70%;" then "Amy Ross 30%") each."""
    topic = _topic(head)
    if topic is None:
        return
    lows = s.lows
    starts = [first] + [k + 1 for k in range(first, len(lows)) if lows[k] == ";"]
    ends = starts[1:] + [len(lows) + 1]
    for lo, hi in zip(starts, ends, strict=True):
        holder = _holder_at(s, lo, hi - 1)
        if holder < 0:
            continue
        if head.kind == "units":  # "Linkfast Group's units:" then "- Linkfast Mobile (Kenya)"
            s.emit(topic, ("OWNS",), s.ment(holder), "list/unit-item", 0.75)
        else:
            s.emit(s.ment(holder), HOLDING_TYPES[head.kind], topic, "list/holder-item", 0.75)


def _holder_at(s: Sentence, first: int, end: int) -> int:
    """The name opening the item part first..end when only its share or details follow, else
    -1 ("Halden Capital sold its stake" is a clause, read by the sentence rules)."""
    lows = s.lows
    if first >= end or lows[first] != M:
        return -1
    after = first + 1
    if after < end and lows[after] not in NAME_ENDS and "%" not in lows[after]:
        return -1
    for k in range(after, end):
        if lows[k] == M and "Location" not in s.etypes(k):
            return -1  # a second name (not a table's country): whose share is meant is unclear
    return first


def _values(s: Sentence, colon: int) -> list[int]:
    """The names after a field's colon when nothing else is there but joins and shares
    ("Rui Matos and Clara Neves", "Halden Capital (60%)"), else []."""
    lows = s.lows
    names = [k for k in range(colon + 1, len(lows)) if lows[k] == M]
    rest = (w for w in lows[colon + 1 :] if w != M)
    return names if all(w in VALUE_JOINS or "%" in w for w in rest) else []


def labelled(s: Sentence, head: ListHead, first: int) -> None:
    """A fact box's field: "Founders: A and B" (FOUNDED), "Owner: X" (OWNS), "Investors: A,
    B" (FUNDS), "Rivals: A, B", "Headquarters: Lisbon" (LOCATED_IN, the first place), "Chief
    executive: X" (LEADS): of the company the article is about."""
    lows = s.lows
    if head.other:
        deal_side(s, head, first)
        return
    topic = _topic(head)
    colon = lows.index(":") if ":" in lows else -1
    values = _values(s, colon) if colon > first and topic is not None else []
    if not values or topic is None:
        return
    if head.kind == "places":
        s.emit(topic, ("LOCATED_IN",), s.ment(values[0]), "list/field", 0.7)
        return
    types = HOLDING_TYPES.get(head.kind)
    roles = types is None
    if types is None:
        end, types = _roles_from(s, first)
        if end != colon:
            return  # "Head of sales: X", "Board: A, B": no leading role
    for k in values:
        s.emit(s.ment(k), types, topic, "list/field", 0.7, every=roles)


def deal_side(s: Sentence, head: ListHead, first: int) -> None:
    """A deal box's second side: "Buyer: Brisa Energy" then "Target: Solara Power" (the buyer
    OWNS the target), in either order."""
    lows = s.lows
    colon = lows.index(":") if ":" in lows else -1
    values = _values(s, colon) if colon > first else []
    other = Mention(head.other, -1, -1, "context", 0.8)
    for k in values:
        buyer, bought = (s.ment(k), other) if head.kind == "buyers" else (other, s.ment(k))
        s.emit(buyer, ("OWNS",), bought, "list/deal-box", 0.7)


def _role_at(s: Sentence, k: int) -> tuple[int, tuple[str, ...]] | None:
    """A leading or founding role at k (after qualifiers such as "interim") that ends its
    part of the item: (the index after it, its types); None for any other role or title
    ("chief financial officer", "head of marketing")."""
    lows = s.lows
    n = len(lows)
    while k < n and lows[k] in ROLE_MODIFIERS:
        k += 1
    hit = s.lex.roles.match(lows, k) if k < n else None
    if hit is None:
        return None
    e = k + hit[0]
    types = tuple(t for t in hit[1].types if t in LEADING)
    if not types or hit[1].inverse:
        return None
    if e < n and lows[e] in ("of", "at"):
        return (e, types) if e + 1 < n and lows[e + 1] == M else None  # "head of marketing"
    return (e, types) if e >= n or lows[e] in ROLE_ENDS else None


def _roles_from(s: Sentence, k: int) -> tuple[int, tuple[str, ...]]:
    """Roles joined by "and", "&" or commas from k: (the index after the last, their types)."""
    lows = s.lows
    types: tuple[str, ...] = ()
    end = k
    while True:
        hit = _role_at(s, k)
        if hit is None:
            return end, types
        end, more = hit
        types += tuple(t for t in more if t not in types)
        if end + 1 < len(lows) and lows[end] in COORD:
            k = end + 1
            continue
        return end, types


def _item_org(s: Sentence, e: int) -> Mention | None:
    """The organization an item names after its role: "(chief executive, Talby Energy)",
    "chair of Orsa Grid", "CEO at Brenner"."""
    lows = s.lows
    if e + 1 < len(lows) and lows[e] in (",", "of", "at") and lows[e + 1] == M:
        m = s.ment(e + 1)
        if "Organization" in s.etypes(e + 1) and (e + 2 >= len(lows) or lows[e + 2] in ROLE_ENDS):
            return m
    return None


def person_item(s: Sentence, head: ListHead, first: int) -> None:
    """ "Ann Lee - chief executive", "Marlow Hale (chair)", "Chief executive: Tomas Brenn"."""
    lows = s.lows
    n = len(lows)
    if first >= n:
        return
    if lows[first] == M:
        if first + 2 >= n or lows[first + 1] not in ROLE_SEPARATORS:
            return
        person, (end, types) = first, _roles_from(s, first + 2)
    else:
        end, types = _roles_from(s, first)
        if not types or end + 1 >= n or (lows[end] != ":" and lows[end] not in DASHES):
            return
        if lows[end + 1] != M:
            return
        person = end + 1
        if person + 1 < n:
            return  # "Chief executive: Tomas Brenn said ...": a sentence, not an item
    if not types or "Person" not in s.etypes(person):
        return
    org = _item_org(s, end)
    if org is None:
        if head.kind != "people":
            return  # "Speakers:" names no company of its own
        org = _topic(head)
    if org is not None:
        s.emit(s.ment(person), types, org, "list/person-item", 0.7, every=True)


def predicate_item(
    lows: list[str], ments: list[Mention | None], lex: Lexicon, subject: str | None = None
) -> tuple[list[str], list[Mention | None]]:
    """ "- Quillex - bought Vantora" -> "Quillex bought Vantora"; "Tarn Mills: sold to Cobalt"
    -> "Tarn Mills was sold to Cobalt"; under a head naming its `subject` ("Corvan Shipping
    highlights:"), "• Acquired Deller Tankers" -> "Corvan Shipping acquired Deller Tankers".
    Other items are kept as they are."""
    first = _opening(lows)
    if subject is not None and first < len(lows) and lows[first] in item_verbs(lex):
        told = Mention((subject,), -1, -1, "context", 0.8)
        return [M, *lows[first:]], [told, *ments[first:]]
    k = first + 1
    if not (k + 1 < len(lows) and lows[first] == M and (lows[k] in DASHES or lows[k] == ":")):
        return lows, ments
    verb = lows[k + 1]
    if verb not in item_verbs(lex):
        return lows, ments
    passive = (
        k + 2 < len(lows) and lows[k + 2] in ("by", "to") and verb.endswith(("ed", "ld", "ht"))
    )
    filler: list[str] = ["was"] if passive else []
    return (
        lows[first:k] + filler + lows[k + 1 :],
        ments[first:k] + [None] * len(filler) + ments[k + 1 :],
    )


def elided_subject(head: ListHead | None) -> str | None:
    """The company whose acts a list's items state without a subject: the one a head of no
    known kind names ("Corvan Shipping first-half highlights:")."""
    return head.topic if head is not None and head.kind == "" and not head.label else None
