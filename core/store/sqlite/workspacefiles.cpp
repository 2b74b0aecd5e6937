#include "store/sqlite/workspacefiles.h"

#include "store/sqlite/sqlitesupport.h"
#include "store/storeerror.h"

#include <sqlite3.h>

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <signal.h>
#include <unistd.h>

namespace lb::sqlite {

namespace {

QString systemReason(int error)
{
    switch (error) {
    case EACCES:
    case EPERM:
    case EROFS:
        //: Why a file could not be written: the user may not write in that folder.
        return QCoreApplication::translate("lb::Workspace", "you may not write in that folder");
    case ENOSPC:
    case EDQUOT:
        return QCoreApplication::translate("lb::Workspace", "the disk is full");
    case ENOENT:
    case ENOTDIR:
        return QCoreApplication::translate("lb::Workspace", "the folder does not exist");
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}

void syncPath(const QString& path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return; // a folder some file systems do not let us open: the rename stands anyway
    ::fsync(fd);
    ::close(fd);
}

// The id of the process whose partial file `name` is, from ".FILE.PURPOSE-PID-N" with any
// journal suffix; 0 when `name` is not one of them.
qint64 siblingOwner(const QString& name, const QString& prefix)
{
    if (!name.startsWith(prefix))
        return 0;
    QStringView rest = QStringView(name).mid(prefix.size());
    for (const char* suffix : {"-journal", "-wal", "-shm"}) {
        if (rest.endsWith(QLatin1String(suffix))) {
            rest.chop(qsizetype(std::strlen(suffix)));
            break;
        }
    }
    const qsizetype dash = rest.indexOf(QLatin1Char('-'));
    if (dash <= 0)
        return 0;
    bool pidOk = false;
    bool counterOk = false;
    const qint64 pid = rest.left(dash).toLongLong(&pidOk);
    (void)rest.mid(dash + 1).toULongLong(&counterOk); // only whether it is a number
    return pidOk && counterOk && pid > 0 ? pid : 0;
}

} // namespace

void removeAbandonedSiblings(const QString& finalPath, const QString& purpose)
{
    const QFileInfo info(finalPath);
    const QString prefix = QStringLiteral(".%1.%2-").arg(info.fileName(), purpose);
    const QDir folder = info.dir();
    const qint64 self = QCoreApplication::applicationPid();
    for (const QString& name : folder.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        const qint64 pid = siblingOwner(name, prefix);
        // kill(pid, 0) fails with ESRCH only when no such process runs (EPERM: it runs, as
        // another user).
        if (pid == 0 || pid == self || ::kill(pid_t(pid), 0) == 0 || errno != ESRCH)
            continue;
        QFile::remove(folder.filePath(name));
    }
}

QString createPrivateSibling(const QString& finalPath, const QString& purpose)
{
    static QAtomicInteger<quint64> counter;
    removeAbandonedSiblings(finalPath, purpose);
    const QFileInfo info(finalPath);
    for (int attempt = 0;; ++attempt) {
        // Hidden, and named after the file it becomes, so that a leftover after a crash says
        // what it was; the process id and a counter keep two writers apart.
        QString name = info.dir().filePath(QStringLiteral(".%1.%2-%3-%4")
                                               .arg(info.fileName(), purpose)
                                               .arg(QCoreApplication::applicationPid())
                                               .arg(counter.fetchAndAddRelaxed(1)));
        const int fd = ::open(QFile::encodeName(name).constData(),
                              O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) {
            ::close(fd);
            return name;
        }
        if (errno != EEXIST || attempt > 100)
            throw StoreError(StoreError::Kind::Io,
                             //: %1 the file, %2 the reason from the system
                             QCoreApplication::translate("lb::Workspace", "cannot create %1: %2")
                                 .arg(QDir::toNativeSeparators(finalPath), systemReason(errno)));
    }
}

void publish(const QString& from, const QString& to)
{
    syncPath(from, O_RDONLY);
    if (QFileInfo::exists(to) || !QFile::rename(from, to)) {
        // QFile::rename never replaces an existing file: someone made `to` meanwhile.
        if (QFileInfo::exists(to))
            throw StoreError(StoreError::Kind::Invalid,
                             //: %1 the file chosen
                             QCoreApplication::translate(
                                 "lb::Workspace", "%1 already exists: choose a new file name")
                                 .arg(QDir::toNativeSeparators(to)));
        throw StoreError(StoreError::Kind::Io,
                         //: %1 the file, %2 the reason from the system
                         QCoreApplication::translate("lb::Workspace", "cannot create %1: %2")
                             .arg(QDir::toNativeSeparators(to), systemReason(errno)));
    }
    syncPath(QFileInfo(to).absolutePath(), O_RDONLY | O_DIRECTORY);
}

void removeWithJournals(const QString& path)
{
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

FileStart readFileStart(const QString& path, int count)
{
    sqlite3_vfs* vfs = sqlite3_vfs_find(nullptr);
    // SQLite's file layer keeps the name for as long as the file is open, and reads the URI
    // parameters that follow a database's name: a name made as SQLite makes them has none.
    const QByteArray native = QFile::encodeName(path);
    const auto name = std::unique_ptr<const char, void (*)(const char*)>(
        sqlite3_create_filename(native.constData(), "", "", 0, nullptr),
        [](const char* made) { sqlite3_free_filename(made); });
    const auto file = std::unique_ptr<sqlite3_file, void (*)(sqlite3_file*)>(
        static_cast<sqlite3_file*>(sqlite3_malloc(vfs->szOsFile)),
        [](sqlite3_file* opened) { sqlite3_free(opened); });
    if (!name || !file)
        throwCode(SQLITE_NOMEM, QDir::toNativeSeparators(path));
    std::memset(file.get(), 0, std::size_t(vfs->szOsFile));
    errno = 0;
    int outFlags = 0;
    const int opened = vfs->xOpen(vfs, name.get(), file.get(),
                                  SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB, &outFlags);
    if (opened != SQLITE_OK) {
        const int error = errno;
        if (file->pMethods)
            file->pMethods->xClose(file.get());
        if (error == 0)
            throwCode(opened, QDir::toNativeSeparators(path));
        throw StoreError(StoreError::Kind::Io,
                         //: %1 the workspace file, %2 the reason from the system
                         QCoreApplication::translate("lb::Workspace", "cannot read %1: %2")
                             .arg(QDir::toNativeSeparators(path), systemReason(error)));
    }
    FileStart start;
    sqlite3_int64 size = 0;
    const int sized = file->pMethods->xFileSize(file.get(), &size);
    start.size = size;
    start.bytes = QByteArray(int(std::min<sqlite3_int64>(count, size)), '\0');
    const int read =
        sized == SQLITE_OK && !start.bytes.isEmpty()
            ? file->pMethods->xRead(file.get(), start.bytes.data(), int(start.bytes.size()), 0)
            : sized;
    file->pMethods->xClose(file.get());
    if (read != SQLITE_OK)
        throwCode(read, QDir::toNativeSeparators(path));
    return start;
}

void checkWholePages(const QString& path, const FileStart& start)
{
    const QByteArray& header = start.bytes;
    const qint64 size = start.size;
    if (header.size() < 100)
        return; // not an SQLite file at all: refused by its first bytes
    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    const quint32 rawPageSize = qFromBigEndian<quint16>(bytes + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const qint64 pagesInHeader = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool logHoldsPages = wal.exists() && wal.size() > 32; // more than the log's header
    const bool shapeIsWrong =
        pageSize < 512 || (pageSize & (pageSize - 1)) != 0 || size % pageSize != 0 ||
        // The header's page count holds when it was written with the change counter.
        (!logHoldsPages && validFor == changeCounter && pagesInHeader != 0 &&
         pagesInHeader * pageSize != size);
    if (shapeIsWrong)
        throw StoreError(
            StoreError::Kind::Corrupted,
            //: %1 the workspace file
            QCoreApplication::translate("lb::Workspace",
                                        "%1 is damaged: the file was cut short or added to (its "
                                        "size is not that of whole pages); restore a backup")
                .arg(QDir::toNativeSeparators(path)));
}

void checkWritable(const QString& path)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (!folder.isWritable())
        throw StoreError(StoreError::Kind::Io,
                         //: %1 is the workspace file, %2 its folder.
                         QCoreApplication::translate(
                             "lb::Workspace",
                             "%1 is in a folder you may not write in (%2): Leadbench keeps a "
                             "journal beside the workspace as it works; copy the workspace to "
                             "a folder of your own")
                             .arg(QDir::toNativeSeparators(path),
                                  QDir::toNativeSeparators(folder.absoluteFilePath())));
    if (file.exists() && !file.isWritable())
        throw StoreError(StoreError::Kind::Io,
                         //: %1 the workspace file
                         QCoreApplication::translate(
                             "lb::Workspace",
                             "%1 is read-only: allow yourself to write it, or copy it to a "
                             "folder of your own")
                             .arg(QDir::toNativeSeparators(path)));
}

} // namespace lb::sqlite
