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
from pydantic import ValidationError

from orgwork.care import (
    Duty,
    DutyKind,
    ElderlyMember,
    FundPurpose,
    HardshipKind,
    HardshipPeriod,
    HospitalStay,
    Organization,
    ReliefFund,
    Visit,
    VisitKind,
    answerable_head,
    care_deductions,
    check_care,
)
from orgwork.care._check import _allot
from orgwork.decision import Decision
from orgwork.errors import MissingParameterError, RecordError
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


# -- the second run's survivors -----------------------------------------------------------

SEPARATE = Policy.default().override({"care.one_visit_meets_several_duties": False})
ILLNESS = "care.illness_aid"
BAD_POLICY = r"^policy must be an orgwork Policy or None, not str \(build one with"


@pytest.mark.rule(HEAD)
def test_the_day_and_the_policy_of_the_head_are_checked_and_named() -> None:
    with pytest.raises(
        ValidationError,
        match=r"^2 validation errors for organization\norganization\.Organization\n",
    ):
        answerable_head("  ", on=d(2025, 7, 8))
    with pytest.raises(ValidationError, match=r"^1 validation error for on\non\n"):
        answerable_head(ORG, on="nope")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=BAD_POLICY):
        answerable_head(ORG, on=d(2025, 7, 8), policy="local")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=BAD_POLICY):
        answerable_head("V02", on=d(2025, 7, 8), policy="local")  # type: ignore[arg-type]


@pytest.mark.rule(MISSED)
def test_the_arguments_of_the_check_are_named_in_its_errors() -> None:
    period = (d(2025, 3, 1), d(2025, 3, 31))
    with pytest.raises(
        TypeError, match=r"^organizations must be a collection of Organization, not NoneType$"
    ):
        check_care([in_hardship()], [], *period, organizations=None)  # type: ignore[arg-type]
    with pytest.raises(
        RecordError,
        match=r"^organizations: expected a collection of Organization, not a single string$",
    ):
        check_care([in_hardship()], [], *period, organizations="V01")  # type: ignore[arg-type]
    with pytest.raises(RecordError, match=r"^organization listed more than once: V01$"):
        check_care([in_hardship()], [], *period, organizations=[ORG, ORG])
    with pytest.raises(TypeError, match=r"^visits must be a collection of Visit, not NoneType$"):
        check_care([in_hardship()], None, *period)  # type: ignore[arg-type]
    with pytest.raises(
        RecordError, match=r"^visits: expected a collection of Visit, not a single string$"
    ):
        check_care([in_hardship()], "M1", *period)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=r"^1 validation error for fund\nfund\n"):
        check_care([in_hardship()], [], *period, fund="ledger")  # type: ignore[arg-type]


def test_five_unknown_subjects_are_all_listed_and_a_sixth_is_counted() -> None:
    def log(n: int) -> list[Visit]:
        return [
            Visit(kind=VisitKind.HOME, on=d(2025, 3, i), member=f"X{i}") for i in range(1, n + 1)
        ]

    listed = (
        "the visit log names unknown subjects: visits[0]: member 'X1' is not in the roster; "
        "visits[1]: member 'X2' is not in the roster; visits[2]: member 'X3' is not in the "
        "roster; visits[3]: member 'X4' is not in the roster; visits[4]: member 'X5' is not in "
        "the roster"
    )
    with pytest.raises(RecordError) as caught:
        check_care([in_hardship()], log(5), d(2025, 3, 1), d(2025, 3, 31))
    assert str(caught.value) == listed
    with pytest.raises(RecordError) as caught:
        check_care([in_hardship()], log(6), d(2025, 3, 1), d(2025, 3, 31))
    assert str(caught.value) == listed + "; and 1 more"


