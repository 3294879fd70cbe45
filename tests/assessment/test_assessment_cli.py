"""``orgwork rank FILE``: the table, JSON, rejected rows, user errors as one line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from orgwork.assessment import MonthlySheet
from orgwork.assessment.io import write_scores
from orgwork.cli import main

PTS = {"朱家村": 83, "石家村": 82, "刘家村": 81, "胡家村": 80, "王家村": 80, "李家村": 70}


@pytest.fixture
def scores(tmp_path: Path) -> Path:
    sheets = [
        MonthlySheet(unit=u, town="灵乡镇", year=2025, month=m, points={"goals": p})
        for u, p in PTS.items()
        for m in range(1, 13)
        if not (u == "李家村" and m == 5)
    ]
    return write_scores(sheets, tmp_path / "scores.csv")


def others(tmp_path: Path, extra: str = "") -> str:
    """A policy file cutting the others while 李家村 lacks May (issue 13: held by default)."""
    pol = tmp_path / "others.toml"
    pol.write_text(f'[assessment]\nmissing_sheet_cuts = "rank_others"\n{extra}', encoding="utf-8")
    return str(pol)


@pytest.mark.rule("assessment.top_n_salary")
def test_table_shows_ranks_tie_and_salary(
    scores: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rank", str(scores)]) == 0
    held = capsys.readouterr().out.splitlines()
    assert not [line for line in held if "享受副科级待遇" in line]  # 李家村's May holds the cut
    assert main(["rank", str(scores), "--policy", others(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "2025年度考核排名"
    assert "享受副科级待遇" in out[2]
    tied = [line for line in out if "待定" in line]
    assert len(tied) == 2
    assert all(" 4 " in line for line in tied)
    assert "缺5月" in out[-1]


@pytest.mark.rule("assessment.rank")
def test_json_output(scores: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    policy = others(tmp_path)
    assert main(["rank", str(scores), "--json", "--year", "2025", "--policy", policy]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["year"] == 2025
    by_unit = {r["unit"]: r for r in data["rows"]}
    assert by_unit["朱家村"] == {
        "town": "灵乡镇",
        "unit": "朱家村",
        "kind": "village",
        "points": "996",
        "rank": 1,
        "salary": "eligible",
        "tied_with": [],
        "missing_months": [],
    }
    assert by_unit["胡家村"]["salary"] == "undecided"
    assert by_unit["李家村"]["rank"] is None
    assert len(data["salary_decisions"]) == 6
    assert data["rejected"] == []


@pytest.mark.rule("assessment.top_n_salary")
def test_policy_file_changes_the_tie_rule(
    scores: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pol = others(tmp_path, 'tie_policy = "include_all"\n')
    assert main(["rank", str(scores), "--json", "--policy", pol]) == 0
    data = json.loads(capsys.readouterr().out)
    assert sum(r["salary"] == "eligible" for r in data["rows"]) == 5


def test_rejected_rows_go_to_stderr_with_status_1(
    scores: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with scores.open("a", encoding="utf-8") as f:
        f.write("刘家村,灵乡镇,村,2025,13,80,80,\n")
    assert main(["rank", str(scores), "--lang", "en"]) == 1
    captured = capsys.readouterr()
    assert "Assessment ranking 2025" in captured.out
    assert "row 73, month" in captured.err
    assert main(["rank", str(scores), "--strict"]) == 2
    assert "row 73" in capsys.readouterr().err


def test_several_years_need_year(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheets = [
        MonthlySheet(unit="A", town="T", year=y, month=m, points={"goals": 80})
        for y in (2024, 2025)
        for m in range(1, 13)
    ]
    f = write_scores(sheets, tmp_path / "two.csv")
    assert main(["rank", str(f)]) == 2
    assert "pass --year" in capsys.readouterr().err
    assert main(["rank", str(f), "--year", "2024"]) == 0
    assert "12 row(s) of other years" in capsys.readouterr().err


def test_hundred_point_scheme_and_scheme_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "h.csv"
    f.write_text(
        "unit,town,kind,year,month,daily,key,common,individual\n"
        + "".join(f"组织科,某市,干部,2025,{m},2,2,2,2\n" for m in range(1, 13)),
        encoding="utf-8",
    )
    assert main(["rank", str(f), "--scheme", "hundred", "--json"]) == 2  # the seed gives no shares
    assert "assessment.hundred_point_shares" in capsys.readouterr().err
    pol = tmp_path / "shares.toml"
    pol.write_text(
        "[assessment.hundred_point_shares]\ndaily = 40\nkey = 30\ncommon = 20\nindividual = 10\n",
        encoding="utf-8",
    )
    assert main(["rank", str(f), "--scheme", "hundred", "--json", "--policy", str(pol)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["rows"][0]["points"] == "8"  # the mean of twelve monthly totals of 8
    assert data["rows"][0]["salary"] is None  # cadres are ranked, not paid as village secretaries
    bad = tmp_path / "s.json"
    bad.write_text(
        '{"code": "x", "name": {"zh": "x", "en": "x"}, "total": 10, "items": []}', "utf-8"
    )
    assert main(["rank", str(f), "--scheme", str(bad)]) == 2
    assert "items" in capsys.readouterr().err
    assert main(["rank", str(f), "--scheme", "nonsense"]) == 2


def test_user_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    for args in ([str(tmp_path / "absent.csv")], [str(empty)]):
        r = subprocess.run(
            [sys.executable, "-m", "orgwork", "rank", *args],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert r.returncode == 2
        assert "Traceback" not in r.stderr
        assert len(r.stderr.strip().splitlines()) == 1


def test_help_has_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["rank", "--help"])
    assert "orgwork rank scores.csv" in capsys.readouterr().out


def _hostile(tmp_path: Path, kind: str) -> str:
    """A file (or folder) that no score sheet should be: issue 14's hostile inputs."""
    f = tmp_path / {"not_zip": "s.xlsx", "folder": "d.csv"}.get(kind, "s.csv")
    header = "unit,town,year,month,goals\n"
    if kind == "folder":
        f.mkdir()
    elif kind == "garbage":
        f.write_bytes(bytes(range(256)) * 20)
    elif kind == "empty":
        f.write_bytes(b"")
    elif kind == "not_zip":
        f.write_bytes(b"PK\x03\x04 not really a zip")
    elif kind == "long_cell":
        f.write_text(header + "A,T,2025,1," + "9" * 200_000 + "\n", encoding="utf-8")
    elif kind == "bom_gbk":
        f.write_bytes(b"\xef\xbb\xbf" + header.encode() + "石家村,T,2025,1,80\n".encode("gbk"))
    elif kind == "nul":
        f.write_bytes(header.encode() + b"A\x00,T,2025,1,80\n")
    return str(f if kind != "missing" else tmp_path / "absent.csv")


