#include "BumpChart.h"

#include "ReportDocument.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace qw {

namespace {

const QColor kInk(0x20, 0x20, 0x20);
const QColor kGrid(0xe0, 0xe0, 0xe0);

// Labels at one end of the chart: wanted heights pushed apart to one line each, kept
// inside top..bottom, in the order of their wanted heights.
std::vector<double> spread(const std::vector<double> &wanted, double lineHeight, double top,
                           double bottom)
{
    std::vector<std::size_t> order(wanted.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return wanted[a] < wanted[b]; });
    std::vector<double> y(wanted.size());
    double next = top;
    for (std::size_t i : order) {
        y[i] = std::max(wanted[i], next);
        next = y[i] + lineHeight;
    }
    // Pushed below the bottom: move the last ones back up.
    double limit = bottom;
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        y[*it] = std::min(y[*it], limit);
        limit = y[*it] - lineHeight;
    }
    return y;
}

} // namespace

QString BumpChart::rankOneMeans(Polarity polarity)
{
    switch (polarity) {
    case Polarity::HigherIsWorse:
        return tr("Rank 1 = highest value = most need");
    case Polarity::HigherIsBetter:
        return tr("Rank 1 = highest value = least need");
    case Polarity::Neutral:
        break;
    }
    return tr("Rank 1 = highest value (the indicator has no direction)");
}

BumpChart::Content BumpChart::of(const Indicator &indicator, RankHistory history,
                                 const QString &levelName, bool german, int count,
                                 const QLocale &locale)
{
    Content c;
    c.title = tr("%1: ranks over time").arg(indicator.name(german));
    QString shown;
    if (!history.periods().isEmpty()) {
        const int ranked = history.rankedCount(int(history.periods().size()) - 1);
        shown = ranked <= 2 * count
            ? tr("all %n areas (%1) with a value in %2", nullptr, ranked)
                  .arg(levelName, history.periods().last())
            : tr("the %n highest and the %n lowest of %1 areas (%2) in %3", nullptr, count)
                  .arg(ranked)
                  .arg(levelName, history.periods().last());
    }
    c.subtitle = rankOneMeans(indicator.polarity)
        + (shown.isEmpty() ? QString() : QStringLiteral("; ") + shown);
    QStringList under;
    if (!indicator.source.isEmpty())
        under << tr("Source: %1").arg(indicator.source);
    if (!history.periods().isEmpty())
        under << tr("periods %1 to %2").arg(history.periods().first(), history.periods().last());
    c.source = under.join(QStringLiteral("; "));
    c.history = std::move(history);
    c.polarity = indicator.polarity;
    c.locale = locale;
    return c;
}

BumpChart::Move BumpChart::moveOf(const RankHistory::Line &line)
{
    const int climbed = line.climbed();
    return climbed > 0 ? Move::Climbed : climbed < 0 ? Move::Fell : Move::Same;
}

QColor BumpChart::colour(Move move, Polarity polarity)
{
    if (move == Move::Same)
        return QColor(0x96, 0x96, 0x96);
    const QColor red(0xb2, 0x18, 0x2b), blue(0x21, 0x66, 0xac);
    const bool climbed = move == Move::Climbed;
    switch (polarity) {
    case Polarity::HigherIsWorse:
        return climbed ? red : blue;
    case Polarity::HigherIsBetter:
        return climbed ? blue : red;
    case Polarity::Neutral:
        break;
    }
    return climbed ? QColor(0x54, 0x27, 0x88) : QColor(0xb3, 0x58, 0x06);
}

QString BumpChart::moveLabel(Move move, Polarity polarity)
{
    const bool worse = (move == Move::Climbed && polarity == Polarity::HigherIsWorse)
        || (move == Move::Fell && polarity == Polarity::HigherIsBetter);
    const bool better = (move == Move::Climbed && polarity == Polarity::HigherIsBetter)
        || (move == Move::Fell && polarity == Polarity::HigherIsWorse);
    switch (move) {
    case Move::Same:
        return tr("same rank");
    case Move::Climbed:
        return worse ? tr("climbed (more need)")
            : better ? tr("climbed (less need)")
                     : tr("climbed");
    case Move::Fell:
        return worse ? tr("fell (more need)") : better ? tr("fell (less need)") : tr("fell");
    }
    return {};
}

