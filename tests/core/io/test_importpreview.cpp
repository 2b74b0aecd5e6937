// The import wizard's preview: detected encoding, delimiter, header, mapping and first rows.
#include "io/importpreview.h"

#include <gtest/gtest.h>

using namespace lb::io;

namespace {
QString fixture(const char* name)
{
    return QStringLiteral(LEADBENCH_FIXTURES_DIR "/csv/") + QString::fromLatin1(name);
}
} // namespace

TEST(ImportPreview, ShowsWhatTheImportWillRead)
{
    ImportOptions options;
    options.path = fixture("excel_fi_cp1252.csv");
    options.overrides.insert(QStringLiteral("Titteli"), QStringLiteral("ignore"));
    const ImportPreview preview = previewImport(options, ImportKind::Leads, 1);
    EXPECT_EQ(preview.encoding, CsvEncoding::Windows1252);
    EXPECT_EQ(encodingName(preview.encoding), QStringLiteral("Windows-1252"));
    EXPECT_EQ(preview.delimiter, QLatin1Char(';'));
    EXPECT_EQ(preview.header.first(), QStringLiteral("Sähköposti"));
    EXPECT_EQ(preview.mapping.fields.at(0), QStringLiteral("email"));
    EXPECT_EQ(preview.mapping.fields.at(3), QStringLiteral("company"));
    EXPECT_EQ(preview.mapping.fields.at(4), QString()); // ignored by the override
    EXPECT_EQ(preview.mapping.fields.at(10), QStringLiteral("stage"));
    EXPECT_TRUE(preview.mappingProblems.isEmpty());
    ASSERT_EQ(preview.rows.size(), 1);
    EXPECT_EQ(preview.rows[0].at(2), QStringLiteral("Mäkelä"));
    EXPECT_EQ(preview.lines[0], 2);
}

TEST(ImportPreview, EventColumnsAndProblems)
{
    ImportOptions options;
    options.path = fixture("events.csv");
    options.overrides.insert(QStringLiteral("Missing"), QStringLiteral("detail"));
    const ImportPreview preview = previewImport(options, ImportKind::Events);
    EXPECT_EQ(preview.mapping.fields,
              (QStringList{QStringLiteral("email"), QStringLiteral("event"),
                           QStringLiteral("timestamp"), QStringLiteral("detail")}));
    EXPECT_EQ(preview.rows.size(), 6);
    ASSERT_EQ(preview.mappingProblems.size(), 1);
    EXPECT_TRUE(preview.mappingProblems[0].contains(QStringLiteral("Missing")));
    options.path = fixture("no-such-file.csv");
    EXPECT_THROW(previewImport(options, ImportKind::Events), ImportError);
}
