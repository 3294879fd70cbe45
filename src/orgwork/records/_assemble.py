"""From the rows of a workbook to [`Records`][orgwork.records.Records], and back.

`assemble` reads every row of every sheet, attaches the rows of nested
sheets to their owner rows, validates each row with its model, then each
container (the relief fund, the ledger, a scheme) and each family, and
finally checks references across sheets. Every row ends either accepted or
reported; a reported row is in no record, and its problems say why, with the
sheet, the row and the column. `flatten` is the inverse: the rows a
workbook holds for given records.
"""

from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ValidationError

from orgwork.decision import Text
from orgwork.records._cells import BLANK, CellError, read_cell, write_cell
from orgwork.records._problems import Problem, SheetCount
from orgwork.records._records import Records, share
from orgwork.records._schema import SETTINGS, Column, Layout, Sheet, _is_model, _strip, layout

__all__ = ["Formula", "RawRow", "RawSheet", "Result", "assemble", "flatten"]


@dataclass(frozen=True)
class Formula:
    """A cell holding a formula: refused (a record holds values, not formulas)."""

    text: str


@dataclass
class RawRow:
    """One row as read from a file: its number as the user sees it, and its cells by column key.

    ``numbers`` gives a cell its own row number where that differs (the
    vertical 基本信息 sheet, one item a row).
    """

    number: int
    cells: dict[str, Any]
    numbers: dict[str, int] = field(default_factory=dict)
    error: tuple[str, str] | None = None
    rejected: list[tuple[int, str, str, str]] = field(default_factory=list)


@dataclass
class RawSheet:
    """One sheet as found in a file: the name as written and its rows (blank rows left out)."""

    sheet: Sheet
    name: str
    rows: list[RawRow]
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Result:
    """The records read, with every sheet's counts and every problem found.

    ``sheets`` names every sheet read; ``ignored`` the sheets (or CSV files)
    of the file that were not read: the template's 说明 and 可选值, and any
    sheet whose name is not a records sheet (each also a note in ``problems``).
    """

    records: Records
    sheets: tuple[SheetCount, ...]
    problems: tuple[Problem, ...]
    ignored: tuple[str, ...] = ()


@dataclass
class _Row:
    sheet: Sheet
    name: str
    number: int
    data: dict[str, Any]
    link: tuple[Any, ...] = ()
    key: tuple[Any, ...] | None = None
    model: type[BaseModel] | None = None
    children: dict[str, list[_Row]] = field(default_factory=lambda: defaultdict(list))
    value: Any = None
    ok: bool = True
    numbers: dict[str, int] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)

    def header(self, column: Column) -> str:
        """The column's header as the file has it (its Chinese header otherwise)."""
        return self.headers.get(column.key, column.zh)


