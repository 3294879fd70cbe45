"""考核 — the 千分制 and 百分制 point schemes, monthly scoring, rankings and the top-four salary rule.

The seed (``000_d6bf9a3c8f5be95e.txt`` 第一篇 一) quantifies a year's work goals
to 1000 points (千分制), scores every month against that month's tasks,
ranks the villages of a town by the annual result, pays the party
secretaries of the top four villages at the 副科级 level set by the town,
and uses the result for honours, promotion, reserve cadres and the year-end
优秀 grade. ``003_5278913ac78e06dd.txt`` scores daily work, key work, common
goals and individual goals out of 100 (百分制) the same way.

The flow: [`MonthlySheet`][orgwork.assessment.MonthlySheet] records (and
[`PointAdjustment`][orgwork.points.PointAdjustment] deductions or additions, such as
the care domain's) → [`annual_totals`][orgwork.assessment.annual_totals] → [`rank`][orgwork.assessment.rank],
[`salary_eligibility`][orgwork.assessment.salary_eligibility] and the uses ([`honours`][orgwork.assessment.honours],
[`promotion_shortlist`][orgwork.assessment.promotion_shortlist], [`reserve_cadre_recommendation`][orgwork.assessment.reserve_cadre_recommendation],
[`excellent_grade`][orgwork.assessment.excellent_grade]). Every step returns explained decisions.
[`evaluate_columns`][orgwork.assessment.evaluate_columns] does the same for a whole province at once (numpy).
[`ranking_table`][orgwork.assessment.ranking_table] shows a ranking as a table (HTML in Jupyter, a pandas
DataFrame with [`RankingTable.to_dataframe`][orgwork.assessment.RankingTable.to_dataframe]).

Examples:
    >>> sheets = [MonthlySheet(unit=f"{i}村", town="灵乡镇", year=2025, month=m,
    ...                        points={"goals": 84 - i}) for i in range(1, 7) for m in range(1, 13)]
    >>> [(d.subject, d.value.rank, d.outcome) for d in salary_eligibility(annual_totals(sheets))][3:5]
    [('4村:2025', 4, 'eligible'), ('5村:2025', 5, 'not_eligible')]

The day: the rules over a year's results read the policy on 31 December
of each assessment year ([`annual_totals`][orgwork.assessment.annual_totals], [`salary_eligibility`][orgwork.assessment.salary_eligibility],
the uses, [`evaluate_columns`][orgwork.assessment.evaluate_columns]); the year in the data fixes it, so they
take no ``on=``. [`rank`][orgwork.assessment.rank] reads no policy at all.
[`committee_attendance`][orgwork.assessment.committee_attendance] is not tied to a year and takes a required,
keyword-only ``on=``.

Limitations:
    The seeds fix the 1000-point total, monthly scoring and the top four;
    they give neither the 千分制's parts (the preset is one 1000-point item;
    a town lists its own) nor the 百分制's shares (the preset has none: set
    ``assessment.hundred_point_shares``, or give the scheme its own with
    [`PointScheme.with_maxima`][orgwork.assessment.PointScheme.with_maxima]), nor any tie rule, aggregation rule
    (one documented default per scheme kind) or quota for the uses: those
    are policy parameters (``orgwork policy`` lists them, with what each
    default rests on).
"""

from __future__ import annotations

from orgwork.assessment._annual import annual_totals
from orgwork.assessment._batch import SALARY_STATUS, BatchResult, ScoreColumns, evaluate_columns
from orgwork.assessment._model import (
    AnnualTotal,
    CutStatus,
    MonthlySheet,
    Ranking,
    SalaryEligibility,
    UnitKind,
    UseDecidedBy,
    UseResult,
)
from orgwork.assessment._ranking import rank, salary_eligibility
from orgwork.assessment._scheme import (
    CADENCE_MONTHS,
    HUNDRED_POINT,
    HUNDRED_POINT_CATEGORIES,
    THOUSAND_POINT,
    BonusItem,
    Cadence,
    PointScheme,
    SchemeItem,
    SchemeKind,
)
from orgwork.assessment._table import RankingColumn, RankingTable, ranking_table
from orgwork.assessment._uses import (
    committee_attendance,
    excellent_grade,
    honours,
    promotion_shortlist,
    reserve_cadre_recommendation,
)
from orgwork.points import PointAdjustment, Points
from orgwork.policy.assessment import TiePolicy, Use

__all__ = [
    "CADENCE_MONTHS",
    "HUNDRED_POINT",
    "HUNDRED_POINT_CATEGORIES",
    "SALARY_STATUS",
    "THOUSAND_POINT",
    "AnnualTotal",
    "BatchResult",
    "BonusItem",
    "Cadence",
    "CutStatus",
    "MonthlySheet",
    "PointAdjustment",
    "PointScheme",
    "Points",
    "Ranking",
    "RankingColumn",
    "RankingTable",
    "SalaryEligibility",
    "SchemeItem",
    "SchemeKind",
    "ScoreColumns",
    "TiePolicy",
    "UnitKind",
    "Use",
    "UseDecidedBy",
    "UseResult",
    "annual_totals",
    "committee_attendance",
    "evaluate_columns",
    "excellent_grade",
    "honours",
    "promotion_shortlist",
    "rank",
    "ranking_table",
    "reserve_cadre_recommendation",
    "salary_eligibility",
]
