// The import wizard driven offscreen through every page with real CSV files in a temporary
// folder and a real workspace: detection shown, mapping edited and remembered, import on the
// worker thread, summary counts, rejected rows shown and saved, cancel rolling back.
#include "dialogs/importwizard.h"
#include "dialogs/importwizardmappingmemory.h"
#include "dialogs/importwizardmappingpage.h"
#include "dialogs/importwizardpreviewpage.h"
#include "io/leadimporter.h"
#include "store/workspace.h"
#include "support/tempworkspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::TempWorkspace;

namespace {

qint64 leadCount(const QString& workspacePath)
{
    const auto workspace = openWorkspace(workspacePath);
    return workspace->leads().count(LeadFilter{});
}

std::optional<Lead> findLead(const QString& workspacePath, const QString& email)
{
    const auto workspace = openWorkspace(workspacePath);
    return workspace->leads().findByEmail(email);
}

// With LEADBENCH_SCREENSHOT_DIR set, saves what the wizard shows (for the README).
void screenshot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("LEADBENCH_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

template <typename T> T* child(QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QLatin1String(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

// Next, or Import/Commit on a commit page: whichever the wizard shows.
void advance(QWizard& wizard)
{
    QAbstractButton* commit = wizard.button(QWizard::CommitButton);
    QAbstractButton* next = wizard.button(QWizard::NextButton);
    QAbstractButton* button = commit->isVisible() ? commit : next;
    ASSERT_TRUE(button->isEnabled()) << wizard.currentPage()->objectName().toStdString();
    QTest::mouseClick(button, Qt::LeftButton);
}

// The preview reads the file on a worker thread: waits until it shows it.
void waitForPreview(ImportWizard& wizard)
{
    auto* page = qobject_cast<ImportWizardPreviewPage*>(wizard.page(ImportWizard::PreviewPageId));
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !page->isReading(); }, 60000));
}

// Return where the keyboard focus is: the wizard's default button unless a control uses it.
void pressReturn(QWidget& window)
{
    QWidget* focus = QApplication::focusWidget();
    QTest::keyClick(focus ? focus : &window, Qt::Key_Return);
}

// Selects the entry whose data is `field` in the mapping combo of `column`.
void mapColumn(ImportWizard& wizard, int column, const QString& field)
{
    auto* combo = wizard.findChild<QComboBox*>(QStringLiteral("mappingCombo%1").arg(column));
    ASSERT_NE(combo, nullptr);
    const int index = combo->findData(field);
    ASSERT_GE(index, 0) << field.toStdString();
    combo->setCurrentIndex(index);
}

class ImportWizardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        importmappingmemory::clearAll();
        m_temp.workspace(); // creates the file
        m_temp.close();
    }
    void TearDown() override { importmappingmemory::clearAll(); }

    QString writeCsv(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_temp.file(name);
        test::writeFile(path, bytes);
        return path;
    }

    // Opens a wizard on `csv` and goes to the preview page.
    void openOnFile(ImportWizard& wizard, const QString& csv, bool events = false)
    {
        wizard.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
        ASSERT_EQ(wizard.currentId(), ImportWizard::FilePageId);
        auto* path = child<QLineEdit>(wizard, "filePathEdit");
        EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled()); // no file yet
        path->setText(csv);
        if (events)
            child<QRadioButton>(wizard, "eventsRadio")->setChecked(true);
        screenshot(wizard, QStringLiteral("import-wizard-file"));
        advance(wizard);
        ASSERT_EQ(wizard.currentId(), ImportWizard::PreviewPageId);
        waitForPreview(wizard);
    }

    // Runs the import from the mapping page and waits for the summary.
    void runToSummary(ImportWizard& wizard, int timeoutMs = 60000)
    {
        ASSERT_EQ(wizard.currentId(), ImportWizard::MappingPageId);
        advance(wizard);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return wizard.currentId() == ImportWizard::SummaryPageId; }, timeoutMs));
        EXPECT_FALSE(wizard.isImporting());
    }

    TempWorkspace m_temp;
};

} // namespace

