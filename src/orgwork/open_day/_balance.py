"""巢湖市 — party delegates chosen to evaluate the department's work, and the sites they inspect.

巢湖市 (seed 004): 从全市18个选举单位推荐36名不同类型党代表,通过综合性别、年龄、
工作岗位、代表层级等因素,确定了18名党代表参与活动; and 在全市100个党建示范点中,
由代表公开选定2个作为视察点. The hard facts (how many recommended, from how
many units, how many chosen, all from the recommended; 2 sites of the 100) are
checked against the ``open_day`` parameters (the `CHAOHU` preset sets them).
The balance over the four factors has no proportions in the text: its spread
is reported and the judgment referred, never decided against an invented quota.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from orgwork._args import as_date, as_models, as_strings, check_unique
from orgwork.decision import Decision, RuleContext, Say, Text
from orgwork.ids import Id
from orgwork.open_day._common import S004, fits_count
from orgwork.open_day._plans import Violation
from orgwork.policy import Policy
from orgwork.rules import rule

__all__ = [
    "AgeSpread",
    "Delegate",
    "DelegateBalance",
    "FactorShare",
    "Gender",
    "SiteCheck",
    "SiteChoice",
    "UnitShare",
    "representative_balance",
    "site_choice",
]


class Gender(enum.StrEnum):
    """性别."""

    MALE = "male"
    """男."""
    FEMALE = "female"
    """女."""

    @property
    def zh(self) -> str:
        """男 or 女."""
        return "男" if self is Gender.MALE else "女"

    @property
    def en(self) -> str:
        """The value."""
        return self.value


class Delegate(BaseModel):
    """推荐的党代表 — a party congress delegate recommended by an electoral unit (选举单位).

    ``post`` (工作岗位, e.g. 基层社区, 非公企业, 机关, 学校, 医院) and ``level``
    (代表层级, e.g. 市, 县) are the locality's own labels; ``age`` is in years.

    >>> Delegate(id="D01", unit="城关选举单位", gender="female", age=45, post="学校", level="市").gender.zh
    '女'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Id = Field(min_length=1)
    unit: Id = Field(min_length=1)
    gender: Gender
    age: int = Field(ge=18, le=120, strict=True)
    post: Id = Field(min_length=1)
    level: Id = Field(min_length=1)


class UnitShare(BaseModel):
    """One electoral unit: how many it recommended and how many of them were chosen."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    unit: str
    recommended: int
    chosen: int


class FactorShare(BaseModel):
    """One value of a factor (a sex, a post, a level): recommended and chosen counts."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    value: str
    recommended: int
    chosen: int


class AgeSpread(BaseModel):
    """Youngest, oldest and median age of a group (None when it is empty); medians are exact."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    youngest: int | None
    oldest: int | None
    median: Decimal | None


class DelegateBalance(BaseModel):
    """The spread of the chosen delegates over the four factors, beside the recommended pool.

    Units, sexes, posts and levels are in order of their labels (values). ``violations`` are the hard facts broken (codes
    ``not_recommended``, ``electoral_units``, ``recommended_candidates``,
    ``unit_recommendations``, ``representative_count``).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    recommended: int
    units: int
    chosen: int
    by_unit: tuple[UnitShare, ...]
    gender: tuple[FactorShare, ...]
    posts: tuple[FactorShare, ...]
    levels: tuple[FactorShare, ...]
    chosen_ages: AgeSpread
    recommended_ages: AgeSpread
    violations: tuple[Violation, ...]


