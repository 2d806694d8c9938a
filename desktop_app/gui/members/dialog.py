"""Add or edit a member, with validation shown at each field."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.core.members import roster as mc
from desktop_app.gui.common import messages
from desktop_app.gui.common.dates import read_date, write_date
from desktop_app.gui.common.dialogs import name_buttons, run_dialog
from desktop_app.gui.common.field_errors import FieldErrors
from desktop_app.gui.forms.ui_member_dialog import Ui_MemberDialog


class MemberDialog(QDialog):
    def __init__(self, member: mc.MemberData | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MemberDialog()
        self.ui.setupUi(self)
        self.member = member or mc.MemberData()
        self.result_member: mc.MemberData | None = None
        self.setWindowTitle(
            self.tr("Edit member") if member and member.id else self.tr("New member")
        )
        ui = self.ui
        name_buttons(self, ui.buttons)
        ui.genderCombo.addItem("", None)
        for code, label in mc.GENDER_LABELS.items():
            ui.genderCombo.addItem(label, code)
        for code, label in mc.KIND_LABELS.items():
            ui.kindCombo.addItem(label, code)
        for code, label in mc.ROLE_LABELS.items():
            if code != "none":
                ui.roleCombo.addItem(label, code)
        for code, label in mc.STATUS_LABELS.items():
            ui.statusCombo.addItem(label, code)
        self.errors = FieldErrors(
            ui.form,
            {
                "full_name": ui.fullNameEdit,
                "birth_date": ui.birthDateEdit,
                "kind": ui.kindCombo,
                "role": ui.roleCombo,
                "job_title": ui.jobTitleEdit,
                "joined_date": ui.joinedDateEdit,
                "official_date": ui.officialDateEdit,
                "status_date": ui.statusDateEdit,
                "note": ui.noteEdit,
            },
            required=("full_name",))
        self._load(self.member)
        ui.kindCombo.currentIndexChanged.connect(self._update_enabled)
        ui.statusCombo.currentIndexChanged.connect(self._update_enabled)
        self._update_enabled()
        self.resize(620, self.sizeHint().height())

    def _load(self, m: mc.MemberData) -> None:
        ui = self.ui
        ui.fullNameEdit.setText(m.full_name)
        ui.genderCombo.setCurrentIndex(max(0, ui.genderCombo.findData(m.gender)))
        write_date(ui.birthDateEdit, m.birth_date)
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(m.kind)))
        ui.roleCombo.setCurrentIndex(
            max(0, ui.roleCombo.findData(m.role if m.role != "none" else "member"))
        )
        ui.keyCadreCheck.setChecked(m.key_cadre)
        ui.jobTitleEdit.setText(m.job_title)
        write_date(ui.joinedDateEdit, m.joined_date)
        write_date(ui.officialDateEdit, m.official_date)
        ui.statusCombo.setCurrentIndex(max(0, ui.statusCombo.findData(m.status)))
        write_date(ui.statusDateEdit, m.status_date)
        ui.noteEdit.setPlainText(m.note)

    def _update_enabled(self) -> None:
        ui = self.ui
        party = ui.kindCombo.currentData() != "non_party"
        ui.roleCombo.setEnabled(party)
        ui.joinedDateEdit.setEnabled(party)
        ui.officialDateEdit.setEnabled(party and ui.kindCombo.currentData() == "full")
        ui.statusDateEdit.setEnabled(ui.statusCombo.currentData() != "active")

    def values(self) -> tuple[mc.MemberData, dict[str, str]]:
        """What the form holds, and the messages for what cannot be read."""
        ui = self.ui
        errors: dict[str, str] = {}
        party = ui.kindCombo.currentData() != "non_party"
        kind = ui.kindCombo.currentData()
        data = replace(
            self.member,
            full_name=ui.fullNameEdit.text(),
            gender=ui.genderCombo.currentData(),
            birth_date=read_date(ui.birthDateEdit, self.tr("Date of birth"), errors, "birth_date"),
            kind=kind,
            role=ui.roleCombo.currentData() if party else "none",
            key_cadre=ui.keyCadreCheck.isChecked(),
            job_title=ui.jobTitleEdit.text(),
            joined_date=read_date(
                ui.joinedDateEdit, self.tr("Date joined the Party"), errors, "joined_date"
            )
            if party
            else None,
            official_date=read_date(
                ui.officialDateEdit, self.tr("Date of full membership"), errors, "official_date"
            )
            if kind == "full"
            else None,
            status=ui.statusCombo.currentData(),
            status_date=read_date(ui.statusDateEdit, self.tr("Date"), errors, "status_date")
            if ui.statusCombo.currentData() != "active"
            else None,
            note=ui.noteEdit.toPlainText(),
        )
        return data, errors

    def accept(self) -> None:
        data, errors = self.values()
        if not self.errors.check(errors, mc.validate(data)):
            return
        if not self._another_person(mc.clean(data)):
            return
        self.result_member = mc.clean(data)
        super().accept()

    def _another_person(self, data: mc.MemberData) -> bool:
        """False when the list has a member of the same name and birth date and the user
        does not confirm that this is another person (the warning stays at the name)."""
        if self.member.id is not None and mc.duplicate_key(
                self.member.full_name, self.member.birth_date) == mc.duplicate_key(
                data.full_name, data.birth_date):
            return True  # an edit keeping the name and birth date
        others = mc.likely_duplicates(data)
        if not others:
            return True
        warning = mc.duplicate_message(others)
        if messages.confirm(self, warning + "\n\n" + self.tr(
                "Is this another person? Save anyway?"), yes=self.tr("Save anyway")):
            return True
        self.errors.show({"full_name": warning})
        return False

    @classmethod
    def run(
        cls, parent: QWidget | None, member: mc.MemberData | None = None
    ) -> mc.MemberData | None:
        """Show the dialog; the validated member (not yet saved), or None when cancelled.
        A likely duplicate was confirmed as another person before the dialog closed."""
        dialog = cls(member, parent)
        return run_dialog(dialog, lambda: dialog.result_member)
