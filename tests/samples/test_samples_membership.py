"""The membership family of the sample town: 东岭村党支部's dues and admissions, and its report section."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgwork import strategies as ows
from orgwork.decision import Decision
from orgwork.policy import Policy
from orgwork.records import MembershipRecords, Records, read_records_report, write_records
from orgwork.report import Section, check
from orgwork.report.membership import section
from orgwork.rules import catalogue
from orgwork.samples import records as town_records
from orgwork.samples.membership import (
    ARREARS,
    BRANCH,
    FIRST_YEAR,
    LAST_YEAR,
    MAKEUP_BEYOND,
    MAKEUP_WITHIN,
    build,
)

YEARS = (2004, 2008, 2014, 2022, 2025, 2026)
MEMBERSHIP_RULES = sorted(r.id for r in catalogue() if r.id.startswith("membership."))

#: The monthly dues of the members the 2008 规定 assesses to an amount (2025, any month).
PAYABLE = {
    "杨志远": Decimal("15.00"),  # 3000 (inclusive): 0.5%
    "罗晓梅": Decimal("31.00"),  # 3100: 1%
    "蒋文涛": Decimal("50.00"),  # 5000 (inclusive): 1%
    "沈丽萍": Decimal("76.50"),  # 5100: 1.5%
    "韦国栋": Decimal("150.00"),  # 10000 (inclusive): 1.5%
    "贺明轩": Decimal("202.00"),  # 10100: 2%
    "汤秀英": Decimal("25.00"),  # a retiree at 5000 (inclusive): 0.5%
    "邹德胜": Decimal("52.00"),  # a retiree at 5200: 1%
    "严佳琪": Decimal("0.2"),  # a student: fixed
    "孟庆海": Decimal("40.00"),
    "雷振宇": Decimal("43.22"),  # 4321.50: 1% is 43.215, to the 分 halves up
}


def _of(s: Section, rule_id: str) -> list[Decision[Any]]:
    return [d for d in s.decisions if d.rule == rule_id]


def _by_person(s: Section, rule_id: str) -> dict[str, Decision[Any]]:
    out = {}
    for d in _of(s, rule_id):
        v = d.value
        out[getattr(v, "person", None) or v.member] = d
    return out


def _zh(s: Section) -> str:
    return "\n".join(t.zh for t in (*s.summary, *s.notes))


def _en(s: Section) -> str:
    return "\n".join(t.en for t in (*s.summary, *s.notes))


# -- the data ---------------------------------------------------------------------------


def test_build_is_deterministic_bounded_and_round_trips_through_json() -> None:
    assert build(2025) == build(2025)
    assert build(2025) != build(2024)
    s = build(2025)
    assert MembershipRecords.model_validate_json(s.model_dump_json()) == s
    assert s.branch == BRANCH == "东岭村党支部"
    for bad in (FIRST_YEAR - 1, LAST_YEAR + 1, "2025"):
        with pytest.raises(ValueError, match="2004–2026"):
            build(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("year", range(FIRST_YEAR, LAST_YEAR + 1))
def test_every_year_builds_and_runs(year: int) -> None:
    s = section(build(year))
    expected = set(MEMBERSHIP_RULES) - ({"membership.dues_makeup"} if year < 2008 else set())
    assert {d.rule for d in s.decisions} == expected
    assert (s.notes == ()) == (year > 2008)


def test_incomes_and_births_are_not_in_repr() -> None:
    s = build(2025)
    shown = repr(s)
    assert "4321.50" not in shown
    assert "10100" not in shown
    assert str(s.applicants[1].born) not in shown
    assert "born" not in repr(s.applicants[1])


# -- every rule's outcomes in the sample -----------------------------------------------


@pytest.mark.rule("membership.dues_rate")
def test_dues_at_and_around_the_band_edges_2025() -> None:
    s = section(build(2025))
    rates = _of(s, "membership.dues_rate")
    assert len(rates) == 12 * 12  # twelve members, twelve months
    march = {d.value.member: d for d in rates if d.value.month == "2025-03"}
    assert {m: d.value.payable for m, d in march.items() if d.outcome == "due"} == PAYABLE
    assert march["殷福生"].outcome == "undetermined"
    assert (march["殷福生"].value.low, march["殷福生"].value.high) == (Decimal("0.2"), Decimal(1))
    assert march["雷振宇"].value.amount == Decimal("43.215")
    assert march["杨志远"].subject == "杨志远:2025-03"
    text = _zh(s)
    assert "党员12名,按2008年规定核定2025年1月至12月的党费:数额确定11名,由本地确定数额1名" in text
    assert "殷福生为农民党员,每月交纳0.20元至1元" in text
    assert "雷振宇的党费按比例计算含不足1分的部分" not in text


@pytest.mark.rule("membership.dues_rate")
def test_a_local_rounding_and_farmer_amount_decide_the_referred_cases() -> None:
    policy = Policy.default().override({"membership.farmer_monthly_amount": "0.5"})
    s = section(build(2025), policy)
    march = {
        d.value.member: d for d in _of(s, "membership.dues_rate") if d.value.month == "2025-03"
    }
    assert march["雷振宇"].outcome == "due"
    assert march["雷振宇"].value.payable == Decimal("43.22")
    assert march["殷福生"].value.payable == Decimal("0.5")
    assert "由本地确定数额0名,舍入提交党支部确定0名" in _zh(s)


@pytest.mark.rule("membership.dues_rate")
def test_a_locality_that_unsets_the_rounding_has_the_fraction_referred() -> None:
    unset = Policy.default().override({"membership.dues_rounding": None})
    s = section(build(2025), unset)
    march = {
        d.value.member: d for d in _of(s, "membership.dues_rate") if d.value.month == "2025-03"
    }
    assert march["雷振宇"].outcome == "referred"
    assert march["雷振宇"].value.amount == Decimal("43.215")
    assert march["雷振宇"].value.payable is None
    assert "雷振宇的党费按比例计算含不足1分的部分" in _zh(s)


@pytest.mark.rule("membership.dues_rate")
@pytest.mark.parametrize(("year", "before"), [(2004, 12), (2007, 12), (2008, 3), (2009, 0)])
def test_months_before_the_2008_schedule_are_not_assessed(year: int, before: int) -> None:
    s = section(build(year))
    outcomes = [d.outcome for d in _of(s, "membership.dues_rate") if d.value.member == "杨志远"]
    assert outcomes.count("not_in_force") == before
    assert outcomes.count("due") == 12 - before
    notes = "\n".join(n.zh for n in s.notes)
    if before:
        span = f"{year}年1月至{before}月" if before > 1 else f"{year}年1月"
        assert f"{span}在2008年党费交纳标准施行之日(2008年4月1日)之前,不按该标准计算" in notes
    else:
        assert "不按该标准计算" not in notes


@pytest.mark.rule("membership.dues_arrears")
@pytest.mark.parametrize("year", YEARS)
def test_six_consecutive_unpaid_months_are_referred_with_the_facts(year: int) -> None:
    s = section(build(year))
    arrears = _by_person(s, "membership.dues_arrears")
    member, months = ARREARS
    assert arrears[member].outcome == "referred"
    (run,) = arrears[member].value.runs
    assert (run.first, run.last, run.months) == (
        f"{year}-{months[0]:02d}",
        f"{year}-{months[-1]:02d}",
        6,
    )
    assert [m for m, d in arrears.items() if d.outcome != "ok"] == [member]
    text = _zh(s)
    assert f"{member}{year}年3月至{year}年8月连续6个月未交纳党费" in text
    assert "提交支部大会讨论" in text
    assert "本报告只列事实" in text
    assert "脱党" not in text  # never a finding that the member has left


@pytest.mark.rule("membership.dues_arrears")
def test_an_earlier_review_day_shortens_the_run() -> None:
    s = section(build(2025).model_copy(update={"on": dt.date(2025, 7, 31)}))
    arrears = _by_person(s, "membership.dues_arrears")
    assert arrears["孟庆海"].outcome == "ok"  # March to June; July can still be paid on the 31st
    assert arrears["孟庆海"].value.unpaid == ("2025-03", "2025-04", "2025-05", "2025-06")
    assert "截至2025年7月31日,2025年7月尚未结束,当月仍可交纳,不计为未交纳" in [
        r.zh for r in arrears["孟庆海"].reasons
    ]
    assert "截至2025年7月31日,没有党员连续6个月未交纳党费" in _zh(s)


@pytest.mark.rule("membership.dues_makeup")
@pytest.mark.parametrize("year", [2009, 2025])
def test_paid_up_within_and_beyond_six_months(year: int) -> None:
    s = section(build(year))
    late = _of(s, "membership.dues_makeup")
    within = [(d.value.member, d.value.months_late) for d in late if d.outcome == "within"]
    beyond = [(d.value.member, d.value.months_late) for d in late if d.outcome == "referred"]
    assert within == [(MAKEUP_WITHIN[0], n) for n in (4, 3, 2, 1)]
    assert beyond == [(MAKEUP_BEYOND[0], 7)]
    assert all(d.outcome != "on_time" for d in late)
    text = _zh(s)
    assert "党费交纳138笔:按月交纳133笔,补交5笔(其中6个月以内4笔,超过6个月1笔)" in text
    assert f"蒋文涛{year}年1月的党费于{year}年8月10日补交,晚7个月" in text


@pytest.mark.rule("membership.dues_makeup")
def test_payments_before_the_schedule_are_not_judged_on_its_limit() -> None:
    s = section(build(2005))
    assert _of(s, "membership.dues_makeup") == []
    assert any("138笔交纳所属月份在2008年4月1日之前" in n.zh for n in s.notes)


@pytest.mark.rule("membership.minimum_age")
@pytest.mark.parametrize("year", YEARS)
def test_an_applicant_under_18_and_one_just_18(year: int) -> None:
    s = section(build(year))
    ages = _by_person(s, "membership.minimum_age")
    assert ages["华子轩"].outcome == "not_eligible"
    assert ages["华子轩"].value.age == 17
    assert ages["付雨桐"].outcome == "eligible"
    assert ages["付雨桐"].value.age == 18
    assert ages["付雨桐"].value.reached_on == ages["付雨桐"].value.on
    assert "入党申请人5名,已核查年龄5名:年满18岁4名,未满18岁1名(华子轩,申请时未满18岁)" in _zh(s)


@pytest.mark.rule("membership.minimum_age")
@pytest.mark.parametrize("year", [2006, 2010, 2014, 2018, 2022, 2026])
def test_born_on_29_february_is_18_on_28_february(year: int) -> None:
    applicant = build(year).applicants[1]
    assert (applicant.born.month, applicant.born.day) == (2, 29)
    assert applicant.applied_on == dt.date(year, 2, 28)
    age = _by_person(section(build(year)), "membership.minimum_age")["付雨桐"]
    assert (age.outcome, age.value.age) == ("eligible", 18)


@pytest.mark.rule("membership.activist_training")
@pytest.mark.parametrize("year", YEARS)
def test_a_year_of_training_complete_and_not(year: int) -> None:
    s = section(build(year))
    years = _by_person(s, "membership.activist_training")
    assert set(years) == {"鲁宏伟", "温静怡", "康晨曦"}  # the applicants who are activists
    assert years["鲁宏伟"].outcome == "met"  # on the very anniversary: 一年以上 includes it
    assert years["鲁宏伟"].value.complete_on == dt.date(year, 3, 10) == years["鲁宏伟"].value.on
    assert years["温静怡"].outcome == "unmet"
    assert years["温静怡"].value.complete_on == dt.date(year, 6, 1)
    assert years["康晨曦"].outcome == "met"  # not listed yet: checked on the review day
    assert years["康晨曦"].value.on == dt.date(year, 12, 31)
    assert f"温静怡于{year}年5月20日时培养考察未满1年({year}年6月1日满1年)" in _zh(s)


@pytest.mark.rule("membership.activist_training")
def test_a_candidate_listed_with_no_activist_day_is_referred() -> None:
    s = build(2025)
    odd = s.applicants[0].model_copy(update={"listed_on": dt.date(2025, 4, 1)})
    sec = section(s.model_copy(update={"applicants": (odd, *s.applicants[1:])}))
    assert _by_person(sec, "membership.activist_training")["华子轩"].outcome == "not_eligible"
    assert "华子轩已列为发展对象,但未记录确定为入党积极分子的日期,提交党支部核实" in _zh(sec)
    assert "华子轩已列为发展对象,未记录集中培训" in _zh(sec)


@pytest.mark.rule("membership.intensive_training")
@pytest.mark.parametrize("year", YEARS)
def test_three_days_meet_and_twenty_class_hours_fall_short(year: int) -> None:
    s = section(build(year))
    checks = _by_person(s, "membership.intensive_training")
    assert checks["鲁宏伟"].outcome == "meets"
    assert (checks["鲁宏伟"].value.days, checks["鲁宏伟"].value.hours) == (3, 0)
    assert checks["温静怡"].outcome == "short"
    assert (checks["温静怡"].value.days, checks["温静怡"].value.hours) == (0, 20)
    text = _zh(s)
    assert "发展对象短期集中培训2人:达到要求1人,未达到1人(温静怡0天、20学时" in text
    assert "是否属特殊情况由党组织判断" in text


@pytest.mark.rule("membership.probation_end")
def test_a_probation_from_29_february_ends_on_28_february() -> None:
    s = section(build(2025))
    end = _by_person(s, "membership.probation_end")["程思远"]
    assert end.value.admitted_on == dt.date(2024, 2, 29)
    assert end.value.ends_on == dt.date(2025, 2, 28)
    assert "程思远2024年2月29日经支部大会通过为预备党员,预备期于2025年2月28日期满" in _zh(s)


@pytest.mark.rule("membership.probation_end")
@pytest.mark.parametrize("year", YEARS)
def test_every_probation_ends_a_calendar_year_on(year: int) -> None:
    s = section(build(year))
    for d in _of(s, "membership.probation_end"):
        v = d.value
        assert v.ends_on.year == v.admitted_on.year + 1
        assert v.ends_on.month == v.admitted_on.month
        assert v.ends_on.day == v.admitted_on.day or (v.admitted_on.day, v.ends_on.day) == (29, 28)


@pytest.mark.rule("membership.probation_extension")
@pytest.mark.parametrize("year", YEARS)
def test_an_extension_of_six_months_conforms_and_one_of_eighteen_does_not(year: int) -> None:
    s = section(build(year))
    ext = _by_person(s, "membership.probation_extension")
    assert set(ext) == {"魏书婷", "陶立军"}
    assert ext["魏书婷"].outcome == "conforms"
    assert ext["魏书婷"].value.ends_on == dt.date(year, 12, 28)
    assert ext["陶立军"].outcome == "deficient"
    assert ext["陶立军"].value.ends_on is None
    text = _zh(s)
    assert f"魏书婷拟延长预备期6个月,在6至12个月之内,延长后于{year}年12月28日期满" in text
    assert "陶立军拟延长预备期18个月,不在6至12个月之内,不符合规定" in text


# -- the section in both languages -----------------------------------------------------


@pytest.mark.parametrize("year", [2005, 2008, 2025])
def test_the_chinese_section_has_no_english_code(year: int) -> None:
    s = section(build(year))
    text = _zh(s) + s.title.zh
    assert re.findall(r"[A-Za-z_]{2,}", text) == []
    assert "membership" not in text
    rendered = s.render("zh", explain=len(s.decisions))
    lines = [
        ln.strip() for ln in rendered.splitlines() if ln.strip().startswith(("对象:", "结论:"))
    ]
    assert len(lines) == 2 * len(s.decisions)
    assert [ln for ln in lines if not re.search(r"[\u4e00-\u9fff]", ln.split(":", 1)[1])] == []


def test_the_english_section() -> None:
    s = section(build(2025))
    assert s.title.en == "Membership: dues and admissions (东岭村党支部, 2025)"
    text = _en(s)
    assert "12 members, dues for 2025-01 to 2025-12 assessed on the 2008 schedule" in text
    assert "孟庆海: no dues paid from 2025-03 to 2025-08, 6 consecutive months" in text
    assert "referred to the branch meeting" in text
    assert (
        "138 dues payments: 133 in their month, 5 paid up late (4 within 6 months, 1 beyond)"
        in text
    )
    assert (
        "程思远: admitted by the branch meeting on 2024-02-29, probation ends on 2025-02-28" in text
    )
    assert "陶立军: an extension of 18 months is proposed, outside 6 to 12 months" in text


def test_an_empty_branch_is_skipped_and_a_wrong_argument_is_refused() -> None:
    report = check(Records(year=2025, town="平安乡"))
    assert "membership" not in [s.key for s in report.sections]
    assert any("党员管理" in t.zh and "跳过" in t.zh for t in report.skipped)
    with pytest.raises(TypeError, match="MembershipRecords"):
        section(Records(year=2025))  # type: ignore[arg-type]


@settings(max_examples=25, deadline=None)
@given(ows.membership_records())
def test_any_membership_records_give_a_section(r: MembershipRecords) -> None:
    s = section(r)
    assert s.key == "membership"
    assert {d.rule for d in s.decisions} <= set(MEMBERSHIP_RULES)
    missing = [p.member for p in r.payers if p.category.by_income and p.monthly_income is None]
    assert bool(missing) == any("未记录月收入" in n.zh for n in s.notes)
    no_birth = [a.person for a in r.applicants if a.born is None]
    assert bool(no_birth) == any("未记录出生日期" in n.zh for n in s.notes)


# -- the sample town: report, template, redaction -------------------------------------


def test_every_membership_rule_is_in_the_sample_town_report() -> None:
    report = check(town_records(2025))
    sec = report.section("membership")
    assert sorted({d.rule for d in sec.decisions}) == MEMBERSHIP_RULES
    outcomes = {(d.rule, d.outcome) for d in sec.decisions}
    assert outcomes >= {
        ("membership.dues_rate", "due"),
        ("membership.dues_rate", "undetermined"),
        ("membership.dues_arrears", "referred"),
        ("membership.dues_arrears", "ok"),
        ("membership.dues_makeup", "within"),
        ("membership.dues_makeup", "referred"),
        ("membership.minimum_age", "eligible"),
        ("membership.minimum_age", "not_eligible"),
        ("membership.activist_training", "met"),
        ("membership.activist_training", "unmet"),
        ("membership.intensive_training", "meets"),
        ("membership.intensive_training", "short"),
        ("membership.probation_end", "ok"),
        ("membership.probation_extension", "conforms"),
        ("membership.probation_extension", "deficient"),
    }
    assert ("membership.dues_rate", "not_in_force") in {
        (d.rule, d.outcome) for d in check(town_records(2007)).section("membership").decisions
    }


@pytest.mark.parametrize("fmt", ["json", "csv", "xlsx"])
def test_template_has_the_membership_sheets_and_the_sample_round_trips(
    tmp_path: Path, fmt: str
) -> None:
    name = {"json": "t.json", "csv": "t", "xlsx": "t.xlsx"}[fmt]
    empty = write_records(None, tmp_path / f"empty-{name}")
    if fmt == "csv":
        sheets = {p.stem for p in empty.iterdir()}
        assert {"党费基数", "党费交纳记录", "入党申请人", "预备党员"} <= sheets
    records = town_records(2025)
    out = write_records(records, tmp_path / name)
    read = read_records_report(out)
    assert [p for p in read.problems if p.severity == "error"] == []
    assert read.records is not None
    assert read.records.membership == records.membership


def test_a_filled_workbook_row_that_breaks_a_rule_is_reported_with_sheet_and_row(
    tmp_path: Path,
) -> None:
    import json

    out = write_records(town_records(2025), tmp_path / "r.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    payers = data["sheets"]["membership.payers"]
    payers[2]["category"] = "富豪"
    payments = data["sheets"]["membership.payments"]
    payments[0]["member"] = "无名氏"
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    read = read_records_report(out)
    errors = [p for p in read.problems if p.severity == "error"]
    # the unknown category; the payment naming no one on the dues bases; and the payments of
    # the member whose row was refused (rows 25 to 36), which now name no one either
    dangling = {("党费交纳记录", row) for row in range(25, 37)}
    assert {(p.sheet, p.row) for p in errors} == {("党费基数", 3), ("党费交纳记录", 1)} | dangling
    assert read.records is not None
    assert len(read.records.membership.payers) == 11
    assert len(read.records.membership.payments) == 138 - 13


@pytest.mark.parametrize("fmt", ["json", "xlsx"])
def test_a_redacted_copy_withholds_incomes_and_births_and_still_reads_back(
    tmp_path: Path, fmt: str
) -> None:
    records = town_records(2025)
    out = write_records(records, tmp_path / f"copy.{fmt}", redact=True)
    if fmt == "json":
        text = out.read_text(encoding="utf-8")
        for income in ("4321.5", "10100", "3100"):
            assert income not in text
        assert "2007-03-15" not in text  # 付雨桐's birth day
    read = read_records_report(out)
    assert [p for p in read.problems if p.severity == "error"] == []
    back = read.records
    assert back is not None
    m = back.membership
    assert len(m.payers) == 12
    assert all(p.monthly_income is None for p in m.payers)
    assert all(a.born is None for a in m.applicants)
    assert "孟庆海" not in back.model_dump_json()
    assert "孟**" in back.model_dump_json()
    sec = check(back).section("membership")
    notes = "\n".join(n.zh for n in sec.notes)
    assert "未记录月收入,无法核定按收入比例交纳的党费" in notes
    assert "未记录出生日期,未核查年龄" in notes


def test_a_redacted_report_withholds_dues_amounts_and_ages() -> None:
    report = check(town_records(2025))
    plain = report.to_json()
    assert '"payable":"43.22"' in plain.replace(" ", "")  # 43.215, to the 分
    assert "202.00" in plain  # the unredacted report has the amounts
    shared = report.to_json(redact=True)
    assert "202.00" not in shared
    assert "76.50" not in shared
    assert "杨志远" not in shared
    assert "孟庆海" not in shared
    sec = report.redacted().section("membership")
    personal = [
        d for d in sec.decisions if d.rule in ("membership.dues_rate", "membership.minimum_age")
    ]
    assert personal
    assert all(d.value is None and d.reasons == () for d in personal)
    assert all("个人细节已略去" in d.headline.zh for d in personal)
    kept = [d for d in sec.decisions if d.rule == "membership.dues_arrears"]
    assert kept
    assert all(d.value is not None for d in kept)


@st.composite
def _years(draw: st.DrawFn) -> int:
    return draw(st.integers(FIRST_YEAR, LAST_YEAR))


@settings(max_examples=10, deadline=None)
@given(_years())
def test_sample_section_is_the_same_as_read_back_from_the_records_file(year: int) -> None:
    import tempfile

    records = town_records(year)
    with tempfile.TemporaryDirectory() as tmp:
        read = read_records_report(write_records(records, Path(tmp) / "r.json"))
    assert read.records is not None
    assert section(read.records.membership) == section(records.membership)


def test_the_work_lists_hold_the_matters_for_the_branch_once_each() -> None:
    from orgwork.report.worklists import worklists

    lists = {w.key: w for w in worklists(check(town_records(2025)))}
    rows = lists["membership"].rows
    assert lists["membership"].zh == "党员管理待研究事项"
    assert [(r[1], r[2]) for r in rows] == [
        ("殷福生:2025-01", "未确定"),  # the farmer's amount: the locality's to set
        ("孟庆海", "提交研究决定"),  # six months unpaid: the branch meeting
        ("蒋文涛:2025-01", "提交研究决定"),  # paid up beyond six months
        ("华子轩", "不符合条件"),
        ("温静怡", "未完成"),
        ("温静怡", "未达到要求"),
        ("陶立军", "不符合要求"),
    ]
    others = {r[1] for r in lists["other"].rows}
    assert not any(
        s.startswith(("杨志远", "程思远", "魏书婷")) for s in others
    )  # facts, not to-dos
