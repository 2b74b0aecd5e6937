// The lead fields' one declaration (model/leadfields.cpp, issue 23) holds together: unique keys
// in the order of enum LeadField, labels the catalogues translate, columns a new workspace has,
// aliases the import maps back, and values every write path of the store keeps.
#include "io/columnmapping.h"
#include "io/leadexporter.h"
#include "io/leadimporter.h"
#include "leads/profileedit.h"
#include "model/labels.h"
#include "model/leadfields.h"
#include "scoring/modelparser.h"
#include "store/leadexportsource.h"
#include "store/sqlite/sqliteworkspace.h"
#include "support/tempworkspace.h"
#include "support/tscatalogue.h"

#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <gtest/gtest.h>

using namespace lb;
using lb::test::TempWorkspace;

namespace {

// A lead with a value in every standard field, set through the table's members, so a new field
// is tested without touching this file. `variant` makes a second, different set of values.
Lead leadWithEveryField(int variant)
{
    Lead lead;
    for (const LeadFieldSpec& spec : leadFieldSpecs()) {
        const QString key = QString::fromLatin1(spec.key);
        switch (spec.type) {
        case FieldType::Email:
            lead.*spec.text = QStringLiteral("anna.virtanen@kaleva.fi"); // the import's key
            break;
        case FieldType::Country:
            lead.*spec.text = variant == 0 ? QStringLiteral("FI") : QStringLiteral("SE");
            break;
        case FieldType::Owner:
            lead.*spec.text = variant == 0 ? QStringLiteral("Aino Laine") : QStringLiteral("Bo");
            break;
        case FieldType::WholeNumber:
            lead.*spec.wholeNumber = 250 + variant;
            break;
        case FieldType::Number:
            lead.*spec.number = 12500000.5 + variant;
            break;
        case FieldType::Date:
            lead.*spec.date = QDate(2027, 2, 28).addDays(variant);
            break;
        case FieldType::Stage:
            lead.stage = variant == 0 ? Stage::SAL : Stage::Nurture;
            break;
        case FieldType::Text:
        case FieldType::Url:
        case FieldType::LongText:
            lead.*spec.text = QStringLiteral("%1 %2 ä").arg(key).arg(variant);
            break;
        }
    }
    return lead;
}

QByteArray csvOf(const Lead& lead)
{
    QStringList header;
    QStringList cells;
    for (const LeadFieldSpec& spec : leadFieldSpecs()) {
        header << QString::fromLatin1(spec.key);
        cells << leadFieldText(lead, spec);
    }
    return (header.join(QLatin1Char(',')) + QLatin1Char('\n') + cells.join(QLatin1Char(',')) +
            QLatin1Char('\n'))
        .toUtf8();
}

void expectSameFields(const Lead& stored, const Lead& expected, const char* path)
{
    for (const LeadFieldSpec& spec : leadFieldSpecs())
        EXPECT_EQ(leadFieldText(stored, spec), leadFieldText(expected, spec))
            << path << ": " << spec.key;
}

} // namespace

TEST(LeadFields, KeysAreUniqueAndFollowTheEnum)
{
    QSet<QString> keys;
    for (const LeadFieldSpec& spec : leadFieldSpecs()) {
        const QString key = QString::fromLatin1(spec.key);
        EXPECT_FALSE(keys.contains(key)) << spec.key;
        keys.insert(key);
        EXPECT_EQ(leadFieldOf(key), spec.field) << spec.key;
        EXPECT_EQ(&leadFieldSpec(spec.field), &spec) << spec.key;
        EXPECT_EQ(findLeadFieldSpec(key), &spec) << spec.key;
        EXPECT_FALSE(key.startsWith(QLatin1String("custom."))) << spec.key;
    }
    EXPECT_EQ(qsizetype(keys.size()), leadFieldNames().size());
    for (qsizetype i = 0; i < leadFieldNames().size(); ++i)
        EXPECT_EQ(leadFieldOf(leadFieldNames().at(i)), LeadField(i));
    EXPECT_EQ(leadFieldOf(u"custom.segment"), LeadField::Custom);
    EXPECT_EQ(leadFieldOf(u"nonsense"), LeadField::Unknown);
}

