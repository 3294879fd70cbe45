"""Markers shared by the records models (kept apart so that the family modules import no engine)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel

__all__ = [
    "INHERITED",
    "REVIEW_DAY",
    "SAMPLE_SETTING",
    "marked",
    "marker",
    "sample_setting",
    "year_end_defaults",
]

#: A family field filled from the records' own (``year``, ``town``, ...): no column of its own.
INHERITED: dict[str, Any] = {"orgwork_records": "inherited"}

#: A review day (the day a family's records are read as of): 31 December of the year when empty.
REVIEW_DAY: dict[str, Any] = {"orgwork_records": "review_day"}

#: An illustrative setting (示例设定) that only the bundled sample town fills.
SAMPLE_SETTING = "sample_setting"


def sample_setting() -> dict[str, Any]:
    """The ``json_schema_extra`` of an illustrative setting."""
    return {"orgwork_records": SAMPLE_SETTING}


def marker(extra: object) -> str | None:
    """The records marker of a field's ``json_schema_extra``, if any."""
    if isinstance(extra, dict):
        value = extra.get("orgwork_records")
        return value if isinstance(value, str) else None
    return None


def marked(model: type[BaseModel], mark: str) -> tuple[str, ...]:
    """The fields of ``model`` whose ``json_schema_extra`` carries the records marker ``mark``."""
    return tuple(n for n, f in model.model_fields.items() if marker(f.json_schema_extra) == mark)


def year_end_defaults(data: Any, fields: tuple[str, ...]) -> Any:
    """Fill each review day in ``fields`` that is missing or empty with 31 December of the year.

    Used by the family models' ``model_validator(mode="before")``: a town that
    leaves a review day empty has its records read as of the year's end.
    """
    if not isinstance(data, dict) or not isinstance(data.get("year"), int):
        return data
    year = data["year"]
    if not 1 <= year <= 9999:
        return data
    missing = [f for f in fields if data.get(f) in (None, "")]
    if not missing:
        return data
    return {**data, **{f: dt.date(year, 12, 31) for f in missing}}
