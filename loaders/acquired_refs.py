"""A role pronoun right after a takeover: "Quillex bought Vantora last year. Its founder, Tavi
Rensel, will stay on": "its" is the company just bought, the one the story turns to, not the
buyer that opened the sentence before (salience would pick the buyer as that sentence's
subject).

Only a possessive "its" that opens its clause (no name before it in its sentence) and owns a
role noun ("its founder", "its longtime chief executive"), in the sentence right after one
that found exactly one company bought or funded ("A invested in B. Its founder, X, said").
"""

from __future__ import annotations

from collections.abc import Sequence

from loaders.lexicon import Lexicon
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
    """The company bought or funded in the sentence before, which "its <founder>" opening
    this sentence stands for ("Orwell invested in Brackwater. Its founder, Ann Lee, said");
    else None."""
    if bought is None or bought[0] != sno - 1 or lows[i] != "its":
        return None
    if any(m.i < i for m in items):
        return None  # "Keel's chairman said its founder ...": a name opens the clause
    types = role_types(lex, lows, i)
    if "FOUNDED" not in types:
        return None
    return bought[1]


BUY_REACH = 4  # words of the verb phrase between buyer and bought: "has agreed to buy"
JOINS: tuple[tuple[str, ...], ...] = ((",", "and"), ("and",), (",", "while"), (";",))
ADJUNCT_REACH = 3  # words of a time or money adjunct after the bought name: "in 2020"


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
    seller = _from_seller(lows[bought.j : i])  # "bought B last year from its founder, P"
    # "from its owner P": the seller held the bought firm; a joined clause's "its" needs a founder
    wanted = {"FOUNDED", "OWNS"} if seller else {"FOUNDED"}
    if not wanted.intersection(role_types(lex, lows, i)):
        return None
    if not seller and (buyer.kind != "name" or not _joined(lows[bought.j : i])):
        return None
    verb = lows[buyer.j : bought.i]
    if not verb or len(verb) > BUY_REACH:
        return None
    if seller and all(w.isalpha() for w in verb):
        return bought.ids[0]  # "took a stake in B from its founder": what came from the founder
    return bought.ids[0] if _buys(lex, verb) else None


def _buys(lex: Lexicon, verb: Sequence[str]) -> bool:
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


def _from_seller(between: Sequence[str]) -> bool:
    """The words between the bought name and "its" are "from", after at most a short adjunct
    or a relative clause of the bought name set off by commas: "acquired Quillex last spring
    from its founder", "is buying Tarvick, which runs four gyms, from its founder" (the founder
    sold the bought firm, not the buyer's own founder)."""
    rest = list(between[:-1])
    if between[-1:] != ["from"]:
        return False
    if rest[:2] in ([",", "which"], [",", "that"]) and rest[-1:] == [","]:
        inner = rest[2:-1]  # the relative names nothing (the caller counts the names)
        return len(inner) <= RELATIVE_REACH and not {",", ";"} & set(inner)
    return len(rest) <= ADJUNCT_REACH and "," not in rest


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
