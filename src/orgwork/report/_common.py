"""Small helpers the report's sections share: a text pair, a day in Chinese, a guarded rule call."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from orgwork.decision import Text
from orgwork.errors import CalendarCoverageError, MissingParameterError

__all__ = ["attempt", "t", "zh_day"]

T = TypeVar("T")


def t(zh: str, en: str) -> Text:
    """A Text from its two halves."""
    return Text(zh=zh, en=en)


def zh_day(day: dt.date, year: int) -> str:
    """``3月6日`` within ``year``, ``2027年1月5日`` outside it.

    >>> zh_day(dt.date(2025, 3, 6), 2025), zh_day(dt.date(2027, 1, 5), 2026)
    ('3月6日', '2027年1月5日')
    """
    return (
        f"{day.month}月{day.day}日" if day.year == year else f"{day.year}年{day.month}月{day.day}日"
    )


def attempt(notes: list[Text], what: Text, run: Callable[[], T]) -> T | None:
    """``run()``; a calendar or parameter gap becomes a note saying what could not be decided."""
    try:
        return run()
    except CalendarCoverageError as exc:
        notes.append(
            t(
                f"{what.zh}无法判定:期限落在{exc.year}年,工作日日历尚无{exc.year}年国务院放假安排"
                "(待公布后用 Calendar.with_file 补充)",
                f"{what.en} cannot be decided: the deadline falls in {exc.year}, which the "
                "working-day calendar does not cover yet (add the holiday notice with "
                "Calendar.with_file when it is published)",
            )
        )
    except MissingParameterError as exc:
        notes.append(
            t(
                f"{what.zh}无法判定:参数 {exc.parameter} 未设定,材料未给出数值",
                f"{what.en} cannot be decided: {exc.parameter} is not set and the seeds give "
                "no number",
            )
        )
    return None
