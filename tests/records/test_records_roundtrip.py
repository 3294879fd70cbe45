"""Round trips: records orgwork writes read back unchanged, with no problem, in every format.

A file orgwork wrote must read back as the very records written, with no
error and no note, as JSON, as a folder of CSV files and as .xlsx, with
Chinese or English headers. The records come from :mod:`orgwork.strategies`
and from the sample town.

Eight bugs these properties found in the first reader and writer are fixed;
each keeps a test of its own below. One limit stands: a spreadsheet cell
cannot tell an empty text from no text, so an optional text holding ''
reads back from CSV or .xlsx as None (JSON keeps ''). The tests of that
limit are xfail (strict) for CSV and .xlsx, and the full-strategy CSV and
.xlsx properties run with those values rewritten
(:func:`_sidestep_known_bugs`); JSON runs the strategies unchanged.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from orgwork import strategies as ows
from orgwork.assessment import MonthlySheet
from orgwork.decision import Text
from orgwork.open_day import OpenDay, OpenDayPlan, Representative, RepresentativeGroup
from orgwork.points import POINTS_LIMIT
from orgwork.records import (
    Applicant,
    AssessmentRecords,
    CadreBirth,
    CareRecords,
    CompetitiveRound,
    OpenDayRecords,
    Records,
    Result,
    SelectionRecords,
    StreetRecruitment,
    SupervisionRecords,
    read_records_report,
    write_records,
)
from orgwork.samples import FIRST_YEAR, LAST_YEAR
from orgwork.samples import records as sample
from orgwork.selection import Evaluation

#: The file each format is written to (a folder for CSV).
FILES = {"json": "records.json", "csv": "records", "xlsx": "records.xlsx"}
Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")

#: For the xfail properties: stop at the first failure, do not shrink it (the bugs'
#: minimal examples are the ``test_bug_*`` tests).
_NO_SHRINK = (Phase.explicit, Phase.reuse, Phase.generate)


def examples(n: int, **kwargs: Any) -> settings:
    """The profile's settings with ``n`` examples (records are large and slow to write)."""
    return settings(
        max_examples=n,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        **kwargs,
    )


def round_trip(records: Records, fmt: str, lang: Lang = "zh") -> Result:
    """``records`` written as ``fmt`` (headers in ``lang``) and read back."""
    with tempfile.TemporaryDirectory() as tmp:
        path = write_records(records, Path(tmp) / FILES[fmt], lang=lang)
        return read_records_report(path)


def assert_round_trips(records: Records, fmt: str, lang: Lang = "zh") -> None:
    result = round_trip(records, fmt, lang)
    assert [p.message("en") for p in result.problems] == []
    assert result.records == records


# -- the strategies' own round trip --------------------------------------------------------


FAMILY_STRATEGIES: dict[type[BaseModel], Any] = {
    AssessmentRecords: ows.assessment_records(),
    CareRecords: ows.care_records(),
    SupervisionRecords: ows.supervision_records(),
    OpenDayRecords: ows.open_day_records(),
    SelectionRecords: ows.selection_records(),
}


#: Records of the calendar's years (the default) or of any year the strategy takes.
ANY_YEAR = ows.records() | st.integers(1960, 2100).flatmap(lambda y: ows.records(year=y))


@examples(40)
@given(ANY_YEAR)
def test_records_validate_their_own_dump(r: Records) -> None:
    assert Records.model_validate(r.model_dump()) == r
    assert Records.model_validate_json(r.model_dump_json()) == r


@pytest.mark.parametrize("model", list(FAMILY_STRATEGIES), ids=lambda m: m.__name__)
@examples(20)
@given(data=st.data())
def test_family_records_validate_their_own_dump(
    model: type[BaseModel], data: st.DataObject
) -> None:
    value = data.draw(FAMILY_STRATEGIES[model])
    assert type(value) is model
    assert model.model_validate(value.model_dump()) == value


# -- known bugs ----------------------------------------------------------------------------


def _sidestep_known_bugs(r: Records) -> Records:
    """``r`` with the values that hit a known bug rewritten (each names its ``test_bug_*``)."""
    d = r.model_dump()
    # test_empty_optional_text
    for family, collection, field in (
        ("assessment", "sheets", "note"),
        ("assessment", "cadre_sheets", "note"),
        ("assessment", "adjustments", "source"),
        ("selection", "events", "note"),
        ("selection", "rules_reports", "note"),
        ("selection", "activities_135", "note"),
        ("selection", "branch_meetings", "note"),
        ("selection", "appointment_notices", "post"),
        ("selection", "probations", "post"),
        ("selection", "matters", "summary"),
        ("selection", "absences", "reason"),
    ):
        for row in d[family][collection]:
            if row[field] == "":
                row[field] = None
    # test_empty_optional_text, for a single value kept in 基本信息
    if d["selection"]["sample_time_limit_kind"] == "":
        d["selection"]["sample_time_limit_kind"] = None
    # test_empty_optional_bilingual_text
    if d["selection"]["study_exempt_reason"] == {"zh": "", "en": ""}:
        d["selection"]["study_exempt_reason"] = None
    return Records.model_validate(d)


