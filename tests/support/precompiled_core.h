// The headers nearly every core and CLI test parses, precompiled once by the core test main and
// reused by each test (tests/CMakeLists.txt): every test is one translation unit, and parsing
// Qt's and GoogleTest's headers again in each took about half the suite's build time.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>
#include <functional>
#include <gtest/gtest.h>
#include <memory>
#include <optional>
