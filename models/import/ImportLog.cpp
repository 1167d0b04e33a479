#include "ImportLog.h"

#include "DerivedIndicators.h"

#include "ProjectSchema.h"
#include "ProjectStore.h"
#include "StoreError.h"
#include "TableImport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

namespace qw {

QString ImportLog::sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

QString ImportLog::defaultSource(const QString &path)
{
    QString name = QFileInfo(path).completeBaseName();
    static const QRegularExpression dates(QStringLiteral(
        R"((?<![A-Za-z])(19|20)\d{2}([-_./]?(0[1-9]|1[0-2]|\d{2}))?(?!\d)|(?<!\d)\d{1,2}\.\d{1,2}\.(?=\d)|(?<!\d)(0[1-9]|1[0-2])(?=[-_]?(19|20)\d{2}))"));
    name.remove(dates);
    static const QRegularExpression separators(QStringLiteral(R"([-_ .]{2,})"));
    name.replace(separators, QStringLiteral("_"));
    while (!name.isEmpty() && QStringLiteral("-_ .").contains(name.back()))
        name.chop(1);
    while (!name.isEmpty() && QStringLiteral("-_ .").contains(name.front()))
        name.remove(0, 1);
    return name.isEmpty() ? QFileInfo(path).completeBaseName() : name;
}

std::optional<ImportSpec> ImportLog::rememberedSpec(const QString &source)
{
    const std::optional<QString> settings = m_store.imports().settingsOf(source);
    if (!settings)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(settings->toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    return ImportSpec::fromJson(doc.object());
}

qint64 ImportLog::addRecord(const ImportRecord &r, const QString &settings)
{
    return m_store.imports().add(r, settings);
}

qint64 ImportLog::commit(const ImportPlan &plan, const std::function<bool(double)> &progress)
{
    SqliteTransaction tx = m_store.transaction();
    ImportRecord record;
    record.kind = QStringLiteral("values");
    record.fileName = QFileInfo(plan.path).fileName();
    record.sha256 = sha256(plan.path);
    record.source = plan.spec.source;
    record.department = plan.spec.department;
    record.rowsRead = plan.rowsRead;
    record.rowsMatched = plan.rowsMatched;
    record.rowsRejected = plan.rowsRejected;
    record.report = reportText(plan, 100000);
    const QString settings =
        QString::fromUtf8(QJsonDocument(plan.spec.toJson()).toJson(QJsonDocument::Compact));
    const qint64 id = addRecord(record, settings);

    ValueRepository values = m_store.valueRepository();
    // Re-importing a source replaces what its earlier imports wrote; keep it for undo.
    if (!plan.spec.source.isEmpty())
        values.replaceSource(id, plan.spec.source);

    std::vector<Indicator> created;
    for (const PlannedIndicator &p : plan.indicators) {
        if (p.isNew) {
            created.push_back(p.indicator);
            created.back().decimals = std::max(0, created.back().decimals);
        }
    }
    m_store.catalogue().write(created, id);

    if (!values.stage(plan.values, plan.cityValues, progress))
        return 0; // the transaction rolls back
    // Values of other sources that this import overwrites, for undo.
    values.keepOverwrittenForUndo(id);
    values.writeStaged(id);

    if (!plan.spec.source.isEmpty())
        m_store.imports().rememberSettings(plan.spec.source, settings);
    // Derived indicators stay true: computed anew from what this import changed, in the
    // same transaction.
    m_lastProblems = DerivedIndicators(m_store).recomputeAll();
    m_store.touchModified();
    if (progress && !progress(1.0))
        return 0;
    tx.commit();
    return id;
}

QStringList ImportLog::rememberedSources()
{
    return m_store.imports().sources();
}

std::vector<ImportRecord> ImportLog::history()
{
    return m_store.imports().all();
}

std::optional<ImportRecord> ImportLog::lastImport()
{
    const auto all = history();
    // The project's own creation from its areas is logged, but is not an import to undo.
    for (auto it = all.rbegin(); it != all.rend(); ++it)
        if (!it->undone && it->kind != QLatin1String("areas"))
            return *it;
    return std::nullopt;
}

bool ImportLog::undoLast()
{
    const auto last = lastImport();
    if (!last)
        return false;
    SqliteTransaction tx = m_store.transaction();
    const auto id = std::int64_t(last->id);
    if (last->kind == QLatin1String("facilities")) {
        m_store.restoreFacilities(id);
    } else {
        m_store.valueRepository().restore(id);
        m_store.catalogue().removeUnusedOf(id);
    }
    m_store.imports().markUndone(id);
    m_lastProblems = DerivedIndicators(m_store).recomputeAll();
    m_store.touchModified();
    tx.commit();
    return true;
}

QString ImportLog::reportText(const ImportPlan &plan, int maxRejections)
{
    QStringList lines;
    lines << tr("%1: %n row(s) read", nullptr, int(plan.rowsRead))
                 .arg(QFileInfo(plan.path).fileName());
    lines << tr("  matched to areas: %n row(s)", nullptr, int(plan.rowsMatched));
    lines << tr("  rejected: %n row(s)", nullptr, int(plan.rowsRejected));
    if (plan.cellsRejected() > 0)
        lines << tr("  not imported from rows that were: %n cell(s)", nullptr,
                    int(plan.cellsRejected()));
    if (!plan.totals.empty()) {
        QStringList totals;
        for (const TotalRow &t : plan.totals) {
            const QString what = t.fileName.isEmpty() || t.fileName == t.fileKey ? t.fileKey
                : t.fileKey.isEmpty()                                            ? t.fileName
                                      : QStringLiteral("%1 %2").arg(t.fileKey, t.fileName);
            totals << (t.city ? tr("line %1 (%2, the city)") : tr("line %1 (%2)"))
                          .arg(t.line)
                          .arg(what);
        }
        lines << tr("  totals, not areas: %n row(s): %1", nullptr, int(plan.totals.size()))
                     .arg(totals.join(QStringLiteral(", ")));
    }
    lines << tr("  values: %n", nullptr, int(plan.values.size()));
    if (!plan.cityValues.empty())
        lines << tr("  official city figures: %n", nullptr, int(plan.cityValues.size()));
    if (!plan.periods.isEmpty())
        lines << tr("  periods: %1").arg(plan.periods.join(QStringLiteral(", ")));
    QStringList known, added;
    for (const PlannedIndicator &p : plan.indicators)
        (p.isNew ? added : known) << QStringLiteral("%1 (%2)").arg(p.label, p.indicator.key);
    if (!added.isEmpty())
        lines << tr("  new indicators: %1").arg(added.join(QStringLiteral(", ")));
    if (!known.isEmpty())
        lines << tr("  existing indicators: %1").arg(known.join(QStringLiteral(", ")));
    if (!plan.areasWithoutValue.isEmpty())
        lines << tr("  areas without a value (%n): %1", nullptr, int(plan.areasWithoutValue.size()))
                     .arg(plan.areasWithoutValue.mid(0, 20).join(QStringLiteral(", "))
                          + (plan.areasWithoutValue.size() > 20 ? QStringLiteral(", ...")
                                                                : QString()));
    if (!plan.areasByAggregation.isEmpty())
        lines << tr("  coarser areas that get their values from their parts: %n", nullptr,
                    int(plan.areasByAggregation.size()));
    for (const QString &note : plan.notes)
        lines << QStringLiteral("  ") + note;
    if (!plan.symbols.empty()) {
        // Each cell with its row: a planner checks them against the delivery.
        lines << tr("Symbols of official statistics instead of numbers (%n cell(s)):", nullptr,
                    int(plan.symbols.size()));
        int shown = 0;
        for (const SymbolCell &c : plan.symbols) {
            if (maxRejections >= 0 && shown >= maxRejections) {
                lines << tr("  ... and %n more", nullptr, int(plan.symbols.size()) - shown);
                break;
            }
            ++shown;
            lines << tr("  line %1, column %2: \"%3\" = %4")
                         .arg(c.line)
                         .arg(c.column, c.text, NumberParser::meaning(c.symbol));
        }
    }
    if (!plan.rejections.empty()) {
        // Rows and single cells: a row can be read and still have a cell left out.
        lines << tr("Not imported, rows and cells (%n):", nullptr, int(plan.rejections.size()));
        int shown = 0;
        for (const Rejection &r : plan.rejections) {
            if (maxRejections >= 0 && shown >= maxRejections) {
                lines << tr("  ... and %n more", nullptr, int(plan.rejections.size()) - shown);
                break;
            }
            ++shown;
            const QString where = r.column.isEmpty()
                ? tr("line %1").arg(r.line)
                : tr("line %1, column %2").arg(r.line).arg(r.column);
            lines << QStringLiteral("  %1: %2").arg(where, r.reason);
        }
    }
    if (plan.cancelled)
        lines << tr("Cancelled: nothing was imported.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace qw
