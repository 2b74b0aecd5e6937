#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>
#include <QTemporaryFile>
#include <array>
#include <atomic>
#include <exception>
#include <functional>
#include <thread>
#include <unordered_set>

struct sqlite3;
struct sqlite3_stmt;

namespace lb::sqlite {

// The words of a lead that the search index holds, in the order of leads_fts's columns:
// first name, last name, company, e-mail, title, notes.
inline constexpr int searchColumnCount = 6;
using SearchWordsUtf8 = std::array<QByteArrayView, searchColumnCount>;

// Builds the leads' search index for a bulk load on a thread of its own, while the workspace's
// connection builds the other indexes: SQLite runs one statement at a time on a connection, and
// tokenizing a million leads (about 3 s) would otherwise wait for the seven index builds.
//
// The writing thread hands over each lead's final words as it writes the lead (a cheap append
// to a spool file; a lead given twice keeps the words given last). start() then indexes them
// in a private scratch database with the workspace's own FTS5 definition, which makes the same
// index that FTS5's 'rebuild' would. finishInto() waits for it and, inside the workspace's
// transaction, replaces the index's shadow tables with the scratch ones: FTS5's own
// 'delete-all' first, so that FTS5 forgets any index state it cached on the connection.
//
// Both temporary files go away with the builder, and even after a crash: the spool is opened
// without a name where the system allows it, and SQLite unlinks its scratch file as it opens it.
// Destroying the builder before finishInto() (a cancel, an error) stops the thread within a
// few hundred leads.
class SearchIndexBuilder
{
public:
    // `workspace` is the connection whose leads_fts definition the scratch index copies.
    explicit SearchIndexBuilder(sqlite3* workspace);
    ~SearchIndexBuilder();
    SearchIndexBuilder(const SearchIndexBuilder&) = delete;
    SearchIndexBuilder& operator=(const SearchIndexBuilder&) = delete;

    // Lead ids come in ascending order, except for leads given again (their new words win).
    // The words are UTF-8: what the writer has just bound to its INSERT.
    void addUtf8(qint64 leadId, const SearchWordsUtf8& words);
    // Gives every lead stored in `workspace` now, in id order (for a bulk load into a table
    // that was not empty); `eachEmail`, if given, also sees each lead's e-mail.
    void
    addStoredLeads(sqlite3* workspace,
                   const std::function<void(qint64 leadId, QByteArrayView email)>& eachEmail = {});
    // Every lead has been given: starts indexing on the builder's thread.
    void start();
    bool started() const { return m_thread.joinable() || m_finished; }
    // Waits for the index, then writes it into `workspace`'s leads_fts. Throws what the
    // builder's thread failed with.
    void finishInto(sqlite3* workspace);

private:
    struct RecordPlace
    {
        qint64 offset = 0;
        qint64 size = 0;
    };

    void beginRecord(qint64 leadId);
    void endRecord();
    void flushBlock();
    void run();
    void indexSpool();
    void indexRecord(const char* record);
    void copyTable(sqlite3* workspace, const char* select, const char* insert, int columns);
    void stopThread();

    QByteArray m_createSql; // the workspace's CREATE VIRTUAL TABLE leads_fts
    QTemporaryFile m_spool;
    QByteArray m_block; // records not yet written to the spool
    qint64 m_maxLeadId = 0;
    std::unordered_set<qint64> m_givenAgain; // their last record is indexed, after the others
    sqlite3* m_scratch = nullptr;
    sqlite3_stmt* m_insert = nullptr;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::exception_ptr m_error;
    bool m_finished = false;
};

} // namespace lb::sqlite
