"""Point schemes (考核分值方案): items, categories, maxima and the two presets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from orgwork._args import as_year
from orgwork.assessment._exact import show
from orgwork.decision import RuleContext, Text
from orgwork.errors import MissingParameterError, RecordError
from orgwork.points import Points
from orgwork.policy import Policy
from orgwork.policy.assessment import HUNDRED_POINT_PARTS, AggregationMethod

__all__ = [
    "CADENCE_MONTHS",
    "HUNDRED_POINT",
    "HUNDRED_POINT_CATEGORIES",
    "MAX_SCHEME_POINTS",
    "THOUSAND_POINT",
    "BonusItem",
    "Cadence",
    "PointScheme",
    "SchemeItem",
    "SchemeKind",
    "scheme_in_force",
]

#: The largest total a scheme may have (keeps every sum exact in 64-bit hundredths).
MAX_SCHEME_POINTS = 1_000_000

#: ``"thousand_point"`` (千分制), ``"hundred_point"`` (百分制) or ``"custom"``.
SchemeKind = Literal["thousand_point", "hundred_point", "custom"]

#: How often a scheme scores a unit (评分周期): ``"monthly"`` (每月, the seed's
#: 每月对照任务完成情况进行评分, the default), ``"quarterly"`` (每季度) or
#: ``"annual"`` (每年一次, e.g. 平安乡 2021 村级班子考核, 张平委发〔2022〕3号).
Cadence = Literal["monthly", "quarterly", "annual"]

#: The months a cadence's sheets are dated by: a sheet's ``month`` is the last
#: month of its period (a quarter's sheet 3, 6, 9 or 12; a year's sheet 12).
CADENCE_MONTHS: dict[Cadence, tuple[int, ...]] = {
    "monthly": tuple(range(1, 13)),
    "quarterly": (3, 6, 9, 12),
    "annual": (12,),
}

#: The four parts of the 百分制 (003): 日常工作、重点工作、共性目标、个性目标.
HUNDRED_POINT_CATEGORIES: tuple[str, ...] = ("日常工作", "重点工作", "共性目标", "个性目标")


def _positive(value: Decimal) -> Decimal:
    if value <= 0:
        raise ValueError("must be greater than 0")
    if value > MAX_SCHEME_POINTS:
        raise ValueError(f"must be at most {MAX_SCHEME_POINTS}")
    return value


def _non_negative(value: Decimal) -> Decimal:
    if value < 0:
        raise ValueError("must not be negative")
    return value


PositivePoints = Annotated[Points, AfterValidator(_positive)]
NonNegativePoints = Annotated[Points, AfterValidator(_non_negative)]
ItemCode = Annotated[str, Field(pattern=r"^[A-Za-z0-9_][A-Za-z0-9_.\-]{0,39}$")]


class SchemeItem(BaseModel):
    """考核分项 — one item of a point scheme: its code, name, category and maximum points.

    ``monthly``, when given, allocates the item's maximum to the twelve
    months (January first); under the ``"sum"`` aggregation a month's score
    for the item may not exceed that month's allocation.

    Examples:
        >>> SchemeItem(code="care", name=Text(zh="老党员关怀帮扶", en="Care for elderly members"),
        ...            maximum=120, monthly=(10,) * 12).monthly_cap(3, "sum")
        Decimal('10')
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: ItemCode = Field(description="Short code: letters, digits, '_', '.', '-'.")
    name: Text
    category: str | None = Field(default=None, min_length=1)
    maximum: PositivePoints
    monthly: tuple[NonNegativePoints, ...] | None = Field(
        default=None, description="The maximum allocated to the 12 months, or None."
    )

    @model_validator(mode="after")
    def _allocation_adds_up(self) -> SchemeItem:
        if self.monthly is not None:
            if len(self.monthly) != 12:
                raise ValueError(f"monthly allocation has {len(self.monthly)} values, not 12")
            if sum(self.monthly, Decimal(0)) != self.maximum:
                raise ValueError(
                    f"monthly allocation adds up to {sum(self.monthly, Decimal(0))}, "
                    f"not the item's maximum {self.maximum}"
                )
        return self

    def monthly_cap(self, month: int, method: AggregationMethod) -> Decimal:
        """The most the item can score in ``month`` (1–12) under aggregation ``method``.

        Under ``"mean"`` each month is scored out of the whole scheme, so the
        cap is the item's maximum; under ``"sum"`` it is the month's
        allocation if there is one, else the maximum (the year's sum is then
        checked against the maximum).

        Examples:
            >>> THOUSAND_POINT.items[0].monthly_cap(1, "mean")
            Decimal('1000')
        """
        if method == "sum" and self.monthly is not None:
            return self.monthly[month - 1]
        return self.maximum


