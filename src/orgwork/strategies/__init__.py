"""Hypothesis strategies for orgwork's models, for testing your own code against orgwork.

Requires hypothesis (``pip install "orgwork[test]"``).

>>> from hypothesis import given
>>> from orgwork import strategies as ows
>>> @given(ows.policies())
... def test_reply_deadline_is_positive(policy):
...     assert policy.supervision.reply_working_days >= 1
>>> test_reply_deadline_is_positive()

Every public model has a strategy, registered with hypothesis when this
package is imported (import it once, in a ``conftest.py`` say), so
``st.from_type(Model)`` draws valid instances (`instances` gives the same):

>>> from hypothesis import find, strategies as st
>>> from orgwork.supervision import Case
>>> isinstance(find(st.from_type(Case), lambda c: True), Case)
True
"""

from __future__ import annotations

# The registration hook comes first (a hypothesis plugin could look it up mid-import).
from orgwork.strategies._hook import _hypothesis_setup_hook

# isort: split
from orgwork.strategies import _hook
from orgwork.strategies._assessment import *  # noqa: F403
from orgwork.strategies._assessment import __all__ as _assessment_all
from orgwork.strategies._cadres import *  # noqa: F403
from orgwork.strategies._cadres import __all__ as _cadres_all
from orgwork.strategies._calendar import *  # noqa: F403
from orgwork.strategies._calendar import __all__ as _calendar_all
from orgwork.strategies._care import *  # noqa: F403
from orgwork.strategies._care import __all__ as _care_all
from orgwork.strategies._core import *  # noqa: F403
from orgwork.strategies._core import __all__ as _core_all
from orgwork.strategies._membership import *  # noqa: F403
from orgwork.strategies._membership import __all__ as _membership_all
from orgwork.strategies._models import *  # noqa: F403
from orgwork.strategies._models import __all__ as _models_all
from orgwork.strategies._open_day import *  # noqa: F403
from orgwork.strategies._open_day import __all__ as _open_day_all
from orgwork.strategies._organizations import *  # noqa: F403
from orgwork.strategies._organizations import __all__ as _organizations_all
from orgwork.strategies._records import *  # noqa: F403
from orgwork.strategies._records import __all__ as _records_all
from orgwork.strategies._selection import *  # noqa: F403
from orgwork.strategies._selection import __all__ as _selection_all
from orgwork.strategies._supervision import *  # noqa: F403
from orgwork.strategies._supervision import __all__ as _supervision_all

__all__ = [
    *_core_all,
    *_calendar_all,
    *_assessment_all,
    *_care_all,
    *_supervision_all,
    *_open_day_all,
    *_selection_all,
    *_cadres_all,
    *_organizations_all,
    *_membership_all,
    *_records_all,
    *_models_all,
]

_hook.READY = True
_hypothesis_setup_hook()
