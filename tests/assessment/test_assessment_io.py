"""Import and export of score sheets: CSV and xlsx, malformed files, formula injection."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgwork import strategies as ows
from orgwork.assessment import HUNDRED_POINT, THOUSAND_POINT, MonthlySheet, PointAdjustment
from orgwork.assessment.io import (
    neutralise,
    read_adjustments,
    read_scores,
    restore,
    write_adjustments,
    write_scores,
)
from orgwork.decision import Text
from orgwork.errors import ImportRowsError, OrgworkError
from orgwork.policy import Policy

HEADER_ZH = "单位,乡镇,年度,月份,全年工作目标"
#: A town's shares for the 百分制 preset (the seed gives none).
SHARES = Policy.default().override(
    {"assessment.hundred_point_shares": {"daily": 25, "key": 25, "common": 25, "individual": 25}}
)
HEADER_EN = "unit,town,year,month,goals"
tmp = settings(suppress_health_check=[HealthCheck.function_scoped_fixture])


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "s.csv") -> Path:
    f = tmp_path / name
    f.write_bytes(text.encode(encoding))
    return f


def lines(*rows: str, header: str = HEADER_ZH) -> str:
    return "\n".join([header, *rows]) + "\n"


def problems(r: Any) -> list[tuple[int, str | None]]:
    return [(p.row, p.field) for p in r.rejected]


def test_chinese_and_english_headers_read_the_same(tmp_path: Path) -> None:
    zh = read_scores(write(tmp_path, lines("朱家村,灵乡镇,2025,7,82.5")))
    en = read_scores(write(tmp_path, lines("朱家村,灵乡镇,2025,7,82.5", header=HEADER_EN)))
    assert zh.accepted == en.accepted
    (s,) = zh.accepted
    assert (s.unit, s.town, s.year, s.month, s.points) == (
        "朱家村",
        "灵乡镇",
        2025,
        7,
        {"goals": Decimal("82.5")},
    )
    assert zh.ok
    assert zh.rows == 1


def test_item_columns_by_code_chinese_or_english_name(tmp_path: Path) -> None:
    for header in (
        "单位,乡镇,年度,月份,日常工作,key,Common goals,个性目标",
        "unit,town,year,month,daily,重点工作,common,individual",
    ):
        r = read_scores(
            write(tmp_path, lines("组织科,某市,2025,1,20,20,20,20", header=header)),
            HUNDRED_POINT,
            policy=SHARES,
        )
        assert r.ok
        assert r.accepted[0].points == {"daily": 20, "key": 20, "common": 20, "individual": 20}


def test_missing_columns_are_a_header_error_listing_them(tmp_path: Path) -> None:
    with pytest.raises(ImportRowsError) as info:
        read_scores(write(tmp_path, "单位,年度,全年工作目标\n朱家村,2025,80\n"))
    assert "town, month" in str(info.value)
    assert [r.row for r in info.value.rejected] == [1]  # type: ignore[attr-defined]


def test_unknown_and_duplicate_columns_are_header_errors(tmp_path: Path) -> None:
    with pytest.raises(ImportRowsError, match="unknown column"):
        read_scores(write(tmp_path, lines("朱家村,灵乡镇,2025,7,80,x", header=HEADER_ZH + ",评语")))
    with pytest.raises(ImportRowsError, match="column given twice"):
        read_scores(write(tmp_path, lines("朱家村,灵乡镇,2025,7,80,1", header=HEADER_ZH + ",月")))


def test_text_in_number_cells_is_reported_by_row_and_field(tmp_path: Path) -> None:
    r = read_scores(
        write(
            tmp_path,
            lines(
                "朱家村,灵乡镇,2025,7,八十",
                "石家村,灵乡镇,二〇二五,7,80",
                "刘家村,灵乡镇,2025,七月,80",
                "胡家村,灵乡镇,2025,7,80",
            ),
        )
    )
    assert problems(r) == [(2, "goals"), (3, "year"), (4, "month")]
    assert [s.unit for s in r.accepted] == ["胡家村"]
    assert r.rejected[0].value == "八十"
    assert "不是数字" in r.rejected[0].reason.zh


def test_duplicate_months_reject_every_copy(tmp_path: Path) -> None:
    r = read_scores(
        write(
            tmp_path,
            lines("朱家村,灵乡镇,2025,7,80", "石家村,灵乡镇,2025,7,80", "朱家村,灵乡镇,2025,7,81"),
        )
    )
    assert problems(r) == [(2, "month"), (4, "month")]
    assert "also row(s) 4" in r.rejected[0].reason.en
    assert [s.unit for s in r.accepted] == ["石家村"]


def test_points_above_an_items_maximum(tmp_path: Path) -> None:
    r = read_scores(
        write(tmp_path, lines("朱家村,灵乡镇,2025,7,1000.01", "石家村,灵乡镇,2025,7,1000"))
    )
    assert problems(r) == [(2, "goals")]
    assert "1000" in r.rejected[0].reason.en
    hundred = read_scores(
        write(
            tmp_path,
            lines(
                "组织科,某市,2025,1,26,20,20,20",
                header="unit,town,year,month,daily,key,common,individual",
            ),
        ),
        HUNDRED_POINT,
        policy=SHARES,
    )
    assert problems(hundred) == [(2, "daily")]


def test_negative_too_many_places_and_bad_months(tmp_path: Path) -> None:
    r = read_scores(
        write(
            tmp_path,
            lines(
                "A,T,2025,7,-1",
                "B,T,2025,7,80.125",
                "C,T,2025,13,80",
                "D,T,1800,1,80",
                "E,T,2025,0,80",
            ),
        )
    )
    assert problems(r) == [(2, "goals"), (3, "goals"), (4, "month"), (5, "year"), (6, "month")]
    assert r.accepted == ()


def test_unknown_units_and_wrong_towns(tmp_path: Path) -> None:
    f = write(
        tmp_path,
        lines("朱家村,灵乡镇,2025,7,80", "无名村,灵乡镇,2025,7,80", "石家村,别镇,2025,7,80"),
    )
    r = read_scores(f, units={"朱家村": "灵乡镇", "石家村": "灵乡镇"})
    assert problems(r) == [(3, "unit"), (4, "town")]
    assert read_scores(f, units=["朱家村", "石家村"]).rejected_rows == (3,)


def test_a_unit_in_two_towns_rejects_all_its_rows(tmp_path: Path) -> None:
    r = read_scores(write(tmp_path, lines("朱家村,灵乡镇,2025,7,80", "朱家村,别镇,2025,8,80")))
    assert r.rejected_rows == (2, 3)


def test_empty_files(tmp_path: Path) -> None:
    for text in ("", "\n\n", "   "):
        with pytest.raises(ImportRowsError, match="empty"):
            read_scores(write(tmp_path, text))
    header_only = read_scores(write(tmp_path, HEADER_ZH + "\n"))
    assert (header_only.accepted, header_only.rejected, header_only.rows) == ((), (), 0)


def test_blank_rows_are_listed_not_counted(tmp_path: Path) -> None:
    r = read_scores(
        write(tmp_path, lines("朱家村,灵乡镇,2025,7,80", ",,,,", "", "石家村,灵乡镇,2025,7,80"))
    )
    assert r.blank_rows == (3, 4)
    assert r.rows == 2
    assert r.ok


def test_utf8_bom(tmp_path: Path) -> None:
    r = read_scores(write(tmp_path, lines("朱家村,灵乡镇,2025,7,80"), encoding="utf-8-sig"))
    assert r.ok
    assert r.encoding == "utf-8-sig"


def test_gbk_encoded_file(tmp_path: Path) -> None:
    r = read_scores(write(tmp_path, lines("朱家村,灵乡镇,2025,7,80"), encoding="gbk"))
    assert r.encoding == "gb18030"
    assert r.accepted[0].unit == "朱家村"
    with pytest.raises(ImportRowsError, match="cannot decode as utf-8"):
        read_scores(
            write(tmp_path, lines("朱家村,灵乡镇,2025,7,80"), encoding="gbk"), encoding="utf-8"
        )


def test_undecodable_bytes_are_a_clear_error(tmp_path: Path) -> None:
    f = tmp_path / "bad.csv"
    f.write_bytes(HEADER_EN.encode() + b"\n\x81\x30\xff\xff,T,2025,1,80\nA,T,2025,1,80\n")
    r = read_scores(f)  # issue 14: the undecodable row is reported, not the whole file refused
    assert (r.rows, len(r.accepted), problems(r)) == (2, 1, [(2, None)])
    assert "cannot be decoded" in r.rejected[0].reason.en
    f.write_bytes(b"\x81\x30\xff\xff,town\nA,T\n")  # no header to read: the file is refused
    with pytest.raises(ImportRowsError, match="neither UTF-8 nor GBK"):
        read_scores(f)


def test_tab_separated_utf16_from_excel(tmp_path: Path) -> None:
    text = lines("朱家村\t灵乡镇\t2025\t7\t80", header=HEADER_ZH.replace(",", "\t"))
    r = read_scores(write(tmp_path, text, encoding="utf-16"))
    assert r.ok
    assert r.accepted[0].points == {"goals": 80}


def test_total_column_is_checked_and_a_value_without_header_is_refused(tmp_path: Path) -> None:
    r = read_scores(
        write(
            tmp_path,
            lines(
                "A,T,2025,7,80,80",
                "B,T,2025,7,80,81",
                "C,T,2025,7,80,80,x",
                header=HEADER_ZH + ",合计",
            ),
        )
    )
    assert problems(r) == [(3, "total"), (4, None)]
    assert "column 7" in r.rejected[1].reason.en


def test_strict_mode_raises_listing_every_bad_row(tmp_path: Path) -> None:
    f = write(tmp_path, lines("A,T,2025,7,x", "B,T,2025,7,80", "C,T,2025,99,80"))
    with pytest.raises(ImportRowsError) as info:
        read_scores(f, strict=True)
    err = info.value
    assert isinstance(err, OrgworkError)
    assert [r.row for r in err.rejected] == [2, 4]  # type: ignore[attr-defined]
    assert "row 2, goals" in str(err)
    assert "row 4, month" in str(err)


def test_year_filter_and_scored_months(tmp_path: Path) -> None:
    f = write(tmp_path, lines("A,T,2025,1,80", "B,T,2024,7,80"))
    assert read_scores(f, year=2025).rejected_rows == (3,)
    p = Policy.default().override({"assessment.scored_months": [7, 8, 9, 10, 11, 12]})
    assert read_scores(f, policy=p).rejected_rows == (2,)


def test_monthly_allocation_cap_follows_the_policy(tmp_path: Path) -> None:
    from orgwork.assessment import PointScheme, SchemeItem

    scheme = PointScheme(
        code="s",
        name=Text(zh="方案", en="scheme"),
        total=120,
        items=(
            SchemeItem(
                code="care", name=Text(zh="关怀", en="care"), maximum=120, monthly=(10,) * 12
            ),
        ),
    )
    f = write(tmp_path, lines("A,T,2025,1,11", header="unit,town,year,month,care"))
    assert read_scores(f, scheme).rejected_rows == (2,)
    mean = Policy.default().override({"assessment.custom_aggregation": "mean"})
    assert read_scores(f, scheme, policy=mean).ok


# -- writing and round trips ---------------------------------------------------------------

DANGEROUS = [
    "=1+1",
    "+1",
    "-1",
    "@SUM(A1)",
    "\tx",
    "\rx",
    "'=x",
    "''",
    "'",
    '=HYPERLINK("http://x")',
]


@pytest.mark.parametrize("text", DANGEROUS)
def test_neutralise_and_restore_round_trip(text: str) -> None:
    safe = neutralise(text)
    assert not safe.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert restore(safe) == text


@given(st.text(max_size=12))
def test_neutralise_never_lets_a_formula_start(text: str) -> None:
    safe = neutralise(text)
    assert not safe.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert restore(safe) == text


def test_csv_export_neutralises_text_but_keeps_numbers(tmp_path: Path) -> None:
    s = MonthlySheet(unit="=1+1", town="@T", year=2025, month=7, points={"goals": 80}, note="-备注")
    f = write_scores([s], tmp_path / "s.csv")
    with f.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[1] == ["'=1+1", "'@T", "村", "2025", "7", "80", "80", "'-备注"]
    assert read_scores(f).accepted == (s,)


def test_adjustments_export_keeps_negative_numbers_as_numbers(tmp_path: Path) -> None:
    a = PointAdjustment(
        unit="朱家村",
        year=2025,
        month=7,
        points="-5.5",
        item="goals",
        rule="care.festival_visit",
        reason=Text(zh="七一未慰问", en="No 七一 visit"),
        source="=台账",
    )
    f = write_adjustments([a], tmp_path / "a.csv")
    with f.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[1][3] == "-5.5"
    assert rows[1][8] == "'=台账"
    back = read_adjustments(f, THOUSAND_POINT)
    assert back.accepted == (a,)
    en = write_adjustments([a], tmp_path / "a_en.csv", lang="en")
    assert read_adjustments(en).accepted == (a,)


def test_adjustments_import_reports_bad_rows(tmp_path: Path) -> None:
    f = write(
        tmp_path,
        "单位,年度,月份,分值,分项,依据规则,原因\n"
        "朱家村,2025,7,-5,全年工作目标,care.festival_visit,七一未慰问\n"
        "石家村,2025,7,负五,,care.festival_visit,七一未慰问\n"
        "刘家村,2025,7,-5,无此项,care.festival_visit,七一未慰问\n"
        "胡家村,2025,13,-5,,care.festival_visit,\n",
    )
    r = read_adjustments(f, THOUSAND_POINT)
    assert [a.item for a in r.accepted] == ["goals"]
    assert problems(r) == [(3, "points"), (4, "item"), (5, "month"), (5, "reason_zh")]
    with pytest.raises(ImportRowsError):
        read_adjustments(f, THOUSAND_POINT, strict=True)


@tmp
@given(
    sheets=ows.score_years(HUNDRED_POINT, max_towns=2, max_units=3),
    lang=st.sampled_from(["zh", "en"]),
)
def test_csv_round_trip(tmp_path: Path, sheets: list[MonthlySheet], lang: str) -> None:
    named = [s.model_copy(update={"unit": "=" + s.unit, "note": "+x"}) for s in sheets]
    f = write_scores(named, tmp_path / "r.csv", HUNDRED_POINT, lang=lang)  # type: ignore[arg-type]
    r = read_scores(f, HUNDRED_POINT, policy=SHARES)
    assert r.accepted == tuple(named)
    assert r.ok


@tmp
@given(
    st.lists(
        st.lists(
            st.sampled_from(
                ["朱家村", "灵乡镇", "2025", "7", "80", "", "x", "-1", "13", "1000.5", "'=1", "七"]
            ),
            min_size=0,
            max_size=7,
        ),
        max_size=8,
    )
)
def test_nothing_is_dropped_silently(tmp_path: Path, rows: list[list[str]]) -> None:
    text = lines(*(",".join(r) for r in rows))
    r = read_scores(write(tmp_path, text))
    assert len(r.accepted) + len(r.rejected_rows) == r.rows
    assert r.rows + len(r.blank_rows) == len(rows)
    for p in r.rejected:
        assert 2 <= p.row <= len(rows) + 1


# -- xlsx ----------------------------------------------------------------------------------


def test_xlsx_round_trip_and_formula_cells_stay_text(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    s = MonthlySheet(unit="=1+1", town="灵乡镇", year=2025, month=7, points={"goals": "82.5"})
    f = write_scores([s], tmp_path / "s.xlsx")
    ws = openpyxl.load_workbook(f).active
    assert ws["A2"].value == "'=1+1"
    assert ws["A2"].data_type == "s"
    assert ws["F2"].data_type == "n"
    r = read_scores(f)
    assert r.accepted == (s,)
    assert r.encoding is None


def test_xlsx_bad_cells_are_reported(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["单位", "乡镇", "年度", "月份", "全年工作目标"])
    ws.append(["朱家村", "灵乡镇", 2025, 7, 82.5])
    ws.append(["石家村", "灵乡镇", 2025.0, 7.0, "八十"])
    ws.append(["刘家村", "灵乡镇", 2025, 7.5, 80])
    ws.append([101, "灵乡镇", 2025, 7, 82.125])
    ws.append([None, None, None, None, None])
    f = tmp_path / "s.xlsx"
    wb.save(f)
    r = read_scores(f)
    assert [s.points["goals"] for s in r.accepted] == [Decimal("82.5")]
    assert problems(r) == [(3, "goals"), (4, "month"), (5, "goals")]
    assert r.blank_rows == (6,)
    with pytest.raises(ImportRowsError, match="no worksheet named"):
        read_scores(f, sheet="nope")


def test_not_an_xlsx_file(tmp_path: Path) -> None:
    pytest.importorskip("openpyxl")
    f = write(tmp_path, "not a zip", name="s.xlsx")
    with pytest.raises(ImportRowsError, match=r"not a valid \.xlsx"):
        read_scores(f)
    empty = tmp_path / "e.xlsx"
    import openpyxl

    openpyxl.Workbook().save(empty)
    with pytest.raises(ImportRowsError, match="empty"):
        read_scores(empty)


def test_old_xls_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ImportRowsError, match=r"save as \.xlsx or CSV"):
        read_scores(write(tmp_path, "x", name="s.xls"))


def test_write_refuses_sheets_of_another_scheme(tmp_path: Path) -> None:
    s = MonthlySheet(unit="A", town="T", year=2025, month=1, points={"daily": 1})
    with pytest.raises(ValueError, match="not those of scheme thousand_point"):
        write_scores([s], tmp_path / "x.csv")


def test_the_hundred_point_preset_is_read_against_the_policy_shares(tmp_path: Path) -> None:
    from orgwork.errors import MissingParameterError

    f = write(
        tmp_path,
        lines(
            "组织科,某市,2025,1,35,30,20,15",
            header="unit,town,year,month,daily,key,common,individual",
        ),
    )
    with pytest.raises(MissingParameterError, match="hundred_point_shares"):
        read_scores(f, HUNDRED_POINT)
    assert problems(read_scores(f, HUNDRED_POINT, policy=SHARES)) == [(2, "daily"), (2, "key")]
    own = SHARES.override(
        {
            "assessment.hundred_point_shares": {
                "daily": 35,
                "key": 30,
                "common": 20,
                "individual": 15,
            }
        }
    )
    assert read_scores(f, HUNDRED_POINT, policy=own).ok


def test_the_year_filter_is_validated(tmp_path: Path) -> None:
    from pydantic import ValidationError

    f = write(tmp_path, lines("朱家村,灵乡镇,2025,7,82", header=HEADER_ZH))
    with pytest.raises(ValidationError, match="year"):
        read_scores(f, year="2025年")  # type: ignore[arg-type]
    assert read_scores(f, year=2025).ok
