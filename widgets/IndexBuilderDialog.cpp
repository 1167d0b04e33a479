#include "IndexBuilderDialog.h"

#include "HelpSection.h"
#include "IndexCalculator.h"
#include "Period.h"
#include "Project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

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

IndexBuilderDialog::IndexBuilderDialog(std::shared_ptr<Project> project, bool german,
                                       QWidget *parent)
    : QDialog(parent)
    , m_project(std::move(project))
    , m_german(german)
    , m_inputs(new QTableWidget(0, 3, this))
    , m_population(new QComboBox(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_level(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_standardisation(new QComboBox(this))
    , m_restandardise(
          new QCheckBox(tr("Standardise the weighted mean again (z-scores, as MSS does)"), this))
    , m_scheme(new QComboBox(this))
    , m_thresholds(new QLineEdit(this))
    , m_quantiles(new QSpinBox(this))
    , m_classNames(new QLineEdit(this))
    , m_dynamics(new QComboBox(this))
    , m_years(new QSpinBox(this))
    , m_nameDe(new QLineEdit(QStringLiteral("Sozialindex"), this))
    , m_nameEn(new QLineEdit(QStringLiteral("Needs index"), this))
    , m_key(new QLineEdit(QStringLiteral("sozialindex"), this))
    , m_recipeText(new QLabel(this))
    , m_preview(new QLabel(this))
    , m_problemLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    HelpSection::set(this, HelpSection::Index);
    setWindowTitle(tr("Build a needs index"));
    buildInputs();
    auto *top = new QHBoxLayout;
    auto *inputsBox = new QGroupBox(tr("Inputs (direction: a higher value means …)"), this);
    (new QVBoxLayout(inputsBox))->addWidget(m_inputs);
    top->addWidget(inputsBox, 3);
    top->addWidget(buildOptions(), 2);

    m_recipeText->setWordWrap(true);
    m_recipeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b2182b"));
    auto *names = new QFormLayout;
    names->addRow(tr("Name (&German):"), m_nameDe);
    names->addRow(tr("Name (&English):"), m_nameEn);
    names->addRow(tr("&Key:"), m_key);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addLayout(names);
    layout->addWidget(m_recipeText);
    layout->addWidget(m_preview);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const auto changed = [this] {
        if (!m_filling)
            update();
    };
    for (QComboBox *box :
         {m_population, m_level, m_period, m_standardisation, m_scheme, m_dynamics})
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_quantiles, &QSpinBox::valueChanged, this, changed);
    connect(m_years, &QSpinBox::valueChanged, this, changed);
    connect(m_restandardise, &QCheckBox::toggled, this, changed);
    for (QLineEdit *edit : {m_thresholds, m_classNames, m_nameDe, m_nameEn, m_key})
        connect(edit, &QLineEdit::textChanged, this, changed);
    connect(m_inputs, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        const QString key = item->data(Qt::UserRole).toString();
        if (item->checkState() != Qt::Checked)
            m_order.removeAll(key);
        else if (!m_order.contains(key))
            m_order << key;
        if (!m_filling)
            update();
    });
    resize(960, 640);
    update();
}

void IndexBuilderDialog::buildInputs()
{
    for (const Indicator &i : m_project->indicators())
        if (i.kind != IndicatorKind::Index && i.valueLabels.empty())
            m_candidates.push_back(i);
    m_inputs->setHorizontalHeaderLabels({tr("Indicator"), tr("Direction"), tr("Weight")});
    m_inputs->horizontalHeader()->setSectionResizeMode(UseColumn, QHeaderView::Stretch);
    m_inputs->horizontalHeader()->setSectionResizeMode(DirectionColumn,
                                                       QHeaderView::ResizeToContents);
    m_inputs->horizontalHeader()->setSectionResizeMode(WeightColumn, QHeaderView::ResizeToContents);
    m_inputs->verticalHeader()->hide();
    m_inputs->setRowCount(int(m_candidates.size()));
    for (int r = 0; r < int(m_candidates.size()); ++r) {
        const Indicator &i = m_candidates[std::size_t(r)];
        auto *item = new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(i.name(m_german), i.key));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, i.key);
        m_inputs->setItem(r, UseColumn, item);
        auto *direction = new QComboBox(m_inputs);
        direction->addItem(tr("more need"), 1);
        direction->addItem(tr("less need"), -1);
        // From the polarity; a neutral indicator needs the planner's choice (more need).
        direction->setCurrentIndex(i.polarity == Polarity::HigherIsBetter ? 1 : 0);
        m_inputs->setCellWidget(r, DirectionColumn, direction);
        connect(direction, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                update();
        });
        auto *weight = new QDoubleSpinBox(m_inputs);
        weight->setRange(-100, 100);
        weight->setDecimals(2);
        weight->setSingleStep(0.5);
        weight->setValue(1.0); // equal weights by default
        m_inputs->setCellWidget(r, WeightColumn, weight);
        connect(weight, &QDoubleSpinBox::valueChanged, this, [this] {
            if (!m_filling)
                update();
        });
    }
}

