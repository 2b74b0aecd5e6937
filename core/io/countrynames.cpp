#include "io/countrynames.h"

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
    {"AX", "ahvenanmaa|åland|aland"},
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

} // namespace lb::io
