#pragma once

#include <QWizardPage>

class QLabel;
class QTableView;

namespace qw {

struct ImportSession;
class IndicatorCatalogueModel;

// Step 3: catalogue entries for the new indicators (name, unit, kind, polarity,
// department, minimum case count), prefilled from the file. Finish writes everything in
// one transaction in the background; Cancel there leaves the project as it was.
class ImportCataloguePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportCataloguePage(ImportSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    IndicatorCatalogueModel *catalogue() const { return m_model; }
    QLabel *summary() const { return m_summary; }

private:
    ImportSession *m_session;
    QLabel *m_summary;
    IndicatorCatalogueModel *m_model;
    QTableView *m_view;
};

} // namespace qw
