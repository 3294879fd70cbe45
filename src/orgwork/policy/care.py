"""Policy parameters of the care domain (老党员"五有"关怀帮扶).

The seed (``000_d6bf9a3c8f5be95e.txt``, 第一篇 二) fixes one number: a member
in great hardship is visited at home at least once a month. Every other
window below is a **local choice** (``kind="local"``): the seed says a visit
happens "during" 七一 and the Spring Festival, or "when" a member is in
hospital, without saying how many days count. By default the hospital visit
is due during the stay and help within the year; a number of days is a limit
only when the locality sets one. The festival periods have documented
defaults, which become a limit when ``festival_period_set`` is on. A missed
duty names the head who answers (追究党组织负责人责任) only under a limit the
seed or the locality has set.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import AfterValidator, BeforeValidator, Field, Strict

from orgwork._args import two_places
from orgwork.policy._base import Count, Section, exact_decimal, param

__all__ = ["CarePolicy"]

_S000 = "000_d6bf9a3c8f5be95e.txt"


def _not_bool(value: object) -> object:
    if isinstance(value, bool):
        raise ValueError("a whole number is required, not a boolean")
    return value


#: Months in a routine-visit block: a divisor of 12, so blocks align with the year.
_BlockMonths = Annotated[Literal[1, 2, 3, 4, 6, 12], BeforeValidator(_not_bool)]
#: Days of a festival window on one side of the festival day (0 to 60).
_WindowDays = Annotated[int, Strict(), Field(ge=0, le=60)]
#: A positive number of points with at most two decimal places.
_PositivePoints = Annotated[
    Decimal, BeforeValidator(exact_decimal), Field(gt=0), AfterValidator(two_places)
]


class CarePolicy(Section):
    """老党员关怀帮扶 — care parameters.

    Examples:
        >>> c = CarePolicy()
        >>> c.hardship_visits_per_month, c.deduction_per_missed_duty is None
        (1, True)
    """

    hardship_visits_per_month: Count = param(
        1,
        zh="生活困难老党员每月至少看望次数",
        en="Minimum home visits per month to a member in great hardship",
        source=f"{_S000}: 每月至少深入老党员家中看望一次",
    )
    hospital_visit_days: Count | None = param(
        None,
        zh="老党员因重大疾病住院后应在几日内看望(本地设定的期限,入院当日不计入;不设则住院期间看望)",
        en="A limit the locality sets: calendar days after a major-illness admission within "
        "which the visit is due (the admission day not counted); unset: a visit during the "
        "stay meets the duty",
        source="local choice: the seed says a visit happens when an elderly member is in "
        "hospital with a major illness (老党员遭遇重大疾病住院时…有人前去看望) and fixes no "
        "number of days, so the default reading is a visit during the stay (admission to "
        "discharge; with no discharge recorded, to the end of the admission's year). A "
        "locality that sets a number of days makes it a limit, and a finding under it names "
        "the head who answers (追究党组织负责人责任); 7 was the default before issue 13",
        kind="local",
        text="老党员遭遇重大疾病住院时,所在基层党组织有人前去看望",
        le=60,
        formerly="Before issue 13 the visit was due within 7 days of admission, and a later visit was a missed duty naming the secretary. Set 7 for that.",
    )
    illness_aid_days: Count | None = param(
        None,
        zh="病情严重或资金非常困难时应在入院后几日内给予帮助(本地设定的期限;不设则入院当年内)",
        en="A limit the locality sets: calendar days after admission within which help is due "
        "when the illness is serious or money is very short; unset: help given by the end of "
        "the admission's year meets the duty",
        source="local choice: the seed says the organization helps (会积极想办法给予一定帮助) "
        "without a time limit, and help with a hospital bill often comes after discharge, so "
        "the default reading is help within the year of admission (the year the 千分制 "
        "reckons). A locality that sets a number of days makes it a limit, and a finding "
        "under it names the head who answers; 30 was the default before issue 13",
        kind="local",
        text="遇到病情严重或资金非常困难,所在基层党组织会积极想办法给予一定帮助",
        le=120,
        formerly="Before issue 13 help was due within 30 days of admission. Set 30 for that.",
    )
    qiyi_days_before: _WindowDays = param(
        15,
        zh="“七一”慰问期:七月一日前几日起",
        en="Days before 1 July on which the 七一 visiting window opens",
        source="local choice: the seed says visits happen during 七一 (在每年“七一”…期间) "
        "without fixing the window; the fortnight before 1 July is a default to review",
        kind="local",
    )
    qiyi_days_after: _WindowDays = param(
        7,
        zh="“七一”慰问期:七月一日后几日止",
        en="Days after 1 July on which the 七一 visiting window closes",
        source="local choice: the seed fixes no end to the 七一 window; one week after "
        "1 July is a default to review",
        kind="local",
    )
    spring_festival_days_before: _WindowDays = param(
        15,
        zh="春节慰问期:春节(正月初一)前几日起",
        en="Days before the Spring Festival (正月初一) on which its visiting window opens",
        source="local choice: the seed says visits happen during the Spring Festival "
        "(在每年…春节期间) without fixing the window; mid-腊月 (15 days before) is a "
        "default to review",
        kind="local",
    )
    spring_festival_days_after: _WindowDays = param(
        14,
        zh="春节慰问期:春节后几日止(默认至元宵节)",
        en="Days after the Spring Festival on which its visiting window closes "
        "(default: the Lantern Festival, 正月十五)",
        source="local choice: the seed fixes no end to the Spring Festival window; the "
        "Lantern Festival (正月十五, 14 days after 正月初一) is a default to review",
        kind="local",
    )
    festival_period_set: bool = param(
        False,
        zh="节日慰问期为本地设定的期限(是则未在“七一”和春节慰问期内慰问的,追究党组织负责人责任)",
        en="Whether the locality has set the 七一 and Spring Festival periods (the days above) "
        "as its limit: if so, a festival duty missed in its period names the head who "
        "answers; if not, the periods are the default reading and a finding is referred to "
        "the town committee",
        source="local choice: the seed says visits happen during 七一 and the Spring Festival "
        "(在每年“七一”和春节期间) and fixes no period; the default windows above are a reading "
        "to review, not a limit the locality has set, so by default a finding under them "
        "names no one",
        kind="local",
        text="在每年“七一”和春节期间",
        strict=True,
        formerly="Before issue 13 a missed festival duty named the secretary who answers under the default windows. Set true for that.",
    )
    festival_meeting_required: bool = param(
        True,
        zh="七一和春节期间须召开党员和村民代表会议为老党员过节拜年",
        en="Whether each organization must hold a meeting of members and villagers' "
        "representatives during the 七一 and Spring Festival windows",
        source=f"{_S000}: 并召开党员和村民代表会议",
        strict=True,
    )
    one_visit_meets_several_duties: bool = param(
        True,
        zh="一次走访可同时履行其期限内的多项关怀职责(如七一入户慰问同时作为当月困难党员看望)",
        en="Whether one visit-log entry meets every duty whose window it falls in (a home "
        "visit at 七一 is also that month's visit in hardship); if not, each entry meets one "
        "duty",
        source="local choice: the seed lists the five cares side by side and does not say "
        "whether one visit may count for several of them; a visit that falls in several "
        "windows counting for each is the default to review",
        kind="local",
        strict=True,
    )
    routine_visit_months: _BlockMonths | None = param(
        None,
        zh="日常走访周期(月;按自然年对齐);不设则不检查日常走访",
        en="Months in each routine-visit block (blocks aligned to the calendar year); "
        "unset: routine visits are not checked",
        source="local choice: the seed says visits are regular or occasional "
        "(定期或不定期走访老党员) and fixes no frequency, so none is assumed",
        kind="local",
    )
    memorial_vacancy: Literal["next_senior", "next_junior", "none"] = param(
        "next_senior",
        zh="追悼会应由之主持人空缺时:由上一级角色主持、由下一级角色主持,或只报告空缺",
        en="When the role that should host a memorial service is vacant: the next senior "
        "role hosts, the next junior role hosts, or the vacancy is only reported",
        source="local choice: the seed names one host per tier and says nothing of vacancies; "
        "the next senior role keeps the honour the tier intends",
        kind="local",
    )
    relief_claim_days: Count = param(
        365,
        zh="重大疾病或灾害发生后几日内可申请帮扶资金",
        en="Days after a major illness or a disaster during which it grounds a relief payment",
        source="local choice: the seed funds members who meet major illness or disaster "
        "(遭遇重大疾病和灾害) without a time limit; one year is a default to review",
        kind="local",
        le=3660,
    )
    deduction_per_missed_duty: _PositivePoints | None = param(
        None,
        zh="每项未履行的关怀职责在千分制考核中扣减的分数",
        en="Points deducted in the thousand-point assessment for each missed care duty",
        source="no default: the seed puts visits and aid into the 千分制 "
        "(纳入干部千分制考核内容) but gives no points; set it before asking for deductions",
        kind="local",
    )
    deduction_unit: Literal["organization", "head"] = param(
        "organization",
        zh="未履行关怀职责的千分制扣分计入:所在基层党组织(organization)或其负责人(head)",
        en="Whose thousand-point score a missed care duty lowers: the member's basic-level "
        "organization (organization) or its head (head)",
        source="local choice: the seed puts visits and aid into the 千分制 "
        "(纳入干部千分制考核内容) and holds the organization's head answerable "
        "(追究党组织负责人责任) without saying whose score a missed duty lowers; the "
        "organization, assessed monthly in the village 千分制, is the default to review",
        kind="local",
    )
