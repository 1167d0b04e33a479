#include "ReportPreviewDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace qw {

ReportPreviewDialog::ReportPreviewDialog(ReportDocument document, const QString &suggestedPath,
                                         QWidget *parent)
    : QDialog(parent), m_document(std::move(document)), m_suggestedPath(suggestedPath)
{
    setWindowTitle(tr("Print preview"));
    auto *pages = new QWidget;
    auto *pageLayout = new QVBoxLayout(pages);
    pageLayout->setSpacing(16);
    const double ratio = devicePixelRatioF();
    for (int i = 0; i < m_document.pageCount(); ++i) {
        // 1.3 pixels per point is about 100 % on screen; sharp on high-DPI screens.
        QImage image = m_document.pageImage(i, 1.3 * ratio);
        image.setDevicePixelRatio(ratio);
        auto *label = new QLabel;
        label->setPixmap(QPixmap::fromImage(image));
        label->setFrameShape(QFrame::Box);
        label->setAccessibleName(tr("Page %1").arg(i + 1));
        pageLayout->addWidget(label, 0, Qt::AlignHCenter);
    }
    auto *scroll = new QScrollArea;
    scroll->setWidget(pages);
    scroll->setWidgetResizable(false);
    scroll->setAlignment(Qt::AlignHCenter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *save = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    save->setShortcut(QKeySequence::Save);
    connect(save, &QPushButton::clicked, this, &ReportPreviewDialog::savePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    // The page scrolls; the buttons must stay on screen, on a 1,366 x 768 laptop too.
    const QRect screen =
        (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(std::min(860, screen.width() - 40), std::min(940, screen.height() - 60));
}

void ReportPreviewDialog::savePdf()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save as PDF"), m_suggestedPath, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString error = m_document.writePdf(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Save as PDF"), error);
    else
        m_savedPath = path;
}

} // namespace qw
