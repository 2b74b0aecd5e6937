#pragma once

#include "dialogs/importwizardsession.h"

#include <QList>
#include <QWizardPage>

class QComboBox;
class QGridLayout;
class QLabel;
class QWidget;

namespace lb {

// The import wizard's column mapping: one row per column of the file with the field it fills,
// proposed by core's alias table (io::mapColumns), editable, and remembered per source (the
// set of headers) for the next import of the same kind of file. Leaving it starts the import.
class ImportWizardMappingPage final : public QWizardPage
{
    Q_OBJECT

public:
    ImportWizardMappingPage(ImportWizardSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    // Back keeps the edits: the page shows them again when the user returns.
    void cleanupPage() override;

    // header -> field, "custom.<name>" or "ignore", as the combos say now.
    QMap<QString, QString> overrides() const;
    // The combo of column `column` (object name "mappingCombo<column>").
    QComboBox* comboFor(int column) const { return m_combos.value(column); }
    // Whether the mapping shown came from an earlier import of the same source.
    bool isRestored() const { return m_restored; }

    // A field's name for people ("E-mail", "Custom field “Region”", "Ignore").
    static QString fieldLabel(const QString& field);

private:
    QComboBox* makeCombo(int column, const QString& header, const QString& autoField);
    void updateWarnings();

    ImportWizardSession& m_session;
    QLabel* m_restoredNote = nullptr;
    QLabel* m_warning = nullptr;
    QWidget* m_rows = nullptr;
    QGridLayout* m_grid = nullptr;
    QList<QComboBox*> m_combos;
    bool m_restored = false;
};

} // namespace lb
