"""The supervision family of the sample town: the data, the report section, and the ledger display."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgwork._zh import plain_zh
from orgwork.calendar import official_calendar
from orgwork.decision import Decision
from orgwork.policy import Policy
from orgwork.report import Section
from orgwork.report.supervision import section
from orgwork.rules import catalogue
from orgwork.samples import TOWN
from orgwork.samples.supervision import (
    FIRST_YEAR,
    LAST_YEAR,
    SAMPLE_MEETING_WORKING_DAYS,
    SupervisionRecords,
    build,
)
from orgwork.strategies import rectification_ledgers
from orgwork.supervision import (
    CaseStatus,
    Channel,
    RectificationLedger,
    UnitKind,
    case_status,
    ledger_summary,
    overdue_items,
    visit_coverage,
)

YEARS = (2004, 2013, 2020, 2025, 2026)
ALL_YEARS = tuple(range(FIRST_YEAR, LAST_YEAR + 1))


def _decisions(s: Section, rule_id: str) -> list[Decision[Any]]:
    return [d for d in s.decisions if d.rule == rule_id]


def _summary(s: Section, lang: str = "zh") -> str:
    return "\n".join(t.zh if lang == "zh" else t.en for t in s.summary)


# -- the data ---------------------------------------------------------------------------


@pytest.mark.rule("supervision.case_status")
@pytest.mark.parametrize("year", YEARS)
def test_a_year_of_letters_mostly_on_time_some_late_some_overdue(year: int) -> None:
    sample = build(year)
    assert (sample.department, sample.head, sample.deputy_head_letters) == (
        "云岭市委组织部",
        TOWN.department_head,
        TOWN.deputy_head_letters,
    )
    assert {c.channel for c in sample.cases} == set(Channel)
    assert {c.received_on.month for c in sample.cases} == set(range(1, 13))
    assert all(c.received_on.year == year for c in sample.cases)
    assert len({c.id for c in sample.cases}) == len(sample.cases)
    states = [
        case_status(c, on=sample.on).value.status
        for c in sample.cases
        if c.received_on <= dt.date(year, 12, 10)  # deadlines inside the calendar in every year
    ]
    on_time = states.count(CaseStatus.ANSWERED_ON_TIME)
    assert on_time > 0.75 * len(states)
    assert states.count(CaseStatus.ANSWERED_LATE) >= 2
    assert states.count(CaseStatus.OVERDUE) >= 2
    late_december = [c for c in sample.cases if c.received_on >= dt.date(year, 12, 20)]
    assert late_december
    assert all(c.replied_on is None for c in late_december)


@pytest.mark.rule("supervision.visit_coverage")
@pytest.mark.parametrize("year", YEARS)
def test_visits_cover_townships_and_city_units_but_one_unit_in_one_half(year: int) -> None:
    sample = build(year)
    names = {u.name for u in sample.units}
    assert "青石镇" in names
    assert sum(u.kind is UnitKind.TOWNSHIP for u in sample.units) >= 4
    assert sum(u.kind is UnitKind.COUNTY_UNIT and u.in_scope for u in sample.units) >= 4
    halves = visit_coverage(sample.units, sample.visits, year, on=dt.date(year + 1, 1, 1))
    missed = [(d.subject, m) for d in halves for m in d.value.missed]
    assert len(missed) == 1
    assert {d.subject for d in halves} == {f"{year}-H1", f"{year}-H2"}


@pytest.mark.rule("supervision.rectification_summary")
@pytest.mark.parametrize("year", YEARS)
def test_the_ledger_has_a_closed_an_overdue_and_a_carried_item(year: int) -> None:
    sample = build(year)
    ledger = sample.ledger
    s = ledger_summary(ledger, on=sample.on).value
    assert s.total >= 4
    closed = [i for i in ledger.items if i.is_closed]
    assert closed
    assert all(i.satisfied for i in closed)
    assert [d.subject for d in overdue_items(ledger, on=sample.on)] == ["ZG02"]
    carried = [
        ledger.item(i) for i in s.to_raise_again if ledger.item(i).satisfaction
    ]  # raised at the second round, members and public not yet satisfied
    assert any(not i.satisfied and f"{year}-H2" in i.raised_at for i in carried)
    assert all(e.on.year == year for e in ledger.history)
    assert {r.id for r in sample.rounds} == {f"{year}-H1", f"{year}-H2"}
    assert 1 <= len(sample.findings) <= 2


def test_build_is_deterministic_fictional_and_bounded() -> None:
    assert build(2025) == build(2025)
    assert build(2025) != build(2024)
    for bad in (FIRST_YEAR - 1, LAST_YEAR + 1):
        with pytest.raises(ValueError, match="2004–2026"):
            build(bad)
    sample = build(2025)
    assert sample.handlers[0] == TOWN.deputy_head_letters  # the seed's one deputy head for letters
    assert {c.handler for c in sample.cases} <= set(sample.handlers)


def test_sample_round_trips_through_json() -> None:
    sample = build(2025)
    assert SupervisionRecords.model_validate_json(sample.model_dump_json()) == sample


# -- the section ------------------------------------------------------------------------


@pytest.mark.rule("supervision.case_summary")
def test_section_states_overdue_replies_who_and_since_when() -> None:
    sample = build(2025)
    s = section(sample)
    assert s.key == "supervision"
    overall = s.decisions[0]
    assert overall.rule == "supervision.case_summary"
    assert overall.subject == "all"
    overdue = overall.value.overdue_cases
    assert len(overdue) == 2
    text = _summary(s)
    for case_id in overdue:
        case = next(c for c in sample.cases if c.id == case_id)
        due = next(
            d.value.due for d in _decisions(s, "supervision.case_status") if d.subject == case_id
        )
        assert f"{case_id}(" in text
        assert f"承办人{case.handler}" in text
        assert (
            f"自{(due + dt.timedelta(days=1)).month}月{(due + dt.timedelta(days=1)).day}日起超期"
            in text
        )
    v = overall.value
    due = v.answered_on_time + v.answered_late + v.overdue
    # counts and a percentage, never a reduced fraction
    assert f"按期答复{v.answered_on_time}件/共{due}件," in text
    assert f"{v.answered_on_time} of {due} on time, " in _summary(s, "en")


@pytest.mark.rule("supervision.reception_days")
def test_section_states_reception_days_weekends_and_the_holiday_choice() -> None:
    s = section(build(2026))
    days = _decisions(s, "supervision.reception_days")
    assert [d.value for d in days] == [dt.date(2026, m, 15) for m in range(1, 13)]
    text = _summary(s)
    assert "3月15日、8月15日、11月15日" in text  # the weekend 15ths of 2026
    assert "2月15日春节" in text
    assert plain_zh("supervision.reception_on_holidays = true") in text
    moved = section(
        build(2026), Policy.default().override({"supervision.reception_on_holidays": False})
    )
    feb = _decisions(moved, "supervision.reception_days")[1]
    assert feb.outcome == "moved"
    assert feb.value > dt.date(2026, 2, 15)
    assert "改期" in _summary(moved)


@pytest.mark.rule("supervision.reply_deadline")
def test_late_december_2026_letters_become_notes_not_errors() -> None:
    sample = build(2026)
    s = section(sample)
    uncovered = [c for c in sample.cases if c.received_on >= dt.date(2026, 12, 11)]
    assert uncovered
    assert all(any(c.id in n.zh and "2027" in n.zh for n in s.notes) for c in uncovered)
    assert all("Calendar.with_file" in n.en for n in s.notes if "2027" in n.en)
    statuses = {d.subject for d in _decisions(s, "supervision.case_status")}
    assert not statuses & {c.id for c in uncovered}
    assert s.decisions[0].value.received == len(sample.cases) - len(uncovered)
    assert f"另有{len(uncovered)}件无法计算答复期限" in _summary(s)
    # 2025's December letters are due in January 2026: decided, and open at the year's end
    s25 = section(build(2025))
    assert not any("2026年" in n.zh and "答复期限" in n.zh for n in s25.notes)
    open_due = list(_decisions(s25, "supervision.reply_deadline"))
    assert open_due
    assert all(d.value.year == 2026 for d in open_due)


@pytest.mark.rule("supervision.visit_coverage")
@pytest.mark.rule("supervision.evaluation_round")
@pytest.mark.rule("supervision.evaluation_coverage")
def test_section_states_the_missed_unit_and_the_evaluations() -> None:
    s = section(build(2025))
    text = _summary(s)
    assert "2025-H2应走访12个单位,已走访11个,未走访云岭市水利局" in text
    assert "2025-H1应走访的12个单位全部走访" in text
    assert [d.outcome for d in _decisions(s, "supervision.evaluation_coverage")] == ["held", "held"]
    rounds = _decisions(s, "supervision.evaluation_round")
    assert [d.outcome for d in rounds] == ["conforms", "deficient"]
    assert "2025-H2" in text
    assert "缺少信访部门人士" in text
    quarterly = section(
        build(2025), Policy.default().override({"supervision.visit_interval_months": 3})
    )
    assert [d.subject for d in _decisions(quarterly, "supervision.visit_coverage")] == [
        "2025-Q1",
        "2025-Q2",
        "2025-Q3",
        "2025-Q4",
    ]


@pytest.mark.rule("supervision.rectification_closing")
@pytest.mark.rule("supervision.rectification_overdue")
def test_section_states_the_ledger() -> None:
    s = section(build(2025))
    text = _summary(s)
    assert "共6项:已销号2项,逾期未整改1项,已公布整改结果待满意1项,整改中2项" in text
    assert "逾期未整改:ZG02作风建设(责任人姚佳慧,期限8月31日" in text
    assert "结转下次评议会再次征求意见:ZG02、ZG03、ZG04、ZG06" in text
    assert "ZG03已公布整改结果但" in text
    checks = {d.subject: d for d in _decisions(s, "supervision.rectification_closing")}
    assert checks["ZG01"].value
    assert checks["ZG05"].value
    assert not checks["ZG03"].value
    assert not checks["ZG02"].value
    assert any("不满意" in r.zh for r in checks["ZG03"].reasons)
    assert [d.subject for d in _decisions(s, "supervision.rectification_overdue")] == ["ZG02"]


@pytest.mark.rule("supervision.accountability")
def test_accountability_follows_the_policy_choice() -> None:
    default = section(build(2025))
    measures = {d.subject: d.value.value for d in _decisions(default, "supervision.accountability")}
    assert measures == {"陶文斌": "criticism_education", "钟立平": "criticism_education"}
    assert "钟立平" in _summary(default)
    assert "批评教育" in _summary(default)
    stricter = section(
        build(2025),
        Policy.default().override(
            {"supervision.major_trusted_measure": "suspension_from_inspection"}
        ),
    )
    changed = {d.subject: d.value.value for d in _decisions(stricter, "supervision.accountability")}
    assert changed == {"陶文斌": "criticism_education", "钟立平": "suspension_from_inspection"}
    assert "暂时取消参与考察干部等重要工作的资格" in _summary(stricter)


@pytest.mark.rule("supervision.meeting_deadline")
def test_meeting_deadline_uses_a_labelled_sample_value_only_when_unset() -> None:
    s = section(build(2025))
    meetings = _decisions(s, "supervision.meeting_deadline")
    assert len(meetings) == 2
    assert {d.parameters["supervision.meeting_working_days"] for d in meetings} == {
        SAMPLE_MEETING_WORKING_DAYS
    }
    assert any(
        "示例设定" in n.zh and plain_zh("supervision.meeting_working_days") in n.zh for n in s.notes
    )
    due = official_calendar().add_working_days(dt.date(2025, 9, 9), SAMPLE_MEETING_WORKING_DAYS)
    assert f"潘秀英于9月9日约见部长,9月17日接待,晚于期限{due.month}月{due.day}日" in _summary(s)
    own = section(build(2025), Policy.default().override({"supervision.meeting_working_days": 10}))
    assert {
        d.parameters["supervision.meeting_working_days"]
        for d in _decisions(own, "supervision.meeting_deadline")
    } == {10}
    assert not any("示例设定:监督员约见部长" in n.zh for n in own.notes)
    assert "晚于期限" not in _summary(own)


@pytest.mark.rule("supervision.supervisor_eligibility")
@pytest.mark.rule("supervision.supervisor_term")
def test_supervisors_recommended_and_appointed() -> None:
    s = section(build(2025))
    eligible = {d.subject: d.outcome for d in _decisions(s, "supervision.supervisor_eligibility")}
    assert eligible == {
        "严永福": "eligible",
        "潘秀英": "eligible",
        "蒋国栋": "eligible",
        "谢春燕": "ineligible",
    }
    terms = _decisions(s, "supervision.supervisor_term")
    assert len(terms) == 3
    assert all(t.value.last.year == 2026 for t in terms)
    assert "不符合条件:谢春燕" in _summary(s)


@pytest.mark.rule("supervision.case_summary")
def test_a_shorter_reply_limit_makes_more_replies_late() -> None:
    sample = build(2025)
    default = section(sample).decisions[0].value
    short = section(sample, Policy.default().override({"supervision.reply_working_days": 10}))
    assert short.decisions[0].parameters == {"supervision.reply_working_days": 10}
    assert short.decisions[0].value.answered_late > default.answered_late
    assert short.decisions[0].value.on_time_rate < default.on_time_rate


def test_section_runs_every_supervision_rule() -> None:
    ids = {r.id for r in catalogue() if r.id.startswith("supervision.")}
    used = {rule for d in section(build(2025)).decisions for rule in d.rules}
    assert ids <= used


@pytest.mark.parametrize("year", ALL_YEARS)
def test_section_never_raises_in_any_covered_year(year: int) -> None:
    s = section(build(year))
    assert s.summary
    assert s.decisions
    assert len(s.summary) >= 10
    assert all(t.zh and t.en for t in (*s.summary, *s.notes))


@settings(max_examples=25)
@given(
    year=st.integers(FIRST_YEAR, LAST_YEAR),
    reply=st.integers(1, 40),
    months=st.sampled_from((1, 2, 3, 4, 6, 12)),
    holidays=st.booleans(),
    weekends=st.booleans(),
    day=st.integers(1, 28),
)
def test_section_never_raises_under_any_policy(
    year: int, reply: int, months: int, holidays: bool, weekends: bool, day: int
) -> None:
    policy = Policy.default().override(
        {
            "supervision.reply_working_days": reply,
            "supervision.visit_interval_months": months,
            "supervision.evaluation_interval_months": months,
            "supervision.reception_on_holidays": holidays,
            "supervision.reception_on_weekends": weekends,
            "supervision.reception_day_of_month": day,
        }
    )
    sample = build(year)
    s = section(sample, policy)
    decided = s.decisions[0].value.received
    # every case is decided or named in a note
    noted = [c for c in sample.cases if any(c.id in n.zh for n in s.notes)]
    assert decided + len(noted) == len(sample.cases)
    assert len(_decisions(s, "supervision.visit_coverage")) == 12 // months


@pytest.mark.parametrize("year", [2025, 2026])
def test_section_json_round_trips(year: int) -> None:
    s = section(build(year))
    text = s.model_dump_json()
    back = Section.model_validate_json(text)
    assert back.model_dump_json() == text
    assert back.render("zh") == s.render("zh")
    assert back.render("en") == s.render("en")


# -- the ledger as a table (issue 8 item 6) ---------------------------------------------


def test_ledger_records_one_row_per_item_with_its_state() -> None:
    sample = build(2025)
    rows = sample.ledger.records(on=sample.on)
    assert [r["id"] for r in rows] == [i.id for i in sample.ledger.items]
    by_id = {r["id"]: r for r in rows}
    assert by_id["ZG01"]["state"] == "closed"
    assert by_id["ZG01"]["satisfaction"] is True
    assert by_id["ZG02"]["state"] == "overdue"
    assert by_id["ZG02"]["assignee"] == "姚佳慧"
    assert by_id["ZG02"]["deadline"] == dt.date(2025, 8, 31)
    assert by_id["ZG03"]["state"] == "rectified"
    assert by_id["ZG03"]["satisfaction"] is False
    assert by_id["ZG06"]["assignee"] is None
    assert by_id["ZG06"]["satisfaction"] is None
    # before the deadline ZG02 was open; before ZG06 was opened it is not listed
    early = {r["id"]: r for r in sample.ledger.records(on=dt.date(2025, 8, 1))}
    assert early["ZG02"]["state"] == "open"
    assert "ZG06" not in early
    # with no day given, the day of the last event (never the clock)
    last = max(e.on for e in sample.ledger.history)
    assert sample.ledger.records() == sample.ledger.records(on=last)
    assert RectificationLedger().records() == []


def test_ledger_html_is_a_table_with_escaped_values() -> None:
    ledger = (
        RectificationLedger()
        .open(
            "Q<1>",
            on=dt.date(2025, 6, 20),
            category="<script>alert(1)</script>",
            description="a & b",
        )
        .assign("Q<1>", "张\"某'", on=dt.date(2025, 6, 21))
    )
    page = ledger._repr_html_()
    assert page.startswith("<table>")
    assert page.endswith("</table>")
    assert "<script>" not in page
    assert "&lt;script&gt;" in page
    assert "Q&lt;1&gt;" in page
    assert html.escape("张\"某'") in page
    assert page.count("<tr>") == 2  # the header and one item
    for label in ("编号", "类别", "责任人", "整改期限", "状态", "满意度"):
        assert label in page
    sample_page = build(2025).ledger._repr_html_()
    assert sample_page.count("<tr>") == 1 + len(build(2025).ledger.items)
    assert "逾期未整改 / overdue" in sample_page
    assert "已销号 / closed" in sample_page


def test_ledger_to_dataframe() -> None:
    pd = pytest.importorskip("pandas")
    sample = build(2025)
    frame = sample.ledger.to_dataframe(on=sample.on)
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == [
        "id",
        "category",
        "description",
        "assignee",
        "deadline",
        "state",
        "satisfaction",
        "closed_on",
    ]
    assert list(frame["id"]) == [i.id for i in sample.ledger.items]
    assert frame.set_index("id").loc["ZG02", "state"] == "overdue"
    empty = RectificationLedger().to_dataframe()
    assert len(empty) == 0
    assert "state" in empty.columns


@settings(max_examples=30)
@given(ledger=rectification_ledgers())
def test_any_ledger_displays_one_row_per_item(ledger: RectificationLedger) -> None:
    rows = ledger.records()
    assert [r["id"] for r in rows] == [i.id for i in ledger.items]
    states = {r["state"] for r in rows}
    assert states <= {"open", "overdue", "rectified", "closed"}
    assert all((r["state"] == "closed") == (r["closed_on"] is not None) for r in rows)
    page = ledger._repr_html_()
    assert page.count("<tr>") == 1 + len(rows)


@pytest.mark.rule("supervision.case_summary")
@pytest.mark.parametrize("year", YEARS)
def test_letters_that_lawfully_take_longer_are_not_late_and_are_counted(year: int) -> None:
    # issue 13 point 4: 延期 (approved by whom, why, until when), 转送/交办, 不予受理
    sample = build(year)
    s = section(sample)
    overall = s.decisions[0].value
    assert (overall.extended, overall.transferred, overall.not_accepted) == (1, 1, 1)
    longer = set(overall.extended_cases + overall.transferred_cases + overall.not_accepted_cases)
    assert not longer & set(overall.late_cases + overall.overdue_cases)
    text = _summary(s)
    assert "依法延期或移交的来信来访3件,不计为超期" in text
    assert f"经{TOWN.department_head}批准延期至" in text
    assert "转送/交办青石镇党委" in text
    # 组织部明确一名副部长处理群众来信来访: the others who handled cases are named
    assert f"组织部明确副部长{TOWN.deputy_head_letters}处理群众来信来访" in text
    covered = {d.subject for d in _decisions(s, "supervision.case_status")}
    others = {c.id for c in sample.cases if c.handler != TOWN.deputy_head_letters}
    assert set(overall.other_handler_cases) == others & covered


@pytest.mark.rule("supervision.evaluation_round")
def test_a_group_the_locality_adds_to_the_evaluation_is_reported_when_absent() -> None:
    # 人大、政协、纪检、信访等部门人士: the 等 list is a minimum; a locality may add 党代表
    sample = build(2025)
    policy = Policy.default().override({"supervision.evaluation_local_groups": ["党代表"]})
    text = _summary(section(sample, policy))
    assert text.count("缺少本地增加的参评人员党代表") == 2  # both rounds
    assert "党代表" not in _summary(section(sample))


# -- the supervisors' duties and their right to speak freely (第五篇 二) --------------------

_SUPERVISORS = ("严永福", "潘秀英", "蒋国栋")


def _new_lines(s: Section, lang: str = "zh") -> list[str]:
    keys = ("义务监督员履职", "言论", "豁免") if lang == "zh" else ("duties", "said", "speak")
    return [
        (t.zh if lang == "zh" else t.en)
        for t in s.summary
        if any(k in (t.zh if lang == "zh" else t.en) for k in keys)
    ]


@pytest.mark.rule("supervision.supervisor_duties")
@pytest.mark.parametrize("year", YEARS)
def test_duties_are_listed_and_referred_when_no_cadence_is_set(year: int) -> None:
    sample = build(year)
    s = section(sample)
    duties = _decisions(s, "supervision.supervisor_duties")
    # one decision per duty over the whole term, for each of the three appointed
    assert [(d.subject, d.value.duty.value) for d in duties] == [
        (name, duty) for name in _SUPERVISORS for duty in ("contact", "meeting", "report")
    ]
    assert {d.outcome for d in duties} == {"referred"}
    yan_meetings = next(d for d in duties if d.subject == "严永福" and d.value.duty == "meeting")
    expected = tuple(
        r.on for r in sample.duties if r.supervisor == "严永福" and r.duty == "meeting"
    )
    assert yan_meetings.value.done == expected
    assert [x.month for x in expected] == [4, 10]
    jiang = [d for d in duties if d.subject == "蒋国栋"]
    assert [len(d.value.done) for d in jiang] == [0, 0, 1]
    text = _summary(s)
    april = expected[0]
    assert "严永福:定期保持联系" in text
    assert f"定期参加例会{april.month}月{april.day}日、" in text
    assert "“定期”未规定周期,本地未设定,列明履职情况,提交研究决定" in text
    assert "未履行" not in text


@pytest.mark.rule("supervision.supervisor_duties")
def test_a_cadence_set_by_the_policy_finds_the_missed_periods() -> None:
    policy = Policy.default().override(
        {
            "supervision.supervisor_meeting_months": 3,
            "supervision.supervisor_contact_months": 12,
            "supervision.supervisor_report_months": 12,
        }
    )
    s = section(build(2025), policy)
    duties = _decisions(s, "supervision.supervisor_duties")
    meetings = {
        name: [d.outcome for d in duties if d.subject == name and d.value.duty == "meeting"]
        for name in _SUPERVISORS
    }
    # terms from 3 March 2025: periods of 3 months, the fourth still running on 31 December
    assert meetings == {
        "严永福": ["met", "missed", "met", "in_progress"],
        "潘秀英": ["met", "missed", "missed", "in_progress"],
        "蒋国栋": ["missed", "missed", "missed", "in_progress"],
    }
    # a 12-month cadence: one period, running on 31 December, met once done
    yearly = {
        (d.subject, d.value.duty.value): d.outcome for d in duties if d.value.duty != "meeting"
    }
    assert yearly[("严永福", "contact")] == "met"
    assert yearly[("蒋国栋", "contact")] == "in_progress"
    text = _summary(s)
    assert "义务监督员履职按所设周期检查:6个周期未履行" in text
    assert "提交研究决定" not in "".join(ln for ln in text.splitlines() if "履职" in ln)


@pytest.mark.rule("supervision.supervisor_speech_immunity")
@pytest.mark.parametrize("year", YEARS)
def test_a_sanction_for_what_a_serving_supervisor_said_is_referred(year: int) -> None:
    sample = build(year)
    s = section(sample)
    (d,) = _decisions(s, "supervision.supervisor_speech_immunity")
    assert (d.subject, d.outcome, d.value) == ("潘秀英", "referred", True)
    (r,) = sample.sanctions
    assert r.for_speech
    assert r.said_on is not None
    assert r.said_on.month == 9
    text = _summary(s)
    assert (
        f"拟对义务监督员因其言论追责1起:潘秀英({r.proposed_on.month}月{r.proposed_on.day}日"
        f"拟追责,所涉言论发表于{r.said_on.month}月{r.said_on.day}日)" in text
    )
    assert "义务监督员享有言论豁免权,不作处理决定,提交研究决定" in text


@pytest.mark.rule("supervision.supervisor_speech_immunity")
def test_a_sanction_for_other_conduct_or_words_outside_the_term_is_not_immune() -> None:
    sample = build(2025)
    (r,) = sample.sanctions
    other = r.model_copy(update={"for_speech": False})
    before = r.model_copy(update={"said_on": dt.date(2025, 1, 10)})  # before the appointment
    s = section(sample.model_copy(update={"sanctions": (other, before)}))
    outcomes = [
        (d.outcome, d.value) for d in _decisions(s, "supervision.supervisor_speech_immunity")
    ]
    assert outcomes == [("not_applicable", False), ("not_applicable", False)]
    assert "另有2起拟追责不属于义务监督员在聘期内的言论,言论豁免权不适用" in _summary(s)
    assert "言论豁免权,不作处理决定" not in _summary(s)


def test_the_duty_and_sanction_lines_have_no_english_code_and_an_english_version() -> None:
    import re

    meetings = Policy.default().override({"supervision.supervisor_meeting_months": 3})
    for policy, n in ((None, 2), (meetings, 3)):  # with one cadence set: referred and missed
        s = section(build(2025), policy)
        zh = _new_lines(s)
        assert len(zh) == n
        assert [ln for ln in zh if re.search(r"[A-Za-z_]{2,}", ln)] == []
        en = _new_lines(s, "en")
        assert len(en) == n
        assert "Volunteer supervisors' duties" in en[0]
        assert "supervisors may speak without penalty" in en[-1]


def test_an_empty_duty_log_lists_no_duty_done() -> None:
    s = section(build(2025).model_copy(update={"duties": (), "sanctions": ()}))
    duties = _decisions(s, "supervision.supervisor_duties")
    assert len(duties) == 9
    assert all(d.value.done == () for d in duties)
    assert "严永福:无履职记录" in _summary(s)
    assert not _decisions(s, "supervision.supervisor_speech_immunity")


def test_duties_and_sanctions_are_in_the_template_and_round_trip(tmp_path: Any) -> None:
    from orgwork.records import read_records_report, write_records
    from orgwork.samples import records as town_records

    empty = write_records(None, tmp_path / "empty")
    assert {"监督员履职记录", "拟追责记录"} <= {p.stem for p in empty.iterdir()}
    records = town_records(2025)
    assert len(records.supervision.duties) == 6
    for name in ("r.json", "r", "r.xlsx"):
        read = read_records_report(write_records(records, tmp_path / name))
        assert [p for p in read.problems if p.severity == "error"] == []
        assert read.records is not None
        assert read.records.supervision.duties == records.supervision.duties
        assert read.records.supervision.sanctions == records.supervision.sanctions


def test_a_duty_of_no_supervisor_and_a_speech_sanction_with_no_day_are_reported(
    tmp_path: Any,
) -> None:
    import json

    from orgwork.records import read_records_report, write_records
    from orgwork.samples import records as town_records

    out = write_records(town_records(2025), tmp_path / "r.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    data["sheets"]["supervision.duties"][1]["supervisor"] = "无名氏"
    data["sheets"]["supervision.sanctions"][0]["said_on"] = None
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    read = read_records_report(out)
    errors = {(p.sheet, p.row) for p in read.problems if p.severity == "error"}
    assert errors == {("监督员履职记录", 2), ("拟追责记录", 1)}
    assert read.records is not None
    assert len(read.records.supervision.duties) == 5
    assert read.records.supervision.sanctions == ()


def test_a_redacted_copy_masks_the_supervisors_in_duties_and_sanctions(tmp_path: Any) -> None:
    from orgwork.records import read_records_report, write_records
    from orgwork.samples import records as town_records

    out = write_records(town_records(2025), tmp_path / "copy.json", redact=True)
    read = read_records_report(out)
    assert [p for p in read.problems if p.severity == "error"] == []
    assert read.records is not None
    sup = read.records.supervision
    assert len(sup.duties) == 6
    assert len(sup.sanctions) == 1
    text = sup.model_dump_json()
    for name in _SUPERVISORS:
        assert name not in text
    assert sup.sanctions[0].supervisor == "潘**"
    # the masked names still tie the duties to the masked appointments
    assert {r.supervisor for r in sup.duties} <= {a.name for a in sup.appointments}


@pytest.mark.rule("supervision.supervisor_duties")
@settings(max_examples=20, deadline=None)
@given(
    year=st.integers(FIRST_YEAR, LAST_YEAR),
    contact=st.none() | st.integers(1, 24),
    meeting=st.none() | st.integers(1, 24),
    report=st.none() | st.integers(1, 24),
)
def test_any_cadence_counts_each_missed_period_once(
    year: int, contact: int | None, meeting: int | None, report: int | None
) -> None:
    policy = Policy.default().override(
        {
            "supervision.supervisor_contact_months": contact,
            "supervision.supervisor_meeting_months": meeting,
            "supervision.supervisor_report_months": report,
        }
    )
    s = section(build(year), policy)
    duties = _decisions(s, "supervision.supervisor_duties")
    cadence = {"contact": contact, "meeting": meeting, "report": report}
    for d in duties:
        assert d.value.cadence_months == cadence[d.value.duty.value]
        assert (d.outcome == "referred") == (d.value.cadence_months is None)
    missed = sum(d.outcome == "missed" for d in duties)
    text = _summary(s)
    if missed:
        assert f"义务监督员履职按所设周期检查:{missed}个周期未履行" in text
    assert ("列明履职情况,提交研究决定" in text) == (None in cadence.values())


# -- 举报专线、投诉信箱和处理来信来访的副部长 (issue 17) -----------------------------------------

_CHANNELS = "supervision.reporting_channels"
_DEPUTY = "supervision.letters_deputy"
_STAFF = ("周敏", "陈亮", "刘洁")


def _channel_lines(s: Section, lang: str = "zh") -> list[str]:
    keys = (
        ("举报专线:", "投诉信箱:", "以上举报专线", "处理群众来信来访的副部长:", "示例设定:举报专线")
        if lang == "zh"
        else (
            "Reporting line:",
            "Complaints mailbox:",
            "reporting line and the mailbox are listed",
            "Deputy head for letters",
            "Sample setting: the reporting line",
        )
    )
    return [
        (t.zh if lang == "zh" else t.en)
        for t in (*s.summary, *s.notes)
        if any(k in (t.zh if lang == "zh" else t.en) for k in keys)
    ]


@pytest.mark.rule("supervision.reporting_channels")
@pytest.mark.parametrize("year", YEARS)
def test_the_line_has_a_gap_day_and_a_call_and_a_collection_by_someone_else(year: int) -> None:
    from orgwork.samples.supervision import SAMPLE_HOTLINE_HOURS
    from orgwork.supervision import EntryFinding

    sample = build(year)
    assert sample.sample_hotline_hours == SAMPLE_HOTLINE_HOURS
    s = section(sample)
    line, box = _decisions(s, _CHANNELS)
    gap = official_calendar().next_working_day(dt.date(year, 6, 30))
    assert line.outcome == "violations"
    assert line.value.gap_days == (gap,)
    assert line.parameters == {"supervision.hotline_hours": SAMPLE_HOTLINE_HOURS}
    assert [e.by for e in line.value.of(EntryFinding.OTHER)] == ["方志诚"]
    assert [(e.on, e.by) for e in line.value.of(EntryFinding.NO_DESIGNATION)] == [(gap, "唐雨萱")]
    assert len(line.value.of(EntryFinding.OUTSIDE_HOURS)) == 2
    assert line.value.of(EntryFinding.HOURS_UNKNOWN) == ()
    assert box.outcome == "violations"
    assert [e.by for e in box.value.of(EntryFinding.OTHER)] == ["唐雨萱"]
    text = _summary(s)
    assert (
        f"举报专线:工作时间内来电11次,由专人接听9次;1个工作日未明确专人({gap.month}月{gap.day}日)"
        in text
    )
    assert "投诉信箱:收取12次,由专人收取11次;非专人收取1次" in text
    assert "责任如何认定由组织部研究决定" in text
    assert any("示例设定:举报专线工作时间为工作日08:30-12:00、14:30-17:30" in n.zh for n in s.notes)


@pytest.mark.rule("supervision.letters_deputy")
@pytest.mark.parametrize("year", YEARS)
def test_cases_handled_by_others_than_the_deputy_head_are_listed_and_referred(year: int) -> None:
    from orgwork.supervision import HandlingFinding

    sample = build(year)
    s = section(sample)
    (d,) = _decisions(s, _DEPUTY)
    assert d.outcome == "violations"
    others = d.value.of(HandlingFinding.OTHER)
    expected = sorted(
        c.id
        for c in sample.cases
        if c.handler != TOWN.deputy_head_letters and c.received_on <= sample.on
    )
    assert sorted(h.case for h in others) == expected
    assert {h.handler for h in others} == {"方志诚", "唐雨萱"}
    assert d.value.gaps == d.value.overlaps == ()
    assert f"处理群众来信来访的副部长:{TOWN.deputy_head_letters}(1月1日起)" in _summary(s)
    assert f"由他人处理{len(expected)}件" in _summary(s)


@pytest.mark.rule("supervision.reporting_channels")
def test_a_policy_that_sets_the_hours_needs_no_sample_setting() -> None:
    hours = ("09:00-12:00",)
    s = section(build(2025), Policy.default().override({"supervision.hotline_hours": hours}))
    line, _ = _decisions(s, _CHANNELS)
    assert line.value.hours == hours
    assert not any("示例设定:举报专线" in n.zh for n in s.notes)


@pytest.mark.rule("supervision.reporting_channels")
def test_without_any_hours_the_calls_on_working_days_are_not_judged() -> None:
    s = section(build(2025).model_copy(update={"sample_hotline_hours": None}))
    line, _ = _decisions(s, _CHANNELS)
    assert line.value.hours is None
    assert len(line.value.of(*_judged())) == 0
    assert "工作时间未设定或未记录来电时刻,12次来电无法判定,提交研究决定" in _summary(s)


def _judged() -> tuple[Any, ...]:
    from orgwork.supervision import EntryFinding

    return (EntryFinding.DESIGNATED, EntryFinding.OTHER, EntryFinding.UNANSWERED)


@pytest.mark.rule("supervision.letters_deputy")
def test_with_no_dated_designation_the_deputy_head_for_letters_is_named_for_the_year() -> None:
    sample = build(2025).model_copy(update={"deputies": ()})
    (d,) = _decisions(section(sample), _DEPUTY)
    assert d.value.gaps == ()
    assert d.value.cases[0].designated == (TOWN.deputy_head_letters,)
    nobody = sample.model_copy(update={"deputy_head_letters": ""})
    (d2,) = _decisions(section(nobody), _DEPUTY)
    assert d2.outcome == "referred"
    assert "处理群众来信来访的副部长:未明确" in _summary(section(nobody))


@pytest.mark.rule("supervision.reporting_channels")
def test_no_channel_records_no_channel_decision() -> None:
    s = section(
        build(2025).model_copy(update={"channel_assignments": (), "calls": (), "collections": ()})
    )
    assert _decisions(s, _CHANNELS) == []
    assert not any("举报专线:" in t.zh for t in s.summary)


@pytest.mark.rule("supervision.reporting_channels")
@pytest.mark.rule("supervision.letters_deputy")
def test_the_channel_and_deputy_lines_are_chinese_with_an_english_version() -> None:
    import re

    s = section(build(2025))
    zh = _channel_lines(s)
    assert len(zh) == 5  # line, mailbox, referral, deputy head, the sample setting
    # call and case ids (DH…, XF…) are data; no other Latin letters
    assert [
        ln for ln in zh if re.search(r"[A-Za-z_]{2,}", re.sub(r"(DH|XF)\d{4}-\d+", "", ln))
    ] == []
    en = _channel_lines(s, "en")
    assert len(en) == 5
    for d in (*_decisions(s, _CHANNELS), *_decisions(s, _DEPUTY)):
        text = re.sub(r"(DH|XF)\d{4}-\d+", "", d.explain("zh"))
        assert re.findall(r"[A-Za-z_]{2,}", text) == []


@pytest.mark.rule("supervision.reporting_channels")
@pytest.mark.rule("supervision.letters_deputy")
def test_channel_records_are_in_the_template_and_round_trip(tmp_path: Any) -> None:
    from orgwork.records import read_records_report, write_records
    from orgwork.samples import records as town_records

    empty = write_records(None, tmp_path / "empty")
    assert {"处理来信来访副部长", "举报专线和信箱专人", "举报电话记录", "投诉信箱收取记录"} <= {
        p.stem for p in empty.iterdir()
    }
    records = town_records(2025)
    sup = records.supervision
    assert (len(sup.deputies), len(sup.channel_assignments), len(sup.calls)) == (1, 3, 13)
    for name in ("r.json", "r", "r.xlsx"):
        read = read_records_report(write_records(records, tmp_path / name))
        assert [p for p in read.problems if p.severity == "error"] == []
        assert read.records is not None
        back = read.records.supervision
        for field in (
            "deputies",
            "channel_assignments",
            "calls",
            "collections",
            "sample_hotline_hours",
        ):
            assert getattr(back, field) == getattr(sup, field), (name, field)


def test_a_redacted_copy_masks_the_staff_of_the_line_and_the_mailbox(tmp_path: Any) -> None:
    from orgwork.records import read_records_report, write_records
    from orgwork.samples import records as town_records

    out = write_records(town_records(2025), tmp_path / "copy.json", redact=True)
    read = read_records_report(out)
    assert read.records is not None
    sup = read.records.supervision
    text = sup.model_dump_json()
    for name in (*_STAFF, TOWN.deputy_head_letters):
        assert name not in text
    assert len(sup.calls) == 13
    assert sup.deputies[0].person == TOWN.deputy_head_letters[0] + "**"
