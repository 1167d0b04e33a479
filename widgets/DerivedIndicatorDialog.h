#pragma once

#include "ProjectTypes.h"
#include "Recipe.h"

#include <QDialog>

#include <memory>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace qw {

class ProjectStore;

// "Neuer abgeleiteter Indikator": a formula built from a form (kind, inputs, base or
// years), its key and names, the formula in words and a live preview of the first values,
// checked against the project as it is typed. Reads the project file (read-only) for the
// preview; writes nothing: the caller defines the indicator with the result.
class DerivedIndicatorDialog : public QDialog
{
    Q_OBJECT
public:
    DerivedIndicatorDialog(const QString &projectPath, const std::vector<Indicator> &catalogue,
                           bool german, QWidget *parent = nullptr);
    ~DerivedIndicatorDialog() override;

    QString key() const;
    QString nameDe() const;
    QString nameEn() const;
    // The formula as the form sets it (inputs may still be unchecked; see accept()).
    Recipe recipe() const;
    // The message of the last check, empty while the definition is fine.
    const QString &problem() const { return m_problem; }
    // A doubt about the preview's values that does not stop the definition (a share in %
    // above 100, see ShareCheck); empty when there is none.
    const QString &warning() const { return m_warning; }

private:
    void buildPages(const std::vector<Indicator> &catalogue, bool german);
    void showPage(int index);
    void suggestNames();
    void update();

    std::unique_ptr<ProjectStore> m_store; // read-only, for checks and the preview
    bool m_german;
    std::vector<Indicator> m_catalogue;
    QComboBox *m_kind;
    QWidget *m_pages; // one page of inputs per kind, only the current one shown
    QList<QWidget *> m_pageWidgets;
    QComboBox *m_numerator, *m_denominator, *m_per;
    QComboBox *m_changeInput;
    QSpinBox *m_years;
    QListWidget *m_sumInputs;
    QComboBox *m_minuend, *m_subtrahend;
    QLineEdit *m_nameDe, *m_nameEn, *m_key;
    QLabel *m_formula, *m_problemLabel, *m_warningLabel;
    QTableWidget *m_preview;
    QDialogButtonBox *m_buttons;
    QString m_problem;
    QString m_warning;
    bool m_keyEdited = false;
    bool m_namesEdited = false;
};

} // namespace qw
