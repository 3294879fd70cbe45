"""The shape of rule code (issue 12), checked over the source itself.

Every rule builds its decisions through :class:`orgwork.decision.RuleContext`,
keeps its bilingual texts in :class:`orgwork.decision.Say` tables beside it,
stays short, and writes its id once, in ``@rule``. These checks read the
source with :mod:`ast`, so they fail on the line that breaks the shape.

Run as a script, this module prints the figures the issue asked for
(``python tests/test_rule_shape.py``).
"""

from __future__ import annotations

import ast
import statistics
from collections.abc import Iterator
from pathlib import Path

import pytest

from orgwork.rules import catalogue

SRC = Path(__file__).resolve().parents[1] / "src" / "orgwork"

#: The packages that hold rules (plus the core deadline helper that decides for them).
DOMAINS = (
    "assessment",
    "cadres",
    "calendar",
    "care",
    "membership",
    "open_day",
    "organizations",
    "selection",
    "supervision",
)
RULE_CODE = (*DOMAINS, "_deadlines.py")

#: Where a Decision may be constructed directly: the context itself, and the strategy
#: that generates arbitrary decisions for property tests (not rule code).
DECISION_BUILDERS = ("decision.py", "strategies/_core.py")

#: The longest a rule function's body may be (docstring excluded).
MAX_BODY = 60


def _modules(*roots: str) -> Iterator[tuple[str, ast.Module]]:
    for root in roots:
        base = SRC / root
        paths = [base] if base.suffix == ".py" else sorted(base.rglob("*.py"))
        for path in paths:
            rel = path.relative_to(SRC).as_posix()
            yield rel, ast.parse(path.read_text(encoding="utf-8"), filename=rel)


def _is_rule_decorator(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and getattr(node.func, "id", None) == "rule"


def _rule_functions() -> Iterator[tuple[str, ast.FunctionDef]]:
    for rel, tree in _modules(*RULE_CODE):
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and any(
                _is_rule_decorator(d) for d in node.decorator_list
            ):
                yield rel, node


def _body_lines(func: ast.FunctionDef) -> int:
    body = func.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]
    if not body:
        return 0
    end = body[-1].end_lineno or body[-1].lineno
    return end - body[0].lineno + 1


def _calls(tree: ast.AST) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            yield node


def _is_decision_build(call: ast.Call) -> bool:
    f = call.func
    if isinstance(f, ast.Subscript):
        f = f.value
    return isinstance(f, ast.Name) and f.id == "Decision"


def _function_bodies(tree: ast.Module) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef]:
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node


def test_decisions_are_built_only_by_the_rule_context() -> None:
    found = [
        f"{rel}:{call.lineno}"
        for rel, tree in _modules(".")
        if rel not in DECISION_BUILDERS
        for call in _calls(tree)
        if _is_decision_build(call)
    ]
    assert found == [], "build decisions with RuleContext.decide: " + ", ".join(found)


def test_no_inline_bilingual_pair_in_rule_code() -> None:
    """Texts are ``Say`` templates in a table beside the rule, never zh=/en= pairs in code."""
    found = []
    for rel, tree in _modules(*RULE_CODE):
        for func in _function_bodies(tree):
            for call in (c for stmt in func.body for c in _calls(stmt)):  # not the @rule titles
                keywords = {k.arg for k in call.keywords}
                name = getattr(call.func, "id", getattr(call.func, "attr", ""))
                if {"zh", "en"} <= keywords or name in ("Reason", "listed"):
                    found.append(f"{rel}:{call.lineno} ({func.name})")
    assert found == [], "use a Say template: " + ", ".join(sorted(set(found)))


def test_no_f_string_in_a_template() -> None:
    """A template's fields are filled by the context, so a template is never an f-string."""
    found = [
        f"{rel}:{call.lineno}"
        for rel, tree in _modules(".")
        for call in _calls(tree)
        if getattr(call.func, "id", None) == "Say"
        and any(isinstance(a, ast.JoinedStr) for a in call.args)
    ]
    assert found == []


def test_rule_bodies_are_short() -> None:
    long = {
        f"{rel}:{func.name}": n
        for rel, func in _rule_functions()
        if (n := _body_lines(func)) > MAX_BODY
    }
    assert long == {}, f"split these rule bodies along their clauses (max {MAX_BODY} lines)"


def test_every_rule_function_is_found_by_the_scan() -> None:
    # the checks above look at the functions they find; make sure they find them all
    found = {func.name for _, func in _rule_functions()}
    assert {r.function.rpartition(".")[2] for r in catalogue()} <= found


def test_a_rule_id_is_written_once_in_the_source() -> None:
    ids = {r.id for r in catalogue()}
    seen: dict[str, list[str]] = {}
    for rel, tree in _modules("."):
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and node.value in ids:
                seen.setdefault(str(node.value), []).append(f"{rel}:{node.lineno}")
    repeated = {k: v for k, v in seen.items() if len(v) > 1}
    assert repeated == {}, "refer to a rule by its function (orgwork.rules.id_of)"
    assert set(seen) == ids


