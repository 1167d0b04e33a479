<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>qw</name>
    <message>
        <source>--%1 takes a whole number from %2 to %3</source>
        <translation>--%1 erwartet eine ganze Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>--%1 takes %2, not &quot;%3&quot;</source>
        <translation>--%1 erwartet %2, nicht „%3“</translation>
    </message>
    <message>
        <source>unknown classification &quot;%1&quot; (choose %2)</source>
        <translation>unbekannte Klassifizierung „%1“ (möglich: %2)</translation>
    </message>
    <message>
        <source>unknown colour scheme &quot;%1&quot; (choose %2)</source>
        <translation>unbekanntes Farbschema „%1“ (möglich: %2)</translation>
    </message>
    <message>
        <source>--overlay and --overlay-indicator go together</source>
        <translation>--overlay und --overlay-indicator gehören zusammen</translation>
    </message>
    <message>
        <source>--facilities takes all, none or a list of school, kita, youth_centre, other; not &quot;%1&quot;</source>
        <translation>--facilities erwartet all, none oder eine Liste aus school, kita, youth_centre, other; nicht „%1“</translation>
    </message>
    <message>
        <source>--classification manual needs --breaks, e.g. --breaks 10,20,30</source>
        <translation>--classification manual braucht --breaks, z. B. --breaks 10,20,30</translation>
    </message>
    <message>
        <source>--breaks goes with --classification manual, not with %1</source>
        <translation>--breaks gehört zu --classification manual, nicht zu %1</translation>
    </message>
    <message>
        <source>--classes does not go with --breaks: the breaks decide the number of classes</source>
        <translation>--classes passt nicht zu --breaks: die Grenzen bestimmen die Zahl der Klassen</translation>
    </message>
    <message>
        <source>--%1 goes with --allocate KEY</source>
        <translation>--%1 gehört zu --allocate SCHLÜSSEL</translation>
    </message>
    <message>
        <source>--allocate needs --budget N, e.g. --allocate social_index --budget 500000</source>
        <translation>--allocate braucht --budget N, z. B. --allocate social_index --budget 500000</translation>
    </message>
    <message>
        <source>--offset and --need belong to the shifted value, not to --points</source>
        <translation>--offset und --need gehören zum verschobenen Wert, nicht zu --points</translation>
    </message>
    <message>
        <source>--allocate writes .csv, .xlsx or .pdf, not &quot;%1&quot;</source>
        <translation>--allocate schreibt .csv, .xlsx oder .pdf, nicht „%1“</translation>
    </message>
    <message>
        <source>--allocate needs the output file (.csv, .xlsx or .pdf) or --save-allocation NAME</source>
        <translation>--allocate braucht die Ausgabedatei (.csv, .xlsx oder .pdf) oder --save-allocation NAME</translation>
    </message>
    <message>
        <source>--per-period goes with --per POP_KEY</source>
        <translation>--per-period gehört zu --per POP_KEY</translation>
    </message>
</context>
<context>
    <name>qw::AllocateCommand</name>
    <message>
        <source>--%1 %2 is ambiguous: write the number without thousands separators (e.g. 500000 or 12.5)</source>
        <translation>--%1 %2 ist mehrdeutig: bitte die Zahl ohne Tausenderpunkte schreiben (z. B. 500000 oder 12,5)</translation>
    </message>
    <message>
        <source>--%1 takes a number, not &quot;%2&quot;</source>
        <translation>--%1 erwartet eine Zahl, nicht „%2“</translation>
    </message>
    <message>
        <source>--unit takes euro, staff or hours, not &quot;%1&quot;</source>
        <translation>--unit erwartet euro, staff oder hours, nicht „%1“</translation>
    </message>
    <message>
        <source>--need takes higher or lower, not &quot;%1&quot;</source>
        <translation>--need erwartet higher oder lower, nicht „%1“</translation>
    </message>
    <message>
        <source>--pin takes KEY=AMOUNT, not &quot;%1&quot;</source>
        <translation>--pin erwartet SCHLÜSSEL=BETRAG, nicht „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%1 split over %n area(s) of the level %2 by %3 (%4): %5 at the floor, %6 at the cap, %7 fixed, %8 without a value</source>
        <translation>
            <numerusform>%1 auf %n Gebiet der Ebene %2 nach %3 (%4) verteilt: %5 an der Untergrenze, %6 an der Obergrenze, %7 fest, %8 ohne Wert</numerusform>
            <numerusform>%1 auf %n Gebiete der Ebene %2 nach %3 (%4) verteilt: %5 an der Untergrenze, %6 an der Obergrenze, %7 fest, %8 ohne Wert</numerusform>
        </translation>
    </message>
    <message>
        <source>The project has no saved allocation &quot;%1&quot; (it has none).</source>
        <translation>Das Projekt hat keine gespeicherte Mittelverteilung „%1“ (es hat keine).</translation>
    </message>
    <message>
        <source>The project has no saved allocation &quot;%1&quot; (it has: %2).</source>
        <translation>Das Projekt hat keine gespeicherte Mittelverteilung „%1“ (vorhanden: %2).</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
    <message>
        <source>Saved in the project as &quot;%1&quot;.</source>
        <translation>Im Projekt gespeichert als „%1“.</translation>
    </message>
</context>
<context>
    <name>qw::AllocationController</name>
    <message>
        <source>Allocate a &amp;budget…</source>
        <translation>&amp;Mittel verteilen …</translation>
    </message>
    <message>
        <source>Splits a budget (euros, staff positions or hours) over the areas by a needs indicator, with floor, cap and fixed amounts</source>
        <translation>Verteilt ein Budget (Euro, Stellen oder Stunden) nach einem Bedarfsindikator auf die Gebiete, mit Unter- und Obergrenze und festen Beträgen</translation>
    </message>
    <message>
        <source>There is no saved allocation &quot;%1&quot;.</source>
        <translation>Es gibt keine gespeicherte Mittelverteilung „%1“.</translation>
    </message>
    <message>
        <source>Save allocation</source>
        <translation>Mittelverteilung speichern</translation>
    </message>
    <message>
        <source>Delete allocation</source>
        <translation>Mittelverteilung löschen</translation>
    </message>
    <message>
        <source>Name of the allocation:</source>
        <translation>Name der Mittelverteilung:</translation>
    </message>
    <message>
        <source>An allocation &quot;%1&quot; is saved already. Replace it?</source>
        <translation>Eine Mittelverteilung „%1“ ist schon gespeichert. Ersetzen?</translation>
    </message>
    <message>
        <source>Allocation saved in the project as &quot;%1&quot;.</source>
        <translation>Mittelverteilung im Projekt als „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Allocation %1 %2</source>
        <translation>Mittelverteilung %1 %2</translation>
    </message>
    <message>
        <source>Export allocation</source>
        <translation>Mittelverteilung exportieren</translation>
    </message>
    <message>
        <source>PDF with the rule, map and table (*.pdf);;Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>PDF mit Regel, Karte und Tabelle (*.pdf);;Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Allocation exported to %1</source>
        <translation>Mittelverteilung exportiert nach %1</translation>
    </message>
    <message>
        <source>Open allocation</source>
        <translation>Mittelverteilung öffnen</translation>
    </message>
    <message>
        <source>Allocation &quot;%1&quot; deleted (Edit &gt; Undo brings it back).</source>
        <translation>Mittelverteilung „%1“ gelöscht (Bearbeiten &gt; Rückgängig holt sie zurück).</translation>
    </message>
</context>
<context>
    <name>qw::AllocationDialog</name>
    <message>
        <source>Allocate a budget</source>
        <translation>Mittel verteilen</translation>
    </message>
    <message>
        <source>&amp;Show in the window</source>
        <translation>Im &amp;Fenster anzeigen</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Speichern …</translation>
    </message>
    <message>
        <source>Shows the allocation and keeps it in the project under a name</source>
        <translation>Zeigt die Mittelverteilung an und speichert sie unter einem Namen im Projekt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Result&lt;/b&gt; (recomputed as you change the settings)</source>
        <translation>&lt;b&gt;Ergebnis&lt;/b&gt; (neu berechnet, sobald Sie etwas ändern)</translation>
    </message>
    <message>
        <source>nobody (the need alone)</source>
        <translation>niemand (nur der Bedarf)</translation>
    </message>
    <message>
        <source>points per class</source>
        <translation>Punkten je Klasse</translation>
    </message>
    <message>
        <source>the value, shifted to be positive</source>
        <translation>dem Wert, ins Positive verschoben</translation>
    </message>
    <message>
        <source> % of the range</source>
        <translation> % der Spannweite</translation>
    </message>
    <message>
        <source>Added to every area&apos;s need, so the least needy area keeps some weight: need = value − lowest value + offset × range</source>
        <translation>Wird zum Bedarf jedes Gebiets addiert, damit auch das Gebiet mit dem geringsten Bedarf ein Gewicht behält: Bedarf = Wert − kleinster Wert + Versatz × Spannweite</translation>
    </message>
    <message>
        <source>higher values</source>
        <translation>höheren Werten</translation>
    </message>
    <message>
        <source>lower values</source>
        <translation>niedrigeren Werten</translation>
    </message>
    <message>
        <source>euros</source>
        <translation>Euro</translation>
    </message>
    <message>
        <source>staff positions</source>
        <translation>Stellen</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>in &amp;whole units (the parts add up to the budget exactly)</source>
        <translation>in &amp;ganzen Einheiten (die Teile ergeben genau das Budget)</translation>
    </message>
    <message>
        <source>Split by (&amp;indicator):</source>
        <translation>Verteilen nach (&amp;Indikator):</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Ebene:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Need &amp;from:</source>
        <translation>Bedarf &amp;aus:</translation>
    </message>
    <message>
        <source>Points per c&amp;lass:</source>
        <translation>Punkte je &amp;Klasse:</translation>
    </message>
    <message>
        <source>&amp;Offset:</source>
        <translation>&amp;Versatz:</translation>
    </message>
    <message>
        <source>More need at:</source>
        <translation>Mehr Bedarf bei:</translation>
    </message>
    <message>
        <source>&amp;Times (population):</source>
        <translation>&amp;Pro Kopf (Bevölkerung):</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <source>&amp;Counted in:</source>
        <translation>Gezäh&amp;lt in:</translation>
    </message>
    <message>
        <source>&amp;Floor per area:</source>
        <translation>&amp;Untergrenze je Gebiet:</translation>
    </message>
    <message>
        <source>Cap per a&amp;rea:</source>
        <translation>&amp;Obergrenze je Gebiet:</translation>
    </message>
    <message>
        <source>Fixed amounts:</source>
        <translation>Feste Beträge:</translation>
    </message>
    <message>
        <source>Compare wit&amp;h:</source>
        <translation>Vergleichen &amp;mit:</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>The saved allocation &quot;%1&quot; is gone from the project.</source>
        <translation>Die gespeicherte Mittelverteilung „%1“ ist nicht mehr im Projekt.</translation>
    </message>
    <message>
        <source>No allocation with these settings:
%1</source>
        <translation>Mit diesen Einstellungen keine Mittelverteilung:
%1</translation>
    </message>
    <message>
        <source>staff position</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>The period the population is read for; where it lacks the indicator&apos;s, the nearest year is chosen</source>
        <translation>Der Zeitraum, für den die Bevölkerung gelesen wird; fehlt ihr der des Indikators, wird das nächstgelegene Jahr gewählt</translation>
    </message>
    <message>
        <source>Population in:</source>
        <translation>Bevölkerung aus:</translation>
    </message>
    <message>
        <source>Points of the areas of class %1 (%2)</source>
        <translation>Punkte der Gebiete der Klasse %1 (%2)</translation>
    </message>
</context>
<context>
    <name>qw::AllocationExport</name>
    <message>
        <source>Rule (to recompute it): %1</source>
        <translation>Regel (zum Nachrechnen): %1</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Mittelverteilung</translation>
    </message>
    <message>
        <source>Allocation of %1 by %2 (%3)</source>
        <translation>Mittelverteilung: %1 nach %2 (%3)</translation>
    </message>
    <message>
        <source>%1: there is no allocation to write.</source>
        <translation>%1: Es gibt keine Mittelverteilung zum Schreiben.</translation>
    </message>
    <message>
        <source>%1: an allocation table is written as .csv or .xlsx.</source>
        <translation>%1: Eine Verteilungstabelle wird als .csv oder .xlsx geschrieben.</translation>
    </message>
    <message>
        <source>Rows by amount, largest first (equal amounts by basis); areas without a value last.</source>
        <translation>Zeilen nach Betrag, der größte zuerst (gleiche Beträge nach Grundlage); Gebiete ohne Wert am Ende.</translation>
    </message>
</context>
<context>
    <name>qw::AllocationMap</name>
    <message>
        <source>Amount (%1)</source>
        <translation>Betrag (%1)</translation>
    </message>
</context>
<context>
    <name>qw::AllocationMapView</name>
    <message>
        <source>Map of the amounts</source>
        <translation>Karte der Beträge</translation>
    </message>
</context>
<context>
    <name>qw::AllocationPanel</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter …</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Mittelverteilung</translation>
    </message>
    <message>
        <source>Saved allocations</source>
        <translation>Gespeicherte Mittelverteilungen</translation>
    </message>
    <message>
        <source>Opens the settings of the shown allocation (Analysis &gt; Allocate a budget)</source>
        <translation>Öffnet die Einstellungen der angezeigten Mittelverteilung (Analyse &gt; Mittel verteilen)</translation>
    </message>
    <message>
        <source>PDF with the rule in words, the map and the table; Excel; CSV</source>
        <translation>PDF mit der Regel in Worten, der Karte und der Tabelle; Excel; CSV</translation>
    </message>
    <message>
        <source>Deletes the chosen saved allocation (Edit &gt; Undo brings it back)</source>
        <translation>Löscht die gewählte gespeicherte Mittelverteilung (Bearbeiten &gt; Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation>Gespeichert:</translation>
    </message>
    <message>
        <source>No allocation shown. Analysis &gt; Allocate a budget… computes one; a saved one opens from the list below.</source>
        <translation>Keine Mittelverteilung angezeigt. Analyse &gt; Mittel verteilen… berechnet eine; eine gespeicherte öffnet sich aus der Liste unten.</translation>
    </message>
    <message>
        <source>%1, %2 · %3</source>
        <translation>%1, %2 · %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Allocation by %1&lt;/b&gt; (not saved)</source>
        <translation>&lt;b&gt;Mittelverteilung nach %1&lt;/b&gt; (nicht gespeichert)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; – by %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – nach %2</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>&amp;Ändern …</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>qw::AllocationPinsEditor</name>
    <message>
        <source>&amp;Add fixed amount</source>
        <translation>Festen Betrag &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>E&amp;ntfernen</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>Fester Betrag</translation>
    </message>
    <message>
        <source>An area given a fixed amount outside the key, e.g. a school with a contract of its own</source>
        <translation>Ein Gebiet mit einem festen Betrag außerhalb des Schlüssels, z. B. eine Schule mit eigenem Vertrag</translation>
    </message>
</context>
<context>
    <name>qw::AllocationReport</name>
    <message numerus="yes">
        <source>%n area(s) of the level %1</source>
        <translation>
            <numerusform>%n Gebiet der Ebene %1</numerusform>
            <numerusform>%n Gebiete der Ebene %1</numerusform>
        </translation>
    </message>
    <message>
        <source>change against &quot;%1&quot;</source>
        <translation>Veränderung gegenüber „%1“</translation>
    </message>
    <message>
        <source>The rule</source>
        <translation>Die Regel</translation>
    </message>
    <message>
        <source>Amounts per area</source>
        <translation>Beträge je Gebiet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>&quot;–&quot; = no value: %n area(s) without a value of the indicator were left out.</source>
        <translation>
            <numerusform>„–“ = kein Wert: %n Gebiet ohne Wert des Indikators wurde nicht berücksichtigt.</numerusform>
            <numerusform>„–“ = kein Wert: %n Gebiete ohne Wert des Indikators wurden nicht berücksichtigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule (to recompute it): %1</source>
        <translation>Regel (zum Nachrechnen): %1</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>nicht berechnet</translation>
    </message>
    <message numerus="yes">
        <source>&quot;not computed&quot;: %n area(s) the indicator leaves out by its own rule (%1).</source>
        <translation>
            <numerusform>„nicht berechnet“: %n Gebiet, das der Indikator nach seiner eigenen Regel auslässt (%1).</numerusform>
            <numerusform>„nicht berechnet“: %n Gebiete, die der Indikator nach seiner eigenen Regel auslässt (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>qw::AllocationRepository</name>
    <message>
        <source>The saved allocation &quot;%1&quot; in %2 cannot be read: %3</source>
        <translation>Die gespeicherte Mittelverteilung „%1“ in %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>it was saved by a newer version of the program (rule version %1).</source>
        <translation>Sie wurde von einer neueren Programmversion gespeichert (Regelversion %1).</translation>
    </message>
    <message>
        <source>it claims %1 areas.</source>
        <translation>Sie gibt %1 Gebiete an.</translation>
    </message>
    <message>
        <source>area %1 has the unknown limit &quot;%2&quot;.</source>
        <translation>Gebiet %1 hat die unbekannte Begrenzung „%2“.</translation>
    </message>
    <message>
        <source>the amount of area %1 is no amount (%2).</source>
        <translation>Der Betrag von Gebiet %1 ist kein Betrag (%2).</translation>
    </message>
    <message>
        <source>An allocation needs a name to be saved under.</source>
        <translation>Eine Mittelverteilung braucht einen Namen, unter dem sie gespeichert wird.</translation>
    </message>
</context>
<context>
    <name>qw::AllocationRule</name>
    <message>
        <source>staff positions</source>
        <translation>Stellen</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>€%1</source>
        <translation>%1 €</translation>
    </message>
    <message>
        <source>%1 staff position</source>
        <translation>%1 Stelle</translation>
    </message>
    <message>
        <source>%1 staff positions</source>
        <translation>%1 Stellen</translation>
    </message>
    <message>
        <source>%1 hour</source>
        <translation>%1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>The rule names no indicator to split the budget by.</source>
        <translation>Die Regel nennt keinen Indikator, nach dem das Budget verteilt wird.</translation>
    </message>
    <message>
        <source>The budget must be a number above zero, not %1.</source>
        <translation>Das Budget muss eine Zahl über null sein, nicht %1.</translation>
    </message>
    <message>
        <source>The floor per area must be zero or more, not %1.</source>
        <translation>Die Untergrenze je Gebiet muss null oder mehr sein, nicht %1.</translation>
    </message>
    <message>
        <source>The cap per area must be above zero, not %1.</source>
        <translation>Die Obergrenze je Gebiet muss über null liegen, nicht %1.</translation>
    </message>
    <message>
        <source>The cap of %1 is below the floor of %2: no area could be given an amount.</source>
        <translation>Die Obergrenze von %1 liegt unter der Untergrenze von %2: Kein Gebiet könnte einen Betrag erhalten.</translation>
    </message>
    <message>
        <source>The floor of %1 per area is more than the whole budget of %2.</source>
        <translation>Die Untergrenze von %1 je Gebiet ist höher als das ganze Budget von %2.</translation>
    </message>
    <message>
        <source>A fixed amount names no area.</source>
        <translation>Ein fester Betrag nennt kein Gebiet.</translation>
    </message>
    <message>
        <source>Area %1 has two fixed amounts.</source>
        <translation>Gebiet %1 hat zwei feste Beträge.</translation>
    </message>
    <message>
        <source>The fixed amount of area %1 must be zero or more, not %2.</source>
        <translation>Der feste Betrag von Gebiet %1 muss null oder mehr sein, nicht %2.</translation>
    </message>
    <message>
        <source>The fixed amounts add up to %1, more than the budget of %2.</source>
        <translation>Die festen Beträge ergeben zusammen %1, mehr als das Budget von %2.</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>floor</source>
        <translation>Untergrenze</translation>
    </message>
    <message>
        <source>cap</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>fixed amount of %1</source>
        <translation>feste Betrag von %1</translation>
    </message>
    <message>
        <source>With whole units the %1 must be a whole number, not %2.</source>
        <translation>Bei ganzen Einheiten muss der Wert „%1“ eine ganze Zahl sein, nicht %2.</translation>
    </message>
    <message>
        <source>The offset must be zero or more (a share of the range, e.g. 0.1), not %1.</source>
        <translation>Der Aufschlag muss null oder mehr sein (ein Anteil der Spanne, z. B. 0,1), nicht %1.</translation>
    </message>
    <message>
        <source>Give the points per class from class 1 up, e.g. 0,1,2,3.</source>
        <translation>Bitte die Punkte je Klasse ab Klasse 1 angeben, z. B. 0,1,2,3.</translation>
    </message>
    <message>
        <source>The points per class must be zero or more, not %1.</source>
        <translation>Die Punkte je Klasse müssen null oder mehr sein, nicht %1.</translation>
    </message>
    <message>
        <source>The allocation rule is too long (%1 characters).</source>
        <translation>Die Verteilungsregel ist zu lang (%1 Zeichen).</translation>
    </message>
    <message>
        <source>A quote in the allocation rule is not closed.</source>
        <translation>Ein Anführungszeichen in der Verteilungsregel wird nicht geschlossen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no allocation rule (it must begin with &quot;%2%3&quot;).</source>
        <translation>„%1“ ist keine Verteilungsregel (sie muss mit „%2%3“ beginnen).</translation>
    </message>
    <message>
        <source>The allocation rule was written by a newer version of the program (rule version %1; this one reads up to %2).</source>
        <translation>Die Verteilungsregel wurde von einer neueren Programmversion geschrieben (Regelversion %1; diese Version liest bis %2).</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of the allocation rule has no value.</source>
        <translation>Das Feld „%1“ der Verteilungsregel hat keinen Wert.</translation>
    </message>
    <message>
        <source>The allocation rule names &quot;%1&quot; twice.</source>
        <translation>Die Verteilungsregel nennt „%1“ zweimal.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of the allocation rule is malformed: %2</source>
        <translation>Das Feld „%1“ der Verteilungsregel ist fehlerhaft: %2</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of the allocation rule is no number: %2</source>
        <translation>Das Feld „%1“ der Verteilungsregel ist keine Zahl: %2</translation>
    </message>
    <message>
        <source>Unknown unit &quot;%1&quot; in the allocation rule (euro, staff or hours).</source>
        <translation>Unbekannte Einheit „%1“ in der Verteilungsregel (euro, staff oder hours).</translation>
    </message>
    <message>
        <source>Unknown basis &quot;%1&quot; in the allocation rule (shift or points).</source>
        <translation>Unbekannte Grundlage „%1“ in der Verteilungsregel (shift oder points).</translation>
    </message>
    <message>
        <source>Unknown need &quot;%1&quot; in the allocation rule (higher or lower).</source>
        <translation>Unbekannte Bedarfsrichtung „%1“ in der Verteilungsregel (higher oder lower).</translation>
    </message>
    <message>
        <source>The points of the allocation rule are no list of numbers: %1</source>
        <translation>Die Punkte der Verteilungsregel sind keine Liste von Zahlen: %1</translation>
    </message>
    <message>
        <source>The field &quot;whole&quot; of the allocation rule takes 0 or 1, not %1.</source>
        <translation>Das Feld „whole“ der Verteilungsregel erwartet 0 oder 1, nicht %1.</translation>
    </message>
    <message>
        <source>A fixed amount of the allocation rule is not AREA:AMOUNT: %1</source>
        <translation>Ein fester Betrag der Verteilungsregel hat nicht die Form GEBIET:BETRAG: %1</translation>
    </message>
    <message>
        <source>The allocation rule has an unknown field &quot;%1&quot;.</source>
        <translation>Die Verteilungsregel hat ein unbekanntes Feld „%1“.</translation>
    </message>
    <message>
        <source>The allocation rule lacks the field &quot;%1&quot;.</source>
        <translation>Der Verteilungsregel fehlt das Feld „%1“.</translation>
    </message>
    <message>
        <source>The allocation rule by class points lacks the field &quot;points&quot;.</source>
        <translation>Der Verteilungsregel nach Klassenpunkten fehlt das Feld „points“.</translation>
    </message>
    <message numerus="yes">
        <source>A budget of %1 is split over the %n area(s) of the level %2 by %3 (%4).</source>
        <translation>
            <numerusform>Ein Budget von %1 wird nach %3 (%4) auf %n Gebiet der Ebene %2 verteilt.</numerusform>
            <numerusform>Ein Budget von %1 wird nach %3 (%4) auf die %n Gebiete der Ebene %2 verteilt.</numerusform>
        </translation>
    </message>
    <message>
        <source>An area&apos;s need is its value minus the lowest value of all areas, plus %1 % of the range from the lowest to the highest value (a higher value means more need).</source>
        <translation>Der Bedarf eines Gebiets ist sein Wert minus dem kleinsten Wert aller Gebiete, plus %1 % der Spanne vom kleinsten zum größten Wert (ein höherer Wert bedeutet mehr Bedarf).</translation>
    </message>
    <message>
        <source>An area&apos;s need is the highest value of all areas minus its value, plus %1 % of the range from the lowest to the highest value (a lower value means more need).</source>
        <translation>Der Bedarf eines Gebiets ist der größte Wert aller Gebiete minus seinem Wert, plus %1 % der Spanne vom kleinsten zum größten Wert (ein niedrigerer Wert bedeutet mehr Bedarf).</translation>
    </message>
    <message>
        <source>An area&apos;s need is the points of its class (%1).</source>
        <translation>Der Bedarf eines Gebiets sind die Punkte seiner Klasse (%1).</translation>
    </message>
    <message>
        <source>Each area with a value gets at least %1 and at most %2: areas below the floor are raised to it, areas above the cap lowered to it, and the rest is shared out again over the other areas by the same key until no area is beyond a limit.</source>
        <translation>Jedes Gebiet mit einem Wert erhält mindestens %1 und höchstens %2: Gebiete unter der Untergrenze werden auf sie angehoben, Gebiete über der Obergrenze auf sie gesenkt, und der Rest wird nach demselben Schlüssel erneut auf die übrigen Gebiete verteilt, bis kein Gebiet mehr eine Grenze überschreitet.</translation>
    </message>
    <message>
        <source>Each area with a value gets at least %1: areas below it are raised to it, and the rest is shared out again over the other areas by the same key until none is below it.</source>
        <translation>Jedes Gebiet mit einem Wert erhält mindestens %1: Gebiete darunter werden darauf angehoben, und der Rest wird nach demselben Schlüssel erneut auf die übrigen Gebiete verteilt, bis keines mehr darunter liegt.</translation>
    </message>
    <message>
        <source>Each area gets at most %1: what the cap frees up is shared out again over the other areas by the same key until none is above it.</source>
        <translation>Jedes Gebiet erhält höchstens %1: Was die Obergrenze frei macht, wird nach demselben Schlüssel erneut auf die übrigen Gebiete verteilt, bis keines mehr darüber liegt.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Fixed amounts outside the key: %1; the key splits the remaining %2.</source>
        <translation>Feste Beträge außerhalb des Schlüssels: %1; der Schlüssel verteilt die verbleibenden %2.</translation>
    </message>
    <message>
        <source>whole euros</source>
        <translation>ganze Euro</translation>
    </message>
    <message>
        <source>whole staff positions</source>
        <translation>ganze Stellen</translation>
    </message>
    <message>
        <source>whole hours</source>
        <translation>ganze Stunden</translation>
    </message>
    <message>
        <source>Amounts are %1: each area&apos;s share is rounded down and the units left over go to the areas with the largest remainders, so the parts add up to the budget exactly.</source>
        <translation>Die Beträge sind %1: Der Anteil jedes Gebiets wird abgerundet, und die übrigen Einheiten erhalten die Gebiete mit den größten Resten, sodass die Teile genau das Budget ergeben.</translation>
    </message>
    <message>
        <source>Amounts are not rounded; they are shown to two decimals.</source>
        <translation>Die Beträge sind nicht gerundet; sie werden mit zwei Nachkommastellen gezeigt.</translation>
    </message>
    <message>
        <source>The allocation rule gives a period of the population (per_period) but no population (per).</source>
        <translation>Die Verteilungsregel nennt einen Zeitraum der Bevölkerung (per_period), aber keine Bevölkerung (per).</translation>
    </message>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>%1: 1 point</source>
        <translation>%1: 1 Punkt</translation>
    </message>
    <message>
        <source>%1: %2 points</source>
        <translation>%1: %2 Punkte</translation>
    </message>
    <message>
        <source>The need is multiplied by the area&apos;s %1 in %2: of two areas with the same need, the one with twice as many gets twice as much.</source>
        <translation>Der Bedarf wird mit der Zahl „%1“ des Gebiets im Zeitraum %2 multipliziert: Von zwei Gebieten mit gleichem Bedarf erhält das mit doppelt so vielen doppelt so viel.</translation>
    </message>
    <message>
        <source>Each area gets the budget in proportion to this basis.</source>
        <translation>Jedes Gebiet erhält das Budget im Verhältnis zu dieser Grundlage.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each area gets the budget in proportion to this basis; the %n area(s) without a value get nothing: %1.</source>
        <translation>
            <numerusform>Jedes Gebiet erhält das Budget im Verhältnis zu dieser Grundlage; das %n Gebiet ohne Wert erhält nichts: %1.</numerusform>
            <numerusform>Jedes Gebiet erhält das Budget im Verhältnis zu dieser Grundlage; die %n Gebiete ohne Wert erhalten nichts: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %1 for %2 areas there are fewer units than areas: %n area(s) get 0.</source>
        <translation>
            <numerusform>Mit %1 für %2 Gebiete gibt es weniger Einheiten als Gebiete: %n Gebiet erhält 0.</numerusform>
            <numerusform>Mit %1 für %2 Gebiete gibt es weniger Einheiten als Gebiete: %n Gebiete erhalten 0.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) get 0: their share is less than one unit and its remainder too small to be rounded up.</source>
        <translation>
            <numerusform>%n Gebiet erhält 0: Sein Anteil ist kleiner als eine Einheit und sein Rest zu klein, um aufgerundet zu werden.</numerusform>
            <numerusform>%n Gebiete erhalten 0: Ihr Anteil ist kleiner als eine Einheit und ihr Rest zu klein, um aufgerundet zu werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) get nothing, as the indicator leaves them out (%1): %2.</source>
        <translation>
            <numerusform>%n Gebiet erhält nichts, weil der Indikator es auslässt (%1): %2.</numerusform>
            <numerusform>%n Gebiete erhalten nichts, weil der Indikator sie auslässt (%1): %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::AllocationTableModel</name>
    <message>
        <source>floor</source>
        <translation>Untergrenze</translation>
    </message>
    <message>
        <source>cap</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>fixed amount</source>
        <translation>fester Betrag</translation>
    </message>
    <message>
        <source>no value, left out</source>
        <translation>kein Wert, nicht berücksichtigt</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Betrag (%1)</translation>
    </message>
    <message>
        <source>Change against %1</source>
        <translation>Veränderung gegenüber %1</translation>
    </message>
    <message>
        <source>Limited by</source>
        <translation>Begrenzt durch</translation>
    </message>
    <message>
        <source>Share of the basis</source>
        <translation>Anteil der Grundlage</translation>
    </message>
    <message>
        <source>Share of the budget</source>
        <translation>Anteil am Budget</translation>
    </message>
