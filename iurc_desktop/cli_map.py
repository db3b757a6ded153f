"""`iurc-desktop map …`: the map of places, a partnership or a visit plan as SVG, PNG (offscreen Qt) or PDF."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from iurc_desktop.domain.errors import UserError
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.messages import MAP_OUTPUT_SUFFIX, MAP_WRITE_FAILED, UNKNOWN_PLAN, UNKNOWN_RECORD

SUFFIXES = (".svg", ".png", ".pdf")
SIZE = (1600, 1000)  # pixels of a PNG or SVG


def add_map_command(sub: Any, lang_type: Any) -> None:
    p = sub.add_parser("map", help="draw the map of places, a partnership or a visit plan (SVG, PNG or PDF)")
    subject = p.add_mutually_exclusive_group()
    subject.add_argument("--place", nargs="+", metavar="ID", help="these places and their partners")
    subject.add_argument("--plan", type=int, metavar="ID", help="a saved visit plan: its stops and route")
    subject.add_argument("--partnership", metavar="ID", help="a pairing: its places and the arc between them")
    p.add_argument("--lang", type=lang_type, default=Lang.EN, help="labels in en, zh or pt")
    p.add_argument("-o", "--output", type=Path, required=True, help="FILE.svg, FILE.png or FILE.pdf")
    p.set_defaults(handler=cmd_map)


def cmd_map(args: argparse.Namespace) -> int:
    """Write the map; a mistake raises a UserError, which cli.main prints as one translated line (exit 2)."""
    from iurc_desktop.cli import open_context

    suffix = args.output.suffix.lower()
    if suffix not in SUFFIXES:
        raise UserError(MAP_OUTPUT_SUFFIX, path=args.output)
    ctx = open_context(args)
    try:
        model = _model(args, ctx)
    finally:
        ctx.close()
    try:
        if suffix == ".pdf":
            from iurc_desktop.services.briefing.map_flowable import write_map_pdf

            write_map_pdf(model, args.output)
        else:
            _render_qt(model, args.output, suffix)
    except OSError as exc:
        raise UserError(MAP_WRITE_FAILED, path=args.output, reason=exc.strerror or exc) from None
    print(f"wrote {args.output} ({len(model.markers)} places)")
    return 0


def _model(args: argparse.Namespace, ctx: Any) -> Any:
    from iurc_desktop.domain.records import Kind
    from iurc_desktop.services.map_model import MapService

    service = MapService(ctx.catalogue)
    if args.plan is not None:
        plan = ctx.user.visit_plan(args.plan)
        if plan is None:
            raise UserError(UNKNOWN_PLAN, id=args.plan)
        return service.plan_of(plan, args.lang)
    if args.partnership:
        if ctx.catalogue.find(Kind.PARTNERSHIP, args.partnership) is None:
            raise UserError(UNKNOWN_RECORD, kind=Kind.PARTNERSHIP.value, id=args.partnership)
        return service.partnership(args.partnership, args.lang)
    if args.place:
        for place_id in args.place:
            if ctx.catalogue.find(Kind.PLACE, place_id) is None:
                raise UserError(UNKNOWN_RECORD, kind=Kind.PLACE.value, id=place_id)
        return service.around_places(args.place, args.lang)
    return service.world(args.lang)


def _render_qt(model: Any, target: Path, suffix: str) -> None:
    """The window's own scene, drawn offscreen into an image or an SVG file (Qt stays inside ui/)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from iurc_desktop.ui.map_export import export_map_file

    if not export_map_file(model, target, suffix, SIZE):
        raise OSError(0, "the file could not be written")
