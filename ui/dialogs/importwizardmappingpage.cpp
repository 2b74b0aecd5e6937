#include "dialogs/importwizardmappingpage.h"

#include "dialogs/importwizardmappingmemory.h"
#include "model/labels.h"
#include "model/lead.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHash>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QWizard>

namespace lb {

namespace {

const QString ignoreField = QStringLiteral("ignore");
const QString customPrefix = QStringLiteral("custom.");

QStringList eventFields()
{
    return {QStringLiteral("email"), QStringLiteral("event"), QStringLiteral("timestamp"),
            QStringLiteral("detail")};
}

} // namespace

ImportWizardMappingPage::ImportWizardMappingPage(ImportWizardSession& session, QWidget* parent)
    : QWizardPage(parent), m_session(session)
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Columns"));
    setSubTitle(tr("Which field each column fills. The proposal comes from the column names; "
                   "change any of them. Your choice is remembered for files with the same "
                   "columns."));
    // The next step writes to the workspace: it cannot be undone from the wizard.
    setCommitPage(true);
    //: Button that starts the import on the column mapping page
    setButtonText(QWizard::CommitButton, tr("&Import"));

    auto* layout = new QVBoxLayout(this);
    m_restoredNote = new QLabel(this);
    m_restoredNote->setObjectName(QStringLiteral("mappingRestoredNote"));
    m_restoredNote->setWordWrap(true);
    m_restoredNote->hide();
    layout->addWidget(m_restoredNote);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("mappingWarning"));
    m_warning->setWordWrap(true);
    m_warning->hide();
    layout->addWidget(m_warning);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("mappingScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_rows = new QWidget(scroll);
    m_grid = new QGridLayout(m_rows);
    m_grid->setColumnStretch(1, 1);
    scroll->setWidget(m_rows);
    layout->addWidget(scroll, 1);
}

QString ImportWizardMappingPage::fieldLabel(const QString& field)
{
    if (field.isEmpty() || field == ignoreField)
        //: Mapping choice: the column is not imported
        return tr("Ignore (do not import)");
    if (field.startsWith(customPrefix))
        //: Mapping choice: the column becomes a custom field of this name
        return tr("Custom field “%1”").arg(field.mid(customPrefix.size()));
    // Lead fields have one label everywhere (model/labels.h); the event file's own columns
    // are labelled here.
    if (leadFieldOf(field) != LeadField::Unknown)
        return leadFieldLabel(field);
    static const QHash<QString, const char*> labels = {
        //: Event import: the kind of event (email_open, page_visit, ...)
        {QStringLiteral("event"), QT_TR_NOOP("Event type")},
        //: Event import: when the event happened
        {QStringLiteral("timestamp"), QT_TR_NOOP("Time")},
        //: Event import: detail of the event (a URL, a subject)
        {QStringLiteral("detail"), QT_TR_NOOP("Detail")},
    };
    const auto it = labels.constFind(field);
    return it == labels.constEnd() ? field : tr(*it);
}

