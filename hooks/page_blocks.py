"""Find the Python code blocks of a page and the output block printed under each."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sybil import Document
from sybil.parsers.markdown.lexers import RawFencedCodeBlockLexer

FENCE_INFO = re.compile(r"(?P<language>[\w+-]*)(?P<options>[^\n]*)$\n", re.MULTILINE)
INCLUDE = re.compile(r'^--8<--\s+"(?P<name>[^":]+)(?::(?P<section>[a-z][\w-]*))?"\s*$')

lex_fences = RawFencedCodeBlockLexer(info_pattern=FENCE_INFO)


@dataclass(frozen=True)
class Include:
    """A pymdownx.snippets line: the whole of snippets/<name>, or one section of it."""

    name: str
    section: str | None


@dataclass(frozen=True)
class CodeBlock:
    """A Python fence, with the text fence right under it when there is one."""

    start: int
    end: int
    line: int
    source: str
    output: str | None
    output_span: tuple[int, int] | None = None

    @property
    def include(self) -> Include | None:
        match = INCLUDE.match(self.source.strip())
        return Include(match["name"], match["section"]) if match else None


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def python_blocks(text: str, path: str | Path = "<page>") -> list[CodeBlock]:
    """Every ```python fence of a Markdown page, paired with its ```text output."""
    fences = sorted(lex_fences(Document(text, str(path))), key=lambda region: region.start)
    blocks = []
    for index, fence in enumerate(fences):
        if fence.lexemes["language"] != "python":
            continue
        following = fences[index + 1] if index + 1 < len(fences) else None
        output = output_span = None
        end = fence.end
        if (
            following is not None
            and following.lexemes["language"] == "text"
            and not text[fence.end : following.start].strip()
        ):
            lexeme = following.lexemes["source"]
            output = str(lexeme)
            content_start = following.start + lexeme.offset
            output_span = (content_start, text.rfind("\n", 0, following.end) + 1)
            end = following.end
        blocks.append(
            CodeBlock(
                start=fence.start,
                end=end,
                line=line_of(text, fence.start),
                source=str(fence.lexemes["source"]),
                output=output,
                output_span=output_span,
            )
        )
    return blocks


def same_output(printed: str, expected: str) -> bool:
    """Compare printed text with an output block, ignoring trailing blank space."""
    return normalize(printed) == normalize(expected)


def normalize(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip("\n").splitlines())


def snippet_options(mkdocs_yml: Path) -> dict:
    """The pymdownx.snippets options of mkdocs.yml, with base paths made absolute."""
    from mkdocs.utils.yaml import yaml_load

    with open(mkdocs_yml, encoding="utf-8") as stream:
        config = yaml_load(stream)
    for extension in config["markdown_extensions"]:
        if isinstance(extension, dict) and "pymdownx.snippets" in extension:
            options = dict(extension["pymdownx.snippets"])
            options["base_path"] = [
                str(mkdocs_yml.parent / base) for base in options.get("base_path", ["."])
            ]
            return options
    raise LookupError(f"{mkdocs_yml} does not configure pymdownx.snippets")


class SnippetExpander:
    """Expands '--8<--' lines exactly as the site's pymdownx.snippets does."""

    def __init__(self, mkdocs_yml: Path):
        import markdown

        self.markdown = markdown.Markdown(
            extensions=["pymdownx.snippets"],
            extension_configs={"pymdownx.snippets": snippet_options(mkdocs_yml)},
        )

    def expand(self, source: str) -> str:
        preprocessor = self.markdown.preprocessors["snippet"]
        return "\n".join(preprocessor.run(source.splitlines()))
