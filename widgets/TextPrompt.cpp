#include "TextPrompt.h"

#include <QFontMetrics>
#include <QInputDialog>
#include <QLineEdit>

namespace qw::TextPrompt {

namespace {
// A title bar's icon, its close, maximise and minimise buttons and padding; the title font
// is taken as the dialog's, bold, a little larger (as most window managers draw it).
constexpr int kTitleBarChrome = 180;
constexpr int kMinimumWidth = 380;
constexpr int kDialogMargin = 12;
} // namespace

int widthForTitle(const QString &title, const QWidget &dialog)
{
    QFont f = dialog.font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    return QFontMetrics(f).horizontalAdvance(title) + kTitleBarChrome;
}

std::unique_ptr<QInputDialog> create(QWidget *parent, const QString &title, const QString &label,
                                     const QString &text)
{
    auto dialog = std::make_unique<QInputDialog>(parent);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setTextValue(text);
    // The dialog's layout fixes its size from its contents (a minimum width on the dialog
    // would be overridden): widen the text field, less the layout's margins.
    const int width = std::max(kMinimumWidth, widthForTitle(title, *dialog));
    if (auto *field = dialog->findChild<QLineEdit *>())
        field->setMinimumWidth(width - 2 * kDialogMargin);
    dialog->setMinimumWidth(width);
    return dialog;
}

QString ask(QWidget *parent, const QString &title, const QString &label, const QString &text,
            bool *ok)
{
    const auto dialog = create(parent, title, label, text);
    const bool accepted = dialog->exec() == QDialog::Accepted;
    if (ok)
        *ok = accepted;
    return accepted ? dialog->textValue() : QString();
}

} // namespace qw::TextPrompt
