#include "AreaMatcher.h"

namespace qw {

AreaMatcher::AreaMatcher(const std::vector<Area> &areas)
{
    m_names.reserve(areas.size());
    for (const Area &a : areas) {
        m_names.insert(a.key, a.name);
        m_levels.insert(a.key, a.level);
        m_parents.insert(a.key, a.parentKey);
        m_byLooseKey.insert(normaliseKey(a.key), a.key);
        const QString n = normaliseName(a.name);
        if (!n.isEmpty())
            m_byName.insert(n, a.key);
    }
}

QString AreaMatcher::match(const QString &fileKey, const QHash<QString, QString> &mapping) const
{
    if (m_names.contains(fileKey))
        return fileKey;
    const auto mapped = mapping.constFind(fileKey);
    if (mapped != mapping.constEnd() && m_names.contains(*mapped))
        return *mapped;
    return {};
}

std::vector<AreaMatcher::Suggestion> AreaMatcher::suggest(const QString &fileKey,
                                                          const QString &fileName) const
{
    std::vector<Suggestion> result;
    const QString trimmed = fileKey.trimmed();
    if (trimmed != fileKey && m_names.contains(trimmed))
        return {{trimmed, Basis::Key}};
    const QString loose = normaliseKey(fileKey);
    if (!loose.isEmpty())
        for (const QString &key : m_byLooseKey.values(loose))
            result.push_back({key, Basis::LeadingZeros});
    if (result.empty()) {
        // A name in the key column (some offices deliver names only) or in the name column.
        for (const QString &candidate : {fileName, fileKey}) {
            const QString n = normaliseName(candidate);
            if (n.isEmpty())
                continue;
            for (const QString &key : m_byName.values(n))
                result.push_back({key, Basis::Name});
            if (!result.empty())
                break;
        }
    }
    std::sort(result.begin(), result.end(),
              [](const Suggestion &a, const Suggestion &b) { return a.areaKey < b.areaKey; });
    return result;
}

const QString &AreaMatcher::name(const QString &areaKey) const
{
    static const QString none;
    const auto it = m_names.constFind(areaKey);
    return it == m_names.constEnd() ? none : *it;
}

const QString &AreaMatcher::level(const QString &areaKey) const
{
    static const QString none;
    const auto it = m_levels.constFind(areaKey);
    return it == m_levels.constEnd() ? none : *it;
}

const QString &AreaMatcher::parent(const QString &areaKey) const
{
    static const QString none;
    const auto it = m_parents.constFind(areaKey);
    return it == m_parents.constEnd() ? none : *it;
}

QStringList AreaMatcher::byName(const QString &name) const
{
    const QString n = normaliseName(name);
    if (n.isEmpty())
        return {};
    QStringList keys = m_byName.values(n);
    std::sort(keys.begin(), keys.end());
    return keys;
}

QString AreaMatcher::normaliseName(const QString &name)
{
    QString result;
    result.reserve(name.size() + 4);
    for (const QChar c : name.toLower()) {
        switch (c.unicode()) {
        case 0x00E4: // ä
            result += QLatin1String("ae");
            break;
        case 0x00F6: // ö
            result += QLatin1String("oe");
            break;
        case 0x00FC: // ü
            result += QLatin1String("ue");
            break;
        case 0x00DF: // ß
            result += QLatin1String("ss");
            break;
        default:
            if (c.isLetterOrNumber())
                result += c;
        }
    }
    return result;
}

QString AreaMatcher::normaliseKey(const QString &key)
{
    QString k = key.trimmed();
    if (k.endsWith(QLatin1String(".0")))
        k.chop(2);
    qsizetype zeros = 0;
    while (zeros < k.size() - 1 && k[zeros] == u'0')
        ++zeros;
    return k.mid(zeros).toLower();
}

} // namespace qw
