#!/usr/bin/env python3
"""Mutation testing of the rule modules (issue 14), with the ``@rule`` functions mutated too.

One command::

    python tools/mutation.py                          # every rule module, one after another
    python tools/mutation.py assessment/_ranking      # some modules (path, dotted or short form)
    python tools/mutation.py --survivors supervision/_cases   # and print each survivor's diff
    python tools/mutation.py --list                   # the rule modules it would run
    python tools/mutation.py --rerun assessment/_ranking  # retest the last run's survivors
                                                          # with the current *_mutants.py tests
    python tools/mutation.py --triage assessment/_ranking # for docs/mutation.md: each first-run
                                                          # survivor and the test that kills it

It runs mutmut 3.8.1 (``pip install mutmut==3.8.1``) on one module at a time, in a
scratch copy of the checkout (``build/mutation/<module>/``, ignored by git), so the
checkout itself is never touched. mutmut skips every decorated function; this tool
patches it so that a function whose decorators are all ``rule(...)`` calls is mutated
like an undecorated one. The decorator and its arguments are never mutated: the
trampoline keeps ``@rule(...)`` (mutmut adds its own wrapper innermost, with
``functools.wraps``), and the copies mutmut makes of the function (the original and
each mutant) lose the decorator, so a rule is registered once, from the trampoline.
After the run the tool imports the mutated module and checks that every rule is still
registered with its id, public path, signature, return annotation and ``def`` line.

Tests: for ``src/orgwork/<domain>/...`` the tests are ``tests/<domain>/`` and every other
test file that names ``orgwork.<domain>`` (doctests are not run: mutmut would run the
doctest of every mutant copy). Tests failing before mutation (work in progress in the
checkout) are deselected and listed. Hypothesis runs the ``mutation`` profile of
``tests/conftest.py`` (few examples, derandomized, so a verdict is reproducible).

Score per module = killed / (killed + survived), where timeouts (and processes killed
for running too long) count as killed, and "no tests" (no selected test reaches the
mutated function) and "suspicious" (an unexpected exit code of the test run) count as
survived. Each count is printed as well.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "orgwork"
DEFAULT_WORKDIR = ROOT / "build" / "mutation"
RULE_LINE = re.compile(r"^@rule\(", re.MULTILINE)

#: Tests not run against mutants: the fuzz suite calls every public function with hostile
#: values, to check the errors; it is slow under mutation and asserts no rule's result. The
#: columnar letters tests start a Dask cluster and compare two paths through the same rules.
NOT_RUN = (
    "tests/test_fuzz.py",
    "tests/supervision/test_supervision_tables.py",
    "tests/care/test_care_tables.py",
    "tests/assessment/test_assessment_tables.py",
)

#: mutmut's verdicts, grouped for the score.
KILLED = ("killed", "timeout", "segfault")
SURVIVED = ("survived", "no tests", "suspicious")


# -- which modules, which tests -------------------------------------------------------------


def rule_modules() -> list[str]:
    """Every module of ``src/orgwork`` with an ``@rule(`` decorator, as ``src/orgwork/...`` paths."""
    found = []
    for path in sorted(SRC.rglob("*.py")):
        if RULE_LINE.search(path.read_text(encoding="utf-8")):
            found.append(path.relative_to(ROOT).as_posix())
    return found


def resolve(name: str) -> str:
    """``assessment/_ranking``, ``assessment._ranking``, ``orgwork.assessment._ranking`` or a path."""
    text = name.strip().removesuffix(".py")
    text = text.removeprefix("src/").removeprefix("orgwork/").removeprefix("orgwork.")
    text = text.replace(".", "/")
    candidates = [SRC / f"{text}.py", SRC / text / "__init__.py"]
    for path in candidates:
        if path.is_file():
            rel = path.relative_to(ROOT).as_posix()
            if rel not in rule_modules():
                raise SystemExit(f"{rel} has no @rule function (see --list)")
            return rel
    raise SystemExit(f"no module {name!r} under src/orgwork (see --list)")


def domain_of(module: str) -> str:
    """``src/orgwork/assessment/_ranking.py`` → ``assessment``."""
    parts = Path(module).parts
    return parts[2].removesuffix(".py")


def tests_for(module: str) -> list[str]:
    """The test paths run against ``module``: its domain's tests and the other tests naming it."""
    domain = domain_of(module)
    names = re.compile(rf"orgwork\.{domain}\b|from orgwork import [^\n]*\b{domain}\b")
    selected: list[str] = []
    folder = ROOT / "tests" / domain
    if folder.is_dir():
        selected.append(f"tests/{domain}")
    for path in sorted((ROOT / "tests").rglob("test_*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith(f"tests/{domain}/") or rel in NOT_RUN:
            continue
        if names.search(path.read_text(encoding="utf-8")):
            selected.append(rel)
    return selected


def own_tests(module: str) -> Path:
    """The tests written against ``module``'s mutants: ``tests/<domain>/test_<domain>_<name>_mutants.py``."""
    domain = domain_of(module)
    name = Path(module).stem.lstrip("_")
    if name == "__init__":
        return ROOT / "tests" / domain / f"test_{domain}_mutants.py"
    return ROOT / "tests" / domain / f"test_{domain}_{name}_mutants.py"


# -- the patch: mutate @rule functions, never their decorators ------------------------------


def _is_rule_call(decorator: Any) -> bool:
    import libcst as cst

    d = decorator.decorator
    if not isinstance(d, cst.Call):
        return False
    func = d.func
    return (isinstance(func, cst.Name) and func.value == "rule") or (
        isinstance(func, cst.Attribute) and func.attr.value == "rule"
    )


def _rule_decorated(node: Any) -> bool:
    import libcst as cst

    return (
        isinstance(node, cst.FunctionDef)
        and len(node.decorators) > 0
        and all(_is_rule_call(d) for d in node.decorators)
    )


def patch_mutmut() -> None:
    """Let mutmut mutate functions whose decorators are all ``rule(...)`` calls."""
    from libcst.metadata import PositionProvider
    from mutmut.mutation import file_mutation as fm

    skip = fm.MutationVisitor._skip_node_and_children

    def skip_node_and_children(self: Any, node: Any) -> bool:
        if _rule_decorated(node) and node.name.value not in fm.NEVER_MUTATE_FUNCTION_NAMES:
            position = self.get_metadata(PositionProvider, node, None)
            # a "# pragma: no mutate block" on the function still skips it
            if not (position and position.start.line in self._ignored_node_lines):
                return False  # its decorators are Decorator nodes, which mutmut still skips
        return skip(self, node)

    arrange = fm.function_trampoline_arrangement

    def function_trampoline_arrangement(function: Any, mutants: Any, class_name: Any) -> Any:
        declarations, nodes, assignments, names = arrange(function, mutants, class_name)
        if _rule_decorated(function):
            # nodes[0] is the trampoline: it keeps @rule(...), so the rule is registered
            # once, under its own name; the copies (orig and mutants) must not register.
            nodes = [nodes[0], *(n.with_changes(decorators=[]) for n in nodes[1:])]
        return declarations, nodes, assignments, names

    fm.MutationVisitor._skip_node_and_children = skip_node_and_children  # type: ignore[method-assign]
    fm.function_trampoline_arrangement = function_trampoline_arrangement


# -- one module ------------------------------------------------------------------------------


def _slug(module: str) -> str:
    return Path(module).relative_to("src/orgwork").with_suffix("").as_posix().replace("/", ".")


def _copy_checkout(workdir: Path) -> None:
    if workdir.exists():
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".hypothesis")
    shutil.copytree(ROOT / "src", workdir / "src", ignore=ignore)
    shutil.copytree(ROOT / "tests", workdir / "tests", ignore=ignore)
    shutil.copy2(ROOT / "pyproject.toml", workdir / "pyproject.toml")


def _seeds() -> str | None:
    env = os.environ.get("ORGWORK_SEEDS")
    if env:
        return env
    for parent in ROOT.parents[:3]:
        candidate = parent / "shared" / "seeds" / "readable"
        if candidate.is_dir():
            return str(candidate)
    return None


def _env(src: Path | None, snapshot: Path | None = None) -> dict[str, str]:
    """The environment of the steps run in the scratch copy; ``src`` goes first on the path
    (mutmut puts ``mutants/src`` first itself: ``src`` None).

    The installed orgwork declares a hypothesis entry point; a snapshot copied before the
    hook existed cannot load it, so hypothesis plugins are then turned off.
    """
    env = dict(os.environ)
    env["HYPOTHESIS_PROFILE"] = "mutation"
    env.pop("PYTHONPATH", None)
    if src is not None:
        env["PYTHONPATH"] = str(src)
    copied = snapshot or src
    if copied is not None and not _has_hook(copied):
        env["HYPOTHESIS_NO_PLUGINS"] = "1"
    env.pop("MUTANT_UNDER_TEST", None)
    seeds = _seeds()
    if seeds:
        env["ORGWORK_SEEDS"] = seeds
    return env


def _has_hook(src: Path) -> bool:
    """Whether the orgwork under ``src`` defines the hypothesis hook the installed one declares."""
    pkg = src / "orgwork" / "strategies"
    files = [*pkg.glob("*.py")] if pkg.is_dir() else [src / "orgwork" / "strategies.py"]
    return any(
        f.is_file() and "_hypothesis_setup_hook" in f.read_text(encoding="utf-8") for f in files
    )


def _failing_tests(workdir: Path, tests: list[str]) -> list[str]:
    """Tests that fail on the unmutated copy (mutmut needs a green run): deselected, listed."""
    args = [sys.executable, "-m", "pytest", "-q", "-rf", "-p", "no:cacheprovider", *tests]
    done = subprocess.run(
        args,
        cwd=workdir,
        env=_env(workdir / "src"),
        capture_output=True,
        text=True,
        check=False,
    )
    failed = re.findall(r"^(?:FAILED|ERROR) (\S+)", done.stdout, re.MULTILINE)
    if done.returncode not in (0, 1) or (done.returncode == 1 and not failed):
        sys.stdout.write(done.stdout[-4000:] + done.stderr[-2000:])
        raise SystemExit(f"the tests of the unmutated copy do not run (exit {done.returncode})")
    return sorted(set(failed))


def statuses(workdir: Path, module: str) -> dict[str, str]:
    """mutant name → mutmut's verdict, from the ``.meta`` file mutmut wrote."""
    from mutmut.stats import status_by_exit_code

    meta = workdir / "mutants" / (module + ".meta")
    data = json.loads(meta.read_text(encoding="utf-8"))
    return {k: status_by_exit_code[v] for k, v in data["exit_code_by_key"].items()}


def score(counts: Counter[str]) -> tuple[int, int, float]:
    killed = sum(counts[s] for s in KILLED)
    survived = sum(counts[s] for s in SURVIVED)
    total = killed + survived
    return killed, survived, (100.0 * killed / total if total else 100.0)


def run_module(module: str, args: argparse.Namespace) -> dict[str, Any]:
    start = time.monotonic()
    workdir = Path(args.workdir).resolve() / _slug(module)
    tests = tests_for(module)
    print(f"\n=== {module}", flush=True)
    again: list[str] = []
    baseline: dict[str, Any] | None = None
    last_verdicts: dict[str, str] = {}
    if args.rerun:
        # the mutants stay; the last run's survivors are run again
        last = json.loads((workdir / "summary.json").read_text(encoding="utf-8"))
        baseline = last.get("baseline") or {
            k: v for k, v in last.items() if k not in ("baseline", "verdicts")
        }
        last_verdicts = last.get("verdicts") or {}
        tests = last["tests"]  # the snapshot's own tests (the checkout may have more by now)
        again = sorted(last["survivors"])
        if not again:
            print("    no survivors to rerun", flush=True)
            return dict(last)
        deselect = last["deselected"]
        # the source and the other tests stay as they were copied; only the mutation tests
        # of this module (see own_tests) are brought up to date
        shutil.rmtree(workdir / "mutants" / "tests")
        shutil.copytree(workdir / "tests", workdir / "mutants" / "tests")
        for path in [own_tests(module)]:
            if not path.is_file():
                continue
            # both copies: mutmut copies the scratch checkout's tests over mutants/tests again
            for base in (workdir, workdir / "mutants"):
                target = base / path.relative_to(ROOT)
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(path, target)
        print(f"    rerun of {len(again)} survivors", flush=True)
    else:
        _copy_checkout(workdir)
        deselect = _failing_tests(workdir, tests)
    print(f"    tests: {' '.join(tests)}", flush=True)
    for nodeid in deselect:
        print(f"    deselected (fails before mutation): {nodeid}")
    selection = [*tests, *(f"--deselect={n}" for n in deselect)]
    worker = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--worker",
        module,
        "--max-children",
        str(args.max_children),
        *(["--mutants", ",".join(again)] if again else []),
        "--",
        *selection,
    ]
    out = subprocess.run(
        worker,
        cwd=workdir,
        env=_env(None, workdir / "src"),
        capture_output=not args.verbose,
        text=True,
        check=False,
    )
    if out.returncode != 0:
        if not args.verbose:
            sys.stdout.write(out.stdout[-6000:] + out.stderr[-4000:])
        raise SystemExit(f"mutmut failed on {module} (exit {out.returncode})")
    check = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--verify", module],
        cwd=workdir,
        env=_env(workdir / "mutants" / "src"),
        capture_output=True,
        text=True,
        check=False,
    )
    sys.stdout.write(check.stdout)
    if check.returncode != 0:
        sys.stdout.write(check.stderr)
        raise SystemExit(f"@rule registration differs under mutation in {module}")
    verdicts = statuses(workdir, module)
    if args.rerun:
        # mutmut ran only the survivors (it may mark the others "not checked"): the others
        # keep the verdict of the last run
        verdicts = {
            k: v if k in again else last_verdicts.get(k, "killed") for k, v in verdicts.items()
        }
    counts = Counter(verdicts.values())
    killed, survived, pct = score(counts)
    seconds = time.monotonic() - start
    shown = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    print(f"    mutants {len(verdicts)}: {shown}")
    print(f"    score {pct:.1f}% ({killed} killed / {killed + survived}), {seconds:.0f} s")
    survivors = sorted(k for k, v in verdicts.items() if v in SURVIVED)
    if args.survivors and survivors:
        diff = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--diff", *survivors],
            cwd=workdir,
            env=_env(workdir / "mutants" / "src"),
            capture_output=True,
            text=True,
            check=False,
        )
        sys.stdout.write(diff.stdout + diff.stderr)
    result = {
        "module": module,
        "tests": tests,
        "deselected": deselect,
        "mutants": len(verdicts),
        "counts": dict(counts),
        "killed": killed,
        "survived": survived,
        "score": round(pct, 1),
        "seconds": round(seconds),
        "survivors": {k: verdicts[k] for k in survivors},
        "verdicts": verdicts,
    }
    if baseline is not None:
        result["baseline"] = baseline
        print(f"    first run: score {baseline['score']}%, {baseline['seconds']} s")
    (workdir / "summary.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    return result


# -- the steps run inside the scratch copy ---------------------------------------------------


def worker(module: str, max_children: int, selection: list[str], mutants: list[str]) -> None:
    """Run mutmut on ``module`` only, in the current (scratch) directory."""
    import mutmut.__main__ as mm
    from mutmut.configuration import config

    patch_mutmut()
    cfg = config()
    cfg.only_mutate = [module]
    cfg.pytest_add_cli_args_test_selection = selection
    mm._run(mutants, max_children)


def _expected(module: str) -> dict[str, dict[str, Any]]:
    """From the original source: rule id → function name, parameters, return annotation."""
    tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
    out: dict[str, dict[str, Any]] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        for d in node.decorator_list:
            if (
                isinstance(d, ast.Call)
                and getattr(d.func, "id", None) == "rule"
                and isinstance(d.args[0], ast.Constant)
            ):
                a = node.args
                params = [p.arg for p in (*a.posonlyargs, *a.args, *a.kwonlyargs)]
                returns = ast.unparse(node.returns) if node.returns else None
                out[str(d.args[0].value)] = {
                    "name": node.name,
                    "params": params,
                    "returns": returns,
                }
    return out


def verify(module: str) -> None:
    """Import the mutated module; check every rule's registration against the original."""
    import importlib
    import inspect
    import typing

    from orgwork import rules

    dotted = module.removeprefix("src/").removesuffix(".py").removesuffix("/__init__")
    mod = importlib.import_module(dotted.replace("/", "."))
    if "mutants" not in Path(str(mod.__file__)).parts:
        raise SystemExit(f"imported {mod.__file__}, not the mutated copy")
    problems = []
    expected = _expected(module)
    for rule_id, want in expected.items():
        func = getattr(mod, want["name"])
        entry = rules.get(rule_id)
        got_params = list(inspect.signature(func).parameters)
        hints = typing.get_type_hints(inspect.unwrap(rules.function_of(rule_id)))
        file, line = rules.location(rule_id)
        def_line = Path(file).read_text(encoding="utf-8").splitlines()[line - 1].strip()
        checks = {
            "id_of": rules.id_of(func) == rule_id,
            "function_of": rules.function_of(rule_id) is func,
            "public path": entry.function.rsplit(".", 1)[-1] == want["name"],
            "public path imports": entry.load() is func,
            "signature": got_params == want["params"],
            "return annotation": "return" in hints
            and (
                want["returns"] is None
                # the source may name the class through a module alias (``_dt.date``)
                or want["returns"].split("[")[0].rsplit(".", 1)[-1] in str(hints["return"])
            ),
            "location": file.endswith(module.removeprefix("src/"))
            and def_line.startswith(f"def {want['name']}("),
            "one registration": sum(r.id == rule_id for r in rules.catalogue()) == 1,
        }
        problems += [f"{rule_id}: {name}" for name, ok in checks.items() if not ok]
    if problems:
        raise SystemExit("\n".join(problems))
    copies = [n for n in vars(mod) if "__mutmut_" in n]
    print(
        f"    @rule under mutation: {len(expected)} rules keep id, public path, signature,"
        f" return annotation and def line ({len(copies)} mutant copies unregistered)"
    )


def diff(names: list[str]) -> None:
    from mutmut.mutation.diff_apply import find_mutant, get_diff_for_mutant

    for name in names:
        data = find_mutant(name)
        print(f"# {name}")
        print(get_diff_for_mutant(name, path=data.path))


def triage(module: str, args: argparse.Namespace) -> None:
    """For docs/mutation.md: each survivor of the first run, and the test that kills it now."""
    workdir = Path(args.workdir).resolve() / _slug(module)
    summary = json.loads((workdir / "summary.json").read_text(encoding="utf-8"))
    first = summary.get("baseline", summary)
    now = summary["survivors"]
    own = [own_tests(module).relative_to(ROOT).as_posix()]
    gone = [n for n in first["survivors"] if n not in now]
    run = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).resolve()),
            "--killers",
            "--mutants",
            ",".join(gone),
            *own,
        ],
        cwd=workdir / "mutants",
        env=_env(workdir / "mutants" / "src"),
        capture_output=True,
        text=True,
        check=False,
    )
    if run.returncode != 0:
        sys.stdout.write(run.stdout + run.stderr)
        raise SystemExit("could not find the killing tests")
    killers: dict[str, str] = json.loads(run.stdout)
    print(f"### `{module}`\n")
    print(
        f"Before: {first['score']}% ({first['killed']} killed / "
        f"{first['killed'] + first['survived']}, {first['mutants']} mutants). "
        f"After: {summary['score']}% ({summary['killed']} / "
        f"{summary['killed'] + summary['survived']}).\n"
    )
    for name in sorted(first["survivors"], key=_natural):
        short = name.rsplit(".", 1)[-1]
        if name in now:
            print(f"- `{short}`: equivalent: TODO")
        else:
            print(f"- `{short}`: killed by `{killers.get(name) or 'an existing test'}`")


