"""What the GUI and the command line call to make a briefing pack."""

from __future__ import annotations

import errno
import os
import tempfile
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
        # ReportLab is imported on first use: it costs a fifth of a second that start-up should not pay

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


def _write(document: BriefingDocument, path: Path, suffix: str, cancel: CancelToken | None) -> int:
    """Lay the document out; returns its pages (a Word document's pages are Word's to count: 0)."""
    if suffix == ".docx":
        from iurc_desktop.services.briefing.docx_writer import DocxRenderer

        DocxRenderer(document, cancel).render(path)
        return 0
    from iurc_desktop.services.briefing.pdf import PackRenderer

    return PackRenderer(document, cancel).render(path)
