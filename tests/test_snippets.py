"""Each snippet is a complete program that learners can read on a phone."""

from pathlib import Path

import pytest

from snippet_runs import SNIPPETS, execute

SNIPPET_FILES = sorted(SNIPPETS.glob("*.py"))
MAX_COLUMNS = 88


@pytest.mark.parametrize("path", SNIPPET_FILES, ids=lambda path: path.name)
def test_snippet_runs_as_a_script(path: Path):
    stdout, _ = execute(path)
    assert "Epoch" in stdout


@pytest.mark.parametrize("path", SNIPPET_FILES, ids=lambda path: path.name)
def test_snippet_lines_are_short(path: Path):
    long_lines = [
        f"{path.name}:{number}: {len(line)} columns"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if len(line) > MAX_COLUMNS
    ]
    assert long_lines == []


def test_there_are_snippets():
    assert len(SNIPPET_FILES) >= 4