class _BalanceTexts:
    """Texts of open_day.representative_balance (综合性别、年龄、工作岗位、代表层级等因素)."""

    counted = Say(
        "{units}个选举单位推荐党代表{recommended}名,确定{chosen}名",
        "{units} electoral unit(s) recommended {recommended} delegate(s); {chosen} chosen",
    )
    unit = Say(
        "{unit}(推荐{recommended}名,确定{chosen}名)",
        "{unit} ({recommended} recommended, {chosen} chosen)",
    )
    share = Say(
        "{value}{chosen}名(推荐{recommended}名)", "{value}: {chosen} ({recommended} recommended)"
    )
    by_unit = Say("各选举单位:{items}", "By electoral unit: {items}")
    gender = Say("性别:{items}", "Sex: {items}")
    posts = Say("工作岗位:{items}", "Post: {items}")
    levels = Say("代表层级:{items}", "Level: {items}")
    ages = Say(
        "年龄:确定人选{young}至{old}岁,中位数{median}岁;推荐人选{r_young}至{r_old}岁,中位数{r_median}岁",
        "Age: chosen {young} to {old}, median {median}; recommended {r_young} to {r_old}, "
        "median {r_median}",
    )
    none = Text(zh="无", en="none")
    not_recommended = Say(
        "确定的党代表不在推荐人选中:{ids}", "Chosen delegates who were not recommended: {ids}"
    )
    minimum = Say("{what}{got},应不少于{need}", "{what}: {got}, at least {need} required")
    per_unit = Say("{unit}推荐{got}名,应为{need}名", "{unit} recommended {got}, {need} required")
    count = Say("确定党代表{n}名,应为{required}", "{n} delegate(s) chosen, {required} required")
    exactly = Say("{target}名", "exactly {target}")
    about = Say("{target}名左右(±{slack:f})", "about {target} (± {slack:f})")
    not_checked = Say(
        "未设定{what}(open_day.{name}),不检查",
        "No requirement for {what} (open_day.{name} is not set); not checked",
    )
    referred = Say(
        "原文要求综合性别、年龄、工作岗位、代表层级等因素确定人选,未规定比例:分布如上,是否均衡提交研究决定",
        "The text asks for a choice weighing sex, age, post and level, with no proportions: "
        "the spread is shown above and the balance is referred for a decision",
    )
    headline_referred = Say(
        "确定党代表{chosen}名:人数和来源符合要求,结构是否均衡提交研究决定",
        "{chosen} delegates chosen: counts and sources conform; the balance is referred",
    )
    headline_violations = Say(
        "确定党代表{chosen}名:{n}处不符合要求", "{chosen} delegates chosen: {n} violation(s)"
    )


_MINIMUM = {
    "electoral_units": Text(zh="推荐党代表的选举单位", en="electoral units recommending"),
    "recommended_candidates": Text(zh="推荐的党代表", en="delegates recommended"),
}
_NOT_CHECKED = {
    "electoral_units": Text(zh="推荐选举单位数", en="electoral units"),
    "recommended_candidates": Text(zh="推荐代表人数", en="recommended delegates"),
    "recommended_per_unit": Text(zh="每个选举单位推荐人数", en="delegates per electoral unit"),
    "representatives": Text(zh="确定的代表人数", en="the number chosen"),
}
_BALANCE_PARAMS = tuple(
    f"open_day.{name}"
    for name in (
        "electoral_units",
        "recommended_candidates",
        "recommended_per_unit",
        "representatives",
        "representatives_approximate",
        "approximate_tolerance",
    )
)


#: A violation as a reason: its own words.
_VIOLATION = Say("{violation}", "{violation}")


def _problem(code: str, text: Text, parameter: str, expected: str, actual: str) -> Violation:
    return Violation(
        code=code, parameter=parameter, expected=expected, actual=actual, **text.model_dump()
    )


def _shares(
    pool: tuple[Delegate, ...], chosen: set[str], key: Callable[[Delegate], Any]
) -> tuple[FactorShare, ...]:
    """Recommended and chosen counts of each value of ``key``, in order of the values."""
    rec = Counter(key(d) for d in pool)
    got = Counter(key(d) for d in pool if d.id in chosen)
    return tuple(FactorShare(value=str(v), recommended=rec[v], chosen=got[v]) for v in sorted(rec))