class _Ledger:
    """Keeps each row's fate and the problems, so that every row is counted once."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.status: dict[tuple[str, int], bool] = {}
        self.names: dict[str, str] = {}

    def seen(self, sheet: str, name: str, number: int) -> None:
        self.names[sheet] = name
        self.status[(sheet, number)] = True

    def reject(self, row: _Row, zh: str, en: str, column: str | None = None) -> None:
        self.problems.append(
            Problem(sheet=row.name, row=row.number, column=column, severity="error", zh=zh, en=en)
        )
        row.ok = False
        self.status[(row.sheet.key, row.number)] = False
        for rows in row.children.values():
            for child in rows:
                if child.ok:
                    self.reject(
                        child,
                        f"所属的{row.name}第{row.number}行未被接受,本行一并退回",
                        f"its owner row {row.number} of {row.name} was not accepted",
                    )

    def note(self, name: str, number: int | None, column: str | None, zh: str, en: str) -> None:
        self.problems.append(
            Problem(sheet=name, row=number, column=column, severity="note", zh=zh, en=en)
        )

    def counts(self, order: Iterable[str]) -> tuple[SheetCount, ...]:
        by_sheet: dict[str, list[bool]] = defaultdict(list)
        for (key, _), ok in self.status.items():
            by_sheet[key].append(ok)
        out = []
        for key in order:
            fates = by_sheet.get(key, [])
            if key not in self.names and not fates:
                continue
            accepted = sum(fates)
            out.append(
                SheetCount(
                    sheet=self.names.get(key, key),
                    read=len(fates),
                    accepted=accepted,
                    reported=len(fates) - accepted,
                )
            )
        return tuple(out)


# -- reading ------------------------------------------------------------------------------


def _put(data: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    for part in path[:-1]:
        data = data.setdefault(part, {})
    data[path[-1]] = value


def _get(data: Any, path: tuple[str, ...]) -> Any:
    cur: Any = data
    for part in path:
        cur = cur.get(part) if isinstance(cur, Mapping) else getattr(cur, part, None)
        if cur is None:
            return None
    return cur


def _tidy(data: dict[str, Any], columns: Iterable[Column]) -> None:
    """A Text with one half filled gets '' for the other; nested groups left all blank are dropped."""
    halves = [c.path[:-1] for c in columns if c.path and c.path[-1] in ("zh", "en")]
    for base in set(halves):
        node = _get(data, base)
        if isinstance(node, dict) and node and set(node) <= {"zh", "en"}:
            node.setdefault("zh", "")
            node.setdefault("en", "")

    def prune(node: dict[str, Any]) -> None:
        for k in list(node):
            v = node[k]
            if isinstance(v, dict):
                prune(v)
                if not v:
                    del node[k]

    prune(data)


def _parse(
    raw: RawRow, sheet: Sheet, name: str, ledger: _Ledger, headers: Mapping[str, str] | None = None
) -> _Row:
    row = _Row(sheet, name, raw.number, {}, numbers=raw.numbers, headers=dict(headers or {}))
    if sheet.key == SETTINGS:  # one item a row
        for number in set(raw.numbers.values()) or {raw.number}:
            ledger.seen(sheet.key, name, number)
        for number, column, zh, en in raw.rejected:  # items that are not items of the sheet
            ledger.seen(sheet.key, name, number)
            ledger.problems.append(
                Problem(sheet=name, row=number, column=column, severity="error", zh=zh, en=en)
            )
            ledger.status[(sheet.key, number)] = False
    else:
        ledger.seen(sheet.key, name, raw.number)
    errors: list[tuple[str | None, str, str]] = []
    columns = list(sheet.all_columns)
    if raw.error is not None:  # a row the file itself could not give (not an object, ...)
        ledger.reject(row, *raw.error)
        return row
    if sheet.variants:
        kind_col = sheet.columns[0]
        try:
            kind, notes = read_cell(kind_col, raw.cells.get(kind_col.key))
        except CellError as exc:
            ledger.reject(row, exc.zh, exc.en, row.header(kind_col))
            return row
        if kind is BLANK:
            ledger.reject(
                row, f"{kind_col.zh}必须填写", f"{kind_col.en} is required", row.header(kind_col)
            )
            return row
        row.model = sheet.variants[kind]
        fields = set(row.model.model_fields)
        for c in sheet.columns[1:]:
            if c.path[0] not in fields and raw.cells.get(c.key) not in (None, ""):
                errors.append(
                    (
                        row.header(c),
                        f"“{kind_col.zh}”为“{write_cell(kind_col, kind, 'zh', 'csv')}”时本列应为空",
                        f"must be empty for this {kind_col.en}",
                    )
                )
        columns = [c for c in columns if c.path[0] in fields or c.path[0] == "@owner"]
    else:
        row.model = sheet.model
    link: list[Any] = []
    for c in columns:
        cell = raw.cells.get(c.key)
        where = raw.numbers.get(c.key, raw.number)
        if isinstance(cell, Formula):
            errors.append(
                (
                    row.header(c),
                    f"公式单元格“{cell.text}”:请填写数值而不是公式",
                    f"formula {cell.text!r}: enter a value, not a formula",
                )
            )
            continue
        try:
            value, notes = read_cell(c, cell)
        except CellError as exc:
            errors.append((row.header(c), exc.zh, exc.en))
            continue
        for zh, en in notes:
            ledger.note(name, where, row.header(c), zh, en)
        if value is BLANK:
            if c.path[0] == "@owner" or (c.required and c.kind != "str"):
                errors.append((row.header(c), f"{c.zh}必须填写", f"{c.en} is required"))
                continue
            if c.kind == "str" and c.required:
                value = ""
            elif c.nullable:
                value = None
            else:
                continue
        if c.path[0] == "@owner":
            link.append(value)
        elif sheet.mapping:
            row.data[c.path[0]] = value
        else:
            _put(row.data, c.path, value)
    if errors and sheet.key == SETTINGS:
        # 基本信息 holds one item a row: a bad item is reported alone, the others stand
        by_header = {row.header(c): c for c in columns}
        for head, zh, en in errors:
            item = by_header.get(head or "")
            number = raw.numbers.get(item.key, raw.number) if item is not None else raw.number
            ledger.problems.append(
                Problem(sheet=name, row=number, column=head, severity="error", zh=zh, en=en)
            )
            ledger.status[(sheet.key, number)] = False
        errors = []
    if errors:
        for head, zh, en in errors:
            ledger.problems.append(
                Problem(sheet=name, row=raw.number, column=head, severity="error", zh=zh, en=en)
            )
        row.ok = False
        ledger.status[(sheet.key, raw.number)] = False
        return row
    _tidy(row.data, columns)
    row.link = tuple(link)
    if sheet.key_paths:
        row.key = tuple(_get(row.data, p) for p in sheet.key_paths)
    return row


def _errors(
    exc: ValidationError, sheet: Sheet, headers: Mapping[str, str] | None = None
) -> list[tuple[str | None, str, str]]:
    by_path = {c.path: c for c in sheet.all_columns}
    heads = headers or {}
    out: list[tuple[str | None, str, str]] = []
    for e in exc.errors(include_url=False):
        loc = tuple(str(x) for x in e["loc"])
        column = None
        for n in range(len(loc), 0, -1):
            if loc[:n] in by_path:
                col = by_path[loc[:n]]
                column = heads.get(col.key, col.zh)
                break
        out.append((column, _zh_error(e), f"{'.'.join(loc) or 'row'}: {e['msg']}"))
    return out


_ZH_ERRORS = {
    "missing": "必须填写",
    "greater_than_equal": "应不小于{ge}",
    "greater_than": "应大于{gt}",
    "less_than_equal": "应不大于{le}",
    "less_than": "应小于{lt}",
    "string_too_short": "不能为空",
    "too_short": "项数不足",
    "date_from_datetime_inexact": "应为日期",
}


def _zh_error(e: Any) -> str:
    template = _ZH_ERRORS.get(e["type"])
    if template is not None:
        try:
            return template.format(**(e.get("ctx") or {}))
        except (KeyError, IndexError):
            return template
    msg = str(e.get("msg", "")).removeprefix("Value error, ")
    return f"不符合规则:{msg}"


def _copy_tree(data: dict[str, Any]) -> dict[str, Any]:
    """A copy of the nested dicts of a row (their values are cell values, never changed)."""
    return {k: _copy_tree(v) if isinstance(v, dict) else v for k, v in data.items()}


def _blank_texts(model: type[BaseModel], node: dict[str, Any]) -> None:
    """A group that is there reads its required texts left blank as '' (a blank cell is no text)."""
    for name, info in model.model_fields.items():
        if name in node or not info.is_required():
            continue
        tp, nullable = _strip(info.annotation)
        if tp is str and not nullable:
            node[name] = ""
        elif tp is Text and not nullable:
            node[name] = {"zh": "", "en": ""}


def _validate_row(row: _Row, ledger: _Ledger) -> None:
    """Validate one row with its nested rows' values in place (children were validated first)."""
    data = _copy_tree(row.data)
    for child in layout().children(row.sheet.key):  # a nested sheet with no rows: empty
        _put(data, child.path, {} if child.mapping else [])
    for key, children in row.children.items():
        sheet = layout().sheet(key)
        good = [c for c in children if c.ok]
        if sheet.mapping:
            mapping: dict[Any, Any] = {}
            for c in good:
                if c.data["key"] in mapping:
                    ledger.reject(
                        c,
                        f"“{_show(c.data['key'])}”重复",
                        f"{c.data['key']!r} is repeated",
                        c.header(sheet.columns[0]),
                    )
                    continue
                mapping[c.data["key"]] = c.data["value"]
            _put(data, sheet.path, mapping)
        else:
            _put(data, sheet.path, [c.value for c in good if c.ok])
    if row.sheet.mapping:
        row.value = (row.data["key"], row.data["value"])
        return
    assert row.model is not None
    try:
        row.value = row.model.model_validate(data)
    except ValidationError as exc:
        errs = _errors(exc, row.sheet, row.headers)
        for column, zh, en in errs[1:]:
            ledger.problems.append(
                Problem(
                    sheet=row.name, row=row.number, column=column, severity="error", zh=zh, en=en
                )
            )
        column, zh, en = errs[0]
        ledger.reject(row, zh, en, column)


