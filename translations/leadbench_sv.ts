<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>lb::AccountListModel</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Domain</source>
        <extracomment>Column: the account&apos;s e-mail domain</extracomment>
        <translation>Domän</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <extracomment>Column: the amounts of the account&apos;s deals still being worked</extracomment>
        <translation>Öppen pipeline</translation>
    </message>
    <message>
        <source>Won</source>
        <extracomment>Column: the amounts of the account&apos;s won deals</extracomment>
        <translation>Vunnet</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
</context>
<context>
    <name>lb::AccountPage</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Affärsmöjlighet</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Förväntat avslutsdatum</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Affärsmöjligheter</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Buying committee (leads at this company)</source>
        <extracomment>Heading: the leads at this company (converted into it, same company name or e-mail domain)</extracomment>
        <translation>Köpgrupp (leads på det här företaget)</translation>
    </message>
    <message>
        <source>No account chosen</source>
        <translation>Inget konto valt</translation>
    </message>
    <message>
        <source>open pipeline %1, won %2</source>
        <extracomment>On the account page: the amounts of its open and won deals</extracomment>
        <translation>öppen pipeline %1, vunnet %2</translation>
    </message>
    <message>
        <source>owner %1</source>
        <extracomment>On the account page: who owns the account</extracomment>
        <translation>ägare %1</translation>
    </message>
</context>
<context>
    <name>lb::AnswerCommand</name>
    <message>
        <source>Answer %1 %2</source>
        <extracomment>Undo menu text; %1 a framework (BANT, MEDDIC, ...), %2 one of its criteria</extracomment>
        <translation>svar: %1 %2</translation>
    </message>
</context>
<context>
    <name>lb::AnswerStatus</name>
    <message>
        <source>Unknown</source>
        <extracomment>Status of a qualification answer: nothing known yet</extracomment>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>Partial</source>
        <extracomment>Status of a qualification answer: partly confirmed</extracomment>
        <translation>Delvis</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <extracomment>Status of a qualification answer</extracomment>
        <translation>Bekräftat</translation>
    </message>
    <message>
        <source>Disqualifying</source>
        <extracomment>Status of a qualification answer: the answer rules the lead out</extracomment>
        <translation>Diskvalificerande</translation>
    </message>
</context>
<context>
    <name>lb::AssignOwnerDialog</name>
    <message>
        <source>Assign Owner</source>
        <translation>Tilldela ägare</translation>
    </message>
    <message numerus="yes">
        <source>Who should own the %n selected lead(s)?</source>
        <extracomment>%n the number of leads that get the owner</extracomment>
        <translation>
            <numerusform>Vem ska äga det valda leadet?</numerusform>
            <numerusform>Vem ska äga de %n valda leadsen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Type a new name to add a user; leave it empty to remove the owner.</source>
        <translation>Skriv ett nytt namn för att lägga till en användare; lämna tomt för att ta bort ägaren.</translation>
    </message>
    <message>
        <source>Assign</source>
        <extracomment>The dialog&apos;s OK button</extracomment>
        <translation>Tilldela</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Ä&amp;gare:</translation>
    </message>
</context>
<context>
    <name>lb::ColumnChooser</name>
    <message>
        <source>Reset Columns</source>
        <extracomment>Header context menu of the lead table: default columns, order and widths again</extracomment>
        <translation>Återställ kolumner</translation>
    </message>
</context>
<context>
    <name>lb::ColumnMapping</name>
    <message>
        <source>--map &quot;%1=%2&quot;: the file has no column &quot;%1&quot;</source>
        <extracomment>CLI error. %1 a column heading of the CSV file, %2 the field it was mapped to; --map stays as it is</extracomment>
        <translation>--map &quot;%1=%2&quot;: filen har ingen kolumn &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--map &quot;%1=%2&quot;: &quot;%2&quot; is not a field</source>
        <extracomment>CLI error. %1 a column heading of the CSV file, %2 what the user typed as the field name</extracomment>
        <translation>--map &quot;%1=%2&quot;: &quot;%2&quot; är inte ett fält</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: expected &quot;Header=field&quot;</source>
        <translation>--map &quot;%1&quot;: förväntade &quot;Rubrik=fält&quot;</translation>
    </message>
    <message>
        <source>more than one column is named &quot;%1&quot; (columns %2): rename all but one, or leave them out with --map &quot;%1=ignore&quot;</source>
        <extracomment>%1 is a column name, %2 the numbers of the columns (&quot;2, 5&quot;), 1 = the first</extracomment>
        <translation>flera kolumner heter &quot;%1&quot; (kolumnerna %2): byt namn på alla utom en, eller utelämna dem med --map &quot;%1=ignore&quot;</translation>
    </message>
</context>
<context>
    <name>lb::CommitteeWidget</name>
    <message>
        <source>Name</source>
        <extracomment>Columns of the buying committee: the people at the lead&apos;s company</extracomment>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <extracomment>Link in the Committee tab to the account a converted lead became</extracomment>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <extracomment>Link in the Committee tab to the contact a converted lead became</extracomment>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <source>Opportunity: %1</source>
        <extracomment>Link in the Committee tab to the opportunity (deal) of a converted lead</extracomment>
        <translation>Affärsmöjlighet: %1</translation>
    </message>
    <message>
        <source>Converted into</source>
        <translation>Konverterad till</translation>
    </message>
    <message>
        <source>Other people at this company; double-click one to open it.</source>
        <translation>Andra personer på det här företaget; dubbelklicka för att öppna.</translation>
    </message>
    <message>
        <source>Contact</source>
        <extracomment>Stage column of a contact (a person at a customer account, not a lead)</extracomment>
        <translation>Kontakt</translation>
    </message>
</context>
<context>
    <name>lb::Conversion</name>
    <message>
        <source>Name</source>
        <extracomment>Conversion preview: the account&apos;s name</extracomment>
        <translation>Namn</translation>
    </message>
    <message>
        <source>E-mail domain</source>
        <translation>E-postdomän</translation>
    </message>
    <message>
        <source>account %1 does not exist</source>
        <translation>konto %1 finns inte</translation>
    </message>
    <message>
        <source>lead %1 has no company, name or e-mail address to name a new account; fill one in or choose an existing account</source>
        <translation>lead %1 saknar företag, namn och e-postadress att namnge ett nytt konto efter; fyll i något av dem eller välj ett befintligt konto</translation>
    </message>
    <message>
        <source>the opportunity needs a name</source>
        <translation>affärsmöjligheten behöver ett namn</translation>
    </message>
    <message>
        <source>opportunity amount %1 is not a positive number</source>
        <translation>beloppet %1 för affärsmöjligheten är inte ett positivt tal</translation>
    </message>
    <message>
        <source>lead %1 does not exist</source>
        <translation>lead %1 finns inte</translation>
    </message>
    <message>
        <source>opportunity %1 was changed since the conversion (its stage or amount); the conversion is not undone</source>
        <translation>affärsmöjlighet %1 har ändrats sedan konverteringen (dess steg eller belopp); konverteringen ångras inte</translation>
    </message>
    <message>
        <source>contact %1 was changed since the conversion; the conversion is not undone</source>
        <translation>kontakt %1 har ändrats sedan konverteringen; konverteringen ångras inte</translation>
    </message>
    <message>
        <source>account %1 was changed since the conversion; the conversion is not undone</source>
        <translation>konto %1 har ändrats sedan konverteringen; konverteringen ångras inte</translation>
    </message>
    <message>
        <source>undo of the conversion</source>
        <extracomment>History reason of an undone conversion</extracomment>
        <translation>konverteringen ångrad</translation>
    </message>
    <message>
        <source>undo of the conversion (removed %1)</source>
        <extracomment>History reason of an undone conversion; %1 what was removed, e.g. &quot;account Acme Oy, contact Anna Berg&quot;</extracomment>
        <translation>konverteringen ångrad (borttaget: %1)</translation>
    </message>
    <message>
        <source>Converted from lead %1 (%2): %3</source>
        <extracomment>A note on the new contact. %1 the lead&apos;s id, %2 its name, %3 a list of counts (&quot;4 events and 2 answers&quot;)</extracomment>
        <translation>Konverterat från lead %1 (%2): %3</translation>
    </message>
    <message>
        <source>contact %1 has been used since the conversion (%2); the conversion is not undone</source>
        <extracomment>%1 the contact&apos;s id, %2 a list of counts (&quot;1 opportunity, 2 notes and 0 other leads&quot;)</extracomment>
        <translation>kontakt %1 har använts sedan konverteringen (%2); konverteringen ångras inte</translation>
    </message>
    <message>
        <source>account %1 has been used since the conversion (%2); the conversion is not undone</source>
        <extracomment>%1 the account&apos;s id, %2 a list of counts (&quot;2 other contacts, 1 other opportunity and 0 other leads&quot;)</extracomment>
        <translation>konto %1 har använts sedan konverteringen (%2); konverteringen ångras inte</translation>
    </message>
    <message>
        <source>%1 was changed by %2 since it was converted, so the conversion is not undone.</source>
        <extracomment>%1 the lead&apos;s name, %2 who changed it</extracomment>
        <translation>%2 har ändrat leadet %1 sedan det konverterades, så konverteringen ångras inte.</translation>
    </message>
    <message>
        <source>Converted: account %1, contact %2</source>
        <extracomment>History reason of a conversion; %1 the account&apos;s name (or number), %2 the contact&apos;s</extracomment>
        <translation>Konverterat: konto %1, kontakt %2</translation>
    </message>
    <message>
        <source>Converted: account %1, contact %2, opportunity %3</source>
        <extracomment>History reason of a conversion; %1 the account&apos;s name (or number), %2 the contact&apos;s, %3 the opportunity&apos;s</extracomment>
        <translation>Konverterat: konto %1, kontakt %2, affärsmöjlighet %3</translation>
    </message>
    <message>
        <source>account %1</source>
        <extracomment>What the undo of a conversion removed; %1 the account&apos;s name (or number)</extracomment>
        <translation>konto %1</translation>
    </message>
    <message>
        <source>contact %1</source>
        <extracomment>What the undo of a conversion removed; %1 the contact&apos;s name (or number)</extracomment>
        <translation>kontakt %1</translation>
    </message>
    <message>
        <source>opportunity %1</source>
        <extracomment>What the undo of a conversion removed; %1 the opportunity&apos;s name (or number)</extracomment>
        <translation>affärsmöjlighet %1</translation>
    </message>
</context>
<context>
    <name>lb::ConversionCommand</name>
    <message>
        <source>Convert %1</source>
        <extracomment>Undo menu text; %1 the lead&apos;s name</extracomment>
        <translation>konvertering av %1</translation>
    </message>
