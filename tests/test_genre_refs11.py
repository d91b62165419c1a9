"""Genre bank for pronouns bound inside their own sentence (round 11): an "its" whose
antecedent the sentence marks by grammar, before salience is asked.

- "A bought B from its founder, P": the seller's "its" is the company sold (B), whatever the
  verb phrase ("took over", "acquired a stake in") and with a pronoun buyer;
- a criticised or praised object's act: "the regulator fined V for breaching an order made
  after its takeover of P", "attacked B for shedding staff at its depots in C" ("its" is the
  object V or B, the one that acted, not the critic);
- a relative clause with its own named subject: "a valve which M makes at its plant in L";
- the firm owning the people a relative clause is about: "pressure on K's board, which faces
  criticism from its biggest investor, F" (K);
- the appositive speaker of a reporting verb: "V's parent, Q, said its profits rose" (Q).

Each case is a short invented article (text, relations that must be found, relations that must
not be), across buyouts, food, logistics, mining, energy, paints, steel, airlines and banking.
Guards: "its" bound inside a relative clause before the verb ("A, which its founder chairs,
bought B"), the subject owning "its" with no object company, a punished firm that is the
subject, an act done to the critic's own thing ("sued V for copying designs from its lab"),
an act whose object is "its" ("thanked V for backing its bid": whose bid?), a possessed head
that is a firm, not its people ("K's unit, which ... its").
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

SELLERS: list[Case] = [
    (  # buyout: adjunct between the bought name and "from"
        "Dornwick Capital is a buyout firm run by Ola Brenn. Dornwick Capital acquired "
        "Quillex Labs last spring from its founder, Mirelle Osk, who keeps a small stake.",
        [
            ("mirelle-osk", "FOUNDED", "quillex-labs"),
            ("dornwick-capital", "OWNS", "quillex-labs"),
        ],
        [("mirelle-osk", "FOUNDED", "dornwick-capital")],
    ),
    (  # food: two founders, a year between
        "Harland Foods had a busy year. Harland Foods bought Pemberly Bakeries in 2021 from "
        "its founders, Ana Ruiz and Tom Kell.",
        [
            ("ana-ruiz", "FOUNDED", "pemberly-bakeries"),
            ("tom-kell", "FOUNDED", "pemberly-bakeries"),
        ],
        [("ana-ruiz", "FOUNDED", "harland-foods"), ("tom-kell", "FOUNDED", "harland-foods")],
    ),
    (  # optics: pronoun buyer, phrasal verb
        "Stellan Group is growing. It took over Kestrel Optics from its founder, Iver Lund, for "
        "$40 million.",
        [("iver-lund", "FOUNDED", "kestrel-optics"), ("stellan-group", "OWNS", "kestrel-optics")],
        [("iver-lund", "FOUNDED", "stellan-group")],
    ),
    (  # energy: a stake bought from the founder
        "Ardent Power is a utility. Ardent Power acquired a stake in Helm Wind from its founder, "
        "Rosa Piet.",
        [("rosa-piet", "FOUNDED", "helm-wind")],
        [("rosa-piet", "FOUNDED", "ardent-power")],
    ),
    (  # food: passive, "its" is the subject sold (already read)
        "Pemberly Bakeries was sold to Harland Foods by its founder, Ana Ruiz.",
        [
            ("ana-ruiz", "FOUNDED", "pemberly-bakeries"),
            ("harland-foods", "OWNS", "pemberly-bakeries"),
        ],
        [("ana-ruiz", "FOUNDED", "harland-foods")],
    ),
    (  # energy: a joined clause after the purchase (already read)
        "Ardent Power is a utility. Ardent Power bought Helm Wind, and its founder, Rosa Piet, "
        "joined the board.",
        [("rosa-piet", "FOUNDED", "helm-wind")],
        [("rosa-piet", "FOUNDED", "ardent-power")],
    ),
]

SELLER_GUARDS: list[Case] = [
    (  # "its" inside the buyer's own relative clause: the buyer's founder
        "Dornwick Capital, which its founder Mirelle Osk still chairs, bought Quillex Labs.",
        [("mirelle-osk", "FOUNDED", "dornwick-capital")],
        [("mirelle-osk", "FOUNDED", "quillex-labs")],
    ),
    (  # a relative clause after the buyer: "its" is the buyer
        "Quillex Foods, which acquired Vantora Dairies, said its CEO, Ada Lom, would stay.",
        [("ada-lom", "LEADS", "quillex-foods")],
        [("ada-lom", "LEADS", "vantora-dairies")],
    ),
    (  # an appositive owner: "its" is the parent, the subject
        "Vantora Dairies' parent, Quillex Foods, said its chief executive, Ada Lom, would retire.",
        [("ada-lom", "LEADS", "quillex-foods")],
        [("ada-lom", "LEADS", "vantora-dairies")],
    ),
]

SPEAKERS: list[Case] = [
    (  # shipping: the appositive speaker owns the site, not the possessor
        "Norbeck Shipping cut routes. Norbeck Shipping's rival, Tarn Lines, said its new "
        "terminal in Antwerp would open in May.",
        [("tarn-lines", "LOCATED_IN", "antwerp")],
        [("norbeck-shipping", "LOCATED_IN", "antwerp")],
    ),
]

ACTS: list[Case] = [
    (  # food: fined for a breach after its takeover
        "Vantora Group expanded fast. The Trade Authority penalised Vantora for breaching an "
        "order issued after its takeover of Pellmarsh Foods.",
        [("vantora-group", "OWNS", "pellmarsh-foods")],
        [("the-trade-authority", "OWNS", "pellmarsh-foods")],
    ),
    (  # logistics: attacked for cuts at its depots, two places
        "Dockers United is a large union. Dockers United attacked Brannock Freight for shedding "
        "staff at its depots in Calverby and Ostrund.",
        [
            ("brannock-freight", "LOCATED_IN", "calverby"),
            ("brannock-freight", "LOCATED_IN", "ostrund"),
        ],
        [("dockers-united", "LOCATED_IN", "calverby"), ("dockers-united", "LOCATED_IN", "ostrund")],
    ),
    (  # mining: criticised for pollution near its mine
        "Greenwatch campaigns on rivers. Greenwatch criticised Corlan Mining for polluting "
        "rivers near its mine in Tarrow.",
        [("corlan-mining", "LOCATED_IN", "tarrow")],
        [("greenwatch", "LOCATED_IN", "tarrow")],
    ),
    (  # energy: "accused V of hiding losses at its refinery"
        "Vantora Group expanded fast. The Trade Authority accused Vantora of hiding losses at "
        "its Tarrow refinery.",
        [("vantora-group", "LOCATED_IN", "tarrow")],
        [("the-trade-authority", "LOCATED_IN", "tarrow")],
    ),
    (  # autos: faulted for cutting jobs at its plant
        "Corvel Motors is a car maker. Dealers faulted Corvel Motors for cutting jobs at its "
        "plant in Sunderland.",
        [("corvel-motors", "LOCATED_IN", "sunderland")],
        [],
    ),
    (  # shipping: blamed for delays (a noun, not an act) at its terminal
        "Greyfield Capital is a fund. Greyfield Capital blamed Norbeck Shipping for delays at "
        "its terminal in Antwerp.",
        [("norbeck-shipping", "LOCATED_IN", "antwerp")],
        [("greyfield-capital", "LOCATED_IN", "antwerp")],
    ),
    (  # steel: "urged T to shut its mill" (object control of an infinitive)
        "Orvane Partners is an activist fund. Orvane Partners urged Tamsin Steel to shut its "
        "mill in Corby.",
        [("tamsin-steel", "LOCATED_IN", "corby")],
        [("orvane-partners", "LOCATED_IN", "corby")],
    ),
]

ACT_GUARDS: list[Case] = [
    (  # the subject owns "its" when there is no object company
        "Dockers United is a large union. Brannock Freight said the union had exaggerated cuts "
        "at its depots in Calverby.",
        [("brannock-freight", "LOCATED_IN", "calverby")],
        [("dockers-united", "LOCATED_IN", "calverby")],
    ),
    (  # the punished firm is the subject
        "Quillex Foods, which was fined by the regulator, completed its takeover of Pellmarsh "
        "Dairies.",
        [("quillex-foods", "OWNS", "pellmarsh-dairies")],
        [],
    ),
    (  # an act done to the plaintiff's own thing
        "Vantora Labs makes sensors. Vantora Labs sued Brisco Devices for copying designs from "
        "its lab in Leeds.",
        [("vantora-labs", "DISPUTES", "brisco-devices")],
        [("brisco-devices", "LOCATED_IN", "leeds")],
    ),
    (  # "its" is the act's own object: whose bid is unclear, no binding to the object
        "Harlan Bank advises many firms. Harlan Bank thanked Ostrel Energy for backing its bid "
        "for Pellmarsh Foods.",
        [],
        [
            ("ostrel-energy", "OWNS", "pellmarsh-foods"),
            ("ostrel-energy", "FUNDS", "pellmarsh-foods"),
        ],
    ),
    (  # a verb of hiring: the work is done for the subject's plant
        "Halder Bank grew. Halder Bank hired Brisco Builders for building work at its plant in "
        "Leeds.",
        [],
        [("brisco-builders", "LOCATED_IN", "leeds")],
    ),
]

RELATIVES: list[Case] = [
    (  # engineering: relative clause with its own subject
        "Harwick Holdings bought the unit. Its best seller is a valve which Morrow Engineering "
        "makes at its plant in Leeds.",
        [("morrow-engineering", "LOCATED_IN", "leeds")],
        [("harwick-holdings", "LOCATED_IN", "leeds")],
    ),
    (  # paints: "that T sells under its G brand"
        "Kessel Paints supplies builders. The range includes a sealant that Tessaly Chemicals "
        "sells under its Glimmer brand.",
        [("tessaly-chemicals", "OWNS", "glimmer")],
        [("kessel-paints", "OWNS", "glimmer")],
    ),
    (  # airlines: "which S owns through its unit B"
        "Halden Air flies to Oslo. Halden Air, which Skyway Holdings owns through its unit Brisk "
        "Aviation, flies to Oslo.",
        [("skyway-holdings", "OWNS", "brisk-aviation")],
        [("halden-air", "OWNS", "brisk-aviation")],
    ),
    (  # steel: the possessor of "management, which ... its largest shareholder"
        "Brisco Mining lost money. The result adds to pressure on Tamsin Steel's management, "
        "which faces a revolt from its largest shareholder, Grayle Capital.",
        [("grayle-capital", "OWNS", "tamsin-steel")],
        [("grayle-capital", "OWNS", "brisco-mining")],
    ),
    (  # paints: "board, which faces criticism from its biggest investor"
        "Kessel Paints had a bad year, analysts at Ferrand Advisers said. The news adds to "
        "pressure on Kessel's board, which faces criticism from its biggest investor, the fund "
        "Orvane Partners.",
        [("orvane-partners", "FUNDS", "kessel-paints")],
        [("orvane-partners", "FUNDS", "ferrand-advisers")],
    ),
    (  # banking: "chairman, who ... its biggest shareholder"
        "Norvik Insurance reported a loss. Analysts turned to Harrow Bank's chairman, who clashed "
        "with its largest shareholder, Tarn Capital, last year.",
        [("tarn-capital", "OWNS", "harrow-bank")],
        [("tarn-capital", "OWNS", "norvik-insurance")],
    ),
]

RELATIVE_GUARDS: list[Case] = [
    (  # the relative's head is a firm of its own: no binding to the possessor
        "Norvik Group sells insurance. Brenna Holdings' unit, which Norvik Group bought last "
        "year, moved its office to Leeds.",
        [],
        [("brenna-holdings", "LOCATED_IN", "leeds")],
    ),
]

BANK = SELLERS + SELLER_GUARDS + SPEAKERS + ACTS + ACT_GUARDS + RELATIVES + RELATIVE_GUARDS
GAPS: dict[str, str] = {
    "Halder Bank grew": "verbal/svo places the hired object in Leeds from 'hired B for building "
    "work at its plant in Leeds' (no pronoun is bound to B; the svo reading is not this area's)",
    "Greyfield Capital is a fund": "a noun complement ('for delays at its terminal') is not "
    "bound to the object: 'sued V for damage to its brand' is the plaintiff's",
    "Orvane Partners is an activist fund": "object control of an infinitive ('urged T to shut "
    "its mill') is not read: 'asked T to back its nominees' is the subject's",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_refs11(case: Case) -> None:
    check(*case)
