"""Helpers shared by the open-day modules: argument checks and date labels."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache
from typing import Any, TypeVar

from pydantic import BaseModel, TypeAdapter, create_model

__all__ = ["S004", "as_date", "as_field", "as_models", "zh_date"]

S004 = "004_10bb32bd277cce0c.txt"

M = TypeVar("M", bound=BaseModel)


@cache
def _one_field_model(name: str, tp: Any) -> type[BaseModel]:
    return create_model(name, **{name: tp})


def as_field(tp: Any, value: object, name: str) -> Any:
    """``value`` validated as a field ``name`` of type ``tp`` (a ``(type, Field)`` pair or a type)."""
    spec = tp if isinstance(tp, tuple) else (tp, ...)
    return getattr(_one_field_model(name, spec).model_validate({name: value}), name)


def as_date(value: object, name: str) -> dt.date:
    """``value`` as a date; a pydantic ValidationError naming ``name`` if it is not one."""
    if type(value) is dt.date:
        return value
    day: dt.date = as_field(dt.date, value, name)
    return day


@cache
def _adapter(model: type[Any]) -> TypeAdapter[tuple[Any, ...]]:
    return TypeAdapter(tuple[model, ...])  # type: ignore[valid-type]


def as_models(model: type[M], values: Iterable[object]) -> tuple[M, ...]:
    """``values`` validated as a tuple of ``model`` (dicts accepted; errors name the index)."""
    return _adapter(model).validate_python(tuple(values))


def zh_date(day: dt.date) -> str:
    """A date the Chinese way: ``2024年3月6日``."""
    return f"{day.year}年{day.month}月{day.day}日"
