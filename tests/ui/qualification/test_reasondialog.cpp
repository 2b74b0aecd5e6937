// The reason picker, driven offscreen: OK only when the reason is complete.
#include "dialogs/reasondialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <gtest/gtest.h>

using namespace lb;

TEST(ReasonDialog, StandardReasonNeedsAChoiceAndOtherNeedsText)
{
    ReasonDialog dialog(ReasonDialog::Mode::StandardReason, "Why disqualify?");
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* combo = dialog.findChild<QComboBox*>("reasonCombo");
    auto* detail = dialog.findChild<QLineEdit*>("reasonDetail");
    auto* ok = dialog.findChild<QPushButton*>("okButton");
    ASSERT_TRUE(combo && detail && ok);
    EXPECT_EQ(combo->count(), 11); // placeholder + ten reasons
    EXPECT_FALSE(ok->isEnabled());

    combo->setCurrentIndex(combo->findData("competitor"));
    EXPECT_TRUE(ok->isEnabled());
    QTest::keyClicks(detail, "uses Acme");
    EXPECT_EQ(dialog.reason().key, "competitor");
    EXPECT_EQ(dialog.reason().detail, "uses Acme");
    EXPECT_EQ(dialog.reason().toStored(), "competitor: uses Acme");

    combo->setCurrentIndex(combo->findData("other"));
    detail->clear();
    EXPECT_FALSE(ok->isEnabled());
    QTest::keyClicks(detail, "moved abroad");
    EXPECT_TRUE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.reason().toStored(), "other: moved abroad");
}

TEST(ReasonDialog, OverrideTakesFreeText)
{
    ReasonDialog dialog(ReasonDialog::Mode::FreeText, "Override the readiness guard");
    dialog.show();
    auto* combo = dialog.findChild<QComboBox*>("reasonCombo");
    auto* detail = dialog.findChild<QLineEdit*>("reasonDetail");
    auto* ok = dialog.findChild<QPushButton*>("okButton");
    EXPECT_FALSE(combo->isVisible());
    EXPECT_FALSE(ok->isEnabled());
    QTest::keyClicks(detail, "board decision");
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_EQ(dialog.reason().toStored(), "other: board decision");
}