QWidget *IndexBuilderDialog::buildOptions()
{
    auto *box = new QGroupBox(tr("Recipe"), this);
    auto *form = new QFormLayout(box);
    m_population->addItem(tr("(keep every area)"), QString());
    int population = 0;
    for (const Indicator &i : m_project->indicators()) {
        if (i.kind != IndicatorKind::Count)
            continue;
        m_population->addItem(QStringLiteral("%1 (%2)").arg(i.name(m_german), i.key), i.key);
        const QString k = i.key.toLower();
        if (population == 0
            && (k == QLatin1String("ew") || k.contains(QLatin1String("einw"))
                || k.contains(QLatin1String("pop"))))
            population = m_population->count() - 1;
    }
    m_population->setCurrentIndex(population);
    m_threshold->setRange(0, 1e7);
    m_threshold->setDecimals(0);
    m_threshold->setValue(300); // MSS leaves out areas under 300 inhabitants
    form->addRow(tr("&Population:"), m_population);
    form->addRow(tr("Leave out &under:"), m_threshold);

    for (const AreaLevel &l : m_project->levels())
        m_level->addItem(l.name(m_german), l.key);
    m_level->setCurrentIndex(std::max(0, m_level->findData(m_project->finestLevel())));
    form->addRow(tr("&Level:"), m_level);
    m_period->addItem(tr("every period the inputs share"), QString());
    QStringList periods;
    for (const Indicator &i : m_candidates)
        for (const QString &p : m_project->periods(i.key))
            if (!periods.contains(p))
                periods << p;
    sortPeriods(periods); // the one order of periods, not as text
    for (const QString &p : periods)
        m_period->addItem(p, p);
    form->addRow(tr("&Period:"), m_period);

    // The order of Standardisation.
    m_standardisation->addItem(tr("z-scores (MSS)"), int(Standardisation::ZScore));
    m_standardisation->addItem(tr("min–max (0 … 1)"), int(Standardisation::MinMax));
    m_standardisation->addItem(tr("ranks"), int(Standardisation::Rank));
    m_standardisation->addItem(tr("percentiles"), int(Standardisation::Percentile));
    form->addRow(tr("&Standardisation:"), m_standardisation);
    m_restandardise->setChecked(true);
    form->addRow(m_restandardise);

    m_scheme->addItem(tr("standard deviations"), int(ClassScheme::StandardDeviations));
    m_scheme->addItem(tr("quantiles"), int(ClassScheme::Quantiles));
    m_scheme->addItem(tr("manual thresholds"), int(ClassScheme::Manual));
    m_thresholds->setText(QStringLiteral("-1,1,1.5"));
    m_thresholds->setToolTip(tr("Ascending, with a decimal point, e.g. -1,1,1.5"));
    m_quantiles->setRange(2, 9);
    m_quantiles->setValue(4);
    m_classNames->setPlaceholderText(tr("the defaults"));
    m_classNames->setToolTip(tr("One name per class from the lowest index up, separated by ;"));
    form->addRow(tr("&Classes:"), m_scheme);
    form->addRow(tr("&Thresholds:"), m_thresholds);
    form->addRow(tr("&Number of classes:"), m_quantiles);
    form->addRow(tr("Class &names:"), m_classNames);

    m_dynamics->addItem(tr("none"), int(IndexRecipe::Dynamics::None));
    m_dynamics->addItem(tr("change of the inputs"), int(IndexRecipe::Dynamics::Change));
    m_years->setRange(1, 30);
    m_years->setValue(2);
    form->addRow(tr("&Dynamics:"), m_dynamics);
    form->addRow(tr("Change over (&years):"), m_years);
    return box;
}

