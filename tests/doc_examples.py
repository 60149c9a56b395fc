"""Sybil set-up: run every Python block of every page and compare it with its output block.

A page runs like a notebook: its blocks share one namespace, top to bottom. A block that
includes a snippet ('--8<-- "file.py"' or '"file.py:section"') runs the snippet's code.
"""

from __future__ import annotations

import difflib
import io
from contextlib import redirect_stdout
from pathlib import Path

from sybil import Document, Example, Region, Sybil
from sybil.parsers.markdown import SkipParser

from page_blocks import CodeBlock, SnippetExpander, python_blocks, same_output

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"

expander = SnippetExpander(ROOT / "mkdocs.yml")

# Pages whose output blocks differ from what their code printed, filled in when the
# suite runs with --update-outputs: {page path: {output span: new output}}.
pending_updates: dict[Path, dict[tuple[int, int], str]] = {}
update_outputs = False


def page_location(document: Document, block: CodeBlock) -> str:
    return f"{Path(document.path).relative_to(ROOT)}:{block.line}"


def compile_block(block: CodeBlock):
    """Compile a block so that tracebacks point at the snippet file and its line."""
    code = expander.expand(block.source)
    include = block.include
    if include is None:
        return compile(code, "<page block>", "exec")
    path = SNIPPETS / include.name
    first_line = 0
    if include.section:
        lines = path.read_text(encoding="utf-8").splitlines()
        marker = f"[start:{include.section}]"
        first_line = next(number for number, line in enumerate(lines, 1) if marker in line)
    return compile("\n" * first_line + code, str(path), "exec")


def evaluate(example: Example) -> str | None:
    """Run one block; return a description of the difference, or None when it matches."""
    block: CodeBlock = example.parsed
    document = example.document
    printed = io.StringIO()
    with redirect_stdout(printed):
        exec(compile_block(block), example.namespace)
    output = printed.getvalue()
    where = page_location(document, block)
    if block.output is None:
        if output:
            return f"{where}: the block printed this, but no output block follows:\n{output}"
        return None
    if same_output(output, block.output):
        return None
    if update_outputs:
        pending_updates.setdefault(Path(document.path), {})[block.output_span] = output
        return None
    difference = "\n".join(
        difflib.unified_diff(
            block.output.strip("\n").splitlines(),
            output.strip("\n").splitlines(),
            fromfile=f"{where} (output block)",
            tofile="printed by the code",
            lineterm="",
        )
    )
    return f"{where}: the output differs from the page\n{difference}"


def parse_page(document: Document):
    """Sybil parser: one region per Python block, spanning its output block too."""
    for block in python_blocks(document.text, document.path):
        yield Region(block.start, block.end, parsed=block, evaluator=evaluate)


def run_as_main(namespace: dict) -> None:
    namespace["__name__"] = "__main__"


def write_updates() -> list[Path]:
    """Put the printed outputs into the pages, last block first so spans stay valid."""
    for path, updates in pending_updates.items():
        text = path.read_text(encoding="utf-8")
        for (start, end), output in sorted(updates.items(), reverse=True):
            fence_line = text[text.rfind("\n", 0, start - 1) + 1 : start]
            indent = fence_line[: len(fence_line) - len(fence_line.lstrip())]
            lines = output.rstrip("\n").splitlines()
            body = "".join(f"{indent}{line}\n" if line else "\n" for line in lines)
            text = text[:start] + body + text[end:]
        path.write_text(text, encoding="utf-8")
    return sorted(pending_updates)


pages = Sybil(
    parsers=[parse_page, SkipParser()],
    patterns=["*.md"],
    path=str(DOCS),
    setup=run_as_main,
    name="pages",
)

pytest_collect_file = pages.pytest()


def pytest_addoption(parser):
    parser.addoption(
        "--update-outputs",
        action="store_true",
        help="write what the code prints into the pages' output blocks instead of failing",
    )


def pytest_configure(config):
    global update_outputs
    update_outputs = config.getoption("--update-outputs")


def pytest_sessionfinish(session):
    for path in write_updates():
        print(f"\nupdated output blocks in {path.relative_to(ROOT)}")
