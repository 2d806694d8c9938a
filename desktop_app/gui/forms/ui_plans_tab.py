# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plans_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_PlansTab(object):
    def setupUi(self, PlansTab):
        if not PlansTab.objectName():
            PlansTab.setObjectName(u"PlansTab")
        PlansTab.resize(1100, 650)
        self.mainLayout = QVBoxLayout(PlansTab)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.yearLabel = QLabel(PlansTab)
        self.yearLabel.setObjectName(u"yearLabel")

        self.topRow.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(PlansTab)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(1990)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2010)

        self.topRow.addWidget(self.yearSpin)

        self.topSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)

        self.addPlanButton = QPushButton(PlansTab)
        self.addPlanButton.setObjectName(u"addPlanButton")

        self.topRow.addWidget(self.addPlanButton)

        self.editPlanButton = QPushButton(PlansTab)
        self.editPlanButton.setObjectName(u"editPlanButton")

        self.topRow.addWidget(self.editPlanButton)

        self.copyButton = QPushButton(PlansTab)
        self.copyButton.setObjectName(u"copyButton")

        self.topRow.addWidget(self.copyButton)

        self.printButton = QPushButton(PlansTab)
        self.printButton.setObjectName(u"printButton")

        self.topRow.addWidget(self.printButton)

        self.deletePlanButton = QPushButton(PlansTab)
        self.deletePlanButton.setObjectName(u"deletePlanButton")

        self.topRow.addWidget(self.deletePlanButton)


        self.mainLayout.addLayout(self.topRow)

        self.splitter = QSplitter(PlansTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.plansView = QTableView(self.splitter)
        self.plansView.setObjectName(u"plansView")
        self.plansView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plansView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.plansView.setAlternatingRowColors(True)
        self.splitter.addWidget(self.plansView)
        self.targetsPane = QWidget(self.splitter)
        self.targetsPane.setObjectName(u"targetsPane")
        self.targetsLayout = QVBoxLayout(self.targetsPane)
        self.targetsLayout.setObjectName(u"targetsLayout")
        self.targetsLayout.setContentsMargins(0, 0, 0, 0)
        self.planInfoLabel = QLabel(self.targetsPane)
        self.planInfoLabel.setObjectName(u"planInfoLabel")
        self.planInfoLabel.setWordWrap(True)
        self.planInfoLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.targetsLayout.addWidget(self.planInfoLabel)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.overdueCheck = QCheckBox(self.targetsPane)
        self.overdueCheck.setObjectName(u"overdueCheck")

        self.filterRow.addWidget(self.overdueCheck)

        self.memberLabel = QLabel(self.targetsPane)
        self.memberLabel.setObjectName(u"memberLabel")

        self.filterRow.addWidget(self.memberLabel)

        self.memberCombo = QComboBox(self.targetsPane)
        self.memberCombo.setObjectName(u"memberCombo")
        self.memberCombo.setMinimumContentsLength(20)

        self.filterRow.addWidget(self.memberCombo)

        self.filterSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.summaryLabel = QLabel(self.targetsPane)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.filterRow.addWidget(self.summaryLabel)


        self.targetsLayout.addLayout(self.filterRow)

        self.targetsView = QTableView(self.targetsPane)
        self.targetsView.setObjectName(u"targetsView")
        self.targetsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.targetsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.targetsView.setSortingEnabled(True)
        self.targetsView.setWordWrap(True)

        self.targetsLayout.addWidget(self.targetsView)

        self.targetButtons = QHBoxLayout()
        self.targetButtons.setObjectName(u"targetButtons")
        self.addTargetButton = QPushButton(self.targetsPane)
        self.addTargetButton.setObjectName(u"addTargetButton")

        self.targetButtons.addWidget(self.addTargetButton)

        self.editTargetButton = QPushButton(self.targetsPane)
        self.editTargetButton.setObjectName(u"editTargetButton")

        self.targetButtons.addWidget(self.editTargetButton)

        self.markDoneButton = QPushButton(self.targetsPane)
        self.markDoneButton.setObjectName(u"markDoneButton")

        self.targetButtons.addWidget(self.markDoneButton)

        self.deleteTargetButton = QPushButton(self.targetsPane)
        self.deleteTargetButton.setObjectName(u"deleteTargetButton")

        self.targetButtons.addWidget(self.deleteTargetButton)

        self.targetSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.targetButtons.addItem(self.targetSpacer)


        self.targetsLayout.addLayout(self.targetButtons)

        self.splitter.addWidget(self.targetsPane)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearSpin)
        self.memberLabel.setBuddy(self.memberCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlansTab)

        QMetaObject.connectSlotsByName(PlansTab)
    # setupUi

    def retranslateUi(self, PlansTab):
        PlansTab.setWindowTitle(QCoreApplication.translate("PlansTab", u"Plans", None))
        self.yearLabel.setText(QCoreApplication.translate("PlansTab", u"Year:", None))
        self.addPlanButton.setText(QCoreApplication.translate("PlansTab", u"Add plan\u2026", None))
        self.editPlanButton.setText(QCoreApplication.translate("PlansTab", u"Edit plan\u2026", None))
        self.copyButton.setText(QCoreApplication.translate("PlansTab", u"Copy from last year", None))
        self.printButton.setText(QCoreApplication.translate("PlansTab", u"Print\u2026", None))
        self.deletePlanButton.setText(QCoreApplication.translate("PlansTab", u"Delete plan", None))
        self.planInfoLabel.setText("")
        self.overdueCheck.setText(QCoreApplication.translate("PlansTab", u"Overdue only", None))
        self.memberLabel.setText(QCoreApplication.translate("PlansTab", u"Responsible:", None))
        self.summaryLabel.setText("")
        self.addTargetButton.setText(QCoreApplication.translate("PlansTab", u"Add target\u2026", None))
        self.editTargetButton.setText(QCoreApplication.translate("PlansTab", u"Edit target\u2026", None))
        self.markDoneButton.setText(QCoreApplication.translate("PlansTab", u"Mark done", None))
        self.deleteTargetButton.setText(QCoreApplication.translate("PlansTab", u"Delete target", None))
    # retranslateUi

