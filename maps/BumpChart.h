#pragma once

#include "ProjectTypes.h"
#include "RankHistory.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QString>

class QPainter;
class QRectF;

namespace qw {

// Ranks over time as a bump chart: one line per area across the periods (rank 1 at the
// top), the area's name and rank at both ends, lines coloured by whether the area climbed
// or fell, for better or worse as the indicator's polarity says. Paints on any QPainter
// (window, PNG, PDF); plain data in, nothing kept.
class BumpChart
{
    Q_DECLARE_TR_FUNCTIONS(qw::BumpChart)
public:
    struct Content
    {
        QString title; // the indicator's name
        QString subtitle; // what rank 1 means, which areas are shown
        QString source; // the source and the periods, under the chart: "Quelle: …; 2015 bis 2024"
        RankHistory history;
        Polarity polarity = Polarity::Neutral;
        QLocale locale;
    };
    // The chart of an indicator's rank history, worded in the UI language; count is the
    // number of top (and bottom) areas the history holds.
    static Content of(const Indicator &indicator, RankHistory history, const QString &levelName,
                      bool german, int count, const QLocale &locale);
    // "Rang 1 = höchster Wert = größter Bedarf", from the polarity.
    static QString rankOneMeans(Polarity polarity);

    enum class Move { Climbed, Fell, Same };
    static Move moveOf(const RankHistory::Line &line);
    // Climbing towards rank 1 is worse where higher is worse: red; better: blue. Without a
    // direction, purple and orange judge neither way; unchanged is grey.
    static QColor colour(Move move, Polarity polarity);
    // The legend's word for a move ("aufgestiegen – mehr Bedarf").
    static QString moveLabel(Move move, Polarity polarity);

    // font may be sized in points or in pixels (the printed page's fonts are in pixels of
    // a painter scaled to points).
    static void paint(QPainter &p, const QRectF &rect, const Content &content, const QFont &font);
    // The chart on one A4 landscape page (ReportDocument's PDF), for print: the indicator
    // in the title, each period on the axis, source and periods under it. An error message
    // naming the file, or empty.
    static QString writePdf(const QString &path, const Content &content);
};

} // namespace qw
