#include "AllocationRepository.h"

#include "ProjectAllocation.h"
#include "ProjectSchema.h"
#include "Sqlite.h"
#include "StoreError.h"

#include <cmath>

namespace qw {

namespace {

struct LimitCode
{
    AllocationLimit limit;
    const char *code;
};
constexpr LimitCode kLimits[] = {
    {AllocationLimit::Key, "key"},          {AllocationLimit::Floor, "floor"},
    {AllocationLimit::Cap, "cap"},          {AllocationLimit::Pinned, "pinned"},
    {AllocationLimit::NoValue, "no_value"},
};

// An allocation of a million areas is a few hundred thousand rows at most; a row count far
// beyond that is no allocation of ours.
constexpr std::int64_t kMaxAmounts = 10'000'000;

double storedReal(const SqliteStatement &st, int column)
{
    return st.isNull(column) ? std::nan("") : st.real(column);
}

} // namespace

QString AllocationRepository::toCode(AllocationLimit limit)
{
    for (const LimitCode &c : kLimits)
        if (c.limit == limit)
            return QString::fromLatin1(c.code);
    return {};
}

std::optional<AllocationLimit> AllocationRepository::limitFromCode(const QString &code)
{
    for (const LimitCode &c : kLimits)
        if (code == QLatin1String(c.code))
            return c.limit;
    return std::nullopt;
}

QStringList AllocationRepository::names()
{
    QStringList out;
    auto st = m_db.prepare(QStringLiteral("SELECT name FROM qw_allocations ORDER BY fid"));
    while (st.step())
        out << st.text(0);
    return out;
}

std::optional<StoredAllocation> AllocationRepository::read(const QString &name)
{
    auto head = m_db.prepare(QStringLiteral(
        "SELECT fid, rule, rule_version, description FROM qw_allocations WHERE name = ?1"));
    head.bind(1, name);
    if (!head.step())
        return std::nullopt;
    const auto bad = [&](const QString &why) {
        return StoreError(
            StoreErrorKind::InvalidContent,
            tr("The saved allocation \"%1\" in %2 cannot be read: %3").arg(name, m_db.path(), why));
    };
    const std::int64_t id = head.integer(0);
    if (head.integer(2) > AllocationRule::kVersion)
        throw bad(tr("it was saved by a newer version of the program (rule version %1).")
                      .arg(head.integer(2)));
    StoredAllocation a;
    a.name = name;
    QString error;
    const auto rule = AllocationRule::parse(head.text(1), &error);
    if (!rule)
        throw bad(error);
    a.rule = *rule;
    a.description = head.text(3);
    a.id = id;

    auto count = m_db.prepare(
        QStringLiteral("SELECT count(*) FROM qw_allocation_amounts WHERE allocation_id = ?1"));
    count.bind(1, id);
    count.step();
    if (count.integer(0) > kMaxAmounts)
        throw bad(tr("it claims %1 areas.").arg(count.integer(0)));
    a.amounts.reserve(std::size_t(count.integer(0)));
    auto st = m_db.prepare(QStringLiteral(
        "SELECT area_key, value, basis, share, amount, limit_kind, typeof(amount) FROM "
        "qw_allocation_amounts WHERE allocation_id = ?1 ORDER BY fid"));
    st.bind(1, id);
    while (st.step()) {
        StoredAmount s;
        s.areaKey = st.text(0);
        s.value = storedReal(st, 1);
        s.basis = storedReal(st, 2);
        s.share = storedReal(st, 3);
        s.amount = storedReal(st, 4);
        const auto limit = limitFromCode(st.text(5));
        if (!limit)
            throw bad(tr("area %1 has the unknown limit \"%2\".").arg(s.areaKey, st.text(5)));
        s.limit = *limit;
        // An amount is a number of zero or more, or absent for an area left out.
        // (SQLite keeps text put into a number column as text, which reads as 0.)
        const bool leftOut = s.limit == AllocationLimit::NoValue;
        const QString type = st.text(6);
        const bool number = type == QLatin1String("real") || type == QLatin1String("integer");
        if (leftOut ? !st.isNull(4) : !(number && std::isfinite(s.amount) && s.amount >= 0))
            throw bad(tr("the amount of area %1 is no amount (%2).").arg(s.areaKey, st.text(4)));
        a.amounts.push_back(std::move(s));
    }
    return a;
}

void AllocationRepository::write(const QString &name, const Allocation &allocation,
                                 const QString &description)
{
    if (name.trimmed().isEmpty())
        throw StoreError(StoreErrorKind::InvalidInput,
                         tr("An allocation needs a name to be saved under."));
    const QString now = ProjectSchema::timestamp();
    SqliteTransaction tx(m_db);
    // Replacing keeps the row (and so the order of names) of an allocation of that name.
    auto upsert = m_db.prepare(QStringLiteral(
        "INSERT INTO qw_allocations (name, rule, rule_version, description, created, modified) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?5) ON CONFLICT (name) DO UPDATE SET rule = excluded.rule, "
        "rule_version = excluded.rule_version, description = excluded.description, "
        "modified = excluded.modified"));
    upsert.bind(1, name)
        .bind(2, allocation.rule.text())
        .bind(3, allocation.rule.textVersion())
        .bind(4, description)
        .bind(5, now)
        .run();
    auto fid = m_db.prepare(QStringLiteral("SELECT fid FROM qw_allocations WHERE name = ?1"));
    fid.bind(1, name);
    fid.step();
    const std::int64_t id = fid.integer(0);
    auto clear =
        m_db.prepare(QStringLiteral("DELETE FROM qw_allocation_amounts WHERE allocation_id = ?1"));
    clear.bind(1, id).run();
    auto row = m_db.prepare(QStringLiteral(
        "INSERT INTO qw_allocation_amounts (allocation_id, area_key, value, basis, share, amount, "
        "limit_kind) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    const AllocationResult &r = allocation.result;
    const auto optional = [](double v) {
        return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
    };
    for (std::size_t i = 0; i < allocation.size(); ++i)
        row.bind(1, id)
            .bind(2, allocation.keys[i])
            .bind(3, optional(allocation.input.values[i]))
            .bind(4, optional(r.basis[i]))
            .bind(5, optional(r.share[i]))
            .bind(6, optional(r.amount[i]))
            .bind(7, toCode(r.limit[i]))
            .run();
    auto touched =
        m_db.prepare(QStringLiteral("UPDATE qw_project SET value = ?1 WHERE key = 'modified'"));
    touched.bind(1, now).run();
    auto contents = m_db.prepare(QStringLiteral(
        "UPDATE gpkg_contents SET last_change = ?1 WHERE table_name IN ('qw_allocations', "
        "'qw_allocation_amounts')"));
    contents.bind(1, now).run();
    tx.commit();
}

void AllocationRepository::restore(const StoredAllocation &allocation)
{
    if (allocation.name.trimmed().isEmpty())
        throw StoreError(StoreErrorKind::InvalidInput,
                         tr("An allocation needs a name to be saved under."));
    const QString now = ProjectSchema::timestamp();
    SqliteTransaction tx(m_db);
    // What holds the name or the row now goes first, with its amounts.
    auto amounts = m_db.prepare(
        QStringLiteral("DELETE FROM qw_allocation_amounts WHERE allocation_id IN (SELECT fid FROM "
                       "qw_allocations WHERE name = ?1 OR fid = ?2)"));
    amounts.bind(1, allocation.name).bind(2, allocation.id).run();
    auto heads =
        m_db.prepare(QStringLiteral("DELETE FROM qw_allocations WHERE name = ?1 OR fid = ?2"));
    heads.bind(1, allocation.name).bind(2, allocation.id).run();
    auto head = m_db.prepare(QStringLiteral(
        "INSERT INTO qw_allocations (fid, name, rule, rule_version, description, created, "
        "modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)"));
    if (allocation.id > 0)
        head.bind(1, allocation.id);
    else
        head.bindNull(1); // a new row at the end
    head.bind(2, allocation.name)
        .bind(3, allocation.rule.text())
        .bind(4, allocation.rule.textVersion())
        .bind(5, allocation.description)
        .bind(6, now)
        .run();
    auto fid = m_db.prepare(QStringLiteral("SELECT fid FROM qw_allocations WHERE name = ?1"));
    fid.bind(1, allocation.name);
    fid.step();
    const std::int64_t id = fid.integer(0);
    auto row = m_db.prepare(QStringLiteral(
        "INSERT INTO qw_allocation_amounts (allocation_id, area_key, value, basis, share, amount, "
        "limit_kind) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    const auto optional = [](double v) {
        return std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
    };
    for (const StoredAmount &s : allocation.amounts)
        row.bind(1, id)
            .bind(2, s.areaKey)
            .bind(3, optional(s.value))
            .bind(4, optional(s.basis))
            .bind(5, optional(s.share))
            .bind(6, optional(s.amount))
            .bind(7, toCode(s.limit))
            .run();
    auto touched =
        m_db.prepare(QStringLiteral("UPDATE qw_project SET value = ?1 WHERE key = 'modified'"));
    touched.bind(1, now).run();
    tx.commit();
}

bool AllocationRepository::remove(const QString &name)
{
    SqliteTransaction tx(m_db);
    auto amounts = m_db.prepare(
        QStringLiteral("DELETE FROM qw_allocation_amounts WHERE allocation_id IN (SELECT fid FROM "
                       "qw_allocations WHERE name = ?1)"));
    amounts.bind(1, name).run();
    auto st = m_db.prepare(QStringLiteral("DELETE FROM qw_allocations WHERE name = ?1"));
    st.bind(1, name).run();
    const bool removed = m_db.changes() > 0;
    tx.commit();
    return removed;
}

} // namespace qw
