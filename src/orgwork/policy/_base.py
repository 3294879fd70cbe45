"""Building blocks of the policy tree: the section base class, ``param`` and exact number types."""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, Strict

from orgwork._numbers import DECIMAL_TEXT

__all__ = [
    "Count",
    "ExactDecimal",
    "NonNegativeCount",
    "Ratio",
    "Section",
    "exact_decimal",
    "param",
]

ParamKind = Literal["seed", "local", "national"]


def exact_decimal(value: object) -> object:
    """Accept ``Decimal``, ``int`` and numeric strings exactly; floats via their shortest repr.

    A float from a TOML file (``0.8``) becomes ``Decimal("0.8")``, what the
    user wrote, never ``Decimal(0.8)``'s binary expansion. Booleans, NaN and
    infinities are rejected.
    """
    if isinstance(value, bool):
        raise ValueError("a number is required, not a boolean")
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("a finite number is required")
        return Decimal(repr(value))
    if isinstance(value, str):
        text = value.strip()
        # Decimal() alone would also take Python's literal forms ("1_000") and any
        # script's digits ("٩٥"): a number here is an optional sign, ASCII digits
        # and at most one decimal point, nothing else.
        if not DECIMAL_TEXT.fullmatch(text):
            raise ValueError(
                f"not a number: {value!r} (write an optional sign, digits 0-9 and at most one '.')"
            )
        return Decimal(text)
    if isinstance(value, Decimal) and not value.is_finite():
        raise ValueError("a finite number is required")
    return value


#: An exact decimal number (never a float).
ExactDecimal = Annotated[Decimal, BeforeValidator(exact_decimal)]
#: A share between 0 and 1 inclusive, exact.
Ratio = Annotated[Decimal, BeforeValidator(exact_decimal), Field(ge=0, le=1)]
#: A whole number ≥ 1 (booleans rejected).
Count = Annotated[int, Strict(), Field(ge=1)]
#: A whole number ≥ 0 (booleans rejected).
NonNegativeCount = Annotated[int, Strict(), Field(ge=0)]


class Section(BaseModel):
    """Base class of every policy section: frozen, no unknown keys."""

    model_config = ConfigDict(frozen=True, extra="forbid", validate_default=True)


def param(
    default: Any,
    *,
    zh: str,
    en: str,
    source: str,
    kind: ParamKind = "seed",
    text: str | None = None,
    formerly: str | None = None,
    **constraints: Any,
) -> Any:
    """Declare a policy parameter.

    Args:
        default: the default value (the seed's number where the seed gives one).
        zh: the parameter's meaning in Chinese.
        en: the parameter's meaning in English.
        source: where the default comes from: ``"<seed file>: <phrase>"`` for a
            seed fact, the document's name for national rules, or the reason
            for a local choice.
        kind: ``"seed"`` (the seed states it), ``"national"`` (a national
            regulation states it) or ``"local"`` (a documented default the
            seeds do not fix; a locality should review it).
        text: for a ``"local"`` parameter, the words of the text it reads (a
            seed phrase, verbatim, or a regulation's words), when the reading
            interprets particular words rather than filling a silence. The
            generated *Readings* page shows it beside the reading.
        formerly: when the reading changed, what orgwork did before and the
            value that restores it; the *Readings* page lists these in its own table.
        constraints: pydantic ``Field`` constraints (``ge``, ``le``, ...).
    """
    extra: dict[str, Any] = {"zh": zh, "source": source, "kind": kind}
    if text is not None:
        extra["text"] = text
    if formerly is not None:
        extra["formerly"] = formerly
    return Field(default, description=en, json_schema_extra=extra, **constraints)