@pytest.mark.parametrize(
    "kind",
    ["folder", "missing", "garbage", "empty", "not_zip", "long_cell", "bom_gbk", "nul"],
)
def test_rank_never_prints_a_traceback(
    tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rank", _hostile(tmp_path, kind)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err, kind
    assert err[-1].startswith("orgwork rank: "), err
    assert not [line for line in err if "Traceback" in line]


@pytest.mark.parametrize("option", ["--adjustments", "--policy", "--scheme"])
def test_rank_options_naming_a_folder_are_one_line(
    scores: Path, tmp_path: Path, option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / ("d.json" if option == "--scheme" else "d.csv")
    folder.mkdir()
    assert main(["rank", str(scores), option, str(folder)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert err[0].startswith("orgwork rank: "), err


def test_rank_without_openpyxl_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # import openpyxl now fails
    assert main(["rank", _hostile(tmp_path, "not_zip")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert err[0].startswith("orgwork rank: "), err
    assert "openpyxl" in err[0]


def test_rank_says_which_worksheet_it_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "全年"
    ws.append(["unit", "town", "year", "month", "goals"])
    for m in range(1, 13):
        ws.append(["A", "T", 2025, m, 80])
    wb.create_sheet("旧表")
    f = tmp_path / "s.xlsx"
    wb.save(f)
    assert main(["rank", str(f)]) == 0
    err = capsys.readouterr().err
    assert "read worksheet '全年'; not read: '旧表'" in err


@pytest.mark.parametrize(
    "args",
    [["rules", "no.such_rule"], ["policy", "--policy", "DIR"], ["policy", "--policy", "BIN"]],
)
def test_core_commands_fail_in_one_line(
    tmp_path: Path, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "b.toml").write_bytes(bytes(range(256)))
    args = [{"DIR": str(tmp_path / "d"), "BIN": str(tmp_path / "b.toml")}.get(a, a) for a in args]
    assert main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert err[0].startswith(f"orgwork {args[0]}: "), err
