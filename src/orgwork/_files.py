"""Files at the edge: checked paths and encodings, and CSV reading that loses no line.

Every reader and writer of orgwork (the records workbook, the score and
adjustment files, the work lists) takes its ``path`` and ``encoding``
through `checked_path` and `checked_encoding`, and reads CSV
through `csv_rows`, so that a bad argument is one documented error
naming it and every line of a file is read or reported. Core: it depends on
no domain.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

__all__ = ["checked_encoding", "checked_path", "csv_rows", "decode_lines", "is_utf8"]


def checked_path(path: object, name: str = "path", *, folder: bool | None = False) -> Path:
    """``path`` as a `Path`, refused with an error naming ``name`` if it cannot be one.

    A value that is not a ``str`` or an ``os.PathLike`` of ``str`` is a
    `TypeError`; an empty path or one with a NUL byte is a
    `ValueError`. ``folder=False`` (a file is needed) refuses an
    existing folder, ``folder=True`` an existing file, ``None`` takes both.

    >>> checked_path("a.csv")
    PosixPath('a.csv')
    >>> checked_path(3)
    Traceback (most recent call last):
    TypeError: path must be a str or os.PathLike, not int
    """
    if not isinstance(path, str | os.PathLike):
        raise TypeError(f"{name} must be a str or os.PathLike, not {type(path).__name__}")
    raw = os.fspath(path)
    if not isinstance(raw, str):
        raise TypeError(f"{name} must be a str or os.PathLike of str, not {type(raw).__name__}")
    if not raw:
        raise ValueError(f"{name}: the path is empty")
    if "\x00" in raw:
        raise ValueError(f"{name}: the path {raw!r} holds a NUL byte")
    out = Path(raw)
    if folder is False and out.is_dir():
        raise ValueError(f"{name}: {out} is a folder, not a file")
    if folder is True and out.exists() and not out.is_dir():
        raise ValueError(f"{name}: {out} is a file, not a folder")
    return out


def checked_encoding(encoding: object, name: str = "encoding") -> str:
    """``encoding`` if it names a text codec Python knows; else a ValueError (TypeError) naming it.

    >>> checked_encoding("gbk")
    'gbk'
    >>> checked_encoding("utf-9")
    Traceback (most recent call last):
    ValueError: encoding: 'utf-9' is not a known text encoding
    """
    if not isinstance(encoding, str):
        raise TypeError(f"{name} must be a str, not {type(encoding).__name__}")
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise ValueError(f"{name}: {encoding!r} is not a known text encoding") from None
    if not getattr(info, "_is_text_encoding", True):
        raise ValueError(f"{name}: {encoding!r} is not a known text encoding")
    return encoding


_UNDECODABLE = (
    "本行有无法解码的字节,未读取",
    "the line has bytes that cannot be decoded: not read",
)
_OPEN_QUOTE = (
    "本行的引号没有正确闭合,本行未读取(其后各行单独读取)",
    "a quote opened on this line is not closed properly: the line is not read "
    "(the lines after it are read on their own)",
)


def _too_long(limit: int) -> tuple[str, str]:
    return (
        f"本行有超过{limit}个字符的单元格,未读取",
        f"a cell longer than {limit} characters: the line is not read",
    )


class _Lines:
    """The physical lines of a CSV text, handed to `csv` one at a time (rewindable)."""

    def __init__(self, text: str) -> None:
        self.lines = list(io.StringIO(text, newline=""))
        self.pos = 0
        # the \n-line of each physical line (undecodable lines are counted by \n)
        self.nl: list[int] = []
        n = 1
        for line in self.lines:
            self.nl.append(n)
            n += line.count("\n")

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.pos >= len(self.lines):
            raise StopIteration
        self.pos += 1
        return self.lines[self.pos - 1]


def csv_rows(
    text: str, bad: Iterable[int] = (), delimiter: str = ","
) -> Iterator[tuple[int, int, list[str] | None, tuple[str, str] | None]]:
    """Every CSV record of ``text``: (first line, last line, cells or None, why not read).

    Nothing is lost and nothing raises: a record on an undecodable line (in
    ``bad``, 1-based by ``\\n``) or with a cell over `csv.field_size_limit`
    is given with its reason instead of its cells; a quote that is not closed
    properly (a record running over lines up to the end of the file, or a
    closing quote followed by text) reports the line where it opened, and the
    lines after it are read again on their own, so the rows it would have
    swallowed are each read or reported. A one-line record that only the
    strict reading refuses (``"a" b``) is read leniently, as before.
    """
    src = _Lines(text)
    broken = set(bad)
    reader = csv.reader(src, delimiter=delimiter, strict=True)
    while src.pos < len(src.lines):
        start = src.pos
        why: tuple[str, str] | None = None
        cells: list[str] | None = None
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if src.pos - start <= 1 and "field limit" not in str(exc):
                try:
                    cells = next(csv.reader([src.lines[start]], delimiter=delimiter))
                except csv.Error as again:
                    exc = again
            if cells is None:
                why = (
                    _too_long(csv.field_size_limit()) if "field limit" in str(exc) else _OPEN_QUOTE
                )
            src.pos = start + 1
            reader = csv.reader(src, delimiter=delimiter, strict=True)
        end = src.pos
        if broken and any(src.nl[k] in broken for k in range(start, end)):
            cells, why = None, _UNDECODABLE
        yield start + 1, end, cells, why


def decode_lines(data: bytes, encoding: str) -> tuple[str, set[int]]:
    """``data`` decoded; the lines (1-based, by ``\\n``) that are not ``encoding`` keep a ``\ufffd`` and are listed.

    A whole file that decodes is returned as it is; otherwise each line is
    decoded on its own (a ``\\n`` byte never sits inside a UTF-8 or GB18030
    character), so one bad line costs that line only.
    """
    try:
        return data.decode(encoding), set()
    except UnicodeDecodeError:
        pass
    if codecs.lookup(encoding).name.startswith(("utf-16", "utf-32")):
        text = data.decode(encoding, errors="replace")  # a line split on b"\n" is no UTF-16
        return text, {i for i, ln in enumerate(text.split("\n"), 1) if "\ufffd" in ln}
    out, bad = [], set()
    for i, line in enumerate(data.split(b"\n"), 1):
        try:
            out.append(line.decode(encoding))
        except UnicodeDecodeError:
            out.append(line.decode(encoding, errors="replace"))
            bad.add(i)
    return "\n".join(out), bad


def is_utf8(line: bytes) -> bool:
    """Whether ``line`` decodes as UTF-8."""
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