TEST(LeadFields, EachTypeHasItsMember)
{
    for (const LeadFieldSpec& spec : leadFieldSpecs()) {
        const int members = int(spec.text != nullptr) + int(spec.wholeNumber != nullptr) +
                            int(spec.number != nullptr) + int(spec.date != nullptr);
        switch (spec.type) {
        case FieldType::Stage:
            EXPECT_EQ(members, 0) << spec.key;
            break;
        case FieldType::WholeNumber:
            EXPECT_TRUE(spec.wholeNumber && members == 1) << spec.key;
            break;
        case FieldType::Number:
            EXPECT_TRUE(spec.number && members == 1) << spec.key;
            break;
        case FieldType::Date:
            EXPECT_TRUE(spec.date && members == 1) << spec.key;
            break;
        default:
            EXPECT_TRUE(spec.text && members == 1) << spec.key;
        }
        // What is typed in is a value of the lead's own: the stage and owner have actions.
        if (spec.type == FieldType::Stage || spec.type == FieldType::Owner)
            EXPECT_FALSE(spec.has(LeadFieldFlag::Editable)) << spec.key;
    }
}

TEST(LeadFields, ListsDerivedFromTheTableKeepTheirOrder)
{
    // The orders people and scripts see, as they were before the table.
    EXPECT_EQ(leadFieldNames().join(QLatin1Char(',')),
              QStringLiteral("first_name,last_name,email,phone,title,company,website,industry,"
                             "country,city,source,owner,stage,employees,annual_revenue,budget,"
                             "expected_close,notes"));
    EXPECT_EQ(editableProfileFields().join(QLatin1Char(',')),
              QStringLiteral("first_name,last_name,email,phone,title,company,website,industry,"
                             "employees,annual_revenue,budget,expected_close,country,city,source,"
                             "notes"));
    EXPECT_EQ(io::exportColumns().join(QLatin1Char(',')),
              QStringLiteral("email,first_name,last_name,phone,title,company,website,industry,"
                             "employees,annual_revenue,budget,expected_close,country,city,source,"
                             "owner,stage,score,grade"));
    EXPECT_EQ(io::exportColumns().size(), LeadExportRow::columnCount);
    QStringList scored = leadFieldNames();
    scored.removeOne(QStringLiteral("notes"));
    EXPECT_EQ(scoring::scoringFieldNames(), scored);
}

TEST(LeadFields, LabelsAreTranslatedInFinnishAndSwedish)
{
    for (const char* language : {"fi", "sv"}) {
        const QList<test::TsMessage> messages = test::readTsCatalogue(
            QStringLiteral(LEADBENCH_FIXTURES_DIR "/../../translations/leadbench_%1.ts")
                .arg(QLatin1String(language)));
        ASSERT_FALSE(messages.isEmpty()) << language;
        for (const LeadFieldSpec& spec : leadFieldSpecs()) {
            const auto message =
                std::find_if(messages.cbegin(), messages.cend(), [&](const test::TsMessage& m) {
                    return m.context == QLatin1String("lb::LeadField") &&
                           m.source == QString::fromUtf8(spec.label);
                });
            ASSERT_NE(message, messages.cend()) << language << ": " << spec.key;
            EXPECT_TRUE(message->finished) << language << ": " << spec.key;
            EXPECT_FALSE(message->translations.value(0).isEmpty()) << language << ": " << spec.key;
        }
    }
    EXPECT_EQ(leadFieldLabel(u"expected_close"), QStringLiteral("Expected close date"));
}

