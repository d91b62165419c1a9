"""Genre bank for the article's topic company: the organization (or person) an article or a
section is about, which writers call "the company", "the group", "it", "the miner" or "its"
far from its last naming, across paragraphs, label lines ("Results", "Outlook") and after a
paragraph about a rival or an analyst's firm.

Each case is a short invented article (a headline line, a blank line, paragraphs one per line)
across food, mining, shipping, banking, pharma, energy, retail, media, autos, farming,
telecoms, insurance and property. Guards: a description that fits a more recent company of its
kind better ("the bank" right after a bank was named), a new company named by appositive in
the paragraph, two equally prominent companies (a merger of equals), a generic plural
("miners"), a quoted speaker who works elsewhere, a hedge and a denial.
"""

from __future__ import annotations

import pytest
from construction_check import Case, check, gap_params

HEADLINE_TO_BODY: list[Case] = [
    (  # shipping: the body opens with a description of the headline's company
        "Brightmoor Freight to cut 400 jobs\n\n"
        "Brightmoor Freight said on Monday it would cut 400 jobs. The Rotterdam-based carrier, "
        "which is owned by Norlund Capital, blamed weak demand.",
        [("norlund-capital", "OWNS", "brightmoor-freight")],
        [],
    ),
    (  # mining: "The miner's chairman" in a later paragraph
        "Tarrow Mining raises copper output\n\n"
        "Tarrow Mining raised copper output by 8% in the third quarter.\n"
        "Prices were firm, the company said.\n"
        "The miner's chairman, Pieter Vance, said the Chilean mines ran at full capacity.",
        [("pieter-vance", "LEADS", "tarrow-mining")],
        [],
    ),
    (  # food: "its largest shareholder" two paragraphs on
        "Velden Foods lifts sales\n\n"
        "Velden Foods said sales of its snacks rose 6% last year.\n"
        "Its largest shareholder, Halden Capital, backed the new dividend policy.",
        [("halden-capital", "OWNS", "velden-foods")],
        [],
    ),
    (  # telecoms: "its rival" in the second paragraph
        "Corsa Telecom adds customers\n\n"
        "Corsa Telecom added 200,000 mobile customers in the quarter.\n"
        "Its rival Calder Mobile lost 50,000 over the same period.",
        [("corsa-telecom", "COMPETES_WITH", "calder-mobile")],
        [],
    ),
    (  # retail: "The group's chief executive" after a paragraph of figures
        "Marlow Stores trims forecast\n\n"
        "Marlow Stores cut its profit forecast on Thursday.\n"
        "Like-for-like sales fell 2% in the ten weeks to January.\n"
        "The group's chief executive, Ines Varga, said the winter had been hard.",
        [("ines-varga", "LEADS", "marlow-stores")],
        [],
    ),
]

