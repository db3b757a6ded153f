"""`iurc-desktop data keygen|bundle|verify|import|rollback|trust|check`: signed data updates."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from iurc_desktop import cli_args
from iurc_desktop.cli import emit, say
from iurc_desktop.domain import messages
from iurc_desktop.domain.errors import UserError

if TYPE_CHECKING:
    from iurc_desktop.services.updates.service import PreparedUpdate, UpdateService


def add_update_commands(dsub: Any) -> None:
    p = dsub.add_parser("keygen", help="create a publisher signing key (KEYFILE) and its public key (KEYFILE.pub)")
    p.add_argument("keyfile", type=cli_args.output_file, help="where to write the secret key (KEYFILE.pub beside it)")
    p.set_defaults(handler=cmd_keygen)

    p = dsub.add_parser(
        "verify",
        help="check a data bundle's signature and hashes without installing it; without BUNDLE, check the "
        "installed catalogue against its signature",
    )
    p.add_argument("bundle", type=Path, nargs="?", help="a .iurcdata file (none: the installed catalogue)")
    p.set_defaults(handler=cmd_verify)

    p = dsub.add_parser("import", help="install a data bundle from a file or an http(s) address")
    p.add_argument("location", help="a .iurcdata file, or an http(s) URL of one")
    p.add_argument("--yes", "-y", action="store_true", help="apply without asking after the preview")
    p.add_argument("--allow-older", action="store_true", help="install even if not newer than the installed one")
    p.add_argument("--dry-run", action="store_true", help="show what would change, change nothing")
    p.set_defaults(handler=cmd_import)

    p = dsub.add_parser("rollback", help="go back to the previous catalogue")
    p.set_defaults(handler=cmd_rollback)

    p = dsub.add_parser("trust", help="trust bundles signed with this public key (KEYFILE.pub)")
    p.add_argument("public_key", type=Path, help="the publisher's KEYFILE.pub")
    p.set_defaults(handler=cmd_trust)

    p = dsub.add_parser("check", help="ask an update channel (a JSON feed URL) for a newer catalogue")
    p.add_argument("--channel", type=cli_args.web_address, help="feed URL (default: the one saved in settings)")
    p.add_argument("--install", action="store_true", help="download and install a newer catalogue if there is one")
    p.add_argument("--yes", "-y", action="store_true", help="with --install: install without asking")
    p.set_defaults(handler=cmd_check)


def update_service(args: argparse.Namespace) -> UpdateService:
    from iurc_desktop.services.updates.service import UpdateService
    from iurc_desktop.storage.paths import DataPaths

    return UpdateService(DataPaths.resolve(args.data_dir))


def cmd_keygen(args: argparse.Namespace) -> int:
    from iurc_desktop.services.updates.keys import generate_keypair

    kid = generate_keypair(args.keyfile)
    say(f"key {kid}: private key in {args.keyfile} (keep it secret, never commit it)")
    say(f"public key in {args.keyfile}.pub (ship it, or `iurc-desktop data trust` it)")
    return 0


def cmd_build_bundle(args: argparse.Namespace, source: Path) -> int:
    from iurc_desktop.services.install import CatalogueBuildError
    from iurc_desktop.services.updates.bundle import write_bundle
    from iurc_desktop.services.updates.keys import load_private_key
    from iurc_desktop.storage.source import load_source

    key = load_private_key(args.key)
    content, problems = load_source(source)
    if problems:
        for problem in problems:
            say(str(problem), err=True)
        raise UserError(messages.SOURCE_HAS_PROBLEMS, count=len(problems)) from CatalogueBuildError(problems)
    meta = {k: str(v) for k, v in content.meta.items()}
    if args.catalogue_version:
        meta["version"] = args.catalogue_version
    if "version" not in meta:
        raise UserError(messages.SOURCE_NEEDS_VERSION)
    manifest = write_bundle(content.all(), meta, key, args.output)
    total = sum(manifest.counts.values())
    say(f"bundle {args.output}: catalogue {manifest.version}, {total} records, signed by {manifest_key(args)}")
    return 0


def manifest_key(args: argparse.Namespace) -> str:
    from iurc_desktop.services.updates.keys import key_id, load_private_key

    return key_id(load_private_key(args.key).public_key())


def cmd_verify(args: argparse.Namespace) -> int:
    if args.bundle is None:
        say(str(update_service(args).verify_installed()))
        return 0
    manifest, kid = update_service(args).verify(args.bundle)
    say(f"{args.bundle.name}: valid, catalogue {manifest.version} ({manifest.date}), signed by key {kid}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from iurc_desktop.services.updates.channel import download

    service = update_service(args)
    downloaded: Path | None = None
    try:
        path = Path(args.location)
        if cli_args.looks_like_url(args.location):
            downloaded = path = download(cli_args.web_address(args.location), service.paths.data_dir)
        update = service.prepare(path, allow_older=args.allow_older)
    finally:
        if downloaded is not None:
            downloaded.unlink(missing_ok=True)
    return _confirm_and_apply(args, service, update)


def _confirm_and_apply(args: argparse.Namespace, service: UpdateService, update: PreparedUpdate) -> int:
    from iurc_desktop.services.updates.preview import preview_lines

    try:
        for line in preview_lines(update):
            say(line)
        if args.dry_run:
            say("dry run: nothing was changed")
            return 0
        if not args.yes and not _ask("Apply this update? [y/N] "):
            say("not applied: nothing was changed")
            return 1
        info = service.apply(update)
    finally:
        update.discard()
    say(f"catalogue {info.version} installed; `iurc-desktop data rollback` goes back")
    return 0


def _ask(prompt: str) -> bool:
    if not sys.stdin.isatty():
        raise UserError(messages.NOT_CONFIRMED)
    return input(prompt).strip().lower() in ("y", "yes")


def cmd_rollback(args: argparse.Namespace) -> int:
    info = update_service(args).rollback()
    say(f"catalogue {info.version} ({info.date}) is installed again")
    return 0


def cmd_trust(args: argparse.Namespace) -> int:
    kid = update_service(args).keyring.trust(args.public_key)
    say(f"bundles signed by key {kid} are now accepted")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from iurc_desktop.services.updates.bundle import version_key
    from iurc_desktop.services.updates.channel import download, fetch_feed

    service = update_service(args)
    url = args.channel or service.channel_url()
    if not url:
        raise UserError(messages.NO_CHANNEL)
    entry = fetch_feed(url)
    service.remember_check(url)
    installed = service.installed()
    if installed and version_key(entry.version) <= version_key(installed.version):
        say(f"up to date: the channel offers {entry.version}, installed is {installed.version}")
        return 0
    say(f"catalogue {entry.version} is available at {entry.url}")
    if not args.install:
        return 0
    path = download(entry.url, service.paths.data_dir, entry.sha256)
    try:
        update = service.prepare(path)
    finally:
        path.unlink(missing_ok=True)
    args.dry_run = False
    return _confirm_and_apply(args, service, update)


def status_lines(data: dict[str, Any]) -> list[str]:
    keys = data.get("trusted_keys") or {}
    return [
        f"catalogue: {data['version']} ({data['date']})",
        f"installed from: {data['installed_from']} at {data['installed_at']}",
        f"signed by key: {data['signer'] or '—'}",
        f"previous (for rollback): {data['previous_version'] or 'none'}",
        "trusted keys: " + (", ".join(f"{k} ({v})" for k, v in keys.items()) or "none"),
    ]


def print_status(args: argparse.Namespace, extra: dict[str, Any]) -> int:
    data = {**update_service(args).status(), **extra}
    return emit(args, data, lambda: status_lines(data) + [f"{k}: {v}" for k, v in extra.items()])
