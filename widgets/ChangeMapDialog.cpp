#include "ChangeMapDialog.h"

#include "HelpSection.h"
#include "Period.h"
#include "PeriodChange.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace qw {

ChangeMapDialog::ChangeMapDialog(const std::vector<Indicator> &catalogue,
                                 const std::map<QString, QStringList> &periods,
                                 const QString &shown, const QString &shownPeriod, bool german,
                                 QWidget *parent)
    : QDialog(parent)
    , m_all(catalogue)
    , m_periods(periods)
    , m_german(german)
    , m_indicator(new QComboBox(this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_mapping(new QComboBox(this))
    , m_absolute(new QRadioButton(this))
    , m_relative(new QRadioButton(tr("&Relative change in %"), this))
    , m_rank(new QRadioButton(tr("Change in ra&nk (rank 1 = highest value)"), this))
    , m_kinds(new QButtonGroup(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    HelpSection::set(this, HelpSection::Change);
    setWindowTitle(tr("Change between two periods"));
    // Indicators with two periods or more that are measured, not named codes, and not a
    // change already (a change of a change reads as nothing a planner asks for).
    for (const Indicator &i : catalogue) {
        const auto p = periods.find(i.key);
        if (p == periods.end() || p->second.size() < 2 || !i.valueLabels.empty())
            continue;
        if (const auto r = Recipe::parse(i.recipe, nullptr);
            !i.recipe.isEmpty() && r && r->comparesPeriods())
            continue;
        m_catalogue.push_back(i);
        m_indicator->addItem(QStringLiteral("%1 (%2)").arg(i.name(german), i.key), i.key);
    }
    m_indicator->setCurrentIndex(std::max(0, m_indicator->findData(shown)));
    m_kinds->addButton(m_absolute, int(RecipeKind::Change));
    m_kinds->addButton(m_relative, int(RecipeKind::PctChange));
    m_kinds->addButton(m_rank, int(RecipeKind::RankChange));
    m_absolute->setChecked(true);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setMinimumHeight(m_result->fontMetrics().height() * 4);

    auto *form = new QFormLayout;
    form->addRow(tr("&Indicator:"), m_indicator);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    // Filled by update(), with the chosen school year as the example.
    m_mapping->addItem(QString(), int(SchoolYearAs::None));
    m_mapping->addItem(QString(), int(SchoolYearAs::StartYear));
    m_mapping->addItem(QString(), int(SchoolYearAs::EndYear));
    m_mapping->setToolTip(tr("A school year and a calendar year are periods of different kinds: "
                             "a change between them holds only by the mapping chosen here, "
                             "which the legend states"));
    form->addRow(tr("School &years:"), m_mapping);
    auto *kinds = new QVBoxLayout;
    kinds->addWidget(m_absolute);
    kinds->addWidget(m_relative);
    kinds->addWidget(m_rank);
    form->addRow(tr("Kind:"), kinds);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_indicator, &QComboBox::currentIndexChanged, this, [this] {
        indicatorChanged();
        update();
    });
    connect(m_from, &QComboBox::currentIndexChanged, this, &ChangeMapDialog::update);
    connect(m_to, &QComboBox::currentIndexChanged, this, &ChangeMapDialog::update);
    connect(m_mapping, &QComboBox::currentIndexChanged, this, &ChangeMapDialog::update);
    connect(m_kinds, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            update();
    });
    indicatorChanged();
    // From the period on the map to the latest; on the latest, from the first.
    const QStringList ps = m_periods[indicatorKey()];
    if (!ps.isEmpty()) {
        const qsizetype at = ps.indexOf(shownPeriod);
        const bool fromShown = at >= 0 && at < ps.size() - 1;
        m_from->setCurrentIndex(fromShown ? int(at) : 0);
        m_to->setCurrentIndex(int(ps.size()) - 1);
    }
    update();
    resize(520, sizeHint().height());
}

const Indicator *ChangeMapDialog::chosen() const
{
    return findIndicator(m_catalogue, indicatorKey());
}

void ChangeMapDialog::indicatorChanged()
{
    const QSignalBlocker blockFrom(m_from), blockTo(m_to);
    const QString from = m_from->currentText(), to = m_to->currentText();
    m_from->clear();
    m_to->clear();
    const QStringList ps = m_periods[indicatorKey()];
    m_from->addItems(ps);
    m_to->addItems(ps);
    // The periods stay where the new indicator has them.
    m_from->setCurrentIndex(ps.contains(from) ? int(ps.indexOf(from)) : 0);
    m_to->setCurrentIndex(ps.contains(to) ? int(ps.indexOf(to)) : int(ps.size()) - 1);
    // Shares change in percentage points, other values in their unit.
    const Indicator *ind = chosen();
    const QString unit = ind ? ind->unitName(m_german) : QString();
    m_absolute->setText(!ind || unit.isEmpty() ? tr("&Absolute change")
                            : unit == QLatin1String("%")
                            ? tr("&Absolute change in percentage points")
                            : tr("&Absolute change (%1)").arg(unit));
}

QString ChangeMapDialog::indicatorKey() const
{
    return m_indicator->currentData().toString();
}

QString ChangeMapDialog::fromPeriod() const
{
    return m_from->currentText();
}

QString ChangeMapDialog::toPeriod() const
{
    return m_to->currentText();
}

RecipeKind ChangeMapDialog::kind() const
{
    return RecipeKind(m_kinds->checkedId());
}

SchoolYearAs ChangeMapDialog::mapping() const
{
    return m_mapping->isEnabled() ? SchoolYearAs(m_mapping->currentData().toInt())
                                  : SchoolYearAs::None;
}

void ChangeMapDialog::setMapping(SchoolYearAs mapping)
{
    m_mapping->setCurrentIndex(std::max(0, m_mapping->findData(int(mapping))));
}

std::optional<Recipe> ChangeMapDialog::recipe(QString *error) const
{
    if (!chosen()) {
        if (error)
            *error = tr("The project has no indicator with two periods or more.");
        return std::nullopt;
    }
    return PeriodChange::recipe(kind(), indicatorKey(), fromPeriod(), toPeriod(),
                                m_periods.at(indicatorKey()), error, mapping());
}

void ChangeMapDialog::update()
{
    // The mapping is offered where the indicator has school years and calendar years, with
    // the chosen school year as its example.
    const QStringList ps = m_periods[indicatorKey()];
    const QList<PeriodKind> kinds = periodKinds(ps);
    m_mapping->setEnabled(kinds.contains(PeriodKind::SchoolYear)
                          && kinds.contains(PeriodKind::CalendarYear));
    QString school = QStringLiteral("2019/20");
    for (const QString &p : {fromPeriod(), toPeriod()})
        if (periodKind(p) == PeriodKind::SchoolYear)
            school = p;
    const int start = schoolYearStart(school);
    m_mapping->setItemText(0, tr("not set against calendar years"));
    m_mapping->setItemText(
        1, tr("as the calendar year they begin in (%1)").arg(schoolYearAsWords(school, start)));
    m_mapping->setItemText(
        2, tr("as the calendar year they end in (%1)").arg(schoolYearAsWords(school, start + 1)));

    QString error;
    const auto r = recipe(&error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(r.has_value());
    if (!r) {
        m_result->setStyleSheet(QStringLiteral("color: #b2182b"));
        m_result->setText(error);
        return;
    }
    m_result->setStyleSheet(QString());
    const Indicator *input = chosen();
    if (const Indicator *existing = PeriodChange::existing(m_all, *r)) {
        m_result->setText(tr("The project already has \"%1\" (%2): it is shown for %3.")
                              .arg(existing->name(m_german), r->text(), toPeriod()));
        return;
    }
    // Across kinds the mapping is named, as the legend will state it.
    QString against = fromPeriod();
    if (const QString words = r->mappingWords(toPeriod(), fromPeriod()); !words.isEmpty())
        against += QStringLiteral(" (%1)").arg(words);
    const QString name = m_german ? PeriodChange::nameDe(*input, *r, toPeriod())
                                  : PeriodChange::nameEn(*input, *r, toPeriod());
    m_result->setText(tr("New derived indicator \"%1\" (%2), shown for %3 against %4. It is "
                         "kept with the project and can be compared, saved in a view and "
                         "exported; Undo removes it.")
                          .arg(name, r->text(), toPeriod(), against));
}

} // namespace qw