class BonusItem(BaseModel):
    """奖励分项 — points given on top of a scheme's total, up to the item's own cap over the year.

    A bonus (e.g. 平安乡 2021 村级班子考核, 张平委发〔2022〕3号: 奖励分 for a city or
    provincial honour) is a [`PointAdjustment`][orgwork.points.PointAdjustment] naming the
    bonus item; the year's bonuses are added after the total is bounded.

    Examples:
        >>> BonusItem(code="honour", name=Text(zh="获市级以上表彰", en="Honour"), maximum=50).maximum
        Decimal('50')
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: ItemCode = Field(description="Short code: letters, digits, '_', '.', '-'.")
    name: Text
    maximum: PositivePoints = Field(description="The most the bonus adds in a year.")


class PointScheme(BaseModel):
    """考核分值方案 — a point scheme: items whose maxima add up exactly to the total.

    Examples:
        >>> s = PointScheme(code="town", name=Text(zh="某镇千分制", en="A town's scheme"),
        ...                 kind="thousand_point", total=1000, items=(
        ...     SchemeItem(code="party", name=Text(zh="党建工作", en="Party building"), maximum=600),
        ...     SchemeItem(code="care", name=Text(zh="老党员关怀帮扶", en="Care"), maximum=400)))
        >>> [i.code for i in s.items], s.total
        (['party', 'care'], Decimal('1000'))
        >>> s.with_maxima({"party": 700})
        Traceback (most recent call last):
        ...
        pydantic_core._pydantic_core.ValidationError: 1 validation error for PointScheme
        ...
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: ItemCode
    name: Text
    kind: SchemeKind = "custom"
    total: PositivePoints
    items: tuple[SchemeItem, ...] = Field(min_length=1)
    aggregation: AggregationMethod | None = Field(
        default=None,
        description="How the months make the year ('sum' or 'mean'); None: the policy's "
        "default for the scheme's kind (assessment.<kind>_aggregation).",
    )
    cadence: Cadence = Field(
        default="monthly",
        description="How often units are scored: 'monthly' (the seed's, the default), "
        "'quarterly' (sheets dated 3, 6, 9, 12: the last month of each quarter) or 'annual' "
        "(one sheet, dated 12). Adjustments keep their own month and count in its period.",
    )
    bonus: tuple[BonusItem, ...] = Field(
        default=(),
        description="Bonus items (奖励分), outside the total, each with its own yearly cap.",
    )
    shares_from_policy: bool = Field(
        default=False,
        description="True for the 百分制 preset only: the items' maxima are the policy's "
        "assessment.hundred_point_shares; the equal split the items carry is a structural "
        "placeholder that no rule reads.",
    )

    @model_validator(mode="after")
    def _consistent(self) -> PointScheme:
        if self.shares_from_policy and (
            self.kind != "hundred_point" or self.codes != HUNDRED_POINT_PARTS
        ):
            raise ValueError(
                "shares_from_policy is for a hundred-point scheme of the four parts "
                f"{', '.join(HUNDRED_POINT_PARTS)}"
            )
        allocated = [i.code for i in self.items if i.monthly is not None]
        if allocated and self.cadence != "monthly":
            raise ValueError(
                f"a monthly allocation needs a monthly cadence, not {self.cadence}: "
                f"{', '.join(allocated)}"
            )
        codes = [i.code for i in self.items]
        dup = sorted({c for c in codes if codes.count(c) > 1})
        if dup:
            raise ValueError(f"item codes must be unique; repeated: {', '.join(dup)}")
        names = [i.name.zh for i in self.items]
        dup = sorted({n for n in names if names.count(n) > 1})
        if dup:
            raise ValueError(f"item names must be unique; repeated: {', '.join(dup)}")
        bonus = [b.code for b in self.bonus]
        dup = sorted({c for c in bonus if bonus.count(c) > 1} | (set(bonus) & set(codes)))
        if dup:
            raise ValueError(f"bonus codes must be unique and not an item's: {', '.join(dup)}")
        clash = sorted(set(self.categories) & set(codes))
        if clash:
            raise ValueError(f"a category may not share an item's code: {', '.join(clash)}")
        added = sum((i.maximum for i in self.items), Decimal(0))
        if added != self.total:
            raise ValueError(f"item maxima add up to {added}, not the total {self.total}")
        return self

    @property
    def categories(self) -> tuple[str, ...]:
        """The distinct item categories, in item order (items without one are left out).

        Examples:
            >>> HUNDRED_POINT.categories
            ('日常工作', '重点工作', '共性目标', '个性目标')
        """
        return tuple(dict.fromkeys(i.category for i in self.items if i.category is not None))

    @property
    def sheet_months(self) -> tuple[int, ...]:
        """The months the scheme's sheets are dated by, one per period (see `Cadence`).

        Examples:
            >>> THOUSAND_POINT.model_copy(update={"cadence": "quarterly"}).sheet_months
            (3, 6, 9, 12)
        """
        return CADENCE_MONTHS[self.cadence]

    def period_month(self, month: int) -> int:
        """The month that dates the period containing calendar ``month`` (1–12).

        Examples:
            >>> THOUSAND_POINT.model_copy(update={"cadence": "quarterly"}).period_month(7)
            9
            >>> THOUSAND_POINT.period_month(7)
            7
        """
        return next(m for m in self.sheet_months if m >= month)

    @property
    def codes(self) -> tuple[str, ...]:
        """The item codes, in order.

        Examples:
            >>> HUNDRED_POINT.codes
            ('daily', 'key', 'common', 'individual')
        """
        return tuple(i.code for i in self.items)

    def bonus_item(self, code: str) -> BonusItem | None:
        """The bonus item with ``code``, or None.

        Examples:
            >>> THOUSAND_POINT.bonus_item("honour") is None
            True
        """
        return next((b for b in self.bonus if b.code == code), None)

    def item(self, code: str) -> SchemeItem:
        """The item with ``code``; `KeyError` if there is none.

        Examples:
            >>> THOUSAND_POINT.item("goals").name.zh
            '全年工作目标'
        """
        for i in self.items:
            if i.code == code:
                return i
        raise KeyError(code)

    def with_maxima(self, maxima: Mapping[str, Decimal | int | str]) -> PointScheme:
        """A copy with the named items' maxima replaced (monthly allocations dropped), re-validated.

        On the 百分制 preset, whose maxima are placeholders, every part must be
        named; the copy then has the town's own shares and needs no
        ``assessment.hundred_point_shares``.

        Examples:
            >>> s = HUNDRED_POINT.with_maxima({"daily": 30, "key": 40, "common": 15, "individual": 15})
            >>> [str(i.maximum) for i in s.items], s.shares_from_policy
            (['30', '40', '15', '15'], False)
        """
        unknown = sorted(set(maxima) - set(self.codes))
        if unknown:
            raise KeyError(f"no such item: {', '.join(unknown)}")
        if self.shares_from_policy and set(maxima) != set(self.codes):
            raise ValueError(
                "the 百分制 preset has no shares of its own: name all four parts "
                f"({', '.join(self.codes)})"
            )
        items = [
            i.model_dump()
            | ({"maximum": maxima[i.code], "monthly": None} if i.code in maxima else {})
            for i in self.items
        ]
        return PointScheme.model_validate(
            self.model_dump() | {"items": items, "shares_from_policy": False}
        )

    def in_force(self, policy: Policy | None = None, *, year: int) -> PointScheme:
        """考核方案(适用) — the scheme as the rules apply it to assessment year ``year``.

        The policy is read on 31 December of ``year``. The aggregation is the
        scheme's own or, when it states none, the policy's for its kind
        (``assessment.thousand_point_aggregation``, ``hundred_point_aggregation``
        or ``custom_aggregation``); the 百分制 preset's maxima are the policy's
        ``assessment.hundred_point_shares``
        ([`MissingParameterError`][orgwork.errors.MissingParameterError] when unset).

        Examples:
            >>> THOUSAND_POINT.in_force(year=2025).aggregation
            'sum'
            >>> from orgwork.policy import Policy
            >>> p = Policy.default().override({"assessment.hundred_point_shares":
            ...     {"daily": 30, "key": 40, "common": 15, "individual": 15}})
            >>> s = HUNDRED_POINT.in_force(p, year=2025)
            >>> [str(i.maximum) for i in s.items], s.aggregation
            (['30', '40', '15', '15'], 'mean')
        """
        from orgwork.assessment._annual import annual_totals  # the rule that applies a scheme

        day = dt.date(as_year(year), 12, 31)
        return scheme_in_force(self, RuleContext(annual_totals, policy, on=day))


