"""A firm that launches its own product is its maker: OWNS beside FOUNDED.

"Harnley Pharma launched Corvexa", "the Tessafold phone was launched by Merrow Mobile", "Drovik,
a sealant that Ambrel Coatings introduced": a FOUNDED (Organization -> Product) the founding
rules read in a sentence with a launch verb (`maker_launches` in loaders/data/triggers.yaml) is
also OWNS. Not for a stockist or licensee ("launched Brevlio in its shops", "under licence
from Y": `maker_launch_guards`), nor when the sentence gives the product another owner ("Y's
Brevlio"). A person launching keeps FOUNDED only; a project is never owned.
"""

from __future__ import annotations

from loaders.lexicon import Lexicon, inflected, irregular_forms, per_lexicon
from loaders.non_names import data_words
from loaders.relations.model import Found, Sentence

RULE = "product-makers/launched"


@per_lexicon
def _launches(lex: Lexicon) -> frozenset[tuple[str, ...]]:
    """Every inflected form of the launch verbs, as word tuples."""
    irregular = irregular_forms(lex.data)
    phrases = lex.data.get("maker_launches") or []
    return frozenset(form for p in phrases for form, _ in inflected(str(p), irregular))


def cues(lex: Lexicon) -> frozenset[str]:
    return frozenset(form[0] for form in _launches(lex))


def _launched(s: Sentence) -> bool:
    """The sentence has a launch verb and no stockist's or licensee's word."""
    lows = s.lows
    if not data_words(s.lex, "maker_launch_guards").isdisjoint(lows):
        return False
    forms = _launches(s.lex)
    return any(
        tuple(lows[k : k + len(f)]) == f for k in range(len(lows)) for f in forms if f[0] == lows[k]
    )


def launched_products(s: Sentence) -> None:
    """OWNS for each organization the sentence says FOUNDED (launched) a product."""
    if not _launched(s):
        return
    type_of = s.type_of
    owned = {f.target: f.source for f in s.found if f.type == "OWNS"}
    for f in list(s.found):
        if f.type != "FOUNDED" or type_of(f.target) != "Product":
            continue
        if type_of(f.source) != "Organization" or owned.get(f.target, f.source) != f.source:
            continue
        key = (f.source, "OWNS", f.target)
        if key not in s.seen and s.schema.allows("OWNS", "Organization", "Product"):
            s.seen.add(key)
            s.found.append(Found(f.source, "OWNS", f.target, RULE, f.confidence))
