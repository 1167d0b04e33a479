#include "NewProjectDialog.h"

#include "NewProjectFromLayer.h"
#include "Crs.h"
#include "ErrorDialog.h"
#include "FileDialogFolders.h"
#include "StoreError.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace qw {

NewProjectDialog::NewProjectDialog(QWidget *parent)
    : QDialog(parent)
    , m_sourcePath(new QLineEdit(this))
    , m_layer(new QComboBox(this))
    , m_key(new QComboBox(this))
    , m_name(new QComboBox(this))
    , m_level(new QLineEdit(tr("Sozialraum"), this))
    , m_crs(new QLineEdit(this))
    , m_duplicates(new QComboBox(this))
    , m_info(new QLabel(this))
{
    setWindowTitle(tr("New project from GeoPackage"));
    m_sourcePath->setReadOnly(true);
    auto *browse = new QPushButton(tr("Choose…"), this);
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_sourcePath, 1);
    sourceRow->addWidget(browse);
    m_crs->setPlaceholderText(tr("keep the file's, e.g. EPSG:25832"));
    m_info->setWordWrap(true);
    m_duplicates->addItem(tr("Stop with an error"), duplicateKeysCode(DuplicateKeys::Fail));
    m_duplicates->addItem(tr("Keep the first, leave out later ones"),
                          duplicateKeysCode(DuplicateKeys::First));
    m_duplicates->addItem(tr("Number later ones (KEY-2, KEY-3, …)"),
                          duplicateKeysCode(DuplicateKeys::Suffix));
    m_duplicates->setToolTip(tr("What happens when a feature has the key of an earlier one"));

    auto *form = new QFormLayout;
    form->addRow(tr("Area file:"), sourceRow);
    form->addRow(tr("Layer:"), m_layer);
    form->addRow(tr("Key field:"), m_key);
    form->addRow(tr("Name field:"), m_name);
    form->addRow(tr("Level name:"), m_level);
    form->addRow(tr("Coordinate system:"), m_crs);
    form->addRow(tr("Duplicate keys:"), m_duplicates);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create project…"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_info);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &NewProjectDialog::chooseSource);
    connect(m_layer, &QComboBox::currentIndexChanged, this, &NewProjectDialog::layerChanged);
    connect(m_crs, &QLineEdit::textChanged, this, &NewProjectDialog::updateInfo);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewProjectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewProjectDialog::reject);
    resize(600, 360);
}

NewProjectDialog::~NewProjectDialog() = default;

void NewProjectDialog::chooseSource()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose an area file"), FileDialogFolders::startFolder({}),
        tr("Vector data (*.gpkg *.shp *.geojson *.json *.gml);;All files (*)"));
    FileDialogFolders::remember(path, {});
    if (!path.isEmpty())
        loadSource(path);
}

void NewProjectDialog::loadSource(const QString &path)
{
    try {
        m_source = std::make_unique<AreaLayerSource>(path);
    } catch (const StoreError &e) {
        m_source.reset();
        ErrorDialog::warning(this, windowTitle(), e);
        return;
    }
    m_sourcePath->setText(path);
    m_layer->clear();
    for (const auto &l : m_source->layers())
        if (l.polygonal)
            m_layer->addItem(l.name);
    if (m_layer->count() == 0)
        m_info->setText(tr("This file has no polygon layer."));
    layerChanged();
}

void NewProjectDialog::layerChanged()
{
    m_key->clear();
    m_name->clear();
    if (!m_source)
        return;
    const AreaLayerSource::Layer *layer = m_source->layer(m_layer->currentText());
    if (!layer)
        return;
    m_key->addItems(layer->fields);
    m_name->addItems(layer->fields);
    m_key->setCurrentText(AreaLayerSource::guessKeyField(*layer));
    m_name->setCurrentText(AreaLayerSource::guessNameField(*layer));
    updateInfo();
}

int NewProjectDialog::requestedEpsg() const
{
    const QString text = m_crs->text().trimmed();
    if (text.isEmpty())
        return 0;
    const int epsg = Crs::parseEpsg(text);
    return epsg > 0 ? epsg : -1;
}

void NewProjectDialog::updateInfo()
{
    const AreaLayerSource::Layer *layer =
        m_source ? m_source->layer(m_layer->currentText()) : nullptr;
    if (!layer)
        return;
    const int epsg = requestedEpsg();
    QString crs = tr("Enter the coordinate system as EPSG:number.");
    if (epsg >= 0) {
        try {
            crs = m_source->crsDecision(layer->name, epsg).explanation();
        } catch (const StoreError &e) {
            crs = e.message();
        }
    }
    m_info->setText(
        tr("%n area(s). Coordinate system: %1", nullptr, int(layer->featureCount)).arg(crs));
}

void NewProjectDialog::accept()
{
    if (!m_source || m_layer->currentText().isEmpty()) {
        QMessageBox::information(this, windowTitle(),
                                 tr("Please choose a file with a polygon layer."));
        return;
    }
    const int epsg = requestedEpsg();
    if (epsg < 0) {
        QMessageBox::information(this, windowTitle(),
                                 tr("Enter the coordinate system as EPSG:number."));
        return;
    }
    const QFileInfo src(m_sourcePath->text());
    const QString target =
        QFileDialog::getSaveFileName(this, tr("Save new project"),
                                     src.absolutePath() + QLatin1Char('/') + src.completeBaseName()
                                         + QStringLiteral("-projekt.gpkg"),
                                     tr("Quartierswerkstatt projects (*.gpkg)"));
    if (target.isEmpty())
        return;
    if (QFileInfo(target).absoluteFilePath() == src.absoluteFilePath()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Choose a new file: the source file stays unchanged."));
        return;
    }
    NewProjectOptions options;
    options.layerName = m_layer->currentText();
    options.keyField = m_key->currentText();
    options.nameField = m_name->currentText();
    options.levelName = m_level->text();
    options.targetEpsg = epsg;
    options.duplicates =
        duplicateKeysFromCode(m_duplicates->currentData().toString()).value_or(DuplicateKeys::Fail);
    options.duplicateAdvice = tr("To create the project anyway, choose under \"Duplicate keys\" "
                                 "to keep the first feature or to number the later ones.");
    NewProjectReport report;
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        report = createProjectFromLayer(target, m_sourcePath->text(), options);
        QApplication::restoreOverrideCursor();
    } catch (const StoreError &e) {
        QApplication::restoreOverrideCursor();
        ErrorDialog::warning(this, windowTitle(), e);
        return;
    }
    // What the planner should know before working with the project: where its
    // coordinates come from and which features were changed on the way in.
    if (report.crs.reproject || !report.duplicates.isEmpty() || !report.repaired.isEmpty()) {
        QStringList text {report.crs.explanation()};
        if (!report.duplicates.isEmpty())
            text << tr("%n duplicate key(s) handled:", nullptr, int(report.duplicates.size()))
                    + QLatin1Char('\n') + report.duplicates.mid(0, 20).join(QLatin1Char('\n'));
        if (!report.repaired.isEmpty())
            text << tr("%n geometry(s) were invalid and have been repaired:", nullptr,
                       int(report.repaired.size()))
                    + QLatin1Char('\n') + report.repaired.mid(0, 20).join(QLatin1Char('\n'));
        QMessageBox::information(this, windowTitle(), text.join(QStringLiteral("\n\n")));
    }
    m_created = target;
    QDialog::accept();
}

} // namespace qw