</context>
<context>
    <name>qw::AllocationTableView</name>
    <message>
        <source>Sum %1 of a budget of %2 · at the floor: %3 · at the cap: %4 · fixed: %5 · without a value: %6</source>
        <translation>Summe %1 von einem Budget von %2 · an der Untergrenze: %3 · an der Obergrenze: %4 · fest: %5 · ohne Wert: %6</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) get 0 whole units</source>
        <translation>
            <numerusform>%n Gebiet erhält 0 ganze Einheiten</numerusform>
            <numerusform>%n Gebiete erhalten 0 ganze Einheiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::Allocator</name>
    <message>
        <source>No area has a value of %1 in %2: there is nothing to split the budget by.</source>
        <translation>Kein Gebiet hat einen Wert von %1 in %2: Es gibt nichts, wonach das Budget verteilt werden kann.</translation>
    </message>
    <message>
        <source>Area %1 has the value %2 of %3, not a class from 1 to %4: points per class need a class indicator (such as KEY_class).</source>
        <translation>Gebiet %1 hat bei %3 den Wert %2, keine Klasse von 1 bis %4: Punkte je Klasse brauchen einen Klassenindikator (etwa KEY_class).</translation>
    </message>
    <message>
        <source>The allocation&apos;s inputs have different numbers of areas.</source>
        <translation>Die Eingaben der Mittelverteilung haben unterschiedlich viele Gebiete.</translation>
    </message>
    <message>
        <source>Area %1 has a negative %2 (%3): the basis would be negative.</source>
        <translation>Gebiet %1 hat einen negativen Wert bei %2 (%3): Die Grundlage wäre negativ.</translation>
    </message>
    <message>
        <source>Area %1 has a fixed amount but is not one of the areas split over.</source>
        <translation>Gebiet %1 hat einen festen Betrag, gehört aber nicht zu den Gebieten, auf die verteilt wird.</translation>
    </message>
    <message>
        <source>No area without a fixed amount has a value to take the remaining %1.</source>
        <translation>Kein Gebiet ohne festen Betrag hat einen Wert, um die verbleibenden %1 aufzunehmen.</translation>
    </message>
    <message>
        <source>The budget of %1 is smaller than the floors of the %2 areas (%2 x %3 = %4).</source>
        <translation>Das Budget von %1 ist kleiner als die Untergrenzen der %2 Gebiete (%2 × %3 = %4).</translation>
    </message>
    <message>
        <source>After the fixed amounts %1 remain, less than the floors of the other %2 areas (%2 x %3 = %4).</source>
        <translation>Nach den festen Beträgen bleiben %1, weniger als die Untergrenzen der übrigen %2 Gebiete (%2 × %3 = %4).</translation>
    </message>
    <message>
        <source>Every area&apos;s basis is zero (by %1 in %2): there is no key to split the budget by.</source>
        <translation>Die Grundlage jedes Gebiets ist null (nach %1 in %2): Es gibt keinen Schlüssel, nach dem das Budget verteilt werden kann.</translation>
    </message>
    <message>
        <source>Under the cap of %1 the %2 areas can take at most %3, less than the %4 to split: raise the cap or lower the budget.</source>
        <translation>Unter der Obergrenze von %1 können die %2 Gebiete höchstens %3 aufnehmen, weniger als die zu verteilenden %4: Obergrenze anheben oder Budget senken.</translation>
    </message>
</context>
<context>
    <name>qw::AreaContextMenu</name>
    <message>
        <source>&amp;Compare selected areas (%1)</source>
        <translation>Ausgewählte Gebiete &amp;vergleichen (%1)</translation>
    </message>
    <message>
        <source>Select 2 to 6 areas to compare them</source>
        <translation>Wählen Sie 2 bis 6 Gebiete, um sie zu vergleichen</translation>
    </message>
    <message>
        <source>Zoom to s&amp;election</source>
        <translation>Auf &amp;Auswahl zoomen</translation>
    </message>
    <message>
        <source>C&amp;lear selection</source>
        <translation>Auswahl aufhe&amp;ben</translation>
    </message>
    <message>
        <source>&amp;Profile of %1…</source>
        <translation>&amp;Profil von %1 …</translation>
    </message>
    <message>
        <source>&amp;Deselect %1</source>
        <translation>%1 ab&amp;wählen</translation>
    </message>
    <message>
        <source>&amp;Select %1</source>
        <translation>%1 aus&amp;wählen</translation>
    </message>
    <message>
        <source>&amp;Add to selection</source>
        <translation>Zur Auswahl &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Zoom to %1</source>
        <translation>Auf %1 &amp;zoomen</translation>
    </message>
    <message>
        <source>&amp;Select the areas of this class (%1)</source>
        <translation>Die Gebiete dieser Klasse aus&amp;wählen (%1)</translation>
    </message>
    <message>
        <source>&amp;Add them to the selection</source>
        <translation>Sie zur Auswahl &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Map &amp;title…</source>
        <translation>Karten&amp;titel …</translation>
    </message>
    <message>
        <source>Zoom to f&amp;ull extent</source>
        <translation>&amp;Gesamtansicht</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>&amp;Notiz hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Give a point</source>
        <translation>Punkt &amp;geben</translation>
    </message>
</context>
<context>
    <name>qw::AreaKeyLevel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The areas lie on different levels: %1. Choose areas of one level (--list-areas shows each key&apos;s level).</source>
        <translation>Die Gebiete liegen auf verschiedenen Ebenen: %1. Wählen Sie Gebiete einer Ebene (--list-areas zeigt die Ebene jedes Schlüssels).</translation>
    </message>
    <message>
        <source>Unknown area keys: %1 (--list-areas shows them).</source>
        <translation>Unbekannte Gebietsschlüssel: %1 (--list-areas zeigt sie).</translation>
    </message>
    <message>
        <source>--level %1 does not fit the areas %2: they are of the level %3 (leave --level out, the keys name their level).</source>
        <translation>--level %1 passt nicht zu den Gebieten %2: Sie gehören zur Ebene %3 (lassen Sie --level weg, die Schlüssel nennen ihre Ebene).</translation>
    </message>
</context>
<context>
    <name>qw::AreaLayerSource</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 has no polygon layer.</source>
        <translation>%1 enthält keine Polygon-Ebene.</translation>
    </message>
    <message>
        <source>%1 has no layer &quot;%2&quot;.</source>
        <translation>%1 enthält keine Ebene „%2“.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; in %2 does not hold polygons.</source>
        <translation>Die Ebene „%1“ in %2 enthält keine Polygone.</translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no field &quot;%2&quot; (fields: %3).</source>
        <translation>Die Ebene „%1“ hat kein Feld „%2“ (Felder: %3).</translation>
    </message>
    <message>
        <source>%1: feature %2 has no value in the key field &quot;%3&quot;.</source>
        <translation>%1: Objekt %2 hat keinen Wert im Schlüsselfeld „%3“.</translation>
    </message>
    <message>
        <source>%1: area &quot;%2&quot; (feature %3) has no polygon geometry.</source>
        <translation>%1: Gebiet „%2“ (Objekt %3) hat keine Polygon-Geometrie.</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;.</source>
        <translation>%1 hat kein Feld „%2“.</translation>
    </message>
    <message>
        <source>EPSG:%1 is not a known coordinate system.</source>
        <translation>EPSG:%1 ist kein bekanntes Koordinatensystem.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>Objekt %1</translation>
    </message>
    <message>
        <source>feature %1 (%2)</source>
        <translation>Objekt %1 (%2)</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; occurs twice: %3 and %4. Keys must be unique.</source>
        <translation>%1: Der Schlüssel „%2“ kommt zweimal vor: %3 und %4. Schlüssel müssen eindeutig sein.</translation>
    </message>
    <message numerus="yes">
        <source>%n more feature(s) repeat a key of an earlier one.</source>
        <translation>
            <numerusform>%n weiteres Objekt wiederholt den Schlüssel eines früheren.</numerusform>
            <numerusform>%n weitere Objekte wiederholen den Schlüssel eines früheren.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is left out: its key &quot;%2&quot; belongs to %3.</source>
        <translation>%1 wird ausgelassen: Sein Schlüssel „%2“ gehört zu %3.</translation>
    </message>
    <message>
        <source>%1 gets the key &quot;%2&quot;: &quot;%3&quot; belongs to %4.</source>
        <translation>%1 erhält den Schlüssel „%2“: „%3“ gehört zu %4.</translation>
    </message>
    <message>
        <source>%1: the coordinates of area &quot;%2&quot; (feature %3) cannot be converted to EPSG:%4.</source>
        <translation>%1: Die Koordinaten des Gebiets „%2“ (Objekt %3) lassen sich nicht nach EPSG:%4 umrechnen.</translation>
    </message>
    <message numerus="yes">
        <source>%1, layer &quot;%2&quot;: %n feature(s) read</source>
        <translation>
            <numerusform>%1, Ebene „%2“: %n Objekt gelesen</numerusform>
            <numerusform>%1, Ebene „%2“: %n Objekte gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  areas written: %n (level &quot;%1&quot;, key field %2, name field %3)</source>
        <translation>
            <numerusform>  geschriebene Gebiete: %n (Ebene „%1“, Schlüsselfeld %2, Namensfeld %3)</numerusform>
            <numerusform>  geschriebene Gebiete: %n (Ebene „%1“, Schlüsselfeld %2, Namensfeld %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  duplicate keys (--duplicate-keys %1): %n handled</source>
        <translation>
            <numerusform>  doppelte Schlüssel (--duplicate-keys %1): %n behandelt</numerusform>
            <numerusform>  doppelte Schlüssel (--duplicate-keys %1): %n behandelt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  repaired geometries: %n</source>
        <translation>
            <numerusform>  reparierte Geometrien: %n</numerusform>
            <numerusform>  reparierte Geometrien: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>  coordinate system: %1</source>
        <translation>  Koordinatensystem: %1</translation>
    </message>
    <message>
        <source>  source coordinate system (WKT): %1</source>
        <translation>  Koordinatensystem der Quelldatei (WKT): %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>To create the project anyway, add --duplicate-keys first (the first feature keeps the key, later ones are left out) or --duplicate-keys suffix (later ones get KEY-2, KEY-3, ...).</source>
        <translation>Um das Projekt trotzdem anzulegen, ergänzen Sie --duplicate-keys first (das erste Objekt behält den Schlüssel, spätere werden ausgelassen) oder --duplicate-keys suffix (spätere erhalten SCHLÜSSEL-2, SCHLÜSSEL-3, ...).</translation>
    </message>
    <message>
        <source>%1 is not an area layer this program can read: %2.</source>
        <translation>%1 ist keine Gebietsebene, die dieses Programm lesen kann: %2.</translation>
    </message>
    <message>
        <source>%1: its coordinates cannot be converted to EPSG:%2.</source>
        <translation>%1: Die Koordinaten lassen sich nicht nach EPSG:%2 umrechnen.</translation>
    </message>
    <message>
        <source>%1: area &quot;%2&quot; (feature %3) has a point that no city has (x = %4, y = %5 in EPSG:%6): a damaged coordinate. Correct it in the file and try again.</source>
        <translation>%1: Gebiet „%2“ (Objekt %3) hat einen Punkt, den keine Stadt hat (x = %4, y = %5 in EPSG:%6): eine beschädigte Koordinate. Bitte in der Datei korrigieren und erneut versuchen.</translation>
    </message>
    <message>
        <source>%1: the attribute table %2.dbf beside it is missing; a shapefile needs its .shp, .shx and .dbf files in one folder (copy them together).</source>
        <translation>%1: Die Attributtabelle %2.dbf daneben fehlt; ein Shapefile braucht seine Dateien .shp, .shx und .dbf in einem Ordner (bitte zusammen kopieren).</translation>
    </message>
</context>
<context>
    <name>qw::AreaLevelImport</name>
    <message>
        <source>%1 has no polygon layer.</source>
        <translation>%1 hat keine Polygonebene.</translation>
    </message>
    <message>
        <source>The project has a level &quot;%1&quot; already.</source>
        <translation>Das Projekt hat bereits eine Ebene „%1“.</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; is used by the area &quot;%3&quot; already; keys must be unique across levels.</source>
        <translation>%1: Der Schlüssel „%2“ gehört schon zum Gebiet „%3“; Schlüssel müssen über alle Ebenen eindeutig sein.</translation>
    </message>
    <message>
        <source>%1: area &quot;%2&quot; names the parent &quot;%3&quot; in the field %4, but the project has no such area on its finest level.</source>
        <translation>%1: Gebiet „%2“ nennt im Feld %4 das übergeordnete Gebiet „%3“, aber das Projekt hat kein solches Gebiet auf seiner feinsten Ebene.</translation>
    </message>
    <message>
        <source>Level &quot;%1&quot;: %2 areas, coarser than the existing levels; %3 areas assigned to them by largest overlap.</source>
        <translation>Ebene „%1“: %2 Gebiete, gröber als die vorhandenen Ebenen; %3 Gebiete nach größter Überlappung zugeordnet.</translation>
    </message>
    <message>
        <source>Level &quot;%1&quot;: %2 areas inside the existing areas.</source>
        <translation>Ebene „%1“: %2 Gebiete innerhalb der vorhandenen Gebiete.</translation>
    </message>
    <message>
        <source>Without a parent (no overlap): %1</source>
        <translation>Ohne übergeordnetes Gebiet (keine Überlappung): %1</translation>
    </message>
    <message>
        <source>Repaired invalid geometries: %1</source>
        <translation>Reparierte ungültige Geometrien: %1</translation>
    </message>
</context>
<context>
    <name>qw::AreaListPanel</name>
    <message>
        <source>Find area (name or key) …</source>
        <translation>Gebiet suchen (Name oder Schlüssel) …</translation>
    </message>
    <message>
        <source>Find area</source>
        <translation>Gebiet suchen</translation>
    </message>
    <message>
        <source>Enter selects the first match, Ctrl+Enter adds it to the selection</source>
        <translation>Eingabe wählt den ersten Treffer, Strg+Eingabe fügt ihn der Auswahl hinzu</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <source>Compare the selected areas with the city (Ctrl+K)</source>
        <translation>Die ausgewählten Gebiete mit der Stadt vergleichen (Strg+K)</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n Gebiet</numerusform>
            <numerusform>%n Gebiete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n area(s)</source>
        <translation>
            <numerusform>%1 von %n Gebiet</numerusform>
            <numerusform>%1 von %n Gebieten</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare (%1)</source>
        <translation>Vergleichen (%1)</translation>
    </message>
</context>
<context>
    <name>qw::AreaReports</name>
    <message>
        <source>printed %1</source>
        <translation>gedruckt am %1</translation>
    </message>
    <message>
        <source>fictional demo data</source>
        <translation>fiktive Demodaten</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> in %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Schools: %1 · Kitas: %2 · Youth centres: %3</source>
        <translation>Schulen: %1 · Kitas: %2 · Jugendeinrichtungen: %3</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Facilities in the area</source>
        <translation>Einrichtungen im Gebiet</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>Vergleich: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) side by side with the city</source>
        <translation>
            <numerusform>%n Gebiet im Vergleich mit der Stadt</numerusform>
            <numerusform>%n Gebiete im Vergleich mit der Stadt</numerusform>
        </translation>
    </message>
    <message>
        <source>Tint: blue = better, orange-red = worse than the city (by the indicator&apos;s direction). Spine chart: left = worst area, right = best area of the level; for neutral indicators right = highest; counts are not shown there.</source>
        <translation>Färbung: blau = besser, orangerot = schlechter als die Stadt (nach der Richtung des Indikators). Profildiagramm: links = schlechtestes, rechts = bestes Gebiet der Ebene; bei neutralen Indikatoren rechts = höchster Wert; Anzahlen werden dort nicht gezeigt.</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 km²</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Fläche: %1</translation>
    </message>
    <message>
        <source>* The official figure for the city, from the statistics office&apos;s table; the areas in the project sum to: %1.</source>
        <translation>* Amtlicher Wert der Stadt aus der Tabelle der Statistikstelle; die Summe der Gebiete im Projekt ist: %1.</translation>
    </message>
    <message>
        <source>Period &quot;–&quot;: %1 (%2).</source>
        <translation>Zeitraum „–“: %1 (%2).</translation>
    </message>
    <message>
        <source>Period: the latest of each indicator (%1)</source>
        <translation>Zeitraum: je Indikator der neueste (%1)</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Zeitraum: %1</translation>
    </message>
    <message>
        <source>&quot;.&quot; = suppressed (fewer cases than the indicator&apos;s minimum), &quot;–&quot; = no value.</source>
        <translation>„.“ = gesperrt (weniger Fälle als die Mindestfallzahl des Indikators), „–“ = kein Wert.</translation>
    </message>
    <message>
        <source>Tint: blue = better, orange-red = worse than the city (by the indicator&apos;s direction). Rank 1 = highest value.</source>
        <translation>Färbung: blau = besser, orangerot = schlechter als die Stadt (nach der Richtung des Indikators). Rang 1 = höchster Wert.</translation>
    </message>
    <message>
        <source>Spine chart: from the worst to the best area (city in the middle)</source>
        <translation>Profildiagramm: schlechtestes bis bestes Gebiet (Stadt in der Mitte)</translation>
    </message>
</context>
<context>
    <name>qw::AreaTableModel</name>
    <message>
        <source>Estimated value</source>
        <translation>Geschätzter Wert</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>Wert (%1)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
</context>
<context>
    <name>qw::AtlasController</name>
    <message>
        <source>Export &amp;atlas…</source>
        <translation>&amp;Atlas exportieren …</translation>
    </message>
    <message>
        <source>The profiles of every area of the shown level in one PDF, with a cover, a table of contents and the notes</source>
        <translation>Die Profile aller Gebiete der gezeigten Ebene in einem PDF, mit Deckblatt, Inhaltsverzeichnis und den Notizen</translation>
    </message>
    <message>
        <source>Atlas %1</source>
        <translation>Atlas %1</translation>
    </message>
    <message>
        <source>Export atlas</source>
        <translation>Atlas exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the atlas …</source>
        <translation>Der Atlas wird erstellt …</translation>
    </message>
    <message>
        <source>Profile %1 of %2 …</source>
        <translation>Profil %1 von %2 …</translation>
    </message>
    <message>
        <source>Writing page %1 of %2 …</source>
        <translation>Seite %1 von %2 wird geschrieben …</translation>
    </message>
    <message>
        <source>Atlas cancelled; no file was written.</source>
        <translation>Atlas abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The atlas was not written.</source>
        <translation>Der Atlas wurde nicht geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Atlas of %n area(s) written to %1 (%2 pages).</source>
        <translation>
            <numerusform>Atlas mit %n Gebiet nach %1 geschrieben (%2 Seiten).</numerusform>
            <numerusform>Atlas mit %n Gebieten nach %1 geschrieben (%2 Seiten).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::AtlasDocument</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Data: period %1</source>
        <translation>Datenstand: Zeitraum %1</translation>
    </message>
    <message>
        <source>Data: periods up to %1</source>
        <translation>Datenstand: Zeiträume bis %1</translation>
    </message>
    <message>
        <source>Data: last import %1</source>
        <translation>Datenstand: letzter Import %1</translation>
    </message>
    <message>
        <source>%1, last import %2</source>
        <translation>%1, letzter Import %2</translation>
    </message>
    <message>
        <source>Period: the latest of each indicator</source>
        <translation>Zeitraum: je Indikator der neueste</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Zeitraum: %1</translation>
    </message>
    <message>
        <source>Atlas: %1</source>
        <translation>Atlas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) of the level %1</source>
        <translation>
            <numerusform>%n Profil der Ebene %1</numerusform>
            <numerusform>%n Profile der Ebene %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indicators (%n)</source>
        <translation>
            <numerusform>Indikatoren (%n)</numerusform>
            <numerusform>Indikatoren (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) of the level %1, in the order of their names</source>
        <translation>
            <numerusform>%n Gebiet der Ebene %1, nach Namen geordnet</numerusform>
            <numerusform>%n Gebiete der Ebene %1, nach Namen geordnet</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name ending in .pdf.</source>
        <translation>%1 ist ein Ordner; bitte einen Dateinamen mit der Endung .pdf angeben.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; the atlas cannot be written there.</source>
        <translation>Den Ordner %1 gibt es nicht; der Atlas kann dort nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The folder %1 takes no new files (no write permission?); the atlas cannot be written there.</source>
        <translation>In den Ordner %1 können keine Dateien geschrieben werden (keine Schreibrechte?); der Atlas kann dort nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 exists and cannot be overwritten.</source>
        <translation>%1 gibt es schon, und die Datei kann nicht überschrieben werden.</translation>
    </message>
</context>
<context>
    <name>qw::BreaksHistogram</name>
    <message>
        <source>Histogram of the values with the class breaks</source>
        <translation>Histogramm der Werte mit den Klassengrenzen</translation>
    </message>
    <message>
        <source>No values in %1</source>
        <translation>Keine Werte in %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n area(s)</source>
        <translation>
            <numerusform>%1 bis %2: %n Gebiet</numerusform>
            <numerusform>%1 bis %2: %n Gebiete</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::BumpChart</name>
    <message>
        <source>Rank 1 = highest value = most need</source>
        <translation>Rang 1 = höchster Wert = größter Bedarf</translation>
    </message>
    <message>
        <source>Rank 1 = highest value = least need</source>
        <translation>Rang 1 = höchster Wert = geringster Bedarf</translation>
    </message>
    <message>
        <source>Rank 1 = highest value (the indicator has no direction)</source>
        <translation>Rang 1 = höchster Wert (der Indikator hat keine Richtung)</translation>
    </message>
    <message>
        <source>%1: ranks over time</source>
        <translation>%1: Rangfolge über die Zeit</translation>
    </message>
    <message numerus="yes">
        <source>all %n areas (%1) with a value in %2</source>
        <translation>
            <numerusform>das %n Gebiet (%1) mit einem Wert in %2</numerusform>
            <numerusform>alle %n Gebiete (%1) mit einem Wert in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n highest and the %n lowest of %1 areas (%2) in %3</source>
        <translation>
            <numerusform>das höchste und das niedrigste von %1 Gebieten (%2) in %3</numerusform>
            <numerusform>die %n höchsten und die %n niedrigsten von %1 Gebieten (%2) in %3</numerusform>
        </translation>
    </message>
    <message>
        <source>same rank</source>
        <translation>gleicher Rang</translation>
    </message>
    <message>
        <source>climbed (more need)</source>
        <translation>aufgestiegen (mehr Bedarf)</translation>
    </message>
    <message>
        <source>climbed (less need)</source>
        <translation>aufgestiegen (weniger Bedarf)</translation>
    </message>
    <message>
        <source>climbed</source>
        <translation>aufgestiegen</translation>
    </message>
    <message>
        <source>fell (more need)</source>
        <translation>abgestiegen (mehr Bedarf)</translation>
    </message>
    <message>
        <source>fell (less need)</source>
        <translation>abgestiegen (weniger Bedarf)</translation>
    </message>
    <message>
        <source>fell</source>
        <translation>abgestiegen</translation>
    </message>
    <message>
        <source>No ranks: the indicator has no values on this level.</source>
        <translation>Keine Ränge: Der Indikator hat auf dieser Ebene keine Werte.</translation>
    </message>
    <message>
        <source>ranks %L1 to %L2 squeezed</source>
        <translation>Ränge %L1 bis %L2 gestaucht</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>periods %1 to %2</source>
        <translation>Zeitpunkte %1 bis %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>qw::ChangeMapDialog</name>
    <message>
        <source>&amp;Relative change in %</source>
        <translation>&amp;Relative Veränderung in %</translation>
    </message>
    <message>
        <source>Change in ra&amp;nk (rank 1 = highest value)</source>
        <translation>Veränderung des Ra&amp;ngs (Rang 1 = höchster Wert)</translation>
    </message>
    <message>
        <source>Change between two periods</source>
        <translation>Veränderung zwischen zwei Zeitpunkten</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indikator:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>&amp;Absolute change</source>
        <translation>&amp;Absolute Veränderung</translation>
    </message>
    <message>
        <source>&amp;Absolute change in percentage points</source>
        <translation>&amp;Absolute Veränderung in Prozentpunkten</translation>
    </message>
    <message>
        <source>&amp;Absolute change (%1)</source>
        <translation>&amp;Absolute Veränderung (%1)</translation>
    </message>
    <message>
        <source>The project has no indicator with two periods or more.</source>
        <translation>Das Projekt hat keinen Indikator mit zwei oder mehr Zeiträumen.</translation>
    </message>
    <message>
        <source>The project already has &quot;%1&quot; (%2): it is shown for %3.</source>
        <translation>Das Projekt hat „%1“ (%2) schon: Er wird für %3 gezeigt.</translation>
    </message>
    <message>
        <source>New derived indicator &quot;%1&quot; (%2), shown for %3 against %4. It is kept with the project and can be compared, saved in a view and exported; Undo removes it.</source>
        <translation>Neuer abgeleiteter Indikator „%1“ (%2), gezeigt für %3 gegenüber %4. Er wird mit dem Projekt gespeichert, lässt sich vergleichen, in einer Ansicht speichern und exportieren; Rückgängig entfernt ihn wieder.</translation>
    </message>
    <message>
        <source>A school year and a calendar year are periods of different kinds: a change between them holds only by the mapping chosen here, which the legend states</source>
        <translation>Ein Schuljahr und ein Kalenderjahr sind Zeitpunkte verschiedener Art: Eine Veränderung zwischen ihnen gilt nur mit der hier gewählten Zuordnung, die die Legende nennt</translation>
    </message>
    <message>
        <source>School &amp;years:</source>
        <translation>&amp;Schuljahre:</translation>
    </message>
    <message>
        <source>not set against calendar years</source>
        <translation>nicht mit Kalenderjahren verglichen</translation>
    </message>
    <message>
        <source>as the calendar year they begin in (%1)</source>
        <translation>wie das Kalenderjahr ihres Beginns (%1)</translation>
    </message>
    <message>
        <source>as the calendar year they end in (%1)</source>
        <translation>wie das Kalenderjahr ihres Endes (%1)</translation>
    </message>
</context>
<context>
    <name>qw::ClassBreaksCommand</name>
    <message>
        <source>Manual class breaks</source>
        <translation>Manuelle Klassengrenzen</translation>
    </message>
</context>
<context>
    <name>qw::ClassRule</name>
    <message>
        <source>&quot;%1&quot; are no classes: write sd:-1,1,1.5 (standard deviations), quantile:4 or manual:0.5,1.2</source>
        <translation>&quot;%1&quot; sind keine Klassen: schreiben Sie sd:-1,1,1.5 (Standardabweichungen), quantile:4 oder manual:0.5,1.2</translation>
    </message>
    <message>
        <source>quantile:%1: the number of classes is a whole number from 2 to 9</source>
        <translation>quantile:%1: die Zahl der Klassen ist eine ganze Zahl von 2 bis 9</translation>
    </message>
    <message>
        <source>the threshold &quot;%1&quot; in &quot;%2&quot; is no number (with a decimal point)</source>
        <translation>der Schwellenwert &quot;%1&quot; in &quot;%2&quot; ist keine Zahl (mit Dezimalpunkt)</translation>
    </message>
    <message>
        <source>the thresholds in &quot;%1&quot; must rise</source>
        <translation>die Schwellenwerte in &quot;%1&quot; müssen steigen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; makes more than 9 classes</source>
        <translation>&quot;%1&quot; ergibt mehr als 9 Klassen</translation>
    </message>
</context>
<context>
    <name>qw::Classification</name>
    <message>
        <source>Quantiles</source>
        <translation>Quantile</translation>
    </message>
    <message>
        <source>Equal intervals</source>
        <translation>Gleiche Intervalle</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>Natürliche Unterbrechungen (Jenks)</translation>
    </message>
    <message>
        <source>Pretty breaks</source>
        <translation>Runde Grenzen</translation>
    </message>
    <message>
        <source>Manual breaks</source>
        <translation>Manuelle Klassengrenzen</translation>
    </message>
    <message>
        <source>Standard deviation around the mean of the areas</source>
        <translation>Standardabweichung um den Mittelwert der Gebiete</translation>
    </message>
</context>
<context>
    <name>qw::CommandLine</name>
    <message>
        <source>Quartierswerkstatt: maps and comparisons of education indicators by Sozialraum.</source>
        <translation>Quartierswerkstatt: Karten und Vergleiche von Bildungsindikatoren nach Sozialraum.</translation>
    </message>
    <message>
        <source>Project file to open.</source>
        <translation>Zu öffnende Projektdatei.</translation>
    </message>
    <message>
        <source>only one project file can be opened</source>
        <translation>es kann nur eine Projektdatei geöffnet werden</translation>
    </message>
    <message>
        <source>give either a project file or --demo</source>
        <translation>entweder eine Projektdatei oder --demo angeben</translation>
    </message>
    <message>
        <source>--language takes de or en</source>
        <translation>--language erwartet de oder en</translation>
    </message>
    <message>
        <source>--list-indicators and --list-areas need a project file or --demo</source>
        <translation>--list-indicators und --list-areas brauchen eine Projektdatei oder --demo</translation>
    </message>
    <message>
        <source>--new needs --areas FILE</source>
        <translation>--new braucht --areas DATEI</translation>
    </message>
    <message>
        <source>--export-map needs a project file or --demo</source>
        <translation>--export-map braucht eine Projektdatei oder --demo</translation>
    </message>
    <message>
        <source>--indicator, --period and the other map options need a project</source>
        <translation>--indicator, --period und die anderen Kartenoptionen brauchen ein Projekt</translation>
    </message>
    <message>
        <source>--layout takes long, wide-indicator or wide-period</source>
        <translation>--layout erwartet long, wide-indicator oder wide-period</translation>
    </message>
    <message>
        <source>--x and --y go together</source>
        <translation>--x und --y gehören zusammen</translation>
    </message>
    <message>
        <source>--facilities FILE needs a project file or --new</source>
        <translation>--facilities DATEI braucht eine Projektdatei oder --new</translation>
    </message>
    <message>
        <source>--add-level needs --level NAME</source>
        <translation>--add-level braucht --level NAME</translation>
    </message>
    <message>
        <source>--import, --add-level, --undo-import and --import-log need a project file</source>
        <translation>--import, --add-level, --undo-import und --import-log brauchen eine Projektdatei</translation>
    </message>
    <message>
        <source>--export-profile and --export-comparison need the output file after the key(s)</source>
        <translation>--export-profile und --export-comparison brauchen nach den Schlüsseln die Ausgabedatei</translation>
    </message>
    <message>
        <source>--export-comparison takes 2 to 6 area keys</source>
        <translation>--export-comparison erwartet 2 bis 6 Gebietsschlüssel</translation>
    </message>
    <message>
        <source>--export-profile and --export-comparison need a project file or --demo</source>
        <translation>--export-profile und --export-comparison brauchen eine Projektdatei oder --demo</translation>
    </message>
    <message>
        <source>--duplicate-keys takes fail, first or suffix</source>
        <translation>--duplicate-keys erwartet fail, first oder suffix</translation>
    </message>
    <message>
        <source>--%1 takes a row or rows of the sheet such as 5, 4-6 or 7- (1-based), not &quot;%2&quot;</source>
        <translation>--%1 erwartet eine oder mehrere Zeilen des Tabellenblatts wie 5, 4-6 oder 7- (ab 1 gezählt), nicht „%2“</translation>
    </message>
    <message>
        <source>--raw-numbers goes with --export-comparison to a .csv or .xlsx file</source>
        <translation>--raw-numbers gehört zu --export-comparison in eine .csv- oder .xlsx-Datei</translation>
    </message>
    <message>
        <source>--derive needs a key and &quot;NAME=formula&quot;, e.g. --derive child_poverty_change &quot;Veränderung Kinderarmut=change(child_poverty, 2)&quot;</source>
        <translation>--derive braucht einen Schlüssel und &quot;NAME=Formel&quot;, z. B. --derive child_poverty_change &quot;Veränderung Kinderarmut=change(child_poverty, 2)&quot;</translation>
    </message>
    <message>
        <source>--derive needs a project file or --demo</source>
        <translation>--derive braucht eine Projektdatei oder --demo</translation>
    </message>
    <message>
        <source>--allocate needs a project file or --demo</source>
        <translation>--allocate braucht eine Projektdatei oder --demo</translation>
    </message>
    <message>
        <source>--index needs a project file or --demo</source>
        <translation>--index braucht eine Projektdatei oder --demo</translation>
    </message>
    <message>
        <source>--sensitivity needs a project file or --demo</source>
        <translation>--sensitivity braucht eine Projektdatei oder --demo</translation>
    </message>
    <message>
        <source>--name-en goes with --derive or --index, e.g. --derive child_poverty_change &quot;Veränderung Kinderarmut=change(child_poverty, 2)&quot; --name-en &quot;Change in child poverty&quot;</source>
        <translation>--name-en gehört zu --derive oder --index, z. B. --derive child_poverty_change &quot;Veränderung Kinderarmut=change(child_poverty, 2)&quot; --name-en &quot;Change in child poverty&quot;</translation>
    </message>
    <message>
        <source>--name-en needs a name, e.g. --name-en &quot;Social index 2024&quot;</source>
        <translation>--name-en braucht einen Namen, z. B. --name-en &quot;Social index 2024&quot;</translation>
    </message>
    <message>
        <source>--export-series needs a project file or --demo</source>
        <translation>--export-series braucht eine Projektdatei oder --demo</translation>
    </message>
    <message>
        <source>--export-frames needs a project file or --demo</source>
        <translation>--export-frames braucht eine Projektdatei oder --demo</translation>
    </message>
    <message>
        <source>--notes-import and --notes-export need a project file or --demo</source>
        <translation>--notes-import und --notes-export brauchen eine Projektdatei oder --demo</translation>
    </message>
    <message>
        <source>--export-atlas writes a .pdf file, not &quot;%1&quot;</source>
        <translation>--export-atlas schreibt eine .pdf-Datei, nicht „%1“</translation>
    </message>
    <message>
        <source>--export-atlas needs a project file or --demo</source>
        <translation>--export-atlas braucht eine Projektdatei oder --demo</translation>
    </message>
    <message>
        <source>--priorities-import and --priorities-export need a project file or --demo</source>
        <translation>--priorities-import und --priorities-export brauchen eine Projektdatei oder --demo</translation>
    </message>