TEST_F(ImportWizardTest, ImportsAFinnishExcelFileThroughEveryPage)
{
    const QString csv =
        writeCsv(QStringLiteral("leads_fi.csv"),
                 "S\xC3\xA4hk\xC3\xB6posti;Etunimi;Sukunimi;Yritys;Maa;Alue\r\n"
                 "anna@example.fi;Anna;M\xC3\xA4kel\xC3\xA4;\xC3\x96ljy Oy;Suomi;Pohjois\r\n"
                 "bjorn@example.se;Bj\xC3\xB6rn;Str\xC3\xB6m;K\xC3\xB6tt AB;Ruotsi;Norr\r\n"
                 "\r\n"
                 "cecilia@example.fi;Cecilia;Ahonen;\"Puu; Paperi Oy\";Suomi;Etel\xC3\xA4\r\n");
    ImportWizard wizard(m_temp.path(), QStringLiteral("sara"));
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    openOnFile(wizard, csv);

    // Preview: what core detected, and the rows as they will be read.
    EXPECT_EQ(child<QLabel>(wizard, "encodingLabel")->text(), QStringLiteral("UTF-8"));
    EXPECT_TRUE(child<QLabel>(wizard, "delimiterLabel")->text().contains(QLatin1Char(';')));
    auto* preview = child<QTableWidget>(wizard, "previewTable");
    ASSERT_EQ(preview->columnCount(), 6);
    ASSERT_EQ(preview->rowCount(), 3); // the blank line is skipped
    EXPECT_EQ(preview->horizontalHeaderItem(0)->text(), QStringLiteral("Sähköposti"));
    EXPECT_EQ(preview->item(0, 2)->text(), QStringLiteral("Mäkelä"));
    EXPECT_EQ(preview->item(2, 3)->text(), QStringLiteral("Puu; Paperi Oy"));
    EXPECT_EQ(preview->verticalHeaderItem(2)->text(), QStringLiteral("5")); // its file line

    // A wrong delimiter shows a single column; back to detection restores the columns.
    auto* delimiter = child<QComboBox>(wizard, "delimiterCombo");
    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(",")));
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled()); // until it is read again
    waitForPreview(wizard);
    EXPECT_EQ(preview->columnCount(), 1);
    EXPECT_TRUE(child<QLabel>(wizard, "delimiterLabel")->text().contains(QLatin1Char(';')));
    delimiter->setCurrentIndex(0);
    waitForPreview(wizard);
    EXPECT_EQ(preview->columnCount(), 6);
    screenshot(wizard, QStringLiteral("import-wizard-preview"));
    advance(wizard);

    // Mapping: the aliases proposed; one column changed by the user.
    ASSERT_EQ(wizard.currentId(), ImportWizard::MappingPageId);
    auto* page = qobject_cast<ImportWizardMappingPage*>(wizard.currentPage());
    ASSERT_NE(page, nullptr);
    EXPECT_FALSE(page->isRestored());
    EXPECT_EQ(page->comboFor(0)->currentData().toString(), QStringLiteral("email"));
    EXPECT_EQ(page->comboFor(2)->currentData().toString(), QStringLiteral("last_name"));
    EXPECT_EQ(page->comboFor(3)->currentData().toString(), QStringLiteral("company"));
    EXPECT_EQ(page->comboFor(5)->currentData().toString(), QStringLiteral("custom.Alue"));
    mapColumn(wizard, 5, QStringLiteral("city"));
    EXPECT_FALSE(child<QLabel>(wizard, "mappingWarning")->isVisible());
    mapColumn(wizard, 4, QStringLiteral("city")); // two columns on one field: warned
    EXPECT_TRUE(child<QLabel>(wizard, "mappingWarning")->isVisible());
    mapColumn(wizard, 4, QStringLiteral("country"));
    EXPECT_FALSE(child<QLabel>(wizard, "mappingWarning")->isVisible());
    screenshot(wizard, QStringLiteral("import-wizard-mapping"));

    runToSummary(wizard);
    EXPECT_EQ(wizard.session().outcome, ImportWizardSession::Outcome::Committed);
    EXPECT_EQ(child<QLabel>(wizard, "importedCount")->text(), QLocale().toString(3));
    EXPECT_EQ(child<QLabel>(wizard, "updatedCount")->text(), QLocale().toString(0));
    EXPECT_EQ(child<QLabel>(wizard, "rejectedCount")->text(), QLocale().toString(0));
    EXPECT_FALSE(child<QTableWidget>(wizard, "rejectedTable")->isVisible());
    EXPECT_FALSE(wizard.button(QWizard::BackButton)->isEnabled() &&
                 wizard.button(QWizard::BackButton)->isVisible());
    EXPECT_EQ(finished.count(), 1);

    EXPECT_EQ(leadCount(m_temp.path()), 3);
    const std::optional<Lead> anna = findLead(m_temp.path(), QStringLiteral("anna@example.fi"));
    ASSERT_TRUE(anna);
    EXPECT_EQ(anna->lastName, QStringLiteral("Mäkelä"));
    EXPECT_EQ(anna->company, QStringLiteral("Öljy Oy"));
    EXPECT_EQ(anna->country, QStringLiteral("FI"));
    EXPECT_EQ(anna->city, QStringLiteral("Pohjois")); // the changed mapping
    EXPECT_TRUE(anna->custom.isEmpty());
    EXPECT_EQ(anna->updatedBy, QStringLiteral("sara"));
    EXPECT_EQ(findLead(m_temp.path(), QStringLiteral("cecilia@example.fi"))->company,
              QStringLiteral("Puu; Paperi Oy"));

    // The same file again changes nothing: counted as unchanged, no reload asked for.
    ImportWizard again(m_temp.path(), QStringLiteral("sara"));
    QSignalSpy finishedAgain(&again, &ImportWizard::importFinished);
    openOnFile(again, csv);
    advance(again);
    EXPECT_EQ(again.findChild<QComboBox*>(QStringLiteral("mappingCombo5"))->currentData(),
              QStringLiteral("city")); // remembered
    runToSummary(again);
    EXPECT_EQ(child<QLabel>(again, "unchangedCount")->text(), QLocale().toString(3));
    EXPECT_EQ(finishedAgain.count(), 0);
    EXPECT_EQ(leadCount(m_temp.path()), 3);
}

