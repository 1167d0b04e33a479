#include "SensitivityDialog.h"

#include "BackgroundTask.h"
#include "HelpSection.h"
#include "Project.h"
#include "SensitivityExport.h"
#include "SensitivityReport.h"
#include "UiLanguage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <limits>

namespace qw {

namespace {

// The rank chart of the PDF on screen, white like the page.
class RankChart : public QWidget
{
public:
    explicit RankChart(const std::optional<SensitivityResult> &result, QWidget *parent)
        : QWidget(parent), m_result(result)
    {
        setMinimumHeight(220);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), Qt::white);
        if (m_result) {
            // The chart is laid out in points of the page: drawn larger to read on screen.
            constexpr double kScale = 1.4;
            p.setRenderHint(QPainter::Antialiasing);
            p.scale(kScale, kScale);
            const QRectF area(0, 0, width() / kScale, height() / kScale);
            SensitivityReport::paintRankChart(p, area.adjusted(3, 3, -3, -3), *m_result);
        }
    }

private:
    const std::optional<SensitivityResult> &m_result;
};

// The stable / unstable map of the PDF on screen, beside the rank chart.
class StabilityMap : public QWidget
{
public:
    explicit StabilityMap(QWidget *parent) : QWidget(parent)
    {
        setMinimumSize(260, 220);
        setAccessibleName(SensitivityDialog::tr("Map of stable and unstable areas"));
    }
    void setPainter(std::function<void(QPainter &, const QRectF &)> paint)
    {
        m_paint = std::move(paint);
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), Qt::white);
        if (!m_paint)
            return;
        // Laid out in points of the page, like the chart: drawn larger to read on screen.
        constexpr double kScale = 1.25;
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(kScale, kScale);
        m_paint(p, QRectF(0, 0, width() / kScale, height() / kScale).adjusted(3, 3, -3, -3));
    }

private:
    std::function<void(QPainter &, const QRectF &)> m_paint;
};

} // namespace

std::vector<std::pair<QString, QString>> SensitivityDialog::indices(const Project &project,
                                                                    bool german)
{
    std::vector<std::pair<QString, QString>> out;
    for (const Indicator &i : project.indicators())
        if (IndexRecipe::isIndex(i.recipe))
            out.emplace_back(i.key, i.name(german));
    return out;
}

SensitivityDialog::SensitivityDialog(std::shared_ptr<Project> project, const QString &indexKey,
                                     QWidget *parent)
    : QDialog(parent), m_project(std::move(project))
{
    HelpSection::set(this, HelpSection::Robustness);
    setWindowTitle(tr("Robustness of the index"));
    const bool german = germanUi();
    m_index = new QComboBox(this);
    for (const auto &[key, name] : indices(*m_project, german))
        m_index->addItem(tr("%1 (%2)").arg(name, key), key);
    if (const int at = m_index->findData(indexKey); at >= 0)
        m_index->setCurrentIndex(at);
    const SensitivityOptions defaults;
    m_draws = new QSpinBox(this);
    m_draws->setRange(1, 100000);
    m_draws->setValue(defaults.draws);
    m_spread = new QDoubleSpinBox(this);
    m_spread->setRange(0, 100);
    m_spread->setDecimals(1);
    m_spread->setSuffix(tr(" %"));
    m_spread->setValue(defaults.spread);
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(int(defaults.seed));
    m_leaveOneOut = new QCheckBox(tr("Also leave each input out once"), this);
    m_run = new QPushButton(tr("&Run"), this);
    m_run->setDefault(true);
    connect(m_run, &QPushButton::clicked, this, &SensitivityDialog::runAnalysis);

    auto *form = new QFormLayout;
    form->addRow(tr("&Index:"), m_index);
    form->addRow(tr("Random weight sets (&draws):"), m_draws);
    form->addRow(tr("Each weight varies by up to ±:"), m_spread);
    form->addRow(tr("&Seed:"), m_seed);
    form->addRow(QString(), m_leaveOneOut);
    form->addRow(QString(), m_run);

    m_summary = new QLabel(tr("Run the check to see how far each area's rank moves when the "
                              "weights vary."),
                           this);
    m_summary->setWordWrap(true);
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_chart = new RankChart(m_result, this);
    m_map = new StabilityMap(this);
    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &SensitivityDialog::exportResult);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_chart, 1);
    charts->addWidget(m_map, 1);
    layout->addLayout(charts, 2);
    layout->addWidget(m_table, 3);
    layout->addWidget(buttons);
    resize(980, 740);
}

SensitivityDialog::~SensitivityDialog() = default;