IndexRecipe IndexBuilderDialog::recipe() const
{
    IndexRecipe r;
    for (int row = 0; row < m_inputs->rowCount(); ++row) {
        if (m_inputs->item(row, UseColumn)->checkState() != Qt::Checked)
            continue;
        IndexInput in;
        in.key = m_inputs->item(row, UseColumn)->data(Qt::UserRole).toString();
        in.direction = static_cast<QComboBox *>(m_inputs->cellWidget(row, DirectionColumn))
                           ->currentData()
                           .toInt();
        in.weight = static_cast<QDoubleSpinBox *>(m_inputs->cellWidget(row, WeightColumn))->value();
        r.inputs.push_back(in);
    }
    // The inputs in the order they were ticked: the recipe keeps its order.
    const auto position = [this](const IndexInput &in) {
        const qsizetype i = m_order.indexOf(in.key);
        return i < 0 ? m_order.size() : i;
    };
    std::stable_sort(
        r.inputs.begin(), r.inputs.end(),
        [&](const IndexInput &a, const IndexInput &b) { return position(a) < position(b); });
    r.populationKey = m_population->currentData().toString();
    r.minPopulation = r.populationKey.isEmpty() ? 0 : m_threshold->value();
    r.level = m_level->currentData().toString();
    r.period = m_period->currentData().toString();
    r.standardisation = Standardisation(m_standardisation->currentData().toInt());
    r.restandardise = m_restandardise->isChecked();
    const auto scheme = ClassScheme(m_scheme->currentData().toInt());
    const QString rule = scheme == ClassScheme::Quantiles
        ? QStringLiteral("quantile:%1").arg(m_quantiles->value())
        : schemeWord(scheme) + QLatin1Char(':') + m_thresholds->text();
    if (const auto parsed = ClassRule::parse(rule, nullptr))
        r.classes = *parsed;
    else
        r.classes.scheme = scheme; // update() names what is wrong
    for (const QString &n : m_classNames->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!n.trimmed().isEmpty())
            r.classNames << n.trimmed();
    r.dynamics = IndexRecipe::Dynamics(m_dynamics->currentData().toInt());
    if (r.dynamics == IndexRecipe::Dynamics::Change)
        r.years = m_years->value();
    // What the form does not show stays as the edited recipe had it: ready-made change
    // inputs (Berlin's D1, D3, D4), the dynamics classes and their names.
    if (r.dynamics == IndexRecipe::Dynamics::Inputs)
        r.dynamicsInputs = m_loaded.dynamicsInputs;
    if (r.dynamics != IndexRecipe::Dynamics::None) {
        r.dynamicsClasses = m_loaded.dynamicsClasses;
        r.dynamicsNames = m_loaded.dynamicsNames;
    }
    return r;
}

void IndexBuilderDialog::setRecipe(const IndexRecipe &recipe)
{
    m_filling = true;
    m_loaded = recipe;
    if (recipe.dynamics == IndexRecipe::Dynamics::Inputs
        && m_dynamics->findData(int(IndexRecipe::Dynamics::Inputs)) < 0) {
        QStringList keys;
        for (const IndexInput &in : recipe.dynamicsInputs)
            keys << in.key;
        m_dynamics->addItem(tr("ready-made changes (%1)").arg(keys.join(QStringLiteral(", "))),
                            int(IndexRecipe::Dynamics::Inputs));
    }
    m_order.clear();
    for (const IndexInput &in : recipe.inputs)
        m_order << in.key;
    for (int row = 0; row < m_inputs->rowCount(); ++row) {
        const QString key = m_inputs->item(row, UseColumn)->data(Qt::UserRole).toString();
        const auto in = std::find_if(recipe.inputs.begin(), recipe.inputs.end(),
                                     [&](const IndexInput &i) { return i.key == key; });
        m_inputs->item(row, UseColumn)
            ->setCheckState(in == recipe.inputs.end() ? Qt::Unchecked : Qt::Checked);
        if (in == recipe.inputs.end())
            continue;
        auto *direction = static_cast<QComboBox *>(m_inputs->cellWidget(row, DirectionColumn));
        direction->setCurrentIndex(in->direction < 0 ? 1 : 0);
        static_cast<QDoubleSpinBox *>(m_inputs->cellWidget(row, WeightColumn))
            ->setValue(in->weight);
    }
    m_population->setCurrentIndex(std::max(0, m_population->findData(recipe.populationKey)));
    if (!recipe.populationKey.isEmpty())
        m_threshold->setValue(recipe.minPopulation);
    if (!recipe.level.isEmpty())
        m_level->setCurrentIndex(std::max(0, m_level->findData(recipe.level)));
    m_period->setCurrentIndex(std::max(0, m_period->findData(recipe.period)));
    m_standardisation->setCurrentIndex(m_standardisation->findData(int(recipe.standardisation)));
    m_restandardise->setChecked(recipe.restandardise);
    m_scheme->setCurrentIndex(m_scheme->findData(int(recipe.classes.scheme)));
    if (recipe.classes.scheme == ClassScheme::Quantiles)
        m_quantiles->setValue(recipe.classes.quantiles);
    else
        m_thresholds->setText(thresholdsText(recipe.classes.thresholds));
    m_classNames->setText(recipe.classNames.join(QStringLiteral("; ")));
    m_dynamics->setCurrentIndex(std::max(0, m_dynamics->findData(int(recipe.dynamics))));
    m_years->setValue(recipe.years);
    m_filling = false;
    update();
}

