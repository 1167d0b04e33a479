#pragma once

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;

namespace qw {

class AreaLayerSource;

// "New project from GeoPackage": pick a vector file (GeoPackage, Shapefile, GeoJSON),
// its polygon layer, key and name fields, and where to save the new project.
class NewProjectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewProjectDialog(QWidget *parent = nullptr);
    ~NewProjectDialog() override;
    // The path of the project written when the dialog was accepted.
    QString createdProject() const { return m_created; }

    void accept() override;

private:
    void chooseSource();
    void loadSource(const QString &path);
    void layerChanged();

    std::unique_ptr<AreaLayerSource> m_source;
    QLineEdit *m_sourcePath;
    QComboBox *m_layer;
    QComboBox *m_key;
    QComboBox *m_name;
    QLineEdit *m_level;
    QLineEdit *m_crs;
    QLabel *m_info;
    QString m_created;
};

} // namespace qw