void SensitivityDialog::setOptions(const QString &indexKey, const SensitivityOptions &o)
{
    if (const int at = m_index->findData(indexKey); at >= 0)
        m_index->setCurrentIndex(at);
    m_draws->setValue(o.draws);
    m_spread->setValue(o.spread);
    m_seed->setValue(int(o.seed));
    m_leaveOneOut->setChecked(o.leaveOneOut);
}

bool SensitivityDialog::runAnalysis()
{
    m_error.clear();
    SensitivityOptions options;
    options.draws = m_draws->value();
    options.spread = m_spread->value();
    options.seed = std::uint64_t(m_seed->value());
    options.leaveOneOut = m_leaveOneOut->isChecked();
    const QString key = m_index->currentData().toString();
    // The project is read here, on its own thread; the worker only gets the numbers.
    const auto input = Sensitivity::prepare(*m_project, key, options, &m_error);
    std::optional<SensitivityResult> result;
    bool cancelled = false;
    if (input) {
        QString failure;
        BackgroundTask::run(
            this, tr("Varying the weights of %1…").arg(key),
            [&](const std::function<bool(double)> &progress) {
                result = Sensitivity::run(
                    *input, options,
                    [&](int done, int total) { return progress(double(done) / total); }, &m_error,
                    &cancelled);
            },
            &failure);
        if (!failure.isEmpty())
            m_error = failure;
    }
    if (!result) {
        if (cancelled)
            m_summary->setText(tr("Cancelled: nothing was computed."));
        else if (!m_error.isEmpty())
            QMessageBox::warning(this, windowTitle(), m_error);
        return false;
    }
    m_result = std::move(result);
    showResult();
    return true;
}

QString SensitivityDialog::summary() const
{
    return m_summary->text();
}

void SensitivityDialog::showResult()
{
    const SensitivityResult &r = *m_result;
    const int stable = r.stableCount();
    QStringList lines {tr("%1, %2: %3 of %4 areas stable, %5 unstable.")
                           .arg(r.indexName, r.period)
                           .arg(stable)
                           .arg(int(r.size()))
                           .arg(int(r.size()) - stable)};
    for (const SensitivityResult::LeftOut &l : r.leftOut)
        lines << tr("Without %1: %2 areas change class, ranks shift by up to %3.")
                     .arg(r.inputName(l.inputKey))
                     .arg(l.changedClass)
                     .arg(l.largestShift);
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_summary->setToolTip(r.describe(QLocale()));
    const QStringList header = SensitivityExport::header(r);
    m_table->clear();
    m_table->setColumnCount(int(header.size()));
    m_table->setHorizontalHeaderLabels(header);
    m_table->setRowCount(int(r.size()));
    const QLocale locale;
    int row = 0;
    for (std::size_t i : r.byBaseRank()) {
        QStringList cells {r.keys[qsizetype(i)],
                           r.names[qsizetype(i)],
                           locale.toString(r.baseRank[i]),
                           locale.toString(r.p5[i]),
                           locale.toString(r.median[i]),
                           locale.toString(r.p95[i]),
                           locale.toString(r.topShare[i] * 100, 'f', 1),
                           r.stable[i] ? SensitivityExport::tr("stable")
                                       : SensitivityExport::tr("unstable"),
                           r.className(r.baseClass[i], germanUi()),
                           locale.toString(r.baseClassShare[i] * 100, 'f', 1)};
        for (const SensitivityResult::LeftOut &l : r.leftOut)
            cells << locale.toString(l.rank[i]);
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c, item);
        }
        ++row;
    }
    m_table->resizeColumnsToContents();
    m_export->setEnabled(true);
    m_chart->update();
    static_cast<StabilityMap *>(m_map)->setPainter(
        SensitivityReport::stabilityMap(m_project, std::make_shared<const SensitivityResult>(r)));
}

void SensitivityDialog::exportResult()
{
    if (!m_result)
        return;
    QString selected;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the robustness check"),
                                     QStringLiteral("robustheit_%1.pdf").arg(m_result->indexKey),
                                     tr("PDF report (*.pdf);;CSV table (*.csv)"), &selected);
    if (path.isEmpty())
        return;
    const QLocale locale;
    const Indicator *index = m_project->indicator(m_result->indexKey);
    const QString name = index ? index->name(germanUi()) : m_result->indexKey;
    const QString error = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
        ? SensitivityExport::writeCsv(*m_result, name, path, locale)
        : SensitivityReport::document(m_project, *m_result, name, locale).writePdf(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, windowTitle(), error);
}

} // namespace qw
