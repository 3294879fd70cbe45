"""The report's supervision section."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any

from orgwork._display import rate_text
from orgwork.calendar import Calendar, official_calendar
from orgwork.decision import Decision, Say, Shown, Text, both, joined
from orgwork.errors import CalendarCoverageError
from orgwork.policy import Policy, checked_policy, resolve
from orgwork.records.supervision import SupervisionRecords
from orgwork.report._common import NOTHING, attempt, on_day
from orgwork.report._report import Section
from orgwork.supervision import (
    Case,
    CaseState,
    CaseStatus,
    CaseSummary,
    Channel,
    ChannelCheck,
    ChannelEntry,
    Closed,
    DeputyDesignation,
    EntryFinding,
    EvaluationGroup,
    HandlingFinding,
    RectificationLedger,
    Term,
    accountability_measure,
    case_status,
    case_summary,
    check_evaluation_round,
    closing_check,
    evaluation_coverage,
    ledger_summary,
    letters_deputy,
    meeting_deadline,
    overdue_items,
    reception_days,
    reply_deadline,
    reporting_channels,
    supervisor_duties,
    supervisor_eligibility,
    supervisor_speech_immunity,
    supervisor_term,
    visit_coverage,
)


class _SupervisionTexts:
    """Texts of the supervision section: letters and visits, reception days, meetings, visits,
    public evaluations, the rectification ledger, accountability and volunteer supervisors."""

    title = Say(
        "组工干部监督({department},{year}年)",
        "Supervision of the organization department ({department}, {year})",
    )
    # letters and visits
    uncovered = Say(
        "{case}({channel},{received}收到,承办人{handler}):答复期限落在{year}年,"
        "工作日日历尚无{year}年国务院放假安排,无法计算期限,未计入按期答复率;"
        "待放假通知公布后,将其读入工作日日历再运行",
        "{case} ({channel}, received {received}, handler {handler}): its reply deadline falls in "
        "{year}, which the working-day calendar does not cover yet (no {year} holiday notice); "
        "no deadline is computed and the case is left out of the on-time rate. Add the notice "
        "with Calendar.with_file",
    )
    no_deadline = Say(
        ",另有{n}件无法计算答复期限(见注)",
        ", and {n} with no computable deadline (see the notes)",
    )
    cases = Say(
        "{year}年{department}共收到群众来信来访{n}件(来信{letters}件、举报电话{calls}件、"
        "来访{visits}件、投诉信箱{mailbox}件),由副部长{deputy}负责处理;截至{on}按期答复{on_time}件,"
        "超期答复{late}件,超期未答复{overdue}件,期限内办理中{open}件{uncovered};{rate}",
        "In {year} {department} received {n} letters, calls, visits and mailbox complaints "
        "({letters} letters, {calls} calls, {visits} visits, {mailbox} mailbox), handled under "
        "deputy head {deputy}; as of {on}: {on_time} answered on time, {late} late, {overdue} "
        "overdue, {open} open within the limit{uncovered}; {rate}",
    )
    overdue_case = Say(
        "{case}({channel},{received}收到,应于{due}前答复,自{since}起超期,至年末已超期{days}天,"
        "承办人{handler})",
        "{case} ({channel}, received {received}, due {due}, overdue since {since}, {days} days "
        "by the year's end, handler {handler})",
    )
    overdue_cases = Say("超期未答复{n}件:{cases}", "{n} overdue: {cases}")
    none_overdue = Say(
        "年末没有超期未答复的来信来访", "No letter or visit is overdue at the year's end"
    )
    late_case = Say(
        "{case}(应于{due}前,{answered}答复,承办人{handler})",
        "{case} (due {due}, answered {answered}, handler {handler})",
    )
    late_cases = Say("超期答复{n}件:{cases}", "{n} answered late: {cases}")
    open_case = Say("{case}(应于{due}前答复)", "{case} (due {due})")
    open_cases = Say("年末期限内办理中:{cases}", "Open within the limit at the year's end: {cases}")
    handler = Say(
        "{handler}超期答复{late}件、超期未答复{overdue}件",
        "{handler} {late} late, {overdue} overdue",
    )
    handlers = Say("按承办人:{handlers}", "By handler: {handlers}")
    extended_case = Say(
        "{case}(经{by}批准延期至{until},理由:{reason}{outcome})",
        "{case} (extended to {until}, approved by {by}, because: {reason}{outcome})",
    )
    transferred_case = Say("{case}({day}转送/交办{to})", "{case} (transferred to {to} on {day})")
    not_accepted_case = Say(
        "{case}(不予受理,理由:{reason};{day}告知)",
        "{case} (not accepted, because: {reason}; told on {day})",
    )
    answered_on = Say(",{day}答复", ", answered {day}")
    longer = Say(
        "依法延期或移交的来信来访{n}件,不计为超期(延期的按延长后的期限计入按期答复率,"
        "转送/交办、不予受理的不计入):{cases}",
        "{n} letters and visits lawfully took longer and are not counted late (an extended one "
        "is counted against its extended date, a transferred or not accepted one is left out of "
        "the on-time rate): {cases}",
    )
    handled_by = Say("{handler}{n}件", "{handler} {n}")
    other_handlers = Say(
        "组织部明确副部长{deputy}处理群众来信来访;由其他人员承办的{n}件:{by}",
        "The department named deputy head {deputy} to handle letters and visits; {n} were "
        "handled by others: {by}",
    )
    # reception days
    reception_days_of = Say("{year}年部长接待日", "The reception days of {year}")
    day_of_month = Say("{day}日", "{day}")
    weekend_held = Say(
        ";其中{n}天逢周六、周日({days}),照常接待(遇周六、周日不休息)",
        "; {n} fall on a Saturday or Sunday ({days}), held as usual (the seed: not cancelled "
        "for a weekend)",
    )
    weekend_moved = Say(
        ";其中{n}天逢周六、周日({days}),按本地设定改期",
        "; {n} fall on a Saturday or Sunday ({days}), moved by the local setting",
    )
    holiday = Say("{day}{name}", "{day} {name}")
    held_on_the_date = Say("照常接待", "held on the date")
    held_on_its_date = Say("照常接待", "held on its date")
    moved = Say("改期接待", "moved")
    holidays = Say(
        "{n}天在国务院通知的放假期间({days}),按本地选择{choice}"
        "(supervision.reception_on_holidays = {flag},材料未作规定)",
        "{n} fall inside an official holiday period ({days}), {choice} by the local choice "
        "(supervision.reception_on_holidays = {flag}; the seed is silent)",
    )
    no_holiday = Say(
        "没有一天落在国务院通知的放假期间(如遇放假期间,按本地选择{choice}"
        ",supervision.reception_on_holidays = {flag})",
        "none falls inside an official holiday period (one that did would be {choice} by the "
        "local choice supervision.reception_on_holidays = {flag})",
    )
    move = Say("{day}改为{to}", "{day} to {to}")
    moves = Say(";改期:{moves}", "; moved: {moves}")
    reception = Say(
        "{year}年部长接待日12天,定于每月{days}{weekend};{holidays}{moves}",
        "{year} has 12 reception days, on day {days} of each month{weekend}; {holidays}{moves}",
    )
    # meetings with the head
    request = Say("{supervisor}{on}的约见", "{supervisor}'s request of {on}")
    sample_meeting_days = Say(
        "示例设定:监督员约见部长后{days}个工作日内安排接待"
        "(supervision.meeting_working_days;材料只说“及时”,没有默认值;所用政策对{requests}未设定)",
        "Sample setting: the head meets a supervisor within {days} working days of the request "
        "(supervision.meeting_working_days; the seed says only 'promptly' and there is no "
        "default; the policy used leaves it unset for {requests})",
    )
    meeting_deadline_of = Say(
        "{supervisor}约见部长的接待期限", "The meeting deadline for {supervisor}"
    )
    met_on = Say("{on}接待", "met on {on}")
    not_met = Say("尚未接待", "not met yet")
    met_in_time = Say(
        "{supervisor}于{on}约见部长,{met},未超过期限{due}",
        "{supervisor} asked on {on}, {met}, within the deadline {due}",
    )
    met_late = Say(
        "{supervisor}于{on}约见部长,{met},晚于期限{due}",
        "{supervisor} asked on {on}, {met}, after the deadline {due}",
    )
    meetings = Say("约见部长:{meetings}", "Meetings with the head: {meetings}")
    # leaders' visits
    unit = Say("{name}{code}", "{name} ({code})")
    period_missed = Say(
        "{period}应走访{required}个单位,已走访{visited}个,未走访{missed}",
        "{period}: {visited} of {required} units visited, missed {missed}",
    )
    period_done = Say(
        "{period}应走访的{required}个单位全部走访", "{period}: all {required} units visited"
    )
    out_of_scope = Say(
        "({units}不在副科级以上范围,不计)",
        " ({units} is below deputy-section level and not counted)",
    )
    visits = Say(
        "部领导调研走访乡镇和市直副科级以上单位:{periods}{scope}",
        "Leaders' visits to townships and city units at deputy-section level or above: "
        "{periods}{scope}",
    )
    # public evaluations
    conforms = Say("{round}({held})符合要求", "{round} ({held}) conforms")
    groups_absent = Say("缺少{groups}部门人士", "absent: {groups}")
    local_groups_absent = Say(
        "缺少本地增加的参评人员{groups}", "absent, of the groups the locality added: {groups}"
    )
    no_briefing = Say("评议前未通报情况", "no briefing beforehand")
    unanswered = Say("{n}个质询未回答", "{n} question(s) unanswered")
    lacking = Say("{round}({held}){lacks}", "{round} ({held}): {lacks}")
    periods_missed = Say(
        "未开展开门评部的期间:{periods}", "periods with no public evaluation: {periods}"
    )
    evaluations = Say("开门评部:{rounds}", "Public evaluations (开门评部): {rounds}")
    # the rectification ledger
    ledger = Say(
        "整改台账({rounds}开门评部意见)截至{on}共{total}项:已销号{closed}项,"
        "逾期未整改{overdue}项,已公布整改结果待满意{rectified}项,整改中{open}项",
        "Rectification ledger (opinions of the {rounds} evaluations) as of {on}: {total} "
        "item(s), {closed} closed, {overdue} overdue, {rectified} rectified awaiting "
        "satisfaction, {open} open",
    )
    closed_item = Say(
        "{item}{category}(责任人{assignee},{closed}销号,{basis})",
        "{item} {category} (assignee {assignee}, closed {closed}, {basis})",
    )
    closed = Say("已销号:{items}", "Closed: {items}")
    not_assigned = Say("未落实", "none")
    overdue_item = Say(
        "{item}{category}(责任人{assignee},期限{deadline},至年末逾期{days}天)",
        "{item} {category} (assignee {assignee}, deadline {deadline}, {days} days late at the "
        "year's end)",
    )
    overdue = Say("逾期未整改:{items}", "Overdue: {items}")
    unsatisfied_item = Say(
        "{item}已公布整改结果但{basis},不能销号",
        "{item} has its result published but the public was not satisfied ({basis})",
    )
    unsatisfied = Say(";其中{items}", "; of these {items}")
    unassigned = Say(";尚未落实责任人:{items}", "; not yet assigned: {items}")
    carried = Say(
        "结转下次评议会再次征求意见:{items}{unsatisfied}{unassigned}",
        "Carried to the next evaluation: {items}{unsatisfied}{unassigned}",
    )
    # accountability
    trusted = Say(",群众仍信任", "the public still trusts them")
    not_trusted = Say(",群众不够信任", "the public lacks trust")
    finding = Say(
        "{person}({description};{severity}{trust}):{measure}",
        "{person}{description} ({severity}, {trust}): {measure}",
    )
    accountability = Say("责任追究:{findings}", "Accountability: {findings}")
    # volunteer supervisors
    term = Say("{name}聘期至{last}", "{name} serving to {last}")
    ineligible = Say("{name}(推荐为{kind}:{reasons})", "{name} ({kind}: {reasons})")
    ineligibles = Say(";不符合条件:{names}", "; not eligible: {names}")
    supervisors = Say(
        "义务监督员:推荐{n}人,{eligible}人符合条件;聘任{appointed}人,{terms}{ineligible}",
        "Volunteer supervisors: {n} recommended, {eligible} eligible; {appointed} appointed, "
        "{terms}{ineligible}",
    )
    # the supervisors' duties and their right to speak freely
    done_on = Say("{duty}{days}", "{duty} on {days}")
    duties_of = Say("{name}:{items}", "{name}: {items}")
    nothing_done = Say("无履职记录", "no duty recorded")
    duties_referred = Say(
        "义务监督员履职(定期保持联系、定期参加例会、定期报告情况):{people};"
        "“定期”未规定周期,本地未设定,列明履职情况,提交研究决定",
        "Volunteer supervisors' duties (keeping in contact, attending the regular meetings, "
        "reporting): {people}; 定期 (regularly) gives no cadence and none is set locally, so "
        "what was done is listed and referred",
    )
    duty_period = Say("{name}{duty}{first}至{last}", "{name}, {duty}, {first} to {last}")
    duties_missed = Say(
        "义务监督员履职按所设周期检查:{n}个周期未履行——{periods}",
        "Volunteer supervisors' duties checked against the cadences set: {n} period(s) "
        "missed: {periods}",
    )
    duties_met = Say(
        "义务监督员履职按所设周期检查:没有未履行的周期",
        "Volunteer supervisors' duties checked against the cadences set: no period missed",
    )
    sanction = Say(
        "{person}({on}拟追责,所涉言论发表于{spoken})",
        "{person} (sanction proposed on {on} for words said on {spoken})",
    )
    immunity = Say(
        "拟对义务监督员因其言论追责{n}起:{items};义务监督员享有言论豁免权,不作处理决定,提交研究决定",
        "{n} sanction(s) proposed against supervisors for what they said: {items}; supervisors "
        "may speak without penalty, so these are not decided here but referred",
    )
    not_immune = Say(
        "另有{n}起拟追责不属于义务监督员在聘期内的言论,言论豁免权不适用",
        "{n} other proposed sanction(s) are not for a serving supervisor's words: the "
        "immunity does not apply",
    )
    # the reporting line, the mailbox, and the deputy head for letters and visits
    sample_hours = Say(
        "示例设定:举报专线工作时间为工作日{spans}(材料只说“在工作时间内”,未给出时段;"
        "所用政策未设定)",
        "Sample setting: the reporting line's working hours are {spans} on working days "
        "(supervision.hotline_hours; the seed says only 'in working time' and gives no hours; "
        "the policy used leaves it unset)",
    )
    channels_of = Say("举报专线和投诉信箱专人负责情况", "The reporting line and the mailbox")
    call_item = Say("{ref}({on}{at},{by})", "{ref} ({on}{at}, {by})")
    nobody = Say("无人接听", "nobody answered")
    collection_item = Say("{on}({by})", "{on} ({by})")
    hotline = Say(
        "举报专线:工作时间内来电{judged}次,由专人接听{ok}次{faults}{outside}{unknown}",
        "Reporting line: {judged} call(s) in working time, {ok} answered by the person "
        "designated{faults}{outside}{unknown}",
    )
    gap_days = Say(
        ";{n}个工作日未明确专人({days})", "; nobody designated on {n} working day(s) ({days})"
    )
    by_other = Say(";非专人接听{n}次:{items}", "; {n} answered by someone not designated: {items}")
    calls_unanswered = Say(";无人接听{n}次:{items}", "; {n} not answered: {items}")
    no_designation = Say(
        ";当日未明确专人{n}次:{items}", "; {n} on a day with nobody designated: {items}"
    )
    outside = Say(";工作时间以外来电{n}次,不作判定", "; {n} outside working time, not judged")
    unknown = Say(
        ";工作时间未设定或未记录来电时刻,{n}次来电无法判定,提交研究决定",
        "; {n} call(s) not judged (no working hours set, or no time recorded), referred",
    )
    mailbox = Say(
        "投诉信箱:收取{n}次,由专人收取{ok}次{faults}",
        "Complaints mailbox: emptied {n} time(s), {ok} by the person designated{faults}",
    )
    collected_by_other = Say(";非专人收取{n}次:{items}", "; {n} by someone not designated: {items}")
    collected_undesignated = Say(
        ";当日未明确专人{n}次:{items}", "; {n} on a day with nobody designated: {items}"
    )
    channels_referred = Say(
        "以上举报专线和投诉信箱的情况列明事实,责任如何认定由组织部研究决定",
        "The facts on the reporting line and the mailbox are listed; who is answerable is for "
        "the department to decide",
    )
    deputy_named = Say("{person}({first}起)", "{person} (from {first})")
    deputy = Say(
        "处理群众来信来访的副部长:{named};收到来信来访{n}件,由明确的副部长处理{ok}件{rest}",
        "Deputy head for letters and visits: {named}; {n} received, {ok} handled by the deputy "
        "head named{rest}",
    )
    deputy_unnamed = Text(zh="未明确", en="none named")
    handled_by_other = Say(
        ";由他人处理{n}件({people}),列明事实,提交研究决定",
        "; {n} handled by others ({people}): the facts are listed and referred",
    )
    handler_count = Say("{person}{n}件", "{person} {n}")
    deputy_gaps = Say(
        ";{periods}未明确副部长,提交研究决定", "; no deputy head named {periods}: referred"
    )
    deputy_overlaps = Say(
        ";{periods}同时明确了两名以上副部长,提交研究决定",
        "; more than one deputy head named {periods}: referred",
    )
    period = Say("{first}至{last}", "{first} to {last}")
    deputy_undecided = Say(
        ";{n}件未记录承办人或收到之日副部长不明确,提交研究决定",
        "; {n} with no handler recorded or no single deputy head named that day: referred",
    )


_CHANNEL_TEXT = {
    Channel.LETTER: Text(zh="来信", en="letter"),
    Channel.CALL: Text(zh="举报电话", en="call"),
    Channel.VISIT: Text(zh="来访", en="visit"),
    Channel.MAILBOX: Text(zh="投诉信箱", en="mailbox"),
}


def channel_zh(channel: Channel) -> str:
    """How a letter or visit came in, in Chinese (来信, 举报电话, 来访, 投诉信箱)."""
    return _CHANNEL_TEXT[channel].zh


_GROUP_EN = {
    EvaluationGroup.SUPERVISORS: "the volunteer supervisors",
    EvaluationGroup.PEOPLES_CONGRESS: "the people's congress",
    EvaluationGroup.CPPCC: "the CPPCC",
    EvaluationGroup.DISCIPLINE_INSPECTION: "discipline inspection",
    EvaluationGroup.PETITION_OFFICE: "the petition (letters and visits) office",
    EvaluationGroup.OTHER: "other departments",
}


def _flag(value: bool) -> str:
    return "true" if value else "false"


def _cases_part(
    sample: SupervisionRecords, policy: Policy, summary: list[Text], notes: list[Text]
) -> list[Decision[Any]]:
    year, on = sample.year, sample.on
    covered: list[Case] = []
    states: list[Decision[CaseState]] = []
    deadline_of: dict[str, Decision[dt.date]] = {}
    for case in sample.cases:
        try:
            deadline_of[case.id] = reply_deadline(case.received_on, policy=policy)
        except CalendarCoverageError as exc:
            notes.append(
                _SupervisionTexts.uncovered.text(
                    case=case.id,
                    channel=_CHANNEL_TEXT[case.channel],
                    received=on_day(case.received_on, year),
                    handler=case.handler,
                    year=exc.year,
                )
            )
            continue
        covered.append(case)
        states.append(case_status(case, on=on, policy=policy))
    deputy = sample.deputy_head_letters or None
    overall = case_summary(covered, on=on, deputy_head=deputy, policy=policy)[0]
    by_handler = case_summary(covered, on=on, by="handler", policy=policy)
    s = overall.value
    channels = {c: sum(1 for x in sample.cases if x.channel is c) for c in Channel}
    uncovered = len(sample.cases) - len(covered)
    summary.append(
        _SupervisionTexts.cases.text(
            year=year,
            department=sample.department,
            n=len(sample.cases),
            letters=channels[Channel.LETTER],
            calls=channels[Channel.CALL],
            visits=channels[Channel.VISIT],
            mailbox=channels[Channel.MAILBOX],
            deputy=sample.deputy_head_letters,
            on=on_day(on, year),
            on_time=s.answered_on_time,
            late=s.answered_late,
            overdue=s.overdue,
            open=s.open,
            uncovered=_SupervisionTexts.no_deadline.text(n=uncovered) if uncovered else NOTHING,
            rate=both(
                *rate_text(s.answered_on_time, s.answered_on_time + s.answered_late + s.overdue)
            ),
        )
    )
    by_id = {c.id: c for c in covered}
    due = {d.value.case: d.value.due for d in states}
    overdue = [by_id[i] for i in s.overdue_cases]
    if overdue:
        cases = [
            _SupervisionTexts.overdue_case.text(
                case=c.id,
                channel=_CHANNEL_TEXT[c.channel],
                received=on_day(c.received_on, year),
                due=on_day(due[c.id], year),
                since=on_day(due[c.id] + dt.timedelta(days=1), year),
                days=(on - due[c.id]).days,
                handler=c.handler,
            )
            for c in overdue
        ]
        summary.append(
            _SupervisionTexts.overdue_cases.text(n=len(overdue), cases=joined(cases, "、", "; "))
        )
    else:
        summary.append(_SupervisionTexts.none_overdue.text())
    late = [by_id[i] for i in s.late_cases]
    if late:
        cases = [
            _SupervisionTexts.late_case.text(
                case=c.id,
                due=on_day(due[c.id], year),
                answered=on_day(c.replied_on, year) if c.replied_on else both("", c.replied_on),
                handler=c.handler,
            )
            for c in late
        ]
        summary.append(
            _SupervisionTexts.late_cases.text(n=len(late), cases=joined(cases, "、", "; "))
        )
    open_now = [d.value for d in states if d.value.status is CaseStatus.OPEN]
    if open_now:
        cases = [
            _SupervisionTexts.open_case.text(case=x.case, due=on_day(x.due, year)) for x in open_now
        ]
        summary.append(_SupervisionTexts.open_cases.text(cases=joined(cases, "、", "; ")))
    handlers = [
        _SupervisionTexts.handler.text(
            handler=d.subject.removeprefix("handler:") if d.subject else "",
            late=d.value.answered_late,
            overdue=d.value.overdue,
        )
        for d in by_handler
        if d.value.overdue or d.value.answered_late
    ]
    if handlers:
        summary.append(_SupervisionTexts.handlers.text(handlers=joined(handlers, ";", "; ")))
    summary.extend(_longer_lines(covered, s, due, year))
    summary.extend(_other_handler_lines(covered, s, deputy))
    deadlines = [deadline_of[x.case].model_copy(update={"subject": x.case}) for x in open_now]
    return [overall, *by_handler, *states, *deadlines]


def _longer_lines(
    covered: list[Case], s: CaseSummary, due: dict[str, dt.date], year: int
) -> list[Text]:
    """延期, 转送/交办, 不予受理: the cases that lawfully took longer, each with its facts."""
    ids = set(s.extended_cases) | set(s.transferred_cases) | set(s.not_accepted_cases)
    cases: list[Text] = []
    for c in (c for c in covered if c.id in ids):
        if c.id in s.transferred_cases and c.transferred_on is not None:
            day = on_day(c.transferred_on, year)
            cases.append(
                _SupervisionTexts.transferred_case.text(case=c.id, day=day, to=c.transferred_to)
            )
        elif c.id in s.not_accepted_cases and c.replied_on is not None:
            day = on_day(c.replied_on, year)
            cases.append(
                _SupervisionTexts.not_accepted_case.text(
                    case=c.id, reason=c.not_accepted_reason, day=day
                )
            )
        elif c.extended_until is not None:
            answered = (
                _SupervisionTexts.answered_on.text(day=on_day(c.replied_on, year))
                if c.replied_on is not None
                else NOTHING
            )
            cases.append(
                _SupervisionTexts.extended_case.text(
                    case=c.id,
                    by=c.extension_approved_by,
                    until=on_day(due[c.id], year),
                    reason=c.extension_reason,
                    outcome=answered,
                )
            )
    if not cases:
        return []
    return [_SupervisionTexts.longer.text(n=len(cases), cases=joined(cases, "、", "; "))]


def _other_handler_lines(covered: list[Case], s: CaseSummary, deputy: str | None) -> list[Text]:
    """组织部明确一名副部长处理群众来信来访: the cases handled by others, counted by handler."""
    if deputy is None or not s.other_handler_cases:
        return []
    others = {c.id: c.handler for c in covered if c.id in s.other_handler_cases}
    names = sorted({h for h in others.values() if h is not None})
    by = [
        _SupervisionTexts.handled_by.text(handler=h, n=sum(1 for x in others.values() if x == h))
        for h in names
    ]
    return [
        _SupervisionTexts.other_handlers.text(
            deputy=deputy, n=len(others), by=joined(by, "、", ", ")
        )
    ]


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
        _SupervisionTexts.reception_days_of.text(year=year),
        lambda: reception_days(year, policy=policy),
    )
    if days is None:
        return []
    cal = official_calendar()
    nominal = [
        dt.date(year, m, int(str(d.parameters["supervision.reception_day_of_month"])))
        for m, d in enumerate(days, start=1)
    ]
    weekend = [on_day(n, year) for n in nominal if n.weekday() >= 5 and _holiday(cal, n) is None]
    holiday = [(n, _holiday(cal, n)) for n in nominal if _holiday(cal, n) is not None]
    moved = [(n, d.value) for n, d in zip(nominal, days, strict=True) if d.outcome == "moved"]
    p = resolve(policy, dt.date(year, 1, 1)).supervision
    flag = _flag(p.reception_on_holidays)
    if not weekend:
        on_weekends = NOTHING
    elif p.reception_on_weekends:
        on_weekends = _SupervisionTexts.weekend_held.text(n=len(weekend), days=weekend)
    else:
        on_weekends = _SupervisionTexts.weekend_moved.text(n=len(weekend), days=weekend)
    if holiday:
        holidays = _SupervisionTexts.holidays.text(
            n=len(holiday),
            days=[
                _SupervisionTexts.holiday.text(day=on_day(n, year), name=name)
                for n, name in holiday
            ],
            choice=(
                _SupervisionTexts.held_on_the_date
                if p.reception_on_holidays
                else _SupervisionTexts.moved
            ).text(),
            flag=flag,
        )
    else:
        holidays = _SupervisionTexts.no_holiday.text(
            choice=(
                _SupervisionTexts.held_on_its_date
                if p.reception_on_holidays
                else _SupervisionTexts.moved
            ).text(),
            flag=flag,
        )
    moves = [_SupervisionTexts.move.text(day=on_day(a, year), to=on_day(b, year)) for a, b in moved]
    summary.append(
        _SupervisionTexts.reception.text(
            year=year,
            days=[
                _SupervisionTexts.day_of_month.text(day=x) for x in sorted({n.day for n in nominal})
            ],
            weekend=on_weekends,
            holidays=holidays,
            moves=_SupervisionTexts.moves.text(moves=moves) if moves else NOTHING,
        )
    )
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
        requests = [
            _SupervisionTexts.request.text(supervisor=m.supervisor, on=on_day(m.requested_on, year))
            for m in unset
        ]
        notes.append(
            _SupervisionTexts.sample_meeting_days.text(days=sample_days, requests=requests)
        )
    decisions: list[Decision[Any]] = []
    meetings: list[Text] = []
    for m in sample.meetings:
        d = attempt(
            notes,
            _SupervisionTexts.meeting_deadline_of.text(supervisor=m.supervisor),
            partial(meeting_deadline, m.requested_on, policy=used),
        )
        if d is None:
            continue
        decisions.append(d.model_copy(update={"subject": m.supervisor}))
        ok = m.met_on is not None and m.met_on <= d.value
        meetings.append(
            (_SupervisionTexts.met_in_time if ok else _SupervisionTexts.met_late).text(
                supervisor=m.supervisor,
                on=on_day(m.requested_on, year),
                met=(
                    _SupervisionTexts.met_on.text(on=on_day(m.met_on, year))
                    if m.met_on
                    else _SupervisionTexts.not_met.text()
                ),
                due=on_day(d.value, year),
            )
        )
    if meetings:
        summary.append(_SupervisionTexts.meetings.text(meetings=joined(meetings, ";", "; ")))
    return decisions


def _visits_part(
    sample: SupervisionRecords, policy: Policy, summary: list[Text]
) -> list[Decision[Any]]:
    names = {u.id: u.name for u in sample.units}
    # The report looks back after the year: read on the day after it, every period is
    # over, so a unit not visited by 31 December is missed, not pending.
    after = sample.on + dt.timedelta(days=1)
    coverage = visit_coverage(sample.units, sample.visits, sample.year, on=after, policy=policy)
    periods: list[Text] = []
    for d in coverage:
        c = d.value
        left = c.missed or c.pending
        if left:
            periods.append(
                _SupervisionTexts.period_missed.text(
                    period=c.period,
                    required=len(c.required),
                    visited=len(c.visited),
                    # the English adds each unit's code
                    missed=[
                        _SupervisionTexts.unit.text(name=names[u], code=both("", u)) for u in left
                    ],
                )
            )
        else:
            periods.append(
                _SupervisionTexts.period_done.text(period=c.period, required=len(c.required))
            )
    out_of_scope = [u.name for u in sample.units if not u.in_scope]
    summary.append(
        _SupervisionTexts.visits.text(
            periods=joined(periods, ";", "; "),
            scope=(
                _SupervisionTexts.out_of_scope.text(units=out_of_scope) if out_of_scope else NOTHING
            ),
        )
    )
    return list(coverage)


def _group(group: EvaluationGroup) -> Shown:
    return both(group.zh, _GROUP_EN[group])


def _evaluation_part(
    sample: SupervisionRecords, policy: Policy, summary: list[Text]
) -> list[Decision[Any]]:
    checks = [check_evaluation_round(r, policy=policy) for r in sample.rounds]
    after = sample.on + dt.timedelta(days=1)  # read after the year: every period is over
    coverage = evaluation_coverage(sample.rounds, sample.year, on=after, policy=policy)
    year = sample.year
    held = {r.id: r.held_on for r in sample.rounds}
    rounds: list[Text] = []
    for d in checks:
        c = d.value
        on = on_day(held[c.round], year)
        if c.conforms:
            rounds.append(_SupervisionTexts.conforms.text(round=c.round, held=on))
            continue
        lacks: list[Text] = []
        if c.missing_groups:
            groups = [_group(g) for g in c.missing_groups]
            lacks.append(_SupervisionTexts.groups_absent.text(groups=groups))
        if c.missing_local_groups:
            lacks.append(
                _SupervisionTexts.local_groups_absent.text(groups=list(c.missing_local_groups))
            )
        if not c.briefing_given:
            lacks.append(_SupervisionTexts.no_briefing.text())
        if c.unanswered_questions:
            lacks.append(_SupervisionTexts.unanswered.text(n=c.unanswered_questions))
        rounds.append(
            _SupervisionTexts.lacking.text(round=c.round, held=on, lacks=joined(lacks, "、", "; "))
        )
    missed = [str(d.subject) for d in coverage if d.outcome == "missed"]
    if missed:
        rounds.append(_SupervisionTexts.periods_missed.text(periods=missed))
    summary.append(_SupervisionTexts.evaluations.text(rounds=joined(rounds, ";", "; ")))
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
    summary.append(
        _SupervisionTexts.ledger.text(
            rounds=sorted({i.round for i in ledger.items if i.round}),
            on=on_day(on, year),
            total=s.total,
            closed=s.closed,
            overdue=s.overdue,
            rectified=s.rectified,
            open=s.open,
        )
    )
    items = {i.id: i for i in ledger.items}
    closed = [
        _SupervisionTexts.closed_item.text(
            item=i.id,
            category=i.category,
            assignee=i.assignee,
            closed=on_day(i.closed_on, year),
            basis=i.satisfaction[-1].basis if i.satisfaction else "",
        )
        for i in ledger.items
        if i.closed_on is not None and i.closed_on <= on
    ]
    if closed:
        summary.append(_SupervisionTexts.closed.text(items=joined(closed, "、", "; ")))
    if late:
        overdue = [
            _SupervisionTexts.overdue_item.text(
                item=v.id,
                category=v.category,
                assignee=v.assignee or _SupervisionTexts.not_assigned.text(),
                deadline=on_day(v.deadline, year) if v.deadline else both("", v.deadline),
                days=(on - v.deadline).days if v.deadline else 0,
            )
            for v in (d.value for d in late)
        ]
        summary.append(_SupervisionTexts.overdue.text(items=joined(overdue, "、", "; ")))
    if s.to_raise_again:
        unsatisfied = [
            _SupervisionTexts.unsatisfied_item.text(item=i, basis=items[i].satisfaction[-1].basis)
            for i in s.to_raise_again
            if items[i].satisfaction and not items[i].satisfaction[-1].satisfied
        ]
        summary.append(
            _SupervisionTexts.carried.text(
                items=s.to_raise_again,
                unsatisfied=(
                    _SupervisionTexts.unsatisfied.text(items=unsatisfied)
                    if unsatisfied
                    else NOTHING
                ),
                unassigned=(
                    _SupervisionTexts.unassigned.text(items=s.unassigned)
                    if s.unassigned
                    else NOTHING
                ),
            )
        )
    return [total, *late, *checks]


def _accountability_part(
    sample: SupervisionRecords, policy: Policy, summary: list[Text]
) -> list[Decision[Any]]:
    decisions = [accountability_measure(f, policy=policy) for f in sample.findings]
    if decisions:
        findings = [
            _SupervisionTexts.finding.text(
                person=f.person,
                description=both(f.description, ""),  # the English leaves the description out
                severity=both(f.severity.zh, f.severity.value),
                trust=(
                    _SupervisionTexts.trusted if f.public_trust else _SupervisionTexts.not_trusted
                ).text(),
                measure=d.value,
            )
            for f, d in zip(sample.findings, decisions, strict=True)
        ]
        summary.append(_SupervisionTexts.accountability.text(findings=joined(findings, ";", "; ")))
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
        _SupervisionTexts.ineligible.text(
            name=n.candidate.name,
            kind=both(n.kind.zh, n.kind.value),
            reasons=joined(d.reasons, ";", "; "),
        )
        for n, d in zip(sample.nominations, eligible, strict=True)
        if d.outcome == "ineligible"
    ]
    summary.append(
        _SupervisionTexts.supervisors.text(
            n=len(sample.nominations),
            eligible=len(sample.nominations) - len(refused),
            appointed=len(terms),
            terms=[
                _SupervisionTexts.term.text(name=d.value.name, last=on_day(d.value.last, year))
                for d in terms
            ],
            ineligible=(_SupervisionTexts.ineligibles.text(names=refused) if refused else NOTHING),
        )
    )
    duties = _duties_part(sample, [d.value for d in terms], policy, summary)
    return [*eligible, *terms, *duties]


def _duties_part(
    sample: SupervisionRecords, terms: list[Term], policy: Policy, summary: list[Text]
) -> list[Decision[Any]]:
    """Each supervisor's duties over the term, and each sanction proposed (言论豁免权)."""
    year = sample.year
    decisions: list[Decision[Any]] = []
    referred: list[Text] = []
    missed: list[Text] = []
    checked = False
    for term in terms:
        periods = supervisor_duties(term, sample.duties, on=sample.on, policy=policy)
        decisions.extend(periods)
        items = [
            _SupervisionTexts.done_on.text(
                duty=p.value.duty, days=[on_day(x, year) for x in p.value.done]
            )
            for p in periods
            if p.outcome == "referred" and p.value.done
        ]
        if any(p.outcome == "referred" for p in periods):
            referred.append(
                _SupervisionTexts.duties_of.text(
                    name=term.name,
                    items=joined(items, "、", ", ")
                    if items
                    else _SupervisionTexts.nothing_done.text(),
                )
            )
        checked = checked or any(p.outcome != "referred" for p in periods)
        missed.extend(
            _SupervisionTexts.duty_period.text(
                name=term.name,
                duty=p.value.duty,
                first=on_day(p.value.first, year),
                last=on_day(p.value.last, year),
            )
            for p in periods
            if p.outcome == "missed"
        )
    if referred:
        summary.append(_SupervisionTexts.duties_referred.text(people=joined(referred, ";", "; ")))
    if missed:
        summary.append(
            _SupervisionTexts.duties_missed.text(n=len(missed), periods=joined(missed, "、", "; "))
        )
    elif checked:
        summary.append(_SupervisionTexts.duties_met.text())
    proposals = [r.proposal() for r in sample.sanctions]
    immunity = [supervisor_speech_immunity(p, terms, policy=policy) for p in proposals]
    decisions.extend(immunity)
    immune = [
        _SupervisionTexts.sanction.text(
            person=p.person,
            on=on_day(p.proposed_on, year),
            spoken=on_day(p.spoken_on, year) if p.spoken_on else NOTHING,
        )
        for p, d in zip(proposals, immunity, strict=True)
        if d.value
    ]
    if immune:
        summary.append(_SupervisionTexts.immunity.text(n=len(immune), items=immune))
    others = len(immunity) - len(immune)
    if others:
        summary.append(_SupervisionTexts.not_immune.text(n=others))
    return decisions


