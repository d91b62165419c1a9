"""The head a passive hangs on when names stand between it and its participle.

"Tarvon Fuels, the distributor that serves farms across Kellavy, has been acquired by A":
Tarvon Fuels, not the region inside the aside. "Pellis makes boards, including the Thermrod
range, and since 2019 has been owned by A": Pellis, not the product the first verb names. "the
Orlan Cable, a cable between Tessel in Norland and Vardo that is being co-financed by A": the
cable, not a town after "between".
"""

from __future__ import annotations

from loaders.relations.attach_guards import ASIDE_OPENERS
from loaders.relations.model import Sentence
from loaders.relations.nav import first_name, opening_mention, prep_before
from loaders.relations.words import PERCENT_SPELLED, PUNCT_STOP, WHICH_THAT, M

# auxiliaries and adverbs between the comma closing an aside and a passive participle
RESUMING = frozenset(
    {"is", "was", "are", "were", "has", "have", "had", "been", "being", "be", "will", "would"}
    | {"now", "since", "later", "then", "also", "still", "recently", "jointly"}
    | {"majority", "minority", "partly", "wholly", "fully", "largely", "mostly"}
)
# the prepositions of a noun's place complement: "a pipeline between A and B", "a cable from
# A in C to B", "a depot in A"
PLACE_PREPS = frozenset({"between", "across", "from", "to", "in", "near", "at", "linking"})
# what may stand inside such a complement besides names: "between Port Sallow in Merrin and
# Dunbridge"
CHAIN_WORDS = frozenset({"and", "the", ","}) | PLACE_PREPS
# what may open an aside after a name besides a determiner or a relative word
ASIDE_PARTICIPLES = frozenset({"based", "founded", "headquartered", "set", "formed"})


def aside_subject(s: Sentence, k: int, inner: int) -> int:
    """The sentence's opening name when the passive at k resumes the main clause after a
    comma-closed aside that opens right after that name and holds the name at `inner` as a
    preposition's object ("X, the firm that serves farms across Kellavy, has been acquired
    by"); else -1. A verb's object inside the aside is left alone: on the development sets it
    was the patient as often as not."""
    lows = s.lows
    if inner < 0:
        return -1
    a = k - 1
    while a > 0 and k - a <= 5 and lows[a] in RESUMING:
        a -= 1
    if a == k - 1 or lows[a] != ",":
        return -1
    head = opening_mention(s)
    if head < 0 or head + 2 >= a or lows[head + 1] != ",":
        return -1
    opener = lows[head + 2]
    if opener not in ASIDE_OPENERS and opener not in ASIDE_PARTICIPLES:
        return -1
    if not head < inner < a or any(w in PUNCT_STOP for w in lows[head:a]):
        return -1
    if prep_before(s, inner):
        return head
    return -1  # "Tarn, a unit of Brenner, said Dunmore, its rival, was bought by A": Dunmore


def _share_start(lows: list[str], a: int) -> int:
    """The first position of a share ending at a ("40%", "30 percent", "30 per cent"); -1
    when no share ends there."""
    if a < 0:
        return -1
    if lows[a][-1:] == "%":
        return a
    if lows[a] not in PERCENT_SPELLED:
        return -1
    b = a - 1 - (a >= 1 and lows[a - 1] == "per")
    return b if b >= 0 and lows[b][:1].isdigit() else -1


def bare_conjunct(lows: list[str], lo: int, k: int) -> bool:
    """[lo, k) ends with "and" and then a subjectless passive's auxiliaries and adjuncts:
    "and since 2019 has been (owned)", "and is now (held)"; no name after the "and"."""
    a = k - 1
    while a >= lo and k - a <= 7 and (lows[a] in RESUMING or lows[a].isdigit()):
        a -= 1
    share = _share_start(lows, a)
    if share > lo and lows[share - 1] in RESUMING:
        a = share - 1  # "and is 40% owned"; not after ", and": that closes an aside first
        while a >= lo and k - a <= 7 and lows[a] in RESUMING:
            a -= 1
        if a < 1 or (lows[a - 1] == "," and "," in lows[max(first_name(lows), 0) : a - 1]):
            # a lone ", and" closes no aside: "X makes the Y game, and is 30% owned"; nor
            # does one after an opening adjunct's comma ("In 2020, X makes the Y game, and"):
            # commas counted from the first name, or from the start when there is none
            return False
    if a < lo or lows[a] != "and" or a == k - 1:
        return False
    return any(w in ("is", "was", "are", "were", "been") for w in lows[a + 1 : k])


def place_chain_start(s: Sentence, m: int) -> int:
    """The preposition opening the place complement the name at m ends ("a cable between A in
    C and B": "between"), when a common noun stands before it; else -1."""
    lows = s.lows
    p = m - 1
    first = -1
    while p > 0 and m - p <= 12 and (lows[p] == M or lows[p] in CHAIN_WORDS):
        if lows[p] in PLACE_PREPS:
            first = p
        p -= 1
    if first < 1 or lows[first - 1] == M or not lows[first - 1].isalpha():
        return -1
    noun = lows[first - 1]
    if noun in s.lex.stake_nouns or noun in s.lex.nominal or noun in PLACE_PREPS:
        return -1  # "a stake in A that is held by B": the stake is A's
    return first


def apposed_before(s: Sentence, p: int) -> int:
    """The name an appositive whose noun ends before p describes: "the Orlan Cable, a 300-km
    cable (between)": the Orlan Cable; else -1."""
    lows = s.lows
    c = p - 1
    while c > 0 and p - c <= 6 and lows[c] != M and lows[c] != "," and lows[c] not in PUNCT_STOP:
        c -= 1
    if c < 1 or lows[c] != "," or lows[c - 1] != M or s.is_det(c - 1):
        return -1
    return c - 1


def relative_on(lows: list[str], m: int, k: int) -> bool:
    """The words from the name at m to the participle at k open a relative clause in the
    passive: "(Vardo) that is being (co-financed)", "(Kelby) which was (funded)"."""
    if m + 2 >= k or lows[m + 1] not in WHICH_THAT:
        return False
    return all(w in RESUMING for w in lows[m + 2 : k])