</context>
<context>
    <name>qw::CommandLineOptions</name>
    <message>
        <source>Open the demo city Musterstadt (generated on first use).</source>
        <translation>Die Demostadt Musterstadt öffnen (wird beim ersten Mal erzeugt).</translation>
    </message>
    <message>
        <source>Indicator to show.</source>
        <translation>Anzuzeigender Indikator.</translation>
    </message>
    <message>
        <source>Period to show (default: the latest).</source>
        <translation>Anzuzeigender Zeitraum (Standard: der neueste).</translation>
    </message>
    <message>
        <source>Classification: quantile, equal, jenks, stddev, pretty or manual (with --breaks; default: quantile).</source>
        <translation>Klassifizierung: quantile, equal, jenks, stddev, pretty oder manual (mit --breaks; Standard: quantile).</translation>
    </message>
    <message>
        <source>Number of classes, 2 to 9 (default: 5).</source>
        <translation>Anzahl der Klassen, 2 bis 9 (Standard: 5).</translation>
    </message>
    <message>
        <source>Manual classes: 1 to 8 rising breaks inside the data, with a decimal point (implies --classification manual).</source>
        <translation>Manuelle Klassen: 1 bis 8 aufsteigende Grenzen innerhalb der Werte, mit Dezimalpunkt (bedeutet --classification manual).</translation>
    </message>
    <message>
        <source>Colour scheme, e.g. OrRd, Blues, viridis, cividis, RdBu.</source>
        <translation>Farbschema, z. B. OrRd, Blues, viridis, cividis, RdBu.</translation>
    </message>
    <message>
        <source>Second indicator as circles or as a bivariate 3x3 map.</source>
        <translation>Zweiter Indikator als Kreise oder als bivariate 3x3-Karte.</translation>
    </message>
    <message>
        <source>The second indicator for --overlay.</source>
        <translation>Der zweite Indikator für --overlay.</translation>
    </message>
    <message>
        <source>Area labels: none, names or values.</source>
        <translation>Gebietsbeschriftung: none, names oder values.</translation>
    </message>
    <message>
        <source>Title of the map (default: the indicator&apos;s name).</source>
        <translation>Titel der Karte (Standard: der Name des Indikators).</translation>
    </message>
    <message>
        <source>Facilities shown: all, none or e.g. school,kita.</source>
        <translation>Gezeigte Einrichtungen: all, none oder z. B. school,kita.</translation>
    </message>
    <message>
        <source>Show the view saved in the project under this name.</source>
        <translation>Die im Projekt unter diesem Namen gespeicherte Ansicht zeigen.</translation>
    </message>
    <message>
        <source>Save what the window shows (after the other options) in the project as a view of this name, replacing one of the same name.</source>
        <translation>Das im Fenster Gezeigte (nach den übrigen Optionen) als Ansicht dieses Namens im Projekt speichern; eine gleichnamige wird ersetzt.</translation>
    </message>
    <message>
        <source>Compare these areas (2 to 6 keys of one level) with the city; the map shows their level.</source>
        <translation>Diese Gebiete (2 bis 6 Schlüssel einer Ebene) mit der Stadt vergleichen; die Karte zeigt ihre Ebene.</translation>
    </message>
    <message>
        <source>Show 2 to 4 linked maps side by side; each is an indicator key, a period of the shown indicator, or KEY@PERIOD. With --export-map all go on one page.</source>
        <translation>2 bis 4 verknüpfte Karten nebeneinander zeigen; jede ist ein Indikatorschlüssel, ein Zeitraum des gezeigten Indikators oder SCHLÜSSEL@ZEITRAUM. Mit --export-map kommen alle auf eine Seite.</translation>
    </message>
    <message>
        <source>Render the window at 1600x1000, save it as PNG and exit.</source>
        <translation>Das Fenster in 1600x1000 zeichnen, als PNG speichern und beenden.</translation>
    </message>
    <message>
        <source>Write the map (title, legend, scale bar, source) as PNG, SVG or PDF and exit.</source>
        <translation>Die Karte (Titel, Legende, Maßstab, Quelle) als PNG, SVG oder PDF schreiben und beenden.</translation>
    </message>
    <message>
        <source>Write small multiples of the indicator (one map per period in a grid, one legend, the city&apos;s value over the periods underneath) on one page as PDF, PNG or SVG and exit.</source>
        <translation>Kleine Vielfache des Indikators (je Zeitraum eine Karte im Raster, eine Legende, darunter der Wert der Stadt über die Zeiträume) auf einer Seite als PDF, PNG oder SVG schreiben und beenden.</translation>
    </message>
    <message>
        <source>Write one PNG map page per period of the indicator into the folder DIR (created if missing), named KEY_PERIOD.png, for slides, and exit.</source>
        <translation>Je Zeitraum des Indikators eine Kartenseite als PNG in den Ordner DIR schreiben (wird bei Bedarf angelegt), benannt KEY_ZEITRAUM.png, für Folien, und beenden.</translation>
    </message>
    <message>
        <source>Resolution of PNG exports (default: 150).</source>
        <translation>Auflösung von PNG-Exporten (Standard: 150).</translation>
    </message>
    <message>
        <source>Write the profile of one area of any level (key figures, every indicator with city value, rank and trend, facilities) as PDF to FILE.pdf and exit.</source>
        <translation>Das Profil eines Gebiets beliebiger Ebene (Kennzahlen, alle Indikatoren mit Stadtwert, Rang und Verlauf, Einrichtungen) als PDF nach DATEI.pdf schreiben und beenden.</translation>
    </message>
    <message>
        <source>Write the comparison of 2 to 6 areas with the city to FILE (.pdf with charts, .csv or .xlsx) and exit.</source>
        <translation>Den Vergleich von 2 bis 6 Gebieten mit der Stadt nach DATEI schreiben (.pdf mit Diagrammen, .csv oder .xlsx) und beenden.</translation>
    </message>
    <message>
        <source>With --export-comparison to .csv or .xlsx: write values at full precision instead of the indicator&apos;s decimals.</source>
        <translation>Mit --export-comparison nach .csv oder .xlsx: Werte mit voller Genauigkeit statt mit den Nachkommastellen des Indikators schreiben.</translation>
    </message>
    <message>
        <source>With --derive or --index: the indicator&apos;s English name (default: the German name, in both languages).</source>
        <translation>Mit --derive oder --index: der englische Name des Indikators (Vorgabe: der deutsche Name, in beiden Sprachen).</translation>
    </message>
    <message>
        <source>Split a budget over the areas of a level by the need the indicator KEY shows (with --budget) and write the table to FILE (.csv, .xlsx or .pdf with the rule in words and a map).</source>
        <translation>Ein Budget (mit --budget) nach dem Bedarf, den der Indikator SCHLÜSSEL zeigt, auf die Gebiete einer Ebene verteilen und die Tabelle in DATEI schreiben (.csv, .xlsx oder .pdf mit der Regel in Worten und einer Karte).</translation>
    </message>
    <message>
        <source>With --allocate: the budget to split.</source>
        <translation>Mit --allocate: das zu verteilende Budget.</translation>
    </message>
    <message>
        <source>With --allocate: euro, staff or hours (default: euro).</source>
        <translation>Mit --allocate: euro, staff (Stellen) oder hours (Stunden) (Standard: euro).</translation>
    </message>
    <message>
        <source>With --allocate: the least amount per area.</source>
        <translation>Mit --allocate: der kleinste Betrag je Gebiet (Untergrenze).</translation>
    </message>
    <message>
        <source>With --allocate: the largest amount per area.</source>
        <translation>Mit --allocate: der größte Betrag je Gebiet (Obergrenze).</translation>
    </message>
    <message>
        <source>With --allocate: multiply the need by this count (e.g. children under 18).</source>
        <translation>Mit --allocate: den Bedarf mit dieser Anzahl multiplizieren (z. B. Kinder unter 18).</translation>
    </message>
    <message>
        <source>With --allocate: points per class of a class indicator, from class 1 up, instead of the shifted value.</source>
        <translation>Mit --allocate: Punkte je Klasse eines Klassenindikators, ab Klasse 1, statt des verschobenen Werts.</translation>
    </message>
    <message>
        <source>With --allocate: the need is value - lowest value + this share of the range (default: 0.1, also written 10%).</source>
        <translation>Mit --allocate: Der Bedarf ist Wert − kleinster Wert + dieser Anteil der Spanne (Standard: 0.1, auch als 10% geschrieben).</translation>
    </message>
    <message>
        <source>With --allocate: whether a higher or a lower value means more need (default: by the indicator&apos;s direction).</source>
        <translation>Mit --allocate: ob ein höherer oder ein niedrigerer Wert mehr Bedarf bedeutet (Standard: nach der Richtung des Indikators).</translation>
    </message>
    <message>
        <source>With --allocate: a fixed amount for one area; repeatable.</source>
        <translation>Mit --allocate: ein fester Betrag für ein Gebiet; wiederholbar.</translation>
    </message>
    <message>
        <source>With --allocate: whole units, rounded by largest remainder so that the parts add up to the budget.</source>
        <translation>Mit --allocate: ganze Einheiten, nach größten Resten gerundet, sodass die Teile das Budget ergeben.</translation>
    </message>
    <message>
        <source>With --allocate: save the allocation in the project under this name.</source>
        <translation>Mit --allocate: die Mittelverteilung unter diesem Namen im Projekt speichern.</translation>
    </message>
    <message>
        <source>With --allocate: show the change against the allocation saved under this name.</source>
        <translation>Mit --allocate: die Veränderung gegenüber der unter diesem Namen gespeicherten Mittelverteilung zeigen.</translation>
    </message>
    <message>
        <source>Print key, name, unit and periods of each indicator (tab-separated) and exit.</source>
        <translation>Schlüssel, Name, Einheit und Zeiträume jedes Indikators ausgeben (tabulatorgetrennt) und beenden.</translation>
    </message>
    <message>
        <source>Print key, name and level of each area (tab-separated) and exit.</source>
        <translation>Schlüssel, Name und Ebene jedes Gebiets ausgeben (tabulatorgetrennt) und beenden.</translation>
    </message>
    <message>
        <source>Create a new project from an area layer (with --areas) and exit.</source>
        <translation>Ein neues Projekt aus einer Gebietsebene anlegen (mit --areas) und beenden.</translation>
    </message>
    <message>
        <source>Area layer for --new: GeoPackage, Shapefile, GeoJSON, GML.</source>
        <translation>Gebietsebene für --new: GeoPackage, Shapefile, GeoJSON, GML.</translation>
    </message>
    <message>
        <source>Layer of the area file (default: its first polygon layer).</source>
        <translation>Ebene der Gebietsdatei (Standard: ihre erste Polygon-Ebene).</translation>
    </message>
    <message>
        <source>Field with the area key (default: guessed).</source>
        <translation>Feld mit dem Gebietsschlüssel (Standard: erkannt).</translation>
    </message>
    <message>
        <source>Field with the area name (default: guessed).</source>
        <translation>Feld mit dem Gebietsnamen (Standard: erkannt).</translation>
    </message>
    <message>
        <source>Area level: its name for --new and --add-level (default: Sozialraum); the level the map shows otherwise.</source>
        <translation>Gebietsebene: ihr Name bei --new und --add-level (Standard: Sozialraum); sonst die Ebene, die die Karte zeigt.</translation>
    </message>
    <message>
        <source>Project coordinate system (default: the layer&apos;s).</source>
        <translation>Koordinatensystem des Projekts (Standard: das der Ebene).</translation>
    </message>
    <message>
        <source>With --new: the city&apos;s name (e.g. Berlin); a table&apos;s row of that name is the city&apos;s total.</source>
        <translation>Mit --new: der Name der Stadt (z. B. Berlin); eine Tabellenzeile dieses Namens ist die Summe der Stadt.</translation>
    </message>
    <message>
        <source>With --new: features whose key an earlier feature has stop the import (fail, the default), are left out (first) or get KEY-2, KEY-3 (suffix).</source>
        <translation>Mit --new: Objekte, deren Schlüssel schon ein früheres Objekt hat, brechen den Import ab (fail, Standard), werden ausgelassen (first) oder erhalten SCHLÜSSEL-2, SCHLÜSSEL-3 (suffix).</translation>
    </message>
    <message>
        <source>User interface language: de or en (default: the system&apos;s).</source>
        <translation>Sprache der Oberfläche: de oder en (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>Import a department table (CSV, XLSX, ODS) into the project, print the report and exit. Settings are remembered per --source.</source>
        <translation>Eine Tabelle eines Fachamts (CSV, XLSX, ODS) in das Projekt importieren, den Bericht ausgeben und beenden. Die Einstellungen werden je --source gemerkt.</translation>
    </message>
    <message>
        <source>Name of the delivery, e.g. &quot;Schulamt Übergänge&quot; (default: the file name without dates).</source>
        <translation>Name der Lieferung, z. B. „Schulamt Übergänge“ (Standard: der Dateiname ohne Datumsangaben).</translation>
    </message>
    <message>
        <source>Department that delivers the table.</source>
        <translation>Fachamt, das die Tabelle liefert.</translation>
    </message>
    <message>
        <source>Table layout: long, wide-indicator or wide-period (default: guessed).</source>
        <translation>Tabellenaufbau: long, wide-indicator oder wide-period (Standard: erkannt).</translation>
    </message>
    <message>
        <source>Value column of a long table.</source>
        <translation>Wertspalte einer langen Tabelle.</translation>
    </message>
    <message>
        <source>Numerator column of a long table: the rate is computed.</source>
        <translation>Zählerspalte einer langen Tabelle: Die Quote wird berechnet.</translation>
    </message>
    <message>
        <source>Denominator column of a long table.</source>
        <translation>Nennerspalte einer langen Tabelle.</translation>
    </message>
    <message>
        <source>Indicator columns (wide-indicator) or period columns (wide-period).</source>
        <translation>Indikatorspalten (wide-indicator) oder Zeitraumspalten (wide-period).</translation>
    </message>
    <message>
        <source>Compute a rate in % from two columns; repeatable.</source>
        <translation>Eine Quote in % aus zwei Spalten berechnen; mehrfach möglich.</translation>
    </message>
    <message>
        <source>Text encoding: UTF-8, Windows-1252 or ISO-8859-1 (default: detected).</source>
        <translation>Zeichenkodierung: UTF-8, Windows-1252 oder ISO-8859-1 (Standard: erkannt).</translation>
    </message>
    <message>
        <source>Field delimiter: ; , tab or | (default: detected).</source>
        <translation>Trennzeichen: ; , tab oder | (Standard: erkannt).</translation>
    </message>
    <message>
        <source>Decimal mark: , or . (default: detected).</source>
        <translation>Dezimalzeichen: , oder . (Standard: erkannt).</translation>
    </message>
    <message>
        <source>Sheet of a workbook, by name or number (default: the first with data).</source>
        <translation>Tabellenblatt einer Arbeitsmappe, nach Name oder Nummer (Standard: das erste mit Daten).</translation>
    </message>
    <message>
        <source>Rows of the table&apos;s header, 1-based as the spreadsheet numbers them, e.g. 4-6 (default: detected).</source>
        <translation>Kopfzeilen der Tabelle, ab 1 gezählt wie im Tabellenprogramm, z. B. 4-6 (Standard: erkannt).</translation>
    </message>
    <message>
        <source>Rows of the data, e.g. 7-45 or 7- (default: detected; notes below the table are passed over).</source>
        <translation>Datenzeilen, z. B. 7-45 oder 7- (Standard: erkannt; Anmerkungen unter der Tabelle werden übersprungen).</translation>
    </message>
    <message>
        <source>Accept every unique suggestion for keys that match no area (leading zeros, names).</source>
        <translation>Jeden eindeutigen Vorschlag für Schlüssel ohne passendes Gebiet übernehmen (führende Nullen, Namen).</translation>
    </message>
    <message>
        <source>Read and report, but write nothing.</source>
        <translation>Lesen und berichten, aber nichts schreiben.</translation>
    </message>
    <message>
        <source>Undo the project&apos;s last import and exit.</source>
        <translation>Den letzten Import des Projekts rückgängig machen und beenden.</translation>
    </message>
    <message>
        <source>Add a level of areas (e.g. Stadtbezirke) from a polygon layer, with --level NAME, and exit.</source>
        <translation>Eine Gebietsebene (z. B. Stadtbezirke) aus einer Polygonebene hinzufügen, mit --level NAME, und beenden.</translation>
    </message>
    <message>
        <source>With --add-level: the field holding the key of the enclosing area (default: largest overlap).</source>
        <translation>Mit --add-level: das Feld mit dem Schlüssel des umgebenden Gebiets (Standard: größte Überlappung).</translation>
    </message>
    <message>
        <source>With --add-level: merge the features that share a key into one area.</source>
        <translation>Mit --add-level: Objekte mit gleichem Schlüssel zu einem Gebiet verschmelzen.</translation>
    </message>
    <message>
        <source>Print the project&apos;s import log and exit.</source>
        <translation>Das Importprotokoll des Projekts ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Kind of the facilities: school, kita, youth_centre or other (default: from the file name).</source>
        <translation>Art der Einrichtungen: school, kita, youth_centre oder other (Standard: aus dem Dateinamen).</translation>
    </message>
    <message>
        <source>Field with the facility type, e.g. the school type.</source>
        <translation>Feld mit dem Typ der Einrichtung, z. B. der Schulart.</translation>
    </message>
    <message>
        <source>Column with the x coordinate (or longitude) of a facility table.</source>
        <translation>Spalte mit der x-Koordinate (oder geografischen Länge) einer Einrichtungstabelle.</translation>
    </message>
    <message>
        <source>Column with the y coordinate (or latitude) of a facility table.</source>
        <translation>Spalte mit der y-Koordinate (oder geografischen Breite) einer Einrichtungstabelle.</translation>
    </message>
    <message>
        <source>Define a derived indicator KEY from the argument &quot;NAME=formula&quot; and compute it: rate(a, b, 100), change(a, 2), pct_change(a, 2), sum(a, b, ...), diff(a, b); change(a, 5, school_year_as=start) sets a school year against the calendar year it begins in (=end: ends in). NAME is the German name; --name-en gives the English one.</source>
        <translation>Definiert einen abgeleiteten Indikator KEY aus dem Argument &quot;NAME=Formel&quot; und berechnet ihn: rate(a, b, 100), change(a, 2), pct_change(a, 2), sum(a, b, ...), diff(a, b); change(a, 5, school_year_as=start) vergleicht ein Schuljahr wie das Kalenderjahr seines Beginns (=end: seines Endes). NAME ist der deutsche Name; --name-en gibt den englischen.</translation>
    </message>
    <message>
        <source>With --per: the population&apos;s period, where it has not the index&apos;s (default: the index&apos;s period).</source>
        <translation>Mit --per: der Zeitraum der Bevölkerung, wo sie den des Index nicht hat (Vorgabe: der Zeitraum des Index).</translation>
    </message>
    <message>
        <source>Write the atlas of a level (--level, default: the finest) as PDF and exit: a cover with the city map and the indicators, a table of contents, and the profile of every area with its notes.</source>
        <translation>Den Atlas einer Ebene (--level, sonst die feinste) als PDF schreiben und beenden: ein Deckblatt mit Stadtkarte und Indikatoren, ein Inhaltsverzeichnis und das Profil jedes Gebiets mit seinen Notizen.</translation>
    </message>
    <message>
        <source>Open the window in presentation mode (full screen, on the second screen where there is one; Esc leaves it), showing the other options&apos; map.</source>
        <translation>Das Fenster gleich in der Präsentation öffnen (bildschirmfüllend, auf dem zweiten Bildschirm, wo es einen gibt; Esc beendet sie), mit der Karte der anderen Optionen.</translation>
    </message>
    <message>
        <source>Remove the triggers and views in the project that Quartierswerkstatt did not write (a project that has them is not opened), list them and exit.</source>
        <translation>Die Trigger und Sichten im Projekt entfernen, die Quartierswerkstatt nicht geschrieben hat (ein Projekt mit solchen wird nicht geöffnet), sie auflisten und beenden.</translation>
    </message>
</context>
<context>
    <name>qw::ComparisonCharts</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
</context>
<context>
    <name>qw::ComparisonChartsView</name>
    <message>
        <source>&amp;Bars of:</source>
        <translation>Ba&amp;lken für:</translation>
    </message>
    <message>
        <source>Comparison charts</source>
        <translation>Vergleichsdiagramme</translation>
    </message>
    <message>
        <source>Spine chart: worst area (left) to best (right); city in the middle</source>
        <translation>Profildiagramm: schlechtestes Gebiet (links) bis bestes (rechts); Stadt in der Mitte</translation>
    </message>
</context>
<context>
    <name>qw::ComparisonController</name>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>Choose 2 to 6 areas to compare (%1 chosen).</source>
        <translation>Wählen Sie 2 bis 6 Gebiete zum Vergleich (%1 gewählt).</translation>
    </message>
    <message>
        <source>Compare areas</source>
        <translation>Gebiete vergleichen</translation>
    </message>
    <message>
        <source>Cha&amp;rts</source>
        <translation>Dia&amp;gramme</translation>
    </message>
</context>
<context>
    <name>qw::ComparisonExport</name>
    <message>
        <source>Department</source>
        <translation>Fachamt</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Rank %1</source>
        <translation>Rang %1</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>%1: the comparison table is written as .csv or .xlsx.</source>
        <translation>%1: Die Vergleichstabelle wird als .csv oder .xlsx geschrieben.</translation>
    </message>
    <message>
        <source>This GDAL has no XLSX driver; export the comparison as CSV instead.</source>
        <translation>Dieses GDAL hat keinen XLSX-Treiber; bitte den Vergleich als CSV exportieren.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>qw::ComparisonModel</name>
    <message>
        <source>Rank %1 (1 = highest), %2</source>
        <translation>Rang %1 (1 = höchster Wert), %2</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>%1: the official city figure; the areas sum to %2</source>
        <translation>%1: amtlicher Wert der Stadt; Summe der Gebiete: %2</translation>
    </message>
    <message>
        <source>no value for %1</source>
        <translation>kein Wert für %1</translation>
    </message>
    <message>
        <source>%1 matches the chosen period %2</source>
        <translation>%1 entspricht dem gewählten Zeitraum %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>%1 (chosen: %2)</source>
        <translation>%1 (gewählt: %2)</translation>
    </message>
</context>
<context>
    <name>qw::ComparisonView</name>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation>Wert &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;row</source>
        <translation>&amp;Zeile kopieren</translation>
    </message>
    <message>
        <source>&amp;Profile of %1…</source>
        <translation>&amp;Profil von %1 …</translation>
    </message>
</context>
<context>
    <name>qw::ContributionReport</name>
    <message>
        <source>Contribution to the index: %1 (%2)</source>
        <translation>Beitrag zum Index: %1 (%2)</translation>
    </message>
    <message>
        <source>Index %1, rank %2 of %3 (1 = most need), class %4.</source>
        <translation>Index %1, Rang %2 von %3 (1 = höchster Bedarf), Klasse %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 %2 · weight %3</source>
        <translation>%1 %2 · Gewicht %3</translation>
    </message>
    <message>
        <source>Contribution = weight × standardised value (turned by the direction) / sum of weights; red adds to the need, blue lowers it.</source>
        <translation>Beitrag = Gewicht × standardisierter Wert (nach der Richtung gewendet) / Summe der Gewichte; Rot erhöht den Bedarf, Blau senkt ihn.</translation>
    </message>
</context>
<context>
    <name>qw::Crs</name>
    <message>
        <source>without a name</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>The file&apos;s coordinate system %1 cannot be converted to longitude/latitude; choose the project&apos;s coordinate system, e.g. EPSG:25832.</source>
        <translation>Das Koordinatensystem der Datei (%1) lässt sich nicht in geografische Länge/Breite umrechnen; bitte wählen Sie das Koordinatensystem des Projekts, z. B. EPSG:25832.</translation>
    </message>
    <message>
        <source>The file names no coordinate system (no .prj file or no CRS in it); choose the project&apos;s coordinate system, e.g. EPSG:25832.</source>
        <translation>Die Datei gibt kein Koordinatensystem an (keine .prj-Datei oder darin kein Koordinatensystem); bitte wählen Sie das Koordinatensystem des Projekts, z. B. EPSG:25832.</translation>
    </message>
    <message>
        <source>%1 as requested; the file names no coordinate system, so its coordinates are taken to be in it.</source>
        <translation>%1 wie angegeben; die Datei gibt kein Koordinatensystem an, daher wird angenommen, dass ihre Koordinaten in diesem vorliegen.</translation>
    </message>
    <message>
        <source>%1 as requested; the areas are reprojected from the file&apos;s coordinate system %2.</source>
        <translation>%1 wie angegeben; die Gebiete werden aus dem Koordinatensystem der Datei (%2) umgerechnet.</translation>
    </message>
    <message>
        <source>%1 as requested, the file&apos;s own coordinate system.</source>
        <translation>%1 wie angegeben, das eigene Koordinatensystem der Datei.</translation>
    </message>
    <message>
        <source>%1, the file&apos;s own coordinate system.</source>
        <translation>%1, das eigene Koordinatensystem der Datei.</translation>
    </message>
    <message>
        <source>%1: the file&apos;s coordinate system %2 carries no EPSG code; PROJ identifies it as EPSG:%3 with %4 % confidence.</source>
        <translation>%1: Das Koordinatensystem der Datei (%2) hat keinen EPSG-Code; PROJ erkennt es mit %4 % Sicherheit als EPSG:%3.</translation>
    </message>
    <message>
        <source>%1: the file is in longitude/latitude (%2), so the project takes the UTM zone of the data&apos;s centre (%3) and the areas are reprojected.</source>
        <translation>%1: Die Datei ist in geografischer Länge/Breite (%2), daher verwendet das Projekt die UTM-Zone der Mitte der Daten (%3), und die Gebiete werden umgerechnet.</translation>
    </message>
    <message>
        <source>the nearest, EPSG:%1, matches with %2 % confidence only</source>
        <translation>das ähnlichste, EPSG:%1, passt nur mit %2 % Sicherheit</translation>
    </message>
    <message>
        <source>there is no candidate</source>
        <translation>es gibt keinen Kandidaten</translation>
    </message>
    <message>
        <source>%1: PROJ finds no EPSG code for the file&apos;s coordinate system %2 (%3), so the project takes the UTM zone of the data&apos;s centre (%4) and the areas are reprojected from the file&apos;s own definition.</source>
        <translation>%1: PROJ findet für das Koordinatensystem der Datei (%2) keinen EPSG-Code (%3), daher verwendet das Projekt die UTM-Zone der Mitte der Daten (%4), und die Gebiete werden nach der eigenen Definition der Datei umgerechnet.</translation>
    </message>
</context>
<context>
    <name>qw::CsvFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>qw::CsvTableSource</name>
    <message>
        <source>%1, line %2, column %3: the byte 0x%4 is not valid %5 text. The file has another encoding; choose it (for example Windows-1252).</source>
        <translation>%1, Zeile %2, Spalte %3: Das Byte 0x%4 ist kein gültiger %5-Text. Die Datei hat eine andere Kodierung; bitte wählen Sie sie aus (zum Beispiel Windows-1252).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is not a text table (CSV): it holds binary data. Export the table from its program as CSV or as an Excel workbook (.xlsx).</source>
        <translation>%1 ist keine Texttabelle (CSV): Die Datei enthält Binärdaten. Bitte die Tabelle in ihrem Programm als CSV oder als Excel-Arbeitsmappe (.xlsx) exportieren.</translation>
    </message>
</context>
<context>
    <name>qw::DefineDerivedCommand</name>
    <message>
        <source>New derived indicator %1</source>
        <translation>Neuer abgeleiteter Indikator %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s) computed.</source>
        <translation>
            <numerusform>%1: %n Wert berechnet.</numerusform>
            <numerusform>%1: %n Werte berechnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The derived indicator %1 was not removed: %2</source>
        <translation>Der abgeleitete Indikator %1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>The derived indicator %1 was removed.</source>
        <translation>Der abgeleitete Indikator %1 wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>qw::DefineIndexCommand</name>
    <message>
        <source>Change index %1</source>
        <translation>Index %1 ändern</translation>
    </message>
    <message>
        <source>New index %1</source>
        <translation>Neuer Index %1</translation>
    </message>
    <message>
        <source>The index was not computed.</source>
        <translation>Der Index wurde nicht berechnet.</translation>
    </message>
    <message>
        <source>Computing the index %1 …</source>
        <translation>Der Index %1 wird berechnet …</translation>
    </message>
    <message>
        <source>The index %1 was not computed: %2</source>
        <translation>Der Index %1 wurde nicht berechnet: %2</translation>
    </message>
    <message>
        <source>The index %1 was computed.</source>
        <translation>Der Index %1 wurde berechnet.</translation>
    </message>
    <message>
        <source>Removing the index %1 …</source>
        <translation>Der Index %1 wird entfernt …</translation>
    </message>
    <message>
        <source>The index %1 was not removed: %2</source>
        <translation>Der Index %1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>The index %1 was put back.</source>
        <translation>Der Index %1 wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>The index %1 was removed.</source>
        <translation>Der Index %1 wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>qw::DeriveCommand</name>
    <message>
        <source>--derive %1: %2</source>
        <translation>--derive %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 = %3): %n value(s) computed</source>
        <translation>
            <numerusform>%1 (%2 = %3): %n Wert berechnet</numerusform>
            <numerusform>%1 (%2 = %3): %n Werte berechnet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::DerivedCalculator</name>
    <message>
        <source>a count</source>
        <translation>eine Anzahl</translation>
    </message>
    <message>
        <source>a share</source>
        <translation>ein Anteil</translation>
    </message>
    <message>
        <source>a rate</source>
        <translation>eine Quote</translation>
    </message>
    <message>
        <source>a mean</source>
        <translation>ein Mittelwert</translation>
    </message>
    <message>
        <source>an index</source>
        <translation>ein Index</translation>
    </message>
    <message>
        <source>no period</source>
        <translation>kein Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>the formula %1 needs %n input(s)</source>
        <translation>
            <numerusform>die Formel %1 braucht %n Eingangsgröße</numerusform>
            <numerusform>die Formel %1 braucht %n Eingangsgrößen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 works on counts, but &quot;%2&quot; (%3) is %4</source>
        <translation>%1 rechnet mit Anzahlen, aber „%2“ (%3) ist %4</translation>
    </message>
    <message>
        <source>diff() subtracts like from like, but &quot;%1&quot; (%2) and &quot;%3&quot; (%4) differ in kind or unit</source>
        <translation>diff() zieht Gleiches von Gleichem ab, aber „%1“ (%2) und „%3“ (%4) unterscheiden sich in Art oder Einheit</translation>
    </message>
    <message>
        <source>the formula mixes school years and calendar years: &quot;%1&quot; has %2, &quot;%3&quot; has %4</source>
        <translation>die Formel mischt Schuljahre und Kalenderjahre: „%1“ hat %2, „%3“ hat %4</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has values for %2 only: there is no value %n year(s) earlier to compare with</source>
        <translation>
            <numerusform>„%1“ hat nur Werte für %2: es gibt keinen Wert %n Jahr zuvor zum Vergleich</numerusform>
            <numerusform>„%1“ hat nur Werte für %2: es gibt keinen Wert %n Jahre zuvor zum Vergleich</numerusform>
        </translation>
    </message>
    <message>
        <source>the inputs have no period in common (%1)</source>
        <translation>die Eingangsgrößen haben keinen gemeinsamen Zeitraum (%1)</translation>
    </message>