@pytest.mark.rule(MISSED)
def test_one_visit_one_duty_is_read_as_in_force_on_the_end_of_the_period() -> None:
    # the local choice changes on 31 March: a check to that day reads it, one to 30 March not
    m = member(
        hardship=[
            HardshipPeriod(kind=HardshipKind.GREAT_HARDSHIP, start=d(2025, 3, 1), contact="李四")
        ],
        hospital_stays=[
            HospitalStay(admitted=d(2025, 3, 2), major_illness=True, discharged=d(2025, 3, 20))
        ],
    )
    later = Policy.default().with_change(
        d(2025, 3, 31), {"care.one_visit_meets_several_duties": False}
    )
    log = [home(d(2025, 3, 9))]
    assert check_care([m], log, d(2025, 3, 1), d(2025, 3, 30), policy=later) == ()
    (x,) = check_care([m], log, d(2025, 3, 1), d(2025, 3, 31), policy=later)
    v = x.value
    assert (x.outcome, x.subject, x.rule) == ("missed", "hardship_visit:M1:2025-03", MISSED)
    assert (v.organization, v.year, v.month, v.found, v.counted_elsewhere, v.answerable) == (
        "V01",
        2025,
        3,
        1,
        1,
        None,
    )
    assert x.rules == (MISSED, HARDSHIP, HEAD)
    assert x.parameters == {
        "care.hardship_visits_per_month": 1,
        "care.one_visit_meets_several_duties": False,
    }
    assert headline(x) == (
        "未履行:2025年03月应入户看望王某至少1次",
        "Missed: Visit 王某 at home at least 1 time(s) in 2025-03",
    )
    assert said(x) == [
        (
            HARDSHIP,
            "2025年03月2025-03-01至2025-03-31期间生活特别贫困,每月至少入户看望1次",
            "In 2025-03 (2025-03-01 to 2025-03-31) the member is in especially great hardship: "
            "at least 1 home visit(s) a month",
        ),
        (HARDSHIP, "负责联系的专人:李四", "The person named to keep in touch: 李四"),
        (
            MISSED,
            "2025-03-01至2025-03-31期间入户看望记录1次,少于应有的1次",
            "The log has 1 qualifying entry from 2025-03-01 to 2025-03-31, fewer than 1",
        ),
        (
            MISSED,
            "本地规定:一次走访只履行一项职责,其中1日的记录已计入其他职责(按应履行日期先后分配)",
            "Local policy: one visit meets one duty; on 1 of those days the entries were counted "
            "for other duties (allotted in order of due day)",
        ),
        (
            MISSED,
            "期限由care.hardship_visits_per_month设定;由V01党组织负责人承担责任(未提供名单)",
            "The limit is set by care.hardship_visits_per_month; The head of V01 answers (no "
            "roster given)",
        ),
        (
            HEAD,
            "应帮不帮、应扶不扶的,追究党组织负责人责任",
            "Where help was due and not given, the organization's head answers",
        ),
    ]


@pytest.mark.rule(MISSED)
def test_entries_given_back_are_not_counted_elsewhere_on_the_windows_edges() -> None:
    # two visits a month, one visit each month (on the first day, on the last day, and twice on
    # one day): each month is missed, and its one day went to no other duty
    two = SEPARATE.override({"care.hardship_visits_per_month": 2})
    log = [home(d(2025, 3, 1)), home(d(2025, 4, 30)), home(d(2025, 5, 15)), home(d(2025, 5, 15))]
    missed = check_care(
        [in_hardship()], log, d(2025, 3, 1), d(2025, 5, 31), organizations=[ORG], policy=two
    )
    assert [x.subject for x in missed] == [
        "hardship_visit:M1:2025-03",
        "hardship_visit:M1:2025-04",
        "hardship_visit:M1:2025-05",
    ]
    for x, (month, last) in zip(missed, [(3, 31), (4, 30), (5, 31)], strict=True):
        v = x.value
        assert (x.outcome, x.rule, x.rules) == ("missed", MISSED, (MISSED, HARDSHIP, HEAD))
        assert (v.year, v.month, v.found, v.counted_elsewhere, v.answerable) == (
            2025,
            month,
            1,
            0,
            "张书记",
        )
        assert x.parameters == {
            "care.hardship_visits_per_month": 2,
            "care.one_visit_meets_several_duties": False,
        }
        assert headline(x) == (
            f"未履行:2025年0{month}月应入户看望王某至少2次",
            f"Missed: Visit 王某 at home at least 2 time(s) in 2025-0{month}",
        )
        window = (f"2025-0{month}-01", f"2025-0{month}-{last}")
        assert said(x) == [
            (
                HARDSHIP,
                f"2025年0{month}月{window[0]}至{window[1]}期间生活特别贫困,每月至少入户看望2次",
                f"In 2025-0{month} ({window[0]} to {window[1]}) the member is in especially "
                "great hardship: at least 2 home visit(s) a month",
            ),
            (HARDSHIP, "负责联系的专人:李四", "The person named to keep in touch: 李四"),
            (
                MISSED,
                f"{window[0]}至{window[1]}期间入户看望记录1次,少于应有的2次",
                f"The log has 1 qualifying entry from {window[0]} to {window[1]}, fewer than 2",
            ),
            (
                MISSED,
                "期限由care.hardship_visits_per_month设定;由某村党支部书记张书记承担责任",
                "The limit is set by care.hardship_visits_per_month; 张书记, secretary of "
                "某村党支部, answers",
            ),
            (
                HEAD,
                "应帮不帮、应扶不扶的,追究党组织负责人(书记)责任",
                "Where help was due and not given, the organization's head (its secretary) answers",
            ),
        ]


