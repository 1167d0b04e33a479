#include "HelpWindow.h"

#include <QAbstractTextDocumentLayout>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace qw {

HelpWindow::HelpWindow(const QUrl &page, QWidget *parent)
    : QDialog(parent), m_contents(new QListWidget(this)), m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Quartierswerkstatt – User guide"));
    setObjectName(QStringLiteral("helpWindow"));
    m_contents->setAccessibleName(tr("Contents"));
    // Long German titles ("Mittel verteilen (Mittelverteilung)") wrap instead of hiding
    // behind a horizontal scroll bar.
    m_contents->setWordWrap(true);
    m_contents->setTextElideMode(Qt::ElideNone);
    m_contents->setResizeMode(QListView::Adjust);
    m_contents->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_contents->setSpacing(2); // a wrapped title reads as one entry, not two
    m_browser->setAccessibleName(tr("User guide"));
    // Only anchors within the guide: nothing is fetched from elsewhere.
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.hasFragment() && (url.isRelative() || url.path() == m_browser->source().path()))
            m_browser->scrollToAnchor(url.fragment());
    });
    m_browser->setSource(page);
    buildContents();

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 660});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    connect(m_contents, &QListWidget::currentRowChanged, this, &HelpWindow::showSection);
    resize(920, 680);
}

void HelpWindow::buildContents()
{
    m_contents->clear();
    m_sectionPositions.clear();
    m_sectionAnchors.clear();
    const QTextDocument *doc = m_browser->document();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() != 2)
            continue;
        m_contents->addItem(b.text().trimmed());
        m_sectionPositions << b.position();
        QString anchor;
        for (auto f = b.begin(); !f.atEnd() && anchor.isEmpty(); ++f)
            if (const QStringList names = f.fragment().charFormat().anchorNames(); !names.isEmpty())
                anchor = names.first();
        m_sectionAnchors << anchor;
    }
}

QStringList HelpWindow::contents() const
{
    QStringList titles;
    for (int i = 0; i < m_contents->count(); ++i)
        titles << m_contents->item(i)->text();
    return titles;
}

bool HelpWindow::showAnchor(const QString &anchor)
{
    const int row = anchor.isEmpty() ? -1 : int(m_sectionAnchors.indexOf(anchor));
    if (row < 0)
        return false;
    showSection(row);
    return true;
}

QString HelpWindow::currentAnchor() const
{
    const int row = m_contents->currentRow();
    return row >= 0 && row < m_sectionAnchors.size() ? m_sectionAnchors[row] : QString();
}

void HelpWindow::showSection(int row)
{
    if (row < 0 || row >= m_sectionPositions.size())
        return;
    const QTextBlock block = m_browser->document()->findBlock(m_sectionPositions[row]);
    const QRectF r = m_browser->document()->documentLayout()->blockBoundingRect(block);
    // The first section with the guide's title and introduction above it.
    m_browser->verticalScrollBar()->setValue(row == 0 ? 0 : int(r.top()));
    if (m_contents->currentRow() != row)
        m_contents->setCurrentRow(row);
}

} // namespace qw
