"""MkDocs hooks: run the snippets, check the pages' outputs, add tables and figures."""

from __future__ import annotations

import ast
import difflib
import functools
import posixpath
import re
from pathlib import Path
from types import SimpleNamespace

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.utils.meta import get_data

import figures
import notebooks
import search
from page_blocks import SnippetExpander, line_of, python_blocks, same_output
from result_tables import TableError, epoch_table
from snippet_runs import ROOT, SNIPPETS, SnippetError, SnippetRunner

PLACEHOLDER = re.compile(r"\{\{\s*(?P<name>\w+)\((?P<arguments>.*?)\)\s*\}\}")
TITLE = re.compile(r'title="([^"]*)"')
RUN_TIME = {"ko": "실행 {:.1f}초", "en": "ran in {:.1f} s"}
HEAD_ALTERNATES = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')
SEARCH_BASE = re.compile(r'(<script id="__config" type="application/json">[^<]*?"base": ")([^"]*)"')
NOTEBOOK_REMOTE_SCRIPTS = re.compile(
    r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->"
    r"|<script type=\"module\">(?:(?!</script>).)*?mermaid(?:(?!</script>).)*</script>",
    re.DOTALL,
)

NOTEBOOK_NOTE = {
    "ko": (
        '!!! example "노트북으로 실행하기"\n'
        "    이 장의 코드와 설명을 Jupyter 노트북으로도 볼 수 있습니다: "
        "[노트북 보기]({page}) · <a href=\"{download}\" download>.ipynb 내려받기</a>\n"
    ),
    "en": (
        '!!! example "Run it as a notebook"\n'
        "    This chapter's code and text are also a Jupyter notebook: "
        "[view the notebook]({page}) · <a href=\"{download}\" download>download the .ipynb</a>\n"
    ),
}

runner = SnippetRunner()
notebooks_written = False


def page_language(src_uri: str) -> str:
    """The language folder a page lives in: docs/<language>/..."""
    return src_uri.split("/", 1)[0]


def languages(config) -> list[str]:
    """The site's languages, the default (served at the site root) first."""
    i18n = config.plugins.get("i18n")
    return [language.locale for language in i18n.config.languages] if i18n else ["ko"]


def current_language(config) -> str:
    i18n = config.plugins.get("i18n")
    return i18n.current_language if i18n else languages(config)[0]


def site_prefix(language: str, config) -> str:
    """Where a language's pages sit in the built site: the root, or '<language>/'."""
    return "" if language == languages(config)[0] else f"{language}/"


def on_serve(server, config, builder):
    """Rebuild when a snippet or a hook changes, not only when a page does."""
    server.watch(str(SNIPPETS))
    server.watch(str(ROOT / "hooks"))
    return server


def restore_notebook_pages(files, config) -> None:
    """Make the i18n plugin's copies of the notebooks pages again, with language alternates.

    mkdocs-jupyter marks .ipynb files as pages before the i18n plugin rebuilds the file list
    as plain files; this restores the mark, keeping the i18n plugin's destination.
    """
    from mkdocs_jupyter.plugin import NotebookFile

    plain = [
        file
        for file in files
        if file.src_uri.endswith(".ipynb") and not isinstance(file, NotebookFile)
    ]
    for file in plain:
        notebook = NotebookFile(file, config.use_directory_urls, config.site_dir)
        notebook.dest_uri, notebook.url = file.dest_uri, file.url
        notebook.abs_dest_path = file.abs_dest_path
        chapter = posixpath.splitext(posixpath.basename(file.src_uri))[0]
        notebook.alternates = {
            language: SimpleNamespace(
                url=f"{site_prefix(language, config)}{notebooks.FOLDER}/{chapter}/"
            )
            for language in languages(config)
        }
        files.remove(file)
        files.append(notebook)


@event_priority(-200)
def on_files(files, config):
    """After the i18n plugin: mark notebooks as pages, add this language's figures."""
    restore_notebook_pages(files, config)
    language = current_language(config)
    for name in figures.FIGURES:
        try:
            svg = figures.cached_svg(name, language)
        except figures.GlyphMissing as error:
            raise PluginError(str(error)) from error
        generated = File.generated(config, f"{language}/figures/{name}.svg", content=svg)
        generated.dest_uri = f"{site_prefix(language, config)}figures/{name}.svg"
        files.append(generated)
    return files


