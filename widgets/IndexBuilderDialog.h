#pragma once

#include "IndexRecipe.h"
#include "ProjectTypes.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace qw {

class Project;

// "Sozialindex erstellen": the whole recipe of a composite needs index in one dialog (the
// inputs with direction and weight, the population threshold, level and period, the
// standardisation, the classes and their names, the dynamics), with a live preview of the
// areas kept and the class counts, computed with IndexCalculator on the window's project
// (read only). A bad recipe shows the engine's message and disables OK. Writes nothing:
// the caller defines the index with the result. Shares the project; owns its widgets.
class IndexBuilderDialog : public QDialog
{
    Q_OBJECT
public:
    IndexBuilderDialog(std::shared_ptr<Project> project, bool german, QWidget *parent = nullptr);

    // Fills the form from a recipe (directions resolved), e.g. to edit a stored index.
    void setRecipe(const IndexRecipe &recipe);
    // The key and names; editing: the key of the index edited, which may be kept.
    void setKey(const QString &key, const QString &nameDe, const QString &nameEn,
                bool editing = false);
    // The recipe as the form sets it, every direction resolved.
    IndexRecipe recipe() const;
    QString key() const;
    QString nameDe() const;
    QString nameEn() const;
    // The message of the last check, empty while the recipe computes.
    const QString &problem() const { return m_problem; }
    // The preview's text (areas kept and excluded, the class counts).
    QString previewText() const;

private:
    void buildInputs();
    QWidget *buildOptions();
    void update();

    enum InputColumn { UseColumn, DirectionColumn, WeightColumn };

    std::shared_ptr<Project> m_project;
    bool m_german;
    std::vector<Indicator> m_candidates; // the inputs table's rows
    QTableWidget *m_inputs;
    QComboBox *m_population;
    QDoubleSpinBox *m_threshold;
    QComboBox *m_level, *m_period, *m_standardisation;
    QCheckBox *m_restandardise;
    QComboBox *m_scheme;
    QLineEdit *m_thresholds;
    QSpinBox *m_quantiles;
    QLineEdit *m_classNames;
    QComboBox *m_dynamics;
    QSpinBox *m_years;
    IndexRecipe m_loaded; // the recipe being edited: keeps what the form does not show
    QLineEdit *m_nameDe, *m_nameEn, *m_key;
    QLabel *m_recipeText, *m_preview, *m_problemLabel;
    QDialogButtonBox *m_buttons;
    QString m_problem;
    QStringList m_order; // the inputs' keys in the order they were ticked (the recipe's)
    QString m_editedKey; // the index edited, whose key is not "in use"
    bool m_filling = false; // setRecipe() runs: no preview per widget
};

} // namespace qw
