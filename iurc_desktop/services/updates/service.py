"""Data updates as the GUI and the command line use them: prepare (verify, build, compare), apply, roll back."""

from __future__ import annotations

import contextlib
import datetime as dt
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from iurc_desktop import __version__
from iurc_desktop.domain import messages
from iurc_desktop.domain.progress import CancelToken, ProgressCallback, no_progress
from iurc_desktop.services.settings import SettingsService
from iurc_desktop.services.updates.bundle import BundleError, BundleReader, Manifest, version_key
from iurc_desktop.services.updates.installer import (
    CatalogueInstaller,
    CatalogueVersionInfo,
    read_version_info,
)
from iurc_desktop.services.updates.integrity import IntegrityError, IntegrityReport, verify_installed
from iurc_desktop.services.updates.keys import KeyRing
from iurc_desktop.services.updates.staging import CatalogueDiff, compare, write_staged
from iurc_desktop.services.updates.verifier import BundleVerifier, record_lines
from iurc_desktop.storage.catalogue_files import carry_removals
from iurc_desktop.storage.lock import WRITE_WAIT, DataFolderLock
from iurc_desktop.storage.paths import DataPaths
from iurc_desktop.storage.sqlite_files import DatabaseDamaged, quick_check

if TYPE_CHECKING:
    from iurc_desktop.services.updates.channel import FeedEntry


class NotNewer(BundleError):
    """The bundle's catalogue is not newer than the installed one (allowed only when asked for)."""


@dataclass(frozen=True)
class UpToDate:
    """The update channel offers nothing newer than what is installed."""

    offered: str
    installed: str


@dataclass
class PreparedUpdate:
    """A verified bundle built into a staged catalogue beside the live one, not yet applied."""

    manifest: Manifest
    key_id: str
    key_origin: str
    diff: CatalogueDiff
    staged: Path
    installed: CatalogueVersionInfo | None
    source_name: str

    def discard(self) -> None:
        self.staged.unlink(missing_ok=True)


