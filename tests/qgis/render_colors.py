#!/usr/bin/python3
"""Renders a GeoPackage layer with QGIS's own renderer and style and samples its colours.

Usage (Debian's QGIS 3.22, python3-qgis):
    /usr/bin/python3 tests/qgis/render_colors.py GPKG LAYER POINTS.csv OUT.csv [STYLE_NAME]

The layer is opened as a QGIS user opens it, QgsVectorLayer("GPKG|layername=LAYER", ...,
"ogr"): QGIS then applies the layer's default style from the table layer_styles by itself.
With STYLE_NAME, that named style from layer_styles is applied instead.

The layer is rendered to an image 1600 px wide over the layer's extent, without
antialiasing, on white. For each row "key,x,y" of POINTS.csv (map coordinates in the layer's
CRS of a point well inside each area; a header row is skipped) OUT.csv gets "key,#rrggbb",
the colour of the rendered pixel at that point.

Hatched areas (suppressed values): the pixel is the ground or a hatch line, whichever the
point falls on. QGIS 3.22 draws the lines of a line pattern fill antialiased even with the
map's antialiasing off, so with QgisStyle's hatching (#737373 lines, 0.26 mm, on #f2f2f2) a
line pixel is a mixture such as #b3b3b3 or #b4b4b4, not #737373. A comparison should accept
for a suppressed area the ground and any grey between ground and line colour.

All QgsMessageLog messages of level Warning or Critical are written to stderr.
Exit status: 0 fine, 2 bad arguments or the layer/style/points could not be read or
rendered, 3 QGIS logged warnings or errors (OUT.csv is still written).
"""

import csv
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    Qgis,
    QgsApplication,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsPointXY,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402
from qgis.PyQt.QtXml import QDomDocument  # noqa: E402

WIDTH = 1600


def fail(message):
    print(f"render_colors: {message}", file=sys.stderr)
    sys.exit(2)


def read_points(path):
    points = []
    with open(path, newline="", encoding="utf-8") as f:
        for line, row in enumerate(csv.reader(f), start=1):
            if not row:
                continue
            if len(row) != 3:
                fail(f"{path}:{line}: expected key,x,y, got {len(row)} fields")
            try:
                points.append((row[0], float(row[1]), float(row[2])))
            except ValueError:
                if line != 1:  # the first row may be a header
                    fail(f"{path}:{line}: x and y must be numbers: {row[1]!r}, {row[2]!r}")
    return points


def apply_named_style(layer, name):
    count, ids, names, _descriptions, error = layer.listStylesInDatabase()
    if error:
        fail(f"cannot list the styles of {layer.source()}: {error}")
    if name not in names:
        fail(f"no style {name!r} in layer_styles for this layer; there are: {', '.join(names)}")
    qml, error = layer.getStyleFromDatabase(ids[names.index(name)])
    if error or not qml:
        fail(f"cannot read style {name!r}: {error}")
    doc = QDomDocument()
    ok, message, _line, _column = doc.setContent(qml)
    if not ok:
        fail(f"style {name!r} is not XML: {message}")
    ok, message = layer.importNamedStyle(doc)
    if not ok:
        fail(f"QGIS refused style {name!r}: {message}")


def render(layer):
    extent = layer.extent()
    if extent.isEmpty():
        fail("the layer has an empty extent")
    height = max(1, round(WIDTH * extent.height() / extent.width()))
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(extent)
    settings.setOutputSize(QSize(WIDTH, height))
    settings.setOutputDpi(96)
    settings.setBackgroundColor(QColor(255, 255, 255))
    settings.setFlag(QgsMapSettings.Antialiasing, False)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    for error in job.errors():
        print(f"render error: {error.layerID}: {error.message}", file=sys.stderr)
    if job.errors():
        sys.exit(2)
    return settings, job.renderedImage()


def main(argv):
    if len(argv) not in (5, 6):
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    gpkg, layer_name, points_csv, out_csv = argv[1:5]
    style_name = argv[5] if len(argv) == 6 else None

    app = QgsApplication([], False)
    app.initQgis()
    problems = []

    def on_message(message, tag, level):
        if level in (Qgis.Warning, Qgis.Critical):
            problems.append(f"{'Critical' if level == Qgis.Critical else 'Warning'} [{tag}]: {message}")

    QgsApplication.messageLog().messageReceived.connect(on_message)

    if not os.path.exists(gpkg):
        fail(f"{gpkg}: no such file")
    layer = QgsVectorLayer(f"{gpkg}|layername={layer_name}", layer_name, "ogr")
    if not layer.isValid():
        fail(f"{gpkg}: no valid layer {layer_name!r}")
    if style_name is not None:
        apply_named_style(layer, style_name)
    points = read_points(points_csv)
    settings, image = render(layer)
    to_pixel = settings.mapToPixel()

    rows = []
    for key, x, y in points:
        p = to_pixel.transform(QgsPointXY(x, y))
        px, py = int(p.x()), int(p.y())
        if not (0 <= px < image.width() and 0 <= py < image.height()):
            fail(f"{points_csv}: point {key} ({x}, {y}) is outside the layer's extent")
        rows.append((key, image.pixelColor(px, py).name()))
    with open(out_csv, "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)

    app.processEvents()  # messages from other threads arrive queued
    for problem in problems:
        print(problem, file=sys.stderr)
    # QGIS crashes on exit while a layer or a job is alive: release them first.
    del layer, settings, image, to_pixel
    app.exitQgis()
    return 3 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
