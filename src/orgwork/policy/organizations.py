"""Policy parameters of the organizations domain (四学模式, 规章制度汇报, 双包三提, “135”机制,
支部工作条例's meeting cadences and 党员大会 vote, 周一学习日, 特设支部“四个一”)."""

from __future__ import annotations

from typing import Literal

from pydantic import field_validator

from orgwork._args import periods
from orgwork.policy._base import Count, Section, param

__all__ = [
    "HolidayRuleName",
    "MeetingPeriodName",
    "OrganizationsPolicy",
    "StudyItemName",
    "WeekdayName",
]

_S001 = "001_abf17c1f2718a70a.txt"
_S002 = "002_c27f48baf07b5fdd.txt"
_S003 = "003_5278913ac78e06dd.txt"

#: The items of a study log that [`orgwork.organizations.study_gaps`][orgwork.organizations.study_gaps] checks.
StudyItemName = Literal[
    "collective_study",  # 一周一次集中学 (003)
    "recommended_reading",  # 一月一荐引导学 (003)
    "personal_lesson",  # 一人一课辅导学 (003)
    "annual_evaluation",  # 一年一评推动学 (003)
    "monthly_topic",  # 每月确定一个专题 (002's 中心组; opt-in)
]

#: The periods a meeting cadence counts in: calendar months, quarters, half-years, the year.
MeetingPeriodName = Literal["month", "quarter", "half_year", "year"]
#: The days of the week (for a fixed weekly study day, 000's “周一学习日”).
WeekdayName = Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
#: What a week whose study day is a holiday does: study on the next working day, the week is
#: excused, or the week is referred to the unit (the seed does not say).
HolidayRuleName = Literal["next_working_day", "excused", "refer"]

#: 《中国共产党支部工作条例(试行)》 (2018): no official text reached; each source names the copy.
BRANCH_RULES = "中国共产党支部工作条例(试行)"
_XGLL7 = "http://www.xgll.com.cn/zt/fzxcyrysf/2021-09/16/content_380801.htm"
_XGLL8 = "http://xgll.com.cn/zt/fzxcyrysf/2021-09/17/content_380854.htm"
_ART11 = (
    f"{BRANCH_RULES} 第十一条: 党支部党员大会是党支部的议事决策机构,由全体党员参加,一般每季度"
    f"召开1次。 (no official text reached; copy read, reprinting 共产党员网: {_XGLL7})"
)
_ART11_VOTE = (
    f"{BRANCH_RULES} 第十一条: 表决必须有半数以上有表决权的党员到会方可进行,赞成人数超过应到会"
    f"有表决权的党员的半数为通过。 (no official text reached; copy read, reprinting 共产党员网: "
    f"{_XGLL7})"
)
_ART12 = (
    f"{BRANCH_RULES} 第十二条: 党支部委员会会议一般每月召开1次,根据需要可以随时召开 (no "
    f"official text reached; copy read, reprinting 共产党员网: {_XGLL8})"
)
_ART13 = (
    f"{BRANCH_RULES} 第十三条: 党小组会一般每月召开1次 (no official text reached; copy read, "
    f"reprinting 共产党员网: {_XGLL8})"
)
_LECTURE = (
    f"{BRANCH_RULES}: 党支部应当组织党员按期参加党员大会、党小组会和上党课 — 按期, no period "
    "for 党课 (copy read, without the article's number: https://hlxy.xjmu.edu.cn/info/1096/1408.htm)"
    ". Unset by default: the cadence of 党课 is a local choice"
)
_THEME_DAY = (
    f"{BRANCH_RULES}: 党支部每月相对固定1天开展主题党日,组织党员集中学习、过组织生活、进行民主议事"
    "和志愿服务等 (no official text reached; copy read, without the article's number: "
    "http://101.200.34.145/liebiao.php?mod=viewthread&tid=650315)"
)
_LIFE_MEETING = (
    f"{BRANCH_RULES}: 党支部每年至少召开1次组织生活会,一般安排在第四季度 (no official text "
    "reached; copy read: https://miniwenda.com/life/245598.html, which numbers it 第十七条, a "
    "number not confirmed by a second copy)"
)
_APPRAISAL = (
    f"{BRANCH_RULES}: 党支部一般每年开展1次民主评议党员 (no official text reached; copy read, "
    "without the article's number: https://pofan.com.cn/info/1115/4984.html)"
)
_S000 = "000_d6bf9a3c8f5be95e.txt"

#: Why the "135" counts are local: the seed states them for one campaign year.
_CAMPAIGN_YEAR = (
    f"{_S001}: 在建设年中至少搞一次创新社会管理的工作调研、解一个社会协同的难题,"
    "建一个非公有制党组织,帮扶一个基础薄弱的社区党支部 — said of 2012, the 基层组织建设年 "
    "(a campaign year), not as a quota for every year; applying it yearly is a local reading"
)


