#include "io/csvreader.h"

#include <QCoreApplication>
#include <QLocale>
#include <array>
#include <cstring>
#include <optional>
#include <utility>

namespace lb::io {

namespace {

// How many bytes at the end of `bytes` begin a UTF-8 character that the bytes do not finish.
qsizetype incompleteUtf8Tail(const QByteArray& bytes)
{
    const qsizetype n = bytes.size();
    for (qsizetype back = 1; back <= std::min<qsizetype>(3, n); ++back) {
        const auto byte = static_cast<unsigned char>(bytes.at(n - back));
        if ((byte & 0xC0) == 0x80)
            continue; // a continuation byte: its lead is further back
        const int length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
        return length > back ? back : 0;
    }
    return 0;
}

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

// UTF-16 without a byte order mark (some exporters write it so): a header row is letters,
// digits and punctuation, whose high byte is zero, so nearly every other byte is a zero while
// the bytes between are not. UTF-8 and Windows-1252 text never has a zero byte in it.
std::optional<CsvEncoding> utf16WithoutBom(const QByteArray& head)
{
    const qsizetype pairs = head.size() / 2;
    if (pairs < 2)
        return std::nullopt;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < pairs * 2; i += 2) {
        evenZeros += head[i] == '\0' ? 1 : 0;
        oddZeros += head[i + 1] == '\0' ? 1 : 0;
    }
    if (oddZeros * 2 >= pairs && evenZeros * 4 <= oddZeros)
        return CsvEncoding::Utf16LE;
    if (evenZeros * 2 >= pairs && oddZeros * 4 <= evenZeros)
        return CsvEncoding::Utf16BE;
    return std::nullopt;
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
    if (const std::optional<CsvEncoding> utf16 = utf16WithoutBom(m_file.peek(512)))
        return *utf16;
    // Without a BOM the whole file must be valid UTF-8, else it is Excel's Windows-1252: one
    // quick pass, so that a stray byte at row 900,000 does not turn into garbage.
    QByteArray carry;
    bool valid = true;
    while (valid) {
        QByteArray chunk = m_file.read(m_chunkBytes);
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
    m_chunkBytes = std::max<qint64>(4, options.chunkBytes); // (a BOM fits in the first read)
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        //: %1 the file, %2 the reason from the system
        m_error = QCoreApplication::translate("lb::CsvReader", "cannot read %1: %2")
                      .arg(path, m_file.errorString());
        return false;
    }
    m_fileSize = m_file.size();
    m_encoding = detectEncoding();
    switch (m_encoding) {
    case CsvEncoding::Utf8:
    case CsvEncoding::Utf8Bom:
        // Stateless: fill() hands it whole characters only, and Qt 6.4's decoder, holding the
        // start of a character that the next read did not go on with, dropped the byte after
        // it (a line end, or the next broken byte). The byte order mark is kept in the text
        // and skipped below, as in the other encodings.
        m_decoder =
            QStringDecoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless |
                                                       QStringConverter::Flag::ConvertInitialBom);
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
        //: %1 the CSV file
        m_error = QCoreApplication::translate("lb::CsvReader", "%1 is empty: it has no header row")
                      .arg(path);
        return false;
    }
    if (header.oversized || header.longField >= 0 || header.chars > maxRecordChars) {
        m_error = QCoreApplication::translate(
                      "lb::CsvReader",
                      "the header row of %1 is too long: a column name may hold at most %2 "
                      "characters, and the row at most %3")
                      .arg(path, QLocale().toString(qint64(maxFieldChars)),
                           QLocale().toString(qint64(maxRecordChars)));
        return false;
    }
    if (header.nulField >= 0) {
        m_error = QCoreApplication::translate("lb::CsvReader",
                                              "the header row of %1 holds a NUL byte (in column "
                                              "%2): it does not look like a text file")
                      .arg(path, QString::number(header.nulField + 1));
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
        m_nulEnd = std::max<qsizetype>(0, m_nulEnd - m_pos);
        m_pos = 0;
    }
    QByteArray bytes = m_file.read(m_chunkBytes);
    m_bytesRead += bytes.size();
    if (bytes.isEmpty() && m_utf8Tail.isEmpty()) {
        m_eof = true;
        return false;
    }
    if (m_encoding == CsvEncoding::Utf8 || m_encoding == CsvEncoding::Utf8Bom) {
        // A character cut by the end of a read goes whole into the next one, so that the
        // stateless decoder never sees half of one but at the end of the file. (Qt 6.4's own
        // state dropped the byte after a cut character that the next read did not go on with:
        // a line end, which put every later row on the wrong line; found by fuzz_csvreader.)
        const bool fileEnded = bytes.isEmpty();
        bytes.prepend(std::exchange(m_utf8Tail, QByteArray()));
        if (!fileEnded) {
            const qsizetype cut = incompleteUtf8Tail(bytes);
            m_utf8Tail = bytes.right(cut);
            bytes.chop(cut);
        }
    }
    const qsizetype start = m_buffer.size();
    if (m_ownCp1252)
        m_buffer += decodeCp1252(bytes);
    else
        m_buffer += m_decoder.decode(bytes);
    // One vectorised search a chunk, so that parseRecord() looks at cells only where a NUL is.
    // In the 8-bit encodings a NUL character is a zero byte: memchr() over the bytes just read
    // is the cheapest search there is.
    const bool utf16 = m_encoding == CsvEncoding::Utf16LE || m_encoding == CsvEncoding::Utf16BE;
    if (utf16 ? QStringView(m_buffer).sliced(start).contains(QChar(0))
              : std::memchr(bytes.constData(), 0, size_t(bytes.size())) != nullptr)
        m_nulEnd = m_buffer.size();
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
            // Holding the rest of this record would pull an unbounded part of the file into
            // memory: read on to its end without keeping it.
            skipOversized(record);
            return true;
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
    record.chars = rawEnd - m_pos;
    record.oversized = false;
    record.longField = -1;
    record.longFieldChars = 0;
    record.nulField = -1;
    record.cells.resize(m_refs.size());
    const QChar* scratch = m_scratch.constData();
    for (qsizetype k = 0; k < m_refs.size(); ++k) {
        const CellRef& ref = m_refs.at(k);
        record.cells[k] = QStringView((ref.scratch ? scratch : d) + ref.offset, ref.length);
    }
    if (record.chars > maxFieldChars) { // (only then can a cell be longer)
        for (qsizetype k = 0; k < m_refs.size() && record.longField < 0; ++k) {
            if (m_refs.at(k).length > maxFieldChars) {
                record.longField = k;
                record.longFieldChars = m_refs.at(k).length;
            }
        }
    }
    if (m_pos < m_nulEnd) {
        for (qsizetype k = 0; k < record.cells.size() && record.nulField < 0; ++k)
            if (record.cells.at(k).contains(QChar(0)))
                record.nulField = k;
    }
    m_line += innerLines + lineEnds;
    m_pos = i;
    return Parse::Done;
}

