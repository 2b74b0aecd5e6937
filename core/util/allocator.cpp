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
#endif
    });
}

} // namespace lb
