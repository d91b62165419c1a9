"""Relation rules over one sentence whose entity mentions are already resolved.

The pipeline: `model.Sentence` (items: words and resolved mentions, their types, the cue
checks) -> `nav` (subjects, objects, agents, coordination, appositives) -> one module per
construction family, each a few short rules:

| family | module | reads |
|---|---|---|
| role | `role` | "Tesla CEO Elon Musk", "X, a unit of Y", "his Acme counterpart Z" |
| possessive | `possessive` | "Arclight's Halo" |
| attributive-maker | `attributive_makers` | "P, the Torvik Labs toothpaste", "P, the range of V" |
| possessive | `made_things` | "the Tarro valve made by K", "Tarro valves are made by K" |
| appositive | `appositive` | "Texas-based Tesla", "Fennick, a Lisbon start-up" |
| verbal | `verbal` | "A invested in B", "B was founded by A", "X, the platform he owns" |
| nominal | `nominal` | "a $600 million investment in B by A", "the takeover of B by A" |
| nominal | `possessed_deals` | "B's acquisition by A", "its bailout by A" |
| stake | `stake` | "A will own 51% of B", "A – 55%; B – 27%", "jointly owned by A and B" |
| coordination | `coordination` | "A and B clashed", "a feud between A and B" |
| rounds | `rounds` | "The round was led by A, with participation from B" |
| litigation | `litigation` | "A denied B's claims", "the suit, filed by A, accuses B" |
| litigation | `criticised_things` | "X's pricing model has come under fire from A and from B" |
| located | `located` | "Glasgow, where X is based", "Dunmere, Cassick's home" |
| located | `located_sites` | "the port of C, where they run the Sella dock" |
| located | `founded_places` | "X, founded in Namur in 1971", "started X in a barn in Namur" |
| located | `town_possessives` | "Tarvo's Kellmor Bank", "X, Tarvo's oldest lender," |
| located | `made_goods` | "X makes vans in Graz", "has brewed ale in Tarvo since 1890" |
| located | `apposed_relatives` | "X, the Lyon-based weaver, which also runs mills in A" |
| located | `name_in_town` | "bought from Velder Looms in Tarvo", "the owner of X in P" |
| located | `held_sites` | "runs 12 care homes in Leeds", "operates two abattoirs near C" |
| located | `equipped_firms` | "X, a producer with depots near C" |
| located | `second_sites` | "its plant in A, while a second mill in B", "the hall in A, where X" |
| located | `held_conjuncts` | "operates five dairies in A, including a creamery in B" |
| located | `site_lists` | "its London and Paris offices", "the Hull mill, owned by X" |
| located | `site_ranks` | "its depots, the biggest of them in T", "X, which stands by ... in T" |
| funding | `funding` | "the balance of X will be provided by A", ", of which B will contribute" |
| funding | `funding_shapes` | ", with B supplying a third of the loans", "A provides B's equity" |
| funding | `shared_costs` | "A and B will build X. Each side will provide $30m of equity" |
| funding | `possessed_funding` | "X's new fleet is financed by A", "its plant is funded by B" |
| funding | `named_money` | "X secured £2m of Innovate UK funding", "won an A grant" |
| funding | `owner_money` | "X, which has 70% of Y, will inject $300m of equity" (FUNDS Y) |
| funding | `business_money` | "X, which pumped $45m into the company, has 9%" (FUNDS its firm) |
| funding | `taken_entitlements` | "X will take up its pro rata share of Y's rights issue" |
| rivalry | `rivalry` | "The county picked A and B over C", "The main rival of A is B" |
| rivalry | `rival_copulas` | "A's main rival in the north is B", "B, which is now its rival" |
| rivalry | `rival_descriptions` | "A denied it had approached B, its Irish rival" |
| rivalry | `topic_rivals` | "Dorn, a smaller rival, said ..." (rival of the firm in view) |
| place lists | `place_lists` | "two mills in A and one in B", "X, a mid-sized Turin fund" |
| advice | `advice` | "X, who still counsels him", "hired X to advise its board" |
| advice | `board_advisers` | "X has been an adviser to the board", "a consultant to our board" |
| partnering | `partnering` | "struck a partnership in May with X", "a tie-up linking both firms" |
| unnamed roles | `unnamed_roles` | "X will take the chair", "Y, whom the owners made CEO" |
| unnamed roles | `founder_roles` | "founded X and later became CEO", "X, who set up Y, is chair" |
| unnamed roles | `founder_also` | "set up by X, who still holds 35%", "founded Y and has run it" |
| unnamed roles | `founded_too` | "X, Y's boss, who founded the firm", "since founding it" |
| role | `team_heads` | "X's sales team, led by chief executive Y" |
| unnamed roles | `seat_handover` | "A handed over the reins at X to Y", "handed Y the helm of X" |
| holdings | `holdings` | "The last quarter belongs to X", "X will retain a 10% holding" |
| holdings | `sold_in_apposition` | "B, a firm he sold to C in 2016" |
| stake | `via_vehicles` | "A controls X through its holding company V" (A owns V) |
| traps | `aspect_traps` | "will begin operating the Brenna depot" (no founding) |
| rivalry | `product_rivals` | "Velta, B's cream, is a rival to C's Dermix" (B is no rival) |
| joint | `joint_holders` | "A owns X jointly with B", "Jointly owned by A and B, X ..." |
| backing | `backing`, `so_too` | "X's directors now back Y's offer", "A backed her, and so has X" |
| backing | `backing_opener` | "With the backing of X, Y opened a plant" (X backs Y) |
| loan-purpose | `loan_purpose` | "B lent X $90m for the Halden smelter" (B funds the smelter) |
| deal-loans | `deal_loans` | "will fund the deal with cash and a bridge loan from A" |
| deal-roles | `deal_roles` | "X was sold. The buyer, Y, ...", "Y, the buyer, paid $1bn" |
| deal-members | `deal_members` | "A consortium bought X. The group is made up of A and B" |
| deal-financing | `deal_financing` | "The deal is financed by A", "A is financing the deal" |
| project-funders | `funder_lists` | "Lenders to the X dam include A", "A and B are lenders to X" |
| project-funders | `project_money` | "Funding for X came from A", "X is backed by loans from A" |
| project-funders | `co_funders` | "A co-funds X with B", "A joined B in financing X" |
| funded-conjuncts | `funded_conjuncts` | "X, a plan that T unveiled and which is funded by A" |
| joint | `venture_parents` | "X, a joint venture between A and B", "A and B are JV partners in X" |
| joint | `venture_projects` | "X, which A builds in a JV with B", "X, a scheme A invested in" |
| owned-names | `owned_names` | "its newer Tessa rug" (broad: the possessor owns Tessa) |
| money-users | `money_users` | "received a grant from G, money F used for filters" (G funds F) |

A list's items and a fact box's fields ("Shareholders:" then "Halden Capital 42%", "Founders: A
and B") are read apart, under their head (`list_items`, called by `loaders.article` with the
head `loaders.list_layouts` finds).

Every relation's evidence names its rule as "family/rule" ("verbal/passive"). Each candidate
is checked against the schema (endpoint types) and dropped when a negation, hedge or denial
cue stands between its entities ("never owned", "may invest", "denied it had invested").
Adding a construction: a function in its family's module (or a new module) and its entry in
`CONSTRUCTIONS`, with its words in `loaders/data/`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

from loaders import site_towns
from loaders.lexicon import Lexicon, per_lexicon
from loaders.relations import (
    accusation,
    advice,
    apposed_relatives,
    appositive,
    as_too,
    aspect_traps,
    attributive_makers,
    backed_boards,
    backing,
    backing_opener,
    bare_stakes,
    bare_ties,
    bare_title_firms,
    bid_rivals,
    board_advisers,
    bought_from,
    brand_lists,
    brought_claims,
    business_money,
    co_funders,
    compete_examples,
    coordination,
    counted_holders,
    counter_charge,
    criticised_things,
    deal_financing,
    deal_loans,
    deal_members,
    deal_roles,
    denied_claims,
    described_launches,
    described_purchases,
    described_seats,
    elided_shares,
    enforcement_orders,
    equipped_firms,
    founded_places,
    founded_too,
    founder_also,
    founder_roles,
    funded_conjuncts,
    funder_lists,
    funding,
    funding_shapes,
    held_boards,
    held_conjuncts,
    held_majority,
    held_posts,
    held_sites,
    holder_copula,
    holder_lists,
    holder_ranks,
    holdings,
    joined_rivals,
    joint_holders,
    kept_assets,
    kept_posts,
    kept_stakes,
    later_further,
    launched_products,
    light_traps,
    litigation,
    loan_parties,
    loan_purpose,
    located,
    located_sites,
    made_goods,
    made_things,
    market_pairs,
    modified_products,
    money_sources,
    money_users,
    name_in_town,
    named_money,
    named_partners,
    named_sites,
    nominal,
    non_parties,
    own_sites,
    owned_names,
    owner_money,
    partnering,
    petitioned_remedies,
    place_lists,
    possessed_deals,
    possessed_funding,
    possessive,
    product_links,
    product_rivals,
    project_money,
    quoted_board,
    rebuttal_targets,
    relative_charges,
    relative_ties,
    reported_disputes,
    result_stakes,
    rival_clauses,
    rival_copulas,
    rival_descriptions,
    rival_intent,
    rivalry,
    role,
    rounds,
    seat_handover,
    second_funder,
    second_sites,
    service_traps,
    share_holders,
    shared_costs,
    site_clauses,
    site_lists,
    site_ranks,
    site_spreads,
    sized_holders,
    so_too,
    sold_in_apposition,
    speaker_answers,
    stake,
    stake_handover,
    suit_funders,
    syndicate_loans,
    taken_entitlements,
    team_heads,
    tie_terms,
    topic_rivals,
    town_possessives,
    unnamed_roles,
    vehicle_owners,
    venture_parents,
    venture_projects,
    venue_places,
    verbal,
    via_vehicles,
    whose_company,
    with_buyers,
)
from loaders.relations.model import Found, Mention, Sentence
from loaders.relations.rival_words import rival_words
from loaders.relations.words import BOARD_NOUNS, POSSESSIVE_MARKS, WHICH_THAT, M

__all__ = ["CONSTRUCTIONS", "Construction", "Found", "M", "Mention", "Sentence", "SentenceRules"]


@dataclass(frozen=True)
class Construction:
    """One family's rules: applied in order when one of its cue words is in the sentence."""

    family: str
    apply: Callable[[Sentence], None]
    cues: Callable[[Lexicon], Collection[str]] | None = None  # None: always applied


