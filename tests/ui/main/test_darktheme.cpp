// The main window under a dark palette (Fusion), offscreen: every visible label keeps a
// readable contrast with what is behind it, the colours with a meaning (errors, score parts,
// score bars) stand out from a dark background, and the icons draw in the palette's ink.
// With LEADBENCH_SHOTS_DIR set, the window is saved there as dark-*.png for a look by eye.
#include "leads/leadtablemodel.h"
#include "leads/scoredelegate.h"
#include "leadview/leadview.h"
#include "leadview/qualificationform.h"
#include "leadview/qualificationwidget.h"
#include "main/icons.h"
#include "main/mainwindow.h"
#include "main/themecolors.h"
#include "scoring/scoringmodeleditordialog.h"
#include "support/guisupport.h"
#include "support/tempworkspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <cmath>
#include <gtest/gtest.h>
#include <iterator>

using namespace lb;
using lb::test::acceptNextMessageBox;
using lb::test::openDemoWindow;
using lb::test::TempWorkspace;

namespace {

double luminance(const QColor& color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

// WCAG contrast ratio, 1 to 21.
double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The colour a label's text is drawn in: its style sheet's, else its palette's.
QColor textColor(const QLabel* label)
{
    static const QRegularExpression rule(QStringLiteral("(?:^|;|\\s)color:\\s*(#[0-9a-fA-F]{6})"));
    const QRegularExpressionMatch match = rule.match(label->styleSheet());
    if (match.hasMatch())
        return QColor(match.captured(1));
    return label->palette().color(label->foregroundRole());
}

// What is behind a label: the first ancestor that fills its background.
QColor backgroundBehind(const QWidget* widget)
{
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        if (w->autoFillBackground() || w->isWindow())
            return w->palette().color(w->backgroundRole());
    }
    return widget->palette().color(QPalette::Window);
}

class DarkTheme : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(theme::darkPalette());
    }

    void SetUp() override
    {
        window = openDemoWindow(temp, 400);
        window->resize(1500, 900);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        // A lead in SAL: editable, with a qualification to show.
        for (int row = 0; row < window->leadModel()->rowCount(); ++row) {
            if (window->leadModel()->rowAt(row)->stage == Stage::SAL) {
                window->leadTable()->setCurrentIndex(window->leadModel()->index(row, 1));
                break;
            }
        }
        ASSERT_TRUE(window->leadView()->lead());
    }

    void shoot(const QString& name)
    {
        QApplication::processEvents();
        const QString dir = qEnvironmentVariable("LEADBENCH_SHOTS_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            window->grab().save(QDir(dir).filePath(name));
        }
    }

    // Every visible label with text reads against what is behind it.
    void expectReadableLabels(const char* where)
    {
        for (const QLabel* label : window->findChildren<QLabel*>()) {
            if (!label->isVisibleTo(window.get()) || label->text().trimmed().isEmpty() ||
                !label->isEnabled())
                continue;
            const double ratio = contrast(textColor(label), backgroundBehind(label));
            EXPECT_GE(ratio, 4.5) << where << ": label \"" << label->text().left(60).toStdString()
                                  << "\" (" << label->objectName().toStdString() << ") "
                                  << textColor(label).name().toStdString() << " on "
                                  << backgroundBehind(label).name().toStdString();
        }
    }

    TempWorkspace temp;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(DarkTheme, EveryTabOfTheLeadViewReads)
{
    const char* names[] = {"profile", "score", "activity", "qualification", "history", "committee"};
    // (A tab added without a name here read past the list: ASan in CI.)
    ASSERT_LE(window->leadView()->tabs()->count(), int(std::size(names)));
    for (int tab = 0; tab < window->leadView()->tabs()->count(); ++tab) {
        window->leadView()->tabs()->setCurrentIndex(tab);
        shoot(QStringLiteral("dark-%1.png").arg(QString::fromLatin1(names[tab])));
        expectReadableLabels(names[tab]);
    }
}

TEST_F(DarkTheme, ErrorsAndEmptyStatesRead)
{
    // A refused answer shows the error in the Qualification tab.
    QualificationWidget* qualification = window->leadView()->qualification();
    window->leadView()->tabs()->setCurrentWidget(qualification);
    if (!qualification->form(QStringLiteral("BANT"))) {
        QComboBox* box = qualification->addFrameworkBox();
        box->setCurrentIndex(box->findData(QStringLiteral("BANT")));
        QTest::mouseClick(qualification->addFrameworkButton(), Qt::LeftButton);
    }
    QualificationForm* form = qualification->form(QStringLiteral("BANT"));
    ASSERT_NE(form, nullptr);
    form->valueEdit(QStringLiteral("budget"))->setText(QStringLiteral("lots"));
    QTest::mouseClick(form->recordButton(QStringLiteral("budget")), Qt::LeftButton);
    ASSERT_TRUE(qualification->errorLabel()->isVisibleTo(window.get()));
    shoot(QStringLiteral("dark-qualification-error.png"));
    expectReadableLabels("qualification error");

    // A search with no match: the empty state says what to do.
    auto* search = window->findChild<QLineEdit*>(QStringLiteral("searchBox"));
    search->setText(QStringLiteral("zzqxnomatch"));
    for (int i = 0; i < 50 && window->leadModel()->rowCount() != 0; ++i)
        QTest::qWait(20);
    auto* empty = window->findChild<QLabel*>(QStringLiteral("emptyState"));
    ASSERT_TRUE(empty->isVisibleTo(window.get()));
    shoot(QStringLiteral("dark-empty.png"));
    expectReadableLabels("empty state");
}

