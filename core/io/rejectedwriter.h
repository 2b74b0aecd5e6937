#pragma once

#include <QChar>
#include <QSaveFile>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <memory>

namespace lb::io {

// Writes FILE.rejected.csv: the header and the rejected rows as they were, plus `line` and
// `reason` columns, in the input's delimiter, UTF-8 with BOM. It appears only on commit(), so
// a cancelled or failed import leaves no half file behind.
class RejectedWriter
{
public:
    // `dropLastColumns`: the input was itself a .rejected.csv whose old line and reason columns
    // are replaced by the new ones.
    RejectedWriter(const QString& path, const QString& headerRaw, const QStringList& header,
                   QChar delimiter, bool dropLastColumns);
    ~RejectedWriter();

    void add(qint64 line, QStringView raw, const QList<QStringView>& cells, bool unterminated,
             const QString& reason);
    // Makes the rows written so far durable under the temporary name, so that commit() is left
    // with the rename alone. Called before the import's transaction commits: a process killed
    // between that commit and the rename loses the rejected rows of an import that was saved,
    // and the fsync (milliseconds on a busy disk) was most of that window. An error is kept
    // for commit() to report.
    void prepareCommit();
    // Returns false with errorString() when the file cannot be written.
    bool commit();
    QString errorString() const;
    QString path() const { return m_path; }

private:
    QString quoted(QStringView cell) const;
    void write(const QString& text);

    QString m_path;
    QChar m_delimiter;
    bool m_dropLast;
    std::unique_ptr<QSaveFile> m_file;
    QString m_error;
};

} // namespace lb::io