</context>
<context>
    <name>qw::DerivedController</name>
    <message>
        <source>New &amp;derived indicator…</source>
        <translation>Neuer &amp;abgeleiteter Indikator …</translation>
    </message>
    <message>
        <source>A share, a change over years, a sum or a difference computed from indicators of the project, and kept up to date when they change</source>
        <translation>Ein Anteil, eine Veränderung über Jahre, eine Summe oder eine Differenz aus Indikatoren des Projekts, aktuell gehalten, wenn sie sich ändern</translation>
    </message>
    <message>
        <source>New derived indicator</source>
        <translation>Neuer abgeleiteter Indikator</translation>
    </message>
    <message>
        <source>The indicator was not created.</source>
        <translation>Der Indikator wurde nicht angelegt.</translation>
    </message>
</context>
<context>
    <name>qw::DerivedIndicatorDialog</name>
    <message>
        <source>New derived indicator</source>
        <translation>Neuer abgeleiteter Indikator</translation>
    </message>
    <message>
        <source>Share or rate of two counts</source>
        <translation>Anteil oder Quote aus zwei Anzahlen</translation>
    </message>
    <message>
        <source>Change against earlier years</source>
        <translation>Veränderung gegenüber früheren Jahren</translation>
    </message>
    <message>
        <source>Change in % against earlier years</source>
        <translation>Veränderung in % gegenüber früheren Jahren</translation>
    </message>
    <message>
        <source>Sum of counts</source>
        <translation>Summe von Anzahlen</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>e.g. child_poverty_change</source>
        <translation>z. B. kinderarmut_veraenderung</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Name (&amp;German):</source>
        <translation>Name (&amp;deutsch):</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>Name (&amp;englisch):</translation>
    </message>
    <message>
        <source>Ke&amp;y:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>Formel:</translation>
    </message>
    <message>
        <source>First values (latest period):</source>
        <translation>Erste Werte (letzter Zeitraum):</translation>
    </message>
    <message>
        <source>in % (per 100)</source>
        <translation>in % (je 100)</translation>
    </message>
    <message>
        <source>per 1,000</source>
        <translation>je 1.000</translation>
    </message>
    <message>
        <source>as a share (per 1)</source>
        <translation>als Anteil (je 1)</translation>
    </message>
    <message>
        <source>&amp;Numerator:</source>
        <translation>&amp;Zähler:</translation>
    </message>
    <message>
        <source>&amp;Denominator:</source>
        <translation>&amp;Nenner:</translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation>&amp;Bezug:</translation>
    </message>
    <message numerus="yes">
        <source> year(s) earlier</source>
        <translation>
            <numerusform> Jahr zuvor</numerusform>
            <numerusform> Jahre zuvor</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indikator:</translation>
    </message>
    <message>
        <source>&amp;Compared with:</source>
        <translation>&amp;Verglichen mit:</translation>
    </message>
    <message>
        <source>Indicator and years as for the change.</source>
        <translation>Indikator und Jahre wie bei der Veränderung.</translation>
    </message>
    <message>
        <source>&amp;Counts to add:</source>
        <translation>Anza&amp;hlen zum Addieren:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Subtract:</source>
        <translation>Ab&amp;ziehen:</translation>
    </message>
    <message>
        <source>Tick at least two counts to add.</source>
        <translation>Bitte mindestens zwei Anzahlen zum Addieren ankreuzen.</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>Change in rank against earlier years</source>
        <translation>Rangveränderung gegenüber früheren Jahren</translation>
    </message>
    <message>
        <source>Indicator and years as for the change; rank 1 is the highest value, a positive change is a climb.</source>
        <translation>Indikator und Jahre wie bei der Veränderung; Rang 1 ist der höchste Wert, eine positive Veränderung ein Aufstieg.</translation>
    </message>
</context>
<context>
    <name>qw::DerivedIndicators</name>
    <message>
        <source>&quot;%1&quot; is no indicator key: use letters, digits and _ (e.g. child_poverty_change)</source>
        <translation>„%1“ ist kein Indikatorschlüssel: bitte Buchstaben, Ziffern und _ verwenden (z. B. kinderarmut_veraenderung)</translation>
    </message>
    <message>
        <source>the derived indicator &quot;%1&quot; needs a name</source>
        <translation>der abgeleitete Indikator „%1“ braucht einen Namen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an imported indicator (%2): choose another key for the derived one</source>
        <translation>„%1“ ist ein importierter Indikator (%2): bitte einen anderen Schlüssel für den abgeleiteten wählen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be computed from itself</source>
        <translation>„%1“ kann nicht aus sich selbst berechnet werden</translation>
    </message>
    <message>
        <source>unknown indicator &quot;%1&quot; in %2 (--list-indicators lists the keys)</source>
        <translation>unbekannter Indikator „%1“ in %2 (--list-indicators listet die Schlüssel)</translation>
    </message>
    <message>
        <source>the formula would go round in a circle: %1</source>
        <translation>die Formel würde sich im Kreis drehen: %1</translation>
    </message>
    <message>
        <source>%1: its input &quot;%2&quot; is no longer in the catalogue</source>
        <translation>%1: die Eingangsgröße „%2“ ist nicht mehr im Katalog</translation>
    </message>
    <message>
        <source>%1 gives no value: its inputs have none in common</source>
        <translation>%1 ergibt keinen Wert: die Eingangsgrößen haben keine gemeinsamen Werte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no derived indicator</source>
        <translation>„%1“ ist kein abgeleiteter Indikator</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is computed from &quot;%2&quot;: remove that first</source>
        <translation>„%1“ wird aus „%2“ berechnet: bitte zuerst jenen entfernen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs to a composite index: choose another key</source>
        <translation>&quot;%1&quot; gehört zu einem Sozialindex: wählen Sie einen anderen Schlüssel</translation>
    </message>
</context>
<context>
    <name>qw::ExportMapCommand</name>
    <message>
        <source>The project has no level &quot;%1&quot;.</source>
        <translation>Das Projekt hat keine Ebene „%1“.</translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot; has no period to show.</source>
        <translation>Der Indikator &quot;%1&quot; hat keinen Zeitraum, der gezeigt werden könnte.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>qw::FacilityImport</name>
    <message>
        <source>%1 has no layer.</source>
        <translation>%1 enthält keine Ebene.</translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation>keine Geometrie</translation>
    </message>
    <message>
        <source>not a point but a %1</source>
        <translation>kein Punkt, sondern ein %1</translation>
    </message>
    <message>
        <source>%1: no coordinate columns; name them with --x and --y. The columns are: %2.</source>
        <translation>%1: keine Koordinatenspalten; bitte mit --x und --y angeben. Die Spalten sind: %2.</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile %2</translation>
    </message>
    <message>
        <source>no coordinates (&quot;%1&quot;, &quot;%2&quot;)</source>
        <translation>keine Koordinaten („%1“, „%2“)</translation>
    </message>
    <message>
        <source>EPSG:%1 is not a known coordinate system.</source>
        <translation>EPSG:%1 ist kein bekanntes Koordinatensystem.</translation>
    </message>
    <message>
        <source>%1 does not say which coordinate system it uses; give it with --crs (for example EPSG:25832).</source>
        <translation>%1 gibt kein Koordinatensystem an; bitte mit --crs angeben (zum Beispiel EPSG:25832).</translation>
    </message>
    <message>
        <source>%1: its coordinates cannot be converted to EPSG:%2.</source>
        <translation>%1: Die Koordinaten lassen sich nicht nach EPSG:%2 umrechnen.</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot; (%3). Its fields are: %4.</source>
        <translation>%1 hat kein Feld „%2“ (%3). Die Felder sind: %4.</translation>
    </message>
    <message>
        <source>No key field: facilities are numbered in file order.</source>
        <translation>Kein Schlüsselfeld: Die Einrichtungen werden in der Reihenfolge der Datei nummeriert.</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>the key %1 occurs already in line %2</source>
        <translation>der Schlüssel %1 kommt schon in Zeile %2 vor</translation>
    </message>
    <message>
        <source>the coordinates %1, %2 cannot be converted</source>
        <translation>die Koordinaten %1, %2 lassen sich nicht umrechnen</translation>
    </message>
    <message>
        <source>outside every area (%1, %2 in the project&apos;s coordinates)</source>
        <translation>außerhalb aller Gebiete (%1, %2 in den Koordinaten des Projekts)</translation>
    </message>
    <message>
        <source>%1: %2 facilities read (kind %3, key field %4, name field %5)</source>
        <translation>%1: %2 Einrichtungen gelesen (Art %3, Schlüsselfeld %4, Namensfeld %5)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>  assigned to an area: %1</source>
        <translation>  einem Gebiet zugeordnet: %1</translation>
    </message>
    <message>
        <source>  rejected: %1</source>
        <translation>  abgelehnt: %1</translation>
    </message>
    <message>
        <source>  ... and %1 more</source>
        <translation>  ... und %1 weitere</translation>
    </message>
    <message>
        <source>  feature %1 (key %2): %3</source>
        <translation>  Objekt %1 (Schlüssel %2): %3</translation>
    </message>
    <message>
        <source>%1 is not a file with points this program can read: %2.</source>
        <translation>%1 ist keine Datei mit Punkten, die dieses Programm lesen kann: %2.</translation>
    </message>
    <message>
        <source>The file&apos;s x and y (longitude and latitude) are swapped: all %1 points lie outside every area as given and inside when swapped, so they were taken swapped.</source>
        <translation>x und y (Länge und Breite) der Datei sind vertauscht: Alle %1 Punkte liegen so außerhalb jedes Gebiets und vertauscht darin; sie wurden deshalb vertauscht übernommen.</translation>
    </message>
</context>
<context>
    <name>qw::HeaderDetector</name>
    <message>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it has no cell with text or numbers.</source>
        <translation>%1 ist leer: Keine Zelle enthält Text oder Zahlen.</translation>
    </message>
    <message>
        <source>%1: %2 %3 does not exist; the rows with content are %4 to %5.</source>
        <translation>%1: %2 %3 gibt es nicht; Zeilen mit Inhalt sind %4 bis %5.</translation>
    </message>
    <message>
        <source>%1 holds no number in its first %2 rows, so no table of values was found. The rows read:
%3</source>
        <translation>%1 enthält in den ersten %2 Zeilen keine Zahl, daher wurde keine Tabelle mit Werten gefunden. Die gelesenen Zeilen:
%3</translation>
    </message>
    <message>
        <source>%1: no rows of values below a header were found. Choose the rows (--header-rows, --data-rows). The first rows read:
%2</source>
        <translation>%1: Unter einer Kopfzeile wurden keine Zeilen mit Werten gefunden. Bitte wählen Sie die Zeilen (--header-rows, --data-rows). Die ersten gelesenen Zeilen:
%2</translation>
    </message>
    <message>
        <source>%1: no header row was found above the first row of values (row %2). Choose it with --header-rows. The first rows read:
%3</source>
        <translation>%1: Über der ersten Zeile mit Werten (Zeile %2) wurde keine Kopfzeile gefunden. Bitte wählen Sie sie mit --header-rows. Die ersten gelesenen Zeilen:
%3</translation>
    </message>
    <message>
        <source>%1: the data rows (%2) must start below the header rows (%3).</source>
        <translation>%1: Die Datenzeilen (%2) müssen unterhalb der Kopfzeilen (%3) beginnen.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation>%1 (Spalte %2)</translation>
    </message>
    <message>
        <source>%1: the header rows %2 name no column.</source>
        <translation>%1: Die Kopfzeilen %2 benennen keine Spalte.</translation>
    </message>
</context>
<context>
    <name>qw::HelpController</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Kurzanleitung</translation>
    </message>
    <message>
        <source>&amp;About Quartierswerkstatt</source>
        <translation>Ü&amp;ber Quartierswerkstatt</translation>
    </message>
    <message>
        <source>About Quartierswerkstatt</source>
        <translation>Über Quartierswerkstatt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Quartierswerkstatt %1&lt;/h3&gt;&lt;p&gt;A planning workbench for municipal education monitoring: maps of Sozialräume with indicator overlays and side-by-side comparison of quarters.&lt;/p&gt;&lt;p&gt;The demo city Musterstadt and all its data are fictional.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quartierswerkstatt %1&lt;/h3&gt;&lt;p&gt;Eine Planungswerkstatt für das kommunale Bildungsmonitoring: Karten der Sozialräume mit Indikatoren und der Vergleich von Quartieren nebeneinander.&lt;/p&gt;&lt;p&gt;Die Demostadt Musterstadt und alle ihre Daten sind fiktiv.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>qw::HelpWindow</name>
    <message>
        <source>Quartierswerkstatt – User guide</source>
        <translation>Quartierswerkstatt – Kurzanleitung</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Kurzanleitung</translation>
    </message>
</context>
<context>
    <name>qw::ImportCataloguePage</name>
    <message>
        <source>New indicators</source>
        <translation>Neue Indikatoren</translation>
    </message>
    <message>
        <source>Each new indicator gets a catalogue entry. Polarity decides the colours: darker and redder always means worse. Values below the minimum case count are suppressed on maps and in exports.</source>
        <translation>Jeder neue Indikator erhält einen Katalogeintrag. Die Polarität bestimmt die Farben: dunkler und röter heißt immer schlechter. Werte unter der Mindestfallzahl werden in Karten und Exporten gesperrt.</translation>
    </message>
    <message>
        <source>Writing the import into %1…</source>
        <translation>Import wird in %1 geschrieben …</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>%1 new indicator(s); %2 existing indicator(s) get new values. &quot;%4&quot; writes %3 values in one step; it can be undone with File &gt; Undo last import.</source>
        <translation>%1 neue Indikator(en); %2 vorhandene Indikator(en) erhalten neue Werte. „%4“ schreibt %3 Werte in einem Schritt; mit Datei &gt; Letzten Import rückgängig machen lässt sich das zurücknehmen.</translation>
    </message>
</context>
<context>
    <name>qw::ImportCommand</name>
    <message>
        <source>--delimiter takes one character or tab, not &quot;%1&quot;</source>
        <translation>--delimiter erwartet ein Zeichen oder tab, nicht „%1“</translation>
    </message>
    <message>
        <source>--rate takes NAME=NUMERATOR/DENOMINATOR, not &quot;%1&quot;</source>
        <translation>--rate erwartet NAME=ZÄHLER/NENNER, nicht „%1“</translation>
    </message>
    <message>
        <source>--encoding takes UTF-8, Windows-1252 or ISO-8859-1, not &quot;%1&quot;</source>
        <translation>--encoding erwartet UTF-8, Windows-1252 oder ISO-8859-1, nicht „%1“</translation>
    </message>
    <message>
        <source>--decimal takes , or .</source>
        <translation>--decimal erwartet , oder .</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot;: using the settings remembered from its last import.</source>
        <translation>Quelle „%1“: Einstellungen vom letzten Import dieser Quelle werden verwendet.</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; (new).</source>
        <translation>Quelle „%1“ (neu).</translation>
    </message>
    <message>
        <source>Format: %1, delimiter &quot;%2&quot;, decimal mark &quot;%3&quot;; layout %4; key column %5.</source>
        <translation>Format: %1, Trennzeichen „%2“, Dezimalzeichen „%3“; Aufbau %4; Schlüsselspalte %5.</translation>
    </message>
    <message>
        <source>Accepted %1 suggested key(s).</source>
        <translation>%1 vorgeschlagene Schlüssel übernommen.</translation>
    </message>
    <message>
        <source>%1: nothing could be imported.</source>
        <translation>%1: Es konnte nichts importiert werden.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Import %1 written to %2. Undo with --undo-import.</source>
        <translation>Import %1 in %2 geschrieben. Rückgängig mit --undo-import.</translation>
    </message>
    <message>
        <source>--kind takes school, kita, youth_centre or other, not &quot;%1&quot;</source>
        <translation>--kind erwartet school, kita, youth_centre oder other, nicht „%1“</translation>
    </message>
    <message>
        <source>--crs takes EPSG:number, not &quot;%1&quot;.</source>
        <translation>--crs erwartet EPSG:Nummer, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1: no facility could be imported.</source>
        <translation>%1: Es konnte keine Einrichtung importiert werden.</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>%1 has no import to undo.</source>
        <translation>%1 enthält keinen Import, der rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>Undone: import %1 of %2 (%3).</source>
        <translation>Rückgängig gemacht: Import %1 von %2 (%3).</translation>
    </message>
    <message>
        <source>Table: %1; header rows %2, data rows %3.</source>
        <translation>Tabelle: %1; Kopfzeilen %2, Datenzeilen %3.</translation>
    </message>
    <message>
        <source>The column %1 holds area names: rows are matched by name.</source>
        <translation>Die Spalte %1 enthält Gebietsnamen: Die Zeilen werden über den Namen zugeordnet.</translation>
    </message>
    <message>
        <source>id	time	kind	source	file	SHA-256	rows read	matched	rejected	undone</source>
        <translation>Nr.	Zeit	Art	Quelle	Datei	SHA-256	gelesen	zugeordnet	abgelehnt	rückgängig</translation>
    </message>
</context>
<context>
    <name>qw::ImportController</name>
    <message>
        <source>&amp;Import table…</source>
        <translation>Tabelle &amp;importieren …</translation>
    </message>
    <message>
        <source>Import indicator values from a department&apos;s CSV or Excel table</source>
        <translation>Indikatorwerte aus einer CSV- oder Excel-Tabelle eines Fachamts importieren</translation>
    </message>
    <message>
        <source>Import &amp;facilities…</source>
        <translation>Einrichtungen im&amp;portieren …</translation>
    </message>
    <message>
        <source>Import schools, Kitas or youth centres as points</source>
        <translation>Schulen, Kitas oder Jugendeinrichtungen als Punkte importieren</translation>
    </message>
    <message>
        <source>&amp;Undo last import…</source>
        <translation>Letzten Import &amp;rückgängig machen …</translation>
    </message>
    <message>
        <source>Imported %1 values from %2.</source>
        <translation>%1 Werte aus %2 importiert.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import facilities</source>
        <translation>Einrichtungen importieren</translation>
    </message>
    <message>
        <source>Points (*.geojson *.json *.gpkg *.shp *.csv *.xlsx);;All files (*)</source>
        <translation>Punkte (*.geojson *.json *.gpkg *.shp *.csv *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Schulen</translation>
    </message>
    <message>
        <source>Kitas</source>
        <translation>Kitas</translation>
    </message>
    <message>
        <source>Youth centres</source>
        <translation>Jugendeinrichtungen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>What kind of facilities are in %1?</source>
        <translation>Welche Art von Einrichtungen enthält %1?</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Import %1 facilities?</source>
        <translation>%1 Einrichtungen importieren?</translation>
    </message>
    <message>
        <source>Imported %1 facilities from %2.</source>
        <translation>%1 Einrichtungen aus %2 importiert.</translation>
    </message>
    <message>
        <source>Undo last import</source>
        <translation>Letzten Import rückgängig machen</translation>
    </message>
    <message>
        <source>This project has no import to undo.</source>
        <translation>Dieses Projekt enthält keinen Import, der rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>Undo the import of %1 (%2, %3)? The values and facilities it wrote are removed and what it replaced comes back.</source>
        <translation>Import von %1 (%2, %3) rückgängig machen? Die geschriebenen Werte und Einrichtungen werden entfernt, und was er ersetzt hat, kommt zurück.</translation>
    </message>
    <message>
        <source>Import of %1 undone.</source>
        <translation>Import von %1 rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Undo the newest import of the project&apos;s import log, also one made in an earlier session</source>
        <translation>Den neuesten Import im Importprotokoll des Projekts zurücknehmen, auch einen aus einer früheren Sitzung</translation>
    </message>
</context>
<context>
    <name>qw::ImportLog</name>
    <message numerus="yes">
        <source>%1: %n row(s) read</source>
        <translation>
            <numerusform>%1: %n Zeile gelesen</numerusform>
            <numerusform>%1: %n Zeilen gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  matched to areas: %n row(s)</source>
        <translation>
            <numerusform>  Gebieten zugeordnet: %n Zeile</numerusform>
            <numerusform>  Gebieten zugeordnet: %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  rejected: %n row(s)</source>
        <translation>
            <numerusform>  abgelehnt: %n Zeile</numerusform>
            <numerusform>  abgelehnt: %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  values: %n</source>
        <translation>
            <numerusform>  Werte: %n</numerusform>
            <numerusform>  Werte: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>  periods: %1</source>
        <translation>  Zeiträume: %1</translation>
    </message>
    <message>
        <source>  new indicators: %1</source>
        <translation>  neue Indikatoren: %1</translation>
    </message>
    <message>
        <source>  existing indicators: %1</source>
        <translation>  vorhandene Indikatoren: %1</translation>
    </message>
    <message numerus="yes">
        <source>  areas without a value (%n): %1</source>
        <translation>
            <numerusform>  Gebiet ohne Wert (%n): %1</numerusform>
            <numerusform>  Gebiete ohne Wert (%n): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more</source>
        <translation>
            <numerusform>  ... und %n weitere</numerusform>
            <numerusform>  ... und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Abgebrochen: Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>line %1 (%2, the city)</source>
        <translation>Zeile %1 (%2, die Stadt)</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>Zeile %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>  totals, not areas: %n row(s): %1</source>
        <translation>
            <numerusform>  Summenzeilen, keine Gebiete: %n Zeile: %1</numerusform>
            <numerusform>  Summenzeilen, keine Gebiete: %n Zeilen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  official city figures: %n</source>
        <translation>
            <numerusform>  amtlicher Wert der Stadt: %n</numerusform>
            <numerusform>  amtliche Werte der Stadt: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not imported, rows and cells (%n):</source>
        <translation>
            <numerusform>Nicht übernommen, Zeilen und Zellen (%n):</numerusform>
            <numerusform>Nicht übernommen, Zeilen und Zellen (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  not imported from rows that were: %n cell(s)</source>
        <translation>
            <numerusform>  nicht übernommen aus übernommenen Zeilen: %n Zelle</numerusform>
            <numerusform>  nicht übernommen aus übernommenen Zeilen: %n Zellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  coarser areas that get their values from their parts: %n</source>
        <translation>
            <numerusform>  gröbere Gebiete, deren Werte aus ihren Teilgebieten summiert werden: %n</numerusform>
            <numerusform>  gröbere Gebiete, deren Werte aus ihren Teilgebieten summiert werden: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Symbols of official statistics instead of numbers (%n cell(s)):</source>
        <translation>
            <numerusform>Zeichen der amtlichen Statistik statt Zahlen (%n Zelle):</numerusform>
            <numerusform>Zeichen der amtlichen Statistik statt Zahlen (%n Zellen):</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1, column %2: &quot;%3&quot; = %4</source>
        <translation>  Zeile %1, Spalte %2: „%3“ = %4</translation>
    </message>
</context>
<context>
    <name>qw::ImportMatchPage</name>
    <message>
        <source>Areas</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <source>Keys stay text: &quot;05&quot; is not &quot;5&quot;. Accept a suggestion or pick the area for each key that matches none; the choice is remembered for this source.</source>
        <translation>Schlüssel bleiben Text: „05“ ist nicht „5“. Übernehmen Sie einen Vorschlag oder wählen Sie das Gebiet für jeden Schlüssel ohne Treffer; die Wahl wird für diese Quelle gemerkt.</translation>
    </message>
    <message>
        <source>&amp;Accept all suggestions</source>
        <translation>Alle Vorschläge &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Bericht:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>No row of %1 matches an area of the project, so there is nothing to import. Check the key column.</source>
        <translation>Keine Zeile von %1 passt zu einem Gebiet des Projekts; es gibt nichts zu importieren. Bitte die Schlüsselspalte prüfen.</translation>
    </message>
    <message>
        <source>%1 rows read: %2 matched to areas, %3 rejected; %4 single cell(s) not imported. %5 values for %6 indicator(s). %7 of %8 areas get no value.</source>
        <translation>%1 Zeilen gelesen: %2 Gebieten zugeordnet, %3 abgelehnt; %4 einzelne Zelle(n) nicht übernommen. %5 Werte für %6 Indikator(en). %7 von %8 Gebieten erhalten keinen Wert.</translation>
    </message>
    <message numerus="yes">
        <source>%n coarser area(s) get their values by summing their parts.</source>
        <translation>
            <numerusform>%n gröberes Gebiet erhält seinen Wert als Summe seiner Teilgebiete.</numerusform>
            <numerusform>%n gröbere Gebiete erhalten ihre Werte als Summe ihrer Teilgebiete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) hold a symbol such as &quot;k.A.&quot; or &quot;.&quot; instead of a number; the report lists them with their rows.</source>
        <translation>
            <numerusform>%n Zelle enthält ein Zeichen wie „k.A.“ oder „.“ statt einer Zahl; der Bericht nennt sie mit ihrer Zeile.</numerusform>
            <numerusform>%n Zellen enthalten ein Zeichen wie „k.A.“ oder „.“ statt einer Zahl; der Bericht nennt sie mit ihren Zeilen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::ImportTablePage</name>
    <message>
        <source>Table and columns</source>
        <translation>Tabelle und Spalten</translation>
    </message>
    <message>
        <source>Check what was detected; every setting can be changed. The preview shows the first rows as they will be read.</source>
        <translation>Prüfen Sie, was erkannt wurde; jede Einstellung lässt sich ändern. Die Vorschau zeigt die ersten Zeilen so, wie sie gelesen werden.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Settings and key assignments are remembered under this name for the next delivery.</source>
        <translation>Einstellungen und Schlüsselzuordnungen werden unter diesem Namen für die nächste Lieferung gemerkt.</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation>Senkrechter Strich |</translation>
    </message>
    <message>
        <source>Comma (12,5)</source>
        <translation>Komma (12,5)</translation>
    </message>
    <message>
        <source>Point (12.5)</source>
        <translation>Punkt (12.5)</translation>
    </message>
    <message>
        <source>One column per indicator</source>
        <translation>Eine Spalte je Indikator</translation>
    </message>
    <message>
        <source>One column per period (e.g. 2019/20)</source>
        <translation>Eine Spalte je Zeitraum (z. B. 2019/20)</translation>
    </message>
    <message>
        <source>Long: area, indicator, period, value</source>
        <translation>Lang: Gebiet, Indikator, Zeitraum, Wert</translation>
    </message>
    <message>
        <source>e.g. 2024 or 2023/24</source>
        <translation>z. B. 2024 oder 2023/24</translation>
    </message>
    <message>
        <source>Add rate…</source>
        <translation>Quote hinzufügen …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Fachamt:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Aufbau:</translation>
    </message>
    <message>
        <source>Area &amp;key column:</source>
        <translation>Spalte mit Gebiets&amp;schlüssel:</translation>
    </message>
    <message>
        <source>Area na&amp;me column:</source>
        <translation>Spalte mit Gebiets&amp;namen:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Indicator named by:</source>
        <translation>Indikator benannt durch:</translation>
    </message>
    <message>
        <source>Indicator name:</source>
        <translation>Indikatorname:</translation>
    </message>
    <message>
        <source>&amp;Value column:</source>
        <translation>&amp;Wertspalte:</translation>
    </message>
    <message>
        <source>Rate = numerator / denominator:</source>
        <translation>Quote = Zähler / Nenner:</translation>
    </message>
    <message>
        <source>Columns to import:</source>
        <translation>Zu importierende Spalten:</translation>
    </message>
    <message>
        <source>Computed rates:</source>
        <translation>Berechnete Quoten:</translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation>Tabelle importieren</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx *.xls *.ods);;All files (*)</source>
        <translation>Tabellen (*.csv *.txt *.tsv *.xlsx *.xls *.ods);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(one period for the file:)</source>
        <translation>(ein Zeitraum für die Datei:)</translation>
    </message>
    <message>
        <source>Period columns:</source>
        <translation>Zeitraumspalten:</translation>
    </message>
    <message>
        <source>Indicator columns:</source>
        <translation>Indikatorspalten:</translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation>Quote hinzufügen</translation>
    </message>
    <message>
        <source>Name of the rate (in %):</source>
        <translation>Name der Quote (in %):</translation>
    </message>
    <message>
        <source>Numerator column:</source>
        <translation>Zählerspalte:</translation>
    </message>
    <message>
        <source>Denominator column:</source>
        <translation>Nennerspalte:</translation>
    </message>
    <message>
        <source>Path of a CSV, XLSX, ODS or XLS file</source>
        <translation>Pfad einer CSV-, XLSX-, ODS- oder XLS-Datei</translation>
    </message>
    <message>
        <source>&amp;Table in the file</source>
        <translation>&amp;Tabelle in der Datei</translation>
    </message>
    <message>
        <source>&amp;Rows as read</source>
        <translation>Zeilen wie &amp;gelesen</translation>
    </message>
    <message>
        <source>Shown instead: the rows the program found.</source>
        <translation>Stattdessen gezeigt: die vom Programm gefundenen Zeilen.</translation>
    </message>
</context>
<context>
    <name>qw::ImportUndoCommand</name>
    <message>
        <source>Import of %1</source>
        <translation>Import von %1</translation>
    </message>
    <message>
        <source>Undo the import of %1 (%2)? It was made before the project was opened, so Redo cannot bring it back; import the file again for that.</source>
        <translation>Den Import von %1 (%2) rückgängig machen? Er stammt von vor dem Öffnen des Projekts, daher kann „Wiederholen“ ihn nicht zurückholen; dafür die Datei erneut importieren.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>The import of %1 is no longer the newest import of the project; it is left as it is.</source>
        <translation>Der Import von %1 ist nicht mehr der neueste Import des Projekts; er bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>Import of %1 undone.</source>
        <translation>Import von %1 rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Import of %1 done again.</source>
        <translation>Import von %1 wiederholt.</translation>
    </message>
