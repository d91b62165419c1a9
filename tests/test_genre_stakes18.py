"""Genre bank for stakes, parents and buyers in relatives, appositives, passives and carried
targets (round 18).

A passive founder or owner may stand after a descriptor ("founded by ex-Chilean air-force
officer X", "by a former Danish naval officer, X", "controlled by the Graz-based holding X"); a
second passive after an agent list is said of the first patient ("set up by A and B and was
bought by C": C owns the firm, not B). A parent after a listing premodifier ("a subsidiary of
the Frankfurt-listed X") and a buyer in an object relative on a hyphen-modified description
("X, the Tampere-based billing firm that Y acquired") own the firm. A stake restated without its
company ("Corbel still holds that stake", "the remainder is held via H") is of the company
the previous sentence's stake is in.

Each case is a short invented text across airlines, brewing, tiles, pharma, cement, paints,
dairy, ferries, software, insurance, mining, food, sport and energy. Guards: intent ("plans to
buy that stake", "is in talks to buy"), negation ("no longer holds that stake"), a sold stake,
a rival (not a parent) after the listing premodifier, a passive of criticism, a demonstrative
that names no stake.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

PASSIVE_AGENTS: list[Case] = [
    (  # airlines: hyphened descriptors and a nationality before the founder
        "The airline Skyra, founded in 2009 by ex-Chilean air-force officer Tomas Rivas, flies "
        "to 20 cities.",
        [("tomas-rivas", "FOUNDED", "skyra")],
        [],
    ),
    (  # brewing: "by a former Danish naval officer, X": the name in apposition
        "Tarsa Brewing was founded by a former Danish naval officer, Ada Vorn.",
        [("ada-vorn", "FOUNDED", "tarsa-brewing")],
        [],
    ),
    (  # tiles: relative clause, nationality and occupation noun
        "Harlund Tiles, which was founded in 1902 by the Flemish industrialist Pieter Vos, "
        "makes floor tiles.",
        [("pieter-vos", "FOUNDED", "harlund-tiles")],
        [],
    ),
    (  # pharma: a job noun before the founder, then a second passive
        "Orvel Pharma was started in 1988 by the Norwegian chemist Ola Brandt and is now owned "
        "by Kelso Partners.",
        [("ola-brandt", "FOUNDED", "orvel-pharma"), ("kelso-partners", "OWNS", "orvel-pharma")],
        [("kelso-partners", "OWNS", "ola-brandt")],
    ),
    (  # guard: a passive of criticism names no founder
        "Tarsa Mills was criticised by a former Danish naval officer, Ada Vorn.",
        [],
        [("ada-vorn", "FOUNDED", "tarsa-mills")],
    ),
    (  # cement: a second passive after an agent list of three
        "Kelby Cement was set up by Ada Vorn, Bo Lind and Ola Sand and bought by Marden "
        "Holdings in 2001.",
        [
            ("ada-vorn", "FOUNDED", "kelby-cement"),
            ("ola-sand", "FOUNDED", "kelby-cement"),
            ("marden-holdings", "OWNS", "kelby-cement"),
        ],
        [("marden-holdings", "OWNS", "ola-sand"), ("marden-holdings", "OWNS", "bo-lind")],
    ),
    (  # paints: descriptor before the agent list, "and was acquired in YEAR by C"
        "Pellucid Paints, which sits in Turin, was set up in 1988 by the chemists Rosa Landi and "
        "Piero Ferro and was acquired in 2012 by Damsel Coatings.",
        [
            ("rosa-landi", "FOUNDED", "pellucid-paints"),
            ("damsel-coatings", "OWNS", "pellucid-paints"),
        ],
        [("damsel-coatings", "OWNS", "piero-ferro")],
    ),
    (  # dairy: participles in an appositive
        "Brask Dairy, founded by Eva Holm and Ivar Dahl and bought by Orla Foods in 2015, makes "
        "cheese.",
        [("ivar-dahl", "FOUNDED", "brask-dairy"), ("orla-foods", "OWNS", "brask-dairy")],
        [("orla-foods", "OWNS", "ivar-dahl")],
    ),
    (  # ferries: relative clause, "and was later acquired by"
        "Norra Ferries, which was founded by Jon Berg and Lisa Moe and was later acquired by "
        "Tessel Shipping, sails to Oslo.",
        [("lisa-moe", "FOUNDED", "norra-ferries"), ("tessel-shipping", "OWNS", "norra-ferries")],
        [("tessel-shipping", "OWNS", "lisa-moe")],
    ),
    (  # tiles: "and since 2016 owned by C" after the founder with his descriptor
        "Harlund Tiles, founded in 1902 by the Flemish industrialist Pieter Vos and since 2016 "
        "owned by Ambrose Vale, makes tiles.",
        [("pieter-vos", "FOUNDED", "harlund-tiles"), ("ambrose-vale", "OWNS", "harlund-tiles")],
        [("ambrose-vale", "OWNS", "pieter-vos")],
    ),
    (  # dairy: kin nouns before the founders, then the buyer
        "The dairy Brevik was started in 1931 by sisters Ilse and Greta Mornau and was bought by "
        "Brevard Buyout in 2018.",
        [("greta-mornau", "FOUNDED", "brevik"), ("brevard-buyout", "OWNS", "brevik")],
        [("brevard-buyout", "OWNS", "greta-mornau")],
    ),
    (  # guard: a new clause with its own subject after the founders
        "Kelby Cement was set up by Ada Vorn and Bo Lind, and Ola Sand was later hired by Marden "
        "Holdings.",
        [("bo-lind", "FOUNDED", "kelby-cement")],
        [("marden-holdings", "OWNS", "kelby-cement"), ("marden-holdings", "OWNS", "bo-lind")],
    ),
    (  # insurance: a definite subject, agent after a hyphened place modifier
        "Kestel Insurance sells car cover. The insurer is controlled by the Graz-based holding "
        "Reiter Beteiligungen.",
        [("reiter-beteiligungen", "OWNS", "kestel-insurance")],
        [],
    ),
    (  # software: "backed by the Lagos-based investor X"
        "Quern Apps is backed by the Lagos-based investor Sable Ascent.",
        [("sable-ascent", "FUNDS", "quern-apps")],
        [("quern-apps", "FUNDS", "sable-ascent")],
    ),
    (  # mills: "and today managed by his niece, X" after a founder with a job noun
        "Tresco Mills, started by the miller Ewan Tresco and today managed by his niece, Ada "
        "Tresco, supplies 300 bakeries.",
        [("ewan-tresco", "FOUNDED", "tresco-mills"), ("ada-tresco", "LEADS", "tresco-mills")],
        [],
    ),
]

PARENTS: list[Case] = [
    (  # software: object relative on a hyphen-modified description
        "Revenue included the first quarter from Pallix, the Tampere-based billing firm that "
        "Orlanda acquired in April.",
        [("orlanda", "OWNS", "pallix")],
        [("pallix", "OWNS", "orlanda")],
    ),
    (  # valves: the plain object relative still reads
        "Kelda, the firm that Tarsa acquired in 2019, makes valves.",
        [("tarsa", "OWNS", "kelda")],
        [],
    ),
    (  # food: "a subsidiary of the Frankfurt-listed X"
        "Revenue rose at Brenna Foods, a subsidiary of the Frankfurt-listed Vorn Group.",
        [("vorn-group", "OWNS", "brenna-foods")],
        [],
    ),
    (  # mining: copula, "a unit of AIM-quoted X"
        "Skelby Mining is a unit of AIM-quoted Marden Holdings.",
        [("marden-holdings", "OWNS", "skelby-mining")],
        [],
    ),
    (  # guard: a rival after the listing premodifier owns nothing
        "Brenna Foods, a rival of the Frankfurt-listed Vorn Group, makes soup.",
        [],
        [("vorn-group", "OWNS", "brenna-foods")],
    ),
    (  # flour: "the company is owned by X" after the firm is named
        "Tarsa Mills makes flour. The company is owned by Vorn Capital.",
        [("vorn-capital", "OWNS", "tarsa-mills")],
        [],
    ),
    (  # investment: two-word head, relative with a second predicate
        "The figures will not settle the row with Keswin Advisers, the activist investment firm "
        "that holds 5.8 per cent of Orlanda and has campaigned for a split.",
        [("keswin-advisers", "OWNS", "orlanda")],
        [],
    ),
    (  # airline: "holds 11% of the airline" in a relative inside an appositive
        "Orlanda Air flies to 30 cities. The challenge came from Harrow Oak, the Boston fund "
        "that holds 11% of the airline and has attacked its fleet plan.",
        [("harrow-oak", "OWNS", "orlanda-air")],
        [],
    ),
    (  # insurance: an opening description with "whose owner is" and a hyphened place
        "Kestel Insurance sells car cover. The firm, whose owner is the Graz-based holding "
        "Reiter Beteiligungen, has expanded in Slovenia.",
        [("reiter-beteiligungen", "OWNS", "kestel-insurance")],
        [("reiter-beteiligungen", "OWNS", "graz")],
    ),
    (  # guard: "whose biggest investor is" with no share is no ownership
        "Kestel Insurance sells car cover. The firm, whose biggest investor is the Graz-based "
        "fund Reiter Capital, has expanded in Slovenia.",
        [],
        [("reiter-capital", "OWNS", "kestel-insurance")],
    ),
    (  # sport: a relative on a definite description of the league named before
        "The Nordic Padel League has twelve clubs. Corvid Sports was a founding member of the "
        "league, which is owned by Palisade Media.",
        [("palisade-media", "OWNS", "the-nordic-padel-league")],
        [("palisade-media", "OWNS", "corvid-sports")],
    ),
    (  # rail: a relative on an unnamed network is not the subject's
        "Corvid Railcars was a founding member of the network, which is controlled by the "
        "leasing house Palisade Lessors.",
        [],
        [("palisade-lessors", "OWNS", "corvid-railcars")],
    ),
]

CARRIED: list[Case] = [
    (  # brewing: "still holds that stake" after a bought quarter
        "In 2019 Corbel Buyout bought a quarter of Halden Ales. Corbel still holds that stake.",
        [("corbel-buyout", "OWNS", "halden-ales")],
        [],
    ),
    (  # brewing: "still has that holding", the company as "the brewery"
        "Halden Ales makes beer. In 2019 Corbel Buyout bought a 25% stake in the brewery. "
        "Corbel still has that holding.",
        [("corbel-buyout", "OWNS", "halden-ales")],
        [],
    ),
    (  # food: "the remainder is held via H": the vehicle owns the company
        "Vorn Capital owns 60% of Tarsa Foods. The remainder is held via Kestrel Holdings by the "
        "founding family.",
        [("kestrel-holdings", "OWNS", "tarsa-foods"), ("vorn-capital", "OWNS", "tarsa-foods")],
        [("kestrel-holdings", "OWNS", "vorn-capital")],
    ),
    (  # wine: "the rest belongs to the heirs through a holding vehicle, H"
        "Vorn Capital owns 60% of Clos Amaury. The rest belongs to the founders' heirs through a "
        "holding vehicle, Maison Terrail.",
        [("maison-terrail", "OWNS", "clos-amaury")],
        [],
    ),
    (  # energy: a seller keeps the other share (FUNDS for the minority buyer)
        "Vorn Energy sold 30% of Tarsa Power to Marden Holdings. Vorn Energy retains the other "
        "70%.",
        [("vorn-energy", "OWNS", "tarsa-power"), ("marden-holdings", "FUNDS", "tarsa-power")],
        [("marden-holdings", "OWNS", "tarsa-power")],
    ),
    (  # guard: intent to buy that stake
        "Vorn Capital owns 30% of Tarsa Foods. Marden Holdings plans to buy that stake.",
        [("vorn-capital", "OWNS", "tarsa-foods")],
        [("marden-holdings", "OWNS", "tarsa-foods")],
    ),
    (  # guard: negation
        "Vorn Capital owns 30% of Tarsa Foods. Marden Holdings no longer holds that stake.",
        [],
        [("marden-holdings", "OWNS", "tarsa-foods")],
    ),
    (  # guard: a past holding may be over
        "Qadir Holdings took 40% of Vell Foods in 2012. Marden Holdings once had that stake.",
        [],
        [("marden-holdings", "OWNS", "vell-foods")],
    ),
    (  # shipping: "keeps that holding" with "also"
        "Norvik Pension Fund owns 12% of Orsa Shipping. Kelso Partners also keeps that holding.",
        [("kelso-partners", "OWNS", "orsa-shipping")],
        [("kelso-partners", "OWNS", "norvik-pension-fund")],
    ),
    (  # guard: a demonstrative that names no stake
        "Vorn Capital owns 30% of Tarsa Foods. Analysts say Marden Holdings has that reputation.",
        [],
        [("marden-holdings", "OWNS", "tarsa-foods")],
    ),
    (  # guard: a stake named with its company later reads as is; no carried target
        "Vorn Capital owns 30% of Tarsa Foods. Marden Holdings holds that stake in Kelby Cement.",
        [],
        [("marden-holdings", "OWNS", "tarsa-foods")],
    ),
    (  # guard: talks to buy
        "Marden Holdings is in talks to buy Kelby Cement.",
        [],
        [("marden-holdings", "OWNS", "kelby-cement")],
    ),
    (  # guard: a sold stake is no longer held
        "Vorn Capital sold its 30% stake in Tarsa Foods to Marden Holdings last year.",
        [],
        [("vorn-capital", "OWNS", "tarsa-foods")],
    ),
]

BANK = PASSIVE_AGENTS + PARENTS + CARRIED
GAPS: dict[str, str] = {
    "The Nordic Padel League has twelve": "a relative on 'the league' (named the sentence before): "
    "the definite description is not bound to the league in that slot (coref, another area)",
    "Corvid Railcars was a founding member": "'the network' is bound to the latest organization "
    "(the subject) by coref, so the relative's owner owns the subject (coref, another area)",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_stakes18(case: Case) -> None:
    check(*case)
