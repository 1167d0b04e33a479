#pragma once

#include <QDialog>
#include <QUrl>

class QListWidget;
class QTextBrowser;

namespace qw {

// The user guide: an HTML page shipped with the program, shown with a table of contents
// built from its second-level headings. Reads nothing from the network: links outside the
// page are not followed. Not modal, so the guide stays open beside the window.
class HelpWindow : public QDialog
{
    Q_OBJECT
public:
    explicit HelpWindow(const QUrl &page, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    // The table of contents as shown, one heading a line.
    QStringList contents() const;
    // Scrolls the section of that table-of-contents row to the top.
    void showSection(int row);
    // Scrolls the section with that anchor (HelpSection) to the top; false when the guide
    // has no such section (the page stays where it is).
    bool showAnchor(const QString &anchor);
    // The anchor of the section chosen in the table of contents, empty before any.
    QString currentAnchor() const;

private:
    void buildContents();

    QListWidget *m_contents;
    QTextBrowser *m_browser;
    QList<int> m_sectionPositions; // document position of each heading
    QStringList m_sectionAnchors; // the anchor named in each heading, or empty
};

} // namespace qw
