"""Strategies for the shared core: policies and decisions."""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from orgwork.decision import Decision, Reason, Text
from orgwork.ids import normalise_id
from orgwork.policy import Change, Policy
from orgwork.rules import catalogue

__all__ = ["changes", "decisions", "ids", "parameter_values", "policies", "rule_ids", "texts"]

_SECTIONS = [
    n
    for n, f in Policy.model_fields.items()
    if isinstance(f.annotation, type) and issubclass(f.annotation, BaseModel)
]


def _bounds(metadata: list[Any]) -> tuple[Any, Any]:
    lo = hi = None
    for m in metadata:
        lo = getattr(m, "ge", lo)
        hi = getattr(m, "le", hi)
        gt = getattr(m, "gt", None)
        if gt is not None:
            lo = gt + (Decimal("0.01") if isinstance(gt, Decimal) else 1)
        if isinstance(m, FieldInfo):  # nested Field(...) inside Annotated
            inner_lo, inner_hi = _bounds(m.metadata)
            lo = inner_lo if inner_lo is not None else lo
            hi = inner_hi if inner_hi is not None else hi
    return lo, hi


def _strategy_for(tp: Any, metadata: list[Any]) -> st.SearchStrategy[Any] | None:
    """A strategy for values of parameter type ``tp``, or None when it cannot be drawn safely."""
    origin = typing.get_origin(tp)
    if origin is typing.Annotated:
        inner, *extra = typing.get_args(tp)
        return _strategy_for(inner, [*metadata, *extra])
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) != 1:
            return None
        inner_s = _strategy_for(args[0], metadata)
        return None if inner_s is None else st.none() | inner_s
    if origin is tuple:
        targs = typing.get_args(tp)
        if len(targs) == 2 and targs[1] is Ellipsis:
            item = targs[0]
            choices: list[Any] | None = None
            if typing.get_origin(item) is typing.Literal:
                choices = list(typing.get_args(item))
            elif isinstance(item, type) and issubclass(item, enum.Enum):
                choices = list(item)
            if choices:
                return st.lists(st.sampled_from(choices), min_size=1, unique=True).map(tuple)
        return None
    lo, hi = _bounds(metadata)
    if tp is bool:
        return st.booleans()
    if tp is int:
        lo = 0 if lo is None else lo
        return st.integers(min_value=lo, max_value=hi if hi is not None else max(lo, 60))
    if tp is Decimal:
        lo = Decimal(0) if lo is None else Decimal(lo)
        hi = Decimal(1000) if hi is None else Decimal(hi)
        return st.decimals(min_value=lo, max_value=hi, places=2, allow_nan=False)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return st.sampled_from(list(tp))
    if origin is typing.Literal:
        return st.sampled_from(typing.get_args(tp))
    return None


def _leaf_strategy(field: FieldInfo) -> st.SearchStrategy[Any] | None:
    return _strategy_for(field.annotation, list(field.metadata))


def parameter_values() -> st.SearchStrategy[dict[str, Any]]:
    """Valid values for a random subset of the policy's parameters.

    Numbers (within their bounds), booleans, choices, optional parameters
    (unset or set) and sets of choices are drawn; tables and dates are not.
    The result maps dotted paths to values, ready for [`Policy.override`][orgwork.policy.Policy.override];
    combinations the policy refuses are filtered out by [`policies`][orgwork.strategies.policies].
    """
    leaves: dict[str, st.SearchStrategy[Any]] = {}
    for section in _SECTIONS:
        model = Policy.model_fields[section].annotation
        if not (isinstance(model, type) and issubclass(model, BaseModel)):  # pragma: no cover
            continue
        for name, field in model.model_fields.items():
            s = _leaf_strategy(field)
            if s is not None:
                leaves[f"{section}.{name}"] = s
    paths = sorted(leaves)
    return st.lists(st.sampled_from(paths), unique=True, max_size=6).flatmap(
        lambda chosen: st.fixed_dictionaries({p: leaves[p] for p in chosen})
    )


def _valid(values: dict[str, Any]) -> bool:
    try:
        Policy().override(values)
    except ValueError:
        return False
    return True


def policies() -> st.SearchStrategy[Policy]:
    """Valid policies: the defaults with a random set of parameters overridden."""
    return parameter_values().filter(_valid).map(lambda v: Policy().override(v))


def changes(
    min_day: dt.date = dt.date(2004, 1, 1), max_day: dt.date = dt.date(2030, 12, 31)
) -> st.SearchStrategy[Change]:
    """Valid dated changes setting one or more parameters."""
    return st.builds(
        lambda day, values: Change(effective=day, values=values),
        st.dates(min_day, max_day),
        parameter_values().filter(lambda v: bool(v) and _valid(v)),
    )


def texts() -> st.SearchStrategy[Text]:
    """Bilingual texts."""
    return st.builds(Text, zh=st.text(min_size=1, max_size=20), en=st.text(min_size=1, max_size=40))


def _normal(text: str) -> bool:
    try:
        return normalise_id(text) == text
    except ValueError:
        return False


def ids(*, max_size: int = 12) -> st.SearchStrategy[str]:
    """Identifiers already in their normal form ([`orgwork.ids`][orgwork.ids]): what a model keeps."""
    return st.text(
        st.characters(categories=("L", "N", "P", "S", "Zs")), min_size=1, max_size=max_size
    ).filter(_normal)


def rule_ids() -> st.SearchStrategy[str]:
    """Rule ids a decision may cite: catalogue ids and local markers (``local.<name>``)."""
    return st.one_of(
        st.sampled_from([r.id for r in catalogue()]),
        st.from_regex(r"local\.[a-z0-9_]{1,12}", fullmatch=True),
    )


_RULE_IDS = st.deferred(rule_ids)


def decisions() -> st.SearchStrategy[Decision[int]]:
    """Decisions with an integer value, arbitrary reasons and parameter records."""
    reasons = st.builds(
        Reason, rule=_RULE_IDS, zh=st.text(min_size=1, max_size=20), en=st.text(max_size=40)
    )
    scalar = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.text(max_size=10),
        st.dates().map(dt.date.isoformat),
    )
    params = st.dictionaries(
        st.from_regex(r"[a-z_]{2,8}\.[a-z_]{2,12}", fullmatch=True), scalar, max_size=4
    )
    return st.builds(
        Decision[int],
        rule=_RULE_IDS,
        subject=st.none() | st.text(min_size=1, max_size=12),
        outcome=st.from_regex(r"[a-z_]{2,12}", fullmatch=True),
        value=st.integers(),
        headline=texts(),
        reasons=st.lists(reasons, max_size=3).map(tuple),
        parameters=params,
        provisional=st.booleans(),
    )
