"""特设支部“四个一” — the four items of a 特设 (specially set up) branch (001).

001: "推进“特设”支部“四个一”建设,即建立一支志愿者队伍,办一批惠民好事实事,带动一个地区的
党员群众,叫响一个特色品牌" — one volunteer team, a batch of good deeds for the people,
one area whose members and public it leads, one named brand.

[`four_ones`][orgwork.organizations.four_ones] says which of the four a branch's record shows and
which are missing. "一批" gives no number: by default any recorded deed
makes the item present (the same deed named twice counts once), and a
branch with all four is ``referred``, with the count, for the party
organization to judge whether it is a batch; a locality that fixes a number
sets ``organizations.good_deeds_minimum``, and then such a branch is
``complete``.
"""

from __future__ import annotations

import datetime as dt
import enum

from pydantic import BaseModel, ConfigDict, Field, field_validator

from orgwork.decision import Decision, RuleContext, Say, Text, joined
from orgwork.ids import Id
from orgwork.organizations._common import S001
from orgwork.policy import Policy
from orgwork.rules import rule

__all__ = ["FourOne", "FourOnes", "SpecialBranchRecord", "four_ones"]


class FourOne(enum.StrEnum):
    """“四个一”之一 — one of the four items.

    >>> FourOne.VOLUNTEER_TEAM.zh
    '建立一支志愿者队伍'
    """

    VOLUNTEER_TEAM = "volunteer_team"
    GOOD_DEEDS = "good_deeds"
    AREA_LED = "area_led"
    BRAND = "brand"

    @property
    def zh(self) -> str:
        """The item in the seed's words."""
        return _ZH[self]

    @property
    def en(self) -> str:
        """The item in English."""
        return _EN[self]


_ZH = {
    FourOne.VOLUNTEER_TEAM: "建立一支志愿者队伍",
    FourOne.GOOD_DEEDS: "办一批惠民好事实事",
    FourOne.AREA_LED: "带动一个地区的党员群众",
    FourOne.BRAND: "叫响一个特色品牌",
}
_EN = {
    FourOne.VOLUNTEER_TEAM: "a volunteer team",
    FourOne.GOOD_DEEDS: "a batch of good deeds for the people",
    FourOne.AREA_LED: "an area whose members and public it leads",
    FourOne.BRAND: "a named brand",
}


def _blank_is_none(value: object) -> object:
    if isinstance(value, str) and not value.strip():
        return None
    return value


class SpecialBranchRecord(BaseModel):
    """特设支部“四个一”记录 — what a 特设 branch records of its four items.

    Each item is named (the team, the area, the brand) or listed (the
    deeds); a blank name is no name.

    >>> SpecialBranchRecord(branch="公安特设支部", volunteer_team="平安志愿队").brand is None
    True
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    branch: Id = Field(min_length=1)
    on: dt.date | None = Field(default=None, description="The day the record was made.")
    volunteer_team: str | None = Field(default=None, description="The volunteer team's name.")
    good_deeds: tuple[str, ...] = Field(default=(), description="The good deeds done.")
    area: str | None = Field(default=None, description="The area whose members it leads.")
    brand: str | None = Field(default=None, description="The brand's name.")

    @field_validator("volunteer_team", "area", "brand", mode="before")
    @classmethod
    def _blank(cls, value: object) -> object:
        return _blank_is_none(value)

    @field_validator("good_deeds")
    @classmethod
    def _no_blank_deed(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if any(not d.strip() for d in value):
            raise ValueError("good_deeds: a deed must be named")
        return value


class FourOnes(BaseModel):
    """“四个一”检查结果 — the items present and missing (``deeds``: how many deeds).

    ``deeds_judged`` is False when no minimum is set: the count is then
    reported, not judged.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    branch: Id
    present: tuple[FourOne, ...]
    missing: tuple[FourOne, ...]
    deeds: int
    deeds_judged: bool


