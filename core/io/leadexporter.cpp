#include "io/leadexporter.h"

#include "model/leadfields.h"
#include "store/leadexportsource.h"
#include "store/workspace.h"
#include "util/jobcontrol.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <array>

namespace lb::io {

namespace {

constexpr qsizetype flushBytes = 1 << 20;

} // namespace

const QStringList& exportColumns()
{
    // The fields the table marks Exported (model/leadfields.cpp), then the score and grade.
    static const QStringList columns = leadFieldKeys(LeadFieldFlag::Exported)
                                       << QStringLiteral("score") << QStringLiteral("grade");
    Q_ASSERT(columns.size() == LeadExportRow::columnCount);
    return columns;
}

namespace {

// Which export columns are text, that a spreadsheet must never run as a formula: all but the
// numeric fields and the score.
const std::array<bool, LeadExportRow::columnCount>& textColumns()
{
    static const std::array<bool, LeadExportRow::columnCount> columns = [] {
        std::array<bool, LeadExportRow::columnCount> text{};
        for (int c = 0; c < LeadExportRow::columnCount; ++c) {
            const QString& name = exportColumns().at(c);
            const LeadFieldSpec* spec = findLeadFieldSpec(name);
            text[size_t(c)] = spec ? !spec->isNumeric() : name != QLatin1String("score");
        }
        return text;
    }();
    return columns;
}

} // namespace

void appendCsvCell(std::string& out, QByteArrayView utf8, bool isText)
{
    if (utf8.isEmpty())
        return;
    const char first = utf8.front();
    // OWASP CSV injection: a spreadsheet must never run a cell as a formula.
    const bool guard = isText && (first == '=' || first == '+' || first == '-' || first == '@' ||
                                  first == '\t' || first == '\r');
    bool quote = false;
    for (char c : utf8) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        if (guard)
            out += '\'';
        out.append(utf8.data(), size_t(utf8.size()));
        return;
    }
    out += '"';
    if (guard)
        out += '\'';
    for (char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

ExportSummary exportLeads(Workspace& workspace, const ExportOptions& options, JobControl* job)
{
    const std::unique_ptr<LeadExportSource> source = workspace.exportSource();
    ExportSummary summary;
    const QStringList customNames = source->customFieldNames(options.leads);
    summary.columns = exportColumns();
    for (const QString& name : customNames)
        summary.columns << QStringLiteral("custom.") + name;

    QSaveFile file(options.path);
    const bool existed = QFileInfo::exists(options.path);
    if (!file.open(QIODevice::WriteOnly))
        //: %1 the file, %2 the reason from the system
        throw ExportError(QCoreApplication::translate("lb::LeadExporter", "cannot write %1: %2")
                              .arg(options.path, file.errorString()));
    // Leads are people's data: a new file is for its owner only (0600). An existing one keeps
    // the permissions it was given.
    if (!existed)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    std::string buffer;
    buffer.reserve(flushBytes + 64 * 1024);
    buffer += "\xEF\xBB\xBF";
    for (qsizetype i = 0; i < summary.columns.size(); ++i) {
        if (i > 0)
            buffer += ',';
        appendCsvCell(buffer, summary.columns.at(i).toUtf8(), true);
    }
    buffer += "\r\n";
    const QList<QByteArray> customKeys = [&] {
        QList<QByteArray> keys;
        for (const QString& name : customNames)
            keys << name.toUtf8();
        return keys;
    }();
    bool failed = false;
    auto flush = [&] {
        if (!failed && file.write(buffer.data(), qint64(buffer.size())) != qint64(buffer.size()))
            failed = true;
        buffer.clear();
    };

    const std::array<bool, LeadExportRow::columnCount>& text = textColumns();
    summary.leads = source->forEach(options.leads, [&](const LeadExportRow& row) {
        for (int c = 0; c < LeadExportRow::columnCount; ++c) {
            if (c > 0)
                buffer += ',';
            appendCsvCell(buffer, row.values[c], text[size_t(c)]);
        }
        if (!customKeys.isEmpty()) {
            const QJsonObject custom =
                row.customJson.isEmpty()
                    ? QJsonObject()
                    : QJsonDocument::fromJson(row.customJson.toByteArray()).object();
            for (const QString& name : customNames) {
                buffer += ',';
                if (!custom.isEmpty())
                    appendCsvCell(buffer, custom.value(name).toString().toUtf8(), true);
            }
        }
        buffer += "\r\n";
        if (qsizetype(buffer.size()) >= flushBytes) {
            flush();
            if (job)
                job->checkCancelled();
        }
    });
    flush();
    if (failed || !file.commit())
        //: %1 the file, %2 the reason from the system
        throw ExportError(QCoreApplication::translate("lb::LeadExporter", "cannot write %1: %2")
                              .arg(options.path, file.errorString()));
    if (job)
        job->report(summary.leads, summary.leads,
                    QCoreApplication::translate("lb::LeadExporter", "Exporting"));
    return summary;
}

} // namespace lb::io