@pytest.mark.rule(MISSED)
@pytest.mark.rule(ILLNESS)
def test_a_relief_payment_meets_the_help_duty_when_one_visit_meets_one_duty() -> None:
    m = member(
        hospital_stays=[
            HospitalStay(admitted=d(2024, 3, 2), major_illness=True, money_difficulty=True)
        ]
    )
    local = SEPARATE.override({"care.illness_aid_days": 30})
    fund = ReliefFund(name="老党员关怀帮扶专项资金").receive(d(2024, 1, 2), 10000, source="财政")
    fund = fund.pay(d(2024, 3, 20), 2000, m, FundPurpose.MAJOR_ILLNESS)
    log = [Visit(kind=VisitKind.HOSPITAL, on=d(2024, 3, 3), member="M1")]
    period = (d(2024, 3, 1), d(2024, 4, 30))
    assert check_care([m], log, *period, fund=fund, policy=local) == ()
    (x,) = check_care([m], log, *period, policy=local)  # without the ledger: missed
    v = x.value
    assert (x.outcome, x.subject, x.rule) == ("missed", "illness_aid:M1:2024-03-02", MISSED)
    assert (v.organization, v.year, v.month, v.found, v.counted_elsewhere, v.answerable) == (
        "V01",
        2024,
        4,
        0,
        0,
        None,
    )
    assert (v.duty.start, v.duty.due, v.duty.met_by) == (
        d(2024, 3, 2),
        d(2024, 4, 1),
        (VisitKind.AID,),
    )
    assert x.rules == (MISSED, ILLNESS, HEAD)
    assert x.parameters == {
        "care.illness_aid_days": 30,
        "care.one_visit_meets_several_duties": False,
    }
    assert headline(x) == (
        "未履行:王某住院且资金非常困难,应于2024-04-01前给予帮助",
        "Missed: 王某 is in hospital (money): help by 2024-04-01",
    )
    assert said(x) == [
        (
            ILLNESS,
            "2024-03-02住院,资金非常困难,所在基层党组织应给予帮助",
            "In hospital from 2024-03-02 (money): the organization must help",
        ),
        (
            ILLNESS,
            "本地规定:入院后30日内给予帮助(至2024-04-01)",
            "Local policy: within 30 days of admission (by 2024-04-01)",
        ),
        (
            MISSED,
            "2024-03-02至2024-04-01期间帮助救助记录0次,少于应有的1次",
            "The log has 0 qualifying entries from 2024-03-02 to 2024-04-01, fewer than 1",
        ),
        (
            MISSED,
            "期限由care.illness_aid_days设定;由V01党组织负责人承担责任(未提供名单)",
            "The limit is set by care.illness_aid_days; The head of V01 answers (no roster given)",
        ),
        (
            HEAD,
            "应帮不帮、应扶不扶的,追究党组织负责人责任",
            "Where help was due and not given, the organization's head answers",
        ),
    ]