#: 千分制 (000 第一篇 一、三是): the year's goals quantified to 1000 points. The
#: seed fixes the total, not the parts, so the preset is a single item; a town
#: lists its own parts in a [`PointScheme`][orgwork.assessment.PointScheme] of kind ``"thousand_point"``.
THOUSAND_POINT = PointScheme(
    code="thousand_point",
    name=Text(zh="千分制考核", en="Thousand-point assessment"),
    kind="thousand_point",
    total=Decimal(1000),
    items=(
        SchemeItem(
            code="goals",
            name=Text(zh="全年工作目标", en="The year's work goals"),
            category="全年工作目标",
            maximum=Decimal(1000),
        ),
    ),
)

#: 百分制 (003): 日常工作、重点工作、共性目标、个性目标 out of 100. The seed
#: names the four parts but not their shares, so the preset has none of its
#: own (``shares_from_policy``): the rules take them from the policy's
#: ``assessment.hundred_point_shares`` and raise
#: [`MissingParameterError`][orgwork.errors.MissingParameterError] when it is unset. (The
#: equal split its items carry only keeps the model valid; no rule reads it.)
#: A town may instead give the scheme its own shares with
#: [`PointScheme.with_maxima`][orgwork.assessment.PointScheme.with_maxima].
HUNDRED_POINT = PointScheme(
    code="hundred_point",
    name=Text(zh="百分制考核", en="Hundred-point assessment"),
    kind="hundred_point",
    total=Decimal(100),
    shares_from_policy=True,
    items=tuple(
        SchemeItem(code=code, name=Text(zh=zh, en=en), category=zh, maximum=Decimal(25))
        for code, zh, en in (
            ("daily", "日常工作", "Daily work"),
            ("key", "重点工作", "Key work"),
            ("common", "共性目标", "Common goals"),
            ("individual", "个性目标", "Individual goals"),
        )
    ),
)


