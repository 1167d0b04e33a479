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
class QTabWidget;

namespace qw {

class IndexClassesEditor;
class IndexInputsTable;
class Project;

// "Sozialindex erstellen": the whole recipe of a composite needs index in one dialog (the
// inputs with direction and weight, the population threshold, level and period, the
// standardisation, the classes and their names, the dynamics from the changes of the
// inputs or from ready-made changes, with their own classes), with a live preview of the
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

    std::shared_ptr<Project> m_project;
    bool m_german;
    std::vector<Indicator> m_candidates; // the inputs tables' rows
    QTabWidget *m_tabs;
    IndexInputsTable *m_inputs = nullptr; // status inputs
    IndexInputsTable *m_dynamicsInputs = nullptr; // ready-made changes
    QComboBox *m_population;
    QDoubleSpinBox *m_threshold;
    QComboBox *m_level, *m_period, *m_standardisation;
    QCheckBox *m_restandardise;
    IndexClassesEditor *m_classes = nullptr, *m_dynamicsClasses = nullptr;
    QComboBox *m_dynamics;
    QSpinBox *m_years;
    QLineEdit *m_nameDe, *m_nameEn, *m_key;
    QLabel *m_recipeText, *m_preview, *m_problemLabel;
    QDialogButtonBox *m_buttons;
    QString m_problem;
    QString m_editedKey; // the index edited, whose key is not "in use"
    bool m_filling = false; // setRecipe() runs: no preview per widget
};

} // namespace qw
