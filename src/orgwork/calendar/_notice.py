"""Read a year's schedule from the text of the State Council's holiday notice (节假日安排的通知).

The General Office publishes each year's arrangement as plain text, one
numbered line per holiday::

    一、元旦:1月1日(周四)至3日(周六)放假调休,共3天。1月4日(周日)上班。

`parse_notice` reads such a text into a validated
[`YearSchedule`][orgwork.calendar.YearSchedule]; `schedule_toml` writes a
schedule as the year file [`Calendar.with_file`][orgwork.calendar.Calendar.with_file] reads. Later notices
that change a year (2015's 抗战胜利70周年 notice, the 2020 Spring Festival
extension) are read with ``amends=`` the schedule they change.

Nothing is guessed: a weekday named for a date must be that date's weekday,
each 共N天 must be the length of its period, and a make-up working day
(上班) must fall on a Saturday or Sunday. Any mismatch is a
[`CalendarDataError`][orgwork.errors.CalendarDataError] quoting the line and its number.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import unicodedata
from dataclasses import dataclass

from pydantic import ValidationError

from orgwork.calendar._model import Amendment, HolidayPeriod, YearSchedule, _messages
from orgwork.errors import CalendarDataError

__all__ = ["parse_notice", "schedule_toml"]

_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4}
_CN_DIGITS.update({"五": 5, "六": 6, "七": 7, "八": 8, "九": 9})
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_WEEKDAY_NAMES = "一二三四五六日"

# A date as the notices write it: 2018年12月30日, 2月4日, or a bare 10日 (month from context).
_DATE = re.compile(r"(?:(?P<y>\d{4})\s*年\s*)?(?:(?P<m>\d{1,2})\s*月\s*)?(?P<d>\d{1,2})\s*日")
# What may follow a date: a parenthesis, e.g. (星期六), (农历正月初九,星期日), (即农历除夕至正月初六).
_PAREN = re.compile(r"\s*\(([^()]*)\)")
_WEEKDAY_IN = re.compile(r"(?:星期|礼拜|周)([一二三四五六日天])")
_RANGE_SEP = re.compile(r"\s*(?:至|到|—+|–|-|~)\s*")
_DAYS = re.compile(r"(?:共|放假|休息)\s*(\d+|[一二三四五六七八九十]+)\s*天")
_ITEM = re.compile(r"^\s*(?:[一二三四五六七八九十]+\s*[、.]|\d{1,2}\s*[、.]|[—\-]+)\s*")
_TITLE_YEAR = re.compile(r"关于(\d{4})\s*年\s*部分节假日安排的通知")
# a copy without its title still names the year in its lead sentence: "现将2004年元旦、春节、
# “五一”、“十一”放假调休日期具体安排通知如下" or a report's "2005年元旦、春节……具体安排如下"
_LEAD_YEAR = re.compile(r"(\d{4})\s*年\s*(?:元旦|春节|部分节假日|节假日)[^:]*安排[^:]*如下")
_NUMBER = re.compile(r"国(?:务院)?(?:办)?发明电[〔\[(【]\d{4}[〕\])】]\d+号")
_SIGNED = re.compile(
    r"^(\d{4}|[〇○零O一二三四五六七八九]{4})年([\d十一二三四五六七八九]{1,3})月"
    r"([\d十一二三四五六七八九]{1,3})日$"
)
_KEYWORDS = ("放假", "上班", "补休", "延长")
# Names the older notices use for the holidays the bundled data names otherwise.
_NAMES = {"五一": "劳动节", "十一": "国庆节", "五一国际劳动节": "劳动节", "国际劳动节": "劳动节"}


@dataclass(frozen=True)
class _Date:
    day: _dt.date
    start: int
    end: int  # index just after the date and any parenthesis that follows it


@dataclass(frozen=True)
class _Item:
    number: int  # the line's number in the text (1-based)
    line: str  # the line as written
    name: str
    first: _dt.date | None
    last: _dt.date | None
    extend_to: _dt.date | None  # 延长……假期至 D
    workdays: tuple[_dt.date, ...]


def _error(number: int, line: str, message: str) -> CalendarDataError:
    return CalendarDataError(f"line {number}: {message}: {line.strip()!r}")


def _cn_int(text: str) -> int:
    """``12``, ``十二``, ``二十``, ``三十一`` or ``七`` as an int; -1 for anything else."""
    if text.isdigit():
        return int(text)
    tens, ten, units = text.partition("十")
    try:
        if ten:
            return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[units] if units else 0)
        return _CN_DIGITS[text]
    except KeyError:
        return -1


def _signed(line: str) -> _dt.date | None:
    m = _SIGNED.match(re.sub(r"^国务院(?:办公厅)?", "", re.sub(r"\s+", "", line)))
    if not m:
        return None
    y = m.group(1)
    year = int(y) if y.isdigit() else int("".join(str(_CN_DIGITS[c]) for c in y))
    try:
        return _dt.date(year, _cn_int(m.group(2)), _cn_int(m.group(3)))
    except (ValueError, KeyError):
        return None


def _label(body: str) -> str:
    """The holiday named before the dates (``元旦``, ``国庆节、中秋节``), or ``""``."""
    head = body
    first = _DATE.search(body)
    colon = body.find(":")
    if colon != -1 and (first is None or colon < first.start()):
        head = body[:colon]
    elif first is not None:
        head = body[: first.start()]
    head = re.sub(r"[\s“”\"'‘’「」『』]", "", head)
    if not head or len(head) > 20 or any(c in head for c in "。,;") or "放假" in head:
        return ""
    return _NAMES.get(head, head)


def _continues(before: str, line: str) -> bool:
    """Whether ``line`` goes on with the holiday item ``before`` rather than starting anew.

    An item's text may be wrapped over lines. A line goes on with it when the
    item stops mid-sentence (it does not end with 。), or when the line opens
    with 其中 (the item's detail: 其中,1日、2日、3日为法定假日……). A numbered
    line, or one that names its holiday before a colon (``春节:2月…``), always
    starts a new item, and a closing paragraph after a finished item is left
    alone.
    """
    if _ITEM.match(line):
        return False
    colon, first = line.find(":"), _DATE.search(line)
    if colon != -1 and (first is None or colon < first.start()) and _label(line):
        return False
    return not before.rstrip().endswith("。") or line.lstrip().startswith("其中")


def _title_name(title: str) -> str:
    """The holiday an amending notice is about, from its title."""
    name = re.sub(r"^国务院(?:办公厅)?关于", "", title)
    name = re.sub(r"^(?:调整|延长)", "", name)
    name = re.sub(r"\d{4}\s*年", "", name)
    for tail in ("调休放假的通知", "假期安排的通知", "放假安排的通知", "假期的通知", "的通知"):
        if name.endswith(tail):
            name = name[: -len(tail)]
            break
    return name.strip()


class _Line:
    """The dates of one line of a notice, resolved to days and checked against their weekdays."""

    def __init__(self, number: int, line: str, text: str, year: int, new_year: bool) -> None:
        self.number, self.line, self.text = number, line, text
        self.dates: list[_Date] = []
        prev: _dt.date | None = None
        first: _dt.date | None = None
        prev_end = 0
        for match in _DATE.finditer(text):
            y, m, d = match.group("y"), match.group("m"), int(match.group("d"))
            if m is None:  # a bare 25日: month and year of the date before it in the sentence,
                # or of the line's first date (其中,29日、30日、31日为法定假日)
                ctx = prev if "。" not in text[prev_end : match.start()] else first
                if ctx is None:
                    raise self.error(f"{match.group(0)} has no month")
                day_year, month = ctx.year, ctx.month
            else:
                month = int(m)
                if y is not None:
                    day_year = int(y)
                else:  # a December day in the 元旦 line is the previous year's (2006's notice)
                    day_year = year - 1 if new_year and month == 12 else year
            try:
                day = _dt.date(day_year, month, d)
            except ValueError:
                raise self.error(f"{match.group(0)} is not a date") from None
            end = match.end()
            paren = _PAREN.match(text, end)
            if paren:
                end = paren.end()
                named = _WEEKDAY_IN.search(paren.group(1))
                if named and _WEEKDAYS[named.group(1)] != day.weekday():
                    raise self.error(
                        f"{match.group(0)} is {day} but is named 星期{named.group(1)}; "
                        f"{day} is a 星期{_WEEKDAY_NAMES[day.weekday()]}"
                    )
            self.dates.append(_Date(day, match.start(), end))
            prev, prev_end = day, end
            first = first or day

    def error(self, message: str) -> CalendarDataError:
        return _error(self.number, self.line, message)

    def between(self, lo: int, hi: int) -> list[_Date]:
        return [d for d in self.dates if lo <= d.start and d.end <= hi]


def _period(ln: _Line) -> tuple[_dt.date, _dt.date] | None:
    """The rest period the line's 放假 sentences state, each checked against its 共N天."""
    spans: list[tuple[_dt.date, _dt.date]] = []
    pos = 0
    for sentence in ln.text.split("。"):
        lo, hi = pos, pos + len(sentence)
        pos = hi + 1
        body = re.sub(r"^\s*(?:[一二三四五六七八九十]+\s*[、.]\s*)?", "", sentence)
        if "放假" not in sentence or body.lstrip().startswith("其中"):
            continue
        cut = lo + sentence.index("放假")
        dates = ln.between(lo, cut)
        if not dates:
            continue
        first = dates[0]
        last = first
        if len(dates) >= 2 and _RANGE_SEP.fullmatch(ln.text[first.end : dates[1].start]):
            last = dates[1]
        if last.day < first.day:
            raise ln.error(f"the period ends ({last.day}) before it starts ({first.day})")
        span = (first.day, last.day)
        stated = _DAYS.search(sentence[cut - lo :])
        if stated:
            n = _cn_int(stated.group(1))
            days = (span[1] - span[0]).days + 1
            if n != days:
                raise ln.error(
                    f"{stated.group(0)} does not match {span[0]} to {span[1]}, "
                    f"which is {days} day(s)"
                )
        spans.append(span)
    if not spans:
        return None
    first_day = min(s[0] for s in spans)
    last_day = max(s[1] for s in spans)
    # 4月5日放假,4月6日(星期一)补休: the Monday given in lieu is part of the period
    for m in re.finditer("补休", ln.text):
        before = [
            d for d in ln.dates if d.end <= m.start() and not ln.text[d.end : m.start()].strip()
        ]
        if before and before[-1].day > last_day:
            last_day = before[-1].day
    return first_day, last_day


def _workdays(ln: _Line) -> tuple[_dt.date, ...]:
    """The days a clause ``… 2月14日(星期六)、2月28日(星期六)上班`` makes working days."""
    out: list[_dt.date] = []
    for m in re.finditer("上班", ln.text):
        start = max(ln.text.rfind(c, 0, m.start()) for c in "。,;:") + 1
        clause = ln.between(start, m.start())
        if not clause:
            continue
        rest = ln.text[start : m.start()]
        for d in reversed(clause):
            rest = rest[: d.start - start] + rest[d.end - start :]
        if rest.strip(" 、和及"):
            continue  # 2月3日(星期一)起正常上班, 照常上班: not a make-up day
        for d in clause:
            if d.day.weekday() < 5:
                raise ln.error(
                    f"make-up working day {d.day} is a 星期{_WEEKDAY_NAMES[d.day.weekday()]}, "
                    "not a Saturday or Sunday"
                )
            out.append(d.day)
    return tuple(out)


def _items(lines: list[tuple[int, str, str]], year: int, default_name: str) -> list[_Item]:
    items = []
    for number, line, text in lines:
        body = _ITEM.sub("", text, count=1)
        extension = re.search(r"延长(?:\d{4}\s*年)?(.+?)假期至", body)
        name = extension.group(1) if extension else _label(body) or default_name
        if not name:
            raise _error(number, line, "no holiday is named before the dates")
        ln = _Line(number, line, text, year, new_year="元旦" in name)
        extend_to = None
        if extension:
            after = [d for d in ln.dates if d.start >= extension.end() + (len(text) - len(body))]
            if not after:
                raise ln.error("延长……假期至 names no date")
            extend_to = after[0].day
        period = _period(ln)
        workdays = _workdays(ln)
        if period is None and extend_to is None and not workdays:
            raise ln.error("no holiday period (…放假) or make-up working day (…上班) found")
        first, last = period if period else (None, None)
        items.append(_Item(number, line, name, first, last, extend_to, workdays))
    return items


def _build(
    year: int, number: str, title: str, published: _dt.date | None, items: list[_Item]
) -> YearSchedule:
    holidays: list[HolidayPeriod] = []
    workdays: list[_dt.date] = []
    for it in items:
        if it.first is not None and it.last is not None:
            try:
                holidays.append(HolidayPeriod(name=it.name, first=it.first, last=it.last))
            except ValidationError as exc:
                raise _error(it.number, it.line, _messages(exc)) from None
        elif it.extend_to is not None:
            raise _error(it.number, it.line, "an extension needs the schedule it amends")
        for d in it.workdays:
            if d in workdays:
                raise _error(it.number, it.line, f"make-up working day {d} is listed twice")
            workdays.append(d)
    holidays.sort(key=lambda p: p.first)
    for it in items:
        for d in [*it.workdays, *((it.first, it.last) if it.first and it.last else ())]:
            boundary = _dt.date(max(d.year, year), 1, 1)
            if d.year != year and (abs(d.year - year) > 1 or abs((d - boundary).days) > 15):
                raise _error(it.number, it.line, f"{d} is not in {year} nor next to it")
        for d in it.workdays:
            clash = [p.name for p in holidays if p.first <= d <= p.last]
            if clash:
                raise _error(it.number, it.line, f"{d} is a make-up working day inside {clash[0]}")
    try:
        return YearSchedule(
            year=year,
            notice=number,
            title=title,
            published=published,
            holidays=tuple(holidays),
            workdays=tuple(workdays),
        )
    except ValidationError as exc:
        raise CalendarDataError(f"{title or 'the notice'}: {_messages(exc)}") from None


def _amend(
    base: YearSchedule, number: str, title: str, published: _dt.date | None, items: list[_Item]
) -> YearSchedule:
    periods = {p.name: p for p in base.holidays}
    order = [p.name for p in base.holidays]
    added: list[_dt.date] = []
    for it in items:
        old = periods.get(it.name)
        if it.extend_to is not None:
            if old is None:
                raise _error(it.number, it.line, f"{base.year} has no holiday {it.name} to extend")
            first, last = old.first, it.extend_to
            if it.first is not None and it.last is not None:
                first, last = min(first, it.first), max(it.extend_to, it.last)
        elif it.first is not None and it.last is not None:
            first, last = it.first, it.last
        else:
            added.extend(it.workdays)
            continue
        try:
            periods[it.name] = HolidayPeriod(name=it.name, first=first, last=last)
        except ValidationError as exc:
            raise _error(it.number, it.line, _messages(exc)) from None
        if it.name not in order:
            order.append(it.name)
        added.extend(it.workdays)
    holidays = sorted((periods[n] for n in order), key=lambda p: p.first)
    rest = {d for p in holidays for d in p.days()}
    # a make-up day that now falls inside a holiday is cancelled (2020: 2月1日 no longer worked)
    workdays = sorted({d for d in base.workdays if d not in rest} | set(added))
    change = ";".join(it.line.strip() for it in items)
    amendment = Amendment(notice=number, title=title, published=published, change=change)
    data = base.model_dump()
    data.update(
        holidays=[p.model_dump() for p in holidays],
        workdays=workdays,
        amended_by=[*data["amended_by"], amendment.model_dump()],
    )
    try:
        return YearSchedule.model_validate(data)
    except ValidationError as exc:
        raise CalendarDataError(f"{title or 'the amending notice'}: {_messages(exc)}") from None


def parse_notice(
    text: str, *, year: int | None = None, amends: YearSchedule | None = None
) -> YearSchedule:
    """节假日安排通知 — a year's schedule read from the text of its State Council notice.

    ``text`` is the notice as published (title, 文号, the numbered lines, the
    signature); full-width and half-width punctuation are both read, and a
    line starting with ``#`` is a comment. The year comes from the title
    (国务院办公厅关于2026年部分节假日安排的通知) or from ``year``; when both are
    given they must agree. The schedule's ``notice`` is the 文号 found in
    the text, or else the title; ``published`` is the signature's date.

    Each numbered line gives one holiday: its period is the span before
    放假 (``A至B``, ``A—B``, one day), extended by a day given as 补休;
    ``与周末连休`` adds nothing (the period is the days stated); dates before
    上班 are make-up working days. Older names are normalised: “五一” and
    国际劳动节 are 劳动节, “十一” is 国庆节. A December date in the 元旦 line
    without a year belongs to the previous year.

    An amending notice (2015's 抗战胜利纪念日, 2019's 劳动节, the 2020
    extension) is read with ``amends=`` the schedule it changes: a holiday of
    the same name is replaced (or extended, for 延长……至), a new one is added,
    make-up days are added, a make-up day now inside a holiday is dropped,
    and the notice is recorded in ``amended_by``.

    Raises [`CalendarDataError`][orgwork.errors.CalendarDataError] quoting the line and
    its number when a named weekday does not match its date, a 共N天 does not
    match its period, a make-up working day is not a Saturday or Sunday, or
    the text holds no year or no holiday line.

    >>> s = parse_notice('''国务院办公厅关于2026年部分节假日安排的通知
    ... 一、元旦:1月1日(周四)至3日(周六)放假调休,共3天。1月4日(周日)上班。''')
    >>> s.year, s.holidays[0].first, s.holidays[0].last, s.workdays
    (2026, datetime.date(2026, 1, 1), datetime.date(2026, 1, 3), (datetime.date(2026, 1, 4),))
    >>> parse_notice('''国务院办公厅关于2026年部分节假日安排的通知
    ... 一、元旦:1月1日(周五)放假,共1天。''')
    Traceback (most recent call last):
    ...
    orgwork.errors.CalendarDataError: line 2: 1月1日 is 2026-01-01 but is named 星期五; 2026-01-01 is a 星期四: '一、元旦:1月1日(周五)放假,共1天。'
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
        raise TypeError(f"year must be an int or None, not {type(year).__name__}")
    if amends is not None and not isinstance(amends, YearSchedule):
        raise TypeError(f"amends must be a YearSchedule or None, not {type(amends).__name__}")
    raw = text.lstrip("\ufeff").splitlines()
    lines = []
    for i, line in enumerate(raw, 1):
        norm = unicodedata.normalize("NFKC", line).strip()
        if norm and not norm.startswith("#"):
            lines.append((i, line, norm))
    if not lines:
        raise CalendarDataError("the notice text is empty")

    title, title_no = "", 0
    for k, (i, _line, norm) in enumerate(lines):
        if norm.startswith("国务院") and "关于" in norm:
            title, title_no = norm, i
            for _j, _l, more in lines[k + 1 : k + 3]:
                if title.endswith("通知"):
                    break
                title += more
            title = re.sub(r"\s+", "", title)
            break
    titled = _TITLE_YEAR.search(title)
    if title and not titled and amends is None:
        raise _error(
            title_no,
            title,
            "this notice amends a year's arrangement: read the year's notice first and pass it "
            "as amends= (on the command line: add-notice YEAR.txt AMENDMENT.txt)",
        )
    if titled:
        title_year = int(titled.group(1))
        if year is not None and year != title_year:
            raise _error(
                title_no, title, f"the title's year {title_year} is not the year given, {year}"
            )
        year = title_year
    if year is None and not title and amends is None:
        lead = _LEAD_YEAR.search("".join(re.sub(r"\s+", "", n) for _i, _l, n in lines[:8]))
        if lead:
            year = int(lead.group(1))
    if amends is not None:
        if year is not None and year != amends.year:
            raise CalendarDataError(
                f"the notice is for {year}, the schedule it amends for {amends.year}"
            )
        year = amends.year
    if year is None:
        raise CalendarDataError(
            "no year: neither the title (国务院办公厅关于YYYY年部分节假日安排的通知) nor a lead "
            "(现将YYYY年元旦、春节……安排通知如下) was found; "
            "give the year (year=..., or --year on the command line)"
        )
    if not 1949 <= year <= 2200:
        raise CalendarDataError(f"year {year} is outside 1949-2200")
    found = _NUMBER.search("".join(re.sub(r"\s+", "", n) for _i, _l, n in lines[:8]))
    number = found.group(0) if found else title
    if not number:
        number = f"国务院办公厅关于{year}年部分节假日安排的通知"
    published = None
    for _i, _l, norm in reversed(lines):
        published = _signed(norm)
        if published:
            break

    is_yearly = bool(titled) or (not title and amends is None)
    body: list[tuple[int, str, str]] = []
    pending = ""  # "一、元旦:" alone on a line names the holiday of the next line
    last_kept = False  # whether the line before was kept as (part of) a holiday line
    for i, line, norm in lines:
        if i == title_no or _signed(norm) is not None:
            continue
        if _ITEM.match(norm) and norm.endswith(":") and not _DATE.search(norm):
            pending, last_kept = norm, False
            continue
        if is_yearly and last_kept and _continues(body[-1][2], norm):
            # an item wrapped over lines (2004's and 2005's copies): one sentence goes on
            at, first_line, joined = body[-1]
            body[-1] = (at, first_line + line.strip(), joined + norm)
            continue
        text = pending + norm if pending and not _ITEM.match(norm) else norm
        # a yearly notice gives its holidays on numbered lines (一、元旦:...) or labelled ones
        listed = not is_yearly or bool(_ITEM.match(text)) or bool(_label(text))
        dated = bool(_DATE.search(norm)) and bool(re.search(r"\d\s*月", norm))
        last_kept = listed and dated and any(k in norm for k in _KEYWORDS)
        if last_kept:
            body.append((i, line, text))
        pending = ""
    if not body:
        raise CalendarDataError(
            "no holiday lines found: expected lines such as "
            "'一、元旦:1月1日(周四)至3日(周六)放假调休,共3天。1月4日(周日)上班。'"
        )
    default_name = "" if is_yearly else _title_name(title)
    items = _items(body, year, default_name)
    if amends is None:
        return _build(year, number, title, published, items)
    return _amend(amends, number, title, published, items)


def _toml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def schedule_toml(schedule: YearSchedule) -> str:
    """The year file for ``schedule``, as [`Calendar.with_file`][orgwork.calendar.Calendar.with_file] reads it (TOML).

    >>> s = YearSchedule(year=2027, notice="国办发明电〔2026〕1号", workdays=[_dt.date(2027, 2, 20)])
    >>> print(schedule_toml(s))  # doctest: +NORMALIZE_WHITESPACE
    year = 2027
    notice = "国办发明电〔2026〕1号"
    title = ""
    workdays = [2027-02-20]
    holidays = [
    ]
    """
    if not isinstance(schedule, YearSchedule):
        raise TypeError(f"schedule must be a YearSchedule, not {type(schedule).__name__}")
    out = [
        f"year = {schedule.year}",
        f"notice = {_toml_str(schedule.notice)}",
        f"title = {_toml_str(schedule.title)}",
    ]
    if schedule.published:
        out.append(f"published = {schedule.published.isoformat()}")
    if schedule.provisional:
        out.append("provisional = true")
    out.append("workdays = [" + ", ".join(d.isoformat() for d in schedule.workdays) + "]")
    out.append("holidays = [")
    for p in schedule.holidays:
        local = ", local = true" if p.local else ""
        out.append(
            f"  {{ name = {_toml_str(p.name)}, first = {p.first.isoformat()}, "
            f"last = {p.last.isoformat()}{local} }},"
        )
    out.append("]")
    for a in schedule.amended_by:
        out.append("")
        out.append("[[amended_by]]")
        out.append(f"notice = {_toml_str(a.notice)}")
        out.append(f"title = {_toml_str(a.title)}")
        if a.published:
            out.append(f"published = {a.published.isoformat()}")
        out.append(f"change = {_toml_str(a.change)}")
    return "\n".join(out) + "\n"
