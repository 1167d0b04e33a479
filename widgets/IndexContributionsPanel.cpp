#include "IndexContributionsPanel.h"

#include "AreaTableModel.h"
#include "HelpSection.h"
#include "IndexContributions.h"
#include "IndexRecipe.h"
#include "Project.h"
#include "UiLanguage.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace qw {

namespace {

// The index a shown indicator belongs to, else the project's first index; empty: none.
QString indexToExplain(const Project &project, const QString &shown)
{
    if (const Indicator *i = project.indicator(shown)) {
        if (IndexRecipe::isIndex(i->recipe))
            return i->key;
        if (const auto part = IndexParts::parse(i->recipe))
            return part->first;
    }
    for (const Indicator &i : project.indicators())
        if (IndexRecipe::isIndex(i.recipe))
            return i.key;
    return {};
}

// The bars, drawn from the model: names on the left, zero in the middle of the rest.
class ContributionBars : public QWidget
{
public:
    ContributionBars(const IndexContributions &model, QWidget *parent)
        : QWidget(parent), m_model(model)
    {
        setMinimumHeight(120);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        const auto &rows = m_model.rows();
        if (rows.empty())
            return;
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QFontMetrics fm = fontMetrics();
        QFont small = font();
        small.setPointSizeF(font().pointSizeF() * 0.85);
        const QFontMetrics sfm(small);
        // Two lines per input: its name, and below it what the bar is made of (the
        // standardised value and the weight), so the bar can be checked by hand.
        const int rowHeight =
            std::max(fm.height() + sfm.height() + 8, std::min(48, height() / int(rows.size())));
        // Wide enough for the longest name or breakdown ("z-Wert −1,11 · Gewicht 1"), up
        // to half the panel: the bars keep the other half.
        const QLocale locale;
        int widest = 0;
        for (const auto &r : rows)
            widest = std::max(
                {widest, fm.horizontalAdvance(r.name), sfm.horizontalAdvance(parts(r, locale))});
        const int nameWidth = std::min(width() / 2, widest + 8);
        const int valueWidth = fm.horizontalAdvance(QStringLiteral("−0,00 ")) + 4;
        const int left = nameWidth + valueWidth, right = width() - valueWidth;
        double extent = 0;
        bool negative = false, positive = false;
        for (const auto &r : rows) {
            extent = std::max(extent, std::abs(r.contribution));
            negative = negative || r.contribution < 0;
            positive = positive || r.contribution > 0;
        }
        if (extent <= 0)
            extent = 1;
        // Zero in the middle only when bars go both ways: else the bars get the whole width.
        const int zero = negative && positive ? (left + right) / 2 : negative ? right : left;
        const int room = negative && positive ? (right - left) / 2 : right - left;
        const double scale = room / extent;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const auto &r = rows[i];
            const int y = int(i) * rowHeight;
            const int textTop = y + (rowHeight - fm.height() - sfm.height()) / 2;
            p.setPen(palette().color(QPalette::WindowText));
            p.setFont(font());
            p.drawText(QRect(0, textTop, nameWidth - 4, fm.height()),
                       Qt::AlignRight | Qt::AlignVCenter,
                       fm.elidedText(r.name, Qt::ElideRight, nameWidth - 4));
            p.setFont(small);
            p.setPen(palette().color(QPalette::PlaceholderText));
            const QString parts =
                IndexContributionsPanel::tr("%1 %2 · weight %3")
                    .arg(m_model.standardisedName(), locale.toString(r.standardised, 'f', 2),
                         locale.toString(r.weight, 'g', 4));
            p.drawText(QRect(0, textTop + fm.height(), nameWidth - 4, sfm.height()),
                       Qt::AlignRight | Qt::AlignVCenter,
                       sfm.elidedText(parts, Qt::ElideLeft, nameWidth - 4));
            p.setFont(font());
            p.setPen(palette().color(QPalette::WindowText));
            const int length = int(std::lround(r.contribution * scale));
            const QRect bar = length >= 0 ? QRect(zero, y + 6, length, rowHeight - 12)
                                          : QRect(zero + length, y + 6, -length, rowHeight - 12);
            // Red: more need than the mean; blue: less (as the map's diverging colours).
            p.fillRect(bar,
                       r.contribution >= 0 ? QColor(0xb2, 0x18, 0x2b) : QColor(0x21, 0x66, 0xac));
            const QString value = locale.toString(r.contribution, 'f', 2);
            const QRect text = length >= 0
                ? QRect(zero + length + 3, y, valueWidth, rowHeight)
                : QRect(zero + length - valueWidth - 3, y, valueWidth, rowHeight);
            p.drawText(text, (length >= 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                       value);
        }
        p.setPen(QPen(palette().color(QPalette::Mid), 1));
        p.drawLine(zero, 0, zero, int(rows.size()) * rowHeight);
    }

private:
    // What a bar is made of: "z-Wert −1,11 · Gewicht 1".
    QString parts(const IndexContributions::Row &r, const QLocale &locale) const
    {
        return IndexContributionsPanel::tr("%1 %2 · weight %3")
            .arg(m_model.standardisedName(), locale.toString(r.standardised, 'f', 2),
                 locale.toString(r.weight, 'g', 4));
    }

