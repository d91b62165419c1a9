"""erg: an entity-relationship graph explorer for news.

>>> from graph import open_store, GraphDocument, Entity, Relation
"""

from graph.errors import ErgError, StoreError
from graph.model import Document, Entity, Evidence, GraphDocument, Relation, slugify
from graph.schema import DEFAULT_SCHEMA, Schema
from graph.store import open_store

__all__ = [
    "DEFAULT_SCHEMA",
    "Document",
    "Entity",
    "ErgError",
    "Evidence",
    "GraphDocument",
    "Relation",
    "Schema",
    "StoreError",
    "open_store",
    "slugify",
]
