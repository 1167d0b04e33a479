#pragma once

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace qw::test {

// One run of the program (QW_APP_PATH) as a user starts it from the command line, offscreen,
// with its settings and data under home.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run run(const QStringList &args, const QString &home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(QW_APP_PATH), args);
    if (!p.waitForFinished(180000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// A copy of the demo project (generated on first use in home's data folder) under this
// file name in home; empty when it cannot be made.
inline QString demoCopy(const QString &home, const QString &name)
{
    if (run({QStringLiteral("--demo"), QStringLiteral("--list-areas")}, home).exitCode != 0)
        return {};
    const QString demo =
        home + QStringLiteral("/data/Quartierswerkstatt/Quartierswerkstatt/musterstadt.gpkg");
    const QString project = home + QLatin1Char('/') + name;
    QFile::remove(project);
    return QFile::copy(demo, project) ? project : QString();
}

} // namespace qw::test
