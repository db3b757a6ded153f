"""Where a briefing pack starts: a record, a visit plan, or the delegate's favourites."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from iurc_desktop.domain.kinds import Kind
from iurc_desktop.domain.lang import Lang
from iurc_desktop.domain.record_key import RecordKey
from iurc_desktop.ui.background import BackgroundRunner

if TYPE_CHECKING:
    from iurc_desktop.domain.user import VisitPlan
    from iurc_desktop.services.briefing.compose import BriefingSubject
    from iurc_desktop.ui.composer_state import ComposerMemory
    from iurc_desktop.ui.gui_services import GuiServices


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
    if key.kind in THEMES:
        return BriefingSubject(theme=key)
    return BriefingSubject()


THEMES = (Kind.NETWORK, Kind.CLUSTER, Kind.CHALLENGE)
PACK_KINDS = (Kind.PLACE, Kind.EVENT, Kind.CASE_STUDY, Kind.PARTNERSHIP, *THEMES)


def no_pack_reason(key: RecordKey | None) -> str:
    """Why there is no briefing pack for this record ("" when there is one), for the disabled action's tooltip."""
    if key is None:
        return QCoreApplication.translate("BriefingLauncher", "Open a record first: a pack is made for a record.")
    if key.kind in PACK_KINDS:
        return ""
    return QCoreApplication.translate(
        "BriefingLauncher",
        "Packs are made for places, events, partnerships, case studies, networks, clusters and challenges; "
        "open one of those (or the place this record belongs to).",
    )


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
        self._memory: ComposerMemory | None = None

    @property
    def memory(self) -> ComposerMemory:
        """Each subject's composition, while the app runs (made at the first pack: the pack services load late)."""
        if self._memory is None:
            from iurc_desktop.ui.composer_state import ComposerMemory

            self._memory = ComposerMemory()
        return self._memory

    def open(
        self, services: GuiServices, subject: BriefingSubject, lang: Lang, saved: dict[str, Any] | None = None
    ) -> QWidget:
        """The composer for this subject: as it was left (this session or in a saved pack), else as proposed."""
        from iurc_desktop.ui.briefing_dialog import BriefingDialog  # QtPdf and printing load on first use

        state = None
        if saved is not None:
            from iurc_desktop.services.briefing.compose import BriefingSelection
            from iurc_desktop.ui.composer_state import state_of_selection

            state = saved.get("composer") or state_of_selection(BriefingSelection.from_payload(saved))
        template = state.get("template", "full") if state else "full"
        selection = services.briefing.propose(subject, template)
        dialog = BriefingDialog(
            services.briefing,
            services.catalogue,
            self.runner,
            selection,
            lang,
            services.user.save_selection,
            self.parent,
            settings=services.user.settings,
            state=state,
            memory=self.memory,
        )
        self._keep(dialog)
        dialog.open()
        return dialog

    def open_saved_packs(self, services: GuiServices, lang: Lang) -> QWidget:
        from iurc_desktop.services.briefing.compose import BriefingSelection
        from iurc_desktop.ui.saved_packs import SavedPacksDialog

        dialog = SavedPacksDialog(services.user, self.parent, lang)

        def build(payload: dict[str, Any]) -> None:
            self.open(services, BriefingSelection.from_payload(payload).subject, lang, payload)

        dialog.open_requested.connect(build)
        self._keep(dialog)
        dialog.open()
        return dialog

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