</context>
<context>
    <name>qw::ImportWizard</name>
    <message>
        <source>Import a table</source>
        <translation>Tabelle importieren</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>qw::IndexBuilderDialog</name>
    <message>
        <source>Standardise the weighted mean again (z-scores, as MSS does)</source>
        <translation>Gewichtetes Mittel erneut standardisieren (z-Werte, wie im MSS)</translation>
    </message>
    <message>
        <source>Build a needs index</source>
        <translation>Sozialindex erstellen</translation>
    </message>
    <message>
        <source>Name (&amp;German):</source>
        <translation>Na&amp;me (deutsch):</translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation>Name (en&amp;glisch):</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <source>(keep every area)</source>
        <translation>(alle Gebiete behalten)</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>&amp;Einwohnerzahl:</translation>
    </message>
    <message>
        <source>Leave out &amp;under:</source>
        <translation>Auslassen &amp;unter:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>E&amp;bene:</translation>
    </message>
    <message>
        <source>every period the inputs share</source>
        <translation>alle gemeinsamen Zeiträume der Eingänge</translation>
    </message>
    <message>
        <source>z-scores (MSS)</source>
        <translation>z-Werte (MSS)</translation>
    </message>
    <message>
        <source>min–max (0 … 1)</source>
        <translation>Min–Max (0 … 1)</translation>
    </message>
    <message>
        <source>ranks</source>
        <translation>Ränge</translation>
    </message>
    <message>
        <source>percentiles</source>
        <translation>Perzentile</translation>
    </message>
    <message>
        <source>&amp;Standardisation:</source>
        <translation>S&amp;tandardisierung:</translation>
    </message>
    <message>
        <source>&amp;Classes:</source>
        <translation>&amp;Klassen:</translation>
    </message>
    <message>
        <source>&amp;Thresholds:</source>
        <translation>Sch&amp;wellen:</translation>
    </message>
    <message>
        <source>&amp;Number of classes:</source>
        <translation>Za&amp;hl der Klassen:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&amp;Dynamics:</source>
        <translation>&amp;Dynamik:</translation>
    </message>
    <message>
        <source>Tick at least one indicator as an input.</source>
        <translation>Bitte mindestens einen Indikator als Eingang ankreuzen.</translation>
    </message>
    <message>
        <source>Give %1 class names (one per class, separated by ;) or none.</source>
        <translation>Bitte %1 Klassennamen angeben (einen je Klasse, getrennt durch ;) oder keinen.</translation>
    </message>
    <message>
        <source>Give the index a key and a German name.</source>
        <translation>Bitte dem Index einen Schlüssel und einen deutschen Namen geben.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is already in use.</source>
        <translation>Der Schlüssel „%1“ ist schon vergeben.</translation>
    </message>
    <message>
        <source>Edit the needs index</source>
        <translation>Sozialindex bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n area(s) in the index</source>
        <translation>
            <numerusform>%1: %n Gebiet im Index</numerusform>
            <numerusform>%1: %n Gebiete im Index</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n left out by the population rule. </source>
        <translation>
            <numerusform>, %n wegen der Einwohnerzahl ausgelassen. </numerusform>
            <numerusform>, %n wegen der Einwohnerzahl ausgelassen. </numerusform>
        </translation>
    </message>
    <message>
        <source>Classes: %1</source>
        <translation>Klassen: %1</translation>
    </message>
    <message>
        <source>Tick the status indicators. Direction: a higher value means more or less need.</source>
        <translation>Kreuzen Sie die Statusindikatoren an. Richtung: ein höherer Wert bedeutet mehr oder weniger Bedarf.</translation>
    </message>
    <message>
        <source>Status &amp;inputs</source>
        <translation>Status-E&amp;ingänge</translation>
    </message>
    <message>
        <source>Dynamics cl&amp;asses:</source>
        <translation>Dyn&amp;amik-Klassen:</translation>
    </message>
    <message>
        <source>T&amp;hresholds (dynamics):</source>
        <translation>Schwe&amp;llen (Dynamik):</translation>
    </message>
    <message>
        <source>Num&amp;ber of classes:</source>
        <translation>Zahl de&amp;r Klassen:</translation>
    </message>
    <message>
        <source>Dynamics (&amp;ready-made changes)</source>
        <translation>Dynamik (&amp;fertige Veränderungen)</translation>
    </message>
    <message>
        <source>change of the status inputs</source>
        <translation>Veränderung der Statuseingänge</translation>
    </message>
    <message>
        <source>ready-made changes (tab)</source>
        <translation>fertige Veränderungen (Registerkarte)</translation>
    </message>
    <message>
        <source>Tick at least one ready-made change on the dynamics tab.</source>
        <translation>Kreuzen Sie auf der Registerkarte Dynamik mindestens eine fertige Veränderung an.</translation>
    </message>
    <message>
        <source>Dynamics: %1</source>
        <translation>Dynamik: %1</translation>
    </message>
    <message>
        <source>Give %1 dynamics class names (one per class, separated by ;) or none.</source>
        <translation>Geben Sie %1 Namen für die Dynamik-Klassen an (einen je Klasse, getrennt durch ;) oder keinen.</translation>
    </message>
    <message>
        <source>Names of the d&amp;ynamics classes:</source>
        <translation>Namen der D&amp;ynamik-Klassen:</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Class na&amp;mes:</source>
        <translation>Klassen&amp;namen:</translation>
    </message>
    <message>
        <source>Change o&amp;ver (years):</source>
        <translation>Veränderung über (&amp;Jahre):</translation>
    </message>
    <message>
        <source>The dynamics index is built the same way over changes: either the change of each status input over some years (Dynamics on the right), or the ready-made changes ticked here (Berlin&apos;s MSS publishes D1, D3, D4): a tick here chooses them.</source>
        <translation>Der Dynamikindex wird ebenso über Veränderungen gebildet: entweder über die Veränderung jedes Statuseingangs über einige Jahre (Dynamik rechts) oder über die hier angekreuzten fertigen Veränderungen (das Berliner MSS veröffentlicht D1, D3, D4): ein Haken hier wählt sie.</translation>
    </message>
</context>
<context>
    <name>qw::IndexCalculator</name>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot; (the project has %2)</source>
        <translation>unbekannte Ebene &quot;%1&quot; (das Projekt hat %2)</translation>
    </message>
    <message>
        <source>the index needs at least one input</source>
        <translation>der Index braucht mindestens einen Eingangsindikator</translation>
    </message>
    <message>
        <source>unknown indicator &quot;%1&quot; (--list-indicators lists the keys)</source>
        <translation>unbekannter Indikator &quot;%1&quot; (--list-indicators listet die Schlüssel auf)</translation>
    </message>
    <message>
        <source>%1 has no values in %2 (it has %3)</source>
        <translation>%1 hat keine Werte in %2 (vorhanden: %3)</translation>
    </message>
    <message>
        <source>the inputs have no period in common (%1)</source>
        <translation>die Eingangsgrößen haben keinen gemeinsamen Zeitraum (%1)</translation>
    </message>
    <message numerus="yes">
        <source>no period of the index (%1) has values %n year(s) earlier to compute the dynamics from</source>
        <translation>
            <numerusform>kein Zeitraum des Index (%1) hat Werte %n Jahr früher, aus denen sich die Dynamik berechnen ließe</numerusform>
            <numerusform>kein Zeitraum des Index (%1) hat Werte %n Jahre früher, aus denen sich die Dynamik berechnen ließe</numerusform>
        </translation>
    </message>
    <message>
        <source>the dynamics inputs have no values in the periods of the index (%1)</source>
        <translation>die Eingangsindikatoren der Dynamik haben keine Werte in den Zeiträumen des Index (%1)</translation>
    </message>
    <message>
        <source>the population indicator %1 has no values for %2 (it has %3)</source>
        <translation>der Bevölkerungsindikator %1 hat keine Werte für %2 (vorhanden: %3)</translation>
    </message>
    <message numerus="yes">
        <source>every one of the %n area(s) on the level &quot;%1&quot; has fewer than %L2 inhabitants (%3) in %4: there is nothing to compute</source>
        <translation>
            <numerusform>das %n Gebiet der Ebene &quot;%1&quot; hat in %4 weniger als %L2 Einwohner (%3): es gibt nichts zu berechnen</numerusform>
            <numerusform>alle %n Gebiete der Ebene &quot;%1&quot; haben in %4 weniger als %L2 Einwohner (%3): es gibt nichts zu berechnen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no values on the level &quot;%2&quot; in %3</source>
        <translation>%1 hat auf der Ebene &quot;%2&quot; keine Werte in %3</translation>
    </message>
    <message>
        <source>the weights of the index sum to zero: give at least one input a weight</source>
        <translation>die Gewichte des Index ergeben zusammen null: geben Sie mindestens einem Eingangsindikator ein Gewicht</translation>
    </message>
    <message>
        <source>no area on the level &quot;%1&quot; has a value of every input in %2</source>
        <translation>kein Gebiet der Ebene &quot;%1&quot; hat in %2 einen Wert jedes Eingangsindikators</translation>
    </message>
    <message>
        <source>%1 has the same value in every area kept in %2: it cannot be standardised (its standard deviation is zero)</source>
        <translation>%1 hat in %2 in jedem einbezogenen Gebiet denselben Wert: er lässt sich nicht standardisieren (seine Standardabweichung ist null)</translation>
    </message>
    <message>
        <source>the weighted inputs cancel out: the index has the same value in every area in %1</source>
        <translation>die gewichteten Eingangsindikatoren heben sich auf: der Index hat in %1 in jedem Gebiet denselben Wert</translation>
    </message>
    <message>
        <source>the index has no values in %1 (it has %2)</source>
        <translation>der Index hat keine Werte für %1 (er hat %2)</translation>
    </message>
    <message>
        <source>%1 has no direction: choose whether a higher value means more need or less</source>
        <translation>%1 hat keine Richtung: Wählen Sie, ob ein höherer Wert mehr oder weniger Bedarf bedeutet</translation>
    </message>
    <message numerus="yes">
        <source>no area on the level &quot;%1&quot; is left in %2: %n area(s) have fewer than %L3 inhabitants (%4), and the others lack a value of an input</source>
        <translation>
            <numerusform>auf der Ebene „%1“ bleibt %2 kein Gebiet übrig: %n Gebiet hat weniger als %L3 Einwohner (%4), den übrigen fehlt ein Wert einer Eingangsgröße</numerusform>
            <numerusform>auf der Ebene „%1“ bleibt %2 kein Gebiet übrig: %n Gebiete haben weniger als %L3 Einwohner (%4), den übrigen fehlt ein Wert einer Eingangsgröße</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::IndexClassesEditor</name>
    <message>
        <source>standard deviations</source>
        <translation>Standardabweichungen</translation>
    </message>
    <message>
        <source>quantiles</source>
        <translation>Quantile</translation>
    </message>
    <message>
        <source>manual thresholds</source>
        <translation>manuelle Schwellen</translation>
    </message>
    <message>
        <source>the defaults</source>
        <translation>die Standardnamen</translation>
    </message>
    <message>
        <source>One name per class from the lowest index up, separated by ;</source>
        <translation>Ein Name je Klasse ab dem niedrigsten Index, getrennt durch ;</translation>
    </message>
    <message>
        <source>Ascending, e.g. -1,1,1.5 or, with decimal commas, -1; 1; 1,5</source>
        <translation>Aufsteigend, z. B. -1,1,1.5 oder mit Dezimalkomma -1; 1; 1,5</translation>
    </message>
</context>
<context>
    <name>qw::IndexCommand</name>
    <message>
        <source>--%1 gives %2 weights for %3 inputs</source>
        <translation>--%1 gibt %2 Gewichte für %3 Eingangsindikatoren an</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is no weight of 0 or more (with a decimal point; turn an input round with -KEY in --from instead)</source>
        <translation>--%1: &quot;%2&quot; ist kein Gewicht von 0 oder mehr (mit Dezimalpunkt; kehren Sie einen Eingangsindikator stattdessen mit -KEY in --from um)</translation>
    </message>
    <message>
        <source>With --index: the input indicators; +KEY or -KEY says that a higher value means more or less need (default: from the indicator&apos;s polarity).</source>
        <translation>Mit --index: die Eingangsindikatoren; +KEY oder -KEY sagt, dass ein höherer Wert mehr oder weniger Bedarf bedeutet (Standard: nach der Polarität des Indikators).</translation>
    </message>
    <message>
        <source>With --index: a weight per input (default: equal).</source>
        <translation>Mit --index: ein Gewicht je Eingangsindikator (Standard: gleich).</translation>
    </message>
    <message>
        <source>With --index: leave out the areas under this population (shown as &quot;not computed&quot;).</source>
        <translation>Mit --index: die Gebiete unter dieser Einwohnerzahl auslassen (angezeigt als &quot;nicht berechnet&quot;).</translation>
    </message>
    <message>
        <source>With --index: the names of the classes from the lowest index value up (default for sd:-1,1,1.5: hoch, mittel, niedrig, sehr niedrig).</source>
        <translation>Mit --index: die Namen der Klassen vom niedrigsten Indexwert an (Standard für sd:-1,1,1.5: hoch, mittel, niedrig, sehr niedrig).</translation>
    </message>
    <message>
        <source>With --index: z (z-scores, the default), minmax, rank or percentile.</source>
        <translation>Mit --index: z (z-Werte, der Standard), minmax, rank oder percentile.</translation>
    </message>
    <message>
        <source>With --index: keep the weighted mean as it is instead of making it a z-score again.</source>
        <translation>Mit --index: den gewichteten Mittelwert so lassen, wie er ist, statt ihn erneut in z-Werte umzurechnen.</translation>
    </message>
    <message>
        <source>With --index: also a dynamics index over the change of the inputs over K years, and the status x dynamics groups.</source>
        <translation>Mit --index: auch einen Dynamikindex über die Veränderung der Eingangsindikatoren in K Jahren und die Gruppen Status x Dynamik.</translation>
    </message>
    <message>
        <source>With --index: a dynamics index from indicators that are changes already (e.g. Berlin&apos;s D1,D3,D4).</source>
        <translation>Mit --index: ein Dynamikindex aus Indikatoren, die schon Veränderungen sind (z. B. Berlins D1,D3,D4).</translation>
    </message>
    <message>
        <source>With --dynamics-from: a weight per input.</source>
        <translation>Mit --dynamics-from: ein Gewicht je Eingangsindikator.</translation>
    </message>
    <message>
        <source>--from names no input indicator, e.g. --from s1,s3,s4</source>
        <translation>--from nennt keinen Eingangsindikator, z. B. --from s1,s3,s4</translation>
    </message>
    <message>
        <source>--exclude-below takes the population indicator and the threshold, e.g. --exclude-below ew:300</source>
        <translation>--exclude-below nimmt den Bevölkerungsindikator und den Schwellenwert, z. B. --exclude-below ew:300</translation>
    </message>
    <message>
        <source>--standardise takes z, minmax, rank or percentile, not &quot;%1&quot;</source>
        <translation>--standardise nimmt z, minmax, rank oder percentile, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>give either --dynamics K (the change of the inputs) or --dynamics-from (indicators that are changes already), not both</source>
        <translation>geben Sie entweder --dynamics K (die Veränderung der Eingangsindikatoren) oder --dynamics-from (Indikatoren, die schon Veränderungen sind) an, nicht beides</translation>
    </message>
    <message>
        <source>--dynamics takes a number of years from 1 to 100</source>
        <translation>--dynamics nimmt eine Zahl von Jahren von 1 bis 100</translation>
    </message>
    <message>
        <source>--dynamics-weights goes with --dynamics-from</source>
        <translation>--dynamics-weights gehört zu --dynamics-from</translation>
    </message>
    <message>
        <source>--class-names gives %1 names for %2 classes</source>
        <translation>--class-names gibt %1 Namen für %2 Klassen an</translation>
    </message>
    <message>
        <source>the index needs a name: --name &quot;Sozialindex 2024&quot;</source>
        <translation>der Index braucht einen Namen: --name &quot;Sozialindex 2024&quot;</translation>
    </message>
    <message>
        <source>%1 (%2 = %3)</source>
        <translation>%1 (%2 = %3)</translation>
    </message>
    <message>
        <source>%1: %2 areas in the index%3</source>
        <translation>%1: %2 Gebiete im Index%3</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) computed</source>
        <translation>
            <numerusform>%n Wert berechnet</numerusform>
            <numerusform>%n Werte berechnet</numerusform>
        </translation>
    </message>
    <message>
        <source>Define a composite index KEY (with --name, the German name, --name-en and --from) and compute it with its class (KEY_class) and, with --dynamics, KEY_dynamics, KEY_dynamics_class and KEY_group.</source>
        <translation>Einen Sozialindex KEY festlegen (mit --name, dem deutschen Namen, --name-en und --from) und ihn mit seiner Klasse (KEY_class) berechnen, mit --dynamics auch KEY_dynamics, KEY_dynamics_class und KEY_group.</translation>
    </message>
</context>
<context>
    <name>qw::IndexContributions</name>
    <message>
        <source>The index has no inputs.</source>
        <translation>Der Index hat keine Eingänge.</translation>
    </message>
    <message>
        <source>The weights sum to zero.</source>
        <translation>Die Gewichte ergeben zusammen null.</translation>
    </message>
    <message>
        <source>The inputs do not compute an index.</source>
        <translation>Aus den Eingängen lässt sich kein Index berechnen.</translation>
    </message>
    <message>
        <source>The area is not in the index.</source>
        <translation>Das Gebiet ist nicht im Index.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no composite index.</source>
        <translation>„%1“ ist kein zusammengesetzter Index.</translation>
    </message>
    <message>
        <source>The area is not on the index&apos;s level.</source>
        <translation>Das Gebiet liegt nicht auf der Ebene des Index.</translation>
    </message>
    <message>
        <source>The input &quot;%1&quot; is gone.</source>
        <translation>Der Eingang „%1“ ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Index (before re-standardising)</source>
        <translation>Index (vor erneuter Standardisierung)</translation>
    </message>
    <message>
        <source>more need</source>
        <translation>mehr Bedarf</translation>
    </message>
    <message>
        <source>less need</source>
        <translation>weniger Bedarf</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Standardised</source>
        <translation>Standardisiert</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>The contributions add up to the index, %1.</source>
        <translation>Die Beiträge ergeben zusammen den Index, %1.</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>z-Wert</translation>
    </message>
    <message>
        <source>0 to 1</source>
        <translation>0 bis 1</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>percentile</source>
        <translation>Perzentil</translation>
    </message>
    <message>
        <source>The contributions add up to %1. The index standardises that sum again over the areas kept (mean %2, standard deviation %3): (%4 − %2) / %3 = %5.</source>
        <translation>Die Beiträge ergeben zusammen %1. Der Index standardisiert diese Summe erneut über die berechneten Gebiete (Mittelwert %2, Standardabweichung %3): (%4 − %2) / %3 = %5.</translation>
    </message>
</context>
<context>
    <name>qw::IndexContributionsPanel</name>
    <message>
        <source>Red: adds to the need; blue: lowers it. Contribution = weight × standardised value / sum of weights.</source>
        <translation>Rot: erhöht den Bedarf; blau: senkt ihn. Beitrag = Gewicht × standardisierter Wert / Summe der Gewichte.</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>The project has no composite index yet (Analysis &gt; Build a needs index).</source>
        <translation>Das Projekt hat noch keinen Sozialindex (Analyse &gt; Sozialindex erstellen).</translation>
    </message>
    <message>
        <source>Select an area on the map or in the table.</source>
        <translation>Bitte ein Gebiet auf der Karte oder in der Tabelle auswählen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2 (%3): index %4, rank %5 of %6 (1 = most need), class %7</source>
        <translation>%1, %2 (%3): Index %4, Rang %5 von %6 (1 = höchster Bedarf), Klasse %7</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 %2 · weight %3</source>
        <translation>%1 %2 · Gewicht %3</translation>
    </message>
</context>
<context>
    <name>qw::IndexController</name>
    <message>
        <source>Build a &amp;needs index…</source>
        <translation>Sozial&amp;index erstellen …</translation>
    </message>
    <message>
        <source>A composite index (Sozialindex) of several indicators: standardised, weighted, in classes, kept up to date</source>
        <translation>Ein zusammengesetzter Index (Sozialindex) aus mehreren Indikatoren: standardisiert, gewichtet, in Klassen, stets aktuell</translation>
    </message>
    <message>
        <source>Edi&amp;t the needs index…</source>
        <translation>Sozialindex &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Change the recipe of the index shown on the map</source>
        <translation>Das Rezept des auf der Karte gezeigten Index ändern</translation>
    </message>
    <message>
        <source>Edit the needs index</source>
        <translation>Sozialindex bearbeiten</translation>
    </message>
    <message>
        <source>Show a composite index or one of its classes on the map first.</source>
        <translation>Bitte zuerst einen Sozialindex oder seine Klassen auf der Karte zeigen.</translation>
    </message>
    <message>
        <source>Build a needs index</source>
        <translation>Sozialindex erstellen</translation>
    </message>
    <message>
        <source>The index was not created.</source>
        <translation>Der Index wurde nicht erstellt.</translation>
    </message>
</context>
<context>
    <name>qw::IndexIndicators</name>
    <message>
        <source>unknown indicator &quot;%1&quot; (--list-indicators lists the keys)</source>
        <translation>unbekannter Indikator &quot;%1&quot; (--list-indicators listet die Schlüssel auf)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) has no direction: write +%1 if a higher value means more need, -%1 if it means less</source>
        <translation>&quot;%1&quot; (%2) hat keine Richtung: schreiben Sie +%1, wenn ein höherer Wert mehr Bedarf bedeutet, -%1, wenn weniger</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no indicator key: use letters, digits and _ (e.g. sozialindex)</source>
        <translation>&quot;%1&quot; ist kein Indikatorschlüssel: verwenden Sie Buchstaben, Ziffern und _ (z. B. sozialindex)</translation>
    </message>
    <message>
        <source>the index &quot;%1&quot; needs a name (--name)</source>
        <translation>der Index &quot;%1&quot; braucht einen Namen (--name)</translation>
    </message>
    <message>
        <source>class names cannot contain ; | or &quot;</source>
        <translation>Klassennamen dürfen weder ; noch | noch &quot; enthalten</translation>
    </message>
    <message>
        <source>the weights of the index sum to zero: give at least one input a weight</source>
        <translation>die Gewichte des Index ergeben zusammen null: geben Sie mindestens einem Eingangsindikator ein Gewicht</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is already in the catalogue (%2): choose another key for the index</source>
        <translation>der Schlüssel &quot;%1&quot; ist schon im Katalog (%2): wählen Sie einen anderen Schlüssel für den Index</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be computed from itself</source>
        <translation>„%1“ kann nicht aus sich selbst berechnet werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no composite index</source>
        <translation>&quot;%1&quot; ist kein Sozialindex</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is computed from &quot;%2&quot;: remove that first</source>
        <translation>„%1“ wird aus „%2“ berechnet: bitte zuerst jenen entfernen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>qw::IndexInputsTable</name>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>more need</source>
        <translation>mehr Bedarf</translation>
    </message>
    <message>
        <source>less need</source>
        <translation>weniger Bedarf</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>wählen …</translation>
    </message>
</context>
<context>
    <name>qw::IndexRecipe</name>
    <message>
        <source>a quote in &quot;%1&quot; is not closed</source>
        <translation>ein Anführungszeichen in „%1“ wird nicht geschlossen</translation>
    </message>
    <message>
        <source>an input of the index is empty in &quot;%1&quot;</source>
        <translation>ein Eingangsindikator des Index ist leer in &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n weight(s) given for %1 input(s): give one per input, e.g. weights=1,1,1</source>
        <translation>
            <numerusform>%n Gewicht für %1 Eingangsindikator(en) angegeben: geben Sie eines je Eingangsindikator an, z. B. weights=1,1,1</numerusform>
            <numerusform>%n Gewichte für %1 Eingangsindikator(en) angegeben: geben Sie eines je Eingangsindikator an, z. B. weights=1,1,1</numerusform>
        </translation>
    </message>
    <message>
        <source>the weight &quot;%1&quot; is no number of 0 or more (turn an input round with its direction, -KEY, instead)</source>
        <translation>das Gewicht &quot;%1&quot; ist keine Zahl von 0 oder mehr (kehren Sie einen Eingangsindikator stattdessen mit seiner Richtung um, -KEY)</translation>
    </message>
    <message>
        <source>a class name is empty in &quot;%1&quot; (separate them with |)</source>
        <translation>ein Klassenname ist leer in &quot;%1&quot; (trennen Sie sie mit |)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no index: write index(KEY, KEY, ...; weights=1,1)</source>
        <translation>&quot;%1&quot; ist kein Index: schreiben Sie index(KEY, KEY, ...; weights=1,1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the index needs a value: NAME=VALUE</source>
        <translation>&quot;%1&quot; im Index braucht einen Wert: NAME=VALUE</translation>
    </message>
    <message>
        <source>exclude=%1: write the population indicator and the threshold, e.g. exclude=ew&lt;300</source>
        <translation>exclude=%1: schreiben Sie den Bevölkerungsindikator und den Schwellenwert, z. B. exclude=ew&lt;300</translation>
    </message>
    <message>
        <source>standardise=%1: choose z, minmax, rank or percentile</source>
        <translation>standardise=%1: wählen Sie z, minmax, rank oder percentile</translation>
    </message>
    <message>
        <source>restandardise=%1: write yes or no</source>
        <translation>restandardise=%1: schreiben Sie yes oder no</translation>
    </message>
    <message>
        <source>dynamics=%1: the number of years is a whole number from 1 to 100</source>
        <translation>dynamics=%1: die Zahl der Jahre ist eine ganze Zahl von 1 bis 100</translation>
    </message>
    <message>
        <source>unknown part &quot;%1&quot; of the index (known: weights, exclude, level, period, standardise, restandardise, classes, names, dynamics, dynamics_weights, dynamics_classes, dynamics_names)</source>
        <translation>unbekannter Teil &quot;%1&quot; des Index (bekannt: weights, exclude, level, period, standardise, restandardise, classes, names, dynamics, dynamics_weights, dynamics_classes, dynamics_names)</translation>
    </message>
    <message>
        <source>dynamics_weights go with dynamics=KEY,KEY,...</source>
        <translation>dynamics_weights gehört zu dynamics=KEY,KEY,...</translation>
    </message>
    <message numerus="yes">
        <source>%n class name(s) for %1 classes</source>
        <translation>
            <numerusform>%n Klassenname für %1 Klassen</numerusform>
            <numerusform>%n Klassennamen für %1 Klassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dynamics class name(s) for %1 classes</source>
        <translation>
            <numerusform>%n Name einer Dynamikklasse für %1 Klassen</numerusform>
            <numerusform>%n Namen von Dynamikklassen für %1 Klassen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (reversed)</source>
        <translation>%1 (umgekehrt)</translation>
    </message>
    <message>
        <source>equal weights</source>
        <translation>gleiche Gewichte</translation>
    </message>
    <message>
        <source>weights %1</source>
        <translation>Gewichte %1</translation>
    </message>
    <message>
        <source>Index of %1, %2</source>
        <translation>Index aus %1, %2</translation>
    </message>
    <message>
        <source>z-scores</source>
        <translation>z-Werte</translation>
    </message>
    <message>
        <source>scaled from 0 to 1</source>
        <translation>skaliert von 0 bis 1</translation>
    </message>
    <message>
        <source>ranks</source>
        <translation>Ränge</translation>
    </message>
    <message>
        <source>percentile ranks</source>
        <translation>Perzentilränge</translation>
    </message>
    <message>
        <source>%1 over the areas with at least %L2 %3</source>
        <translation>%1 über die Gebiete mit mindestens %L2 %3</translation>
    </message>
    <message>
        <source>standardised again</source>
        <translation>erneut standardisiert</translation>
    </message>
    <message>
        <source>classes at %1 standard deviations</source>
        <translation>Klassen bei %1 Standardabweichungen</translation>
    </message>
    <message numerus="yes">
        <source>%n classes of equal size</source>
        <translation>
            <numerusform>%n Klasse gleicher Größe</numerusform>
            <numerusform>%n Klassen gleicher Größe</numerusform>
        </translation>
    </message>
    <message>
        <source>classes at %1</source>
        <translation>Klassen bei %1</translation>
    </message>
    <message numerus="yes">
        <source>dynamics: the change of the inputs over %n year(s)</source>
        <translation>
            <numerusform>Dynamik: die Veränderung der Eingangsindikatoren in %n Jahr</numerusform>
            <numerusform>Dynamik: die Veränderung der Eingangsindikatoren in %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>dynamics of %1, %2</source>
        <translation>Dynamik von %1, %2</translation>
    </message>
</context>
<context>
    <name>qw::Indicator</name>
    <message>
        <source>not computed</source>
        <translation>nicht berechnet</translation>
    </message>
</context>
<context>
    <name>qw::IndicatorCatalogueModel</name>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>higher is worse</source>
        <translation>höher ist schlechter</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation>Polarität</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Fachamt</translation>
    </message>
    <message>
        <source>Minimum cases</source>
        <translation>Mindestfallzahl</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
</context>
<context>
    <name>qw::IndicatorPanel</name>
    <message>
        <source>Search indicators…</source>
        <translation>Indikatoren suchen …</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatoren</translation>
    </message>
</context>
<context>
    <name>qw::IndicatorTreeModel</name>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
</context>
<context>
    <name>qw::Legend</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>over %1 to %2</source>
        <translation>über %1 bis %2</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>suppressed in either indicator</source>
        <translation>gesperrt bei einem der beiden Indikatoren</translation>
    </message>
    <message>
        <source>suppressed in either indicator (fewer than %1 cases)</source>
        <translation>gesperrt bei einem der beiden Indikatoren (weniger als %1 Fälle)</translation>
    </message>
    <message>
        <source>suppressed in either indicator (fewer than %1 or %2 cases)</source>
        <translation>gesperrt bei einem der beiden Indikatoren (weniger als %1 bzw. %2 Fälle)</translation>
    </message>
</context>
<context>
    <name>qw::MainWindow</name>
    <message>
        <source>Quartierswerkstatt</source>
        <translation>Quartierswerkstatt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 – Quartierswerkstatt</source>
        <translation>%1 – Quartierswerkstatt</translation>
    </message>
    <message>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>%1 · %2 areas · %3</source>
        <translation>%1 · %2 Gebiete · %3</translation>
    </message>
    <message>
        <source>Fictional demo data – not a real city</source>
        <translation>Fiktive Demodaten – keine reale Stadt</translation>
    </message>
    <message>
        <source>&amp;Export map…</source>
        <translation>Karte &amp;exportieren …</translation>
    </message>
    <message>
        <source>Map title</source>
        <translation>Kartentitel</translation>
    </message>
    <message>
        <source>Title of the map and its legend (empty: the indicator&apos;s name):</source>
        <translation>Titel der Karte und ihrer Legende (leer: der Name des Indikators):</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>&amp;Compare selected areas</source>
        <translation>Ausgewählte Gebiete &amp;vergleichen</translation>
    </message>
    <message>
        <source>Export &amp;series…</source>
        <translation>Zei&amp;treihe exportieren …</translation>
    </message>
    <message>
        <source>Every period of the indicator on one page, one legend, the city&apos;s value underneath</source>
        <translation>Jeder Zeitraum des Indikators auf einer Seite, eine Legende, darunter der Wert der Stadt</translation>
    </message>
</context>
<context>
    <name>qw::ManualBreaks</name>
    <message>
        <source>break %1 is empty; separate the breaks by single commas, e.g. 10,20,30.5</source>
        <translation>Grenze %1 ist leer; trennen Sie die Grenzen durch einzelne Kommas, z. B. 10,20,30.5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; write the breaks with a decimal point, separated by commas, e.g. 10,20,30.5</source>
        <translation>„%1“ ist keine Zahl; schreiben Sie die Grenzen mit Dezimalpunkt, durch Kommas getrennt, z. B. 10,20,30.5</translation>
    </message>
    <message>
        <source>Give at least one break (two classes).</source>
        <translation>Geben Sie mindestens eine Grenze an (zwei Klassen).</translation>
    </message>
    <message>
        <source>At most %1 breaks (%2 classes) are possible, not %3.</source>
        <translation>Höchstens %1 Grenzen (%2 Klassen) sind möglich, nicht %3.</translation>
    </message>
    <message>
        <source>Break %1 is not a number.</source>
        <translation>Grenze %1 ist keine Zahl.</translation>
    </message>
    <message>
        <source>The break %1 appears twice.</source>
        <translation>Die Grenze %1 kommt doppelt vor.</translation>
    </message>
    <message>
        <source>The breaks must rise: %1 comes after %2.</source>
        <translation>Die Grenzen müssen aufsteigen: %1 folgt auf %2.</translation>
    </message>
    <message>
        <source>There are no values to divide into classes.</source>
        <translation>Es gibt keine Werte, die in Klassen geteilt werden könnten.</translation>
    </message>
    <message>
        <source>All values are equal (%1): there is nothing to divide into classes.</source>
        <translation>Alle Werte sind gleich (%1): Es gibt nichts in Klassen zu teilen.</translation>
    </message>
    <message>
        <source>The break %1 lies outside the values (%2 to %3); each break must lie between the smallest and the largest value.</source>
        <translation>Die Grenze %1 liegt außerhalb der Werte (%2 bis %3); jede Grenze muss zwischen dem kleinsten und dem größten Wert liegen.</translation>
    </message>
</context>
<context>
    <name>qw::ManualBreaksDialog</name>
    <message>
        <source>&amp;Add break</source>
        <translation>Grenze &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove break</source>
        <translation>Grenze &amp;entfernen</translation>
    </message>
    <message>
        <source>Manual class breaks</source>
        <translation>Manuelle Klassengrenzen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Classes and their upper breaks</source>
        <translation>Klassen und ihre oberen Grenzen</translation>
    </message>
    <message>
        <source>Splits the selected class in the middle (Ctrl++)</source>
        <translation>Teilt die gewählte Klasse in der Mitte (Strg++)</translation>
    </message>
    <message>
        <source>Joins the selected class with the next one (Ctrl+-)</source>
        <translation>Vereint die gewählte Klasse mit der nächsten (Strg+-)</translation>
    </message>
    <message>
        <source>Each class includes its upper break. Type a number in the Upper break column (F2 or a double click edits it).</source>
        <translation>Jede Klasse schließt ihre obere Grenze ein. Tippen Sie eine Zahl in die Spalte „Obere Grenze“ (F2 oder ein Doppelklick bearbeitet sie).</translation>
    </message>
    <message>
        <source>Choose an indicator first: the breaks divide its values.</source>
        <translation>Wählen Sie zuerst einen Indikator: Die Grenzen teilen seine Werte.</translation>
    </message>
</context>
<context>
    <name>qw::ManualBreaksModel</name>
    <message>
        <source>%1 (largest value)</source>
        <translation>%1 (größter Wert)</translation>
    </message>
    <message>
        <source>The last class ends at the largest value of all periods.</source>
        <translation>Die letzte Klasse endet beim größten Wert aller Zeiträume.</translation>
    </message>
    <message>
        <source>The upper break of this class (included in it)</source>
        <translation>Die obere Grenze dieser Klasse (gehört zu ihr)</translation>
    </message>
    <message>
        <source>Class (as in the legend)</source>
        <translation>Klasse (wie in der Legende)</translation>
    </message>
    <message>
        <source>Upper break</source>
        <translation>Obere Grenze</translation>
    </message>
    <message>
        <source>Areas %1</source>
        <translation>Gebiete %1</translation>
    </message>
    <message>
        <source>Break %1 is empty.</source>
        <translation>Grenze %1 ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>No area has a value in %1.</source>
        <translation>Kein Gebiet hat einen Wert in %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) with a value in %1: smallest %2, largest %3.</source>
        <translation>
            <numerusform>%n Gebiet mit Wert in %1: kleinster %2, größter %3.</numerusform>
            <numerusform>%n Gebiete mit Wert in %1: kleinster %2, größter %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The classes cover the values of all periods, %1 to %2, so a colour means the same in every year.</source>
        <translation>Die Klassen umfassen die Werte aller Zeiträume, %1 bis %2, damit eine Farbe in jedem Jahr dasselbe bedeutet.</translation>
    </message>
