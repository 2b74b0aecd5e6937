// The CSV reader alone (issue 18): the speed of its common path on a realistic file (the bulk
// import's reading thread runs it), the column mapping of very wide files (was quadratic:
// 100,000 columns took 16 s), and a 100 MB field halfway down a file (its row is rejected, the
// rows after it are read, memory stays bounded).
// Usage: bench_csvreader [ROWS]   (default 1,000,000 rows, about 120 MB; best of 5 reads)
#include "benchsupport.h"

#include "io/columnmapping.h"
#include "io/csvreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <algorithm>

using namespace lb;

namespace {

void writeRows(const QString& path, qint64 rows, qint64 hugeAt)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write("Email,First Name,Last Name,Company,Job Title,Country,City,Number of Employees,"
               "Lead Source\n");
    QByteArray block;
    for (qint64 i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        block += "lead" + n + "@nordic-widgets.fi,Päivi,Järvinen" + n +
                 ",Nordic Widgets Oy,\"Sales Director, Nordics\",Finland,Helsinki,250,Webinar\n";
        if (i == hugeAt) {
            file.write(block + "huge@example.com,Huge,Field,Big Oy,\"");
            block.clear();
            const QByteArray piece(1'000'000, 'h');
            for (int k = 0; k < 100; ++k)
                file.write(piece);
            file.write("\",FI,Oulu,1,Web\n");
        }
        if (block.size() > (1 << 20)) {
            file.write(block);
            block.clear();
        }
    }
    file.write(block);
}

struct ReadResult
{
    qint64 records = 0;
    qint64 flagged = 0;
    double ms = 0;
};

ReadResult readAll(const QString& path)
{
    QElapsedTimer timer;
    timer.start();
    io::CsvReader reader;
    if (!reader.open(path))
        qFatal("%s", qPrintable(reader.errorString()));
    io::CsvRecord record;
    ReadResult result;
    while (reader.next(record)) {
        ++result.records;
        result.flagged += record.longField >= 0 ? 1 : 0;
    }
    result.ms = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    const QString dir = bench::benchDir();
    QDir().mkpath(dir);

    const QString plain = dir + QStringLiteral("/reader_plain.csv");
    writeRows(plain, rows, -1);
    double best = 1e300;
    for (int run = 0; run < 5; ++run) {
        const ReadResult result = readAll(plain);
        if (result.records != rows)
            qFatal("read %lld records of %lld", result.records, rows);
        best = std::min(best, result.ms);
    }
    bench::report(QStringLiteral("read %1 rows (best of 5)").arg(rows), best, QStringLiteral("ms"));
    QFile::remove(plain);

    for (const int columns : {25'000, 100'000}) {
        QStringList header{QStringLiteral("Email")};
        for (int i = 1; i < columns; ++i)
            header << QStringLiteral("Column %1").arg(i);
        QElapsedTimer timer;
        timer.start();
        QStringList problems;
        const io::ColumnMapping mapping =
            io::mapColumns(header, io::ImportKind::Leads, {}, &problems);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (mapping.fields.size() != columns || !problems.isEmpty())
            qFatal("mapping failed");
        bench::report(QStringLiteral("map %1 columns").arg(columns), ms, QStringLiteral("ms"));
    }

    const QString huge = dir + QStringLiteral("/reader_huge.csv");
    writeRows(huge, rows, rows / 2);
    // Resets the peak resident size (Linux: 5 to clear_refs), so that it is the read's.
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
    clearRefs.close();
    const double before = bench::residentMb();
    const ReadResult result = readAll(huge);
    if (result.records != rows + 1 || result.flagged != 1)
        qFatal("read %lld records (%lld flagged) of %lld", result.records, result.flagged,
               rows + 1);
    bench::report(QStringLiteral("read %1 rows and a 100 MB field halfway").arg(rows), result.ms,
                  QStringLiteral("ms"));
    bench::report(QStringLiteral("peak memory while reading it (resident before: %1 MB)")
                      .arg(before, 0, 'f', 0),
                  bench::peakResidentMb(), QStringLiteral("MB"));
    QFile::remove(huge);
    return 0;
}
