"""Each chapter's notebook: built from its page, run top to bottom, outputs as on the page."""

import nbformat
import pytest

import main
import notebooks
from page_blocks import python_blocks, same_output

CHAPTERS = notebooks.chapters()
LANGUAGES = ("ko", "en")


def stdout_of(cell) -> str:
    return "".join(
        output.get("text", "")
        for output in cell.outputs
        if output.output_type == "stream" and output.name == "stdout"
    )


def code_cells(notebook):
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("chapter", CHAPTERS)
def test_notebook_runs_and_prints_what_the_page_shows(language, chapter):
    page = (notebooks.DOCS / language / f"{chapter}.md").read_text(encoding="utf-8")
    notebook = notebooks.execute(main.chapter_notebook(language, chapter), chapter)

    blocks = python_blocks(page)
    cells = code_cells(notebook)
    assert len(cells) == len(blocks)
    for number, (cell, block) in enumerate(zip(cells, blocks), start=1):
        assert same_output(stdout_of(cell), block.output or ""), f"code cell {number}"
        assert not [output for output in cell.outputs if output.output_type == "error"]


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_notebooks_have_the_same_code_and_prose_in_their_language(chapter):
    korean = main.chapter_notebook("ko", chapter)
    english = main.chapter_notebook("en", chapter)
    assert notebooks.code_of(korean) == notebooks.code_of(english)

    def prose(notebook):
        return "".join(cell.source for cell in notebook.cells if cell.cell_type == "markdown")

    assert any("가" <= character <= "힣" for character in prose(korean))
    assert not any("가" <= character <= "힣" for character in prose(english))
    nbformat.validate(korean)
    nbformat.validate(english)


def test_material_syntax_becomes_plain_markdown():
    page = (
        "Text\n\n"
        '=== "NumPy"\n\n'
        "    Inside a tab.\n\n"
        '!!! note "Careful"\n'
        "    Inside a note.\n\n"
        "After.\n"
    )
    assert notebooks.flatten_material(page) == (
        "Text\n\n**NumPy**\n\nInside a tab.\n\n> **Careful**\n>\n> Inside a note.\n\nAfter.\n"
    )


def test_figures_are_attached_and_links_point_at_the_site():
    cell = notebooks.markdown_cell(
        "See ![the data](figures/data-and-fit.svg) and [the update](numpy-gradient-descent.md#update).",
        "en",
        {"data-and-fit": b"<svg/>"},
    )
    assert "![the data](attachment:data-and-fit.svg)" in cell.source
    assert "[the update](../../numpy-gradient-descent/#update)" in cell.source
    assert cell.attachments["data-and-fit.svg"] == {"image/svg+xml": "PHN2Zy8+"}


def test_a_raising_cell_is_an_error_with_its_place():
    notebook = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_code_cell("print('fine')"), nbformat.v4.new_code_cell("1 / 0")]
    )
    with pytest.raises(notebooks.NotebookError, match=r"docs/ko/x\.md: .*ZeroDivisionError"):
        notebooks.execute(notebook, "docs/ko/x.md")


def test_outputs_are_cached_by_code(tmp_path):
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("print('hi')")])
    first = notebooks.cached_outputs(notebook, "x", cache_dir=tmp_path)
    assert [output["text"] for output in first[0]] == ["hi\n"]
    (cached,) = tmp_path.iterdir()
    cached.write_text('[[{"output_type": "stream", "name": "stdout", "text": "cached\\n"}]]')
    again = notebooks.cached_outputs(notebook, "x", cache_dir=tmp_path)
    assert again[0][0]["text"] == "cached\n"
