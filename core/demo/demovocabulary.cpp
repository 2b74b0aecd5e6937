#include "demo/demovocabulary.h"

namespace lb::demo {

namespace {
QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(','), Qt::SkipEmptyParts);
}
} // namespace

const QList<CountryVocabulary>& countries()
{
    static const QList<CountryVocabulary> all = {
        {QStringLiteral("FI"), 34, QStringLiteral("fi"),
         words("Aino,Eero,Mikko,Sanna,Jukka,Päivi,Antti,Riikka,Ville,Leena,Timo,Kaisa,Matti,Sari,"
               "Jari,Hanna,Pekka,Tiina,Jussi,Outi,Heikki,Minna,Janne,Satu,Petri,Elina,Tuomas,Anu,"
               "Ilkka,Noora"),
         words("Virtanen,Korhonen,Mäkinen,Nieminen,Mäkelä,Hämäläinen,Laine,Heikkinen,Koskinen,"
               "Järvinen,Lehtonen,Lehtinen,Saarinen,Salminen,Heinonen,Niemi,Heikkilä,Kinnunen,"
               "Salonen,Turunen,Salo,Laitinen,Tuominen,Rantanen,Karjalainen,Jokinen,Mattila,"
               "Savolainen,Lahtinen,Ahonen,Häkkinen,Ylönen"),
         words("Helsinki,Espoo,Tampere,Vantaa,Oulu,Turku,Jyväskylä,Lahti,Kuopio,Pori,Vaasa,"
               "Seinäjoki,Joensuu,Hämeenlinna"),
         words("Oy,Oy,Oy,Oy,Oyj"),
         words("Pohjola,Kaleva,Sisu,Aalto,Kotka,Karhu,Tammi,Revontuli,Lumi,Saimaa,Kivi,Louhi,"
               "Ilves,Tunturi,Metsä,Väinö,Hiekka,Pilvi,Virta,Kuusi,Järvi,Sampo,Tähti,Koivu")},
        {QStringLiteral("SE"), 28, QStringLiteral("se"),
         words("Erik,Anna,Lars,Karin,Johan,Maria,Anders,Sofia,Magnus,Elin,Fredrik,Åsa,Henrik,"
               "Ingrid,Oskar,Linnéa,Gustav,Malin,Björn,Ebba,Nils,Sara,Mattias,Frida,Per,Jenny"),
         words("Andersson,Johansson,Karlsson,Nilsson,Eriksson,Larsson,Olsson,Persson,Svensson,"
               "Gustafsson,Pettersson,Jonsson,Jansson,Lindqvist,Lindström,Bergström,Lundgren,"
               "Sjöberg,Åkesson,Öberg,Berg,Holm,Ekström,Wallin,Söderberg,Håkansson"),
         words("Stockholm,Göteborg,Malmö,Uppsala,Västerås,Örebro,Linköping,Helsingborg,Jönköping,"
               "Norrköping,Lund,Umeå,Gävle,Borås"),
         words("AB,AB,AB,AB"),
         words("Björk,Fjäll,Älv,Gran,Sjö,Nord,Vasa,Skog,Strand,Ek,Berg,Dal,Stjärn,Kust,Holm,Ljus,"
               "Öresund,Mälar,Vind,Sten")},
        {QStringLiteral("NO"), 12, QStringLiteral("no"),
         words("Ole,Ingrid,Lars,Kari,Bjørn,Astrid,Knut,Solveig,Håkon,Ragnhild,Sindre,Marit,Øyvind,"
               "Silje,Torstein,Hege"),
         words("Hansen,Johansen,Olsen,Larsen,Andersen,Pedersen,Nilsen,Kristiansen,Jensen,Karlsen,"
               "Johnsen,Pettersen,Eriksen,Berg,Haugen,Hagen,Bakke,Solberg,Sørensen,Strøm,Dahl,Lie"),
         words("Oslo,Bergen,Trondheim,Stavanger,Drammen,Fredrikstad,Kristiansand,Tromsø,Ålesund,"
               "Bodø"),
         words("AS,AS,AS,ASA"),
         words("Fjord,Nordlys,Viking,Havbris,Fjell,Bølge,Isbre,Tind,Skjær,Vidde,Laks,Fosse")},
        {QStringLiteral("DK"), 10, QStringLiteral("dk"),
         words("Mads,Mette,Søren,Anne,Jens,Camilla,Rasmus,Louise,Frederik,Line,Morten,Ida,Niels,"
               "Sofie,Christian,Pernille"),
         words("Nielsen,Jensen,Hansen,Pedersen,Andersen,Christensen,Larsen,Sørensen,Rasmussen,"
               "Jørgensen,Petersen,Madsen,Kristensen,Olsen,Thomsen,Møller,Poulsen,Kjær,Holm"),
         words("København,Aarhus,Odense,Aalborg,Esbjerg,Randers,Kolding,Horsens,Vejle,Roskilde"),
         words("A/S,A/S,ApS"),
         words("Dansk,Kyst,Bølge,Hav,Lys,Skov,Sund,Mølle,Klit,Fyr,Nord,Vest")},
        {QStringLiteral("EE"), 6, QStringLiteral("ee"),
         words(
             "Mart,Kadri,Tõnu,Liis,Andres,Kristiina,Jaan,Triin,Rein,Mari,Priit,Helen,Margus,Kertu"),
         words("Tamm,Saar,Sepp,Mägi,Kask,Kukk,Rebane,Ilves,Pärn,Koppel,Lepik,Kuusk,Karu,Oja,Põder"),
         words("Tallinn,Tartu,Narva,Pärnu,Kohtla-Järve,Viljandi,Rakvere"), words("OÜ,OÜ,AS"),
         words("Balti,Tuule,Mere,Kalju,Laane,Päikese,Põhja,Virma,Raba,Toome")},
        {QStringLiteral("DE"), 10, QStringLiteral("de"),
         words("Lukas,Anna,Jonas,Lena,Felix,Marie,Maximilian,Laura,Paul,Julia,Tobias,Katharina,"
               "Jürgen,Sabine,Stefan,Claudia"),
         words("Müller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker,Schulz,Hoffmann,"
               "Schäfer,Koch,Bauer,Richter,Klein,Wolf,Schröder,Neumann,Krüger,Größer"),
         words("Hamburg,Berlin,München,Köln,Frankfurt,Stuttgart,Düsseldorf,Leipzig,Bremen,"
               "Hannover,Kiel,Lübeck"),
         words("GmbH,GmbH,GmbH,AG"),
         words("Nordwind,Hanse,Elbe,Alster,Rhein,Brücke,Kompass,Leuchtturm,Anker,Werft")},
    };
    return all;
}

