#pragma once

#include <QChar>
#include <QStringView>

namespace qw {

// Reads numbers as German and English department tables write them: decimal comma or
// point, thousands grouping, a trailing % sign, and the symbols of official statistics
// (Zeichenerklärung): "." secret/suppressed, "-" nothing (zero), "x" not meaningful,
// "..." not yet available, "( )" limited reliability (kept as an estimate).
class NumberParser
{
public:
    enum class Kind { Value, Estimated, Missing, Suppressed, Invalid };
    struct Result
    {
        Kind kind = Kind::Missing;
        double value = 0;
    };

    NumberParser(QChar decimal, QChar thousands) : m_decimal(decimal), m_thousands(thousands) { }

    Result parse(QStringView text) const;
    // True when text reads as a value, an estimate, or one of the missing/secret symbols.
    bool isNumeric(QStringView text) const { return parse(text).kind != Kind::Invalid; }

private:
    bool parsePlain(QStringView text, double *value) const;

    QChar m_decimal;
    QChar m_thousands;
};

} // namespace qw
