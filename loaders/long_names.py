"""Long names of institutions that run across connectors: "of the", "and", commas.

The name chunker (`loaders.mentions`) joins capitalized words into runs; these helpers say how
far a run goes past a connector when it is the name of an institution:

- "Friends of the Marshes", "Bank of the West": an of-head ("friends", "bank") joins "of the";
- "Department for Farming and Rural Affairs", "Ministry of Fisheries, Ports and Coastal
  Affairs", "Federation of Fishing and Coastal Communities": once an of-head has joined its
  complement, a list of plain capitalized words ("Ports", "Coastal Affairs") continues it;
  a part that is a name on its own (an organization word or legal form at its end, a known name,
  a given name: "the Department of Energy and Harlow Mining") does not;
- "Environment, Food and Rural Affairs Committee": fields listed with commas, then "and" and
  a public body's word (`listed_body`);
- "Competition and Markets Authority", "Securities and Exchange Commission", "Shipbuilding and
  Engineering Workers' Union": a single word joined by "and" to a few before a public-body word;
  "Marlow and Kent LLP": two single words before a legal form;
- "Save the Kell Estuary", "Stop the Harbour Tunnel": a campaign named by a verb, "the" and a
  name;
- "Minister for Ports and Harbours", "Secretary of State for Energy": a minister's portfolio
  belongs to the title (`portfolio_titles`), and no piece of it is a name of its own.

>>> from loaders.lexicon import Lexicon
>>> from loaders.mentions import analyze
>>> lex = Lexicon.load()
>>> names = lambda text: [c.text for c in analyze(text, 0, lex).cands]
>>> names("The Department for Farming and Rural Affairs sued Harlow.")
['Department for Farming and Rural Affairs', 'Harlow']
>>> names("The Department of Energy and Harlow Mining signed.")
['The Department of Energy', 'Harlow Mining']
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from loaders.lexicon import per_lexicon, read_data, word_set
from loaders.non_names import NonNames, data_words

if TYPE_CHECKING:
    from loaders.lexicon import Lexicon

COURTS: Final = word_set(read_data("parties.yaml")["court_words"])  # "court", "tribunal"
# words that end a firm's name, never a portfolio's: "Capital Group", "Energy Investments"
INVESTOR_NAMES: Final = word_set(read_data("coref.yaml")["investor_name_words"])
FIELD_JOINS: Final = frozenset({",", "and", "for", "of"})  # between the fields of a portfolio
MAX_PART = 3  # words in one listed part of a name ("Coastal Affairs")


def _part_end(k: int, name: Callable[[int], bool]) -> int:
    while name(k):
        k += 1
    return k


def _plain_part(i: int, j: int, lows: list[str], name: Callable[[int], bool], lex: Lexicon) -> bool:
    """Words that can be one item of a listed name: not a name on their own."""
    if not 0 < j - i <= MAX_PART:
        return False
    last = lows[j - 1].rstrip(".")
    if lows[i] in lex.first_names or last in lex.legal_suffixes:
        return False
    field = j - i == 2 and last in data_words(lex, "field_ends")  # "and Space Research"
    field = field or _field_part(lows[i:j], lex)  # "and Water Resources"
    if last in lex.org_words and (j - i > 1 or last in lex.of_heads) and not field:
        return False  # "and Harlow Mining", "and Bank of Maple"; but "of Economy and Finance"
    if j < len(lows) and lows[j] in ("of", "for", "&") and (lows[j] == "&" or name(j + 1)):
        return False  # "and Bank of Maple": another institution (not "and Planning for delays")
    return not any(lex.known_phrases.lookup(tuple(lows[k:j])) for k in range(i, j))


def _field_part(words: list[str], lex: Lexicon) -> bool:
    """Fields only, as a portfolio is named ("Water Resources", "Public Works", "National
    Investment"), not a firm of field words: none ends with a firm's word ("Capital Group",
    "Global Mining Group", "Energy Investments")."""
    if not words:
        return False
    last = words[-1]
    if len(words) > 1 and (last in INVESTOR_NAMES or lex.heads.lookup((last,)) == "Organization"):
        return False  # but a single field word is a portfolio's ("for Trade and Investments")
    return all(w in _pair_fields(lex) for w in words)


def _listed_fields(words: list[str], lex: Lexicon) -> bool:
    """Fields joined by commas, "and", "for" or "of", each part a portfolio's (`_field_part`)."""
    part: list[str] = []
    for w in [*words, ","]:
        if w not in FIELD_JOINS:
            part.append(w)
        elif part and not _field_part(part, lex):
            return False
        else:
            part = []
    return True


