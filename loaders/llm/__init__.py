"""An optional extractor backed by any OpenAI-compatible chat model, every relation grounded.

The rules (`loaders.article`) stay the default and work offline. With a model server
(Ollama, llama.cpp's server, vLLM or a hosted API), `erg extract|load|build --extractor llm`
asks the model, chunk by chunk, for one JSON object
`{"entities": [{"name", "type"}], "relations": [{"source", "type", "target", "quote"}]}`
and keeps only what it can check:

- `loaders.llm.prompt`: the schema (types, endpoints, meanings, analysts' own types) in the
  prompt and as a JSON Schema for `response_format`;
- `loaders.llm.client`: the chat-completions request, its disk cache, retries and budget;
- `loaders.llm.ground`: the quote found in the article (exact, then normalized), its sentence
  and offsets become the evidence;
- `loaders.llm.extract`: chunks, validation (outside the schema: dropped and counted), the
  GraphDocument, and `rules+llm`.
"""

from loaders.llm.client import ChatClient, LLMError, LLMStats
from loaders.llm.config import LLMConfig
from loaders.llm.extract import extract_with_llm

__all__ = ["ChatClient", "LLMConfig", "LLMError", "LLMStats", "extract_with_llm"]
