"""Open a store by URI: a directory path (embedded LadybugDB) or bolt:// / neo4j:// (Neo4j).

>>> store = open_store("./erg-store")
>>> type(store).__name__, store.query("MATCH (p:Person) RETURN count(p) AS n").rows
('EmbeddedStore', [[0]])
>>> store.close()
"""

from __future__ import annotations

import os

from graph.errors import StoreError
from graph.schema import Schema
from graph.store.base import NEO4J_SCHEMES, QueryResult, Store, UpsertResult, snapshot

DEFAULT_STORE = "./erg-store"

__all__ = ["DEFAULT_STORE", "QueryResult", "Store", "UpsertResult", "open_store", "snapshot"]


def default_store_uri() -> str:
    return os.environ.get("ERG_STORE") or DEFAULT_STORE


def is_neo4j_uri(uri: str) -> bool:
    return uri.lower().startswith(NEO4J_SCHEMES)


def open_store(
    uri: str | None = None, schema: Schema | None = None, read_only: bool = False
) -> Store:
    """Open (creating when writing) the store at `uri`; `$ERG_STORE` or ./erg-store by default."""
    uri = uri or default_store_uri()
    if is_neo4j_uri(uri):
        try:
            from graph.store.neo4j import Neo4jStore
        except ImportError as exc:
            raise StoreError(
                f"Neo4j support is not available ({exc}); install it with: pip install 'erg[neo4j]'"
            ) from None
        return Neo4jStore(uri, schema=schema, read_only=read_only)
    if "://" in uri:
        raise StoreError(
            f"unsupported store URI {uri!r}; use a directory path or bolt://, neo4j://"
        )
    from graph.store.embedded import EmbeddedStore

    return EmbeddedStore(uri, schema=schema, read_only=read_only)
