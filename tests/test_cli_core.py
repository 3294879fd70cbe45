"""The command line: rules, policy, errors as one line without a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from orgwork import Policy


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "orgwork", *args], capture_output=True, text=True, timeout=120
    )


def assert_user_error(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("orgwork")


def test_version() -> None:
    r = run("--version")
    assert r.returncode == 0
    assert r.stdout.startswith("orgwork ")


def test_rules_table_lists_every_rule() -> None:
    from orgwork.rules import catalogue

    r = run("rules")
    assert r.returncode == 0
    for rule in catalogue():
        assert rule.id in r.stdout


def test_policy_prints_loadable_toml(tmp_path: Path) -> None:
    r = run("policy")
    assert r.returncode == 0
    f = tmp_path / "p.toml"
    f.write_text(r.stdout, encoding="utf-8")
    assert Policy.from_toml(f) == Policy.default()


def test_policy_json_with_a_file(tmp_path: Path) -> None:
    f = tmp_path / "town.toml"
    f.write_text('locality = "某镇"\n[assessment]\nsalary_top_n = 5\n', encoding="utf-8")
    r = run("policy", "--json", "--policy", str(f))
    assert r.returncode == 0
    data = json.loads(r.stdout)
    assert data["assessment"]["salary_top_n"] == 5
    assert data["locality"] == "某镇"
    assert tomllib.loads(run("policy", "--policy", str(f)).stdout)["locality"] == "某镇"


@pytest.mark.parametrize(
    "args",
    [
        ("policy", "--policy", "/nonexistent/town.toml"),
        ("rules", "--bogus"),
        ("no-such-command",),
    ],
)
def test_user_errors_are_one_line(args: tuple[str, ...]) -> None:
    assert_user_error(run(*args))


def test_bad_policy_file_names_the_parameter(tmp_path: Path) -> None:
    f = tmp_path / "bad.toml"
    f.write_text("[assessment]\nsalary_top_n = -1\n", encoding="utf-8")
    r = run("policy", "--policy", str(f))
    assert_user_error(r)
    assert "assessment.salary_top_n" in r.stderr


def test_help_has_examples() -> None:
    for cmd in ("rules", "policy"):
        r = run(cmd, "--help")
        assert r.returncode == 0
        assert "Example:" in r.stdout


def _commands() -> list[str]:
    from orgwork.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert sub.choices is not None
    return sorted(sub.choices)


def test_every_command_is_there() -> None:
    assert set(_commands()) >= {"rules", "policy", "deadline", "calendar", "rank", "demo"}


@pytest.mark.parametrize("command", _commands())
def test_every_command_has_help_with_an_example(command: str) -> None:
    r = run(command, "--help")
    assert r.returncode == 0
    assert "Example" in r.stdout


@pytest.mark.parametrize("command", _commands())
def test_every_command_rejects_an_unknown_option_in_one_line(command: str) -> None:
    positional = {
        "calendar": ["2025"],
        "deadline": ["2024-02-08"],
        "rank": ["scores.csv"],
        "check": ["town.xlsx"],
        "template": ["town.xlsx"],
    }
    r = run(command, *positional.get(command, []), "--no-such-option")
    assert_user_error(r)
    assert "--no-such-option" in r.stderr


def _rule_ids() -> list[str]:
    from orgwork.rules import catalogue

    return [r.id for r in catalogue()]


@pytest.mark.parametrize("rule_id", _rule_ids())
def test_rules_id_shows_everything_about_the_rule(
    rule_id: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from orgwork.cli import main
    from orgwork.rules import get, location, marked_tests

    r = get(rule_id)
    assert main(["rules", rule_id]) == 0
    text = capsys.readouterr().out
    assert text.splitlines()[0] == rule_id
    assert r.title_en in text
    assert f"「{r.source.quote}」" in text
    assert r.source.section in text
    file, line = location(rule_id)
    assert f"{Path(file).name}:{line}" in text
    assert r.function in text
    for path in r.parameters:
        assert f"  - {path}: " in text
    tests = marked_tests(rule_id)
    assert tests, f"no test is marked with {rule_id}"
    assert f"tests ({len(tests)}):" in text
    assert all(t in text for t in tests)
    # the line named is the function's own def
    source = Path(file).read_text(encoding="utf-8").splitlines()
    assert source[line - 1].lstrip().startswith("def " + r.function.rpartition(".")[2] + "(")

    assert main(["rules", rule_id, "--lang", "zh"]) == 0
    zh = capsys.readouterr().out
    assert r.title_zh in zh
    assert "原文" in zh
    assert "测试" in zh
    assert "default =" not in zh
    assert "kind:" not in zh
    assert "source:" not in zh
    if r.parameters:
        assert "默认值 = " in zh

    assert main(["rules", rule_id, "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["id"] == rule_id
    assert record["line"] == line
    assert [p["path"] for p in record["parameters"]] == list(r.parameters)
    assert record["tests"] == list(tests)


def test_rules_id_from_the_command_line_and_an_unknown_id() -> None:
    r = run("rules", "care.memorial_host")
    assert r.returncode == 0
    assert "_memorial.py:" in r.stdout
    assert "care.memorial_vacancy" in r.stdout
    assert_user_error(run("rules", "care.no_such_rule"))


def test_the_tests_of_a_rule_are_found_on_functions_classes_and_modules(tmp_path: Path) -> None:
    from orgwork.rules import marked_tests

    (tmp_path / "conftest.py").write_text("")
    (tmp_path / "test_x.py").write_text(
        "import pytest\n"
        "pytestmark = [pytest.mark.rule('care.memorial_host')]\n"
        "def test_a(): pass\n"
        "@pytest.mark.rule('care.duties')\n"
        "class TestB:\n"
        "    def test_b(self): pass\n"
        "    @pytest.mark.rule('care.illness_aid')\n"
        "    def test_c(self): pass\n"
        "def helper(): pass\n"
    )
    assert marked_tests("care.memorial_host", tmp_path) == (
        "t/test_x.py::test_a (line 3)".replace("t/", f"{tmp_path.name}/"),
        f"{tmp_path.name}/test_x.py::TestB::test_b (line 6)",
        f"{tmp_path.name}/test_x.py::TestB::test_c (line 8)",
    )
    assert marked_tests("care.illness_aid", tmp_path) == (
        f"{tmp_path.name}/test_x.py::TestB::test_c (line 8)",
    )
    assert marked_tests("care.duties", tmp_path) == (
        f"{tmp_path.name}/test_x.py::TestB::test_b (line 6)",
        f"{tmp_path.name}/test_x.py::TestB::test_c (line 8)",
    )


@pytest.mark.parametrize(
    ("argv", "prefix"),
    [
        (["deadline", "2099-01-01"], "orgwork deadline: "),
        (["rules", "no.such_rule"], "orgwork rules: "),
        (["rank", "/nonexistent/scores.csv"], "orgwork rank: "),
        (["check", "/nonexistent/town.xlsx"], "orgwork check: "),
        (["demo", "--year", "1800"], "orgwork demo: "),
        (["demo", "--no-such-option"], "orgwork demo: "),
        (["no-such-command"], "orgwork: "),
    ],
)
def test_every_failure_is_one_line_naming_its_command(
    argv: list[str], prefix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from orgwork.cli import main

    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert err[0].startswith(prefix), err
    assert "error:" not in err[0]


def test_help_imports_nothing_heavy() -> None:
    """``orgwork --help`` answers without importing pydantic, the policy or the calendar.

    (Issue 15 asks for under 0.1 s; tests never time, so this checks what makes it slow.)
    """
    import subprocess
    import sys

    code = (
        "import sys\nfrom orgwork.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'orgwork')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = eval(out.stdout.strip().splitlines()[-1])
    assert not [m for m in loaded if m.startswith("pydantic")], loaded
    assert not {"orgwork.policy", "orgwork.calendar", "orgwork.rules"} & set(loaded), loaded


def test_schema_lists_the_models_and_prints_one(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from orgwork.cli import main
    from orgwork.supervision import Case

    assert main(["schema", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {
        "orgwork.supervision.Case",
        "orgwork.records.Records",
        "orgwork.decision.Decision",
    } <= set(listed)
    assert main(["schema", "Case"]) == 0
    assert json.loads(capsys.readouterr().out) == Case.model_json_schema()
    assert main(["schema", "orgwork.supervision.Case", "--mode", "serialization"]) == 0
    assert json.loads(capsys.readouterr().out) == Case.model_json_schema(mode="serialization")
    assert main(["schema", "NoSuchModel"]) == 2
    assert capsys.readouterr().err.startswith("orgwork schema: no public model")


def _subcommands() -> dict[str, Any]:
    import argparse

    from orgwork.cli import build_parser

    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    raise AssertionError("no subcommands")


@pytest.mark.parametrize("option", ["--lang", "--json"])
def test_every_command_takes_lang_and_json(option: str) -> None:
    """Issue 15: one CLI. ``add-notice`` is a form of ``calendar`` and shares its options."""
    commands = _subcommands()
    assert len(commands) >= 10
    missing = [
        name
        for name, sub in commands.items()
        if option not in {s for a in sub._actions for s in a.option_strings}
    ]
    assert missing == []


@pytest.mark.parametrize(
    ("argv", "wanted", "unwanted"),
    [
        (["calendar", "2024", "--lang", "en"], "Holidays:", "放假"),
        (["calendar", "2024", "--lang", "zh"], "放假:", "Holidays"),
        (
            ["policy", "--lang", "en"],
            "# Total points of the thousand-point scheme",
            "千分制考核总分 —",
        ),
        (["policy", "--lang", "zh"], "# 千分制考核总分\n", "Total points"),
    ],
)
def test_lang_chooses_one_language(
    argv: list[str], wanted: str, unwanted: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from orgwork.cli import main

    assert main(argv) == 0
    out = capsys.readouterr().out
    assert wanted in out
    assert unwanted not in out


def test_template_json_says_what_it_wrote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from orgwork.cli import main

    assert main(["template", "--json", str(tmp_path / "t.json")]) == 0
    said = json.loads(capsys.readouterr().out)
    assert said == {"written": str(tmp_path / "t.json"), "sample": False}
