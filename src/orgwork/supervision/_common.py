"""Helpers shared by the supervision modules: argument checks, periods, date labels."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache
from typing import Any, TypeVar

from pydantic import BaseModel, Field, TypeAdapter, create_model

from orgwork.calendar import Calendar

__all__ = [
    "S000",
    "as_date",
    "as_field",
    "as_models",
    "as_year",
    "holiday_name",
    "period_label",
    "periods",
    "zh_date",
]

S000 = "000_d6bf9a3c8f5be95e.txt"

M = TypeVar("M", bound=BaseModel)


@cache
def _one_field_model(name: str, tp: Any) -> type[BaseModel]:
    return create_model(name, **{name: tp})


_YEAR = (int, Field(ge=1949, le=2200, strict=True))


def as_field(tp: Any, value: object, name: str) -> Any:
    """``value`` validated as a field ``name`` of type ``tp`` (a ``(type, Field)`` pair or a type)."""
    spec = tp if isinstance(tp, tuple) else (tp, ...)
    return getattr(_one_field_model(name, spec).model_validate({name: value}), name)


def as_date(value: object, name: str) -> dt.date:
    """``value`` as a date; a pydantic ValidationError naming ``name`` if it is not one.

    A ``datetime`` at midnight is read as its date; any other time is an error.
    """
    if type(value) is dt.date:
        return value
    day: dt.date = as_field(dt.date, value, name)
    return day


def as_year(value: object, name: str = "year") -> int:
    """``value`` as a year (an int from 1949 to 2200); a ValidationError naming ``name`` if not."""
    year: int = as_field(_YEAR, value, name)
    return year


@cache
def _adapter(model: type[Any]) -> TypeAdapter[tuple[Any, ...]]:
    return TypeAdapter(tuple[model, ...])  # type: ignore[valid-type]


def as_models(model: type[M], values: Iterable[object]) -> tuple[M, ...]:
    """``values`` validated as a tuple of ``model`` (dicts accepted; errors name the index)."""
    return _adapter(model).validate_python(tuple(values))


def periods(year: int, months: int) -> list[tuple[str, dt.date, dt.date]]:
    """The periods of ``months`` months that divide ``year``: (label, first day, last day)."""
    out = []
    count = 12 // months
    for i in range(count):
        first = dt.date(year, i * months + 1, 1)
        end_month = (i + 1) * months
        last = (
            dt.date(year, 12, 31)
            if end_month == 12
            else dt.date(year, end_month + 1, 1) - dt.timedelta(days=1)
        )
        out.append((period_label(year, i + 1, months), first, last))
    return out


def period_label(year: int, index: int, months: int) -> str:
    """A period's label: ``2025-H1`` (half years), ``2025-Q3``, ``2025-M07``, ``2025``, ``2025-P2``."""
    if months == 12:
        return str(year)
    if months == 6:
        return f"{year}-H{index}"
    if months == 3:
        return f"{year}-Q{index}"
    if months == 1:
        return f"{year}-M{index:02d}"
    return f"{year}-P{index}"


def zh_date(day: dt.date) -> str:
    """A date the Chinese way: ``2024年3月6日``."""
    return f"{day.year}年{day.month}月{day.day}日"


def holiday_name(calendar: Calendar, day: dt.date) -> str | None:
    """The name of the official holiday period ``day`` falls in, or None.

    Raises CalendarCoverageError when ``day``'s year is not covered.
    """
    calendar.schedule(day.year)
    for year in (day.year, day.year - 1, day.year + 1):
        if not calendar.first_year <= year <= calendar.last_year:
            continue
        for period in calendar.schedule(year).holidays:
            if period.first <= day <= period.last:
                return period.name
    return None
