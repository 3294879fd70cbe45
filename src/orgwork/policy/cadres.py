"""Policy parameters of the cadre-management domain (职务职级并行, 谈心谈话, 轮岗, 计算机技能).

Promotion in rank (晋升职级) has two national regimes, each a dated table:

* from 2015 (县以下机关): 《关于县以下机关建立公务员职务与职级并行制度的意见》
  (中办发〔2015〕4号), 二(二) 职级晋升条件 — five 职级 (科员级 … 正处级) reached
  after 8, 12 or 15 years;
* from 2019-06-01: 《公务员职务与职级并行规定》 (中共中央办公厅, 2019), the clause
  "公务员晋升职级,应当具备下列基本资格" with its eleven items (一)–(十一).

The official text of neither could be reached from here; the sources below
name the reproductions read, which agree on every number. The disputed cell
(十) 晋升四级主任科员 is 2 years as 一级科员: every reproduction of the
enumerated clause reads "应当任一级科员2年以上"; the 3 years found elsewhere
("任一级科员3年以上") is what secondary explainers give for promotion to a
乡科级副职 *leadership post*, a different rule.
"""

from __future__ import annotations

import datetime as _dt
from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from orgwork.policy._base import Count, NonNegativeCount, Section, param
from orgwork.policy.organizations import HolidayRuleName, WeekdayName

__all__ = [
    "CadresPolicy",
    "CountyRankName",
    "RankName",
    "SkillsGroupName",
    "TargetRankName",
]

_S002 = "002_c27f48baf07b5fdd.txt"
_S003 = "003_5278913ac78e06dd.txt"

#: The 职级 of 综合管理类 civil servants, lowest first.
RankName = Literal[
    "clerk_2",  # 二级科员
    "clerk_1",  # 一级科员
    "principal_staff_4",  # 四级主任科员
    "principal_staff_3",  # 三级主任科员
    "principal_staff_2",  # 二级主任科员
    "principal_staff_1",  # 一级主任科员
    "researcher_4",  # 四级调研员
    "researcher_3",  # 三级调研员
    "researcher_2",  # 二级调研员
    "researcher_1",  # 一级调研员
    "inspector_2",  # 二级巡视员
    "inspector_1",  # 一级巡视员
]
#: The ranks one can be promoted *to* (every rank but the lowest).
TargetRankName = Literal[
    "clerk_1",
    "principal_staff_4",
    "principal_staff_3",
    "principal_staff_2",
    "principal_staff_1",
    "researcher_4",
    "researcher_3",
    "researcher_2",
    "researcher_1",
    "inspector_2",
    "inspector_1",
]
#: The computer-skills groups of 002: full mastery or gradual mastery.
SkillsGroupName = Literal["full", "gradual"]

_NATIONAL = (
    "公务员职务与职级并行规定(中共中央办公厅, 2019, in force 2019-06-01), 职级晋升: "
    "公务员晋升职级,应当具备下列基本资格"
)
#: Where the 2019 table was read, and how its disputed cell (十) was settled.
_TABLE_SOURCE = (
    f"{_NATIONAL}, items (一)–(十一), e.g. (十)晋升四级主任科员,应当任一级科员2年以上; "
    "(十一)晋升一级科员,应当任二级科员2年以上. No primary text (the official gov.cn "
    "publication) could be reached from here, and the copies read do not print the article "
    "number. Copies read, agreeing on all eleven items: 华图教育 reproduction "
    "(qngfsy.com/2020/1226/2087543.html, numbered (一)–(十一)), qxmh.cn/wenda/279709.html "
    "(numbered 1–11), jintianxuesha.com/n/134645.html (items 1–6). The cell 一级科员 → 四级主任科员 "
    "is 2 years in every copy of the enumerated clause; the '任一级科员3年以上' found in "
    "explainers (e.g. wap.manyoumao.com/lizhi/2026729.html: 晋升四级主任科员是任一级科员2年以上, "
    "晋升副科实职是任一级科员3年以上) is the requirement for a 乡科级副职 leadership post"
)
_COUNTY = "关于县以下机关建立公务员职务与职级并行制度的意见(中办发〔2015〕4号), 二(二) 职级晋升条件"
_COUNTY_COPIES = (
    "No primary text could be reached; copies read, agreeing: econ.taiwan.cn/ec_dalu/201502/"
    "t20150202_8904448.htm (南都, 2015-02-02), 58z.net/z/2142739898704703548.html, "
    "m.trustlankalog.com/gongkao/80684.html"
)

