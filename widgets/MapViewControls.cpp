#include "MapViewControls.h"

#include "Classification.h"
#include "ColorRamp.h"
#include "HelpSection.h"
#include "Project.h"
#include "UiLanguage.h"

#include <QAbstractItemView>
#include <QActionGroup>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QSignalBlocker>
#include <QSpinBox>

namespace qw {

namespace {

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text + QLatin1Char(' '), parent);
    label->setContentsMargins(6, 0, 0, 0);
    return label;
}

// A box narrower than its longest entry: the list opens wide enough for every entry, and
// the tooltip names the chosen one whole.
void showWholeEntries(QComboBox *box)
{
    box->view()->setMinimumWidth(box->view()->sizeHintForColumn(0) + 24);
    box->setToolTip(box->currentText());
}

} // namespace

MapViewControls::MapViewControls(QWidget *parent)
    : QToolBar(tr("Map"), parent)
    , m_level(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_classification(new QComboBox(this))
    , m_classes(new QSpinBox(this))
    , m_editBreaks(new QAction(tr("Manual class &breaks…"), this))
    , m_overlay(new QComboBox(this))
    , m_overlayIndicator(new QComboBox(this))
    , m_labels(new QActionGroup(this))
    , m_ramps(new QActionGroup(this))
    , m_showFacilities(new QAction(tr("Show &facilities"), this))
{
    HelpSection::set(this, HelpSection::Map);
    setObjectName(QStringLiteral("mapToolBar"));
    m_levelWidgets[0] = addWidget(caption(tr("Level:"), this));
    m_level->setAccessibleName(tr("Area level"));
    m_levelWidgets[1] = addWidget(m_level);
    connect(m_level, &QComboBox::activated, this,
            [this] { Q_EMIT levelChosen(m_level->currentData().toString()); });
    addWidget(caption(tr("Period:"), this));
    m_period->setMinimumContentsLength(8);
    m_period->setAccessibleName(tr("Period"));
    addWidget(m_period);
    addSeparator();
    addWidget(caption(tr("Classes:"), this));
    for (const ClassificationMethod *m : ClassificationRegistry::instance().methods())
        m_classification->addItem(m->kind() == ClassificationKind::Manual
                                      ? tr("%1…", "opens a dialog").arg(m->name())
                                      : m->name(),
                                  m->id());
    m_classification->setAccessibleName(tr("Classification method"));
    // "Standardabweichung um den Mittelwert der Gebiete" alone would push the German toolbar
    // past a 1366 pixel window.
    m_classification->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_classification->setMinimumContentsLength(16);
    showWholeEntries(m_classification);
    addWidget(m_classification);
    m_classes->setRange(2, 9);
    m_classes->setValue(5);
    m_classes->setAccessibleName(tr("Number of classes"));
    m_classesAction = addWidget(m_classes);
    m_classification->setPlaceholderText(tr("one colour per class"));
    addSeparator();
    addWidget(caption(tr("Overlay:"), this));
    m_overlay->addItem(tr("none"), int(ProjectMap::Overlay::None));
    m_overlay->addItem(tr("circles"), int(ProjectMap::Overlay::Circles));
    m_overlay->addItem(tr("bivariate 3×3"), int(ProjectMap::Overlay::Bivariate));
    m_overlay->setAccessibleName(tr("Overlay of a second indicator"));
    addWidget(m_overlay);
    m_overlayIndicator->setMinimumContentsLength(18);
    m_overlayIndicator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_overlayIndicator->setAccessibleName(tr("Second indicator"));
    m_overlayIndicator->setEnabled(false);
    addWidget(m_overlayIndicator);

    const std::pair<LabelMode, QString> labelModes[] = {{LabelMode::None, tr("&No labels")},
                                                        {LabelMode::Names, tr("Area na&mes")},
                                                        {LabelMode::Values, tr("&Values")}};
    for (const auto &[mode, text] : labelModes) {
        QAction *a = m_labels->addAction(text);
        a->setCheckable(true);
        a->setData(int(mode));
        a->setChecked(mode == LabelMode::None);
    }
    QAction *automatic = m_ramps->addAction(tr("&Automatic (by polarity)"));
    automatic->setCheckable(true);
    automatic->setChecked(true);
    for (const ColorRamp &r : ColorRamp::all()) {
        QAction *a = m_ramps->addAction(r.name());
        a->setCheckable(true);
        a->setData(r.id());
    }
    m_showFacilities->setCheckable(true);
    m_showFacilities->setChecked(true);
    const std::pair<FacilityKind, QString> kinds[] = {
        {FacilityKind::School, tr("&Schools")},
        {FacilityKind::Kita, tr("&Kitas")},
        {FacilityKind::YouthCentre, tr("&Youth centres")},
        {FacilityKind::Other, tr("&Other facilities")}};
    for (const auto &[kind, text] : kinds) {
        QAction *a = new QAction(text, this);
        a->setCheckable(true);
        a->setChecked(true);
        m_facilityKinds[std::size_t(kind)] = a;
        connect(a, &QAction::toggled, this, &MapViewControls::changed);
    }
    addSeparator();
    addAction(m_showFacilities);

    connect(m_period, &QComboBox::activated, this,
            [this](int index) { Q_EMIT periodChosen(m_period->itemText(index)); });
    // activated, not currentIndexChanged: choosing "Manual breaks…" again edits the breaks.
    connect(m_classification, &QComboBox::activated, this, [this](int index) {
        if (m_classification->itemData(index).toString() == QLatin1String("manual")) {
            // Until the dialog applies breaks, the list shows what the map shows.
            const QSignalBlocker blocker(m_classification);
            // (the list already shows the new choice, so the breaks tell what the map shows)
            m_classification->setCurrentIndex(m_breaks.empty() ? m_automaticMethod : index);
            Q_EMIT manualBreaksRequested();
            return;
        }
        m_automaticMethod = index;
        m_breaks.clear();
        showManual(false);
        Q_EMIT changed();
    });
    connect(m_editBreaks, &QAction::triggered, this, &MapViewControls::manualBreaksRequested);
    for (QComboBox *box : {m_classification, m_overlayIndicator})
        connect(box, &QComboBox::currentTextChanged, box, &QWidget::setToolTip);
    connect(m_classes, &QSpinBox::valueChanged, this, &MapViewControls::changed);
    connect(m_overlay, &QComboBox::currentIndexChanged, this, [this] {
        m_overlayIndicator->setEnabled(m_overlay->currentIndex() > 0);
        Q_EMIT changed();
    });
    connect(m_overlayIndicator, &QComboBox::currentIndexChanged, this, [this] {
        if (m_overlay->currentIndex() > 0)
            Q_EMIT changed();
    });
    connect(m_labels, &QActionGroup::triggered, this, &MapViewControls::changed);
    connect(m_ramps, &QActionGroup::triggered, this, &MapViewControls::changed);
    connect(m_showFacilities, &QAction::toggled, this, &MapViewControls::changed);
}

void MapViewControls::setProject(const std::shared_ptr<const Project> &project, bool german)
{
    const QSignalBlocker blocker(m_overlayIndicator);
    m_overlayIndicator->clear();
    if (!project)
        return;
    for (const Indicator &i : project->indicators())
        m_overlayIndicator->addItem(i.name(german), i.key);
    showWholeEntries(m_overlayIndicator);
}

void MapViewControls::setLevels(const std::shared_ptr<const Project> &project,
                                const QString &current)
{
    const QSignalBlocker blocker(m_level);
    m_level->clear();
    if (project)
        for (const AreaLevel &l : project->levels())
            if (!project->areasOfLevel(l.key).empty())
                m_level->addItem(l.name(germanUi()), l.key); // "Social area" in English
    m_level->setCurrentIndex(std::max(0, m_level->findData(current)));
    for (QAction *a : m_levelWidgets)
        a->setVisible(m_level->count() > 1);
}

void MapViewControls::setPeriods(const QStringList &periods, const QString &current)
{
    const QSignalBlocker blocker(m_period);
    m_period->clear();
    m_period->addItems(periods);
    m_period->setCurrentText(current);
    Q_EMIT periodsShown(periods, current);
}

void MapViewControls::addMenusTo(QMenu *menu)
{
    QMenu *labels = menu->addMenu(tr("&Labels"));
    labels->addActions(m_labels->actions());
    QMenu *facilities = menu->addMenu(tr("&Facilities"));
    facilities->addAction(m_showFacilities);
    facilities->addSeparator();
    for (QAction *a : m_facilityKinds)
        facilities->addAction(a);
    QMenu *ramps = menu->addMenu(tr("&Colour scheme"));
    ramps->addActions(m_ramps->actions());
    menu->addAction(m_editBreaks);
}

int MapViewControls::methodIndex() const
{
    return m_codes ? m_methodBeforeCodes : m_classification->currentIndex();
}

bool MapViewControls::isManual() const
{
    return m_classification->itemData(methodIndex()).toString() == QLatin1String("manual");
}

void MapViewControls::showCodes(bool codes)
{
    const QSignalBlocker blocker(m_classification);
    if (codes && m_classification->currentIndex() >= 0)
        m_methodBeforeCodes = m_classification->currentIndex();
    else if (!codes && m_codes)
        m_classification->setCurrentIndex(m_methodBeforeCodes);
    m_codes = codes;
    if (codes)
        m_classification->setCurrentIndex(-1);
    m_classification->setEnabled(!codes);
    m_classesAction->setVisible(!codes);
    m_classification->setToolTip(codes ? tr("Codes such as an index's classes get one colour "
                                            "each; there is nothing to classify.")
                                       : m_classification->currentText());
}

void MapViewControls::showManual(bool manual)
{
    const QSignalBlocker blocker(m_classes);
    m_classes->setEnabled(!manual);
    m_classes->setToolTip(manual ? tr("The manual breaks decide the number of classes.")
                                 : QString());
    if (manual)
        m_classes->setValue(int(m_breaks.size()) + 1);
}

void MapViewControls::applyManualBreaks(const std::vector<double> &breaks)
{
    {
        const QSignalBlocker blocker(m_classification);
        m_classification->setCurrentIndex(m_classification->findData(QStringLiteral("manual")));
    }
    m_breaks = breaks;
    showManual(true);
    Q_EMIT changed();
}

bool MapViewControls::leaveManualBreaks()
{
    if (!isManual())
        return false;
    const QSignalBlocker blocker(m_classification);
    m_classification->setCurrentIndex(m_automaticMethod);
    m_breaks.clear();
    showManual(false);
    return true;
}

void MapViewControls::fill(ProjectMap::View &view) const
{
    view.classification.classification = m_classification->itemData(methodIndex()).toString();
    view.classification.classes = m_classes->value();
    view.classification.breaks = isManual() ? m_breaks : std::vector<double>();
    const QAction *ramp = m_ramps->checkedAction();
    view.classification.ramp = ramp ? ramp->data().toString() : QString();
    view.overlay = ProjectMap::Overlay(m_overlay->currentData().toInt());
    view.overlayIndicator = view.overlay == ProjectMap::Overlay::None
        ? QString()
        : m_overlayIndicator->currentData().toString();
    const QAction *labels = m_labels->checkedAction();
    view.labels = labels ? LabelMode(labels->data().toInt()) : LabelMode::None;
    view.showFacilities = m_showFacilities->isChecked();
    for (std::size_t k = 0; k < m_facilityKinds.size(); ++k)
        view.facilityKinds[k] = m_facilityKinds[k]->isChecked();
}

void MapViewControls::apply(const ProjectMap::View &view)
{
    const QSignalBlocker b1(m_classification), b2(m_classes), b3(m_overlay), b4(m_overlayIndicator),
        b5(m_showFacilities);
    const int method = m_classification->findData(view.classification.classification);
    if (method >= 0)
        m_classification->setCurrentIndex(method);
    if (m_codes) // the codes stay shown until the indicator changes (showCodes)
        showCodes(true);
    if (!isManual())
        m_automaticMethod = methodIndex();
    m_classes->setValue(view.classification.classes);
    m_breaks = isManual() ? view.classification.breaks : std::vector<double>();
    showManual(isManual());
    for (QAction *a : m_ramps->actions())
        a->setChecked(a->data().toString() == view.classification.ramp);
    m_overlay->setCurrentIndex(m_overlay->findData(int(view.overlay)));
    m_overlayIndicator->setEnabled(view.overlay != ProjectMap::Overlay::None);
    const int second = m_overlayIndicator->findData(view.overlayIndicator);
    if (second >= 0)
        m_overlayIndicator->setCurrentIndex(second);
    // (the signals that keep the tooltips are blocked here)
    m_classification->setToolTip(m_classification->currentText());
    m_overlayIndicator->setToolTip(m_overlayIndicator->currentText());
    for (QAction *a : m_labels->actions())
        a->setChecked(LabelMode(a->data().toInt()) == view.labels);
    m_showFacilities->setChecked(view.showFacilities);
    for (std::size_t k = 0; k < m_facilityKinds.size(); ++k) {
        const QSignalBlocker b(m_facilityKinds[k]);
        m_facilityKinds[k]->setChecked(view.facilityKinds[k]);
    }
}

} // namespace qw
