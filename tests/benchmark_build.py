"""Measure how long the site takes to build: from nothing, then with nothing changed.

Run it by hand (pytest does not collect it):

    python tests/benchmark_build.py

It copies the project into a temporary folder with an empty cache, so the first build runs
every snippet and draws every figure; the second build should take everything from the cache.
"""

import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed_build(project: Path, site: Path) -> tuple[float, str]:
    started = time.perf_counter()
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
        cwd=project,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    if built.returncode != 0:
        sys.exit(built.stderr)
    return seconds, built.stderr


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder) / "project"
        for name in ("docs", "snippets", "hooks"):
            shutil.copytree(ROOT / name, project / name)
        shutil.copy(ROOT / "mkdocs.yml", project)

        for label, site in (("clean build", "site-1"), ("rebuild, nothing changed", "site-2")):
            seconds, log = timed_build(project, Path(folder) / site)
            ran = len(re.findall(r": ran in ", log))
            drawn = len(re.findall(r": drawn", log))
            executed = len(re.findall(r": executed", log))
            print(
                f"{label:<26} {seconds:6.1f} s  snippets run: {ran}, "
                f"notebooks run: {executed}, figures drawn: {drawn}"
            )


if __name__ == "__main__":
    main()
