"""A role pronoun right after a takeover: "Quillex bought Vantora last year. Its founder, Tavi
Rensel, will stay on": "its" is the company just bought, the one the story turns to, not the
buyer that opened the sentence before (salience would pick the buyer as that sentence's
subject).

Only a possessive "its" that opens its clause (no name before it in its sentence) and owns a
role noun ("its founder", "its longtime chief executive"), in the sentence right after one
that found exactly one company bought or funded ("A invested in B. Its founder, X, said").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from loaders.founded_events import verb_before
from loaders.lexicon import Lexicon
from loaders.non_names import calendar_word, data_words
from loaders.relations.model import Mention

ROLE_REACH = 3  # modifiers between "its" and its role noun: "its longtime chief executive"


def role_types(lex: Lexicon, lows: Sequence[str], i: int) -> tuple[str, ...]:
    """The relation types of the role noun the possessive at i owns, else ()."""
    for k in range(i + 1, min(len(lows), i + 2 + ROLE_REACH)):
        hit = lex.roles.match(list(lows), k)
        if hit:
            return tuple(hit[1].types)
        if not lows[k].replace("-", "").isalpha():
            return ()
    return ()


def bought_owner(
    lex: Lexicon,
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    bought: tuple[int, str] | None,
    sno: int,
) -> str | None:
    """The company bought or funded in the sentence before, which "its <founder>" or "the
    company's <founder>" opening this sentence stands for ("Orwell invested in Brackwater.
    Its founder, Ann Lee, said"; "Sellwick bought Marlock Ferries. The company's founder,
    Ewan Tull, still runs the boats"); else None."""
    if bought is None or bought[0] != sno - 1:
        return None
    p = i if lows[i] == "its" else _company_possessive(lex, lows, i)
    if p < 0 or any(m.i < i for m in items):
        return None  # "Keel's chairman said its founder ...": a name opens the clause
    types = role_types(lex, lows, p)
    if "FOUNDED" not in types:
        return None
    return bought[1]


# the roles of a seller the bought firm's "its" owns: "from its founder", "from its owner".
# Not LEADS: "bought B from its chairman" is most often a related-party deal, the buyer's
# chairman selling it a firm, so that "its" is left to the usual reading (the buyer).
SELLER_TYPES: Final[frozenset[str]] = frozenset({"FOUNDED", "OWNS"})
BUY_REACH = 4  # words of the verb phrase between buyer and bought: "has agreed to buy"
JOINS: tuple[tuple[str, ...], ...] = ((",", "and"), ("and",), (",", "while"), (";",))
ADJUNCT_REACH = 3  # words of a time or money adjunct after the bought name: "in 2020"
ADJUNCT_STOPS = frozenset({"with", "using", "via", "through", "by", "and", "but", "of", "to"})


def bought_in_clause(
    lex: Lexicon, lows: Sequence[str], items: Sequence[Mention], i: int
) -> str | None:
    """ "Quillex agreed to buy Vantora, and its founder, Tavi Rensel, will stay on": a clause
    joined right after "A <buys> B" or "A invested in B" whose "its <founder>" is the company
    bought or funded (the nearest one, not the buyer that opens the sentence), as is the seller
    in "A bought B from its founder"; else None."""
    if lows[i] != "its" or len(items) != 2:
        return None
    buyer, bought = items
    if bought.kind != "name" or len(bought.ids) != 1:
        return None
    seller = _from_seller(lex, lows[bought.j : i])  # "bought B last year from its founder, P"
    # "from its owner P": the seller held the bought firm; a joined clause's "its" needs a founder
    wanted = SELLER_TYPES if seller else {"FOUNDED"}
    if not wanted.intersection(role_types(lex, lows, i)):
        return None
    if not seller and (buyer.kind != "name" or not _joined(lows[bought.j : i])):
        return None
    verb = lows[buyer.j : bought.i]
    if not verb or len(verb) > BUY_REACH:
        return None
    if seller and all(w.isalpha() for w in verb):
        return bought.ids[0]  # "took a stake in B from its founder": what came from the founder
    return bought.ids[0] if buys(lex, verb) else None


def buys(lex: Lexicon, verb: Sequence[str]) -> bool:
    """The words end in an active verb of buying or funding: "bought", "agreed to buy",
    "invested in"."""
    seq = list(verb)
    for k in range(len(seq)):
        hit = lex.triggers.match(seq, k)
        if hit and k + hit[0] == len(seq):
            trigs = hit[1]
            if any(_takes(t.types) and t.family == "verb" and not t.reverse for t in trigs):
                return True
    return False


RELATIVE_REACH = 10  # words of a relative clause on the bought name: ", which runs four gyms,"


def _from_seller(lex: Lexicon, between: Sequence[str]) -> bool:
    """The words between the bought name and "its" are "from", after at most a short adjunct
    or a relative clause of the bought name set off by commas: "acquired Quillex last spring
    from its founder", "is buying Tarvick, which runs four gyms, from its founder" (the founder
    sold the bought firm, not the buyer's own founder)."""
    rest = list(between[:-1])
    if between[-1:] != ["from"]:
        return False
    if rest[:1] == [","] and "," in rest[1:]:
        end = rest.index(",", 1)  # "B, which runs four gyms," / "B, a chain of 60 shops,"
        if not _aside(rest[1:end]):
            return False
        rest = rest[end + 1 :]
    return _adjunct(lex, rest)


def _aside(inner: Sequence[str]) -> bool:
    """A relative clause or a described appositive on the bought name, naming nothing (the
    caller counts the names): "which runs four gyms", "a chain of 60 shops"."""
    if not inner or len(inner) > RELATIVE_REACH + 1 or {";", "from"} & set(inner):
        return False
    return inner[0] in ("which", "that", "a", "an", "the")


