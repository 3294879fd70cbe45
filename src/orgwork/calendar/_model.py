"""The working-day calendar model: year schedules, coverage, and exact working-day arithmetic."""

from __future__ import annotations

import datetime as _dt
import json
import tomllib
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property
from pathlib import Path, PurePath
from typing import Any, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from orgwork.errors import CalendarCoverageError, CalendarDataError

__all__ = ["Amendment", "Calendar", "HolidayPeriod", "YearSchedule"]

_BOUNDARY_DAYS = 15  # a notice may move days this close to its year's boundary (元旦调休)
_EPOCH_ORDINAL = _dt.date(1970, 1, 1).toordinal()  # datetime64[D] day 0
_MAX_ORDINAL = _dt.date.max.toordinal()


_DATE = _dt.date
_FROM_ORDINAL = _dt.date.fromordinal


class _Tables(NamedTuple):
    lo: int  # ordinal of the first covered day
    hi: int  # ordinal of the last covered day
    days: list[int]  # ordinals of every working day, sorted
    working: frozenset[int]
    after: list[int]  # day o - lo → the index in days of the first working day after o


def _is_numpy_array(obj: object) -> bool:
    cls = type(obj)
    return cls.__module__ == "numpy" and cls.__name__ == "ndarray"


def _require_date(day: object, name: str = "day") -> _dt.date:
    """``day`` as a plain date: a datetime at midnight is read as its date (as everywhere in
    orgwork); a datetime with a time of day is a ``ValueError``; anything else a ``TypeError``."""
    if isinstance(day, _dt.datetime):
        if day.time() != _dt.time(0) or day.tzinfo is not None:
            raise ValueError(f"{name} must be a date, not a datetime with a time of day ({day})")
        return day.date()
    if not isinstance(day, _dt.date):
        raise TypeError(f"{name} must be a datetime.date, not {type(day).__name__}")
    return day


def _require_count(n: object, *, minimum: int = 1) -> int:
    if isinstance(n, bool):
        raise ValueError(f"n must be a whole number of days, not the bool {n}")
    if not isinstance(n, int):
        raise TypeError(f"n must be an int, not {type(n).__name__}")
    if n < minimum:
        raise ValueError(f"n must be ≥ {minimum}, not {n}")
    return n


class HolidayPeriod(BaseModel):
    """One holiday period of a year (e.g. 春节, Feb 15–23), both ends included."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    first: _dt.date
    last: _dt.date
    local: bool = Field(default=False, description="A local extra rest day, not a national one.")

    @model_validator(mode="after")
    def _ordered(self) -> HolidayPeriod:
        if self.last < self.first:
            raise ValueError(f"{self.name}: last day {self.last} is before first day {self.first}")
        if (self.last - self.first).days > 31:
            raise ValueError(f"{self.name}: a holiday period longer than a month is not plausible")
        return self

    def days(self) -> Iterable[_dt.date]:
        """Every day of the period."""
        d = self.first
        while d <= self.last:
            yield d
            d += _dt.timedelta(days=1)


class Amendment(BaseModel):
    """A later notice that changed a year's arrangement (e.g. the 2020 Spring Festival extension).

    >>> Amendment(notice="国办发明电〔2020〕1号", change="春节假期延长至2月2日").notice
    '国办发明电〔2020〕1号'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    notice: str = Field(min_length=1, description="The amending notice's number (文号).")
    title: str = ""
    published: _dt.date | None = None
    change: str = Field(default="", description="What it changed, in the notice's words.")


