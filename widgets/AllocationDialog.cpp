#include "AllocationDialog.h"

#include "AllocationPinsEditor.h"
#include "AllocationTableModel.h"
#include "AllocationTableView.h"
#include "HelpSection.h"
#include "IndexRecipe.h"
#include "Project.h"
#include "ProjectAllocation.h"
#include "ProjectStore.h"
#include "StoreError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QSet>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <cmath>

namespace qw {

namespace {

constexpr double kMaxAmount = 1e12;

QDoubleSpinBox *amountBox(QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, kMaxAmount);
    box->setGroupSeparatorShown(true); // "500.000 €", as planners write it
    box->setAccelerated(true);
    return box;
}

void choose(QComboBox *box, const QVariant &data)
{
    if (const int i = box->findData(data); i >= 0)
        box->setCurrentIndex(i);
}

// The year a period begins with ("2024", "2023/24", "202012" -> 2020), or -1.
int yearOf(const QString &period)
{
    static const QRegularExpression year(QStringLiteral(R"(^\s*(\d{4}))"));
    const auto m = year.match(period);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// Whether a count holds codes rather than people: over 20 areas or more, a dozen whole
// numbers at most, none above 100 (Berlin's S1_SD_GR, class numbers imported as columns
// without names). A population takes many values.
bool looksLikeCodes(Project &project, const QString &key)
{
    const QStringList periods = project.periods(key);
    if (periods.isEmpty())
        return false;
    const auto values = project.values(key, periods.last());
    QSet<double> distinct;
    int shown = 0;
    for (std::size_t i = 0; i < values->values.size(); ++i) {
        if (!values->isShown(i))
            continue;
        const double v = values->values[i];
        if (v != std::floor(v) || std::abs(v) > 100)
            return false;
        ++shown;
        distinct.insert(v);
        if (distinct.size() > 12)
            return false;
    }
    return shown >= 20;
}

// A count of people to multiply the need by: a count that is no code (a class, a status x
// dynamics group, named or not) and no part of a composite index.
bool isPopulation(Project &project, const Indicator &i)
{
    return i.kind == IndicatorKind::Count && i.valueLabels.empty()
        && !IndexParts::parse(i.recipe).has_value() && !looksLikeCodes(project, i.key);
}

} // namespace

AllocationDialog::AllocationDialog(std::shared_ptr<Project> project, bool german, QWidget *parent)
    : QDialog(parent)
    , m_project(std::move(project))
    , m_german(german)
    , m_model(new AllocationTableModel(this))
    , m_result(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_words(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    HelpSection::set(this, HelpSection::Allocation);
    setWindowTitle(tr("Allocate a budget"));
    m_table = new AllocationTableView(m_model, this);
    m_table->setObjectName(QStringLiteral("result"));
    m_message->setObjectName(QStringLiteral("problem"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setStyleSheet(QStringLiteral("color: #b2182b; font-weight: bold; padding: 24px"));
    m_result->addWidget(m_table);
    m_result->addWidget(m_message);
    m_words->setObjectName(QStringLiteral("words"));
    m_words->setWordWrap(true);
    m_words->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Show in the window"));
    m_save = m_buttons->addButton(tr("Sa&ve…"), QDialogButtonBox::AcceptRole);
    m_save->setToolTip(tr("Shows the allocation and keeps it in the project under a name"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] { m_saveRequested = true; });

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(buildForm());
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(scroll->widget()->sizeHint().width() + 24);

    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("<b>Result</b> (recomputed as you change the settings)"), this));
    right->addWidget(m_result, 1);
    right->addWidget(m_totals);
    right->addWidget(m_words);
    auto *columns = new QHBoxLayout;
    columns->addWidget(scroll);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    indicatorChanged();
    levelChanged();
    unitChanged();
    update();
    const QRect screen =
        (parent && parent->screen() ? parent->screen() : QGuiApplication::primaryScreen())
            ->availableGeometry();
    resize(QSize(1240, 700).boundedTo(screen.size() - QSize(40, 60)));
}

AllocationDialog::~AllocationDialog() = default;

QWidget *AllocationDialog::buildForm()
{
    auto *form = new QWidget(this);
    // The rows at their own heights, the room left over below them (not between them).
    auto *column = new QVBoxLayout(form);
    column->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout;
    column->addLayout(m_form);
    column->addStretch(1);
    m_indicator = new QComboBox(form);
    m_population = new QComboBox(form);
    m_population->addItem(tr("nobody (the need alone)"), QString());
    for (const Indicator &i : m_project->indicators()) {
        // A status x dynamics group (KEY_group) is two class numbers written as one code
        // (23 = status 2, dynamics 3): no measure of need to split money by.
        const auto part = IndexParts::parse(i.recipe);
        if (m_project->periods(i.key).isEmpty() || (part && part->second == IndexPart::Group))
            continue;
        const QString text = QStringLiteral("%1 (%2)").arg(i.name(m_german), i.key);
        m_indicator->addItem(text, i.key);
        if (isPopulation(*m_project, i))
            m_population->addItem(text, i.key);
    }
    m_indicator->setMaximumWidth(300); // the result table keeps most of a 1366 screen
    m_population->setMaximumWidth(300);
    m_populationPeriod = new QComboBox(form);
    m_populationPeriod->setToolTip(tr("The period the population is read for; where it lacks "
                                      "the indicator's, the nearest year is chosen"));
    choose(m_indicator, m_project->defaultIndicator());
    m_level = new QComboBox(form);
    for (const AreaLevel &l : m_project->levels())
        m_level->addItem(l.name(m_german), l.key);
    choose(m_level, m_project->finestLevel());
    m_period = new QComboBox(form);
    m_basis = new QComboBox(form);
    m_basis->addItem(tr("points per class"), int(BasisKind::ClassPoints));
    m_basis->addItem(tr("the value, shifted to be positive"), int(BasisKind::Shift));
    m_points = new QWidget(form);
    m_pointsLayout = new QVBoxLayout(m_points);
    m_pointsLayout->setContentsMargins(0, 0, 0, 0);
    m_offset = new QDoubleSpinBox(form);
    m_offset->setRange(0, 1000);
    m_offset->setDecimals(1);
    m_offset->setSuffix(tr(" % of the range"));
    m_offset->setValue(10);
    m_offset->setToolTip(tr("Added to every area's need, so the least needy area keeps some "
                            "weight: need = value − lowest value + offset × range"));
    m_need = new QComboBox(form);
    m_need->addItem(tr("higher values"), int(NeedDirection::HigherValue));
    m_need->addItem(tr("lower values"), int(NeedDirection::LowerValue));
    m_budget = amountBox(form);
    m_budget->setValue(500000);
    m_unit = new QComboBox(form);
    m_unit->addItem(tr("euros"), int(BudgetUnit::Euro));
    m_unit->addItem(tr("staff positions"), int(BudgetUnit::StaffPositions));
    m_unit->addItem(tr("hours"), int(BudgetUnit::Hours));
    m_floor = amountBox(form);
    m_cap = amountBox(form);
    m_cap->setSpecialValueText(tr("none"));
    m_whole = new QCheckBox(tr("in &whole units (the parts add up to the budget exactly)"), form);
    m_pins = new AllocationPinsEditor(form);
    m_previous = new QComboBox(form);
    m_previous->addItem(tr("none"), QString());
    try {
        for (const QString &name : m_project->store().allocations().names())
            m_previous->addItem(name, name);
    } catch (const StoreError &e) {
        m_previous->setToolTip(e.message()); // the list stays empty; the file is not changed
    }

    // Names for tests and accessibility tools.
    const std::pair<QWidget *, const char *> named[] = {{m_indicator, "indicator"},
                                                        {m_level, "level"},
                                                        {m_period, "period"},
                                                        {m_basis, "basis"},
                                                        {m_points, "points"},
                                                        {m_offset, "offset"},
                                                        {m_need, "need"},
                                                        {m_population, "population"},
                                                        {m_populationPeriod, "populationPeriod"},
                                                        {m_budget, "budget"},
                                                        {m_unit, "unit"},
                                                        {m_floor, "floor"},
                                                        {m_cap, "cap"},
                                                        {m_whole, "whole"},
                                                        {m_pins, "pins"},
                                                        {m_previous, "previous"}};
    for (const auto &[widget, name] : named)
        widget->setObjectName(QLatin1String(name));
    m_form->addRow(tr("Split by (&indicator):"), m_indicator);
    m_form->addRow(tr("&Level:"), m_level);
    m_form->addRow(tr("&Period:"), m_period);
    m_form->addRow(tr("Need &from:"), m_basis);
    m_form->addRow(tr("Points per c&lass:"), m_points);
    m_form->addRow(tr("&Offset:"), m_offset);
    m_form->addRow(tr("More need at:"), m_need);
    m_form->addRow(tr("&Times (population):"), m_population);
    m_form->addRow(tr("Population in:"), m_populationPeriod);
    m_form->addRow(tr("&Budget:"), m_budget);
    m_form->addRow(tr("&Counted in:"), m_unit);
    m_form->addRow(tr("&Floor per area:"), m_floor);
    m_form->addRow(tr("Cap per a&rea:"), m_cap);
    m_form->addRow(QString(), m_whole);
    m_form->addRow(tr("Fixed amounts:"), m_pins);
    m_form->addRow(tr("Compare wit&h:"), m_previous);

    connect(m_indicator, &QComboBox::currentIndexChanged, this, [this] {
        indicatorChanged();
        update();
    });
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        levelChanged();
        update();
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        unitChanged();
        update();
    });
    connect(m_whole, &QCheckBox::toggled, this, [this] {
        unitChanged();
        update();
    });
    connect(m_basis, &QComboBox::currentIndexChanged, this, [this] {
        indicatorChanged();
        update();
    });
    for (QComboBox *box : {m_period, m_population}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            populationChanged();
            update();
        });
    }
    for (QComboBox *box : {m_populationPeriod, m_need, m_previous})
        connect(box, &QComboBox::currentIndexChanged, this, &AllocationDialog::update);
    for (QDoubleSpinBox *box : {m_budget, m_floor, m_cap, m_offset})
        connect(box, &QDoubleSpinBox::valueChanged, this, &AllocationDialog::update);
    for (QDoubleSpinBox *box : {m_budget, m_floor, m_cap})
        connect(box, &QDoubleSpinBox::valueChanged, this, [this, box] { updateSuffix(box); });
    connect(m_pins, &AllocationPinsEditor::changed, this, &AllocationDialog::update);
    return form;
}

