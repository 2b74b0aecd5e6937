#pragma once

#include <QString>

namespace lb {

class SettingsRepository;

// The workspace settings the qualification rules read, with their defaults in one place.
struct QualificationSettings
{
    // Stored as a percentage ("75") under readinessBarKey.
    static inline const QString readinessBarKey = QStringLiteral("qualification.readiness_bar");
    static inline const QString freshnessDaysKey = QStringLiteral("qualification.freshness_days");
    static inline const QString currencyKey = QStringLiteral("workspace.currency");

    double readinessBar = 0.75; // share of a framework that must be met for SQL
    int freshnessDays = 90;     // answers older than this are stale
    QString currency = QStringLiteral("EUR");

    // Reads the settings; missing or unreadable values fall back to the defaults above.
    static QualificationSettings load(SettingsRepository& settings);
};

} // namespace lb
