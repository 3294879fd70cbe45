"""``orgwork deadline`` and ``orgwork calendar`` as a user runs them (subprocesses)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "orgwork", *args], capture_output=True, text=True, check=False
    )


@pytest.mark.rule("calendar.working_days")
def test_deadline_spells_out_the_count() -> None:
    r = _run("deadline", "2024-02-08")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert "2024-02-08" in lines[0]
    assert "not counted" in lines[0]
    assert lines[1].split()[:2] == ["1", "2024-02-09"]
    assert lines[2].split()[:2] == ["2", "2024-02-18"]
    assert "调休上班" in lines[2]
    assert "春节" in lines[2]
    assert lines[15].split()[:2] == ["15", "2024-03-06"]
    assert "Deadline: 2024-03-06" in r.stdout
    assert "国办发明电〔2023〕7号" in r.stdout


@pytest.mark.rule("calendar.working_days")
def test_deadline_json_and_working_days() -> None:
    r = _run("deadline", "2025-09-30", "--working-days", "7", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["deadline"] == "2025-10-16"
    assert [c["date"] for c in data["counted"]][:3] == ["2025-10-09", "2025-10-10", "2025-10-11"]
    assert data["counted"][2]["make_up_working_day"] is True
    assert data["provisional"] is False
    assert data["notices"][0]["notice"] == "国办发明电〔2024〕12号"


@pytest.mark.rule("calendar.working_days")
def test_deadline_into_an_unpublished_year_with_opt_in() -> None:
    r = _run("deadline", "2026-12-11", "--provisional", "2027", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["deadline"] == "2027-01-04"
    assert data["provisional"] is True


def test_calendar_prints_the_year() -> None:
    r = _run("calendar", "2026")
    assert r.returncode == 0, r.stderr
    assert "国办发明电〔2025〕7号" in r.stdout
    assert "春节: 2026-02-15 – 2026-02-23, 9 days" in r.stdout
    assert "2026-02-14 (Sat" in r.stdout
    assert " 2月  16" in r.stdout
    assert "全年 248" in r.stdout


def test_calendar_json() -> None:
    r = _run("calendar", "2020", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["amended_by"][0]["notice"] == "国办发明电〔2020〕1号"
    assert data["working_days"] == sum(data["working_days_per_month"].values())
    assert "2020-02-01" not in data["make_up_working_days"]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("deadline", "2024-13-01"), "no such date"),
        (("deadline", "yesterday"), "invalid date"),
        (("deadline", "2024-02-08", "--working-days", "0"), "1 or more"),
        (("deadline", "2024-02-08", "--working-days", "x"), "invalid int"),
        (("deadline", "2026-12-11"), "2027 is not covered"),
        (("deadline", "2003-06-01"), "2003 is not covered"),
        (("calendar", "2030"), "2030 is not covered"),
        (("calendar", "twenty"), "invalid int"),
        (("deadline", "2024-02-08", "--calendar-file", "/nonexistent.toml"), "no such file"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: tuple[str, ...], needle: str) -> None:
    r = _run(*args)
    assert r.returncode == 2
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert needle in lines[0]
    assert "Traceback" not in r.stderr


@pytest.mark.parametrize("command", ["deadline", "calendar"])
def test_help_has_an_example(command: str) -> None:
    r = _run(command, "--help")
    assert r.returncode == 0
    assert f"Example: orgwork {command}" in r.stdout


def test_deadline_takes_its_default_count_from_the_policy(tmp_path: Path) -> None:
    """Issue 15: ``deadline`` takes ``--policy``; its reply limit on DATE is N's default."""
    policy = tmp_path / "p.toml"
    policy.write_text("[supervision]\nreply_working_days = 10\n", encoding="utf-8")
    r = _run("deadline", "2024-02-08", "--policy", str(policy), "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["working_days"] == 10
    assert json.loads(_run("deadline", "2024-02-08", "--json").stdout)["deadline"] == "2024-03-06"
    r = _run("deadline", "2024-02-08", "-n", "7", "--policy", str(policy), "--json")
    assert json.loads(r.stdout)["working_days"] == 7


@pytest.mark.parametrize(
    "written", ["2024-02-08", "2024/2/8", "2024.2.8", "2024年2月8日", "２０２４年２月８日"]
)
def test_deadline_reads_dates_as_the_records_do(written: str) -> None:
    r = _run("deadline", written, "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["start"] == "2024-02-08"


@pytest.mark.parametrize(
    ("lang", "wanted", "unwanted"),
    [("zh", "期限:2024-03-06", "Deadline"), ("en", "Deadline: 2024-03-06", "期限")],
)
def test_deadline_speaks_one_language_when_asked(lang: str, wanted: str, unwanted: str) -> None:
    r = _run("deadline", "2024-02-08", "--lang", lang)
    assert r.returncode == 0, r.stderr
    assert wanted in r.stdout
    assert unwanted not in r.stdout