TEST_F(ImportWizardTest, RejectedRowsAreShownAndSaved)
{
    const QString csv =
        writeCsv(QStringLiteral("bad.csv"), "Email,Last Name,Company,Employees\n"
                                            "ok1@example.com,One,Good Oy,10\n"
                                            "not-an-email,Two,Bad Oy,20\n"
                                            "ok2@example.com,Three,Good Oy,many\n"
                                            "ok3@example.com,Four,Fine AB,30,extra\n"
                                            "ok4@example.com,Five,Fine AB,40\n");
    ImportWizard wizard(m_temp.path(), QStringLiteral("sara"));
    openOnFile(wizard, csv);
    EXPECT_TRUE(child<QLabel>(wizard, "delimiterLabel")->text().contains(QLatin1Char(',')));
    advance(wizard);
    runToSummary(wizard);

    EXPECT_EQ(child<QLabel>(wizard, "importedCount")->text(), QLocale().toString(2));
    EXPECT_EQ(child<QLabel>(wizard, "rejectedCount")->text(), QLocale().toString(3));
    auto* table = child<QTableWidget>(wizard, "rejectedTable");
    ASSERT_TRUE(table->isVisible());
    ASSERT_EQ(table->rowCount(), 3);
    ASSERT_GE(table->columnCount(), 2 + 4); // line, reason, the file's columns
    EXPECT_EQ(table->horizontalHeaderItem(2)->text(), QStringLiteral("Email"));
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("3"));
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("not-an-email"));
    EXPECT_TRUE(table->item(0, 1)->text().contains(QStringLiteral("not-an-email")))
        << table->item(0, 1)->text().toStdString();
    EXPECT_EQ(table->item(1, 0)->text(), QStringLiteral("4"));
    EXPECT_EQ(table->item(1, 5)->text(), QStringLiteral("many"));
    EXPECT_EQ(table->item(2, 0)->text(), QStringLiteral("5"));
    EXPECT_TRUE(table->item(2, 1)->text().contains(QStringLiteral("5 cells")))
        << table->item(2, 1)->text().toStdString();
    ASSERT_EQ(table->columnCount(), 2 + 5); // the extra cell got a column of its own
    EXPECT_EQ(table->item(2, 6)->text(), QStringLiteral("extra"));
    EXPECT_EQ(leadCount(m_temp.path()), 2);
    screenshot(wizard, QStringLiteral("import-wizard-summary"));

    // "Save rejected rows…" through its file dialog.
    const QString target = m_temp.file(QStringLiteral("fixed/bad.rejected.csv"));
    QDir().mkpath(QFileInfo(target).absolutePath());
    bool answered = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != QLatin1String("saveRejectedDialog"))
            return;
        poll.stop();
        // Typed into the dialog's name field, as a user would.
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        ASSERT_NE(name, nullptr);
        name->setText(target);
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept is protected
        answered = true;
    });
    poll.start();
    auto* save = child<QPushButton>(wizard, "saveRejectedButton");
    ASSERT_TRUE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    poll.stop();
    ASSERT_TRUE(answered);
    const QByteArray saved = test::readFile(target);
    ASSERT_TRUE(saved.startsWith("\xEF\xBB\xBF"))
        << saved.left(40).toStdString() << " / "
        << child<QLabel>(wizard, "savedRejectedNote")->text().toStdString();
    const QList<QByteArray> lines = saved.mid(3).trimmed().split('\n');
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines[0].trimmed(), QByteArray("Email,Last Name,Company,Employees,line,reason"));
    EXPECT_TRUE(lines[1].startsWith("not-an-email,Two,Bad Oy,20,3,"));
    EXPECT_TRUE(lines[3].startsWith("ok3@example.com,Four,Fine AB,30,extra,5,"));
    EXPECT_TRUE(child<QLabel>(wizard, "savedRejectedNote")
                    ->text()
                    .contains(QStringLiteral("bad.rejected.csv")));

    // The saved file is importable as it is: its line and reason columns are ignored.
    ImportWizard reimport(m_temp.path(), QStringLiteral("sara"));
    openOnFile(reimport, target);
    advance(reimport);
    auto* page = qobject_cast<ImportWizardMappingPage*>(reimport.currentPage());
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->comboFor(4)->currentData().toString(), QStringLiteral("ignore"));
    EXPECT_EQ(page->comboFor(5)->currentData().toString(), QStringLiteral("ignore"));
}

