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
    // Makes the rows durable and puts the file in place (an existing one is replaced). Called
    // just before the import's transaction commits, so that an import that was saved always has
    // its file: a process killed between the two leaves the file of an import that was not
    // saved, which the next try writes again, rather than a saved import without one. Returns
    // false with errorString() when the file cannot be written.
    bool commit();
    // Removes the file commit() put in place: the import it tells of was not saved.
    void withdraw();
    QString errorString() const;
    QString path() const { return m_path; }

private:
    QString quoted(QStringView cell) const;
    void write(const QString& text);

    QString m_path;
    QChar m_delimiter;
    bool m_dropLast;
    bool m_placed = false;
    std::unique_ptr<QSaveFile> m_file;
    QString m_error;
};

} // namespace lb::io
