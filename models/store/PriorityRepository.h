#pragma once

#include "PriorityTally.h"

#include <vector>

namespace qw {

class SqliteDatabase;

// The workshop's dot voting (qw_priorities: one row per voter and area with the points
// given there) and the points each voter has (qw_project "priority_points", default 5).
// Borrows its store's connection (ProjectStore::priorities()). Every write is one
// transaction of its own, or part of the caller's when one is open (an import), and
// writes the map of the points anew in it (see kPointsIndicator), so the map never
// disagrees with the votes.
class PriorityRepository
{
public:
    // The computed indicator "Punkte der Werkstatt": the points per area as values of every
    // area (0 without points; a coarser area sums the areas inside it), in the year of the
    // last change, marked derived; with up to
    // kLargestNamedPoints in an area the numbers are named codes (qw_value_labels), one
    // class each. It exists while there are votes: the map panes, the legend, exports and
    // QGIS read it as any indicator.
    static constexpr const char *kPointsIndicator = "qw_workshop_points";
    static constexpr int kDefaultPointsPerVoter = 5;
    // Up to this many points in an area each number is a named class of the map.
    static constexpr int kLargestNamedPoints = 6;

    explicit PriorityRepository(SqliteDatabase &db) : m_db(db) { }

    // Every vote, one per voter and area, in the order first given.
    std::vector<PriorityVote> votes();
    // The stored votes in a tally of the project's points per voter.
    PriorityTally tally();
    int pointsPerVoter();
    void setPointsPerVoter(int points);
    // Adds delta points (negative: takes them back) of the voter to the area; a row
    // that reaches 0 is removed. Checks nothing: the caller checked with a tally.
    void change(const QString &voter, const QString &areaKey, int delta);
    // Several changes in one transaction (an import): all or none.
    void changeAll(const std::vector<PriorityVote> &deltas);

private:
    void changeRow(const QString &voter, const QString &areaKey, int delta);
    void writePointsIndicator();

    SqliteDatabase &m_db;
};

} // namespace qw
