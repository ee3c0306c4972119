<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>{language} will be used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} will be used the next time you start {app}. Close and open the app again to switch now; your project is kept if you save it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
