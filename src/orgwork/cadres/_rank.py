"""职务职级并行 — eligibility for promotion in rank (晋升职级) by years of service and grades.

003 promotes in rank "任职时间较长、表现一贯优秀的副科职领导干部" but gives no
numbers. They come from the national 《公务员职务与职级并行规定》 (中共中央办公厅,
2019, in force from 2019-06-01): promotion is one rank at a time (逐级晋升),
with a minimum number of years in the rank (or leadership post) below, and

    晋升职级所要求的任职年限的年度考核结果均应为称职以上等次, 其中每有1个
    年度考核结果为优秀等次的, 任职年限缩短半年; 每有1个年度考核结果为基本称职
    等次或者不定等次的, 该年度不计算为晋升职级的任职年限.

The years are the policy table ``cadres.rank_min_years`` (kind national),
in force from ``cadres.rank_table_effective``. This module meets the
*minimum* only: the regulation says promotion weighs need, conduct, duties
and record, and that reaching the minimum years is no right to promotion
(不是达到最低任职年限就必须晋升).

How service is counted (stated, since the regulation leaves it to practice):

* in whole months from the month of appointment (``rank_service_counted_from``
  = ``"appointment_month"``: appointed 2021-06-20, two years are complete on
  2023-06-01) or from the day of appointment (``"appointment_day"``);
* the months of a year graded 基本称职, 不称职 or 不定等次 do not count; nor do
  the months of an earlier year with no grade recorded; the months of the
  current year count before it is graded when ``count_ungraded_current_year``;
* each year graded 优秀 in which the cadre held the rank (any part of it)
  shortens the requirement by ``excellent_year_shortening_months`` (6).

Limitations:
    A 不称职 grade also lowers a civil servant's post or rank under the 公务员法;
    this rule only counts years and flags such a year. Exceptional promotion
    (破格), post quotas (职数) and the leadership-post requirements of the
    党政领导干部选拔任用工作条例 are not modelled.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
import enum

from pydantic import BaseModel, ConfigDict, Field, field_validator

from orgwork._args import as_date, as_field, check_unique
from orgwork.decision import Decision, RuleContext, Say, Text
from orgwork.errors import RecordError
from orgwork.ids import Id
from orgwork.policy import Policy
from orgwork.rules import rule

__all__ = [
    "COUNTY_BASES",
    "RANK_BASES",
    "CountyRank",
    "Grade",
    "Position",
    "PromotionEligibility",
    "ServiceHistory",
    "YearGrade",
    "promotion_target",
    "rank_promotion_eligibility",
]

NATIONAL = "公务员职务与职级并行规定"


class Position(enum.StrEnum):
    """职级或领导职务 — a 综合管理类 rank (职级), or a leadership post counted for it.

    The twelve ranks, lowest first, then the five leadership posts that the
    regulation counts toward a rank (乡科级副职 … 厅局级副职).

    >>> Position.PRINCIPAL_STAFF_3.zh, Position.TOWNSHIP_DEPUTY.is_rank
    ('三级主任科员', False)
    """

    CLERK_2 = "clerk_2"
    CLERK_1 = "clerk_1"
    PRINCIPAL_STAFF_4 = "principal_staff_4"
    PRINCIPAL_STAFF_3 = "principal_staff_3"
    PRINCIPAL_STAFF_2 = "principal_staff_2"
    PRINCIPAL_STAFF_1 = "principal_staff_1"
    RESEARCHER_4 = "researcher_4"
    RESEARCHER_3 = "researcher_3"
    RESEARCHER_2 = "researcher_2"
    RESEARCHER_1 = "researcher_1"
    INSPECTOR_2 = "inspector_2"
    INSPECTOR_1 = "inspector_1"
    TOWNSHIP_DEPUTY = "township_deputy"
    TOWNSHIP_HEAD = "township_head"
    COUNTY_DEPUTY = "county_deputy"
    COUNTY_HEAD = "county_head"
    BUREAU_DEPUTY = "bureau_deputy"

    @property
    def zh(self) -> str:
        """The Chinese name."""
        return _POSITION_ZH[self]

    @property
    def en(self) -> str:
        """The English name."""
        return _POSITION_EN[self]

    @property
    def is_rank(self) -> bool:
        """Whether this is a 职级 (not a leadership post)."""
        return self not in _POSTS


_POSTS = frozenset(
    {
        Position.TOWNSHIP_DEPUTY,
        Position.TOWNSHIP_HEAD,
        Position.COUNTY_DEPUTY,
        Position.COUNTY_HEAD,
        Position.BUREAU_DEPUTY,
    }
)
_POSITION_ZH = {
    Position.CLERK_2: "二级科员",
    Position.CLERK_1: "一级科员",
    Position.PRINCIPAL_STAFF_4: "四级主任科员",
    Position.PRINCIPAL_STAFF_3: "三级主任科员",
    Position.PRINCIPAL_STAFF_2: "二级主任科员",
    Position.PRINCIPAL_STAFF_1: "一级主任科员",
    Position.RESEARCHER_4: "四级调研员",
    Position.RESEARCHER_3: "三级调研员",
    Position.RESEARCHER_2: "二级调研员",
    Position.RESEARCHER_1: "一级调研员",
    Position.INSPECTOR_2: "二级巡视员",
    Position.INSPECTOR_1: "一级巡视员",
    Position.TOWNSHIP_DEPUTY: "乡科级副职",
    Position.TOWNSHIP_HEAD: "乡科级正职",
    Position.COUNTY_DEPUTY: "县处级副职",
    Position.COUNTY_HEAD: "县处级正职",
    Position.BUREAU_DEPUTY: "厅局级副职",
}
_POSITION_EN = {
    Position.CLERK_2: "second-grade clerk",
    Position.CLERK_1: "first-grade clerk",
    Position.PRINCIPAL_STAFF_4: "fourth-grade principal staff member",
    Position.PRINCIPAL_STAFF_3: "third-grade principal staff member",
    Position.PRINCIPAL_STAFF_2: "second-grade principal staff member",
    Position.PRINCIPAL_STAFF_1: "first-grade principal staff member",
    Position.RESEARCHER_4: "fourth-grade researcher",
    Position.RESEARCHER_3: "third-grade researcher",
    Position.RESEARCHER_2: "second-grade researcher",
    Position.RESEARCHER_1: "first-grade researcher",
    Position.INSPECTOR_2: "second-grade inspector",
    Position.INSPECTOR_1: "first-grade inspector",
    Position.TOWNSHIP_DEPUTY: "deputy township/section-level leader",
    Position.TOWNSHIP_HEAD: "township/section-level head",
    Position.COUNTY_DEPUTY: "deputy county/division-level leader",
    Position.COUNTY_HEAD: "county/division-level head",
    Position.BUREAU_DEPUTY: "deputy bureau-level leader",
}

#: For each rank, the ranks or posts whose years count toward it (the regulation's
#: "应当任……或者……N年以上"), highest target first.
RANK_BASES: dict[Position, tuple[Position, ...]] = {
    Position.INSPECTOR_1: (Position.BUREAU_DEPUTY, Position.INSPECTOR_2),
    Position.INSPECTOR_2: (Position.RESEARCHER_1,),
    Position.RESEARCHER_1: (Position.COUNTY_HEAD, Position.RESEARCHER_2),
    Position.RESEARCHER_2: (Position.RESEARCHER_3,),
    Position.RESEARCHER_3: (Position.COUNTY_DEPUTY, Position.RESEARCHER_4),
    Position.RESEARCHER_4: (Position.PRINCIPAL_STAFF_1,),
    Position.PRINCIPAL_STAFF_1: (Position.TOWNSHIP_HEAD, Position.PRINCIPAL_STAFF_2),
    Position.PRINCIPAL_STAFF_2: (Position.PRINCIPAL_STAFF_3,),
    Position.PRINCIPAL_STAFF_3: (Position.TOWNSHIP_DEPUTY, Position.PRINCIPAL_STAFF_4),
    Position.PRINCIPAL_STAFF_4: (Position.CLERK_1,),
    Position.CLERK_1: (Position.CLERK_2,),
}
_TARGET = {base: target for target, bases in RANK_BASES.items() for base in bases}


class CountyRank(enum.StrEnum):
    """县以下机关职级 — a 职级 of the 2015 county-level regime (中办发〔2015〕4号), lowest first.

    >>> CountyRank.SECTION_LEVEL.zh, CountyRank.SECTION_LEVEL.en
    ('正科级', 'section level (county regime)')
    """

    CLERK_LEVEL = "clerk_level"
    DEPUTY_SECTION_LEVEL = "deputy_section_level"
    SECTION_LEVEL = "section_level"
    DEPUTY_DIVISION_LEVEL = "deputy_division_level"
    DIVISION_LEVEL = "division_level"

    @property
    def zh(self) -> str:
        """The Chinese name."""
        return _COUNTY_ZH[self]

    @property
    def en(self) -> str:
        """The English name."""
        return self.value.replace("_", " ") + " (county regime)"


_COUNTY_ZH = {
    CountyRank.CLERK_LEVEL: "科员级",
    CountyRank.DEPUTY_SECTION_LEVEL: "副科级",
    CountyRank.SECTION_LEVEL: "正科级",
    CountyRank.DEPUTY_DIVISION_LEVEL: "副处级",
    CountyRank.DIVISION_LEVEL: "正处级",
}
#: 中办发〔2015〕4号: the leadership posts whose years count toward a county 职级. (The old
#: non-leadership posts 办事员/科员/副主任科员/主任科员 are not positions here.)
COUNTY_BASES: dict[CountyRank, Position] = {
    CountyRank.SECTION_LEVEL: Position.TOWNSHIP_DEPUTY,  # 须任副科级或乡科级副职、副主任科员满15年
    CountyRank.DEPUTY_DIVISION_LEVEL: Position.TOWNSHIP_HEAD,  # 须任正科级或乡科级正职、主任科员满15年
    CountyRank.DIVISION_LEVEL: Position.COUNTY_DEPUTY,  # 须任副处级或县处级副职满15年
}
#: The 级别 each county 职级 also needs (checked by people: the record has no 级别).
_COUNTY_LEVEL = {
    CountyRank.SECTION_LEVEL: "二十级",
    CountyRank.DEPUTY_DIVISION_LEVEL: "十九级",
    CountyRank.DIVISION_LEVEL: "十七级",
}
_COUNTY_TARGET = {base: target for target, base in COUNTY_BASES.items()}


def promotion_target(position: Position) -> Position | None:
    """The rank the years in ``position`` count toward (None above 二级巡视员's next).

    >>> promotion_target(Position.TOWNSHIP_DEPUTY).zh
    '三级主任科员'
    >>> promotion_target(Position.INSPECTOR_1) is None
    True
    """
    return _TARGET.get(as_field(Position, position, "position"))


class Grade(enum.StrEnum):
    """年度考核等次 — an annual assessment grade.

    ``UNDETERMINED`` (不定等次) is given, for example, during some
    disciplinary sanctions.

    >>> tuple(g.zh for g in Grade)
    ('优秀', '称职', '基本称职', '不称职', '不定等次')
    """

    EXCELLENT = "excellent"
    COMPETENT = "competent"
    BASICALLY_COMPETENT = "basically_competent"
    INCOMPETENT = "incompetent"
    UNDETERMINED = "undetermined"

    @property
    def zh(self) -> str:
        """The grade's Chinese name."""
        return {
            "excellent": "优秀",
            "competent": "称职",
            "basically_competent": "基本称职",
            "incompetent": "不称职",
            "undetermined": "不定等次",
        }[self.value]

    @property
    def counts(self) -> bool:
        """Whether a year of this grade counts toward the years (称职以上)."""
        return self in (Grade.EXCELLENT, Grade.COMPETENT)


class YearGrade(BaseModel):
    """一年的年度考核结果 — one year's grade.

    >>> YearGrade(year=2021, grade="excellent").grade.counts
    True
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    year: int = Field(ge=1949, le=2200)
    grade: Grade


class ServiceHistory(BaseModel):
    """任职经历 — a cadre's present rank or post, since when, and their annual grades.

    >>> h = ServiceHistory(cadre="C01", position="township_deputy", since=dt.date(2019, 7, 1),
    ...                    grades=[YearGrade(year=2019, grade="competent")])
    >>> h.grade_of(2019).zh, h.grade_of(2020) is None
    ('称职', True)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    cadre: Id = Field(min_length=1)
    position: Position
    since: dt.date = Field(description="The day of appointment to the present rank or post.")
    grades: tuple[YearGrade, ...] = ()

    @field_validator("grades")
    @classmethod
    def _one_grade_a_year(cls, grades: tuple[YearGrade, ...]) -> tuple[YearGrade, ...]:
        try:
            check_unique((g.year for g in grades), "grades")
        except RecordError as exc:  # a ValidationError of the field, naming the years
            raise ValueError(f"one grade per year; {exc}") from None
        return tuple(sorted(grades, key=lambda g: g.year))

    def grade_of(self, year: int) -> Grade | None:
        """The grade of ``year``, or None if none is recorded."""
        for g in self.grades:
            if g.year == year:
                return g.grade
        return None


class PromotionEligibility(BaseModel):
    """晋升职级资格 — whether a cadre meets the minimum years for the next rank, with the count.

    >>> h = ServiceHistory(cadre="C", position="clerk_2", since=dt.date(2020, 1, 1))
    >>> v = rank_promotion_eligibility(h, on=dt.date(2020, 7, 1)).value
    >>> v.target.zh, v.required_months, v.counted_months, v.months_short, v.regime
    ('一级科员', 24, 6, 18, '2019')
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    cadre: Id
    position: Position
    regime: str = Field(
        description="The table applied: '2019' (并行规定), '2015' (县以下机关意见) or '' (none)."
    )
    target: Position | CountyRank | None
    required_months: int | None = Field(
        description="The table's years in months, less the shortening for 优秀 years."
    )
    shortening_months: int
    served_months: int = Field(description="Whole months in the rank or post up to the day.")
    counted_months: int = Field(description="The served months that count (称职以上 years).")
    excluded_years: tuple[int, ...] = Field(description="Years whose months do not count.")
    excellent_years: tuple[int, ...]
    months_short: int
    years_met: bool = Field(description="The minimum years (after shortening) are met.")
    seed_condition: bool | None = Field(
        description="The committee's finding on 003's 任职时间较长、表现一贯优秀 (None: not given)."
    )
    eligible: bool = Field(
        description="The years are met and, where the policy requires it, the seed's condition."
    )


def _whole_months(since: dt.date, on: dt.date, from_day: bool) -> int:
    if on < since:
        return 0
    months = (on.year - since.year) * 12 + on.month - since.month
    if from_day:
        last = _calendar.monthrange(on.year, on.month)[1]
        if on.day < min(since.day, last):
            months -= 1
    return max(months, 0)


def _months_by_year(since: dt.date, n: int) -> dict[int, int]:
    out: dict[int, int] = {}
    y, m = since.year, since.month
    for _ in range(n):
        out[y] = out.get(y, 0) + 1
        m += 1
        if m > 12:
            y, m = y + 1, 1
    return out


class _RankTexts:
    """Texts of cadres.rank_promotion (职务职级并行:晋升职级的最低任职年限与年度考核要求)."""

    not_in_force = Say(
        "{on}时职务与职级并行规定尚未施行({effective}起施行)",
        "On {on} the rank regulation was not yet in force (in force from {effective})",
    )
    table_from = Say("本表自{effective}起适用", "The table applies from {effective}")
    top_rank = Say(
        "{cadre}现任{position},无更高职级可晋升", "{cadre} is a {position}: there is no higher rank"
    )
    highest = Say("一级巡视员为最高职级", "The first-grade inspector is the highest rank")
    minimum = Say(
        "晋升{target},应当任{bases}{years}年以上;{cadre}自{since}任{position}",
        "Promotion to {target} needs {years} years as {bases}; {cadre} has been a {position} "
        "since {since}",
    )
    either = Say("{a}或者{b}", "{a} or {b}")
    ungraded_current = Say(
        "{year}年尚未考核,本年{n}个月暂予计入",
        "{year} is not graded yet; its {n} month(s) count for now",
    )
    ungraded = Say(
        "{year}年无年度考核结果,该年{n}个月不计入任职年限",
        "No grade is recorded for {year}: its {n} month(s) do not count",
    )
    below_competent = Say(
        "{year}年度考核为{grade.zh},该年度({n}个月)不计算为晋升职级的任职年限",
        "{year} was graded {grade.zh} ({grade.value}): its {n} month(s) do not count",
    )
    incompetent = Say(
        "{year}年度考核不称职:按公务员法应降低职务或职级层次任职,本规则只计年限,请核对现任职级",
        "{year} was graded 不称职: the Civil Servant Law lowers the post or rank of such a cadre; "
        "this rule only counts years, so check the present rank",
    )
    excellent = Say(
        "任职期间{n}个年度考核优秀({years}),每个缩短{each}个月,共缩短{total}个月",
        "{n} year(s) graded 优秀 in the rank ({years}): {each} month(s) off each, {total} in all",
    )
    tally = Say(
        "截至{on}任职满{served}个月,计入{counted}个月({counted_span}),须{required}个月({required_span})",
        "By {on}: {served} whole month(s) served, {counted} counted ({counted_span}); "
        "{required} required ({required_span})",
    )
    county_minimum = Say(
        "县以下机关(2019年6月1日前):晋升{target}须任{base}满{years}年;{cadre}自{since}任{position}",
        "County-level regime (before 1 June 2019): promotion to {target} needs {years} years "
        "as {base}; {cadre} has been a {position} since {since}",
    )
    county_level = Say(
        "晋升{target}还须级别达到{level};记录未载级别,须另行核对",
        "Promotion to {target} also needs 级别 {level}; the record has no 级别, so check it",
    )
    county_none = Say(
        "县以下机关职务与职级并行制度不为{position}设晋升职级",
        "The county-level regime sets no promotion in rank for a {position}",
    )
    basic_extended = Say(
        "{year}年度考核基本称职:该年计入,但任职年限条件延长{n}个月",
        "{year} was graded 基本称职: it counts, but the requirement grows by {n} month(s)",
    )
    seed_found = Say(
        "党委认定其“任职时间较长、表现一贯优秀”(003)",
        "The committee found the cadre long-serving and consistently excellent (003)",
    )
    seed_grades = Say(
        "供研究参考:任现职期间年度考核{grades}",
        "For the committee: annual grades in the present rank or post: {grades}",
    )
    seed_grade = Say("{year}年{grade.zh}", "{year} {grade.zh}")
    seed_none = Say("无年度考核记录", "no grades recorded")
    referred = Say(
        "{cadre}已达晋升{target}的最低任职年限;是否属于“任职时间较长、表现一贯优秀”,提请党委研究认定",
        "{cadre} meets the minimum years for {target}; whether the cadre has served long and "
        "performed consistently well is for the committee to find",
    )
    condition_not_met = Say(
        "{cadre}已达晋升{target}的最低任职年限,但党委未认定其“任职时间较长、表现一贯优秀”,"
        "不符合种子所述晋升职级的条件",
        "{cadre} meets the minimum years for {target}, but the committee did not find the cadre "
        "long-serving and consistently excellent, the seed's condition for promotion in rank",
    )
    met = Say(
        "达到最低任职年限;是否晋升还须综合工作需要、德才表现、职责轻重、工作实绩和资历",
        "The minimum is met; promotion still weighs need, conduct, duties, record and seniority",
    )
    eligible = Say(
        "{cadre}符合晋升{target}的任职年限条件", "{cadre} meets the years for promotion to {target}"
    )
    not_eligible = Say(
        "{cadre}尚不符合晋升{target}的任职年限条件,还差{short}",
        "{cadre} does not yet meet the years for promotion to {target}: {short} short",
    )
    # a number of months in words
    years_months = Say("{y}年{m}个月", "{y} year(s) {m} month(s)")
    years_only = Say("{y}年", "{y} year(s)")
    months_only = Say("{m}个月", "{m} month(s)")
    no_months = Say("0个月", "0 months")


def _span(n: int) -> Text:
    """A number of months in words: ``2年3个月`` / ``2 year(s) 3 month(s)``."""
    y, m = divmod(n, 12)
    if y and m:
        return _RankTexts.years_months.text(y=y, m=m)
    if y:
        return _RankTexts.years_only.text(y=y)
    if m:
        return _RankTexts.months_only.text(m=m)
    return _RankTexts.no_months.text()


def _eligibility(
    h: ServiceHistory,
    target: Position | CountyRank | None,
    served: int,
    *,
    regime: str = "",
    required: int | None = None,
    shortening: int = 0,
    counted: int = 0,
    excluded: tuple[int, ...] = (),
    excellent: tuple[int, ...] = (),
    seed_condition: bool | None = None,
    condition_required: bool = False,
) -> PromotionEligibility:
    met = required is not None and counted >= required
    return PromotionEligibility(
        cadre=h.cadre,
        position=h.position,
        regime=regime,
        target=target,
        required_months=required,
        shortening_months=shortening,
        served_months=served,
        counted_months=counted,
        excluded_years=excluded,
        excellent_years=excellent,
        months_short=0 if required is None else max(required - counted, 0),
        years_met=met,
        seed_condition=seed_condition,
        eligible=met and (seed_condition is True or not condition_required),
    )


def _minimum_years(ctx: RuleContext, h: ServiceHistory, target: Position) -> int:
    """晋升三级主任科员,应当任乡科级副职或者四级主任科员2年以上 — the table's years for ``target``.

    The decision records the entry of ``cadres.rank_min_years`` it used.
    """
    table = ctx.param("cadres.rank_min_years")
    years: int = {str(k): v for k, v in table.items()}[target.value]
    ctx.record("cadres.rank_min_years", years)
    first, *others = RANK_BASES[target]
    bases: Position | Text = first
    for base in others:
        bases = _RankTexts.either.text(a=bases, b=base)
    ctx.say(
        _RankTexts.minimum,
        target=target,
        bases=bases,
        years=years,
        cadre=h.cadre,
        since=h.since,
        position=h.position,
    )
    return years


def _counted_months(
    ctx: RuleContext,
    h: ServiceHistory,
    on: dt.date,
    served: int,
    count_current: bool,
    county: bool = False,
) -> tuple[int, tuple[int, ...], tuple[int, ...]]:
    """The months served that count, the years whose months do not, and (county regime) the
    years graded 基本称职, which count but lengthen the requirement.

    2019: 晋升职级所要求的任职年限的年度考核结果均应为称职以上等次 ... 每有1个年度考核结果为
    基本称职等次或者不定等次的, 该年度不计算为晋升职级的任职年限.
    2015: 每有1个年度考核为基本称职等次,任职年限条件延长1年.
    """
    excluded: list[int] = []
    basic: list[int] = []
    counted = 0
    for year, n in sorted(_months_by_year(h.since, served).items()):
        g = h.grade_of(year)
        if g is not None and (g.counts or (county and g is Grade.BASICALLY_COMPETENT)):
            counted += n
            if not g.counts:
                basic.append(year)
        elif g is None and year == on.year and count_current:
            counted += n
            ctx.say(_RankTexts.ungraded_current, year=year, n=n)
        elif g is None:
            excluded.append(year)
            ctx.say(_RankTexts.ungraded, year=year, n=n)
        else:
            excluded.append(year)
            ctx.say(_RankTexts.below_competent, year=year, grade=g, n=n)
            if g is Grade.INCOMPETENT:
                ctx.say(_RankTexts.incompetent, year=year)
    return counted, tuple(excluded), tuple(basic)


def _shortening(
    ctx: RuleContext, h: ServiceHistory, on: dt.date, each: int
) -> tuple[tuple[int, ...], int]:
    """其中每有1个年度考核结果为优秀等次的, 任职年限缩短半年 — the 优秀 years, and the months off."""
    excellent = tuple(
        g.year for g in h.grades if g.grade is Grade.EXCELLENT and h.since.year <= g.year <= on.year
    )
    total = each * len(excellent)
    if excellent:
        ctx.say(_RankTexts.excellent, n=len(excellent), years=excellent, each=each, total=total)
    return excellent, total


def _county_years(ctx: RuleContext, h: ServiceHistory, target: CountyRank) -> int:
    """晋升正科级须任副科级或乡科级副职、副主任科员满15年,级别达到二十级 — the 2015 table's years."""
    table = ctx.param("cadres.county_rank_min_years")
    years: int = {str(k): v for k, v in table.items()}[target.value]
    ctx.record("cadres.county_rank_min_years", years)
    ctx.say(
        _RankTexts.county_minimum,
        target=target,
        base=COUNTY_BASES[target],
        years=years,
        cadre=h.cadre,
        since=h.since,
        position=h.position,
    )
    ctx.say(_RankTexts.county_level, target=target, level=_COUNTY_LEVEL[target])
    return years


def _extension(ctx: RuleContext, basic: tuple[int, ...]) -> int:
    """每有1个年度考核为基本称职等次,任职年限条件延长1年 (县以下机关, 2015)."""
    each: int = ctx.param("cadres.county_basic_competent_extension_months")
    for year in basic:
        ctx.say(_RankTexts.basic_extended, year=year, n=each)
    return each * len(basic)


def _regime(
    ctx: RuleContext, h: ServiceHistory, on: dt.date
) -> tuple[str, Position | CountyRank | None, dt.date]:
    """The table in force on ``on`` for the cadre's position: '2019', '2015' or '' (none),
    the rank it counts toward, and the day from which a table applies."""
    effective: dt.date = ctx.param("cadres.rank_table_effective")
    if on >= effective:
        return "2019", promotion_target(h.position), effective
    if h.position in _COUNTY_TARGET:
        county: dt.date = ctx.param("cadres.county_rank_table_effective")
        if on >= county:
            return "2015", _COUNTY_TARGET[h.position], county
        return "", None, county
    if not h.position.is_rank and on >= ctx.param("cadres.county_rank_table_effective"):
        ctx.say(_RankTexts.county_none, position=h.position)
    return "", None, effective


def _seed_condition(
    ctx: RuleContext, h: ServiceHistory, v: PromotionEligibility, on: dt.date
) -> Decision[PromotionEligibility]:
    """对任职时间较长、表现一贯优秀的副科职领导干部晋升职级 (003) — the committee's finding."""
    if v.seed_condition is True:
        ctx.say(_RankTexts.seed_found)
        ctx.say(_RankTexts.met)
        return ctx.decide(
            "eligible", v, _RankTexts.eligible, subject=v.cadre, cadre=v.cadre, target=v.target
        )
    if v.seed_condition is False:
        return ctx.decide(
            "condition_not_met",
            v,
            _RankTexts.condition_not_met,
            subject=v.cadre,
            cadre=v.cadre,
            target=v.target,
        )
    held = [_RankTexts.seed_grade.text(year=g.year, grade=g.grade) for g in h.grades]
    held = [t for t, g in zip(held, h.grades, strict=True) if h.since.year <= g.year <= on.year]
    ctx.say(_RankTexts.seed_grades, grades=held or _RankTexts.seed_none.text())
    return ctx.decide(
        "referred", v, _RankTexts.referred, subject=v.cadre, cadre=v.cadre, target=v.target
    )


def _decide_on_years(
    ctx: RuleContext, h: ServiceHistory, v: PromotionEligibility, on: dt.date
) -> Decision[PromotionEligibility]:
    """The months counted against the months required; where met, the seed's condition."""
    required = v.required_months or 0
    ctx.say(
        _RankTexts.tally,
        on=on,
        served=v.served_months,
        counted=v.counted_months,
        counted_span=_span(v.counted_months),
        required=required,
        required_span=_span(required),
    )
    if not v.years_met:
        return ctx.decide(
            "not_eligible",
            v,
            _RankTexts.not_eligible,
            subject=v.cadre,
            cadre=v.cadre,
            target=v.target,
            short=_span(v.months_short),
        )
    if ctx.param("cadres.require_seed_condition"):
        return _seed_condition(ctx, h, v, on)
    # 不是达到最低任职年限就必须晋升
    ctx.say(_RankTexts.met)
    return ctx.decide(
        "eligible", v, _RankTexts.eligible, subject=v.cadre, cadre=v.cadre, target=v.target
    )


@rule(
    "cadres.rank_promotion",
    zh="职务职级并行:晋升职级的最低任职年限、年度考核要求与“任职时间较长、表现一贯优秀”",
    en="Promotion in rank: minimum years in the rank below, the annual grades that count, and "
    "the seed's long-serving, consistently excellent cadres",
    document=NATIONAL,
    section="职级晋升(基本资格), 2019年6月1日起施行; 此前县以下机关按中办发〔2015〕4号; "
    "003: 对任职时间较长、表现一贯优秀的副科职领导干部晋升职级",
    quote="晋升三级主任科员,应当任乡科级副职或者四级主任科员2年以上",
    parameters=(
        "cadres.rank_min_years",
        "cadres.rank_table_effective",
        "cadres.county_rank_min_years",
        "cadres.county_rank_table_effective",
        "cadres.county_basic_competent_extension_months",
        "cadres.excellent_year_shortening_months",
        "cadres.rank_service_counted_from",
        "cadres.count_ungraded_current_year",
        "cadres.require_seed_condition",
    ),
)
def rank_promotion_eligibility(
    history: ServiceHistory,
    *,
    on: dt.date,
    consistently_excellent: bool | None = None,
    policy: Policy | None = None,
) -> Decision[PromotionEligibility]:
    """晋升职级资格 — whether a cadre meets the minimum years for the next rank on ``on``,
    and 003's condition (任职时间较长、表现一贯优秀).

    From 2019-06-01 the 2019 table applies; before it, from
    ``cadres.county_rank_table_effective``, the county-level regime of 2015
    (中办发〔2015〕4号) for the leadership posts it names (乡科级副职 → 正科级
    after 15 years, ...; its 级别 condition is left to people: the record has
    none). ``consistently_excellent`` is the committee's finding on 003's
    condition; it is never inferred from the grades.

    Outcomes: ``"not_eligible"`` (years short), ``"referred"`` (years met, the
    finding not given: for the committee, with the grades as facts),
    ``"eligible"`` (years met and the finding, or
    ``cadres.require_seed_condition`` off; promotion is still a decision),
    ``"condition_not_met"`` (years met, the committee did not find it),
    ``"top_rank"`` and ``"not_in_force"`` (no table applies that day).

    003's 副科职领导干部 (乡科级副职) appointed 2019-07, graded 称职 2019–2020:

    >>> h = ServiceHistory(cadre="王某", position="township_deputy", since=dt.date(2019, 7, 1),
    ...     grades=[YearGrade(year=2019, grade="competent"), YearGrade(year=2020, grade="competent")])
    >>> d = rank_promotion_eligibility(h, on=dt.date(2021, 7, 1))
    >>> d.outcome, d.value.target.zh, d.value.counted_months
    ('referred', '三级主任科员', 24)
    >>> rank_promotion_eligibility(h, on=dt.date(2021, 7, 1), consistently_excellent=True).outcome
    'eligible'
    >>> rank_promotion_eligibility(h, on=dt.date(2021, 6, 30)).value.months_short
    1
    """
    h = ServiceHistory.model_validate(history)
    on = as_date(on, "on")
    ctx = RuleContext(rank_promotion_eligibility, policy, on=on)
    each = ctx.param("cadres.excellent_year_shortening_months")
    from_day = ctx.param("cadres.rank_service_counted_from") == "appointment_day"
    count_current = ctx.param("cadres.count_ungraded_current_year")
    served = _whole_months(h.since, on, from_day)
    regime, target, effective = _regime(ctx, h, on)
    if not regime:
        ctx.say(_RankTexts.table_from, effective=effective)
        value = _eligibility(h, None, served, seed_condition=consistently_excellent)
        return ctx.decide(
            "not_in_force",
            value,
            _RankTexts.not_in_force,
            subject=h.cadre,
            on=on,
            effective=effective,
        )
    if target is None:
        ctx.say(_RankTexts.highest)
        value = _eligibility(h, None, served, regime=regime, seed_condition=consistently_excellent)
        return ctx.decide(
            "top_rank",
            value,
            _RankTexts.top_rank,
            subject=h.cadre,
            cadre=h.cadre,
            position=h.position,
        )
    county = isinstance(target, CountyRank)
    if isinstance(target, CountyRank):
        years = _county_years(ctx, h, target)
    else:
        years = _minimum_years(ctx, h, target)
    counted, excluded, basic = _counted_months(ctx, h, on, served, count_current, county)
    excellent, shortening = _shortening(ctx, h, on, each)
    extension = _extension(ctx, basic) if county else 0
    value = _eligibility(
        h,
        target,
        served,
        regime=regime,
        required=max(years * 12 - shortening + extension, 0),
        shortening=shortening,
        counted=counted,
        excluded=excluded,
        excellent=excellent,
        seed_condition=consistently_excellent,
        condition_required=ctx.param("cadres.require_seed_condition"),
    )
    return _decide_on_years(ctx, h, value, on)
