#pragma once

#include "ProjectMap.h"
#include "SheetGrid.h"

#include <QString>
#include <QStringList>

namespace qw {

// The program's command line, parsed once in main().
struct CommandLine
{
    QString projectPath;
    bool demo = false;
    // What the map shows: --indicator, --period, --classification, --classes, --ramp,
    // --overlay, --overlay-indicator, --labels, --facilities.
    ProjectMap::View view;
    bool hasViewOptions = false; // any of those was given
    QString savedView; // --view NAME: a view saved in the project
    QString saveView; // --save-view NAME: save what the window shows under that name
    QStringList compare; // --compare KEY,KEY,...: areas side by side with the city
    // --maps A,B[,C,D]: linked map panes, each an indicator, a period or indicator@period
    QStringList maps;
    bool present = false; // --present: the window opens in presentation mode
    QString screenshot;
    QString exportMap; // --export-map FILE.{png,svg,pdf}
    QString exportSeries; // --export-series FILE.{pdf,png,svg}: small multiples
    QString exportFrames; // --export-frames DIR: a PNG map page per period
    QString exportProfile; // --export-profile KEY FILE.pdf: the area key
    QStringList exportComparison; // --export-comparison KEY,KEY,... FILE.{pdf,csv,xlsx}
    QString exportAtlas; // --export-atlas FILE.pdf: the profiles of every area of a level
    QString publish; // --publish FILE.gpkg: the publication GeoPackage for QGIS
    QStringList indicators; // --indicators A,B,...: what --publish writes (default: all)
    QStringList periods; // --periods P,Q,...: ... and in which periods (default: all)
    QString checkDisclosure; // --check-disclosure FILE.gpkg: try to recover withheld values
    QString exportFile; // the FILE of the two above (the last positional argument)
    bool rawNumbers = false; // --raw-numbers: CSV/XLSX values unrounded
    int dpi = 150; // --dpi for PNG exports
    QString language; // "de", "en" or empty for the system's
    bool listIndicators = false;
    // PROJECT --derive KEY "NAME=formula": a derived indicator (see Recipe).
    QString deriveKey;
    QString deriveDefinition;
    // --name-en: the English name of the indicator --derive or --index defines (default:
    // the one name it is given, in both languages).
    QString nameEn;
    bool listAreas = false;
    // PROJECT --index KEY ...: a composite index (see IndexCommand); the raw option texts,
    // checked when the project is open.
    struct IndexOptions
    {
        QString key;
        QString name; // --name
        QString from; // --from A,B,C (+KEY / -KEY: a direction against the polarity's)
        QString weights;
        QString excludeBelow; // POP_KEY:300
        QString classes; // --classes sd:-1,1,1.5 | quantile:4 | manual:...
        QString classNames; // --class-names A,B,C,D
        QString standardise;
        bool restandardise = true; // --no-restandardise
        QString dynamicsYears; // --dynamics K
        QString dynamicsFrom; // --dynamics-from D1,D3,D4: ready-made changes
        QString dynamicsWeights;
        QString level; // --level
        QString period; // --period
    } index;

