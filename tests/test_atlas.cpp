// The atlas (AtlasDocument, --export-atlas, File > Export atlas): one cover, the table of
// contents and every area's profile; the contents' page numbers checked against where each
// profile really starts in the PDF (pdftotext, page by page); the notes in the profiles;
// a cancelled export and a folder that takes no file leave nothing behind.
#include "AppRunner.h"
#include "AreaReports.h"
#include "AtlasController.h"
#include "AtlasDocument.h"
#include "MainWindow.h"
#include "Project.h"
#include "ProjectStore.h"
#include "TestSupport.h"

#include <QApplication>
#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <unistd.h>

using namespace qw;
using namespace qw::test;

namespace {

// The pages of a PDF as pdftotext reads them (pages end with a form feed).
QStringList pdfPages(const QString &pdf, bool layout = false)
{
    QStringList pages =
        pdfText(pdf, layout ? QStringList {QStringLiteral("-layout")} : QStringList())
            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

AreaReports::Settings settingsFor(const Project &project)
{
    AreaReports::Settings s;
    s.levelKey = project.finestLevel();
    s.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    s.german = false;
    return s;
}

QStringList entriesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

// Presses Cancel on the progress dialog once its text says how far the work is (the
// dialog's label changes on the GUI thread while the worker runs).
class CancelOnProgress : public QObject
{
public:
    QString label;
    bool eventFilter(QObject *watched, QEvent *) override
    {
        if (!label.isEmpty() || !watched->isWidgetType())
            return false;
        for (QWidget *w = static_cast<QWidget *>(watched); w; w = w->parentWidget())
            if (auto *dialog = qobject_cast<QProgressDialog *>(w)) {
                if (dialog->labelText().contains(QStringLiteral(" of "))) {
                    label = dialog->labelText();
                    // As a user does: the button (cancel() itself sends no canceled()).
                    if (auto *button = dialog->findChild<QPushButton *>())
                        button->click();
                }
                break;
            }
        return false;
    }
};

} // namespace

class TestAtlas : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<Project> m_project;
    QString m_noteArea;
    const QString m_noteText = QStringLiteral("Spielplatz an der Schule fehlt seit 2023");

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        m_project = openSmallCity(m_dir);
        // Given a note on the fifth area of the level
        const int index = m_project->areasOfLevel(m_project->finestLevel())[4];
        m_noteArea = m_project->areas()[size_t(index)].key;
        Note note;
        note.areaKey = m_noteArea;
        note.text = m_noteText;
        note.category = NoteCategory::Need;
        note.author = QStringLiteral("Tisch 3");
        note.date = QDate(2026, 12, 3);
        m_project->store().notes().add(note);
    }

    void pagesAreCoverContentsAndEveryProfile()
    {
        // When the atlas of the finest level is made
        const auto settings = settingsFor(*m_project);
        const auto atlas = AtlasDocument::build(m_project, settings);
        QVERIFY(atlas);
        const std::vector<int> &level = m_project->areasOfLevel(settings.levelKey);
        // Then it has one entry per area, each with its profile's own page count
        QCOMPARE(int(atlas->entries().size()), int(level.size()));
        int sum = 0;
        for (const AtlasDocument::Entry &e : atlas->entries()) {
            QCOMPARE(e.pageCount, AreaReports::profile(m_project, e.key, settings).pageCount());
            sum += e.pageCount;
        }
        // and its pages are the cover, the contents and the profiles
        QVERIFY(atlas->tocPageCount() >= 1);
        QCOMPARE(atlas->pageCount(), 1 + atlas->tocPageCount() + sum);
        // The profiles follow each other without a gap, the first after the contents
        int page = 2 + atlas->tocPageCount();
        for (const AtlasDocument::Entry &e : atlas->entries()) {
            QCOMPARE(e.firstPage, page);
            page += e.pageCount;
        }
        // in the order of their names
        QCollator collator(settings.locale);
        collator.setNumericMode(true);
        for (size_t i = 1; i < atlas->entries().size(); ++i)
            QVERIFY2(collator.compare(atlas->entries()[i - 1].name, atlas->entries()[i].name) <= 0,
                     qPrintable(atlas->entries()[i].name));
        // The footer says the state of the data
        QVERIFY2(atlas->footer().contains(QStringLiteral("Data: periods up to")),
                 qPrintable(atlas->footer()));
    }

    void contentsPageNumbersAreWhereTheProfilesStartInThePdf()
    {
        const auto atlas = AtlasDocument::build(m_project, settingsFor(*m_project));
        QVERIFY(atlas);
        const QString pdf = m_dir.filePath(QStringLiteral("atlas.pdf"));
        // When it is written as PDF
        QCOMPARE(atlas->writePdf(pdf), QString());
        const QStringList pages = pdfPages(pdf);
        QVERIFY2(!pages.isEmpty(), "pdftotext (poppler-utils) is needed");
        // Then the PDF has every page
        QCOMPARE(int(pages.size()), atlas->pageCount());
        QVERIFY(pages[0].contains(QStringLiteral("Atlas:")));
        QVERIFY(pages[0].contains(QStringLiteral("Indicators (")));
        // and every page says its number of the whole atlas
        for (int i = 0; i < pages.size(); ++i)
            QVERIFY2(pages[i].contains(
                         QStringLiteral("Page %1 of %2").arg(i + 1).arg(atlas->pageCount())),
                     qPrintable(QString::number(i + 1)));
        // The contents list every area with the page its profile starts on
        QString contents;
        const QStringList layout = pdfPages(pdf, true);
        for (int i = 1; i <= atlas->tocPageCount(); ++i)
            contents += layout[i];
        for (const AtlasDocument::Entry &e : atlas->entries()) {
            const QRegularExpression line(
                QStringLiteral("^\\s*%1\\s+%2.*\\s(\\d+)\\s*$")
                    .arg(QRegularExpression::escape(e.key), QRegularExpression::escape(e.name)),
                QRegularExpression::MultilineOption);
            const auto match = line.match(contents);
            QVERIFY2(match.hasMatch(), qPrintable(e.key + QLatin1Char(' ') + e.name));
            QCOMPARE(match.captured(1).toInt(), e.firstPage);
            // and that page is the first of the area's profile: it carries the profile's
            // title, the page before does not
            const QString title = QStringLiteral("Profile: %1").arg(e.name);
            QVERIFY2(pages[e.firstPage - 1].contains(title), qPrintable(title));
            QVERIFY2(!pages[e.firstPage - 2].contains(title + QLatin1Char('\n')),
                     qPrintable(title));
        }
        // One pdftotext -f N -l N check, as a reader jumps there
        const AtlasDocument::Entry &last = atlas->entries().back();
        const QString jumped = pdfText(pdf,
                                       {QStringLiteral("-f"), QString::number(last.firstPage),
                                        QStringLiteral("-l"), QString::number(last.firstPage)});
        QVERIFY(jumped.contains(QStringLiteral("Profile: %1").arg(last.name)));
    }

    void theNoteIsOnItsAreasProfile()
    {
        const auto atlas = AtlasDocument::build(m_project, settingsFor(*m_project));
        QVERIFY(atlas);
        const QString pdf = m_dir.filePath(QStringLiteral("notes.pdf"));
        QCOMPARE(atlas->writePdf(pdf), QString());
        const QStringList pages = pdfPages(pdf);
        QCOMPARE(int(pages.size()), atlas->pageCount());
        const auto it =
            std::find_if(atlas->entries().begin(), atlas->entries().end(),
                         [&](const AtlasDocument::Entry &e) { return e.key == m_noteArea; });
        QVERIFY(it != atlas->entries().end());
        // Then the note's text is on a page of its area's profile, and on no other page
        for (int i = 0; i < pages.size(); ++i) {
            const bool own = i + 1 >= it->firstPage && i + 1 < it->firstPage + it->pageCount;
            const QString page = QString(pages[i]).replace(QLatin1Char('\n'), QLatin1Char(' '));
            QCOMPARE(page.contains(m_noteText), own && page.contains(QStringLiteral("Notes (1)")));
        }
        QString profile;
        for (int i = it->firstPage; i < it->firstPage + it->pageCount; ++i)
            profile += pages[i - 1];
        QVERIFY(profile.replace(QLatin1Char('\n'), QLatin1Char(' ')).contains(m_noteText));
        QVERIFY(profile.contains(QStringLiteral("Tisch 3")));
    }

    void cancellingLeavesNoFile()
    {
        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("atlas.pdf"));
        // When making the profiles is stopped at the tenth
        const auto stopped = AtlasDocument::build(m_project, settingsFor(*m_project),
                                                  [](int done, int) { return done < 10; });
        // Then there is no atlas
        QVERIFY(!stopped);
        // When writing is stopped at the fifth page
        const auto atlas = AtlasDocument::build(m_project, settingsFor(*m_project));
        QVERIFY(atlas);
        bool cancelled = false;
        int asked = 0;
        const QString error = atlas->writePdf(
            pdf,
            [&](int page, int) {
                ++asked;
                return page < 5;
            },
            &cancelled);
        // Then nothing is written: neither the file nor a temporary one
        QCOMPARE(error, QString());
        QVERIFY(cancelled);
        QCOMPARE(asked, 6);
        QVERIFY(!QFileInfo::exists(pdf));
        QCOMPARE(entriesIn(out.path()), QStringList());
    }

    void aFolderThatTakesNoFileIsSaidFirst()
    {
        // A folder that does not exist
        const QString missing = m_dir.filePath(QStringLiteral("nicht-da/atlas.pdf"));
        const QString message = AtlasDocument::checkTarget(missing);
        QVERIFY2(
            message.contains(QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("nicht-da")))),
            qPrintable(message));
        const auto atlas = AtlasDocument::build(m_project, settingsFor(*m_project));
        QCOMPARE(atlas->writePdf(missing), message);
        QVERIFY(!QFileInfo::exists(missing));
        // A folder without write permission (for root, whom permissions do not stop, one
        // that takes no files at all)
        QTemporaryDir locked;
        QString folder = locked.path();
        if (geteuid() == 0)
            folder = QStringLiteral("/proc");
        else
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        const QString target = folder + QStringLiteral("/atlas.pdf");
        const QString refused = AtlasDocument::checkTarget(target);
        QVERIFY2(refused.contains(folder), qPrintable(refused));
        QCOMPARE(atlas->writePdf(target), refused);
        QVERIFY(!QFileInfo::exists(target));
        if (geteuid() != 0) {
            QCOMPARE(entriesIn(folder), QStringList());
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        // A file that can be written
        QCOMPARE(AtlasDocument::checkTarget(m_dir.filePath(QStringLiteral("ok.pdf"))), QString());
    }

    void commandLineWritesTheAtlasAndRefusesBadInput()
    {
        const QString home = m_dir.filePath(QStringLiteral("home"));
        QDir().mkpath(home);
        const QString project = m_project->path();
        const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
        // When the atlas is asked for on the command line
        const Run ok = run({project, QStringLiteral("--language"), QStringLiteral("en"),
                            QStringLiteral("--export-atlas"), pdf},
                           home);
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.out.contains(QStringLiteral("pages")), qPrintable(ok.out + ok.err));
        const auto atlas = AtlasDocument::build(m_project, settingsFor(*m_project));
        QCOMPARE(int(pdfPages(pdf).size()), atlas->pageCount());
        // Then a folder that does not exist is named, and nothing is done
        const QString missing = m_dir.filePath(QStringLiteral("fehlt/atlas.pdf"));
        const Run bad = run({project, QStringLiteral("--language"), QStringLiteral("en"),
                             QStringLiteral("--export-atlas"), missing},
                            home);
        QVERIFY(bad.exitCode != 0);
        QVERIFY2(bad.err.contains(m_dir.filePath(QStringLiteral("fehlt"))), qPrintable(bad.err));
        QVERIFY(!QFileInfo::exists(missing));
        // and an unknown level names the levels there are
        const Run level = run({project, QStringLiteral("--language"), QStringLiteral("en"),
                               QStringLiteral("--level"), QStringLiteral("Ortsteil"),
                               QStringLiteral("--export-atlas"), pdf + QStringLiteral("2.pdf")},
                              home);
        QVERIFY(level.exitCode != 0);
        QVERIFY2(level.err.contains(QStringLiteral("Ortsteil")), qPrintable(level.err));
        for (const AreaLevel &l : m_project->levels())
            if (!m_project->areasOfLevel(l.key).empty())
                QVERIFY2(level.err.contains(l.name(false)), qPrintable(level.err));
    }

    void theWindowCancelsOnAWorkerAndLeavesNoFile()
    {
        // Given a city of 400 areas, whose atlas takes some seconds, so that Cancel comes
        // while the worker writes, however busy the machine (39 areas could be done first)
        const QString big = m_dir.filePath(QStringLiteral("big.gpkg"));
        DemoCityGenerator(test::smallCity(400)).writeProject(big);
        MainWindow window;
        QString error;
        QVERIFY2(window.openProject(big, &error, false), qPrintable(error));
        window.show();
        auto *atlas = window.findChild<AtlasController *>();
        QVERIFY(atlas);
        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("fenster.pdf"));
        // When the progress dialog says how far it is and Cancel is pressed
        CancelOnProgress cancel;
        qApp->installEventFilter(&cancel);
        QVERIFY(!atlas->exportTo(pdf));
        qApp->removeEventFilter(&cancel);
        const QString label = cancel.label;
        // Then the dialog said how far it was, and there is no file, not even a temporary one
        QVERIFY2(label.contains(
                     QRegularExpression(QStringLiteral("^(Profile|Writing page) \\d+ of \\d+"))),
                 qPrintable(label));
        QCOMPARE(entriesIn(out.path()), QStringList());
        QVERIFY2(atlas->lastMessage().contains(QStringLiteral("cancelled")),
                 qPrintable(atlas->lastMessage()));
        // Without Cancel the atlas is written
        QVERIFY2(window.openProject(m_project->path(), &error, false), qPrintable(error));
        QVERIFY2(atlas->exportTo(pdf), qPrintable(atlas->lastMessage()));
        QVERIFY(QFileInfo::exists(pdf));
        QCOMPARE(entriesIn(out.path()), QStringList {QStringLiteral("fenster.pdf")});
        // A folder that does not exist is said before any work: the message names it
        QTimer::singleShot(0, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        QVERIFY(!atlas->exportTo(out.filePath(QStringLiteral("weg/fenster.pdf"))));
        QVERIFY2(atlas->lastMessage().contains(
                     QDir::toNativeSeparators(out.filePath(QStringLiteral("weg")))),
                 qPrintable(atlas->lastMessage()));
    }
};

QTEST_MAIN(TestAtlas)
#include "test_atlas.moc"