@pytest.mark.rule(MISSED)
def test_members_with_the_same_duty_are_ordered_by_member_id() -> None:
    # 'M1' before 'M1-2' (the member), though 'hardship_visit:M1-2:…' sorts first as a duty id
    other = in_hardship().model_copy(update={"id": "M1-2", "name": "李某"})
    missed = check_care([other, in_hardship()], [], d(2025, 3, 1), d(2025, 3, 31))
    assert [x.subject for x in missed] == [
        "hardship_visit:M1:2025-03",
        "hardship_visit:M1-2:2025-03",
    ]


def _duty(id: str, start: dt.date, due: dt.date, visits: int, *met_by: VisitKind) -> Duty:
    return Duty(
        id=id,
        kind=DutyKind.HARDSHIP_VISIT,
        rule=HARDSHIP,
        organization="V01",
        member="M1",
        start=start,
        due=due,
        visits=visits,
        met_by=met_by,
    )


def test_the_allotment_moves_an_earlier_duty_to_free_an_entry() -> None:
    # a (due first) takes the aid of 1 January; b can use only that one, so a moves to the 2nd
    a = _duty("a", d(2025, 1, 1), d(2025, 1, 2), 1, VisitKind.AID, VisitKind.HOME)
    b = _duty("b", d(2025, 1, 1), d(2025, 1, 3), 1, VisitKind.AID)
    entries = [(d(2025, 1, 1), VisitKind.AID), (d(2025, 1, 2), VisitKind.HOME)]
    assert _allot([a, b], entries) == ({"a": 1, "b": 1}, [])


def test_the_allotment_gives_an_entry_once_and_a_day_once() -> None:
    # three entries on one day: a takes the aid, b takes it over (a moves to the home visit),
    # and c finds no aid left: the hospital visit stays free
    day = d(2025, 1, 1)
    a = _duty("a", day, day, 1, VisitKind.AID, VisitKind.HOSPITAL, VisitKind.HOME)
    b = _duty("b", day, day, 1, VisitKind.AID)
    c = _duty("c", day, d(2025, 1, 2), 1, VisitKind.AID)
    entries = [(day, VisitKind.AID), (day, VisitKind.HOME), (day, VisitKind.HOSPITAL)]
    assert _allot([a, b, c], entries) == ({"a": 1, "b": 1, "c": 0}, [(day, VisitKind.HOSPITAL)])
    # two entries on one day are one day: a duty of two visits is not met, and gives both back
    two = _duty("two", day, d(2025, 1, 3), 2, VisitKind.HOME)
    same_day = [(day, VisitKind.HOME), (day, VisitKind.HOME)]
    assert _allot([two], same_day) == ({"two": 0}, same_day)


# -- 纳入干部千分制考核: the arguments ---------------------------------------------------------


@pytest.mark.rule(DEDUCTION)
def test_the_deduction_arguments_are_checked_and_named() -> None:
    with pytest.raises(TypeError, match=BAD_POLICY):
        care_deductions([], policy="local")  # type: ignore[arg-type]
    with pytest.raises(
        TypeError, match=r"^missed must be a collection of missed duties, not NoneType$"
    ):
        care_deductions(None)  # type: ignore[arg-type]
    missed = check_care([in_hardship()], [], d(2025, 3, 1), d(2025, 3, 31))
    with pytest.raises(
        TypeError,
        match=r"^missed must be a collection of missed duties, not a single "
        r"Decision\[MissedDuty\]$",
    ):
        care_deductions(missed[0])  # type: ignore[arg-type]
    with pytest.raises(
        MissingParameterError,
        match=r"^care\.deduction_per_missed_duty is not set: the seeds give no points per "
        r"missed care duty$",
    ) as caught:
        care_deductions(missed)
    assert caught.value.parameter == "care.deduction_per_missed_duty"


def test_a_roster_that_is_not_a_collection_of_members_is_refused_naming_members() -> None:
    # members is read once, first (an iterator is read once); its errors name it
    with pytest.raises(RecordError, match=r"^members: expected a collection of ElderlyMember"):
        check_care("M1", [], d(2025, 1, 1), d(2025, 2, 1))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^members must be a collection of ElderlyMember, not int"):
        check_care(5, [], d(2025, 1, 1), d(2025, 2, 1))  # type: ignore[arg-type]
