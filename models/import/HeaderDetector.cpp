#include "HeaderDetector.h"

#include "Period.h"
#include "StoreError.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace qw {

namespace {

enum class CellKind { Empty, Number, Symbol, Text };

CellKind kindOf(const QString &text, const NumberParser &numbers)
{
    const QStringView t = QStringView(text).trimmed();
    if (t.isEmpty())
        return CellKind::Empty;
    // Keys and counts, most cells of a big table: digits only, no parsing needed.
    if (std::all_of(t.begin(), t.end(),
                    [](QChar c) { return c.unicode() >= '0' && c.unicode() <= '9'; }))
        return CellKind::Number;
    switch (numbers.parse(text).kind) {
    case NumberParser::Kind::Value:
    case NumberParser::Kind::Estimated:
        return CellKind::Number;
    case NumberParser::Kind::Suppressed:
    case NumberParser::Kind::Missing:
        return CellKind::Symbol;
    default:
        return CellKind::Text;
    }
}

struct RowStats
{
    int numbers = 0;
    int symbols = 0;
    int texts = 0;
    int firstColumn = -1;
    bool years = false; // a header of years: 2019 2020 2021
    bool numbering = false; // a row numbering the columns: 1 2 3 4

    int nonEmpty() const { return numbers + symbols + texts; }
};

RowStats statsOf(const GridRow &row, const NumberParser &numbers)
{
    RowStats s;
    std::vector<double> values;
    for (int c = 0; c < row.cells.size(); ++c) {
        const CellKind k = kindOf(row.cells[c], numbers);
        if (k == CellKind::Empty)
            continue;
        if (s.firstColumn < 0)
            s.firstColumn = c;
        if (k == CellKind::Number) {
            ++s.numbers;
            values.push_back(numbers.parse(row.cells[c]).value);
        } else if (k == CellKind::Symbol) {
            ++s.symbols;
        } else {
            ++s.texts;
        }
    }
    if (values.size() >= 2 && s.symbols == 0) {
        bool years = true, increasing = true, decreasing = true, counting = true;
        for (size_t i = 0; i < values.size(); ++i) {
            const double v = values[i];
            years = years && v == std::floor(v) && v >= 1900 && v <= 2100;
            if (i > 0) {
                increasing = increasing && v > values[i - 1];
                decreasing = decreasing && v < values[i - 1];
                counting = counting && v == values[i - 1] + 1;
            }
        }
        s.years = years && (increasing || decreasing);
        s.numbering = values.size() >= 3 && s.texts == 0 && counting && values.front() >= 0
            && values.front() <= 1;
    }
    return s;
}

QString collapseBlanks(QString text)
{
    static const QRegularExpression blanks(QStringLiteral(R"(\s+)"));
    return text.replace(blanks, QStringLiteral(" ")).trimmed();
}

// The parts of a joined header, cleaned; empty parts and repeats of the part above (a
// vertically merged cell) dropped.
QString joinParts(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts) {
        const QString t = HeaderDetector::cleanText(p);
        if (!t.isEmpty() && (kept.isEmpty() || kept.last() != t))
            kept << t;
    }
    return kept.join(QStringLiteral(" / "));
}

QString cellText(const GridRow &row, int column)
{
    return row.cell(column).trimmed();
}

[[noreturn]] void failWith(const QString &message)
{
    throw StoreError(StoreErrorKind::InvalidInput, message);
}

} // namespace

QString HeaderDetector::cleanText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QChar(0x00AD)) // a soft hyphen
            continue;
        if (c == u'-' && i > 0 && text[i - 1].isLower()) {
            qsizetype j = i + 1;
            bool lineBreak = false;
            while (j < text.size() && (text[j] == u'\n' || text[j] == u'\r')) {
                lineBreak = true;
                ++j;
            }
            // "Migrations-hintergrund": a lower-case letter on both sides is a word split
            // at a line break; "Kinder-\nTagesstätte" keeps its hyphen.
            if (j < text.size() && text[j].isLower()) {
                i = j - 1;
                continue;
            }
            if (lineBreak) {
                out += c;
                i = j - 1;
                continue;
            }
        }
        out += c;
    }
    return collapseBlanks(out);
}

