"""The orgwork exception hierarchy.

Every error orgwork raises on purpose is an [`OrgworkError`][orgwork.errors.OrgworkError]. Each one
also subclasses the built-in exception it refines, so a caller may catch
either: ``except ValueError`` keeps working for code that knows nothing of
orgwork, and ``except OrgworkError`` catches everything the library means.

Invalid *model input* (a negative number of points, a date that is not a
date) is reported by pydantic's own `pydantic.ValidationError`, whose
``errors()`` name the field path; orgwork does not hide it.

>>> issubclass(PolicyError, ValueError) and issubclass(PolicyError, OrgworkError)
True
"""

from __future__ import annotations

__all__ = [
    "CalendarCoverageError",
    "CalendarDataError",
    "ImportRowsError",
    "MissingParameterError",
    "OrgworkError",
    "PolicyError",
    "RecordError",
    "UndeclaredParameterError",
    "UnknownRecordError",
    "UnknownRuleError",
]


class OrgworkError(Exception):
    """Base class of every error orgwork raises on purpose."""


class PolicyError(OrgworkError, ValueError):
    """A policy (or a policy file) is invalid.

    ``parameter`` is the dotted path of the offending parameter
    (``"supervision.reply_working_days"``) when one can be named.
    """

    def __init__(self, message: str, *, parameter: str | None = None) -> None:
        super().__init__(message)
        self.parameter = parameter


class MissingParameterError(PolicyError):
    """A rule needs a policy parameter that has no default and was not set.

    The seeds give no number for some choices (for instance the share of
    cadres graded 优秀); such a parameter defaults to ``None`` and the rule
    that needs it raises this error naming it.
    """


class UnknownRuleError(OrgworkError, LookupError):
    """No rule with that id is registered in the catalogue."""


class UnknownRecordError(OrgworkError, LookupError):
    """An id names nothing in the records asked (a member's organization that is not listed, ...)."""


class UndeclaredParameterError(OrgworkError, LookupError):
    """A rule reads a policy parameter its ``@rule(parameters=...)`` does not declare.

    Raised by [`RuleContext`][orgwork.decision.RuleContext], so that a decision never
    records a parameter its rule does not own. It means the rule's code and its
    catalogue entry disagree: a defect of the rule, never of the input.
    """


class CalendarCoverageError(OrgworkError, LookupError):
    """A date falls in a year the working-day calendar has no official data for.

    ``year`` names the first missing year. The message says how to add it.
    """

    def __init__(self, message: str, *, year: int) -> None:
        super().__init__(message)
        self.year = year


class CalendarDataError(OrgworkError, ValueError):
    """Holiday data (bundled or user-supplied) is inconsistent."""


class RecordError(OrgworkError, ValueError):
    """A record breaks a rule of its domain (a ledger closed without satisfaction, ...)."""


class ImportRowsError(OrgworkError, ValueError):
    """A strict import found bad rows; ``rejected`` lists every one of them."""

    def __init__(self, message: str, *, rejected: tuple[object, ...]) -> None:
        super().__init__(message)
        self.rejected = rejected
