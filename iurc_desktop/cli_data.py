"""`iurc-desktop data …`: validate, build and inspect catalogues."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from iurc_desktop.cli import UserError, open_context
from iurc_desktop.cli_updates import add_update_commands, cmd_build_bundle, print_status


def add_data_commands(sub: Any) -> None:
    data = sub.add_parser("data", help="validate, build and manage catalogue data")
    dsub = data.add_subparsers(dest="data_command", required=True, parser_class=type(data), help="what to do")

    p = dsub.add_parser("validate", help="check the catalogue source files")
    p.add_argument("source", nargs="?", type=Path, help="source folder (default: the embedded catalogue)")
    p.add_argument("--report", action="store_true", help="counts per kind and filled text per language")
    p.set_defaults(handler=cmd_validate)

    p = dsub.add_parser("build", help="compile the catalogue source into a signed data bundle (or a database)")
    p.add_argument("source", nargs="?", type=Path, help="source folder (default: the embedded catalogue)")
    p.add_argument("-o", "--output", type=Path, required=True, help="the .iurcdata bundle (or .sqlite3) to write")
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
    from iurc_desktop.domain.content import language_coverage
    from iurc_desktop.domain.records import Kind
    from iurc_desktop.storage.source import SourceError, load_source

    try:
        content, problems = load_source(_source(args))
    except SourceError as exc:
        raise UserError(str(exc)) from None
    for problem in problems:
        print(problem)
    if args.report:
        print("records:")
        for kind in Kind:
            print(f"  {kind.value:<13} {content.count(kind):>5}")
        print("text fields filled:")
        for cov in language_coverage(content):
            print(f"  {cov.lang.value}  {cov.filled:>5}/{cov.total:<5} {cov.percent:6.1f} %")
    total = sum(1 for _ in content.all())
    print(f"{total} records, {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


def cmd_build(args: argparse.Namespace) -> int:
    from iurc_desktop.services.install import CatalogueBuildError, build_catalogue
    from iurc_desktop.storage.source import SourceError

    if args.output.exists():
        raise UserError(f"{args.output} exists already; choose a new file")
    if args.key is not None or args.output.suffix == ".iurcdata":
        if args.key is None:
            raise UserError("a data bundle must be signed: give the private key with --key KEYFILE")
        return cmd_build_bundle(args, _source(args))
    try:
        meta = build_catalogue(_source(args), args.output, args.catalogue_version)
    except SourceError as exc:
        raise UserError(str(exc)) from None
    except CatalogueBuildError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        raise UserError(f"not built: {len(exc.problems)} problem(s) in the source") from None
    print(f"built catalogue {meta['version']} into {args.output}")
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
