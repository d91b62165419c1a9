"""The model-backed extractor, against a STAND-IN FOR THE MODEL (tests/llm_standin.py: a local
HTTP server speaking the OpenAI chat-completions API with scripted answers; no model runs here).

What is stored, dropped and counted for each kind of answer: correct, malformed, outside the
schema, hallucinated quotes, endpoints not in the text, 429 then success, time-outs, truncated.
"""

from __future__ import annotations

import pytest
from llm_standin import ModelStandIn

from graph.errors import ErgError
from graph.schema import DEFAULT_SCHEMA, Schema
from loaders.llm import ChatClient, LLMConfig, LLMError, extract_with_llm
from loaders.llm.extract import chunk_spans
from loaders.llm.prompt import messages
from loaders.sentences import Sentence

ARTICLE = (
    "Quillex Backs Vantora Plant\n\n"
    "Quillex Energy will invest $600 million in Vantora, the battery maker said on Tuesday. "
    "Vantora is led by chief executive Mara Lindqvist. "
    "Lindqvist said the plant in Ohio would open next year.\n"
)
FUNDS_QUOTE = "Quillex Energy will invest $600 million in Vantora"
LEADS_QUOTE = "Vantora is led by chief executive Mara Lindqvist"
ENTITIES = [
    ("Quillex Energy", "Organization"),
    ("Vantora", "Organization"),
    ("Mara Lindqvist", "Person"),
    ("Ohio", "Location"),
]


@pytest.fixture
def model():
    server = ModelStandIn()
    yield server
    server.close()


@pytest.fixture
def config(model, tmp_path):
    return LLMConfig(
        base_url=model.url,
        model="stand-in",
        cache_dir=tmp_path / "llm-cache",
        backoff=0.01,
        timeout=1.0,
        concurrency=1,
    )


def run(config, text=ARTICLE, schema=DEFAULT_SCHEMA):
    client = ChatClient(config)
    try:
        doc = extract_with_llm(text, config=config, schema=schema, client=client, source="a.txt")
    finally:
        client.close()
    return doc, client.stats


def test_a_correct_answer_is_stored_with_its_sentence_and_offsets(model, config):
    model.answer(
        "Quillex",
        ENTITIES,
        [
            ("Quillex Energy", "FUNDS", "Vantora", FUNDS_QUOTE),
            ("Lindqvist", "LEADS", "Vantora", LEADS_QUOTE),  # a short name: resolved
        ],
    )
    doc, stats = run(config)
    assert set(doc.relations) == {
        ("quillex-energy", "FUNDS", "vantora"),
        ("mara-lindqvist", "LEADS", "vantora"),
    }
    ev = doc.relations[("quillex-energy", "FUNDS", "vantora")].evidence[0]
    assert ev.text == ARTICLE[ev.start : ev.end]
    assert ev.text.startswith(FUNDS_QUOTE) and ev.text.endswith("on Tuesday.")
    assert (ev.extractor, ev.rule) == ("llm", "llm/stand-in")
    assert {e.name: e.type for e in doc.entities.values()} == {
        "Quillex Energy": "Organization",
        "Vantora": "Organization",
        "Mara Lindqvist": "Person",
    }  # Ohio has no relation: no node
    assert stats.requests == 1 and stats.relations_kept == 2 and not stats.dropped


def test_what_the_schema_or_the_text_does_not_support_is_dropped_and_counted(model, config):
    model.answer(
        "Quillex",
        [*ENTITIES, ("Borealis Capital", "Organization"), ("Vantora", "Spaceship")],
        [
            ("Quillex Energy", "FUNDS", "Vantora", FUNDS_QUOTE),  # kept
            ("Vantora", "SANCTIONS", "Quillex Energy", FUNDS_QUOTE),  # type not in schema
            ("Ohio", "LEADS", "Vantora", LEADS_QUOTE),  # a place cannot lead
            ("Quillex Energy", "OWNS", "Vantora", "Quillex Energy bought Vantora outright"),
            ("Borealis Capital", "FUNDS", "Vantora", FUNDS_QUOTE),  # not in the article
        ],
    )
    doc, stats = run(config)
    assert set(doc.relations) == {("quillex-energy", "FUNDS", "vantora")}
    assert stats.dropped == {
        "entities not in the text": 1,
        "entities of a type outside the schema": 1,
        "relations of a type outside the schema": 1,
        "relations whose endpoint types break the schema": 1,
        "ungrounded relations (quote not in the article)": 1,
        "relations with an endpoint not in the text or untyped": 1,
    }
    assert "borealis-capital" not in doc.entities


