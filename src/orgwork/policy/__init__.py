"""Policy parameters: every number a locality may set, validated, with dated values.

A [`Policy`][orgwork.policy.Policy] is one frozen, validated tree: a section per domain, each
parameter with the seeds' value as its default and the seed phrase it comes
from. Towns differ, so every local number is a parameter:

>>> p = Policy.default()
>>> p.assessment.salary_top_n
4
>>> p5 = p.override({"assessment.salary_top_n": 5})
>>> (p.assessment.salary_top_n, p5.assessment.salary_top_n)
(4, 5)

Values can change over time. A *change* sets parameters from an effective
date on; [`Policy.at`][orgwork.policy.Policy.at] gives the values in force on a day:

>>> import datetime as dt
>>> q = p.with_change(dt.date(2027, 1, 1), {"supervision.reply_working_days": 10},
...                   source="某县委组织部文件")
>>> q.at(dt.date(2026, 12, 31)).supervision.reply_working_days
15
>>> q.at(dt.date(2027, 1, 1)).supervision.reply_working_days
10

An invalid value is an error naming the parameter:

>>> p.override({"supervision.reply_working_days": -1})
Traceback (most recent call last):
...
orgwork.errors.PolicyError: supervision.reply_working_days: Input should be greater than or equal to 1 (got -1)
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import tomllib
import weakref
from collections.abc import Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from orgwork.errors import PolicyError
from orgwork.policy._base import Count, ExactDecimal, NonNegativeCount, Ratio, Section, param
from orgwork.policy.assessment import AssessmentPolicy
from orgwork.policy.cadres import CadresPolicy
from orgwork.policy.care import CarePolicy
from orgwork.policy.membership import MembershipPolicy
from orgwork.policy.open_day import OpenDayPolicy
from orgwork.policy.organizations import OrganizationsPolicy
from orgwork.policy.selection import SelectionPolicy
from orgwork.policy.supervision import SupervisionPolicy

__all__ = [
    "AssessmentPolicy",
    "CadresPolicy",
    "CarePolicy",
    "Change",
    "Count",
    "ExactDecimal",
    "MembershipPolicy",
    "NonNegativeCount",
    "OpenDayPolicy",
    "OrganizationsPolicy",
    "ParameterInfo",
    "Policy",
    "Ratio",
    "Section",
    "SelectionPolicy",
    "SupervisionPolicy",
    "checked_policy",
    "param",
    "resolve",
]


class ParameterInfo(BaseModel):
    """Documentation of one parameter, as listed by [`Policy.parameters`][orgwork.policy.Policy.parameters]."""

    model_config = ConfigDict(frozen=True)

    path: str
    value: Any
    default: Any
    zh: str
    en: str
    source: str
    kind: str
    text: str | None = None
    formerly: str | None = None


def _flatten(values: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Flatten nested section tables into dotted paths, down to parameter leaves."""
    flat: dict[str, Any] = {}
    for key, value in values.items():
        path = f"{prefix}{key}"
        model = _model_at(path)
        if isinstance(value, Mapping) and model is not None:
            flat.update(_flatten(value, prefix=f"{path}."))
        else:
            flat[path] = value
    return flat


def _model_at(path: str) -> type[BaseModel] | None:
    """The model class at a dotted path of the policy tree, or None if the path is a leaf."""
    cls: type[BaseModel] = Policy
    for part in path.split("."):
        field = cls.model_fields.get(part)
        if field is None:
            return None
        ann = field.annotation
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            cls = ann
        else:
            return None
    return cls


def _check_path(path: str) -> None:
    """Raise PolicyError unless ``path`` names a parameter of the tree."""
    cls: type[BaseModel] = Policy
    parts = path.split(".")
    for i, part in enumerate(parts):
        field = cls.model_fields.get(part)
        if field is None or (i == 0 and part == "changes"):
            raise PolicyError(f"{path}: unknown parameter", parameter=path)
        ann = field.annotation
        last = i == len(parts) - 1
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            if last:
                raise PolicyError(
                    f"{path}: is a section; name one of its parameters", parameter=path
                )
            cls = ann
        elif not last:
            raise PolicyError(f"{path}: unknown parameter", parameter=path)