def listed_body(i: int, j: int, lows: list[str], name: Callable[[int], bool], lex: Lexicon) -> int:
    """End of "Environment, Food and Rural Affairs Committee", "Culture, Media and Sport
    Committee" when the run [i, j) is a field of one or two words and token j a comma: more
    fields after commas, then "and" and a few words closed by a public body's word make one
    body's name; j otherwise ("Energy, Harlow Mining and Tarsa Council" lists parties)."""
    start = i + 1 if lows[i] == "the" else i
    if not _short_field(lows[start:j], lex):
        return j
    k = j
    while k < len(lows) and lows[k] == ",":
        e = _part_end(k + 1, name)
        if not _short_field(lows[k + 1 : e], lex):
            return j
        k = e
    if k == j or k >= len(lows) or lows[k] != "and":
        return j
    e = _part_end(k + 1, name)
    return e if 2 <= e - (k + 1) <= 4 and lows[e - 1] in lex.public_bodies else j


def _short_field(words: list[str], lex: Lexicon) -> bool:
    """One or two words, each a field ("Environment", "Rural Affairs")."""
    fields = _pair_fields(lex)
    return 1 <= len(words) <= 2 and all(w in fields for w in words)


def listed_tail(j: int, lows: list[str], name: Callable[[int], bool], lex: Lexicon) -> int:
    """End of ", Ports and Coastal Affairs" / "and Rural Affairs" continuing a name at token j
    (a comma or "and"), else j."""
    k = j
    while k < len(lows) and lows[k] == ",":
        e = _part_end(k + 1, name)
        if e == k + 1 or not _plain_part(k + 1, e, lows, name, lex):
            return j
        k = e
    if k < len(lows) and lows[k] == "and":
        e = _part_end(k + 1, name)
        if e > k + 1 and _plain_part(k + 1, e, lows, name, lex):
            return e
    return j


def of_the(
    j: int, prev: str, lows: list[str], name: Callable[[int], bool], lex: Lexicon, inside=False
) -> int:
    """End of "of the Marshes" after an of-head ("Friends", "Bank") or inside an institution's
    name at token j, else j."""
    if (prev in lex.of_heads or inside) and lows[j] in ("of", "for") and j + 2 < len(lows):
        if lows[j + 1] == "the" and name(j + 2):
            return _part_end(j + 2, name)
    return j


def campaign(i: int, j: int, lows: list[str], name: Callable[[int], bool], lex: Lexicon) -> int:
    """End of "Save the Kell Estuary", "Save our Rivers Coalition" when the run [i, j) is a
    campaign verb ("Save", "Stop") and "the" or "our" and a name follow, else j."""
    if j - i != 1 or lows[i] not in lex.campaign_verbs or j + 1 >= len(lows):
        return j
    if lows[j] in ("the", "our") and name(j + 1):
        e = _part_end(j + 1, name)
        if lows[j] == "the" or lows[e - 1] in lex.org_words:
            return e  # "our" only before a body's word: not "Save our Ford plant"
    return j


# what follows "X and" in a firm's name of one surname: "Hale and Partners", "Orr and Sons"
PARTNERSHIP = frozenset(
    {"partners", "sons", "daughters", "associates", "co", "company", "brothers"}
)


def and_body(i: int, j: int, lows: list[str], name: Callable[[int], bool], lex: Lexicon) -> int:
    """End of "Competition and Markets Authority", "Tarrow Ports and Harbours Authority", "Hale
    and Partners" when the run [i, j) is one or two words ("Competition", "Tarrow Ports") and
    token j is "and", else j."""
    start = i + 1 if lows[i] == "the" else i
    if not 1 <= j - start <= 2 or lows[j] != "and" or not name(j + 1):
        return j
    if j - start == 2 and _field_pair(start, j, lows, name, lex):
        return j + 2  # "Brambury Revenue and Excise", "Vardic Research and Enterprise"
    if j - start == 2 and (
        lows[j - 1] in lex.org_words
        or lows[j - 1] in lex.known_phrases
        or lows[start] in lex.first_names
    ):
        return j  # "Harlow Mining and Tarrow Port Authority", "Ann Lee and ...": two parties
    e = _part_end(j + 1, name)
    if j - start == 1 and e - (j + 1) == 2 and lows[e - 1].rstrip(".") in lex.legal_suffixes:
        return e  # "Marlow and Kent LLP", "Harrow and Webb Ltd": one firm of two names
    if j - start == 1 and e - (j + 1) == 1 and lows[j + 1].rstrip(".") in PARTNERSHIP:
        return e  # "Hale and Partners", "Dunmore and Sons": a firm of partners or kin
    if e + 1 < len(lows) and lows[e] in ("'", "’") and lows[e - 1].endswith("s") and name(e + 1):
        e = _part_end(e + 1, name)  # "Shipbuilding and Engineering Workers' Union"
    if 2 <= e - (j + 1) <= 4 and lows[e - 1] in lex.public_bodies:
        return e
    if 2 <= e - (j + 1) <= 4 and lows[e - 1] in COURTS and _court_fields(j, lows, lex):
        return e  # "Environment and Land Court", "Maritime and Commercial High Court"
    return j


