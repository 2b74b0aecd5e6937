#include "commands/tableprint.h"

#include "io/leadexporter.h"

namespace lb::cli {

void printTextTable(QTextStream& out, const Table& table)
{
    QList<QStringList> rows{table.titles};
    rows += table.rows;
    // Words left, numbers right, as the column's first row has them.
    QList<bool> left(table.titles.size(), true);
    if (!table.rows.isEmpty())
        for (qsizetype i = 0; i < left.size() && i < table.rows.constFirst().size(); ++i) {
            const QString& cell = table.rows.constFirst().at(i);
            left[i] = cell.isEmpty() || cell.at(0).isLetter() || cell.at(0) == QLatin1Char('(');
        }
    QList<int> widths(table.titles.size(), 0);
    for (const QStringList& row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], int(row.at(i).size()));
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const QString cell = left.value(i, true) ? row.at(i).leftJustified(widths[i])
                                                     : row.at(i).rightJustified(widths[i]);
            line += cell + QStringLiteral("  ");
        }
        // Only the trailing gap goes: a right-aligned first column keeps its padding.
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out << line << '\n';
    }
}

void printCsvTable(QTextStream& out, const Table& table)
{
    std::string csv;
    auto row = [&](const QStringList& cells, bool header) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            bool isNumber = false;
            cells.at(i).toDouble(&isNumber);
            io::appendCsvCell(csv, cells.at(i).toUtf8(), header || !isNumber);
            csv += i + 1 < cells.size() ? ',' : '\n';
        }
    };
    row(table.header, true);
    for (const QStringList& cells : table.rows)
        row(cells, false);
    out << QString::fromStdString(csv);
}

} // namespace lb::cli
