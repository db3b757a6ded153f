"""The `iurc-desktop` command. Commands that open no window never import Qt."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from iurc_desktop import __version__, cli_args
from iurc_desktop.domain import messages
from iurc_desktop.domain.errors import UserError
from iurc_desktop.domain.lang import Lang
from iurc_desktop.logs import log, setup_logging, shutdown_logging

if TYPE_CHECKING:
    from iurc_desktop.services.search import SearchFilters, SearchHit, SearchOutcome

# bidirectional overrides reorder what a terminal shows ("trojan source"): escaped like control characters
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; a user error is one translated line (exit 2), a bug one line naming the log (exit 1)."""
    raw = list(sys.argv[1:] if argv is None else argv)
    log_path = setup_logging(cli_args.option_value(raw, "--data-dir"), debug="--debug" in raw)
    try:
        log.debug("iurc-desktop %s, arguments %r", __version__, raw)
        cli_args.check_text_arguments(raw)
        arguments = list(raw)
        open_path = pop_open_path(arguments)  # `iurc-desktop FILE.iurcdata`, as a file manager runs it
        args = cli_args.parse(build_parser(), arguments)
        args.path = open_path
        return _dispatch(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        return _report(exc, raw, log_path)
    finally:
        shutdown_logging()


def _dispatch(args: argparse.Namespace) -> int:
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if args.self_test:
        from iurc_desktop.app import self_test_interface
        from iurc_desktop.selftest import run_self_test

        return run_self_test(args.data_dir, (("interface (Qt, fonts, translations)", self_test_interface),))
    if handler is None:
        return _run_gui(args)
    return handler(args)


def _report(exc: Exception, raw: list[str], log_path: Path | None) -> int:
    from iurc_desktop.services.failures import as_user_error
    from iurc_desktop.services.i18n import user_message

    error = as_user_error(exc)
    if error is not None:
        log.info("user error: %s", error.english(), exc_info=log.isEnabledFor(logging.DEBUG))
        code = 2
    else:
        log.exception("bug while running %r", raw)
        error = UserError(messages.UNEXPECTED, log=log_path) if log_path else UserError(messages.UNEXPECTED_NO_LOG)
        code = 1
    print(f"iurc-desktop: {user_message(error, error_language(raw))}", file=sys.stderr)
    return code


def error_language(raw: Sequence[str]) -> Lang:
    """`--lang` when given, else the saved interface language, else English (never fails: it reports failures)."""
    given = cli_args.option_value(raw, "--lang")
    try:
        if given:
            return Lang.parse(given)
    except ValueError:
        pass
    try:
        from iurc_desktop.services.settings import saved_language
        from iurc_desktop.storage.paths import DataPaths

        return saved_language(DataPaths.resolve(cli_args.option_value(raw, "--data-dir"))) or Lang.EN
    except Exception:  # a damaged user database must not hide the error being reported
        log.debug("no saved language", exc_info=True)
        return Lang.EN


def terminal_safe(text: str) -> str:
    """`text` with control characters, lone surrogates and bidi overrides escaped (names come from bundles)."""
    return "".join(
        ch if ch == "\t" or not (unicodedata.category(ch) in ("Cc", "Cs") or ch in _BIDI_CONTROLS) else _escape(ch)
        for ch in text
    )


def _escape(ch: str) -> str:
    return f"\\x{ord(ch):02x}" if ord(ch) < 256 else f"\\u{ord(ch):04x}"


def say(line: str = "", err: bool = False) -> None:
    """One line of terminal output, never carrying raw control characters."""
    print(terminal_safe(line), file=sys.stderr if err else sys.stdout)


def _run_gui(args: argparse.Namespace) -> int:
    from iurc_desktop.app import run_gui  # Qt is imported only here

    return run_gui(args.data_dir, sys.argv[:1], [args.path] if args.path else [])


OPEN_SUFFIXES = (".iurcdata", ".iurcplan")


def pop_open_path(argv: list[str]) -> str | None:
    """The file to open in the window, taken out of `argv`: only a first positional argument with one of
    OPEN_SUFFIXES counts; anything else is a command (so `data import u.iurcdata` stays a command)."""
    skip = False
    for index, token in enumerate(argv):
        if skip:
            skip = False
        elif token in ("--data-dir", "--lang"):
            skip = True
        elif not token.startswith("-"):
            return argv.pop(index) if token.endswith(OPEN_SUFFIXES) else None
    return None


KIND_HELP = (
    "programme, network, cluster, challenge, place, event, partnership, case-study, person, contribution or source"
)


def build_parser() -> argparse.ArgumentParser:
    parser = cli_args.CommandParser(
        prog="iurc-desktop", description="Offline catalogue of EU–China urban and regional cooperation."
    )
    parser.add_argument("--version", action="version", version=f"iurc-desktop {__version__}")
    parser.add_argument("--data-dir", help="keep all data in this folder (also: $IURC_DESKTOP_HOME)")
    parser.add_argument("--self-test", action="store_true", help="check the installation and exit")
    parser.add_argument("--debug", action="store_true", help="write debug lines to stderr (and the log)")
    sub = parser.add_subparsers(
        dest="command", parser_class=cli_args.CommandParser, help="without one, the window opens"
    )
    _add_list_command(sub)
    _add_show_command(sub)
    _add_search_command(sub)

    from iurc_desktop.cli_brief import add_brief_command
    from iurc_desktop.cli_data import add_data_commands
    from iurc_desktop.cli_map import add_map_command
    from iurc_desktop.cli_plan import add_plan_commands

    add_data_commands(sub)
    add_brief_command(sub, cli_args.lang)
    add_plan_commands(sub, cli_args.lang)
    add_map_command(sub, cli_args.lang)
    return parser


def _add_list_command(sub: Any) -> None:
    p = sub.add_parser("list", help="list the records of one kind")
    p.add_argument("kind", type=cli_args.kind, help=KIND_HELP)
    _add_lang_json(p)
    p.add_argument("--programme", help="only records taking part in this programme id")
    p.add_argument("--country", help="only places in this country (ISO code, e.g. CN)")
    p.set_defaults(handler=cmd_list)


def _add_show_command(sub: Any) -> None:
    p = sub.add_parser("show", help="show one record and its related records")
    p.add_argument("kind", type=cli_args.kind, help=KIND_HELP)
    p.add_argument("id", help="the record's id, as `list` prints it first on each line")
    _add_lang_json(p)
    p.set_defaults(handler=cmd_show)


def _add_search_command(sub: Any) -> None:
    p = sub.add_parser("search", help="search the catalogue in any language")
    p.add_argument("text", help="words in English, Chinese or Portuguese (quote several)")
    _add_lang_json(p)
    p.add_argument("--kind", type=cli_args.kind, help="only records of this kind")
    p.add_argument("--limit", type=cli_args.count("--limit"), default=20, help="at most this many results (default 20)")
    p.add_argument("--country", help="only places in this country (ISO code) and records linked to them")
    p.add_argument("--programme", help="only records of this programme id")
    p.add_argument("--network", help="only records of this network id")
    p.add_argument("--cluster", help="only records of this cluster id")
    p.add_argument("--from", dest="date_from", type=cli_args.date, help="only events ending on or after this date")
    p.add_argument("--to", dest="date_to", type=cli_args.date, help="only events starting on or before this date")
    p.set_defaults(handler=cmd_search)


def _add_lang_json(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", type=cli_args.lang, default=Lang.EN, help="en, zh or pt (default en)")
    p.add_argument("--json", action="store_true", help="print JSON")


def open_context(args: argparse.Namespace) -> Any:
    from iurc_desktop.services.context import AppContext

    log.debug("opening the data folder %s", args.data_dir or "(default)")
    ctx = AppContext.open(args.data_dir)  # its user errors (damaged, missing, read-only) reach main as they are
    if ctx.notices:  # a damaged database set aside, a read-only folder: one line each on stderr
        from iurc_desktop.services.i18n import user_message

        lang = error_language(sys.argv[1:])
        for notice in ctx.notices:
            print(f"iurc-desktop: {user_message(notice, lang)}", file=sys.stderr)
    return ctx


def emit(args: argparse.Namespace, data: Any, lines: Callable[[], list[str]]) -> int:
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for line in lines():
            say(line)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from iurc_desktop.services.presentation import list_item_json, sorted_items

    ctx = open_context(args)
    try:
        items = ctx.catalogue.list_items(args.kind, args.lang, programme=args.programme, country=args.country)
        items = sorted_items(items, args.lang, ctx.collation)  # while open: its keys are kept at close
    finally:
        ctx.close()
    data = [list_item_json(item) for item in items]
    return emit(args, data, lambda: [f"{i.id}\t{i.title}" + (f"\t{i.country}" if i.country else "") for i in items])


def cmd_show(args: argparse.Namespace) -> int:
    from iurc_desktop.services.presentation import record_json
    from iurc_desktop.services.record_builder import ViewBuilder
    from iurc_desktop.services.record_render import render_text

    ctx = open_context(args)
    try:
        record = ctx.catalogue.record(args.kind, args.id)  # UnknownRecord is a UserError
        if args.json:
            data = record_json(record, ctx.catalogue.related(args.kind, args.id, args.lang), args.lang)
            return emit(args, data, list)
        text = render_text(ViewBuilder(ctx.catalogue, args.lang).build(args.kind, args.id))
    finally:
        ctx.close()
    sys.stdout.write("\n".join(terminal_safe(line) for line in text.split("\n")))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    filters = _search_filters(args)
    ctx = open_context(args)
    try:
        outcome = ctx.search.run(args.text, args.lang, filters, limit=args.limit)
    finally:
        ctx.close()
    _say_search_notes(outcome, args.lang)
    data = [_hit_json(hit, args.lang) for hit in outcome.hits]
    return emit(args, data, lambda: [_hit_line(entry) for entry in data])


def _search_filters(args: argparse.Namespace) -> SearchFilters:
    from iurc_desktop.services.search import SearchFilters

    return SearchFilters(
        kinds=(args.kind,) if args.kind else (),
        country=args.country,
        programme=args.programme,
        network=args.network,
        cluster=args.cluster,
        date_from=args.date_from,
        date_to=args.date_to,
    )


def _say_search_notes(outcome: SearchOutcome, lang: Lang) -> None:
    """On stderr, so the hits stay machine-readable: nothing found, only near matches, a suggested spelling."""
    from iurc_desktop.services import search_labels as labels

    hits = outcome.hits
    if not hits:
        say(labels.empty_message(outcome, lang), err=True)
    elif all(h.approximate for h in hits):
        say(labels.near_message(outcome, lang), err=True)
    if outcome.suggestion:
        say(labels.suggestion_message(outcome.suggestion, lang), err=True)


def _hit_json(hit: SearchHit, lang: Lang) -> dict[str, object]:
    from iurc_desktop.services import search_labels as labels

    return {
        "kind": hit.kind.value,
        "id": hit.id,
        "title": hit.title,
        "field": hit.field,
        "snippet": hit.snippet,
        "highlights": [list(span) for span in hit.highlights],
        "score": hit.score,
        "approximate": hit.approximate,
        "simplified": hit.simplified,
        "partial": hit.partial,
        "why": labels.why(hit, lang),
        "detail": labels.detail(hit, lang),
    }


def _hit_line(hit: dict[str, object]) -> str:
    """kind:id, title (and what tells it apart), field: snippet, and why it matched when that is not plain."""
    title = f"{hit['title']} ({hit['detail']})" if hit["detail"] else str(hit["title"])
    line = f"{hit['kind']}:{hit['id']}\t{title}\t{hit['field']}: {_one_line(str(hit['snippet']))}"
    return f"{line}\t[{hit['why']}]" if hit["why"] else line


def _one_line(text: str) -> str:
    return " ".join(text.split())
