"""The embedded table engine behind the national-scale paths (DuckDB), and its inputs.

A province runs a rule over tens of millions of rows: the columnar paths of the
domains (``orgwork.supervision.tables``, ...) hand each table to DuckDB, which
runs in the process, reads Arrow tables, pandas frames and Parquet files in
place, and spills to disk when a query outgrows memory. DuckDB and pyarrow are
the ``duckdb`` extra (``pip install "orgwork[duckdb]"``); without them a
columnar path raises a one-line `ModuleNotFoundError` naming the extra.

What stays in Python is what a rule decides once per day, not once per row (a
due date, the policy in force): the columnar path computes it with the same
functions as the per-record path, for each distinct day in the table, and joins
it in. What DuckDB does per row is comparison and counting.
"""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from orgwork._files import checked_path

if TYPE_CHECKING:
    import duckdb as _duckdb

__all__ = ["COLUMN_NAME", "connect", "duckdb", "is_dask", "pyarrow", "quote", "register"]


#: A column name the columnar paths put in their SQL as it is (letters, digits, underscores).
COLUMN_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def is_dask(obj: object) -> bool:
    """Whether ``obj`` is a Dask collection (a DataFrame to run partition by partition)."""
    return type(obj).__module__.split(".")[0] == "dask"


def quote(text: str) -> str:
    """``text`` as an SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def _module(name: str, what: str, extra: str) -> Any:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        raise ModuleNotFoundError(
            f"{what} needs {name}: pip install 'orgwork[{extra}]'", name=name
        ) from exc


def duckdb(what: str) -> Any:
    """The duckdb module; a one-line `ModuleNotFoundError` naming the extra without it."""
    return _module("duckdb", what, "duckdb")


def pyarrow(what: str) -> Any:
    """The pyarrow module; a one-line `ModuleNotFoundError` naming the extra without it."""
    return _module("pyarrow", what, "duckdb")


def connect(
    con: _duckdb.DuckDBPyConnection | None, what: str
) -> tuple[_duckdb.DuckDBPyConnection, bool]:
    """``con``, or a new in-memory connection (and whether the caller must close it).

    A province passes its own connection to set DuckDB's ``memory_limit``,
    ``threads`` and ``temp_directory`` (where it spills); a new connection
    uses DuckDB's defaults, which spill to a temporary directory too.
    """
    db = duckdb(what)
    if con is None:
        return db.connect(), True
    if not isinstance(con, db.DuckDBPyConnection):
        raise TypeError(f"con must be a duckdb connection or None, not {type(con).__name__}")
    return con, False


def register(con: _duckdb.DuckDBPyConnection, name: str, source: object, argument: str) -> None:
    """Make ``source`` the view ``name`` of ``con``.

    ``source`` is a pyarrow Table or RecordBatchReader, a pandas DataFrame, a
    DuckDB relation, or a Parquet file, folder of Parquet files or glob (a
    path or a sequence of paths). Anything else is a `TypeError` naming
    ``argument``; a path that does not exist is a `FileNotFoundError`.
    """
    db = duckdb(f"the columnar path ({argument})")
    if isinstance(source, str | os.PathLike) or (
        isinstance(source, Sequence)
        and not isinstance(source, str | bytes)
        and source
        and all(isinstance(p, str | os.PathLike) for p in source)
    ):
        paths = [source] if isinstance(source, str | os.PathLike) else list(source)
        files: list[str] = []
        for p in paths:
            path = checked_path(p, argument, folder=None)  # a file, a folder or a glob
            text = os.fspath(path)
            if path.is_dir():
                files.append((path / "**" / "*.parquet").as_posix())
            elif any(ch in text for ch in "*?["):
                files.append(text)
            elif path.is_file():
                files.append(path.as_posix())
            else:
                raise FileNotFoundError(f"{argument}: no such file or folder: {text}")
        rel = con.read_parquet(files, hive_partitioning=False)
        rel.create_view(name, replace=True)
        return
    if isinstance(source, db.DuckDBPyRelation):
        source.create_view(name, replace=True)
        return
    kind = type(source)
    known = (kind.__module__.split(".")[0], kind.__name__)
    if known in {
        ("pyarrow", "Table"),
        ("pyarrow", "RecordBatchReader"),
        ("pandas", "DataFrame"),
    }:
        con.register(name, source)
        return
    raise TypeError(
        f"{argument} must be a pyarrow Table, a pandas DataFrame, a DuckDB relation or "
        f"Parquet path(s), not {kind.__name__}"
    )
