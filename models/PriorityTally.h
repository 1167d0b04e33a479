#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <vector>

namespace qw {

// One participant's or group's points for one area in a workshop's dot voting.
struct PriorityVote
{
    QString voter; // a person or a workshop table, as the notes' author
    QString areaKey;
    int points = 0;
};

// The hook for the workshop's priorities ("what the room says"): the points each voter gave,
// at most pointsPerVoter each, summed per area and ranked. Not stored yet; a store table and
// a map of the points (beside the data map) attach here.
class PriorityTally
{
    Q_DECLARE_TR_FUNCTIONS(qw::PriorityTally)
public:
    explicit PriorityTally(int pointsPerVoter) : m_pointsPerVoter(pointsPerVoter) { }

    int pointsPerVoter() const { return m_pointsPerVoter; }
    // Adds a vote; false with the reason when it has no voter, no area or no points, or
    // when the voter would give more than pointsPerVoter in all.
    bool add(const PriorityVote &vote, QString *error);
    // Points the voter has left to give.
    int remaining(const QString &voter) const;
    const std::vector<PriorityVote> &votes() const { return m_votes; }
    // Points per area (areas without points are absent).
    QHash<QString, int> pointsByArea() const;

    struct Place
    {
        QString areaKey;
        int points = 0;
        int rank = 0; // 1 = most points; equal points share a rank (1, 1, 3)
        friend bool operator==(const Place &, const Place &) = default;
    };
    // The areas with points, most first, equal points by area key.
    std::vector<Place> ranking() const;

private:
    int m_pointsPerVoter;
    std::vector<PriorityVote> m_votes;
};

} // namespace qw
