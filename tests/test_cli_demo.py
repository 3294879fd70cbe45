"""``orgwork demo``: the full report in both languages and as JSON; bad input is one line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SECTIONS = ("assessment", "care", "supervision", "open_day", "selection", "membership")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "orgwork", "demo", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_chinese_report_has_every_family() -> None:
    r = run()
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    out = r.stdout
    assert out.startswith("青石镇 2025 年")
    for needle in (
        "副科级",
        "提交镇党委研究",
        "追悼会",
        "应帮不帮",
        "部长接待日",
        "开放日",
        "赞同率",
    ):
        assert needle in out, needle


def test_english_report() -> None:
    r = run("--lang", "en", "--year", "2024")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("青石镇: organization-work rules for 2024")
    assert "deputy-section" in r.stdout


def test_json_report_is_valid_and_complete() -> None:
    r = run("--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["year"] == 2025
    assert tuple(s["key"] for s in data["sections"]) == SECTIONS
    assert all(s["decisions"] for s in data["sections"])


def test_policy_file_changes_the_outcome(tmp_path: Path) -> None:
    f = tmp_path / "town.toml"
    f.write_text(
        'locality = "示例镇"\n[assessment]\nsalary_top_n = 5\nmissing_sheet_cuts = "rank_others"\n',
        encoding="utf-8",
    )  # the sample's gap village holds the cut by default (issue 13)
    default = json.loads(run("--json").stdout)
    mine = json.loads(run("--json", "--policy", str(f)).stdout)
    assert mine["locality"] == "示例镇"

    def eligible(report: dict[str, object]) -> int:
        sections = report["sections"]
        assert isinstance(sections, list)
        (section,) = [s for s in sections if s["key"] == "assessment"]
        return sum(
            1
            for d in section["decisions"]
            if d["rule"] == "assessment.top_n_salary" and d["outcome"] == "eligible"
        )

    assert eligible(mine) > eligible(default)


def test_last_covered_year_reports_what_it_cannot_decide() -> None:
    r = run("--year", "2026", "--lang", "en")
    assert r.returncode == 0, r.stderr
    assert "2027" in r.stdout  # deadlines past the calendar's coverage are noted, not guessed


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("--year", "1990"), "--year"),
        (("--year", "abc"), "--year"),
        (("--policy", "/nonexistent.toml"), "nonexistent"),
        (("--bogus",), "--bogus"),
        (("--lang", "fr"), "--lang"),
    ],
)
def test_bad_input_is_one_line(args: tuple[str, ...], needle: str) -> None:
    r = run(*args)
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert needle in r.stderr


def test_help_has_examples() -> None:
    r = run("--help")
    assert r.returncode == 0
    assert "orgwork demo --lang en" in r.stdout


@pytest.mark.parametrize("year", [2019, 2025])
def test_every_subject_and_outcome_in_the_chinese_report_is_said_in_chinese(year: int) -> None:
    import re

    from orgwork.samples import demo_report

    text = demo_report(year).render("zh", explain=100_000)
    lines = [ln.strip() for ln in text.splitlines() if ln.strip().startswith(("对象:", "结论:"))]
    assert len(lines) > 200
    bare = [ln for ln in lines if not re.search(r"[\u4e00-\u9fff]", ln.split(":", 1)[1])]
    iso = [ln for ln in lines if re.search(r"\d{4}-\d{2}", ln) and not re.search(r"XF\d", ln)]
    assert bare == [], "a subject or outcome shown as a bare code or id"
    assert iso == [], "a date in a subject shown as an ISO code"
