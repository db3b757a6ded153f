"""`iurc-desktop brief …`: write a briefing pack (PDF or Word) from the command line."""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from iurc_desktop import cli_args
from iurc_desktop.cli import open_context, say
from iurc_desktop.domain import messages
from iurc_desktop.domain.errors import UserError
from iurc_desktop.domain.lang import Lang


def add_brief_command(sub: Any, lang_type: Any) -> None:
    p = sub.add_parser("brief", help="write a briefing pack (PDF or Word) for a visit or a theme")
    subject = p.add_mutually_exclusive_group(required=True)
    subject.add_argument("--place", nargs="+", metavar="ID", help="the place(s) to be visited")
    subject.add_argument("--event", metavar="ID", help="the event (study visit, webinar, meeting)")
    subject.add_argument("--case-study", nargs="+", metavar="ID", dest="case_study", help="the case stud(ies)")
    subject.add_argument("--partnership", metavar="ID", help="the partnership")
    subject.add_argument("--plan", type=cli_args.count("--plan"), metavar="ID", help="a saved visit plan")
    subject.add_argument("--network", metavar="ID", help="a thematic network: its webinars, members, case studies")
    subject.add_argument("--cluster", metavar="ID", help="a thematic cluster: its webinars, members, case studies")
    subject.add_argument("--challenge", metavar="ID", help="a cross-cutting challenge and its case studies")
    p.add_argument(
        "--template",
        choices=("full", "pocket", "agenda"),
        default="full",
        help="full dossier (default), pocket brief (two pages at most) or a visit plan's agenda",
    )
    p.add_argument("--format", choices=("pdf", "docx"), help="pdf or docx (Word); default: from the output name")
    p.add_argument("--lang", type=lang_type, default=Lang.EN, help="pack language: en, zh or pt")
    p.add_argument("--bilingual", type=lang_type, metavar="LANG", help="repeat every text in this language")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default a4)")
    p.add_argument("--title", default="", help="title on the cover")
    p.add_argument("--no-notes", action="store_true", help="leave out my notes")
    p.add_argument("-o", "--output", type=cli_args.output_file, required=True, help="the file to write (.pdf or .docx)")
    p.set_defaults(handler=cmd_brief)


def cmd_brief(args: argparse.Namespace) -> int:
    from iurc_desktop.domain.user import RecordKey
    from iurc_desktop.services.briefing.document import BriefingOptions
    from iurc_desktop.services.briefing.service import BriefingService

    fmt = args.format or args.output.suffix.lower().lstrip(".")
    if args.output.suffix.lower() != f".{fmt}" or fmt not in ("pdf", "docx"):
        raise UserError(messages.OUTPUT_NOT_PACK, path=args.output)
    if args.template == "agenda" and args.plan is None:
        raise UserError(messages.AGENDA_NEEDS_PLAN)
    ctx = open_context(args)
    try:
        subject = _subject(args, ctx)
        if args.title:
            subject = dataclasses.replace(subject, title=args.title)

        def notes_for(key: RecordKey) -> list[Any]:
            return list(ctx.user.notes(key))

        service = BriefingService(ctx.catalogue, notes_for)
        selection = service.propose(subject, args.template)
        options = BriefingOptions(
            args.lang, args.bilingual, args.paper, include_notes=not args.no_notes, template=args.template
        )
        result = service.render(selection, options, args.output.resolve())  # its errors are UserErrors
    finally:
        ctx.close()
    say(f"wrote {result.path} ({result.pages} pages)" if result.pages else f"wrote {result.path}")
    return 0


def _subject(args: argparse.Namespace, ctx: Any) -> Any:
    from iurc_desktop.domain.records import Kind
    from iurc_desktop.domain.user import RecordKey
    from iurc_desktop.services.briefing.compose import BriefingSubject

    if args.plan is not None:
        plan = ctx.user.visit_plan(args.plan)
        if plan is None:
            raise UserError(messages.UNKNOWN_PLAN, id=args.plan)
        return BriefingSubject.from_plan(plan)
    for kind, record_id in (
        (Kind.NETWORK, args.network),
        (Kind.CLUSTER, args.cluster),
        (Kind.CHALLENGE, args.challenge),
    ):
        if record_id:
            ctx.catalogue.record(kind, record_id)
            return BriefingSubject(theme=RecordKey(kind, record_id))
    for kind, ids in ((Kind.PLACE, args.place or ()), (Kind.CASE_STUDY, args.case_study or ())):
        for record_id in ids:
            ctx.catalogue.record(kind, record_id)  # raises UnknownRecord for a mistyped id
    for kind, record_id in ((Kind.EVENT, args.event), (Kind.PARTNERSHIP, args.partnership)):
        if record_id:
            ctx.catalogue.record(kind, record_id)
    return BriefingSubject(
        places=tuple(args.place or ()),
        event=args.event,
        case_studies=tuple(args.case_study or ()),
        partnership=args.partnership,
    )