class YearSchedule(BaseModel):
    """One year's official holiday arrangement (国务院办公厅关于某年部分节假日安排的通知).

    ``holidays`` are rest days (including weekend days inside a holiday
    period); ``workdays`` are weekend days that become working days (调休上班).
    ``provisional`` schedules are estimates for a year with no published
    notice: decisions that use them say so.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    year: int = Field(ge=1949, le=2200)
    notice: str = Field(
        min_length=1, description="The notice's number (文号), or a local document."
    )
    title: str = Field(default="", description="The notice's title.")
    published: _dt.date | None = None
    holidays: tuple[HolidayPeriod, ...] = ()
    workdays: tuple[_dt.date, ...] = ()
    amended_by: tuple[Amendment, ...] = Field(
        default=(), description="Later notices that changed this year's arrangement."
    )
    provisional: bool = False

    @field_validator("notice")
    @classmethod
    def _notice_present(cls, notice: str) -> str:
        if not notice.strip():
            raise ValueError("the notice reference (文号) is missing")
        return notice.strip()

    @field_validator("workdays")
    @classmethod
    def _weekend_workdays(cls, days: tuple[_dt.date, ...]) -> tuple[_dt.date, ...]:
        for d in days:
            if d.weekday() < 5:
                raise ValueError(f"make-up working day {d} is a {d:%A}, not a weekend day")
        if len(set(days)) != len(days):
            raise ValueError("a make-up working day is listed twice")
        return tuple(sorted(days))

    @model_validator(mode="after")
    def _consistent(self) -> YearSchedule:
        def near(d: _dt.date) -> bool:
            if d.year == self.year:
                return True
            if abs(d.year - self.year) != 1:  # only the days next to the turn of the year
                return False
            boundary = _dt.date(max(d.year, self.year), 1, 1)
            return abs((d - boundary).days) <= _BOUNDARY_DAYS

        rest = set()
        for period in self.holidays:
            for d in period.days():
                if not near(d):
                    raise ValueError(f"holiday {period.name} day {d} is not in {self.year}")
                rest.add(d)
        for d in self.workdays:
            if not near(d):
                raise ValueError(f"make-up working day {d} is not in {self.year}")
        both = rest.intersection(self.workdays)
        if both:
            days = ", ".join(str(d) for d in sorted(both))
            raise ValueError(f"day(s) both holiday and make-up working day: {days}")
        return self

    def rest_days(self) -> frozenset[_dt.date]:
        """Every holiday day of the schedule."""
        return frozenset(d for p in self.holidays for d in p.days())


class Calendar(BaseModel):
    """An immutable working-day calendar over a contiguous range of years.

    A day is a working day unless it is a holiday of some year's schedule, or
    a Saturday or Sunday that no schedule makes a working day. Computations
    that need a day outside the covered years raise
    [`CalendarCoverageError`][orgwork.errors.CalendarCoverageError]; nothing is guessed.

    Build one with [`orgwork.calendar.official_calendar`][orgwork.calendar.official_calendar], or extend one
    with [`with_years`][orgwork.calendar.Calendar.with_years], [`with_file`][orgwork.calendar.Calendar.with_file] or [`with_provisional`][orgwork.calendar.Calendar.with_provisional].
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    schedules: tuple[YearSchedule, ...]

    @field_validator("schedules")
    @classmethod
    def _contiguous(cls, schedules: tuple[YearSchedule, ...]) -> tuple[YearSchedule, ...]:
        if not schedules:
            raise ValueError("a calendar needs at least one year")
        ordered = tuple(sorted(schedules, key=lambda s: s.year))
        years = [s.year for s in ordered]
        if len(set(years)) != len(years):
            dup = sorted({y for y in years if years.count(y) > 1})
            raise ValueError(f"year(s) given twice: {dup}")
        gaps = [y for y in range(years[0], years[-1] + 1) if y not in set(years)]
        if gaps:
            raise ValueError(f"years must be contiguous; missing {gaps}")
        rest: dict[_dt.date, int] = {}
        work: dict[_dt.date, int] = {}
        for s in ordered:
            for d in s.rest_days():
                rest[d] = s.year
            for d in s.workdays:
                work[d] = s.year
        clash = sorted(set(rest) & set(work))
        if clash:
            d = clash[0]
            raise ValueError(
                f"{d} is a holiday in the {rest[d]} schedule and a make-up working day "
                f"in the {work[d]} schedule"
            )
        return ordered

    # -- coverage ---------------------------------------------------------------------

    @property
    def first_year(self) -> int:
        """The first covered year."""
        return self.schedules[0].year

    @property
    def last_year(self) -> int:
        """The last covered year."""
        return self.schedules[-1].year

    @cached_property
    def provisional_years(self) -> frozenset[int]:
        """Covered years whose schedule is provisional (no published notice)."""
        return frozenset(s.year for s in self.schedules if s.provisional)

    def schedule(self, year: int) -> YearSchedule:
        """The schedule of ``year``; [`CalendarCoverageError`][orgwork.errors.CalendarCoverageError] if it is not covered."""
        self._cover(year)
        return self.schedules[year - self.first_year]

    def covers(self, day: _dt.date) -> bool:
        """Whether ``day`` lies in a covered year."""
        return self.first_year <= _require_date(day).year <= self.last_year

    def is_provisional(self, start: _dt.date, end: _dt.date | None = None) -> bool:
        """Whether any year from ``start`` to ``end`` (inclusive) is provisional."""
        start = _require_date(start, "start")
        end = start if end is None else _require_date(end, "end")
        lo, hi = sorted((start.year, end.year))
        return any(y in self.provisional_years for y in range(lo, hi + 1))

    def _cover(self, year: int) -> None:
        if isinstance(year, bool) or not isinstance(year, int):
            raise TypeError(f"year must be an int, not {type(year).__name__}")
        if not self.first_year <= year <= self.last_year:
            raise self._coverage_error(year)

    def _coverage_error(self, year: int) -> CalendarCoverageError:
        covered = f"the working-day calendar covers {self.first_year}–{self.last_year}"
        if not _dt.MINYEAR <= year <= _dt.MAXYEAR:
            return CalendarCoverageError(
                f"{covered}; the date asked for is outside the dates Python can represent "
                "(0001-01-01 to 9999-12-31), so no calendar covers it.",
                year=year,
            )
        if year < self.first_year:
            how = (
                f"{year} is not covered; add that year's schedule with "
                f"Calendar.with_file('{year}.toml') or Calendar.with_years(...)"
            )
        else:
            how = (
                f"{year} is not covered. When the State Council publishes {year}'s holiday "
                f"notice, add it with Calendar.with_file('{year}.toml') (see the docs' how-to "
                f"'Add next year's holiday schedule'), or opt in to an estimate with "
                f"calendar.with_provisional({year})"
            )
        return CalendarCoverageError(f"{covered}; {how}.", year=year)

    # -- the tables behind the arithmetic -----------------------------------------------

    @cached_property
    def _tables(self) -> _Tables:
        rest = frozenset(d.toordinal() for s in self.schedules for d in s.rest_days())
        work = frozenset(d.toordinal() for s in self.schedules for d in s.workdays)
        lo = _dt.date(self.first_year, 1, 1).toordinal()
        hi = _dt.date(self.last_year, 12, 31).toordinal()
        days: list[int] = []
        for o in range(lo, hi + 1):
            weekend = (o % 7) in (6, 0)  # date.fromordinal(o).weekday(): o % 7 == 6 is Saturday
            if o in work or (not weekend and o not in rest):
                days.append(o)
        working = frozenset(days)
        after: list[int] = []
        i = 0
        for o in range(lo, hi + 1):  # bisect_right(days, o), once for every covered day
            if i < len(days) and days[i] == o:
                i += 1
            after.append(i)
        return _Tables(lo=lo, hi=hi, days=days, working=working, after=after)

    @property
    def working_ordinals(self) -> Sequence[int]:
        """Sorted ordinals (`datetime.date.toordinal`) of every working day covered.

        >>> from orgwork.calendar import official_calendar
        >>> import datetime as dt
        >>> dt.date.fromordinal(official_calendar().working_ordinals[0])
        datetime.date(2004, 1, 2)
        """
        return self._tables.days

    def _uncovered(self, ordinal: int) -> CalendarCoverageError:
        if ordinal < 1:
            return self._coverage_error(_dt.MINYEAR - 1)
        if ordinal > _MAX_ORDINAL:
            return self._coverage_error(_dt.MAXYEAR + 1)
        return self._coverage_error(_dt.date.fromordinal(ordinal).year)

    # -- the arithmetic ---------------------------------------------------------------

    def is_working_day(self, day: _dt.date) -> bool:
        """Whether ``day`` is a working day (a 调休 make-up Saturday or Sunday included).

        >>> from orgwork.calendar import official_calendar
        >>> import datetime as dt
        >>> official_calendar().is_working_day(dt.date(2026, 2, 14))  # 调休上班
        True
        """
        if day.__class__ is not _dt.date:
            day = _require_date(day)
        t = self._tables
        o = day.toordinal()
        if not t.lo <= o <= t.hi:
            raise self._uncovered(o)
        return o in t.working

    def add_working_days(self, start: _dt.date, n: int) -> _dt.date:
        """The ``n``-th working day strictly after ``start`` (``start`` itself never counts).

        ``start`` may be any day, a working day or not; ``n`` ≥ 1. A result
        beyond the last covered year raises
        [`CalendarCoverageError`][orgwork.errors.CalendarCoverageError] naming the year.

        >>> from orgwork.calendar import official_calendar
        >>> import datetime as dt
        >>> official_calendar().add_working_days(dt.date(2025, 9, 30), 7)
        datetime.date(2025, 10, 16)
        """
        if start.__class__ is not _DATE:
            start = _require_date(start, "start")
        if n.__class__ is not int or n < 1:
            _require_count(n)
        lo, hi, days, _, after = self._tables
        o = start.toordinal()
        if lo <= o <= hi:
            i = after[o - lo] + n - 1
            if i < len(days):
                return _FROM_ORDINAL(days[i])
            raise self._coverage_error(self.last_year + 1)
        raise self._uncovered(o)

    def next_working_day(self, day: _dt.date) -> _dt.date:
        """The first working day strictly after ``day``.

        >>> from orgwork.calendar import official_calendar
        >>> import datetime as dt
        >>> official_calendar().next_working_day(dt.date(2026, 9, 30))
        datetime.date(2026, 10, 8)
        """
        return self.add_working_days(_require_date(day, "day"), 1)

    def working_days_between(self, start: _dt.date, end: _dt.date) -> int:
        """How many working days lie in ``(start, end]``: after ``start``, up to and including ``end``.

        This is the inverse of [`add_working_days`][orgwork.calendar.Calendar.add_working_days]:
        ``working_days_between(s, add_working_days(s, n)) == n``. When ``end``
        is before ``start`` the count of ``(end, start]`` is returned negated;
        ``working_days_between(d, d) == 0``.

        >>> from orgwork.calendar import official_calendar
        >>> import datetime as dt
        >>> official_calendar().working_days_between(dt.date(2024, 2, 8), dt.date(2024, 3, 6))
        15
        """
        start = _require_date(start, "start")
        end = _require_date(end, "end")
        if end < start:
            return -self.working_days_between(end, start)
        t = self._tables
        for o in (start.toordinal(), end.toordinal()):
            if not t.lo <= o <= t.hi:
                raise self._uncovered(o)
        return bisect_right(t.days, end.toordinal()) - bisect_right(t.days, start.toordinal())

    def add_days(self, start: _dt.date, n: int) -> _dt.date:
        """The last day of a period of ``n`` calendar days starting after ``start``.

        The day ``start`` is not counted (民法典 第二百零一条); when the last day
        falls on a rest day, the period ends on the next working day
        (民法典 第二百零三条).

        >>> from orgwork.calendar import official_calendar
        >>> import datetime as dt
        >>> official_calendar().add_days(dt.date(2025, 9, 1), 30)   # 10-01 is a holiday
        datetime.date(2025, 10, 9)
        """
        start = _require_date(start, "start")
        _require_count(n)
        o = start.toordinal() + n  # no timedelta: a huge n is past the coverage, not an overflow
        t = self._tables
        if not t.lo <= o <= t.hi:
            raise self._uncovered(o)
        end = _dt.date.fromordinal(o)
        if self.is_working_day(end):
            return end
        return self.next_working_day(end)

    def add_working_days_batch(self, starts: Any, n: int) -> Any:
        """[`add_working_days`][orgwork.calendar.Calendar.add_working_days] for many start dates at once, exactly.

        ``starts`` is a sequence of `datetime.date` (the result is a
        list of dates) or a numpy ``datetime64[D]`` array (the result is a
        ``datetime64[D]`` array of the same shape, computed with
        ``numpy.searchsorted``; numpy is the optional ``fast`` extra and is
        imported only for such input). Any start or result outside the
        covered years raises [`CalendarCoverageError`][orgwork.errors.CalendarCoverageError].

        >>> from orgwork.calendar import official_calendar
        >>> import datetime as dt
        >>> official_calendar().add_working_days_batch([dt.date(2024, 2, 8), dt.date(2025, 9, 30)], 7)
        [datetime.date(2024, 2, 23), datetime.date(2025, 10, 16)]
        """
        _require_count(n)
        if _is_numpy_array(starts):
            return self._batch_numpy(starts, n)
        if isinstance(starts, (str, bytes, BaseModel, Mapping)) or not isinstance(starts, Iterable):
            raise TypeError(
                "starts must be a sequence of dates or a numpy datetime64[D] array, "
                f"not {type(starts).__name__}"
            )
        add = self.add_working_days
        return [add(d, n) for d in starts]

    def _batch_numpy(self, starts: Any, n: int) -> Any:
        import numpy as np

        if starts.dtype != np.dtype("datetime64[D]"):
            raise TypeError(f"starts must be a datetime64[D] array, not {starts.dtype}")
        t = self._tables
        days = self._np_days
        if np.isnat(starts).any():
            raise ValueError("starts contains NaT (not a date)")
        ords = starts.astype(np.int64) + _EPOCH_ORDINAL
        bad = (ords < t.lo) | (ords > t.hi)
        if bad.any():
            raise self._uncovered(int(ords[bad].flat[0]))
        idx = np.searchsorted(days, ords, side="right") + (n - 1)
        if (idx >= len(days)).any():
            raise self._coverage_error(self.last_year + 1)
        return (days[idx] - _EPOCH_ORDINAL).astype("datetime64[D]")

    @cached_property
    def _np_days(self) -> Any:
        import numpy as np

        return np.asarray(self._tables.days, dtype=np.int64)

    def working_days_in(self, year: int, month: int | None = None) -> list[_dt.date]:
        """Every working day of ``year`` (or of one month of it).

        >>> from orgwork.calendar import official_calendar
        >>> len(official_calendar().working_days_in(2026, 2))   # 20 weekdays - 6 of 春节 + 2 Saturdays
        16
        """
        self._cover(year)
        if month is not None and (
            isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12
        ):
            raise ValueError(f"month must be None or a month number 1-12, not {month!r}")
        lo = _dt.date(year, month or 1, 1)
        if month is None or month == 12:
            hi = _dt.date(year, 12, 31)
        else:
            hi = _dt.date(year, month + 1, 1) - _dt.timedelta(days=1)
        days = self._tables.days
        a = bisect_left(days, lo.toordinal())
        b = bisect_right(days, hi.toordinal())
        return [_dt.date.fromordinal(o) for o in days[a:b]]

    # -- extension --------------------------------------------------------------------

    def with_years(self, *schedules: YearSchedule) -> Calendar:
        """A new calendar with ``schedules`` added (replacing a provisional year of the same number)."""
        replaced = {s.year for s in schedules}
        for s in self.schedules:
            if s.year in replaced and not s.provisional:
                raise CalendarDataError(
                    f"{s.year} already has an official schedule ({s.notice}); it is not replaced"
                )
        kept = tuple(s for s in self.schedules if s.year not in replaced)
        try:
            return Calendar(schedules=kept + tuple(schedules))
        except ValidationError as exc:
            raise CalendarDataError(_messages(exc)) from exc

    def with_file(self, path: str | Path) -> Calendar:
        """A new calendar with the year(s) in a TOML or JSON file added (see [`load_schedules`][orgwork.calendar.load_schedules])."""
        return self.with_years(*load_schedules(path))

    def with_provisional(self, *years: int) -> Calendar:
        """A new calendar with an estimated schedule for each of ``years``.

        The estimate holds weekends and the statutory holidays on their
        fixed and lunar dates, without any 调休; every decision that uses
        it is marked provisional.
        """
        from orgwork.calendar._provisional import provisional_schedule

        return self.with_years(*(provisional_schedule(y) for y in years))


