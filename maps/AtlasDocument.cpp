#include "AtlasDocument.h"

#include "LocatorMap.h"
#include "Period.h"
#include "Project.h"
#include "ProjectStore.h"
#include "ReportTable.h"
#include "StoreError.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QSaveFile>
#include <QTemporaryFile>

#include <algorithm>

namespace qw {

namespace {

constexpr double kRow = ReportTable::kRow;
// The height a page has for its blocks (ReportDocument's page less header and footer).
constexpr double kAvailable = ReportDocument::kHeight - 2 * ReportDocument::kMargin - 52 - 28;
constexpr double kCoverMap = 400;

QString levelName(const Project &project, const QString &level, bool german)
{
    for (const AreaLevel &l : project.levels())
        if (l.key == level)
            return l.name(german);
    return level;
}

// An indicator's periods as spans, one per kind of period, in the one order: "2015–2024", or
// "2020–2024, 2015/16–2019/20" where calendar and school years are mixed (first–last of the
// whole list would then read "2020–2019/20").
QString periodSpan(QStringList periods)
{
    sortPeriods(periods);
    QStringList spans;
    for (const PeriodKind kind : periodKinds(periods)) {
        QStringList own;
        for (const QString &p : periods)
            if (periodKind(p) == kind)
                own << p;
        spans << (own.size() == 1 ? own.first()
                                  : QStringLiteral("%1–%2").arg(own.first(), own.last()));
    }
    return spans.join(QStringLiteral(", "));
}

// The indicator list of the cover: each department's name, then its indicators with unit
// and periods, in as many columns and as small a font (down to 6 points) as they need to fit
// the room; what still does not fit is counted in a last line.
ReportDocument::Block indicatorList(Project &project, bool german, double height)
{
    struct Line
    {
        QString text;
        bool bold;
    };
    std::vector<Line> lines;
    for (const Project::IndicatorGroup &group : project.indicatorGroups()) {
        if (!group.name(german).isEmpty())
            lines.push_back({group.name(german), true});
        for (int i : group.indicators) {
            const Indicator &ind = project.indicators()[size_t(i)];
            QString text = ind.name(german);
            const QString unit = german || ind.unitEn.isEmpty() ? ind.unit : ind.unitEn;
            if (!unit.isEmpty() && ind.kind != IndicatorKind::Count)
                text += QStringLiteral(" (%1)").arg(unit);
            if (const QString span = periodSpan(project.periods(ind.key)); !span.isEmpty())
                text += QStringLiteral(" · ") + span;
            lines.push_back({text, false});
        }
    }
    // The slot of each line in columns of perColumn rows: a department's name never ends a
    // column, it moves to the top of the next one with its indicators.
    const auto slotsFor = [lines](int perColumn) {
        std::vector<int> slot;
        int next = 0;
        for (const Line &line : lines) {
            if (line.bold && perColumn > 1 && next % perColumn == perColumn - 1)
                ++next;
            slot.push_back(next++);
        }
        return slot;
    };
    return {
        height, [lines, height, slotsFor](QPainter &p, const QRectF &r) {
            int points = 8;
            int columns = 2;
            int perColumn = 0;
            std::vector<int> slot;
            for (;;) {
                perColumn = std::max(
                    1, int(height / (QFontMetricsF(ReportDocument::font(points)).height() * 1.1)));
                slot = slotsFor(perColumn);
                const int needed = slot.empty() ? 0 : slot.back() + 1;
                if (perColumn * columns >= needed || (points == 6 && columns == 3))
                    break;
                if (columns == 2 && points > 6)
                    --points;
                else if (columns == 2)
                    columns = 3, points = 7;
                else
                    --points;
            }
            const double lineHeight = QFontMetricsF(ReportDocument::font(points)).height() * 1.1;
            const int room = perColumn * columns;
            const bool all = slot.empty() || slot.back() < room;
            int shown = 0; // the lines drawn; when not all fit, the last slot says how many not
            while (shown < int(lines.size()) && slot[size_t(shown)] < (all ? room : room - 1))
                ++shown;
            const double width = (r.width() - 12 * (columns - 1)) / columns;
            const auto cellAt = [&](int s) {
                return QRectF(r.left() + (s / perColumn) * (width + 12),
                              r.top() + (s % perColumn) * lineHeight, width, lineHeight);
            };
            for (int i = 0; i < shown; ++i) {
                const QRectF cell = cellAt(slot[size_t(i)]);
                p.setFont(ReportDocument::font(points, lines[size_t(i)].bold));
                p.setPen(QColor(0x20, 0x20, 0x20));
                p.drawText(
                    cell, Qt::AlignLeft | Qt::AlignVCenter,
                    p.fontMetrics().elidedText(lines[size_t(i)].text, Qt::ElideRight, int(width)));
            }
            if (shown < int(lines.size())) {
                p.setFont(ReportDocument::font(points));
                p.setPen(QColor(0x66, 0x66, 0x66));
                p.drawText(cellAt(std::min(slot[size_t(shown)], room - 1)),
                           Qt::AlignLeft | Qt::AlignVCenter,
                           AtlasDocument::tr("… and %n more", nullptr, int(lines.size()) - shown));
            }
        }};
}

} // namespace

AtlasDocument::AtlasDocument(ReportDocument cover, ReportDocument toc)
    : m_cover(std::move(cover)), m_toc(std::move(toc))
{ }

QString AtlasDocument::dataDate(Project &project, const QString &period, const QLocale &locale)
{
    QString text;
    if (!period.isEmpty()) {
        text = tr("Data: period %1").arg(period);
    } else {
        // The latest in time: a school year counts as the year it ends in, a quarter as its
        // part of the year; codes without a year ("Stichtag", "202012") only where no other
        // period has one.
        const auto when = [](const QString &p) {
            if (const int year = calendarYear(p))
                return double(year);
            if (const int start = schoolYearStart(p))
                return start + 0.6;
            int quarter = 0;
            if (const int year = quarterYear(p, &quarter))
                return year + quarter / 4.0 - 0.01;
            return 0.0;
        };
        QString latest;
        QStringList undated;
        for (const Indicator &ind : project.indicators())
            for (const QString &p : project.periods(ind.key)) {
                if (when(p) == 0)
                    undated << p;
                else if (latest.isEmpty() || when(p) > when(latest))
                    latest = p;
            }
        if (latest.isEmpty() && !undated.isEmpty()) {
            sortPeriods(undated);
            latest = undated.last();
        }
        if (!latest.isEmpty())
            text = tr("Data: periods up to %1").arg(latest);
    }
    QDateTime last;
    try {
        for (const ImportRecord &r : project.store().imports().all())
            if (r.kind == QLatin1String("values") && !r.undone && r.time > last)
                last = r.time;
    } catch (const StoreError &) {
        // An unreadable log leaves the import date out; the periods still say the state.
    }
    if (last.isValid()) {
        const QString date = AreaReports::printedDate(last.toLocalTime().date(), locale);
        text = text.isEmpty() ? tr("Data: last import %1").arg(date)
                              : tr("%1, last import %2").arg(text, date);
    }
    return text;
}

std::optional<AtlasDocument> AtlasDocument::build(const std::shared_ptr<Project> &project,
                                                  const AreaReports::Settings &s,
                                                  const Progress &progress)
{
    AreaReports::Settings settings = s;
    if (settings.levelKey.isEmpty())
        settings.levelKey = project->finestLevel();
    const QString level = settings.levelKey;
    // One grey map of the level for every locator: drawn once, not once per profile.
    if (!settings.locator)
        settings.locator = std::make_shared<const LocatorMap>(project, level);
    const bool german = settings.german;

    // By name as a reader looks one up ("Alt-Treptow" before "Baumschulenweg", "Bezirk 2"
    // before "Bezirk 10"), by key where two areas share a name.
    std::vector<int> order = project->areasOfLevel(level);
    QCollator collator(settings.locale);
    collator.setNumericMode(true);
    const auto &areas = project->areas();
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const int byName = collator.compare(areas[size_t(a)].name, areas[size_t(b)].name);
        return byName != 0 ? byName < 0
                           : collator.compare(areas[size_t(a)].key, areas[size_t(b)].key) < 0;
    });

    const QString footer = AreaReports::footer(*project, settings.locale) + QStringLiteral(" · ")
        + dataDate(*project, settings.period, settings.locale);
    const QString name = levelName(*project, level, german);
    const int n = int(order.size());
    const QString periodText = settings.period.isEmpty()
        ? tr("Period: the latest of each indicator")
        : tr("Period: %1").arg(settings.period);

    // The cover: the city map of the level and the indicators, one page.
    const QString title = project->metadata().titleIn(german).isEmpty()
        ? project->metadata().city
        : project->metadata().titleIn(german);
    ReportDocument cover(tr("Atlas: %1").arg(title),
                         tr("%n profile(s) of the level %1", nullptr, n).arg(name)
                             + QStringLiteral(" · ") + periodText,
                         footer);
    const std::shared_ptr<const LocatorMap> locator = settings.locator;
    const std::shared_ptr<const Project> constProject = project;
    cover.add({kCoverMap, [locator, constProject](QPainter &p, const QRectF &r) {
                   locator->paintVector(p, r.adjusted(0, 4, 0, -8), constProject);
               }});
    cover.add(
        ReportDocument::heading(tr("Indicators (%n)", nullptr, int(project->indicators().size()))));
    // What is left of the page, less a little so that rounding never adds a second page.
    cover.add(indicatorList(*project, german, kAvailable - kCoverMap - 20 - 4));

    // The profiles, counted as they are made.
    std::vector<ReportDocument> profiles;
    std::vector<Entry> entries;
    profiles.reserve(size_t(n));
    entries.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        if (progress && !progress(i, n))
            return std::nullopt;
        const AreaInfo &area = areas[size_t(order[size_t(i)])];
        profiles.push_back(AreaReports::profile(project, area.key, settings));
        const int parent = project->areaIndex(area.parentKey);
        entries.push_back({area.key, area.name,
                           parent >= 0 ? areas[size_t(parent)].name : QString(), 0,
                           profiles.back().pageCount()});
    }
    if (progress && !progress(n, n))
        return std::nullopt;

    // The table of contents: rows of one height, so its pages are known before the page
    // numbers it shows (which depend on them) are filled in.
    QString parentLevel;
    for (const Entry &e : entries)
        if (const int parent =
                project->areaIndex(areas[size_t(project->areaIndex(e.key))].parentKey);
            parent >= 0) {
            parentLevel = levelName(*project, areas[size_t(parent)].level, german);
            break;
        }
    ReportDocument toc(
        tr("Contents"),
        tr("%n area(s) of the level %1, in the order of their names", nullptr, n).arg(name),
        footer);
    const QFont font = ReportDocument::font(8);
    const QFontMetricsF fm(font);
    const QFontMetricsF bold(ReportDocument::font(8, true)); // the column titles
    const double width = toc.contentWidth();
    double keyWidth = bold.horizontalAdvance(tr("Key"));
    double parentWidth = parentLevel.isEmpty() ? 0 : bold.horizontalAdvance(parentLevel);
    for (const Entry &e : entries) {
        keyWidth = std::max(keyWidth, fm.horizontalAdvance(e.key));
        parentWidth = std::max(parentWidth, fm.horizontalAdvance(e.parent));
    }
    keyWidth = std::min(keyWidth + 2 * ReportTable::kPadding + 6, width * 0.2);
    parentWidth =
        parentWidth > 0 ? std::min(parentWidth + 2 * ReportTable::kPadding + 6, width * 0.35) : 0;
    const double pageWidth = 44;
    const double nameWidth = width - keyWidth - parentWidth - pageWidth;
    const auto row = [=](QPainter &p, const QRectF &r, const QStringList &cells) {
        double x = r.left();
        const double widths[] = {keyWidth, nameWidth, parentWidth, pageWidth};
        for (int c = 0; c < 4; ++c) {
            if (widths[c] > 0)
                ReportTable::drawCell(p, QRectF(x, r.top(), widths[c], r.height()), cells[c],
                                      c == 3 ? Qt::AlignRight : Qt::AlignLeft);
            x += widths[c];
        }
    };
    const QStringList head {tr("Key"), tr("Area"), parentLevel, tr("Page")};
    const int header = toc.add({kRow + 4,
                                [row, head](QPainter &p, const QRectF &r) {
                                    p.setFont(ReportDocument::font(8, true));
                                    p.setPen(QColor(0x55, 0x55, 0x55));
                                    row(p, r.adjusted(0, 2, 0, -2), head);
                                },
                                true});
    auto firstPages = std::make_shared<std::vector<int>>(size_t(n), 0);
    for (int i = 0; i < n; ++i) {
        const Entry e = entries[size_t(i)];
        toc.add(
            {kRow,
             [row, e, firstPages, i](QPainter &p, const QRectF &r) {
                 if (i % 2 == 1)
                     p.fillRect(r, QColor(0xf3, 0xf3, 0xf3));
                 p.setFont(ReportDocument::font(8));
                 p.setPen(QColor(0x20, 0x20, 0x20));
                 row(p, r, {e.key, e.name, e.parent, QString::number((*firstPages)[size_t(i)])});
             },
             false, header});
    }

    AtlasDocument atlas(std::move(cover), std::move(toc));
    int page = 1 + atlas.m_toc.pageCount() + 1; // after the cover and the contents
    for (int i = 0; i < n; ++i) {
        entries[size_t(i)].firstPage = page;
        (*firstPages)[size_t(i)] = page;
        page += entries[size_t(i)].pageCount;
    }
    atlas.m_pageCount = page - 1;
    atlas.m_cover.setPageNumbers(1, atlas.m_pageCount);
    atlas.m_toc.setPageNumbers(2, atlas.m_pageCount);
    for (int i = 0; i < n; ++i) {
        profiles[size_t(i)].setPageNumbers(entries[size_t(i)].firstPage, atlas.m_pageCount);
        profiles[size_t(i)].setFooter(footer);
    }
    atlas.m_profiles = std::move(profiles);
    atlas.m_entries = std::move(entries);
    atlas.m_footer = footer;
    atlas.m_title = tr("Atlas: %1").arg(title);
    return atlas;
}

