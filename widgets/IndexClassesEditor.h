#pragma once

#include "IndexRecipe.h"

#include <QObject>
#include <QStringList>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace qw {

// The classes of an index or of its dynamics as the builder edits them: the scheme
// (standard deviations, quantiles, manual thresholds), the thresholds or the number of
// quantiles, and the class names. Adds its four rows to a form it does not own; the row
// labels carry the mnemonics, so the status and the dynamics rows differ. The widgets are
// children of the form's parent widget.
class IndexClassesEditor : public QObject
{
    Q_OBJECT
public:
    struct Labels
    {
        QString scheme, thresholds, quantiles, names;
    };
    IndexClassesEditor(QFormLayout *form, const Labels &labels, QObject *parent = nullptr);

    // The rule as the rows set it; nothing, with the parser's message in *error, while the
    // thresholds are not valid.
    std::optional<ClassRule> rule(QString *error = nullptr) const;
    ClassScheme scheme() const;
    // The names typed, one per class from the lowest up ("" is the defaults).
    QStringList names() const;
    // Fills the rows; emits changed() once.
    void set(const ClassRule &rule, const QStringList &names);
    void setEnabled(bool enabled);

Q_SIGNALS:
    void changed();

private:
    void enableRows();

    QFormLayout *m_form; // not owned
    QComboBox *m_scheme;
    QLineEdit *m_thresholds;
    QSpinBox *m_quantiles;
    QLineEdit *m_names;
    bool m_enabled = true;
};

} // namespace qw
