#pragma once

#include <QLocale>

namespace qw {

// German first: names, units and words come in German when the locale (by default the
// one the program runs in) is German, else in English.
inline bool germanUi(const QLocale &locale = QLocale())
{
    return locale.language() == QLocale::German;
}

} // namespace qw
