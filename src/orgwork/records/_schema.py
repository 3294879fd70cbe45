"""The records workbook's layout, derived from the models: one sheet per collection, one column per field.

Nothing here is written by hand per sheet. `layout` walks
[`Records`][orgwork.records.Records]:

* the records' own fields and every family's single values (a department's
  name, a review day, the relief fund's name) are the rows of one
  key-value sheet, 基本信息;
* a field holding a tuple of models (or a union of models told apart by a
  ``kind``) becomes a sheet; a model nested inside a row adds its fields to
  that row's columns (header ``候选人·姓名``), and a collection inside a row
  becomes a sheet whose rows name their owner row by its key (``所属编号``);
* a mapping becomes a two-column sheet; a tuple of plain values is one cell
  (``第一项、第二项``); a [`Text`][orgwork.decision.Text] is two cells,
  Chinese and English.

Headers, sheet names and enum labels come from `orgwork.records._labels`.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import types
import typing
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any, Literal, Union

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from orgwork.decision import Text
from orgwork.records._base import SAMPLE_SETTING, marker
from orgwork.records._labels import ENUMS, FIELDS
from orgwork.records._records import FAMILIES, Records

__all__ = ["Choice", "Column", "Kind", "Layout", "Sheet", "layout"]

Kind = Literal["str", "int", "decimal", "date", "bool", "choice", "list"]

#: The family prefixes of the 基本信息 rows.
_FAMILY_LABELS: dict[str, tuple[str, str]] = {
    "assessment": ("考核", "assessment"),
    "care": ("关怀", "care"),
    "supervision": ("监督", "supervision"),
    "open_day": ("开放日", "open day"),
    "selection": ("选任", "selection"),
    "membership": ("党员管理", "membership"),
}

#: The records' own fields (the 基本信息 sheet's first rows).
_ROOT_LABELS: dict[str, tuple[str, str]] = {
    "year": ("年度", "year"),
    "town": ("乡镇(县)", "town (county)"),
    "county": ("县(市、区)", "county"),
    "prefecture": ("市", "prefecture"),
    "province": ("省", "province"),
}

#: The two columns of a mapping's sheet: (key header, value header) in each language.
_MAPPING_LABELS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "MonthlySheet.points": (("分项编号", "item"), ("得分", "points")),
    "AssessmentRecords.sample_quotas": (("用途", "use"), ("名额", "places")),
}

#: The fields that name a row of a model with no ``id``, for the rows of its collections.
_KEYS: dict[str, tuple[tuple[str, ...], ...]] = {
    "MonthlySheet": (("unit",), ("year",), ("month",)),
    "Applicant": (("evaluation", "applicant"),),
    "ServiceHistory": (("cadre",), ("position",), ("since",)),
    "Sitting": (("name",),),
    "OpenDay": (("held_on",),),
    "OpenSelection": (("record", "procedure"),),
}

SETTINGS = "settings"
SETTINGS_NAMES = ("基本信息", "basic information")
README_NAMES = ("说明", "read me")


@dataclass(frozen=True)
class Choice:
    """One allowed value of an enumerated column: the stored value and its labels."""

    value: Any
    zh: str
    en: str


@dataclass(frozen=True)
class Column:
    """One column of a sheet.

    ``path`` is the field path inside the row (``("candidate", "name")``;
    ``("reason", "zh")`` for the Chinese half of a Text). ``kind`` says how
    a cell is read; ``item`` is the element column of a ``list`` cell.
    """

    path: tuple[str, ...]
    zh: str
    en: str
    kind: Kind
    required: bool = False
    choices: tuple[Choice, ...] = ()
    nullable: bool = False
    item: Column | None = None
    description: str = ""
    sample_setting: bool = False
    integer_bounds: tuple[int | None, int | None] = (None, None)

    @property
    def key(self) -> str:
        """The column's machine name (the JSON key): the dotted field path."""
        return ".".join(self.path)

    def header(self, lang: str) -> str:
        """The header in ``lang``."""
        return self.zh if lang == "zh" else self.en

    def names(self) -> tuple[str, ...]:
        """Every header the readers accept for this column."""
        return (self.zh, self.en, self.key)


