<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>lb::AccountListModel</name>
    <message>
        <source>Account</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Domain</source>
        <extracomment>Column: the account&apos;s e-mail domain</extracomment>
        <translation>Verkkotunnus</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <extracomment>Column: the amounts of the account&apos;s deals still being worked</extracomment>
        <translation>Avoin myyntiputki</translation>
    </message>
    <message>
        <source>Won</source>
        <extracomment>Column: the amounts of the account&apos;s won deals</extracomment>
        <translation>Voitettu</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Omistaja</translation>
    </message>
</context>
<context>
    <name>lb::AccountPage</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titteli</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Myyntimahdollisuus</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Arvioitu päätöspäivä</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Omistaja</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Myyntimahdollisuudet</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <source>Buying committee (leads at this company)</source>
        <extracomment>Heading: the leads at this company (converted into it, same company name or e-mail domain)</extracomment>
        <translation>Ostotiimi (tämän yrityksen liidit)</translation>
    </message>
    <message>
        <source>No account chosen</source>
        <translation>Asiakasta ei ole valittu</translation>
    </message>
    <message>
        <source>open pipeline %1, won %2</source>
        <extracomment>On the account page: the amounts of its open and won deals</extracomment>
        <translation>avoin myyntiputki %1, voitettu %2</translation>
    </message>
    <message>
        <source>owner %1</source>
        <extracomment>On the account page: who owns the account</extracomment>
        <translation>omistaja %1</translation>
    </message>
</context>
<context>
    <name>lb::AnswerCommand</name>
    <message>
        <source>Answer %1 %2</source>
        <extracomment>Undo menu text; %1 a framework (BANT, MEDDIC, ...), %2 one of its criteria</extracomment>
        <translation>vastaus: %1 %2</translation>
    </message>
</context>
<context>
    <name>lb::AnswerStatus</name>
    <message>
        <source>Unknown</source>
        <extracomment>Status of a qualification answer: nothing known yet</extracomment>
        <translation>Tuntematon</translation>
    </message>
    <message>
        <source>Partial</source>
        <extracomment>Status of a qualification answer: partly confirmed</extracomment>
        <translation>Osittainen</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <extracomment>Status of a qualification answer</extracomment>
        <translation>Vahvistettu</translation>
    </message>
    <message>
        <source>Disqualifying</source>
        <extracomment>Status of a qualification answer: the answer rules the lead out</extracomment>
        <translation>Hylkäävä</translation>
    </message>
</context>
<context>
    <name>lb::AssignOwnerDialog</name>
    <message>
        <source>Assign Owner</source>
        <translation>Määritä omistaja</translation>
    </message>
    <message numerus="yes">
        <source>Who should own the %n selected lead(s)?</source>
        <extracomment>%n the number of leads that get the owner</extracomment>
        <translation>
            <numerusform>Kenelle valittu liidi annetaan?</numerusform>
            <numerusform>Kenelle %n valittua liidiä annetaan?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ei kukaan</translation>
    </message>
    <message>
        <source>Type a new name to add a user; leave it empty to remove the owner.</source>
        <translation>Kirjoita uusi nimi lisätäksesi käyttäjän; jätä tyhjäksi poistaaksesi omistajan.</translation>
    </message>
    <message>
        <source>Assign</source>
        <extracomment>The dialog&apos;s OK button</extracomment>
        <translation>Määritä</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Omistaja:</translation>
    </message>
</context>
<context>
    <name>lb::ColumnChooser</name>
    <message>
        <source>Reset Columns</source>
        <extracomment>Header context menu of the lead table: default columns, order and widths again</extracomment>
        <translation>Palauta sarakkeet</translation>
    </message>
</context>
<context>
    <name>lb::ColumnMapping</name>
    <message>
        <source>--map &quot;%1=%2&quot;: the file has no column &quot;%1&quot;</source>
        <extracomment>CLI error. %1 a column heading of the CSV file, %2 the field it was mapped to; --map stays as it is</extracomment>
        <translation>--map &quot;%1=%2&quot;: tiedostossa ei ole saraketta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--map &quot;%1=%2&quot;: &quot;%2&quot; is not a field</source>
        <extracomment>CLI error. %1 a column heading of the CSV file, %2 what the user typed as the field name</extracomment>
        <translation>--map &quot;%1=%2&quot;: &quot;%2&quot; ei ole kenttä</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: expected &quot;Header=field&quot;</source>
        <translation>--map &quot;%1&quot;: odotettiin muotoa &quot;Otsikko=kenttä&quot;</translation>
    </message>
    <message>
        <source>more than one column is named &quot;%1&quot; (columns %2): rename all but one, or leave them out with --map &quot;%1=ignore&quot;</source>
        <extracomment>%1 is a column name, %2 the numbers of the columns (&quot;2, 5&quot;), 1 = the first</extracomment>
        <translation>useamman sarakkeen nimi on &quot;%1&quot; (sarakkeet %2): nimeä kaikki paitsi yksi uudelleen tai jätä ne pois valitsimella --map &quot;%1=ignore&quot;</translation>
    </message>
</context>
<context>
    <name>lb::CommitteeWidget</name>
    <message>
        <source>Name</source>
        <extracomment>Columns of the buying committee: the people at the lead&apos;s company</extracomment>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titteli</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Omistaja</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <extracomment>Link in the Committee tab to the account a converted lead became</extracomment>
        <translation>Asiakas: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <extracomment>Link in the Committee tab to the contact a converted lead became</extracomment>
        <translation>Yhteyshenkilö: %1</translation>
    </message>
    <message>
        <source>Opportunity: %1</source>
        <extracomment>Link in the Committee tab to the opportunity (deal) of a converted lead</extracomment>
        <translation>Myyntimahdollisuus: %1</translation>
    </message>
    <message>
        <source>Converted into</source>
        <translation>Konvertoitu:</translation>
    </message>
    <message>
        <source>Other people at this company; double-click one to open it.</source>
        <translation>Muut tämän yrityksen henkilöt; avaa kaksoisnapsauttamalla.</translation>
    </message>
    <message>
        <source>Contact</source>
        <extracomment>Stage column of a contact (a person at a customer account, not a lead)</extracomment>
        <translation>Yhteyshenkilö</translation>
    </message>
</context>
<context>
    <name>lb::Conversion</name>
    <message>
        <source>Name</source>
        <extracomment>Conversion preview: the account&apos;s name</extracomment>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>E-mail domain</source>
        <translation>Sähköpostin verkkotunnus</translation>
    </message>
    <message>
        <source>account %1 does not exist</source>
        <translation>asiakasta %1 ei ole olemassa</translation>
    </message>
    <message>
        <source>lead %1 has no company, name or e-mail address to name a new account; fill one in or choose an existing account</source>
        <translation>liidillä %1 ei ole yritystä, nimeä eikä sähköpostiosoitetta, josta uuden asiakkaan nimen voisi muodostaa; täytä jokin niistä tai valitse olemassa oleva asiakas</translation>
    </message>
    <message>
        <source>the opportunity needs a name</source>
        <translation>myyntimahdollisuus tarvitsee nimen</translation>
    </message>
    <message>
        <source>opportunity amount %1 is not a positive number</source>
        <translation>myyntimahdollisuuden summa %1 ei ole positiivinen luku</translation>
    </message>
    <message>
        <source>lead %1 does not exist</source>
        <translation>liidiä %1 ei ole olemassa</translation>
    </message>
    <message>
        <source>opportunity %1 was changed since the conversion (its stage or amount); the conversion is not undone</source>
        <translation>myyntimahdollisuutta %1 on muutettu muuntamisen jälkeen (sen vaihetta tai summaa); muuntamista ei kumota</translation>
    </message>
    <message>
        <source>contact %1 was changed since the conversion; the conversion is not undone</source>
        <translation>yhteyshenkilöä %1 on muutettu muuntamisen jälkeen; muuntamista ei kumota</translation>
    </message>
    <message>
        <source>account %1 was changed since the conversion; the conversion is not undone</source>
        <translation>asiakasta %1 on muutettu muuntamisen jälkeen; muuntamista ei kumota</translation>
    </message>
    <message>
        <source>undo of the conversion</source>
        <extracomment>History reason of an undone conversion</extracomment>
        <translation>muuntaminen kumottu</translation>
    </message>
    <message>
        <source>undo of the conversion (removed %1)</source>
        <extracomment>History reason of an undone conversion; %1 what was removed, e.g. &quot;account Acme Oy, contact Anna Berg&quot;</extracomment>
        <translation>muuntaminen kumottu (poistettu: %1)</translation>
    </message>
    <message>
        <source>Converted from lead %1 (%2): %3</source>
        <extracomment>A note on the new contact. %1 the lead&apos;s id, %2 its name, %3 a list of counts (&quot;4 events and 2 answers&quot;)</extracomment>
        <translation>Muunnettu liidistä %1 (%2): %3</translation>
    </message>
    <message>
        <source>contact %1 has been used since the conversion (%2); the conversion is not undone</source>
        <extracomment>%1 the contact&apos;s id, %2 a list of counts (&quot;1 opportunity, 2 notes and 0 other leads&quot;)</extracomment>
        <translation>yhteyshenkilöä %1 on käytetty muuntamisen jälkeen (%2); muuntamista ei kumota</translation>
    </message>
    <message>
        <source>account %1 has been used since the conversion (%2); the conversion is not undone</source>
        <extracomment>%1 the account&apos;s id, %2 a list of counts (&quot;2 other contacts, 1 other opportunity and 0 other leads&quot;)</extracomment>
        <translation>asiakasta %1 on käytetty muuntamisen jälkeen (%2); muuntamista ei kumota</translation>
    </message>
    <message>
        <source>%1 was changed by %2 since it was converted, so the conversion is not undone.</source>
        <extracomment>%1 the lead&apos;s name, %2 who changed it</extracomment>
        <translation>%2 on muuttanut liidiä %1 muuntamisen jälkeen, joten muuntamista ei kumota.</translation>
    </message>
    <message>
        <source>Converted: account %1, contact %2</source>
        <extracomment>History reason of a conversion; %1 the account&apos;s name (or number), %2 the contact&apos;s</extracomment>
        <translation>Muunnettu: asiakas %1, yhteyshenkilö %2</translation>
    </message>
    <message>
        <source>Converted: account %1, contact %2, opportunity %3</source>
        <extracomment>History reason of a conversion; %1 the account&apos;s name (or number), %2 the contact&apos;s, %3 the opportunity&apos;s</extracomment>
        <translation>Muunnettu: asiakas %1, yhteyshenkilö %2, myyntimahdollisuus %3</translation>
    </message>
    <message>
        <source>account %1</source>
        <extracomment>What the undo of a conversion removed; %1 the account&apos;s name (or number)</extracomment>
        <translation>asiakas %1</translation>
    </message>
    <message>
        <source>contact %1</source>
        <extracomment>What the undo of a conversion removed; %1 the contact&apos;s name (or number)</extracomment>
        <translation>yhteyshenkilö %1</translation>
    </message>
    <message>
        <source>opportunity %1</source>
        <extracomment>What the undo of a conversion removed; %1 the opportunity&apos;s name (or number)</extracomment>
        <translation>myyntimahdollisuus %1</translation>
    </message>
</context>
<context>
    <name>lb::ConversionCommand</name>
    <message>
        <source>Convert %1</source>
        <extracomment>Undo menu text; %1 the lead&apos;s name</extracomment>
        <translation>muuntaminen: %1</translation>
    </message>