def _ages(ages: list[int]) -> AgeSpread:
    """The youngest, oldest and exact median of ``ages``."""
    if not ages:
        return AgeSpread(youngest=None, oldest=None, median=None)
    s = sorted(ages)
    mid = len(s) // 2
    median = Decimal(s[mid]) if len(s) % 2 else Decimal(s[mid - 1] + s[mid]) / 2
    return AgeSpread(youngest=s[0], oldest=s[-1], median=median)


def _hard_facts(
    pool: tuple[Delegate, ...], picked: tuple[str, ...], req: dict[str, Any]
) -> Iterator[Violation]:
    """18个选举单位推荐36名, 确定了18名: from the recommended, and the counts."""
    known = {d.id for d in pool}
    stray = sorted(i for i in picked if i not in known)
    if stray:
        yield _problem(
            "not_recommended",
            _BalanceTexts.not_recommended.text(ids=stray),
            "",
            "recommended",
            ", ".join(stray),
        )
    units = Counter(d.unit for d in pool)
    for name, got in (("electoral_units", len(units)), ("recommended_candidates", len(pool))):
        need = req[name]
        if need is not None and got < need:
            text = _BalanceTexts.minimum.text(what=_MINIMUM[name], got=got, need=need)
            yield _problem(name, text, f"open_day.{name}", f">= {need}", str(got))
    per_unit = req["recommended_per_unit"]
    if per_unit is not None:
        for unit in sorted(units):
            if units[unit] != per_unit:
                text = _BalanceTexts.per_unit.text(unit=unit, got=units[unit], need=per_unit)
                yield _problem(
                    "unit_recommendations",
                    text,
                    "open_day.recommended_per_unit",
                    str(per_unit),
                    f"{unit}: {units[unit]}",
                )
    target = req["representatives"]
    if target is not None:
        ok, slack = fits_count(
            len(picked), target, req["representatives_approximate"], req["approximate_tolerance"]
        )
        if not ok:
            if slack is None:
                required, expected = _BalanceTexts.exactly.text(target=target), str(target)
            else:
                required = _BalanceTexts.about.text(target=target, slack=slack)
                expected = f"{target} ± {slack:f}"
            text = _BalanceTexts.count.text(n=len(picked), required=required)
            yield _problem(
                "representative_count", text, "open_day.representatives", expected, str(len(picked))
            )


def _say_spread(ctx: RuleContext, b: DelegateBalance) -> None:
    """The counts, and the spread over units and the four factors."""
    ctx.say(_BalanceTexts.counted, units=b.units, recommended=b.recommended, chosen=b.chosen)
    ctx.say_list(
        _BalanceTexts.by_unit,
        [
            _BalanceTexts.unit.text(unit=u.unit, recommended=u.recommended, chosen=u.chosen)
            for u in b.by_unit
        ],
    )
    for template, shares, label in (
        (_BalanceTexts.gender, b.gender, lambda v: Gender(v)),
        (_BalanceTexts.posts, b.posts, str),
        (_BalanceTexts.levels, b.levels, str),
    ):
        items = [
            _BalanceTexts.share.text(
                value=label(s.value), chosen=s.chosen, recommended=s.recommended
            )
            for s in shares
        ]
        ctx.say_list(template, items)
    c, r = b.chosen_ages, b.recommended_ages
    if r.youngest is not None:
        none = _BalanceTexts.none
        ctx.say(
            _BalanceTexts.ages,
            young=none if c.youngest is None else c.youngest,
            old=none if c.oldest is None else c.oldest,
            median=none if c.median is None else c.median,
            r_young=r.youngest,
            r_old=r.oldest,
            r_median=r.median,
        )


