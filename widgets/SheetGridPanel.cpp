#include "SheetGridPanel.h"

#include "SheetGridModel.h"
#include "TableSource.h"

#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QMenu>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace qw {

namespace {

// Enough records to see titles, a header of several rows and the first data; the grid is
// for pointing at rows, the whole table is read on Next.
constexpr int kGridRows = 200;

QSpinBox *rowBox(int minimum)
{
    auto *box = new QSpinBox;
    box->setRange(minimum, 1'000'000);
    // Typing "12" reloads once, at 12, not at 1 first.
    box->setKeyboardTracking(false);
    // Room for a row number of six digits, not for the range's million.
    box->setMaximumWidth(box->fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 40);
    return box;
}

// Colours the grid by what each row is: greyed outside the table, the header tinted and
// bold, data plain.
class RowKindStyle : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const QVariant style =
            styleOf(QIdentityProxyModel::data(index, SheetGridModel::RowKindRole), role, false);
        return style.isValid() ? style : QIdentityProxyModel::data(index, role);
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Vertical) {
            const QVariant kind =
                sourceModel()->headerData(section, orientation, SheetGridModel::RowKindRole);
            const QVariant style = styleOf(kind, role, true);
            if (style.isValid())
                return style;
        }
        return QIdentityProxyModel::headerData(section, orientation, role);
    }

private:
    static QVariant styleOf(const QVariant &kindData, int role, bool header)
    {
        if (!kindData.isValid())
            return {};
        using Kind = SheetGridModel::RowKind;
        const auto kind = kindData.value<Kind>();
        const bool outside = kind == Kind::Above || kind == Kind::Outside;
        switch (role) {
        case Qt::ForegroundRole:
            return outside ? QVariant(QBrush(QColor(0x9e, 0x9e, 0x9e))) : QVariant();
        case Qt::BackgroundRole:
            if (kind == Kind::Header)
                return QBrush(QColor(0xd6, 0xe8, 0xfa));
            return outside && !header ? QVariant(QBrush(QColor(0xf5, 0xf5, 0xf5))) : QVariant();
        case Qt::FontRole:
            if (kind == Kind::Header) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        default:
            return {};
        }
    }
};

} // namespace

SheetGridPanel::SheetGridPanel(QWidget *parent) : QWidget(parent)
{
    m_sheet = new QComboBox;
    m_sheetLabel = new QLabel(tr("S&heet:"));
    m_sheetLabel->setBuddy(m_sheet);
    m_headerFirst = rowBox(1);
    m_headerLast = rowBox(1);
    m_dataFirst = rowBox(1);
    m_dataLast = rowBox(0);
    m_headerFirst->setToolTip(tr("First header row, as the sheet numbers its rows"));
    m_headerLast->setToolTip(tr("Last header row"));
    m_dataFirst->setToolTip(tr("First data row"));
    m_dataLast->setToolTip(tr("Last data row; 0: to the end (notes below are left out)"));

    auto *sheetRow = new QHBoxLayout;
    sheetRow->addWidget(m_sheetLabel);
    sheetRow->addWidget(m_sheet);
    sheetRow->addStretch();
    auto *rows = new QHBoxLayout;
    rows->addWidget(new QLabel(tr("Header rows from/to:")));
    rows->addWidget(m_headerFirst);
    rows->addWidget(m_headerLast);
    rows->addSpacing(8);
    rows->addWidget(new QLabel(tr("Data from/to (0 = to the end):")));
    rows->addWidget(m_dataFirst);
    rows->addWidget(m_dataLast);
    rows->addStretch();

    m_model = new SheetGridModel(this);
    m_view = new QTableView;
    m_view->setModel(new RowKindStyle(this));
    static_cast<QIdentityProxyModel *>(m_view->model())->setSourceModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultSectionSize(110);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setToolTip(tr("Right-click a row to make it the first or last header or data row."));
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        showMenu(m_view->rowAt(pos.y()), m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->verticalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) {
                QHeaderView *rows = m_view->verticalHeader();
                showMenu(rows->logicalIndexAt(pos), rows->mapToGlobal(pos));
            });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(sheetRow);
    layout->addLayout(rows);
    layout->addWidget(m_view, 1);

    connect(m_sheet, &QComboBox::activated, this, &SheetGridPanel::chooseSheet);
    for (QSpinBox *box : {m_headerFirst, m_headerLast})
        connect(box, &QSpinBox::valueChanged, this, &SheetGridPanel::headerBoxesChanged);
    for (QSpinBox *box : {m_dataFirst, m_dataLast})
        connect(box, &QSpinBox::valueChanged, this, &SheetGridPanel::dataBoxesChanged);
}

