"""`iurc-desktop data …`: validate, build and inspect catalogues."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from iurc_desktop.cli import UserError, emit, open_context


def add_data_commands(sub: Any) -> None:
    data = sub.add_parser("data", help="validate, build and manage catalogue data")
    dsub = data.add_subparsers(dest="data_command", required=True, parser_class=type(data))

    p = dsub.add_parser("validate", help="check the catalogue source files")
    p.add_argument("source", nargs="?", type=Path, help="source folder (default: the embedded catalogue)")
    p.add_argument("--report", action="store_true", help="counts per kind and filled text per language")
    p.set_defaults(handler=cmd_validate)

    p = dsub.add_parser("build", help="compile the catalogue source into a catalogue database")
    p.add_argument("source", nargs="?", type=Path, help="source folder (default: the embedded catalogue)")
    p.add_argument("-o", "--output", type=Path, required=True, help="the database file to write")
    p.add_argument("--version", dest="catalogue_version", help="catalogue version to stamp")
    p.set_defaults(handler=cmd_build)

    p = dsub.add_parser("status", help="which catalogue is installed")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_status)


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
    ctx = open_context(args)
    try:
        info = ctx.catalogue.info()
        data = {
            "version": info.version,
            "date": info.date,
            "title": info.title,
            "installed_from": info.meta.get("installed_from", ""),
            "catalogue_db": str(ctx.paths.catalogue_db),
            "user_db": str(ctx.paths.user_db),
            "counts": {k.value: n for k, n in sorted(info.counts.items(), key=lambda kv: kv[0].value)},
        }
    finally:
        ctx.close()
    return emit(
        args,
        data,
        lambda: [f"{k}: {json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else v}" for k, v in data.items()],
    )
