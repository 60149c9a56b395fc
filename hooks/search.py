"""One search index per language, so a Korean search lists Korean pages only."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from snippet_runs import write_atomically

INDEX = Path("search") / "search_index.json"
LUNR_LANGUAGES = {"ko": ["en", "ko"], "en": ["en"]}

log = logging.getLogger("mkdocs.hooks.search")


def split_index_by_language(site: Path, languages: list[str]) -> None:
    """Rewrite site/search/ for the default language and write site/<language>/search/.

    Entries of other languages have locations under '<language>/'; in their own index
    they are relative to that folder, which their pages' search base points at.
    """
    merged = json.loads((site / INDEX).read_text(encoding="utf-8"))
    default, others = languages[0], languages[1:]
    by_language = {language: [] for language in languages}
    for entry in merged["docs"]:
        language = next(
            (other for other in others if entry["location"].startswith(f"{other}/")), default
        )
        if language != default:
            entry = {**entry, "location": entry["location"][len(language) + 1 :]}
        by_language[language].append(entry)
    for language, entries in by_language.items():
        folder = site if language == default else site / language
        config = {**merged["config"], "lang": LUNR_LANGUAGES.get(language, [language])}
        index = {"config": config, "docs": entries}
        write_atomically(folder / INDEX, json.dumps(index, ensure_ascii=False))
        log.info("search index for %s: %d entries", language, len(entries))
