#pragma once

#include <QHash>

#include <memory>

class QPainter;

namespace qw {

class AreaGeometrySet;
class MapTransform;
class Project;

// The workshop notes on the map: a small note marker with the number of notes at each
// area that has some, drawn over the areas (after the render, like the selection outline)
// so that adding a note shows at once without a new render. Areas of other levels than
// the one shown have no marker. Immutable; shared with the map widget.
class NoteMarkers
{
public:
    // Notes per area, by project index (Project::areas()).
    explicit NoteMarkers(QHash<int, int> countsByProjectIndex)
        : m_counts(std::move(countsByProjectIndex))
    { }

    // The markers of every note the project's store holds (areas it does not know are
    // passed over); null when it has none. Throws StoreError.
    static std::shared_ptr<const NoteMarkers> ofProject(Project &project);

    bool isEmpty() const { return m_counts.isEmpty(); }
    int count(int projectIndex) const { return m_counts.value(projectIndex); }

    // Draws the markers in screen coordinates (the painter untransformed), each at the
    // area's label point, nudged up and right so that a name label stays readable.
    void paint(QPainter &painter, const MapTransform &transform,
               const AreaGeometrySet &areas) const;

    // The marker's size in pixels (for tests and hit areas).
    static constexpr double kSize = 17;

private:
    QHash<int, int> m_counts;
};

} // namespace qw