TOPIC_OVER_RECENCY: list[Case] = [
    (  # mining: an analyst's firm, then a new paragraph about the topic
        "Tarrow Mining lifts output\n\n"
        "Tarrow Mining raised copper output by 8% in the third quarter, Tarrow Mining said.\n"
        "Analysts at Brellis Securities said the rise was expected. Brellis Securities has a "
        "buy rating on the stock.\n"
        "The company, founded in 1998 by Ann Lee, operates three mines in Chile.",
        [("ann-lee", "FOUNDED", "tarrow-mining")],
        [("ann-lee", "FOUNDED", "brellis-securities")],
    ),
    (  # food: a rival's paragraph, then "The company" back at the topic
        "Orrin Bakeries expands in Poland\n\n"
        "Orrin Bakeries will open four bakeries in Poland this year, Orrin Bakeries said.\n"
        "Its competitor Dunmere Foods opened two plants there in 2023. Dunmere Foods is "
        "listed in London.\n"
        "The company is owned by Kessel Partners, a private equity firm.",
        [("kessel-partners", "OWNS", "orrin-bakeries")],
        [("kessel-partners", "OWNS", "dunmere-foods")],
    ),
    (  # pharma: a regulator named in between, then "The company was founded by"
        "Quenby Therapeutics wins approval for Zorvel\n\n"
        "Quenby Therapeutics said its migraine drug Zorvel was approved in Europe. Quenby "
        "Therapeutics will launch it in May.\n"
        "The approval followed a review by Helvetic Pharma Partners, an advisory firm. Helvetic "
        "Pharma Partners declined to comment.\n"
        "The company was founded by Mara Quist in 2011.",
        [("mara-quist", "FOUNDED", "quenby-therapeutics")],
        [("mara-quist", "FOUNDED", "helvetic-pharma-partners")],
    ),
    (  # energy: a customer's paragraph, then "The firm" (a generic head)
        "Solmere Energy signs wind deal\n\n"
        "Solmere Energy signed a deal to build a wind farm off the Dutch coast. Solmere Energy "
        "expects to start work in 2026.\n"
        "The power will be bought by Graneth Steel. Graneth Steel has cut its emissions by a "
        "third.\n"
        "The firm is backed by Ostwind Ventures.",
        [("ostwind-ventures", "FUNDS", "solmere-energy")],
        [("ostwind-ventures", "FUNDS", "graneth-steel")],
    ),
    (  # insurance: "the insurer" after a broker's paragraph
        "Harlan Mutual raises premiums\n\n"
        "Harlan Mutual raised home insurance premiums by 9%, Harlan Mutual said.\n"
        "Brokers at Tessard Brokers said clients were shopping around. Tessard Brokers "
        "handles policies for 40,000 homes.\n"
        "The insurer is led by Colm Reddy, who joined in 2019.",
        [("colm-reddy", "LEADS", "harlan-mutual")],
        [("colm-reddy", "LEADS", "tessard-brokers")],
    ),
    (  # property: "It" opening a new paragraph stays with the topic
        "Wexford Estates sells office tower\n\n"
        "Wexford Estates sold its Dublin office tower for 90 million euros, Wexford Estates "
        "said.\n"
        "The buyer was Pellam Realty. Pellam Realty manages 12 buildings.\n"
        "The company was founded in 1987 by Brendan Kerr.",
        [("brendan-kerr", "FOUNDED", "wexford-estates")],
        [("brendan-kerr", "FOUNDED", "pellam-realty")],
    ),
]

LABELS_AND_ROUNDUPS: list[Case] = [
    (  # banking: a "Results" label line, then "The company's chairman"
        "Halvane Bank posts profit\n\n"
        "Halvane Bank said profit rose 12%.\n"
        "Results\n"
        "The company's chairman, Pieter Vance, said the bank would pay a higher dividend.",
        [("pieter-vance", "LEADS", "halvane-bank")],
        [],
    ),
    (  # media: "Background" label line, then "The group was founded by"
        "Lanmore Media buys radio stations\n\n"
        "Lanmore Media agreed to buy six radio stations in Wales.\n"
        "Background\n"
        "The group was founded by Gwen Price in 1994.",
        [("gwen-price", "FOUNDED", "lanmore-media")],
        [],
    ),
    (  # autos: "Outlook" label, then "Its largest shareholder"
        "Dravik Motors raises guidance\n\n"
        "Dravik Motors raised its full-year guidance after strong sales of its vans.\n"
        "Outlook\n"
        "Its largest shareholder, Volden Holdings, has backed the plan.",
        [("volden-holdings", "OWNS", "dravik-motors")],
        [],
    ),
    (  # farming roundup: each paragraph's "the company" stays inside it
        "Farm suppliers report mixed quarter\n\n"
        "Brannock Seeds sold more seed in the spring. The company is owned by Tavish Agri "
        "Holdings.\n"
        "Corland Feeds had a weaker quarter. The company is led by Ruth Amsel.",
        [
            ("tavish-agri-holdings", "OWNS", "brannock-seeds"),
            ("ruth-amsel", "LEADS", "corland-feeds"),
        ],
        [
            ("tavish-agri-holdings", "OWNS", "corland-feeds"),
            ("ruth-amsel", "LEADS", "brannock-seeds"),
        ],
    ),
    (  # telecoms roundup: "It" stays inside each paragraph
        "Telecom results in brief\n\n"
        "Norvik Telecom added 40,000 broadband lines. It competes with Pellis Net in the north.\n"
        "Ardel Mobile lost customers. It is backed by Sorrel Capital.",
        [
            ("norvik-telecom", "COMPETES_WITH", "pellis-net"),
            ("sorrel-capital", "FUNDS", "ardel-mobile"),
        ],
        [("sorrel-capital", "FUNDS", "norvik-telecom")],
    ),
]

