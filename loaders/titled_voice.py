"""The firm a profile's title ties its subject to (round 19, speaker binding).

An interview or profile titled "Mara Voss on Quillex's next decade" (or "Voss on Quillex")
speaks for Quillex whenever Mara Voss says "we", "our" or "us", though the body may never say
she leads it ("Mara Voss has spent thirty years making instruments. ... A: We bought Tarvo").
`person_on_firm` reads the opening line: a person's name opening it, "on", and an
organization's name right after. `loaders.article` (`_led_by`) falls back on it for the
speaker's organization.

>>> from loaders.relations.model import Mention
>>> names = [Mention(("mara-voss",), 0, 2), Mention(("quillex",), 3, 4)]
>>> kinds = {"mara-voss": "Person", "quillex": "Organization"}
>>> person_on_firm("mara voss on quillex 's next decade".split(), names, kinds.get)
('mara-voss', 'quillex')
>>> person_on_firm("mara voss said on quillex 's call".split(), names, kinds.get) is None
True
>>> person_on_firm("mara voss on quillex and orvik".split(), names, kinds.get) is None
True
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from loaders.relations.model import Mention


def person_on_firm(
    lows: Sequence[str], names: Sequence[Mention], type_of: Callable[[str], str | None]
) -> tuple[str, str] | None:
    """(person, organization) of an opening line "<Person> on <Organization>...", else None."""
    if len(names) < 2:
        return None
    person, firm = names[0], names[1]
    if person.i != 0 or list(lows[person.j : firm.i]) != ["on"]:
        return None
    if type_of(person.ids[0]) != "Person" or type_of(firm.ids[0]) != "Organization":
        return None
    if firm.j < len(lows) and lows[firm.j] in ("and", "&", ",", "or", "v", "vs"):
        return None  # "Ilse Brant on Quillex and Orvik Labs": which of them is unclear
    return person.ids[0], firm.ids[0]