def _set_path(data: dict[str, Any], path: str, value: Any) -> None:
    parts = path.split(".")
    node = data
    for part in parts[:-1]:
        node = node[part]
    node[parts[-1]] = value


def _loc(err: Mapping[str, Any]) -> str:
    return ".".join(str(p) for p in err["loc"])


def _policy_error(exc: ValidationError, *, where: str = "") -> PolicyError:
    """Turn a pydantic ValidationError into a PolicyError naming every parameter."""
    errs = exc.errors(include_url=False)
    parts = []
    for e in errs:
        got = e.get("input")
        shown = "" if isinstance(got, (Mapping, list)) else f" (got {got!r})"
        loc = _loc(e) or "policy"
        msg = str(e["msg"])
        if e["type"] == "extra_forbidden":
            msg = "unknown parameter"
        parts.append(f"{loc}: {msg}{shown}")
    first = _loc(errs[0]) if errs else None
    return PolicyError(where + "; ".join(parts), parameter=first or None)


class Change(BaseModel):
    """Parameter values in force from ``effective`` on (until a later change).

    ``values`` maps dotted parameter paths to values; nested section tables
    are accepted and flattened (``{"supervision": {"reply_working_days": 10}}``).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    effective: _dt.date
    values: dict[str, Any]
    source: str | None = Field(default=None, description="The local document that sets them.")

    @field_validator("values", mode="before")
    @classmethod
    def _flatten_values(cls, raw: object) -> object:
        if isinstance(raw, Mapping):
            flat = _flatten(raw)
            for path in flat:
                _check_path(path)
            if not flat:
                raise ValueError("a change must set at least one parameter")
            return flat
        return raw


#: Policy.at's validated snapshots, per policy object (by id, dropped with the object).
_SNAPSHOTS: dict[int, dict[int, Policy]] = {}


class Policy(BaseModel):
    """Every number a locality may set, with the seeds' values as defaults.

    Build one with [`default`][orgwork.policy.Policy.default], [`from_toml`][orgwork.policy.Policy.from_toml], [`from_mapping`][orgwork.policy.Policy.from_mapping],
    [`override`][orgwork.policy.Policy.override] or [`with_change`][orgwork.policy.Policy.with_change]; each returns a new, validated
    policy (the model is frozen). Rules read the values in force on their
    date through [`at`][orgwork.policy.Policy.at].
    """

    model_config = ConfigDict(frozen=True, extra="forbid", validate_default=True)

    locality: str = Field(
        default="seed defaults",
        description="Name of the locality (镇/县/区) this policy is for.",
    )
    assessment: AssessmentPolicy = AssessmentPolicy()
    care: CarePolicy = CarePolicy()
    supervision: SupervisionPolicy = SupervisionPolicy()
    open_day: OpenDayPolicy = OpenDayPolicy()
    selection: SelectionPolicy = SelectionPolicy()
    cadres: CadresPolicy = CadresPolicy()
    organizations: OrganizationsPolicy = OrganizationsPolicy()
    membership: MembershipPolicy = MembershipPolicy()
    changes: tuple[Change, ...] = Field(
        default=(), description="Dated changes, applied in effective-date order."
    )
    as_of: _dt.date | None = Field(
        default=None, description="Set on the snapshot returned by at(): the day it is for."
    )

    @model_validator(mode="after")
    def _changes_apply(self) -> Policy:
        ordered = tuple(sorted(self.changes, key=lambda c: c.effective))
        if ordered != self.changes:
            object.__setattr__(self, "changes", ordered)
        data = self._base_data()
        for i, change in enumerate(ordered):
            for path, value in change.values.items():
                _set_path(data, path, value)
            try:
                Policy.model_validate(data)
            except ValidationError as exc:
                raise ValueError(
                    f"changes[{i}] effective {change.effective.isoformat()}: "
                    + str(_policy_error(exc))
                ) from None
        return self

    def _base_data(self) -> dict[str, Any]:
        return self.model_dump(exclude={"changes", "as_of"})

    # -- construction -----------------------------------------------------------------

    @classmethod
    def default(cls) -> Policy:
        """The seeds' values (and the documented local defaults)."""
        return cls()

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], *, origin: str = "") -> Policy:
        """Validate a nested mapping (as read from TOML or JSON) into a policy.

        Missing parameters take their defaults. A wrong type, a bad value or an
        unknown key raises [`PolicyError`][orgwork.errors.PolicyError] naming it.
        """
        where = f"{origin}: " if origin else ""
        try:
            return cls.model_validate(dict(data))
        except ValidationError as exc:
            raise _policy_error(exc, where=where) from exc

    @classmethod
    def from_toml(cls, path: str | Path) -> Policy:
        """Read a policy from a TOML file that sets only what differs from the defaults.

        The file may also hold ``[[changes]]`` tables (``effective``, ``source``
        and a ``values`` table) for values that change on a date.
        """
        p = Path(path)
        try:
            with p.open("rb") as f:
                data = tomllib.load(f)
        except FileNotFoundError:
            raise PolicyError(f"{p}: no such policy file") from None
        except tomllib.TOMLDecodeError as exc:
            raise PolicyError(f"{p}: not valid TOML: {exc}") from None
        return cls.from_mapping(data, origin=str(p))

    def override(self, values: Mapping[str, Any]) -> Policy:
        """A new policy with ``values`` (dotted paths or nested tables) replaced.

        The override applies to the base values; dated changes are kept and
        re-validated against the new base.
        """
        flat = _flatten(values)
        data = self.model_dump(exclude={"as_of"})
        for path, value in flat.items():
            _check_path(path)
            _set_path(data, path, value)
        try:
            return Policy.model_validate(data)
        except ValidationError as exc:
            raise _policy_error(exc) from exc

    def with_change(
        self, effective: _dt.date, values: Mapping[str, Any], *, source: str | None = None
    ) -> Policy:
        """A new policy where ``values`` take effect on ``effective``."""
        try:
            change = Change(effective=effective, values=dict(values), source=source)
            return Policy.model_validate(
                {
                    **self.model_dump(exclude={"changes", "as_of"}),
                    "changes": (*self.changes, change),
                }
            )
        except ValidationError as exc:
            raise _policy_error(exc) from exc

    # -- reading ----------------------------------------------------------------------

    def at(self, day: _dt.date) -> Policy:
        """The values in force on ``day``: a snapshot with the changes up to ``day`` applied."""
        if not self.changes:
            if self.as_of == day:
                return self
            return self.model_copy(update={"as_of": day})
        applied = sum(1 for change in self.changes if change.effective <= day)
        snapshot = self._snapshot(applied)
        return snapshot.model_copy(update={"as_of": day})

    def _snapshot(self, applied: int) -> Policy:
        """The base values with the first ``applied`` changes, validated once per policy.

        Every day between two changes has the same values: the snapshot is built and
        validated the first time one of those days is asked for, and shared (it is frozen)."""
        cache = _SNAPSHOTS.get(id(self))
        if cache is None:  # per object, not in it: a model_copy must not carry it along
            cache = _SNAPSHOTS[id(self)] = {}
            weakref.finalize(self, _SNAPSHOTS.pop, id(self), None)
        if applied not in cache:
            data = self._base_data()
            for change in self.changes[:applied]:
                for path, value in change.values.items():
                    _set_path(data, path, value)
            cache[applied] = Policy.model_validate(data)
        return cache[applied]

    def get(self, path: str) -> Any:
        """The value of the parameter at dotted ``path`` (base values, no changes applied)."""
        _check_path(path)
        node: Any = self
        for part in path.split("."):
            node = getattr(node, part)
        return node

    def parameters(self) -> Iterator[ParameterInfo]:
        """Every parameter with its value, default, meaning and source, in tree order."""
        yield from _walk(self, "")

    # -- output -----------------------------------------------------------------------

    def to_toml(self, lang: Literal["zh", "en"] | None = None) -> str:
        """The whole policy as TOML, each parameter preceded by its meaning and source.

        The meaning is given in Chinese and English, or in ``lang`` only.
        ``Policy.from_toml`` reads the result back to an equal policy.
        """
        if lang not in (None, "zh", "en"):
            raise ValueError(f"lang: expected 'zh', 'en' or None, got {lang!r}")
        return _to_toml(self, lang)


