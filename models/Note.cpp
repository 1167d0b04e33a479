#include "Note.h"

#include <QStringList>

#include <utility>

namespace qw {

namespace {

struct Words
{
    NoteCategory category;
    const char *code;
    const char *german; // UTF-8
    const char *english;
};

constexpr std::array<Words, 5> kWords {{
    {NoteCategory::Need, "need", "Bedarf", "Need"},
    {NoteCategory::Resource, "resource", "Ressource", "Resource"},
    {NoteCategory::Idea, "idea", "Idee", "Idea"},
    {NoteCategory::Question, "question", "Frage", "Question"},
    {NoteCategory::Measure, "measure", "Maßnahme", "Measure"},
}};

const Words &wordsOf(NoteCategory category)
{
    for (const Words &w : kWords)
        if (w.category == category)
            return w;
    return kWords[2];
}

} // namespace

QString toCode(NoteCategory category)
{
    return QString::fromLatin1(wordsOf(category).code);
}

std::optional<NoteCategory> noteCategoryFromCode(const QString &code)
{
    for (const Words &w : kWords)
        if (code == QLatin1String(w.code))
            return w.category;
    return std::nullopt;
}

QString NoteCategories::name(NoteCategory category)
{
    switch (category) {
    case NoteCategory::Need:
        return tr("Need");
    case NoteCategory::Resource:
        return tr("Resource");
    case NoteCategory::Idea:
        return tr("Idea");
    case NoteCategory::Question:
        return tr("Question");
    case NoteCategory::Measure:
        return tr("Measure");
    }
    return {};
}

std::optional<NoteCategory> NoteCategories::parse(const QString &text)
{
    // Spreadsheets without ß write "Massnahme"; both spellings mean the same.
    const QString t =
        text.trimmed().toCaseFolded().replace(QStringLiteral("ß"), QStringLiteral("ss"));
    if (t.isEmpty())
        return std::nullopt;
    for (const Words &w : kWords)
        for (const char *word : {w.code, w.german, w.english})
            if (QString::fromUtf8(word).toCaseFolded().replace(QStringLiteral("ß"),
                                                               QStringLiteral("ss"))
                == t)
                return w.category;
    // The window's own names, should a translation differ from the words above.
    for (NoteCategory c : kNoteCategories)
        if (name(c).toCaseFolded() == text.trimmed().toCaseFolded())
            return c;
    return std::nullopt;
}

QString NoteCategories::accepted()
{
    QStringList names;
    for (NoteCategory c : kNoteCategories)
        names << name(c);
    return names.join(QStringLiteral(", "));
}

} // namespace qw
