"""Festival dates: Spring Festival (春节), 七一, Qingming (清明) and lunar dates, 1900–2100.

The lunar calendar comes from a bundled table, one line per lunar year
1900–2100: the Gregorian date of its first day (正月初一), its leap month
(0 for none) and the length of each month in order (``1`` = 30 days,
``0`` = 29 days; a leap month follows the month it repeats).

Where the table came from: it was generated from the month tables of the
``LunarCalendar`` package (version 0.0.9, ``lunarcalendar/converter.py``)
and then checked month by month against the new moons computed with
PyEphem (``ephem``) in China's civil time (UTC+8; Beijing local mean time
before 1929). Three month starts in that table fall on the day after a new
moon computed less than three minutes before midnight, and were set to the
computed day instead: 2057-09-28 (九月初一), 2089-09-04 (八月初一, so 中秋 is
2089-09-18) and 2097-08-07 (七月初一); ``lunardate`` and ``holidays`` agree
with the computed days. So close to midnight the outcome depends on the
uncertainty of Earth's rotation (ΔT) that far ahead: treat those three as
the best estimate available today. The tests compare every month start with
``lunardate`` and the festival dates with ``holidays`` over the whole range
and list each disagreement with the reason.

The Qingming table (the April day of the 清明 solar term) was taken from
``chinesecalendar`` 1.11 (``get_solar_terms``) for 1900–2099, where it agrees
with ``holidays``; for 2100 it is the PyEphem result (April 5, 00:36 UTC+8).

>>> spring_festival(2026)
datetime.date(2026, 2, 17)
>>> lunar_to_solar(2025, 8, 15)   # 中秋 2025
datetime.date(2025, 10, 6)
"""

from __future__ import annotations

import datetime as _dt
from functools import cache

from orgwork.errors import CalendarCoverageError

__all__ = [
    "FIRST_LUNAR_YEAR",
    "LAST_LUNAR_YEAR",
    "lunar_to_solar",
    "qingming",
    "qiyi",
    "spring_festival",
]

#: The first and last lunar year of the bundled table.
FIRST_LUNAR_YEAR = 1900
LAST_LUNAR_YEAR = 2100

