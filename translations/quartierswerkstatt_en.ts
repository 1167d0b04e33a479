<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw</name>
    <message>
        <source>--%1 takes a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown classification &quot;%1&quot; (choose %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown colour scheme &quot;%1&quot; (choose %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--overlay and --overlay-indicator go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--facilities takes all, none or a list of school, kita, youth_centre, other; not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--classification manual needs --breaks, e.g. --breaks 10,20,30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--breaks goes with --classification manual, not with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--classes does not go with --breaks: the breaks decide the number of classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 goes with --allocate KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--allocate needs --budget N, e.g. --allocate social_index --budget 500000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--offset and --need belong to the shifted value, not to --points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--allocate writes .csv, .xlsx or .pdf, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--allocate needs the output file (.csv, .xlsx or .pdf) or --save-allocation NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--per-period goes with --per POP_KEY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::AllocateCommand</name>
    <message>
        <source>--%1 %2 is ambiguous: write the number without thousands separators (e.g. 500000 or 12.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a number, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unit takes euro, staff or hours, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--need takes higher or lower, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pin takes KEY=AMOUNT, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 split over %n area(s) of the level %2 by %3 (%4): %5 at the floor, %6 at the cap, %7 fixed, %8 without a value</source>
        <translation>
            <numerusform>%1 split over %n area of the level %2 by %3 (%4): %5 at the floor, %6 at the cap, %7 fixed, %8 without a value</numerusform>
            <numerusform>%1 split over %n areas of the level %2 by %3 (%4): %5 at the floor, %6 at the cap, %7 fixed, %8 without a value</numerusform>
        </translation>
    </message>
    <message>
        <source>The project has no saved allocation &quot;%1&quot; (it has none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no saved allocation &quot;%1&quot; (it has: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the project as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::AllocationController</name>
    <message>
        <source>Allocate a &amp;budget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splits a budget (euros, staff positions or hours) over the areas by a needs indicator, with floor, cap and fixed amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved allocation &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the allocation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An allocation &quot;%1&quot; is saved already. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation saved in the project as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF with the rule, map and table (*.pdf);;Excel (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation &quot;%1&quot; deleted (Edit &gt; Undo brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::AllocationDialog</name>
    <message>
        <source>Allocate a budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the allocation and keeps it in the project under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Result&lt;/b&gt; (recomputed as you change the settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody (the need alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value, shifted to be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to every area&apos;s need, so the least needy area keeps some weight: need = value − lowest value + offset × range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>euros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in &amp;whole units (the parts add up to the budget exactly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split by (&amp;indicator):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per c&amp;lass:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More need at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Times (population):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counted in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Floor per area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed amounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved allocation &quot;%1&quot; is gone from the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No allocation with these settings:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap per a&amp;rea:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare wit&amp;h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period the population is read for; where it lacks the indicator&apos;s, the nearest year is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points of the areas of class %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::AllocationExport</name>
    <message>
        <source>Rule (to recompute it): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation of %1 by %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no allocation to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an allocation table is written as .csv or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows by amount, largest first (equal amounts by basis); areas without a value last.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::AllocationMap</name>
    <message>
        <source>Amount (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::AllocationMapView</name>
    <message>
        <source>Map of the amounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::AllocationPanel</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the settings of the shown allocation (Analysis &gt; Allocate a budget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF with the rule in words, the map and the table; Excel; CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the chosen saved allocation (Edit &gt; Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No allocation shown. Analysis &gt; Allocate a budget… computes one; a saved one opens from the list below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Allocation by %1&lt;/b&gt; (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; – by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::AllocationPinsEditor</name>
    <message>
        <source>&amp;Add fixed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An area given a fixed amount outside the key, e.g. a school with a contract of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::AllocationReport</name>
    <message numerus="yes">
        <source>%n area(s) of the level %1</source>
        <translation>
            <numerusform>%n area of the level %1</numerusform>
            <numerusform>%n areas of the level %1</numerusform>
        </translation>
    </message>
    <message>
        <source>change against &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts per area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;–&quot; = no value: %n area(s) without a value of the indicator were left out.</source>
        <translation>
            <numerusform>&quot;–&quot; = no value: %n area without a value of the indicator was left out.</numerusform>
            <numerusform>&quot;–&quot; = no value: %n areas without a value of the indicator were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule (to recompute it): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;not computed&quot;: %n area(s) the indicator leaves out by its own rule (%1).</source>
        <translation>
            <numerusform>&quot;not computed&quot;: %n area the indicator leaves out by its own rule (%1).</numerusform>
            <numerusform>&quot;not computed&quot;: %n areas the indicator leaves out by its own rule (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::AllocationRepository</name>
    <message>
        <source>The saved allocation &quot;%1&quot; in %2 cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was saved by a newer version of the program (rule version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it claims %1 areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area %1 has the unknown limit &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount of area %1 is no amount (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An allocation needs a name to be saved under.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::AllocationRule</name>
    <message>
        <source>staff positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>€%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 staff position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 staff positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule names no indicator to split the budget by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget must be a number above zero, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The floor per area must be zero or more, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cap per area must be above zero, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cap of %1 is below the floor of %2: no area could be given an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The floor of %1 per area is more than the whole budget of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed amount names no area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1 has two fixed amounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixed amount of area %1 must be zero or more, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixed amounts add up to %1, more than the budget of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed amount of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With whole units the %1 must be a whole number, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offset must be zero or more (a share of the range, e.g. 0.1), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the points per class from class 1 up, e.g. 0,1,2,3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points per class must be zero or more, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocation rule is too long (%1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote in the allocation rule is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no allocation rule (it must begin with &quot;%2%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocation rule was written by a newer version of the program (rule version %1; this one reads up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of the allocation rule has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocation rule names &quot;%1&quot; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of the allocation rule is malformed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of the allocation rule is no number: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown unit &quot;%1&quot; in the allocation rule (euro, staff or hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown basis &quot;%1&quot; in the allocation rule (shift or points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown need &quot;%1&quot; in the allocation rule (higher or lower).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points of the allocation rule are no list of numbers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;whole&quot; of the allocation rule takes 0 or 1, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed amount of the allocation rule is not AREA:AMOUNT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocation rule has an unknown field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocation rule lacks the field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocation rule by class points lacks the field &quot;points&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A budget of %1 is split over the %n area(s) of the level %2 by %3 (%4).</source>
        <translation>
            <numerusform>A budget of %1 is split over the %n area of the level %2 by %3 (%4).</numerusform>
            <numerusform>A budget of %1 is split over the %n areas of the level %2 by %3 (%4).</numerusform>
        </translation>
    </message>
    <message>
        <source>An area&apos;s need is its value minus the lowest value of all areas, plus %1 % of the range from the lowest to the highest value (a higher value means more need).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An area&apos;s need is the highest value of all areas minus its value, plus %1 % of the range from the lowest to the highest value (a lower value means more need).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An area&apos;s need is the points of its class (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each area gets at most %1: what the cap frees up is shared out again over the other areas by the same key until none is above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed amounts outside the key: %1; the key splits the remaining %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole euros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole staff positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts are %1: each area&apos;s share is rounded down and the units left over go to the areas with the largest remainders, so the parts add up to the budget exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts are not rounded; they are shown to two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocation rule gives a period of the population (per_period) but no population (per).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The need is multiplied by the area&apos;s %1 in %2: of two areas with the same need, the one with twice as many gets twice as much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each area gets the budget in proportion to this basis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each area gets the budget in proportion to this basis; the %n area(s) without a value get nothing: %1.</source>
        <translation>
            <numerusform>Each area gets the budget in proportion to this basis; the %n area without a value gets nothing: %1.</numerusform>
            <numerusform>Each area gets the budget in proportion to this basis; the %n areas without a value get nothing: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %1 for %2 areas there are fewer units than areas: %n area(s) get 0.</source>
        <translation>
            <numerusform>With %1 for %2 areas there are fewer units than areas: %n area gets 0.</numerusform>
            <numerusform>With %1 for %2 areas there are fewer units than areas: %n areas get 0.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) get 0: their share is less than one unit and its remainder too small to be rounded up.</source>
        <translation>
            <numerusform>%n area gets 0: its share is less than one unit and its remainder too small to be rounded up.</numerusform>
            <numerusform>%n areas get 0: their share is less than one unit and its remainder too small to be rounded up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) get nothing, as the indicator leaves them out (%1): %2.</source>
        <translation>
            <numerusform>%n area gets nothing, as the indicator leaves it out (%1): %2.</numerusform>
            <numerusform>%n areas get nothing, as the indicator leaves them out (%1): %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each area with a value gets at least %1 and at most %2: areas below the floor are raised to it, areas above the cap lowered to it, and the rest is shared out again over the other areas by the same key until no area is beyond a limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each area with a value gets at least %1: areas below it are raised to it, and the rest is shared out again over the other areas by the same key until none is below it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::AllocationTableModel</name>
    <message>
        <source>floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value, left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change against %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::AllocationTableView</name>
    <message>
        <source>Sum %1 of a budget of %2 · at the floor: %3 · at the cap: %4 · fixed: %5 · without a value: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) get 0 whole units</source>
        <translation>
            <numerusform>%n area gets 0 whole units</numerusform>
            <numerusform>%n areas get 0 whole units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::Allocator</name>
    <message>
        <source>No area has a value of %1 in %2: there is nothing to split the budget by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1 has the value %2 of %3, not a class from 1 to %4: points per class need a class indicator (such as KEY_class).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocation&apos;s inputs have different numbers of areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1 has a negative %2 (%3): the basis would be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1 has a fixed amount but is not one of the areas split over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No area without a fixed amount has a value to take the remaining %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget of %1 is smaller than the floors of the %2 areas (%2 x %3 = %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the fixed amounts %1 remain, less than the floors of the other %2 areas (%2 x %3 = %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every area&apos;s basis is zero (by %1 in %2): there is no key to split the budget by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the cap of %1 the %2 areas can take at most %3, less than the %4 to split: raise the cap or lower the budget.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::AreaContextMenu</name>
    <message>
        <source>&amp;Compare selected areas (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select 2 to 6 areas to compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to s&amp;election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deselect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select the areas of this class (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add them to the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map &amp;title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to f&amp;ull extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give a point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::AreaKeyLevel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The areas lie on different levels: %1. Choose areas of one level (--list-areas shows each key&apos;s level).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown area keys: %1 (--list-areas shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level %1 does not fit the areas %2: they are of the level %3 (leave --level out, the keys name their level).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::AreaLayerSource</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no polygon layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no layer &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; in %2 does not hold polygons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer &quot;%1&quot; has no field &quot;%2&quot; (fields: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: feature %2 has no value in the key field &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: area &quot;%2&quot; (feature %3) has no polygon geometry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPSG:%1 is not a known coordinate system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; occurs twice: %3 and %4. Keys must be unique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more feature(s) repeat a key of an earlier one.</source>
        <translation>
            <numerusform>%n more feature repeats a key of an earlier one.</numerusform>
            <numerusform>%n more features repeat a key of an earlier one.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is left out: its key &quot;%2&quot; belongs to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gets the key &quot;%2&quot;: &quot;%3&quot; belongs to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the coordinates of area &quot;%2&quot; (feature %3) cannot be converted to EPSG:%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, layer &quot;%2&quot;: %n feature(s) read</source>
        <translation>
            <numerusform>%1, layer &quot;%2&quot;: %n feature read</numerusform>
            <numerusform>%1, layer &quot;%2&quot;: %n features read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  areas written: %n (level &quot;%1&quot;, key field %2, name field %3)</source>
        <translation>
            <numerusform>  areas written: %n (level &quot;%1&quot;, key field %2, name field %3)</numerusform>
            <numerusform>  areas written: %n (level &quot;%1&quot;, key field %2, name field %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  duplicate keys (--duplicate-keys %1): %n handled</source>
        <translation>
            <numerusform>  duplicate keys (--duplicate-keys %1): %n handled</numerusform>
            <numerusform>  duplicate keys (--duplicate-keys %1): %n handled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  repaired geometries: %n</source>
        <translation>
            <numerusform>  repaired geometries: %n</numerusform>
            <numerusform>  repaired geometries: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>  coordinate system: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  source coordinate system (WKT): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To create the project anyway, add --duplicate-keys first (the first feature keeps the key, later ones are left out) or --duplicate-keys suffix (later ones get KEY-2, KEY-3, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an area layer this program can read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its coordinates cannot be converted to EPSG:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: area &quot;%2&quot; (feature %3) has a point that no city has (x = %4, y = %5 in EPSG:%6): a damaged coordinate. Correct it in the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the attribute table %2.dbf beside it is missing; a shapefile needs its .shp, .shx and .dbf files in one folder (copy them together).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::AreaLevelImport</name>
    <message>
        <source>%1 has no polygon layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has a level &quot;%1&quot; already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; is used by the area &quot;%3&quot; already; keys must be unique across levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: area &quot;%2&quot; names the parent &quot;%3&quot; in the field %4, but the project has no such area on its finest level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level &quot;%1&quot;: %2 areas, coarser than the existing levels; %3 areas assigned to them by largest overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level &quot;%1&quot;: %2 areas inside the existing areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a parent (no overlap): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired invalid geometries: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::AreaListPanel</name>
    <message>
        <source>Find area (name or key) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter selects the first match, Ctrl+Enter adds it to the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the selected areas with the city (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n area</numerusform>
            <numerusform>%n areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n area(s)</source>
        <translation>
            <numerusform>%1 of %n area</numerusform>
            <numerusform>%1 of %n areas</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::AreaReports</name>
    <message>
        <source>printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fictional demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools: %1 · Kitas: %2 · Youth centres: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities in the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) side by side with the city</source>
        <translation>
            <numerusform>%n area side by side with the city</numerusform>
            <numerusform>%n areas side by side with the city</numerusform>
        </translation>
    </message>
    <message>
        <source>Tint: blue = better, orange-red = worse than the city (by the indicator&apos;s direction). Spine chart: left = worst area, right = best area of the level; for neutral indicators right = highest; counts are not shown there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* The official figure for the city, from the statistics office&apos;s table; the areas in the project sum to: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period &quot;–&quot;: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: the latest of each indicator (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;.&quot; = suppressed (fewer cases than the indicator&apos;s minimum), &quot;–&quot; = no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tint: blue = better, orange-red = worse than the city (by the indicator&apos;s direction). Rank 1 = highest value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spine chart: from the worst to the best area (city in the middle)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::AreaTableModel</name>
    <message>
        <source>Estimated value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::AtlasController</name>
    <message>
        <source>Export &amp;atlas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles of every area of the shown level in one PDF, with a cover, a table of contents and the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atlas %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the atlas …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 of %2 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing page %1 of %2 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atlas cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The atlas was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Atlas of %n area(s) written to %1 (%2 pages).</source>
        <translation>
            <numerusform>Atlas of %n area written to %1 (%2 pages).</numerusform>
            <numerusform>Atlas of %n areas written to %1 (%2 pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::AtlasDocument</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Data: period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: periods up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data: last import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, last import %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: the latest of each indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atlas: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) of the level %1</source>
        <translation>
            <numerusform>%n profile of the level %1</numerusform>
            <numerusform>%n profiles of the level %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indicators (%n)</source>
        <translation>
            <numerusform>Indicators (%n)</numerusform>
            <numerusform>Indicators (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) of the level %1, in the order of their names</source>
        <translation>
            <numerusform>%n area of the level %1, in the order of their names</numerusform>
            <numerusform>%n areas of the level %1, in the order of their names</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name ending in .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist; the atlas cannot be written there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 takes no new files (no write permission?); the atlas cannot be written there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and cannot be overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::BreaksHistogram</name>
    <message>
        <source>Histogram of the values with the class breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No values in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n area(s)</source>
        <translation>
            <numerusform>%1 to %2: %n area</numerusform>
            <numerusform>%1 to %2: %n areas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::BumpChart</name>
    <message>
        <source>Rank 1 = highest value = most need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank 1 = highest value = least need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank 1 = highest value (the indicator has no direction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ranks over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>all %n areas (%1) with a value in %2</source>
        <translation>
            <numerusform>the %n area (%1) with a value in %2</numerusform>
            <numerusform>all %n areas (%1) with a value in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n highest and the %n lowest of %1 areas (%2) in %3</source>
        <translation>
            <numerusform>the highest and the lowest of %1 areas (%2) in %3</numerusform>
            <numerusform>the %n highest and the %n lowest of %1 areas (%2) in %3</numerusform>
        </translation>
    </message>
    <message>
        <source>same rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>climbed (more need)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>climbed (less need)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>climbed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fell (more need)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fell (less need)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ranks: the indicator has no values on this level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranks %L1 to %L2 squeezed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>periods %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ChangeMapDialog</name>
    <message>
        <source>&amp;Relative change in %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in ra&amp;nk (rank 1 = highest value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change between two periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Absolute change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Absolute change in percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Absolute change (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no indicator with two periods or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project already has &quot;%1&quot; (%2): it is shown for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New derived indicator &quot;%1&quot; (%2), shown for %3 against %4. It is kept with the project and can be compared, saved in a view and exported; Undo removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A school year and a calendar year are periods of different kinds: a change between them holds only by the mapping chosen here, which the legend states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set against calendar years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the calendar year they begin in (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the calendar year they end in (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ClassBreaksCommand</name>
    <message>
        <source>Manual class breaks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ClassRule</name>
    <message>
        <source>&quot;%1&quot; are no classes: write sd:-1,1,1.5 (standard deviations), quantile:4 or manual:0.5,1.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantile:%1: the number of classes is a whole number from 2 to 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the threshold &quot;%1&quot; in &quot;%2&quot; is no number (with a decimal point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the thresholds in &quot;%1&quot; must rise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; makes more than 9 classes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::Classification</name>
    <message>
        <source>Quantiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretty breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard deviation around the mean of the areas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::CommandLine</name>
    <message>
        <source>Quartierswerkstatt: maps and comparisons of education indicators by Sozialraum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one project file can be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either a project file or --demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language takes de or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--list-indicators and --list-areas need a project file or --demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--new needs --areas FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-map needs a project file or --demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--indicator, --period and the other map options need a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--layout takes long, wide-indicator or wide-period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--x and --y go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--facilities FILE needs a project file or --new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--add-level needs --level NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--import, --add-level, --undo-import and --import-log need a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-profile and --export-comparison need the output file after the key(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-comparison takes 2 to 6 area keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-profile and --export-comparison need a project file or --demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--duplicate-keys takes fail, first or suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a row or rows of the sheet such as 5, 4-6 or 7- (1-based), not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--raw-numbers goes with --export-comparison to a .csv or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--derive needs a key and &quot;NAME=formula&quot;, e.g. --derive child_poverty_change &quot;Veränderung Kinderarmut=change(child_poverty, 2)&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--derive needs a project file or --demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--allocate needs a project file or --demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--index needs a project file or --demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sensitivity needs a project file or --demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name-en goes with --derive or --index, e.g. --derive child_poverty_change &quot;Veränderung Kinderarmut=change(child_poverty, 2)&quot; --name-en &quot;Change in child poverty&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name-en needs a name, e.g. --name-en &quot;Social index 2024&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-series needs a project file or --demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-frames needs a project file or --demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--notes-import and --notes-export need a project file or --demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-atlas writes a .pdf file, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-atlas needs a project file or --demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--priorities-import and --priorities-export need a project file or --demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::CommandLineOptions</name>
    <message>
        <source>Open the demo city Musterstadt (generated on first use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to show (default: the latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification: quantile, equal, jenks, stddev, pretty or manual (with --breaks; default: quantile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of classes, 2 to 9 (default: 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual classes: 1 to 8 rising breaks inside the data, with a decimal point (implies --classification manual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour scheme, e.g. OrRd, Blues, viridis, cividis, RdBu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second indicator as circles or as a bivariate 3x3 map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second indicator for --overlay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area labels: none, names or values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the map (default: the indicator&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities shown: all, none or e.g. school,kita.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the view saved in the project under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what the window shows (after the other options) in the project as a view of this name, replacing one of the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare these areas (2 to 6 keys of one level) with the city; the map shows their level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show 2 to 4 linked maps side by side; each is an indicator key, a period of the shown indicator, or KEY@PERIOD. With --export-map all go on one page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window at 1600x1000, save it as PNG and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the map (title, legend, scale bar, source) as PNG, SVG or PDF and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write small multiples of the indicator (one map per period in a grid, one legend, the city&apos;s value over the periods underneath) on one page as PDF, PNG or SVG and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one PNG map page per period of the indicator into the folder DIR (created if missing), named KEY_PERIOD.png, for slides, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution of PNG exports (default: 150).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the profile of one area of any level (key figures, every indicator with city value, rank and trend, facilities) as PDF to FILE.pdf and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the comparison of 2 to 6 areas with the city to FILE (.pdf with charts, .csv or .xlsx) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export-comparison to .csv or .xlsx: write values at full precision instead of the indicator&apos;s decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --derive or --index: the indicator&apos;s English name (default: the German name, in both languages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split a budget over the areas of a level by the need the indicator KEY shows (with --budget) and write the table to FILE (.csv, .xlsx or .pdf with the rule in words and a map).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --allocate: the budget to split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --allocate: euro, staff or hours (default: euro).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --allocate: the least amount per area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --allocate: the largest amount per area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --allocate: multiply the need by this count (e.g. children under 18).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --allocate: points per class of a class indicator, from class 1 up, instead of the shifted value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --allocate: the need is value - lowest value + this share of the range (default: 0.1, also written 10%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --allocate: whether a higher or a lower value means more need (default: by the indicator&apos;s direction).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --allocate: a fixed amount for one area; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --allocate: whole units, rounded by largest remainder so that the parts add up to the budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --allocate: save the allocation in the project under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --allocate: show the change against the allocation saved under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print key, name, unit and periods of each indicator (tab-separated) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print key, name and level of each area (tab-separated) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new project from an area layer (with --areas) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area layer for --new: GeoPackage, Shapefile, GeoJSON, GML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer of the area file (default: its first polygon layer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field with the area key (default: guessed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field with the area name (default: guessed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area level: its name for --new and --add-level (default: Sozialraum); the level the map shows otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project coordinate system (default: the layer&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --new: the city&apos;s name (e.g. Berlin); a table&apos;s row of that name is the city&apos;s total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --new: features whose key an earlier feature has stop the import (fail, the default), are left out (first) or get KEY-2, KEY-3 (suffix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: de or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a department table (CSV, XLSX, ODS) into the project, print the report and exit. Settings are remembered per --source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the delivery, e.g. &quot;Schulamt Übergänge&quot; (default: the file name without dates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department that delivers the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table layout: long, wide-indicator or wide-period (default: guessed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value column of a long table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerator column of a long table: the rate is computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denominator column of a long table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator columns (wide-indicator) or period columns (wide-period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute a rate in % from two columns; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text encoding: UTF-8, Windows-1252 or ISO-8859-1 (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field delimiter: ; , tab or | (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal mark: , or . (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet of a workbook, by name or number (default: the first with data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the table&apos;s header, 1-based as the spreadsheet numbers them, e.g. 4-6 (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the data, e.g. 7-45 or 7- (default: detected; notes below the table are passed over).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept every unique suggestion for keys that match no area (leading zeros, names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and report, but write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the project&apos;s last import and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a level of areas (e.g. Stadtbezirke) from a polygon layer, with --level NAME, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --add-level: the field holding the key of the enclosing area (default: largest overlap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --add-level: merge the features that share a key into one area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the project&apos;s import log and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of the facilities: school, kita, youth_centre or other (default: from the file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field with the facility type, e.g. the school type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column with the x coordinate (or longitude) of a facility table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column with the y coordinate (or latitude) of a facility table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define a derived indicator KEY from the argument &quot;NAME=formula&quot; and compute it: rate(a, b, 100), change(a, 2), pct_change(a, 2), sum(a, b, ...), diff(a, b); change(a, 5, school_year_as=start) sets a school year against the calendar year it begins in (=end: ends in). NAME is the German name; --name-en gives the English one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --per: the population&apos;s period, where it has not the index&apos;s (default: the index&apos;s period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the atlas of a level (--level, default: the finest) as PDF and exit: a cover with the city map and the indicators, a table of contents, and the profile of every area with its notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window in presentation mode (full screen, on the second screen where there is one; Esc leaves it), showing the other options&apos; map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the triggers and views in the project that Quartierswerkstatt did not write (a project that has them is not opened), list them and exit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ComparisonCharts</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ComparisonChartsView</name>
    <message>
        <source>&amp;Bars of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spine chart: worst area (left) to best (right); city in the middle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ComparisonController</name>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose 2 to 6 areas to compare (%1 chosen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cha&amp;rts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ComparisonExport</name>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the comparison table is written as .csv or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This GDAL has no XLSX driver; export the comparison as CSV instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ComparisonModel</name>
    <message>
        <source>Rank %1 (1 = highest), %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the official city figure; the areas sum to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches the chosen period %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (chosen: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ComparisonView</name>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ContributionReport</name>
    <message>
        <source>Contribution to the index: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index %1, rank %2 of %3 (1 = most need), class %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · weight %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution = weight × standardised value (turned by the direction) / sum of weights; red adds to the need, blue lowers it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::Crs</name>
    <message>
        <source>without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s coordinate system %1 cannot be converted to longitude/latitude; choose the project&apos;s coordinate system, e.g. EPSG:25832.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file names no coordinate system (no .prj file or no CRS in it); choose the project&apos;s coordinate system, e.g. EPSG:25832.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as requested; the file names no coordinate system, so its coordinates are taken to be in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as requested; the areas are reprojected from the file&apos;s coordinate system %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as requested, the file&apos;s own coordinate system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the file&apos;s own coordinate system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file&apos;s coordinate system %2 carries no EPSG code; PROJ identifies it as EPSG:%3 with %4 % confidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is in longitude/latitude (%2), so the project takes the UTM zone of the data&apos;s centre (%3) and the areas are reprojected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the nearest, EPSG:%1, matches with %2 % confidence only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: PROJ finds no EPSG code for the file&apos;s coordinate system %2 (%3), so the project takes the UTM zone of the data&apos;s centre (%4) and the areas are reprojected from the file&apos;s own definition.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::CsvFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::CsvTableSource</name>
    <message>
        <source>%1, line %2, column %3: the byte 0x%4 is not valid %5 text. The file has another encoding; choose it (for example Windows-1252).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text table (CSV): it holds binary data. Export the table from its program as CSV or as an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::DefineDerivedCommand</name>
    <message>
        <source>New derived indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s) computed.</source>
        <translation>
            <numerusform>%1: %n value computed.</numerusform>
            <numerusform>%1: %n values computed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The derived indicator %1 was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The derived indicator %1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::DefineIndexCommand</name>
    <message>
        <source>Change index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index was not computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the index %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index %1 was not computed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index %1 was computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the index %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index %1 was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index %1 was put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index %1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::DeriveCommand</name>
    <message>
        <source>--derive %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 = %3): %n value(s) computed</source>
        <translation>
            <numerusform>%1 (%2 = %3): %n value computed</numerusform>
            <numerusform>%1 (%2 = %3): %n values computed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::DerivedCalculator</name>
    <message>
        <source>a count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no period</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the formula %1 needs %n input(s)</source>
        <translation>
            <numerusform>the formula %1 needs %n input</numerusform>
            <numerusform>the formula %1 needs %n inputs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 works on counts, but &quot;%2&quot; (%3) is %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff() subtracts like from like, but &quot;%1&quot; (%2) and &quot;%3&quot; (%4) differ in kind or unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the formula mixes school years and calendar years: &quot;%1&quot; has %2, &quot;%3&quot; has %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has values for %2 only: there is no value %n year(s) earlier to compare with</source>
        <translation>
            <numerusform>&quot;%1&quot; has values for %2 only: there is no value %n year earlier to compare with</numerusform>
            <numerusform>&quot;%1&quot; has values for %2 only: there is no value %n years earlier to compare with</numerusform>
        </translation>
    </message>
    <message>
        <source>the inputs have no period in common (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::DerivedController</name>
    <message>
        <source>New &amp;derived indicator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A share, a change over years, a sum or a difference computed from indicators of the project, and kept up to date when they change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New derived indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator was not created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::DerivedIndicatorDialog</name>
    <message>
        <source>New derived indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share or rate of two counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change against earlier years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in % against earlier years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. child_poverty_change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (&amp;German):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values (latest period):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in % (per 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per 1,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as a share (per 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numerator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Denominator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> year(s) earlier</source>
        <translation>
            <numerusform> year earlier</numerusform>
            <numerusform> years earlier</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compared with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator and years as for the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counts to add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subtract:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least two counts to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ke&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in rank against earlier years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator and years as for the change; rank 1 is the highest value, a positive change is a climb.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::DerivedIndicators</name>
    <message>
        <source>&quot;%1&quot; is no indicator key: use letters, digits and _ (e.g. child_poverty_change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the derived indicator &quot;%1&quot; needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an imported indicator (%2): choose another key for the derived one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be computed from itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown indicator &quot;%1&quot; in %2 (--list-indicators lists the keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the formula would go round in a circle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its input &quot;%2&quot; is no longer in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gives no value: its inputs have none in common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no derived indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is computed from &quot;%2&quot;: remove that first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs to a composite index: choose another key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ExportMapCommand</name>
    <message>
        <source>The project has no level &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot; has no period to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::FacilityImport</name>
    <message>
        <source>%1 has no layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a point but a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no coordinate columns; name them with --x and --y. The columns are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no coordinates (&quot;%1&quot;, &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPSG:%1 is not a known coordinate system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not say which coordinate system it uses; give it with --crs (for example EPSG:25832).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its coordinates cannot be converted to EPSG:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot; (%3). Its fields are: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key field: facilities are numbered in file order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key %1 occurs already in line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the coordinates %1, %2 cannot be converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside every area (%1, %2 in the project&apos;s coordinates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 facilities read (kind %3, key field %4, name field %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  assigned to an area: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ... and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  feature %1 (key %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file with points this program can read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s x and y (longitude and latitude) are swapped: all %1 points lie outside every area as given and inside when swapped, so they were taken swapped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::HeaderDetector</name>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it has no cell with text or numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 does not exist; the rows with content are %4 to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no number in its first %2 rows, so no table of values was found. The rows read:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no rows of values below a header were found. Choose the rows (--header-rows, --data-rows). The first rows read:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no header row was found above the first row of values (row %2). Choose it with --header-rows. The first rows read:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the data rows (%2) must start below the header rows (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header rows %2 name no column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::HelpController</name>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Quartierswerkstatt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Quartierswerkstatt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Quartierswerkstatt %1&lt;/h3&gt;&lt;p&gt;A planning workbench for municipal education monitoring: maps of Sozialräume with indicator overlays and side-by-side comparison of quarters.&lt;/p&gt;&lt;p&gt;The demo city Musterstadt and all its data are fictional.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::HelpWindow</name>
    <message>
        <source>Quartierswerkstatt – User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ImportCataloguePage</name>
    <message>
        <source>New indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each new indicator gets a catalogue entry. Polarity decides the colours: darker and redder always means worse. Values below the minimum case count are suppressed on maps and in exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the import into %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new indicator(s); %2 existing indicator(s) get new values. &quot;%4&quot; writes %3 values in one step; it can be undone with File &gt; Undo last import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ImportCommand</name>
    <message>
        <source>--delimiter takes one character or tab, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate takes NAME=NUMERATOR/DENOMINATOR, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding takes UTF-8, Windows-1252 or ISO-8859-1, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--decimal takes , or .</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &quot;%1&quot;: using the settings remembered from its last import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; (new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1, delimiter &quot;%2&quot;, decimal mark &quot;%3&quot;; layout %4; key column %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted %1 suggested key(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing could be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 written to %2. Undo with --undo-import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind takes school, kita, youth_centre or other, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--crs takes EPSG:number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no facility could be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no import to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: import %1 of %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table: %1; header rows %2, data rows %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column %1 holds area names: rows are matched by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id	time	kind	source	file	SHA-256	rows read	matched	rejected	undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ImportController</name>
    <message>
        <source>&amp;Import table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import indicator values from a department&apos;s CSV or Excel table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;facilities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import schools, Kitas or youth centres as points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 values from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points (*.geojson *.json *.gpkg *.shp *.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of facilities are in %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 facilities?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 facilities from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no import to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the import of %1 (%2, %3)? The values and facilities it wrote are removed and what it replaced comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1 undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the newest import of the project&apos;s import log, also one made in an earlier session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ImportLog</name>
    <message numerus="yes">
        <source>%1: %n row(s) read</source>
        <translation>
            <numerusform>%1: %n row read</numerusform>
            <numerusform>%1: %n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  matched to areas: %n row(s)</source>
        <translation>
            <numerusform>  matched to areas: %n row</numerusform>
            <numerusform>  matched to areas: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  rejected: %n row(s)</source>
        <translation>
            <numerusform>  rejected: %n row</numerusform>
            <numerusform>  rejected: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  values: %n</source>
        <translation>
            <numerusform>  values: %n</numerusform>
            <numerusform>  values: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>  periods: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  new indicators: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  existing indicators: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  areas without a value (%n): %1</source>
        <translation>
            <numerusform>  areas without a value (%n): %1</numerusform>
            <numerusform>  areas without a value (%n): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more</source>
        <translation>
            <numerusform>  ... and %n more</numerusform>
            <numerusform>  ... and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (%2, the city)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  totals, not areas: %n row(s): %1</source>
        <translation>
            <numerusform>  totals, not areas: %n row: %1</numerusform>
            <numerusform>  totals, not areas: %n rows: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  official city figures: %n</source>
        <translation>
            <numerusform>  official city figures: %n</numerusform>
            <numerusform>  official city figures: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not imported, rows and cells (%n):</source>
        <translation>
            <numerusform>Not imported, rows and cells (%n):</numerusform>
            <numerusform>Not imported, rows and cells (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  not imported from rows that were: %n cell(s)</source>
        <translation>
            <numerusform>  not imported from rows that were: %n cell</numerusform>
            <numerusform>  not imported from rows that were: %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  coarser areas that get their values from their parts: %n</source>
        <translation>
            <numerusform>  coarser areas that get their values from their parts: %n</numerusform>
            <numerusform>  coarser areas that get their values from their parts: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Symbols of official statistics instead of numbers (%n cell(s)):</source>
        <translation>
            <numerusform>Symbols of official statistics instead of numbers (%n cell):</numerusform>
            <numerusform>Symbols of official statistics instead of numbers (%n cells):</numerusform>
        </translation>
    </message>
    <message>
        <source>  line %1, column %2: &quot;%3&quot; = %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ImportMatchPage</name>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys stay text: &quot;05&quot; is not &quot;5&quot;. Accept a suggestion or pick the area for each key that matches none; the choice is remembered for this source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept all suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row of %1 matches an area of the project, so there is nothing to import. Check the key column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read: %2 matched to areas, %3 rejected; %4 single cell(s) not imported. %5 values for %6 indicator(s). %7 of %8 areas get no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n coarser area(s) get their values by summing their parts.</source>
        <translation>
            <numerusform>%n coarser area gets its values by summing its parts.</numerusform>
            <numerusform>%n coarser areas get their values by summing their parts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) hold a symbol such as &quot;k.A.&quot; or &quot;.&quot; instead of a number; the report lists them with their rows.</source>
        <translation>
            <numerusform>%n cell holds a symbol such as &quot;k.A.&quot; or &quot;.&quot; instead of a number; the report lists them with their rows.</numerusform>
            <numerusform>%n cells hold a symbol such as &quot;k.A.&quot; or &quot;.&quot; instead of a number; the report lists them with their rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::ImportTablePage</name>
    <message>
        <source>Table and columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what was detected; every setting can be changed. The preview shows the first rows as they will be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings and key assignments are remembered under this name for the next delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (12,5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point (12.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One column per indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One column per period (e.g. 2019/20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long: area, indicator, period, value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2024 or 2023/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area &amp;key column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area na&amp;me column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator named by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate = numerator / denominator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns to import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed rates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.tsv *.xlsx *.xls *.ods);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(one period for the file:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the rate (in %):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerator column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denominator column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a CSV, XLSX, ODS or XLS file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown instead: the rows the program found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ImportUndoCommand</name>
    <message>
        <source>Import of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the import of %1 (%2)? It was made before the project was opened, so Redo cannot bring it back; import the file again for that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 is no longer the newest import of the project; it is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1 undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1 done again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ImportWizard</name>
    <message>
        <source>Import a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::IndexBuilderDialog</name>
    <message>
        <source>Standardise the weighted mean again (z-scores, as MSS does)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a needs index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (&amp;German):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(keep every area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out &amp;under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every period the inputs share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z-scores (MSS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min–max (0 … 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percentiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standardisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thresholds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number of classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dynamics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one indicator as an input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 class names (one per class, separated by ;) or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the index a key and a German name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the needs index</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n area(s) in the index</source>
        <translation>
            <numerusform>%1: %n area in the index</numerusform>
            <numerusform>%1: %n areas in the index</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n left out by the population rule. </source>
        <translation>
            <numerusform>, %n left out by the population rule. </numerusform>
            <numerusform>, %n left out by the population rule. </numerusform>
        </translation>
    </message>
    <message>
        <source>Classes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the status indicators. Direction: a higher value means more or less need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &amp;inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamics cl&amp;asses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hresholds (dynamics):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Num&amp;ber of classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamics (&amp;ready-made changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change of the status inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready-made changes (tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one ready-made change on the dynamics tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 dynamics class names (one per class, separated by ;) or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names of the d&amp;ynamics classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class na&amp;mes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change o&amp;ver (years):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dynamics index is built the same way over changes: either the change of each status input over some years (Dynamics on the right), or the ready-made changes ticked here (Berlin&apos;s MSS publishes D1, D3, D4): a tick here chooses them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::IndexCalculator</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot; (the project has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index needs at least one input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown indicator &quot;%1&quot; (--list-indicators lists the keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no values in %2 (it has %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inputs have no period in common (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no period of the index (%1) has values %n year(s) earlier to compute the dynamics from</source>
        <translation>
            <numerusform>no period of the index (%1) has values %n year earlier to compute the dynamics from</numerusform>
            <numerusform>no period of the index (%1) has values %n years earlier to compute the dynamics from</numerusform>
        </translation>
    </message>
    <message>
        <source>the dynamics inputs have no values in the periods of the index (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the population indicator %1 has no values for %2 (it has %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every one of the %n area(s) on the level &quot;%1&quot; has fewer than %L2 inhabitants (%3) in %4: there is nothing to compute</source>
        <translation>
            <numerusform>the %n area on the level &quot;%1&quot; has fewer than %L2 inhabitants (%3) in %4: there is nothing to compute</numerusform>
            <numerusform>every one of the %n areas on the level &quot;%1&quot; has fewer than %L2 inhabitants (%3) in %4: there is nothing to compute</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no values on the level &quot;%2&quot; in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weights of the index sum to zero: give at least one input a weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no area on the level &quot;%1&quot; has a value of every input in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the same value in every area kept in %2: it cannot be standardised (its standard deviation is zero)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weighted inputs cancel out: the index has the same value in every area in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index has no values in %1 (it has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no direction: choose whether a higher value means more need or less</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no area on the level &quot;%1&quot; is left in %2: %n area(s) have fewer than %L3 inhabitants (%4), and the others lack a value of an input</source>
        <translation>
            <numerusform>no area on the level &quot;%1&quot; is left in %2: %n area has fewer than %L3 inhabitants (%4), and the others lack a value of an input</numerusform>
            <numerusform>no area on the level &quot;%1&quot; is left in %2: %n areas have fewer than %L3 inhabitants (%4), and the others lack a value of an input</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::IndexClassesEditor</name>
    <message>
        <source>standard deviations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One name per class from the lowest index up, separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascending, e.g. -1,1,1.5 or, with decimal commas, -1; 1; 1,5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::IndexCommand</name>
    <message>
        <source>--%1 gives %2 weights for %3 inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is no weight of 0 or more (with a decimal point; turn an input round with -KEY in --from instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --index: the input indicators; +KEY or -KEY says that a higher value means more or less need (default: from the indicator&apos;s polarity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --index: a weight per input (default: equal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --index: leave out the areas under this population (shown as &quot;not computed&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --index: the names of the classes from the lowest index value up (default for sd:-1,1,1.5: hoch, mittel, niedrig, sehr niedrig).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --index: z (z-scores, the default), minmax, rank or percentile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --index: keep the weighted mean as it is instead of making it a z-score again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --index: also a dynamics index over the change of the inputs over K years, and the status x dynamics groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --index: a dynamics index from indicators that are changes already (e.g. Berlin&apos;s D1,D3,D4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --dynamics-from: a weight per input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from names no input indicator, e.g. --from s1,s3,s4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--exclude-below takes the population indicator and the threshold, e.g. --exclude-below ew:300</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--standardise takes z, minmax, rank or percentile, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --dynamics K (the change of the inputs) or --dynamics-from (indicators that are changes already), not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dynamics takes a number of years from 1 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dynamics-weights goes with --dynamics-from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--class-names gives %1 names for %2 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index needs a name: --name &quot;Sozialindex 2024&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 = %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 areas in the index%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) computed</source>
        <translation>
            <numerusform>%n value computed</numerusform>
            <numerusform>%n values computed</numerusform>
        </translation>
    </message>
    <message>
        <source>Define a composite index KEY (with --name, the German name, --name-en and --from) and compute it with its class (KEY_class) and, with --dynamics, KEY_dynamics, KEY_dynamics_class and KEY_group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::IndexContributions</name>
    <message>
        <source>The index has no inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights sum to zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inputs do not compute an index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area is not in the index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no composite index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area is not on the index&apos;s level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input &quot;%1&quot; is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index (before re-standardising)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contributions add up to the index, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contributions add up to %1. The index standardises that sum again over the areas kept (mean %2, standard deviation %3): (%4 − %2) / %3 = %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::IndexContributionsPanel</name>
    <message>
        <source>Red: adds to the need; blue: lowers it. Contribution = weight × standardised value / sum of weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no composite index yet (Analysis &gt; Build a needs index).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an area on the map or in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3): index %4, rank %5 of %6 (1 = most need), class %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · weight %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::IndexController</name>
    <message>
        <source>Build a &amp;needs index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A composite index (Sozialindex) of several indicators: standardised, weighted, in classes, kept up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edi&amp;t the needs index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the recipe of the index shown on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the needs index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a composite index or one of its classes on the map first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a needs index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index was not created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::IndexIndicators</name>
    <message>
        <source>unknown indicator &quot;%1&quot; (--list-indicators lists the keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) has no direction: write +%1 if a higher value means more need, -%1 if it means less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no indicator key: use letters, digits and _ (e.g. sozialindex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index &quot;%1&quot; needs a name (--name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class names cannot contain ; | or &quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weights of the index sum to zero: give at least one input a weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is already in the catalogue (%2): choose another key for the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be computed from itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no composite index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is computed from &quot;%2&quot;: remove that first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::IndexInputsTable</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::IndexRecipe</name>
    <message>
        <source>a quote in &quot;%1&quot; is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an input of the index is empty in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n weight(s) given for %1 input(s): give one per input, e.g. weights=1,1,1</source>
        <translation>
            <numerusform>%n weight given for %1 input: give one per input, e.g. weights=1,1,1</numerusform>
            <numerusform>%n weights given for %1 inputs: give one per input, e.g. weights=1,1,1</numerusform>
        </translation>
    </message>
    <message>
        <source>the weight &quot;%1&quot; is no number of 0 or more (turn an input round with its direction, -KEY, instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a class name is empty in &quot;%1&quot; (separate them with |)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no index: write index(KEY, KEY, ...; weights=1,1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the index needs a value: NAME=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exclude=%1: write the population indicator and the threshold, e.g. exclude=ew&lt;300</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standardise=%1: choose z, minmax, rank or percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restandardise=%1: write yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dynamics=%1: the number of years is a whole number from 1 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown part &quot;%1&quot; of the index (known: weights, exclude, level, period, standardise, restandardise, classes, names, dynamics, dynamics_weights, dynamics_classes, dynamics_names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dynamics_weights go with dynamics=KEY,KEY,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n class name(s) for %1 classes</source>
        <translation>
            <numerusform>%n class name for %1 classes</numerusform>
            <numerusform>%n class names for %1 classes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dynamics class name(s) for %1 classes</source>
        <translation>
            <numerusform>%n dynamics class name for %1 classes</numerusform>
            <numerusform>%n dynamics class names for %1 classes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (reversed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equal weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z-scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scaled from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percentile ranks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over the areas with at least %L2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standardised again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classes at %1 standard deviations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n classes of equal size</source>
        <translation>
            <numerusform>%n class of equal size</numerusform>
            <numerusform>%n classes of equal size</numerusform>
        </translation>
    </message>
    <message>
        <source>classes at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>dynamics: the change of the inputs over %n year(s)</source>
        <translation>
            <numerusform>dynamics: the change of the inputs over %n year</numerusform>
            <numerusform>dynamics: the change of the inputs over %n years</numerusform>
        </translation>
    </message>
    <message>
        <source>dynamics of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::Indicator</name>
    <message>
        <source>not computed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::IndicatorCatalogueModel</name>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher is worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::IndicatorPanel</name>
    <message>
        <source>Search indicators…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::IndicatorTreeModel</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::Legend</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppressed in either indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppressed in either indicator (fewer than %1 cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppressed in either indicator (fewer than %1 or %2 cases)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::MainWindow</name>
    <message>
        <source>Quartierswerkstatt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Quartierswerkstatt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 areas · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fictional demo data – not a real city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the map and its legend (empty: the indicator&apos;s name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare selected areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every period of the indicator on one page, one legend, the city&apos;s value underneath</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ManualBreaks</name>
    <message>
        <source>break %1 is empty; separate the breaks by single commas, e.g. 10,20,30.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; write the breaks with a decimal point, separated by commas, e.g. 10,20,30.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one break (two classes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 breaks (%2 classes) are possible, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break %1 is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The break %1 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breaks must rise: %1 comes after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no values to divide into classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All values are equal (%1): there is nothing to divide into classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The break %1 lies outside the values (%2 to %3); each break must lie between the smallest and the largest value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ManualBreaksDialog</name>
    <message>
        <source>&amp;Add break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual class breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes and their upper breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splits the selected class in the middle (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins the selected class with the next one (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each class includes its upper break. Type a number in the Upper break column (F2 or a double click edits it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an indicator first: the breaks divide its values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ManualBreaksModel</name>
    <message>
        <source>%1 (largest value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last class ends at the largest value of all periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upper break of this class (included in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class (as in the legend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No area has a value in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) with a value in %1: smallest %2, largest %3.</source>
        <translation>
            <numerusform>%n area with a value in %1: smallest %2, largest %3.</numerusform>
            <numerusform>%n areas with a value in %1: smallest %2, largest %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The classes cover the values of all periods, %1 to %2, so a colour means the same in every year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::MapExportController</name>
    <message>
        <source>Export map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator shown has only one period: there is no series to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::MapLayout</name>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose a file ending in .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the image could not be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no map to export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::MapLegends</name>
    <message>
        <source>higher values to the right and up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kitas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamics →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status (%1 = least need)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = least need, %2 = improving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::MapPanes</name>
    <message>
        <source>&lt;b&gt;Map comparison&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked: extent, hovered area, selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maps move together and share the hovered and the selected areas. An indicator&apos;s classes are the same in every period, so equal colours mean equal values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a map pane (at most %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to one map (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name %1 to %2 maps (indicator, period or indicator@period), not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator of map %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period of map %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an indicator key nor a period of &quot;%2&quot; (periods: %3). See --list-indicators for the keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::MapPanesController</name>
    <message>
        <source>&amp;Map comparison (linked maps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two to four maps side by side: one indicator in two periods, or two indicators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::MapPanesLayout</name>
    <message>
        <source>Map comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::MapTooltip</name>
    <message>
        <source>(estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank %1 of %2 (1 = highest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::MapViewControls</name>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bivariate 3×3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay of a second indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area na&amp;mes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automatic (by polarity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kitas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Youth centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual class &amp;breaks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <comment>opens a dialog</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manual breaks decide the number of classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one colour per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes such as an index&apos;s classes get one colour each; there is nothing to classify.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::MapWidget</name>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::NewProjectCommand</name>
    <message>
        <source>%1 exists already; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--crs takes EPSG:number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no polygon layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no layer &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired invalid geometries (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1: %2 areas from layer &quot;%3&quot; (key field %4, name field %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinate system: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate keys (--duplicate-keys %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::NewProjectDialog</name>
    <message>
        <source>Sozialraum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project from GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the file&apos;s, e.g. EPSG:25832</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinate system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an area file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector data (*.gpkg *.shp *.geojson *.json *.gml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has no polygon layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a file with a polygon layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the coordinate system as EPSG:number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save new project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartierswerkstatt projects (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new file: the source file stays unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n geometry(s) were invalid and have been repaired:</source>
        <translation>
            <numerusform>%n geometry was invalid and has been repaired:</numerusform>
            <numerusform>%n geometries were invalid and have been repaired:</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the first, leave out later ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number later ones (KEY-2, KEY-3, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens when a feature has the key of an earlier one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n area(s). Coordinate system: %1</source>
        <translation>
            <numerusform>%n area. Coordinate system: %1</numerusform>
            <numerusform>%n areas. Coordinate system: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>To create the project anyway, choose under &quot;Duplicate keys&quot; to keep the first feature or to number the later ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate key(s) handled:</source>
        <translation>
            <numerusform>%n duplicate key handled:</numerusform>
            <numerusform>%n duplicate keys handled:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::NoteCategories</name>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::NoteDialog</name>
    <message>
        <source>Add note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the room says about this area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Tisch 3 or a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author or group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::NoteFile</name>
    <message>
        <source>%1, line %2: the header lacks the column(s) %3. A notes table needs the columns area, text, category and author (or Gebiet, Text, Kategorie, Autor); it has: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no area key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown area &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no category (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (e.g. 2026-12-03 or 03.12.2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: notes are written as .csv or .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::NoteReport</name>
    <message numerus="yes">
        <source>Notes (%n)</source>
        <translation>
            <numerusform>Notes (%n)</numerusform>
            <numerusform>Notes (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::NotesCommand</name>
    <message numerus="yes">
        <source>%1: %n note(s) imported</source>
        <translation>
            <numerusform>%1: %n note imported</numerusform>
            <numerusform>%1: %n notes imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out (listed above); correct them and import those rows again.</source>
        <translation>
            <numerusform>%n row left out (listed above); correct it and import that row again.</numerusform>
            <numerusform>%n rows left out (listed above); correct them and import those rows again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import workshop notes from FILE.csv (columns area, text, category, author, optional date; or Gebiet, Text, Kategorie, Autor, Datum) into the project; rows with unknown areas or categories or without text are listed by line and left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the project&apos;s workshop notes to FILE.csv or FILE.xlsx and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--notes-import needs a file, e.g. --notes-import karten.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--notes-import reads a .csv file, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--notes-export writes .csv or .xlsx, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) written to %1</source>
        <translation>
            <numerusform>%n note written to %1</numerusform>
            <numerusform>%n notes written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) already in the project, passed over</source>
        <translation>
            <numerusform>%n note already in the project, passed over</numerusform>
            <numerusform>%n notes already in the project, passed over</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::NotesController</name>
    <message>
        <source>Add &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin a note of the workshop to the selected area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not&amp;es panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an area first (click it on the map), or right-click it: Add note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n note(s)</source>
        <translation>
            <numerusform>Delete %n note</numerusform>
            <numerusform>Delete %n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Im&amp;port notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes typed from the workshop&apos;s cards, from a CSV with the columns Gebiet, Text, Kategorie, Autor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export no&amp;tes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n note(s) imported</source>
        <translation>
            <numerusform>%1: %n note imported</numerusform>
            <numerusform>%1: %n notes imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) already in the project, passed over</source>
        <translation>
            <numerusform>%n note already in the project, passed over</numerusform>
            <numerusform>%n notes already in the project, passed over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out; correct them and import those rows again:</source>
        <translation>
            <numerusform>%n row left out; correct it and import that row again:</numerusform>
            <numerusform>%n rows left out; correct them and import those rows again:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n note(s) from %1</source>
        <translation>
            <numerusform>Import %n note from %1</numerusform>
            <numerusform>Import %n notes from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) written to %1</source>
        <translation>
            <numerusform>%n note written to %1</numerusform>
            <numerusform>%n notes written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::NotesModel</name>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::NotesPanel</name>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the notes of one category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the notes of one area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the notes of one author or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note to the selected area (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::NumberParser</name>
    <message>
        <source>nothing, imported as 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret, imported as suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not meaningful, imported as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet available, imported as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reliable enough, imported as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no information, imported as missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code for no value, imported as missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::OgrTableSource</name>
    <message>
        <source>%1 has no sheet with data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a table this program can read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::Period</name>
    <message>
        <source>calendar year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other period code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school year %1 counts as calendar year %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::PeriodChange</name>
    <message>
        <source>%1 is no change between two periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no values for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first period (%1) must come before the second (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are not a whole number of years apart, or are periods of different kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are periods of different kinds: a change compares periods of one kind (only school years and calendar years can be mapped onto each other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are periods of different kinds: a change between them needs a mapping of school years onto calendar years (e.g. school year 2019/20 counts as calendar year 2019)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are more than 100 years apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is compared with %2 of its own kind, %n year(s) earlier, not with %3</source>
        <translation>
            <numerusform>%1 is compared with %2 of its own kind, %n year earlier, not with %3</numerusform>
            <numerusform>%1 is compared with %2 of its own kind, %n years earlier, not with %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::PresentationController</name>
    <message>
        <source>&amp;Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;gh contrast for the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map full screen for the room, the saved views as slides (Page Down, Page Up); Esc ends it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours and outlines that survive a washed-out projector (in the presentation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Page Down / Page Up: the %n saved view(s) in turn · Esc: end</source>
        <translation>
            <numerusform>Page Down / Page Up: the saved view · Esc: end</numerusform>
            <numerusform>Page Down / Page Up: the %n saved views in turn · Esc: end</numerusform>
        </translation>
    </message>
    <message>
        <source>No saved views to step through (Views panel: Save …) · Esc: end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no saved views to show as slides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::PrioritiesCommand</name>
    <message numerus="yes">
        <source>%1: %n point(s) imported</source>
        <translation>
            <numerusform>%1: %n point imported</numerusform>
            <numerusform>%1: %n points imported</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the workshop&apos;s points from FILE.csv (columns voter, area, points; or Teilnehmer, Gebiet, Punkte); rows with unknown areas, points that are no whole number or more points than the voter has left are listed by line and left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the ranking of the workshop&apos;s points (rank, area key, name, points, voters) to FILE.csv and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a .csv file, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) with points written to %1</source>
        <translation>
            <numerusform>%n area with points written to %1</numerusform>
            <numerusform>%n areas with points written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::PrioritiesController</name>
    <message>
        <source>Give a &amp;point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A point of the workshop&apos;s voting for the selected area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;back a point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;riorities panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities besi&amp;de the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator shown and the points of the workshop on linked maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an area first (click it on the map), then give it a point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gives the point? Type the participant&apos;s or table&apos;s name in the Priorities panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point from %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an area first (click it on the map), then take back its point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of %1 for %2 taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) per voter</source>
        <translation>
            <numerusform>%n point per voter</numerusform>
            <numerusform>%n points per voter</numerusform>
        </translation>
    </message>
    <message>
        <source>No points given yet: select an area and press P (or &quot;+1 point&quot; in the Priorities panel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gives the points? Type a name above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 points left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an area on the map to give it a point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 from %3, %4 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this voter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::PrioritiesPanel</name>
    <message>
        <source>+1 point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities beside the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gives the points: a participant or a workshop table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Tisch 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many points each participant or table has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected area a point of this voter (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back a point this voter gave the selected area (Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two linked maps: the indicator shown and the points of the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points each:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::PriorityFile</name>
    <message>
        <source>%1, line %2: the header lacks the column(s) %3. A table of points needs the columns voter, area and points (or Teilnehmer, Gebiet, Punkte); it has: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no voter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no area key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown area &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of points above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the ranking is written as .csv</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::PriorityRankingModel</name>
    <message numerus="yes">
        <source>%1 (%2): %n point(s)</source>
        <translation>
            <numerusform>%1 (%2): %n point</numerusform>
            <numerusform>%1 (%2): %n points</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::PriorityTally</name>
    <message>
        <source>A vote needs a voter, an area and at least one point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 of %3 points left, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave %2 point(s) to this area, cannot take back %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ProfileTrends</name>
    <message>
        <source>Trends of the key indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each chart: the area&apos;s values over all periods against the city&apos;s; grey: the range of the areas of the level; the shaded period is the profile&apos;s. A gap (×) is a period without a value shown for the area, never an estimate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ProjectAllocation</name>
    <message>
        <source>The project has no indicator &quot;%1&quot; (--list-indicators lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no level &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no values in any period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no values in %2 (it has %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no values in %2 for the areas of the level %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no indicator &quot;%1&quot; to multiply the need by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved allocation &quot;%1&quot; splits over another level (%2): its amounts cannot be compared with these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved allocation &quot;%1&quot; is counted in %2, this one in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its rule no longer computes on the project as it is now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The data have changed since it was saved (an index edited, a new import): by its rule %n area(s) would get another amount now. The saved amounts stay as decided; Change… computes it anew.</source>
        <translation>
            <numerusform>The data have changed since it was saved (an index edited, a new import): by its rule %n area would get another amount now. The saved amounts stay as decided; Change… computes it anew.</numerusform>
            <numerusform>The data have changed since it was saved (an index edited, a new import): by its rule %n areas would get another amount now. The saved amounts stay as decided; Change… computes it anew.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a code (classes with names), not a count: the need can only be multiplied by a population such as children under 18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no values in %2, the period of %3 (it has %4): choose the population&apos;s period (--per-period on the command line).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ProjectFileController</name>
    <message>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project from GeoPackage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo city Musterstadt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartierswerkstatt projects (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ProjectMap</name>
    <message>
        <source>%1, classes fixed across all periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fictional demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown indicator &quot;%1&quot;; --list-indicators shows the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot; has no period &quot;%2&quot; (available: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City: %1 (official figure; the areas sum to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual breaks for &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in rank %1 → %2 in places (positive = climbed towards rank 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 → %2 in %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 → %2 in percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value in %1 or %2, or 0 in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value in %1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::RankHistoryDialog</name>
    <message>
        <source>Ranks over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;NG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranks %1 %2-%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the ranks as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the ranks as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fictional demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::Recipe</name>
    <message>
        <source>&quot;%1&quot; is no formula: write it as a function with its inputs in brackets, e.g. change(child_poverty, 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote in &quot;%1&quot; is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1(): an input is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate() takes a numerator, a denominator and the base (1, 100 or 1000), e.g. rate(children_sgb2, children, 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate(): the base &quot;%1&quot; is no positive number (1 for a share, 100 for %, 1000 per thousand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1() takes an indicator and a number of years, e.g. %1(child_poverty, 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1(): the number of years &quot;%2&quot; is no whole number from 1 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum() takes at least two indicators, e.g. sum(boys, girls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff() takes two indicators, e.g. diff(places, children)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as a share of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in % of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per %L3 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>change of %1 against %n year(s) earlier</source>
        <translation>
            <numerusform>change of %1 against %n year earlier</numerusform>
            <numerusform>change of %1 against %n years earlier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>change of %1 in % against %n year(s) earlier</source>
        <translation>
            <numerusform>change of %1 in % against %n year earlier</numerusform>
            <numerusform>change of %1 in % against %n years earlier</numerusform>
        </translation>
    </message>
    <message>
        <source>sum of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minus %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a name and a formula: NAME=formula, e.g. &quot;Veränderung Kinderarmut=change(child_poverty, 2)&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name before &quot;=&quot; is empty in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown function &quot;%1&quot; (choose rate, change, pct_change, rank_change, sum or diff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>places %1 climbed against %n year(s) earlier (rank 1 = highest value)</source>
        <translation>
            <numerusform>places %1 climbed against %n year earlier (rank 1 = highest value)</numerusform>
            <numerusform>places %1 climbed against %n years earlier (rank 1 = highest value)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1(): &quot;%2&quot; is no mapping of school years onto calendar years (write school_year_as=start for the calendar year a school year begins in, school_year_as=end for the one it ends in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; a school year counts as the calendar year it begins in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; a school year counts as the calendar year it ends in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ReportCommand</name>
    <message>
        <source>The project has no level &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile is written as PDF, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no level &quot;%1&quot;; its levels are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: atlas of %n area(s), %2 pages</source>
        <translation>
            <numerusform>%1: atlas of %n area, %2 pages</numerusform>
            <numerusform>%1: atlas of %n areas, %2 pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::ReportDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ReportPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ReportsController</name>
    <message>
        <source>Compare the &amp;5 highest values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the five areas with the highest value of the shown indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile of the selected area…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one area (click it on the map), or double-click an area on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export comparison…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a comparison first (Analysis &gt; Compare selected areas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF with charts (*.pdf);;Excel (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::SavedView</name>
    <message>
        <source>The saved view cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too large (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it claims more data than it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 classes (2 to 9 allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual classes without breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 class breaks (at most 8 allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the class breaks do not rise (break %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a play range with one end only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it claims %1 items in %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its map extent lies outside any city (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::SavedViewsController</name>
    <message>
        <source>Saved view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved view &quot;%1&quot; (saved views: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view &quot;%1&quot; exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved view &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &quot;%1&quot; deleted (Edit &gt; Undo brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The views to order (%1) are not the project&apos;s saved views (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder views</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::Sensitivity</name>
    <message numerus="yes">
        <source>%n random weight set(s): each weight of the index %1 varied by up to ±%2 % (uniformly, seed %3), the weights renormalised to sum 1; the inputs standardised once as the index does, then per draw the index re-weighted, standardised again and classified by its rule (%4). %5 areas of the level %6 in %7.</source>
        <translation>
            <numerusform>%n random weight set: each weight of the index %1 varied by up to ±%2 % (uniformly, seed %3), the weights renormalised to sum 1; the inputs standardised once as the index does, then per draw the index re-weighted, standardised again and classified by its rule (%4). %5 areas of the level %6 in %7.</numerusform>
            <numerusform>%n random weight sets: each weight of the index %1 varied by up to ±%2 % (uniformly, seed %3), the weights renormalised to sum 1; the inputs standardised once as the index does, then per draw the index re-weighted, standardised again and classified by its rule (%4). %5 areas of the level %6 in %7.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank 1 is the highest index value (the most need); the 5th, 50th and 95th percentiles of an area&apos;s rank are nearest-rank percentiles over the draws. Top class: %1 (class %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stable: the area is in its class of the index as computed (the base class) in at least %1 % of the draws; otherwise unstable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave-one-out: each input left out once (its weight 0, the others renormalised), reported separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of draws must be 1 or more, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spread of the weights is a percentage from 0 to 100, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown indicator &quot;%1&quot; (--list-indicators lists the keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no composite index (its recipe: %2); give the key of an index made with --index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, it is imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index has a single input: there is none to leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index does not compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaving out %1 leaves the other inputs without weight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::SensitivityCommand</name>
    <message>
        <source>--draws takes a whole number of 1 or more, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--spread takes a percentage from 0 to 100, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number of 0 or more, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check how robust the ranks and classes of the composite index KEY are to its weights and write FILE.csv or FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --sensitivity: the number of random weight sets (default: 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --sensitivity: how far each weight varies, in percent (default: 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --sensitivity: also leave each input out once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --sensitivity: the seed of the random draws (default: 1); the same seed gives the same result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 goes with --sensitivity KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sensitivity writes .csv or .pdf, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sensitivity needs the output file (.csv or .pdf), e.g. --sensitivity sozialindex robustheit.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2: %n draw(s), weights ±%3 %, seed %4: %5 of %6 areas stable, %7 unstable</source>
        <translation>
            <numerusform>%1 in %2: %n draw, weights ±%3 %, seed %4: %5 of %6 areas stable, %7 unstable</numerusform>
            <numerusform>%1 in %2: %n draws, weights ±%3 %, seed %4: %5 of %6 areas stable, %7 unstable</numerusform>
        </translation>
    </message>
    <message>
        <source>without %1: %2 areas change class, ranks shift by up to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::SensitivityController</name>
    <message>
        <source>Check the &amp;robustness of the index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vary the weights of a composite index at random and see how far each area&apos;s rank and class move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robustness of the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no composite index yet. Define one first, e.g. quartierswerkstatt PROJECT.gpkg --index sozialindex --name Sozialindex --from A,B,C</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::SensitivityDialog</name>
    <message>
        <source>Robustness of the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also leave each input out once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Index:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random weight sets (&amp;draws):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each weight varies by up to ±:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the check to see how far each area&apos;s rank moves when the weights vary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Varying the weights of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without %1: %2 areas change class, ranks shift by up to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the robustness check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map of stable and unstable areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 areas stable, %5 unstable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::SensitivityExport</name>
    <message>
        <source>Robustness of the index %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank p5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In top class (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In base class (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank without %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unstable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::SensitivityReport</name>
    <message>
        <source>stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unstable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class under varied weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank (1 = most need)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) by their rank in the index as computed (base rank)</source>
        <translation>
            <numerusform>%n area by its rank in the index as computed (base rank)</numerusform>
            <numerusform>%n areas by their rank in the index as computed (base rank)</numerusform>
        </translation>
    </message>
    <message>
        <source>stable: 5th–95th percentile of the rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) of the level %1</source>
        <translation>
            <numerusform>%n area of the level %1</numerusform>
            <numerusform>%n areas of the level %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stable, %2 unstable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranks with their 5th–95th percentile under varied weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stable and unstable areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each input left out once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas changing class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest rank shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas by base rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank p5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In top class (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In base class (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::SeriesLayout</name>
    <message>
        <source>No city value in any period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n maps</source>
        <translation>
            <numerusform>%1 to %2: %n map</numerusform>
            <numerusform>%1 to %2: %n maps</numerusform>
        </translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the indicator has no period to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the indicator has only one period (%2): there is no series to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city over the periods (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city over the periods (%1), in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ShareCheck</name>
    <message numerus="yes">
        <source>Warning: in %n area(s) this share is above 100 % (largest value %1 in %2, %3). A share cannot exceed 100 %: numerator and denominator may be swapped.</source>
        <translation>
            <numerusform>Warning: in %n area this share is above 100 % (largest value %1 in %2, %3). A share cannot exceed 100 %: numerator and denominator may be swapped.</numerusform>
            <numerusform>Warning: in %n areas this share is above 100 % (largest value %1 in %2, %3). A share cannot exceed 100 %: numerator and denominator may be swapped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qw::SheetGridModel</name>
    <message>
        <source>Above the table (title); not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header row: names the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data row: read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a data row (units, notes, below the data); not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::SheetGridPanel</name>
    <message>
        <source>S&amp;heet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First header row, as the sheet numbers its rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First data row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last data row; 0: to the end (notes below are left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header rows from/to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data from/to (0 = to the end):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click a row to make it the first or last header or data row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last data row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::StartPage</name>
    <message>
        <source>Quartierswerkstatt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maps and comparisons of education indicators by Sozialraum, for education monitoring and planning workshops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project from GeoPackage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo city Musterstadt (fictional data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::Store</name>
    <message>
        <source>Geometry operation %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid geometry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown coordinate system EPSG:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unknown project schema version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a GeoPackage project (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or truncated (%2 bytes, the header expects %3). The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no schema version in qw_project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an invalid schema version &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a GeoPackage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a GeoPackage but not a Quartierswerkstatt project. Use &quot;New from GeoPackage&quot; to make a project from its areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer Quartierswerkstatt (project schema %2; this version reads up to %3). Please update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is incomplete: the table %2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an older project schema (%2) and must be upgraded, but the file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: area %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area key &quot;%1&quot; occurs more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: indicator %2 has an unknown kind or polarity (&quot;%3&quot;, &quot;%4&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: value of %2 / %3 / %4 has unknown status &quot;%5&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2. The file was not changed; open a backup copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trigger „%1“ on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view „%1“ in the place of the table of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was left in the middle of a change (the program or the computer stopped, or the disk was full): %2 beside it holds what must be undone, and that needs write access. Copy both files into a folder where you may write, or ask for write permission here, and open the project again; it is then back as it was before that change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains SQL that Quartierswerkstatt did not write: %2. Triggers and views like these run inside every change of the project and can alter or delete data, so the project is not opened. To remove exactly these (nothing else is changed): quartierswerkstatt &quot;%1&quot; --remove-foreign-triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be upgraded from project schema %2: its tables do not match that version (it may have been edited by hand or by another program). The file was not changed; open a backup copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::TableImport</name>
    <message>
        <source>%1 has no column &quot;%2&quot; (%3). Its columns are: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a header but no data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of %1 holds area keys of this project. Choose the key column (--key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no period column; give the period (--period 2024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a long table needs the column(s) naming the indicator (--indicator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a long table needs a value column (--value) or numerator and denominator columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no columns with values to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area %1, %2, %3 occurs already in line %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no area key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no indicator name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; matches no area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (perhaps %1 %2?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s) without value: the denominator is 0.</source>
        <translation>
            <numerusform>%n rate without value: the denominator is 0.</numerusform>
            <numerusform>%n rates without value: the denominator is 0.</numerusform>
        </translation>
    </message>
    <message>
        <source>Period for every row: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; holds no values; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; names %3; taken as %4, the level of the rows around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the column &quot;%2&quot; names no period, unlike the others; give its period (--period 2024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a data row, passed over: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; names several areas: %2; assign the row to one of them in the wizard, or import a table with keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; names %3; taken as %4, in %5 like the rows around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the periods of &quot;%1&quot; (%2) mix kinds: %3. Each kind is stepped and compared on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the indicator name &quot;%2…&quot; is %3 characters long (at most %4): the header or indicator column holds something else than a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::TableSource</name>
    <message>
        <source>%1, sheet &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sheet &quot;%2&quot;. Its sheets are: %3 (by name or number, e.g. --sheet 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link that leads nowhere or in a circle (to %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::TechnicalError</name>
    <message>
        <source>the file is damaged: parts of it cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a project file or is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file or its folder is write-protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no permission to use the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is in use by another program; close it there and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading or writing the disk failed (a network drive or USB stick may have been disconnected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be opened (the folder may be missing, or there is no permission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value breaks a rule of the project file (for example a name that is already taken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is too large for the project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file does not have the expected content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file could not be read or written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its format is not one this program can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading or writing it failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no permission to write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format does not support this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content is not as expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the geodata library reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::TimeAnalysisController</name>
    <message>
        <source>C&amp;hange between two periods…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A map of the change of an indicator from one period to another: absolute, in % or in rank, red where things got worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran&amp;ks over time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 10 highest and the 10 lowest areas of an indicator across its periods: who climbed, who fell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change map was not created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::TimeSlider</name>
    <message>
        <source>Play the periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period shown: drag, or step with Ctrl+Left and Ctrl+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per period while playing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First period played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last period played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the periods one after the other, or pause (Ctrl+Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause the periods</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::TrendChart</name>
    <message>
        <source>no value (suppressed or missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range of the level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle half of the level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No values to draw.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::TrendModel</name>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third quartile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First quartile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::TrendPanel</name>
    <message>
        <source>Trend chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left/Right: the values of the period before or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range (lowest to highest area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle half (quartiles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grey band behind the lines: the spread of all areas of the level in each period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Band:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator shown has no values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the city and the spread of the areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n area(s) against the city</source>
        <translation>
            <numerusform>%1: %n area against the city</numerusform>
            <numerusform>%1: %n areas against the city</numerusform>
        </translation>
    </message>
    <message>
        <source>Select areas on the map or in the table to draw their lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 selected areas are drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a period to read its values here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map shows the change; the lines show the values themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map shows classes; the lines show the index they are made from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::UndoController</name>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::UnmatchedKeyModel</name>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ValueWording</name>
    <message>
        <source>suppressed (fewer than %1 cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ViewMenu</name>
    <message>
        <source>Zoom to f&amp;ull extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map &amp;title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend of t&amp;he selected areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions to the index of the selected area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ViewStateController</name>
    <message>
        <source>Unknown indicator &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual class breaks belong to the previous indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator &quot;%1&quot; has no period &quot;%2&quot; (available: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no level &quot;%1&quot; (levels: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::ViewsPanel</name>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unreadable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what the map shows as a view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a view to show it again; drag views to put them in the order of the presentation&apos;s slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the view up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the view down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::WorkbenchDocks</name>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions to the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::XlsxTableSource</name>
    <message>
        <source>%1: none of its sheets (%2) has a cell with content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx) this program can read: it has no xl/workbook.xml. Save it again from the spreadsheet program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook is damaged or has no sheet (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sheet &quot;%2&quot;: the sheet is damaged near row %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; is missing from the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qw::main</name>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no triggers or views of others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
