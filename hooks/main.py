"""MkDocs hooks: run the snippets, check the pages' outputs, add tables and figures."""

from __future__ import annotations

import ast
import difflib
import re

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

import figures
from page_blocks import line_of, python_blocks, same_output
from result_tables import TableError, epoch_table
from snippet_runs import ROOT, SNIPPETS, SnippetError, SnippetRunner

PLACEHOLDER = re.compile(r"\{\{\s*(?P<name>\w+)\((?P<arguments>.*?)\)\s*\}\}")
DEFAULT_LANGUAGE = "ko"
TITLE = re.compile(r'title="([^"]*)"')
RUN_TIME = {"ko": "실행 {:.1f}초", "en": "ran in {:.1f} s"}

runner = SnippetRunner()


def page_language(src_uri: str) -> str:
    """The language folder a page lives in: docs/<language>/..."""
    return src_uri.split("/", 1)[0]


def current_language(config) -> str:
    i18n = config.plugins.get("i18n")
    return i18n.current_language if i18n else DEFAULT_LANGUAGE


def on_serve(server, config, builder):
    """Rebuild when a snippet or a hook changes, not only when a page does."""
    server.watch(str(SNIPPETS))
    server.watch(str(ROOT / "hooks"))
    return server


@event_priority(-200)
def on_files(files, config):
    """Add this language's figures, drawn (or taken from the cache) for this build."""
    language = current_language(config)
    for name in figures.FIGURES:
        try:
            svg = figures.cached_svg(name, language)
        except figures.GlyphMissing as error:
            raise PluginError(str(error)) from error
        generated = File.generated(config, f"{language}/figures/{name}.svg", content=svg)
        if language == DEFAULT_LANGUAGE:
            generated.dest_uri = f"figures/{name}.svg"
        files.append(generated)
    return files


def on_page_markdown(markdown, page, config, files):
    """Check the page's outputs against fresh runs, then fill in its tables."""
    source = page.file.src_uri
    markdown = check_outputs(markdown, source)
    return fill_placeholders(markdown, source, page_language(source))


def run_snippet(name: str, where: str):
    try:
        return runner.run(name)
    except SnippetError as error:
        raise PluginError(f"{where}: {error}") from error


def check_outputs(markdown: str, source: str) -> str:
    """A whole-program block must print exactly the output block under it.

    Each checked output block's title then says how long the program took to run.
    """
    language = page_language(source)
    for block in reversed(python_blocks(markdown, source)):
        include = block.include
        if include is None or include.section is not None or block.output is None:
            continue
        where = f"docs/{source}:{block.line}"
        run = run_snippet(include.name, where)
        if not same_output(run.stdout, block.output):
            difference = "\n".join(
                difflib.unified_diff(
                    block.output.strip("\n").splitlines(),
                    run.stdout.strip("\n").splitlines(),
                    fromfile=f"docs/{source} (output block)",
                    tofile=f"snippets/{include.name} (printed now)",
                    lineterm="",
                )
            )
            raise PluginError(
                f"{where}: snippets/{include.name} no longer prints what the page shows\n"
                f"{difference}\n"
                "Run 'python -m pytest --update-outputs' if the new output is right."
            )
        markdown = add_run_time(markdown, block.output_span[0], run.seconds, language)
    return markdown


def add_run_time(markdown: str, output_start: int, seconds: float, language: str) -> str:
    """Append the run time to the title of the output fence that opens before output_start."""
    fence_start = markdown.rfind("\n", 0, output_start - 1) + 1
    fence = markdown[fence_start:output_start]
    timed = TITLE.sub(lambda m: f'title="{m[1]} · {RUN_TIME[language].format(seconds)}"', fence)
    return markdown[:fence_start] + timed + markdown[output_start:]


def fill_placeholders(markdown: str, source: str, language: str) -> str:
    """Replace {{ epoch_table("file.py", "run header") }} with that run's table.

    The run header is a '# ...' line the snippet printed; without one, the table shows
    the epoch lines printed before any header.
    """

    def replace(match: re.Match[str]) -> str:
        where = f"docs/{source}:{line_of(markdown, match.start())}"
        if match["name"] != "epoch_table":
            raise PluginError(f"{where}: unknown placeholder {match[0]}")
        try:
            snippet, *run = ast.literal_eval(f"({match['arguments']},)")
        except (ValueError, SyntaxError) as error:
            raise PluginError(f"{where}: cannot read {match[0]}: {error}") from error
        stdout = run_snippet(snippet, where).stdout
        try:
            table = epoch_table(stdout, run[0] if run else "", language)
        except TableError as error:
            raise PluginError(f"{where}: snippets/{snippet}: {error}") from error
        return table.replace("\n", "\n" + indentation_at(markdown, match.start()))

    return PLACEHOLDER.sub(replace, markdown)


def indentation_at(text: str, offset: int) -> str:
    """The spaces before offset on its line, so inserted lines keep a tab's indent."""
    line_start = text.rfind("\n", 0, offset) + 1
    prefix = text[line_start:offset]
    return prefix if not prefix.strip() else ""
