"""Where IURC Desktop keeps its files: platformdirs, or one folder given by the user."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

# where the shipped files are is decided in one place (installed package data, frozen bundle or checkout)
from iurc_desktop.package_files import catalogue_source_dir, resources_dir

__all__ = ["HOME_ENV", "DataPaths", "catalogue_source_dir", "resources_dir"]

HOME_ENV = "IURC_DESKTOP_HOME"


@dataclass(frozen=True)
class DataPaths:
    data_dir: Path
    config_dir: Path
    cache_dir: Path
    log_dir: Path

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
        """`--data-dir` wins, then $IURC_DESKTOP_HOME, then the platform's usual folders."""
        chosen = data_dir or os.environ.get(HOME_ENV)
        if chosen:
            root = Path(chosen).expanduser().resolve()
            return cls(root, root / "config", root / "cache", root / "logs")
        return cls(
            Path(platformdirs.user_data_dir("iurc-desktop", "IURC")),
            Path(platformdirs.user_config_dir("iurc-desktop", "IURC")),
            Path(platformdirs.user_cache_dir("iurc-desktop", "IURC")),
            Path(platformdirs.user_log_dir("iurc-desktop", "IURC")),
        )

    @property
    def catalogue_db(self) -> Path:
        return self.data_dir / "catalogue.sqlite3"

    @property
    def user_db(self) -> Path:
        return self.data_dir / "user.sqlite3"

    @property
    def catalogue_archive_dir(self) -> Path:
        """Previous catalogues kept for rollback."""
        return self.data_dir / "catalogue-history"

    def ensure(self) -> None:
        for folder in (self.data_dir, self.config_dir, self.cache_dir):
            folder.mkdir(parents=True, exist_ok=True)
