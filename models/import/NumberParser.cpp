#include "NumberParser.h"

#include <QString>

#include <cmath>

namespace qw {

namespace {

// Sentinels statistics systems write for "no value" (the Berlin MSS uses -9999).
bool isSentinel(double v)
{
    return v == -9999 || v == -99999 || v == -999999;
}

} // namespace

NumberParser::Result NumberParser::parse(QStringView text) const
{
    QStringView t = text.trimmed();
    if (t.isEmpty())
        return {Kind::Missing, 0};
    // Most cells are numbers: the symbols are looked for only where no digit begins.
    if (!t.front().isDigit()) {
        if (t == u"." || t == u"•" || t == u"*")
            return {Kind::Suppressed, 0, Symbol::Secret};
        if (t == u"-" || t == u"–" || t == u"—")
            return {Kind::Value, 0, Symbol::Nothing};
        if (t == u"x" || t == u"X")
            return {Kind::Missing, 0, Symbol::NotMeaningful};
        if (t == u"..." || t == u"…")
            return {Kind::Missing, 0, Symbol::NotYetAvailable};
        if (t == u"/")
            return {Kind::Missing, 0, Symbol::Unreliable};
        if (t.compare(u"k.A.", Qt::CaseInsensitive) == 0
            || t.compare(u"k. A.", Qt::CaseInsensitive) == 0
            || t.compare(u"k.A", Qt::CaseInsensitive) == 0
            || t.compare(u"keine Angabe", Qt::CaseInsensitive) == 0
            || t.compare(u"NA", Qt::CaseInsensitive) == 0
            || t.compare(u"n/a", Qt::CaseInsensitive) == 0 || t == u"#NV" || t == u"#N/A"
            || t.compare(u"NaN", Qt::CaseInsensitive) == 0)
            return {Kind::Missing, 0, Symbol::NoInformation};
    }
    Kind kind = Kind::Value;
    if (t.size() > 2 && t.front() == u'(' && t.back() == u')') {
        kind = Kind::Estimated;
        t = t.mid(1, t.size() - 2).trimmed();
    }
    if (t.endsWith(u'%'))
        t = t.chopped(1).trimmed();
    double v = 0;
    if (!parsePlain(t, &v))
        return {Kind::Invalid, 0};
    if (isSentinel(v))
        return {Kind::Missing, 0, Symbol::Sentinel};
    return {kind, v};
}

QString NumberParser::meaning(Symbol symbol)
{
    switch (symbol) {
    case Symbol::None:
        return {};
    case Symbol::Nothing:
        return tr("nothing, imported as 0");
    case Symbol::Secret:
        return tr("secret, imported as suppressed");
    case Symbol::NotMeaningful:
        return tr("not meaningful, imported as missing");
    case Symbol::NotYetAvailable:
        return tr("not yet available, imported as missing");
    case Symbol::Unreliable:
        return tr("not reliable enough, imported as missing");
    case Symbol::NoInformation:
        return tr("no information, imported as missing");
    case Symbol::Sentinel:
        return tr("a code for no value, imported as missing");
    }
    return {};
}

bool NumberParser::parsePlain(QStringView t, double *value) const
{
    // Builds a C-locale number: sign, digits with validated grouping, one decimal mark,
    // an optional exponent (spreadsheets export 1.5E-05).
    QByteArray out;
    out.reserve(t.size());
    qsizetype i = 0;
    if (i < t.size() && (t[i] == u'-' || t[i] == u'+' || t[i] == u'−')) {
        out.append(t[i] == u'+' ? '+' : '-');
        ++i;
    }
    int digitsInGroup = 0;
    int groups = 0;
    bool seenDigit = false;
    for (; i < t.size(); ++i) {
        const QChar c = t[i];
        if (c.isDigit() && c.unicode() < 128) {
            out.append(char(c.unicode()));
            ++digitsInGroup;
            seenDigit = true;
        } else if (!m_thousands.isNull() && c == m_thousands && c != m_decimal) {
            // 1.234.567: the first group has 1 to 3 digits, every further one exactly 3.
            if (!seenDigit || (groups == 0 ? digitsInGroup > 3 : digitsInGroup != 3))
                return false;
            ++groups;
            digitsInGroup = 0;
        } else if (c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F)) {
            continue; // "1 234" as French-style grouping
        } else {
            break;
        }
    }
    if (groups > 0 && digitsInGroup != 3)
        return false;
    if (i < t.size() && t[i] == m_decimal) {
        out.append('.');
        ++i;
        for (; i < t.size() && t[i].isDigit() && t[i].unicode() < 128; ++i) {
            out.append(char(t[i].unicode()));
            seenDigit = true;
        }
    }
    if (!seenDigit)
        return false;
    if (i < t.size() && (t[i] == u'e' || t[i] == u'E')) {
        out.append('e');
        ++i;
        if (i < t.size() && (t[i] == u'-' || t[i] == u'+'))
            out.append(char(t[i++].unicode()));
        bool exponentDigits = false;
        for (; i < t.size() && t[i].isDigit() && t[i].unicode() < 128; ++i) {
            out.append(char(t[i].unicode()));
            exponentDigits = true;
        }
        if (!exponentDigits)
            return false;
    }
    if (i != t.size())
        return false;
    bool ok = false;
    *value = QByteArrayView(out).toDouble(&ok);
    return ok && std::isfinite(*value);
}

} // namespace qw
