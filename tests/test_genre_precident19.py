"""Genre bank for a firm's canonical name against its own product, service or project (round 19).

A firm's name extended by a word that usually ends a company's name ("Ondray Health", "Brenna
Power", "Tessin Foods") names the firm's own service or project when the text describes it so
("the home-repair service", "a wind project") and uses the bare name as a firm ("Ondray, a
Leeds startup"): two entities, and the firm's relations stay on the bare name, never under the
product's. A longer name beside its firm in one sentence, a stadium beside the trust that runs
it, a town beside its council and a firm named for a family all keep their own entities.

Each case is a short invented text (relations that must be found, relations that must not be),
across home services, energy, food, media, sport, quarrying, tyres, mills and payments; the
entity cases check names and types.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, check_types, gap_params

DESCRIBED: list[Case] = [
    (  # home services: appositive service, bare name a startup
        "Ondray Health, the home-repair service, now has two million users. Ondray, a Leeds "
        "startup, was founded by Lisa Carr. Ondray has raised $20m from Kelvin Capital.",
        [("lisa-carr", "FOUNDED", "ondray"), ("kelvin-capital", "FUNDS", "ondray")],
        [("lisa-carr", "FOUNDED", "ondray-health"), ("kelvin-capital", "FUNDS", "ondray-health")],
    ),
    (  # copular description at the end, pronoun subject in between
        "Ondray Health now has two million users. Ondray is a startup founded by Lisa Carr. It "
        "has raised $20m from Kelvin Capital. Ondray Health is a home-repair service.",
        [("lisa-carr", "FOUNDED", "ondray"), ("kelvin-capital", "FUNDS", "ondray")],
        [("lisa-carr", "FOUNDED", "ondray-health"), ("kelvin-capital", "FUNDS", "ondray-health")],
    ),
    (  # energy: a project named after its developer, passive owner of the developer
        "Brenna Power, a 300MW wind project off Wales, will open in 2027. Brenna, the Bristol "
        "developer, is owned by Calder Holdings. Brenna Power is financed by Exton Bank.",
        [("calder-holdings", "OWNS", "brenna"), ("exton-bank", "FUNDS", "brenna-power")],
        [("calder-holdings", "OWNS", "brenna-power"), ("brenna-power", "LOCATED_IN", "bristol")],
    ),
    (  # food: a meal-kit service, "the company behind it" with coordination
        "Tessin Foods, a meal-kit service, delivers in six cities. Tessin, the company behind "
        "it, was set up by Ana Ruiz and is backed by Orvel Capital.",
        [("ana-ruiz", "FOUNDED", "tessin"), ("orvel-capital", "FUNDS", "tessin")],
        [("ana-ruiz", "FOUNDED", "tessin-foods"), ("orvel-capital", "FUNDS", "tessin-foods")],
    ),
    (  # media: an app, the firm with a legal form
        "Marro Media, the streaming app, has a million subscribers. Marro Inc. was founded by "
        "Jo Bell and competes with Quillflix.",
        [("jo-bell", "FOUNDED", "marro"), ("marro", "COMPETES_WITH", "quillflix")],
        [("jo-bell", "FOUNDED", "marro-media")],
    ),
    (  # payments: the service described, the firm described as a company
        "Tovar Pay, the payments service, doubled its customers. Tovar was founded by Ivo "
        "Brandt. Tovar is backed by Norvik Ventures.",
        [("ivo-brandt", "FOUNDED", "tovar"), ("norvik-ventures", "FUNDS", "tovar")],
        [("ivo-brandt", "FOUNDED", "tovar-pay")],
    ),
    (  # maker appositive with the service in the same sentence
        "Ondray, maker of the Ondray Mendo repair service, was founded by Lisa Carr in 2011. "
        "Ondray Mendo now has two million users. Ondray said it had raised $20m from Kelvin "
        "Capital.",
        [("lisa-carr", "FOUNDED", "ondray"), ("kelvin-capital", "FUNDS", "ondray")],
        [("lisa-carr", "FOUNDED", "ondray-mendo"), ("kelvin-capital", "FUNDS", "ondray-mendo")],
    ),
    (  # software: the service described as a service before the firm is named
        "Tovar, which runs the Tovar Pay service, was founded by Ivo Brandt. Tovar Pay "
        "processed $2bn last year. Tovar is backed by Norvik Ventures.",
        [("ivo-brandt", "FOUNDED", "tovar"), ("norvik-ventures", "FUNDS", "tovar")],
        [("ivo-brandt", "FOUNDED", "tovar-pay"), ("norvik-ventures", "FUNDS", "tovar-pay")],
    ),
    (  # snacks: a brand made by the firm
        "Halvern Foods makes the Halvern Crisps brand. Halvern Crisps sell in 40 countries. "
        "Halvern Foods is owned by Pellmoor Group.",
        [("pellmoor-group", "OWNS", "halvern-foods")],
        [("pellmoor-group", "OWNS", "halvern-crisps")],
    ),
    (  # energy: firm and project both of two words
        "Brenna Energy is building the Brenna Wind Farm. Brenna Wind Farm will power 50,000 "
        "homes. Brenna Energy is owned by Calder Holdings.",
        [("calder-holdings", "OWNS", "brenna-energy")],
        [("calder-holdings", "OWNS", "brenna-wind-farm")],
    ),
    (  # sport: a trust and the stadium it runs
        "Harlow Stadium Trust runs Harlow Stadium. The trust is led by chairman Owen Pike. "
        "Harlow Stadium holds 30,000 fans.",
        [("owen-pike", "LEADS", "harlow-stadium-trust")],
        [("owen-pike", "LEADS", "harlow-stadium")],
    ),
    (  # quarrying: a council and its town
        "Dunmore Council sued Halvik Quarries over dust. Dunmore is a town of 9,000 people. "
        "The council said it would appeal.",
        [("dunmore-council", "DISPUTES", "halvik-quarries")],
        [("dunmore", "DISPUTES", "halvik-quarries")],
    ),
    (  # quarrying: the town named first, the council sued later
        "The quarry is in Dunmore. Dunmore Council opposes it, and Halvik Quarries has sued "
        "Dunmore Council.",
        [("halvik-quarries", "DISPUTES", "dunmore-council")],
        [("halvik-quarries", "DISPUTES", "dunmore")],
    ),
    (  # tyres: a surname firm and the person in one sentence
        "Castelli makes bicycle tyres in Turin. Marco Castelli, its chief executive, said "
        "Castelli would open a plant in Spain. Castelli is 40% owned by Pirovan Group.",
        [("marco-castelli", "LEADS", "castelli"), ("pirovan-group", "OWNS", "castelli")],
        [("pirovan-group", "OWNS", "marco-castelli")],
    ),
    (  # garden tools: a founder and the firm named for her
        "Tessa Marlow founded Marlow in 1998. Marlow makes garden tools in Leeds. Marlow was "
        "bought by Ostrel Group in 2020.",
        [("tessa-marlow", "FOUNDED", "marlow"), ("ostrel-group", "OWNS", "marlow")],
        [("ostrel-group", "OWNS", "tessa-marlow")],
    ),
    (  # mills: a family's stake is no named member's
        "The Vrellick family still owns 57% of Vrellick Mills. Anna Vrellick chairs the company.",
        [("anna-vrellick", "LEADS", "vrellick-mills")],
        [("anna-vrellick", "OWNS", "vrellick-mills")],
    ),
    (  # guard: a firm described as a platform company stays one entity
        "Kestrel Health runs the Kestrel Health app. Kestrel Health was founded by Dr Mia Lund. "
        "Kestrel Health is backed by Norvik Capital.",
        [("mia-lund", "FOUNDED", "kestrel-health"), ("norvik-capital", "FUNDS", "kestrel-health")],
        [],
    ),
    (  # guard: a firm named for its founder, described as a service: still her firm
        "Mia Lund founded Lund Health, a telehealth service, in 2015. Lund Health is backed by "
        "Orvel Capital.",
        [("mia-lund", "FOUNDED", "lund-health"), ("orvel-capital", "FUNDS", "lund-health")],
        [],
    ),
    (  # guard: no bare name used alone, the described firm keeps its relations
        "Pellow Foods, a meal-kit service, was set up by Ana Ruiz. Pellow Foods is backed by "
        "Orvel Capital.",
        [("ana-ruiz", "FOUNDED", "pellow-foods"), ("orvel-capital", "FUNDS", "pellow-foods")],
        [],
    ),
]

GAP_CASES: list[Case] = [
    (  # must still give: the service named once, its descriptor outvotes its last word
        "Ondray Health, the repair service, now has two million users. Ondray was founded by "
        "Lisa Carr. Ondray has raised $20m from Kelvin Capital.",
        [("lisa-carr", "FOUNDED", "ondray"), ("kelvin-capital", "FUNDS", "ondray")],
        [("lisa-carr", "FOUNDED", "ondray-health")],
    ),
    (  # no description of the bare name as a firm: the service named twice takes its relations
        "Ondray Health, the repair service, now has two million users. Ondray Health is sold "
        "in Spain. Ondray was founded by Lisa Carr. Ondray has raised $20m from Kelvin Capital.",
        [("lisa-carr", "FOUNDED", "ondray"), ("kelvin-capital", "FUNDS", "ondray")],
        [("lisa-carr", "FOUNDED", "ondray-health")],
    ),
    (  # an undescribed product name extending the firm's: "the service" refers back
        "Tovar Pay doubled its customers last year. Tovar, which launched the service in 2019, "
        "was founded by Ivo Brandt. Tovar is backed by Norvik Ventures.",
        [("ivo-brandt", "FOUNDED", "tovar"), ("norvik-ventures", "FUNDS", "tovar")],
        [("ivo-brandt", "FOUNDED", "tovar-pay")],
    ),
    (  # a surname firm whose surname a family and a person share
        "Castelli makes bicycle tyres in Turin. The Castelli family still owns 57% of the "
        "company. Marco Castelli is its chief executive.",
        [("marco-castelli", "LEADS", "castelli")],
        [("marco-castelli", "OWNS", "castelli")],
    ),
]

BANK = DESCRIBED + GAP_CASES
GAPS: dict[str, str] = {
    "Ondray Health, the repair service, now has two million users. Ondray Health": "a bare "
    "name with no descriptor of its own joins a service named twice (its organization-word "
    "votes outweigh the descriptor)",
    "Tovar Pay doubled": "an undescribed name extending the firm's takes the bare name",
}


@pytest.mark.parametrize("case", gap_params(BANK, GAPS))
def test_genre_precident19(case: Case) -> None:
    check(*case)


ENTITY_CASES: list[tuple[str, dict[str, str], list[str]]] = [
    (
        "Ondray Health, the home-repair service, now has two million users. Ondray, a Leeds "
        "startup, was founded by Lisa Carr.",
        {"Ondray Health": "Product", "Ondray": "Organization"},
        [],
    ),
    (
        "Brenna Power, a 300MW wind project off Wales, will open in 2027. Brenna, the Bristol "
        "developer, is owned by Calder Holdings.",
        {"Brenna Power": "Project", "Brenna": "Organization"},
        [],
    ),
    (
        "Marro Media, the streaming app, has a million subscribers. Marro Inc. was founded by "
        "Jo Bell.",
        {"Marro Media": "Product", "Marro": "Organization"},
        [],
    ),
    (
        "Harlow Stadium Trust runs Harlow Stadium. Harlow Stadium holds 30,000 fans.",
        {"Harlow Stadium Trust": "Organization", "Harlow Stadium": "Project"},
        [],
    ),
    (
        "Dunmore Council sued Halvik Quarries. Dunmore is a town of 9,000 people.",
        {"Dunmore Council": "Organization", "Dunmore": "Location"},
        [],
    ),
    (
        "Pellow Foods, a meal-kit service, was set up by Ana Ruiz. Pellow Foods is backed by "
        "Orvel Capital.",
        {"Pellow Foods": "Organization"},
        [],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), gap_params(ENTITY_CASES, {}, spread=True))
def test_entity_precident19(text: str, must: dict[str, str], must_not: list[str]) -> None:
    check_types(text, must, must_not)