bool AllocationDialog::classIndicator() const
{
    const Indicator *i = m_project->indicator(m_indicator->currentData().toString());
    return i && !i->valueLabels.empty();
}

void AllocationDialog::indicatorChanged()
{
    const QString key = m_indicator->currentData().toString();
    const Indicator *indicator = m_project->indicator(key);
    if (!m_updating) {
        const QString before = m_period->currentData().toString();
        const QSignalBlocker block(m_period);
        m_period->clear();
        for (const QString &p : m_project->periods(key))
            m_period->addItem(p, p);
        // The same year where the indicator has it (a calendar year and its school year
        // match), else the latest.
        const QString same = before.isEmpty() ? QString() : m_project->matchingPeriod(key, before);
        m_period->setCurrentIndex(same.isEmpty() ? m_period->count() - 1
                                                 : m_period->findData(same));
        // Need at the end the indicator's polarity calls worse.
        const QSignalBlocker blockNeed(m_need);
        choose(m_need,
               int(indicator && indicator->polarity == Polarity::HigherIsBetter
                       ? NeedDirection::LowerValue
                       : NeedDirection::HigherValue));
    }
    const bool classes = classIndicator();
    const bool points =
        classes && BasisKind(m_basis->currentData().toInt()) == BasisKind::ClassPoints;
    m_form->setRowVisible(m_basis, classes);
    m_form->setRowVisible(m_points, points);
    m_form->setRowVisible(m_offset, !points);
    m_form->setRowVisible(m_need, !points);
    if (classes) {
        int most = 0;
        for (const ValueLabel &l : indicator->valueLabels)
            if (l.value >= 1 && l.value == std::floor(l.value))
                most = std::max(most, int(l.value));
        if (int(m_pointBoxes.size()) != most) {
            std::vector<double> points;
            for (int c = 0; c < most; ++c)
                points.push_back(c); // 0, 1, 2, ...: the first class gets nothing
            rebuildPoints(most, points);
        }
    }
    if (!m_updating)
        populationChanged(); // the period may have changed
}

