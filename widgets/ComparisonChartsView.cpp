#include "ComparisonChartsView.h"

#include "ComparisonModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QVBoxLayout>

namespace qw {

// Paints the bars and the spine chart side by side; as tall as the spine chart needs.
class ComparisonChartsView::Canvas : public QWidget
{
public:
    using QWidget::QWidget;

    std::optional<ComparisonCharts::Bars> bars;
    std::vector<ComparisonCharts::SpineRow> spine;
    QStringList names;

    // The bars fit the visible height of the panel (within limits), so their axis and
    // names are not scrolled away; the spine chart below may scroll.
    int barsHeight() const
    {
        const int visible = parentWidget() ? parentWidget()->height() : height();
        return std::clamp(visible - 12, 160, 280);
    }

    int rowHeight() const { return std::max(16, fontMetrics().height() + 4); }
    void relayout()
    {
        const int spineHeight = int(spine.size() + 2) * rowHeight();
        setMinimumHeight(std::max(160 + 8, spineHeight + 8));
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), palette().base());
        const QRectF whole = QRectF(rect()).adjusted(8, 4, -8, -4);
        const double barsWidth = std::min(whole.width() * 0.36, 80.0 + 90.0 * names.size());
        QFont bold = font();
        bold.setBold(true);
        p.setPen(palette().text().color());
        if (bars) {
            // The title (indicator and period) on as many lines as it needs, never cut.
            p.setFont(bold);
            const QRectF title = p.fontMetrics().boundingRect(
                QRect(int(whole.left()), int(whole.top()), int(barsWidth), 1000),
                Qt::AlignLeft | Qt::TextWordWrap, bars->title);
            p.drawText(QRectF(whole.left(), whole.top(), barsWidth, title.height()),
                       Qt::AlignLeft | Qt::TextWordWrap, bars->title);
            ComparisonCharts::paintBars(p,
                                        QRectF(whole.left(), whole.top() + title.height() + 4,
                                               barsWidth, barsHeight() - title.height() - 4),
                                        *bars, font());
        }
        const QRectF right = whole.adjusted(barsWidth + 24, 0, 0, 0);
        const double labelWidth = std::min(right.width() * 0.4, 300.0);
        p.setFont(bold);
        p.setPen(palette().text().color());
        p.drawText(QRectF(right.left(), right.top(), right.width(), rowHeight()),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   ComparisonChartsView::tr("Spine chart: worst area (left) to best (right); "
                                            "city in the middle"));
        double y = right.top() + rowHeight();
        ComparisonCharts::paintAreaKey(
            p, QRectF(right.left() + labelWidth, y, right.width() - labelWidth, rowHeight()), names,
            font());
        y += rowHeight();
        for (const auto &row : spine) {
            ComparisonCharts::paintSpineRow(p, QRectF(right.left(), y, right.width(), rowHeight()),
                                            row, labelWidth, font());
            y += rowHeight();
        }
    }
};

ComparisonChartsView::ComparisonChartsView(ComparisonModel *model, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    auto *label = new QLabel(tr("&Bars of:"), this);
    m_indicator = new QComboBox(this);
    m_indicator->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(m_indicator);
    bar->addWidget(label);
    bar->addWidget(m_indicator);
    bar->addStretch(1);
    layout->addLayout(bar);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_canvas = new Canvas(scroll);
    m_canvas->setAccessibleName(tr("Comparison charts"));
    scroll->setWidget(m_canvas);
    layout->addWidget(scroll, 1);

    connect(m_indicator, &QComboBox::activated, this, [this] {
        m_wanted = m_indicator->currentData().toString();
        updateBars();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ComparisonChartsView::rebuild);
    rebuild();
}

void ComparisonChartsView::setBarIndicator(const QString &key)
{
    m_wanted = key;
    const int i = m_indicator->findData(key);
    if (i >= 0) {
        m_indicator->setCurrentIndex(i);
        updateBars();
    }
}

QString ComparisonChartsView::barIndicator() const
{
    return m_indicator->currentData().toString();
}

void ComparisonChartsView::rebuild()
{
    m_indicator->clear();
    for (int d = 0; d < m_model->rowCount(); ++d) {
        const QModelIndex dept = m_model->index(d, 0);
        for (int r = 0; r < m_model->rowCount(dept); ++r) {
            const QModelIndex row = m_model->index(r, 0, dept);
            m_indicator->addItem(row.data().toString(),
                                 row.data(ComparisonModel::IndicatorKeyRole));
        }
    }
    const int wanted = m_indicator->findData(m_wanted);
    m_indicator->setCurrentIndex(wanted >= 0 ? wanted : 0);
    m_canvas->names = ComparisonCharts::areaNames(*m_model);
    m_canvas->spine = ComparisonCharts::spineRows(*m_model);
    updateBars();
}

void ComparisonChartsView::updateBars()
{
    m_canvas->bars = ComparisonCharts::bars(*m_model, barIndicator());
    m_canvas->relayout();
}

} // namespace qw
