"""What the GUI and the command line call to make a briefing pack."""

from __future__ import annotations

import errno
import gc
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from iurc_desktop.domain import messages
from iurc_desktop.domain.errors import UserError
from iurc_desktop.domain.os_errors import user_error_from_os
from iurc_desktop.domain.progress import CancelToken, ProgressCallback, no_progress
from iurc_desktop.services.briefing.builder import BriefingPackBuilder, NotesFor
from iurc_desktop.services.briefing.compose import BriefingComposer, BriefingSelection, BriefingSubject
from iurc_desktop.services.briefing.document import BriefingDocument, BriefingOptions
from iurc_desktop.services.catalogue import CatalogueService


class BriefingError(UserError):
    """A pack could not be written (its folder is missing, the disk refused it)."""


@dataclass(frozen=True)
class PackResult:
    path: Path
    pages: int


class BriefingService:
    def __init__(self, catalogue: CatalogueService, notes_for: NotesFor | None = None) -> None:
        self.composer = BriefingComposer(catalogue)
        self.builder = BriefingPackBuilder(catalogue, notes_for)

    def propose(self, subject: BriefingSubject, template: str = "full") -> BriefingSelection:
        return self.composer.propose(subject, template)

    def render(
        self,
        selection: BriefingSelection,
        options: BriefingOptions,
        target: Path,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> PackResult:
        """Write the pack to `target` (a PDF, or a Word document for a `.docx` name); an existing file there is
        replaced only once the new one is complete."""
        with _old_objects_left_alone():
            return self._render(selection, options, target, progress, cancel)

    def _render(
        self,
        selection: BriefingSelection,
        options: BriefingOptions,
        target: Path,
        progress: ProgressCallback,
        cancel: CancelToken | None,
    ) -> PackResult:
        document = self.builder.build(selection, options, progress, cancel)
        suffix = ".docx" if target.suffix.lower() == ".docx" else ".pdf"
        folder = target.parent
        if not folder.is_dir():
            raise BriefingError(messages.OUTPUT_FOLDER_MISSING, folder=folder)
        try:
            fd, tmp_name = tempfile.mkstemp(prefix=".briefing-", suffix=suffix, dir=folder)
        except OSError as exc:  # a folder the user may not write in (or a full disk)
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise user_error_from_os(exc, folder) from exc
            raise BriefingError(messages.OUTPUT_NOT_WRITABLE, folder=folder) from exc
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            pages = _write(document, tmp, suffix, cancel)
            os.replace(tmp, target)
        except OSError as exc:
            raise user_error_from_os(exc, target) from exc
        finally:
            tmp.unlink(missing_ok=True)
        return PackResult(target, pages)


@contextmanager
def _old_objects_left_alone() -> Iterator[None]:
    """While a pack is made, Python's cycle collector looks only at the objects made since it began.

    A pack allocates hundreds of thousands of small objects; each time they trigger a full collection, the
    collector also walks every object the app already holds (catalogue records, fonts, the basemap: a tenth of
    a second a time, a third of a pack's time). Those were alive before the pack and are still alive after it,
    so they are set aside (`gc.freeze`) and put back at the end; the pack's own garbage is still collected.
    Two packs made at once in two threads are harmless: the first to finish puts everything back early.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _write(document: BriefingDocument, path: Path, suffix: str, cancel: CancelToken | None) -> int:
    """Lay the document out; returns its pages (a Word document's pages are Word's to count: 0)."""
    if suffix == ".docx":
        from iurc_desktop.services.briefing.docx_writer import DocxRenderer

        DocxRenderer(document, cancel).render(path)
        return 0
    from iurc_desktop.services.briefing.pdf import PackRenderer

    return PackRenderer(document, cancel).render(path)
