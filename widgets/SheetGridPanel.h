#pragma once

#include "SheetGrid.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;

namespace qw {

class SheetGridModel;
class TableSource;

// The sheet of the import wizard's table page as it stands: which sheet of a workbook,
// the first records with the header and data rows the detector found marked, and the
// rows as numbers the planner can correct (spin boxes, or a row's context menu). It reads
// nothing itself: the page reopens the source with the options this panel emits.
class SheetGridPanel : public QWidget
{
    Q_OBJECT
public:
    // What a row of the grid is made by the context menu.
    enum class RowChoice { FirstHeader, LastHeader, FirstData, LastData };

    explicit SheetGridPanel(QWidget *parent = nullptr);

    // Shows the source's sheets, first records and shape. chosen: what the planner set by
    // hand (the rest was detected), kept so that one correction does not pin the others.
    void showSource(TableSource &source, const SheetOptions &chosen);
    // No table could be read: the grid empties, the sheet list stays for another choice.
    void clearGrid();

    // Makes a sheet row what choice says and emits optionsChanged, as the menu does.
    void chooseRow(qint64 sheetRow, RowChoice choice);
    const SheetOptions &options() const { return m_chosen; }

    SheetGridModel *model() const { return m_model; }
    QComboBox *sheetBox() const { return m_sheet; }
    QSpinBox *headerFirstBox() const { return m_headerFirst; }
    QSpinBox *headerLastBox() const { return m_headerLast; }
    QSpinBox *dataFirstBox() const { return m_dataFirst; }
    QSpinBox *dataLastBox() const { return m_dataLast; }
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    // The planner chose another sheet or other rows: reopen the source with these.
    void optionsChanged(const SheetOptions &options);

private:
    void chooseSheet();
    void headerBoxesChanged();
    void dataBoxesChanged();
    void setHeaderRows(SheetRange rows);
    void setDataRows(SheetRange rows);
    void showMenu(int modelRow, const QPoint &globalPos);

    SheetOptions m_chosen; // empty parts are detected (sheet: the first with data)
    QString m_currentSheet;
    SheetRange m_shownHeader; // as detected or chosen, for the corrections
    SheetRange m_shownData;
    bool m_filling = false;
    QComboBox *m_sheet;
    QLabel *m_sheetLabel;
    QSpinBox *m_headerFirst;
    QSpinBox *m_headerLast;
    QSpinBox *m_dataFirst;
    QSpinBox *m_dataLast;
    SheetGridModel *m_model;
    QTableView *m_view;
};

} // namespace qw