void CsvReader::skipOversized(CsvRecord& record)
{
    // The same grammar as parseRecord(), one character at a time across chunks (only for a
    // record of megabytes, so the simple loop costs nothing that matters), keeping only counts.
    record = CsvRecord{};
    record.line = m_line;
    record.oversized = true;
    const char16_t delimiter = m_delimiter.unicode();
    bool cellStart = true;
    bool quoted = false;
    bool quotePending = false; // a quote inside a quoted cell: its end, or the first of two
    bool previousCr = false;   // inside quotes, "\r\n" counts as one line break
    bool lineEnded = false;
    bool crEnded = false; // ended by a CR: a LF right after it belongs to it
    qsizetype cell = 0;
    qint64 cellChars = 0;
    qint64 innerLines = 0;
    auto endCell = [&] {
        if (cellChars > maxFieldChars && record.longField < 0) {
            record.longField = cell;
            record.longFieldChars = cellChars;
        }
        ++cell;
        cellChars = 0;
        cellStart = true;
    };
    for (;;) {
        const QChar* d = m_buffer.constData();
        const qsizetype n = m_buffer.size();
        qsizetype i = m_pos;
        while (i < n && !lineEnded) {
            const char16_t c = d[i].unicode();
            if (quotePending) {
                quotePending = false;
                if (c == u'"') { // a doubled quote: one quote character
                    ++cellChars;
                    ++record.chars;
                    ++i;
                    continue;
                }
                quoted = false; // it closed the quotes: read c as outside them
            }
            if (quoted) {
                if (c == u'"') {
                    quotePending = true;
                    previousCr = false;
                } else {
                    if (c == u'\r' || (c == u'\n' && !previousCr))
                        ++innerLines;
                    previousCr = c == u'\r';
                    ++cellChars;
                }
                ++record.chars;
                ++i;
                continue;
            }
            if (c == u'\n' || c == u'\r') {
                endCell();
                lineEnded = true;
                crEnded = c == u'\r';
                ++i;
                break;
            }
            if (c == delimiter) {
                endCell();
            } else if (cellStart && c == u'"') {
                quoted = true;
                cellStart = false;
                previousCr = false;
            } else {
                cellStart = false;
                ++cellChars;
            }
            ++record.chars;
            ++i;
        }
        m_pos = i;
        if (lineEnded && (!crEnded || m_pos < n))
            break; // (a CR at the end of the buffer: the next chunk says whether a LF follows)
        if (!fill()) {
            if (!lineEnded) {
                record.unterminated = quoted && !quotePending;
                endCell();
            }
            break;
        }
    }
    if (crEnded && m_pos < m_buffer.size() && m_buffer.at(m_pos) == u'\n')
        ++m_pos;
    m_line += innerLines + (lineEnded ? 1 : 0);
}

} // namespace lb::io
