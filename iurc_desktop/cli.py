"""The `iurc-desktop` command. Commands that open no window never import Qt."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

from iurc_desktop import __version__
from iurc_desktop.domain.errors import UserError as IurcUserError
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import Kind


class UserError(Exception):
    """A mistake in what the user asked for: one line on stderr, exit status 2."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    open_path = pop_open_path(arguments)
    args = parser.parse_args(arguments)
    args.path = open_path
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    try:
        if args.self_test:
            from iurc_desktop.app import self_test_interface
            from iurc_desktop.selftest import run_self_test

            return run_self_test(args.data_dir, (("interface (Qt, fonts, translations)", self_test_interface),))
        if handler is None:
            return _run_gui(args)
        return handler(args)
    except UserError as exc:
        print(f"iurc-desktop: {exc}", file=sys.stderr)
        return 2
    except IurcUserError as exc:  # the domain error model: one translated line
        print(f"iurc-desktop: {_render(exc, args)}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


def _render(error: IurcUserError, args: argparse.Namespace) -> str:
    """One line in --lang when given, else in the saved interface language, else English."""
    from iurc_desktop.services.i18n import user_message

    lang = getattr(args, "lang", None)
    return user_message(error, lang if isinstance(lang, Lang) else _saved_lang(args))


def _saved_lang(args: argparse.Namespace) -> Lang:
    from iurc_desktop.storage.paths import DataPaths
    from iurc_desktop.storage.user_db import read_setting

    try:
        saved = read_setting(DataPaths.resolve(getattr(args, "data_dir", None)).user_db, "language")
        return Lang.parse(saved) if saved else Lang.EN
    except (OSError, ValueError):
        return Lang.EN


def _run_gui(args: argparse.Namespace) -> int:
    from iurc_desktop.app import run_gui  # Qt is imported only here

    return run_gui(args.data_dir, sys.argv[:1], [args.path] if args.path else [])


OPEN_SUFFIXES = (".iurcdata", ".iurcplan")


def pop_open_path(argv: list[str]) -> str | None:
    """`iurc-desktop FILE.iurcdata` (what a file manager runs): the file to open in the window, taken out of
    `argv`. Only a first positional argument with one of OPEN_SUFFIXES counts; anything else is a command."""
    skip = False
    for index, token in enumerate(argv):
        if skip:
            skip = False
        elif token == "--data-dir":
            skip = True
        elif not token.startswith("-"):
            return argv.pop(index) if token.endswith(OPEN_SUFFIXES) else None
    return None


def _lang(value: str) -> Lang:
    try:
        return Lang.parse(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _kind(value: str) -> Kind:
    try:
        return Kind.parse(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}") from None


KIND_HELP = (
    "programme, network, cluster, challenge, place, event, partnership, case-study, person, contribution or source"
)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="iurc-desktop", description="Offline catalogue of EU–China urban and regional cooperation.")
    parser.add_argument("--version", action="version", version=f"iurc-desktop {__version__}")
    parser.add_argument("--data-dir", help="keep all data in this folder (also: $IURC_DESKTOP_HOME)")
    parser.add_argument("--self-test", action="store_true", help="check the installation and exit")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, help="without one, the window opens")

    p = sub.add_parser("list", help="list the records of one kind")
    p.add_argument("kind", type=_kind, help=KIND_HELP)
    _add_lang_json(p)
    p.add_argument("--programme", help="only records taking part in this programme id")
    p.add_argument("--country", help="only places in this country (ISO code, e.g. CN)")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", help="show one record and its related records")
    p.add_argument("kind", type=_kind, help=KIND_HELP)
    p.add_argument("id", help="the record's id, as `list` prints it first on each line")
    _add_lang_json(p)
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("search", help="search the catalogue in any language")
    p.add_argument("text", help="words in English, Chinese or Portuguese (quote several)")
    _add_lang_json(p)
    p.add_argument("--kind", type=_kind, help="only records of this kind")
    p.add_argument("--limit", type=int, default=20, help="at most this many results (default 20)")
    p.add_argument("--country", help="only places in this country (ISO code) and records linked to them")
    p.add_argument("--programme", help="only records of this programme id")
    p.add_argument("--network", help="only records of this network id")
    p.add_argument("--cluster", help="only records of this cluster id")
    p.add_argument("--from", dest="date_from", type=_date, help="only events ending on or after this date")
    p.add_argument("--to", dest="date_to", type=_date, help="only events starting on or before this date")
    p.set_defaults(handler=cmd_search)

    from iurc_desktop.cli_brief import add_brief_command
    from iurc_desktop.cli_data import add_data_commands
    from iurc_desktop.cli_plan import add_plan_commands

    add_data_commands(sub)
    add_brief_command(sub, _lang)
    add_plan_commands(sub, _lang)
    return parser


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors exit 2 with one line instead of the whole usage text."""

    def error(self, message: str) -> Any:
        self.exit(2, f"{self.prog}: {message}\n")


def _add_lang_json(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", type=_lang, default=Lang.EN, help="en, zh or pt (default en)")
    p.add_argument("--json", action="store_true", help="print JSON")


def open_context(args: argparse.Namespace) -> Any:
    from iurc_desktop.services.context import AppContext
    from iurc_desktop.services.install import CatalogueBuildError
    from iurc_desktop.storage.catalogue_db import CatalogueMissing, NotACatalogue

    try:
        ctx = AppContext.open(args.data_dir)
    except (CatalogueMissing, NotACatalogue, CatalogueBuildError, OSError) as exc:
        raise UserError(f"cannot open the catalogue: {exc}") from None
    for notice in ctx.notices:  # a damaged database set aside at start-up
        print(f"iurc-desktop: {_render(notice, args)}", file=sys.stderr)
    return ctx


def emit(args: argparse.Namespace, data: Any, lines: Callable[[], list[str]]) -> int:
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for line in lines():
            print(line)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from iurc_desktop.services.presentation import list_item_json, sorted_items

    ctx = open_context(args)
    try:
        items = ctx.catalogue.list_items(args.kind, args.lang, programme=args.programme, country=args.country)
    finally:
        ctx.close()
    items = sorted_items(items, args.lang)
    data = [list_item_json(item) for item in items]
    return emit(args, data, lambda: [f"{i.id}\t{i.title}" + (f"\t{i.country}" if i.country else "") for i in items])


def cmd_show(args: argparse.Namespace) -> int:
    from iurc_desktop.services.catalogue import UnknownRecord
    from iurc_desktop.services.presentation import record_json
    from iurc_desktop.services.record_builder import ViewBuilder
    from iurc_desktop.services.record_render import render_text

    ctx = open_context(args)
    try:
        record = ctx.catalogue.record(args.kind, args.id)
        if args.json:
            data = record_json(record, ctx.catalogue.related(args.kind, args.id, args.lang), args.lang)
            return emit(args, data, list)
        text = render_text(ViewBuilder(ctx.catalogue, args.lang).build(args.kind, args.id))
    except UnknownRecord as exc:
        raise UserError(str(exc)) from None
    finally:
        ctx.close()
    sys.stdout.write(text)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from iurc_desktop.services.search import SearchFilters

    if args.limit < 0:
        raise UserError("--limit must be 0 or more")
    filters = SearchFilters(
        kinds=(args.kind,) if args.kind else (),
        country=args.country,
        programme=args.programme,
        network=args.network,
        cluster=args.cluster,
        date_from=args.date_from,
        date_to=args.date_to,
    )
    ctx = open_context(args)
    try:
        outcome = ctx.search.run(args.text, args.lang, filters, limit=args.limit)
    finally:
        ctx.close()
    hits = outcome.hits
    if not hits:
        print(f"no match for {args.text!r}", file=sys.stderr)
        if outcome.suggestion:
            print(f"did you mean {outcome.suggestion!r}?", file=sys.stderr)
    data = [
        {
            "kind": h.kind.value,
            "id": h.id,
            "title": h.title,
            "field": h.field,
            "snippet": h.snippet,
            "highlights": [list(span) for span in h.highlights],
            "score": h.score,
        }
        for h in hits
    ]
    return emit(
        args, data, lambda: [f"{h.kind.value}:{h.id}\t{h.title}\t{h.field}: {_one_line(h.snippet)}" for h in hits]
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())
