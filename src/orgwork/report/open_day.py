"""The report's open_day section: the plan, the suggestions, the delegates and sites, the feedback."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from orgwork._display import rate_text
from orgwork.decision import Decision, Say, Text, both, joined
from orgwork.errors import CalendarCoverageError, RecordError
from orgwork.open_day import (
    PRESETS,
    ContactFiles,
    FeedbackPeriod,
    MeetingFollowUp,
    OpenDayPlan,
    OpenDayPreset,
    Suggestion,
    SuggestionState,
    SuggestionStatus,
    Violation,
    check_plan,
    contact_files,
    feedback_cadence,
    follow_up_deadline,
    office_meetings,
    representative_balance,
    site_choice,
    suggestion_counts,
    suggestion_status,
)
from orgwork.policy import OpenDayPolicy, Policy, checked_policy, resolve
from orgwork.records.open_day import OpenDayRecords
from orgwork.report._common import NOTHING, attempt, on_day
from orgwork.report._report import Section

# -- the section ----------------------------------------------------------------------


class _OpenDayTexts:
    """Texts of the open-day section: the plan, the follow-up deadlines, the suggestions."""

    title = Say(
        "组织部开放日({department},{year}年)",
        "Open days of the organization department ({department}, {year})",
    )
    # the plan
    sample_plan = Say(
        "示例设定:所用政策未设定开放日计划要求(材料中各地做法不同,没有通用默认值),"
        "按{locality}做法检查:{values}",
        "Sample setting: the policy used sets no open-day plan requirement (the seed's "
        "localities differ and there is no common default), so the plan is checked against "
        "{locality}'s practice: {values}",
    )
    held = Say(
        "{year}年{department}举办开放日{n}次:{days},每次代表{representatives}名",
        "In {year} {department} held {n} open day(s): {days}, with {representatives} "
        "representatives each",
    )
    against_preset = Say(
        "按{locality}做法(示例设定)", "against {locality}'s practice (sample setting)"
    )
    against_policy = Say("按所用政策的要求", "against the policy's requirements")
    on_open_day = Say("{day}开放日:{violation}", "{day}: {violation}")
    violations = Say(
        "{against}检查开放日计划:{n}处不符合要求——{violations}",
        "The open-day plan checked {against}: {n} violation(s): {violations}",
    )
    conforms = Say(
        "{against}检查开放日计划:符合要求", "The open-day plan checked {against}: it conforms"
    )
    # follow-up deadlines
    deadline_of = Say(
        "{day}开放日意见建议的答复期限", "The follow-up deadline of the {day} open day"
    )
    follow_up = Say(
        "{day}开放日{n}条({ids}),开放日后{days}个工作日内即{due}前答复",
        "{n} from the {day} open day ({ids}), due {days} working days after it, by {due}",
    )
    follow_ups = Say(
        "不能当场答复的意见建议指定专人办理、限期答复:{days}",
        "Suggestions not answered on the spot are assigned and answered within a limit: {days}",
    )
    # suggestions
    uncovered = Say(
        "意见建议{ids}的答复期限落在{year}年,工作日日历尚无{year}年国务院放假安排,"
        "无法判定是否按期答复,未计入统计(待通知公布后,将其读入工作日日历再运行)",
        "Suggestions {ids}: the follow-up deadline falls in {year}, which the working-day "
        "calendar does not cover yet (no {year} holiday notice), so whether they were answered "
        "in time cannot be decided; they are left out of the counts (add the notice with "
        "Calendar.with_file when it is published)",
    )
    collected_on = Say("{day}{n}条", "{n} on {day}")
    decidable = Say(";其中{n}条可判定", "; of the {n} that can be decided")
    left_out = Say(
        ";另有{n}条无法判定是否按期答复(见注)",
        "; {n} more cannot be decided on time or late (see the notes)",
    )
    suggestions = Say(
        "共收集意见建议{n}条({days}),采纳{adopted}条{decidable}:已答复{answered}条"
        "(当场答复{on_the_spot}条,按期答复{on_time}条,超期答复{late}条),截至{on}"
        "办理中{open}条,超期未答复{overdue}条;{rate}{left_out}",
        "{n} suggestions collected ({days}), {adopted} adopted{decidable}: {answered} answered "
        "({on_the_spot} on the spot, {on_time} on time, {late} late), and as of {on} {open} "
        "open and {overdue} overdue; {rate}{left_out}",
    )
    unassigned = Say("未指定", "none")
    late = Say(
        "{id}“{topic}”(承办人{assignee},应于{due}前,{answered}答复)",
        "{id}{topic} (assignee {assignee}, due {due}, answered {answered})",
    )
    overdue = Say(
        "{id}“{topic}”(承办人{assignee},应于{due}前答复,至{on}已超期{days}天)",
        "{id}{topic} (assignee {assignee}, due {due}, {days} days late as of {on})",
    )
    answered_late = Say("超期答复:{suggestions}", "Answered late: {suggestions}")
    still_overdue = Say("超期未答复:{suggestions}", "Overdue: {suggestions}")
    none_overdue = Say("年末没有超期未答复的意见建议", "No suggestion is overdue at the year's end")
    # the delegates and the sites (巢湖市)
    sample_delegation = Say(
        "示例设定:所用政策未设定推荐和确定党代表、选定视察点的要求,按{locality}做法检查:{values}",
        "Sample setting: the policy used sets no requirement for the delegates recommended and "
        "chosen or the sites chosen, so they are checked against {locality}'s practice: {values}",
    )
    balance = Say(
        "{day}确定参加活动的党代表:{units}个选举单位推荐{recommended}名,确定{chosen}名;{result}",
        "Delegates chosen on {day}: {recommended} recommended by {units} electoral units, "
        "{chosen} chosen; {result}",
    )
    balance_referred = Say(
        "推荐和确定人数符合要求;性别、年龄、工作岗位、代表层级的分布见决定,原文未规定比例,"
        "提交研究决定",
        "the counts meet the requirements; the spread by sex, age, post and level is in the "
        "decision, and with no proportions in the text it is referred",
    )
    balance_violations = Say(
        "{n}处不符合要求——{violations};人选结构提交研究决定",
        "{n} violation(s): {violations}; the balance is referred",
    )
    sites = Say(
        "{day}选定视察点:党建示范点{pool}个,代表{publicly}选定{chosen}个({items});{result}",
        "Inspection sites chosen on {day}: {pool} demonstration sites, {chosen} chosen "
        "{publicly} by the representatives ({items}); {result}",
    )
    publicly = Say("公开", "publicly")
    not_publicly = Say("未公开", "not publicly")
    sites_conform = Say("符合要求", "conforms")
    sites_referred = Say(
        "代表选定的{items}未列入最终视察点,提交研究决定",
        "{items} chosen by the representatives but not in the final list: referred",
    )
    sites_violations = Say("{n}处不符合要求——{violations}", "{n} violation(s): {violations}")
    sites_added = Say(";组织最终确定时增加{items}", "; the organization added {items}")
    records_error = Say(
        "{what}无法检查:名单中有重复的名称{error}", "{what} cannot be checked: {error}"
    )
    delegates_what = Say("党代表推荐和确定情况", "The delegates recommended and chosen")
    sites_what = Say("视察点选定情况", "The choice of inspection sites")
    # the feedback on the rectification (肥西县)
    sample_feedback = Say(
        "示例设定:向代表反馈整改情况每{months}个月至少一次"
        "(open_day.feedback_interval_months;原文只说“定期”,没有默认值;所用政策未设定)",
        "Sample setting: the rectification is reported back to the representatives at least "
        "once every {months} months (open_day.feedback_interval_months; the text says only "
        "'regularly' and there is no default; the policy used leaves it unset)",
    )
    feedback_given = Say(
        "{day}开放日:反馈{n}次({days})", "{day} open day: {n} report(s) back ({days})"
    )
    feedback_referred = Say(
        "向代表反馈整改情况:{items};“定期”未规定周期,本地未设定,列明反馈情况,提交研究决定",
        "Rectification reported back to the representatives: {items}; 定期 (regularly) gives "
        "no cadence and none is set locally, so the feedback is listed and referred",
    )
    feedback_period = Say("{day}开放日{first}至{last}", "the {day} open day, {first} to {last}")
    feedback_missed = Say(
        "向代表反馈整改情况按每{months}个月检查:{items};未按期反馈{n}个周期——{missed}",
        "Rectification reported back, checked every {months} months: {items}; {n} period(s) "
        "without feedback: {missed}",
    )
    feedback_met = Say(
        "向代表反馈整改情况按每{months}个月检查:{items};没有未按期反馈的周期",
        "Rectification reported back, checked every {months} months: {items}; no period missed",
    )
    # 长丰县: the contact files and the 部长办公会
    contact_files = Say("建立代表联系档案:{items}{not_set}", "Contact files: {items}{not_set}")
    contact_day = Say(
        "{day}开放日邀请代表{n}名,已建档{filed}名{missing}{late}",
        "the {day} open day: {n} invited, {filed} with a file{missing}{late}",
    )
    no_file = Say(",未建档{ids}", ", no file: {ids}")
    filed_late = Say(",逾期建档{ids}", ", established late: {ids}")
    files_not_set = Say(
        "(原文未规定建档时限,本地未设定,只列未建档代表,不判定是否逾期)",
        " (the text gives no time and none is set locally: those without a file are listed, "
        "no lateness is judged)",
    )
    meetings = Say(
        "意见建议通过部长办公会逐一落实:{items}{not_set}",
        "Suggestions taken up one by one at the 部长办公会: {items}{not_set}",
    )
    meeting_day = Say(
        "{day}开放日{questionnaires}收集梳理意见建议{n}条,已提交部长办公会{k}条{pending}{late}{overdue}",
        "the {day} open day: {questionnaires}{n} collected, {k} taken up{pending}{late}{overdue}",
    )
    questionnaires = Say("发放问卷{n}份,", "{n} questionnaire(s) handed out, ")
    not_taken_up = Say(",尚未提交{ids}", ", not yet taken up: {ids}")
    taken_up_late = Say(",逾期提交{ids}", ", taken up late: {ids}")
    overdue_not_taken_up = Say(",逾期未提交{ids}", ", overdue: {ids}")
    meetings_not_set = Say(
        "(原文未规定提交部长办公会的时限,本地未设定,只列尚未提交的意见建议,不判定是否逾期)",
        " (the text gives no time and none is set locally: those not taken up are listed, "
        "no lateness is judged)",
    )
    meetings_what = Say("部长办公会落实情况", "The suggestions taken up at the 部长办公会")


#: The open-day parameters that state a plan requirement (all but the follow-up limit and
#: the readings of 左右 and 半个月).
_REQUIREMENTS = (
    "days_per_year",
    "representatives",
    "representatives_approximate",
    "public_selection",
    "representative_groups",
    "invitation_lead",
    "invitation_lead_unit",
    "announcement_lead",
    "announcement_lead_unit",
    "electoral_units",
    "recommended_candidates",
    "representatives_at_least",
    "representatives_at_most",
    "required_groups",
    "announcement_required",
)

#: The open-day parameters that state a requirement for the delegates recommended and chosen
#: or the sites chosen (巢湖市).
_DELEGATION = (
    "electoral_units",
    "recommended_candidates",
    "recommended_per_unit",
    "demo_sites",
    "sites_chosen",
)


def _plan_policy(
    year: int, policy: Policy, notes: list[Text], preset_key: str | None
) -> tuple[Policy, OpenDayPreset | None]:
    """The policy to check the plan with, and whether the sample preset was applied.

    The caller's policy when it sets any open-day requirement (it has chosen its
    locality's; what it leaves unset is reported as not checked); otherwise the
    sample preset's values, with a note saying so.
    """
    mine = resolve(policy, dt.date(year, 1, 1)).open_day
    default = OpenDayPolicy()
    if preset_key is None or any(
        getattr(mine, name) != getattr(default, name) for name in _REQUIREMENTS
    ):
        return policy, None
    preset = PRESETS[preset_key]
    shown = ", ".join(f"{k} = {_show(v)}" for k, v in preset.values.items())
    notes.append(_OpenDayTexts.sample_plan.text(locality=preset.locality, values=shown))
    return preset.policy(policy), preset


def _delegation_policy(
    year: int, policy: Policy, notes: list[Text], preset_key: str | None
) -> Policy:
    """The policy to check the delegates and sites with: the caller's, or the sample preset's."""
    mine = resolve(policy, dt.date(year, 1, 1)).open_day
    default = OpenDayPolicy()
    if preset_key is None or any(
        getattr(mine, name) != getattr(default, name) for name in _DELEGATION
    ):
        return policy
    preset = PRESETS[preset_key]
    shown = ", ".join(f"{k} = {_show(v)}" for k, v in preset.values.items())
    notes.append(_OpenDayTexts.sample_delegation.text(locality=preset.locality, values=shown))
    return preset.policy(policy)


def _delegation_part(
    sample: OpenDayRecords, policy: Policy, summary: list[Text], notes: list[Text]
) -> list[Decision[Any]]:
    """The delegates recommended and chosen, and the sites chosen (巢湖市)."""
    year = sample.year
    if not sample.delegates and not sample.sites:
        return []
    used = _delegation_policy(year, policy, notes, sample.sample_delegation_preset)
    decisions: list[Decision[Any]] = []
    if sample.delegates:
        on = sample.delegates_chosen_on or dt.date(year, 1, 1)
        try:
            d = representative_balance(
                [x.delegate() for x in sample.delegates],
                [x.id for x in sample.delegates if x.chosen],
                on=on,
                policy=used,
            )
        except RecordError as exc:
            what = _OpenDayTexts.delegates_what.text()
            notes.append(_OpenDayTexts.records_error.text(what=what, error=both("", str(exc))))
        else:
            b = d.value
            result = (
                _OpenDayTexts.balance_violations.text(
                    n=len(b.violations),
                    violations=joined([_said(v) for v in b.violations], ";", "; "),
                )
                if b.violations
                else _OpenDayTexts.balance_referred.text()
            )
            summary.append(
                _OpenDayTexts.balance.text(
                    day=on_day(on, year),
                    units=b.units,
                    recommended=b.recommended,
                    chosen=b.chosen,
                    result=result,
                )
            )
            decisions.append(d)
    if sample.sites:
        try:
            choice = sample.site_choice()
        except ValueError as exc:
            what = _OpenDayTexts.sites_what.text()
            notes.append(_OpenDayTexts.records_error.text(what=what, error=both("", str(exc))))
            choice = None
        if choice is not None:
            sites = site_choice(choice, policy=used)
            c = sites.value
            if c.violations:
                result = _OpenDayTexts.sites_violations.text(
                    n=len(c.violations),
                    violations=joined([_said(v) for v in c.violations], ";", "; "),
                )
            elif c.dropped:
                result = _OpenDayTexts.sites_referred.text(items=list(c.dropped))
            else:
                result = _OpenDayTexts.sites_conform.text()
            added = _OpenDayTexts.sites_added.text(items=list(c.added)) if c.added else NOTHING
            summary.append(
                _OpenDayTexts.sites.text(
                    day=on_day(choice.on, year),
                    pool=len(choice.demo_sites),
                    publicly=(
                        _OpenDayTexts.publicly
                        if choice.chosen_publicly
                        else _OpenDayTexts.not_publicly
                    ).text(),
                    chosen=len(choice.chosen),
                    items=list(choice.chosen),
                    result=joined([result, added], "", ""),
                )
            )
            decisions.append(sites)
    return decisions


def _feedback_part(
    sample: OpenDayRecords,
    held: list[dt.date],
    policy: Policy,
    summary: list[Text],
    notes: list[Text],
) -> list[Decision[Any]]:
    """The rectification reported back to each open day's representatives (肥西县 定期反馈)."""
    year, on = sample.year, sample.on
    days = [h for h in held if h <= on]
    if not days or not sample.feedback:
        return []
    used = policy
    unset = [h for h in days if resolve(policy, h).open_day.feedback_interval_months is None]
    months = sample.sample_feedback_interval_months
    if unset and months is not None:
        used = policy.override({"open_day.feedback_interval_months": months})
        notes.append(_OpenDayTexts.sample_feedback.text(months=months))
    decisions: list[Decision[FeedbackPeriod]] = []
    given: list[Text] = []
    for h in days:
        periods = feedback_cadence(h, sample.feedback, on=on, policy=used)
        decisions.extend(periods)
        done = sorted(x.on for x in sample.feedback if x.open_day == h and x.on <= on)
        given.append(
            _OpenDayTexts.feedback_given.text(
                day=on_day(h, year), n=len(done), days=[on_day(x, year) for x in done]
            )
        )
    items = joined(given, ";", "; ")
    cadences = sorted({d.value.cadence_months for d in decisions if d.value.cadence_months})
    missed = [
        _OpenDayTexts.feedback_period.text(
            day=on_day(d.value.open_day, year),
            first=on_day(d.value.first, year),
            last=on_day(d.value.last, year),
        )
        for d in decisions
        if d.outcome == "missed"
    ]
    if any(d.outcome == "referred" for d in decisions):
        summary.append(_OpenDayTexts.feedback_referred.text(items=items))
    if cadences:
        shown = "、".join(str(m) for m in cadences)
        if missed:
            summary.append(
                _OpenDayTexts.feedback_missed.text(
                    months=shown, items=items, n=len(missed), missed=joined(missed, "、", "; ")
                )
            )
        else:
            summary.append(_OpenDayTexts.feedback_met.text(months=shown, items=items))
    return list(decisions)


