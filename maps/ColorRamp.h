#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

#include <vector>

namespace qw {

enum class RampKind { Sequential, Diverging };

// A named colour scheme (ColorBrewer, viridis, cividis). colors(n) spreads the scheme's
// anchor colours over n classes, light to dark for sequential ramps.
class ColorRamp
{
public:
    ColorRamp() = default;
    ColorRamp(QString id, QString name, RampKind kind, std::vector<QColor> anchors,
              bool colorBlindSafe);

    const QString &id() const { return m_id; }
    const QString &name() const { return m_name; }
    RampKind kind() const { return m_kind; }
    bool isColorBlindSafe() const { return m_colorBlindSafe; }
    bool isValid() const { return !m_anchors.empty(); }

    std::vector<QColor> colors(int n, bool reversed = false) const;
    // The colour at t in [0, 1], interpolated in linear light.
    QColor at(double t) const;

    static const std::vector<ColorRamp> &all();
    static ColorRamp byId(const QString &id);
    // Colour-blind-safe default: indicators with a direction get orange-red (the
    // renderer turns it so that darker/redder always means worse), neutral ones purple.
    static QString defaultFor(bool neutral);
    // The presentation's high-contrast schemes for a washed-out projector: sequential from a
    // saturated yellow (never near white, which a projector loses against the screen) through
    // orange and magenta to deep blue, matplotlib's plasma; diverging as ColorBrewer RdBu
    // with stronger steps and a grey middle that stays apart from a white ground.
    static const ColorRamp &projector(RampKind kind);

    // The tint of a comparison cell for a deviation from the city (z, positive = better):
    // blue better, orange-red worse (colour-blind safe), stronger up to two standard
    // deviations; invalid (no tint) within a quarter of one or for NaN.
    static QColor deviationTint(double deviation);

    // The two-way scheme of a status x dynamics matrix (an index's KEY_group): the rows
    // (status classes, need rising from row 0) run light to dark, the columns (dynamics,
    // from improving to worsening) run from blue through a greyish middle to red. So the
    // map reads like the matrix: darker means more need, redder means getting worse, and
    // "hoch, positiv" is the palest blue. rows, columns >= 1.
    static QColor twoWay(int row, int rows, int column, int columns);

private:
    QString m_id;
    QString m_name;
    RampKind m_kind = RampKind::Sequential;
    std::vector<QColor> m_anchors;
    bool m_colorBlindSafe = false;
};

} // namespace qw