void BumpChart::paint(QPainter &p, const QRectF &rect, const Content &c, const QFont &font)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect, Qt::white);
    QFont titleFont = font;
    titleFont.setBold(true);
    if (font.pixelSize() > 0)
        titleFont.setPixelSize(int(std::lround(font.pixelSize() * 1.25)));
    else
        titleFont.setPointSizeF(font.pointSizeF() * 1.25);
    const QFontMetricsF tm(titleFont), fm(font);
    const double line = fm.height();
    double y = rect.top() + 6;
    p.setPen(kInk);
    p.setFont(titleFont);
    p.drawText(QRectF(rect.left() + 8, y, rect.width() - 16, tm.height()), Qt::AlignLeft,
               tm.elidedText(c.title, Qt::ElideRight, rect.width() - 16));
    y += tm.height() + 2;
    p.setFont(font);
    p.drawText(QRectF(rect.left() + 8, y, rect.width() - 16, line), Qt::AlignLeft,
               fm.elidedText(c.subtitle, Qt::ElideRight, rect.width() - 16));
    y += line + 4;

    // The legend: one sample line per move that the chart has.
    double x = rect.left() + 8;
    for (Move m : {Move::Climbed, Move::Fell, Move::Same}) {
        const bool present =
            std::any_of(c.history.lines().begin(), c.history.lines().end(),
                        [m](const RankHistory::Line &l) { return moveOf(l) == m; });
        if (!present)
            continue;
        p.setPen(QPen(colour(m, c.polarity), 2.5));
        p.drawLine(QPointF(x, y + line / 2), QPointF(x + 22, y + line / 2));
        p.setPen(kInk);
        const QString label = moveLabel(m, c.polarity);
        p.drawText(QRectF(x + 28, y, fm.horizontalAdvance(label) + 4, line), Qt::AlignLeft, label);
        x += 28 + fm.horizontalAdvance(label) + 20;
    }
    y += line + 6;

    // The source and the periods at the foot, so a copied or printed chart says them.
    QRectF area = rect;
    if (!c.source.isEmpty()) {
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(QRectF(rect.left() + 8, rect.bottom() - line - 2, rect.width() - 16, line),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(c.source, Qt::ElideRight, rect.width() - 16));
        p.setPen(kInk);
        area.setBottom(rect.bottom() - line - 4);
    }
    const QStringList &periods = c.history.periods();
    const auto &lines = c.history.lines();
    const int maxRank = std::max(1, c.history.maxRanked());
    if (periods.isEmpty() || lines.empty()) {
        p.drawText(QRectF(rect.left(), y, rect.width(), area.bottom() - y), Qt::AlignCenter,
                   tr("No ranks: the indicator has no values on this level."));
        p.restore();
        return;
    }
    // Room for "Name 12" at both ends.
    double labelWidth = 0;
    for (const RankHistory::Line &l : lines)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(l.name + QStringLiteral("  000")));
    labelWidth = std::min(labelWidth + 8, rect.width() * 0.28);
    const QRectF plot(rect.left() + labelWidth, y + line / 2, rect.width() - 2 * labelWidth,
                      area.bottom() - y - 2 * line - 8);
    const int n = int(periods.size());
    const auto xOf = [&](int period) {
        return n == 1 ? plot.center().x() : plot.left() + plot.width() * period / (n - 1);
    };
    // Many areas (Berlin has 542 Planungsräume): the ranks near the top and the bottom,
    // where the lines are, get 40 % of the height each and the ranks between are squeezed,
    // so that ten lines do not run on top of each other. The band is marked and named.
    const int band = 3 * std::max<int>(1, int(lines.size()) / 2);
    const bool squeezed = maxRank > 3 * band;
    const auto yOf = [&](int rank) {
        if (maxRank == 1)
            return plot.top();
        double t = (rank - 1) / double(maxRank - 1);
        if (squeezed) {
            const int lower = maxRank - band + 1; // the first rank of the bottom band
            t = rank <= band    ? 0.4 * (rank - 1) / double(band - 1)
                : rank >= lower ? 0.6 + 0.4 * (rank - lower) / double(maxRank - lower)
                                : 0.4 + 0.2 * (rank - band) / double(lower - band);
        }
        return plot.top() + plot.height() * t;
    };

    // Grid: the periods, and the squeezed band's edges.
    p.setPen(QPen(kGrid, 1));
    for (int i = 0; i < n; ++i)
        p.drawLine(QPointF(xOf(i), plot.top()), QPointF(xOf(i), plot.bottom()));
    if (squeezed) {
        const double top = yOf(band), bottom = yOf(maxRank - band + 1);
        p.fillRect(QRectF(plot.left(), top, plot.width(), bottom - top), QColor(0xf4, 0xf4, 0xf4));
        p.setPen(QPen(QColor(0xa0, 0xa0, 0xa0), 1, Qt::DashLine));
        p.drawLine(QPointF(plot.left(), top), QPointF(plot.right(), top));
        p.drawLine(QPointF(plot.left(), bottom), QPointF(plot.right(), bottom));
        p.setPen(QColor(0x70, 0x70, 0x70));
        p.drawText(QRectF(plot.left(), top, plot.width(), bottom - top), Qt::AlignCenter,
                   tr("ranks %L1 to %L2 squeezed").arg(band + 1).arg(maxRank - band));
    }
    p.setPen(kInk);
    for (int i = 0; i < n; ++i) {
        const QRectF r(xOf(i) - 40, plot.bottom() + 4, 80, line);
        p.drawText(r, Qt::AlignHCenter | Qt::AlignTop, periods[i]);
    }

    // Lines, the unchanged ones under those that moved.
    std::vector<std::size_t> order(lines.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return (moveOf(lines[a]) == Move::Same) > (moveOf(lines[b]) == Move::Same);
    });
    for (std::size_t li : order) {
        const RankHistory::Line &l = lines[li];
        const QColor col = colour(moveOf(l), c.polarity);
        QPainterPath path;
        bool open = false;
        for (int i = 0; i < n; ++i) {
            const int r = l.ranks[size_t(i)];
            if (r <= 0) {
                open = false; // a period without a value breaks the line
                continue;
            }
            const QPointF pt(xOf(i), yOf(r));
            if (open)
                path.lineTo(pt);
            else
                path.moveTo(pt);
            open = true;
        }
        p.setPen(QPen(col, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        p.setBrush(col);
        p.setPen(Qt::NoPen);
        for (int i = 0; i < n; ++i)
            if (const int r = l.ranks[size_t(i)]; r > 0)
                p.drawEllipse(QPointF(xOf(i), yOf(r)), 2.8, 2.8);
    }

    // Names and ranks at both ends, pushed apart where ranks lie close.
    std::vector<double> wantLeft, wantRight;
    for (const RankHistory::Line &l : lines) {
        wantLeft.push_back(yOf(std::max(1, l.firstRank())));
        wantRight.push_back(yOf(std::max(1, l.lastRank())));
    }
    const double top = plot.top() - line / 2, bottom = plot.bottom() - line / 2;
    const std::vector<double> left = spread(
        [&] {
            std::vector<double> v;
            for (double w : wantLeft)
                v.push_back(w - line / 2);
            return v;
        }(),
        line, top, bottom);
    const std::vector<double> right = spread(
        [&] {
            std::vector<double> v;
            for (double w : wantRight)
                v.push_back(w - line / 2);
            return v;
        }(),
        line, top, bottom);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const RankHistory::Line &l = lines[i];
        const QColor col = colour(moveOf(l), c.polarity);
        // Left: at the first period the area has a value in.
        int firstPeriod = 0;
        while (firstPeriod < n && l.ranks[size_t(firstPeriod)] <= 0)
            ++firstPeriod;
        const QString leftText =
            QStringLiteral("%1  %2").arg(l.name, c.locale.toString(l.firstRank()));
        const QString rightText =
            QStringLiteral("%1  %2").arg(c.locale.toString(l.lastRank()), l.name);
        p.setPen(QPen(col, 0.8));
        if (std::abs(left[i] + line / 2 - wantLeft[i]) > 1 || firstPeriod > 0)
            p.drawLine(QPointF(plot.left() - 4, left[i] + line / 2),
                       QPointF(xOf(firstPeriod), wantLeft[i]));
        if (std::abs(right[i] + line / 2 - wantRight[i]) > 1)
            p.drawLine(QPointF(plot.right() + 4, right[i] + line / 2),
                       QPointF(plot.right(), wantRight[i]));
        p.setPen(kInk);
        p.drawText(QRectF(rect.left() + 4, left[i], labelWidth - 10, line),
                   Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(leftText, Qt::ElideMiddle, labelWidth - 10));
        p.drawText(QRectF(plot.right() + 6, right[i], labelWidth - 10, line),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(rightText, Qt::ElideMiddle, labelWidth - 10));
    }
    p.restore();
}

QString BumpChart::writePdf(const QString &path, const Content &content)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        // A4 landscape in points: the names at both ends need the width.
        const QRectF page(ReportDocument::kMargin, ReportDocument::kMargin,
                          ReportDocument::kHeight - 2 * ReportDocument::kMargin,
                          ReportDocument::kWidth - 2 * ReportDocument::kMargin);
        ReportDocument::paintPdf(
            &buffer, QPageLayout::Landscape, content.title, 1, [&](QPainter &p, int) {
                p.fillRect(QRectF(0, 0, ReportDocument::kHeight, ReportDocument::kWidth),
                           Qt::white);
                paint(p, page, content, ReportDocument::font(9));
            });
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace qw
