#pragma once

#include "ProjectTypes.h"

#include <QHash>
#include <QString>

#include <vector>

namespace qw {

// Finds the project area a file's key means. Keys are text and match exactly ("05" is
// not "5"); for keys that match nothing it suggests areas whose key differs only in
// leading zeros or spreadsheet damage ("1100101", "1100101.0"), or whose name is the same
// once case, hyphens, spaces and umlaut spellings are ignored. Suggestions are never
// applied silently: the user (or --accept-suggestions) accepts them.
class AreaMatcher
{
public:
    enum class Basis { Key, LeadingZeros, Name };
    struct Suggestion
    {
        QString areaKey;
        Basis basis = Basis::Key;
    };

    explicit AreaMatcher(const std::vector<Area> &areas);

    // The area key for a file key, exactly or through an accepted mapping; empty if none.
    QString match(const QString &fileKey, const QHash<QString, QString> &mapping) const;
    // Candidate areas for an unmatched key (and the row's name, if the file has names).
    // Several candidates mean the suggestion is ambiguous.
    std::vector<Suggestion> suggest(const QString &fileKey, const QString &fileName) const;

    const QString &name(const QString &areaKey) const;
    const QString &level(const QString &areaKey) const;
    const QString &parent(const QString &areaKey) const;
    // Every area (of any level) whose name is this one once normalised.
    QStringList byName(const QString &name) const;

    // "Innenstadt-West", "Innenstadt West" and "innenstadt  west" all give "innenstadtwest";
    // "Schloßstraße" and "Schlossstrasse" give "schlossstrasse".
    static QString normaliseName(const QString &name);
    // The key without surrounding blanks, leading zeros or a spreadsheet's ".0".
    static QString normaliseKey(const QString &key);

private:
    QHash<QString, QString> m_names; // area key -> name
    QHash<QString, QString> m_levels; // area key -> level key
    QHash<QString, QString> m_parents; // area key -> parent key
    QMultiHash<QString, QString> m_byLooseKey;
    QMultiHash<QString, QString> m_byName;
};

} // namespace qw
