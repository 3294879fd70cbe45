"""Data frames at the edge: flat, typed columns from orgwork's rows (pandas, optional).

Every ``to_dataframe()`` of orgwork goes through `frame`, so the
columns follow one convention:

- a nested value (a decision's value model) becomes flat columns joined by
  ``.`` (``value.rank``, ``value.points``);
- dates become ``datetime64[ns]`` (missing: ``NaT``);
- points, amounts and rates (``Decimal``, ``Fraction``) become ``float64``
  numbers, or stay exact Python objects with ``exact=True``;
- whole numbers become pandas' nullable ``Int64``, truth values ``boolean``
  and texts ``string``, so a missing value is ``<NA>``, never a float NaN;
- an enumerated value becomes its code (``"refer"``);
- a tuple (the units tied with one) stays one cell holding the tuple.

pandas is an optional dependency (``pip install "orgwork[pandas]"``); without
it `frame` raises `ModuleNotFoundError` naming the extra.
"""

from __future__ import annotations

import datetime as _dt
import enum
import importlib
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["flat", "frame", "pandas"]


def pandas(what: str) -> Any:
    """The pandas module; a one-line `ModuleNotFoundError` naming the extra without it."""
    try:
        return importlib.import_module("pandas")
    except ModuleNotFoundError as exc:
        raise ModuleNotFoundError(
            f"{what} needs pandas: pip install 'orgwork[pandas]'", name="pandas"
        ) from exc


def flat(row: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """``row`` with nested mappings spread into ``outer.inner`` keys.

    >>> flat({"rule": "r", "value": {"rank": 1, "points": {"goals": 80}}})
    {'rule': 'r', 'value.rank': 1, 'value.points.goals': 80}
    """
    out: dict[str, Any] = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            out.update(flat(value, f"{name}."))
        else:
            out[name] = value.value if isinstance(value, enum.Enum) else value
    return out


def _kind(values: Sequence[Any]) -> str:
    present = [v for v in values if v is not None]
    if not present:
        return "empty"
    kinds = set()
    for v in present:
        if isinstance(v, bool):
            kinds.add("bool")
        elif isinstance(v, int):
            kinds.add("int")
        elif isinstance(v, Decimal | Fraction | float):
            kinds.add("number")
        elif isinstance(v, _dt.datetime):
            kinds.add("other")
        elif isinstance(v, _dt.date):
            kinds.add("date")
        elif isinstance(v, str):
            kinds.add("str")
        else:
            kinds.add("other")
    if kinds == {"int", "number"}:
        return "number"
    return kinds.pop() if len(kinds) == 1 else "other"


def frame(
    rows: Iterable[Mapping[str, Any]],
    *,
    columns: Sequence[str] | None = None,
    exact: bool = False,
    what: str = "to_dataframe",
) -> pd.DataFrame:
    """A ``pandas.DataFrame`` of ``rows`` (flattened) with the column types above.

    ``columns`` fixes the columns and their order (an empty table keeps them).
    ``exact=True`` keeps Decimals and Fractions as exact objects.
    """
    if not isinstance(exact, bool):
        raise TypeError(f"exact must be a bool, not {type(exact).__name__}")
    pd_ = pandas(what)
    data = [flat(r) for r in rows]
    names = (
        list(columns) if columns is not None else list(dict.fromkeys(k for r in data for k in r))
    )
    out = {}
    for name in names:
        values = [r.get(name) for r in data]
        kind = _kind(values)
        if kind == "date":
            out[name] = pd_.to_datetime(pd_.Series(values, dtype=object))
        elif kind == "number" and not exact:
            out[name] = pd_.Series(
                [None if v is None else float(v) for v in values], dtype="float64"
            )
        elif kind == "int":
            out[name] = pd_.Series(values, dtype="Int64")
        elif kind == "bool":
            out[name] = pd_.Series(values, dtype="boolean")
        elif kind == "str":
            out[name] = pd_.Series(values, dtype="string")
        else:
            out[name] = pd_.Series(values, dtype=object)
    result: pd.DataFrame = pd_.DataFrame(out, columns=names)
    return result
