"""The built site: every page in both languages, with the numbers the code printed."""

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest

from conftest import mkdocs_build, page_file
from figures import FIGURES

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted(p.stem for p in (ROOT / "docs" / "ko").glob("*.md"))
FIGURE_NAMES = FIGURES

# Results the seed lesson printed; each must appear on both languages' pages.
EXPECTED_RESULTS = {
    "numpy-gradient-descent": [
        "Epoch : 10000, Weight : 0.879, Bias : -0.436, Cost : 1.372",
    ],
    "hyperparameters": [
        "Epoch :   10, Weight : -4.971, Bias : -0.253, Cost : 7326.558",
        "Epoch :   10, Weight : -4164.103, Bias : 93752.008, Cost : 2282622976.588",
        "Epoch :   10, Weight : 0.572, Bias : 0.021, Cost : 33.253",
        "Epoch :   10, Weight : 0.836, Bias : 0.040, Cost : 1.676",
    ],
    "pytorch": [
        "Epoch : 10000, Weight : 0.879, Bias : -0.432, Cost : 1.372",
        "Gradient : tensor([-540.4854]), Weight : 0.54049",
        "Gradient : tensor([-198.9818]), Weight : 0.73947",
        "Gradient : tensor([-739.4672])",
        "[2] zero_grad  Gradient : None, Weight : 0.54049",
        "[2] zero_grad  Gradient : tensor([0.]), Weight : 0.54049",
    ],
}


class Links(HTMLParser):
    """src and href attributes, with the tag they sit on and the page's hreflang links."""

    def __init__(self):
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self.alternates: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "link" and attributes.get("rel") in ("canonical", "alternate"):
            return  # names the page's published address; the browser loads nothing
        for name in ("src", "href"):
            if attributes.get(name):
                self.links.append((tag, attributes[name]))
        if tag == "a" and "hreflang" in attributes:
            self.alternates[attributes["hreflang"]] = attributes["href"]


def parse_links(path: Path) -> Links:
    parser = Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def local_target(site: Path, page: Path, link: str) -> Path | None:
    """The file a relative link points to; None for a link within the page or off-site."""
    url = urlparse(link)
    if url.scheme or url.netloc or not url.path:
        return None
    base = "/" + page.relative_to(site).as_posix()
    target = site / urljoin(base, url.path).lstrip("/")
    return target / "index.html" if url.path.endswith("/") else target


@pytest.mark.parametrize("language", ["ko", "en"])
@pytest.mark.parametrize("name", PAGES)
def test_page_is_built(site, language, name):
    assert page_file(site, language, name).is_file()


@pytest.mark.parametrize("language", ["ko", "en"])
@pytest.mark.parametrize("name", sorted(EXPECTED_RESULTS))
def test_seed_results_appear_on_both_languages_pages(site, language, name):
    html = page_file(site, language, name).read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", "", html).replace("&gt;", ">").replace("&lt;", "<")
    missing = [line for line in EXPECTED_RESULTS[name] if line not in text]
    assert missing == []


def test_every_link_and_asset_of_every_page_resolves_locally(site):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 2 * (len(PAGES) + len(FIGURE_NAMES))
    broken = []
    for page in pages:
        for tag, link in parse_links(page).links:
            url = urlparse(link)
            if url.scheme == "data":
                continue
            if (url.scheme or url.netloc) and tag != "a":  # a link may lead away; nothing loads
                broken.append(f"{page.relative_to(site)}: <{tag}> {link} is on another host")
            target = local_target(site, page, link)
            if target is not None and not target.exists():
                broken.append(f"{page.relative_to(site)}: <{tag}> {link} does not exist")
    assert broken == []


REMOTE_CSS = re.compile(r"""(?:url\(\s*["']?|@import\s+["'])(?:https?:)?//""")
URL_HOST = re.compile(r"https?://([a-zA-Z0-9.-]+)")
# Hosts named in the theme's and libraries' JavaScript that this site never contacts:
# licence comments and documentation links, and features it does not enable.
INERT_SCRIPT_HOSTS = {
    "api.github.com": "repository facts, only with repo_url",
    "github.com": "repository links and licence comments",
    "unpkg.com": "Mermaid diagrams, which the site has none of",
    "bit.ly": "a comment in clipboard.js",
    "chasen.org": "a licence comment in the Japanese segmenter",
    "clipboardjs.com": "a licence comment",
    "code.google.com": "a comment in lunr's stemmers",
    "developer.mozilla.org": "a comment",
    "docs.python.org": "a comment",
    "en.wikipedia.org": "a comment",
    "lunrjs.com": "a licence comment",
    "msdn.microsoft.com": "a comment",
    "narwhaljs.org": "a comment",
    "people.mozilla.org": "a comment",
    "snowball.tartarus.org": "a comment in lunr's stemmers",
    "tartarus.org": "a comment in lunr's stemmers",
    "underscorejs.org": "a comment",
    "wiki.commonjs.org": "a comment",
    "wiki.ecmascript.org": "a comment",
    "www.mozilla.org": "a comment",
    "www.w3.org": "XML namespace names, not addresses",
}


