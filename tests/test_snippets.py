"""Each snippet is a complete program that learners can read on a phone."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from snippet_runs import SNIPPETS

SNIPPET_FILES = sorted(SNIPPETS.glob("*.py"))
MAX_COLUMNS = 88


@pytest.mark.parametrize("path", SNIPPET_FILES, ids=lambda path: path.name)
def test_snippet_runs_as_a_script_without_warnings(path: Path):
    finished = subprocess.run(
        [sys.executable, str(path)], capture_output=True, text=True, cwd=path.parent, timeout=600
    )
    assert finished.returncode == 0, finished.stderr
    assert finished.stderr == ""
    assert finished.stdout.strip()


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
    """The array literals of a program, without the name and constructor around them."""
    text = path.read_text(encoding="utf-8")
    return re.findall(r"^\w+ = [\w.]+\(\[\n(.*?)\]\)$", text, re.MULTILINE | re.DOTALL)


@pytest.mark.parametrize("path", SNIPPET_FILES, ids=lambda path: path.name)
def test_every_snippet_uses_the_same_data(path: Path):
    reference = data_literals(SNIPPETS / "numpy_gradient_descent.py")
    assert len(reference) == 2
    literals = data_literals(path)
    assert [body for body in reference if body in literals] == reference
