#include "MapPanes.h"

#include "LegendStackView.h"
#include "MapPanesLayout.h"
#include "MapWidget.h"
#include "Project.h"
#include "UiLanguage.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace qw {

// The header (indicator, period, remove) and the map of one pane; owned by MapPanes,
// the Qt children by the pane frame.
struct MapPanes::PaneWidgets
{
    QWidget *frame = nullptr;
    QComboBox *indicator = nullptr;
    QComboBox *period = nullptr;
    QToolButton *remove = nullptr;
    MapWidget *map = nullptr;
};

MapPanes::MapPanes(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    auto *title = new QLabel(tr("<b>Map comparison</b>"), this);
    m_note = new QLabel(this);
    m_note->setText(tr("linked: extent, hovered area, selection"));
    m_note->setToolTip(tr("The maps move together and share the hovered and the selected areas. "
                          "An indicator's classes are the same in every period, so equal "
                          "colours mean equal values."));
    m_note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_add = new QToolButton(this);
    m_add->setText(tr("Add map"));
    m_add->setToolTip(tr("Add a map pane (at most %1)").arg(kMaxPanes));
    connect(m_add, &QToolButton::clicked, this, &MapPanes::addPane);
    auto *close = new QToolButton(this);
    close->setText(tr("Single map"));
    close->setToolTip(tr("Back to one map (%1)").arg(QStringLiteral("Ctrl+Shift+M")));
    connect(close, &QToolButton::clicked, this, &MapPanes::closeRequested);
    bar->addWidget(title);
    bar->addSpacing(12);
    bar->addWidget(m_note, 1);
    bar->addWidget(m_add);
    bar->addWidget(close);
    layout->addLayout(bar);
    m_barWidgets = {title, m_note, m_add, close};

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    m_grid = new QGridLayout;
    m_grid->setContentsMargins(2, 2, 2, 2);
    m_grid->setSpacing(4);
    row->addLayout(m_grid, 1);
    // The legend column: scrolls where a long legend is taller than the panes.
    m_legend = new LegendStackView;
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_legend);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    scroll->setVisible(false);
    m_legendScroll = scroll;
    row->addWidget(scroll);
    layout->addLayout(row, 1);
    // The maps' sources once under all panes: a small pane would cut its own to nothing.
    m_sources = new QLabel(this);
    m_sources->setWordWrap(true);
    m_sources->setContentsMargins(6, 0, 6, 2);
    m_sources->setStyleSheet(QStringLiteral("color: #555555;"));
    QFont small = m_sources->font();
    small.setPointSizeF(std::max(7.5, small.pointSizeF() * 0.85));
    m_sources->setFont(small);
    layout->addWidget(m_sources);
}

MapPanes::~MapPanes() = default;

void MapPanes::setPresenting(bool presenting)
{
    m_presenting = presenting;
    for (QWidget *w : m_barWidgets)
        w->setVisible(!presenting);
    // The room reads indicator and period in each pane's legend; the pickers are the
    // workbench's.
    for (const auto &w : m_widgets)
        for (QWidget *control :
             {static_cast<QWidget *>(w->indicator), static_cast<QWidget *>(w->period),
              static_cast<QWidget *>(w->remove)})
            control->setVisible(!presenting);
    QFont small = font();
    small.setPointSizeF(std::max(7.5, small.pointSizeF() * 0.85));
    m_sources->setFont(small);
    updateLegends(); // in the font given for the room
}

void MapPanes::setContext(std::shared_ptr<Project> project, const ProjectMap *map,
                          const ProjectMap::View &base)
{
    const bool newProject = project != m_project || map != m_map;
    m_project = std::move(project);
    m_map = map;
    m_base = base;
    if (newProject) {
        rebuild();
        return;
    }
    for (int i = 0; i < int(m_widgets.size()); ++i)
        refreshPane(i, false);
    updateLegends();
}

void MapPanes::clear()
{
    m_project.reset();
    m_map = nullptr;
    m_panes.clear();
    rebuild();
}

void MapPanes::setSelectionModel(QItemSelectionModel *selection, AreaTableModel *table)
{
    m_selection = selection;
    m_table = table;
    for (const auto &w : m_widgets)
        w->map->setSelectionModel(selection, table);
}

void MapPanes::setPanes(const QList<Pane> &panes)
{
    m_panes = panes.mid(0, kMaxPanes);
    m_userMoved = false;
    rebuild();
    Q_EMIT panesChanged();
}

