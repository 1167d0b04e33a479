#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QTableView;

namespace qw {

struct ImportSession;
class UnmatchedKeyModel;

// Step 2: what matched. Counts of matched and rejected rows and areas without a value;
// keys that match no area with suggestions (leading zeros, normalised names) to accept, or
// any area to pick; the rejection report. Assignments are remembered for the source.
class ImportMatchPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMatchPage(ImportSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    UnmatchedKeyModel *unmatched() const { return m_model; }
    QLabel *summary() const { return m_summary; }
    QPlainTextEdit *report() const { return m_report; }
    // Reads the table again with the assigned keys.
    bool checkAgain();

private:
    void showPlan();

    ImportSession *m_session;
    QLabel *m_summary;
    UnmatchedKeyModel *m_model;
    QTableView *m_view;
    QPlainTextEdit *m_report;
};

} // namespace qw
