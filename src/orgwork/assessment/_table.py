"""Rankings as a table: rank, unit and points, shown as HTML in Jupyter and as a pandas DataFrame.

[`orgwork.decision.DecisionTable`][orgwork.decision.DecisionTable] already shows any decisions as a
table (subject, outcome, value, headline); a ranking reads better with its
own columns: 名次, 单位, 得分, who it is tied with and, for a unit that is
not ranked, its missing months. [`ranking_table`][orgwork.assessment.ranking_table] builds that table from
the output of [`rank`][orgwork.assessment.rank] (or from
[`Ranking`][orgwork.assessment.Ranking] values), with any extra columns the
caller names (a village's secretary, its salary status, ...).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from orgwork._args import as_collection
from orgwork._display import html_table
from orgwork.assessment._exact import show
from orgwork.assessment._model import Ranking
from orgwork.decision import Decision, Lang, Say, Text

__all__ = ["RANKING_COLUMNS", "RankingColumn", "RankingTable", "ranking_table"]

#: The table's own columns, in order, with their Chinese and English headings.
RANKING_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("year", "年度", "year"),
    ("town", "镇", "town"),
    ("kind", "类别", "kind"),
    ("rank", "名次", "rank"),
    ("unit", "单位", "unit"),
    ("points", "得分", "points"),
    ("tied_with", "并列", "tied with"),
    ("missing_months", "缺评月份", "missing months"),
)

if TYPE_CHECKING:
    import pandas as pd


class RankingColumn(BaseModel):
    """排名表附加列 — an extra column of a ranking table: a value per unit, with a heading.

    ``name`` is the DataFrame column name; ``label`` the heading shown in
    HTML and text; ``values`` maps a unit id to its cell (a unit not listed
    gets an empty cell).

    Examples:
        >>> c = RankingColumn(name="secretary", label=Text(zh="党组织书记", en="Secretary"),
        ...                   values={"东岭村": "王建国"})
        >>> c.cell("东岭村"), c.cell("西溪村")
        ('王建国', '')
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1, max_length=100)
    label: Text
    values: dict[str, str] = Field(default_factory=dict)

    def cell(self, unit: str) -> str:
        """The cell of ``unit`` (empty if the column has no value for it).

        Examples:
            >>> RankingColumn(name="x", label=Text(zh="甲", en="X")).cell("V01")
            ''
        """
        return self.values.get(unit, "")


