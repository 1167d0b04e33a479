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
    auto st = m_store.database().prepare(
        QStringLiteral("SELECT settings FROM qw_import_sources WHERE source = ?1"));
    st.bind(1, source);
    if (!st.step())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(st.text(0).toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    return ImportSpec::fromJson(doc.object());
}

qint64 ImportLog::addRecord(const ImportRecord &r, const QString &settings)
{
    auto st = m_store.database().prepare(QStringLiteral(
        "INSERT INTO qw_imports (file_name, sha256, imported_at, department, source, rows_read, "
        "rows_matched, rows_rejected, report, kind, settings, undone) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 0)"));
    st.bind(1, r.fileName)
        .bind(2, r.sha256)
        .bind(3, ProjectSchema::timestamp())
        .bindOptionalText(4, r.department)
        .bindOptionalText(5, r.source)
        .bind(6, std::int64_t(r.rowsRead))
        .bind(7, std::int64_t(r.rowsMatched))
        .bind(8, std::int64_t(r.rowsRejected))
        .bind(9, r.report)
        .bind(10, r.kind)
        .bindOptionalText(11, settings)
        .run();
    return m_store.database().lastInsertRowId();
}

qint64 ImportLog::commit(const ImportPlan &plan, const std::function<bool(double)> &progress)
{
    SqliteDatabase &db = m_store.database();
    SqliteTransaction tx(db);
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

    if (!plan.spec.source.isEmpty()) {
        auto remember = db.prepare(QStringLiteral(
            "INSERT INTO qw_import_sources (source, settings, updated) VALUES (?1, ?2, ?3) "
            "ON CONFLICT (source) DO UPDATE SET settings = excluded.settings, "
            "updated = excluded.updated"));
        remember.bind(1, plan.spec.source)
            .bind(2, settings)
            .bind(3, ProjectSchema::timestamp())
            .run();
    }
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
    QStringList sources;
    auto st = m_store.database().prepare(
        QStringLiteral("SELECT source FROM qw_import_sources ORDER BY updated DESC"));
    while (st.step())
        sources << st.text(0);
    return sources;
}

std::vector<ImportRecord> ImportLog::history()
{
    std::vector<ImportRecord> result;
    auto st = m_store.database().prepare(QStringLiteral(
        "SELECT fid, kind, file_name, sha256, imported_at, source, department, rows_read, "
        "rows_matched, rows_rejected, undone, report FROM qw_imports ORDER BY fid"));
    while (st.step()) {
        ImportRecord r;
        r.id = st.integer(0);
        r.kind = st.text(1);
        r.fileName = st.text(2);
        r.sha256 = st.text(3);
        r.time = QDateTime::fromString(st.text(4), Qt::ISODateWithMs);
        r.source = st.text(5);
        r.department = st.text(6);
        r.rowsRead = st.integer(7);
        r.rowsMatched = st.integer(8);
        r.rowsRejected = st.integer(9);
        r.undone = st.integer(10) != 0;
        r.report = st.text(11);
        result.push_back(std::move(r));
    }
    return result;
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
    SqliteDatabase &db = m_store.database();
    SqliteTransaction tx(db);
    const auto id = std::int64_t(last->id);
    auto run = [&](const QString &sql) {
        db.prepare(sql).bind(1, id).run();
    };
    if (last->kind == QLatin1String("facilities")) {
        run(QStringLiteral("DELETE FROM facilities WHERE import_id = ?1"));
        run(QStringLiteral("INSERT INTO facilities (geom, facility_key, name, kind, subkind, "
                           "area_key, attributes, import_id) SELECT geom, facility_key, name, "
                           "kind, subkind, area_key, attributes, previous_import_id FROM "
                           "qw_import_undo_facilities WHERE import_id = ?1 ORDER BY fid"));
        run(QStringLiteral("DELETE FROM qw_import_undo_facilities WHERE import_id = ?1"));
    } else {
        m_store.valueRepository().restore(id);
        m_store.catalogue().removeUnusedOf(id);
    }
    run(QStringLiteral("UPDATE qw_imports SET undone = 1 WHERE fid = ?1"));
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
    if (!plan.totals.empty()) {
        QStringList totals;
        for (const TotalRow &t : plan.totals) {
            const QString what = t.fileName.isEmpty() || t.fileName == t.fileKey ? t.fileKey
                : t.fileKey.isEmpty() ? t.fileName
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
    for (const QString &note : plan.notes)
        lines << QStringLiteral("  ") + note;
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