def _check_total(scheme: PointScheme, ctx: RuleContext) -> None:
    for kind in ("thousand_point", "hundred_point"):
        if scheme.kind == kind:
            total = ctx.param(f"assessment.{kind}_total")
            if scheme.total != total:
                raise RecordError(
                    f"scheme {scheme.code} is a {kind.replace('_', '-')} scheme of "
                    f"{show(scheme.total)} points; assessment.{kind}_total is {total}"
                )


def scheme_in_force(scheme: PointScheme, ctx: RuleContext) -> PointScheme:
    """The scheme as applied by the context's rule, reading (and recording) what makes it so.

    The result states its aggregation and has real maxima (``shares_from_policy``
    false). A preset kind's total must equal the policy's
    ([`RecordError`][orgwork.errors.RecordError] otherwise); the 百分制 preset needs
    ``assessment.hundred_point_shares``
    ([`MissingParameterError`][orgwork.errors.MissingParameterError] otherwise). The context
    records the parameters read: the total of the scheme's kind, the shares
    (as ``code=points`` texts) and the aggregation, when they come from the policy.

    Examples:
        >>> import datetime as dt
        >>> from orgwork.assessment import annual_totals
        >>> ctx = RuleContext(annual_totals, on=dt.date(2025, 12, 31))
        >>> scheme_in_force(THOUSAND_POINT, ctx).aggregation, ctx.parameters
        ('sum', {'assessment.thousand_point_total': 1000, 'assessment.thousand_point_aggregation': 'sum'})
    """
    _check_total(scheme, ctx)
    if scheme.shares_from_policy:
        shares = ctx.param("assessment.hundred_point_shares")
        if shares is None:
            raise MissingParameterError(
                "assessment.hundred_point_shares: the seed (003) names the four parts of the "
                "百分制 (日常工作、重点工作、共性目标、个性目标) but not their shares; set "
                "assessment.hundred_point_shares (e.g. {daily = 30, key = 40, common = 15, "
                "individual = 15}, adding up to assessment.hundred_point_total) or give the "
                "scheme the town's own maxima with HUNDRED_POINT.with_maxima({...})",
                parameter="assessment.hundred_point_shares",
            )
        scheme = scheme.with_maxima({str(k): v for k, v in shares.items()})
        ctx.record(
            "assessment.hundred_point_shares",
            tuple(f"{code}={show(value)}" for code, value in shares.items()),
        )
    if scheme.aggregation is None:
        method: AggregationMethod = ctx.param(f"assessment.{scheme.kind}_aggregation")
        scheme = scheme.model_copy(update={"aggregation": method})
    return scheme
