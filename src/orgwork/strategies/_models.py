"""A strategy for every public model, and their registration with hypothesis.

Models with a hand-written strategy (``cases()``, ``elderly_members()``, ...) are
drawn with it. Every other public model is drawn field by field from its
annotations (ids, bounded numbers, dates in the bundled calendar's years, the
enums and choices its fields list, nested models drawn the same way), and a draw
the model's own validators refuse is rejected, so every instance is valid.

`register` hands each model's strategy to `hypothesis.strategies.register_type_strategy`,
so that ``st.from_type(Model)`` draws valid instances.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from decimal import Decimal
from fractions import Fraction
from functools import cache
from typing import Any

from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo

from orgwork.decision import Decision
from orgwork.strategies._core import _bounds, decisions, ids, rule_ids

__all__ = ["instances", "public_models"]


#: Years and days drawn where a field has no narrower bounds: the bundled calendar's coverage.
_FIRST_DAY = dt.date(2004, 1, 1)
_LAST_DAY = dt.date(2026, 12, 31)


def public_models() -> list[type[BaseModel]]:
    """Every pydantic model exported by orgwork and its public packages (``orgwork._public``).

    >>> from orgwork.supervision import Case
    >>> Case in public_models()
    True
    """
    from orgwork._public import public_models as by_path

    return sorted(by_path().values(), key=lambda m: (m.__module__, m.__qualname__))


def _validator_names(metadata: list[Any]) -> set[str]:
    names: set[str] = set()
    for m in metadata:
        func = getattr(m, "func", None)
        if func is not None:
            names.add(getattr(func, "__name__", ""))
        if isinstance(m, FieldInfo):
            names |= _validator_names(list(m.metadata))
    return names


def _min_length(metadata: list[Any]) -> int:
    lo = 0
    for m in metadata:
        lo = max(lo, getattr(m, "min_length", None) or 0)
        if isinstance(m, FieldInfo):
            lo = max(lo, _min_length(list(m.metadata)))
    return lo


def _pattern(metadata: list[Any]) -> str | None:
    for m in metadata:
        pattern = getattr(m, "pattern", None)
        if isinstance(pattern, str):
            return pattern
        if isinstance(m, FieldInfo):
            inner = _pattern(list(m.metadata))
            if inner is not None:
                return inner
    return None


_PEOPLE = ("张三", "李四", "王五", "赵六", "陈七", "刘八")
_HANDLERS = ("王副部长", "李副部长", "张副部长")
_UNITS = ("V01", "V02", "V03", "一支部", "二支部")

#: Texts the other strategies draw, for fields named like theirs: who, which unit.
_DOMAIN_TEXTS = {
    "name": _PEOPLE,
    "by": _PEOPLE,
    "candidate": _PEOPLE,
    "cadre": _PEOPLE,
    "handler": _HANDLERS,
    "assignee": _HANDLERS,
    "unit": _UNITS,
    "organization": _UNITS,
    "branch": _UNITS,
}


def _text(metadata: list[Any], name: str, *, blank: bool) -> st.SearchStrategy[str]:
    validators = _validator_names(metadata)
    pattern = _pattern(metadata)
    if "checked_rule_id" in validators:
        return rule_ids()
    if pattern is not None:
        return st.from_regex(pattern, fullmatch=True)
    if name in _DOMAIN_TEXTS:
        return st.sampled_from(_DOMAIN_TEXTS[name]) | ids()
    if "_normalise_or_blank" in validators or (blank and _min_length(metadata) == 0):
        return st.just("") | ids()
    return ids()


def _number(tp: type, metadata: list[Any], name: str) -> st.SearchStrategy[Any]:
    lo, hi = _bounds(metadata)
    if tp is int:
        if "month" in name and lo is None and hi is None:
            return st.integers(1, 12)
        if "year" in name and lo is None and hi is None:
            lo = _FIRST_DAY.year
        if lo is not None and lo >= 1900:  # a year: keep it in the calendar's years
            return st.integers(max(lo, _FIRST_DAY.year), min(hi or 2200, _LAST_DAY.year))
        lo = 0 if lo is None else lo
        return st.integers(lo, hi if hi is not None else lo + 60)
    if tp is Decimal:
        low = Decimal(0) if lo is None else Decimal(lo)
        high = max(low, Decimal(1000)) if hi is None else Decimal(hi)
        return st.decimals(low, high, places=2, allow_nan=False, allow_infinity=False)
    low_f = Fraction(0) if lo is None else Fraction(lo)
    high_f = Fraction(1) if hi is None else Fraction(hi)
    return st.fractions(low_f, high_f, max_denominator=100)


def _days(metadata: list[Any]) -> st.SearchStrategy[dt.date]:
    lo, hi = _bounds(metadata)
    first = _FIRST_DAY if lo is None else max(lo, _FIRST_DAY)
    last = _LAST_DAY if hi is None else min(hi, _LAST_DAY)
    return st.dates(first, last) if first <= last else st.dates(lo or hi, hi or lo)


def _value(
    tp: Any, metadata: list[Any], name: str = "", *, item: bool = False
) -> st.SearchStrategy[Any]:
    """A strategy for values of annotation ``tp`` (field ``name``, with its ``metadata``).

    ``item``: the value is an element of a collection, where a blank text is never wanted.
    """
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Annotated:
        return _value(args[0], [*metadata, *args[1:]], name, item=item)
    if origin in (typing.Union, types.UnionType):
        return st.one_of(
            [_value(a, metadata if a is not type(None) else [], name, item=item) for a in args]
        )
    if origin is typing.Literal:
        return st.sampled_from(args)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            low = _min_length(metadata)
            each = _value(args[0], [], name, item=True)
            return st.lists(each, min_size=low, max_size=max(low, 3)).map(tuple)
        return st.tuples(*(_value(a, [], name, item=True) for a in args))
    if origin in (frozenset, set):
        return st.frozensets(_value(args[0], [], name, item=True), max_size=3)
    if origin is dict:
        keys = _value(args[0], [], name, item=True)
        return st.dictionaries(keys, _value(args[1], [], name, item=True), max_size=3)
    if isinstance(tp, typing.TypeVar) or tp is Any:
        return st.integers(0, 100)
    if tp is type(None):
        return st.none()
    if not isinstance(tp, type):
        raise TypeError(f"no strategy for the annotation {tp!r}")
    if issubclass(tp, Decision):
        return decisions()
    if issubclass(tp, BaseModel):
        return st.deferred(lambda: instances(tp))
    if issubclass(tp, enum.Enum):
        return st.sampled_from(list(tp))
    if tp is bool:
        return st.booleans()
    if tp in (int, Decimal, Fraction):
        return _number(tp, metadata, name)
    if tp is dt.date:
        return _days(metadata)
    if tp is str:
        return _text(metadata, name, blank=not item)
    raise TypeError(f"no strategy for the annotation {tp!r}")


def _validated(model: type[BaseModel], values: dict[str, Any]) -> BaseModel | None:
    try:
        return model.model_validate(values)
    except ValidationError:
        return None


@cache
def derived(model: type[BaseModel]) -> st.SearchStrategy[Any]:
    """Valid instances of ``model``, drawn field by field; draws its validators refuse are rejected.

    >>> from hypothesis import find
    >>> from orgwork.care import Disaster
    >>> isinstance(find(derived(Disaster), lambda d: True), Disaster)
    True
    """
    required: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for name, field in model.model_fields.items():
        key = field.alias or name
        strategy = _value(field.annotation, list(field.metadata), name)
        (required if field.is_required() else optional)[key] = strategy
    drawn = st.fixed_dictionaries(required, optional=optional)
    return drawn.map(lambda values: _validated(model, values)).filter(lambda m: m is not None)


#: Hand-written strategies, by model; filled in by `orgwork.strategies._registry`.
HAND_WRITTEN: dict[type[BaseModel], typing.Callable[[], st.SearchStrategy[Any]]] = {}


def instances(model: type[BaseModel]) -> st.SearchStrategy[Any]:
    """Valid instances of any public orgwork model: what ``st.from_type(model)`` draws.

    >>> from hypothesis import find
    >>> from orgwork.supervision import Case
    >>> find(instances(Case), lambda c: c.replied_on is not None).replied_on is not None
    True

    Any other pydantic model is drawn field by field, the same way; a field whose type
    cannot be drawn (not a number, text, date, choice, model or collection of them) is a
    `TypeError` naming the annotation.
    """
    if not (isinstance(model, type) and issubclass(model, BaseModel)):
        raise TypeError(f"model: a pydantic model class is needed, not {model!r}")
    made = HAND_WRITTEN.get(model)
    return made() if made is not None else derived(model)
