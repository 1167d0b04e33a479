#include "NoteDialog.h"

#include "TextPrompt.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

#include <algorithm>

namespace qw {

NoteDialog::NoteDialog(const QString &areaName, const Note &note, bool isNew, QWidget *parent)
    : QDialog(parent)
    , m_note(note)
    , m_text(new QPlainTextEdit(this))
    , m_category(new QComboBox(this))
    , m_author(new QLineEdit(this))
    , m_date(new QDateEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(isNew ? tr("Add note: %1").arg(areaName) : tr("Edit note: %1").arg(areaName));
    setObjectName(QStringLiteral("noteDialog"));
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setTabChangesFocus(true);
    m_text->setPlainText(note.text);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 5 + 12); // a card's worth
    m_text->setPlaceholderText(tr("What the room says about this area"));
    for (NoteCategory c : kNoteCategories)
        m_category->addItem(NoteCategories::name(c), int(c));
    m_category->setCurrentIndex(m_category->findData(int(note.category)));
    m_category->setObjectName(QStringLiteral("noteCategory"));
    m_author->setText(note.author);
    m_author->setPlaceholderText(tr("e.g. Tisch 3 or a name"));
    m_author->setObjectName(QStringLiteral("noteAuthor"));
    m_date->setCalendarPopup(true);
    // The locale's short date with the year in four digits ("03.12.2026"), as printed.
    m_date->setDisplayFormat(QLocale()
                                 .dateFormat(QLocale::ShortFormat)
                                 .replace(QStringLiteral("yyyy"), QStringLiteral("yy"))
                                 .replace(QStringLiteral("yy"), QStringLiteral("yyyy")));
    m_date->setDate(note.date.isValid() ? note.date : QDate::currentDate());
    m_date->setObjectName(QStringLiteral("noteDate"));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Note:"), m_text);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Author or group:"), m_author);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &NoteDialog::updateOk);
    updateOk();
    resize(std::max(440, TextPrompt::widthForTitle(windowTitle(), *this)), sizeHint().height());
    m_text->setFocus();
}

void NoteDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
}

Note NoteDialog::note() const
{
    Note n = m_note;
    n.text = m_text->toPlainText().trimmed();
    n.category = NoteCategory(m_category->currentData().toInt());
    n.author = m_author->text().trimmed();
    n.date = m_date->date();
    return n;
}

std::optional<Note> NoteDialog::ask(QWidget *parent, const QString &areaName, const Note &note,
                                    bool isNew)
{
    NoteDialog dialog(areaName, note, isNew, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.note();
}

} // namespace qw
