#include "lifecycle/systemtext.h"

#include "model/crm.h"
#include "model/labels.h"
#include "model/lead.h"
#include "store/crmstore.h"
#include "util/counts.h"
#include "util/localeformat.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace lb {

namespace {

const QChar marker = QLatin1Char('@');

namespace code {
const QLatin1String mqlScore("mql_score");
const QLatin1String createdFrom("created_from");
const QLatin1String imported("imported");
const QLatin1String converted("converted");
const QLatin1String conversionUndone("conversion_undone");
const QLatin1String moveUndone("move_undone");
const QLatin1String convertedFromLead("converted_from_lead");
const QLatin1String demoMql("demo_mql");
const QLatin1String demoAccepted("demo_accepted");
const QLatin1String demoReady("demo_ready");
const QLatin1String demoConverted("demo_converted");
} // namespace code

QString text(const QJsonObject& params, const char* key)
{
    return params.value(QLatin1String(key)).toString();
}

qint64 integer(const QJsonObject& params, const char* key)
{
    return params.value(QLatin1String(key)).toInteger();
}

// A name where the text has one, else the record's id (texts of earlier versions kept ids).
QString nameOrId(const QJsonObject& params, const char* idKey, const char* nameKey)
{
    const QString name = text(params, nameKey);
    return name.isEmpty() ? QString::number(integer(params, idKey)) : name;
}

QString renderMqlScore(const QJsonObject& params)
{
    const QLocale locale;
    //: History reason of an automatic New -> MQL move; %1 the score, %2 the threshold.
    return QCoreApplication::translate("lb::scoring", "score %1 reached the MQL threshold %2")
        .arg(fmt::integer(integer(params, "score")),
             locale.toString(params.value(QLatin1String("threshold")).toDouble(), 'f',
                             QLocale::FloatingPointShortest));
}

QString renderConverted(const QJsonObject& params)
{
    const QString account = nameOrId(params, "account", "account_name");
    const QString contact = nameOrId(params, "contact", "contact_name");
    if (!params.contains(QLatin1String("opportunity")))
        //: History reason of a conversion; %1 the account's name (or number), %2 the contact's
        return QCoreApplication::translate("lb::Conversion", "Converted: account %1, contact %2")
            .arg(account, contact);
    //: History reason of a conversion; %1 the account's name (or number), %2 the contact's,
    //: %3 the opportunity's
    return QCoreApplication::translate("lb::Conversion",
                                       "Converted: account %1, contact %2, opportunity %3")
        .arg(account, contact, nameOrId(params, "opportunity", "opportunity_name"));
}

QString renderConversionUndone(const QJsonObject& params)
{
    QStringList removed;
    if (params.contains(QLatin1String("account")))
        //: What the undo of a conversion removed; %1 the account's name (or number)
        removed << QCoreApplication::translate("lb::Conversion", "account %1")
                       .arg(text(params, "account"));
    if (params.contains(QLatin1String("contact")))
        //: What the undo of a conversion removed; %1 the contact's name (or number)
        removed << QCoreApplication::translate("lb::Conversion", "contact %1")
                       .arg(text(params, "contact"));
    if (params.contains(QLatin1String("opportunity")))
        //: What the undo of a conversion removed; %1 the opportunity's name (or number)
        removed << QCoreApplication::translate("lb::Conversion", "opportunity %1")
                       .arg(text(params, "opportunity"));
    if (removed.isEmpty())
        //: History reason of an undone conversion
        return QCoreApplication::translate("lb::Conversion", "undo of the conversion");
    //: History reason of an undone conversion; %1 what was removed, e.g. "account Acme Oy,
    //: contact Anna Berg"
    return QCoreApplication::translate("lb::Conversion", "undo of the conversion (removed %1)")
        .arg(removed.join(QStringLiteral(", ")));
}

QString renderMoveUndone(const QJsonObject& params)
{
    const std::optional<Stage> to = stageFromName(text(params, "to"));
    //: History reason of an undone stage move; %1 the stage the lead had been moved to
    return QCoreApplication::translate("lb::Lifecycle", "undo of the move to %1")
        .arg(to ? stageLabel(*to) : text(params, "to"));
}

QString renderConvertedFromLead(const QJsonObject& params)
{
    //: A note on the new contact. %1 the lead's id, %2 its name, %3 a list of counts
    //: ("4 events and 2 answers")
    return QCoreApplication::translate("lb::Conversion", "Converted from lead %1 (%2): %3")
        .arg(QString::number(integer(params, "lead")), text(params, "name"),
             counts::list({counts::events(integer(params, "events")),
                           counts::answers(integer(params, "answers"))}));
}

// The sentence of a known code; nothing for an unknown one.
std::optional<QString> render(const QString& code, const QJsonObject& params)
{
    if (code == code::mqlScore)
        return renderMqlScore(params);
    if (code == code::createdFrom)
        //: Demo history: how a lead came in; %1 its lead source ("Web", "Event")
        return QCoreApplication::translate("lb::Demo", "Created from %1")
            .arg(text(params, "source"));
    if (code == code::imported)
        //: History reason of a lead an import created or moved; %1 the file's name
        return QCoreApplication::translate("lb::LeadImporter", "imported from %1")
            .arg(text(params, "file"));
    if (code == code::converted)
        return renderConverted(params);
    if (code == code::conversionUndone)
        return renderConversionUndone(params);
    if (code == code::moveUndone)
        return renderMoveUndone(params);
    if (code == code::convertedFromLead)
        return renderConvertedFromLead(params);
    if (code == code::demoMql)
        //: Demo history: why a lead became an MQL
        return QCoreApplication::translate("lb::Demo", "Score reached the MQL threshold");
    if (code == code::demoAccepted)
        //: Demo history: why a lead became an SAL (an SDR accepted it)
        return QCoreApplication::translate("lb::Demo", "Accepted by the SDR");
    if (code == code::demoReady)
        //: Demo history: why a lead became an SQL
        return QCoreApplication::translate("lb::Demo", "BANT ready");
    if (code == code::demoConverted)
        //: Demo history: the lead was converted
        return QCoreApplication::translate("lb::Demo", "Turned into an account and a contact");
    return std::nullopt;
}

SystemText make(QLatin1String code, QJsonObject params = {})
{
    return SystemText{QString(code), std::move(params)};
}

// The English sentences earlier versions stored, read back as their codes.
std::optional<SystemText> fromLegacy(const QString& stored)
{
    static const QRegularExpression score(
        QStringLiteral("^score (\\d+) (?:>=|reached the MQL threshold) (\\d+(?:\\.\\d+)?)$"));
    static const QRegularExpression converted(
        QStringLiteral("^account (\\d+), contact (\\d+)(?:, opportunity (\\d+))?$"));
    static const QRegularExpression createdFrom(QStringLiteral("^Created from (.+)$"));
    static const QRegularExpression imported(QStringLiteral("^imported from (.+)$"));
    static const QRegularExpression moveUndone(QStringLiteral("^undo of the move to (\\w+)$"));
    static const QRegularExpression conversionUndone(
        QStringLiteral("^undo of the conversion(?: \\(removed (.+)\\))?$"));
    static const QRegularExpression removedItem(
        QStringLiteral("^(account|contact|opportunity) (\\d+)$"));

    QRegularExpressionMatch match = score.match(stored);
    if (match.hasMatch())
        return SystemText::scorePromotion(match.captured(1).toInt(), match.captured(2).toDouble());
    match = converted.match(stored);
    if (match.hasMatch()) {
        ConversionLink link{match.captured(1).toLongLong(), match.captured(2).toLongLong(),
                            std::nullopt};
        if (match.hasCaptured(3))
            link.opportunityId = match.captured(3).toLongLong();
        return SystemText::converted(link);
    }
    match = createdFrom.match(stored);
    if (match.hasMatch())
        return SystemText::createdFrom(match.captured(1));
    match = imported.match(stored);
    if (match.hasMatch())
        return SystemText::importedFrom(match.captured(1));
    match = moveUndone.match(stored);
    if (match.hasMatch()) {
        if (const std::optional<Stage> to = stageFromName(match.captured(1)))
            return SystemText::moveUndone(*to);
        return std::nullopt;
    }
    match = conversionUndone.match(stored);
    if (match.hasMatch()) {
        QJsonObject removed;
        if (match.hasCaptured(1)) {
            for (const QString& item : match.captured(1).split(QStringLiteral(", "))) {
                const QRegularExpressionMatch part = removedItem.match(item);
                if (!part.hasMatch())
                    return std::nullopt;
                removed.insert(part.captured(1), part.captured(2));
            }
        }
        return make(code::conversionUndone, removed);
    }
    if (stored == QLatin1String("Score reached the MQL threshold"))
        return SystemText::demoMqlReached();
    if (stored == QLatin1String("Accepted by the SDR"))
        return SystemText::demoAccepted();
    if (stored == QLatin1String("BANT ready"))
        return SystemText::demoReady();
    if (stored == QLatin1String("Turned into an account and a contact"))
        return SystemText::demoConverted();
    return std::nullopt;
}

} // namespace

