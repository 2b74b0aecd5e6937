#pragma once

namespace lb {

// Tunes the C library's allocator for the bulk work of imports, rescoring and demo data, once
// per process (later calls do nothing). Called before the process's first workspace opens.
//
// glibc keeps freed chunks of up to 128 bytes on "fast bins", unmerged. An import frees its
// rows' strings a batch at a time, thousands of them, on the reading thread; the next request
// of a larger size then walks and merges every one of them (malloc_consolidate), touching
// memory that has long left the CPU cache. Without fast bins a small chunk is merged when it
// is freed, and the per-thread cache (tcache) still serves the quick reuse that fast bins are
// for. perf on a 1M-row import: the reading thread's allocator time fell from about 1.5 s to
// 1.2 s, and malloc_consolidate (0.2 s) disappeared. Large blocks: see allocator.cpp.
void configureAllocator();

// Hands the memory a bulk job has freed back to the system. glibc keeps freed memory in the
// arena of the thread that used it, and each import runs its reading and indexing on new
// threads, which may get other arenas: without this, three 1M-row imports in one process left
// 130, 160 and then 210 MB resident at their peaks. Cheap (a walk of the free lists).
void releaseFreedMemory();

// Calls releaseFreedMemory() when the scope ends, however it ends.
struct ReleaseFreedMemoryAtEnd
{
    ReleaseFreedMemoryAtEnd() = default;
    ReleaseFreedMemoryAtEnd(const ReleaseFreedMemoryAtEnd&) = delete;
    ReleaseFreedMemoryAtEnd& operator=(const ReleaseFreedMemoryAtEnd&) = delete;
    ~ReleaseFreedMemoryAtEnd() { releaseFreedMemory(); }
};

} // namespace lb