TEST_F(DarkTheme, MeaningfulColoursStandOutFromTheDarkBackground)
{
    const QPalette palette = QApplication::palette();
    ASSERT_TRUE(theme::isDark(palette));
    const QColor base = palette.color(QPalette::Base);
    const QColor windowColor = palette.color(QPalette::Window);
    EXPECT_GE(contrast(theme::errorText(palette), base), 4.5);
    EXPECT_GE(contrast(theme::errorText(palette), windowColor), 4.5);
    EXPECT_GE(contrast(theme::fitColor(palette), base), 3.0);
    EXPECT_GE(contrast(theme::behaviorColor(palette), base), 3.0);
    EXPECT_GE(contrast(theme::neutralColor(palette), base), 3.0);
    // Normal text on an error row stays readable.
    EXPECT_GE(contrast(palette.color(QPalette::Text), theme::errorBackground(palette)), 4.5);
    // The score bars against the empty part of the bar.
    const QColor track = base.lighter(190);
    for (int score : {10, 45, 65, 90})
        EXPECT_GE(contrast(ScoreDelegate::colorFor(score, true), track), 2.5) << score;

    // The same colours on the light palette keep their light-theme shades.
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    EXPECT_FALSE(theme::isDark(light));
    EXPECT_GE(contrast(theme::errorText(light), Qt::white), 4.5);
    EXPECT_GE(contrast(theme::fitColor(light), Qt::white), 3.0);
}

TEST_F(DarkTheme, IconsDrawInThePalettesInk)
{
    // The outline icons take the text colour: light strokes on a dark theme.
    const QImage image = icons::icon(QStringLiteral("search")).pixmap(48, 48).toImage();
    int light = 0;
    int painted = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() < 200)
                continue;
            ++painted;
            light += pixel.lightnessF() > 0.7;
        }
    }
    EXPECT_GT(painted, 50);
    EXPECT_GT(light, painted * 9 / 10);
    for (const QString& name : icons::names())
        EXPECT_FALSE(icons::icon(name).isNull()) << name.toStdString();
    EXPECT_TRUE(icons::icon(QStringLiteral("no-such-icon")).isNull());

    // For a look by eye: every icon at 48 and 16 px on the dark and on a light window.
    const QString dir = qEnvironmentVariable("LEADBENCH_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    const QStringList names = icons::names();
    QImage sheet(16 + int(names.size()) * 64, 2 * 80, QImage::Format_ARGB32);
    const QPalette dark = QApplication::palette();
    const QPalette lightPalette =
        QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
    for (int row = 0; row < 2; ++row) {
        QApplication::setPalette(row == 0 ? dark : lightPalette);
        QPainter painter(&sheet);
        painter.fillRect(QRect(0, row * 80, sheet.width(), 80),
                         QApplication::palette().color(QPalette::Window));
        for (int i = 0; i < names.size(); ++i) {
            icons::icon(names.at(i)).paint(&painter, QRect(16 + i * 64, row * 80 + 8, 48, 48));
            icons::icon(names.at(i)).paint(&painter, QRect(32 + i * 64, row * 80 + 60, 16, 16));
        }
    }
    QApplication::setPalette(dark);
    QDir().mkpath(dir);
    sheet.save(QDir(dir).filePath(QStringLiteral("icons.png")));
}

TEST_F(DarkTheme, ScoringModelEditorReads)
{
    bool seen = false;
    QTimer::singleShot(300, [&] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<ScoringModelEditorDialog*>(widget);
            if (!dialog || !dialog->isVisible())
                continue;
            seen = true;
            dialog->resize(1200, 800);
            QApplication::processEvents();
            for (const QLabel* label : dialog->findChildren<QLabel*>()) {
                if (!label->isVisibleTo(dialog) || label->text().trimmed().isEmpty() ||
                    !label->isEnabled())
                    continue;
                EXPECT_GE(contrast(textColor(label), backgroundBehind(label)), 4.5)
                    << label->text().left(60).toStdString();
            }
            const QString dir = qEnvironmentVariable("LEADBENCH_SHOTS_DIR");
            if (!dir.isEmpty())
                dialog->grab().save(QDir(dir).filePath(QStringLiteral("dark-model-editor.png")));
            dialog->reject();
        }
    });
    window->action(QStringLiteral("tools.scoringModel"))->trigger();
    EXPECT_TRUE(seen);
}
