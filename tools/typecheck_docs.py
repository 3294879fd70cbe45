#!/usr/bin/env python3
"""Type-check a user's code with ``mypy --strict``: the docs' examples and ``examples/typed_use.py``.

Every fenced ``python`` block of README.md, CONTRIBUTING.md and docs/**/*.md is
written, one module per page (the blocks of a page run in order, as in the
page), to a scratch folder and checked with ``mypy --strict`` and the pydantic
plugin: the configuration a user needs (see docs/getting-started.md, "Typed
use"). In a doctest-style block the ``>>>`` and ``...`` lines are the code.

Run: ``python tools/typecheck_docs.py``; exit status 1 when mypy finds an error.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *sorted((ROOT / "docs").rglob("*.md"))]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
CONFIG = """[mypy]
strict = True
plugins = pydantic.mypy

[mypy-openpyxl.*]
ignore_missing_imports = True
"""


def _code(block: str) -> str:
    if ">>>" not in block:
        return block
    lines = [ln[4:] for ln in block.splitlines() if ln.startswith((">>> ", "... ", ">>>", "..."))]
    return "\n".join(lines) + "\n"


def modules(out: Path) -> list[Path]:
    written = []
    for page in PAGES:
        blocks = [_code(b) for b in BLOCK.findall(page.read_text(encoding="utf-8"))]
        if not blocks:
            continue
        name = re.sub(r"\W", "_", str(page.relative_to(ROOT)).removesuffix(".md")).lower()
        target = out / f"doc_{name}.py"
        target.write_text("\n\n".join(blocks), encoding="utf-8")
        written.append(target)
    return written


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        files = modules(out)
        (out / "mypy.ini").write_text(CONFIG, encoding="utf-8")
        files.append(ROOT / "examples" / "typed_use.py")
        cmd = [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(out / "mypy.ini"),
            *map(str, files),
        ]
        done = subprocess.run(cmd, capture_output=True, text=True, cwd=out)
        print(done.stdout.replace(str(out) + "/", ""), end="")
        print(
            f"{len(files) - 1} pages' examples and examples/typed_use.py checked", file=sys.stderr
        )
        return 0 if done.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