def on_pre_build(config):
    """Run every page's programs, then write each chapter's notebook with its outputs.

    Programs run first so that a failing one is reported with its own file and line,
    not as a notebook cell.
    """
    global notebooks_written
    if notebooks_written:  # the i18n plugin builds once per language
        return
    chapters = notebooks.chapters()
    for language in languages(config):
        for page in sorted((notebooks.DOCS / language).glob("*.md")):
            source = f"{language}/{page.name}"
            check_outputs(get_data(page.read_text(encoding="utf-8"))[0], source)
        for chapter in chapters:
            source = f"{language}/{chapter}.md"
            notebook = chapter_notebook(language, chapter)
            path = notebooks.notebook_path(language, chapter)
            try:
                outputs = notebooks.cached_outputs(notebook, f"docs/{source}")
            except notebooks.NotebookError as error:
                path.unlink(missing_ok=True)
                raise PluginError(str(error)) from error
            notebooks.write_if_changed(path, notebooks.with_outputs(notebook, outputs))
        notebooks.remove_stale(language, set(chapters))
    notebooks_written = True


def chapter_notebook(language: str, chapter: str):
    """The notebook of docs/<language>/<chapter>.md, tables filled in, not yet run."""
    source = f"{language}/{chapter}.md"
    page_text, _ = get_data((notebooks.DOCS / source).read_text(encoding="utf-8"))
    svgs = {name: figures.cached_svg(name, language) for name in figures.FIGURES}
    markdown = fill_placeholders(page_text, source, language)
    return notebooks.build_notebook(markdown, language, expander(), svgs)


@functools.cache
def expander() -> SnippetExpander:
    return SnippetExpander(ROOT / "mkdocs.yml")


def on_page_markdown(markdown, page, config, files):
    """Check the page's outputs against fresh runs, fill in its tables, link its notebook."""
    source = page.file.src_uri
    if source.endswith(".ipynb"):
        return markdown
    markdown = check_outputs(markdown, source)
    markdown = fill_placeholders(markdown, source, page_language(source))
    return link_notebook(markdown, page, config)


@event_priority(50)  # before the search plugin reads the page's meta
def on_page_context(context, page, config, nav):
    """Keep notebook pages out of the search index: they repeat their chapter's text."""
    if page.file.src_uri.endswith(".ipynb"):
        page.meta["search"] = {"exclude": True}
    return context


def on_post_page(output, page, config):
    """Point each language's pages at its own search index; drop requests that would fail."""
    # Material fetches sitemap.xml next to each <link rel="alternate">, expecting language
    # roots; the i18n plugin's links are per page, so those fetches fail. The switcher's
    # own links stay, and sitemap.xml still lists every page's alternates.
    output = HEAD_ALTERNATES.sub("", output)
    language = page_language(page.file.src_uri)
    if language != languages(config)[0]:
        output = SEARCH_BASE.sub(lambda match: f'{match[1]}{match[2]}/{language}/"', output)
    if page.file.src_uri.endswith(".ipynb"):
        # nbconvert's MathJax and Mermaid loaders fetch from a CDN; KaTeX, served by the
        # site itself, typesets the notebooks' math like every other page's.
        output = NOTEBOOK_REMOTE_SCRIPTS.sub("", output)
    return output


@event_priority(-200)
def on_post_build(config):
    """Split the search index the i18n plugin merged into one index per language."""
    i18n = config.plugins.get("i18n")
    if i18n is None or i18n.building:  # the i18n plugin is still building a language
        return
    search.split_index_by_language(Path(config.site_dir), languages(config))


def link_notebook(markdown: str, page, config) -> str:
    """Put a link to the chapter's notebook, and its download, under the page title."""
    language = page_language(page.file.src_uri)
    chapter = posixpath.splitext(posixpath.basename(page.file.src_uri))[0]
    if not notebooks.notebook_path(language, chapter).is_file():
        return markdown
    note = NOTEBOOK_NOTE[language].format(
        page=f"{notebooks.FOLDER}/{chapter}.ipynb",
        download=notebooks.download_link(
            page.url, chapter, site_prefix(language, config)
        ),
    )
    title, _, rest = markdown.partition("\n")
    return f"{title}\n\n{note}\n{rest}"


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
                "Run 'python -m pytest docs --update-outputs' if the new output is right."
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
