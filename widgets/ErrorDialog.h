#pragma once

class QString;
class QWidget;

namespace qw {

class StoreError;

namespace ErrorDialog {

// A modal warning: the message in plain words, what SQLite or GDAL said behind
// "Show Details…" (the text a support person or a web search needs).
void warning(QWidget *parent, const QString &title, const StoreError &error);

} // namespace ErrorDialog
} // namespace qw