class _FourOnesTexts:
    """Texts of organizations.four_ones (特设支部“四个一”)."""

    item = Say("{item}:{what}", "{item}: {what}")
    deeds = Say("已办惠民好事实事{n}件", "{n} good deed(s) done")
    unjudged = Say(
        "“一批”未规定件数:已办{n}件,是否成批由党组织认定",
        "一批 (a batch) gives no number: {n} deed(s) done; whether that is a batch is for the "
        "party organization to judge",
    )
    judged = Say(
        "本地规定“一批”不少于{min}件:已办{n}件",
        "The local rule: a batch is at least {min}; {n} done",
    )
    complete = Say("{branch}“四个一”齐全", "{branch}: all four items present")
    referred = Say(
        "{branch}“四个一”其余三项齐全,办惠民好事实事{n}件,是否成批由党组织认定",
        "{branch}: the other three items present; {n} good deed(s) done, whether a batch is for "
        "the party organization to judge",
    )
    gaps = Say("{branch}“四个一”缺{items}", "{branch}: missing {items}")


_NONE = Text(zh="无记录", en="none recorded")


def _shown(value: str | None) -> str | Text:
    return _NONE if value is None else value


@rule(
    "organizations.four_ones",
    zh="特设支部“四个一”:建立一支志愿者队伍,办一批惠民好事实事,带动一个地区的党员群众,叫响一个特色品牌",
    en="A 特设 branch's four items: a volunteer team, a batch of good deeds, an area led by "
    "example, a named brand",
    document=S001,
    section="一、党建工作方面 1、加强组织建设,构建区域化“大党建”格局",
    quote="推进“特设”支部“四个一”建设,即建立一支志愿者队伍,办一批惠民好事实事,带动一个地区的"
    "党员群众,叫响一个特色品牌",
    parameters=("organizations.good_deeds_minimum",),
)
def four_ones(record: SpecialBranchRecord, *, policy: Policy | None = None) -> Decision[FourOnes]:
    """“四个一”建设 — which of the four items a 特设 branch's record shows.

    Outcomes: ``gaps`` (an item missing, named), ``referred`` (all four shown
    while ``organizations.good_deeds_minimum`` is unset: whether the deeds are
    一批 is the party organization's to judge) and ``complete``.

    >>> d = four_ones(SpecialBranchRecord(branch="公安特设支部", volunteer_team="平安志愿队",
    ...     good_deeds=("修路灯",), area="东城街道"))
    >>> d.outcome, [i.value for i in d.value.missing]
    ('gaps', ['brand'])
    """
    r = SpecialBranchRecord.model_validate(record)
    ctx = RuleContext(four_ones, policy, on=r.on)
    minimum = ctx.param("organizations.good_deeds_minimum")
    n = len(set(r.good_deeds))  # the same deed named twice is one deed
    deeds_ok = n >= (minimum or 1)
    ctx.say(_FourOnesTexts.item, item=FourOne.VOLUNTEER_TEAM, what=_shown(r.volunteer_team))
    ctx.say(_FourOnesTexts.item, item=FourOne.GOOD_DEEDS, what=_FourOnesTexts.deeds.text(n=n))
    if minimum is None:
        ctx.say(_FourOnesTexts.unjudged, n=n)
    else:
        ctx.say(_FourOnesTexts.judged, min=minimum, n=n)
    ctx.say(_FourOnesTexts.item, item=FourOne.AREA_LED, what=_shown(r.area))
    ctx.say(_FourOnesTexts.item, item=FourOne.BRAND, what=_shown(r.brand))
    has = {
        FourOne.VOLUNTEER_TEAM: r.volunteer_team is not None,
        FourOne.GOOD_DEEDS: deeds_ok,
        FourOne.AREA_LED: r.area is not None,
        FourOne.BRAND: r.brand is not None,
    }
    present = tuple(i for i in FourOne if has[i])
    missing = tuple(i for i in FourOne if not has[i])
    v = FourOnes(
        branch=r.branch, present=present, missing=missing, deeds=n, deeds_judged=minimum is not None
    )
    if missing:
        items = joined(missing, ",", "; ")
        return ctx.decide(
            "gaps", v, _FourOnesTexts.gaps, subject=r.branch, branch=r.branch, items=items
        )
    if minimum is None:  # whether the deeds are 一批 is the party organization's to judge
        return ctx.decide(
            "referred", v, _FourOnesTexts.referred, subject=r.branch, branch=r.branch, n=n
        )
    return ctx.decide("complete", v, _FourOnesTexts.complete, subject=r.branch, branch=r.branch)
