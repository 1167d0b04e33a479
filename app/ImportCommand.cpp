#include "ImportCommand.h"

#include "AreaLevelImport.h"
#include "CommandLine.h"
#include "Crs.h"
#include "CsvTableSource.h"
#include "FacilityImport.h"
#include "ImportLog.h"
#include "ProjectStore.h"
#include "StoreError.h"
#include "TableImport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

namespace qw {

namespace {

// The translation context of this file's messages.
struct ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(qw::ImportCommand)
};

[[noreturn]] void fail(const QString &message)
{
    throw StoreError(StoreErrorKind::InvalidInput, message);
}

QChar delimiterFrom(const QString &text)
{
    const QString t = text.toLower();
    if (t == QLatin1String("tab") || t == QLatin1String("\\t"))
        return QLatin1Char('\t');
    if (t.size() != 1)
        fail(ImportCommand::tr("--delimiter takes one character or tab, not \"%1\"").arg(text));
    return t.front();
}

ImportSpec specFor(const CommandLine::ImportOptions &o, ImportSpec spec)
{
    if (!o.department.isEmpty())
        spec.department = o.department;
    if (!o.layout.isEmpty())
        spec.layout = *tableLayoutFromCode(o.layout);
    if (!o.indicator.isEmpty()) {
        spec.indicatorColumns = o.indicator;
        spec.indicatorLabel.clear();
    }
    if (!o.period.isEmpty()) {
        spec.periodColumn = o.period;
        spec.periodValue.clear();
        spec.periodsFromHeader = false;
    }
    if (!o.sheet.isEmpty())
        spec.sheet.sheet = o.sheet;
    if (o.headerRows.isSet())
        spec.sheet.headerRows = o.headerRows;
    if (o.dataRows.isSet())
        spec.sheet.dataRows = o.dataRows;
    if (!o.value.isEmpty())
        spec.valueColumn = o.value;
    if (!o.numerator.isEmpty())
        spec.numeratorColumn = o.numerator;
    if (!o.denominator.isEmpty())
        spec.denominatorColumn = o.denominator;
    if (!o.columns.isEmpty())
        spec.valueColumns = o.columns;
    if (!o.rates.isEmpty()) {
        spec.rates.clear();
        static const QRegularExpression rate(
            QStringLiteral(R"(^\s*(.+?)\s*=\s*(.+?)\s*/\s*(.+?)\s*$)"));
        for (const QString &r : o.rates) {
            const auto m = rate.match(r);
            if (!m.hasMatch())
                fail(ImportCommand::tr("--rate takes NAME=NUMERATOR/DENOMINATOR, not \"%1\"")
                         .arg(r));
            spec.rates.push_back({m.captured(1), m.captured(2), m.captured(3)});
        }
    }
    return spec;
}

// --indicator and --period name columns when the file has them, values otherwise.
void resolveNamesOrValues(ImportSpec &spec, const QStringList &header)
{
    if (!spec.periodColumn.isEmpty() && !header.contains(spec.periodColumn)) {
        spec.periodValue = spec.periodColumn;
        spec.periodColumn.clear();
    }
    if (spec.layout != TableLayout::Long && spec.indicatorColumns.size() == 1
        && !header.contains(spec.indicatorColumns.front())) {
        spec.indicatorLabel = spec.indicatorColumns.front();
        spec.indicatorColumns.clear();
    }
}

int importTable(const CommandLine &cl, ProjectStore &store, QTextStream &out)
{
    const auto &o = cl.import;
    const QString source = o.source.isEmpty() ? ImportLog::defaultSource(o.file) : o.source;
    ImportLog log(store);
    const auto remembered = log.rememberedSpec(source);
    ImportSpec spec = remembered.value_or(ImportSpec());
    spec.source = source;
    spec = specFor(o, spec);
    if (!o.encoding.isEmpty() || !o.delimiter.isEmpty() || !o.decimal.isEmpty()) {
        if (!spec.hasFormat)
            spec.format = CsvTableSource::sniffFile(o.file);
        spec.hasFormat = true;
        if (!o.encoding.isEmpty()) {
            const auto e = textEncodingFromName(o.encoding);
            if (!e)
                fail(ImportCommand::tr(
                         "--encoding takes UTF-8, Windows-1252 or ISO-8859-1, not \"%1\"")
                         .arg(o.encoding));
            spec.format.encoding = *e;
        }
        if (!o.delimiter.isEmpty())
            spec.format.delimiter = delimiterFrom(o.delimiter);
        if (!o.decimal.isEmpty()) {
            if (o.decimal != QLatin1String(",") && o.decimal != QLatin1String("."))
                fail(ImportCommand::tr("--decimal takes , or ."));
            spec.format.decimal = o.decimal.front();
            spec.format.thousands = spec.format.decimal == u',' ? QLatin1Char('.') : QChar();
        }
    }
    auto table =
        TableSource::open(o.file, spec.hasFormat ? &spec.format : nullptr, spec.sheet);
    if (!cl.keyField.isEmpty())
        spec.keyColumn = cl.keyField;
    if (!cl.nameField.isEmpty())
        spec.nameColumn = cl.nameField;
    resolveNamesOrValues(spec, table->header());
    const auto areas = store.areas();
    const auto indicators = store.indicators();
    spec = TableImport::completeSpec(*table, spec, areas);
    if (!o.period.isEmpty() && spec.periodColumn.isEmpty())
        spec.periodsFromHeader = false; // the period given overrides the headers' dates
    if (remembered)
        out << ImportCommand::tr(
                   "Source \"%1\": using the settings remembered from its last import.")
                   .arg(source)
            << '\n';
    else
        out << ImportCommand::tr("Source \"%1\" (new).").arg(source) << '\n';
    if (auto *csv = dynamic_cast<CsvTableSource *>(table.get()))
        out << ImportCommand::tr(
                   "Format: %1, delimiter \"%2\", decimal mark \"%3\"; layout %4; key column %5.")
                   .arg(toCode(csv->format().encoding),
                        csv->format().delimiter == u'\t' ? QStringLiteral("tab")
                                                         : QString(csv->format().delimiter),
                        QString(csv->format().decimal), toCode(spec.layout), spec.keyColumn)
            << '\n';
    const QString city = store.metadata().city;
    out << ImportCommand::tr("Table: %1; header rows %2, data rows %3.")
               .arg(table->where(), table->shape().headerRows.toString(),
                    table->shape().dataRows.toString())
        << '\n';
    if (spec.keyIsName)
        out << ImportCommand::tr("The column %1 holds area names: rows are matched by name.")
                   .arg(spec.keyColumn)
            << '\n';
    ImportPlan plan = TableImport::analyse(*table, spec, areas, indicators, {}, city);
    if (o.acceptSuggestions && !plan.unmatched.empty()) {
        const int accepted = TableImport::acceptUniqueSuggestions(spec, plan.unmatched);
        if (accepted > 0) {
            out << ImportCommand::tr("Accepted %1 suggested key(s).").arg(accepted) << '\n';
            plan = TableImport::analyse(*table, spec, areas, indicators, {}, city);
        }
    }
    out << ImportLog::reportText(plan, 50) << '\n';
    if (plan.values.empty()) {
        out.flush();
        std::fprintf(stderr, "quartierswerkstatt: %s\n",
                     qPrintable(ImportCommand::tr("%1: nothing could be imported.").arg(o.file)));
        return 1;
    }
    if (o.dryRun) {
        out << ImportCommand::tr("Dry run: nothing was written.") << '\n';
        return 0;
    }
    const qint64 id = ImportLog(store).commit(plan);
    out << ImportCommand::tr("Import %1 written to %2. Undo with --undo-import.")
               .arg(id)
               .arg(store.path())
        << '\n';
    return 0;
}

int importFacilities(const CommandLine &cl, ProjectStore &store, QTextStream &out)
{
    FacilitySpec spec;
    spec.path = cl.facilitiesFile;
    spec.keyField = cl.keyField;
    spec.nameField = cl.nameField;
    spec.subkindField = cl.subkindField;
    spec.xField = cl.xField;
    spec.yField = cl.yField;
    spec.source = cl.import.source;
    if (!cl.facilityKind.isEmpty()) {
        const FacilityKind kind = facilityKindFromCode(cl.facilityKind);
        if (toCode(kind) != cl.facilityKind)
            fail(ImportCommand::tr("--kind takes school, kita, youth_centre or other, not \"%1\"")
                     .arg(cl.facilityKind));
        spec.kind = kind;
    }
    if (!cl.crs.isEmpty()) {
        spec.sourceEpsg = Crs::parseEpsg(cl.crs);
        if (spec.sourceEpsg == 0)
            fail(ImportCommand::tr("--crs takes EPSG:number, not \"%1\".").arg(cl.crs));
    }
    const FacilityPlan plan = FacilityImport::read(spec, store.areas(), store.metadata().srsId);
    out << FacilityImport::reportText(plan, 50) << '\n';
    if (plan.facilities.empty()) {
        out.flush();
        std::fprintf(
            stderr, "quartierswerkstatt: %s\n",
            qPrintable(ImportCommand::tr("%1: no facility could be imported.").arg(spec.path)));
        return 1;
    }
    if (cl.import.dryRun) {
        out << ImportCommand::tr("Dry run: nothing was written.") << '\n';
        return 0;
    }
    const qint64 id = FacilityImport::commit(store, plan);
    out << ImportCommand::tr("Import %1 written to %2. Undo with --undo-import.")
               .arg(id)
               .arg(store.path())
        << '\n';
    return 0;
}

} // namespace

