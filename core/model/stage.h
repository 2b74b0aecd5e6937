#pragma once

#include <QHashFunctions>
#include <QString>
#include <QStringView>
#include <array>
#include <optional>

namespace lb {

// The lifecycle stages of docs/domain.md. The English names are stored in the workspace and used by
// the CLI and CSV files, so they never change; the UI shows translated names.
enum class Stage
{
    New,
    MQL,
    SAL,
    SQL,
    Converted,
    Nurture,
    Disqualified
};

inline constexpr std::array<Stage, 7> allStages = {
    Stage::New,       Stage::MQL,     Stage::SAL,         Stage::SQL,
    Stage::Converted, Stage::Nurture, Stage::Disqualified};

QString stageName(Stage stage);
// Accepts our own stage names case-insensitively ("mql", "Disqualified").
std::optional<Stage> stageFromName(QStringView name);
// An open stage is one a lead can still be worked in (not Converted, Nurture, Disqualified).
bool isOpenStage(Stage stage);

inline size_t qHash(Stage stage, size_t seed = 0)
{
    return ::qHash(int(stage), seed);
}

} // namespace lb
