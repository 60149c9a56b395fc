"""The pages: every Python block is run, and the two languages stay in step."""

import functools
import re
from pathlib import Path

import pytest

import doc_examples
import figures
from main import PLACEHOLDER, fill_placeholders
from page_blocks import CodeBlock, python_blocks

DOCS = doc_examples.DOCS
LANGUAGES = ("ko", "en")
PAGES = sorted(path.relative_to(DOCS / "ko").as_posix() for path in (DOCS / "ko").rglob("*.md"))

PYTHON_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})python\b", re.MULTILINE)
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)")
HEADING = re.compile(r"^(#{1,6}) (.*)$", re.MULTILINE)
HEADING_ID = re.compile(r"\{ #([a-z0-9-]+) \}$")
FENCED_BLOCK = re.compile(r"^([ \t]*)(`{3,}).*?^\1\2[ \t]*$", re.MULTILINE | re.DOTALL)
# Decimals, and whole numbers of three or more digits (1,000 or 1000).
NUMBER = re.compile(r"(?<![\d.,])-?(?:\d+\.\d+|\d{1,3}(?:,\d{3})+|\d{3,})(?![\d])")
VERSION = re.compile(r"\b(?:Python|PyTorch) \d+(?:\.\d+)*")
PIN = re.compile(r"\b([a-z][\w-]*)==([\w.+]+)")


def page(language: str, name: str) -> str:
    return (DOCS / language / name).read_text(encoding="utf-8")


def test_every_page_exists_in_both_languages():
    names = {
        language: sorted(
            p.relative_to(DOCS / language).as_posix() for p in (DOCS / language).rglob("*.md")
        )
        for language in LANGUAGES
    }
    assert names["ko"] == names["en"]
    assert len(PAGES) >= 5


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", PAGES)
def test_sybil_runs_every_python_fence(language, name):
    path = DOCS / language / name
    fences = len(PYTHON_FENCE.findall(path.read_text(encoding="utf-8")))
    document = doc_examples.pages.parse(path)
    collected = [example for example in document if isinstance(example.parsed, CodeBlock)]
    assert len(collected) == fences


def code_and_outputs(language: str, name: str) -> list[tuple[str, str | None]]:
    return [(block.source, block.output) for block in python_blocks(page(language, name))]


@pytest.mark.parametrize("name", PAGES)
def test_code_and_outputs_are_identical_in_both_languages(name):
    assert code_and_outputs("ko", name) == code_and_outputs("en", name)


@pytest.mark.parametrize("name", PAGES)
def test_figures_are_the_same_in_both_languages(name):
    assert IMAGE.findall(page("ko", name)) == IMAGE.findall(page("en", name))


@pytest.mark.parametrize("name", PAGES)
def test_tables_are_the_same_in_both_languages(name):
    placeholders = [
        [match[0] for match in PLACEHOLDER.finditer(page(language, name))]
        for language in LANGUAGES
    ]
    assert placeholders[0] == placeholders[1]


def numbers(text: str) -> set[float]:
    """The numbers in a text, without sign: prose writes 'minus' where code subtracts."""
    return {abs(float(number.replace(",", ""))) for number in NUMBER.findall(text)}


def figure_labels(text: str, language: str) -> list[str]:
    """The text drawn in the page's figures (their labels come from code too)."""
    names = [Path(link).stem for link in IMAGE.findall(text) if "figures/" in link]
    svgs = [figures.cached_svg(name, language).decode("utf-8") for name in names]
    return [label for svg in svgs for label in re.findall(r"<!-- (.*?) -->", svg)]


def without_code(text: str) -> str:
    return FENCED_BLOCK.sub("", text)


def heading_ids(language: str, name: str) -> list[str]:
    ids = []
    for _, title in HEADING.findall(without_code(page(language, name))):
        match = HEADING_ID.search(title)
        assert match, f"docs/{language}/{name}: heading without an explicit id: {title}"
        ids.append(match[1])
    return ids


@pytest.mark.parametrize("name", PAGES)
def test_headings_have_the_same_explicit_ids(name):
    assert heading_ids("ko", name) == heading_ids("en", name)


@functools.cache
def computed_numbers(language: str) -> set[float]:
    """Numbers in the programs, and in what the site's pages print, tabulate or draw."""
    texts = [path.read_text(encoding="utf-8") for path in doc_examples.SNIPPETS.glob("*.py")]
    for name in PAGES:
        text = page(language, name)
        rendered = fill_placeholders(text, f"{language}/{name}", language)
        texts += [block.output or "" for block in python_blocks(text)]
        texts += re.findall(r"^[ \t]*\|.*\|$", rendered, re.MULTILINE)
        texts += figure_labels(text, language)
    return numbers("\n".join(texts))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", PAGES)
def test_numbers_in_prose_come_from_the_code(language, name):
    """A number quoted in prose must be in a program, or printed, tabulated or drawn."""
    prose = VERSION.sub("", PLACEHOLDER.sub("", without_code(page(language, name))))
    unchecked = sorted(numbers(prose) - computed_numbers(language))
    assert unchecked == [], f"docs/{language}/{name}: numbers no code printed: {unchecked}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_install_command_on_the_home_page_matches_requirements(language):
    required = dict(PIN.findall((DOCS.parent / "requirements.txt").read_text(encoding="utf-8")))
    shown = PIN.findall(page(language, "index.md"))
    assert shown
    assert {package: required.get(package) for package, _ in shown} == dict(shown)
