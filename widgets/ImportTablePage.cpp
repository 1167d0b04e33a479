#include "ImportTablePage.h"

#include "CsvTableSource.h"
#include "FileDialogFolders.h"
#include "ImportLog.h"
#include "ImportWizard.h"
#include "SheetGridModel.h"
#include "SheetGridPanel.h"
#include "StoreError.h"
#include "TablePreviewModel.h"
#include "WrappedHeaderModel.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <optional>

namespace qw {

namespace {

constexpr int kPreviewRows = 50;
constexpr int kHeaderLineWidth = 150; // pixels: a long column name on two or three lines

QStringList checkedItems(const QListWidget *list)
{
    QStringList result;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            result << list->item(i)->text();
    return result;
}

void fillChecklist(QListWidget *list, const QStringList &items, const QStringList &checked)
{
    list->clear();
    for (const QString &text : items) {
        auto *item = new QListWidgetItem(text, list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(text) ? Qt::Checked : Qt::Unchecked);
    }
}

// A combo of the columns, optionally headed by an entry meaning "none" (data: empty).
void fillColumns(QComboBox *box, const QStringList &columns, const QString &none,
                 const QString &current)
{
    box->clear();
    if (!none.isNull())
        box->addItem(none, QString());
    for (const QString &c : columns)
        box->addItem(c, c);
    const int i = box->findData(current);
    box->setCurrentIndex(i >= 0 ? i : 0);
}

// Drops the columns a new header (another sheet, other header rows, another delimiter)
// does not have, so that completeSpec guesses them from the new one.
void keepColumnsOf(ImportSpec &spec, const QStringList &header)
{
    for (QString *column : {&spec.keyColumn, &spec.nameColumn, &spec.periodColumn,
                            &spec.valueColumn, &spec.numeratorColumn, &spec.denominatorColumn})
        if (!header.contains(*column))
            column->clear();
    for (QStringList *columns : {&spec.indicatorColumns, &spec.valueColumns})
        columns->removeIf([&](const QString &c) { return !header.contains(c); });
    std::erase_if(spec.rates, [&](const RateColumns &r) {
        return !header.contains(r.numerator) || !header.contains(r.denominator);
    });
}

QString rateText(const RateColumns &r)
{
    return QStringLiteral("%1 = %2 / %3").arg(r.indicator, r.numerator, r.denominator);
}

} // namespace

ImportTablePage::ImportTablePage(ImportSession *session, QWidget *parent)
    : QWizardPage(parent), m_session(session)
{
    setTitle(tr("Table and columns"));
    setSubTitle(tr("Check what was detected; every setting can be changed. The preview shows "
                   "the first rows as they will be read."));
    m_file = new QLineEdit;
    m_file->setPlaceholderText(tr("Path of a CSV, XLSX, ODS or XLS file"));
    // Enter (see eventFilter) or leaving the field loads a typed or pasted path.
    connect(m_file, &QLineEdit::editingFinished, this, &ImportTablePage::loadTypedPath);
    m_file->installEventFilter(this);
    auto *choose = new QPushButton(tr("Choose…"));
    connect(choose, &QPushButton::clicked, this, &ImportTablePage::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);

    m_sourceName = new QComboBox;
    m_sourceName->setEditable(true);
    m_sourceName->setToolTip(tr("Settings and key assignments are remembered under this name "
                                "for the next delivery."));
    m_department = new QLineEdit;
    m_encoding = new QComboBox;
    for (auto e : {TextEncoding::Utf8, TextEncoding::Windows1252, TextEncoding::Latin1})
        m_encoding->addItem(toCode(e), int(e));
    m_delimiter = new QComboBox;
    m_delimiter->addItem(tr("Semicolon ;"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Comma ,"), QStringLiteral(","));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Bar |"), QStringLiteral("|"));
    m_decimal = new QComboBox;
    m_decimal->addItem(tr("Comma (12,5)"), QStringLiteral(","));
    m_decimal->addItem(tr("Point (12.5)"), QStringLiteral("."));
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_encoding);
    formatRow->addWidget(m_delimiter);
    formatRow->addWidget(m_decimal);
    formatRow->addStretch();

