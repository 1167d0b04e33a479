#include "ProjectMap.h"

#include "AreaGeometrySet.h"
#include "Classification.h"
#include "Project.h"

#include <QCoreApplication>

namespace qw {

ProjectMap::ProjectMap(std::shared_ptr<Project> project, const QString &levelKey)
    : m_project(std::move(project))
    , m_level(levelKey)
{
    m_base.areas = std::make_shared<AreaGeometrySet>(*m_project, m_level);
    m_base.landmarks = std::make_shared<std::vector<Landmark>>(m_project->landmarks());
    m_base.facilities = std::make_shared<std::vector<Facility>>(m_project->facilities());
}

MapSnapshot ProjectMap::snapshot(const View &view, const QLocale &locale) const
{
    MapSnapshot s = m_base;
    s.showFacilities = view.showFacilities;
    const Indicator *ind = m_project->indicator(view.indicator);
    QString period = view.period;
    if (ind && period.isEmpty() && !m_project->periods(ind->key).isEmpty())
        period = m_project->periods(ind->key).last();
    const bool german = locale.language() == QLocale::German;
    auto tr = [](const char *text) { return QCoreApplication::translate("qw::ProjectMap", text); };
    if (ind && !period.isEmpty()) {
        // Breaks pooled over all periods, so a colour means the same in every year.
        s.choropleth = std::make_shared<ChoroplethRenderer>(
            *ind, m_project->values(ind->key, period), *m_base.areas,
            m_project->pooledValues(ind->key, m_level), view.classification);
        s.caption.title = ind->name(german);
        s.caption.legendNote = tr("%1, classes fixed across all periods")
                                   .arg(ClassificationRegistry::instance()
                                            .method(s.choropleth->settings().classification)
                                            ->name());
        QStringList sub{period};
        if (!ind->unit.isEmpty())
            sub << ind->unit;
        if (const auto city = m_project->cityValue(ind->key, period, m_level)) {
            s.caption.cityValue = s.choropleth->formatValue(*city, locale);
            sub << tr("City: %1").arg(s.caption.cityValue);
        }
        s.caption.subtitle = sub.join(QStringLiteral(" · "));
        if (!ind->source.isEmpty())
            s.caption.source = tr("Source: %1").arg(ind->source);
    } else {
        s.caption.title = m_project->metadata().title;
    }
    if (m_project->metadata().fictional)
        s.caption.source += (s.caption.source.isEmpty() ? QString() : QStringLiteral(" · "))
                            + tr("fictional demo data");
    return s;
}

} // namespace qw