@rule(
    "open_day.representative_balance",
    zh="巢湖市:从选举单位推荐的党代表中综合性别、年龄、工作岗位、代表层级等因素确定参加人选",
    en="Chaohu: delegates chosen from those the electoral units recommended, weighing sex, age, post and level",
    document=S004,
    section="巢湖市",
    quote="从全市18个选举单位推jian36名不同类型党代表,通过综合性别、年龄、工作岗位、代表层级等因素,确定了18名党代表参与活动",
    parameters=_BALANCE_PARAMS,
)
def representative_balance(
    recommended: Iterable[Delegate],
    chosen: Iterable[str],
    *,
    on: dt.date,
    policy: Policy | None = None,
) -> Decision[DelegateBalance]:
    """党代表人选结构 — the chosen delegates checked against the recommended pool, and their spread.

    Checked (with the ``open_day`` parameters in force on ``on``; the
    `CHAOHU` preset sets 18, 36 and 18): every chosen delegate was
    recommended; the recommending units number at least
    ``electoral_units`` and the recommended at least
    ``recommended_candidates``; each unit recommended exactly
    ``recommended_per_unit`` (unset by default: the text gives totals
    only); the chosen number ``representatives`` (exactly, or about it
    when ``representatives_approximate``). A parameter left unset is not
    checked, and a reason says so.

    The spread over the four factors (by unit, sex, post, level and age,
    chosen beside recommended) is reported. The text gives no proportions,
    so the outcome is ``referred`` (the balance is for people to judge)
    when the hard facts hold, ``violations`` when one does not. A delegate
    id given twice in either list is a [`RecordError`][orgwork.errors.RecordError].

    >>> pool = [Delegate(id=f"D{i:02d}", unit=f"U{i // 2:02d}", gender="male" if i % 3 else "female",
    ...                  age=30 + i, post="机关", level="市") for i in range(36)]
    >>> from orgwork.open_day import CHAOHU
    >>> d = representative_balance(pool, [f"D{i:02d}" for i in range(0, 36, 2)],
    ...                            on=dt.date(2013, 6, 1), policy=CHAOHU.policy())
    >>> d.outcome, d.value.units, d.value.chosen
    ('referred', 18, 18)
    """
    pool = as_models(Delegate, recommended, "recommended")
    picked = as_strings(chosen, "chosen")
    on = as_date(on, "on")
    check_unique((d.id for d in pool), "recommended delegate")
    check_unique(picked, "chosen delegate")
    ctx = RuleContext(representative_balance, policy, on=on)
    req = {path.removeprefix("open_day."): ctx.param(path) for path in _BALANCE_PARAMS}
    chosen_set = set(picked)
    units = Counter(d.unit for d in pool)
    got = Counter(d.unit for d in pool if d.id in chosen_set)
    balance = DelegateBalance(
        recommended=len(pool),
        units=len(units),
        chosen=len(picked),
        by_unit=tuple(
            UnitShare(unit=u, recommended=units[u], chosen=got[u]) for u in sorted(units)
        ),
        gender=_shares(pool, chosen_set, lambda d: d.gender),
        posts=_shares(pool, chosen_set, lambda d: d.post),
        levels=_shares(pool, chosen_set, lambda d: d.level),
        chosen_ages=_ages([d.age for d in pool if d.id in chosen_set]),
        recommended_ages=_ages([d.age for d in pool]),
        violations=tuple(_hard_facts(pool, picked, req)),
    )
    _say_spread(ctx, balance)
    for v in balance.violations:
        ctx.say(_VIOLATION, violation=v)
    for name, what in _NOT_CHECKED.items():
        if req[name] is None:
            ctx.say(_BalanceTexts.not_checked, what=what, name=name)
    if balance.violations:
        n = len(balance.violations)
        headline = _BalanceTexts.headline_violations.text(chosen=len(picked), n=n)
        return ctx.decide("violations", balance, headline)
    ctx.say(_BalanceTexts.referred)
    return ctx.decide("referred", balance, _BalanceTexts.headline_referred, chosen=len(picked))