</context>
<context>
    <name>lb::ConversionDialog</name>
    <message>
        <source>same e-mail domain</source>
        <translation>samma e-postdomän</translation>
    </message>
    <message>
        <source>same company name</source>
        <translation>samma företagsnamn</translation>
    </message>
    <message>
        <source>found by search</source>
        <translation>hittat genom sökning</translation>
    </message>
    <message>
        <source>Prospecting</source>
        <translation>Prospektering</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Offert</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Förhandling</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Vunnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Förlorad</translation>
    </message>
    <message>
        <source>Convert %1</source>
        <extracomment>Window title. %1 the lead&apos;s name</extracomment>
        <translation>Konvertera %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Find another account by name</source>
        <translation>Sök ett annat konto efter namn</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>&amp;Overwrite fields that differ (otherwise only empty fields are filled)</source>
        <translation>&amp;Ersätt fält som skiljer sig (annars fylls bara tomma fält i)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>From the lead</source>
        <translation>Från leadet</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Skrivs</translation>
    </message>
    <message>
        <source>Create an &amp;opportunity</source>
        <translation>Skapa en &amp;affärsmöjlighet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Belopp:</translation>
    </message>
    <message>
        <source>&amp;Close date:</source>
        <translation>&amp;Förväntat avslutsdatum:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>S&amp;teg:</translation>
    </message>
    <message>
        <source>&amp;Convert</source>
        <translation>K&amp;onvertera</translation>
    </message>
    <message>
        <source>%1 (#%2, %3)</source>
        <extracomment>An account to pick. %1 its name, %2 its id, %3 why it is suggested (&quot;same e-mail domain&quot;)</extracomment>
        <translation>%1 (#%2, %3)</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nytt konto</translation>
    </message>
    <message>
        <source>No account name contains &quot;%1&quot;.</source>
        <translation>Inget kontonamn innehåller ”%1”.</translation>
    </message>
    <message>
        <source>Account #%1 %2</source>
        <extracomment>%1 the account&apos;s id, %2 its name</extracomment>
        <translation>Konto #%1 %2</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Ny kontakt</translation>
    </message>
    <message>
        <source>Contact #%1 (same e-mail)</source>
        <extracomment>%1 the contact&apos;s id</extracomment>
        <translation>Kontakt #%1 (samma e-post)</translation>
    </message>
    <message>
        <source>The opportunity needs a name.</source>
        <translation>Affärsmöjligheten behöver ett namn.</translation>
    </message>
    <message>
        <source>Carried over to the contact: %1. Amounts in %2.</source>
        <extracomment>%1 a list of counts (&quot;3 events, 2 answers and 1 note&quot;), %2 a currency code (EUR)</extracomment>
        <translation>Förs över till kontakten: %1. Belopp i %2.</translation>
    </message>
</context>
<context>
    <name>lb::Country</name>
    <message>
        <source>Finland</source>
        <translation>Finland</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norge</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danmark</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Island</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>Åland</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estland</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettland</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Litauen</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Tyskland</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankrike</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Storbritannien</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Nederländerna</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Österrike</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Grekland</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Tjeckien</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovakien</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Ungern</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumänien</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgarien</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Kroatien</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slovenien</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbien</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraina</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Ryssland</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Belarus</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Turkiet</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Cypern</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>USA</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Mexiko</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasilien</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Kina</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japan</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Sydkorea</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapore</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nya Zeeland</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Sydafrika</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Förenade Arabemiraten</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Saudiarabien</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Egypten</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Marocko</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thailand</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonesien</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Filippinerna</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>Hongkong</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
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
            <numerusform>%Ln annat lead</numerusform>
            <numerusform>%Ln andra leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <extracomment>A count of behaviour events (web visits, e-mail opens …) inside a list of counts.</extracomment>
        <translation>
            <numerusform>%Ln händelse</numerusform>
            <numerusform>%Ln händelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s)</source>
        <extracomment>A count of qualification answers inside a list of counts.</extracomment>
        <translation>
            <numerusform>%Ln svar</numerusform>
            <numerusform>%Ln svar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <extracomment>A count of notes inside a list of counts.</extracomment>
        <translation>
            <numerusform>%Ln anteckning</numerusform>
            <numerusform>%Ln anteckningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <extracomment>A count of accounts (companies) inside a list of counts.</extracomment>
        <translation>
            <numerusform>%Ln konto</numerusform>
            <numerusform>%Ln konton</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other contact(s)</source>
        <extracomment>A count of further contacts of an account inside a list of counts.</extracomment>
        <translation>
            <numerusform>%Ln annan kontakt</numerusform>
            <numerusform>%Ln andra kontakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln opportunity(s)</source>
        <extracomment>A count of opportunities (deals) inside a list of counts.</extracomment>
        <translation>
            <numerusform>%Ln affärsmöjlighet</numerusform>
            <numerusform>%Ln affärsmöjligheter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other opportunity(s)</source>
        <extracomment>A count of further opportunities of an account inside a list of counts.</extracomment>
        <translation>
            <numerusform>%Ln annan affärsmöjlighet</numerusform>
            <numerusform>%Ln andra affärsmöjligheter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <extracomment>A number of days, e.g. &quot;half-life 30 days&quot;.</extracomment>
        <translation>
            <numerusform>%Ln dag</numerusform>
            <numerusform>%Ln dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Joins the last two items of a list: &quot;3 events and 2 notes&quot;.</extracomment>
        <translation>%1 och %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Joins an item to the rest of a list: &quot;5 leads, 3 events and 2 notes&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>lb::CrmWindow</name>
    <message>
        <source>Accounts &amp; Deals — Leadbench</source>
        <extracomment>Window title: the accounts and opportunities (deals) made by converting leads</extracomment>
        <translation>Konton och affärer — Leadbench</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Konton</translation>
    </message>
    <message>
        <source>&amp;Opportunities</source>
        <translation>A&amp;ffärsmöjligheter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Search accounts by name or domain</source>
        <extracomment>Placeholder of the account search field</extracomment>
        <translation>Sök konton efter namn eller domän</translation>
    </message>
    <message>
        <source>Any stage</source>
        <extracomment>Filter choice: deals in any stage</extracomment>
        <translation>Alla steg</translation>
    </message>
    <message>
        <source>Any close date</source>
        <extracomment>Filter choice: deals expected to close on any day</extracomment>
        <translation>Alla avslutsdatum</translation>
    </message>
    <message>
        <source>Closing by the end of this month</source>
        <extracomment>Filter choice: deals expected to close before the end of this month</extracomment>
        <translation>Avslutas senast vid månadens slut</translation>
    </message>
    <message>
        <source>Closing by the end of this quarter</source>
        <extracomment>Filter choice: deals expected to close before the end of this quarter</extracomment>
        <translation>Avslutas senast vid kvartalets slut</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Filter choice: open deals whose expected close date has passed</extracomment>
        <translation>Försenade</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndra…</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Steg:</translation>
    </message>
    <message>
        <source>Opportunity not changed</source>
        <translation>Affärsmöjligheten ändrades inte</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Inte ångrat</translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>The owner filter&apos;s label, read out by screen readers</extracomment>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Any owner</source>
        <extracomment>Owner filter choice: deals of every owner</extracomment>
        <translation>Alla ägare</translation>
    </message>
</context>
<context>
    <name>lb::CsvReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1 the file, %2 the reason from the system</extracomment>
        <translation>kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row</source>
        <extracomment>%1 the CSV file</extracomment>
        <translation>%1 är tom: den saknar rubrikrad</translation>
    </message>
    <message>
        <source>the header row of %1 is too long: a column name may hold at most %2 characters, and the row at most %3</source>
        <translation>rubrikraden i %1 är för lång: ett kolumnnamn får innehålla högst %2 tecken och raden högst %3</translation>
    </message>
    <message>
        <source>the header row of %1 holds a NUL byte (in column %2): it does not look like a text file</source>
        <translation>rubrikraden i %1 innehåller en NUL-byte (i kolumn %2): den ser inte ut som en textfil</translation>
    </message>
</context>
<context>
    <name>lb::DashboardPanel</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Spara som PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation>Spara diagrammet som en PNG-bild</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Spara diagram som PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Diagrammet sparades inte</translation>
    </message>
    <message>
        <source>Leadbench could not write %1.</source>
        <extracomment>%1 the picture file chosen for the export</extracomment>
        <translation>Leadbench kunde inte skriva %1.</translation>
    </message>
</context>
<context>
    <name>lb::DashboardView</name>
    <message>
        <source>Not updated: %1</source>
        <extracomment>The dashboard could not be made; %1 says why</extracomment>
        <translation>Inte uppdaterad: %1</translation>
    </message>
    <message>
        <source>Sources: lead to cash</source>
        <translation>Källor: från lead till intäkt</translation>
    </message>
    <message>
        <source>Owners: the SDR leaderboard</source>
        <translation>Ägare: SDR-topplistan</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Senaste 30 dagarna</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Senaste 90 dagarna</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Detta kvartal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Custom</source>
        <extracomment>Period preset: dates chosen by hand</extracomment>
        <translation>Anpassad</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Period starts</source>
        <translation>Perioden börjar</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>Perioden slutar</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Alla ägare</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>any source</source>
        <translation>alla källor</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>–</source>
        <extracomment>Between the two dates of a period: &quot;1.9.2026 – 30.11.2026&quot;</extracomment>
        <translation>–</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Uppdaterar…</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A period: %1 its first day, %2 its last</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Alla källor</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <extracomment>%1 a lead source such as &quot;Webinar&quot;</extracomment>
        <translation>Källa: %1</translation>
    </message>
    <message>
        <source>Leadbench pipeline report
%1
As of %2</source>
        <extracomment>Heading of the PDF report; %1 the period and filters, %2 when the numbers were made</extracomment>
        <translation>Leadbench rapport om säljpipelinen
%1
Per %2</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <extracomment>When the dashboard&apos;s numbers were made</extracomment>
        <translation>Uppdaterad %1</translation>
    </message>
</context>
<context>
    <name>lb::DashboardWindow</name>
    <message>
        <source>Dashboard — Leadbench</source>
        <translation>Översikt — Leadbench</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Exportera rapport…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>pipeline-report-%1.pdf</source>
        <extracomment>Suggested file name of the PDF report; keep it short, no spaces</extracomment>
        <translation>pipelinerapport-%1.pdf</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportera rapport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Report not exported</source>
        <translation>Rapporten exporterades inte</translation>
    </message>
</context>
<context>
    <name>lb::DefaultModel</name>
    <message>
        <source>Decision-maker title</source>
        <translation>Titel för beslutsfattare</translation>
    </message>
    <message>
        <source>Manager title</source>
        <translation>Chefstitel</translation>
    </message>
    <message>
        <source>50-1000 employees</source>
        <translation>50–1000 anställda</translation>
    </message>
    <message>
        <source>10-49 employees</source>
        <translation>10–49 anställda</translation>
    </message>
    <message>
        <source>Over 1000 employees</source>
        <translation>Över 1000 anställda</translation>
    </message>
    <message>
        <source>Revenue at least 5 M</source>
        <translation>Omsättning minst 5 M</translation>
    </message>
    <message>
        <source>Software industry</source>
        <translation>Mjukvarubranschen</translation>
    </message>
    <message>
        <source>Industry we serve well</source>
        <translation>Bransch vi betjänar väl</translation>
    </message>
    <message>
        <source>Nordic country</source>
        <translation>Nordiskt land</translation>
    </message>
    <message>
        <source>Baltic or German-speaking country</source>
        <translation>Baltiskt eller tyskspråkigt land</translation>
    </message>
    <message>
        <source>Budget of 10,000 or more</source>
        <translation>Budget på minst 10 000</translation>
    </message>
    <message>
        <source>Expected decision date known</source>
        <translation>Förväntat beslutsdatum känt</translation>
    </message>
    <message>
        <source>Competitor domain</source>
        <translation>Konkurrentdomän</translation>
    </message>
    <message>
        <source>Free e-mail address</source>
        <translation>Gratis e-postadress</translation>
    </message>
    <message>
        <source>Student or intern</source>
        <translation>Student eller praktikant</translation>
    </message>
    <message>
        <source>E-mail opens</source>
        <translation>Öppnade e-postmeddelanden</translation>
    </message>
    <message>
        <source>Web visits</source>
        <translation>Webbesök</translation>
    </message>
    <message>
        <source>Content downloads</source>
        <translation>Nedladdat innehåll</translation>
    </message>
    <message>
        <source>Blog comments</source>
        <translation>Bloggkommentarer</translation>
    </message>
    <message>
        <source>Social follows</source>
        <translation>Följer i sociala medier</translation>
    </message>
    <message>
        <source>Event or webinar registrations</source>
        <translation>Anmälningar till evenemang eller webbinarier</translation>
    </message>
    <message>
        <source>Trial signup</source>
        <translation>Registrering för provperiod</translation>
    </message>
    <message>
        <source>Contact request</source>
        <translation>Kontaktförfrågan</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Avregistrerad</translation>
    </message>
    <message>
        <source>E-mail bounced</source>
        <translation>E-post studsade</translation>
    </message>
</context>
<context>
    <name>lb::Demo</name>
    <message>
        <source>Created from %1</source>
        <extracomment>Demo history: how a lead came in; %1 its lead source (&quot;Web&quot;, &quot;Event&quot;)</extracomment>
        <translation>Skapat från %1</translation>
    </message>
    <message>
        <source>Generating demo leads</source>
        <translation>Genererar demoleads</translation>
    </message>
    <message>
        <source>Building indexes</source>
        <translation>Bygger index</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %Ln lead(s); demo data goes only into an empty workspace</source>
        <extracomment>%1 the workspace file</extracomment>
        <translation>
            <numerusform>%1 innehåller redan %Ln lead; demodata läggs bara in i en tom arbetsyta</numerusform>
            <numerusform>%1 innehåller redan %Ln leads; demodata läggs bara in i en tom arbetsyta</numerusform>
        </translation>
    </message>
    <message>
        <source>Score reached the MQL threshold</source>
        <extracomment>Demo history: why a lead became an MQL</extracomment>
        <translation>Poängen nådde MQL-tröskeln</translation>
    </message>
    <message>
        <source>Accepted by the SDR</source>
        <extracomment>Demo history: why a lead became an SAL (an SDR accepted it)</extracomment>
        <translation>SDR:en accepterade leadet</translation>
    </message>
    <message>
        <source>BANT ready</source>
        <extracomment>Demo history: why a lead became an SQL</extracomment>
        <translation>BANT klar</translation>
    </message>
    <message>
        <source>Turned into an account and a contact</source>
        <extracomment>Demo history: the lead was converted</extracomment>
        <translation>Konverterat till konto och kontakt</translation>
    </message>
    <message>
        <source>Annual licence</source>
        <translation>Årslicens</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilotprojekt</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <extracomment>Demo data: why a deal was lost</extracomment>
        <translation>Valde en konkurrent</translation>
    </message>
    <message>
        <source>No budget this year</source>
        <translation>Ingen budget i år</translation>
    </message>
    <message>
        <source>Project postponed</source>
        <translation>Projektet sköts upp</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>För högt pris</translation>
    </message>
</context>
<context>
    <name>lb::EventImporter</name>
    <message>
        <source>%1 needs e-mail, event and timestamp columns (columns: %2)</source>
        <extracomment>%1 the CSV file, %2 the columns it has</extracomment>
        <translation>%1 behöver kolumner för e-post, händelse och tidpunkt (kolumner: %2)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not an e-mail address</source>
        <translation>kolumn ”%1”: ”%2” är inte en e-postadress</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is empty: an event needs a type</source>
        <translation>kolumn ”%1” är tom: en händelse behöver en typ</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a date or time (YYYY-MM-DD, ISO 8601, D.M.YYYY or M/D/YYYY)</source>
        <translation>kolumn ”%1”: ”%2” är inte ett datum eller en tidpunkt (YYYY-MM-DD, ISO 8601, D.M.YYYY eller M/D/YYYY)</translation>
    </message>
    <message>
        <source>no lead with this e-mail: %1</source>
        <extracomment>%1 an e-mail address from the file</extracomment>
        <translation>inget lead med den här e-postadressen: %1</translation>
    </message>
</context>
<context>
    <name>lb::EventType</name>
    <message>
        <source>E-mail opened</source>
        <translation>E-post öppnad</translation>
    </message>
    <message>
        <source>Web visit</source>
        <translation>Webbesök</translation>
    </message>
    <message>
        <source>Content download</source>
        <translation>Nedladdning av innehåll</translation>
    </message>
    <message>
        <source>Blog comment</source>
        <translation>Bloggkommentar</translation>
    </message>
    <message>
        <source>Social media follow</source>
        <extracomment>A marketing event: the lead followed the company on social media</extracomment>
        <translation>Följer i sociala medier</translation>
    </message>
    <message>
        <source>Event or webinar registration</source>
        <translation>Anmälan till evenemang eller webbinarium</translation>
    </message>
    <message>
        <source>Trial signup</source>
        <translation>Registrering för provperiod</translation>
    </message>
    <message>
        <source>Contact request</source>
        <extracomment>A marketing event: the lead asked to be contacted (form, phone, e-mail, chat)</extracomment>
        <translation>Kontaktförfrågan</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Avregistrerad</translation>
    </message>
    <message>
        <source>E-mail bounced</source>
        <translation>E-post studsade</translation>
    </message>
</context>
<context>
    <name>lb::ExportDialog</name>
    <message>
        <source>Export leads to CSV</source>
        <extracomment>Window title of the export dialog</extracomment>
        <translation>Exportera leads till CSV</translation>
    </message>
    <message>
        <source>Writes the leads as a CSV file (UTF-8, comma-separated) that spreadsheets and CRMs open, and that imports back unchanged.</source>
        <translation>Skriver leads till en CSV-fil (UTF-8, kommaseparerad) som kalkylprogram och CRM-system kan öppna och som kan importeras tillbaka oförändrad.</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fil att skriva</translation>
    </message>
    <message>
        <source>Path of the .csv file to write</source>
        <translation>Sökväg till .csv-filen som ska skrivas</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Välj filen som ska skrivas</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Filter för steg</translation>
    </message>
    <message>
        <source>All stages</source>
        <extracomment>Export filter: leads of every stage</extracomment>
        <translation>Alla steg</translation>
    </message>
    <message>
        <source>&amp;Leads in:</source>
        <translation>&amp;Leads i:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportförlopp</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <extracomment>Starts writing the CSV file</extracomment>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <extracomment>File dialog filter; keep the pattern in parentheses</extracomment>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <extracomment>The Close button becomes Cancel while the export runs</extracomment>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporterar till %1…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Exporten avbröts; ingen fil skrevs.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <extracomment>%1 the reason</extracomment>
        <translation>Exporten misslyckades: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln lead(s) to %1.</source>
        <translation>
            <numerusform>Exporterade %Ln lead till %1.</numerusform>
            <numerusform>Exporterade %Ln leads till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The current view (queue, filters and search)</source>
        <extracomment>Export choice: the leads the main window&apos;s table lists now</extracomment>
        <translation>Den aktuella vyn (kö, filter och sökning)</translation>
    </message>
    <message>
        <source>The selected leads</source>
        <extracomment>Export choice: the rows selected in the lead table</extracomment>
        <translation>Markerade leads</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected lead(s)</source>
        <translation>
            <numerusform>%n markerad lead</numerusform>
            <numerusform>%n markerade leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::FilterBar</name>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Lägsta poäng</translation>
    </message>
    <message>
        <source>any</source>
        <extracomment>Shown in the lowest-score box when it is 0, i.e. no score filter</extracomment>
        <translation>alla</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>any source</source>
        <translation>alla källor</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>any country</source>
        <translation>alla länder</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Ä&amp;gare:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Vem som helst</translation>
    </message>
    <message>
        <source>My leads</source>
        <extracomment>Owner filter: leads the current user owns</extracomment>
        <translation>Mina leads</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Ingen ännu</translation>
    </message>
    <message>
        <source>Missing scoring &amp;data</source>
        <extracomment>Filter: leads whose profile lacks a field the scoring model reads</extracomment>
        <translation>Saknar &amp;uppgifter för poäng</translation>
    </message>
    <message>
        <source>Leads whose profile lacks a field the scoring model reads: enrich them and they score as they deserve.</source>
        <translation>Leads vars profil saknar ett fält som poängmodellen läser: komplettera dem så får de de poäng de förtjänar.</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Högsta poäng</translation>
    </message>
    <message>
        <source>S&amp;core:</source>
        <extracomment>Filter bar: the score range, lowest then highest (e.g. &quot;Score: 40 – 70&quot;)</extracomment>
        <translation>&amp;Poäng:</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <extracomment>Sets every filter of the bar back to &quot;any&quot;</extracomment>
        <translation>R&amp;ensa filter</translation>
    </message>
    <message>
        <source>Show leads of any owner, score, source and country again.</source>
        <translation>Visa leads oavsett ägare, poäng, källa och land igen.</translation>
    </message>
</context>
<context>
    <name>lb::Format</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <extracomment>A file size under a kilobyte</extracomment>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln byte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number, already in the locale&apos;s digits (&quot;62,5&quot;). Finnish and Swedish put a space before the sign: &quot;%1 %&quot;.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An amount of money: %1 the amount in the locale&apos;s digits, %2 the currency code (EUR)</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>lb::Frameworks</name>
    <message>
        <source>Authority</source>
        <extracomment>Criterion names are short headings; questions are what an SDR asks the prospect.</extracomment>
        <translation>Beslutsmandat</translation>
    </message>
    <message>
        <source>Who makes the decision to buy?</source>
        <translation>Vem fattar köpbeslutet?</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>What problem do you need to solve?</source>
        <translation>Vilket problem behöver ni lösa?</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Brådska</translation>
    </message>
    <message>
        <source>By when must this be solved?</source>
        <translation>När måste det här vara löst?</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Pengar</translation>
    </message>
    <message>
        <source>Is money set aside for solving this, and how much?</source>
        <translation>Finns det pengar avsatta för att lösa det här, och hur mycket?</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Is there a budget for this, and how much?</source>
        <translation>Finns det en budget för det här, och hur stor är den?</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidsram</translation>
    </message>
    <message>
        <source>When do you plan to decide?</source>
        <translation>När planerar ni att fatta beslut?</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Utmaningar</translation>
    </message>
    <message>
        <source>What challenges are you facing right now?</source>
        <translation>Vilka utmaningar står ni inför just nu?</translation>
    </message>
    <message>
        <source>Prioritization</source>
        <translation>Prioritering</translation>
    </message>
    <message>
        <source>How high is this on your list of priorities?</source>
        <translation>Hur högt prioriterat är det här för er?</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>What are your goals for the coming year?</source>
        <translation>Vilka är era mål för det kommande året?</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planer</translation>
    </message>
    <message>
        <source>How do you plan to reach those goals?</source>
        <translation>Hur planerar ni att nå de målen?</translation>
    </message>
    <message>
        <source>Negative consequences</source>
        <translation>Negativa konsekvenser</translation>
    </message>
    <message>
        <source>What happens if you do not reach the goals?</source>
        <translation>Vad händer om ni inte når målen?</translation>
    </message>
    <message>
        <source>Positive implications</source>
        <translation>Positiva effekter</translation>
    </message>
    <message>
        <source>What changes for you when the goals are reached?</source>
        <translation>Vad förändras för er när målen är nådda?</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Mätvärden</translation>
    </message>
    <message>
        <source>Which numbers would show that the solution works?</source>
        <translation>Vilka siffror skulle visa att lösningen fungerar?</translation>
    </message>
    <message>
        <source>Economic buyer</source>
        <translation>Ekonomisk beslutsfattare</translation>
    </message>
    <message>
        <source>Who controls the money for this purchase?</source>
        <translation>Vem bestämmer över pengarna för det här köpet?</translation>
    </message>
    <message>
        <source>Decision criteria</source>
        <translation>Beslutskriterier</translation>
    </message>
    <message>
        <source>On what criteria will you choose a supplier?</source>
        <translation>Utifrån vilka kriterier kommer ni att välja leverantör?</translation>
    </message>
    <message>
        <source>Decision process</source>
        <translation>Beslutsprocess</translation>
    </message>
    <message>
        <source>What steps does the decision go through, and who is involved?</source>
        <translation>Vilka steg går beslutet igenom, och vilka är inblandade?</translation>
    </message>
    <message>
        <source>Identify pain</source>
        <translation>Identifiera smärtpunkt</translation>
    </message>
    <message>
        <source>What does the problem cost you today?</source>
        <translation>Vad kostar problemet er i dag?</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Intern förespråkare</translation>
    </message>
    <message>
        <source>Who inside the company wants this to happen?</source>
        <translation>Vem inom företaget vill att det här blir av?</translation>
    </message>
</context>
<context>
    <name>lb::HistoryWidget</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Åsidosättning</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>nobody</source>
        <extracomment>In a lead&apos;s history, an owner change from or to nobody</extracomment>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Owner changed</source>
        <extracomment>Reason column of a history line that records a new owner</extracomment>
        <translation>Ägare ändrad</translation>
    </message>
</context>
<context>
    <name>lb::Import</name>
    <message>
        <source>Importing</source>
        <translation>Importerar</translation>
    </message>
    <message>
        <source>a quoted field is not terminated (a &quot; opens it and none closes it before the end of the file)</source>
        <translation>ett fält inom citattecken avslutas inte (ett &quot; inleder det men inget avslutar det före filens slut)</translation>
    </message>
    <message>
        <source>the row has %1 cells but the header has %2 columns</source>
        <extracomment>%1 and %2 are numbers (of cells in the row, of columns in the header row)</extracomment>
        <translation>raden har %1 celler men rubrikraden har %2 kolumner</translation>
    </message>
    <message>
        <source>column %1 holds a NUL byte (a zero character), which a text field cannot hold</source>
        <extracomment>%1 is a column: its name in quotes, or &quot;number 4&quot; when it has none</extracomment>
        <translation>kolumn %1 innehåller en NUL-byte (ett nolltecken), som ett textfält inte kan innehålla</translation>
    </message>
    <message>
        <source>number %1</source>
        <extracomment>Names a CSV column that has no header, by its position (1 = the first)</extracomment>
        <translation>nummer %1</translation>
    </message>
    <message>
        <source>column %1 holds %2 characters: a field may hold at most %3 characters</source>
        <extracomment>%1 is a column: its name in quotes, or &quot;number 4&quot; when it has none</extracomment>
        <translation>kolumn %1 innehåller %2 tecken: ett fält får innehålla högst %3 tecken</translation>
    </message>
    <message>
        <source>the row holds %1 characters: a row may hold at most %2 characters</source>
        <translation>raden innehåller %1 tecken: en rad får innehålla högst %2 tecken</translation>
    </message>
    <message>
        <source>%1 could not be written (%2): nothing was imported</source>
        <extracomment>%1 the file of rejected rows, %2 the reason from the system</extracomment>
        <translation>%1 kunde inte skrivas (%2): ingenting importerades</translation>
    </message>
</context>
<context>
    <name>lb::ImportWizard</name>
    <message>
        <source>Import from CSV</source>
        <extracomment>Window title of the import wizard</extracomment>
        <translation>Importera från CSV</translation>
    </message>
</context>
<context>
    <name>lb::ImportWizardFilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Välj en fil</translation>
    </message>
    <message>
        <source>A CSV file exported from a CRM, a marketing tool or a spreadsheet. Nothing is written until you start the import.</source>
        <translation>En CSV-fil som exporterats från ett CRM-system, ett marknadsföringsverktyg eller ett kalkylprogram. Inget skrivs förrän du startar importen.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>CSV file to import</source>
        <translation>CSV-fil att importera</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>Sökväg till en .csv-fil</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Browse for a CSV file</source>
        <translation>Bläddra efter en CSV-fil</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>Filen innehåller</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Vad filen innehåller</translation>
    </message>
    <message>
        <source>&amp;Leads (people and companies; existing ones are updated)</source>
        <translation>&amp;Leads (personer och företag; befintliga uppdateras)</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Importera leads</translation>
    </message>
    <message>
        <source>&amp;Events (activity of existing leads: e-mail opens, visits, form fills)</source>
        <extracomment>Events are behaviour events such as e-mail opens, page visits and form fills.</extracomment>
        <translation>&amp;Händelser (aktivitet för befintliga leads: öppnade e-postmeddelanden, besök, ifyllda formulär)</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>Importera händelser</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>Importera från CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <extracomment>File dialog filter; keep the patterns in parentheses</extracomment>
        <translation>CSV-filer (*.csv *.txt);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>lb::ImportWizardMappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Which field each column fills. The proposal comes from the column names; change any of them. Your choice is remembered for files with the same columns.</source>
        <translation>Vilket fält varje kolumn fyller. Förslaget bygger på kolumnnamnen; ändra vilka du vill. Ditt val sparas för filer med samma kolumner.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>Button that starts the import on the column mapping page</extracomment>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Ignore (do not import)</source>
        <extracomment>Mapping choice: the column is not imported</extracomment>
        <translation>Ignorera (importera inte)</translation>
    </message>
    <message>
        <source>Custom field “%1”</source>
        <extracomment>Mapping choice: the column becomes a custom field of this name</extracomment>
        <translation>Eget fält ”%1”</translation>
    </message>
    <message>
        <source>Event type</source>
        <extracomment>Event import: the kind of event (email_open, page_visit, ...)</extracomment>
        <translation>Händelsetyp</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Event import: when the event happened</extracomment>
        <translation>Tidpunkt</translation>
    </message>
    <message>
        <source>Detail</source>
        <extracomment>Event import: detail of the event (a URL, a subject)</extracomment>
        <translation>Detalj</translation>
    </message>
    <message>
        <source>&lt;b&gt;Column&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kolumn&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;First value&lt;/b&gt;</source>
        <translation>&lt;b&gt;Första värdet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported as&lt;/b&gt;</source>
        <translation>&lt;b&gt;Importeras som&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>The mapping you chose last time for files with these columns was restored.</source>
        <translation>Mappningen du valde förra gången för filer med de här kolumnerna har återställts.</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <extracomment>Accessible name of the field chooser of one CSV column</extracomment>
        <translation>Fält för kolumn %1</translation>
    </message>
    <message>
        <source>Chosen for more than one column: %1. Only the first of those columns is imported.</source>
        <extracomment>%1 a list of field names</extracomment>
        <translation>Valt för mer än en kolumn: %1. Bara den första av de kolumnerna importeras.</translation>
    </message>
</context>
<context>
    <name>lb::ImportWizardPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>The first rows as they will be read. If the columns look wrong, choose another delimiter.</source>
        <translation>De första raderna så som de kommer att läsas. Om kolumnerna ser fel ut, välj en annan avgränsare.</translation>
    </message>
    <message>
        <source>Detected encoding:</source>
        <extracomment>The character encoding of the CSV file (UTF-8, Windows-1252, ...)</extracomment>
        <translation>Identifierad teckenkodning:</translation>
    </message>
    <message>
        <source>Detected delimiter:</source>
        <extracomment>The character separating the columns of the CSV file</extracomment>
        <translation>Identifierad avgränsare:</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Avgränsare</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>Identifierad automatiskt</translation>
    </message>
    <message>
        <source>&amp;Use delimiter:</source>
        <translation>&amp;Använd avgränsare:</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Filens första rader</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabb</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <extracomment>The | character</extracomment>
        <translation>Lodstreck (|)</translation>
    </message>
    <message>
        <source>%1 has no header row.</source>
        <extracomment>%1 the file name</extracomment>
        <translation>%1 saknar rubrikrad.</translation>
    </message>
    <message>
        <source>As detected: %1</source>
        <extracomment>%1 the separator found in the file, e.g. &quot;Semicolon&quot;</extracomment>
        <translation>Identifierad automatiskt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 columns, %3. The first %n row(s):</source>
        <extracomment>%1 the file name, %2 the number of columns, %3 the file size (&quot;371 bytes&quot;)</extracomment>
        <translation>
            <numerusform>%1 — %2 kolumner, %3. Den första raden (%n):</numerusform>
            <numerusform>%1 — %2 kolumner, %3. De första %n raderna:</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <extracomment>Shown while the file is checked (a large file takes a moment: its encoding is checked over the whole file)</extracomment>
        <translation>Läser %1…</translation>
    </message>
</context>
<context>
    <name>lb::ImportWizardRunPage</name>
    <message>
        <source>Importing</source>
        <translation>Importerar</translation>
    </message>
    <message>
        <source>The whole file is one transaction: if you cancel, the workspace stays exactly as it was.</source>
        <translation>Hela filen är en enda transaktion: om du avbryter förblir arbetsytan exakt som den var.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importförlopp</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <extracomment>Cancels the running import; everything it did is rolled back</extracomment>
        <translation>&amp;Avbryt importen</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Avbryt importen</translation>
    </message>
    <message>
        <source>Importing %1 into the workspace…</source>
        <extracomment>%1 the file name</extracomment>
        <translation>Importerar %1 till arbetsytan…</translation>
    </message>
    <message>
        <source>Cancelling: undoing what was imported so far…</source>
        <translation>Avbryter: ångrar det som har importerats hittills…</translation>
    </message>
    <message>
        <source>Summary</source>
        <extracomment>The button of the running import&apos;s page; the wizard moves on by itself when done</extracomment>
        <translation>Sammanfattning</translation>
    </message>
</context>
<context>
    <name>lb::ImportWizardSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Imported:</source>
        <extracomment>Import summary: rows that became new leads or events</extracomment>
        <translation>Importerade:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <extracomment>Import summary: rows that changed an existing lead</extracomment>
        <translation>Uppdaterade:</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <extracomment>Import summary: rows that matched an existing lead or event exactly</extracomment>
        <translation>Oförändrade:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <extracomment>Import summary: rows refused, with a reason each</extracomment>
        <translation>Avvisade:</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Avvisade rader</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Spara avvisade rader…</translation>
    </message>
    <message>
        <source>Save the rejected rows as a CSV file</source>
        <translation>Spara de avvisade raderna som en CSV-fil</translation>
    </message>
    <message>
        <source>The rows as they were in the file, with a line and a reason column: fix them and import the saved file.</source>
        <translation>Raderna som de var i filen, med en kolumn för rad och en för orsak: rätta dem och importera den sparade filen.</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <extracomment>Goes back to the first page of the import wizard</extracomment>
        <translation>&amp;Börja om</translation>
    </message>
    <message>
        <source>Start the import over</source>
        <translation>Börja om importen</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>Importen är klar.</translation>
    </message>
    <message>
        <source>The import is done; nothing in the workspace changed.</source>
        <translation>Importen är klar; inget i arbetsytan ändrades.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed in the workspace.</source>
        <translation>Importen avbröts. Inget i arbetsytan ändrades.</translation>
    </message>
    <message>
        <source>The file could not be imported. Nothing was changed in the workspace.

%1</source>
        <extracomment>%1 the reason</extracomment>
        <translation>Filen kunde inte importeras. Inget i arbetsytan ändrades.

%1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Radinnehåll</translation>
    </message>
    <message>
        <source>These rows were not imported. Save them, fix them and import the saved file.</source>
        <translation>De här raderna importerades inte. Spara dem, rätta dem och importera den sparade filen.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Sparat till %1</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <extracomment>%1 the file chosen for the rejected rows</extracomment>
        <translation>Kunde inte spara %1</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Spara avvisade rader</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <extracomment>File dialog filter; keep the pattern in parentheses</extracomment>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>What the import did.</source>
        <translation>Vad importen gjorde.</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %Ln rejected row(s). Save them to see all, fix them and import the saved file.</source>
        <extracomment>%1 how many rows the table shows, of all the rejected rows</extracomment>
        <translation>
            <numerusform>De första %1 av %Ln avvisad rad. Spara dem för att se alla, rätta dem och importera den sparade filen.</numerusform>
            <numerusform>De första %1 av %Ln avvisade rader. Spara dem för att se alla, rätta dem och importera den sparade filen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::JobRunner</name>
    <message>
        <source>unexpected error</source>
        <translation>oväntat fel</translation>
    </message>
</context>
<context>
    <name>lb::LeadEditCommand</name>
    <message>
        <source>Edit %1</source>
        <extracomment>Undo menu text, after &quot;Undo&quot;: a noun phrase. %1 the lead&apos;s name</extracomment>
        <translation>redigering av %1</translation>
    </message>
</context>
<context>
    <name>lb::LeadExporter</name>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>%1 the file, %2 the reason from the system</extracomment>
        <translation>kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exporterar</translation>
    </message>
</context>
<context>
    <name>lb::LeadField</name>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Job title</source>
        <extracomment>A lead field: the person&apos;s job title</extracomment>
        <translation>Befattning</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Lead source</source>
        <extracomment>A lead field: where the lead came from (a campaign, a web form, an event)</extracomment>
        <translation>Leadkälla</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Employees</source>
        <extracomment>A lead field: the number of employees of the company</extracomment>
        <translation>Anställda</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Årsomsättning</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <extracomment>A lead field: when the prospect expects to decide (glossary: expected close date)</extracomment>
        <translation>Förväntat avslutsdatum</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>lb::LeadImporter</name>
    <message>
        <source>imported from %1</source>
        <extracomment>History reason of a lead an import created or moved; %1 the file&apos;s name</extracomment>
        <translation>importerat från %1</translation>
    </message>
    <message>
        <source>the row has no e-mail, nor a last name with a company: a lead needs one of them</source>
        <translation>raden saknar e-post och saknar efternamn med företag: ett lead behöver något av dem</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not an e-mail address</source>
        <translation>kolumn ”%1”: ”%2” är inte en e-postadress</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a country (an ISO code or a name in English, Finnish or Swedish)</source>
        <translation>kolumn ”%1”: ”%2” är inte ett land (en ISO-kod eller ett namn på engelska, finska eller svenska)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a whole number</source>
        <translation>kolumn ”%1”: ”%2” är inte ett heltal</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a date (YYYY-MM-DD, D.M.YYYY or M/D/YYYY)</source>
        <translation>kolumn ”%1”: ”%2” är inte ett datum (YYYY-MM-DD, D.M.YYYY eller M/D/YYYY)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a number</source>
        <translation>kolumn ”%1”: ”%2” är inte ett tal</translation>
    </message>
    <message>
        <source>%1 has no e-mail column, nor last name and company columns: a lead needs one of them (columns: %2)</source>
        <extracomment>%1 the CSV file, %2 the columns it has</extracomment>
        <translation>%1 saknar kolumn för e-post och saknar kolumner för efternamn och företag: ett lead behöver något av dem (kolumner: %2)</translation>
    </message>
    <message>
        <source>Building indexes</source>
        <translation>Bygger index</translation>
    </message>
    <message>
        <source>Saving</source>
        <extracomment>Progress phase: the import&apos;s transaction is being committed to disk.</extracomment>
        <translation>Sparar</translation>
    </message>
</context>
<context>
    <name>lb::LeadMoves</name>
    <message>
        <source>Moving leads</source>
        <translation>Flyttar leads</translation>
    </message>
    <message numerus="yes">
        <source>Moving %n leads…</source>
        <translation>
            <numerusform>Flyttar %n lead…</numerusform>
            <numerusform>Flyttar %n leads…</numerusform>
        </translation>
    </message>
    <message>
        <source>Move cancelled: no lead was moved.</source>
        <translation>Flytten avbröts: inga leads flyttades.</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Inte flyttat</translation>
    </message>
    <message numerus="yes">
        <source>Move %n leads</source>
        <translation>
            <numerusform>Flytta %n lead</numerusform>
            <numerusform>Flytta %n leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Inte ångrat</translation>
    </message>
</context>
<context>
    <name>lb::LeadPaneSync</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>The profile of %1 has changes that are not saved.</source>
        <extracomment>%1 is the lead&apos;s name</extracomment>
        <translation>Profilen för %1 har ändringar som inte har sparats.</translation>
    </message>
    <message>
        <source>Save them before you move on?</source>
        <translation>Vill du spara dem innan du går vidare?</translation>
    </message>
</context>
<context>
    <name>lb::LeadTableModel</name>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Senaste aktivitet</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <extracomment>Column header: how many days the lead has been in its current stage</extracomment>
        <translation>Dagar i steget</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: MQL for %n hour(s) without a logged touch</source>
        <extracomment>Tooltip of an overdue lead&apos;s Days in stage cell; %n is whole hours</extracomment>
        <translation>
            <numerusform>Försenad: MQL i %n timme utan loggad aktivitet</numerusform>
            <numerusform>Försenad: MQL i %n timmar utan loggad aktivitet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::LeadView</name>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Kvalificering</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>No lead selected</source>
        <translation>Inget lead valt</translation>
    </message>
    <message>
        <source>Choose a lead in the table to see its profile, score and history.</source>
        <translation>Välj ett lead i tabellen för att se dess profil, poäng och historik.</translation>
    </message>
    <message>
        <source>owned by %1</source>
        <translation>ägs av %1</translation>
    </message>
    <message>
        <source>No recorded activity yet.</source>
        <translation>Ingen registrerad aktivitet ännu.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n older events</source>
        <translation>
            <numerusform>… och %n äldre händelse</numerusform>
            <numerusform>… och %n äldre händelser</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign Owner…</source>
        <extracomment>Button in the lead view: choose who owns this lead</extracomment>
        <translation>Tilldela ägare…</translation>
    </message>
    <message>
        <source>Log Touch…</source>
        <extracomment>Button in the lead view: write down a call, e-mail, meeting or note</extracomment>
        <translation>Logga aktivitet…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A logged touch in Activity: %1 its kind (Call), %2 the call&apos;s outcome</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <extracomment>A logged touch in Activity: %1 its kind, %2 who logged it</extracomment>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Logged touch, %1</source>
        <extracomment>Tooltip of a touch in Activity, which an SDR logged (not a marketing event)</extracomment>
        <translation>Loggad aktivitet, %1</translation>
    </message>
    <message>
        <source>Committee</source>
        <extracomment>Tab of the lead view: the other people at the lead&apos;s company (buying committee)</extracomment>
        <translation>Köpgrupp</translation>
    </message>
</context>
<context>
    <name>lb::Lifecycle</name>
    <message>
        <source>Moving leads</source>
        <translation>Flyttar leads</translation>
    </message>
    <message>
        <source>lead %1 does not exist</source>
        <translation>lead %1 finns inte</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Ingen budget</translation>
    </message>
    <message>
        <source>No authority</source>
        <translation>Inget beslutsmandat</translation>
    </message>
    <message>
        <source>No need</source>
        <translation>Inget behov</translation>
    </message>
    <message>
        <source>Bad timing</source>
        <translation>Fel tidpunkt</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Konkurrent</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dubblett</translation>
    </message>
    <message>
        <source>Invalid contact data</source>
        <translation>Ogiltiga kontaktuppgifter</translation>
    </message>
    <message>
        <source>Unresponsive</source>
        <translation>Svarar inte</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>A reason not in the list; the user types it.</extracomment>
        <translation>Annat</translation>
    </message>
    <message>
        <source>the creation of a lead cannot be undone</source>
        <translation>skapandet av ett lead kan inte ångras</translation>
    </message>
    <message>
        <source>undo of the move to %1</source>
        <extracomment>History reason of an undone stage move; %1 the stage the lead had been moved to</extracomment>
        <translation>ångrad flytt till %1</translation>
    </message>
    <message>
        <source>%1 has been converted and is read-only.</source>
        <extracomment>%1 the lead&apos;s name</extracomment>
        <translation>Leadet %1 har konverterats och är skrivskyddat.</translation>
    </message>
    <message>
        <source>%1 has been converted and is read-only. Work on with what it became: account %2, contact %3 and opportunity %4.</source>
        <extracomment>%1 the lead&apos;s name; %2, %3, %4 ids</extracomment>
        <translation>Leadet %1 har konverterats och är skrivskyddat. Arbeta vidare med det som det blev: konto %2, kontakt %3 och affärsmöjlighet %4.</translation>
    </message>
    <message>
        <source>%1 has been converted and is read-only. Work on with what it became: account %2 and contact %3.</source>
        <extracomment>%1 the lead&apos;s name; %2, %3 ids</extracomment>
        <translation>Leadet %1 har konverterats och är skrivskyddat. Arbeta vidare med det som det blev: konto %2 och kontakt %3.</translation>
    </message>
    <message>
        <source>%1 has been converted since. Undo the conversion first.</source>
        <extracomment>%1 the lead&apos;s name</extracomment>
        <translation>Leadet %1 har konverterats sedan dess. Ångra konverteringen först.</translation>
    </message>
    <message>
        <source>%1 has moved on to %2 since, so this move cannot be undone any more.</source>
        <extracomment>%1 the lead&apos;s name, %2 the stage it is in now</extracomment>
        <translation>Leadet %1 har sedan dess flyttats till %2, så den här flytten kan inte längre ångras.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A framework and some of its criteria; %1 the framework (BANT), %2 criterion names</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 cannot move to %2: an answer is marked disqualifying (%3). Disqualify the lead, or correct the answer if it was wrong.</source>
        <extracomment>%1 the lead&apos;s name, %2 the stage (SQL), %3 &quot;BANT: Budget&quot; (criteria by name)</extracomment>
        <translation>Leadet %1 kan inte flyttas till %2: ett svar är markerat som diskvalificerande (%3). Diskvalificera leadet, eller rätta svaret om det var fel.</translation>
    </message>
    <message>
        <source>%1 cannot move to %2 yet: no qualification framework has been started. Answer the criteria of one (BANT, CHAMP, MEDDIC, ANUM or GPCTBA/C&amp;I) to a readiness of %3, or ask a manager to override.</source>
        <extracomment>%1 the lead&apos;s name, %2 the stage (SQL), %3 the readiness bar (75%)</extracomment>
        <translation>Leadet %1 kan inte flyttas till %2 än: inget kvalificeringsramverk har påbörjats. Besvara kriterierna i ett av dem (BANT, CHAMP, MEDDIC, ANUM eller GPCTBA/C&amp;I) till en mognadsgrad på %3, eller be en chef att åsidosätta spärren.</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <extracomment>One framework&apos;s readiness; %1 framework and missing criteria, %2 its readiness</extracomment>
        <translation>%1 (mognadsgrad %2)</translation>
    </message>
    <message>
        <source>%1 cannot move to %2 yet: no framework reaches the readiness bar of %3. Not yet confirmed: %4. Confirm these criteria, or ask a manager to override.</source>
        <extracomment>%1 the lead&apos;s name, %2 the stage (SQL), %3 the readiness bar (75%), %4 per framework the criteria not yet confirmed (&quot;BANT: Need, Timeline (at 50%)&quot;)</extracomment>
        <translation>Leadet %1 kan inte flyttas till %2 än: inget ramverk når mognadsgränsen %3. Ännu inte bekräftat: %4. Bekräfta dessa kriterier, eller be en chef att åsidosätta spärren.</translation>
    </message>
    <message>
        <source>%1 is already in %2.</source>
        <extracomment>%1 the lead&apos;s name, %2 its stage</extracomment>
        <translation>Leadet %1 är redan i %2.</translation>
    </message>
    <message>
        <source>%1 cannot be moved to %2 by hand. Convert the lead instead: that creates its account and contact.</source>
        <extracomment>%1 the lead&apos;s name, %2 the stage Converted</extracomment>
        <translation>Leadet %1 kan inte flyttas till %2 för hand. Konvertera leadet i stället: då skapas dess konto och kontakt.</translation>
    </message>
    <message>
        <source>%1 cannot move from %2 to %3: a lead in %2 stays there.</source>
        <extracomment>%1 the lead&apos;s name, %2 its stage, %3 the stage asked for</extracomment>
        <translation>Leadet %1 kan inte flyttas från %2 till %3: ett lead i %2 stannar där.</translation>
    </message>
    <message>
        <source>%1 cannot move from %2 to %3. From %2 it can move to: %4.</source>
        <extracomment>%1 the lead&apos;s name, %2 its stage, %3 the stage asked for, %4 the stages it may go to</extracomment>
        <translation>Leadet %1 kan inte flyttas från %2 till %3. Från %2 kan det flyttas till: %4.</translation>
    </message>
    <message>
        <source>Moving %1 to %2 needs a reason. Choose one: %3.</source>
        <extracomment>%1 the lead&apos;s name, %2 the stage, %3 the reasons to choose from</extracomment>
        <translation>Att flytta leadet %1 till %2 kräver en orsak. Välj en: %3.</translation>
    </message>
    <message>
        <source>Moving %1 to %2 with the reason “%3” needs a few words on why.</source>
        <extracomment>%1 the lead&apos;s name, %2 the stage, %3 the reason &quot;Other&quot;</extracomment>
        <translation>Att flytta leadet %1 till %2 med orsaken ”%3” kräver några ord om varför.</translation>
    </message>
    <message>
        <source>Only a manager may override this, and %1 is not one.</source>
        <extracomment>After a refused move to SQL; %1 the user&apos;s name</extracomment>
        <translation>Bara en chef får åsidosätta detta, och %1 är inte chef.</translation>
    </message>
    <message>
        <source>To override, give the reason for it.</source>
        <translation>Ange orsaken till åsidosättningen.</translation>
    </message>
    <message>
        <source>%1 is in %2, and only a lead in %3 can be converted. Qualify it first.</source>
        <extracomment>%1 the lead&apos;s name, %2 its stage, %3 the stage SQL</extracomment>
        <translation>Leadet %1 är i %2, och bara ett lead i %3 kan konverteras. Kvalificera det först.</translation>
    </message>
</context>
<context>
    <name>lb::LogTouchDialog</name>
    <message>
        <source>Log Touch with %1</source>
        <extracomment>Dialog title; %1 the lead&apos;s name</extracomment>
        <translation>Logga aktivitet med %1</translation>
    </message>
    <message>
        <source>What was said or agreed</source>
        <extracomment>Placeholder of the touch&apos;s text</extracomment>
        <translation>Vad som sades eller avtalades</translation>
    </message>
    <message>
        <source>Log</source>
        <extracomment>The dialog&apos;s OK button: write the touch down</extracomment>
        <translation>Logga</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <extracomment>The kind of touch: call, e-mail, meeting, note</extracomment>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <extracomment>How a call went</extracomment>
        <translation>&amp;Utfall:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;När:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>A&amp;nteckning:</translation>
    </message>
</context>
<context>
    <name>lb::MainWindow</name>
    <message>
        <source>Leadbench</source>
        <translation>Leadbench</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Ny arbetsyta…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Ö&amp;ppna arbetsyta…</translation>
    </message>
    <message>
        <source>&amp;Back Up Workspace…</source>
        <translation>Säkerhets&amp;kopiera arbetsyta…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>&amp;Find Leads</source>
        <translation>&amp;Sök leads</translation>
    </message>
    <message>
        <source>&amp;About Leadbench</source>
        <translation>&amp;Om Leadbench</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;Scoring Model…</source>
        <translation>&amp;Poängmodell…</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <extracomment>Accept the lead as sales-accepted (MQL -&gt; SAL)</extracomment>
        <translation>&amp;Acceptera</translation>
    </message>
    <message>
        <source>&amp;Qualify</source>
        <extracomment>Qualify the lead (SAL -&gt; SQL)</extracomment>
        <translation>&amp;Kvalificera</translation>
    </message>
    <message>
        <source>&amp;Nurture…</source>
        <extracomment>Send the lead back to marketing for nurturing</extracomment>
        <translation>&amp;Vårda…</translation>
    </message>
    <message>
        <source>&amp;Disqualify…</source>
        <translation>&amp;Diskvalificera…</translation>
    </message>
    <message>
        <source>Mark as &amp;MQL</source>
        <extracomment>Mark the lead as marketing qualified by hand</extracomment>
        <translation>Markera som &amp;MQL</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>Öppna &amp;igen</translation>
    </message>
    <message>
        <source>&amp;Convert…</source>
        <translation>K&amp;onvertera…</translation>
    </message>
    <message>
        <source>Ne&amp;xt Lead</source>
        <translation>&amp;Nästa lead</translation>
    </message>
    <message>
        <source>Pre&amp;vious Lead</source>
        <translation>&amp;Föregående lead</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>&amp;Lead</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Ver&amp;ktyg</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Det går inte att öppna arbetsytan</translation>
    </message>
    <message>
        <source>Leadbench cannot open %1.

%2</source>
        <translation>Leadbench kan inte öppna %1.

%2</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Inte flyttat</translation>
    </message>
    <message>
        <source>%1 — Leadbench</source>
        <translation>%1 — Leadbench</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Ny arbetsyta</translation>
    </message>
    <message>
        <source>Leadbench workspaces (*.leadbench)</source>
        <translation>Leadbench-arbetsytor (*.leadbench)</translation>
    </message>
    <message>
        <source>%1 already exists. Use File → Open Workspace to open it.</source>
        <translation>%1 finns redan. Öppna den med Arkiv → Öppna arbetsyta.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Öppna arbetsyta</translation>
    </message>
    <message>
        <source>Leadbench workspaces (*.leadbench);;All files (*)</source>
        <translation>Leadbench-arbetsytor (*.leadbench);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Back Up Workspace</source>
        <translation>Säkerhetskopiera arbetsyta</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Säkerhetskopierat till %1</translation>
    </message>
    <message>
        <source>About Leadbench</source>
        <translation>Om Leadbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Leadbench %1&lt;/h3&gt;&lt;p&gt;The lead qualification workbench: scored leads, qualification frameworks and a clear lifecycle from MQL to converted.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Leadbench %1&lt;/h3&gt;&lt;p&gt;Arbetsbänken för kvalificering av leads: poängsatta leads, kvalificeringsramverk och en tydlig livscykel från MQL till konverterat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Ingen arbetsyta öppen</translation>
    </message>
    <message>
        <source>Open a workspace with File → Open Workspace, or create one with File → New Workspace.</source>
        <translation>Öppna en arbetsyta med Arkiv → Öppna arbetsyta, eller skapa en med Arkiv → Ny arbetsyta.</translation>
    </message>
    <message>
        <source>No leads match. Clear the search or choose another queue.</source>
        <translation>Inga leads matchar. Rensa sökningen eller välj en annan kö.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>&lt;p&gt;In the lead table:&lt;/p&gt;</source>
        <translation>&lt;p&gt;I leadtabellen:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Also: / searches. Select several leads to move them together.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dessutom: / söker. Markera flera leads för att flytta dem tillsammans.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>&amp;Export Leads…</source>
        <translation>&amp;Exportera leads…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n leads to %1</source>
        <translation>
            <numerusform>Exporterade %n lead till %1</numerusform>
            <numerusform>Exporterade %n leads till %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This workspace has no leads yet. Import a CSV file with File → Import (Ctrl+I).</source>
        <translation>Den här arbetsytan har inga leads ännu. Importera en CSV-fil med Arkiv → Importera (Ctrl+I).</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Inte ångrat</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Toolbar tooltip: %1 the action, %2 its shortcut</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Upgrading %1 for this version of Leadbench…
This happens once; a large workspace takes a minute or two.</source>
        <extracomment>Shown while a workspace made by an older Leadbench is brought up to date; %1 is its file.</extracomment>
        <translation>Uppgraderar %1 för den här versionen av Leadbench…
Det sker bara en gång; en stor arbetsyta tar en minut eller två.</translation>
    </message>
    <message>
        <source>Upgrading workspace</source>
        <extracomment>Title of the dialog shown while an older workspace is brought up to date.</extracomment>
        <translation>Uppgraderar arbetsytan</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <extracomment>Status bar while a workspace opens; %1 is its file name.</extracomment>
        <translation>Öppnar %1…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Ö&amp;versikt</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s): %1</source>
        <extracomment>The table lists the leads behind a number of the dashboard; %1 names the number</extracomment>
        <translation>
            <numerusform>%n lead: %1</numerusform>
            <numerusform>%n leads: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign &amp;Owner…</source>
        <extracomment>Give the selected leads to an SDR (or take them from their owner)</extracomment>
        <translation>Tilldela ä&amp;gare…</translation>
    </message>
    <message>
        <source>&amp;Log Touch…</source>
        <extracomment>Write down a call, e-mail, meeting or note with the current lead</extracomment>
        <translation>&amp;Logga aktivitet…</translation>
    </message>
    <message>
        <source>Assi&amp;gn New MQLs…</source>
        <extracomment>Deal the MQLs nobody owns out to chosen SDRs in turn</extracomment>
        <translation>Fördela n&amp;ya MQL…</translation>
    </message>
    <message>
        <source>&amp;Accounts &amp;&amp; Deals</source>
        <extracomment>Menu entry: the accounts and opportunities (deals) made by converting leads</extracomment>
        <translation>&amp;Konton och affärer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) match</source>
        <extracomment>Status bar: how many leads the current queue and filters show.</extracomment>
        <translation>
            <numerusform>%Ln lead matchar</numerusform>
            <numerusform>%Ln leads matchar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to Team Workspace</source>
        <extracomment>%1 the server&apos;s address</extracomment>
        <translation>Anslut till teamarbetsyta</translation>
    </message>
    <message>
        <source>The team workspace&apos;s address, as your administrator gave it