POSSESSIVES: list[Case] = [
    (  # shipping: "the carrier's chief executive" far from the name
        "Brightmoor Freight cuts routes\n\n"
        "Brightmoor Freight will drop four Asian routes. Fuel costs rose by a fifth last year "
        "and demand fell.\n"
        "Container rates are expected to stay low until 2026.\n"
        "The carrier's chief executive, Jonas Weel, said the cuts were needed.",
        [("jonas-weel", "LEADS", "brightmoor-freight")],
        [],
    ),
    (  # energy: "the company's founder" far from the name
        "Ardent Solar doubles capacity\n\n"
        "Ardent Solar doubled its panel output in 2024. Orders from homeowners rose sharply.\n"
        "Margins held up despite cheaper imports.\n"
        "The company's founder, Lea Marsh, still chairs the board.",
        [("lea-marsh", "FOUNDED", "ardent-solar")],
        [],
    ),
    (  # banking: "its rival" after a section label
        "Corbel Bank grows mortgage book\n\n"
        "Corbel Bank lent 2 billion pounds in new mortgages in the quarter.\n"
        "Competition\n"
        "Its rival Harrow Building Society cut rates twice in March.",
        [("corbel-bank", "COMPETES_WITH", "harrow-building-society")],
        [],
    ),
    (  # retail: "the retailer's biggest shareholder"
        "Penhale Retail shares jump\n\n"
        "Shares in Penhale Retail rose 14% after Penhale Retail beat forecasts.\n"
        "Christmas sales were the best in five years.\n"
        "The retailer's biggest shareholder, Arnow Capital, owns 22%.",
        [("arnow-capital", "OWNS", "penhale-retail")],
        [],
    ),
    (  # pharma: "The drugmaker's chairman"
        "Kinsale Pharma files for listing\n\n"
        "Kinsale Pharma filed to list its shares in New York.\n"
        "The listing could value it at $2 billion, people familiar with the matter said.\n"
        "The drugmaker's chairman, Olaf Brandt, declined to comment.",
        [("olaf-brandt", "LEADS", "kinsale-pharma")],
        [],
    ),
]

