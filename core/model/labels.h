#pragma once

#include "model/crm.h"
#include "model/stage.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace lb {

// The one place where the names people read for the stable keys live (issues 21 and 22):
// stages, lead fields and event types. Workspaces, JSON and CSV keep the keys; every sentence
// and table a person reads uses these labels instead, in the user's language.

// "New", "Nurture", "Disqualified" translated (context lb::Stage); MQL/SAL/SQL stay acronyms.
QString stageLabel(Stage stage);

// "Prospecting" ... "Won", "Lost" translated (context lb::OpportunityStage); JSON, CSV and the
// command line's --stage keep opportunityStageName().
QString opportunityStageLabel(OpportunityStage stage);

// The status of a qualification answer ("confirmed" -> "Confirmed"), translated
// (context lb::AnswerStatus); JSON and --status keep answerStatusName().
QString answerStatusLabel(AnswerStatus status);

// The label of a lead field ("expected_close" -> "Expected close date"); a custom field
// ("custom.segment") reads as its own name, an unknown key as written.
QString leadFieldLabel(QStringView field);
// Several fields' labels as a list ("Budget, Expected close date").
QString leadFieldLabels(const QStringList& fields);

// The label of a marketing event type ("page_visit" -> "Web visit"). Event types are free text
// in imports and models: the standard ones are translated, any other is shown as written.
QString eventTypeLabel(const QString& type);

// The standard event types (the demo data's and the default model's), in a sensible order.
const QStringList& standardEventTypes();

} // namespace lb
