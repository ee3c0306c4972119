<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="si" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Fine-tune sentence-embedding models on your own spreadsheets, watch them train, and see in the playground how similar they find your sentences — in any language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} is free software under the Apache License 2.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of third-party components ({path}) is missing from this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;{app}&lt;/h2&gt;&lt;p&gt;Version {version}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {folder} in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data stays in these folders on this computer; uninstalling the app keeps them unless you choose to remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Where your data is kept&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>The computer ran out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close other programs, or try fewer or shorter texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file could not be read or written ({path}): {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file or folder exists and that you may use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work is kept; you can try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Sentences, one per line (or paste a spreadsheet column):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste sentences here, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare against a second list (questions down, answers across)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentences to compare against, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs that changed most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs that changed most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell to see its two sentences and their score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the heatmap as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the numbers for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Worth knowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{note} Measured with its vocabulary: {verdicts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with problems; choose one to see the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show this row in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text 1</source>
        <extracomment>Role slots: (key, label, help) in the order the drop-downs appear (texts marked for context &quot;DataPage&quot;, translated where shown).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first text of each row, e.g. a question or a sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text that goes with it, e.g. the answer or a similar sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text 3 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text that does NOT match Text 1 (a “negative”). Leave empty if you have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score or label (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How similar the two texts are (a score), or a 0/1 or class label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the data are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which value means “similar”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your label column holds two values. Some data sets use 1 for “similar”, others use 0 (“no difference”). Look at the examples and pick the value whose rows mean the same thing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some rows are kept aside and not learned from; after training the app measures on them how much the model improved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep aside:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of rows kept aside for checking, in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a &amp;separate file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the result on another file with the same columns instead of kept-aside rows (or drop that file on this box).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file to check the result on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {rows:,} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets and data files</source>
        <extracomment>The data files the file dialogs offer (the patterns are not translated). What the file dialogs offer, in English (see :func:`file_filter` for the shown one).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop your spreadsheet here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, TSV, Excel (.xlsx), OpenDocument (.ods) or JSON. Each row should hold texts that belong together, such as a question and its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the app the spreadsheet it should learn from. It reads the file, guesses what each column holds and checks every row; change any guess on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}  ·  {rows:,} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop another file here to replace it, or browse for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (Excel “Unicode text”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1251 (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CP949 (Korean, Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EUC-KR (Korean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western Europe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma  ,</source>
        <extracomment>Delimiters offered for text files (marked for context &quot;DataPage&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe  |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How letters are stored in the file. Change it if the text looks garbled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter between columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character between the columns of a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns separated by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet of the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row holds column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the data file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Something needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app}: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Something went wrong inside the app.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work is still here and you can go on. If it happens again, please copy the details below into a bug report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow this model&apos;s own code?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The model “{model}” comes with its own program code.&lt;/b&gt;&lt;br&gt;&lt;br&gt;It comes from {source}.&lt;br&gt;&lt;br&gt;To use it, the app would run that code on this computer, with your rights: it could read, change or delete your files, or send them elsewhere. Allow it only if you trust whoever made this model.&lt;br&gt;&lt;br&gt;Your choice holds until you close the app or pick another model; it is never saved in a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allow its code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop zone: drop a spreadsheet file here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>This format needs the export add-on, which this installation of the app does not include. Ask whoever installed the app to add it.</source>
        <extracomment>What the dialog says when a format&apos;s add-on is missing (no commands in the GUI); show it with ``translate(&quot;ExportDialog&quot;, ADD_ON_MISSING)``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on {checked} texts ({source}): the vectors match the original model&apos;s at {mean:.1%} on average (lowest {lowest:.1%}; 100% = identical).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer&apos;s processor it encoded {timed} texts {speedup:.1f} times as fast as the original ({exported:.2f} s instead of {original:.2f} s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer&apos;s processor it was not faster than the original ({exported:.2f} s instead of {original:.2f} s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: {megabytes:.0f} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for other programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the model that other programs can run quickly, without this app and without PyTorch. The original model stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an earlier export in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder, or tick “Replace an earlier export”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message>
        <source>Type sentences to see how similar the model finds them.</source>
        <extracomment>matplotlib&apos;s RdBu_r at 0, 0.1, …, 1.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{row}
↔
{column}

{what}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossPage</name>
    <message>
        <source>Recommended for your data</source>
        <extracomment>Vector size assumed for the Matryoshka choices until a model is chosen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;When to pick it:&lt;/i&gt; {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also learn from answers that look right but are wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong answers per question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong answers per question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for wrong answers in up to {rows} of your rows now, without training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a sample of your rows: {found} Look at the examples: is any answer taught as wrong in fact right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;No wrong answer was safe enough to use.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Question:&lt;/b&gt; {question}&lt;br&gt;&lt;b&gt;Right answer:&lt;/b&gt; {answer} &lt;span style=&apos;color:#555&apos;&gt;(similarity {answer_score:.2f})&lt;/span&gt;&lt;br&gt;&lt;b&gt;Taught as wrong:&lt;/b&gt; {wrong} &lt;span style=&apos;color:#555&apos;&gt;(similarity {wrong_score:.2f})&lt;/span&gt;&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also make shorter vectors work (Matryoshka)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector sizes to train for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data: &lt;b&gt;{shape}&lt;/b&gt;. Losses that cannot learn from this are greyed out, with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your data first: which losses fit depends on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector size {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Multiple Negatives Ranking losses learn from wrong answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your data first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model and reading your examples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing questions and answers… {done:,} of {total:,} texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The examples could not be found because of an unexpected problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick how the model should learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one vector size for Matryoshka, or turn it off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>evaluation score</source>
        <extracomment>Milliseconds between redraws while points arrive. Never spend more than about 1/this of the GUI thread on redrawing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss curve appears here once training starts.</source>
        <extracomment>How many of the redraws only blitted the lines over the kept frame.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{metric} (higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{metric}
(higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teach a model your data, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See how similar a model finds your sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine: not loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>No recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;Fine-tune sentence-embedding models on your own spreadsheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files of this project are not on this computer:
{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything else was loaded. Pick the data file again on the Data step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything else was loaded. You will be asked before anything is replaced or any model code runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some requests in the project were not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playground is not part of this build yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine ready ({description})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine-learning libraries are loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <source>Model</source>
        <extracomment>The list&apos;s headers as shown (``COLUMNS`` stays the English keys of :meth:`rows`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, language or licence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models to start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a &amp;model folder on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or a Hugging Face id, e.g. BAAI/bge-small-en-v1.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face model id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well it knows your texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training starts from a model that already understands language and teaches it your data. Pick one that knows your language; smaller ones train faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Pick the folder that holds those files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to download {hub_id}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded. The model is now on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a model to start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the download to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model is not on this computer: download it, or pick another one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a sentence-transformers model saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelSources</name>
    <message>
        <source>✓ on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hub_id}
{description}
Languages: {languages}
{size_mb} MB, {dimensions} dimensions, licence {licence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trained {when} on {data}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder}
Base model: {base}
Data: {data}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageRunDialog</name>
    <message>
        <source>When training is too slow on this computer, run it on a bigger one, for example a rented server with one or more graphics cards (GPUs). The app writes a folder with your data, these settings, the base model and its own training program. Copy the folder to the other computer and start the script in it (its README explains how): it uses every GPU there. The trained model appears in the folder&apos;s “output” folder; copy it back and open it here like any model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on another machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the folder to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the other machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a folder written here earlier by this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your data first (the Data page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying your data, the model and the training program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to {folder} ({megabytes:.0f} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base model is included, so the other computer needs no download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other computer downloads the base model when it starts (it needs internet access).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the folder to the other computer and follow its README; the trained model appears in its “{output}” folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder, or tick “Replace”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <source>Model:</source>
        <extracomment>Quiet time after the last keystroke before the matrix is recomputed. Short enough that keystroke-to-heatmap stays under 200 ms for 20 sentences; cheap because an edit re-encodes only the changed line (the embedding cache) and a result overtaken by a newer edit is dropped, so fast typing never queues work.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with a second model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the base model and your fine-tuned model side by side, and what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a model and type some sentences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model ready. The matrix follows your typing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load {model}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no matrix to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type some sentences first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matrix could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Your model got better.</source>
        <extracomment>The headline for each verdict; only &quot;better&quot; is shown as a success (green). The texts are marked for context &quot;ResultPage&quot;; :func:`verdict_headline` translates them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your model got worse on the rows it had not seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No real change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result cannot be measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your model is still poor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training has finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The pairs that changed most&lt;/b&gt; (rows it had not seen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it in the &amp;Playground (compare with the base model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport for other programs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train &amp;again (change settings)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the settings and train again; the new model gets a folder of its own and this result stays in the list below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training was stopped early after {steps:,} of {total:,} steps; the model keeps what it learned so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training was stopped early; the model keeps what it learned so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model was saved in:&lt;br&gt;&lt;b&gt;{folder}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{loss}, learning rate {rate:g}, {passes:g} passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{loss}, learning rate {rate:g}, {passes:g} pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the main measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss plot could not be saved. {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunsList</name>
    <message>
        <source>&lt;b&gt;Your runs with this data&lt;/b&gt; (click one to show its result)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished runs with this data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mark} {words}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (shown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a question or a phrase to find the closest rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model to search with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model that finds the closest rows. In compare mode, pick either model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a pasted list instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the texts to search, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Automatic (fastest the device supports)</source>
        <extracomment>The precisions offered: (key, what the user sees; marked for context &quot;SettingsPage&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full precision (fp32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half precision (fp16, GPUs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bfloat16 (newer GPUs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the &amp;best settings for me, within</source>
        <extracomment>Settings that live in the Advanced section (a problem with one opens it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trains several times with different settings, measures each on the same rows kept apart, and keeps the best model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times the model reads all your examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples learned from together; bigger is often better but needs more memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How big each correction is; smaller is safer, larger learns faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Max length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer texts are cut here; shorter is faster, too short loses meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warm-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of steps that start gently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight &amp;decay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the model from memorising; 0.01 is usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed gives the same run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number format; automatic is right almost always.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;valuate every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps between quality checks during training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checkpoint every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps between checkpoints, to resume a stopped run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps at most, whatever the epochs (for a quick try).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new model in a new folder beside this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow its code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You allowed this model&apos;s own program code to run (for this session only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This model comes with its own program code.&lt;/b&gt; It runs only if you allow it; do that only for a model from a source you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the model &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new folder for the trained model, its card and its plots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on another &amp;machine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack these settings and your data to train on a bigger computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder
{folder}
already holds files. Training would replace them with the new model.

Replace its contents?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the trained model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The estimated training time appears once data are chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model comes with its own program code: allow it (only for a source you trust), or go back and pick another model.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Worth knowing before you train:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the current step; the model so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start training first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the training engine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting: {model} on {data}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop training?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop training now?

The model keeps what it learned so far and is saved in its folder; you can try it in the Playground.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current step and saving the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation ({phase}, step {step}): {label} = {value:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training could not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training could not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped because of an unexpected error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong during training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings are kept; you can change them and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} already holds a model; saving in {fresh} instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>Loading the training engine…</source>
        <extracomment>A function with run_training&apos;s signature: (config, on_event, cancel) -&gt; summary.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningStrip</name>
    <message>
        <source>⛔ 1 row left out (errors)</source>
        <extracomment>Warning codes that concern the chosen model&apos;s vocabulary (the model page&apos;s check).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⛔ {rows:,} rows left out (errors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ 1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {count} warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ℹ 1 row note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ℹ {notes:,} row notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to see them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Wizard steps</source>
        <extracomment>The wizard&apos;s steps in order, with their pages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number}: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training is still running. Stop it and close?

The model trained so far is kept in its output folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet the model learns from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the model learns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss is the lesson the model is given. The one that fits your data best is already selected; the others are explained so you can compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base model</source>
        <extracomment>QSettings key remembering that the user declined the multilingual model download offer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model your data will teach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much your model learned, and where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These defaults were chosen for your data and this computer. You can start right away or adjust them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <extracomment>Lines kept in the log view (older lines are dropped).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start training and watch the model learn. You can stop at any time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>There is no file {path}. Check the path, or open the app and pick a project.</source>
        <extracomment>Environment variable that does the same (&quot;1&quot;/&quot;all&quot; or a comma-separated list of steps).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;{command}&apos;. Did you mean &apos;{suggestion}&apos;? The commands are: {commands}. Run &apos;main.py --help&apos; for how to use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;{command}&apos;. The commands are: {commands}. Run &apos;main.py --help&apos; for how to use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No display was found, so the window cannot open. Start the app from a desktop session, or use the command line: run &apos;main.py --help&apos; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callbacks</name>
    <message>
        <source>The training loss became NaN (not a number): the model stopped learning anything useful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower the learning rate, or check the scores/labels for extreme values; then train again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog_models</name>
    <message>
        <source>English</source>
        <extracomment>The 50 language codes on the cards of the paraphrase-multilingual-* models (their &quot;language:&quot; list; zh-cn/zh-tw as zh, fr-ca as fr, pt-br as pt). Sinhala is not among them. XLM-RoBERTa&apos;s pretraining languages as ISO 639-1 codes (93 distinct codes; the e5 cards count 94 languages), on which multilingual-e5 was then trained with text pairs, and which bge-m3 and the xlm-r-100langs model build on. Sinhala (si) is among them. LaBSE&apos;s 109 languages (its card), Sinhala included. The models offered in the model picker, the offline one first.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small and quick; ships with the app, so it works without internet. Best for English text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50 languages incl. Korean and Russian (not Sinhala)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small, fast multilingual model; a good first choice for non-English data on a laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiny English paraphrase model; trains in minutes on a CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 languages incl. Korean, Russian, Sinhala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An older multilingual base model trained on NLI and STS; newer models usually do better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>94 languages incl. Korean, Russian, Sinhala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A large, strong multilingual model; needs a GPU or patience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small multilingual model with strong search quality for its size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced size and quality for multilingual search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong multilingual paraphrase model for similarity and clustering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>109 languages incl. Korean, Russian, Sinhala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built to match translations across languages; good for bilingual data and many low-resource languages such as Sinhala.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100+ languages incl. Korean, Russian, Sinhala</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large multilingual model for long documents (up to 8,192 tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not download {model} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the internet connection, or pick a model folder on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model with this name on the Hugging Face Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection to the Hugging Face Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download did not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app is set to work offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing component {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of {model} was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not look like a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model in {folder} has a damaged modules.json file.</source>
        <extracomment>Files of which a model folder&apos;s tokenizer needs at least one. A tokenizer with fewer ordinary (non-special) tokens than this is broken: every word of real text would become the unknown token and all sentences would look alike. Model types whose position table keeps two extra slots (padding offset) it cannot read.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a folder that holds a complete sentence-transformers model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model in {folder} names a part outside its own folder ({part}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a model folder from a source you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty or cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is cut short or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is cut short (an interrupted download or copy?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model {name} comes with its own program code (module {module}), which the app does not run unless you allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model {name} comes with its own program code, which the app does not run unless you allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow it only for a model from a source you trust, or pick another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model {name} has no tokenizer files (such as tokenizer.json or vocab.txt), so it cannot read text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole model folder again, or pick another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model {name} keeps its weights only in {file}, a format that can hide program code; the app only loads weights in the safetensors format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a version of the model with model.safetensors (most models on the Hugging Face Hub have one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model {name} has no weights file (model.safetensors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights file {file} of the model {name} cannot be used: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy or download the model again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokenizer of the model {name} knows no words ({ordinary} ordinary tokens), so every sentence would look the same to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole model folder again (with its tokenizer files), or pick another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a model from the list or a model folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no model at {ref}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a folder that holds a sentence-transformers model (with modules.json or config.json), or a model from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} is not on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download it first, or pick a model folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The max length of {max_seq_length} tokens is more than the model {name} can read ({limit} tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {limit} or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model in {folder} could not be loaded ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model in {folder} could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size:.1f} GB</source>
        <extracomment>The multilingual model the installers ship beside the English one (docs/multilingual-model.md says why this one) and that a first start from source offers to download. Download speed assumed for &quot;about N minutes to download&quot; (a modest home connection).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a {size} download (about 1 minute at {speed:g} Mbit/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a {size} download (about {minutes} minutes at {speed:g} Mbit/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} knows {names} and {cost}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} {cost}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your texts are in {names}.</source>
        <extracomment>Among models of the same size, the better choice first (e5-small scores higher on multilingual retrieval than paraphrase-multilingual-MiniLM-L12-v2 and knows Sinhala).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your texts are in {names}. The chosen model, {model}, was trained on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your texts are in {names}. The chosen model, {model}, was not trained on {missing}: pick a model that knows them in the Base model step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your texts are in {names}. The chosen model, {model}, was not trained on {missing}: it will understand little of them. The Base model step recommends {recommended}, which knows {names} and {cost}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Hugging Face Hub ({ref}), downloaded to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Hugging Face Hub ({ref})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {name} does not hold a model: a sentence-transformers or transformers model folder has a modules.json or config.json file in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli_common</name>
    <message>
        <source>reading the data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook sheet to read (default: the first with a table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text columns in order, comma-separated, e.g. --columns question,answer (three for anchor,positive,negative). Default: detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score or label column (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 0/1 labels: the value that means &quot;similar&quot; (default: 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text encoding, e.g. utf-8, cp1251, cp949 (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma, semicolon, tab, pipe or one character (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row is data, not column names (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli_distributed</name>
    <message>
        <source>Train with a training_config.json, on one or several GPUs (start it with torchrun for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an existing output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow the model&apos;s own program code to run (only for sources you trust).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue an interrupted run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU threads per process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {message} {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  step {step}  loss {loss:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  before training: {metric} {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  after training: {metric} {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error (process {rank}): {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; the model was not saved. Add --resume to continue from the last checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process {rank} of {world} saved the model in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process {rank} of {world} finished (the main process saves).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli_evaluate</name>
    <message>
        <source>Measure how well a model does on a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure a model on the examples in a spreadsheet: for question/answer pairs how often the right answer comes first, for scored pairs how well the model agrees with the scores, and so on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet with examples to measure on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model id from the list or a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncate texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow a model&apos;s own program code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print primary_metric, value and metrics as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable rows are in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check it with: main.py inspect FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{metric}: {value}  ({rows} rows)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli_export</name>
    <message>
        <source>Export a trained model for other programs (ONNX, OpenVINO).</source>
        <extracomment>Exit status when the export was written but does not agree well enough with the original.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a model folder in a format other programs run fast, check that it gives the same vectors as the original and measure its speed. Formats: {formats}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new folder to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace --out if it holds an earlier export of this app (never anything else).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text file, one text per line, for the agreement check (default: the model&apos;s held-out rows, else built-in samples).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts encoded per speed measurement (default 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed measurements to take the median of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text file {path} is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it as UTF-8, one text per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text file {path} has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one text per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement with the original on {texts} texts ({source}): mean cosine {mean:.4f}, lowest {lowest:.4f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed on this CPU ({threads} threads, {texts} texts, median of {repeats}): {exported:.3f} s vs {original:.3f} s for the original = {speedup:.2f}x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: {size:.1f} MB (original weights {original:.1f} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {folder} (see README.md there).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli_inspect</name>
    <message>
        <source>Show what EmbedTune makes of a data file: columns, shape, problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a data file and report its columns, shape, fitting loss and problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file (.csv .tsv .txt .xlsx .xls .ods .json .jsonl .parquet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check lengths, unknown words and how well it knows each language of the texts, with this model&apos;s tokenizer (on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &apos;{path}&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name and the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sentence 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sentence 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label (0/1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:      {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:    {format}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:  {encoding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter: {delimiter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet:     {sheet} (other sheets: {others})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet:     {sheet}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:      {rows} (first row holds column names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:      {rows} (no header row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data:      {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>           &apos;{positive}&apos; in &apos;{label}&apos; is taken to mean similar (change with --positive-label).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss:      {loss} (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>           also possible: {losses}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens ({model}, reads {limit}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {column}: min {min}, mean {mean}, p95 {p95}, max {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {language} ({texts} texts checked): {verdict} [{pieces:g} pieces per word, {unknown:.0%} unknown]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:  {count} ({errors} rows left out of training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}, {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  … and {count} more (see --json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:  none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    What to do: {hint}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli_main</name>
    <message>
        <source>{prog}: {message}. Run &apos;{prog} --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli_package_run</name>
    <message>
        <source>Pack a training run to run on another (bigger) machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a self-contained folder with the data, the settings, the app&apos;s training code and scripts (run.sh, run.ps1, run.bat) that train on all GPUs of the machine the folder is copied to. The trained model appears in its output/ folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training_config.json to pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new folder to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace --out if it holds an earlier packed run (never anything else).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed the run into {folder} ({size:.1f} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base model is included; the other machine needs no download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other machine downloads the base model {model} when it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the folder to the other machine and start run.sh there (run.ps1 on Windows);
the trained model appears in {folder}/ (see README.md in the folder).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli_similarity</name>
    <message>
        <source>Print how similar a model finds some sentences (cosine similarity matrix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the cosine similarity matrix of the sentences under a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model from the catalogue, a Hub id, or a model folder on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object: {&quot;sentences&quot;: [...], &quot;matrix&quot;: [[...]]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the sentences against these instead of against each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cpu, cuda or mps (default: automatic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentences to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sentences were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass at least one sentence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli_train</name>
    <message>
        <source>Fine-tune a model on a spreadsheet.</source>
        <extracomment>Exit status after a run stopped with Ctrl-C (the model so far is saved). Exit status after a run stopped by SIGTERM (the model so far is saved). Signals that stop a run gracefully: finish the step, save, exit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune a sentence-embedding model on the examples in a spreadsheet and save it to a folder. Settings not given are taken from --config, else chosen automatically. {automatic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet to train on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model id from the list or a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to save the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss by name or alias (mnrl, cmnrl, cosent, angle, cosine, contrastive, online-contrastive, softmax, triplet). Default: the one recommended for the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A separate file to measure on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of rows kept apart to measure the model (default 0.1; 0 = off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also train shortened vectors of these sizes, e.g. 256,128,64 (each at most the model&apos;s own size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For question/answer pairs: before training, find N answers per question that look right but are wrong, and learn from them too (0 = off; 3 examples are printed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue a run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an existing --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow a model&apos;s own program code to run (only for sources you trust).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU threads to use (default: all cores but one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the best settings: try a few learning rates and losses on the same held-out rows within --time-budget, keep the best model, and print what was tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About how long training may take: sizes the automatic number of passes (default 30), and the whole search with --search (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a training_config.json; other options override it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object per event on stdout instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a list of vector sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write them like 256,128,64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Matryoshka sizes were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the spreadsheet: train FILE ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output folder was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --out DIR for the trained model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  question:     {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  right answer: {answer}  (similarity {score:.2f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  taught wrong: {answer}  (similarity {score:.2f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  If a &apos;taught wrong&apos; answer is in fact right, press Ctrl-C and train again without --hard-negatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {message} {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  step {step}  epoch {epoch:.2f}  loss {loss:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  before training: {metric}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  after training: {metric}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current step and saving what was learned (Ctrl-C again to abort without saving)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system asked the app to close. {stopping}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: {change}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model stopped early; saved what was learned in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model saved in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings tried (main measure on the held-out rows after training):</source>
        <extracomment>Options whose value, when given, the automatic plan never changes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {loss}, learning rate {rate:g}, {epochs:g} passes: {status}  &lt;- kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {loss}, learning rate {rate:g}, {epochs:g} passes: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: {verdict}. {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>config</name>
    <message>
        <source>This file asked to replace the output folder if it already exists; that is only done when you confirm it yourself, so it is off.</source>
        <extracomment>The model used when none is named: the one that ships with the app and works offline. Settings that are permissions of this session, never read from (nor written to) a file: replacing the output folder, continuing into it (which replaces it too), and running a model&apos;s own program code. Only the user&apos;s act (a command-line flag, a confirmation in the window) switches them on. What the user is told when a file asked for one of :data:`SESSION_ONLY_FIELDS`.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file asked to continue an earlier run in its output folder; that is only done when you ask for it yourself, so it is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file asked to run the model&apos;s own program code; that is only allowed when you confirm it yourself, so it is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a piece of text</source>
        <extracomment>A settings or project file larger than this is not one the app wrote. Bounds every number is checked against (:func:`setting_problems`). No model the app can train reads more tokens than this; the model&apos;s own limit is checked too when its folder is on this computer. Most mined wrong answers per question/answer pair (each is one more text per row a step). Longest time budget for &quot;find the best settings for me&quot; (a day). How each setting is typed in a file: the kind checked by :func:`_checked_value`.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a piece of text (or empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true, false or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number (or empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number (or empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting &apos;{name}&apos; holds an invisible NUL character, which no name or path has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix or remove this setting in the file, or pick a file written by this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting &apos;{name}&apos; should be {kind}, but the file has {shown}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings are not a list of named values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a file written by this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration has settings this version does not know: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove them, or use the version of the app that wrote the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file {name} is not an ordinary file of at most {megabytes} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a training_config.json written by this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file {name} is not valid JSON ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read {name} ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you may read the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file {name} does not hold settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of epochs must be above 0 and at most {most:g} (it is {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 4 epochs is usual; use a fraction such as 0.5 for half a pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch size must be a whole number from 1 to {most} (it is {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 or 32 is usual; lower it if the computer runs out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate must be a number above 0 and below 1 (it is {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values from 1e-5 to 1e-4 are usual; 2e-5 is a safe start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The max length must be a whole number of tokens from {least} to {most:,} (it is {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it empty to use the model&apos;s own length; 128 to 512 is usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The max length of {value} tokens is more than this model can read ({limit} tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {limit} or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of rows kept for measuring must be from 0 to {most} (it is {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.1 (one row in ten) is usual; 0 turns measuring off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step limit must be a whole number of at least 1 (it is {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps between quality checks must be a whole number of at least 1 (it is {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps between checkpoints must be a whole number of at least 1 (it is {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps between loss reports must be a whole number of at least 1 (it is {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it empty for the automatic choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to {most} (it is {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any number such as 42 works; the same seed repeats the same run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warm-up share must be from 0 to 1 (it is {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.1 (the first tenth of the steps) is usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight decay must be from 0 to 1 (it is {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.01 is usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each shortened vector size must be a whole number of at least 1 (not {sizes}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write sizes smaller than the model&apos;s own, such as 256,128,64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortened vector sizes repeat a size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each size once, such as 256,128,64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of wrong answers to find per question must be a whole number from 0 to {most} (it is {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 3 is usual; 0 turns it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time for finding the best settings must be from 1 to {most:g} minutes (it is {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 to 120 minutes is usual; leave it empty to train once with the automatic settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number format &apos;{value}&apos; is not one the app knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of CPU threads must be from 1 to {cores}, the cores of this computer (it is {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it out to use every core.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate must be a small number such as 2e-5.</source>
        <extracomment>The problem of a learning rate that is no number at all (as typed in a form).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values from 1e-5 to 1e-4 are usual.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>coverage</name>
    <message>
        <source>Sinhala</source>
        <extracomment>Share of unknown tokens above which a model &quot;does not know&quot; a language. Sinhala under all-MiniLM-L6-v2 gives 0.86-0.87; a vocabulary trained on Sinhala gives 0.00-0.01. Share of unknown tokens above which a model knows a language only partly (the old ``unknown-tokens`` limit: one word in twenty read as &quot;unknown&quot; already hurts). Share of pieces covering at most one letter above which the model reads letter by letter. all-MiniLM-L6-v2 gives 0.96-1.00 on Russian and Korean (jamo), 0.07-0.18 on English; a WordPiece vocabulary trained on Sinhala/Korean/Russian gives 0.18-0.29 on held-out rows (a whole Hangul syllable or Han character counts as more than a letter). Tokens per word, as a multiple of the English yardstick, above which a model cuts words into letters whatever the single-letter share says. MiniLM: Russian 5.3-5.5x, Korean 4.5-6.9x. The tiny trained vocabulary gives 0.9-1.6x; multilingual tokenizers are studied by fertility in Rust et al., &quot;How good is your tokenizer?&quot; (ACL 2021); their figures were not re-checked here, so the limit leaves a wide margin above what a known script needs. Above these the model knows the language only partly: many words come in several pieces. Highest English yardstick (tokens per word); all-MiniLM-L6-v2 gives 1.04 on the reference. Texts of one language measured (the first ones; enough for a stable share). Fewer words than this in a language and no verdict is given for it (too little to judge). A script with less than this share of all words is left out: a few English names in a Korean data set (&quot;NASA&quot;, &quot;TV&quot;) say nothing about the data&apos;s language. Script name -&gt; (ISO 639-1 code, language name) when the script names one language. The names stay English in the data (JSON, model cards); :func:`language_name` translates one for display (they are marked under the context &quot;coverage&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <extracomment>(first code point, last code point, script) for the letters the app tells apart. Scripts whose one character is a syllable or a word: a piece of one character is normal there, and only a piece of less than one character (a Hangul jamo) counts as a letter. Share of frequent English words above which Latin-script texts are called English. Cyrillic letters that Russian does not use but Ukrainian does. Frequent English words: Latin-script text with enough of them is called English.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a language written in Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model does not know {language}: most words become “unknown” to it, so it cannot tell those texts apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model does not know {language}: {share:.0%} of the words become “unknown” to it, so it cannot tell those texts apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model splits {language} into single letters ({pieces:.1f} pieces per word, against {english:.1f} in English): it will understand little of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model knows {language} only partly ({pieces:.1f} pieces per word, {unknown:.0%} unknown): a model made for {language} will do better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model knows {language} well.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data_dataset</name>
    <message>
        <source>No row is usable for training: every row has a problem.</source>
        <extracomment>Dataset column names per shape: text columns, then the label column (if any).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run inspect to see the problems, fix the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evaluation share of {share:g} leaves nothing to train on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a share below 1, e.g. 0.1 for 10%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are too few rows to keep some apart for evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rows, or turn evaluation off (evaluation share 0).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data_detection</name>
    <message>
        <source>EmbedTune could not find two columns of text to learn from (the columns are: {columns}).</source>
        <extracomment>Column-name hints (lower-case, compared after removing spaces, dashes and underscores). A column is treated as categories when it has at most this many distinct values. sentence-transformers&apos; own column names, as keys (see :func:`_key`), in training order. The first set a table holds completely names its text columns. sentence-transformers&apos; names for the label column, as keys. A text column&apos;s cells must average at least this length, counting each CJK character (Hangul, Han, kana) as :data:`_CJK_WEIGHT` because one such character often is a word.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training needs pairs of texts side by side, e.g. a question and its answer. Choose the text columns yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no column called {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns are: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick two different text columns (or three for anchor, positive, negative).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{label}&apos; cannot be both a text and the label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triplets (anchor, positive, negative) take no label column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the label out, or pick two text columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &apos;{name}&apos; holds lists, not labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a column with one score or class per row as the label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; does not occur in the column &apos;{label}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its values are: {values}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triplets: a text, a matching text and a non-matching one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions with their answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs of texts that belong together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence pairs with a similarity score 0–1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence pairs with a similarity score 0–{top}, scaled to 0–1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence pairs labelled similar ({positive}) or not (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence pairs labelled similar ({positive}) or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence pairs with one of {count} classes ({classes})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data_inspection</name>
    <message>
        <source>The model &apos;{model}&apos; is not on this computer, so its tokenizer cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download it first (train or the model picker does), or give a model folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokenizer of &apos;{model}&apos; could not be loaded from {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder holds a complete sentence-transformers model.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data_limits</name>
    <message>
        <source>Open it in your spreadsheet program and save it again, e.g. as .xlsx or UTF-8 CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <extracomment>Largest file EmbedTune opens, in bytes (256 MiB). Larger files are refused before anything is read: reading text makes Python hold several times the file&apos;s size in memory, and fine-tuning on a desktop needs far less data than this. Largest total unpacked size of a workbook&apos;s parts (.xlsx, .xlsm, .ods), or of a Parquet file&apos;s data, in bytes (512 MiB). Read from the archive&apos;s directory (or the Parquet footer) before anything is unpacked, so a &quot;zip bomb&quot; (a small file that unpacks to gigabytes) is refused while it is still small. Most cells a sheet or table may span (10 million): rows times columns, counting the empty cells between the first and last filled one, because that is what a spreadsheet reader allocates. A tiny .xlsx with one cell in A1 and one in XFD1048576 spans 17 billion cells. Most columns a table may have (1,000). Training uses two or three; detection looks at every column, so a file with tens of thousands of columns is refused rather than slow. Most characters in one cell (1,000,000). Models read at most a few thousand characters of a text; a longer cell is refused with its row, not cut silently. Most parts a workbook archive (.xlsx, .ods) may hold (10,000). A workbook has a few dozen; an archive of 100,000 empty parts (12 MB) takes the zip reader seconds and tens of MB just to list, a million ten times that. Counted from the archive&apos;s last record before listing. Deepest nesting of lists and objects in a JSON or JSON-lines file (64). Rows of training data are flat; deeper nesting is refused before it can exhaust Python&apos;s stack.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a spreadsheet file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {kind}, not a file EmbedTune can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a spreadsheet or data file saved on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {size:,.0f} MB; EmbedTune reads files of up to {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only the rows and columns you need, or split the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &apos;{path}&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name and the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EmbedTune could not open &apos;{name}&apos; ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file is there and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is larger than {limit} MB, the most EmbedTune reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell in row {row} (column &apos;{column}&apos;) of &apos;{name}&apos; holds {chars:,} characters; EmbedTune reads cells of up to {limit:,}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten that text: a model reads only the first few thousand characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has {columns:,} columns; EmbedTune reads tables of up to {limit:,} columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only the columns you need (the texts and the label) and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; spans {rows:,} rows by {columns:,} column, more than the {limit:,} cells EmbedTune reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; spans {rows:,} rows by {columns:,} columns, more than the {limit:,} cells EmbedTune reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only the rows and columns you need, or split the file. If the sheet looks small, delete the empty rows and columns far below and right of the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is an archive of {members:,} parts; a workbook has a few dozen, and EmbedTune opens archives of up to {limit:,}.</source>
        <extracomment>What Python&apos;s zip reader raises for a broken, encrypted or exotic archive.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it in your spreadsheet program and save it again, or save the data as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; unpacks to {size:,.0f} MB; EmbedTune reads workbooks that unpack to at most {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only the sheet and columns you need, or save the data as CSV. A small file that unpacks to so much may have been made to harm: open only files you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook &apos;{name}&apos; is damaged ({error}).</source>
        <extracomment>Cell and row tags of an .xlsx sheet, with their attributes and whether they close at once. Row, cell and table tags of an .ods content.xml.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON in &apos;{name}&apos; on line {line} is nested more than {limit} levels deep, which is not a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON in &apos;{name}&apos; is nested more than {limit} levels deep, which is not a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the data as a flat table: one row per example, one column per text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; unpacks to {size:,.0f} MB; EmbedTune reads Parquet files that unpack to at most {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data_presentation</name>
    <message>
        <source>CSV text</source>
        <extracomment>Formats read as delimited text (encoding and delimiter can be changed). Formats read as workbooks (a sheet can be chosen). Format names (&quot;JSON&quot; and &quot;Parquet&quot; are names, the same in every language).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimited text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 97–2003 workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model learns to put each text close to its partner and away from the other rows&apos; partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model learns to put the first text closer to the second than to the third.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model learns to give each pair the similarity its score says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model learns to tell similar pairs from different ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model learns from how each pair is related (for example “same meaning”, “unrelated”, “contradicts”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” means similar</source>
        <extracomment>Rows whose texts are shown to name their languages.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with this value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows:,} rows, {columns} columns, {bad:,} lines could not be read. Rows with problems are tinted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows:,} rows, {columns} columns. Rows with problems are tinted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the text columns below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no column called {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to check the result on needs the same columns as the training file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row:,}, {column}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row:,}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problems:,} problems; {rows:,} rows will be left out of training because of them. The first {limit} are listed. Click one to see its row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problems:,} problems; {rows:,} rows will be left out of training because of them. Click one to see its row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problems:,} problems. The first {limit} are listed. Click one to see its row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problems:,} problems. Click one to see its row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {rows:,} rows are used to train; {eval_rows:,} rows of {name} check the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {rows:,} rows are used to train; its rows of {name} check the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows:,} rows to train. {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows:,} rows to train, {held_out:,} to check the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;The result cannot be measured:&lt;/b&gt; {reason} {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a spreadsheet on this page, or click Browse to pick one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick which columns hold the texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows can be used for training: see the problems on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file {path} is not on this computer any more. Drop it here again, or browse for it; the other settings are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data_reading</name>
    <message>
        <source>Open it in your spreadsheet program and save it again, e.g. as .xlsx or UTF-8 CSV.</source>
        <extracomment>File suffixes read_table understands, with the format each is read as. Legacy encodings tried, in order, when a file is not UTF-8 (Russian and Korean Windows). Control characters no spreadsheet shows and no model reads; removed from every cell. Bytes that never occur in text (C0 controls other than tab, line breaks, form feed, escape).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a delimiter I understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one character, or one of: comma, semicolon, tab, pipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EmbedTune cannot read &apos;{name}&apos;: files ending in &apos;{suffix}&apos; are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it as one of: {formats}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is nested too deeply to be a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the data as a flat table: one row per example, one column per text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is too large to read with the memory this computer has free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only the rows and columns you need, or close other programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EmbedTune could not read &apos;{name}&apos; as a {format} file ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds no rows of data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you picked the right file (and sheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EmbedTune could not tell which text encoding this file uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it as UTF-8 (in Excel: &apos;CSV UTF-8&apos;), or name its encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell on line {line} of &apos;{name}&apos; is longer than {limit:,} characters, the most EmbedTune reads in one cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell of &apos;{name}&apos; is longer than {limit:,} characters, the most EmbedTune reads in one cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten that text, or check for a quote character that is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a zip archive (perhaps an .xlsx or .ods workbook with another ending)</source>
        <extracomment>Start of files that are not text at all, with what they are in plain words. (Marked for translation; translated where the error is raised.)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Office file (perhaps an old .xls workbook with another ending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Parquet file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a compressed (gzip) file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <extracomment>Share of binary bytes above which a file is not text (random or compressed data has 11%; a text file with a stray NUL far less: those are removed from the cells).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CP949 (Korean Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {what}, not a {format} text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file its real ending (e.g. .xlsx), or save it again as UTF-8 CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; does not hold text: it looks like a program&apos;s own binary format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{encoding}&apos; is not a text encoding I know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try utf-8, utf-16, cp1251 (Russian Windows) or cp949 (Korean Windows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not written in {encoding}: byte {byte} does not fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the encoding out to let EmbedTune detect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number} is written in another encoding ({other}) than the rest of the file ({name}), so it could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number} is not written in {name} like the rest of the file, so it could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number} has {values} values where the other lines have {expected}.</source>
        <extracomment>Scripts whose letters in a UTF-8 line show it really is UTF-8 (Cyrillic, Greek, Hebrew, Arabic, Indic scripts with Sinhala, Thai, Hangul, kana, Han). Latin letters with accents do not: the bytes of a CP949 syllable can happen to spell &quot;ũ&quot; in UTF-8.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EmbedTune could not open the workbook &apos;{name}&apos; ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it in your spreadsheet program and save it again as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet &apos;{sheet}&apos; of &apos;{name}&apos; is damaged and cannot be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook &apos;{name}&apos; has no sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook &apos;{name}&apos; has no sheet called &apos;{sheet}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its sheets are: {sheets}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet &apos;{sheet}&apos; of &apos;{name}&apos; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the sheet that holds your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is JSON, but not a list of rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a list of records such as [{&quot;question&quot;: &quot;…&quot;, &quot;answer&quot;: &quot;…&quot;}, …].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON rows are not records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row should look like {&quot;question&quot;: &quot;…&quot;, &quot;answer&quot;: &quot;…&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; mixes two text encodings: line {lines} is not written like the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; mixes two text encodings: line {lines} are not written like the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file again as UTF-8, which JSON files should always use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds more than {limit:,} values, the most EmbedTune reads from one JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only the rows and fields you need, or split the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not valid JSON: {error} at line {line}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the file, or save the data as CSV or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number} is not valid JSON ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {number} is not a record ({{…}}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EmbedTune could not read &apos;{name}&apos; as a Parquet file ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file is complete, or save the data as CSV or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>data_validation</name>
    <message>
        <source>{message} It was left out.</source>
        <extracomment>Fewer usable rows than this earns a ``few-rows`` warning. Share of rows with identical texts above which ``identical-pairs`` is raised. Share of unknown tokens above which ``unknown-tokens`` is raised. Share of texts longer than the model reads above which ``long-texts`` is raised. Rows tokenized for statistics (all rows when there are fewer). Row or line numbers a warning names before it only counts the rest.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell in &apos;{column}&apos; is empty; the row is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score &apos;{score}&apos; is not a number; the row is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score {score} is outside 0–{top:g}; the row is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of the classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only 1 usable row: the model will learn little from so few examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {rows} usable rows: the model will learn little from so few examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aim for a few hundred rows or more; add more examples if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {same} of {rows} rows both texts are the same: the model would learn nothing from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that &apos;{first}&apos; and &apos;{second}&apos; are the right columns: the second should be a different text that belongs with the first (e.g. the answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row} repeats row {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row repeats an earlier row exactly ({examples}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} rows repeat an earlier row exactly ({examples} and {more} more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} rows repeat an earlier row exactly ({examples}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated rows give those examples more weight; remove them unless you mean it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &apos;{column}&apos; holds the same value ({value}) in every row, so it says nothing: the rows are treated as pairs that belong together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is fine for question/answer data. If some pairs should count as dissimilar, give them a different value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores in &apos;{column}&apos; run from 0 to {scale:g}; they are divided by {scale:g} so that they run from 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do, unless your scale is different (then fix the scores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row has an empty cell; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} rows have an empty cell; they are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the missing texts or delete those rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 line could not be read as rows (e.g. line {lines}) and is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} lines could not be read as rows (e.g. line {lines}) and are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those lines have more or fewer values than the others: check for an extra delimiter or a missing one, or pick the delimiter yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file, fix those lines and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 line of the file is written in another text encoding than the rest (line {lines}), so it was left out rather than shown as garbled text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} lines of the file are written in another text encoding than the rest (line {lines}), so they were left out rather than shown as garbled text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was probably joined from two files saved differently. Save each part as UTF-8 (in Excel: &apos;CSV UTF-8&apos;) and join them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a model that knows your language: {recommendation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a model that knows your language, e.g. a multilingual one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is {length} tokens long; the model reads only the first {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model does not know {share:.0%} of the words and signs in your texts (it reads them as &apos;unknown&apos;), so it cannot tell those texts apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share:.0%} of the texts are longer than the {limit} tokens the model reads; the rest of each is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split long texts into shorter passages, or raise the maximum length.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>evaluation</name>
    <message>
        <source>The data shape &apos;{shape}&apos; is not one evaluation understands.</source>
        <extracomment>Evaluation rows used at most, so that measuring stays quick on a CPU.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are too few evaluation rows (or they all have the same label) to measure the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use more rows, with both similar and not-similar examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement with your scores (Spearman, 1 = perfect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of questions whose right answer comes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how near the top the right answer ranks (MRR@10, 1 = always first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of rows where the matching text is closer than the non-matching one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how well similar and not-similar pairs are told apart (average precision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of pairs judged correctly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement with your scores (Spearman) {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the right answer comes first for {change} of questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how near the top the right answer ranks (MRR@10) {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the matching text is closer than the non-matching one in {change} of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar and not-similar pairs are told apart with average precision {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>among the first {k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement of the similarities with your scores (ranking, 1 = perfect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement of the similarities with your scores (straight line, 1 = perfect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of rows judged correctly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of answers found that are right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of the right answers that are found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how near the top the right answer comes (1 = always first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how well the right answers are ordered at the top (1 = perfect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how well all right answers rank near the top (1 = perfect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how well similar and not-similar pairs are told apart (1 = perfect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance of found and correct similar pairs (1 = perfect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement of the similar/not-similar calls with your labels (1 = perfect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similarity above which pairs count as similar (for accuracy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similarity above which pairs count as similar (for balance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of questions with the right answer (among the first {k})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another measure of the library ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows:,} questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows:,} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows:,} pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the {unit} of your evaluation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {unit} the model had not seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, its similarity now agrees with your scores {after:.2f} (it was {before:.2f}; 1.0 would be perfect, 0 is no agreement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, its similarity now agrees with your scores {after:.2f} (1.0 would be perfect, 0 is no agreement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, it now puts the right answer first for {after} of them (it was {before}; guessing would get {chance}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, it now puts the right answer first for {after} of them (guessing would get {chance}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, the matching text now comes out closer than the other one in {after} of them (it was {before}; guessing would get 50%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, the matching text now comes out closer than the other one in {after} of them (guessing would get 50%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, it now tells similar from not-similar pairs with a score of {after:.2f} (it was {before:.2f}; 1.0 would be perfect, {chance:.2f} would be guessing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, it now tells similar from not-similar pairs with a score of {after:.2f} (1.0 would be perfect, {chance:.2f} would be guessing).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exporting</name>
    <message>
        <source>Could not write {name}: {error}.</source>
        <extracomment>Leading characters a spreadsheet may treat as the start of a formula. Characters spreadsheets skip before a formula starts: whitespace (Unicode&apos;s too), control characters, zero-width spaces and byte-order marks. Characters the XML inside an XLSX file cannot hold (openpyxl refuses them). Most characters an Excel cell holds; longer labels are cut (Excel reports such a file as damaged). Label of the top-left cell.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another folder or close the file if a spreadsheet program has it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save a picture as &apos;.{suffix}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a file name ending in .png or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hard_negatives</name>
    <message>
        <source>{mined} of {pairs} question/answer pairs got 1 wrong answer that look right, found in the data itself.</source>
        <extracomment>Skip this many of the base model&apos;s best-ranked wrong answers (see the module docstring). A negative must score at least this share below the right answer (NV-Retriever&apos;s 95%). Never take a candidate scoring above this against the question. Candidates looked at per question (the library&apos;s ``range_max``), at most. Questions compared with the corpus at once (bounds memory: this many x corpus scores). Texts embedded between two progress reports / cancel checks. Examples kept in the summary for the user to look at. Losses that accept (anchor, positive, negative_1, ..., negative_n) rows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mined} of {pairs} question/answer pairs got {negatives} wrong answers that look right, found in the data itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mined} of {pairs} question/answer pairs got 1 wrong answer that look right, found in the data itself; 1 pair had no safe wrong answer and was left out of this training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mined} of {pairs} question/answer pairs got {negatives} wrong answers that look right, found in the data itself; 1 pair had no safe wrong answer and was left out of this training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mined} of {pairs} question/answer pairs got 1 wrong answer that look right, found in the data itself; {skipped} pairs had no safe wrong answer and were left out of this training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mined} of {pairs} question/answer pairs got {negatives} wrong answers that look right, found in the data itself; {skipped} pairs had no safe wrong answer and were left out of this training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of wrong answers to find per question must be from 1 to {most} (it is {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 3 is usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mining wrong answers needs question/answer pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are only {answers} different answers; finding 1 wrong answer per question needs at least {needed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are only {answers} different answers; finding {negatives} wrong answers per question needs at least {needed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use more rows, or train without wrong answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before training, the app looks through your own answers for each question&apos;s best-looking wrong answers and teaches the model that they are wrong. This helps most when many answers are alike. The very closest answers are skipped, because they are often right too, but check the examples: if an answer taught as wrong is in fact right, leave this off.</source>
        <extracomment>Rows the &quot;Show examples&quot; preview mines on (a sample keeps it to seconds on a laptop). What the option does, in plain words (the Loss page shows it; the CLI help says the same).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured on two small question/answer sets (Korean chat replies and English quiz questions, 50 training steps of all-MiniLM-L6-v2), it made no clear difference: a question or two more (or fewer) of 70 to 160 got the right answer first. Try one run with it and one without, and keep the model that does better on your held-out rows.</source>
        <extracomment>What was measured (docs/benchmarks/hard-negatives.md), so the advice is not a promise.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong answers that look right can only be found for question/answer pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file with a question column and an answer column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>losses</name>
    <message>
        <source>pairs of texts that belong together, without a score or label</source>
        <extracomment>Plain words for each data shape, used in &quot;your data has ...&quot; sentences.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text, a matching text and a non-matching text in each row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairs of texts with a similarity score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairs of texts labelled similar / not similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairs of texts with one of several classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two texts that belong together in each row</source>
        <extracomment>What each shape lacks, phrased for &quot;X needs ...; your data has none.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a third column with a text that does NOT match (a negative) in each row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a similarity score for each pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a similar / not-similar label for each pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a class (such as entailment / neutral / contradiction) for each pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matryoshka training teaches the model to put the most important information first, so its vectors still work when cut short (for example 768 numbers down to 128). Shorter vectors make searching a large collection faster and smaller on disk, at a small cost in quality. It works on top of any loss; training takes a little longer.</source>
        <extracomment>The Matryoshka option explained for the loss page.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{loss} needs {needs}; your data has none.</source>
        <extracomment>Matryoshka sizes offered by default; those larger than the model&apos;s own are dropped.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{loss} needs {needs}; your data has {have}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>texts that belong together (two or three columns, no score or label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{loss} learns from {wanted}; your data has {have}. Use {best} instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{loss} learns from {wanted}; your data has {have}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the right answer among many</source>
        <extracomment>Every loss the app offers, the recommended ones first for their shapes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learns from texts that belong together, such as a question and its answer. For each question, the model is shown its own answer next to the answers of the other questions in the same batch, and learns to pick the right one. You only need the pairs: no scores or labels. If your rows also have a wrong answer, it is used as an extra, harder example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions with answers, search queries with documents, titles with texts: the usual choice for search and FAQ matching. Bigger batches help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the right answer among many (large batches, less memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same idea as &apos;Find the right answer among many&apos;, but it works through the batch in small pieces so that much bigger batches fit in memory. Bigger batches mean more wrong answers to learn from, which usually gives a better model. Training is somewhat slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question/answer pairs when you want large batches (64 and more) on a computer with limited memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match my similarity scores (ranking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learns from pairs of sentences that you scored for similarity (for example 0 to 5). The model learns to put the pairs in the same order as your scores: a pair you rated 4 should end up closer than a pair you rated 2. Only the order matters, so it copes well with scores that different people gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence pairs with a similarity score: the recommended choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match my similarity scores (AnglE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like &apos;Match my similarity scores (ranking)&apos;, it learns to order your scored pairs the way you scored them, but measures closeness by angle. It sometimes trains a little better when many pairs are almost the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored sentence pairs, as an alternative to CoSENTLoss worth comparing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy my similarity scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learns from pairs of sentences with a similarity score and tries to make the model&apos;s own similarity number equal to your score for every pair. It is the classic choice and easy to understand, but it treats your exact numbers as the truth, so uneven scoring hurts it more than the ranking losses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scored pairs when the exact score values are meaningful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull similar pairs together, push others apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learns from pairs of texts marked similar or not similar (1 or 0). Pairs marked similar are pulled close together; pairs marked not similar are pushed apart until they are far enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate detection with yes/no labels, e.g. &apos;are these two questions the same?&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn from the hardest similar / not-similar pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learns from pairs of texts marked similar or not similar, like &apos;Pull similar pairs together&apos;, but in each batch it concentrates on the pairs the model still gets wrong: similar pairs that look far apart and different pairs that look close. This usually trains better and faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs with a yes/no similarity label: the recommended choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the relation of two sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learns from pairs of sentences that each carry one of a few classes, such as &apos;entailment&apos;, &apos;neutral&apos; and &apos;contradiction&apos;. The model learns to produce vectors from which the class of the pair can be told apart. This is how the first sentence-embedding models were trained on NLI data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence pairs with three or more classes (NLI-style data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closer to the right text than to the wrong one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learns from rows of three texts: a text, one that matches it and one that does not. The model learns to place the matching text closer than the non-matching one by a safe margin. Unlike &apos;Find the right answer among many&apos; it only uses the wrong text you wrote down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with a hand-picked wrong answer, when batches must stay small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MatryoshkaLoss is an option on top of another loss, not a loss of its own.</source>
        <extracomment>The loss recommended for each shape.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a loss and add the Matryoshka option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no loss called &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data shape &apos;{shape}&apos; is not one training understands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected one of: {shapes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matryoshka sizes must be between 1 and the model&apos;s vector size {model_dim}; got {sizes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use sizes such as {sizes}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>model_choice</name>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast on a laptop</source>
        <extracomment>The catalogue&apos;s speed classes in words (read in the current language).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium; a GPU helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow without a GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the model is on this computer, the app checks how well it knows the words of your texts.</source>
        <extracomment>Rows of the data looked at to find its languages (cheap: script ranges, no model). The validation warnings the Base model step shows (the rest belong to the Data step). What the step says before a check can run, and when one could not. (NOT_HERE_YET, NO_DATA_YET, CHECKING, CHECK_FAILED, ALL_WORDS_KNOWN: read as attributes of this module, they are in the current language.)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick your data first: the app then checks how well this model knows its words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your texts with this model&apos;s vocabulary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app could not read this model&apos;s vocabulary, so it could not check your texts. You can still train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model knows the words of your texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{ref}” does not look like a Hugging Face id. Ids look like “organisation/model-name”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It makes vectors of {dimensions} numbers and reads up to {max_seq_length} tokens of each text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It makes vectors of {dimensions} numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It makes reads up to {max_seq_length} tokens of each text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#188038&apos;&gt;✔ On this computer.&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on this computer yet: download it first ({size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on this computer yet: download it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done:,.0f} MB of {total:,.0f} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done:,.0f} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For texts in Sinhala, Russian, Korean and about 90 other languages, download {model} ({size}, about {minutes} minutes at {speed:g} Mbit/s). The app keeps working with the models on this computer meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words and signs it does not know: &lt;b&gt;{share:.0%}&lt;/b&gt; of your text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{column}”: {mean:g} tokens on average, longest {longest} (it reads {limit}); {over:.0%} are cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Checked on {sampled:,} of {total:,} rows.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your texts are in {missing}, which {chosen} was not trained on, so the app chose {model} instead: it knows {names} and {cost}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} was not trained on {missing}. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better for your texts: {model}, which knows {names} and {cost}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better for your texts: {model}, which {cost}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>model_export</name>
    <message>
        <source>A standard file that many programs and languages can run (Python, C#, Java, JavaScript, C++) with ONNX Runtime, without PyTorch. Gives the same vectors as the original model and is usually faster on a CPU. Pick this if unsure.</source>
        <extracomment>The file that marks a folder as an export this app wrote (the only kind it may replace). The report written into every exported folder. Pip names of the add-on packages the export needs (the ``export`` extra in pyproject.toml). How users install the add-on outside the GUI. Texts used for the check when the model has no held-out rows and the caller gives none.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONNX, smaller and faster (int8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ONNX file with most numbers stored as small integers: a smaller file and faster on most CPUs, with vectors that differ slightly from the original (the check below says how much). Good for servers and laptops without a GPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intel&apos;s engine for CPUs and Intel graphics. Often the fastest choice on Intel computers; the file stores its numbers at half size (16-bit) and gives the same vectors as the original model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to {format} needs an add-on that is not installed ({packages}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install it with: {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exported model&apos;s vectors differ from the original&apos;s more than they should (mean cosine similarity {mean:.3f}, below {threshold}). Use the original model, or another format.</source>
        <extracomment>The report&apos;s note when the export&apos;s vectors differ too much (English in the report; see :meth:`ExportReport.shown_notes`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given texts</source>
        <extracomment>Where the checked texts came from (English in the report; see :meth:`ExportReport.shown_source`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held-out rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no export format called &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one of: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new folder name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export cannot go into the model&apos;s own folder (or a folder around it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a separate, new folder for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} already exists and was not written by an export of this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new folder name; the app never replaces folders it did not write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} already holds an export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name, or allow replacing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no model folder at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the folder of a trained model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the model as {format}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that the export gives the same vectors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring the speed on this computer&apos;s processor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} appeared while exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written to {folder} ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder is writable and the disk has free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model could not be converted ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models with unusual architectures may not export; the original model folder still works in the app and with sentence-transformers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>package</name>
    <message>
        <source>The data file {path} named in the configuration does not exist.</source>
        <extracomment>The file that marks a folder as a package this app wrote (the only kind it may replace). The app&apos;s data folder inside a package (EMBEDTUNE_HOME on the server): its models/ holds the base model when the configuration names it by its Hub id. Packages of the app&apos;s own dependencies a training server does not need (GUI, bundled model).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the configuration in the app and pick the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new folder name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} already exists and was not written by this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new folder name; the app never replaces folders it did not write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} already holds a packed run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name, or allow replacing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration names no training file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a spreadsheet in the app first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} appeared while packing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} could not be written ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the place is writable and the disk has free space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source>Automatic settings: batch 16 (32 for question/answer pairs on a GPU), learning rate 5e-5 (2e-5 for models over 150M weights), warm-up over the first 10% of steps, and more passes for smaller files (10 under 100 rows, 6 under 1,000, 4 under 5,000, 2 under 20,000, then 1), fewer if the passes would not fit the time budget (30 minutes unless you set one). 10% of the rows (at least 10) are kept apart to measure the model, except below 30 rows where every row trains. The model is measured on those rows during training and the best version is kept, not the last.</source>
        <extracomment>Below this many rows, every row trains and nothing is held out (a handful of held-out rows measures nothing reliable, and each row matters for learning). A held-out share never keeps fewer rows than this apart. Held-out rows used at most (measuring stays quick during training). The time a run may take by default, in seconds, when sizing the number of passes. Rough training speed (examples a second) of a small model (~22M weights) per device; used only to keep the automatic number of passes inside the time budget. Weights of the model the rough speeds above were taken with. Evaluations during a run at most (each one embeds the held-out rows). What ``automatic`` means, in words (``train --help`` and the Settings page show it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {rows:,} rows train; the separate file measures the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {rows:,} rows train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {rows:,} rows train. {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{train:,} rows train, {held:,} are kept apart to measure the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is kept apart, so the result is not measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With under {min_rows} rows every row is needed to learn, so there is no independent measure of the result: try the trained model on a few sentences of your own in the Playground.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch {batch} and learning rate {rate:g} (a smaller rate for a large model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch {batch} and learning rate {rate:g}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pass over the {rows:,} rows (more would not fit in {minutes:.0f} minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{passes} passes over the {rows:,} rows (more would not fit in {minutes:.0f} minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{passes} passes over the {rows:,} rows (smaller files need more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model is measured on the {held:,} held-out rows every {every} steps, and the best version is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimated training time: {duration}&lt;/b&gt; for {steps:,} steps (an estimate, based on the speed measured on your last run with this model). Loading the model and checking quality before and after add a little.</source>
        <extracomment>The config fields :func:`apply_plan` fills. Seconds of one CPU training step of 16 examples of 64 tokens with a ~90 MB model (all-MiniLM-L6-v2 on this project&apos;s two shared cores); other sizes scale from it. A GPU is assumed this many times faster than the CPU. The model size (MB) the assumed step time was measured with. The file in the app&apos;s data folder that remembers measured training speeds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimated training time: {duration}&lt;/b&gt; for {steps:,} steps (an estimate, assumed for a model of this size on this device; your first run measures it). Loading the model and checking quality before and after add a little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {seconds} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about 1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about 1 hour {minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {hours} hours {minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a graphics card (GPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple&apos;s GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s processor (CPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your data first; the suggestions depend on how many rows it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested for &lt;b&gt;{rows:,}&lt;/b&gt; training rows on {device}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested for &lt;b&gt;{rows:,}&lt;/b&gt; training rows on {device} (checking for a graphics card…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>playground</name>
    <message>
        <source>සිංහල Sinhala</source>
        <extracomment>Example sets offered as buttons: (button text, file in resources/examples).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Русский Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>한국어 Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference (second − first)</source>
        <extracomment>Most sentences shown in one matrix (a 100x100 matrix is already hard to read). Most rows of a data set searched. Sentences taken from the data set when compare mode opens with an empty box. Title of the difference matrix (second model minus first).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <extracomment>What each export kind is called in a save dialog.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG picture (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {model}… (the first model takes a few seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading {model}: {done:.0f} of {total:.0f} MB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows}×{columns} matrix in {ms:.0f} ms. Only the first {most} lines of a list are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows}×{columns} matrix in {ms:.0f} ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity: {first:.3f} → {second:.3f} with the second model ({difference:+.3f})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity: {first:.3f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching {count:,} texts from {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the pasted list below. Import a data set on the Train tab to search it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {count:,} texts for search (once)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searched with {model} in {ms:.0f} ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verdicts} Its similarity scores for these sentences mean little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{advice} Try {model}: it knows {languages} and {cost}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {model}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>plotting</name>
    <message>
        <source>change (after − before)</source>
        <extracomment>Fixed colour scale of a similarity map. Fixed colour scale of a difference map (after minus before).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cosine similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation score</source>
        <extracomment>Colours of the two curves (matplotlib&apos;s default blue and orange, readable when printed). The file name of the saved plot inside a trained model&apos;s folder.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spearman correlation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pearson correlation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right answer first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training loss (lower is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss curve appears here once training starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{metric} (higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>project</name>
    <message>
        <source>Could not save the project to {path} ({error}).</source>
        <extracomment>The suffix of project files (registered by the installers as the app&apos;s document type). What the ``format`` key of every project file says. Bumped when the file layout changes incompatibly. Config fields that always hold file or folder paths.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another folder, or check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a project file of this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a file ending in {suffix} saved by this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be opened: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix or remove that part of the file, or pick a project saved by this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setting &apos;relative_paths&apos; should be a list of named paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;relative_paths&apos; names an unknown setting &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relative path of &apos;{name}&apos; is not a clean piece of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a project file of this app (too large, or not an ordinary file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open {name} ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you may read the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its format version is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was saved by a newer version of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not hold any settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a project saved by this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setting &apos;metadata&apos; should be a list of named values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setting &apos;{key}&apos; should be a piece of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be opened. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>runner</name>
    <message>
        <source>No training file was chosen.</source>
        <extracomment>Aim for about this many loss points in a run (the curve the user watches). Wall-clock seconds of training between checkpoints (none in a shorter run, none at the end). Test-only environment variable: seconds between checkpoints instead of :data:`CHECKPOINT_INTERVAL_S` (the fault-injection tests make it tiny). Not a user setting: users set ``save_steps`` in the configuration. On GPUs, log the loss at most this often (each log waits for the GPU&apos;s queued work). How many times a run that ran out of memory before its first step is retried with a smaller per-step batch. What hard-negative mining did (``MiningSummary.to_dict()``), None when it was off.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a spreadsheet with your examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable rows are left in the file after removing rows with problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file and fix the rows the check lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation file has no column {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an evaluation file with the same columns as the training file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a loss that fits your data, or leave it on automatic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong answers that look right are only found for question/answer pairs trained with Multiple Negatives Ranking; this run trains without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding wrong answers that look right in your examples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training was stopped while wrong answers were being found; nothing was trained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No safe wrong answers were found for any question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train without &apos;answers that look right but are wrong&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training now uses CachedMultipleNegativesRankingLoss: the same results with the same {batch} examples per step, computed {mini} at a time (slower, much less memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training now computes its {batch} examples per step {mini} at a time (the same results, slower, less memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training now processes {per_step} examples at a time and adds up {accumulation} of them before each update, so each update still learns from about {total} examples. With this loss fewer examples are compared with each other at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training now processes {per_step} examples at a time and adds up {accumulation} of them before each update, so each update still learns from about {total} examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training uses CachedMultipleNegativesRankingLoss: the same results with the same {batch} examples per step, computed {mini} at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPU has {free_gb:.1f} GB free, likely too little for {batch} examples at once. {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do; a smaller maximum text length would make it faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interrupted run in {folder} was made by an earlier version of the app, which this version cannot continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the training again without &apos;resume&apos;; that folder is left as it is (delete it yourself once you no longer need it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no interrupted run to continue for {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the training again without &apos;resume&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest saved progress cannot be used ({problem}); continuing from the older one at step {step}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved progress of the interrupted run into {folder} cannot be used: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output folder was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your examples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring the model before training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training with {loss} on {rows} rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved progress in {folder} cannot be read ({error}): it is damaged or was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPU ran out of memory. {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer ran out of memory. {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do. A smaller maximum text length would use less memory and be faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring the model after training…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the model to {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hint} The progress up to step {step} is kept: once there is room, train again with &apos;resume&apos; to continue from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPU ran out of memory while training, even with {per_step} examples at a time.</source>
        <extracomment>The trainer&apos;s functions that read a checkpoint when a run resumes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer ran out of memory while training, even with {per_step} examples at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a smaller batch size (for example {suggestion}), a shorter maximum text length, or a smaller model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{advice} (Training was stopped early.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>runs</name>
    <message>
        <source>{reason} (stopped early)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished; there were no held-out rows to measure it on (stopped early).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished; there were no held-out rows to measure it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{metric}: {after:.2f} (stopped early).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{metric}: {after:.2f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{metric}: {before:.2f} → {after:.2f} (stopped early).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{metric}: {before:.2f} → {after:.2f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder to save the model in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} already holds files: use the new folder name offered beside it, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saving</name>
    <message>
        <source>{path} is a file, not a folder.</source>
        <extracomment>Written into every staging/checkpoint folder this app creates beside an output folder. Written last into a checkpoint: without it the checkpoint is incomplete and never used. The app&apos;s name in its markers. Files a sentence-transformers model folder holds (for folders saved before the marker existed): a folder with only these, plus training_summary.json and modules.json, is ours.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder name for the trained model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name, or allow replacing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} holds files this app did not write ({names}), so it will not be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new, empty folder for the trained model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trained model cannot be saved in {folder}: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trained model cannot be saved in {folder}: it is read-only or not yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder for the trained model (for example in your Documents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another training is already saving to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for it to end, or choose another folder. If no other training is running, delete the file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} could not be locked for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its training state is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its training state is missing or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its model weights are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its model weights are damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its optimizer state is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size:.1f} GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: {what} needs about {needed} free in {folder}, {free} free now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: {what} needs about {needed} free in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: {what} needs more space free in {folder}, {free} free now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: {what} needs more space free in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the trained model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space on that disk or choose a folder on another disk, then train again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trained model could not be saved to {folder} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder is writable and the disk has free space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <source>{loss}, learning rate {rate:g}, 1 pass</source>
        <extracomment>The time a search may take when the user gives none, in seconds. Losses never tried by the search (variants of another loss that only save memory).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{loss}, learning rate {rate:g}, {epochs:g} passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output folder was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your examples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the best settings needs rows kept apart to compare the settings on. {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a share of the rows apart (at least 30 rows in all), or train with the automatic settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tried: it would not fit in the time given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying settings {number} of {count}: {recipe}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the settings tried could train a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train with the automatic settings to see what goes wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} The settings were chosen among {tried} tried on these same rows, so the result may be slightly flattering.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trainer</name>
    <message>
        <source>A checkpoint could not be written in {folder} ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder is writable, then train again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: a checkpoint (to continue an interrupted run) needs about {needed} free in {folder} ({free} free now). Training goes on without new checkpoints; the last complete one is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: a checkpoint (to continue an interrupted run) needs about {needed} free in {folder}. Training goes on without new checkpoints; the last complete one is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space on that disk before the training ends, so the model can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message>
        <source>Better</source>
        <extracomment>Each verdict in two or three plain words, for lists of runs (the headline says more).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No real change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows are kept apart to measure the model, so there is no independent measure of what training changed.</source>
        <extracomment>Fewer held-out rows than this measure nothing reliable. A correlation with the user&apos;s scores at or below this is not a usable model. Resamples of the paired bootstrap. Share of rows whose two texts are identical above which the measure cannot tell.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With under 30 rows every row is needed to learn: try the trained model on a few sentences of your own in the Playground. With more rows, keep a share apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only 1 row would measure the model: too few to tell a real change from chance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {rows} rows would measure the model: too few to tell a real change from chance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at least 10 rows apart (a bigger share, or a separate file to check on), or try the trained model on sentences of your own in the Playground.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {identical:,} of {rows:,} rows your questions and answers are the same text: any model finds identical texts identical, so the measure cannot tell anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To train and measure a model, add the real answers in the second column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {identical:,} of {rows:,} rows the two texts of each pair are the same: any model finds identical texts identical, so the measure cannot tell anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To train and measure a model, put two different texts in each row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row has the same score, so there is nothing to compare the model against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include rows with different scores (similar and not-similar pairs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row has the same label, so there is nothing to compare the model against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include rows with different labels (similar and not-similar pairs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model still ranks pairs against your scores (a negative agreement), so it is not usable yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its agreement with your scores is still close to none, so it is not usable yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It still does barely better than guessing, so it is not usable yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely cause: {causes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model was trained on English text and does not know your language: pick a multilingual model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows:,} training rows are few; more rows usually help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model gives every pair the same similarity, before and after training, so the measure cannot tell anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model does not tell your texts apart: pick another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trained model gives every pair the same similarity, so the measure cannot tell anything: training broke the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train again with a smaller learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure could not be computed on these rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the held-out rows have different scores or labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not measured before training, so the change cannot be judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {rows:,} evaluation rows, chance alone moves this measure by up to about {noise:.2f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {rows:,} held-out rows, chance alone moves this measure by up to about {noise:.2f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a model that knows your language, add more rows, or check that the scores or labels mean what the model should learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gain of {delta:+.2f} is larger than chance explains. {noise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it in the Playground with your own sentences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss of {delta:+.2f} is larger than chance explains. {noise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train again with a smaller learning rate or fewer passes, or try another loss; the starting model is better for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change of {delta:+.2f} is within what chance explains. {noise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To see a real change, try more held-out rows, or let the app find the best settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To see a real change, try more rows, more held-out rows, or let the app find the best settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>watch</name>
    <message>
        <source>Training broke down: the loss is no longer a number. Try a smaller learning rate (for example half of it) and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss has stopped falling: the model is not learning much more from these examples. You can stop here (the model is kept), or next time try a smaller learning rate, fewer epochs or more varied data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimating…</source>
        <extracomment>Warning codes the training engine uses for a loss that is not a number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {clock}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{speed:.1f} examples/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {step}: loss {loss:.4f}, learning rate {rate:.2e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {step}: loss {loss:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: the loss is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: the loss stopped falling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: {alert}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished (stopped early; saved in {folder}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished (saved in {folder}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch size ({batch}) is larger than your {rows:,} training rows, so each step uses all {rows:,} rows (a batch size of {rows:,}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is fine; to change it, go back to Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train &lt;b&gt;{model}&lt;/b&gt; on &lt;b&gt;{data}&lt;/b&gt; with {loss} with Matryoshka, {epochs:g} epoch(s), at most {max_steps} steps, batch size {batch}.&lt;br&gt;The model will be saved in &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train &lt;b&gt;{model}&lt;/b&gt; on &lt;b&gt;{data}&lt;/b&gt; with {loss} with Matryoshka, {epochs:g} epoch(s), batch size {batch}.&lt;br&gt;The model will be saved in &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train &lt;b&gt;{model}&lt;/b&gt; on &lt;b&gt;{data}&lt;/b&gt; with {loss}, {epochs:g} epoch(s), at most {max_steps} steps, batch size {batch}.&lt;br&gt;The model will be saved in &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train &lt;b&gt;{model}&lt;/b&gt; on &lt;b&gt;{data}&lt;/b&gt; with {loss}, {epochs:g} epoch(s), batch size {batch}.&lt;br&gt;The model will be saved in &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recommended loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no folder chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your data first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the Data page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder to save the model in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the Settings page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early; the model so far is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wizard_steps</name>
    <message>
        <source>Data</source>
        <extracomment>The steps in order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the model learns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