def _messages(exc: ValidationError) -> str:
    return "; ".join(
        ".".join(str(p) for p in e["loc"]) + ": " + str(e["msg"]).removeprefix("Value error, ")
        for e in exc.errors(include_url=False)
    )


def schedules_from_mapping(
    data: Mapping[str, Any], *, origin: str = ""
) -> tuple[YearSchedule, ...]:
    """Validate ``{"years": [...]}`` (or one year's table) into schedules."""
    raw = data.get("years", [data]) if isinstance(data, Mapping) else data
    if not isinstance(raw, list) or not raw:
        raise CalendarDataError(f"{origin}: expected a non-empty 'years' list")
    out = []
    for i, item in enumerate(raw):
        try:
            out.append(YearSchedule.model_validate(item))
        except ValidationError as exc:
            raise CalendarDataError(f"{origin}: years[{i}]: {_messages(exc)}") from exc
    return tuple(out)


def load_schedules(path: str | Path) -> tuple[YearSchedule, ...]:
    """Read year schedules from a TOML or JSON file.

    The file holds one year's table (``year``, ``notice``, ``title``,
    ``published``, ``workdays`` and ``[[holidays]]`` with ``name``,
    ``first``, ``last``) or a ``years`` list of them.
    """
    if not isinstance(path, (str, PurePath)):
        raise TypeError(f"path must be a str or a Path, not {type(path).__name__}")
    p = Path(path)
    try:
        text = p.read_bytes()
    except FileNotFoundError:
        raise CalendarDataError(f"{p}: no such file") from None
    except (OSError, ValueError) as exc:  # a directory, no permission, a NUL byte in the name
        raise CalendarDataError(f"path {str(p)!r} cannot be read: {exc}") from None
    try:
        if p.suffix.lower() == ".json":
            data = json.loads(text)
        else:
            data = tomllib.loads(text.decode("utf-8-sig"))
    except (ValueError, tomllib.TOMLDecodeError) as exc:
        raise CalendarDataError(f"{p}: cannot parse: {exc}") from None
    return schedules_from_mapping(data, origin=str(p))
