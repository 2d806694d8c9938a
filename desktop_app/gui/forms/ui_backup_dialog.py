# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backup_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_BackupDialog(object):
    def setupUi(self, BackupDialog):
        if not BackupDialog.objectName():
            BackupDialog.setObjectName(u"BackupDialog")
        BackupDialog.resize(560, 360)
        self.mainLayout = QVBoxLayout(BackupDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(BackupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.folderLabel = QLabel(BackupDialog)
        self.folderLabel.setObjectName(u"folderLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderEdit = QLineEdit(BackupDialog)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderLayout.addWidget(self.folderEdit)

        self.browseButton = QPushButton(BackupDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.folderLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.folderLayout)

        self.folderError = QLabel(BackupDialog)
        self.folderError.setObjectName(u"folderError")
        self.folderError.setStyleSheet(u"color: #b00020;")
        self.folderError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.folderError)

        self.nameLabel = QLabel(BackupDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(BackupDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(BackupDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setStyleSheet(u"color: #b00020;")
        self.nameError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameError)


        self.mainLayout.addLayout(self.formLayout)

        self.encryptCheck = QCheckBox(BackupDialog)
        self.encryptCheck.setObjectName(u"encryptCheck")

        self.mainLayout.addWidget(self.encryptCheck)

        self.passwordBox = QWidget(BackupDialog)
        self.passwordBox.setObjectName(u"passwordBox")
        self.passwordLayout = QFormLayout(self.passwordBox)
        self.passwordLayout.setObjectName(u"passwordLayout")
        self.passwordLayout.setContentsMargins(24, -1, -1, -1)
        self.passwordLabel = QLabel(self.passwordBox)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.passwordLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.passwordBox)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.passwordLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.passwordError = QLabel(self.passwordBox)
        self.passwordError.setObjectName(u"passwordError")
        self.passwordError.setStyleSheet(u"color: #b00020;")
        self.passwordError.setWordWrap(True)

        self.passwordLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordError)

        self.confirmationLabel = QLabel(self.passwordBox)
        self.confirmationLabel.setObjectName(u"confirmationLabel")

        self.passwordLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.confirmationLabel)

        self.confirmationEdit = QLineEdit(self.passwordBox)
        self.confirmationEdit.setObjectName(u"confirmationEdit")
        self.confirmationEdit.setEchoMode(QLineEdit.Password)

        self.passwordLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.confirmationEdit)

        self.confirmationError = QLabel(self.passwordBox)
        self.confirmationError.setObjectName(u"confirmationError")
        self.confirmationError.setStyleSheet(u"color: #b00020;")
        self.confirmationError.setWordWrap(True)

        self.passwordLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirmationError)

        self.warningLabel = QLabel(self.passwordBox)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setStyleSheet(u"color: #8a4b00; font-weight: bold;")
        self.warningLabel.setWordWrap(True)

        self.passwordLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.warningLabel)


        self.mainLayout.addWidget(self.passwordBox)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(BackupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.folderLabel.setBuddy(self.folderEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.confirmationLabel.setBuddy(self.confirmationEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BackupDialog)

        QMetaObject.connectSlotsByName(BackupDialog)
    # setupUi

    def retranslateUi(self, BackupDialog):
        BackupDialog.setWindowTitle(QCoreApplication.translate("BackupDialog", u"Back up", None))
        self.introLabel.setText(QCoreApplication.translate("BackupDialog", u"A verified copy of all the cell's data is written to the folder you choose, for example a USB stick.", None))
        self.folderLabel.setText(QCoreApplication.translate("BackupDialog", u"&Folder:", None))
        self.browseButton.setText(QCoreApplication.translate("BackupDialog", u"C&hoose\u2026", None))
        self.nameLabel.setText(QCoreApplication.translate("BackupDialog", u"File &name:", None))
        self.encryptCheck.setText(QCoreApplication.translate("BackupDialog", u"&Protect with a password (for a copy taken away on a USB stick)", None))
        self.passwordLabel.setText(QCoreApplication.translate("BackupDialog", u"Pass&word:", None))
        self.confirmationLabel.setText(QCoreApplication.translate("BackupDialog", u"&Again:", None))
    # retranslateUi