void AllocationDialog::rebuildPoints(int classes, const std::vector<double> &points)
{
    for (QDoubleSpinBox *box : m_pointBoxes)
        delete box;
    m_pointBoxes.clear();
    while (QLayoutItem *item = m_pointsLayout->takeAt(0))
        delete item;
    const Indicator *indicator = m_project->indicator(m_indicator->currentData().toString());
    for (int c = 0; c < classes; ++c) {
        auto *box = new QDoubleSpinBox(m_points);
        box->setRange(0, 1000);
        box->setDecimals(1);
        box->setValue(std::size_t(c) < points.size() ? points[std::size_t(c)] : 0);
        // By the class's name, as the rule text and the table give it ("sehr niedrig: 3").
        const ValueLabel *label = indicator ? indicator->label(c + 1) : nullptr;
        const QString name = label && !label->name(m_german).isEmpty() ? label->name(m_german)
                                                                       : tr("class %1").arg(c + 1);
        box->setToolTip(tr("Points of the areas of class %1 (%2)").arg(c + 1).arg(name));
        box->setPrefix(QStringLiteral("%1: ").arg(name));
        connect(box, &QDoubleSpinBox::valueChanged, this, &AllocationDialog::update);
        m_pointsLayout->addWidget(box);
        m_pointBoxes.push_back(box);
    }
}

