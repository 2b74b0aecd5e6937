// Issues 21 and 22 on screen: in Finnish and Swedish, every tab of the lead view, the reason
// dialog and the refusals show no English stage name, field label or event label and no
// internal key (stage, event type, field, criterion, rule id). MQL, SAL, SQL and the framework
// acronyms read the same in every language.
#include "demo/demoworkspace.h"
#include "leadview/leadview.h"
#include "leadview/qualificationactions.h"
#include "model/labels.h"
#include "scoring/modeleditortables.h"
#include "scoring/modelservice.h"
#include "scoring/scoringmodeleditordialog.h"
#include "support/tempworkspace.h"
#include "util/language.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace lb;

namespace {

// What a person reads on `root` and its visible children (not what they typed or imported:
// line edits hold the lead's own data).
QStringList visibleTexts(QWidget* root)
{
    QStringList texts;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : widgets) {
        if (!widget->isVisible())
            continue;
        if (auto* label = qobject_cast<QLabel*>(widget))
            texts << QString(label->text()).remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            texts << button->text();
        else if (auto* group = qobject_cast<QGroupBox*>(widget))
            texts << group->title();
        else if (auto* edit = qobject_cast<QLineEdit*>(widget))
            texts << edit->placeholderText();
        else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        } else if (auto* tabs = qobject_cast<QTabWidget*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        } else if (auto* view = qobject_cast<QAbstractItemView*>(widget)) {
            const QAbstractItemModel* model = view->model();
            if (!model)
                continue;
            for (int column = 0; column < model->columnCount(); ++column)
                texts << model->headerData(column, Qt::Horizontal).toString();
            for (int row = 0; row < model->rowCount(); ++row)
                for (int column = 0; column < model->columnCount(); ++column)
                    texts << model->index(row, column).data().toString();
        }
    }
    texts.removeAll(QString());
    return texts;
}

// Back to English: installTranslations() only adds translators.
void removeTranslations()
{
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

// The English labels that have a translation in the language now installed, by their English
// text. Read once in English, then compared.
QStringList englishLabels(const QString& language)
{
    QStringList english;
    QStringList keys;
    removeTranslations();
    for (Stage stage : allStages)
        english << stageLabel(stage);
    for (const QString& field : leadFieldNames())
        english << leadFieldLabel(field);
    for (const QString& type : standardEventTypes())
        english << eventTypeLabel(type);
    installTranslations(*qApp, language);
    QStringList translated;
    for (Stage stage : allStages)
        translated << stageLabel(stage);
    for (const QString& field : leadFieldNames())
        translated << leadFieldLabel(field);
    for (const QString& type : standardEventTypes())
        translated << eventTypeLabel(type);
    QStringList differing;
    for (qsizetype i = 0; i < english.size(); ++i) {
        if (english.at(i) != translated.at(i))
            differing << english.at(i);
    }
    return differing;
}

// English or keys left in `texts`: what it is and where.
QStringList englishLeftIn(const QStringList& texts, const QStringList& labels)
{
    // The acronyms, and words the demo data itself holds (a lead source named "Website").
    static const QStringList allowed = {QStringLiteral("BANT"), QStringLiteral("CHAMP"),
                                        QStringLiteral("MEDDIC"), QStringLiteral("E-mail"),
                                        QStringLiteral("Website")};
    QStringList patterns;
    for (const QString& label : labels) {
        if (!allowed.contains(label))
            patterns << QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(label));
    }
    for (const QString& type : standardEventTypes())
        patterns << QStringLiteral("\\b%1\\b").arg(type);
    for (const QString& field : leadFieldNames()) {
        if (field.contains(QLatin1Char('_')))
            patterns << QStringLiteral("\\b%1\\b").arg(field);
    }
    patterns << QStringLiteral("\\b(economic_buyer|decision_criteria|decision_process|"
                               "identify_pain|negative_consequences|positive_implications|"
                               "no_budget|no_authority|no_need|bad_timing)\\b")
             << QStringLiteral("rule \"");
    const QRegularExpression expression(patterns.join(QLatin1Char('|')));
    QStringList found;
    for (const QString& text : texts) {
        const QRegularExpressionMatch match = expression.match(text);
        if (match.hasMatch())
            found << QStringLiteral("\"%1\" in \"%2\"").arg(match.captured(0), text.left(200));
    }
    return found;
}

} // namespace

class LeadWordsTest : public ::testing::TestWithParam<const char*>
{
protected:
    test::TempWorkspace temp;
    QStringList m_labels;

    void SetUp() override
    {
        m_labels = englishLabels(QString::fromLatin1(GetParam()));
        // Made in the language under test, as a Finnish or Swedish user would make it.
        DemoOptions options;
        options.leads = 200;
        options.seed = 11;
        options.now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
        fillWithDemoData(temp.workspace(), options);
    }
    void TearDown() override { removeTranslations(); }

