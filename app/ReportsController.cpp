#include "ReportsController.h"

#include "AreaReports.h"
#include "ComparisonExport.h"
#include "ComparisonModel.h"
#include "ExportFileName.h"
#include "FileDialogFolders.h"
#include "MainWindow.h"
#include "Project.h"
#include "ReportPreviewDialog.h"
#include "UiLanguage.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

#include <cmath>
#include <numeric>

namespace qw {

namespace {

AreaReports::Settings settingsOf(const MainWindow &w)
{
    AreaReports::Settings s;
    s.levelKey = w.currentLevel();
    s.period = w.currentPeriod();
    s.locale = QLocale();
    s.german = germanUi(s.locale);
    return s;
}

QString folderOf(const MainWindow &w)
{
    return FileDialogFolders::startFolder(w.project()->path()) + QLatin1Char('/');
}

} // namespace

ReportsController::ReportsController(MainWindow *window, QMenu *menu)
    : QObject(window), m_window(window)
{
    QAction *top =
        menu->addAction(tr("Compare the &5 highest values"), this, [this] { compareHighest(5); });
    top->setStatusTip(tr("Compare the five areas with the highest value of the shown indicator"));
    QAction *profile = menu->addAction(tr("&Profile of the selected area…"), this, [this] {
        const QStringList keys = m_window->selectedAreaKeys();
        if (keys.size() != 1) {
            QMessageBox::information(m_window, tr("Profile"),
                                     tr("Select one area (click it on the map), or double-click "
                                        "an area on the map."));
            return;
        }
        showProfile(keys.first());
    });
    profile->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction *exportAction =
        menu->addAction(tr("&Export comparison…"), this, &ReportsController::exportComparison);
    m_actions = {top, profile, exportAction};
}

void ReportsController::showProfile(const QString &areaKey)
{
    const auto project = m_window->project();
    if (!project || project->areaIndex(areaKey) < 0)
        return;
    const AreaInfo &area = project->areas()[size_t(project->areaIndex(areaKey))];
    const QString name = area.name;
    auto settings = settingsOf(*m_window);
    settings.levelKey = area.level; // ranks and city values of the area's own level
    ReportPreviewDialog dialog(AreaReports::profile(project, areaKey, settings),
                               folderOf(*m_window)
                                   + ExportFileName::safe(tr("Profile %1").arg(name))
                                   + QStringLiteral(".pdf"),
                               m_window);
    dialog.setWindowTitle(tr("Profile: %1").arg(name));
    dialog.exec();
    FileDialogFolders::remember(dialog.savedPath(), project->path());
}

bool ReportsController::compareHighest(int n)
{
    const auto project = m_window->project();
    if (!project || m_window->currentIndicator().isEmpty())
        return false;
    const auto values = project->values(m_window->currentIndicator(), m_window->currentPeriod());
    std::vector<int> rows = project->areasOfLevel(m_window->currentLevel());
    std::erase_if(rows, [&](int i) { return std::isnan(values->values[size_t(i)]); });
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        return values->values[size_t(a)] > values->values[size_t(b)];
    });
    QStringList keys;
    for (int i = 0; i < int(std::min<size_t>(rows.size(), size_t(n))); ++i)
        keys << project->areas()[size_t(rows[size_t(i)])].key;
    QString error;
    if (!m_window->compareAreas(keys, &error)) {
        QMessageBox::information(m_window, tr("Compare areas"), error);
        return false;
    }
    return true;
}

void ReportsController::exportComparison()
{
    const auto project = m_window->project();
    const QStringList keys = m_window->comparedAreaKeys();
    if (!project || keys.isEmpty()) {
        QMessageBox::information(m_window, tr("Export comparison"),
                                 tr("Open a comparison first (Analysis > Compare selected "
                                    "areas)."));
        return;
    }
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export comparison"), folderOf(*m_window) + tr("Comparison.pdf"),
        tr("PDF with charts (*.pdf);;Excel (*.xlsx);;CSV (*.csv)"), &filter);
    FileDialogFolders::remember(path, project->path());
    if (path.isEmpty())
        return;
    const auto settings = settingsOf(*m_window);
    QString error;
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0) {
        error = AreaReports::comparison(project, keys, m_window->currentIndicator(), settings)
                    .writePdf(path);
    } else {
        ComparisonModel model;
        model.setComparison(project, settings.levelKey, keys, settings.period, settings.german,
                            settings.locale);
        error = ComparisonExport::write(model, path, settings.locale);
    }
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Export comparison"), error);
}

} // namespace qw
