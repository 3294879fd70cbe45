"""千分制考核: score a town's villages for a year, apply a care deduction, rank, decide the salary.

Run: ``python examples/assessment.py`` (no extras needed).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from orgwork.assessment import (
    HUNDRED_POINT,
    MonthlySheet,
    PointAdjustment,
    PointScheme,
    SchemeItem,
    annual_totals,
    committee_attendance,
    honours,
    salary_eligibility,
)
from orgwork.assessment.io import read_scores, write_scores
from orgwork.decision import Text
from orgwork.errors import MissingParameterError
from orgwork.policy import Policy

# A town's own 千分制: the year's goals in parts that add up to 1000 points.
SCHEME = PointScheme(
    code="town_2025",
    name=Text(zh="某镇村级千分制", en="A town's village thousand-point scheme"),
    kind="thousand_point",
    total=1000,
    items=(
        SchemeItem(code="party", name=Text(zh="党建工作", en="Party building"), maximum=400),
        SchemeItem(code="economy", name=Text(zh="经济发展", en="Economy"), maximum=400),
        SchemeItem(
            code="care",
            name=Text(zh="老党员关怀帮扶", en="Care for elderly members"),
            maximum=120,
            monthly=(10,) * 12,
        ),
        SchemeItem(code="stability", name=Text(zh="平安稳定", en="Stability"), maximum=80),
    ),
)

# Monthly points (party, economy, care, stability), the same every month for brevity.
VILLAGES = {
    "V01": (33, 33, 10, 6),
    "V02": (33, 32, 10, 6),
    "V03": (32, 32, 10, 6),
    "V04": (32, 31, 10, 6),
    "V05": (31, 32, 10, 6),  # ties V04 at fourth place
    "V06": (31, 31, 10, 6),
    "V07": (30, 31, 9, 6),
    "V08": (30, 30, 9, 6),
    "V09": (29, 30, 9, 6),
    "V10": (29, 29, 9, 5),
}


def main() -> None:
    sheets = [
        MonthlySheet(
            unit=unit,
            town="某镇",
            year=2025,
            month=m,
            points=dict(zip(SCHEME.codes, pts, strict=True)),
        )
        for unit, pts in VILLAGES.items()
        for m in range(1, 13)
    ]
    # Round trip through a spreadsheet file, as a town would exchange it.
    with tempfile.TemporaryDirectory() as tmp:
        path = write_scores(sheets, Path(tmp) / "scores.csv", SCHEME)
        imported = read_scores(path, SCHEME)
    assert imported.ok
    assert imported.accepted == tuple(sheets)

    # The care domain's deduction: V04 missed the 七一 visit to its elderly members.
    missed = PointAdjustment(
        unit="V04",
        year=2025,
        month=7,
        points=-5,
        item="care",
        rule="care.festival_visit",
        reason=Text(zh="七一未入户慰问老党员", en="No 七一 home visit to elderly members"),
    )

    for label, adjustments in (("without the deduction", []), ("with the deduction", [missed])):
        totals = annual_totals(imported.accepted, SCHEME, adjustments=adjustments)
        print(f"--- top-four salary, {label}")
        for d in salary_eligibility(totals):
            print(f"{d.value.rank:>2}  {d.value.unit}  {d.value.points:>4}  {d.outcome}")

    totals = annual_totals(imported.accepted, SCHEME)
    print("--- a town that breaks a tie by the economy item instead of referring it")
    policy = Policy.default().override(
        {"assessment.tie_policy": "secondary_keys", "assessment.tie_secondary_keys": ["economy"]}
    )
    undecided = [d for d in salary_eligibility(totals) if d.outcome == "undecided"]
    print(undecided[0].explain("en"))
    print([(d.subject, d.outcome) for d in salary_eligibility(totals, policy=policy)][3:5])
    # (the subject of a decision on a year's result is "<unit>:<year>")

    print("--- honours need a quota the seed does not give")
    quota = Policy.default().override({"assessment.honours_quota": 3})
    print([d.value.unit for d in honours(totals, policy=quota) if d.outcome == "qualifies"])
    print(committee_attendance(list(VILLAGES), on=dt.date(2025, 1, 1))[0].headline.en)

    print("--- the 百分制 of a department's staff, beside the villages' 千分制")
    staff = [
        MonthlySheet(
            unit="组织科",
            town="某县委组织部",
            kind="cadre",
            year=2025,
            month=m,
            points={"daily": 26, "key": 35, "common": 14, "individual": 13},
        )
        for m in range(1, 13)
    ]
    try:
        annual_totals(staff, HUNDRED_POINT)
    except MissingParameterError as exc:  # the seed names the four parts, not their shares
        print("needs", exc.parameter)
    shares = Policy.default().override(
        {
            "assessment.hundred_point_shares": {
                "daily": 30,
                "key": 40,
                "common": 15,
                "individual": 15,
            }
        }
    )
    (d,) = annual_totals(staff, HUNDRED_POINT, policy=shares)  # each month out of 100, averaged
    print(
        d.headline.en, "|", annual_totals(imported.accepted, SCHEME, policy=shares)[0].headline.en
    )


if __name__ == "__main__":
    main()
