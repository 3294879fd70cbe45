"""The public models: every pydantic model a public package of orgwork exports.

One list for everything that shows them to the outside: ``orgwork schema``,
the HTTP API's OpenAPI spec and the hypothesis strategies registered for them.
A model is public when a package below names it in its ``__all__``; its path
is the first such package (a domain before the top-level ``orgwork``).
"""

from __future__ import annotations

import importlib
import inspect
from typing import Any

__all__ = ["PUBLIC_PACKAGES", "public_models"]

#: The packages whose ``__all__`` name the public models, in the order their paths are taken.
PUBLIC_PACKAGES = (
    "orgwork.decision",
    "orgwork.points",
    "orgwork.policy",
    "orgwork.rules",
    "orgwork.calendar",
    "orgwork.assessment",
    "orgwork.care",
    "orgwork.cadres",
    "orgwork.membership",
    "orgwork.open_day",
    "orgwork.organizations",
    "orgwork.selection",
    "orgwork.supervision",
    "orgwork.records",
    "orgwork.report",
    "orgwork",
)


def public_models() -> dict[str, type[Any]]:
    """Every public pydantic model by its public path (``orgwork.supervision.Case``), sorted.

    >>> models = public_models()
    >>> "orgwork.supervision.Case" in models and "orgwork.records.Records" in models
    True
    """
    from pydantic import BaseModel

    found: dict[type[Any], str] = {}
    for package in PUBLIC_PACKAGES:
        module = importlib.import_module(package)
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name, None)
            # a parametrised generic (Decision[int]) is its origin's model
            if inspect.isclass(obj) and issubclass(obj, BaseModel) and "[" not in obj.__name__:
                found.setdefault(obj, f"{package}.{name}")
    return dict(sorted((path, model) for model, path in found.items()))
