#pragma once

#include "io/columnmapping.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace lb {

// Remembers the column mapping a user chose for a source, so the next export from the same
// tool maps itself. A source is recognised by its set of headers (sorted, case-insensitive):
// the same CRM export has the same columns whatever their order.
namespace importmappingmemory {

// The settings key of a header set for `kind`.
QString keyFor(const QStringList& header, io::ImportKind kind);

// header -> field or "ignore", as saved; empty when this source was never imported.
QMap<QString, QString> restore(const QStringList& header, io::ImportKind kind);
void save(const QStringList& header, io::ImportKind kind, const QMap<QString, QString>& mapping);
// Forgets every remembered mapping (for tests and a future "reset" action).
void clearAll();

} // namespace importmappingmemory

} // namespace lb