void SheetGridPanel::showSource(TableSource &source, const SheetOptions &chosen)
{
    m_filling = true;
    m_chosen = chosen;
    const QStringList sheets = source.sheets();
    m_sheet->clear();
    m_sheet->addItems(sheets);
    const qsizetype current = sheets.indexOf(source.sheet());
    m_sheet->setCurrentIndex(current >= 0 ? int(current) : 0);
    m_sheet->setEnabled(sheets.size() > 1);
    // A text file has one table and no sheets.
    m_sheet->setVisible(!sheets.isEmpty());
    m_sheetLabel->setVisible(!sheets.isEmpty());
    m_currentSheet = m_sheet->currentText();

    const TableShape &shape = source.shape();
    m_shownHeader = shape.headerRows;
    m_shownData = shape.dataRows;
    m_headerFirst->setValue(int(shape.headerRows.first));
    m_headerLast->setValue(int(shape.headerRows.last));
    m_dataFirst->setValue(int(shape.dataRows.first));
    m_dataLast->setValue(int(shape.dataRows.last));
    m_model->setGrid(source.rawPreview(kGridRows), shape,
                     NumberParser(source.decimal(), source.thousands()));
    m_filling = false;
    // The header in view, with a row or two of the title above it.
    const int headerRow = m_model->rowOf(shape.headerRows.first);
    if (headerRow >= 0)
        m_view->scrollTo(m_model->index(std::max(0, headerRow - 2), 0),
                         QAbstractItemView::PositionAtTop);
}

void SheetGridPanel::clearGrid()
{
    m_model->clear();
}

void SheetGridPanel::chooseSheet()
{
    if (m_filling || m_sheet->currentText() == m_currentSheet)
        return;
    // Another sheet is another table: its rows are found afresh.
    m_chosen = SheetOptions {m_sheet->currentText(), {}, {}};
    Q_EMIT optionsChanged(m_chosen);
}

void SheetGridPanel::headerBoxesChanged()
{
    if (m_filling)
        return;
    const qint64 first = m_headerFirst->value();
    // "from" moved below "to" (or "to" above "from"): the other end follows.
    const bool firstMoved = sender() == m_headerFirst;
    const qint64 last = m_headerLast->value();
    setHeaderRows(first <= last
                      ? SheetRange {first, last}
                      : (firstMoved ? SheetRange {first, first} : SheetRange {last, last}));
}

void SheetGridPanel::dataBoxesChanged()
{
    if (m_filling)
        return;
    const qint64 first = m_dataFirst->value();
    const qint64 last = m_dataLast->value();
    const bool firstMoved = sender() == m_dataFirst;
    if (last != 0 && last < first)
        setDataRows(firstMoved ? SheetRange {first, 0} : SheetRange {last, last});
    else
        setDataRows({first, last});
}

void SheetGridPanel::setHeaderRows(SheetRange rows)
{
    m_chosen.headerRows = rows;
    // Data chosen by hand above the new header no longer fits: found again below it.
    if (m_chosen.dataRows.isSet() && m_chosen.dataRows.first <= rows.last)
        m_chosen.dataRows = {};
    Q_EMIT optionsChanged(m_chosen);
}

void SheetGridPanel::setDataRows(SheetRange rows)
{
    m_chosen.dataRows = rows;
    Q_EMIT optionsChanged(m_chosen);
}

void SheetGridPanel::chooseRow(qint64 sheetRow, RowChoice choice)
{
    const SheetRange header = m_shownHeader;
    const SheetRange data = m_shownData;
    switch (choice) {
    case RowChoice::FirstHeader:
        setHeaderRows({sheetRow, std::max(sheetRow, header.last)});
        break;
    case RowChoice::LastHeader:
        setHeaderRows({header.isSet() ? std::min(header.first, sheetRow) : sheetRow, sheetRow});
        break;
    case RowChoice::FirstData:
        setDataRows({sheetRow, data.last != 0 && data.last < sheetRow ? 0 : data.last});
        break;
    case RowChoice::LastData:
        setDataRows({data.isSet() ? std::min(data.first, sheetRow) : sheetRow, sheetRow});
        break;
    }
}

void SheetGridPanel::showMenu(int modelRow, const QPoint &globalPos)
{
    if (modelRow < 0 || modelRow >= m_model->rowCount())
        return;
    const qint64 row = m_model->sheetRow(modelRow);
    m_view->selectRow(modelRow);
    QMenu menu(this);
    menu.setTitle(tr("Row %1").arg(row));
    const std::pair<RowChoice, QString> items[] = {
        {RowChoice::FirstHeader, tr("First header row")},
        {RowChoice::LastHeader, tr("Last header row")},
        {RowChoice::FirstData, tr("First data row")},
        {RowChoice::LastData, tr("Last data row")},
    };
    for (const auto &[choice, text] : items) {
        const RowChoice c = choice;
        menu.addAction(text, this, [this, row, c] { chooseRow(row, c); });
    }
    menu.exec(globalPos);
}

} // namespace qw
