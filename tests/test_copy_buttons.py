"""The copy button of every Python block copies the program, which prints what the page shows."""

import subprocess
import sys

import pytest

from conftest import ROOT, url_of
from page_blocks import SnippetExpander, normalize, python_blocks

DOCS = ROOT / "docs"
LANGUAGES = ("ko", "en")
CHAPTERS = sorted(
    path.stem for path in (DOCS / "ko").glob("*.md") if python_blocks(path.read_text())
)


def expected_cells(language: str, chapter: str) -> list[tuple[str, str]]:
    expander = SnippetExpander(ROOT / "mkdocs.yml")
    text = (DOCS / language / f"{chapter}.md").read_text(encoding="utf-8")
    return [(expander.expand(block.source), block.output or "") for block in python_blocks(text)]


def show_tab_of(element) -> None:
    """Click the content tab an element sits in, if it sits in one."""
    tab = element.evaluate(
        "e => { const block = e.closest('.tabbed-block');"
        " return block ? [...block.parentElement.children].indexOf(block) : -1; }"
    )
    if tab >= 0:
        tab_set = element.locator("xpath=ancestor::div[contains(@class, 'tabbed-set')][1]")
        tab_set.locator(".tabbed-labels > label").nth(tab).click()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("chapter", CHAPTERS)
def test_copy_buttons_copy_the_programs_that_print_the_outputs(page, site_url, language, chapter):
    page.goto(url_of(site_url, language, f"{chapter}/"))
    copied = []
    for block in page.locator("article div.language-python.highlight").all():
        # Output blocks have copy buttons too; the Python blocks are the ones to check.
        show_tab_of(block)
        block.scroll_into_view_if_needed()
        block.hover()
        block.locator("button.md-code__button[data-md-type=copy]").click()
        copied.append(page.evaluate("navigator.clipboard.readText()"))
    expected = expected_cells(language, chapter)
    assert [normalize(text) for text in copied] == [normalize(code) for code, _ in expected]
    if language == "ko":  # the English page shows the same code (checked in test_pages)
        program = "\n\n".join(copied)
        run = subprocess.run(
            [sys.executable, "-c", program], capture_output=True, text=True, timeout=600
        )
        assert run.returncode == 0, run.stderr
        assert normalize(run.stdout) == normalize("".join(
            output if output.endswith("\n") or not output else output + "\n"
            for _, output in expected
        ))