#: The 职级 of the 2015 county regime, lowest first.
CountyRankName = Literal[
    "clerk_level",  # 科员级
    "deputy_section_level",  # 副科级
    "section_level",  # 正科级
    "deputy_division_level",  # 副处级
    "division_level",  # 正处级
]

#: 中办发〔2015〕4号: the years in the post (or 职级) below, by the 职级 promoted to.
COUNTY_RANK_MIN_YEARS_2015: dict[CountyRankName, int] = {
    "clerk_level": 8,  # 晋升科员级须任办事员满8年,级别达到二十五级
    "deputy_section_level": 12,  # 晋升副科级须任科员级或科员满12年,级别达到二十三级
    "section_level": 15,  # 晋升正科级须任副科级或乡科级副职、副主任科员满15年,级别达到二十级
    "deputy_division_level": 15,  # 晋升副处级须任正科级或乡科级正职、主任科员满15年,级别达到十九级
    "division_level": 15,  # 晋升正处级须任副处级或县处级副职满15年,级别达到十七级
}

#: The minimum years in the rank (or leadership post) below, by target rank.
RANK_MIN_YEARS_2019: dict[TargetRankName, int] = {
    "inspector_1": 4,  # 应当任厅局级副职或者二级巡视员4年以上
    "inspector_2": 4,  # 应当任一级调研员4年以上
    "researcher_1": 3,  # 应当任县处级正职或者二级调研员3年以上
    "researcher_2": 2,  # 应当任三级调研员2年以上
    "researcher_3": 2,  # 应当任县处级副职或者四级调研员2年以上
    "researcher_4": 2,  # 应当任一级主任科员2年以上
    "principal_staff_1": 2,  # 应当任乡科级正职或者二级主任科员2年以上
    "principal_staff_2": 2,  # 应当任三级主任科员2年以上
    "principal_staff_3": 2,  # 应当任乡科级副职或者四级主任科员2年以上
    "principal_staff_4": 2,  # 应当任一级科员2年以上
    "clerk_1": 2,  # 应当任二级科员2年以上
}