def _hours_policy(sample: SupervisionRecords, policy: Policy, notes: list[Text]) -> Policy:
    """The policy with the sample's working hours (示例设定) when the caller's leaves them unset."""
    first = dt.date(sample.year, 1, 1)
    hours = sample.sample_hotline_hours
    if hours is None or resolve(policy, first).supervision.hotline_hours is not None:
        return policy
    notes.append(_SupervisionTexts.sample_hours.text(spans=list(hours)))
    return policy.override({"supervision.hotline_hours": hours})


def _call_items(entries: tuple[ChannelEntry, ...], year: int) -> list[Text]:
    return [
        _SupervisionTexts.call_item.text(
            ref=e.ref,
            on=on_day(e.on, year),
            at=f" {e.at}" if e.at else "",
            by=e.by or _SupervisionTexts.nobody.text(),
        )
        for e in entries
    ]


def _channel_faults(
    check: ChannelCheck,
    year: int,
    findings: tuple[tuple[EntryFinding, Say], ...],
    items: Callable[[tuple[ChannelEntry, ...]], object],
) -> list[Text]:
    """A channel's faults: the working days with nobody designated, then each finding's entries."""
    faults: list[Text] = []
    if check.gap_days:
        faults.append(
            _SupervisionTexts.gap_days.text(
                n=len(check.gap_days), days=[on_day(d, year) for d in check.gap_days]
            )
        )
    for finding, say in findings:
        if found := check.of(finding):
            faults.append(say.text(n=len(found), items=items(found)))
    return faults


