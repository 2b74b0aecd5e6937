#pragma once

#include "qualification/framework.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace lb {

// The qualification frameworks the program knows, loaded from the JSON files under
// :/leadbench/frameworks/ (resources/frameworks/ in the source tree).
class FrameworkCatalog
{
public:
    // The built-in frameworks; loaded once. A broken resource file is a build defect, so it
    // aborts with a message naming the file rather than hiding a framework.
    static const FrameworkCatalog& builtIn();

    // Parses one framework file; throws std::invalid_argument naming the file and the field.
    static FrameworkDefinition parse(const QByteArray& json, const QString& fileName);

    explicit FrameworkCatalog(QList<FrameworkDefinition> frameworks);

    const QList<FrameworkDefinition>& all() const { return m_frameworks; }
    QStringList ids() const;
    // Case-insensitive; accepts the id ("GPCTBA") and the title ("GPCTBA/C&I").
    const FrameworkDefinition* find(const QString& idOrTitle) const;

private:
    QList<FrameworkDefinition> m_frameworks;
};

} // namespace lb
