#include "ErrorDialog.h"

#include "StoreError.h"

#include <QMessageBox>

namespace qw::ErrorDialog {

void warning(QWidget *parent, const QString &title, const StoreError &error)
{
    QMessageBox box(QMessageBox::Warning, title, error.message(), QMessageBox::Ok, parent);
    if (!error.detail().isEmpty())
        box.setDetailedText(error.detail());
    box.exec();
}

} // namespace qw::ErrorDialog
