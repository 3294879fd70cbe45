"""HTML display shared by tables (internal): one escaped table, as Jupyter shows it.

[`DecisionTable`][orgwork.decision.DecisionTable], the assessment's ranking table and
the supervision rectification ledger show themselves in Jupyter as an HTML
``<table>``; `html_table` builds it the same way for all of them, with
every heading, cell and caption escaped (no text from records is ever markup).
`ordinal` writes a number as an English ordinal in reasons and reports.

Examples:
    >>> print(html_table(["id", ("名次", "rank")], [["<b>1</b>", 2]], caption="A & B"))
    <table><caption>A &amp; B</caption><thead><tr><th>id</th><th>名次<br><small>rank</small></th></tr></thead><tbody><tr><td>&lt;b&gt;1&lt;/b&gt;</td><td>2</td></tr></tbody></table>
"""

from __future__ import annotations

import html
from collections.abc import Iterable

__all__ = ["Heading", "html_table", "ordinal"]

#: A column heading: one text, or a Chinese and English pair (shown on two lines,
#: or once when both are the same).
Heading = str | tuple[str, str]


def _th(heading: Heading) -> str:
    if isinstance(heading, str):
        return f"<th>{html.escape(heading)}</th>"
    zh, en = heading
    if zh == en:
        return f"<th>{html.escape(zh)}</th>"
    return f"<th>{html.escape(zh)}<br><small>{html.escape(en)}</small></th>"


def html_table(
    headings: Iterable[Heading], rows: Iterable[Iterable[object]], *, caption: str = ""
) -> str:
    """HTML 表格 — a ``<table>`` of ``headings`` and ``rows``, every text escaped.

    Each cell is shown as ``str(cell)``. A heading is a text or a
    ``(zh, en)`` pair (``zh<br><small>en</small>``, or ``zh`` alone when
    they are equal). The caption is left out when empty.

    >>> html_table([("单位", "unit"), ("得分", "得分")], [])
    '<table><thead><tr><th>单位<br><small>unit</small></th><th>得分</th></tr></thead><tbody></tbody></table>'
    >>> html_table(["a"], [['"x" & \\'y\\'']])
    '<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>&quot;x&quot; &amp; &#x27;y&#x27;</td></tr></tbody></table>'
    """
    head = "".join(_th(h) for h in headings)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows
    )
    cap = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    return f"<table>{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def ordinal(n: int) -> str:
    """``n`` as an English ordinal: ``1st``, ``2nd``, ``11th``, ``15th``, ``22nd``.

    >>> [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 15, 21, 22, 111)]
    ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '15th', '21st', '22nd', '111th']
    """
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def percent(part: int, whole: int) -> str:
    """``part`` of ``whole`` as a percentage with one decimal, rounded half up (display only).

    >>> percent(35, 40), percent(1, 3), percent(2, 3)
    ('87.5%', '33.3%', '66.7%')
    """
    tenths = (part * 2000 + whole) // (2 * whole)
    return f"{tenths // 10}.{tenths % 10}%"


def rate_text(on_time: int, due: int, unit: str = "件") -> tuple[str, str]:
    """An on-time rate as counts and a percentage, never a reduced fraction: (zh, en).

    >>> rate_text(35, 40)
    ('按期答复35件/共40件,87.5%', '35 of 40 on time, 87.5%')
    >>> rate_text(0, 0)
    ('无从计算(尚无到期事项)', 'undefined (nothing due yet)')
    """
    if due == 0:
        return "无从计算(尚无到期事项)", "undefined (nothing due yet)"
    shown = percent(on_time, due)
    return f"按期答复{on_time}{unit}/共{due}{unit},{shown}", f"{on_time} of {due} on time, {shown}"