void IndexBuilderDialog::setKey(const QString &key, const QString &nameDe, const QString &nameEn,
                                bool editing)
{
    m_editedKey = editing ? key : QString();
    setWindowTitle(editing ? tr("Edit the needs index") : tr("Build a needs index"));
    m_key->setReadOnly(editing); // the parts are keyed after it
    m_key->setText(key);
    m_nameDe->setText(nameDe);
    m_nameEn->setText(nameEn);
}

QString IndexBuilderDialog::key() const
{
    return m_key->text().trimmed();
}

QString IndexBuilderDialog::nameDe() const
{
    return m_nameDe->text().trimmed();
}

QString IndexBuilderDialog::nameEn() const
{
    return m_nameEn->text().trimmed();
}

QString IndexBuilderDialog::previewText() const
{
    return m_preview->text();
}

void IndexBuilderDialog::update()
{
    const IndexRecipe r = recipe();
    const auto scheme = ClassScheme(m_scheme->currentData().toInt());
    m_thresholds->setEnabled(scheme != ClassScheme::Quantiles);
    m_quantiles->setEnabled(scheme == ClassScheme::Quantiles);
    m_threshold->setEnabled(!r.populationKey.isEmpty());
    m_years->setEnabled(r.dynamics == IndexRecipe::Dynamics::Change);
    m_problem.clear();
    QString preview;
    const auto nameOf = [this](const QString &k) {
        const Indicator *i = m_project->indicator(k);
        return i ? i->name(m_german) : k;
    };
    // Without inputs the recipe has nothing to say yet.
    m_recipeText->setText(
        r.inputs.empty() ? QString() : QStringLiteral("%1\n%2").arg(r.text(), r.describe(nameOf)));
    if (r.inputs.empty()) {
        m_problem = tr("Tick at least one indicator as an input.");
    } else if (QString e; scheme != ClassScheme::Quantiles
               && !ClassRule::parse(schemeWord(scheme) + QLatin1Char(':') + m_thresholds->text(),
                                    &e)) {
        m_problem = e;
    } else if (!r.classNames.isEmpty() && r.classNames.size() != r.classes.classCount()) {
        m_problem = tr("Give %1 class names (one per class, separated by ;) or none.")
                        .arg(r.classes.classCount());
    } else if (key().isEmpty() || nameDe().isEmpty()) {
        m_problem = tr("Give the index a key and a German name.");
    } else if (m_project->indicator(key()) && key() != m_editedKey) {
        m_problem = tr("The key \"%1\" is already in use.").arg(key());
    } else {
        QString e;
        const auto out = IndexCalculator::compute(*m_project, key(), r, &e);
        if (!out) {
            m_problem = e;
        } else {
            std::map<int, int> counts;
            const QString latest = out->periods.isEmpty() ? QString() : out->periods.back();
            const auto rows = out->values.find(IndexParts::key(key(), IndexPart::Class));
            if (rows != out->values.end())
                for (const IndicatorValue &v : rows->second)
                    if (v.period == latest && v.value && v.status == ValueStatus::Ok)
                        ++counts[int(*v.value)];
            const QStringList names = r.statusNames(m_german);
            QStringList parts;
            for (int c = 1; c <= r.classes.classCount(); ++c)
                parts << QStringLiteral("%1: %2")
                             .arg(names.value(c - 1, QString::number(c)))
                             .arg(counts[c]);
            // %n plurals: German and English each need their own singular.
            preview = tr("%1: %n area(s) in the index", nullptr, out->kept).arg(latest)
                + tr(", %n left out by the population rule. ", nullptr, out->excluded)
                + tr("Classes: %1").arg(parts.join(QStringLiteral(", ")));
        }
    }
    m_preview->setText(preview);
    m_preview->setVisible(!preview.isEmpty());
    m_problemLabel->setText(m_problem);
    m_problemLabel->setVisible(!m_problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}

} // namespace qw
