"""Policy parameters of the supervision domain (letters and visits, reception days, 开门评部)."""

from __future__ import annotations

import datetime as _dt
import enum
import itertools
import re
from typing import Literal

from pydantic import field_validator

from orgwork.policy._base import Count, Section, param

__all__ = [
    "SEED_EVALUATION_GROUPS",
    "AccountabilityMeasure",
    "EvaluationGroup",
    "SupervisionPolicy",
    "check_hours",
]

_S000 = "000_d6bf9a3c8f5be95e.txt"
_CLOCK = r"([01][0-9]|2[0-3]):[0-5][0-9]"
_SPAN = re.compile(f"{_CLOCK}-{_CLOCK}")
_PETITION = (
    "信访工作条例 (中共中央、国务院, 2022), 第三十四条: 应当自受理之日起60日内办结;"
    "情况复杂的,经本机关、单位负责人批准,可以适当延长办理期限,但延长期限不得超过30日 "
    "(copy read: a secondary copy only, the article as quoted in two public application "
    "sources in the code index (find_string ids 67159831954, 67648109814); the primary "
    "text and its article number were not reached; verify against the published text)"
)


def check_hours(spans: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """``spans`` if they are working hours ``HH:MM-HH:MM``, in order, none overlapping.

    None (not set) passes; an empty tuple, a malformed span, a span that ends
    before it starts, or spans out of order or overlapping are a ValueError.

    >>> check_hours(("08:30-12:00", "14:30-17:30"))
    ('08:30-12:00', '14:30-17:30')
    >>> check_hours(("14:30-17:30", "08:30-12:00"))
    Traceback (most recent call last):
    ...
    ValueError: spans must be in order and not overlap
    """
    if spans is None:
        return None
    if not spans:
        raise ValueError("give at least one span, or leave it unset (None)")
    for span in spans:
        if not _SPAN.fullmatch(span) or span[:5] >= span[6:]:
            raise ValueError(f"not a span HH:MM-HH:MM with start before end: {span!r}")
    if any(a[6:] > b[:5] for a, b in itertools.pairwise(spans)):
        raise ValueError("spans must be in order and not overlap")
    return spans


class AccountabilityMeasure(enum.StrEnum):
    """责任追究措施 — the three accountability measures, lightest first."""

    CRITICISM = "criticism_education"
    """批评教育 — criticism and education."""
    SUSPENSION = "suspension_from_inspection"
    """暂时取消参与考察干部等重要工作的资格 — temporary removal from cadre inspection and other important work."""
    TRANSFER = "transfer_out"
    """调离组织部门 — transfer out of the organization department."""

    @property
    def zh(self) -> str:
        """The seed's Chinese name of the measure."""
        return _MEASURE_ZH[self]

    @property
    def en(self) -> str:
        """The English name of the measure."""
        return _MEASURE_EN[self]


_MEASURE_ZH = {
    AccountabilityMeasure.CRITICISM: "批评教育",
    AccountabilityMeasure.SUSPENSION: "暂时取消参与考察干部等重要工作的资格",
    AccountabilityMeasure.TRANSFER: "调离组织部门",
}
_MEASURE_EN = {
    AccountabilityMeasure.CRITICISM: "criticism and education",
    AccountabilityMeasure.SUSPENSION: "temporary removal from cadre inspection and other important work",
    AccountabilityMeasure.TRANSFER: "transfer out of the organization department",
}


class EvaluationGroup(enum.StrEnum):
    """开门评部参评人员类别 — the groups invited to a public evaluation of the department."""

    SUPERVISORS = "supervisors"
    """义务监督员 — volunteer supervisors."""
    PEOPLES_CONGRESS = "peoples_congress"
    """人大 — the people's congress."""
    CPPCC = "cppcc"
    """政协 — the political consultative conference."""
    DISCIPLINE_INSPECTION = "discipline_inspection"
    """纪检 — discipline inspection."""
    PETITION_OFFICE = "petition_office"
    """信访 — the letters-and-visits (petition) office."""
    OTHER = "other"
    """其他部门人士 — people from other departments (the seed's 等)."""

    @property
    def zh(self) -> str:
        """The seed's Chinese name of the group."""
        return _GROUP_ZH[self]


_GROUP_ZH = {
    EvaluationGroup.SUPERVISORS: "义务监督员",
    EvaluationGroup.PEOPLES_CONGRESS: "人大",
    EvaluationGroup.CPPCC: "政协",
    EvaluationGroup.DISCIPLINE_INSPECTION: "纪检",
    EvaluationGroup.PETITION_OFFICE: "信访",
    EvaluationGroup.OTHER: "其他部门人士",
}

#: The groups the seed names before its 等: every locality must invite them.
SEED_EVALUATION_GROUPS = (
    EvaluationGroup.SUPERVISORS,
    EvaluationGroup.PEOPLES_CONGRESS,
    EvaluationGroup.CPPCC,
    EvaluationGroup.DISCIPLINE_INSPECTION,
    EvaluationGroup.PETITION_OFFICE,
)


class SupervisionPolicy(Section):
    """组工干部监督 — supervision parameters."""

    reply_working_days: Count = param(
        15,
        zh="群众来信来访答复时限(工作日)",
        en="Working days allowed to reply to a letter or visit",
        source=f"{_S000}: 群众的意见建议做到事事回复,并限时在15个工作日内完成",
    )
    extension_max_days: Count = param(
        30,
        zh="经批准延期的最长天数(自原答复期限起算,日历日)",
        en="Longest approved extension of a letter or visit, in calendar days after its "
        "original reply limit",
        source=_PETITION,
        kind="national",
        le=366,
    )
    extension_limit_effective: _dt.date = param(
        _dt.date(2022, 5, 1),
        zh="信访工作条例延期上限施行之日(此前不检查延期天数)",
        en="The day the 信访工作条例 extension limit came into force (extensions before it "
        "are not held to it)",
        source="信访工作条例 (2022): 施行之日 2022年5月1日 (not read in a copy here; verify "
        "against the published text)",
        kind="national",
    )
    extension_held_to_regulation: bool = param(
        True,
        zh="延长群众来信来访答复期限时,是否以信访工作条例的延期上限为限",
        en="Whether an approved extension of the seed's reply limit is held to the 信访工作条例's "
        "longest extension (false: any approved date counts)",
        source="local reading: the 条例 caps the extension of its own 60-day limit at 30 days; "
        "the seed's 15 working days has no extension rule of its own, and the same cap is the "
        "nearest national measure of a lawful extension",
        kind="local",
        text="并限时在15个工作日内完成",
        strict=True,
        formerly="Before issue 13 a case had no extension, transfer or non-acceptance, and counted late past 15 working days. Leave those fields empty for that; set false to let any approved extension count in full.",
    )
    reception_day_of_month: int = param(
        15,
        zh="部长接待日(每月几日)",
        en="Day of the month of the head's reception day",
        source=f"{_S000}: 将每个月的15日定为“部长接待日”",
        ge=1,
        le=28,
        strict=True,
    )
    reception_on_weekends: bool = param(
        True,
        zh="接待日遇周六、周日照常举行",
        en="Whether the reception day is held when it falls on a Saturday or Sunday",
        source=f"{_S000}: “部长接待日”遇周六、周日不休息",
        strict=True,
    )
    reception_on_holidays: bool = param(
        True,
        zh="接待日遇法定节假日(国务院通知的放假期间)照常举行",
        en="Whether the reception day is held when it falls inside an official holiday period",
        source=(
            "local choice: the seed holds the day even on weekends and is silent on holidays; "
            "holding it keeps the date the public knows (set false to move it)"
        ),
        kind="local",
        strict=True,
    )
    reception_moved_to: Literal["next_working_day", "previous_working_day"] = param(
        "next_working_day",
        zh="接待日不在当日举行时改在哪一天",
        en="Where a reception day that is not held on its date goes",
        source="local choice: the first working day after the date (the seed never moves it)",
        kind="local",
    )
    visit_interval_months: Count = param(
        6,
        zh="部领导走访乡镇和县直单位的周期(月)",
        en="Months between the leaders' visits to every township and county unit",
        source=f"{_S000}: 对全县所有的乡镇和县直副科级以上单位每半年走访一次",
        le=12,
    )
    evaluation_interval_months: Count = param(
        6,
        zh="开门评部周期(月)",
        en="Months between public evaluations of the department (开门评部)",
        source=f"{_S000}: 每半年,组织义务监督员和人大、政协、纪检、信访等部门人士",
        le=12,
    )
    evaluation_groups: tuple[EvaluationGroup, ...] = param(
        (
            EvaluationGroup.SUPERVISORS,
            EvaluationGroup.PEOPLES_CONGRESS,
            EvaluationGroup.CPPCC,
            EvaluationGroup.DISCIPLINE_INSPECTION,
            EvaluationGroup.PETITION_OFFICE,
        ),
        zh="开门评部须邀请的人员类别",
        en="Groups that must take part in a public evaluation of the department (the seed's "
        "five named groups are always required: their order may change, none may be left out)",
        source=f"{_S000}: 组织义务监督员和人大、政协、纪检、信访等部门人士",
        formerly="Before issue 13 a locality could drop one of the seed's five groups. That is now refused (the list ends in 等: a minimum).",
    )
    evaluation_local_groups: tuple[str, ...] = param(
        (),
        zh="本地在原文所列人员之外增加的参评人员类别(原文以“等”结尾)",
        en="Further groups a locality requires at a public evaluation, by name, beyond the "
        "seed's five (the seed's list ends in 等, so it is a minimum)",
        source="local choice: the seed's list ends in 等; by default nobody beyond the five "
        "named groups is required",
        kind="local",
        text="组织义务监督员和人大、政协、纪检、信访等部门人士",
    )
    close_requires_published_result: bool = param(
        True,
        zh="销号前须已公布整改结果,且满意度在最近一次公布之后",
        en="Whether an item may be closed only after its rectification result was published "
        "(and the satisfaction found on or after the latest publication)",
        source=f"{_S000}: 定期公布整改结果,并在下次的评议会上再次征求意见,党员群众满意后方可销号",
        strict=True,
    )
    close_requires_next_round: bool = param(
        True,
        zh="销号前须在下次评议会上再次征求意见,并以该次评议会的满意度为准",
        en="Whether an item may be closed only when raised again at a later evaluation round "
        "(after its latest published result) and found satisfactory at that round; a locality "
        "may set it false to accept satisfaction found otherwise (a follow-up visit, a survey)",
        source=f"{_S000}: 定期公布整改结果,并在下次的评议会上再次征求意见,党员群众满意后方可销号",
        strict=True,
    )
    major_trusted_measure: AccountabilityMeasure = param(
        AccountabilityMeasure.CRITICISM,
        zh="问题相对较大但群众仍信任时的追责措施",
        en="Measure for a relatively large problem where the public still trusts the cadre",
        source=(
            "local choice: the seed's second tier needs both 问题相对较大 and 群众不够信任; "
            "when trust holds, the lighter first tier applies"
        ),
        kind="local",
    )
    supervisor_term_months: Count = param(
        12,
        zh="义务监督员聘期(月)",
        en="Months of a volunteer supervisor's term",
        source=(
            "local reading of 每年,县委组织部专门下发通知 ... 推荐: supervisors are "
            "recommended every year, so a term is twelve months from the letter of appointment"
        ),
        kind="local",
        le=60,
    )
    meeting_working_days: Count | None = param(
        None,
        zh="监督员约见部长后安排接待的时限(工作日)",
        en="Working days within which the head meets a supervisor who asked for a meeting",
        source=(
            "no default: the seed says only 部长及时安排时间予以接待 (promptly); "
            "set a number for your locality"
        ),
        kind="local",
    )
    supervisor_contact_months: Count | None = param(
        None,
        zh="义务监督员与组织部门保持联系的周期(月,每周期至少一次)",
        en="Months in which a volunteer supervisor keeps in contact with the department at "
        "least once (None: not set; the duty is listed and referred)",
        source=(
            "no default: the seed says only 定期保持联系 (regularly) and gives no number; "
            "set a number for your locality"
        ),
        kind="local",
        text="定期保持联系",
        le=60,
    )
    supervisor_meeting_months: Count | None = param(
        None,
        zh="义务监督员参加例会的周期(月,每周期至少一次)",
        en="Months in which a volunteer supervisor attends at least one regular meeting (例会) "
        "(None: not set; attendance is listed and referred)",
        source=(
            "no default: the seed says only 定期参加例会 (regularly) and gives no number; "
            "set a number for your locality"
        ),
        kind="local",
        text="定期参加例会",
        le=60,
    )
    supervisor_report_months: Count | None = param(
        None,
        zh="义务监督员报告情况的周期(月,每周期至少一次)",
        en="Months in which a volunteer supervisor reports at least once (None: not set; "
        "reports are listed and referred)",
        source=(
            "no default: the seed says only 定期报告情况 (regularly) and gives no number; "
            "set a number for your locality"
        ),
        kind="local",
        text="定期报告情况",
        le=60,
    )

    hotline_hours: tuple[str, ...] | None = param(
        None,
        zh="举报专线的工作时间(工作日内的时段,如08:30-12:00)",
        en="Working hours of the reporting line on a working day, as HH:MM-HH:MM spans "
        "(None: not set; calls on working days are listed, not judged, and referred)",
        source=(
            f"no default: {_S000} says only 在工作时间内,明确专人接听 and gives no hours; "
            "set your office hours"
        ),
        kind="local",
        text="部机关专门设立了一部电话作为举报专线,在工作时间内,明确专人接听",
    )

    @field_validator("visit_interval_months", "evaluation_interval_months")
    @classmethod
    def _divides_year(cls, months: int) -> int:
        if 12 % months:
            raise ValueError("must divide the year into equal periods (1, 2, 3, 4, 6 or 12)")
        return months

    @field_validator("hotline_hours")
    @classmethod
    def _clock_spans(cls, spans: tuple[str, ...] | None) -> tuple[str, ...] | None:
        return check_hours(spans)

    @field_validator("major_trusted_measure")
    @classmethod
    def _not_heavier_than_second_tier(cls, measure: AccountabilityMeasure) -> AccountabilityMeasure:
        if measure is AccountabilityMeasure.TRANSFER:
            raise ValueError("must be criticism_education or suspension_from_inspection")
        return measure

    @field_validator("evaluation_groups")
    @classmethod
    def _distinct_groups(cls, groups: tuple[EvaluationGroup, ...]) -> tuple[EvaluationGroup, ...]:
        if len(set(groups)) != len(groups):
            raise ValueError("a group is listed twice")
        left_out = [g.value for g in SEED_EVALUATION_GROUPS if g not in groups]
        if left_out:
            raise ValueError(
                "the seed's groups are required (its list ends in 等, a minimum); missing: "
                + ", ".join(left_out)
            )
        return groups

    @field_validator("evaluation_local_groups")
    @classmethod
    def _local_group_names(cls, names: tuple[str, ...]) -> tuple[str, ...]:
        cleaned = tuple(n.strip() for n in names)
        if any(not n for n in cleaned):
            raise ValueError("a group name is empty")
        if len(set(cleaned)) != len(cleaned):
            raise ValueError("a group is listed twice")
        named = set(_GROUP_ZH.values()) | {g.value for g in EvaluationGroup}
        clash = [n for n in cleaned if n in named]
        if clash:
            raise ValueError("already one of the seed's groups: " + ", ".join(clash))
        return cleaned