</context>
<context>
    <name>lb::ConversionDialog</name>
    <message>
        <source>same e-mail domain</source>
        <translation>sama sähköpostin verkkotunnus</translation>
    </message>
    <message>
        <source>same company name</source>
        <translation>sama yrityksen nimi</translation>
    </message>
    <message>
        <source>found by search</source>
        <translation>löytyi haulla</translation>
    </message>
    <message>
        <source>Prospecting</source>
        <translation>Prospektointi</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Tarjous</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Neuvottelu</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Voitettu</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Hävitty</translation>
    </message>
    <message>
        <source>Convert %1</source>
        <extracomment>Window title. %1 the lead&apos;s name</extracomment>
        <translation>Muunna %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Asiakas:</translation>
    </message>
    <message>
        <source>Find another account by name</source>
        <translation>Etsi toinen asiakas nimellä</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Etsi</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Hae:</translation>
    </message>
    <message>
        <source>&amp;Overwrite fields that differ (otherwise only empty fields are filled)</source>
        <translation>&amp;Korvaa poikkeavat kentät (muuten täytetään vain tyhjät kentät)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nyt</translation>
    </message>
    <message>
        <source>From the lead</source>
        <translation>Liidistä</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Kirjoitetaan</translation>
    </message>
    <message>
        <source>Create an &amp;opportunity</source>
        <translation>Luo m&amp;yyntimahdollisuus</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Summa:</translation>
    </message>
    <message>
        <source>&amp;Close date:</source>
        <translation>Arvioitu &amp;päätöspäivä:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>&amp;Vaihe:</translation>
    </message>
    <message>
        <source>&amp;Convert</source>
        <translation>&amp;Muunna</translation>
    </message>
    <message>
        <source>%1 (#%2, %3)</source>
        <extracomment>An account to pick. %1 its name, %2 its id, %3 why it is suggested (&quot;same e-mail domain&quot;)</extracomment>
        <translation>%1 (#%2, %3)</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <source>No account name contains &quot;%1&quot;.</source>
        <translation>Minkään asiakkaan nimessä ei ole tekstiä ”%1”.</translation>
    </message>
    <message>
        <source>Account #%1 %2</source>
        <extracomment>%1 the account&apos;s id, %2 its name</extracomment>
        <translation>Asiakas #%1 %2</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Uusi yhteyshenkilö</translation>
    </message>
    <message>
        <source>Contact #%1 (same e-mail)</source>
        <extracomment>%1 the contact&apos;s id</extracomment>
        <translation>Yhteyshenkilö #%1 (sama sähköposti)</translation>
    </message>
    <message>
        <source>The opportunity needs a name.</source>
        <translation>Myyntimahdollisuus tarvitsee nimen.</translation>
    </message>
    <message>
        <source>Carried over to the contact: %1. Amounts in %2.</source>
        <extracomment>%1 a list of counts (&quot;3 events, 2 answers and 1 note&quot;), %2 a currency code (EUR)</extracomment>
        <translation>Siirretään yhteyshenkilölle: %1. Summat valuuttana %2.</translation>
    </message>
</context>
<context>
    <name>lb::Country</name>
    <message>
        <source>Finland</source>
        <translation>Suomi</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Ruotsi</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norja</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Tanska</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Islanti</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>Ahvenanmaa</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Viro</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Latvia</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Liettua</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Saksa</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Ranska</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Iso-Britannia</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanti</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Alankomaat</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgia</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxemburg</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Sveitsi</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Itävalta</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Espanja</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugali</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italia</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Kreikka</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Puola</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Tšekki</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovakia</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Unkari</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Romania</translation>
    </message>
    <message>
        <source>Bulgaria</source>
        <translation>Bulgaria</translation>
    </message>
    <message>
        <source>Croatia</source>
        <translation>Kroatia</translation>
    </message>
    <message>
        <source>Slovenia</source>
        <translation>Slovenia</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Serbia</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraina</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Venäjä</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Valko-Venäjä</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Turkki</translation>
    </message>
    <message>
        <source>Cyprus</source>
        <translation>Kypros</translation>
    </message>
    <message>
        <source>Malta</source>
        <translation>Malta</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Yhdysvallat</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Meksiko</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Brasilia</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentiina</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Kiina</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japani</translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation>Etelä-Korea</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Intia</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapore</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Uusi-Seelanti</translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation>Etelä-Afrikka</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israel</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>Arabiemiirikunnat</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Saudi-Arabia</translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation>Egypti</translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation>Marokko</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thaimaa</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malesia</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Filippiinit</translation>
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
            <numerusform>%Ln liidi</numerusform>
            <numerusform>%Ln liidiä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other lead(s)</source>
        <extracomment>A count of further leads (other than the one being undone), inside a list of counts.</extracomment>
        <translation>
            <numerusform>%Ln muu liidi</numerusform>
            <numerusform>%Ln muuta liidiä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <extracomment>A count of behaviour events (web visits, e-mail opens …) inside a list of counts.</extracomment>
        <translation>
            <numerusform>%Ln tapahtuma</numerusform>
            <numerusform>%Ln tapahtumaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s)</source>
        <extracomment>A count of qualification answers inside a list of counts.</extracomment>
        <translation>
            <numerusform>%Ln vastaus</numerusform>
            <numerusform>%Ln vastausta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <extracomment>A count of notes inside a list of counts.</extracomment>
        <translation>
            <numerusform>%Ln muistiinpano</numerusform>
            <numerusform>%Ln muistiinpanoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <extracomment>A count of accounts (companies) inside a list of counts.</extracomment>
        <translation>
            <numerusform>%Ln asiakas</numerusform>
            <numerusform>%Ln asiakasta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other contact(s)</source>
        <extracomment>A count of further contacts of an account inside a list of counts.</extracomment>
        <translation>
            <numerusform>%Ln muu yhteyshenkilö</numerusform>
            <numerusform>%Ln muuta yhteyshenkilöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln opportunity(s)</source>
        <extracomment>A count of opportunities (deals) inside a list of counts.</extracomment>
        <translation>
            <numerusform>%Ln myyntimahdollisuus</numerusform>
            <numerusform>%Ln myyntimahdollisuutta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other opportunity(s)</source>
        <extracomment>A count of further opportunities of an account inside a list of counts.</extracomment>
        <translation>
            <numerusform>%Ln muu myyntimahdollisuus</numerusform>
            <numerusform>%Ln muuta myyntimahdollisuutta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <extracomment>A number of days, e.g. &quot;half-life 30 days&quot;.</extracomment>
        <translation>
            <numerusform>%Ln päivä</numerusform>
            <numerusform>%Ln päivää</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>Joins the last two items of a list: &quot;3 events and 2 notes&quot;.</extracomment>
        <translation>%1 ja %2</translation>
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
        <translation>Asiakkaat ja kaupat — Leadbench</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Asiakkaat</translation>
    </message>
    <message>
        <source>&amp;Opportunities</source>
        <translation>M&amp;yyntimahdollisuudet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;ulje</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>Search accounts by name or domain</source>
        <extracomment>Placeholder of the account search field</extracomment>
        <translation>Hae asiakkaita nimellä tai verkkotunnuksella</translation>
    </message>
    <message>
        <source>Any stage</source>
        <extracomment>Filter choice: deals in any stage</extracomment>
        <translation>Mikä tahansa vaihe</translation>
    </message>
    <message>
        <source>Any close date</source>
        <extracomment>Filter choice: deals expected to close on any day</extracomment>
        <translation>Mikä tahansa päätöspäivä</translation>
    </message>
    <message>
        <source>Closing by the end of this month</source>
        <extracomment>Filter choice: deals expected to close before the end of this month</extracomment>
        <translation>Päättyy tämän kuun loppuun mennessä</translation>
    </message>
    <message>
        <source>Closing by the end of this quarter</source>
        <extracomment>Filter choice: deals expected to close before the end of this quarter</extracomment>
        <translation>Päättyy tämän neljänneksen loppuun mennessä</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Filter choice: open deals whose expected close date has passed</extracomment>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Muuta…</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Vaihe:</translation>
    </message>
    <message>
        <source>Opportunity not changed</source>
        <translation>Myyntimahdollisuutta ei muutettu</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Ei kumottu</translation>
    </message>
    <message>
        <source>Owner</source>
        <extracomment>The owner filter&apos;s label, read out by screen readers</extracomment>
        <translation>Omistaja</translation>
    </message>
    <message>
        <source>Any owner</source>
        <extracomment>Owner filter choice: deals of every owner</extracomment>
        <translation>Kaikki omistajat</translation>
    </message>
</context>
<context>
    <name>lb::CsvReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1 the file, %2 the reason from the system</extracomment>
        <translation>tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row</source>
        <extracomment>%1 the CSV file</extracomment>
        <translation>%1 on tyhjä: siinä ei ole otsikkoriviä</translation>
    </message>
    <message>
        <source>the header row of %1 is too long: a column name may hold at most %2 characters, and the row at most %3</source>
        <translation>tiedoston %1 otsikkorivi on liian pitkä: sarakkeen nimessä saa olla enintään %2 merkkiä ja rivillä enintään %3</translation>
    </message>
    <message>
        <source>the header row of %1 holds a NUL byte (in column %2): it does not look like a text file</source>
        <translation>tiedoston %1 otsikkorivillä on NUL-tavu (sarakkeessa %2): se ei näytä tekstitiedostolta</translation>
    </message>
</context>
<context>
    <name>lb::DashboardPanel</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Tallenna PNG-kuvana…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation>Tallenna tämä kaavio PNG-kuvana</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Tallenna kaavio PNG-kuvana</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-kuvat (*.png)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Kaaviota ei tallennettu</translation>
    </message>
    <message>
        <source>Leadbench could not write %1.</source>
        <extracomment>%1 the picture file chosen for the export</extracomment>
        <translation>Leadbench ei voinut kirjoittaa tiedostoa %1.</translation>
    </message>
</context>
<context>
    <name>lb::DashboardView</name>
    <message>
        <source>Not updated: %1</source>
        <extracomment>The dashboard could not be made; %1 says why</extracomment>
        <translation>Ei päivitetty: %1</translation>
    </message>
    <message>
        <source>Sources: lead to cash</source>
        <translation>Lähteet: liidistä kassaan</translation>
    </message>
    <message>
        <source>Owners: the SDR leaderboard</source>
        <translation>Omistajat: SDR-tulostaulu</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Viimeiset 30 päivää</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Viimeiset 90 päivää</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Tämä vuosineljännes</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tämä vuosi</translation>
    </message>
    <message>
        <source>Custom</source>
        <extracomment>Period preset: dates chosen by hand</extracomment>
        <translation>Mukautettu</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Ajanjakso</translation>
    </message>
    <message>
        <source>Period starts</source>
        <translation>Ajanjakso alkaa</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>Ajanjakso päättyy</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Omistaja</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Kaikki omistajat</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>any source</source>
        <translation>kaikki lähteet</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Ajanjakso:</translation>
    </message>
    <message>
        <source>–</source>
        <extracomment>Between the two dates of a period: &quot;1.9.2026 – 30.11.2026&quot;</extracomment>
        <translation>–</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Päivitetään…</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A period: %1 its first day, %2 its last</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Kaikki lähteet</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <extracomment>%1 a lead source such as &quot;Webinar&quot;</extracomment>
        <translation>Lähde: %1</translation>
    </message>
    <message>
        <source>Leadbench pipeline report
%1
As of %2</source>
        <extracomment>Heading of the PDF report; %1 the period and filters, %2 when the numbers were made</extracomment>
        <translation>Leadbenchin myyntiputkiraportti
%1
Tilanne %2</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <extracomment>When the dashboard&apos;s numbers were made</extracomment>
        <translation>Päivitetty %1</translation>
    </message>
</context>
<context>
    <name>lb::DashboardWindow</name>
    <message>
        <source>Dashboard — Leadbench</source>
        <translation>Koontinäyttö — Leadbench</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;Vie raportti…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;ulje</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>pipeline-report-%1.pdf</source>
        <extracomment>Suggested file name of the PDF report; keep it short, no spaces</extracomment>
        <translation>myyntiputkiraportti-%1.pdf</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Vie raportti</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>Report not exported</source>
        <translation>Raporttia ei viety</translation>
    </message>
</context>
<context>
    <name>lb::DefaultModel</name>
    <message>
        <source>Decision-maker title</source>
        <translation>Päättäjän titteli</translation>
    </message>
    <message>
        <source>Manager title</source>
        <translation>Esihenkilön titteli</translation>
    </message>
    <message>
        <source>50-1000 employees</source>
        <translation>50–1000 työntekijää</translation>
    </message>
    <message>
        <source>10-49 employees</source>
        <translation>10–49 työntekijää</translation>
    </message>
    <message>
        <source>Over 1000 employees</source>
        <translation>Yli 1000 työntekijää</translation>
    </message>
    <message>
        <source>Revenue at least 5 M</source>
        <translation>Liikevaihto vähintään 5 M</translation>
    </message>
    <message>
        <source>Software industry</source>
        <translation>Ohjelmistoala</translation>
    </message>
    <message>
        <source>Industry we serve well</source>
        <translation>Toimiala, jota palvelemme hyvin</translation>
    </message>
    <message>
        <source>Nordic country</source>
        <translation>Pohjoismaa</translation>
    </message>
    <message>
        <source>Baltic or German-speaking country</source>
        <translation>Baltian maa tai saksankielinen maa</translation>
    </message>
    <message>
        <source>Budget of 10,000 or more</source>
        <translation>Budjetti vähintään 10 000</translation>
    </message>
    <message>
        <source>Expected decision date known</source>
        <translation>Arvioitu päätöspäivä tiedossa</translation>
    </message>
    <message>
        <source>Competitor domain</source>
        <translation>Kilpailijan verkkotunnus</translation>
    </message>
    <message>
        <source>Free e-mail address</source>
        <translation>Ilmainen sähköpostiosoite</translation>
    </message>
    <message>
        <source>Student or intern</source>
        <translation>Opiskelija tai harjoittelija</translation>
    </message>
    <message>
        <source>E-mail opens</source>
        <translation>Sähköpostien avaukset</translation>
    </message>
    <message>
        <source>Web visits</source>
        <translation>Verkkosivukäynnit</translation>
    </message>
    <message>
        <source>Content downloads</source>
        <translation>Sisältölataukset</translation>
    </message>
    <message>
        <source>Blog comments</source>
        <translation>Blogikommentit</translation>
    </message>
    <message>
        <source>Social follows</source>
        <translation>Seuraamiset somessa</translation>
    </message>
    <message>
        <source>Event or webinar registrations</source>
        <translation>Tapahtuma- tai webinaari-ilmoittautumiset</translation>
    </message>
    <message>
        <source>Trial signup</source>
        <translation>Kokeilujakson aloitus</translation>
    </message>
    <message>
        <source>Contact request</source>
        <translation>Yhteydenottopyyntö</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Peruuttanut tilauksen</translation>
    </message>
    <message>
        <source>E-mail bounced</source>
        <translation>Sähköposti palautui</translation>
    </message>
</context>
<context>
    <name>lb::Demo</name>
    <message>
        <source>Created from %1</source>
        <extracomment>Demo history: how a lead came in; %1 its lead source (&quot;Web&quot;, &quot;Event&quot;)</extracomment>
        <translation>Luotu lähteestä %1</translation>
    </message>
    <message>
        <source>Generating demo leads</source>
        <translation>Luodaan esittelyliidejä</translation>
    </message>
    <message>
        <source>Building indexes</source>
        <translation>Rakennetaan indeksejä</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %Ln lead(s); demo data goes only into an empty workspace</source>
        <extracomment>%1 the workspace file</extracomment>
        <translation>
            <numerusform>%1 sisältää jo %Ln liidin; esittelytiedot lisätään vain tyhjään työtilaan</numerusform>
            <numerusform>%1 sisältää jo %Ln liidiä; esittelytiedot lisätään vain tyhjään työtilaan</numerusform>
        </translation>
    </message>
    <message>
        <source>Score reached the MQL threshold</source>
        <extracomment>Demo history: why a lead became an MQL</extracomment>
        <translation>Pisteet saavuttivat MQL-kynnyksen</translation>
    </message>
    <message>
        <source>Accepted by the SDR</source>
        <extracomment>Demo history: why a lead became an SAL (an SDR accepted it)</extracomment>
        <translation>SDR hyväksyi liidin</translation>
    </message>
    <message>
        <source>BANT ready</source>
        <extracomment>Demo history: why a lead became an SQL</extracomment>
        <translation>BANT valmis</translation>
    </message>
    <message>
        <source>Turned into an account and a contact</source>
        <extracomment>Demo history: the lead was converted</extracomment>
        <translation>Muunnettu asiakkaaksi ja yhteyshenkilöksi</translation>
    </message>
    <message>
        <source>Annual licence</source>
        <translation>Vuosilisenssi</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilotti</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <extracomment>Demo data: why a deal was lost</extracomment>
        <translation>Valitsi kilpailijan</translation>
    </message>
    <message>
        <source>No budget this year</source>
        <translation>Ei budjettia tänä vuonna</translation>
    </message>
    <message>
        <source>Project postponed</source>
        <translation>Hanke siirtyi myöhemmäksi</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>Liian korkea hinta</translation>
    </message>
</context>
<context>
    <name>lb::EventImporter</name>
    <message>
        <source>%1 needs e-mail, event and timestamp columns (columns: %2)</source>
        <extracomment>%1 the CSV file, %2 the columns it has</extracomment>
        <translation>%1 tarvitsee sähköposti-, tapahtuma- ja aikaleimasarakkeet (sarakkeet: %2)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not an e-mail address</source>
        <translation>sarake ”%1”: ”%2” ei ole sähköpostiosoite</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is empty: an event needs a type</source>
        <translation>sarake ”%1” on tyhjä: tapahtumalla on oltava tyyppi</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a date or time (YYYY-MM-DD, ISO 8601, D.M.YYYY or M/D/YYYY)</source>
        <translation>sarake ”%1”: ”%2” ei ole päivämäärä tai kellonaika (YYYY-MM-DD, ISO 8601, D.M.YYYY tai M/D/YYYY)</translation>
    </message>
    <message>
        <source>no lead with this e-mail: %1</source>
        <extracomment>%1 an e-mail address from the file</extracomment>
        <translation>ei liidiä tällä sähköpostiosoitteella: %1</translation>
    </message>
</context>
<context>
    <name>lb::EventType</name>
    <message>
        <source>E-mail opened</source>
        <translation>Sähköposti avattu</translation>
    </message>
    <message>
        <source>Web visit</source>
        <translation>Verkkosivukäynti</translation>
    </message>
    <message>
        <source>Content download</source>
        <translation>Sisällön lataus</translation>
    </message>
    <message>
        <source>Blog comment</source>
        <translation>Blogikommentti</translation>
    </message>
    <message>
        <source>Social media follow</source>
        <extracomment>A marketing event: the lead followed the company on social media</extracomment>
        <translation>Seuraaminen somessa</translation>
    </message>
    <message>
        <source>Event or webinar registration</source>
        <translation>Ilmoittautuminen tapahtumaan tai webinaariin</translation>
    </message>
    <message>
        <source>Trial signup</source>
        <translation>Kokeilujakson aloitus</translation>
    </message>
    <message>
        <source>Contact request</source>
        <extracomment>A marketing event: the lead asked to be contacted (form, phone, e-mail, chat)</extracomment>
        <translation>Yhteydenottopyyntö</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Peruuttanut tilauksen</translation>
    </message>
    <message>
        <source>E-mail bounced</source>
        <translation>Sähköposti palautui</translation>
    </message>
</context>
<context>
    <name>lb::ExportDialog</name>
    <message>
        <source>Export leads to CSV</source>
        <extracomment>Window title of the export dialog</extracomment>
        <translation>Vie liidit CSV-tiedostoon</translation>
    </message>
    <message>
        <source>Writes the leads as a CSV file (UTF-8, comma-separated) that spreadsheets and CRMs open, and that imports back unchanged.</source>
        <translation>Kirjoittaa liidit CSV-tiedostoksi (UTF-8, pilkuin erotettu), jonka taulukkolaskentaohjelmat ja CRM-järjestelmät avaavat ja jonka voi tuoda takaisin muuttumattomana.</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Kirjoitettava tiedosto</translation>
    </message>
    <message>
        <source>Path of the .csv file to write</source>
        <translation>Kirjoitettavan .csv-tiedoston polku</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Valitse kirjoitettava tiedosto</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tiedosto:</translation>
    </message>
    <message>
        <source>Stage filter</source>
        <translation>Vaihesuodatin</translation>
    </message>
    <message>
        <source>All stages</source>
        <extracomment>Export filter: leads of every stage</extracomment>
        <translation>Kaikki vaiheet</translation>
    </message>
    <message>
        <source>&amp;Leads in:</source>
        <translation>&amp;Liidit vaiheessa:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Viennin edistyminen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <extracomment>Starts writing the CSV file</extracomment>
        <translation>&amp;Vie</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Peruutetaan…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <extracomment>File dialog filter; keep the pattern in parentheses</extracomment>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <extracomment>The Close button becomes Cancel while the export runs</extracomment>
        <translation>&amp;Peruuta</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;ulje</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Viedään tiedostoon %1…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Vienti peruutettiin; tiedostoa ei kirjoitettu.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <extracomment>%1 the reason</extracomment>
        <translation>Vienti epäonnistui: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln lead(s) to %1.</source>
        <translation>
            <numerusform>Vietiin %Ln liidi tiedostoon %1.</numerusform>
            <numerusform>Vietiin %Ln liidiä tiedostoon %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The current view (queue, filters and search)</source>
        <extracomment>Export choice: the leads the main window&apos;s table lists now</extracomment>
        <translation>Nykyinen näkymä (jono, suodattimet ja haku)</translation>
    </message>
    <message>
        <source>The selected leads</source>
        <extracomment>Export choice: the rows selected in the lead table</extracomment>
        <translation>Valitut liidit</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected lead(s)</source>
        <translation>
            <numerusform>%n valittu liidi</numerusform>
            <numerusform>%n valittua liidiä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::FilterBar</name>
    <message>
        <source>Owner</source>
        <translation>Omistaja</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Pienin pistemäärä</translation>
    </message>
    <message>
        <source>any</source>
        <extracomment>Shown in the lowest-score box when it is 0, i.e. no score filter</extracomment>
        <translation>kaikki</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>any source</source>
        <translation>kaikki lähteet</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>any country</source>
        <translation>kaikki maat</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Om&amp;istaja:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Kuka tahansa</translation>
    </message>
    <message>
        <source>My leads</source>
        <extracomment>Owner filter: leads the current user owns</extracomment>
        <translation>Omat liidit</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Ei vielä kenelläkään</translation>
    </message>
    <message>
        <source>Missing scoring &amp;data</source>
        <extracomment>Filter: leads whose profile lacks a field the scoring model reads</extracomment>
        <translation>Pisteytyksen tiedot p&amp;uuttuvat</translation>
    </message>
    <message>
        <source>Leads whose profile lacks a field the scoring model reads: enrich them and they score as they deserve.</source>
        <translation>Liidit, joiden profiilista puuttuu pisteytysmallin käyttämä tieto: täydennä ne, niin ne saavat ansaitsemansa pisteet.</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Suurin pistemäärä</translation>
    </message>
    <message>
        <source>S&amp;core:</source>
        <extracomment>Filter bar: the score range, lowest then highest (e.g. &quot;Score: 40 – 70&quot;)</extracomment>
        <translation>&amp;Pisteet:</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <extracomment>Sets every filter of the bar back to &quot;any&quot;</extracomment>
        <translation>T&amp;yhjennä suodattimet</translation>
    </message>
    <message>
        <source>Show leads of any owner, score, source and country again.</source>
        <translation>Näytä taas liidit omistajasta, pisteistä, lähteestä ja maasta riippumatta.</translation>
    </message>
</context>
<context>
    <name>lb::Format</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <extracomment>A file size under a kilobyte</extracomment>
        <translation>
            <numerusform>%Ln tavu</numerusform>
            <numerusform>%Ln tavua</numerusform>
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
        <translation>Päätösvalta</translation>
    </message>
    <message>
        <source>Who makes the decision to buy?</source>
        <translation>Kuka tekee ostopäätöksen?</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Tarve</translation>
    </message>
    <message>
        <source>What problem do you need to solve?</source>
        <translation>Minkä ongelman haluatte ratkaista?</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Kiireellisyys</translation>
    </message>
    <message>
        <source>By when must this be solved?</source>
        <translation>Mihin mennessä tämä on ratkaistava?</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Raha</translation>
    </message>
    <message>
        <source>Is money set aside for solving this, and how much?</source>
        <translation>Onko tämän ratkaisemiseen varattu rahaa ja kuinka paljon?</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budjetti</translation>
    </message>
    <message>
        <source>Is there a budget for this, and how much?</source>
        <translation>Onko tähän budjettia ja kuinka paljon?</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Aikataulu</translation>
    </message>
    <message>
        <source>When do you plan to decide?</source>
        <translation>Milloin aiotte tehdä päätöksen?</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Haasteet</translation>
    </message>
    <message>
        <source>What challenges are you facing right now?</source>
        <translation>Millaisia haasteita teillä on juuri nyt?</translation>
    </message>
    <message>
        <source>Prioritization</source>
        <translation>Priorisointi</translation>
    </message>
    <message>
        <source>How high is this on your list of priorities?</source>
        <translation>Kuinka korkealla tämä on prioriteettilistallanne?</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>What are your goals for the coming year?</source>
        <translation>Mitkä ovat tavoitteenne tulevalle vuodelle?</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Suunnitelmat</translation>
    </message>
    <message>
        <source>How do you plan to reach those goals?</source>
        <translation>Miten aiotte saavuttaa nämä tavoitteet?</translation>
    </message>
    <message>
        <source>Negative consequences</source>
        <translation>Kielteiset seuraukset</translation>
    </message>
    <message>
        <source>What happens if you do not reach the goals?</source>
        <translation>Mitä tapahtuu, jos ette saavuta tavoitteita?</translation>
    </message>
    <message>
        <source>Positive implications</source>
        <translation>Myönteiset vaikutukset</translation>
    </message>
    <message>
        <source>What changes for you when the goals are reached?</source>
        <translation>Mikä muuttuu teidän kannaltanne, kun tavoitteet saavutetaan?</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Mittarit</translation>
    </message>
    <message>
        <source>Which numbers would show that the solution works?</source>
        <translation>Mitkä luvut osoittaisivat, että ratkaisu toimii?</translation>
    </message>
    <message>
        <source>Economic buyer</source>
        <translation>Taloudellinen päättäjä</translation>
    </message>
    <message>
        <source>Who controls the money for this purchase?</source>
        <translation>Kuka päättää tämän hankinnan rahoista?</translation>
    </message>
    <message>
        <source>Decision criteria</source>
        <translation>Päätöskriteerit</translation>
    </message>
    <message>
        <source>On what criteria will you choose a supplier?</source>
        <translation>Millä perusteilla valitsette toimittajan?</translation>
    </message>
    <message>
        <source>Decision process</source>
        <translation>Päätösprosessi</translation>
    </message>
    <message>
        <source>What steps does the decision go through, and who is involved?</source>
        <translation>Mitä vaiheita päätös käy läpi ja ketkä ovat siinä mukana?</translation>
    </message>
    <message>
        <source>Identify pain</source>
        <translation>Kipupisteen tunnistaminen</translation>
    </message>
    <message>
        <source>What does the problem cost you today?</source>
        <translation>Mitä ongelma maksaa teille nykyään?</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Sisäinen puolestapuhuja</translation>
    </message>
    <message>
        <source>Who inside the company wants this to happen?</source>
        <translation>Kuka yrityksessänne haluaa, että tämä toteutuu?</translation>
    </message>
</context>
<context>
    <name>lb::HistoryWidget</name>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mistä</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Mihin</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Ohitus</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>nobody</source>
        <extracomment>In a lead&apos;s history, an owner change from or to nobody</extracomment>
        <translation>ei kukaan</translation>
    </message>
    <message>
        <source>Owner changed</source>
        <extracomment>Reason column of a history line that records a new owner</extracomment>
        <translation>Omistaja vaihtui</translation>
    </message>
</context>
<context>
    <name>lb::Import</name>
    <message>
        <source>Importing</source>
        <translation>Tuodaan</translation>
    </message>
    <message>
        <source>a quoted field is not terminated (a &quot; opens it and none closes it before the end of the file)</source>
        <translation>lainausmerkeissä olevaa kenttää ei ole päätetty (&quot; aloittaa sen, mutta mikään ei päätä sitä ennen tiedoston loppua)</translation>
    </message>
    <message>
        <source>the row has %1 cells but the header has %2 columns</source>
        <extracomment>%1 and %2 are numbers (of cells in the row, of columns in the header row)</extracomment>
        <translation>rivillä on %1 solua, mutta otsikkorivillä on %2 saraketta</translation>
    </message>
    <message>
        <source>column %1 holds a NUL byte (a zero character), which a text field cannot hold</source>
        <extracomment>%1 is a column: its name in quotes, or &quot;number 4&quot; when it has none</extracomment>
        <translation>sarakkeessa %1 on NUL-tavu (nollamerkki), jota tekstikentässä ei voi olla</translation>
    </message>
    <message>
        <source>number %1</source>
        <extracomment>Names a CSV column that has no header, by its position (1 = the first)</extracomment>
        <translation>numero %1</translation>
    </message>
    <message>
        <source>column %1 holds %2 characters: a field may hold at most %3 characters</source>
        <extracomment>%1 is a column: its name in quotes, or &quot;number 4&quot; when it has none</extracomment>
        <translation>sarakkeessa %1 on %2 merkkiä: kentässä saa olla enintään %3 merkkiä</translation>
    </message>
    <message>
        <source>the row holds %1 characters: a row may hold at most %2 characters</source>
        <translation>rivillä on %1 merkkiä: rivillä saa olla enintään %2 merkkiä</translation>
    </message>
    <message>
        <source>%1 could not be written (%2): nothing was imported</source>
        <extracomment>%1 the file of rejected rows, %2 the reason from the system</extracomment>
        <translation>tiedostoa %1 ei voitu kirjoittaa (%2): mitään ei tuotu</translation>
    </message>
</context>
<context>
    <name>lb::ImportWizard</name>
    <message>
        <source>Import from CSV</source>
        <extracomment>Window title of the import wizard</extracomment>
        <translation>Tuo CSV-tiedostosta</translation>
    </message>
</context>
<context>
    <name>lb::ImportWizardFilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Valitse tiedosto</translation>
    </message>
    <message>
        <source>A CSV file exported from a CRM, a marketing tool or a spreadsheet. Nothing is written until you start the import.</source>
        <translation>CRM-järjestelmästä, markkinointityökalusta tai taulukkolaskentaohjelmasta viety CSV-tiedosto. Mitään ei kirjoiteta ennen kuin aloitat tuonnin.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tiedosto:</translation>
    </message>
    <message>
        <source>CSV file to import</source>
        <translation>Tuotava CSV-tiedosto</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>.csv-tiedoston polku</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Sel&amp;aa…</translation>
    </message>
    <message>
        <source>Browse for a CSV file</source>
        <translation>Selaa CSV-tiedostoa</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>Tiedosto sisältää</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Mitä tiedosto sisältää</translation>
    </message>
    <message>
        <source>&amp;Leads (people and companies; existing ones are updated)</source>
        <translation>&amp;Liidejä (henkilöitä ja yrityksiä; olemassa olevat päivitetään)</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Tuo liidejä</translation>
    </message>
    <message>
        <source>&amp;Events (activity of existing leads: e-mail opens, visits, form fills)</source>
        <extracomment>Events are behaviour events such as e-mail opens, page visits and form fills.</extracomment>
        <translation>Ta&amp;pahtumia (olemassa olevien liidien aktiviteetteja: sähköpostien avauksia, käyntejä, lomakkeiden täyttöjä)</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>Tuo tapahtumia</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>Tuo CSV-tiedostosta</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <extracomment>File dialog filter; keep the patterns in parentheses</extracomment>
        <translation>CSV-tiedostot (*.csv *.txt);;Kaikki tiedostot (*)</translation>
    </message>
</context>
<context>
    <name>lb::ImportWizardMappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Sarakkeet</translation>
    </message>
    <message>
        <source>Which field each column fills. The proposal comes from the column names; change any of them. Your choice is remembered for files with the same columns.</source>
        <translation>Mihin kenttään kukin sarake tuodaan. Ehdotus perustuu sarakkeiden nimiin; voit muuttaa mitä tahansa niistä. Valintasi muistetaan tiedostoille, joissa on samat sarakkeet.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>Button that starts the import on the column mapping page</extracomment>
        <translation>&amp;Tuo</translation>
    </message>
    <message>
        <source>Ignore (do not import)</source>
        <extracomment>Mapping choice: the column is not imported</extracomment>
        <translation>Ohita (älä tuo)</translation>
    </message>
    <message>
        <source>Custom field “%1”</source>
        <extracomment>Mapping choice: the column becomes a custom field of this name</extracomment>
        <translation>Mukautettu kenttä ”%1”</translation>
    </message>
    <message>
        <source>Event type</source>
        <extracomment>Event import: the kind of event (email_open, page_visit, ...)</extracomment>
        <translation>Tapahtumatyyppi</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Event import: when the event happened</extracomment>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Detail</source>
        <extracomment>Event import: detail of the event (a URL, a subject)</extracomment>
        <translation>Lisätieto</translation>
    </message>
    <message>
        <source>&lt;b&gt;Column&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sarake&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;First value&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ensimmäinen arvo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported as&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tuodaan kenttään&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ei nimeä)</translation>
    </message>
    <message>
        <source>The mapping you chose last time for files with these columns was restored.</source>
        <translation>Viimeksi näille sarakkeille valitsemasi sarakemääritys palautettiin.</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <extracomment>Accessible name of the field chooser of one CSV column</extracomment>
        <translation>Sarakkeen %1 kenttä</translation>
    </message>
    <message>
        <source>Chosen for more than one column: %1. Only the first of those columns is imported.</source>
        <extracomment>%1 a list of field names</extracomment>
        <translation>Valittu useammalle kuin yhdelle sarakkeelle: %1. Vain ensimmäinen näistä sarakkeista tuodaan.</translation>
    </message>
