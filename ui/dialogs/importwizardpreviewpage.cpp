#include "dialogs/importwizardpreviewpage.h"

#include "main/jobrunner.h"
#include "util/localeformat.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lb {

ImportWizardPreviewPage::ImportWizardPreviewPage(ImportWizardSession& session, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_reader(new JobRunner(this))
{
    setObjectName(QStringLiteral("importPreviewPage"));
    setTitle(tr("Preview"));
    setSubTitle(tr("The first rows as they will be read. If the columns look wrong, choose "
                   "another delimiter."));

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_encoding = new QLabel(this);
    m_encoding->setObjectName(QStringLiteral("encodingLabel"));
    m_encoding->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    //: The character encoding of the CSV file (UTF-8, Windows-1252, ...)
    form->addRow(tr("Detected encoding:"), m_encoding);
    m_delimiter = new QLabel(this);
    m_delimiter->setObjectName(QStringLiteral("delimiterLabel"));
    //: The character separating the columns of the CSV file
    form->addRow(tr("Detected delimiter:"), m_delimiter);
    m_delimiterCombo = new QComboBox(this);
    m_delimiterCombo->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiterCombo->setAccessibleName(tr("Delimiter"));
    m_delimiterCombo->addItem(tr("As detected"), QString());
    for (const QChar c : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')})
        m_delimiterCombo->addItem(delimiterLabel(c), QString(c));
    auto* comboLabel = new QLabel(tr("&Use delimiter:"), this);
    comboLabel->setBuddy(m_delimiterCombo);
    form->addRow(comboLabel, m_delimiterCombo);
    layout->addLayout(form);

    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("previewInfo"));
    m_info->setTextFormat(Qt::PlainText);
    layout->addWidget(m_info);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("previewError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText); // file names and messages are not markup
    m_error->hide();
    layout->addWidget(m_error);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setAccessibleName(tr("First rows of the file"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    layout->addWidget(m_table, 1);

    connect(m_delimiterCombo, &QComboBox::currentIndexChanged, this,
            &ImportWizardPreviewPage::delimiterChosen);
    connect(m_reader, &JobRunner::finished, this, &ImportWizardPreviewPage::readFinished);
}

QString ImportWizardPreviewPage::delimiterLabel(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case ',':
        return tr("Comma (,)");
    case ';':
        return tr("Semicolon (;)");
    case '\t':
        return tr("Tab");
    case '|':
        //: The | character
        return tr("Vertical bar (|)");
    default:
        return QStringLiteral("\"%1\"").arg(delimiter);
    }
}

void ImportWizardPreviewPage::initializePage()
{
    {
        const QSignalBlocker blocker(m_delimiterCombo);
        m_delimiterCombo->setCurrentIndex(
            m_session.delimiter ? m_delimiterCombo->findData(QString(*m_session.delimiter)) : 0);
    }
    m_session.detectedDelimiter = QChar();
    refresh();
}

bool ImportWizardPreviewPage::isComplete() const
{
    return m_ok && !m_reader->isRunning();
}

void ImportWizardPreviewPage::delimiterChosen()
{
    const QString chosen = m_delimiterCombo->currentData().toString();
    if (chosen.isEmpty())
        m_session.delimiter.reset();
    else
        m_session.delimiter = chosen.front();
    // Other columns: a mapping made for the old ones no longer applies.
    m_session.overrides.clear();
    refresh();
}

void ImportWizardPreviewPage::refresh()
{
    m_ok = false;
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    emit completeChanged();
    // One read at a time; a choice made meanwhile is read when the current one is done.
    if (m_reader->isRunning()) {
        m_refreshPending = true;
        return;
    }
    m_refreshPending = false;
    m_error->hide();
    //: Shown while the file is checked (a large file takes a moment: its encoding is checked
    //: over the whole file)
    m_info->setText(tr("Reading %1…").arg(QFileInfo(m_session.filePath).fileName()));

    // Detecting the encoding reads the whole file: on the worker, so a big file never
    // freezes the window.
    io::ImportOptions options = m_session.options();
    options.overrides.clear(); // the mapping page applies them; here: what the file says
    const io::ImportKind kind = m_session.kind;
    const bool detect = m_session.detectedDelimiter.isNull();
    m_result = std::make_shared<PreviewResult>();
    const std::shared_ptr<PreviewResult> result = m_result;
    m_reader->start([options, kind, detect, result](JobControl&) mutable {
        result->preview = io::previewImport(options, kind, previewRows);
        // What detection found, even when the user overrides it (needs one read without it).
        if (detect && options.delimiter) {
            options.delimiter.reset();
            result->detected = io::previewImport(options, kind, 0).delimiter;
        } else if (detect) {
            result->detected = result->preview.delimiter;
        }
    });
}

void ImportWizardPreviewPage::readFinished()
{
    if (m_refreshPending) {
        refresh();
        return;
    }
    const QString error = m_reader->errorMessage();
    m_session.preview = error.isEmpty() ? m_result->preview : io::ImportPreview{};
    if (!m_result->detected.isNull())
        m_session.detectedDelimiter = m_result->detected;
    m_result.reset();
    m_ok = error.isEmpty() && !m_session.preview.header.isEmpty();
    //: %1 the file name
    const QString noHeader = tr("%1 has no header row.").arg(m_session.filePath);
    m_error->setText(!error.isEmpty() ? error : m_ok ? QString() : noHeader);
    m_error->setVisible(!m_ok);
    showPreview();
}

bool ImportWizardPreviewPage::isReading() const
{
    return m_reader->isRunning();
}

void ImportWizardPreviewPage::showPreview()
{
    const io::ImportPreview& preview = m_session.preview;
    m_encoding->setText(m_ok ? io::encodingName(preview.encoding) : QString());
    m_delimiter->setText(m_session.detectedDelimiter.isNull()
                             ? QString()
                             : delimiterLabel(m_session.detectedDelimiter));
    if (m_session.detectedDelimiter.isNull())
        m_delimiterCombo->setItemText(0, tr("As detected"));
    else
        m_delimiterCombo->setItemText(
            //: %1 the separator found in the file, e.g. "Semicolon"
            0, tr("As detected: %1").arg(delimiterLabel(m_session.detectedDelimiter)));
    m_info->setText(
        //: %1 the file name, %2 the number of columns, %3 the file size ("371 bytes")
        m_ok ? tr("%1 — %2 columns, %3. The first %n row(s):", "", int(preview.rows.size()))
                   .arg(QFileInfo(m_session.filePath).fileName())
                   .arg(preview.header.size())
                   .arg(fmt::dataSize(preview.fileSize))
             : QString());

    m_table->setColumnCount(int(preview.header.size()));
    m_table->setHorizontalHeaderLabels(preview.header);
    m_table->setRowCount(int(preview.rows.size()));
    QStringList lineLabels;
    for (qsizetype r = 0; r < preview.rows.size(); ++r) {
        lineLabels << QString::number(preview.lines.value(r));
        const QStringList& cells = preview.rows.at(r);
        for (qsizetype c = 0; c < cells.size() && c < preview.header.size(); ++c)
            m_table->setItem(int(r), int(c), new QTableWidgetItem(cells.at(c)));
    }
    // Row headers are the file's line numbers, as the rejected rows and the CLI name them.
    m_table->setVerticalHeaderLabels(lineLabels);
    m_table->resizeColumnsToContents();
    emit completeChanged();
}

} // namespace lb