(postgresql://user@server:5432/database).

Leadbench takes the password from ~/.pgpass or PGPASSWORD and never stores it.</source>
        <extracomment>postgresql://… is an address format: keep it as it is</extracomment>
        <translation>Teamarbetsytans adress så som administratören angav den
(postgresql://användare@server:5432/databas).

Leadbench hämtar lösenordet från ~/.pgpass eller PGPASSWORD och sparar det aldrig.</translation>
    </message>
    <message>
        <source>%1 holds no Leadbench workspace yet. Make one there for your team?</source>
        <translation>%1 innehåller ännu ingen arbetsyta för Leadbench. Vill du skapa en där för ditt team?</translation>
    </message>
    <message>
        <source>&amp;Connect to Team Workspace…</source>
        <extracomment>Opens a workspace a team shares on a PostgreSQL server</extracomment>
        <translation>&amp;Anslut till teamarbetsyta…</translation>
    </message>
</context>
<context>
    <name>lb::MoveNotice</name>
    <message>
        <source>Undo</source>
        <extracomment>Button after &quot;Timo Heikkinen → SAL&quot; in the status bar: takes that move back</extracomment>
        <translation>Ångra</translation>
    </message>
    <message numerus="yes">
        <source>%n leads → %1</source>
        <extracomment>Status bar after moving several leads: &quot;12 leads → SAL&quot;</extracomment>
        <translation>
            <numerusform>%n lead → %1</numerusform>
            <numerusform>%n leads → %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>Status bar after moving a lead: its name → its new stage</extracomment>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>lb::Navigation</name>
    <message>
        <source>&amp;Back</source>
        <extracomment>Go back to the lead, account or opportunity opened before</extracomment>
        <translation>&amp;Bakåt</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <extracomment>Go forward again to the lead, account or opportunity left with Back</extracomment>
        <translation>&amp;Framåt</translation>
    </message>
</context>
<context>
    <name>lb::Opportunities</name>
    <message>
        <source>amount %1 is not an amount of zero or more</source>
        <translation>beloppet %1 är inte ett belopp på noll eller mer</translation>
    </message>
    <message>
        <source>the expected close date is not a valid date</source>
        <translation>det förväntade avslutsdatumet är inte ett giltigt datum</translation>
    </message>
    <message>
        <source>opportunity %1 cannot be marked Lost without a lost reason</source>
        <translation>affärsmöjlighet %1 kan inte markeras som förlorad (Lost) utan en förlustorsak</translation>
    </message>
    <message>
        <source>a lost reason (&quot;%1&quot;) is given only with the stage Lost</source>
        <translation>en förlustorsak (”%1”) anges bara med steget Lost</translation>
    </message>
    <message>
        <source>opportunity %1 already has these values: nothing to change</source>
        <translation>affärsmöjlighet %1 har redan dessa värden: inget att ändra</translation>
    </message>
    <message>
        <source>opportunity %1 was changed by someone else since it was read; reload it and try again</source>
        <translation>affärsmöjlighet %1 har ändrats av någon annan sedan den lästes; läs in den igen och försök på nytt</translation>
    </message>
    <message>
        <source>there is no opportunity %1</source>
        <translation>det finns ingen affärsmöjlighet %1</translation>
    </message>
</context>
<context>
    <name>lb::OpportunityCommand</name>
    <message>
        <source>Move %1 to %2</source>
        <extracomment>Undo step: the deal %1 moved to the stage %2</extracomment>
        <translation>Flytta %1 till %2</translation>
    </message>
    <message>
        <source>Change %1</source>
        <extracomment>Undo step: the amount or expected close of the deal %1 changed</extracomment>
        <translation>Ändra %1</translation>
    </message>
    <message>
        <source>no workspace is open</source>
        <translation>ingen arbetsyta är öppen</translation>
    </message>
</context>
<context>
    <name>lb::OpportunityDialog</name>
    <message>
        <source>Lost &amp;reason:</source>
        <translation>&amp;Orsak till förlust:</translation>
    </message>
    <message>
        <source>Change Opportunity %1</source>
        <extracomment>Dialog title; %1 is the name of the deal</extracomment>
        <translation>Ändra affärsmöjlighet %1</translation>
    </message>
    <message>
        <source>Why the customer did not buy</source>
        <extracomment>Placeholder of the lost reason, e.g. &quot;chose a competitor&quot;, &quot;no budget&quot;</extracomment>
        <translation>Varför kunden inte köpte</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Steg:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Belopp:</translation>
    </message>
    <message>
        <source>Expected &amp;close:</source>
        <translation>Förväntat &amp;avslutsdatum:</translation>
    </message>
    <message>
        <source>Say why the deal was lost before moving it to Lost.</source>
        <translation>Ange varför affären förlorades innan du flyttar den till Förlorad.</translation>
    </message>
</context>
<context>
    <name>lb::OpportunityListModel</name>
    <message>
        <source>Opportunity</source>
        <translation>Affärsmöjlighet</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Expected close</source>
        <extracomment>Column: the day the deal is expected to close</extracomment>
        <translation>Förväntat avslutsdatum</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Leadkälla</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <extracomment>Column: how many days the deal has been in its stage</extracomment>
        <translation>Dagar i steget</translation>
    </message>
</context>
<context>
    <name>lb::OpportunityStage</name>
    <message>
        <source>Prospecting</source>
        <extracomment>Stage of an opportunity (a deal): the first one after conversion</extracomment>
        <translation>Prospektering</translation>
    </message>
    <message>
        <source>Proposal</source>
        <extracomment>Stage of an opportunity (a deal): an offer was made</extracomment>
        <translation>Offert</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <extracomment>Stage of an opportunity (a deal)</extracomment>
        <translation>Förhandling</translation>
    </message>
    <message>
        <source>Won</source>
        <extracomment>Stage of an opportunity (a deal): the customer bought</extracomment>
        <translation>Vunnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <extracomment>Stage of an opportunity (a deal): the customer did not buy</extracomment>
        <translation>Förlorad</translation>
    </message>
</context>
<context>
    <name>lb::OwnerCommand</name>
    <message numerus="yes">
        <source>Remove the owner of %n lead(s)</source>
        <extracomment>Undo step: %n leads lost their owner</extracomment>
        <translation>
            <numerusform>Ta bort ägaren till ett lead</numerusform>
            <numerusform>Ta bort ägaren till %n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n lead(s) to %1</source>
        <extracomment>Undo step: %n leads given to the owner %1</extracomment>
        <translation>
            <numerusform>Tilldela ett lead till %1</numerusform>
            <numerusform>Tilldela %n leads till %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n lead(s) in turn</source>
        <extracomment>Undo step: %n leads dealt out to several owners in turn</extracomment>
        <translation>
            <numerusform>Fördela ett lead i tur och ordning</numerusform>
            <numerusform>Fördela %n leads i tur och ordning</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::Ownership</name>
    <message>
        <source>lead %1 does not exist</source>
        <translation>lead %1 finns inte</translation>
    </message>
    <message>
        <source>no owner was chosen</source>
        <translation>ingen ägare valdes</translation>
    </message>
    <message>
        <source>%1 was changed by %2 since; reload it and try again</source>
        <translation>%1 har ändrats av %2 sedan dess; läs in det igen och försök på nytt</translation>
    </message>
</context>
<context>
    <name>lb::ProfileEdit</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>”%1” är inte en e-postadress</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>”%1” är inte ett heltal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>”%1” är inte ett tal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD or D.M.YYYY)</source>
        <translation>”%1” är inte ett datum (YYYY-MM-DD eller D.M.YYYY)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country</source>
        <translation>”%1” är inte ett känt land</translation>
    </message>
    <message>
        <source>a lead needs an e-mail, or a last name and a company</source>
        <translation>ett lead behöver en e-postadress, eller ett efternamn och ett företag</translation>
    </message>
    <message>
        <source>a custom field needs a name after &quot;custom.&quot;</source>
        <translation>ett anpassat fält behöver ett namn efter &quot;custom.&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a profile field (the fields: %2, custom.&lt;name&gt;)</source>
        <translation>&quot;%1&quot; är inte ett profilfält (fälten: %2, custom.&lt;namn&gt;)</translation>
    </message>
    <message>
        <source>lead %1 no longer exists</source>
        <translation>lead %1 finns inte längre</translation>
    </message>
    <message>
        <source>lead %1 was changed by %2 since version %3; reload it</source>
        <translation>lead %1 har ändrats av %2 efter version %3; läs in det igen</translation>
    </message>
</context>
<context>
    <name>lb::ProfileEditor</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>Created %1 · last changed %2 by %3</source>
        <translation>Skapad %1 · senast ändrad %2 av %3</translation>
    </message>
    <message>
        <source>used by scoring</source>
        <translation>används i poängsättningen</translation>
    </message>
    <message>
        <source>Complete: all %1 fields the scoring model reads are filled.</source>
        <translation>Komplett: alla %1 fält som poängmodellen läser är ifyllda.</translation>
    </message>
    <message>
        <source>%1 of %2 fields the scoring model reads are filled. Missing: %3.</source>
        <translation>%1 av %2 fält som poängmodellen läser är ifyllda. Saknas: %3.</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <extracomment>Heading above the lead&apos;s fields that came from CSV columns no standard field took</extracomment>
        <translation>Anpassade fält</translation>
    </message>
</context>
<context>
    <name>lb::ProfileOffer</name>
    <message>
        <source>Fill the profile&apos;s %1 with %2?</source>
        <extracomment>Offer after an answer: %1 a profile field (Budget), %2 the answer&apos;s value</extracomment>
        <translation>Fylla i profilens %1 med %2?</translation>
    </message>
    <message>
        <source>Change the profile&apos;s %1 from %2 to %3?</source>
        <extracomment>Offer after an answer: %1 a profile field, %2 its value now, %3 the answer&apos;s value</extracomment>
        <translation>Ändra profilens %1 från %2 till %3?</translation>
    </message>
    <message>
        <source>Save or revert the changes in the profile first, then fill it.</source>
        <translation>Spara eller återställ ändringarna i profilen först och fyll sedan i.</translation>
    </message>
</context>
<context>
    <name>lb::ProfileOfferBar</name>
    <message>
        <source>&amp;Fill</source>
        <extracomment>Button of the offer to copy an answer&apos;s value into the lead&apos;s profile</extracomment>
        <translation>&amp;Fyll i</translation>
    </message>
    <message>
        <source>Not now</source>
        <extracomment>Button of the offer to copy an answer&apos;s value into the lead&apos;s profile: not this time</extracomment>
        <translation>Inte nu</translation>
    </message>
</context>
<context>
    <name>lb::Qualification</name>
    <message>
        <source>unknown framework &quot;%1&quot; (one of %2)</source>
        <translation>okänt ramverk ”%1” (ett av %2)</translation>
    </message>
    <message>
        <source>framework %1 has no criterion &quot;%2&quot; (one of %3)</source>
        <translation>ramverket %1 har inget kriterium ”%2” (ett av %3)</translation>
    </message>
    <message>
        <source>lead %1 no longer exists</source>
        <translation>lead %1 finns inte längre</translation>
    </message>
    <message>
        <source>%1: “%2” is not an amount (a number such as 25000).</source>
        <translation>%1: ”%2” är inte ett belopp (ett tal som 25000).</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (YYYY-MM-DD).</source>
        <translation>%1: ”%2” är inte ett datum (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%2 has answered %1 again since, and that answer stays. Reload the lead to see it.</source>
        <extracomment>%1 a framework and criterion (&quot;BANT: Authority&quot;), %2 who answered it last</extracomment>
        <translation>%2 har sedan dess svarat på %1 igen, och det svaret står kvar. Läs in leadet igen för att se det.</translation>
    </message>
    <message>
        <source>The answer to %1 was withdrawn since. Reload the lead to see it.</source>
        <translation>Svaret på %1 har dragits tillbaka sedan dess. Läs in leadet igen för att se det.</translation>
    </message>
</context>
<context>
    <name>lb::QualificationActions</name>
    <message>
        <source>Why does %1 move to %2?</source>
        <translation>Varför flyttas %1 till %2?</translation>
    </message>
    <message>
        <source>As a manager you may override the guard. Why?</source>
        <translation>Som chef får du åsidosätta spärren. Varför?</translation>
    </message>
    <message numerus="yes">
        <source>Why do %n leads move to %1?</source>
        <translation>
            <numerusform>Varför flyttas %n lead till %1?</numerusform>
            <numerusform>Varför flyttas %n leads till %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) were not moved:</source>
        <translation>
            <numerusform>%n lead flyttades inte:</numerusform>
            <numerusform>%n leads flyttades inte:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::QualificationForm</name>
    <message>
        <source>Amount, e.g. 25000</source>
        <translation>Belopp, t.ex. 25000</translation>
    </message>
    <message>
        <source>Date, YYYY-MM-DD</source>
        <extracomment>Keep the date format as it is: it is what the field accepts.</extracomment>
        <translation>Datum, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Name, role or e-mail</source>
        <translation>Namn, roll eller e-post</translation>
    </message>
    <message>
        <source>Value (optional)</source>
        <translation>Värde (valfritt)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Delvis</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bekräftat</translation>
    </message>
    <message>
        <source>Disqualifying</source>
        <translation>Diskvalificerande</translation>
    </message>
    <message>
        <source>Readiness %p%</source>
        <extracomment>Progress bar text; %p is the percentage.</extracomment>
        <translation>Mognadsgrad %p %</translation>
    </message>
    <message>
        <source>Every criterion is confirmed.</source>
        <translation>Alla kriterier är bekräftade.</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Saknas: %1</translation>
    </message>
    <message>
        <source>Stale, ask again: %1</source>
        <translation>Inaktuellt, fråga igen: %1</translation>
    </message>
    <message>
        <source>Evidence: who said what</source>
        <translation>Belägg: vem sa vad</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>inaktuellt</translation>
    </message>
    <message>
        <source>Answered by %1 on %2</source>
        <translation>Besvarat av %1 den %2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrera</translation>
    </message>
</context>
<context>
    <name>lb::QualificationWidget</name>
    <message>
        <source>Use framework</source>
        <translation>Använd ramverk</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>No framework yet: choose one and record what the prospect says.</source>
        <translation>Inget ramverk ännu: välj ett och registrera vad prospekten säger.</translation>
    </message>
    <message>
        <source>Not ready for SQL: marked disqualifying: %1</source>
        <translation>Inte redo för SQL: markerat som diskvalificerande: %1</translation>
    </message>
    <message>
        <source>Ready for SQL: readiness %1 reaches the bar of %2.</source>
        <translation>Redo för SQL: mognadsgraden %1 når gränsen %2.</translation>
    </message>
    <message>
        <source>Not ready for SQL: best readiness %1, the bar is %2.</source>
        <translation>Inte redo för SQL: högsta mognadsgrad %1, gränsen är %2.</translation>
    </message>
</context>
<context>
    <name>lb::QueuePanel</name>
    <message>
        <source>Queues</source>
        <translation>Köer</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Alla leads</translation>
    </message>
    <message>
        <source>My leads</source>
        <translation>Mina leads</translation>
    </message>
    <message>
        <source>New leads</source>
        <extracomment>Queue of leads in stage New</extracomment>
        <translation>Nya leads</translation>
    </message>
    <message>
        <source>MQLs to accept</source>
        <extracomment>Queue: marketing qualified leads waiting for an SDR to accept them</extracomment>
        <translation>MQL att acceptera</translation>
    </message>
    <message>
        <source>SAL in progress</source>
        <extracomment>Queue: sales accepted leads being qualified</extracomment>
        <translation>SAL under arbete</translation>
    </message>
    <message>
        <source>SQL ready to convert</source>
        <extracomment>Queue: sales qualified leads waiting to be converted</extracomment>
        <translation>SQL redo att konvertera</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Queue: MQLs not touched within the hours the settings allow</extracomment>
        <translation>Försenade</translation>
    </message>
    <message>
        <source>Counts are of whole queues, without the search and filters.</source>
        <extracomment>Under the queue list while a search or filter is active: the numbers in brackets are of the whole queues, not of what the table shows</extracomment>
        <translation>Antalen gäller hela köerna, utan sökning och filter.</translation>
    </message>
    <message>
        <source>The table shows the leads that match; the status bar counts them.</source>
        <translation>Tabellen visar de leads som matchar; statusraden räknar dem.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) in the whole queue; the search and filters are not counted.</source>
        <extracomment>Tooltip of a queue while a search or filter is active; %n is its count</extracomment>
        <translation>
            <numerusform>%n lead i hela kön; sökning och filter räknas inte.</numerusform>
            <numerusform>%n leads i hela kön; sökning och filter räknas inte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Orsak till åsidosättning</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <extracomment>Placeholder entry of the reason list: nothing chosen yet.</extracomment>
        <translation>Välj en orsak…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>Detaljer (valfritt)</translation>
    </message>
    <message>
        <source>Why is the guard overridden?</source>
        <translation>Varför åsidosätts spärren?</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Detaljer:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Varför:</translation>
    </message>
    <message>
        <source>Required for &quot;Other&quot;</source>
        <translation>Krävs för ”Annat”</translation>
    </message>
