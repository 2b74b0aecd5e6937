#include "io/rejectedwriter.h"

#include "io/importtypes.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace lb::io {

QString defaultRejectedPath(const QString& inputPath)
{
    return inputPath + QStringLiteral(".rejected.csv");
}

RejectedWriter::RejectedWriter(const QString& path, const QString& headerRaw,
                               const QStringList& header, QChar delimiter, bool dropLastColumns)
    : m_path(path), m_delimiter(delimiter), m_dropLast(dropLastColumns),
      m_file(std::make_unique<QSaveFile>(path))
{
    const bool existed = QFileInfo::exists(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_error = m_file->errorString();
        return;
    }
    // Rejected rows are people's data: a new file is for its owner only (0600). An existing
    // one keeps the permissions it was given.
    if (!existed)
        m_file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_file->write("\xEF\xBB\xBF");
    QString line;
    if (m_dropLast) {
        QList<QStringView> cells;
        for (qsizetype i = 0; i + 2 < header.size(); ++i)
            cells << QStringView(header.at(i));
        QStringList parts;
        for (QStringView cell : cells)
            parts << quoted(cell);
        line = parts.join(m_delimiter);
    } else {
        line = headerRaw;
    }
    write(line + m_delimiter + QStringLiteral("line") + m_delimiter + QStringLiteral("reason") +
          QStringLiteral("\r\n"));
}

RejectedWriter::~RejectedWriter()
{
    if (m_file)
        m_file->cancelWriting();
}

QString RejectedWriter::quoted(QStringView cell) const
{
    if (!cell.contains(m_delimiter) && !cell.contains(QLatin1Char('"')) &&
        !cell.contains(QLatin1Char('\n')) && !cell.contains(QLatin1Char('\r')))
        return cell.toString();
    QString text = cell.toString();
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

void RejectedWriter::write(const QString& text)
{
    if (m_error.isEmpty() && m_file->write(text.toUtf8()) < 0)
        m_error = m_file->errorString();
}

void RejectedWriter::add(qint64 line, QStringView raw, const QList<QStringView>& cells,
                         bool unterminated, const QString& reason)
{
    QString row;
    if (m_dropLast && !unterminated) {
        QStringList parts;
        for (qsizetype i = 0; i + 2 < cells.size(); ++i)
            parts << quoted(cells.at(i));
        row = parts.join(m_delimiter);
    } else {
        row = raw.toString();
        // Close it, so that the line and reason stay columns. (A record too big to keep has no
        // raw text, and so no quote to close.)
        if (unterminated && !raw.isEmpty())
            row += QLatin1Char('"');
    }
    write(row + m_delimiter + QString::number(line) + m_delimiter + quoted(reason) +
          QStringLiteral("\r\n"));
}

bool RejectedWriter::commit()
{
    if (m_error.isEmpty() && m_file) {
        const bool flushed = m_file->flush();
        if (flushed && ::fsync(m_file->handle()) != 0)
            m_error = QString::fromLocal8Bit(std::strerror(errno));
        else if (!flushed || !m_file->commit())
            m_error = m_file->errorString();
        else
            m_placed = true;
    }
    m_file.reset();
    return m_error.isEmpty();
}

void RejectedWriter::withdraw()
{
    if (m_placed)
        QFile::remove(m_path);
    m_placed = false;
}

QString RejectedWriter::errorString() const
{
    return m_error;
}

} // namespace lb::io