    // PROJECT --allocate KEY --budget N [...] [FILE.{csv,xlsx,pdf}]: a budget split by a
    // needs indicator (see AllocateCommand); --level and --period choose level and period.
    // The numbers stay text here: AllocateCommand reads them and names a bad one.
    struct AllocateOptions
    {
        QString indicator; // --allocate KEY
        QString budget, floor, cap, offset; // --budget, --floor, --cap, --offset
        QString unit; // --unit euro|staff|hours
        QString need; // --need higher|lower (default: by the indicator's polarity)
        QString population; // --per POP_KEY
        QString populationPeriod; // --per-period P: the population's period, if not the index's
        QString points; // --points 0,1,2,3: points per class instead of the shifted value
        QStringList pins; // --pin KEY=N, repeatable
        bool whole = false; // --whole
        QString save; // --save-allocation NAME
        QString previous; // --previous NAME: a saved allocation to show the change against
        QString file; // FILE.{csv,xlsx,pdf}, the last positional argument
    } allocate;
    // PROJECT --sensitivity KEY [--draws N] [--spread P] [--leave-one-out] [--seed N] FILE:
    // the robustness of a composite index (see SensitivityCommand); numbers kept as text.
    struct SensitivityOptions
    {
        QString key; // --sensitivity KEY
        QString draws, spread, seed;
        bool leaveOneOut = false;
        QString file; // FILE.{csv,pdf}, the last positional argument
    } sensitivity;
    // PROJECT --notes-import FILE.csv / --notes-export FILE.{csv,xlsx}: workshop notes
    // (see NotesCommand).
    struct NotesOptions
    {
        QString importFile;
        QString exportFile;
    } notes;
    bool wantsNotes() const { return !notes.importFile.isEmpty() || !notes.exportFile.isEmpty(); }
    // PROJECT --priorities-import FILE.csv / --priorities-export FILE.csv: the workshop's
    // dot voting (see PrioritiesCommand).
    NotesOptions priorities;
    bool wantsPriorities() const
    {
        return !priorities.importFile.isEmpty() || !priorities.exportFile.isEmpty();
    }
    // --new PROJECT.gpkg --areas FILE ...: create a project from an area layer.
    QString newProject;
    QString areasFile;
    QString areasLayer;
    QString keyField;
    QString nameField;
    QString levelName;
    QString crs;
    QString duplicateKeys; // --duplicate-keys fail|first|suffix (empty: fail)
    QString city; // --city NAME with --new: the city's name, for its totals rows
    // PROJECT --import FILE [...]: department tables into the project (see ImportCommand).
    struct ImportOptions
    {
        QString file;
        QString source; // --source; default: the file name without dates
        QString department;
        QString layout; // long, wide-indicator, wide-period
        QStringList indicator; // --indicator A+B: columns naming the indicator (or a name)
        QString period; // column or value
        QString value;
        QString numerator;
        QString denominator;
        QStringList columns; // --columns A,B: the value (or period) columns of wide tables
        QStringList rates; // --rate "NAME=NUMERATOR/DENOMINATOR", repeatable
        QString encoding;
        QString delimiter;
        QString decimal;
        QString sheet; // --sheet NAME|N
        SheetRange headerRows; // --header-rows N[-M]
        SheetRange dataRows; // --data-rows N-M
        bool acceptSuggestions = false;
        bool dryRun = false;
    } import;
    // PROJECT --add-level FILE --level NAME [--key --name --parent-key FIELD --dissolve]
    QString addLevelFile;
    QString parentKeyField;
    bool dissolve = false;
    bool undoImport = false; // --undo-import: undo the project's last import
    bool importLog = false; // --import-log: print the import log
    bool removeForeignSql = false; // --remove-foreign-triggers
    // --facilities FILE: points added to the project (or the new one) by point-in-polygon.
    QString facilitiesFile;
    QString facilityKind; // --kind school|kita|youth_centre|other (default: from the name)
    QString subkindField; // --subkind FIELD
    QString xField; // --x FIELD and --y FIELD for tables with coordinates
    QString yField;

    // Parses arguments; on --help or --version prints and exits; on an error prints the
    // message on stderr and exits with 2.
    static CommandLine parse(const QStringList &arguments);
    // The --language value ("de", "en") or empty, found before parse() so that --help
    // and the messages of a bad command line come in that language.
    static QString requestedLanguage(const QStringList &arguments);
    // True when argv asks for console output only (checked before any QApplication).
    static bool wantsConsoleOnly(int argc, char **argv);
    bool wantsImport() const
    {
        return !import.file.isEmpty() || undoImport || importLog || !facilitiesFile.isEmpty()
            || !addLevelFile.isEmpty();
    }
    // --derive or --index with something to do after it (an allocation, a listing, an
    // export, a window of a view).
    bool wantsMoreThanDerive() const
    {
        return !allocate.indicator.isEmpty() || !sensitivity.key.isEmpty() || listIndicators
            || listAreas || !exportMap.isEmpty() || !exportSeries.isEmpty()
            || !exportFrames.isEmpty() || !exportFile.isEmpty() || !screenshot.isEmpty()
            || hasViewOptions || !savedView.isEmpty() || !compare.isEmpty() || !maps.isEmpty();
    }
    // True when argv asks for a file and no window (--screenshot, --export-map): such runs
    // use the offscreen platform when there is no display, e.g. in a scheduled task.
    static bool wantsHeadless(int argc, char **argv);
};

} // namespace qw