</context>
<context>
    <name>qw::MapExportController</name>
    <message>
        <source>Export map</source>
        <translation>Karte exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF (*.pdf);;PNG-Bild (*.png);;SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <source>Map exported to %1</source>
        <translation>Karte nach %1 exportiert</translation>
    </message>
    <message>
        <source>Export series</source>
        <translation>Zeitreihe exportieren</translation>
    </message>
    <message>
        <source>The indicator shown has only one period: there is no series to show.</source>
        <translation>Der gezeigte Indikator hat nur einen Zeitraum: Es gibt keine Zeitreihe zu zeigen.</translation>
    </message>
    <message>
        <source>Series exported to %1</source>
        <translation>Zeitreihe exportiert nach %1</translation>
    </message>
</context>
<context>
    <name>qw::MapLayout</name>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>%1: choose a file ending in .png, .svg or .pdf.</source>
        <translation>%1: Wählen Sie eine Datei mit der Endung .png, .svg oder .pdf.</translation>
    </message>
    <message>
        <source>%1: the image could not be encoded.</source>
        <translation>%1: Das Bild konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: there is no map to export.</source>
        <translation>%1: Es gibt keine Karte zum Exportieren.</translation>
    </message>
</context>
<context>
    <name>qw::MapLegends</name>
    <message>
        <source>higher values to the right and up</source>
        <translation>höhere Werte nach rechts und oben</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Schulen</translation>
    </message>
    <message>
        <source>Kitas</source>
        <translation>Kitas</translation>
    </message>
    <message>
        <source>Youth centres</source>
        <translation>Jugendeinrichtungen</translation>
    </message>
    <message>
        <source>Other facilities</source>
        <translation>Sonstige Einrichtungen</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Einrichtungen</translation>
    </message>
    <message>
        <source>Status ↓</source>
        <translation>Status ↓</translation>
    </message>
    <message>
        <source>Dynamics →</source>
        <translation>Dynamik →</translation>
    </message>
    <message>
        <source>Status (%1 = least need)</source>
        <translation>Status (%1 = geringster Bedarf)</translation>
    </message>
    <message>
        <source>%1 = least need, %2 = improving</source>
        <translation>%1 = geringster Bedarf, %2 = Lage verbessert sich</translation>
    </message>
</context>
<context>
    <name>qw::MapPanes</name>
    <message>
        <source>&lt;b&gt;Map comparison&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kartenvergleich&lt;/b&gt;</translation>
    </message>
    <message>
        <source>linked: extent, hovered area, selection</source>
        <translation>verknüpft: Ausschnitt, Gebiet unter der Maus, Auswahl</translation>
    </message>
    <message>
        <source>The maps move together and share the hovered and the selected areas. An indicator&apos;s classes are the same in every period, so equal colours mean equal values.</source>
        <translation>Die Karten bewegen sich gemeinsam und teilen das Gebiet unter der Maus und die Auswahl. Die Klassen eines Indikators sind in allen Zeiträumen gleich: gleiche Farbe heißt gleicher Wert.</translation>
    </message>
    <message>
        <source>Add map</source>
        <translation>Karte hinzufügen</translation>
    </message>
    <message>
        <source>Add a map pane (at most %1)</source>
        <translation>Eine Karte hinzufügen (höchstens %1)</translation>
    </message>
    <message>
        <source>Single map</source>
        <translation>Einzelkarte</translation>
    </message>
    <message>
        <source>Back to one map (%1)</source>
        <translation>Zurück zu einer Karte (%1)</translation>
    </message>
    <message>
        <source>Name %1 to %2 maps (indicator, period or indicator@period), not %3.</source>
        <translation>Bitte %1 bis %2 Karten angeben (Indikator, Zeitraum oder Indikator@Zeitraum), nicht %3.</translation>
    </message>
    <message>
        <source>Indicator of map %1</source>
        <translation>Indikator der Karte %1</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Period of map %1</source>
        <translation>Zeitraum der Karte %1</translation>
    </message>
    <message>
        <source>Remove this map</source>
        <translation>Diese Karte entfernen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an indicator key nor a period of &quot;%2&quot; (periods: %3). See --list-indicators for the keys.</source>
        <translation>&quot;%1&quot; ist weder ein Indikatorschlüssel noch ein Zeitraum von &quot;%2&quot; (Zeiträume: %3). Die Schlüssel nennt --list-indicators.</translation>
    </message>
</context>
<context>
    <name>qw::MapPanesController</name>
    <message>
        <source>&amp;Map comparison (linked maps)</source>
        <translation>&amp;Kartenvergleich (verknüpfte Karten)</translation>
    </message>
    <message>
        <source>Two to four maps side by side: one indicator in two periods, or two indicators</source>
        <translation>Zwei bis vier Karten nebeneinander: ein Indikator in zwei Zeiträumen oder zwei Indikatoren</translation>
    </message>
</context>
<context>
    <name>qw::MapPanesLayout</name>
    <message>
        <source>Map comparison</source>
        <translation>Kartenvergleich</translation>
    </message>
    <message>
        <source>Periods compared: %1</source>
        <translation>Verglichene Zeiträume: %1</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
</context>
<context>
    <name>qw::MapTooltip</name>
    <message>
        <source>(estimated)</source>
        <translation>(geschätzt)</translation>
    </message>
    <message>
        <source>Rank %1 of %2 (1 = highest)</source>
        <translation>Rang %1 von %2 (1 = höchster Wert)</translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation>Stadt: %1</translation>
    </message>
</context>
<context>
    <name>qw::MapViewControls</name>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Show &amp;facilities</source>
        <translation>&amp;Einrichtungen zeigen</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>Klassen:</translation>
    </message>
    <message>
        <source>Classification method</source>
        <translation>Klassifizierungsmethode</translation>
    </message>
    <message>
        <source>Number of classes</source>
        <translation>Anzahl der Klassen</translation>
    </message>
    <message>
        <source>Overlay:</source>
        <translation>Überlagerung:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>circles</source>
        <translation>Kreise</translation>
    </message>
    <message>
        <source>bivariate 3×3</source>
        <translation>bivariat 3×3</translation>
    </message>
    <message>
        <source>Overlay of a second indicator</source>
        <translation>Überlagerung mit einem zweiten Indikator</translation>
    </message>
    <message>
        <source>Second indicator</source>
        <translation>Zweiter Indikator</translation>
    </message>
    <message>
        <source>&amp;No labels</source>
        <translation>&amp;Keine Beschriftung</translation>
    </message>
    <message>
        <source>Area na&amp;mes</source>
        <translation>Gebiets&amp;namen</translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation>&amp;Werte</translation>
    </message>
    <message>
        <source>&amp;Automatic (by polarity)</source>
        <translation>&amp;Automatisch (nach Polarität)</translation>
    </message>
    <message>
        <source>&amp;Schools</source>
        <translation>&amp;Schulen</translation>
    </message>
    <message>
        <source>&amp;Kitas</source>
        <translation>&amp;Kitas</translation>
    </message>
    <message>
        <source>&amp;Youth centres</source>
        <translation>&amp;Jugendeinrichtungen</translation>
    </message>
    <message>
        <source>&amp;Other facilities</source>
        <translation>S&amp;onstige Einrichtungen</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Beschriftung</translation>
    </message>
    <message>
        <source>&amp;Facilities</source>
        <translation>&amp;Einrichtungen</translation>
    </message>
    <message>
        <source>&amp;Colour scheme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Ebene:</translation>
    </message>
    <message>
        <source>Area level</source>
        <translation>Gebietsebene</translation>
    </message>
    <message>
        <source>Manual class &amp;breaks…</source>
        <translation>&amp;Manuelle Klassengrenzen …</translation>
    </message>
    <message>
        <source>%1…</source>
        <comment>opens a dialog</comment>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>The manual breaks decide the number of classes.</source>
        <translation>Die manuellen Grenzen bestimmen die Zahl der Klassen.</translation>
    </message>
    <message>
        <source>one colour per class</source>
        <translation>eine Farbe je Klasse</translation>
    </message>
    <message>
        <source>Codes such as an index&apos;s classes get one colour each; there is nothing to classify.</source>
        <translation>Codes wie die Klassen eines Index erhalten je eine Farbe; hier ist nichts einzuteilen.</translation>
    </message>
</context>
<context>
    <name>qw::MapWidget</name>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation>Stadt: %1</translation>
    </message>
</context>
<context>
    <name>qw::NewProjectCommand</name>
    <message>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 existiert bereits; wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>--crs takes EPSG:number, not &quot;%1&quot;.</source>
        <translation>--crs erwartet EPSG:Nummer, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 has no polygon layer.</source>
        <translation>%1 enthält keine Polygon-Ebene.</translation>
    </message>
    <message>
        <source>%1 has no layer &quot;%2&quot;.</source>
        <translation>%1 enthält keine Ebene „%2“.</translation>
    </message>
    <message>
        <source>Repaired invalid geometries (%1):</source>
        <translation>Reparierte ungültige Geometrien (%1):</translation>
    </message>
    <message>
        <source>Created %1: %2 areas from layer &quot;%3&quot; (key field %4, name field %5).</source>
        <translation>%1 angelegt: %2 Gebiete aus der Ebene „%3“ (Schlüsselfeld %4, Namensfeld %5).</translation>
    </message>
    <message>
        <source>Coordinate system: %1</source>
        <translation>Koordinatensystem: %1</translation>
    </message>
    <message>
        <source>Duplicate keys (--duplicate-keys %1): %2</source>
        <translation>Doppelte Schlüssel (--duplicate-keys %1): %2</translation>
    </message>
</context>
<context>
    <name>qw::NewProjectDialog</name>
    <message>
        <source>Sozialraum</source>
        <translation>Sozialraum</translation>
    </message>
    <message>
        <source>New project from GeoPackage</source>
        <translation>Neues Projekt aus GeoPackage</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>keep the file&apos;s, e.g. EPSG:25832</source>
        <translation>das der Datei, z. B. EPSG:25832</translation>
    </message>
    <message>
        <source>Area file:</source>
        <translation>Gebietsdatei:</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Ebene:</translation>
    </message>
    <message>
        <source>Key field:</source>
        <translation>Schlüsselfeld:</translation>
    </message>
    <message>
        <source>Name field:</source>
        <translation>Namensfeld:</translation>
    </message>
    <message>
        <source>Level name:</source>
        <translation>Name der Ebene:</translation>
    </message>
    <message>
        <source>Coordinate system:</source>
        <translation>Koordinatensystem:</translation>
    </message>
    <message>
        <source>Create project…</source>
        <translation>Projekt anlegen …</translation>
    </message>
    <message>
        <source>Choose an area file</source>
        <translation>Gebietsdatei auswählen</translation>
    </message>
    <message>
        <source>Vector data (*.gpkg *.shp *.geojson *.json *.gml);;All files (*)</source>
        <translation>Vektordaten (*.gpkg *.shp *.geojson *.json *.gml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This file has no polygon layer.</source>
        <translation>Diese Datei enthält keine Polygon-Ebene.</translation>
    </message>
    <message>
        <source>Please choose a file with a polygon layer.</source>
        <translation>Bitte wählen Sie eine Datei mit einer Polygon-Ebene.</translation>
    </message>
    <message>
        <source>Enter the coordinate system as EPSG:number.</source>
        <translation>Geben Sie das Koordinatensystem als EPSG:Nummer ein.</translation>
    </message>
    <message>
        <source>Save new project</source>
        <translation>Neues Projekt speichern</translation>
    </message>
    <message>
        <source>Quartierswerkstatt projects (*.gpkg)</source>
        <translation>Quartierswerkstatt-Projekte (*.gpkg)</translation>
    </message>
    <message>
        <source>Choose a new file: the source file stays unchanged.</source>
        <translation>Wählen Sie eine neue Datei: die Quelldatei bleibt unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n geometry(s) were invalid and have been repaired:</source>
        <translation>
            <numerusform>%n Geometrie war ungültig und wurde repariert:</numerusform>
            <numerusform>%n Geometrien waren ungültig und wurden repariert:</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop with an error</source>
        <translation>Mit einem Fehler abbrechen</translation>
    </message>
    <message>
        <source>Keep the first, leave out later ones</source>
        <translation>Das erste behalten, spätere auslassen</translation>
    </message>
    <message>
        <source>Number later ones (KEY-2, KEY-3, …)</source>
        <translation>Spätere nummerieren (SCHLÜSSEL-2, SCHLÜSSEL-3, …)</translation>
    </message>
    <message>
        <source>What happens when a feature has the key of an earlier one</source>
        <translation>Was geschieht, wenn ein Objekt den Schlüssel eines früheren hat</translation>
    </message>
    <message>
        <source>Duplicate keys:</source>
        <translation>Doppelte Schlüssel:</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s). Coordinate system: %1</source>
        <translation>
            <numerusform>%n Gebiet. Koordinatensystem: %1</numerusform>
            <numerusform>%n Gebiete. Koordinatensystem: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>To create the project anyway, choose under &quot;Duplicate keys&quot; to keep the first feature or to number the later ones.</source>
        <translation>Um das Projekt trotzdem anzulegen, wählen Sie unter „Doppelte Schlüssel“, dass das erste Objekt behalten oder die späteren nummeriert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate key(s) handled:</source>
        <translation>
            <numerusform>%n doppelter Schlüssel behandelt:</numerusform>
            <numerusform>%n doppelte Schlüssel behandelt:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::NoteCategories</name>
    <message>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
</context>
<context>
    <name>qw::NoteDialog</name>
    <message>
        <source>Add note: %1</source>
        <translation>Notiz hinzufügen: %1</translation>
    </message>
    <message>
        <source>Edit note: %1</source>
        <translation>Notiz bearbeiten: %1</translation>
    </message>
    <message>
        <source>What the room says about this area</source>
        <translation>Was der Raum über dieses Gebiet sagt</translation>
    </message>
    <message>
        <source>e.g. Tisch 3 or a name</source>
        <translation>z. B. Tisch 3 oder ein Name</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Author or group:</source>
        <translation>&amp;Autor oder Gruppe:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
</context>
<context>
    <name>qw::NoteFile</name>
    <message>
        <source>%1, line %2: the header lacks the column(s) %3. A notes table needs the columns area, text, category and author (or Gebiet, Text, Kategorie, Autor); it has: %4</source>
        <translation>%1, Zeile %2: der Kopfzeile fehlt die Spalte %3. Eine Notizentabelle braucht die Spalten Gebiet, Text, Kategorie und Autor (oder area, text, category, author); sie hat: %4</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>no area key</source>
        <translation>kein Gebietsschlüssel</translation>
    </message>
    <message>
        <source>unknown area &quot;%1&quot;</source>
        <translation>unbekanntes Gebiet „%1“</translation>
    </message>
    <message>
        <source>empty text</source>
        <translation>leerer Text</translation>
    </message>
    <message>
        <source>no category (%1)</source>
        <translation>keine Kategorie (%1)</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot; (%2)</source>
        <translation>unbekannte Kategorie „%1“ (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (e.g. 2026-12-03 or 03.12.2026)</source>
        <translation>„%1“ ist kein Datum (z. B. 03.12.2026 oder 2026-12-03)</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1: notes are written as .csv or .xlsx</source>
        <translation>%1: Notizen werden als .csv oder .xlsx geschrieben</translation>
    </message>
</context>
<context>
    <name>qw::NoteReport</name>
    <message numerus="yes">
        <source>Notes (%n)</source>
        <translation>
            <numerusform>Notizen (%n)</numerusform>
            <numerusform>Notizen (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::NotesCommand</name>
    <message numerus="yes">
        <source>%1: %n note(s) imported</source>
        <translation>
            <numerusform>%1: %n Notiz übernommen</numerusform>
            <numerusform>%1: %n Notizen übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out (listed above); correct them and import those rows again.</source>
        <translation>
            <numerusform>%n Zeile ausgelassen (oben genannt); korrigieren und diese Zeile erneut importieren.</numerusform>
            <numerusform>%n Zeilen ausgelassen (oben genannt); korrigieren und diese Zeilen erneut importieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import workshop notes from FILE.csv (columns area, text, category, author, optional date; or Gebiet, Text, Kategorie, Autor, Datum) into the project; rows with unknown areas or categories or without text are listed by line and left out.</source>
        <translation>Notizen einer Planungswerkstatt aus FILE.csv ins Projekt übernehmen (Spalten Gebiet, Text, Kategorie, Autor, wahlweise Datum; oder area, text, category, author, date); Zeilen mit unbekanntem Gebiet oder unbekannter Kategorie oder ohne Text werden mit ihrer Zeilennummer genannt und ausgelassen.</translation>
    </message>
    <message>
        <source>Write the project&apos;s workshop notes to FILE.csv or FILE.xlsx and exit.</source>
        <translation>Die Notizen der Planungswerkstatt als FILE.csv oder FILE.xlsx schreiben und beenden.</translation>
    </message>
    <message>
        <source>--notes-import needs a file, e.g. --notes-import karten.csv</source>
        <translation>--notes-import braucht eine Datei, z. B. --notes-import karten.csv</translation>
    </message>
    <message>
        <source>--notes-import reads a .csv file, not &quot;%1&quot;</source>
        <translation>--notes-import liest eine .csv-Datei, nicht „%1“</translation>
    </message>
    <message>
        <source>--notes-export writes .csv or .xlsx, not &quot;%1&quot;</source>
        <translation>--notes-export schreibt .csv oder .xlsx, nicht „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) written to %1</source>
        <translation>
            <numerusform>%n Notiz nach %1 geschrieben</numerusform>
            <numerusform>%n Notizen nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) already in the project, passed over</source>
        <translation>
            <numerusform>%n Notiz schon im Projekt, übergangen</numerusform>
            <numerusform>%n Notizen schon im Projekt, übergangen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::NotesController</name>
    <message>
        <source>Add &amp;note…</source>
        <translation>&amp;Notiz hinzufügen …</translation>
    </message>
    <message>
        <source>Pin a note of the workshop to the selected area</source>
        <translation>Eine Notiz der Werkstatt an das ausgewählte Gebiet heften</translation>
    </message>
    <message>
        <source>&amp;Notes on the map</source>
        <translation>&amp;Notizen auf der Karte</translation>
    </message>
    <message>
        <source>Not&amp;es panel</source>
        <translation>N&amp;otizen-Panel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Add note to %1</source>
        <translation>Notiz zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Select an area first (click it on the map), or right-click it: Add note.</source>
        <translation>Erst ein Gebiet auswählen (auf der Karte anklicken) oder mit der rechten Maustaste: Notiz hinzufügen.</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n note(s)</source>
        <translation>
            <numerusform>%n Notiz löschen</numerusform>
            <numerusform>%n Notizen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Im&amp;port notes…</source>
        <translation>N&amp;otizen importieren …</translation>
    </message>
    <message>
        <source>Notes typed from the workshop&apos;s cards, from a CSV with the columns Gebiet, Text, Kategorie, Autor</source>
        <translation>Von den Karten der Werkstatt abgetippte Notizen, aus einer CSV mit den Spalten Gebiet, Text, Kategorie, Autor</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Notizen importieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export no&amp;tes…</source>
        <translation>Notizen e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Notizen exportieren</translation>
    </message>
    <message>
        <source>Notes.xlsx</source>
        <translation>Notizen.xlsx</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n note(s) imported</source>
        <translation>
            <numerusform>%1: %n Notiz übernommen</numerusform>
            <numerusform>%1: %n Notizen übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) already in the project, passed over</source>
        <translation>
            <numerusform>%n Notiz schon im Projekt, übergangen</numerusform>
            <numerusform>%n Notizen schon im Projekt, übergangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out; correct them and import those rows again:</source>
        <translation>
            <numerusform>%n Zeile ausgelassen; bitte korrigieren und diese Zeile erneut importieren:</numerusform>
            <numerusform>%n Zeilen ausgelassen; bitte korrigieren und diese Zeilen erneut importieren:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n note(s) from %1</source>
        <translation>
            <numerusform>%n Notiz aus %1 importieren</numerusform>
            <numerusform>%n Notizen aus %1 importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) written to %1</source>
        <translation>
            <numerusform>%n Notiz nach %1 geschrieben</numerusform>
            <numerusform>%n Notizen nach %1 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::NotesModel</name>
    <message>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>qw::NotesPanel</name>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Show the notes of one category</source>
        <translation>Nur die Notizen einer Kategorie zeigen</translation>
    </message>
    <message>
        <source>Show the notes of one area</source>
        <translation>Nur die Notizen eines Gebiets zeigen</translation>
    </message>
    <message>
        <source>Show the notes of one author or group</source>
        <translation>Nur die Notizen eines Autors oder einer Gruppe zeigen</translation>
    </message>
    <message>
        <source>Add a note to the selected area (N)</source>
        <translation>Dem ausgewählten Gebiet eine Notiz hinzufügen (N)</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle Gebiete</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Alle Autoren</translation>
    </message>
</context>
<context>
    <name>qw::NumberParser</name>
    <message>
        <source>nothing, imported as 0</source>
        <translation>nichts vorhanden, als 0 übernommen</translation>
    </message>
    <message>
        <source>secret, imported as suppressed</source>
        <translation>geheim, als gesperrt übernommen</translation>
    </message>
    <message>
        <source>not meaningful, imported as missing</source>
        <translation>Aussage nicht sinnvoll, als fehlend übernommen</translation>
    </message>
    <message>
        <source>not yet available, imported as missing</source>
        <translation>Angabe fällt später an, als fehlend übernommen</translation>
    </message>
    <message>
        <source>not reliable enough, imported as missing</source>
        <translation>Zahlenwert nicht sicher genug, als fehlend übernommen</translation>
    </message>
    <message>
        <source>no information, imported as missing</source>
        <translation>keine Angabe, als fehlend übernommen</translation>
    </message>
    <message>
        <source>a code for no value, imported as missing</source>
        <translation>Kennzahl für „kein Wert“, als fehlend übernommen</translation>
    </message>
</context>
<context>
    <name>qw::OgrTableSource</name>
    <message>
        <source>%1 has no sheet with data.</source>
        <translation>%1 hat kein Tabellenblatt mit Daten.</translation>
    </message>
    <message>
        <source>%1 is not a table this program can read: %2.</source>
        <translation>%1 ist keine Tabelle, die dieses Programm lesen kann: %2.</translation>
    </message>
</context>
<context>
    <name>qw::Period</name>
    <message>
        <source>calendar year</source>
        <translation>Kalenderjahr</translation>
    </message>
    <message>
        <source>school year</source>
        <translation>Schuljahr</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>other period code</source>
        <translation>sonstige Angabe</translation>
    </message>
    <message>
        <source>calendar year %1</source>
        <translation>Kalenderjahr %1</translation>
    </message>
    <message>
        <source>school year %1</source>
        <translation>Schuljahr %1</translation>
    </message>
    <message>
        <source>quarter %1</source>
        <translation>Quartal %1</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 gegen %2</translation>
    </message>
    <message>
        <source>school year %1 counts as calendar year %2</source>
        <translation>Schuljahr %1 gilt als Kalenderjahr %2</translation>
    </message>
</context>
<context>
    <name>qw::PeriodChange</name>
    <message>
        <source>%1 is no change between two periods</source>
        <translation>%1 ist keine Veränderung zwischen zwei Zeitpunkten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no values for %2</source>
        <translation>„%1“ hat keine Werte für %2</translation>
    </message>
    <message>
        <source>the first period (%1) must come before the second (%2)</source>
        <translation>der erste Zeitpunkt (%1) muss vor dem zweiten (%2) liegen</translation>
    </message>
    <message>
        <source>%1 and %2 are not a whole number of years apart, or are periods of different kinds</source>
        <translation>zwischen %1 und %2 liegen keine ganzen Jahre, oder es sind Zeiträume verschiedener Art</translation>
    </message>
    <message>
        <source>%1 and %2 are periods of different kinds: a change compares periods of one kind (only school years and calendar years can be mapped onto each other)</source>
        <translation>%1 und %2 sind Zeitpunkte verschiedener Art: Eine Veränderung vergleicht Zeitpunkte einer Art (nur Schuljahre und Kalenderjahre lassen sich einander zuordnen)</translation>
    </message>
    <message>
        <source>%1 and %2 are periods of different kinds: a change between them needs a mapping of school years onto calendar years (e.g. school year 2019/20 counts as calendar year 2019)</source>
        <translation>%1 und %2 sind Zeitpunkte verschiedener Art: Eine Veränderung zwischen ihnen braucht eine Zuordnung der Schuljahre zu Kalenderjahren (z. B. Schuljahr 2019/20 gilt als Kalenderjahr 2019)</translation>
    </message>
    <message>
        <source>%1 and %2 are more than 100 years apart</source>
        <translation>%1 und %2 liegen mehr als 100 Jahre auseinander</translation>
    </message>
    <message numerus="yes">
        <source>%1 is compared with %2 of its own kind, %n year(s) earlier, not with %3</source>
        <translation>
            <numerusform>%1 wird mit %2 derselben Art verglichen, %n Jahr früher, nicht mit %3</numerusform>
            <numerusform>%1 wird mit %2 derselben Art verglichen, %n Jahre früher, nicht mit %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::PresentationController</name>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Präsentation</translation>
    </message>
    <message>
        <source>Hi&amp;gh contrast for the projector</source>
        <translation>&amp;Hoher Kontrast für den Beamer</translation>
    </message>
    <message>
        <source>The map full screen for the room, the saved views as slides (Page Down, Page Up); Esc ends it</source>
        <translation>Die Karte bildschirmfüllend für den Raum, die gespeicherten Ansichten als Folien (Bild ab, Bild auf); Esc beendet</translation>
    </message>
    <message>
        <source>Colours and outlines that survive a washed-out projector (in the presentation)</source>
        <translation>Farben und Umrisse, die auch ein blasser Beamer zeigt (in der Präsentation)</translation>
    </message>
    <message numerus="yes">
        <source>Page Down / Page Up: the %n saved view(s) in turn · Esc: end</source>
        <translation>
            <numerusform>Bild ab / Bild auf: die gespeicherte Ansicht · Esc: Ende</numerusform>
            <numerusform>Bild ab / Bild auf: die %n gespeicherten Ansichten der Reihe nach · Esc: Ende</numerusform>
        </translation>
    </message>
    <message>
        <source>No saved views to step through (Views panel: Save …) · Esc: end</source>
        <translation>Keine gespeicherten Ansichten zum Blättern (Ansichten: Speichern …) · Esc: Ende</translation>
    </message>
    <message>
        <source>The project has no saved views to show as slides.</source>
        <translation>Das Projekt hat keine gespeicherten Ansichten, die als Folien gezeigt werden können.</translation>
    </message>
    <message>
        <source>View %1 of %2: %3</source>
        <translation>Ansicht %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>qw::PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <source>View %1 of %2</source>
        <translation>Ansicht %1 von %2</translation>
    </message>
</context>
<context>
    <name>qw::PrioritiesCommand</name>
    <message numerus="yes">
        <source>%1: %n point(s) imported</source>
        <translation>
            <numerusform>%1: %n Punkt importiert</numerusform>
            <numerusform>%1: %n Punkte importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the workshop&apos;s points from FILE.csv (columns voter, area, points; or Teilnehmer, Gebiet, Punkte); rows with unknown areas, points that are no whole number or more points than the voter has left are listed by line and left out.</source>
        <translation>Importiert die Punkte der Werkstatt aus DATEI.csv (Spalten Teilnehmer, Gebiet, Punkte; oder voter, area, points); Zeilen mit unbekannten Gebieten, Punkten, die keine ganze Zahl sind, oder mehr Punkten, als der Teilnehmende noch hat, werden mit ihrer Zeile genannt und ausgelassen.</translation>
    </message>
    <message>
        <source>Write the ranking of the workshop&apos;s points (rank, area key, name, points, voters) to FILE.csv and exit.</source>
        <translation>Schreibt die Rangfolge der Punkte der Werkstatt (Rang, Gebietsschlüssel, Name, Punkte, Teilnehmende) nach DATEI.csv und beendet.</translation>
    </message>
    <message>
        <source>--%1 needs a .csv file, not &quot;%2&quot;</source>
        <translation>--%1 braucht eine .csv-Datei, nicht „%2“</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) with points written to %1</source>
        <translation>
            <numerusform>%n Gebiet mit Punkten nach %1 geschrieben</numerusform>
            <numerusform>%n Gebiete mit Punkten nach %1 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::PrioritiesController</name>
    <message>
        <source>Give a &amp;point</source>
        <translation>&amp;Punkt geben</translation>
    </message>
    <message>
        <source>A point of the workshop&apos;s voting for the selected area</source>
        <translation>Ein Punkt der Punktabfrage für das gewählte Gebiet</translation>
    </message>
    <message>
        <source>Take &amp;back a point</source>
        <translation>Punkt &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>P&amp;riorities panel</source>
        <translation>P&amp;rioritäten-Panel</translation>
    </message>
    <message>
        <source>Priorities besi&amp;de the map</source>
        <translation>Prioritäten neben &amp;die Karte</translation>
    </message>
    <message>
        <source>The indicator shown and the points of the workshop on linked maps</source>
        <translation>Der gezeigte Indikator und die Punkte der Werkstatt auf verknüpften Karten</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioritäten</translation>
    </message>
    <message>
        <source>Select an area first (click it on the map), then give it a point.</source>
        <translation>Zuerst ein Gebiet wählen (auf der Karte anklicken), dann ihm einen Punkt geben.</translation>
    </message>
    <message>
        <source>Who gives the point? Type the participant&apos;s or table&apos;s name in the Priorities panel.</source>
        <translation>Wer gibt den Punkt? Den Namen der Person oder des Tisches im Panel Prioritäten eingeben.</translation>
    </message>
    <message>
        <source>Point from %1 for %2</source>
        <translation>Punkt von %1 für %2</translation>
    </message>
    <message>
        <source>Select an area first (click it on the map), then take back its point.</source>
        <translation>Zuerst ein Gebiet wählen (auf der Karte anklicken), dann seinen Punkt zurücknehmen.</translation>
    </message>
    <message>
        <source>Point of %1 for %2 taken back</source>
        <translation>Punkt von %1 für %2 zurückgenommen</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) per voter</source>
        <translation>
            <numerusform>%n Punkt je Teilnehmer</numerusform>
            <numerusform>%n Punkte je Teilnehmer</numerusform>
        </translation>
    </message>
    <message>
        <source>No points given yet: select an area and press P (or &quot;+1 point&quot; in the Priorities panel).</source>
        <translation>Noch keine Punkte vergeben: ein Gebiet wählen und P drücken (oder „+1 Punkt“ im Panel Prioritäten).</translation>
    </message>
    <message>
        <source>Who gives the points? Type a name above.</source>
        <translation>Wer gibt die Punkte? Oben einen Namen eingeben.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 points left</source>
        <translation>%1: noch %2 von %3 Punkten</translation>
    </message>
    <message>
        <source>Select an area on the map to give it a point.</source>
        <translation>Ein Gebiet auf der Karte wählen, um ihm einen Punkt zu geben.</translation>
    </message>
    <message>
        <source>%1: %2 from %3, %4 in all</source>
        <translation>%1: %2 von %3, %4 insgesamt</translation>
    </message>
    <message>
        <source>this voter</source>
        <translation>diesem Teilnehmer</translation>
    </message>
