#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace qw {

// One participant's or group's points for one area in a workshop's dot voting.
struct PriorityVote
{
    QString voter; // a person or a workshop table, as the notes' author
    QString areaKey;
    int points = 0;
};

// The workshop's priorities ("what the room says"): the points each voter gave, at most
// pointsPerVoter each, summed per area and ranked. Stored in qw_priorities
// (PriorityRepository); the window, the import and the map of the points all count here.
class PriorityTally
{
    Q_DECLARE_TR_FUNCTIONS(qw::PriorityTally)
public:
    explicit PriorityTally(int pointsPerVoter) : m_pointsPerVoter(pointsPerVoter) { }
    // The votes as stored, unchecked: a project whose points per voter were lowered after
    // the voting keeps every point given (remaining() is then 0 or below).
    PriorityTally(int pointsPerVoter, std::vector<PriorityVote> stored)
        : m_pointsPerVoter(pointsPerVoter), m_votes(std::move(stored))
    { }

    int pointsPerVoter() const { return m_pointsPerVoter; }
    // Adds a vote; false with the reason when it has no voter, no area or no points, or
    // when the voter would give more than pointsPerVoter in all.
    bool add(const PriorityVote &vote, QString *error);
    // Takes points back from a voter's area; false with the reason when the voter gave it
    // fewer.
    bool take(const PriorityVote &vote, QString *error);
    // Points the voter has left to give.
    int remaining(const QString &voter) const;
    // Points the voter gave to the area.
    int given(const QString &voter, const QString &areaKey) const;
    // Everyone who gave points, sorted (case aside).
    QStringList voters() const;
    const std::vector<PriorityVote> &votes() const { return m_votes; }
    // Points per area (areas without points are absent).
    QHash<QString, int> pointsByArea() const;

    struct Place
    {
        QString areaKey;
        int points = 0;
        int rank = 0; // 1 = most points; equal points share a rank (1, 1, 3)
        int voters = 0; // how many voters gave it points
        friend bool operator==(const Place &, const Place &) = default;
    };
    // The areas with points, most first, equal points by area key.
    std::vector<Place> ranking() const;

private:
    int m_pointsPerVoter;
    std::vector<PriorityVote> m_votes;
};

} // namespace qw
