"""Open-day plans checked against a locality's preset: every violation listed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork.errors import PolicyError
from orgwork.open_day import (
    BAOHE,
    CHANGFENG,
    CHAOHU,
    FEIXI,
    PRESETS,
    OpenDay,
    OpenDayPlan,
    OpenDayPreset,
    Representative,
    RepresentativeGroup,
    check_plan,
    lead_days,
)
from orgwork.policy import Policy, resolve
from orgwork.rules import get
from orgwork.strategies import open_day_plans, open_day_presets, policies

CHANGFENG_GROUPS = (
    "party_congress_delegate",
    "peoples_congress_deputy",
    "cppcc_member",
    "grassroots_party_member",
    "grassroots_cadre",
    "petitioner",
)


def _reps(n: int, groups: tuple[str, ...] = CHANGFENG_GROUPS) -> tuple[Representative, ...]:
    return tuple(
        Representative(id=f"R{i:02d}", group=groups[i % len(groups)])  # type: ignore[arg-type]
        for i in range(n)
    )


def _changfeng_day(held: dt.date, **kw: object) -> OpenDay:
    data: dict[str, object] = {
        "held_on": held,
        "invitations_sent_on": held - dt.timedelta(days=15),
        "announced_on": held - dt.timedelta(days=7),
        "representatives": _reps(30),
        "publicly_selected": True,
    }
    data.update(kw)
    return OpenDay.model_validate(data)


HELD = dt.date(2025, 6, 28)
BAOHE_GROUPS = ("organ_cadre", "media", "cadre_supervisor")
CHAOHU_GROUPS = ("party_congress_delegate",)


def _conforming_day(preset: OpenDayPreset) -> OpenDay:
    """An open day on HELD that meets every requirement of ``preset``."""
    if preset is BAOHE:
        return OpenDay(
            held_on=HELD,
            announced_on=HELD - dt.timedelta(days=3),
            representatives=_reps(20, BAOHE_GROUPS),
        )
    if preset is CHAOHU:
        return OpenDay(
            held_on=HELD,
            representatives=_reps(18, CHAOHU_GROUPS),
            electoral_units=18,
            recommended_candidates=36,
        )
    return _changfeng_day(HELD)


CLAUSES = [  # the clause in the seed's words, the preset, open days planned, the change, violations
    ("每年举办2次“开放日”活动", CHANGFENG, 1, {}, ["too_few_days"]),
    ("公开选择30名代表", CHANGFENG, 2, {"representatives": _reps(29)}, ["representative_count"]),
    ("公开选择30名代表", CHANGFENG, 2, {"publicly_selected": False}, ["not_publicly_selected"]),
    (
        "从“两代表一委员”、基层党员干部、部分涉及组织工作的信访户中",
        CHANGFENG,
        2,
        {"representatives": (*_reps(29), Representative(id="X1", group=RepresentativeGroup.MEDIA))},
        ["representative_group"],
    ),
    (
        "提前半个月向被邀请代表寄发邀请函",
        CHANGFENG,
        2,
        {"invitations_sent_on": HELD - dt.timedelta(days=14)},
        ["invitation_late"],
    ),
    (
        "活动开展的前一周通过报纸、网络媒体发布“开放日活动”公告",
        CHANGFENG,
        2,
        {"announced_on": None},
        ["announcement_missing"],
    ),
    (
        "20人左右参加开放日活动",
        BAOHE,
        1,
        {"representatives": _reps(23, BAOHE_GROUPS)},
        ["representative_count"],
    ),
    (
        "提前3天对外发布活动信息",
        BAOHE,
        1,
        {"announced_on": HELD - dt.timedelta(days=2)},
        ["announcement_late"],
    ),
    ("从全市18个选举单位", CHAOHU, 1, {"electoral_units": 17}, ["electoral_units"]),
    (
        "推jian36名不同类型党代表",
        CHAOHU,
        1,
        {"recommended_candidates": None},
        ["recommended_candidates"],
    ),
    (
        "确定了18名党代表参与活动",
        CHAOHU,
        1,
        {"representatives": _reps(19, CHAOHU_GROUPS)},
        ["representative_count"],
    ),
]


@pytest.mark.rule("open_day.check_plan")
@pytest.mark.parametrize(("clause", "preset", "days", "change", "codes"), CLAUSES)
def test_each_clause_of_a_locality_is_checked(
    clause: str, preset: OpenDayPreset, days: int, change: dict[str, object], codes: list[str]
) -> None:
    assert clause in get("open_day.check_plan").source.quote + "".join(preset.quotes)
    first = _conforming_day(preset)
    others = (_changfeng_day(dt.date(2025, 11, 20)),) if days == 2 else ()
    changed = OpenDay.model_validate({**first.model_dump(), **change})

    def codes_of(day: OpenDay) -> list[str]:
        plan = OpenDayPlan(year=2025, days=(day, *others))
        return [v.code for v in check_plan(plan, policy=preset.policy()).value]

    assert codes_of(first) == ([] if change else codes)
    assert codes_of(changed) == codes


@pytest.mark.rule("open_day.check_plan")
def test_a_changfeng_plan_that_conforms() -> None:
    plan = OpenDayPlan(
        locality="长丰县",
        year=2025,
        days=(_changfeng_day(dt.date(2025, 11, 20)), _changfeng_day(dt.date(2025, 5, 20))),
    )
    assert [d.held_on.month for d in plan.days] == [5, 11]  # kept in date order
    d = check_plan(plan, policy=CHANGFENG.policy())
    assert d.outcome == "conforms"
    assert d.value == ()
    assert d.parameters["open_day.days_per_year"] == 2
    assert d.parameters["open_day.invitation_lead_unit"] == "half_month"
    assert d.parameters["open_day.half_month_days"] == 15


@pytest.mark.rule("open_day.check_plan")
def test_every_violation_of_a_changfeng_plan_is_listed() -> None:
    bad = _changfeng_day(
        dt.date(2025, 6, 28),
        invitations_sent_on=dt.date(2025, 6, 20),  # 8 days, half a month (15) required
        announced_on=None,
        representatives=(*_reps(28), Representative(id="X1", group="media")),
        publicly_selected=False,
    )
    d = check_plan(OpenDayPlan(year=2025, days=(bad,)), policy=CHANGFENG.policy())
    assert d.outcome == "violations"
    assert [v.code for v in d.value] == [
        "too_few_days",
        "representative_count",
        "not_publicly_selected",
        "representative_group",
        "invitation_late",
        "announcement_missing",
    ]
    count = d.value[1]
    assert (count.expected, count.actual) == ("30", "29")
    assert d.value[3].actual == "X1: media"
    assert d.value[4].actual == "8 days before"
    assert "半个月" in d.value[4].zh
    assert len(d.reasons) == 6 + 3  # one per violation, and the three requirements not set


@pytest.mark.rule("open_day.check_plan")
def test_half_a_month_is_a_stated_parameter() -> None:
    day = _changfeng_day(dt.date(2025, 6, 28), invitations_sent_on=dt.date(2025, 6, 14))  # 14 days
    plan = OpenDayPlan(year=2025, days=(day, _changfeng_day(dt.date(2025, 12, 1))))
    assert [v.code for v in check_plan(plan, policy=CHANGFENG.policy()).value] == [
        "invitation_late"
    ]
    fourteen = CHANGFENG.policy(Policy.default().override({"open_day.half_month_days": 14}))
    assert check_plan(plan, policy=fourteen).value == ()
    with pytest.raises(PolicyError):
        Policy.default().override({"open_day.half_month_days": 20})
    assert lead_days(1, "half_month", half_month_days=15) == 15


@pytest.mark.rule("open_day.check_plan")
@pytest.mark.parametrize(
    ("n", "ok"), [(17, False), (18, True), (20, True), (22, True), (23, False)]
)
def test_baohe_about_twenty_and_three_days(n: int, ok: bool) -> None:
    day = OpenDay(
        held_on=dt.date(2025, 5, 16),
        announced_on=dt.date(2025, 5, 13),
        representatives=_reps(n, ("organ_cadre", "media", "cadre_supervisor")),
    )
    d = check_plan(OpenDayPlan(year=2025, days=(day,)), policy=BAOHE.policy())
    assert (d.value == ()) is ok
    assert d.parameters["open_day.approximate_tolerance"] == "0.1"
    late = day.model_copy(update={"announced_on": dt.date(2025, 5, 14)})
    codes = [
        v.code
        for v in check_plan(OpenDayPlan(year=2025, days=(late,)), policy=BAOHE.policy()).value
    ]
    assert "announcement_late" in codes


@pytest.mark.rule("open_day.check_plan")
def test_chaohu_eighteen_delegates_from_eighteen_units_of_thirty_six() -> None:
    good = OpenDay(
        held_on=dt.date(2013, 7, 1),
        representatives=_reps(18, ("party_congress_delegate",)),
        electoral_units=18,
        recommended_candidates=36,
    )
    policy = CHAOHU.policy()
    assert check_plan(OpenDayPlan(year=2013, days=(good,)), policy=policy).value == ()
    bad = good.model_copy(
        update={
            "electoral_units": 17,
            "recommended_candidates": None,
            "representatives": (
                *_reps(17, ("party_congress_delegate",)),
                Representative(id="Z", group="cppcc_member"),
            ),
        }
    )
    codes = [v.code for v in check_plan(OpenDayPlan(year=2013, days=(bad,)), policy=policy).value]
    assert codes == ["representative_group", "electoral_units", "recommended_candidates"]


@pytest.mark.rule("open_day.check_plan")
def test_without_requirements_nothing_is_a_violation_and_it_says_so() -> None:
    d = check_plan(OpenDayPlan(year=2025))
    assert d.outcome == "conforms"
    assert sum("not checked" in r.en for r in d.reasons) == 8
    assert check_plan(OpenDayPlan(year=2025), policy=FEIXI.policy()).outcome == "conforms"


@pytest.mark.rule("open_day.check_plan")
def test_bad_plans_are_validation_errors() -> None:
    with pytest.raises(ValidationError, match="not in 2025"):
        OpenDayPlan(year=2025, days=(OpenDay(held_on=dt.date(2024, 12, 31)),))
    with pytest.raises(ValidationError, match="same date"):
        OpenDayPlan(year=2025, days=(OpenDay(held_on=dt.date(2025, 1, 2)),) * 2)
    with pytest.raises(ValidationError, match="not in 2025"):
        check_plan({"year": 2025, "days": [{"held_on": dt.date(2024, 12, 31)}]})  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="more than once"):
        OpenDay(held_on=dt.date(2025, 1, 2), representatives=_reps(2) + _reps(1))


def _expected_codes(plan: OpenDayPlan, policy: Policy) -> list[str]:
    """An independent restatement of the checks, to compare with check_plan."""
    p = policy.open_day
    codes = []
    if p.days_per_year is not None and len(plan.days) < p.days_per_year:
        codes.append("too_few_days")
    for day in plan.days:
        n = len(day.representatives)
        if p.representatives is not None:
            if p.representatives_approximate:
                bad = abs(n - p.representatives) > p.representatives * p.approximate_tolerance
            else:
                bad = n != p.representatives
            if bad:
                codes.append("representative_count")
        low, high = p.representatives_at_least, p.representatives_at_most
        if (low is not None and n < low) or (high is not None and n > high):
            codes.append("representative_range")
        if p.public_selection and not day.publicly_selected:
            codes.append("not_publicly_selected")
        if p.representative_groups is not None:
            codes += [
                "representative_group"
                for r in day.representatives
                if r.group not in p.representative_groups
            ]
        if p.required_groups is not None:
            present = {r.group for r in day.representatives}
            codes += ["group_missing" for g in p.required_groups if g not in present]
        if p.electoral_units is not None and (day.electoral_units or 0) < p.electoral_units:
            codes.append("electoral_units")
        if (
            p.recommended_candidates is not None
            and (day.recommended_candidates or 0) < p.recommended_candidates
        ):
            codes.append("recommended_candidates")
        for name, sent in (
            ("invitation", day.invitations_sent_on),
            ("announcement", day.announced_on),
        ):
            amount = getattr(p, f"{name}_lead")
            if amount is None:
                continue
            per = {"day": 1, "week": 7, "half_month": p.half_month_days}[
                getattr(p, f"{name}_lead_unit")
            ]
            if sent is None:
                codes.append(f"{name}_missing")
            elif (day.held_on - sent).days < amount * per:
                codes.append(f"{name}_late")
        if p.announcement_required and p.announcement_lead is None:
            if day.announced_on is None:
                codes.append("announcement_missing")
            elif day.announced_on >= day.held_on:
                codes.append("announcement_late")
    return codes


@pytest.mark.rule("open_day.check_plan")
@given(open_day_plans(), open_day_presets())
def test_every_violation_is_listed_and_no_other(plan: OpenDayPlan, preset: OpenDayPreset) -> None:
    policy = preset.policy()
    d = check_plan(plan, policy=policy)
    assert [v.code for v in d.value] == _expected_codes(plan, policy)
    assert d.outcome == ("violations" if _expected_codes(plan, policy) else "conforms")
    assert all(v.parameter.startswith("open_day.") for v in d.value)
    # Without requirements nothing is ever a violation.
    assert check_plan(plan).value == ()


def test_presets_quote_the_seed_verbatim(seeds_dir: Path) -> None:
    for preset in PRESETS.values():
        text = (seeds_dir / preset.document).read_text("utf-8")
        for quote in preset.quotes:
            assert quote in text, (preset.key, quote)


def test_presets_are_named_data() -> None:
    assert CHANGFENG.locality.zh == "长丰县"
    assert CHANGFENG.values["open_day.representatives"] == 30
    assert BAOHE.values["open_day.announcement_lead"] == 3
    assert CHAOHU.values["open_day.recommended_candidates"] == 36
    assert FEIXI.values["open_day.follow_up_working_days"] == 7
    assert BAOHE.policy().open_day.approximate_tolerance == Decimal("0.1")
    with pytest.raises(ValidationError, match="only open_day"):
        OpenDayPreset(
            key="x",
            locality=CHANGFENG.locality,
            values={"supervision.reply_working_days": 5},
            quotes=("q",),
        )
    with pytest.raises(ValidationError):
        OpenDayPreset(
            key="x",
            locality=CHANGFENG.locality,
            values={"open_day.representatives": 0},
            quotes=("q",),
        )


@pytest.mark.rule("open_day.check_plan")
@given(
    open_day_plans(max_days=2, max_representatives=25),
    policies(),
    st.none() | open_day_presets(),
)
def test_any_valid_policy_checks_any_plan(
    plan: OpenDayPlan, base: Policy, preset: OpenDayPreset | None
) -> None:
    """Any valid policy (a preset's requirements over it, or not): the independent restatement."""
    policy = base if preset is None else preset.policy(base)
    d = check_plan(plan, policy=policy)
    in_force = resolve(policy, dt.date(plan.year, 1, 1))  # the requirements of 1 January
    expected = _expected_codes(plan, in_force)
    assert [v.code for v in d.value] == expected
    assert d.outcome == ("violations" if expected else "conforms")
    assert d.parameters["open_day.days_per_year"] == in_force.open_day.days_per_year
    assert d.parameters["open_day.half_month_days"] == in_force.open_day.half_month_days


@pytest.mark.rule("open_day.check_plan")
def test_an_invitation_sent_after_the_open_day_is_said_so() -> None:
    day = _changfeng_day(dt.date(2025, 6, 28), invitations_sent_on=dt.date(2025, 7, 1))
    plan = OpenDayPlan(year=2025, days=(day, _changfeng_day(dt.date(2025, 12, 1))))
    (v,) = check_plan(plan, policy=CHANGFENG.policy()).value
    assert (v.code, v.actual) == ("invitation_late", "3 days after")
    assert v.zh == "2025年7月1日寄发邀请函,在开放日后3天才发出,应提前半个月(15天)"
    assert v.en == (
        "invitations on 2025-07-01, 3 day(s) after the open day; 1 half month (15 days) "
        "ahead required"
    )


@pytest.mark.rule("open_day.check_plan")
def test_an_invitation_sent_on_the_open_day_is_zero_days_ahead() -> None:
    day = _changfeng_day(dt.date(2025, 6, 28), invitations_sent_on=dt.date(2025, 6, 28))
    plan = OpenDayPlan(year=2025, days=(day, _changfeng_day(dt.date(2025, 12, 1))))
    (v,) = check_plan(plan, policy=CHANGFENG.policy()).value
    assert (v.code, v.actual) == ("invitation_late", "0 days before")
    assert "仅提前0天" in v.zh
