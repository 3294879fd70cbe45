"""Policy parameters of the supervision domain (letters and visits, reception days, 开门评部)."""

from __future__ import annotations

import enum
from typing import Literal

from pydantic import field_validator

from orgwork.policy._base import Count, Section, param

__all__ = ["AccountabilityMeasure", "EvaluationGroup", "SupervisionPolicy"]

_S000 = "000_d6bf9a3c8f5be95e.txt"


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


class SupervisionPolicy(Section):
    """组工干部监督 — supervision parameters."""

    reply_working_days: Count = param(
        15,
        zh="群众来信来访答复时限(工作日)",
        en="Working days allowed to reply to a letter or visit",
        source=f"{_S000}: 群众的意见建议做到事事回复,并限时在15个工作日内完成",
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
        en="Groups that must take part in a public evaluation of the department",
        source=f"{_S000}: 组织义务监督员和人大、政协、纪检、信访等部门人士",
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

    @field_validator("visit_interval_months", "evaluation_interval_months")
    @classmethod
    def _divides_year(cls, months: int) -> int:
        if 12 % months:
            raise ValueError("must divide the year into equal periods (1, 2, 3, 4, 6 or 12)")
        return months

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
        return groups
