"""Talks (谈心谈话): each status's explanation word for word, and the day boundaries.

Written against the survivors of mutation testing (``python tools/mutation.py
cadres/_talks``, triage in ``docs/mutation.md``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

import pytest

from orgwork.cadres import CadreEvent, Talk, TalkTrigger, talks_due
from orgwork.decision import Decision
from orgwork.errors import RecordError
from orgwork.policy import Policy

D = dt.date
TEN = Policy.default().override({"cadres.talk_deadline_days": 10})
LI = CadreEvent(cadre="李某", trigger=TalkTrigger.FAMILY_MISFORTUNE, on=D(2011, 3, 2))
ZHAO = CadreEvent(cadre="赵某", trigger=TalkTrigger.COLLECTIVE_ADJUSTMENT, on=D(2011, 4, 1))
WANG = CadreEvent(cadre="王某", trigger=TalkTrigger.MAJOR_SETBACK, on=D(2011, 4, 25))
TALKS = [
    Talk(cadre="李某", on=D(2011, 3, 4), by="科长", by_department_leadership=False),
    Talk(cadre="李某", on=D(2011, 3, 20), by="部长"),
]
ASKED = D(2011, 4, 30)


def texts(d: Decision[Any]) -> list[tuple[str, str]]:
    assert {r.rule for r in d.reasons} == {"cadres.talks"}
    return [(r.zh, r.en) for r in d.reasons]


def one(event: CadreEvent, talks: list[Talk], on: dt.date = ASKED, **kw: Any) -> Decision[Any]:
    (d,) = talks_due([event], on=on, talks=talks, **kw)
    return d


@pytest.mark.rule("cadres.talks")
def test_a_talk_by_the_leadership_answers_and_another_does_not_count() -> None:
    d = one(LI, TALKS)
    assert (d.subject, d.outcome) == ("李某:2011-03-02:family_misfortune", "held")
    assert (d.value.held_on, d.value.held_by, d.value.due_by) == (D(2011, 3, 20), "部长", None)
    assert (d.headline.zh, d.headline.en) == (
        "李某(家庭发生变故)已于2011年3月20日由部长谈话",
        "李某 (a misfortune in the family): talk held on 2011-03-20 by 部长",
    )
    assert texts(d) == [
        (
            "2011-03-02李某家庭发生变故,部领导班子成员应与其谈心谈话",
            "On 2011-03-02 李某 had a misfortune in the family: a member of the department's "
            "leadership is to talk with them",
        ),
        (
            "2011-03-04科长的谈话不是部领导班子成员所谈,不计入",
            "The talk by 科长 on 2011-03-04 was not by a member of the leadership: it does not "
            "count",
        ),
    ]


@pytest.mark.rule("cadres.talks")
def test_without_a_local_deadline_a_talk_is_due_and_never_overdue() -> None:
    d = one(ZHAO, [], on=D(2030, 1, 1))
    assert (d.outcome, d.value.due_by, d.value.held_on, d.value.held_by) == (
        "due",
        None,
        None,
        None,
    )
    assert (d.headline.zh, d.headline.en) == (
        "赵某(干部集中调整)待谈心谈话",
        "赵某 (adjusted with other cadres): a talk is due",
    )
    assert len(d.reasons) == 1


@pytest.mark.rule("cadres.talks")
def test_a_talk_after_the_local_deadline_is_held_late() -> None:
    d = one(LI, TALKS, policy=TEN)
    assert (d.outcome, d.value.due_by) == ("held_late", D(2011, 3, 12))
    assert d.headline.en == (
        "李某 (a misfortune in the family): talk held on 2011-03-20 by 部长 (late)"
    )
    assert d.headline.zh == "李某(家庭发生变故)已于2011年3月20日由部长谈话(超过期限)"
    assert texts(d)[-1] == (
        "本地规定10日内谈话,期限2011-03-12",
        "Local policy: within 10 day(s), by 2011-03-12",
    )


@pytest.mark.rule("cadres.talks")
def test_a_talk_on_the_deadline_itself_is_on_time() -> None:
    d = one(LI, [Talk(cadre="李某", on=D(2011, 3, 12), by="部长")], policy=TEN)
    assert d.outcome == "held"


@pytest.mark.rule("cadres.talks")
def test_past_the_deadline_without_a_talk_is_overdue_and_on_it_still_due() -> None:
    overdue = one(ZHAO, [], policy=TEN)
    assert (overdue.outcome, overdue.value.due_by) == ("overdue", D(2011, 4, 11))
    assert (overdue.headline.zh, overdue.headline.en) == (
        "赵某(干部集中调整)应于2011年4月11日前谈话,已逾期",
        "赵某 (adjusted with other cadres): the talk was due by 2011-04-11 and is overdue",
    )
    on_the_day = one(ZHAO, [], on=D(2011, 4, 11), policy=TEN)
    assert on_the_day.outcome == "due"
    assert (on_the_day.headline.zh, on_the_day.headline.en) == (
        "赵某(干部集中调整)待谈心谈话,期限2011年4月11日",
        "赵某 (adjusted with other cadres): a talk is due by 2011-04-11",
    )


@pytest.mark.rule("cadres.talks")
def test_only_talks_from_the_event_to_the_day_asked_count() -> None:
    before = Talk(cadre="王某", on=D(2011, 4, 24), by="部长")
    on_event = Talk(cadre="王某", on=D(2011, 4, 25), by="部长")
    on_asked = Talk(cadre="王某", on=ASKED, by="部长")
    after = Talk(cadre="王某", on=D(2011, 5, 1), by="部长")
    assert one(WANG, [before, after]).outcome == "due"
    assert one(WANG, [on_event]).value.held_on == D(2011, 4, 25)
    assert one(WANG, [on_asked]).value.held_on == ASKED
    # another cadre's talk answers nothing
    assert one(WANG, [Talk(cadre="赵某", on=D(2011, 4, 26), by="部长")]).outcome == "due"


@pytest.mark.rule("cadres.talks")
def test_an_event_on_the_day_asked_is_included_and_a_later_one_left_out() -> None:
    ds = talks_due([WANG, ZHAO], on=D(2011, 4, 25))
    assert [d.value.cadre for d in ds] == ["赵某", "王某"]
    assert talks_due([WANG], on=D(2011, 4, 24)) == ()


@pytest.mark.rule("cadres.talks")
def test_the_deadline_is_the_one_in_force_on_the_day_of_the_event() -> None:
    p = Policy.default().with_change(D(2011, 4, 1), {"cadres.talk_deadline_days": 5})
    assert one(ZHAO, [], policy=p).value.due_by == D(2011, 4, 6)
    assert one(LI, [], policy=p).value.due_by is None


@pytest.mark.rule("cadres.talks")
def test_wrong_arguments_are_refused_naming_them() -> None:
    with pytest.raises(TypeError, match=r"^policy must be an orgwork Policy or None, not dict"):
        talks_due([], on=ASKED, policy=cast(Any, {}))  # refused even with nothing to decide
    with pytest.raises(TypeError, match=r"^events must be a collection of CadreEvent, not int$"):
        talks_due(cast(Any, 5), on=ASKED)
    with pytest.raises(TypeError, match=r"^talks must be a collection of Talk, not int$"):
        talks_due([LI], on=ASKED, talks=cast(Any, 5))
    with pytest.raises(RecordError) as twice:
        talks_due([LI, LI], on=ASKED)
    assert str(twice.value) == "event listed more than once: 李某:2011-03-02:family_misfortune"
