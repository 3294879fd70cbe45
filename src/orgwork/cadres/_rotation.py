"""岗位轮换与计算机技能 — rotation of section heads, and the computer skills required by age.

Both from 002:

* "我们对部内14个处室的正副处长(主任)进行岗位轮换,改变了过去干部在同一处室任职
  时间过长" — (deputy) section heads rotate; the seed gives no maximum tenure,
  so ``cadres.rotation_max_tenure_years`` has no default and
  :func:`rotation_due` raises :class:`~orgwork.errors.MissingParameterError`
  until a locality sets it.
* "要求45岁以下的干部全面掌握,45岁以上的逐步掌握" (computer skills) —
  :func:`computer_skills_requirement`. In legal Chinese both 以下 and 以上
  include the number, so a cadre of exactly 45 is in both groups: the
  locality chooses (``cadres.computer_skills_boundary_group``).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, Field

from orgwork._args import as_date, as_field, as_models, check_unique
from orgwork.cadres._common import S002
from orgwork.decision import Decision, Reason, Text
from orgwork.errors import MissingParameterError, RecordError
from orgwork.policy import Policy, resolve
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

ROTATION = "cadres.rotation"
SKILLS = "cadres.computer_skills"


def anniversary(start: dt.date, years: int) -> dt.date:
    """The day ``years`` full years after ``start`` are complete (29 Feb → 1 Mar).

    >>> anniversary(dt.date(2020, 2, 29), 1), anniversary(dt.date(2019, 5, 6), 3)
    (datetime.date(2021, 3, 1), datetime.date(2022, 5, 6))
    """
    start = as_date(start, "start")
    years = as_field((int, Field(ge=0, le=200, strict=True)), years, "years")
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


class SectionTenure(BaseModel):
    """在同一处室的任职 — a (deputy) head's tenure in one section.

    >>> SectionTenure(cadre="C", section="组织处", post="head", since=dt.date(1998, 1, 1)).post.zh
    '处长(主任)'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    cadre: str = Field(min_length=1)
    section: str = Field(min_length=1)
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

    cadre: str
    section: str
    post: SectionPost
    since: dt.date
    full_years: int
    max_years: int
    due_on: dt.date
    due: bool


@rule(
    ROTATION,
    zh="处室正副处长岗位轮换,改变干部在同一处室任职时间过长的局面",
    en="Section heads and deputies rotate: nobody serves too long in the same section",
    document=S002,
    section="4、深化改革 三是注重换岗交流",
    quote="我们对部内14个处室的正副处长(主任)进行岗位轮换,改变了过去干部在同一处室任职时间过长",
    parameters=("cadres.rotation_max_tenure_years",),
    public_name="orgwork.cadres.rotation_due",
)
def rotation_due(
    tenures: Iterable[SectionTenure], *, on: dt.date, policy: Policy | None = None
) -> tuple[Decision[RotationStatus], ...]:
    """岗位轮换 — for each (deputy) section head, whether rotation is due on ``on``.

    Rotation is due from the day the tenure in the same section reaches
    ``cadres.rotation_max_tenure_years`` full years. Decisions are ordered by
    that day (longest-serving first), then cadre and section; the subject of
    each is the cadre. Raises :class:`~orgwork.errors.MissingParameterError`
    while the maximum is unset (the seed gives none), and
    :class:`~orgwork.errors.RecordError` when a cadre is listed more than once
    (a (deputy) head serves in one section at a time).

    >>> p = Policy.default().override({"cadres.rotation_max_tenure_years": 5})
    >>> ds = rotation_due([SectionTenure(cadre="刘某", section="干部一处", post="head",
    ...                                  since=dt.date(1995, 3, 1))], on=dt.date(2001, 1, 1), policy=p)
    >>> ds[0].outcome, ds[0].value.due_on
    ('due', datetime.date(2000, 3, 1))
    """
    on = as_date(on, "on")
    p = resolve(policy, on).cadres
    max_years = p.rotation_max_tenure_years
    if max_years is None:
        raise MissingParameterError(
            "cadres.rotation_max_tenure_years is not set: the seed (002) gives no maximum "
            "tenure in one section; set it in the policy",
            parameter="cadres.rotation_max_tenure_years",
        )
    given = as_models(SectionTenure, tenures)
    check_unique((t.cadre for t in given), "cadre")
    rows = sorted(
        given,
        key=lambda t: (anniversary(t.since, max_years), t.cadre, t.section, t.post.value),
    )
    out: list[Decision[RotationStatus]] = []
    for t in rows:
        due_on = anniversary(t.since, max_years)
        due = on >= due_on
        full = 0 if on < t.since else age_on(t.since, on)
        out.append(
            Decision[RotationStatus](
                rule=ROTATION,
                subject=t.cadre,
                outcome="due" if due else "not_due",
                value=RotationStatus(
                    cadre=t.cadre,
                    section=t.section,
                    post=t.post,
                    since=t.since,
                    full_years=full,
                    max_years=max_years,
                    due_on=due_on,
                    due=due,
                ),
                headline=Text(
                    zh=f"{t.cadre}任{t.section}{t.post.zh}"
                    + (
                        f"已满{max_years}年,应轮岗"
                        if due
                        else f"未满{max_years}年,{due_on}起应轮岗"
                    ),
                    en=f"{t.cadre}, {t.post.value.replace('_', ' ')} of {t.section}: "
                    + (
                        f"{max_years} years reached, rotation is due"
                        if due
                        else f"rotation due from {due_on}"
                    ),
                ),
                reasons=(
                    Reason(
                        rule=ROTATION,
                        zh=f"自{t.since}在该处室任职,至{on}满{full}年;本地规定同一处室任职满{max_years}年轮岗",
                        en=f"In the section since {t.since}: {full} full year(s) by {on}; local "
                        f"policy rotates after {max_years} years in one section",
                    ),
                ),
                parameters={"cadres.rotation_max_tenure_years": max_years},
            )
        )
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