</context>
<context>
    <name>lb::ImportWizardPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
    <message>
        <source>The first rows as they will be read. If the columns look wrong, choose another delimiter.</source>
        <translation>Ensimmäiset rivit sellaisina kuin ne luetaan. Jos sarakkeet näyttävät väärältä, valitse toinen erotin.</translation>
    </message>
    <message>
        <source>Detected encoding:</source>
        <extracomment>The character encoding of the CSV file (UTF-8, Windows-1252, ...)</extracomment>
        <translation>Tunnistettu merkistö:</translation>
    </message>
    <message>
        <source>Detected delimiter:</source>
        <extracomment>The character separating the columns of the CSV file</extracomment>
        <translation>Tunnistettu erotin:</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Erotin</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>Tunnistettu</translation>
    </message>
    <message>
        <source>&amp;Use delimiter:</source>
        <translation>&amp;Käytä erotinta:</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Tiedoston ensimmäiset rivit</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Pilkku (,)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Puolipiste (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Sarkain</translation>
    </message>
    <message>
        <source>Vertical bar (|)</source>
        <extracomment>The | character</extracomment>
        <translation>Pystyviiva (|)</translation>
    </message>
    <message>
        <source>%1 has no header row.</source>
        <extracomment>%1 the file name</extracomment>
        <translation>Tiedostossa %1 ei ole otsikkoriviä.</translation>
    </message>
    <message>
        <source>As detected: %1</source>
        <extracomment>%1 the separator found in the file, e.g. &quot;Semicolon&quot;</extracomment>
        <translation>Tunnistettu: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 columns, %3. The first %n row(s):</source>
        <extracomment>%1 the file name, %2 the number of columns, %3 the file size (&quot;371 bytes&quot;)</extracomment>
        <translation>
            <numerusform>%1 — %2 saraketta, %3. %n ensimmäinen rivi:</numerusform>
            <numerusform>%1 — %2 saraketta, %3. %n ensimmäistä riviä:</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <extracomment>Shown while the file is checked (a large file takes a moment: its encoding is checked over the whole file)</extracomment>
        <translation>Luetaan tiedostoa %1…</translation>
    </message>
</context>
<context>
    <name>lb::ImportWizardRunPage</name>
    <message>
        <source>Importing</source>
        <translation>Tuodaan</translation>
    </message>
    <message>
        <source>The whole file is one transaction: if you cancel, the workspace stays exactly as it was.</source>
        <translation>Koko tiedosto tuodaan yhtenä transaktiona: jos peruutat, työtila pysyy täsmälleen ennallaan.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Tuonnin edistyminen</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <extracomment>Cancels the running import; everything it did is rolled back</extracomment>
        <translation>&amp;Peruuta tuonti</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Peruuta tuonti</translation>
    </message>
    <message>
        <source>Importing %1 into the workspace…</source>
        <extracomment>%1 the file name</extracomment>
        <translation>Tuodaan tiedostoa %1 työtilaan…</translation>
    </message>
    <message>
        <source>Cancelling: undoing what was imported so far…</source>
        <translation>Peruutetaan: perutaan tähän mennessä tuodut tiedot…</translation>
    </message>
    <message>
        <source>Summary</source>
        <extracomment>The button of the running import&apos;s page; the wizard moves on by itself when done</extracomment>
        <translation>Yhteenveto</translation>
    </message>
</context>
<context>
    <name>lb::ImportWizardSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <source>Imported:</source>
        <extracomment>Import summary: rows that became new leads or events</extracomment>
        <translation>Tuotu:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <extracomment>Import summary: rows that changed an existing lead</extracomment>
        <translation>Päivitetty:</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <extracomment>Import summary: rows that matched an existing lead or event exactly</extracomment>
        <translation>Ennallaan:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <extracomment>Import summary: rows refused, with a reason each</extracomment>
        <translation>Virheellisiä:</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Virheelliset rivit</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Tallenna virheelliset rivit…</translation>
    </message>
    <message>
        <source>Save the rejected rows as a CSV file</source>
        <translation>Tallenna virheelliset rivit CSV-tiedostoksi</translation>
    </message>
    <message>
        <source>The rows as they were in the file, with a line and a reason column: fix them and import the saved file.</source>
        <translation>Rivit sellaisina kuin ne olivat tiedostossa, lisänä rivi- ja syysarake: korjaa ne ja tuo tallennettu tiedosto.</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <extracomment>Goes back to the first page of the import wizard</extracomment>
        <translation>&amp;Aloita alusta</translation>
    </message>
    <message>
        <source>Start the import over</source>
        <translation>Aloita tuonti alusta</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>Tuonti on valmis.</translation>
    </message>
    <message>
        <source>The import is done; nothing in the workspace changed.</source>
        <translation>Tuonti on valmis; työtilassa ei muuttunut mitään.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed in the workspace.</source>
        <translation>Tuonti peruutettiin. Työtilaan ei tehty muutoksia.</translation>
    </message>
    <message>
        <source>The file could not be imported. Nothing was changed in the workspace.

%1</source>
        <extracomment>%1 the reason</extracomment>
        <translation>Tiedostoa ei voitu tuoda. Työtilaan ei tehty muutoksia.

%1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rivin sisältö</translation>
    </message>
    <message>
        <source>These rows were not imported. Save them, fix them and import the saved file.</source>
        <translation>Näitä rivejä ei tuotu. Tallenna ne, korjaa ne ja tuo tallennettu tiedosto.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Tallennettu: %1</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <extracomment>%1 the file chosen for the rejected rows</extracomment>
        <translation>Tiedostoa %1 ei voitu tallentaa</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Tallenna virheelliset rivit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <extracomment>File dialog filter; keep the pattern in parentheses</extracomment>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>What the import did.</source>
        <translation>Mitä tuonti teki.</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %Ln rejected row(s). Save them to see all, fix them and import the saved file.</source>
        <extracomment>%1 how many rows the table shows, of all the rejected rows</extracomment>
        <translation>
            <numerusform>Ensimmäiset %1 virheellistä riviä (yhteensä %Ln). Tallenna ne nähdäksesi kaikki, korjaa ne ja tuo tallennettu tiedosto.</numerusform>
            <numerusform>Ensimmäiset %1 virheellistä riviä (yhteensä %Ln). Tallenna ne nähdäksesi kaikki, korjaa ne ja tuo tallennettu tiedosto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::JobRunner</name>
    <message>
        <source>unexpected error</source>
        <translation>odottamaton virhe</translation>
    </message>
</context>
<context>
    <name>lb::LeadEditCommand</name>
    <message>
        <source>Edit %1</source>
        <extracomment>Undo menu text, after &quot;Undo&quot;: a noun phrase. %1 the lead&apos;s name</extracomment>
        <translation>muokkaus: %1</translation>
    </message>
</context>
<context>
    <name>lb::LeadExporter</name>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>%1 the file, %2 the reason from the system</extracomment>
        <translation>tiedostoon %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Viedään</translation>
    </message>
</context>
<context>
    <name>lb::LeadField</name>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Job title</source>
        <extracomment>A lead field: the person&apos;s job title</extracomment>
        <translation>Titteli</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Verkkosivusto</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Toimiala</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kaupunki</translation>
    </message>
    <message>
        <source>Lead source</source>
        <extracomment>A lead field: where the lead came from (a campaign, a web form, an event)</extracomment>
        <translation>Liidin lähde</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Omistaja</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Employees</source>
        <extracomment>A lead field: the number of employees of the company</extracomment>
        <translation>Henkilöstömäärä</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Liikevaihto</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budjetti</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <extracomment>A lead field: when the prospect expects to decide (glossary: expected close date)</extracomment>
        <translation>Arvioitu päätöspäivä</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
</context>
<context>
    <name>lb::LeadImporter</name>
    <message>
        <source>imported from %1</source>
        <extracomment>History reason of a lead an import created or moved; %1 the file&apos;s name</extracomment>
        <translation>tuotu tiedostosta %1</translation>
    </message>
    <message>
        <source>the row has no e-mail, nor a last name with a company: a lead needs one of them</source>
        <translation>rivillä ei ole sähköpostiosoitetta eikä sukunimeä ja yritystä: liidi tarvitsee jommankumman</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not an e-mail address</source>
        <translation>sarake ”%1”: ”%2” ei ole sähköpostiosoite</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a country (an ISO code or a name in English, Finnish or Swedish)</source>
        <translation>sarake ”%1”: ”%2” ei ole maa (ISO-koodi tai nimi englanniksi, suomeksi tai ruotsiksi)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a whole number</source>
        <translation>sarake ”%1”: ”%2” ei ole kokonaisluku</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a date (YYYY-MM-DD, D.M.YYYY or M/D/YYYY)</source>
        <translation>sarake ”%1”: ”%2” ei ole päivämäärä (YYYY-MM-DD, D.M.YYYY tai M/D/YYYY)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: &quot;%2&quot; is not a number</source>
        <translation>sarake ”%1”: ”%2” ei ole luku</translation>
    </message>
    <message>
        <source>%1 has no e-mail column, nor last name and company columns: a lead needs one of them (columns: %2)</source>
        <extracomment>%1 the CSV file, %2 the columns it has</extracomment>
        <translation>tiedostossa %1 ei ole sähköpostisaraketta eikä sukunimi- ja yrityssarakkeita: liidi tarvitsee jommankumman (sarakkeet: %2)</translation>
    </message>
    <message>
        <source>Building indexes</source>
        <translation>Rakennetaan indeksejä</translation>
    </message>
    <message>
        <source>Saving</source>
        <extracomment>Progress phase: the import&apos;s transaction is being committed to disk.</extracomment>
        <translation>Tallennetaan</translation>
    </message>
</context>
<context>
    <name>lb::LeadMoves</name>
    <message>
        <source>Moving leads</source>
        <translation>Siirretään liidejä</translation>
    </message>
    <message numerus="yes">
        <source>Moving %n leads…</source>
        <translation>
            <numerusform>Siirretään %n liidi…</numerusform>
            <numerusform>Siirretään %n liidiä…</numerusform>
        </translation>
    </message>
    <message>
        <source>Move cancelled: no lead was moved.</source>
        <translation>Siirto peruttiin: yhtään liidiä ei siirretty.</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Ei siirretty</translation>
    </message>
    <message numerus="yes">
        <source>Move %n leads</source>
        <translation>
            <numerusform>Siirrä %n liidi</numerusform>
            <numerusform>Siirrä %n liidiä</numerusform>
        </translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Ei kumottu</translation>
    </message>
</context>
<context>
    <name>lb::LeadPaneSync</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>The profile of %1 has changes that are not saved.</source>
        <extracomment>%1 is the lead&apos;s name</extracomment>
        <translation>Liidin %1 profiilissa on tallentamattomia muutoksia.</translation>
    </message>
    <message>
        <source>Save them before you move on?</source>
        <translation>Tallennetaanko ne ennen kuin jatkat?</translation>
    </message>
</context>
<context>
    <name>lb::LeadTableModel</name>
    <message>
        <source>Score</source>
        <translation>Pisteet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titteli</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Omistaja</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Viimeisin aktiviteetti</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <extracomment>Column header: how many days the lead has been in its current stage</extracomment>
        <translation>Päiviä vaiheessa</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: MQL for %n hour(s) without a logged touch</source>
        <extracomment>Tooltip of an overdue lead&apos;s Days in stage cell; %n is whole hours</extracomment>
        <translation>
            <numerusform>Myöhässä: MQL %n tunnin ilman kirjattua yhteydenottoa</numerusform>
            <numerusform>Myöhässä: MQL %n tuntia ilman kirjattua yhteydenottoa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::LeadView</name>
    <message>
        <source>Activity</source>
        <translation>Aktiviteetit</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiili</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pisteet</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Kvalifiointi</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>No lead selected</source>
        <translation>Liidiä ei ole valittu</translation>
    </message>
    <message>
        <source>Choose a lead in the table to see its profile, score and history.</source>
        <translation>Valitse liidi taulukosta nähdäksesi sen profiilin, pisteet ja historian.</translation>
    </message>
    <message>
        <source>owned by %1</source>
        <translation>omistaja: %1</translation>
    </message>
    <message>
        <source>No recorded activity yet.</source>
        <translation>Ei vielä kirjattuja aktiviteetteja.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n older events</source>
        <translation>
            <numerusform>… ja %n vanhempi tapahtuma</numerusform>
            <numerusform>… ja %n vanhempaa tapahtumaa</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign Owner…</source>
        <extracomment>Button in the lead view: choose who owns this lead</extracomment>
        <translation>Määritä omistaja…</translation>
    </message>
    <message>
        <source>Log Touch…</source>
        <extracomment>Button in the lead view: write down a call, e-mail, meeting or note</extracomment>
        <translation>Kirjaa yhteydenotto…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A logged touch in Activity: %1 its kind (Call), %2 the call&apos;s outcome</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <extracomment>A logged touch in Activity: %1 its kind, %2 who logged it</extracomment>
        <translation>%1, kirjasi %2</translation>
    </message>
    <message>
        <source>Logged touch, %1</source>
        <extracomment>Tooltip of a touch in Activity, which an SDR logged (not a marketing event)</extracomment>
        <translation>Kirjattu yhteydenotto, %1</translation>
    </message>
    <message>
        <source>Committee</source>
        <extracomment>Tab of the lead view: the other people at the lead&apos;s company (buying committee)</extracomment>
        <translation>Ostotiimi</translation>
    </message>
</context>
<context>
    <name>lb::Lifecycle</name>
    <message>
        <source>Moving leads</source>
        <translation>Siirretään liidejä</translation>
    </message>
    <message>
        <source>lead %1 does not exist</source>
        <translation>liidiä %1 ei ole olemassa</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Ei budjettia</translation>
    </message>
    <message>
        <source>No authority</source>
        <translation>Ei päätösvaltaa</translation>
    </message>
    <message>
        <source>No need</source>
        <translation>Ei tarvetta</translation>
    </message>
    <message>
        <source>Bad timing</source>
        <translation>Huono ajoitus</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Kilpailija</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Opiskelija</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Kaksoiskappale</translation>
    </message>
    <message>
        <source>Invalid contact data</source>
        <translation>Virheelliset yhteystiedot</translation>
    </message>
    <message>
        <source>Unresponsive</source>
        <translation>Ei vastaa yhteydenottoihin</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>A reason not in the list; the user types it.</extracomment>
        <translation>Muu</translation>
    </message>
    <message>
        <source>the creation of a lead cannot be undone</source>
        <translation>liidin luomista ei voi kumota</translation>
    </message>
    <message>
        <source>undo of the move to %1</source>
        <extracomment>History reason of an undone stage move; %1 the stage the lead had been moved to</extracomment>
        <translation>siirto vaiheeseen %1 kumottu</translation>
    </message>
    <message>
        <source>%1 has been converted and is read-only.</source>
        <extracomment>%1 the lead&apos;s name</extracomment>
        <translation>Liidi %1 on muunnettu, eikä sitä voi enää muuttaa.</translation>
    </message>
    <message>
        <source>%1 has been converted and is read-only. Work on with what it became: account %2, contact %3 and opportunity %4.</source>
        <extracomment>%1 the lead&apos;s name; %2, %3, %4 ids</extracomment>
        <translation>Liidi %1 on muunnettu, eikä sitä voi enää muuttaa. Jatka työtä sillä, mitä siitä tuli: asiakas %2, yhteyshenkilö %3 ja myyntimahdollisuus %4.</translation>
    </message>
    <message>
        <source>%1 has been converted and is read-only. Work on with what it became: account %2 and contact %3.</source>
        <extracomment>%1 the lead&apos;s name; %2, %3 ids</extracomment>
        <translation>Liidi %1 on muunnettu, eikä sitä voi enää muuttaa. Jatka työtä sillä, mitä siitä tuli: asiakas %2 ja yhteyshenkilö %3.</translation>
    </message>
    <message>
        <source>%1 has been converted since. Undo the conversion first.</source>
        <extracomment>%1 the lead&apos;s name</extracomment>
        <translation>Liidi %1 on sittemmin muunnettu. Kumoa ensin muuntaminen.</translation>
    </message>
    <message>
        <source>%1 has moved on to %2 since, so this move cannot be undone any more.</source>
        <extracomment>%1 the lead&apos;s name, %2 the stage it is in now</extracomment>
        <translation>Liidi %1 on sittemmin siirtynyt vaiheeseen %2, joten tätä siirtoa ei voi enää kumota.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A framework and some of its criteria; %1 the framework (BANT), %2 criterion names</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 cannot move to %2: an answer is marked disqualifying (%3). Disqualify the lead, or correct the answer if it was wrong.</source>
        <extracomment>%1 the lead&apos;s name, %2 the stage (SQL), %3 &quot;BANT: Budget&quot; (criteria by name)</extracomment>
        <translation>Liidin %1 siirto vaiheeseen %2 estettiin: vastaus on merkitty hylkääväksi (%3). Hylkää liidi tai korjaa vastaus, jos se oli väärä.</translation>
    </message>
    <message>
        <source>%1 cannot move to %2 yet: no qualification framework has been started. Answer the criteria of one (BANT, CHAMP, MEDDIC, ANUM or GPCTBA/C&amp;I) to a readiness of %3, or ask a manager to override.</source>
        <extracomment>%1 the lead&apos;s name, %2 the stage (SQL), %3 the readiness bar (75%)</extracomment>
        <translation>Liidiä %1 ei voi vielä siirtää vaiheeseen %2: yhtäkään kvalifioinnin viitekehystä ei ole aloitettu. Vastaa jonkin viitekehyksen (BANT, CHAMP, MEDDIC, ANUM tai GPCTBA/C&amp;I) kriteereihin valmiuteen %3 asti tai pyydä esihenkilöä ohittamaan tarkistus.</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <extracomment>One framework&apos;s readiness; %1 framework and missing criteria, %2 its readiness</extracomment>
        <translation>%1 (valmius %2)</translation>
    </message>
    <message>
        <source>%1 cannot move to %2 yet: no framework reaches the readiness bar of %3. Not yet confirmed: %4. Confirm these criteria, or ask a manager to override.</source>
        <extracomment>%1 the lead&apos;s name, %2 the stage (SQL), %3 the readiness bar (75%), %4 per framework the criteria not yet confirmed (&quot;BANT: Need, Timeline (at 50%)&quot;)</extracomment>
        <translation>Liidiä %1 ei voi vielä siirtää vaiheeseen %2: mikään viitekehys ei saavuta valmiusrajaa %3. Vahvistamatta: %4. Vahvista nämä kriteerit tai pyydä esihenkilöä ohittamaan tarkistus.</translation>
    </message>
    <message>
        <source>%1 is already in %2.</source>
        <extracomment>%1 the lead&apos;s name, %2 its stage</extracomment>
        <translation>Liidi %1 on jo vaiheessa %2.</translation>
    </message>
    <message>
        <source>%1 cannot be moved to %2 by hand. Convert the lead instead: that creates its account and contact.</source>
        <extracomment>%1 the lead&apos;s name, %2 the stage Converted</extracomment>
        <translation>Liidiä %1 ei voi siirtää vaiheeseen %2 käsin. Muunna liidi: muuntaminen luo sille asiakkaan ja yhteyshenkilön.</translation>
    </message>
    <message>
        <source>%1 cannot move from %2 to %3: a lead in %2 stays there.</source>
        <extracomment>%1 the lead&apos;s name, %2 its stage, %3 the stage asked for</extracomment>
        <translation>Liidiä %1 ei voi siirtää vaiheesta %2 vaiheeseen %3: vaiheessa %2 oleva liidi pysyy siinä.</translation>
    </message>
    <message>
        <source>%1 cannot move from %2 to %3. From %2 it can move to: %4.</source>
        <extracomment>%1 the lead&apos;s name, %2 its stage, %3 the stage asked for, %4 the stages it may go to</extracomment>
        <translation>Liidiä %1 ei voi siirtää vaiheesta %2 vaiheeseen %3. Vaiheesta %2 sen voi siirtää vaiheisiin: %4.</translation>
    </message>
    <message>
        <source>Moving %1 to %2 needs a reason. Choose one: %3.</source>
        <extracomment>%1 the lead&apos;s name, %2 the stage, %3 the reasons to choose from</extracomment>
        <translation>Liidin %1 siirto vaiheeseen %2 vaatii syyn. Valitse jokin: %3.</translation>
    </message>
    <message>
        <source>Moving %1 to %2 with the reason “%3” needs a few words on why.</source>
        <extracomment>%1 the lead&apos;s name, %2 the stage, %3 the reason &quot;Other&quot;</extracomment>
        <translation>Kun liidi %1 siirretään vaiheeseen %2 syyllä ”%3”, kirjoita lyhyesti miksi.</translation>
    </message>
    <message>
        <source>Only a manager may override this, and %1 is not one.</source>
        <extracomment>After a refused move to SQL; %1 the user&apos;s name</extracomment>
        <translation>Vain esihenkilö voi ohittaa tämän, eikä %1 ole esihenkilö.</translation>
    </message>
    <message>
        <source>To override, give the reason for it.</source>
        <translation>Kerro ohituksen syy.</translation>
    </message>
    <message>
        <source>%1 is in %2, and only a lead in %3 can be converted. Qualify it first.</source>
        <extracomment>%1 the lead&apos;s name, %2 its stage, %3 the stage SQL</extracomment>
        <translation>Liidi %1 on vaiheessa %2, ja vain vaiheessa %3 olevan liidin voi muuntaa. Kvalifioi se ensin.</translation>
    </message>
</context>
<context>
    <name>lb::LogTouchDialog</name>
    <message>
        <source>Log Touch with %1</source>
        <extracomment>Dialog title; %1 the lead&apos;s name</extracomment>
        <translation>Kirjaa yhteydenotto: %1</translation>
    </message>
    <message>
        <source>What was said or agreed</source>
        <extracomment>Placeholder of the touch&apos;s text</extracomment>
        <translation>Mitä sanottiin tai sovittiin</translation>
    </message>
    <message>
        <source>Log</source>
        <extracomment>The dialog&apos;s OK button: write the touch down</extracomment>
        <translation>Kirjaa</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <extracomment>The kind of touch: call, e-mail, meeting, note</extracomment>
        <translation>&amp;Tyyppi:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <extracomment>How a call went</extracomment>
        <translation>T&amp;ulos:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Milloin:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>M&amp;uistiinpano:</translation>
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
        <translation>Liidit</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Uusi työtila…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Avaa työtila…</translation>
    </message>
    <message>
        <source>&amp;Back Up Workspace…</source>
        <translation>Varmuus&amp;kopioi työtila…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>&amp;Find Leads</source>
        <translation>&amp;Etsi liidejä</translation>
    </message>
    <message>
        <source>&amp;About Leadbench</source>
        <translation>&amp;Tietoja Leadbenchistä</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <source>&amp;Scoring Model…</source>
        <translation>&amp;Pisteytysmalli…</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <extracomment>Accept the lead as sales-accepted (MQL -&gt; SAL)</extracomment>
        <translation>&amp;Hyväksy</translation>
    </message>
    <message>
        <source>&amp;Qualify</source>
        <extracomment>Qualify the lead (SAL -&gt; SQL)</extracomment>
        <translation>&amp;Kvalifioi</translation>
    </message>
    <message>
        <source>&amp;Nurture…</source>
        <extracomment>Send the lead back to marketing for nurturing</extracomment>
        <translation>&amp;Lämmitykseen…</translation>
    </message>
    <message>
        <source>&amp;Disqualify…</source>
        <translation>Hy&amp;lkää…</translation>
    </message>
    <message>
        <source>Mark as &amp;MQL</source>
        <extracomment>Mark the lead as marketing qualified by hand</extracomment>
        <translation>Merkitse &amp;MQL:ksi</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Avaa uudelleen</translation>
    </message>
    <message>
        <source>&amp;Convert…</source>
        <translation>M&amp;uunna…</translation>
    </message>
    <message>
        <source>Ne&amp;xt Lead</source>
        <translation>&amp;Seuraava liidi</translation>
    </message>
    <message>
        <source>Pre&amp;vious Lead</source>
        <translation>&amp;Edellinen liidi</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Avaa &amp;viimeaikainen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>&amp;Liidi</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Työ&amp;kalut</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Työtilaa ei voi avata</translation>
    </message>
    <message>
        <source>Leadbench cannot open %1.

%2</source>
        <translation>Leadbench ei voi avata tiedostoa %1.

%2</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Ei siirretty</translation>
    </message>
    <message>
        <source>%1 — Leadbench</source>
        <translation>%1 — Leadbench</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Uusi työtila</translation>
    </message>
    <message>
        <source>Leadbench workspaces (*.leadbench)</source>
        <translation>Leadbench-työtilat (*.leadbench)</translation>
    </message>
    <message>
        <source>%1 already exists. Use File → Open Workspace to open it.</source>
        <translation>%1 on jo olemassa. Avaa se valitsemalla Tiedosto → Avaa työtila.</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Avaa työtila</translation>
    </message>
    <message>
        <source>Leadbench workspaces (*.leadbench);;All files (*)</source>
        <translation>Leadbench-työtilat (*.leadbench);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Back Up Workspace</source>
        <translation>Varmuuskopioi työtila</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Varmuuskopioitu: %1</translation>
    </message>
    <message>
        <source>About Leadbench</source>
        <translation>Tietoja Leadbenchistä</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Leadbench %1&lt;/h3&gt;&lt;p&gt;The lead qualification workbench: scored leads, qualification frameworks and a clear lifecycle from MQL to converted.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Leadbench %1&lt;/h3&gt;&lt;p&gt;Liidien kvalifioinnin työpöytä: pisteytetyt liidit, kvalifiointiviitekehykset ja selkeä elinkaari MQL-vaiheesta muuntamiseen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Työtilaa ei ole avattu</translation>
    </message>
    <message>
        <source>Open a workspace with File → Open Workspace, or create one with File → New Workspace.</source>
        <translation>Avaa työtila valitsemalla Tiedosto → Avaa työtila tai luo uusi valitsemalla Tiedosto → Uusi työtila.</translation>
    </message>
    <message>
        <source>No leads match. Clear the search or choose another queue.</source>
        <translation>Yksikään liidi ei vastaa hakua. Tyhjennä haku tai valitse toinen jono.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <source>&lt;p&gt;In the lead table:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Liiditaulukossa:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Also: / searches. Select several leads to move them together.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lisäksi: / aloittaa haun. Valitse useita liidejä siirtääksesi ne yhdessä.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Tuo…</translation>
    </message>
    <message>
        <source>&amp;Export Leads…</source>
        <translation>Vi&amp;e liidit…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n leads to %1</source>
        <translation>
            <numerusform>Vietiin %n liidi tiedostoon %1</numerusform>
            <numerusform>Vietiin %n liidiä tiedostoon %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This workspace has no leads yet. Import a CSV file with File → Import (Ctrl+I).</source>
        <translation>Tässä työtilassa ei ole vielä liidejä. Tuo CSV-tiedosto valitsemalla Tiedosto → Tuo (Ctrl+I).</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Ei kumottu</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Päätyökalurivi</translation>
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
        <translation>Päivitetään %1 tälle Leadbenchin versiolle…
Tämä tehdään vain kerran; suuressa työtilassa se kestää minuutin tai kaksi.</translation>
    </message>
    <message>
        <source>Upgrading workspace</source>
        <extracomment>Title of the dialog shown while an older workspace is brought up to date.</extracomment>
        <translation>Työtilan päivitys</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <extracomment>Status bar while a workspace opens; %1 is its file name.</extracomment>
        <translation>Avataan %1…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Koontinäyttö</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s): %1</source>
        <extracomment>The table lists the leads behind a number of the dashboard; %1 names the number</extracomment>
        <translation>
            <numerusform>%n liidi: %1</numerusform>
            <numerusform>%n liidiä: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign &amp;Owner…</source>
        <extracomment>Give the selected leads to an SDR (or take them from their owner)</extracomment>
        <translation>Määritä &amp;omistaja…</translation>
    </message>
    <message>
        <source>&amp;Log Touch…</source>
        <extracomment>Write down a call, e-mail, meeting or note with the current lead</extracomment>
        <translation>K&amp;irjaa yhteydenotto…</translation>
    </message>
    <message>
        <source>Assi&amp;gn New MQLs…</source>
        <extracomment>Deal the MQLs nobody owns out to chosen SDRs in turn</extracomment>
        <translation>Jaa uudet MQL-liidit &amp;vuorotellen…</translation>
    </message>
    <message>
        <source>&amp;Accounts &amp;&amp; Deals</source>
        <extracomment>Menu entry: the accounts and opportunities (deals) made by converting leads</extracomment>
        <translation>&amp;Asiakkaat ja kaupat</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) match</source>
        <extracomment>Status bar: how many leads the current queue and filters show.</extracomment>
        <translation>
            <numerusform>Ehtoja vastaavia liidejä: %Ln</numerusform>
            <numerusform>Ehtoja vastaavia liidejä: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln liidi</numerusform>
            <numerusform>%Ln liidiä</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to Team Workspace</source>
        <extracomment>%1 the server&apos;s address</extracomment>
        <translation>Yhdistä tiimityötilaan</translation>
    </message>
    <message>
        <source>The team workspace&apos;s address, as your administrator gave it
