"""Where a briefing pack starts: a record, a visit plan, or the delegate's favourites."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.records import Kind
from iurc_desktop.domain.user import RecordKey, VisitPlan
from iurc_desktop.ui.background import BackgroundRunner

if TYPE_CHECKING:
    from iurc_desktop.services.briefing.compose import BriefingSubject
    from iurc_desktop.ui.main_window import GuiServices


def subject_for_record(key: RecordKey) -> BriefingSubject:
    from iurc_desktop.services.briefing.compose import BriefingSubject

    if key.kind is Kind.PLACE:
        return BriefingSubject(places=(key.id,))
    if key.kind is Kind.EVENT:
        return BriefingSubject(event=key.id)
    if key.kind is Kind.CASE_STUDY:
        return BriefingSubject(case_studies=(key.id,))
    if key.kind is Kind.PARTNERSHIP:
        return BriefingSubject(partnership=key.id)
    return BriefingSubject()


def subject_for_favourites(favourites: list[RecordKey], title: str) -> BriefingSubject:
    from iurc_desktop.services.briefing.compose import BriefingSubject

    places = tuple(k.id for k in favourites if k.kind is Kind.PLACE)
    studies = tuple(k.id for k in favourites if k.kind is Kind.CASE_STUDY)
    events = [k.id for k in favourites if k.kind is Kind.EVENT]
    partnerships = [k.id for k in favourites if k.kind is Kind.PARTNERSHIP]
    return BriefingSubject(
        places=places,
        case_studies=studies,
        event=events[0] if events and not places else None,
        partnership=partnerships[0] if partnerships and not places else None,
        title=title,
    )


class BriefingLauncher:
    def __init__(self, parent: QWidget, runner: BackgroundRunner) -> None:
        self.parent, self.runner = parent, runner
        self.dialogs: list[QWidget] = []  # kept alive while open

    def open(self, services: GuiServices, subject: BriefingSubject, lang: Lang) -> None:
        from iurc_desktop.ui.briefing_dialog import BriefingDialog  # QtPdf and printing load on first use

        selection = services.briefing.propose(subject)
        dialog = BriefingDialog(
            services.briefing,
            services.catalogue,
            self.runner,
            selection,
            lang,
            services.user.save_selection,
            self.parent,
            services.user.settings,
        )
        self._keep(dialog)
        dialog.open()

    def open_visit_plans(self, services: GuiServices, lang: Lang) -> QWidget:
        from iurc_desktop.services.briefing.compose import BriefingSubject
        from iurc_desktop.ui.visit_plan_dialog import VisitPlanDialog

        dialog = VisitPlanDialog(services.user, services.search, lang, self.parent)

        def brief(plan: VisitPlan) -> None:
            self.open(services, BriefingSubject.from_plan(plan), lang)

        dialog.brief_requested.connect(brief)
        self._keep(dialog)
        dialog.open()
        return dialog

    def _keep(self, dialog: QWidget) -> None:
        self.dialogs = [d for d in self.dialogs if d.isVisible()] + [dialog]
