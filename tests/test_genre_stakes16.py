"""Genre bank for stake clauses (round 16): the held firm of a stake sentence about a firm that
is not the article's topic (a target's holder paragraph, a second holder with the object
elided: "A has 70% of T and B has 20%"), held stakes no stake rule read ("who set up T and
has 12%", "keeps its third of the firm", a "with N%" list of three holders), "retain the
other N% of T" and "own the balance" read against the sibling clause's held firm, and a
founding family that is no person.

Each case is a short invented article across glass, food, software, shipping, dairy, mining,
media and retail. Guards: a sold stake, a town in a holder's appositive, a family surname, a
held firm named in the clause that wins over the topic.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

HELD_FIRM: list[Case] = [
    (  # dairy: a held firm named in the clause wins over the article's topic
        "Pellam Foods had a good year. Orvane Holdings owns half of Brisk Dairy, its supplier.",
        [("orvane-holdings", "OWNS", "brisk-dairy")],
        [("orvane-holdings", "OWNS", "pellam-foods")],
    ),
    (  # shipping: second holder with the object elided
        "Quillex Lines is buying Tarvick Ferries. Lorrimer Capital has 70% of Tarvick Ferries "
        "and Dunmarra Partners has 20%.",
        [
            ("lorrimer-capital", "OWNS", "tarvick-ferries"),
            ("dunmarra-partners", "OWNS", "tarvick-ferries"),
        ],
        [("dunmarra-partners", "OWNS", "quillex-lines")],
    ),
    (  # software: gapped second holder and a source phrase
        "Vantora Systems agreed to buy Helix Code. Ostrel Fund holds 30% of Helix Code and "
        "Sorrel Partners owns 20%, according to the firm's latest filing.",
        [
            ("ostrel-fund", "OWNS", "helix-code"),
            ("sorrel-partners", "OWNS", "helix-code"),
        ],
        [("sorrel-partners", "OWNS", "vantora-systems"), ("helix-code", "OWNS", "vantora-systems")],
    ),
    (  # glass: "Behind X stands Y, ... that owns two thirds of it"
        "Behind Ferrow Glass stands Dunmere Capital, the buyout house that still owns about two "
        "thirds of it.",
        [("dunmere-capital", "OWNS", "ferrow-glass")],
        [("ferrow-glass", "OWNS", "dunmere-capital")],
    ),
    (  # media: the target's founder relative, "control it via H with N%"
        "Marlow Media agreed to buy Halvik Radio. Halvik Radio was set up by Ilse Ranick, whose "
        "relatives control it via Kelmar Holding with a 60% stake.",
        [("kelmar-holding", "OWNS", "halvik-radio")],
        [("kelmar-holding", "OWNS", "marlow-media")],
    ),
    (  # retail: the led firm's top holder, never the leader
        "Corvel Stores sells shoes. The firm is led by Ian Roe, and its biggest holder is Quarry "
        "Capital, with about 18%.",
        [("quarry-capital", "OWNS", "corvel-stores"), ("ian-roe", "LEADS", "corvel-stores")],
        [("ian-roe", "OWNS", "corvel-stores")],
    ),
]

HELD_READS: list[Case] = [
    (  # software: a founder relative with a bare share as second conjunct
        "Teodor Vass, who set up Quillex Software in 2009 and has 12%, will join the board.",
        [
            ("teodor-vass", "FOUNDED", "quillex-software"),
            ("teodor-vass", "OWNS", "quillex-software"),
        ],
        [],
    ),
    (  # mining: three holders in a "with N%" list after "belongs to"
        "Halvik Mining belongs to Lorrimer Group, with 40%, Kelvara Resources, with 35%, and "
        "Dunmarra Capital, with 25%.",
        [
            ("lorrimer-group", "OWNS", "halvik-mining"),
            ("kelvara-resources", "OWNS", "halvik-mining"),
            ("dunmarra-capital", "OWNS", "halvik-mining"),
        ],
        [],
    ),
    (  # food: a fraction word with a possessive ("keeps its third of the firm")
        "Marrow Bakeries grew fast. Brannock Capital keeps its third of the firm.",
        [("brannock-capital", "OWNS", "marrow-bakeries")],
        [],
    ),
    (  # media: the residual holders of a target named in the sentence before
        "Quillex Media agreed to buy Tarvick Press. Ida Rask, who owns 40% of Tarvick Press, "
        "will stay on. The remaining stock sits with the fund Orvel Capital, with 35%, and with "
        "Sorrel Partners, with 25%.",
        [("ida-rask", "OWNS", "tarvick-press"), ("orvel-capital", "OWNS", "tarvick-press")],
        [("orvel-capital", "OWNS", "quillex-media"), ("sorrel-partners", "OWNS", "quillex-media")],
    ),
    (  # software: a co-founder relative, the held firm not the article's topic
        "Quillex Software makes payroll tools. Teodor Vass, who co-founded Kelby Labs and still "
        "has about 12%, will join the board.",
        [("teodor-vass", "OWNS", "kelby-labs")],
        [("teodor-vass", "OWNS", "quillex-software")],
    ),
    (  # must still give: a sold share in the second conjunct is no holding
        "Quillex Software makes payroll tools. Teodor Vass, who set up Kelby Labs and sold his "
        "12% last year, will join the board.",
        [("teodor-vass", "FOUNDED", "kelby-labs")],
        [("teodor-vass", "OWNS", "kelby-labs"), ("teodor-vass", "OWNS", "quillex-software")],
    ),
]

REST: list[Case] = [
    (  # locks: "retain the other 70% of S" after another firm's purchase
        "Ambry Locks will buy 30% of Selvane Keys. Harbin Group will retain the other 70% of "
        "Selvane Keys.",
        [("harbin-group", "OWNS", "selvane-keys")],
        [("harbin-group", "OWNS", "ambry-locks")],
    ),
    (  # energy: "own the balance" after a buyer's stake in a named firm
        "Corliss Power is buying 60% of Tamsor Wind. Pellam Energy will own the balance.",
        [("corliss-power", "OWNS", "tamsor-wind")],
        [("pellam-energy", "OWNS", "corliss-power")],
    ),
    (  # guard: a founding family is no person
        "Ostler Brewing opened a new plant. The founding Rask family still holds 15%.",
        [],
        [("rask", "OWNS", "ostler-brewing")],
    ),
    (  # guard: the founding family is not the person of the same surname
        "Ostler Brewing opened a new plant. Its chairman Per Rask said sales rose. The founding "
        "Rask family still holds 15% of the brewer.",
        [("per-rask", "LEADS", "ostler-brewing")],
        [("per-rask", "OWNS", "ostler-brewing")],
    ),
    (  # guard: a family sells its firm: the buyer owns the firm, not the family
        "Ostler Brewing opened a new plant. The founding Rask family sold it to Kelby Group in "
        "2010.",
        [("kelby-group", "OWNS", "ostler-brewing")],
        [("kelby-group", "OWNS", "rask")],
    ),
    (  # must still give: the family's named vehicle holds the firm
        "Ostler Brewing opened a new plant. The controlling Rask family owns 60% of the brewer "
        "through Rask Holding.",
        [("rask-holding", "OWNS", "ostler-brewing")],
        [("rask", "OWNS", "ostler-brewing")],
    ),
]

GUARDS: list[Case] = [
    (  # guard: a sold stake is no holding
        "Kelso Paper had a hard year. Ida Marsh, who sold her 12% last spring, left the board.",
        [],
        [("ida-marsh", "OWNS", "kelso-paper")],
    ),
    (  # one-firm article: bare shares of the topic are still read
        "Quillex Tools raised prices. Orvel Capital holds 10% and Sorrel Partners 5%.",
        [("orvel-capital", "OWNS", "quillex-tools"), ("sorrel-partners", "OWNS", "quillex-tools")],
        [],
    ),
    (  # one-firm article: "owner of 23% of the firm" still the topic
        "Ferro Cables held its annual meeting. Lantern Capital, owner of 23% of the firm, "
        "backed the chair.",
        [("lantern-capital", "OWNS", "ferro-cables")],
        [],
    ),
    (  # a stake sold to a buyer by its holder: no FUNDS to the seller
        "Ostrel Group sold its 20% stake in Halvik Foods to Brannock Capital.",
        [],
        [("brannock-capital", "FUNDS", "ostrel-group")],
    ),
    (  # snacks: a gapped second holder several sentences after the deal, with a source phrase
        "Quillex Foods has agreed to acquire Tarvick Snacks for $90m. Quillex said the deal would "
        "lift its sales. Its shares rose 4%. Ostrel Fund holds 30% of Tarvick and Orvel Capital "
        "owns 20%, according to the firm's latest filing.",
        [("ostrel-fund", "OWNS", "tarvick-snacks"), ("orvel-capital", "OWNS", "tarvick-snacks")],
        [("orvel-capital", "OWNS", "quillex-foods"), ("tarvick-snacks", "OWNS", "quillex-foods")],
    ),
    (  # must still give: coordinated holders of a bare share are both holders
        "Ferrow Bakeries grew fast. Orvel Capital and Sorrel Partners together hold 30%.",
        [
            ("orvel-capital", "OWNS", "ferrow-bakeries"),
            ("sorrel-partners", "OWNS", "ferrow-bakeries"),
        ],
        [],
    ),
    (  # must still give: the second clause names its own held firm
        "Ostrel Fund holds 30% of Kelby Glass and Orvel Capital owns 20% of Tamsor Wind.",
        [("ostrel-fund", "OWNS", "kelby-glass"), ("orvel-capital", "OWNS", "tamsor-wind")],
        [("orvel-capital", "OWNS", "kelby-glass"), ("kelby-glass", "OWNS", "tamsor-wind")],
    ),
    (  # snacks: a founder relative "who owns 40% of the firm" after "T was set up by"
        "Quillex Foods has agreed to acquire Tarvick Snacks for $90m. Quillex said the deal would "
        "lift its sales. Its shares rose 4%. Tarvick was set up in 2004 by Ida Rask, who owns 40% "
        "of the firm. The remaining stock sits with the fund Orvel Capital, with 35%, and with "
        "Sorrel Partners, with 25%.",
        [
            ("ida-rask", "OWNS", "tarvick-snacks"),
            ("orvel-capital", "OWNS", "tarvick-snacks"),
            ("sorrel-partners", "OWNS", "tarvick-snacks"),
        ],
        [("ida-rask", "OWNS", "quillex-foods"), ("orvel-capital", "OWNS", "quillex-foods")],
    ),
    (  # mining: "was founded by P, who holds a third of the company" beside another firm
        "Kelso Metals supplies Dunmore Mining. Dunmore was founded by Ann Holt, who holds a "
        "third of the company.",
        [("ann-holt", "OWNS", "dunmore-mining")],
        [("ann-holt", "OWNS", "kelso-metals")],
    ),
    (  # must still give: "controlled by K, which bought 60% of the company"
        "Corliss Power supplies Tamsor Wind. Tamsor Wind is controlled by Orvane Capital, which "
        "bought 60% of the company in 2019.",
        [("orvane-capital", "OWNS", "tamsor-wind")],
        [("orvane-capital", "OWNS", "corliss-power")],
    ),
    (  # snacks: a founder's "whose relatives control it via H with N%", the deal far back
        "Quillex Foods has agreed to acquire Tarvick Snacks for $90m. Quillex said the deal would "
        "lift its sales. Its shares rose 4%. Tarvick was set up by Ivo Rask, whose relatives "
        "control it via Rask Holding with a 55 percent stake. Orvel Capital owns 30% and managers "
        "hold the rest.",
        [("rask-holding", "OWNS", "tarvick-snacks"), ("orvel-capital", "OWNS", "tarvick-snacks")],
        [("rask-holding", "OWNS", "quillex-foods"), ("orvel-capital", "OWNS", "quillex-foods")],
    ),
    (  # textiles: a holder in a relative on a holding passive's agent
        "Pellam Mills supplies Corvel Stores. Corvel is controlled by the Ostrander Trust, whose "
        "fund Dunmere Capital holds 25%.",
        [("dunmere-capital", "OWNS", "corvel-stores")],
        [("dunmere-capital", "OWNS", "pellam-mills")],
    ),
]

TARGET_PARAGRAPH: list[Case] = [
    (  # snacks: residual holders after a target's holder sentence, far from the deal
        "Quillex Foods agreed to buy Tarvick Snacks for $90m. Quillex said the deal would lift "
        "sales. Ida Rask, who owns 40% of the firm, stays on to run Tarvick. The remaining stock "
        "sits with the fund Orvel Capital, with 35%, and with Sorrel Partners, with 25%.",
        [
            ("orvel-capital", "OWNS", "tarvick-snacks"),
            ("sorrel-partners", "OWNS", "tarvick-snacks"),
        ],
        [("orvel-capital", "OWNS", "quillex-foods"), ("sorrel-partners", "OWNS", "quillex-foods")],
    ),
    (  # cement: the target as the previous sentence's subject, a founder relative
        "Harrow Cement will take over Kelby Aggregates for $300m. Harrow expects savings of $20m. "
        "Kelby was set up by Ivo Marsh, whose relatives control it via Marsh Holding with a 60% "
        "stake. Dunmere Capital owns 30% and managers hold the rest.",
        [
            ("marsh-holding", "OWNS", "kelby-aggregates"),
            ("dunmere-capital", "OWNS", "kelby-aggregates"),
        ],
        [("dunmere-capital", "OWNS", "harrow-cement")],
    ),
    (  # software: the target's holder list after a sentence on who runs it
        "Vantora Systems agreed to buy Helix Code for $40m. Vantora said the deal would close in "
        "May. Helix Code is run by Ida Brand. The other shares belong to the fund Ostrel Capital, "
        "with 30%, and to Sorrel Partners, with 20%.",
        [("ostrel-capital", "OWNS", "helix-code"), ("sorrel-partners", "OWNS", "helix-code")],
        [
            ("ostrel-capital", "OWNS", "vantora-systems"),
            ("sorrel-partners", "OWNS", "vantora-systems"),
        ],
    ),
    (  # shipping: "the buyout house H has N percent" after a sentence on the target
        "Marlow Lines agreed to buy Pellam Ferries for $75m. Marlow said the deal would add "
        "routes. Pellam was founded in 1990. The buyout house Orvane Capital has 60 percent and "
        "managers own the remainder.",
        [("orvane-capital", "OWNS", "pellam-ferries")],
        [("orvane-capital", "OWNS", "marlow-lines")],
    ),
    (  # must still give: back on the buyer, its own holder is the buyer's
        "Marlow Lines agreed to buy Pellam Ferries for $75m. Marlow said the deal would add "
        "routes. Pellam was founded in 1990. Marlow itself listed in 2004. Orvane Capital holds "
        "12% and backs the purchase.",
        [("orvane-capital", "OWNS", "marlow-lines")],
        [("orvane-capital", "OWNS", "pellam-ferries")],
    ),
    (  # must still give: a one-firm article's bare holders
        "Quillex Foods makes crisps. Quillex said sales rose. Quillex was founded in 1950. Orvel "
        "Capital holds 10% and Sorrel Partners 5%.",
        [("orvel-capital", "OWNS", "quillex-foods"), ("sorrel-partners", "OWNS", "quillex-foods")],
        [],
    ),
]

BANK = HELD_FIRM + HELD_READS + REST + GUARDS + TARGET_PARAGRAPH
GAPS: dict[str, str] = {
    "Behind Ferrow Glass stands": "no rule reads 'Behind X stands Y' with a fraction word "
    "('two thirds of it') in Y's appositive relative",
    "Marrow Bakeries grew fast.": "a possessive fraction ('keeps its third of the firm') is "
    "read by no stake rule",
    "Ambry Locks will buy 30%": "'retain the other 70% of S' after another buyer's stake: "
    "no rule reads the named held firm of a kept share",
    "Vantora Systems agreed to buy Helix Code for": "the target as the previous sentence's "
    "subject is not enough to move a bare stake off the buyer (a blind13 stake needs the buyer)",
    "Marlow Lines agreed to buy Pellam Ferries for $75m. Marlow said the deal would add routes. "
    "Pellam was founded in 1990. The buyout": "as above: the target as the previous "
    "sentence's subject",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_stakes16(case: Case) -> None:
    check(*case)