def _court_fields(j: int, lows: list[str], lex: Lexicon) -> bool:
    """The words on both sides of "and" at j are a court's fields ("Civil and Administrative",
    `court_fields` or the pair fields), not names ("Kelso and Harlow Court")."""
    fields = _pair_fields(lex) | data_words(lex, "court_fields")
    return lows[j - 1] in fields and lows[j + 1] in fields


@per_lexicon
def _pair_fields(lex: Lexicon) -> frozenset[str]:
    """The fields of `_field_pair` (once per lexicon)."""
    fields = NonNames.of(lex).fields | data_words(lex, "field_words")
    return fields | data_words(lex, "pair_fields")


def _field_pair(
    start: int, j: int, lows: list[str], name: Callable[[int], bool], lex: Lexicon
) -> bool:
    """ "Brambury Revenue and Excise": a name word, a field, "and" and one more field that is
    no firm word of its own ("and Tarrow Enterprise", "and Power" are other parties) and no
    department before a title ("Research and Development chief")."""
    fields = _pair_fields(lex)
    after = lows[j + 1]
    if lows[start] in lex.first_names or name(j + 2) or after in lex.org_words:
        return False
    if j + 2 < len(lows) and lows[j + 2] in lex.roles:
        return False
    return lows[j - 1] in fields and after in fields


def portfolio_end(e: int, lows: list[str], name: Callable[[int], bool], lex: Lexicon) -> int:
    """End of the portfolio "for Ports and Harbours" after a minister's title ending at token e
    ("Minister", "Secretary of State"), else e."""
    if lows[e - 1] not in lex.portfolio_titles or e + 1 >= len(lows):
        return e
    if lows[e] not in ("for", "of") or not name(e + 1):
        return e
    k = _part_end(e + 1, name)
    if k + 1 < len(lows) and lows[k] == "for" and name(k + 1):
        k = _part_end(k + 1, name)  # "Secretary of State for Energy"
    k = listed_tail(k, lows, name, lex)
    # "general secretary of Harlow Bank", "secretary of Orlo Workers Union": an organization
    last = lows[k - 1].rstrip(".")
    if last in lex.legal_suffixes or last in lex.known_phrases:
        return e
    listed = _listed_fields(lows[e + 1 : k], lex)  # "for Energy and Public Works"
    return e if last in lex.org_words and k - e > 2 and not listed else k  # "of Finance"


def family_body(i: int, j: int, lows: list[str], lex: Lexicon, name: Callable[[int], bool]) -> int:
    """ "the Tallis family foundation", "the Orrin family trust": a surname or two before a
    lower-case "family" and a body word is the body's name (not the bare surname); j when
    "family" at j opens no such body, or the body has a name of its own after it ("the Zagreb
    family office Lakelinor": a descriptor before the office's name)."""
    if j - i > 2 or j + 1 >= len(lows) or lows[j + 1] not in data_words(lex, "family_bodies"):
        return j
    return j if name(j + 2) else j + 2


# the lower-case word between a town and its river: "upon" and the Czech and Slovak "nad"
# ("Kelby nad Orlou")
RIVER_TOWN_PARTICLES: Final = frozenset({"upon", "nad"})


def river_town(i: int, j: int, lows: list[str], name: Callable[[int], bool]) -> int:
    """ "Kelby upon Fenwold", "Burton upon Trent", "Velno nad Orlou": one name word, a
    lower-case "upon" or "nad" and one name word make one town's name; j otherwise ("Tarro,
    upon Kell's request")."""
    one = j - i == 1 or (j - i == 2 and lows[i] == "the")  # "the Kelby upon Fenwold-based"
    if not one or not name(j + 1) or name(j + 2):
        return j
    return j + 2
