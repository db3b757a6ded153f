"""Shared fixtures: small real catalogues and data folders in tmp_path (no mocked databases)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from iurc_desktop.domain.content import CatalogueContent
from iurc_desktop.domain.lang import Lang, LocalText
from iurc_desktop.domain.records import (
    CaseStudy,
    Contribution,
    Event,
    KeyFigure,
    Participation,
    Partnership,
    Place,
    Programme,
    Source,
    SourceRef,
)
from iurc_desktop.storage.catalogue_db import write_catalogue
from iurc_desktop.ui.none_refcount import keep_none_alive

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from iurc_desktop.services.context import AppContext
    from iurc_desktop.ui.main_window import MainWindow

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
keep_none_alive()  # as the app does at start: long GUI test runs make many PySide6 void calls

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "seeds"


def text(en: str, zh: str = "", pt: str = "") -> LocalText:
    return LocalText(en=en, zh=zh, pt=pt)


def small_content() -> CatalogueContent:
    """A handful of records of the main kinds, in three languages, one of them missing Portuguese."""
    src = (SourceRef("seed-test", "test"),)
    records = [
        Source("seed-test", text("Test source", "测试来源", "Fonte de teste"), file="test.txt", language="en"),
        Programme(
            "iurc-2021-2023",
            text("IURC 2021–2023", "国际城市与区域合作 2021–2023", "IURC 2021–2023"),
            start_year=2021,
            end_year=2023,
            sources=src,
        ),
        Place(
            "yangzhou",
            text("Yangzhou", "扬州", "Yangzhou"),
            text("A city on the Grand Canal.", "大运河畔的城市。", "Uma cidade junto ao Grande Canal."),
            src,
            country="CN",
            level="city",
            aliases=("Yang-chou",),
            latitude=32.39,
            longitude=119.41,
            participations=(Participation("iurc-2021-2023"),),
        ),
        Place(
            "nci-bologna",
            text("NCI-Bologna", "博洛尼亚-伊莫拉新区", "NCI-Bolonha"),
            text("Imola area."),
            src,
            country="IT",
            level="district",
            aliases=("Nuovo Circondario Imolese",),
            latitude=44.35,
            longitude=11.71,
            participations=(Participation("iurc-2021-2023"),),
        ),
        Place(
            "guangzhou",
            text("Guangzhou", "广州", "Cantão"),
            sources=src,
            country="CN",
            latitude=23.13,
            longitude=113.26,
        ),
        Event(
            "webinar-circular",
            text("Circular economy webinar", "循环经济网络研讨会", "Webinar sobre economia circular"),
            sources=src,
            type="webinar",
            start=dt.date(2022, 3, 10),
            programme="iurc-2021-2023",
            participants=("yangzhou", "nci-bologna"),
            online=True,
        ),
        Contribution(
            "webinar-circular--yangzhou",
            text("Yangzhou's green design", "扬州的绿色设计", "O design verde de Yangzhou"),
            sources=src,
            event="webinar-circular",
            place="yangzhou",
            strengths=text("Design industry", "设计产业", "Indústria do design"),
        ),
        Partnership(
            "nci-bologna--yangzhou",
            text("NCI-Bologna – Yangzhou", "博洛尼亚-伊莫拉新区 – 扬州", "NCI-Bolonha – Yangzhou"),
            sources=src,
            places=("nci-bologna", "yangzhou"),
            programme="iurc-2021-2023",
            topic=text("Green design", "绿色设计", "Design verde"),
            status=text("Case study", "案例研究", "Estudo de caso"),
            since=2022,
        ),
        CaseStudy(
            "cs-nci-bologna-yangzhou",
            text("Green Design Centre", "绿色设计中心", "Centro de Design Verde"),
            sources=src,
            partners=("nci-bologna", "yangzhou"),
            key_figures=(
                KeyFigure("2", text("parallel design centres", "平行设计中心", "centros de design paralelos")),
            ),
            lessons=(text("Start small", "从小处着手", "Começar pequeno"),),
        ),
    ]
    content = CatalogueContent(meta={"version": "2026.1", "date": "2026-01-15", "title": "Test catalogue"})
    for record in records:
        assert content.add(record, "test.toml") is None
    return content


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data folder whose catalogue is the small test catalogue."""
    folder = tmp_path / "data"
    folder.mkdir()
    write_catalogue(
        small_content(),
        folder / "catalogue.sqlite3",
        {"version": "2026.1", "date": "2026-01-15", "title": "Test catalogue", "installed_from": "test"},
    )
    return folder


@contextmanager
def main_window_on(
    qtbot: QtBot, folder: Path, prepare: Callable[[AppContext], object] | None = None
) -> Iterator[MainWindow]:
    """The main window on the data folder `folder`, its services attached at once, shown. On the way out every
    dialog still open (a composer, a message box) is rejected, the window closed, the interface back in English
    and the databases closed. `prepare` runs on the opened context before the window is built (a note to show)."""
    from PySide6.QtWidgets import QApplication, QDialog

    from iurc_desktop.app import build_main_window, make_application
    from iurc_desktop.services.context import AppContext
    from iurc_desktop.ui.background import BackgroundRunner
    from iurc_desktop.ui.i18n import LanguageSwitcher

    app = make_application([])
    ctx = AppContext.open(folder)
    switcher = LanguageSwitcher(app)
    try:
        if prepare is not None:
            prepare(ctx)
        win = build_main_window(ctx, switcher, BackgroundRunner())
        qtbot.addWidget(win)
        win.show()
        yield win
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():  # QMessageBox and QFileDialog are dialogs too
                widget.reject()
        # back to English while the catalogue is open: the window refreshes its list or search on LanguageChange
        switcher.switch(Lang.EN)
        QApplication.processEvents()
        with suppress(RuntimeError):  # a test may have deleted it already
            win.close()
    finally:
        switcher.switch(Lang.EN)
        ctx.close()


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    """The main window on the small test catalogue."""
    with main_window_on(qtbot, data_dir) as win:
        yield win


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the catalogue the app ships (installed once per test module)."""
    from iurc_desktop.services.context import AppContext

    folder = tmp_path_factory.mktemp("shipped") / "data"
    AppContext.open(folder).close()
    return folder


@pytest.fixture
def shipped_window(qtbot: QtBot, shipped: Path, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window on a copy of the shipped catalogue (each test its own notes and settings)."""
    import shutil

    data = tmp_path / "data"
    shutil.copytree(shipped, data)
    with main_window_on(qtbot, data) as win:
        yield win


def search(win: MainWindow, text: str) -> None:
    """Type `text` in the search box and search at once (not after the typing pause)."""
    win.search_box.setText(text)
    win.run_search()
