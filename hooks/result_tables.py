"""Turn the epoch log lines a snippet printed into a Markdown table."""

from __future__ import annotations

import re

EPOCH_LINE = re.compile(
    r"Epoch :\s*(?P<epoch>\d+), Weight : (?P<weight>\S+), "
    r"Bias : (?P<bias>\S+), Cost : (?P<cost>\S+)"
)
RUN_HEADER = "# "

HEADINGS = {
    "ko": ("에폭", "가중치", "편향", "비용"),
    "en": ("Epoch", "Weight", "Bias", "Cost"),
}


class TableError(Exception):
    """The requested run is not in the snippet's output."""


def runs(stdout: str) -> dict[str, list[re.Match[str]]]:
    """Epoch lines grouped under the '# ...' header line that precedes them."""
    grouped: dict[str, list[re.Match[str]]] = {}
    current = ""
    for line in stdout.splitlines():
        if line.startswith(RUN_HEADER):
            current = line[len(RUN_HEADER) :].strip()
            grouped[current] = []
        elif match := EPOCH_LINE.fullmatch(line.strip()):
            grouped.setdefault(current, []).append(match)
    return grouped


def epoch_table(stdout: str, run: str, language: str) -> str:
    """A Markdown table of one run's epochs, with headings in the page's language."""
    grouped = runs(stdout)
    if run not in grouped:
        known = ", ".join(repr(name) for name in grouped) or "none"
        raise TableError(f"no run {run!r} in the output (runs: {known})")
    headings = HEADINGS[language]
    rows = [
        "| " + " | ".join(headings) + " |",
        "|" + "---:|" * len(headings),
    ]
    for match in grouped[run]:
        rows.append(
            f"| {match['epoch']} | {match['weight']} | {match['bias']} | {match['cost']} |"
        )
    return "\n".join(rows)
