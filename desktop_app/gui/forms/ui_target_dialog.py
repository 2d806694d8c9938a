# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'target_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_TargetDialog(object):
    def setupUi(self, TargetDialog):
        if not TargetDialog.objectName():
            TargetDialog.setObjectName(u"TargetDialog")
        TargetDialog.resize(560, 600)
        self.dialogLayout = QVBoxLayout(TargetDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.contentLabel = QLabel(TargetDialog)
        self.contentLabel.setObjectName(u"contentLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.contentEdit = QPlainTextEdit(TargetDialog)
        self.contentEdit.setObjectName(u"contentEdit")
        self.contentEdit.setMinimumSize(QSize(0, 60))
        self.contentEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contentEdit)

        self.contentError = QLabel(TargetDialog)
        self.contentError.setObjectName(u"contentError")
        self.contentError.setStyleSheet(u"color: #b00020;")
        self.contentError.setWordWrap(True)
        self.contentError.setVisible(False)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contentError)

        self.indicatorLabel = QLabel(TargetDialog)
        self.indicatorLabel.setObjectName(u"indicatorLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.indicatorLabel)

        self.indicatorEdit = QLineEdit(TargetDialog)
        self.indicatorEdit.setObjectName(u"indicatorEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.indicatorEdit)

        self.indicatorError = QLabel(TargetDialog)
        self.indicatorError.setObjectName(u"indicatorError")
        self.indicatorError.setStyleSheet(u"color: #b00020;")
        self.indicatorError.setWordWrap(True)
        self.indicatorError.setVisible(False)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.indicatorError)

        self.indicatorKindLabel = QLabel(TargetDialog)
        self.indicatorKindLabel.setObjectName(u"indicatorKindLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.indicatorKindLabel)

        self.indicatorKindCombo = QComboBox(TargetDialog)
        self.indicatorKindCombo.setObjectName(u"indicatorKindCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.indicatorKindCombo)

        self.indicatorKindError = QLabel(TargetDialog)
        self.indicatorKindError.setObjectName(u"indicatorKindError")
        self.indicatorKindError.setStyleSheet(u"color: #b00020;")
        self.indicatorKindError.setWordWrap(True)
        self.indicatorKindError.setVisible(False)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.indicatorKindError)

        self.targetValueLabel = QLabel(TargetDialog)
        self.targetValueLabel.setObjectName(u"targetValueLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.targetValueLabel)

        self.targetValueEdit = QLineEdit(TargetDialog)
        self.targetValueEdit.setObjectName(u"targetValueEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.targetValueEdit)

        self.targetValueError = QLabel(TargetDialog)
        self.targetValueError.setObjectName(u"targetValueError")
        self.targetValueError.setStyleSheet(u"color: #b00020;")
        self.targetValueError.setWordWrap(True)
        self.targetValueError.setVisible(False)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.targetValueError)

        self.responsibleLabel = QLabel(TargetDialog)
        self.responsibleLabel.setObjectName(u"responsibleLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.responsibleLabel)

        self.responsibleList = QListWidget(TargetDialog)
        self.responsibleList.setObjectName(u"responsibleList")
        self.responsibleList.setMinimumSize(QSize(0, 110))

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.responsibleList)

        self.responsibleError = QLabel(TargetDialog)
        self.responsibleError.setObjectName(u"responsibleError")
        self.responsibleError.setStyleSheet(u"color: #b00020;")
        self.responsibleError.setWordWrap(True)
        self.responsibleError.setVisible(False)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.responsibleError)

        self.deadlineLabel = QLabel(TargetDialog)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadlineEdit = QLineEdit(TargetDialog)
        self.deadlineEdit.setObjectName(u"deadlineEdit")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.deadlineEdit)

        self.deadlineError = QLabel(TargetDialog)
        self.deadlineError.setObjectName(u"deadlineError")
        self.deadlineError.setStyleSheet(u"color: #b00020;")
        self.deadlineError.setWordWrap(True)
        self.deadlineError.setVisible(False)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.deadlineError)

        self.statusLabel = QLabel(TargetDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(TargetDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.statusError = QLabel(TargetDialog)
        self.statusError.setObjectName(u"statusError")
        self.statusError.setStyleSheet(u"color: #b00020;")
        self.statusError.setWordWrap(True)
        self.statusError.setVisible(False)

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.statusError)

        self.resultDateLabel = QLabel(TargetDialog)
        self.resultDateLabel.setObjectName(u"resultDateLabel")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.resultDateLabel)

        self.resultDateEdit = QLineEdit(TargetDialog)
        self.resultDateEdit.setObjectName(u"resultDateEdit")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.resultDateEdit)

        self.resultDateError = QLabel(TargetDialog)
        self.resultDateError.setObjectName(u"resultDateError")
        self.resultDateError.setStyleSheet(u"color: #b00020;")
        self.resultDateError.setWordWrap(True)
        self.resultDateError.setVisible(False)

        self.formLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.resultDateError)

        self.resultNoteLabel = QLabel(TargetDialog)
        self.resultNoteLabel.setObjectName(u"resultNoteLabel")

        self.formLayout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.resultNoteLabel)

        self.resultNoteEdit = QPlainTextEdit(TargetDialog)
        self.resultNoteEdit.setObjectName(u"resultNoteEdit")
        self.resultNoteEdit.setMinimumSize(QSize(0, 50))
        self.resultNoteEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.resultNoteEdit)

        self.resultNoteError = QLabel(TargetDialog)
        self.resultNoteError.setObjectName(u"resultNoteError")
        self.resultNoteError.setStyleSheet(u"color: #b00020;")
        self.resultNoteError.setWordWrap(True)
        self.resultNoteError.setVisible(False)

        self.formLayout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.resultNoteError)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(TargetDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.contentLabel.setBuddy(self.contentEdit)
        self.indicatorLabel.setBuddy(self.indicatorEdit)
        self.indicatorKindLabel.setBuddy(self.indicatorKindCombo)
        self.targetValueLabel.setBuddy(self.targetValueEdit)
        self.responsibleLabel.setBuddy(self.responsibleList)
        self.deadlineLabel.setBuddy(self.deadlineEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.resultDateLabel.setBuddy(self.resultDateEdit)
        self.resultNoteLabel.setBuddy(self.resultNoteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TargetDialog)

        QMetaObject.connectSlotsByName(TargetDialog)
    # setupUi

    def retranslateUi(self, TargetDialog):
        TargetDialog.setWindowTitle(QCoreApplication.translate("TargetDialog", u"Target", None))
        self.contentLabel.setText(QCoreApplication.translate("TargetDialog", u"&Content:", None))
        self.contentError.setText("")
        self.indicatorLabel.setText(QCoreApplication.translate("TargetDialog", u"Target &text:", None))
        self.indicatorEdit.setPlaceholderText(QCoreApplication.translate("TargetDialog", u"e.g. 100% of members write a reflection", None))
        self.indicatorError.setText("")
        self.indicatorKindLabel.setText(QCoreApplication.translate("TargetDialog", u"&Measured by:", None))
        self.indicatorKindError.setText("")
        self.targetValueLabel.setText(QCoreApplication.translate("TargetDialog", u"Target &value (%):", None))
        self.targetValueEdit.setPlaceholderText(QCoreApplication.translate("TargetDialog", u"0\u2013100", None))
        self.targetValueError.setText("")
        self.responsibleLabel.setText(QCoreApplication.translate("TargetDialog", u"&Responsible:", None))
        self.responsibleError.setText("")
        self.deadlineLabel.setText(QCoreApplication.translate("TargetDialog", u"&Deadline:", None))
        self.deadlineEdit.setPlaceholderText(QCoreApplication.translate("TargetDialog", u"dd/mm/yyyy", None))
        self.deadlineError.setText("")
        self.statusLabel.setText(QCoreApplication.translate("TargetDialog", u"&Status:", None))
        self.statusError.setText("")
        self.resultDateLabel.setText(QCoreApplication.translate("TargetDialog", u"Result d&ate:", None))
        self.resultDateEdit.setPlaceholderText(QCoreApplication.translate("TargetDialog", u"dd/mm/yyyy", None))
        self.resultDateError.setText("")
        self.resultNoteLabel.setText(QCoreApplication.translate("TargetDialog", u"Result &note:", None))
        self.resultNoteError.setText("")
    # retranslateUi

