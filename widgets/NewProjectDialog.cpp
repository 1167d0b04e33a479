#include "NewProjectDialog.h"

#include "AreaLayerSource.h"
#include "Crs.h"
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

    auto *form = new QFormLayout;
    form->addRow(tr("Area file:"), sourceRow);
    form->addRow(tr("Layer:"), m_layer);
    form->addRow(tr("Key field:"), m_key);
    form->addRow(tr("Name field:"), m_name);
    form->addRow(tr("Level name:"), m_level);
    form->addRow(tr("Coordinate system:"), m_crs);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create project…"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_info);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &NewProjectDialog::chooseSource);
    connect(m_layer, &QComboBox::currentIndexChanged, this, &NewProjectDialog::layerChanged);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewProjectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewProjectDialog::reject);
    resize(560, 300);
}

NewProjectDialog::~NewProjectDialog() = default;

void NewProjectDialog::chooseSource()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose an area file"), QString(),
        tr("Vector data (*.gpkg *.shp *.geojson *.json *.gml);;All files (*)"));
    if (!path.isEmpty())
        loadSource(path);
}

void NewProjectDialog::loadSource(const QString &path)
{
    try {
        m_source = std::make_unique<AreaLayerSource>(path);
    } catch (const StoreError &e) {
        m_source.reset();
        QMessageBox::warning(this, windowTitle(), e.message());
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
    m_info->setText(tr("%n area(s); coordinate system: %1", nullptr, int(layer->featureCount))
                        .arg(layer->epsg ? Crs::name(layer->epsg) : tr("unknown")));
}

void NewProjectDialog::accept()
{
    if (!m_source || m_layer->currentText().isEmpty()) {
        QMessageBox::information(this, windowTitle(),
                                 tr("Please choose a file with a polygon layer."));
        return;
    }
    const int epsg = m_crs->text().trimmed().isEmpty() ? 0 : Crs::parseEpsg(m_crs->text());
    if (!m_crs->text().trimmed().isEmpty() && epsg == 0) {
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
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const QStringList repaired = createProjectFromLayer(
            target, m_sourcePath->text(), m_layer->currentText(), m_key->currentText(),
            m_name->currentText(), m_level->text(), epsg);
        QApplication::restoreOverrideCursor();
        if (!repaired.isEmpty())
            QMessageBox::information(
                this, windowTitle(),
                tr("%n geometry(s) were invalid and have been repaired:", nullptr,
                   int(repaired.size()))
                    + QStringLiteral("\n") + repaired.mid(0, 20).join(QLatin1Char('\n')));
    } catch (const StoreError &e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(this, windowTitle(), e.message());
        return;
    }
    m_created = target;
    QDialog::accept();
}

} // namespace qw
