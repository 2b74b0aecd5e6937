// A new lead's text as UTF-8 in one buffer, made on an import's reading thread: the bytes of
// every field, and the fields freed after encoding and put back for a row that updates a lead.
#include "model/lead.h"
#include "store/leadtextbytes.h"

#include <gtest/gtest.h>

using namespace lb;

namespace {

Lead sampleLead()
{
    Lead lead;
    lead.email = QStringLiteral("asa.oberg@example.se");
    lead.firstName = QStringLiteral("Åsa");
    lead.lastName = QStringLiteral("Öberg");
    lead.phone = QStringLiteral("+46 8 123 45");
    lead.title = QStringLiteral("Inköpschef");
    lead.company = QStringLiteral("Fjord Logistik AB");
    lead.website = QStringLiteral("https://fjord.example.se");
    lead.industry = QStringLiteral("Logistics");
    lead.country = QStringLiteral("SE");
    lead.city = QStringLiteral("Malmö");
    lead.source = QStringLiteral("Webinar");
    lead.owner = QStringLiteral("Aino Laine");
    // A character outside the Basic Multilingual Plane, after ASCII: the encoder's part.
    lead.notes = QStringLiteral("met at the fair ") + QString::fromUtf8("\xF0\x9F\x98\x80");
    lead.expectedClose = QDate(2027, 3, 1);
    return lead;
}

} // namespace

TEST(LeadTextBytes, HoldsEveryFieldAsUtf8)
{
    const Lead lead = sampleLead();
    LeadTextBytes text;
    text.set(lead, QStringLiteral("fjord logistik"));
    using F = LeadTextBytes::Field;
    EXPECT_EQ(text.field(F::Email), lead.email.toUtf8());
    EXPECT_EQ(text.field(F::FirstName), lead.firstName.toUtf8());
    EXPECT_EQ(text.field(F::LastName), lead.lastName.toUtf8());
    EXPECT_EQ(text.field(F::Title), lead.title.toUtf8());
    EXPECT_EQ(text.field(F::CompanyNorm), QByteArray("fjord logistik"));
    EXPECT_EQ(text.field(F::City), lead.city.toUtf8());
    EXPECT_EQ(text.field(F::Notes), lead.notes.toUtf8());
    EXPECT_EQ(text.field(F::ExpectedClose), QByteArray("2027-03-01"));
    EXPECT_TRUE(text.field(F::Website).size() > 0);
    LeadTextBytes empty;
    empty.set(Lead(), QString());
    EXPECT_TRUE(empty.field(F::Email).isEmpty());
    EXPECT_TRUE(empty.field(F::ExpectedClose).isEmpty());
}

TEST(LeadTextBytes, ReleasedTextComesBackWhole)
{
    const Lead original = sampleLead();
    Lead lead = original;
    LeadTextBytes text;
    text.set(lead, QStringLiteral("fjord logistik"));
    LeadTextBytes::releaseText(lead);
    // The keys that find a lead, and the values shared or looked up by name, stay.
    EXPECT_EQ(lead.email, original.email);
    EXPECT_EQ(lead.lastName, original.lastName);
    EXPECT_EQ(lead.country, original.country);
    EXPECT_EQ(lead.owner, original.owner);
    EXPECT_TRUE(lead.firstName.isEmpty());
    EXPECT_TRUE(lead.notes.isEmpty());
    EXPECT_TRUE(lead.company.isEmpty());
    text.restoreText(lead);
    for (const QString& field : leadFieldNames())
        EXPECT_EQ(leadFieldText(lead, field), leadFieldText(original, field))
            << field.toStdString();
}
