"""MkDocs hook: fill generated pages from the code, so they are never written by hand."""

from __future__ import annotations

import html
from typing import Any

#: The marker of docs/records.md that expands to one section per sheet of the workbook.
RECORDS_MARKER = "<!-- records-sheets -->"

#: The year of the sample town whose first rows illustrate the sheets.
SAMPLE_YEAR = 2025

_KINDS = {
    "str": "text",
    "int": "whole number",
    "decimal": "number",
    "date": "date",
    "bool": "yes-no",
    "choice": "one of a list",
    "list": "a list",
}
_ITEM_KINDS = {
    "str": "texts",
    "int": "whole numbers",
    "decimal": "numbers",
    "date": "dates",
    "bool": "yes-no values",
    "choice": "choices",
}


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    if "<!-- catalogue -->" in markdown:
        from orgwork.rules import catalogue, catalogue_markdown

        body = f"{len(catalogue())} rules, generated from `orgwork.rules.catalogue()`.\n\n"
        markdown = markdown.replace("<!-- catalogue -->", body + catalogue_markdown())
    if "<!-- policy -->" in markdown:
        from orgwork.policy import Policy

        rows = ["| parameter | default | kind | source |", "|---|---|---|---|"]
        for info in Policy.default().parameters():
            default = "*(none: set it)*" if info.value is None else f"`{info.value}`"
            src = info.source.replace("|", "\\|")
            rows.append(f"| `{info.path}` ({info.zh}) | {default} | {info.kind} | {src} |")
        markdown = markdown.replace("<!-- policy -->", "\n".join(rows))
    if "<!-- readings -->" in markdown:
        from orgwork.policy import readings_markdown

        markdown = markdown.replace("<!-- readings -->", readings_markdown())
    if RECORDS_MARKER in markdown:
        markdown = markdown.replace(RECORDS_MARKER, records_sheets_markdown())
    return markdown


# -- the records workbook, sheet by sheet ------------------------------------------------------


def _cell(value: Any) -> str:
    """``value`` as the text of a Markdown table cell: one line, markup and ``|`` escaped."""
    if value is None:
        return ""
    text = " ".join(str(value).split())
    text = text.replace("\\", "\\\\")
    for ch in "`*_[]|":
        text = text.replace(ch, "\\" + ch)
    return html.escape(text, quote=False)


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _table(header: list[str], body: list[list[str]]) -> list[str]:
    return [_row(header), _row(["---"] * len(header)), *(_row(r) for r in body)]


def _kind(column: Any) -> str:
    if column.kind == "list" and column.item is not None:
        return f"a list of {_ITEM_KINDS[column.item.kind]}, separated by 、"
    return _KINDS[column.kind]


def _choices(choices: Any) -> str:
    return "; ".join(
        f"{_cell(c.zh)} ({_cell(c.en)})" if c.zh != c.en else _cell(c.zh) for c in choices
    )


def _allowed(column: Any) -> str:
    """The values a cell may hold: the choices' labels, yes / no, or a whole number's bounds."""
    if column.kind == "choice":
        return _choices(column.choices)
    if column.kind == "list" and column.item is not None and column.item.choices:
        return _choices(column.item.choices)
    if column.kind == "bool":
        return "是 (yes); 否 (no)"
    lo, hi = column.integer_bounds
    if lo is not None and hi is not None:
        return f"{lo}–{hi}"
    if lo is not None:
        return f"≥ {lo}"
    if hi is not None:
        return f"≤ {hi}"
    return ""


def _description(column: Any) -> str:
    text = _cell(column.description)
    if column.sample_setting:
        note = (
            "Sample setting (示例设定): only the sample town fills it; leave it empty "
            "and set the matching policy parameter instead."
        )
        text = f"{text} {note}" if text else note
    return text


def _example(column: Any, value: Any) -> str:
    from orgwork.records._cells import write_cell

    if value is None:
        return ""
    return _cell(write_cell(column, value, "zh", "csv"))


