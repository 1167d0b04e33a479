#!/usr/bin/env python3
"""Renders benchmark projects with QGIS's own renderer, for scripts/bench-qgis.sh.

For each GeoPackage: the finest level's areas joined to one indicator's latest values
(as a plain layer, made once with ogr2ogr so that QGIS reads a column and no join),
a 5-class quantile graduated renderer, 1920x1080, antialiased, simplified on the fly to
a pixel and drawn by the parallel render job, as QGIS's desktop does by default. Prints one line per project: areas, median seconds, min, max.
"""
import statistics
import subprocess
import sys
import tempfile
import time
import os

from qgis.core import (QgsApplication, QgsClassificationQuantile, QgsGraduatedSymbolRenderer,
                       QgsMapRendererParallelJob, QgsMapSettings, QgsStyle, QgsVectorLayer,
                       QgsVectorSimplifyMethod)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor


def choropleth_layer(project, indicator, work):
    out = os.path.join(work, os.path.basename(project) + ".qgis.gpkg")
    if not os.path.exists(out):
        sql = ("SELECT a.geom AS geom, a.area_key AS area_key, v.value AS value FROM areas a "
               "LEFT JOIN qw_values v ON v.area_key = a.area_key AND v.indicator_key = '{i}' "
               "AND v.period = (SELECT max(period) FROM qw_values WHERE indicator_key = '{i}') "
               "WHERE a.level = (SELECT level FROM areas GROUP BY level "
               "ORDER BY count(*) DESC LIMIT 1)").format(i=indicator)
        subprocess.run(["ogr2ogr", "-f", "GPKG", out, project, "-dialect", "SQLite", "-sql", sql,
                        "-nln", "choropleth"], check=True)
    layer = QgsVectorLayer(out + "|layername=choropleth", "choropleth", "ogr")
    if not layer.isValid():
        raise SystemExit("QGIS cannot read " + out)
    return layer


def render_seconds(layer, runs):
    renderer = QgsGraduatedSymbolRenderer("value")
    renderer.setClassificationMethod(QgsClassificationQuantile())
    renderer.updateClasses(layer, 5)
    renderer.updateColorRamp(QgsStyle.defaultStyle().colorRamp("Reds"))
    layer.setRenderer(renderer)
    # QGIS desktop's defaults: simplify on the fly to a pixel, where it helps.
    simplify = QgsVectorSimplifyMethod()
    simplify.setSimplifyHints(QgsVectorSimplifyMethod.GeometrySimplification)
    simplify.setThreshold(1.0)
    simplify.setForceLocalOptimization(True)
    layer.setSimplifyMethod(simplify)
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setOutputSize(QSize(1920, 1080))
    settings.setExtent(layer.extent())
    settings.setBackgroundColor(QColor(255, 255, 255))
    settings.setFlag(QgsMapSettings.Antialiasing, True)
    times = []
    for run in range(runs + 1):  # the first run warms the caches, as ours does
        job = QgsMapRendererParallelJob(settings)
        start = time.perf_counter()
        job.start()
        job.waitForFinished()
        if run > 0:
            times.append(time.perf_counter() - start)
    return times


def main():
    if len(sys.argv) < 3:
        raise SystemExit("usage: qgis_render.py RUNS PROJECT.gpkg [PROJECT.gpkg ...]")
    runs = int(sys.argv[1])
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    with tempfile.TemporaryDirectory() as work:
        for project in sys.argv[2:]:
            layer = choropleth_layer(project, "child_poverty", work)
            times = render_seconds(layer, runs)
            print("%d\t%.6f\t%.6f\t%.6f" % (layer.featureCount(), statistics.median(times),
                                            min(times), max(times)), flush=True)
    app.exitQgis()


if __name__ == "__main__":
    main()
