#include "CommandLineOptions.h"

namespace qw {

QCommandLineOption CommandLineOptions::option(const char *name, const QString &help,
                                              const char *value)
{
    return value ? QCommandLineOption(QString::fromLatin1(name), help, QString::fromLatin1(value))
                 : QCommandLineOption(QString::fromLatin1(name), help);
}

QList<QCommandLineOption> CommandLineOptions::all()
{
    return {
        option("demo", tr("Open the demo city Musterstadt (generated on first use).")),
        option("indicator", tr("Indicator to show."), "KEY"),
        option("period", tr("Period to show (default: the latest)."), "P"),
        option("classification",
               tr("Classification: quantile, equal, jenks, stddev, pretty or manual (with "
                  "--breaks; default: quantile)."),
               "METHOD"),
        option("classes", tr("Number of classes, 2 to 9 (default: 5)."), "N"),
        option("breaks",
               tr("Manual classes: 1 to 8 rising breaks inside the data, with a decimal point "
                  "(implies --classification manual)."),
               "10,20,30"),
        option("ramp", tr("Colour scheme, e.g. OrRd, Blues, viridis, cividis, RdBu."), "ID"),
        option("overlay", tr("Second indicator as circles or as a bivariate 3x3 map."),
               "circles|bivariate"),
        option("overlay-indicator", tr("The second indicator for --overlay."), "KEY"),
        option("labels", tr("Area labels: none, names or values."), "MODE"),
        option("title", tr("Title of the map (default: the indicator's name)."), "TEXT"),
        option("facilities", tr("Facilities shown: all, none or e.g. school,kita."), "KINDS"),
        option("view", tr("Show the view saved in the project under this name."), "NAME"),
        option("save-view",
               tr("Save what the window shows (after the other options) in the project as a "
                  "view of this name, replacing one of the same name."),
               "NAME"),
        option("compare",
               tr("Compare these areas (2 to 6 keys of one level) with the city; the map "
                  "shows their level."),
               "KEY,KEY,..."),
        option("maps",
               tr("Show 2 to 4 linked maps side by side; each is an indicator key, a period "
                  "of the shown indicator, or KEY@PERIOD. With --export-map all go on one "
                  "page."),
               "A,B,..."),
        option("present",
               tr("Open the window in presentation mode (full screen, on the second screen "
                  "where there is one; Esc leaves it), showing the other options' map.")),
        option("screenshot", tr("Render the window at 1600x1000, save it as PNG and exit."),
               "FILE.png"),
        option("export-map",
               tr("Write the map (title, legend, scale bar, source) as PNG, SVG or PDF and exit."),
               "FILE"),
        option("export-series",
               tr("Write small multiples of the indicator (one map per period in a grid, one "
                  "legend, the city's value over the periods underneath) on one page as PDF, "
                  "PNG or SVG and exit."),
               "FILE"),
        option("export-frames",
               tr("Write one PNG map page per period of the indicator into the folder DIR "
                  "(created if missing), named KEY_PERIOD.png, for slides, and exit."),
               "DIR"),
        option("dpi", tr("Resolution of PNG exports (default: 150)."), "DPI"),
        option("export-profile",
               tr("Write the profile of one area of any level (key figures, every indicator "
                  "with city value, rank and trend, facilities) as PDF to FILE.pdf and exit."),
               "KEY"),
        option("export-atlas",
               tr("Write the atlas of a level (--level, default: the finest) as PDF and exit: a "
                  "cover with the city map and the indicators, a table of contents, and the "
                  "profile of every area with its notes."),
               "FILE.pdf"),
        option("publish",
               tr("Write the publication GeoPackage FILE.gpkg for QGIS and open data and exit: "
                  "one layer per level with a column per indicator and period, styled as the "
                  "map, with suppressed values withheld (also those that sums would give "
                  "away). --indicators, --periods and --level (a list) choose what it holds."),
               "FILE.gpkg"),
        option("indicators", tr("With --publish: the indicators, by key (default: all)."),
               "KEY,KEY,..."),
        option("periods", tr("With --publish: the periods (default: all)."), "P,P,..."),
        option("check-disclosure",
               tr("Try to recover every withheld value of a publication GeoPackage from what "
                  "it publishes (sums over the levels and differences), print each one "
                  "recovered and exit (1 when any is)."),
               "FILE.gpkg"),
        option("export-comparison",
               tr("Write the comparison of 2 to 6 areas with the city to FILE (.pdf with "
                  "charts, .csv or .xlsx) and exit."),
               "KEY,KEY,..."),
        option("raw-numbers",
               tr("With --export-comparison to .csv or .xlsx: write values at full precision "
                  "instead of the indicator's decimals.")),
        option("derive",
               tr("Define a derived indicator KEY from the argument \"NAME=formula\" and "
                  "compute it: rate(a, b, 100), change(a, 2), pct_change(a, 2), sum(a, b, ...), "
                  "diff(a, b); change(a, 5, school_year_as=start) sets a school year against "
                  "the calendar year it begins in (=end: ends in). NAME is the German name; "
                  "--name-en gives the English one."),
               "KEY"),
        option("name-en",
               tr("With --derive or --index: the indicator's English name (default: the "
                  "German name, in both languages)."),
               "NAME"),
        option("allocate",
               tr("Split a budget over the areas of a level by the need the indicator KEY "
                  "shows (with --budget) and write the table to FILE (.csv, .xlsx or .pdf with "
                  "the rule in words and a map)."),
               "KEY"),
        option("budget", tr("With --allocate: the budget to split."), "N"),
        option("unit", tr("With --allocate: euro, staff or hours (default: euro)."), "UNIT"),
        option("floor", tr("With --allocate: the least amount per area."), "N"),
        option("cap", tr("With --allocate: the largest amount per area."), "N"),
        option("per",
               tr("With --allocate: multiply the need by this count (e.g. children under 18)."),
               "POP_KEY"),
        option("per-period",
               tr("With --per: the population's period, where it has not the index's (default: "
                  "the index's period)."),
               "P"),
        option("points",
               tr("With --allocate: points per class of a class indicator, from class 1 up, "
                  "instead of the shifted value."),
               "0,1,2,3"),
        option("offset",
               tr("With --allocate: the need is value - lowest value + this share of the range "
                  "(default: 0.1, also written 10%)."),
               "F"),
        option("need",
               tr("With --allocate: whether a higher or a lower value means more need "
                  "(default: by the indicator's direction)."),
               "higher|lower"),
        option("pin", tr("With --allocate: a fixed amount for one area; repeatable."), "KEY=N"),
        option("whole",
               tr("With --allocate: whole units, rounded by largest remainder so that the parts "
                  "add up to the budget.")),
        option("save-allocation",
               tr("With --allocate: save the allocation in the project under this name."), "NAME"),
        option("previous",
               tr("With --allocate: show the change against the allocation saved under this "
                  "name."),
               "NAME"),
        option("list-indicators",
               tr("Print key, name, unit and periods of each indicator (tab-separated) and exit.")),
        option("list-areas",
               tr("Print key, name and level of each area (tab-separated) and exit.")),
        option("new", tr("Create a new project from an area layer (with --areas) and exit."),
               "PROJECT.gpkg"),
        option("areas", tr("Area layer for --new: GeoPackage, Shapefile, GeoJSON, GML."), "FILE"),
        option("layer", tr("Layer of the area file (default: its first polygon layer)."), "NAME"),
        option("key", tr("Field with the area key (default: guessed)."), "FIELD"),
        option("name", tr("Field with the area name (default: guessed)."), "FIELD"),
        option("level",
               tr("Area level: its name for --new and --add-level (default: Sozialraum); the "
                  "level the map shows otherwise."),
               "NAME"),
        option("crs", tr("Project coordinate system (default: the layer's)."), "EPSG:N"),
        option("city",
               tr("With --new: the city's name (e.g. Berlin); a table's row of that name is "
                  "the city's total."),
               "NAME"),
        option("duplicate-keys",
               tr("With --new: features whose key an earlier feature has stop the import "
                  "(fail, the default), are left out (first) or get KEY-2, KEY-3 (suffix)."),
               "fail|first|suffix"),
        option("language", tr("User interface language: de or en (default: the system's)."),
               "de|en"),
        option("import",
               tr("Import a department table (CSV, XLSX, ODS) into the project, print the report "
                  "and exit. Settings are remembered per --source."),
               "FILE"),
        option("source",
               tr("Name of the delivery, e.g. \"Schulamt Übergänge\" (default: the "
                  "file name without dates)."),
               "NAME"),
        option("department", tr("Department that delivers the table."), "NAME"),
        option("layout",
               tr("Table layout: long, wide-indicator or wide-period (default: guessed)."),
               "LAYOUT"),
        option("value", tr("Value column of a long table."), "FIELD"),
        option("numerator", tr("Numerator column of a long table: the rate is computed."), "FIELD"),
        option("denominator", tr("Denominator column of a long table."), "FIELD"),
        option("columns", tr("Indicator columns (wide-indicator) or period columns (wide-period)."),
               "A,B,..."),
        option("rate", tr("Compute a rate in % from two columns; repeatable."),
               "NAME=NUMERATOR/DENOMINATOR"),
        option("encoding",
               tr("Text encoding: UTF-8, Windows-1252 or ISO-8859-1 (default: "
                  "detected)."),
               "NAME"),
        option("delimiter", tr("Field delimiter: ; , tab or | (default: detected)."), "CHAR"),
        option("decimal", tr("Decimal mark: , or . (default: detected)."), "CHAR"),
        option("sheet",
               tr("Sheet of a workbook, by name or number (default: the first with data)."),
               "NAME|N"),
        option("header-rows",
               tr("Rows of the table's header, 1-based as the spreadsheet numbers them, e.g. "
                  "4-6 (default: detected)."),
               "N[-M]"),
        option("data-rows",
               tr("Rows of the data, e.g. 7-45 or 7- (default: detected; notes below the "
                  "table are passed over)."),
               "N-M"),
        option("accept-suggestions",
               tr("Accept every unique suggestion for keys that match no area (leading zeros, "
                  "names).")),
        option("dry-run", tr("Read and report, but write nothing.")),
        option("undo-import", tr("Undo the project's last import and exit.")),
        option("add-level",
               tr("Add a level of areas (e.g. Stadtbezirke) from a polygon layer, with --level "
                  "NAME, and exit."),
               "FILE"),
        option("parent-key",
               tr("With --add-level: the field holding the key of the enclosing area (default: "
                  "largest overlap)."),
               "FIELD"),
        option("dissolve",
               tr("With --add-level: merge the features that share a key into one area.")),
        option("import-log", tr("Print the project's import log and exit.")),
        option("remove-foreign-triggers",
               tr("Remove the triggers and views in the project that Quartierswerkstatt did "
                  "not write (a project that has them is not opened), list them and exit.")),
        option("kind",
               tr("Kind of the facilities: school, kita, youth_centre or other (default: "
                  "from the file name)."),
               "KIND"),
        option("subkind", tr("Field with the facility type, e.g. the school type."), "FIELD"),
        option("x", tr("Column with the x coordinate (or longitude) of a facility table."),
               "FIELD"),
        option("y", tr("Column with the y coordinate (or latitude) of a facility table."), "FIELD"),
    };
}

} // namespace qw
