# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_PlanDialog(object):
    def setupUi(self, PlanDialog):
        if not PlanDialog.objectName():
            PlanDialog.setObjectName(u"PlanDialog")
        PlanDialog.resize(640, 640)
        self.dialogLayout = QVBoxLayout(PlanDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.kindLabel = QLabel(PlanDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(PlanDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.kindError = QLabel(PlanDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setStyleSheet(u"color: #b00020;")
        self.kindError.setWordWrap(True)
        self.kindError.setVisible(False)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindError)

        self.yearLabel = QLabel(PlanDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(PlanDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(1990)
        self.yearSpin.setMaximum(2100)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.yearError = QLabel(PlanDialog)
        self.yearError.setObjectName(u"yearError")
        self.yearError.setStyleSheet(u"color: #b00020;")
        self.yearError.setWordWrap(True)
        self.yearError.setVisible(False)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.yearError)

        self.titleLabel = QLabel(PlanDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(PlanDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleError = QLabel(PlanDialog)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setStyleSheet(u"color: #b00020;")
        self.titleError.setWordWrap(True)
        self.titleError.setVisible(False)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.titleError)

        self.themeLabel = QLabel(PlanDialog)
        self.themeLabel.setObjectName(u"themeLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.themeLabel)

        self.themeEdit = QPlainTextEdit(PlanDialog)
        self.themeEdit.setObjectName(u"themeEdit")
        self.themeEdit.setMinimumSize(QSize(0, 40))
        self.themeEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.themeEdit)

        self.themeError = QLabel(PlanDialog)
        self.themeError.setObjectName(u"themeError")
        self.themeError.setStyleSheet(u"color: #b00020;")
        self.themeError.setWordWrap(True)
        self.themeError.setVisible(False)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.themeError)

        self.implementsLabel = QLabel(PlanDialog)
        self.implementsLabel.setObjectName(u"implementsLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.implementsLabel)

        self.implementsEdit = QPlainTextEdit(PlanDialog)
        self.implementsEdit.setObjectName(u"implementsEdit")
        self.implementsEdit.setMinimumSize(QSize(0, 50))
        self.implementsEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.implementsEdit)

        self.implementsError = QLabel(PlanDialog)
        self.implementsError.setObjectName(u"implementsError")
        self.implementsError.setStyleSheet(u"color: #b00020;")
        self.implementsError.setWordWrap(True)
        self.implementsError.setVisible(False)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.implementsError)

        self.purposeLabel = QLabel(PlanDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeEdit = QPlainTextEdit(PlanDialog)
        self.purposeEdit.setObjectName(u"purposeEdit")
        self.purposeEdit.setMinimumSize(QSize(0, 60))
        self.purposeEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.purposeEdit)

        self.purposeError = QLabel(PlanDialog)
        self.purposeError.setObjectName(u"purposeError")
        self.purposeError.setStyleSheet(u"color: #b00020;")
        self.purposeError.setWordWrap(True)
        self.purposeError.setVisible(False)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.purposeError)

        self.requirementsLabel = QLabel(PlanDialog)
        self.requirementsLabel.setObjectName(u"requirementsLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.requirementsLabel)

        self.requirementsEdit = QPlainTextEdit(PlanDialog)
        self.requirementsEdit.setObjectName(u"requirementsEdit")
        self.requirementsEdit.setMinimumSize(QSize(0, 60))
        self.requirementsEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.requirementsEdit)

        self.requirementsError = QLabel(PlanDialog)
        self.requirementsError.setObjectName(u"requirementsError")
        self.requirementsError.setStyleSheet(u"color: #b00020;")
        self.requirementsError.setWordWrap(True)
        self.requirementsError.setVisible(False)

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.requirementsError)

        self.planDateLabel = QLabel(PlanDialog)
        self.planDateLabel.setObjectName(u"planDateLabel")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.planDateLabel)

        self.planDateEdit = QLineEdit(PlanDialog)
        self.planDateEdit.setObjectName(u"planDateEdit")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.planDateEdit)

        self.planDateError = QLabel(PlanDialog)
        self.planDateError.setObjectName(u"planDateError")
        self.planDateError.setStyleSheet(u"color: #b00020;")
        self.planDateError.setWordWrap(True)
        self.planDateError.setVisible(False)

        self.formLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.planDateError)

        self.numberLabel = QLabel(PlanDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.formLayout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(PlanDialog)
        self.numberEdit.setObjectName(u"numberEdit")

        self.formLayout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.numberError = QLabel(PlanDialog)
        self.numberError.setObjectName(u"numberError")
        self.numberError.setStyleSheet(u"color: #b00020;")
        self.numberError.setWordWrap(True)
        self.numberError.setVisible(False)

        self.formLayout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.numberError)

        self.issuedDateLabel = QLabel(PlanDialog)
        self.issuedDateLabel.setObjectName(u"issuedDateLabel")

        self.formLayout.setWidget(18, QFormLayout.ItemRole.LabelRole, self.issuedDateLabel)

        self.issuedDateEdit = QLineEdit(PlanDialog)
        self.issuedDateEdit.setObjectName(u"issuedDateEdit")

        self.formLayout.setWidget(18, QFormLayout.ItemRole.FieldRole, self.issuedDateEdit)

        self.issuedDateError = QLabel(PlanDialog)
        self.issuedDateError.setObjectName(u"issuedDateError")
        self.issuedDateError.setStyleSheet(u"color: #b00020;")
        self.issuedDateError.setWordWrap(True)
        self.issuedDateError.setVisible(False)

        self.formLayout.setWidget(19, QFormLayout.ItemRole.FieldRole, self.issuedDateError)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(PlanDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.yearLabel.setBuddy(self.yearSpin)
        self.titleLabel.setBuddy(self.titleEdit)
        self.themeLabel.setBuddy(self.themeEdit)
        self.implementsLabel.setBuddy(self.implementsEdit)
        self.purposeLabel.setBuddy(self.purposeEdit)
        self.requirementsLabel.setBuddy(self.requirementsEdit)
        self.planDateLabel.setBuddy(self.planDateEdit)
        self.numberLabel.setBuddy(self.numberEdit)
        self.issuedDateLabel.setBuddy(self.issuedDateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanDialog)

        QMetaObject.connectSlotsByName(PlanDialog)
    # setupUi

    def retranslateUi(self, PlanDialog):
        PlanDialog.setWindowTitle(QCoreApplication.translate("PlanDialog", u"Plan", None))
        self.kindLabel.setText(QCoreApplication.translate("PlanDialog", u"&Kind:", None))
        self.kindError.setText("")
        self.yearLabel.setText(QCoreApplication.translate("PlanDialog", u"&Year:", None))
        self.yearError.setText("")
        self.titleLabel.setText(QCoreApplication.translate("PlanDialog", u"&Title (subject):", None))
        self.titleError.setText("")
        self.themeLabel.setText(QCoreApplication.translate("PlanDialog", u"T&heme of the year:", None))
        self.themeError.setText("")
        self.implementsLabel.setText(QCoreApplication.translate("PlanDialog", u"&Implements:", None))
        self.implementsEdit.setPlaceholderText(QCoreApplication.translate("PlanDialog", u"One superior document per line", None))
        self.implementsError.setText("")
        self.purposeLabel.setText(QCoreApplication.translate("PlanDialog", u"&Purpose:", None))
        self.purposeError.setText("")
        self.requirementsLabel.setText(QCoreApplication.translate("PlanDialog", u"&Requirements:", None))
        self.requirementsError.setText("")
        self.planDateLabel.setText(QCoreApplication.translate("PlanDialog", u"&Drafted on:", None))
        self.planDateEdit.setPlaceholderText(QCoreApplication.translate("PlanDialog", u"dd/mm/yyyy", None))
        self.planDateError.setText("")
        self.numberLabel.setText(QCoreApplication.translate("PlanDialog", u"&Number:", None))
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("PlanDialog", u"Filled when issued", None))
        self.numberError.setText("")
        self.issuedDateLabel.setText(QCoreApplication.translate("PlanDialog", u"Issued &on:", None))
        self.issuedDateEdit.setPlaceholderText(QCoreApplication.translate("PlanDialog", u"dd/mm/yyyy", None))
        self.issuedDateError.setText("")
    # retranslateUi

