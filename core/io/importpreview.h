#pragma once

#include "io/importtypes.h"

namespace lb::io {

// The first rows of a file as the import will read them, for the GUI's import wizard: the
// detected encoding and delimiter, the header, the proposed mapping, and the cells.
struct ImportPreview
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    QChar delimiter;
    QStringList header;
    ColumnMapping mapping;
    QStringList mappingProblems; // --map overrides that name no column or no field
    QList<QStringList> rows;     // up to maxRows, blank rows skipped
    QList<qint64> lines;         // the line of each row
    qint64 fileSize = 0;
};

// Reads only the start of the file. Throws ImportError when it cannot be read.
ImportPreview previewImport(const ImportOptions& options, ImportKind kind, int maxRows = 20);

} // namespace lb::io