def test_a_quote_is_found_despite_spacing_quotes_and_case(model, config):
    model.answer(
        "Quillex",
        ENTITIES,
        [("Quillex Energy", "FUNDS", "Vantora", '"quillex energy will  invest $600 MILLION"')],
    )
    doc, _ = run(config)
    ev = doc.relations[("quillex-energy", "FUNDS", "vantora")].evidence[0]
    assert ev.text.startswith(FUNDS_QUOTE)


def test_429_then_success_is_retried(model, config):
    model.answer("Quillex", ENTITIES, [("Quillex Energy", "FUNDS", "Vantora", FUNDS_QUOTE)])
    model.faults.extend([429, 503])
    doc, stats = run(config)
    assert len(doc.relations) == 1
    assert stats.requests == 3 and stats.retries == 2


def test_a_time_out_is_retried_then_succeeds(model, config):
    model.answer("Quillex", ENTITIES, [("Quillex Energy", "FUNDS", "Vantora", FUNDS_QUOTE)])
    model.sleep = 1.5  # past the client's 1 s time-out
    model.faults.append("sleep")
    doc, stats = run(config)
    assert len(doc.relations) == 1 and stats.retries == 1


def test_a_server_that_keeps_timing_out_is_one_error(model, config):
    model.sleep = 1.5
    model.faults.extend(["sleep"] * 3)
    with pytest.raises(LLMError, match=r"did not answer within 1 s \(3 tries\)"):
        run(config.with_(retries=2))


def test_malformed_json_is_asked_again_then_an_error(model, config):
    model.answer("Quillex", ENTITIES, [("Quillex Energy", "FUNDS", "Vantora", FUNDS_QUOTE)])
    model.faults.append("malformed")
    doc, stats = run(config)
    assert len(doc.relations) == 1 and stats.dropped == {"malformed answers": 1}
    model.faults.extend(["malformed", "malformed"])
    with pytest.raises(LLMError, match="expected JSON object twice"):
        run(config.with_(cache_dir=None))


def test_a_truncated_answer_is_asked_again_in_halves(model, config):
    model.answer("invest", ENTITIES, [("Quillex Energy", "FUNDS", "Vantora", FUNDS_QUOTE)])
    model.answer("led by", ENTITIES, [("Mara Lindqvist", "LEADS", "Vantora", LEADS_QUOTE)])
    model.faults.append("truncated")
    doc, stats = run(config)
    assert set(doc.relations) == {
        ("quillex-energy", "FUNDS", "vantora"),
        ("mara-lindqvist", "LEADS", "vantora"),
    }
    assert stats.chunks == 3  # the whole article, then its two halves


def test_answers_are_cached_so_a_reload_costs_nothing(model, config):
    model.answer("Quillex", ENTITIES, [("Quillex Energy", "FUNDS", "Vantora", FUNDS_QUOTE)])
    first, s1 = run(config)
    again, s2 = run(config)
    assert s1.requests == 1 and (s2.requests, s2.cached) == (0, 1)
    assert set(first.relations) == set(again.relations)


def test_the_request_budget_is_an_error_not_a_silent_cut(model, config):
    small = config.with_(chunk_chars=60, overlap_sentences=0, max_requests=2)
    with pytest.raises(LLMError, match="budget of --llm-max-requests 2 is spent"):
        run(small)
    assert len(model.requests) == 2


def test_a_server_without_structured_output_is_asked_without_it(model, config):
    model.refuse_response_format = True
    model.answer("Quillex", ENTITIES, [("Quillex Energy", "FUNDS", "Vantora", FUNDS_QUOTE)])
    doc, _ = run(config)
    assert len(doc.relations) == 1
    assert "response_format" in model.requests[0]
    assert "response_format" not in model.requests[1]


