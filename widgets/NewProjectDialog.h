#pragma once

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;

namespace qw {

class AreaLayerSource;

// "New project from GeoPackage": pick a vector file (GeoPackage, Shapefile, GeoJSON),
// its polygon layer, key and name fields, what to do with duplicate keys, and where to save
// the new project. The info line says which coordinate system the project will get.
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
    // Shows the area count and the coordinate system the project will get, and why.
    void updateInfo();
    // The CRS typed in the field; 0 when empty, -1 when it is no EPSG code.
    int requestedEpsg() const;

    std::unique_ptr<AreaLayerSource> m_source;
    QLineEdit *m_sourcePath;
    QComboBox *m_layer;
    QComboBox *m_key;
    QComboBox *m_name;
    QLineEdit *m_level;
    QLineEdit *m_crs;
    QComboBox *m_duplicates; // DuplicateKeys as its code
    QLabel *m_info;
    QString m_created;
};

} // namespace qw