    m_layout = new QComboBox;
    m_layout->addItem(tr("One column per indicator"), int(TableLayout::WideIndicator));
    m_layout->addItem(tr("One column per period (e.g. 2019/20)"), int(TableLayout::WidePeriod));
    m_layout->addItem(tr("Long: area, indicator, period, value"), int(TableLayout::Long));
    m_key = new QComboBox;
    m_name = new QComboBox;
    m_period = new QComboBox;
    m_fixedPeriod = new QLineEdit;
    m_fixedPeriod->setPlaceholderText(tr("e.g. 2024 or 2023/24"));
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_period, 1);
    periodRow->addWidget(m_fixedPeriod, 1);
    m_value = new QComboBox;
    m_numerator = new QComboBox;
    m_denominator = new QComboBox;
    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_numerator, 1);
    rateRow->addWidget(new QLabel(QStringLiteral("/")));
    rateRow->addWidget(m_denominator, 1);
    m_indicatorColumns = new QListWidget;
    m_indicatorColumns->setMaximumHeight(90);
    m_indicatorLabel = new QLineEdit;
    m_valueColumns = new QListWidget;
    m_valueColumns->setMaximumHeight(130);
    m_rates = new QListWidget;
    m_rates->setMaximumHeight(60);
    auto *addRateButton = new QPushButton(tr("Add rate…"));
    auto *removeRate = new QPushButton(tr("Remove"));
    connect(addRateButton, &QPushButton::clicked, this, &ImportTablePage::addRate);
    connect(removeRate, &QPushButton::clicked, this, [this] { delete m_rates->currentItem(); });
    auto *ratesRow = new QHBoxLayout;
    ratesRow->addWidget(m_rates, 1);
    auto *rateButtons = new QVBoxLayout;
    rateButtons->addWidget(addRateButton);
    rateButtons->addWidget(removeRate);
    rateButtons->addStretch();
    ratesRow->addLayout(rateButtons);

    m_form = new QFormLayout;
    m_form->addRow(tr("File:"), fileRow);
    m_form->addRow(tr("&Source:"), m_sourceName);
    m_form->addRow(tr("&Department:"), m_department);
    m_form->addRow(tr("Format:"), formatRow);
    m_form->addRow(tr("&Layout:"), m_layout);
    m_form->addRow(tr("Area &key column:"), m_key);
    m_form->addRow(tr("Area na&me column:"), m_name);
    m_form->addRow(tr("Period:"), periodRow);
    m_form->addRow(tr("Indicator named by:"), m_indicatorColumns);
    m_form->addRow(tr("Indicator name:"), m_indicatorLabel);
    m_form->addRow(tr("&Value column:"), m_value);
    m_form->addRow(tr("Rate = numerator / denominator:"), rateRow);
    m_form->addRow(tr("Columns to import:"), m_valueColumns);
    m_form->addRow(tr("Computed rates:"), ratesRow);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_preview = new TablePreviewModel(this);
    m_previewView = new QTableView;
    // Column names such as "Kinder unter 3 Jahren in Tagesbetreuung": whole, on up to a few
    // lines, in columns sized to them (the planner can still widen one).
    QHeaderView *columns = m_previewView->horizontalHeader();
    m_previewView->setModel(new WrappedHeaderModel(columns->font(), kHeaderLineWidth, this));
    static_cast<WrappedHeaderModel *>(m_previewView->model())->setSourceModel(m_preview);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_preview, &QAbstractItemModel::modelReset, m_previewView,
            &QTableView::resizeColumnsToContents);
    m_sheetPanel = new SheetGridPanel;
    connect(m_sheetPanel, &SheetGridPanel::optionsChanged, this, [this](const SheetOptions &o) {
        m_session->spec.sheet = o;
        reload(true);
    });
    m_tabs = new QTabWidget;
    m_tabs->addTab(m_sheetPanel, tr("&Table in the file"));
    m_tabs->addTab(m_previewView, tr("&Rows as read"));
    auto *formWidget = new QWidget;
    formWidget->setLayout(m_form);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(formWidget);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    for (QComboBox *box : {m_encoding, m_delimiter, m_decimal})
        connect(box, &QComboBox::activated, this, [this] { reload(true); });
    connect(m_layout, &QComboBox::activated, this, [this] { reload(false); });
    connect(m_sourceName, &QComboBox::activated, this, [this] { reload(false); });
    connect(m_key, &QComboBox::currentIndexChanged, this, &ImportTablePage::completeChanged);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ImportTablePage::updateVisibility);
}

ImportTablePage::~ImportTablePage() = default;

void ImportTablePage::initializePage()
{
    m_sourceName->clear();
    m_sourceName->addItems(m_session->rememberedSources);
    if (!m_session->filePath.isEmpty())
        loadFile(m_session->filePath);
}

void ImportTablePage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a table"), FileDialogFolders::startFolder(m_session->projectPath),
        tr("Tables (*.csv *.txt *.tsv *.xlsx *.xls *.ods);;All files (*)"));
    FileDialogFolders::remember(path, m_session->projectPath);
    if (!path.isEmpty())
        loadFile(path);
}

void ImportTablePage::loadTypedPath()
{
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (!path.isEmpty() && path != m_session->filePath)
        loadFile(path);
}

