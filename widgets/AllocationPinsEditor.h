#pragma once

#include "AllocationRule.h"

#include <QWidget>

#include <vector>

class QPushButton;
class QTableWidget;

namespace qw {

// The fixed amounts of an allocation rule as a small table: an area of the level (chosen
// from a list) and its amount per row, with buttons to add and remove rows. Owns its
// widgets; knows nothing of the project beyond the areas it is given.
class AllocationPinsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AllocationPinsEditor(QWidget *parent = nullptr);

    // The areas a fixed amount can name (keys and names in the level's order). Rows whose
    // area the level has keep it; the others take the first area.
    void setAreas(const std::vector<QString> &keys, const std::vector<QString> &names);
    // The amounts' unit as the spin boxes show it (" €") and their decimals.
    void setUnit(const QString &suffix, int decimals);
    void setPins(const std::vector<AllocationPin> &pins);
    std::vector<AllocationPin> pins() const;
    // Adds a row for the first area not pinned yet (nothing when every area is).
    void addRow();
    int rowCount() const;

Q_SIGNALS:
    void changed();

private:
    void addRowFor(const QString &key, double amount);
    void updateButtons();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    std::vector<QString> m_keys;
    std::vector<QString> m_names;
    QString m_suffix;
    int m_decimals = 2;
};

} // namespace qw
