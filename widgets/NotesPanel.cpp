#include "NotesPanel.h"

#include "HelpSection.h"
#include "NotesModel.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace qw {

namespace {

// Refills a filter's choices after "All", keeping the chosen one when it is still there.
void refill(QComboBox *box, const QString &all, const QList<std::pair<QString, QString>> &items)
{
    const QString chosen = box->currentData().toString();
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(all, QString());
    for (const auto &[text, data] : items)
        box->addItem(text, data);
    box->setCurrentIndex(std::max(0, box->findData(chosen)));
}

} // namespace

NotesPanel::NotesPanel(NotesModel *notes, QWidget *parent)
    : QWidget(parent)
    , m_notes(notes)
    , m_filter(new NoteFilterModel(this))
    , m_category(new QComboBox(this))
    , m_area(new QComboBox(this))
    , m_author(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("Add…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
{
    setObjectName(QStringLiteral("notesPanel"));
    HelpSection::set(this, HelpSection::Notes);
    m_filter->setSourceModel(notes);
    m_category->addItem(tr("All categories"), -1);
    for (NoteCategory c : kNoteCategories)
        m_category->addItem(NoteCategories::name(c), int(c));
    m_category->setToolTip(tr("Show the notes of one category"));
    m_area->setToolTip(tr("Show the notes of one area"));
    m_author->setToolTip(tr("Show the notes of one author or group"));
    for (QComboBox *box : {m_category, m_area, m_author})
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_area->setMinimumContentsLength(8);
    m_author->setMinimumContentsLength(6);

    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the order they were written
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(NotesModel::TextColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(NotesModel::AreaColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NotesModel::CategoryColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NotesModel::AuthorColumn,
                                                      QHeaderView::ResizeToContents);
    // The date is in the note's dialog and the exports; the dock's width goes to the text.
    m_table->setColumnHidden(NotesModel::DateColumn, true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setObjectName(QStringLiteral("notesTable"));

    // Two rows: in a dock of a 1366 pixel wide window three filters in one row show
    // "Alle Katego…"; the area names are the longest, so they get a row of their own.
    auto *filters = new QGridLayout;
    filters->addWidget(m_category, 0, 0);
    filters->addWidget(m_author, 0, 1);
    filters->addWidget(m_area, 1, 0, 1, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    m_add->setToolTip(tr("Add a note to the selected area (N)"));
    connect(m_add, &QPushButton::clicked, this, &NotesPanel::addRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const QList<qint64> ids = chosenNotes(); !ids.isEmpty())
            Q_EMIT editRequested(ids.first());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const QList<qint64> ids = chosenNotes(); !ids.isEmpty())
            Q_EMIT deleteRequested(ids);
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT editRequested(index.data(NotesModel::IdRole).toLongLong());
    });
    auto *remove = new QAction(this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(remove);
    connect(remove, &QAction::triggered, m_delete, &QPushButton::click);

    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        const int c = m_category->currentData().toInt();
        m_filter->setCategory(c < 0 ? std::nullopt : std::optional(NoteCategory(c)));
    });
    connect(m_area, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setAreaKey(m_area->currentData().toString()); });
    connect(m_author, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setAuthor(m_author->currentData().toString()); });
    connect(notes, &NotesModel::notesChanged, this, &NotesPanel::updateChoices);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &NotesPanel::updateButtons);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &NotesPanel::updateButtons);
    updateChoices();
}

void NotesPanel::updateChoices()
{
    QList<std::pair<QString, QString>> areas;
    const QHash<QString, int> counts = m_notes->countsByArea();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        areas.append(
            {QStringLiteral("%1 (%2)").arg(m_notes->areaName(it.key())).arg(it.value()), it.key()});
    std::sort(areas.begin(), areas.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    refill(m_area, tr("All areas"), areas);
    QList<std::pair<QString, QString>> authors;
    for (const QString &a : m_notes->authors())
        authors.append({a, a});
    refill(m_author, tr("All authors"), authors);
    // A filter whose choice went away (its last note deleted) shows everything again.
    m_filter->setAreaKey(m_area->currentData().toString());
    m_filter->setAuthor(m_author->currentData().toString());
    updateButtons();
}

void NotesPanel::updateButtons()
{
    const bool chosen = m_table->selectionModel() && m_table->selectionModel()->hasSelection();
    m_edit->setEnabled(chosen);
    m_delete->setEnabled(chosen);
}

QList<qint64> NotesPanel::chosenNotes() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids << row.data(NotesModel::IdRole).toLongLong();
    return ids;
}

void NotesPanel::showArea(const QString &areaKey)
{
    m_area->setCurrentIndex(std::max(0, m_area->findData(areaKey)));
}

} // namespace qw
