"""岗位轮换与计算机技能 — rotation of section heads, and the computer skills required by age.

Both from 002:

* "我们对部内14个处室的正副处长(主任)进行岗位轮换,改变了过去干部在同一处室任职
  时间过长" — (deputy) section heads rotate; the seed gives no maximum tenure,
  so ``cadres.rotation_max_tenure_years`` has no default and
  [`rotation_due`][orgwork.cadres.rotation_due] raises [`MissingParameterError`][orgwork.errors.MissingParameterError]
  until a locality sets it.
* "要求45岁以下的干部全面掌握,45岁以上的逐步掌握" (computer skills) —
  [`computer_skills_requirement`][orgwork.cadres.computer_skills_requirement]. In legal Chinese both 以下 and 以上
  include the number, so a cadre of exactly 45 is in both groups; the
  default reading puts 45 in 45岁以下 (full mastery), the group the seed
  went on to examine; ``cadres.computer_skills_boundary_group`` changes it.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, Field

from orgwork._args import as_date, as_field, as_models, check_unique
from orgwork.cadres._common import S002
from orgwork.decision import Decision, RuleContext, Say, Text
from orgwork.errors import MissingParameterError, RecordError
from orgwork.ids import Id
from orgwork.policy import Policy
from orgwork.rules import rule

__all__ = [
    "RotationStatus",
    "SectionPost",
    "SectionTenure",
    "SkillsRequirement",
    "age_on",
    "anniversary",
    "computer_skills_requirement",
    "rotation_due",
]


def anniversary(start: dt.date, years: int) -> dt.date:
    """The day ``years`` full years after ``start`` are complete (29 Feb → 1 Mar).

    >>> anniversary(dt.date(2020, 2, 29), 1), anniversary(dt.date(2019, 5, 6), 3)
    (datetime.date(2021, 3, 1), datetime.date(2022, 5, 6))
    """
    start = as_date(start, "start")
    years = as_field((int, Field(ge=0, le=200, strict=True)), years, "years")
    if start.year + years > dt.MAXYEAR:
        raise ValueError(
            f"start {start} plus years={years} is past 9999-12-31, the last date Python can "
            "represent"
        )
    try:
        return start.replace(year=start.year + years)
    except ValueError:  # 29 February in a common year
        return dt.date(start.year + years, 3, 1)


def age_on(born: dt.date, on: dt.date) -> int:
    """Full years of age (周岁) on ``on``.

    >>> age_on(dt.date(1957, 6, 2), dt.date(2002, 6, 1)), age_on(dt.date(1957, 6, 2), dt.date(2002, 6, 2))
    (44, 45)
    """
    born, on = as_date(born, "born"), as_date(on, "on")
    if on < born:
        raise RecordError(f"born on {born}, after {on}")
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


class SectionPost(enum.StrEnum):
    """处室职务 — head or deputy head of a section (处长/主任, 副处长/副主任).

    >>> SectionPost.DEPUTY_HEAD.zh
    '副处长(副主任)'
    """

    HEAD = "head"
    DEPUTY_HEAD = "deputy_head"

    @property
    def zh(self) -> str:
        """The post's Chinese name."""
        return "处长(主任)" if self is SectionPost.HEAD else "副处长(副主任)"

    @property
    def en(self) -> str:
        """The post in English words (``deputy head``)."""
        return self.value.replace("_", " ")


class SectionTenure(BaseModel):
    """在同一处室的任职 — a (deputy) head's tenure in one section.

    >>> SectionTenure(cadre="C", section="组织处", post="head", since=dt.date(1998, 1, 1)).post.zh
    '处长(主任)'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    cadre: Id = Field(min_length=1)
    section: Id = Field(min_length=1)
    post: SectionPost
    since: dt.date = Field(
        le=dt.date(2200, 12, 31), description="The day they began serving in this section."
    )


class RotationStatus(BaseModel):
    """轮岗状态 — whether a (deputy) section head is due to rotate.

    >>> p = Policy.default().override({"cadres.rotation_max_tenure_years": 4})
    >>> t = SectionTenure(cadre="C", section="组织处", post="head", since=dt.date(1998, 1, 1))
    >>> v = rotation_due([t], on=dt.date(2001, 6, 1), policy=p)[0].value
    >>> v.full_years, v.due, v.due_on
    (3, False, datetime.date(2002, 1, 1))
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    cadre: Id
    section: Id
    post: SectionPost
    since: dt.date
    full_years: int
    max_years: int
    due_on: dt.date
    due: bool


