#include "PriorityTally.h"

#include <algorithm>

namespace qw {

bool PriorityTally::add(const PriorityVote &vote, QString *error)
{
    if (vote.voter.trimmed().isEmpty() || vote.areaKey.isEmpty() || vote.points <= 0) {
        *error = tr("A vote needs a voter, an area and at least one point.");
        return false;
    }
    if (vote.points > remaining(vote.voter)) {
        *error = tr("%1 has %2 of %3 points left, not %4.")
                     .arg(vote.voter)
                     .arg(remaining(vote.voter))
                     .arg(m_pointsPerVoter)
                     .arg(vote.points);
        return false;
    }
    m_votes.push_back(vote);
    return true;
}

int PriorityTally::remaining(const QString &voter) const
{
    int given = 0;
    for (const PriorityVote &v : m_votes)
        if (v.voter == voter)
            given += v.points;
    return m_pointsPerVoter - given;
}

QHash<QString, int> PriorityTally::pointsByArea() const
{
    QHash<QString, int> points;
    for (const PriorityVote &v : m_votes)
        points[v.areaKey] += v.points;
    return points;
}

std::vector<PriorityTally::Place> PriorityTally::ranking() const
{
    std::vector<Place> places;
    const QHash<QString, int> points = pointsByArea();
    for (auto it = points.begin(); it != points.end(); ++it)
        places.push_back({it.key(), it.value(), 0});
    std::sort(places.begin(), places.end(), [](const Place &a, const Place &b) {
        return a.points != b.points ? a.points > b.points : a.areaKey < b.areaKey;
    });
    for (std::size_t i = 0; i < places.size(); ++i)
        places[i].rank =
            i > 0 && places[i].points == places[i - 1].points ? places[i - 1].rank : int(i) + 1;
    return places;
}

} // namespace qw
