#pragma once

#include <QStringEncoder>
#include <QStringView>

namespace lb {

// Writes `text` as UTF-8 at `out`, which has room for 3 bytes a UTF-16 unit, and returns the
// end of what it wrote. Most cells of an import are short and plain ASCII: copied here, they
// cost a fraction of a call into the encoder each (0.6 s of a thread at a million rows). The
// encoder (stateless) takes over at the first other character, which also starts any surrogate
// pair, so the bytes are always the encoder's.
inline char* writeUtf8(char* out, QStringView text, QStringEncoder& encoder)
{
    const char16_t* in = text.utf16();
    const qsizetype size = text.size();
    qsizetype ascii = 0;
    while (ascii < size && in[ascii] < 0x80) {
        out[ascii] = char(in[ascii]);
        ++ascii;
    }
    if (ascii == size)
        return out + size;
    return encoder.appendToBuffer(out + ascii, text.mid(ascii));
}

} // namespace lb
