// libFuzzer target: see fuzzentries.h, checkValueParsers.
#include "fuzzentries.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return lb::fuzz::runFuzzInput(&lb::fuzz::checkValueParsers, data, size);
}
