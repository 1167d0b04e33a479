#pragma once

#include <QString>
#include <QStringList>

#include <span>
#include <vector>

namespace qw {

class Project;

// The ranks of the areas of one level across an indicator's periods, for a bump chart:
// who climbed, who fell. Ranks are models/Ranking's (1 = highest value, ties share the
// better rank, areas without a shown value have none), each period ranked among the areas
// with a value in it. Holds the top and bottom areas of the latest period; plain data.
class RankHistory
{
public:
    struct Line
    {
        int area = -1; // index into the areas given to make()
        QString key;
        QString name;
        std::vector<int> ranks; // one per period, 0 where the area has no value
        bool top = true; // among the top of the latest period, else the bottom

        // The first and last rank the area has (0 when it has none).
        int firstRank() const;
        int lastRank() const;
        // Places climbed from its first to its last rank, towards rank 1 (negative: fell).
        int climbed() const { return firstRank() - lastRank(); }
    };

    // values[p][a]: the shown value of area a in period p (NaN without one), aligned with
    // keys and names. Takes the `count` best-ranked and the `count` worst-ranked areas of
    // the last period (all ranked areas when there are no more than 2 * count), ordered by
    // their rank in it.
    static RankHistory make(const QStringList &periods, const QStringList &keys,
                            const QStringList &names,
                            const std::vector<std::vector<double>> &values, int count = 10);
    // The same for an indicator of a project on one level, over all its periods.
    static RankHistory of(Project &project, const QString &indicatorKey, const QString &levelKey,
                          int count = 10);

    const QStringList &periods() const { return m_periods; }
    const std::vector<Line> &lines() const { return m_lines; }
    // How many areas have a rank in period p (the lowest rank there can be).
    int rankedCount(int p) const { return m_ranked[std::size_t(p)]; }
    // The largest number of ranked areas in any period: the bottom of a chart's axis.
    int maxRanked() const;

private:
    QStringList m_periods;
    std::vector<Line> m_lines;
    std::vector<int> m_ranked;
};

} // namespace qw