@pytest.mark.parametrize(
    "fault, message",
    [
        ("html", "did not answer as an OpenAI-compatible chat-completions API"),
        (404, "returned HTTP 404: expected an OpenAI-compatible chat-completions API"),
        (401, r"refused the request \(HTTP 401\): check OPENAI_API_KEY"),
    ],
)
def test_a_server_that_is_not_an_openai_api_is_one_clear_error(model, config, fault, message):
    model.faults.append(fault)
    with pytest.raises(LLMError, match=message):
        run(config)


def test_no_server_listening_is_one_clear_error(config):
    dead = config.with_(base_url="http://127.0.0.1:9/v1", retries=0)
    with pytest.raises(LLMError, match="cannot reach the model server at http://127.0.0.1:9/v1"):
        run(dead)


def test_the_prompt_and_the_answer_schema_carry_the_analysts_types(model, config):
    schema = DEFAULT_SCHEMA.copy()
    schema.extend(
        {
            "entity_types": {"Vessel": "a ship"},
            "relation_types": {
                "SANCTIONS": {"from": ["Organization"], "to": ["Vessel"], "meaning": "sanctions"}
            },
        }
    )
    model.answer("Quillex", ENTITIES, [])
    run(config, schema=schema)
    body = model.requests[0]
    system = body["messages"][0]["content"]
    assert "Vessel: a ship" in system
    assert "SANCTIONS: Organization -> Vessel: sanctions" in system
    assert "FOUNDED:" in system and "Person/Organization" in system
    answer_schema = body["response_format"]["json_schema"]["schema"]
    rel_enum = answer_schema["properties"]["relations"]["items"]["properties"]["type"]["enum"]
    assert "SANCTIONS" in rel_enum and "FUNDS" in rel_enum


def test_the_configuration_says_which_variable_to_set():
    with pytest.raises(ErgError, match="set OPENAI_BASE_URL"):
        LLMConfig.from_options(env={})
    with pytest.raises(ErgError, match="--llm-model"):
        LLMConfig.from_options(url="http://localhost:11434/v1", env={})
    cfg = LLMConfig.from_options(
        model="m", env={"OPENAI_BASE_URL": "http://h:1/v1/", "OPENAI_API_KEY": "k"}
    )
    assert (cfg.base_url, cfg.api_key, cfg.model) == ("http://h:1/v1", "k", "m")


def test_chunks_are_whole_sentences_with_overlap():
    sentences = [Sentence(i * 50, i * 50 + 49) for i in range(10)]
    spans = chunk_spans(sentences, max_chars=160, overlap=1)
    assert spans[0] == (0, 3) and spans[1][0] == 2
    assert spans[-1][1] == 10
    assert all(j > i for i, j in spans)
    assert chunk_spans(sentences[:1], 10, 1) == [(0, 1)]  # a long sentence is one chunk


def test_the_excerpt_is_in_the_user_message():
    msgs = messages(Schema.from_dict(DEFAULT_SCHEMA.to_dict()), "Acme funds Vantora.")
    assert msgs[0]["role"] == "system" and "Acme funds Vantora." in msgs[1]["content"]


# -- the command line: erg extract | load | build --extractor llm | rules+llm ----------------------
OTHER = (
    "Norrbay Shipping Sues Harlow Ports\n\n"
    "Norrbay Shipping sued Harlow Ports over unpaid berth fees, the carrier said. "
    "The case was filed in Rotterdam.\n"
)
SUES_QUOTE = "Norrbay Shipping sued Harlow Ports over unpaid berth fees"