def test_stylesheets_load_nothing_from_another_host(site):
    remote = [
        f"{sheet.relative_to(site)}: {match[0]}"
        for sheet in site.rglob("*.css")
        for match in REMOTE_CSS.finditer(sheet.read_text(encoding="utf-8"))
    ]
    assert remote == []


def test_scripts_name_no_host_beyond_the_known_inert_ones(site):
    hosts = {
        host
        for script in site.rglob("*.js")
        for host in URL_HOST.findall(script.read_text(encoding="utf-8"))
    }
    assert hosts - INERT_SCRIPT_HOSTS.keys() == set()


@pytest.mark.parametrize("name", PAGES)
def test_language_switcher_leads_to_the_same_page(site, name):
    korean, english = page_file(site, "ko", name), page_file(site, "en", name)
    assert local_target(site, korean, parse_links(korean).alternates["en"]) == english
    assert local_target(site, english, parse_links(english).alternates["ko"]) == korean


@pytest.mark.parametrize("language", ["ko", "en"])
def test_figures_are_in_the_page_language(site, language):
    figures = sorted((site if language == "ko" else site / "en").glob("figures/*.svg"))
    assert [figure.stem for figure in figures] == sorted(FIGURE_NAMES)
    for figure in figures:
        labels = re.findall(r"<!-- (.*?) -->", figure.read_text(encoding="utf-8"))
        has_hangul = any(re.search("[가-힣]", label) for label in labels)
        assert has_hangul == (language == "ko"), figure.name


def test_hyperparameter_tables_are_generated(site):
    html = page_file(site, "en", "hyperparameters").read_text(encoding="utf-8")
    assert html.count("<table") == 5
    assert re.search(r"<td[^>]*>7326\.558</td>", html)
    korean = page_file(site, "ko", "hyperparameters").read_text(encoding="utf-8")
    assert re.search(r"<th[^>]*>가중치</th>", korean)


def copy_project(destination: Path) -> Path:
    for name in ("docs", "snippets", "hooks"):
        shutil.copytree(ROOT / name, destination / name)
    shutil.copy(ROOT / "mkdocs.yml", destination / "mkdocs.yml")
    if (ROOT / ".cache").is_dir():  # reuse earlier runs; the changed snippet runs anew
        # Temporary files and mkdocs-jupyter's cache come and go while other tests build.
        skip = shutil.ignore_patterns("*.tmp", "mkdocs-jupyter")
        shutil.copytree(ROOT / ".cache", destination / ".cache", ignore=skip)
    return destination / "mkdocs.yml"


def test_a_snippet_that_raises_fails_the_build(tmp_path):
    config = copy_project(tmp_path / "project")
    snippet = tmp_path / "project" / "snippets" / "hyperparameters.py"
    lines = snippet.read_text(encoding="utf-8").splitlines()
    broken_line = next(n for n, line in enumerate(lines, 1) if "cost = " in line)
    lines[broken_line - 1] = lines[broken_line - 1].replace("cost = ", "cost = 1 / 0 + ")
    snippet.write_text("\n".join(lines) + "\n", encoding="utf-8")

    site = tmp_path / "site"
    built = mkdocs_build(config, site)

    assert built.returncode != 0
    assert f"snippets/hyperparameters.py:{broken_line}: ZeroDivisionError" in built.stderr
    assert not list(site.rglob("*.html")), "no page may be written from a failed build"


def test_an_output_that_drifted_fails_the_build(tmp_path):
    config = copy_project(tmp_path / "project")
    page = tmp_path / "project" / "docs" / "en" / "numpy-gradient-descent.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("Weight : 0.877, Bias : -0.391", "Weight : 0.800, Bias : -0.391"))

    built = mkdocs_build(config, tmp_path / "site")

    assert built.returncode != 0
    assert "docs/en/numpy-gradient-descent.md:" in built.stderr
    assert "-Epoch : 2000, Weight : 0.800" in built.stderr
    assert "+Epoch : 2000, Weight : 0.877" in built.stderr


def test_a_rebuild_with_nothing_changed_runs_nothing(tmp_path):
    config = copy_project(tmp_path / "project")
    mkdocs_build(config, tmp_path / "first")
    again = mkdocs_build(config, tmp_path / "second")

    assert again.returncode == 0, again.stderr
    assert "from the cache" in again.stderr
    assert re.findall(r"^.*(?:: ran in |: drawn).*$", again.stderr, re.MULTILINE) == []