def _hotline_line(check: ChannelCheck, year: int) -> Text:
    judged = check.of(*_JUDGED)
    findings = (
        (EntryFinding.OTHER, _SupervisionTexts.by_other),
        (EntryFinding.UNANSWERED, _SupervisionTexts.calls_unanswered),
        (EntryFinding.NO_DESIGNATION, _SupervisionTexts.no_designation),
    )
    faults = _channel_faults(check, year, findings, lambda found: _call_items(found, year))
    outside = check.of(EntryFinding.OUTSIDE_HOURS)
    unknown = check.of(EntryFinding.HOURS_UNKNOWN)
    return _SupervisionTexts.hotline.text(
        judged=len(judged),
        ok=len(check.of(EntryFinding.DESIGNATED)),
        faults=joined(faults, "", ""),
        outside=_SupervisionTexts.outside.text(n=len(outside)) if outside else NOTHING,
        unknown=_SupervisionTexts.unknown.text(n=len(unknown)) if unknown else NOTHING,
    )


def _mailbox_line(check: ChannelCheck, year: int) -> Text:
    findings = (
        (EntryFinding.OTHER, _SupervisionTexts.collected_by_other),
        (EntryFinding.NO_DESIGNATION, _SupervisionTexts.collected_undesignated),
    )

    def items(found: tuple[ChannelEntry, ...]) -> object:
        return [
            _SupervisionTexts.collection_item.text(on=on_day(e.on, year), by=e.by) for e in found
        ]

    return _SupervisionTexts.mailbox.text(
        n=len(check.entries),
        ok=len(check.of(EntryFinding.DESIGNATED)),
        faults=joined(_channel_faults(check, year, findings, items), "", ""),
    )


