"""AB岗 and 挂牌上岗: each explanation word for word, the period's edges, error names.

Written against the survivors of mutation testing (``python tools/mutation.py cadres/_posts``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from orgwork.cadres import Absence, Badge, KeyPost, RosterEntry, ab_post_coverage, post_badges
from orgwork.errors import RecordError
from orgwork.policy import Policy

D = dt.date
POST = KeyPost(post="干部档案", a_holder="张三", b_holder="李四")
ALL_DAYS = Policy.default().override({"cadres.ab_coverage_days": "all_days"})


def away(person: str, start: dt.date, end: dt.date) -> Absence:
    return Absence(person=person, start=start, end=end)


@pytest.mark.rule("cadres.ab_post_coverage")
def test_every_text_of_an_uncovered_post() -> None:
    log = [away("张三", D(2025, 3, 3), D(2025, 3, 5)), away("李四", D(2025, 3, 4), D(2025, 3, 6))]
    (d,) = ab_post_coverage([POST], log, start=D(2025, 3, 1), end=D(2025, 3, 31))
    assert [(r.zh, r.en) for r in d.reasons] == [
        (
            "检查2025年3月1日至2025年3月31日(法定工作日),A岗张三",
            "Checked 2025-03-01 to 2025-03-31 (working days); A holder 张三",
        ),
        ("B岗李四", "B holder 李四"),
        (
            "2025年3月4日至2025年3月5日A、B岗均不在岗(2日)",
            "2025-03-04 to 2025-03-05: neither A nor B at the post (2 day(s))",
        ),
    ]
    assert (d.headline.zh, d.headline.en) == (
        "干部档案有2日A、B岗均不在岗",
        "干部档案 had 2 day(s) with neither A nor B at the post",
    )
    assert (d.value.start, d.value.end, d.value.a_holder, d.value.b_holder) == (
        D(2025, 3, 1),
        D(2025, 3, 31),
        "张三",
        "李四",
    )
    (d,) = ab_post_coverage([POST], log, start=D(2025, 3, 1), end=D(2025, 3, 31), policy=ALL_DAYS)
    assert d.reasons[0].zh == "检查2025年3月1日至2025年3月31日(每日),A岗张三"
    assert d.reasons[0].en == "Checked 2025-03-01 to 2025-03-31 (every day); A holder 张三"


@pytest.mark.rule("cadres.ab_post_coverage")
def test_every_text_of_a_post_without_b() -> None:
    post = KeyPost(post="接待窗口", a_holder="王五")
    (d,) = ab_post_coverage([post], start=D(2025, 3, 1), end=D(2025, 3, 2))
    assert [(r.zh, r.en) for r in d.reasons][1] == (
        "未明确B岗,A岗不在岗之日即无人在岗",
        "No B holder is named: every day A is away is a gap",
    )
    assert (
        d.headline.en == "接待窗口 has no B holder, as 重点岗位AB岗 requires (0 day(s) with A away)"
    )
    (d,) = ab_post_coverage([POST], start=D(2025, 3, 1), end=D(2025, 3, 2))
    assert d.headline.en == "干部档案 was covered throughout the period"


@pytest.mark.rule("cadres.ab_post_coverage")
def test_the_edges_of_the_period_and_of_the_absences() -> None:
    # an absence ending on the first day, another starting on the last: both count
    log = [
        away("张三", D(2025, 2, 1), D(2025, 3, 3)),
        away("张三", D(2025, 3, 7), D(2025, 4, 9)),
        away("李四", D(2025, 3, 1), D(2025, 3, 31)),
    ]
    (d,) = ab_post_coverage([POST], log, start=D(2025, 3, 3), end=D(2025, 3, 7))
    assert [(g.first, g.last, g.days) for g in d.value.gaps] == [
        (D(2025, 3, 3), D(2025, 3, 3), 1),
        (D(2025, 3, 7), D(2025, 3, 7), 1),
    ]
    # absences on adjacent days are one run; a one-day hole makes two
    log = [
        away("张三", D(2025, 3, 3), D(2025, 3, 4)),
        away("张三", D(2025, 3, 5), D(2025, 3, 6)),
        away("李四", D(2025, 3, 3), D(2025, 3, 3)),
        away("李四", D(2025, 3, 4), D(2025, 3, 6)),
    ]
    (d,) = ab_post_coverage([POST], log, start=D(2025, 3, 1), end=D(2025, 3, 31))
    assert [(g.first, g.last, g.days) for g in d.value.gaps] == [(D(2025, 3, 3), D(2025, 3, 6), 4)]
    log = [away("张三", D(2025, 3, 3), D(2025, 3, 6)), away("李四", D(2025, 3, 3), D(2025, 3, 3))]
    log.append(away("李四", D(2025, 3, 5), D(2025, 3, 6)))
    (d,) = ab_post_coverage([POST], log, start=D(2025, 3, 1), end=D(2025, 3, 31))
    assert [(g.first, g.last) for g in d.value.gaps] == [
        (D(2025, 3, 3), D(2025, 3, 3)),
        (D(2025, 3, 5), D(2025, 3, 6)),
    ]
    # one absence inside another
    log = [away("张三", D(2025, 3, 3), D(2025, 3, 14)), away("张三", D(2025, 3, 4), D(2025, 3, 5))]
    log.append(away("李四", D(2025, 3, 3), D(2025, 3, 14)))
    (d,) = ab_post_coverage([POST], log, start=D(2025, 3, 1), end=D(2025, 3, 31), policy=ALL_DAYS)
    assert [(g.first, g.last, g.days) for g in d.value.gaps] == [
        (D(2025, 3, 3), D(2025, 3, 14), 12)
    ]
    # a single-day period
    (d,) = ab_post_coverage([POST], log, start=D(2025, 3, 3), end=D(2025, 3, 3))
    assert d.value.gap_days == 1


@pytest.mark.rule("cadres.ab_post_coverage")
def test_trimming_keeps_a_working_day_at_either_end() -> None:
    # Sat 03-01 .. Sun 03-09: the working days are Mon 03-03 .. Fri 03-07
    log = [away("张三", D(2025, 3, 1), D(2025, 3, 9)), away("李四", D(2025, 3, 1), D(2025, 3, 9))]
    (d,) = ab_post_coverage([POST], log, start=D(2025, 3, 1), end=D(2025, 3, 31))
    assert [(g.first, g.last, g.days) for g in d.value.gaps] == [(D(2025, 3, 3), D(2025, 3, 7), 5)]
    log = [away("张三", D(2025, 3, 3), D(2025, 3, 3)), away("李四", D(2025, 3, 3), D(2025, 3, 3))]
    (d,) = ab_post_coverage([POST], log, start=D(2025, 3, 1), end=D(2025, 3, 31))
    assert [(g.first, g.last, g.days) for g in d.value.gaps] == [(D(2025, 3, 3), D(2025, 3, 3), 1)]


@pytest.mark.rule("cadres.ab_post_coverage")
def test_the_parameter_in_force_on_the_first_day_applies() -> None:
    p = Policy.default().with_change(D(2025, 3, 1), {"cadres.ab_coverage_days": "all_days"})
    (d,) = ab_post_coverage([POST], start=D(2025, 3, 1), end=D(2025, 3, 2), policy=p)
    assert d.value.counted == "all_days"
    (d,) = ab_post_coverage([POST], start=D(2025, 2, 28), end=D(2025, 3, 2), policy=p)
    assert d.value.counted == "working_days"


@pytest.mark.rule("cadres.ab_post_coverage")
@pytest.mark.parametrize(
    "case",
    [
        ({"start": "x"}, ValidationError, "error for start\n"),
        ({"end": "x"}, ValidationError, "error for end\n"),
        ({"end": D(2025, 2, 28)}, ValueError, "^end 2025-02-28 is before start 2025-03-01$"),
        ({"posts": None}, TypeError, "^posts must be"),
        ({"posts": "ab"}, RecordError, "^posts: expected"),
        ({"absences": None}, TypeError, "^absences must be"),
        ({"absences": "ab"}, RecordError, "^absences: expected"),
        ({"policy": "x"}, TypeError, "^policy must be"),
        ({"calendar": {}}, TypeError, "^calendar must be"),
        ({"posts": [POST, POST]}, RecordError, "^key post listed more than once: 干部档案$"),
    ],
)
def test_bad_coverage_arguments_are_named(case: tuple[dict[str, Any], type, str]) -> None:
    kwargs, error, message = case
    args: dict[str, Any] = {"posts": [POST], "start": D(2025, 3, 1), "end": D(2025, 3, 31)}
    with pytest.raises(error, match=message):
        ab_post_coverage(**(args | kwargs))


@pytest.mark.rule("cadres.post_badge")
def test_every_text_of_the_badges() -> None:
    roster = [RosterEntry(post="接待窗口", person="张三")]
    (d,) = post_badges(roster, [Badge(post="接待窗口", person="张三")])
    assert (d.headline.zh, d.headline.en) == (
        "接待窗口由张三挂牌上岗",
        "接待窗口: 张三 is on duty with a badge",
    )
    assert (d.reasons[0].zh, d.reasons[0].en) == (
        "接待窗口所挂的牌标明张三",
        "The badge(s) at 接待窗口 name 张三",
    )
    (d,) = post_badges(roster)
    assert d.headline.en == "接待窗口: 张三 shows no badge"
    (d,) = post_badges(roster, [Badge(post="接待窗口", person="李四")])
    assert d.headline.en == "接待窗口: no badge names 张三, who is on duty"
    (d,) = post_badges([RosterEntry(post="接待窗口")], [Badge(post="接待窗口", person="李四")])
    assert (d.outcome, d.headline.en) == ("vacant", "接待窗口: the roster names nobody")
    assert d.value.badge_names == ("李四",)


@pytest.mark.rule("cadres.post_badge")
@pytest.mark.parametrize(
    "case",
    [
        ({"roster": None}, TypeError, "^roster must be"),
        ({"roster": "ab"}, RecordError, "^roster: expected"),
        ({"badges": None}, TypeError, "^badges must be"),
        ({"badges": "ab"}, RecordError, "^badges: expected"),
        ({"policy": "x"}, TypeError, "^policy must be"),
        (
            {"roster": [RosterEntry(post="接待窗口")] * 2},
            RecordError,
            "^roster post listed more than once: 接待窗口$",
        ),
    ],
)
def test_bad_badge_arguments_are_named(case: tuple[dict[str, Any], type, str]) -> None:
    kwargs, error, message = case
    args: dict[str, Any] = {"roster": [RosterEntry(post="接待窗口", person="张三")]}
    with pytest.raises(error, match=message):
        post_badges(**(args | kwargs))


@pytest.mark.rule("cadres.ab_post_coverage")
def test_working_days_read_in_a_provisional_year_make_the_decision_provisional() -> None:
    from orgwork.calendar import official_calendar

    cal = official_calendar().with_provisional(2027)
    log = [
        away("张三", D(2026, 12, 28), D(2027, 1, 8)),
        away("李四", D(2026, 12, 28), D(2027, 1, 8)),
    ]
    start, end = D(2026, 12, 1), D(2027, 1, 31)
    (d,) = ab_post_coverage([POST], log, start=start, end=end, calendar=cal)
    assert (d.outcome, d.provisional) == ("uncovered", True)
    (d,) = ab_post_coverage([POST], log, start=start, end=end, calendar=cal, policy=ALL_DAYS)
    assert (d.outcome, d.provisional) == ("uncovered", False)  # no working day was read
    (d,) = ab_post_coverage([POST], log[:1], start=start, end=end, calendar=cal)
    assert (d.outcome, d.provisional) == ("covered", False)  # B was there: nothing read
    (d,) = ab_post_coverage([POST], log, start=start, end=D(2026, 12, 31), calendar=cal)
    assert (d.outcome, d.provisional) == ("uncovered", False)  # only 2026 read
