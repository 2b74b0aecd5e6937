#include "io/csvreader.h"

#include <QCoreApplication>
#include <array>
#include <cstring>

namespace lb::io {

namespace {

constexpr qint64 chunkBytes = 1 << 20;

// Windows-1252 differs from Latin-1 only in 0x80-0x9F; used when Qt has no ICU codec for it.
constexpr std::array<char16_t, 32> cp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString decodeCp1252(const QByteArray& bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        out[i] = (byte >= 0x80 && byte < 0xA0) ? QChar(cp1252High[byte - 0x80]) : QChar(byte);
    }
    return text;
}

} // namespace

QString encodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case CsvEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case CsvEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case CsvEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case CsvEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

bool isValidUtf8Prefix(const char* data, qsizetype size, qsizetype* validUpTo)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(data);
    qsizetype i = 0;
    while (i < size) {
        // ASCII runs are the common case: skip them eight bytes at a time.
        while (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, bytes + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned int minimum = 0;
        unsigned int code = 0;
        if ((lead & 0xE0) == 0xC0)
            length = 2, minimum = 0x80, code = lead & 0x1F;
        else if ((lead & 0xF0) == 0xE0)
            length = 3, minimum = 0x800, code = lead & 0x0F;
        else if ((lead & 0xF8) == 0xF0)
            length = 4, minimum = 0x10000, code = lead & 0x07;
        else
            return false;
        if (i + length > size) {
            // Cut at the end: the caller carries the bytes over to the next chunk.
            for (qsizetype k = i + 1; k < size; ++k)
                if ((bytes[k] & 0xC0) != 0x80)
                    return false;
            if (validUpTo)
                *validUpTo = i;
            return true;
        }
        for (int k = 1; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (bytes[i + k] & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        i += length;
    }
    if (validUpTo)
        *validUpTo = size;
    return true;
}

CsvEncoding CsvReader::detectEncoding()
{
    const QByteArray head = m_file.peek(4);
    if (head.startsWith("\xEF\xBB\xBF"))
        return CsvEncoding::Utf8Bom;
    if (head.startsWith("\xFF\xFE"))
        return CsvEncoding::Utf16LE;
    if (head.startsWith("\xFE\xFF"))
        return CsvEncoding::Utf16BE;
    // Without a BOM the whole file must be valid UTF-8, else it is Excel's Windows-1252: one
    // quick pass, so that a stray byte at row 900,000 does not turn into garbage.
    QByteArray carry;
    bool valid = true;
    while (valid) {
        QByteArray chunk = m_file.read(chunkBytes);
        if (chunk.isEmpty())
            break;
        if (!carry.isEmpty())
            chunk.prepend(carry);
        qsizetype upTo = 0;
        valid = isValidUtf8Prefix(chunk.constData(), chunk.size(), &upTo);
        carry = chunk.mid(upTo);
    }
    if (!carry.isEmpty())
        valid = false; // ends inside a multi-byte sequence
    m_file.seek(0);
    return valid ? CsvEncoding::Utf8 : CsvEncoding::Windows1252;
}

bool CsvReader::open(const QString& path, const Options& options)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = QCoreApplication::translate("lb::CsvReader", "cannot read %1: %2")
                      .arg(path, m_file.errorString());
        return false;
    }
    m_fileSize = m_file.size();
    m_encoding = detectEncoding();
    switch (m_encoding) {
    case CsvEncoding::Utf8:
    case CsvEncoding::Utf8Bom:
        m_decoder = QStringDecoder(QStringConverter::Utf8);
        break;
    case CsvEncoding::Utf16LE:
        m_decoder = QStringDecoder(QStringConverter::Utf16LE);
        break;
    case CsvEncoding::Utf16BE:
        m_decoder = QStringDecoder(QStringConverter::Utf16BE);
        break;
    case CsvEncoding::Windows1252:
        m_decoder = QStringDecoder("windows-1252");
        m_ownCp1252 = !m_decoder.isValid();
        break;
    }
    fill();
    if (m_buffer.startsWith(QChar(0xFEFF)))
        m_pos = 1;
    m_delimiter = options.delimiter ? *options.delimiter : detectDelimiter();

    CsvRecord header;
    if (!next(header)) {
        m_error = QCoreApplication::translate("lb::CsvReader", "%1 is empty: it has no header row")
                      .arg(path);
        return false;
    }
    m_headerRaw = header.raw.toString();
    for (QStringView cell : header.cells)
        m_header << cell.trimmed().toString();
    return true;
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray bytes = m_file.read(chunkBytes);
    m_bytesRead += bytes.size();
    if (bytes.isEmpty()) {
        m_eof = true;
        return false;
    }
    if (m_ownCp1252)
        m_buffer += decodeCp1252(bytes);
    else
        m_buffer += m_decoder.decode(bytes);
    return true;
}

