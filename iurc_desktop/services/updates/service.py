"""Data updates as the GUI and the command line use them: prepare (verify, build, compare), apply, roll back."""

from __future__ import annotations

import datetime as dt
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from iurc_desktop import __version__
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
from iurc_desktop.services.updates.staging import CatalogueDiff, carry_removals, compare, decode_lines, write_staged
from iurc_desktop.services.updates.verifier import BundleVerifier, record_lines
from iurc_desktop.storage.paths import DataPaths


class NotNewer(BundleError):
    """The bundle's catalogue is not newer than the installed one (allowed only when asked for)."""


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
    def __init__(self, paths: DataPaths, keyring: KeyRing | None = None) -> None:
        self.paths = paths
        self.keyring = keyring or KeyRing(paths.config_dir / "trusted-keys")
        self.installer = CatalogueInstaller(paths)

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
            raise IntegrityError("no catalogue is installed")
        return verify_installed(self.paths, self.keyring)

    def prepare(
        self,
        path: Path,
        allow_older: bool = False,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> PreparedUpdate:
        """Verify the bundle and build it into a staged catalogue; the live one is not touched."""
        self.paths.ensure()
        self.installer.remove_leftovers()
        installed = self.installed()
        with BundleReader(path) as reader:
            verified = BundleVerifier(self.keyring).verify_manifest(reader)
            manifest = verified.manifest
            if installed and not allow_older and version_key(manifest.version) <= version_key(installed.version):
                raise NotNewer(
                    f"the bundle holds catalogue {manifest.version}, not newer than the installed {installed.version}"
                )
            staged = self.installer.staging_path(manifest.version.replace("/", "_"))
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
                counts = write_staged(decode_lines(lines), staged, meta)
        if {kind.value: n for kind, n in counts.items()} != manifest.counts:
            staged.unlink(missing_ok=True)
            raise BundleError("the bundle's record counts do not match its manifest")
        diff = compare(staged, self.paths.catalogue_db)
        return PreparedUpdate(manifest, verified.key_id, verified.key_origin, diff, staged, installed, path.name)

    def apply(self, update: PreparedUpdate) -> CatalogueVersionInfo:
        """Switch to the prepared catalogue (wholly, or not at all); the user database is never touched."""
        try:
            self.install_staged(update.staged, update.manifest.version)
        finally:
            update.discard()
        info = self.installed()
        assert info is not None
        return info

    def install_staged(self, staged: Path, version: str) -> None:
        """The one way a catalogue becomes live: bundles, and the catalogue shipped in the package."""
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
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
        return self.installer.rollback()

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
