#include "model/stage.h"

namespace lb {

QString stageName(Stage stage)
{
    switch (stage) {
    case Stage::New:
        return QStringLiteral("New");
    case Stage::MQL:
        return QStringLiteral("MQL");
    case Stage::SAL:
        return QStringLiteral("SAL");
    case Stage::SQL:
        return QStringLiteral("SQL");
    case Stage::Converted:
        return QStringLiteral("Converted");
    case Stage::Nurture:
        return QStringLiteral("Nurture");
    case Stage::Disqualified:
        return QStringLiteral("Disqualified");
    }
    return {};
}

std::optional<Stage> stageFromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (Stage stage : allStages) {
        if (trimmed.compare(stageName(stage), Qt::CaseInsensitive) == 0)
            return stage;
    }
    return std::nullopt;
}

bool isOpenStage(Stage stage)
{
    return stage == Stage::New || stage == Stage::MQL || stage == Stage::SAL || stage == Stage::SQL;
}

} // namespace lb
