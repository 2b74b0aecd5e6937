#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lb::demo {

// The words realistic Nordic B2B demo data is made of: people, companies, places per country.
struct CountryVocabulary
{
    QString code; // ISO alpha-2
    int weight;   // share of leads from this country
    QString tld;  // e-mail domain ending
    QStringList firstNames;
    QStringList lastNames;
    QStringList cities;
    QStringList legalSuffixes;
    QStringList companyStems;
};

const QList<CountryVocabulary>& countries();
const QStringList& companyNouns(); // "Data", "Logistics", "Systems"...
const QStringList& industries();
const QStringList& decisionTitles(); // CEO, Toimitusjohtaja, VD, Head of Sales...
const QStringList& otherTitles();    // Analyst, Developer, Coordinator...
const QStringList& sources();
const QStringList& sdrNames();
const QStringList& freeMailDomains();
const QStringList& contentPages(); // details for page visits and downloads

// Drops the marks e-mail addresses cannot hold: "Häkkinen" -> "hakkinen", "Sørensen" -> "sorensen".
QString asciiFold(const QString& text);

} // namespace lb::demo
