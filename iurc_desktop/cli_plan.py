"""`iurc-desktop plan …` and `iurc-desktop user …`: visit plans, calendar and plan files, backups of my data."""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from iurc_desktop.cli import emit, open_context
from iurc_desktop.domain.errors import QT_TRANSLATE_NOOP, UserError
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import Kind

Handler = Callable[[argparse.Namespace], int]
AddVerb = Callable[[str, Handler, str], argparse.ArgumentParser]  # adds one `plan` verb: name, handler, help
PLAN_ID_HELP = "the plan's number (see plan list)"
APPLY_RESTORE = QT_TRANSLATE_NOOP("Backup", "Restore this into your data? [y/N] ")
RESTORED = QT_TRANSLATE_NOOP("Backup", "Restored.")
NOT_APPLIED = QT_TRANSLATE_NOOP("Backup", "Nothing was restored.")


def add_plan_commands(sub: Any, lang_type: Any) -> None:
    plan = sub.add_parser("plan", help="visit plans: itineraries, calendar files, plan files")
    verbs = plan.add_subparsers(dest="plan_command", required=True, parser_class=type(plan), help="what to do")
    verb: AddVerb = functools.partial(_add_verb, verbs, lang_type)
    _add_reading_verbs(verb)
    _add_editing_verbs(verb, lang_type)
    _add_file_verbs(verb)
    p = verb("delete", cmd_delete, "delete a plan")
    p.add_argument("plan_id", type=int, help=PLAN_ID_HELP)
    _add_user_commands(sub, lang_type)