def _ids_or_nothing(template: Say, ids: tuple[str, ...]) -> Text | Any:
    """``template`` naming ``ids``, or nothing when there are none."""
    return template.text(ids=list(ids)) if ids else NOTHING


def _changfeng_part(
    sample: OpenDayRecords,
    days: list[Any],
    policy: Policy,
    summary: list[Text],
    notes: list[Text],
) -> list[Decision[Any]]:
    """长丰县: every invited representative's contact file, every suggestion at a 部长办公会."""
    year, on = sample.year, sample.on
    files = [contact_files(d, on=on, policy=policy) for d in days]
    files = [d for d in files if d.outcome != "empty"]
    if files:
        items = []
        for d in files:
            f: ContactFiles = d.value
            items.append(
                _OpenDayTexts.contact_day.text(
                    day=on_day(f.open_day, year),
                    n=len(f.invited),
                    filed=len(f.filed),
                    missing=_ids_or_nothing(_OpenDayTexts.no_file, f.missing),
                    late=_ids_or_nothing(_OpenDayTexts.filed_late, f.late),
                )
            )
        unset = any(d.value.due is None for d in files)
        summary.append(
            _OpenDayTexts.contact_files.text(
                items=joined(items, ";", "; "),
                not_set=_OpenDayTexts.files_not_set.text() if unset else NOTHING,
            )
        )
    meetings: list[Decision[MeetingFollowUp]] = []
    for held in sorted({d.held_on for d in days if d.held_on <= on}):
        try:
            m = office_meetings(
                held, sample.suggestions, sample.office_meetings, on=on, policy=policy
            )
        except RecordError as exc:
            what = _OpenDayTexts.meetings_what.text()
            notes.append(_OpenDayTexts.records_error.text(what=what, error=both("", str(exc))))
            continue
        if m.outcome != "empty":
            meetings.append(m)
    if meetings:
        handed = {d.held_on: d.questionnaires for d in days}
        each = [
            _OpenDayTexts.meeting_day.text(
                day=on_day(m.value.open_day, year),
                questionnaires=(
                    NOTHING
                    if (q := handed.get(m.value.open_day)) is None
                    else _OpenDayTexts.questionnaires.text(n=q)
                ),
                n=len(m.value.items),
                k=len(m.value.taken_up),
                pending=_ids_or_nothing(_OpenDayTexts.not_taken_up, m.value.pending),
                late=_ids_or_nothing(_OpenDayTexts.taken_up_late, m.value.late),
                overdue=_ids_or_nothing(_OpenDayTexts.overdue_not_taken_up, m.value.overdue),
            )
            for m in meetings
        ]
        unset = any(m.value.due is None for m in meetings)
        summary.append(
            _OpenDayTexts.meetings.text(
                items=joined(each, ";", "; "),
                not_set=_OpenDayTexts.meetings_not_set.text() if unset else NOTHING,
            )
        )
    return [*files, *meetings]