class SiteChoice(BaseModel):
    """视察点选定 — the demonstration sites, those the representatives chose, and those finally fixed.

    ``demo_sites`` are the locality's party-building demonstration sites
    (全市100个党建示范点); ``chosen`` the ones the representatives chose
    (由代表公开选定2个), ``chosen_publicly`` whether they chose them publicly;
    ``final_sites`` the sites the organization finally fixed for the
    inspection (通过组织最终确定), which may include places that are not
    demonstration sites; empty when not recorded. Ids are distinct in each list.

    >>> SiteChoice(on=dt.date(2013, 6, 1), demo_sites=("S1", "S2", "S3"), chosen=("S1",)).chosen
    ('S1',)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    on: dt.date
    demo_sites: tuple[Id, ...]
    chosen: tuple[Id, ...]
    chosen_publicly: bool = False
    final_sites: tuple[Id, ...] = ()

    @model_validator(mode="after")
    def _distinct(self) -> SiteChoice:
        for name in ("demo_sites", "chosen", "final_sites"):
            ids: tuple[str, ...] = getattr(self, name)
            twice = sorted(i for i, n in Counter(ids).items() if n > 1)
            if twice:
                raise ValueError(f"{name}: listed more than once: {', '.join(twice)}")
        return self


class SiteCheck(BaseModel):
    """What site_choice found: violations, and how the final list relates to the choice."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    violations: tuple[Violation, ...]
    kept: tuple[str, ...]
    dropped: tuple[str, ...]
    added: tuple[str, ...]


class _SiteTexts:
    """Texts of open_day.site_choice (在全市100个党建示范点中,由代表公开选定2个作为视察点)."""

    counted = Say(
        "党建示范点{pool}个,代表选定{chosen}个:{items}",
        "{pool} demonstration site(s); the representatives chose {chosen}: {items}",
    )
    pool = Say("党建示范点{got}个,应为{need}个", "{got} demonstration site(s), {need} required")
    count = Say("代表选定视察点{got}个,应为{need}个", "{got} site(s) chosen, {need} required")
    not_demo = Say(
        "选定的视察点不是党建示范点:{ids}", "Chosen sites that are not demonstration sites: {ids}"
    )
    not_public = Say(
        "视察点未经代表公开选定", "The sites were not chosen publicly by the representatives"
    )
    no_final = Say("未记录最终确定的视察点", "No final list of sites recorded")
    added = Say(
        "组织最终确定时增加的视察点:{items}",
        "Sites the organization added to the final list: {items}",
    )
    dropped = Say(
        "代表选定但未列入最终视察点:{items};原文未规定组织可否调整代表的选择,提交研究决定",
        "Chosen by the representatives but not in the final list: {items}; the text does not "
        "say the organization may set a choice aside, so this is referred",
    )
    not_checked = Say(
        "未设定{what}(open_day.{name}),不检查",
        "No requirement for {what} (open_day.{name} is not set); not checked",
    )
    conforms = Say("视察点选定符合要求", "The choice of sites conforms")
    headline_conforms = Say("视察点选定:符合要求", "Inspection sites: conform")
    headline_referred = Say("视察点选定:提交研究决定", "Inspection sites: referred")
    headline_violations = Say("视察点选定:{n}处不符合要求", "Inspection sites: {n} violation(s)")


_SITE_NOT_CHECKED = {
    "demo_sites": Text(zh="党建示范点总数", en="the number of demonstration sites"),
    "sites_chosen": Text(zh="选定视察点个数", en="the number of sites chosen"),
}


def _site_violations(
    c: SiteChoice, need_pool: int | None, need_chosen: int | None
) -> Iterator[Violation]:
    """100个党建示范点中,由代表公开选定2个: the pool, the number chosen, from the pool, publicly."""
    if need_pool is not None and len(c.demo_sites) != need_pool:
        text = _SiteTexts.pool.text(got=len(c.demo_sites), need=need_pool)
        yield _problem(
            "demo_sites", text, "open_day.demo_sites", str(need_pool), str(len(c.demo_sites))
        )
    if need_chosen is not None and len(c.chosen) != need_chosen:
        text = _SiteTexts.count.text(got=len(c.chosen), need=need_chosen)
        yield _problem(
            "sites_chosen", text, "open_day.sites_chosen", str(need_chosen), str(len(c.chosen))
        )
    pool = set(c.demo_sites)
    stray = [s for s in c.chosen if s not in pool]
    if stray:
        text = _SiteTexts.not_demo.text(ids=stray)
        yield _problem("site_not_demo", text, "", "demonstration site", ", ".join(stray))
    if not c.chosen_publicly:
        yield _problem("not_chosen_publicly", _SiteTexts.not_public.text(), "", "true", "false")