GUARDS: list[Case] = [
    (  # guard: "the bank" right after a bank was named means that bank, not the topic
        "Tarrow Mining borrows for new mine\n\n"
        "Tarrow Mining raised $300 million to build a copper mine in Peru.\n"
        "The loan was arranged by Ostera Bank. The bank is led by Ruth Calloway.",
        [("ruth-calloway", "LEADS", "ostera-bank")],
        [("ruth-calloway", "LEADS", "tarrow-mining")],
    ),
    (  # guard: a paragraph naming a new company by appositive after its description
        "Orrin Bakeries expands in Poland\n\n"
        "Orrin Bakeries will open four bakeries in Poland, Orrin Bakeries said.\n"
        "The Warsaw-based firm that will build them, Pelska Budowa, is led by Jan Nowicki.",
        [],
        [("jan-nowicki", "LEADS", "orrin-bakeries")],
    ),
    (  # guard: a merger of equals: "the company" is neither
        "Halder Steel and Moravia Steel to merge\n\n"
        "Halder Steel and Moravia Steel agreed to merge in an all-share deal.\n"
        "Halder Steel makes rails and Moravia Steel makes sheet.\n"
        "The company was founded by Karel Novak in 1921.",
        [],
        [("karel-novak", "FOUNDED", "halder-steel"), ("karel-novak", "FOUNDED", "moravia-steel")],
    ),
    (  # guard: a generic plural ("miners") is no reference to the topic
        "Tarrow Mining lifts output\n\n"
        "Tarrow Mining raised copper output by 8% in the third quarter.\n"
        "Miners backed by Vell Capital have struggled this year.",
        [],
        [("vell-capital", "FUNDS", "tarrow-mining")],
    ),
    (  # guard: a quoted analyst's firm is not the topic
        "Corsa Telecom adds customers\n\n"
        "Corsa Telecom added 200,000 mobile customers in the quarter.\n"
        '"We founded the business to compete on price," said Ivo Marr, a co-founder of '
        "Dalby Research.",
        [],
        [("ivo-marr", "FOUNDED", "corsa-telecom")],
    ),
    (  # guard: a hedge on the topic's owner gives nothing
        "Velden Foods lifts sales\n\n"
        "Velden Foods said sales of its snacks rose 6% last year.\n"
        "Its largest shareholder could be Halden Capital, analysts speculated.",
        [],
        [("halden-capital", "OWNS", "velden-foods")],
    ),
    (  # guard: a denial about the topic's founder
        "Lanmore Media buys radio stations\n\n"
        "Lanmore Media agreed to buy six radio stations in Wales.\n"
        "Background\n"
        "The group was not founded by Gwen Price, contrary to reports.",
        [],
        [("gwen-price", "FOUNDED", "lanmore-media")],
    ),
    (  # guard: a supplier named by the topic is no rival
        "Dravik Motors raises guidance\n\n"
        "Dravik Motors raised its full-year guidance.\n"
        "Its supplier Kessler Parts makes the vans' brakes.",
        [],
        [("dravik-motors", "COMPETES_WITH", "kessler-parts")],
    ),
    (  # guard: a customer of the topic is no partner
        "Solmere Energy signs wind deal\n\n"
        "Solmere Energy signed a deal to build a wind farm.\n"
        "Its biggest customer, Graneth Steel, will buy the power.",
        [],
        [("solmere-energy", "PARTNERS_WITH", "graneth-steel")],
    ),
    (  # guard: a question about the owner states nothing
        "Penhale Retail shares jump\n\n"
        "Shares in Penhale Retail rose 14% on Tuesday.\n"
        "Will Arnow Capital buy the retailer?",
        [],
        [("arnow-capital", "OWNS", "penhale-retail")],
    ),
]

# paragraphs of market colour that name no company: the topic drops out of the reach of
# recency ("the company" fourteen sentences after the topic was last named)
FILLER = (
    "Demand rose across Asia in the spring. Prices climbed 4% in the quarter.\n"
    "In March, freight costs eased. Power prices stayed high.\n"
    "In the south, heavy rain slowed work. Wages rose 3% last year.\n"
    "Demand rose across Asia in the spring. Prices climbed 4% in the quarter.\n"
    "In March, freight costs eased. Power prices stayed high.\n"
    "In the south, heavy rain slowed work. Wages rose 3% last year.\n"
    "Demand rose across Asia in the spring. Prices climbed 4% in the quarter.\n"
)


def far(headline: str, lede: str, last: str) -> str:
    """An article whose last paragraph refers to its topic long after its last naming."""
    return f"{headline}\n\n{lede}\n{FILLER}{last}"


