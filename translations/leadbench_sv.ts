<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>lb::ColumnMapping</name>
    <message>
        <source>--map &quot;%1=%2&quot;: the file has no column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map &quot;%1=%2&quot;: &quot;%2&quot; is not a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: expected &quot;Header=field&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::Conversion</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead %1 has no company, name or e-mail address to name a new account; fill one in or choose an existing account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the opportunity needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opportunity amount %1 is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted from lead %1 (%2): %3 events, %4 qualification answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opportunity %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opportunity %1 is already %2%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::ConversionDialog</name>
    <message>
        <source>same e-mail domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found by search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find another account by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite fields that differ (otherwise only empty fields are filled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an &amp;opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (#%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account name contains &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account #%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact #%1 (same e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over to the contact: %1 events, %2 answers, %3 notes. Amounts in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opportunity needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::CsvReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::Demo</name>
    <message>
        <source>Created from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds %2 leads; demo data goes only into an empty workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating demo leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building indexes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::EventImporter</name>
    <message>
        <source>%1 needs e-mail, event and timestamp columns (columns: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is empty: an event needs a type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a date or time (YYYY-MM-DD, ISO 8601, D.M.YYYY or M/D/YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lead with this e-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::ExportDialog</name>
    <message>
        <source>Export leads to CSV</source>
        <extracomment>Window title of the export dialog</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the leads as a CSV file (UTF-8, comma-separated) that spreadsheets and CRMs open, and that imports back unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the .csv file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <extracomment>Export filter: leads of every stage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leads in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <extracomment>Starts writing the CSV file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <extracomment>File dialog filter; keep the pattern in parentheses</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <extracomment>The Close button becomes Cancel while the export runs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln lead(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::Frameworks</name>
    <message>
        <source>Authority</source>
        <extracomment>Criterion names are short headings; questions are what an SDR asks the prospect.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who makes the decision to buy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What problem do you need to solve?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when must this be solved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is money set aside for solving this, and how much?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there a budget for this, and how much?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When do you plan to decide?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What challenges are you facing right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioritization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How high is this on your list of priorities?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are your goals for the coming year?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you plan to reach those goals?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative consequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens if you do not reach the goals?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive implications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes for you when the goals are reached?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which numbers would show that the solution works?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who controls the money for this purchase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On what criteria will you choose a supplier?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What steps does the decision go through, and who is involved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does the problem cost you today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who inside the company wants this to happen?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::HistoryWidget</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::Import</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not terminated (a &quot; opens it and none closes it before the end of the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 cells but the header has %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was saved, but %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::ImportWizard</name>
    <message>
        <source>Import from CSV</source>
        <extracomment>Window title of the import wizard</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::ImportWizardFilePage</name>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file exported from a CRM, a marketing tool or a spreadsheet. Nothing is written until you start the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leads (people and companies; existing ones are updated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events (activity of existing leads: e-mail opens, visits, form fills)</source>
        <extracomment>Events are behaviour events such as e-mail opens, page visits and form fills.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <extracomment>File dialog filter; keep the patterns in parentheses</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::ImportWizardMappingPage</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which field each column fills. The proposal comes from the column names; change any of them. Your choice is remembered for files with the same columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>Button that starts the import on the column mapping page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore (do not import)</source>
        <extracomment>Mapping choice: the column is not imported</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field “%1”</source>
        <extracomment>Mapping choice: the column becomes a custom field of this name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type</source>
        <extracomment>Event import: the kind of event (email_open, page_visit, ...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Event import: when the event happened</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <extracomment>Event import: detail of the event (a URL, a subject)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Column&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;First value&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported as&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping you chose last time for files with these columns was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <extracomment>Accessible name of the field chooser of one CSV column</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen for more than one column: %1. Only the first of those columns is imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::ImportWizardPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as they will be read. If the columns look wrong, choose another delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected encoding:</source>
        <extracomment>The character encoding of the CSV file (UTF-8, Windows-1252, ...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected delimiter:</source>
        <extracomment>The character separating the columns of the CSV file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <extracomment>The | character</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 columns, %3. The first %n row(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::ImportWizardRunPage</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole file is one transaction: if you cancel, the workspace stays exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <extracomment>Cancels the running import; everything it did is rolled back</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 into the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: undoing what was imported so far…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::ImportWizardSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported:</source>
        <extracomment>Import summary: rows that became new leads or events</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <extracomment>Import summary: rows that changed an existing lead</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <extracomment>Import summary: rows that matched an existing lead or event exactly</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected:</source>
        <extracomment>Import summary: rows refused, with a reason each</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rejected rows as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows as they were in the file, with a line and a reason column: fix them and import the saved file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <extracomment>Goes back to the first page of the import wizard</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the import over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is done; nothing in the workspace changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be imported. Nothing was changed in the workspace.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 rejected rows. Save them to see all, fix them and import the saved file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows were not imported. Save them, fix them and import the saved file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <extracomment>File dialog filter; keep the pattern in parentheses</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::JobRunner</name>
    <message>
        <source>unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::LeadExporter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::LeadImporter</name>
    <message>
        <source>imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has no e-mail, nor a last name with a company: a lead needs one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a country (an ISO code or a name in English, Finnish or Swedish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a date (YYYY-MM-DD, D.M.YYYY or M/D/YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no e-mail column, nor last name and company columns: a lead needs one of them (columns: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <extracomment>Progress phase: the import&apos;s transaction is being committed to disk.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::LeadTableModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL</source>
        <extracomment>Marketing qualified lead; keep the acronym if your language uses it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAL</source>
        <extracomment>Sales accepted lead</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL</source>
        <extracomment>Sales qualified lead</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurture</source>
        <extracomment>Sent back to marketing for nurturing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in stage</source>
        <extracomment>Column header: how many days the lead has been in its current stage</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::LeadView</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lead in the table to see its profile, score and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owned by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recorded activity yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n older events</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::Lifecycle</name>
    <message>
        <source>lead %1 is converted and read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead %1 is converted and read-only: it became account %2, contact %3 and opportunity %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead %1 is converted and read-only: it became account %2 and contact %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead %1 (%2, score %3) is not promoted to MQL: only a New lead at or above the threshold %4 is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead %1: %2 → %3 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule &quot;disqualifying&quot;: marked disqualifying: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule &quot;readiness&quot;: the lead uses no qualification framework; answer one (BANT, CHAMP, MEDDIC, ANUM or GPCTBA) to %1 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (missing: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule &quot;readiness&quot;: no framework reaches the readiness bar of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead %1 is already in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: a lead becomes Converted only by converting it (convert %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: rule &quot;lifecycle&quot;: from %1 a lead may move to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: rule &quot;reason&quot;: a reason is required (one of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: rule &quot;reason&quot;: reason &quot;other&quot; needs its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule &quot;override&quot;: only a manager may override, and %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule &quot;override&quot;: an override needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead %1 is in %2; only an SQL lead can be converted (rule &quot;lifecycle&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid contact data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresponsive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>A reason not in the list; the user types it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::MainWindow</name>
    <message>
        <source>Leadbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, company, e-mail, title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Leadbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scoring Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <extracomment>Accept the lead as sales-accepted (MQL -&gt; SAL)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qualify</source>
        <extracomment>Qualify the lead (SAL -&gt; SQL)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nurture…</source>
        <extracomment>Send the lead back to marketing for nurturing</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disqualify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;MQL</source>
        <extracomment>Mark the lead as marketing qualified by hand</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Convert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadbench cannot open %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Leadbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadbench workspaces (*.leadbench)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Use File → Open Workspace to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadbench workspaces (*.leadbench);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Leadbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Leadbench %1&lt;/h3&gt;&lt;p&gt;The lead qualification workbench: scored leads, qualification frameworks and a clear lifecycle from MQL to converted.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace with File → Open Workspace, or create one with File → New Workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leads match. Clear the search or choose another queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no leads yet. Import a CSV file with leadbench-cli import leads FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved the model and rescored %n leads</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Scoring model not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;In the lead table:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Also: / searches. Select several leads to move them together.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::Qualification</name>
    <message>
        <source>criterion %1: value &quot;%2&quot; is not an amount (a number such as 25000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion %1: value &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown framework &quot;%1&quot; (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>framework %1 has no criterion &quot;%2&quot; (one of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::QualificationActions</name>
    <message>
        <source>Why does %1 move to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a manager you may override the guard. Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Why do %n leads move to %1?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) were not moved:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::QualificationForm</name>
    <message>
        <source>Amount, e.g. 25000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date, YYYY-MM-DD</source>
        <extracomment>Keep the date format as it is: it is what the field accepts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, role or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness %p%</source>
        <extracomment>Progress bar text; %p is the percentage.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every criterion is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale, ask again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: who said what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::QualificationWidget</name>
    <message>
        <source>Use framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No framework yet: choose one and record what the prospect says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready for SQL: marked disqualifying: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for SQL: readiness %1 reaches the bar of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready for SQL: best readiness %1, the bar is %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::QueuePanel</name>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All leads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <extracomment>Placeholder entry of the reason list: nothing chosen yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the guard overridden?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required for &quot;Other&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::ScoreBar</name>
    <message>
        <source>Fit %1 + behaviour %2; MQL at %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::ScoreBreakdownWidget</name>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules that counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing data that would score</source>
        <extracomment>Fit rules that did not count because the lead&apos;s data is empty</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would raise the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (grade %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1%2: fit %3, behaviour %4</source>
        <extracomment>%1 total score, %2 grade part, %3 fit part, %4 behaviour part</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) below the MQL threshold (%1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>At or over the MQL threshold (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (behaviour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 empty (%3 points)</source>
        <extracomment>%1 rule label, %2 the empty fields, %3 points</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if &quot;%1&quot; held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one more &quot;%1&quot; now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: score %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reaches MQL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::ScoreHistogram</name>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::ScoringModelEditorDialog</name>
    <message>
        <source>Scoring model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-life (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades</source>
        <extracomment>Grades as &quot;letter minimum&quot; pairs, e.g. &quot;A 80, B 60&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import JSON...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if: no leads loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if: fix the problems to see the effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads: at or over MQL now %2, with the edits %3 (%4 newly, %5 no longer); %6 would move from New to MQL.</source>
        <extracomment>%1 leads scored, %2/%3 at or over MQL now/with the edits, %4 newly, %5 no longer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a sample of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded, counted as empty: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import scoring model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring models (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid scoring model:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export scoring model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::Stage</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::Startup</name>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::Store</name>
    <message>
        <source>%1 %2 was changed by someone else; reload it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead %1 was changed by %2 at %3; reload it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace is locked by another program (%1); try again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace file is damaged (%1); restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::Workspace</name>
    <message>
        <source>%1 is not a Leadbench workspace: it is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Leadbench workspace (not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by another program: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or not a Leadbench workspace: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Leadbench workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Leadbench (schema version %2; this version reads up to %3): update Leadbench to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workspace at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot switch to write-ahead logging (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file for the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::cli</name>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (text, json or csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only leads in this stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export what? &quot;%1&quot; (leads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stage: &quot;%1&quot; is not a stage (New, MQL, SAL, SQL, Converted, Nurture, Disqualified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported %1 leads to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter: &quot;%1&quot; is not one of , ; TAB |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run: nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maps a column: &quot;Header=field&quot; or &quot;Header=ignore&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count what would change; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delimiter: , ; TAB or |.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import what? &quot;%1&quot; (leads or events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stage: unknown stage &quot;%1&quot; (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only leads this user owns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only leads scoring at least N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N leads (0: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRADE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMPANY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-MAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lead with id or e-mail &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1 (fit %2, behaviour %3), grade %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events (%1, newest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all of: %1</source>
        <extracomment>Joins the conditions of a fit rule: &quot;all of: a; b&quot; / &quot;any of: a; b&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: the scoring model was refused (%n problem(s)); nothing was changed:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported scoring model &quot;%1&quot; (id %2); rescored %3 leads, %4 moved to MQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote scoring model &quot;%1&quot; to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  the shipped default (not yet stored in this workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  id %1, imported %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  models in history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit (max %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour (max %1, half-life %2 days, window %3 days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cap %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL threshold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model import needs a FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model show takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown model command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount (a number such as 25000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BANT, CHAMP, MEDDIC, ANUM or GPCTBA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion key, e.g. budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown, partial, confirmed or disqualifying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence: who said what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A typed value: amount, date or contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not unknown, partial, confirmed or disqualifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead %1: %2/%3 is %4; %2 readiness %5 (missing: %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (required for Nurture, Disqualified and overrides).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager overriding the SQL readiness guard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: unknown stage &quot;%1&quot; (MQL, SAL, SQL, Nurture, Disqualified or New)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 leads refused; nothing was moved:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead %1: %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(override: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reason: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this existing account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always create a new account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an opportunity with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity amount in the workspace currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite fields of an existing account or contact (default: fill empty ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the plan; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account and --new-account exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount and --close-date need --opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account: &quot;%1&quot; is not an account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--close-date: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new account &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 &quot;%2&quot; (matched by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan for lead %1 (nothing changed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead %1 converted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact %1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact %1 (existing, same e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opportunity &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opportunity %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carried over: %1 events, %2 answers, %3 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospecting, Proposal, Negotiation, Won or Lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal&apos;s amount in the workspace currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stage is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an opportunity id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stage: &quot;%1&quot; is not Prospecting, Proposal, Negotiation, Won or Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opportunity %1 &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score as of this moment (UTC); default: now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of: &quot;%1&quot; is not a date (YYYY-MM-DD) or a UTC moment (YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored %1 leads with model &quot;%2&quot; as of %3; %4 moved to MQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 is ready (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created workspace %1 (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--leads: &quot;%1&quot; is not a number of leads from 1 to 50000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed: &quot;%1&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 leads, %2 events, %3 accounts and %4 opportunities in %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::modeleditor</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;all&quot; or &quot;any&quot; takes a list of conditions as its value, e.g. [{&quot;field&quot;: &quot;industry&quot;, &quot;op&quot;: &quot;equals&quot;, &quot;value&quot;: &quot;Software&quot;}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::scoring</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(model): must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be lower than the grade before it (grades are ordered by descending min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored scoring model %1 (&quot;%2&quot;) is not valid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default scoring model is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default scoring model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1 reached the MQL threshold %2</source>
        <extracomment>History reason of an automatic New -&gt; MQL move; %1 the score, %2 the threshold.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading leads for what-if</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lb::scoring::Checker</name>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty text, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (also at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a text or a number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a non-empty list, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a domain such as &quot;example.com&quot;, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text or a number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;contains&quot; needs a non-empty text, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;matches&quot; needs a regular expression, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid regular expression %1: %2 at offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a number or a date (YYYY-MM-DD), not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;between&quot; needs [low, high] (two numbers or two dates), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low bound is above high bound in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has more than one of a condition (field, op, value), &quot;all&quot; and &quot;any&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a condition (field, op, value), &quot;all&quot; or &quot;any&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditions cannot nest (one level of &quot;all&quot;/&quot;any&quot; only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to the rule, not to a condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Leadbench, the lead qualification workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadbench</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
