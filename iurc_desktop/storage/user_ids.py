"""Uids and times of user records, shared by the reader, the writer and the plans."""

from __future__ import annotations

import datetime as dt
import uuid


def new_uid() -> str:
    return uuid.uuid4().hex


def now_text() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
