#include "TrendPanel.h"

#include "AreaTableModel.h"
#include "HelpSection.h"
#include "IndexRecipe.h"
#include "Project.h"
#include "Recipe.h"
#include "TrendChart.h"
#include "TrendModel.h"
#include "UiLanguage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QToolTip>
#include <QVBoxLayout>

namespace qw {

namespace {

// The chart on screen: TrendChart on a white ground, the hovered period as a rule.
class TrendChartView : public QWidget
{
public:
    TrendChartView(const TrendPanel &panel, std::function<void(int)> hovered, QWidget *parent)
        : QWidget(parent), m_panel(panel), m_hovered(std::move(hovered))
    {
        setMouseTracking(true);
        setFocusPolicy(Qt::StrongFocus);
        setMinimumHeight(140);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        setAccessibleName(TrendPanel::tr("Trend chart"));
        setAccessibleDescription(
            TrendPanel::tr("Left/Right: the values of the period before or after"));
    }
    void setHover(int column)
    {
        if (column == m_hover)
            return;
        m_hover = column;
        update();
        m_hovered(column);
    }
    int hover() const { return m_hover; }

protected:
    TrendChart::Options options() const
    {
        TrendChart::Options o;
        o.font = font();
        o.locale = locale();
        o.shownColumn = m_panel.shownColumn();
        o.hoverColumn = m_hover;
        return o;
    }
    QRectF chartRect() const { return QRectF(rect()).adjusted(6, 4, -8, -4); }
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), Qt::white);
        TrendChart::paint(p, chartRect(), m_panel.model(), options());
        if (hasFocus()) {
            p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
            p.drawRect(rect().adjusted(0, 0, -1, -1));
        }
    }
    void mouseMoveEvent(QMouseEvent *event) override
    {
        const auto g = TrendChart::geometry(m_panel.model(), chartRect(), options());
        const int column = event->position().y() <= g.plot.bottom() + fontMetrics().height() * 2
            ? g.columnAt(event->position().x())
            : -1;
        setHover(column);
        if (column >= 0)
            QToolTip::showText(event->globalPosition().toPoint(),
                               m_panel.valuesText(column, QStringLiteral("\n")), this);
        else
            QToolTip::hideText();
    }
    void leaveEvent(QEvent *) override
    {
        if (!hasFocus())
            setHover(-1);
    }
    void focusOutEvent(QFocusEvent *) override
    {
        setHover(-1);
        update();
    }
    void focusInEvent(QFocusEvent *) override { update(); }
    void keyPressEvent(QKeyEvent *event) override
    {
        const int columns = m_panel.model().columnCount();
        if (columns == 0 || (event->key() != Qt::Key_Left && event->key() != Qt::Key_Right)) {
            QWidget::keyPressEvent(event);
            return;
        }
        const int from = m_hover >= 0    ? m_hover
            : m_panel.shownColumn() >= 0 ? m_panel.shownColumn()
                                         : columns - 1;
        setHover(m_hover < 0
                     ? from
                     : std::clamp(from + (event->key() == Qt::Key_Left ? -1 : 1), 0, columns - 1));
    }

private:
    const TrendPanel &m_panel;
    std::function<void(int)> m_hovered;
    int m_hover = -1;
};

} // namespace

TrendPanel::TrendPanel(QItemSelectionModel *selection, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_model(std::make_unique<TrendModel>())
    , m_head(new QLabel(this))
    , m_band(new QComboBox(this))
    , m_values(new QLabel(this))
    , m_german(germanUi())
{
    HelpSection::set(this, HelpSection::Trend);
    m_head->setWordWrap(true);
    m_head->setTextFormat(Qt::PlainText);
    m_band->addItem(tr("Range (lowest to highest area)"), int(TrendModel::Band::Range));
    m_band->addItem(tr("Middle half (quartiles)"), int(TrendModel::Band::Interquartile));
    m_band->setToolTip(tr("The grey band behind the lines: the spread of all areas of the level "
                          "in each period"));
    // The German item names are long: the dock beside the map must stay narrow.
    m_band->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_band->setMinimumContentsLength(12);
    auto *bandLabel = new QLabel(tr("&Band:"), this);
    bandLabel->setBuddy(m_band);
    m_chart = new TrendChartView(
        *this, [this](int column) { showValues(column); }, this);
    m_values->setWordWrap(true);
    m_values->setTextFormat(Qt::PlainText);
    auto *bandRow = new QHBoxLayout;
    bandRow->addWidget(bandLabel);
    bandRow->addWidget(m_band, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_head);
    layout->addLayout(bandRow);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_values);
    connect(m_band, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setBand(TrendModel::Band(m_band->currentData().toInt()));
        m_chart->update();
    });
    connect(m_selection, &QItemSelectionModel::selectionChanged, this, &TrendPanel::refresh);
    if (QAbstractItemModel *areas = m_selection->model()) {
        connect(areas, &QAbstractItemModel::modelReset, this, &TrendPanel::refresh);
        connect(areas, &QAbstractItemModel::dataChanged, this, &TrendPanel::refresh);
    }
    refresh();
}