void ImportWizardMappingPage::initializePage()
{
    qDeleteAll(m_rows->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    m_combos.clear();
    for (int row = 0; row < m_grid->rowCount(); ++row)
        m_grid->setRowStretch(row, 0);

    const io::ImportPreview& preview = m_session.preview;
    // What the user chose before, on this page (Back and Next) or in an earlier import of a
    // file with the same columns.
    QMap<QString, QString> remembered = m_session.overrides;
    m_restored = false;
    if (remembered.isEmpty()) {
        remembered = importmappingmemory::restore(preview.header, m_session.kind);
        m_restored = !remembered.isEmpty();
    }
    // The source is recognised case-insensitively, so its headers are looked up that way too.
    QHash<QString, QString> chosen;
    for (auto it = remembered.cbegin(); it != remembered.cend(); ++it)
        chosen.insert(it.key().trimmed().toLower(), it.value());

    auto* headerLabel = new QLabel(tr("<b>Column</b>"), m_rows);
    auto* sampleLabel = new QLabel(tr("<b>First value</b>"), m_rows);
    auto* fieldHeader = new QLabel(tr("<b>Imported as</b>"), m_rows);
    m_grid->addWidget(headerLabel, 0, 0);
    m_grid->addWidget(sampleLabel, 0, 1);
    m_grid->addWidget(fieldHeader, 0, 2);

    for (int column = 0; column < preview.header.size(); ++column) {
        const QString header = preview.header.at(column);
        QString field = preview.mapping.fields.value(column);
        const auto saved = chosen.constFind(header.trimmed().toLower());
        if (saved != chosen.constEnd() && io::isMappableField(*saved, m_session.kind))
            field = *saved == ignoreField ? QString() : *saved;

        // The label is the combo's buddy, so an '&' in a header would turn into a mnemonic.
        auto* name = new QLabel(
            header.isEmpty() ? tr("(no name)")
                             : QString(header).replace(QLatin1Char('&'), QStringLiteral("&&")),
            m_rows);
        name->setTextFormat(Qt::PlainText);
        name->setObjectName(QStringLiteral("mappingHeader%1").arg(column));
        QString sample;
        for (const QStringList& row : preview.rows) {
            sample = row.value(column).trimmed();
            if (!sample.isEmpty())
                break;
        }
        auto* sampleText = new QLabel(sample, m_rows);
        sampleText->setTextFormat(Qt::PlainText);
        sampleText->setForegroundRole(QPalette::PlaceholderText);
        sampleText->setMaximumWidth(260);
        QComboBox* combo = makeCombo(column, header, field);
        name->setBuddy(combo);
        m_grid->addWidget(name, column + 1, 0);
        m_grid->addWidget(sampleText, column + 1, 1);
        m_grid->addWidget(combo, column + 1, 2);
        m_combos << combo;
    }
    m_grid->setRowStretch(int(preview.header.size()) + 1, 1);
    for (int i = 1; i < m_combos.size(); ++i)
        setTabOrder(m_combos.at(i - 1), m_combos.at(i));

    m_restoredNote->setText(
        tr("The mapping you chose last time for files with these columns was restored."));
    m_restoredNote->setVisible(m_restored);
    updateWarnings();
}

QComboBox* ImportWizardMappingPage::makeCombo(int column, const QString& header,
                                              const QString& autoField)
{
    auto* combo = new QComboBox(m_rows);
    combo->setObjectName(QStringLiteral("mappingCombo%1").arg(column));
    //: Accessible name of the field chooser of one CSV column
    combo->setAccessibleName(tr("Field for column %1").arg(header));
    combo->setProperty("header", header);
    const QStringList fields =
        m_session.kind == io::ImportKind::Leads ? leadFieldNames() : eventFields();
    for (const QString& field : fields)
        combo->addItem(fieldLabel(field), field);
    if (m_session.kind == io::ImportKind::Leads) {
        // A column the alias table does not know keeps its own name as a custom field.
        const QString custom =
            autoField.startsWith(customPrefix) ? autoField : customPrefix + header.trimmed();
        if (io::isMappableField(custom, m_session.kind))
            combo->addItem(fieldLabel(custom), custom);
    }
    combo->addItem(fieldLabel(ignoreField), ignoreField);
    const int index = combo->findData(autoField.isEmpty() ? ignoreField : autoField);
    combo->setCurrentIndex(index >= 0 ? index : combo->findData(ignoreField));
    connect(combo, &QComboBox::currentIndexChanged, this, &ImportWizardMappingPage::updateWarnings);
    return combo;
}

QMap<QString, QString> ImportWizardMappingPage::overrides() const
{
    QMap<QString, QString> result;
    for (const QComboBox* combo : m_combos)
        result.insert(combo->property("header").toString(), combo->currentData().toString());
    return result;
}

void ImportWizardMappingPage::updateWarnings()
{
    // Core imports a field from the first column that names it and ignores the others; say so
    // before the import rather than surprise the user afterwards.
    QStringList seen;
    QStringList twice;
    for (const QComboBox* combo : m_combos) {
        const QString field = combo->currentData().toString();
        if (field == ignoreField)
            continue;
        if (seen.contains(field) && !twice.contains(field))
            twice << field;
        seen << field;
    }
    QStringList labels;
    for (const QString& field : twice)
        labels << fieldLabel(field);
    //: %1 a list of field names
    const QString warning = tr("Chosen for more than one column: %1. Only the first of those "
                               "columns is imported.")
                                .arg(labels.join(QStringLiteral(", ")));
    m_warning->setText(labels.isEmpty() ? QString() : warning);
    m_warning->setVisible(!labels.isEmpty());
}

void ImportWizardMappingPage::cleanupPage()
{
    m_session.overrides = overrides();
}

bool ImportWizardMappingPage::validatePage()
{
    m_session.overrides = overrides();
    importmappingmemory::save(m_session.preview.header, m_session.kind, m_session.overrides);
    return true;
}

} // namespace lb
