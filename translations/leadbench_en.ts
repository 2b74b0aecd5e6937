<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>lb::AssignOwnerDialog</name>
    <message numerus="yes">
        <source>Who should own the %n selected lead(s)?</source>
        <extracomment>%n the number of leads that get the owner</extracomment>
        <translation>
            <numerusform>Who should own the %n selected lead?</numerusform>
            <numerusform>Who should own the %n selected leads?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::Counts</name>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <extracomment>A count of leads inside a longer message, e.g. &quot;Generated 5 leads, 3 events …&quot;.</extracomment>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other lead(s)</source>
        <extracomment>A count of further leads (other than the one being undone), inside a list of counts.</extracomment>
        <translation>
            <numerusform>%Ln other lead</numerusform>
            <numerusform>%Ln other leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <extracomment>A count of behaviour events (web visits, e-mail opens …) inside a list of counts.</extracomment>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s)</source>
        <extracomment>A count of qualification answers inside a list of counts.</extracomment>
        <translation>
            <numerusform>%Ln answer</numerusform>
            <numerusform>%Ln answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <extracomment>A count of notes inside a list of counts.</extracomment>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <extracomment>A count of accounts (companies) inside a list of counts.</extracomment>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other contact(s)</source>
        <extracomment>A count of further contacts of an account inside a list of counts.</extracomment>
        <translation>
            <numerusform>%Ln other contact</numerusform>
            <numerusform>%Ln other contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln opportunity(s)</source>
        <extracomment>A count of opportunities (deals) inside a list of counts.</extracomment>
        <translation>
            <numerusform>%Ln opportunity</numerusform>
            <numerusform>%Ln opportunities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other opportunity(s)</source>
        <extracomment>A count of further opportunities of an account inside a list of counts.</extracomment>
        <translation>
            <numerusform>%Ln other opportunity</numerusform>
            <numerusform>%Ln other opportunities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <extracomment>A number of days, e.g. &quot;half-life 30 days&quot;.</extracomment>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::Demo</name>
    <message numerus="yes">
        <source>%1 already holds %Ln lead(s); demo data goes only into an empty workspace</source>
        <extracomment>%1 the workspace file</extracomment>
        <translation>
            <numerusform>%1 already holds %Ln lead; demo data goes only into an empty workspace</numerusform>
            <numerusform>%1 already holds %Ln leads; demo data goes only into an empty workspace</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::ExportDialog</name>
    <message numerus="yes">
        <source>Exported %Ln lead(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln lead to %1.</numerusform>
            <numerusform>Exported %Ln leads to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected lead(s)</source>
        <translation>
            <numerusform>The %n selected lead</numerusform>
            <numerusform>The %n selected leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::Format</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <extracomment>A file size under a kilobyte</extracomment>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::ImportWizardPreviewPage</name>
    <message numerus="yes">
        <source>%1 — %2 columns, %3. The first %n row(s):</source>
        <extracomment>%1 the file name, %2 the number of columns, %3 the file size (&quot;371 bytes&quot;)</extracomment>
        <translation>
            <numerusform>%1 — %2 columns, %3. The first %n row:</numerusform>
            <numerusform>%1 — %2 columns, %3. The first %n rows:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::ImportWizardSummaryPage</name>
    <message numerus="yes">
        <source>The first %1 of %Ln rejected row(s). Save them to see all, fix them and import the saved file.</source>
        <extracomment>%1 how many rows the table shows, of all the rejected rows</extracomment>
        <translation>
            <numerusform>The first %1 of %Ln rejected row. Save them to see all, fix them and import the saved file.</numerusform>
            <numerusform>The first %1 of %Ln rejected rows. Save them to see all, fix them and import the saved file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::LeadMoves</name>
    <message numerus="yes">
        <source>Moving %n leads…</source>
        <translation>
            <numerusform>Moving %n lead…</numerusform>
            <numerusform>Moving %n leads…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n leads</source>
        <translation>
            <numerusform>Move %n lead</numerusform>
            <numerusform>Move %n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::LeadTableModel</name>
    <message numerus="yes">
        <source>Overdue: MQL for %n hour(s) without a logged touch</source>
        <extracomment>Tooltip of an overdue lead&apos;s Days in stage cell; %n is whole hours</extracomment>
        <translation>
            <numerusform>Overdue: MQL for %n hour without a logged touch</numerusform>
            <numerusform>Overdue: MQL for %n hours without a logged touch</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::LeadView</name>
    <message numerus="yes">
        <source>… and %n older events</source>
        <translation>
            <numerusform>… and %n older event</numerusform>
            <numerusform>… and %n older events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::MainWindow</name>
    <message numerus="yes">
        <source>Exported %n leads to %1</source>
        <translation>
            <numerusform>Exported %n lead to %1</numerusform>
            <numerusform>Exported %n leads to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s): %1</source>
        <extracomment>The table lists the leads behind a number of the dashboard; %1 names the number</extracomment>
        <translation>
            <numerusform>%n lead: %1</numerusform>
            <numerusform>%n leads: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) match</source>
        <extracomment>Status bar: how many leads the current queue and filters show.</extracomment>
        <translation>
            <numerusform>%Ln lead matches</numerusform>
            <numerusform>%Ln leads match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::MoveNotice</name>
    <message numerus="yes">
        <source>%n leads → %1</source>
        <extracomment>Status bar after moving several leads: &quot;12 leads → SAL&quot;</extracomment>
        <translation>
            <numerusform>%n lead → %1</numerusform>
            <numerusform>%n leads → %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::OwnerCommand</name>
    <message numerus="yes">
        <source>Remove the owner of %n lead(s)</source>
        <extracomment>Undo step: %n leads lost their owner</extracomment>
        <translation>
            <numerusform>Remove the owner of %n lead</numerusform>
            <numerusform>Remove the owner of %n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n lead(s) to %1</source>
        <extracomment>Undo step: %n leads given to the owner %1</extracomment>
        <translation>
            <numerusform>Assign %n lead to %1</numerusform>
            <numerusform>Assign %n leads to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n lead(s) in turn</source>
        <extracomment>Undo step: %n leads dealt out to several owners in turn</extracomment>
        <translation>
            <numerusform>Assign %n lead in turn</numerusform>
            <numerusform>Assign %n leads in turn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::QualificationActions</name>
    <message numerus="yes">
        <source>Why do %n leads move to %1?</source>
        <translation>
            <numerusform>Why does %n lead move to %1?</numerusform>
            <numerusform>Why do %n leads move to %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) were not moved:</source>
        <translation>
            <numerusform>%n lead was not moved:</numerusform>
            <numerusform>%n leads were not moved:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::QueuePanel</name>
    <message numerus="yes">
        <source>%n lead(s) in the whole queue; the search and filters are not counted.</source>
        <extracomment>Tooltip of a queue while a search or filter is active; %n is its count</extracomment>
        <translation>
            <numerusform>%n lead in the whole queue; the search and filters are not counted.</numerusform>
            <numerusform>%n leads in the whole queue; the search and filters are not counted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::RescoreActions</name>
    <message numerus="yes">
        <source>Saved the model and rescored %n leads</source>
        <translation>
            <numerusform>Saved the model and rescored %n lead</numerusform>
            <numerusform>Saved the model and rescored %n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MQL threshold set to %1: rescored %n leads</source>
        <translation>
            <numerusform>MQL threshold set to %1: rescored %n lead</numerusform>
            <numerusform>MQL threshold set to %1: rescored %n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::RoundRobinDialog</name>
    <message numerus="yes">
        <source>%n MQL(s) nobody owns yet. Deal them out in turn to:</source>
        <extracomment>%n the number of MQLs nobody owns</extracomment>
        <translation>
            <numerusform>%n MQL nobody owns yet. Deal it out to:</numerusform>
            <numerusform>%n MQLs nobody owns yet. Deal them out in turn to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::ScoreBreakdownWidget</name>
    <message numerus="yes">
        <source>%1: %2 empty (%Ln point(s))</source>
        <extracomment>%1 rule label, %2 the empty fields the rule reads, then the points the rule is worth</extracomment>
        <translation>
            <numerusform>%1: %2 empty (%Ln point)</numerusform>
            <numerusform>%1: %2 empty (%Ln points)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) below the MQL threshold (%1).</source>
        <extracomment>%1 the MQL threshold (points)</extracomment>
        <translation>
            <numerusform>%n point below the MQL threshold (%1).</numerusform>
            <numerusform>%n points below the MQL threshold (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln point(s)</source>
        <extracomment>%1 &quot;if Job title held&quot; / &quot;one more event (Web visits)&quot;: the score it would give</extracomment>
        <translation>
            <numerusform>%1: %Ln point</numerusform>
            <numerusform>%1: %Ln points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::ScoringModelEditorDialog</name>
    <message numerus="yes">
        <source>%Ln lead(s): at or over MQL now %1, with the edits %2 (%3 newly, %4 no longer); %5 would move from New to MQL.</source>
        <extracomment>The leads scored, then numbers of leads: %1/%2 at or over MQL now/with the edits, %3 newly, %4 no longer, %5 would move from New to MQL</extracomment>
        <translation>
            <numerusform>%Ln lead: at or over MQL now %1, with the edits %2 (%3 newly, %4 no longer); %5 would move from New to MQL.</numerusform>
            <numerusform>%Ln leads: at or over MQL now %1, with the edits %2 (%3 newly, %4 no longer); %5 would move from New to MQL.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::SdrActions</name>
    <message numerus="yes">
        <source>Assigned %n lead(s)</source>
        <translation>
            <numerusform>Assigned %n lead</numerusform>
            <numerusform>Assigned %n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::SettingsDialog</name>
    <message numerus="yes">
        <source> day(s)</source>
        <extracomment>Suffix of a number of days in a spin box, with its leading space: &quot;30 days&quot;</extracomment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> hour(s)</source>
        <extracomment>Suffix of a number of hours in a spin box, with its leading space: &quot;24 hours&quot;</extracomment>
        <translation>
            <numerusform> hour</numerusform>
            <numerusform> hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::Workspace</name>
    <message numerus="yes">
        <source>%n more difference(s)</source>
        <translation>
            <numerusform>%n more difference</numerusform>
            <numerusform>%n more differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) without their row of scores</source>
        <translation>
            <numerusform>%n lead without its row of scores</numerusform>
            <numerusform>%n leads without their row of scores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) whose score row has another stage or owner</source>
        <translation>
            <numerusform>%n lead whose score row has another stage or owner</numerusform>
            <numerusform>%n leads whose score row has another stage or owner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) whose packed events differ from their events</source>
        <translation>
            <numerusform>%n lead whose packed events differ from its events</numerusform>
            <numerusform>%n leads whose packed events differ from their events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::WorkspaceCopy</name>
    <message numerus="yes">
        <source>the copy of table %1 differs from the original, which has %n rows (the copy: %2); nothing was kept</source>
        <extracomment>%1 a table&apos;s name, %n its rows in the original, %2 the copy&apos;s rows</extracomment>
        <translation>
            <numerusform>the copy of table %1 differs from the original, which has %n row (the copy: %2); nothing was kept</numerusform>
            <numerusform>the copy of table %1 differs from the original, which has %n rows (the copy: %2); nothing was kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::cli</name>
    <message numerus="yes">
        <source>(first %n account(s); --limit shows more)</source>
        <translation>
            <numerusform>(first %n account; --limit shows more)</numerusform>
            <numerusform>(first %n accounts; --limit shows more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(ies)</source>
        <translation>
            <numerusform>%n opportunity</numerusform>
            <numerusform>%n opportunities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) at this company</source>
        <extracomment>The buying committee: leads converted into the account or at its company or domain.</extracomment>
        <translation>
            <numerusform>%n lead at this company</numerusform>
            <numerusform>%n leads at this company</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>still waiting (%n second(s))…</source>
        <translation>
            <numerusform>still waiting (%n second)…</numerusform>
            <numerusform>still waiting (%n seconds)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exported %Ln lead(s) to %1</source>
        <translation>
            <numerusform>exported %Ln lead to %1</numerusform>
            <numerusform>exported %Ln leads to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the scoring model was refused (%n problem(s)); nothing was changed:</source>
        <extracomment>%1 the model file; the problems follow, one a line</extracomment>
        <translation>
            <numerusform>%1: the scoring model was refused (%n problem); nothing was changed:</numerusform>
            <numerusform>%1: the scoring model was refused (%n problems); nothing was changed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported scoring model &quot;%1&quot; (id %2); rescored %Ln lead(s).</source>
        <extracomment>%1 the scoring model&apos;s name, %2 its id</extracomment>
        <translation>
            <numerusform>Imported scoring model &quot;%1&quot; (id %2); rescored %Ln lead.</numerusform>
            <numerusform>Imported scoring model &quot;%1&quot; (id %2); rescored %Ln leads.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them moved to MQL.</source>
        <extracomment>After &quot;… rescored 5 leads.&quot;: how many of those reached the MQL threshold.
