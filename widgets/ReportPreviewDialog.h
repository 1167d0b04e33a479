#pragma once

#include "ReportDocument.h"

#include <QDialog>

class QLabel;
class QVBoxLayout;

namespace qw {

// Shows a printable document (a Sozialraum profile, a comparison) page by page as it will
// be printed, with "Save as PDF…". Owns its copy of the document.
class ReportPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    // suggestedPath: where "Save as PDF" starts (folder and file name).
    ReportPreviewDialog(ReportDocument document, const QString &suggestedPath,
                        QWidget *parent = nullptr);

    int pageCount() const { return m_document.pageCount(); }
    void savePdf();
    // The file last saved, empty when none was.
    const QString &savedPath() const { return m_savedPath; }

private:
    ReportDocument m_document;
    QString m_suggestedPath;
    QString m_savedPath;
};

} // namespace qw