const QStringList& companyNouns()
{
    static const QStringList all = words(
        "Data,Systems,Logistics,Solutions,Software,Energy,Analytics,Robotics,Consulting,Foods,"
        "Health,Cloud,Industries,Media,Partners,Tech,Metal,Design,Labs,Networks,Security,Group");
    return all;
}

const QStringList& industries()
{
    static const QStringList all = words(
        "Software,Software,Software,Manufacturing,Manufacturing,Retail,Logistics,Healthcare,"
        "Finance,Energy,Construction,Education,Media,Professional Services,Telecommunications");
    return all;
}

const QStringList& decisionTitles()
{
    static const QStringList all =
        words("CEO,CFO,CTO,COO,Toimitusjohtaja,Talousjohtaja,Myyntijohtaja,Teknologiajohtaja,VD,"
              "Försäljningschef,Ekonomichef,IT-chef,Head of Sales,Head of Marketing,Head of IT,"
              "VP Sales,VP Engineering,Sales Director,Marketing Director,Managing Director,"
              "Geschäftsführer,Daglig leder,Administrerende direktør,Juhatuse liige");
    return all;
}

const QStringList& otherTitles()
{
    static const QStringList all = words(
        "Sales Manager,Marketing Manager,IT Manager,Procurement Manager,Hankintapäällikkö,"
        "Inköpschef,Project Manager,Projektipäällikkö,Analyst,Business Analyst,Developer,"
        "Software Engineer,Ohjelmistokehittäjä,Utvecklare,Coordinator,Specialist,Asiantuntija,"
        "Consultant,Konsult,Account Manager,Office Manager,Controller,Student,Intern");
    return all;
}

const QStringList& sources()
{
    static const QStringList all =
        words("Website,Website,Website,Webinar,LinkedIn,LinkedIn,Google Ads,Trade show,Referral,"
              "Partner,Cold outreach,Content download,Content download,Newsletter");
    return all;
}

const QStringList& sdrNames()
{
    static const QStringList all =
        words("Aino Laine,Erik Lindqvist,Sofia Nieminen,Lars Berg,Mikko Heikkinen,Ebba Sjöberg");
    return all;
}

const QStringList& freeMailDomains()
{
    static const QStringList all = words("gmail.com,hotmail.com,outlook.com,yahoo.com,live.se");
    return all;
}

const QStringList& contentPages()
{
    static const QStringList all =
        words("/pricing,/product,/product/integrations,/customers,/blog/lead-scoring-101,"
              "/blog/bant-vs-meddic,/guides/nordic-b2b-sales.pdf,/guides/roi-calculator.xlsx,"
              "/webinars/pipeline-hygiene,/contact,/trial,/docs/getting-started,/fi/hinnasto,"
              "/sv/priser,/careers");
    return all;
}

QString asciiFold(const QString& text)
{
    QString folded;
    folded.reserve(text.size());
    for (QChar c : text.toLower()) {
        switch (c.unicode()) {
        case u'ä':
        case u'å':
        case u'á':
        case u'à':
            folded += QLatin1Char('a');
            break;
        case u'ö':
        case u'ø':
        case u'õ':
        case u'ó':
            folded += QLatin1Char('o');
            break;
        case u'ü':
        case u'ú':
            folded += QLatin1Char('u');
            break;
        case u'é':
        case u'è':
            folded += QLatin1Char('e');
            break;
        case u'ß':
            folded += QStringLiteral("ss");
            break;
        case u'æ':
            folded += QStringLiteral("ae");
            break;
        default:
            if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') ||
                c == QLatin1Char('.'))
                folded += c;
        }
    }
    return folded;
}

} // namespace lb::demo