QString SystemText::toStored() const
{
    QString stored = marker + code;
    if (!params.isEmpty())
        stored += QLatin1Char(' ') +
                  QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact));
    return stored;
}

QString SystemText::display() const
{
    return render(code, params).value_or(toStored());
}

std::optional<SystemText> SystemText::fromStored(const QString& stored)
{
    if (!stored.startsWith(marker))
        return fromLegacy(stored);
    static const QRegularExpression form(QStringLiteral("^@([a-z_]+)(?: (\\{.*\\}))?$"),
                                         QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = form.match(stored);
    if (!match.hasMatch())
        return std::nullopt;
    SystemText parsed;
    parsed.code = match.captured(1);
    if (match.hasCaptured(2)) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(match.captured(2).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return std::nullopt;
        parsed.params = document.object();
    }
    if (!render(parsed.code, parsed.params))
        return std::nullopt;
    return parsed;
}

SystemText SystemText::scorePromotion(int score, double threshold)
{
    return make(code::mqlScore,
                {{QStringLiteral("score"), score}, {QStringLiteral("threshold"), threshold}});
}

SystemText SystemText::createdFrom(const QString& source)
{
    return make(code::createdFrom, {{QStringLiteral("source"), source}});
}

SystemText SystemText::importedFrom(const QString& fileName)
{
    return make(code::imported, {{QStringLiteral("file"), fileName}});
}

SystemText SystemText::converted(const ConversionLink& link, const QString& accountName,
                                 const QString& contactName, const QString& opportunityName)
{
    QJsonObject params{{QStringLiteral("account"), link.accountId},
                       {QStringLiteral("contact"), link.contactId}};
    if (!accountName.isEmpty())
        params.insert(QStringLiteral("account_name"), accountName);
    if (!contactName.isEmpty())
        params.insert(QStringLiteral("contact_name"), contactName);
    if (link.opportunityId) {
        params.insert(QStringLiteral("opportunity"), *link.opportunityId);
        if (!opportunityName.isEmpty())
            params.insert(QStringLiteral("opportunity_name"), opportunityName);
    }
    return make(code::converted, params);
}

QString SystemText::withRecordNames(const QString& stored, CrmStore& crm)
{
    std::optional<SystemText> text = fromStored(stored);
    if (!text || text->code != code::converted)
        return stored;
    const auto add = [&](const char* idKey, const char* nameKey, auto find) {
        if (!text->params.contains(QLatin1String(idKey)) ||
            !text->params.value(QLatin1String(nameKey)).toString().isEmpty())
            return;
        const QString name = find(integer(text->params, idKey));
        if (!name.isEmpty())
            text->params.insert(QLatin1String(nameKey), name);
    };
    add("account", "account_name", [&](qint64 id) {
        const std::optional<Account> account = crm.account(id);
        return account ? account->name : QString();
    });
    add("contact", "contact_name", [&](qint64 id) {
        const std::optional<Contact> contact = crm.contact(id);
        if (!contact)
            return QString();
        const QString name =
            (contact->firstName.trimmed() + QLatin1Char(' ') + contact->lastName.trimmed())
                .trimmed();
        return name.isEmpty() ? contact->email : name;
    });
    add("opportunity", "opportunity_name", [&](qint64 id) {
        const std::optional<Opportunity> opportunity = crm.opportunity(id);
        return opportunity ? opportunity->name : QString();
    });
    return text->toStored();
}

SystemText SystemText::conversionUndone(const QString& removedAccount,
                                        const QString& removedContact,
                                        const QString& removedOpportunity)
{
    QJsonObject params;
    if (!removedAccount.isEmpty())
        params.insert(QStringLiteral("account"), removedAccount);
    if (!removedContact.isEmpty())
        params.insert(QStringLiteral("contact"), removedContact);
    if (!removedOpportunity.isEmpty())
        params.insert(QStringLiteral("opportunity"), removedOpportunity);
    return make(code::conversionUndone, params);
}

SystemText SystemText::moveUndone(Stage to)
{
    return make(code::moveUndone, {{QStringLiteral("to"), stageName(to)}});
}

SystemText SystemText::convertedFromLead(qint64 leadId, const QString& leadName, qint64 events,
                                         qint64 answers)
{
    return make(code::convertedFromLead, {{QStringLiteral("lead"), leadId},
                                          {QStringLiteral("name"), leadName},
                                          {QStringLiteral("events"), events},
                                          {QStringLiteral("answers"), answers}});
}

SystemText SystemText::demoMqlReached()
{
    return make(code::demoMql);
}

SystemText SystemText::demoAccepted()
{
    return make(code::demoAccepted);
}

SystemText SystemText::demoReady()
{
    return make(code::demoReady);
}

SystemText SystemText::demoConverted()
{
    return make(code::demoConverted);
}

QString escapeUserText(const QString& text)
{
    return text.startsWith(marker) ? marker + text : text;
}

QString displayStoredText(const QString& stored)
{
    if (stored.startsWith(marker) && stored.size() > 1 && stored.at(1) == marker)
        return stored.mid(1);
    if (const std::optional<SystemText> text = SystemText::fromStored(stored))
        return text->display();
    return stored;
}

} // namespace lb
