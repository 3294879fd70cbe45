"""The report's membership section: 党费 (dues) and 发展党员 (admissions) of a branch's year.

Every rule of [`orgwork.membership`][orgwork.membership] runs on
[`MembershipRecords`][orgwork.records.MembershipRecords]:

* `dues_rate` for every member and every month of the year (a month before
  the 2008 schedule came into force is said not to be assessed on it);
* `dues_arrears` for every member, from January to the review day: a run of
  six consecutive unpaid months is a matter for the branch meeting, with the
  months named, never a finding that the member has left the Party (a run
  that began the year before is counted from January: the records are of one
  year);
* `dues_makeup` for every payment of a month on or after the schedule's
  first day (the six months of 补交 come from the same 规定);
* `minimum_age`, `activist_training` and `intensive_training` for the
  applicants, `probation_end` and `probation_extension` for the probationary
  members.

The summary gives counts and the matters for the committee (with the facts);
the amounts each member owes and each applicant's age are in the decisions,
which a redacted report withholds (an amount is a share of the member's
income, an age is a date of birth).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar

from orgwork._numbers import yuan as _yuan
from orgwork.decision import Decision, Say, Text, both, day, joined
from orgwork.errors import OrgworkError
from orgwork.membership import (
    Applicant,
    DuesPayer,
    IntensiveTraining,
    Probation,
    activist_training,
    dues_arrears,
    dues_makeup,
    dues_rate,
    intensive_training,
    minimum_age,
    probation_end,
    probation_extension,
)
from orgwork.policy import Policy, checked_policy, resolve
from orgwork.records.membership import MembershipRecords
from orgwork.report._common import attempt
from orgwork.report._report import Section

__all__ = ["section"]

T = TypeVar("T")


class _MembershipTexts:
    """Texts of the membership section: dues, arrears, late payments, admissions."""

    title = Say(
        "党员管理:党费与发展党员({branch},{year}年)",
        "Membership: dues and admissions ({branch}, {year})",
    )
    # dues
    not_in_force = Say(
        "{months}在2008年党费交纳标准施行之日({since})之前,不按该标准计算;"
        "此前的标准未收录,由党组织按当时规定确定",
        "{months}: before the 2008 dues schedule came into force ({since}), not assessed on it; "
        "the earlier schedule is not encoded, the Party organization assesses it by the rules "
        "then",
    )
    assessed = Say(
        "党员{n}名,按2008年规定核定{months}的党费:数额确定{due}名,由本地确定数额{range}名,"
        "舍入提交党支部确定{referred}名(各人应交数额见下列结论,对外版本略去)",
        "{n} members, dues for {months} assessed on the 2008 schedule: {due} with the amount "
        "set, {range} whose amount the locality sets, {referred} whose rounding is referred to "
        "the branch (each member's amount is in the decisions below, withheld from the "
        "redacted version)",
    )
    farmer = Say(
        "{members}为农民党员,每月交纳{low}元至{high}元,本地未设定具体数额,由党组织确定",
        "{members}: farmer members pay {low} to {high} yuan a month; the locality has set no "
        "amount, the Party organization sets it",
    )
    rounding = Say(
        "{members}的党费按比例计算含不足1分的部分,规定未说明如何舍入,提交党支部确定",
        "{members}: the rate gives fractions of a fen; the 规定 says nothing of rounding, "
        "referred to the branch",
    )
    no_income = Say(
        "{members}未记录月收入,无法核定按收入比例交纳的党费",
        "{members}: no monthly income recorded, so the dues by income are not assessed",
    )
    # arrears
    arrears = Say(
        "{member}{first}至{last}连续{n}个月未交纳党费(截至{on}),提交支部大会讨论;"
        "有无正当理由、如何处理由支部大会决定,本报告只列事实",
        "{member}: no dues paid from {first} to {last}, {n} consecutive months (as of {on}): "
        "referred to the branch meeting, which decides whether there was a proper reason and "
        "what follows; this report lists the facts only",
    )
    no_arrears = Say(
        "截至{on},没有党员连续{limit}个月未交纳党费",
        "As of {on}, no member has {limit} consecutive months without dues",
    )
    unknown_payer = Say(
        "党费交纳记录中{members}不在党费基数表中,未核查其欠交情况",
        "{members} paid dues but are not in the dues bases: their arrears are not checked",
    )
    # late payments
    payments = Say(
        "党费交纳{n}笔:按月交纳{on_time}笔,补交{late}笔(其中{limit}个月以内{within}笔,"
        "超过{limit}个月{beyond}笔)",
        "{n} dues payments: {on_time} in their month, {late} paid up late ({within} within "
        "{limit} months, {beyond} beyond)",
    )
    beyond = Say(
        "{member}{month}的党费于{paid}补交,晚{n}个月",
        "{member}'s dues for {month} paid on {paid}, {n} months late",
    )
    beyond_all = Say(
        "补交党费超过{limit}个月(规定为一般不得超过),提交党支部研究:{items}",
        "Paid up more than {limit} months late (as a rule not allowed), referred to the "
        "branch: {items}",
    )
    before_schedule = Say(
        "{n}笔交纳所属月份在{since}之前,补交期限不按2008年规定判定",
        "{n} payments are for months before {since}: the 2008 规定's limit on paying up late "
        "is not applied to them",
    )
    # admissions
    ages = Say(
        "入党申请人{n}名,已核查年龄{checked}名:年满{limit}岁{eligible}名,未满{limit}岁{under}名{who}",
        "{n} applicants, {checked} with their age checked: {eligible} aged {limit} or more, "
        "{under} under {limit}{who}",
    )
    under_who = Say("({people},申请时未满{limit}岁)", " ({people}, under {limit} when applying)")
    no_birth = Say(
        "{people}未记录出生日期,未核查年龄",
        "{people}: no date of birth recorded, the age is not checked",
    )
    activists = Say(
        "入党积极分子{n}名:培养教育和考察满{years}年{met}名,未满{unmet}名{who}",
        "{n} activists: {met} with {years} year(s) of training complete, {unmet} not{who}",
    )
    unmet_one = Say(
        "{person}于{on}时培养考察未满{years}年({complete}满{years}年)",
        "{person}: not yet {years} year(s) on {on} (complete on {complete})",
    )
    unmet_who = Say(
        "——{items};列为发展对象须经过{years}年以上培养教育和考察,提交党支部核实",
        " — {items}; a development candidate needs at least {years} year(s) of training: "
        "referred to the branch to verify",
    )
    not_activist = Say(
        "{people}已列为发展对象,但未记录确定为入党积极分子的日期,提交党支部核实",
        "{people}: listed as development candidates with no day as an activist recorded: "
        "referred to the branch to verify",
    )
    training = Say(
        "发展对象短期集中培训{n}人:达到要求{meets}人,未达到{short}人{who}",
        "Intensive training of {n} development candidates: {meets} meet the requirement, "
        "{short} fall short{who}",
    )
    short_one = Say(
        "{person}{days}天、{hours}学时", "{person}: {days} day(s), {hours} class hour(s)"
    )
    short_who = Say(
        "({items};要求不少于{min_days}天或{min_hours}学时,未经培训的除个别特殊情况外不能发展入党,"
        "是否属特殊情况由党组织判断)",
        " ({items}; at least {min_days} days or {min_hours} class hours; without it, save in "
        "particular cases, no admission: whether a case is particular is for the Party "
        "organization)",
    )
    no_training = Say(
        "{people}已列为发展对象,未记录集中培训",
        "{people}: listed as development candidates, no intensive training recorded",
    )
    probation = Say(
        "{person}{admitted}经支部大会通过为预备党员,预备期于{end}期满{state}",
        "{person}: admitted by the branch meeting on {admitted}, probation ends on {end}{state}",
    )
    ended = Say("(截至{on}已期满)", " (ended by {on})")
    extension_ok = Say(
        "{person}拟延长预备期{months}个月,在{low}至{high}个月之内,延长后于{end}期满",
        "{person}: an extension of {months} months is proposed, within {low} to {high} months; "
        "the probation would end on {end}",
    )
    extension_bad = Say(
        "{person}拟延长预备期{months}个月,不在{low}至{high}个月之内,不符合规定,提交党支部重新研究",
        "{person}: an extension of {months} months is proposed, outside {low} to {high} months: "
        "it does not conform, referred back to the branch",
    )
    error = Say(
        "{what}:记录有误({error}),未核查", "{what}: the record is wrong ({error}), not checked"
    )
    of_person = Say("{person}", "{person}")


def _months(first: int, last: int, year: int) -> Text:
    """``2025年1月至12月`` / ``2025-01 to 2025-12``."""
    if first == last:
        return Text(zh=f"{year}年{first}月", en=f"{year}-{first:02d}")
    return Text(zh=f"{year}年{first}月至{last}月", en=f"{year}-{first:02d} to {year}-{last:02d}")


def _month(label: str) -> Any:
    """``2025-03`` as a template value: ``2025年3月`` in Chinese."""
    y, m = label.split("-")
    return both(f"{y}年{int(m)}月", label)


def _guarded(notes: list[Text], who: str, run: Callable[[], T]) -> T | None:
    """``run()``; bad records of one person become a note, never a failed section."""
    try:
        return attempt(notes, _MembershipTexts.of_person.text(person=who), run)
    except OrgworkError as exc:
        notes.append(_MembershipTexts.error.text(what=who, error=str(exc)))
    except ValueError as exc:  # a computed date past 9999
        notes.append(_MembershipTexts.error.text(what=who, error=str(exc)))
    return None


def _dues(
    records: MembershipRecords, policy: Policy, summary: list[Text], notes: list[Text]
) -> list[Decision[Any]]:
    year = records.year
    last_month = records.on.month if records.on.year == year else 12
    decisions: list[Decision[Any]] = []
    outcomes: dict[str, set[str]] = {}
    span: tuple[Any, Any] = (None, None)
    missing: list[str] = []
    before: list[int] = []
    for m in records.payers:
        if m.category.by_income and m.monthly_income is None:
            missing.append(m.member)
            continue
        payer = DuesPayer(member=m.member, category=m.category, monthly_income=m.monthly_income)
        for month in range(1, last_month + 1):
            d = dues_rate(payer, year=year, month=month, policy=policy)
            decisions.append(d.model_copy(update={"subject": f"{m.member}:{year}-{month:02d}"}))
            if d.outcome == "not_in_force":
                if month not in before:
                    before.append(month)
                continue
            outcomes.setdefault(m.member, set()).add(d.outcome)
            if d.outcome == "undetermined":
                span = (d.value.low, d.value.high)
    since = resolve(policy, dt.date(year, 1, 1)).membership.dues_schedule_effective
    if before:
        notes.append(
            _MembershipTexts.not_in_force.text(
                months=_months(before[0], before[-1], year), since=day(since)
            )
        )
    assessed = [mo for mo in range(1, last_month + 1) if mo not in before]
    if assessed:
        by = {o: [k for k, v in outcomes.items() if o in v] for o in ("due", "undetermined")}
        referred = [k for k, v in outcomes.items() if "referred" in v]
        due_only = [k for k in by["due"] if k not in referred]
        summary.append(
            _MembershipTexts.assessed.text(
                n=len(records.payers),
                months=_months(assessed[0], assessed[-1], year),
                due=len(due_only),
                range=len(by["undetermined"]),
                referred=len(referred),
            )
        )
        if by["undetermined"]:
            summary.append(
                _MembershipTexts.farmer.text(
                    members=by["undetermined"], low=_yuan(span[0]), high=_yuan(span[1])
                )
            )
        if referred:
            summary.append(_MembershipTexts.rounding.text(members=referred))
    if missing:
        notes.append(_MembershipTexts.no_income.text(members=missing))
    return decisions


def _arrears(
    records: MembershipRecords, policy: Policy, summary: list[Text], notes: list[Text]
) -> list[Decision[Any]]:
    year, on = records.year, records.on
    first, last = dt.date(year, 1, 1), min(on, dt.date(year, 12, 31))
    decisions: list[Decision[Any]] = []
    if last < first:
        return decisions
    limit = resolve(policy, last).membership.arrears_months
    members = [m.member for m in records.payers]
    for member in members:
        d = dues_arrears(
            records.payments, member=member, first=first, last=last, on=on, policy=policy
        )
        decisions.append(d)
        for run in d.value.runs:
            summary.append(
                _MembershipTexts.arrears.text(
                    member=member,
                    first=_month(run.first),
                    last=_month(run.last),
                    n=run.months,
                    on=day(on),
                )
            )
    if members and not any(d.value.runs for d in decisions):
        summary.append(_MembershipTexts.no_arrears.text(on=day(on), limit=limit))
    unknown = sorted({p.member for p in records.payments} - set(members))
    if unknown and members:
        notes.append(_MembershipTexts.unknown_payer.text(members=unknown))
    return decisions


def _makeup(
    records: MembershipRecords, policy: Policy, summary: list[Text], notes: list[Text]
) -> list[Decision[Any]]:
    if not records.payments:
        return []
    since = resolve(policy, records.on).membership.dues_schedule_effective
    checked = [p for p in records.payments if dt.date(p.year, p.month, 1) >= since]
    skipped = len(records.payments) - len(checked)
    if skipped:
        notes.append(_MembershipTexts.before_schedule.text(n=skipped, since=day(since)))
    if not checked:
        return []
    all_decisions = [dues_makeup(p, policy=policy) for p in checked]
    late = [d for d in all_decisions if d.outcome != "on_time"]
    beyond = [d for d in late if d.outcome == "referred"]
    limit = all_decisions[0].value.limit_months
    summary.append(
        _MembershipTexts.payments.text(
            n=len(all_decisions),
            on_time=len(all_decisions) - len(late),
            late=len(late),
            limit=limit,
            within=len(late) - len(beyond),
            beyond=len(beyond),
        )
    )
    if beyond:
        items = [
            _MembershipTexts.beyond.text(
                member=d.value.member,
                month=_month(d.value.month),
                paid=day(d.value.paid_on),
                n=d.value.months_late,
            )
            for d in beyond
        ]
        summary.append(
            _MembershipTexts.beyond_all.text(limit=limit, items=joined(items, ";", "; "))
        )
    return [d.model_copy(update={"subject": f"{d.value.member}:{d.value.month}"}) for d in late]


def _admissions(
    records: MembershipRecords, policy: Policy, summary: list[Text], notes: list[Text]
) -> list[Decision[Any]]:
    on = records.on
    out: list[Decision[Any]] = []
    # 年满十八岁
    ages = []
    no_birth = []
    for a in records.applicants:
        if a.born is None:
            no_birth.append(a.person)
            continue
        applicant = Applicant(person=a.person, born=a.born)
        check_on = a.applied_on or on
        age = _guarded(notes, a.person, partial(minimum_age, applicant, on=check_on, policy=policy))
        if age is not None:
            ages.append(age)
    if records.applicants:
        under = [d.value.person for d in ages if d.outcome == "not_eligible"]
        limit = resolve(policy, on).membership.minimum_age_years
        summary.append(
            _MembershipTexts.ages.text(
                n=len(records.applicants),
                checked=len(ages),
                limit=limit,
                eligible=len(ages) - len(under),
                under=len(under),
                who=_MembershipTexts.under_who.text(people=under, limit=limit) if under else "",
            )
        )
    if no_birth:
        notes.append(_MembershipTexts.no_birth.text(people=no_birth))
    out.extend(ages)
    # 一年以上培养教育和考察
    trained = []
    for a in records.applicants:
        if a.activist_since is None and a.listed_on is None:
            continue
        # activist_training reads only activist_since: a missing birth date (withheld from a
        # redacted copy) must not stop it, so a placeholder stands in for it
        applicant = Applicant(
            person=a.person, born=a.born or dt.date(1900, 1, 1), activist_since=a.activist_since
        )
        check_on = a.listed_on or on
        year = _guarded(
            notes, a.person, partial(activist_training, applicant, on=check_on, policy=policy)
        )
        if year is not None:
            trained.append(year)
    if trained:
        years = resolve(policy, on).membership.activist_training_years
        unmet = [d for d in trained if d.outcome == "unmet"]
        never = [d.value.person for d in trained if d.outcome == "not_eligible"]
        items = [
            _MembershipTexts.unmet_one.text(
                person=d.value.person,
                on=day(d.value.on),
                years=years,
                complete=day(d.value.complete_on) if d.value.complete_on else "",
            )
            for d in unmet
        ]
        summary.append(
            _MembershipTexts.activists.text(
                n=len(trained) - len(never),
                years=years,
                met=sum(1 for d in trained if d.outcome == "met"),
                unmet=len(unmet),
                who=_MembershipTexts.unmet_who.text(items=joined(items, ";", "; "), years=years)
                if unmet
                else "",
            )
        )
        if never:
            summary.append(_MembershipTexts.not_activist.text(people=never))
    out.extend(trained)
    # 短期集中培训
    checks = []
    untrained = []
    for a in records.applicants:
        if a.training_days is None and a.training_hours is None:
            if a.listed_on is not None:
                untrained.append(a.person)
            continue
        t = IntensiveTraining(
            person=a.person, days=a.training_days or 0, hours=a.training_hours or 0
        )
        checks.append(intensive_training(t, policy=policy))
    if checks:
        mp = resolve(policy, on).membership
        short = [d for d in checks if d.outcome == "short"]
        items = [
            _MembershipTexts.short_one.text(
                person=d.value.person, days=d.value.days, hours=d.value.hours
            )
            for d in short
        ]
        summary.append(
            _MembershipTexts.training.text(
                n=len(checks),
                meets=len(checks) - len(short),
                short=len(short),
                who=_MembershipTexts.short_who.text(
                    items=items,
                    min_days=mp.intensive_training_days,
                    min_hours=mp.intensive_training_hours,
                )
                if short
                else "",
            )
        )
    if untrained:
        notes.append(_MembershipTexts.no_training.text(people=untrained))
    out.extend(checks)
    # 预备期
    for p in records.probationers:
        probation = Probation(person=p.person, admitted_on=p.admitted_on)
        end = _guarded(notes, p.person, partial(probation_end, probation, policy=policy))
        if end is None:
            continue
        out.append(end)
        ends_on = end.value.ends_on
        summary.append(
            _MembershipTexts.probation.text(
                person=p.person,
                admitted=day(p.admitted_on),
                end=day(ends_on),
                state=_MembershipTexts.ended.text(on=day(on)) if ends_on <= on else "",
            )
        )
        if p.extension_months is None:
            continue
        ext = _guarded(
            notes,
            p.person,
            partial(probation_extension, probation, months=p.extension_months, policy=policy),
        )
        if ext is None:
            continue
        out.append(ext)
        mp = resolve(policy, p.admitted_on).membership
        if ext.outcome == "conforms" and ext.value.ends_on is not None:
            summary.append(
                _MembershipTexts.extension_ok.text(
                    person=p.person,
                    months=p.extension_months,
                    low=mp.extension_min_months,
                    high=mp.extension_max_months,
                    end=day(ext.value.ends_on),
                )
            )
        else:
            summary.append(
                _MembershipTexts.extension_bad.text(
                    person=p.person,
                    months=p.extension_months,
                    low=mp.extension_min_months,
                    high=mp.extension_max_months,
                )
            )
    return out


def section(records: MembershipRecords, policy: Policy | None = None) -> Section:
    """党员管理报告 — every membership rule run on ``records``, as the report's section.

    Decisions, in order: each member's dues for each month (``dues_rate``),
    each member's unpaid runs (``dues_arrears``), each payment made late
    (``dues_makeup``), then each applicant's age, year of training and
    intensive training, and each probationary member's end of probation and
    proposed extension. What the records leave out (an income, a date of
    birth) is a note, never a guess.

    Examples:
        >>> from orgwork.samples.membership import build
        >>> s = section(build(2025))
        >>> sorted({d.rule for d in s.decisions})[:3]
        ['membership.activist_training', 'membership.dues_arrears', 'membership.dues_makeup']
        >>> [d.outcome for d in s.decisions if d.rule == "membership.dues_arrears"].count("referred")
        1
    """
    policy = checked_policy(policy)
    if not isinstance(records, MembershipRecords):
        raise TypeError(
            f"records: expected orgwork.records.MembershipRecords, got {type(records).__name__}"
        )
    summary: list[Text] = []
    notes: list[Text] = []
    decisions = [
        *_dues(records, policy, summary, notes),
        *_arrears(records, policy, summary, notes),
        *_makeup(records, policy, summary, notes),
        *_admissions(records, policy, summary, notes),
    ]
    branch = records.branch or both("党支部", "the branch")
    return Section(
        key="membership",
        title=_MembershipTexts.title.text(branch=branch, year=records.year),
        summary=tuple(summary),
        decisions=tuple(decisions),
        notes=tuple(notes),
    )
