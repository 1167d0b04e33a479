#pragma once

#include <QChar>
#include <QCoreApplication>
#include <QStringView>

namespace qw {

// Reads numbers as German and English department tables write them: decimal comma or
// point, thousands grouping, a trailing % sign, and the symbols of official statistics
// (Zeichenerklärung of the statistical offices): "." and "*" secret (suppressed, as the
// disclosure rules of domain.md hide small numbers), "-" nothing (exactly zero), "x" not
// meaningful, "..." not yet available, "/" not reliable enough, "k.A." no information
// (these four: missing), "( )" limited reliability (kept as an estimate).
class NumberParser
{
    Q_DECLARE_TR_FUNCTIONS(qw::NumberParser)

public:
    enum class Kind { Value, Estimated, Missing, Suppressed, Invalid };
    // Which symbol a cell held instead of a number; the import reports each such cell.
    enum class Symbol {
        None,
        Nothing, // "-": read as 0
        Secret, // ".", "*": suppressed
        NotMeaningful, // "x": missing
        NotYetAvailable, // "...": missing
        Unreliable, // "/": missing
        NoInformation, // "k.A.", "NA", "#NV": missing
        Sentinel, // -9999 and the like: missing
    };
    struct Result
    {
        Kind kind = Kind::Missing;
        double value = 0;
        Symbol symbol = Symbol::None;
    };

    NumberParser(QChar decimal, QChar thousands) : m_decimal(decimal), m_thousands(thousands) { }

    Result parse(QStringView text) const;
    // True when text reads as a value, an estimate, or one of the missing/secret symbols.
    bool isNumeric(QStringView text) const { return parse(text).kind != Kind::Invalid; }
    // What the symbol means and how it is imported, for the import report:
    // "no information, imported as missing".
    static QString meaning(Symbol symbol);

private:
    bool parsePlain(QStringView text, double *value) const;

    QChar m_decimal;
    QChar m_thousands;
};

} // namespace qw