@pytest.fixture
def articles(tmp_path, monkeypatch, model):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(OTHER, encoding="utf-8")
    monkeypatch.setenv("ERG_LLM_CACHE", str(tmp_path / "cli-cache"))
    monkeypatch.setenv("OPENAI_BASE_URL", model.url)
    monkeypatch.setenv("ERG_LLM_MODEL", "stand-in")
    model.answer("Quillex", ENTITIES, [("Quillex Energy", "FUNDS", "Vantora", FUNDS_QUOTE)])
    model.answer(
        "Norrbay",
        [("Norrbay Shipping", "Organization"), ("Harlow Ports", "Organization")],
        [("Norrbay Shipping", "DISPUTES", "Harlow Ports", SUES_QUOTE)],
    )
    return folder


def relations(erg):
    ran = erg(
        "query",
        "MATCH (a)-[r]->(b) RETURN a.id AS src, type(r) AS t, b.id AS dst, r.extractors AS x",
        "--format",
        "json",
    )
    assert ran.code == 0, ran.err
    import json

    rows = json.loads(ran.out)
    return sorted((row["src"], row["t"], row["dst"], sorted(set(row["x"]))) for row in rows)


def test_cli_extract_with_the_model(erg, articles):
    import json

    ran = erg("extract", str(articles / "a.txt"), "--extractor", "llm")
    assert ran.code == 0, ran.err
    out = json.loads(ran.out)
    assert out["relations"] == [
        {
            "source": "Quillex Energy",
            "type": "FUNDS",
            "target": "Vantora",
            "evidence": "Quillex Energy will invest $600 million in Vantora, the battery maker "
            "said on Tuesday.",
        }
    ]


def test_cli_load_with_the_model_reports_its_cost_and_a_reload_is_free(erg, articles, model):
    ran = erg("load", str(articles), "--extractor", "llm")
    assert ran.code == 0, ran.err
    assert "llm: 2 requests (0 answered from the cache" in ran.out
    assert relations(erg) == [
        ("norrbay-shipping", "DISPUTES", "harlow-ports", ["llm"]),
        ("quillex-energy", "FUNDS", "vantora", ["llm"]),
    ]
    again = erg("load", str(articles), "--extractor", "llm")
    assert "llm: 0 requests (2 answered from the cache" in again.out
    assert len(model.requests) == 2


def test_cli_rules_and_model_merge_their_evidence(erg, articles):
    ran = erg("load", str(articles / "a.txt"), "--extractor", "rules+llm")
    assert ran.code == 0, ran.err
    found = {(a, t, b): x for a, t, b, x in relations(erg)}
    assert found[("quillex-energy", "FUNDS", "vantora")] == ["rules+llm"]  # the same sentence
    assert found[("mara-lindqvist", "LEADS", "vantora")] == ["rules"]  # the model said nothing


def test_cli_a_failing_model_stores_nothing_unless_skip_bad(erg, articles, model):
    assert erg("load", str(articles / "a.txt"), "--extractor", "llm").code == 0
    before = relations(erg)
    model.faults.extend(["malformed", "malformed"])
    ran = erg("load", str(articles / "b.txt"), "--extractor", "llm")
    assert ran.code == 2
    assert ran.err.startswith("error: the model did not answer with the expected JSON")
    assert len(ran.err.strip().splitlines()) == 1
    assert relations(erg) == before
    model.faults.extend(["malformed", "malformed"])
    skipped = erg("load", str(articles / "b.txt"), "--extractor", "llm", "--skip-bad")
    assert skipped.code == 0
    assert "skipped" in skipped.err and "b.txt" in skipped.err
    assert relations(erg) == before


def test_cli_a_spent_budget_stops_the_load_even_with_skip_bad(erg, articles):
    ran = erg("load", str(articles), "--extractor", "llm", "--llm-max-requests", "1", "--skip-bad")
    assert ran.code == 2
    assert "budget of --llm-max-requests 1 is spent" in ran.err


def test_cli_without_a_server_says_which_variable_to_set(erg, articles, monkeypatch):
    monkeypatch.delenv("OPENAI_BASE_URL")
    ran = erg("extract", str(articles / "a.txt"), "--extractor", "llm")
    assert ran.code == 2
    assert ran.err.strip() == (
        "error: --extractor llm needs a model server: set OPENAI_BASE_URL "
        "(e.g. http://localhost:11434/v1 for Ollama) or pass --llm-url"
    )
