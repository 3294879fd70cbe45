"""Explained decisions: JSON round trip and bilingual explanations."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given

from orgwork import Decision, Reason, Text
from orgwork import strategies as ows
from orgwork.decision import DecisionTable


def _example() -> Decision[dt.date]:
    return Decision[dt.date](
        rule="supervision.reply_deadline",
        subject="信-2024-001",
        outcome="due",
        value=dt.date(2024, 3, 6),
        headline=Text(zh="应于2024年03月06日前答复", en="Reply due by 2024-03-06"),
        reasons=(
            Reason(
                rule="calendar.working_days", zh="收到之日不计入", en="Day of receipt not counted"
            ),
        ),
        parameters={
            "supervision.reply_working_days": 15,
            "x.ratio": Decimal("0.80"),
            "x.day": dt.date(2024, 2, 8),
        },
    )


def test_round_trip_and_both_languages() -> None:
    d = _example()
    assert Decision[dt.date].model_validate_json(d.to_json()) == d
    zh, en = d.explain("zh"), d.explain("en")
    assert "应于2024年03月06日前答复" in zh
    assert "理由" in zh
    assert "收到之日不计入" in zh
    assert "Reply due by 2024-03-06" in en
    assert "because" in en
    assert "群众来信来访答复时限 = 15" in zh  # the parameter's Chinese name, not its code
    assert "supervision.reply_working_days = 15" in en
    assert "x.ratio = 0.80" in en  # exact, never a float


def test_rules_list_the_deciding_rule_first_and_every_reason_rule() -> None:
    d = _example()
    assert d.rules == ("supervision.reply_deadline", "calendar.working_days")


def test_float_parameters_are_refused() -> None:
    with pytest.raises(ValueError, match="float"):
        Decision[int](
            rule="a.b", outcome="x", value=1, headline=Text(zh="a", en="a"), parameters={"a.b": 0.1}
        )


def test_explain_rejects_unknown_language() -> None:
    with pytest.raises(ValueError, match="lang"):
        _example().explain("fr")  # type: ignore[arg-type]


@given(ows.decisions())
def test_any_decision_round_trips(d: Decision[int]) -> None:
    assert Decision[int].model_validate_json(d.to_json()) == d
    assert d.explain("zh").startswith(d.headline.zh)
    assert d.explain("en").startswith(d.headline.en)
    assert d.rules[0] == d.rule


def test_html_display_escapes_and_shows_both_languages() -> None:
    d = _example().model_copy(update={"subject": "<b>x</b>"})
    out = d._repr_html_()
    assert "&lt;b&gt;x&lt;/b&gt;" in out
    assert "应于2024年03月06日前答复" in out
    assert "Reply due by 2024-03-06" in out


def test_table_records_and_dataframe() -> None:
    t = DecisionTable([_example(), _example().model_copy(update={"subject": "信-2"})])
    assert [r["subject"] for r in t.records()] == ["信-2024-001", "信-2"]
    assert t.records()[0]["value"] == "2024-03-06"
    assert "<table>" in t._repr_html_()
    pd = pytest.importorskip("pandas")
    frame = t.to_dataframe()
    assert isinstance(frame, pd.DataFrame)
    assert list(frame["subject"]) == ["信-2024-001", "信-2"]
