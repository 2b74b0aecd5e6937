// libFuzzer target: see fuzzentries.h, checkModelParser.
#include "fuzzentries.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return lb::fuzz::runFuzzInput(&lb::fuzz::checkModelParser, data, size);
}
