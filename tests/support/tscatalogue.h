#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lb::test {

// One message of a Qt Linguist .ts catalogue.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;      // the disambiguation (tr's second argument)
    QString extraComment; // the //: note for translators
    bool numerus = false;
    bool finished = true;     // no type="unfinished" (nor vanished/obsolete)
    QStringList translations; // one, or one per numerus form

    // What identifies the message for lupdate and for the program's lookup.
    QString key() const;
};

// The messages of a .ts file; empty when it cannot be read.
QList<TsMessage> readTsCatalogue(const QString& path);

} // namespace lb::test
