#pragma once

#include <QWizardPage>

#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;

namespace qw {

struct ImportSession;
struct ImportSpec;
class TablePreviewModel;
class TableSource;

// Step 1: the file, its dialect (encoding, delimiter, decimal mark), the layout and the
// columns, with a preview of the first rows. Every guess shows in a widget the user can
// change. Leaving the page reads the whole table in the background.
class ImportTablePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportTablePage(ImportSession *session, QWidget *parent = nullptr);
    ~ImportTablePage() override;

    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

    // Loads a file with detected (or the source's remembered) settings.
    void loadFile(const QString &path);
    QComboBox *layoutBox() const { return m_layout; }
    QComboBox *keyBox() const { return m_key; }
    QComboBox *encodingBox() const { return m_encoding; }
    TablePreviewModel *preview() const { return m_preview; }

private:
    void chooseFile();
    void reload(bool keepColumns);
    void fillWidgets(const ImportSpec &spec);
    ImportSpec specFromWidgets() const;
    void updateVisibility();
    void addRate();

    ImportSession *m_session;
    std::unique_ptr<TableSource> m_source;
    QStringList m_header;
    bool m_filling = false;
    QLineEdit *m_file;
    QComboBox *m_sourceName;
    QLineEdit *m_department;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QComboBox *m_decimal;
    QComboBox *m_layout;
    QComboBox *m_key;
    QComboBox *m_name;
    QComboBox *m_period;
    QLineEdit *m_fixedPeriod;
    QComboBox *m_value;
    QComboBox *m_numerator;
    QComboBox *m_denominator;
    QListWidget *m_indicatorColumns;
    QLineEdit *m_indicatorLabel;
    QListWidget *m_valueColumns;
    QListWidget *m_rates;
    QFormLayout *m_form;
    QLabel *m_message;
    TablePreviewModel *m_preview;
    QTableView *m_previewView;
};

} // namespace qw
