"""The user database: the delegate's own data, upgraded in place through a chain of versions.

No code path that installs or updates the catalogue opens this file; `open_user_db` refuses a
catalogue file and the catalogue installer refuses a user file (application ids differ).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from iurc_desktop.storage.sqlite_files import application_id

USER_APPLICATION_ID = 0x49555355  # "IUSU"


class NotAUserDatabase(Exception):
    pass


_V1 = """
        CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE favourite (
            kind TEXT NOT NULL, record_id TEXT NOT NULL, added_at TEXT NOT NULL,
            PRIMARY KEY (kind, record_id));
        CREATE TABLE note (
            id INTEGER PRIMARY KEY, kind TEXT NOT NULL, record_id TEXT NOT NULL,
            body TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE INDEX ix_note_record ON note (kind, record_id);
"""


# v2 remembers record names, so notes on records removed by an update still read well.
_V2 = """
        ALTER TABLE favourite ADD COLUMN record_name TEXT NOT NULL DEFAULT '';
        ALTER TABLE note ADD COLUMN record_name TEXT NOT NULL DEFAULT '';
        CREATE TABLE visit_plan (
            id INTEGER PRIMARY KEY, title TEXT NOT NULL, destinations TEXT NOT NULL DEFAULT '[]',
            start_date TEXT, end_date TEXT, purpose TEXT NOT NULL DEFAULT '',
            delegation TEXT NOT NULL DEFAULT '[]', notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE saved_selection (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, payload TEXT NOT NULL,
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
"""


# v3: plans become itineraries (ordered stops, each with its own dates, times, zone and records to brief
# on; a delegation of names and roles); notes and plans get a uid that stays the same on every machine a
# backup is restored to. A v2 plan's destinations become its stops, each on the plan's dates. The uids of
# upgraded rows are derived from the row (never random), so an old backup upgraded on restore names its notes
# and plans exactly as this machine's own upgrade did, and restoring it twice adds nothing.
_V3 = """
        ALTER TABLE note ADD COLUMN uid TEXT NOT NULL DEFAULT '';
        UPDATE note SET uid = printf('v2-note-%d-%s', id, created_at);
        CREATE UNIQUE INDEX ix_note_uid ON note (uid);
        ALTER TABLE visit_plan ADD COLUMN uid TEXT NOT NULL DEFAULT '';
        ALTER TABLE visit_plan ADD COLUMN lang TEXT NOT NULL DEFAULT 'en';
        UPDATE visit_plan SET uid = printf('v2-plan-%d-%s', id, created_at);
        CREATE UNIQUE INDEX ix_visit_plan_uid ON visit_plan (uid);
        UPDATE visit_plan SET delegation = (
            SELECT json_group_array(json_object('name', value, 'role', '')) FROM json_each(visit_plan.delegation));
        CREATE TABLE plan_stop (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES visit_plan (id) ON DELETE CASCADE,
            position INTEGER NOT NULL, uid TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL, record_id TEXT NOT NULL, record_name TEXT NOT NULL DEFAULT '',
            start_date TEXT, end_date TEXT, start_time TEXT, end_time TEXT,
            zone TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', brief_on TEXT NOT NULL DEFAULT '[]');
        CREATE INDEX ix_plan_stop_plan ON plan_stop (plan_id, position);
        INSERT INTO plan_stop (plan_id, position, uid, kind, record_id, start_date, end_date)
            SELECT visit_plan.id, CAST(destination.key AS INTEGER),
                   printf('v2-stop-%d-%d-%s', visit_plan.id, destination.key, visit_plan.created_at), 'place',
                   destination.value, visit_plan.start_date, visit_plan.end_date
            FROM visit_plan, json_each(visit_plan.destinations) AS destination;
        ALTER TABLE visit_plan DROP COLUMN destinations;
        ALTER TABLE visit_plan DROP COLUMN start_date;
        ALTER TABLE visit_plan DROP COLUMN end_date
"""


# v4: the records the delegate opened last (File › Recent, Ctrl+E), newest first; the name is kept so a record
# removed by a data update still reads well in the list.
_V4 = """
        CREATE TABLE recent_record (
            kind TEXT NOT NULL, record_id TEXT NOT NULL, record_name TEXT NOT NULL DEFAULT '',
            opened_at TEXT NOT NULL, PRIMARY KEY (kind, record_id));
        CREATE INDEX ix_recent_record_opened ON recent_record (opened_at)
"""


# Each entry is one schema version's script; never edit a released one, append a new one.
MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4)
USER_SCHEMA_VERSION = len(MIGRATIONS)


def migrate(path: Path, target: int = USER_SCHEMA_VERSION) -> int:
    """Bring the user database at `path` up to `target`, one version per transaction."""
    existing = application_id(path)
    if path.exists() and path.stat().st_size > 0 and existing not in (0, USER_APPLICATION_ID):
        raise NotAUserDatabase(f"{path} is not an IURC user database")
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > USER_SCHEMA_VERSION:
            raise NotAUserDatabase(f"{path} was written by a newer IURC Desktop (schema {version}); update the app")
        for number in range(version + 1, target + 1):
            conn.execute("BEGIN IMMEDIATE")
            try:
                # executescript() would commit first and break the per-version transaction
                for statement in MIGRATIONS[number - 1].split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number}")
                conn.execute(f"PRAGMA application_id = {USER_APPLICATION_ID}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return target if target > version else version
    finally:
        conn.close()


def read_setting(path: Path, key: str) -> str | None:
    """One setting read with plain sqlite3 and no upgrade: fast enough to run before the window paints."""
    if application_id(path) != USER_APPLICATION_ID:
        return None
    try:
        with sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True) as conn:
            row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    except sqlite3.DatabaseError:
        return None
    return None if row is None else str(row[0])
