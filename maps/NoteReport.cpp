#include "NoteReport.h"

#include "AreaReports.h"
#include "Project.h"
#include "ProjectStore.h"
#include "ReportDocument.h"
#include "ReportTable.h"

#include <QFontMetricsF>
#include <QPainter>

namespace qw {

void NoteReport::add(ReportDocument &doc, const std::shared_ptr<Project> &project,
                     const QString &areaKey, const QLocale &locale)
{
    std::vector<Note> notes;
    for (Note &n : project->store().notes().notes())
        if (n.areaKey == areaKey)
            notes.push_back(std::move(n));
    if (notes.empty())
        return;
    doc.add(ReportDocument::heading(tr("Notes (%n)", nullptr, int(notes.size()))));
    const double width = doc.contentWidth();
    const QFont head = ReportDocument::font(8, true);
    const QFont body = ReportDocument::font(9);
    for (const Note &n : notes) {
        QStringList meta {NoteCategories::name(n.category)};
        if (!n.author.isEmpty())
            meta << n.author;
        if (n.date.isValid())
            meta << AreaReports::printedDate(n.date, locale);
        const QString line = meta.join(QStringLiteral(" · "));
        const QString text = n.text;
        const double headHeight = QFontMetricsF(head).height() + 2;
        const double textHeight =
            QFontMetricsF(body)
                .boundingRect(QRectF(0, 0, width - 10, 10000), Qt::TextWordWrap, text)
                .height();
        doc.add({headHeight + textHeight + 8,
                 [line, text, head, body, headHeight](QPainter &p, const QRectF &r) {
                     // A bar at the left groups the two lines as one note.
                     p.fillRect(QRectF(r.left(), r.top() + 3, 2.5, r.height() - 6),
                                QColor(0xd9, 0xa4, 0x00));
                     p.setFont(head);
                     p.setPen(QColor(0x55, 0x55, 0x55));
                     p.drawText(QRectF(r.left() + 8, r.top() + 2, r.width() - 10, headHeight),
                                Qt::AlignLeft | Qt::AlignVCenter, line);
                     p.setFont(body);
                     p.setPen(QColor(0x20, 0x20, 0x20));
                     p.drawText(QRectF(r.left() + 8, r.top() + 2 + headHeight, r.width() - 10,
                                       r.height() - headHeight - 4),
                                Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
                 }});
    }
}

} // namespace qw