QString HeaderDetector::periodIn(const QString &text, QString *rest)
{
    using RE = QRegularExpression;
    static const RE schoolYear(
        QStringLiteral(R"((?<![\d.])((?:19|20)\d{2})\s*/\s*((?:19|20)?\d{2})(?![\d.]))"));
    static const RE date(QStringLiteral(R"((?<![\d.])\d{1,2}\.\d{1,2}\.((?:19|20)\d{2})(?!\d))"));
    static const RE monthYear(
        QStringLiteral(
            R"(\b(?:jan|feb|mär|maer|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)[a-zä]*\.?\s*((?:19|20)\d{2})(?!\d))"),
        RE::CaseInsensitiveOption | RE::UseUnicodePropertiesOption);
    static const RE monthNumber(QStringLiteral(R"((?<![\d./])\d{1,2}/((?:19|20)\d{2})(?![\d/]))"));
    static const RE year(QStringLiteral(R"((?<![\d.,/])((?:19|20)\d{2})(?![\d,/]|\.\d))"));
    // A quarter is kept as written ("Q4/2023", "4. Quartal 2023"): its year alone would make
    // four columns of one period.
    static const RE quarter(
        QStringLiteral(
            R"((?<![\w.])(?:(?:19|20)\d{2}\s*[-/ ]?\s*Q[1-4]|Q[1-4]\s*[-/ ]?\s*(?:19|20)\d{2}|(?:[1-4]|I{1,3}|IV)\.?\s*(?:Quartal|Vierteljahr|Vj\.?)\s*(?:19|20)\d{2})(?![\w]))"),
        RE::CaseInsensitiveOption | RE::UseUnicodePropertiesOption);
    QString period;
    QRegularExpressionMatch m = quarter.match(text);
    if (m.hasMatch() && periodKind(m.captured(0)) == PeriodKind::Quarter)
        period = m.captured(0);
    else
        m = schoolYear.match(text);
    if (period.isEmpty() && m.hasMatch()) { // m is the school year's match here
        const QString second = m.captured(2).right(2);
        // 2013/14 is a school year; 2013/2020 is a span, not a period.
        if ((m.captured(1).right(2).toInt() + 1) % 100 == second.toInt())
            period = m.captured(1) + QLatin1Char('/') + second;
        else
            m = {};
    }
    for (const RE *re : {&date, &monthYear, &monthNumber, &year}) {
        if (!period.isEmpty())
            break;
        m = re->match(text);
        if (m.hasMatch())
            period = m.captured(1);
    }
    if (rest) {
        if (period.isEmpty()) {
            *rest = text;
        } else {
            QString r =
                text.left(m.capturedStart(0)) + QLatin1Char(' ') + text.mid(m.capturedEnd(0));
            // The words that introduce a date, and the brackets left around it.
            static const RE lead(
                QStringLiteral(
                    R"((?:\b(?:am|zum|vom|stand|stichtag|jahr|schuljahr|sj|per|im|in)\s*:?\s*)+(?=\s*(?:[)\]]|/|$|\s*$)))"),
                RE::CaseInsensitiveOption);
            static const RE emptyBrackets(QStringLiteral(R"(\(\s*\)|\[\s*\])"));
            r = collapseBlanks(r);
            r.replace(QRegularExpression(QStringLiteral(R"(\s*\(\s*\))")), QString());
            r.replace(emptyBrackets, QString());
            QStringList parts = r.split(QLatin1Char('/'));
            QStringList kept;
            for (QString p : parts) {
                p = collapseBlanks(p);
                p.replace(lead, QString());
                p = collapseBlanks(p);
                while (!p.isEmpty() && QStringLiteral(",;:-–").contains(p.back()))
                    p = p.chopped(1).trimmed();
                if (!p.isEmpty())
                    kept << p;
            }
            *rest = kept.join(QStringLiteral(" / "));
        }
    }
    return period;
}

