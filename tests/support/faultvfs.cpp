#include "support/faultvfs.h"

#include <atomic>
#include <mutex>
#include <sqlite3.h>

namespace lb::test {

namespace {

struct State
{
    std::atomic<unsigned> ops{0};
    std::atomic<qint64> calls{0};
    std::atomic<qint64> failAt{0}; // 0: fail none
    std::atomic<bool> persistent{false};
    std::atomic<qint64> budget{-1}; // bytes the files may still grow by; -1: no limit
    std::atomic<qint64> grown{0};
    std::atomic<qint64> injected{0};
    std::atomic<qint64> opens{0};
};

State& state()
{
    static State s;
    return s;
}

sqlite3_vfs* realVfs = nullptr;
sqlite3_vfs faultVfs;
sqlite3_io_methods faultMethods;

// Our file, with the real file's structure right behind it (szOsFile covers both).
struct FaultFile
{
    sqlite3_file base;
    sqlite3_file* real;
};

sqlite3_file* real(sqlite3_file* file)
{
    return reinterpret_cast<FaultFile*>(file)->real;
}

bool shouldFail(FaultVfs::Op op)
{
    State& s = state();
    if ((s.ops.load() & op) == 0)
        return false;
    const qint64 n = ++s.calls;
    const qint64 at = s.failAt.load();
    if (at > 0 && (n == at || (s.persistent.load() && n > at))) {
        ++s.injected;
        return true;
    }
    return false;
}

int faultClose(sqlite3_file* file)
{
    return real(file)->pMethods->xClose(real(file));
}

int faultRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset)
{
    if (shouldFail(FaultVfs::Read))
        return SQLITE_IOERR_READ;
    return real(file)->pMethods->xRead(real(file), buffer, amount, offset);
}

int faultWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset)
{
    if (shouldFail(FaultVfs::Write))
        return SQLITE_IOERR_WRITE;
    State& s = state();
    if (s.budget.load() >= 0) {
        sqlite3_int64 size = 0;
        if (real(file)->pMethods->xFileSize(real(file), &size) != SQLITE_OK)
            size = 0;
        const qint64 growth = qMax<qint64>(0, offset + amount - size);
        if (growth > 0) {
            if (s.grown.fetch_add(growth) + growth > s.budget.load()) {
                s.grown.fetch_sub(growth);
                ++s.injected;
                return SQLITE_FULL;
            }
        }
    }
    return real(file)->pMethods->xWrite(real(file), buffer, amount, offset);
}

int faultTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    if (shouldFail(FaultVfs::Truncate))
        return SQLITE_IOERR_TRUNCATE;
    return real(file)->pMethods->xTruncate(real(file), size);
}

int faultSync(sqlite3_file* file, int flags)
{
    if (shouldFail(FaultVfs::Sync))
        return SQLITE_IOERR_FSYNC;
    return real(file)->pMethods->xSync(real(file), flags);
}

int faultFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    return real(file)->pMethods->xFileSize(real(file), size);
}

int faultLock(sqlite3_file* file, int lock)
{
    return real(file)->pMethods->xLock(real(file), lock);
}

int faultUnlock(sqlite3_file* file, int lock)
{
    return real(file)->pMethods->xUnlock(real(file), lock);
}

int faultCheckReservedLock(sqlite3_file* file, int* out)
{
    return real(file)->pMethods->xCheckReservedLock(real(file), out);
}

int faultFileControl(sqlite3_file* file, int op, void* arg)
{
    return real(file)->pMethods->xFileControl(real(file), op, arg);
}

int faultSectorSize(sqlite3_file* file)
{
    return real(file)->pMethods->xSectorSize(real(file));
}

int faultDeviceCharacteristics(sqlite3_file* file)
{
    return real(file)->pMethods->xDeviceCharacteristics(real(file));
}

int faultShmMap(sqlite3_file* file, int page, int size, int extend, void volatile** out)
{
    return real(file)->pMethods->xShmMap(real(file), page, size, extend, out);
}

int faultShmLock(sqlite3_file* file, int offset, int n, int flags)
{
    return real(file)->pMethods->xShmLock(real(file), offset, n, flags);
}

void faultShmBarrier(sqlite3_file* file)
{
    real(file)->pMethods->xShmBarrier(real(file));
}

int faultShmUnmap(sqlite3_file* file, int deleteFlag)
{
    return real(file)->pMethods->xShmUnmap(real(file), deleteFlag);
}

int faultFetch(sqlite3_file* file, sqlite3_int64 offset, int amount, void** out)
{
    return real(file)->pMethods->xFetch(real(file), offset, amount, out);
}

int faultUnfetch(sqlite3_file* file, sqlite3_int64 offset, void* page)
{
    return real(file)->pMethods->xUnfetch(real(file), offset, page);
}

int faultOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* ours = reinterpret_cast<FaultFile*>(file);
    ours->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + sizeof(FaultFile));
    ours->base.pMethods = nullptr;
    const int rc = realVfs->xOpen(realVfs, name, ours->real, flags, outFlags);
    // SQLite closes a file whose pMethods is set even when the open failed: mirror the real one.
    if (ours->real->pMethods)
        ours->base.pMethods = &faultMethods;
    ++state().opens;
    return rc;
}

// The rest goes to the unix VFS with its own structure (its methods read their pAppData).
int faultDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return realVfs->xDelete(realVfs, name, syncDir);
}
int faultAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return realVfs->xAccess(realVfs, name, flags, out);
}
int faultFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return realVfs->xFullPathname(realVfs, name, size, out);
}
void* faultDlOpen(sqlite3_vfs*, const char* name)
{
    return realVfs->xDlOpen(realVfs, name);
}
void faultDlError(sqlite3_vfs*, int size, char* out)
{
    realVfs->xDlError(realVfs, size, out);
}
void (*faultDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void)
{
    return realVfs->xDlSym(realVfs, handle, symbol);
}
void faultDlClose(sqlite3_vfs*, void* handle)
{
    realVfs->xDlClose(realVfs, handle);
}
int faultRandomness(sqlite3_vfs*, int size, char* out)
{
    return realVfs->xRandomness(realVfs, size, out);
}
int faultSleep(sqlite3_vfs*, int microseconds)
{
    return realVfs->xSleep(realVfs, microseconds);
}
int faultCurrentTime(sqlite3_vfs*, double* out)
{
    return realVfs->xCurrentTime(realVfs, out);
}
int faultGetLastError(sqlite3_vfs*, int size, char* out)
{
    return realVfs->xGetLastError(realVfs, size, out);
}
int faultCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return realVfs->xCurrentTimeInt64(realVfs, out);
}

void registerVfs()
{
    realVfs = sqlite3_vfs_find(nullptr);
    faultMethods = sqlite3_io_methods{3,
                                      faultClose,
                                      faultRead,
                                      faultWrite,
                                      faultTruncate,
                                      faultSync,
                                      faultFileSize,
                                      faultLock,
                                      faultUnlock,
                                      faultCheckReservedLock,
                                      faultFileControl,
                                      faultSectorSize,
                                      faultDeviceCharacteristics,
                                      faultShmMap,
                                      faultShmLock,
                                      faultShmBarrier,
                                      faultShmUnmap,
                                      faultFetch,
                                      faultUnfetch};
    faultVfs = sqlite3_vfs{};
    faultVfs.iVersion = 2;
    faultVfs.szOsFile = int(sizeof(FaultFile)) + realVfs->szOsFile;
    faultVfs.mxPathname = realVfs->mxPathname;
    faultVfs.zName = FaultVfs::name();
    faultVfs.xOpen = faultOpen;
    faultVfs.xDelete = faultDelete;
    faultVfs.xAccess = faultAccess;
    faultVfs.xFullPathname = faultFullPathname;
    faultVfs.xDlOpen = faultDlOpen;
    faultVfs.xDlError = faultDlError;
    faultVfs.xDlSym = faultDlSym;
    faultVfs.xDlClose = faultDlClose;
    faultVfs.xRandomness = faultRandomness;
    faultVfs.xSleep = faultSleep;
    faultVfs.xCurrentTime = faultCurrentTime;
    faultVfs.xGetLastError = faultGetLastError;
    faultVfs.xCurrentTimeInt64 = faultCurrentTimeInt64;
    sqlite3_vfs_register(&faultVfs, 1);
}

} // namespace

FaultVfs& FaultVfs::install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        sqlite3_initialize();
        registerVfs();
    });
    static FaultVfs vfs;
    return vfs;
}

sqlite3_vfs* FaultVfs::vfs() const
{
    return &faultVfs;
}

namespace {

void rearm()
{
    FaultVfs::install().disarm();
    State& s = state();
    s.grown = 0;
    s.calls = 0;
    s.injected = 0;
}

} // namespace

void FaultVfs::count(unsigned ops)
{
    rearm();
    state().ops = ops;
}

void FaultVfs::failNth(unsigned ops, qint64 n, bool persistent)
{
    rearm();
    State& s = state();
    s.persistent = persistent;
    s.failAt = n;
    s.ops = ops;
}

void FaultVfs::limitGrowth(qint64 bytes)
{
    rearm();
    state().budget = bytes;
}

void FaultVfs::disarm()
{
    State& s = state();
    s.ops = 0;
    s.failAt = 0;
    s.persistent = false;
    s.budget = -1;
}

qint64 FaultVfs::calls() const
{
    return state().calls.load();
}

qint64 FaultVfs::injected() const
{
    return state().injected.load();
}

qint64 FaultVfs::grown() const
{
    return state().grown.load();
}

qint64 FaultVfs::opens() const
{
    return state().opens.load();
}

} // namespace lb::test
