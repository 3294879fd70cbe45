"""The shared escaped HTML table (``orgwork._display.html_table``)."""

from __future__ import annotations

import html
import re

from hypothesis import given
from hypothesis import strategies as st

from orgwork._display import html_table


def test_headings_cells_and_caption_are_escaped() -> None:
    out = html_table(
        ["<i>", ("名次", "rank"), ("得分", "得分")],
        [["<script>alert('x')</script>", None, 3]],
        caption='A & "B"',
    )
    assert out == (
        "<table><caption>A &amp; &quot;B&quot;</caption>"
        "<thead><tr><th>&lt;i&gt;</th><th>名次<br><small>rank</small></th><th>得分</th></tr></thead>"
        "<tbody><tr><td>&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;</td>"
        "<td>None</td><td>3</td></tr></tbody></table>"
    )


def test_empty_caption_and_no_rows() -> None:
    assert (
        html_table(["a"], []) == "<table><thead><tr><th>a</th></tr></thead><tbody></tbody></table>"
    )


@given(
    heads=st.lists(st.text(), min_size=1, max_size=4),
    rows=st.lists(st.lists(st.text(), min_size=1, max_size=4), max_size=5),
    caption=st.text(),
)
def test_no_text_becomes_markup(heads: list[str], rows: list[list[str]], caption: str) -> None:
    out = html_table(heads, rows, caption=caption)
    # Strip the table's own tags: what is left is escaped text, with no markup of its own.
    text = re.sub(r"</?(table|caption|thead|tbody|tr|th|td)>", "", out)
    assert "<" not in text
    assert ">" not in text
    assert out.count("<tr>") == 1 + len(rows)
    for cell in (*heads, *(c for r in rows for c in r)):
        assert html.escape(cell) in out
    assert ("<caption>" in out) == bool(caption)
