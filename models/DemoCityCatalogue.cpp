#include "DemoCityCatalogue.h"

namespace qw::demo {

extern const char *const kStat = "Statistikstelle";
extern const char *const kJobcenter = "Jobcenter / Sozialamt";
extern const char *const kYouth = "Jugendamt";
extern const char *const kHealth = "Gesundheitsamt";
extern const char *const kSchool = "Schulverwaltung";
extern const char *const kEduOffice = "Bildungsbüro";

namespace {

const RateSpec kRates[] = {
    {"share_u18", "Anteil Minderjährige", "Share of minors", "%", IndicatorKind::Share,
     Polarity::Neutral, kStat, "Statistikstelle, Einwohnermelderegister (31.12.)",
     "Einwohnerinnen und Einwohner unter 18 Jahren je 100 Einwohner", 0.165, 0.12, 0.03,
     Base::Population, 1.0, 0, PeriodStyle::Year, "pop_total"},
    {"migration_u18", "Minderjährige mit Migrationshintergrund",
     "Minors with a migration background", "%", IndicatorKind::Share, Polarity::Neutral, kStat,
     "Statistikstelle, Einwohnermelderegister (31.12.)",
     "Anteil der unter 18-Jährigen mit Migrationshintergrund", 0.42, 0.55, 0.25, Base::Age10to18,
     2.2, 0, PeriodStyle::Year, nullptr},
    {"single_parents", "Alleinerziehende", "Single parents", "%", IndicatorKind::Share,
     Polarity::HigherIsWorse, kStat, "Statistikstelle, Haushaltegenerierung (31.12.)",
     "Anteil Alleinerziehender an den Haushalten mit Kindern", 0.21, 0.35, 0.05,
     Base::FamilyHouseholds, 1.0, 3, PeriodStyle::Year, nullptr},
    {"sgb2_rate", "SGB-II-Quote", "Basic income support rate (SGB II)", "%", IndicatorKind::Rate,
     Polarity::HigherIsWorse, kJobcenter, "Bundesagentur für Arbeit, Statistik SGB II (31.12.)",
     "Leistungsberechtigte nach SGB II je 100 Einwohner unter 65 Jahren", 0.13, 0.75, -0.12,
     Base::WorkingAge, 1.0, 3, PeriodStyle::Year, nullptr},
    {"child_poverty", "Kinderarmut (SGB II, unter 15)", "Child poverty (SGB II, under 15)", "%",
     IndicatorKind::Rate, Polarity::HigherIsWorse, kJobcenter,
     "Bundesagentur für Arbeit, Statistik SGB II (31.12.)",
     "Nicht erwerbsfähige Leistungsberechtigte unter 15 Jahren je 100 Kinder unter 15", 0.22, 0.8,
     -0.15, Base::Under15, 1.0, 3, PeriodStyle::Year, nullptr},
    {"unemployment", "Arbeitslosenquote", "Unemployment rate", "%", IndicatorKind::Rate,
     Polarity::HigherIsWorse, kJobcenter, "Bundesagentur für Arbeit (31.12.)",
     "Arbeitslose je 100 Einwohner von 15 bis unter 65 Jahren", 0.075, 0.6, -0.2, Base::WorkingAge,
     1.0, 3, PeriodStyle::Year, nullptr},
    {"youth_unemployment", "Jugendarbeitslosigkeit", "Youth unemployment", "%", IndicatorKind::Rate,
     Polarity::HigherIsWorse, kJobcenter, "Bundesagentur für Arbeit (31.12.)",
     "Arbeitslose von 15 bis unter 25 Jahren je 100 Einwohner dieser Altersgruppe", 0.06, 0.6, -0.1,
     Base::Age15to25, 1.0, 5, PeriodStyle::Year, nullptr},
    {"kita_u3", "Betreuungsquote unter 3 Jahren", "Childcare coverage under 3", "%",
     IndicatorKind::Rate, Polarity::HigherIsBetter, kYouth, "Jugendamt, Kita-Platzvergabe (1.3.)",
     "Betreute Kinder unter 3 Jahren in Kita und Kindertagespflege je 100 Kinder dieses Alters",
     0.27, -0.35, 0.65, Base::Under3, 1.0, 3, PeriodStyle::SchoolYear, "pop_u3"},
    {"kita_3_6", "Betreuungsquote 3 bis unter 6 Jahren", "Childcare coverage age 3 to 6", "%",
     IndicatorKind::Rate, Polarity::HigherIsBetter, kYouth, "Jugendamt, Kita-Platzvergabe (1.3.)",
     "Betreute Kinder von 3 bis unter 6 Jahren je 100 Kinder dieses Alters", 0.91, -0.45, 0.35,
     Base::Age3to6, 1.0, 3, PeriodStyle::SchoolYear, "pop_3_6"},
    {"tagespflege_u3", "Kindertagespflege unter 3 Jahren", "Childminding under 3", "%",
     IndicatorKind::Rate, Polarity::Neutral, kYouth,
     "Jugendamt, Kindertagespflege (bis 2019/20 je Kita-Jahr, seit 2020 zum 1.3.)",
     "Kinder unter 3 Jahren in Kindertagespflege je 100 Kinder dieses Alters; bis zum Kita-Jahr "
     "2019/20 je Kita-Jahr gemeldet, seit 2020 je Kalenderjahr",
     0.06, -0.2, 0.4, Base::Under3, 1.0, 3, PeriodStyle::SchoolYearThenYear, nullptr},
    {"hze_rate", "Hilfen zur Erziehung", "Child and youth welfare support", "je 1.000",
     IndicatorKind::Rate, Polarity::HigherIsWorse, kYouth, "Jugendamt, Fachverfahren HzE (31.12.)",
     "Laufende Hilfen zur Erziehung je 1.000 Einwohner unter 21 Jahren", 0.032, 0.6, 0.1,
     Base::Under21, 1.0, 5, PeriodStyle::Year, nullptr},
    {"kita_long", "Kita-Besuch über 2 Jahre vor Einschulung", "Kita attendance over 2 years", "%",
     IndicatorKind::Share, Polarity::HigherIsBetter, kHealth,
     "Gesundheitsamt, Schuleingangsuntersuchung",
     "Untersuchte Kinder mit mehr als zwei Jahren Kita-Besuch je 100 untersuchte Kinder", 0.86,
     -0.5, 0.3, Base::EntryExam, 1.0, 3, PeriodStyle::SchoolYear, nullptr},
    {"language_support", "Sprachförderbedarf bei Einschulung",
     "Language support need at school entry", "%", IndicatorKind::Share, Polarity::HigherIsWorse,
     kHealth, "Gesundheitsamt, Schuleingangsuntersuchung",
     "Untersuchte Kinder mit Sprachförderbedarf (Deutsch) je 100 untersuchte Kinder", 0.24, 0.75,
     0.3, Base::EntryExam, 1.0, 3, PeriodStyle::SchoolYear, nullptr},
    {"overweight", "Übergewicht bei Einschulung", "Overweight at school entry", "%",
     IndicatorKind::Share, Polarity::HigherIsWorse, kHealth,
     "Gesundheitsamt, Schuleingangsuntersuchung",
     "Untersuchte Kinder mit Übergewicht oder Adipositas je 100 untersuchte Kinder", 0.11, 0.45,
     0.1, Base::EntryExam, 1.0, 3, PeriodStyle::SchoolYear, nullptr},
    {"motor_deficit", "Auffälligkeiten Körperkoordination", "Motor coordination deficits", "%",
     IndicatorKind::Share, Polarity::HigherIsWorse, kHealth,
     "Gesundheitsamt, Schuleingangsuntersuchung",
     "Untersuchte Kinder mit auffälliger Körperkoordination je 100 untersuchte Kinder", 0.16, 0.35,
     0.15, Base::EntryExam, 1.0, 3, PeriodStyle::SchoolYear, nullptr},
    {"transition_gym", "Übergangsquote Gymnasium", "Transition rate to Gymnasium", "%",
     IndicatorKind::Share, Polarity::HigherIsBetter, kSchool,
     "Schulverwaltung, Übergänge nach Klasse 4",
     "Übergänge von Klasse 4 auf ein Gymnasium je 100 Schülerinnen und Schüler der Klasse 4", 0.40,
     -0.75, 0.05, Base::Class4, 1.0, 3, PeriodStyle::SchoolYear, nullptr},
    {"transition_gesamt", "Übergangsquote Gesamtschule", "Transition rate to Gesamtschule", "%",
     IndicatorKind::Share, Polarity::Neutral, kSchool, "Schulverwaltung, Übergänge nach Klasse 4",
     "Übergänge von Klasse 4 auf eine Gesamtschule je 100 Schülerinnen und Schüler der Klasse 4",
     0.33, 0.35, 0.1, Base::Class4, 1.0, 3, PeriodStyle::SchoolYear, nullptr},
    {"repeaters", "Klassenwiederholungen", "Repeaters", "%", IndicatorKind::Share,
     Polarity::HigherIsWorse, kSchool, "Schulverwaltung, Schulstatistik (15.10.)",
     "Wiederholerinnen und Wiederholer je 100 Schülerinnen und Schüler", 0.022, 0.45, -0.1,
     Base::Pupils, 1.0, 3, PeriodStyle::SchoolYear, nullptr},
    {"leavers_no_qual", "Schulabgänge ohne Abschluss", "School leavers without qualification", "%",
     IndicatorKind::Share, Polarity::HigherIsWorse, kSchool,
     "Schulverwaltung, Schulabgangsstatistik",
     "Abgänge ohne Hauptschulabschluss je 100 Schulabgängerinnen und -abgänger", 0.065, 0.6, 0.1,
     Base::Leavers, 1.0, 5, PeriodStyle::SchoolYear, nullptr},
    {"abitur", "Schulabgänge mit Hochschulreife", "School leavers with Abitur", "%",
     IndicatorKind::Share, Polarity::HigherIsBetter, kSchool,
     "Schulverwaltung, Schulabgangsstatistik",
     "Abgänge mit allgemeiner Hochschulreife je 100 Schulabgängerinnen und -abgänger", 0.36, -0.65,
     0.12, Base::Leavers, 1.0, 3, PeriodStyle::SchoolYear, nullptr},
    {"absenteeism", "Schulabsentismus", "School absenteeism", "%", IndicatorKind::Share,
     Polarity::HigherIsWorse, kSchool, "Schulverwaltung, Meldungen zur Schulpflicht",
     "Schülerinnen und Schüler mit mehr als 20 unentschuldigten Fehltagen je 100", 0.025, 0.65,
     0.35, Base::Pupils, 1.0, 5, PeriodStyle::SchoolYear, nullptr, 2},
};

const CountSpec kCounts[] = {
    {"pop_total", "Einwohnerinnen und Einwohner", "Inhabitants", Base::Population},
    {"pop_u3", "Kinder unter 3 Jahren", "Children under 3", Base::Under3},
    {"pop_3_6", "Kinder von 3 bis unter 6 Jahren", "Children aged 3 to 6", Base::Age3to6},
    {"pop_6_10", "Kinder von 6 bis unter 10 Jahren", "Children aged 6 to 10", Base::Age6to10},
    {"pop_10_18", "Jugendliche von 10 bis unter 18 Jahren", "Young people aged 10 to 18",
     Base::Age10to18},
};

const char *const kAreaStems[] = {
    "Linden", "Eichen",  "Birken", "Buchen", "Erlen",   "Ulmen",  "Rosen",  "Mühlen",  "Brücken",
    "Kirch",  "Schloss", "Markt",  "Hafen",  "Garten",  "Sonnen", "Wiesen", "Berg",    "Tal",
    "Heide",  "Auen",    "Bach",   "Stein",  "Wald",    "Feld",   "Burg",   "Kloster", "Hütten",
    "Zechen", "Ziegel",  "Hammer", "Kreuz",  "Brunnen", "Mark",   "Hof",    "Holz",    "Fuchs"};
const char *const kAreaEndings[] = {"hof",   "feld", "au",     "berg",  "heide",  "viertel",
                                    "grund", "dorf", "hausen", "horst", "winkel", "kamp"};
const char *const kDistrictNames[] = {"Innenstadt", "Nordstadt", "Hafen",      "Eichwald",
                                      "Lindenberg", "Brückenau", "Sonnenfeld", "Westerholz",
                                      "Ostheide",   "Südpark",   "Am Kanal",   "Kirchhöfen"};
const char *const kKitaNames[] = {"Sonnenschein", "Regenbogen",    "Pusteblume",
                                  "Zwergenland",  "Kunterbunt",    "Löwenzahn",
                                  "Spatzennest",  "Wirbelwind",    "Sternschnuppe",
                                  "Schatzkiste",  "Abenteuerland", "Villa Kunterbunt"};

} // namespace

std::span<const RateSpec> rates()
{
    return kRates;
}
std::span<const CountSpec> counts()
{
    return kCounts;
}
std::span<const char *const> areaStems()
{
    return kAreaStems;
}
std::span<const char *const> areaEndings()
{
    return kAreaEndings;
}
std::span<const char *const> districtNames()
{
    return kDistrictNames;
}
std::span<const char *const> kitaNames()
{
    return kKitaNames;
}

} // namespace qw::demo
