"""The report's open_day section."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from orgwork._display import rate_text
from orgwork.decision import Decision, Text
from orgwork.errors import CalendarCoverageError
from orgwork.open_day import (
    PRESETS,
    OpenDayPlan,
    OpenDayPreset,
    Suggestion,
    SuggestionState,
    SuggestionStatus,
    check_plan,
    follow_up_deadline,
    suggestion_counts,
    suggestion_status,
)
from orgwork.policy import OpenDayPolicy, Policy, resolve
from orgwork.records.open_day import OpenDayRecords
from orgwork.report._common import attempt, t, zh_day
from orgwork.report._report import Section

# -- the section ----------------------------------------------------------------------


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
    notes.append(
        t(
            f"示例设定:所用政策未设定开放日计划要求(材料中各地做法不同,没有通用默认值),"
            f"按{preset.locality.zh}做法检查:{shown}",
            "Sample setting: the policy used sets no open-day plan requirement (the seed's "
            "localities differ and there is no common default), so the plan is checked against "
            f"{preset.locality.en}'s practice: {shown}",
        )
    )
    return preset.policy(policy), preset


def _show(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return "[" + ", ".join(str(v) for v in value) + "]"
    return str(value)


def _late_zh(s: Suggestion, st: SuggestionState, year: int) -> str:
    due = f"应于{zh_day(st.due, year)}前," if st.due else ""
    answered = f"{zh_day(s.answered_on, year)}答复" if s.answered_on else "已答复"
    return f"{s.id}“{s.topic}”(承办人{s.assignee or '未指定'},{due}{answered})"


def _late_en(s: Suggestion, st: SuggestionState) -> str:
    return f"{s.id} (assignee {s.assignee or 'none'}, due {st.due}, answered {s.answered_on})"


def _overdue_zh(s: Suggestion, st: SuggestionState, year: int) -> str:
    if st.due is None:  # pragma: no cover - an overdue suggestion always has a due date
        return f"{s.id}“{s.topic}”"
    return (
        f"{s.id}“{s.topic}”(承办人{s.assignee or '未指定'},应于{zh_day(st.due, year)}前答复,"
        f"至{zh_day(st.on, year)}已超期{(st.on - st.due).days}天)"
    )


def _overdue_en(s: Suggestion, st: SuggestionState) -> str:
    days = (st.on - st.due).days if st.due else 0
    return f"{s.id} (assignee {s.assignee or 'none'}, due {st.due}, {days} days late as of {st.on})"


def section(sample: OpenDayRecords, policy: Policy | None = None) -> Section:
    """开放日报告 — every open-day rule run on ``sample``, as the report's section.

    The summary states the open days held, the plan's violations of the
    requirements (长丰县's, as a sample setting, when the policy leaves them
    unset), the follow-up deadlines, the suggestions collected, adopted and
    answered, and which were answered late or are still overdue. Decisions:
    the plan check, the counts (all, then each open day), each open day's
    follow-up deadline, then every suggestion's status. A deadline the
    calendar cannot compute becomes a note.

    Examples:
        >>> from orgwork.samples.open_day import build
        >>> s = section(build(2025))
        >>> s.decisions[0].outcome, [v.code for v in s.decisions[0].value]
        ('violations', ['announcement_late'])
        >>> s7 = section(build(2025), Policy.default().override({"open_day.follow_up_working_days": 10}))
        >>> s7.decisions[1].parameters["open_day.follow_up_working_days"]
        10
    """
    policy = policy or Policy.default()
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
        t(
            f"{year}年{sample.department}举办开放日{len(held)}次:"
            + "、".join(zh_day(d, year) for d in held)
            + f",每次代表{'、'.join(str(n) for n in reps)}名",
            f"In {year} {sample.department} held {len(held)} open day(s): "
            + ", ".join(str(d) for d in held)
            + f", with {', '.join(str(n) for n in reps)} representatives each",
        )
    )
    against_zh = f"按{preset.locality.zh}做法(示例设定)" if preset else "按所用政策的要求"
    against_en = (
        f"against {preset.locality.en}'s practice (sample setting)"
        if preset
        else "against the policy's requirements"
    )
    if plan.value:
        summary.append(
            t(
                f"{against_zh}检查开放日计划:{len(plan.value)}处不符合要求——"
                + ";".join(
                    (zh_day(v.held_on, year) + "开放日:" if v.held_on else "") + v.zh
                    for v in plan.value
                ),
                f"The open-day plan checked {against_en}: {len(plan.value)} violation(s): "
                + "; ".join((f"{v.held_on}: " if v.held_on else "") + v.en for v in plan.value),
            )
        )
    else:
        summary.append(
            t(
                f"{against_zh}检查开放日计划:符合要求",
                f"The open-day plan checked {against_en}: it conforms",
            )
        )

    # follow-up deadlines
    deadlines: list[Decision[Any]] = []
    due_of: dict[dt.date, dt.date] = {}
    for day in held:
        d = attempt(
            notes,
            t(
                f"{zh_day(day, year)}开放日意见建议的答复期限",
                f"The follow-up deadline of the {day} open day",
            ),
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
        summary.append(
            t(
                "不能当场答复的意见建议指定专人办理、限期答复:"
                + ";".join(
                    f"{zh_day(k, year)}开放日{len(follow[k])}条({'、'.join(follow[k])}),"
                    f"开放日后{days_of[k]}个工作日内即{zh_day(v, year)}前答复"
                    for k, v in due_of.items()
                ),
                "Suggestions not answered on the spot are assigned and answered within a limit: "
                + "; ".join(
                    f"{len(follow[k])} from the {k} open day ({', '.join(follow[k])}), due "
                    f"{days_of[k]} working days after it, by {v}"
                    for k, v in due_of.items()
                ),
            )
        )

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
        notes.append(
            t(
                f"意见建议{'、'.join(ids)}的答复期限落在{missing_year}年,工作日日历尚无{missing_year}年"
                "国务院放假安排,无法判定是否按期答复,未计入统计(待公布后用 Calendar.with_file 补充)",
                f"Suggestions {', '.join(ids)}: the follow-up deadline falls in {missing_year}, which "
                f"the working-day calendar does not cover yet (no {missing_year} holiday notice), so "
                "whether they were answered in time cannot be decided; they are left out of the "
                "counts (add the notice with Calendar.with_file when it is published)",
            )
        )
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
    decided_zh = f";其中{c.collected}条可判定" if left_out else ""
    decided_en = f"; of the {c.collected} that can be decided" if left_out else ""
    summary.append(
        t(
            f"共收集意见建议{len(sample.suggestions)}条("
            + "、".join(f"{zh_day(d, year)}{n}条" for d, n in zip(held, collected, strict=True))
            + f"),采纳{adopted}条{decided_zh}:已答复{c.answered}条(当场答复{c.answered_on_spot}条,"
            f"按期答复{c.answered_on_time}条,超期答复{c.answered_late}条),截至{zh_day(on, year)}"
            f"办理中{c.open}条,超期未答复{c.overdue}条;{rate_text(c.answered_on_spot + c.answered_on_time, c.answered_on_spot + c.answered_on_time + c.answered_late + c.overdue, '条')[0]}"
            + (f";另有{left_out}条无法判定是否按期答复(见注)" if left_out else ""),
            f"{len(sample.suggestions)} suggestions collected ("
            + ", ".join(f"{n} on {d}" for d, n in zip(held, collected, strict=True))
            + f"), {adopted} adopted{decided_en}: {c.answered} answered ({c.answered_on_spot} on "
            f"the spot, {c.answered_on_time} on time, {c.answered_late} late), and as of {on} "
            f"{c.open} open and {c.overdue} overdue; {rate_text(c.answered_on_spot + c.answered_on_time, c.answered_on_spot + c.answered_on_time + c.answered_late + c.overdue)[1]}"
            + (
                f"; {left_out} more cannot be decided on time or late (see the notes)"
                if left_out
                else ""
            ),
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
        summary.append(
            t(
                "超期答复:" + "、".join(_late_zh(x, st, year) for x, st in late),
                "Answered late: " + "; ".join(_late_en(x, st) for x, st in late),
            )
        )
    if overdue:
        summary.append(
            t(
                "超期未答复:" + "、".join(_overdue_zh(x, st, year) for x, st in overdue),
                "Overdue: " + "; ".join(_overdue_en(x, st) for x, st in overdue),
            )
        )
    elif c.collected:
        summary.append(
            t("年末没有超期未答复的意见建议", "No suggestion is overdue at the year's end")
        )
    return Section(
        key="open_day",
        title=t(
            f"组织部开放日({sample.department},{year}年)",
            f"Open days of the organization department ({sample.department}, {year})",
        ),
        summary=tuple(summary),
        decisions=(plan, counts, *per_day, *deadlines, *statuses),
        notes=tuple(notes),
    )
