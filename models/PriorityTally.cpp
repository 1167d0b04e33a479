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

bool PriorityTally::take(const PriorityVote &vote, QString *error)
{
    const int had = given(vote.voter, vote.areaKey);
    if (vote.points <= 0 || had < vote.points) {
        *error = tr("%1 gave %2 point(s) to this area, cannot take back %3.")
                     .arg(vote.voter)
                     .arg(had)
                     .arg(vote.points);
        return false;
    }
    int left = vote.points;
    // From the latest vote back, so that the tally reads as if the points were never given.
    for (std::size_t i = m_votes.size(); i-- > 0 && left > 0;) {
        PriorityVote &v = m_votes[i];
        if (v.voter != vote.voter || v.areaKey != vote.areaKey)
            continue;
        const int taken = std::min(left, v.points);
        v.points -= taken;
        left -= taken;
        if (v.points == 0)
            m_votes.erase(m_votes.begin() + std::ptrdiff_t(i));
    }
    return true;
}

int PriorityTally::given(const QString &voter, const QString &areaKey) const
{
    int points = 0;
    for (const PriorityVote &v : m_votes)
        if (v.voter == voter && v.areaKey == areaKey)
            points += v.points;
    return points;
}

QStringList PriorityTally::voters() const
{
    QStringList names;
    for (const PriorityVote &v : m_votes)
        if (!names.contains(v.voter))
            names << v.voter;
    names.sort(Qt::CaseInsensitive);
    return names;
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
    QHash<QString, QStringList> voters;
    for (const PriorityVote &v : m_votes)
        if (!voters[v.areaKey].contains(v.voter))
            voters[v.areaKey] << v.voter;
    for (auto it = points.begin(); it != points.end(); ++it)
        places.push_back({it.key(), it.value(), 0, int(voters.value(it.key()).size())});
    std::sort(places.begin(), places.end(), [](const Place &a, const Place &b) {
        return a.points != b.points ? a.points > b.points : a.areaKey < b.areaKey;
    });
    for (std::size_t i = 0; i < places.size(); ++i)
        places[i].rank =
            i > 0 && places[i].points == places[i - 1].points ? places[i - 1].rank : int(i) + 1;
    return places;
}

} // namespace qw
