#include "IndexBuilderDialog.h"

#include "HelpSection.h"
#include "IndexCalculator.h"
#include "IndexClassesEditor.h"
#include "IndexInputsTable.h"
#include "Period.h"
#include "Project.h"
#include "Recipe.h"

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
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace qw {

IndexBuilderDialog::IndexBuilderDialog(std::shared_ptr<Project> project, bool german,
                                       QWidget *parent)
    : QDialog(parent)
    , m_project(std::move(project))
    , m_german(german)
    , m_tabs(new QTabWidget(this))
    , m_population(new QComboBox(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_level(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_standardisation(new QComboBox(this))
    , m_restandardise(
          new QCheckBox(tr("Standardise the weighted mean again (z-scores, as MSS does)"), this))
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
    top->addWidget(m_tabs, 3);
    top->addWidget(buildOptions(), 2);
    m_classes->set(ClassRule {}, {}); // MSS's thresholds
    m_dynamicsClasses->set(IndexRecipe {}.dynamicsClasses, {});

    m_recipeText->setWordWrap(true);
    m_recipeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b2182b"));
    auto *names = new QFormLayout;
    names->addRow(tr("Name (&German):"), m_nameDe);
    names->addRow(tr("Name (&English):"), m_nameEn);
    names->addRow(tr("&Key:"), m_key);
    // The recipe, the preview and the problem in a box of fixed height below the names, so
    // nothing the planner is about to click moves while the texts grow and shrink.
    auto *texts = new QWidget(this);
    auto *textsLayout = new QVBoxLayout(texts);
    textsLayout->setContentsMargins(0, 0, 0, 0);
    textsLayout->addWidget(m_recipeText);
    textsLayout->addWidget(m_preview);
    textsLayout->addWidget(m_problemLabel);
    textsLayout->addStretch(1);
    texts->setMinimumHeight(fontMetrics().lineSpacing() * 8);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addLayout(names);
    layout->addWidget(texts);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const auto changed = [this] {
        if (!m_filling)
            update();
    };
    for (QComboBox *box : {m_population, m_level, m_period, m_standardisation, m_dynamics})
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_years, &QSpinBox::valueChanged, this, changed);
    connect(m_restandardise, &QCheckBox::toggled, this, changed);
    for (QLineEdit *edit : {m_nameDe, m_nameEn, m_key})
        connect(edit, &QLineEdit::textChanged, this, changed);
    connect(m_inputs, &IndexInputsTable::changed, this, changed);
    // Ticking a ready-made change chooses them as the dynamics: the tab is not a second
    // switch the planner has to find first.
    connect(m_dynamicsInputs, &IndexInputsTable::changed, this, [this, changed] {
        const int readyMade = m_dynamics->findData(int(IndexRecipe::Dynamics::Inputs));
        if (!m_filling && !m_dynamicsInputs->inputs().empty()
            && m_dynamics->currentIndex() != readyMade)
            m_dynamics->setCurrentIndex(readyMade); // updates
        else
            changed();
    });
    for (IndexClassesEditor *classes : {m_classes, m_dynamicsClasses})
        connect(classes, &IndexClassesEditor::changed, this, changed);
    // Choosing ready-made changes shows where they are ticked.
    connect(m_dynamics, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling && m_dynamics->currentData().toInt() == int(IndexRecipe::Dynamics::Inputs))
            m_tabs->setCurrentIndex(1);
    });
    resize(980, 660);
    update();
}

void IndexBuilderDialog::buildInputs()
{
    for (const Indicator &i : m_project->indicators())
        if (i.kind != IndicatorKind::Index && i.valueLabels.empty())
            m_candidates.push_back(i);
    m_inputs = new IndexInputsTable(m_candidates, m_german, this);
    m_inputs->setObjectName(QStringLiteral("statusInputs"));
    auto *status = new QWidget(this);
    auto *statusLayout = new QVBoxLayout(status);
    auto *statusHint = new QLabel(tr("Tick the status indicators. Direction: a higher value means "
                                     "more or less need."),
                                  status);
    statusHint->setWordWrap(true);
    statusLayout->addWidget(statusHint);
    statusLayout->addWidget(m_inputs, 1);
    m_tabs->addTab(status, tr("Status &inputs"));

    // Ready-made changes, as Berlin's MSS publishes D1, D3 and D4 beside S1, S3 and S4:
    // the dynamics index is built from them instead of from the changes of the status
    // inputs. Derived change indicators (change(), pct_change()) come first in the list.
    std::vector<Indicator> changes = m_candidates;
    std::stable_partition(changes.begin(), changes.end(),
                          [](const Indicator &i) { return Recipe::measuresChange(i.recipe); });
    m_dynamicsInputs = new IndexInputsTable(changes, m_german, this);
    m_dynamicsInputs->setObjectName(QStringLiteral("dynamicsInputs"));
    auto *dynamics = new QWidget(this);
    auto *dynamicsLayout = new QVBoxLayout(dynamics);
    auto *dynamicsHint =
        new QLabel(tr("The dynamics index is built the same way over changes: either the "
                      "change of each status input over some years (Dynamics on the right), "
                      "or the ready-made changes ticked here (Berlin's MSS publishes D1, D3, "
                      "D4): a tick here chooses them."),
                   dynamics);
    dynamicsHint->setWordWrap(true);
    dynamicsLayout->addWidget(dynamicsHint);
    dynamicsLayout->addWidget(m_dynamicsInputs, 1);
    auto *dynamicsForm = new QFormLayout;
    dynamicsLayout->addLayout(dynamicsForm);
    m_dynamicsClasses =
        new IndexClassesEditor(dynamicsForm,
                               {tr("Dynamics cl&asses:"), tr("T&hresholds (dynamics):"),
                                tr("Num&ber of classes:"), tr("Names of the d&ynamics classes:")},
                               this);
    m_dynamicsClasses->setObjectName(QStringLiteral("dynamicsClasses"));
    m_tabs->addTab(dynamics, tr("Dynamics (&ready-made changes)"));
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
    form->addRow(tr("Peri&od:"), m_period);

    // The order of Standardisation.
    m_standardisation->addItem(tr("z-scores (MSS)"), int(Standardisation::ZScore));
    m_standardisation->addItem(tr("min–max (0 … 1)"), int(Standardisation::MinMax));
    m_standardisation->addItem(tr("ranks"), int(Standardisation::Rank));
    m_standardisation->addItem(tr("percentiles"), int(Standardisation::Percentile));
    form->addRow(tr("&Standardisation:"), m_standardisation);
    m_restandardise->setChecked(true);
    form->addRow(m_restandardise);

    m_classes = new IndexClassesEditor(
        form, {tr("&Classes:"), tr("&Thresholds:"), tr("&Number of classes:"), tr("Class na&mes:")},
        this);

    m_dynamics->setObjectName(QStringLiteral("dynamicsKind"));
    m_dynamics->addItem(tr("none"), int(IndexRecipe::Dynamics::None));
    m_dynamics->addItem(tr("change of the status inputs"), int(IndexRecipe::Dynamics::Change));
    m_dynamics->addItem(tr("ready-made changes (tab)"), int(IndexRecipe::Dynamics::Inputs));
    m_years->setRange(1, 30);
    m_years->setValue(2);
    form->addRow(tr("&Dynamics:"), m_dynamics);
    form->addRow(tr("Change o&ver (years):"), m_years);
    return box;
}

