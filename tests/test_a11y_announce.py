"""What is announced to screen readers is also shown in the status bar: search counts, import progress, pack saved.
(That the announcement reaches AT-SPI is checked end to end by tests/test_a11y_atspi.py.)"""

from __future__ import annotations

from pathlib import Path

from iurc_desktop.domain.records import Kind
from iurc_desktop.domain.user import RecordKey
from iurc_desktop.services.briefing.service import PackResult
from iurc_desktop.ui.announce import ProgressAnnouncer
from iurc_desktop.ui.main_window import MainWindow


def test_search_result_counts_are_announced(window: MainWindow) -> None:
    window.search_box.setText("Yangzhou")
    window.run_search()
    message = window.statusBar().currentMessage()
    assert message == "1 result" or (message.endswith(" results") and int(message.split()[0]) > 1), message
    assert "<" not in message  # said as text, not as the list's rich-text line
    window.search_box.setText("qqqzzz")
    window.run_search()
    assert window.statusBar().currentMessage().startswith("No match for “qqqzzz”.")


def test_back_and_forward_start_disabled(window: MainWindow) -> None:
    assert not window.back_action.isEnabled() and not window.forward_action.isEnabled()
    window.open_record(RecordKey(Kind.PLACE, "yangzhou"))
    window.open_record(RecordKey(Kind.PLACE, "guangzhou"))
    assert window.back_action.isEnabled() and not window.forward_action.isEnabled()


def test_import_progress_is_announced_in_quarters(window: MainWindow) -> None:
    window.import_update()
    announcer: ProgressAnnouncer = window.import_dialog.progress_announcer
    said = []
    for done in range(0, 101, 5):
        announcer.update(done, 100)
        said.append(window.statusBar().currentMessage())
    assert list(dict.fromkeys(said)) == [f"Importing the update: {n} %" for n in (0, 25, 50, 75, 100)]


def test_a_saved_pack_is_announced(window: MainWindow, tmp_path: Path) -> None:
    window.open_record(RecordKey(Kind.PLACE, "yangzhou"))
    window.open_briefing()
    dialog = window.briefing.dialogs[-1]
    dialog._saved(PackResult(tmp_path / "pack.pdf", 4))  # type: ignore[attr-defined]
    assert window.statusBar().currentMessage() == f"Saved {tmp_path / 'pack.pdf'} (4 pages)."
