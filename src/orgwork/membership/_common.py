"""What the membership modules share (not public): the documents cited, months and calendar years."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from dateutil.relativedelta import relativedelta
from pydantic import Field

__all__ = [
    "CHARTER",
    "DUES",
    "MONTH_PATTERN",
    "RULES_2014",
    "Month",
    "after_months",
    "after_years",
    "month_label",
    "months_between",
]

#: The national documents these rules come from (the copies read are named in each rule).
DUES = "关于中国共产党党费收缴、使用和管理的规定(中组发〔2008〕3号)"
CHARTER = "中国共产党章程(2022年10月22日修改)"
RULES_2014 = "中国共产党发展党员工作细则(2014)"

#: A calendar month written ``YYYY-MM``.
MONTH_PATTERN = r"^[0-9]{4}-(0[1-9]|1[0-2])$"
Month = Annotated[str, Field(pattern=MONTH_PATTERN)]


def month_label(year: int, month: int) -> str:
    """``YYYY-MM`` of a month.

    >>> month_label(2025, 3)
    '2025-03'
    """
    return f"{year:04d}-{month:02d}"


def months_between(first: tuple[int, int], last: tuple[int, int]) -> list[tuple[int, int]]:
    """Every (year, month) from ``first`` to ``last``, both included.

    >>> months_between((2024, 11), (2025, 2))
    [(2024, 11), (2024, 12), (2025, 1), (2025, 2)]
    """
    out = []
    y, m = first
    while (y, m) <= last:
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _checked(start: dt.date, delta: relativedelta, what: str) -> dt.date:
    try:
        day: dt.date = start + delta
    except (OverflowError, ValueError):
        raise ValueError(
            f"{what}: {start} plus {delta} is past 9999-12-31, the last date Python can represent"
        ) from None
    return day


def after_years(start: dt.date, years: int, what: str = "start") -> dt.date:
    """The day ``years`` calendar years after ``start`` (29 Feb → 28 Feb in a common year).

    A calendar year, never 365 days: the corresponding day of the month, or
    the month's last day when there is none (民法典 第二百零二条: 没有对应日的,
    月末日为期间的最后一日).

    >>> after_years(dt.date(2024, 2, 29), 1), after_years(dt.date(2023, 7, 1), 1)
    (datetime.date(2025, 2, 28), datetime.date(2024, 7, 1))
    """
    return _checked(start, relativedelta(years=years), what)


def after_months(start: dt.date, months: int, what: str = "start") -> dt.date:
    """The day ``months`` calendar months after ``start`` (the month's last day if none).

    >>> after_months(dt.date(2025, 8, 31), 6)
    datetime.date(2026, 2, 28)
    """
    return _checked(start, relativedelta(months=months), what)