    std::optional<Lead> leadIn(Stage stage)
    {
        LeadFilter filter;
        filter.stage = stage;
        const QList<Lead> leads = temp.workspace().leads().list(filter, LeadSort{}, 1);
        return leads.isEmpty() ? std::nullopt : std::optional(leads.constFirst());
    }

    void expectTranslated(const QStringList& texts, const QString& where)
    {
        ASSERT_FALSE(texts.isEmpty()) << where.toStdString();
        const QStringList english = englishLeftIn(texts, m_labels);
        EXPECT_TRUE(english.isEmpty()) << GetParam() << ", " << where.toStdString() << ": "
                                       << english.join(QStringLiteral("; ")).toStdString();
    }
};

TEST_P(LeadWordsTest, LeadViewTabsReadInTheUsersLanguage)
{
    LeadView view(temp.workspace(), QStringLiteral("sdr1"));
    view.resize(1000, 800);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const QList<Lead> top = temp.workspace().leads().list(LeadFilter{}, LeadSort{}, 1);
    ASSERT_FALSE(top.isEmpty());
    QList<Lead> leads{top.constFirst()};
    for (Stage stage : {Stage::Nurture, Stage::Disqualified, Stage::Converted, Stage::SAL}) {
        const std::optional<Lead> lead = leadIn(stage);
        ASSERT_TRUE(lead) << "the demo has no lead in " << stageName(stage).toStdString();
        leads << *lead;
    }
    for (const Lead& lead : leads) {
        view.showLead(lead.id);
        for (int tab = 0; tab < view.tabs()->count(); ++tab) {
            view.tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            expectTranslated(visibleTexts(&view),
                             QStringLiteral("lead %1 (%2), tab %3")
                                 .arg(lead.id)
                                 .arg(stageName(lead.stage), view.tabs()->tabText(tab)));
        }
    }
}

TEST_P(LeadWordsTest, ReasonDialogAndRefusalsReadInTheUsersLanguage)
{
    QualificationActions actions(temp.workspace(), QStringLiteral("sdr1"));
    QStringList refusals;
    QObject::connect(&actions, &QualificationActions::refused,
                     [&](const QString& message) { refusals << message; });
    for (Stage target : {Stage::Disqualified, Stage::Nurture}) {
        std::optional<Lead> lead = leadIn(Stage::SAL);
        ASSERT_TRUE(lead);
        QStringList dialogTexts;
        QTimer::singleShot(0, [&] {
            QWidget* dialog = QApplication::activeModalWidget();
            ASSERT_NE(dialog, nullptr);
            dialogTexts = visibleTexts(dialog) << dialog->windowTitle();
            dialog->close();
        });
        EXPECT_FALSE(actions.moveLead(*lead, target, nullptr));
        expectTranslated(dialogTexts,
                         QStringLiteral("the reason dialog for %1").arg(stageName(target)));
    }
    // Refused: a move the lifecycle has no edge for, the SQL guard, a converted lead.
    std::optional<Lead> fresh = leadIn(Stage::New);
    std::optional<Lead> sal = leadIn(Stage::SAL);
    std::optional<Lead> converted = leadIn(Stage::Converted);
    ASSERT_TRUE(fresh && sal && converted);
    EXPECT_FALSE(actions.moveLead(*fresh, Stage::SQL, nullptr));
    EXPECT_FALSE(actions.moveLead(*converted, Stage::New, nullptr));
    actions.moveLead(*sal, Stage::SQL, nullptr); // refused unless the demo answered enough
    ASSERT_GE(refusals.size(), 2);
    expectTranslated(refusals, QStringLiteral("the refusals"));
}

// The model editor shows the shipped rule labels, fields and event types by their labels; the
// cells keep what the model stores (the editor edits the stored text).
TEST_P(LeadWordsTest, ModelEditorShowsLabels)
{
    ScoringModelEditorDialog dialog(scoring::defaultModel());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QStringList shown;
    for (QTableWidget* table : {dialog.fitTable(), dialog.behaviorTable()}) {
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                const QModelIndex index = table->model()->index(row, column);
                const auto* delegate =
                    qobject_cast<QStyledItemDelegate*>(table->itemDelegateForIndex(index));
                ASSERT_NE(delegate, nullptr);
                shown << delegate->displayText(index.data(), QLocale());
            }
        }
    }
    EXPECT_FALSE(shown.contains(QStringLiteral("Web visits")));
    EXPECT_FALSE(shown.contains(QStringLiteral("page_visit")));
    EXPECT_FALSE(shown.contains(QStringLiteral("expected_close")));
    EXPECT_TRUE(shown.contains(eventTypeLabel(QStringLiteral("page_visit"))));
    EXPECT_EQ(dialog.behaviorTable()->item(1, modeleditor::BehaviorEvent)->text(), "page_visit");
}

INSTANTIATE_TEST_SUITE_P(FinnishAndSwedish, LeadWordsTest, ::testing::Values("fi", "sv"),
                         [](const auto& info) { return std::string(info.param); });