_LIMIT_REASON = (
    "LIMIT: a spreadsheet cell cannot tell an empty text from no text: an optional text "
    "holding '' reads back as None from CSV and .xlsx"
)


def _bug_param(fmt: str, failing: tuple[str, ...], reason: str) -> Any:
    marks = [pytest.mark.xfail(reason=f"LIMIT: {reason}", strict=True)] if fmt in failing else []
    return pytest.param(fmt, marks=marks)


def _formats(failing: tuple[str, ...], reason: str) -> list[Any]:
    return [_bug_param(fmt, failing, reason) for fmt in FILES]


def _with(town: str = "青石镇", **families: dict[str, Any]) -> Records:
    """Records of 2025 for ``town``, each family given by its fields (year and place inherited)."""
    return Records.model_validate({"year": 2025, "town": town, **families})


_SHEET = MonthlySheet(unit="东岭村", town="青石镇", year=2025, month=1, points={"a": Decimal(1)})


@pytest.mark.parametrize(
    "fmt", _formats(("csv", "xlsx"), "an empty note of a monthly sheet reads back as None")
)
def test_empty_optional_text(fmt: str) -> None:
    """A ``str | None`` field holding '' is written as an empty cell and read as None, silently.

    The same for every optional text of a row: ``MonthlySheet.note``,
    ``PointAdjustment.source``, ``CadreEvent.note``, ``RulesReport.note``,
    ``Activity135.note``.
    """
    r = _with(assessment={"sheets": (_SHEET.model_copy(update={"note": ""}),)})
    assert_round_trips(r, fmt)


@pytest.mark.parametrize(
    "fmt",
    _formats(
        (),
        "a street recruitment with an empty street is lost, with its applicants, as errors",
    ),
)
def test_empty_text_in_an_optional_group(fmt: str) -> None:
    """A required ``str`` of a single model kept in 基本信息 (``StreetRecruitment.street``)
    holding '' is read as missing: the whole street recruitment is reported and left out."""
    recruitment = StreetRecruitment(
        street="", post="社区岗位", held_on=dt.date(2025, 5, 1), applicants=()
    )
    assert_round_trips(_with(selection={"street_recruitment": recruitment}), fmt)


@pytest.mark.parametrize(
    "fmt",
    _formats(("csv", "xlsx"), "an empty study_exempt_reason Text reads back as None"),
)
def test_empty_optional_bilingual_text(fmt: str) -> None:
    """An optional :class:`Text` with both halves '' is read as None, silently."""
    reason = Text(zh="", en="")
    assert_round_trips(_with(selection={"study_exempt_reason": reason}), fmt)


@pytest.mark.parametrize(
    "fmt",
    _formats(
        (),
        "a representative at two open days is rejected as a repeat of the first row",
    ),
)
def test_representative_at_two_open_days(fmt: str) -> None:
    """Representative ids are unique within an open day (the model's rule), but the reader
    keys the representatives sheet by id alone: the same person at a second day is refused."""
    rep = Representative(id="R001", group=RepresentativeGroup.PUBLIC)
    plan = OpenDayPlan(
        year=2025,
        days=(
            OpenDay(held_on=dt.date(2025, 3, 1), representatives=(rep,)),
            OpenDay(held_on=dt.date(2025, 9, 1), representatives=(rep,)),
        ),
    )
    assert_round_trips(_with(open_day={"plan": plan}), fmt)


@pytest.mark.parametrize("fmt", _formats((), "a competitive round with no candidates is refused"))
def test_round_without_candidates(fmt: str) -> None:
    """An empty required list is written as an empty cell, then refused as missing."""
    rnd = CompetitiveRound(
        category="综合类",
        category_en="general",
        held_on=dt.date(2025, 6, 1),
        posts=("副处长",),
        candidates=(),
    )
    assert_round_trips(_with(selection={"competitive_rounds": (rnd,)}), fmt)