class UpdateService:
    def __init__(self, paths: DataPaths, keyring: KeyRing | None = None, lock_wait: float = WRITE_WAIT) -> None:
        self.paths = paths
        self.keyring = keyring or KeyRing(paths.config_dir / "trusted-keys")
        self.installer = CatalogueInstaller(paths)
        self.lock_wait = lock_wait

    def writing(self) -> contextlib.AbstractContextManager[float]:
        """Hold the data-folder lock (waiting `lock_wait` s, then DataFolderBusy) for a write; re-entrant, and
        immediate in the GUI, which holds it while its window is open."""
        return DataFolderLock(self.paths.data_dir).hold(self.lock_wait)

    def installed(self) -> CatalogueVersionInfo | None:
        return read_version_info(self.paths.catalogue_db) if self.paths.catalogue_db.is_file() else None

    def previous(self) -> CatalogueVersionInfo | None:
        return self.installer.previous()

    def verify(self, path: Path, progress: ProgressCallback = no_progress) -> tuple[Manifest, str]:
        """Signature, key, format, and every member's hash; builds nothing."""
        with BundleReader(path) as reader:
            verified = BundleVerifier(self.keyring).verify_manifest(reader)
            for _ in record_lines(reader, verified.manifest, progress):
                pass
        return verified.manifest, verified.key_id

    def verify_installed(self) -> IntegrityReport:
        """The installed catalogue still matches its signed manifest (or the catalogue this app ships)."""
        if not self.paths.catalogue_db.is_file():
            raise IntegrityError(messages.NO_CATALOGUE_INSTALLED)
        self.check_databases()
        return verify_installed(self.paths, self.keyring)

    def check_databases(self) -> str:
        """SQLite's quick_check on the catalogue and the user database: DatabaseDamaged names the first damaged
        one and what SQLite found (a damaged page, a bad index)."""
        checked = []
        for path in (self.paths.catalogue_db, self.paths.user_db):
            if path.is_file():
                problem = quick_check(path)
                if problem is not None:
                    raise DatabaseDamaged(messages.DATABASE_DAMAGED, name=path.name, detail=problem[:200])
                checked.append(path.name)
        return ", ".join(checked)

    def prepare(
        self,
        path: Path,
        allow_older: bool = False,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> PreparedUpdate:
        """Verify the bundle and build it into a staged catalogue; the live one is not touched."""
        with self.writing() as since:
            self.installer.remove_leftovers(since)
            return self._prepare(path, allow_older, progress, cancel)

    def _prepare(
        self, path: Path, allow_older: bool, progress: ProgressCallback, cancel: CancelToken | None
    ) -> PreparedUpdate:
        installed = self.installed()
        with BundleReader(path) as reader:
            verified = BundleVerifier(self.keyring).verify_manifest(reader)
            manifest = verified.manifest
            if installed and not allow_older and version_key(manifest.version) <= version_key(installed.version):
                raise NotNewer(messages.BUNDLE_NOT_NEWER, version=manifest.version, installed=installed.version)
            staged = self.installer.staging_path(manifest.version)
            meta = {
                "version": manifest.version,
                "date": manifest.date,
                "title": manifest.title,
                "built_at": manifest.created,
                "app_version": __version__,
                "installed_from": f"bundle {path.name}",
                "signer": verified.key_id,
                "manifest": verified.manifest_bytes.decode("utf-8"),
                "signature": verified.signature_bytes.decode("utf-8"),
            }
            # closed explicitly: a line that fails to decode must not leave the member (and the file) open
            with closing(record_lines(reader, manifest, progress, cancel)) as lines:
                counts = write_staged(lines, staged, meta)
        if {kind.value: n for kind, n in counts.items()} != manifest.counts:
            staged.unlink(missing_ok=True)
            raise BundleError(messages.BUNDLE_COUNTS)
        diff = compare(staged, self.paths.catalogue_db)
        return PreparedUpdate(manifest, verified.key_id, verified.key_origin, diff, staged, installed, path.name)

    def apply(self, update: PreparedUpdate) -> CatalogueVersionInfo:
        """Switch to the prepared catalogue (wholly, or not at all); the user database is never touched."""
        try:
            with self.writing():
                self.install_staged(update.staged, update.manifest.version)
        finally:
            update.discard()
        info = self.installed()
        if info is None:  # the switch reported success, so this is a bug, not the user's problem
            raise RuntimeError("the catalogue switched in cannot be read")
        return info

    def install_staged(self, staged: Path, version: str) -> None:
        """The one way a catalogue becomes live: bundles, and the catalogue shipped in the package."""
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with self.writing():
            carry_removals(staged, self.paths.catalogue_db, version, {"installed_at": now})
            self.installer.install(staged)

    # the update channel's settings are typed settings in the user database (services/settings.py)
    def channel_url(self) -> str | None:
        with SettingsService.open(self.paths) as settings:
            return settings.load().channel_url or None

    def daily_check(self) -> bool:
        with SettingsService.open(self.paths) as settings:
            return settings.load().daily_check

    def configure_channel(self, url: str, daily: bool) -> None:
        with SettingsService.open(self.paths) as settings:
            settings.update(channel_url=url, daily_check=daily)

    def remember_check(self, url: str) -> None:
        with SettingsService.open(self.paths) as settings:
            settings.update(channel_url=url, last_check=dt.datetime.now(dt.UTC))

    def last_check(self) -> str | None:
        with SettingsService.open(self.paths) as settings:
            last = settings.load().last_check
        return last.isoformat(timespec="seconds") if last else None

    def rollback(self) -> CatalogueVersionInfo:
        with self.writing():
            return self.installer.rollback()

    def trust(self, public_key: Path) -> str:
        """Trust bundles signed with this public key; returns its id."""
        with self.writing():
            return self.keyring.trust(public_key)

    def fetch_from_channel(
        self,
        url: str,
        allow_older: bool = False,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> PreparedUpdate | UpToDate:
        """Ask the update channel; if it offers a newer catalogue (or `allow_older`), download and prepare it.
        The one sequence the CLI (`data check --install`) and the import dialog both use."""
        from iurc_desktop.services.updates.channel import DOWNLOAD_LIMIT, download

        entry, installed = self._ask_channel(url)
        if installed and not allow_older and version_key(entry.version) <= version_key(installed.version):
            return UpToDate(entry.version, installed.version)
        limit = min(entry.size, DOWNLOAD_LIMIT) if entry.size else DOWNLOAD_LIMIT
        with self.writing():
            path = download(entry.url, self.paths.data_dir, entry.sha256, 30.0, progress, cancel, limit)
            try:
                return self.prepare(path, allow_older, progress, cancel)
            finally:
                path.unlink(missing_ok=True)

    def newer_on_channel(self, url: str) -> str | None:
        """The version the channel offers if it is newer than the installed one (the daily check)."""
        entry, installed = self._ask_channel(url)
        newer = installed is None or version_key(entry.version) > version_key(installed.version)
        return entry.version if newer else None

    def _ask_channel(self, url: str) -> tuple[FeedEntry, CatalogueVersionInfo | None]:
        from iurc_desktop.services.updates.channel import fetch_feed

        entry = fetch_feed(url)
        self.remember_check(url)
        return entry, self.installed()

    def status(self) -> dict[str, object]:
        installed, previous = self.installed(), self.previous()
        keys = self.keyring.keys()
        return {
            "version": installed.version if installed else None,
            "date": installed.date if installed else None,
            "installed_from": installed.installed_from if installed else None,
            "installed_at": installed.installed_at if installed else None,
            "signer": installed.signer if installed else None,
            "previous_version": previous.version if previous else None,
            "previous_date": previous.date if previous else None,
            "trusted_keys": {kid: key.origin for kid, key in sorted(keys.items())},
        }
