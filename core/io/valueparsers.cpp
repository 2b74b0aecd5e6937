#include "io/valueparsers.h"

#include "io/countrynames.h"
#include "util/textcase.h"

#include <QTimeZone>
#include <charconv>

namespace lb::io {

namespace {

bool isSpaceLike(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009) ||
           c == QLatin1Char('\'') || c == QChar(0x2019);
}

// The digits, separators and sign left once spaces, apostrophes and currencies are gone.
QString numberCore(QStringView text)
{
    static const QStringList currencyCodes = {
        QStringLiteral("eur"), QStringLiteral("sek"), QStringLiteral("usd"), QStringLiteral("nok"),
        QStringLiteral("dkk"), QStringLiteral("gbp"), QStringLiteral("kr")};
    QString core;
    core.reserve(text.size());
    for (QChar c : text) {
        if (isSpaceLike(c) || c == QChar(0x20AC) || c == QLatin1Char('$') || c == QChar(0x00A3))
            continue;
        core.append(lowerCased(c));
    }
    const bool letters =
        std::any_of(core.cbegin(), core.cend(), [](QChar c) { return c.isLetter(); });
    for (const QString& code : letters ? currencyCodes : QStringList()) {
        if (core.endsWith(code))
            core.chop(code.size());
        else if (core.startsWith(code))
            core.remove(0, code.size());
    }
    if (core.endsWith(QLatin1Char('.')) && text.trimmed().endsWith(QLatin1String("kr.")))
        core.chop(1); // "1 000 kr."
    return core;
}

// [-+]digits[.digits] or [-+].digits, checked by hand: this runs for every number cell.
bool isPlainDecimal(QStringView text)
{
    qsizetype i = 0;
    if (i < text.size() && (text[i] == u'-' || text[i] == u'+'))
        ++i;
    qsizetype digits = 0;
    while (i < text.size() && text[i].isDigit() && text[i].unicode() < 128)
        ++i, ++digits;
    if (i < text.size() && text[i] == u'.') {
        ++i;
        qsizetype decimals = 0;
        while (i < text.size() && text[i].unicode() >= u'0' && text[i].unicode() <= u'9')
            ++i, ++decimals;
        if (decimals == 0)
            return false;
        digits += decimals;
    }
    return digits > 0 && i == text.size();
}

// Reads 1..maxDigits ASCII digits at pos.
bool readNumber(QStringView text, qsizetype& pos, int minDigits, int maxDigits, int& value)
{
    value = 0;
    int count = 0;
    while (pos < text.size() && count < maxDigits && text[pos].unicode() >= u'0' &&
           text[pos].unicode() <= u'9') {
        value = value * 10 + (text[pos].unicode() - u'0');
        ++pos, ++count;
    }
    return count >= minDigits;
}

int lastIndexOf(const QString& text, QChar c)
{
    return int(text.lastIndexOf(c));
}

// HH:MM[:SS[.fff]] as milliseconds since midnight. A fraction of a second (after '.' or ',')
// is rounded to the millisecond, as Qt reads the ISO 8601 form; 23:59:59.9996 rounds to the
// next midnight, which the caller carries into the next day.
std::optional<qint64> parseTime(QStringView text)
{
    if (text.isEmpty())
        return 0;
    qsizetype pos = 0;
    int hour = 0, minute = 0, second = 0;
    if (!readNumber(text, pos, 1, 2, hour) || pos >= text.size() || text[pos] != u':')
        return std::nullopt;
    ++pos;
    if (!readNumber(text, pos, 2, 2, minute))
        return std::nullopt;
    qint64 fraction = 0; // in units of 10^-9 s
    if (pos < text.size()) {
        if (text[pos] != u':')
            return std::nullopt;
        ++pos;
        if (!readNumber(text, pos, 2, 2, second))
            return std::nullopt;
        if (pos < text.size()) {
            if (text[pos] != u'.' && text[pos] != u',')
                return std::nullopt;
            ++pos;
            int digits = 0;
            for (; pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9'; ++pos, ++digits) {
                if (digits < 9)
                    fraction = fraction * 10 + (text[pos].unicode() - u'0');
            }
            if (digits == 0 || pos != text.size())
                return std::nullopt;
            for (; digits < 9; ++digits)
                fraction *= 10;
        }
    }
    if (!QTime::isValid(hour, minute, second, 0))
        return std::nullopt;
    return ((hour * 60 + minute) * 60 + second) * qint64(1000) + (fraction + 500'000) / 1'000'000;
}

// D.M.YYYY or M/D/YYYY, with an optional time after a space.
std::optional<QDateTime> parseLocalForm(QStringView text)
{
    qsizetype pos = 0;
    int first = 0, second = 0, year = 0;
    if (!readNumber(text, pos, 1, 2, first) || pos >= text.size())
        return std::nullopt;
    const QChar separator = text[pos];
    if (separator != u'.' && separator != u'/')
        return std::nullopt;
    ++pos;
    if (!readNumber(text, pos, 1, 2, second) || pos >= text.size() || text[pos] != separator)
        return std::nullopt;
    ++pos;
    if (!readNumber(text, pos, 4, 4, year))
        return std::nullopt;
    QStringView rest = text.mid(pos);
    if (!rest.isEmpty() && rest.front() != u' ' && rest.front() != u'T')
        return std::nullopt;
    const bool finnish = separator == u'.';
    const QDate date = finnish ? QDate(year, second, first) : QDate(year, first, second);
    const auto time = parseTime(rest.isEmpty() ? rest : rest.mid(1).trimmed());
    if (!date.isValid() || !time)
        return std::nullopt;
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).addMSecs(*time);
}

// YYYY-M-D at the start of text: the date, and where it ends.
std::optional<QDate> isoDatePrefix(QStringView text, qsizetype& pos)
{
    pos = 0;
    int year = 0, month = 0, day = 0;
    if (!readNumber(text, pos, 4, 4, year) || pos >= text.size() || text[pos] != u'-')
        return std::nullopt;
    ++pos;
    if (!readNumber(text, pos, 1, 2, month) || pos >= text.size() || text[pos] != u'-')
        return std::nullopt;
    ++pos;
    if (!readNumber(text, pos, 1, 2, day))
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<QDateTime> parseIsoForm(QStringView text)
{
    qsizetype pos = 0;
    const auto date = isoDatePrefix(text, pos);
    if (!date)
        return std::nullopt;
    if (pos == text.size())
        return QDateTime(*date, QTime(0, 0), QTimeZone::utc());
    if (pos != 10 || (text[pos] != u'T' && text[pos] != u' '))
        return std::nullopt;
    QString iso = text.toString();
    iso[10] = QLatin1Char('T');
    QDateTime moment = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!moment.isValid())
        return std::nullopt;
    if (moment.timeSpec() == Qt::LocalTime)
        moment.setTimeZone(QTimeZone::utc()); // no zone: UTC (docs/spec/csv-import.md)
    return moment.toUTC();
}

} // namespace

