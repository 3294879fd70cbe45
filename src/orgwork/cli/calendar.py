"""``orgwork deadline`` and ``orgwork calendar``: working-day deadlines and a year's arrangement."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from orgwork._display import ordinal
from orgwork.cli import UsageError
from orgwork.errors import CalendarCoverageError, CalendarDataError, OrgworkError

if TYPE_CHECKING:  # the calendar is imported when a command runs, not when it registers
    from orgwork.calendar import Calendar, YearSchedule

__all__ = ["register"]

_WEEKDAYS_ZH = "一二三四五六日"


def register(sub: Any) -> None:
    """Add the ``deadline`` and ``calendar`` subcommands."""
    p = sub.add_parser(
        "deadline",
        help="the n-th working day after a date, with the count spelled out",
        description="Count N working days after DATE (DATE itself is not counted, 民法典 "
        "第二百零一条), following the State Council's holiday notices, and show each "
        "counted day.",
        epilog="Example: orgwork deadline 2024-02-08 --working-days 15",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("date", metavar="DATE", help="the start day, YYYY-MM-DD (not counted)")
    p.add_argument(
        "--working-days",
        "-n",
        metavar="N",
        type=int,
        default=None,
        help="how many working days (default: the policy's reply limit, "
        "supervision.reply_working_days: 15 in the seeds)",
    )
    p.add_argument(
        "--policy",
        metavar="FILE",
        help="a TOML policy file over the defaults (its reply limit on DATE is N's default)",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument(
        "--lang",
        choices=("zh", "en"),
        default=None,
        help="print in Chinese or in English only (default: both)",
    )
    p.add_argument(
        "--calendar-file",
        metavar="FILE",
        action="append",
        default=[],
        help="add a year's schedule from a TOML or JSON file (repeatable)",
    )
    p.add_argument(
        "--provisional",
        metavar="YEAR",
        type=int,
        action="append",
        default=[],
        help="opt in to an estimated schedule for a year with no notice yet (repeatable)",
    )
    p.set_defaults(handler=_deadline)

    p = sub.add_parser(
        "calendar",
        help="a year's holidays, make-up working days and working days per month",
        description="Print a covered year's official arrangement: its notice, holiday "
        "periods, weekend days made working days (调休上班), and working days per month.",
        usage="orgwork calendar [-h] [--json] [--calendar-file FILE] YEAR\n"
        "       orgwork calendar add-notice NOTICE.txt [AMENDMENT.txt ...] [--year Y] [-o FILE]",
        epilog="Example: orgwork calendar 2026 --json\n"
        "Example: orgwork calendar add-notice 2027.txt -o 2027.toml   (next year's notice, "
        "as a year file for --calendar-file)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "year", metavar="YEAR", help="the year, e.g. 2026; or add-notice, to read a notice's text"
    )
    p.add_argument(
        "notices",
        metavar="NOTICE",
        nargs="*",
        help="add-notice: the notice's text (UTF-8 or GB18030), then any notices amending it",
    )
    p.add_argument(
        "--year",
        dest="notice_year",
        metavar="Y",
        type=int,
        help="add-notice: the year, when the text has no title naming it",
    )
    p.add_argument(
        "-o", "--output", metavar="FILE", help="add-notice: write the year file here, not to stdout"
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument(
        "--lang",
        choices=("zh", "en"),
        default=None,
        help="print in Chinese or in English only (default: both)",
    )
    p.add_argument(
        "--calendar-file",
        metavar="FILE",
        action="append",
        default=[],
        help="add a year's schedule from a TOML or JSON file (repeatable)",
    )
    p.set_defaults(handler=_calendar)


def _parse_date(text: str) -> dt.date:
    """A date as every part of orgwork reads one (orgwork._numbers.date_from_text)."""
    from orgwork._numbers import date_from_text

    try:
        day = date_from_text(text)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if day is None:
        raise UsageError(
            f"invalid date {text!r}: expected 2024-02-08, 2024/2/8, 2024.2.8 or 2024年2月8日"
        )
    return day


def _build_calendar(files: list[str], provisional: list[int] | None = None) -> Calendar:
    from orgwork.calendar import official_calendar

    cal = official_calendar()
    for f in files:
        cal = cal.with_file(f)
    if provisional:
        cal = cal.with_provisional(*provisional)
    return cal


def _weekday(d: dt.date) -> str:
    return f"{d:%a} 周{_WEEKDAYS_ZH[d.weekday()]}"


def _deadline(args: argparse.Namespace) -> int:
    start = _parse_date(args.date)
    n = args.working_days
    if n is None:
        from orgwork.policy import Policy, resolve

        policy = Policy.from_toml(args.policy) if args.policy else Policy.default()
        n = resolve(policy, start).supervision.reply_working_days
    if n < 1:
        raise UsageError(f"--working-days must be 1 or more, not {n}")
    cal = _build_calendar(args.calendar_file, args.provisional)
    try:
        due = cal.add_working_days(start, n)
    except CalendarCoverageError as exc:
        raise CalendarCoverageError(
            f"{exc} On the command line: --calendar-file FILE or --provisional {exc.year}.",
            year=exc.year,
        ) from None
    counted = [cal.add_working_days(start, i) for i in range(1, n + 1)]
    years = range(start.year, due.year + 1)
    schedules = [cal.schedule(y) for y in years]
    make_up = {d for s in schedules for d in s.workdays}
    provisional = cal.is_provisional(start, due)
    if args.json:
        out = {
            "start": start.isoformat(),
            "working_days": n,
            "deadline": due.isoformat(),
            "counted": [
                {"n": i, "date": d.isoformat(), "make_up_working_day": d in make_up}
                for i, d in enumerate(counted, 1)
            ],
            "notices": [_notice_json(s) for s in schedules],
            "provisional": provisional,
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    _print_deadline(args.lang, start, n, due, counted, make_up, schedules, provisional)
    return 0


def _print_deadline(
    lang: str | None,
    start: dt.date,
    n: int,
    due: dt.date,
    counted: list[dt.date],
    make_up: set[dt.date],
    schedules: list[YearSchedule],
    provisional: bool,
) -> None:
    """The counted days, in Chinese (``zh``), English (``en``) or both (None)."""
    zh, en = lang == "zh", lang == "en"
    wd_zh = "一二三四五六日"
    if zh:
        print(f"起算日:{start}(周{wd_zh[start.weekday()]}),不计入(民法典第二百零一条)")
    elif en:
        print(f"Start: {start} ({start:%a}), not counted (Civil Code art. 201)")
    else:
        print(f"起算日 Start: {start} ({_weekday(start)}) — not counted (民法典 第二百零一条)")
    prev = start
    for i, d in enumerate(counted, 1):
        gap = (d - prev).days - 1
        note = ""
        if gap > 0:
            skipped = [prev + dt.timedelta(days=k) for k in range(1, gap + 1)]
            rest = _rest_names(skipped, schedules)
            if zh:
                note = f"   (其前休息{gap}天{rest.replace(': ', ':', 1)})"
            else:
                note = f"   (after {gap} rest day{'s' if gap > 1 else ''}{rest})"
        mark = ""
        if d in make_up:
            mark = (
                "  调休上班"
                if zh
                else "  make-up working day"
                if en
                else "  调休上班 make-up working day"
            )
        day = f"周{wd_zh[d.weekday()]}" if zh else f"{d:%a}" if en else _weekday(d)
        print(f"  {i:>3}  {d} ({day}){mark}{note}")
        prev = d
    if zh:
        print(f"期限:{due}(周{wd_zh[due.weekday()]}),{start}后第{n}个工作日")
    elif en:
        print(f"Deadline: {due} ({due:%a}), the {ordinal(n)} working day after {start}")
    else:
        print(f"期限 Deadline: {due} ({_weekday(due)}), the {ordinal(n)} working day after {start}")
    for s in schedules:
        label = "依据:" if zh else "Source: " if en else "依据 Source: "
        print(f"{label}{s.year}: {s.title or s.notice} ({s.notice})")
        for a in s.amended_by:
            said = "经…调整:" if zh else "amended by"
            print(f"      {said} {a.title or a.notice} ({a.notice})")
    if provisional:
        if zh:
            print("注意:使用了尚未公布通知的估计年份")
        else:
            lead = "PROVISIONAL" if en else "注意 PROVISIONAL"
            print(f"{lead}: uses an estimated year with no published notice")


def _rest_names(days: list[dt.date], schedules: list[YearSchedule]) -> str:
    names = []
    for s in schedules:
        for p in s.holidays:
            if any(p.first <= d <= p.last for d in days) and p.name not in names:
                names.append(p.name)
    return f": {'、'.join(names)}" if names else ""


def _notice_json(s: YearSchedule) -> dict[str, Any]:
    from orgwork.calendar import notice_json

    return notice_json(s)


def _calendar(args: argparse.Namespace) -> int:
    if args.year == "add-notice":
        return _add_notice(args)
    if args.notices or args.notice_year is not None or args.output is not None:
        raise UsageError(
            "orgwork calendar: NOTICE, --year and -o belong to 'orgwork calendar add-notice'"
        )
    try:
        args.year = int(args.year)
    except ValueError:
        raise UsageError(
            f"orgwork calendar: argument YEAR: invalid int value: {args.year!r}"
        ) from None
    cal = _build_calendar(args.calendar_file)
    s = cal.schedule(args.year)
    months = {m: len(cal.working_days_in(args.year, m)) for m in range(1, 13)}
    if args.json:
        from orgwork.calendar import year_json

        out = year_json(args.year, cal)
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    _print_year(args.lang, s, months)
    return 0


def _print_year(lang: str | None, s: YearSchedule, months: dict[int, int]) -> None:
    """A year's notice, holidays, make-up days and working days, in ``lang`` (None: both)."""

    def say(zh: str, en: str, both: str) -> str:
        return zh if lang == "zh" else en if lang == "en" else both

    no_title = say("(无标题)", "(no title)", "(no title)")
    print(f"{s.year}{say('年', '', '年')} — {s.title or no_title}")
    published = f", {s.published}" if s.published else ""
    print(f"{say('依据:', 'Notice:', '依据 Notice:')} {s.notice}{published}")
    for a in s.amended_by:
        when = f", {a.published}" if a.published else ""
        print(
            f"  {say('经调整', 'amended by', 'amended by')} {a.notice}{when}: {a.title} — {a.change}"
        )
    if s.provisional:
        print(
            say(
                "注意:估计数据,通知尚未公布",
                "PROVISIONAL: an estimate, no published notice",
                "注意 PROVISIONAL: an estimate, no published notice",
            )
        )
    print(say("\n放假:", "\nHolidays:", "\n放假 Holidays:"))
    for p in s.holidays:
        days = (p.last - p.first).days + 1
        local = say("  (地方)", "  (local)", "  (local)") if p.local else ""
        length = f"{days}天" if lang == "zh" else f"{days} day{'s' if days > 1 else ''}"
        print(f"  {p.name}: {p.first} – {p.last}, {length}{local}")
    print(say("\n调休上班:", "\nMake-up working days:", "\n调休上班 Make-up working days:"))
    for d in s.workdays:
        day = say(f"周{_WEEKDAYS_ZH[d.weekday()]}", f"{d:%a}", _weekday(d))
        print(f"  {d} ({day})")
    if not s.workdays:
        print(f"  {say('(无)', '(none)', '(none)')}")
    print(say("\n每月工作日:", "\nWorking days per month:", "\n工作日 Working days per month:"))
    for m, k in months.items():
        print(f"  {m:>2}{say('月', '', '月')}  {k:>2}")
    print(f"  {say('全年', 'year', '全年')} {sum(months.values())}")


