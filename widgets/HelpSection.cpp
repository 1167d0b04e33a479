#include "HelpSection.h"

#include <QVariant>
#include <QWidget>

namespace qw {

namespace {
constexpr const char *kProperty = "qwHelpSection";
}

void HelpSection::set(QWidget *widget, const char *anchor)
{
    widget->setProperty(kProperty, QString::fromLatin1(anchor));
}

QString HelpSection::of(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        const QString anchor = w->property(kProperty).toString();
        if (!anchor.isEmpty())
            return anchor;
    }
    return {};
}

} // namespace qw
