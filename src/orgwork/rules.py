"""The rule catalogue: every rule orgwork implements, registered where it is implemented.

A rule is registered once, by decorating the function that implements it
with :func:`rule`. The registration records a stable dotted id, a Chinese and
an English title, the source (a seed file and the phrase the rule comes
from, or a named national document), and the policy parameters the rule
reads. :func:`catalogue` returns every registered rule; the docs and
``orgwork rules`` print it from here, never by hand.

>>> r = get("calendar.working_days")
>>> r.function
'orgwork.calendar.add_working_days'
>>> r.source.kind
'external'
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from typing import Any, Literal, ParamSpec, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from orgwork.errors import UnknownRuleError

__all__ = ["DOMAINS", "SEEDS", "Rule", "Source", "catalogue", "catalogue_json", "get", "rule"]

P = ParamSpec("P")
R = TypeVar("R")

#: The five seed work reports, by file name (see ``shared/seeds/README.md``).
SEEDS: dict[str, str] = {
    "000_d6bf9a3c8f5be95e.txt": "五篇经验交流材料(品牌组工、组工干部能力、组工文化、组工信息、组工干部监督)",
    "001_abf17c1f2718a70a.txt": "区委组织部建立健全维护群众利益决策机制工作情况的汇报",
    "002_c27f48baf07b5fdd.txt": "深化改革从严治部 切实加强组织部门自身建设",
    "003_5278913ac78e06dd.txt": "“三个之家”建设(丹阳市委组织部)",
    "004_10bb32bd277cce0c.txt": "合肥组织部门“开放日”活动侧记",
}

#: The modules that register rules; :func:`catalogue` imports them all.
DOMAINS: tuple[str, ...] = (
    "orgwork.calendar",
    "orgwork.assessment",
    "orgwork.care",
    "orgwork.supervision",
    "orgwork.open_day",
    "orgwork.selection",
    "orgwork.cadres",
    "orgwork.organizations",
)


class Source(BaseModel):
    """Where a rule comes from.

    ``document`` is a seed file name (a key of :data:`SEEDS`) or, for rules
    taken from national law or regulation, the document's official title.
    ``quote`` is a phrase of the source that states the rule; for seeds it
    appears verbatim in ``shared/seeds/readable/`` (a test checks this).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    document: str
    section: str
    quote: str

    @property
    def kind(self) -> Literal["seed", "external"]:
        """``"seed"`` for one of the five seed reports, ``"external"`` otherwise."""
        return "seed" if self.document in SEEDS else "external"


class Rule(BaseModel):
    """One catalogue entry."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z_]+(\.[a-z0-9_]+)+$")
    title_zh: str
    title_en: str
    source: Source
    parameters: tuple[str, ...] = ()
    function: str = Field(description="Import path of the implementing function.")

    def load(self) -> Callable[..., Any]:
        """Import and return the implementing function."""
        module, _, name = self.function.rpartition(".")
        obj: Any = importlib.import_module(module)
        for part in name.split("."):
            obj = getattr(obj, part)
        return obj  # type: ignore[no-any-return]


_REGISTRY: dict[str, Rule] = {}


def rule(
    id: str,
    *,
    zh: str,
    en: str,
    document: str,
    section: str,
    quote: str,
    parameters: tuple[str, ...] = (),
    public_name: str | None = None,
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Register the decorated function as the implementation of rule ``id``.

    ``public_name`` is the import path users should use, when the function
    is re-exported from a package (``"orgwork.assessment.rank"``); it
    defaults to the function's own module and name.
    """

    def register(func: Callable[P, R]) -> Callable[P, R]:
        entry = Rule(
            id=id,
            title_zh=zh,
            title_en=en,
            source=Source(document=document, section=section, quote=quote),
            parameters=parameters,
            function=public_name or f"{func.__module__}.{func.__qualname__}",
        )
        known = _REGISTRY.get(id)
        if known is not None and known.function != entry.function:
            raise ValueError(
                f"rule id {id!r} is registered twice: {known.function}, {entry.function}"
            )
        _REGISTRY[id] = entry
        func.__orgwork_rule__ = id  # type: ignore[attr-defined]
        return func

    return register


def _load_domains() -> None:
    for name in DOMAINS:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:  # a real import error inside the module
                raise


def catalogue() -> tuple[Rule, ...]:
    """Every registered rule, sorted by id."""
    _load_domains()
    return tuple(_REGISTRY[k] for k in sorted(_REGISTRY))


def get(rule_id: str) -> Rule:
    """The catalogue entry with id ``rule_id``; :class:`UnknownRuleError` if none."""
    _load_domains()
    try:
        return _REGISTRY[rule_id]
    except KeyError:
        raise UnknownRuleError(f"no rule {rule_id!r} in the catalogue") from None


def title(rule_id: str, lang: str = "zh") -> str:
    """A rule's title in ``lang``; the id itself for an id the catalogue does not know.

    Examples:
        >>> title("calendar.working_days", "en")[:20]
        'Periods counted in w'
        >>> title("local.my_rule")
        'local.my_rule'
    """
    try:
        r = get(rule_id)
    except UnknownRuleError:
        return rule_id
    return r.title_zh if lang == "zh" else r.title_en


def catalogue_json(*, indent: int | None = 2) -> str:
    """The catalogue as a JSON array (what ``orgwork rules --json`` prints)."""
    return json.dumps(
        [r.model_dump(mode="json") for r in catalogue()], ensure_ascii=False, indent=indent
    )


def catalogue_markdown() -> str:
    """The catalogue as Markdown, for the generated docs page."""
    out: list[str] = []
    for r in catalogue():
        out.append(f"### `{r.id}`\n")
        out.append(f"**{r.title_zh}** — {r.title_en}\n")
        where = r.source.document
        label = SEEDS.get(where)
        src = f"`{where}` ({label})" if label else where
        out.append(f"- Source: {src}, {r.source.section}: 「{r.source.quote}」")
        out.append(f"- Implemented by: [`{r.function}`][{r.function}]")
        if r.parameters:
            out.append("- Parameters: " + ", ".join(f"`{p}`" for p in r.parameters))
        out.append("")
    return "\n".join(out)
