"""重点岗位AB岗 and 挂牌上岗 (003; 000 第三篇 ab岗管理): coverage over an absence log, badges."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from orgwork.cadres import (
    Absence,
    Badge,
    KeyPost,
    RosterEntry,
    ab_post_coverage,
    post_badges,
)
from orgwork.calendar import official_calendar
from orgwork.errors import CalendarCoverageError, RecordError
from orgwork.policy import Policy
from orgwork.rules import get
from orgwork.strategies import absences, key_posts, roster_entries
from orgwork.strategies import badges as badge_strategy

D = dt.date
ARCHIVE = KeyPost(post="干部档案", a_holder="张三", b_holder="李四")
WINDOW = KeyPost(post="接待窗口", a_holder="王五")
ALL_DAYS = Policy.default().override({"cadres.ab_coverage_days": "all_days"})
SEPT, OCT_END = D(2025, 9, 1), D(2025, 10, 31)


def away(person: str, start: dt.date, end: dt.date) -> Absence:
    return Absence(person=person, start=start, end=end)


# --- 重点岗位AB岗 -----------------------------------------------------------------------


@pytest.mark.rule("cadres.ab_post_coverage")
def test_the_seed_names_the_ab_system() -> None:
    assert "重点岗位AB岗" in get("cadres.ab_post_coverage").source.quote
    assert Policy.default().cadres.ab_coverage_days == "working_days"


@pytest.mark.rule("cadres.ab_post_coverage")
def test_b_covers_while_a_is_away() -> None:
    (d,) = ab_post_coverage(
        [ARCHIVE], [away("张三", D(2025, 3, 3), D(2025, 3, 14))], start=SEPT, end=OCT_END
    )
    assert (d.outcome, d.value.gaps, d.value.gap_days) == ("covered", (), 0)  # outside the period
    (d,) = ab_post_coverage(
        [ARCHIVE], [away("张三", D(2025, 9, 1), D(2025, 9, 30))], start=SEPT, end=OCT_END
    )
    assert (d.outcome, d.value.gaps) == ("covered", ())
    assert d.headline.zh == "干部档案在检查期间均有人在岗"


@pytest.mark.rule("cadres.ab_post_coverage")
def test_a_and_b_away_together_across_the_national_day_holiday() -> None:
    # 张三 away 09-29..10-10, 李四 10-01..10-09: both away 10-01..10-09, of which only
    # 10-09 is a working day (10-01..08 is the holiday)
    log = [
        away("张三", D(2025, 9, 29), D(2025, 10, 10)),
        away("李四", D(2025, 10, 1), D(2025, 10, 9)),
    ]
    (d,) = ab_post_coverage([ARCHIVE], log, start=SEPT, end=OCT_END)
    assert d.outcome == "uncovered"
    assert [(g.first, g.last, g.days) for g in d.value.gaps] == [
        (D(2025, 10, 9), D(2025, 10, 9), 1)
    ]
    assert d.reasons[-1].zh == "2025年10月9日A、B岗均不在岗"
    assert d.reasons[-1].en == "2025-10-09: neither A nor B at the post"
    assert d.parameters == {"cadres.ab_coverage_days": "working_days"}
    (d,) = ab_post_coverage([ARCHIVE], log, start=SEPT, end=OCT_END, policy=ALL_DAYS)
    assert [(g.first, g.last, g.days) for g in d.value.gaps] == [
        (D(2025, 10, 1), D(2025, 10, 9), 9)
    ]
    assert d.value.counted == "all_days"


@pytest.mark.rule("cadres.ab_post_coverage")
def test_a_weekend_gap_is_no_gap_on_working_days() -> None:
    log = [away("张三", D(2025, 3, 8), D(2025, 3, 9)), away("李四", D(2025, 3, 7), D(2025, 3, 10))]
    (d,) = ab_post_coverage([ARCHIVE], log, start=D(2025, 3, 1), end=D(2025, 3, 31))
    assert (d.outcome, d.value.gap_days) == ("covered", 0)
    (d,) = ab_post_coverage(
        [ARCHIVE], log, start=D(2025, 3, 1), end=D(2025, 3, 31), policy=ALL_DAYS
    )
    assert (d.outcome, d.value.gap_days) == ("uncovered", 2)


@pytest.mark.rule("cadres.ab_post_coverage")
def test_a_gap_over_a_weekend_is_trimmed_to_its_working_days() -> None:
    log = [away("张三", D(2025, 3, 1), D(2025, 3, 16)), away("李四", D(2025, 3, 1), D(2025, 3, 16))]
    (d,) = ab_post_coverage([ARCHIVE], log, start=D(2025, 3, 1), end=D(2025, 3, 31))
    assert [(g.first, g.last, g.days) for g in d.value.gaps] == [
        (D(2025, 3, 3), D(2025, 3, 14), 10)
    ]


@pytest.mark.rule("cadres.ab_post_coverage")
def test_without_a_b_holder_every_day_a_is_away_is_a_gap_and_the_post_is_deficient() -> None:
    log = [away("王五", D(2025, 10, 11), D(2025, 10, 12))]  # 10-11 is a make-up Saturday
    (d,) = ab_post_coverage([WINDOW], log, start=SEPT, end=OCT_END)
    assert (d.outcome, d.value.gap_days) == ("deficient", 1)
    assert d.headline.zh == "接待窗口未明确B岗,不符合重点岗位AB岗制度(A岗不在岗1日)"
    (d,) = ab_post_coverage([WINDOW], [], start=SEPT, end=OCT_END)
    assert (d.outcome, d.value.gap_days) == ("deficient", 0)


@pytest.mark.rule("cadres.ab_post_coverage")
def test_absences_overlap_and_are_clipped_to_the_period() -> None:
    log = [
        away("张三", D(2025, 2, 20), D(2025, 3, 5)),
        away("张三", D(2025, 3, 4), D(2025, 3, 7)),
        away("李四", D(2025, 2, 1), D(2025, 3, 31)),
    ]
    (d,) = ab_post_coverage([ARCHIVE], log, start=D(2025, 3, 1), end=D(2025, 3, 5), policy=ALL_DAYS)
    assert [(g.first, g.last, g.days) for g in d.value.gaps] == [(D(2025, 3, 1), D(2025, 3, 5), 5)]


@pytest.mark.rule("cadres.ab_post_coverage")
def test_bad_periods_and_records() -> None:
    with pytest.raises(ValueError, match="end"):
        ab_post_coverage([ARCHIVE], start=D(2025, 3, 2), end=D(2025, 3, 1))
    with pytest.raises(RecordError, match="干部档案"):
        ab_post_coverage([ARCHIVE, ARCHIVE], start=D(2025, 3, 1), end=D(2025, 3, 2))
    with pytest.raises(ValidationError, match="b_holder"):
        KeyPost(post="x", a_holder="张三", b_holder="张三")
    with pytest.raises(ValidationError, match="end"):
        away("张三", D(2025, 3, 2), D(2025, 3, 1))
    log = [away("张三", D(2030, 1, 1), D(2030, 1, 9)), away("李四", D(2030, 1, 1), D(2030, 1, 9))]
    with pytest.raises(CalendarCoverageError):
        ab_post_coverage([ARCHIVE], log, start=D(2030, 1, 1), end=D(2030, 1, 31))


def test_an_absence_reason_is_not_in_the_repr() -> None:
    assert "住院" not in repr(Absence(person="张三", start=SEPT, end=SEPT, reason="住院"))


@pytest.mark.rule("cadres.ab_post_coverage")
@given(
    st.lists(key_posts(), max_size=4, unique_by=lambda p: p.post),
    st.lists(absences(min_day=D(2025, 1, 1), max_day=D(2025, 12, 1)), max_size=8),
    st.sampled_from(("working_days", "all_days")),
)
def test_a_gap_day_is_one_with_a_away_and_no_b_present(
    posts: list[KeyPost], log: list[Absence], counted: str
) -> None:
    start, end = D(2025, 1, 1), D(2025, 12, 31)
    policy = Policy.default().override({"cadres.ab_coverage_days": counted})
    cal = official_calendar()

    def is_away(person: str | None, day: dt.date) -> bool:
        return person is None or any(a.person == person and a.start <= day <= a.end for a in log)

    ds = ab_post_coverage(posts, log, start=start, end=end, policy=policy)
    assert [d.subject for d in ds] == sorted(p.post for p in posts)
    for d, p in zip(ds, sorted(posts, key=lambda p: p.post), strict=True):
        in_gaps = {
            g.first + dt.timedelta(days=i)
            for g in d.value.gaps
            for i in range((g.last - g.first).days + 1)
        }
        counts = [
            day
            for day in (start + dt.timedelta(days=i) for i in range((end - start).days + 1))
            if counted == "all_days" or cal.is_working_day(day)
        ]
        expected = {day for day in counts if is_away(p.a_holder, day) and is_away(p.b_holder, day)}
        assert {day for day in in_gaps if day in set(counts)} == expected
        assert d.value.gap_days == len(expected)
        if p.b_holder is None:
            assert d.outcome == "deficient"
        else:
            assert d.outcome == ("uncovered" if expected else "covered")


# --- 挂牌上岗 -------------------------------------------------------------------------


@pytest.mark.rule("cadres.post_badge")
def test_each_post_on_duty_has_a_named_badged_holder() -> None:
    assert "挂牌上岗" in get("cadres.post_badge").source.quote
    roster = [
        RosterEntry(post="接待窗口", person="张三"),
        RosterEntry(post="档案室", person="李四"),
        RosterEntry(post="组织科", person=None),
        RosterEntry(post="干部科", person="王五"),
    ]
    shown = [
        Badge(post="接待窗口", person="张三"),
        Badge(post="干部科", person="赵六"),
        Badge(post="宣传科", person="李四"),  # not on the roster: not judged
    ]
    ds = post_badges(roster, shown)
    assert [(d.subject, d.outcome) for d in ds] == [
        ("干部科", "badge_mismatch"),
        ("接待窗口", "conforms"),
        ("档案室", "no_badge"),
        ("组织科", "vacant"),
    ]
    assert ds[0].headline.zh == "干部科的牌未标明在岗的王五"
    assert ds[0].reasons[0].zh == "干部科所挂的牌标明赵六"
    assert ds[1].headline.zh == "接待窗口由张三挂牌上岗"
    assert ds[2].headline.zh == "档案室的李四未挂牌上岗"
    assert ds[2].reasons == ()
    assert ds[3].headline.zh == "组织科在岗名单未列明人员"


@pytest.mark.rule("cadres.post_badge")
def test_one_right_badge_among_several_conforms_and_a_post_is_listed_once() -> None:
    roster = [RosterEntry(post="接待窗口", person="张三")]
    shown = [Badge(post="接待窗口", person="李四"), Badge(post="接待窗口", person="张三")]
    (d,) = post_badges(roster, shown)
    assert (d.outcome, d.value.badge_names) == ("conforms", ("张三", "李四"))
    with pytest.raises(RecordError, match="接待窗口"):
        post_badges(roster * 2)


@pytest.mark.rule("cadres.post_badge")
@given(
    st.lists(roster_entries(), max_size=4, unique_by=lambda e: e.post),
    st.lists(badge_strategy(), max_size=6),
)
def test_a_post_conforms_exactly_when_a_badge_there_names_its_holder(
    roster: list[RosterEntry], shown: list[Badge]
) -> None:
    for d in post_badges(roster, shown):
        e = next(e for e in roster if e.post == d.subject)
        names = {b.person for b in shown if b.post == e.post}
        assert (d.outcome == "conforms") == (e.person is not None and e.person in names)
        assert (d.outcome == "vacant") == (e.person is None)
        assert set(d.value.badge_names) == names