QString HeaderDetector::describeRows(const std::vector<GridRow> &rows, int count)
{
    QStringList lines;
    for (const GridRow &r : rows) {
        if (int(lines.size()) >= count)
            break;
        QStringList cells;
        for (const QString &c : r.cells)
            cells << c.trimmed().left(30);
        while (!cells.isEmpty() && cells.last().isEmpty())
            cells.removeLast();
        lines << tr("row %1: %2").arg(r.row).arg(cells.join(QStringLiteral(" | ")));
    }
    return lines.join(QLatin1Char('\n'));
}

bool HeaderDetector::isNoteRow(const QStringList &cells, const NumberParser &numbers, bool afterGap)
{
    int nonEmpty = 0;
    QString first;
    for (const QString &c : cells) {
        const CellKind k = kindOf(c, numbers);
        if (k == CellKind::Empty)
            continue;
        if (k != CellKind::Text)
            return false; // a number, or a symbol of official statistics: data
        if (nonEmpty++ == 0)
            first = c.trimmed();
    }
    if (nonEmpty == 0)
        return false;
    static const QRegularExpression marker(
        QStringLiteral(
            R"(^(?:quelle|quellen|anmerkung|anmerkungen|hinweis|hinweise|fu(?:ß|ss)note|erläuterung|zeichenerklärung|stand|source|note|notes|datenquelle|©|\*|\d{1,2}\)|\(\d{1,2}\)))"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (marker.match(first).hasMatch())
        return true;
    return nonEmpty == 1 && (afterGap || first.size() > 40);
}

TableShape HeaderDetector::detect(const std::vector<GridRow> &rows,
                                  const std::vector<CellSpan> &spans, const NumberParser &numbers,
                                  const SheetOptions &options, const QString &where)
{
    TableShape shape;
    std::vector<RowStats> stats;
    stats.reserve(rows.size());
    for (const GridRow &r : rows)
        stats.push_back(statsOf(r, numbers));
    auto indexOfRow = [&](qint64 sheetRow) -> int {
        for (size_t i = 0; i < rows.size(); ++i)
            if (rows[i].row >= sheetRow)
                return rows[i].row == sheetRow ? int(i) : -1;
        return -1;
    };
    int nonBlank = 0;
    for (const RowStats &s : stats)
        nonBlank += s.nonEmpty() > 0;
    if (nonBlank == 0)
        failWith(tr("%1 is empty: it has no cell with text or numbers.").arg(where));
    const qint64 lastRow = rows.back().row;
    auto checkRange = [&](const SheetRange &range, const char *option) {
        if (!range.isSet())
            return;
        if (range.first > lastRow || (range.last != 0 && range.last < range.first)
            || indexOfRow(range.first) < 0)
            failWith(tr("%1: %2 %3 does not exist; the rows with content are %4 to %5.")
                         .arg(where, QLatin1String(option), range.toString())
                         .arg(rows.front().row)
                         .arg(lastRow));
    };
    checkRange(options.headerRows, "--header-rows");
    checkRange(options.dataRows, "--data-rows");

    // The first data row: it has numbers where the rows below have them, and no text
    // there (a header may carry a year or two, but not only numbers where the data has).
    std::vector<std::vector<CellKind>> kinds;
    kinds.reserve(rows.size());
    for (const GridRow &r : rows) {
        std::vector<CellKind> k;
        k.reserve(size_t(r.cells.size()));
        for (const QString &c : r.cells)
            k.push_back(kindOf(c, numbers));
        kinds.push_back(std::move(k));
    }
    auto kindAt = [&](size_t row, int column) {
        return size_t(column) < kinds[row].size() ? kinds[row][size_t(column)] : CellKind::Empty;
    };
    auto isData = [&](int i) {
        const RowStats &s = stats[size_t(i)];
        if (s.years || s.numbering || s.numbers + s.symbols == 0)
            return false;
        // The next rows up to a blank row: the notes under a short table do not count.
        std::vector<int> below;
        qint64 last = rows[size_t(i)].row;
        for (int j = i + 1; j < int(rows.size()) && below.size() < 5; ++j) {
            if (stats[size_t(j)].nonEmpty() == 0 || rows[size_t(j)].row - last > 1)
                break;
            last = rows[size_t(j)].row;
            below.push_back(j);
        }
        int width = int(rows[size_t(i)].cells.size());
        for (int j : below)
            width = std::max(width, int(rows[size_t(j)].cells.size()));
        int numericColumns = 0, numberHere = 0, textHere = 0;
        for (int c = 0; c < width; ++c) {
            int n = 0;
            for (int j : below) {
                const CellKind k = kindAt(size_t(j), c);
                n += k == CellKind::Number || k == CellKind::Symbol;
            }
            const bool numeric = below.empty() ? kindAt(size_t(i), c) == CellKind::Number
                                               : 2 * n >= int(below.size());
            if (!numeric)
                continue;
            ++numericColumns;
            const CellKind here = kindAt(size_t(i), c);
            numberHere += here == CellKind::Number || here == CellKind::Symbol;
            textHere += here == CellKind::Text;
        }
        // Text in fewer than half of them: a header names (nearly) every column, a data
        // row may have a stray "abc" in one.
        return numericColumns > 0 && 2 * textHere < numericColumns
            && 2 * numberHere >= numericColumns;
    };
    int dataStart = -1;
    if (options.dataRows.isSet()) {
        dataStart = indexOfRow(options.dataRows.first);
    } else {
        const int from = options.headerRows.isSet()
            ? indexOfRow(options.headerRows.last ? options.headerRows.last
                                                 : options.headerRows.first)
                + 1
            : 0;
        // Below chosen header rows the data starts with the next row that is not blank.
        for (int i = std::max(0, from); i < int(rows.size()) && dataStart < 0; ++i)
            if (options.headerRows.isSet() ? stats[size_t(i)].nonEmpty() > 0 : isData(i))
                dataStart = i;
    }
    if (dataStart < 0) {
        int numbersSeen = 0;
        for (const RowStats &s : stats)
            numbersSeen += s.numbers + s.symbols;
        // A header-only file stays readable: the import says it has no data rows.
        const int only = int(std::find_if(stats.begin(), stats.end(),
                                          [](const RowStats &s) { return s.nonEmpty() > 0; })
                             - stats.begin());
        if (nonBlank == 1 && !options.headerRows.isSet() && stats[size_t(only)].nonEmpty() > 1) {
            dataStart = int(rows.size());
            shape.headerRows = {rows[size_t(only)].row, rows[size_t(only)].row};
        } else if (numbersSeen == 0) {
            failWith(tr("%1 holds no number in its first %2 rows, so no table of values was "
                        "found. The rows read:\n%3")
                         .arg(where)
                         .arg(rows.size())
                         .arg(describeRows(rows)));
        } else {
            failWith(tr("%1: no rows of values below a header were found. Choose the rows "
                        "(--header-rows, --data-rows). The first rows read:\n%2")
                         .arg(where, describeRows(rows)));
        }
    }

    // The header: the non-blank rows right above the data, up to a blank row or a title.
    std::vector<int> header;
    if (options.headerRows.isSet()) {
        const qint64 last =
            options.headerRows.last ? options.headerRows.last : options.headerRows.first;
        for (int i = 0; i < int(rows.size()); ++i)
            if (rows[size_t(i)].row >= options.headerRows.first && rows[size_t(i)].row <= last)
                header.push_back(i);
    } else if (!shape.headerRows.isSet()) {
        const int dataColumn = stats[size_t(dataStart)].firstColumn;
        qint64 below = rows[size_t(dataStart)].row;
        bool spacerAllowed = true;
        for (int i = dataStart - 1; i >= 0 && header.size() < 8; --i) {
            const GridRow &r = rows[size_t(i)];
            const RowStats &s = stats[size_t(i)];
            const bool gap = s.nonEmpty() == 0 || below - r.row > 1;
            if (gap && !(spacerAllowed && header.empty()))
                break;
            if (s.nonEmpty() == 0) {
                spacerAllowed = false;
                below = r.row;
                continue;
            }
            spacerAllowed = false;
            if (s.nonEmpty() == 1 && s.firstColumn <= std::max(0, dataColumn) && !header.empty()) {
                // A title, unless it names the label column over header rows that leave it
                // blank (a cell merged downwards).
                bool blankBelow = true;
                for (int h : header)
                    blankBelow = blankBelow && cellText(rows[size_t(h)], s.firstColumn).isEmpty();
                bool merged = false;
                for (const CellSpan &span : spans)
                    merged = merged
                        || (span.row == r.row && span.column == s.firstColumn && span.rows > 1
                            && span.columns == 1);
                const bool shortText = cellText(r, s.firstColumn).size() <= 30 && spans.empty();
                if (!(blankBelow && (merged || shortText)))
                    break;
            } else if (s.nonEmpty() == 1 && s.firstColumn <= std::max(0, dataColumn)) {
                break; // a single cell at the left straight above the data: a title
            }
            header.insert(header.begin(), i);
            below = r.row;
        }
        if (header.empty())
            failWith(tr("%1: no header row was found above the first row of values (row %2). "
                        "Choose it with --header-rows. The first rows read:\n%3")
                         .arg(where)
                         .arg(rows[size_t(dataStart)].row)
                         .arg(describeRows(rows)));
        shape.headerRows = {rows[size_t(header.front())].row, rows[size_t(header.back())].row};
    }
    if (options.headerRows.isSet())
        shape.headerRows = {options.headerRows.first,
                            options.headerRows.last ? options.headerRows.last
                                                    : options.headerRows.first};
    if (header.empty() && shape.headerRows.isSet())
        header.push_back(indexOfRow(shape.headerRows.first));
    // Rows the planner closed at both ends all count; "7-" (to the end) still passes over
    // the notes below the table.
    shape.dataRowsGiven = options.dataRows.isSet() && options.dataRows.last != 0;
    shape.dataRows = options.dataRows.isSet()
        ? options.dataRows
        : SheetRange {dataStart < int(rows.size()) ? rows[size_t(dataStart)].row
                                                   : shape.headerRows.last + 1,
                      0};
    if (shape.dataRows.first <= shape.headerRows.last)
        failWith(tr("%1: the data rows (%2) must start below the header rows (%3).")
                     .arg(where, shape.dataRows.toString(), shape.headerRows.toString()));

    // Rows of the header that name columns: without the column numbering, and with the
    // definition row apart.
    std::vector<int> nameRows;
    for (int h : header)
        if (!stats[size_t(h)].numbering)
            nameRows.push_back(h);
    auto meanLength = [&](int h) {
        int n = 0, total = 0;
        for (const QString &c : rows[size_t(h)].cells)
            if (!c.trimmed().isEmpty()) {
                ++n;
                total += int(c.trimmed().size());
            }
        return n ? double(total) / n : 0.0;
    };
    int definition = -1;
    if (nameRows.size() >= 3) {
        const int last = nameRows.back();
        const double l = meanLength(last);
        if (l >= 20 && l >= 1.5 * meanLength(nameRows[nameRows.size() - 2])) {
            definition = last;
            nameRows.pop_back();
            shape.definitionRow = rows[size_t(last)].row;
        }
    }

    int width = 0;
    for (size_t i = 0; i < rows.size(); ++i)
        if (rows[i].row >= shape.headerRows.first)
            width = std::max(width, int(rows[i].cells.size()));
    // Header cells with merged cells filled in: from the spreadsheet's merges where it has
    // them, else a group header covers the blank cells to its right above named columns.
    bool headerMerges = false;
    for (const CellSpan &span : spans)
        headerMerges = headerMerges
            || (span.row <= shape.headerRows.last && span.row + span.rows > shape.headerRows.first);
    std::vector<QStringList> grid;
    for (int h : nameRows) {
        QStringList cells;
        for (int c = 0; c < width; ++c)
            cells << cellText(rows[size_t(h)], c);
        grid.push_back(cells);
    }
    for (size_t g = 0; g < grid.size(); ++g) {
        const qint64 sheetRow = rows[size_t(nameRows[g])].row;
        if (headerMerges) {
            for (const CellSpan &span : spans) {
                if (!(span.rows > 1 || span.columns > 1))
                    continue;
                if (sheetRow < span.row || sheetRow >= span.row + span.rows)
                    continue;
                const int top = indexOfRow(span.row);
                const QString text =
                    top >= 0 ? cellText(rows[size_t(top)], span.column) : QString();
                for (int c = span.column; c < std::min(width, span.column + span.columns); ++c)
                    if (grid[g][c].isEmpty())
                        grid[g][c] = text;
            }
        } else if (g + 1 < grid.size()) {
            QString group;
            for (int c = 0; c < width; ++c) {
                if (!grid[g][c].isEmpty()) {
                    group = grid[g][c];
                    continue;
                }
                bool namedBelow = false;
                for (size_t lower = g + 1; lower < grid.size(); ++lower)
                    namedBelow = namedBelow || !grid[lower][c].isEmpty();
                if (namedBelow && !group.isEmpty())
                    grid[g][c] = group;
                else
                    group.clear();
            }
        }
    }

    // Columns: every column with a header or a value in the first data rows; blank
    // spacer columns are left out.
    std::vector<bool> used(size_t(width), false);
    for (const QStringList &cells : grid)
        for (int c = 0; c < width; ++c)
            used[size_t(c)] = used[size_t(c)] || !cells[c].isEmpty();
    for (size_t i = 0; i < rows.size(); ++i)
        if (shape.dataRows.contains(rows[i].row))
            for (int c = 0; c < width; ++c)
                used[size_t(c)] = used[size_t(c)] || !cellText(rows[i], c).isEmpty();
    QSet<QString> names;
    for (int c = 0; c < width; ++c) {
        if (!used[size_t(c)])
            continue;
        QStringList parts;
        for (const QStringList &cells : grid)
            parts << cells[c];
        QString name = joinParts(parts);
        if (name.isEmpty())
            name = tr("Column %1").arg(c + 1);
        if (names.contains(name))
            name = tr("%1 (column %2)").arg(name).arg(c + 1);
        names.insert(name);
        shape.columns.push_back(c);
        shape.names << name;
        shape.descriptions << (definition >= 0 ? cleanText(cellText(rows[size_t(definition)], c))
                                               : QString());
        QString label;
        shape.periods << periodIn(name, &label);
        shape.labels << (label.isEmpty() ? name : label);
        shape.lastHeaderCells << (grid.empty() ? QString() : grid.back()[c]);
    }
    if (shape.columns.empty())
        failWith(
            tr("%1: the header rows %2 name no column.").arg(where, shape.headerRows.toString()));

    // A period in the title rows, used where the header names none.
    QSet<QString> titlePeriods;
    for (size_t i = 0; i < rows.size() && rows[i].row < shape.headerRows.first; ++i)
        for (const QString &c : rows[i].cells) {
            const QString p = periodIn(c);
            if (!p.isEmpty())
                titlePeriods.insert(p);
        }
    if (titlePeriods.size() == 1)
        shape.titlePeriod = *titlePeriods.begin();
    return shape;
}

} // namespace qw
