#include "BenchTable.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>

namespace qw::bench {

Timing measure(int runs, const std::function<void()> &f, bool warmUp,
               const std::function<void()> &before)
{
    if (warmUp)
        f();
    std::vector<double> ms;
    for (int i = 0; i < std::max(1, runs); ++i) {
        if (before)
            before();
        QElapsedTimer timer;
        timer.start();
        f();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.front(), ms.back(), int(ms.size())};
}

QString formatMs(double ms)
{
    if (ms >= 1000)
        return QStringLiteral("%1 s").arg(ms / 1000, 0, 'f', 2);
    if (ms >= 1)
        return QStringLiteral("%1 ms").arg(ms, 0, 'f', 1);
    return QStringLiteral("%1 µs").arg(ms * 1000, 0, 'f', 1);
}

static QString verdict(double value, double target)
{
    if (target <= 0)
        return QStringLiteral("n/a");
    if (value <= target)
        return QStringLiteral("met");
    return QStringLiteral("missed (%1x)").arg(value / target, 0, 'f', 1);
}

void Table::add(const QString &size, const QString &measure, const Timing &t, double targetMs)
{
    const QString value = t.runs > 1
        ? QStringLiteral("%1 (%2 – %3)").arg(formatMs(t.median), formatMs(t.min), formatMs(t.max))
        : formatMs(t.median);
    m_rows.push_back({size, measure, value,
                      targetMs > 0 ? QStringLiteral("< %1").arg(formatMs(targetMs)) : QString(),
                      verdict(t.median, targetMs)});
}

void Table::addNote(const QString &size, const QString &measure, const QString &value,
                    const QString &target, const QString &verdict)
{
    m_rows.push_back({size, measure, value, target, verdict});
}

void Table::addBytes(const QString &size, const QString &measure, double bytes, double targetBytes)
{
    const auto fmt = [](double b) {
        return QStringLiteral("%1 MiB").arg(b / 1048576.0, 0, 'f', 0);
    };
    m_rows.push_back({size, measure, fmt(bytes),
                      targetBytes > 0 ? QStringLiteral("< %1").arg(fmt(targetBytes)) : QString(),
                      verdict(bytes, targetBytes)});
}

void Table::append(const std::vector<Row> &rows)
{
    m_rows.insert(m_rows.end(), rows.begin(), rows.end());
}

QString Table::markdown() const
{
    QString out = QStringLiteral("| size | measure | median (min – max) | target | verdict |\n"
                                 "|---|---|---|---|---|\n");
    for (const Row &r : m_rows)
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                   .arg(r.size, r.measure, r.value, r.target, r.verdict);
    return out;
}

bool Table::writeCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    QTextStream out(&file);
    // Returns QString explicitly: with QStringBuilder an auto return would refer to the
    // destroyed parameter.
    const auto quote = [](QString s) -> QString {
        return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\""))
            + QLatin1Char('"');
    };
    out << "size,measure,value,target,verdict\n";
    for (const Row &r : m_rows)
        out << quote(r.size) << ',' << quote(r.measure) << ',' << quote(r.value) << ','
            << quote(r.target) << ',' << quote(r.verdict) << '\n';
    out.flush();
    return file.commit();
}

QString Table::serialise() const
{
    QString out;
    for (const Row &r : m_rows)
        out += QStringList {r.size, r.measure, r.value, r.target, r.verdict}.join(QLatin1Char('\t'))
            + QLatin1Char('\n');
    return out;
}

std::vector<Row> Table::deserialise(const QString &text)
{
    std::vector<Row> rows;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() == 5)
            rows.push_back({f[0], f[1], f[2], f[3], f[4]});
    }
    return rows;
}

double peakResidentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() * 1024.0;
    return 0;
}

} // namespace qw::bench