void AllocationDialog::populationChanged()
{
    const QString key = m_population->currentData().toString();
    m_form->setRowVisible(m_populationPeriod, !key.isEmpty());
    const QSignalBlocker block(m_populationPeriod);
    m_populationPeriod->clear();
    if (key.isEmpty())
        return;
    const QStringList periods = m_project->periods(key);
    for (const QString &p : periods)
        m_populationPeriod->addItem(p, p);
    // The indicator's period where the population has it, else the nearest year (the
    // later of two as near): the index of 2020 with the population of 2024.
    const QString period = m_period->currentData().toString();
    const QString same = period.isEmpty() ? QString() : m_project->matchingPeriod(key, period);
    int chosen = same.isEmpty() ? -1 : m_populationPeriod->findData(same);
    if (chosen < 0 && !periods.isEmpty()) {
        const int year = yearOf(period);
        chosen = int(periods.size()) - 1;
        for (int i = int(periods.size()) - 1; i >= 0 && year >= 0; --i)
            if (std::abs(yearOf(periods[i]) - year) < std::abs(yearOf(periods[chosen]) - year))
                chosen = i;
    }
    m_populationPeriod->setCurrentIndex(chosen);
}

void AllocationDialog::levelChanged()
{
    std::vector<QString> keys, names;
    for (int i : m_project->areasOfLevel(m_level->currentData().toString())) {
        keys.push_back(m_project->areas()[std::size_t(i)].key);
        names.push_back(m_project->areas()[std::size_t(i)].name);
    }
    m_pins->setAreas(keys, names);
}

void AllocationDialog::unitChanged()
{
    const auto unit = BudgetUnit(m_unit->currentData().toInt());
    const QString suffix = QLatin1Char(' ') + AllocationRule::unitName(unit);
    // Whole units take whole numbers; positions and hours may be halves, euros cents.
    const int decimals = m_whole->isChecked() ? 0 : 2;
    for (QDoubleSpinBox *box : {m_budget, m_floor, m_cap}) {
        const QSignalBlocker block(box);
        box->setDecimals(decimals);
        updateSuffix(box);
    }
    m_pins->setUnit(suffix, decimals);
}

void AllocationDialog::updateSuffix(QDoubleSpinBox *box)
{
    // "1 Stelle", "2 Stellen": the unit as the amount reads.
    const auto unit = BudgetUnit(m_unit->currentData().toInt());
    QString suffix = QLatin1Char(' ') + AllocationRule::unitName(unit);
    if (box->value() == 1 && unit == BudgetUnit::StaffPositions)
        suffix = QLatin1Char(' ') + tr("staff position");
    else if (box->value() == 1 && unit == BudgetUnit::Hours)
        suffix = QLatin1Char(' ') + tr("hour");
    if (box->suffix() != suffix)
        box->setSuffix(suffix);
}

void AllocationDialog::setRule(const AllocationRule &rule, const QString &previous)
{
    m_updating = true;
    {
        const QSignalBlocker blocks[] = {QSignalBlocker(m_indicator), QSignalBlocker(m_level),
                                         QSignalBlocker(m_unit), QSignalBlocker(m_whole),
                                         QSignalBlocker(m_basis)};
        choose(m_indicator, rule.indicatorKey);
        choose(m_level,
               rule.levelKey.isEmpty() ? m_project->finestLevel()
                                       : m_project->levelKey(rule.levelKey));
        choose(m_unit, int(rule.unit));
        m_whole->setChecked(rule.wholeUnits);
        choose(m_basis, int(rule.basis));
    }
    m_updating = false;
    indicatorChanged(); // periods and the need of the indicator
    m_updating = true;
    levelChanged();
    unitChanged();
    {
        const QSignalBlocker blocks[] = {
            QSignalBlocker(m_period), QSignalBlocker(m_need),     QSignalBlocker(m_population),
            QSignalBlocker(m_budget), QSignalBlocker(m_floor),    QSignalBlocker(m_cap),
            QSignalBlocker(m_offset), QSignalBlocker(m_previous), QSignalBlocker(m_pins)};
        if (!rule.period.isEmpty())
            choose(m_period, m_project->matchingPeriod(rule.indicatorKey, rule.period));
        choose(m_need, int(rule.need));
        choose(m_population, rule.populationKey);
        populationChanged();
        if (!rule.populationPeriod.isEmpty())
            choose(m_populationPeriod, rule.populationPeriod);
        m_budget->setValue(rule.budget);
        m_floor->setValue(rule.floor);
        m_cap->setValue(rule.hasCap() ? rule.cap : 0);
        m_offset->setValue(rule.offset * 100);
        choose(m_previous, previous);
        m_pins->setPins(rule.pins);
        if (rule.basis == BasisKind::ClassPoints)
            rebuildPoints(int(rule.points.size()), rule.points);
    }
    m_updating = false;
    update();
}