</context>
<context>
    <name>lb::ReportCharts</name>
    <message>
        <source>Won</source>
        <extracomment>Funnel step: the opportunity was won</extracomment>
        <translation>Vunnen</translation>
    </message>
    <message>
        <source>%1+</source>
        <extracomment>A band with no upper end, e.g. &quot;91+&quot; days</extracomment>
        <translation>%1+</translation>
    </message>
    <message>
        <source>Click to list these leads</source>
        <translation>Klicka för att lista dessa leads</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Säljtratt</translation>
    </message>
    <message>
        <source>New %1</source>
        <extracomment>New MQLs (SALs, SQLs) in a week; %1 is the stage</extracomment>
        <translation>Nya %1</translation>
    </message>
    <message>
        <source>Inflow per week</source>
        <translation>Inflöde per vecka</translation>
    </message>
    <message>
        <source>Week</source>
        <extracomment>Axis title under the inflow chart&apos;s bars: the ISO week numbers</extracomment>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Öppen pipeline</translation>
    </message>
    <message>
        <source>(no source)</source>
        <extracomment>A lead source that is not recorded</extracomment>
        <translation>(ingen källa)</translation>
    </message>
    <message>
        <source>Sources: pipeline and won (%1)</source>
        <extracomment>Chart title. %1 the currency code (EUR)</extracomment>
        <translation>Källor: pipeline och vunnet (%1)</translation>
    </message>
    <message>
        <source>Score distribution by stage</source>
        <translation>Poängfördelning per steg</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Median, dagar</translation>
    </message>
    <message>
        <source>80th percentile days</source>
        <translation>80:e percentilen, dagar</translation>
    </message>
    <message>
        <source>Velocity: days from stage to stage</source>
        <translation>Hastighet: dagar från steg till steg</translation>
    </message>
    <message>
        <source>Aging: open leads by days in their stage</source>
        <translation>Åldrande: öppna leads efter dagar i sitt steg</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <extracomment>A move without a recorded reason</extracomment>
        <translation>(inget skäl)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>%1 stage (Disqualified or Nurture), %2 reason, %3 share of that stage&apos;s moves</extracomment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Why leads leave</source>
        <translation>Varför leads lämnar</translation>
    </message>
    <message>
        <source>Reached SQL %</source>
        <translation>Nådde SQL, %</translation>
    </message>
    <message>
        <source>Won %</source>
        <translation>Vunna, %</translation>
    </message>
    <message>
        <source>Calibration: score at MQL against outcome (AUC %1)</source>
        <extracomment>Calibration chart title; AUC = area under the ROC curve of the score for reaching SQL</extracomment>
        <translation>Kalibrering: poäng vid MQL mot utfall (AUC %1)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Vinstandel</translation>
    </message>
    <message>
        <source>(unowned)</source>
        <extracomment>Leads that nobody owns</extracomment>
        <translation>(utan ägare)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepterade</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Kvalificerade</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Konverterat</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Diskvalificerat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Median response (days)</source>
        <extracomment>Median days from MQL to SAL: how fast the SDR accepts a lead</extracomment>
        <translation>Median svarstid (dagar)</translation>
    </message>
</context>
<context>
    <name>lb::ReportPdf</name>
    <message>
        <source>Leadbench could not write %1.</source>
        <extracomment>%1 the PDF file chosen</extracomment>
        <translation>Leadbench kunde inte skriva %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Page footer of the PDF report</extracomment>
        <translation>Sida %1 av %2</translation>
    </message>
</context>
<context>
    <name>lb::Reports</name>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <extracomment>%1 the last day, %2 the first day (YYYY-MM-DD)</extracomment>
        <translation>perioden slutar (%1) innan den börjar (%2)</translation>
    </message>
    <message>
        <source>no user is called &quot;%1&quot;</source>
        <translation>ingen användare heter ”%1”</translation>
    </message>
