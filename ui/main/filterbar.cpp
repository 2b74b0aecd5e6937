#include "main/filterbar.h"

#include "io/countrynames.h"
#include "main/retranslate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace lb {

namespace {
enum OwnerChoice
{
    AnyOwner = -1,
    MyLeads = -2,
    Unowned = -3
};
} // namespace

FilterBar::FilterBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("filterBar"));
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_minScore = new QSpinBox(this);
    m_minScore->setObjectName(QStringLiteral("minScoreFilter"));
    m_minScore->setRange(0, 100);
    m_maxScore = new QSpinBox(this);
    m_maxScore->setObjectName(QStringLiteral("maxScoreFilter"));
    m_maxScore->setRange(0, 100);
    m_maxScore->setValue(100); // 100: no upper bound
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    m_source->setEditable(true);
    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("countryFilter"));
    m_country->setEditable(true);
    m_missingData = new QCheckBox(this);
    m_missingData->setObjectName(QStringLiteral("missingDataFilter"));
    setOwners({}, {});
    // Wide enough to read what is chosen, narrow enough for the bar to fit beside the pane.
    for (QComboBox* box : {m_owner, m_source, m_country}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(box == m_owner ? 9 : 7);
    }

    // Two rows, so the bar fits beside the lead view on a 1366-pixel screen in every language:
    // the search box (setSearchBox) with the check box and Clear above, the value filters below.
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    m_topRow = new QHBoxLayout;
    auto* layout = new QHBoxLayout;
    rows->addLayout(m_topRow);
    rows->addLayout(layout);
    auto addLabelled = [&](QWidget* field) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        layout->addWidget(label);
        layout->addWidget(field, 1);
        return label;
    };
    m_ownerLabel = addLabelled(m_owner);
    m_scoreLabel = addLabelled(m_minScore);
    layout->addWidget(new QLabel(QStringLiteral("\u2013"), this));
    layout->addWidget(m_maxScore, 1);
    layout->addWidget(m_source, 1);
    layout->addWidget(m_country, 1);
    m_topRow->addStretch(1);
    m_topRow->addWidget(m_missingData);
    m_clearButton = new QToolButton(this);
    m_clearButton->setObjectName(QStringLiteral("clearFilters"));
    connect(m_clearButton, &QToolButton::clicked, this, &FilterBar::clear);
    m_topRow->addWidget(m_clearButton);
    retranslate(this, [this] { setTexts(); });

    connect(m_owner, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
    connect(m_minScore, &QSpinBox::valueChanged, this, [this](int lowest) {
        m_maxScore->setMinimum(lowest); // the range never turns inside out
        Q_EMIT changed();
    });
    connect(m_maxScore, &QSpinBox::valueChanged, this, &FilterBar::changed);
    connect(m_source, &QComboBox::currentTextChanged, this, &FilterBar::changed);
    connect(m_country, &QComboBox::currentTextChanged, this, &FilterBar::changed);
    connect(m_missingData, &QCheckBox::toggled, this, &FilterBar::changed);
}

void FilterBar::setTexts()
{
    m_owner->setAccessibleName(tr("Owner"));
    m_ownerLabel->setText(tr("O&wner:"));
    m_owner->setItemText(m_owner->findData(AnyOwner), tr("Anyone"));
    //: Owner filter: leads the current user owns
    m_owner->setItemText(m_owner->findData(MyLeads), tr("My leads"));
    m_owner->setItemText(m_owner->findData(Unowned), tr("Nobody yet"));
    fillValues();
    //: Filter bar: the score range, lowest then highest (e.g. "Score: 40 – 70")
    m_scoreLabel->setText(tr("S&core:"));
    m_minScore->setAccessibleName(tr("Lowest score"));
    //: Shown in the lowest-score box when it is 0, i.e. no score filter
    m_minScore->setSpecialValueText(tr("any"));
    m_maxScore->setAccessibleName(tr("Highest score"));
    m_maxScore->setToolTip(tr("Highest score"));
    // Source and country say what they are by their placeholder: no label, so the bar fits
    // beside the lead view in every language.
    m_source->setAccessibleName(tr("Source"));
    m_source->setToolTip(tr("Source"));
    m_source->lineEdit()->setPlaceholderText(tr("any source"));
    m_country->setAccessibleName(tr("Country"));
    m_country->setToolTip(tr("Country"));
    m_country->lineEdit()->setPlaceholderText(tr("any country"));
    //: Filter: leads whose profile lacks a field the scoring model reads
    m_missingData->setText(tr("Missing scoring &data"));
    m_missingData->setToolTip(tr("Leads whose profile lacks a field the scoring model reads: "
                                 "enrich them and they score as they deserve."));
    //: Sets every filter of the bar back to "any"
    m_clearButton->setText(tr("C&lear filters"));
    m_clearButton->setToolTip(tr("Show leads of any owner, score, source and country again."));
}

