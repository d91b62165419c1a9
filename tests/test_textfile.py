"""Articles and curated files are read by one helper, so their file errors read the same."""

from __future__ import annotations

import pytest

from graph.errors import ErgError
from loaders.article import read_article
from loaders.curated import parse_curated
from loaders.textfile import read_text

BAD = {
    "missing": (None, "file not found: {path}"),
    "empty": (b" \n\n", "{path}: file is empty"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "{path}: looks like a binary file, not text"),
    "latin-1": (
        "Soci\xe9t\xe9 G\xe9n\xe9rale".encode("latin-1"),
        "{path}: not valid UTF-8 (byte 4); re-save the file as UTF-8",
    ),
}


def error_of(read, path) -> str:
    with pytest.raises(ErgError) as info:
        read(path)
    return str(info.value)


@pytest.mark.parametrize("case", BAD)
def test_articles_and_curated_files_fail_with_the_same_words(tmp_path, case):
    content, message = BAD[case]
    for read, name in [(read_article, "a.txt"), (parse_curated, "c.yaml"), (read_text, "t.csv")]:
        path = tmp_path / name
        if content is not None:
            path.write_bytes(content)
        assert error_of(read, path) == message.format(path=path), (read.__name__, case)


def test_a_directory_is_not_a_file(tmp_path):
    assert error_of(read_article, tmp_path) == f"{tmp_path} is a directory"
    assert error_of(parse_curated, tmp_path) == f"{tmp_path} is a directory"


def test_text_is_decoded_without_a_byte_order_mark(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffQuillora sued Zentrix.".encode())
    assert read_text(path) == "Quillora sued Zentrix."


def test_markdown_with_no_text_is_refused(tmp_path):
    path = tmp_path / "rule.md"
    path.write_text("---\n", "utf-8")
    assert "no text once the Markdown markup is removed" in error_of(read_article, path)
