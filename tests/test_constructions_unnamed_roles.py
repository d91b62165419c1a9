"""Roles whose organization is not named (`loaders.relations.unnamed_roles`): the holder leads
the company the text is about, never its buyer or a holding firm of another sentence.

Each case is (text, relations that must be found, relations that must not be), invented, in
several sectors; guards say what a text must not yield.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

BARE: list[Case] = [
    (  # textiles: a seat taken and a relative appointment, right after a takeover
        "Dunraven Holdings has agreed to buy Pellmoor Textiles for £40m. Ines Kapoor will take "
        "the chair, while Tobias Reeve, whom the old owners made managing director in 2021, "
        "keeps his job.",
        [
            ("ines-kapoor", "LEADS", "pellmoor-textiles"),
            ("tobias-reeve", "LEADS", "pellmoor-textiles"),
        ],
        [
            ("ines-kapoor", "LEADS", "dunraven-holdings"),
            ("tobias-reeve", "LEADS", "dunraven-holdings"),
        ],
    ),
    (  # football: "is to become chairman" after the club was bought
        "Selby Sports Group has bought Harwick Rovers. Dan Oyelowo is to become chairman.",
        [("dan-oyelowo", "LEADS", "harwick-rovers")],
        [("dan-oyelowo", "LEADS", "selby-sports-group")],
    ),
    (  # media: "keeps the job of studio boss"
        "Ostrow Games was bought by Lumen Interactive in 2022. Karen Marlowe keeps the job of "
        "studio boss.",
        [("karen-marlowe", "LEADS", "ostrow-games")],
        [("karen-marlowe", "LEADS", "lumen-interactive")],
    ),
    (  # telecoms: a seat taken at a named company
        "Brisa Telecom was bought by Calloway Group in May. James Weber takes the helm at Brisa "
        "Telecom in June.",
        [("james-weber", "LEADS", "brisa-telecom")],
        [("james-weber", "LEADS", "calloway-group")],
    ),
    (  # steel: "its" in the holder's appositive is no other organization
        "Corvin Steel was bought by Hale Group in March. Sarah Milner, its finance director, "
        "will take over the chair.",
        [("sarah-milner", "LEADS", "corvin-steel")],
        [("sarah-milner", "LEADS", "hale-group")],
    ),
    (  # steel: "step up to the chair"
        "Corvin Steel was bought by Hale Group in March. Sarah Milner will step up to the chair "
        "in May.",
        [("sarah-milner", "LEADS", "corvin-steel")],
        [("sarah-milner", "LEADS", "hale-group")],
    ),
    (  # aviation: "took the chair at X"
        "Ferro Aviation builds seats. Laura Castell took the chair at Boreal Air in 2019.",
        [("laura-castell", "LEADS", "boreal-air")],
        [("laura-castell", "LEADS", "ferro-aviation")],
    ),
    (  # aviation: a relative appointment
        "Ferro Aviation builds seats. Laura Castell, whom the board named chief executive in "
        "2020, wants a listing.",
        [("laura-castell", "LEADS", "ferro-aviation")],
        [],
    ),
    (  # aviation: "retains her post as chief executive"
        "Ferro Aviation builds seats. Laura Castell retains her post as chief executive.",
        [("laura-castell", "LEADS", "ferro-aviation")],
        [],
    ),
    (  # agriculture: a relative clause on an appositive, an adverb before "its"
        "Pampa Grains exports soy. Luis Ferreyra, a former trader who is now its chief "
        "executive, met the minister.",
        [("luis-ferreyra", "LEADS", "pampa-grains")],
        [],
    ),
    (  # agriculture: "who is still its chairman"
        "Pampa Grains exports soy. Luis Ferreyra, who is still its chairman, met the minister.",
        [("luis-ferreyra", "LEADS", "pampa-grains")],
        [],
    ),
    (  # utilities, live blog: a bare title names the article's subject, not the last bidder
        "Greystone Water received a second offer on Monday. Greystone Water has 2 million "
        "customers.\n\n10:02 Talbot Infrastructure said it would raise its offer. Marrow Capital "
        "declined to comment.\n\n10:15 Chair Maud Tennick told reporters the bid was fair.",
        [("maud-tennick", "LEADS", "greystone-water")],
        [("maud-tennick", "LEADS", "marrow-capital")],
    ),
]

HANDED: list[Case] = [
    (  # bakery: "running it fell to managing director X"
        "Kessel Bakeries sells bread in Leeds. Running it fell last year to managing director "
        "Anna Brill.",
        [("anna-brill", "LEADS", "kessel-bakeries")],
        [],
    ),
    (  # bakery: "control of the bakery passed to"
        "Kessel Bakeries sells bread in Leeds. Control of the bakery passed in 2019 to chief "
        "executive Anna Brill.",
        [("anna-brill", "LEADS", "kessel-bakeries")],
        [],
    ),
    (  # the company of the text when the sentence names none
        "Kessel Bakeries sells bread in Leeds. In 2019 management passed to chief executive "
        "Anna Brill.",
        [("anna-brill", "LEADS", "kessel-bakeries")],
        [],
    ),
    (  # a capital made "Management" a name: still the running noun
        "Kessel Bakeries sells bread in Leeds. Management moved to chief executive Anna Brill in "
        "2019.",
        [("anna-brill", "LEADS", "kessel-bakeries")],
        [],
    ),
    (  # "management at X": X is run
        "Kessel Bakeries sells bread in Leeds. Management at Orrin Foods moved to chief "
        "executive Anna Brill in 2019.",
        [("anna-brill", "LEADS", "orrin-foods")],
        [("anna-brill", "LEADS", "kessel-bakeries")],
    ),
    (  # a description with an age: "the 40-year-old bakery"
        "Kessel Bakeries sells bread in Leeds. In 2019 Anna Brill became chief executive of the "
        "40-year-old bakery.",
        [("anna-brill", "LEADS", "kessel-bakeries")],
        [],
    ),
    (  # guard: a function's head
        "Kessel Bakeries sells bread in Leeds. Running it fell last year to finance director "
        "Anna Brill.",
        [],
        [("anna-brill", "LEADS", "kessel-bakeries")],
    ),
    (  # guard: negation
        "Kessel Bakeries sells bread in Leeds. Running it never fell to managing director Anna "
        "Brill.",
        [],
        [("anna-brill", "LEADS", "kessel-bakeries")],
    ),
]

GUARDS: list[Case] = [
    (  # the company the article's subject bought keeps its chief executive
        "Hale Group makes steel. Hale Group has bought Corvin Pipes. Hale Group wants growth. "
        "Corvin Pipes makes pipes. Chief executive Sarah Milner will stay.",
        [("sarah-milner", "LEADS", "corvin-pipes")],
        [("sarah-milner", "LEADS", "hale-group")],
    ),
    (  # negation
        "Corvin Steel was bought by Hale Group in March. Sarah Milner will not step up to the "
        "chair.",
        [],
        [("sarah-milner", "LEADS", "corvin-steel")],
    ),
    (  # negation: a seat not taken
        "Ferro Aviation builds seats. Laura Castell will not take the chair.",
        [],
        [("laura-castell", "LEADS", "ferro-aviation")],
    ),
    (  # a committee's chair leads no company
        "Ferro Aviation builds seats. Laura Castell will take the chair of the audit committee.",
        [],
        [("laura-castell", "LEADS", "ferro-aviation")],
    ),
    (  # the head of a function does not lead
        "Ferro Aviation builds seats. Laura Castell, whom the board named finance chief in 2020, "
        "wants a listing.",
        [],
        [("laura-castell", "LEADS", "ferro-aviation")],
    ),
    (
        "Ferro Aviation builds seats. Laura Castell, whom the board named head of marketing in "
        "2020, wants a listing.",
        [],
        [("laura-castell", "LEADS", "ferro-aviation")],
    ),
    (
        "Ferro Aviation builds seats. Laura Castell keeps her job as chief financial officer.",
        [],
        [("laura-castell", "LEADS", "ferro-aviation")],
    ),
    (
        "Pampa Grains exports soy. Luis Ferreyra is still its head of sales.",
        [],
        [("luis-ferreyra", "LEADS", "pampa-grains")],
    ),
]

# the article is about the company bought: a role of a reference tied to its owner is its own
REDIRECTED: list[Case] = [
    (  # bakery: "its chair" after "X owns [the subject]"
        "Kessel Bakeries sells bread across Yorkshire. Kessel Bakeries was founded in 1921. "
        "Vantor Holdings owns Kessel Bakeries. Anna Brill has been its chair since 2015.",
        [("anna-brill", "LEADS", "kessel-bakeries")],
        [("anna-brill", "LEADS", "vantor-holdings")],
    ),
    (  # bakery: "chairs the firm today"
        "Kessel Bakeries sells bread across Yorkshire. Kessel Bakeries was founded in 1921. "
        "Vantor Holdings bought Kessel Bakeries in 2019. Anna Brill chairs the firm today.",
        [("anna-brill", "LEADS", "kessel-bakeries")],
        [("anna-brill", "LEADS", "vantor-holdings")],
    ),
    (  # shipping: "remains chief executive of the business" after a takeover
        "Norrland Ferries carries cars across the Baltic. Norrland Ferries was founded in 1961. "
        "Ostmark Shipping acquired Norrland Ferries last year. Petra Lindqvist remains chief "
        "executive of the business.",
        [("petra-lindqvist", "LEADS", "norrland-ferries")],
        [("petra-lindqvist", "LEADS", "ostmark-shipping")],
    ),
    (  # steel: a post kept after a takeover is the company bought's, whoever reports it
        "Corvin Steel makes pipes. Corvin Steel employs 900 people. Hale Group has agreed to "
        "buy Corvin Steel. Hale Group said Sarah Milner will remain chief executive.",
        [("sarah-milner", "LEADS", "corvin-steel")],
        [("sarah-milner", "LEADS", "hale-group")],
    ),
    (  # guard: the buyer's own chief executive is the buyer's
        "Corvin Steel makes pipes. Corvin Steel employs 900 people. Hale Group has agreed to "
        "buy Corvin Steel. Hale Group chief executive Tom Reyes said Sarah Milner will remain "
        "chief executive.",
        [("tom-reyes", "LEADS", "hale-group"), ("sarah-milner", "LEADS", "corvin-steel")],
        [("tom-reyes", "LEADS", "corvin-steel")],
    ),
    (  # guard: the owner named with the role stays the owner's
        "Kessel Bakeries sells bread across Yorkshire. Kessel Bakeries was founded in 1921. "
        "Vantor Holdings owns Kessel Bakeries. Vantor Holdings chair Anna Brill is pleased.",
        [("anna-brill", "LEADS", "vantor-holdings")],
        [("anna-brill", "LEADS", "kessel-bakeries")],
    ),
    (  # guard: a sentence-initial "Its chief executive" reads the sentence before's subject
        "Velden Insurance sells farm cover. Harrow Re bought Velden Insurance in March. Harrow "
        "Re is based in Bermuda. Its chief executive, Olu Adeyemi, said the deal was done.",
        [("olu-adeyemi", "LEADS", "harrow-re")],
        [("olu-adeyemi", "LEADS", "velden-insurance")],
    ),
]


@pytest.mark.parametrize("case", BARE + HANDED + GUARDS + REDIRECTED, ids=lambda c: c[0][:60])
def test_unnamed_roles(case: Case) -> None:
    check(*case)


# a quote-final title: the company before the role is no speaker (no Person vote for it)
QUOTE_FINAL: list[Case] = [
    (  # energy
        '"Capacity is tight," said Pelham Oils CEO Ruth Amsel.',
        [("ruth-amsel", "LEADS", "pelham-oils")],
        [],
    ),
    (  # shipping: a company name without an organization word
        'Harbor Freight Lines raised prices. "Capacity is tight," said Harbor Freight Lines CEO '
        "Ruth Amsel.",
        [("ruth-amsel", "LEADS", "harbor-freight-lines")],
        [],
    ),
    (  # retail: a long title
        "\u201cStores are full,\u201d said Corrin Home chief executive Peter Vale.",
        [("peter-vale", "LEADS", "corrin-home")],
        [],
    ),
]


@pytest.mark.parametrize("case", QUOTE_FINAL, ids=lambda c: c[0][:60])
def test_quote_final_title(case: Case) -> None:
    check(*case)


def test_quoted_speaker_is_still_a_person() -> None:
    """The quote cue still types the speaker when no role follows the name."""
    from loaders.article import extract

    doc = extract('"We are booked until 2030," said Ama Kowalczyk.')
    assert doc.entities["ama-kowalczyk"].type == "Person"