(postgresql://user@server:5432/database).

Leadbench takes the password from ~/.pgpass or PGPASSWORD and never stores it.</source>
        <extracomment>postgresql://… is an address format: keep it as it is</extracomment>
        <translation>Tiimityötilan osoite ylläpitäjän antamassa muodossa
(postgresql://käyttäjä@palvelin:5432/tietokanta).

Leadbench lukee salasanan tiedostosta ~/.pgpass tai muuttujasta PGPASSWORD eikä koskaan tallenna sitä.</translation>
    </message>
    <message>
        <source>%1 holds no Leadbench workspace yet. Make one there for your team?</source>
        <translation>Kohteessa %1 ei ole vielä Leadbench-työtilaa. Luodaanko sinne työtila tiimillesi?</translation>
    </message>
    <message>
        <source>&amp;Connect to Team Workspace…</source>
        <extracomment>Opens a workspace a team shares on a PostgreSQL server</extracomment>
        <translation>&amp;Yhdistä tiimityötilaan…</translation>
    </message>
</context>
<context>
    <name>lb::MoveNotice</name>
    <message>
        <source>Undo</source>
        <extracomment>Button after &quot;Timo Heikkinen → SAL&quot; in the status bar: takes that move back</extracomment>
        <translation>Kumoa</translation>
    </message>
    <message numerus="yes">
        <source>%n leads → %1</source>
        <extracomment>Status bar after moving several leads: &quot;12 leads → SAL&quot;</extracomment>
        <translation>
            <numerusform>%n liidi → %1</numerusform>
            <numerusform>%n liidiä → %1</numerusform>
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
        <translation>&amp;Takaisin</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <extracomment>Go forward again to the lead, account or opportunity left with Back</extracomment>
        <translation>&amp;Eteenpäin</translation>
    </message>
</context>
<context>
    <name>lb::Opportunities</name>
    <message>
        <source>amount %1 is not an amount of zero or more</source>
        <translation>summa %1 ei ole nolla tai suurempi summa</translation>
    </message>
    <message>
        <source>the expected close date is not a valid date</source>
        <translation>arvioitu päätöspäivä ei ole kelvollinen päivämäärä</translation>
    </message>
    <message>
        <source>opportunity %1 cannot be marked Lost without a lost reason</source>
        <translation>myyntimahdollisuutta %1 ei voi merkitä hävityksi (Lost) ilman häviön syytä</translation>
    </message>
    <message>
        <source>a lost reason (&quot;%1&quot;) is given only with the stage Lost</source>
        <translation>häviön syy (”%1”) annetaan vain vaiheen Lost kanssa</translation>
    </message>
    <message>
        <source>opportunity %1 already has these values: nothing to change</source>
        <translation>myyntimahdollisuudella %1 on jo nämä arvot: ei muutettavaa</translation>
    </message>
    <message>
        <source>opportunity %1 was changed by someone else since it was read; reload it and try again</source>
        <translation>joku muu on muuttanut myyntimahdollisuutta %1 sen lukemisen jälkeen; lataa se uudelleen ja yritä uudelleen</translation>
    </message>
    <message>
        <source>there is no opportunity %1</source>
        <translation>myyntimahdollisuutta %1 ei ole</translation>
    </message>
</context>
<context>
    <name>lb::OpportunityCommand</name>
    <message>
        <source>Move %1 to %2</source>
        <extracomment>Undo step: the deal %1 moved to the stage %2</extracomment>
        <translation>Siirrä %1 vaiheeseen %2</translation>
    </message>
    <message>
        <source>Change %1</source>
        <extracomment>Undo step: the amount or expected close of the deal %1 changed</extracomment>
        <translation>Muuta %1</translation>
    </message>
    <message>
        <source>no workspace is open</source>
        <translation>mitään työtilaa ei ole avoinna</translation>
    </message>
</context>
<context>
    <name>lb::OpportunityDialog</name>
    <message>
        <source>Lost &amp;reason:</source>
        <translation>Häviämisen s&amp;yy:</translation>
    </message>
    <message>
        <source>Change Opportunity %1</source>
        <extracomment>Dialog title; %1 is the name of the deal</extracomment>
        <translation>Muuta myyntimahdollisuutta %1</translation>
    </message>
    <message>
        <source>Why the customer did not buy</source>
        <extracomment>Placeholder of the lost reason, e.g. &quot;chose a competitor&quot;, &quot;no budget&quot;</extracomment>
        <translation>Miksi asiakas ei ostanut</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Vaihe:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Summa:</translation>
    </message>
    <message>
        <source>Expected &amp;close:</source>
        <translation>Arvioitu &amp;päätöspäivä:</translation>
    </message>
    <message>
        <source>Say why the deal was lost before moving it to Lost.</source>
        <translation>Kerro, miksi kauppa hävittiin, ennen kuin siirrät sen vaiheeseen Hävitty.</translation>
    </message>
</context>
<context>
    <name>lb::OpportunityListModel</name>
    <message>
        <source>Opportunity</source>
        <translation>Myyntimahdollisuus</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Expected close</source>
        <extracomment>Column: the day the deal is expected to close</extracomment>
        <translation>Arvioitu päätöspäivä</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Omistaja</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Liidin lähde</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <extracomment>Column: how many days the deal has been in its stage</extracomment>
        <translation>Päiviä vaiheessa</translation>
    </message>
</context>
<context>
    <name>lb::OpportunityStage</name>
    <message>
        <source>Prospecting</source>
        <extracomment>Stage of an opportunity (a deal): the first one after conversion</extracomment>
        <translation>Prospektointi</translation>
    </message>
    <message>
        <source>Proposal</source>
        <extracomment>Stage of an opportunity (a deal): an offer was made</extracomment>
        <translation>Tarjous</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <extracomment>Stage of an opportunity (a deal)</extracomment>
        <translation>Neuvottelu</translation>
    </message>
    <message>
        <source>Won</source>
        <extracomment>Stage of an opportunity (a deal): the customer bought</extracomment>
        <translation>Voitettu</translation>
    </message>
    <message>
        <source>Lost</source>
        <extracomment>Stage of an opportunity (a deal): the customer did not buy</extracomment>
        <translation>Hävitty</translation>
    </message>
</context>
<context>
    <name>lb::OwnerCommand</name>
    <message numerus="yes">
        <source>Remove the owner of %n lead(s)</source>
        <extracomment>Undo step: %n leads lost their owner</extracomment>
        <translation>
            <numerusform>Poista liidin omistaja</numerusform>
            <numerusform>Poista %n liidin omistaja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n lead(s) to %1</source>
        <extracomment>Undo step: %n leads given to the owner %1</extracomment>
        <translation>
            <numerusform>Anna liidi käyttäjälle %1</numerusform>
            <numerusform>Anna %n liidiä käyttäjälle %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n lead(s) in turn</source>
        <extracomment>Undo step: %n leads dealt out to several owners in turn</extracomment>
        <translation>
            <numerusform>Jaa liidi vuorotellen</numerusform>
            <numerusform>Jaa %n liidiä vuorotellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::Ownership</name>
    <message>
        <source>lead %1 does not exist</source>
        <translation>liidiä %1 ei ole olemassa</translation>
    </message>
    <message>
        <source>no owner was chosen</source>
        <translation>omistajaa ei valittu</translation>
    </message>
    <message>
        <source>%1 was changed by %2 since; reload it and try again</source>
        <translation>%2 on muuttanut liidiä %1 sen jälkeen; lataa se uudelleen ja yritä uudestaan</translation>
    </message>
</context>
<context>
    <name>lb::ProfileEdit</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>”%1” ei ole sähköpostiosoite</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>”%1” ei ole kokonaisluku</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>”%1” ei ole luku</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD or D.M.YYYY)</source>
        <translation>”%1” ei ole päivämäärä (YYYY-MM-DD tai D.M.YYYY)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country</source>
        <translation>”%1” ei ole tunnettu maa</translation>
    </message>
    <message>
        <source>a lead needs an e-mail, or a last name and a company</source>
        <translation>liidillä on oltava sähköpostiosoite tai sukunimi ja yritys</translation>
    </message>
    <message>
        <source>a custom field needs a name after &quot;custom.&quot;</source>
        <translation>mukautettu kenttä tarvitsee nimen &quot;custom.&quot;-etuliitteen jälkeen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a profile field (the fields: %2, custom.&lt;name&gt;)</source>
        <translation>&quot;%1&quot; ei ole profiilin kenttä (kentät: %2, custom.&lt;nimi&gt;)</translation>
    </message>
    <message>
        <source>lead %1 no longer exists</source>
        <translation>liidiä %1 ei ole enää olemassa</translation>
    </message>
    <message>
        <source>lead %1 was changed by %2 since version %3; reload it</source>
        <translation>käyttäjä %2 on muuttanut liidiä %1 version %3 jälkeen; lataa se uudelleen</translation>
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
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Palauta</translation>
    </message>
    <message>
        <source>Created %1 · last changed %2 by %3</source>
        <translation>Luotu %1 · viimeksi muuttanut %3 %2</translation>
    </message>
    <message>
        <source>used by scoring</source>
        <translation>käytetään pisteytyksessä</translation>
    </message>
    <message>
        <source>Complete: all %1 fields the scoring model reads are filled.</source>
        <translation>Valmis: kaikki %1 pisteytysmallin käyttämää kenttää on täytetty.</translation>
    </message>
    <message>
        <source>%1 of %2 fields the scoring model reads are filled. Missing: %3.</source>
        <translation>%1/%2 pisteytysmallin käyttämästä kentästä on täytetty. Puuttuu: %3.</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <extracomment>Heading above the lead&apos;s fields that came from CSV columns no standard field took</extracomment>
        <translation>Mukautetut kentät</translation>
    </message>
</context>
<context>
    <name>lb::ProfileOffer</name>
    <message>
        <source>Fill the profile&apos;s %1 with %2?</source>
        <extracomment>Offer after an answer: %1 a profile field (Budget), %2 the answer&apos;s value</extracomment>
        <translation>Täytetäänkö profiilin kenttä %1 arvolla %2?</translation>
    </message>
    <message>
        <source>Change the profile&apos;s %1 from %2 to %3?</source>
        <extracomment>Offer after an answer: %1 a profile field, %2 its value now, %3 the answer&apos;s value</extracomment>
        <translation>Muutetaanko profiilin kenttä %1 arvosta %2 arvoon %3?</translation>
    </message>
    <message>
        <source>Save or revert the changes in the profile first, then fill it.</source>
        <translation>Tallenna tai peru profiilin muutokset ensin ja täytä sitten.</translation>
    </message>
</context>
<context>
    <name>lb::ProfileOfferBar</name>
    <message>
        <source>&amp;Fill</source>
        <extracomment>Button of the offer to copy an answer&apos;s value into the lead&apos;s profile</extracomment>
        <translation>&amp;Täytä</translation>
    </message>
    <message>
        <source>Not now</source>
        <extracomment>Button of the offer to copy an answer&apos;s value into the lead&apos;s profile: not this time</extracomment>
        <translation>Ei nyt</translation>
    </message>
</context>
<context>
    <name>lb::Qualification</name>
    <message>
        <source>unknown framework &quot;%1&quot; (one of %2)</source>
        <translation>tuntematon viitekehys ”%1” (jokin seuraavista: %2)</translation>
    </message>
    <message>
        <source>framework %1 has no criterion &quot;%2&quot; (one of %3)</source>
        <translation>viitekehyksessä %1 ei ole kriteeriä ”%2” (jokin seuraavista: %3)</translation>
    </message>
    <message>
        <source>lead %1 no longer exists</source>
        <translation>liidiä %1 ei ole enää olemassa</translation>
    </message>
    <message>
        <source>%1: “%2” is not an amount (a number such as 25000).</source>
        <translation>%1: ”%2” ei ole summa (luku, kuten 25000).</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date (YYYY-MM-DD).</source>
        <translation>%1: ”%2” ei ole päivämäärä (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>%2 has answered %1 again since, and that answer stays. Reload the lead to see it.</source>
        <extracomment>%1 a framework and criterion (&quot;BANT: Authority&quot;), %2 who answered it last</extracomment>
        <translation>%2 on sittemmin vastannut kohtaan %1 uudelleen, ja se vastaus jää voimaan. Lataa liidi uudelleen nähdäksesi sen.</translation>
    </message>
    <message>
        <source>The answer to %1 was withdrawn since. Reload the lead to see it.</source>
        <translation>Vastaus kohtaan %1 on sittemmin peruttu. Lataa liidi uudelleen nähdäksesi sen.</translation>
    </message>
</context>
<context>
    <name>lb::QualificationActions</name>
    <message>
        <source>Why does %1 move to %2?</source>
        <translation>Miksi %1 siirtyy vaiheeseen %2?</translation>
    </message>
    <message>
        <source>As a manager you may override the guard. Why?</source>
        <translation>Esihenkilönä voit ohittaa tarkistuksen. Miksi?</translation>
    </message>
    <message numerus="yes">
        <source>Why do %n leads move to %1?</source>
        <translation>
            <numerusform>Miksi %n liidi siirtyy vaiheeseen %1?</numerusform>
            <numerusform>Miksi %n liidiä siirtyy vaiheeseen %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) were not moved:</source>
        <translation>
            <numerusform>%n liidi jäi siirtämättä:</numerusform>
            <numerusform>%n liidiä jäi siirtämättä:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::QualificationForm</name>
    <message>
        <source>Amount, e.g. 25000</source>
        <translation>Summa, esim. 25000</translation>
    </message>
    <message>
        <source>Date, YYYY-MM-DD</source>
        <extracomment>Keep the date format as it is: it is what the field accepts.</extracomment>
        <translation>Päivämäärä, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Name, role or e-mail</source>
        <translation>Nimi, rooli tai sähköposti</translation>
    </message>
    <message>
        <source>Value (optional)</source>
        <translation>Arvo (valinnainen)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tuntematon</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Osittainen</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Vahvistettu</translation>
    </message>
    <message>
        <source>Disqualifying</source>
        <translation>Hylkäävä</translation>
    </message>
    <message>
        <source>Readiness %p%</source>
        <extracomment>Progress bar text; %p is the percentage.</extracomment>
        <translation>Valmius %p %</translation>
    </message>
    <message>
        <source>Every criterion is confirmed.</source>
        <translation>Kaikki kriteerit on vahvistettu.</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Puuttuu: %1</translation>
    </message>
    <message>
        <source>Stale, ask again: %1</source>
        <translation>Vanhentunut, kysy uudelleen: %1</translation>
    </message>
    <message>
        <source>Evidence: who said what</source>
        <translation>Näyttö: kuka sanoi mitä</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>vanhentunut</translation>
    </message>
    <message>
        <source>Answered by %1 on %2</source>
        <translation>Vastauksen kirjasi %1 %2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Tallenna</translation>
    </message>
</context>
<context>
    <name>lb::QualificationWidget</name>
    <message>
        <source>Use framework</source>
        <translation>Käytä viitekehystä</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>No framework yet: choose one and record what the prospect says.</source>
        <translation>Ei vielä viitekehystä: valitse yksi ja kirjaa, mitä prospekti kertoo.</translation>
    </message>
    <message>
        <source>Not ready for SQL: marked disqualifying: %1</source>
        <translation>Ei valmis SQL-vaiheeseen: merkitty hylkääväksi: %1</translation>
    </message>
    <message>
        <source>Ready for SQL: readiness %1 reaches the bar of %2.</source>
        <translation>Valmis SQL-vaiheeseen: valmius %1 saavuttaa rajan %2.</translation>
    </message>
    <message>
        <source>Not ready for SQL: best readiness %1, the bar is %2.</source>
        <translation>Ei valmis SQL-vaiheeseen: paras valmius %1, raja on %2.</translation>
    </message>
</context>
<context>
    <name>lb::QueuePanel</name>
    <message>
        <source>Queues</source>
        <translation>Jonot</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Kaikki liidit</translation>
    </message>
    <message>
        <source>My leads</source>
        <translation>Omat liidit</translation>
    </message>
    <message>
        <source>New leads</source>
        <extracomment>Queue of leads in stage New</extracomment>
        <translation>Uudet liidit</translation>
    </message>
    <message>
        <source>MQLs to accept</source>
        <extracomment>Queue: marketing qualified leads waiting for an SDR to accept them</extracomment>
        <translation>Hyväksyttävät MQL:t</translation>
    </message>
    <message>
        <source>SAL in progress</source>
        <extracomment>Queue: sales accepted leads being qualified</extracomment>
        <translation>Työn alla olevat SAL:t</translation>
    </message>
    <message>
        <source>SQL ready to convert</source>
        <extracomment>Queue: sales qualified leads waiting to be converted</extracomment>
        <translation>Muunnettavat SQL:t</translation>
    </message>
    <message>
        <source>Overdue</source>
        <extracomment>Queue: MQLs not touched within the hours the settings allow</extracomment>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>Counts are of whole queues, without the search and filters.</source>
        <extracomment>Under the queue list while a search or filter is active: the numbers in brackets are of the whole queues, not of what the table shows</extracomment>
        <translation>Luvut ovat koko jonojen, ilman hakua ja suodattimia.</translation>
    </message>
    <message>
        <source>The table shows the leads that match; the status bar counts them.</source>
        <translation>Taulukko näyttää vastaavat liidit; tilarivi kertoo niiden määrän.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) in the whole queue; the search and filters are not counted.</source>
        <extracomment>Tooltip of a queue while a search or filter is active; %n is its count</extracomment>
        <translation>
            <numerusform>Koko jonossa %n liidi; hakua ja suodattimia ei ole huomioitu.</numerusform>
            <numerusform>Koko jonossa %n liidiä; hakua ja suodattimia ei ole huomioitu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Ohituksen syy</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <extracomment>Placeholder entry of the reason list: nothing chosen yet.</extracomment>
        <translation>Valitse syy…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Syy:</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>Lisätiedot (valinnainen)</translation>
    </message>
    <message>
        <source>Why is the guard overridden?</source>
        <translation>Miksi tarkistus ohitetaan?</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Lisätiedot:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Miksi:</translation>
    </message>
    <message>
        <source>Required for &quot;Other&quot;</source>
        <translation>Pakollinen, kun syy on ”Muu”</translation>
    </message>
</context>
<context>
    <name>lb::ReportCharts</name>
    <message>
        <source>Won</source>
        <extracomment>Funnel step: the opportunity was won</extracomment>
        <translation>Voitettu</translation>
    </message>
    <message>
        <source>%1+</source>
        <extracomment>A band with no upper end, e.g. &quot;91+&quot; days</extracomment>
        <translation>%1+</translation>
    </message>
    <message>
        <source>Click to list these leads</source>
        <translation>Napsauta nähdäksesi nämä liidit</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Liidit</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Myyntisuppilo</translation>
    </message>
    <message>
        <source>New %1</source>
        <extracomment>New MQLs (SALs, SQLs) in a week; %1 is the stage</extracomment>
        <translation>Uudet %1</translation>
    </message>
    <message>
        <source>Inflow per week</source>
        <translation>Tulovirta viikoittain</translation>
    </message>
    <message>
        <source>Week</source>
        <extracomment>Axis title under the inflow chart&apos;s bars: the ISO week numbers</extracomment>
        <translation>Viikko</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Avoin myyntiputki</translation>
    </message>
    <message>
        <source>(no source)</source>
        <extracomment>A lead source that is not recorded</extracomment>
        <translation>(ei lähdettä)</translation>
    </message>
    <message>
        <source>Sources: pipeline and won (%1)</source>
        <extracomment>Chart title. %1 the currency code (EUR)</extracomment>
        <translation>Lähteet: myyntiputki ja voitetut (%1)</translation>
    </message>
    <message>
        <source>Score distribution by stage</source>
        <translation>Pisteiden jakauma vaiheittain</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Mediaani, päivää</translation>
    </message>
    <message>
        <source>80th percentile days</source>
        <translation>80. persentiili, päivää</translation>
    </message>
    <message>
        <source>Velocity: days from stage to stage</source>
        <translation>Nopeus: päiviä vaiheesta toiseen</translation>
    </message>
    <message>
        <source>Aging: open leads by days in their stage</source>
        <translation>Ikääntyminen: avoimet liidit päivinä nykyisessä vaiheessa</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <extracomment>A move without a recorded reason</extracomment>
        <translation>(ei syytä)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>%1 stage (Disqualified or Nurture), %2 reason, %3 share of that stage&apos;s moves</extracomment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Why leads leave</source>
        <translation>Miksi liidit poistuvat</translation>
    </message>
    <message>
        <source>Reached SQL %</source>
        <translation>Saavutti SQL:n, %</translation>
    </message>
    <message>
        <source>Won %</source>
        <translation>Voitettu, %</translation>
    </message>
    <message>
        <source>Calibration: score at MQL against outcome (AUC %1)</source>
        <extracomment>Calibration chart title; AUC = area under the ROC curve of the score for reaching SQL</extracomment>
        <translation>Kalibrointi: pisteet MQL-hetkellä ja lopputulos (AUC %1)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Voittoprosentti</translation>
    </message>
    <message>
        <source>(unowned)</source>
        <extracomment>Leads that nobody owns</extracomment>
        <translation>(ei omistajaa)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Hyväksytyt</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Kvalifioidut</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Muunnettu</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Omistaja</translation>
    </message>
    <message>
        <source>Median response (days)</source>
        <extracomment>Median days from MQL to SAL: how fast the SDR accepts a lead</extracomment>
        <translation>Vasteajan mediaani (päivää)</translation>
    </message>
</context>
<context>
    <name>lb::ReportPdf</name>
    <message>
        <source>Leadbench could not write %1.</source>
        <extracomment>%1 the PDF file chosen</extracomment>
        <translation>Leadbench ei voinut kirjoittaa tiedostoa %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Page footer of the PDF report</extracomment>
        <translation>Sivu %1/%2</translation>
    </message>
</context>
<context>
    <name>lb::Reports</name>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <extracomment>%1 the last day, %2 the first day (YYYY-MM-DD)</extracomment>
        <translation>jakso päättyy (%1) ennen kuin se alkaa (%2)</translation>
    </message>
    <message>
        <source>no user is called &quot;%1&quot;</source>
        <translation>käyttäjää ”%1” ei ole</translation>
    </message>
