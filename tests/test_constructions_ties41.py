"""Partnership readings of round 41 (invented sentences, several sectors).

A partnership clause opened by "with which" names its partner by the relative's antecedent
("Orvo, with which the group has partnered since 2020"). When a description sets that
antecedent off ("Pellam Optics, the Dutch lens maker with which it has had an alliance"), the
name before the description's comma is the partner, not the description's last word:

- the description runs straight into "with which" ("a Galway weaving studio with which");
- the description is closed by its own comma (", the Austrian motor maker, with which");
- a place inside the description ("a Tashkent studio") does not stop it.

Lookalikes stay unread: a second firm inside the description ("the owner of Orvo with which":
which name is meant is unclear), a doubt or negation in the clause, a clause that names no
tie ("with which it competes"), and a description that is not set off by a comma.

A firm that names another its partner partners with it (`partnering/named-partner`):

- a relative clause on the partner: "Orvo Foods, which Kelso Mills calls its partner", past a
  description ("Brisk Haulage, a carrier in Hull that Tarvo calls ...", "X, the Leeds
  roaster, which Y describes as its partner") or a place ("X of Nairobi, which");
- the main clause: "Kelso Mills calls Orvo Foods its partner", "describes X as "our partner"";
- the antecedent as the relative's subject: "Osk Silica, a sand supplier from Nagoya in Japan,
  which calls Brannock its partner";
- a person speaking for the one firm the article ties them to ("Ann Vale, who founded Kelso,
  ... which Vale described as "our partner"").

Lookalikes stay unread: a doubt or a past before the noun ("a potential partner", "its former
partner"), a negation, another firm's partner ("calls X Tarvo's partner"), another noun
("calls X its biggest customer"), a pronoun namer, and a person tied to no firm.

Each case is (text, relations that must be found, relations that must not be).
"""

from __future__ import annotations

import pytest
from construction_check import Case, check

DESCRIBED_WITH_WHICH: list[Case] = [
    (  # pharma: the description runs into "with which", a pronoun subject
        "Corvane Pharma stocks inhalers from Telvic Labs, the Danish generics maker with "
        "which it signed an alliance in 2017.",
        [("corvane-pharma", "PARTNERS_WITH", "telvic-labs")],
        [],
    ),
    (  # engineering: the description closed by its own comma
        "Brannock Pumps fits every unit with a motor from Quessel Antriebe, the Austrian "
        "motor maker, with which it formed a technology alliance in 2011.",
        [("brannock-pumps", "PARTNERS_WITH", "quessel-antriebe")],
        [],
    ),
    (  # textiles: a place inside the description, "the cooperative" as the subject
        "Halvor Weavers' Cooperative sells rugs in Oslo. Its patterns are drawn by "
        "Kerrow Looms, a Galway design studio with which the cooperative struck a "
        "partnership in 2020.",
        [("halvor-weavers-cooperative", "PARTNERS_WITH", "kerrow-looms")],
        [],
    ),
    (  # food: a named subject, "has partnered"
        "Its cocoa comes from Ardena Growers, a Ghanaian farming group with which Velmont "
        "Chocolate has partnered since 2015.",
        [("velmont-chocolate", "PARTNERS_WITH", "ardena-growers")],
        [],
    ),
]

DESCRIBED_WITH_WHICH_TRAPS: list[Case] = [
    (  # a second firm inside the description: the antecedent is unclear
        "Tarrow Foods buys flour from Lennic Mills, the owner of Orvo Bakeries with which "
        "it has a partnership.",
        [],
        [("tarrow-foods", "PARTNERS_WITH", "lennic-mills")],
    ),
    (  # a doubt: a partnership it could form is none yet
        "Sorel Freight hauls for Dunmore Steel, the Welsh steel maker with which it could "
        "form an alliance next year.",
        [],
        [("sorel-freight", "PARTNERS_WITH", "dunmore-steel")],
    ),
    (  # no tie named in the clause: a rival, no partner
        "Kelso Ovens lost share to Brisk Appliances, the Italian oven maker with which it "
        "competes in Spain.",
        [],
        [("kelso-ovens", "PARTNERS_WITH", "brisk-appliances")],
    ),
    (  # a negation in the clause
        "Halden Solar buys panels from Pellam Energy, the Korean panel maker with which it "
        "has never had a partnership.",
        [],
        [("halden-solar", "PARTNERS_WITH", "pellam-energy")],
    ),
]