IndexRecipe IndexBuilderDialog::recipe() const
{
    IndexRecipe r;
    r.inputs = m_inputs->inputs();
    r.populationKey = m_population->currentData().toString();
    r.minPopulation = r.populationKey.isEmpty() ? 0 : m_threshold->value();
    r.level = m_level->currentData().toString();
    r.period = m_period->currentData().toString();
    r.standardisation = Standardisation(m_standardisation->currentData().toInt());
    r.restandardise = m_restandardise->isChecked();
    if (const auto rule = m_classes->rule())
        r.classes = *rule;
    else
        r.classes.scheme = m_classes->scheme(); // update() names what is wrong
    r.classNames = m_classes->names();
    r.dynamics = IndexRecipe::Dynamics(m_dynamics->currentData().toInt());
    if (r.dynamics == IndexRecipe::Dynamics::Change)
        r.years = m_years->value();
    if (r.dynamics == IndexRecipe::Dynamics::Inputs)
        r.dynamicsInputs = m_dynamicsInputs->inputs();
    if (r.dynamics != IndexRecipe::Dynamics::None) {
        if (const auto rule = m_dynamicsClasses->rule())
            r.dynamicsClasses = *rule;
        else
            r.dynamicsClasses.scheme = m_dynamicsClasses->scheme();
        r.dynamicsNames = m_dynamicsClasses->names();
    }
    return r;
}

void IndexBuilderDialog::setRecipe(const IndexRecipe &recipe)
{
    m_filling = true;
    m_inputs->setInputs(recipe.inputs);
    m_dynamicsInputs->setInputs(recipe.dynamicsInputs);
    m_population->setCurrentIndex(std::max(0, m_population->findData(recipe.populationKey)));
    if (!recipe.populationKey.isEmpty())
        m_threshold->setValue(recipe.minPopulation);
    if (!recipe.level.isEmpty())
        m_level->setCurrentIndex(std::max(0, m_level->findData(recipe.level)));
    m_period->setCurrentIndex(std::max(0, m_period->findData(recipe.period)));
    m_standardisation->setCurrentIndex(m_standardisation->findData(int(recipe.standardisation)));
    m_restandardise->setChecked(recipe.restandardise);
    m_classes->set(recipe.classes, recipe.classNames);
    m_dynamicsClasses->set(recipe.dynamicsClasses, recipe.dynamicsNames);
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
    m_threshold->setEnabled(!r.populationKey.isEmpty());
    m_years->setEnabled(r.dynamics == IndexRecipe::Dynamics::Change);
    m_dynamicsClasses->setEnabled(r.dynamics != IndexRecipe::Dynamics::None);
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
    } else if (QString e; !m_classes->rule(&e)) {
        m_problem = e;
    } else if (!r.classNames.isEmpty() && r.classNames.size() != r.classes.classCount()) {
        m_problem = tr("Give %1 class names (one per class, separated by ;) or none.")
                        .arg(r.classes.classCount());
    } else if (r.dynamics == IndexRecipe::Dynamics::Inputs && r.dynamicsInputs.empty()) {
        m_problem = tr("Tick at least one ready-made change on the dynamics tab.");
    } else if (QString e;
               r.dynamics != IndexRecipe::Dynamics::None && !m_dynamicsClasses->rule(&e)) {
        m_problem = tr("Dynamics: %1").arg(e);
    } else if (r.dynamics != IndexRecipe::Dynamics::None && !r.dynamicsNames.isEmpty()
               && r.dynamicsNames.size() != r.dynamicsClasses.classCount()) {
        m_problem = tr("Give %1 dynamics class names (one per class, separated by ;) or none.")
                        .arg(r.dynamicsClasses.classCount());
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
    m_problemLabel->setText(m_problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}

} // namespace qw
