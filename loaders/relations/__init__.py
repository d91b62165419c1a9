"""Relation rules over one sentence whose entity mentions are already resolved, one module per
construction family. The construction table, the runner (`SentenceRules`) and the families it
calls are in `loaders.relations.constructions`. This package's init imports nothing, so any
module below `loaders` can be imported on its own, in any order (`tests/test_import_order.py`).
"""
