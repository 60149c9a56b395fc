"""Print where each search term's defining page ranks, on a site served at a URL.

    python tests/search_ranks.py http://127.0.0.1:8000/

Used to compare search configurations; test_browser.py asserts the current one.
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "hooks"))

from conftest import CHROMIUM, CHROMIUM_ARGS, url_of  # noqa: E402
from test_browser import SEARCH_TERMS, search  # noqa: E402


def main(site_url: str) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        for language, terms in SEARCH_TERMS.items():
            for term, expected in terms.items():
                results = search(page, site_url, language, term)
                target = url_of(site_url, language, expected)
                rank = results.index(target) + 1 if target in results else None
                foreign = sum(link.startswith(site_url + "en/") != (language == "en")
                              for link in results)
                first = results[0].removeprefix(site_url) if results else "-"
                print(f"{language}  {term:<18} expected {expected:<26} rank {rank}  "
                      f"first {first:<30} results {len(results):>2}  other language {foreign}")
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1])
