#include "MapPaneChoice.h"

#include "Project.h"

#include <QCoreApplication>

namespace qw {

ProjectMap::View MapPaneChoice::view(const ProjectMap::View &base) const
{
    ProjectMap::View v = base;
    v.indicator = indicator;
    v.period = period;
    v.title.clear(); // each pane is titled by its own indicator
    if (v.overlayIndicator == v.indicator && v.overlay != ProjectMap::Overlay::None)
        v.overlay = ProjectMap::Overlay::None;
    return v;
}

QString MapPaneChoice::resolve(const QStringList &words, const Project &project,
                               const QString &indicator, const QString &period,
                               QList<MapPaneChoice> *panes)
{
    if (words.size() < kMinPanes || words.size() > kMaxPanes)
        return QCoreApplication::translate(
                   "qw::MapPanes",
                   "Name %1 to %2 maps (indicator, period or indicator@period), not %3.")
            .arg(kMinPanes)
            .arg(kMaxPanes)
            .arg(words.size());
    panes->clear();
    for (const QString &raw : words) {
        const QString word = raw.trimmed();
        MapPaneChoice pane;
        const qsizetype at = word.indexOf(QLatin1Char('@'));
        if (at >= 0) {
            pane = {word.left(at), word.mid(at + 1)};
        } else if (project.indicator(word)) {
            pane = {word, project.periodFor(word, period)};
        } else {
            // Neither an indicator nor a period of the shown one: say both, with what exists.
            if (!project.periods(indicator).contains(word))
                return QCoreApplication::translate(
                           "qw::MapPanes",
                           "\"%1\" is neither an indicator key nor a period of \"%2\" "
                           "(periods: %3). See --list-indicators for the keys.")
                    .arg(word, indicator, project.periods(indicator).join(QStringLiteral(", ")));
            pane = {indicator, word};
        }
        if (const QString error = ProjectMap::check(project, pane.indicator, pane.period);
            !error.isEmpty())
            return error;
        pane.period = project.periodFor(pane.indicator, pane.period); // "KEY@": its latest
        panes->append(pane);
    }
    return {};
}

QStringList MapPaneChoice::words(const QList<MapPaneChoice> &panes)
{
    QStringList out;
    for (const MapPaneChoice &p : panes)
        out << p.indicator + QLatin1Char('@') + p.period;
    return out;
}

QList<MapPaneChoice> MapPaneChoice::defaults(const Project &project, const QString &indicator,
                                             const QString &period)
{
    const QStringList periods = project.periods(indicator);
    if (periods.size() >= 2) {
        const QString last =
            periods.contains(period) && period != periods.first() ? period : periods.last();
        return {{indicator, periods.first()}, {indicator, last}};
    }
    // One period only: set the indicator beside the next one in the catalogue.
    const auto &all = project.indicators();
    QString other;
    for (std::size_t i = 0; i < all.size() && other.isEmpty(); ++i)
        if (all[i].key == indicator && all.size() > 1)
            other = all[(i + 1) % all.size()].key;
    if (other.isEmpty())
        return {{indicator, period}, {indicator, period}};
    return {{indicator, period}, {other, project.periodFor(other, period)}};
}

} // namespace qw
