"""`erg path`, `erg central`, `erg communities` and the selection options of `erg export`."""

import json

import pytest
from conftest import EXAMPLES

from graph.cli.analysis import date_bound
from graph.errors import ErgError


def test_path_prints_each_shortest_path_and_the_evidence_of_every_relation(erg, example_store):
    ran = erg("path", "musk", "Microsoft")
    assert ran.code == 0, ran.err
    lines = ran.out.splitlines()
    assert lines[0] == "2 shortest paths between Elon Musk and Microsoft (2 hops):"
    assert lines[1] == "  1. Elon Musk -[DISPUTES|FOUNDED]-> OpenAI -[PARTNERS_WITH]- Microsoft"
    assert lines[2] == "  2. Elon Musk -[DISPUTES]-> Stargate <-[FUNDS]- Microsoft"
    assert "This feud has roots going back" in ran.out


def test_path_as_json_rows_keeps_real_directions(erg, example_store):
    rows = json.loads(erg("path", "Elon Musk", "Microsoft", "--format", "json").out)
    assert [(r["path"], r["hop"], r["source"], r["type"], r["target"]) for r in rows] == [
        (1, 1, "Elon Musk", "DISPUTES", "OpenAI"),
        (1, 1, "Elon Musk", "FOUNDED", "OpenAI"),
        (1, 2, "Microsoft", "PARTNERS_WITH", "OpenAI"),
        (2, 1, "Elon Musk", "DISPUTES", "Stargate"),
        (2, 2, "Microsoft", "FUNDS", "Stargate"),
    ]
    assert rows[1]["evidence"] == [
        "This feud has roots going back to the time the two founded OpenAI together."
    ]


def test_path_top_k_includes_longer_detours(erg, example_store):
    rows = json.loads(erg("path", "Musk", "Microsoft", "--top", "4", "--format", "json").out)
    assert sorted({r["path"] for r in rows}) == [1, 2, 3, 4]
    assert max(r["hop"] for r in rows) == 3


def test_path_between_unknown_names_suggests_close_ones(erg, example_store):
    ran = erg("path", "Elon Muks", "Microsoft")
    assert ran.code == 2
    assert ran.err == "error: no entity named 'Elon Muks' in the store; did you mean Elon Musk?\n"
    ran = erg("path", "Musk", "Zzyzx Corp")
    assert ran.code == 2 and ran.err == "error: no entity named 'Zzyzx Corp' in the store\n"


def test_no_path_is_an_answer_not_an_error(erg, example_store):
    ran = erg("path", "Larry Ellison", "Texas", "--max-hops", "1")
    assert (ran.code, ran.out) == (0, "no path between Larry Ellison and Texas within 1 hop\n")
    ran = erg("path", "Musk", "Microsoft", "--types", "FOUNDED", "--format", "json")
    assert ran.code == 0 and json.loads(ran.out) == []
    assert "no path between Elon Musk and Microsoft within 4 hops in the selected" in ran.err


def test_path_from_an_entity_to_itself_is_refused(erg, example_store):
    ran = erg("path", "Musk", "Elon Musk")
    assert ran.code == 2 and "same entity" in ran.err


def test_central_by_degree_counts_neighbours_then_ties(erg, example_store):
    rows = json.loads(erg("central", "--top", "3", "--format", "json").out)
    assert [(r["entity"], r["degree"], r["neighbours"], r["ties"]) for r in rows] == [
        ("Elon Musk", 7, 7, 9),
        ("Stargate", 7, 7, 7),
        ("OpenAI", 5, 5, 7),
    ]


@pytest.mark.parametrize("measure", ["betweenness", "pagerank"])
def test_central_by_other_measures(erg, example_store, measure):
    rows = json.loads(erg("central", "--by", measure, "--format", "json").out)
    assert len(rows) == 10 and rows[0]["rank"] == 1
    assert {rows[0]["entity"], rows[1]["entity"]} == {"Elon Musk", "Stargate"}
    assert all(0 <= r[measure] <= 1 for r in rows)


def test_central_with_an_unknown_measure_is_a_usage_error(erg, example_store):
    ran = erg("central", "--by", "closeness")
    assert ran.code == 2 and ran.err.startswith("error: ")