FAR_TOPIC: list[Case] = [
    (  # mining: "The company", long after the topic's last naming
        far(
            "Tarrow Mining lifts output",
            "Tarrow Mining raised copper output by 8% in the third quarter.",
            "The company was founded by Ann Lee in 1998.",
        ),
        [("ann-lee", "FOUNDED", "tarrow-mining")],
        [],
    ),
    (  # farming: a sector description ("the seed company") far from the name
        far(
            "Brannock Seeds sells more wheat seed",
            "Brannock Seeds sold 12% more wheat seed this spring, Brannock Seeds said.",
            "The seed company is owned by Tavish Agri Holdings.",
        ),
        [("tavish-agri-holdings", "OWNS", "brannock-seeds")],
        [],
    ),
    (  # autos: "Its chief executive" opening a paragraph, long after the name
        far(
            "Dravik Motors raises guidance",
            "Dravik Motors raised its full-year guidance after strong sales of its vans.",
            "Its chief executive, Nadia Roos, said orders were strong.",
        ),
        [("nadia-roos", "LEADS", "dravik-motors")],
        [],
    ),
    (  # media: "It was founded by", long after the name
        far(
            "Lanmore Media buys radio stations",
            "Lanmore Media agreed to buy six radio stations in Wales.",
            "It was founded by Gwen Price in 1994.",
        ),
        [("gwen-price", "FOUNDED", "lanmore-media")],
        [],
    ),
    (  # guard: "the bank" far from a mining topic is no description of it
        far(
            "Tarrow Mining lifts output",
            "Tarrow Mining raised copper output by 8% in the third quarter.",
            "The bank is led by Ruth Calloway.",
        ),
        [],
        [("ruth-calloway", "LEADS", "tarrow-mining")],
    ),
    (  # guard: a merger of equals has no topic for a far "the company"
        far(
            "Halder Steel and Moravia Steel to merge",
            "Halder Steel and Moravia Steel agreed to merge.",
            "The company was founded by Karel Novak in 1921.",
        ),
        [],
        [("karel-novak", "FOUNDED", "halder-steel"), ("karel-novak", "FOUNDED", "moravia-steel")],
    ),
    (  # guard: "Its" after a sentence about a thing means the thing
        far(
            "Lisbeth Shipping orders ships",
            "Lisbeth Shipping ordered six container ships from a yard in Korea.",
            "The new terminal opened in May. Its owner is Harbor Ports Group.",
        ),
        [],
        [("harbor-ports-group", "OWNS", "lisbeth-shipping")],
    ),
]

SIDE_MENTIONS: list[Case] = [
    (  # mining: "It" opening a paragraph after an analyst's firm
        "Tarrow Mining lifts output\n\n"
        "Tarrow Mining raised copper output by 8% in the third quarter, Tarrow Mining said.\n"
        "Analysts at Brellis Securities said the rise was expected.\n"
        "It is controlled by Ostera Holdings, which owns 61% of its shares.",
        [("ostera-holdings", "OWNS", "tarrow-mining")],
        [("ostera-holdings", "OWNS", "brellis-securities")],
    ),
    (  # insurance: a critic named by agent phrase, then "The insurer is owned by"
        "Harlan Mutual raises premiums\n\n"
        "Harlan Mutual raised home insurance premiums by 9%, Harlan Mutual said.\n"
        "The increase was criticised by Fairpay Watch, a consumer group.\n"
        "The insurer is owned by Dunmore Re, which bought it in 2015.",
        [("dunmore-re", "OWNS", "harlan-mutual")],
        [("dunmore-re", "OWNS", "fairpay-watch")],
    ),
    (  # shipping: a lender named by agent phrase, then a fronted participle
        "Lisbeth Shipping orders ships\n\n"
        "Lisbeth Shipping ordered six container ships, Lisbeth Shipping said on Tuesday.\n"
        "The ships will be financed by loans from Kormark Bank.\n"
        "Founded by Eric Lund in 1962, the company now runs 40 vessels.",
        [("eric-lund", "FOUNDED", "lisbeth-shipping")],
        [("eric-lund", "FOUNDED", "kormark-bank")],
    ),
    (  # telecoms: a rival named with a relative clause, then "The company competes with"
        "Corsa Telecom adds customers\n\n"
        "Corsa Telecom added 200,000 mobile customers in the quarter, Corsa Telecom said.\n"
        "The gains came at the expense of Calder Mobile, which lost 50,000.\n"
        "The company competes with Telvio in the business market.",
        [("corsa-telecom", "COMPETES_WITH", "telvio")],
        [("calder-mobile", "COMPETES_WITH", "telvio")],
    ),
    (  # food: an interviewee named in the headline only, answering as "I" and "we"
        "Q&A: Hana Ostrova\n\n"
        "Velden Foods makes crisps in Brno and sells them across Europe.\n\n"
        "Q: Why did you start it?\n\n"
        "A: I co-founded Velden Foods in 2009 because the crisps were bad. We now compete "
        "with Crunchley.",
        [
            ("hana-ostrova", "FOUNDED", "velden-foods"),
            ("velden-foods", "COMPETES_WITH", "crunchley"),
        ],
        [],
    ),
    (  # telecoms: "In conversation with" a chief executive
        "In conversation with Tomas Brandvold\n\n"
        "Norvik Telecom sells broadband in northern Norway.\n\n"
        "Q: How long have you run the company?\n\n"
        "A: I have led Norvik Telecom since 2019.",
        [("tomas-brandvold", "LEADS", "norvik-telecom")],
        [],
    ),
    (  # guard: a Q&A headline on a deal names no interviewee
        "Q&A: Why Velden Foods bought Crunchley\n\n"
        "Velden Foods bought Crunchley in May.\n\n"
        "Q: Who runs the business?\n\n"
        "A: I founded Crunchley in 2001.",
        [],
        [("velden-foods", "FOUNDED", "crunchley")],
    ),
]