def _read_notice(path: str) -> str:
    data = Path(path).read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise CalendarDataError(f"{path}: neither UTF-8 nor GB18030 text")


def _add_notice(args: argparse.Namespace) -> int:
    """``orgwork calendar add-notice NOTICE.txt [AMENDMENT.txt ...] [--year Y] [-o FILE]``."""
    from orgwork.calendar import parse_notice, schedule_toml

    try:
        if not args.notices:
            raise UsageError("add-notice needs the notice's text file: add-notice NOTICE.txt")
        schedule: YearSchedule | None = None
        for i, path in enumerate(args.notices):
            try:
                text = _read_notice(path)
                year = args.notice_year if i == 0 else None
                schedule = parse_notice(text, year=year, amends=schedule)
            except CalendarDataError as exc:
                raise CalendarDataError(f"{path}: {exc}") from None
        assert schedule is not None
        out = schedule_toml(schedule)
        if args.output:
            Path(args.output).write_text(out, encoding="utf-8")
        else:
            sys.stdout.write(out)
    except FileNotFoundError as exc:
        print(f"orgwork calendar: {exc.filename}: no such file", file=sys.stderr)
        return 2
    except (OrgworkError, OSError) as exc:
        message = str(exc).strip().splitlines()
        print(f"orgwork calendar: {message[0] if message else type(exc).__name__}", file=sys.stderr)
        return 2
    return 0