class OrganizationsPolicy(Section):
    """党组织建设 — organization parameters."""

    collective_study_per_week: Count = param(
        1,
        zh="集中学习次数(每周)",
        en="Collective study sessions per week",
        source=f"{_S003}: 实行“一周一次”集中学",
    )
    recommended_readings_per_month: Count = param(
        1,
        zh="引导学推荐篇目次数(每月)",
        en="Recommended readings per month",
        source=f"{_S003}: “一月一荐”引导学",
    )
    lessons_per_member_per_year: Count = param(
        1,
        zh="辅导学:每人每年授课次数",
        en="Lessons each member gives per year",
        source="The seed says “一人一课” without a period; one lesson per member per year "
        "is read here, alongside “一年一评”",
        kind="local",
    )
    evaluations_per_year: Count = param(
        1,
        zh="推动学:每年评比次数",
        en="Study evaluations per year",
        source=f"{_S003}: “一年一评”推动学",
    )
    study_topics_per_month: Count = param(
        1,
        zh="中心组学习:每月确定的专题数(检查事项含 monthly_topic 时适用)",
        en="Study topics fixed per month (when monthly_topic is among the study items)",
        source=f"{_S002}: 每月确定一个专题",
    )
    rules_report_interval_months: Count = param(
        6,
        zh="部务会:规章制度及其执行情况汇报周期(月,须整除12)",
        en="Months between reports on the rules and their execution to the department's "
        "meeting (a divisor of 12)",
        source=f"{_S002}: 部务会要求对各项规章制度及其执行情况每半年汇报一次",
        le=12,
    )
    study_items: tuple[StudyItemName, ...] = param(
        ("collective_study", "recommended_reading", "personal_lesson", "annual_evaluation"),
        zh="学习记录须检查的事项(默认为003的“四学模式”;002省委组织部中心组“每月确定一个专题”"
        "可加入 monthly_topic)",
        en="The study items checked: 003's 四学模式 by default; add monthly_topic for 002's "
        "monthly topic of the central study group",
        source=f"{_S003}: 实行“一周一次”集中学、“一月一荐”引导学、“一人一课”辅导学、“一年一评”推动学",
    )
    surveys_per_year: Count = param(
        1,
        zh="“135”机制:每年至少开展创新社会管理工作调研次数",
        en="'135' mechanism: surveys on social management at least per year",
        source=_CAMPAIGN_YEAR,
        kind="local",
    )
    problems_solved_per_year: Count = param(
        1,
        zh="“135”机制:每年解决社会协同难题个数",
        en="'135' mechanism: social coordination problems solved per year",
        source=_CAMPAIGN_YEAR,
        kind="local",
    )
    non_public_orgs_built_per_year: Count = param(
        1,
        zh="“135”机制:每年建立非公有制党组织个数",
        en="'135' mechanism: party organizations built in the non-public sector per year",
        source=_CAMPAIGN_YEAR,
        kind="local",
    )
    weak_branches_helped_per_year: Count = param(
        1,
        zh="“135”机制:每年帮扶基础薄弱社区党支部个数",
        en="'135' mechanism: weak community party branches helped per year",
        source=_CAMPAIGN_YEAR,
        kind="local",
    )

    general_meeting_period: MeetingPeriodName = param(
        "quarter",
        zh="支部党员大会的召开周期(一般每季度召开1次)",
        en="Period of the branch's general meeting of members (as a rule once a quarter)",
        source=_ART11,
        kind="national",
    )
    committee_meeting_period: MeetingPeriodName = param(
        "month",
        zh="党支部委员会会议的召开周期(一般每月召开1次)",
        en="Period of the branch committee's meeting (as a rule once a month)",
        source=_ART12,
        kind="national",
    )
    group_meeting_period: MeetingPeriodName = param(
        "month",
        zh="党小组会的召开周期(一般每月召开1次)",
        en="Period of the party group's meeting (as a rule once a month)",
        source=_ART13,
        kind="national",
    )
    party_lecture_period: MeetingPeriodName | None = param(
        None,
        zh="党课的周期(条例只说“按期”,由地方确定;不设则不检查,并说明未设定)",
        en="Period of the party lecture (the 条例 says only 按期, on schedule: a local choice; "
        "unset: not checked, and the decision says the cadence is unset)",
        source=_LECTURE,
        kind="local",
        text="按期参加党员大会、党小组会和上党课",
    )
    theme_day_period: MeetingPeriodName = param(
        "month",
        zh="主题党日的周期(每月相对固定1天)",
        en="Period of the theme party day (one relatively fixed day a month)",
        source=_THEME_DAY,
        kind="national",
    )
    life_meeting_period: MeetingPeriodName = param(
        "year",
        zh="组织生活会的周期(每年至少召开1次)",
        en="Period of the organizational life meeting (at least once a year)",
        source=_LIFE_MEETING,
        kind="national",
    )
    member_appraisal_period: MeetingPeriodName = param(
        "year",
        zh="民主评议党员的周期(一般每年开展1次)",
        en="Period of the democratic appraisal of members (as a rule once a year)",
        source=_APPRAISAL,
        kind="national",
    )
    quorum_half_counts: bool | None = param(
        False,
        zh="“半数以上有表决权的党员到会”:恰好半数到会是否可以进行表决(false 为须超过半数,同发展党员"
        "工作细则第二十条;true 为“以上”含本数;不设则提交上级党组织认定)",
        en="Whether exactly half of the members entitled to vote present is a quorum (半数以上: "
        "false: more than half is needed, as 发展党员工作细则 第二十条 says; true: 以上 includes "
        "half; unset: referred to the higher party organization)",
        source="The 条例 says 半数以上 without saying whether 以上 includes the number itself, "
        "and the copy read has no article defining it. For the same meeting admitting a member, "
        "the 2014 发展党员工作细则 第二十条 says 召开讨论接收预备党员的支部大会,有表决权的到会人数"
        "必须超过应到会有表决权人数的半数 (copy read: 88.wendadaohang.com/zd/MVKtSVStK1accKSBcSa."
        "html, a reprint), and practice guides read the 条例's quorum the same way (双过半: "
        "wanbiaoku.com/new/6dbbbcca5fb445fca06f40736487b1a9); so exactly half is no quorum by "
        f"default. {_ART11_VOTE}",
        kind="local",
        text="表决必须有半数以上有表决权的党员到会方可进行",
        formerly="Before issue 17's last session this was unset, and a vote with exactly half "
        "present was referred to the higher party organization. Set it to None for that.",
    )
    study_weekday: WeekdayName | None = param(
        None,
        zh="集中学习固定在星期几(000“周一学习日”为 monday;不设则一周内任何一天均可)",
        en="The weekday collective study is held on (000's 周一学习日: monday; unset: any day of "
        "the week counts)",
        source=f"{_S000} (第三篇) says 充分运用“周一学习日” of one county's department; 003's "
        "“一周一次”集中学 names no day. Unset by default, so a session on any day of the week "
        "counts, as before; a locality that keeps a Monday study day sets monday",
        kind="local",
        text="充分运用“周一学习日”",
    )
    study_holiday_rule: HolidayRuleName = param(
        "refer",
        zh="学习日逢法定节假日:顺延至下一个工作日(next_working_day)、该周免除(excused)"
        "或提交单位研究(refer,默认)",
        en="When the study day is a holiday: study on the next working day, the week is "
        "excused, or the week is referred to the unit (refer, the default)",
        source="The seed does not say what a Monday study day that falls on a holiday becomes; "
        "the locality chooses, so by default such a week is referred, never failed",
        kind="local",
    )
    good_deeds_minimum: Count | None = param(
        None,
        zh="特设支部“办一批惠民好事实事”的件数下限(原文“一批”未定数量;不设则只报告件数,由党组织认定)",
        en="Fewest good deeds that make a batch (the seed's 一批 gives no number; unset: the "
        "count is reported and left to the party organization)",
        source="001_abf17c1f2718a70a.txt: 办一批惠民好事实事 — no number; none is invented. "
        "Unset, a branch showing all four items is referred with its count of deeds",
        kind="local",
        text="办一批惠民好事实事",
        formerly="Before issue 17's last session a branch showing all four items was complete "
        "while this was unset, though the count was left to the party organization. Set it "
        "to 1 for that.",
    )
    part_time_members_minimum: Count = param(
        1,
        zh="街道社区党组织吸纳派驻部门党员作兼职委员的最少人数(“1+*”模式;原文“吸纳……作兼职委员”,至少一名)",
        en="Fewest stationed departments' members serving as part-time committee members of each "
        "street or community party organization (the 1+* pattern; default 1)",
        source=f"{_S001}: 吸纳公安、检察院、法院、司法、教育、卫生、城管及煤气、水、电、供暖、通讯、邮政、"
        "消防、环保、国税、地税、工商、质监、食药监等部门派驻党员进入街道社区党组织领导班子作兼职委员 "
        "(reading: 吸纳…进入…作兼职委员 says stationed members are taken in, so at least one; "
        "the list ends in 等 and no community hosts every department, so none is required)",
        kind="local",
        text="吸纳公安、检察院、法院、司法、教育、卫生、城管及煤气、水、电、供暖、通讯、邮政、消防、环保、"
        "国税、地税、工商、质监、食药监等部门派驻党员进入街道社区党组织领导班子作兼职委员",
        le=100,
    )

    @field_validator("rules_report_interval_months")
    @classmethod
    def _divides_year(cls, value: int) -> int:
        periods(2001, value)  # the shared check: a ValueError unless the months divide 12
        return value

    @field_validator("study_items")
    @classmethod
    def _no_repeats(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if len(set(value)) != len(value):
            raise ValueError("study items must not repeat")
        return value
