#pragma once

#include <QString>
#include <QStringView>

namespace lb {

// Lower case and case folding with a fast path for plain ASCII, which is what most CSV cells
// hold: QString::toLower() and toCaseFolded() look every character up in Unicode's tables,
// which was about a seventh of an import's reading thread at a million rows. Text with any
// other character goes to Qt, so the results are always Qt's.
QString lowerCased(QStringView text);
QString caseFolded(QStringView text);

// The sign of a.compare(b, Qt::CaseInsensitive), with the same fast path: equal ASCII prefixes
// are skipped here and Qt compares what follows. (The scorer's e-mail domain lists are
// searched with it a million times in an import.)
int compareCaseInsensitive(QStringView a, QStringView b);

inline QChar lowerCased(QChar c)
{
    if (c.unicode() < 0x80)
        return (c.unicode() >= u'A' && c.unicode() <= u'Z') ? QChar(c.unicode() + 32) : c;
    return c.toLower();
}

} // namespace lb
