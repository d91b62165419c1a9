"""Disputes and rivalry, third set: who the parties are when the sentence does not simply name
them: object lists broken by an aside, plural pronouns, "both firms" after a public body,
an officer who speaks for an organization, descriptions and answers to earlier claims.

Each case is (sentence, relations that must be found, relations that must not be). Every name is
invented; sectors vary on purpose.
"""

from __future__ import annotations

import pytest
from construction_check import Case, Triple, check

# Object lists that go on past an aside: a participle, an appositive, a relative clause, an
# adverbial, a possessed thing.
LISTS: list[Case] = [
    (
        # media: a participle phrase, then "and with" + examples
        "Ravelin Ltd makes a note-taking app. It goes head to head with Glimmer, owned by "
        "Sorvald Media, and with apps like Tiplo and Wenna.",
        [
            ("ravelin", "COMPETES_WITH", "glimmer"),
            ("ravelin", "COMPETES_WITH", "tiplo"),
            ("ravelin", "COMPETES_WITH", "wenna"),
        ],
        [],
    ),
    (
        # machine tools: an appositive, then examples without the preposition again
        "Tarvik Lathes Inc sells lathes. It competes with Brantley Tools, the Swedish toolmaker, "
        "and smaller shops such as Dovecote Ltd and Pirrin Works.",
        [
            ("tarvik-lathes", "COMPETES_WITH", "brantley-tools"),
            ("tarvik-lathes", "COMPETES_WITH", "dovecote"),
            ("tarvik-lathes", "COMPETES_WITH", "pirrin-works"),
        ],
        [],
    ),
    (
        # aviation: an adverbial of place after each object
        "Kestrel Air competes with Flyro Airways in Spain and with Jetwise Air in Italy.",
        [
            ("kestrel-air", "COMPETES_WITH", "flyro-airways"),
            ("kestrel-air", "COMPETES_WITH", "jetwise-air"),
        ],
        [],
    ),
    (
        # retail: a noun trigger's list goes on past a relative clause; the clause's agent is
        # only the first name, so the second owns nothing
        "Pellow Stores Plc sells furniture. Its competitors include Harrow Home, which is owned "
        "by Vance Capital, and Dunmore Living.",
        [
            ("pellow-stores", "COMPETES_WITH", "harrow-home"),
            ("pellow-stores", "COMPETES_WITH", "dunmore-living"),
            ("vance-capital", "OWNS", "harrow-home"),
        ],
        [("dunmore-living", "OWNS", "harrow-home")],
    ),
    (
        # telecoms: a possessed unit, then "and with"
        "Brisk Mobile competes with Tarvo Telecom's budget brand and with Skyreach Mobile.",
        [
            ("brisk-mobile", "COMPETES_WITH", "tarvo-telecom"),
            ("brisk-mobile", "COMPETES_WITH", "skyreach-mobile"),
        ],
        [],
    ),
    (
        # banking: a dispute list past a relative clause and "and against"
        "Orrin Bank Plc filed claims against Harlow Trust, which manages its pension fund, and "
        "against Tamsin Audit LLP.",
        [
            ("orrin-bank", "DISPUTES", "harlow-trust"),
            ("orrin-bank", "DISPUTES", "tamsin-audit"),
        ],
        [],
    ),
]

# Guards: the list does not go on into a new clause, and an agent list of three stays whole.
LIST_GUARDS: list[Case] = [
    (
        "Tarvik Lathes Inc competes with Brantley Tools, the Swedish toolmaker, and Dovecote Ltd "
        "said it would cut prices.",
        [("tarvik-lathes", "COMPETES_WITH", "brantley-tools")],
        [("tarvik-lathes", "COMPETES_WITH", "dovecote")],
    ),
    (
        "Harwick Tools, which is owned by Sorvald Group, Ostara Capital, and Pell Ltd, makes "
        "drills.",
        [("pell", "OWNS", "harwick-tools"), ("sorvald-group", "OWNS", "harwick-tools")],
        [],
    ),
    (
        # a place, then a clause of another verb: no second object
        "Kestrel Air competes with Flyro Airways in Spain and flies to Jetwise Air's hubs.",
        [("kestrel-air", "COMPETES_WITH", "flyro-airways")],
        [("kestrel-air", "COMPETES_WITH", "jetwise-air")],
    ),
]

