#include "ImportTypes.h"

#include <QJsonArray>

namespace qw {

QString toCode(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    case TextEncoding::Latin1:
        return QStringLiteral("ISO-8859-1");
    }
    return {};
}

std::optional<TextEncoding> textEncodingFromName(const QString &name)
{
    QString n = name.trimmed().toLower();
    n.remove(QLatin1Char('-'));
    n.remove(QLatin1Char('_'));
    if (n == QLatin1String("utf8") || n == QLatin1String("utf8bom"))
        return TextEncoding::Utf8;
    if (n == QLatin1String("windows1252") || n == QLatin1String("cp1252")
        || n == QLatin1String("ansi"))
        return TextEncoding::Windows1252;
    if (n == QLatin1String("iso88591") || n == QLatin1String("latin1")
        || n == QLatin1String("iso885915") || n == QLatin1String("latin9"))
        return TextEncoding::Latin1;
    return std::nullopt;
}

QString toCode(TableLayout layout)
{
    switch (layout) {
    case TableLayout::Long:
        return QStringLiteral("long");
    case TableLayout::WideIndicator:
        return QStringLiteral("wide-indicator");
    case TableLayout::WidePeriod:
        return QStringLiteral("wide-period");
    }
    return {};
}

std::optional<TableLayout> tableLayoutFromCode(const QString &code)
{
    for (auto layout : {TableLayout::Long, TableLayout::WideIndicator, TableLayout::WidePeriod})
        if (toCode(layout) == code)
            return layout;
    return std::nullopt;
}