@dataclass(frozen=True)
class Sheet:
    """One sheet of the workbook.

    ``path`` is the attribute path of the collection, from the records for a
    top-level sheet and from the owner row for a nested one; ``owner`` is the
    owner sheet's key (None: the records themselves); ``links`` are the
    columns naming the owner row (its key columns, renamed). A sheet of a
    union has ``variants`` (the ``kind`` value → model); a mapping's sheet has
    ``mapping`` set and two columns.
    """

    key: str
    zh: str
    en: str
    path: tuple[str, ...]
    owner: str | None
    model: type[BaseModel] | None
    columns: tuple[Column, ...]
    links: tuple[Column, ...] = ()
    key_paths: tuple[tuple[str, ...], ...] = ()
    variants: dict[str, type[BaseModel]] = field(default_factory=dict)
    mapping: bool = False
    context: tuple[str, str] = ("", "")

    def name(self, lang: str) -> str:
        """The sheet name in ``lang``."""
        return self.zh if lang == "zh" else self.en

    def names(self) -> tuple[str, ...]:
        """Every sheet name the readers accept."""
        return (self.zh, self.en, self.key)

    @property
    def all_columns(self) -> tuple[Column, ...]:
        """The owner links, then the data columns."""
        return (*self.links, *self.columns)


@dataclass(frozen=True)
class Layout:
    """The whole workbook: the 基本信息 sheet first, then every collection in model order."""

    sheets: tuple[Sheet, ...]

    def sheet(self, key: str) -> Sheet:
        """The sheet with ``key``."""
        for s in self.sheets:
            if s.key == key:
                return s
        raise LookupError(f"no sheet {key!r}")

    def children(self, key: str | None) -> tuple[Sheet, ...]:
        """The sheets owned by the rows of sheet ``key`` (None: by the records)."""
        return tuple(s for s in self.sheets if s.owner == key and s.key != SETTINGS)


# -- types --------------------------------------------------------------------------------


def _strip(tp: Any) -> tuple[Any, bool]:
    """The type without Annotated and Optional, and whether None is allowed."""
    nullable = False
    while True:
        origin = typing.get_origin(tp)
        if origin is typing.Annotated:
            tp = typing.get_args(tp)[0]
            continue
        if origin in (Union, types.UnionType):
            args = [a for a in typing.get_args(tp) if a is not type(None)]
            if len(args) < len(typing.get_args(tp)):
                nullable = True
            if len(args) == 1:
                tp = args[0]
                continue
            return Union[tuple(args)], nullable  # noqa: UP007 - rebuilt at run time
        return tp, nullable


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


def _union_models(tp: Any) -> tuple[type[BaseModel], ...] | None:
    if typing.get_origin(tp) in (Union, types.UnionType):
        args = [_strip(a)[0] for a in typing.get_args(tp)]
        if args and all(_is_model(a) for a in args):
            return tuple(args)
    return None


def _choices_of(tp: Any, owner: str) -> tuple[Choice, ...] | None:
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        out = []
        for m in tp:
            zh, en = ENUMS.get(f"{tp.__name__}.{m.value}", (str(m.value), str(m.value)))
            out.append(Choice(m, zh, en))
        return tuple(out)
    if typing.get_origin(tp) is Literal:
        out = []
        for v in typing.get_args(tp):
            zh, en = ENUMS.get(f"{owner}.{v}", (str(v), str(v)))
            out.append(Choice(v, zh, en))
        return tuple(out)
    return None


def _scalar_kind(tp: Any) -> Kind | None:
    if tp is bool:
        return "bool"
    if tp is int:
        return "int"
    if tp is Decimal:
        return "decimal"
    if tp is dt.date:
        return "date"
    if tp is str:
        return "str"
    return None


def _bounds(info: FieldInfo) -> tuple[int | None, int | None]:
    lo = hi = None
    for m in info.metadata:
        lo = getattr(m, "ge", lo)
        hi = getattr(m, "le", hi)
    return (lo if isinstance(lo, int) else None, hi if isinstance(hi, int) else None)


def _label(owner: str, name: str) -> tuple[str, str]:
    found = FIELDS.get(f"{owner}.{name}")
    if found is None:
        raise KeyError(f"no label for {owner}.{name} in orgwork.records._labels.FIELDS")
    return found


# -- the walk -----------------------------------------------------------------------------


