#pragma once

#include "ProjectTypes.h"
#include "Recipe.h"

#include <QDialog>

#include <map>
#include <optional>
#include <vector>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QRadioButton;

namespace qw {

// Map > Change between two periods: an indicator, a first and a second of its periods and
// the kind of change (absolute, in %, in rank). Says which derived indicator it gives (or
// which one the project already has) and why it cannot be made; the caller defines and
// shows it (PeriodChange words it).
class ChangeMapDialog : public QDialog
{
    Q_OBJECT
public:
    // periods: each indicator's periods, ascending; shown: the indicator and period on the
    // map, which the dialog starts from.
    ChangeMapDialog(const std::vector<Indicator> &catalogue,
                    const std::map<QString, QStringList> &periods, const QString &shown,
                    const QString &shownPeriod, bool german, QWidget *parent = nullptr);

    QString indicatorKey() const;
    QString fromPeriod() const;
    QString toPeriod() const;
    RecipeKind kind() const;
    // How a school year is set against a calendar year; offered where the indicator has
    // both kinds, None otherwise.
    SchoolYearAs mapping() const;
    void setMapping(SchoolYearAs mapping);
    // The recipe of the chosen change; nothing when the choice does not make one.
    std::optional<Recipe> recipe(QString *error = nullptr) const;

private:
    void indicatorChanged();
    void update();
    const Indicator *chosen() const;

    std::vector<Indicator> m_all; // the whole catalogue, where a change may exist already
    std::vector<Indicator> m_catalogue; // the indicators offered
    std::map<QString, QStringList> m_periods;
    bool m_german;
    QComboBox *m_indicator;
    QComboBox *m_from;
    QComboBox *m_to;
    QComboBox *m_mapping;
    QRadioButton *m_absolute;
    QRadioButton *m_relative;
    QRadioButton *m_rank;
    QButtonGroup *m_kinds;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
};

} // namespace qw