NAMED_PARTNERS: list[Case] = [
    (  # coffee: the antecedent past a description closed by a comma, "describes as its"
        "Orvo Foods added an iced mocha in June. Its beans come from Quint Roasters, the "
        "Bristol bean roaster, which Orvo describes as its main partner for hotels.",
        [("orvo-foods", "PARTNERS_WITH", "quint-roasters")],
        [],
    ),
    (  # vaping: a place after the antecedent, a quoted phrase after "its"
        "Kestrel Brands sells bicycle lights in Europe. In Chile they are stocked by Brisk "
        'Traders of Valparaiso, which Kestrel Brands calls its "sole partner on the coast".',
        [("kestrel-brands", "PARTNERS_WITH", "brisk-traders")],
        [],
    ),
    (  # training: "described as "our partner"" inside a quotation
        "Telvor Appliances hired 300 people this year. Their apprentices are taught at the "
        'Arlen Technical College, which Telvor described as "our partner for every intake".',
        [("telvor-appliances", "PARTNERS_WITH", "arlen-technical-college")],
        [],
    ),
    (  # logistics: the main clause, a named subject and object
        "Halvex Logistics expanded in May. Halvex Logistics calls Dunmore Freight its "
        "closest partner in Poland.",
        [("halvex-logistics", "PARTNERS_WITH", "dunmore-freight")],
        [],
    ),
    (  # starch: the relative's subject is the antecedent, a place phrase in the description
        "Brannock Glass runs a furnace in Leipzig. A quarter of it is held by Osk Silica, a "
        'sand supplier from Nagoya in Japan, which calls Brannock its "closest partner abroad".',
        [("osk-silica", "PARTNERS_WITH", "brannock-glass")],
        [],
    ),
    (  # games: a founder speaks for the firm the article ties her to
        "Ana Wrenn founded Quillet Games in 2012. In Canada its puzzles are sold by Harlow "
        'Media, which Wrenn described as "our partner from coast to coast".',
        [("quillet-games", "PARTNERS_WITH", "harlow-media")],
        [],
    ),
]

NAMED_PARTNER_TRAPS: list[Case] = [
    (  # a doubt before the noun: a wish, no partnership
        "Orvo Foods met Paahto Roasters in May. Orvo Foods calls Paahto Roasters a potential "
        "partner in Finland.",
        [],
        [("orvo-foods", "PARTNERS_WITH", "paahto-roasters")],
    ),
    (  # a past tie
        "Halvex Logistics calls Dunmore Freight its former partner in Poland.",
        [],
        [("halvex-logistics", "PARTNERS_WITH", "dunmore-freight")],
    ),
    (  # another noun: a customer, no partner
        "Kestrel Brands sells through Brisk Traders, which Kestrel Brands calls its biggest "
        "customer.",
        [],
        [("kestrel-brands", "PARTNERS_WITH", "brisk-traders")],
    ),
    (  # another firm's partner
        "Telvor Appliances describes Arlen Motors as Pellam Group's partner in Spain.",
        [],
        [("telvor-appliances", "PARTNERS_WITH", "arlen-motors")],
    ),
    (  # a negation
        "Sorel Freight does not call Dunmore Steel its partner.",
        [],
        [("sorel-freight", "PARTNERS_WITH", "dunmore-steel")],
    ),
    (  # a person tied to no firm: an analyst's word
        "Orvo Foods sells through Brisk Traders, which analyst Tom Reeve calls Orvo's "
        '"real partner".',
        [],
        [("tom-reeve", "PARTNERS_WITH", "brisk-traders")],
    ),
]


@pytest.mark.parametrize("text,present,absent", NAMED_PARTNERS)
def test_named_partner(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", NAMED_PARTNER_TRAPS)
def test_named_partner_trap(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", DESCRIBED_WITH_WHICH)
def test_described_with_which(text: str, present: list, absent: list) -> None:
    check(text, present, absent)


@pytest.mark.parametrize("text,present,absent", DESCRIBED_WITH_WHICH_TRAPS)
def test_described_with_which_trap(text: str, present: list, absent: list) -> None:
    check(text, present, absent)
