"""The built site in a real browser: Playwright driving Debian's Chromium on localhost."""

from urllib.parse import urlparse

import pytest
from playwright.sync_api import Page

from conftest import ROOT, url_of
from page_blocks import python_blocks

ARTIFACTS = ROOT / "test-artifacts"
DOCS = ROOT / "docs"
CHAPTERS = sorted(path.stem for path in (DOCS / "ko").glob("*.md"))
NOTEBOOKS = sorted(
    path.stem for path in (DOCS / "ko").glob("*.md") if python_blocks(path.read_text())
)
LANGUAGES = ("ko", "en")

# Each search term and the page a reader wants first: the chapter named after it, or else
# the one that defines it.
SEARCH_TERMS = {
    "ko": {
        "경사 하강법": "numpy-gradient-descent/",
        "학습률": "hyperparameters/",
        "가중치": "linear-regression/",
        "편향": "linear-regression/",
        "비용": "linear-regression/",
        "에폭": "numpy-gradient-descent/",
        "역전파": "numpy-gradient-descent/",
    },
    "en": {
        "gradient descent": "numpy-gradient-descent/",
        "learning rate": "hyperparameters/",
        "weight": "linear-regression/",
        "bias": "linear-regression/",
        "cost": "linear-regression/",
        "epoch": "numpy-gradient-descent/",
        "backpropagation": "numpy-gradient-descent/",
    },
}


def page_paths() -> list[str]:
    chapters = ["" if name == "index" else f"{name}/" for name in CHAPTERS]
    return chapters + [f"notebooks/{name}/" for name in NOTEBOOKS]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_loads_cleanly_and_locally(page: Page, site_url, language):
    problems = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("requestfailed", lambda request: problems.append(f"failed: {request.url}"))
    page.on(
        "response",
        lambda response: response.status >= 400 and problems.append(f"{response.status}: {response.url}"),
    )
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    host = urlparse(site_url).netloc
    for path in page_paths():
        page.goto(url_of(site_url, language, path), wait_until="networkidle")
    off_site = [url for url in requests if urlparse(url).netloc not in (host, "")]
    assert problems == []
    assert off_site == []


@pytest.mark.parametrize("language, other", [("ko", "en"), ("en", "ko")])
def test_language_switcher_leads_to_the_same_page(page: Page, site_url, language, other):
    for path in page_paths():
        page.goto(url_of(site_url, language, path), wait_until="domcontentloaded")
        page.locator(".md-header__option .md-select").hover()  # opens the language menu
        with page.expect_navigation():
            page.locator(f".md-header__option .md-select__link[hreflang={other}]").click()
        assert page.url == url_of(site_url, other, path)


@pytest.mark.parametrize("language", LANGUAGES)
def test_figures_math_and_tabs_work(page: Page, site_url, language):
    page.goto(url_of(site_url, language, "hyperparameters/"))
    for image in page.locator("article img").all():
        image.scroll_into_view_if_needed()
        assert image.evaluate("img => img.complete && img.naturalWidth > 0")
        assert image.is_visible()

    page.goto(url_of(site_url, language, "linear-regression/"))
    page.wait_for_selector(".arithmatex .katex")
    assert page.locator(".arithmatex .katex").count() >= 6

    page.goto(url_of(site_url, language, "hyperparameters/"))
    tabs = page.locator(".tabbed-set").first
    labels, panels = tabs.locator(".tabbed-labels > label"), tabs.locator(".tabbed-block")
    assert panels.nth(0).is_visible() and not panels.nth(2).is_visible()
    labels.nth(2).click()
    assert panels.nth(2).is_visible() and not panels.nth(0).is_visible()


def search(page: Page, site_url: str, language: str, term: str) -> list[str]:
    """Result links, in order, for a term typed into the search box of a chapter page."""
    page.goto(url_of(site_url, language, "pytorch/"), wait_until="networkidle")
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(term)
    box.press("End")  # Material searches on key events; fill() alone sends none
    page.wait_for_function(
        "() => /\\d/.test(document.querySelector('.md-search-result__meta').textContent)"
    )
    links = page.locator(".md-search-result__item > a.md-search-result__link")
    return [link.get_attribute("href").split("?")[0] for link in links.all()]


@pytest.mark.parametrize(
    "language, term",
    [(language, term) for language, terms in SEARCH_TERMS.items() for term in terms],
)
def test_search_finds_the_defining_page_first_in_its_language(page, site_url, language, term):
    results = search(page, site_url, language, term)
    assert results, "no results"
    assert results[0] == url_of(site_url, language, SEARCH_TERMS[language][term])
    other = [link for link in results if (link.startswith(site_url + "en/")) != (language == "en")]
    assert other == []


@pytest.mark.parametrize("term", ["하강법", "학습"])
def test_search_finds_words_that_carry_particles(page, site_url, term):
    """The pages write '경사 하강법은', '학습률을': the bare stem must still match."""
    assert search(page, site_url, "ko", term)


@pytest.mark.parametrize("language", LANGUAGES)
def test_screenshot_of_the_numpy_chapter(page: Page, site_url, language):
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(url_of(site_url, language, "numpy-gradient-descent/"), wait_until="networkidle")
    path = ARTIFACTS / f"numpy-gradient-descent.{language}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 50_000
