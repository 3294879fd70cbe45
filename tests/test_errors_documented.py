"""Every error a user can meet is documented: the README's table and docs/errors.md name each class."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest

import orgwork
from orgwork.errors import OrgworkError

ROOT = Path(__file__).resolve().parents[1]


def _error_classes() -> set[str]:
    found: set[str] = set()
    for info in pkgutil.walk_packages(orgwork.__path__, "orgwork."):
        if info.name.startswith(("orgwork.cli", "orgwork.__main__")):
            continue
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            if inspect.isclass(obj) and issubclass(obj, OrgworkError) and obj is not OrgworkError:
                found.add(name)
    return found


@pytest.mark.parametrize("page", ["README.md", "docs/errors.md"])
def test_every_orgwork_error_class_is_in_the_errors_table(page: str) -> None:
    text = (ROOT / page).read_text(encoding="utf-8")
    section = text[text.index("# Errors") :]
    table = section[: section.find("\n## ", 1) if "\n## " in section[1:] else len(section)]
    missing = sorted(c for c in _error_classes() if f"{c}`" not in table)
    assert not missing, f"{page} does not document {missing}"


def test_the_error_classes_are_found() -> None:
    # the check above is only as good as the scan: it must see the known classes
    assert {"PolicyError", "RecordsFileError", "UnknownRecordError"} <= _error_classes()
