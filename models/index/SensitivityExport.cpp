#include "SensitivityExport.h"

#include "CsvFile.h"
#include "Sensitivity.h"
#include "UiLanguage.h"

namespace qw {

QString SensitivityExport::title(const SensitivityResult &r, const QString &indexName)
{
    return tr("Robustness of the index %1 (%2)").arg(indexName, r.period);
}

QStringList SensitivityExport::header(const SensitivityResult &r)
{
    QStringList h {tr("Area key"),         tr("Area"),        tr("Base rank"),
                   tr("Rank p5"),          tr("Rank median"), tr("Rank p95"),
                   tr("In top class (%)"), tr("Stable"),      tr("Base class"),
                   tr("In base class (%)")};
    for (const SensitivityResult::LeftOut &l : r.leftOut)
        h << tr("Rank without %1").arg(r.inputName(l.inputKey));
    return h;
}

QString SensitivityExport::writeCsv(const SensitivityResult &r, const QString &indexName,
                                    const QString &path, const QLocale &locale)
{
    std::vector<CsvFile::Row> rows;
    rows.push_back({{title(r, indexName)}});
    rows.push_back({{r.describe(locale)}});
    rows.push_back({});
    CsvFile::Row header;
    for (const QString &h : SensitivityExport::header(r))
        header.push_back({h});
    rows.push_back(std::move(header));
    const auto number = [](double v) {
        return CsvFile::Cell {QString::number(v), true};
    };
    const auto percent = [](double share) {
        return CsvFile::Cell {QString::number(share * 100, 'f', 1), true};
    };
    for (std::size_t i : r.byBaseRank()) {
        CsvFile::Row row {{r.keys[qsizetype(i)]},
                          {r.names[qsizetype(i)]},
                          number(r.baseRank[i]),
                          number(r.p5[i]),
                          number(r.median[i]),
                          number(r.p95[i]),
                          percent(r.topShare[i]),
                          {r.stable[i] ? tr("stable") : tr("unstable")},
                          {r.className(r.baseClass[i], germanUi(locale))},
                          percent(r.baseClassShare[i])};
        for (const SensitivityResult::LeftOut &l : r.leftOut)
            row.push_back(number(l.rank[i]));
        rows.push_back(std::move(row));
    }
    return CsvFile::write(path, locale, rows);
}

} // namespace qw
