"""A product noun in an appositive that only names a firm's field, not what the name is:
"Lorrisk Print, the passport printer and ink supplier," (a second head of a firm's trade after
"and"), "Wystan Haulage, a 40-truck chilled fleet from Leeds" (the product noun modifies a
company's noun for what it runs, `firm_collectives`), "Brightwave Audio, the Leeds
network" (a firm's descriptor a town modifies). In each the appositive describes a company,
so the product noun gives the name no Product vote.

Guards: a product noun that ends its phrase ("Tindra, a budget phone,"), one another noun
follows ("a cancer drug candidate", "a truck built in Ulm"), and a coordination of two
products ("Tindra, the tablet and phone app").

>>> heads = {"supplier"}
>>> lows = "x , the passport printer and ink supplier , said".split()
>>> firm_after_and(lows, 5, lambda m: lows[m] if lows[m] in heads else None)
'supplier'
>>> modifies_noun("x , a 40 - truck chilled fleet from leeds".split(), 6, {"fleet"})
True
>>> modifies_noun("x , a truck built in ulm".split(), 4, {"fleet"})
False
"""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence
from typing import Final

from loaders.gazetteer import place_names

# what closes a noun phrase after its head noun: "a chilled fleet from", "a fleet based in"
NOUN_CLOSERS: Final[frozenset[str]] = frozenset(
    {",", ".", ";", ")", "from", "in", "based", "that", "which", "whose", "with", "of", "and"}
)
# words that are no noun of the phrase: function words and the participles that close it
NO_NOUN: Final[frozenset[str]] = frozenset(
    "and or but of in on at to for with by from is was are were has have had will would said "
    "says that which who as than made built sold run grown worn first launched".split()
)
PLATFORMS: Final[frozenset[str]] = frozenset({"platform", "platforms"})
AND_REACH: Final = 4  # lower-case words after "and" up to the second head
BY_REACH: Final = 4  # words from a launch verb to its "by": "launched in May 2019 by"


def modifies_noun(lows: Sequence[str], after: int, collectives: Container[str]) -> bool:
    """The product noun ending before `after` modifies a company's noun for what it runs
    (`collectives`: "fleet") one or two words after it, which closes the phrase ("truck
    chilled fleet from", "truck fleet ,")."""
    n = len(lows)
    m = after
    while m < n and m - after < 2 and _noun_word(lows[m]):
        if lows[m] in collectives:
            return m + 1 >= n or lows[m + 1] in NOUN_CLOSERS
        m += 1
    return False


def firm_after_and(
    lows: Sequence[str], after: int, firm_head: Callable[[int], str | None]
) -> str | None:
    """After the product noun ending before `after`, "and" and a firm's head noun within
    `AND_REACH` lower-case words ("printer and security ink supplier"): that head, else None.
    `firm_head` gives the firm's noun found at a position, if any."""
    n = len(lows)
    if after >= n or lows[after] != "and":
        return None
    for m in range(after + 1, min(n, after + 1 + AND_REACH)):
        found = firm_head(m)
        if found:
            return found
        if not _noun_word(lows[m]):
            return None
    return None


def placed_firm_noun(
    lows: Sequence[str],
    m: int,
    firm_nouns: Container[str],
    field_cues: Container[str] = (),
    launch_verbs: Container[str] = (),
) -> bool:
    """The noun at m is a firm's descriptor (`bare_firm_heads`: "network", "platform") with a
    town of one or two words right before it: "the Leeds network", "the Los Angeles network".
    A platform is no firm in a sentence with an oil field's word (`field_cues`: "an Aberdeen
    platform, shut after a gas leak") or a launch verb a "by" follows (`launch_verbs`: "the
    Berlin platform, was launched by Vexa"): a facility, a product."""
    if m < 1 or lows[m] not in firm_nouns:
        return False
    if lows[m] in PLATFORMS and _platform_thing(lows, field_cues, launch_verbs):
        return False
    places = place_names()
    return lows[m - 1] in places or (m >= 2 and f"{lows[m - 2]} {lows[m - 1]}" in places)


def _platform_thing(
    lows: Sequence[str], field_cues: Container[str], launch_verbs: Container[str]
) -> bool:
    """The sentence names an oil field's words, or a thing launched "by" someone."""
    for i, w in enumerate(lows):
        if w in field_cues or (w in launch_verbs and "by" in lows[i + 1 : i + 1 + BY_REACH]):
            return True
    return False


def _noun_word(w: str) -> bool:
    return w.replace("-", "").isalpha() and w not in NO_NOUN
