"""A visit plan to hand a colleague: one `.iurcplan` file (versioned JSON, UTF-8).

The file names every record by id *and* by name (in the languages this catalogue has), so a colleague whose
catalogue lacks a record still sees what was meant. Importing always adds a new plan. A file from anyone may be
hostile: it is read only up to a size limit, must be strict UTF-8, is checked for nesting depth before it is
parsed, and every value is validated against the schema; any failure is one `UserError` and nothing is written.
Texts stay plain text (no front end renders them as markup).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import unicodedata
import zoneinfo
from pathlib import Path
from typing import Any

from iurc_desktop import __version__
from iurc_desktop.domain import messages
from iurc_desktop.domain.errors import UserError
from iurc_desktop.domain.lang import LANGS, Lang
from iurc_desktop.domain.records import Kind
from iurc_desktop.domain.user import Member, PlanRef, Stop, VisitPlan
from iurc_desktop.services.plans import STOP_KINDS, PlanService
from iurc_desktop.storage.user_plans import new_uid

SUFFIX = ".iurcplan"
FORMAT = "iurc-desktop-plan"
SCHEMA_VERSION = 1
MAX_BYTES = 1_000_000  # a plan of 500 stops with long notes is well under this
MAX_DEPTH = 8  # the schema nests 5 deep
MAX_STOPS, MAX_REFS, MAX_MEMBERS = 500, 200, 200
SHORT, LONG = 500, 20_000  # characters of a name or title; of a note or purpose
_ID = re.compile(r"[a-z0-9][a-z0-9._-]{0,119}")
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def plan_document(plans: PlanService, plan: VisitPlan, *, include_notes: bool = True) -> dict[str, Any]:
    def ref(r: PlanRef) -> dict[str, Any]:
        return {"kind": r.kind.value, "id": r.id, "name": _names(plans, r, plan.lang)}

    stops = []
    for stop in plan.stops:
        entry: dict[str, Any] = ref(stop.target)
        entry |= {
            "start": _iso(stop.start),
            "end": _iso(stop.end),
            "start_time": _iso(stop.start_time),
            "end_time": _iso(stop.end_time),
            "zone": stop.zone,
            "brief_on": [ref(r) for r in stop.brief_on],
        }
        if include_notes and stop.note:
            entry["note"] = stop.note
        stops.append(entry)
    body: dict[str, Any] = {
        "title": plan.title,
        "purpose": plan.purpose,
        "lang": plan.lang.value,
        "delegation": [{"name": m.name, "role": m.role} for m in plan.delegation],
        "stops": stops,
    }
    if include_notes and plan.notes:
        body["notes"] = plan.notes
    return {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "app_version": __version__,
        "catalogue_version": plans.catalogue.info().version,
        "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "plan": body,
    }


def _names(plans: PlanService, ref: PlanRef, lang: Lang) -> dict[str, str]:
    record = plans.catalogue.find(ref.kind, ref.id)
    if record is None:
        return {lang.value: ref.name} if ref.name else {}
    return {code.value: record.name.in_lang(code) for code in LANGS if record.name.in_lang(code)}


def _iso(value: dt.date | dt.time | None) -> str | None:
    return value.isoformat(timespec="minutes") if isinstance(value, dt.time) else value.isoformat() if value else None


def write_plan_file(plans: PlanService, plan: VisitPlan, target: Path, *, include_notes: bool = True) -> None:
    data = json.dumps(plan_document(plans, plan, include_notes=include_notes), ensure_ascii=False, indent=1)
    try:
        target.write_text(data + "\n", encoding="utf-8")
    except OSError:
        raise UserError(messages.FILE_NOT_WRITABLE, file=target) from None


def import_plan_file(plans: PlanService, path: Path) -> VisitPlan:
    """Add the plan in `path` as a new plan (never replacing one); returns it as saved."""
    return plans.save(read_plan_file(path))


def read_plan_file(path: Path) -> VisitPlan:
    """The plan in `path`, validated, as a new unsaved plan with fresh uids."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError:
        raise UserError(messages.FILE_NOT_READABLE, file=path) from None
    if len(data) > MAX_BYTES:
        raise UserError(messages.PLAN_FILE_TOO_LARGE, file=path.name, limit=MAX_BYTES)
    try:
        source = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        raise UserError(messages.PLAN_FILE_NOT_UTF8, file=path.name) from None
    document = _parse(source, path.name)
    return _Schema(path.name).plan(document)


def _parse(source: str, name: str) -> Any:
    depth = 0
    for token in _TOKENS.finditer(source):
        mark = token.group()
        if mark in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise UserError(messages.PLAN_FILE_TOO_DEEP, file=name)
        elif mark in "]}":
            depth -= 1

    def no_constants(value: str) -> Any:  # NaN and Infinity are not JSON
        raise ValueError(value)

    try:
        return json.loads(source, parse_constant=no_constants)
    except (ValueError, RecursionError):
        raise UserError(messages.PLAN_FILE_NOT_A_PLAN, file=name) from None


