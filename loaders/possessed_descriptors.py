"""What a possessed descriptor names: a thing its possessor owns, or a tie to another body.

"Glenmora's flagship malt, Kintail Cask", "Sonalis's rechargeable in-ear aid": a descriptor
after a possessive names the possessor's own product unless one of its words is a role, a title
or a noun of a tie to another body ("Glenmora's chief executive, Ylva Pole", "Lumelle's main
rival, Dermaco", "Glenmora's largest customer, Kelmora Wines", "Skyvale's biggest shareholder,
Fennickvest", "Sonalis's partner, Hearwell") or a descriptor noun of a firm, a person or a
place ("Harlow's Irish unit", "Orrin's home town"). Those words are the lexicon's `roles`,
`titles`, `non_names: ties` and non-product `heads`, the `relational_agents` of places.yaml and
the `seller_nouns` (holders) of partnering.yaml.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from loaders.gazetteer import place_data
from loaders.lexicon import read_data, word_set
from loaders.non_names import NonNames

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon

# the holders of a company's shares ("its largest holder", "owners"), `seller_nouns`
HOLDERS: Final[frozenset[str]] = frozenset(
    str(w) for w in read_data("partnering.yaml")["seller_nouns"]
)
# nouns of how a company relates to others ("partner", "investor", "customer"), places.yaml
AGENTS: Final[frozenset[str]] = word_set(place_data().get("relational_agents"))
# the type heads whose possessed phrase is no product of the possessor
OTHER_BODIES: Final[frozenset[str]] = frozenset({"Organization", "Person", "Location"})


def tie_word(w: str, lex: Lexicon, *, head: bool = True) -> bool:
    """A role, tie or (as the head) title or non-product descriptor noun, singular or plural
    ("rival", "customers", "chief", "unit"); a modifier ("top", "senior") only as a role or
    tie noun of its own ("rival phone", "customer service")."""
    ties = NonNames.of(lex).ties
    for form in (w, w[:-1]) if w.endswith("s") and len(w) > 3 else (w,):
        kind = lex.heads.lookup((form,))
        if kind == "Product":
            return False  # "its flagship product": a product's noun, whatever else it is
        if lex.roles.lookup((form,)) is not None or form in ties:
            return True
        if form in AGENTS or form in HOLDERS or form + "s" in HOLDERS:
            return True  # "its largest holder", "Y's biggest backer"
        if head and (form in lex.titles or kind in OTHER_BODIES):
            return True
    return False


def tied_descriptor(words: Sequence[str], lex: Lexicon) -> bool:
    """The last word of a possessed descriptor is a tie word, or a modifier of it is a role or
    tie noun (see `tie_word`)."""
    if not words:
        return False
    return tie_word(words[-1], lex) or any(tie_word(w, lex, head=False) for w in words[:-1])
