"""Personal data (issue 14 point 7): reprs hide health facts, birth dates and complaint texts;
decisions have a redacted form that masks names and drops health details."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from orgwork._redact import HEALTH_TERMS, Redactor, is_name, mask_name, personal_names
from orgwork.care import (
    ElderlyMember,
    HardshipKind,
    HardshipPeriod,
    HospitalStay,
    Organization,
    Payment,
    Receipt,
    Visit,
    VisitKind,
)
from orgwork.care._fund import FundPurpose
from orgwork.decision import Decision, DecisionTable, Reason, Text

SENTINEL = "秘密哨兵"
DAY = dt.date(2025, 3, 14)


def _models() -> list[tuple[str, BaseModel, tuple[str, ...]]]:
    """(label, model, texts its repr must not show) for every model with a personal field."""
    from orgwork.cadres import CadreEvent, OpinionSolicitation, TalkTrigger
    from orgwork.open_day import Suggestion
    from orgwork.records.selection import CadreBirth
    from orgwork.records.supervision import MeetingRequest
    from orgwork.supervision import Case, Finding
    from orgwork.supervision._ledger import LedgerItem, Opened

    stay = HospitalStay(admitted=DAY, discharged=dt.date(2025, 3, 20), major_illness=True)
    hardship = HardshipPeriod(kind=HardshipKind.GREAT_HARDSHIP, start=dt.date(2024, 1, 2))
    return [
        ("HospitalStay", stay, ("2025-03-14", "2025, 3, 14", "major_illness")),
        ("HardshipPeriod", hardship, ("great_hardship", "2024, 1, 2")),
        (
            "ElderlyMember",
            ElderlyMember(
                id="M1", name="某", organization="V1", hospital_stays=(stay,), hardship=(hardship,)
            ),
            ("2025, 3, 14", "major_illness", "great_hardship"),
        ),
        (
            "care.Visit",
            Visit(kind=VisitKind.HOME, on=DAY, member="M1", note=SENTINEL),
            (SENTINEL,),
        ),
        ("Receipt", Receipt(on=DAY, amount=1, source="镇", note=SENTINEL), (SENTINEL,)),
        (
            "Payment",
            Payment(
                on=DAY,
                amount=1,
                recipient="M1",
                purpose=FundPurpose.MAJOR_ILLNESS,
                ground=SENTINEL,
                note=SENTINEL + "2",
            ),
            (SENTINEL, "major_illness", "MAJOR_ILLNESS"),
        ),
        (
            "Case",
            Case(
                id="C1",
                received_on=DAY,
                summary=SENTINEL,
                transferred_to="镇",
                transferred_on=DAY,
            ),
            (SENTINEL,),
        ),
        (
            "Case.not_accepted",
            Case(id="C2", received_on=DAY, not_accepted_reason=SENTINEL, replied_on=DAY),
            (SENTINEL,),
        ),
        (
            "Finding",
            Finding(person="某", severity="minor", found_on=DAY, description=SENTINEL),
            (SENTINEL,),
        ),
        (
            "Opened",
            Opened(seq=1, item="Z1", on=DAY, category="作风", description=SENTINEL),
            (SENTINEL,),
        ),
        (
            "LedgerItem",
            LedgerItem(
                id="Z1", category="作风", description=SENTINEL, opened_on=DAY, last_event_on=DAY
            ),
            (SENTINEL,),
        ),
        ("Suggestion", Suggestion(id="S1", open_day=DAY, topic=SENTINEL), (SENTINEL,)),
        (
            "MeetingRequest",
            MeetingRequest(supervisor="某", requested_on=DAY, topic=SENTINEL),
            (SENTINEL,),
        ),
        ("CadreBirth", CadreBirth(cadre="某", born=dt.date(1971, 5, 6)), ("1971",)),
        (
            "CadreEvent",
            CadreEvent(cadre="某", trigger=TalkTrigger.FAMILY_MISFORTUNE, on=DAY, note=SENTINEL),
            (SENTINEL,),
        ),
        (
            "OpinionSolicitation",
            OpinionSolicitation(on=DAY, form="座谈会", note=SENTINEL),
            (SENTINEL,),
        ),
    ]


@pytest.mark.parametrize(("label", "model", "hidden"), _models(), ids=[m[0] for m in _models()])
def test_repr_and_str_hide_personal_fields(label: str, model: BaseModel, hidden: tuple[str, ...]):
    for shown in (repr(model), str(model)):
        for value in hidden:
            assert value not in shown, f"{label}: {value!r} in {shown!r}"


@pytest.mark.parametrize(("label", "model", "hidden"), _models(), ids=[m[0] for m in _models()])
def test_hidden_values_stay_in_the_model(label: str, model: BaseModel, hidden: tuple[str, ...]):
    dumped = str(model.model_dump(mode="json"))
    assert any(value in dumped for value in hidden), label
    assert type(model).model_validate(model.model_dump()) == model


@pytest.mark.parametrize(("label", "model", "hidden"), _models(), ids=[m[0] for m in _models()])
def test_logging_a_model_shows_no_personal_value(
    label: str, model: BaseModel, hidden: tuple[str, ...], caplog: pytest.LogCaptureFixture
):
    log = logging.getLogger("orgwork.test_personal_data")
    with caplog.at_level(logging.INFO):
        log.info("model %r", model)
        log.info("model %s", model)
        log.info("nested %r", [model])
    for value in hidden:
        assert value not in caplog.text, label


def test_records_repr_shows_no_health_fact():
    from orgwork.samples import records

    care = records(2025).care
    shown = repr(care)
    assert "major_illness" not in shown
    assert "great_hardship" not in shown
    assert "admitted" not in shown


# -- masking names ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("张三", "张*"),
        ("黄守仁", "黄**"),
        ("欧阳明华", "欧阳**"),
        ("司马懿", "司马*"),
        ("欧阳", "欧*"),  # a bare compound surname: one character kept
        ("John Smith", "J***"),
        ("Li", "L***"),
    ],
)
def test_mask_name(name: str, masked: str):
    assert mask_name(name) == masked
    assert name not in mask_name(name)


def test_codes_are_not_names():
    assert not is_name("M01")
    assert not is_name("群众评委01")
    assert not is_name("王")
    assert is_name("张三")
    assert is_name("Ann Lee")


def test_redactor_masks_every_occurrence_and_latin_names_as_words():
    r = Redactor(["张三", "张三丰", "Ann"])
    assert r.text("张三丰与张三、张三") == "张**与张*、张*"
    assert r.text("Ann met Anna") == "A*** met Anna"


def test_personal_names_come_from_the_data():
    org = Organization(id="V01", name="东岭村党支部", secretary="王建国", stationed_cadre="M07")
    assert personal_names(org) == ("王建国",)  # a code is not a name; the branch is no person


# -- Decision.redacted and DecisionTable.redacted ----------------------------------------------


def _decision(**kw: Any) -> Decision[Any]:
    base: dict[str, Any] = {
        "rule": "supervision.case_status",
        "subject": "XF-1",
        "outcome": "overdue",
        "value": {"handler": "方志诚", "case": "XF-1"},
        "headline": Text(zh="方志诚承办的XF-1超期", en="XF-1, handled by 方志诚, is overdue"),
        "reasons": (Reason(rule="supervision.case_status", zh="承办人方志诚", en="方志诚"),),
    }
    return Decision[Any](**(base | kw))


def test_decision_redacted_masks_names_everywhere():
    d = _decision()
    r = d.redacted(["方志诚"])
    dumped = r.to_json()
    assert "方志诚" not in dumped
    assert "方**" in dumped
    assert r.value == {"handler": "方**", "case": "XF-1"}
    assert "方志诚" not in r.explain("zh")
    assert "方志诚" not in r.explain("en")
    assert d.to_json(redact=["方志诚"]) == r.to_json()
    assert "方志诚" in d.to_json()  # the decision itself is unchanged


def test_health_decision_keeps_only_its_outcome():
    d = Decision[Any](
        rule="care.hospital_visit",
        subject="hospital_visit:M03:2025-09-12",
        outcome="due",
        value={"kind": "hospital_visit", "start": "2025-09-12", "member": "M03"},
        headline=Text(zh="黄守仁9月12日住院,应有人看望", en="黄守仁 in hospital from 2025-09-12"),
        reasons=(Reason(rule="care.hospital_visit", zh="因重大疾病住院", en="major illness"),),
    )
    r = d.redacted(["黄守仁"])
    shown = r.to_json() + r.explain("zh") + r.explain("en")
    assert "黄守仁" not in shown
    assert "hospital" not in shown
    assert "住院" not in shown
    assert r.value is None
    assert r.outcome == "due"
    assert r.rule == "care.duties"
    assert r.subject == "care_duty:M03:2025-09-12"


def test_decision_table_redacted():
    t = DecisionTable([_decision(), _decision(subject="XF-2")])
    red = t.redacted(["方志诚"])
    assert len(red) == 2
    assert "方志诚" not in str(red.records())


@pytest.mark.parametrize("names", ["方志诚", 3, [3]])
def test_redacted_names_must_be_strings(names: Any):
    with pytest.raises(TypeError, match="names"):
        _decision().redacted(names)
    with pytest.raises(TypeError, match="names"):
        DecisionTable([_decision()]).redacted(names)


def test_health_terms_list_is_what_the_redactor_removes():
    r = Redactor([])
    for term in HEALTH_TERMS:
        assert term.lower() not in r.text(f"x{term}y").lower(), term


@pytest.mark.parametrize("fmt", ["json", "csv", "xlsx"])
def test_a_redacted_records_export_names_no_one_and_reads_back(tmp_path: Path, fmt: str) -> None:
    from orgwork.records import read_records_report, write_records
    from orgwork.samples import records as sample

    records = sample(2025)
    names = personal_names(records)
    assert len(names) > 20  # the check below is only as good as the names it looks for
    target = tmp_path / ("copy" if fmt == "csv" else f"copy.{fmt}")
    out = write_records(records, target, redact=True)
    read = read_records_report(out)
    assert [p for p in read.problems if p.severity == "error"] == []
    back = read.records
    assert back is not None
    assert back.care.members  # the members stay, under masked names
    assert all(not m.hospital_stays and not m.hardship for m in back.care.members)
    assert {v.kind.value for v in back.care.visits} <= {"home", "meeting"}
    assert all(c.summary in ("", "—") for c in back.supervision.cases)
    dumped = back.model_dump_json()
    assert [n for n in names if n in dumped] == []
    # the unredacted export keeps them
    plain = write_records(records, tmp_path / ("plain" if fmt == "csv" else f"plain.{fmt}"))
    again = read_records_report(plain).records
    assert again is not None
    assert any(n in again.model_dump_json() for n in names)


def test_template_redact_writes_the_masked_sample(tmp_path: Path) -> None:
    from orgwork.cli import main
    from orgwork.samples import records as sample

    out = tmp_path / "copy.json"
    assert main(["template", "--sample", "--redact", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    names = personal_names(sample(2025))
    assert names
    assert [n for n in names if n in text] == []
    assert main(["template", "--redact", str(tmp_path / "empty.json")]) == 2
