"""The briefing composer's options form: the pack's form (template), title, languages, paper and notes.

The form's words keep the composer's translation context, `BriefingDialog`: they were written in that class
and the catalogues list them there, so moving the form into its own module changed no translation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit

from iurc_desktop.domain.lang import LANGS, Lang
from iurc_desktop.services.briefing.document import BriefingOptions
from iurc_desktop.ui.pack_names import template_names

if TYPE_CHECKING:
    from iurc_desktop.services.briefing.compose import BriefingSubject
    from iurc_desktop.services.settings import SettingsService
    from iurc_desktop.ui.composer_state import State

__all__ = ["PackOptionsForm"]


class PackOptionsForm(QFormLayout):
    """The right-hand side of the composer: what the pack looks like, apart from its sections."""

    def __init__(self, subject: BriefingSubject, ui_lang: Lang) -> None:
        super().__init__()
        self.ui_lang = ui_lang
        self.title_edit = QLineEdit(subject.title)
        self.lang_box = QComboBox()
        self.second_box = QComboBox()
        self.second_box.addItem(QCoreApplication.translate("BriefingDialog", "None"), "")
        for lang in LANGS:  # Qt hands str subclasses back as plain str: store the code
            self.lang_box.addItem(lang.native_name, lang.value)
            self.second_box.addItem(lang.native_name, lang.value)
        self.lang_box.setCurrentIndex(LANGS.index(ui_lang))
        self.paper_box = QComboBox()
        self.paper_box.addItem("A4", "a4")
        self.paper_box.addItem(QCoreApplication.translate("BriefingDialog", "US Letter"), "letter")
        self.notes_check = QCheckBox(QCoreApplication.translate("BriefingDialog", "Include my notes"))
        self.notes_check.setChecked(True)
        self.template_box = QComboBox()
        for template, name in template_names(subject).items():
            self.template_box.addItem(name, template)
        self._add_rows()

    def _add_rows(self) -> None:
        """Each box under its label, which is also the box's accessible name; the notes box names itself."""
        for name, widget in (
            (QCoreApplication.translate("BriefingDialog", "Form"), self.template_box),
            (QCoreApplication.translate("BriefingDialog", "Title"), self.title_edit),
            (QCoreApplication.translate("BriefingDialog", "Pack language"), self.lang_box),
            (QCoreApplication.translate("BriefingDialog", "Second language"), self.second_box),
            (QCoreApplication.translate("BriefingDialog", "Paper"), self.paper_box),
        ):
            self.addRow(name, widget)
            widget.setAccessibleName(name)
        self.addRow("", self.notes_check)

    def apply_defaults(self, settings: SettingsService) -> None:
        """The pack defaults chosen in Preferences (a pack language unset there is the interface's)."""
        saved = settings.load()
        chosen = saved.pack_lang or self.ui_lang
        self.lang_box.setCurrentIndex(self.lang_box.findData(chosen.value))
        second = saved.pack_second_lang.value if saved.pack_second_lang else ""
        self.second_box.setCurrentIndex(max(self.second_box.findData(second), 0))
        self.paper_box.setCurrentIndex(max(self.paper_box.findData(saved.paper), 0))
        self.notes_check.setChecked(saved.include_notes)

    def set_state(self, state: State) -> None:
        """The options a state holds; those it lacks stay as they are (the form's, or Preferences' defaults)."""
        self.template_box.blockSignals(True)
        index = self.template_box.findData(state.get("template", "full"))
        self.template_box.setCurrentIndex(max(index, 0))
        self.template_box.blockSignals(False)
        for box, key in ((self.lang_box, "lang"), (self.second_box, "second"), (self.paper_box, "paper")):
            if key in state and box.findData(state[key]) >= 0:
                box.setCurrentIndex(box.findData(state[key]))
        if "title" in state:
            self.title_edit.setText(state["title"])
        if "notes" in state:  # else the Preferences' default stays
            self.notes_check.setChecked(state["notes"])

    def state(self) -> State:
        """The options part of the composer's state (the sections are the tree's)."""
        return {
            "template": self.template_box.currentData(),
            "lang": self.lang_box.currentData(),
            "second": self.second_box.currentData(),
            "paper": self.paper_box.currentData(),
            "notes": self.notes_check.isChecked(),
            "title": self.title_edit.text(),
        }

    def briefing_options(self) -> BriefingOptions:
        second = self.second_box.currentData()
        return BriefingOptions(
            Lang(self.lang_box.currentData()),
            Lang(second) if second else None,
            self.paper_box.currentData(),
            include_notes=self.notes_check.isChecked(),
            template=self.template_box.currentData(),
        )
