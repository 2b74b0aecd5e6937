#include "qualification/frameworkcatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <stdexcept>

namespace lb {

namespace {

[[noreturn]] void fail(const QString& fileName, const QString& what)
{
    throw std::invalid_argument(
        QStringLiteral("framework file %1: %2").arg(fileName, what).toStdString());
}

QString requiredText(const QJsonObject& object, const QString& field, const QString& fileName,
                     const QString& where)
{
    QString text = object.value(field).toString().trimmed();
    if (text.isEmpty())
        fail(fileName, QStringLiteral("%1: field \"%2\" is missing or empty").arg(where, field));
    return text;
}

} // namespace

FrameworkDefinition FrameworkCatalog::parse(const QByteArray& json, const QString& fileName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        fail(fileName, QStringLiteral("offset %1: %2").arg(error.offset).arg(error.errorString()));
    const QJsonObject root = document.object();
    FrameworkDefinition framework;
    framework.id = requiredText(root, QStringLiteral("id"), fileName, QStringLiteral("framework"));
    framework.title =
        requiredText(root, QStringLiteral("title"), fileName, QStringLiteral("framework"));
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z]+(_[a-z]+)*$"));
    const QJsonArray criteria = root.value(QStringLiteral("criteria")).toArray();
    if (criteria.isEmpty())
        fail(fileName, QStringLiteral("field \"criteria\" is missing or empty"));
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        const QJsonObject object = criteria.at(i).toObject();
        const QString where = QStringLiteral("criteria[%1]").arg(i);
        CriterionDefinition criterion;
        criterion.key = requiredText(object, QStringLiteral("key"), fileName, where);
        if (!keyPattern.match(criterion.key).hasMatch())
            fail(fileName, QStringLiteral("%1: key \"%2\" is not lower-case words joined by _")
                               .arg(where, criterion.key));
        if (framework.criterion(criterion.key))
            fail(fileName,
                 QStringLiteral("%1: key \"%2\" appears twice").arg(where, criterion.key));
        criterion.name = requiredText(object, QStringLiteral("name"), fileName, where);
        criterion.question = requiredText(object, QStringLiteral("question"), fileName, where);
        const QString kind = requiredText(object, QStringLiteral("kind"), fileName, where);
        const auto parsedKind = valueKindFromName(kind);
        if (!parsedKind)
            fail(fileName, QStringLiteral("%1: kind \"%2\" is not amount, date, contact or text")
                               .arg(where, kind));
        criterion.kind = *parsedKind;
        framework.criteria << criterion;
    }
    return framework;
}

const FrameworkCatalog& FrameworkCatalog::builtIn()
{
    static const FrameworkCatalog catalog = [] {
        struct Loaded
        {
            int order;
            FrameworkDefinition framework;
        };
        QList<Loaded> loaded;
        const QDir dir(QStringLiteral(":/leadbench/frameworks"));
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read framework resource %s", qPrintable(file.fileName()));
            const QByteArray bytes = file.readAll();
            try {
                const int order = QJsonDocument::fromJson(bytes)
                                      .object()
                                      .value(QStringLiteral("order"))
                                      .toInt(1000);
                loaded << Loaded{order, parse(bytes, file.fileName())};
            } catch (const std::invalid_argument& error) {
                qFatal("%s", error.what());
            }
        }
        std::stable_sort(loaded.begin(), loaded.end(),
                         [](const Loaded& a, const Loaded& b) { return a.order < b.order; });
        QList<FrameworkDefinition> frameworks;
        for (const Loaded& item : loaded)
            frameworks << item.framework;
        return FrameworkCatalog(frameworks);
    }();
    return catalog;
}

FrameworkCatalog::FrameworkCatalog(QList<FrameworkDefinition> frameworks)
    : m_frameworks(std::move(frameworks))
{
}

QStringList FrameworkCatalog::ids() const
{
    QStringList result;
    for (const FrameworkDefinition& framework : m_frameworks)
        result << framework.id;
    return result;
}

const FrameworkDefinition* FrameworkCatalog::find(const QString& idOrTitle) const
{
    const QString wanted = idOrTitle.trimmed();
    for (const FrameworkDefinition& framework : m_frameworks) {
        if (wanted.compare(framework.id, Qt::CaseInsensitive) == 0 ||
            wanted.compare(framework.title, Qt::CaseInsensitive) == 0)
            return &framework;
    }
    return nullptr;
}

} // namespace lb