class CadresPolicy(Section):
    """干部管理 — cadre-management parameters."""

    computer_skills_age: Count = param(
        45,
        zh="须全面掌握计算机应用技能的年龄上限(以下)",
        en="Cadres below this age must fully master computer skills",
        source=f"{_S002}: 要求45岁以下的干部全面掌握,45岁以上的逐步掌握",
        le=100,
    )
    computer_skills_boundary_group: SkillsGroupName | None = param(
        "full",
        zh="恰好处于该年龄者属于哪一组(原文“以下”“以上”均包括本数;默认归入“以下”即全面掌握)",
        en="The group of a cadre exactly at that age: 'full' or 'gradual' (unset: the rule "
        "asks for it)",
        source="local choice: in legal Chinese 以上 and 以下 both include the number "
        "(民法典第一千二百五十九条), so 45 is in both groups. The default puts 45 in 45岁以下 "
        "(全面掌握): it is the group the seed went on to examine (对45岁以下的干部普遍进行了"
        "计算机操作技能的考核、考试), and full mastery never asks less than the text",
        kind="local",
        text="要求45岁以下的干部全面掌握,45岁以上的逐步掌握",
        formerly="Before issue 13 this was unset and a cadre of exactly 45 raised MissingParameterError. Set it to None in Python for that.",
    )
    rank_min_years: dict[TargetRankName, Count] = param(
        dict(RANK_MIN_YEARS_2019),
        zh="晋升职级的最低任职年限(年),按拟晋升职级",
        en="Minimum years in the rank (or leadership post) below, by the rank promoted to",
        source=_TABLE_SOURCE,
        kind="national",
    )
    rank_table_effective: _dt.date = param(
        _dt.date(2019, 6, 1),
        zh="职务与职级并行规定施行之日(此前不适用本表)",
        en="The day the rank table came into force (it does not apply before)",
        source="公务员职务与职级并行规定: 自2019年6月1日起施行",
        kind="national",
    )
    county_rank_min_years: dict[CountyRankName, Count] = param(
        dict(COUNTY_RANK_MIN_YEARS_2015),
        zh="县以下机关晋升职级的最低任职年限(年),按拟晋升职级(2019年6月1日前适用)",
        en="County-level regime (before 2019-06-01): minimum years in the post or 职级 below, "
        "by the 职级 promoted to",
        source=f"{_COUNTY}: 晋升正科级须任副科级或乡科级副职、副主任科员满15年 (and the other "
        f"four 职级). {_COUNTY_COPIES}",
        kind="national",
    )
    county_rank_table_effective: _dt.date = param(
        _dt.date(2015, 1, 1),
        zh="县以下机关职务与职级并行制度的实施之日(此前不适用)",
        en="The day the county-level regime took effect (it does not apply before)",
        source=f"{_COUNTY}: issued January 2015; the copies read give no start date, so the "
        "year's first day is used (a locality that began later sets its own day)",
        kind="national",
        formerly="Before issue 13 leadership posts before 2019-06-01 were not_in_force. Set 2019-06-01 for that.",
    )
    county_basic_competent_extension_months: NonNegativeCount = param(
        12,
        zh="县以下机关:每有1个年度考核基本称职,任职年限条件延长的月数",
        en="County-level regime: months each year graded 基本称职 adds to the required service",
        source=f"{_COUNTY}: 每有1个年度考核为基本称职等次,任职年限条件延长1年. {_COUNTY_COPIES}",
        kind="national",
        le=24,
    )
    require_seed_condition: bool = param(
        True,
        zh="是否以种子所述“任职时间较长、表现一贯优秀”为晋升职级的条件(由党委认定,未认定则提交研究)",
        en="Whether promotion in rank also needs the seed's finding that the cadre has served "
        "long and performed consistently well (a committee's finding; without it the case is "
        "referred to the committee)",
        source="local choice: 003 promotes those 任职时间较长、表现一贯优秀; the national texts "
        "give only the minimum years. False reads the national minimum alone",
        kind="local",
        text="对任职时间较长、表现一贯优秀的副科职领导干部晋升职级",
        formerly="Before issue 13 the national minimum years alone made a cadre eligible. Set false for that.",
    )
    excellent_year_shortening_months: NonNegativeCount = param(
        6,
        zh="任职期间每有1个年度考核优秀等次,任职年限缩短的月数",
        en="Months by which each year graded 优秀 in the rank shortens the required service",
        source=f"{_NATIONAL}: 每有1个年度考核结果为优秀等次的,任职年限缩短半年",
        kind="national",
        le=12,
    )
    rank_service_counted_from: Literal["appointment_month", "appointment_day"] = param(
        "appointment_month",
        zh="任职年限的起算:任职之月起(appointment_month)或任职之日起(appointment_day),按满月计",
        en="Service in a rank is counted in whole months from the month of appointment "
        "(appointment_month) or from the day (appointment_day)",
        source="Implementing practice counts 从晋升职级或正式任命职务之月起按周年计算; the 2019 "
        "regulation itself does not say",
        kind="local",
    )
    count_ungraded_current_year: bool = param(
        True,
        zh="当年年度考核尚未评定时,当年的任职月数是否计入",
        en="Whether months of the current year count before its annual grade is given "
        "(months of an earlier year without a grade never count)",
        source="The regulation counts only years graded 称职以上; the current year is not graded "
        "until its end, so counting it is a local choice",
        kind="local",
    )
    talk_deadline_days: NonNegativeCount | None = param(
        None,
        zh="谈心谈话须在触发事件后多少日内进行(日历日;不设则只列出待谈)",
        en="Calendar days after a triggering event within which the talk is due "
        "(unset: talks are listed as due, never overdue)",
        source="The seed sets no time limit (在……的时候 … 开展面对面沟通交流)",
        kind="local",
        le=366,
    )
    rotation_max_tenure_years: Count | None = param(
        None,
        zh="正副处长在同一处室任职的最长年限(满此年限即应轮岗)",
        en="Years a (deputy) section head may serve in the same section before rotation is due",
        source="The seed gives no number (改变了过去干部在同一处室任职时间过长); a locality must set it",
        kind="local",
        le=30,
    )

    time_limit_working_days: dict[Annotated[str, Field(min_length=1)], Count] = param(
        {},
        zh="限时办结:各类事项的办结时限(工作日),按事项类别;未列出的类别不设时限",
        en="限时办结: the time limit of each kind of matter, in working days, by kind (a kind "
        "not listed has no limit: it is never late)",
        source="Neither seed gives a number (出台限时办结制; 推行……限时办结……等制度): each "
        "locality lists its own kinds and limits. Unset: every matter is reported as having no "
        "limit set",
        kind="local",
        text="出台限时办结制、首问责任制、ab岗管理等多项制度",
    )
    ab_coverage_days: Literal["working_days", "all_days"] = param(
        "working_days",
        zh="重点岗位AB岗:检查哪些日子是否有人在岗(working_days 仅法定工作日;all_days 每一天)",
        en="重点岗位AB岗: which days must be covered: working days on the official calendar "
        "(working_days) or every day (all_days)",
        source="The seed says nothing of which days count (推行……重点岗位AB岗等制度); an office "
        "post is staffed on working days, so by default only working days on the official "
        "calendar are checked",
        kind="local",
        text="推行挂牌上岗、首问负责、限时办结、重点岗位AB岗等制度",
    )
    hospital_visit_days: NonNegativeCount | None = param(
        None,
        zh="看望因公受伤、生病住院的干部:入院后多少日内应看望(日历日;不设则只列出已看望与未看望者,提交研究)",
        en="Calendar days after admission within which an injured or hospitalised cadre is to "
        "be visited (unset: the rule lists who was and was not visited and refers the rest)",
        source="The seed gives no window (坚持看望、慰问县内因公受伤、生病住院的干部)",
        kind="local",
        le=366,
    )
    family_visit_months: Count | None = param(
        None,
        zh="定期走访组工干部家庭:每隔多少个月走访一次(日历月;不设则只列出已走访与未走访的家庭,提交研究)",
        en="Calendar months between visits to each organization cadre's family (unset: the rule "
        "lists which families were and were not visited and refers the rest)",
        source="The seed gives no cadence (定期走访组工干部家庭)",
        kind="local",
        le=120,
    )

    computer_night_weekday: WeekdayName = param(
        "tuesday",
        zh="“电脑之夜”活动固定在星期几(原文为每周二晚上)",
        en="The weekday of the weekly 电脑之夜 (computer evening); the seed says Tuesday",
        source=f"{_S002}: 再就是开展每周二晚上的“电脑之夜”活动,由干部信息管理处的技术人员到各处室当场释疑解惑",
        kind="local",
        text="开展每周二晚上的“电脑之夜”活动",
    )
    computer_night_holiday_rule: HolidayRuleName | None = param(
        None,
        zh="“电脑之夜”逢节假日:顺延至下一个工作日(next_working_day)、该周免除(excused)"
        "或提交研究(refer);不设则提交研究",
        en="When the 电脑之夜 day is not a working day: hold it on the next working day, excuse "
        "the week, or refer it (refer); unset: the week is referred",
        source="The seed does not say what a Tuesday 电脑之夜 that falls on a holiday becomes; the "
        "locality chooses, so by default (unset) such a week is referred, never failed "
        "(the design of organizations.study_holiday_rule)",
        kind="local",
    )
    backbone_minimum: Count = param(
        1,
        zh="每个处室重点培训的计算机应用技术骨干人数下限",
        en="Fewest trained computer backbones (骨干) each section should have",
        source=f"{_S002}: 第四,重点培训1—2名各处室的计算机应用技术骨干",
        kind="local",
        text="重点培训1—2名各处室的计算机应用技术骨干",
        le=100,
    )
    backbone_maximum: Count | None = param(
        2,
        zh="每个处室重点培训的计算机应用技术骨干人数上限(不设则不设上限)",
        en="Most trained computer backbones a section is expected to have (unset: no upper bound)",
        source=f"{_S002}: 第四,重点培训1—2名各处室的计算机应用技术骨干",
        kind="local",
        text="重点培训1—2名各处室的计算机应用技术骨干",
        le=100,
    )
    backbone_above_maximum: Literal["refer", "finding"] = param(
        "refer",
        zh="处室骨干人数超过上限时:提交研究(refer,默认)或列为问题(finding)",
        en="A section with more backbones than the upper bound: referred (refer, the default) "
        "or a finding (finding)",
        source="local reading: 重点培训1—2名 says whom the training focuses on; training a third "
        "cadre in depth breaks no stated duty, so by default it is referred, not faulted",
        kind="local",
        text="重点培训1—2名各处室的计算机应用技术骨干",
    )
    adjustment_results_of: Literal["member_and_team", "member"] = param(
        "member_and_team",
        zh="干部调整前须备齐哪些年度绩效管理成果:成员本人和所在领导班子(member_and_team,默认)或仅成员本人(member)",
        en="Which annual performance results must be on file before an adjustment: the "
        "member's and the leadership team's (member_and_team, the default) or the member's "
        "only (member)",
        source=f"{_S003}: 在每一次干部调整之前,我们都坚持充分运用每年绩效管理的成果,对每一个领导班子"
        "和成员任期内的业绩进行综合评价 (the text names both the team and its members)",
        kind="local",
        text="对每一个领导班子和成员任期内的业绩进行综合评价",
    )
    adjustment_results_months: NonNegativeCount | None = param(
        None,
        zh="上一年度绩效管理成果应在年度结束后几个月内形成(不设则调整时缺上一年度成果的提交研究)",
        en="Months after a year's end by which its performance results are on file (unset: a "
        "missing result of the year just ended is referred at an adjustment)",
        source=f"{_S003} says 每年绩效管理的成果 without saying when a year's results are made. "
        "An annual result is made after the year ends, so an adjustment early in the next year "
        "may come before it: a missing result of the year just ended is referred, not a gap, "
        "unless the locality says how long its results take",
        kind="local",
        text="充分运用每年绩效管理的成果",
        le=24,
        formerly="New in issue 17's last session. Before it, a missing result of the year just "
        "ended was a gap like any other year's. Set it to 0 for that (an adjustment on 1 "
        "January itself is still referred).",
    )
    opinion_solicitation_months: Count | None = param(
        None,
        zh="组织部门定期征求意见:每隔多少个月至少征求一次意见(日历月;不设则列出征求意见情况,提交研究)",
        en="Calendar months in which the organization department asks for opinions at least once "
        "(unset: the solicitations are listed and the matter referred)",
        source=f"{_S003}: 建立组织部门定期征求意见制度 (定期, regularly, gives no number; none is "
        "invented: unset, the matter is referred)",
        kind="local",
        text="建立组织部门定期征求意见制度",
        le=120,
    )

    @field_validator("county_rank_min_years")
    @classmethod
    def _complete_county_table(cls, value: dict[str, int]) -> dict[str, int]:
        missing = [r for r in COUNTY_RANK_MIN_YEARS_2015 if r not in value]
        if missing:
            raise ValueError(f"the table must give every 职级; missing: {', '.join(missing)}")
        return {r: value[r] for r in COUNTY_RANK_MIN_YEARS_2015}

    @field_validator("rank_min_years")
    @classmethod
    def _complete_table(cls, value: dict[str, int]) -> dict[str, int]:
        missing = [r for r in RANK_MIN_YEARS_2019 if r not in value]
        if missing:
            raise ValueError(f"the table must give every rank; missing: {', '.join(missing)}")
        # Keep the table's own order (highest rank first), whatever order it was given in.
        return {r: value[r] for r in RANK_MIN_YEARS_2019}

    @model_validator(mode="after")
    def _backbone_bounds(self) -> CadresPolicy:
        low, high = self.backbone_minimum, self.backbone_maximum
        if high is not None and low > high:
            raise ValueError(f"backbone_minimum {low} is above backbone_maximum {high}")
        return self