void AtlasDocument::paintPage(QPainter &p, int page) const
{
    if (page == 0) {
        m_cover.paintPage(p, 0);
        return;
    }
    const int tocPages = m_toc.pageCount();
    if (page <= tocPages) {
        m_toc.paintPage(p, page - 1);
        return;
    }
    // The last profile starting on or before the page (1-based page numbers).
    const auto it = std::upper_bound(m_entries.begin(), m_entries.end(), page + 1,
                                     [](int at, const Entry &e) { return at < e.firstPage; });
    if (it == m_entries.begin())
        return;
    const auto i = size_t(it - m_entries.begin()) - 1;
    m_profiles[i].paintPage(p, page + 1 - m_entries[i].firstPage);
}

QImage AtlasDocument::pageImage(int page, double scale) const
{
    QImage image(QSize(int(ReportDocument::kWidth * scale), int(ReportDocument::kHeight * scale)),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.scale(scale, scale);
    paintPage(p, page);
    return image;
}

QString AtlasDocument::checkTarget(const QString &path)
{
    const QFileInfo file(path);
    const QString folder = QDir::toNativeSeparators(file.absolutePath());
    if (file.isDir())
        return tr("%1 is a folder; give a file name ending in .pdf.")
            .arg(QDir::toNativeSeparators(path));
    if (!QFileInfo(file.absolutePath()).isDir())
        return tr("The folder %1 does not exist; the atlas cannot be written there.").arg(folder);
    // Tried, not asked of the permission bits: an administrator, a read-only drive or a
    // network share answer only to a real write.
    QTemporaryFile probe(QDir(file.absolutePath()).filePath(QStringLiteral(".qw-atlas-XXXXXX")));
    if (!probe.open())
        return tr("The folder %1 takes no new files (no write permission?); the atlas cannot "
                  "be written there.")
            .arg(folder);
    if (file.exists() && !file.isWritable())
        return tr("%1 exists and cannot be overwritten.").arg(QDir::toNativeSeparators(path));
    return {};
}

QString AtlasDocument::writePdf(const QString &path, const Progress &progress,
                                bool *cancelled) const
{
    if (cancelled)
        *cancelled = false;
    if (const QString problem = checkTarget(path); !problem.isEmpty())
        return problem;
    // Straight into the temporary file of QSaveFile (a Berlin atlas is too large to hold
    // in memory first); renamed into place only when every page is written.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ReportDocument::tr("Cannot write %1: %2").arg(path, file.errorString());
    bool stopped = false;
    ReportDocument::paintPdf(&file, QPageLayout::Portrait, m_title, m_pageCount,
                             [&](QPainter &p, int page) {
                                 // Once stopped, the remaining pages stay blank: they are
                                 // thrown away with the file.
                                 if (stopped || (progress && !progress(page, m_pageCount))) {
                                     stopped = true;
                                     return;
                                 }
                                 paintPage(p, page);
                             });
    if (stopped) {
        file.cancelWriting(); // the temporary file goes with it
        if (cancelled)
            *cancelled = true;
        return {};
    }
    if (!file.commit())
        return ReportDocument::tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace qw
