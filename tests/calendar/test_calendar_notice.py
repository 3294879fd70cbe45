"""Reading a year's schedule from the text of the State Council's holiday notice (issue 15, point 7).

The fixtures in ``notices/`` are copies of the notices' texts, one file per notice
(``YYYY.txt``, and ``YYYY-MMDD.txt`` for a notice amending that year), each naming
its source in its first line. Each year must reproduce the bundled data exactly.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgwork.calendar import (
    CalendarDataError,
    YearSchedule,
    load_schedules,
    official_calendar,
    parse_notice,
    schedule_toml,
)

NOTICES = Path(__file__).parent / "notices"


def _notice(year: int) -> YearSchedule:
    s = parse_notice((NOTICES / f"{year}.txt").read_text("utf-8"))
    for amendment in sorted(NOTICES.glob(f"{year}-*.txt")):
        s = parse_notice(amendment.read_text("utf-8"), amends=s)
    return s


def _partial(year: int) -> bool:
    return "partial" in (NOTICES / f"{year}.txt").read_text("utf-8").splitlines()[0]


@pytest.mark.parametrize("year", range(2004, 2027))
def test_every_notice_reproduces_the_bundled_year(year: int) -> None:
    bundled = official_calendar().schedule(year)
    parsed = _notice(year)
    assert parsed.year == year
    text = (NOTICES / f"{year}.txt").read_text("utf-8")
    if "国务院办公厅关于" in text.split("\n", 2)[1]:
        assert parsed.title == bundled.title
    else:  # 2004's and 2005's copies begin after the title: the year comes from the lead
        assert parsed.title == ""
        assert parsed.notice == bundled.title
    if "发明电" in text:  # a copy without the 文号 falls back to the title
        assert parsed.notice == bundled.notice
    if _partial(year):  # a truncated copy: what it has must agree
        by_name = {p.name: p for p in bundled.holidays}
        assert parsed.holidays
        assert all(by_name[p.name] == p for p in parsed.holidays)
        assert set(parsed.workdays) <= set(bundled.workdays)
        return
    assert parsed.holidays == bundled.holidays
    assert parsed.workdays == bundled.workdays
    assert [a.notice for a in parsed.amended_by] == [a.notice for a in bundled.amended_by]


def test_every_fixture_names_its_source() -> None:
    files = sorted(NOTICES.glob("*.txt"))
    assert len(files) >= 20
    for f in files:
        first = f.read_text("utf-8").splitlines()[0]
        assert first.startswith("# 来源: "), f.name
        assert "http" in first, f.name


def test_the_issue_s_line() -> None:
    s = parse_notice(
        "国务院办公厅关于2026年部分节假日安排的通知\n"
        "一、元旦:1月1日(周四)至3日(周六)放假调休,共3天。1月4日(周日)上班。"
    )
    assert (s.year, s.notice, s.published) == (2026, s.title, None)
    assert [(p.name, p.first, p.last) for p in s.holidays] == [
        ("元旦", dt.date(2026, 1, 1), dt.date(2026, 1, 3))
    ]
    assert s.workdays == (dt.date(2026, 1, 4),)


def test_full_width_and_half_width_punctuation_read_alike() -> None:
    text = (NOTICES / "2026.txt").read_text("utf-8")
    half = text.replace(":", ":").replace("(", "(").replace(")", ")").replace(",", ",")
    full = half.replace(":", ":").replace("(", "(").replace(")", ")").replace(",", ",")
    a, b = parse_notice(half), parse_notice(full)
    assert a.holidays == b.holidays == official_calendar().schedule(2026).holidays
    assert a.workdays == b.workdays


@pytest.mark.parametrize(
    ("line", "first", "last", "workdays"),
    [
        # ranges across months, with 至, —, - and ～
        ("劳动节:4月30日至5月4日放假调休,共5天。", (4, 30), (5, 4), []),
        ("春节:1月29日—2月4日放假,共7天。", (1, 29), (2, 4), []),
        ("春节:1月29日-2月4日放假,共7天。", (1, 29), (2, 4), []),
        ("春节:1月29日～2月4日放假,共7天。", (1, 29), (2, 4), []),
        # 放假 without 调休, and 放假N天
        ("端午节:6月3日至5日放假,共3天。", (6, 3), (6, 5), []),
        ("元旦:1月1日放假1天。", (1, 1), (1, 1), []),
        # 与周末连休 adds nothing; a Monday 补休 joins the period
        ("端午节:6月10日放假,与周末连休。", (6, 10), (6, 10), []),
        ("清明节:4月5日放假,4月7日(星期一)补休。", (4, 5), (4, 7), []),
        # 、-separated make-up days, a bare day taking its month from the day before
        (
            "春节:2月13日至19日放假调休,共7天。2月20日(星期六)、21日(星期日)上班。",
            (2, 13),
            (2, 19),
            [(2, 20), (2, 21)],
        ),
        # the older wording: 公休日调至 …, 照常公休, a list of days before 上班
        (
            "“五一”:5月1日—7日放假,共7天。其中,1日、2日、3日为法定假日,将4月28日(星期六)、"
            "29日(星期日)两个公休日调至5月4日(星期五)、7日(星期一);5月5日(星期六)、6日(星期日)"
            "照常公休,4月28日、29日上班。",
            (5, 1),
            (5, 7),
            [(4, 28), (4, 29)],
        ),
    ],
)
def test_the_forms_the_notices_use(
    line: str, first: tuple[int, int], last: tuple[int, int], workdays: list[tuple[int, int]]
) -> None:
    year = 2007 if "五一" in line else 2022 if "4月30日" in line else 2006
    if "6月10日" in line or "4月7日" in line or "2月13日" in line or "6月3日" in line:
        year = {"6月10日": 2024, "4月7日": 2014, "2月13日": 2010, "6月3日": 2022}[
            next(k for k in ("6月10日", "4月7日", "2月13日", "6月3日") if k in line)
        ]
    if "1月1日放假1天" in line:
        year = 2014
    s = parse_notice(f"国务院办公厅关于{year}年部分节假日安排的通知\n一、{line}")
    (p,) = s.holidays
    assert (p.first, p.last) == (dt.date(year, *first), dt.date(year, *last))
    assert list(s.workdays) == [dt.date(year, *d) for d in workdays]
    assert p.name in line.replace("“五一”", "劳动节")


def test_dates_across_the_year_boundary() -> None:
    # 元旦 beginning in the previous December, written with years or without (2006's 12月31日)
    s = parse_notice(
        "国务院办公厅关于2023年部分节假日安排的通知\n"
        "一、元旦:2022年12月31日至2023年1月2日放假调休,共3天。"
    )
    assert (s.holidays[0].first, s.holidays[0].last) == (dt.date(2022, 12, 31), dt.date(2023, 1, 2))
    s = _notice(2006)
    assert dt.date(2005, 12, 31) in s.workdays
    s = _notice(2008)
    assert s.holidays[0].first == dt.date(2007, 12, 30)
    assert dt.date(2007, 12, 29) in s.workdays


def test_amendments() -> None:
    s2019 = _notice(2019)
    (may,) = [p for p in s2019.holidays if p.name == "劳动节"]
    assert (may.first, may.last) == (dt.date(2019, 5, 1), dt.date(2019, 5, 4))
    assert {dt.date(2019, 4, 28), dt.date(2019, 5, 5)} <= set(s2019.workdays)
    s2020 = _notice(2020)
    assert dt.date(2020, 2, 1) not in s2020.workdays  # inside the extended Spring Festival
    assert s2020.amended_by[0].published == dt.date(2020, 1, 26)
    s2015 = _notice(2015)
    assert s2015.holidays[5].name == "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日"
    with pytest.raises(CalendarDataError, match="amends a year's arrangement"):
        parse_notice((NOTICES / "2020-0126.txt").read_text("utf-8"))


def test_the_year_file_is_what_with_file_reads(tmp_path: Path) -> None:
    for year in (2015, 2020, 2026):
        s = _notice(year)
        f = tmp_path / f"{year}.toml"
        f.write_text(schedule_toml(s), encoding="utf-8")
        assert load_schedules(f) == (s,)
    # next year, the day its notice appears (a synthetic two-line notice)
    nxt = parse_notice(
        "国务院办公厅关于2027年部分节假日安排的通知\n"
        "一、元旦:1月1日(周五)至3日(周日)放假,共3天。\n"
        "二、春节:2月6日(周六)至14日(周日)放假调休,共9天。2月20日(周六)上班。"
    )
    f = tmp_path / "2027.toml"
    f.write_text(schedule_toml(nxt), encoding="utf-8")
    cal = official_calendar().with_file(f)
    assert cal.add_working_days(dt.date(2026, 12, 31), 1) == dt.date(2027, 1, 4)
    assert cal.is_working_day(dt.date(2027, 2, 20))


def test_the_year_may_be_given() -> None:
    body = "一、元旦:1月1日(周四)至3日(周六)放假调休,共3天。1月4日(周日)上班。"
    assert parse_notice(body, year=2026).year == 2026
    with pytest.raises(CalendarDataError, match=r"line 1: .*2026.*2025"):
        parse_notice("国务院办公厅关于2026年部分节假日安排的通知\n" + body, year=2025)


def test_a_copy_without_its_title_takes_the_year_from_its_lead() -> None:
    lead = "经国务院批准,现将2026年元旦、春节放假调休日期具体安排通知如下:\n"
    body = "一、元旦:1月1日(周四)至3日(周六)放假调休,共3天。1月4日(周日)上班。"
    s = parse_notice(lead + body)
    assert (s.year, s.title) == (2026, "")
    assert s.notice == "国务院办公厅关于2026年部分节假日安排的通知"
    assert s.workdays == (dt.date(2026, 1, 4),)
    # a report's lead says it the same way
    assert parse_notice("国务院办公厅近日发出通知,2026年元旦放假安排如下:\n" + body).year == 2026
    # with neither title nor lead, the year must be given
    assert parse_notice(body, year=2026).year == 2026


def test_an_item_wrapped_over_lines_is_one_item() -> None:
    text = (
        "国务院办公厅关于2004年部分节假日安排的通知\n"
        "一、“五一”:5月1日—7日放假,共7天。\n"
        "其中,1日、2日、3日为法定假日,将5月1日(星期六)、2日(星期日)两个公休日调至5月4日(星期二)、\n"
        "5日(星期三),5月8日(星期六)、5月9日(星期日)两个公休日调至5月6日(星期四)、7日(星期五),\n"
        "5月8日、9日上班。\n"
        "节假日期间,各地区、各部门要妥善安排好值班工作,5月8日以后照常上班。\n"
    )
    s = parse_notice(text)
    assert [(p.name, p.first, p.last) for p in s.holidays] == [
        ("劳动节", dt.date(2004, 5, 1), dt.date(2004, 5, 7))
    ]
    # the 上班 days on the third line count; the closing paragraph after the finished item
    # is not read as part of it
    assert s.workdays == (dt.date(2004, 5, 8), dt.date(2004, 5, 9))


def test_a_labelled_line_starts_a_new_item_even_after_an_unfinished_one() -> None:
    # a copy that lost the items' final 。: each labelled line is still its own holiday
    text = (
        "国务院办公厅关于2026年部分节假日安排的通知\n"
        "元旦:1月1日(周四)至3日(周六)放假调休,共3天,1月4日(周日)上班\n"
        "春节:2月15日(周日)至23日(周一)放假调休,共9天,2月14日(周六)、2月28日(周六)上班\n"
    )
    s = parse_notice(text)
    assert [p.name for p in s.holidays] == ["元旦", "春节"]
    assert s.workdays == (dt.date(2026, 1, 4), dt.date(2026, 2, 14), dt.date(2026, 2, 28))


def test_a_wrapped_line_is_checked_as_part_of_its_item() -> None:
    text = (
        "国务院办公厅关于2004年部分节假日安排的通知\n"
        "一、“五一”:5月1日—7日放假,共7天。其中,1日、2日、3日为法定假日,\n"
        "5月8日(星期五)、9日上班。\n"
    )
    with pytest.raises(CalendarDataError, match=r"line 2: .*5月8日 is 2004-05-08 .*星期五"):
        parse_notice(text)


_TITLE = "国务院办公厅关于2026年部分节假日安排的通知\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   \n\n# only a comment\n", "empty"),
        ("一、元旦:1月1日(周四)至3日(周六)放假调休,共3天。", "no year"),
        (_TITLE + "一、元旦:1月1日(周五)至3日(周六)放假调休,共3天。", r"line 2: .*星期五"),
        (_TITLE + "一、元旦:1月1日(周四)至3日(周六)放假调休,共4天。", r"line 2: 共4天"),
        (
            _TITLE + "\n一、元旦:1月1日至3日放假调休,共3天。1月6日(周二)上班。",
            r"line 3: .*Saturday",
        ),
        (_TITLE + "一、春节:2月30日至3月2日放假调休,共3天。", r"line 2: 2月30日 is not a date"),
        (_TITLE + "一、春节:3月5日至3月2日放假。", r"line 2: .*before it starts"),
        (_TITLE + "lorem ipsum \x00\ufffd 放假上班", "no holiday lines"),
        ("\x00\x01garbage\ufffd" * 50, "no year"),
        (_TITLE + "一、元旦:1月1日至2月20日放假,共51天。", r"line 2: .*longer than a month"),
        (_TITLE + "一、元旦:2030年1月1日放假。", r"line 2: 2030-01-01 is not in 2026"),
        (_TITLE + "一、春节:2月15日至23日放假。2月21日(周六)上班。", r"line 2: .*inside 春节"),
        (_TITLE + "一、元旦:1月1日至3日放假,共十十天。", r"line 2: 共十十天"),
        (_TITLE + "一、元旦:13月1日放假。", r"line 2: 13月1日 is not a date"),
        (
            "国务院办公厅关于0000年部分节假日安排的通知\n一、元旦:1月1日放假。",
            "outside 1949-2200",
        ),
    ],
)
def test_hostile_texts(text: str, message: str) -> None:
    with pytest.raises(CalendarDataError, match=message) as info:
        parse_notice(text)
    if message.startswith("line"):
        assert "'" in str(info.value)  # the line is quoted


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet="一二三、元旦春节:()至—-,。0123456789月日年周星期放假调休上班补休共天\n ",
        max_size=80,
    )
)
def test_any_text_is_a_schedule_or_a_calendar_data_error(body: str) -> None:
    try:
        s = parse_notice(_TITLE + body)
    except CalendarDataError:
        return
    assert s.year == 2026


def test_wrong_types() -> None:
    with pytest.raises(TypeError, match="text must be a str"):
        parse_notice(b"x")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="year must be an int"):
        parse_notice("x", year="2026")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="amends must be"):
        parse_notice("x", amends={})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="schedule must be"):
        schedule_toml({})  # type: ignore[arg-type]


# -- the command line ------------------------------------------------------------------


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "orgwork", *args], capture_output=True, text=True, check=False
    )


def test_cli_add_notice_to_stdout_and_to_a_file(tmp_path: Path) -> None:
    r = _run("calendar", "add-notice", str(NOTICES / "2020.txt"), str(NOTICES / "2020-0126.txt"))
    assert r.returncode == 0, r.stderr
    f = tmp_path / "stdout.toml"
    f.write_text(r.stdout, encoding="utf-8")
    (s,) = load_schedules(f)
    assert s.holidays == official_calendar().schedule(2020).holidays
    out = tmp_path / "2026.toml"
    r = _run("calendar", "add-notice", str(NOTICES / "2026.txt"), "-o", str(out))
    assert (r.returncode, r.stdout) == (0, "")
    assert load_schedules(out)[0].workdays == official_calendar().schedule(2026).workdays


def test_cli_add_notice_reads_gb18030_and_takes_the_year(tmp_path: Path) -> None:
    f = tmp_path / "notice.txt"
    f.write_bytes("一、元旦:1月1日(周四)至3日(周六)放假调休,共3天。".encode("gb18030"))
    r = _run("calendar", "add-notice", str(f), "--year", "2026")
    assert r.returncode == 0, r.stderr
    assert "first = 2026-01-01, last = 2026-01-03" in r.stdout


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("一、元旦:1月1日至3日放假。", "no year"),
        (_TITLE + "一、元旦:1月1日(周五)放假。", "line 2"),
        (_TITLE + "一、元旦:1月1日至3日放假,共9天。", "line 2"),
        (_TITLE + "一、元旦:1月1日放假。1月6日(星期二)上班。", "line 2"),
        ("\x00garbage", "no year"),
    ],
)
def test_cli_hostile_texts(tmp_path: Path, text: str, message: str) -> None:
    f = tmp_path / "notice.txt"
    f.write_text(text, encoding="utf-8")
    r = _run("calendar", "add-notice", str(f))
    assert r.returncode == 2
    assert r.stdout == ""
    (line,) = r.stderr.splitlines()
    assert re.match(r"orgwork calendar: ", line), line
    assert message in line
    assert "Traceback" not in r.stderr


def test_cli_add_notice_errors(tmp_path: Path) -> None:
    r = _run("calendar", "add-notice", str(tmp_path / "missing.txt"))
    assert r.returncode == 2
    assert r.stderr.strip() == f"orgwork calendar: {tmp_path / 'missing.txt'}: no such file"
    r = _run("calendar", "add-notice", str(tmp_path))  # a folder
    assert r.returncode == 2
    assert len(r.stderr.splitlines()) == 1
    r = _run("calendar", "2026", "x.txt")
    assert r.returncode == 2
    assert "add-notice" in r.stderr
    r = _run("calendar", "add-notice")
    assert r.returncode == 2
    assert "NOTICE" in r.stderr


def test_cli_calendar_year_still_works() -> None:
    r = _run("calendar", "2026")
    assert r.returncode == 0, r.stderr
    assert "国办发明电〔2025〕7号" in r.stdout
    r = _run("calendar", "twenty")
    assert r.returncode == 2
    assert "invalid int value" in r.stderr