TEST(LeadFields, EveryColumnIsInANewWorkspace)
{
    TempWorkspace temp;
    QSqlQuery query(dynamic_cast<SqliteWorkspace&>(temp.workspace()).database());
    for (const LeadFieldSpec& spec : leadFieldSpecs()) {
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')")
                                   .arg(QLatin1String(spec.table))));
        QStringList columns;
        while (query.next())
            columns << query.value(0).toString();
        EXPECT_TRUE(columns.contains(QLatin1String(spec.column)))
            << spec.table << "." << spec.column << " for " << spec.key;
    }
}

TEST(LeadFields, AliasesMapBackToTheirField)
{
    for (const LeadFieldSpec& spec : leadFieldSpecs()) {
        const QString key = QString::fromLatin1(spec.key);
        EXPECT_EQ(io::fieldForHeader(key, io::ImportKind::Leads), key);
        for (const QString& alias : QString::fromUtf8(spec.aliases).split(QLatin1Char('|'))) {
            EXPECT_EQ(alias, alias.toLower().trimmed()) << spec.key;
            EXPECT_EQ(io::fieldForHeader(alias, io::ImportKind::Leads), key) << alias.toStdString();
            EXPECT_EQ(io::fieldForHeader(alias.toUpper(), io::ImportKind::Leads), key)
                << alias.toStdString();
        }
    }
}

// Every field survives each way the store writes a lead: the repository, the import (a new lead
// and an update of it) and the bulk writer.
TEST(LeadFields, EveryWritePathKeepsEveryField)
{
    TempWorkspace temp;
    Workspace& workspace = temp.workspace();
    const Lead first = leadWithEveryField(0);
    const Lead second = leadWithEveryField(1);

    Lead inserted = first;
    inserted.email = QStringLiteral("repository@kaleva.fi");
    workspace.leads().insert(inserted, QStringLiteral("tester"));
    expectSameFields(workspace.leads().find(inserted.id).value(), inserted, "repository");

    io::ImportOptions options;
    options.actor = QStringLiteral("importer");
    for (const auto& [lead, name] : {std::pair{&first, "new"}, std::pair{&second, "update"}}) {
        options.path = temp.file(QStringLiteral("%1.csv").arg(QLatin1String(name)));
        test::writeFile(options.path, csvOf(*lead));
        options.rejectedPath = io::defaultRejectedPath(options.path);
        const io::ImportSummary summary = io::importLeads(workspace, options);
        ASSERT_EQ(summary.rejected, 0) << name;
        const std::optional<Lead> stored = workspace.leads().findByEmail(lead->email);
        ASSERT_TRUE(stored) << name;
        expectSameFields(*stored, *lead, name);
    }

    // A row with one field changes that field only: the import reads the lead back whole.
    options.path = temp.file(QStringLiteral("one.csv"));
    test::writeFile(options.path, "email,city\nanna.virtanen@kaleva.fi,Oulu\n");
    options.rejectedPath = io::defaultRejectedPath(options.path);
    ASSERT_EQ(io::importLeads(workspace, options).updated, 1);
    Lead oneChanged = second;
    oneChanged.city = QStringLiteral("Oulu");
    expectSameFields(workspace.leads().findByEmail(second.email).value(), oneChanged, "one field");

    Lead bulk = second;
    bulk.email = QStringLiteral("bulk@kaleva.fi");
    {
        auto writer = workspace.bulkWriter({});
        writer->addLead(bulk, QStringLiteral("tester"));
        writer->commit();
    }
    expectSameFields(workspace.leads().find(bulk.id).value(), bulk, "bulk writer");

    // The profile form copies every editable field.
    Lead copied;
    copyProfile(second, copied);
    for (const LeadFieldSpec& spec : leadFieldSpecs()) {
        if (spec.has(LeadFieldFlag::Editable))
            EXPECT_EQ(leadFieldText(copied, spec), leadFieldText(second, spec)) << spec.key;
    }
}
