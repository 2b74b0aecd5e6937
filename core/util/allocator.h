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
// 1.2 s, and malloc_consolidate (0.2 s) disappeared.
void configureAllocator();

} // namespace lb