#: The call findings made in working time (judged against the people designated).
_JUDGED = (
    EntryFinding.DESIGNATED,
    EntryFinding.OTHER,
    EntryFinding.UNANSWERED,
    EntryFinding.NO_DESIGNATION,
)


def _channels_part(
    sample: SupervisionRecords, policy: Policy, summary: list[Text], notes: list[Text]
) -> list[Decision[Any]]:
    """举报专线专人接听、投诉信箱专人收取: the year's logs against the people designated."""
    if not (sample.channel_assignments or sample.calls or sample.collections):
        return []
    used = _hours_policy(sample, policy, notes)
    found = attempt(
        notes,
        _SupervisionTexts.channels_of.text(),
        partial(
            reporting_channels,
            sample.channel_assignments,
            sample.calls,
            sample.collections,
            first=dt.date(sample.year, 1, 1),
            last=sample.on,
            policy=used,
        ),
    )
    if found is None:
        return []
    hotline, mailbox = found
    summary.append(_hotline_line(hotline.value, sample.year))
    summary.append(_mailbox_line(mailbox.value, sample.year))
    if any(d.outcome != "conforms" for d in found):
        summary.append(_SupervisionTexts.channels_referred.text())
    return list(found)


def _deputy_part(
    sample: SupervisionRecords, policy: Policy, summary: list[Text]
) -> list[Decision[Any]]:
    """明确一名副部长处理群众来信来访: each case against the deputy head named on its day.

    With no dated designations, ``deputy_head_letters`` is taken as named for the whole year.
    """
    year = sample.year
    first = dt.date(year, 1, 1)
    named = sample.deputies or (
        (DeputyDesignation(person=sample.deputy_head_letters, first=first),)
        if sample.deputy_head_letters
        else ()
    )
    if not (named or sample.cases):
        return []
    d = letters_deputy(named, sample.cases, first=first, last=sample.on, policy=policy)
    c = d.value
    rest: list[Text] = []
    if others := c.of(HandlingFinding.OTHER):
        handlers = sorted({h.handler or "" for h in others})
        counts = [
            _SupervisionTexts.handler_count.text(person=p, n=sum(h.handler == p for h in others))
            for p in handlers
        ]
        rest.append(_SupervisionTexts.handled_by_other.text(n=len(others), people=counts))
    for periods, say in (
        (c.gaps, _SupervisionTexts.deputy_gaps),
        (c.overlaps, _SupervisionTexts.deputy_overlaps),
    ):
        if periods:
            spans = [
                _SupervisionTexts.period.text(
                    first=on_day(p.first, year), last=on_day(p.last, year)
                )
                for p in periods
            ]
            rest.append(say.text(periods=spans))
    if undecided := c.of(
        HandlingFinding.NO_HANDLER, HandlingFinding.NO_DESIGNATION, HandlingFinding.SEVERAL
    ):
        rest.append(_SupervisionTexts.deputy_undecided.text(n=len(undecided)))
    people = [
        _SupervisionTexts.deputy_named.text(person=n.person, first=on_day(n.first, year))
        for n in sorted(named, key=lambda n: (n.first, n.person))
    ]
    summary.append(
        _SupervisionTexts.deputy.text(
            named=people or _SupervisionTexts.deputy_unnamed,
            n=len(c.cases),
            ok=len(c.of(HandlingFinding.DESIGNATED)),
            rest=joined(rest, "", ""),
        )
    )
    return [d]


def section(sample: SupervisionRecords, policy: Policy | None = None) -> Section:
    """组工干部监督报告 — every supervision rule run on ``sample``, as the report's section.

    The summary states the year's letters and visits (counts, on-time
    rate, who has overdue replies and since when, the late ones), the
    reception days (weekend and holiday days, the holiday choice), the
    meetings with the head, the missed visits, the public evaluations, the
    rectification ledger (closed, overdue, carried to the next round) and
    the accountability measures, the supervisors appointed, their regular
    duties (listed and referred while no cadence is set) and any sanction
    proposed for what a serving supervisor said (言论豁免权: referred).
    Decisions follow in that order, the
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
    policy = checked_policy(policy)
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
    decisions += _channels_part(sample, policy, summary, notes)
    decisions += _deputy_part(sample, policy, summary)
    return Section(
        key="supervision",
        title=_SupervisionTexts.title.text(department=sample.department, year=sample.year),
        summary=tuple(summary),
        decisions=tuple(decisions),
        notes=tuple(notes),
    )
