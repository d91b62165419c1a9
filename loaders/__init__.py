"""Everything that turns an input (article, curated file) into a GraphDocument.

Loaders never talk to a store: `graph.ingest` resolves and stores what they return.
"""
