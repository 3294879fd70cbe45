"""MkDocs hook: fill generated pages from the code, so they are never written by hand."""

from __future__ import annotations

import html
import os
import textwrap
from pathlib import Path
from typing import Any

import griffe

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
        seeds = find_seeds()
        if seeds is None:
            body += (
                "*The seed texts (`shared/seeds/readable`) were not found beside this checkout "
                "(set `ORGWORK_SEEDS`), so sources are not linked to their paragraphs.*\n\n"
            )
        pages = _tests_folder() is not None
        catalogue_md = catalogue_markdown(seeds, test_pages=pages)
        markdown = markdown.replace("<!-- catalogue -->", body + catalogue_md)
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
    """Add the generated pages: every sheet of the records workbook (``records/<key>.md``),
    every seed text (``seeds/<file>.md``) and every test file with marked tests
    (``tests/<folder>/<file>.md``)."""
    from mkdocs.structure.files import File

    for key, _title, body in _sheet_pages():
        files.append(File.generated(config, f"records/{key}.md", content=body))
    for path, body in [*_seed_pages(), *_test_pages()]:
        files.append(File.generated(config, path, content=body))
    return files


# -- the seed texts, a paragraph an anchor ----------------------------------------------------


def find_seeds() -> Path | None:
    """The seeds' readable texts: ``$ORGWORK_SEEDS``, or ``shared/seeds/readable`` beside the
    checkout (as ``tests/conftest.py`` finds them); None when they are absent."""
    env = os.environ.get("ORGWORK_SEEDS")
    if env:
        return Path(env) if Path(env).is_dir() else None
    for parent in Path(__file__).resolve().parents[1:4]:
        candidate = parent / "shared" / "seeds" / "readable"
        if candidate.is_dir():
            return candidate
    return None


def _seed_pages() -> list[tuple[str, str]]:
    """One page per seed text: every line a paragraph, anchored ``#p<line>``."""
    from orgwork.rules import SEEDS

    folder = find_seeds()
    if folder is None:
        return []
    pages = []
    for name, label in SEEDS.items():
        file = folder / name
        if not file.is_file():
            continue
        out = [
            f"# {label}",
            "",
            f"`{name}`, the readable text of the seed report (`shared/seeds/readable/`), one "
            "paragraph a line, each numbered by its line; the rule catalogue links each rule "
            "to the paragraph it quotes. [Rule catalogue](../rules.md)",
            "",
        ]
        for i, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                text = html.escape(line.strip(), quote=False)
                out += [f'<p id="p{i}"><a href="#p{i}">¶{i}</a> {text}</p>', ""]
        pages.append((f"seeds/{name.removesuffix('.txt')}.md", "\n".join(out)))
    return pages


# -- the tests marked with a rule, a test an anchor ---------------------------------------------


def _tests_folder() -> Path | None:
    from orgwork.rules import _tests_dir

    folder = _tests_dir()
    return None if folder is None else Path(folder)


def _test_pages() -> list[tuple[str, str]]:
    """One page per test file holding tests marked with a rule: each marked test's source,
    anchored by its name (``Class--test`` for a method)."""
    import ast

    from orgwork.rules import _test_page, catalogue, marked_tests

    folder = _tests_folder()
    if folder is None:
        return []
    by_file: dict[str, dict[str, list[str]]] = {}
    for r in catalogue():
        for t in marked_tests(r.id) or ():
            where, _, name = t.partition("::")
            by_file.setdefault(where, {}).setdefault(name.split(" (line ", 1)[0], []).append(r.id)
    pages = []
    for where, tests in sorted(by_file.items()):
        source = (folder.parent / where).read_text(encoding="utf-8")
        nodes: dict[str, Any] = {}
        for node in ast.parse(source).body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                nodes[node.name] = node
            elif isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                        nodes[f"{node.name}::{item.name}"] = item
        lines = source.splitlines()
        out = [
            f"# `{where}`",
            "",
            "The tests of this file marked with a rule of the "
            "[rule catalogue](" + "../" * where.count("/") + "rules.md).",
            "",
        ]
        for name, ids in tests.items():
            node = nodes.get(name)
            anchor = _test_page(f"{where}::{name}").partition("#")[2]
            out.append(f'<h2 id="{html.escape(anchor)}">{html.escape(name)}</h2>')
            out += ["", "Rules: " + ", ".join(f"`{i}`" for i in ids), ""]
            if node is not None:
                first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
                block = textwrap.dedent("\n".join(lines[first - 1 : node.end_lineno]))
                out += [f"Line {node.lineno}:", "", "```python", block, "```", ""]
        pages.append((f"{where.removesuffix('.py')}.md", "\n".join(out)))
    return pages


# -- the API reference: no private base classes -------------------------------------------------


def _public_bases(cls: Any, seen: set[str]) -> list[Any]:
    """The bases of ``cls`` with every private base (``_Frozen``) replaced by its own bases."""
    out: list[Any] = []
    for base in cls.bases:
        name = str(base).rsplit(".", 1)[-1]
        if not name.startswith("_"):
            out.append(base)
            continue
        try:
            target = cls.modules_collection[base.canonical_path]
        except Exception:  # unresolvable: drop it rather than show a private name
            continue
        if target.path not in seen and getattr(target, "is_class", False):
            out += [b for b in _public_bases(target, {*seen, target.path}) if b not in out]
    return out


class PublicBases(griffe.Extension):
    """Griffe extension (mkdocs.yml): the reference shows no private base class."""

    def on_package(self, *, pkg: Any, **_: Any) -> None:
        stack = [pkg]
        while stack:
            obj = stack.pop()
            for member in obj.members.values():
                if member.is_alias:
                    continue
                if member.is_class:
                    member.bases = _public_bases(member, {member.path})
                if member.is_class or member.is_module:
                    stack.append(member)


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
