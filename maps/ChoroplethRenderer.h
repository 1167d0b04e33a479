#pragma once

#include "AreaStyle.h"
#include "ColorRamp.h"
#include "LegendEntry.h"
#include "ProjectTypes.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <memory>
#include <optional>
#include <vector>

namespace qw {

class AreaGeometrySet;
class ClassificationMethod;
struct AreaValues;
struct GroupAxes;

// Colours the areas of one level by class of one indicator's values. Immutable once
// built: the GUI builds a new one when the indicator, period or classification changes
// and hands it to render jobs by shared pointer.
class ChoroplethRenderer : public AreaStyle
{
public:
    struct Settings
    {
        QString classification = QStringLiteral("quantile");
        int classes = 5;
        QString ramp; // empty: the colour-blind-safe default for the indicator's polarity
        // Where a diverging ramp has its neutral middle (the city value); without it the
        // middle class is neutral.
        std::optional<double> centre;
        // Zero is a class break where the values lie on both sides of it (a change: rises
        // and falls never share a class, "-1.0 to 0.1" cannot happen). Each side gets
        // classes of its own by the chosen method; manual breaks stay the planner's.
        bool breakAtZero = false;
        // The planner's ascending inner breaks for the "manual" classification (the data's
        // minimum and maximum close the outer classes); ignored by the other methods.
        std::vector<double> breaks;
        // The legend's words for areas without a value; empty: "no data". A change says
        // why: "no value in 2019 or 2024".
        QString missingLabel;
        // The presentation's projector colours (ColorRamp::projector of the ramp's kind);
        // a display setting of the moment, never saved with a view.
        bool highContrast = false;
    };

    // values: the shown values; classValues: the values the classes are computed from
    // (the same, or all periods pooled so colours mean the same across years).
    // groups: for an index's status x dynamics groups, their rows and columns; the codes
    // then take the two-way colours of the matrix (ColorRamp::twoWay) instead of a ramp.
    ChoroplethRenderer(const Indicator &indicator, std::shared_ptr<const AreaValues> values,
                       const AreaGeometrySet &areas, const std::vector<double> &classValues,
                       const Settings &settings, const GroupAxes *groups = nullptr);

    const Indicator &indicator() const { return m_indicator; }
    const QString &period() const;
    const Settings &settings() const { return m_settings; }
    // One class per named code (an index's classes, see Indicator::valueLabels): the
    // legend shows the names; the classification settings do not apply.
    bool isCategorical() const { return m_categorical; }
    const std::vector<double> &edges() const { return m_edges; }
    const std::vector<QColor> &colors() const { return m_colors; }
    // The smallest and largest of the values the classes were computed from (NaN when
    // there are none): the range manual breaks have to lie in.
    double classMin() const { return m_classMin; }
    double classMax() const { return m_classMax; }

    // The fill of a row of the area set.
    const QBrush &brush(int row) const override;
    int classOfRow(int row) const { return m_rowClass[row]; }
    int rowCount() const { return int(m_rowClass.size()); }
    // The shown value of a row (NaN for missing or suppressed).
    double value(int row) const;
    ValueStatus status(int row) const;

    // Class entries (with counts), then missing, suppressed and not computed entries where
    // present.
    std::vector<LegendEntry> legend(const QLocale &locale) const;
    // The rows of the area set a legend entry stands for: the class's areas, or those
    // without data, suppressed or not computed. A click on the entry selects them.
    std::vector<int> rowsOf(const LegendEntry &entry, int entryIndex) const;

    // The colour of each class between edges, as the map draws them (also for a preview of
    // classes not yet applied).
    // whole: classes of whole numbers, (a, b] holding a + 1 ... b, whose middle is the
    // middle of those numbers (the class "0" of a rank change is neutral, not a little
    // below it).
    static std::vector<QColor> classColors(const Indicator &indicator,
                                           const std::vector<double> &edges,
                                           const Settings &settings, bool whole = false);

    // The legend's words for class i of edges ("12.5 to 20", "over 20 to 30").
    static QString classLabel(std::size_t i, const std::vector<double> &edges, int decimals,
                              const QLocale &locale);
    // The same for classes of whole numbers (ClassificationMethod::wholeNumberClasses): the
    // numbers a class holds, "3 to 4" for (2, 4], "2" for (1, 2], "0" for [0, 0].
    static QString wholeClassLabel(std::size_t i, const std::vector<double> &edges,
                                   const QLocale &locale);
    // The decimals class labels show: the indicator's, more where manual breaks have more.
    static int labelDecimals(const Indicator &indicator, const Settings &settings);

    static QBrush missingBrush();
    static QBrush suppressedBrush();
    static QBrush notComputedBrush();

    // The class of each row: RowMissing, RowSuppressed and RowNotComputed below zero.
    enum : int { RowMissing = -1, RowSuppressed = -2, RowNotComputed = -3 };

private:
    Indicator m_indicator;
    std::shared_ptr<const AreaValues> m_values;
    std::vector<int> m_projectIndex; // row -> project area index
    Settings m_settings;
    std::vector<double> m_edges;
    double m_classMin, m_classMax;
    std::vector<QColor> m_colors;
    std::vector<QBrush> m_brushes;
    std::vector<int> m_rowClass;
    QBrush m_missing, m_suppressed, m_notComputed;
    bool m_categorical = false;
    bool m_whole = false; // classes of whole numbers (wholeNumberClasses)
};

} // namespace qw
