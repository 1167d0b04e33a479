#pragma once

#include <QList>
#include <QWidget>

class QComboBox;
class QPushButton;
class QTableView;

namespace qw {

class NoteFilterModel;
class NotesModel;

// "Notizen": the workshop notes of the project in a table, filtered by category, area and
// author (the areas and authors that have notes), with buttons to add a note to the
// selected area, edit one (or double click) and delete the chosen ones (or Delete). It only
// shows and asks; the window's controller writes, through its undo stack.
class NotesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NotesPanel(NotesModel *notes, QWidget *parent = nullptr);

    NoteFilterModel *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    // The ids of the chosen rows, in the table's order.
    QList<qint64> chosenNotes() const;
    // Shows only the notes of one area (empty: all), as the area filter does.
    void showArea(const QString &areaKey);

Q_SIGNALS:
    void addRequested();
    void editRequested(qint64 id);
    void deleteRequested(const QList<qint64> &ids);

private:
    void updateChoices();
    void updateButtons();

    NotesModel *m_notes;
    NoteFilterModel *m_filter;
    QComboBox *m_category;
    QComboBox *m_area;
    QComboBox *m_author;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
};

} // namespace qw