def _walk(model: BaseModel, prefix: str) -> Iterator[ParameterInfo]:
    cls = type(model)
    for name, field in cls.model_fields.items():
        if name in ("changes", "as_of", "locality") and prefix == "":
            continue
        value = getattr(model, name)
        path = f"{prefix}{name}"
        if isinstance(value, BaseModel) and isinstance(field.annotation, type):
            yield from _walk(value, f"{path}.")
            continue
        extra = field.json_schema_extra if isinstance(field.json_schema_extra, dict) else {}
        yield ParameterInfo(
            path=path,
            value=value,
            default=field.default,
            zh=str(extra.get("zh", "")),
            en=field.description or "",
            source=str(extra.get("source", "")),
            kind=str(extra.get("kind", "")),
            text=None if extra.get("text") is None else str(extra["text"]),
            formerly=None if extra.get("formerly") is None else str(extra["formerly"]),
        )


@functools.cache
def parameter_names() -> dict[str, str]:
    """Every parameter's Chinese description, by dotted path (for readable explanations).

    Examples:
        >>> parameter_names()["assessment.salary_top_n"][:6]
        '享受副科级待'
    """
    return {p.path: p.zh for p in Policy.default().parameters()}


def readings_markdown() -> str:
    """The *Readings* docs page body: every parameter whose default is a reading.

    A ``"local"`` parameter is a place where the texts leave a choice open
    (a tie, a window, a list ending in 等, a rounding, a boundary, a missing
    sheet) and the library chose a reading a locality may change. Each row
    gives the text it reads (or that the text is silent), the reading and
    why, the default, and the parameter that changes it. A last table lists
    the readings that changed, each with what orgwork did before and the
    value that restores it.
    """
    infos = list(Policy.default().parameters())
    local = [i for i in infos if i.kind == "local"]
    out = [
        "## Every reading\n",
        f"{len(local)} readings, generated from the policy's parameters.\n",
        "| parameter | the text | the reading (and why) | default |",
        "|---|---|---|---|",
    ]
    for info in local:
        text = f"「{info.text}」" if info.text else "*(silent)*"
        reading = info.source.removeprefix("local choice: ").removeprefix("local choice; ")
        out.append(
            _row(
                f"`{info.path}` ({info.zh})",
                text,
                f"{info.en}. {reading}",
                f"`{_default_text(info.default)}`",
            )
        )
    changed = [i for i in infos if i.formerly]
    if changed:
        out += [
            "",
            "## Readings that changed\n",
            "| parameter | now (default) | before, and how to get it back |",
            "|---|---|---|",
        ]
        out += [
            _row(f"`{i.path}`", f"`{_default_text(i.default)}`", str(i.formerly)) for i in changed
        ]
    return "\n".join(out)


