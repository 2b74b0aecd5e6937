#include "dialogs/importwizardfilepage.h"

#include <QButtonGroup>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace lb {

ImportWizardFilePage::ImportWizardFilePage(ImportWizardSession& session, QWidget* parent)
    : QWizardPage(parent), m_session(session)
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose a file"));
    setSubTitle(tr("A CSV file exported from a CRM, a marketing tool or a spreadsheet. Nothing "
                   "is written until you start the import."));

    auto* layout = new QVBoxLayout(this);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("filePathEdit"));
    m_path->setAccessibleName(tr("CSV file to import"));
    m_path->setPlaceholderText(tr("Path of a .csv file"));
    m_path->setClearButtonEnabled(true);
    fileLabel->setBuddy(m_path);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setAccessibleName(tr("Browse for a CSV file"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    layout->addLayout(fileRow);

    auto* kindBox = new QGroupBox(tr("The file holds"), this);
    kindBox->setAccessibleName(tr("What the file holds"));
    auto* kindLayout = new QVBoxLayout(kindBox);
    m_leads =
        new QRadioButton(tr("&Leads (people and companies; existing ones are updated)"), kindBox);
    m_leads->setObjectName(QStringLiteral("leadsRadio"));
    m_leads->setAccessibleName(tr("Import leads"));
    //: Events are behaviour events such as e-mail opens, page visits and form fills.
    m_events = new QRadioButton(
        tr("&Events (activity of existing leads: e-mail opens, visits, form fills)"), kindBox);
    m_events->setObjectName(QStringLiteral("eventsRadio"));
    m_events->setAccessibleName(tr("Import events"));
    m_leads->setChecked(true);
    auto* group = new QButtonGroup(this);
    group->addButton(m_leads);
    group->addButton(m_events);
    kindLayout->addWidget(m_leads);
    kindLayout->addWidget(m_events);
    layout->addWidget(kindBox);
    layout->addStretch(1);

    connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_browse, &QPushButton::clicked, this, &ImportWizardFilePage::browse);
}

void ImportWizardFilePage::setFile(const QString& path, io::ImportKind kind)
{
    m_path->setText(path);
    (kind == io::ImportKind::Leads ? m_leads : m_events)->setChecked(true);
}

bool ImportWizardFilePage::isComplete() const
{
    return QFileInfo(m_path->text().trimmed()).isFile();
}

bool ImportWizardFilePage::validatePage()
{
    const QString path = QFileInfo(m_path->text().trimmed()).absoluteFilePath();
    const io::ImportKind kind =
        m_leads->isChecked() ? io::ImportKind::Leads : io::ImportKind::Events;
    // Another file (or kind) starts over with detection: the old delimiter choice and mapping
    // belonged to the old file.
    if (path != m_session.filePath || kind != m_session.kind) {
        m_session.delimiter.reset();
        m_session.overrides.clear();
    }
    m_session.filePath = path;
    m_session.kind = kind;
    return true;
}

void ImportWizardFilePage::browse()
{
    const QString start =
        m_path->text().isEmpty() ? QString() : QFileInfo(m_path->text()).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import from CSV"), start,
                                     //: File dialog filter; keep the patterns in parentheses
                                     tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

} // namespace lb