void FilterBar::setSearchBox(QWidget* search)
{
    // In place of the stretch that kept the row's buttons to the right.
    delete m_topRow->takeAt(0);
    m_topRow->insertWidget(0, search, 1);
}

bool FilterBar::isActive() const
{
    const State now = state();
    return now.owner != 0 || now.minScore != 0 || now.maxScore != 100 ||
           !now.source.trimmed().isEmpty() || !now.country.trimmed().isEmpty() || now.missingData;
}

void FilterBar::setValues(const QStringList& sources, const QStringList& countries)
{
    m_sources = sources;
    m_countryCodes = countries;
    fillValues();
}

void FilterBar::fillValues()
{
    // Countries by name in the reader's language, in the order of their names; the filter reads
    // a name (in any of the three languages) or a code back to the code.
    QStringList countryNames;
    for (const QString& code : std::as_const(m_countryCodes))
        countryNames << io::countryName(code);
    std::sort(countryNames.begin(), countryNames.end(),
              [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    // Refilled without telling: the chosen text stays, even one no lead holds any more; a
    // chosen country is named anew, as the language may have changed.
    for (auto [box, values] :
         {std::pair{m_source, m_sources}, std::pair{m_country, countryNames}}) {
        const QSignalBlocker block(box);
        QString chosen = box->currentText();
        if (box == m_country)
            if (const auto code = io::countryCode(chosen))
                chosen = io::countryName(*code);
        box->clear();
        box->addItem(QString());
        box->addItems(values);
        box->setCurrentText(chosen);
    }
}

void FilterBar::setOwners(const QStringList& owners, const QString& me)
{
    const QSignalBlocker block(m_owner);
    const QVariant current = m_owner->currentData();
    const QString currentText = m_owner->currentText();
    m_me = me;
    m_owner->clear();
    m_owner->addItem(tr("Anyone"), AnyOwner);
    //: Owner filter: leads the current user owns
    m_owner->addItem(tr("My leads"), MyLeads);
    m_owner->addItem(tr("Nobody yet"), Unowned);
    for (const QString& owner : owners)
        m_owner->addItem(owner, owner);
    int index = m_owner->findData(current);
    if (index < 0)
        index = m_owner->findText(currentText);
    m_owner->setCurrentIndex(std::max(0, index));
}

void FilterBar::applyTo(LeadFilter& filter) const
{
    filter.owner.clear();
    filter.unownedOnly = false;
    const QVariant owner = m_owner->currentData();
    if (owner.typeId() == QMetaType::QString)
        filter.owner = owner.toString();
    else if (owner.toInt() == MyLeads)
        filter.owner = m_me;
    else if (owner.toInt() == Unowned)
        filter.unownedOnly = true;
    filter.minScore =
        m_minScore->value() > 0 ? std::optional<int>(m_minScore->value()) : std::nullopt;
    filter.maxScore =
        m_maxScore->value() < 100 ? std::optional<int>(m_maxScore->value()) : std::nullopt;
    filter.source = m_source->currentText().trimmed();
    const QString country = m_country->currentText().trimmed();
    filter.country = io::countryCode(country).value_or(country.toUpper());
    filter.missingAnyOf = m_missingData->isChecked() ? m_scoringFields : QStringList();
}

FilterBar::State FilterBar::state() const
{
    return {m_owner->currentIndex(), m_minScore->value(),      m_maxScore->value(),
            m_source->currentText(), m_country->currentText(), m_missingData->isChecked()};
}

void FilterBar::restore(const State& state)
{
    const QSignalBlocker blockOwner(m_owner), blockScore(m_minScore), blockMax(m_maxScore),
        blockSource(m_source), blockCountry(m_country), blockMissing(m_missingData);
    m_owner->setCurrentIndex(state.owner);
    m_minScore->setValue(state.minScore);
    m_maxScore->setMinimum(state.minScore);
    m_maxScore->setValue(state.maxScore);
    m_source->setCurrentText(state.source);
    m_country->setCurrentText(state.country);
    m_missingData->setChecked(state.missingData);
}

void FilterBar::clear()
{
    const QSignalBlocker blockOwner(m_owner), blockScore(m_minScore), blockMax(m_maxScore),
        blockSource(m_source), blockCountry(m_country), blockMissing(m_missingData);
    m_missingData->setChecked(false);
    m_owner->setCurrentIndex(0);
    m_minScore->setValue(0);
    m_maxScore->setMinimum(0);
    m_maxScore->setValue(100);
    m_source->setCurrentText(QString());
    m_country->setCurrentText(QString());
    Q_EMIT changed();
}

} // namespace lb