TEST_F(ImportWizardTest, FileWithoutIdentityFailsAndChangesNothing)
{
    const QString csv = writeCsv(QStringLiteral("noid.csv"), "Title,City\nCTO,Oulu\nCEO,Turku\n");
    ImportWizard wizard(m_temp.path(), QStringLiteral("sara"));
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    openOnFile(wizard, csv);
    advance(wizard);
    runToSummary(wizard);
    EXPECT_EQ(wizard.session().outcome, ImportWizardSession::Outcome::Failed);
    const QString status = child<QLabel>(wizard, "summaryStatus")->text();
    EXPECT_TRUE(status.contains(QStringLiteral("Nothing was changed"))) << status.toStdString();
    EXPECT_TRUE(status.contains(QStringLiteral("e-mail"))) << status.toStdString();
    EXPECT_TRUE(child<QPushButton>(wizard, "startOverButton")->isVisible());
    EXPECT_EQ(finished.count(), 0);
    EXPECT_EQ(leadCount(m_temp.path()), 0);

    // Start over goes back to the first page with the file still chosen.
    QTest::mouseClick(child<QPushButton>(wizard, "startOverButton"), Qt::LeftButton);
    EXPECT_EQ(wizard.currentId(), ImportWizard::FilePageId);
    EXPECT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());
}