void MapPanes::rebuild()
{
    const MapTransform previous = m_userMoved ? transform() : MapTransform {};
    m_widgets.clear(); // deletes nothing Qt owns; the frames go below
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_project || !m_map) {
        updateLegends(); // empties the legend column
        return;
    }
    const bool german = germanUi();
    const int n = int(m_panes.size());
    const int columns = n == 4 ? 2 : n;
    for (int i = 0; i < n; ++i) {
        auto w = std::make_unique<PaneWidgets>();
        w->frame = new QWidget(this);
        auto *v = new QVBoxLayout(w->frame);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        auto *header = new QHBoxLayout;
        w->indicator = new QComboBox(w->frame);
        w->indicator->setAccessibleName(tr("Indicator of map %1").arg(i + 1));
        w->indicator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        w->indicator->setMinimumContentsLength(6); // the tooltip names it whole
        // Departments as headings that cannot be chosen, as in the indicator panel.
        auto *items = new QStandardItemModel(w->indicator);
        for (const auto &group : m_project->indicatorGroups()) {
            auto *heading =
                new QStandardItem(group.department.isEmpty() ? tr("Other") : group.name(german));
            heading->setFlags(Qt::NoItemFlags);
            QFont f = heading->font();
            f.setBold(true);
            heading->setFont(f);
            items->appendRow(heading);
            for (int idx : group.indicators) {
                const Indicator &ind = m_project->indicators()[std::size_t(idx)];
                auto *item = new QStandardItem(QStringLiteral("  ") + ind.name(german));
                item->setData(ind.key, Qt::UserRole);
                item->setToolTip(ind.name(german));
                items->appendRow(item);
            }
        }
        w->indicator->setModel(items);
        w->period = new QComboBox(w->frame);
        w->period->setAccessibleName(tr("Period of map %1").arg(i + 1));
        w->remove = new QToolButton(w->frame);
        w->remove->setText(QStringLiteral("×"));
        w->remove->setToolTip(tr("Remove this map"));
        w->remove->setEnabled(n > kMinPanes);
        w->remove->setVisible(!m_presenting);
        w->indicator->setVisible(!m_presenting);
        w->period->setVisible(!m_presenting);
        header->addWidget(w->indicator, 1);
        header->addWidget(w->period);
        header->addWidget(w->remove);
        v->addLayout(header);
        w->map = new MapWidget(w->frame);
        w->map->setMinimumSize(160, 140);
        w->map->setSelectionModel(m_selection, m_table);
        v->addWidget(w->map, 1);
        m_grid->addWidget(w->frame, i / columns, i % columns);

        MapWidget *map = w->map;
        connect(map, &MapWidget::transformChanged, this,
                [this, map](const MapTransform &t, bool settled) {
                    onTransformChanged(map, t, settled);
                });
        connect(map, &MapWidget::hoveredAreaChanged, this,
                [this, map](int projectIndex) { onHover(map, projectIndex); });
        connect(map, &MapWidget::areaActivated, this, &MapPanes::areaActivated);
        connect(map, &MapWidget::compareRequested, this, &MapPanes::compareRequested);
        connect(map, &MapWidget::noteRequested, this, &MapPanes::noteRequested);
        connect(map, &MapWidget::pointRequested, this, &MapPanes::pointRequested);
        connect(w->indicator, &QComboBox::activated, this, [this, i] { onIndicatorChosen(i); });
        connect(w->period, &QComboBox::activated, this, [this, i] { onPeriodChosen(i); });
        connect(w->remove, &QToolButton::clicked, this, [this, i] { removePane(i); });
        m_widgets.push_back(std::move(w));
        const int row =
            items
                ->match(items->index(0, 0), Qt::UserRole, m_panes[i].indicator, 1, Qt::MatchExactly)
                .value(0)
                .row();
        m_widgets.back()->indicator->setCurrentIndex(row);
        fillPeriods(i);
        refreshPane(i, !previous.isValid());
        if (previous.isValid())
            m_widgets.back()->map->followTransform(previous, true);
    }
    updateLegends();
    m_add->setEnabled(n < kMaxPanes);
}