class _Schema:
    """Checks one document against schema version 1; `where` names the bad value like $.plan.stops[2].start."""

    def __init__(self, name: str) -> None:
        self.file = name

    def bad(self, where: str) -> UserError:
        return UserError(messages.PLAN_FILE_INVALID, file=self.file, where=where)

    def plan(self, doc: Any) -> VisitPlan:
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise UserError(messages.PLAN_FILE_NOT_A_PLAN, file=self.file)
        version = doc.get("schema_version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise self.bad("$.schema_version")
        if version > SCHEMA_VERSION:
            raise UserError(messages.PLAN_FILE_NEWER, file=self.file, version=version)
        body = self.obj(doc.get("plan"), "$.plan")
        lang_code = self.text(body.get("lang", "en"), "$.plan.lang", 5)
        if lang_code not in {lang.value for lang in LANGS}:
            raise self.bad("$.plan.lang")
        lang = Lang(lang_code)
        members = self.items(body.get("delegation", []), "$.plan.delegation", MAX_MEMBERS)
        stops = self.items(body.get("stops", []), "$.plan.stops", MAX_STOPS)
        return VisitPlan(
            id=0,
            title=self.text(body.get("title", ""), "$.plan.title", SHORT),
            purpose=self.text(body.get("purpose", ""), "$.plan.purpose", LONG, multiline=True),
            lang=lang,
            delegation=tuple(self.member(m, f"$.plan.delegation[{n}]") for n, m in enumerate(members)),
            stops=tuple(self.stop(s, f"$.plan.stops[{n}]", lang) for n, s in enumerate(stops)),
            notes=self.text(body.get("notes", ""), "$.plan.notes", LONG, multiline=True),
        )

    def member(self, value: Any, where: str) -> Member:
        raw = self.obj(value, where)
        return Member(self.text(raw.get("name", ""), f"{where}.name", SHORT),
                      self.text(raw.get("role", ""), f"{where}.role", SHORT))  # fmt: skip

    def ref(self, value: Any, where: str, lang: Lang, kinds: tuple[Kind, ...] | None = None) -> PlanRef:
        raw = self.obj(value, where)
        try:
            kind = Kind(str(raw.get("kind")))
        except ValueError:
            raise self.bad(f"{where}.kind") from None
        if kinds is not None and kind not in kinds:
            raise self.bad(f"{where}.kind")
        record_id = raw.get("id")
        if not isinstance(record_id, str) or not _ID.fullmatch(record_id):
            raise self.bad(f"{where}.id")
        return PlanRef(kind, record_id, self.name(raw.get("name", ""), f"{where}.name", lang))

    def name(self, value: Any, where: str, lang: Lang) -> str:
        if isinstance(value, str):
            return self.text(value, where, SHORT)
        names = self.obj(value, where)
        codes = {known.value for known in LANGS}
        texts = {code: self.text(text, f"{where}.{code}", SHORT) for code, text in names.items() if code in codes}
        return texts.get(lang.value) or texts.get("en") or next(iter(texts.values()), "")

    def stop(self, value: Any, where: str, lang: Lang) -> Stop:
        raw = self.obj(value, where)
        target = self.ref(raw, where, lang, STOP_KINDS)
        start, end = self.day(raw.get("start"), f"{where}.start"), self.day(raw.get("end"), f"{where}.end")
        if end is not None and (start is None or end < start):
            raise self.bad(f"{where}.end")
        start_time = self.clock(raw.get("start_time"), f"{where}.start_time")
        if start_time is not None and start is None:
            raise self.bad(f"{where}.start_time")
        zone = self.text(raw.get("zone", ""), f"{where}.zone", 64)
        if zone and zone not in _zones():
            raise self.bad(f"{where}.zone")
        refs = self.items(raw.get("brief_on", []), f"{where}.brief_on", MAX_REFS)
        return Stop(
            uid=new_uid(),
            target=target,
            start=start,
            end=end if end != start else None,
            start_time=start_time,
            end_time=self.clock(raw.get("end_time"), f"{where}.end_time") if start_time else None,
            zone=zone,
            note=self.text(raw.get("note", ""), f"{where}.note", LONG, multiline=True),
            brief_on=tuple(self.ref(r, f"{where}.brief_on[{n}]", lang) for n, r in enumerate(refs)),
        )

    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.bad(where)
        return value

    def items(self, value: Any, where: str, limit: int) -> list[Any]:
        if not isinstance(value, list) or len(value) > limit:
            raise self.bad(where)
        return value

    def text(self, value: Any, where: str, limit: int, *, multiline: bool = False) -> str:
        if not isinstance(value, str) or len(value) > limit:
            raise self.bad(where)
        allowed = "\n\t" if multiline else ""
        for char in value:
            if char in _BIDI_CONTROLS or (unicodedata.category(char) in ("Cc", "Cs") and char not in allowed):
                raise self.bad(where)
        return value.strip() if not multiline else value

    def day(self, value: Any, where: str) -> dt.date | None:
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(self.text(value, where, 10))
        except ValueError:
            raise self.bad(where) from None

    def clock(self, value: Any, where: str) -> dt.time | None:
        if value is None:
            return None
        text = self.text(value, where, 5)
        if not re.fullmatch(r"[0-2][0-9]:[0-5][0-9]", text):
            raise self.bad(where)
        try:
            return dt.time.fromisoformat(text)
        except ValueError:
            raise self.bad(where) from None


@functools.cache
def _zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())
