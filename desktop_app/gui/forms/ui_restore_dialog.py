# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog):
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.resize(720, 420)
        self.mainLayout = QVBoxLayout(RestoreDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(RestoreDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.backupsView = QTableView(RestoreDialog)
        self.backupsView.setObjectName(u"backupsView")
        self.backupsView.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.backupsView.setSelectionMode(QAbstractItemView.SingleSelection)
        self.backupsView.setSortingEnabled(True)
        self.backupsView.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.backupsView.horizontalHeader().setStretchLastSection(True)
        self.backupsView.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.backupsView)

        self.emptyLabel = QLabel(RestoreDialog)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.emptyLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.otherFileButton = QPushButton(RestoreDialog)
        self.otherFileButton.setObjectName(u"otherFileButton")

        self.buttonsLayout.addWidget(self.otherFileButton)

        self.buttonBox = QDialogButtonBox(RestoreDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.buttonsLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(RestoreDialog)

        QMetaObject.connectSlotsByName(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog):
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"Restore", None))
        self.introLabel.setText(QCoreApplication.translate("RestoreDialog", u"Choose the backup to restore. The current data is backed up first, so a restore can be undone.", None))
        self.emptyLabel.setText(QCoreApplication.translate("RestoreDialog", u"No backup was found beside this data file.", None))
        self.otherFileButton.setText(QCoreApplication.translate("RestoreDialog", u"Choose &another file\u2026", None))
    # retranslateUi