@rule(
    "open_day.site_choice",
    zh="巢湖市:代表从全市党建示范点中公开选定视察点",
    en="Chaohu: the representatives publicly choose the inspection sites from the demonstration sites",
    document=S004,
    section="巢湖市",
    quote="在全市100个党建示范点中,由代表公开选定2个作为视察点",
    parameters=("open_day.demo_sites", "open_day.sites_chosen"),
)
def site_choice(choice: SiteChoice, *, policy: Policy | None = None) -> Decision[SiteCheck]:
    """视察点选定检查 — the representatives' choice of inspection sites.

    Checked, with the parameters in force on ``choice.on`` (`CHAOHU`: 100
    and 2): the demonstration sites number ``open_day.demo_sites``; the
    representatives chose ``open_day.sites_chosen`` of them, every one a
    demonstration site, publicly. The seed then lists five sites 通过组织最终确定
    (a model village, a model community, an enterprise site, a cadre
    education base, a talent training base): read as the organization's
    final list for the inspection, which holds the representatives' two and
    places it adds (two of the five are not party-building sites at all).
    So sites added to ``final_sites`` are reported, not refused; a chosen
    site missing from it is referred, since the text does not say the
    organization may set the representatives' choice aside. The outcome is
    ``violations``, else ``referred``, else ``conforms``.

    >>> from orgwork.open_day import CHAOHU
    >>> pool = tuple(f"S{i:03d}" for i in range(100))
    >>> c = SiteChoice(on=dt.date(2013, 6, 1), demo_sites=pool, chosen=("S007", "S042"),
    ...                chosen_publicly=True, final_sites=("S007", "S042", "干部教育基地"))
    >>> d = site_choice(c, policy=CHAOHU.policy())
    >>> d.outcome, d.value.added
    ('conforms', ('干部教育基地',))
    """
    c = as_models(SiteChoice, (choice,))[0]
    ctx = RuleContext(site_choice, policy, on=c.on)
    need_pool = ctx.param("open_day.demo_sites")
    need_chosen = ctx.param("open_day.sites_chosen")
    ctx.say(
        _SiteTexts.counted,
        pool=len(c.demo_sites),
        chosen=len(c.chosen),
        items=c.chosen or _BalanceTexts.none,
    )
    violations = tuple(_site_violations(c, need_pool, need_chosen))
    for v in violations:
        ctx.say(_VIOLATION, violation=v)
    final = set(c.final_sites)
    kept = tuple(s for s in c.chosen if s in final)
    dropped = tuple(s for s in c.chosen if s not in final) if c.final_sites else ()
    added = tuple(s for s in c.final_sites if s not in set(c.chosen))
    if not c.final_sites:
        ctx.say(_SiteTexts.no_final)
    ctx.say_list(_SiteTexts.added, added)
    ctx.say_list(_SiteTexts.dropped, dropped)
    for name, what in _SITE_NOT_CHECKED.items():
        if ctx.parameters[f"open_day.{name}"] is None:
            ctx.say(_SiteTexts.not_checked, what=what, name=name)
    check = SiteCheck(violations=violations, kept=kept, dropped=dropped, added=added)
    if violations:
        return ctx.decide("violations", check, _SiteTexts.headline_violations, n=len(violations))
    if dropped:
        return ctx.decide("referred", check, _SiteTexts.headline_referred)
    ctx.say(_SiteTexts.conforms)
    return ctx.decide("conforms", check, _SiteTexts.headline_conforms)