def _settings_section(sheet: Any, flat: dict[str, list[dict[str, Any]]]) -> list[str]:
    row = flat[sheet.key][0] if flat[sheet.key] else {}
    out = [
        f"## {sheet.zh} · {sheet.en}",
        "",
        f"Sheet name **{sheet.zh}** or **{sheet.en}**; JSON key `{sheet.key}` (an object, not a "
        "list of rows). This sheet is **vertical**: it has three columns, "
        "**项目 | 内容 | 说明** (*item | value | note*), and one item a row. Write the item's "
        "name (Chinese, English or its JSON key) under 项目 and its value under 内容; 说明 is "
        "for the reader and is not read. Only 年度 (year) is required; the rest are filled as a "
        "town has them, and a family's items may all be left empty. The last column shows "
        f"what the sample town of {SAMPLE_YEAR} writes under 内容.",
        "",
    ]
    body = [
        [
            _cell(c.zh),
            _cell(c.en),
            f"`{c.key}`",
            _kind(c),
            "yes" if c.required else "",
            _allowed(c),
            _description(c),
            _example(c, row.get(c.key)),
        ]
        for c in sheet.columns
    ]
    out += _table(
        [
            "项目 (item)",
            "English item",
            "JSON key",
            "type",
            "required",
            "allowed values",
            "description",
            f"sample town {SAMPLE_YEAR} (内容)",
        ],
        body,
    )
    return [*out, ""]


def _variant_required(sheet: Any) -> dict[str, list[str]]:
    """For a sheet of several kinds of row: each column key → the kinds that require it."""
    kind_col = sheet.columns[0]
    labels = {c.value: c.zh for c in kind_col.choices}
    out: dict[str, list[str]] = {}
    for kind, model in sheet.variants.items():
        for c in sheet.columns[1:]:
            info = model.model_fields.get(c.path[0])
            if info is not None and info.is_required():
                out.setdefault(c.key, []).append(labels.get(kind, kind))
    return out


def _variants_note(sheet: Any) -> list[str]:
    kind_col = sheet.columns[0]
    out = [
        f"Each row is one of several kinds, chosen in **{kind_col.zh}** ({kind_col.en}); a "
        "column that the row's kind does not use must be left empty. The columns each kind "
        "uses (required ones marked \\*):",
        "",
    ]
    for choice in kind_col.choices:
        model = sheet.variants[choice.value]
        used = []
        for c in sheet.columns[1:]:
            info = model.model_fields.get(c.path[0])
            if info is None:
                continue
            used.append(f"{c.zh}\\*" if info.is_required() else c.zh)
        out.append(f"- **{choice.zh}** ({choice.en}): {'、'.join(used) or '(none)'}")
    return [*out, ""]


