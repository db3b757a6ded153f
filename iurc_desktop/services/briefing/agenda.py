"""The agenda page of a pack made from a visit plan: day by day, each stop with its time, why and who."""

from __future__ import annotations

import datetime as dt
from itertools import groupby

from iurc_desktop.domain.lang import LocalText
from iurc_desktop.domain.user import PlanRef, Stop
from iurc_desktop.services.briefing.compose import BriefingSubject
from iurc_desktop.services.briefing.document import Block, Fields, Heading, Line, Para, Texts
from iurc_desktop.services.catalogue import CatalogueService
from iurc_desktop.services.locale_format import format_date, format_date_range

AGENDA_TITLE = LocalText(en="Day-by-day agenda", zh="逐日日程", pt="Agenda dia a dia")
PURPOSE = LocalText(en="Purpose", zh="目的", pt="Objetivo")
WHO = LocalText(en="Who", zh="人员", pt="Quem")
BRIEF_ON = LocalText(en="Brief on", zh="需了解", pt="A preparar")
NOTE = LocalText(en="Note", zh="备注", pt="Nota")
UNDATED = LocalText(en="Date not set", zh="日期未定", pt="Data por definir")
MISSING = LocalText(en="not in your catalogue ({name})", zh="不在您的资料库中（{name}）",
                    pt="não existe no seu catálogo ({name})")  # fmt: skip
NO_STOPS = LocalText(en="No stops yet.", zh="尚无行程站点。", pt="Ainda sem paragens.")


class AgendaWriter:
    def __init__(self, catalogue: CatalogueService, texts: Texts) -> None:
        self.catalogue = catalogue
        self.t = texts

    def blocks(self, subject: BriefingSubject) -> list[Block]:
        blocks: list[Block] = []
        rows: list[tuple[Line, Line]] = []
        if subject.purpose:
            rows.append((self.t.of(PURPOSE), self.t.plain(subject.purpose)))
        if subject.delegation:
            rows.append((self.t.of(WHO), self.t.plain("; ".join(subject.delegation))))
        if rows:
            blocks.append(Fields(tuple(rows)))
        if not subject.itinerary:
            return [*blocks, Para(self.t.of(NO_STOPS), "small")]
        # days in date order, undated stops last; stops of one day in itinerary order
        ordered = sorted(enumerate(subject.itinerary), key=lambda e: (e[1].start is None, e[1].start or dt.date.min,
                                                                      e[0]))  # fmt: skip
        for day, group in groupby(ordered, key=lambda e: e[1].start):
            blocks.append(Heading(3, self._day(day)))
            for _n, stop in group:
                blocks.extend(self._stop(stop))
        return blocks

    def _day(self, day: dt.date | None) -> Line:
        if day is None:
            return self.t.of(UNDATED)
        return self.t.per_lang({lang: format_date(day, lang, "full") for lang in self.t.langs})

    def _stop(self, stop: Stop) -> list[Block]:
        name = self._name(stop.target)
        when = []
        if stop.start_time:
            times = stop.start_time.strftime("%H:%M") + (f"–{stop.end_time.strftime('%H:%M')}" if stop.end_time else "")
            when.append(f"{times} ({stop.zone})" if stop.zone else times)
        rows: list[tuple[Line, Line]] = []
        if stop.end and stop.end != stop.start:
            span = {lang: format_date_range(stop.start, stop.end, lang) for lang in self.t.langs}
            rows.append((self.t.label("dates"), self.t.per_lang(span)))
        if stop.brief_on:
            names = [self._name(ref) for ref in stop.brief_on]
            rows.append((self.t.of(BRIEF_ON), self.t.per_lang({
                lang: "; ".join(n.in_lang(lang) for n in names) for lang in self.t.langs})))  # fmt: skip
        if stop.note:
            rows.append((self.t.of(NOTE), self.t.plain(stop.note)))
        title = self.t.per_lang({lang: " · ".join([*when, name.in_lang(lang)]) for lang in self.t.langs})
        out: list[Block] = [Para(title)]
        if rows:
            out.append(Fields(tuple(rows)))
        return out

    def _name(self, ref: PlanRef) -> LocalText:
        record = self.catalogue.find(ref.kind, ref.id)
        if record is not None:
            return record.name
        shown = ref.name or ref.id
        return LocalText.from_mapping({code: text.replace("{name}", shown) for code, text in MISSING.to_dict().items()})
