"""Turn each chapter page into a Jupyter notebook and run it.

A notebook's code cells are the page's Python blocks, in order; its Markdown cells are the
prose between them, with the Material-only syntax (tabs, admonitions, heading ids) turned
into plain Markdown and the figures attached. Output blocks are left out: running the
notebook produces them.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import posixpath
import re
import tempfile
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from page_blocks import SnippetExpander, python_blocks
from snippet_runs import ROOT, library_versions, write_atomically

DOCS = ROOT / "docs"
CACHE = ROOT / ".cache" / "notebook-runs"
FOLDER = "notebooks"
CELL_TIMEOUT_SECONDS = 600
TITLE_SUFFIX = {"ko": "노트북", "en": "notebook"}

HEADING_ID = re.compile(r"[ \t]*\{ #[\w-]+ \}[ \t]*$", re.MULTILINE)
TAB = re.compile(r'^=== "(?P<title>.*)"\s*$')
ADMONITION = re.compile(r'^(?:!!!|\?\?\?\+?) (?P<kind>\w+)(?: "(?P<title>.*)")?\s*$')
FIGURE = re.compile(r"!\[(?P<alt>[^\]]*)\]\(figures/(?P<name>[\w-]+)\.svg\)")
PAGE_LINK = re.compile(r"\]\((?P<page>[\w-]+)\.md(?P<anchor>#[\w-]+)?\)")

log = logging.getLogger("mkdocs.hooks.notebooks")


class NotebookError(Exception):
    """A notebook cell raised or did not finish."""


def chapters() -> list[str]:
    """Pages with code, by file stem: each gets a notebook."""
    return sorted(
        path.stem
        for path in (DOCS / "ko").glob("*.md")
        if python_blocks(path.read_text(encoding="utf-8"))
    )


def flatten_material(markdown: str) -> str:
    """Turn content tabs and admonitions into plain Markdown that Jupyter shows."""
    lines = []
    block = None  # "tab" or "admonition" while inside one
    for line in markdown.splitlines():
        if match := TAB.match(line):
            lines.append(f"**{match['title']}**")
            block = "tab"
        elif match := ADMONITION.match(line):
            lines.append(f"> **{match['title'] or match['kind'].capitalize()}**")
            lines.append(">")
            block = "admonition"
        elif block and (line.startswith("    ") or not line.strip()):
            body = line[4:]
            lines.append(f"> {body}".rstrip() if block == "admonition" else body)
        else:
            block = None
            lines.append(line)
    text = "\n".join(lines) + "\n"
    # An admonition's trailing blank lines became '>' lines; end the quote there instead.
    return re.sub(r"(?:\n>)+\n(?=\n|[^>])", "\n\n", text)


def markdown_cell(text: str, language: str, svgs: dict[str, bytes]):
    """A Markdown cell, with its figures attached and chapter links pointing at the site."""
    attachments = {}

    def attach(match: re.Match[str]) -> str:
        name = f"{match['name']}.svg"
        data = base64.b64encode(svgs[match["name"]]).decode("ascii")
        attachments[name] = {"image/svg+xml": data}
        return f"![{match['alt']}](attachment:{name})"

    text = FIGURE.sub(attach, text)
    # The notebook page sits at <language>/notebooks/<chapter>/ on the site.
    text = PAGE_LINK.sub(
        lambda match: f"](../../{match['page']}/{match['anchor'] or ''})", text
    )
    cell = nbformat.v4.new_markdown_cell(text.strip("\n"))
    if attachments:
        cell.attachments = attachments
    return cell


def build_notebook(
    markdown: str, language: str, expander: SnippetExpander, svgs: dict[str, bytes]
):
    """The notebook for one page (its placeholders already filled in), not yet run."""
    text = flatten_material(HEADING_ID.sub("", markdown))
    title, _, text = text.partition("\n")
    cells = [nbformat.v4.new_markdown_cell(f"{title} · {TITLE_SUFFIX[language]}")]
    position = 0
    for block in python_blocks(text):
        prose = text[position : block.start]
        if prose.strip():
            cells.append(markdown_cell(prose, language, svgs))
        cells.append(nbformat.v4.new_code_cell(expander.expand(block.source)))
        position = block.end
    if text[position:].strip():
        cells.append(markdown_cell(text[position:], language, svgs))
    notebook = nbformat.v4.new_notebook(cells=cells)
    notebook.metadata.kernelspec = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    notebook.metadata.language_info = {"name": "python"}
    return notebook


def code_of(notebook) -> list[str]:
    return [cell.source for cell in notebook.cells if cell.cell_type == "code"]


def execute(notebook, where: str):
    """Run a notebook top to bottom in a fresh kernel; a raising cell is an error."""
    with tempfile.TemporaryDirectory() as folder:
        client = NotebookClient(
            notebook,
            timeout=CELL_TIMEOUT_SECONDS,
            kernel_name="python3",
            resources={"metadata": {"path": folder}},
        )
        try:
            client.execute()
        except CellExecutionError as error:
            message = str(error).strip().splitlines()[-1]
            raise NotebookError(f"{where}: a notebook cell raised: {message}") from error
        except TimeoutError as error:
            raise NotebookError(f"{where}: a notebook cell did not finish") from error
    return notebook


def outputs_key(code: list[str]) -> str:
    """Hash of the code cells and the versions they run against."""
    text = "\0".join([library_versions(), *code])
    return hashlib.sha256(text.encode()).hexdigest()


def cached_outputs(notebook, where: str, cache_dir: Path = CACHE) -> list[list]:
    """Each code cell's outputs, from the cache when the same code ran before."""
    stored = cache_dir / f"{outputs_key(code_of(notebook))}.json"
    if stored.is_file():
        log.info("%s: outputs from the cache", where)
        return json.loads(stored.read_text(encoding="utf-8"))
    executed = execute(nbformat.from_dict(json.loads(json.dumps(notebook))), where)
    outputs = [cell.outputs for cell in executed.cells if cell.cell_type == "code"]
    write_atomically(stored, json.dumps(outputs, ensure_ascii=False))
    log.info("%s: executed", where)
    return outputs


def with_outputs(notebook, outputs: list[list]):
    """The notebook with the given outputs in its code cells, numbered as if run."""
    code_cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    for count, (cell, cell_outputs) in enumerate(zip(code_cells, outputs), start=1):
        cell.outputs = [nbformat.from_dict(output) for output in cell_outputs]
        cell.execution_count = count
    return notebook


def notebook_path(language: str, chapter: str) -> Path:
    return DOCS / language / FOLDER / f"{chapter}.ipynb"


def download_link(page_url: str, chapter: str, prefix: str) -> str:
    """Relative URL from a chapter page to its notebook file, as mkdocs-jupyter copies it.

    prefix is where the page's language sits in the site: '' or '<language>/'.
    """
    target = f"{prefix}{FOLDER}/{chapter}/{chapter}.ipynb"
    return posixpath.relpath(target, page_url or ".")


def write_if_changed(path: Path, notebook) -> bool:
    text = nbformat.writes(notebook) + "\n"
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    write_atomically(path, text)
    return True


def remove_stale(language: str, keep: set[str]) -> None:
    """Delete notebooks whose chapter no longer exists."""
    for path in (DOCS / language / FOLDER).glob("*.ipynb"):
        if path.stem not in keep:
            path.unlink()
            log.info("removed the notebook of a deleted chapter: %s", path.relative_to(ROOT))