def _natural(name: str) -> tuple[str, int]:
    head, _, n = name.rpartition("_")
    return head, int(n) if n.isdigit() else 0


def _cases_of(name: str, fn: Any) -> list[tuple[str, Any]]:
    """A test function as calls without arguments: one per row of a one-name parametrize."""
    import functools
    import inspect

    if not inspect.signature(fn).parameters:
        return [(name, fn)]
    marks = [m for m in getattr(fn, "pytestmark", []) if m.name == "parametrize"]
    if len(marks) != 1 or "," in marks[0].args[0]:
        raise SystemExit(f"{name}: only tests without fixtures, or one parametrized name")
    arg, values = marks[0].args[0], marks[0].args[1]
    return [(f"{name}[{v}]", functools.partial(fn, **{arg: v})) for v in values]


def killers(test_files: list[str], names: list[str]) -> None:
    """Print {mutant: first test of ``test_files`` failing with it active} as JSON.

    Run in ``mutants/``: each test function is called directly (the mutation tests take
    no fixtures), once per mutant, with the mutant switched on as mutmut does it.
    """
    import importlib.util
    import inspect

    from mutmut.mutation.trampoline import set_mutant_under_test

    tests: list[tuple[str, Any]] = []
    for file in test_files:
        spec = importlib.util.spec_from_file_location(Path(file).stem, file)
        if spec is None or spec.loader is None:
            raise SystemExit(f"cannot load {file}")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for name, fn in vars(mod).items():
            if name.startswith("test_") and inspect.isfunction(fn):
                tests.extend(_cases_of(f"{Path(file).name}::{name}", fn))
    found: dict[str, str] = {}
    for mutant in names:
        set_mutant_under_test(mutant)
        for test_name, fn in tests:
            try:
                fn()
            except KeyboardInterrupt:
                raise
            except BaseException:  # pytest.fail and pytest.raises raise BaseExceptions
                found[mutant] = test_name
                break
    set_mutant_under_test(None)
    os.environ.pop("MUTANT_UNDER_TEST", None)
    print(json.dumps(found))


