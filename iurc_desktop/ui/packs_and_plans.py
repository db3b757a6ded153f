"""The main window's briefing packs and visit plans: a pack for the open record or for the favourites (Ctrl+P only
where the record has one), the saved packs, the visit plans window and a plan's stops on the map. The dialogs
themselves are `BriefingLauncher`'s; the texts keep the window's translation context ("MainWindow")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from iurc_desktop.domain.record_key import RecordKey
from iurc_desktop.ui.briefing_launcher import no_pack_reason, subject_for_favourites, subject_for_record

if TYPE_CHECKING:
    from iurc_desktop.domain.user import VisitPlan
    from iurc_desktop.ui.main_window import MainWindow
    from iurc_desktop.ui.visit_plan_dialog import VisitPlanDialog


STATUS_MS = 5000


class PacksAndPlans:
    visit_plans_dialog: QWidget  # each made when first opened, and kept
    saved_packs_dialog: QWidget

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def update_brief_action(self) -> None:
        """Ctrl+P is there only for a record with a pack; its tooltip says why not otherwise."""
        reason = no_pack_reason(self.window.detail.key)
        self.window.brief_action.setEnabled(not reason)
        self.window.brief_action.setToolTip(
            reason or QCoreApplication.translate("MainWindow", "Make a briefing pack for this record (Ctrl+P)")
        )

    def open_saved_packs(self) -> None:
        window = self.window
        if window.services is not None:
            self.saved_packs_dialog = window.briefing.open_saved_packs(window.services, window.lang)

    def open_for_record(self, key: RecordKey | None) -> None:
        window = self.window
        if key is None or window.services is None:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "Open a place, event, partnership, case study, network, cluster or challenge first."
                ),
                STATUS_MS,
            )
            return
        window.briefing.open(window.services, subject_for_record(key), window.lang)

    def open_for_favourites(self) -> None:
        window, user = self.window, self.window.svc.user
        favourites = [f.record for f in user.favourites() if user.exists(f.record)]
        if not favourites:
            window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Mark places or case studies as favourites first."), STATUS_MS
            )
            return
        title = QCoreApplication.translate("MainWindow", "My favourites")
        window.briefing.open(window.svc, subject_for_favourites(favourites, title), window.lang)

    def open_visit_plans(self) -> None:
        window = self.window
        if window.services is not None:
            self.visit_plans_dialog = window.briefing.open_visit_plans(window.services, window.lang)
            from iurc_desktop.ui.visit_plan_dialog import VisitPlanDialog

            if isinstance(self.visit_plans_dialog, VisitPlanDialog):
                self.visit_plans_dialog.map_requested.connect(self.show_plan_on_map)

    def show_plan_on_map(self, plan: VisitPlan) -> None:
        """A plan's stops numbered in itinerary order with the route, in the map pane (the dialog steps aside)."""
        window = self.window
        if window.services is None:
            return
        window.map_view.show_visit_plan(plan)
        window.map_pane.show(True)
        dialog = getattr(self, "visit_plans_dialog", None)
        if dialog is not None:
            dialog.close()

    def plans_dialog(self) -> VisitPlanDialog | None:
        """The visit plans window, opened if it is not on screen (where an imported plan file is shown)."""
        dialog = getattr(self, "visit_plans_dialog", None)
        if dialog is None or not dialog.isVisible():
            self.open_visit_plans()
            dialog = getattr(self, "visit_plans_dialog", None)
        return dialog
