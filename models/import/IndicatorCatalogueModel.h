#pragma once

#include "TableImport.h"

#include <QAbstractTableModel>

namespace qw {

// The catalogue entries of the indicators an import creates, prefilled from the file and
// edited by the user before anything is written. Kind and polarity take their stable codes
// ("share", "higher_is_worse") with Qt::EditRole and show translated words.
class IndicatorCatalogueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Label, Name, Unit, Kind, Polarity, Department, MinCases, Values, ColumnCount };

    explicit IndicatorCatalogueModel(QObject *parent = nullptr);

    // Takes the new indicators of the plan; existing ones are not edited here.
    void setIndicators(const std::vector<PlannedIndicator> &planned);
    // The entries as edited, by label in the file.
    QHash<QString, Indicator> catalogue() const;

    static QString kindName(IndicatorKind kind);
    static QString polarityName(qw::Polarity polarity);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<PlannedIndicator> m_rows;
};

} // namespace qw
