"""Genre bank for leaders whose firm the sentence leaves to context (round 32).

- A market briefing: after "A agreed to buy B", a bare title that speaks to analysts or
  investors (on a call, at a briefing) is the buyer's, the nearest subject, not the firm it
  bought; a seller's, not the unit it sold. Guards: the bought firm's own managing director
  when the bought firm is the subject just before, a founder, a holder staying or leaving, a
  title the sentence gives a firm ("Pardo chief executive").
- A passive after an opening appositive: "X, a unit of the group M, cooks soups in its kitchens
  near Leeds and is headed by P": P leads X, the appositive's head, not the parent named inside
  it.

Each case is a short invented text, across food, engineering, retail, software, dairy, brewing
and shipping.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

BRIEFINGS: list[Case] = [
    (  # food: a quote, then the speaker tells analysts during a call
        "Grindle Foods buys Pellow Dairies\n\nGrindle Foods has agreed to buy Pellow Dairies for "
        '80 million euros, Grindle said on Monday.\n"We waited a decade for this," chief '
        "executive Ana Duarte told analysts during a morning call, and she said the merged "
        "group would sell more yoghurt.\nGrindle will keep the plant in Braga.",
        [("ana-duarte", "LEADS", "grindle-foods")],
        [("ana-duarte", "LEADS", "pellow-dairies")],
    ),
    (  # engineering: investors, no quote
        "Kestrel Pumps buys Ardlow Valves\n\nKestrel Pumps agreed on Tuesday to acquire Ardlow "
        "Valves, Kestrel said.\nChairman Ivo Brandt told investors the merger would lift "
        "margins.\nKestrel expects the sale to close in June.",
        [("ivo-brandt", "LEADS", "kestrel-pumps")],
        [("ivo-brandt", "LEADS", "ardlow-valves")],
    ),
    (  # retail: "said during a call with analysts"
        "Marlow Stores to buy Fenwick Outfitters\n\nMarlow Stores will buy Fenwick Outfitters "
        'for 40 million pounds, Marlow said.\n"This gives us the north," chief executive '
        "Tessa Grey said during a call with analysts.\nMarlow will keep all its stores.",
        [("tessa-grey", "LEADS", "marlow-stores")],
        [("tessa-grey", "LEADS", "fenwick-outfitters")],
    ),
    (  # food: the bought firm is the article's most named
        "Grindle Foods buys Pellow Dairies\n\nGrindle Foods has agreed to buy Pellow Dairies, "
        'the companies said.\n"We waited a decade for this," chief executive Ana Duarte '
        "told analysts during a morning call.\nPellow will keep its plant, and Pellow will keep "
        "its name.",
        [("ana-duarte", "LEADS", "grindle-foods")],
        [("ana-duarte", "LEADS", "pellow-dairies")],
    ),
    (  # retail: the quotation's subject is the bought firm
        "Marlow Stores to buy Fenwick Outfitters\n\nMarlow Stores will buy Fenwick Outfitters "
        'for 40 million pounds, Marlow said.\n"Fenwick gives us the north," chief executive '
        "Tessa Grey said during a call with analysts.\nMarlow will keep the Fenwick name.",
        [("tessa-grey", "LEADS", "marlow-stores")],
        [("tessa-grey", "LEADS", "fenwick-outfitters")],
    ),
    (  # guard, dairy: the bought firm is the subject just before, its own director speaks
        "Grindle Foods buys Pellow Dairies\n\nGrindle Foods has agreed to buy Pellow Dairies for "
        "80 million euros, Grindle said on Monday.\nPellow, which was founded in 1971, makes "
        "yoghurt in Braga.\nManaging director Rui Pellow told analysts the dairy would keep "
        "its name.\nGrindle will keep the plant in Braga.",
        [],
        [("rui-pellow", "LEADS", "grindle-foods")],
    ),
    (  # guard, dairy: the bought firm's founder speaks of staying on
        "Grindle Foods buys Pellow Dairies\n\nGrindle Foods has agreed to buy Pellow Dairies for "
        "80 million euros, Grindle said on Monday.\nFounder Rui Pellow told analysts he would "
        "stay on for a year.\nGrindle will keep the plant in Braga.",
        [("rui-pellow", "FOUNDED", "pellow-dairies")],
        [("rui-pellow", "FOUNDED", "grindle-foods")],
    ),
    (  # guard, dairy: the bought firm's outgoing chief
        "Grindle Foods buys Pellow Dairies\n\nGrindle Foods has agreed to buy Pellow Dairies for "
        "80 million euros, Grindle said on Monday.\nOutgoing chief executive Rui Pellow told "
        "investors he would leave once the deal closed.\nGrindle will keep the plant in Braga.",
        [("rui-pellow", "LEADS", "pellow-dairies")],
        [("rui-pellow", "LEADS", "grindle-foods")],
    ),
    (  # dairy: a seller's chief speaks to analysts, not the unit it sold
        "Pellow sells Brava\n\nPellow Dairies has sold its ice-cream unit, Brava Gelati, to "
        "Grindle Foods for 30 million euros, Pellow said.\nChief executive Marta Sousa told "
        "analysts the sale would cut debt.\nPellow will keep its plant in Braga.",
        [("marta-sousa", "LEADS", "pellow-dairies")],
        [("marta-sousa", "LEADS", "brava-gelati")],
    ),
    (  # the bought firm's family-named chairman speaks to analysts
        "Grindle Foods buys Pellow Dairies\n\nGrindle Foods has agreed to buy Pellow Dairies for "
        "80 million euros, Grindle said on Monday.\nPellow chief executive Marta Sousa will join "
        "the Grindle board. Chairman Rui Pellow told analysts the price was fair.\nGrindle will "
        "keep the plant in Braga.",
        [("rui-pellow", "LEADS", "pellow-dairies")],
        [("rui-pellow", "LEADS", "grindle-foods")],
    ),
    (  # guard, software: the title names its firm, "Pardo chief executive"
        "Quenby Software buys Pardo Apps\n\nQuenby Software agreed to buy Pardo Apps, Quenby "
        "said.\nPardo chief executive Nils Orme told investors the apps would stay free.\n"
        "Quenby will pay in cash.",
        [("nils-orme", "LEADS", "pardo-apps")],
        [("nils-orme", "LEADS", "quenby-software")],
    ),
]

APPOSED_PASSIVES: list[Case] = [
    (  # dairy: a unit of a named group, a long verb phrase before the passive
        "Corliss, a unit of the dairy group Halvemark, cooks ready meals and soups in its "
        "kitchens near Leeds and is headed by chief executive Rosa Hallam.",
        [("rosa-hallam", "LEADS", "corliss")],
        [("rosa-hallam", "LEADS", "halvemark")],
    ),
    (  # brewing: "a subsidiary of", "is run by"
        "Tarrant Ales, a subsidiary of the Belgian brewer Vandersloot, brews stout at its site "
        "outside Derby and is run by managing director Owen Dale.",
        [("owen-dale", "LEADS", "tarrant-ales")],
        [("owen-dale", "LEADS", "vandersloot")],
    ),
    (  # shipping: a short verb phrase (read before)
        "Brisk Ferries, a unit of the shipping group Malden, runs two routes and is headed by "
        "chief executive Ida Moss.",
        [("ida-moss", "LEADS", "brisk-ferries")],
        [("ida-moss", "LEADS", "malden")],
    ),
    (  # guard, engineering: no appositive, the name before is a customer
        "Brisk Pumps makes valves for Halvemark at its plant outside Leeds and is run by "
        "managing director Ian Vole.",
        [("ian-vole", "LEADS", "brisk-pumps")],
        [("ian-vole", "LEADS", "halvemark")],
    ),
    (  # a relative clause names the owner: its subject is taken for the passive's patient
        "Corliss, which Halvemark bought in 2015, cooks ready meals in its kitchens near Leeds "
        "and is headed by chief executive Rosa Hallam.",
        [("rosa-hallam", "LEADS", "corliss")],
        [("rosa-hallam", "LEADS", "halvemark")],
    ),
]

GAPS: dict[str, str] = {
    "Grindle Foods buys Pellow Dairies\n\nGrindle Foods has agreed to buy Pellow Dairies, the": (
        "a leader of the buyer is redirected to the bought firm when that is the article's "
        "most named (`unnamed_roles.redirected`)"
    ),
    "Marlow Stores to buy Fenwick Outfitters\n\nMarlow Stores will buy Fenwick Outfitters "
    'for 40 million pounds, Marlow said.\n"Fenwick': (
        "a quotation's subject before a bare title is read as the title's firm "
        "(`role._bare_title_org`)"
    ),
    "Grindle Foods buys Pellow Dairies\n\nGrindle Foods has agreed to buy Pellow Dairies for "
    "80 million euros, Grindle said on Monday.\nPellow chief": (
        "a bare title whose holder bears the bought firm's name is read as the buyer's when it "
        "speaks to the market (`unnamed_roles.bare_role_org`)"
    ),
    "Corliss, which Halvemark": (
        "a relative clause's subject before the verb phrase is read as the passive's patient "
        "(`verbal._first_subject`)"
    ),
}

BANK = BRIEFINGS + APPOSED_PASSIVES


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_leads32(case: Case) -> None:
    check(*case)