@rule(
    SKILLS,
    zh="计算机应用技能:45岁以下的干部全面掌握,45岁以上的逐步掌握",
    en="Computer skills: cadres under 45 master them fully, those over 45 gradually",
    document=S002,
    section="5、开拓创新 三是加强学习培训",
    quote="要求45岁以下的干部全面掌握,45岁以上的逐步掌握",
    parameters=("cadres.computer_skills_age", "cadres.computer_skills_boundary_group"),
    public_name="orgwork.cadres.computer_skills_requirement",
)
def computer_skills_requirement(
    born: dt.date, *, on: dt.date, subject: str | None = None, policy: Policy | None = None
) -> Decision[SkillsRequirement]:
    """计算机技能要求 — full or gradual mastery, by age (周岁) on ``on``.

    Below the age (45): full mastery; above: gradual. Exactly at the age the
    seed puts a cadre in both groups; ``cadres.computer_skills_boundary_group``
    decides, and :class:`~orgwork.errors.MissingParameterError` is raised
    while it is unset.

    >>> computer_skills_requirement(dt.date(1960, 1, 1), on=dt.date(2002, 3, 1)).value.zh
    '全面掌握'
    >>> computer_skills_requirement(dt.date(1950, 1, 1), on=dt.date(2002, 3, 1)).outcome
    'gradual'
    """
    born, on = as_date(born, "born"), as_date(on, "on")
    p = resolve(policy, on).cadres
    limit = p.computer_skills_age
    age = age_on(born, on)
    boundary = p.computer_skills_boundary_group
    if age < limit:
        req = SkillsRequirement.FULL
    elif age > limit:
        req = SkillsRequirement.GRADUAL
    elif boundary is None:
        raise MissingParameterError(
            f"cadres.computer_skills_boundary_group is not set: at exactly {limit} a cadre is "
            f"both {limit}岁以下 and {limit}岁以上 in the seed; choose 'full' or 'gradual'",
            parameter="cadres.computer_skills_boundary_group",
        )
    else:
        req = SkillsRequirement(boundary)
    reasons = [
        Reason(
            rule=SKILLS,
            zh=f"{on}时{age}周岁;{limit}岁以下全面掌握,{limit}岁以上逐步掌握",
            en=f"Aged {age} on {on}; below {limit} full mastery, above {limit} gradual",
        )
    ]
    if age == limit:
        reasons.append(
            Reason(
                rule=SKILLS,
                zh=f"恰为{limit}岁,按本地规定归入“{req.zh}”",
                en=f"Exactly {limit}: local policy puts this age in '{req.value}'",
            )
        )
    who = subject or "该干部"
    who_en = subject or "The cadre"
    return Decision[SkillsRequirement](
        rule=SKILLS,
        subject=subject,
        outcome=req.value,
        value=req,
        headline=Text(
            zh=f"{who}应{req.zh}计算机应用技能",
            en=f"{who_en} is to master computer skills {'fully' if req is SkillsRequirement.FULL else 'gradually'}",
        ),
        reasons=tuple(reasons),
        parameters={
            "cadres.computer_skills_age": limit,
            "cadres.computer_skills_boundary_group": boundary,
        },
    )
