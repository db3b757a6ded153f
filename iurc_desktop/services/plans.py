"""Visit plans as itineraries: stops made from catalogue records, their local time zones, copies, deletion.

What the GUI and the CLI call; the plan itself is stored by `storage/user_plans.py`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from iurc_desktop.domain import messages
from iurc_desktop.domain.errors import UserError
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import Event, Kind, Place, Record
from iurc_desktop.domain.user import PlanRef, Stop, VisitPlan
from iurc_desktop.services.catalogue import CatalogueService
from iurc_desktop.storage.user_ids import new_uid
from iurc_desktop.storage.user_store import UserStore

STOP_KINDS = (Kind.PLACE, Kind.EVENT)

# The zone of a country's capital; countries spanning several zones are split by longitude below.
COUNTRY_ZONES: dict[str, str] = {
    "CN": "Asia/Shanghai", "HK": "Asia/Hong_Kong", "MO": "Asia/Macau", "TW": "Asia/Taipei",
    "AT": "Europe/Vienna", "BE": "Europe/Brussels", "BG": "Europe/Sofia", "HR": "Europe/Zagreb",
    "CY": "Asia/Nicosia", "CZ": "Europe/Prague", "DK": "Europe/Copenhagen", "EE": "Europe/Tallinn",
    "FI": "Europe/Helsinki", "FR": "Europe/Paris", "DE": "Europe/Berlin", "GR": "Europe/Athens",
    "HU": "Europe/Budapest", "IE": "Europe/Dublin", "IT": "Europe/Rome", "LV": "Europe/Riga",
    "LT": "Europe/Vilnius", "LU": "Europe/Luxembourg", "MT": "Europe/Malta", "NL": "Europe/Amsterdam",
    "PL": "Europe/Warsaw", "PT": "Europe/Lisbon", "RO": "Europe/Bucharest", "SK": "Europe/Bratislava",
    "SI": "Europe/Ljubljana", "ES": "Europe/Madrid", "SE": "Europe/Stockholm", "NO": "Europe/Oslo",
    "CH": "Europe/Zurich", "GB": "Europe/London", "IS": "Atlantic/Reykjavik", "RS": "Europe/Belgrade",
    "ME": "Europe/Podgorica", "AL": "Europe/Tirane", "MK": "Europe/Skopje", "BA": "Europe/Sarajevo",
    "UA": "Europe/Kyiv", "TR": "Europe/Istanbul", "IN": "Asia/Kolkata", "JP": "Asia/Tokyo",
    "KR": "Asia/Seoul", "SG": "Asia/Singapore", "NZ": "Pacific/Auckland", "ZA": "Africa/Johannesburg",
    "MX": "America/Mexico_City", "AR": "America/Argentina/Buenos_Aires", "CL": "America/Santiago",
    "CO": "America/Bogota",
}  # fmt: skip
# (westernmost longitude, zone) from west to east
LONGITUDE_ZONES: dict[str, tuple[tuple[float, str], ...]] = {
    "US": ((-180, "Pacific/Honolulu"), (-141, "America/Anchorage"), (-125, "America/Los_Angeles"),
           (-114, "America/Denver"), (-102, "America/Chicago"), (-87, "America/New_York")),
    "CA": ((-141, "America/Vancouver"), (-120, "America/Edmonton"), (-102, "America/Winnipeg"),
           (-90, "America/Toronto"), (-67, "America/Halifax")),
    "BR": ((-74, "America/Manaus"), (-53, "America/Sao_Paulo")),
    "AU": ((112, "Australia/Perth"), (129, "Australia/Adelaide"), (141, "Australia/Sydney")),
    "RU": ((19, "Europe/Moscow"), (60, "Asia/Yekaterinburg"), (85, "Asia/Novosibirsk"),
           (120, "Asia/Yakutsk"), (130, "Asia/Vladivostok")),
}  # fmt: skip
DEFAULT_ZONES = {"BR": "America/Sao_Paulo", "US": "America/New_York", "CA": "America/Toronto",
                 "AU": "Australia/Sydney", "RU": "Europe/Moscow"}  # fmt: skip


def zone_for(country: str, longitude: float | None = None) -> str:
    """The IANA time zone of a place from its country (and longitude where the country spans several)."""
    bands = LONGITUDE_ZONES.get(country)
    if bands:
        if longitude is None:
            return DEFAULT_ZONES[country]
        return next((zone for west, zone in reversed(bands) if longitude >= west), bands[0][1])
    return COUNTRY_ZONES.get(country, "")


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(messages.BAD_DATE, value=text) from None


def parse_time(text: str) -> dt.time:
    try:
        value = dt.time.fromisoformat(text.strip())
    except ValueError:
        raise UserError(messages.BAD_TIME, value=text) from None
    return value.replace(second=0, microsecond=0, tzinfo=None)


class PlanService:
    def __init__(self, store: UserStore, catalogue: CatalogueService) -> None:
        self.store = store
        self.catalogue = catalogue

    # plans
    def plans(self) -> list[VisitPlan]:
        return self.store.visit_plans()

    def plan(self, plan_id: int) -> VisitPlan:
        found = self.store.visit_plan(plan_id)
        if found is None:
            raise UserError(messages.UNKNOWN_PLAN, id=plan_id)
        return found

    def save(self, plan: VisitPlan) -> VisitPlan:
        return self.store.save_visit_plan(plan)

    def delete(self, plan_id: int) -> None:
        self.plan(plan_id)
        self.store.delete_visit_plan(plan_id)

    def duplicate(self, plan_id: int, title: str) -> VisitPlan:
        """A copy under `title`: its own uid and stop uids, so its calendar events never replace the original's."""
        return self.save(fresh_copy(self.plan(plan_id), title))

    # stops
    def target(self, kind: Kind, record_id: str) -> Record:
        if kind not in STOP_KINDS:
            raise UserError(messages.NOT_A_STOP, target=f"{kind.value}:{record_id}")
        record = self.catalogue.find(kind, record_id)
        if record is None:
            raise UserError(messages.UNKNOWN_RECORD, kind=kind.value, id=record_id)
        return record

    def new_stop(self, kind: Kind, record_id: str, lang: Lang) -> Stop:
        """A stop at a catalogue place or event: its name, zone, an event's own dates, records to brief on."""
        record = self.target(kind, record_id)
        start = end = None
        if isinstance(record, Event):
            start, end = record.start, record.end
        return Stop(
            uid=new_uid(),
            target=PlanRef(kind, record_id, record.name.in_lang(lang)),
            start=start,
            end=end if end != start else None,
            zone=self.zone_of(record),
            brief_on=tuple(self.suggest_brief_on(kind, record_id, lang)),
        )

    def zone_of(self, record: Record) -> str:
        place = record
        if isinstance(record, Event) and record.location:
            place = self.catalogue.find(Kind.PLACE, record.location) or record
        if isinstance(place, Place):
            return zone_for(place.country, place.longitude)
        return ""

    def suggest_brief_on(self, kind: Kind, record_id: str, lang: Lang) -> list[PlanRef]:
        """Partnerships and case studies linked to the stop's record: what a delegate is briefed on there."""
        found: list[PlanRef] = []
        for link in self.catalogue.related(kind, record_id, lang):
            if link.ref.kind in (Kind.PARTNERSHIP, Kind.CASE_STUDY) and link.ref.name.text:
                found.append(PlanRef(link.ref.kind, link.ref.id, link.ref.name.text))
        return list(dict.fromkeys(found))

    def brief_on_choices(self, stop: Stop, lang: Lang) -> list[PlanRef]:
        """What may be ticked for a stop: the linked records, plus any already chosen (even if gone)."""
        chosen = {ref.key: ref for ref in stop.brief_on}
        choices = {
            ref.key: chosen.get(ref.key, ref) for ref in self.suggest_brief_on(stop.target.kind, stop.target.id, lang)
        }
        for ref in stop.brief_on:
            choices.setdefault(ref.key, ref)
        return list(choices.values())

    # names
    def in_catalogue(self, ref: PlanRef) -> bool:
        return self.catalogue.find(ref.kind, ref.id) is not None

    def name(self, ref: PlanRef, lang: Lang) -> str | None:
        """The record's name in `lang` from this catalogue; None when this catalogue lacks the record."""
        record = self.catalogue.find(ref.kind, ref.id)
        return None if record is None else record.name.in_lang(lang)


def fresh_copy(plan: VisitPlan, title: str) -> VisitPlan:
    """`plan` as a new plan: no id, new uids (a copy's calendar events must not replace the original's)."""
    stops = tuple(dataclasses.replace(s, uid=new_uid()) for s in plan.stops)
    return dataclasses.replace(plan, id=0, uid="", title=title, stops=stops, updated_at=None)
