"""Personal data: the names a town's records hold, and the redacted form of what orgwork prints.

A report, a decision or an export shared *outside* the organization
department must not name people nor carry health facts (PIPL art. 28: 医疗健康
information is sensitive personal information). This module holds the two
pieces every redacted form uses:

- `personal_names` collects the names of people from the records a
  report was built on (members, secretaries, cadres, handlers, visitors,
  supervisors, candidates, ...): every field `PERSON_FIELDS` lists. Names
  are taken from the data, never guessed from text.
- `Redactor` masks every occurrence of those names in a text
  (`mask_name`: ``张三`` → ``张*``, ``欧阳明华`` → ``欧阳**``, ``Smith`` →
  ``S***``) and replaces health wording (a hospital stay, an illness, hardship)
  by neutral wording (``住院`` → ``关怀事项``); on data (a decision's value, a
  JSON export) it also drops the keys that hold health facts or birth dates.

>>> r = Redactor(["黄守仁", "欧阳明华"])
>>> r.text("黄守仁9月12日住院,欧阳明华负责看望")
'黄**9月12日关怀事项,欧阳**负责看望'
>>> r.text("黄守仁 in hospital from 2025-09-12")
'黄** with a care matter from 2025-09-12'
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

if TYPE_CHECKING:
    from orgwork.decision import Decision

__all__ = [
    "BIRTH_KEYS",
    "HEALTH_CODES",
    "HEALTH_KEYS",
    "PERSON_FIELDS",
    "Redactor",
    "health_rules",
    "is_name",
    "mask_name",
    "personal_names",
]

#: Fields that hold a person's name (or the id a person is known by, which in
#: a town's records is the person's name), by model class name.
PERSON_FIELDS: dict[str, frozenset[str]] = {
    # assessment
    "Village": frozenset({"secretary", "stationed_cadre"}),
    "TownCadre": frozenset({"name"}),
    # care
    "Town": frozenset({"party_secretary", "deputy_secretary", "organization_member"}),
    "Organization": frozenset({"secretary", "stationed_cadre"}),
    "ElderlyMember": frozenset({"name"}),
    "HardshipPeriod": frozenset({"contact"}),
    # care.Visit and supervision.Visit share the class name: `by` and `leader`
    "Visit": frozenset({"by", "leader"}),
    # supervision
    "SupervisionRecords": frozenset({"head", "deputy_head_letters", "handlers"}),
    "Case": frozenset({"handler", "extension_approved_by"}),
    "Assigned": frozenset({"person"}),
    "Finding": frozenset({"person"}),
    "Candidate": frozenset({"name"}),
    "Appointment": frozenset({"name"}),
    "MeetingRequest": frozenset({"supervisor"}),
    "DutyRecord": frozenset({"supervisor"}),
    "SanctionRecord": frozenset({"supervisor"}),
    "DeputyDesignation": frozenset({"person"}),
    "ChannelAssignment": frozenset({"person"}),
    "HotlineCall": frozenset({"answered_by"}),
    "MailboxCollection": frozenset({"collected_by"}),
    # open day
    "Suggestion": frozenset({"assignee"}),
    "RecommendedDelegate": frozenset({"id"}),
    "Representative": frozenset({"id"}),
    # selection, cadres, organizations
    "Evaluation": frozenset({"applicant"}),
    "CompetitiveRound": frozenset({"candidates"}),
    "Judge": frozenset({"name"}),
    "Nomination": frozenset({"nominee"}),
    "ProcedureRecord": frozenset({"candidates"}),
    "StepResult": frozenset({"candidate"}),
    "ServiceHistory": frozenset({"cadre"}),
    "CadreEvent": frozenset({"cadre"}),
    "Talk": frozenset({"cadre", "by"}),
    "SectionTenure": frozenset({"cadre"}),
    "CadreBirth": frozenset({"cadre"}),
    "StudyLog": frozenset({"members"}),
    "StudyEntry": frozenset({"person"}),
    # membership (党费, 发展党员)
    "DuesMember": frozenset({"member"}),
    "DuesPayment": frozenset({"member"}),
    "MembershipApplicant": frozenset({"person"}),
    "ProbationaryMember": frozenset({"person"}),
    # cadres (首问负责, 限时办结, AB岗, 挂牌上岗, 看望走访), selection (任前公示, 试用期)
    "Matter": frozenset({"first_asked", "handled_by"}),
    "Transfer": frozenset({"by", "to"}),
    "KeyPost": frozenset({"a_holder", "b_holder"}),
    "Absence": frozenset({"person"}),
    "RosterEntry": frozenset({"person"}),
    "Badge": frozenset({"person"}),
    "CadreHospitalStay": frozenset({"cadre"}),
    "CadreFamily": frozenset({"cadre"}),
    "WelfareVisit": frozenset({"cadre", "by"}),
    "AppointmentNoticeRecord": frozenset({"candidate"}),
    "AppointmentNotice": frozenset({"candidate"}),
    "TrialAppointment": frozenset({"cadre"}),
    # cadres (电脑之夜, 计算机骨干, 技能考核考试, 调整前绩效)
    "ComputerNight": frozenset({"by"}),
    "BackboneTrainee": frozenset({"cadre"}),
    "BackboneCount": frozenset({"trainees"}),
    "CadreBirthDate": frozenset({"cadre"}),
    "SkillsExam": frozenset({"cadre"}),
    "ExamCoverage": frozenset({"required", "examined", "missing", "referred", "not_required"}),
    "Adjustment": frozenset({"cadre"}),
    "AdjustmentEvidence": frozenset({"cadre"}),
    "PerformanceResult": frozenset({"cadre"}),
    # organizations (“1+*”模式 兼职委员)
    "PartTimeMember": frozenset({"member"}),
    "PartTimeCommittee": frozenset({"members", "not_serving"}),
}

#: Keys of data (a decision's value, an export) that hold health facts: dropped.
HEALTH_KEYS: frozenset[str] = frozenset(
    {
        "hospital_stays",
        "hardship",
        "admitted",
        "discharged",
        "major_illness",
        "serious",
        "money_difficulty",
        "ground",
        "purpose",
    }
)

#: Keys of data that hold a date of birth: dropped (the redacted form keeps no birth date).
BIRTH_KEYS: frozenset[str] = frozenset({"born", "births", "birth", "birthday", "birth_date"})

#: Codes that name a health duty or purpose, and the neutral code shown instead.
HEALTH_CODES: dict[str, str] = {
    "hospital_visit": "care_duty",
    "illness_aid": "care_duty",
    "hardship_visit": "care_duty",
    "major_illness": "special_circumstances",
    "great_hardship": "special_circumstances",
    "unable_to_look_after_self": "special_circumstances",
    "money_difficulty": "special_circumstances",
}

#: Health wording and its neutral replacement, Chinese then English (longest first
#: within a group; applied in this order).
_HEALTH_WORDS: tuple[tuple[str, str], ...] = (
    ("因重大疾病住院", "有关怀事项"),
    ("遭遇重大疾病", "遇特殊情况"),
    ("生病住院有人看望", "关怀事项有人看望"),
    ("生活困难有人帮扶", "需要帮扶有人帮扶"),
    ("生病住院看望", "关怀看望"),
    ("住院病重或资金困难", "有特殊情况"),
    ("病重或资金困难", "特殊情况"),
    ("住院看望", "关怀看望"),
    ("重大疾病", "特殊情况"),
    ("病情严重", "特殊情况"),
    ("病重", "特殊情况"),
    ("病情", "情况"),
    ("生病", "特殊情况"),
    ("疾病", "特殊情况"),
    ("住院", "关怀事项"),
    ("生活特别贫困", "需要帮扶"),
    ("生活特别困难", "需要帮扶"),
    ("失去生活自理能力", "需要帮扶"),
    ("生活困难", "需要帮扶"),
    ("特别困难", "需要帮扶"),
    ("不能自理", "需要帮扶"),
    ("自理", "照料"),
    ("资金非常困难", "特殊情况"),
    ("资金困难", "特殊情况"),
    ("困难党员", "帮扶对象"),
    ("困难老党员", "帮扶对象"),
    ("贫困", "需帮扶"),
    ("hospital stays", "care matters"),
    ("hospital stay", "care matter"),
    ("hospital visits", "care visits"),
    ("hospital visit", "care visit"),
    ("in hospital", "with a care matter"),
    ("hospitalised", "with a care matter"),
    ("hospital", "care"),
    ("seriously ill or short of money", "in special circumstances"),
    ("serious illness or money difficulty", "special circumstances"),
    ("serious illness or shortage of money", "special circumstances"),
    ("seriously ill", "in special circumstances"),
    ("serious illness", "special circumstances"),
    ("major illness", "special circumstances"),
    ("illness", "special circumstances"),
    ("sick", "in special circumstances"),
    ("short of money", "in special circumstances"),
    ("money difficulty", "special circumstances"),
    ("in especially great hardship", "in need of help"),
    ("especially great hardship", "need of help"),
    ("in great hardship", "in need of help"),
    ("great hardship", "need of help"),
    ("in hardship", "in need of help"),
    ("hardship", "need of help"),
    ("unable to look after themselves", "in need of help"),
    ("unable to look after self", "in need of help"),
    ("look after themselves", "manage on their own"),
    ("poor members", "members in need"),
    ("poor", "in need"),
)

#: Words that must not be left in a redacted text (tests check it; see docs/personal-data.md).
HEALTH_TERMS: tuple[str, ...] = (
    "住院",
    "疾病",
    "病重",
    "病情",
    "生病",
    "贫困",
    "生活困难",
    "特别困难",
    "自理",
    "hospital",
    "illness",
    "sick",
    "hardship",
    "look after themselves",
)

#: Two-character compound surnames (复姓) kept whole when a name is masked.
COMPOUND_SURNAMES: frozenset[str] = frozenset(
    [
        "欧阳",
        "司马",
        "上官",
        "诸葛",
        "东方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "长孙",
        "宇文",
        "司徒",
        "夏侯",
        "轩辕",
        "令狐",
        "钟离",
        "独孤",
        "南宫",
        "西门",
        "端木",
        "澹台",
        "申屠",
        "太史",
        "司空",
        "呼延",
        "万俟",
        "闻人",
        "濮阳",
        "百里",
        "东郭",
        "第五",
    ]
)


def _ascii_letter(c: str) -> bool:
    return c.isascii() and c.isalpha()


def is_name(value: str) -> bool:
    """Whether a person field's ``value`` is a name to mask (not a code such as ``M01``).

    A name has at least two characters, at least one letter and no digit; a
    value with a digit (``M01``, ``群众评委01``, ``2025-03-01``) is a code or a
    placeholder, and a one-character value would mask that character in every text.

    >>> is_name("张三"), is_name("Smith"), is_name("M01"), is_name("王")
    (True, True, False, False)
    """
    text = value.strip()
    if len(text) < 2 or len(text) > 60:
        return False
    if any(unicodedata.category(c) == "Nd" for c in text):
        return False
    return any(unicodedata.category(c).startswith("L") for c in text)


def mask_name(name: str) -> str:
    """A name masked: the surname and an asterisk per other character; a Latin name's first letter and ``***``.

    >>> mask_name("张三"), mask_name("欧阳明华"), mask_name("黄守仁"), mask_name("John Smith")
    ('张*', '欧阳**', '黄**', 'J***')
    """
    text = name.strip()
    if not text:
        return text
    if any(_ascii_letter(c) for c in text):
        first = next(c for c in text if _ascii_letter(c))
        return first + "***"
    if len(text) > 2 and text[:2] in COMPOUND_SURNAMES:
        return text[:2] + "*" * (len(text) - 2)
    return text[0] + "*" * max(1, len(text) - 1)


def personal_names(data: object) -> tuple[str, ...]:
    """The names of people in ``data`` (records, or any orgwork model): every `PERSON_FIELDS` value.

    Sorted, without duplicates; only values that are names (`is_name`).

    >>> from orgwork.care import Organization
    >>> personal_names(Organization(id="V01", name="某村党支部", secretary="张书记"))
    ('张书记',)
    """
    found: set[str] = set()
    _collect(data, found)
    return tuple(sorted(found))


def _collect(data: object, found: set[str]) -> None:
    if isinstance(data, BaseModel):
        fields = PERSON_FIELDS.get(type(data).__name__, frozenset())
        for name in type(data).model_fields:
            value = getattr(data, name)
            if name in fields:
                for v in value if isinstance(value, (tuple, list)) else (value,):
                    if isinstance(v, str) and is_name(v):
                        found.add(v.strip())
            _collect(value, found)
    elif isinstance(data, (tuple, list, set, frozenset)):
        for item in data:
            _collect(item, found)
    elif isinstance(data, Mapping):
        for item in data.values():
            _collect(item, found)


def _pattern(name: str) -> str:
    """``name`` as a regex alternative; a name with Latin letters only as a whole word."""
    escaped = re.escape(name)
    if _ascii_letter(name[0]):
        escaped = r"(?<![A-Za-z])" + escaped
    if _ascii_letter(name[-1]):
        escaped += r"(?![A-Za-z])"
    return escaped


_HEALTH_RE = re.compile(  # codes first: ``hospital_visit`` is one code, not the word hospital
    "|".join(re.escape(c) for c in sorted(HEALTH_CODES, key=len, reverse=True))
    + "|"
    + "|".join(re.escape(w) for w, _ in _HEALTH_WORDS),
    re.IGNORECASE,
)
_HEALTH_CODE_RE = re.compile("|".join(re.escape(c) for c in HEALTH_CODES))
_HEALTH_MAP = {w.lower(): r for w, r in _HEALTH_WORDS} | {
    c.lower(): r for c, r in HEALTH_CODES.items()
}


def _neutral(match: re.Match[str]) -> str:
    return _HEALTH_MAP[match.group(0).lower()]


class Redactor:
    """Masks the given names and health wording in texts, and drops health keys from data.

    >>> Redactor(["张三"]).data({"name": "张三", "born": "1970-01-02", "kind": "hospital_visit"})
    {'name': '张*', 'kind': 'care_duty'}
    """

    def __init__(self, names: Iterable[str] = ()) -> None:
        wanted = {n.strip() for n in names if isinstance(n, str) and is_name(n)}
        self.names: tuple[str, ...] = tuple(sorted(wanted, key=lambda n: (-len(n), n)))
        self._masks = {n: mask_name(n) for n in self.names}
        self._re = re.compile("|".join(_pattern(n) for n in self.names)) if self.names else None

    def names_in(self, text: str) -> list[str]:
        """The known names found in ``text`` (for checks)."""
        return [n for n in self.names if n in text]

    def mask(self, text: str) -> str:
        """``text`` with every known name masked (health wording kept)."""
        if self._re is None or not text:
            return text
        for _ in range(3):  # a masked name cannot form a new one, but be sure
            new = self._re.sub(lambda m: self._masks[m.group(0)], text)
            if new == text:
                break
            text = new
        return text

    def text(self, text: str) -> str:
        """``text`` with names masked and health wording made neutral."""
        # masked again after: the neutral wording must not complete a name
        return self.mask(_HEALTH_RE.sub(_neutral, self.mask(text)))

    def data(self, data: Any) -> Any:
        """JSON-like ``data`` with every text redacted and health and birth keys dropped."""
        if isinstance(data, str):
            return self.text(data)
        if isinstance(data, Mapping):
            return {
                self.text(str(k)): self.data(v)
                for k, v in data.items()
                if str(k) not in HEALTH_KEYS and str(k) not in BIRTH_KEYS
            }
        if isinstance(data, (list, tuple)):
            return [self.data(v) for v in data]
        return data


def health_bearing(text: str) -> bool:
    """Whether ``text`` holds health wording or a health code.

    >>> health_bearing("黄守仁9月12日住院"), health_bearing("按期答复")
    (True, False)
    """
    return _HEALTH_RE.search(text) is not None


#: What a decision that states a health fact becomes in its redacted form.
WITHHELD_ZH = "一项关怀职责(个人细节已略去)"
WITHHELD_EN = "A care duty (personal details withheld)"


@functools.cache
def health_rules() -> frozenset[str]:
    """The care rules whose decisions state a health fact (a hospital stay, an illness,
    hardship, why a member may be paid from the relief fund) about a named member."""
    from orgwork import cadres, care
    from orgwork.rules import id_of

    rules = (
        care.hospital_visit_duties,
        care.illness_aid_duties,
        care.hardship_visit_duties,
        care.relief_eligibility,
        cadres.cadre_welfare_visits,
    )
    return frozenset(id_of(f) for f in rules)


@functools.cache
def withheld_rule() -> str:
    """The rule a withheld health decision cites instead: the 五有 care duties as a whole."""
    from orgwork import care
    from orgwork.rules import id_of

    return id_of(care.care_duties)


def states_health(decision: Decision[Any]) -> bool:
    """Whether ``decision`` states a health fact: one of `health_rules`, or a health code
    (``hospital_visit``, ``major_illness``, ...) in its value."""
    if set(decision.rules) & health_rules():
        return True
    value = decision.model_dump(mode="json", include={"value"})["value"]
    return _HEALTH_CODE_RE.search(str(value)) is not None


def redact_decision(decision: Decision[Any], redactor: Redactor) -> Decision[Any]:
    """The redacted form of ``decision``: see [`orgwork.decision.Decision.redacted`][orgwork.decision.Decision.redacted]."""
    from orgwork.decision import _redacted

    return _redacted(decision, redactor)