std::optional<double> parseNumber(QStringView text)
{
    QString core = numberCore(text);
    if (core.isEmpty())
        return std::nullopt;
    const int commas = int(core.count(QLatin1Char(',')));
    const int dots = int(core.count(QLatin1Char('.')));
    if (commas > 0 && dots > 0) {
        const bool commaDecimal =
            lastIndexOf(core, QLatin1Char(',')) > lastIndexOf(core, QLatin1Char('.'));
        if ((commaDecimal ? commas : dots) > 1)
            return std::nullopt;
        core.remove(commaDecimal ? QLatin1Char('.') : QLatin1Char(','));
        core.replace(QLatin1Char(','), QLatin1Char('.'));
    } else if (commas > 1 || dots > 1) {
        core.remove(QLatin1Char(','));
        core.remove(QLatin1Char('.'));
    } else if (commas == 1) {
        core.replace(QLatin1Char(','), QLatin1Char('.'));
    }
    if (!isPlainDecimal(core))
        return std::nullopt;
    // Plain ASCII by now: std::from_chars is several times faster than QString::toDouble.
    char ascii[64];
    if (core.size() >= qsizetype(sizeof(ascii)))
        return std::nullopt;
    qsizetype length = 0;
    for (QChar c : core)
        if (c != u'+')
            ascii[length++] = char(c.unicode());
    double value = 0;
    const auto [end, error] = std::from_chars(ascii, ascii + length, value);
    if (error != std::errc() || end != ascii + length)
        return std::nullopt;
    return value;
}

std::optional<qint64> parseInteger(QStringView text)
{
    QString core = numberCore(text);
    core.remove(QLatin1Char(','));
    core.remove(QLatin1Char('.'));
    if (core.isEmpty() || core.size() > 19 || !isPlainDecimal(core))
        return std::nullopt;
    bool ok = false;
    const qint64 value = core.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

std::optional<QDate> parseDate(QStringView text)
{
    text = text.trimmed();
    qsizetype pos = 0;
    if (const auto date = isoDatePrefix(text, pos)) {
        if (pos == text.size())
            return date;
        // A date written with a time keeps the calendar day it names.
        if (parseIsoForm(text))
            return date;
        return std::nullopt;
    }
    const auto moment = parseLocalForm(text);
    if (!moment)
        return std::nullopt;
    return moment->date();
}

std::optional<QDateTime> parseDateTime(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (auto iso = parseIsoForm(text))
        return iso;
    return parseLocalForm(text);
}

std::optional<QString> parseEmail(QStringView text)
{
    const QString email = lowerCased(text.trimmed());
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at <= 0 || email.indexOf(QLatin1Char('@'), at + 1) >= 0)
        return std::nullopt;
    const QStringView domain = QStringView(email).mid(at + 1);
    const qsizetype dot = domain.indexOf(QLatin1Char('.'));
    if (dot <= 0 || domain.endsWith(QLatin1Char('.')) || domain.contains(u".."))
        return std::nullopt;
    for (QChar c : email)
        if (c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char(';') ||
            c == QLatin1Char('<') || c == QLatin1Char('>'))
            return std::nullopt;
    return email;
}

std::optional<QString> parseCountry(QStringView text)
{
    return countryCode(text);
}

Stage parseStage(QStringView text)
{
    if (const auto own = stageFromName(text.trimmed()))
        return *own;
    QString key;
    for (QChar c : text)
        if (c.isLetter())
            key.append(c.toLower());
    static const QHash<QString, Stage> known = {
        {QStringLiteral("marketingqualifiedlead"), Stage::MQL},
        {QStringLiteral("salesqualifiedlead"), Stage::SQL},
        {QStringLiteral("salesacceptedlead"), Stage::SAL},
        {QStringLiteral("lead"), Stage::New},
        {QStringLiteral("subscriber"), Stage::New},
        {QStringLiteral("opennotcontacted"), Stage::New},
        {QStringLiteral("workingcontacted"), Stage::SAL},
        {QStringLiteral("closednotconverted"), Stage::Disqualified},
        {QStringLiteral("unqualified"), Stage::Disqualified},
    };
    return known.value(key, Stage::New);
}

bool needsFormulaGuard(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

QStringView stripFormulaGuard(QStringView text)
{
    if (text.size() >= 2 && text.front() == QLatin1Char('\'') && needsFormulaGuard(text.mid(1)))
        return text.mid(1);
    return text;
}

} // namespace lb::io
