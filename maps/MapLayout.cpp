#include "MapLayout.h"

#include "ReportDocument.h"

#include "AreaGeometrySet.h"
#include "MapDecorations.h"
#include "MapLegends.h"
#include "MapPanesLayout.h"
#include "MapRenderer.h"
#include "MapTransform.h"
#include "NoteMarkers.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace qw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qw::MapLayout", text);
}

} // namespace

QFont MapLayout::font(double pixelSize, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    f.setBold(bold);
    return f;
}

void MapLayout::paint(QPainter &p, const QRectF &page, const MapSnapshot &s, const Bounds &extent,
                      const QLocale &locale)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.fillRect(page, Qt::white);
    const double margin = page.width() * 0.035;
    const QRectF inner = page.adjusted(margin, margin, -margin, -margin);

    // Title block.
    p.setPen(QColor(0x1a, 0x1a, 0x1a));
    const QFont titleFont = font(page.width() * 0.026, true);
    const QFont subFont = font(page.width() * 0.016);
    const QFont smallFont = font(page.width() * 0.012);
    p.setFont(titleFont);
    const QFontMetricsF tfm(titleFont), sfm(subFont), smfm(smallFont);
    double y = inner.top();
    p.drawText(QPointF(inner.left(), y + tfm.ascent()), s.caption.title);
    y += tfm.height();
    if (!s.caption.subtitle.isEmpty()) {
        p.setFont(subFont);
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(QPointF(inner.left(), y + sfm.ascent()), s.caption.subtitle);
        y += sfm.height();
    }
    y += margin * 0.4;

    // Source line at the bottom.
    const double footer = smfm.height() * 1.4;
    p.setFont(smallFont);
    p.setPen(QColor(0x55, 0x55, 0x55));
    p.drawText(QRectF(inner.left(), inner.bottom() - footer, inner.width(), footer),
               Qt::AlignLeft | Qt::AlignVCenter, s.caption.source);

    // Legend on the right, the map in the rest.
    const auto legends = MapLegends::build(s, tr("Legend"), s.caption.legendNote,
                                           font(page.width() * 0.0135), locale);
    const double spacing = margin * 0.3;
    const QSizeF legendSize = MapLegends::stackSize(legends, spacing);
    const double legendWidth = legends.empty() ? 0 : legendSize.width() + margin * 0.5;
    const QRectF mapRect(inner.left(), y, inner.width() - legendWidth, inner.bottom() - footer - y);
    p.setFont(smallFont);
    paintMap(p, mapRect, s, extent, locale, margin * 0.6);
    MapLegends::paintStack(p, QPointF(inner.right() - legendSize.width(), y), legends, spacing);
    p.restore();
}

void MapLayout::paintMap(QPainter &p, const QRectF &mapRect, const MapSnapshot &s,
                         const Bounds &extent, const QLocale &locale, double arrowSize)
{
    const QSize mapSize(int(mapRect.width()), int(mapRect.height()));
    const MapTransform t = MapTransform::fit(extent, mapSize, 4, s.areas ? s.areas->xScale() : 1.0);
    p.save();
    p.setClipRect(mapRect);
    p.translate(mapRect.topLeft());
    MapSnapshot plain = s;
    plain.background = Qt::white;
    MapRenderer::render(p, plain, t);
    if (s.notes && s.areas)
        s.notes->paint(p, t, *s.areas);
    p.restore();
    const QFontMetricsF fm(p.font());
    MapDecorations::paintScaleBar(
        p, QPointF(mapRect.left() + 4, mapRect.bottom() - fm.height() - 4),
        t.metresPerPixel(s.areas ? s.areas->geodesy() : Geodesy::planar()), mapRect.width() / 6,
        locale);
    if (arrowSize > 0)
        MapDecorations::paintNorthArrow(p, QPointF(mapRect.right() - arrowSize, mapRect.top() + 4),
                                        arrowSize);
}

std::optional<MapLayout::Format> MapLayout::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QString MapLayout::exportFile(const QString &path, const MapSnapshot &snapshot,
                              const Bounds &extent, const QLocale &locale, int dpi)
{
    return exportFile(path, std::vector<MapSnapshot> {snapshot}, extent, locale, dpi);
}

QString MapLayout::exportFile(const QString &path, const std::vector<MapSnapshot> &maps,
                              const Bounds &extent, const QLocale &locale, int dpi)
{
    if (maps.empty())
        return tr("%1: there is no map to export.").arg(path);
    // One map gets the map page; linked panes the comparison page, all on one page.
    const auto paintPage = [&](QPainter &p, const QRectF &page) {
        if (maps.size() == 1)
            paint(p, page, maps.front(), extent, locale);
        else
            MapPanesLayout::paint(p, page, maps, extent, locale);
    };
    const QString title =
        maps.size() == 1 ? maps.front().caption.title : MapPanesLayout::title(maps);
    return exportPage(path, title, MapPanesLayout::sources(maps), paintPage, dpi);
}

QString MapLayout::exportPage(const QString &path, const QString &title, const QString &description,
                              const std::function<void(QPainter &, const QRectF &)> &paintPage,
                              int dpi)
{
    const auto format = formatForPath(path);
    if (!format)
        return tr("%1: choose a file ending in .png, .svg or .pdf.").arg(path);
    const QRectF page(QPointF(0, 0), kPageSize);
    QByteArray bytes;
    switch (*format) {
    case Format::Png: {
        const double scale = std::clamp(dpi, 36, 1200) / 72.0;
        QImage image((kPageSize * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
        image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
        QPainter p(&image);
        p.scale(scale, scale);
        paintPage(p, page);
        p.end();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG"))
            return tr("%1: the image could not be encoded.").arg(path);
        break;
    }
    case Format::Svg: {
        QBuffer buffer(&bytes);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(kPageSize.toSize());
        svg.setViewBox(page);
        svg.setResolution(72);
        svg.setTitle(title);
        svg.setDescription(description);
        QPainter p(&svg);
        paintPage(p, page);
        p.end();
        break;
    }
    case Format::Pdf: {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        ReportDocument::paintPdf(&buffer, QPageLayout::Landscape, title, 1,
                                 [&](QPainter &p, int) { paintPage(p, page); });
        break;
    }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace qw
