"""看望因公受伤、生病住院的干部; 定期走访组工干部家庭 (000 第三篇): listed, referred, or timed locally."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork.cadres import CadreFamily, CadreHospitalStay, WelfareVisit, cadre_welfare_visits
from orgwork.errors import RecordError
from orgwork.policy import Policy
from orgwork.rules import get
from orgwork.strategies import cadre_families, cadre_hospital_stays, welfare_visits

D = dt.date
ON = D(2025, 8, 1)
SET = Policy.default().override({"cadres.hospital_visit_days": 7, "cadres.family_visit_months": 6})
INJURED = CadreHospitalStay(cadre="张三", admitted=D(2025, 3, 3), cause="injured_on_duty")
ILL = CadreHospitalStay(cadre="李四", admitted=D(2025, 4, 1), discharged=D(2025, 4, 9))
FAMILY = CadreFamily(cadre="王五", since=D(2025, 1, 1))


def hospital_visit(cadre: str, on: dt.date) -> WelfareVisit:
    return WelfareVisit(kind="hospital", cadre=cadre, on=on, by="部长")


def family_visit(cadre: str, on: dt.date) -> WelfareVisit:
    return WelfareVisit(kind="family", cadre=cadre, on=on, by="副部长")


@pytest.mark.rule("cadres.cadre_welfare_visit")
def test_the_clause_and_its_unset_parameters() -> None:
    quote = get("cadres.cadre_welfare_visit").source.quote
    for part in ("坚持看望、慰问县内因公受伤", "院的干部,定期走访组工干部家庭"):
        assert part in quote
    c = Policy.default().cadres
    assert (c.hospital_visit_days, c.family_visit_months) == (None, None)


@pytest.mark.rule("cadres.cadre_welfare_visit")
def test_unset_the_rule_lists_who_was_visited_and_refers_the_rest() -> None:
    visits = [hospital_visit("张三", D(2025, 3, 5))]
    ds = cadre_welfare_visits([ILL, INJURED], [FAMILY], on=ON, visits=visits)
    assert [(d.subject, d.outcome, d.value.visited_on, d.value.due_by) for d in ds] == [
        ("张三:hospital:2025-03-03", "visited", D(2025, 3, 5), None),
        ("李四:hospital:2025-04-01", "referred", None, None),
        ("王五:family", "referred", None, None),
    ]
    assert [r.zh for r in ds[0].reasons] == [
        "张三因公受伤住院,应看望、慰问",
        "原文未规定看望时限,本地亦未设定",
        "2025年3月5日已看望(走访)",
    ]
    assert ds[1].headline.zh == "李四:尚无看望慰问记录,未规定期限,提交研究"
    assert ds[2].headline.zh == "王五:尚无家庭走访记录,未规定期限,提交研究"
    assert ds[2].reasons[1].zh == "原文只说“定期”,未规定走访周期,本地亦未设定"
    assert ds[0].parameters == {"cadres.hospital_visit_days": None}
    assert ds[2].parameters == {"cadres.family_visit_months": None}
    # a family visited, with no cadence set: visited, and nothing is ever missed
    (d,) = cadre_welfare_visits(
        families=[FAMILY], on=D(2040, 1, 1), visits=[family_visit("王五", D(2025, 2, 1))]
    )
    assert (d.outcome, d.value.visited_on) == ("visited", D(2025, 2, 1))


@pytest.mark.rule("cadres.cadre_welfare_visit")
def test_a_local_window_makes_a_hospital_visit_due_done_late_or_missed() -> None:
    due_by = D(2025, 3, 10)  # 7 calendar days after admission on 03-03
    cases = [
        ([hospital_visit("张三", D(2025, 3, 10))], ON, "visited"),
        ([hospital_visit("张三", D(2025, 3, 11))], ON, "visited_late"),
        ([], D(2025, 3, 10), "due"),
        ([], D(2025, 3, 11), "missed"),
        ([hospital_visit("张三", D(2025, 3, 2))], D(2025, 3, 11), "missed"),  # before admission
        ([hospital_visit("张三", D(2025, 3, 9))], D(2025, 3, 8), "due"),  # not yet known
        ([family_visit("张三", D(2025, 3, 4))], D(2025, 3, 11), "missed"),  # not a hospital visit
    ]
    for visits, on, outcome in cases:
        (d,) = cadre_welfare_visits([INJURED], on=on, visits=visits, policy=SET)
        assert (d.outcome, d.value.due_by) == (outcome, due_by), (visits, on)
        assert d.parameters == {"cadres.hospital_visit_days": 7}
    (d,) = cadre_welfare_visits([INJURED], on=D(2025, 3, 11), policy=SET)
    assert d.headline.zh == "张三:看望慰问应于2025年3月10日前进行,尚未进行"
    assert d.reasons[1].zh == "本地规定入院后7日内看望,期限2025年3月10日"


@pytest.mark.rule("cadres.cadre_welfare_visit")
def test_a_local_cadence_makes_a_family_visit_due_done_or_missed() -> None:
    cases = [
        ([], D(2025, 7, 1), "due", D(2025, 7, 1)),
        ([], D(2025, 7, 2), "missed", D(2025, 7, 1)),
        ([family_visit("王五", D(2025, 3, 31))], D(2025, 9, 30), "visited", D(2025, 9, 30)),
        ([family_visit("王五", D(2025, 3, 31))], D(2025, 10, 1), "missed", D(2025, 9, 30)),
        ([family_visit("王五", D(2024, 12, 1))], D(2025, 7, 2), "missed", D(2025, 7, 1)),
    ]
    for visits, on, outcome, due in cases:
        (d,) = cadre_welfare_visits(families=[FAMILY], on=on, visits=visits, policy=SET)
        assert (d.outcome, d.value.due_by) == (outcome, due), (visits, on)
        assert d.parameters == {"cadres.family_visit_months": 6}
    # calendar months: from 2024-08-31, six months is 2025-02-28
    fam = CadreFamily(cadre="王五", since=D(2024, 8, 31))
    (d,) = cadre_welfare_visits(families=[fam], on=D(2025, 2, 28), policy=SET)
    assert (d.outcome, d.value.due_by) == ("due", D(2025, 2, 28))
    assert (
        d.reasons[1].zh == "本地规定每6个月走访一次;自2024年8月31日起,下次应于2025年2月28日前走访"
    )


@pytest.mark.rule("cadres.cadre_welfare_visit")
def test_a_visit_answers_only_its_own_stay() -> None:
    second = CadreHospitalStay(cadre="张三", admitted=D(2025, 5, 1))
    visits = [hospital_visit("张三", D(2025, 5, 2))]
    first, again = cadre_welfare_visits([second, INJURED], on=ON, visits=visits)
    assert (first.outcome, again.outcome) == ("referred", "visited")
    later = CadreHospitalStay(cadre="张三", admitted=D(2025, 9, 1))
    assert len(cadre_welfare_visits([INJURED, later], on=ON)) == 1  # after the day: left out


@pytest.mark.rule("cadres.cadre_welfare_visit")
def test_bad_records() -> None:
    with pytest.raises(RecordError, match="张三"):
        cadre_welfare_visits([INJURED, INJURED], on=ON)
    with pytest.raises(RecordError, match="王五"):
        cadre_welfare_visits(families=[FAMILY, FAMILY], on=ON)
    with pytest.raises(ValidationError, match="discharged"):
        CadreHospitalStay(cadre="张三", admitted=D(2025, 3, 3), discharged=D(2025, 3, 2))
    big = Policy.default().override({"cadres.family_visit_months": 120})
    fam = CadreFamily(cadre="王五", since=D(2200, 1, 1))
    assert cadre_welfare_visits(families=[fam], on=D(2200, 1, 1), policy=big)[0].outcome == "due"


def test_a_hospital_stay_is_health_data_and_not_in_the_repr() -> None:
    shown = repr(INJURED) + str(INJURED)
    for hidden in ("2025", "injured", "illness"):
        assert hidden not in shown


@pytest.mark.rule("cadres.cadre_welfare_visit")
@given(
    st.lists(cadre_hospital_stays(), max_size=4, unique_by=lambda s: (s.cadre, s.admitted)),
    st.lists(cadre_families(), max_size=3, unique_by=lambda f: f.cadre),
    st.lists(welfare_visits(), max_size=8),
    st.booleans(),
)
def test_unset_nothing_is_missed_and_set_every_outcome_follows_its_date(
    stays: list[CadreHospitalStay],
    fams: list[CadreFamily],
    visits: list[WelfareVisit],
    local: bool,
) -> None:
    on = D(2025, 12, 31)
    ds = cadre_welfare_visits(stays, fams, on=on, visits=visits, policy=SET if local else None)
    assert len(ds) == sum(1 for s in stays if s.admitted <= on) + sum(f.since <= on for f in fams)
    for d in ds:
        v = d.value
        assert d.outcome == v.status
        if not local:
            assert v.due_by is None
            assert v.status == ("referred" if v.visited_on is None else "visited")
        elif v.status in ("due", "missed") and v.kind == "hospital":
            assert v.visited_on is None
            assert v.status == ("due" if on <= v.due_by else "missed")
        elif v.status == "visited" and v.kind == "hospital":
            assert v.visited_on is not None
            assert v.due_by is not None
            assert v.visited_on <= v.due_by


@pytest.mark.rule("cadres.cadre_welfare_visit")
def test_a_family_not_yet_on_the_list_is_not_judged() -> None:
    fams = [
        CadreFamily(cadre="甲", since=dt.date(2026, 1, 1)),
        CadreFamily(cadre="乙", since=dt.date(2025, 1, 1)),
    ]
    ds = cadre_welfare_visits([], fams, on=dt.date(2025, 6, 1))
    assert [d.subject for d in ds] == ["乙:family"]
    ds = cadre_welfare_visits([], fams, on=dt.date(2026, 1, 1))
    assert sorted(d.subject for d in ds) == ["乙:family", "甲:family"]  # by cadre