</context>
<context>
    <name>lb::RescoreActions</name>
    <message>
        <source>Saving the scoring model and rescoring every lead…</source>
        <translation>Tallennetaan pisteytysmallia ja pisteytetään kaikki liidit uudelleen…</translation>
    </message>
    <message>
        <source>Scoring model not saved</source>
        <translation>Pisteytysmallia ei tallennettu</translation>
    </message>
    <message numerus="yes">
        <source>Saved the model and rescored %n leads</source>
        <translation>
            <numerusform>Malli tallennettiin ja %n liidi pisteytettiin uudelleen</numerusform>
            <numerusform>Malli tallennettiin ja %n liidiä pisteytettiin uudelleen</numerusform>
        </translation>
    </message>
    <message>
        <source>Rescoring leads</source>
        <extracomment>Title of the progress dialog while every lead is scored again</extracomment>
        <translation>Liidejä pisteytetään uudelleen</translation>
    </message>
    <message>
        <source>Saving the new MQL threshold and rescoring every lead…</source>
        <translation>Tallennetaan uutta MQL-kynnystä ja pisteytetään kaikki liidit uudelleen…</translation>
    </message>
    <message>
        <source>MQL threshold not changed</source>
        <extracomment>%1 is the new threshold (a score)</extracomment>
        <translation>MQL-kynnystä ei muutettu</translation>
    </message>
    <message numerus="yes">
        <source>MQL threshold set to %1: rescored %n leads</source>
        <translation>
            <numerusform>MQL-kynnys on nyt %1: %n liidi pisteytettiin uudelleen</numerusform>
            <numerusform>MQL-kynnys on nyt %1: %n liidiä pisteytettiin uudelleen</numerusform>
        </translation>
    </message>
    <message>
        <source>Rescore cancelled: nothing was changed.</source>
        <translation>Uudelleenpisteytys peruttiin: mitään ei muutettu.</translation>
    </message>
</context>
<context>
    <name>lb::RoundRobinDialog</name>
    <message>
        <source>Assign New MQLs</source>
        <translation>Jaa uudet MQL-liidit</translation>
    </message>
    <message numerus="yes">
        <source>%n MQL(s) nobody owns yet. Deal them out in turn to:</source>
        <extracomment>%n the number of MQLs nobody owns</extracomment>
        <translation>
            <numerusform>Yhdellä MQL-liidillä ei ole vielä omistajaa. Anna se:</numerusform>
            <numerusform>%n MQL-liidillä ei ole vielä omistajaa. Jaa ne vuorotellen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Another SDR&apos;s name</source>
        <translation>Toisen SDR:n nimi</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lisää</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Määritä</translation>
    </message>
</context>
<context>
    <name>lb::ScoreBar</name>
    <message>
        <source>Fit %1 + behaviour %2; MQL at %3</source>
        <extracomment>Tooltip of the score bar: %1 fit points, %2 behaviour points, %3 the MQL threshold (points)</extracomment>
        <translation>Sopivuus %1 + käyttäytyminen %2; MQL-kynnys %3</translation>
    </message>