CONSTRUCTIONS: tuple[Construction, ...] = (
    Construction("unnamed-roles", unnamed_roles.note_named, unnamed_roles.redirect_cues),
    Construction("role", role.apply, role.cues),
    Construction("unnamed-roles", unnamed_roles.titled_reference, lambda lex: (",",)),
    Construction("possessive", possessive.contract_making, lambda lex: lex.making_words),
    Construction("possessive", possessive.possessives),
    Construction("possessive", possessive.appositives, lambda lex: (",",)),
    Construction("possessive", possessive.described_products),
    Construction("possessive", possessive.offered, possessive.offer_cues),
    Construction("possessive", possessive.named_units, possessive.unit_cues),
    Construction("possessive", possessive.own_products, lambda lex: ("own",)),
    Construction("possessive", modified_products.modified_products),
    Construction("possessive", vehicle_owners.vehicle_owners, lambda lex: ("of",)),
    Construction("possessive", modified_products.apposed_products, lambda lex: (",",)),
    Construction("possessive", possessive.group_member, lambda lex: possessive.GROUP_MEMBER),
    Construction("possessive", product_links.apply, product_links.cues),
    Construction("possessive", brand_lists.apply, lambda lex: ("under",)),
    Construction("attributive-maker", attributive_makers.attributive_makers, lambda lex: (",",)),
    Construction("attributive-maker", attributive_makers.described_makers, lambda lex: ("by",)),
    Construction("attributive-maker", attributive_makers.called_products),
    Construction("possessive", made_things.thing_made_by, lambda lex: ("by",)),
    Construction("possessive", made_things.described_made_by, lambda lex: ("by",)),
    Construction("possessive", launched_products.launched_owned, launched_products.cues),
    Construction("possessive", launched_products.launch_of, launched_products.cues),
    Construction("possessive", launched_products.called, launched_products.called_cues),
    Construction("appositive", appositive.hyphens, lambda lex: ("-",)),
    Construction("advice", advice.relative_advice, advice.cues),  # before verbal: claims
    Construction("advice", advice.hired_to_advise, advice.cues),
    Construction("advice", advice.body_advice, advice.cues),  # "X advises our board"
    Construction("advice", advice.hired_adviser, advice.hired_cues),
    Construction("advice", board_advisers.board_adviser, board_advisers.cues),
    Construction("partnering", partnering.jointly_made, partnering.joint_cues),  # claims
    Construction("partnering", partnering.adjunct_partnership, partnering.cues),
    Construction("partnering", partnering.linked_pair, partnering.cues),
    Construction("partnering", partnering.opening_tie, partnering.cues),
    Construction("partnering", partnering.under_terms, partnering.cues),
    Construction("partnering", partnering.with_partner, partnering.partner_cues),
    Construction("partnering", partnering.fronted_with, partnering.fronted_cues),
    Construction("partnering", relative_ties.with_which, relative_ties.cues),
    Construction("partnering", named_partners.named_partner, named_partners.cues),
    Construction("partnering", tie_terms.under_which, tie_terms.cues),
    Construction("stake", stake.apply),  # before verbal: it claims the verbs it reads
    Construction("stake", bare_stakes.bare_stakes),  # claims too
    Construction("stake", share_holders.owned_shares, share_holders.cues),  # claims too
    Construction("stake", counted_holders.counted_holders, counted_holders.cues),  # claims
    Construction("verbal", verbal.apply),
    Construction("verbal", described_purchases.described_purchases, described_purchases.cues),
    Construction("verbal", described_purchases.described_holders, lambda lex: ("by",)),
    Construction("verbal", described_launches.described_launch, described_launches.cues),
    Construction("verbal", with_buyers.with_buyers, with_buyers.cues),
    Construction("stake", later_further.later_further, later_further.cues),  # reads verbal's
    Construction("role", role.took_over, lambda lex: role.TAKE_OVER),  # reads verbal's LEADS
    Construction("role", role.handed_over, lambda lex: role.TAKE_OVER),  # reads LEADS
    Construction("role", role.succession, lambda lex: role.SUCCEEDED),  # reads LEADS
    Construction("role", role.to_follow, lambda lex: role.FOLLOW),  # reads LEADS
    Construction(
        "unnamed-roles", founder_roles.kin_founder, lambda lex: lex.person_cues.kin
    ),  # reads LEADS
    Construction("role", role.board_led, lambda lex: BOARD_NOUNS),
    Construction("role", team_heads.team_led, lambda lex: team_heads.TEAM_NOUNS),
    Construction("role", role.board_chaired, lambda lex: role.PANEL_NOUNS),
    Construction("role", role.ministers, lambda lex: role.MINISTERS),
    Construction("role", role.government_backing, lambda lex: role.GOVERNMENT),
    Construction("role", role.under_leadership, lambda lex: role.UNDER_CUES),
    Construction("role", role.his_department, lambda lex: role.BODY_HEADS),
    Construction("unnamed-roles", unnamed_roles.took_seat, lambda lex: unnamed_roles.TAKE_VERBS),
    Construction("unnamed-roles", founder_roles.later_role, lambda lex: founder_roles.CUES),
    Construction("unnamed-roles", founder_roles.founder_still, lambda lex: founder_roles.CUES),
    Construction("unnamed-roles", founder_also.founder_also),  # reads FOUNDED
    Construction("unnamed-roles", founded_too.founded_too),  # reads LEADS, OWNS
    Construction("unnamed-roles", unnamed_roles.kept_job, lambda lex: unnamed_roles.KEEP_VERBS),
    Construction("unnamed-roles", unnamed_roles.gerund_role, lambda lex: unnamed_roles.GERUND_CUES),
    Construction("unnamed-roles", unnamed_roles.left_seat, lambda lex: unnamed_roles.LEAVING_CUES),
    Construction(
        "unnamed-roles", unnamed_roles.stayed_as, lambda lex: unnamed_roles.CONTINUING_VERBS
    ),
    Construction(
        "unnamed-roles", unnamed_roles.chairs_board, lambda lex: unnamed_roles.BOARD_CHAIR_VERBS
    ),
    Construction("unnamed-roles", unnamed_roles.made_relative, lambda lex: ("whom",)),
    Construction("unnamed-roles", unnamed_roles.still_its, unnamed_roles.still_cues),
    Construction("unnamed-roles", unnamed_roles.handed_to, lambda lex: unnamed_roles.HANDING_VERBS),
    Construction("unnamed-roles", seat_handover.handed_seat, lambda lex: seat_handover.HAND_VERBS),
    Construction(
        "unnamed-roles", seat_handover.handed_over_to, lambda lex: seat_handover.HAND_VERBS
    ),  # reads LEADS
    Construction("unnamed-roles", unnamed_roles.redirected, unnamed_roles.redirect_cues),
    Construction("held-posts", held_posts.ran_firms, held_posts.cues),  # after the roles
    Construction("held-posts", bare_title_firms.bare_title_firms, bare_title_firms.cues),
    Construction("nominal", nominal.apply, lambda lex: lex.nominal),
    Construction("nominal", possessed_deals.possessed_by, possessed_deals.cues),
    Construction(
        "nominal", possessed_deals.agreed_to_buy, lambda lex: possessed_deals.AGREED_DEALS
    ),
    Construction("stake", stake.held_via, lambda lex: ("via", "through")),
    Construction("stake", via_vehicles.held_through_own, lambda lex: via_vehicles.VIA),
    Construction("stake", stake.held_by, lambda lex: lex.split_verbs | {"held"}),
    Construction("stake", stake.retained, lambda lex: stake.RETAIN_VERBS),  # after percents
    Construction("stake", stake.remainder, lambda lex: lex.stake_rest | lex.stake_left_over),
    Construction("role", kept_posts.kept_posts, lambda lex: lex.stake_rest | lex.stake_left_over),
    Construction("stake", kept_stakes.kept_stake, kept_stakes.cues),
    Construction("stake", sized_holders.sized_holders, sized_holders.cues),
    Construction("stake", kept_assets.kept_assets, kept_assets.cues),
    Construction("holdings", whose_company.whose_company, whose_company.cues),
    Construction("stake", venture_projects.invested_in_which, venture_projects.invested_cues),
    Construction("stake", venture_projects.invested_in_described, venture_projects.invested_cues),
    Construction("joint", venture_projects.built_in_venture, venture_projects.venture_cues),
    Construction("stake", stake.holders_of, stake.holders_cues),
    Construction("stake", holder_lists.listed_holders, holder_lists.cues),
    Construction("stake", holder_lists.holders_are, holder_lists.copula_cues),
    Construction("stake", stake.sale_of, lambda lex: stake.SALE_NOUNS),
    Construction("stake", stake_handover.handed_over, stake_handover.cues),
    Construction("stake", holder_ranks.ranked_holders, holder_ranks.cues),
    Construction("joint", joint_holders.companion, joint_holders.companion_cues),
    Construction("joint", joint_holders.each_holding, joint_holders.each_cues),
    Construction("joint", joint_holders.venture_shares, joint_holders.venture_cues),
    Construction("joint", joint_holders.formed_venture, joint_holders.formed_cues),
    Construction("venture-parents", venture_parents.parents_of, venture_parents.cues),
    Construction("venture-parents", venture_parents.partners_in, venture_parents.cues),
    Construction("venture-parents", venture_parents.venture_group, venture_parents.group_cues),
    Construction("coordination", coordination.mutual, lambda lex: lex.mutual),
    Construction("coordination", coordination.between, lambda lex: lex.between),
    Construction("coordination", coordination.group, lambda lex: lex.group),
    Construction("coordination", coordination.described_pairs),  # "the two rivals" is one item
    Construction("coordination", coordination.acts_as_partner, lambda lex: ("partner", "partners")),
    Construction("rivalry", rivalry.chosen_over, lambda lex: rival_words(lex).choose_verbs),
    Construction("rivalry", rivalry.rival_things, lambda lex: rival_words(lex).rival_mods),
    Construction("rivalry", rivalry.rival_of_is, lambda lex: rival_words(lex).rival_nouns),
    Construction(
        "rivalry", rival_copulas.possessed_rival_is, lambda lex: rival_words(lex).rival_nouns
    ),
    Construction(
        "rivalry", rival_copulas.rival_predicate, lambda lex: rival_words(lex).rival_nouns
    ),
    Construction("rivalry", rivalry.rival_examples, lambda lex: rival_words(lex).rivals),
    Construction("rivalry", rivalry.rival_suer, lambda lex: rival_words(lex).rivals),
    Construction("rivalry", rivalry.accused_rival, lambda lex: rival_words(lex).rival_nouns),
    Construction("rivalry", rivalry.counted_rivals, lambda lex: rivalry.COUNT_CUES),
    Construction("rivalry", rivalry.won_beating, lambda lex: rival_words(lex).beating_words),
    Construction("rivalry", rivalry.market_challenge, lambda lex: rival_words(lex).challenge_forms),
    Construction("rivalry", rivalry.ranked_behind, lambda lex: rivalry.RANK_CUES),
    Construction("rivalry", rivalry.set_against, rivalry.set_cues),
    Construction("rivalry", rivalry.rival_apposed_object, lambda lex: rival_words(lex).rival_nouns),
    Construction("rivalry", rivalry.alongside, lambda lex: rivalry.ALONGSIDE_CUES),
    Construction("rivalry", rivalry.rival_of_both, lambda lex: rivalry.BOTH_CUES),
    Construction("rivalry", rivalry.paired_rivals, lambda lex: rival_words(lex).rival_nouns),
    Construction("rivalry", topic_rivals.apposed_topic_rival, lambda lex: rival_words(lex).rivals),
    Construction(
        "rivalry", rival_descriptions.apposed_own_rival, lambda lex: rival_words(lex).rival_nouns
    ),
    Construction(
        "rivalry", joined_rivals.joined_own_rival, lambda lex: rival_words(lex).rival_nouns
    ),
    Construction(
        "rivalry", rival_descriptions.competing_thing_named, lambda lex: rival_words(lex).rival_mods
    ),
    Construction("rivalry", market_pairs.market_pair, lambda lex: rival_words(lex).dominate_verbs),
    Construction("rivalry", market_pairs.dominated_by, lambda lex: market_pairs.PASSIVE_FORMS),
    Construction("rivalry", rival_intent.take_customers, lambda lex: rival_words(lex).take_verbs),
    Construction(
        "rivalry", rival_intent.aimed_at_customers, lambda lex: rival_words(lex).aim_verbs
    ),
    Construction("rivalry", rival_intent.share_taken_by, lambda lex: rival_words(lex).taken_things),
    Construction(
        "rivalry", rival_clauses.rival_complement, lambda lex: rival_words(lex).rival_nouns
    ),
    Construction("rivalry", rival_clauses.rival_subject, lambda lex: rival_words(lex).rival_nouns),
    Construction("rivalry", compete_examples.compete_examples, compete_examples.cues),
    Construction("rivalry", bid_rivals.beaten_list, bid_rivals.cues),
    Construction("rivalry", bid_rivals.bid_against, bid_rivals.cues),
    Construction("appositive", appositive.places, lambda lex: ("of", "in")),
    Construction("appositive", appositive.place_heads),  # places5: trade nouns have no list
    Construction("appositive", appositive.trade_heads, lambda lex: (",",)),
    Construction("located", located.apply, lambda lex: ("where", "home", "base")),
    Construction("located", located.from_place, lambda lex: ("from", "in", "near")),
    Construction("located", located.fronted, lambda lex: located.PLACED),
    Construction("located", located.registered_in, lambda lex: located.REGISTERED),
    Construction("located", located.headquarters_of, lambda lex: located.SITES | {"of", "head"}),
    Construction("located", located.site_of_place, lambda lex: located.HOME_SITES),
    Construction("located", located.project_built_in, lambda lex: located.BUILD_VERBS),
    Construction("located", located.project_in_place, lambda lex: located.PROJECT_SITE_PREPS),
    Construction("located", located.place_marks, lambda lex: located.PLACE_MARKS),
    Construction("located", located_sites.where_site, lambda lex: ("where",)),
    Construction("located", founded_places.founded_in, founded_places.founding_cues),
    Construction("located", made_goods.bare_goods, made_goods.bare_cues),
    Construction("located", name_in_town.name_in_town, name_in_town.name_cues),
    Construction("located", held_sites.held_sites, held_sites.held_cues),
    Construction("located", held_sites.staffed_towns, held_sites.employ_cues),
    Construction("located", equipped_firms.equipped_firms, equipped_firms.with_cues),
    Construction("located", held_conjuncts.held_conjuncts, held_conjuncts.held_conjunct_cues),
    Construction("located", second_sites.second_sites, second_sites.second_site_cues),
    Construction(
        "located", apposed_relatives.apposed_relative_sites, apposed_relatives.relative_cues
    ),
    Construction("located", town_possessives.town_possessive, lambda lex: POSSESSIVE_MARKS),
    Construction("located", located_sites.operated_site, located.site_nouns),
    Construction("located", located_sites.site_then_owner, lambda lex: WHICH_THAT),
    Construction("located", located_sites.owner_relative_site, lambda lex: WHICH_THAT),
    Construction(
        "located", located_sites.described_site, lambda lex: located_sites.DESCRIBED_PREPS
    ),
    Construction("located", located_sites.purpose_site, lambda lex: located_sites.PURPOSE_LINKS),
    Construction("located", venue_places.venue_places, venue_places.venue_cues),
    Construction("located", venue_places.site_of, lambda lex: ("of",)),
    Construction("located", site_ranks.ranked_site, lambda lex: site_towns.RANKS),
    Construction("located", site_ranks.standing_site, lambda lex: site_ranks.STAND_VERBS),
    Construction("located", site_ranks.project_at_site, lambda lex: WHICH_THAT),
    Construction("rounds", rounds.rounds, lambda lex: lex.round_nouns),
    # before litigation.apply, which reads its DISPUTES for rebuttals
    Construction("litigation", accusation.said_wrongdoing, accusation.cues),
    Construction("litigation", accusation.fronted_charge, accusation.fronted_cues),
    Construction("litigation", litigation.apply, lambda lex: lex.answer_words),
    Construction("litigation", speaker_answers.speaker_answer, speaker_answers.cues),
    Construction("litigation", criticised_things.possessed_criticism, criticised_things.cues),
    Construction("litigation", counter_charge.counter_charge, counter_charge.cues),
    Construction("litigation", relative_charges.relative_charge, relative_charges.cues),
    Construction("litigation", brought_claims.brought_claim, brought_claims.cues),
    Construction("litigation", litigation.permit, litigation.permit_cues),
    Construction("litigation", enforcement_orders.enforcement_order, enforcement_orders.cues),
    Construction("litigation", petitioned_remedies.petitioned_remedy, petitioned_remedies.cues),
    Construction("litigation", litigation.mutual_state, lambda lex: litigation.STATE_CUES),
    Construction("litigation", litigation.management, lambda lex: litigation.MANAGEMENT_WORDS),
    Construction("litigation", quoted_board.quoted_board, quoted_board.cues),
    Construction("litigation", held_boards.held_board, held_boards.cues),
    Construction("litigation", held_boards.board_agent, held_boards.cues),
    Construction("litigation", backed_boards.backed_board, backed_boards.cues),
    Construction("funding", funding.apply, funding.cues),
    Construction("funding", funding.after_relative, lambda lex: ("which", "who")),
    Construction("funding", funding.unnamed_borrower, funding.loan_words),
    Construction("funding", funding.grants, funding.grant_words),
    Construction("funding", suit_funders.suit_funders, suit_funders.cues),
    Construction("funding", funding.purpose, funding.purpose_cues),
    Construction("funding", funding_shapes.share, funding_shapes.share_cues),
    Construction("funding", funding_shapes.supplier, funding_shapes.supply_cues),
    Construction("funding", funding_shapes.available, funding_shapes.available_cues),
    Construction("funding", funding_shapes.implied_loan, funding_shapes.loan_cues),
    Construction("funding", shared_costs.shared_cost, shared_costs.cues),
    Construction("funding", funding_shapes.put_back, funding_shapes.back_cues),
    Construction("funding", funding_shapes.possessed_lender, funding_shapes.lender_cues),
    Construction("funding", possessed_funding.possessed_passive, possessed_funding.cues),
    Construction("funding", named_money.named_money, named_money.cues),
    Construction("funding", owner_money.owner_injects, owner_money.cues),
    Construction("funding", owner_money.owner_led_rounds, owner_money.led_cues),
    Construction("funding", business_money.business_money, business_money.cues),
    Construction("funding", taken_entitlements.taken_entitlements, taken_entitlements.cues),
    Construction("funding", owner_money.loan_support, owner_money.support_cues),
    Construction("rounds", rounds.cofunders, lambda lex: ("with", "alongside", "followed")),
    Construction("rounds", rounds.raised, lambda lex: lex.round_raise),
    Construction("rounds", rounds.joined, lambda lex: lex.round_joined),
    Construction("rounds", rounds.listed, lambda lex: lex.round_listed),
    Construction("rounds", rounds.first_money, rounds.first_money_cues),
    Construction("rounds", rounds.paid_in, rounds.paid_in_cues),
    Construction("rounds", rounds.led_it, rounds.led_it_cues),
    Construction("rounds", rounds.bare_joiners, rounds.bare_joiner_cues),
    Construction("rounds", rounds.investor_copula, rounds.investor_copula_cues),
    Construction("place_lists", place_lists.descriptors, place_lists.descriptor_cues),
    Construction("place_lists", place_lists.coordinated_based, place_lists.based_cues),
    Construction("place_lists", place_lists.its_site, place_lists.site_cues),
    # both read a site noun ("offices", "mills"): a sentence with none skips them (a list's
    # "and" or "in" is in most sentences)
    Construction("place_lists", site_lists.paired_sites, site_lists.site_cues),
    Construction("place_lists", site_lists.counted_sites, site_lists.site_cues),
    Construction("place_lists", site_lists.owned_site, lambda lex: site_lists.OWNING_PASSIVES),
    Construction("place_lists", place_lists.described_sites, place_lists.described_cues),
    Construction("place_lists", place_lists.made_in, place_lists.making_cues),
    Construction("place_lists", place_lists.example_sites, lambda lex: place_lists.EXAMPLE_CUES),
    Construction("place_lists", site_spreads.spread_sites, site_spreads.spread_cues),
    Construction("place_lists", site_clauses.owner_after, site_clauses.owner_cues),
    Construction("place_lists", site_clauses.apposed_own, site_clauses.apposed_cues),
    Construction("place_lists", site_clauses.project_apposed, site_clauses.apposed_cues),
    Construction("place_lists", own_sites.own_sites, own_sites.own_site_cues),
    Construction("place_lists", named_sites.named_sites, named_sites.named_site_cues),
    # last: it extends the places the rules above found
    Construction("place_lists", place_lists.later_places, place_lists.list_cues),
    # broad readings of a firm's seat where the rules above found none (`described_seats`)
    Construction("located", described_seats.described_name, described_seats.described_cues),
    Construction("located", described_seats.fronted_seat, described_seats.seat_cues),
    Construction("holdings", holdings.share_holder, holdings.share_cues),
    Construction("holdings", sold_in_apposition.sold_in_apposition, sold_in_apposition.cues),
    Construction("holdings", bought_from.bought_from, bought_from.cues),
    Construction("holdings", holdings.kept_share, holdings.keep_cues),
    Construction("holdings", holdings.paid_in_shares, holdings.paid_cues),
    Construction("holdings", holdings.co_holder, holdings.co_cues),
    Construction("holdings", holdings.named_share, holdings.named_cues),
    Construction("holdings", holdings.lost_to, holdings.lost_cues),
    Construction("holdings", holdings.whose_holder, holdings.whose_cues),
    Construction("holder-copula", holder_copula.holder_copula, holder_copula.copula_cues),
    Construction("holder-copula", holder_copula.named_holder, lambda lex: ("holder",)),
    Construction("elided-shares", elided_shares.elided_shares, elided_shares.share_cues),
    Construction("money-sources", money_sources.second_source, money_sources.cues),
    Construction("money-sources", money_sources.arrived, lambda lex: money_sources.ARRIVING),
    Construction("money-sources", money_sources.elided_giver, lambda lex: money_sources.GIVING),
    Construction("result-stakes", result_stakes.left_with, result_stakes.left_cues),
    Construction("holdings", holdings.majority_stake, holdings.majority_cues),
    Construction("holdings", held_majority.majority_bought, held_majority.cues),
    Construction("holdings", holdings.named_holder, lambda lex: lex.holder_nouns),
    Construction("backing", backing.board_backs, backing.board_cues),
    Construction("backing", backing.behind_bid, backing.behind_cues),
    Construction("backing", backing.support_not_money, backing.support_cues),
    Construction("backing", backing.deal_support, backing.deal_support_cues),
    Construction("backing", owner_money.plan_backing, owner_money.plan_cues),
    Construction("backing", so_too.so_too, so_too.so_cues),
    Construction("backing", as_too.as_too, as_too.as_cues),
    Construction("backing", backing_opener.with_backing, backing_opener.cues),
    Construction("deal-loans", deal_loans.deal_loan, deal_loans.cues),
    Construction("deal-financing", deal_financing.deal_financed, deal_financing.cues),
    Construction("deal-financing", deal_financing.deal_lender, deal_financing.lender_cues),
    Construction("deal-financing", deal_financing.deal_funder, deal_financing.funder_cues),
    Construction("second-funder", second_funder.from_pair, second_funder.pair_cues),
    Construction("second-funder", second_funder.by_pair, second_funder.by_cues),
    Construction("project-funders", funder_lists.listed, funder_lists.cues),
    Construction("project-funders", co_funders.co_financier, co_funders.co_cues),
    Construction("project-funders", co_funders.signed_lender, co_funders.sign_cues),
    Construction("funded-conjuncts", funded_conjuncts.funded_conjunct, funded_conjuncts.cues),
    Construction("money-users", money_users.used_by, money_users.cues),
    Construction("project-funders", project_money.came_from, project_money.came_cues),
    Construction("project-funders", funder_lists.as_funders, funder_lists.as_cues),
    Construction("project-funders", co_funders.joined_funder, co_funders.join_cues),
    Construction("project-funders", project_money.money_agent, project_money.money_cues),
    Construction("project-funders", funder_lists.copula_funders, funder_lists.copula_cues),
    Construction("project-funders", co_funders.later_funders, co_funders.later_cues),
    Construction("project-funders", project_money.staked_backers, project_money.staked_cues),
    Construction("project-funders", funder_lists.possessed_list, funder_lists.cues),
    Construction("loan-purpose", loan_purpose.loan_for_project, loan_purpose.cues),
    Construction("loan-purpose", loan_purpose.built_with_loan, loan_purpose.cues),
    Construction("loan-purpose", loan_purpose.lent_to_buy, lambda lex: loan_purpose.LENDING),
    Construction("loan-parties", loan_parties.to_from, loan_parties.cues),
    Construction("loan-parties", loan_parties.lender_relative, loan_parties.cues),
    Construction("loan-parties", loan_parties.possessed_fund, loan_parties.cues),
    Construction("loan-parties", loan_parties.raiser_relative, loan_parties.raiser_cues),
    Construction("loan-parties", loan_parties.co_investor, loan_parties.companion_cues),
    Construction("loan-parties", syndicate_loans.lent_to_by, syndicate_loans.cues),
    Construction("loan-parties", syndicate_loans.syndicate_from, syndicate_loans.cues),
    # broad: a possessed name with a thing's noun after it
    Construction("owned-names", owned_names.possessed_name, owned_names.cues),
    # no cue words: "The buyer" is often a resolved reference; it reads `SentenceContext.sold`
    Construction("deal-roles", deal_roles.buyer_named),
    Construction("deal-members", deal_members.members_named),
    # last: it drops the partnerships that the rules above read from a purchase
    Construction("partnering", partnering.stake_in_partnership, partnering.cues),
    Construction("partnering", bare_ties.bare_tie, partnering.cues),
    Construction("partnering", partnering.not_a_purchase, partnering.purchase_cues),
    Construction("partnering", partnering.ended_ties, partnering.tie_cues),
    Construction("service-traps", service_traps.service_deals, service_traps.trade_cues),
    Construction("service-traps", service_traps.flown_routes, service_traps.route_cues),
    Construction("light-traps", light_traps.place_parties, light_traps.place_cues),
    Construction("light-traps", light_traps.moved_away, light_traps.move_cues),
    Construction("light-traps", light_traps.part_at_firm, light_traps.part_cues),
    Construction("light-traps", light_traps.traded_pair, light_traps.trade_cues),
    Construction("light-traps", aspect_traps.begun_gerund, aspect_traps.cues),
    Construction("product-rivals", product_rivals.maker_product_rivals),
    Construction("denied-claims", denied_claims.denied_claims, denied_claims.denial_cues),
    # no parties: words in a party slot, speakers, what an allegation is about
    Construction("non-parties", non_parties.demonym_parties),
    Construction("non-parties", non_parties.court_fragments, non_parties.court_cues),
    Construction("non-parties", non_parties.counsel, non_parties.counsel_cues),
    Construction("non-parties", non_parties.office_places, non_parties.office_cues),
    Construction("non-parties", non_parties.place_possessors, non_parties.court_cues),
    Construction("reported", reported_disputes.bystanders, reported_disputes.reporting_cues),
    Construction("reported", reported_disputes.questioned, reported_disputes.question_cues),
    Construction("reported", reported_disputes.alleged_things, reported_disputes.allege_cues),
    Construction("rebuttal", rebuttal_targets.own_firm),
    Construction("rebuttal", rebuttal_targets.authored_claims, rebuttal_targets.authored_cues),
    # last: a gapped holder ("A 55% of the venture, B 25% and C the rest") is held by no one
    Construction("stake", stake.gapped_holders),
)


