#include "DerivedIndicatorDialog.h"

#include "DerivedIndicators.h"
#include "HelpSection.h"
#include "ProjectStore.h"
#include "ProjectTypes.h"
#include "ShareCheck.h"
#include "StoreError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qw {

namespace {

constexpr int kPreviewRows = 8;

QComboBox *indicatorBox(const std::vector<Indicator> &catalogue, bool german, bool countsOnly,
                        QWidget *parent)
{
    auto *box = new QComboBox(parent);
    for (const Indicator &i : catalogue)
        if (!countsOnly || i.kind == IndicatorKind::Count)
            box->addItem(QStringLiteral("%1 (%2)").arg(i.name(german), i.key), i.key);
    return box;
}

} // namespace

DerivedIndicatorDialog::DerivedIndicatorDialog(const QString &projectPath,
                                               const std::vector<Indicator> &catalogue, bool german,
                                               QWidget *parent)
    : QDialog(parent)
    , m_german(german)
    , m_catalogue(catalogue)
    , m_kind(new QComboBox(this))
    , m_pages(new QWidget(this))
    , m_nameDe(new QLineEdit(this))
    , m_nameEn(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_formula(new QLabel(this))
    , m_problemLabel(new QLabel(this))
    , m_warningLabel(new QLabel(this))
    , m_preview(new QTableWidget(0, 3, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    HelpSection::set(this, HelpSection::Derived);
    setWindowTitle(tr("New derived indicator"));
    try {
        m_store = ProjectStore::open(projectPath, ProjectStore::Access::ReadOnly);
    } catch (const StoreError &e) {
        m_problem = e.message(); // shown by update(); OK stays disabled
    }
    // The order of RecipeKind.
    m_kind->addItem(tr("Share or rate of two counts"), int(RecipeKind::Rate));
    m_kind->addItem(tr("Change against earlier years"), int(RecipeKind::Change));
    m_kind->addItem(tr("Change in % against earlier years"), int(RecipeKind::PctChange));
    m_kind->addItem(tr("Change in rank against earlier years"), int(RecipeKind::RankChange));
    m_kind->addItem(tr("Sum of counts"), int(RecipeKind::Sum));
    m_kind->addItem(tr("Difference"), int(RecipeKind::Diff));
    buildPages(catalogue, german);

    m_formula->setWordWrap(true);
    m_formula->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b2182b"));
    // A warning, not an error: the planner may still define it (OK stays enabled), so it
    // looks like a note beside the values it doubts rather than like the red refusal.
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setStyleSheet(QStringLiteral("QLabel { color: #7f3b08; background: #fee0b6; "
                                                 "border: 1px solid #e08214; padding: 6px; }"));
    m_warningLabel->hide();
    m_preview->setHorizontalHeaderLabels({tr("Area"), tr("Period"), tr("Value")});
    m_preview->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_preview->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setMinimumHeight(180);
    m_key->setPlaceholderText(tr("e.g. child_poverty_change"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(m_pages);
    form->addRow(tr("Name (&German):"), m_nameDe);
    form->addRow(tr("Name (&English):"), m_nameEn);
    form->addRow(tr("Ke&y:"), m_key);
    form->addRow(tr("Formula:"), m_formula);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("First values (latest period):"), this));
    layout->addWidget(m_preview);
    layout->addWidget(m_warningLabel);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int i) {
        showPage(i);
        suggestNames();
        update();
    });
    const auto changed = [this] {
        suggestNames();
        update();
    };
    for (QComboBox *box :
         {m_numerator, m_denominator, m_per, m_changeInput, m_minuend, m_subtrahend})
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    connect(m_years, &QSpinBox::valueChanged, this, changed);
    connect(m_sumInputs, &QListWidget::itemChanged, this, changed);
    connect(m_nameDe, &QLineEdit::textEdited, this, [this] {
        m_namesEdited = true;
        suggestNames();
        update();
    });
    connect(m_nameEn, &QLineEdit::textEdited, this, [this] { m_namesEdited = true; });
    connect(m_key, &QLineEdit::textEdited, this, [this] {
        m_keyEdited = true;
        update();
    });
    showPage(0);
    resize(600, 600);
    suggestNames();
    update();
}

DerivedIndicatorDialog::~DerivedIndicatorDialog() = default;

void DerivedIndicatorDialog::showPage(int index)
{
    // Only the kind's own inputs are shown (and take room).
    for (int i = 0; i < m_pageWidgets.size(); ++i)
        m_pageWidgets[i]->setVisible(i == index);
}

