"""Argument checks and small helpers shared by every domain (internal, but stable for domains).

Rule functions validate their plain arguments here, so that bad input is a
pydantic ``ValidationError`` naming the argument (never a ``TypeError`` from
deep inside), and so that every domain reads dates, years and collections
the same way.

Examples:
    >>> import datetime as dt
    >>> as_date(dt.datetime(2025, 6, 30), "on")
    datetime.date(2025, 6, 30)
    >>> check_unique(["V1", "V2", "V1"], "village")
    Traceback (most recent call last):
    ...
    orgwork.errors.RecordError: village listed more than once: V1
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any, TypeVar

from pydantic import BaseModel, Field, TypeAdapter, create_model

from orgwork.errors import RecordError

__all__ = [
    "as_collection",
    "as_date",
    "as_field",
    "as_models",
    "as_strings",
    "as_year",
    "check_unique",
    "period_label",
    "periods",
    "shift",
    "two_places",
    "zh_date",
]

M = TypeVar("M", bound=BaseModel)

_YEAR = (int, Field(ge=1949, le=2200, strict=True))


@cache
def _one_field_model(name: str, tp: Any) -> type[BaseModel]:
    return create_model(name, **{name: tp})


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


def as_collection(values: object, name: str, what: str = "values") -> tuple[Any, ...]:
    """``values`` (any collection but a string, a mapping or a single model) as a tuple.

    Anything else is a ``TypeError`` naming the argument ``name``.

    >>> as_collection(iter(["a"]), "villages")
    ('a',)
    >>> as_collection(None, "villages", "village ids")
    Traceback (most recent call last):
    ...
    TypeError: villages must be a collection of village ids, not NoneType
    """
    if not isinstance(values, (str, bytes, BaseModel, Mapping)):
        try:
            return tuple(values)  # type: ignore[arg-type]
        except TypeError:
            pass
    single = "a single " if isinstance(values, (BaseModel, Mapping)) else ""
    raise TypeError(f"{name} must be a collection of {what}, not {single}{type(values).__name__}")


def as_models(model: type[M], values: Iterable[object], name: str = "values") -> tuple[M, ...]:
    """``values`` validated as a tuple of ``model`` (dicts accepted; errors name the index).

    A bare string is refused (it would otherwise be read as its characters);
    anything that is not a collection (``None``, a number, one model) is a
    ``TypeError`` naming the argument ``name``.
    """
    if isinstance(values, (str, bytes)):
        raise RecordError(f"{name}: expected a collection of {model.__name__}, not a single string")
    return _adapter(model).validate_python(as_collection(values, name, model.__name__))


def as_strings(values: Iterable[object], name: str) -> tuple[str, ...]:
    """``values`` as a tuple of strings (ids); a TypeError naming ``name`` if it is not one.

    >>> as_strings(["V1", "V2"], "villages")
    ('V1', 'V2')
    """
    items = as_collection(values, name, "strings")
    bad = sorted({type(v).__name__ for v in items if not isinstance(v, str)})
    if bad:
        raise TypeError(f"{name} must hold strings only, found {', '.join(bad)}")
    return items


def shift(day: dt.date, days: int, name: str) -> dt.date:
    """``day`` moved by ``days`` days; a ValueError naming ``name`` past the representable dates.

    >>> shift(dt.date(2025, 1, 1), -1, "on")
    datetime.date(2024, 12, 31)
    >>> shift(dt.date(9999, 12, 31), 1, "on")
    Traceback (most recent call last):
    ...
    ValueError: on: 9999-12-31 moved by 1 day(s) is outside the dates Python can represent (0001-01-01 to 9999-12-31)
    """
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        raise ValueError(
            f"{name}: {day} moved by {days} day(s) is outside the dates Python can represent "
            "(0001-01-01 to 9999-12-31)"
        ) from None


def check_unique(ids: Iterable[Hashable], what: str) -> None:
    """Raise [`RecordError`][orgwork.errors.RecordError] naming every id listed more than once."""
    counts = Counter(ids)
    dup = sorted((str(k) for k, n in counts.items() if n > 1))
    if dup:
        raise RecordError(f"{what} listed more than once: {', '.join(dup)}")


def two_places(value: Decimal) -> Decimal:
    """``value`` if it has at most two decimal places; ``ValueError`` otherwise (any magnitude)."""
    try:
        ok = value == value.quantize(Decimal("0.01"))
    except InvalidOperation:  # too many digits for the context: certainly not a sane amount
        raise ValueError("not a number with at most two decimal places in range") from None
    if not ok:
        raise ValueError("at most two decimal places")
    return value


def periods(year: int, months: int) -> list[tuple[str, dt.date, dt.date]]:
    """The periods of ``months`` months that divide ``year``: (label, first day, last day).

    ``months`` must divide 12.
    """
    if months < 1 or 12 % months:
        raise ValueError(f"a period of {months} months does not divide the year")
    out = []
    for i in range(12 // months):
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