TEST_F(ImportWizardTest, CancelDuringALargeImportChangesNothing)
{
    // Some leads already there, so "unchanged" is a count, not an empty workspace.
    {
        const QString seed =
            writeCsv(QStringLiteral("seed.csv"), "email,last_name,company\na@example.com,A,A Oy\n"
                                                 "b@example.com,B,B Oy\n");
        const auto workspace = openWorkspace(m_temp.path());
        io::ImportOptions options;
        options.path = seed;
        options.actor = QStringLiteral("seed");
        io::importLeads(*workspace, options);
    }
    ASSERT_EQ(leadCount(m_temp.path()), 2);

    QByteArray bytes = "email,last_name,company,notes\n";
    bytes.reserve(100000 * 100);
    for (int i = 0; i < 100000; ++i)
        bytes += "big" + QByteArray::number(i) + "@example.com,Big,Big " + QByteArray::number(i) +
                 " Oy,padding padding padding padding padding padding\n";
    const QString csv = writeCsv(QStringLiteral("big.csv"), bytes);

    // The main window keeps its own connection on the UI thread meanwhile.
    const std::unique_ptr<Workspace> windowWorkspace = openWorkspace(m_temp.path());
    ImportWizard wizard(m_temp.path(), QStringLiteral("sara"));
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    openOnFile(wizard, csv);
    advance(wizard);
    ASSERT_EQ(wizard.currentId(), ImportWizard::MappingPageId);
    advance(wizard);
    ASSERT_EQ(wizard.currentId(), ImportWizard::RunPageId);
    auto* progress = child<QProgressBar>(wizard, "importProgress");
    // The UI thread stays responsive: progress arrives while the worker imports.
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return progress->value() > 0 || !wizard.isImporting(); }, 60000));
    ASSERT_TRUE(wizard.isImporting()) << "the import ended before it could be cancelled";
    // The window can still read while the import's transaction is open: it sees the old data.
    EXPECT_EQ(windowWorkspace->leads().count(LeadFilter{}), 2);
    screenshot(wizard, QStringLiteral("import-wizard-progress"));
    QTest::mouseClick(child<QPushButton>(wizard, "cancelImportButton"), Qt::LeftButton);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return wizard.currentId() == ImportWizard::SummaryPageId; }, 60000));
    EXPECT_EQ(wizard.session().outcome, ImportWizardSession::Outcome::Cancelled);
    EXPECT_TRUE(
        child<QLabel>(wizard, "summaryStatus")->text().contains(QStringLiteral("cancelled")));
    EXPECT_FALSE(child<QTableWidget>(wizard, "rejectedTable")->isVisible());
    EXPECT_EQ(finished.count(), 0);
    EXPECT_EQ(leadCount(m_temp.path()), 2);
    EXPECT_EQ(windowWorkspace->leads().count(LeadFilter{}), 2);
    EXPECT_TRUE(windowWorkspace->integrityProblems().isEmpty());
    EXPECT_FALSE(findLead(m_temp.path(), QStringLiteral("big1@example.com")));
}

TEST_F(ImportWizardTest, EscapeDuringTheImportCancelsInsteadOfClosing)
{
    QByteArray bytes = "email,last_name,company\n";
    for (int i = 0; i < 100000; ++i)
        bytes += "esc" + QByteArray::number(i) + "@example.com,Esc,Esc " + QByteArray::number(i) +
                 " Oy\n";
    const QString csv = writeCsv(QStringLiteral("esc.csv"), bytes);
    ImportWizard wizard(m_temp.path(), QStringLiteral("sara"));
    openOnFile(wizard, csv);
    advance(wizard);
    advance(wizard);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return child<QProgressBar>(wizard, "importProgress")->value() > 0 ||
                   !wizard.isImporting();
        },
        60000));
    ASSERT_TRUE(wizard.isImporting());
    wizard.reject(); // what Escape and the wizard's Cancel button do
    EXPECT_TRUE(wizard.isVisible());
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return wizard.currentId() == ImportWizard::SummaryPageId; }, 60000));
    EXPECT_EQ(wizard.session().outcome, ImportWizardSession::Outcome::Cancelled);
    EXPECT_EQ(leadCount(m_temp.path()), 0);
    wizard.reject(); // now it closes
    EXPECT_FALSE(wizard.isVisible());
}