</context>
<context>
    <name>lb::RescoreActions</name>
    <message>
        <source>Saving the scoring model and rescoring every lead…</source>
        <translation>Sparar poängmodellen och poängsätter alla leads på nytt…</translation>
    </message>
    <message>
        <source>Scoring model not saved</source>
        <translation>Poängmodellen sparades inte</translation>
    </message>
    <message numerus="yes">
        <source>Saved the model and rescored %n leads</source>
        <translation>
            <numerusform>Modellen sparades och %n lead fick ny poäng</numerusform>
            <numerusform>Modellen sparades och %n leads fick ny poäng</numerusform>
        </translation>
    </message>
    <message>
        <source>Rescoring leads</source>
        <extracomment>Title of the progress dialog while every lead is scored again</extracomment>
        <translation>Leads poängsätts på nytt</translation>
    </message>
    <message>
        <source>Saving the new MQL threshold and rescoring every lead…</source>
        <translation>Sparar den nya MQL-tröskeln och poängsätter alla leads på nytt…</translation>
    </message>
    <message>
        <source>MQL threshold not changed</source>
        <extracomment>%1 is the new threshold (a score)</extracomment>
        <translation>MQL-tröskeln ändrades inte</translation>
    </message>
    <message numerus="yes">
        <source>MQL threshold set to %1: rescored %n leads</source>
        <translation>
            <numerusform>MQL-tröskeln är nu %1: %n lead fick ny poäng</numerusform>
            <numerusform>MQL-tröskeln är nu %1: %n leads fick ny poäng</numerusform>
        </translation>
    </message>
    <message>
        <source>Rescore cancelled: nothing was changed.</source>
        <translation>Omräkningen av poäng avbröts: inget ändrades.</translation>
    </message>
</context>
<context>
    <name>lb::RoundRobinDialog</name>
    <message>
        <source>Assign New MQLs</source>
        <translation>Fördela nya MQL</translation>
    </message>
    <message numerus="yes">
        <source>%n MQL(s) nobody owns yet. Deal them out in turn to:</source>
        <extracomment>%n the number of MQLs nobody owns</extracomment>
        <translation>
            <numerusform>Ett MQL saknar ännu ägare. Ge det till:</numerusform>
            <numerusform>%n MQL saknar ännu ägare. Fördela dem i tur och ordning till:</numerusform>
        </translation>
    </message>
    <message>
        <source>Another SDR&apos;s name</source>
        <translation>En annan SDR:s namn</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Tilldela</translation>
    </message>
</context>
<context>
    <name>lb::ScoreBar</name>
    <message>
        <source>Fit %1 + behaviour %2; MQL at %3</source>
        <extracomment>Tooltip of the score bar: %1 fit points, %2 behaviour points, %3 the MQL threshold (points)</extracomment>
        <translation>Matchning %1 + beteende %2; MQL vid %3</translation>
    </message>