QChar CsvReader::detectDelimiter()
{
    // The most frequent candidate outside quotes on the header line; ties go to the order of
    // the spec (, ; TAB |).
    const std::array<char16_t, 4> candidates = {u',', u';', u'\t', u'|'};
    std::array<int, 4> counts = {0, 0, 0, 0};
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
        const char16_t c = m_buffer.at(i).unicode();
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted)
            for (size_t k = 0; k < candidates.size(); ++k)
                if (c == candidates[k])
                    ++counts[k];
    }
    size_t best = 0;
    for (size_t k = 1; k < candidates.size(); ++k)
        if (counts[k] > counts[best])
            best = k;
    return QChar(candidates[best]);
}

bool CsvReader::next(CsvRecord& record)
{
    for (;;) {
        const bool atEnd = m_eof;
        const Parse result = parseRecord(record, atEnd);
        if (result == Parse::Done)
            return true;
        if (result == Parse::Empty)
            continue;
        // NeedMore
        if (m_pos >= m_buffer.size() && atEnd)
            return false;
        if (m_buffer.size() - m_pos > maxRecordChars) {
            // A quote that never closes would otherwise pull the whole file into memory: the
            // record ends here, unterminated, and nothing after it is read.
            m_eof = true;
            m_file.close();
            continue;
        }
        fill(); // at the end of the file this sets m_eof: parse once more to finish
    }
}

CsvReader::Parse CsvReader::parseRecord(CsvRecord& record, bool atEnd)
{
    const QChar* d = m_buffer.constData();
    const qsizetype n = m_buffer.size();
    qsizetype i = m_pos;
    if (i >= n)
        return Parse::NeedMore;
    const char16_t delimiter = m_delimiter.unicode();

    // An empty line.
    if (d[i] == u'\n' || d[i] == u'\r') {
        if (d[i] == u'\r' && i + 1 >= n && !atEnd)
            return Parse::NeedMore;
        i += (d[i] == u'\r' && i + 1 < n && d[i + 1] == u'\n') ? 2 : 1;
        m_pos = i;
        ++m_line;
        return Parse::Empty;
    }

    m_refs.clear();
    m_scratch.clear();
    qint64 innerLines = 0;
    bool unterminated = false;
    for (;;) {
        if (i < n && d[i] == u'"') {
            const qsizetype start = m_scratch.size();
            ++i;
            for (;;) {
                qsizetype q = i;
                while (q < n && d[q] != u'"') {
                    if (d[q] == u'\n' || (d[q] == u'\r' && !(q + 1 < n && d[q + 1] == u'\n')))
                        ++innerLines;
                    ++q;
                }
                m_scratch.append(QStringView(d + i, q - i));
                if (q >= n) {
                    if (!atEnd)
                        return Parse::NeedMore;
                    unterminated = true;
                    i = n;
                    break;
                }
                if (q + 1 >= n && !atEnd)
                    return Parse::NeedMore;
                if (q + 1 < n && d[q + 1] == u'"') {
                    m_scratch.append(QLatin1Char('"'));
                    i = q + 2;
                    continue;
                }
                i = q + 1;
                break;
            }
            // Text after the closing quote belongs to the cell (lenient, as Excel reads it).
            while (i < n && d[i] != delimiter && d[i] != u'\n' && d[i] != u'\r')
                m_scratch.append(d[i++]);
            m_refs.append({true, start, m_scratch.size() - start});
        } else {
            const qsizetype start = i;
            while (i < n && d[i] != delimiter && d[i] != u'\n' && d[i] != u'\r')
                ++i;
            m_refs.append({false, start, i - start});
        }
        if (i >= n) {
            if (!atEnd)
                return Parse::NeedMore;
            break;
        }
        if (d[i] == delimiter) {
            ++i;
            continue;
        }
        break; // line end
    }

    const qsizetype rawEnd = i;
    qint64 lineEnds = 0;
    if (i < n) {
        if (d[i] == u'\r' && i + 1 >= n && !atEnd)
            return Parse::NeedMore;
        i += (d[i] == u'\r' && i + 1 < n && d[i + 1] == u'\n') ? 2 : 1;
        lineEnds = 1;
    }
    record.line = m_line;
    record.raw = QStringView(d + m_pos, rawEnd - m_pos);
    record.unterminated = unterminated;
    record.cells.resize(m_refs.size());
    const QChar* scratch = m_scratch.constData();
    for (qsizetype k = 0; k < m_refs.size(); ++k) {
        const CellRef& ref = m_refs.at(k);
        record.cells[k] = QStringView((ref.scratch ? scratch : d) + ref.offset, ref.length);
    }
    m_line += innerLines + lineEnds;
    m_pos = i;
    return Parse::Done;
}

} // namespace lb::io
