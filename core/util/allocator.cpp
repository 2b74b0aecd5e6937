#include "util/allocator.h"

#include <mutex>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace lb {

void configureAllocator()
{
    static std::once_flag once;
    std::call_once(once, [] {
#if defined(__GLIBC__)
        mallopt(M_MXFAST, 0);
        // A fixed threshold: blocks of a megabyte or more (hash tables, spool and sort buffers)
        // get pages of their own, which go back to the system when freed. glibc's default
        // threshold rises to the size of the largest such block freed, and later ones then
        // stay in the heap: a second 1M-row import in one process peaked at 160-210 MB
        // instead of 130 MB.
        mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
#endif
    });
}

void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace lb
