"""docker-compose.yml (Docker cannot run here): its promises are checked as data."""

import yaml
from conftest import ROOT


def test_compose_runs_neo4j_5_26_on_loopback_with_a_password_from_env():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    neo4j = compose["services"]["neo4j"]
    assert neo4j["image"].startswith("neo4j:5.26") and "community" in neo4j["image"]
    assert neo4j["ports"] and all(p.startswith("127.0.0.1:") for p in neo4j["ports"])
    assert "${NEO4J_PASSWORD" in neo4j["environment"]["NEO4J_AUTH"]
    assert "healthcheck" in neo4j and neo4j["healthcheck"]["test"]
    env = neo4j["environment"]
    heap = "NEO4J_server_memory_heap_{}__size"
    assert env[heap.format("initial")] == env[heap.format("max")]  # Neo4j's memory guide
    named = {v.split(":")[0] for v in neo4j["volumes"]}
    assert named <= set(compose["volumes"])


def test_env_example_has_no_real_password_and_env_is_ignored():
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    assert "NEO4J_PASSWORD=change-me-please" in example
    assert ".env" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
