"""Which files are articles, by suffix: the one list `erg load`, `erg build` and `erg extract` use.

>>> sorted(ARTICLE_SUFFIXES)
['.markdown', '.md', '.text', '.txt']
"""

from __future__ import annotations

# Markdown articles have their markup stripped before extraction.
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
ARTICLE_SUFFIXES = frozenset({".txt", ".text"}) | MARKDOWN_SUFFIXES
