// Workshop notes in the window: added through the dialog (the author remembered as the
// table's name), on the map as markers, in the Notes panel, undone and redone through the
// window's undo stack, edited and deleted, and kept when the project is opened again.
#include "MainWindow.h"
#include "MapWidget.h"
#include "NoteDialog.h"
#include "NoteMarkers.h"
#include "NotesController.h"
#include "NotesModel.h"
#include "NotesPanel.h"
#include "Project.h"
#include "ProjectStore.h"
#include "TestSupport.h"
#include "UndoController.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace qw;

namespace {

// Fills the note dialog that is about to open and presses OK (or Cancel).
void answerNoteDialog(const QString &text, NoteCategory category, const QString *author = nullptr,
                      QString *authorShown = nullptr, bool ok = true)
{
    QTimer::singleShot(0, [=] {
        auto *dialog = qobject_cast<NoteDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        if (authorShown)
            *authorShown = dialog->findChild<QLineEdit *>(QStringLiteral("noteAuthor"))->text();
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteText"))->setPlainText(text);
        auto *c = dialog->findChild<QComboBox *>(QStringLiteral("noteCategory"));
        c->setCurrentIndex(c->findData(int(category)));
        if (author)
            dialog->findChild<QLineEdit *>(QStringLiteral("noteAuthor"))->setText(*author);
        if (ok)
            dialog->accept();
        else
            dialog->reject();
    });
}

// Pixels of the note markers' paper colour in what the map shows.
int markerPixels(MapWidget *map)
{
    const QImage image = map->grab().toImage().convertToFormat(QImage::Format_RGB32);
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += image.pixel(x, y) == qRgb(0xff, 0xd8, 0x4d);
    return n;
}

} // namespace

class TestNotesWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    std::vector<Note> stored(MainWindow &w) { return w.project()->store().notes().notes(); }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QLatin1String(NotesController::kAuthorKey));
    }

    void noteAddedUndoneRedoneAndKept()
    {
        // Given the window on a small city with one area selected
        const QString path = m_dir.filePath(QStringLiteral("city.gpkg"));
        DemoCityGenerator(test::smallCity()).writeProject(path);
        MainWindow w;
        QString error;
        QVERIFY2(w.openProject(path, &error, false), qPrintable(error));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const AreaInfo area =
            w.project()->areas()[std::size_t(w.project()->areasOfLevel(w.currentLevel()).front())];
        w.selectAreas({area.key});
        NotesController *notes = w.notes();
        QVERIFY(notes->markersShown());

        // When N is pressed and the dialog is filled in with the table's name
        const QString table = QStringLiteral("Tisch 4");
        QString authorShown = QStringLiteral("unset");
        answerNoteDialog(QStringLiteral("Kein Jugendtreff"), NoteCategory::Need, &table,
                         &authorShown);
        QTest::keyClick(w.mapWidget(), Qt::Key_N);
        // Then the note is stored, listed and marked on the map, with today's date
        QCOMPARE(authorShown, QString()); // nothing remembered yet
        std::vector<Note> s = stored(w);
        QCOMPARE(s.size(), std::size_t(1));
        QCOMPARE(s[0].areaKey, area.key);
        QCOMPARE(s[0].text, QStringLiteral("Kein Jugendtreff"));
        QCOMPARE(s[0].category, NoteCategory::Need);
        QCOMPARE(s[0].author, table);
        QCOMPARE(s[0].date, QDate::currentDate());
        QCOMPARE(notes->model()->rowCount(), 1);
        QVERIFY(markerPixels(w.mapWidget()) > 50);
        auto *panel = w.findChild<NotesPanel *>(QStringLiteral("notesPanel"));
        QVERIFY(panel && panel->isVisible());
        QCOMPARE(panel->table()->model()->rowCount(), 1);
        const qint64 id = s[0].id;
        QCOMPARE(w.undoController()->stack()->undoText(),
                 QStringLiteral("Add note to %1").arg(area.name));

        // and the next note offers the remembered table's name
        answerNoteDialog(QStringLiteral("Sportverein hat Räume"), NoteCategory::Resource, nullptr,
                         &authorShown);
        notes->addNote(w.project()->areaIndex(area.key));
        QCOMPARE(authorShown, table);
        QCOMPARE(stored(w).size(), std::size_t(2));
        QCOMPARE(stored(w)[1].author, table);

        // When both are undone, then store, panel and markers have none; redo brings the
        // first back under its id
        w.undoController()->stack()->undo();
        w.undoController()->stack()->undo();
        QVERIFY(stored(w).empty());
        QCOMPARE(notes->model()->rowCount(), 0);
        QCOMPARE(markerPixels(w.mapWidget()), 0);
        w.undoController()->stack()->redo();
        QCOMPARE(stored(w).size(), std::size_t(1));
        QCOMPARE(stored(w)[0].id, id);
        QCOMPARE(notes->model()->countsByArea().value(area.key), 1);

        // When it is edited and then deleted from the panel, each undoable
        Note changed = stored(w)[0];
        changed.text = QStringLiteral("Kein Jugendtreff im Quartier");
        changed.category = NoteCategory::Measure;
        w.undoController()->push(
            new NoteCommand(notes, QStringLiteral("Edit note"), {{stored(w)[0], changed}}));
        QCOMPARE(stored(w)[0].text, changed.text);
        QCOMPARE(notes->model()->note(id)->category, NoteCategory::Measure);
        notes->deleteNotes({id});
        QVERIFY(stored(w).empty());
        w.undoController()->stack()->undo();
        QCOMPARE(stored(w).size(), std::size_t(1));
        QCOMPARE(stored(w)[0].text, changed.text);

        // and a cancelled dialog adds nothing
        answerNoteDialog(QStringLiteral("verworfen"), NoteCategory::Idea, nullptr, nullptr, false);
        notes->addNoteToSelection();
        QCOMPARE(stored(w).size(), std::size_t(1));

        // Then, the project opened again, the note is there and in the panel
        QVERIFY(w.openProject(path, &error, false));
        QCOMPARE(notes->model()->rowCount(), 1);
        QCOMPARE(notes->model()->noteAt(0)->text, changed.text);
        // and View > Notes on the map switches the markers off
        for (QAction *a : notes->actions())
            if (a->isCheckable())
                a->setChecked(false);
        QVERIFY(!notes->markersShown());
        QCOMPARE(markerPixels(w.mapWidget()), 0);
        for (QAction *a : notes->actions())
            if (a->isCheckable())
                a->setChecked(true);
    }

    void panelFiltersByCategoryAreaAndAuthor()
    {
        NotesModel model;
        NotesPanel panel(&model);
        std::vector<Note> notes(3);
        const QStringList areas {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("A")};
        for (int i = 0; i < 3; ++i) {
            notes[std::size_t(i)].id = i + 1;
            notes[std::size_t(i)].areaKey = areas[i];
            notes[std::size_t(i)].text = QString::number(i);
            notes[std::size_t(i)].category = i == 1 ? NoteCategory::Idea : NoteCategory::Need;
            notes[std::size_t(i)].author = i == 2 ? QStringLiteral("Tisch 2") : QString();
        }
        model.setNotes(notes, {{QStringLiteral("A"), QStringLiteral("Altstadt")}});
        QCOMPARE(panel.table()->model()->rowCount(), 3);
        panel.showArea(QStringLiteral("A"));
        QCOMPARE(panel.table()->model()->rowCount(), 2);
        auto boxes = panel.findChildren<QComboBox *>();
        QCOMPARE(boxes.size(), 3);
        boxes[2]->setCurrentIndex(boxes[2]->findData(QStringLiteral("Tisch 2")));
        QCOMPARE(panel.table()->model()->rowCount(), 1);
        // the last note of that author deleted: the filter lets all through again
        model.removeNote(3);
        QCOMPARE(boxes[2]->currentIndex(), 0);
        QCOMPARE(panel.table()->model()->rowCount(), 1);
        boxes[0]->setCurrentIndex(boxes[0]->findData(int(NoteCategory::Idea)));
        panel.showArea({});
        QCOMPARE(panel.table()->model()->rowCount(), 1);
        QCOMPARE(panel.table()->model()->index(0, NotesModel::TextColumn).data().toString(),
                 QStringLiteral("1"));
    }
};

QTEST_MAIN(TestNotesWindow)
#include "test_notes_window.moc"