namespace {

QJsonObject indicatorToJson(const Indicator &i)
{
    return {{QStringLiteral("key"), i.key},
            {QStringLiteral("name_de"), i.nameDe},
            {QStringLiteral("name_en"), i.nameEn},
            {QStringLiteral("unit"), i.unit},
            {QStringLiteral("unit_en"), i.unitEn},
            {QStringLiteral("kind"), toCode(i.kind)},
            {QStringLiteral("polarity"), toCode(i.polarity)},
            {QStringLiteral("department"), i.department},
            {QStringLiteral("department_en"), i.departmentEn},
            {QStringLiteral("min_cases"), i.minCases},
            {QStringLiteral("decimals"), i.decimals}};
}

Indicator indicatorFromJson(const QJsonObject &o)
{
    Indicator i;
    i.key = o.value(QStringLiteral("key")).toString();
    i.nameDe = o.value(QStringLiteral("name_de")).toString();
    i.nameEn = o.value(QStringLiteral("name_en")).toString();
    i.unit = o.value(QStringLiteral("unit")).toString();
    i.unitEn = o.value(QStringLiteral("unit_en")).toString();
    i.kind = indicatorKindFromCode(o.value(QStringLiteral("kind")).toString())
                 .value_or(IndicatorKind::Count);
    i.polarity = polarityFromCode(o.value(QStringLiteral("polarity")).toString())
                     .value_or(Polarity::Neutral);
    i.department = o.value(QStringLiteral("department")).toString();
    i.departmentEn = o.value(QStringLiteral("department_en")).toString();
    i.minCases = o.value(QStringLiteral("min_cases")).toInt();
    i.decimals = o.value(QStringLiteral("decimals")).toInt(1);
    return i;
}

QJsonObject hashToJson(const QHash<QString, QString> &hash)
{
    QJsonObject o;
    for (auto it = hash.begin(); it != hash.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QHash<QString, QString> hashFromJson(const QJsonObject &o)
{
    QHash<QString, QString> hash;
    for (auto it = o.begin(); it != o.end(); ++it)
        hash.insert(it.key(), it.value().toString());
    return hash;
}

QString charCode(QChar c)
{
    return c.isNull() ? QString() : QString(c);
}
QChar charFrom(const QJsonValue &v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QChar() : s.front();
}

} // namespace

QJsonObject ImportSpec::toJson() const
{
    QJsonObject o {
        {QStringLiteral("source"), source},
        {QStringLiteral("department"), department},
        {QStringLiteral("layout"), toCode(layout)},
        {QStringLiteral("key_column"), keyColumn},
        {QStringLiteral("name_column"), nameColumn},
        {QStringLiteral("indicator_columns"), QJsonArray::fromStringList(indicatorColumns)},
        {QStringLiteral("indicator_label"), indicatorLabel},
        {QStringLiteral("period_column"), periodColumn},
        {QStringLiteral("period_value"), periodValue},
        {QStringLiteral("periods_from_header"), periodsFromHeader},
        {QStringLiteral("sheet"), sheet.sheet},
        {QStringLiteral("header_rows"), sheet.headerRows.toString()},
        {QStringLiteral("data_rows"), sheet.dataRows.toString()},
        {QStringLiteral("value_column"), valueColumn},
        {QStringLiteral("numerator_column"), numeratorColumn},
        {QStringLiteral("denominator_column"), denominatorColumn},
        {QStringLiteral("value_columns"), QJsonArray::fromStringList(valueColumns)},
        {QStringLiteral("key_mapping"), hashToJson(keyMapping)},
        {QStringLiteral("indicator_mapping"), hashToJson(indicatorMapping)}};
    QJsonArray rateArray;
    for (const auto &r : rates)
        rateArray.append(QJsonObject {{QStringLiteral("indicator"), r.indicator},
                                      {QStringLiteral("numerator"), r.numerator},
                                      {QStringLiteral("denominator"), r.denominator}});
    o.insert(QStringLiteral("rates"), rateArray);
    QJsonObject cat;
    for (auto it = catalogue.begin(); it != catalogue.end(); ++it)
        cat.insert(it.key(), indicatorToJson(it.value()));
    o.insert(QStringLiteral("catalogue"), cat);
    if (hasFormat)
        o.insert(QStringLiteral("format"),
                 QJsonObject {{QStringLiteral("encoding"), toCode(format.encoding)},
                              {QStringLiteral("delimiter"), charCode(format.delimiter)},
                              {QStringLiteral("decimal"), charCode(format.decimal)},
                              {QStringLiteral("thousands"), charCode(format.thousands)}});
    return o;
}

ImportSpec ImportSpec::fromJson(const QJsonObject &o)
{
    ImportSpec s;
    auto text = [&o](const char *key) {
        return o.value(QLatin1String(key)).toString();
    };
    auto list = [&o](const char *key) {
        QStringList result;
        for (const auto &v : o.value(QLatin1String(key)).toArray())
            result << v.toString();
        return result;
    };
    s.source = text("source");
    s.department = text("department");
    s.layout = tableLayoutFromCode(text("layout")).value_or(TableLayout::WideIndicator);
    s.keyColumn = text("key_column");
    s.nameColumn = text("name_column");
    s.indicatorColumns = list("indicator_columns");
    s.indicatorLabel = text("indicator_label");
    s.periodColumn = text("period_column");
    s.periodValue = text("period_value");
    s.periodsFromHeader = o.value(QLatin1String("periods_from_header")).toBool();
    s.sheet.sheet = text("sheet");
    s.sheet.headerRows = SheetRange::parse(text("header_rows"));
    s.sheet.dataRows = SheetRange::parse(text("data_rows"));
    s.valueColumn = text("value_column");
    s.numeratorColumn = text("numerator_column");
    s.denominatorColumn = text("denominator_column");
    s.valueColumns = list("value_columns");
    s.keyMapping = hashFromJson(o.value(QStringLiteral("key_mapping")).toObject());
    s.indicatorMapping = hashFromJson(o.value(QStringLiteral("indicator_mapping")).toObject());
    for (const auto &v : o.value(QStringLiteral("rates")).toArray()) {
        const QJsonObject r = v.toObject();
        s.rates.push_back({r.value(QStringLiteral("indicator")).toString(),
                           r.value(QStringLiteral("numerator")).toString(),
                           r.value(QStringLiteral("denominator")).toString()});
    }
    const QJsonObject cat = o.value(QStringLiteral("catalogue")).toObject();
    for (auto it = cat.begin(); it != cat.end(); ++it)
        s.catalogue.insert(it.key(), indicatorFromJson(it.value().toObject()));
    if (o.contains(QStringLiteral("format"))) {
        const QJsonObject f = o.value(QStringLiteral("format")).toObject();
        s.hasFormat = true;
        s.format.encoding = textEncodingFromName(f.value(QStringLiteral("encoding")).toString())
                                .value_or(TextEncoding::Utf8);
        s.format.delimiter = charFrom(f.value(QStringLiteral("delimiter")));
        s.format.decimal = charFrom(f.value(QStringLiteral("decimal")));
        s.format.thousands = charFrom(f.value(QStringLiteral("thousands")));
        if (s.format.delimiter.isNull())
            s.format.delimiter = QLatin1Char(';');
        if (s.format.decimal.isNull())
            s.format.decimal = QLatin1Char('.');
    }
    return s;
}

} // namespace qw
