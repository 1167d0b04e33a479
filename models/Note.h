#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <array>
#include <optional>

namespace qw {

// What a note from a planning workshop is about; stored as a stable code (need, resource,
// idea, question, measure) so that QGIS users and other programs can read the table.
enum class NoteCategory { Need, Resource, Idea, Question, Measure };

inline constexpr std::array<NoteCategory, 5> kNoteCategories = {
    NoteCategory::Need, NoteCategory::Resource, NoteCategory::Idea, NoteCategory::Question,
    NoteCategory::Measure};

QString toCode(NoteCategory category);
std::optional<NoteCategory> noteCategoryFromCode(const QString &code);

// A note the room pinned to an area (qw_notes): one remark, need or idea of a workshop.
struct Note
{
    qint64 id = 0; // the row (fid); 0 before it is stored
    QString areaKey;
    QString text;
    NoteCategory category = NoteCategory::Idea;
    QString author; // a person or a workshop table ("Tisch 3")
    QDate date; // the day it was written
    QDateTime created; // when it was stored (UTC), for the log

    friend bool operator==(const Note &, const Note &) = default;
};

// The names of the categories in the window's language, and their reading from files
// that people wrote by hand.
class NoteCategories
{
    Q_DECLARE_TR_FUNCTIONS(qw::NoteCategories)
public:
    // "Bedarf" under German, "Need" under English.
    static QString name(NoteCategory category);
    // A category as written in a file: its code, its German or its English name, case
    // and surrounding blanks aside ("Maßnahme", "Massnahme", "measure"); nullopt for others.
    static std::optional<NoteCategory> parse(const QString &text);
    // The accepted words, for a message: "Bedarf, Ressource, Idee, Frage, Maßnahme".
    static QString accepted();
};

} // namespace qw