bool ImportTablePage::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the file field loads the file; passed on, it would also press Next.
    if (watched == m_file && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            loadTypedPath();
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void ImportTablePage::loadFile(const QString &path)
{
    m_session->filePath = path;
    // Another file: nothing chosen for the last one (layout, sheet, rows) carries over.
    m_source.reset();
    m_file->setText(QDir::toNativeSeparators(path));
    const QString source = ImportLog::defaultSource(path);
    m_filling = true;
    if (m_sourceName->findText(source) < 0)
        m_sourceName->insertItem(0, source);
    m_sourceName->setCurrentText(source);
    m_filling = false;
    reload(false);
}

void ImportTablePage::reload(bool keepColumns)
{
    if (m_filling || m_session->filePath.isEmpty())
        return;
    m_message->clear();
    m_message->setToolTip(QString());
    ImportSpec spec;
    const bool csv = TableSource::isDelimitedText(m_session->filePath);
    if (keepColumns) {
        spec = specFromWidgets();
        spec.hasFormat = csv;
    } else {
        // A known source brings its remembered settings, key assignments and catalogue.
        const QString sourceName = m_sourceName->currentText().trimmed();
        if (auto remembered = m_session->rememberedSpec(sourceName))
            spec = *remembered;
        spec.source = sourceName;
        if (m_source) {
            spec.layout = TableLayout(m_layout->currentData().toInt());
            spec.sheet = m_session->spec.sheet;
        }
        if (spec.department.isEmpty())
            spec.department = m_department->text();
    }
    try {
        openSource(spec);
        m_header = m_source->header();
        std::vector<qint64> lines;
        auto rows = m_source->preview(kPreviewRows, &lines);
        m_preview->setTable(m_header, std::move(rows), std::move(lines));
        m_sheetPanel->showSource(*m_source, spec.sheet);
        if (auto *c = dynamic_cast<CsvTableSource *>(m_source.get()))
            spec.format = c->format();
        if (keepColumns)
            keepColumnsOf(spec, m_header);
        spec = TableImport::completeSpec(*m_source, spec, m_session->areas);
    } catch (const StoreError &e) {
        showMessage(e.fullText());
        m_preview->setTable({}, {});
        m_sheetPanel->clearGrid();
        m_source.reset();
        m_header.clear();
    }
    for (QWidget *w : {static_cast<QWidget *>(m_encoding), static_cast<QWidget *>(m_delimiter),
                       static_cast<QWidget *>(m_decimal)})
        w->setEnabled(csv);
    fillWidgets(spec);
    Q_EMIT completeChanged();
}

void ImportTablePage::openSource(ImportSpec &spec)
{
    const CsvFormat *format = spec.hasFormat ? &spec.format : nullptr;
    // Rows or a sheet that do not fit (next month's delivery, a slip in a spin box) fall
    // back to what the detector finds, so that the grid still shows the sheet to correct.
    std::vector<SheetOptions> tries {spec.sheet};
    if (spec.sheet.headerRows.isSet() || spec.sheet.dataRows.isSet())
        tries.push_back({spec.sheet.sheet, {}, {}});
    if (!spec.sheet.sheet.isEmpty())
        tries.push_back({});
    std::optional<StoreError> first;
    for (const SheetOptions &options : tries) {
        try {
            m_source = TableSource::open(m_session->filePath, format, options);
        } catch (const StoreError &e) {
            if (!first)
                first = e;
            continue;
        }
        if (first)
            showMessage(first->message() + QLatin1Char('\n')
                        + tr("Shown instead: the rows the program found."));
        spec.sheet = options;
        return;
    }
    throw *first;
}

void ImportTablePage::showMessage(const QString &message)
{
    // The detector lists the first rows read; the grid shows them already, so the label
    // keeps to the reason (the whole text stays in the tooltip).
    const QString row = HeaderDetector::tr("row %1: %2").section(QStringLiteral("%1"), 0, 0);
    QStringList lines = message.split(QLatin1Char('\n'));
    const qsizetype rowsRead = lines.indexOf(QRegularExpression(
        QLatin1Char('^') + QRegularExpression::escape(row) + QStringLiteral("\\d+")));
    if (rowsRead > 0)
        lines = lines.mid(0, rowsRead);
    m_message->setText(lines.join(QLatin1Char('\n')).trimmed());
    m_message->setToolTip(message);
}

void ImportTablePage::fillWidgets(const ImportSpec &spec)
{
    m_filling = true;
    m_department->setText(spec.department);
    m_encoding->setCurrentIndex(m_encoding->findData(int(spec.format.encoding)));
    m_delimiter->setCurrentIndex(m_delimiter->findData(QString(spec.format.delimiter)));
    m_decimal->setCurrentIndex(m_decimal->findData(QString(spec.format.decimal)));
    m_layout->setCurrentIndex(m_layout->findData(int(spec.layout)));
    fillColumns(m_key, m_header, QString(), spec.keyColumn);
    fillColumns(m_name, m_header, tr("(none)"), spec.nameColumn);
    fillColumns(m_period, m_header, tr("(one period for the file:)"), spec.periodColumn);
    m_fixedPeriod->setText(spec.periodValue);
    fillColumns(m_value, m_header, tr("(none)"), spec.valueColumn);
    fillColumns(m_numerator, m_header, tr("(none)"), spec.numeratorColumn);
    fillColumns(m_denominator, m_header, tr("(none)"), spec.denominatorColumn);
    fillChecklist(m_indicatorColumns, m_header, spec.indicatorColumns);
    m_indicatorLabel->setText(spec.indicatorLabel);
    fillChecklist(m_valueColumns, m_header, spec.valueColumns);
    m_rates->clear();
    for (const RateColumns &r : spec.rates)
        m_rates->addItem(rateText(r));
    m_session->spec = spec;
    m_filling = false;
    updateVisibility();
}

void ImportTablePage::updateVisibility()
{
    // Rows of m_form, in the order they were added.
    enum Row { PeriodRow = 7, RateRow = 11, ComputedRatesRow = 13 };
    const auto layout = TableLayout(m_layout->currentData().toInt());
    const bool isLong = layout == TableLayout::Long;
    const bool byPeriod = layout == TableLayout::WidePeriod;
    m_form->setRowVisible(PeriodRow, !byPeriod);
    m_fixedPeriod->setEnabled(m_period->currentData().toString().isEmpty());
    m_form->setRowVisible(m_indicatorColumns, isLong || byPeriod);
    m_form->setRowVisible(m_indicatorLabel, byPeriod);
    m_form->setRowVisible(m_value, isLong);
    m_form->setRowVisible(RateRow, isLong);
    m_form->setRowVisible(m_valueColumns, !isLong);
    m_form->setRowVisible(ComputedRatesRow, layout == TableLayout::WideIndicator);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_valueColumns)))
        label->setText(byPeriod ? tr("Period columns:") : tr("Indicator columns:"));
}