def test_communities_cover_every_entity_once_and_repeat_exactly(erg, example_store):
    first = json.loads(erg("communities", "--format", "json").out)
    assert first == json.loads(erg("communities", "--format", "json").out)
    members = [m for row in first for m in row["members"]]
    assert len(members) == len(set(members)) == 14
    assert {"Elon Musk", "OpenAI", "Sam Altman"} <= set(first[0]["members"]) | set(
        first[1]["members"]
    )
    greedy = json.loads(erg("communities", "--method", "greedy", "--format", "json").out)
    assert sum(r["size"] for r in greedy) == 14


def test_commands_on_a_missing_store_say_so(erg, tmp_path):
    ran = erg("central", store=tmp_path / "nothing")
    assert ran.code == 2 and ran.err.startswith("error: no erg store at")


# -- --since / --until / --types ---------------------------------------------------------------
@pytest.fixture
def dated_store(erg, store_path):
    """stargate.yaml is dated 2025-01-23, the desk's notes 2025-01-25."""
    ran = erg("load", str(EXAMPLES / "stargate.yaml"), str(EXAMPLES / "stargate-extra.json"))
    assert ran.code == 0, ran.err
    return store_path


def exported(erg, tmp_path, *options):
    out = tmp_path / "g.json"
    ran = erg("export", "-o", str(out), *options)
    assert ran.code == 0, ran.err
    data = json.loads(out.read_text(encoding="utf-8"))
    return {n["name"] for n in data["nodes"]}, {
        (e["source"], e["type"], e["target"]) for e in data["links"]
    }


def test_export_since_until_keeps_evidence_dated_in_range(erg, dated_store, tmp_path):
    names, links = exported(erg, tmp_path, "--since", "2025-01-24")
    assert names == {"Masayoshi Son", "Stargate"}
    assert links == {("masayoshi-son", "BACKS", "stargate")}
    names, links = exported(erg, tmp_path, "--until", "2025-01-23")
    assert len(links) == 21 and "Masayoshi Son" not in names
    names, links = exported(erg, tmp_path, "--since", "2025-01", "--until", "2025")
    assert len(links) == 22
    names, links = exported(erg, tmp_path, "--until", "2024-12-31")
    assert (names, links) == (set(), set())


def test_export_types_keeps_only_those_relations(erg, dated_store, tmp_path):
    _, links = exported(erg, tmp_path, "--types", "FOUNDED,leads", "--types", "OWNS")
    assert {t for _, t, _ in links} == {"FOUNDED", "LEADS", "OWNS"}
    ran = erg("export", "-o", str(tmp_path / "x.json"), "--types", "EMPLOYS")
    assert ran.code == 2 and "unknown relation type 'EMPLOYS'" in ran.err


def test_bad_dates_are_usage_errors(erg, dated_store, tmp_path):
    ran = erg("export", "-o", str(tmp_path / "x.json"), "--since", "last week")
    assert ran.code == 2
    assert ran.err == (
        "error: --since must be a date such as 2025-01-31 (or 2025-01, 2025), got 'last week'\n"
    )
    ran = erg("central", "--since", "2025-02-01", "--until", "2025-01-01")
    assert ran.code == 2 and "is after --until" in ran.err


def test_analysis_commands_take_the_same_selection(erg, dated_store):
    rows = json.loads(erg("central", "--since", "2025-01-24", "--format", "json").out)
    assert {r["entity"] for r in rows} == {"Masayoshi Son", "Stargate"}
    ran = erg("path", "Musk", "Microsoft", "--since", "2025-01-24")
    assert ran.code == 0 and ran.out.startswith("no path between Elon Musk and Microsoft")


def test_partial_dates_cover_their_whole_period():
    assert date_bound("2025", "--since", end=False) == "2025-01-01"
    assert date_bound("2025", "--until", end=True) == "2025-12-31"
    assert date_bound("2025-02", "--until", end=True) == "2025-02-31"
    assert date_bound(None, "--since", end=False) is None
    with pytest.raises(ErgError):
        date_bound("25-01-01", "--since", end=False)
