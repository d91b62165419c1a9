"""Genre bank for references to firms inside a relative clause (round 32, area refs).

"its own" in a subject relative clause ("which is developing its own engine") is the clause's
subject, the name the relative hangs on, also past an appositive set off by commas ("Corvel
Motors, its main rival in Asia, which is building its own engine"): not the firm the sentence
spoke of first, nor the one "its main rival" belongs to.
Guards: an "its" with no "own" keeps its reading; "its own" outside a relative clause keeps
the salient firm; a relative on a person does not hand "its own" to a firm named inside the
appositive.

Known gaps (strict xfails): a place's "where" clause whose firm is a pronoun the salience
misreads; an aside longer than an appositive before the relative clause; a stake object "it"
in a relative clause on the holder after an inverted opener ("Behind X sits Y, a fund which
owns 71% of it").

Invented texts across engines, dairies, sensors, ferries, paints, textiles, brewing and tyres.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

OWN: list[Case] = [
    (  # engines: past an appositive that says whose rival it is
        "Aldermoor Propulsion makes turbofans for regional jets. The new order puts Aldermoor in "
        "direct competition with Corvel Motors, its main rival in Asia, which now builds "
        "its own geared engine, the CV-90.",
        [("corvel-motors", "OWNS", "cv-90")],
        [("aldermoor-propulsion", "OWNS", "cv-90")],
    ),
    (  # dairies: the relative right after the name
        "Brenvik Dairy sells yoghurt in twelve countries. Brenvik now faces Tolvane Foods, which "
        "is launching its own oat drink, Tolva Oat, in March.",
        [("tolvane-foods", "OWNS", "tolva-oat")],
        [("brenvik-dairy", "OWNS", "tolva-oat")],
    ),
    (  # sensors: an appositive with an indefinite article
        "Quenby Sensors supplies lidar units to carmakers. Carmakers are also testing units from "
        "Pellow Optics, a younger firm from Leeds, which sells its own scanner, the PX-4, for "
        "less.",
        [("pellow-optics", "OWNS", "px-4")],
        [("quenby-sensors", "OWNS", "px-4")],
    ),
    (  # ferries: a "who" relative on a firm named with a possessive appositive
        "Harl Ferries runs six routes from Oban. Its bookings fell after Skerry Lines, its "
        "closest competitor on the islands, which runs its own booking app, Skerry Go, cut fares.",
        [("skerry-lines", "OWNS", "skerry-go")],
        [("harl-ferries", "OWNS", "skerry-go")],
    ),
    (  # guard, paints: "its" with no "own" in the same clause keeps its reading
        "Ormond Paints makes coatings for ships. Ormond sued Castell Coatings, its main rival, "
        "which it accuses of copying a resin.",
        [("ormond-paints", "DISPUTES", "castell-coatings")],
        [],
    ),
    (  # guard, textiles: "its own" outside a relative clause keeps the subject
        "Vantry Mills weaves wool in Bradford. Vantry competes with Hollis Cloth, and Vantry "
        "sells its own brand, Vantry Tweed, in London.",
        [("vantry-mills", "OWNS", "vantry-tweed")],
        [("hollis-cloth", "OWNS", "vantry-tweed")],
    ),
    (  # guard, tyres: a relative on a person hands "its own" to no firm of the appositive
        "Ravel Tyres makes tyres for tractors. Its chairman met Ada Voss, the founder of Pinmarsh "
        "Rubber, who is building its own plant, the Pinmarsh works, in Hull.",
        [],
        [("ravel-tyres", "OWNS", "pinmarsh-rubber")],
    ),
]

GAPS_CASES: list[Case] = [
    (  # brewing: an aside longer than an appositive's reach before the relative
        "Dunmore Brewing sells ales across Scotland. Dunmore bought hops from Kell Farms, a "
        "grower that also supplies three other brewers in the Borders region and beyond, which "
        "sells its own lager, Kell Gold.",
        [("kell-farms", "OWNS", "kell-gold")],
        [("dunmore-brewing", "OWNS", "kell-gold")],
    ),
    (  # dairies: the firm of a place's "where" clause is a pronoun the salience misreads
        "Brenvik Dairy, the Danish ice cream maker, said on Monday it would buy Tolvane Foods. "
        "Brenvik sells its bars in 20 countries, and Brenvik shares rose 4%. Ada Rusk started it "
        "in 1962 with one shop in Verana, where the group keeps its head office today.",
        [("tolvane-foods", "LOCATED_IN", "verana")],
        [("brenvik-dairy", "LOCATED_IN", "verana")],
    ),
    (  # clinics: a stake object "it" in a relative clause on the holder
        "Brightvale Clinics runs 40 vet practices. Behind Brightvale sits Ashcombe Capital, a "
        "buyout fund which acquired control in 2019 and today owns 71% of it.",
        [("ashcombe-capital", "OWNS", "brightvale-clinics")],
        [],
    ),
]

BANK = OWN + GAPS_CASES
GAPS: dict[str, str] = {
    "Brightvale Clinics runs": "an inverted 'Behind X sits Y' opener: the stake's 'of it' in a "
    "relative clause on the holder is read as the holder",
    "Brenvik Dairy, the Danish": "a 'where' clause's firm given by an 'it' the salience reads as "
    "the more named firm",
    "Dunmore Brewing sells": "an aside longer than `APPOSITIVE_REACH` between the name and "
    "its relative clause: the salient firm keeps 'its own'",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_refs32(case: Case) -> None:
    check(*case)
