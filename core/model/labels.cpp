#include "model/labels.h"

#include "model/leadfields.h"

#include <QCoreApplication>
#include <QHash>

namespace lb {

namespace {

struct KeyLabel
{
    const char* key;
    const char* label;
};

// The event types of the demo data and the default model (context lb::EventType). Labels name
// one event: they are read in Activity lines and after "one more".
constexpr KeyLabel eventLabels[] = {
    {"email_open", QT_TRANSLATE_NOOP("lb::EventType", "E-mail opened")},
    {"page_visit", QT_TRANSLATE_NOOP("lb::EventType", "Web visit")},
    {"content_download", QT_TRANSLATE_NOOP("lb::EventType", "Content download")},
    {"blog_comment", QT_TRANSLATE_NOOP("lb::EventType", "Blog comment")},
    //: A marketing event: the lead followed the company on social media
    {"social_follow", QT_TRANSLATE_NOOP("lb::EventType", "Social media follow")},
    {"event_registration", QT_TRANSLATE_NOOP("lb::EventType", "Event or webinar registration")},
    {"trial_signup", QT_TRANSLATE_NOOP("lb::EventType", "Trial signup")},
    //: A marketing event: the lead asked to be contacted (form, phone, e-mail, chat)
    {"contact_request", QT_TRANSLATE_NOOP("lb::EventType", "Contact request")},
    {"unsubscribe", QT_TRANSLATE_NOOP("lb::EventType", "Unsubscribed")},
    {"email_bounce", QT_TRANSLATE_NOOP("lb::EventType", "E-mail bounced")},
};

template <std::size_t N> const char* labelOf(const KeyLabel (&table)[N], QStringView key)
{
    for (const KeyLabel& entry : table) {
        if (key == QLatin1String(entry.key))
            return entry.label;
    }
    return nullptr;
}

} // namespace

QString stageLabel(Stage stage)
{
    switch (stage) {
    case Stage::New:
        //: Lifecycle stage: a raw, unqualified lead
        return QCoreApplication::translate("lb::Stage", "New");
    //: Marketing qualified lead; keep the acronym if your language uses it
    case Stage::MQL:
        return QCoreApplication::translate("lb::Stage", "MQL");
    //: Sales accepted lead
    case Stage::SAL:
        return QCoreApplication::translate("lb::Stage", "SAL");
    //: Sales qualified lead
    case Stage::SQL:
        return QCoreApplication::translate("lb::Stage", "SQL");
    case Stage::Converted:
        //: Lifecycle stage: turned into an account, a contact and an opportunity
        return QCoreApplication::translate("lb::Stage", "Converted");
    case Stage::Nurture:
        //: Lifecycle stage: sent back to marketing for nurturing (glossary: nurture)
        return QCoreApplication::translate("lb::Stage", "Nurture");
    case Stage::Disqualified:
        //: Lifecycle stage: will not buy
        return QCoreApplication::translate("lb::Stage", "Disqualified");
    }
    return {};
}

QString opportunityStageLabel(OpportunityStage stage)
{
    switch (stage) {
    case OpportunityStage::Prospecting:
        //: Stage of an opportunity (a deal): the first one after conversion
        return QCoreApplication::translate("lb::OpportunityStage", "Prospecting");
    case OpportunityStage::Proposal:
        //: Stage of an opportunity (a deal): an offer was made
        return QCoreApplication::translate("lb::OpportunityStage", "Proposal");
    case OpportunityStage::Negotiation:
        //: Stage of an opportunity (a deal)
        return QCoreApplication::translate("lb::OpportunityStage", "Negotiation");
    case OpportunityStage::Won:
        //: Stage of an opportunity (a deal): the customer bought
        return QCoreApplication::translate("lb::OpportunityStage", "Won");
    case OpportunityStage::Lost:
        //: Stage of an opportunity (a deal): the customer did not buy
        return QCoreApplication::translate("lb::OpportunityStage", "Lost");
    }
    return {};
}

QString answerStatusLabel(AnswerStatus status)
{
    switch (status) {
    case AnswerStatus::Unknown:
        //: Status of a qualification answer: nothing known yet
        return QCoreApplication::translate("lb::AnswerStatus", "Unknown");
    case AnswerStatus::Partial:
        //: Status of a qualification answer: partly confirmed
        return QCoreApplication::translate("lb::AnswerStatus", "Partial");
    case AnswerStatus::Confirmed:
        //: Status of a qualification answer
        return QCoreApplication::translate("lb::AnswerStatus", "Confirmed");
    case AnswerStatus::Disqualifying:
        //: Status of a qualification answer: the answer rules the lead out
        return QCoreApplication::translate("lb::AnswerStatus", "Disqualifying");
    }
    return {};
}

QString leadFieldLabel(QStringView field)
{
    if (field.startsWith(u"custom."))
        return field.mid(7).toString();
    // The labels are declared with the fields (model/leadfields.cpp).
    if (const LeadFieldSpec* spec = findLeadFieldSpec(field))
        return QCoreApplication::translate("lb::LeadField", spec->label);
    return field.toString();
}

QString leadFieldLabels(const QStringList& fields)
{
    QStringList labels;
    for (const QString& field : fields)
        labels << leadFieldLabel(field);
    return labels.join(QStringLiteral(", "));
}

QString eventTypeLabel(const QString& type)
{
    if (const char* label = labelOf(eventLabels, type))
        return QCoreApplication::translate("lb::EventType", label);
    return type;
}

const QStringList& standardEventTypes()
{
    static const QStringList types = [] {
        QStringList list;
        for (const KeyLabel& entry : eventLabels)
            list << QString::fromLatin1(entry.key);
        return list;
    }();
    return types;
}

} // namespace lb
