"""Helpers the report's sections share: days as template values, collected lines, a guarded call."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from orgwork.decision import Decision, Say, Shown, Text, both
from orgwork.errors import CalendarCoverageError, MissingParameterError

__all__ = ["NOTHING", "Lines", "attempt", "md", "on_day", "otherwise", "zh_day"]

T = TypeVar("T")

#: A template value shown as nothing in either language (a part a line leaves out).
NOTHING = Text(zh="", en="")


class _CommonTexts:
    """Texts of a rule call that cannot be decided (`attempt`)."""

    calendar_gap = Say(
        "{what}无法判定:期限落在{year}年,工作日日历尚无{year}年国务院放假安排"
        "(待通知公布后,将其读入工作日日历再运行)",
        "{what} cannot be decided: the deadline falls in {year}, which the working-day calendar "
        "does not cover yet (when the notice is published, read it in with "
        "`orgwork calendar add-notice` and Calendar.with_file)",
    )
    parameter_gap = Say(
        "{what}无法判定:参数 {parameter} 未设定,材料未给出数值",
        "{what} cannot be decided: {parameter} is not set and the seeds give no number",
    )


def zh_day(day: dt.date, year: int) -> str:
    """``3月6日`` within ``year``, ``2027年1月5日`` outside it.

    >>> zh_day(dt.date(2025, 3, 6), 2025), zh_day(dt.date(2027, 1, 5), 2026)
    ('3月6日', '2027年1月5日')
    """
    return (
        f"{day.month}月{day.day}日" if day.year == year else f"{day.year}年{day.month}月{day.day}日"
    )


def on_day(day: dt.date, year: int) -> Shown:
    """A day as a template value: `zh_day` in Chinese, ``2025-03-06`` in English.

    >>> on_day(dt.date(2025, 3, 6), 2025)
    Shown(zh='3月6日', en='2025-03-06')
    """
    return both(zh_day(day, year), day)


def md(day: dt.date | None) -> Shown:
    """A day as a template value: ``3月6日`` in Chinese (any year), ``2025-03-06`` in English.

    >>> md(dt.date(2025, 3, 6))
    Shown(zh='3月6日', en='2025-03-06')
    """
    return both("" if day is None else f"{day.month}月{day.day}日", day)


def otherwise(value: Shown, fallback: Text) -> Shown:
    """``value``, or ``fallback`` in a language where ``value`` shows nothing (an empty list).

    >>> otherwise(both("", ""), Text(zh="无", en="none"))
    Shown(zh='无', en='none')
    """
    return both(value.zh or fallback.zh, value.en or fallback.en)


class Lines:
    """What a section collects: summary lines, notes and decisions, in report order."""

    def __init__(self) -> None:
        self.summary: list[Text] = []
        self.notes: list[Text] = []
        self.decisions: list[Decision[Any]] = []

    def line(self, template: Say, /, **values: object) -> None:
        """Add a summary line: ``template`` filled with ``values``."""
        self.summary.append(template.text(**values))

    def note(self, template: Say, /, **values: object) -> None:
        """Add a note: ``template`` filled with ``values``."""
        self.notes.append(template.text(**values))


def attempt(notes: list[Text], what: Text, run: Callable[[], T]) -> T | None:
    """``run()``; a calendar or parameter gap becomes a note saying what could not be decided."""
    try:
        return run()
    except CalendarCoverageError as exc:
        notes.append(_CommonTexts.calendar_gap.text(what=what, year=exc.year))
    except MissingParameterError as exc:
        notes.append(_CommonTexts.parameter_gap.text(what=what, parameter=exc.parameter))
    return None