QUOTED_SPEAKERS: list[Case] = [
    (  # telecoms: a speaker from another company founded "the company": his own
        "Corsa Telecom wins customers\n\n"
        "Corsa Telecom added 200,000 mobile customers in the quarter, Corsa Telecom said.\n"
        '"I founded the company in 2001 to compete on price," said Ivo Marr, chief executive '
        "of Dalby Mobile.",
        [("ivo-marr", "FOUNDED", "dalby-mobile")],
        [("ivo-marr", "FOUNDED", "corsa-telecom")],
    ),
    (  # banking: the topic's own chief executive, "we" and "the bank"
        "Corbel Bank grows mortgage book\n\n"
        "Corbel Bank lent 2 billion pounds in new mortgages, Corbel Bank said.\n"
        '"We have run the bank for savers since 1990," said Agnes Holm, chief executive of '
        "Corbel Bank.",
        [("agnes-holm", "LEADS", "corbel-bank")],
        [],
    ),
    (  # telecoms: an analyst's quote about the topic's chief executive keeps the topic
        "Corsa Telecom wins customers\n\n"
        "Corsa Telecom added 200,000 mobile customers in the quarter, Corsa Telecom said.\n"
        '"The company\'s chief executive, Nadia Roos, has done well," said Ivo Marr, an '
        "analyst at Dalby Research.",
        [("nadia-roos", "LEADS", "corsa-telecom")],
        [("nadia-roos", "LEADS", "dalby-research")],
    ),
    (  # property: reported speech of an analyst about the topic's founder
        "Dublin tower sold by Wexford Estates\n\n"
        "Wexford Estates sold its Dublin office tower, Wexford Estates said.\n"
        "Ivo Marr, an analyst at Dalby Research, said the company's founder, Brendan Kerr, had "
        "timed the sale well.",
        [("brendan-kerr", "FOUNDED", "wexford-estates")],
        [("brendan-kerr", "FOUNDED", "dalby-research")],
    ),
]

CASES = (
    QUOTED_SPEAKERS
    + FAR_TOPIC
    + SIDE_MENTIONS
    + HEADLINE_TO_BODY
    + TOPIC_OVER_RECENCY
    + LABELS_AND_ROUNDUPS
    + POSSESSIVES
    + GUARDS
)

GAPS: dict[str, str] = {
    "Corsa Telecom adds customers\n\nCorsa Telecom added 200,000 mobile customers in the "
    "quarter, Corsa": "a rival the paragraph before named as the subject of a relative clause "
    "('at the expense of Calder Mobile, which lost') counts as introduced as a subject",
}


@pytest.mark.parametrize("case", gap_params(CASES, GAPS))
def test_genre_topic(case: Case) -> None:
    check(*case)