void DerivedIndicatorDialog::buildPages(const std::vector<Indicator> &catalogue, bool german)
{
    auto *pages = new QVBoxLayout(m_pages);
    pages->setContentsMargins(0, 0, 0, 0);
    const auto page = [this, pages] {
        auto *w = new QWidget(m_pages);
        auto *f = new QFormLayout(w);
        f->setContentsMargins(0, 0, 0, 0);
        pages->addWidget(w);
        m_pageWidgets << w;
        return f;
    };
    QFormLayout *rate = page();
    m_numerator = indicatorBox(catalogue, german, true, this);
    m_denominator = indicatorBox(catalogue, german, true, this);
    // Catalogues list the total first (inhabitants, then age groups): the first share that
    // makes sense is the second count of the first, not the first of the second (3,210 %).
    if (m_numerator->count() > 1)
        m_numerator->setCurrentIndex(1);
    m_per = new QComboBox(this);
    m_per->addItem(tr("in % (per 100)"), 100.0);
    m_per->addItem(tr("per 1,000"), 1000.0);
    m_per->addItem(tr("as a share (per 1)"), 1.0);
    rate->addRow(tr("&Numerator:"), m_numerator);
    rate->addRow(tr("&Denominator:"), m_denominator);
    rate->addRow(tr("&Base:"), m_per);

    QFormLayout *change = page();
    m_changeInput = indicatorBox(catalogue, german, false, this);
    m_years = new QSpinBox(this);
    m_years->setRange(1, 30);
    m_years->setValue(1);
    // "1 Jahr zuvor", "2 Jahre zuvor": the suffix follows the number.
    const auto yearsSuffix = [this](int years) {
        m_years->setSuffix(tr(" year(s) earlier", nullptr, years));
    };
    yearsSuffix(1);
    connect(m_years, &QSpinBox::valueChanged, this, yearsSuffix);
    change->addRow(tr("&Indicator:"), m_changeInput);
    change->addRow(tr("&Compared with:"), m_years);
    // Change in % shares the inputs of the change.
    QFormLayout *pct = page();
    pct->addRow(new QLabel(tr("Indicator and years as for the change."), this));
    QFormLayout *rank = page();
    rank->addRow(new QLabel(tr("Indicator and years as for the change; rank 1 is the highest "
                               "value, a positive change is a climb."),
                            this));

    QFormLayout *sum = page();
    m_sumInputs = new QListWidget(this);
    for (const Indicator &i : catalogue) {
        if (i.kind != IndicatorKind::Count)
            continue;
        auto *item =
            new QListWidgetItem(QStringLiteral("%1 (%2)").arg(i.name(german), i.key), m_sumInputs);
        item->setData(Qt::UserRole, i.key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_sumInputs->setMaximumHeight(140);
    sum->addRow(tr("&Counts to add:"), m_sumInputs);

    QFormLayout *diff = page();
    m_minuend = indicatorBox(catalogue, german, false, this);
    m_subtrahend = indicatorBox(catalogue, german, false, this);
    if (m_subtrahend->count() > 1)
        m_subtrahend->setCurrentIndex(1);
    diff->addRow(tr("&From:"), m_minuend);
    diff->addRow(tr("&Subtract:"), m_subtrahend);
}

Recipe DerivedIndicatorDialog::recipe() const
{
    Recipe r;
    r.kind = RecipeKind(m_kind->currentData().toInt());
    switch (r.kind) {
    case RecipeKind::Rate:
        r.inputs = {m_numerator->currentData().toString(), m_denominator->currentData().toString()};
        r.per = m_per->currentData().toDouble();
        break;
    case RecipeKind::Change:
    case RecipeKind::PctChange:
    case RecipeKind::RankChange:
        r.inputs = {m_changeInput->currentData().toString()};
        r.years = m_years->value();
        break;
    case RecipeKind::Sum:
        for (int i = 0; i < m_sumInputs->count(); ++i)
            if (m_sumInputs->item(i)->checkState() == Qt::Checked)
                r.inputs << m_sumInputs->item(i)->data(Qt::UserRole).toString();
        break;
    case RecipeKind::Diff:
        r.inputs = {m_minuend->currentData().toString(), m_subtrahend->currentData().toString()};
        break;
    }
    return r;
}

QString DerivedIndicatorDialog::key() const
{
    return m_key->text().trimmed();
}

QString DerivedIndicatorDialog::nameDe() const
{
    return m_nameDe->text().trimmed();
}

QString DerivedIndicatorDialog::nameEn() const
{
    return m_nameEn->text().trimmed();
}

void DerivedIndicatorDialog::suggestNames()
{
    // Names follow the form until the planner types their own.
    const Recipe r = recipe();
    const auto name = [this](QComboBox *box, bool german) {
        const QString key = box->currentData().toString();
        for (const Indicator &i : m_catalogue)
            if (i.key == key)
                return i.name(german);
        return key;
    };
    const auto label = [&](QComboBox *box) {
        return name(box, true);
    };
    const auto labelEn = [&](QComboBox *box) {
        return name(box, false);
    };
    if (!m_namesEdited) {
        QString de, en;
        switch (r.kind) {
        case RecipeKind::Rate:
            de = QStringLiteral("Anteil %1").arg(label(m_numerator));
            en = QStringLiteral("Share of %1").arg(labelEn(m_numerator));
            break;
        case RecipeKind::Change:
            de = QStringLiteral("Veränderung %1").arg(label(m_changeInput));
            en = QStringLiteral("Change in %1").arg(labelEn(m_changeInput));
            break;
        case RecipeKind::PctChange:
            de = QStringLiteral("Veränderung %1 in %").arg(label(m_changeInput));
            en = QStringLiteral("Change in %1, %").arg(labelEn(m_changeInput));
            break;
        case RecipeKind::RankChange:
            de = QStringLiteral("Rangveränderung %1").arg(label(m_changeInput));
            en = QStringLiteral("Change in rank of %1").arg(labelEn(m_changeInput));
            break;
        case RecipeKind::Sum:
            de = QStringLiteral("Summe");
            en = QStringLiteral("Sum");
            break;
        case RecipeKind::Diff:
            de = QStringLiteral("Differenz %1 – %2").arg(label(m_minuend), label(m_subtrahend));
            en =
                QStringLiteral("Difference %1 – %2").arg(labelEn(m_minuend), labelEn(m_subtrahend));
            break;
        }
        m_nameDe->setText(de);
        m_nameEn->setText(en);
    }
    if (!m_keyEdited) {
        QString suffix;
        switch (r.kind) {
        case RecipeKind::Rate:
            suffix = QStringLiteral("_rate");
            break;
        case RecipeKind::Change:
            suffix = QStringLiteral("_change_%1").arg(r.years);
            break;
        case RecipeKind::PctChange:
            suffix = QStringLiteral("_pct_change_%1").arg(r.years);
            break;
        case RecipeKind::RankChange:
            suffix = QStringLiteral("_rank_change_%1").arg(r.years);
            break;
        case RecipeKind::Sum:
            suffix = QStringLiteral("_sum");
            break;
        case RecipeKind::Diff:
            suffix = QStringLiteral("_diff");
            break;
        }
        m_key->setText(r.inputs.value(0, QStringLiteral("derived")) + suffix);
    }
}

void DerivedIndicatorDialog::update()
{
    const Recipe r = recipe();
    std::vector<DerivedIndicators::PreviewRow> rows;
    std::optional<Indicator> entry;
    std::optional<ShareExcess> excess;
    QString words;
    m_warning.clear();
    if (m_store) {
        m_problem.clear();
        try {
            const std::vector<Indicator> catalogue = m_store->indicators();
            words = r.describe([&](const QString &key) {
                for (const Indicator &i : catalogue)
                    if (i.key == key)
                        return i.name(m_german);
                return key;
            });
            DerivedIndicators derived(*m_store);
            if (r.kind == RecipeKind::Sum && r.inputs.size() < 2)
                m_problem = tr("Tick at least two counts to add.");
            else if ((entry = derived.check(key(), nameDe(), nameEn(), r, &m_problem)))
                rows = derived.preview(key(), r, kPreviewRows, &m_problem, &excess);
        } catch (const StoreError &e) {
            m_problem = e.message();
        }
    }
    m_formula->setText(QStringLiteral("%1\n%2").arg(r.text(), words));
    if (excess && entry)
        m_warning = ShareCheck::warning(*excess, entry->format(excess->largest, QLocale()));
    m_warningLabel->setText(m_warning);
    m_warningLabel->setVisible(!m_warning.isEmpty());
    m_problemLabel->setText(m_problem);
    m_problemLabel->setVisible(!m_problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty() && entry);
    m_preview->setRowCount(int(rows.size()));
    const QLocale locale;
    for (int i = 0; i < int(rows.size()); ++i) {
        const auto &row = rows[std::size_t(i)];
        QString value;
        if (row.status == ValueStatus::Suppressed)
            value = tr("suppressed");
        else if (!row.value)
            value = tr("no value");
        else
            value = entry->format(*row.value, locale);
        m_preview->setItem(
            i, 0, new QTableWidgetItem(row.areaName.isEmpty() ? row.areaKey : row.areaName));
        m_preview->setItem(i, 1, new QTableWidgetItem(row.period));
        auto *cell = new QTableWidgetItem(value);
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_preview->setItem(i, 2, cell);
    }
}

} // namespace qw
