#pragma once

// Small builders shared by the qualification, lifecycle and conversion tests.

#include "model/lead.h"
#include "qualification/qualificationservice.h"
#include "store/workspace.h"

#include <QString>

namespace lb::test {

inline Lead addLead(Workspace& workspace, const QString& email, const QString& company,
                    Stage stage = Stage::New)
{
    Lead lead;
    lead.email = email;
    lead.firstName = QStringLiteral("Aino");
    lead.lastName = QStringLiteral("Virtanen");
    lead.company = company;
    lead.title = QStringLiteral("CTO");
    lead.phone = QStringLiteral("+358 40 123 4567");
    lead.country = QStringLiteral("FI");
    lead.city = QStringLiteral("Tampere");
    lead.industry = QStringLiteral("Manufacturing");
    lead.employees = 120;
    lead.stage = stage;
    workspace.leads().insert(lead, QStringLiteral("importer"));
    return lead;
}

// Answers every criterion of a framework with the same status.
inline void answerAll(QualificationService& service, const Lead& lead, const QString& framework,
                      AnswerStatus status, const QString& actor = QStringLiteral("sdr1"))
{
    const FrameworkDefinition* definition = service.catalog().find(framework);
    for (const CriterionDefinition& criterion : definition->criteria) {
        AnswerInput input;
        input.framework = framework;
        input.criterion = criterion.key;
        input.status = status;
        input.note = QStringLiteral("asked on the phone");
        service.record(lead, input, actor);
    }
}

inline Answer answer(QualificationService& service, const Lead& lead, const QString& framework,
                     const QString& criterion, AnswerStatus status, const QString& value = {},
                     const QString& actor = QStringLiteral("sdr1"))
{
    AnswerInput input;
    input.framework = framework;
    input.criterion = criterion;
    input.status = status;
    input.value = value;
    return service.record(lead, input, actor);
}

} // namespace lb::test
