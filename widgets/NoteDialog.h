#pragma once

#include "Note.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace qw {

// Writes or changes one workshop note: its text, category, author (a person or a table)
// and date, for the area named in the title. OK stays disabled while the text is empty.
class NoteDialog : public QDialog
{
    Q_OBJECT
public:
    NoteDialog(const QString &areaName, const Note &note, bool isNew, QWidget *parent = nullptr);

    // The note as edited (id, area and creation time kept from the one given).
    Note note() const;

    // Shows the dialog; the edited note, or nothing when the planner cancels.
    static std::optional<Note> ask(QWidget *parent, const QString &areaName, const Note &note,
                                   bool isNew);

private:
    void updateOk();

    Note m_note;
    QPlainTextEdit *m_text;
    QComboBox *m_category;
    QLineEdit *m_author;
    QDateEdit *m_date;
    QDialogButtonBox *m_buttons;
};

} // namespace qw
