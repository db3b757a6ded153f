"""Uids and times of user records, shared by the reader, the writer and the plans."""

from __future__ import annotations

import datetime as dt


def new_uid() -> str:
    import uuid  # on first use: uuid brings platform along (~4 ms of a start that makes no uid)

    return uuid.uuid4().hex


def now_text() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
