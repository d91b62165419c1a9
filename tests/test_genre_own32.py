"""Genre bank for ownership read through context (round 32).

A share passive after a bare "It" ("It is 31% owned by X") is said of the firm in view, as
"It is owned by X" is. A list of percentage holders after "owned" may open with holders that
have no name ("owned 45% by its founders, 35% by A and 20% by B"): the named ones still own
the firm. A relative clause between a firm and its passive may be long ("X, which was founded
... and runs ..., is controlled by A"). A name may modify several words of an appositive
before its subject relative ("A, the Leeds buyout house that bought it"), and a
holder may be set off by such an appositive before ", with N%".
Guards: a long relative opened by a description, not a name, gives no patient; "it" before a
share of a market is no reference; a bare share of a holder described as a competitor (and
as no holder or bidder) is a share of the market.

Invented texts across soups, glass, breweries, bakeries, ropes, tiles, dairies and boats.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

IT_SHARES: list[Case] = [
    (  # soups: "It is N% owned by X, the ... vehicle"
        "Dorrel Foods makes soups in Porto. It is 31% owned by Tarsk Participacoes, a holding of "
        "the Lima clan; the remainder is listed in Lisbon.",
        [("tarsk-participacoes", "OWNS", "dorrel-foods")],
        [],
    ),
    (  # ropes: spelled percentage after an adverb
        "Halyard Ropes makes mooring lines in Grimsby. It is still 35 per cent held by the "
        "fund Brackley Partners.",
        [("brackley-partners", "OWNS", "halyard-ropes")],
        [],
    ),
    (  # tiles: two holders of the share passive
        "Vessa Tiles fires floor tiles in Castellon. It is 55% owned by Orvel Holding and 45% "
        "by Marrin Capital.",
        [("orvel-holding", "OWNS", "vessa-tiles"), ("marrin-capital", "OWNS", "vessa-tiles")],
        [],
    ),
    (  # guard (dairies): "it" before a market share is no holding
        "Lorne Dairy sells yoghurt in Ulster. It is 20% of the market, Tamsin Creamery said.",
        [],
        [("tamsin-creamery", "OWNS", "lorne-dairy")],
    ),
]

OWNED_LISTS: list[Case] = [
    (  # soups: unnamed holders first in the list
        "Dorrel Foods makes soups. Dorrel is owned 40% by its three founders, 45% by the "
        "fund Coastway Capital and 15% by the state-backed Banco Lusitano.",
        [("coastway-capital", "OWNS", "dorrel-foods"), ("banco-lusitano", "OWNS", "dorrel-foods")],
        [],
    ),
    (  # boats: an unnamed holder between two named ones
        "Skerry Boats builds ferries in Arklow. Skerry is owned 50% by Ina Roark, 30% by staff "
        "and 20% by Fennel Bank.",
        [("ina-roark", "OWNS", "skerry-boats"), ("fennel-bank", "OWNS", "skerry-boats")],
        [],
    ),
    (  # guard (bakeries): an unnamed holder then no share list: the next clause is another's
        "Pell Bakeries bakes rye. Pell is owned 52% by its founders, while Coastway Capital "
        "advises it.",
        [],
        [("coastway-capital", "OWNS", "pell-bakeries")],
    ),
]

LONG_RELATIVES: list[Case] = [
    (  # glass: a long relative between the firm and its passive
        "Tarnel Glass makes bottles. Tarnel, which was set up by the chemist Ann Rolle in 2011 "
        "and runs a large melting furnace in Wick, is controlled by Merrow Capital.",
        [("merrow-capital", "OWNS", "tarnel-glass")],
        [],
    ),
    (  # glass: a name modifying an appositive's nouns before "that acquired it"
        "Tarnel Glass makes bottles. It is controlled by Merrow Capital, the Dundee growth "
        "equity house that bought it in 2017.",
        [("merrow-capital", "OWNS", "tarnel-glass")],
        [("tarnel-glass", "OWNS", "merrow-capital")],
    ),
    (  # guard (ropes): a long relative opened by a description names no patient
        "Halyard Ropes bought the rope arm of Corran Twine. The unit, which trades as Corran "
        "Lines and makes nets, ropes, cords and twine for nearly four thousand fishing boats, is "
        "led by Ilse Marr.",
        [],
        [("ilse-marr", "LEADS", "halyard-ropes")],
    ),
]

SET_OFF_HOLDERS: list[Case] = [
    (  # breweries: a possessed appositive between the holder and ", with N%"
        "Fenlow Ales is a brewer. Its largest shareholder remains Hedra Invest, the Lund "
        "clan's holding firm, with 29% of the votes.",
        [("hedra-invest", "OWNS", "fenlow-ales")],
        [],
    ),
    (  # breweries: a named modifier inside the appositive
        "Fenlow Ales is a brewer. Hedra Invest, a Lund family holding company, with 34%, backs "
        "the board.",
        [("hedra-invest", "OWNS", "fenlow-ales")],
        [],
    ),
    (  # tiles: second of two listed holders, set off by an appositive
        "Vessa Tiles fires floor tiles. Its shareholders include Kiba Fund, with 35%, and "
        "Oranto Finance, the Amsterdam development lender, with 15%.",
        [("kiba-fund", "OWNS", "vessa-tiles"), ("oranto-finance", "OWNS", "vessa-tiles")],
        [],
    ),
]

RIVAL_SHARES: list[Case] = [
    (  # guard (razors): a competitor's bare share after a sales share is of the market
        "Harlo Blades sells 45 percent of the razors bought in Spain. Its main competitor, "
        "Norrin Shaving, holds roughly 30 percent.",
        [],
        [("norrin-shaving", "OWNS", "harlo-blades")],
    ),
    (  # guard (razors): a holder described as competing
        "Harlo Blades makes razors. Brisk Shave, which also competes with them and trades "
        "online, has about 11 percent.",
        [],
        [("brisk-shave", "OWNS", "harlo-blades")],
    ),
    (  # ropes: a rival bidder's bare share is a stake
        "Halyard Ropes makes mooring lines. Orvel Capital, a rival bidder, owns 9%.",
        [("orvel-capital", "OWNS", "halyard-ropes")],
        [],
    ),
]

# mend32_own: the review's groups A-F
RIVAL_STAKES: list[Case] = [
    (  # bakeries (A): a rival founded by the holder, a stake still owned
        "Pell Bakeries bakes rye. Ilse Marr, who quit in 2020 to start a rival, still owns 7%.",
        [("ilse-marr", "OWNS", "pell-bakeries")],
        [],
    ),
    (  # ropes (A): an appositive rival that owns its share
        "Halyard Ropes makes nets. Corran Cords, a rival, owns 14%.",
        [("corran-cords", "OWNS", "halyard-ropes")],
        [],
    ),
    (  # games (A): rivals in another clause
        "Kelpie Games makes puzzles. Its rivals grew faster, and Orvel Fund, which owns 22%, "
        "wants a sale.",
        [("orvel-fund", "OWNS", "kelpie-games")],
        [],
    ),
    (  # tiles (A): a one-time rival that controls its share
        "Vessa Tiles fires tiles. Marrin Clay, a one-time rival, controls 18%.",
        [("marrin-clay", "OWNS", "vessa-tiles")],
        [],
    ),
    (  # boats (A): an exact hold with a board seat
        "Skerry Boats builds ferries. Arklow Marine, a competitor, holds 6% and wants a board "
        "seat.",
        [("arklow-marine", "OWNS", "skerry-boats")],
        [],
    ),
    (  # dairies (A): a relative of past competing
        "Lorne Dairy sells yoghurt. Tamsin Farms, which once competed with it, now holds 11%.",
        [("tamsin-farms", "OWNS", "lorne-dairy")],
        [],
    ),
    (  # guard (razors, A): the rival's own appositive between it and its rough share
        "Harlo Blades makes razors. Its closest rival, Norrin Shaving, maker of the Kelp range, "
        "holds roughly 25 percent.",
        [],
        [("norrin-shaving", "OWNS", "harlo-blades")],
    ),
    (  # guard (razors, A): a long relative of competing
        "Harlo Blades makes razors. Brisk Shave, which competes with it and ships blades to "
        "members every month from a depot in Leeds, has about 9 percent and keeps growing.",
        [],
        [("brisk-shave", "OWNS", "harlo-blades")],
    ),
    (  # guard (razors, A): a competitor set off before a rough share has a share of the market
        "Harlo Blades makes razors. Brisk Shave, a competitor, has about 17 percent.",
        [],
        [("brisk-shave", "OWNS", "harlo-blades")],
    ),
]

LONG_RELATIVE_HEADS: list[Case] = [
    (  # glass (B): the relative's name belongs to "the plant of"
        "The Ayr works of Kast Glass, which was started by the engineer Tom Fenn in 2009 and "
        "now employs about three hundred people, is controlled by Orvel Capital.",
        [],
        [("orvel-capital", "OWNS", "kast-glass")],
    ),
    (  # games (B): the founder of the studio is backed, not the studio
        "The founder of Kelpie Games, who left the studio in 2021 after a dispute over its "
        "plans and now lives in Porto, is backed by Orvel Fund.",
        [],
        [("orvel-fund", "FUNDS", "kelpie-games")],
    ),
    (  # glass (B): ", and the plant" opens a new clause with its own subject
        "Tarnel Glass, which makes jars, sold its main plant to a buyer from abroad in 2018, "
        "and the plant, renamed soon after, is owned by Orvel Capital.",
        [],
        [("orvel-capital", "OWNS", "tarnel-glass")],
    ),
    (  # glass (B, gap): the same with named places inside the first clause
        "Tarnel Glass, which makes jars, sold its Ayr site to a buyer from York in 2018, and "
        "the site, renamed soon after, is owned by Orvel Capital.",
        [],
        [("orvel-capital", "OWNS", "tarnel-glass")],
    ),
    (  # breweries (B): a long relative opened by the name itself still reads
        "Fenlow Ales, which was started by the brewer Ina Roark in 2012 and now sells six beers "
        "across Suffolk, is owned by Hedra Invest.",
        [("hedra-invest", "OWNS", "fenlow-ales")],
        [],
    ),
]

LISTED_ELSEWHERE: list[Case] = [
    (  # glass (C): a share list on another noun's participle
        "Kast Glass sells jars to breweries owned 30% by local families and 70% by Orvel Capital.",
        [],
        [("orvel-capital", "OWNS", "kast-glass")],
    ),
    (  # mines (C): board seats are no stake
        "The Torne board seats are held 40% by state nominees, 40% by Yaro Metals and 20% by "
        "unions.",
        [],
        [("yaro-metals", "OWNS", "torne")],
    ),
    (  # soups (C): a description set off after the firm keeps the list
        "Dorrel Foods, a soup maker owned 35% by its founders and 65% by Coastway Capital, "
        "is for sale.",
        [("coastway-capital", "OWNS", "dorrel-foods")],
        [],
    ),
]

MINORITY_BOUGHT: list[Case] = [
    (  # logistics (D): a minority bought funds
        "Halvet Logistics runs trucks. It was 25% bought by Calda Capital in 2022.",
        [("calda-capital", "FUNDS", "halvet-logistics")],
        [("calda-capital", "OWNS", "halvet-logistics")],
    ),
    (  # logistics (D): a majority bought owns
        "Halvet Logistics runs trucks. It was 70% acquired by Calda Capital in 2022.",
        [("calda-capital", "OWNS", "halvet-logistics")],
        [],
    ),
    (  # logistics (D): a minority owned stays a holding
        "Halvet Logistics runs trucks. It is 25% owned by Calda Capital.",
        [("calda-capital", "OWNS", "halvet-logistics")],
        [],
    ),
    (  # dairies (F): a share supplied is no holding of it
        "Lorne Dairy makes cheese. It is 30% supplied by farms owned by Tamsin Creamery.",
        [],
        [("tamsin-creamery", "OWNS", "lorne-dairy")],
    ),
]

BANK = (
    IT_SHARES
    + OWNED_LISTS
    + LONG_RELATIVES
    + SET_OFF_HOLDERS
    + RIVAL_SHARES
    + RIVAL_STAKES
    + LONG_RELATIVE_HEADS
    + LISTED_ELSEWHERE
    + MINORITY_BOUGHT
)
GAPS: dict[str, str] = {
    "Tarnel Glass, which makes jars, sold its Ayr": "a place named before ', and the site' is "
    "read as the passive's patient, then mapped to the sentence subject (_patient_before)",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_own32(case: Case) -> None:
    check(*case)
