#include "io/countrynames.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace lb::io {

namespace {

QString key(QStringView text)
{
    return text.trimmed().toString().toLower().simplified();
}

// Finnish and Swedish names (and common English forms QLocale does not use) of the countries
// Nordic lead lists mention; English names of every country come from QLocale.
struct Names
{
    const char* code;
    const char* names; // '|'-separated
};

constexpr Names extraNames[] = {
    {"FI", "suomi|finland|finnland"},
    {"SE", "ruotsi|sverige|sweden|schweden"},
    {"NO", "norja|norge|noreg|norway"},
    {"DK", "tanska|danmark|denmark"},
    {"IS", "islanti|island|iceland"},
    {"AX", "ahvenanmaa|åland|aland|åland islands|aland islands"},
    {"EE", "viro|eesti|estland|estonia"},
    {"LV", "latvia|lettland"},
    {"LT", "liettua|litauen"},
    {"DE", "saksa|tyskland|deutschland"},
    {"FR", "ranska|frankrike"},
    {"GB", "iso-britannia|britannia|englanti|yhdistynyt kuningaskunta|storbritannien|england|"
           "förenade kungariket|uk|u.k.|great britain|britain|scotland|wales|northern ireland"},
    {"IE", "irlanti|irland"},
    {"NL", "alankomaat|hollanti|nederländerna|holland|nederland|the netherlands"},
    {"BE", "belgia|belgien"},
    {"LU", "luxemburg"},
    {"CH", "sveitsi|schweiz"},
    {"AT", "itävalta|österrike"},
    {"ES", "espanja|spanien"},
    {"PT", "portugali"},
    {"IT", "italia|italien"},
    {"GR", "kreikka|grekland"},
    {"PL", "puola|polen"},
    {"CZ", "tšekki|tsekki|tjeckien|czech republic"},
    {"SK", "slovakia|slovakien"},
    {"HU", "unkari|ungern"},
    {"RO", "romania|rumänien"},
    {"BG", "bulgaria|bulgarien"},
    {"HR", "kroatia|kroatien"},
    {"SI", "slovenia|slovenien"},
    {"RS", "serbia|serbien"},
    {"UA", "ukraina"},
    {"RU", "venäjä|ryssland|russian federation"},
    {"BY", "valko-venäjä|vitryssland"},
    {"TR", "turkki|turkiet"},
    {"CY", "kypros|cypern"},
    {"MT", "malta"},
    {"US", "yhdysvallat|förenta staterna|usa|u.s.|u.s.a.|united states of america|america"},
    {"CA", "kanada"},
    {"MX", "meksiko|mexiko"},
    {"BR", "brasilia|brasilien"},
    {"AR", "argentiina"},
    {"CN", "kiina|kina"},
    {"JP", "japani"},
    {"KR", "etelä-korea|sydkorea|korea"},
    {"IN", "intia|indien"},
    {"SG", "singapore"},
    {"AU", "australien"},
    {"NZ", "uusi-seelanti|nya zeeland"},
    {"ZA", "etelä-afrikka|sydafrika"},
    {"IL", "israel"},
    {"AE", "arabiemiirikunnat|yhdistyneet arabiemiirikunnat|förenade arabemiraten|uae"},
    {"SA", "saudi-arabia|saudiarabien"},
    {"EG", "egypti|egypten"},
    {"MA", "marokko|marocko"},
    {"TH", "thaimaa"},
    {"ID", "indonesien"},
    {"MY", "malesia"},
    {"PH", "filippiinit|filippinerna"},
    {"HK", "hongkong|hong kong"},
    {"VN", "vietnam"},
};

// The countries shown by name in the reader's language (the translators' catalogues hold the
// Finnish and Swedish names; each also parses back through extraNames or QLocale's English).
struct Shown
{
    const char* code;
    const char* name; // English, translated in the context "lb::Country"
};

constexpr Shown shownNames[] = {
    {"FI", QT_TRANSLATE_NOOP("lb::Country", "Finland")},
    {"SE", QT_TRANSLATE_NOOP("lb::Country", "Sweden")},
    {"NO", QT_TRANSLATE_NOOP("lb::Country", "Norway")},
    {"DK", QT_TRANSLATE_NOOP("lb::Country", "Denmark")},
    {"IS", QT_TRANSLATE_NOOP("lb::Country", "Iceland")},
    {"AX", QT_TRANSLATE_NOOP("lb::Country", "Åland Islands")},
    {"EE", QT_TRANSLATE_NOOP("lb::Country", "Estonia")},
    {"LV", QT_TRANSLATE_NOOP("lb::Country", "Latvia")},
    {"LT", QT_TRANSLATE_NOOP("lb::Country", "Lithuania")},
    {"DE", QT_TRANSLATE_NOOP("lb::Country", "Germany")},
    {"FR", QT_TRANSLATE_NOOP("lb::Country", "France")},
    {"GB", QT_TRANSLATE_NOOP("lb::Country", "United Kingdom")},
    {"IE", QT_TRANSLATE_NOOP("lb::Country", "Ireland")},
    {"NL", QT_TRANSLATE_NOOP("lb::Country", "Netherlands")},
    {"BE", QT_TRANSLATE_NOOP("lb::Country", "Belgium")},
    {"LU", QT_TRANSLATE_NOOP("lb::Country", "Luxembourg")},
    {"CH", QT_TRANSLATE_NOOP("lb::Country", "Switzerland")},
    {"AT", QT_TRANSLATE_NOOP("lb::Country", "Austria")},
    {"ES", QT_TRANSLATE_NOOP("lb::Country", "Spain")},
    {"PT", QT_TRANSLATE_NOOP("lb::Country", "Portugal")},
    {"IT", QT_TRANSLATE_NOOP("lb::Country", "Italy")},
    {"GR", QT_TRANSLATE_NOOP("lb::Country", "Greece")},
    {"PL", QT_TRANSLATE_NOOP("lb::Country", "Poland")},
    {"CZ", QT_TRANSLATE_NOOP("lb::Country", "Czechia")},
    {"SK", QT_TRANSLATE_NOOP("lb::Country", "Slovakia")},
    {"HU", QT_TRANSLATE_NOOP("lb::Country", "Hungary")},
    {"RO", QT_TRANSLATE_NOOP("lb::Country", "Romania")},
    {"BG", QT_TRANSLATE_NOOP("lb::Country", "Bulgaria")},
    {"HR", QT_TRANSLATE_NOOP("lb::Country", "Croatia")},
    {"SI", QT_TRANSLATE_NOOP("lb::Country", "Slovenia")},
    {"RS", QT_TRANSLATE_NOOP("lb::Country", "Serbia")},
    {"UA", QT_TRANSLATE_NOOP("lb::Country", "Ukraine")},
    {"RU", QT_TRANSLATE_NOOP("lb::Country", "Russia")},
    {"BY", QT_TRANSLATE_NOOP("lb::Country", "Belarus")},
    {"TR", QT_TRANSLATE_NOOP("lb::Country", "Turkey")},
    {"CY", QT_TRANSLATE_NOOP("lb::Country", "Cyprus")},
    {"MT", QT_TRANSLATE_NOOP("lb::Country", "Malta")},
    {"US", QT_TRANSLATE_NOOP("lb::Country", "United States")},
    {"CA", QT_TRANSLATE_NOOP("lb::Country", "Canada")},
    {"MX", QT_TRANSLATE_NOOP("lb::Country", "Mexico")},
    {"BR", QT_TRANSLATE_NOOP("lb::Country", "Brazil")},
    {"AR", QT_TRANSLATE_NOOP("lb::Country", "Argentina")},
    {"CN", QT_TRANSLATE_NOOP("lb::Country", "China")},
    {"JP", QT_TRANSLATE_NOOP("lb::Country", "Japan")},
    {"KR", QT_TRANSLATE_NOOP("lb::Country", "South Korea")},
    {"IN", QT_TRANSLATE_NOOP("lb::Country", "India")},
    {"SG", QT_TRANSLATE_NOOP("lb::Country", "Singapore")},
    {"AU", QT_TRANSLATE_NOOP("lb::Country", "Australia")},
    {"NZ", QT_TRANSLATE_NOOP("lb::Country", "New Zealand")},
    {"ZA", QT_TRANSLATE_NOOP("lb::Country", "South Africa")},
    {"IL", QT_TRANSLATE_NOOP("lb::Country", "Israel")},
    {"AE", QT_TRANSLATE_NOOP("lb::Country", "United Arab Emirates")},
    {"SA", QT_TRANSLATE_NOOP("lb::Country", "Saudi Arabia")},
    {"EG", QT_TRANSLATE_NOOP("lb::Country", "Egypt")},
    {"MA", QT_TRANSLATE_NOOP("lb::Country", "Morocco")},
    {"TH", QT_TRANSLATE_NOOP("lb::Country", "Thailand")},
    {"ID", QT_TRANSLATE_NOOP("lb::Country", "Indonesia")},
    {"MY", QT_TRANSLATE_NOOP("lb::Country", "Malaysia")},
    {"PH", QT_TRANSLATE_NOOP("lb::Country", "Philippines")},
    {"HK", QT_TRANSLATE_NOOP("lb::Country", "Hong Kong")},
    {"VN", QT_TRANSLATE_NOOP("lb::Country", "Vietnam")},
};

const QHash<QString, QString>& nameTable()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> names;
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const auto territory = QLocale::Territory(t);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() == 2)
                names.insert(key(QLocale::territoryToString(territory)), code);
        }
        for (const Names& entry : extraNames)
            for (const QString& name : QString::fromUtf8(entry.names).split(QLatin1Char('|')))
                names.insert(key(name), QString::fromLatin1(entry.code));
        return names;
    }();
    return table;
}

} // namespace

std::optional<QString> countryCode(QStringView text)
{
    const QString name = key(text);
    if (name.isEmpty())
        return std::nullopt;
    if (name.size() == 2 && name != QLatin1String("uk")) {
        const QString code = name.toUpper();
        if (QLocale::codeToTerritory(code) != QLocale::AnyTerritory)
            return code;
    }
    const auto it = nameTable().constFind(name);
    if (it == nameTable().constEnd())
        return std::nullopt;
    return *it;
}

QString countryName(QStringView code)
{
    for (const Shown& entry : shownNames)
        if (code == QLatin1String(entry.code))
            return QCoreApplication::translate("lb::Country", entry.name);
    // Others by QLocale's English name: better than a code the reader may not know.
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code.toString()
                                              : QLocale::territoryToString(territory);
}

QList<QString> shownCountryCodes()
{
    QList<QString> codes;
    for (const Shown& entry : shownNames)
        codes << QString::fromLatin1(entry.code);
    return codes;
}

} // namespace lb::io
