"""Explained decisions: JSON round trip and bilingual explanations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import given

from orgwork import Decision, Reason, Text
from orgwork import strategies as ows
from orgwork.decision import DecisionTable, explain_all, joined, listed, param_text, param_value


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


# -- templates and the rule context -----------------------------------------------------------

from hypothesis import strategies as st  # noqa: E402

from orgwork.decision import RuleContext, Say, day, nth  # noqa: E402
from orgwork.errors import UndeclaredParameterError, UnknownRuleError  # noqa: E402
from orgwork.policy import Policy  # noqa: E402


def test_a_template_fills_both_languages_and_shows_each_value_in_its_language() -> None:
    t = Say(
        "{who}于{on}起第{n}个工作日前答复:{ids}",
        "{who} to reply by the {n} working day from {on}: {ids}",
    )
    text = t.text(
        who=Text(zh="镇党委", en="the town committee"),
        on=day(dt.date(2025, 3, 1)),
        n=nth(3),
        ids=("A", "B"),
    )
    assert text.zh == "镇党委于2025年3月1日起第3个工作日前答复:A、B"
    assert text.en == "the town committee to reply by the 3rd working day from 2025-03-01: A, B"


@pytest.mark.parametrize(
    ("zh", "en"),
    [("{a}", "{b}"), ("{a}{b}", "{a}"), ("{a}", "no field"), ("{}", "{}"), ("{0}", "{0}")],
)
def test_templates_with_different_or_unnamed_fields_are_refused(zh: str, en: str) -> None:
    with pytest.raises(ValueError, match="field"):
        Say(zh, en)


def test_a_template_refuses_missing_or_unknown_values() -> None:
    t = Say("{a}", "{a}")
    with pytest.raises(TypeError, match="missing fields \\['a'\\]"):
        t.text()
    with pytest.raises(TypeError, match="unknown \\['b'\\]"):
        t.text(a=1, b=2)


@given(st.text(min_size=0, max_size=8).filter(lambda s: "{" not in s and "}" not in s))
def test_a_value_is_inserted_verbatim_never_formatted_again(value: str) -> None:
    t = Say("「{v}」", "'{v}'")
    assert t.text(v=value) == Text(zh=f"「{value}」", en=f"'{value}'")


def test_the_context_records_exactly_the_parameters_it_read_in_the_order_read() -> None:
    ctx = RuleContext("assessment.top_n_salary", None, on=dt.date(2025, 12, 31))
    declared = ctx.declared
    assert "assessment.salary_top_n" in declared
    assert ctx.param("assessment.salary_top_n") == 4
    assert ctx.param("assessment.salary_top_n", 6) == 6  # a given value overrides, recorded
    d = ctx.decide("ok", 1, Text(zh="甲", en="A"), kind=Decision[int])
    assert d.parameters == {"assessment.salary_top_n": 6}
    assert d.rule == "assessment.top_n_salary"
    assert d.rules == ("assessment.top_n_salary",)


def test_the_context_refuses_a_parameter_its_rule_does_not_declare() -> None:
    ctx = RuleContext("care.memorial_host", None, on=dt.date(2025, 1, 1))
    with pytest.raises(UndeclaredParameterError, match=r"care\.memorial_host reads supervision"):
        ctx.param("supervision.reply_working_days")
    with pytest.raises(UndeclaredParameterError):
        ctx.record("supervision.reply_working_days", 3)
    with pytest.raises(UnknownRuleError):
        RuleContext("no.such_rule", None)


def test_the_context_reads_the_policy_in_force_on_its_day() -> None:
    p = Policy.default().with_change(
        dt.date(2027, 1, 1), {"supervision.reply_working_days": 10}, source="test"
    )
    before = RuleContext("supervision.reply_deadline", p, on=dt.date(2026, 12, 31))
    after = RuleContext("supervision.reply_deadline", p, on=dt.date(2027, 1, 1))
    assert before.param("supervision.reply_working_days") == 15
    assert after.param("supervision.reply_working_days") == 10


def test_adopting_a_decision_carries_its_parameters_rules_reasons_and_provisional_flag() -> None:
    from orgwork.supervision import reply_deadline

    sub = reply_deadline(dt.date(2025, 3, 3))
    ctx = RuleContext("supervision.case_status", None, on=dt.date(2025, 3, 3))
    assert ctx.adopt(sub) == sub.value
    ctx.say(Say("另一理由", "Another reason"))
    d = ctx.decide("open", sub.value, Text(zh="甲", en="A"), kind=Decision[dt.date])
    assert d.rules[0] == "supervision.case_status"
    assert "supervision.reply_deadline" in d.rules
    assert d.parameters == sub.parameters
    assert d.reasons[:-1] == sub.reasons
    assert d.reasons[-1].rule == "supervision.case_status"
    fork = ctx.fork()
    assert fork.reasons == []
    assert fork.parameters == {}
    assert fork.rule == ctx.rule


def test_a_list_reason_is_added_only_when_there_is_something_to_list() -> None:
    ctx = RuleContext("supervision.case_status", None)
    ctx.say_list(Say("超期:{items}", "Overdue: {items}"), [])
    assert ctx.reasons == []
    ctx.say_list(Say("超期:{items}", "Overdue: {items}"), ["A", "B"])
    assert [(r.zh, r.en) for r in ctx.reasons] == [("超期:A、B", "Overdue: A, B")]


def test_a_decision_has_the_class_its_rule_returns_so_it_round_trips() -> None:
    from orgwork.care import ElderlyMember, memorial_host

    d = memorial_host(ElderlyMember(id="M1", name="某", organization="V01", died_on="2025-01-05"))
    assert type(d).__name__ == "Decision[MemorialHost]"
    assert type(d).model_validate_json(d.to_json()) == d


@pytest.mark.parametrize(
    ("call", "named"),
    [
        (lambda: day(None), "value"),  # type: ignore[arg-type]
        (lambda: day("2025-03-01"), "value"),  # type: ignore[arg-type]
        (lambda: nth(None), "n"),  # type: ignore[arg-type]
        (lambda: nth(Decimal("1.5")), "n"),  # type: ignore[arg-type]
        (lambda: nth(True), "n"),
        (lambda: joined(3), "items"),  # type: ignore[arg-type]
        (lambda: joined(["a"], 1, ", "), "zh_sep"),  # type: ignore[arg-type]
        (lambda: listed("local.x", 1, "b", ["a"]), "zh"),  # type: ignore[arg-type]
        (lambda: listed("local.x", "a", "b", 5), "ids"),  # type: ignore[arg-type]
        (lambda: listed("local.x", "a", "b", [5]), "ids"),  # type: ignore[list-item]
        (lambda: explain_all(5), "decisions"),  # type: ignore[arg-type]
        (lambda: explain_all(["not a decision"]), "decisions"),  # type: ignore[list-item]
    ],
)
def test_rule_writing_helpers_refuse_the_wrong_type_naming_the_argument(
    call: Callable[[], object], named: str
) -> None:
    with pytest.raises(TypeError, match=named):
        call()


def test_a_float_parameter_is_refused_naming_the_value() -> None:
    with pytest.raises(ValueError, match="value: orgwork never records a float"):
        param_value(0.8)
    with pytest.raises(ValueError, match="value: "):
        param_text([1, 0.5])


def test_texts_built_with_the_same_fields_share_one_fields_set_and_a_copy_does_not_leak() -> None:
    # memory per decision (issue 16): equal fields sets of frozen texts are one object
    a, b = Text(zh="甲", en="a"), Text(zh="乙", en="b")
    assert a.model_fields_set is b.model_fields_set == {"zh", "en"}
    c = a.model_copy(update={"zh": "丙"})
    assert (c.zh, a.zh) == ("丙", "甲")
    assert (a.model_fields_set, c.model_fields_set) == ({"zh", "en"}, {"zh", "en"})
    r = Reason(rule="care.duties", zh="理由", en="why")
    assert r.model_fields_set == {"zh", "en", "rule"}
    assert a.model_fields_set == {"zh", "en"}  # a Reason's wider set is its own
