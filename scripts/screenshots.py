"""Take the README's screenshots of the main views in English, Chinese and Portuguese.

    Xvfb :99 -screen 0 1280x800x24 &
    DISPLAY=:99 .venv/bin/python scripts/screenshots.py [--out docs/screenshots]

Runs the real window on the embedded catalogue (in a temporary data folder) and saves PNGs.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from iurc_desktop.app import build_main_window, make_application
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import Kind
from iurc_desktop.domain.user import RecordKey
from iurc_desktop.services.context import AppContext
from iurc_desktop.ui.background import BackgroundRunner
from iurc_desktop.ui.i18n import LanguageSwitcher

VIEWS = (
    ("place", "places-china", RecordKey(Kind.PLACE, "zhengzhou"), ""),
    ("timeline", "timeline", RecordKey(Kind.EVENT, "visit-2023-zhengzhou"), ""),
    ("case-study", "case-studies", RecordKey(Kind.CASE_STUDY, "cs-nci-bologna-yangzhou"), ""),
    ("search", "places-europe", None, "Cantao"),
    ("webinar", "webinars", RecordKey(Kind.EVENT, "webinar-circular-economy"), ""),
    ("meeting", "meetings", RecordKey(Kind.EVENT, "exhibition-2021-yangzhou-horticultural-expo"), ""),
    ("study-visit", "study-visits", RecordKey(Kind.EVENT, "visit-2023-beijing"), ""),
    ("map", "map", None, ""),
    ("map-place", "places-china", RecordKey(Kind.PLACE, "zhengzhou"), "show-on-map"),
)


def settle(app: QApplication, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--only", nargs="+", metavar="NAME", help="only these views (e.g. map)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = make_application(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        ctx = AppContext.open(Path(tmp) / "data")
        window = build_main_window(ctx, LanguageSwitcher(app), BackgroundRunner())
        window.resize(1280, 800)
        window.show()
        for lang in (Lang.EN, Lang.ZH, Lang.PT):
            window.set_language(lang)
            settle(app)
            for name, destination, record, query in VIEWS:
                if args.only and name not in args.only:
                    continue
                window.navigation.select(destination)
                if record is not None and ctx.catalogue.find(record.kind, record.id) is not None:
                    window.open_record(record)
                if query == "show-on-map":
                    window.show_on_map()
                elif query:
                    window.search_box.setText(query)
                    window.run_search()
                    window.list_panel.open_current()
                settle(app)
                path = args.out / f"{name}-{lang.value}.png"
                window.grab().save(str(path))
                print(path)
                window.search_box.clear()
        window.close()
        ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
