"""The catalogue is complete and cited: every rule registered, tested and sourced."""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import subprocess
import sys
import typing
from pathlib import Path

import pytest

from orgwork.decision import Decision
from orgwork.policy import Policy
from orgwork.rules import DOMAINS, SEEDS, catalogue

TESTS = Path(__file__).parent


def _marked_rule_ids() -> set[str]:
    """Every id named by a ``pytest.mark.rule("...")`` anywhere under tests/."""
    ids: set[str] = set()
    for path in TESTS.rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        # module-level string constants, so that ``mark.rule(RULE)`` counts too
        constants = {
            t.id: node.value.value
            for node in tree.body
            if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
            for t in node.targets
            if isinstance(t, ast.Name)
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "rule"
                and ast.unparse(node.func.value) in ("pytest.mark", "mark")
            ):
                for a in node.args:
                    if isinstance(a, ast.Constant) and isinstance(a.value, str):
                        ids.add(a.value)
                    elif isinstance(a, ast.Name) and a.id in constants:
                        ids.add(constants[a.id])
    return ids


def _public_decision_functions() -> list[tuple[str, object]]:
    found = []
    for name in DOMAINS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        for attr in getattr(module, "__all__", ()):
            obj = getattr(module, attr)
            if not inspect.isfunction(obj):
                continue
            ret = typing.get_type_hints(obj).get("return")
            if _mentions_decision(ret):
                found.append((f"{name}.{attr}", obj))
    return found


def _mentions_decision(tp: object) -> bool:
    if isinstance(tp, type) and issubclass(tp, Decision):
        return True
    return any(_mentions_decision(a) for a in typing.get_args(tp))


def test_every_public_decision_function_is_registered() -> None:
    functions = _public_decision_functions()
    missing = [name for name, f in functions if not hasattr(f, "__orgwork_rule__")]
    assert missing == [], f"public rule functions not registered in the catalogue: {missing}"


def test_every_registered_rule_has_a_test_naming_it() -> None:
    untested = sorted({r.id for r in catalogue()} - _marked_rule_ids())
    assert untested == [], f"rules with no @pytest.mark.rule test: {untested}"


def test_every_marker_names_a_registered_rule() -> None:
    unknown = sorted(_marked_rule_ids() - {r.id for r in catalogue()})
    assert unknown == [], f"tests mark rules that are not registered: {unknown}"


def test_rules_name_only_existing_parameters() -> None:
    policy = Policy.default()
    for r in catalogue():
        for path in r.parameters:
            policy.get(path)  # raises PolicyError for an unknown path


def test_rules_load_their_function() -> None:
    for r in catalogue():
        assert callable(r.load()), r.id
        assert getattr(r.load(), "__orgwork_rule__", None) == r.id


def test_seed_quotes_appear_verbatim(seeds_dir: Path) -> None:
    texts = {name: (seeds_dir / name).read_text("utf-8") for name in SEEDS}
    wrong = [
        (r.id, r.source.quote)
        for r in catalogue()
        if r.source.kind == "seed" and r.source.quote not in texts[r.source.document]
    ]
    assert wrong == []


def test_seed_parameter_sources_appear_verbatim(seeds_dir: Path) -> None:
    texts = {name: (seeds_dir / name).read_text("utf-8") for name in SEEDS}
    wrong = []
    for info in Policy.default().parameters():
        if info.kind != "seed":
            continue
        document, _, quote = info.source.partition(": ")
        if document not in texts or quote not in texts[document]:
            wrong.append((info.path, info.source))
    assert wrong == []


def test_cli_rules_json_is_the_catalogue() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "orgwork", "rules", "--json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    data = json.loads(out)
    assert [d["id"] for d in data] == [r.id for r in catalogue()]


@pytest.mark.parametrize("document", sorted(SEEDS))
def test_seed_names_are_the_files(document: str, seeds_dir: Path) -> None:
    assert (seeds_dir / document).is_file()