@pytest.mark.parametrize(
    "fmt",
    _formats((), "an evaluation with no tallies is refused (tallies missing)"),
)
def test_evaluation_without_tallies(fmt: str) -> None:
    """A required collection kept on a sheet of its own (``Evaluation.tallies``) with no rows
    reads as missing: the applicant, and with it the street recruitment, is refused."""
    evaluation = Evaluation(
        applicant="A01", held_on=dt.date(2025, 5, 1), unit_endorsed=True, tallies=()
    )
    recruitment = StreetRecruitment(
        street="青禾街道",
        post="社区岗位",
        held_on=dt.date(2025, 5, 1),
        applicants=(Applicant(unit="青禾社区", evaluation=evaluation),),
    )
    assert_round_trips(_with(selection={"street_recruitment": recruitment}), fmt)


@pytest.mark.parametrize(
    "fmt",
    _formats((), "a Decimal in exponent form (1E+2) is written as '1E+2' and refused"),
)
def test_decimal_in_exponent_form(fmt: str) -> None:
    """``Decimal('1E+2')`` (what ``Decimal(100).normalize()`` gives) is valid points, equal to
    100; JSON and CSV write it as ``'1E+2'``, which the reader refuses: the sheet is lost."""
    sheet = _SHEET.model_copy(update={"points": {"a": Decimal("1E+2")}})
    assert_round_trips(_with(assessment={"sheets": (sheet,)}), fmt)


@pytest.mark.parametrize(
    "fmt",
    _formats((), "dates 1899-12-30 and 1899-12-31 are read from .xlsx as a time of day"),
)
def test_xlsx_dates_before_1900(fmt: str) -> None:
    """Excel's serial 0 and 1 come back from openpyxl as a time: the reader refuses them."""
    birth = CadreBirth(cadre="某干部", born=dt.date(1899, 12, 31))
    assert_round_trips(_with(selection={"births": (birth,)}), fmt)


# -- edge values that round-trip -----------------------------------------------------------


@pytest.mark.parametrize("fmt", list(FILES))
@examples(15)
@given(
    points=st.decimals(
        min_value=0, max_value=POINTS_LIMIT, places=2, allow_nan=False, allow_infinity=False
    ),
    day=st.dates(dt.date(1900, 1, 1), dt.date(9999, 12, 31)),
    text=st.sampled_from(["=1+1", "+1", "-", "@a", "'", "''=x", "[1]", "a、b", "0012", "是"]),
)
def test_edge_values_round_trip(fmt: str, points: Decimal, day: dt.date, text: str) -> None:
    """Many-digit points, dates from 1900 to 9999, texts that look like formulas or lists."""
    sheet = _SHEET.model_copy(update={"points": {"a": points}, "note": text})
    r = _with(
        town=text,
        assessment={"sheets": (sheet,)},
        selection={"births": (CadreBirth(cadre=text, born=day),)},
    )
    assert_round_trips(r, fmt)


# -- the strategies, every format -----------------------------------------------------------


@examples(40)
@given(ows.records())
def test_json_round_trip(r: Records) -> None:
    assert_round_trips(r, "json")


@pytest.mark.xfail(reason=_LIMIT_REASON, strict=True)
@examples(40, phases=_NO_SHRINK)
@given(ows.records(), st.sampled_from(LANGS))
def test_csv_round_trip(r: Records, lang: Lang) -> None:
    assert_round_trips(r, "csv", lang)


@pytest.mark.xfail(reason=_LIMIT_REASON, strict=True)
@examples(15, phases=_NO_SHRINK)
@given(ows.records(), st.sampled_from(LANGS))
def test_xlsx_round_trip(r: Records, lang: Lang) -> None:
    assert_round_trips(r, "xlsx", lang)


@examples(40)
@given(ows.records().map(_sidestep_known_bugs), st.sampled_from(LANGS))
def test_csv_round_trip_empty_texts_as_none(r: Records, lang: Lang) -> None:
    assert_round_trips(r, "csv", lang)


@examples(15)
@given(ows.records().map(_sidestep_known_bugs), st.sampled_from(LANGS))
def test_xlsx_round_trip_empty_texts_as_none(r: Records, lang: Lang) -> None:
    assert_round_trips(r, "xlsx", lang)


# -- bare records ---------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fmt", list(FILES))
def test_bare_records_round_trip(fmt: str, lang: Lang) -> None:
    """Records with a year and nothing else: an empty sample-quota mapping, every item group
    (schemes, plan, street recruitment, study log) absent."""
    assert_round_trips(_with(town=""), fmt, lang)


# -- the sample town -----------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fmt", list(FILES))
@pytest.mark.parametrize("year", [FIRST_YEAR, 2012, 2025, LAST_YEAR])
def test_sample_town_round_trips(year: int, fmt: str, lang: Lang) -> None:
    assert_round_trips(sample(year), fmt, lang)
