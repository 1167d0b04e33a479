#include "ComparisonExport.h"

#include "ComparisonModel.h"
#include "CsvFile.h"
#include "MoveIntoPlace.h"
#include "NumberFormat.h"
#include "Project.h"
#include "ProjectTypes.h"
#include "TechnicalError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <gdal.h>
#include <ogr_api.h>

#include <cmath>

namespace qw {

namespace {

struct Sheet
{
    QStringList header;
    std::vector<QStringList> text; // per row, the cells as text (numbers in C locale)
    std::vector<std::vector<bool>> numeric; // which cells are numbers
};

// A value as a C-locale number: rounded exactly as the screen shows it ("20.07"; the C
// locale writes no thousands separator), or the shortest text that reads back as the same
// double. Never "-0" (adding +0.0 turns -0.0 into 0).
QString numberText(double v, int decimals, ComparisonExport::Numbers numbers)
{
    if (numbers == ComparisonExport::Numbers::FullPrecision)
        return QString::number(v + 0.0, 'f', QLocale::FloatingPointShortest);
    return formatNumber(v, decimals, QLocale::c());
}

Sheet sheetOf(const ComparisonModel &model, ComparisonExport::Numbers numbers)
{
    Sheet s;
    const int areas = int(model.areaKeys().size());
    s.header << ComparisonExport::tr("Department") << ComparisonExport::tr("Indicator")
             << ComparisonExport::tr("Unit") << ComparisonExport::tr("Period");
    for (int a = 0; a < areas; ++a) {
        const QString name =
            model.headerData(ComparisonModel::FirstAreaColumn + a, Qt::Horizontal, Qt::DisplayRole)
                .toString();
        s.header << QStringLiteral("%1 (%2)").arg(name, model.areaKeys()[a])
                 << ComparisonExport::tr("Rank %1").arg(name);
    }
    s.header << ComparisonExport::tr("City");
    for (int d = 0; d < model.rowCount(); ++d) {
        const QModelIndex dept = model.index(d, 0);
        for (int r = 0; r < model.rowCount(dept); ++r) {
            const QModelIndex row = model.index(r, 0, dept);
            const Indicator *indicator =
                model.project()->indicator(row.data(ComparisonModel::IndicatorKeyRole).toString());
            const int decimals = indicator ? indicator->decimals : 0;
            QStringList cells {
                dept.data().toString(), row.data().toString(),
                row.siblingAtColumn(ComparisonModel::UnitColumn).data().toString(),
                // "no value for 2019" where no period matches the chosen one
                row.siblingAtColumn(ComparisonModel::PeriodColumn).data().toString()};
            std::vector<bool> numeric(4, false);
            for (int c = ComparisonModel::FirstAreaColumn; c <= model.cityColumn(); ++c) {
                const QModelIndex cell = row.siblingAtColumn(c);
                const double v = cell.data(ComparisonModel::ValueRole).toDouble();
                const auto status = ValueStatus(cell.data(ComparisonModel::StatusRole).toInt());
                const QString words = indicator
                    ? indicator->wordsFor(v, status, model.locale().language() == QLocale::German)
                    : QString();
                if (status == ValueStatus::Suppressed) {
                    cells << QStringLiteral(".");
                    numeric.push_back(false);
                } else if (!words.isEmpty()) {
                    cells << words; // "nicht berechnet (unter 300 EW)", a class's name
                    numeric.push_back(false);
                } else {
                    cells << (std::isnan(v) ? QString() : numberText(v, decimals, numbers));
                    numeric.push_back(!std::isnan(v));
                }
                if (c != model.cityColumn()) {
                    const int rank = cell.data(ComparisonModel::RankRole).toInt();
                    cells << (rank > 0 ? QString::number(rank) : QString());
                    numeric.push_back(rank > 0);
                }
            }
            s.text.push_back(cells);
            s.numeric.push_back(numeric);
        }
    }
    return s;
}

} // namespace

QString ComparisonExport::write(const ComparisonModel &model, const QString &path,
                                const QLocale &locale, Numbers numbers)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return writeCsv(model, path, locale, numbers);
    if (suffix == QLatin1String("xlsx"))
        return writeXlsx(model, path, numbers);
    return tr("%1: the comparison table is written as .csv or .xlsx.").arg(path);
}

QString ComparisonExport::writeCsv(const ComparisonModel &model, const QString &path,
                                   const QLocale &locale, Numbers numbers)
{
    const Sheet sheet = sheetOf(model, numbers);
    std::vector<CsvFile::Row> rows;
    CsvFile::Row header;
    for (const QString &h : sheet.header)
        header.push_back({h});
    rows.push_back(std::move(header));
    for (size_t r = 0; r < sheet.text.size(); ++r) {
        CsvFile::Row cells;
        for (int c = 0; c < sheet.text[r].size(); ++c)
            cells.push_back({sheet.text[r][c], bool(sheet.numeric[r][size_t(c)])});
        rows.push_back(std::move(cells));
    }
    return CsvFile::write(path, locale, rows);
}

QString ComparisonExport::writeXlsx(const ComparisonModel &model, const QString &path,
                                    Numbers numbers)
{
    GDALAllRegister();
    GDALDriverH driver = GDALGetDriverByName("XLSX");
    if (!driver)
        return tr("This GDAL has no XLSX driver; export the comparison as CSV instead.");
    const Sheet sheet = sheetOf(model, numbers);
    const QFileInfo target(path);
    const QString temp = target.absolutePath() + QStringLiteral("/.")
        + QUuid::createUuid().toString(QUuid::Id128).left(8) + QStringLiteral(".xlsx");
    GDALDatasetH ds =
        GDALCreate(driver, QFile::encodeName(temp).constData(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds)
        return TechnicalError::withDetail(
            tr("Cannot write %1: %2.").arg(path, TechnicalError::gdalProblem()),
            TechnicalError::gdalDetail());
    OGRLayerH layer = GDALDatasetCreateLayer(ds, tr("Comparison").toUtf8().constData(), nullptr,
                                             wkbNone, nullptr);
    // Text columns first, then numbers (value and rank columns, the city).
    for (int c = 0; c < sheet.header.size(); ++c) {
        OGRFieldDefnH f =
            OGR_Fld_Create(sheet.header[c].toUtf8().constData(), c < 4 ? OFTString : OFTReal);
        OGR_L_CreateField(layer, f, TRUE);
        OGR_Fld_Destroy(f);
    }
    bool ok = layer != nullptr;
    for (size_t r = 0; ok && r < sheet.text.size(); ++r) {
        OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        for (int c = 0; c < sheet.text[r].size(); ++c) {
            const QString &t = sheet.text[r][c];
            if (c < 4)
                OGR_F_SetFieldString(feature, c, t.toUtf8().constData());
            else if (sheet.numeric[r][size_t(c)])
                OGR_F_SetFieldDouble(feature, c, t.toDouble());
            // suppressed (".") and missing cells stay empty in a number column
        }
        ok = OGR_L_CreateFeature(layer, feature) == OGRERR_NONE;
        OGR_F_Destroy(feature);
    }
    GDALClose(ds);
    if (!ok || !QFileInfo::exists(temp)) {
        QFile::remove(temp);
        return TechnicalError::withDetail(
            tr("Cannot write %1: %2.").arg(path, TechnicalError::gdalProblem()),
            TechnicalError::gdalDetail());
    }
    if (!moveIntoPlace(temp, path).isEmpty())
        return tr("Cannot write %1.").arg(path);
    return {};
}

} // namespace qw
