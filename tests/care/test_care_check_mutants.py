"""The care check, who answers and the deductions, word for word.

Written against the survivors of mutation testing (``python tools/mutation.py
care/_check``, triage in ``docs/mutation.md``). The seed (第一篇 二): "对“应帮不帮,
应扶不扶”的,追究党组织负责人责任", "并将老党员走访慰问和帮扶救助情况纳入干部千分制考核
内容". Each decision is checked whole: outcome, subject, value, headline and every
reason in both languages, with the rule each reason belongs to.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from orgwork.care import (
    ElderlyMember,
    HardshipKind,
    HardshipPeriod,
    HospitalStay,
    Organization,
    Visit,
    VisitKind,
    answerable_head,
    care_deductions,
    check_care,
)
from orgwork.decision import Decision
from orgwork.errors import RecordError
from orgwork.policy import Policy

d = dt.date
HEAD = "care.answerable_head"
MISSED = "care.missed_duty"
DEDUCTION = "care.assessment_deduction"
HARDSHIP = "care.hardship_visit"
ORG = Organization(id="V01", name="某村党支部", secretary="张书记")


def said(decision: Decision[Any]) -> list[tuple[str, str, str]]:
    return [(r.rule, r.zh, r.en) for r in decision.reasons]


def headline(decision: Decision[Any]) -> tuple[str, str]:
    return (decision.headline.zh, decision.headline.en)


def member(**fields: Any) -> ElderlyMember:
    return ElderlyMember(id="M1", name="王某", organization="V01", **fields)


def in_hardship(contact: str | None = "李四") -> ElderlyMember:
    return member(
        hardship=[
            HardshipPeriod(kind=HardshipKind.GREAT_HARDSHIP, start=d(2025, 3, 1), contact=contact)
        ]
    )


def home(day: dt.date, **fields: Any) -> Visit:
    return Visit(kind=VisitKind.HOME, on=day, member="M1", **fields)


# -- 追究党组织负责人责任 ------------------------------------------------------------------


@pytest.mark.rule(HEAD)
def test_the_secretary_answers_word_for_word() -> None:
    x = answerable_head(ORG, on=d(2025, 7, 8))
    assert (x.outcome, x.value, x.subject) == ("answerable", "张书记", "V01")
    assert headline(x) == (
        "由某村党支部书记张书记承担责任",
        "张书记, secretary of 某村党支部, answers",
    )
    assert said(x) == [
        (
            HEAD,
            "应帮不帮、应扶不扶的,追究党组织负责人(书记)责任",
            "Where help was due and not given, the organization's head (its secretary) answers",
        )
    ]


@pytest.mark.rule(HEAD)
def test_no_roster_and_a_vacant_post_word_for_word() -> None:
    unknown = answerable_head("V02", on=d(2025, 7, 8))
    assert (unknown.outcome, unknown.value, unknown.subject) == ("unknown", None, "V02")
    assert headline(unknown) == (
        "由V02党组织负责人承担责任(未提供名单)",
        "The head of V02 answers (no roster given)",
    )
    assert said(unknown) == [
        (
            HEAD,
            "应帮不帮、应扶不扶的,追究党组织负责人责任",
            "Where help was due and not given, the organization's head answers",
        )
    ]
    vacant = answerable_head(Organization(id="V03", name="某村"), on=d(2025, 7, 8))
    assert (vacant.outcome, vacant.value, vacant.subject) == ("vacant", None, "V03")
    assert headline(vacant) == (
        "某村书记空缺,须由镇党委确定责任人",
        "The secretary of 某村 is vacant; the town committee must name who answers",
    )
    assert said(vacant) == [
        (
            HEAD,
            "追究党组织负责人责任,但书记职务空缺",
            "The organization's head answers, but the secretary's post is vacant",
        )
    ]


# -- 应帮不帮,应扶不扶 ------------------------------------------------------------------


@pytest.mark.rule(MISSED)
def test_a_missed_visit_under_the_seeds_limit_names_the_head() -> None:
    more = Policy.default().override({"care.hardship_visits_per_month": 2})
    (x,) = check_care(
        [in_hardship()],
        [home(d(2025, 3, 9))],
        d(2025, 3, 1),
        d(2025, 3, 31),
        organizations=[ORG],
        policy=more,
    )
    v = x.value
    assert (x.outcome, x.subject, x.rule) == ("missed", "hardship_visit:M1:2025-03", MISSED)
    assert (v.organization, v.year, v.month, v.found, v.counted_elsewhere, v.answerable) == (
        "V01",
        2025,
        3,
        1,
        0,
        "张书记",
    )
    assert x.rules == (MISSED, HARDSHIP, HEAD)
    assert x.parameters == {
        "care.hardship_visits_per_month": 2,
        "care.one_visit_meets_several_duties": True,
    }
    assert headline(x) == (
        "未履行:2025年03月应入户看望王某至少2次",
        "Missed: Visit 王某 at home at least 2 time(s) in 2025-03",
    )
    assert said(x)[2:] == [
        (
            MISSED,
            "2025-03-01至2025-03-31期间入户看望记录1次,少于应有的2次",
            "The log has 1 qualifying entry from 2025-03-01 to 2025-03-31, fewer than 2",
        ),
        (
            MISSED,
            "期限由care.hardship_visits_per_month设定;由某村党支部书记张书记承担责任",
            "The limit is set by care.hardship_visits_per_month; 张书记, secretary of 某村党支部, "
            "answers",
        ),
        (
            HEAD,
            "应帮不帮、应扶不扶的,追究党组织负责人(书记)责任",
            "Where help was due and not given, the organization's head (its secretary) answers",
        ),
    ]


@pytest.mark.rule(MISSED)
def test_no_entry_at_all_is_said_in_the_plural() -> None:
    (x,) = check_care([in_hardship()], [], d(2025, 3, 1), d(2025, 3, 31))
    assert (
        said(x)[2][2]
        == "The log has 0 qualifying entries from 2025-03-01 to 2025-03-31, fewer than 1"
    )


@pytest.mark.rule(MISSED)
def test_a_contact_not_named_is_referred_to_the_town_committee() -> None:
    missed = check_care(
        [in_hardship(contact=None)], [home(d(2025, 3, 9))], d(2025, 3, 1), d(2025, 3, 31)
    )
    (x,) = missed
    assert (x.subject, x.value.found, x.value.answerable, x.value.referred) == (
        "hardship_contact:M1:2025-03",
        0,
        None,
        True,
    )
    assert x.rules == (MISSED, HARDSHIP)
    assert said(x)[2:] == [
        (
            MISSED,
            "2025-03-01至2025-03-31期间未明确负责联系的专人",
            "No person was named to keep in touch from 2025-03-01 to 2025-03-31",
        ),
        (
            MISSED,
            "原文未规定期限,上述期间是对原文的默认读法,而非种子或本地设定的期限;"
            "是否追究党组织负责人责任,提请镇党委研究决定",
            "The text sets no time limit: the window above is the default reading of the text, "
            "not a limit the seed or the locality set; whether the organization's head answers "
            "is for the town committee to decide",
        ),
    ]


@pytest.mark.rule(MISSED)
def test_one_visit_meeting_one_duty_says_where_it_went() -> None:
    # the hospital visit falls due first (3-20) and takes the only home visit
    m = member(
        hardship=[
            HardshipPeriod(kind=HardshipKind.GREAT_HARDSHIP, start=d(2025, 3, 1), contact="李四")
        ],
        hospital_stays=[
            HospitalStay(admitted=d(2025, 3, 2), major_illness=True, discharged=d(2025, 3, 20))
        ],
    )
    one = Policy.default().override({"care.one_visit_meets_several_duties": False})
    (x,) = check_care([m], [home(d(2025, 3, 9))], d(2025, 3, 1), d(2025, 3, 31), policy=one)
    assert (x.subject, x.value.found, x.value.counted_elsewhere) == (
        "hardship_visit:M1:2025-03",
        1,
        1,
    )
    assert x.parameters["care.one_visit_meets_several_duties"] is False
    assert said(x)[3] == (
        MISSED,
        "本地规定:一次走访只履行一项职责,其中1日的记录已计入其他职责(按应履行日期先后分配)",
        "Local policy: one visit meets one duty; on 1 of those days the entries were counted for "
        "other duties (allotted in order of due day)",
    )
    assert check_care([m], [home(d(2025, 3, 9))], d(2025, 3, 1), d(2025, 3, 31)) == ()


def test_a_log_naming_unknown_subjects_lists_five_and_counts_the_rest() -> None:
    log = [Visit(kind=VisitKind.HOME, on=d(2025, 3, i), member=f"X{i}") for i in range(1, 8)]
    with pytest.raises(RecordError) as caught:
        check_care([in_hardship()], log, d(2025, 3, 1), d(2025, 3, 31))
    assert str(caught.value) == (
        "the visit log names unknown subjects: "
        + "; ".join(f"visits[{i - 1}]: member 'X{i}' is not in the roster" for i in range(1, 6))
        + "; and 2 more"
    )
    others = [
        home(d(2025, 3, 2), organization="V02"),
        Visit(kind=VisitKind.MEETING, on=d(2025, 3, 3), organization="V09"),
    ]
    with pytest.raises(RecordError) as caught:
        check_care([in_hardship()], others, d(2025, 3, 1), d(2025, 3, 31))
    assert str(caught.value) == (
        "the visit log names unknown subjects: visits[0]: member 'M1' belongs to 'V01', not to "
        "'V02'; visits[1]: a meeting of organization 'V09', which is neither a member's "
        "organization nor in organizations"
    )


# -- 纳入干部千分制考核 ------------------------------------------------------------------


@pytest.mark.rule(DEDUCTION)
def test_the_head_charged_word_for_word() -> None:
    local = Policy.default().override(
        {
            "care.hardship_visits_per_month": 2,
            "care.deduction_per_missed_duty": 2,
            "care.deduction_unit": "head",
        }
    )
    missed = check_care(
        [in_hardship()],
        [home(d(2025, 3, 9))],
        d(2025, 3, 1),
        d(2025, 3, 31),
        organizations=[ORG],
        policy=local,
    )
    (x,) = care_deductions(missed, policy=local)
    a = x.value
    assert a is not None
    assert (x.outcome, x.subject) == ("deducted", "hardship_visit:M1:2025-03")
    assert (a.unit, a.year, a.month, a.points, a.rule, a.source) == (
        "张书记",
        2025,
        3,
        Decimal(-2),
        HARDSHIP,
        "hardship_visit:M1:2025-03",
    )
    assert (a.reason.zh, a.reason.en) == (
        "未履行困难老党员每月看望(2025-03-01至2025-03-31);责任人:张书记;每项扣2分"
        "(care.deduction_per_missed_duty)",
        "Missed monthly home visit in hardship (2025-03-01 to 2025-03-31); answerable: 张书记; "
        "2 points per missed duty (care.deduction_per_missed_duty)",
    )
    assert headline(x) == (
        "张书记2025年3月千分制扣2分:未履行困难老党员每月看望(2025-03-01至2025-03-31)",
        "张书记 loses 2 points in 2025-03 of the thousand-point assessment: Missed monthly home "
        "visit in hardship (2025-03-01 to 2025-03-31)",
    )
    assert said(x) == [
        (
            HARDSHIP,
            "未履行困难老党员每月看望(2025-03-01至2025-03-31),记录1次,少于应有的2次",
            "Missed monthly home visit in hardship (2025-03-01 to 2025-03-31): 1 qualifying "
            "entry, fewer than 2",
        ),
        (
            DEDUCTION,
            "老党员走访慰问和帮扶救助情况纳入干部千分制考核内容",
            "Visits and aid to elderly members count in the thousand-point assessment",
        ),
        (
            DEDUCTION,
            "本地规定:每项未履行的关怀职责扣2分,计入应履行月份(2025年3月)",
            "Local policy: 2 points per missed care duty, counted in the month it fell due "
            "(2025-03)",
        ),
        (
            DEDUCTION,
            "本地规定:扣分计入党组织负责人(书记)张书记",
            "Local policy: the organization's head (its secretary), 张书记, is charged",
        ),
    ]


@pytest.mark.rule(DEDUCTION)
def test_no_head_to_charge_and_the_organization_charged() -> None:
    local = Policy.default().override({"care.deduction_per_missed_duty": "1.5"})
    missed = check_care([in_hardship(contact=None)], [], d(2025, 3, 1), d(2025, 3, 31))
    heads = care_deductions(missed, policy=local.override({"care.deduction_unit": "head"}))
    visit, contact = heads
    assert (visit.outcome, visit.value, visit.subject) == (
        "unassigned",
        None,
        "hardship_visit:M1:2025-03",
    )
    assert headline(visit) == (
        "未履行困难老党员每月看望(2025-03-01至2025-03-31)应扣1.5分,但无党组织负责人可计扣,"
        "须由镇党委确定责任人",
        "Missed monthly home visit in hardship (2025-03-01 to 2025-03-31): 1.5 points are due, "
        "but there is no head to charge; the town committee must name who bears them",
    )
    assert said(visit)[0][2] == (
        "Missed monthly home visit in hardship (2025-03-01 to 2025-03-31): 0 qualifying "
        "entries, fewer than 1"
    )
    assert said(visit)[-1] == (
        DEDUCTION,
        "本地规定:扣分计入党组织负责人(书记),但未提供名单或书记空缺",
        "Local policy: the organization's head (its secretary) is charged, but no roster was "
        "given or the post is vacant",
    )
    assert said(contact)[0] == (
        HARDSHIP,
        "未履行明确专人负责联系(2025-03-01至2025-03-31),未明确负责联系的专人",
        "Missed a person named to keep in touch (2025-03-01 to 2025-03-31): no person named to "
        "keep in touch",
    )
    (x, _) = care_deductions(missed, policy=local)
    assert x.value is not None
    assert (x.value.unit, x.value.points) == ("V01", Decimal("-1.5"))
    assert (x.value.reason.en) == (
        "Missed monthly home visit in hardship (2025-03-01 to 2025-03-31); 1.5 points per "
        "missed duty (care.deduction_per_missed_duty)"
    )
    assert said(x)[-1] == (
        DEDUCTION,
        "本地规定:扣分计入所在基层党组织V01",
        "Local policy: the member's organization, V01, is charged",
    )


@pytest.mark.rule(DEDUCTION)
def test_missed_duties_are_checked_and_named() -> None:
    local = Policy.default().override({"care.deduction_per_missed_duty": 1})
    missed = check_care([in_hardship()], [], d(2025, 3, 1), d(2025, 3, 31))
    with pytest.raises(RecordError, match=r"^missed: expected a collection of missed duties"):
        care_deductions("missed", policy=local)  # type: ignore[arg-type]
    with pytest.raises(
        RecordError, match=r"^missed duty listed more than once: hardship_visit:M1:2025-03$"
    ):
        care_deductions([*missed, *missed], policy=local)
    bare = care_deductions([m.value for m in missed], policy=local)
    assert [x.subject for x in bare] == ["hardship_visit:M1:2025-03"]