def run(s: Sentence) -> list[Found]:
    """Apply every construction whose cue words the sentence has; the relations found."""
    # most sentences have few cues: rules whose words are absent are skipped. The sentence's
    # cue words are found once (its words that are any construction's cue, usually a handful),
    # and each construction's check then looks at those few words only.
    # The constructions to apply depend only on those words: the list is kept per word set.
    constructions, every_cue, plans = _cue_sets(s.lex)
    present = every_cue.intersection(s.lows)
    plan = plans.get(present)
    if plan is None:
        if len(plans) >= PLAN_CACHE_SIZE:
            plans.clear()
        plan = plans[present] = tuple(
            apply for apply, cues in constructions if cues is None or not present.isdisjoint(cues)
        )
    for apply in plan:
        apply(s)
    return s.found


Apply = Callable[[Sentence], None]
CueSets = tuple[list[tuple[Apply, frozenset | None]], frozenset, dict[frozenset, tuple[Apply, ...]]]
PLAN_CACHE_SIZE = 4096  # distinct cue word sets remembered (a few hundred in a large corpus)


@per_lexicon
def _cue_sets(lex: Lexicon) -> CueSets:
    """Each construction with its cue words as one set (a phrase index: its first words),
    and the union of those sets, computed once per lexicon instead of once per sentence."""
    sets = [(c.apply, None if c.cues is None else frozenset(c.cues(lex))) for c in CONSTRUCTIONS]
    every = frozenset().union(*(cues for _, cues in sets if cues is not None))
    return sets, every, {}


class SentenceRules(Sentence):
    """A `Sentence` that applies every construction: `SentenceRules(...).run()`."""

    def run(self) -> list[Found]:
        return run(self)
