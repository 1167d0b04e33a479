#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace qw::bench {

// Timing statistics of repeated runs, in milliseconds.
struct Timing
{
    double median = 0, min = 0, max = 0;
    int runs = 0;
};

// Runs f `runs` times (after one untimed warm-up when warmUp is set) and returns the spread;
// before, if given, runs untimed ahead of each timed run.
Timing measure(int runs, const std::function<void()> &f, bool warmUp = true,
               const std::function<void()> &before = {});

// One line of the result table.
struct Row
{
    QString size; // e.g. "10,000 areas"
    QString measure; // what was measured
    QString value; // median (min-max) with unit, or a note
    QString target; // the target, or empty
    QString verdict; // "met", "missed by x", "n/a"
};

// Collects rows; prints Markdown and writes CSV.
class Table
{
public:
    void add(const QString &size, const QString &measure, const Timing &t, double targetMs = 0);
    void addNote(const QString &size, const QString &measure, const QString &value,
                 const QString &target = {}, const QString &verdict = QStringLiteral("n/a"));
    void addBytes(const QString &size, const QString &measure, double bytes, double targetBytes);
    QString markdown() const;
    bool writeCsv(const QString &path) const;
    const std::vector<Row> &rows() const { return m_rows; }
    void append(const std::vector<Row> &rows);
    // Rows as tab-separated lines and back, to pass them from a child process.
    QString serialise() const;
    static std::vector<Row> deserialise(const QString &text);

private:
    std::vector<Row> m_rows;
};

QString formatMs(double ms);
// Peak resident set size of this process (VmHWM), in bytes; 0 where unknown.
double peakResidentBytes();

} // namespace qw::bench
