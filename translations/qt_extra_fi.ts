<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<!-- Qt's own texts that Debian's qtbase_fi lacks (the help options of Qt 6.4's command-line parser) or words differently from Leadbench (Cancel: Peruuta, as in Leadbench's own dialogs). Loaded over the system's catalogue. -->
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Näyttää ohjeen valitsimista.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Näyttää ohjeen, myös Qt:n omat valitsimet.</translation>
    </message>
</context>
</TS>
