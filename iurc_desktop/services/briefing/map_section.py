"""The pack's map section: its subject (the hosts and their partners, or a visit's stops and route) on one map."""

from __future__ import annotations

from iurc_desktop.domain.lang import LocalText
from iurc_desktop.domain.records import Kind, Partnership, Place
from iurc_desktop.services.briefing.compose import BriefingSelection, SectionKind
from iurc_desktop.services.briefing.document import Block, BriefingOptions, Bullets, DocSection, MapFigure, Para, Texts
from iurc_desktop.services.catalogue import CatalogueService
from iurc_desktop.services.map_model import MapModel, MapService

TITLE = LocalText(en="Map", zh="地图", pt="Mapa")
ROUTE = LocalText(en="Stops in order of the visit", zh="按行程顺序排列的各站", pt="Paragens pela ordem da visita")
NOTHING = LocalText(
    en="None of these places has coordinates in the catalogue.",
    zh="资料库中这些地方都没有坐标。",
    pt="Nenhum destes locais tem coordenadas no catálogo.",
)


def map_section(
    catalogue: CatalogueService, selection: BriefingSelection, texts: Texts, options: BriefingOptions
) -> DocSection:
    model = subject_map(catalogue, selection, options)
    blocks: list[Block] = [MapFigure(model)] if model.markers else [Para(texts.of(NOTHING), "small")]
    if len(model.route) > 1:
        names = {m.id: m.name for m in model.markers}
        stops = [catalogue.ref(Kind.PLACE, place_id, options.lang) for place_id in model.route]
        blocks.append(Para(texts.of(ROUTE), "small"))
        blocks.append(Bullets(tuple(texts.plain(f"{n}. {names.get(s.id, s.title)}") for n, s in enumerate(stops, 1))))
    return DocSection(SectionKind.MAP, texts.of(TITLE), blocks)


def subject_map(catalogue: CatalogueService, selection: BriefingSelection, options: BriefingOptions) -> MapModel:
    """A plan's stops and route; otherwise the hosts, the places paired with them, and the pack's partners."""
    if selection.subject.itinerary and len(selection.hosts) > 1:
        return pack_map_service(catalogue, selection.hosts, ()).plan(selection.hosts, options.lang)
    partners = selection.section(SectionKind.PARTNERS)
    extra = tuple(k.id for k in partners.records if k.kind is Kind.PLACE) if partners else ()
    return pack_map_service(catalogue, selection.hosts, extra).around_places(selection.hosts, options.lang, extra=extra)


def pack_map_service(catalogue: CatalogueService, hosts: tuple[str, ...], extra: tuple[str, ...]) -> MapService:
    """A map service over the pack's own records: the hosts, every partnership naming one (found through the
    catalogue's links, which the pack's other sections have mostly read already), their places and the partners.
    Reading the whole catalogue's places and partnerships for one map cost a tenth of a pack's time."""
    links = catalogue.links_many((Kind.PLACE, host) for host in hosts)
    naming = [(Kind.PARTNERSHIP, link.id) for found in links.values() for link in found
              if link.kind is Kind.PARTNERSHIP and not link.outgoing]  # fmt: skip
    partnerships = [r for r in catalogue.find_many(naming).values() if isinstance(r, Partnership)]
    ids = dict.fromkeys([*hosts, *extra, *(pid for p in partnerships for pid in p.places)])
    places = [r for r in catalogue.find_many((Kind.PLACE, i) for i in ids).values() if isinstance(r, Place)]
    return MapService.over(catalogue, places, partnerships)
