"""The assessment package's own structure: modules share only public helpers."""

from __future__ import annotations

import ast
from pathlib import Path

import orgwork.assessment

PACKAGE = Path(orgwork.assessment.__file__).parent


def test_no_module_imports_a_private_name_of_another() -> None:
    private = []
    for path in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("orgwork"):
                private.extend(
                    f"{path.name}: {node.module}.{a.name}"
                    for a in node.names
                    if a.name.startswith("_") and not a.name.startswith("__")
                )
    assert private == []
