#include "io/importpreview.h"

namespace lb::io {

ImportPreview previewImport(const ImportOptions& options, ImportKind kind, int maxRows)
{
    CsvReader reader;
    CsvReader::Options readerOptions;
    readerOptions.delimiter = options.delimiter;
    if (!reader.open(options.path, readerOptions))
        throw ImportError(reader.errorString());
    ImportPreview preview;
    preview.encoding = reader.encoding();
    preview.delimiter = reader.delimiter();
    preview.header = reader.header();
    preview.fileSize = reader.fileSize();
    preview.mapping = mapColumns(preview.header, kind, options.overrides, &preview.mappingProblems);
    CsvRecord record;
    while (preview.rows.size() < maxRows && reader.next(record)) {
        QStringList cells;
        bool blank = true;
        for (QStringView cell : record.cells) {
            cells << cell.toString();
            blank = blank && cell.trimmed().isEmpty();
        }
        if (blank)
            continue;
        preview.rows << cells;
        preview.lines << record.line;
    }
    return preview;
}

} // namespace lb::io
