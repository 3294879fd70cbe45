"""The days of the week: the policy codes (``"monday"`` …) and their names in both languages.

One table for every rule that names a weekday (the study day, the 电脑之夜, the
reception day), so that they say it alike.

>>> WEEKDAYS[1], WEEKDAY_NAMES["tuesday"].zh
('tuesday', '星期二')
"""

from __future__ import annotations

from orgwork.decision import Text

__all__ = ["WEEKDAYS", "WEEKDAY_NAMES"]

#: The policy codes of the days of the week, Monday first (``date.weekday()`` order).
WEEKDAYS: tuple[str, ...] = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)

#: Each day's name, by code: 星期一 … 星期日, and the English as ``%A`` writes it.
WEEKDAY_NAMES: dict[str, Text] = {
    code: Text(zh=f"星期{zh}", en=code.capitalize())
    for code, zh in zip(WEEKDAYS, "一二三四五六日", strict=True)
}
