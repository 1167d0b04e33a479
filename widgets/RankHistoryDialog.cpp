#include "RankHistoryDialog.h"

#include "ExportFileName.h"
#include "FileDialogFolders.h"
#include "HelpSection.h"
#include "Project.h"
#include "RankHistory.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace qw {

// The chart, painted by BumpChart at the widget's size.
class ChartView : public QWidget
{
public:
    explicit ChartView(QWidget *parent) : QWidget(parent)
    {
        setMinimumSize(640, 420);
        setAttribute(Qt::WA_OpaquePaintEvent);
    }
    BumpChart::Content content;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        BumpChart::paint(p, QRectF(rect()), content, font());
    }
};

RankHistoryDialog::RankHistoryDialog(std::shared_ptr<Project> project, const QString &indicatorKey,
                                     const QString &levelKey, bool german, QWidget *parent)
    : QDialog(parent)
    , m_project(std::move(project))
    , m_level(levelKey)
    , m_german(german)
    , m_indicator(new QComboBox(this))
    , m_chart(new ChartView(this))
{
    HelpSection::set(this, HelpSection::Ranks);
    setWindowTitle(tr("Ranks over time"));
    // Indicators with two periods or more whose values rank (no named codes).
    for (const Indicator &i : m_project->indicators())
        if (i.valueLabels.empty() && m_project->periods(i.key).size() >= 2)
            m_indicator->addItem(QStringLiteral("%1 (%2)").arg(i.name(german), i.key), i.key);
    m_indicator->setCurrentIndex(std::max(0, m_indicator->findData(indicatorKey)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy image"), QDialogButtonBox::ActionRole);
    QPushButton *png = buttons->addButton(tr("Save as P&NG…"), QDialogButtonBox::ActionRole);
    QPushButton *pdf = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    connect(png, &QPushButton::clicked, this, [this] { saveAs(false); });
    connect(pdf, &QPushButton::clicked, this, [this] { saveAs(true); });
    auto *form = new QFormLayout;
    form->addRow(tr("&Indicator:"), m_indicator);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_chart, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, [this] {
        // For slides: the chart at twice the size on screen, sharp on a projector.
        QApplication::clipboard()->setImage(image(m_chart->size() * 2));
    });
    connect(m_indicator, &QComboBox::currentIndexChanged, this, &RankHistoryDialog::rebuild);
    rebuild();
    resize(960, 700);
}

QString RankHistoryDialog::indicatorKey() const
{
    return m_indicator->currentData().toString();
}

void RankHistoryDialog::setIndicator(const QString &key)
{
    if (const int i = m_indicator->findData(key); i >= 0)
        m_indicator->setCurrentIndex(i);
}

const BumpChart::Content &RankHistoryDialog::content() const
{
    return m_chart->content;
}

QImage RankHistoryDialog::image(const QSize &size) const
{
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    QPainter p(&img);
    QFont font = m_chart->font();
    font.setPointSizeF(font.pointSizeF() * size.width() / std::max(1, m_chart->width()));
    BumpChart::paint(p, QRectF(QPointF(0, 0), QSizeF(size)), m_chart->content, font);
    return img;
}

QString RankHistoryDialog::savePng(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image(m_chart->size() * 2).save(&file, "PNG")
        || !file.commit())
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QString RankHistoryDialog::savePdf(const QString &path) const
{
    return BumpChart::writePdf(path, m_chart->content);
}

void RankHistoryDialog::saveAs(bool pdf)
{
    const Indicator *ind = m_project->indicator(indicatorKey());
    const QStringList &periods = m_chart->content.history.periods();
    if (!ind || periods.isEmpty())
        return;
    const QString name =
        ExportFileName::safe(
            tr("Ranks %1 %2-%3").arg(ind->name(m_german), periods.first(), periods.last()))
        + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".png"));
    const QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Save the ranks as PDF") : tr("Save the ranks as PNG"),
        FileDialogFolders::suggest(m_project->path(), name),
        pdf ? tr("PDF (*.pdf)") : tr("PNG image (*.png)"));
    FileDialogFolders::remember(path, m_project->path());
    if (path.isEmpty())
        return;
    if (const QString error = pdf ? savePdf(path) : savePng(path); !error.isEmpty())
        QMessageBox::warning(this, windowTitle(), error);
}

void RankHistoryDialog::rebuild()
{
    const Indicator *ind = m_project->indicator(indicatorKey());
    if (!ind) {
        m_chart->content = {};
        m_chart->update();
        return;
    }
    QString levelName = m_level;
    for (const AreaLevel &l : m_project->levels())
        if (l.key == m_level)
            levelName = l.name(m_german);
    m_chart->content = BumpChart::of(*ind, RankHistory::of(*m_project, ind->key, m_level, kCount),
                                     levelName, m_german, kCount, locale());
    if (m_project->metadata().fictional)
        m_chart->content.source +=
            (m_chart->content.source.isEmpty() ? QString() : QStringLiteral(" · "))
            + tr("fictional demo data");
    m_chart->update();
}

} // namespace qw
