"""Run snippet programs in a subprocess and remember their output by content."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
CACHE = ROOT / ".cache" / "snippet-runs"
TIMEOUT_SECONDS = 300
LIBRARIES = ("numpy", "torch", "matplotlib")

log = logging.getLogger("mkdocs.hooks.snippets")


class SnippetError(Exception):
    """A snippet raised, timed out or could not be found."""


@dataclass(frozen=True)
class Run:
    stdout: str
    seconds: float
    from_cache: bool


def library_versions() -> str:
    """Python and library versions that can change what a snippet prints."""
    versions = [f"python={sys.version.split()[0]}"]
    versions += [f"{name}={metadata.version(name)}" for name in LIBRARIES]
    return ";".join(versions)


def cache_key(source: str) -> str:
    """Hash of the program text and the versions it runs against."""
    return hashlib.sha256(f"{library_versions()}\n{source}".encode()).hexdigest()


def write_atomically(path: Path, text: str) -> None:
    """Write text so that readers see the old file or the new one, never half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def describe_failure(path: Path, stderr: str) -> str:
    """Reduce a traceback to 'file:line: exception' for the snippet itself."""
    frames = re.findall(rf'File "{re.escape(str(path))}", line (\d+)', stderr)
    last_line = stderr.strip().splitlines()[-1] if stderr.strip() else "no error output"
    where = f"{relative(path)}:{frames[-1]}" if frames else relative(path)
    return f"{where}: {last_line}"


def relative(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def execute(path: Path, timeout: float = TIMEOUT_SECONDS) -> tuple[str, float]:
    """Run one program as a script; return what it printed and how long it took."""
    started = time.perf_counter()
    try:
        finished = subprocess.run(
            [sys.executable, str(path)],
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=path.parent,
            env={**os.environ, "PYTHONHASHSEED": "0", "MPLBACKEND": "Agg"},
        )
    except subprocess.TimeoutExpired as error:
        raise SnippetError(
            f"{relative(path)}: still running after {timeout:g} s, stopped"
        ) from error
    seconds = time.perf_counter() - started
    if finished.returncode != 0:
        raise SnippetError(describe_failure(path, finished.stderr))
    return finished.stdout, seconds


class SnippetRunner:
    """Runs snippets once per content and library versions, on disk and in memory."""

    def __init__(self, cache_dir: Path = CACHE, timeout: float = TIMEOUT_SECONDS):
        self.cache_dir = cache_dir
        self.timeout = timeout
        self.memory: dict[str, Run] = {}

    def run(self, name: str) -> Run:
        """Output of snippets/<name>, from the cache when the program is unchanged."""
        path = SNIPPETS / name
        if not path.is_file():
            raise SnippetError(f"snippets/{name}: no such snippet")
        key = cache_key(path.read_text(encoding="utf-8"))
        if key in self.memory:
            return self.memory[key]
        stored = self.cache_dir / f"{key}.json"
        if stored.is_file():
            record = json.loads(stored.read_text(encoding="utf-8"))
            run = Run(record["stdout"], record["seconds"], from_cache=True)
            log.info("snippets/%s: from the cache (its run took %.2f s)", name, run.seconds)
        else:
            stdout, seconds = execute(path, self.timeout)
            record = {"snippet": name, "stdout": stdout, "seconds": seconds}
            write_atomically(stored, json.dumps(record, ensure_ascii=False))
            run = Run(stdout, seconds, from_cache=False)
            log.info("snippets/%s: ran in %.2f s", name, seconds)
        self.memory[key] = run
        return run