def _adjunct(lex: Lexicon, rest: Sequence[str]) -> bool:
    """A short time or price adjunct before "from its founder" ("last year", "for $40 million"):
    no comma, no means ("with a loan") and no act ("of poaching drivers")."""
    if len(rest) > ADJUNCT_REACH or "," in rest or ADJUNCT_STOPS & set(rest):
        return False
    return not any(_acting(lex, w) for w in rest)


def _acting(lex: Lexicon, word: str) -> bool:
    """An -ing form of a verb ("poaching"), not a time word ("last spring", "this morning")."""
    return word.endswith("ing") and len(word) > 4 and not calendar_word(word, lex)


def _joined(between: Sequence[str]) -> bool:
    """The words between the bought name and "its" end in a clause join, after at most a short
    adjunct of plain words and numbers ("in 2020", "last year", "for $40 million")."""
    for join in JOINS:
        if tuple(between[-len(join) :]) == join:
            rest = between[: -len(join)]
            return len(rest) <= ADJUNCT_REACH and not {",", ";", "that", "which"} & set(rest)
    return False


def _takes(types: Sequence[str]) -> bool:
    """A verb by which its subject buys or funds its object."""
    return "OWNS" in types or "FUNDS" in types


def bought_from_founder(
    lex: Lexicon, lows: Sequence[str], items: Sequence[Mention], i: int
) -> str | None:
    """ "Ravenmoor, a Fenby buyout house, will acquire Quimby Mills, a chain of 60 bakeries,
    from its founder, P": the seller's "its" is the firm bought right before it, whatever
    description or other name stands on the buyer (`bought_in_clause` needs the buyer and the
    bought firm alone); else None."""
    if lows[i] != "its" or i < 2 or not items:
        return None
    if not SELLER_TYPES.intersection(role_types(lex, lows, i)):
        return None
    if lows[i - 1] == "," and len(items) >= 2 and _apposed_seller(lex, lows, items, i):
        items, i = items[:-1], items[-1].i  # "bought B from S, its owner": as "from its owner"
    elif lows[i - 1] != "from":
        return None
    # the bought name, past a place its description names ("Cragwell, a chain of shops in
    # Ceredigion, for £14m from its founder")
    bought = next(
        (m for m in reversed(items) if m.j <= i and _from_seller(lex, lows[m.j : i])), None
    )
    if bought is None or bought.kind != "name" or len(bought.ids) != 1:
        return None
    for n in range(1, min(BUY_REACH, bought.i) + 1):
        verb = lows[bought.i - n : bought.i]
        if not verb[0].isalpha():
            return None
        if buys(lex, verb):
            return bought.ids[0]  # "will acquire B", "agreed to buy B"
    return None


def _apposed_seller(lex: Lexicon, lows: Sequence[str], items: Sequence[Mention], i: int) -> bool:
    """The possessive at i opens an appositive on the last name, a seller after "from", that
    founded or wholly owns the firm: "bought Dale Mills from Vorn Capital, its owner since
    2010", "from Orsk Group, its parent"; not "from Vorn Capital, its biggest shareholder",
    the buyer's holder in a related-party deal."""
    seller = items[-1]
    if seller.j != i - 1 or seller.i < 1 or lows[seller.i - 1] != "from":
        return False
    head = lows[i + 1 : i + 2]
    owners = data_words(lex, "parent_heads") - {"shareholder"}
    return "FOUNDED" in role_types(lex, lows, i) or bool(head) and head[0] in owners


def founded_bought(
    lex: Lexicon,
    lows: Sequence[str],
    items: Sequence[Mention],
    i: int,
    bought: tuple[int, str] | None,
    sno: int,
    type_of: Callable[[str], str],
) -> str | None:
    """ "Brevard Dairy bought Ostrel Creamery. Greta Mornau, who founded it in 1990, ...": the
    object "it" of a founding verb (`event_founding_verbs`), in the sentence right after one
    that found exactly one company bought or funded, is that company, not the buyer that
    opened the sentence before; else None. So is a bare "the company", "the business" there
    ("Ilsa Marden, who founded the company, will stay on"). Not when a company is named
    before it in its own sentence ("Keel, which Ann Lee founded it ...")."""
    if bought is None or bought[0] != sno - 1 or not _bought_word(lex, lows, i) or i == 0:
        return None
    if not verb_before(lows, i, data_words(lex, "event_founding_verbs")):
        return None  # "who founded it", "who set it up"
    firms = [m for m in items if m.i < i and type_of(m.ids[0]) == "Organization"]
    if any(m.ids[0] != bought[1] for m in firms):
        return None
    return bought[1]


def _company_possessive(lex: Lexicon, lows: Sequence[str], i: int) -> int:
    """Where the "'s" of "the company's", "the business's" at i stands, else -1."""
    if lows[i] != "the" or lows[i + 2 : i + 3] != ["'s"]:
        return -1
    return i + 2 if lows[i + 1] in data_words(lex, "company_heads") else -1


def _bought_word(lex: Lexicon, lows: Sequence[str], i: int) -> bool:
    """ "it", or a bare company noun after "the" ("the company", "the business", not "the
    chain"), at i."""
    if lows[i] == "it":
        return True
    head = lows[i + 1] if i + 1 < len(lows) else ""
    if lows[i + 2 : i + 3] == ["'s"]:
        return False  # "who founded the company's bakery arm"
    return lows[i] == "the" and head in data_words(lex, "company_heads")
