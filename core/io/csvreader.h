#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace lb::io {

// The text encodings docs/spec/csv-import.md accepts.
enum class CsvEncoding
{
    Utf8,
    Utf8Bom,
    Utf16LE,
    Utf16BE,
    Windows1252
};

QString encodingName(CsvEncoding encoding);

// One record of the file. The cells are views into the reader's buffers: valid until the next
// call to CsvReader::next().
struct CsvRecord
{
    qint64 line = 0; // physical line (1-based) where the record starts
    QList<QStringView> cells;
    QStringView raw;           // the record's text as it stood in the file, without line end
    bool unterminated = false; // a quoted field ran to the end of the file
    qint64 chars = 0;          // the record's length in characters, without line end
    // Longer than CsvReader::maxRecordChars before its end was in memory: it was read to its end
    // without being kept, so `cells` and `raw` are empty (the rows after it are read as usual).
    bool oversized = false;
    qsizetype longField = -1;  // the first cell longer than CsvReader::maxFieldChars, or -1
    qint64 longFieldChars = 0; // that cell's length in characters
    qsizetype nulField = -1;   // the first cell holding a NUL character, or -1
};

// A streaming RFC 4180 reader (docs/spec/csv-import.md, Reading the file): detects the encoding and
// the delimiter, keeps only a chunk of the file in memory, and reports where it is so that a
// long import can show progress.
struct CsvReaderOptions
{
    std::optional<QChar> delimiter; // overrides detection
    // How much of the file is read at a time (the delimiter is detected in the first read).
    // The fuzzer makes it small so that records cross many reads.
    qint64 chunkBytes = 1 << 20;
};

class CsvReader
{
public:
    using Options = CsvReaderOptions; // (outside: clang refuses `= {}` of a nested one)

    CsvReader() = default;
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // Opens the file, detects the encoding and delimiter, and reads the header. Returns false
    // with errorString() set when the file cannot be read or has no header.
    bool open(const QString& path, const Options& options = {});
    QString errorString() const { return m_error; }

    CsvEncoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }
    const QStringList& header() const { return m_header; }
    QString headerRaw() const { return m_headerRaw; }

    // The next non-empty record; false at the end of the file.
    bool next(CsvRecord& record);

    qint64 bytesRead() const { return m_bytesRead; }
    qint64 fileSize() const { return m_fileSize; }

    // The size limits (README, CSV): a field of more than 1 Mi characters, or a
    // record of more than 8 Mi, is flagged (CsvRecord::longField, CsvRecord::chars) for the
    // import to reject. A record whose end is not found within maxRecordChars is read on to its
    // end a chunk at a time without being kept: memory stays bounded, and the next record is
    // found where it really starts, even past a huge quoted field.
    static constexpr qsizetype maxFieldChars = 1024 * 1024;
    static constexpr qsizetype maxRecordChars = 8 * 1024 * 1024;

private:
    CsvEncoding detectEncoding();
    bool fill();
    QChar detectDelimiter();
    enum class Parse
    {
        Done,
        NeedMore,
        Empty
    };
    Parse parseRecord(CsvRecord& record, bool atEnd);
    void skipOversized(CsvRecord& record);

    QFile m_file;
    QString m_error;
    CsvEncoding m_encoding = CsvEncoding::Utf8;
    QStringDecoder m_decoder;
    QByteArray m_utf8Tail; // the start of a character the last read cut off
    bool m_ownCp1252 = false;
    QChar m_delimiter = QLatin1Char(',');
    QStringList m_header;
    QString m_headerRaw;
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    qint64 m_fileSize = 0;
    qint64 m_chunkBytes = CsvReaderOptions().chunkBytes;
    // The end (in m_buffer) of the last chunk that held a NUL character; records that start
    // before it are searched for one. 0: none in the buffer (the common case costs nothing).
    qsizetype m_nulEnd = 0;
    // Unescaped text of quoted cells; a cell refers to it by offset until the record is done.
    QString m_scratch;
    struct CellRef
    {
        bool scratch;
        qsizetype offset;
        qsizetype length;
    };
    QList<CellRef> m_refs;
};

// Whether `bytes` is valid UTF-8 (a sequence cut at the end counts as valid: more follows).
bool isValidUtf8Prefix(const char* data, qsizetype size, qsizetype* validUpTo = nullptr);

} // namespace lb::io
