"""`iurc-desktop data …`: validate, build and inspect catalogues."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from iurc_desktop import cli_args
from iurc_desktop.cli import open_context, say
from iurc_desktop.cli_updates import add_update_commands, cmd_build_bundle, print_status
from iurc_desktop.domain import messages
from iurc_desktop.domain.errors import UserError


def add_data_commands(sub: Any) -> None:
    data = sub.add_parser("data", help="validate, build and manage catalogue data")
    dsub = data.add_subparsers(
        dest="data_command", metavar="COMMAND", required=True, parser_class=type(data), help="what to do"
    )

    p = dsub.add_parser("validate", help="check the catalogue source files")
    p.add_argument("source", nargs="?", type=Path, help="source folder (default: the embedded catalogue)")
    p.add_argument("--report", action="store_true", help="counts per kind and filled text per language")
    p.set_defaults(handler=cmd_validate)

    p = dsub.add_parser("build", help="compile the catalogue source into a signed data bundle (or a database)")
    p.add_argument("source", nargs="?", type=Path, help="source folder (default: the embedded catalogue)")
    p.add_argument(
        "-o", "--output", type=cli_args.output_file, required=True, help="the .iurcdata bundle (or .sqlite3) to write"
    )
    p.add_argument("--key", type=Path, help="the publisher's private key (from `data keygen`); needed for a bundle")
    p.add_argument("--version", dest="catalogue_version", help="catalogue version to stamp")
    p.set_defaults(handler=cmd_build)

    p = dsub.add_parser("status", help="which catalogue is installed, who signed it, what rollback restores")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_status)
    add_update_commands(dsub)


def _source(args: argparse.Namespace) -> Path:
    from iurc_desktop.storage.paths import catalogue_source_dir

    return args.source or catalogue_source_dir()


def cmd_validate(args: argparse.Namespace) -> int:
    from iurc_desktop.domain.content import language_coverage, records_citing
    from iurc_desktop.domain.records import Kind
    from iurc_desktop.storage.source import load_source

    content, problems = load_source(_source(args))  # a SourceError is the user's
    for problem in problems:
        say(str(problem))
    if args.report:
        say("records:")
        for kind in Kind:
            say(f"  {kind.value:<13} {content.count(kind):>5}")
        say("records citing each source:")
        for doc, count in sorted(records_citing(content).items()):
            say(f"  {doc:<18} {count:>5}")
        say("text fields filled:")
        for cov in language_coverage(content):
            say(f"  {cov.lang.value}  {cov.filled:>5}/{cov.total:<5} {cov.percent:6.1f} %")
    total = sum(1 for _ in content.all())
    say(f"{total} records, {len(problems)} problem(s)", err=True)
    return 1 if problems else 0


def cmd_build(args: argparse.Namespace) -> int:
    from iurc_desktop.services.install import CatalogueBuildError, build_catalogue

    if args.output.exists():
        raise UserError(messages.OUTPUT_EXISTS, path=args.output)
    if args.key is not None or args.output.suffix == ".iurcdata":
        if args.key is None:
            raise UserError(messages.BUNDLE_NEEDS_KEY)
        return cmd_build_bundle(args, _source(args))
    try:
        meta = build_catalogue(_source(args), args.output, args.catalogue_version)
    except CatalogueBuildError as exc:
        for problem in exc.problems:
            say(str(problem), err=True)
        raise UserError(messages.SOURCE_HAS_PROBLEMS, count=len(exc.problems)) from None
    say(f"built catalogue {meta['version']} into {args.output}")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    ctx = open_context(args)  # installs the embedded catalogue on a first run
    try:
        info = ctx.catalogue.info()
        extra = {
            "title": info.title,
            "catalogue_db": str(ctx.paths.catalogue_db),
            "user_db": str(ctx.paths.user_db),
            "counts": {k.value: n for k, n in sorted(info.counts.items(), key=lambda kv: kv[0].value)},
        }
    finally:
        ctx.close()
    return print_status(args, extra)