    const IndexContributions &m_model;
};

} // namespace

IndexContributionsPanel::IndexContributionsPanel(QItemSelectionModel *selection, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_model(std::make_unique<IndexContributions>())
    , m_head(new QLabel(this))
    , m_german(germanUi())
{
    HelpSection::set(this, HelpSection::Index);
    // In a scroll area: a dock made short (the comparison panel open below) scrolls the
    // bars instead of laying the explanation over them.
    auto *content = new QWidget;
    m_head->setParent(content);
    m_bars = new ContributionBars(*m_model, content);
    m_head->setWordWrap(true);
    m_head->setTextFormat(Qt::PlainText);
    auto *inner = new QVBoxLayout(content);
    inner->addWidget(m_head);
    inner->addWidget(m_bars, 1);
    m_legend = new QLabel(content);
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::PlainText);
    inner->addWidget(m_legend);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    connect(m_selection, &QItemSelectionModel::selectionChanged, this,
            &IndexContributionsPanel::refresh);
    if (QAbstractItemModel *areas = m_selection->model()) {
        connect(areas, &QAbstractItemModel::modelReset, this, &IndexContributionsPanel::refresh);
        connect(areas, &QAbstractItemModel::dataChanged, this, &IndexContributionsPanel::refresh);
    }
    refresh();
}

IndexContributionsPanel::~IndexContributionsPanel() = default;

void IndexContributionsPanel::setSource(std::function<Shown()> source)
{
    m_source = std::move(source);
    refresh();
}

QString IndexContributionsPanel::headline() const
{
    return m_head->text();
}

QString IndexContributionsPanel::legendText() const
{
    const QString how = tr("Red: adds to the need; blue: lowers it. Contribution = weight × "
                           "standardised value / sum of weights.");
    const QString total = m_model->totalExplanation(QLocale());
    return total.isEmpty() ? how : how + QLatin1Char(' ') + total;
}

void IndexContributionsPanel::refresh()
{
    m_model->clear();
    const Shown shown = m_source ? m_source() : Shown {};
    const auto say = [this](const QString &text) {
        m_head->setText(text);
        m_legend->setText(legendText());
        m_bars->update();
    };
    const QString index =
        shown.project ? indexToExplain(*shown.project, shown.indicator) : QString();
    if (const int available = index.isEmpty() ? 0 : 1; available != m_available) {
        m_available = available;
        Q_EMIT indexAvailable(available == 1);
    }
    if (!shown.project)
        return say(tr("No project open."));
    if (index.isEmpty())
        return say(tr("The project has no composite index yet (Analysis > Build a needs index)."));
    const QModelIndexList rows = m_selection->selectedRows();
    if (rows.isEmpty())
        return say(tr("Select an area on the map or in the table."));
    const QString areaKey = rows.first().data(AreaTableModel::AreaKeyRole).toString();
    const int a = shown.project->areaIndex(areaKey);
    const QString areaName = a >= 0 ? shown.project->areas()[std::size_t(a)].name : areaKey;
    const QString period = shown.project->periodFor(index, shown.period);
    QString error;
    if (!m_model->compute(*shown.project, index, period, areaKey, m_german, &error))
        return say(tr("%1: %2").arg(areaName, error));
    const Indicator *entry = shown.project->indicator(index);
    say(tr("%1, %2 (%3): index %4, rank %5 of %6 (1 = most need), class %7")
            .arg(areaName, entry->name(m_german), period,
                 QLocale().toString(m_model->indexValue(), 'f', 2))
            .arg(m_model->rank())
            .arg(m_model->ranked())
            .arg(m_model->className().isEmpty() ? tr("none") : m_model->className()));
}

} // namespace qw