ImportSpec ImportTablePage::specFromWidgets() const
{
    ImportSpec spec = m_session->spec;
    spec.source = m_sourceName->currentText().trimmed();
    spec.department = m_department->text().trimmed();
    spec.format.encoding = TextEncoding(m_encoding->currentData().toInt());
    spec.format.delimiter = m_delimiter->currentData().toString().front();
    spec.format.decimal = m_decimal->currentData().toString().front();
    spec.format.thousands = spec.format.decimal == u',' ? QLatin1Char('.') : QChar();
    spec.layout = TableLayout(m_layout->currentData().toInt());
    spec.keyColumn = m_key->currentData().toString();
    spec.nameColumn = m_name->currentData().toString();
    spec.periodColumn = m_period->currentData().toString();
    spec.periodValue = spec.periodColumn.isEmpty() ? m_fixedPeriod->text().trimmed() : QString();
    spec.valueColumn = m_value->currentData().toString();
    spec.numeratorColumn = m_numerator->currentData().toString();
    spec.denominatorColumn = m_denominator->currentData().toString();
    spec.indicatorColumns = checkedItems(m_indicatorColumns);
    spec.indicatorLabel = m_indicatorLabel->text().trimmed();
    spec.valueColumns = checkedItems(m_valueColumns);
    if (spec.layout != TableLayout::WideIndicator)
        spec.rates.clear();
    return spec;
}

void ImportTablePage::addRate()
{
    if (m_header.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add rate"), tr("Name of the rate (in %):"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    const QString num = QInputDialog::getItem(this, tr("Add rate"), tr("Numerator column:"),
                                              m_header, 0, false, &ok);
    if (!ok)
        return;
    const QString den = QInputDialog::getItem(this, tr("Add rate"), tr("Denominator column:"),
                                              m_header, 0, false, &ok);
    if (!ok)
        return;
    m_session->spec.rates.push_back({name, num, den});
    m_rates->addItem(rateText(m_session->spec.rates.back()));
}

bool ImportTablePage::isComplete() const
{
    return m_source && !m_key->currentData().toString().isEmpty();
}

bool ImportTablePage::validatePage()
{
    ImportSpec spec = specFromWidgets();
    // Rates listed in the widget (some may have been removed there).
    std::vector<RateColumns> kept;
    for (const RateColumns &r : spec.rates)
        if (!m_rates->findItems(rateText(r), Qt::MatchExactly).isEmpty())
            kept.push_back(r);
    spec.rates = kept;
    spec.hasFormat = TableSource::isDelimitedText(m_session->filePath);
    if (spec.source.isEmpty())
        spec.source = ImportLog::defaultSource(m_session->filePath);
    m_session->spec = spec;
    ImportPlan plan;
    if (!ImportWizard::analyse(this, *m_session, spec, &plan))
        return false;
    m_session->plan = std::move(plan);
    return true;
}

} // namespace qw
