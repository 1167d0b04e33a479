#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QPageLayout>
#include <QString>

#include <functional>
#include <vector>

class QIODevice;
class QPainter;

namespace qw {

// A printable A4 portrait document made of blocks laid out top to bottom and broken into
// pages; every page repeats the title and ends with the source line and page number.
// The same pages become a PDF, or images for the preview on screen. Units are points.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(qw::ReportDocument)

public:
    static constexpr double kWidth = 595; // A4 portrait
    static constexpr double kHeight = 842;
    static constexpr double kMargin = 40;

    struct Block
    {
        double height = 0;
        std::function<void(QPainter &, const QRectF &)> paint;
        bool keepWithNext = false; // headings stay with what follows
        // The heading (a block index) of the table this block is a row of: repeated at the
        // top of a page the table continues on; -1 for none.
        int header = -1;
    };

    ReportDocument(const QString &title, const QString &subtitle, const QString &footer);

    // A font sized in points of the page, whatever the device's resolution (the painter
    // is scaled to points on every device).
    static QFont font(int points, bool bold = false);

    // Blocks the reports share: a bold heading that stays with what follows; text wrapped
    // to the content width in a font of points; a small grey note (7 points).
    static Block heading(const QString &text);
    static Block paragraph(const QString &text, int points, const QColor &colour);
    static Block note(const QString &text);

    // Appends a block; returns its index (for Block::header).
    int add(Block block);
    double contentWidth() const { return kWidth - 2 * kMargin; }

    int pageCount() const;
    // For a document bound into a larger one (the atlas): its first page is page first of
    // total there, which its page numbers say; and another footer line.
    void setPageNumbers(int first, int total)
    {
        m_firstPage = first;
        m_totalPages = total;
    }
    void setFooter(const QString &footer) { m_footer = footer; }
    // How full a page is: the height of its blocks over the height there is for them.
    double pageFill(int page) const;
    void paintPage(QPainter &painter, int page) const;
    // Renders one page at scale pixels per point (2 gives a sharp preview).
    QImage pageImage(int page, double scale) const;
    // Writes every page as PDF, atomically; returns an error message or an empty string.
    QString writePdf(const QString &path) const;

    // An A4 PDF into device, at 300 dpi with the painter scaled to points; paint(painter,
    // page) draws each page. Shared by the reports and the map page.
    static void paintPdf(QIODevice *device, QPageLayout::Orientation orientation,
                         const QString &title, int pages,
                         const std::function<void(QPainter &, int)> &paint);

private:
    void paginate() const;
    // Blocks per page, breaking greedily; page shortPage has shortBy points less room.
    std::vector<std::vector<int>> breakPages(int shortPage, double shortBy) const;
    double pageHeight(int page) const;

    QString m_title;
    QString m_subtitle;
    QString m_footer;
    std::vector<Block> m_blocks;
    int m_firstPage = 1;
    int m_totalPages = 0; // 0: pageCount()
    mutable std::vector<std::vector<int>> m_pages; // block indices per page
};

} // namespace qw
