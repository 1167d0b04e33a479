// One word for one thing in German: a suppressed value (disclosure control) is "gesperrt"
// in the legend, the profile, the comparison, the tooltips and the exports.
#include "AppRunner.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    return p.waitForFinished(30000) ? QString::fromUtf8(p.readAllStandardOutput()) : QString();
}

const QString kWord = QStringLiteral("gesperrt");
const QString kOther = QStringLiteral("unterdrück");

} // namespace

class TestVocabulary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueSaysGesperrt()
    {
        // Given the German catalogue
        QFile ts(QStringLiteral(QW_TEST_DATA_DIR "/../../translations/quartierswerkstatt_de.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        QString source;
        int suppressed = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QString translation =
                    xml.readElementText(QXmlStreamReader::IncludeChildElements); // plural forms
                // Then no message says "unterdrückt", and every one about suppressed
                // values says "gesperrt"
                QVERIFY2(!translation.contains(kOther, Qt::CaseInsensitive),
                         qPrintable(translation));
                if (source.contains(QStringLiteral("suppress"), Qt::CaseInsensitive)) {
                    ++suppressed;
                    QVERIFY2(translation.contains(kWord, Qt::CaseInsensitive),
                             qPrintable(source + QStringLiteral(" -> ") + translation));
                }
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(suppressed >= 6); // legend, bivariate legend, tooltips, profile, import
    }

    void germanPdfsSayGesperrt()
    {
        // Given the demo's profile and comparison printed in German
        QTemporaryDir home;
        const qw::test::Run areas =
            qw::test::run({QStringLiteral("--demo"), QStringLiteral("--list-areas")}, home.path());
        QVERIFY2(areas.exitCode == 0, qPrintable(areas.err));
        QStringList keys;
        for (const QString &line : areas.out.split(QLatin1Char('\n')))
            if (line.endsWith(QLatin1String("\tsozialraum")) && keys.size() < 3)
                keys << line.section(QLatin1Char('\t'), 0, 0);
        QCOMPARE(keys.size(), 3);
        const QString profile = home.filePath(QStringLiteral("profil.pdf"));
        const qw::test::Run p = qw::test::run(
            {QStringLiteral("--demo"), QStringLiteral("--language"), QStringLiteral("de"),
             QStringLiteral("--export-profile"), keys[0], profile},
            home.path());
        QVERIFY2(p.exitCode == 0, qPrintable(p.err));
        const QString comparison = home.filePath(QStringLiteral("vergleich.pdf"));
        const qw::test::Run c = qw::test::run(
            {QStringLiteral("--demo"), QStringLiteral("--language"), QStringLiteral("de"),
             QStringLiteral("--export-comparison"), keys.join(QLatin1Char(',')), comparison},
            home.path());
        QVERIFY2(c.exitCode == 0, qPrintable(c.err));
        for (const QString &pdf : {profile, comparison}) {
            const QString text = pdfText(pdf).simplified();
            QVERIFY2(!text.isEmpty(), "pdftotext (poppler-utils) is needed");
            // Then their notes say "gesperrt", never "unterdrückt"
            QVERIFY2(text.contains(kWord), qPrintable(text.right(600)));
            QVERIFY2(!text.contains(kOther, Qt::CaseInsensitive), qPrintable(text.right(600)));
        }
    }
};

QTEST_MAIN(TestVocabulary)
#include "test_vocabulary.moc"