def _sheet_section(sheet: Any, lay: Any, flat: dict[str, list[dict[str, Any]]]) -> list[str]:
    rows = flat[sheet.key]
    under = f" (under {lay.sheet(sheet.owner).zh})" if sheet.owner is not None else ""
    out = [f"### {sheet.zh} · {sheet.en}{under}", ""]
    intro = f"Sheet name **{sheet.zh}** or **{sheet.en}**; JSON key `{sheet.key}`."
    if sheet.owner is not None:
        owner = lay.sheet(sheet.owner)
        intro += (
            f" Nested under **{owner.zh}** ({owner.en}): each row belongs to one row of that "
            "sheet, named by the columns starting with 所属 (*owner*): "
            + "; ".join(
                f"**{link.zh}** holds that row's {link.zh.removeprefix('所属')}"
                for link in sheet.links
            )
            + f". A row naming no row of {owner.zh} is reported."
        )
    if sheet.mapping:
        key, value = sheet.columns
        intro += (
            f" One row per entry: **{key.zh}** ({key.en}) and its **{value.zh}** "
            f"({value.en}); each {key.zh} at most once"
            + (f" per row of {lay.sheet(sheet.owner).zh}." if sheet.owner else ".")
        )
    intro += f" The sample town of {SAMPLE_YEAR} has {len(rows)} row{'s' * (len(rows) != 1)}."
    out += [intro, ""]
    by_kind = _variant_required(sheet) if sheet.variants else {}
    body = []
    for c in sheet.all_columns:
        if c.required or (by_kind and len(by_kind.get(c.key, ())) == len(sheet.variants)):
            required = "yes"
        elif c.key in by_kind:
            required = "for " + "、".join(by_kind[c.key])
        else:
            required = ""
        body.append(
            [
                _cell(c.zh),
                _cell(c.en),
                f"`{c.key}`",
                _kind(c),
                required,
                _allowed(c),
                _description(c),
            ]
        )
    out += _table(
        [
            "Chinese header",
            "English header",
            "JSON key",
            "type",
            "required",
            "allowed values",
            "description",
        ],
        body,
    )
    out.append("")
    if sheet.variants:
        out += _variants_note(sheet)
    out += [f"Example (the first row of the sample town, {SAMPLE_YEAR}):", ""]
    if rows:
        first = rows[0]
        out += _table(
            [_cell(c.zh) for c in sheet.all_columns],
            [[_example(c, first.get(c.key)) for c in sheet.all_columns]],
        )
    else:
        out.append("(no example)")
    return [*out, ""]


def _sheet_pages() -> list[tuple[str, str, str]]:
    """One page per sheet: (sheet key, title, markdown), in workbook order."""
    from orgwork.records._assemble import flatten
    from orgwork.records._schema import SETTINGS, layout
    from orgwork.samples import records

    lay = layout()
    flat = flatten(records(SAMPLE_YEAR))
    pages = []
    for sheet in lay.sheets:
        lines = (
            _settings_section(sheet, flat)
            if sheet.key == SETTINGS
            else _sheet_section(sheet, lay, flat)
        )
        title = f"{sheet.zh} · {sheet.en}"
        body = "\n".join([f"# {title}", "", *lines[1:]])  # the page heading replaces the section's
        body += (
            f"\n\nGenerated from `orgwork.records._schema.layout()`; the example is the sample "
            f"town's records of {SAMPLE_YEAR}. [All sheets](../records.md#the-sheets).\n"
        )
        pages.append((sheet.key, title, body))
    return pages


def on_files(files: Any, config: Any, **_: Any) -> Any:
    """Add the generated page of every sheet of the records workbook (``records/<key>.md``)."""
    from mkdocs.structure.files import File

    for key, _title, body in _sheet_pages():
        files.append(File.generated(config, f"records/{key}.md", content=body))
    return files


def records_sheets_markdown() -> str:
    """The index of the sheets, grouped by rule family, each linking to its generated page."""
    from orgwork.records._records import FAMILIES
    from orgwork.records._schema import _FAMILY_LABELS, SETTINGS, layout

    lay = layout()
    out = [
        f"{len(lay.sheets)} sheets, generated from `orgwork.records._schema.layout()`; each has "
        "a page of its own with every column (headers, type, allowed values) and an example "
        f"row from the sample town of {SAMPLE_YEAR}.",
        "",
    ]
    family = None
    for sheet in lay.sheets:
        this = "" if sheet.key == SETTINGS else sheet.key.split(".", 1)[0]
        if this != family and this in FAMILIES:
            family = this
            zh, en = _FAMILY_LABELS[this]
            out += ["", f"**{zh} · {en}**", ""]
        owner = f" (rows belong to {lay.sheet(sheet.owner).zh})" if sheet.owner else ""
        out.append(
            f"- [{sheet.zh} · {sheet.en}](records/{sheet.key}.md): "
            f"{len(sheet.all_columns)} columns{owner}"
        )
    return "\n".join(out)
