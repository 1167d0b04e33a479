#pragma once

#include <QString>

class QWidget;

namespace qw {

// Which section of the user guide belongs to a part of the window: each panel and dialog
// names its section's anchor (a dynamic property), and F1 opens the guide there for the
// widget with the focus, or the nearest of its parents that names one. Owns nothing.
class HelpSection
{
public:
    // The guide's anchors (<a name="..."> in resources/help/guide_*.html).
    static constexpr const char *Map = "map";
    static constexpr const char *Indicators = "indicators";
    static constexpr const char *Compare = "compare";
    static constexpr const char *Trend = "trend";
    static constexpr const char *Views = "views";
    static constexpr const char *Import = "import";
    static constexpr const char *Derived = "derived";
    static constexpr const char *Index = "index";
    static constexpr const char *Robustness = "robustness";
    static constexpr const char *Allocation = "allocation";
    static constexpr const char *Time = "time";
    static constexpr const char *Change = "change";
    static constexpr const char *Ranks = "ranks";
    static constexpr const char *Panes = "panes";
    static constexpr const char *Notes = "notes";

    static void set(QWidget *widget, const char *anchor);
    // The anchor of the widget or of its nearest parent that has one; empty: none.
    static QString of(const QWidget *widget);
};

} // namespace qw