# year, 正月初一 (MMDD), leap month (0: none), month lengths (1 = 30 days, 0 = 29 days)
_LUNAR_TABLE = """
1900 0131  8 0100101101101
1901 0219  0 010010101110
1902 0208  0 101001010111
1903 0129  5 0101001001101
1904 0216  0 110100100110
1905 0204  0 110110010101
1906 0125  4 0110101010101
1907 0213  0 010101101010
1908 0202  0 100110101101
1909 0122  2 0100101011101
1910 0210  0 010010101110
1911 0130  6 1010010011011
1912 0218  0 101001001101
1913 0206  0 110100100101
1914 0126  5 1101010100101
1915 0214  0 101101010100
1916 0203  0 110101101010
1917 0123  2 1001011011010
1918 0211  0 100101011011
1919 0201  7 0100100110111
1920 0220  0 010010010111
1921 0208  0 101001001011
1922 0128  5 1011001001011
1923 0216  0 011010100101
1924 0205  0 011011010100
1925 0124  4 1010110110101
1926 0213  0 001010110110
1927 0202  0 100101010111
1928 0123  2 0100100101111
1929 0210  0 010010010111
1930 0130  6 0110010010110
1931 0217  0 110101001010
1932 0206  0 111010100101
1933 0126  5 0110110101001
1934 0214  0 010110101101
1935 0204  0 001010110110
1936 0124  3 1001001101110
1937 0211  0 100100101110
1938 0131  7 1100100101101
1939 0219  0 110010010101
1940 0208  0 110101001010
1941 0127  6 1101101001010
1942 0215  0 101101010101
1943 0205  0 010101101010
1944 0125  4 1010101011011
1945 0213  0 001001011101
1946 0202  0 100100101101
1947 0122  2 1100100101011
1948 0210  0 101010010101
1949 0129  7 1011010010101
1950 0217  0 011011001010
1951 0206  0 101101010101
1952 0127  5 0101010110101
1953 0214  0 010011011010
1954 0203  0 101001011011
1955 0124  3 0101001010111
1956 0212  0 010100101011
1957 0131  8 1010100101010
1958 0218  0 111010010101
1959 0208  0 011010101010
1960 0128  6 1010110101010
1961 0215  0 101010110101
1962 0205  0 010010110110
1963 0125  4 1010010101110
1964 0213  0 101001010111
1965 0202  0 010100100110
1966 0121  3 1110100100110
1967 0209  0 110110010101
1968 0130  7 0101101010101
1969 0217  0 010101101010
1970 0206  0 100101101101
1971 0127  5 0100101011101
1972 0215  0 010010101101
1973 0203  0 101001001101
1974 0123  4 1101001001101
1975 0211  0 110100100101
1976 0131  8 1101010100101
1977 0218  0 101101010100
1978 0207  0 101101101010
1979 0128  6 1001011011010
1980 0216  0 100101011011
1981 0205  0 010010011011
1982 0125  4 1010010010111
1983 0213  0 101001001011
1984 0202 10 1011001001011
1985 0220  0 011010100101
1986 0209  0 011011010100
1987 0129  6 1010110110100
1988 0217  0 101010110110
1989 0206  0 100101010111
1990 0127  5 0100100101111
1991 0215  0 010010010111
1992 0204  0 011001001011
1993 0123  3 0110101001010
1994 0210  0 111010100101
1995 0131  8 0110101100101
1996 0219  0 010110101100
1997 0207  0 101010110110
1998 0128  5 1001001101101
1999 0216  0 100100101110
2000 0205  0 110010010110
2001 0124  4 1101010010101
2002 0212  0 110101001010
2003 0201  0 110110100101
2004 0122  2 0101101010101
2005 0209  0 010101101010
2006 0129  7 1010101011011
2007 0218  0 001001011101
2008 0207  0 100100101101
2009 0126  5 1100100101011
2010 0214  0 101010010101
2011 0203  0 101101001010
2012 0123  4 1011010101010
2013 0210  0 101011010101
2014 0131  9 0101010110101
2015 0219  0 010010111010
2016 0208  0 101001011011
2017 0128  6 0101001010111
2018 0216  0 010100101011
2019 0205  0 101010010011
2020 0125  4 0111010010101
2021 0212  0 011010101010
2022 0201  0 101011010101
2023 0122  2 0100110110101
2024 0210  0 010010110110
2025 0129  6 1010010101110
2026 0217  0 101001001110
2027 0206  0 110100100110
2028 0126  5 1110100100110
2029 0213  0 110101010011
2030 0203  0 010110101010
2031 0123  3 0110101101010
2032 0211  0 100101101101
2033 0131 11 0100101011101
2034 0219  0 010010101101
2035 0208  0 101001001101
2036 0128  6 1101001001011
2037 0215  0 110100100101
2038 0204  0 110101010010
2039 0124  5 1101101010100
2040 0212  0 101101011010
2041 0201  0 010101101101
2042 0122  2 0100101011011
2043 0210  0 010010011011
2044 0130  7 1010010010111
2045 0217  0 101001001011
2046 0206  0 101010100101
2047 0126  5 1011010100101
2048 0214  0 011011010010
2049 0202  0 101011011010
2050 0123  3 0101010110110
2051 0211  0 100100110111
2052 0201  8 0100100101111
2053 0219  0 010010010111
2054 0208  0 011001001011
2055 0128  6 0110101001010
2056 0215  0 111010100101
2057 0204  0 011010101010
2058 0124  4 1010101101100
2059 0212  0 101010101110
2060 0202  0 100100101110
2061 0121  3 1100100101110
2062 0209  0 110010010110
2063 0129  7 1101010010101
2064 0217  0 110101001010
2065 0205  0 110110100101
2066 0126  5 0101101010101
2067 0214  0 010101101010
2068 0203  0 101001101101
2069 0123  4 0101001011101
2070 0211  0 010100101101
2071 0131  8 1010100101011
2072 0219  0 101010010101
2073 0207  0 101101001010
2074 0127  6 1011010101010
2075 0215  0 101011010101
2076 0205  0 010101011010
2077 0124  4 1010010111010
2078 0212  0 101001011011
2079 0202  0 010100101011
2080 0122  3 1010100100111
2081 0209  0 011010010011
2082 0129  7 0111001010011
2083 0217  0 011010101010
2084 0206  0 101011010101
2085 0126  5 0100110110101
2086 0214  0 010010110110
2087 0203  0 101001010111
2088 0124  4 0101001001110
2089 0210  0 110100010110
2090 0130  8 1110100100110
2091 0218  0 110101010010
2092 0207  0 110110101010
2093 0127  6 0110101101010
2094 0215  0 010101101101
2095 0205  0 010010101110
2096 0125  4 1010010011101
2097 0212  0 101000101101
2098 0201  0 110100010101
2099 0121  2 1101100100101
2100 0209  0 110101010010
"""