def _show(value: Any) -> str:
    return str(getattr(value, "value", value))


def assemble(raw: Mapping[str, RawSheet], problems: Iterable[Problem] = ()) -> Result:
    """Records from the raw sheets (by sheet key); ``problems`` are the file's own, carried over."""
    lay = layout()
    ledger = _Ledger()
    ledger.problems.extend(problems)
    rows: dict[str, list[_Row]] = {}
    for sheet in lay.sheets:
        found = raw.get(sheet.key)
        if found is None:
            rows[sheet.key] = []
            continue
        ledger.names[sheet.key] = found.name  # a sheet with no row is counted too
        rows[sheet.key] = [_parse(r, sheet, found.name, ledger, found.headers) for r in found.rows]
    settings = rows[SETTINGS][0] if rows[SETTINGS] else None
    # duplicates and owners
    index: dict[str, dict[tuple[Any, ...], _Row]] = {}
    for sheet in lay.sheets:
        if not sheet.key_paths:
            continue
        seen: dict[tuple[Any, ...], _Row] = {}
        within: dict[tuple[Any, ...], _Row] = {}  # a nested row's key is unique within its owner
        for r in rows[sheet.key]:
            if not r.ok or r.key is None:
                continue
            first = within.get((*r.link, *r.key))
            if first is not None:
                what = "、".join(_show(k) for k in r.key)
                ledger.reject(
                    r,
                    f"与第{first.number}行重复({what})",
                    f"repeats row {first.number} ({', '.join(_show(k) for k in r.key)})",
                    r.header(sheet.columns[0]) if sheet.key_paths == (("id",),) else None,
                )
                continue
            within[(*r.link, *r.key)] = r
            seen.setdefault(r.key, r)
        index[sheet.key] = seen
    for sheet in lay.sheets:
        if sheet.owner is None:
            continue
        owners = index.get(sheet.owner, {})
        owner_sheet = lay.sheet(sheet.owner)
        for r in rows[sheet.key]:
            if not r.ok:
                continue
            owner = owners.get(r.link)
            if owner is None or not owner.ok:
                what = "、".join(_show(k) for k in r.link)
                ledger.reject(
                    r,
                    f"{owner_sheet.zh}中没有{what}",
                    f"no {', '.join(_show(k) for k in r.link)} in {owner_sheet.en}",
                    r.header(sheet.links[0]) if sheet.links else None,
                )
                continue
            owner.children[sheet.key].append(r)
    # validate rows, deepest sheets first
    for sheet in reversed(lay.sheets):
        if sheet.key == SETTINGS:
            continue
        for r in rows[sheet.key]:
            if r.ok:
                _validate_row(r, ledger)
    tree = _Tree(lay, rows, settings, ledger)
    records = tree.build()
    from orgwork.records._refs import check_references

    records = check_references(records, tree, ledger)
    unique = tuple(dict.fromkeys(ledger.problems))  # a rebuild may find the same problem again
    return Result(records, ledger.counts(s.key for s in lay.sheets), unique)


