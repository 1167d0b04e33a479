#include "ReportDocument.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace qw {

namespace {

constexpr double kHeader = 52;
constexpr double kFooter = 28;

} // namespace

ReportDocument::ReportDocument(const QString &title, const QString &subtitle, const QString &footer)
    : m_title(title), m_subtitle(subtitle), m_footer(footer)
{ }

QFont ReportDocument::font(int points, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(points);
    f.setBold(bold);
    // No ligatures, so "Profil" stays searchable and copyable in the PDF instead of
    // becoming "Pro\uFB01l".
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

void ReportDocument::add(Block block)
{
    m_blocks.push_back(std::move(block));
    m_pages.clear();
}

void ReportDocument::paginate() const
{
    if (!m_pages.empty())
        return;
    const double available = kHeight - 2 * kMargin - kHeader - kFooter;
    m_pages.emplace_back();
    double used = 0;
    for (int i = 0; i < int(m_blocks.size()); ++i) {
        double need = m_blocks[size_t(i)].height;
        // A heading moves to the next page with the first block under it.
        if (m_blocks[size_t(i)].keepWithNext && i + 1 < int(m_blocks.size()))
            need += m_blocks[size_t(i) + 1].height;
        if (used > 0 && used + need > available) {
            m_pages.emplace_back();
            used = 0;
        }
        m_pages.back().push_back(i);
        used += m_blocks[size_t(i)].height;
    }
}

int ReportDocument::pageCount() const
{
    paginate();
    return int(m_pages.size());
}

void ReportDocument::paintPage(QPainter &p, int page) const
{
    paginate();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(QRectF(0, 0, kWidth, kHeight), Qt::white);
    p.setFont(font(15, true));
    p.setPen(QColor(0x20, 0x20, 0x20));
    const QRectF head(kMargin, kMargin, contentWidth(), 22);
    p.drawText(head, Qt::AlignLeft | Qt::AlignVCenter, m_title);
    const QFont small = font(8);
    p.setFont(small);
    p.setPen(QColor(0x55, 0x55, 0x55));
    p.drawText(QRectF(kMargin, kMargin + 22, contentWidth(), 16), Qt::AlignLeft | Qt::AlignVCenter,
               m_subtitle);
    p.setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 0.8));
    p.drawLine(QPointF(kMargin, kMargin + kHeader - 8),
               QPointF(kWidth - kMargin, kMargin + kHeader - 8));

    double y = kMargin + kHeader;
    if (page >= 0 && page < int(m_pages.size())) {
        for (int i : m_pages[size_t(page)]) {
            const Block &b = m_blocks[size_t(i)];
            p.save();
            b.paint(p, QRectF(kMargin, y, contentWidth(), b.height));
            p.restore();
            y += b.height;
        }
    }
    p.setFont(small);
    p.setPen(QColor(0x66, 0x66, 0x66));
    const QRectF foot(kMargin, kHeight - kMargin - 14, contentWidth(), 14);
    p.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    p.drawText(foot, Qt::AlignRight | Qt::AlignVCenter,
               tr("Page %1 of %2").arg(page + 1).arg(pageCount()));
    p.restore();
}

QImage ReportDocument::pageImage(int page, double scale) const
{
    QImage image(QSize(int(kWidth * scale), int(kHeight * scale)),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.scale(scale, scale);
    paintPage(p, page);
    return image;
}

void ReportDocument::paintPdf(QIODevice *device, QPageLayout::Orientation orientation,
                              const QString &title, int pages,
                              const std::function<void(QPainter &, int)> &paint)
{
    QPdfWriter pdf(device);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(orientation);
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setResolution(300);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("Quartierswerkstatt"));
    QPainter p(&pdf);
    p.scale(300.0 / 72.0, 300.0 / 72.0);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            pdf.newPage();
        paint(p, i);
    }
    p.end();
}

QString ReportDocument::writePdf(const QString &path) const
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        paintPdf(&buffer, QPageLayout::Portrait, m_title, pageCount(),
                 [this](QPainter &p, int page) { paintPage(p, page); });
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace qw