TEST_F(ImportWizardTest, RemembersTheMappingForTheSameHeaders)
{
    const QString first = writeCsv(QStringLiteral("crm_a.csv"), "E-mail,Company,Last Name,Region\n"
                                                                "x@example.com,X Oy,Xu,North\n");
    {
        ImportWizard wizard(m_temp.path(), QStringLiteral("sara"));
        openOnFile(wizard, first);
        advance(wizard);
        auto* page = qobject_cast<ImportWizardMappingPage*>(wizard.currentPage());
        ASSERT_NE(page, nullptr);
        EXPECT_FALSE(page->isRestored());
        EXPECT_EQ(page->comboFor(3)->currentData().toString(), QStringLiteral("custom.Region"));
        mapColumn(wizard, 3, QStringLiteral("notes"));
        runToSummary(wizard);
        EXPECT_EQ(findLead(m_temp.path(), QStringLiteral("x@example.com"))->notes,
                  QStringLiteral("North"));
    }

    // The next export of the same source: same columns in another order and case.
    const QString second = writeCsv(QStringLiteral("crm_b.csv"), "region,Last Name,E-mail,Company\n"
                                                                 "South,Yu,y@example.com,Y Oy\n");
    {
        ImportWizard wizard(m_temp.path(), QStringLiteral("sara"));
        openOnFile(wizard, second);
        advance(wizard);
        auto* page = qobject_cast<ImportWizardMappingPage*>(wizard.currentPage());
        ASSERT_NE(page, nullptr);
        EXPECT_TRUE(page->isRestored());
        EXPECT_TRUE(child<QLabel>(wizard, "mappingRestoredNote")->isVisible());
        EXPECT_EQ(page->comboFor(0)->currentData().toString(), QStringLiteral("notes"));
        EXPECT_EQ(page->comboFor(2)->currentData().toString(), QStringLiteral("email"));
        EXPECT_EQ(page->comboFor(3)->currentData().toString(), QStringLiteral("company"));
    }

    // Different columns: nothing restored, the aliases again.
    const QString other =
        writeCsv(QStringLiteral("crm_c.csv"), "E-mail,Company,Last Name,Region,Phone\n"
                                              "z@example.com,Z Oy,Zu,East,123\n");
    ImportWizard wizard(m_temp.path(), QStringLiteral("sara"));
    openOnFile(wizard, other);
    advance(wizard);
    auto* page = qobject_cast<ImportWizardMappingPage*>(wizard.currentPage());
    ASSERT_NE(page, nullptr);
    EXPECT_FALSE(page->isRestored());
    EXPECT_EQ(page->comboFor(3)->currentData().toString(), QStringLiteral("custom.Region"));
}

TEST_F(ImportWizardTest, ImportsEventsOfExistingLeads)
{
    {
        const QString seed = writeCsv(QStringLiteral("seed.csv"),
                                      "email,last_name,company\nanna@example.fi,Aho,A Oy\n");
        const auto workspace = openWorkspace(m_temp.path());
        io::ImportOptions options;
        options.path = seed;
        options.actor = QStringLiteral("seed");
        io::importLeads(*workspace, options);
    }
    const QString csv = writeCsv(QStringLiteral("events.csv"),
                                 "Email;Tapahtuma;Aika;Kohde\n"
                                 "anna@example.fi;page_view;2026-11-01T10:00:00Z;/pricing\n"
                                 "anna@example.fi;email_open;2.11.2026 08:15;Uutiskirje\n"
                                 "nobody@example.fi;page_view;2026-11-01T10:00:00Z;/\n");
    ImportWizard wizard(m_temp.path(), QStringLiteral("sara"));
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    openOnFile(wizard, csv, true);
    EXPECT_TRUE(child<QLabel>(wizard, "delimiterLabel")->text().contains(QLatin1Char(';')));
    advance(wizard);
    auto* page = qobject_cast<ImportWizardMappingPage*>(wizard.currentPage());
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->comboFor(0)->currentData().toString(), QStringLiteral("email"));
    EXPECT_EQ(page->comboFor(1)->currentData().toString(), QStringLiteral("event"));
    EXPECT_EQ(page->comboFor(2)->currentData().toString(), QStringLiteral("timestamp"));
    // Events have no custom fields: an unknown column is ignored unless mapped.
    EXPECT_EQ(page->comboFor(3)->currentData().toString(), QStringLiteral("ignore"));
    EXPECT_EQ(page->comboFor(3)->findData(QStringLiteral("custom.Kohde")), -1);
    mapColumn(wizard, 3, QStringLiteral("detail"));
    runToSummary(wizard);

    EXPECT_EQ(child<QLabel>(wizard, "importedCount")->text(), QLocale().toString(2));
    EXPECT_EQ(child<QLabel>(wizard, "rejectedCount")->text(), QLocale().toString(1));
    auto* table = child<QTableWidget>(wizard, "rejectedTable");
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("4"));
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("nobody@example.fi"));
    EXPECT_EQ(finished.count(), 1);

    const auto workspace = openWorkspace(m_temp.path());
    const std::optional<Lead> anna =
        workspace->leads().findByEmail(QStringLiteral("anna@example.fi"));
    ASSERT_TRUE(anna);
    const QList<Event> events = workspace->events().forLead(anna->id);
    ASSERT_EQ(events.size(), 2);
    QStringList details;
    for (const Event& event : events)
        details << event.detail;
    EXPECT_TRUE(details.contains(QStringLiteral("Uutiskirje")));
    EXPECT_TRUE(details.contains(QStringLiteral("/pricing")));
}

