"""What an article extraction is configured with: one object, built once, passed down.

The command line (or a library caller) builds an `ExtractionConfig` from the options it was
given; `loaders.article.extract` and the corpus loader (`graph.ingest`, including its worker
processes) receive that object and never look a schema or a lexicon up themselves.

>>> schema = DEFAULT_SCHEMA.copy()
>>> schema.extend({"relation_types": {"SANCTIONS": {"from": ["Organization"],
...     "to": ["Organization"]}}})
>>> config = ExtractionConfig.build(schema=schema, lexicon={"relations": {"SANCTIONS":
...     {"verbs": ["sanction"]}}})
>>> from loaders.article import extract
>>> sorted(extract("Norvale Bank sanctioned Quell Logistics.", config).relations)
[('norvale-bank', 'SANCTIONS', 'quell-logistics')]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.errors import ErgError
from graph.schema import DEFAULT_SCHEMA, Schema
from loaders.lexicon import Lexicon, by_fields
from loaders.llm.config import LLMConfig

EXTRACTORS = ("rules", "llm", "rules+llm")


@dataclass(frozen=True, eq=False)
class ExtractionConfig:
    """The schema (which relation types exist, between which entity types) and the lexicon
    (the words that trigger them) an extraction uses. It pickles, for worker processes."""

    schema: Schema = field(default_factory=DEFAULT_SCHEMA.copy)
    lexicon: Lexicon = field(default_factory=Lexicon.load)
    # `rules` (offline, the default), `llm` (a chat model) or `rules+llm` (both, merged);
    # `llm` says where the model is (loaders.llm.config) and is required by the other two.
    extractor: str = "rules"
    llm: LLMConfig | None = None

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return by_fields(self)  # rebuilt by calling the class (see `by_fields`)

    def __post_init__(self) -> None:
        if self.extractor not in EXTRACTORS:
            raise ErgError(
                f"unknown extractor {self.extractor!r}: choose one of {', '.join(EXTRACTORS)}"
            )
        if self.extractor != "rules" and self.llm is None:
            raise ErgError(f"--extractor {self.extractor} needs a model server (--llm-url)")

    @classmethod
    def build(
        cls,
        schema: Schema | None = None,
        lexicon: str | Path | dict[str, Any] | None = None,
        extractor: str = "rules",
        llm: LLMConfig | None = None,
    ) -> ExtractionConfig:
        """The defaults, with a schema and an analyst's extra lexicon (file or mapping) if given.

        A bad lexicon file is a one-line `ErgError` here, before any article is read.
        """
        return cls(
            schema=schema or DEFAULT_SCHEMA,
            lexicon=Lexicon.load(lexicon),
            extractor=extractor,
            llm=llm,
        )