class RankingTable(BaseModel):
    """排名表 — rankings as a table (名次、单位、得分), for notebooks, text and pandas.

    ``rows`` keep the order given (the order of [`rank`][orgwork.assessment.rank]:
    by year, town and kind, then by rank, unranked units last). In Jupyter the
    table shows itself as HTML (every text escaped); [`to_dataframe`][orgwork.assessment.RankingTable.to_dataframe]
    gives a ``pandas.DataFrame`` (pandas is optional and imported only then)
    whose ``points`` are exact `Decimal` values and whose
    ``rank`` is a nullable integer column (empty for an unranked unit).

    Examples:
        >>> r = Ranking(unit="东岭村", town="青石镇", kind="village", year=2025, points="958.5",
        ...             rank=1, ranked_units=1, tied_with=())
        >>> t = RankingTable(rows=(r,))
        >>> t.records()[0]["points"], len(t)
        (Decimal('958.5'), 1)
        >>> print(t.render("en"))
        rank  unit    points
        1     东岭村  958.5
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    rows: tuple[Ranking, ...] = ()
    columns: tuple[RankingColumn, ...] = ()

    @model_validator(mode="after")
    def _distinct_names(self) -> RankingTable:
        own = {c for c, _, _ in RANKING_COLUMNS}
        names = [c.name for c in self.columns]
        clash = sorted({n for n in names if n in own or names.count(n) > 1})
        if clash:
            raise ValueError(
                f"extra column names must be distinct and not a ranking column: {', '.join(clash)}"
            )
        return self

    def __len__(self) -> int:
        return len(self.rows)

    def column_names(self) -> tuple[str, ...]:
        """Every column name, in order: the ranking's own, then the extra ones.

        Examples:
            >>> RankingTable().column_names()[3:6]
            ('rank', 'unit', 'points')
        """
        return tuple(c for c, _, _ in RANKING_COLUMNS) + tuple(c.name for c in self.columns)

    def records(self) -> list[dict[str, Any]]:
        """One row per unit, as a dict keyed by [`column_names`][orgwork.assessment.RankingTable.column_names] (points exact, as Decimal).

        Examples:
            >>> RankingTable().records()
            []
        """
        out = []
        for r in self.rows:
            row: dict[str, Any] = {
                "year": r.year,
                "town": r.town,
                "kind": r.kind,
                "rank": r.rank,
                "unit": r.unit,
                "points": r.points,
                "tied_with": r.tied_with,
                "missing_months": r.missing_months,
            }
            row.update((c.name, c.cell(r.unit)) for c in self.columns)
            out.append(row)
        return out

    def to_dataframe(self, *, exact: bool = False) -> pd.DataFrame:
        """A ``pandas.DataFrame`` of [`records`][orgwork.assessment.RankingTable.records] (requires pandas).

        ``rank`` has pandas' nullable ``Int64`` type (no float NaN for an
        unranked unit); ``points`` are ``float64`` numbers, or exact Decimals
        with ``exact=True``. Without pandas: a ``ModuleNotFoundError`` naming
        the extra to install (``orgwork[pandas]``).

        Examples:
            >>> try:
            ...     columns = list(RankingTable().to_dataframe().columns)
            ... except ModuleNotFoundError:  # pandas not installed: the same names
            ...     columns = list(RankingTable().column_names())
            >>> columns[3:6]
            ['rank', 'unit', 'points']
        """
        from orgwork._frames import frame

        df = frame(
            self.records(),
            columns=list(self.column_names()),
            exact=exact,
            what="RankingTable.to_dataframe",
        )
        df["rank"] = df["rank"].astype("Int64")
        return df

    def _cells(self, lang: Lang) -> list[list[str]]:
        show_year = len({(r.year, r.town, r.kind) for r in self.rows}) > 1
        show_missing = any(r.missing_months for r in self.rows)
        show_tied = any(r.tied_with for r in self.rows)
        sep = "、" if lang == "zh" else ", "
        heads = []
        keep = []
        for key, zh, en in RANKING_COLUMNS:
            if key in ("year", "town", "kind") and not show_year:
                continue
            if (key == "missing_months" and not show_missing) or (
                key == "tied_with" and not show_tied
            ):
                continue
            heads.append(zh if lang == "zh" else en)
            keep.append(key)
        heads.extend(c.label(lang) for c in self.columns)
        rows = [heads]
        for rec, r in zip(self.records(), self.rows, strict=True):
            cells = []
            for key in keep:
                value = rec[key]
                if key == "rank":
                    text = "—" if value is None else str(value)
                elif key == "points":
                    text = show(Decimal(value))
                elif key in ("tied_with", "missing_months"):
                    text = sep.join(str(v) for v in value)
                else:
                    text = str(value)
                cells.append(text)
            cells.extend(c.cell(r.unit) for c in self.columns)
            rows.append(cells)
        return rows

    def render(self, lang: Lang = "zh") -> str:
        """The table as aligned plain text (year, town and kind shown only when they vary).

        Examples:
            >>> print(RankingTable().render())
            名次  单位  得分
        """
        rows = self._cells(lang)
        widths = [max(_width(row[i]) for row in rows) for i in range(len(rows[0]))]
        return "\n".join(
            "  ".join(
                cell + " " * (w - _width(cell)) for cell, w in zip(row, widths, strict=True)
            ).rstrip()
            for row in rows
        )

    def _repr_html_(self) -> str:
        zh, en = self._cells("zh"), self._cells("en")
        groups = sorted({(r.year, r.town) for r in self.rows})
        return html_table(
            zip(zh[0], en[0], strict=True),
            zh[1:],
            caption="; ".join(f"{town} {year}" for year, town in groups),
        )

    def __repr__(self) -> str:
        return f"RankingTable({len(self.rows)} rows)"


def _width(text: str) -> int:
    """Display width in a terminal: wide (CJK) characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


#: The heading of an ``extra`` column: its name, in both languages.
_NAMED = Say("{name}", "{name}")


def ranking_table(
    rankings: Iterable[Ranking | Decision[Ranking]],
    *,
    columns: Iterable[RankingColumn] = (),
    extra: Mapping[str, Mapping[str, str]] | None = None,
) -> RankingTable:
    """排名表 — the output of [`rank`][orgwork.assessment.rank] as a table (HTML, text, pandas).

    ``columns`` adds labelled columns; ``extra`` is a shortcut for columns
    whose heading is their name (``{"secretary": {"东岭村": "王建国"}}``).
    Rows keep the order given.

    Examples:
        >>> from orgwork.assessment import MonthlySheet, annual_totals, rank
        >>> sheets = [MonthlySheet(unit=u, town="青石镇", year=2025, month=m, points={"goals": p})
        ...           for u, p in [("东岭村", 80), ("西溪村", 83)] for m in range(1, 13)]
        >>> t = ranking_table(rank(annual_totals(sheets)), extra={"secretary": {"西溪村": "李秀兰"}})
        >>> [(row["rank"], row["unit"], row["points"], row["secretary"]) for row in t.records()]
        [(1, '西溪村', Decimal('996'), '李秀兰'), (2, '东岭村', Decimal('960'), '')]
    """
    rows = tuple(
        r.value if isinstance(r, Decision) else r for r in as_collection(rankings, "rankings")
    )
    cols = list(as_collection(columns, "columns", "RankingColumn"))
    if extra is not None and not isinstance(extra, Mapping):
        raise TypeError(
            f"extra must be a mapping of column name to values, not {type(extra).__name__}"
        )
    for name, values in (extra or {}).items():
        column = {"name": name, "label": _NAMED.text(name=name), "values": values}
        cols.append(RankingColumn.model_validate(column))  # values: a ValidationError if bad
    return RankingTable(rows=rows, columns=tuple(cols))
