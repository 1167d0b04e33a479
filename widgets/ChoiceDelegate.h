#pragma once

#include <QList>
#include <QStyledItemDelegate>

namespace qw {

// Edits a cell with a combo box of fixed choices: each a value written with Qt::EditRole
// (an area key, a kind code) and the label shown for it.
class ChoiceDelegate : public QStyledItemDelegate
{
public:
    using Choice = std::pair<QString, QString>; // value, label
    ChoiceDelegate(QList<Choice> choices, QObject *parent);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QList<Choice> m_choices;
};

} // namespace qw