----------
After &quot;Scored 5 leads …&quot;: how many of those reached the MQL threshold.</extracomment>
        <translation>
            <numerusform>%Ln of them moved to MQL.</numerusform>
            <numerusform>%Ln of them moved to MQL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(first %n deal(s); --limit shows more)</source>
        <translation>
            <numerusform>(first %n deal; --limit shows more)</numerusform>
            <numerusform>(first %n deals; --limit shows more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln lead(s) refused; nothing was moved:
</source>
        <extracomment>%1 how many of the leads named could not move (the reasons follow, one a line)</extracomment>
        <translation>
            <numerusform>%1 of %Ln lead refused; nothing was moved:
</numerusform>
            <numerusform>%1 of %Ln leads refused; nothing was moved:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scored %Ln lead(s) with model &quot;%1&quot; as of %2.</source>
        <extracomment>%1 the scoring model&apos;s name, %2 the moment scored for (UTC, ISO 8601)</extracomment>
        <translation>
            <numerusform>Scored %Ln lead with model &quot;%1&quot; as of %2.</numerusform>
            <numerusform>Scored %Ln leads with model &quot;%1&quot; as of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n lead(s)</source>
        <translation>
            <numerusform>Assigned %n lead</numerusform>
            <numerusform>Assigned %n leads</numerusform>
        </translation>
    </message>
</context>
</TS>
