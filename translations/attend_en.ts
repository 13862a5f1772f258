<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AttendTrialsReader</name>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an exercise this version can import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: participant &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the mode &quot;%2&quot; is neither assessment nor training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 repeats line %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BidsFormat</name>
    <message>
        <source>BIDS behavioural dataset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicianLock</name>
    <message numerus="yes">
        <source>That passphrase is not right. Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>That passphrase is not right. Wait %n second before trying again.</numerusform>
            <numerusform>That passphrase is not right. Wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases: wait %n more second(s).</source>
        <translation>
            <numerusform>Too many wrong passphrases: wait %n more second.</numerusform>
            <numerusform>Too many wrong passphrases: wait %n more seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvFormat</name>
    <message>
        <source>CSV with data dictionary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelimitedText</name>
    <message>
        <source>%1, line %2: a quoted field is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text file (it holds NUL bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line 1: the column &quot;%2&quot; appears twice in the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3 fields, but the header has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a header but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DividedAttentionExercise</name>
    <message>
        <source>Divided attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take in the centre and the edge of a brief display at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the cross in the middle. A picture flashes briefly: a car or a truck in the small box in the middle and, in most parts, a round target somewhere further out, sometimes among triangles. Then the screen flickers.

First say what was in the middle: F for the car, J for the truck. Then say where the round target was: the keys around S (Q W E, A D, Z X C) or the number pad point in its direction.

Take your time to answer: only correctness counts. Guess if you are not sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre: F = car · J = truck   Then where: Q W E / A D / Z X C or the number pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre and edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre and edge among triangles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: display time for 75 % correct (fitted curve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: display time for 75 % correct (staircase reversals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre identified correctly (with the edge task)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge target located correctly (with the centre task)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dual-task cost: extra display time needed for the edge target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also answer with the mouse: click the car or the truck, then the direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are five parts: the edge target alone (20 displays), three parts of 40, and the edge target alone again (20). The display gets shorter as you get them right. About 15 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In training, the display time, the number of triangles, how far out the target is and how alike the car and truck look change to keep you at your best. At the easiest levels there is no edge target: only the centre.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DividedAttentionScene</name>
    <message>
        <source>What was in the centre?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F = car          J = truck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where was the round target?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>Writing the audit entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database: a file of that name is in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database location was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Attend (schema %2; this version knows up to %3). It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the schema to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is already used by participant %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no participant with the code %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant %1 no longer exists in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 is not running in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for unfinished sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not switch the database %1 to write-ahead logging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is locked by another program. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not an Attend database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refused by the database %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed on the database %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving trial %1 of block %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the trials of session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 cannot be resumed as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trial is being shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the timing of session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting aside the trials of session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the model of participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the model of participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attention model&apos;s prior could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no exercise &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no participant %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the export to %1: the folder cannot be created or written (check its permissions and the free space on the disk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated participant gave no answer to trial %1 of block %2, which waits for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population names an exercise &quot;%1&quot; that this version of Attend does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged: its schema version reads %2. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the recomputed measures of session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing completed sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (it is a device, a pipe or a socket); Attend keeps its data only in ordinary files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1; nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file, not an Attend database; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds a participant code that Attend never writes (participant %2: %3); it was changed by other means, and Attend will not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A display name cannot hold control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking the database to upgrade it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 holds files that are not an earlier Attend export; Attend overwrites only its own exports. Choose an empty or new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 is in progress in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing an imported session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for sessions imported from the same file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, older than this Attend&apos;s %3; the app or a command that writes upgrades it. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated trainee %1 did not finish programme %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning programme %1 to participant %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the programme of participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These details cannot be stored: a birth year from 1900 to %1, and notes without control characters, please.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the details of participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the notes of session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds tables that are not Attend&apos;s; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of %1 did not accept the user or password (%2). Attend reads the password from ~/.pgpass or the PGPASSWORD variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no such database or user: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server of %1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed for this user on the database %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is busy with another workstation&apos;s change. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk of the server holding %1 is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refused: the database %2 is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable PostgreSQL location: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a password. Put the password in ~/.pgpass or the PGPASSWORD variable instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no database (…/dbname).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has an unknown or malformed setting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite file; server roles are for a PostgreSQL database (postgresql://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the database&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granting the roles their rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying needs the clinician role on the server of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the sessions to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was stopped; whole sessions only were copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the participants to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 names a different person in %2 than in %3; nothing was copied. Give one of them another code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session in %1 names participant %2, who is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the trials of session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the model states to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a model state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying a model state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the programme assignments to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up a programme assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying a programme assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has schema version %2 and this Attend needs %3; only the database&apos;s owner may upgrade it: ask the server&apos;s administrator to run &quot;attend-cli server init&quot; (docs/clinic.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of %1 does not accept this connection (%2). Its pg_hba.conf says who may connect from where, and whether only with TLS (sslmode; docs/clinic.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server of %1 could not be verified over TLS (%2): check the certificate of the authority that signed the server&apos;s (sslrootcert; docs/clinic.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trials cannot be kept on this computer: the folder of %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trials kept on this computer in %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trial could not be kept on this computer in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trials kept on this computer in %1 could not be counted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trial sent to the server could not be removed from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trials kept on this computer in %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 holds an earlier export; choose an empty or new folder, or allow replacing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s owner needs the right to create roles (createuser --createrole, docs/clinic.md).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>%1: the mapping has no &quot;fields&quot; object (docs/import.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a field of this exercise; the fields are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;rows&quot; needs a &quot;column&quot; and the texts to &quot;keep&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the mapping gives no &quot;%2&quot;, which this exercise&apos;s measures need (docs/import.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give either a &quot;column&quot; or a &quot;value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the unit must be &quot;ms&quot; or &quot;s&quot;, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot; (the mapping&apos;s &quot;rows&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot; (the mapping&apos;s &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no value for &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither a true value (%3) nor a false one (%4) for &quot;%5&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number (&quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3 (&quot;%4&quot;); a &quot;values&quot; object in the mapping can translate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an ISO 8601 date and time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFormat</name>
    <message>
        <source>JSON, one file per session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappedTrialsReader</name>
    <message>
        <source>%1: the trial number is below the first one the mapping names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a response without a reaction time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping names no participant column; give --participant CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: participant &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2 repeats trial %3 of block %4 of %5 (line %6).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureDefinitions</name>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms/item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shortest display time at which you still caught both the centre and the edge target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how often you pressed when you should have held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the extra time you needed when the rule changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the extra time you needed for each additional item when searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: mean difficulty level (0 easiest, 1 hardest) over the second half of the trials the level adapts on, where the controller holds the person near the target accuracy; interval by batch means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: proportion correct on the trials the level reached is taken over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proportion of trials answered correctly (visual search: of the answered trials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visual search assessment: proportion correct of the answered trials at set size \1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least-squares slope of mean correct RT on set size, \1 search, target \2 trials (ms per item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intercept (ms) of the least-squares line of mean correct RT on set size, \1 search, target \2 trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R² of the least-squares line of mean correct RT on set size, \1 search, target \2 trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean correct RT (ms) on target-present trials at set size \2, \1 search, anticipations and RTs beyond 2.5 SD removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target-absent : target-present slope ratio, \1 search (about 2 for a serial self-terminating search); no value when the present slope is below 5 ms/item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least-squares slope of the error rate on set size (share of answers per item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of target-present displays answered &quot;absent&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of target-absent displays answered &quot;present&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of displays left unanswered at the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean correct RT divided by proportion correct (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display time (ms) at which a Weibull function fitted by maximum likelihood gives 75 % correct, \1 subtest; no value when outside the display times tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display time (ms) from the \1 subtest&apos;s staircases: mean of each staircase&apos;s reversal levels after its first two, averaged over the staircases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proportion of centre targets identified correctly on trials with an edge target too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proportion of edge targets located correctly on trials with a centre target too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge target&apos;s display-time threshold with the centre task minus without it, over without it (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean correct RT on switch minus repeat trials of mixed blocks (ms), without each block&apos;s first trial and trials after an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch cost (ms) among trials with a cue–target interval of \1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean correct RT on task-switch minus cue-switch trials of mixed blocks (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean correct RT on cue-switch minus cue-repeat trials of mixed blocks (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error rate on switch minus repeat trials of mixed blocks (a miss is an error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean correct RT on repeat trials of mixed blocks minus all trials of pure blocks (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean correct RT on incongruent minus congruent trials, all blocks (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ex-Gaussian μ (ms), the normal part&apos;s mean, fitted by maximum likelihood to the correct RTs of \1 trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ex-Gaussian σ (ms), the normal part&apos;s SD, fitted by maximum likelihood to the correct RTs of \1 trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ex-Gaussian τ (ms), the exponential tail&apos;s mean, fitted by maximum likelihood to the correct RTs of \1 trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EZ-diffusion drift rate v (s = 0.1) of \1 trials in mixed blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EZ-diffusion boundary separation a (s = 0.1) of \1 trials in mixed blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EZ-diffusion non-decision time Ter (ms) of \1 trials in mixed blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of responses to the no-go stimulus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of go stimuli left without a response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses to the no-go stimulus over no-go trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go stimuli without a response over go trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of go responses faster than 100 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean RT (ms) of answered go trials, anticipations removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample SD (ms) of the RTs of answered go trials, anticipations removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD over mean of the RTs of answered go trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d′ = z(H) − z(F) with the no-go stimulus as signal (a withheld response to it is a hit, to a go stimulus a false alarm), log-linear correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c = −(z(H) + z(F)) / 2 with the no-go stimulus as signal: above 0 leans towards pressing, below 0 towards withholding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least-squares slope of each quarter&apos;s mean go RT on quarter number 1–4 (ms per quarter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least-squares slope of each quarter&apos;s error rate on quarter number 1–4 (per quarter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean go RT after a commission minus after a correctly withheld no-go (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean RT of the four go trials before a commission minus before a correct withhold (ms); negative is faster before errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPT: least-squares slope of mean hit RT on the preceding inter-stimulus interval (ms per s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPT: least-squares slope of each block&apos;s mean hit RT on block number (ms per block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPT: mean hit RT (ms) after \1 ms between letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPT: sample SD (ms) of hit RTs in block \1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conjunction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spatial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peripheral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>divided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricReasons</name>
    <message>
        <source>a correlation needs at least three pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line needs at least two different x values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all reaction times are equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SD needs at least two reaction times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ex-Gaussian fit needs at least 20 reaction times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intensities must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs 0 ≤ Pc ≤ 1 and a positive RT mean and variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a mean correct RT and a proportion correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a spread of first scores and a retest reliability between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least 10 trials at two or more intensities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least four trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one signal and one noise trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least three points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least two correct reaction times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least two trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs both slopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs both the dual-task and the single-task value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs complete go windows before both outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs correct congruent and incongruent trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs correct cue-switch and cue-repeat trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs correct repeat trials in mixed blocks and trials in pure blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs correct switch and repeat trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs correct switch and repeat trials at this interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs correct task-switch and cue-switch trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs go responses after commissions and after withholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs switch and repeat trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answered target-absent trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answered target-present trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no go trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no no-go trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no noise trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reaction times left after cleaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response was correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signal trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not defined: the target-present slope is under 5 ms/item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the lists does not vary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ex-Gaussian fit ran to a bound (σ or τ towards 0): these reaction times show no normal part or no slow tail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the halves are perfectly opposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the single-task value is zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target probability lies outside the range between guessing and lapsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two lists differ in length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x and y differ in length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at floor: below %1, the lowest intensity tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at ceiling: above %1, the highest intensity tested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelEvaluation</name>
    <message>
        <source>The attention model&apos;s prior could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored attention model of participant %1 in %2 is damaged in %3; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no trials to evaluate in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no trials of %1 to evaluate in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantCode</name>
    <message>
        <source>Enter a participant code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A participant code has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A participant code may contain only the letters A–Z and the digits 0–9 (&quot;%1&quot; is not allowed), so that it is a valid BIDS label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfReportFormat</name>
    <message>
        <source>PDF report for the clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report for the participant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PopulationFile</name>
    <message>
        <source>%1 must be an object with centre, spread, low, high and log_normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number field of a distribution (centre, spread, low, high).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needs spread ≥ 0, low ≤ high and, when log-normal, a positive centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no parameter &quot;%2&quot; of a simulated person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The population file %1 is not a JSON object (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriorityGrant</name>
    <message>
        <source>Scheduling: real-time priority %1 during the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling: raised priority (nice %1) during the session; real-time priority was not allowed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling: normal priority; a higher one was not allowed (%1). See docs/timing.md for how an administrator grants it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real-time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <source>The programme file %1 is not valid: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs an &quot;id&quot; and an English &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;training_days&quot; (1–%1), &quot;days_per_week&quot; (1–7) and &quot;minutes_per_day&quot; (1–%2) must be whole numbers in range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exercise &quot;%1&quot; is unknown or listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lists no exercises</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressCharts</name>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No completed session of this exercise yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast for the next session (95 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: level reached (0 easiest, 1 hardest) and accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target accuracy %1 ± 5 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model forecast of accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level, accuracy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPresenter</name>
    <message>
        <source>No forecast yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the chart, because they measure something else: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions %1: not enough trials for a result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy on %1 trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next training session starts at level %1, where the attention model expects %2 % correct (from %4 to %5 %; it has learnt from %3 of this person&apos;s trials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next training session starts at level %1, where the attention model expects %2 % correct on %6 trials (from %4 to %5 %; it has learnt from %3 of this person&apos;s %6 trials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: session(s) %1, shorter than their protocol (stopped by a trial limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statement of change between assessments: it needs the measure&apos;s retest reliability, which takes %1 people with two assessments in this database (now %2) and a positive correlation between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reliable change index %1 (Jacobson &amp; Truax 1991), from a retest reliability of %2 and an average practice effect of %3 among %4 people in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment %1 differs from assessment %2 by more than measurement error and practice explain: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The difference between assessments %2 and %1 is within what measurement error and practice explain: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split-half reliability of “%1” in this database: %2 (odd against even trials of the first assessments of %3 people, Spearman–Brown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in session %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the difference between your first and latest test is a real change cannot be told yet: that needs repeat tests from more people, to know how much results vary by chance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The difference between your first and latest test is within what chance and the gain from having done the test before explain, so it does not show a real change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest test differs from your first by more than chance and the gain from having done the test before explain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest test is better than your first by more than chance and the gain from having done the test before explain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest test is worse than your first by more than chance and the gain from having done the test before explain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedcapFormat</name>
    <message>
        <source>REDCap import file and dictionary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message numerus="yes">
        <source>interrupted (the program stopped; %n trial(s) kept)</source>
        <translation>
            <numerusform>interrupted (the program stopped; %n trial kept)</numerusform>
            <numerusform>interrupted (the program stopped; %n trials kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped early (%n trial(s) kept)</source>
        <translation>
            <numerusform>stopped early (%n trial kept)</numerusform>
            <numerusform>stopped early (%n trials kept)</numerusform>
        </translation>
    </message>
    <message>
        <source>shorter than its protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dropped frame(s)</source>
        <translation>
            <numerusform>%n dropped frame</numerusform>
            <numerusform>%n dropped frames</numerusform>
        </translation>
    </message>
    <message>
        <source>no result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>not enough trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attend report: participant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress with Attend (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1 with Attend %2 (build %3). Every result is compared only with this person&apos;s own first session; Attend has no norms and shows none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No completed session yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame interval (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trials with a late frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paradigms and parameters: docs/exercises.md. Measures and formulas (search slopes by least squares, switch and mixing costs after the stated exclusions, d′ with the log-linear correction, Weibull thresholds by maximum likelihood, vigilance decrement over quarters): docs/metrics.md. Intervals (95 %, stored when the session ended): Wilson for proportions, batch means for the level reached, otherwise a percentile bootstrap of 2000 resamples of the session&apos;s trials. Forecast: least-squares trend of the last sessions with its 95 % prediction interval; the attention model&apos;s expected accuracy: docs/model.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n completed session(s).</source>
        <translation>
            <numerusform>%n completed session.</numerusform>
            <numerusform>%n completed sessions.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1 with Attend %2 (build %3). Your results are compared only with your own first session, never with other people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme: %1, from %2; %3 of %4 training days done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change between assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: no session was interrupted or stopped early, dropped frames or ended without a result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First assessment (95 % interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest assessment (95 % interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training level, first → last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), session %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no assessment with a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not completed a session yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (we are 95 % sure it lies between %2 and %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tests measured %1. At your first test: %2. At your latest test: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test measured %1. At your test: %2. After another test, this report can compare the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here a lower number is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In training the difficulty follows how you do, so that you get about %1 % right. Your level was %2 in your first training session and %3 in your last (0 is the easiest, 1 the hardest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result, in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (shorter than its protocol)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n assessment</numerusform>
            <numerusform>%n assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training session(s)</source>
        <translation>
            <numerusform>%n training session</numerusform>
            <numerusform>%n training sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test(s)</source>
        <translation>
            <numerusform>%n test</numerusform>
            <numerusform>%n tests</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionCharts</name>
    <message>
        <source>Reaction times (answered trials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction time from (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean correct reaction time by condition (accuracy in brackets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean correct RT (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulty track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted P(correct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy by condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% correct</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteWalCheck</name>
    <message>
        <source>The write-ahead log %1 is missing or empty, but its index lists %2 frames: changes committed since the last checkpoint are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The write-ahead log %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The write-ahead log %1 is damaged: its header is not that of a log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The write-ahead log %1 is damaged: %2 frames after frame %3 fail their checksum, so the changes in them cannot be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The write-ahead log %1 was cut short in the middle of a frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The write-ahead log %1 holds %2 usable frames, but its index lists %3: committed changes are missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SustainedAttentionExercise</name>
    <message>
        <source>Sustained attention: SART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustained attention: CPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press for every digit except 3: keeping attention on a routine task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press for every letter except X, at an irregular pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits from 1 to 9 appear one at a time in the middle of the screen, each followed by a circle with a cross.

Press Space as soon as you see each digit — except the digit 3. When you see 3, do not press anything.

Speed and accuracy matter equally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters appear one at a time in the middle of the screen, sometimes quickly one after another, sometimes after a longer pause.

Press Space as soon as you see each letter — except the letter X. When you see X, do not press anything.

Speed and accuracy matter equally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In training, the pace and how often the no-press symbol appears change to keep you at your best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test takes about 5 minutes without a break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test takes about 15 minutes, in 6 parts with a short break after each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space = any digit except 3 · 3 = press nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space = any letter except X · X = press nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presses on the no-press symbol (commissions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbols missed (omissions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omission rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean reaction time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread of reaction times (SD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction-time variability (SD / mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity d′ (signal: the no-press symbol)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presses faster than 100 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowing across the four quarters (per quarter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change in error rate across quarters (per quarter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowing after a commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speeding before a commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response bias c (above 0: leans towards pressing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of reaction time with the interval before a letter (per second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of reaction time across blocks (per block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean reaction time after %1 s between letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread of reaction times (SD) in block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go (press)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-go (hold back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskSwitchingExercise</name>
    <message>
        <source>Task switching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort shapes by colour or by shape, as the cue says: switching between rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some parts use one rule throughout, others mix both. The test takes about 12 minutes, with short breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F or J, by the rule on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch cost: extra time when the rule changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch cost in errors (share of trials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixing cost: extra time for keeping two rules ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congruency effect: extra time when the rules disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch cost with %1 ms to prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves out each block&apos;s first trial, trials after an error, and for times errors and responses faster than 100 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word tells you the rule: COLOUR or HUE mean the colour rule, SHAPE or FORM the shape rule. Then a blue or orange circle or square appears inside the frame.

Use the rule to choose the key: F or J, as shown at the bottom of the screen during practice. The frame looks different for each rule, to help you.

Answer as quickly as you can without making mistakes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In training, the time between the cue and the shape, the time to answer and how often the two rules disagree are adjusted to keep you at your best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task-switch cost: extra time when the rule changes, not just its cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue-switch cost: extra time when the cue changes but the rule does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-task block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first of its block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cue switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>congruent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incongruent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3, cue %4 ms before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskSwitchingScene</name>
    <message>
        <source>blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COLOUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHAPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COLOUR or HUE: %1 = F, %2 = J     SHAPE or FORM: %3 = F, %4 = J</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimingCheckExercise</name>
    <message>
        <source>Timing check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures how precisely this computer shows stimuli and records key presses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing check

A white circle appears in the middle of the screen after a random wait of one to three seconds. Press Space as soon as you see it.

At the end you see how precisely this computer timed the screen and the keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space = the circle appeared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean reaction time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median reaction time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread of reaction times (SD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses faster than 100 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPresenter</name>
    <message>
        <source>The programme &quot;%1&quot; assigned to this participant is not part of this version of Attend; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 of %3 training days done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in a row: %1. Training days this week: %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your last programme session was %n day(s) ago. The programme goes on where it stopped.</source>
        <translation>
            <numerusform>Your last programme session was %n day ago. The programme goes on where it stopped.</numerusform>
            <numerusform>Your last programme session was %n days ago. The programme goes on where it stopped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done for today. The next part of the programme is on another day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: the baseline assessment, one session of each exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: the mid-point assessment, with the same protocol as the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: the final assessment, with the same protocol as the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Today: training day %1, about %n minute(s) still to do.</source>
        <translation>
            <numerusform>Today: training day %1, about %n minute still to do.</numerusform>
            <numerusform>Today: training day %1, about %n minutes still to do.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: training, %n minute(s)</source>
        <translation>
            <numerusform>%1: training, %n minute</numerusform>
            <numerusform>%1: training, %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ %1 (done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme is complete. From the baseline to the final assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> About %n minute(s) still to do.</source>
        <translation>
            <numerusform> About %n minute still to do.</numerusform>
            <numerusform> About %n minutes still to do.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: assessment, about %n minute(s)</source>
        <translation>
            <numerusform>%1: assessment, about %n minute</numerusform>
            <numerusform>%1: assessment, about %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>no two full tests with a result, so no statement of change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrialImport</name>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not Attend&apos;s trials.csv; give a mapping file (--mapping, docs/import.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an exercise whose trials can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapping needs the exercise its trials belong to (--exercise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no trials of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was imported into %2 before (session %3); nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisualSearchExercise</name>
    <message>
        <source>Visual search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out, as fast as you can, whether the target is among the items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars appear on the screen. The target is the one bar that is tilted; all the others stand upright.

Press F if the tilted bar is there, J if it is not. Answer as quickly as you can without making mistakes.

In training, the number of bars, how much the target is tilted and how long the bars stay on the screen change to keep you at your best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars appear on the screen after a small cross. The target is the orange upright bar. Sometimes it is there, sometimes not.

Press F if the target is there, J if it is not. Answer as quickly as you can without making mistakes; after 5 seconds the next display comes anyway.

There are two parts of about four minutes, with a break between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F = target present · J = target absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets missed (share of target-present displays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False alarms (share of target-absent displays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays left unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conjunction search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T-among-L search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilted-bar search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: search slope, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: intercept, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fit of the line (R²), %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: absent : present slope ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mean correct reaction time, %2 items, target present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed and accuracy together: mean correct time / accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors added per item (share of answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy with %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T among L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilted bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3 items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attend::BreakPage</name>
    <message>
        <source>&amp;Go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Well done. Time for a short break.&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop for &amp;today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape. What is done today stays done; the rest waits on the Today page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest your eyes for a minute. Press Space or Enter when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attend::ClinicianLockDialog</name>
    <message>
        <source>Clinician lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase guards participant management, exports and reports on this computer. It is stored only as an Argon2id hash. Leave the new passphrase empty to remove the lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs the clinician passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attend::DailyReminder</name>
    <message>
        <source>Attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention training: the daily reminder of a programme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attend::DistributionMeasures</name>
    <message>
        <source>Ex-Gaussian μ (the normal part&apos;s mean), %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ex-Gaussian σ (the normal part&apos;s spread), %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ex-Gaussian τ (the slow tail), %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EZ drift rate v, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EZ boundary separation a, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EZ non-decision time Ter, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attend::ExportDialog</name>
    <message>
        <source>Only sessions &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include display &amp;names (they identify people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xercises:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one participant, one exercise, one format and a destination folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier export is in the way; this one would replace it whole:
%1

Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attend::HomePage</name>
    <message>
        <source>unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1 — %2&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercises are installed in this version of Attend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last session: %1 on %2, %3. Trials recorded: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;gress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start today&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs today&apos;s sessions in order, with a break between them (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;All exercises&lt;/b&gt; (a free choice, outside the programme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a &amp;programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme yet. A programme plans each day: which exercises, for how long, and when to assess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes, birth year, handedness and vision (for the clinician)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last session: could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attend::ImportDialog</name>
    <message>
        <source>Import trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attend&apos;s own trials.csv (any exercise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed for files from other tools (docs/import.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: store every row under this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RT (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xercise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;articipant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be imported from this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows (%2 left out by the mapping) make %3 sessions and %4 trials; %5 problems. The first %6 trials as they would be stored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the measures of the imported sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attend::MainWindow</name>
    <message>
        <source>Attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive or restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show arc&amp;hived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attend — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, started %3 (%4 trials saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attend stopped during these sessions last time. Every trial saved before the stop is kept.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Attend %1&lt;/h3&gt;&lt;p&gt;Attention training and assessment.&lt;/p&gt;&lt;p&gt;Build %2, Qt %3.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timing check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise &quot;%1&quot; is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 session of %2, started %3, stopped before it ended. %4 trials were saved.

Resume it from the start of its unfinished block, or close it as interrupted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close as interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;gress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician &amp;lock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 session(s), %2 trials, %3 new participant(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Attend session is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, training for %n minute(s)</source>
        <translation>
            <numerusform>%1, training for %n minute</numerusform>
            <numerusform>%1, training for %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Today&apos;s programme is waiting: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, assessment of about %n minute(s)</source>
        <translation>
            <numerusform>%1, assessment of about %n minute</numerusform>
            <numerusform>%1, assessment of about %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Clinician only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs the clinician role on the server of %1; this log-in has a workstation&apos;s rights. Sign in as a clinician to do it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attend::Measure</name>
    <message>
        <source>Level reached (0 easiest, 1 hardest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy at the level reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attend::ParticipantDetailsDialog</name>
    <message>
        <source>Details of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambidextrous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>glasses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact lenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handedness:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record only what you need. These details stay on this computer and are exported only together with display names.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attend::ParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. P001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, stays on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is the participant&apos;s pseudonym in every export. Use letters and digits only; do not use real names.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attend::ParticipantListModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted</source>
        <translation>
            <numerusform>%n interrupted</numerusform>
            <numerusform>%n interrupted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with dropped frames</source>
        <translation>
            <numerusform>%n with dropped frames</numerusform>
            <numerusform>%n with dropped frames</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a result</source>
        <translation>
            <numerusform>%n without a result</numerusform>
            <numerusform>%n without a result</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a programme this version lacks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attend::ParticipantPage</name>
    <message>
        <source>Show &amp;archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Choose a participant&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive participant %1?

All of their sessions and trials are kept. Archived participants are hidden from this list; tick &quot;Show archived&quot; to see or restore them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant %1 is archived. Restore them before starting a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participants yet. Create the first one with New… (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attend::ProgrammeDialog</name>
    <message>
        <source>Training programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes per day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of Attend has no programme for its exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one exercise.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attend::ProgressModel</name>
    <message>
        <source>not enough trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % interval from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured by the version that recorded this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete session yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs three sessions of the same mode with a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trend is too uncertain (its 95 % interval holds every possible value)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attend::ProgressPage</name>
    <message>
        <source>&amp;Exercise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chosen chart as PNG or SVG (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be written to %1. Is the folder writable and is there space on the disk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no completed session yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attend::RunWindow</name>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused.

Press Space to continue, or Q to stop this session. Every trial so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1 of %2 is done. Take a short break.

Press Space when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last trial could not be saved:
%1

Press Space to try again, or Q to stop the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame interval %1 ms (SD %2 ms) at a paced %3 Hz; %4 late changes, %5 frames dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some displays came late because the computer was busy, so the times of this session are less exact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice is over. You will still see after each answer whether it was right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice is over. From now on you will be told only when an answer was wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice is over. From now on there is no feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Last assessment: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the same level as last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A harder level than last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An easier level than last time: levels go up and down from day to day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your best so far: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your hardest level so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    Last time: %1. %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session goes on with its practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session goes on from block %1 of %2; the answers before it are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> A reminder of the task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 practice answers were right. Let us practise once more: with at least %3 right you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is out of reach: your trials are kept on this computer and sent later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attend::SessionDetailDialog</name>
    <message>
        <source>Session details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reaction times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Difficulty track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attend::SessionDetailModel</name>
    <message>
        <source>correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted P(correct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1: the other tool&apos;s reaction times, no onsets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated: no screen, no timing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame timing not recorded (the session did not reach its end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown by %1; frame interval %2 ms (SD %3 ms), %4 frames dropped, %5 trials with a late frame.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attend::SessionMeasuresModel</name>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trials used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trials excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>attend::SettingsDialog</name>
    <message>
        <source>Run exercises &amp;full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;photodiode marker (top-left square)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attend databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brief feedback after each trial in &amp;training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Attend when I &amp;log in (for the reminder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind me of today&apos;s programme at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the language and the database take effect the next time Attend starts. Leave the database empty to use the standard file; a clinic&apos;s server is written as postgresql://user@server/database (docs/clinic.md).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attend cannot use its database.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attend databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the server: %1 trials kept on this computer while it was out of reach (sessions: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