# The April day of 清明, one digit per year from 1900 to 2100.
_QINGMING = (
    "55665566556655565556555655565556555655565556555555"
    "55555555555555555555555555455545554555455545554555"
    "45554555445544554455445544554455445544554445444544"
    "45444544454445444544454444444444444444444444444444"
    "5"
)

_QIYI_SINCE = 1921  # the Communist Party of China was founded in 1921


def _require_year(year: object, lo: int, hi: int, what: str) -> int:
    if isinstance(year, bool) or not isinstance(year, int):
        raise TypeError(f"year must be an int, not {type(year).__name__}")
    if not lo <= year <= hi:
        raise CalendarCoverageError(
            f"{what} is known for {lo}–{hi}; {year} is outside that range", year=year
        )
    return year


@cache
def _lunar_years() -> dict[int, tuple[int, tuple[int, ...]]]:
    """Lunar year → (leap month, ordinals of each month's first day and of the next year's)."""
    out: dict[int, tuple[int, tuple[int, ...]]] = {}
    for line in _LUNAR_TABLE.split("\n"):
        if not line:
            continue
        year_s, mmdd, leap_s, lengths = line.split()
        year = int(year_s)
        start = _dt.date(year, int(mmdd[:2]), int(mmdd[2:])).toordinal()
        starts = [start]
        for bit in lengths:
            starts.append(starts[-1] + (30 if bit == "1" else 29))
        out[year] = (int(leap_s), tuple(starts))
    return out


def spring_festival(year: int) -> _dt.date:
    """春节 — Spring Festival (正月初一, the first day of the lunar year) in ``year``, 1900–2100.

    A year outside 1900–2100 raises
    [`CalendarCoverageError`][orgwork.errors.CalendarCoverageError].

    >>> spring_festival(2024), spring_festival(2025)
    (datetime.date(2024, 2, 10), datetime.date(2025, 1, 29))
    """
    _require_year(year, FIRST_LUNAR_YEAR, LAST_LUNAR_YEAR, "the Spring Festival date")
    return _dt.date.fromordinal(_lunar_years()[year][1][0])


def qiyi(year: int) -> _dt.date:
    """七一 — the Party's founding anniversary (July 1) in ``year`` (1921 or later).

    >>> qiyi(2025)
    datetime.date(2025, 7, 1)
    """
    _require_year(year, _QIYI_SINCE, _dt.MAXYEAR, "七一")
    return _dt.date(year, 7, 1)


def lunar_to_solar(year: int, month: int, day: int, *, leap: bool = False) -> _dt.date:
    """农历转公历 — the Gregorian date of lunar ``year``-``month``-``day`` (1900–2100).

    ``leap=True`` names the leap month (闰月) that repeats ``month``. A
    month or day that does not exist in that lunar year raises
    `ValueError`.

    >>> lunar_to_solar(2026, 5, 5)            # 端午 2026
    datetime.date(2026, 6, 19)
    >>> lunar_to_solar(2023, 2, 1, leap=True)  # 闰二月初一
    datetime.date(2023, 3, 22)
    """
    _require_year(year, FIRST_LUNAR_YEAR, LAST_LUNAR_YEAR, "the lunar calendar")
    for name, value in (("month", month), ("day", day)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    leap_month, starts = _lunar_years()[year]
    if not 1 <= month <= 12:
        raise ValueError(f"lunar month must be 1–12, not {month}")
    if leap:
        if month != leap_month:
            raise ValueError(f"lunar year {year} has no leap month {month}")
        index = month
    else:
        index = month - 1 if leap_month == 0 or month <= leap_month else month
    length = starts[index + 1] - starts[index]
    if not 1 <= day <= length:
        raise ValueError(
            f"lunar {year}-{month}{' (leap)' if leap else ''} has {length} days, not {day}"
        )
    return _dt.date.fromordinal(starts[index] + day - 1)


def qingming(year: int) -> _dt.date:
    """清明 — the Qingming solar term's day (April 4, 5 or 6) in ``year``, 1900–2100.

    >>> qingming(2026)
    datetime.date(2026, 4, 5)
    """
    _require_year(year, FIRST_LUNAR_YEAR, LAST_LUNAR_YEAR, "the Qingming date")
    return _dt.date(year, 4, int(_QINGMING[year - FIRST_LUNAR_YEAR]))
