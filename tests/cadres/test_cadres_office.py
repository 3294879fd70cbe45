"""首问负责 and 限时办结 (000 第三篇, 003): who owns a matter, and whether it was closed in time."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork.cadres import Matter, Transfer, first_responsible, time_limits
from orgwork.calendar import official_calendar
from orgwork.errors import RecordError
from orgwork.policy import Policy
from orgwork.rules import get
from orgwork.strategies import matters

D = dt.date
ON = D(2025, 12, 31)
LIMITS = Policy.default().override({"cadres.time_limit_working_days": {"证明": 3, "来信": 15}})


def matter(id: str = "M1", **kw: object) -> Matter:
    fields: dict[str, object] = {"kind": "证明", "received_on": D(2025, 9, 30)} | kw
    return Matter(id=id, **fields)  # type: ignore[arg-type]


# --- 首问负责 -------------------------------------------------------------------------


@pytest.mark.rule("cadres.first_responsible")
def test_the_quote_names_the_four_systems() -> None:
    quote = get("cadres.first_responsible").source.quote
    for system in ("挂牌上岗", "首问负责", "限时办结", "重点岗位AB岗"):
        assert system in quote
    assert "首问责任制" in get("cadres.time_limit").source.quote


@pytest.mark.rule("cadres.first_responsible")
def test_the_one_asked_first_owns_the_matter() -> None:
    (d,) = first_responsible([matter(first_asked="张三")], on=ON)
    assert (d.outcome, d.subject, d.value.owner, d.value.holder) == (
        "conforms",
        "M1",
        "张三",
        "张三",
    )
    (d,) = first_responsible([matter(first_asked="张三", handled_by="张三")], on=ON)
    assert d.outcome == "conforms"
    assert d.headline.zh == "事项M1由首问张三负责办理"


@pytest.mark.rule("cadres.first_responsible")
def test_a_recorded_hand_over_keeps_the_first_asked_the_owner() -> None:
    m = matter(
        first_asked="张三",
        handled_by="王五",
        transfers=[
            Transfer(by="李四", to="王五", on=D(2025, 10, 10)),
            Transfer(by="张三", to="李四", on=D(2025, 10, 9)),
        ],
    )
    (d,) = first_responsible([m], on=ON)
    assert (d.outcome, d.value.owner, d.value.holder) == ("transferred", "张三", "王五")
    assert [r.zh for r in d.reasons] == [
        "2025年9月30日收到,首问张三,由其负责",
        "2025年10月9日张三转交李四办理(首问责任人仍为张三)",
        "2025年10月10日李四转交王五办理(首问责任人仍为张三)",
    ]
    assert d.headline.zh == "事项M1由首问张三转交王五办理,张三仍为首问责任人"


@pytest.mark.rule("cadres.first_responsible")
def test_a_hand_over_by_someone_not_holding_it_does_not_count() -> None:
    m = matter(first_asked="张三", transfers=[Transfer(by="李四", to="王五", on=D(2025, 10, 9))])
    (d,) = first_responsible([m], on=ON)
    assert (d.outcome, d.value.holder) == ("conforms", "张三")
    assert d.reasons[-1].zh == "2025年10月9日李四转交王五,但此时事项不在李四手中,不计入"


@pytest.mark.rule("cadres.first_responsible")
def test_a_different_owner_or_no_first_contact_is_referred_never_blamed() -> None:
    other = matter("M1", first_asked="张三", handled_by="李四")
    unknown = matter("M2", handled_by="李四")
    d1, d2 = first_responsible([unknown, other], on=ON)
    assert (d1.subject, d1.outcome, d1.value.owner, d1.value.handled_by) == (
        "M1",
        "referred",
        "张三",
        "李四",
    )
    assert d1.headline.zh == "事项M1首问张三,登记的办理人却是李四,且无转办记录,提交研究"
    assert (d2.subject, d2.outcome, d2.value.owner, d2.value.holder) == (
        "M2",
        "referred",
        None,
        None,
    )
    assert d2.headline.zh == "事项M2未记录首问人,无法确定首问责任人,提交研究"
    assert d2.reasons == ()


@pytest.mark.rule("cadres.first_responsible")
def test_matters_after_the_day_are_left_out_and_ids_are_unique() -> None:
    late = matter("M9", received_on=D(2026, 1, 2), first_asked="张三")
    assert first_responsible([late], on=ON) == ()
    with pytest.raises(RecordError, match="M1"):
        first_responsible([matter(first_asked="张三"), matter(first_asked="李四")], on=ON)


def test_the_register_keeps_its_dates_in_order() -> None:
    with pytest.raises(ValidationError, match="closed_on"):
        matter(closed_on=D(2025, 9, 29))
    with pytest.raises(ValidationError, match="transfers"):
        matter(transfers=[Transfer(by="张三", to="李四", on=D(2025, 9, 29))])
    with pytest.raises(ValidationError, match="themselves"):
        Transfer(by="张三", to="张三", on=D(2025, 9, 30))


def test_a_complaint_summary_is_not_in_the_repr() -> None:
    assert "秘密" not in repr(matter(summary="秘密哨兵"))


@pytest.mark.rule("cadres.first_responsible")
@given(st.lists(matters(), max_size=6, unique_by=lambda m: m.id))
def test_the_owner_is_always_the_one_asked_first(ms: list[Matter]) -> None:
    ds = first_responsible(ms, on=ON)
    assert [d.subject for d in ds] == [
        m.id for m in sorted(ms, key=lambda m: (m.received_on, m.id)) if m.received_on <= ON
    ]
    by_id = {m.id: m for m in ms}
    for d in ds:
        m = by_id[d.value.matter]
        assert d.value.owner == m.first_asked
        assert d.outcome == d.value.status
        if m.first_asked is None:
            assert d.outcome == "referred"
        elif not m.transfers:
            expected = "conforms" if m.handled_by in (None, m.first_asked) else "referred"
            assert d.outcome == expected


# --- 限时办结 -------------------------------------------------------------------------


@pytest.mark.rule("cadres.time_limit")
def test_no_limit_is_set_by_default_so_nothing_is_late() -> None:
    assert Policy.default().cadres.time_limit_working_days == {}
    ms = [matter("M1", closed_on=D(2025, 12, 30)), matter("M2")]
    ds = time_limits(ms, on=ON)
    assert [(d.outcome, d.value.due, d.value.working_days) for d in ds] == [
        ("no_limit_set", None, None),
        ("no_limit_set", None, None),
    ]
    assert ds[0].reasons[0].zh == "本地未规定“证明”类事项的办结时限"
    assert ds[0].reasons[1].zh == "2025年12月30日办结"
    assert ds[0].parameters == {"cadres.time_limit_working_days": None}


@pytest.mark.rule("cadres.time_limit")
def test_the_day_received_is_not_counted_across_the_national_day_holiday() -> None:
    # received 2025-09-30; 10-01..08 holiday; the make-up Saturday 10-11 works
    cal = official_calendar()
    assert cal.add_working_days(D(2025, 9, 30), 3) == D(2025, 10, 11)
    cases = [
        (D(2025, 10, 11), "closed_on_time"),
        (D(2025, 10, 13), "closed_late"),
    ]
    for closed, outcome in cases:
        (d,) = time_limits([matter(closed_on=closed)], on=ON, policy=LIMITS)
        assert (d.outcome, d.value.due, d.value.working_days) == (outcome, D(2025, 10, 11), 3)
        assert d.parameters == {"cadres.time_limit_working_days": 3}
    (d,) = time_limits([matter(closed_on=D(2025, 10, 13))], on=ON, policy=LIMITS)
    assert d.reasons[0].zh == (
        "“证明”类事项本地规定3个工作日内办结;收到之日(2025年9月30日)不计入,期限为2025年10月11日"
    )
    assert d.headline.zh == "事项M1于2025年10月13日办结,超过期限2025年10月11日"


@pytest.mark.rule("cadres.time_limit")
def test_open_until_the_due_day_then_overdue() -> None:
    m = matter()
    (d,) = time_limits([m], on=D(2025, 10, 11), policy=LIMITS)
    assert (d.outcome, d.value.closed_on) == ("open", None)
    (d,) = time_limits([m], on=D(2025, 10, 12), policy=LIMITS)
    assert d.outcome == "overdue"
    # a closing day after the day asked is not yet known
    (d,) = time_limits([matter(closed_on=D(2025, 10, 11))], on=D(2025, 10, 10), policy=LIMITS)
    assert (d.outcome, d.value.closed_on) == ("open", None)


@pytest.mark.rule("cadres.time_limit")
def test_each_kind_has_its_own_limit_and_an_unlisted_kind_has_none() -> None:
    ms = [
        matter("A", kind="来信", received_on=D(2024, 2, 8)),
        matter("B", kind="来访", received_on=D(2024, 2, 8)),
    ]
    a, b = time_limits(ms, on=D(2024, 3, 6), policy=LIMITS)
    assert (a.outcome, a.value.due) == ("open", D(2024, 3, 6))  # 15 working days, Spring Festival
    assert (b.outcome, b.value.due) == ("no_limit_set", None)


@pytest.mark.rule("cadres.time_limit")
def test_the_limit_in_force_on_the_day_received_applies() -> None:
    p = LIMITS.with_change(
        D(2025, 10, 1), {"cadres.time_limit_working_days": {"证明": 1}}, source="收紧"
    )
    old, new = time_limits(
        [matter("M1"), matter("M2", received_on=D(2025, 10, 9))], on=ON, policy=p
    )
    assert (old.value.working_days, old.value.due) == (3, D(2025, 10, 11))
    assert (new.value.working_days, new.value.due) == (1, D(2025, 10, 10))


@pytest.mark.rule("cadres.time_limit")
@given(st.lists(matters(), max_size=6, unique_by=lambda m: m.id))
def test_a_matter_is_late_only_against_a_limit(ms: list[Matter]) -> None:
    for d in time_limits(ms, on=ON, policy=LIMITS):
        v = d.value
        assert d.outcome == v.status
        if v.working_days is None:
            assert (v.status, v.due) == ("no_limit_set", None)
            continue
        assert v.due == official_calendar().add_working_days(v.received_on, v.working_days)
        if v.closed_on is not None:
            assert v.status == ("closed_on_time" if v.closed_on <= v.due else "closed_late")
        else:
            assert v.status == ("open" if v.due >= ON else "overdue")


@pytest.mark.rule("cadres.first_responsible")
def test_a_hand_over_after_the_day_is_not_yet_made() -> None:
    m = Matter(
        id="M1",
        kind="证明",
        received_on=dt.date(2025, 3, 3),
        first_asked="甲",
        handled_by="乙",
        transfers=[Transfer(by="甲", to="乙", on=dt.date(2025, 4, 1))],
    )
    (before,) = first_responsible([m], on=dt.date(2025, 3, 10))
    assert (before.outcome, before.value.holder) == (
        "conforms",
        "甲",
    )  # not referred: 乙 comes later
    assert "另有1次转交在2025年3月10日之后,截至该日尚未发生,不计入" in [
        r.zh for r in before.reasons
    ]
    (after,) = first_responsible([m], on=dt.date(2025, 4, 1))
    assert (after.outcome, after.value.holder) == ("transferred", "乙")
    assert not any("之后" in r.zh for r in after.reasons)