void AllocationDialog::start(const QString &indicator, const QString &level, const QString &period)
{
    {
        const QSignalBlocker blocks[] = {QSignalBlocker(m_indicator), QSignalBlocker(m_level)};
        // From the map of an index's groups, the index's status classes are what to split by.
        const Indicator *shown = m_project->indicator(indicator);
        const auto part = shown ? IndexParts::parse(shown->recipe) : std::nullopt;
        choose(m_indicator,
               part && part->second == IndexPart::Group
                   ? IndexParts::key(part->first, IndexPart::Class)
                   : indicator);
        choose(m_level, level);
    }
    indicatorChanged();
    levelChanged();
    if (!period.isEmpty()) {
        const QSignalBlocker block(m_period);
        choose(m_period, m_project->matchingPeriod(m_indicator->currentData().toString(), period));
    }
    populationChanged();
    update();
}

AllocationRule AllocationDialog::rule() const
{
    AllocationRule r;
    r.indicatorKey = m_indicator->currentData().toString();
    r.levelKey = m_level->currentData().toString();
    r.period = m_period->currentData().toString();
    r.budget = m_budget->value();
    r.unit = BudgetUnit(m_unit->currentData().toInt());
    r.populationKey = m_population->currentData().toString();
    // Kept only where it is not the indicator's period (as ProjectAllocation keeps it).
    const QString populationPeriod = m_populationPeriod->currentData().toString();
    if (!r.populationKey.isEmpty() && !populationPeriod.isEmpty()
        && populationPeriod != m_project->matchingPeriod(r.populationKey, r.period))
        r.populationPeriod = populationPeriod;
    r.floor = m_floor->value();
    r.cap = m_cap->value() > 0 ? m_cap->value() : AllocationRule::kNoCap;
    r.pins = m_pins->pins();
    r.wholeUnits = m_whole->isChecked();
    if (classIndicator() && BasisKind(m_basis->currentData().toInt()) == BasisKind::ClassPoints) {
        r.basis = BasisKind::ClassPoints;
        r.points.clear();
        for (const QDoubleSpinBox *box : m_pointBoxes)
            r.points.push_back(box->value());
    } else {
        r.offset = m_offset->value() / 100;
        r.need = NeedDirection(m_need->currentData().toInt());
    }
    return r;
}

QString AllocationDialog::previousName() const
{
    return m_previous->currentData().toString();
}

void AllocationDialog::update()
{
    if (m_updating)
        return;
    m_problem.clear();
    m_allocation.reset();
    const QString previous = previousName();
    if (!previous.isEmpty() && (!m_previousRead || m_previousRead->name != previous)) {
        try {
            m_previousRead = m_project->store().allocations().read(previous);
            if (!m_previousRead)
                m_problem =
                    tr("The saved allocation \"%1\" is gone from the project.").arg(previous);
        } catch (const StoreError &e) {
            m_problem = e.message();
            m_previousRead.reset();
        }
    }
    if (m_problem.isEmpty()) {
        const StoredAllocation *before = previous.isEmpty() ? nullptr : &*m_previousRead;
        if (auto a = ProjectAllocation::compute(*m_project, rule(), m_german, &m_problem, before))
            m_allocation = std::make_shared<const Allocation>(std::move(*a));
    }
    const QLocale locale;
    m_model->setAllocation(m_allocation, locale);
    if (m_allocation) {
        m_result->setCurrentWidget(m_table);
        m_totals->setText(AllocationTableView::summary(*m_allocation, locale));
        m_words->setText(m_allocation->describe(locale));
    } else {
        m_message->setText(tr("No allocation with these settings:\n%1").arg(m_problem));
        m_result->setCurrentWidget(m_message);
        m_totals->clear();
        m_words->clear();
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_allocation != nullptr);
    m_save->setEnabled(m_allocation != nullptr);
}

} // namespace qw
