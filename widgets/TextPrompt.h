#pragma once

#include <QString>

#include <memory>

class QInputDialog;
class QWidget;

namespace qw {

// A one-line question (a view's name, the map title) in a dialog wide enough for its title.
// QInputDialog sizes itself by its label and field alone, and the window manager then cuts
// a longer German title in the middle ("Ansich… chern").
namespace TextPrompt {

// The dialog, not yet shown; the caller owns it.
std::unique_ptr<QInputDialog> create(QWidget *parent, const QString &title, const QString &label,
                                     const QString &text);
// Asks and returns the text; ok is false when the planner cancels.
QString ask(QWidget *parent, const QString &title, const QString &label, const QString &text,
            bool *ok);
// The least width that shows title whole in a title bar beside its icon and buttons.
int widthForTitle(const QString &title, const QWidget &dialog);

} // namespace TextPrompt
} // namespace qw
