#pragma once

#include <QString>

#include <memory>
#include <span>
#include <vector>

namespace qw {

enum class ClassificationKind {
    Quantile,
    EqualInterval,
    NaturalBreaks,
    StandardDeviation,
    Pretty,
    Manual
};

// A way of cutting values into classes. classes() returns ascending class edges: n+1
// numbers from the minimum to the maximum (fewer when the data have fewer distinct
// values; pretty breaks are round numbers and may reach beyond the data). A value v falls into
// class i when edges[i] < v <= edges[i+1]; the first class also takes edges[0] (so edges[0] ==
// edges[1] is a class of the minimum alone). NaN values are ignored.
//
// The non-virtual interface of QGIS's classification methods: classes() checks the input
// once (no values, n below 1, fewer values than classes, all values equal) and hands what
// is left to the method's calculateBreaks(), so no method repeats the guards.
class ClassificationMethod
{
public:
    virtual ~ClassificationMethod() = default;
    virtual ClassificationKind kind() const = 0;
    virtual QString id() const = 0; // stable, for the command line and saved views
    virtual QString name() const = 0; // translated

    std::vector<double> classes(std::span<const double> values, int n) const;
    // The classes of values that are all whole numbers (counts, staff positions): breaks on
    // whole numbers, as for whole numbers a break of 2.5 holds the same values as 2, and no
    // class that no value falls into unless the method keeps them (equal widths, steps of
    // the standard deviation, the planner's breaks): an empty "über 2 bis 3 (0)" between
    // 2 and 4 tells nothing. The outer edges become whole too (floor and ceiling).
    std::vector<double> wholeNumberClasses(std::span<const double> values, int n) const;
    // True when every finite value is a whole number and there is at least one.
    static bool wholeNumbers(std::span<const double> values);

protected:
    // The checked input: at least one finite value, not all equal, and 1 <= classes <= count.
    struct Input
    {
        std::span<const double> values; // as given, NaN included
        int classes = 1; // the classes asked for, at most count
        int requested = 1; // the classes asked for
        std::size_t count = 0; // finite values
        double min = 0, max = 0, mean = 0;
        double sd = 0; // population standard deviation (n in the denominator)
    };

private:
    virtual std::vector<double> calculateBreaks(const Input &input) const = 0;
    // All values equal to v: one class [v, v]; pretty breaks follow R instead.
    virtual std::vector<double> equalValuesBreaks(const Input &input) const;
    // Manual breaks make their own number of classes; n is not checked for them.
    virtual bool takesClassCount() const { return true; }
    // Whether empty classes belong to the method (wholeNumberClasses keeps them then).
    virtual bool keepsEmptyClasses() const { return false; }
};

class QuantileClassification : public ClassificationMethod
{
public:
    ClassificationKind kind() const override { return ClassificationKind::Quantile; }
    QString id() const override { return QStringLiteral("quantile"); }
    QString name() const override;

private:
    std::vector<double> calculateBreaks(const Input &input) const override;
};

class EqualIntervalClassification : public ClassificationMethod
{
public:
    ClassificationKind kind() const override { return ClassificationKind::EqualInterval; }
    QString id() const override { return QStringLiteral("equal"); }
    QString name() const override;

private:
    std::vector<double> calculateBreaks(const Input &input) const override;
    bool keepsEmptyClasses() const override { return true; } // equal widths
};

// Exact optimal univariate k-means (Jenks natural breaks) by dynamic programming with
// divide and conquer over the monotone split points: O(k n log n) after sorting.
class NaturalBreaksClassification : public ClassificationMethod
{
public:
    ClassificationKind kind() const override { return ClassificationKind::NaturalBreaks; }
    QString id() const override { return QStringLiteral("jenks"); }
    QString name() const override;

private:
    std::vector<double> calculateBreaks(const Input &input) const override;
};

// Classes one standard deviation wide, centred on the unweighted mean of the area values
// (not the city value, which weights areas by population): mean and deviation then describe
// the same values, so a class reads "so many deviations from the typical area". The name
// says so, and the legend note is made from the name.
class StandardDeviationClassification : public ClassificationMethod
{
public:
    ClassificationKind kind() const override { return ClassificationKind::StandardDeviation; }
    QString id() const override { return QStringLiteral("stddev"); }
    QString name() const override;

private:
    std::vector<double> calculateBreaks(const Input &input) const override;
    bool keepsEmptyClasses() const override { return true; } // one deviation wide
};

// Round breaks covering the data, exactly as R's pretty(x, n) and so classInt's
// style = "pretty": a step of 1, 2, 5 or 10 x 10^k, about n classes (at least n %/% 3). The
// outer breaks may lie beyond the data (0 to 60 for 0.3 to 57.2), and all-equal values get
// R's one class around them (0 to 5 for 4).
class PrettyClassification : public ClassificationMethod
{
public:
    ClassificationKind kind() const override { return ClassificationKind::Pretty; }
    QString id() const override { return QStringLiteral("pretty"); }
    QString name() const override;

private:
    std::vector<double> calculateBreaks(const Input &input) const override;
    std::vector<double> equalValuesBreaks(const Input &input) const override;
};

// Breaks given by the planner; the data's minimum and maximum close the outer classes.
class ManualClassification : public ClassificationMethod
{
public:
    explicit ManualClassification(std::vector<double> breaks = {}) : m_breaks(std::move(breaks)) { }
    ClassificationKind kind() const override { return ClassificationKind::Manual; }
    QString id() const override { return QStringLiteral("manual"); }
    QString name() const override;

private:
    std::vector<double> calculateBreaks(const Input &input) const override;
    bool takesClassCount() const override { return false; }
    bool keepsEmptyClasses() const override { return true; } // the planner's

    std::vector<double> m_breaks;
};

// All built-in methods, looked up by id.
class ClassificationRegistry
{
public:
    static const ClassificationRegistry &instance();
    const ClassificationMethod *method(const QString &id) const;
    const ClassificationMethod *method(ClassificationKind kind) const;
    std::vector<const ClassificationMethod *> methods() const;

private:
    ClassificationRegistry();
    std::vector<std::unique_ptr<ClassificationMethod>> m_methods;
};

// The class of v for the given edges, or -1 for NaN or an empty classification.
int classIndex(const std::vector<double> &edges, double v);

} // namespace qw