TrendPanel::~TrendPanel() = default;

void TrendPanel::setSource(std::function<Shown()> source)
{
    m_source = std::move(source);
    refresh();
}

QString TrendPanel::headline() const
{
    return m_head->text();
}

void TrendPanel::refresh()
{
    const Shown shown = m_source ? m_source() : Shown {};
    // A change map (change(), pct_change(), rank_change()) is read against the values it
    // compares: the lines show the indicator itself, so the planner sees how the quarters
    // that changed most got there.
    // Likewise an index's classes and groups are codes, no amounts: their lines are the
    // index (or its dynamics) they are classes of.
    QString trendKey = shown.indicator;
    QString instead;
    if (const Indicator *ind = shown.project ? shown.project->indicator(trendKey) : nullptr) {
        const auto recipe = Recipe::parse(ind->recipe, nullptr);
        const auto part = IndexParts::parse(ind->recipe);
        QString other;
        if (recipe && recipe->comparesPeriods() && !recipe->inputs.isEmpty()) {
            other = recipe->inputs.first();
            instead = tr("The map shows the change; the lines show the values themselves.");
        } else if (part && part->second != IndexPart::Index) {
            other = IndexParts::key(part->first,
                                    part->second == IndexPart::DynamicsClass ? IndexPart::Dynamics
                                                                             : IndexPart::Index);
            instead = tr("The map shows classes; the lines show the index they are made from.");
        }
        if (!other.isEmpty() && shown.project->indicator(other))
            trendKey = other;
        else
            instead.clear();
    }
    QStringList keys;
    for (const QModelIndex &row : m_selection->selectedRows())
        keys << row.data(AreaTableModel::AreaKeyRole).toString();
    const qsizetype selected = keys.size();
    keys = keys.mid(0, kMaxLines);
    const QStringList built = QStringList {trendKey, shown.level} + keys;
    if (m_builtProject.lock() != shown.project || built != m_builtKey || !shown.project) {
        m_builtProject = shown.project;
        m_builtKey = built;
        if (shown.project)
            m_model->setTrend(shown.project, trendKey, shown.level, keys, m_german, QLocale());
        else
            m_model->clear();
    }
    m_shownColumn = int(m_model->periods().indexOf(
        shown.project ? shown.project->matchingPeriod(trendKey, shown.period) : QString()));
    if (!shown.project)
        m_head->setText(tr("No project open."));
    else if (m_model->columnCount() == 0)
        m_head->setText(tr("The indicator shown has no values."));
    else
        m_head->setText(m_model->areaRows() == 0
                            ? tr("%1: the city and the spread of the areas").arg(m_model->title())
                            : tr("%1: %n area(s) against the city", nullptr, m_model->areaRows())
                                  .arg(m_model->title()));
    if (shown.project && selected == 0)
        m_note = tr("Select areas on the map or in the table to draw their lines.");
    else if (selected > kMaxLines)
        m_note = tr("The first %1 of %2 selected areas are drawn.").arg(kMaxLines).arg(selected);
    else
        m_note.clear();
    if (!instead.isEmpty())
        m_note = (m_note.isEmpty() ? QString() : m_note + QLatin1Char(' ')) + instead;
    showValues(static_cast<TrendChartView *>(m_chart)->hover());
    m_chart->update();
}

QString TrendPanel::valuesText(int column, const QString &separator) const
{
    if (column < 0 || column >= m_model->columnCount())
        return {};
    QStringList lines {m_model->periods()[column]};
    for (int r = 0; r <= m_model->cityRow(); ++r)
        lines << tr("%1: %2").arg(m_model->seriesName(r), m_model->describe(r, column));
    lines << tr("%1: %2 to %3")
                 .arg(TrendChart::bandName(*m_model), m_model->text(m_model->bandLowRow(), column),
                      m_model->text(m_model->bandHighRow(), column));
    return lines.join(separator);
}

void TrendPanel::showValues(int column)
{
    // One line under the chart: the hovered period's values, else what to do next.
    const QString text = valuesText(column, QStringLiteral(" · "));
    m_values->setText(!text.isEmpty()         ? text
                          : !m_note.isEmpty() ? m_note
                                              : tr("Point at a period to read its values here."));
}

} // namespace qw
