"""The build hooks: running and caching snippets, tables, figures."""

import os
import re
import textwrap
from pathlib import Path

import pytest

import figures
import snippet_runs
from result_tables import TableError, epoch_table
from snippet_runs import SnippetError, SnippetRunner, write_atomically


@pytest.fixture
def snippet_dir(tmp_path, monkeypatch):
    """A snippets folder of our own, so tests can write programs into it."""
    folder = tmp_path / "snippets"
    folder.mkdir()
    monkeypatch.setattr(snippet_runs, "SNIPPETS", folder)
    return folder


def write_program(folder: Path, name: str, body: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def test_unchanged_snippet_runs_once(snippet_dir, tmp_path):
    counter = tmp_path / "runs.txt"
    write_program(
        snippet_dir,
        "count.py",
        f"""
        with open({str(counter)!r}, "a") as runs:
            runs.write("ran\\n")
        print("hello")
        """,
    )
    cache = tmp_path / "cache"
    first = SnippetRunner(cache).run("count.py")
    again = SnippetRunner(cache).run("count.py")  # a new build: only the disk cache is left

    assert (first.stdout, first.from_cache) == ("hello\n", False)
    assert (again.stdout, again.from_cache) == ("hello\n", True)
    assert counter.read_text() == "ran\n"


def test_changed_snippet_runs_again(snippet_dir, tmp_path):
    runner = SnippetRunner(tmp_path / "cache")
    write_program(snippet_dir, "change.py", 'print("before")')
    assert runner.run("change.py").stdout == "before\n"
    write_program(snippet_dir, "change.py", 'print("after")')
    assert runner.run("change.py").stdout == "after\n"


def test_cache_key_depends_on_library_versions(monkeypatch):
    source = 'print("same program")'
    before = snippet_runs.cache_key(source)
    monkeypatch.setattr(snippet_runs, "library_versions", lambda: "numpy=0.0")
    assert snippet_runs.cache_key(source) != before


def test_failing_snippet_names_file_line_and_error(snippet_dir, tmp_path):
    write_program(snippet_dir, "broken.py", 'print("fine")\nweight = 1 / 0\n')
    cache = tmp_path / "cache"
    with pytest.raises(SnippetError) as caught:
        SnippetRunner(cache).run("broken.py")
    message = str(caught.value)
    assert re.search(r"broken\.py:2: ZeroDivisionError: division by zero$", message)
    assert not cache.exists() or list(cache.iterdir()) == []


def test_hanging_snippet_is_stopped(snippet_dir, tmp_path):
    write_program(snippet_dir, "forever.py", "while True:\n    pass\n")
    cache = tmp_path / "cache"
    with pytest.raises(SnippetError, match=r"forever\.py: still running after 1 s, stopped"):
        SnippetRunner(cache, timeout=1).run("forever.py")
    assert not cache.exists() or list(cache.iterdir()) == []


def test_missing_snippet_is_an_error(snippet_dir, tmp_path):
    with pytest.raises(SnippetError, match="snippets/nowhere.py: no such snippet"):
        SnippetRunner(tmp_path / "cache").run("nowhere.py")


def test_interrupted_write_leaves_nothing_behind(tmp_path, monkeypatch):
    target = tmp_path / "out" / "result.json"

    def fail(*arguments):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        write_atomically(target, "{}")
    assert list(target.parent.iterdir()) == []


OUTPUT = """\
# weight = 0.0, bias = 0.0, learning_rate = 0.5
Epoch :    1, Weight : 1.351, Bias : 0.066, Cost : 233.140
Epoch :    2, Weight : -0.400, Bias : -0.021, Cost : 341.523
# weight = 1.0, bias = 1.0, learning_rate = 0.5
Epoch :    1, Weight : 2.000, Bias : 3.000, Cost : 4.000
"""


def test_epoch_table_shows_one_run_in_the_page_language():
    table = epoch_table(OUTPUT, "weight = 0.0, bias = 0.0, learning_rate = 0.5", "ko")
    assert table.splitlines() == [
        "| 에폭 | 가중치 | 편향 | 비용 |",
        "|---:|---:|---:|---:|",
        "| 1 | 1.351 | 0.066 | 233.140 |",
        "| 2 | -0.400 | -0.021 | 341.523 |",
    ]


def test_epoch_table_without_headers_uses_all_lines():
    table = epoch_table("Epoch : 1000, Weight : 0.872, Bias : -0.290, Cost : 1.377\n", "", "en")
    assert table.splitlines()[0] == "| Epoch | Weight | Bias | Cost |"
    assert table.splitlines()[2] == "| 1000 | 0.872 | -0.290 | 1.377 |"


def test_epoch_table_names_the_runs_it_knows():
    with pytest.raises(TableError, match="'weight = 1.0, bias = 1.0, learning_rate = 0.5'"):
        epoch_table(OUTPUT, "weight = 9", "en")


def log_line(epoch: int, weight: float, bias: float, cost: float) -> str:
    return f"Epoch : {epoch:4d}, Weight : {weight:.3f}, Bias : {bias:.3f}, Cost : {cost:.3f}"


def test_figures_follow_the_same_descent_as_the_snippets():
    """The plotted paths reproduce, digit for digit, what the snippets print."""
    x, y = figures.load_data()
    runner = SnippetRunner()
    printed = runner.run("hyperparameters.py").stdout.splitlines()
    expected = []
    for weight, bias, learning_rate in [
        (0.0, 0.0, 0.005),
        (0.0, 0.0, 0.001),
        (0.0, 0.0, 0.006),
        (0.0, 0.0, 0.007),
        (100000.0, 100000.0, 0.005),
    ]:
        expected.append(f"# weight = {weight}, bias = {bias}, learning_rate = {learning_rate}")
        history = figures.gradient_descent(x, y, weight, bias, learning_rate, 10)
        expected += [log_line(epoch, *row) for epoch, row in enumerate(history, 1)]
    assert expected == printed

    history = figures.gradient_descent(x, y, 0.0, 0.0, 0.005, 10000)
    every_thousand = [
        log_line(epoch, *history[epoch - 1]) for epoch in range(1000, 10001, 1000)
    ]
    assert every_thousand == runner.run("numpy_gradient_descent.py").stdout.splitlines()


def svg_texts(svg: bytes) -> set[str]:
    """The strings matplotlib drew, which it keeps as comments beside the glyph paths."""
    return set(re.findall(r"<!-- (.*?) -->", svg.decode("utf-8")))


@pytest.mark.parametrize("name", sorted(figures.FIGURES))
def test_korean_figures_draw_hangul(name):
    svg = figures.draw(name, "ko")
    texts = svg_texts(svg)
    assert any(re.search("[가-힣]", text) for text in texts)
    assert b'id="NanumGothic-' in svg


@pytest.mark.parametrize("name", sorted(figures.FIGURES))
def test_english_figures_have_english_labels(name):
    texts = svg_texts(figures.draw(name, "en"))
    assert not any(re.search("[가-힣]", text) for text in texts)
    english = set(figures.LABELS["en"].values())
    assert any(text in english or text.split(" 0.")[0] in english for text in texts)


def test_negative_ticks_keep_the_minus_sign():
    texts = svg_texts(figures.draw("parameter-paths", "ko"))
    assert any(text.startswith("\N{MINUS SIGN}") for text in texts)


def test_a_missing_glyph_fails_the_figure(monkeypatch):
    labels = {**figures.LABELS["en"], "x": "private use \ue000"}
    monkeypatch.setitem(figures.LABELS, "en", labels)
    with pytest.raises(figures.GlyphMissing, match="data-and-fit"):
        figures.draw("data-and-fit", "en")


def test_same_figure_gives_the_same_file():
    assert figures.draw("data-and-fit", "en") == figures.draw("data-and-fit", "en")


def test_serve_reloads_when_a_snippet_changes():
    import main

    class Server:
        watched: list[str] = []

        def watch(self, path):
            self.watched.append(path)

    server = main.on_serve(Server(), config=None, builder=None)
    assert str(snippet_runs.SNIPPETS) in server.watched


def test_output_title_gets_the_run_time():
    import main

    page = 'Text\n\n```text title="Output"\nhello\n```\n'
    start = page.index("hello")
    assert main.add_run_time(page, start, 1.25, "en") == (
        'Text\n\n```text title="Output · ran in 1.2 s"\nhello\n```\n'
    )
