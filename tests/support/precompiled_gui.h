// The headers nearly every UI test parses, precompiled once by the GUI test main and reused by
// each test (tests/CMakeLists.txt; support/precompiled_core.h says why).
#pragma once

#include "support/precompiled_core.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
