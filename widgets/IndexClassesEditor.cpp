#include "IndexClassesEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace qw {

namespace {

QString schemeWord(ClassScheme scheme)
{
    switch (scheme) {
    case ClassScheme::StandardDeviations:
        return QStringLiteral("sd");
    case ClassScheme::Quantiles:
        return QStringLiteral("quantile");
    case ClassScheme::Manual:
        return QStringLiteral("manual");
    }
    return {};
}

QString thresholdsText(const std::vector<double> &thresholds)
{
    QStringList t;
    for (double v : thresholds)
        t << QString::number(v, 'g', 6);
    return t.join(QLatin1Char(','));
}

} // namespace

IndexClassesEditor::IndexClassesEditor(QFormLayout *form, const Labels &labels, QObject *parent)
    : QObject(parent)
    , m_form(form)
    , m_scheme(new QComboBox(form->parentWidget()))
    , m_thresholds(new QLineEdit(form->parentWidget()))
    , m_quantiles(new QSpinBox(form->parentWidget()))
    , m_names(new QLineEdit(form->parentWidget()))
{
    m_scheme->addItem(tr("standard deviations"), int(ClassScheme::StandardDeviations));
    m_scheme->addItem(tr("quantiles"), int(ClassScheme::Quantiles));
    m_scheme->addItem(tr("manual thresholds"), int(ClassScheme::Manual));
    m_thresholds->setToolTip(tr("Ascending, e.g. -1,1,1.5 or, with decimal commas, -1; 1; 1,5"));
    m_quantiles->setRange(2, 9);
    m_quantiles->setValue(4);
    m_names->setPlaceholderText(tr("the defaults"));
    m_names->setToolTip(tr("One name per class from the lowest index up, separated by ;"));
    form->addRow(labels.scheme, m_scheme);
    form->addRow(labels.thresholds, m_thresholds);
    form->addRow(labels.quantiles, m_quantiles);
    form->addRow(labels.names, m_names);
    connect(m_scheme, &QComboBox::currentIndexChanged, this, [this] {
        enableRows();
        Q_EMIT changed();
    });
    connect(m_thresholds, &QLineEdit::textChanged, this, &IndexClassesEditor::changed);
    connect(m_quantiles, &QSpinBox::valueChanged, this, &IndexClassesEditor::changed);
    connect(m_names, &QLineEdit::textChanged, this, &IndexClassesEditor::changed);
    enableRows();
}

ClassScheme IndexClassesEditor::scheme() const
{
    return ClassScheme(m_scheme->currentData().toInt());
}

std::optional<ClassRule> IndexClassesEditor::rule(QString *error) const
{
    // "-1; 1; 1,5" as a German planner writes it is "-1,1,1.5" as the recipe writes it.
    QString thresholds = m_thresholds->text();
    if (thresholds.contains(QLatin1Char(';'))) {
        QStringList parts = thresholds.split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (QString &part : parts)
            part = part.trimmed().replace(QLatin1Char(','), QLatin1Char('.'));
        thresholds = parts.join(QLatin1Char(','));
    }
    const QString text = scheme() == ClassScheme::Quantiles
        ? QStringLiteral("quantile:%1").arg(m_quantiles->value())
        : schemeWord(scheme()) + QLatin1Char(':') + thresholds;
    return ClassRule::parse(text, error);
}

QStringList IndexClassesEditor::names() const
{
    QStringList out;
    for (const QString &n : m_names->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!n.trimmed().isEmpty())
            out << n.trimmed();
    return out;
}

void IndexClassesEditor::set(const ClassRule &rule, const QStringList &names)
{
    const QSignalBlocker blockScheme(m_scheme), blockThresholds(m_thresholds),
        blockQuantiles(m_quantiles), blockNames(m_names);
    m_scheme->setCurrentIndex(m_scheme->findData(int(rule.scheme)));
    if (rule.scheme == ClassScheme::Quantiles)
        m_quantiles->setValue(rule.quantiles);
    else
        m_thresholds->setText(thresholdsText(rule.thresholds));
    m_names->setText(names.join(QStringLiteral("; ")));
    enableRows();
    Q_EMIT changed(); // once, for all four rows
}

void IndexClassesEditor::setEnabled(bool enabled)
{
    m_enabled = enabled;
    m_scheme->setEnabled(enabled);
    m_names->setEnabled(enabled);
    enableRows();
}

void IndexClassesEditor::enableRows()
{
    // Only the row the scheme reads: a disabled "4 classes" beside thresholds that make 3
    // reads as a contradiction.
    const bool quantiles = scheme() == ClassScheme::Quantiles;
    m_form->setRowVisible(m_thresholds, !quantiles);
    m_form->setRowVisible(m_quantiles, quantiles);
    m_thresholds->setEnabled(m_enabled);
    m_quantiles->setEnabled(m_enabled);
}

} // namespace qw
