"""The report's supervision section."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from orgwork._display import rate_text
from orgwork.calendar import Calendar, official_calendar
from orgwork.decision import Decision, Text
from orgwork.errors import CalendarCoverageError
from orgwork.policy import Policy, resolve
from orgwork.records.supervision import SupervisionRecords
from orgwork.report._common import attempt, t, zh_day
from orgwork.report._report import Section
from orgwork.supervision import (
    Case,
    CaseState,
    CaseStatus,
    Channel,
    Closed,
    EvaluationGroup,
    RectificationLedger,
    accountability_measure,
    case_status,
    case_summary,
    check_evaluation_round,
    closing_check,
    evaluation_coverage,
    ledger_summary,
    meeting_deadline,
    overdue_items,
    reception_days,
    reply_deadline,
    supervisor_eligibility,
    supervisor_term,
    visit_coverage,
)

_CHANNEL_TEXT = {
    Channel.LETTER: ("来信", "letter"),
    Channel.CALL: ("举报电话", "call"),
    Channel.VISIT: ("来访", "visit"),
    Channel.MAILBOX: ("投诉信箱", "mailbox"),
}

_GROUP_EN = {
    EvaluationGroup.SUPERVISORS: "the volunteer supervisors",
    EvaluationGroup.PEOPLES_CONGRESS: "the people's congress",
    EvaluationGroup.CPPCC: "the CPPCC",
    EvaluationGroup.DISCIPLINE_INSPECTION: "discipline inspection",
    EvaluationGroup.PETITION_OFFICE: "the petition (letters and visits) office",
    EvaluationGroup.OTHER: "other departments",
}


def _cases_part(
    sample: SupervisionRecords, policy: Policy, summary: list[Text], notes: list[Text]
) -> list[Decision[Any]]:
    year, on = sample.year, sample.on
    covered: list[Case] = []
    states: list[Decision[CaseState]] = []
    deadline_of: dict[str, Decision[dt.date]] = {}
    for case in sample.cases:
        ch_zh, ch_en = _CHANNEL_TEXT[case.channel]
        try:
            deadline_of[case.id] = reply_deadline(case.received_on, policy=policy)
        except CalendarCoverageError as exc:
            notes.append(
                t(
                    f"{case.id}({ch_zh},{zh_day(case.received_on, year)}收到,承办人{case.handler}):"
                    f"答复期限落在{exc.year}年,工作日日历尚无{exc.year}年国务院放假安排,无法计算期限,"
                    "未计入按期答复率;待放假安排公布后用 Calendar.with_file 补充",
                    f"{case.id} ({ch_en}, received {case.received_on}, handler {case.handler}): its "
                    f"reply deadline falls in {exc.year}, which the working-day calendar does not "
                    f"cover yet (no {exc.year} holiday notice); no deadline is computed and the case "
                    "is left out of the on-time rate. Add the notice with Calendar.with_file",
                )
            )
            continue
        covered.append(case)
        states.append(case_status(case, on=on, policy=policy))
    overall = case_summary(covered, on=on, policy=policy)[0]
    by_handler = case_summary(covered, on=on, by="handler", policy=policy)
    s = overall.value
    channels = {c: sum(1 for x in sample.cases if x.channel is c) for c in Channel}
    rz, ren = rate_text(s.answered_on_time, s.answered_on_time + s.answered_late + s.overdue)
    uncovered = len(sample.cases) - len(covered)
    summary.append(
        t(
            f"{year}年{sample.department}共收到群众来信来访{len(sample.cases)}件(来信{channels[Channel.LETTER]}件、"
            f"举报电话{channels[Channel.CALL]}件、来访{channels[Channel.VISIT]}件、投诉信箱{channels[Channel.MAILBOX]}件),"
            f"由副部长{sample.deputy_head_letters}负责处理;截至{zh_day(on, year)}按期答复{s.answered_on_time}件,"
            f"超期答复{s.answered_late}件,超期未答复{s.overdue}件,期限内办理中{s.open}件"
            + (f",另有{uncovered}件无法计算答复期限(见注)" if uncovered else "")
            + f";{rz}",
            f"In {year} {sample.department} received {len(sample.cases)} letters, calls, visits and "
            f"mailbox complaints ({channels[Channel.LETTER]} letters, {channels[Channel.CALL]} calls, "
            f"{channels[Channel.VISIT]} visits, {channels[Channel.MAILBOX]} mailbox), handled under "
            f"deputy head {sample.deputy_head_letters}; as of {on}: {s.answered_on_time} answered "
            f"on time, {s.answered_late} late, {s.overdue} overdue, {s.open} open within the limit"
            + (
                f", and {uncovered} with no computable deadline (see the notes)"
                if uncovered
                else ""
            )
            + f"; {ren}",
        )
    )
    by_id = {c.id: c for c in covered}
    due = {d.value.case: d.value.due for d in states}
    overdue = [by_id[i] for i in s.overdue_cases]
    if overdue:
        zh = "、".join(
            f"{c.id}({_CHANNEL_TEXT[c.channel][0]},{zh_day(c.received_on, year)}收到,应于{zh_day(due[c.id], year)}前答复,"
            f"自{zh_day(due[c.id] + dt.timedelta(days=1), year)}起超期,至年末已超期{(on - due[c.id]).days}天,"
            f"承办人{c.handler})"
            for c in overdue
        )
        en = "; ".join(
            f"{c.id} ({_CHANNEL_TEXT[c.channel][1]}, received {c.received_on}, due {due[c.id]}, "
            f"overdue since {due[c.id] + dt.timedelta(days=1)}, {(on - due[c.id]).days} days "
            f"by the year's end, handler {c.handler})"
            for c in overdue
        )
        summary.append(t(f"超期未答复{len(overdue)}件:{zh}", f"{len(overdue)} overdue: {en}"))
    else:
        summary.append(
            t("年末没有超期未答复的来信来访", "No letter or visit is overdue at the year's end")
        )
    late = [by_id[i] for i in s.late_cases]
    if late:
        zh = "、".join(
            f"{c.id}(应于{zh_day(due[c.id], year)}前,{zh_day(c.replied_on, year) if c.replied_on else ''}答复,承办人{c.handler})"
            for c in late
        )
        en = "; ".join(
            f"{c.id} (due {due[c.id]}, answered {c.replied_on}, handler {c.handler})" for c in late
        )
        summary.append(t(f"超期答复{len(late)}件:{zh}", f"{len(late)} answered late: {en}"))
    open_now = [d.value for d in states if d.value.status is CaseStatus.OPEN]
    if open_now:
        summary.append(
            t(
                "年末期限内办理中:"
                + "、".join(f"{x.case}(应于{zh_day(x.due, year)}前答复)" for x in open_now),
                "Open within the limit at the year's end: "
                + "; ".join(f"{x.case} (due {x.due})" for x in open_now),
            )
        )
    handlers = [d for d in by_handler if d.value.overdue or d.value.answered_late]
    if handlers:
        summary.append(
            t(
                "按承办人:"
                + ";".join(
                    f"{d.subject.removeprefix('handler:') if d.subject else ''}超期答复{d.value.answered_late}件、"
                    f"超期未答复{d.value.overdue}件"
                    for d in handlers
                ),
                "By handler: "
                + "; ".join(
                    f"{d.subject.removeprefix('handler:') if d.subject else ''} {d.value.answered_late} "
                    f"late, {d.value.overdue} overdue"
                    for d in handlers
                ),
            )
        )
    deadlines = [deadline_of[x.case].model_copy(update={"subject": x.case}) for x in open_now]
    return [overall, *by_handler, *states, *deadlines]


def _holiday(cal: Calendar, day: dt.date) -> str | None:
    for year in (day.year - 1, day.year, day.year + 1):
        if cal.first_year <= year <= cal.last_year:
            for period in cal.schedule(year).holidays:
                if period.first <= day <= period.last:
                    return period.name
    return None


def _reception_part(
    sample: SupervisionRecords, policy: Policy, summary: list[Text], notes: list[Text]
) -> list[Decision[Any]]:
    year = sample.year
    days = attempt(
        notes,
        t(f"{year}年部长接待日", f"The reception days of {year}"),
        lambda: reception_days(year, policy=policy),
    )
    if days is None:
        return []
    cal = official_calendar()
    nominal = [
        dt.date(year, m, int(str(d.parameters["supervision.reception_day_of_month"])))
        for m, d in enumerate(days, start=1)
    ]
    weekend = [n for n in nominal if n.weekday() >= 5 and _holiday(cal, n) is None]
    holiday = [(n, _holiday(cal, n)) for n in nominal if _holiday(cal, n) is not None]
    moved = [(n, d.value) for n, d in zip(nominal, days, strict=True) if d.outcome == "moved"]
    p = resolve(policy, dt.date(year, 1, 1)).supervision
    dom = {n.day for n in nominal}
    dom_text = "、".join(f"{x}日" for x in sorted(dom))
    zh = [f"{year}年部长接待日12天,定于每月{dom_text}"]
    en = [
        f"{year} has 12 reception days, on day {', '.join(str(x) for x in sorted(dom))} of each month"
    ]
    if weekend:
        zh.append(
            f"其中{len(weekend)}天逢周六、周日("
            + "、".join(zh_day(n, year) for n in weekend)
            + ("),照常接待(遇周六、周日不休息)" if p.reception_on_weekends else "),按本地设定改期")
        )
        en.append(
            f"{len(weekend)} fall on a Saturday or Sunday ("
            + ", ".join(str(n) for n in weekend)
            + (
                "), held as usual (the seed: not cancelled for a weekend)"
                if p.reception_on_weekends
                else "), moved by the local setting"
            )
        )
    if holiday:
        choice_zh = "照常接待" if p.reception_on_holidays else "改期接待"
        choice_en = "held on the date" if p.reception_on_holidays else "moved"
        zh.append(
            f"{len(holiday)}天在国务院通知的放假期间("
            + "、".join(f"{zh_day(n, year)}{name}" for n, name in holiday)
            + f"),按本地选择{choice_zh}(supervision.reception_on_holidays = {'true' if p.reception_on_holidays else 'false'},材料未作规定)"
        )
        en.append(
            f"{len(holiday)} fall inside an official holiday period ("
            + ", ".join(f"{n} {name}" for n, name in holiday)
            + f"), {choice_en} by the local choice (supervision.reception_on_holidays = "
            f"{'true' if p.reception_on_holidays else 'false'}; the seed is silent)"
        )
    else:
        zh.append(
            "没有一天落在国务院通知的放假期间(如遇放假期间,按本地选择"
            + ("照常接待" if p.reception_on_holidays else "改期接待")
            + f",supervision.reception_on_holidays = {'true' if p.reception_on_holidays else 'false'})"
        )
        en.append(
            "none falls inside an official holiday period (one that did would be "
            + ("held on its date" if p.reception_on_holidays else "moved")
            + " by the local choice supervision.reception_on_holidays = "
            + f"{'true' if p.reception_on_holidays else 'false'})"
        )
    if moved:
        zh.append("改期:" + "、".join(f"{zh_day(a, year)}改为{zh_day(b, year)}" for a, b in moved))
        en.append("moved: " + ", ".join(f"{a} to {b}" for a, b in moved))
    summary.append(t(";".join(zh), "; ".join(en)))
    return list(days)


def _meetings_part(
    sample: SupervisionRecords, policy: Policy, summary: list[Text], notes: list[Text]
) -> list[Decision[Any]]:
    year = sample.year
    used = policy
    unset = [
        m
        for m in sample.meetings
        if resolve(policy, m.requested_on).supervision.meeting_working_days is None
    ]
    sample_days = sample.sample_meeting_working_days
    if unset and sample_days is not None:
        # the override sets the base value only: a dated change the caller made still applies
        used = policy.override({"supervision.meeting_working_days": sample_days})
        where_zh = "、".join(f"{m.supervisor}{zh_day(m.requested_on, year)}的约见" for m in unset)
        where_en = ", ".join(f"{m.supervisor}'s request of {m.requested_on}" for m in unset)
        notes.append(
            t(
                f"示例设定:监督员约见部长后{sample_days}个工作日内安排接待"
                "(supervision.meeting_working_days;材料只说“及时”,没有默认值;"
                f"所用政策对{where_zh}未设定)",
                f"Sample setting: the head meets a supervisor within {sample_days} "
                "working days of the request (supervision.meeting_working_days; the seed says only "
                f"'promptly' and there is no default; the policy used leaves it unset for {where_en})",
            )
        )
    decisions: list[Decision[Any]] = []
    zh, en = [], []
    for m in sample.meetings:
        d = attempt(
            notes,
            t(f"{m.supervisor}约见部长的接待期限", f"The meeting deadline for {m.supervisor}"),
            partial(meeting_deadline, m.requested_on, policy=used),
        )
        if d is None:
            continue
        decisions.append(d.model_copy(update={"subject": m.supervisor}))
        ok = m.met_on is not None and m.met_on <= d.value
        met_zh = f"{zh_day(m.met_on, year)}接待" if m.met_on else "尚未接待"
        met_en = f"met on {m.met_on}" if m.met_on else "not met yet"
        zh.append(
            f"{m.supervisor}于{zh_day(m.requested_on, year)}约见部长,{met_zh},"
            + (f"未超过期限{zh_day(d.value, year)}" if ok else f"晚于期限{zh_day(d.value, year)}")
        )
        en.append(
            f"{m.supervisor} asked on {m.requested_on}, {met_en}, "
            f"{'within' if ok else 'after'} the deadline {d.value}"
        )
    if zh:
        summary.append(t("约见部长:" + ";".join(zh), "Meetings with the head: " + "; ".join(en)))
    return decisions


def _visits_part(
    sample: SupervisionRecords, policy: Policy, summary: list[Text]
) -> list[Decision[Any]]:
    names = {u.id: u.name for u in sample.units}
    # The report looks back after the year: read on the day after it, every period is
    # over, so a unit not visited by 31 December is missed, not pending.
    after = sample.on + dt.timedelta(days=1)
    coverage = visit_coverage(sample.units, sample.visits, sample.year, on=after, policy=policy)
    zh, en = [], []
    for d in coverage:
        c = d.value
        left = c.missed or c.pending
        if left:
            zh.append(
                f"{c.period}应走访{len(c.required)}个单位,已走访{len(c.visited)}个,未走访"
                + "、".join(names[u] for u in left)
            )
            en.append(
                f"{c.period}: {len(c.visited)} of {len(c.required)} units visited, missed "
                + ", ".join(f"{names[u]} ({u})" for u in left)
            )
        else:
            zh.append(f"{c.period}应走访的{len(c.required)}个单位全部走访")
            en.append(f"{c.period}: all {len(c.required)} units visited")
    out_of_scope = [u.name for u in sample.units if not u.in_scope]
    scope_zh = f"({'、'.join(out_of_scope)}不在副科级以上范围,不计)" if out_of_scope else ""
    scope_en = (
        f" ({', '.join(out_of_scope)} is below deputy-section level and not counted)"
        if out_of_scope
        else ""
    )
    summary.append(
        t(
            "部领导调研走访乡镇和市直副科级以上单位:" + ";".join(zh) + scope_zh,
            "Leaders' visits to townships and city units at deputy-section level or above: "
            + "; ".join(en)
            + scope_en,
        )
    )
    return list(coverage)


def _evaluation_part(
    sample: SupervisionRecords, policy: Policy, summary: list[Text]
) -> list[Decision[Any]]:
    checks = [check_evaluation_round(r, policy=policy) for r in sample.rounds]
    after = sample.on + dt.timedelta(days=1)  # read after the year: every period is over
    coverage = evaluation_coverage(sample.rounds, sample.year, on=after, policy=policy)
    year = sample.year
    held = {r.id: r.held_on for r in sample.rounds}
    zh, en = [], []
    for d in checks:
        c = d.value
        if c.conforms:
            zh.append(f"{c.round}({zh_day(held[c.round], year)})符合要求")
            en.append(f"{c.round} ({held[c.round]}) conforms")
        else:
            lacks_zh, lacks_en = [], []
            if c.missing_groups:
                lacks_zh.append("缺少" + "、".join(g.zh for g in c.missing_groups) + "部门人士")
                lacks_en.append("absent: " + ", ".join(_GROUP_EN[g] for g in c.missing_groups))
            if not c.briefing_given:
                lacks_zh.append("评议前未通报情况")
                lacks_en.append("no briefing beforehand")
            if c.unanswered_questions:
                lacks_zh.append(f"{c.unanswered_questions}个质询未回答")
                lacks_en.append(f"{c.unanswered_questions} question(s) unanswered")
            zh.append(f"{c.round}({zh_day(held[c.round], year)})" + "、".join(lacks_zh))
            en.append(f"{c.round} ({held[c.round]}): " + "; ".join(lacks_en))
    missed = [d.subject for d in coverage if d.outcome == "missed"]
    if missed:
        zh.append("未开展开门评部的期间:" + "、".join(str(m) for m in missed))
        en.append("periods with no public evaluation: " + ", ".join(str(m) for m in missed))
    summary.append(t("开门评部:" + ";".join(zh), "Public evaluations (开门评部): " + "; ".join(en)))
    return [*checks, *coverage]


def _without_closing(ledger: RectificationLedger, item: str) -> RectificationLedger:
    kept = [e for e in ledger.history if not (isinstance(e, Closed) and e.item == item)]
    return RectificationLedger(
        history=tuple(e.model_copy(update={"seq": i}) for i, e in enumerate(kept, start=1))
    )


def _ledger_part(
    sample: SupervisionRecords, policy: Policy, summary: list[Text]
) -> list[Decision[Any]]:
    year, on, ledger = sample.year, sample.on, sample.ledger
    total = ledger_summary(ledger, on=on, policy=policy)
    late = overdue_items(ledger, on=on, policy=policy)
    checks: list[Decision[bool]] = []
    for item in ledger.at(on).items:
        if item.closed_on is not None:
            checks.append(
                closing_check(
                    _without_closing(ledger, item.id), item.id, on=item.closed_on, policy=policy
                )
            )
        else:
            checks.append(closing_check(ledger, item.id, on=on, policy=policy))
    s = total.value
    rounds = sorted({i.round for i in ledger.items if i.round})
    summary.append(
        t(
            f"整改台账({'、'.join(rounds)}开门评部意见)截至{zh_day(on, year)}共{s.total}项:已销号{s.closed}项,"
            f"逾期未整改{s.overdue}项,已公布整改结果待满意{s.rectified}项,整改中{s.open}项",
            f"Rectification ledger (opinions of the {', '.join(rounds)} evaluations) as of {on}: "
            f"{s.total} item(s), {s.closed} closed, {s.overdue} overdue, {s.rectified} rectified "
            f"awaiting satisfaction, {s.open} open",
        )
    )
    items = {i.id: i for i in ledger.items}
    closed = [i for i in ledger.items if i.closed_on is not None and i.closed_on <= on]
    if closed:
        summary.append(
            t(
                "已销号:"
                + "、".join(
                    f"{i.id}{i.category}(责任人{i.assignee},{zh_day(i.closed_on, year) if i.closed_on else ''}销号,"
                    f"{i.satisfaction[-1].basis if i.satisfaction else ''})"
                    for i in closed
                ),
                "Closed: "
                + "; ".join(
                    f"{i.id} {i.category} (assignee {i.assignee}, closed {i.closed_on}, "
                    f"{i.satisfaction[-1].basis if i.satisfaction else ''})"
                    for i in closed
                ),
            )
        )
    if late:
        summary.append(
            t(
                "逾期未整改:"
                + "、".join(
                    f"{d.value.id}{d.value.category}(责任人{d.value.assignee or '未落实'},"
                    f"期限{zh_day(d.value.deadline, year) if d.value.deadline else ''},至年末逾期{(on - d.value.deadline).days if d.value.deadline else 0}天)"
                    for d in late
                ),
                "Overdue: "
                + "; ".join(
                    f"{d.value.id} {d.value.category} (assignee {d.value.assignee or 'none'}, "
                    f"deadline {d.value.deadline}, {(on - d.value.deadline).days if d.value.deadline else 0} days late "
                    "at the year's end)"
                    for d in late
                ),
            )
        )
    if s.to_raise_again:
        unsatisfied = [
            i
            for i in s.to_raise_again
            if items[i].satisfaction and not items[i].satisfaction[-1].satisfied
        ]
        zh = "结转下次评议会再次征求意见:" + "、".join(s.to_raise_again)
        en = "Carried to the next evaluation: " + ", ".join(s.to_raise_again)
        if unsatisfied:
            zh += ";其中" + "、".join(
                f"{i}已公布整改结果但{items[i].satisfaction[-1].basis},不能销号"
                for i in unsatisfied
            )
            en += "; of these " + ", ".join(
                f"{i} has its result published but the public was not satisfied "
                f"({items[i].satisfaction[-1].basis})"
                for i in unsatisfied
            )
        if s.unassigned:
            zh += ";尚未落实责任人:" + "、".join(s.unassigned)
            en += "; not yet assigned: " + ", ".join(s.unassigned)
        summary.append(t(zh, en))
    return [total, *late, *checks]


def _accountability_part(
    sample: SupervisionRecords, policy: Policy, summary: list[Text]
) -> list[Decision[Any]]:
    decisions = [accountability_measure(f, policy=policy) for f in sample.findings]
    if decisions:
        summary.append(
            t(
                "责任追究:"
                + ";".join(
                    f"{f.person}({f.description};{f.severity.zh}"
                    f"{',群众仍信任' if f.public_trust else ',群众不够信任'}):{d.value.zh}"
                    for f, d in zip(sample.findings, decisions, strict=True)
                ),
                "Accountability: "
                + "; ".join(
                    f"{f.person} ({f.severity.value}, "
                    f"{'the public still trusts them' if f.public_trust else 'the public lacks trust'}): "
                    f"{d.value.en}"
                    for f, d in zip(sample.findings, decisions, strict=True)
                ),
            )
        )
    return list(decisions)


def _supervisors_part(
    sample: SupervisionRecords, policy: Policy, summary: list[Text]
) -> list[Decision[Any]]:
    year = sample.year
    eligible = [
        supervisor_eligibility(n.candidate, n.kind, policy=policy) for n in sample.nominations
    ]
    terms = [supervisor_term(a, policy=policy) for a in sample.appointments]
    refused = [
        (n, d)
        for n, d in zip(sample.nominations, eligible, strict=True)
        if d.outcome == "ineligible"
    ]
    zh = (
        f"义务监督员:推荐{len(sample.nominations)}人,{len(sample.nominations) - len(refused)}人符合条件;"
        f"聘任{len(terms)}人,"
        + "、".join(f"{d.value.name}聘期至{zh_day(d.value.last, year)}" for d in terms)
    )
    en = (
        f"Volunteer supervisors: {len(sample.nominations)} recommended, "
        f"{len(sample.nominations) - len(refused)} eligible; {len(terms)} appointed, "
        + ", ".join(f"{d.value.name} serving to {d.value.last}" for d in terms)
    )
    if refused:
        zh += ";不符合条件:" + "、".join(
            f"{n.candidate.name}(推荐为{n.kind.zh}:" + ";".join(r.zh for r in d.reasons) + ")"
            for n, d in refused
        )
        en += "; not eligible: " + ", ".join(
            f"{n.candidate.name} ({n.kind.value}: " + "; ".join(r.en for r in d.reasons) + ")"
            for n, d in refused
        )
    summary.append(t(zh, en))
    return [*eligible, *terms]


def section(sample: SupervisionRecords, policy: Policy | None = None) -> Section:
    """组工干部监督报告 — every supervision rule run on ``sample``, as the report's section.

    The summary states the year's letters and visits (counts, on-time
    rate, who has overdue replies and since when, the late ones), the
    reception days (weekend and holiday days, the holiday choice), the
    meetings with the head, the missed visits, the public evaluations, the
    rectification ledger (closed, overdue, carried to the next round) and
    the accountability measures. Decisions follow in that order, the
    overall case summary first. What cannot be decided becomes a note: a
    letter whose deadline falls in a year the calendar does not cover, and
    the sample value set for ``supervision.meeting_working_days`` when the
    policy leaves it unset.

    Examples:
        >>> from orgwork.samples.supervision import build
        >>> s = section(build(2026))
        >>> any("2027" in n.zh for n in s.notes)
        True
        >>> s10 = section(build(2025), Policy.default().override({"supervision.reply_working_days": 10}))
        >>> s10.decisions[0].parameters["supervision.reply_working_days"]
        10
    """
    policy = policy or Policy.default()
    summary: list[Text] = []
    notes: list[Text] = []
    decisions: list[Decision[Any]] = []
    decisions += _cases_part(sample, policy, summary, notes)
    decisions += _reception_part(sample, policy, summary, notes)
    decisions += _meetings_part(sample, policy, summary, notes)
    decisions += _visits_part(sample, policy, summary)
    decisions += _evaluation_part(sample, policy, summary)
    decisions += _ledger_part(sample, policy, summary)
    decisions += _accountability_part(sample, policy, summary)
    decisions += _supervisors_part(sample, policy, summary)
    return Section(
        key="supervision",
        title=t(
            f"组工干部监督({sample.department},{sample.year}年)",
            f"Supervision of the organization department ({sample.department}, {sample.year})",
        ),
        summary=tuple(summary),
        decisions=tuple(decisions),
        notes=tuple(notes),
    )