int runImportCommand(const CommandLine &cl, const QString &projectPath)
{
    QTextStream out(stdout);
    try {
        auto store = ProjectStore::open(projectPath);
        if (cl.importLog) {
            out << ImportCommand::tr("id\ttime\tkind\tsource\tfile\tSHA-256\trows read\tmatched\t"
                                     "rejected\tundone")
                << '\n';
            for (const ImportRecord &r : ImportLog(*store).history())
                out << r.id << '\t' << r.time.toLocalTime().toString(Qt::ISODate) << '\t' << r.kind
                    << '\t' << r.source << '\t' << r.fileName << '\t' << r.sha256 << '\t'
                    << r.rowsRead << '\t' << r.rowsMatched << '\t' << r.rowsRejected << '\t'
                    << (r.undone ? ImportCommand::tr("undone") : QString()) << '\n';
            return 0;
        }
        if (cl.undoImport) {
            ImportLog log(*store);
            const auto last = log.lastImport();
            if (!last || !log.undoLast()) {
                out.flush();
                std::fprintf(
                    stderr, "quartierswerkstatt: %s\n",
                    qPrintable(ImportCommand::tr("%1 has no import to undo.").arg(projectPath)));
                return 1;
            }
            out << ImportCommand::tr("Undone: import %1 of %2 (%3).")
                       .arg(last->id)
                       .arg(last->fileName, last->source)
                << '\n';
            return 0;
        }
        int code = 0;
        if (!cl.addLevelFile.isEmpty()) {
            AreaLevelImport::Options options {cl.areasLayer, cl.keyField,       cl.nameField,
                                              cl.levelName,  cl.parentKeyField, cl.dissolve};
            const LevelPlan plan = AreaLevelImport::plan(cl.addLevelFile, options, store->areas(),
                                                         store->levels(), store->metadata().srsId);
            AreaLevelImport::commit(*store, plan);
            out << AreaLevelImport::reportText(plan) << '\n';
            return 0;
        }
        if (!cl.import.file.isEmpty())
            code = importTable(cl, *store, out);
        if (code == 0 && !cl.facilitiesFile.isEmpty())
            code = importFacilities(cl, *store, out);
        return code;
    } catch (const StoreError &e) {
        out.flush();
        std::fprintf(stderr, "quartierswerkstatt: %s\n", qPrintable(e.fullText()));
        return 1;
    }
}

} // namespace qw