def _said(v: Violation) -> Text:
    """A violation as its Chinese and English sentences."""
    return Text(zh=v.zh, en=v.en)


def _show(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return "[" + ", ".join(str(v) for v in value) + "]"
    return str(value)


def _late_or_overdue(s: Suggestion, st: SuggestionState, year: int) -> Text:
    """A suggestion answered late or still overdue: who has it, when it was due, and when answered."""
    assert st.due is not None  # late or overdue: it always has a due date
    shown: dict[str, object] = {
        "id": s.id,
        "topic": both(s.topic, ""),  # the English leaves the topic out
        "assignee": s.assignee or _OpenDayTexts.unassigned.text(),
        "due": on_day(st.due, year),
    }
    if st.status is SuggestionStatus.ANSWERED_LATE and s.answered_on is not None:
        return _OpenDayTexts.late.text(answered=on_day(s.answered_on, year), **shown)
    return _OpenDayTexts.overdue.text(on=on_day(st.on, year), days=(st.on - st.due).days, **shown)


def section(sample: OpenDayRecords, policy: Policy | None = None) -> Section:
    """开放日报告 — every open-day rule run on ``sample``, as the report's section.

    The summary states the open days held, the plan's violations of the
    requirements (长丰县's, as a sample setting, when the policy leaves them
    unset), the follow-up deadlines, the suggestions collected, adopted and
    answered, and which were answered late or are still overdue. Decisions:
    the plan check, the counts (all, then each open day), each open day's
    follow-up deadline, then every suggestion's status. A deadline the
    calendar cannot compute becomes a note.

    Then 巢湖市's practice: the delegates recommended and chosen
    (`representative_balance`: the counts checked, the spread referred) and
    the sites chosen (`site_choice`), against the policy's requirements, or
    巢湖市's as a labelled sample setting (示例设定) when the policy sets none
    and the records name a ``sample_delegation_preset``; and 肥西县's
    feedback on the rectification to each open day's representatives
    (`feedback_cadence`): listed and referred with no cadence, or checked
    period by period against the policy's cadence or the records'
    ``sample_feedback_interval_months`` (示例设定, with a note).

    Last, 长丰县's: each open day's invited representatives and their
    contact files (`contact_files`), and each open day's suggestions and
    the 部长办公会 that took them up (`office_meetings`), against the
    policy's time limits; the text gives none, so by default what is
    missing is listed and no lateness judged. A meeting record naming a
    suggestion before its open day becomes a note.

    Examples:
        >>> from orgwork.samples.open_day import build
        >>> s = section(build(2025))
        >>> s.decisions[0].outcome, [v.code for v in s.decisions[0].value]
        ('violations', ['announcement_late'])
        >>> s7 = section(build(2025), Policy.default().override({"open_day.follow_up_working_days": 10}))
        >>> s7.decisions[1].parameters["open_day.follow_up_working_days"]
        10
    """
    policy = checked_policy(policy)
    year, on = sample.year, sample.on
    summary: list[Text] = []
    notes: list[Text] = []

    # the plan
    plan_policy, preset = _plan_policy(year, policy, notes, sample.sample_preset)
    plan_records = sample.plan or OpenDayPlan(locality=sample.department, year=year)
    plan = check_plan(plan_records, policy=plan_policy)
    held = [d.held_on for d in plan_records.days]
    reps = sorted({len(d.representatives) for d in plan_records.days})
    summary.append(
        _OpenDayTexts.held.text(
            year=year,
            department=sample.department,
            n=len(held),
            days=[on_day(d, year) for d in held],
            representatives=reps,
        )
    )
    against = (
        _OpenDayTexts.against_preset.text(locality=preset.locality)
        if preset
        else _OpenDayTexts.against_policy.text()
    )
    if plan.value:
        violations = [
            _OpenDayTexts.on_open_day.text(day=on_day(v.held_on, year), violation=_said(v))
            if v.held_on
            else _said(v)
            for v in plan.value
        ]
        summary.append(
            _OpenDayTexts.violations.text(
                against=against, n=len(plan.value), violations=joined(violations, ";", "; ")
            )
        )
    else:
        summary.append(_OpenDayTexts.conforms.text(against=against))

    # follow-up deadlines
    deadlines: list[Decision[Any]] = []
    due_of: dict[dt.date, dt.date] = {}
    for day in held:
        d = attempt(
            notes,
            _OpenDayTexts.deadline_of.text(day=on_day(day, year)),
            partial(follow_up_deadline, day, policy=policy),
        )
        if d is not None:
            deadlines.append(d.model_copy(update={"subject": day.isoformat()}))
            due_of[day] = d.value
    if deadlines:
        follow = {
            day: [x.id for x in sample.suggestions if x.open_day == day and not x.answered_on_spot]
            for day in due_of
        }
        days_of = {
            dt.date.fromisoformat(str(d.subject)): d.parameters.get(
                "open_day.follow_up_working_days"
            )
            for d in deadlines
        }
        each = [
            _OpenDayTexts.follow_up.text(
                day=on_day(k, year),
                n=len(follow[k]),
                ids=follow[k],
                days=str(days_of[k]),
                due=on_day(v, year),
            )
            for k, v in due_of.items()
        ]
        summary.append(_OpenDayTexts.follow_ups.text(days=joined(each, ";", "; ")))

    # suggestions
    statuses: list[Decision[SuggestionState]] = []
    known: list[Suggestion] = []
    uncovered: dict[int, list[str]] = {}
    for sug in sample.suggestions:
        try:
            statuses.append(suggestion_status(sug, on=on, policy=policy))
        except CalendarCoverageError as exc:
            uncovered.setdefault(exc.year, []).append(sug.id)
            continue
        known.append(sug)
    for missing_year, ids in uncovered.items():
        notes.append(_OpenDayTexts.uncovered.text(ids=ids, year=missing_year))
    counts = suggestion_counts(known, on=on, policy=policy).model_copy(update={"subject": "all"})
    per_day = [
        suggestion_counts([x for x in known if x.open_day == day], on=on, policy=policy).model_copy(
            update={"subject": day.isoformat()}
        )
        for day in held
    ]
    c = counts.value
    left_out = len(sample.suggestions) - len(known)
    collected = [sum(1 for x in sample.suggestions if x.open_day == day) for day in held]
    adopted = sum(1 for x in sample.suggestions if x.adopted)
    in_time = c.answered_on_spot + c.answered_on_time
    summary.append(
        _OpenDayTexts.suggestions.text(
            n=len(sample.suggestions),
            days=[
                _OpenDayTexts.collected_on.text(day=on_day(d, year), n=n)
                for d, n in zip(held, collected, strict=True)
            ],
            adopted=adopted,
            decidable=_OpenDayTexts.decidable.text(n=c.collected) if left_out else NOTHING,
            answered=c.answered,
            on_the_spot=c.answered_on_spot,
            on_time=c.answered_on_time,
            late=c.answered_late,
            on=on_day(on, year),
            open=c.open,
            overdue=c.overdue,
            rate=both(*rate_text(in_time, in_time + c.answered_late + c.overdue, "条")),
            left_out=_OpenDayTexts.left_out.text(n=left_out) if left_out else NOTHING,
        )
    )
    by_id = {x.id: x for x in known}
    late = [
        (by_id[d.value.suggestion], d.value)
        for d in statuses
        if d.value.status is SuggestionStatus.ANSWERED_LATE
    ]
    overdue = [
        (by_id[d.value.suggestion], d.value)
        for d in statuses
        if d.value.status is SuggestionStatus.OVERDUE
    ]
    if late:
        items = [_late_or_overdue(x, st, year) for x, st in late]
        summary.append(_OpenDayTexts.answered_late.text(suggestions=joined(items, "、", "; ")))
    if overdue:
        items = [_late_or_overdue(x, st, year) for x, st in overdue]
        summary.append(_OpenDayTexts.still_overdue.text(suggestions=joined(items, "、", "; ")))
    elif c.collected:
        summary.append(_OpenDayTexts.none_overdue.text())
    delegation = _delegation_part(sample, policy, summary, notes)
    feedback = _feedback_part(sample, held, policy, summary, notes)
    changfeng = _changfeng_part(sample, list(plan_records.days), policy, summary, notes)
    return Section(
        key="open_day",
        title=_OpenDayTexts.title.text(department=sample.department, year=year),
        summary=tuple(summary),
        decisions=(
            plan,
            counts,
            *per_day,
            *deadlines,
            *statuses,
            *delegation,
            *feedback,
            *changfeng,
        ),
        notes=tuple(notes),
    )
