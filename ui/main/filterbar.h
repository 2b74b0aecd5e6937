#pragma once

#include "store/leadquery.h"

#include <QWidget>

class QCheckBox;
class QHBoxLayout;
class QComboBox;
class QLabel;
class QSpinBox;
class QToolButton;

namespace lb {

// The filters beside the search box: owner, lowest score, source and country. They combine
// with the queue and the search (AND); the table applies them as query parameters.
class FilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget* parent = nullptr);

    // The owners to offer (the workspace's users) and who "Me" is.
    void setOwners(const QStringList& owners, const QString& me);
    // The sources and countries to offer: every value the workspace's leads hold.
    // The sources and the countries (ISO codes) the leads hold, for the boxes' lists.
    void setValues(const QStringList& sources, const QStringList& countries);
    // The fields the scoring model reads, for "missing scoring data".
    void setScoringFields(const QStringList& fields) { m_scoringFields = fields; }
    // Puts the search box at the head of the bar's first row.
    void setSearchBox(QWidget* search);
    // True while any filter of the bar narrows the leads.
    bool isActive() const;
    // Writes the bar's choices into `filter`, leaving its other fields as they are.
    void applyTo(LeadFilter& filter) const;
    void clear();

    // What the bar shows, to put back when the SDR cancels leaving an edited lead.
    struct State
    {
        int owner = 0;
        int minScore = 0;
        int maxScore = 100;
        QString source;
        QString country;
        bool missingData = false;
    };
    State state() const;
    // Shows `state` without emitting changed().
    void restore(const State& state);

    QComboBox* ownerBox() const { return m_owner; }
    QSpinBox* minScoreBox() const { return m_minScore; }
    QSpinBox* maxScoreBox() const { return m_maxScore; }
    QComboBox* sourceBox() const { return m_source; }
    QComboBox* countryBox() const { return m_country; }
    QCheckBox* missingDataBox() const { return m_missingData; }

Q_SIGNALS:
    void changed();

private:
    void setTexts();
    // Fills the source and country boxes from setValues()'s lists, in the language in effect.
    void fillValues();

    QComboBox* m_owner = nullptr;
    QSpinBox* m_minScore = nullptr;
    QSpinBox* m_maxScore = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_country = nullptr;
    QCheckBox* m_missingData = nullptr;
    QHBoxLayout* m_topRow = nullptr;
    QLabel* m_ownerLabel = nullptr;
    QLabel* m_scoreLabel = nullptr;
    QToolButton* m_clearButton = nullptr;
    QString m_me;
    QStringList m_scoringFields;
    QStringList m_sources;
    QStringList m_countryCodes; // ISO codes; the box lists their names
};

} // namespace lb
