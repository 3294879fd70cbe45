"""One identifier policy for every id in every model (issue 14, orgwork.ids)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork import strategies as ows
from orgwork.assessment import MonthlySheet
from orgwork.care import ElderlyMember, Organization
from orgwork.errors import RecordError
from orgwork.ids import MAX_ID_LENGTH, normalise_id
from orgwork.open_day import Suggestion
from orgwork.points import PointAdjustment
from orgwork.supervision import Case, case_status, case_summary

#: Ways a copied id differs from the one typed, invisibly or by width.
TWINS = {
    "trailing space": lambda s: s + " ",
    "ideographic space": lambda s: "\u3000" + s,
    "zero-width space": lambda s: s[:1] + "\u200b" + s[1:],
    "byte-order mark": lambda s: "\ufeff" + s,
    "word joiner": lambda s: s + "\u2060",
    "full width": lambda s: s.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)}),
}


@pytest.mark.parametrize("twin", list(TWINS))
@given(ident=ows.ids())
def test_an_id_and_its_copied_twin_are_one_id(twin: str, ident: str) -> None:
    assert normalise_id(TWINS[twin](ident)) == normalise_id(ident) == ident


@pytest.mark.parametrize(
    "bad",
    ["", " ", "\u200b", "\ufeff\u3000", "V\x0001", "甲\n乙", "a\tb", "x" * (MAX_ID_LENGTH + 1)],
)
def test_an_empty_invisible_control_or_too_long_id_is_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="an id may"):
        normalise_id(bad)
    with pytest.raises(ValidationError, match="unit"):
        MonthlySheet(unit=bad, town="灵乡镇", year=2025, month=1, points={"goals": 1})


def test_a_non_string_id_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="string"):
        normalise_id(5)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (
            lambda i: MonthlySheet(unit=i, town="灵乡镇", year=2025, month=1, points={"goals": 1}),
            "unit",
        ),
        (lambda i: Organization(id=i, name="某村党支部"), "id"),
        (
            lambda i: ElderlyMember(id=i, name="张三", organization="V01"),
            "id",
        ),
        (lambda i: Case(id=i, channel="letter", received_on=dt.date(2025, 3, 3)), "id"),
        (lambda i: Suggestion(id=i, open_day=dt.date(2025, 6, 1)), "id"),
        (
            lambda i: PointAdjustment(
                unit=i, year=2025, month=1, points=-1, rule="local.x", reason=ows_text()
            ),
            "unit",
        ),
    ],
)
def test_every_model_keeps_the_normal_form(make: object, field: str) -> None:
    for twin in TWINS.values():
        assert getattr(make(twin("V01")), field) == "V01"  # type: ignore[operator]


def ows_text() -> object:
    from orgwork.decision import Text

    return Text(zh="扣分", en="deduction")


def test_twins_are_duplicates_not_two_cases() -> None:
    day = dt.date(2025, 3, 3)
    cases = [
        Case(id="XF01", channel="letter", received_on=day),
        Case(id="XF01\u200b", channel="letter", received_on=day),
    ]
    with pytest.raises(RecordError, match="XF01"):
        case_summary(cases, on=dt.date(2025, 4, 1))


def test_an_id_given_to_a_function_is_normalised_too() -> None:
    from orgwork.samples import records as sample

    c = Case(id="X1", channel="letter", received_on=dt.date(2024, 3, 1), handler="王副部长")
    d = case_status(c, on=dt.date(2024, 3, 5), deputy_head="王副部长\u200b")
    assert d.value.other_handler is False
    care = sample(2025).care
    member = care.members[0]
    assert care.member(" " + member.id + "\ufeff") == member


@given(st.data())
def test_the_id_strategy_draws_only_normal_ids(data: st.DataObject) -> None:
    ident = data.draw(ows.ids())
    assert normalise_id(ident) == ident


def test_a_branch_named_to_a_function_is_normalised_too() -> None:
    from orgwork.organizations import Activity135, unmet_135_tasks

    acts = [Activity135(branch="机关一支部", task="survey", on=dt.date(2012, 4, 1))]
    plain = unmet_135_tasks("机关一支部", 2012, acts)
    for twin in (" 机关一支部", "机关一支部\u200b", "\ufeff机关一支部"):
        assert unmet_135_tasks(twin, 2012, acts).value == plain.value
    with pytest.raises(ValidationError, match="branch"):
        unmet_135_tasks("\u200b ", 2012, acts)