</context>
<context>
    <name>qw::PrioritiesPanel</name>
    <message>
        <source>+1 point</source>
        <translation>+1 Punkt</translation>
    </message>
    <message>
        <source>−1</source>
        <translation>−1</translation>
    </message>
    <message>
        <source>Priorities beside the map</source>
        <translation>Prioritäten neben die Karte</translation>
    </message>
    <message>
        <source>Who gives the points: a participant or a workshop table</source>
        <translation>Wer die Punkte gibt: eine Person oder ein Tisch der Werkstatt</translation>
    </message>
    <message>
        <source>e.g. Tisch 1</source>
        <translation>z. B. Tisch 1</translation>
    </message>
    <message>
        <source>How many points each participant or table has</source>
        <translation>Wie viele Punkte jede Person oder jeder Tisch hat</translation>
    </message>
    <message>
        <source>Give the selected area a point of this voter (P)</source>
        <translation>Dem gewählten Gebiet einen Punkt dieses Teilnehmers geben (P)</translation>
    </message>
    <message>
        <source>Take back a point this voter gave the selected area (Shift+P)</source>
        <translation>Einen Punkt, den dieser Teilnehmer dem gewählten Gebiet gab, zurücknehmen (Umschalt+P)</translation>
    </message>
    <message>
        <source>Two linked maps: the indicator shown and the points of the workshop</source>
        <translation>Zwei verknüpfte Karten: der gezeigte Indikator und die Punkte der Werkstatt</translation>
    </message>
    <message>
        <source>Voter:</source>
        <translation>Teilnehmer:</translation>
    </message>
    <message>
        <source>Points each:</source>
        <translation>Punkte je Teilnehmer:</translation>
    </message>
</context>
<context>
    <name>qw::PriorityFile</name>
    <message>
        <source>%1, line %2: the header lacks the column(s) %3. A table of points needs the columns voter, area and points (or Teilnehmer, Gebiet, Punkte); it has: %4</source>
        <translation>%1, Zeile %2: der Kopfzeile fehlen die Spalte(n) %3. Eine Tabelle der Punkte braucht die Spalten Teilnehmer, Gebiet und Punkte (oder voter, area, points); sie hat: %4</translation>
    </message>
    <message>
        <source>no voter</source>
        <translation>kein Teilnehmer</translation>
    </message>
    <message>
        <source>no area key</source>
        <translation>kein Gebietsschlüssel</translation>
    </message>
    <message>
        <source>unknown area &quot;%1&quot;</source>
        <translation>unbekanntes Gebiet „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of points above 0</source>
        <translation>„%1“ ist keine ganze Zahl von Punkten über 0</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1: the ranking is written as .csv</source>
        <translation>%1: die Rangfolge wird als .csv geschrieben</translation>
    </message>
</context>
<context>
    <name>qw::PriorityRankingModel</name>
    <message numerus="yes">
        <source>%1 (%2): %n point(s)</source>
        <translation>
            <numerusform>%1 (%2): %n Punkt</numerusform>
            <numerusform>%1 (%2): %n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Voters</source>
        <translation>Teilnehmende</translation>
    </message>
</context>
<context>
    <name>qw::PriorityTally</name>
    <message>
        <source>A vote needs a voter, an area and at least one point.</source>
        <translation>Eine Stimme braucht eine Person oder Gruppe, ein Gebiet und mindestens einen Punkt.</translation>
    </message>
    <message>
        <source>%1 has %2 of %3 points left, not %4.</source>
        <translation>%1 hat noch %2 von %3 Punkten, nicht %4.</translation>
    </message>
    <message>
        <source>%1 gave %2 point(s) to this area, cannot take back %3.</source>
        <translation>%1 gab diesem Gebiet %2 Punkt(e), kann nicht %3 zurücknehmen.</translation>
    </message>
</context>
<context>
    <name>qw::ProfileTrends</name>
    <message>
        <source>Trends of the key indicators</source>
        <translation>Entwicklung der Schlüsselindikatoren</translation>
    </message>
    <message>
        <source>Each chart: the area&apos;s values over all periods against the city&apos;s; grey: the range of the areas of the level; the shaded period is the profile&apos;s. A gap (×) is a period without a value shown for the area, never an estimate.</source>
        <translation>Je Diagramm: die Werte des Gebiets über alle Zeiträume und die der Stadt; grau: die Spannweite der Gebiete der Ebene; hinterlegt ist der Zeitraum des Profils. Eine Lücke (×) ist ein Zeitraum ohne gezeigten Wert für das Gebiet, nie ein Schätzwert.</translation>
    </message>
</context>
<context>
    <name>qw::ProjectAllocation</name>
    <message>
        <source>The project has no indicator &quot;%1&quot; (--list-indicators lists them).</source>
        <translation>Das Projekt hat keinen Indikator „%1“ (--list-indicators listet sie auf).</translation>
    </message>
    <message>
        <source>The project has no level &quot;%1&quot;.</source>
        <translation>Das Projekt hat keine Ebene „%1“.</translation>
    </message>
    <message>
        <source>%1 has no values in any period.</source>
        <translation>%1 hat in keinem Zeitraum Werte.</translation>
    </message>
    <message>
        <source>%1 has no values in %2 (it has %3).</source>
        <translation>%1 hat keine Werte für %2 (vorhanden: %3).</translation>
    </message>
    <message>
        <source>%1 has no values in %2 for the areas of the level %3.</source>
        <translation>%1 hat für %2 keine Werte für die Gebiete der Ebene %3.</translation>
    </message>
    <message>
        <source>The project has no indicator &quot;%1&quot; to multiply the need by.</source>
        <translation>Das Projekt hat keinen Indikator „%1“, mit dem der Bedarf multipliziert werden könnte.</translation>
    </message>
    <message>
        <source>The saved allocation &quot;%1&quot; splits over another level (%2): its amounts cannot be compared with these.</source>
        <translation>Die gespeicherte Mittelverteilung „%1“ verteilt auf eine andere Ebene (%2): Ihre Beträge lassen sich mit diesen nicht vergleichen.</translation>
    </message>
    <message>
        <source>The saved allocation &quot;%1&quot; is counted in %2, this one in %3.</source>
        <translation>Die gespeicherte Mittelverteilung „%1“ rechnet in %2, diese in %3.</translation>
    </message>
    <message>
        <source>Its rule no longer computes on the project as it is now: %1</source>
        <translation>Ihre Regel lässt sich auf dem heutigen Projekt nicht mehr rechnen: %1</translation>
    </message>
    <message numerus="yes">
        <source>The data have changed since it was saved (an index edited, a new import): by its rule %n area(s) would get another amount now. The saved amounts stay as decided; Change… computes it anew.</source>
        <translation>
            <numerusform>Die Daten haben sich seit dem Speichern geändert (ein Index bearbeitet, ein neuer Import): nach ihrer Regel bekäme jetzt %n Gebiet einen anderen Betrag. Die gespeicherten Beträge bleiben, wie beschlossen; „Ändern…“ rechnet neu.</numerusform>
            <numerusform>Die Daten haben sich seit dem Speichern geändert (ein Index bearbeitet, ein neuer Import): nach ihrer Regel bekämen jetzt %n Gebiete einen anderen Betrag. Die gespeicherten Beträge bleiben, wie beschlossen; „Ändern…“ rechnet neu.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a code (classes with names), not a count: the need can only be multiplied by a population such as children under 18.</source>
        <translation>%1 ist ein Code (Klassen mit Namen), keine Anzahl: Der Bedarf lässt sich nur mit einer Bevölkerung wie den Kindern unter 18 multiplizieren.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 has no values in %2, the period of %3 (it has %4): choose the population&apos;s period (--per-period on the command line).</source>
        <translation>%1 hat keine Werte für %2, den Zeitraum von %3 (vorhanden: %4): Wählen Sie den Zeitraum der Bevölkerung (auf der Kommandozeile --per-period).</translation>
    </message>
</context>
<context>
    <name>qw::ProjectFileController</name>
    <message>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;New project from GeoPackage…</source>
        <translation>&amp;Neues Projekt aus GeoPackage …</translation>
    </message>
    <message>
        <source>Open &amp;demo city Musterstadt</source>
        <translation>&amp;Demostadt Musterstadt öffnen</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Quartierswerkstatt projects (*.gpkg)</source>
        <translation>Quartierswerkstatt-Projekte (*.gpkg)</translation>
    </message>
    <message>
        <source>Cannot create the demo project</source>
        <translation>Das Demoprojekt kann nicht erzeugt werden</translation>
    </message>
</context>
<context>
    <name>qw::ProjectMap</name>
    <message>
        <source>%1, classes fixed across all periods</source>
        <translation>%1, Klassen für alle Zeiträume gleich</translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation>Stadt: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>fictional demo data</source>
        <translation>fiktive Demodaten</translation>
    </message>
    <message>
        <source>Unknown indicator &quot;%1&quot;; --list-indicators shows the keys.</source>
        <translation>Unbekannter Indikator „%1“; --list-indicators zeigt die Schlüssel.</translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot; has no period &quot;%2&quot; (available: %3).</source>
        <translation>Der Indikator „%1“ hat keinen Zeitraum „%2“ (vorhanden: %3).</translation>
    </message>
    <message>
        <source>City: %1 (official figure; the areas sum to %2)</source>
        <translation>Stadt: %1 (amtlicher Wert; Summe der Gebiete: %2)</translation>
    </message>
    <message>
        <source>Manual breaks for &quot;%1&quot;: %2</source>
        <translation>Manuelle Klassengrenzen für „%1“: %2</translation>
    </message>
    <message>
        <source>Change %1 → %2</source>
        <translation>Veränderung %1 → %2</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Veränderung: %1</translation>
    </message>
    <message>
        <source>Change in rank %1 → %2 in places (positive = climbed towards rank 1)</source>
        <translation>Rangveränderung %1 → %2 in Rangplätzen (positiv = Richtung Rang 1 aufgestiegen)</translation>
    </message>
    <message>
        <source>Change %1 → %2 in %</source>
        <translation>Veränderung %1 → %2 in %</translation>
    </message>
    <message>
        <source>Change %1 → %2 in percentage points</source>
        <translation>Veränderung %1 → %2 in Prozentpunkten</translation>
    </message>
    <message>
        <source>no value in %1 or %2, or 0 in %1</source>
        <translation>kein Wert in %1 oder %2, oder 0 in %1</translation>
    </message>
    <message>
        <source>no value in %1 or %2</source>
        <translation>kein Wert in %1 oder %2</translation>
    </message>
</context>
<context>
    <name>qw::RankHistoryDialog</name>
    <message>
        <source>Ranks over time</source>
        <translation>Rangfolge über die Zeit</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indikator:</translation>
    </message>
    <message>
        <source>Save as P&amp;NG…</source>
        <translation>Als P&amp;NG speichern …</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern …</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Ranks %1 %2-%3</source>
        <translation>Rangfolge %1 %2-%3</translation>
    </message>
    <message>
        <source>Save the ranks as PDF</source>
        <translation>Rangfolge als PDF speichern</translation>
    </message>
    <message>
        <source>Save the ranks as PNG</source>
        <translation>Rangfolge als PNG speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>fictional demo data</source>
        <translation>fiktive Demodaten</translation>
    </message>
</context>
<context>
    <name>qw::Recipe</name>
    <message>
        <source>&quot;%1&quot; is no formula: write it as a function with its inputs in brackets, e.g. change(child_poverty, 2)</source>
        <translation>„%1“ ist keine Formel: bitte als Funktion mit den Eingangsgrößen in Klammern schreiben, z. B. change(child_poverty, 2)</translation>
    </message>
    <message>
        <source>a quote in &quot;%1&quot; is not closed</source>
        <translation>ein Anführungszeichen in „%1“ wird nicht geschlossen</translation>
    </message>
    <message>
        <source>%1(): an input is empty</source>
        <translation>%1(): eine Eingangsgröße ist leer</translation>
    </message>
    <message>
        <source>rate() takes a numerator, a denominator and the base (1, 100 or 1000), e.g. rate(children_sgb2, children, 100)</source>
        <translation>rate() braucht Zähler, Nenner und Bezug (1, 100 oder 1000), z. B. rate(kinder_sgb2, kinder, 100)</translation>
    </message>
    <message>
        <source>rate(): the base &quot;%1&quot; is no positive number (1 for a share, 100 for %, 1000 per thousand)</source>
        <translation>rate(): der Bezug „%1“ ist keine positive Zahl (1 für einen Anteil, 100 für %, 1000 für je 1.000)</translation>
    </message>
    <message>
        <source>%1() takes an indicator and a number of years, e.g. %1(child_poverty, 2)</source>
        <translation>%1() braucht einen Indikator und eine Zahl von Jahren, z. B. %1(child_poverty, 2)</translation>
    </message>
    <message>
        <source>%1(): the number of years &quot;%2&quot; is no whole number from 1 to 100</source>
        <translation>%1(): die Zahl der Jahre „%2“ ist keine ganze Zahl von 1 bis 100</translation>
    </message>
    <message>
        <source>sum() takes at least two indicators, e.g. sum(boys, girls)</source>
        <translation>sum() braucht mindestens zwei Indikatoren, z. B. sum(jungen, maedchen)</translation>
    </message>
    <message>
        <source>diff() takes two indicators, e.g. diff(places, children)</source>
        <translation>diff() braucht zwei Indikatoren, z. B. diff(plaetze, kinder)</translation>
    </message>
    <message>
        <source>%1 as a share of %2</source>
        <translation>%1 als Anteil an %2</translation>
    </message>
    <message>
        <source>%1 in % of %2</source>
        <translation>%1 in % von %2</translation>
    </message>
    <message>
        <source>%1 per %L3 of %2</source>
        <translation>%1 je %L3 %2</translation>
    </message>
    <message numerus="yes">
        <source>change of %1 against %n year(s) earlier</source>
        <translation>
            <numerusform>Veränderung von %1 gegenüber %n Jahr zuvor</numerusform>
            <numerusform>Veränderung von %1 gegenüber %n Jahren zuvor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>change of %1 in % against %n year(s) earlier</source>
        <translation>
            <numerusform>Veränderung von %1 in % gegenüber %n Jahr zuvor</numerusform>
            <numerusform>Veränderung von %1 in % gegenüber %n Jahren zuvor</numerusform>
        </translation>
    </message>
    <message>
        <source>sum of %1</source>
        <translation>Summe von %1</translation>
    </message>
    <message>
        <source>%1 minus %2</source>
        <translation>%1 minus %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a name and a formula: NAME=formula, e.g. &quot;Veränderung Kinderarmut=change(child_poverty, 2)&quot;</source>
        <translation>„%1“ braucht einen Namen und eine Formel: NAME=Formel, z. B. &quot;Veränderung Kinderarmut=change(child_poverty, 2)&quot;</translation>
    </message>
    <message>
        <source>the name before &quot;=&quot; is empty in &quot;%1&quot;</source>
        <translation>der Name vor „=“ ist leer in „%1“</translation>
    </message>
    <message>
        <source>unknown function &quot;%1&quot; (choose rate, change, pct_change, rank_change, sum or diff)</source>
        <translation>unbekannte Funktion „%1“ (möglich sind rate, change, pct_change, rank_change, sum und diff)</translation>
    </message>
    <message numerus="yes">
        <source>places %1 climbed against %n year(s) earlier (rank 1 = highest value)</source>
        <translation>
            <numerusform>Rangplätze, die %1 gegenüber %n Jahr zuvor aufgestiegen ist (Rang 1 = höchster Wert)</numerusform>
            <numerusform>Rangplätze, die %1 gegenüber %n Jahren zuvor aufgestiegen ist (Rang 1 = höchster Wert)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1(): &quot;%2&quot; is no mapping of school years onto calendar years (write school_year_as=start for the calendar year a school year begins in, school_year_as=end for the one it ends in)</source>
        <translation>%1(): &quot;%2&quot; ist keine Zuordnung von Schuljahren zu Kalenderjahren (school_year_as=start für das Kalenderjahr, in dem ein Schuljahr beginnt, school_year_as=end für das, in dem es endet)</translation>
    </message>
    <message>
        <source>%1; a school year counts as the calendar year it begins in</source>
        <translation>%1; ein Schuljahr gilt als das Kalenderjahr seines Beginns</translation>
    </message>
    <message>
        <source>%1; a school year counts as the calendar year it ends in</source>
        <translation>%1; ein Schuljahr gilt als das Kalenderjahr seines Endes</translation>
    </message>
</context>
<context>
    <name>qw::ReportCommand</name>
    <message>
        <source>The project has no level &quot;%1&quot;.</source>
        <translation>Das Projekt hat keine Ebene „%1“.</translation>
    </message>
    <message>
        <source>A profile is written as PDF, not &quot;%1&quot;.</source>
        <translation>Ein Profil wird als PDF geschrieben, nicht als „%1“.</translation>
    </message>
    <message>
        <source>The project has no level &quot;%1&quot;; its levels are %2.</source>
        <translation>Das Projekt hat keine Ebene „%1“; seine Ebenen sind %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: atlas of %n area(s), %2 pages</source>
        <translation>
            <numerusform>%1: Atlas mit %n Gebiet, %2 Seiten</numerusform>
            <numerusform>%1: Atlas mit %n Gebieten, %2 Seiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::ReportDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>qw::ReportPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern …</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>qw::ReportsController</name>
    <message>
        <source>Compare the &amp;5 highest values</source>
        <translation>Die &amp;5 höchsten Werte vergleichen</translation>
    </message>
    <message>
        <source>Compare the five areas with the highest value of the shown indicator</source>
        <translation>Die fünf Gebiete mit dem höchsten Wert des gezeigten Indikators vergleichen</translation>
    </message>
    <message>
        <source>&amp;Profile of the selected area…</source>
        <translation>&amp;Profil des gewählten Gebiets …</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Select one area (click it on the map), or double-click an area on the map.</source>
        <translation>Wählen Sie ein Gebiet (auf der Karte anklicken) oder doppelklicken Sie ein Gebiet auf der Karte.</translation>
    </message>
    <message>
        <source>&amp;Export comparison…</source>
        <translation>Vergleich &amp;exportieren …</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Compare areas</source>
        <translation>Gebiete vergleichen</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>Open a comparison first (Analysis &gt; Compare selected areas).</source>
        <translation>Öffnen Sie zuerst einen Vergleich (Analyse &gt; Gewählte Gebiete vergleichen).</translation>
    </message>
    <message>
        <source>Comparison.pdf</source>
        <translation>Vergleich.pdf</translation>
    </message>
    <message>
        <source>PDF with charts (*.pdf);;Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>PDF mit Diagrammen (*.pdf);;Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
</context>
<context>
    <name>qw::SavedView</name>
    <message>
        <source>The saved view cannot be read: %1</source>
        <translation>Die gespeicherte Ansicht kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>it is too large (%1 bytes)</source>
        <translation>sie ist zu groß (%1 Bytes)</translation>
    </message>
    <message>
        <source>it claims more data than it holds</source>
        <translation>sie gibt mehr Daten an, als sie enthält</translation>
    </message>
    <message>
        <source>%1 classes (2 to 9 allowed)</source>
        <translation>%1 Klassen (erlaubt sind 2 bis 9)</translation>
    </message>
    <message>
        <source>manual classes without breaks</source>
        <translation>manuelle Klassen ohne Grenzen</translation>
    </message>
    <message>
        <source>%1 class breaks (at most 8 allowed)</source>
        <translation>%1 Klassengrenzen (höchstens 8 erlaubt)</translation>
    </message>
    <message>
        <source>the class breaks do not rise (break %1)</source>
        <translation>die Klassengrenzen steigen nicht auf (Grenze %1)</translation>
    </message>
    <message>
        <source>a play range with one end only</source>
        <translation>ein Abspielbereich mit nur einem Ende</translation>
    </message>
    <message>
        <source>it claims %1 items in %2 bytes</source>
        <translation>sie gibt %1 Einträge in %2 Bytes an</translation>
    </message>
    <message>
        <source>its map extent lies outside any city (%1)</source>
        <translation>ihr Kartenausschnitt liegt außerhalb jeder Stadt (%1)</translation>
    </message>
</context>
<context>
    <name>qw::SavedViewsController</name>
    <message>
        <source>Saved view</source>
        <translation>Gespeicherte Ansicht</translation>
    </message>
    <message>
        <source>View &quot;%1&quot;: %2</source>
        <translation>Ansicht „%1“: %2</translation>
    </message>
    <message>
        <source>There is no saved view &quot;%1&quot; (saved views: %2).</source>
        <translation>Es gibt keine gespeicherte Ansicht „%1“ (gespeicherte Ansichten: %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <source>A view &quot;%1&quot; exists. Replace it?</source>
        <translation>Eine Ansicht „%1“ gibt es schon. Ersetzen?</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>Ansicht umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>A view &quot;%1&quot; exists already.</source>
        <translation>Eine Ansicht „%1“ gibt es schon.</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>There is no saved view &quot;%1&quot;.</source>
        <translation>Es gibt keine gespeicherte Ansicht „%1“.</translation>
    </message>
    <message>
        <source>View &quot;%1&quot; deleted (Edit &gt; Undo brings it back).</source>
        <translation>Ansicht „%1“ gelöscht (Bearbeiten &gt; Rückgängig holt sie zurück).</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>The views to order (%1) are not the project&apos;s saved views (%2).</source>
        <translation>Die zu ordnenden Ansichten (%1) sind nicht die gespeicherten Ansichten des Projekts (%2).</translation>
    </message>
    <message>
        <source>Reorder views</source>
        <translation>Ansichten umordnen</translation>
    </message>
</context>
<context>
    <name>qw::Sensitivity</name>
    <message numerus="yes">
        <source>%n random weight set(s): each weight of the index %1 varied by up to ±%2 % (uniformly, seed %3), the weights renormalised to sum 1; the inputs standardised once as the index does, then per draw the index re-weighted, standardised again and classified by its rule (%4). %5 areas of the level %6 in %7.</source>
        <translation>
            <numerusform>%n zufälliger Gewichtssatz: jedes Gewicht des Index %1 um bis zu ±%2 % variiert (gleichverteilt, Startwert %3), die Gewichte auf die Summe 1 normiert; die Eingangsgrößen einmal standardisiert wie im Index, dann je Ziehung der Index neu gewichtet, erneut standardisiert und nach seiner Regel klassiert (%4). %5 Gebiete der Ebene %6 in %7.</numerusform>
            <numerusform>%n zufällige Gewichtssätze: jedes Gewicht des Index %1 um bis zu ±%2 % variiert (gleichverteilt, Startwert %3), die Gewichte auf die Summe 1 normiert; die Eingangsgrößen einmal standardisiert wie im Index, dann je Ziehung der Index neu gewichtet, erneut standardisiert und nach seiner Regel klassiert (%4). %5 Gebiete der Ebene %6 in %7.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank 1 is the highest index value (the most need); the 5th, 50th and 95th percentiles of an area&apos;s rank are nearest-rank percentiles over the draws. Top class: %1 (class %2).</source>
        <translation>Rang 1 ist der höchste Indexwert (der größte Bedarf); 5., 50. und 95. Perzentil des Rangs eines Gebiets sind über die Ziehungen gezählt: das p-te Perzentil ist der Rang an der Stelle ⌈p/100 × Ziehungen⌉ der geordneten Ränge, also stets ein vorgekommener Rang. Höchste Bedarfsklasse: %1 (Klasse %2).</translation>
    </message>
    <message>
        <source>Stable: the area is in its class of the index as computed (the base class) in at least %1 % of the draws; otherwise unstable.</source>
        <translation>Stabil: Das Gebiet liegt in mindestens %1 % der Ziehungen in seiner Klasse des berechneten Index (der Basisklasse), sonst instabil.</translation>
    </message>
    <message>
        <source>Leave-one-out: each input left out once (its weight 0, the others renormalised), reported separately.</source>
        <translation>Jede Eingangsgröße einmal weggelassen (Gewicht 0, die übrigen neu normiert), gesondert ausgewiesen.</translation>
    </message>
    <message>
        <source>the number of draws must be 1 or more, not %1</source>
        <translation>die Zahl der Ziehungen muss 1 oder mehr sein, nicht %1</translation>
    </message>
    <message>
        <source>the spread of the weights is a percentage from 0 to 100, not %1</source>
        <translation>die Streuung der Gewichte ist ein Prozentsatz von 0 bis 100, nicht %1</translation>
    </message>
    <message>
        <source>unknown indicator &quot;%1&quot; (--list-indicators lists the keys)</source>
        <translation>unbekannter Indikator „%1“ (--list-indicators listet die Schlüssel)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no composite index (its recipe: %2); give the key of an index made with --index</source>
        <translation>„%1“ ist kein zusammengesetzter Index (Rezept: %2); geben Sie den Schlüssel eines mit --index gebildeten Index an</translation>
    </message>
    <message>
        <source>none, it is imported</source>
        <translation>keines, er ist importiert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2: %3</source>
        <translation>„%1“ in %2: %3</translation>
    </message>
    <message>
        <source>the index has a single input: there is none to leave out</source>
        <translation>der Index hat nur eine Eingangsgröße: es gibt keine wegzulassen</translation>
    </message>
    <message>
        <source>the index does not compute</source>
        <translation>der Index lässt sich nicht berechnen</translation>
    </message>
    <message>
        <source>leaving out %1 leaves the other inputs without weight</source>
        <translation>ohne %1 haben die übrigen Eingangsgrößen kein Gewicht</translation>
    </message>
</context>
<context>
    <name>qw::SensitivityCommand</name>
    <message>
        <source>--draws takes a whole number of 1 or more, not &quot;%1&quot;</source>
        <translation>--draws erwartet eine ganze Zahl ab 1, nicht „%1“</translation>
    </message>
    <message>
        <source>--spread takes a percentage from 0 to 100, not &quot;%1&quot;</source>
        <translation>--spread erwartet einen Prozentsatz von 0 bis 100, nicht „%1“</translation>
    </message>
    <message>
        <source>--seed takes a whole number of 0 or more, not &quot;%1&quot;</source>
        <translation>--seed erwartet eine ganze Zahl ab 0, nicht „%1“</translation>
    </message>
    <message>
        <source>Check how robust the ranks and classes of the composite index KEY are to its weights and write FILE.csv or FILE.pdf.</source>
        <translation>Prüfen, wie robust Ränge und Klassen des zusammengesetzten Index KEY gegenüber seinen Gewichten sind, und FILE.csv oder FILE.pdf schreiben.</translation>
    </message>
    <message>
        <source>With --sensitivity: the number of random weight sets (default: 1000).</source>
        <translation>Mit --sensitivity: die Zahl der zufälligen Gewichtssätze (Standard: 1000).</translation>
    </message>
    <message>
        <source>With --sensitivity: how far each weight varies, in percent (default: 20).</source>
        <translation>Mit --sensitivity: wie weit jedes Gewicht schwankt, in Prozent (Standard: 20).</translation>
    </message>
    <message>
        <source>With --sensitivity: also leave each input out once.</source>
        <translation>Mit --sensitivity: zusätzlich jede Eingangsgröße einmal weglassen.</translation>
    </message>
    <message>
        <source>With --sensitivity: the seed of the random draws (default: 1); the same seed gives the same result.</source>
        <translation>Mit --sensitivity: der Startwert der Zufallsziehungen (Standard: 1); derselbe Startwert ergibt dasselbe Ergebnis.</translation>
    </message>
    <message>
        <source>--%1 goes with --sensitivity KEY</source>
        <translation>--%1 gehört zu --sensitivity KEY</translation>
    </message>
    <message>
        <source>--sensitivity writes .csv or .pdf, not &quot;%1&quot;</source>
        <translation>--sensitivity schreibt .csv oder .pdf, nicht „%1“</translation>
    </message>
    <message>
        <source>--sensitivity needs the output file (.csv or .pdf), e.g. --sensitivity sozialindex robustheit.pdf</source>
        <translation>--sensitivity braucht die Ausgabedatei (.csv oder .pdf), z. B. --sensitivity sozialindex robustheit.pdf</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2: %n draw(s), weights ±%3 %, seed %4: %5 of %6 areas stable, %7 unstable</source>
        <translation>
            <numerusform>%1 in %2: %n Ziehung, Gewichte ±%3 %, Startwert %4: %5 von %6 Gebieten stabil, %7 instabil</numerusform>
            <numerusform>%1 in %2: %n Ziehungen, Gewichte ±%3 %, Startwert %4: %5 von %6 Gebieten stabil, %7 instabil</numerusform>
        </translation>
    </message>
    <message>
        <source>without %1: %2 areas change class, ranks shift by up to %3</source>
        <translation>ohne %1: %2 Gebiete wechseln die Klasse, Ränge verschieben sich um bis zu %3</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>qw::SensitivityController</name>
    <message>
        <source>Check the &amp;robustness of the index…</source>
        <translation>&amp;Robustheit des Index prüfen …</translation>
    </message>
    <message>
        <source>Vary the weights of a composite index at random and see how far each area&apos;s rank and class move</source>
        <translation>Die Gewichte eines zusammengesetzten Index zufällig variieren und sehen, wie weit sich Rang und Klasse jedes Gebiets bewegen</translation>
    </message>
    <message>
        <source>Robustness of the index</source>
        <translation>Robustheit des Index</translation>
    </message>
    <message>
        <source>The project has no composite index yet. Define one first, e.g. quartierswerkstatt PROJECT.gpkg --index sozialindex --name Sozialindex --from A,B,C</source>
        <translation>Das Projekt hat noch keinen zusammengesetzten Index. Legen Sie zuerst einen an, z. B. quartierswerkstatt PROJEKT.gpkg --index sozialindex --name Sozialindex --from A,B,C</translation>
    </message>
</context>
<context>
    <name>qw::SensitivityDialog</name>
    <message>
        <source>Robustness of the index</source>
        <translation>Robustheit des Index</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Also leave each input out once</source>
        <translation>Zusätzlich jede Eingangsgröße einmal weglassen</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Sta&amp;rten</translation>
    </message>
    <message>
        <source>&amp;Index:</source>
        <translation>&amp;Index:</translation>
    </message>
    <message>
        <source>Random weight sets (&amp;draws):</source>
        <translation>Zufällige Gewichtssätze (&amp;Ziehungen):</translation>
    </message>
    <message>
        <source>Each weight varies by up to ±:</source>
        <translation>Jedes Gewicht variiert um bis zu ±:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Startwert:</translation>
    </message>
    <message>
        <source>Run the check to see how far each area&apos;s rank moves when the weights vary.</source>
        <translation>Starten Sie die Prüfung, um zu sehen, wie weit sich der Rang jedes Gebiets bei variierten Gewichten bewegt.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Varying the weights of %1…</source>
        <translation>Gewichte von %1 werden variiert …</translation>
    </message>
    <message>
        <source>Cancelled: nothing was computed.</source>
        <translation>Abgebrochen: Es wurde nichts berechnet.</translation>
    </message>
    <message>
        <source>Without %1: %2 areas change class, ranks shift by up to %3.</source>
        <translation>Ohne %1: %2 Gebiete wechseln die Klasse, Ränge verschieben sich um bis zu %3.</translation>
    </message>
    <message>
        <source>Export the robustness check</source>
        <translation>Robustheitsprüfung exportieren</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;CSV table (*.csv)</source>
        <translation>PDF-Bericht (*.pdf);;CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Map of stable and unstable areas</source>
        <translation>Karte der stabilen und instabilen Gebiete</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 areas stable, %5 unstable.</source>
        <translation>%1, %2: %3 von %4 Gebieten stabil, %5 instabil.</translation>
    </message>
</context>
<context>
    <name>qw::SensitivityExport</name>
    <message>
        <source>Robustness of the index %1 (%2)</source>
        <translation>Robustheit des Index %1 (%2)</translation>
    </message>
    <message>
        <source>Area key</source>
        <translation>Gebietsschlüssel</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Base rank</source>
        <translation>Rang (Basis)</translation>
    </message>
    <message>
        <source>Rank p5</source>
        <translation>Rang P5</translation>
    </message>
    <message>
        <source>Rank median</source>
        <translation>Rang Median</translation>
    </message>
    <message>
        <source>Rank p95</source>
        <translation>Rang P95</translation>
    </message>
    <message>
        <source>In top class (%)</source>
        <translation>In höchster Bedarfsklasse (%)</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <source>Base class</source>
        <translation>Basisklasse</translation>
    </message>
    <message>
        <source>In base class (%)</source>
        <translation>In Basisklasse (%)</translation>
    </message>
    <message>
        <source>Rank without %1</source>
        <translation>Rang ohne %1</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stabil</translation>
    </message>
    <message>
        <source>unstable</source>
        <translation>instabil</translation>
    </message>
</context>
<context>
    <name>qw::SensitivityReport</name>
    <message>
        <source>stable</source>
        <translation>stabil</translation>
    </message>
    <message>
        <source>unstable</source>
        <translation>instabil</translation>
    </message>
    <message>
        <source>not in the index</source>
        <translation>nicht im Index</translation>
    </message>
    <message>
        <source>Class under varied weights</source>
        <translation>Klasse bei variierten Gewichten</translation>
    </message>
    <message>
        <source>Rank (1 = most need)</source>
        <translation>Rang (1 = größter Bedarf)</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) by their rank in the index as computed (base rank)</source>
        <translation>
            <numerusform>%n Gebiet nach seinem Rang im berechneten Index (Rang Basis)</numerusform>
            <numerusform>%n Gebiete nach ihrem Rang im berechneten Index (Rang Basis)</numerusform>
        </translation>
    </message>
    <message>
        <source>stable: 5th–95th percentile of the rank</source>
        <translation>stabil: 5.–95. Perzentil des Rangs</translation>
    </message>
    <message>
        <source>base rank</source>
        <translation>Rang (Basis)</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) of the level %1</source>
        <translation>
            <numerusform>%n Gebiet der Ebene %1</numerusform>
            <numerusform>%n Gebiete der Ebene %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stable, %2 unstable</source>
        <translation>%1 stabil, %2 instabil</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Ranks with their 5th–95th percentile under varied weights</source>
        <translation>Ränge mit 5.–95. Perzentil bei variierten Gewichten</translation>
    </message>
    <message>
        <source>Stable and unstable areas</source>
        <translation>Stabile und instabile Gebiete</translation>
    </message>
    <message>
        <source>Each input left out once</source>
        <translation>Jede Eingangsgröße einmal weggelassen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Input left out</source>
        <translation>Weggelassene Eingangsgröße</translation>
    </message>
    <message>
        <source>Areas changing class</source>
        <translation>Gebiete mit Klassenwechsel</translation>
    </message>
    <message>
        <source>Largest rank shift</source>
        <translation>Größte Rangverschiebung</translation>
    </message>
    <message>
        <source>Areas by base rank</source>
        <translation>Gebiete nach Rang (Basis)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebiet</translation>
    </message>
    <message>
        <source>Base rank</source>
        <translation>Rang (Basis)</translation>
    </message>
    <message>
        <source>Rank p5</source>
        <translation>Rang P5</translation>
    </message>
    <message>
        <source>Rank median</source>
        <translation>Rang Median</translation>
    </message>
    <message>
        <source>Rank p95</source>
        <translation>Rang P95</translation>
    </message>
    <message>
        <source>In top class (%)</source>
        <translation>In höchster Klasse (%)</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <source>Base class</source>
        <translation>Basisklasse</translation>
    </message>
    <message>
        <source>In base class (%)</source>
        <translation>In Basisklasse (%)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>qw::SeriesLayout</name>
    <message>
        <source>No city value in any period.</source>
        <translation>In keinem Zeitraum gibt es einen Wert für die Stadt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n maps</source>
        <translation>
            <numerusform>%1 bis %2: %n Karte</numerusform>
            <numerusform>%1 bis %2: %n Karten</numerusform>
        </translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>%1: the indicator has no period to show.</source>
        <translation>%1: Der Indikator hat keinen Zeitraum, der gezeigt werden könnte.</translation>
    </message>
    <message>
        <source>%1: the indicator has only one period (%2): there is no series to show.</source>
        <translation>%1: Der Indikator hat nur einen Zeitraum (%2): Es gibt keine Zeitreihe zu zeigen.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>The city over the periods (%1)</source>
        <translation>Die Stadt über die Zeitpunkte (%1)</translation>
    </message>
    <message>
        <source>The city over the periods (%1), in %2</source>
        <translation>Die Stadt über die Zeitpunkte (%1), in %2</translation>
    </message>
