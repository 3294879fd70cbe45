"""The command line: rules, policy, errors as one line without a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

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
