"""Hypothesis strategies for orgwork's models, for testing your own code against orgwork.

Requires hypothesis (``pip install "orgwork[test]"``).

>>> from hypothesis import given
>>> from orgwork import strategies as ows
>>> @given(ows.policies())
... def test_reply_deadline_is_positive(policy):
...     assert policy.supervision.reply_working_days >= 1
>>> test_reply_deadline_is_positive()
"""

from __future__ import annotations

from orgwork.strategies._assessment import *  # noqa: F403
from orgwork.strategies._assessment import __all__ as _assessment
from orgwork.strategies._cadres import *  # noqa: F403
from orgwork.strategies._cadres import __all__ as _cadres
from orgwork.strategies._calendar import *  # noqa: F403
from orgwork.strategies._calendar import __all__ as _calendar
from orgwork.strategies._care import *  # noqa: F403
from orgwork.strategies._care import __all__ as _care
from orgwork.strategies._core import *  # noqa: F403
from orgwork.strategies._core import __all__ as _core
from orgwork.strategies._open_day import *  # noqa: F403
from orgwork.strategies._open_day import __all__ as _open_day
from orgwork.strategies._organizations import *  # noqa: F403
from orgwork.strategies._organizations import __all__ as _organizations
from orgwork.strategies._selection import *  # noqa: F403
from orgwork.strategies._selection import __all__ as _selection
from orgwork.strategies._supervision import *  # noqa: F403
from orgwork.strategies._supervision import __all__ as _supervision

__all__ = [
    *_core,
    *_calendar,
    *_assessment,
    *_care,
    *_supervision,
    *_open_day,
    *_selection,
    *_cadres,
    *_organizations,
]