def test_the_public_name_is_derived_not_typed() -> None:
    typed = [
        f"{rel}:{func.name}"
        for rel, func in _rule_functions()
        for d in func.decorator_list
        if _is_rule_decorator(d) and any(k.arg == "public_name" for k in d.keywords)  # type: ignore[attr-defined]
    ]
    assert typed == []


@pytest.mark.parametrize("rel", [rel for rel, _ in _modules(*RULE_CODE)])
def test_rule_code_reads_the_policy_only_through_the_context(rel: str) -> None:
    """``resolve(...)`` in rule code would read parameters the decision does not record."""
    tree = ast.parse((SRC / rel).read_text(encoding="utf-8"))
    uses = [
        call.lineno
        for call in _calls(tree)
        if getattr(call.func, "id", None) == "resolve" and rel not in RESOLVE_ALLOWED
    ]
    assert uses == [], f"{rel}: read parameters with RuleContext.param, lines {uses}"


#: Modules of the domain packages that resolve a policy without deciding anything
#: (columnar batch paths and file readers): they record no parameters because they
#: return no decisions.
RESOLVE_ALLOWED: dict[str, str] = {
    "assessment/_batch.py": "the columnar path: tables of totals and ranks, no decisions",
}


def figures() -> dict[str, object]:
    """The before/after figures of the issue: rule body lengths, Reason( calls, lines."""
    lengths = sorted(_body_lines(func) for _, func in _rule_functions())
    reasons = sum(
        1
        for _, tree in _modules(".")
        for call in _calls(tree)
        if getattr(call.func, "id", None) == "Reason"
    )
    builds = sum(
        1 for _, tree in _modules(".") for call in _calls(tree) if _is_decision_build(call)
    )
    lines = sum(
        len((SRC / rel).read_text(encoding="utf-8").splitlines()) for rel, _ in _modules(*DOMAINS)
    )
    return {
        "rule bodies": len(lengths),
        "median body lines": statistics.median(lengths),
        "longest body": max(lengths),
        f"bodies over {MAX_BODY} lines": sum(n > MAX_BODY for n in lengths),
        "Reason( calls": reasons,
        "Decision built (calls)": builds,
        "lines in the domain packages": lines,
    }


if __name__ == "__main__":
    for key, value in figures().items():
        print(f"{key}: {value}")


def test_the_contributing_guide_example_runs() -> None:
    """CONTRIBUTING.md's rule, end to end, under another id (run apart: it joins the catalogue)."""
    import subprocess
    import sys

    guide = (SRC.parents[1] / "CONTRIBUTING.md").read_text(encoding="utf-8")
    start = guide.index("```python\nimport datetime")
    code = guide[start + len("```python\n") : guide.index("```", start + 9)]
    code = code.replace(
        '"supervision.reply_deadline",  # stable', '"example.reply_deadline",  # stable'
    )
    assert '"example.reply_deadline"' in code
    code += 'd = reply_deadline(dt.date(2024, 2, 8))\nprint(d.explain("en"))\n'
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    ).stdout
    assert out.startswith("Reply due by 2024-03-06\n")
    assert "the 15th working day after it is 2024-03-06" in out
    assert "supervision.reply_working_days = 15" in out


def _templates(tree: ast.Module) -> Iterator[tuple[str, str, int]]:
    """(table, name, line) of every ``Say`` template held in a class-level table."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if (
                    isinstance(item, ast.Assign)
                    and isinstance(item.value, ast.Call)
                    and getattr(item.value.func, "id", None) == "Say"
                ):
                    for target in item.targets:
                        if isinstance(target, ast.Name):
                            yield node.name, target.id, item.lineno


def test_every_template_is_used_by_its_module() -> None:
    """A template no code fills has drifted from its rule: remove it or use it."""
    unused = []
    for rel, tree in _modules("."):
        used = {
            (node.value.id, node.attr)
            for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
        }
        unused += [
            f"{rel}:{line} {table}.{name}"
            for table, name, line in _templates(tree)
            if (table, name) not in used
        ]
    assert unused == []


def test_every_template_names_the_same_fields_in_both_languages() -> None:
    import importlib
    import inspect

    from orgwork.decision import Say, _fields

    seen = 0
    for rel, _ in _modules(*RULE_CODE):
        name = "orgwork." + rel.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
        module = importlib.import_module(name)
        for _, table in inspect.getmembers(module, inspect.isclass):
            for value in vars(table).values():
                if isinstance(value, Say):
                    seen += 1
                    assert _fields(value.zh) == _fields(value.en) == value.fields, value
    assert seen > 100
