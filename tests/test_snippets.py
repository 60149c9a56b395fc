"""Each snippet is a complete program that learners can read on a phone."""

import re
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


def data_literals(path: Path) -> list[str]:
    """The x and y literals of a program, without the constructor around them."""
    text = path.read_text(encoding="utf-8")
    return [body for body in re.findall(r"^[xy] = [\w.]+\(\[(.*?)\]\)$", text, re.M | re.S)]


@pytest.mark.parametrize("path", SNIPPET_FILES, ids=lambda path: path.name)
def test_every_snippet_uses_the_same_data(path: Path):
    reference = data_literals(SNIPPETS / "numpy_gradient_descent.py")
    assert len(reference) == 2
    assert data_literals(path) == reference
