#pragma once

#include <QString>
#include <memory>

namespace lb {
class MainWindow;
}

namespace lb::test {

class TempWorkspace;

// Fills the temporary workspace with `leads` deterministic demo leads (as of 2026-11-22 12:00
// UTC), closes it and opens it in a main window acting as `actor` (not shown yet).
std::unique_ptr<MainWindow> openDemoWindow(TempWorkspace& temp, int leads,
                                           const QString& actor = QStringLiteral("Test SDR"));

// Accepts the next message box that opens (within a few event-loop turns), keeping its text
// and informative text in `text`.
void acceptNextMessageBox(QString* text);

} // namespace lb::test
