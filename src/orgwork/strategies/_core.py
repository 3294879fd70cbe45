"""Strategies for the shared core: policies and decisions."""

from __future__ import annotations

import datetime as dt
import enum
import typing
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from orgwork.decision import Decision, Reason, Text
from orgwork.policy import Change, Policy

__all__ = ["changes", "decisions", "parameter_values", "policies", "texts"]

_SECTIONS = [
    n
    for n, f in Policy.model_fields.items()
    if isinstance(f.annotation, type) and issubclass(f.annotation, BaseModel)
]


def _bounds(field: FieldInfo) -> tuple[Any, Any]:
    lo = hi = None
    for m in field.metadata:
        lo = getattr(m, "ge", lo)
        hi = getattr(m, "le", hi)
    return lo, hi


def _leaf_strategy(field: FieldInfo) -> st.SearchStrategy[Any] | None:
    ann = field.annotation
    lo, hi = _bounds(field)
    if ann is bool:
        return st.booleans()
    if ann is int:
        lo = 0 if lo is None else lo
        return st.integers(min_value=lo, max_value=hi if hi is not None else max(lo, 60))
    if ann is Decimal:
        lo = Decimal(0) if lo is None else Decimal(lo)
        hi = Decimal(1) if hi is None else Decimal(hi)
        return st.decimals(min_value=lo, max_value=hi, places=2, allow_nan=False)
    if isinstance(ann, type) and issubclass(ann, enum.Enum):
        return st.sampled_from(list(ann))
    if typing.get_origin(ann) is typing.Literal:
        return st.sampled_from(typing.get_args(ann))
    return None


def parameter_values() -> st.SearchStrategy[dict[str, Any]]:
    """Valid values for a random subset of the numeric, boolean and choice parameters.

    The result maps dotted paths to values, ready for :meth:`Policy.override`.
    Parameters whose validity depends on other parameters are left out.
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


_RULE_IDS = st.from_regex(r"[a-z]{3,10}\.[a-z_]{3,12}", fullmatch=True)


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
