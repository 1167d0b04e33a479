#pragma once

#include <QWizardPage>

#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QTabWidget;
class QTableView;

namespace qw {

struct ImportSession;
struct ImportSpec;
class SheetGridPanel;
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
    SheetGridPanel *sheetPanel() const { return m_sheetPanel; }
    QLineEdit *fileEdit() const { return m_file; }
    QLabel *messageLabel() const { return m_message; }

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void chooseFile();
    void loadTypedPath();
    void reload(bool keepColumns);
    // Opens the file with spec's sheet and rows, or with what the detector finds when they
    // do not fit (spec.sheet then says what was opened). Throws StoreError when neither can.
    void openSource(ImportSpec &spec);
    void showMessage(const QString &message);
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
    SheetGridPanel *m_sheetPanel;
    QTabWidget *m_tabs;
};

} // namespace qw