TEST_F(ImportWizardTest, UsableWithTheKeyboard)
{
    const QString csv = writeCsv(QStringLiteral("keys.csv"),
                                 "Email,Last Name,Company\nk@example.com,Key,Board Oy\n");
    ImportWizard wizard(m_temp.path(), QStringLiteral("sara"));
    wizard.show();
    wizard.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&wizard));
    auto* path = child<QLineEdit>(wizard, "filePathEdit");
    path->setFocus();
    QTest::keyClicks(path, csv);
    QTest::keyClick(path, Qt::Key_Return); // the default button: Next
    ASSERT_EQ(wizard.currentId(), ImportWizard::PreviewPageId);
    waitForPreview(wizard);
    pressReturn(wizard);
    ASSERT_EQ(wizard.currentId(), ImportWizard::MappingPageId);
    // Tab walks the field choosers in column order.
    auto* first = wizard.findChild<QComboBox*>(QStringLiteral("mappingCombo0"));
    auto* second = wizard.findChild<QComboBox*>(QStringLiteral("mappingCombo1"));
    ASSERT_TRUE(first && second);
    first->setFocus();
    QTest::keyClick(first, Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), second);
    pressReturn(wizard); // Import
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return wizard.currentId() == ImportWizard::SummaryPageId; }, 60000));
    EXPECT_EQ(child<QLabel>(wizard, "importedCount")->text(), QLocale().toString(1));
    pressReturn(wizard); // Finish
    EXPECT_EQ(wizard.result(), QDialog::Accepted);
    EXPECT_FALSE(wizard.isVisible());
}

TEST_F(ImportWizardTest, PreviewShowsWindows1252AndRefusesAFileWithoutHeader)
{
    // Excel's "CSV" in a Finnish locale: Windows-1252, semicolons.
    const QString excel =
        writeCsv(QStringLiteral("excel.csv"), "S\xE4hk\xF6posti;Sukunimi;Yritys\r\n"
                                              "p@example.fi;P\xE4\xE4kk\xF6nen;\xD6ljy Oy\r\n");
    ImportWizard wizard(m_temp.path(), QStringLiteral("sara"));
    openOnFile(wizard, excel);
    EXPECT_EQ(child<QLabel>(wizard, "encodingLabel")->text(), QStringLiteral("Windows-1252"));
    auto* preview = child<QTableWidget>(wizard, "previewTable");
    ASSERT_EQ(preview->rowCount(), 1);
    EXPECT_EQ(preview->horizontalHeaderItem(0)->text(), QStringLiteral("Sähköposti"));
    EXPECT_EQ(preview->item(0, 1)->text(), QStringLiteral("Pääkkönen"));
    EXPECT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());

    // Back, another file: an empty one cannot be imported and says why.
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    ASSERT_EQ(wizard.currentId(), ImportWizard::FilePageId);
    child<QLineEdit>(wizard, "filePathEdit")->setText(writeCsv(QStringLiteral("empty.csv"), ""));
    advance(wizard);
    waitForPreview(wizard);
    auto* error = child<QLabel>(wizard, "previewError");
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("empty.csv"))) << error->text().toStdString();
    EXPECT_EQ(preview->rowCount(), 0);
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
}