# -- command line ----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("modules", nargs="*", help="rule modules (default: all)")
    parser.add_argument("--max-children", type=int, default=1, help="parallel mutants (1)")
    parser.add_argument("--workdir", default=str(DEFAULT_WORKDIR), help="scratch directory")
    parser.add_argument("--survivors", action="store_true", help="print each survivor's diff")
    parser.add_argument("--list", action="store_true", help="list the rule modules and exit")
    parser.add_argument("--verbose", action="store_true", help="show mutmut's own output")
    parser.add_argument("--rerun", action="store_true", help="retest the last run's survivors")
    parser.add_argument("--mutants", default="", help=argparse.SUPPRESS)
    parser.add_argument("--killers", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--triage", action="store_true", help="the first run's survivors and their killers"
    )
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--verify", help=argparse.SUPPRESS)
    parser.add_argument("--diff", action="store_true", help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args(argv)
    if args.worker:
        names = [n for n in args.mutants.split(",") if n]
        worker(args.worker, args.max_children, [*args.modules, *rest], names)
        return 0
    if args.verify:
        verify(args.verify)
        return 0
    if args.diff:
        diff(args.modules)
        return 0
    if args.killers:
        killers(args.modules, [n for n in args.mutants.split(",") if n])
        return 0
    if rest:
        parser.error(f"unrecognised arguments: {' '.join(rest)}")
    if args.list:
        print("\n".join(rule_modules()))
        return 0
    modules = [resolve(m) for m in args.modules] or rule_modules()
    if args.triage:
        for m in modules:
            triage(m, args)
        return 0
    results = [run_module(m, args) for m in modules]
    print("\nmodule                                        mutants  killed  survived  score")
    for r in results:
        print(
            f"{r['module']:<45} {r['mutants']:>7} {r['killed']:>7} {r['survived']:>9}  {r['score']:.1f}%"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
