#include "store/sqlite/searchindexbuilder.h"

#include "store/sqlite/schemaverifier.h"

#include "store/sqlite/sqlitesupport.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QStorageInfo>
#include <algorithm>
#include <cstring>
#include <sqlite3.h>
#include <unordered_map>
#include <utility>
#include <vector>

namespace lb::sqlite {

namespace {

// Records are written to the spool in blocks of about this size, each led by its length.
constexpr qsizetype blockBytes = 4 * 1024 * 1024;
constexpr qsizetype blockHeaderBytes = sizeof(quint32);
// FTS5 gathers this many bytes of terms before it writes a segment (1 MiB by default): fewer
// segments to merge, a quarter less time at a million leads.
constexpr int termBufferBytes = 16 * 1024 * 1024;

// A spool record: the lead id, then each column's UTF-8 length and bytes.
template <typename T> T readValue(const char* at)
{
    T value;
    std::memcpy(&value, at, sizeof value);
    return value;
}

qsizetype recordSize(const char* record)
{
    qsizetype size = sizeof(qint64);
    for (int column = 0; column < searchColumnCount; ++column)
        size += qsizetype(sizeof(quint32)) + readValue<quint32>(record + size);
    return size;
}

void execute(sqlite3* db, const char* sql)
{
    check(db, sqlite3_exec(db, sql, nullptr, nullptr, nullptr), sql);
}

[[noreturn]] void spoolFailed(const QFile& file)
{
    // A write that fails for want of space does not always leave its reason in the file
    // ("Unknown error"): the folder's free space tells.
    const QStorageInfo storage(QDir::tempPath());
    if (storage.isValid() && storage.bytesAvailable() < 1024 * 1024)
        throw StoreError(StoreError::Kind::Io,
                         //: %1 is the folder for temporary files.
                         QCoreApplication::translate(
                             "lb::SearchIndexBuilder",
                             "the folder for temporary files (%1) is full: make room there, or "
                             "set TMPDIR to a folder on a disk with room")
                             .arg(QDir::toNativeSeparators(QDir::tempPath())));
    throw StoreError(StoreError::Kind::Io,
                     //: %1 the file, %2 the reason from the system
                     QCoreApplication::translate("lb::SearchIndexBuilder",
                                                 "cannot use the temporary file %1: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
}

} // namespace

SearchIndexBuilder::SearchIndexBuilder(sqlite3* workspace)
    : m_spool(QDir::tempPath() + QStringLiteral("/leadbench-search-XXXXXX"))
{
    sqlite3_stmt* definition =
        prepareRaw(workspace, "SELECT sql FROM sqlite_master WHERE name = 'leads_fts'");
    if (sqlite3_step(definition) == SQLITE_ROW)
        m_createSql = reinterpret_cast<const char*>(sqlite3_column_text(definition, 0));
    sqlite3_finalize(definition);
    if (m_createSql.isEmpty())
        throw StoreError(StoreError::Kind::NotAWorkspace,
                         QStringLiteral("The workspace has no leads_fts search index."));
    if (!m_spool.open())
        spoolFailed(m_spool);
    m_block.reserve(blockBytes + 64 * 1024);
    m_block.resize(blockHeaderBytes);
}

SearchIndexBuilder::~SearchIndexBuilder()
{
    stopThread();
    sqlite3_finalize(m_insert);
    sqlite3_close(m_scratch);
}

void SearchIndexBuilder::stopThread()
{
    if (!m_thread.joinable())
        return;
    m_stop = true;
    m_thread.join();
}

void SearchIndexBuilder::beginRecord(qint64 leadId)
{
    if (leadId <= m_maxLeadId)
        m_givenAgain.insert(leadId);
    else
        m_maxLeadId = leadId;
    m_block.append(reinterpret_cast<const char*>(&leadId), sizeof leadId);
}

void SearchIndexBuilder::endRecord()
{
    if (m_block.size() >= blockBytes)
        flushBlock();
}

void SearchIndexBuilder::addUtf8(qint64 leadId, const SearchWordsUtf8& words)
{
    beginRecord(leadId);
    qsizetype size = 0;
    for (const QByteArrayView text : words)
        size += qsizetype(sizeof(quint32)) + text.size();
    // One resize and plain copies: this runs on an import's writing thread for every lead.
    qsizetype at = m_block.size();
    m_block.resize(at + size);
    char* const block = m_block.data();
    for (const QByteArrayView text : words) {
        const auto length = quint32(text.size());
        std::memcpy(block + at, &length, sizeof length);
        if (length > 0)
            std::memcpy(block + at + sizeof length, text.data(), length);
        at += qsizetype(sizeof length) + text.size();
    }
    endRecord();
}

void SearchIndexBuilder::addStoredLeads(
    sqlite3* workspace, const std::function<void(qint64 leadId, QByteArrayView email)>& eachEmail)
{
    static constexpr char sql[] =
        "SELECT id, first_name, last_name, company, email, title, notes FROM leads ORDER BY id";
    sqlite3_stmt* leads = prepareRaw(workspace, sql);
    const auto column = [leads](int index) {
        return QByteArrayView(reinterpret_cast<const char*>(sqlite3_column_text(leads, index)),
                              sqlite3_column_bytes(leads, index));
    };
    try {
        int result;
        while ((result = sqlite3_step(leads)) == SQLITE_ROW) {
            const qint64 id = sqlite3_column_int64(leads, 0);
            addUtf8(id, {column(1), column(2), column(3), column(4), column(5), column(6)});
            if (eachEmail)
                eachEmail(id, column(4));
        }
        check(workspace, result, sql);
    } catch (...) {
        sqlite3_finalize(leads);
        throw;
    }
    sqlite3_finalize(leads);
}

void SearchIndexBuilder::flushBlock()
{
    const auto length = quint32(m_block.size() - blockHeaderBytes);
    if (length == 0)
        return;
    std::memcpy(m_block.data(), &length, sizeof length);
    if (m_spool.write(m_block) != m_block.size())
        spoolFailed(m_spool);
    m_block.resize(blockHeaderBytes);
}

void SearchIndexBuilder::start()
{
    if (started())
        return;
    flushBlock();
    if (!m_spool.flush())
        spoolFailed(m_spool);
    m_block = QByteArray(); // the reading thread has buffers of its own
    m_thread = std::thread([this] {
        try {
            run();
        } catch (...) {
            m_error = std::current_exception();
        }
    });
}

void SearchIndexBuilder::run()
{
    // An empty name opens a private database in a temporary file, deleted when it is closed.
    // Used by one thread at a time: no mutex.
    const int opened = sqlite3_open_v2(
        "", &m_scratch, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    check(m_scratch, opened, "scratch database for the search index");
    execute(m_scratch, "PRAGMA journal_mode=OFF");
    execute(m_scratch, "PRAGMA synchronous=OFF");
    execute(m_scratch, "PRAGMA cache_size=-8192");
    // The workspace's own definition: the same columns, tokenizer and options make the same
    // index. (Its external content table is never read here: nothing is deleted or rebuilt.)
    execute(m_scratch, m_createSql.constData());
    execute(m_scratch, QByteArray("INSERT INTO leads_fts(leads_fts, rank) VALUES('hashsize', " +
                                  QByteArray::number(termBufferBytes) + ")")
                           .constData());
    execute(m_scratch, "BEGIN");
    m_insert = prepareRaw(m_scratch, "INSERT INTO leads_fts(rowid, first_name, last_name, "
                                     "company, email, title, notes) VALUES(?1, ?2, ?3, ?4, "
                                     "?5, ?6, ?7)");
    indexSpool();
    if (!m_stop)
        execute(m_scratch, "COMMIT");
}

void SearchIndexBuilder::indexSpool()
{
    // First every lead given once, in ascending id order as FTS5 writes fastest; then the last
    // words of each lead given again (one more segment, instead of one per lead out of order).
    std::unordered_map<qint64, RecordPlace> lastPlaces;
    if (!m_spool.seek(0))
        spoolFailed(m_spool);
    QByteArray block;
    qint64 blockOffset = 0;
    quint32 length = 0;
    while (!m_stop &&
           m_spool.read(reinterpret_cast<char*>(&length), sizeof length) == qint64(sizeof length)) {
        block.resize(length);
        if (m_spool.read(block.data(), length) != qint64(length))
            spoolFailed(m_spool);
        const char* record = block.constData();
        const char* const end = record + length;
        int sinceStopCheck = 0;
        while (record < end) {
            const qsizetype size = recordSize(record);
            const auto leadId = readValue<qint64>(record);
            if (m_givenAgain.count(leadId))
                lastPlaces[leadId] = {blockOffset + blockHeaderBytes + (record - block.constData()),
                                      size};
            else
                indexRecord(record);
            record += size;
            if (++sinceStopCheck == 256) {
                sinceStopCheck = 0;
                if (m_stop)
                    return;
            }
        }
        blockOffset += blockHeaderBytes + length;
    }

    std::vector<qint64> again;
    again.reserve(lastPlaces.size());
    for (const auto& [leadId, place] : lastPlaces)
        again.push_back(leadId);
    std::sort(again.begin(), again.end());
    for (const qint64 leadId : again) {
        if (m_stop)
            return;
        const RecordPlace& place = lastPlaces.at(leadId);
        block.resize(place.size);
        if (!m_spool.seek(place.offset) || m_spool.read(block.data(), place.size) != place.size)
            spoolFailed(m_spool);
        indexRecord(block.constData());
    }
}

void SearchIndexBuilder::indexRecord(const char* record)
{
    sqlite3_bind_int64(m_insert, 1, readValue<qint64>(record));
    const char* at = record + sizeof(qint64);
    for (int column = 0; column < searchColumnCount; ++column) {
        const auto length = readValue<quint32>(at);
        at += sizeof(quint32);
        if (length == 0)
            sqlite3_bind_null(m_insert, column + 2);
        else
            sqlite3_bind_text(m_insert, column + 2, at, int(length), SQLITE_STATIC);
        at += length;
    }
    const int result = sqlite3_step(m_insert);
    sqlite3_reset(m_insert);
    check(m_scratch, result, "search index of the scratch database");
}

void SearchIndexBuilder::copyTable(sqlite3* workspace, const char* select, const char* insert,
                                   int columns)
{
    sqlite3_stmt* from = prepareRaw(m_scratch, select);
    sqlite3_stmt* into = nullptr;
    try {
        into = prepareRaw(workspace, insert);
        int result;
        while ((result = sqlite3_step(from)) == SQLITE_ROW) {
            for (int column = 0; column < columns; ++column)
                sqlite3_bind_value(into, column + 1, sqlite3_column_value(from, column));
            const int written = sqlite3_step(into);
            sqlite3_reset(into);
            check(workspace, written, insert);
        }
        check(m_scratch, result, select);
    } catch (...) {
        sqlite3_finalize(into);
        sqlite3_finalize(from);
        throw;
    }
    sqlite3_finalize(into);
    sqlite3_finalize(from);
}

void SearchIndexBuilder::finishInto(sqlite3* workspace)
{
    start();
    m_thread.join();
    m_finished = true;
    sqlite3_finalize(std::exchange(m_insert, nullptr));
    if (m_error)
        std::rethrow_exception(m_error);
    // 'delete-all' empties the index through FTS5, which drops the index structure it may hold
    // in memory for this connection; the rows written behind it are then read afresh.
    execute(workspace, "INSERT INTO leads_fts(leads_fts) VALUES('delete-all')");
    const ShadowTableWrites ownIndex(workspace); // the workspace's connections are defensive
    execute(workspace, "DELETE FROM leads_fts_data");
    execute(workspace, "DELETE FROM leads_fts_idx");
    copyTable(workspace, "SELECT id, block FROM leads_fts_data",
              "INSERT INTO leads_fts_data(id, block) VALUES(?1, ?2)", 2);
    copyTable(workspace, "SELECT segid, term, pgno FROM leads_fts_idx",
              "INSERT INTO leads_fts_idx(segid, term, pgno) VALUES(?1, ?2, ?3)", 3);
    sqlite3_close(std::exchange(m_scratch, nullptr));
}

} // namespace lb::sqlite