def _row(*cells: str) -> str:
    return "| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |"


def _default_text(value: Any) -> str:
    from orgwork.decision import param_text

    return "none" if value is None else param_text(value)


def resolve(policy: Policy | None, day: _dt.date) -> Policy:
    """The policy in force on ``day`` (the default policy when ``policy`` is None).

    Rule functions call this with the day their rule is applied on. Anything
    but a [`Policy`][orgwork.policy.Policy] or None is a `TypeError` naming the argument
    (a mapping is not silently taken for the default policy).

    >>> resolve({}, _dt.date(2025, 1, 1))
    Traceback (most recent call last):
    ...
    TypeError: policy must be an orgwork Policy or None, not dict (build one with Policy.default().override({...}) or Policy.from_toml(path))
    """
    return checked_policy(policy).at(day)


def checked_policy(policy: object, name: str = "policy") -> Policy:
    """``policy`` itself, or the default policy for None; a TypeError naming ``name`` otherwise."""
    if policy is None:
        return _DEFAULT
    if not isinstance(policy, Policy):
        raise TypeError(
            f"{name} must be an orgwork Policy or None, not {type(policy).__name__} "
            "(build one with Policy.default().override({...}) or Policy.from_toml(path))"
        )
    return policy


_DEFAULT = Policy()


