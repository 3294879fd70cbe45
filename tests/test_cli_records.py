"""``orgwork template`` and ``orgwork check``: the sample town through the same door as a town's file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

openpyxl = pytest.importorskip("openpyxl")


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "orgwork", *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=cwd,
    )


@pytest.fixture(scope="module")
def sample_xlsx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "s.xlsx"
    r = run("template", "--sample", "--year", "2025", str(path))
    assert r.returncode == 0, r.stderr
    return path


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_check_on_the_sample_workbook_prints_the_demo_report(sample_xlsx: Path, lang: str) -> None:
    check = run("check", str(sample_xlsx), "--year", "2025", "--lang", lang)
    demo = run("demo", "--year", "2025", "--lang", lang)
    assert check.returncode == demo.returncode == 0, check.stderr + demo.stderr
    assert check.stdout == demo.stdout
    assert "Traceback" not in check.stderr


def test_check_json_matches_the_demo_and_counts_every_sheet(sample_xlsx: Path) -> None:
    check = run("check", str(sample_xlsx), "--year", "2025", "--json")
    demo = run("demo", "--year", "2025", "--json")
    assert check.stdout == demo.stdout
    doc = json.loads(check.stdout)
    assert doc["sheets"], "the JSON report carries the counts of every sheet read"
    for s in doc["sheets"]:
        assert s["read"] == s["accepted"] + s["reported"]
    assert doc["problems"] == []
    assert {s["sheet"] for s in doc["sheets"]} >= {"信访登记表", "老党员花名册", "走访慰问记录"}


def test_the_report_header_names_the_policy_in_force(sample_xlsx: Path, tmp_path: Path) -> None:
    out = run("check", str(sample_xlsx)).stdout
    assert (
        out.splitlines()[0] == "青石镇 2025 年组织工作规则运行报告(政策:默认政策(种子材料所定数值))"
    )
    policy = tmp_path / "town.toml"
    policy.write_text('locality = "平安乡"\n[assessment]\nsalary_top_n = 5\n', encoding="utf-8")
    out = run("check", str(sample_xlsx), "--policy", str(policy)).stdout
    assert f"政策文件 {policy},平安乡" in out.splitlines()[0]
    assert "seed defaults" not in out


def test_chinese_report_has_no_english_codes(sample_xlsx: Path) -> None:
    import re

    out = run("check", str(sample_xlsx)).stdout
    # outcome codes, parameter paths and rule ids are said in Chinese
    for code in ("undecided", "answered_on_time", "not_eligible", "refer", "true", "null"):
        assert not re.search(rf"\b{code}\b", out), code
    assert not re.search(r"\b(assessment|care|supervision|open_day|selection|cadres)\.[a-z_]+", out)
    # rates as counts and a percentage, never a reduced fraction
    assert "按期答复36件/共41件,87.8%" in out
    assert "7/8" not in out


def test_chinese_explanations_name_subjects_and_outcomes_in_chinese(sample_xlsx: Path) -> None:
    import re

    out = run("check", str(sample_xlsx), "--explain", "1000").stdout
    lines = [ln.strip() for ln in out.splitlines() if ln.strip().startswith(("对象:", "结论:"))]
    assert len(lines) > 400
    for line in lines:
        assert not re.search(r"[a-z_]{2,}", line), line  # no code, no internal id format
    assert "对象: 钱木根" in lines  # the member M13, by name
    assert "对象: 上湾村(2025年度)" in lines
    assert "对象: 2025年上半年" in lines


def test_out_writes_the_work_lists_as_values(sample_xlsx: Path, tmp_path: Path) -> None:
    lists = tmp_path / "lists.xlsx"
    r = run("check", str(sample_xlsx), "--out", str(lists))
    assert r.returncode == 0, r.stderr
    wb = openpyxl.load_workbook(lists)
    assert wb.sheetnames[:3] == ["逾期和超期答复", "未履行的关怀职责", "排名与待遇"]
    replies = list(wb["逾期和超期答复"].iter_rows(min_row=2, values_only=True))
    assert ("方志诚", "XF2025-033") in {(r[0], r[1]) for r in replies}
    care = list(wb["未履行的关怀职责"].iter_rows(min_row=2, values_only=True))
    assert {r[0] for r in care} == {"V02", "V05", "V09", "V11"}
    # who answers: the head under a limit the seed or locality set, else the committee decides
    assert all(r[1] for r in care), "every missed duty says who answers"
    assert {r[1] for r in care if r[0] == "V05"} == {"孙志强"}
    assert {r[1] for r in care if r[0] != "V05"} == {"提请镇党委研究"}
    ranking = list(wb["排名与待遇"].iter_rows(min_row=2, values_only=True))
    assert any(r[3] == "待定(提交研究决定)" for r in ranking), "the tie at fourth place is referred"
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{ws.title}!{cell.coordinate} is a formula"


def test_template_writes_an_empty_workbook_with_drop_downs(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    assert run("template", str(path)).returncode == 0
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[0] == "说明"
    assert "信访登记表" in wb.sheetnames
    ws = wb["走访慰问记录"]
    headers = [c.value for c in ws[1]]
    assert headers[0] == "走访类别"
    lists = [dv for dv in ws.data_validations.dataValidation if "A2" in str(dv.sqref)]
    assert lists, "the enumerated column has a drop-down list"
    en = tmp_path / "t-en.xlsx"
    assert run("template", "--lang", "en", str(en)).returncode == 0
    assert "letters and visits" in openpyxl.load_workbook(en).sheetnames


def test_an_empty_template_checks_with_every_family_skipped(tmp_path: Path) -> None:
    from orgwork.records import write_records

    path = tmp_path / "t.xlsx"
    write_records(None, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["基本信息"]
    ws["B2"] = 2025  # 年度
    wb.save(path)
    r = run("check", str(path))
    assert r.returncode == 0, r.stderr
    assert r.stdout.count("没有记录,跳过") == 6


@pytest.mark.parametrize(
    "args",
    [
        ("check", "/nonexistent/town.xlsx"),
        ("check", "town.txt"),
        ("check", "{sample}", "--year", "1800"),
        ("check", "{sample}", "--explain", "-1"),
        ("template", "--year", "2025", "t.xlsx"),
        ("template", "--sample", "--year", "2030", "t.xlsx"),
    ],
)
def test_bad_usage_or_unreadable_file_is_one_line_and_exit_2(
    args: tuple[str, ...], sample_xlsx: Path, tmp_path: Path
) -> None:
    (tmp_path / "town.txt").write_text("not a workbook", encoding="utf-8")
    argv = [a.replace("{sample}", str(sample_xlsx)) for a in args]
    r = run(*argv, cwd=tmp_path)
    assert r.returncode == 2, r.stdout + r.stderr
    assert "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert r.stderr.startswith(f"orgwork {args[0]}: "), r.stderr


def test_a_workbook_that_is_not_xlsx_is_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 broken")
    r = run("check", str(bad))
    assert r.returncode == 2
    assert "not a readable .xlsx workbook" in r.stderr


def test_strict_makes_a_reported_row_fatal(sample_xlsx: Path, tmp_path: Path) -> None:
    path = tmp_path / "bad.xlsx"
    wb = openpyxl.load_workbook(sample_xlsx)
    wb["走访慰问记录"]["A2"] = "看病"  # not a visit kind
    wb.save(path)
    ok = run("check", str(path))
    assert ok.returncode == 0
    assert "走访慰问记录 第2行 走访类别" in ok.stdout
    strict = run("check", str(path), "--strict")
    assert strict.returncode == 2
    assert len(strict.stderr.strip().splitlines()) == 1