def _add_verb(verbs: Any, lang_type: Any, name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
    """One `plan` verb with its --lang; its handler reports a user error in one line."""
    p: argparse.ArgumentParser = verbs.add_parser(name, help=help_text)
    p.add_argument("--lang", type=lang_type, default=Lang.EN, help="en, zh or pt (default en)")
    p.set_defaults(handler=_one_line_errors(handler))
    return p


def _add_reading_verbs(verb: AddVerb) -> None:
    p = verb("list", cmd_list, "list the visit plans")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p = verb("show", cmd_show, "show one plan's itinerary")
    p.add_argument("plan_id", type=int, help=PLAN_ID_HELP)
    p.add_argument("--json", action="store_true", help="print JSON instead of text")


def _add_editing_verbs(verb: AddVerb, lang_type: Any) -> None:
    p = verb("create", cmd_create, "create a plan; prints its id")
    p.add_argument("title", help="the plan's title")
    p.add_argument("--purpose", default="", help="why the delegation travels")
    p.add_argument("--plan-lang", type=lang_type, help="the language the plan is written in (default --lang)")
    p.add_argument("--member", action="append", default=[], metavar="NAME[:ROLE]", help="a delegation member")
    p = verb("add-stop", cmd_add_stop, "add a stop (a place or an event) at the end of a plan")
    p.add_argument("plan_id", type=int, help=PLAN_ID_HELP)
    p.add_argument("target", metavar="[KIND:]ID", help="a place id, or event:ID")
    p.add_argument("--date", help="the stop's (first) day, YYYY-MM-DD")
    p.add_argument("--until", help="the stop's last day, YYYY-MM-DD")
    p.add_argument("--time", help="local start time, HH:MM (in the stop's time zone)")
    p.add_argument("--end-time", help="local end time, HH:MM")
    p.add_argument("--note", default="", help="a note on this stop")
    p.add_argument("--brief-on", nargs="*", metavar="KIND:ID", help="records to brief on (default: linked ones)")


def _add_file_verbs(verb: AddVerb) -> None:
    p = verb("export", cmd_export, "write a plan as a calendar (.ics) or a plan file (.iurcplan)")
    p.add_argument("plan_id", type=int, help=PLAN_ID_HELP)
    p.add_argument(
        "--format", choices=("ics", "iurcplan"), required=True, help="ics: a calendar; iurcplan: a plan file"
    )
    p.add_argument("-o", "--output", type=Path, required=True, help="the file to write")
    p.add_argument("--no-notes", action="store_true", help="leave the plan's notes out of a plan file")
    p = verb("import", cmd_import, "add the plan in an .iurcplan file as a new plan")
    p.add_argument("file", type=Path, help="the file to read or write")


def _add_user_commands(sub: Any, lang_type: Any) -> None:
    user = sub.add_parser("user", help="my data: back up and restore notes, favourites, plans and settings")
    user_verbs = user.add_subparsers(dest="user_command", required=True, parser_class=type(user), help="what to do")
    p = user_verbs.add_parser("backup", help="write all my data to one file")
    p.add_argument("file", type=Path, help="the file to read or write")
    p.add_argument("--lang", type=lang_type, default=Lang.EN, help="en, zh or pt (default en)")
    p.set_defaults(handler=_one_line_errors(cmd_backup))
    p = user_verbs.add_parser("restore", help="merge a backup into my data (newer edits win, nothing deleted)")
    p.add_argument("file", type=Path, help="the file to read or write")
    p.add_argument("--lang", type=lang_type, default=Lang.EN, help="en, zh or pt (default en)")
    p.add_argument("--dry-run", action="store_true", help="only show what would be added and updated")
    p.add_argument("--yes", "-y", action="store_true", help="apply without asking")
    p.set_defaults(handler=_one_line_errors(cmd_restore))


def _one_line_errors(handler: Handler) -> Handler:
    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        from iurc_desktop.services.i18n import user_message

        try:
            return handler(args)
        except UserError as error:
            print(f"iurc-desktop: {user_message(error, args.lang)}", file=sys.stderr)
            return 2

    return run


def _with_plans(args: argparse.Namespace, work: Callable[[Any], int]) -> int:
    ctx = open_context(args)
    try:
        from iurc_desktop.services.plans import PlanService

        return work(PlanService(ctx.user, ctx.catalogue))
    finally:
        ctx.close()


def cmd_list(args: argparse.Namespace) -> int:
    def work(plans: Any) -> int:
        found = plans.plans()
        data = [
            {"id": p.id, "title": p.title, "start": _iso(p.start), "end": _iso(p.end), "stops": len(p.stops)}
            for p in found
        ]
        return emit(args, data, lambda: [f"{d['id']}\t{d['title']}\t{d['start'] or ''}\t{d['stops']}" for d in data])

    return _with_plans(args, work)


def _iso(value: Any) -> str | None:
    return value.isoformat() if value else None


def cmd_show(args: argparse.Namespace) -> int:
    from iurc_desktop.services.plans_share import plan_document
    from iurc_desktop.services.plans_text import itinerary_lines

    def work(plans: Any) -> int:
        plan = plans.plan(args.plan_id)
        document = plan_document(plans, plan)["plan"]
        return emit(args, document, lambda: itinerary_lines(plans, plan, args.lang))

    return _with_plans(args, work)


def cmd_create(args: argparse.Namespace) -> int:
    from iurc_desktop.domain.user import Member, VisitPlan

    members = tuple(Member(*(part.strip() for part in m.split(":", 1))) for m in args.member if m.strip())

    def work(plans: Any) -> int:
        plan = VisitPlan(0, args.title.strip(), args.purpose.strip(), args.plan_lang or args.lang, members)
        print(plans.save(plan).id)
        return 0

    return _with_plans(args, work)


def cmd_add_stop(args: argparse.Namespace) -> int:
    import dataclasses

    from iurc_desktop.domain import messages
    from iurc_desktop.domain.user import PlanRef
    from iurc_desktop.services.plans import parse_date, parse_time

    kind, record_id = _target(args.target)
    start = parse_date(args.date) if args.date else None
    until = parse_date(args.until) if args.until else None
    start_time = parse_time(args.time) if args.time else None
    end_time = parse_time(args.end_time) if args.end_time else None
    if until and start and until < start:
        raise UserError(messages.END_BEFORE_START, start=start, end=until)
    if start_time and not start:
        raise UserError(messages.TIME_WITHOUT_DATE)

    def work(plans: Any) -> int:
        plan = plans.plan(args.plan_id)
        stop = plans.new_stop(kind, record_id, plan.lang)
        changes: dict[str, Any] = {"note": args.note, "start_time": start_time, "end_time": end_time}
        if start:
            changes |= {"start": start, "end": until if until != start else None}
        if args.brief_on is not None:
            refs = [_target(text, default=None) for text in args.brief_on]
            for ref_kind, ref_id in refs:
                if plans.catalogue.find(ref_kind, ref_id) is None:
                    raise UserError(messages.UNKNOWN_RECORD, kind=ref_kind.value, id=ref_id)
            changes["brief_on"] = tuple(PlanRef(k, i, plans.name(PlanRef(k, i), plan.lang) or "") for k, i in refs)
        stop = dataclasses.replace(stop, **changes)
        plans.save(dataclasses.replace(plan, stops=(*plan.stops, stop)))
        return 0

    return _with_plans(args, work)


def _target(text: str, default: Kind | None = Kind.PLACE) -> tuple[Kind, str]:
    from iurc_desktop.domain import messages

    head, sep, tail = text.partition(":")
    if not sep:
        if default is None:
            raise UserError(messages.NOT_A_STOP, target=text)
        return default, text.strip()
    try:
        return Kind.parse(head), tail.strip()
    except ValueError:
        raise UserError(messages.NOT_A_STOP, target=text) from None


def cmd_export(args: argparse.Namespace) -> int:
    def work(plans: Any) -> int:
        plan = plans.plan(args.plan_id)
        if args.format == "ics":
            from iurc_desktop.services.plans_ics import write_calendar

            events = write_calendar(plans, plan, args.output)
            print(f"{args.output}\t{events}")
        else:
            from iurc_desktop.services.plans_share import write_plan_file

            write_plan_file(plans, plan, args.output, include_notes=not args.no_notes)
            print(args.output)
        return 0

    return _with_plans(args, work)


def cmd_import(args: argparse.Namespace) -> int:
    from iurc_desktop.services.plans_share import read_plan_file

    plan = read_plan_file(args.file)  # validated before any database is opened

    def work(plans: Any) -> int:
        print(plans.save(plan).id)
        return 0

    return _with_plans(args, work)


def cmd_delete(args: argparse.Namespace) -> int:
    def work(plans: Any) -> int:
        plans.delete(args.plan_id)
        return 0

    return _with_plans(args, work)


def cmd_backup(args: argparse.Namespace) -> int:
    from iurc_desktop.services.user_backup import UserBackupService

    ctx = open_context(args)
    try:
        UserBackupService(ctx.user).back_up(args.file)
    finally:
        ctx.close()
    print(args.file)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from iurc_desktop.domain import messages
    from iurc_desktop.services.i18n import translate
    from iurc_desktop.services.user_backup import UserBackupService

    ctx = open_context(args)
    try:
        service = UserBackupService(ctx.user)
        preview = service.preview(args.file)
        for line in preview.summary(args.lang):
            print(line)
        if args.dry_run or preview.empty:
            return 0
        if not args.yes:
            if not sys.stdin.isatty():
                raise UserError(messages.RESTORE_NEEDS_YES)
            if input(translate("Backup", APPLY_RESTORE, args.lang)).strip().lower() not in (
                "y",
                "yes",
                "s",
                "sim",
                "是",
            ):
                print(translate("Backup", NOT_APPLIED, args.lang))
                return 0
        service.apply(preview)
        print(translate("Backup", RESTORED, args.lang))
    finally:
        ctx.close()
    return 0