</context>
<context>
    <name>lb::ScoreBreakdownWidget</name>
    <message>
        <source>Rule</source>
        <translation>Sääntö</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pisteet</translation>
    </message>
    <message>
        <source>Rules that counted</source>
        <translation>Huomioidut säännöt</translation>
    </message>
    <message>
        <source>Missing data that would score</source>
        <extracomment>Fit rules that did not count because the lead&apos;s data is empty</extracomment>
        <translation>Puuttuvat tiedot, jotka toisivat pisteitä</translation>
    </message>
    <message>
        <source>What would raise the score</source>
        <translation>Mikä nostaisi pisteitä</translation>
    </message>
    <message>
        <source>No lead</source>
        <translation>Ei liidiä</translation>
    </message>
    <message>
        <source> (grade %1)</source>
        <translation> (luokka %1)</translation>
    </message>
    <message>
        <source>Score %1%2: fit %3, behaviour %4</source>
        <extracomment>%1 total score, %2 grade part, %3 fit part, %4 behaviour part</extracomment>
        <translation>Pisteet %1%2: sopivuus %3, käyttäytyminen %4</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) below the MQL threshold (%1).</source>
        <extracomment>%1 the MQL threshold (points)</extracomment>
        <translation>
            <numerusform>%n piste alle MQL-kynnyksen (%1).</numerusform>
            <numerusform>%n pistettä alle MQL-kynnyksen (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>At or over the MQL threshold (%1).</source>
        <extracomment>%1 the MQL threshold (points)</extracomment>
        <translation>MQL-kynnys (%1) on saavutettu.</translation>
    </message>
    <message>
        <source>%1 (behaviour)</source>
        <extracomment>%1 a behaviour rule&apos;s label, e.g. &quot;Web visits&quot;</extracomment>
        <translation>%1 (käyttäytyminen)</translation>
    </message>
    <message>
        <source>%1: %2 empty (%3 points)</source>
        <extracomment>%1 rule label, %2 the empty fields, %3 a decimal number of points such as 2.5 (not a count: always the plural)</extracomment>
        <translation>%1: tyhjät kentät %2 (%3 pistettä)</translation>
    </message>
    <message>
        <source>if &quot;%1&quot; held</source>
        <extracomment>A step that would raise the score: %1 a fit rule&apos;s label. Followed by &quot;: 77 points&quot;</extracomment>
        <translation>jos ”%1” pätisi</translation>
    </message>
    <message>
        <source>one more &quot;%1&quot; now</source>
        <extracomment>A step that would raise the score: %1 a behaviour rule&apos;s label (a kind of event). Followed by &quot;: 77 points&quot;</extracomment>
        <translation>vielä yksi tapahtuma (%1)</translation>
    </message>
    <message>
        <source>reaches MQL</source>
        <translation>saavuttaa MQL-kynnyksen</translation>
    </message>
    <message>
        <source>Nothing missing: every field the scoring model reads is filled in.</source>
        <translation>Mitään ei puutu: kaikki pisteytysmallin lukemat kentät on täytetty.</translation>
    </message>
    <message>
        <source>No single step would raise this score now.</source>
        <translation>Mikään yksittäinen askel ei nostaisi pisteitä nyt.</translation>
    </message>
    <message>
        <source>Scored as of %1</source>
        <extracomment>The moment the explained score is as of (events after it do not count); %1 date, time</extracomment>
        <translation>Pisteet laskettu hetkellä %1</translation>
    </message>
    <message>
        <source>could not be evaluated</source>
        <extracomment>In the points column: the rule&apos;s regular expression gave up on the lead&apos;s value</extracomment>
        <translation>ei voitu arvioida</translation>
    </message>
    <message>
        <source>The rule&apos;s regular expression took too long on this lead&apos;s value (too much backtracking), so the rule counts no points. Simplify the pattern.</source>
        <translation>Säännön säännöllinen lauseke kesti liian kauan tämän liidin arvolla (liikaa peruutusta), joten sääntö ei tuo pisteitä. Yksinkertaista lauseketta.</translation>
    </message>
    <message>
        <source>The score cannot be explained: %1</source>
        <extracomment>%1 why, e.g. the stored scoring model is not valid</extracomment>
        <translation>Pisteitä ei voi selittää: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 empty (%Ln point(s))</source>
        <extracomment>%1 rule label, %2 the empty fields the rule reads, then the points the rule is worth</extracomment>
        <translation>
            <numerusform>%1: tyhjät kentät %2 (%Ln piste)</numerusform>
            <numerusform>%1: tyhjät kentät %2 (%Ln pistettä)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln point(s)</source>
        <extracomment>%1 &quot;if Job title held&quot; / &quot;one more event (Web visits)&quot;: the score it would give</extracomment>
        <translation>
            <numerusform>%1: %Ln piste</numerusform>
            <numerusform>%1: %Ln pistettä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::ScoreHistogram</name>
    <message>
        <source>edited</source>
        <translation>muokattu</translation>
    </message>
    <message>
        <source>current</source>
        <translation>nykyinen</translation>
    </message>
</context>
<context>
    <name>lb::ScoringModel</name>
    <message>
        <source>unknown key</source>
        <translation>tuntematon avain</translation>
    </message>
    <message>
        <source>missing; must be a number</source>
        <translation>puuttuu; on oltava luku</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <extracomment>%1 the JSON value found (kept as written)</extracomment>
        <translation>on oltava luku, ei %1</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ei saa olla negatiivinen</translation>
    </message>
    <message>
        <source>missing; must be a text</source>
        <translation>puuttuu; on oltava teksti</translation>
    </message>
    <message>
        <source>must be a non-empty text, not %1</source>
        <extracomment>%1 the JSON value found (kept as written)</extracomment>
        <translation>on oltava ei-tyhjä teksti, ei %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>puuttuu</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <extracomment>%1 the JSON value found (kept as written)</extracomment>
        <translation>on oltava objekti, ei %1</translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <extracomment>%1 the JSON value found (kept as written)</extracomment>
        <translation>on oltava luettelo, ei %1</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (also at %2)</source>
        <translation>tunnus &quot;%1&quot; on jo käytössä (myös kohdassa %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a text or a number, not %2</source>
        <translation>&quot;%1&quot; vaatii tekstin tai luvun, ei %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a non-empty list, not %2</source>
        <translation>&quot;%1&quot; vaatii ei-tyhjän luettelon, ei %2</translation>
    </message>
    <message>
        <source>must be a domain such as &quot;example.com&quot;, not %1</source>
        <translation>on oltava verkkotunnus, kuten &quot;example.com&quot;, ei %1</translation>
    </message>
    <message>
        <source>must be a text or a number, not %1</source>
        <extracomment>%1 the JSON value found (kept as written)</extracomment>
        <translation>on oltava teksti tai luku, ei %1</translation>
    </message>
    <message>
        <source>&quot;contains&quot; needs a non-empty text, not %1</source>
        <translation>&quot;contains&quot; vaatii ei-tyhjän tekstin, ei %1</translation>
    </message>
    <message>
        <source>&quot;matches&quot; needs a regular expression, not %1</source>
        <translation>&quot;matches&quot; vaatii säännöllisen lausekkeen, ei %1</translation>
    </message>
    <message>
        <source>invalid regular expression %1: %2 at offset %3</source>
        <extracomment>%1 the pattern, %2 the error from the regular expression engine, %3 a character position</extracomment>
        <translation>virheellinen säännöllinen lauseke %1: %2 kohdassa %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a number or a date (YYYY-MM-DD), not %2</source>
        <translation>&quot;%1&quot; vaatii luvun tai päivämäärän (YYYY-MM-DD), ei %2</translation>
    </message>
    <message>
        <source>&quot;between&quot; needs [low, high] (two numbers or two dates), not %1</source>
        <translation>&quot;between&quot; vaatii muodon [alaraja, yläraja] (kaksi lukua tai kaksi päivämäärää), ei %1</translation>
    </message>
    <message>
        <source>low bound is above high bound in %1</source>
        <extracomment>%1 the JSON value [low, high]</extracomment>
        <translation>alaraja on suurempi kuin yläraja kohdassa %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no value</source>
        <translation>&quot;%1&quot; ei ota arvoa</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>tuntematon kenttä %1</translation>
    </message>
    <message>
        <source>unknown operator %1</source>
        <extracomment>%1 the &quot;op&quot; value found in the JSON (kept as written)</extracomment>
        <translation>tuntematon operaattori %1</translation>
    </message>
    <message>
        <source>has more than one of a condition (field, op, value), &quot;all&quot; and &quot;any&quot;</source>
        <translation>sisältää useamman kuin yhden seuraavista: ehto (field, op, value), &quot;all&quot; ja &quot;any&quot;</translation>
    </message>
    <message>
        <source>needs a condition (field, op, value), &quot;all&quot; or &quot;any&quot;</source>
        <translation>tarvitsee ehdon (field, op, value), &quot;all&quot; tai &quot;any&quot;</translation>
    </message>
    <message>
        <source>must list at least one condition</source>
        <translation>on sisällettävä vähintään yksi ehto</translation>
    </message>
    <message>
        <source>conditions cannot nest (one level of &quot;all&quot;/&quot;any&quot; only)</source>
        <translation>ehtoja ei voi sisäkkäistää (vain yksi &quot;all&quot;/&quot;any&quot;-taso)</translation>
    </message>
    <message>
        <source>belongs to the rule, not to a condition</source>
        <translation>kuuluu sääntöön, ei ehtoon</translation>
    </message>
    <message>
        <source>must be positive</source>
        <translation>on oltava positiivinen</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>rivi %1, sarake %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON: %2</source>
        <extracomment>%1 the file, %2 the JSON parser&apos;s message</extracomment>
        <translation>%1: virheellinen JSON: %2</translation>
    </message>
    <message>
        <source>(model): must be a JSON object</source>
        <translation>(malli): on oltava JSON-objekti</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <extracomment>%1 the only value allowed here (a JSON keyword, kept as written)</extracomment>
        <translation>on oltava &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be 1</source>
        <translation>on oltava 1</translation>
    </message>
    <message>
        <source>must be lower than the grade before it (grades are ordered by descending min)</source>
        <translation>on oltava pienempi kuin sitä edeltävä luokka (luokat järjestetään laskevan min-arvon mukaan)</translation>
    </message>
    <message>
        <source>the stored scoring model %1 (&quot;%2&quot;) is not valid: %3</source>
        <extracomment>%1 the model id, %2 its name, %3 the problems found</extracomment>
        <translation>tallennettu pisteytysmalli %1 (”%2”) ei ole kelvollinen: %3</translation>
    </message>
    <message>
        <source>the default scoring model is missing from this build</source>
        <translation>oletuspisteytysmalli puuttuu tästä koontiversiosta</translation>
    </message>
    <message>
        <source>default scoring model</source>
        <translation>oletuspisteytysmalli</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>on oltava vähintään %1 ja enintään %2</translation>
    </message>
    <message>
        <source>the regular expression %1 backtracks too much: matching gives up on %2; avoid nested repetition such as (a+)+</source>
        <extracomment>%1 the pattern, %2 a sample text such as &quot;a&quot; × 64 + &quot;!&quot;</extracomment>
        <translation>säännöllinen lauseke %1 peruuttaa liikaa: vertailu keskeytyy tekstillä %2; vältä sisäkkäisiä toistoja, kuten (a+)+</translation>
    </message>
    <message>
        <source>lists %1 entries; a scoring model may list at most %2 here</source>
        <extracomment>%1 how many the model lists, %2 the most it may</extracomment>
        <translation>luettelossa on %1 kohtaa; pisteytysmallissa saa tässä olla enintään %2</translation>
    </message>
    <message>
        <source>the regular expression holds %1 characters; a pattern may hold at most %2</source>
        <translation>säännöllisessä lausekkeessa on %1 merkkiä; lausekkeessa saa olla enintään %2</translation>
    </message>
    <message>
        <source>(model): the document holds %1 bytes; a scoring model may hold at most %2</source>
        <extracomment>%1 and %2 are sizes in bytes</extracomment>
        <translation>(malli): asiakirjassa on %1 tavua; pisteytysmallissa saa olla enintään %2</translation>
    </message>
</context>
<context>
    <name>lb::ScoringModelEditorDialog</name>
    <message>
        <source>Scoring model</source>
        <translation>Pisteytysmalli</translation>
    </message>
    <message>
        <source>no decay</source>
        <translation>ei vaimenemista</translation>
    </message>
    <message>
        <source>no window</source>
        <translation>ei aikaikkunaa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Fit maximum</source>
        <translation>Sopivuuspisteet enintään</translation>
    </message>
    <message>
        <source>Behaviour maximum</source>
        <translation>Käyttäytymispisteet enintään</translation>
    </message>
    <message>
        <source>MQL threshold</source>
        <translation>MQL-kynnys</translation>
    </message>
    <message>
        <source>Half-life (days)</source>
        <translation>Puoliintumisaika (päivää)</translation>
    </message>
    <message>
        <source>Window (days)</source>
        <translation>Aikaikkuna (päivää)</translation>
    </message>
    <message>
        <source>Grades</source>
        <extracomment>Grades as &quot;letter minimum&quot; pairs, e.g. &quot;A 80, B 60&quot;</extracomment>
        <translation>Luokat</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Lisää sääntö</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Siirrä alas</translation>
    </message>
    <message>
        <source>Fit rules</source>
        <translation>Sopivuussäännöt</translation>
    </message>
    <message>
        <source>Behaviour rules</source>
        <translation>Käyttäytymissäännöt</translation>
    </message>
    <message>
        <source>Import JSON...</source>
        <translation>Tuo JSON...</translation>
    </message>
    <message>
        <source>Export JSON...</source>
        <translation>Vie JSON...</translation>
    </message>
    <message>
        <source>The model is valid.</source>
        <translation>Malli on kelvollinen.</translation>
    </message>
    <message>
        <source>What-if: no leads loaded.</source>
        <translation>Entä jos: liidejä ei ole ladattu.</translation>
    </message>
    <message>
        <source>What-if: fix the problems to see the effect.</source>
        <translation>Entä jos: korjaa ongelmat nähdäksesi vaikutuksen.</translation>
    </message>
    <message>
        <source>(a sample of %1)</source>
        <translation>(otos %1 liidistä)</translation>
    </message>
    <message>
        <source>Not loaded, counted as empty: %1.</source>
        <extracomment>%1 a list of fields</extracomment>
        <translation>Ei ladattu, laskettu tyhjiksi: %1.</translation>
    </message>
    <message>
        <source>Import scoring model</source>
        <translation>Tuo pisteytysmalli</translation>
    </message>
    <message>
        <source>Scoring models (*.json)</source>
        <translation>Pisteytysmallit (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 the file, %2 the reason from the system</extracomment>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid scoring model:
%2</source>
        <translation>%1 ei ole kelvollinen pisteytysmalli:
%2</translation>
    </message>
    <message>
        <source>Export scoring model</source>
        <translation>Vie pisteytysmalli</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 the file, %2 the reason from the system</extracomment>
        <translation>Tiedostoon %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nimike</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operaattori</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pisteet</translation>
    </message>
    <message>
        <source>Field &quot;all&quot; or &quot;any&quot; takes a list of conditions as its value, e.g. [{&quot;field&quot;: &quot;industry&quot;, &quot;op&quot;: &quot;equals&quot;, &quot;value&quot;: &quot;Software&quot;}]</source>
        <translation>Kenttä &quot;all&quot; tai &quot;any&quot; ottaa arvokseen ehtojen luettelon, esim. [{&quot;field&quot;: &quot;industry&quot;, &quot;op&quot;: &quot;equals&quot;, &quot;value&quot;: &quot;Software&quot;}]</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Tapahtumatyyppi</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Katto</translation>
    </message>
    <message>
        <source>What-if: the leads could not be loaded (%1).</source>
        <extracomment>%1 says why the leads could not be read</extracomment>
        <translation>Entä jos: liidejä ei voitu ladata (%1).</translation>
    </message>
    <message>
        <source>What-if: loading leads…</source>
        <translation>Entä jos: ladataan liidejä…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s): at or over MQL now %1, with the edits %2 (%3 newly, %4 no longer); %5 would move from New to MQL.</source>
        <extracomment>The leads scored, then numbers of leads: %1/%2 at or over MQL now/with the edits, %3 newly, %4 no longer, %5 would move from New to MQL</extracomment>
        <translation>
            <numerusform>%Ln liidi: MQL-kynnyksen saavuttaa nyt %1, muutosten jälkeen %2 (%3 uutta, %4 ei enää); %5 siirtyisi vaiheesta Uusi vaiheeseen MQL.</numerusform>
            <numerusform>%Ln liidiä: MQL-kynnyksen saavuttaa nyt %1, muutosten jälkeen %2 (%3 uutta, %4 ei enää); %5 siirtyisi vaiheesta Uusi vaiheeseen MQL.</numerusform>
        </translation>
    </message>
    <message>
        <source>any of</source>
        <extracomment>Scoring model editor, Field column: the rule holds when any of its conditions does</extracomment>
        <translation>jokin ehdoista</translation>
    </message>
    <message>
        <source>all of</source>
        <extracomment>Scoring model editor, Field column: the rule holds when all its conditions do</extracomment>
        <translation>kaikki ehdot</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>on yhtä kuin</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>ei ole yhtä kuin</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>on jokin näistä</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>ei ole mikään näistä</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>sisältää</translation>
    </message>
    <message>
        <source>matches the pattern</source>
        <translation>vastaa hakulauseketta</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>vähintään</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>enintään</translation>
    </message>
    <message>
        <source>between</source>
        <translation>välillä</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>on tyhjä</translation>
    </message>
    <message>
        <source>is filled in</source>
        <translation>on täytetty</translation>
    </message>
    <message>
        <source>e-mail domain is one of</source>
        <translation>sähköpostin verkkotunnus on jokin näistä</translation>
    </message>
</context>
<context>
    <name>lb::SdrActions</name>
    <message>
        <source>Not assigned</source>
        <translation>Ei määritetty</translation>
    </message>
    <message>
        <source>Assign New MQLs</source>
        <translation>Jaa uudet MQL-liidit</translation>
    </message>
    <message>
        <source>Every MQL has an owner already.</source>
        <translation>Jokaisella MQL-liidillä on jo omistaja.</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Ei kumottu</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n lead(s)</source>
        <translation>
            <numerusform>%n liidi määritetty</numerusform>
            <numerusform>%n liidiä määritetty</numerusform>
        </translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation>Ei kirjattu</translation>
    </message>
</context>
<context>
    <name>lb::SearchBox</name>
    <message>
        <source>Search leads</source>
        <translation>Hae liidejä</translation>
    </message>
    <message>
        <source>Search name, company, e-mail, title…</source>
        <translation>Hae nimeä, yritystä, sähköpostia, titteliä…</translation>
    </message>
    <message>
        <source>Searches all leads, within the filters below.</source>
        <extracomment>Tooltip of the search box while the All leads queue is chosen</extracomment>
        <translation>Hakee kaikista liideistä suodattimien rajaamana.</translation>
    </message>
    <message>
        <source>Search in %1: name, company, e-mail…</source>
        <extracomment>Search box placeholder; %1 is the chosen queue, e.g. &quot;MQLs to accept&quot;</extracomment>
        <translation>Hae jonosta %1: nimeä, yritystä, sähköpostia…</translation>
    </message>
    <message>
        <source>Searches only the leads in %1, within the filters below. Choose All leads to search everywhere.</source>
        <extracomment>Tooltip of the search box; %1 is the chosen queue, e.g. &quot;MQLs to accept&quot;</extracomment>
        <translation>Hakee vain jonon %1 liideistä suodattimien rajaamana. Valitse Kaikki liidit, jos haluat hakea kaikkialta.</translation>
    </message>
</context>
<context>
    <name>lb::SearchIndexBuilder</name>
    <message>
        <source>cannot use the temporary file %1: %2</source>
        <extracomment>%1 the file, %2 the reason from the system</extracomment>
        <translation>väliaikaista tiedostoa %1 ei voi käyttää: %2</translation>
    </message>
    <message>
        <source>the folder for temporary files (%1) is full: make room there, or set TMPDIR to a folder on a disk with room</source>
        <extracomment>%1 is the folder for temporary files.</extracomment>
        <translation>väliaikaistiedostojen kansio (%1) on täynnä: vapauta sieltä tilaa tai aseta TMPDIR osoittamaan kansioon levyllä, jolla on tilaa</translation>
    </message>
</context>
<context>
    <name>lb::ServerPasswordPrompt</name>
    <message>
        <source>your login</source>
        <extracomment>Stands for the login when the address names none (libpq then uses the system&apos;s)</extracomment>
        <translation>tunnuksesi</translation>
    </message>
    <message>
        <source>The server %2 did not accept that password for %1. Type it again:</source>
        <extracomment>%1 a login name, %2 the server&apos;s host name</extracomment>
        <translation>Palvelin %2 ei hyväksynyt salasanaa tunnukselle %1. Kirjoita se uudelleen:</translation>
    </message>
    <message>
        <source>The team workspace&apos;s server %2 asks for the password of %1.

Leadbench keeps it only until it closes.</source>
        <extracomment>%1 a login name, %2 the server&apos;s host name</extracomment>
        <translation>Tiimityötilan palvelin %2 pyytää salasanaa tunnukselle %1.

Leadbench säilyttää sen vain, kunnes ohjelma suljetaan.</translation>
    </message>
    <message>
        <source>Password</source>
        <extracomment>Title of the dialog that asks for a team workspace server&apos;s password</extracomment>
        <translation>Salasana</translation>
    </message>
</context>
<context>
    <name>lb::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Omat asetukset</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nimesi</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Nimesi:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>Follow the operating system&apos;s language</extracomment>
        <translation>Järjestelmän kieli</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>This workspace (shared by everyone who uses it)</source>
        <translation>Tämä työtila (yhteinen kaikille sen käyttäjille)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuutta</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Valuutta:</translation>
    </message>
    <message>
        <source>Readiness bar</source>
        <translation>Valmiusraja</translation>
    </message>
    <message>
        <source>How much of a framework must be confirmed before a lead may become SQL.</source>
        <translation>Kuinka suuri osa viitekehyksestä on vahvistettava, ennen kuin liidi voi siirtyä SQL-vaiheeseen.</translation>
    </message>
    <message>
        <source>&amp;Readiness bar for SQL:</source>
        <translation>&amp;SQL-valmiusraja:</translation>
    </message>
    <message>
        <source>Answers stay fresh for</source>
        <translation>Vastaukset pysyvät tuoreina</translation>
    </message>
    <message>
        <source>Answers stay &amp;fresh for:</source>
        <translation>Vastaukset pysyvät &amp;tuoreina:</translation>
    </message>
    <message>
        <source>MQL threshold</source>
        <translation>MQL-kynnys</translation>
    </message>
    <message>
        <source>Leads in stage New that score at least this become MQL. Changing it saves a new version of the scoring model and rescores.</source>
        <translation>Vaiheen Uusi liidit, joiden pisteet ovat vähintään tämän verran, siirtyvät MQL-vaiheeseen. Muutos tallentaa pisteytysmallista uuden version ja pisteyttää liidit uudelleen.</translation>
    </message>
    <message>
        <source>&amp;MQL threshold:</source>
        <translation>&amp;MQL-kynnys:</translation>
    </message>
    <message>
        <source>Your name is recorded in the history of every change: please enter it.</source>
        <translation>Nimesi tallennetaan jokaisen muutoksen historiaan: kirjoita se.</translation>
    </message>
    <message>
        <source>MQLs must be touched within</source>
        <translation>MQL:iin on otettava yhteyttä</translation>
    </message>
    <message>
        <source>MQLs without a logged touch this long after they became MQL are listed in the Overdue queue and marked in the table.</source>
        <translation>MQL:t, joihin ei ole kirjattu yhteydenottoa näin pian MQL:ksi tulon jälkeen, näkyvät Myöhässä-jonossa ja merkittyinä taulukossa.</translation>
    </message>
    <message>
        <source>MQLs must be &amp;touched within:</source>
        <translation>MQL:iin on otettava &amp;yhteyttä:</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <extracomment>Suffix of a number of days in a spin box, with its leading space: &quot;30 days&quot;</extracomment>
        <translation>
            <numerusform> päivä</numerusform>
            <numerusform> päivää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> hour(s)</source>
        <extracomment>Suffix of a number of hours in a spin box, with its leading space: &quot;24 hours&quot;</extracomment>
        <translation>
            <numerusform> tunti</numerusform>
            <numerusform> tuntia</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::Stage</name>
    <message>
        <source>New</source>
        <extracomment>Lifecycle stage: a raw, unqualified lead</extracomment>
        <translation>Uusi</translation>
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
        <translation>Muunnettu</translation>
    </message>
    <message>
        <source>Nurture</source>
        <extracomment>Lifecycle stage: sent back to marketing for nurturing (glossary: nurture)</extracomment>
        <translation>Lämmitys</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <extracomment>Lifecycle stage: will not buy</extracomment>
        <translation>Hylätty</translation>
    </message>
</context>
<context>
    <name>lb::StageMoveCommand</name>
    <message>
        <source>Move to %1</source>
        <translation>siirto vaiheeseen %1</translation>
    </message>
    <message>
        <source>lead %1 no longer exists</source>
        <translation>liidiä %1 ei ole enää olemassa</translation>
    </message>
</context>
<context>
    <name>lb::Startup</name>
    <message>
        <source>cannot create %1</source>
        <extracomment>%1 a folder or file of the default workspace</extracomment>
        <translation>tiedostoa %1 ei voi luoda</translation>
    </message>
</context>
<context>
    <name>lb::Store</name>
    <message>
        <source>%1 %2 was changed by someone else; reload it and try again</source>
        <extracomment>%1 what was changed (&quot;account&quot;, &quot;opportunity&quot;), %2 its id</extracomment>
        <translation>%1 %2: joku muu on muuttanut sitä; lataa se uudelleen ja yritä uudelleen</translation>
    </message>
    <message>
        <source>account</source>
        <translation>asiakas</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>yhteyshenkilö</translation>
    </message>
    <message>
        <source>opportunity</source>
        <translation>myyntimahdollisuus</translation>
    </message>
    <message>
        <source>lead %1 no longer exists</source>
        <translation>liidiä %1 ei ole enää olemassa</translation>
    </message>
    <message>
        <source>lead %1 was changed by %2 at %3; reload it and try again</source>
        <extracomment>%1 the lead id, %2 the user who changed it, %3 when (date and time)</extracomment>
        <translation>käyttäjä %2 muutti liidiä %1 (%3); lataa se uudelleen ja yritä uudelleen</translation>
    </message>
    <message>
        <source>the workspace is locked by another program (%1); try again when it has finished</source>
        <extracomment>%1 the database&apos;s own message</extracomment>
        <translation>toinen ohjelma on lukinnut työtilan (%1); yritä uudelleen, kun se on valmis</translation>
    </message>
    <message>
        <source>the workspace file is damaged (%1); restore a backup</source>
        <extracomment>%1 the database&apos;s own message</extracomment>
        <translation>työtilatiedosto on vioittunut (%1); palauta varmuuskopio</translation>
    </message>
    <message>
        <source>the disk is full: the one holding the workspace, or the one of the folder for temporary files (%1)</source>
        <extracomment>%1 is the folder for temporary files.</extracomment>
        <translation>levy on täynnä: joko työtilan levy tai väliaikaistiedostojen kansion (%1) levy</translation>
    </message>
    <message>
        <source>the workspace cannot be written: the file or its folder is read-only</source>
        <translation>työtilaan ei voi kirjoittaa: tiedosto tai sen kansio on vain luettavissa</translation>
    </message>
    <message>
        <source>reading or writing the disk failed (%1)</source>
        <extracomment>%1 the system&apos;s own message</extracomment>
        <translation>levyn lukeminen tai kirjoittaminen epäonnistui (%1)</translation>
    </message>
    <message>
        <source>the changes were not saved: an error ended the change before it was complete, and nothing of it was kept</source>
        <extracomment>A change (an import, a move, a conversion) met an error midway; the workspace is as it was before the change.</extracomment>
        <translation>muutoksia ei tallennettu: virhe keskeytti muutoksen ennen kuin se oli valmis, eikä siitä säilytetty mitään</translation>
    </message>
    <message>
        <source>the team workspace&apos;s server refused this for your role (%1)</source>
        <extracomment>%1 the server&apos;s own message. A team workspace&apos;s server decides what each role may do.</extracomment>
        <translation>tiimityötilan palvelin ei salli tätä roolillesi (%1)</translation>
    </message>
    <message>
        <source>the team workspace is busy with a teammate&apos;s change (%1); try again when it has finished</source>
        <extracomment>%1 the server&apos;s own message</extracomment>
        <translation>tiimityötilassa on kesken tiimikaverin muutos (%1); yritä uudelleen, kun se on valmis</translation>
    </message>
    <message>
        <source>the connection to the team workspace&apos;s server failed (%1)</source>
        <extracomment>%1 the server&apos;s own message (a connection that was lost or never made)</extracomment>
        <translation>yhteys tiimityötilan palvelimeen epäonnistui (%1)</translation>
    </message>
    <message>
        <source>the team workspace holds a stage it does not know (&quot;%1&quot;); ask its administrator</source>
        <extracomment>%1 the stored value</extracomment>
        <translation>tiimityötilassa on tuntematon vaihe (”%1”); ota yhteys sen ylläpitäjään</translation>
    </message>
    <message>
        <source>the team workspace %1 is busy with a teammate&apos;s change; try again when it has finished</source>
        <extracomment>%1 the server&apos;s address</extracomment>
        <translation>tiimityötilassa %1 on kesken tiimikaverin muutos; yritä uudelleen, kun se on valmis</translation>
    </message>
    <message>
        <source>the team workspace&apos;s server refused this: only a manager may change the scoring model</source>
        <translation>tiimityötilan palvelin ei sallinut tätä: vain esihenkilö voi muuttaa pisteytysmallia</translation>
    </message>
    <message>
        <source>the team workspace&apos;s server refused this: only a manager may override a stage guard</source>
        <translation>tiimityötilan palvelin ei sallinut tätä: vain esihenkilö voi ohittaa vaiheen tarkistuksen</translation>
    </message>
    <message>
        <source>the team workspace&apos;s server refused this: only a manager may give a lead someone owns to someone else (you may take a lead no one owns)</source>
        <translation>tiimityötilan palvelin ei sallinut tätä: vain esihenkilö voi antaa jonkun omistaman liidin toiselle (voit itse ottaa liidin, jolla ei ole omistajaa)</translation>
    </message>
    <message>
        <source>the team workspace&apos;s server refused this: only a manager may change a teammate&apos;s role</source>
        <translation>tiimityötilan palvelin ei sallinut tätä: vain esihenkilö voi muuttaa tiimiläisen roolia</translation>
    </message>
</context>
<context>
    <name>lb::Touch</name>
    <message>
        <source>Call</source>
        <extracomment>A logged touch: a phone call with the lead</extracomment>
        <translation>Puhelu</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>A logged touch: an e-mail sent to the lead</extracomment>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Meeting</source>
        <extracomment>A logged touch: a meeting with the lead</extracomment>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>A logged touch: a note about the lead</extracomment>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Connected</source>
        <extracomment>Outcome of a call: the SDR talked with the lead</extracomment>
        <translation>Tavoitettu</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <extracomment>Outcome of a call: the SDR left a voicemail</extracomment>
        <translation>Vastaaja</translation>
    </message>
    <message>
        <source>No answer</source>
        <extracomment>Outcome of a call: nobody answered</extracomment>
        <translation>Ei vastausta</translation>
    </message>
</context>
<context>
    <name>lb::TouchCommand</name>
    <message>
        <source>Log %1</source>
        <extracomment>Undo step: %1 the kind of touch logged (Call, E-mail, Meeting, Note)</extracomment>
        <translation>kirjaus: %1</translation>
    </message>
</context>
<context>
    <name>lb::Touches</name>
    <message>
        <source>only a call has an outcome, not a touch of type %1</source>
        <extracomment>%1 the kind of touch (E-mail, Meeting, Note): only calls have an outcome</extracomment>
        <translation>vain puhelulla on tulos, ei yhteydenotolla tyyppiä %1</translation>
    </message>
    <message>
        <source>a touch cannot be logged in the future (%1)</source>
        <extracomment>%1 the date and time given</extracomment>
        <translation>yhteydenottoa ei voi kirjata tulevaisuuteen (%1)</translation>
    </message>
    <message>
        <source>a note needs a text</source>
        <translation>muistiinpanoon tarvitaan tekstiä</translation>
    </message>
    <message>
        <source>lead %1 does not exist</source>
        <translation>liidiä %1 ei ole olemassa</translation>
    </message>
</context>
<context>
    <name>lb::Workspace</name>
    <message>
        <source>%1 is not a Leadbench workspace: it is not a file</source>
        <extracomment>%1 the workspace file</extracomment>
        <translation>%1 ei ole Leadbench-työtila: se ei ole tiedosto</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1 the workspace file, %2 the reason from the system</extracomment>
        <translation>tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>%1 is not a Leadbench workspace (not an SQLite database)</source>
        <extracomment>%1 the workspace file</extracomment>
        <translation>%1 ei ole Leadbench-työtila (ei SQLite-tietokanta)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <extracomment>%1 the server&apos;s address, %2 the reason from the server or libpq
----------
%1 the workspace file, %2 the reason from the database</extracomment>
        <translation>tiedostoa %1 ei voi avata: %2</translation>
    </message>
    <message>
        <source>%1 is locked by another program: %2</source>
        <extracomment>%1 the workspace file, %2 the database&apos;s own message</extracomment>
        <translation>toinen ohjelma on lukinnut tiedoston %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Leadbench workspace: %2</source>
        <extracomment>%1 the workspace file, %2 the database&apos;s own message</extracomment>
        <translation>%1 on vioittunut tai ei ole Leadbench-työtila: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <extracomment>%1 the workspace file, %2 what is wrong</extracomment>
        <translation>%1 on vioittunut: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Leadbench workspace</source>
        <extracomment>%1 the workspace file</extracomment>
        <translation>%1 on SQLite-tietokanta mutta ei Leadbench-työtila</translation>
    </message>
    <message>
        <source>%1 was written by a newer Leadbench (schema version %2; this version reads up to %3): update Leadbench to open it</source>
        <extracomment>%1 the workspace file, %2 and %3 schema version numbers</extracomment>
        <translation>%1 on kirjoitettu uudemmalla Leadbenchillä (skeemaversio %2; tämä versio lukee versioon %3 asti): päivitä Leadbench avataksesi sen</translation>
    </message>
    <message>
        <source>no workspace at %1</source>
        <extracomment>%1 the path given</extracomment>
        <translation>polussa %1 ei ole työtilaa</translation>
    </message>
    <message>
        <source>%1: cannot switch to write-ahead logging (got %2)</source>
        <extracomment>%1 the workspace file, %2 the journal mode SQLite reported (kept as it is)</extracomment>
        <translation>%1: write-ahead-lokiin ei voi siirtyä (tulos %2)</translation>
    </message>
    <message>
        <source>row %1 of %2 refers to a missing row of %3</source>
        <translation>taulun %2 rivi %1 viittaa puuttuvaan riviin taulussa %3</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file for the backup</source>
        <extracomment>%1 the file chosen for the backup</extracomment>
        <translation>%1 on jo olemassa: valitse varmuuskopiolle uusi tiedosto</translation>
    </message>
    <message>
        <source>backup to %1</source>
        <translation>varmuuskopiointi kohteeseen %1</translation>
    </message>
    <message>
        <source>the search index does not match the leads (%1)</source>
        <extracomment>%1 what differs</extracomment>
        <translation>hakuindeksi ei vastaa liidejä (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) without their row of scores</source>
        <translation>
            <numerusform>%n liidi ilman pisteriviä</numerusform>
            <numerusform>%n liidiä ilman pisteriviä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) whose score row has another stage or owner</source>
        <translation>
            <numerusform>%n liidin pisterivillä on eri vaihe tai omistaja</numerusform>
            <numerusform>%n liidin pisterivillä on eri vaihe tai omistaja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) whose packed events differ from their events</source>
        <translation>
            <numerusform>%n liidi, jonka pakatut tapahtumat eroavat sen tapahtumista</numerusform>
            <numerusform>%n liidiä, joiden pakatut tapahtumat eroavat niiden tapahtumista</numerusform>
        </translation>
    </message>
    <message>
        <source>trigger</source>
        <extracomment>A kind of object in the workspace&apos;s database (as in &quot;an extra trigger&quot;).</extracomment>
        <translation>liipaisin</translation>
    </message>
    <message>
        <source>view</source>
        <extracomment>A kind of object in the workspace&apos;s database (a saved query that looks like a table).</extracomment>
        <translation>näkymä</translation>
    </message>
    <message>
        <source>index</source>
        <extracomment>A kind of object in the workspace&apos;s database.</extracomment>
        <translation>indeksi</translation>
    </message>
    <message>
        <source>table</source>
        <extracomment>A kind of object in the workspace&apos;s database.</extracomment>
        <translation>taulu</translation>
    </message>
    <message>
        <source>the SQLite library in use cannot open workspaces safely: Leadbench needs SQLite 3.31 or later</source>
        <translation>käytössä oleva SQLite-kirjasto ei pysty avaamaan työtiloja turvallisesti: Leadbench tarvitsee SQLiten version 3.31 tai uudemman</translation>
    </message>
    <message>
        <source>reading the workspace&apos;s structure</source>
        <translation>työtilan rakenteen lukeminen</translation>
    </message>
    <message>
        <source>an extra %1 “%2” that Leadbench does not make</source>
        <translation>ylimääräinen %1 ”%2”, jota Leadbench ei tee</translation>
    </message>
    <message>
        <source>the %1 “%2” was changed</source>
        <translation>%1 ”%2” on muutettu</translation>
    </message>
    <message>
        <source>the %1 “%2” is missing</source>
        <translation>%1 ”%2” puuttuu</translation>
    </message>
    <message numerus="yes">
        <source>%n more difference(s)</source>
        <translation>
            <numerusform>%n muu ero</numerusform>
            <numerusform>%n muuta eroa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was changed outside Leadbench and is not opened, so that nothing in it can act on your data: %2. Ask its sender for a fresh copy, or restore a backup</source>
        <extracomment>%1 is the file, %2 the list of what differs.</extracomment>
        <translation>%1 on muutettu Leadbenchin ulkopuolella, eikä sitä avata, jottei mikään sen sisältö pääse käsittelemään tietojasi: %2. Pyydä lähettäjältä uusi kopio tai palauta varmuuskopio</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <extracomment>%1 the file, %2 the reason from the system</extracomment>
        <translation>tiedostoa %1 ei voi luoda: %2</translation>
    </message>
    <message>
        <source>you may not write in that folder</source>
        <extracomment>Why a file could not be written: the user may not write in that folder.</extracomment>
        <translation>sinulla ei ole oikeutta kirjoittaa siihen kansioon</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>levy on täynnä</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>kansiota ei ole olemassa</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file name</source>
        <extracomment>%1 the file chosen</extracomment>
        <translation>%1 on jo olemassa: valitse uusi tiedostonimi</translation>
    </message>
    <message>
        <source>%1 is damaged: the file was cut short or added to (its size is not that of whole pages); restore a backup</source>
        <extracomment>%1 the workspace file</extracomment>
        <translation>%1 on vioittunut: tiedostosta on leikattu pois tai siihen on lisätty jotain (sen koko ei ole kokonainen määrä sivuja); palauta varmuuskopio</translation>
    </message>
    <message>
        <source>%1 is in a folder you may not write in (%2): Leadbench keeps a journal beside the workspace as it works; copy the workspace to a folder of your own</source>
        <extracomment>%1 is the workspace file, %2 its folder.</extracomment>
        <translation>%1 on kansiossa, johon sinulla ei ole oikeutta kirjoittaa (%2): Leadbench pitää työskennellessään lokia työtilan vieressä; kopioi työtila omaan kansioosi</translation>
    </message>
    <message>
        <source>%1 is read-only: allow yourself to write it, or copy it to a folder of your own</source>
        <extracomment>%1 the workspace file</extracomment>
        <translation>%1 on vain luettavissa: anna itsellesi oikeus kirjoittaa siihen tai kopioi se omaan kansioosi</translation>
    </message>
    <message>
        <source>cannot open %1: the PostgreSQL driver of Qt (QPSQL) is not installed (apt-get install libqt6sql6-psql)</source>
        <extracomment>%1 the server&apos;s address. QPSQL is the name of Qt&apos;s driver.</extracomment>
        <translation>kohdetta %1 ei voi avata: Qt:n PostgreSQL-ajuria (QPSQL) ei ole asennettu (apt-get install libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>%1 is not a Leadbench team workspace: its database holds tables of another program</source>
        <extracomment>%1 the server&apos;s address</extracomment>
        <translation>%1 ei ole Leadbenchin tiimityötila: sen tietokannassa on toisen ohjelman tauluja</translation>
    </message>
    <message>
        <source>%1 was made by a newer Leadbench (schema version %2; this Leadbench knows up to %3): update Leadbench to open it</source>
        <extracomment>%1 the server&apos;s address, %2 and %3 schema version numbers</extracomment>
        <translation>%1 on tehty uudemmalla Leadbenchillä (skeeman versio %2; tämä Leadbench tuntee versioon %3 asti): päivitä Leadbench avataksesi sen</translation>
    </message>
    <message>
        <source>%1 holds no Leadbench workspace yet: make one with leadbench-cli --db %1 init</source>
        <extracomment>%1 the server&apos;s address</extracomment>
        <translation>kohteessa %1 ei ole vielä Leadbench-työtilaa: luo se komennolla leadbench-cli --db %1 init</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>varmuuskopiot</translation>
    </message>
    <message>
        <source>%1: this build of Leadbench cannot yet work with this part of a team workspace (%2)</source>
        <extracomment>%1 the server&apos;s address, %2 the part asked for, a label (reports, scores)</extracomment>
        <translation>%1: tämä Leadbench-versio ei vielä osaa käsitellä tätä tiimityötilan osaa (%2)</translation>
    </message>
    <message>
        <source>unknown team role &quot;%1&quot; (sdr or manager)</source>
        <extracomment>%1 what the user gave as a team role; &quot;sdr&quot; and &quot;manager&quot; are typed as they are</extracomment>
        <translation>tuntematon tiimirooli ”%1” (sdr tai manager)</translation>
    </message>
    <message>
        <source>only the team workspace&apos;s owner (the login that created it) may set up its roles</source>
        <translation>vain tiimityötilan omistaja (tunnus, joka loi sen) voi määrittää sen roolit</translation>
    </message>
    <message>
        <source>your login may not create roles on the server: ask its administrator to give it CREATEROLE, or to run this</source>
        <translation>tunnuksesi ei voi luoda rooleja palvelimelle: pyydä palvelimen ylläpitäjää antamaan sille CREATEROLE-oikeus tai ajamaan tämä</translation>
    </message>
    <message>
        <source>the team workspace has no roles yet: run leadbench-cli team init as its owner first</source>
        <translation>tiimityötilassa ei ole vielä rooleja: aja ensin leadbench-cli team init sen omistajana</translation>
    </message>
    <message>
        <source>a team member needs a login name</source>
        <translation>tiimin jäsenellä on oltava käyttäjätunnus</translation>
    </message>
    <message>
        <source>the server has no login %1</source>
        <extracomment>%1 a login name on the team workspace&apos;s server</extracomment>
        <translation>palvelimella ei ole tunnusta %1</translation>
    </message>
</context>
<context>
    <name>lb::WorkspaceCopy</name>
    <message>
        <source>%1 exists already: the copy makes a new workspace file</source>
        <extracomment>%1 the file given as the copy&apos;s destination</extracomment>
        <translation>%1 on jo olemassa: kopio tekee uuden työtilatiedoston</translation>
    </message>
    <message>
        <source>%1 holds a workspace with data already: the copy goes into a new, empty one</source>
        <extracomment>%1 the copy&apos;s destination</extracomment>
        <translation>kohteessa %1 on jo työtila tietoineen: kopio tehdään uuteen, tyhjään työtilaan</translation>
    </message>
    <message>
        <source>Copying</source>
        <extracomment>the progress of a copy between workspaces</extracomment>
        <translation>Kopioidaan</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Tarkistetaan</translation>
    </message>
    <message numerus="yes">
        <source>the copy of table %1 differs from the original, which has %n rows (the copy: %2); nothing was kept</source>
        <extracomment>%1 a table&apos;s name, %n its rows in the original, %2 the copy&apos;s rows</extracomment>
        <translation>
            <numerusform>taulun %1 kopio poikkeaa alkuperäisestä, jossa on %n rivi (kopiossa: %2); mitään ei säilytetty</numerusform>
            <numerusform>taulun %1 kopio poikkeaa alkuperäisestä, jossa on %n riviä (kopiossa: %2); mitään ei säilytetty</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::WorkspaceJob</name>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>lb::WorkspaceLocation</name>
    <message>
        <source>%1: the address holds a password; Leadbench does not keep passwords. Remove it and put the password in ~/.pgpass or PGPASSWORD</source>
        <extracomment>%1 the address without its password</extracomment>
        <translation>%1: osoitteessa on salasana; Leadbench ei säilytä salasanoja. Poista se ja tallenna salasana tiedostoon ~/.pgpass tai muuttujaan PGPASSWORD</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL address (postgresql://user@host:port/database)</source>
        <extracomment>%1 the address as the user typed it</extracomment>
        <translation>%1 ei ole PostgreSQL-osoite (postgresql://käyttäjä@palvelin:portti/tietokanta)</translation>
    </message>
    <message>
        <source>%1 names no database: add it after the server, as in postgresql://user@host:5432/leadbench</source>
        <extracomment>%1 the address as the user typed it</extracomment>
        <translation>%1 ei nimeä tietokantaa: lisää se palvelimen perään, esimerkiksi postgresql://käyttäjä@palvelin:5432/leadbench</translation>
    </message>
</context>
<context>
    <name>lb::cli</name>
    <message>
        <source>Commands:</source>
        <translation>Komennot:</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <extracomment>%1 an option name such as --stage (kept as it is)</extracomment>
        <translation>%1 tarvitsee arvon</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (text, json or csv)</source>
        <translation>tuntematon muoto ”%1” (text, json tai csv)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>tuntematon komento ”%1”</translation>
    </message>
    <message>
        <source>cancelled; nothing was changed</source>
        <translation>peruutettu; mitään ei muutettu</translation>
    </message>
    <message>
        <source>wrong number of arguments</source>
        <translation>väärä määrä argumentteja</translation>
    </message>
    <message>
        <source>Only leads in this stage.</source>
        <translation>Vain tämän vaiheen liidit.</translation>
    </message>
    <message>
        <source>export what? &quot;%1&quot; (leads)</source>
        <extracomment>%1 what the user typed after &quot;export&quot;</extracomment>
        <translation>mitä viedään? ”%1” (leads)</translation>
    </message>
    <message>
        <source>--stage: &quot;%1&quot; is not a stage (New, MQL, SAL, SQL, Converted, Nurture, Disqualified)</source>
        <translation>--stage: ”%1” ei ole vaihe (New, MQL, SAL, SQL, Converted, Nurture, Disqualified)</translation>
    </message>
    <message>
        <source>--delimiter: &quot;%1&quot; is not one of , ; TAB |</source>
        <translation>--delimiter: ”%1” ei ole mikään seuraavista: , ; TAB |</translation>
    </message>
    <message>
        <source>dry run: nothing was written</source>
        <translation>koeajo: mitään ei kirjoitettu</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <extracomment>%1 a line number of the CSV file, %2 why the row was rejected</extracomment>
        <translation>rivi %1: %2</translation>
    </message>
    <message>
        <source>rejected rows: %1</source>
        <extracomment>%1 the file the rejected rows were saved to</extracomment>
        <translation>virheelliset rivit: %1</translation>
    </message>
    <message>
        <source>Maps a column: &quot;Header=field&quot; or &quot;Header=ignore&quot;.</source>
        <translation>Määrittää sarakkeen: &quot;Otsikko=kenttä&quot; tai &quot;Otsikko=ignore&quot;.</translation>
    </message>
    <message>
        <source>Count what would change; write nothing.</source>
        <translation>Laske, mitä muuttuisi; älä kirjoita mitään.</translation>
    </message>
    <message>
        <source>The delimiter: , ; TAB or |.</source>
        <translation>Erotin: , ; TAB tai |.</translation>
    </message>
    <message>
        <source>import what? &quot;%1&quot; (leads or events)</source>
        <extracomment>%1 what the user typed after &quot;import&quot;</extracomment>
        <translation>mitä tuodaan? ”%1” (leads tai events)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <extracomment>%1 the path given</extracomment>
        <translation>%1: tiedostoa ei ole</translation>
    </message>
    <message>
        <source>--stage: unknown stage &quot;%1&quot; (one of %2)</source>
        <translation>--stage: tuntematon vaihe ”%1” (jokin seuraavista: %2)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from %3 to %4</source>
        <extracomment>%1 an option name such as --limit, %2 the value given</extracomment>
        <translation>%1: ”%2” ei ole kokonaisluku väliltä %3–%4</translation>
    </message>
    <message>
        <source>Only leads this user owns.</source>
        <translation>Vain tämän käyttäjän omistamat liidit.</translation>
    </message>
    <message>
        <source>Only leads scoring at least N.</source>
        <translation>Vain liidit, joiden pisteet ovat vähintään N.</translation>
    </message>
    <message>
        <source>Full-text search.</source>
        <translation>Kokotekstihaku.</translation>
    </message>
    <message>
        <source>At most N leads (0: all).</source>
        <translation>Enintään N liidiä (0: kaikki).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>PISTEET</translation>
    </message>
    <message>
        <source>GRADE</source>
        <translation>LUOKKA</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>VAIHE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NIMI</translation>
    </message>
    <message>
        <source>COMPANY</source>
        <translation>YRITYS</translation>
    </message>
    <message>
        <source>E-MAIL</source>
        <translation>SÄHKÖPOSTI</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>OMISTAJA</translation>
    </message>
    <message>
        <source>no lead with id or e-mail &quot;%1&quot;</source>
        <translation>ei liidiä, jonka tunnus tai sähköposti on ”%1”</translation>
    </message>
    <message>
        <source>Score %1 (fit %2, behaviour %3), grade %4</source>
        <extracomment>%1 total points, %2 fit points, %3 behaviour points, %4 a grade letter</extracomment>
        <translation>Pisteet %1 (sopivuus %2, käyttäytyminen %3), luokka %4</translation>
    </message>
    <message>
        <source>Events (%1, newest first):</source>
        <extracomment>%1 how many are listed, e.g. &quot;10 of 52&quot;</extracomment>
        <translation>Tapahtumat (%1, uusin ensin):</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historia:</translation>
    </message>
    <message>
        <source>all of: %1</source>
        <extracomment>Joins the conditions of a fit rule: &quot;all of: a; b&quot;</extracomment>
        <translation>kaikki: %1</translation>
    </message>
    <message>
        <source>any of: %1</source>
        <extracomment>Joins the conditions of a fit rule: &quot;any of: a; b&quot;</extracomment>
        <translation>mikä tahansa: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1 the file, %2 the reason from the system</extracomment>
        <translation>tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: the scoring model was refused (%n problem(s)); nothing was changed:</source>
        <extracomment>%1 the model file; the problems follow, one a line</extracomment>
        <translation>
            <numerusform>%1: pisteytysmalli hylättiin (%n ongelma); mitään ei muutettu:</numerusform>
            <numerusform>%1: pisteytysmalli hylättiin (%n ongelmaa); mitään ei muutettu:</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>%1 the file, %2 the reason from the system</extracomment>
        <translation>tiedostoon %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message>
        <source>Wrote scoring model &quot;%1&quot; to %2.</source>
        <translation>Pisteytysmalli ”%1” kirjoitettiin tiedostoon %2.</translation>
    </message>
    <message>
        <source>Scoring model: %1</source>
        <extracomment>%1 the model&apos;s name</extracomment>
        <translation>Pisteytysmalli: %1</translation>
    </message>
    <message>
        <source>  the shipped default (not yet stored in this workspace)</source>
        <translation>  toimitettu oletusmalli (ei vielä tallennettu tähän työtilaan)</translation>
    </message>
    <message>
        <source>  id %1, imported %2 by %3</source>
        <extracomment>%1 the model id, %2 when (UTC), %3 who imported it</extracomment>
        <translation>  tunnus %1, tuotu %2, tuoja %3</translation>
    </message>
    <message>
        <source>  models in history: %1</source>
        <extracomment>%1 a number</extracomment>
        <translation>  malleja historiassa: %1</translation>
    </message>
    <message>
        <source>Fit (max %1):</source>
        <translation>Sopivuus (enintään %1):</translation>
    </message>
    <message>
        <source>(cap %1)</source>
        <extracomment>%1 the most points a behaviour rule may give</extracomment>
        <translation>(katto %1)</translation>
    </message>
    <message>
        <source>MQL threshold: %1</source>
        <extracomment>%1 points</extracomment>
        <translation>MQL-kynnys: %1</translation>
    </message>
    <message>
        <source>Grades: %1</source>
        <extracomment>%1 a list such as &quot;A 80, B 60&quot;</extracomment>
        <translation>Luokat: %1</translation>
    </message>
    <message>
        <source>model import needs a FILE</source>
        <translation>model import tarvitsee tiedoston (FILE)</translation>
    </message>
    <message>
        <source>model show takes no arguments</source>
        <translation>model show ei ota argumentteja</translation>
    </message>
    <message>
        <source>unknown model command &quot;%1&quot;</source>
        <translation>tuntematon model-komento ”%1”</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount (a number such as 25000)</source>
        <extracomment>%1 an option name such as --amount, %2 the value given</extracomment>
        <translation>%1: ”%2” ei ole summa (luku, kuten 25000)</translation>
    </message>
    <message>
        <source>BANT, CHAMP, MEDDIC, ANUM or GPCTBA.</source>
        <translation>BANT, CHAMP, MEDDIC, ANUM tai GPCTBA.</translation>
    </message>
    <message>
        <source>Criterion key, e.g. budget.</source>
        <translation>Kriteerin avain, esim. budget.</translation>
    </message>
    <message>
        <source>unknown, partial, confirmed or disqualifying.</source>
        <translation>unknown, partial, confirmed tai disqualifying.</translation>
    </message>
    <message>
        <source>The evidence: who said what.</source>
        <translation>Näyttö: kuka sanoi mitä.</translation>
    </message>
    <message>
        <source>A typed value: amount, date or contact.</source>
        <translation>Tyypitetty arvo: summa, päivämäärä tai yhteyshenkilö.</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <extracomment>%1 an option name without its dashes (kept as it is)</extracomment>
        <translation>--%1 on pakollinen</translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not unknown, partial, confirmed or disqualifying</source>
        <translation>--status: ”%1” ei ole unknown, partial, confirmed eikä disqualifying</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>Target stage.</source>
        <translation>Kohdevaihe.</translation>
    </message>
    <message>
        <source>Why (required for Nurture, Disqualified and overrides).</source>
        <translation>Syy (pakollinen vaiheisiin Nurture ja Disqualified sekä ohituksissa).</translation>
    </message>
    <message>
        <source>A manager overriding the SQL readiness guard.</source>
        <translation>Esihenkilö ohittaa SQL-valmiustarkistuksen.</translation>
    </message>
    <message>
        <source>--to is required</source>
        <translation>--to on pakollinen</translation>
    </message>
    <message>
        <source>--to: unknown stage &quot;%1&quot; (MQL, SAL, SQL, Nurture, Disqualified or New)</source>
        <translation>--to: tuntematon vaihe ”%1” (MQL, SAL, SQL, Nurture, Disqualified tai New)</translation>
    </message>
    <message>
        <source>lead %1: %2 -&gt; %3</source>
        <extracomment>One line per assigned lead: %1 the lead&apos;s id, %2 its old owner, %3 the new one</extracomment>
        <translation>liidi %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>(override: %1)</source>
        <extracomment>%1 the reason given for the override</extracomment>
        <translation>(ohitus: %1)</translation>
    </message>
    <message>
        <source>(reason: %1)</source>
        <extracomment>%1 the reason given</extracomment>
        <translation>(syy: %1)</translation>
    </message>
    <message>
        <source>Use this existing account.</source>
        <translation>Käytä tätä olemassa olevaa asiakasta.</translation>
    </message>
    <message>
        <source>Always create a new account.</source>
        <translation>Luo aina uusi asiakas.</translation>
    </message>
    <message>
        <source>Create an opportunity with this name.</source>
        <translation>Luo tämänniminen myyntimahdollisuus.</translation>
    </message>
    <message>
        <source>Opportunity amount in the workspace currency.</source>
        <translation>Myyntimahdollisuuden summa työtilan valuuttana.</translation>
    </message>
    <message>
        <source>Expected close date.</source>
        <translation>Arvioitu päätöspäivä.</translation>
    </message>
    <message>
        <source>Overwrite fields of an existing account or contact (default: fill empty ones).</source>
        <translation>Korvaa olemassa olevan asiakkaan tai yhteyshenkilön kentät (oletus: täytä tyhjät).</translation>
    </message>
    <message>
        <source>Show the plan; change nothing.</source>
        <translation>Näytä suunnitelma; älä muuta mitään.</translation>
    </message>
    <message>
        <source>--account and --new-account exclude each other</source>
        <translation>--account ja --new-account ovat toisensa poissulkevia</translation>
    </message>
    <message>
        <source>--amount and --close-date need --opportunity</source>
        <translation>--amount ja --close-date vaativat valitsimen --opportunity</translation>
    </message>
    <message>
        <source>--account: &quot;%1&quot; is not an account id</source>
        <translation>--account: ”%1” ei ole asiakkaan tunnus</translation>
    </message>
    <message>
        <source>--close-date: &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--close-date: ”%1” ei ole päivämäärä (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>new account &quot;%1&quot;</source>
        <translation>uusi asiakas ”%1”</translation>
    </message>
    <message>
        <source>account %1 &quot;%2&quot; (matched by %3)</source>
        <extracomment>%1 account id, %2 its name, %3 how it was found (&quot;same e-mail domain&quot;)</extracomment>
        <translation>asiakas %1 ”%2” (tunnistettu: %3)</translation>
    </message>
    <message>
        <source>Plan for lead %1 (nothing changed):</source>
        <translation>Suunnitelma liidille %1 (mitään ei muutettu):</translation>
    </message>
    <message>
        <source>lead %1 converted:</source>
        <translation>liidi %1 muunnettu:</translation>
    </message>
    <message>
        <source>account %1 (new)</source>
        <translation>asiakas %1 (uusi)</translation>
    </message>
    <message>
        <source>new contact</source>
        <translation>uusi yhteyshenkilö</translation>
    </message>
    <message>
        <source>contact %1 (new)</source>
        <translation>yhteyshenkilö %1 (uusi)</translation>
    </message>
    <message>
        <source>contact %1 (existing, same e-mail)</source>
        <translation>yhteyshenkilö %1 (olemassa oleva, sama sähköposti)</translation>
    </message>
    <message>
        <source>opportunity &quot;%1&quot;</source>
        <translation>myyntimahdollisuus ”%1”</translation>
    </message>
    <message>
        <source>opportunity %1 &quot;%2&quot;</source>
        <extracomment>%1 opportunity id, %2 its name</extracomment>
        <translation>myyntimahdollisuus %1 ”%2”</translation>
    </message>
    <message>
        <source>closing %1</source>
        <extracomment>%1 the expected close date</extracomment>
        <translation>sulkeutuu %1</translation>
    </message>
    <message>
        <source>Prospecting, Proposal, Negotiation, Won or Lost.</source>
        <translation>Prospecting, Proposal, Negotiation, Won tai Lost.</translation>
    </message>
    <message>
        <source>The deal&apos;s amount in the workspace currency.</source>
        <translation>Kaupan summa työtilan valuuttana.</translation>
    </message>
    <message>
        <source>--stage: &quot;%1&quot; is not Prospecting, Proposal, Negotiation, Won or Lost</source>
        <translation>--stage: ”%1” ei ole Prospecting, Proposal, Negotiation, Won eikä Lost</translation>
    </message>
    <message>
        <source>Score as of this moment (UTC); default: now.</source>
        <translation>Pisteytä tämän hetken mukaan (UTC); oletus: nyt.</translation>
    </message>
    <message>
        <source>--as-of: &quot;%1&quot; is not a date (YYYY-MM-DD) or a UTC moment (YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>--as-of: ”%1” ei ole päivämäärä (YYYY-MM-DD) eikä UTC-ajanhetki (YYYY-MM-DDTHH:MM:SSZ)</translation>
    </message>
    <message>
        <source>Workspace %1 is ready (schema version %2).</source>
        <translation>Työtila %1 on valmis (skeemaversio %2).</translation>
    </message>
    <message>
        <source>Created workspace %1 (schema version %2).</source>
        <translation>Luotiin työtila %1 (skeemaversio %2).</translation>
    </message>
    <message>
        <source>How many leads.</source>
        <translation>Liidien määrä.</translation>
    </message>
    <message>
        <source>Random seed.</source>
        <translation>Satunnaislukusiemen.</translation>
    </message>
    <message>
        <source>--leads: &quot;%1&quot; is not a number of leads from 1 to 50000000</source>
        <translation>--leads: ”%1” ei ole liidien määrä väliltä 1–50000000</translation>
    </message>
    <message>
        <source>--seed: &quot;%1&quot; is not a whole number</source>
        <translation>--seed: ”%1” ei ole kokonaisluku</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <extracomment>%1 the workspace file</extracomment>
        <translation>%1: ok</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <extracomment>%1 the workspace file, %2 the backup file</extracomment>
        <translation>Varmuuskopioitiin %1 kohteeseen %2.</translation>
    </message>
    <message>
        <source>Upgrading %1 for this version of Leadbench (once)…</source>
        <extracomment>CLI, on a terminal, before a workspace of an older version is upgraded.</extracomment>
        <translation>Päivitetään %1 tälle Leadbenchin versiolle (vain kerran)…</translation>
    </message>
    <message>
        <source>Scored as of %1</source>
        <extracomment>The moment the explained score is as of (events after it do not count)</extracomment>
        <translation>Pisteet laskettu hetkellä %1</translation>
    </message>
    <message>
        <source>account %1 &quot;%2&quot; (made meanwhile by another conversion; matched by %3)</source>
        <extracomment>CLI convert: the preview said &quot;new account&quot;, but another conversion created the account meanwhile and this one used it; %3 is how it was matched (domain, name)</extracomment>
        <translation>asiakas %1 ”%2” (luotu juuri toisessa muuntamisessa; tunnistettu: %3)</translation>
    </message>
    <message>
        <source>contact %1 (made meanwhile by another conversion, same e-mail)</source>
        <extracomment>CLI convert: another conversion created the contact meanwhile and this one used it</extracomment>
        <translation>yhteyshenkilö %1 (luotu juuri toisessa muuntamisessa, sama sähköposti)</translation>
    </message>
    <message>
        <source>%1: could not be evaluated</source>
        <extracomment>A scoring rule whose regular expression took too long on this lead; %1 its label</extracomment>
        <translation>%1: ei voitu arvioida</translation>
    </message>
    <message>
        <source>List the newest N events, or all (default %1).</source>
        <extracomment>%1 the default number (N stays as it is)</extracomment>
        <translation>Luettele uusimmat N tapahtumaa tai kaikki (oletus %1).</translation>
    </message>
    <message>
        <source>Events (newest %1 of %2; --events all lists every one):</source>
        <extracomment>%1 events listed, %2 all of the lead&apos;s events</extracomment>
        <translation>Tapahtumat (uusimmat %1/%2; --events all luettelee kaikki):</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <extracomment>%1 an option name such as --from, %2 the value given</extracomment>
        <translation>%1: ”%2” ei ole päivämäärä (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>(no source)</source>
        <extracomment>In the sources report: leads that have no lead source.</extracomment>
        <translation>(ei lähdettä)</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <extracomment>In the reasons report: moves recorded without a reason.</extracomment>
        <translation>(ei syytä)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Liidit</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>Edellisestä</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Viikko</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Päättyen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <extracomment>Column: amounts of the account&apos;s deals still open (Prospecting to Negotiation).</extracomment>
        <translation>Avoin myyntiputki</translation>
    </message>
    <message>
        <source>Won</source>
        <extracomment>Column: amounts of the account&apos;s deals won.
----------
Funnel report: the leads whose opportunity was won (an opportunity stage)</extracomment>
        <translation>Voitettu</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Voittoprosentti</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mistä</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Mihin</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Mediaani (päivää)</translation>
    </message>
    <message>
        <source>80th percentile days</source>
        <translation>80. persentiili (päivää)</translation>
    </message>
    <message>
        <source>%1 days</source>
        <extracomment>%1 a decimal number of days such as 2.5 (not a count: always the plural)
----------
Column heading: %1 a range of days such as &quot;0-7&quot; or &quot;91+&quot; (not a count)</extracomment>
        <translation>%1 päivää</translation>
    </message>
    <message>
        <source>Open leads by days in their stage at %1</source>
        <extracomment>%1 the moment of the report (date and time)</extracomment>
        <translation>Avoimet liidit nykyisessä vaiheessa vietettyjen päivien mukaan (tilanne %1)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Omistaja</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Hyväksytyt</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Kvalifioidut</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Muunnettu</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <source>Median response (days)</source>
        <translation>Vasteajan mediaani (päivää)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Osuus</translation>
    </message>
    <message>
        <source>Score at MQL</source>
        <translation>Pisteet MQL-hetkellä</translation>
    </message>
    <message>
        <source>Reached SQL</source>
        <translation>Saavutti SQL:n</translation>
    </message>
    <message>
        <source>SQL rate</source>
        <translation>SQL-osuus</translation>
    </message>
    <message>
        <source>AUC of the score for reaching SQL: %1</source>
        <extracomment>AUC: area under the ROC curve, how well the score ranks leads that reach SQL.</extracomment>
        <translation>Pisteiden AUC SQL:n saavuttamiselle: %1</translation>
    </message>
    <message>
        <source>First day of the period (default: 89 days before --to).</source>
        <translation>Jakson ensimmäinen päivä (oletus: 89 päivää ennen --to-päivää).</translation>
    </message>
    <message>
        <source>Last day of the period (default: today).</source>
        <translation>Jakson viimeinen päivä (oletus: tänään).</translation>
    </message>
    <message>
        <source>Only leads from this source.</source>
        <translation>Vain tästä lähteestä tulleet liidit.</translation>
    </message>
    <message>
        <source>unknown report &quot;%1&quot;</source>
        <translation>tuntematon raportti ”%1”</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds from 0 to 86400, not &quot;%1&quot;</source>
        <translation>--wait ottaa sekuntimäärän väliltä 0–86400, ei ”%1”</translation>
    </message>
    <message>
        <source>waiting for another program to finish writing to %1…</source>
        <extracomment>CLI, on a terminal: another program (an import, say) is writing to the workspace; this command waits its turn.</extracomment>
        <translation>odotetaan, että toinen ohjelma lopettaa kirjoittamisen tiedostoon %1…</translation>
    </message>
    <message numerus="yes">
        <source>still waiting (%n second(s))…</source>
        <translation>
            <numerusform>odotetaan yhä (%n sekunti)…</numerusform>
            <numerusform>odotetaan yhä (%n sekuntia)…</numerusform>
        </translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is not a whole number from 1 to 100000</source>
        <translation>--limit: ”%1” ei ole kokonaisluku väliltä 1–100000</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an account id (a whole number)</source>
        <translation>”%1” ei ole asiakkaan tunnus (kokonaisluku)</translation>
    </message>
    <message>
        <source>Only accounts whose name or e-mail domain contains T.</source>
        <translation>Vain asiakkaat, joiden nimessä tai sähköpostiverkkotunnuksessa on T.</translation>
    </message>
    <message>
        <source>At most N accounts.</source>
        <translation>Enintään N asiakasta.</translation>
    </message>
    <message numerus="yes">
        <source>(first %n account(s); --limit shows more)</source>
        <translation>
            <numerusform>(ensimmäinen %n asiakas; --limit näyttää lisää)</numerusform>
            <numerusform>(ensimmäiset %n asiakasta; --limit näyttää lisää)</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no account %1</source>
        <translation>asiakasta %1 ei ole</translation>
    </message>
    <message>
        <source>account %1 &quot;%2&quot;</source>
        <extracomment>%1 account id, %2 its name</extracomment>
        <translation>asiakas %1 ”%2”</translation>
    </message>
    <message>
        <source>domain: %1, country: %2, owner: %3</source>
        <extracomment>%1 the account&apos;s e-mail domain, %2 its country, %3 its owner</extracomment>
        <translation>verkkotunnus: %1, maa: %2, omistaja: %3</translation>
    </message>
    <message>
        <source>open pipeline: %1, won: %2</source>
        <extracomment>%1 and %2 amounts of money (in the workspace currency)</extracomment>
        <translation>avoin myyntiputki: %1, voitettu: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n yhteyshenkilö</numerusform>
            <numerusform>%n yhteyshenkilöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(ies)</source>
        <translation>
            <numerusform>%n myyntimahdollisuus</numerusform>
            <numerusform>%n myyntimahdollisuutta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) at this company</source>
        <extracomment>The buying committee: leads converted into the account or at its company or domain.</extracomment>
        <translation>
            <numerusform>%n liidi tässä yrityksessä</numerusform>
            <numerusform>%n liidiä tässä yrityksessä</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Verkkotunnus</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Myyntimahdollisuus</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Asiakkaan tunnus</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuutta</translation>
    </message>
    <message>
        <source>Expected close</source>
        <extracomment>Column: the day the deal is expected to close.</extracomment>
        <translation>Arvioitu päätöspäivä</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Liidin lähde</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <extracomment>Column: whole days since the deal reached its current stage.</extracomment>
        <translation>Päiviä vaiheessa</translation>
    </message>
    <message>
        <source>--amount: &quot;%1&quot; is not an amount (a number such as 25000)</source>
        <translation>--amount: ”%1” ei ole summa (luku, esimerkiksi 25000)</translation>
    </message>
    <message>
        <source>--amount: &quot;%1&quot; is negative; an amount is zero or more</source>
        <translation>--amount: ”%1” on negatiivinen; summa on nolla tai enemmän</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2 (a whole number above zero)</source>
        <extracomment>%1 the value given, %2 what was expected (&quot;an account id&quot;)</extracomment>
        <translation>”%1” ei kelpaa arvoksi %2 (nollaa suurempi kokonaisluku)</translation>
    </message>
    <message>
        <source>account: %1 (%2)</source>
        <extracomment>%1 the account name, %2 its id</extracomment>
        <translation>asiakas: %1 (%2)</translation>
    </message>
    <message>
        <source>stage: %1</source>
        <extracomment>%1 an opportunity stage</extracomment>
        <translation>vaihe: %1</translation>
    </message>
    <message>
        <source>amount: %1</source>
        <extracomment>%1 an amount with its currency</extracomment>
        <translation>summa: %1</translation>
    </message>
    <message>
        <source>expected close: %1</source>
        <extracomment>%1 a date</extracomment>
        <translation>arvioitu päätöspäivä: %1</translation>
    </message>
    <message>
        <source>owner: %1, lead source: %2</source>
        <extracomment>%1 a user name, %2 a lead source such as &quot;Webinar&quot;</extracomment>
        <translation>omistaja: %1, liidin lähde: %2</translation>
    </message>
    <message>
        <source>version: %1</source>
        <extracomment>%1 the record&apos;s version number</extracomment>
        <translation>versio: %1</translation>
    </message>
    <message>
        <source>history:</source>
        <translation>historia:</translation>
    </message>
    <message>
        <source>there is no opportunity %1</source>
        <translation>myyntimahdollisuutta %1 ei ole</translation>
    </message>
    <message>
        <source>Only deals in this stage.</source>
        <translation>Vain tämän vaiheen myyntimahdollisuudet.</translation>
    </message>
    <message>
        <source>Only deals this user owns.</source>
        <translation>Vain tämän käyttäjän omistamat myyntimahdollisuudet.</translation>
    </message>
    <message>
        <source>Only deals expected to close before this day (YYYY-MM-DD).</source>
        <translation>Vain myyntimahdollisuudet, joiden arvioitu päätöspäivä on ennen tätä päivää (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Only open deals whose expected close has passed.</source>
        <translation>Vain avoimet myyntimahdollisuudet, joiden arvioitu päätöspäivä on mennyt.</translation>
    </message>
    <message>
        <source>Only this account&apos;s deals.</source>
        <translation>Vain tämän asiakkaan myyntimahdollisuudet.</translation>
    </message>
    <message>
        <source>Only deals whose name contains T.</source>
        <translation>Vain myyntimahdollisuudet, joiden nimessä on T.</translation>
    </message>
    <message>
        <source>At most N deals.</source>
        <translation>Enintään N myyntimahdollisuutta.</translation>
    </message>
    <message>
        <source>an account id</source>
        <translation>asiakkaan tunnus</translation>
    </message>
    <message>
        <source>--limit: &quot;%1&quot; is more than 100000</source>
        <translation>--limit: ”%1” on yli 100000</translation>
    </message>
    <message numerus="yes">
        <source>(first %n deal(s); --limit shows more)</source>
        <translation>
            <numerusform>(ensimmäinen %n myyntimahdollisuus; --limit näyttää lisää)</numerusform>
            <numerusform>(ensimmäiset %n myyntimahdollisuutta; --limit näyttää lisää)</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected close date (YYYY-MM-DD).</source>
        <translation>Arvioitu päätöspäivä (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Why the deal was lost (required with --stage Lost).</source>
        <translation>Miksi kauppa hävittiin (pakollinen, kun --stage Lost).</translation>
    </message>
    <message>
        <source>Change it only if it is still at this version (as shown), else refuse.</source>
        <translation>Muuta vain, jos se on yhä tässä versiossa (kuten näytetty), muuten kieltäydy.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an opportunity id (a whole number)</source>
        <translation>”%1” ei ole myyntimahdollisuuden tunnus (kokonaisluku)</translation>
    </message>
    <message>
        <source>--if-version goes with a change: --stage, --amount, --close-date or --reason</source>
        <translation>--if-version kuuluu muutokseen: --stage, --amount, --close-date tai --reason</translation>
    </message>
    <message>
        <source>opportunity %1 &quot;%2&quot;: %3 -&gt; %4, %5, expected close %6</source>
        <extracomment>%1 id, %2 name, %3 old stage, %4 new stage, %5 the amount, %6 the expected close date</extracomment>
        <translation>myyntimahdollisuus %1 ”%2”: %3 -&gt; %4, %5, arvioitu päätöspäivä %6</translation>
    </message>
    <message>
        <source>The new owner of every lead.</source>
        <translation>Jokaisen liidin uusi omistaja.</translation>
    </message>
    <message>
        <source>Owners to deal the leads out to in turn.</source>
        <translation>Omistajat, joille liidit jaetaan vuorotellen.</translation>
    </message>
    <message>
        <source>give either --to or --round-robin</source>
        <translation>anna joko --to tai --round-robin</translation>
    </message>
    <message>
        <source>an owner&apos;s name is empty in &quot;%1&quot;</source>
        <extracomment>%1 the list of owners given</extracomment>
        <translation>omistajan nimi puuttuu kohdasta ”%1”</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n lead(s)</source>
        <translation>
            <numerusform>%n liidi määritetty</numerusform>
            <numerusform>%n liidiä määritetty</numerusform>
        </translation>
    </message>
    <message>
        <source>call, email, meeting or note.</source>
        <translation>call, email, meeting tai note.</translation>
    </message>
    <message>
        <source>How a call went: connected, voicemail or no-answer.</source>
        <translation>Puhelun tulos: connected, voicemail tai no-answer.</translation>
    </message>
    <message>
        <source>When it happened (default: now), e.g. 2026-11-22T09:30:00Z.</source>
        <translation>Milloin se tapahtui (oletus: nyt), esim. 2026-11-22T09:30:00Z.</translation>
    </message>
    <message>
        <source>What was said or done.</source>
        <translation>Mitä sanottiin tai tehtiin.</translation>
    </message>
    <message>
        <source>--type is required</source>
        <translation>--type on pakollinen</translation>
    </message>
    <message>
        <source>--type: &quot;%1&quot; is not %2</source>
        <extracomment>%1 the value given, %2 the values allowed</extracomment>
        <translation>--type: ”%1” ei ole mikään näistä: %2</translation>
    </message>
    <message>
        <source>--outcome: &quot;%1&quot; is not connected, voicemail or no-answer</source>
        <translation>--outcome: ”%1” ei ole connected, voicemail eikä no-answer</translation>
    </message>
    <message>
        <source>--at: &quot;%1&quot; is not a moment such as 2026-11-22T09:30:00Z</source>
        <translation>--at: ”%1” ei ole ajanhetki, kuten 2026-11-22T09:30:00Z</translation>
    </message>
    <message>
        <source>Logged %1 with %2 at %3</source>
        <extracomment>After `log`: %1 the touch&apos;s label (Call), %2 the lead&apos;s name, %3 when it happened</extracomment>
        <translation>Kirjattu: %1, %2, %3</translation>
    </message>
    <message>
        <source>Touches:</source>
        <translation>Yhteydenotot:</translation>
    </message>
    <message>
        <source>none logged yet</source>
        <translation>ei vielä kirjattu</translation>
    </message>
    <message>
        <source>Owner changes:</source>
        <translation>Omistajan vaihdot:</translation>
    </message>
    <message>
        <source>Options:</source>
        <extracomment>CLI --help: heading of the list of the global options.</extracomment>
        <translation>Valitsimet:</translation>
    </message>
    <message>
        <source>Who is acting, for the history (default: the login name).</source>
        <extracomment>CLI --help, --user: the name recorded in the lead&apos;s history.</extracomment>
        <translation>Kuka toimii, historiaa varten (oletus: kirjautumisnimi).</translation>
    </message>
    <message>
        <source>How long a change waits for another program writing to the workspace (default: 600).</source>
        <extracomment>CLI --help, --wait: a write waits while another program writes to the workspace.</extracomment>
        <translation>Kuinka kauan muutos odottaa toista ohjelmaa, joka kirjoittaa työtilaan (oletus: 600).</translation>
    </message>
    <message>
        <source>How records are printed (default: text).</source>
        <translation>Miten tietueet tulostetaan (oletus: text).</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s.</source>
        <translation>Näytä tämä ohje tai komennon ohje.</translation>
    </message>
    <message>
        <source>Show the version of leadbench-cli.</source>
        <translation>Näytä leadbench-clin versio.</translation>
    </message>
    <message>
        <source>Run &quot;leadbench-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <extracomment>CLI --help, last line. Keep &quot;leadbench-cli COMMAND --help&quot; as it is: it is typed.</extracomment>
        <translation>Komennon valitsimet: &quot;leadbench-cli COMMAND --help&quot;.</translation>
    </message>
    <message>
        <source>Global options (--db, --user, --wait, --format): leadbench-cli --help</source>
        <extracomment>CLI COMMAND --help, last line. Keep &quot;leadbench-cli --help&quot; as it is: it is typed.</extracomment>
        <translation>Yleiset valitsimet (--db, --user, --wait, --format): leadbench-cli --help</translation>
    </message>
    <message>
        <source>usage:</source>
        <extracomment>CLI: the start of the line that shows how a command is typed (&quot;usage: leadbench-cli leads [--stage S]&quot;); lower case like the rest of the line</extracomment>
        <translation>käyttö:</translation>
    </message>
    <message numerus="yes">
        <source>exported %Ln lead(s) to %1</source>
        <translation>
            <numerusform>vietiin %Ln liidi tiedostoon %1</numerusform>
            <numerusform>vietiin %Ln liidiä tiedostoon %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported scoring model &quot;%1&quot; (id %2); rescored %Ln lead(s).</source>
        <extracomment>%1 the scoring model&apos;s name, %2 its id</extracomment>
        <translation>
            <numerusform>Tuotiin pisteytysmalli ”%1” (tunnus %2); %Ln liidi pisteytettiin uudelleen.</numerusform>
            <numerusform>Tuotiin pisteytysmalli ”%1” (tunnus %2); %Ln liidiä pisteytettiin uudelleen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them moved to MQL.</source>
        <extracomment>After &quot;… rescored 5 leads.&quot;: how many of those reached the MQL threshold.
----------
After &quot;Scored 5 leads …&quot;: how many of those reached the MQL threshold.</extracomment>
        <translation>
            <numerusform>Niistä %Ln siirtyi MQL-vaiheeseen.</numerusform>
            <numerusform>Niistä %Ln siirtyi MQL-vaiheeseen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln lead(s) refused; nothing was moved:
</source>
        <extracomment>%1 how many of the leads named could not move (the reasons follow, one a line)</extracomment>
        <translation>
            <numerusform>%1/%Ln liidin siirto estettiin; mitään ei siirretty:
</numerusform>
            <numerusform>%1/%Ln liidin siirto estettiin; mitään ei siirretty:
</numerusform>
        </translation>
    </message>
    <message>
        <source>carried over: %1</source>
        <extracomment>%1 a list of counts (&quot;3 events, 2 answers and 1 note&quot;)</extracomment>
        <translation>siirretty: %1</translation>
    </message>
    <message numerus="yes">
        <source>Scored %Ln lead(s) with model &quot;%1&quot; as of %2.</source>
        <extracomment>%1 the scoring model&apos;s name, %2 the moment scored for (UTC, ISO 8601)</extracomment>
        <translation>
            <numerusform>Pisteytettiin %Ln liidi mallilla ”%1” ajanhetken %2 mukaan.</numerusform>
            <numerusform>Pisteytettiin %Ln liidiä mallilla ”%1” ajanhetken %2 mukaan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated %1 in %2.</source>
        <extracomment>%1 a list of counts (&quot;5 leads, 40 events, 3 accounts and 2 opportunities&quot;), %2 the workspace file they were written into</extracomment>
        <translation>Luotiin %1 työtilaan %2.</translation>
    </message>
    <message>
        <source>--set: &quot;%1&quot; is not field=value</source>
        <translation>--set: &quot;%1&quot; ei ole muotoa kenttä=arvo</translation>
    </message>
    <message>
        <source>--set: %1 is given twice</source>
        <translation>--set: %1 on annettu kahdesti</translation>
    </message>
    <message>
        <source>A profile field and its new value, as field=value: %1 or custom.&lt;name&gt;. An empty value clears the field. Repeat for more fields.</source>
        <extracomment>%1 the names of the profile fields, comma-separated (&quot;first_name, last_name, email, ...&quot;); they stay as they are</extracomment>
        <translation>Profiilin kenttä ja sen uusi arvo muodossa kenttä=arvo: %1 tai custom.&lt;nimi&gt;. Tyhjä arvo tyhjentää kentän. Toista useammille kentille.</translation>
    </message>
    <message>
        <source>--set is required</source>
        <translation>--set on pakollinen</translation>
    </message>
    <message>
        <source>--if-version: &quot;%1&quot; is not a version (a whole number)</source>
        <translation>--if-version: &quot;%1&quot; ei ole versio (kokonaisluku)</translation>
    </message>
    <message>
        <source>lead %1 already has these values: nothing changed</source>
        <translation>liidillä %1 on jo nämä arvot: mitään ei muutettu</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <extracomment>One line per changed field after `edit`: %1 the field&apos;s label, %2 its old value, %3 the new</extracomment>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>Saved %1 (version %2, score %3)</source>
        <extracomment>After `edit`: %1 the lead&apos;s name, %2 its new version, %3 its score</extracomment>
        <translation>Tallennettu %1 (versio %2, pisteet %3)</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A field of the lead in `show`; %1 its label</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <extracomment>A fit rule&apos;s condition; %1 a lead field, %2 a value</extracomment>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 ei ole %2</translation>
    </message>
    <message>
        <source>%1 is one of %2</source>
        <extracomment>%2 a list of values</extracomment>
        <translation>%1 on jokin seuraavista: %2</translation>
    </message>
    <message>
        <source>%1 is none of %2</source>
        <translation>%1 ei ole mikään seuraavista: %2</translation>
    </message>
    <message>
        <source>%1 contains %2</source>
        <translation>%1 sisältää tekstin %2</translation>
    </message>
    <message>
        <source>%1 matches the pattern %2</source>
        <extracomment>%2 a regular expression</extracomment>
        <translation>%1 vastaa hahmoa %2</translation>
    </message>
    <message>
        <source>%1 is at least %2</source>
        <translation>%1 on vähintään %2</translation>
    </message>
    <message>
        <source>%1 is at most %2</source>
        <translation>%1 on enintään %2</translation>
    </message>
    <message>
        <source>%1 is within %2</source>
        <extracomment>%2 two numbers as a list: [50,1000]</extracomment>
        <translation>%1 on välillä %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 on tyhjä</translation>
    </message>
    <message>
        <source>%1 is filled in</source>
        <translation>%1 on täytetty</translation>
    </message>
    <message>
        <source>the domain of %1 is one of %2</source>
        <extracomment>%1 the e-mail field, %2 a list of domains</extracomment>
        <translation>kentän %1 verkkotunnus on jokin seuraavista: %2</translation>
    </message>
    <message>
        <source>Behaviour (max %1):</source>
        <translation>Käyttäytyminen (enintään %1):</translation>
    </message>
    <message>
        <source>Points halve every %1.</source>
        <extracomment>%1 a number of days, such as &quot;30 days&quot;</extracomment>
        <translation>Pisteiden puoliintumisaika on %1.</translation>
    </message>
    <message>
        <source>Points do not fade with time.</source>
        <translation>Pisteet eivät vaimene ajan myötä.</translation>
    </message>
    <message>
        <source>Events of the last %1 count.</source>
        <extracomment>Only events of the last %1 count; %1 a number of days, such as &quot;180 days&quot;</extracomment>
        <translation>Lasketaan tapahtumat, jotka ovat enintään %1 vanhoja.</translation>
    </message>
    <message>
        <source>Events count however old they are.</source>
        <translation>Tapahtumat lasketaan iästä riippumatta.</translation>
    </message>
    <message>
        <source>lead %1: %2, %3: %4; %2 readiness %5 (missing: %6)</source>
        <extracomment>%1 lead id, %2 framework (BANT), %3 a criterion&apos;s name (Budget), %4 its status (Confirmed), %5 the readiness percentage, %6 the criteria not yet confirmed</extracomment>
        <translation>liidi %1: %2, %3: %4; %2-valmius %5 (puuttuu: %6)</translation>
    </message>
    <message>
        <source>same e-mail domain</source>
        <extracomment>convert: how the existing account was found, after &quot;matched by&quot;</extracomment>
        <translation>sama sähköpostin verkkotunnus</translation>
    </message>
    <message>
        <source>same company name</source>
        <extracomment>convert: how the existing account was found, after &quot;matched by&quot;</extracomment>
        <translation>sama yrityksen nimi</translation>
    </message>
    <message>
        <source>chosen with --account</source>
        <extracomment>convert: the account was named with --account (kept as it is), after &quot;matched by&quot;</extracomment>
        <translation>valittu valitsimella --account</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>convert: a new account, no match</extracomment>
        <translation>uusi</translation>
    </message>
    <message>
        <source>The workspace file, or a team workspace&apos;s postgresql://user@host/database address (default: %1).</source>
        <extracomment>CLI --help, --db. %1 the default workspace path. postgresql://… is typed as is.</extracomment>
        <translation>Työtilatiedosto tai tiimityötilan postgresql://käyttäjä@palvelin/tietokanta-osoite (oletus: %1).</translation>
    </message>
    <message>
        <source>Copied %1 to %2 (%3) and checked every row: checksum %4.</source>
        <extracomment>%1 and %2 workspace locations (a file or a server), %3 &quot;1,200 leads&quot;, %4 a checksum</extracomment>
        <translation>Kopioitiin %1 kohteeseen %2 (%3) ja tarkistettiin jokainen rivi: tarkistussumma %4.</translation>
    </message>
    <message>
        <source>%1 is a workspace file, used by one person: team roles are for a team workspace on a server (--db postgresql://…)</source>
        <extracomment>%1 the workspace file</extracomment>
        <translation>%1 on yhden henkilön työtilatiedosto: tiimiroolit kuuluvat palvelimella olevaan tiimityötilaan (--db postgresql://…)</translation>
    </message>
    <message>
        <source>manager</source>
        <extracomment>A team role: edits the scoring model, overrides guards, reassigns leads</extracomment>
        <translation>esihenkilö</translation>
    </message>
    <message>
        <source>SDR</source>
        <extracomment>A team role: works leads (sales development representative; keep the acronym if usual)</extracomment>
        <translation>SDR</translation>
    </message>
    <message>
        <source>The team has no members yet.</source>
        <translation>Tiimissä ei ole vielä jäseniä.</translation>
    </message>
    <message>
        <source>The member&apos;s role: sdr or manager.</source>
        <translation>Jäsenen rooli: sdr tai manager.</translation>
    </message>
    <message>
        <source>unknown team command &quot;%1&quot;</source>
        <extracomment>%1 what the user typed after &quot;team&quot;</extracomment>
        <translation>tuntematon team-komento ”%1”</translation>
    </message>
    <message>
        <source>team %1 needs a LOGIN</source>
        <extracomment>%1 &quot;add&quot; or &quot;remove&quot;</extracomment>
        <translation>team %1 tarvitsee tunnuksen (LOGIN)</translation>
    </message>
    <message>
        <source>team %1 takes no arguments</source>
        <extracomment>%1 &quot;init&quot; or &quot;list&quot;</extracomment>
        <translation>team %1 ei ota argumentteja</translation>
    </message>
    <message>
        <source>team add needs --role</source>
        <translation>team add tarvitsee valitsimen --role</translation>
    </message>
    <message>
        <source>only team add takes --role</source>
        <translation>vain team add ottaa valitsimen --role</translation>
    </message>
    <message>
        <source>The team workspace %1 has its roles; add members with team add LOGIN --role sdr|manager.</source>
        <extracomment>%1 the team workspace&apos;s address</extracomment>
        <translation>Tiimityötilalla %1 on nyt roolit; lisää jäseniä komennolla team add LOGIN --role sdr|manager.</translation>
    </message>
    <message>
        <source>%1 is in the team as %2.</source>
        <extracomment>%1 a login name, %2 its role (&quot;SDR&quot; or &quot;manager&quot;)</extracomment>
        <translation>%1 on tiimissä roolissa %2.</translation>
    </message>
    <message>
        <source>%1 is no longer in the team.</source>
        <extracomment>%1 a login name</extracomment>
        <translation>%1 ei ole enää tiimissä.</translation>
    </message>
    <message>
        <source>Password for %1 on %2: </source>
        <extracomment>CLI prompt on a terminal; %1 a login name, %2 the server&apos;s host name</extracomment>
        <translation>Salasana tunnukselle %1 palvelimella %2: </translation>
    </message>
</context>
<context>
    <name>lb::scoring</name>
    <message>
        <source>Scoring leads</source>
        <translation>Pisteytetään liidejä</translation>
    </message>
    <message>
        <source>score %1 reached the MQL threshold %2</source>
        <extracomment>History reason of an automatic New -&gt; MQL move; %1 the score, %2 the threshold.</extracomment>
        <translation>pisteet %1 saavuttivat MQL-kynnyksen %2</translation>
    </message>
    <message>
        <source>Reading leads for what-if</source>
        <translation>Luetaan liidejä entä jos -tarkastelua varten</translation>
    </message>
    <message>
        <source>Sorting by score</source>
        <extracomment>Progress phase after a rescore: the lists sorted by score are brought up to date.</extracomment>
        <translation>Järjestetään pisteiden mukaan</translation>
    </message>
    <message>
        <source>Fit capped at %1</source>
        <extracomment>Explanation line: the points over the model&apos;s fit maximum; %1 the maximum</extracomment>
        <translation>Sopivuus rajattu enimmäismäärään %1</translation>
    </message>
    <message>
        <source>Behaviour capped at %1</source>
        <extracomment>Explanation line: the points over the model&apos;s behaviour maximum; %1 the maximum</extracomment>
        <translation>Käyttäytyminen rajattu enimmäismäärään %1</translation>
    </message>
    <message>
        <source>%1: capped at %2</source>
        <extracomment>Explanation line: the points a behaviour rule&apos;s cap took off; %1 rule label, %2 the cap</extracomment>
        <translation>%1: rajattu enimmäismäärään %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Leadbench, the lead qualification workbench.</source>
        <translation>Leadbench, liidien kvalifioinnin työpöytä.</translation>
    </message>
    <message>
        <source>The workspace file to open.</source>
        <translation>Avattava työtilatiedosto.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit.</source>
        <translation>Tallenna kuva ikkunasta tiedostoon FILE ja lopeta.</translation>
    </message>
    <message>
        <source>Leadbench</source>
        <translation>Leadbench</translation>
    </message>
    <message>
        <source>With --screenshot: picture the dashboard instead.</source>
        <translation>--screenshot-valitsimen kanssa: kuvaa koontinäyttö sen sijaan.</translation>
    </message>
    <message>
        <source>With --screenshot: show this tab of the lead view (0-5).</source>
        <translation>Valitsimen --screenshot kanssa: näytä tämä liidinäkymän välilehti (0–5).</translation>
    </message>
    <message>
        <source>With --screenshot: picture an account page instead.</source>
        <translation>Valitsimen --screenshot kanssa: kuvaa sen sijaan asiakkaan sivu.</translation>
    </message>
    <message>
        <source>With --screenshot: picture the opportunity list instead.</source>
        <translation>Valitsimen --screenshot kanssa: kuvaa sen sijaan myyntimahdollisuuksien luettelo.</translation>
    </message>
</context>
</TS>