# Plural pronouns for the two organizations the sentence before opened with.
PRONOUNS: list[Case] = [
    (
        # machine tools: "they" after an opening phrase
        "Tarvik Lathes Inc and Bolsen Machine Ltd make lathes in Ohio. In Europe, they compete "
        "with Brantley Tools.",
        [
            ("tarvik-lathes", "COMPETES_WITH", "brantley-tools"),
            ("bolsen-machine", "COMPETES_WITH", "brantley-tools"),
        ],
        [],
    ),
    (
        # pharma: "them" as the object of a dispute verb
        "Harlow Pharma and Kestel Bio raised the price of insulin. The Patients Alliance "
        "criticised them.",
        [
            ("the-patients-alliance", "DISPUTES", "harlow-pharma"),
            ("the-patients-alliance", "DISPUTES", "kestel-bio"),
        ],
        [],
    ),
    (
        # energy: "them" after an accusation
        "Varno Power and Ardmore Energy raised tariffs in May. The Coastal Energy Regulator "
        "accused them of overcharging.",
        [
            ("coastal-energy-regulator", "DISPUTES", "varno-power"),
            ("coastal-energy-regulator", "DISPUTES", "ardmore-energy"),
        ],
        [],
    ),
]

# Guards: a name before "they" is the clause's own subject; "them" with one of the pair
# named before it is not the pair.
PRONOUN_GUARDS: list[Case] = [
    (
        "Tarvik Lathes Inc and Bolsen Machine Ltd make lathes. Analysts at Pell Research say "
        "they compete with Brantley Tools.",
        [],
        [("pell-research", "COMPETES_WITH", "brantley-tools")],
    ),
    (
        "Harlow Pharma and Kestel Bio raised prices. Harlow Pharma said regulators had "
        "criticised them.",
        [],
        [("harlow-pharma", "DISPUTES", "kestel-bio")],
    ),
]

# "Both firms", "the two companies": never a public body named in between.
BODIES: list[Case] = [
    (
        # agriculture
        "Harlan Mills Ltd and Tobin Grain Inc agreed to merge on Monday. The Agriculture "
        "Ministry opened a review of the deal. Both firms compete with Grainex Corp and with "
        "Pollard Foods.",
        [
            ("harlan-mills", "COMPETES_WITH", "grainex"),
            ("tobin-grain", "COMPETES_WITH", "pollard-foods"),
        ],
        [
            ("the-agriculture-ministry", "COMPETES_WITH", "grainex"),
            ("the-agriculture-ministry", "COMPETES_WITH", "pollard-foods"),
        ],
    ),
    (
        # shipping
        "Varna Shipping Ltd agreed to buy Kestel Lines Inc. The Maritime Authority said it would "
        "look at the deal. The two companies compete with Orrin Freight.",
        [
            ("varna-shipping", "COMPETES_WITH", "orrin-freight"),
            ("kestel-lines", "COMPETES_WITH", "orrin-freight"),
        ],
        [("the-maritime-authority", "COMPETES_WITH", "orrin-freight")],
    ),
]

# An officer or spokesman who speaks for an organization named in the frame before the name.
SPOKESMEN: list[Case] = [
    (
        # retail: a spokesman only speaks; the league is the party
        "The Shoppers League is a consumer group in Leeds. Its spokesman, Ned Carrow, accused "
        "Ambry Stores of buying silence.",
        [("the-shoppers-league", "DISPUTES", "ambry-stores")],
        [("ned-carrow", "DISPUTES", "ambry-stores")],
    ),
    (
        # football: a director acts, and so does his organization
        "The Harwick Supporters Trust met on Monday. Its director, Ola Pike, accused Ostara "
        "Capital of neglecting the club.",
        [
            ("the-harwick-supporters-trust", "DISPUTES", "ostara-capital"),
            ("ola-pike", "DISPUTES", "ostara-capital"),
        ],
        [],
    ),
    (
        # insurance: a possessive frame
        "Pell Mutual's spokeswoman, Ada Lint, criticised Corrib Re for the delay.",
        [("pell-mutual", "DISPUTES", "corrib-re")],
        [],
    ),
    (
        # a description of another kind is not the speaker's own organization
        "Ambry Stores raised prices. The Shoppers League's spokeswoman, Ada Lint, criticised "
        "the retailer.",
        [("the-shoppers-league", "DISPUTES", "ambry-stores")],
        [("the-shoppers-league", "DISPUTES", "the-shoppers-league")],
    ),
]

# Guards: the frame of another person, a name with no role.
SPOKESMEN_GUARDS: list[Case] = [
    (
        "Its rival, Tarn Motors, accused Brisk Auto of copying the design.",
        [],
        [("brisk-auto", "DISPUTES", "brisk-auto")],
    ),
    (
        "Ola Pike, a former director, accused Ostara Capital of neglect.",
        [("ola-pike", "DISPUTES", "ostara-capital")],
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    LISTS + LIST_GUARDS + PRONOUNS + PRONOUN_GUARDS + BODIES + SPOKESMEN + SPOKESMEN_GUARDS,
    ids=lambda x: str(x)[:50],
)
def test_parties(text: str, present: list[Triple], absent: list[Triple]) -> None:
    check(text, present, absent)