class _Tree:
    """The records themselves: settings and top-level collections, validated container by container."""

    def __init__(
        self, lay: Layout, rows: dict[str, list[_Row]], settings: _Row | None, ledger: _Ledger
    ) -> None:
        self.lay = lay
        self.rows = rows
        self.settings = settings
        self.ledger = ledger
        #: each accepted top-level row by the collection path it is in
        self.placed: dict[tuple[str, ...], list[_Row]] = {}

    def build(self) -> Records:
        data: dict[str, Any] = (
            copy.deepcopy(self.settings.data) if self.settings and self.settings.ok else {}
        )
        for sheet in self.lay.sheets:
            if sheet.key == SETTINGS or sheet.owner is not None:
                continue
            good = [r for r in self.rows[sheet.key] if r.ok]
            self.placed[sheet.path] = good
        if "year" not in data:
            raise _NoYear()
        records = self._validate(Records, share(data), ())
        assert isinstance(records, Records)
        return records

    def _settings_rows(self, prefix: tuple[str, ...]) -> list[tuple[str, int]]:
        if self.settings is None:
            return []
        out = []
        for c in self.lay.sheet(SETTINGS).columns:
            if c.path[: len(prefix)] == prefix and c.key in self.settings.numbers:
                out.append((c.zh, self.settings.numbers[c.key]))
        return out

    def _collections(self, prefix: tuple[str, ...]) -> list[tuple[str, ...]]:
        return [p for p in self.placed if p[: len(prefix)] == prefix and len(p) == len(prefix) + 1]

    def _validate(
        self, model: type[BaseModel], data: dict[str, Any], prefix: tuple[str, ...]
    ) -> BaseModel:
        # nested single models first
        for name, info in model.model_fields.items():
            tp, _ = _strip(info.annotation)
            path = (*prefix, name)
            if _is_model(tp) and tp.__name__ != "Text":
                has_rows = any(p[: len(path)] == path and rows for p, rows in self.placed.items())
                node = data.get(name)
                if node is None and not has_rows:
                    continue
                node = node if isinstance(node, dict) else {}
                if node or has_rows:
                    _blank_texts(tp, node)
                value = self._validate_node(tp, node, path)
                if value is None:
                    data.pop(name, None)
                else:
                    data[name] = value
        for path in self._collections(prefix):
            good = [r.value for r in self.placed[path] if r.ok]
            if self.lay.sheet(".".join(path)).mapping:
                data[path[-1]] = dict(good)
            else:
                data[path[-1]] = good
        return model.model_validate(data)

    def _validate_node(
        self, model: type[BaseModel], node: dict[str, Any], path: tuple[str, ...]
    ) -> BaseModel | None:
        last: ValidationError | None = None
        for _ in range(1000):
            try:
                return self._validate(model, dict(node), path)
            except ValidationError as exc:
                last = exc
                if self._culprit(model, node, path, exc) is None:
                    break
        assert last is not None
        self._reject_node(path, last)
        return None

    def _culprit(
        self,
        model: type[BaseModel],
        node: dict[str, Any],
        path: tuple[str, ...],
        exc: ValidationError,
    ) -> _Row | None:
        """The top-level row to blame for a container's error (reported, then the container is retried)."""
        collections = self._collections(path)
        for e in exc.errors():
            loc = e["loc"]
            if len(loc) >= 2 and (*path, str(loc[0])) in self.placed and isinstance(loc[1], int):
                good = [r for r in self.placed[(*path, str(loc[0]))] if r.ok]
                if loc[1] < len(good):
                    r = good[loc[1]]
                    cols = _errors(exc, r.sheet)
                    self.ledger.reject(r, f"{cols[0][1]}", cols[0][2], cols[0][0])
                    return r
        for cpath in collections:
            good = [r for r in self.placed[cpath] if r.ok]
            if not good or self._fails(model, node, path, cpath, []) is not None:
                continue  # this collection is not what breaks the container
            whole = self._fails(model, node, path, cpath, good)
            if whole is None:
                continue
            # the shortest failing prefix (a ledger or a fund fails from its first bad entry
            # on): binary search, so a long ledger costs log n validations, not n
            lo, hi, err = 0, len(good), whole
            while hi - lo > 1:
                mid = (lo + hi) // 2
                found = self._fails(model, node, path, cpath, good[:mid])
                if found is None:
                    lo = mid
                else:
                    hi, err = mid, found
            r = good[hi - 1]
            self.ledger.reject(r, f"加入本行后{_zh_error(err)}", f"with this row: {err['msg']}")
            return r
        return None

    def _fails(
        self,
        model: type[BaseModel],
        node: dict[str, Any],
        path: tuple[str, ...],
        cpath: tuple[str, ...],
        rows: list[_Row],
    ) -> Any:
        """The first error of the container with collection ``cpath`` cut to ``rows``, or None."""
        saved = self.placed
        self.placed = {**saved, cpath: rows}
        try:
            self._validate(model, dict(node), path)
        except ValidationError as e:
            return e.errors()[0]
        finally:
            self.placed = saved
        return None

    def _reject_node(self, path: tuple[str, ...], exc: ValidationError) -> None:
        first = exc.errors()[0]
        zh, en = _zh_error(first), first["msg"]
        where = self._settings_rows(path)
        name = self.lay.sheet(SETTINGS).zh if self.settings is None else self.settings.name
        for column, number in where:
            self.ledger.problems.append(
                Problem(sheet=name, row=number, column=column, severity="error", zh=zh, en=en)
            )
            if self.settings is not None:
                self.ledger.status[(SETTINGS, number)] = False
        for cpath, rows in self.placed.items():
            if cpath[: len(path)] == path:
                for r in rows:
                    if r.ok:
                        self.ledger.reject(
                            r,
                            f"所属的{'·'.join(path)}未能读取:{zh}",
                            f"its container {'.'.join(path)} could not be read: {en}",
                        )


