#include "AreaKeyLevel.h"

#include "Project.h"

#include <QCoreApplication>

namespace qw::AreaKeyLevel {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qw::AreaKeyLevel", text);
}

QString levelName(const Project &project, const QString &levelKey, bool german)
{
    for (const AreaLevel &l : project.levels())
        if (l.key == levelKey)
            return l.name(german);
    return levelKey;
}

// The levels of the known keys in the order they first appear, each with its keys.
QString levelOfKnown(const Project &project, const QStringList &keys, bool german, QString *error)
{
    QStringList levels;
    QList<QStringList> keysOfLevel;
    for (const QString &key : keys) {
        const int i = project.areaIndex(key);
        if (i < 0)
            continue;
        const QString &level = project.areas()[std::size_t(i)].level;
        qsizetype at = levels.indexOf(level);
        if (at < 0) {
            levels << level;
            keysOfLevel.append(QStringList());
            at = levels.size() - 1;
        }
        keysOfLevel[at] << key;
    }
    if (levels.size() <= 1)
        return levels.value(0);
    if (error) {
        QStringList parts;
        for (qsizetype l = 0; l < levels.size(); ++l)
            parts << tr("%1 (%2)").arg(keysOfLevel[l].join(QStringLiteral(", ")),
                                       levelName(project, levels[l], german));
        *error = tr("The areas lie on different levels: %1. Choose areas of one level "
                    "(--list-areas shows each key's level).")
                     .arg(parts.join(QStringLiteral("; ")));
    }
    return {};
}

} // namespace

QString of(const Project &project, const QStringList &keys, bool german, QString *error,
           const QString &requested)
{
    QStringList unknown;
    for (const QString &key : keys)
        if (project.areaIndex(key) < 0)
            unknown << key;
    if (!unknown.isEmpty()) {
        if (error)
            *error = tr("Unknown area keys: %1 (--list-areas shows them).")
                         .arg(unknown.join(QStringLiteral(", ")));
        return {};
    }
    const QString level = levelOfKnown(project, keys, german, error);
    if (level.isEmpty() || requested.isEmpty())
        return level;
    const QString wanted = project.levelKey(requested);
    if (wanted != level) {
        if (error)
            *error = tr("--level %1 does not fit the areas %2: they are of the level %3 (leave "
                        "--level out, the keys name their level).")
                         .arg(requested, keys.join(QStringLiteral(", ")),
                              levelName(project, level, german));
        return {};
    }
    return level;
}

QString ofKnown(const Project &project, const QStringList &keys, bool german, QString *error)
{
    return levelOfKnown(project, keys, german, error);
}

} // namespace qw::AreaKeyLevel