</context>
<context>
    <name>lb::ScoreBreakdownWidget</name>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Rules that counted</source>
        <translation>Regler som räknades</translation>
    </message>
    <message>
        <source>Missing data that would score</source>
        <extracomment>Fit rules that did not count because the lead&apos;s data is empty</extracomment>
        <translation>Saknade uppgifter som skulle ge poäng</translation>
    </message>
    <message>
        <source>What would raise the score</source>
        <translation>Vad som skulle höja poängen</translation>
    </message>
    <message>
        <source>No lead</source>
        <translation>Inget lead</translation>
    </message>
    <message>
        <source> (grade %1)</source>
        <translation> (klass %1)</translation>
    </message>
    <message>
        <source>Score %1%2: fit %3, behaviour %4</source>
        <extracomment>%1 total score, %2 grade part, %3 fit part, %4 behaviour part</extracomment>
        <translation>Poäng %1%2: matchning %3, beteende %4</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) below the MQL threshold (%1).</source>
        <extracomment>%1 the MQL threshold (points)</extracomment>
        <translation>
            <numerusform>%n poäng under MQL-tröskeln (%1).</numerusform>
            <numerusform>%n poäng under MQL-tröskeln (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>At or over the MQL threshold (%1).</source>
        <extracomment>%1 the MQL threshold (points)</extracomment>
        <translation>På eller över MQL-tröskeln (%1).</translation>
    </message>
    <message>
        <source>%1 (behaviour)</source>
        <extracomment>%1 a behaviour rule&apos;s label, e.g. &quot;Web visits&quot;</extracomment>
        <translation>%1 (beteende)</translation>
    </message>
    <message>
        <source>%1: %2 empty (%3 points)</source>
        <extracomment>%1 rule label, %2 the empty fields, %3 a decimal number of points such as 2.5 (not a count: always the plural)</extracomment>
        <translation>%1: %2 tomt (%3 poäng)</translation>
    </message>
    <message>
        <source>if &quot;%1&quot; held</source>
        <extracomment>A step that would raise the score: %1 a fit rule&apos;s label. Followed by &quot;: 77 points&quot;</extracomment>
        <translation>om ”%1” gällde</translation>
    </message>
    <message>
        <source>one more &quot;%1&quot; now</source>
        <extracomment>A step that would raise the score: %1 a behaviour rule&apos;s label (a kind of event). Followed by &quot;: 77 points&quot;</extracomment>
        <translation>en händelse till (%1)</translation>
    </message>
    <message>
        <source>reaches MQL</source>
        <translation>når MQL</translation>
    </message>
    <message>
        <source>Nothing missing: every field the scoring model reads is filled in.</source>
        <translation>Inget saknas: alla fält som poängmodellen läser är ifyllda.</translation>
    </message>
    <message>
        <source>No single step would raise this score now.</source>
        <translation>Inget enskilt steg skulle höja poängen nu.</translation>
    </message>
    <message>
        <source>Scored as of %1</source>
        <extracomment>The moment the explained score is as of (events after it do not count); %1 date, time</extracomment>
        <translation>Poängsatt per %1</translation>
    </message>
    <message>
        <source>could not be evaluated</source>
        <extracomment>In the points column: the rule&apos;s regular expression gave up on the lead&apos;s value</extracomment>
        <translation>kunde inte utvärderas</translation>
    </message>
    <message>
        <source>The rule&apos;s regular expression took too long on this lead&apos;s value (too much backtracking), so the rule counts no points. Simplify the pattern.</source>
        <translation>Regelns reguljära uttryck tog för lång tid på det här leadets värde (för mycket backtracking), så regeln ger inga poäng. Förenkla mönstret.</translation>
    </message>
    <message>
        <source>The score cannot be explained: %1</source>
        <extracomment>%1 why, e.g. the stored scoring model is not valid</extracomment>
        <translation>Poängen kan inte förklaras: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 empty (%Ln point(s))</source>
        <extracomment>%1 rule label, %2 the empty fields the rule reads, then the points the rule is worth</extracomment>
        <translation>
            <numerusform>%1: %2 tomt (%Ln poäng)</numerusform>
            <numerusform>%1: %2 tomt (%Ln poäng)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln point(s)</source>
        <extracomment>%1 &quot;if Job title held&quot; / &quot;one more event (Web visits)&quot;: the score it would give</extracomment>
        <translation>
            <numerusform>%1: %Ln poäng</numerusform>
            <numerusform>%1: %Ln poäng</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::ScoreHistogram</name>
    <message>
        <source>edited</source>
        <translation>redigerad</translation>
    </message>
    <message>
        <source>current</source>
        <translation>nuvarande</translation>
    </message>
</context>
<context>
    <name>lb::ScoringModel</name>
    <message>
        <source>unknown key</source>
        <translation>okänd nyckel</translation>
    </message>
    <message>
        <source>missing; must be a number</source>
        <translation>saknas; måste vara ett tal</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <extracomment>%1 the JSON value found (kept as written)</extracomment>
        <translation>måste vara ett tal, inte %1</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>får inte vara negativt</translation>
    </message>
    <message>
        <source>missing; must be a text</source>
        <translation>saknas; måste vara en text</translation>
    </message>
    <message>
        <source>must be a non-empty text, not %1</source>
        <extracomment>%1 the JSON value found (kept as written)</extracomment>
        <translation>måste vara en text som inte är tom, inte %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>saknas</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <extracomment>%1 the JSON value found (kept as written)</extracomment>
        <translation>måste vara ett objekt, inte %1</translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <extracomment>%1 the JSON value found (kept as written)</extracomment>
        <translation>måste vara en lista, inte %1</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (also at %2)</source>
        <translation>dubblerat id &quot;%1&quot; (även vid %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a text or a number, not %2</source>
        <translation>&quot;%1&quot; behöver en text eller ett tal, inte %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a non-empty list, not %2</source>
        <translation>&quot;%1&quot; behöver en lista som inte är tom, inte %2</translation>
    </message>
    <message>
        <source>must be a domain such as &quot;example.com&quot;, not %1</source>
        <translation>måste vara en domän som &quot;example.com&quot;, inte %1</translation>
    </message>
    <message>
        <source>must be a text or a number, not %1</source>
        <extracomment>%1 the JSON value found (kept as written)</extracomment>
        <translation>måste vara en text eller ett tal, inte %1</translation>
    </message>
    <message>
        <source>&quot;contains&quot; needs a non-empty text, not %1</source>
        <translation>&quot;contains&quot; behöver en text som inte är tom, inte %1</translation>
    </message>
    <message>
        <source>&quot;matches&quot; needs a regular expression, not %1</source>
        <translation>&quot;matches&quot; behöver ett reguljärt uttryck, inte %1</translation>
    </message>
    <message>
        <source>invalid regular expression %1: %2 at offset %3</source>
        <extracomment>%1 the pattern, %2 the error from the regular expression engine, %3 a character position</extracomment>
        <translation>ogiltigt reguljärt uttryck %1: %2 vid position %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a number or a date (YYYY-MM-DD), not %2</source>
        <translation>&quot;%1&quot; behöver ett tal eller ett datum (YYYY-MM-DD), inte %2</translation>
    </message>
    <message>
        <source>&quot;between&quot; needs [low, high] (two numbers or two dates), not %1</source>
        <translation>&quot;between&quot; behöver [låg, hög] (två tal eller två datum), inte %1</translation>
    </message>
    <message>
        <source>low bound is above high bound in %1</source>
        <extracomment>%1 the JSON value [low, high]</extracomment>
        <translation>den undre gränsen är högre än den övre i %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no value</source>
        <translation>&quot;%1&quot; tar inget värde</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>okänt fält %1</translation>
    </message>
    <message>
        <source>unknown operator %1</source>
        <extracomment>%1 the &quot;op&quot; value found in the JSON (kept as written)</extracomment>
        <translation>okänd operator %1</translation>
    </message>
    <message>
        <source>has more than one of a condition (field, op, value), &quot;all&quot; and &quot;any&quot;</source>
        <translation>har mer än ett av: ett villkor (field, op, value), &quot;all&quot; och &quot;any&quot;</translation>
    </message>
    <message>
        <source>needs a condition (field, op, value), &quot;all&quot; or &quot;any&quot;</source>
        <translation>behöver ett villkor (field, op, value), &quot;all&quot; eller &quot;any&quot;</translation>
    </message>
    <message>
        <source>must list at least one condition</source>
        <translation>måste ange minst ett villkor</translation>
    </message>
    <message>
        <source>conditions cannot nest (one level of &quot;all&quot;/&quot;any&quot; only)</source>
        <translation>villkor kan inte nästlas (bara en nivå av &quot;all&quot;/&quot;any&quot;)</translation>
    </message>
    <message>
        <source>belongs to the rule, not to a condition</source>
        <translation>hör till regeln, inte till ett villkor</translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation>måste vara positivt</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>rad %1, kolumn %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON: %2</source>
        <extracomment>%1 the file, %2 the JSON parser&apos;s message</extracomment>
        <translation>%1: ogiltig JSON: %2</translation>
    </message>
    <message>
        <source>(model): must be a JSON object</source>
        <translation>(model): måste vara ett JSON-objekt</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <extracomment>%1 the only value allowed here (a JSON keyword, kept as written)</extracomment>
        <translation>måste vara &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>måste vara 1</translation>
    </message>
    <message>
        <source>must be lower than the grade before it (grades are ordered by descending min)</source>
        <translation>måste vara lägre än klassen före (klasserna ordnas efter fallande min)</translation>
    </message>
    <message>
        <source>the stored scoring model %1 (&quot;%2&quot;) is not valid: %3</source>
        <extracomment>%1 the model id, %2 its name, %3 the problems found</extracomment>
        <translation>den sparade poängmodellen %1 (”%2”) är inte giltig: %3</translation>
    </message>
    <message>
        <source>the default scoring model is missing from this build</source>
        <translation>standardpoängmodellen saknas i det här bygget</translation>
    </message>
    <message>
        <source>default scoring model</source>
        <translation>standardpoängmodell</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>måste vara mellan %1 och %2</translation>
    </message>
    <message>
        <source>the regular expression %1 backtracks too much: matching gives up on %2; avoid nested repetition such as (a+)+</source>
        <extracomment>%1 the pattern, %2 a sample text such as &quot;a&quot; × 64 + &quot;!&quot;</extracomment>
        <translation>det reguljära uttrycket %1 backtrackar för mycket: matchningen ger upp på %2; undvik nästlade upprepningar som (a+)+</translation>
    </message>
    <message>
        <source>lists %1 entries; a scoring model may list at most %2 here</source>
        <extracomment>%1 how many the model lists, %2 the most it may</extracomment>
        <translation>listar %1 poster; en poängmodell får lista högst %2 här</translation>
    </message>
    <message>
        <source>the regular expression holds %1 characters; a pattern may hold at most %2</source>
        <translation>det reguljära uttrycket innehåller %1 tecken; ett mönster får innehålla högst %2</translation>
    </message>
    <message>
        <source>(model): the document holds %1 bytes; a scoring model may hold at most %2</source>
        <extracomment>%1 and %2 are sizes in bytes</extracomment>
        <translation>(modell): dokumentet innehåller %1 byte; en poängmodell får innehålla högst %2</translation>
    </message>
</context>
<context>
    <name>lb::ScoringModelEditorDialog</name>
    <message>
        <source>Scoring model</source>
        <translation>Poängmodell</translation>
    </message>
    <message>
        <source>no decay</source>
        <translation>ingen avklingning</translation>
    </message>
    <message>
        <source>no window</source>
        <translation>inget fönster</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Fit maximum</source>
        <translation>Max för matchning</translation>
    </message>
    <message>
        <source>Behaviour maximum</source>
        <translation>Max för beteende</translation>
    </message>
    <message>
        <source>MQL threshold</source>
        <translation>MQL-tröskel</translation>
    </message>
    <message>
        <source>Half-life (days)</source>
        <translation>Halveringstid (dagar)</translation>
    </message>
    <message>
        <source>Window (days)</source>
        <translation>Fönster (dagar)</translation>
    </message>
    <message>
        <source>Grades</source>
        <extracomment>Grades as &quot;letter minimum&quot; pairs, e.g. &quot;A 80, B 60&quot;</extracomment>
        <translation>Klasser</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Lägg till regel</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Fit rules</source>
        <translation>Matchningsregler</translation>
    </message>
    <message>
        <source>Behaviour rules</source>
        <translation>Beteenderegler</translation>
    </message>
    <message>
        <source>Import JSON...</source>
        <translation>Importera JSON...</translation>
    </message>
    <message>
        <source>Export JSON...</source>
        <translation>Exportera JSON...</translation>
    </message>
    <message>
        <source>The model is valid.</source>
        <translation>Modellen är giltig.</translation>
    </message>
    <message>
        <source>What-if: no leads loaded.</source>
        <translation>Simulering: inga leads inlästa.</translation>
    </message>
    <message>
        <source>What-if: fix the problems to see the effect.</source>
        <translation>Simulering: åtgärda problemen för att se effekten.</translation>
    </message>
    <message>
        <source>(a sample of %1)</source>
        <translation>(ett urval av %1)</translation>
    </message>
    <message>
        <source>Not loaded, counted as empty: %1.</source>
        <extracomment>%1 a list of fields</extracomment>
        <translation>Inte inlästa, räknas som tomma: %1.</translation>
    </message>
    <message>
        <source>Import scoring model</source>
        <translation>Importera poängmodell</translation>
    </message>
    <message>
        <source>Scoring models (*.json)</source>
        <translation>Poängmodeller (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 the file, %2 the reason from the system</extracomment>
        <translation>Kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid scoring model:
%2</source>
        <translation>%1 är inte en giltig poängmodell:
%2</translation>
    </message>
    <message>
        <source>Export scoring model</source>
        <translation>Exportera poängmodell</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 the file, %2 the reason from the system</extracomment>
        <translation>Kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Field &quot;all&quot; or &quot;any&quot; takes a list of conditions as its value, e.g. [{&quot;field&quot;: &quot;industry&quot;, &quot;op&quot;: &quot;equals&quot;, &quot;value&quot;: &quot;Software&quot;}]</source>
        <translation>Fältet &quot;all&quot; eller &quot;any&quot; tar en lista med villkor som värde, t.ex. [{&quot;field&quot;: &quot;industry&quot;, &quot;op&quot;: &quot;equals&quot;, &quot;value&quot;: &quot;Software&quot;}]</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Händelsetyp</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>What-if: the leads could not be loaded (%1).</source>
        <extracomment>%1 says why the leads could not be read</extracomment>
        <translation>Simulering: det gick inte att läsa in leads (%1).</translation>
    </message>
    <message>
        <source>What-if: loading leads…</source>
        <translation>Simulering: läser in leads…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s): at or over MQL now %1, with the edits %2 (%3 newly, %4 no longer); %5 would move from New to MQL.</source>
        <extracomment>The leads scored, then numbers of leads: %1/%2 at or over MQL now/with the edits, %3 newly, %4 no longer, %5 would move from New to MQL</extracomment>
        <translation>
            <numerusform>%Ln lead: på eller över MQL nu %1, med ändringarna %2 (%3 tillkommer, %4 faller bort); %5 skulle flyttas från Nytt till MQL.</numerusform>
            <numerusform>%Ln leads: på eller över MQL nu %1, med ändringarna %2 (%3 tillkommer, %4 faller bort); %5 skulle flyttas från Nytt till MQL.</numerusform>
        </translation>
    </message>
    <message>
        <source>any of</source>
        <extracomment>Scoring model editor, Field column: the rule holds when any of its conditions does</extracomment>
        <translation>något av villkoren</translation>
    </message>
    <message>
        <source>all of</source>
        <extracomment>Scoring model editor, Field column: the rule holds when all its conditions do</extracomment>
        <translation>alla villkor</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>är lika med</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>är inte lika med</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>är något av</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>är inget av</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>innehåller</translation>
    </message>
    <message>
        <source>matches the pattern</source>
        <translation>matchar mönstret</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>minst</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>högst</translation>
    </message>
    <message>
        <source>between</source>
        <translation>mellan</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>är tom</translation>
    </message>
    <message>
        <source>is filled in</source>
        <translation>är ifylld</translation>
    </message>
    <message>
        <source>e-mail domain is one of</source>
        <translation>e-postdomänen är någon av</translation>
    </message>
</context>
<context>
    <name>lb::SdrActions</name>
    <message>
        <source>Not assigned</source>
        <translation>Inte tilldelat</translation>
    </message>
    <message>
        <source>Assign New MQLs</source>
        <translation>Fördela nya MQL</translation>
    </message>
    <message>
        <source>Every MQL has an owner already.</source>
        <translation>Varje MQL har redan en ägare.</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Inte ångrat</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n lead(s)</source>
        <translation>
            <numerusform>%n lead tilldelat</numerusform>
            <numerusform>%n leads tilldelade</numerusform>
        </translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation>Inte loggat</translation>
    </message>
</context>
<context>
    <name>lb::SearchBox</name>
    <message>
        <source>Search leads</source>
        <translation>Sök leads</translation>
    </message>
    <message>
        <source>Search name, company, e-mail, title…</source>
        <translation>Sök namn, företag, e-post, titel…</translation>
    </message>
    <message>
        <source>Searches all leads, within the filters below.</source>
        <extracomment>Tooltip of the search box while the All leads queue is chosen</extracomment>
        <translation>Söker bland alla leads, inom filtren.</translation>
    </message>
    <message>
        <source>Search in %1: name, company, e-mail…</source>
        <extracomment>Search box placeholder; %1 is the chosen queue, e.g. &quot;MQLs to accept&quot;</extracomment>
        <translation>Sök i %1: namn, företag, e-post…</translation>
    </message>
    <message>
        <source>Searches only the leads in %1, within the filters below. Choose All leads to search everywhere.</source>
        <extracomment>Tooltip of the search box; %1 is the chosen queue, e.g. &quot;MQLs to accept&quot;</extracomment>
        <translation>Söker bara bland leads i %1, inom filtren. Välj Alla leads för att söka överallt.</translation>
    </message>
</context>
<context>
    <name>lb::SearchIndexBuilder</name>
    <message>
        <source>cannot use the temporary file %1: %2</source>
        <extracomment>%1 the file, %2 the reason from the system</extracomment>
        <translation>kan inte använda den tillfälliga filen %1: %2</translation>
    </message>
    <message>
        <source>the folder for temporary files (%1) is full: make room there, or set TMPDIR to a folder on a disk with room</source>
        <extracomment>%1 is the folder for temporary files.</extracomment>
        <translation>mappen för tillfälliga filer (%1) är full: frigör utrymme där, eller låt TMPDIR peka på en mapp på en disk med utrymme</translation>
    </message>
</context>
<context>
    <name>lb::ServerPasswordPrompt</name>
    <message>
        <source>your login</source>
        <extracomment>Stands for the login when the address names none (libpq then uses the system&apos;s)</extracomment>
        <translation>din inloggning</translation>
    </message>
    <message>
        <source>The server %2 did not accept that password for %1. Type it again:</source>
        <extracomment>%1 a login name, %2 the server&apos;s host name</extracomment>
        <translation>Servern %2 godtog inte lösenordet för %1. Skriv det igen:</translation>
    </message>
    <message>
        <source>The team workspace&apos;s server %2 asks for the password of %1.

Leadbench keeps it only until it closes.</source>
        <extracomment>%1 a login name, %2 the server&apos;s host name</extracomment>
        <translation>Teamarbetsytans server %2 ber om lösenordet för %1.

Leadbench behåller det bara tills programmet stängs.</translation>
    </message>
    <message>
        <source>Password</source>
        <extracomment>Title of the dialog that asks for a team workspace server&apos;s password</extracomment>
        <translation>Lösenord</translation>
    </message>
</context>
<context>
    <name>lb::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ditt namn:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>Follow the operating system&apos;s language</extracomment>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>This workspace (shared by everyone who uses it)</source>
        <translation>Den här arbetsytan (delas av alla som använder den)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <source>Readiness bar</source>
        <translation>Mognadsgräns</translation>
    </message>
    <message>
        <source>How much of a framework must be confirmed before a lead may become SQL.</source>
        <translation>Hur stor del av ett ramverk som måste vara bekräftad innan ett lead får bli SQL.</translation>
    </message>
    <message>
        <source>&amp;Readiness bar for SQL:</source>
        <translation>Mognads&amp;gräns för SQL:</translation>
    </message>
    <message>
        <source>Answers stay fresh for</source>
        <translation>Svaren är aktuella i</translation>
    </message>
    <message>
        <source>Answers stay &amp;fresh for:</source>
        <translation>Svaren är a&amp;ktuella i:</translation>
    </message>
    <message>
        <source>MQL threshold</source>
        <translation>MQL-tröskel</translation>
    </message>
    <message>
        <source>Leads in stage New that score at least this become MQL. Changing it saves a new version of the scoring model and rescores.</source>
        <translation>Leads i steget Nytt som får minst så här många poäng blir MQL. En ändring sparar en ny version av poängmodellen och poängsätter leads på nytt.</translation>
    </message>
    <message>
        <source>&amp;MQL threshold:</source>
        <translation>&amp;MQL-tröskel:</translation>
    </message>
    <message>
        <source>Your name is recorded in the history of every change: please enter it.</source>
        <translation>Ditt namn registreras i historiken för varje ändring: ange det.</translation>
    </message>
    <message>
        <source>MQLs must be touched within</source>
        <translation>MQL ska kontaktas inom</translation>
    </message>
    <message>
        <source>MQLs without a logged touch this long after they became MQL are listed in the Overdue queue and marked in the table.</source>
        <translation>MQL utan loggad aktivitet så här länge efter att de blev MQL listas i kön Försenade och markeras i tabellen.</translation>
    </message>
    <message>
        <source>MQLs must be &amp;touched within:</source>
        <translation>MQL ska &amp;kontaktas inom:</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <extracomment>Suffix of a number of days in a spin box, with its leading space: &quot;30 days&quot;</extracomment>
        <translation>
            <numerusform> dag</numerusform>
            <numerusform> dagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> hour(s)</source>
        <extracomment>Suffix of a number of hours in a spin box, with its leading space: &quot;24 hours&quot;</extracomment>
        <translation>
            <numerusform> timme</numerusform>
            <numerusform> timmar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::Stage</name>
    <message>
        <source>New</source>
        <extracomment>Lifecycle stage: a raw, unqualified lead</extracomment>
        <translation>Nytt</translation>
    </message>
    <message>
        <source>MQL</source>
        <extracomment>Marketing qualified lead; keep the acronym if your language uses it</extracomment>
        <translation>MQL</translation>
    </message>
    <message>
        <source>SAL</source>
        <extracomment>Sales accepted lead</extracomment>
        <translation>SAL</translation>
    </message>
    <message>
        <source>SQL</source>
        <extracomment>Sales qualified lead</extracomment>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Converted</source>
        <extracomment>Lifecycle stage: turned into an account, a contact and an opportunity</extracomment>
        <translation>Konverterat</translation>
    </message>
    <message>
        <source>Nurture</source>
        <extracomment>Lifecycle stage: sent back to marketing for nurturing (glossary: nurture)</extracomment>
        <translation>Vårdas</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <extracomment>Lifecycle stage: will not buy</extracomment>
        <translation>Diskvalificerat</translation>
    </message>
</context>
<context>
    <name>lb::StageMoveCommand</name>
    <message>
        <source>Move to %1</source>
        <translation>flytt till %1</translation>
    </message>
    <message>
        <source>lead %1 no longer exists</source>
        <translation>lead %1 finns inte längre</translation>
    </message>
</context>
<context>
    <name>lb::Startup</name>
    <message>
        <source>cannot create %1</source>
        <extracomment>%1 a folder or file of the default workspace</extracomment>
        <translation>kan inte skapa %1</translation>
    </message>
</context>
<context>
    <name>lb::Store</name>
    <message>
        <source>%1 %2 was changed by someone else; reload it and try again</source>
        <extracomment>%1 what was changed (&quot;account&quot;, &quot;opportunity&quot;), %2 its id</extracomment>
        <translation>%1 %2 har ändrats av någon annan; läs in på nytt och försök igen</translation>
    </message>
    <message>
        <source>account</source>
        <translation>konto</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>affärsmöjlighet</translation>
    </message>
    <message>
        <source>lead %1 no longer exists</source>
        <translation>lead %1 finns inte längre</translation>
    </message>
    <message>
        <source>lead %1 was changed by %2 at %3; reload it and try again</source>
        <extracomment>%1 the lead id, %2 the user who changed it, %3 when (date and time)</extracomment>
        <translation>lead %1 ändrades av %2 (%3); läs in på nytt och försök igen</translation>
    </message>
    <message>
        <source>the workspace is locked by another program (%1); try again when it has finished</source>
        <extracomment>%1 the database&apos;s own message</extracomment>
        <translation>arbetsytan är låst av ett annat program (%1); försök igen när det är klart</translation>
    </message>
    <message>
        <source>the workspace file is damaged (%1); restore a backup</source>
        <extracomment>%1 the database&apos;s own message</extracomment>
        <translation>arbetsytans fil är skadad (%1); återställ en säkerhetskopia</translation>
    </message>
    <message>
        <source>the disk is full: the one holding the workspace, or the one of the folder for temporary files (%1)</source>
        <extracomment>%1 is the folder for temporary files.</extracomment>
        <translation>disken är full: den som rymmer arbetsytan, eller den där mappen för tillfälliga filer (%1) ligger</translation>
    </message>
    <message>
        <source>the workspace cannot be written: the file or its folder is read-only</source>
        <translation>det går inte att skriva till arbetsytan: filen eller dess mapp är skrivskyddad</translation>
    </message>
    <message>
        <source>reading or writing the disk failed (%1)</source>
        <extracomment>%1 the system&apos;s own message</extracomment>
        <translation>läsning från eller skrivning till disken misslyckades (%1)</translation>
    </message>
    <message>
        <source>the changes were not saved: an error ended the change before it was complete, and nothing of it was kept</source>
        <extracomment>A change (an import, a move, a conversion) met an error midway; the workspace is as it was before the change.</extracomment>
        <translation>ändringarna sparades inte: ett fel avbröt ändringen innan den var klar, och inget av den behölls</translation>
    </message>
    <message>
        <source>the team workspace&apos;s server refused this for your role (%1)</source>
        <extracomment>%1 the server&apos;s own message. A team workspace&apos;s server decides what each role may do.</extracomment>
        <translation>teamarbetsytans server tillåter inte detta för din roll (%1)</translation>
    </message>
    <message>
        <source>the team workspace is busy with a teammate&apos;s change (%1); try again when it has finished</source>
        <extracomment>%1 the server&apos;s own message</extracomment>
        <translation>teamarbetsytan är upptagen med en kollegas ändring (%1); försök igen när den är klar</translation>
    </message>
    <message>
        <source>the connection to the team workspace&apos;s server failed (%1)</source>
        <extracomment>%1 the server&apos;s own message (a connection that was lost or never made)</extracomment>
        <translation>anslutningen till teamarbetsytans server misslyckades (%1)</translation>
    </message>
    <message>
        <source>the team workspace holds a stage it does not know (&quot;%1&quot;); ask its administrator</source>
        <extracomment>%1 the stored value</extracomment>
        <translation>teamarbetsytan innehåller ett okänt steg (”%1”); kontakta dess administratör</translation>
    </message>
    <message>
        <source>the team workspace %1 is busy with a teammate&apos;s change; try again when it has finished</source>
        <extracomment>%1 the server&apos;s address</extracomment>
        <translation>teamarbetsytan %1 är upptagen med en kollegas ändring; försök igen när den är klar</translation>
    </message>
    <message>
        <source>the team workspace&apos;s server refused this: only a manager may change the scoring model</source>
        <translation>teamarbetsytans server nekade detta: bara en chef får ändra poängmodellen</translation>
    </message>
    <message>
        <source>the team workspace&apos;s server refused this: only a manager may override a stage guard</source>
        <translation>teamarbetsytans server nekade detta: bara en chef får åsidosätta en stegspärr</translation>
    </message>
    <message>
        <source>the team workspace&apos;s server refused this: only a manager may give a lead someone owns to someone else (you may take a lead no one owns)</source>
        <translation>teamarbetsytans server nekade detta: bara en chef får ge en lead som någon äger till någon annan (du får själv ta en lead som ingen äger)</translation>
    </message>
    <message>
        <source>the team workspace&apos;s server refused this: only a manager may change a teammate&apos;s role</source>
        <translation>teamarbetsytans server nekade detta: bara en chef får ändra en teamkollegas roll</translation>
    </message>
</context>
<context>
    <name>lb::Touch</name>
    <message>
        <source>Call</source>
        <extracomment>A logged touch: a phone call with the lead</extracomment>
        <translation>Samtal</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>A logged touch: an e-mail sent to the lead</extracomment>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Meeting</source>
        <extracomment>A logged touch: a meeting with the lead</extracomment>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>A logged touch: a note about the lead</extracomment>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Connected</source>
        <extracomment>Outcome of a call: the SDR talked with the lead</extracomment>
        <translation>Nådd</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <extracomment>Outcome of a call: the SDR left a voicemail</extracomment>
        <translation>Röstbrevlåda</translation>
    </message>
    <message>
        <source>No answer</source>
        <extracomment>Outcome of a call: nobody answered</extracomment>
        <translation>Inget svar</translation>
    </message>
</context>
<context>
    <name>lb::TouchCommand</name>
    <message>
        <source>Log %1</source>
        <extracomment>Undo step: %1 the kind of touch logged (Call, E-mail, Meeting, Note)</extracomment>
        <translation>loggning: %1</translation>
    </message>
</context>
<context>
    <name>lb::Touches</name>
    <message>
        <source>only a call has an outcome, not a touch of type %1</source>
        <extracomment>%1 the kind of touch (E-mail, Meeting, Note): only calls have an outcome</extracomment>
        <translation>bara ett samtal har ett utfall, inte en aktivitet av typen %1</translation>
    </message>
    <message>
        <source>a touch cannot be logged in the future (%1)</source>
        <extracomment>%1 the date and time given</extracomment>
        <translation>en aktivitet kan inte loggas i framtiden (%1)</translation>
    </message>
    <message>
        <source>a note needs a text</source>
        <translation>en anteckning behöver en text</translation>
    </message>
    <message>
        <source>lead %1 does not exist</source>
        <translation>lead %1 finns inte</translation>
    </message>
</context>
<context>
    <name>lb::Workspace</name>
    <message>
        <source>%1 is not a Leadbench workspace: it is not a file</source>
        <extracomment>%1 the workspace file</extracomment>
        <translation>%1 är inte en Leadbench-arbetsyta: det är inte en fil</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1 the workspace file, %2 the reason from the system</extracomment>
        <translation>kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Leadbench workspace (not an SQLite database)</source>
        <extracomment>%1 the workspace file</extracomment>
        <translation>%1 är inte en Leadbench-arbetsyta (inte en SQLite-databas)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <extracomment>%1 the server&apos;s address, %2 the reason from the server or libpq
----------
%1 the workspace file, %2 the reason from the database</extracomment>
        <translation>kan inte öppna %1: %2</translation>
    </message>
    <message>
        <source>%1 is locked by another program: %2</source>
        <extracomment>%1 the workspace file, %2 the database&apos;s own message</extracomment>
        <translation>%1 är låst av ett annat program: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Leadbench workspace: %2</source>
        <extracomment>%1 the workspace file, %2 the database&apos;s own message</extracomment>
        <translation>%1 är skadad eller inte en Leadbench-arbetsyta: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <extracomment>%1 the workspace file, %2 what is wrong</extracomment>
        <translation>%1 är skadad: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Leadbench workspace</source>
        <extracomment>%1 the workspace file</extracomment>
        <translation>%1 är en SQLite-databas men inte en Leadbench-arbetsyta</translation>
    </message>
    <message>
        <source>%1 was written by a newer Leadbench (schema version %2; this version reads up to %3): update Leadbench to open it</source>
        <extracomment>%1 the workspace file, %2 and %3 schema version numbers</extracomment>
        <translation>%1 skrevs av en nyare Leadbench (schemaversion %2; den här versionen läser upp till %3): uppdatera Leadbench för att öppna den</translation>
    </message>
    <message>
        <source>no workspace at %1</source>
        <extracomment>%1 the path given</extracomment>
        <translation>ingen arbetsyta på %1</translation>
    </message>
    <message>
        <source>%1: cannot switch to write-ahead logging (got %2)</source>
        <extracomment>%1 the workspace file, %2 the journal mode SQLite reported (kept as it is)</extracomment>
        <translation>%1: kan inte växla till write-ahead-loggning (fick %2)</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>rad %1 i %2 hänvisar till en rad i %3 som saknas</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file for the backup</source>
        <extracomment>%1 the file chosen for the backup</extracomment>
        <translation>%1 finns redan: välj en ny fil för säkerhetskopian</translation>
    </message>
    <message>
        <source>backup to %1</source>
        <translation>säkerhetskopia till %1</translation>
    </message>
    <message>
        <source>the search index does not match the leads (%1)</source>
        <extracomment>%1 what differs</extracomment>
        <translation>sökindexet stämmer inte med leadsen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) without their row of scores</source>
        <translation>
            <numerusform>%n lead utan sin poängrad</numerusform>
            <numerusform>%n leads utan sin poängrad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) whose score row has another stage or owner</source>
        <translation>
            <numerusform>%n lead vars poängrad har ett annat steg eller en annan ägare</numerusform>
            <numerusform>%n leads vars poängrad har ett annat steg eller en annan ägare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) whose packed events differ from their events</source>
        <translation>
            <numerusform>%n lead vars packade händelser skiljer sig från dess händelser</numerusform>
            <numerusform>%n leads vars packade händelser skiljer sig från deras händelser</numerusform>
        </translation>
    </message>
    <message>
        <source>trigger</source>
        <extracomment>A kind of object in the workspace&apos;s database (as in &quot;an extra trigger&quot;).</extracomment>
        <translation>utlösare</translation>
    </message>
    <message>
        <source>view</source>
        <extracomment>A kind of object in the workspace&apos;s database (a saved query that looks like a table).</extracomment>
        <translation>vy</translation>
    </message>
    <message>
        <source>index</source>
        <extracomment>A kind of object in the workspace&apos;s database.</extracomment>
        <translation>index</translation>
    </message>
    <message>
        <source>table</source>
        <extracomment>A kind of object in the workspace&apos;s database.</extracomment>
        <translation>tabell</translation>
    </message>
    <message>
        <source>the SQLite library in use cannot open workspaces safely: Leadbench needs SQLite 3.31 or later</source>
        <translation>SQLite-biblioteket som används kan inte öppna arbetsytor säkert: Leadbench behöver SQLite 3.31 eller senare</translation>
    </message>
    <message>
        <source>reading the workspace&apos;s structure</source>
        <translation>läsning av arbetsytans struktur</translation>
    </message>
    <message>
        <source>an extra %1 “%2” that Leadbench does not make</source>
        <translation>extra %1 ”%2” som Leadbench inte skapar</translation>
    </message>
    <message>
        <source>the %1 “%2” was changed</source>
        <translation>%1 ”%2” har ändrats</translation>
    </message>
    <message>
        <source>the %1 “%2” is missing</source>
        <translation>%1 ”%2” saknas</translation>
    </message>
    <message numerus="yes">
        <source>%n more difference(s)</source>
        <translation>
            <numerusform>%n skillnad till</numerusform>
            <numerusform>%n skillnader till</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was changed outside Leadbench and is not opened, so that nothing in it can act on your data: %2. Ask its sender for a fresh copy, or restore a backup</source>
        <extracomment>%1 is the file, %2 the list of what differs.</extracomment>
        <translation>%1 har ändrats utanför Leadbench och öppnas inte, så att inget i den kan påverka dina data: %2. Be avsändaren om en ny kopia, eller återställ en säkerhetskopia</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <extracomment>%1 the file, %2 the reason from the system</extracomment>
        <translation>kan inte skapa %1: %2</translation>
    </message>
    <message>
        <source>you may not write in that folder</source>
        <extracomment>Why a file could not be written: the user may not write in that folder.</extracomment>
        <translation>du får inte skriva i den mappen</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>mappen finns inte</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file name</source>
        <extracomment>%1 the file chosen</extracomment>
        <translation>%1 finns redan: välj ett nytt filnamn</translation>
    </message>
    <message>
        <source>%1 is damaged: the file was cut short or added to (its size is not that of whole pages); restore a backup</source>
        <extracomment>%1 the workspace file</extracomment>
        <translation>%1 är skadad: filen har kortats av eller fått något tillagt (dess storlek motsvarar inte hela sidor); återställ en säkerhetskopia</translation>
    </message>
    <message>
        <source>%1 is in a folder you may not write in (%2): Leadbench keeps a journal beside the workspace as it works; copy the workspace to a folder of your own</source>
        <extracomment>%1 is the workspace file, %2 its folder.</extracomment>
        <translation>%1 ligger i en mapp där du inte får skriva (%2): Leadbench för en logg bredvid arbetsytan medan det arbetar; kopiera arbetsytan till en egen mapp</translation>
    </message>
    <message>
        <source>%1 is read-only: allow yourself to write it, or copy it to a folder of your own</source>
        <extracomment>%1 the workspace file</extracomment>
        <translation>%1 är skrivskyddad: ge dig själv rätt att skriva i den, eller kopiera den till en egen mapp</translation>
    </message>
    <message>
        <source>cannot open %1: the PostgreSQL driver of Qt (QPSQL) is not installed (apt-get install libqt6sql6-psql)</source>
        <extracomment>%1 the server&apos;s address. QPSQL is the name of Qt&apos;s driver.</extracomment>
        <translation>kan inte öppna %1: Qts PostgreSQL-drivrutin (QPSQL) är inte installerad (apt-get install libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>%1 is not a Leadbench team workspace: its database holds tables of another program</source>
        <extracomment>%1 the server&apos;s address</extracomment>
        <translation>%1 är ingen teamarbetsyta för Leadbench: dess databas innehåller tabeller från ett annat program</translation>
    </message>
    <message>
        <source>%1 was made by a newer Leadbench (schema version %2; this Leadbench knows up to %3): update Leadbench to open it</source>
        <extracomment>%1 the server&apos;s address, %2 and %3 schema version numbers</extracomment>
        <translation>%1 skapades av en nyare Leadbench (schemaversion %2; den här Leadbench känner till version %3): uppdatera Leadbench för att öppna den</translation>
    </message>
    <message>
        <source>%1 holds no Leadbench workspace yet: make one with leadbench-cli --db %1 init</source>
        <extracomment>%1 the server&apos;s address</extracomment>
        <translation>%1 innehåller ännu ingen arbetsyta för Leadbench: skapa en med leadbench-cli --db %1 init</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>säkerhetskopior</translation>
    </message>
    <message>
        <source>%1: this build of Leadbench cannot yet work with this part of a team workspace (%2)</source>
        <extracomment>%1 the server&apos;s address, %2 the part asked for, a label (reports, scores)</extracomment>
        <translation>%1: den här versionen av Leadbench kan ännu inte hantera den här delen av en teamarbetsyta (%2)</translation>
    </message>
    <message>
        <source>unknown team role &quot;%1&quot; (sdr or manager)</source>
        <extracomment>%1 what the user gave as a team role; &quot;sdr&quot; and &quot;manager&quot; are typed as they are</extracomment>
        <translation>okänd teamroll ”%1” (sdr eller manager)</translation>
    </message>
    <message>
        <source>only the team workspace&apos;s owner (the login that created it) may set up its roles</source>
        <translation>bara teamarbetsytans ägare (inloggningen som skapade den) får ställa in dess roller</translation>
    </message>
    <message>
        <source>your login may not create roles on the server: ask its administrator to give it CREATEROLE, or to run this</source>
        <translation>din inloggning får inte skapa roller på servern: be serverns administratör att ge den CREATEROLE eller att köra detta</translation>
    </message>
    <message>
        <source>the team workspace has no roles yet: run leadbench-cli team init as its owner first</source>
        <translation>teamarbetsytan har inga roller än: kör först leadbench-cli team init som dess ägare</translation>
    </message>
    <message>
        <source>a team member needs a login name</source>
        <translation>en teammedlem behöver ett inloggningsnamn</translation>
    </message>
    <message>
        <source>the server has no login %1</source>
        <extracomment>%1 a login name on the team workspace&apos;s server</extracomment>
        <translation>servern har ingen inloggning %1</translation>
    </message>
</context>
<context>
    <name>lb::WorkspaceCopy</name>
    <message>
        <source>%1 exists already: the copy makes a new workspace file</source>
        <extracomment>%1 the file given as the copy&apos;s destination</extracomment>
        <translation>%1 finns redan: kopian blir en ny arbetsytefil</translation>
    </message>
    <message>
        <source>%1 holds a workspace with data already: the copy goes into a new, empty one</source>
        <extracomment>%1 the copy&apos;s destination</extracomment>
        <translation>%1 innehåller redan en arbetsyta med data: kopian görs till en ny, tom arbetsyta</translation>
    </message>
    <message>
        <source>Copying</source>
        <extracomment>the progress of a copy between workspaces</extracomment>
        <translation>Kopierar</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Kontrollerar</translation>
    </message>
    <message numerus="yes">
        <source>the copy of table %1 differs from the original, which has %n rows (the copy: %2); nothing was kept</source>
        <extracomment>%1 a table&apos;s name, %n its rows in the original, %2 the copy&apos;s rows</extracomment>
        <translation>
            <numerusform>kopian av tabellen %1 skiljer sig från originalet, som har %n rad (kopian: %2); inget sparades</numerusform>
            <numerusform>kopian av tabellen %1 skiljer sig från originalet, som har %n rader (kopian: %2); inget sparades</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::WorkspaceJob</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>lb::WorkspaceLocation</name>
    <message>
        <source>%1: the address holds a password; Leadbench does not keep passwords. Remove it and put the password in ~/.pgpass or PGPASSWORD</source>
        <extracomment>%1 the address without its password</extracomment>
        <translation>%1: adressen innehåller ett lösenord; Leadbench sparar inga lösenord. Ta bort det och lägg lösenordet i ~/.pgpass eller PGPASSWORD</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address (postgresql://user@host:port/database)</source>
        <extracomment>%1 the address as the user typed it</extracomment>
        <translation>%1 är ingen PostgreSQL-adress (postgresql://användare@server:port/databas)</translation>
    </message>
    <message>
        <source>%1 names no database: add it after the server, as in postgresql://user@host:5432/leadbench</source>
        <extracomment>%1 the address as the user typed it</extracomment>
        <translation>%1 anger ingen databas: lägg till den efter servern, till exempel postgresql://användare@server:5432/leadbench</translation>
    </message>
</context>
<context>
    <name>lb::cli</name>
    <message>
        <source>Commands:</source>
        <translation>Kommandon:</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <extracomment>%1 an option name such as --stage (kept as it is)</extracomment>
        <translation>%1 behöver ett värde</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (text, json or csv)</source>
        <translation>okänt format ”%1” (text, json eller csv)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>okänt kommando ”%1”</translation>
    </message>
    <message>
        <source>cancelled; nothing was changed</source>
        <translation>avbrutet; inget ändrades</translation>
    </message>
    <message>
        <source>wrong number of arguments</source>
        <translation>fel antal argument</translation>
    </message>
    <message>
        <source>Only leads in this stage.</source>
        <translation>Bara leads i det här steget.</translation>
    </message>
    <message>
        <source>export what? &quot;%1&quot; (leads)</source>
        <extracomment>%1 what the user typed after &quot;export&quot;</extracomment>
        <translation>exportera vad? ”%1” (leads)</translation>
    </message>
    <message>
        <source>--stage: &quot;%1&quot; is not a stage (New, MQL, SAL, SQL, Converted, Nurture, Disqualified)</source>
        <translation>--stage: ”%1” är inte ett steg (New, MQL, SAL, SQL, Converted, Nurture, Disqualified)</translation>
    </message>
    <message>
        <source>--delimiter: &quot;%1&quot; is not one of , ; TAB |</source>
        <translation>--delimiter: ”%1” är inte något av , ; TAB |</translation>
    </message>
    <message>
        <source>dry run: nothing was written</source>
        <translation>testkörning: inget skrevs</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <extracomment>%1 a line number of the CSV file, %2 why the row was rejected</extracomment>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <source>rejected rows: %1</source>
        <extracomment>%1 the file the rejected rows were saved to</extracomment>
        <translation>avvisade rader: %1</translation>
    </message>
    <message>
        <source>Maps a column: &quot;Header=field&quot; or &quot;Header=ignore&quot;.</source>
        <translation>Mappar en kolumn: &quot;Rubrik=fält&quot; eller &quot;Rubrik=ignore&quot;.</translation>
    </message>
    <message>
        <source>Count what would change; write nothing.</source>
        <translation>Räkna vad som skulle ändras; skriv ingenting.</translation>
    </message>
    <message>
        <source>The delimiter: , ; TAB or |.</source>
        <translation>Avgränsaren: , ; TAB eller |.</translation>
    </message>
    <message>
        <source>import what? &quot;%1&quot; (leads or events)</source>
        <extracomment>%1 what the user typed after &quot;import&quot;</extracomment>
        <translation>importera vad? ”%1” (leads eller events)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <extracomment>%1 the path given</extracomment>
        <translation>%1: filen finns inte</translation>
    </message>
    <message>
        <source>--stage: unknown stage &quot;%1&quot; (one of %2)</source>
        <translation>--stage: okänt steg ”%1” (ett av %2)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from %3 to %4</source>
        <extracomment>%1 an option name such as --limit, %2 the value given</extracomment>
        <translation>%1: ”%2” är inte ett heltal från %3 till %4</translation>
    </message>
    <message>
        <source>Only leads this user owns.</source>
        <translation>Bara leads som den här användaren äger.</translation>
    </message>
    <message>
        <source>Only leads scoring at least N.</source>
        <translation>Bara leads med minst N poäng.</translation>
    </message>
    <message>
        <source>Full-text search.</source>
        <translation>Fritextsökning.</translation>
    </message>
    <message>
        <source>At most N leads (0: all).</source>
        <translation>Högst N leads (0: alla).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>POÄNG</translation>
    </message>
    <message>
        <source>GRADE</source>
        <translation>KLASS</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>STEG</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>COMPANY</source>
        <translation>FÖRETAG</translation>
    </message>
    <message>
        <source>E-MAIL</source>
        <translation>E-POST</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>ÄGARE</translation>
    </message>
    <message>
        <source>no lead with id or e-mail &quot;%1&quot;</source>
        <translation>inget lead med id eller e-post ”%1”</translation>
    </message>
    <message>
        <source>Score %1 (fit %2, behaviour %3), grade %4</source>
        <extracomment>%1 total points, %2 fit points, %3 behaviour points, %4 a grade letter</extracomment>
        <translation>Poäng %1 (matchning %2, beteende %3), klass %4</translation>
    </message>
    <message>
        <source>Events (%1, newest first):</source>
        <extracomment>%1 how many are listed, e.g. &quot;10 of 52&quot;</extracomment>
        <translation>Händelser (%1, nyaste först):</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historik:</translation>
    </message>
    <message>
        <source>all of: %1</source>
        <extracomment>Joins the conditions of a fit rule: &quot;all of: a; b&quot;</extracomment>
        <translation>alla av: %1</translation>
    </message>
    <message>
        <source>any of: %1</source>
        <extracomment>Joins the conditions of a fit rule: &quot;any of: a; b&quot;</extracomment>
        <translation>någon av: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1 the file, %2 the reason from the system</extracomment>
        <translation>kan inte läsa %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: the scoring model was refused (%n problem(s)); nothing was changed:</source>
        <extracomment>%1 the model file; the problems follow, one a line</extracomment>
        <translation>
            <numerusform>%1: poängmodellen avvisades (%n problem); inget ändrades:</numerusform>
            <numerusform>%1: poängmodellen avvisades (%n problem); inget ändrades:</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>%1 the file, %2 the reason from the system</extracomment>
        <translation>kan inte skriva %1: %2</translation>
    </message>
    <message>
        <source>Wrote scoring model &quot;%1&quot; to %2.</source>
        <translation>Skrev poängmodellen ”%1” till %2.</translation>
    </message>
    <message>
        <source>Scoring model: %1</source>
        <extracomment>%1 the model&apos;s name</extracomment>
        <translation>Poängmodell: %1</translation>
    </message>
    <message>
        <source>  the shipped default (not yet stored in this workspace)</source>
        <translation>  den medföljande standardmodellen (ännu inte sparad i den här arbetsytan)</translation>
    </message>
    <message>
        <source>  id %1, imported %2 by %3</source>
        <extracomment>%1 the model id, %2 when (UTC), %3 who imported it</extracomment>
        <translation>  id %1, importerad %2 av %3</translation>
    </message>
    <message>
        <source>  models in history: %1</source>
        <extracomment>%1 a number</extracomment>
        <translation>  modeller i historiken: %1</translation>
    </message>
    <message>
        <source>Fit (max %1):</source>
        <translation>Matchning (max %1):</translation>
    </message>
    <message>
        <source>(cap %1)</source>
        <extracomment>%1 the most points a behaviour rule may give</extracomment>
        <translation>(tak %1)</translation>
    </message>
    <message>
        <source>MQL threshold: %1</source>
        <extracomment>%1 points</extracomment>
        <translation>MQL-tröskel: %1</translation>
    </message>
    <message>
        <source>Grades: %1</source>
        <extracomment>%1 a list such as &quot;A 80, B 60&quot;</extracomment>
        <translation>Klasser: %1</translation>
    </message>
    <message>
        <source>model import needs a FILE</source>
        <translation>model import kräver FILE</translation>
    </message>
    <message>
        <source>model show takes no arguments</source>
        <translation>model show tar inga argument</translation>
    </message>
    <message>
        <source>unknown model command &quot;%1&quot;</source>
        <translation>okänt model-kommando ”%1”</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount (a number such as 25000)</source>
        <extracomment>%1 an option name such as --amount, %2 the value given</extracomment>
        <translation>%1: ”%2” är inte ett belopp (ett tal som 25000)</translation>
    </message>
    <message>
        <source>BANT, CHAMP, MEDDIC, ANUM or GPCTBA.</source>
        <translation>BANT, CHAMP, MEDDIC, ANUM eller GPCTBA.</translation>
    </message>
    <message>
        <source>Criterion key, e.g. budget.</source>
        <translation>Kriteriets nyckel, t.ex. budget.</translation>
    </message>
    <message>
        <source>unknown, partial, confirmed or disqualifying.</source>
        <translation>unknown, partial, confirmed eller disqualifying.</translation>
    </message>
    <message>
        <source>The evidence: who said what.</source>
        <translation>Belägget: vem sa vad.</translation>
    </message>
    <message>
        <source>A typed value: amount, date or contact.</source>
        <translation>Ett typat värde: belopp, datum eller kontakt.</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <extracomment>%1 an option name without its dashes (kept as it is)</extracomment>
        <translation>--%1 krävs</translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not unknown, partial, confirmed or disqualifying</source>
        <translation>--status: ”%1” är inte unknown, partial, confirmed eller disqualifying</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>inget</translation>
    </message>
    <message>
        <source>Target stage.</source>
        <translation>Målsteg.</translation>
    </message>
    <message>
        <source>Why (required for Nurture, Disqualified and overrides).</source>
        <translation>Varför (krävs för Nurture, Disqualified och åsidosättningar).</translation>
    </message>
    <message>
        <source>A manager overriding the SQL readiness guard.</source>
        <translation>En chef som åsidosätter SQL-spärren för mognadsgrad.</translation>
    </message>
    <message>
        <source>--to is required</source>
        <translation>--to krävs</translation>
    </message>
    <message>
        <source>--to: unknown stage &quot;%1&quot; (MQL, SAL, SQL, Nurture, Disqualified or New)</source>
        <translation>--to: okänt steg ”%1” (MQL, SAL, SQL, Nurture, Disqualified eller New)</translation>
    </message>
    <message>
        <source>lead %1: %2 -&gt; %3</source>
        <extracomment>One line per assigned lead: %1 the lead&apos;s id, %2 its old owner, %3 the new one</extracomment>
        <translation>lead %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>(override: %1)</source>
        <extracomment>%1 the reason given for the override</extracomment>
        <translation>(åsidosättning: %1)</translation>
    </message>
    <message>
        <source>(reason: %1)</source>
        <extracomment>%1 the reason given</extracomment>
        <translation>(orsak: %1)</translation>
    </message>
    <message>
        <source>Use this existing account.</source>
        <translation>Använd det här befintliga kontot.</translation>
    </message>
    <message>
        <source>Always create a new account.</source>
        <translation>Skapa alltid ett nytt konto.</translation>
    </message>
    <message>
        <source>Create an opportunity with this name.</source>
        <translation>Skapa en affärsmöjlighet med det här namnet.</translation>
    </message>
    <message>
        <source>Opportunity amount in the workspace currency.</source>
        <translation>Affärsmöjlighetens belopp i arbetsytans valuta.</translation>
    </message>
    <message>
        <source>Expected close date.</source>
        <translation>Förväntat avslutsdatum.</translation>
    </message>
    <message>
        <source>Overwrite fields of an existing account or contact (default: fill empty ones).</source>
        <translation>Skriv över fält i ett befintligt konto eller en befintlig kontakt (standard: fyll i tomma fält).</translation>
    </message>
    <message>
        <source>Show the plan; change nothing.</source>
        <translation>Visa planen; ändra ingenting.</translation>
    </message>
    <message>
        <source>--account and --new-account exclude each other</source>
        <translation>--account och --new-account utesluter varandra</translation>
    </message>
    <message>
        <source>--amount and --close-date need --opportunity</source>
        <translation>--amount och --close-date kräver --opportunity</translation>
    </message>
    <message>
        <source>--account: &quot;%1&quot; is not an account id</source>
        <translation>--account: ”%1” är inte ett konto-id</translation>
    </message>
    <message>
        <source>--close-date: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--close-date: ”%1” är inte ett datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>new account &quot;%1&quot;</source>
        <translation>nytt konto ”%1”</translation>
    </message>
    <message>
        <source>account %1 &quot;%2&quot; (matched by %3)</source>
        <extracomment>%1 account id, %2 its name, %3 how it was found (&quot;same e-mail domain&quot;)</extracomment>
        <translation>konto %1 ”%2” (matchat på %3)</translation>
    </message>
    <message>
        <source>Plan for lead %1 (nothing changed):</source>
        <translation>Plan för lead %1 (inget ändrat):</translation>
    </message>
    <message>
        <source>lead %1 converted:</source>
        <translation>lead %1 konverterat:</translation>
    </message>
    <message>
        <source>account %1 (new)</source>
        <translation>konto %1 (nytt)</translation>
    </message>
    <message>
        <source>new contact</source>
        <translation>ny kontakt</translation>
    </message>
    <message>
        <source>contact %1 (new)</source>
        <translation>kontakt %1 (ny)</translation>
    </message>
    <message>
        <source>contact %1 (existing, same e-mail)</source>
        <translation>kontakt %1 (befintlig, samma e-post)</translation>
    </message>
    <message>
        <source>opportunity &quot;%1&quot;</source>
        <translation>affärsmöjlighet ”%1”</translation>
    </message>
    <message>
        <source>opportunity %1 &quot;%2&quot;</source>
        <extracomment>%1 opportunity id, %2 its name</extracomment>
        <translation>affärsmöjlighet %1 ”%2”</translation>
    </message>
    <message>
        <source>closing %1</source>
        <extracomment>%1 the expected close date</extracomment>
        <translation>avslutas %1</translation>
    </message>
    <message>
        <source>Prospecting, Proposal, Negotiation, Won or Lost.</source>
        <translation>Prospecting, Proposal, Negotiation, Won eller Lost.</translation>
    </message>
    <message>
        <source>The deal&apos;s amount in the workspace currency.</source>
        <translation>Affärens belopp i arbetsytans valuta.</translation>
    </message>
    <message>
        <source>--stage: &quot;%1&quot; is not Prospecting, Proposal, Negotiation, Won or Lost</source>
        <translation>--stage: ”%1” är inte Prospecting, Proposal, Negotiation, Won eller Lost</translation>
    </message>
    <message>
        <source>Score as of this moment (UTC); default: now.</source>
        <translation>Poäng vid denna tidpunkt (UTC); standard: nu.</translation>
    </message>
    <message>
        <source>--as-of: &quot;%1&quot; is not a date (YYYY-MM-DD) or a UTC moment (YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>--as-of: ”%1” är inte ett datum (YYYY-MM-DD) eller en UTC-tidpunkt (YYYY-MM-DDTHH:MM:SSZ)</translation>
    </message>
    <message>
        <source>Workspace %1 is ready (schema version %2).</source>
        <translation>Arbetsytan %1 är klar (schemaversion %2).</translation>
    </message>
    <message>
        <source>Created workspace %1 (schema version %2).</source>
        <translation>Skapade arbetsytan %1 (schemaversion %2).</translation>
    </message>
    <message>
        <source>How many leads.</source>
        <translation>Hur många leads.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Slumpfrö.</translation>
    </message>
    <message>
        <source>--leads: &quot;%1&quot; is not a number of leads from 1 to 50000000</source>
        <translation>--leads: ”%1” är inte ett antal leads från 1 till 50000000</translation>
    </message>
    <message>
        <source>--seed: &quot;%1&quot; is not a whole number</source>
        <translation>--seed: ”%1” är inte ett heltal</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <extracomment>%1 the workspace file</extracomment>
        <translation>%1: ok</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <extracomment>%1 the workspace file, %2 the backup file</extracomment>
        <translation>Säkerhetskopierade %1 till %2.</translation>
    </message>
    <message>
        <source>Upgrading %1 for this version of Leadbench (once)…</source>
        <extracomment>CLI, on a terminal, before a workspace of an older version is upgraded.</extracomment>
        <translation>Uppgraderar %1 för den här versionen av Leadbench (en gång)…</translation>
    </message>
    <message>
        <source>Scored as of %1</source>
        <extracomment>The moment the explained score is as of (events after it do not count)</extracomment>
        <translation>Poängsatt per %1</translation>
    </message>
    <message>
        <source>account %1 &quot;%2&quot; (made meanwhile by another conversion; matched by %3)</source>
        <extracomment>CLI convert: the preview said &quot;new account&quot;, but another conversion created the account meanwhile and this one used it; %3 is how it was matched (domain, name)</extracomment>
        <translation>konto %1 ”%2” (skapat nyss av en annan konvertering; matchat på %3)</translation>
    </message>
    <message>
        <source>contact %1 (made meanwhile by another conversion, same e-mail)</source>
        <extracomment>CLI convert: another conversion created the contact meanwhile and this one used it</extracomment>
        <translation>kontakt %1 (skapad nyss av en annan konvertering, samma e-post)</translation>
    </message>
    <message>
        <source>%1: could not be evaluated</source>
        <extracomment>A scoring rule whose regular expression took too long on this lead; %1 its label</extracomment>
        <translation>%1: kunde inte utvärderas</translation>
    </message>
    <message>
        <source>List the newest N events, or all (default %1).</source>
        <extracomment>%1 the default number (N stays as it is)</extracomment>
        <translation>Lista de N nyaste händelserna, eller alla (standard %1).</translation>
    </message>
    <message>
        <source>Events (newest %1 of %2; --events all lists every one):</source>
        <extracomment>%1 events listed, %2 all of the lead&apos;s events</extracomment>
        <translation>Händelser (de nyaste %1 av %2; --events all listar alla):</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <extracomment>%1 an option name such as --from, %2 the value given</extracomment>
        <translation>%1: ”%2” är inte ett datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>(no source)</source>
        <extracomment>In the sources report: leads that have no lead source.</extracomment>
        <translation>(ingen källa)</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <extracomment>In the reasons report: moves recorded without a reason.</extracomment>
        <translation>(inget skäl)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>Från föregående</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Till och med</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <extracomment>Column: amounts of the account&apos;s deals still open (Prospecting to Negotiation).</extracomment>
        <translation>Öppen säljpipeline</translation>
    </message>
    <message>
        <source>Won</source>
        <extracomment>Column: amounts of the account&apos;s deals won.
----------
Funnel report: the leads whose opportunity was won (an opportunity stage)</extracomment>
        <translation>Vunnen</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Vinstandel</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Median (dagar)</translation>
    </message>
    <message>
        <source>80th percentile days</source>
        <translation>80:e percentilen (dagar)</translation>
    </message>
    <message>
        <source>%1 days</source>
        <extracomment>%1 a decimal number of days such as 2.5 (not a count: always the plural)
----------
Column heading: %1 a range of days such as &quot;0-7&quot; or &quot;91+&quot; (not a count)</extracomment>
        <translation>%1 dagar</translation>
    </message>
    <message>
        <source>Open leads by days in their stage at %1</source>
        <extracomment>%1 the moment of the report (date and time)</extracomment>
        <translation>Öppna leads efter antal dagar i sitt nuvarande steg (läget %1)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepterade</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Kvalificerade</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Konverterad</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Diskvalificerad</translation>
    </message>
    <message>
        <source>Median response (days)</source>
        <translation>Median svarstid (dagar)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Score at MQL</source>
        <translation>Poäng vid MQL</translation>
    </message>
    <message>
        <source>Reached SQL</source>
        <translation>Nådde SQL</translation>
    </message>
    <message>
        <source>SQL rate</source>
        <translation>SQL-andel</translation>
    </message>
    <message>
        <source>AUC of the score for reaching SQL: %1</source>
        <extracomment>AUC: area under the ROC curve, how well the score ranks leads that reach SQL.</extracomment>
        <translation>Poängens AUC för att nå SQL: %1</translation>
    </message>
    <message>
        <source>First day of the period (default: 89 days before --to).</source>
        <translation>Periodens första dag (standard: 89 dagar före --to).</translation>
    </message>
    <message>
        <source>Last day of the period (default: today).</source>
        <translation>Periodens sista dag (standard: i dag).</translation>
    </message>
    <message>
        <source>Only leads from this source.</source>
        <translation>Endast leads från den här källan.</translation>
    </message>
    <message>
        <source>unknown report &quot;%1&quot;</source>
        <translation>okänd rapport ”%1”</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds from 0 to 86400, not &quot;%1&quot;</source>
        <translation>--wait tar ett antal sekunder från 0 till 86400, inte ”%1”</translation>
    </message>
    <message>
        <source>waiting for another program to finish writing to %1…</source>
        <extracomment>CLI, on a terminal: another program (an import, say) is writing to the workspace; this command waits its turn.</extracomment>
        <translation>väntar på att ett annat program ska skriva klart till %1…</translation>
    </message>
    <message numerus="yes">
        <source>still waiting (%n second(s))…</source>
        <translation>
            <numerusform>väntar fortfarande (%n sekund)…</numerusform>
            <numerusform>väntar fortfarande (%n sekunder)…</numerusform>
        </translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a whole number from 1 to 100000</source>
        <translation>--limit: ”%1” är inte ett heltal från 1 till 100000</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an account id (a whole number)</source>
        <translation>”%1” är inte ett konto-id (ett heltal)</translation>
    </message>
    <message>
        <source>Only accounts whose name or e-mail domain contains T.</source>
        <translation>Endast konton vars namn eller e-postdomän innehåller T.</translation>
    </message>
    <message>
        <source>At most N accounts.</source>
        <translation>Högst N konton.</translation>
    </message>
    <message numerus="yes">
        <source>(first %n account(s); --limit shows more)</source>
        <translation>
            <numerusform>(första %n kontot; --limit visar fler)</numerusform>
            <numerusform>(första %n kontona; --limit visar fler)</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no account %1</source>
        <translation>det finns inget konto %1</translation>
    </message>
    <message>
        <source>account %1 &quot;%2&quot;</source>
        <extracomment>%1 account id, %2 its name</extracomment>
        <translation>konto %1 ”%2”</translation>
    </message>
    <message>
        <source>domain: %1, country: %2, owner: %3</source>
        <extracomment>%1 the account&apos;s e-mail domain, %2 its country, %3 its owner</extracomment>
        <translation>domän: %1, land: %2, ägare: %3</translation>
    </message>
    <message>
        <source>open pipeline: %1, won: %2</source>
        <extracomment>%1 and %2 amounts of money (in the workspace currency)</extracomment>
        <translation>öppen säljpipeline: %1, vunnet: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(ies)</source>
        <translation>
            <numerusform>%n affärsmöjlighet</numerusform>
            <numerusform>%n affärsmöjligheter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) at this company</source>
        <extracomment>The buying committee: leads converted into the account or at its company or domain.</extracomment>
        <translation>
            <numerusform>%n lead på detta företag</numerusform>
            <numerusform>%n leads på detta företag</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domän</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Affärsmöjlighet</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-id</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Expected close</source>
        <extracomment>Column: the day the deal is expected to close.</extracomment>
        <translation>Förväntat avslutsdatum</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Leadkälla</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <extracomment>Column: whole days since the deal reached its current stage.</extracomment>
        <translation>Dagar i steget</translation>
    </message>
    <message>
        <source>--amount: &quot;%1&quot; is not an amount (a number such as 25000)</source>
        <translation>--amount: ”%1” är inte ett belopp (ett tal som 25000)</translation>
    </message>
    <message>
        <source>--amount: &quot;%1&quot; is negative; an amount is zero or more</source>
        <translation>--amount: ”%1” är negativt; ett belopp är noll eller mer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2 (a whole number above zero)</source>
        <extracomment>%1 the value given, %2 what was expected (&quot;an account id&quot;)</extracomment>
        <translation>”%1” duger inte som %2 (ett heltal större än noll)</translation>
    </message>
    <message>
        <source>account: %1 (%2)</source>
        <extracomment>%1 the account name, %2 its id</extracomment>
        <translation>konto: %1 (%2)</translation>
    </message>
    <message>
        <source>stage: %1</source>
        <extracomment>%1 an opportunity stage</extracomment>
        <translation>steg: %1</translation>
    </message>
    <message>
        <source>amount: %1</source>
        <extracomment>%1 an amount with its currency</extracomment>
        <translation>belopp: %1</translation>
    </message>
    <message>
        <source>expected close: %1</source>
        <extracomment>%1 a date</extracomment>
        <translation>förväntat avslutsdatum: %1</translation>
    </message>
    <message>
        <source>owner: %1, lead source: %2</source>
        <extracomment>%1 a user name, %2 a lead source such as &quot;Webinar&quot;</extracomment>
        <translation>ägare: %1, leadkälla: %2</translation>
    </message>
    <message>
        <source>version: %1</source>
        <extracomment>%1 the record&apos;s version number</extracomment>
        <translation>version: %1</translation>
    </message>
    <message>
        <source>history:</source>
        <translation>historik:</translation>
    </message>
    <message>
        <source>there is no opportunity %1</source>
        <translation>det finns ingen affärsmöjlighet %1</translation>
    </message>
    <message>
        <source>Only deals in this stage.</source>
        <translation>Endast affärsmöjligheter i detta steg.</translation>
    </message>
    <message>
        <source>Only deals this user owns.</source>
        <translation>Endast affärsmöjligheter som denna användare äger.</translation>
    </message>
    <message>
        <source>Only deals expected to close before this day (YYYY-MM-DD).</source>
        <translation>Endast affärsmöjligheter med förväntat avslutsdatum före denna dag (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Only open deals whose expected close has passed.</source>
        <translation>Endast öppna affärsmöjligheter vars förväntade avslutsdatum har passerat.</translation>
    </message>
    <message>
        <source>Only this account&apos;s deals.</source>
        <translation>Endast detta kontos affärsmöjligheter.</translation>
    </message>
    <message>
        <source>Only deals whose name contains T.</source>
        <translation>Endast affärsmöjligheter vars namn innehåller T.</translation>
    </message>
    <message>
        <source>At most N deals.</source>
        <translation>Högst N affärsmöjligheter.</translation>
    </message>
    <message>
        <source>an account id</source>
        <translation>konto-id</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is more than 100000</source>
        <translation>--limit: ”%1” är mer än 100000</translation>
    </message>
    <message numerus="yes">
        <source>(first %n deal(s); --limit shows more)</source>
        <translation>
            <numerusform>(första %n affärsmöjligheten; --limit visar fler)</numerusform>
            <numerusform>(första %n affärsmöjligheterna; --limit visar fler)</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected close date (YYYY-MM-DD).</source>
        <translation>Förväntat avslutsdatum (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Why the deal was lost (required with --stage Lost).</source>
        <translation>Varför affären förlorades (krävs med --stage Lost).</translation>
    </message>
    <message>
        <source>Change it only if it is still at this version (as shown), else refuse.</source>
        <translation>Ändra bara om den fortfarande har denna version (som visad), annars vägra.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an opportunity id (a whole number)</source>
        <translation>”%1” är inte ett id för en affärsmöjlighet (ett heltal)</translation>
    </message>
    <message>
        <source>--if-version goes with a change: --stage, --amount, --close-date or --reason</source>
        <translation>--if-version hör till en ändring: --stage, --amount, --close-date eller --reason</translation>
    </message>
    <message>
        <source>opportunity %1 &quot;%2&quot;: %3 -&gt; %4, %5, expected close %6</source>
        <extracomment>%1 id, %2 name, %3 old stage, %4 new stage, %5 the amount, %6 the expected close date</extracomment>
        <translation>affärsmöjlighet %1 ”%2”: %3 -&gt; %4, %5, förväntat avslutsdatum %6</translation>
    </message>
    <message>
        <source>The new owner of every lead.</source>
        <translation>Den nya ägaren till varje lead.</translation>
    </message>
    <message>
        <source>Owners to deal the leads out to in turn.</source>
        <translation>Ägare som leadsen fördelas till i tur och ordning.</translation>
    </message>
    <message>
        <source>give either --to or --round-robin</source>
        <translation>ange antingen --to eller --round-robin</translation>
    </message>
    <message>
        <source>an owner&apos;s name is empty in &quot;%1&quot;</source>
        <extracomment>%1 the list of owners given</extracomment>
        <translation>ett ägarnamn är tomt i ”%1”</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n lead(s)</source>
        <translation>
            <numerusform>%n lead tilldelat</numerusform>
            <numerusform>%n leads tilldelade</numerusform>
        </translation>
    </message>
    <message>
        <source>call, email, meeting or note.</source>
        <translation>call, email, meeting eller note.</translation>
    </message>
    <message>
        <source>How a call went: connected, voicemail or no-answer.</source>
        <translation>Hur samtalet gick: connected, voicemail eller no-answer.</translation>
    </message>
    <message>
        <source>When it happened (default: now), e.g. 2026-11-22T09:30:00Z.</source>
        <translation>När det hände (standard: nu), t.ex. 2026-11-22T09:30:00Z.</translation>
    </message>
    <message>
        <source>What was said or done.</source>
        <translation>Vad som sades eller gjordes.</translation>
    </message>
    <message>
        <source>--type is required</source>
        <translation>--type krävs</translation>
    </message>
    <message>
        <source>--type: &quot;%1&quot; is not %2</source>
        <extracomment>%1 the value given, %2 the values allowed</extracomment>
        <translation>--type: ”%1” är inte något av: %2</translation>
    </message>
    <message>
        <source>--outcome: &quot;%1&quot; is not connected, voicemail or no-answer</source>
        <translation>--outcome: ”%1” är inte connected, voicemail eller no-answer</translation>
    </message>
    <message>
        <source>--at: &quot;%1&quot; is not a moment such as 2026-11-22T09:30:00Z</source>
        <translation>--at: ”%1” är inte en tidpunkt som 2026-11-22T09:30:00Z</translation>
    </message>
    <message>
        <source>Logged %1 with %2 at %3</source>
        <extracomment>After `log`: %1 the touch&apos;s label (Call), %2 the lead&apos;s name, %3 when it happened</extracomment>
        <translation>Loggat: %1 med %2, %3</translation>
    </message>
    <message>
        <source>Touches:</source>
        <translation>Aktiviteter:</translation>
    </message>
    <message>
        <source>none logged yet</source>
        <translation>inga loggade ännu</translation>
    </message>
    <message>
        <source>Owner changes:</source>
        <translation>Ägarbyten:</translation>
    </message>
    <message>
        <source>Options:</source>
        <extracomment>CLI --help: heading of the list of the global options.</extracomment>
        <translation>Flaggor:</translation>
    </message>
    <message>
        <source>Who is acting, for the history (default: the login name).</source>
        <extracomment>CLI --help, --user: the name recorded in the lead&apos;s history.</extracomment>
        <translation>Vem som agerar, för historiken (standard: inloggningsnamnet).</translation>
    </message>
    <message>
        <source>How long a change waits for another program writing to the workspace (default: 600).</source>
        <extracomment>CLI --help, --wait: a write waits while another program writes to the workspace.</extracomment>
        <translation>Hur länge en ändring väntar på ett annat program som skriver till arbetsytan (standard: 600).</translation>
    </message>
    <message>
        <source>How records are printed (default: text).</source>
        <translation>Hur poster skrivs ut (standard: text).</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s.</source>
        <translation>Visa den här hjälpen, eller ett kommandos.</translation>
    </message>
    <message>
        <source>Show the version of leadbench-cli.</source>
        <translation>Visa versionen av leadbench-cli.</translation>
    </message>
    <message>
        <source>Run &quot;leadbench-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <extracomment>CLI --help, last line. Keep &quot;leadbench-cli COMMAND --help&quot; as it is: it is typed.</extracomment>
        <translation>Ett kommandos flaggor: &quot;leadbench-cli COMMAND --help&quot;.</translation>
    </message>
    <message>
        <source>Global options (--db, --user, --wait, --format): leadbench-cli --help</source>
        <extracomment>CLI COMMAND --help, last line. Keep &quot;leadbench-cli --help&quot; as it is: it is typed.</extracomment>
        <translation>Globala flaggor (--db, --user, --wait, --format): leadbench-cli --help</translation>
    </message>
    <message>
        <source>usage:</source>
        <extracomment>CLI: the start of the line that shows how a command is typed (&quot;usage: leadbench-cli leads [--stage S]&quot;); lower case like the rest of the line</extracomment>
        <translation>användning:</translation>
    </message>
    <message numerus="yes">
        <source>exported %Ln lead(s) to %1</source>
        <translation>
            <numerusform>exporterade %Ln lead till %1</numerusform>
            <numerusform>exporterade %Ln leads till %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported scoring model &quot;%1&quot; (id %2); rescored %Ln lead(s).</source>
        <extracomment>%1 the scoring model&apos;s name, %2 its id</extracomment>
        <translation>
            <numerusform>Importerade poängmodellen ”%1” (id %2); %Ln lead fick ny poäng.</numerusform>
            <numerusform>Importerade poängmodellen ”%1” (id %2); %Ln leads fick ny poäng.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them moved to MQL.</source>
        <extracomment>After &quot;… rescored 5 leads.&quot;: how many of those reached the MQL threshold.
----------
After &quot;Scored 5 leads …&quot;: how many of those reached the MQL threshold.</extracomment>
        <translation>
            <numerusform>%Ln av dem flyttades till MQL.</numerusform>
            <numerusform>%Ln av dem flyttades till MQL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln lead(s) refused; nothing was moved:
</source>
        <extracomment>%1 how many of the leads named could not move (the reasons follow, one a line)</extracomment>
        <translation>
            <numerusform>%1 av %Ln lead nekades; inget flyttades:
</numerusform>
            <numerusform>%1 av %Ln leads nekades; inget flyttades:
</numerusform>
        </translation>
    </message>
    <message>
        <source>carried over: %1</source>
        <extracomment>%1 a list of counts (&quot;3 events, 2 answers and 1 note&quot;)</extracomment>
        <translation>överfört: %1</translation>
    </message>
    <message numerus="yes">
        <source>Scored %Ln lead(s) with model &quot;%1&quot; as of %2.</source>
        <extracomment>%1 the scoring model&apos;s name, %2 the moment scored for (UTC, ISO 8601)</extracomment>
        <translation>
            <numerusform>Poängsatte %Ln lead med modellen ”%1” per %2.</numerusform>
            <numerusform>Poängsatte %Ln leads med modellen ”%1” per %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated %1 in %2.</source>
        <extracomment>%1 a list of counts (&quot;5 leads, 40 events, 3 accounts and 2 opportunities&quot;), %2 the workspace file they were written into</extracomment>
        <translation>Genererade %1 i %2.</translation>
    </message>
    <message>
        <source>--set: &quot;%1&quot; is not field=value</source>
        <translation>--set: &quot;%1&quot; är inte fält=värde</translation>
    </message>
    <message>
        <source>--set: %1 is given twice</source>
        <translation>--set: %1 anges två gånger</translation>
    </message>
    <message>
        <source>A profile field and its new value, as field=value: %1 or custom.&lt;name&gt;. An empty value clears the field. Repeat for more fields.</source>
        <extracomment>%1 the names of the profile fields, comma-separated (&quot;first_name, last_name, email, ...&quot;); they stay as they are</extracomment>
        <translation>Ett profilfält och dess nya värde, som fält=värde: %1 eller custom.&lt;namn&gt;. Ett tomt värde tömmer fältet. Upprepa för fler fält.</translation>
    </message>
    <message>
        <source>--set is required</source>
        <translation>--set krävs</translation>
    </message>
    <message>
        <source>--if-version: &quot;%1&quot; is not a version (a whole number)</source>
        <translation>--if-version: &quot;%1&quot; är inte en version (ett heltal)</translation>
    </message>
    <message>
        <source>lead %1 already has these values: nothing changed</source>
        <translation>lead %1 har redan dessa värden: inget ändrades</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <extracomment>One line per changed field after `edit`: %1 the field&apos;s label, %2 its old value, %3 the new</extracomment>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>Saved %1 (version %2, score %3)</source>
        <extracomment>After `edit`: %1 the lead&apos;s name, %2 its new version, %3 its score</extracomment>
        <translation>Sparade %1 (version %2, poäng %3)</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A field of the lead in `show`; %1 its label</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <extracomment>A fit rule&apos;s condition; %1 a lead field, %2 a value</extracomment>
        <translation>%1 är %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 är inte %2</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <extracomment>%2 a list of values</extracomment>
        <translation>%1 är något av %2</translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 är inget av %2</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation>%1 innehåller %2</translation>
    </message>
    <message>
        <source>%1 matches the pattern %2</source>
        <extracomment>%2 a regular expression</extracomment>
        <translation>%1 matchar mönstret %2</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation>%1 är minst %2</translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation>%1 är högst %2</translation>
    </message>
    <message>
        <source>%1 is within %2</source>
        <extracomment>%2 two numbers as a list: [50,1000]</extracomment>
        <translation>%1 ligger inom %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 är tomt</translation>
    </message>
    <message>
        <source>%1 is filled in</source>
        <translation>%1 är ifyllt</translation>
    </message>
    <message>
        <source>the domain of %1 is one of %2</source>
        <extracomment>%1 the e-mail field, %2 a list of domains</extracomment>
        <translation>domänen i %1 är någon av %2</translation>
    </message>
    <message>
        <source>Behaviour (max %1):</source>
        <translation>Beteende (max %1):</translation>
    </message>
    <message>
        <source>Points halve every %1.</source>
        <extracomment>%1 a number of days, such as &quot;30 days&quot;</extracomment>
        <translation>Poängens halveringstid är %1.</translation>
    </message>
    <message>
        <source>Points do not fade with time.</source>
        <translation>Poängen avtar inte med tiden.</translation>
    </message>
    <message>
        <source>Events of the last %1 count.</source>
        <extracomment>Only events of the last %1 count; %1 a number of days, such as &quot;180 days&quot;</extracomment>
        <translation>Händelser som är högst %1 gamla räknas.</translation>
    </message>
    <message>
        <source>Events count however old they are.</source>
        <translation>Händelser räknas oavsett ålder.</translation>
    </message>
    <message>
        <source>lead %1: %2, %3: %4; %2 readiness %5 (missing: %6)</source>
        <extracomment>%1 lead id, %2 framework (BANT), %3 a criterion&apos;s name (Budget), %4 its status (Confirmed), %5 the readiness percentage, %6 the criteria not yet confirmed</extracomment>
        <translation>lead %1: %2, %3: %4; mognadsgrad för %2 %5 (saknas: %6)</translation>
    </message>
    <message>
        <source>same e-mail domain</source>
        <extracomment>convert: how the existing account was found, after &quot;matched by&quot;</extracomment>
        <translation>samma e-postdomän</translation>
    </message>
    <message>
        <source>same company name</source>
        <extracomment>convert: how the existing account was found, after &quot;matched by&quot;</extracomment>
        <translation>samma företagsnamn</translation>
    </message>
    <message>
        <source>chosen with --account</source>
        <extracomment>convert: the account was named with --account (kept as it is), after &quot;matched by&quot;</extracomment>
        <translation>valt med --account</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>convert: a new account, no match</extracomment>
        <translation>nytt</translation>
    </message>
    <message>
        <source>The workspace file, or a team workspace&apos;s postgresql://user@host/database address (default: %1).</source>
        <extracomment>CLI --help, --db. %1 the default workspace path. postgresql://… is typed as is.</extracomment>
        <translation>Arbetsytans fil eller en teamarbetsytas postgresql://användare@server/databas-adress (standard: %1).</translation>
    </message>
    <message>
        <source>Copied %1 to %2 (%3) and checked every row: checksum %4.</source>
        <extracomment>%1 and %2 workspace locations (a file or a server), %3 &quot;1,200 leads&quot;, %4 a checksum</extracomment>
        <translation>Kopierade %1 till %2 (%3) och kontrollerade varje rad: kontrollsumma %4.</translation>
    </message>
    <message>
        <source>%1 is a workspace file, used by one person: team roles are for a team workspace on a server (--db postgresql://…)</source>
        <extracomment>%1 the workspace file</extracomment>
        <translation>%1 är en arbetsytefil som en person använder: teamroller gäller en teamarbetsyta på en server (--db postgresql://…)</translation>
    </message>
    <message>
        <source>manager</source>
        <extracomment>A team role: edits the scoring model, overrides guards, reassigns leads</extracomment>
        <translation>chef</translation>
    </message>
    <message>
        <source>SDR</source>
        <extracomment>A team role: works leads (sales development representative; keep the acronym if usual)</extracomment>
        <translation>SDR</translation>
    </message>
    <message>
        <source>The team has no members yet.</source>
        <translation>Teamet har inga medlemmar än.</translation>
    </message>
    <message>
        <source>The member&apos;s role: sdr or manager.</source>
        <translation>Medlemmens roll: sdr eller manager.</translation>
    </message>
    <message>
        <source>unknown team command &quot;%1&quot;</source>
        <extracomment>%1 what the user typed after &quot;team&quot;</extracomment>
        <translation>okänt team-kommando ”%1”</translation>
    </message>
    <message>
        <source>team %1 needs a LOGIN</source>
        <extracomment>%1 &quot;add&quot; or &quot;remove&quot;</extracomment>
        <translation>team %1 behöver en inloggning (LOGIN)</translation>
    </message>
    <message>
        <source>team %1 takes no arguments</source>
        <extracomment>%1 &quot;init&quot; or &quot;list&quot;</extracomment>
        <translation>team %1 tar inga argument</translation>
    </message>
    <message>
        <source>team add needs --role</source>
        <translation>team add behöver --role</translation>
    </message>
    <message>
        <source>only team add takes --role</source>
        <translation>bara team add tar --role</translation>
    </message>
    <message>
        <source>The team workspace %1 has its roles; add members with team add LOGIN --role sdr|manager.</source>
        <extracomment>%1 the team workspace&apos;s address</extracomment>
        <translation>Teamarbetsytan %1 har nu sina roller; lägg till medlemmar med team add LOGIN --role sdr|manager.</translation>
    </message>
    <message>
        <source>%1 is in the team as %2.</source>
        <extracomment>%1 a login name, %2 its role (&quot;SDR&quot; or &quot;manager&quot;)</extracomment>
        <translation>%1 är med i teamet som %2.</translation>
    </message>
    <message>
        <source>%1 is no longer in the team.</source>
        <extracomment>%1 a login name</extracomment>
        <translation>%1 är inte längre med i teamet.</translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <extracomment>CLI prompt on a terminal; %1 a login name, %2 the server&apos;s host name</extracomment>
        <translation>Lösenord för %1 på %2: </translation>
    </message>
</context>
<context>
    <name>lb::scoring</name>
    <message>
        <source>Scoring leads</source>
        <translation>Poängsätter leads</translation>
    </message>
    <message>
        <source>score %1 reached the MQL threshold %2</source>
        <extracomment>History reason of an automatic New -&gt; MQL move; %1 the score, %2 the threshold.</extracomment>
        <translation>poängen %1 nådde MQL-tröskeln %2</translation>
    </message>
    <message>
        <source>Reading leads for what-if</source>
        <translation>Läser leads för simulering</translation>
    </message>
    <message>
        <source>Sorting by score</source>
        <extracomment>Progress phase after a rescore: the lists sorted by score are brought up to date.</extracomment>
        <translation>Sorterar efter poäng</translation>
    </message>
    <message>
        <source>Fit capped at %1</source>
        <extracomment>Explanation line: the points over the model&apos;s fit maximum; %1 the maximum</extracomment>
        <translation>Matchning begränsad till högst %1</translation>
    </message>
    <message>
        <source>Behaviour capped at %1</source>
        <extracomment>Explanation line: the points over the model&apos;s behaviour maximum; %1 the maximum</extracomment>
        <translation>Beteende begränsat till högst %1</translation>
    </message>
    <message>
        <source>%1: capped at %2</source>
        <extracomment>Explanation line: the points a behaviour rule&apos;s cap took off; %1 rule label, %2 the cap</extracomment>
        <translation>%1: begränsat till högst %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Leadbench, the lead qualification workbench.</source>
        <translation>Leadbench, arbetsbänken för kvalificering av leads.</translation>
    </message>
    <message>
        <source>The workspace file to open.</source>
        <translation>Arbetsytans fil som ska öppnas.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Spara en bild av fönstret till FILE och avsluta.</translation>
    </message>
    <message>
        <source>Leadbench</source>
        <translation>Leadbench</translation>
    </message>
    <message>
        <source>With --screenshot: picture the dashboard instead.</source>
        <translation>Med --screenshot: avbilda översikten i stället.</translation>
    </message>
    <message>
        <source>With --screenshot: show this tab of the lead view (0-5).</source>
        <translation>Med --screenshot: visa den här fliken i leadvyn (0–5).</translation>
    </message>
    <message>
        <source>With --screenshot: picture an account page instead.</source>
        <translation>Med --screenshot: avbilda en kontosida i stället.</translation>
    </message>
    <message>
        <source>With --screenshot: picture the opportunity list instead.</source>
        <translation>Med --screenshot: avbilda listan över affärsmöjligheter i stället.</translation>
    </message>
</context>
</TS>