class _NoYear(ValueError):
    pass


# -- writing ------------------------------------------------------------------------------


def flatten(records: Records) -> dict[str, list[dict[str, Any]]]:
    """The rows of every sheet for ``records``: ``{sheet key: [{column key: value}]}``.

    The 基本信息 sheet has one row (its columns are laid out vertically by
    the writers). Values are Python values; the writers format them.
    """
    lay = layout()
    out: dict[str, list[dict[str, Any]]] = {s.key: [] for s in lay.sheets}
    out[SETTINGS].append(
        {
            c.key: _get(
                records.model_dump(mode="python", exclude_none=False, round_trip=True)
                if False
                else records,
                c.path,
            )
            for c in lay.sheet(SETTINGS).columns
        }
    )
    for sheet in lay.sheets:
        if sheet.key == SETTINGS or sheet.owner is not None:
            continue
        items = _get(records, sheet.path) or ()
        _emit(lay, sheet, items, {}, out)
    return out


def _emit(
    lay: Layout,
    sheet: Sheet,
    items: Any,
    link: dict[str, Any],
    out: dict[str, list[dict[str, Any]]],
) -> None:
    if sheet.mapping:
        for k, v in (items or {}).items():
            out[sheet.key].append({**link, "key": k, "value": v})
        return
    children = lay.children(sheet.key)
    for item in items:
        row = dict(link)
        for c in sheet.columns:
            row[c.key] = _get_attr(item, c.path)
        out[sheet.key].append(row)
        if children:
            own = {("@owner." + ".".join(p)): _get_attr(item, p) for p in sheet.key_paths}
            for child in children:
                _emit(lay, child, _get_attr(item, child.path) or (), own, out)


def _get_attr(item: Any, path: tuple[str, ...]) -> Any:
    cur = item
    for part in path:
        if cur is None:
            return None
        cur = cur.get(part) if isinstance(cur, Mapping) else getattr(cur, part, None)
    return cur