class _Builder:
    def __init__(self) -> None:
        self.sheets: list[Sheet] = []

    def columns(
        self,
        model: type[BaseModel],
        prefix: tuple[str, ...],
        label: tuple[str, str],
        sheet_key: str,
        owner_name: str,
        required_parent: bool,
        nest: tuple[str, str] = ("", ""),
    ) -> list[Column]:
        """The columns of ``model``'s fields, adding a sheet for each collection among them."""
        out: list[Column] = []
        for name, info in model.model_fields.items():
            mark = marker(info.json_schema_extra)
            if mark == "inherited":
                continue
            tp, nullable = _strip(info.annotation)
            own = zh, en = _label(model.__name__, name)
            if label[0]:
                zh, en = f"{label[0]}·{zh}", f"{label[1]}·{en}"
            required = required_parent and info.is_required() and not nullable
            path = (*prefix, name)
            desc = info.description or ""
            sample = mark == SAMPLE_SETTING
            if sample:
                zh, en = f"示例设定·{zh}", f"sample setting·{en}"
            kind = _scalar_kind(tp)
            choices = _choices_of(tp, model.__name__)
            if tp is Text:
                out.append(
                    Column(
                        (*path, "zh"),
                        zh,
                        f"{en} (Chinese)",
                        "str",
                        required,
                        description=desc,
                        sample_setting=sample,
                    )
                )
                out.append(
                    Column(
                        (*path, "en"),
                        f"{zh}(英文)",
                        en,
                        "str",
                        required,
                        description=desc,
                        sample_setting=sample,
                    )
                )
            elif kind is not None or choices is not None:
                out.append(
                    Column(
                        path,
                        zh,
                        en,
                        kind or "choice",
                        required,
                        choices or (),
                        nullable=nullable,
                        description=desc,
                        sample_setting=sample,
                        integer_bounds=_bounds(info),
                    )
                )
            elif typing.get_origin(tp) in (tuple, frozenset) and self._plain_items(tp, model):
                item_tp = _strip(typing.get_args(tp)[0])[0]
                item_choices = _choices_of(item_tp, model.__name__)
                item = Column(
                    (), zh, en, _scalar_kind(item_tp) or "choice", True, item_choices or ()
                )
                out.append(
                    Column(
                        path,
                        zh,
                        en,
                        "list",
                        required,
                        nullable=nullable,
                        item=item,
                        description=desc,
                        sample_setting=sample,
                    )
                )
            elif _is_model(tp):
                out.extend(
                    self.columns(
                        tp, path, (zh, en), sheet_key, owner_name, required and not nullable, own
                    )
                )
            elif typing.get_origin(tp) in (tuple, frozenset, dict):
                self.collection(model, name, tp, path, sheet_key, nest)
            else:
                raise TypeError(f"{model.__name__}.{name}: no column for type {tp!r}")
        return out

    def _plain_items(self, tp: Any, model: type[BaseModel]) -> bool:
        args = typing.get_args(tp)
        if not args:
            return False
        item = _strip(args[0])[0]
        return _scalar_kind(item) is not None or _choices_of(item, model.__name__) is not None

    def collection(
        self,
        owner_model: type[BaseModel],
        name: str,
        tp: Any,
        path: tuple[str, ...],
        owner_sheet: str,
        nest: tuple[str, str],
    ) -> None:
        """Add the sheet of a collection field (its rows belong to a row of ``owner_sheet``)."""
        zh_name, en_name = _label(owner_model.__name__, name)
        context = nest
        if owner_sheet != SETTINGS and not nest[0]:
            o = next(s for s in self.sheets if s.key == owner_sheet)
            context = (o.zh, o.en)
        key = f"{owner_sheet}.{'.'.join(path)}" if owner_sheet != SETTINGS else ".".join(path)
        owner = None if owner_sheet == SETTINGS else owner_sheet
        links = self.links(owner)
        origin = typing.get_origin(tp)
        if origin is dict:
            k_tp, v_tp = (_strip(a)[0] for a in typing.get_args(tp))
            (kz, ke), (vz, ve) = _MAPPING_LABELS[f"{owner_model.__name__}.{name}"]
            kcol = Column(
                ("key",),
                kz,
                ke,
                _scalar_kind(k_tp) or "choice",
                True,
                _choices_of(k_tp, owner_model.__name__) or (),
            )
            vcol = Column(
                ("value",),
                vz,
                ve,
                _scalar_kind(v_tp) or "choice",
                True,
                _choices_of(v_tp, owner_model.__name__) or (),
            )
            self.sheets.append(
                Sheet(
                    key,
                    zh_name,
                    en_name,
                    path,
                    owner,
                    None,
                    (kcol, vcol),
                    links,
                    mapping=True,
                    context=context,
                )
            )
            return
        item_tp = _strip(typing.get_args(tp)[0])[0]
        variants = _union_models(item_tp)
        at = len(self.sheets)
        if variants is not None:
            cols: dict[str, Column] = {}
            by_kind: dict[str, type[BaseModel]] = {}
            for v in variants:
                kind_value = typing.get_args(v.model_fields["kind"].annotation)[0]
                by_kind[kind_value] = v
                for c in self.columns(v, (), ("", ""), key, v.__name__, True):
                    if c.key == "kind":
                        continue
                    if c.key not in cols:
                        cols[c.key] = Column(
                            c.path,
                            c.zh,
                            c.en,
                            c.kind,
                            False,
                            c.choices,
                            nullable=c.nullable,
                            item=c.item,
                            description=c.description,
                        )
            kind_zh, kind_en = _label(variants[0].__name__, "kind")
            kind_col = Column(
                ("kind",),
                kind_zh,
                kind_en,
                "choice",
                True,
                tuple(
                    Choice(k, *ENUMS.get(f"{m.__name__}.{k}", (k, k))) for k, m in by_kind.items()
                ),
            )
            sheet = Sheet(
                key,
                zh_name,
                en_name,
                path,
                owner,
                None,
                (kind_col, *cols.values()),
                links,
                variants=by_kind,
                context=context,
            )
            self.sheets.insert(at, sheet)
            return
        if not _is_model(item_tp):
            raise TypeError(f"{owner_model.__name__}.{name}: no sheet for items of {item_tp!r}")
        key_paths = self.key_paths(item_tp)
        placeholder = Sheet(key, zh_name, en_name, path, owner, item_tp, (), links, key_paths)
        self.sheets.insert(at, placeholder)
        cols_list = self.columns(item_tp, (), ("", ""), key, item_tp.__name__, True)
        self.sheets[self.sheets.index(placeholder)] = Sheet(
            key,
            zh_name,
            en_name,
            path,
            owner,
            item_tp,
            tuple(cols_list),
            links,
            key_paths,
            context=context,
        )

    def key_paths(self, model: type[BaseModel]) -> tuple[tuple[str, ...], ...]:
        if model.__name__ in _KEYS:
            return _KEYS[model.__name__]
        if "id" in model.model_fields:
            return (("id",),)
        return ()

    def links(self, owner: str | None) -> tuple[Column, ...]:
        """The columns naming the owner row, for the rows of a sheet under ``owner``."""
        if owner is None:
            return ()
        sheet = next(s for s in self.sheets if s.key == owner)
        if not sheet.key_paths:
            raise TypeError(
                f"sheet {owner}: its rows have collections but no key (add it to _KEYS)"
            )
        out = []
        by_path = {c.path: c for c in sheet.all_columns}
        for p in sheet.key_paths:
            c = by_path.get(p)
            if c is None:  # the key column is added after the placeholder: look it up by label
                c = self._key_column(sheet, p)
            out.append(
                Column(
                    ("@owner", *p),
                    f"所属{c.zh}",
                    f"owner {c.en}",
                    c.kind,
                    True,
                    c.choices,
                    description=f"The {c.en} of the row of {sheet.en} this row belongs to.",
                )
            )
        return tuple(out)

    def _key_column(self, sheet: Sheet, path: tuple[str, ...]) -> Column:
        model: Any = sheet.model
        labels: list[tuple[str, str]] = []
        tp: Any = None
        for part in path:
            info = model.model_fields[part]
            labels.append(_label(model.__name__, part))
            tp = _strip(info.annotation)[0]
            model = tp
        zh = "·".join(z for z, _ in labels)
        en = "·".join(e for _, e in labels)
        return Column(path, zh, en, _scalar_kind(tp) or "choice", True, _choices_of(tp, "") or ())