void MapPanes::fillPeriods(int i)
{
    QComboBox *combo = m_widgets[std::size_t(i)]->period;
    const QStringList periods = m_project->periods(m_panes[i].indicator);
    combo->clear();
    combo->addItems(periods);
    m_panes[i].period = m_project->periodFor(m_panes[i].indicator, m_panes[i].period);
    combo->setCurrentText(m_panes[i].period);
}

void MapPanes::refreshPane(int i, bool resetView)
{
    // The header may cut the indicator's name: its tooltip gives it whole.
    QComboBox *indicator = m_widgets[std::size_t(i)]->indicator;
    indicator->setToolTip(indicator->currentData(Qt::ToolTipRole).toString());
    m_widgets[std::size_t(i)]->map->setSnapshot(m_map->snapshot(m_panes[i].view(m_base), QLocale()),
                                                resetView);
}

void MapPanes::updateLegends()
{
    std::vector<MapSnapshot> maps;
    for (const auto &w : m_widgets)
        maps.push_back(w->map->snapshot());
    const bool shared = !maps.empty() && MapPanesLayout::sharesClasses(maps);
    // Three or four panes are too small to carry a legend over the map: all go beside them.
    const bool allInColumn = maps.size() >= 3;
    for (const auto &w : m_widgets)
        w->map->setCompactLegend(true, shared || allInColumn);
    m_legend->setMaps(maps, maps.empty() ? QString() : MapPanesLayout::title(maps),
                      allInColumn && !shared);
    m_legendScroll->setVisible(!m_legend->isHidden());
    m_sources->setText(MapPanesLayout::sources(maps));
    m_sources->setVisible(!m_sources->text().isEmpty());
    m_legendScroll->setFixedWidth(m_legend->sizeHint().width()
                                  + m_legendScroll->verticalScrollBar()->sizeHint().width());
    // One fit for all panes: clear of every pane's legend, so all show the same scale and
    // place (their scale bars agree) and a pane with a smaller legend does not zoom apart.
    QRectF legends;
    for (const auto &w : m_widgets)
        legends = legends.united(w->map->legendRect());
    for (const auto &w : m_widgets)
        w->map->setFitObstacle(legends);
}

void MapPanes::onIndicatorChosen(int i)
{
    const QString key = m_widgets[std::size_t(i)]->indicator->currentData(Qt::UserRole).toString();
    if (key.isEmpty() || key == m_panes[i].indicator)
        return;
    m_panes[i].indicator = key;
    fillPeriods(i); // keeps the period where the indicator has it
    refreshPane(i, false);
    updateLegends();
    Q_EMIT panesChanged();
}

void MapPanes::onPeriodChosen(int i)
{
    const QString period = m_widgets[std::size_t(i)]->period->currentText();
    if (period == m_panes[i].period)
        return;
    m_panes[i].period = period;
    refreshPane(i, false);
    updateLegends();
    Q_EMIT panesChanged();
}

void MapPanes::addPane()
{
    if (m_panes.size() >= kMaxPanes || m_panes.isEmpty())
        return;
    m_panes.append(m_panes.last());
    rebuild();
    Q_EMIT panesChanged();
}

void MapPanes::removePane(int i)
{
    if (m_panes.size() <= kMinPanes)
        return;
    m_panes.removeAt(i);
    // Deleting the pane's widgets from inside their own click: leave the event first.
    QMetaObject::invokeMethod(
        this,
        [this] {
            rebuild();
            Q_EMIT panesChanged();
        },
        Qt::QueuedConnection);
}

void MapPanes::onTransformChanged(MapWidget *source, const MapTransform &transform, bool settled)
{
    m_userMoved = true;
    for (const auto &w : m_widgets)
        if (w->map != source)
            w->map->followTransform(transform, settled);
}

void MapPanes::onHover(MapWidget *source, int projectIndex)
{
    for (const auto &w : m_widgets)
        if (w->map != source)
            w->map->setLinkedHover(projectIndex);
    Q_EMIT hoveredAreaChanged(projectIndex);
}

void MapPanes::setTransform(const MapTransform &transform)
{
    m_userMoved = transform.isValid();
    for (const auto &w : m_widgets)
        w->map->followTransform(transform, true);
}

MapTransform MapPanes::transform() const
{
    return m_widgets.empty() ? MapTransform {} : m_widgets.front()->map->transform();
}

QList<MapWidget *> MapPanes::maps() const
{
    QList<MapWidget *> out;
    for (const auto &w : m_widgets)
        out << w->map;
    return out;
}

} // namespace qw