class _RotationTexts:
    """Texts of cadres.rotation (处室正副处长岗位轮换)."""

    tenure = Say(
        "自{since}在该处室任职,至{on}满{full}年;本地规定同一处室任职满{max_years}年轮岗",
        "In the section since {since}: {full} full year(s) by {on}; local policy rotates after "
        "{max_years} years in one section",
    )
    due = Say(
        "{v.cadre}任{v.section}{v.post.zh}已满{v.max_years}年,应轮岗",
        "{v.cadre}, {v.post.en} of {v.section}: {v.max_years} years reached, rotation is due",
    )
    not_due = Say(
        "{v.cadre}任{v.section}{v.post.zh}未满{v.max_years}年,{v.due_on}起应轮岗",
        "{v.cadre}, {v.post.en} of {v.section}: rotation due from {v.due_on}",
    )


def _status(t: SectionTenure, on: dt.date, max_years: int) -> RotationStatus:
    """改变了过去干部在同一处室任职时间过长 — the full years served, and the day rotation is due."""
    due_on = anniversary(t.since, max_years)
    return RotationStatus(
        cadre=t.cadre,
        section=t.section,
        post=t.post,
        since=t.since,
        full_years=0 if on < t.since else age_on(t.since, on),
        max_years=max_years,
        due_on=due_on,
        due=on >= due_on,
    )


@rule(
    "cadres.rotation",
    zh="处室正副处长岗位轮换,改变干部在同一处室任职时间过长的局面",
    en="Section heads and deputies rotate: nobody serves too long in the same section",
    document=S002,
    section="4、深化改革 三是注重换岗交流",
    quote="我们对部内14个处室的正副处长(主任)进行岗位轮换,改变了过去干部在同一处室任职时间过长",
    parameters=("cadres.rotation_max_tenure_years",),
)
def rotation_due(
    tenures: Iterable[SectionTenure], *, on: dt.date, policy: Policy | None = None
) -> tuple[Decision[RotationStatus], ...]:
    """岗位轮换 — for each (deputy) section head, whether rotation is due on ``on``.

    Rotation is due from the day the tenure in the same section reaches
    ``cadres.rotation_max_tenure_years`` full years. Decisions are ordered by
    that day (longest-serving first), then cadre and section; the subject of
    each is the cadre. Raises [`MissingParameterError`][orgwork.errors.MissingParameterError]
    while the maximum is unset (the seed gives none), and
    [`RecordError`][orgwork.errors.RecordError] when a cadre is listed more than once
    (a (deputy) head serves in one section at a time).

    >>> p = Policy.default().override({"cadres.rotation_max_tenure_years": 5})
    >>> ds = rotation_due([SectionTenure(cadre="刘某", section="干部一处", post="head",
    ...                                  since=dt.date(1995, 3, 1))], on=dt.date(2001, 1, 1), policy=p)
    >>> ds[0].outcome, ds[0].value.due_on
    ('due', datetime.date(2000, 3, 1))
    """
    on = as_date(on, "on")
    ctx = RuleContext(rotation_due, policy, on=on)
    max_years = ctx.param("cadres.rotation_max_tenure_years")
    if max_years is None:
        raise MissingParameterError(
            "cadres.rotation_max_tenure_years is not set: the seed (002) gives no maximum "
            "tenure in one section; set it in the policy",
            parameter="cadres.rotation_max_tenure_years",
        )
    given = as_models(SectionTenure, tenures, "tenures")
    check_unique((t.cadre for t in given), "cadre")
    rows = sorted(
        (_status(t, on, max_years) for t in given),
        key=lambda v: (v.due_on, v.cadre, v.section, v.post.value),
    )
    out: list[Decision[RotationStatus]] = []
    for v in rows:
        each = ctx.fork()
        each.param("cadres.rotation_max_tenure_years")
        each.say(
            _RotationTexts.tenure, since=v.since, on=on, full=v.full_years, max_years=max_years
        )
        if v.due:
            out.append(each.decide("due", v, _RotationTexts.due, subject=v.cadre, v=v))
        else:
            out.append(each.decide("not_due", v, _RotationTexts.not_due, subject=v.cadre, v=v))
    return tuple(out)


class SkillsRequirement(enum.StrEnum):
    """计算机应用技能要求 — full mastery or gradual mastery.

    >>> SkillsRequirement.GRADUAL.zh
    '逐步掌握'
    """

    FULL = "full"
    GRADUAL = "gradual"

    @property
    def zh(self) -> str:
        """The requirement's Chinese name."""
        return "全面掌握" if self is SkillsRequirement.FULL else "逐步掌握"