# -- a small TOML writer (the stdlib reads TOML but does not write it) ----------------


def _toml_key(key: str) -> str:
    if key and all((c.isalnum() and c.isascii()) or c in "-_" for c in key):
        return key
    return _toml_str(key)


def _toml_str(s: str) -> str:
    out = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{out}"'


def _toml_value(v: Any) -> str:
    if isinstance(v, enum.Enum):
        v = v.value
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, Decimal):
        return _toml_str(str(v))
    if isinstance(v, (_dt.date, _dt.datetime)):
        return v.isoformat()
    if isinstance(v, str):
        return _toml_str(v)
    if isinstance(v, (list, tuple, set, frozenset)):
        items = sorted(v, key=str) if isinstance(v, (set, frozenset)) else v
        return "[" + ", ".join(_toml_value(i) for i in items) + "]"
    if isinstance(v, BaseModel):
        v = v.model_dump()
    if isinstance(v, Mapping):
        return (
            "{ " + ", ".join(f"{_toml_key(str(k))} = {_toml_value(x)}" for k, x in v.items()) + " }"
        )
    raise TypeError(f"cannot write {type(v).__name__} as TOML")


def _comment(field: Any, lang: str | None = None) -> list[str]:
    extra = field.json_schema_extra if isinstance(field.json_schema_extra, dict) else {}
    lines = []
    if lang == "en" and field.description:
        lines.append(f"# {field.description}")
    elif lang == "zh" and extra.get("zh"):
        lines.append(f"# {extra['zh']}")
    elif lang is None and extra.get("zh"):
        lines.append(f"# {extra['zh']} — {field.description or ''}".rstrip(" —"))
    if extra.get("source"):
        lines.append(f"# [{extra.get('kind', '')}] {extra['source']}")
    return lines


def _table(model: BaseModel, header: str, out: list[str], lang: str | None = None) -> None:
    fields = type(model).model_fields
    subtables = []
    out.append(f"[{header}]")
    for name, field in fields.items():
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            subtables.append((name, value))
            continue
        if value is None:
            out.extend(_comment(field, lang))
            out.append(f"# {_toml_key(name)} =   (no default: set it if your rules need it)")
            continue
        out.extend(_comment(field, lang))
        out.append(f"{_toml_key(name)} = {_toml_value(value)}")
    out.append("")
    for name, value in subtables:
        _table(value, f"{header}.{_toml_key(name)}", out, lang)


def _to_toml(policy: Policy, lang: str | None = None) -> str:
    out = [
        "# orgwork policy: every number a locality may set.",
        "# Delete what you keep as it is; Policy.from_toml reads the rest over the defaults.",
        "",
        f"locality = {_toml_str(policy.locality)}",
        "",
    ]
    for name in Policy.model_fields:
        value = getattr(policy, name)
        if isinstance(value, BaseModel):
            _table(value, name, out, lang)
    for change in policy.changes:
        out.append("[[changes]]")
        out.append(f"effective = {change.effective.isoformat()}")
        if change.source is not None:
            out.append(f"source = {_toml_str(change.source)}")
        out.append("[changes.values]")
        out.extend(f"{_toml_str(k)} = {_toml_value(v)}" for k, v in change.values.items())
        out.append("")
    return "\n".join(out).rstrip() + "\n"
