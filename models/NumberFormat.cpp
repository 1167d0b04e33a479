#include "NumberFormat.h"

#include <algorithm>

namespace qw {

QString formatNumber(double value, int decimals, const QLocale &locale)
{
    decimals = std::max(0, decimals);
    const QString text = locale.toString(value, 'f', decimals);
    // Judged on the text, not by rounding here: the text is what the reader sees, and
    // QLocale's decimal rounding may differ from a binary one at the last digit.
    if (!text.startsWith(locale.negativeSign()))
        return text;
    const bool allZero =
        std::none_of(text.begin(), text.end(), [](QChar c) { return c.digitValue() > 0; });
    return allZero ? locale.toString(0.0, 'f', decimals) : text;
}

} // namespace qw