@functools.cache
def layout() -> Layout:
    """The workbook's layout (computed once)."""
    b = _Builder()
    settings_cols: list[Column] = []
    for name, (zh, en) in _ROOT_LABELS.items():
        info = Records.model_fields[name]
        kind = _scalar_kind(_strip(info.annotation)[0])
        assert kind is not None
        settings_cols.append(
            Column(
                (name,),
                zh,
                en,
                kind,
                info.is_required(),
                integer_bounds=(1949, 2200) if name == "year" else (None, None),
            )
        )
    for family in FAMILIES:
        model = Records.model_fields[family].annotation
        assert isinstance(model, type)
        assert issubclass(model, BaseModel)
        fz, fe = _FAMILY_LABELS[family]
        settings_cols.extend(b.columns(model, (family,), (fz, fe), SETTINGS, model.__name__, False))
    settings = Sheet(SETTINGS, *SETTINGS_NAMES, (), None, Records, tuple(settings_cols))
    sheets = (settings, *_disambiguate(b.sheets))
    _check_unique(sheets)
    return Layout(sheets)


def _disambiguate(sheets: list[Sheet]) -> list[Sheet]:
    """Sheets of the same name (a model reached by two paths) take their context as a prefix."""
    out = []
    for s in sheets:
        same = [o for o in sheets if o.zh == s.zh or o.en == s.en]
        if len(same) > 1 and s.context[0]:
            s = replace(s, zh=f"{s.context[0]}·{s.zh}", en=f"{s.context[1]} {s.en}")
        out.append(s)
    return out


def _check_unique(sheets: tuple[Sheet, ...]) -> None:
    for lang in ("zh", "en"):
        names = [s.name(lang) for s in sheets]
        dup = {n for n in names if names.count(n) > 1}
        if dup:
            raise AssertionError(f"sheet names repeat ({lang}): {sorted(dup)}")
        for s in sheets:
            heads = [c.header(lang) for c in s.all_columns]
            dup = {h for h in heads if heads.count(h) > 1}
            if dup:
                raise AssertionError(f"sheet {s.key}: headers repeat ({lang}): {sorted(dup)}")