</context>
<context>
    <name>qw::ShareCheck</name>
    <message numerus="yes">
        <source>Warning: in %n area(s) this share is above 100 % (largest value %1 in %2, %3). A share cannot exceed 100 %: numerator and denominator may be swapped.</source>
        <translation>
            <numerusform>Achtung: In %n Gebiet liegt dieser Anteil über 100 % (größter Wert %1 in %2, %3). Ein Anteil kann 100 % nicht übersteigen: Zähler und Nenner sind vielleicht vertauscht.</numerusform>
            <numerusform>Achtung: In %n Gebieten liegt dieser Anteil über 100 % (größter Wert %1 in %2, %3). Ein Anteil kann 100 % nicht übersteigen: Zähler und Nenner sind vielleicht vertauscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::SheetGridModel</name>
    <message>
        <source>Above the table (title); not read</source>
        <translation>Über der Tabelle (Titel); wird nicht gelesen</translation>
    </message>
    <message>
        <source>Header row: names the columns</source>
        <translation>Kopfzeile: benennt die Spalten</translation>
    </message>
    <message>
        <source>Data row: read</source>
        <translation>Datenzeile: wird gelesen</translation>
    </message>
    <message>
        <source>Not a data row (units, notes, below the data); not read</source>
        <translation>Keine Datenzeile (Einheiten, Anmerkungen, unter den Daten); wird nicht gelesen</translation>
    </message>
</context>
<context>
    <name>qw::SheetGridPanel</name>
    <message>
        <source>S&amp;heet:</source>
        <translation>Tabellen&amp;blatt:</translation>
    </message>
    <message>
        <source>First header row, as the sheet numbers its rows</source>
        <translation>Erste Kopfzeile, nach der Zeilennummer im Tabellenblatt</translation>
    </message>
    <message>
        <source>Last header row</source>
        <translation>Letzte Kopfzeile</translation>
    </message>
    <message>
        <source>First data row</source>
        <translation>Erste Datenzeile</translation>
    </message>
    <message>
        <source>Last data row; 0: to the end (notes below are left out)</source>
        <translation>Letzte Datenzeile; 0: bis zum Ende (Anmerkungen darunter werden ausgelassen)</translation>
    </message>
    <message>
        <source>Header rows from/to:</source>
        <translation>Kopfzeilen von/bis:</translation>
    </message>
    <message>
        <source>Data from/to (0 = to the end):</source>
        <translation>Daten von/bis (0 = bis zum Ende):</translation>
    </message>
    <message>
        <source>Right-click a row to make it the first or last header or data row.</source>
        <translation>Mit einem Rechtsklick auf eine Zeile machen Sie sie zur ersten oder letzten Kopf- oder Datenzeile.</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>First header row</source>
        <translation>Erste Kopfzeile</translation>
    </message>
    <message>
        <source>Last data row</source>
        <translation>Letzte Datenzeile</translation>
    </message>
</context>
<context>
    <name>qw::StartPage</name>
    <message>
        <source>Quartierswerkstatt</source>
        <translation>Quartierswerkstatt</translation>
    </message>
    <message>
        <source>Maps and comparisons of education indicators by Sozialraum, for education monitoring and planning workshops.</source>
        <translation>Karten und Vergleiche von Bildungsindikatoren nach Sozialraum – für Bildungsmonitoring und Planungswerkstätten.</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Projekt öffnen …</translation>
    </message>
    <message>
        <source>New project from GeoPackage…</source>
        <translation>Neues Projekt aus GeoPackage …</translation>
    </message>
    <message>
        <source>Open the demo city Musterstadt (fictional data)</source>
        <translation>Demostadt Musterstadt öffnen (fiktive Daten)</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
</context>
<context>
    <name>qw::Store</name>
    <message>
        <source>Geometry operation %1 failed: %2</source>
        <translation>Geometrie-Operation %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Invalid geometry: %1</source>
        <translation>Ungültige Geometrie: %1</translation>
    </message>
    <message>
        <source>Unknown coordinate system EPSG:%1</source>
        <translation>Unbekanntes Koordinatensystem EPSG:%1</translation>
    </message>
    <message>
        <source>%1 has unknown project schema version %2</source>
        <translation>%1 hat die unbekannte Projektschema-Version %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file.</source>
        <translation>%1 ist ein Ordner, keine Projektdatei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is not a GeoPackage project (it is not an SQLite database).</source>
        <translation>%1 ist kein GeoPackage-Projekt (keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated (%2 bytes, the header expects %3). The file was not changed.</source>
        <translation>%1 ist beschädigt oder unvollständig (%2 Bytes, laut Dateikopf %3). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 has no schema version in qw_project.</source>
        <translation>%1 hat keine Schemaversion in qw_project.</translation>
    </message>
    <message>
        <source>%1 has an invalid schema version &quot;%2&quot;.</source>
        <translation>%1 hat eine ungültige Schemaversion „%2“.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a GeoPackage.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein GeoPackage.</translation>
    </message>
    <message>
        <source>%1 is a GeoPackage but not a Quartierswerkstatt project. Use &quot;New from GeoPackage&quot; to make a project from its areas.</source>
        <translation>%1 ist ein GeoPackage, aber kein Quartierswerkstatt-Projekt. Mit „Neues Projekt aus GeoPackage“ wird aus seinen Gebieten ein Projekt.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer Quartierswerkstatt (project schema %2; this version reads up to %3). Please update the program.</source>
        <translation>%1 wurde mit einer neueren Quartierswerkstatt gespeichert (Projektschema %2; diese Version liest bis %3). Bitte aktualisieren Sie das Programm.</translation>
    </message>
    <message>
        <source>%1 is incomplete: the table %2 is missing.</source>
        <translation>%1 ist unvollständig: die Tabelle %2 fehlt.</translation>
    </message>
    <message>
        <source>%1 uses an older project schema (%2) and must be upgraded, but the file is read-only.</source>
        <translation>%1 verwendet ein älteres Projektschema (%2) und muss aktualisiert werden, ist aber schreibgeschützt.</translation>
    </message>
    <message>
        <source>%1: area %2: %3</source>
        <translation>%1: Gebiet %2: %3</translation>
    </message>
    <message>
        <source>Area key &quot;%1&quot; occurs more than once.</source>
        <translation>Der Gebietsschlüssel „%1“ kommt mehrfach vor.</translation>
    </message>
    <message>
        <source>%1: indicator %2 has an unknown kind or polarity (&quot;%3&quot;, &quot;%4&quot;).</source>
        <translation>%1: Indikator %2 hat eine unbekannte Art oder Polarität („%3“, „%4“).</translation>
    </message>
    <message>
        <source>%1: value of %2 / %3 / %4 has unknown status &quot;%5&quot;.</source>
        <translation>%1: Wert von %2 / %3 / %4 hat den unbekannten Status „%5“.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2. The file was not changed; open a backup copy of it.</source>
        <translation>%1 kann nicht geöffnet werden: %2. Die Datei wurde nicht verändert; öffnen Sie eine Sicherungskopie davon.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>trigger „%1“ on %2</source>
        <translation>Trigger „%1“ auf %2</translation>
    </message>
    <message>
        <source>view „%1“ in the place of the table of that name</source>
        <translation>Sicht „%1“ an der Stelle der gleichnamigen Tabelle</translation>
    </message>
    <message>
        <source>%1 was left in the middle of a change (the program or the computer stopped, or the disk was full): %2 beside it holds what must be undone, and that needs write access. Copy both files into a folder where you may write, or ask for write permission here, and open the project again; it is then back as it was before that change.</source>
        <translation>%1 ist mitten in einer Änderung stehen geblieben (das Programm oder der Rechner wurde beendet, oder die Festplatte war voll): %2 daneben hält fest, was rückgängig zu machen ist, und dafür braucht es Schreibrechte. Kopieren Sie beide Dateien in einen Ordner, in dem Sie schreiben dürfen, oder lassen Sie sich Schreibrechte geben, und öffnen Sie das Projekt erneut; es ist dann wieder so wie vor dieser Änderung.</translation>
    </message>
    <message>
        <source>%1 contains SQL that Quartierswerkstatt did not write: %2. Triggers and views like these run inside every change of the project and can alter or delete data, so the project is not opened. To remove exactly these (nothing else is changed): quartierswerkstatt &quot;%1&quot; --remove-foreign-triggers</source>
        <translation>%1 enthält SQL, das Quartierswerkstatt nicht geschrieben hat: %2. Solche Trigger und Sichten laufen bei jeder Änderung des Projekts mit und können Daten verändern oder löschen; deshalb wird das Projekt nicht geöffnet. Um genau diese zu entfernen (sonst ändert sich nichts): quartierswerkstatt &quot;%1&quot; --remove-foreign-triggers</translation>
    </message>
    <message>
        <source>%1 cannot be upgraded from project schema %2: its tables do not match that version (it may have been edited by hand or by another program). The file was not changed; open a backup copy of it.</source>
        <translation>%1 kann nicht von Projektschema %2 aktualisiert werden: Seine Tabellen passen nicht zu dieser Version (die Datei wurde vielleicht von Hand oder mit einem anderen Programm bearbeitet). Die Datei wurde nicht verändert; bitte eine Sicherungskopie öffnen.</translation>
    </message>
</context>
<context>
    <name>qw::TableImport</name>
    <message>
        <source>%1 has no column &quot;%2&quot; (%3). Its columns are: %4.</source>
        <translation>%1 hat keine Spalte „%2“ (%3). Die Spalten sind: %4.</translation>
    </message>
    <message>
        <source>%1 has a header but no data rows.</source>
        <translation>%1 hat eine Kopfzeile, aber keine Datenzeilen.</translation>
    </message>
    <message>
        <source>No column of %1 holds area keys of this project. Choose the key column (--key).</source>
        <translation>Keine Spalte von %1 enthält Gebietsschlüssel dieses Projekts. Bitte die Schlüsselspalte wählen (--key).</translation>
    </message>
    <message>
        <source>%1 has no period column; give the period (--period 2024).</source>
        <translation>%1 hat keine Zeitraumspalte; bitte den Zeitraum angeben (--period 2024).</translation>
    </message>
    <message>
        <source>%1: a long table needs the column(s) naming the indicator (--indicator).</source>
        <translation>%1: Eine lange Tabelle braucht die Spalte(n) mit dem Indikator (--indicator).</translation>
    </message>
    <message>
        <source>%1: a long table needs a value column (--value) or numerator and denominator columns.</source>
        <translation>%1: Eine lange Tabelle braucht eine Wertspalte (--value) oder Zähler- und Nennerspalten.</translation>
    </message>
    <message>
        <source>%1 has no columns with values to import.</source>
        <translation>%1 hat keine Spalten mit Werten zum Importieren.</translation>
    </message>
    <message>
        <source>area %1, %2, %3 occurs already in line %4</source>
        <translation>Gebiet %1, %2, %3 kommt schon in Zeile %4 vor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile %2</translation>
    </message>
    <message>
        <source>no area key</source>
        <translation>kein Gebietsschlüssel</translation>
    </message>
    <message>
        <source>no period</source>
        <translation>kein Zeitraum</translation>
    </message>
    <message>
        <source>no indicator name</source>
        <translation>kein Indikatorname</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; matches no area</source>
        <translation>der Schlüssel „%1“ passt zu keinem Gebiet</translation>
    </message>
    <message>
        <source> (perhaps %1 %2?)</source>
        <translation> (vielleicht %1 %2?)</translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s) without value: the denominator is 0.</source>
        <translation>
            <numerusform>%n Quote ohne Wert: Der Nenner ist 0.</numerusform>
            <numerusform>%n Quoten ohne Wert: Der Nenner ist 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>Period for every row: %1</source>
        <translation>Zeitraum für alle Zeilen: %1</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; holds no values; it was skipped.</source>
        <translation>Die Spalte „%1“ enthält keine Werte; sie wurde übersprungen.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; names %3; taken as %4, the level of the rows around it.</source>
        <translation>Zeile %1: „%2“ bezeichnet %3; übernommen wird %4, die Ebene der umliegenden Zeilen.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1: the column &quot;%2&quot; names no period, unlike the others; give its period (--period 2024).</source>
        <translation>%1: Die Spalte „%2“ nennt anders als die übrigen keinen Zeitraum; bitte ihren Zeitraum angeben (--period 2024).</translation>
    </message>
    <message>
        <source>the city</source>
        <translation>die Stadt</translation>
    </message>
    <message>
        <source>Not a data row, passed over: %1</source>
        <translation>Keine Datenzeile, übersprungen: %1</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; names several areas: %2; assign the row to one of them in the wizard, or import a table with keys</source>
        <translation>der Name „%1“ bezeichnet mehrere Gebiete: %2; ordnen Sie die Zeile im Assistenten einem davon zu oder importieren Sie eine Tabelle mit Schlüsseln</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; names %3; taken as %4, in %5 like the rows around it.</source>
        <translation>Zeile %1: „%2“ bezeichnet %3; übernommen wird %4, in %5 wie die umliegenden Zeilen.</translation>
    </message>
    <message>
        <source>Warning: the periods of &quot;%1&quot; (%2) mix kinds: %3. Each kind is stepped and compared on its own.</source>
        <translation>Warnung: Die Zeiträume von „%1“ (%2) mischen Arten: %3. Jede Art wird für sich durchlaufen und verglichen.</translation>
    </message>
    <message>
        <source>%1: the indicator name &quot;%2…&quot; is %3 characters long (at most %4): the header or indicator column holds something else than a name.</source>
        <translation>%1: Der Indikatorname „%2…“ ist %3 Zeichen lang (höchstens %4): In der Kopfzeile oder Indikatorspalte steht etwas anderes als ein Name.</translation>
    </message>
</context>
<context>
    <name>qw::TableSource</name>
    <message>
        <source>%1, sheet &quot;%2&quot;</source>
        <translation>%1, Tabellenblatt „%2“</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 has no sheet &quot;%2&quot;. Its sheets are: %3 (by name or number, e.g. --sheet 2).</source>
        <translation>%1 hat kein Tabellenblatt „%2“. Die Tabellenblätter sind: %3 (nach Name oder Nummer, z. B. --sheet 2).</translation>
    </message>
    <message>
        <source>%1 is a link that leads nowhere or in a circle (to %2).</source>
        <translation>%1 ist eine Verknüpfung, die ins Leere oder im Kreis führt (nach %2).</translation>
    </message>
</context>
<context>
    <name>qw::TechnicalError</name>
    <message>
        <source>the file is damaged: parts of it cannot be read</source>
        <translation>die Datei ist beschädigt, Teile davon sind nicht lesbar</translation>
    </message>
    <message>
        <source>the file is not a project file or is damaged</source>
        <translation>die Datei ist keine Projektdatei oder beschädigt</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the file or its folder is write-protected</source>
        <translation>die Datei oder ihr Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>there is no permission to use the file</source>
        <translation>es fehlt die Berechtigung für die Datei</translation>
    </message>
    <message>
        <source>the file is in use by another program; close it there and try again</source>
        <translation>die Datei wird von einem anderen Programm benutzt; schließen Sie sie dort und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>reading or writing the disk failed (a network drive or USB stick may have been disconnected)</source>
        <translation>Lesen oder Schreiben auf dem Datenträger ist fehlgeschlagen (vielleicht wurde ein Netzlaufwerk oder USB-Stick getrennt)</translation>
    </message>
    <message>
        <source>the file cannot be opened (the folder may be missing, or there is no permission)</source>
        <translation>die Datei lässt sich nicht öffnen (der Ordner fehlt vielleicht, oder es fehlt die Berechtigung)</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>der Arbeitsspeicher reicht nicht aus</translation>
    </message>
    <message>
        <source>a value breaks a rule of the project file (for example a name that is already taken)</source>
        <translation>ein Wert verletzt eine Regel der Projektdatei (etwa ein Name, der schon vergeben ist)</translation>
    </message>
    <message>
        <source>a value is too large for the project file</source>
        <translation>ein Wert ist zu groß für die Projektdatei</translation>
    </message>
    <message>
        <source>the project file does not have the expected content</source>
        <translation>die Projektdatei hat nicht den erwarteten Inhalt</translation>
    </message>
    <message>
        <source>the project file could not be read or written</source>
        <translation>die Projektdatei konnte nicht gelesen oder geschrieben werden</translation>
    </message>
    <message>
        <source>its format is not one this program can read</source>
        <translation>ihr Format kann dieses Programm nicht lesen</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>sie lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>reading or writing it failed</source>
        <translation>Lesen oder Schreiben ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>there is no permission to write it</source>
        <translation>es fehlt die Berechtigung zum Schreiben</translation>
    </message>
    <message>
        <source>the format does not support this</source>
        <translation>das Format unterstützt das nicht</translation>
    </message>
    <message>
        <source>its content is not as expected</source>
        <translation>der Inhalt ist nicht wie erwartet</translation>
    </message>
    <message>
        <source>the geodata library reported an error</source>
        <translation>die Geodaten-Bibliothek hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>qw::TimeAnalysisController</name>
    <message>
        <source>C&amp;hange between two periods…</source>
        <translation>Veränderung zwischen &amp;zwei Zeitpunkten …</translation>
    </message>
    <message>
        <source>A map of the change of an indicator from one period to another: absolute, in % or in rank, red where things got worse</source>
        <translation>Eine Karte der Veränderung eines Indikators von einem Zeitpunkt zum anderen: absolut, in % oder im Rang, rot, wo es schlechter wurde</translation>
    </message>
    <message>
        <source>Ran&amp;ks over time…</source>
        <translation>Rang&amp;folge über die Zeit …</translation>
    </message>
    <message>
        <source>The 10 highest and the 10 lowest areas of an indicator across its periods: who climbed, who fell</source>
        <translation>Die 10 Gebiete mit den höchsten und die 10 mit den niedrigsten Werten eines Indikators über seine Zeiträume: wer auf-, wer abgestiegen ist</translation>
    </message>
    <message>
        <source>The change map was not created.</source>
        <translation>Die Veränderungskarte wurde nicht erstellt.</translation>
    </message>
</context>
<context>
    <name>qw::TimeSlider</name>
    <message>
        <source>Play the periods</source>
        <translation>Zeiträume abspielen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Period shown: drag, or step with Ctrl+Left and Ctrl+Right</source>
        <translation>Gezeigter Zeitraum: ziehen oder mit Strg+Links und Strg+Rechts weiterschalten</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Time per period while playing</source>
        <translation>Zeit je Zeitraum beim Abspielen</translation>
    </message>
    <message>
        <source>%1 s per period</source>
        <translation>%1 s je Zeitraum</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Nächster Zeitraum</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Voriger Zeitraum</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Play from</source>
        <translation>Abspielen ab</translation>
    </message>
    <message>
        <source>First period played</source>
        <translation>Erster abgespielter Zeitraum</translation>
    </message>
    <message>
        <source>Play to</source>
        <translation>Abspielen bis</translation>
    </message>
    <message>
        <source>Last period played</source>
        <translation>Letzter abgespielter Zeitraum</translation>
    </message>
    <message>
        <source>Play the periods one after the other, or pause (Ctrl+Space)</source>
        <translation>Die Zeitpunkte nacheinander abspielen oder anhalten (Strg+Leertaste)</translation>
    </message>
    <message>
        <source>Play or pause the periods</source>
        <translation>Zeitpunkte abspielen oder anhalten</translation>
    </message>
</context>
<context>
    <name>qw::TrendChart</name>
    <message>
        <source>no value (suppressed or missing)</source>
        <translation>kein Wert (gesperrt oder fehlend)</translation>
    </message>
    <message>
        <source>Range of the level</source>
        <translation>Spannweite der Ebene</translation>
    </message>
    <message>
        <source>Middle half of the level</source>
        <translation>Mittlere Hälfte der Ebene</translation>
    </message>
    <message>
        <source>No values to draw.</source>
        <translation>Keine Werte vorhanden.</translation>
    </message>
</context>
<context>
    <name>qw::TrendModel</name>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, in %2</translation>
    </message>
    <message>
        <source>Highest area</source>
        <translation>Höchstes Gebiet</translation>
    </message>
    <message>
        <source>Lowest area</source>
        <translation>Niedrigstes Gebiet</translation>
    </message>
    <message>
        <source>Third quartile</source>
        <translation>Drittes Quartil</translation>
    </message>
    <message>
        <source>First quartile</source>
        <translation>Erstes Quartil</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>qw::TrendPanel</name>
    <message>
        <source>Trend chart</source>
        <translation>Entwicklungsdiagramm</translation>
    </message>
    <message>
        <source>Left/Right: the values of the period before or after</source>
        <translation>Links/Rechts: die Werte des vorigen oder nächsten Zeitraums</translation>
    </message>
    <message>
        <source>Range (lowest to highest area)</source>
        <translation>Spannweite (niedrigstes bis höchstes Gebiet)</translation>
    </message>
    <message>
        <source>Middle half (quartiles)</source>
        <translation>Mittlere Hälfte (Quartile)</translation>
    </message>
    <message>
        <source>The grey band behind the lines: the spread of all areas of the level in each period</source>
        <translation>Das graue Band hinter den Linien: die Streuung aller Gebiete der Ebene in jedem Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Band:</source>
        <translation>&amp;Streuband:</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>The indicator shown has no values.</source>
        <translation>Der gezeigte Indikator hat keine Werte.</translation>
    </message>
    <message>
        <source>%1: the city and the spread of the areas</source>
        <translation>%1: die Stadt und die Streuung der Gebiete</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n area(s) against the city</source>
        <translation>
            <numerusform>%1: %n Gebiet im Vergleich zur Stadt</numerusform>
            <numerusform>%1: %n Gebiete im Vergleich zur Stadt</numerusform>
        </translation>
    </message>
    <message>
        <source>Select areas on the map or in the table to draw their lines.</source>
        <translation>Gebiete auf der Karte oder in der Tabelle auswählen, um ihre Linien zu zeichnen.</translation>
    </message>
    <message>
        <source>The first %1 of %2 selected areas are drawn.</source>
        <translation>Gezeichnet sind die ersten %1 der %2 ausgewählten Gebiete.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 bis %3</translation>
    </message>
    <message>
        <source>Point at a period to read its values here.</source>
        <translation>Auf einen Zeitraum zeigen: seine Werte stehen dann hier.</translation>
    </message>
    <message>
        <source>The map shows the change; the lines show the values themselves.</source>
        <translation>Die Karte zeigt die Veränderung, die Linien die Werte selbst.</translation>
    </message>
    <message>
        <source>The map shows classes; the lines show the index they are made from.</source>
        <translation>Die Karte zeigt Klassen, die Linien den Index, aus dem sie gebildet sind.</translation>
    </message>
</context>
<context>
    <name>qw::UndoController</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>qw::UnmatchedKeyModel</name>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Key in the file</source>
        <translation>Schlüssel in der Datei</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Name in der Datei</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Assigned area</source>
        <translation>Zugeordnetes Gebiet</translation>
    </message>
</context>
<context>
    <name>qw::ValueWording</name>
    <message>
        <source>suppressed (fewer than %1 cases)</source>
        <translation>gesperrt (weniger als %1 Fälle)</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
</context>
<context>
    <name>qw::ViewMenu</name>
    <message>
        <source>Zoom to f&amp;ull extent</source>
        <translation>&amp;Gesamtansicht</translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation>Auf &amp;Auswahl zoomen</translation>
    </message>
    <message>
        <source>&amp;Zoom in</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Verk&amp;leinern</translation>
    </message>
    <message>
        <source>Map &amp;title…</source>
        <translation>Karten&amp;titel …</translation>
    </message>
    <message>
        <source>Find &amp;indicator</source>
        <translation>&amp;Indikator suchen</translation>
    </message>
    <message>
        <source>Find &amp;area</source>
        <translation>Gebiet &amp;suchen</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Trend of t&amp;he selected areas</source>
        <translation>Ent&amp;wicklung der ausgewählten Gebiete</translation>
    </message>
    <message>
        <source>Contributions to the index of the selected area</source>
        <translation>Beitrag zum Index des gewählten Gebiets</translation>
    </message>
</context>
<context>
    <name>qw::ViewStateController</name>
    <message>
        <source>Unknown indicator &quot;%1&quot;.</source>
        <translation>Unbekannter Indikator „%1“.</translation>
    </message>
    <message>
        <source>Manual class breaks belong to the previous indicator.</source>
        <translation>Die manuellen Klassengrenzen gehören zum vorigen Indikator.</translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot; has no period &quot;%2&quot; (available: %3).</source>
        <translation>Der Indikator „%1“ hat keinen Zeitraum „%2“ (vorhanden: %3).</translation>
    </message>
    <message>
        <source>The project has no level &quot;%1&quot; (levels: %2).</source>
        <translation>Das Projekt hat keine Ebene „%1“ (Ebenen: %2).</translation>
    </message>
</context>
<context>
    <name>qw::ViewsPanel</name>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>%1 (unreadable)</source>
        <translation>%1 (nicht lesbar)</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>Save what the map shows as a view</source>
        <translation>Das Kartenbild als Ansicht speichern</translation>
    </message>
    <message>
        <source>Double-click a view to show it again; drag views to put them in the order of the presentation&apos;s slides</source>
        <translation>Doppelklick zeigt eine Ansicht wieder; Ansichten ziehen, um sie in die Reihenfolge der Präsentationsfolien zu bringen</translation>
    </message>
    <message>
        <source>Move the view up (Ctrl+Up)</source>
        <translation>Ansicht nach oben (Strg+Pfeil hoch)</translation>
    </message>
    <message>
        <source>Move the view down (Ctrl+Down)</source>
        <translation>Ansicht nach unten (Strg+Pfeil runter)</translation>
    </message>
</context>
<context>
    <name>qw::WorkbenchDocks</name>
    <message>
        <source>Indicators</source>
        <translation>Indikatoren</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Gebiete</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Mittelverteilung</translation>
    </message>
    <message>
        <source>Contributions to the index</source>
        <translation>Beitrag zum Index</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>Prioritäten</translation>
    </message>
</context>
<context>
    <name>qw::XlsxTableSource</name>
    <message>
        <source>%1: none of its sheets (%2) has a cell with content.</source>
        <translation>%1: Keines der Tabellenblätter (%2) hat eine Zelle mit Inhalt.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx) this program can read: it has no xl/workbook.xml. Save it again from the spreadsheet program.</source>
        <translation>%1 ist keine Excel-Arbeitsmappe (.xlsx), die dieses Programm lesen kann: Sie enthält keine xl/workbook.xml. Bitte speichern Sie sie im Tabellenprogramm erneut.</translation>
    </message>
    <message>
        <source>%1: the workbook is damaged or has no sheet (%2).</source>
        <translation>%1: Die Arbeitsmappe ist beschädigt oder hat kein Tabellenblatt (%2).</translation>
    </message>
    <message>
        <source>no sheets</source>
        <translation>keine Tabellenblätter</translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;: the sheet is damaged near row %3 (%4).</source>
        <translation>%1, Tabellenblatt „%2“: Das Tabellenblatt ist nahe Zeile %3 beschädigt (%4).</translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; is missing from the workbook.</source>
        <translation>%1: Das Tabellenblatt „%2“ fehlt in der Arbeitsmappe.</translation>
    </message>
</context>
<context>
    <name>qw::main</name>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation>der Screenshot kann nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>%1 has no triggers or views of others.</source>
        <translation>%1 enthält keine fremden Trigger oder Sichten.</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Entfernt: %1</translation>
    </message>
</context>
</TS>