class _SkillsTexts:
    """Texts of cadres.computer_skills (45岁以下的干部全面掌握,45岁以上的逐步掌握)."""

    age = Say(
        "{on}时{age}周岁;{limit}岁以下全面掌握,{limit}岁以上逐步掌握",
        "Aged {age} on {on}; below {limit} full mastery, above {limit} gradual",
    )
    boundary = Say(
        "恰为{limit}周岁:“{limit}岁以下”“{limit}岁以上”均包括本数,按本地解读归入“{group}”,即{how}",
        "Exactly {limit}: '{limit}岁以下' and '{limit}岁以上' both include {limit}; the local "
        "reading puts this age in {group} ({how})",
    )
    headline = Say("{who}应{how}计算机应用技能", "{who} is to master computer skills {how}")
    below = Say("{limit}岁以下", "{limit}岁以下 (at or under {limit})")
    above = Say("{limit}岁以上", "{limit}岁以上 (at or over {limit})")


#: How a requirement reads in a headline (应全面掌握 / master them fully).
_HOW = {
    SkillsRequirement.FULL: Text(zh="全面掌握", en="fully"),
    SkillsRequirement.GRADUAL: Text(zh="逐步掌握", en="gradually"),
}
_THE_CADRE = Text(zh="该干部", en="The cadre")


def _requirement(age: int, limit: int, boundary: str | None) -> SkillsRequirement:
    """要求45岁以下的干部全面掌握,45岁以上的逐步掌握 — exactly at the age, the local choice."""
    if age < limit:
        return SkillsRequirement.FULL
    if age > limit:
        return SkillsRequirement.GRADUAL
    if boundary is None:
        raise MissingParameterError(
            f"cadres.computer_skills_boundary_group is not set: at exactly {limit} a cadre is "
            f"both {limit}岁以下 and {limit}岁以上 in the seed; choose 'full' or 'gradual'",
            parameter="cadres.computer_skills_boundary_group",
        )
    return SkillsRequirement(boundary)


@rule(
    "cadres.computer_skills",
    zh="计算机应用技能:45岁以下的干部全面掌握,45岁以上的逐步掌握",
    en="Computer skills: cadres under 45 master them fully, those over 45 gradually",
    document=S002,
    section="5、开拓创新 三是加强学习培训",
    quote="要求45岁以下的干部全面掌握,45岁以上的逐步掌握",
    parameters=("cadres.computer_skills_age", "cadres.computer_skills_boundary_group"),
)
def computer_skills_requirement(
    born: dt.date, *, on: dt.date, subject: str | None = None, policy: Policy | None = None
) -> Decision[SkillsRequirement]:
    """计算机技能要求 — full or gradual mastery, by age (周岁) on ``on``.

    Below the age (45): full mastery; above: gradual. Exactly at the age the
    seed puts a cadre in both groups; ``cadres.computer_skills_boundary_group``
    decides (default ``"full"``: 45 read as 45岁以下), and
    [`MissingParameterError`][orgwork.errors.MissingParameterError] is raised only where a
    locality has unset it.

    >>> computer_skills_requirement(dt.date(1960, 1, 1), on=dt.date(2002, 3, 1)).value.zh
    '全面掌握'
    >>> computer_skills_requirement(dt.date(1950, 1, 1), on=dt.date(2002, 3, 1)).outcome
    'gradual'
    >>> computer_skills_requirement(dt.date(1957, 3, 1), on=dt.date(2002, 3, 1)).outcome  # 45
    'full'
    """
    born, on = as_date(born, "born"), as_date(on, "on")
    ctx = RuleContext(computer_skills_requirement, policy, on=on)
    limit = ctx.param("cadres.computer_skills_age")
    age = age_on(born, on)
    boundary = ctx.param("cadres.computer_skills_boundary_group")
    req = _requirement(age, limit, boundary)
    ctx.say(_SkillsTexts.age, on=on, age=age, limit=limit)
    if age == limit:
        side = _SkillsTexts.below if req is SkillsRequirement.FULL else _SkillsTexts.above
        group = side.text(limit=limit)
        ctx.say(_SkillsTexts.boundary, limit=limit, group=group, how=_HOW[req])
    return ctx.decide(
        req.value,
        req,
        _SkillsTexts.headline,
        subject=subject,
        who=subject or _THE_CADRE,
        how=_HOW[req],
    )
