#include "ReportDocument.h"

#include "ReportTable.h"

#include <QBuffer>
#include <QFontMetricsF>
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

ReportDocument::Block ReportDocument::heading(const QString &text)
{
    return {20,
            [text](QPainter &p, const QRectF &r) {
                p.setFont(font(10, true));
                p.setPen(QColor(0x20, 0x20, 0x20));
                p.drawText(r.adjusted(0, 4, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
            },
            true};
}

ReportDocument::Block ReportDocument::paragraph(const QString &text, int points,
                                                const QColor &colour)
{
    const QRectF wrapped =
        QFontMetricsF(font(points))
            .boundingRect(QRectF(0, 0, kWidth - 2 * kMargin, 10000), Qt::TextWordWrap, text);
    return {wrapped.height() + 8, [text, points, colour](QPainter &p, const QRectF &r) {
                p.setFont(font(points));
                p.setPen(colour);
                p.drawText(r, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, text);
            }};
}

ReportDocument::Block ReportDocument::note(const QString &text)
{
    return paragraph(text, 7, QColor(0x66, 0x66, 0x66));
}

int ReportDocument::add(Block block)
{
    m_blocks.push_back(std::move(block));
    m_pages.clear();
    return int(m_blocks.size()) - 1;
}

std::vector<std::vector<int>> ReportDocument::breakPages(int shortPage, double shortBy) const
{
    const double available = kHeight - 2 * kMargin - kHeader - kFooter;
    std::vector<std::vector<int>> pages(1);
    double used = 0;
    for (int i = 0; i < int(m_blocks.size()); ++i) {
        const Block &b = m_blocks[size_t(i)];
        double need = b.height;
        // A heading moves to the next page with the first block under it.
        if (b.keepWithNext && i + 1 < int(m_blocks.size()))
            need += m_blocks[size_t(i) + 1].height;
        const double room = available - (int(pages.size()) - 1 == shortPage ? shortBy : 0);
        if (used > 0 && used + need > room) {
            pages.emplace_back();
            used = 0;
            // A table continued on a new page repeats its heading (the column titles).
            if (b.header >= 0 && b.header != i) {
                pages.back().push_back(b.header);
                used += m_blocks[size_t(b.header)].height;
            }
        }
        pages.back().push_back(i);
        used += b.height;
    }
    return pages;
}

void ReportDocument::paginate() const
{
    if (!m_pages.empty())
        return;
    m_pages = breakPages(-1, 0);
    // A nearly empty last page takes blocks from the page before, as long as that one stays
    // at least half full: both pages then look meant.
    const int n = int(m_pages.size());
    if (n < 2 || pageFill(n - 1) >= 1.0 / 3)
        return;
    const double available = kHeight - 2 * kMargin - kHeader - kFooter;
    for (double shortBy = ReportTable::kRow; shortBy < available / 2;
         shortBy += ReportTable::kRow) {
        auto pages = breakPages(n - 2, shortBy);
        if (int(pages.size()) != n)
            break;
        std::swap(pages, m_pages);
        if (pageFill(n - 2) < 0.5) {
            std::swap(pages, m_pages); // too far: keep the last good one
            break;
        }
        if (pageFill(n - 1) >= 1.0 / 3)
            break;
    }
}

double ReportDocument::pageHeight(int page) const
{
    double used = 0;
    for (int i : m_pages[size_t(page)])
        used += m_blocks[size_t(i)].height;
    return used;
}

double ReportDocument::pageFill(int page) const
{
    if (m_pages.empty())
        paginate();
    if (page < 0 || page >= int(m_pages.size()))
        return 0;
    return pageHeight(page) / (kHeight - 2 * kMargin - kHeader - kFooter);
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
    // A long title (a comparison of six areas) gets a smaller font before it is cut.
    int titleSize = 15;
    while (titleSize > 10
           && QFontMetricsF(font(titleSize, true)).horizontalAdvance(m_title) > contentWidth())
        --titleSize;
    p.setFont(font(titleSize, true));
    p.setPen(QColor(0x20, 0x20, 0x20));
    const QRectF head(kMargin, kMargin, contentWidth(), 22);
    p.drawText(head, Qt::AlignLeft | Qt::AlignVCenter,
               p.fontMetrics().elidedText(m_title, Qt::ElideRight, int(contentWidth())));
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
    const QString number = tr("Page %1 of %2")
                               .arg(m_firstPage + page)
                               .arg(m_totalPages > 0 ? m_totalPages : pageCount());
    p.drawText(foot, Qt::AlignRight | Qt::AlignVCenter, number);
    // A long footer (city, data date) gets smaller type, and at the least is cut, rather than
    // run into the page number: the data date at its end is what a reader looks for.
    const double room = foot.width() - p.fontMetrics().horizontalAdvance(number) - 12;
    int footSize = 8; // pixels of the page's 1/72-inch grid, as every font here
    while (footSize > 6 && QFontMetricsF(font(footSize)).horizontalAdvance(m_footer) > room)
        --footSize;
    p.setFont(font(footSize));
    p.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter,
               p.fontMetrics().elidedText(m_footer, Qt::ElideRight, int(room)));
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
