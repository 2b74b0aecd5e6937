#include "support/guisupport.h"

#include "demo/demoworkspace.h"
#include "main/mainwindow.h"
#include "support/tempworkspace.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <gtest/gtest.h>

namespace lb::test {

std::unique_ptr<MainWindow> openDemoWindow(TempWorkspace& temp, int leads, const QString& actor)
{
    DemoOptions options;
    options.leads = leads;
    options.now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    fillWithDemoData(temp.workspace(), options);
    temp.close();
    auto window = std::make_unique<MainWindow>();
    window->setActor(actor);
    EXPECT_TRUE(window->openWorkspace(temp.path()));
    return window;
}

void acceptNextMessageBox(QString* text)
{
    QTimer::singleShot(50, [text] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* box = qobject_cast<QMessageBox*>(widget); box && box->isVisible()) {
                *text = box->text() + QLatin1Char(' ') + box->informativeText();
                box->accept();
                return;
            }
        }
    });
}

} // namespace lb::test
