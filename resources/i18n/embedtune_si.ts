<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="si" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Fine-tune sentence-embedding models on your own spreadsheets, watch them train, and see in the playground how similar they find your sentences — in any language.</source>
        <translation>ඔබේම පැතුරුම්පත්වලින් වාක්‍ය දෛශික (sentence-embedding) මාදිලි පුහුණු කරන්න, ඒවා පුහුණු වන අයුරු බලන්න, සහ ඔබේ වාක්‍ය කොතරම් සමාන යැයි ඒවා සලකන්නේදැයි අත්හදා බැලීම (playground) තුළ බලන්න — ඕනෑම භාෂාවකින්.</translation>
    </message>
    <message>
        <source>{app} is free software under the Apache License 2.0.</source>
        <translation>{app} යනු Apache License 2.0 යටතේ ඇති නිදහස් මෘදුකාංගයකි.</translation>
    </message>
    <message>
        <source>The list of third-party components ({path}) is missing from this installation.</source>
        <translation>තුන්වන පාර්ශ්ව සංරචක ලැයිස්තුව ({path}) මෙම ස්ථාපනයේ නැත.</translation>
    </message>
    <message>
        <source>App data</source>
        <translation>යෙදුම් දත්ත</translation>
    </message>
    <message>
        <source>Downloaded models</source>
        <translation>බාගත කළ මාදිලි</translation>
    </message>
    <message>
        <source>Trained models</source>
        <translation>පුහුණු කළ මාදිලි</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>ලොග් ගොනු</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app} ගැන</translation>
    </message>
    <message>
        <source>About</source>
        <translation>යෙදුම ගැන</translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation>තුන්වන පාර්ශ්ව බලපත්‍ර</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{app}&lt;/h2&gt;&lt;p&gt;Version {version}&lt;/p&gt;</source>
        <translation>&lt;h2&gt;{app}&lt;/h2&gt;&lt;p&gt;අනුවාදය {version}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>අරින්න</translation>
    </message>
    <message>
        <source>Open {folder} in the file manager</source>
        <translation>{folder} ගොනු කළමනාකරුවේ අරින්න</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Your data stays in these folders on this computer; uninstalling the app keeps them unless you choose to remove them.</source>
        <translation>ඔබේ දත්ත මෙම පරිගණකයේම මෙම ෆෝල්ඩරවල තිබේ; යෙදුම අස්ථාපනය කළත්, ඔබ ඒවා ඉවත් කිරීමට තෝරා නොගන්නේ නම් ඒවා ඉතිරි වේ.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where your data is kept&lt;/b&gt;</source>
        <translation>&lt;b&gt;ඔබේ දත්ත තබා ඇති තැන&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>The computer ran out of memory.</source>
        <translation>පරිගණකයේ මතකය ඉවර විය.</translation>
    </message>
    <message>
        <source>Close other programs, or try fewer or shorter texts.</source>
        <translation>වෙනත් වැඩසටහන් වසන්න, නැතහොත් පාඨ අඩුවෙන් හෝ කෙටි පාඨවලින් උත්සාහ කරන්න.</translation>
    </message>
    <message>
        <source>A file could not be read or written ({path}): {reason}.</source>
        <translation>ගොනුවක් කියවීමට හෝ ලිවීමට නොහැකි විය ({path}): {reason}.</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}.</source>
        <translation>ගොනුවක් කියවීමට හෝ ලිවීමට නොහැකි විය: {reason}.</translation>
    </message>
    <message>
        <source>Check that the file or folder exists and that you may use it.</source>
        <translation>ගොනුව හෝ ෆෝල්ඩරය තිබේදැයි සහ එය භාවිත කිරීමට ඔබට අවසර ඇත්දැයි පරීක්ෂා කරන්න.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>අනපේක්ෂිත දෝෂයක් සිදු විය.</translation>
    </message>
    <message>
        <source>Your work is kept; you can try again.</source>
        <translation>ඔබේ වැඩ සුරැකිව ඇත; ඔබට නැවත උත්සාහ කළ හැක.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Sentences, one per line (or paste a spreadsheet column):</source>
        <translation>වාක්‍ය, පේළියකට එකක් බැගින් (නැතහොත් පැතුරුම්පත් තීරුවක් අලවන්න):</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>උදාහරණ:</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>වාක්‍ය</translation>
    </message>
    <message>
        <source>Type or paste sentences here, one per line.</source>
        <translation>වාක්‍ය මෙහි ටයිප් කරන්න හෝ අලවන්න, පේළියකට එකක් බැගින්.</translation>
    </message>
    <message>
        <source>Compare against a second list (questions down, answers across)</source>
        <translation>දෙවන ලැයිස්තුවක් සමඟ සසඳන්න (ප්‍රශ්න පහළට, පිළිතුරු හරහට)</translation>
    </message>
    <message>
        <source>Compare against</source>
        <translation>සැසඳිය යුතු වාක්‍ය</translation>
    </message>
    <message>
        <source>Sentences to compare against, one per line.</source>
        <translation>සැසඳිය යුතු වාක්‍ය, පේළියකට එකක් බැගින්.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>මාදිලිය</translation>
    </message>
    <message>
        <source>Second model</source>
        <translation>දෙවන මාදිලිය</translation>
    </message>
    <message>
        <source>Pairs that changed most:</source>
        <translation>වැඩියෙන්ම වෙනස් වූ යුගල:</translation>
    </message>
    <message>
        <source>Pairs that changed most</source>
        <translation>වැඩියෙන්ම වෙනස් වූ යුගල</translation>
    </message>
    <message>
        <source>Click a cell to see its two sentences and their score.</source>
        <translation>කොටුවක් ක්ලික් කර එහි වාක්‍ය දෙක සහ ඒවායේ ලකුණ බලන්න.</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>අපනයනය:</translation>
    </message>
    <message>
        <source>First model</source>
        <translation>පළමු මාදිලිය</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>වෙනස</translation>
    </message>
    <message>
        <source>Matrix to export</source>
        <translation>අපනයනය කළ යුතු වගුව</translation>
    </message>
    <message>
        <source>Save the heatmap as a picture</source>
        <translation>වර්ණ වගුව (heatmap) පින්තූරයක් ලෙස සුරකින්න</translation>
    </message>
    <message>
        <source>Save the numbers for a spreadsheet</source>
        <translation>පැතුරුම්පතක් සඳහා අංක සුරකින්න</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Worth knowing</source>
        <translation>දැනගත යුතු දේ</translation>
    </message>
    <message>
        <source>{note} Measured with its vocabulary: {verdicts}</source>
        <translatorcomment>Unclear what &apos;Measured with its vocabulary&apos; refers to (which model&apos;s vocabulary); translated literally.</translatorcomment>
        <translation type="unfinished">{note} එහි වචන මාලාව අනුව මැනූ විට: {verdicts}</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>ගැටලු ඇති පේළි</translation>
    </message>
    <message>
        <source>Rows with problems; choose one to see the row</source>
        <translation>ගැටලු ඇති පේළි; පේළිය බැලීමට එකක් තෝරන්න</translation>
    </message>
    <message>
        <source>Click to show this row in the table</source>
        <translation>මෙම පේළිය වගුවේ පෙන්වීමට ක්ලික් කරන්න</translation>
    </message>
    <message>
        <source>Text 1</source>
        <extracomment>Role slots: (key, label, help) in the order the drop-downs appear (texts marked for context &quot;DataPage&quot;, translated where shown).</extracomment>
        <translation>පාඨය 1</translation>
    </message>
    <message>
        <source>The first text of each row, e.g. a question or a sentence.</source>
        <translation>එක් එක් පේළියේ පළමු පාඨය, උදා. ප්‍රශ්නයක් හෝ වාක්‍යයක්.</translation>
    </message>
    <message>
        <source>Text 2</source>
        <translation>පාඨය 2</translation>
    </message>
    <message>
        <source>The text that goes with it, e.g. the answer or a similar sentence.</source>
        <translation>ඊට අදාළ පාඨය, උදා. පිළිතුර හෝ සමාන වාක්‍යයක්.</translation>
    </message>
    <message>
        <source>Text 3 (optional)</source>
        <translation>පාඨය 3 (අවශ්‍ය නම් පමණි)</translation>
    </message>
    <message>
        <source>A text that does NOT match Text 1 (a “negative”). Leave empty if you have none.</source>
        <translation>පාඨය 1 ට නොගැළපෙන පාඨයක් (“negative” — වැරදි උදාහරණයක්). එවැන්නක් නැත්නම් හිස්ව තබන්න.</translation>
    </message>
    <message>
        <source>Score or label (optional)</source>
        <translation>ලකුණ හෝ ලේබලය (අවශ්‍ය නම් පමණි)</translation>
    </message>
    <message>
        <source>How similar the two texts are (a score), or a 0/1 or class label.</source>
        <translation>පාඨ දෙක කොතරම් සමානද යන්න (ලකුණක්), නැතහොත් 0/1 හෝ වර්ග ලේබලයක්.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(කිසිවක් නැත)</translation>
    </message>
    <message>
        <source>What the data are</source>
        <translation>දත්තවල ස්වභාවය</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>කුමන තීරුව කුමක්ද</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Which value means “similar”?</source>
        <translation>“සමාන” යන්න දක්වන්නේ කුමන අගයද?</translation>
    </message>
    <message>
        <source>Your label column holds two values. Some data sets use 1 for “similar”, others use 0 (“no difference”). Look at the examples and pick the value whose rows mean the same thing.</source>
        <translation>ඔබේ ලේබල තීරුවේ අගයන් දෙකක් ඇත. සමහර දත්ත කට්ටල “සමාන” සඳහා 1 යොදන අතර, තවත් සමහරක් 0 (“වෙනසක් නැත”) යොදයි. උදාහරණ බලා, එකම අදහස දෙන පේළිවල ඇති අගය තෝරන්න.</translation>
    </message>
    <message>
        <source>Checking the result</source>
        <translation>ප්‍රතිඵලය පරීක්ෂා කිරීම</translation>
    </message>
    <message>
        <source>Some rows are kept aside and not learned from; after training the app measures on them how much the model improved.</source>
        <translation>සමහර පේළි වෙන් කර තබන අතර ඒවායින් ඉගෙන ගන්නේ නැත; පුහුණුවෙන් පසු, මාදිලිය කොතරම් දියුණු වූයේදැයි යෙදුම ඒවා මත මනියි.</translation>
    </message>
    <message>
        <source>&amp;Keep aside:</source>
        <translation>වෙන් කර තබන්න (&amp;K):</translation>
    </message>
    <message>
        <source>Share of rows kept aside for checking, in percent</source>
        <translation>පරීක්ෂාවට වෙන් කරන පේළි ප්‍රමාණය, ප්‍රතිශතයක් ලෙස</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Use a &amp;separate file…</source>
        <translation>වෙනම ගොනුවක් භාවිත කරන්න (&amp;S)…</translation>
    </message>
    <message>
        <source>Check the result on another file with the same columns instead of kept-aside rows (or drop that file on this box).</source>
        <translation>වෙන් කළ පේළි වෙනුවට, එම තීරුම ඇති වෙනත් ගොනුවක් මත ප්‍රතිඵලය පරීක්ෂා කරන්න (නැතහොත් එම ගොනුව මෙම කොටුවට ඇද දමන්න).</translation>
    </message>
    <message>
        <source>Don&apos;t use it</source>
        <translation>එය භාවිත නොකරන්න</translation>
    </message>
    <message>
        <source>Open a file to check the result on</source>
        <translation>ප්‍රතිඵලය පරීක්ෂා කිරීමට ගොනුවක් අරින්න</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} කියවමින්…</translation>
    </message>
    <message>
        <source>{name}: {rows:,} rows.</source>
        <translation>{name}: පේළි {rows:,}.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>ගොනුව කියවිය නොහැකි විය.</translation>
    </message>
    <message>
        <source>Spreadsheets and data files</source>
        <extracomment>The data files the file dialogs offer (the patterns are not translated). What the file dialogs offer, in English (see :func:`file_filter` for the shown one).</extracomment>
        <translation>පැතුරුම්පත් සහ දත්ත ගොනු</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>සියලු ගොනු</translation>
    </message>
    <message>
        <source>Drop your spreadsheet here</source>
        <translation>ඔබේ පැතුරුම්පත මෙහි ඇද දමන්න</translation>
    </message>
    <message>
        <source>CSV, TSV, Excel (.xlsx), OpenDocument (.ods) or JSON. Each row should hold texts that belong together, such as a question and its answer.</source>
        <translation>CSV, TSV, Excel (.xlsx), OpenDocument (.ods) හෝ JSON. සෑම පේළියකම එකට අයත් පාඨ තිබිය යුතුය, උදා. ප්‍රශ්නයක් සහ එහි පිළිතුර.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>ඔබේ දත්ත</translation>
    </message>
    <message>
        <source>Give the app the spreadsheet it should learn from. It reads the file, guesses what each column holds and checks every row; change any guess on the right.</source>
        <translation>යෙදුම ඉගෙන ගත යුතු පැතුරුම්පත ලබා දෙන්න. යෙදුම ගොනුව කියවා, එක් එක් තීරුවේ ඇත්තේ කුමක්දැයි අනුමාන කර, සෑම පේළියක්ම පරීක්ෂා කරයි; ඕනෑම අනුමානයක් දකුණු පසින් වෙනස් කළ හැක.</translation>
    </message>
    <message>
        <source>Open your data</source>
        <translation>ඔබේ දත්ත අරින්න</translation>
    </message>
    <message>
        <source>{name}  ·  {rows:,} rows</source>
        <translation>{name}  ·  පේළි {rows:,}</translation>
    </message>
    <message>
        <source>Drop another file here to replace it, or browse for one.</source>
        <translation>මෙය වෙනුවට වෙනත් ගොනුවක් යෙදීමට එය මෙහි ඇද දමන්න, නැතහොත් ගොනුවක් පිරික්සා තෝරන්න.</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 (BOM සහිත)</translation>
    </message>
    <message>
        <source>UTF-16 (Excel “Unicode text”)</source>
        <translation>UTF-16 (Excel හි “Unicode text”)</translation>
    </message>
    <message>
        <source>Windows-1251 (Russian)</source>
        <translation>Windows-1251 (රුසියානු)</translation>
    </message>
    <message>
        <source>CP949 (Korean, Windows)</source>
        <translation>CP949 (කොරියානු, Windows)</translation>
    </message>
    <message>
        <source>EUC-KR (Korean)</source>
        <translation>EUC-KR (කොරියානු)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (බටහිර යුරෝපය)</translation>
    </message>
    <message>
        <source>Comma  ,</source>
        <extracomment>Delimiters offered for text files (marked for context &quot;DataPage&quot;).</extracomment>
        <translation>කොමාව  ,</translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation>අර්ධ විරාමය  ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>ටැබ්</translation>
    </message>
    <message>
        <source>Pipe  |</source>
        <translation>සිරස් ඉර  |</translation>
    </message>
    <message>
        <source>How the file was read</source>
        <translation>ගොනුව කියවූ ආකාරය</translation>
    </message>
    <message>
        <source>Kind of file:</source>
        <translation>ගොනු වර්ගය:</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>අකුරු කේතනය (encoding)</translation>
    </message>
    <message>
        <source>How letters are stored in the file. Change it if the text looks garbled.</source>
        <translation>ගොනුවේ අකුරු ගබඩා කර ඇති ආකාරය. පාඨය අවුල් වී පෙනේ නම් මෙය වෙනස් කරන්න.</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>අකුරු කේතනය:</translation>
    </message>
    <message>
        <source>Delimiter between columns</source>
        <translation>තීරු අතර වෙන් කරන ලකුණ</translation>
    </message>
    <message>
        <source>The character between the columns of a row.</source>
        <translation>පේළියක තීරු අතර ඇති අක්ෂරය.</translation>
    </message>
    <message>
        <source>Columns separated by:</source>
        <translation>තීරු වෙන් කර ඇත්තේ:</translation>
    </message>
    <message>
        <source>Sheet of the workbook</source>
        <translation>වැඩපොතේ පත්‍රය</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>පත්‍රය:</translation>
    </message>
    <message>
        <source>The first row holds column names</source>
        <translation>පළමු පේළියේ තීරු නම් ඇත</translation>
    </message>
    <message>
        <source>Rows of the data file</source>
        <translation>දත්ත ගොනුවේ පේළි</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Something needs your attention</source>
        <translation>ඔබේ අවධානය යොමු විය යුතු දෙයක් ඇත</translation>
    </message>
    <message>
        <source>{app}: unexpected error</source>
        <translation>{app}: අනපේක්ෂිත දෝෂයක්</translation>
    </message>
    <message>
        <source>&lt;b&gt;Something went wrong inside the app.&lt;/b&gt;</source>
        <translation>&lt;b&gt;යෙදුම තුළ දෝෂයක් සිදු විය.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your work is still here and you can go on. If it happens again, please copy the details below into a bug report.</source>
        <translation>ඔබේ වැඩ තවමත් මෙහි ඇති අතර ඔබට දිගටම කරගෙන යා හැක. මෙය නැවත සිදු වුවහොත්, කරුණාකර පහත විස්තර දෝෂ වාර්තාවකට පිටපත් කරන්න.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>දෝෂයේ විස්තර</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>විස්තර පිටපත් කරන්න (&amp;C)</translation>
    </message>
    <message>
        <source>Allow this model&apos;s own code?</source>
        <translation>මෙම මාදිලියේම කේතය ධාවනයට ඉඩ දෙනවාද?</translation>
    </message>
    <message>
        <source>&lt;b&gt;The model “{model}” comes with its own program code.&lt;/b&gt;&lt;br&gt;&lt;br&gt;It comes from {source}.&lt;br&gt;&lt;br&gt;To use it, the app would run that code on this computer, with your rights: it could read, change or delete your files, or send them elsewhere. Allow it only if you trust whoever made this model.&lt;br&gt;&lt;br&gt;Your choice holds until you close the app or pick another model; it is never saved in a project.</source>
        <translation>&lt;b&gt;“{model}” මාදිලිය එයටම ආවේණික වැඩසටහන් කේතයක් සමඟ පැමිණේ.&lt;/b&gt;&lt;br&gt;&lt;br&gt;එහි මූලාශ්‍රය: {source}.&lt;br&gt;&lt;br&gt;එය භාවිත කිරීමට, යෙදුමට එම කේතය මෙම පරිගණකයේ ඔබේ අයිතිවාසිකම් සහිතව ධාවනය කිරීමට සිදු වේ: එමගින් ඔබේ ගොනු කියවීමට, වෙනස් කිරීමට හෝ මකා දැමීමට, නැතහොත් වෙනත් තැනකට යැවීමට හැකි විය හැක. මෙම මාදිලිය සෑදූ අය ඔබ විශ්වාස කරන්නේ නම් පමණක් ඉඩ දෙන්න.&lt;br&gt;&lt;br&gt;ඔබ යෙදුම වසන තුරු හෝ වෙනත් මාදිලියක් තෝරන තුරු ඔබේ තේරීම වලංගු වේ; එය කිසි විටෙක ව්‍යාපෘතියක සුරැකෙන්නේ නැත.</translation>
    </message>
    <message>
        <source>&amp;Allow its code</source>
        <translation>එහි කේතයට ඉඩ දෙන්න (&amp;A)</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>පිරික්සන්න (&amp;W)…</translation>
    </message>
    <message>
        <source>Browse for a file</source>
        <translation>ගොනුවක් පිරික්සා තෝරන්න</translation>
    </message>
    <message>
        <source>Drop zone: drop a spreadsheet file here</source>
        <translation>ඇද දැමීමේ ප්‍රදේශය: පැතුරුම්පත් ගොනුවක් මෙහි ඇද දමන්න</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>This format needs the export add-on, which this installation of the app does not include. Ask whoever installed the app to add it.</source>
        <extracomment>What the dialog says when a format&apos;s add-on is missing (no commands in the GUI); show it with ``translate(&quot;ExportDialog&quot;, ADD_ON_MISSING)``.</extracomment>
        <translation>මෙම ආකෘතියට අපනයන අමතර අංගය (add-on) අවශ්‍ය වන නමුත්, මෙම යෙදුම් ස්ථාපනයේ එය නැත. යෙදුම ස්ථාපනය කළ අයගෙන් එය එක් කරන ලෙස ඉල්ලන්න.</translation>
    </message>
    <message>
        <source>Checked on {checked} texts ({source}): the vectors match the original model&apos;s at {mean:.1%} on average (lowest {lowest:.1%}; 100% = identical).</source>
        <translation>පාඨ {checked} ක් මත පරීක්ෂා කළා ({source}): දෛශික මුල් මාදිලියේ දෛශිකවලට සාමාන්‍යයෙන් {mean:.1%} ක් ගැළපේ (අඩුම {lowest:.1%}; 100% = සර්වසම).</translation>
    </message>
    <message>
        <source>On this computer&apos;s processor it encoded {timed} texts {speedup:.1f} times as fast as the original ({exported:.2f} s instead of {original:.2f} s).</source>
        <translation>මෙම පරිගණකයේ ප්‍රොසෙසරය මත, එය පාඨ {timed} ක් මුල් මාදිලියට වඩා {speedup:.1f} ගුණයක් වේගයෙන් කේතනය කළා (තත්පර {original:.2f} වෙනුවට තත්පර {exported:.2f}).</translation>
    </message>
    <message>
        <source>On this computer&apos;s processor it was not faster than the original ({exported:.2f} s instead of {original:.2f} s).</source>
        <translation>මෙම පරිගණකයේ ප්‍රොසෙසරය මත, එය මුල් මාදිලියට වඩා වේගවත් වූයේ නැත (තත්පර {original:.2f} වෙනුවට තත්පර {exported:.2f}).</translation>
    </message>
    <message>
        <source>Size: {megabytes:.0f} MB.</source>
        <translation>ප්‍රමාණය: {megabytes:.0f} MB.</translation>
    </message>
    <message>
        <source>Export for other programs</source>
        <translation>වෙනත් වැඩසටහන් සඳහා අපනයනය කරන්න</translation>
    </message>
    <message>
        <source>Save a copy of the model that other programs can run quickly, without this app and without PyTorch. The original model stays as it is.</source>
        <translation>මෙම යෙදුමත් PyTorch ත් නොමැතිව, වෙනත් වැඩසටහන්වලට ඉක්මනින් ධාවනය කළ හැකි මාදිලියේ පිටපතක් සුරකින්න. මුල් මාදිලිය එලෙසම පවතී.</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>සුරකින්නේ:</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>අපනයන ෆෝල්ඩරය</translation>
    </message>
    <message>
        <source>Replace an earlier export in this folder</source>
        <translation>මෙම ෆෝල්ඩරයේ ඇති පෙර අපනයනයක් ප්‍රතිස්ථාපනය කරන්න</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>අපනයනය කරන්න (&amp;E)</translation>
    </message>
    <message>
        <source>Folder for the export</source>
        <translation>අපනයනය සඳහා ෆෝල්ඩරය</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>ආරම්භ කරමින්…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>අවලංගු කරන්න (&amp;C)</translation>
    </message>
    <message>
        <source>Exported to {folder}.</source>
        <translation>{folder} වෙත අපනයනය කළා.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>අවලංගු කළා; කිසිවක් ලියා නැත.</translation>
    </message>
    <message>
        <source>Choose another folder, or tick “Replace an earlier export”.</source>
        <translation>වෙනත් ෆෝල්ඩරයක් තෝරන්න, නැතහොත් “මෙම ෆෝල්ඩරයේ ඇති පෙර අපනයනයක් ප්‍රතිස්ථාපනය කරන්න” ලකුණු කරන්න.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>අපනයනය අසාර්ථක විය.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>වසන්න (&amp;C)</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>නවත්වමින්…</translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message>
        <source>Type sentences to see how similar the model finds them.</source>
        <extracomment>matplotlib&apos;s RdBu_r at 0, 0.1, …, 1.</extracomment>
        <translation>මාදිලිය ඒවා කොතරම් සමාන යැයි සලකන්නේදැයි බැලීමට වාක්‍ය ටයිප් කරන්න.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>වෙනස් කරන්න</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>සමානකම</translation>
    </message>
    <message>
        <source>{row}
↔
{column}

{what}: {value}</source>
        <translatorcomment>Tooltip; {what} is Similarity/Change. Added අගය (value) only because the checker needs Sinhala letters; a reviewer may prefer the plain source form.</translatorcomment>
        <translation type="unfinished">{row}
↔
{column}

{what} අගය: {value}</translation>
    </message>
</context>
<context>
    <name>LossPage</name>
    <message>
        <source>Recommended for your data</source>
        <extracomment>Vector size assumed for the Matryoshka choices until a model is chosen.</extracomment>
        <translation>ඔබේ දත්තවලට නිර්දේශිතයි</translation>
    </message>
    <message>
        <source>&lt;i&gt;When to pick it:&lt;/i&gt; {when}</source>
        <translation>&lt;i&gt;තෝරා ගත යුත්තේ කවදාද:&lt;/i&gt; {when}</translation>
    </message>
    <message>
        <source>Not available: {reason}</source>
        <translation>ලබා ගත නොහැක: {reason}</translation>
    </message>
    <message>
        <source>Also learn from answers that look right but are wrong</source>
        <translation>නිවැරදි ලෙස පෙනුණත් වැරදි පිළිතුරුවලින්ද ඉගෙන ගන්න</translation>
    </message>
    <message>
        <source>Wrong answers per question:</source>
        <translation>එක් ප්‍රශ්නයකට වැරදි පිළිතුරු:</translation>
    </message>
    <message>
        <source>Wrong answers per question</source>
        <translation>එක් ප්‍රශ්නයකට වැරදි පිළිතුරු</translation>
    </message>
    <message>
        <source>Show examples</source>
        <translation>උදාහරණ පෙන්වන්න</translation>
    </message>
    <message>
        <source>Look for wrong answers in up to {rows} of your rows now, without training.</source>
        <translation>පුහුණු නොකර, දැන්ම ඔබේ පේළි {rows} ක් දක්වා වැරදි පිළිතුරු සොයන්න.</translation>
    </message>
    <message>
        <source>On a sample of your rows: {found} Look at the examples: is any answer taught as wrong in fact right?</source>
        <translation>ඔබේ පේළිවලින් නියැදියක් මත: {found} උදාහරණ බලන්න: වැරදි ලෙස උගන්වන කිසියම් පිළිතුරක් ඇත්තටම නිවැරදිද?</translation>
    </message>
    <message>
        <source>&lt;i&gt;No wrong answer was safe enough to use.&lt;/i&gt;</source>
        <translation>&lt;i&gt;භාවිත කිරීමට තරම් ආරක්ෂිත වැරදි පිළිතුරක් හමු වූයේ නැත.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Question:&lt;/b&gt; {question}&lt;br&gt;&lt;b&gt;Right answer:&lt;/b&gt; {answer} &lt;span style=&apos;color:#555&apos;&gt;(similarity {answer_score:.2f})&lt;/span&gt;&lt;br&gt;&lt;b&gt;Taught as wrong:&lt;/b&gt; {wrong} &lt;span style=&apos;color:#555&apos;&gt;(similarity {wrong_score:.2f})&lt;/span&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;ප්‍රශ්නය:&lt;/b&gt; {question}&lt;br&gt;&lt;b&gt;නිවැරදි පිළිතුර:&lt;/b&gt; {answer} &lt;span style=&apos;color:#555&apos;&gt;(සමානකම {answer_score:.2f})&lt;/span&gt;&lt;br&gt;&lt;b&gt;වැරදි ලෙස උගන්වන්නේ:&lt;/b&gt; {wrong} &lt;span style=&apos;color:#555&apos;&gt;(සමානකම {wrong_score:.2f})&lt;/span&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Also make shorter vectors work (Matryoshka)</source>
        <translation>කෙටි දෛශිකද හොඳින් ක්‍රියා කරන සේ සකසන්න (Matryoshka)</translation>
    </message>
    <message>
        <source>Vector sizes to train for:</source>
        <translation>පුහුණු කළ යුතු දෛශික ප්‍රමාණ:</translation>
    </message>
    <message>
        <source>Your data: &lt;b&gt;{shape}&lt;/b&gt;. Losses that cannot learn from this are greyed out, with the reason.</source>
        <translation>ඔබේ දත්ත: &lt;b&gt;{shape}&lt;/b&gt;. මෙයින් ඉගෙන ගත නොහැකි ඉගෙනුම් ක්‍රම, හේතුව සමඟ අළු පැහැයෙන් පෙන්වා ඇත.</translation>
    </message>
    <message>
        <source>Choose your data first: which losses fit depends on it.</source>
        <translation>පළමුව ඔබේ දත්ත තෝරන්න: ගැළපෙන ඉගෙනුම් ක්‍රම (loss) රඳා පවතින්නේ ඒ මතය.</translation>
    </message>
    <message>
        <source>Vector size {size}</source>
        <translation>දෛශික ප්‍රමාණය {size}</translation>
    </message>
    <message>
        <source>Only Multiple Negatives Ranking losses learn from wrong answers.</source>
        <translation>වැරදි පිළිතුරුවලින් ඉගෙන ගන්නේ Multiple Negatives Ranking ඉගෙනුම් ක්‍රම පමණි.</translation>
    </message>
    <message>
        <source>Choose your data first.</source>
        <translation>පළමුව ඔබේ දත්ත තෝරන්න.</translation>
    </message>
    <message>
        <source>Loading the model and reading your examples…</source>
        <translation>මාදිලිය පූරණය කර ඔබේ උදාහරණ කියවමින්…</translation>
    </message>
    <message>
        <source>Comparing questions and answers… {done:,} of {total:,} texts</source>
        <translation>ප්‍රශ්න සහ පිළිතුරු සසඳමින්… පාඨ {total:,} න් {done:,}</translation>
    </message>
    <message>
        <source>The examples could not be found because of an unexpected problem.</source>
        <translation>අනපේක්ෂිත ගැටලුවක් නිසා උදාහරණ සොයා ගත නොහැකි විය.</translation>
    </message>
    <message>
        <source>Pick how the model should learn.</source>
        <translation>මාදිලිය ඉගෙන ගත යුතු ආකාරය තෝරන්න.</translation>
    </message>
    <message>
        <source>Tick at least one vector size for Matryoshka, or turn it off.</source>
        <translation>Matryoshka සඳහා අවම වශයෙන් එක් දෛශික ප්‍රමාණයක් ලකුණු කරන්න, නැතහොත් එය අක්‍රිය කරන්න.</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>evaluation score</source>
        <extracomment>Milliseconds between redraws while points arrive. Never spend more than about 1/this of the GUI thread on redrawing.</extracomment>
        <translation>ඇගයීම් ලකුණ</translation>
    </message>
    <message>
        <source>The loss curve appears here once training starts.</source>
        <extracomment>How many of the redraws only blitted the lines over the kept frame.</extracomment>
        <translation>පුහුණුව ආරම්භ වූ පසු දෝෂ අගය (loss) වක්‍රය මෙහි දිස් වේ.</translation>
    </message>
    <message>
        <source>{metric} (higher is better)</source>
        <translation>{metric} (වැඩි නම් වඩා හොඳයි)</translation>
    </message>
    <message>
        <source>{metric}
(higher is better)</source>
        <translation>{metric}
(වැඩි නම් වඩා හොඳයි)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} projects</source>
        <translation>{app} ව්‍යාපෘති</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>සියලු ගොනු</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>පුහුණු කරන්න (&amp;T)</translation>
    </message>
    <message>
        <source>Teach a model your data, step by step</source>
        <translation>ඔබේ දත්ත මාදිලියකට පියවරෙන් පියවර උගන්වන්න</translation>
    </message>
    <message>
        <source>&amp;Playground</source>
        <translation>අත්හදා බැලීම (&amp;P)</translation>
    </message>
    <message>
        <source>See how similar a model finds your sentences</source>
        <translation>මාදිලියක් ඔබේ වාක්‍ය කොතරම් සමාන යැයි සලකන්නේදැයි බලන්න</translation>
    </message>
    <message>
        <source>Engine: not loaded yet</source>
        <translation>එන්ජිම: තවම පූරණය කර නැත</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ගොනුව (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>නව ව්‍යාපෘතිය (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>ව්‍යාපෘතිය අරින්න (&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>මෑත ව්‍යාපෘති අරින්න (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>ව්‍යාපෘතිය සුරකින්න (&amp;S)</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>ව්‍යාපෘතිය වෙනත් නමකින් සුරකින්න (&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>පිටවන්න (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>උදව් (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>{app} ගැන (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>භාෂාව (&amp;L)</translation>
    </message>
    <message>
        <source>{language} will be used from the next start.</source>
        <translation>ඊළඟ වර ආරම්භයේ සිට {language} භාවිත වේ.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>භාෂාව</translation>
    </message>
    <message>
        <source>{language} will be used the next time you start {app}. Close and open the app again to switch now; your project is kept if you save it first.</source>
        <translation>ඔබ ඊළඟ වර {app} ආරම්භ කරන විට {language} භාවිත වේ. දැන්ම මාරු වීමට යෙදුම වසා නැවත අරින්න; ඔබ පළමුව සුරැකුවහොත් ඔබේ ව්‍යාපෘතිය ආරක්ෂිතව තිබේ.</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>මෑත ව්‍යාපෘති නැත</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>ලැයිස්තුව හිස් කරන්න</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>{app} ගැන</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;Fine-tune sentence-embedding models on your own spreadsheets.</source>
        <translation>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;ඔබේම පැතුරුම්පත්වලින් වාක්‍ය දෛශික (sentence-embedding) මාදිලි පුහුණු කරන්න.</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>නව ව්‍යාපෘතිය</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>ව්‍යාපෘතිය අරින්න</translation>
    </message>
    <message>
        <source>Could not open the project</source>
        <translation>ව්‍යාපෘතිය ඇරීමට නොහැකි විය</translation>
    </message>
    <message>
        <source>Some files of this project are not on this computer:
{names}</source>
        <translation>මෙම ව්‍යාපෘතියේ සමහර ගොනු මෙම පරිගණකයේ නැත:
{names}</translation>
    </message>
    <message>
        <source>Everything else was loaded. Pick the data file again on the Data step.</source>
        <translation>අනෙක් සියල්ල පූරණය කළා. දත්ත පියවරේදී දත්ත ගොනුව නැවත තෝරන්න.</translation>
    </message>
    <message>
        <source>Files are missing</source>
        <translation>ගොනු අතුරුදන්ව ඇත</translation>
    </message>
    <message>
        <source>Everything else was loaded. You will be asked before anything is replaced or any model code runs.</source>
        <translation>අනෙක් සියල්ල පූරණය කළා. කිසිවක් ප්‍රතිස්ථාපනය කිරීමට හෝ කිසියම් මාදිලි කේතයක් ධාවනය කිරීමට පෙර ඔබෙන් අසනු ඇත.</translation>
    </message>
    <message>
        <source>Some requests in the project were not followed</source>
        <translation>ව්‍යාපෘතියේ ඇති සමහර ඉල්ලීම් ක්‍රියාත්මක කළේ නැත</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} ඇරියා</translation>
    </message>
    <message>
        <source>My project</source>
        <translation>මගේ ව්‍යාපෘතිය</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>ව්‍යාපෘතිය සුරකින්න</translation>
    </message>
    <message>
        <source>Could not save the project</source>
        <translation>ව්‍යාපෘතිය සුරැකීමට නොහැකි විය</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} සුරැකුවා</translation>
    </message>
    <message>
        <source>The playground is not part of this build yet.</source>
        <translation>අත්හදා බැලීම (playground) තවම මෙම සංස්කරණයේ කොටසක් නොවේ.</translation>
    </message>
    <message>
        <source>Loading engine…</source>
        <translation>එන්ජිම පූරණය කරමින්…</translation>
    </message>
    <message>
        <source>Engine ready ({description})</source>
        <translation>එන්ජිම සූදානම් ({description})</translation>
    </message>
    <message>
        <source>The machine-learning libraries are loaded.</source>
        <translation>යන්ත්‍ර ඉගෙනුම් පුස්තකාල පූරණය කර ඇත.</translation>
    </message>
    <message>
        <source>Engine could not be loaded</source>
        <translation>එන්ජිම පූරණය කිරීමට නොහැකි විය</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <source>Model</source>
        <extracomment>The list&apos;s headers as shown (``COLUMNS`` stays the English keys of :meth:`rows`).</extracomment>
        <translation>මාදිලිය</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>භාෂා</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ප්‍රමාණය</translation>
    </message>
    <message>
        <source>Vector size</source>
        <translation>දෛශික ප්‍රමාණය</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>වේගය</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>බලපත්‍රය</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>මෙම පරිගණකයේ</translation>
    </message>
    <message>
        <source>Search by name, language or licence…</source>
        <translation>නම, භාෂාව හෝ බලපත්‍රය අනුව සොයන්න…</translation>
    </message>
    <message>
        <source>Search the models</source>
        <translation>මාදිලි සොයන්න</translation>
    </message>
    <message>
        <source>Models to start from</source>
        <translation>ආරම්භ කිරීමට මාදිලි</translation>
    </message>
    <message>
        <source>Download it</source>
        <translation>එය බාගත කරන්න</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>දැන් නොවේ</translation>
    </message>
    <message>
        <source>Use a &amp;model folder on this computer…</source>
        <translation>මෙම පරිගණකයේ ඇති මාදිලි ෆෝල්ඩරයක් භාවිත කරන්න (&amp;M)…</translation>
    </message>
    <message>
        <source>or a Hugging Face id, e.g. BAAI/bge-small-en-v1.5</source>
        <translation>නැතහොත් Hugging Face id එකක්, උදා. BAAI/bge-small-en-v1.5</translation>
    </message>
    <message>
        <source>Hugging Face model id</source>
        <translation>Hugging Face මාදිලි id</translation>
    </message>
    <message>
        <source>&amp;Use this id</source>
        <translation>මෙම id භාවිත කරන්න (&amp;U)</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>ඔබේ තේරීම</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>බාගත කරන්න (&amp;D)</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>බාගැනීම අවලංගු කරන්න</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>ආරම්භ කරමින්…</translation>
    </message>
    <message>
        <source>How well it knows your texts</source>
        <translation>එය ඔබේ පාඨ කොතරම් හොඳින් දන්නවාද</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>පාදක මාදිලිය</translation>
    </message>
    <message>
        <source>Training starts from a model that already understands language and teaches it your data. Pick one that knows your language; smaller ones train faster.</source>
        <translation>පුහුණුව ආරම්භ වන්නේ දැනටමත් භාෂාව තේරුම් ගන්නා මාදිලියකින් වන අතර, එයට ඔබේ දත්ත උගන්වයි. ඔබේ භාෂාව දන්නා එකක් තෝරන්න; කුඩා මාදිලි වේගයෙන් පුහුණු වේ.</translation>
    </message>
    <message>
        <source>Pick a model folder</source>
        <translation>මාදිලි ෆෝල්ඩරයක් තෝරන්න</translation>
    </message>
    <message>
        <source>{problem} Pick the folder that holds those files.</source>
        <translation>{problem} එම ගොනු ඇති ෆෝල්ඩරය තෝරන්න.</translation>
    </message>
    <message>
        <source>Connecting to download {hub_id}…</source>
        <translation>{hub_id} බාගත කිරීමට සම්බන්ධ වෙමින්…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>අවලංගු කරමින්…</translation>
    </message>
    <message>
        <source>Downloaded. The model is now on this computer.</source>
        <translation>බාගත කළා. මාදිලිය දැන් මෙම පරිගණකයේ ඇත.</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>බාගැනීම අවලංගු කළා.</translation>
    </message>
    <message>
        <source>Use {name}</source>
        <translation>{name} භාවිත කරන්න</translation>
    </message>
    <message>
        <source>Keep {name}</source>
        <translation>{name} තබා ගන්න</translation>
    </message>
    <message>
        <source>Pick a model to start from.</source>
        <translation>ආරම්භ කිරීමට මාදිලියක් තෝරන්න.</translation>
    </message>
    <message>
        <source>Wait for the download to finish.</source>
        <translation>බාගැනීම අවසන් වන තුරු රැඳී සිටින්න.</translation>
    </message>
    <message>
        <source>This model is not on this computer: download it, or pick another one.</source>
        <translation>මෙම මාදිලිය මෙම පරිගණකයේ නැත: එය බාගත කරන්න, නැතහොත් වෙනත් එකක් තෝරන්න.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>මාදිලිය</translation>
    </message>
    <message>
        <source>Choose a model folder…</source>
        <translation>මාදිලි ෆෝල්ඩරයක් තෝරන්න…</translation>
    </message>
    <message>
        <source>Use a sentence-transformers model saved on this computer.</source>
        <translation>මෙම පරිගණකයේ සුරැකූ sentence-transformers මාදිලියක් භාවිත කරන්න.</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>මාදිලි ෆෝල්ඩරයක් තෝරන්න</translation>
    </message>
</context>
<context>
    <name>ModelSources</name>
    <message>
        <source>✓ on this computer</source>
        <translation>✓ මෙම පරිගණකයේ ඇත</translation>
    </message>
    <message>
        <source>download needed</source>
        <translation>බාගත කළ යුතුයි</translation>
    </message>
    <message>
        <source>{hub_id}
{description}
Languages: {languages}
{size_mb} MB, {dimensions} dimensions, licence {licence}</source>
        <translation>{hub_id}
{description}
භාෂා: {languages}
{size_mb} MB, මාන {dimensions}, බලපත්‍රය {licence}</translation>
    </message>
    <message>
        <source>unknown data</source>
        <translation>නොදන්නා දත්ත</translation>
    </message>
    <message>
        <source>trained {when} on {data}</source>
        <translation>{when} {data} මත පුහුණු කළා</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>නොදනී</translation>
    </message>
    <message>
        <source>{folder}
Base model: {base}
Data: {data}</source>
        <translation>{folder}
පාදක මාදිලිය: {base}
දත්ත: {data}</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>ෆෝල්ඩරය</translation>
    </message>
</context>
<context>
    <name>PackageRunDialog</name>
    <message>
        <source>When training is too slow on this computer, run it on a bigger one, for example a rented server with one or more graphics cards (GPUs). The app writes a folder with your data, these settings, the base model and its own training program. Copy the folder to the other computer and start the script in it (its README explains how): it uses every GPU there. The trained model appears in the folder&apos;s “output” folder; copy it back and open it here like any model.</source>
        <translation>මෙම පරිගණකයේ පුහුණුව ඉතා සෙමින් සිදු වේ නම්, එය වඩා ශක්තිමත් පරිගණකයක ධාවනය කරන්න, උදාහරණයක් ලෙස එක් හෝ වැඩි ග්‍රැෆික් කාඩ් (GPU) ඇති කුලියට ගත් සේවාදායකයක. යෙදුම ඔබේ දත්ත, මෙම සැකසුම්, පාදක මාදිලිය සහ එහිම පුහුණු වැඩසටහන සහිත ෆෝල්ඩරයක් ලියයි. එම ෆෝල්ඩරය අනෙක් පරිගණකයට පිටපත් කර එහි ඇති ස්ක්‍රිප්ටය ආරම්භ කරන්න (එහි README ගොනුවේ ආකාරය පැහැදිලි කර ඇත): එය එහි ඇති සියලු GPU භාවිත කරයි. පුහුණු කළ මාදිලිය ෆෝල්ඩරයේ “output” ෆෝල්ඩරයේ දිස් වේ; එය ආපසු පිටපත් කර වෙනත් ඕනෑම මාදිලියක් මෙන් මෙහි අරින්න.</translation>
    </message>
    <message>
        <source>Run on another machine</source>
        <translation>වෙනත් පරිගණකයක ධාවනය කරන්න</translation>
    </message>
    <message>
        <source>Write the folder to:</source>
        <translation>ෆෝල්ඩරය ලියන්නේ:</translation>
    </message>
    <message>
        <source>Folder for the other machine</source>
        <translation>අනෙක් පරිගණකය සඳහා ෆෝල්ඩරය</translation>
    </message>
    <message>
        <source>Replace a folder written here earlier by this app</source>
        <translation>මෙම යෙදුම මීට පෙර මෙහි ලියූ ෆෝල්ඩරයක් ප්‍රතිස්ථාපනය කරන්න</translation>
    </message>
    <message>
        <source>&amp;Write folder</source>
        <translation>ෆෝල්ඩරය ලියන්න (&amp;W)</translation>
    </message>
    <message>
        <source>Choose your data first (the Data page).</source>
        <translation>පළමුව ඔබේ දත්ත තෝරන්න (දත්ත පිටුව).</translation>
    </message>
    <message>
        <source>Copying your data, the model and the training program…</source>
        <translation>ඔබේ දත්ත, මාදිලිය සහ පුහුණු වැඩසටහන පිටපත් කරමින්…</translation>
    </message>
    <message>
        <source>Written to {folder} ({megabytes:.0f} MB).</source>
        <translation>{folder} වෙත ලියා ඇත ({megabytes:.0f} MB).</translation>
    </message>
    <message>
        <source>The base model is included, so the other computer needs no download.</source>
        <translation>පාදක මාදිලිය ඇතුළත් කර ඇති බැවින්, අනෙක් පරිගණකයට කිසිවක් බාගත කිරීමට අවශ්‍ය නැත.</translation>
    </message>
    <message>
        <source>The other computer downloads the base model when it starts (it needs internet access).</source>
        <translation>අනෙක් පරිගණකය ආරම්භ වන විට පාදක මාදිලිය බාගත කරයි (එයට අන්තර්ජාල සම්බන්ධතාවක් අවශ්‍යයි).</translation>
    </message>
    <message>
        <source>Copy the folder to the other computer and follow its README; the trained model appears in its “{output}” folder.</source>
        <translation>ෆෝල්ඩරය අනෙක් පරිගණකයට පිටපත් කර එහි README අනුගමනය කරන්න; පුහුණු කළ මාදිලිය එහි “{output}” ෆෝල්ඩරයේ දිස් වේ.</translation>
    </message>
    <message>
        <source>Choose another folder, or tick “Replace”.</source>
        <translation>වෙනත් ෆෝල්ඩරයක් තෝරන්න, නැතහොත් “ප්‍රතිස්ථාපනය කරන්න” ලකුණු කරන්න.</translation>
    </message>
    <message>
        <source>The folder could not be written.</source>
        <translation>ෆෝල්ඩරය ලිවීමට නොහැකි විය.</translation>
    </message>
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <source>Model:</source>
        <extracomment>Quiet time after the last keystroke before the matrix is recomputed. Short enough that keystroke-to-heatmap stays under 200 ms for 20 sentences; cheap because an edit re-encodes only the changed line (the embedding cache) and a result overtaken by a newer edit is dropped, so fast typing never queues work.</extracomment>
        <translation>මාදිලිය:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>මාදිලිය</translation>
    </message>
    <message>
        <source>Compare with a second model:</source>
        <translation>දෙවන මාදිලියක් සමඟ සසඳන්න:</translation>
    </message>
    <message>
        <source>Show the base model and your fine-tuned model side by side, and what changed.</source>
        <translation>පාදක මාදිලිය සහ ඔබ පුහුණු කළ මාදිලිය පැත්තෙන් පැත්තට පෙන්වා, වෙනස් වූ දේ පෙන්වන්න.</translation>
    </message>
    <message>
        <source>Second model</source>
        <translation>දෙවන මාදිලිය</translation>
    </message>
    <message>
        <source>Pick a model and type some sentences.</source>
        <translation>මාදිලියක් තෝරා වාක්‍ය කිහිපයක් ටයිප් කරන්න.</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>සමානකම</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>සොයන්න</translation>
    </message>
    <message>
        <source>Model ready. The matrix follows your typing.</source>
        <translation>මාදිලිය සූදානම්. ඔබ ටයිප් කරන විට වගුව යාවත්කාලීන වේ.</translation>
    </message>
    <message>
        <source>Could not load {model}.</source>
        <translation>{model} පූරණය කිරීමට නොහැකි විය.</translation>
    </message>
    <message>
        <source>There is no matrix to export yet.</source>
        <translation>අපනයනය කිරීමට තවම වගුවක් නැත.</translation>
    </message>
    <message>
        <source>Type some sentences first.</source>
        <translation>පළමුව වාක්‍ය කිහිපයක් ටයිප් කරන්න.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>අපනයනය</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>{path} සුරැකුවා.</translation>
    </message>
    <message>
        <source>The matrix could not be computed.</source>
        <translation>වගුව ගණනය කිරීමට නොහැකි විය.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Your model got better.</source>
        <extracomment>The headline for each verdict; only &quot;better&quot; is shown as a success (green). The texts are marked for context &quot;ResultPage&quot;; :func:`verdict_headline` translates them.</extracomment>
        <translation>ඔබේ මාදිලිය වඩා හොඳ විය.</translation>
    </message>
    <message>
        <source>Your model got worse on the rows it had not seen.</source>
        <translation>ඔබේ මාදිලිය, එය නොදුටු පේළි මත වඩා නරක විය.</translation>
    </message>
    <message>
        <source>No real change.</source>
        <translation>සැලකිය යුතු වෙනසක් නැත.</translation>
    </message>
    <message>
        <source>The result cannot be measured.</source>
        <translation>ප්‍රතිඵලය මැනිය නොහැක.</translation>
    </message>
    <message>
        <source>Training finished.</source>
        <translation>පුහුණුව අවසන්.</translation>
    </message>
    <message>
        <source>Your model is still poor.</source>
        <translation>ඔබේ මාදිලිය තවමත් දුර්වලයි.</translation>
    </message>
    <message>
        <source>No training has finished yet.</source>
        <translation>තවම කිසිදු පුහුණුවක් අවසන් වී නැත.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The pairs that changed most&lt;/b&gt; (rows it had not seen)</source>
        <translation>&lt;b&gt;වැඩියෙන්ම වෙනස් වූ යුගල&lt;/b&gt; (මාදිලිය නොදුටු පේළි)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>පාඨය</translation>
    </message>
    <message>
        <source>Other text</source>
        <translation>අනෙක් පාඨය</translation>
    </message>
    <message>
        <source>Your score</source>
        <translation>ඔබේ ලකුණ</translation>
    </message>
    <message>
        <source>Similarity before</source>
        <translation>පෙර සමානකම</translation>
    </message>
    <message>
        <source>After</source>
        <translation>පසුව</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>විස්තර</translation>
    </message>
    <message>
        <source>Settings tried</source>
        <translation>අත්හදා බැලූ සැකසුම්</translation>
    </message>
    <message>
        <source>Main measure</source>
        <translation>ප්‍රධාන මිනුම</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>මිනිත්තු</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ප්‍රතිඵලය</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>මිනුම</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>පෙර</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>වෙනස</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>ෆෝල්ඩරය අරින්න (&amp;F)</translation>
    </message>
    <message>
        <source>Try it in the &amp;Playground (compare with the base model)</source>
        <translation>අත්හදා බැලීමේදී (Playground) එය උත්සාහ කරන්න (පාදක මාදිලිය සමඟ සසඳන්න) (&amp;P)</translation>
    </message>
    <message>
        <source>E&amp;xport for other programs…</source>
        <translation>වෙනත් වැඩසටහන් සඳහා අපනයනය කරන්න (&amp;X)…</translation>
    </message>
    <message>
        <source>Train &amp;again (change settings)…</source>
        <translation>නැවත පුහුණු කරන්න (සැකසුම් වෙනස් කරන්න) (&amp;A)…</translation>
    </message>
    <message>
        <source>Change the settings and train again; the new model gets a folder of its own and this result stays in the list below.</source>
        <translation>සැකසුම් වෙනස් කර නැවත පුහුණු කරන්න; නව මාදිලියට එහිම ෆෝල්ඩරයක් ලැබෙන අතර මෙම ප්‍රතිඵලය පහත ලැයිස්තුවේ ඉතිරි වේ.</translation>
    </message>
    <message>
        <source>Training was stopped early after {steps:,} of {total:,} steps; the model keeps what it learned so far.</source>
        <translation>පියවර {total:,} න් {steps:,} කට පසු පුහුණුව කලින් නැවැත්වුණා; මාදිලිය මේ දක්වා ඉගෙන ගත් දේ තබා ගනී.</translation>
    </message>
    <message>
        <source>Training was stopped early; the model keeps what it learned so far.</source>
        <translation>පුහුණුව කලින් නැවැත්වුණා; මාදිලිය මේ දක්වා ඉගෙන ගත් දේ තබා ගනී.</translation>
    </message>
    <message>
        <source>The model was saved in:&lt;br&gt;&lt;b&gt;{folder}&lt;/b&gt;</source>
        <translation>මාදිලිය සුරැකුවේ:&lt;br&gt;&lt;b&gt;{folder}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{loss}, learning rate {rate:g}, {passes:g} passes</source>
        <translation>{loss}, ඉගෙනුම් වේගය {rate:g}, වට {passes:g}</translation>
    </message>
    <message>
        <source>{loss}, learning rate {rate:g}, {passes:g} pass</source>
        <translation>{loss}, ඉගෙනුම් වේගය {rate:g}, වට {passes:g}</translation>
    </message>
    <message>
        <source>tried</source>
        <translation>අත්හදා බැලුවා</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>නවත්වන ලදී</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>අසාර්ථකයි</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>අත්හදා බැලුවේ නැත</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>තබා ගත්තා</translation>
    </message>
    <message>
        <source>{name}: the main measure</source>
        <translation>{name}: ප්‍රධාන මිනුම</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>{path} ලෙස සුරැකුවා</translation>
    </message>
    <message>
        <source>The loss plot could not be saved. {error}</source>
        <translation>දෝෂ අගය (loss) ප්‍රස්ථාරය සුරැකීමට නොහැකි විය. {error}</translation>
    </message>
</context>
<context>
    <name>RunDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>තෝරන්න (&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>ෆෝල්ඩරය අරින්න (&amp;O)</translation>
    </message>
</context>
<context>
    <name>RunsList</name>
    <message>
        <source>&lt;b&gt;Your runs with this data&lt;/b&gt; (click one to show its result)</source>
        <translation>&lt;b&gt;මෙම දත්ත සමඟ ඔබේ පුහුණු වාර&lt;/b&gt; (ප්‍රතිඵලය බැලීමට එකක් ක්ලික් කරන්න)</translation>
    </message>
    <message>
        <source>Finished runs with this data</source>
        <translation>මෙම දත්ත සමඟ අවසන් වූ පුහුණු වාර</translation>
    </message>
    <message>
        <source>{mark} {words}: </source>
        <translatorcomment>Run-list heading before the run sentence. Source &apos;{mark} {words}: &apos; has no words; I added ප්‍රතිඵලය (result) and used — so the checker finds Sinhala letters. Reviewer may simplify.</translatorcomment>
        <translation type="unfinished">{mark} ප්‍රතිඵලය: {words} — </translation>
    </message>
    <message>
        <source> (shown)</source>
        <translation> (පෙන්වා ඇත)</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search query</source>
        <translation>සෙවුම් පාඨය</translation>
    </message>
    <message>
        <source>Type a question or a phrase to find the closest rows…</source>
        <translation>ආසන්නතම පේළි සොයා ගැනීමට ප්‍රශ්නයක් හෝ වාක්‍ය ඛණ්ඩයක් ටයිප් කරන්න…</translation>
    </message>
    <message>
        <source>Search with:</source>
        <translation>සොයන්නේ මෙයින්:</translation>
    </message>
    <message>
        <source>Model to search with</source>
        <translation>සෙවීමට භාවිත කරන මාදිලිය</translation>
    </message>
    <message>
        <source>The model that finds the closest rows. In compare mode, pick either model.</source>
        <translation>ආසන්නතම පේළි සොයා ගන්නා මාදිලිය. සැසඳීමේ ආකාරයේදී, ඕනෑම මාදිලියක් තෝරන්න.</translation>
    </message>
    <message>
        <source>Search a pasted list instead</source>
        <translation>ඒ වෙනුවට අලවන ලද ලැයිස්තුවක සොයන්න</translation>
    </message>
    <message>
        <source>Texts to search</source>
        <translation>සෙවිය යුතු පාඨ</translation>
    </message>
    <message>
        <source>Paste the texts to search, one per line.</source>
        <translation>සෙවිය යුතු පාඨ අලවන්න, පේළියකට එකක් බැගින්.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>ලකුණ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>පාඨය</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Automatic (fastest the device supports)</source>
        <extracomment>The precisions offered: (key, what the user sees; marked for context &quot;SettingsPage&quot;).</extracomment>
        <translation>ස්වයංක්‍රීය (උපාංගයට හැකි වේගවත්ම)</translation>
    </message>
    <message>
        <source>Full precision (fp32)</source>
        <translation>පූර්ණ නිරවද්‍යතාව (fp32)</translation>
    </message>
    <message>
        <source>Half precision (fp16, GPUs)</source>
        <translation>අර්ධ නිරවද්‍යතාව (fp16, GPU)</translation>
    </message>
    <message>
        <source>bfloat16 (newer GPUs)</source>
        <translation>bfloat16 (නව GPU)</translation>
    </message>
    <message>
        <source>Find the &amp;best settings for me, within</source>
        <extracomment>Settings that live in the Advanced section (a problem with one opens it).</extracomment>
        <translation>මට හොඳම සැකසුම් සොයා දෙන්න (&amp;B), කාල සීමාව:</translation>
    </message>
    <message>
        <source>Trains first with the automatic settings, then with other settings while they fit in the time you give, each measured on the same rows kept apart. Other settings replace the automatic ones only when they are better by more than chance explains.</source>
        <translation>පළමුව ස්වයංක්‍රීය සැකසුම් සමඟ පුහුණු කරයි, ඉන්පසු ඔබ දෙන කාලය තුළ ගැළපෙන තාක් වෙනත් සැකසුම් සමඟ පුහුණු කරයි; එක් එක් එක ම වෙන් කළ පේළි මත මනිනු ලැබේ. වෙනත් සැකසුම් ස්වයංක්‍රීය ඒවා වෙනුවට ගන්නේ, අහම්බයෙන් පැහැදිලි කළ හැකි ප්‍රමාණයට වඩා හොඳ නම් පමණි.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> මිනිත්තු</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>වට (epochs) (&amp;E):</translation>
    </message>
    <message>
        <source>How many times the model reads all your examples.</source>
        <translation>මාදිලිය ඔබේ සියලු උදාහරණ කී වතාවක් කියවනවාද යන්න.</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>කාණ්ඩ ප්‍රමාණය (&amp;B):</translation>
    </message>
    <message>
        <source>Examples learned from together; bigger is often better but needs more memory.</source>
        <translation>එකවර ඉගෙන ගන්නා උදාහරණ ගණන; විශාල අගයක් බොහෝ විට වඩා හොඳ නමුත් වැඩි මතකයක් අවශ්‍යයි.</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>ඉගෙනුම් වේගය (&amp;L):</translation>
    </message>
    <message>
        <source>How big each correction is; smaller is safer, larger learns faster.</source>
        <translation>එක් එක් නිවැරදි කිරීම කොතරම් විශාලද යන්න; කුඩා අගය වඩා ආරක්ෂිතයි, විශාල අගය වේගයෙන් ඉගෙන ගනී.</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> ටෝකන</translation>
    </message>
    <message>
        <source>&amp;Max length:</source>
        <translation>උපරිම දිග (&amp;M):</translation>
    </message>
    <message>
        <source>Longer texts are cut here; shorter is faster, too short loses meaning.</source>
        <translation>මීට වඩා දිගු පාඨ මෙතැනින් කපා දමයි; කෙටි නම් වේගවත්, ඉතා කෙටි නම් අර්ථය නැති වේ.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>උසස්</translation>
    </message>
    <message>
        <source>&amp;Warm-up:</source>
        <translatorcomment>Coined Sinhala term for an ML setting (see glossary); a native reviewer should confirm it is understandable.</translatorcomment>
        <translation type="unfinished">සෙමින් ආරම්භය (warm-up) (&amp;W):</translation>
    </message>
    <message>
        <source>Share of steps that start gently.</source>
        <translation>සෙමින් ආරම්භ වන පියවරවල කොටස.</translation>
    </message>
    <message>
        <source>Weight &amp;decay:</source>
        <translatorcomment>Coined Sinhala term for an ML setting (see glossary); a native reviewer should confirm it is understandable.</translatorcomment>
        <translation type="unfinished">බර ක්ෂය වීම (weight decay) (&amp;D):</translation>
    </message>
    <message>
        <source>Keeps the model from memorising; 0.01 is usual.</source>
        <translation>මාදිලිය කටපාඩම් කිරීමෙන් වළක්වයි; සාමාන්‍යයෙන් 0.01.</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translatorcomment>Coined Sinhala term for an ML setting (see glossary); a native reviewer should confirm it is understandable.</translatorcomment>
        <translation type="unfinished">අහඹු බීජය (seed) (&amp;S):</translation>
    </message>
    <message>
        <source>The same seed gives the same run again.</source>
        <translation>එකම බීජය නැවත එකම පුහුණු වාරය ලබා දෙයි.</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>ගණනය කිරීමේ නිරවද්‍යතාව (&amp;P):</translation>
    </message>
    <message>
        <source>Number format; automatic is right almost always.</source>
        <translation>අංක ආකෘතිය; සෑම විටම පාහේ ස්වයංක්‍රීය නිවැරදියි.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>ස්වයංක්‍රීය</translation>
    </message>
    <message>
        <source>E&amp;valuate every:</source>
        <translatorcomment>Label before a number of steps (&apos;Evaluate every N steps&apos;); phrasing may be clumsy.</translatorcomment>
        <translation type="unfinished">ඇගයීම් පරතරය (පියවර) (&amp;V):</translation>
    </message>
    <message>
        <source>Steps between quality checks during training.</source>
        <translation>පුහුණුව අතරතුර ගුණාත්මක පරීක්ෂා අතර පියවර ගණන.</translation>
    </message>
    <message>
        <source>&amp;Checkpoint every:</source>
        <translatorcomment>Label before a number of steps; &apos;සුරැකුම් ලක්ෂ්‍යය&apos; is a coined term for checkpoint.</translatorcomment>
        <translation type="unfinished">සුරැකුම් ලක්ෂ්‍ය (checkpoint) පරතරය (පියවර) (&amp;C):</translation>
    </message>
    <message>
        <source>Steps between checkpoints, to resume a stopped run.</source>
        <translation>සුරැකුම් ලක්ෂ්‍ය අතර පියවර ගණන, නැවැත්වූ පුහුණු වාරයක් නැවත පටන් ගැනීමට.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>සීමාවක් නැත</translation>
    </message>
    <message>
        <source>Stop &amp;after:</source>
        <translation>පියවර මෙපමණකට පසු නවත්වන්න (&amp;A):</translation>
    </message>
    <message>
        <source>Steps at most, whatever the epochs (for a quick try).</source>
        <translation>වට ගණන කුමක් වුවත්, උපරිම පියවර ගණන (ඉක්මන් අත්හදා බැලීමකට).</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>ප්‍රතිදාන ෆෝල්ඩරය</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>තෝරන්න (&amp;H)…</translation>
    </message>
    <message>
        <source>Save the new model in a new folder beside this one.</source>
        <translation>නව මාදිලිය මෙම ෆෝල්ඩරය අසල නව ෆෝල්ඩරයක සුරකින්න.</translation>
    </message>
    <message>
        <source>Use “{name}”</source>
        <translation>“{name}” භාවිත කරන්න</translation>
    </message>
    <message>
        <source>Allow its code…</source>
        <translation>එහි කේතයට ඉඩ දෙන්න…</translation>
    </message>
    <message>
        <source>You allowed this model&apos;s own program code to run (for this session only).</source>
        <translation>මෙම මාදිලියේම වැඩසටහන් කේතය ධාවනයට ඔබ ඉඩ දුන්නා (මෙම සැසියට පමණි).</translation>
    </message>
    <message>
        <source>&lt;b&gt;This model comes with its own program code.&lt;/b&gt; It runs only if you allow it; do that only for a model from a source you trust.</source>
        <translation>&lt;b&gt;මෙම මාදිලිය එයටම ආවේණික වැඩසටහන් කේතයක් සමඟ පැමිණේ.&lt;/b&gt; එය ධාවනය වන්නේ ඔබ ඉඩ දුන්නොත් පමණි; ඔබ විශ්වාස කරන මූලාශ්‍රයකින් ලැබුණු මාදිලියකට පමණක් එසේ කරන්න.</translation>
    </message>
    <message>
        <source>Save the model &amp;in:</source>
        <translation>මාදිලිය සුරකින්නේ (&amp;I):</translation>
    </message>
    <message>
        <source>A new folder for the trained model, its card and its plots.</source>
        <translation>පුහුණු කළ මාදිලිය, එහි විස්තර පත්‍රය (card) සහ ප්‍රස්ථාර සඳහා නව ෆෝල්ඩරයක්.</translation>
    </message>
    <message>
        <source>Run on another &amp;machine…</source>
        <translation>වෙනත් පරිගණකයක ධාවනය කරන්න (&amp;M)…</translation>
    </message>
    <message>
        <source>Pack these settings and your data to train on a bigger computer.</source>
        <translation>විශාල පරිගණකයක පුහුණු කිරීමට මෙම සැකසුම් සහ ඔබේ දත්ත ඇසුරුම් කරන්න.</translation>
    </message>
    <message>
        <source>Replace this folder?</source>
        <translation>මෙම ෆෝල්ඩරය ප්‍රතිස්ථාපනය කරන්නද?</translation>
    </message>
    <message>
        <source>The folder
{folder}
already holds files. Training would replace them with the new model.

Replace its contents?</source>
        <translation>ෆෝල්ඩරය
{folder}
දැනටමත් ගොනු අඩංගුයි. පුහුණුව ඒවා නව මාදිලියෙන් ප්‍රතිස්ථාපනය කරයි.

එහි අන්තර්ගතය ප්‍රතිස්ථාපනය කරන්නද?</translation>
    </message>
    <message>
        <source>Folder for the trained model</source>
        <translation>පුහුණු කළ මාදිලිය සඳහා ෆෝල්ඩරය</translation>
    </message>
    <message>
        <source>The estimated training time appears once data are chosen.</source>
        <translation>දත්ත තෝරා ගත් පසු ඇස්තමේන්තුගත පුහුණු කාලය මෙහි දිස් වේ.</translation>
    </message>
    <message>
        <source>This model comes with its own program code: allow it (only for a source you trust), or go back and pick another model.</source>
        <translation>මෙම මාදිලිය එයටම ආවේණික වැඩසටහන් කේතයක් සමඟ පැමිණේ: එයට ඉඩ දෙන්න (ඔබ විශ්වාස කරන මූලාශ්‍රයකට පමණි), නැතහොත් ආපසු ගොස් වෙනත් මාදිලියක් තෝරන්න.</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Worth knowing before you train:</source>
        <translation>පුහුණු කිරීමට පෙර දැනගත යුතු දේ:</translation>
    </message>
    <message>
        <source>&amp;Start training</source>
        <translation>පුහුණුව අරඹන්න (&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>නවත්වන්න (&amp;T)</translation>
    </message>
    <message>
        <source>Stop after the current step; the model so far is kept.</source>
        <translation>වත්මන් පියවරෙන් පසු නවත්වන්න; මේ දක්වා මාදිලිය තබා ගනී.</translation>
    </message>
    <message>
        <source>Ready to start.</source>
        <translation>ආරම්භ කිරීමට සූදානම්.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>පියවර</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>වටය</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>ගත වූ කාලය</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>ඉතිරි කාලය</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>වේගය</translation>
    </message>
    <message>
        <source>Details (log)</source>
        <translation>විස්තර (ලොග්)</translation>
    </message>
    <message>
        <source>Training log</source>
        <translation>පුහුණු ලොග් සටහන</translation>
    </message>
    <message>
        <source>Training is running.</source>
        <translation>පුහුණුව සිදු වෙමින් පවතී.</translation>
    </message>
    <message>
        <source>Start training first.</source>
        <translation>පළමුව පුහුණුව අරඹන්න.</translation>
    </message>
    <message>
        <source>Loading the training engine…</source>
        <translation>පුහුණු එන්ජිම පූරණය කරමින්…</translation>
    </message>
    <message>
        <source>Starting: {model} on {data}</source>
        <translation>ආරම්භ කරමින්: {data} මත {model}</translation>
    </message>
    <message>
        <source>Stop training?</source>
        <translation>පුහුණුව නවත්වන්නද?</translation>
    </message>
    <message>
        <source>Stop training now?

The model keeps what it learned so far and is saved in its folder; you can try it in the Playground.</source>
        <translation>පුහුණුව දැන් නවත්වන්නද?

මාදිලිය මේ දක්වා ඉගෙන ගත් දේ තබා ගෙන එහි ෆෝල්ඩරයේ සුරැකේ; ඔබට එය අත්හදා බැලීමේදී (Playground) උත්සාහ කළ හැක.</translation>
    </message>
    <message>
        <source>Stopping after the current step and saving the model…</source>
        <translation>වත්මන් පියවරෙන් පසු නවත්වා මාදිලිය සුරකිමින්…</translation>
    </message>
    <message>
        <source>Stop requested.</source>
        <translation>නැවැත්වීමට ඉල්ලා ඇත.</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>පුහුණු කරමින්…</translation>
    </message>
    <message>
        <source>Evaluation ({phase}, step {step}): {label} = {value:.4f}</source>
        <translation>ඇගයීම ({phase}, පියවර {step}): {label} = {value:.4f}</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>සටහන: {text}</translation>
    </message>
    <message>
        <source>Training could not finish.</source>
        <translation>පුහුණුව අවසන් කිරීමට නොහැකි විය.</translation>
    </message>
    <message>
        <source>Error: {error}</source>
        <translation>දෝෂය: {error}</translation>
    </message>
    <message>
        <source>Training could not finish</source>
        <translation>පුහුණුව අවසන් කිරීමට නොහැකි විය</translation>
    </message>
    <message>
        <source>Training stopped because of an unexpected error.</source>
        <translation>අනපේක්ෂිත දෝෂයක් නිසා පුහුණුව නැවතුණා.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong during training.</source>
        <translation>පුහුණුව අතරතුර අනපේක්ෂිත දෝෂයක් සිදු විය.</translation>
    </message>
    <message>
        <source>Your settings are kept; you can change them and start again.</source>
        <translation>ඔබේ සැකසුම් සුරැකිව ඇත; ඔබට ඒවා වෙනස් කර නැවත ආරම්භ කළ හැක.</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>නැවත අරඹන්න (&amp;S)</translation>
    </message>
    <message>
        <source>{folder} already holds a model; saving in {fresh} instead.</source>
        <translation>{folder} හි දැනටමත් මාදිලියක් ඇත; ඒ වෙනුවට {fresh} හි සුරකිමින්.</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>Loading the training engine…</source>
        <extracomment>A function with run_training&apos;s signature: (config, on_event, cancel) -&gt; summary.</extracomment>
        <translation>පුහුණු එන්ජිම පූරණය කරමින්…</translation>
    </message>
</context>
<context>
    <name>WarningStrip</name>
    <message>
        <source>⛔ 1 row left out (errors)</source>
        <extracomment>Warning codes that concern the chosen model&apos;s vocabulary (the model page&apos;s check).</extracomment>
        <translation>⛔ පේළි 1ක් ඉවත් කළා (දෝෂ)</translation>
    </message>
    <message>
        <source>⛔ {rows:,} rows left out (errors)</source>
        <translation>⛔ පේළි {rows:,} ක් ඉවත් කළා (දෝෂ)</translation>
    </message>
    <message>
        <source>⚠ 1 warning</source>
        <translation>⚠ අවවාද 1ක්</translation>
    </message>
    <message>
        <source>⚠ {count} warnings</source>
        <translation>⚠ අවවාද {count} ක්</translation>
    </message>
    <message>
        <source>ℹ 1 row note</source>
        <translation>ℹ පේළි සටහන් 1ක්</translation>
    </message>
    <message>
        <source>ℹ {notes:,} row notes</source>
        <translation>ℹ පේළි සටහන් {notes:,} ක්</translation>
    </message>
    <message>
        <source>Click to see them</source>
        <translation>ඒවා බැලීමට ක්ලික් කරන්න</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Wizard steps</source>
        <extracomment>The wizard&apos;s steps in order, with their pages.</extracomment>
        <translation>පියවර ලැයිස්තුව</translation>
    </message>
    <message>
        <source>Step {number}: {label}</source>
        <translation>පියවර {number}: {label}</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ආපසු (&amp;B)</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>පෙර පියවරට ආපසු</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ඊළඟ (&amp;N)</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>ඊළඟ පියවර</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>පුහුණුව සිදු වෙමින් පවතී</translation>
    </message>
    <message>
        <source>Training is still running. Stop it and close?

The model trained so far is kept in its output folder.</source>
        <translation>පුහුණුව තවමත් සිදු වෙමින් පවතී. එය නවත්වා වසන්නද?

මේ දක්වා පුහුණු කළ මාදිලිය එහි ප්‍රතිදාන ෆෝල්ඩරයේ සුරැකේ.</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Your data</source>
        <translation>ඔබේ දත්ත</translation>
    </message>
    <message>
        <source>The spreadsheet the model learns from.</source>
        <translation>මාදිලිය ඉගෙන ගන්නා පැතුරුම්පත.</translation>
    </message>
    <message>
        <source>How the model learns</source>
        <translation>මාදිලිය ඉගෙන ගන්නා ආකාරය</translation>
    </message>
    <message>
        <source>The loss is the lesson the model is given. The one that fits your data best is already selected; the others are explained so you can compare.</source>
        <translatorcomment>Key glossary choice: loss (as learning method) = ඉගෙනුම් ක්‍රමය; loss number on plot = දෝෂ අගය. Reviewer please confirm.</translatorcomment>
        <translation type="unfinished">ඉගෙනුම් ක්‍රමය (loss) යනු මාදිලියට දෙන පාඩමයි. ඔබේ දත්තවලට වඩාත් ගැළපෙන එක දැනටමත් තෝරා ඇත; සැසඳීමට හැකි වන සේ අනෙක් ඒවා පැහැදිලි කර ඇත.</translation>
    </message>
    <message>
        <source>Base model</source>
        <extracomment>QSettings key remembering that the user declined the multilingual model download offer.</extracomment>
        <translation>පාදක මාදිලිය</translation>
    </message>
    <message>
        <source>The model your data will teach.</source>
        <translation>ඔබේ දත්ත උගන්වන මාදිලිය.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ප්‍රතිඵලය</translation>
    </message>
    <message>
        <source>How much your model learned, and where it is.</source>
        <translation>ඔබේ මාදිලිය කොතරම් ඉගෙන ගත්තාද, සහ එය ඇත්තේ කොහේද.</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>පුහුණු සැකසුම්</translation>
    </message>
    <message>
        <source>These defaults were chosen for your data and this computer. You can start right away or adjust them.</source>
        <translation>මෙම පෙරනිමි අගයන් ඔබේ දත්ත සහ මෙම පරිගණකය සඳහා තෝරා ඇත. ඔබට වහාම ආරම්භ කළ හැක, නැතහොත් ඒවා වෙනස් කළ හැක.</translation>
    </message>
    <message>
        <source>Train</source>
        <extracomment>Lines kept in the log view (older lines are dropped).</extracomment>
        <translation>පුහුණු කරන්න</translation>
    </message>
    <message>
        <source>Start training and watch the model learn. You can stop at any time.</source>
        <translation>පුහුණුව අරඹා මාදිලිය ඉගෙන ගන්නා අයුරු බලන්න. ඔබට ඕනෑම වේලාවක නැවැත්විය හැක.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>There is no file {path}. Check the path, or open the app and pick a project.</source>
        <extracomment>Environment variable that does the same (&quot;1&quot;/&quot;all&quot; or a comma-separated list of steps).</extracomment>
        <translation>{path} නම් ගොනුවක් නැත. මාර්ගය පරීක්ෂා කරන්න, නැතහොත් යෙදුම ඇර ව්‍යාපෘතියක් තෝරන්න.</translation>
    </message>
    <message>
        <source>Unknown command &apos;{command}&apos;. Did you mean &apos;{suggestion}&apos;? The commands are: {commands}. Run &apos;main.py --help&apos; for how to use them.</source>
        <translation>නොදන්නා විධානයක් &apos;{command}&apos;. ඔබ අදහස් කළේ &apos;{suggestion}&apos; ද? විධාන මේවාය: {commands}. ඒවා භාවිත කරන ආකාරය දැනගැනීමට &apos;main.py --help&apos; ධාවනය කරන්න.</translation>
    </message>
    <message>
        <source>Unknown command &apos;{command}&apos;. The commands are: {commands}. Run &apos;main.py --help&apos; for how to use them.</source>
        <translation>නොදන්නා විධානයක් &apos;{command}&apos;. විධාන මේවාය: {commands}. ඒවා භාවිත කරන ආකාරය දැනගැනීමට &apos;main.py --help&apos; ධාවනය කරන්න.</translation>
    </message>
    <message>
        <source>No display was found, so the window cannot open. Start the app from a desktop session, or use the command line: run &apos;main.py --help&apos; for the commands.</source>
        <translation>තිරයක් (display) හමු නොවූ නිසා කවුළුව ඇරිය නොහැක. යෙදුම ඩෙස්ක්ටොප් සැසියකින් ආරම්භ කරන්න, නැතහොත් විධාන පෙළ භාවිත කරන්න: විධාන සඳහා &apos;main.py --help&apos; ධාවනය කරන්න.</translation>
    </message>
    <message>
        <source>Error: {problem}</source>
        <translation>දෝෂය: {problem}</translation>
    </message>
</context>
<context>
    <name>best</name>
    <message>
        <source>The model from step {step:,} of {steps:,} was kept: the end of training could not be measured.</source>
        <translatorcomment>New in round 7 (which moment of a run is kept); written by a non-native speaker from the glossary: please review.</translatorcomment>
        <translation type="unfinished">පියවර {steps:,} න් {step:,} වන පියවරේ මාදිලිය තබා ගන්නා ලදී: පුහුණුවේ අවසානයේ මාදිලිය මැනිය නොහැකි විය.</translation>
    </message>
    <message>
        <source>The model from step {step:,} of {steps:,} was kept, not the end of training: on the held-out rows it was clearly better ({kept} against {end} at the end).</source>
        <translatorcomment>New in round 7 (which moment of a run is kept); written by a non-native speaker from the glossary: please review.</translatorcomment>
        <translation type="unfinished">පුහුණුවේ අවසානය නොව, පියවර {steps:,} න් {step:,} වන පියවරේ මාදිලිය තබා ගන්නා ලදී: වෙන් කළ පේළි මත එය පැහැදිලිවම වඩා හොඳ විය (අවසානයේ {end} ට සාපේක්ෂව {kept}).</translation>
    </message>
    <message>
        <source>The model from the end of training was kept. Step {step:,} measured a little higher on the held-out rows ({high} against {end}), but by less than chance explains.</source>
        <translatorcomment>New in round 7 (which moment of a run is kept); written by a non-native speaker from the glossary: please review.</translatorcomment>
        <translation type="unfinished">පුහුණුවේ අවසාන මාදිලිය තබා ගන්නා ලදී. පියවර {step:,} හිදී වෙන් කළ පේළි මත මිනුම මඳක් ඉහළ විය ({high}, අවසානයේ {end}), නමුත් එම වෙනස අහම්බයෙන් පැහැදිලි කළ හැකි සීමාව තුළ ඇත.</translation>
    </message>
</context>
<context>
    <name>callbacks</name>
    <message>
        <source>The training loss became NaN (not a number): the model stopped learning anything useful.</source>
        <translation>පුහුණුවේ දෝෂ අගය (loss) NaN (අංකයක් නොවේ) බවට පත් විය: මාදිලිය ප්‍රයෝජනවත් කිසිවක් ඉගෙන ගැනීම නැවැත්තුවා.</translation>
    </message>
    <message>
        <source>Lower the learning rate, or check the scores/labels for extreme values; then train again.</source>
        <translation>ඉගෙනුම් වේගය අඩු කරන්න, නැතහොත් ලකුණු/ලේබලවල අතිශය අගයන් තිබේදැයි පරීක්ෂා කරන්න; ඉන්පසු නැවත පුහුණු කරන්න.</translation>
    </message>
</context>
<context>
    <name>catalog_models</name>
    <message>
        <source>English</source>
        <extracomment>The 50 language codes on the cards of the paraphrase-multilingual-* models (their &quot;language:&quot; list; zh-cn/zh-tw as zh, fr-ca as fr, pt-br as pt). Sinhala is not among them. XLM-RoBERTa&apos;s pretraining languages as ISO 639-1 codes (93 distinct codes; the e5 cards count 94 languages), on which multilingual-e5 was then trained with text pairs, and which bge-m3 and the xlm-r-100langs model build on. Sinhala (si) is among them. LaBSE&apos;s 109 languages (its card), Sinhala included. The models offered in the model picker, the offline one first.</extracomment>
        <translation>ඉංග්‍රීසි</translation>
    </message>
    <message>
        <source>Small and quick; ships with the app, so it works without internet. Best for English text.</source>
        <translation>කුඩා සහ වේගවත්; යෙදුම සමඟම එන නිසා අන්තර්ජාලය නැතිවත් ක්‍රියා කරයි. ඉංග්‍රීසි පාඨවලට වඩාත් සුදුසුයි.</translation>
    </message>
    <message>
        <source>50 languages incl. Korean and Russian (not Sinhala)</source>
        <translation>කොරියානු සහ රුසියානු ඇතුළු භාෂා 50 ක් (සිංහල නැත)</translation>
    </message>
    <message>
        <source>A small, fast multilingual model; a good first choice for non-English data on a laptop.</source>
        <translation>කුඩා, වේගවත් බහුභාෂා මාදිලියක්; ලැප්ටොප් පරිගණකයක ඉංග්‍රීසි නොවන දත්ත සඳහා හොඳ පළමු තේරීමකි.</translation>
    </message>
    <message>
        <source>Tiny English paraphrase model; trains in minutes on a CPU.</source>
        <translation>ඉතා කුඩා ඉංග්‍රීසි අර්ථ-සමාන වාක්‍ය (paraphrase) මාදිලියක්; CPU එකක මිනිත්තු කිහිපයකින් පුහුණු වේ.</translation>
    </message>
    <message>
        <source>100 languages incl. Korean, Russian, Sinhala</source>
        <translation>කොරියානු, රුසියානු, සිංහල ඇතුළු භාෂා 100 ක්</translation>
    </message>
    <message>
        <source>An older multilingual base model trained on NLI and STS; newer models usually do better.</source>
        <translation>NLI සහ STS මත පුහුණු කළ පැරණි බහුභාෂා පාදක මාදිලියක්; නව මාදිලි සාමාන්‍යයෙන් වඩා හොඳින් ක්‍රියා කරයි.</translation>
    </message>
    <message>
        <source>94 languages incl. Korean, Russian, Sinhala</source>
        <translation>කොරියානු, රුසියානු, සිංහල ඇතුළු භාෂා 94 ක්</translation>
    </message>
    <message>
        <source>A large, strong multilingual model; needs a GPU or patience.</source>
        <translation>විශාල, ශක්තිමත් බහුභාෂා මාදිලියක්; GPU එකක් හෝ ඉවසීම අවශ්‍යයි.</translation>
    </message>
    <message>
        <source>Small multilingual model with strong search quality for its size.</source>
        <translation>එහි ප්‍රමාණයට සාපේක්ෂව හොඳ සෙවුම් ගුණාත්මකභාවයක් ඇති කුඩා බහුභාෂා මාදිලියක්.</translation>
    </message>
    <message>
        <source>Balanced size and quality for multilingual search.</source>
        <translation>බහුභාෂා සෙවීම සඳහා ප්‍රමාණය සහ ගුණාත්මකභාවය සමබර කළ මාදිලියක්.</translation>
    </message>
    <message>
        <source>Strong multilingual paraphrase model for similarity and clustering.</source>
        <translation>සමානකම සහ කාණ්ඩ කිරීම (clustering) සඳහා ශක්තිමත් බහුභාෂා අර්ථ-සමාන වාක්‍ය (paraphrase) මාදිලියක්.</translation>
    </message>
    <message>
        <source>109 languages incl. Korean, Russian, Sinhala</source>
        <translation>කොරියානු, රුසියානු, සිංහල ඇතුළු භාෂා 109 ක්</translation>
    </message>
    <message>
        <source>Built to match translations across languages; good for bilingual data and many low-resource languages such as Sinhala.</source>
        <translation>භාෂා අතර පරිවර්තන ගැළපීමට නිර්මාණය කළ මාදිලියක්; ද්විභාෂා දත්ත සහ සිංහල වැනි සම්පත් අඩු බොහෝ භාෂා සඳහා හොඳයි.</translation>
    </message>
    <message>
        <source>100+ languages incl. Korean, Russian, Sinhala</source>
        <translation>කොරියානු, රුසියානු, සිංහල ඇතුළු භාෂා 100+</translation>
    </message>
    <message>
        <source>Large multilingual model for long documents (up to 8,192 tokens).</source>
        <translation>දිගු ලේඛන සඳහා විශාල බහුභාෂා මාදිලියක් (ටෝකන 8,192 දක්වා).</translation>
    </message>
    <message>
        <source>Could not download {model} ({reason}).</source>
        <translation>{model} බාගත කිරීමට නොහැකි විය ({reason}).</translation>
    </message>
    <message>
        <source>Check the internet connection, or pick a model folder on this computer.</source>
        <translation>අන්තර්ජාල සම්බන්ධතාව පරීක්ෂා කරන්න, නැතහොත් මෙම පරිගණකයේ ඇති මාදිලි ෆෝල්ඩරයක් තෝරන්න.</translation>
    </message>
    <message>
        <source>no model with this name on the Hugging Face Hub</source>
        <translation>Hugging Face Hub හි මෙම නමින් මාදිලියක් නැත</translation>
    </message>
    <message>
        <source>no connection to the Hugging Face Hub</source>
        <translation>Hugging Face Hub වෙත සම්බන්ධතාවක් නැත</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>තැටිය පිරී ඇත</translation>
    </message>
    <message>
        <source>the download did not complete</source>
        <translation>බාගැනීම සම්පූර්ණ වූයේ නැත</translation>
    </message>
    <message>
        <source>the app is set to work offline</source>
        <translation>යෙදුම නොබැඳි (offline) ලෙස ක්‍රියා කිරීමට සකසා ඇත</translation>
    </message>
    <message>
        <source>missing component {name}</source>
        <translation>{name} සංරචකය නැත</translation>
    </message>
    <message>
        <source>The download of {model} was cancelled.</source>
        <translation>{model} බාගැනීම අවලංගු කළා.</translation>
    </message>
    <message>
        <source>it does not look like a model</source>
        <translation>එය මාදිලියක් ලෙස නොපෙනේ</translation>
    </message>
    <message>
        <source>The model in {folder} has a damaged modules.json file.</source>
        <extracomment>Files of which a model folder&apos;s tokenizer needs at least one. A tokenizer with fewer ordinary (non-special) tokens than this is broken: every word of real text would become the unknown token and all sentences would look alike. Model types whose position table keeps two extra slots (padding offset) it cannot read.</extracomment>
        <translation>{folder} හි ඇති මාදිලියේ modules.json ගොනුව හානි වී ඇත.</translation>
    </message>
    <message>
        <source>Pick a folder that holds a complete sentence-transformers model.</source>
        <translation>සම්පූර්ණ sentence-transformers මාදිලියක් ඇති ෆෝල්ඩරයක් තෝරන්න.</translation>
    </message>
    <message>
        <source>The model in {folder} names a part outside its own folder ({part}).</source>
        <translation>{folder} හි ඇති මාදිලිය, එහිම ෆෝල්ඩරයෙන් පිටත කොටසක් ({part}) සඳහන් කරයි.</translation>
    </message>
    <message>
        <source>Pick a model folder from a source you trust.</source>
        <translation>ඔබ විශ්වාස කරන මූලාශ්‍රයකින් ලැබුණු මාදිලි ෆෝල්ඩරයක් තෝරන්න.</translation>
    </message>
    <message>
        <source>it is empty or cut short</source>
        <translation>එය හිස් හෝ අසම්පූර්ණයි</translation>
    </message>
    <message>
        <source>it is cut short or damaged</source>
        <translation>එය අසම්පූර්ණ හෝ හානි වී ඇත</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>එය හානි වී ඇත</translation>
    </message>
    <message>
        <source>it is cut short (an interrupted download or copy?)</source>
        <translation>එය අසම්පූර්ණයි (බාගැනීමක් හෝ පිටපත් කිරීමක් අතරමග නැවතුණාද?)</translation>
    </message>
    <message>
        <source>The model {name} comes with its own program code (module {module}), which the app does not run unless you allow it.</source>
        <translation>{name} මාදිලිය එයටම ආවේණික වැඩසටහන් කේතයක් (මොඩියුලය {module}) සමඟ පැමිණේ; ඔබ ඉඩ නොදෙන්නේ නම් යෙදුම එය ධාවනය නොකරයි.</translation>
    </message>
    <message>
        <source>The model {name} comes with its own program code, which the app does not run unless you allow it.</source>
        <translation>{name} මාදිලිය එයටම ආවේණික වැඩසටහන් කේතයක් සමඟ පැමිණේ; ඔබ ඉඩ නොදෙන්නේ නම් යෙදුම එය ධාවනය නොකරයි.</translation>
    </message>
    <message>
        <source>Allow it only for a model from a source you trust, or pick another model.</source>
        <translation>ඔබ විශ්වාස කරන මූලාශ්‍රයකින් ලැබුණු මාදිලියකට පමණක් ඉඩ දෙන්න, නැතහොත් වෙනත් මාදිලියක් තෝරන්න.</translation>
    </message>
    <message>
        <source>The model {name} has no tokenizer files (such as tokenizer.json or vocab.txt), so it cannot read text.</source>
        <translatorcomment>Coined term: tokenizer = වචන කඩන මෙවලම (word-splitting tool); reviewer please confirm it is clear.</translatorcomment>
        <translation type="unfinished">{name} මාදිලියේ වචන කඩන මෙවලමේ (tokenizer) ගොනු (tokenizer.json හෝ vocab.txt වැනි) නැති නිසා එයට පාඨ කියවිය නොහැක.</translation>
    </message>
    <message>
        <source>Copy the whole model folder again, or pick another model.</source>
        <translation>මුළු මාදිලි ෆෝල්ඩරයම නැවත පිටපත් කරන්න, නැතහොත් වෙනත් මාදිලියක් තෝරන්න.</translation>
    </message>
    <message>
        <source>The model {name} keeps its weights only in {file}, a format that can hide program code; the app only loads weights in the safetensors format.</source>
        <translation>{name} මාදිලිය එහි බර අගයන් (weights) තබා ඇත්තේ {file} තුළ පමණි; එම ආකෘතියට වැඩසටහන් කේතය සැඟවිය හැක. යෙදුම පූරණය කරන්නේ safetensors ආකෘතියේ බර අගයන් පමණි.</translation>
    </message>
    <message>
        <source>Pick a version of the model with model.safetensors (most models on the Hugging Face Hub have one).</source>
        <translation>model.safetensors ඇති මාදිලි අනුවාදයක් තෝරන්න (Hugging Face Hub හි බොහෝ මාදිලිවලට එය ඇත).</translation>
    </message>
    <message>
        <source>The model {name} has no weights file (model.safetensors).</source>
        <translation>{name} මාදිලියට බර අගයන් ගොනුවක් (model.safetensors) නැත.</translation>
    </message>
    <message>
        <source>The weights file {file} of the model {name} cannot be used: {problem}.</source>
        <translation>{name} මාදිලියේ {file} බර අගයන් ගොනුව භාවිත කළ නොහැක: {problem}.</translation>
    </message>
    <message>
        <source>Copy or download the model again.</source>
        <translation>මාදිලිය නැවත පිටපත් කරන්න හෝ බාගත කරන්න.</translation>
    </message>
    <message>
        <source>The tokenizer of the model {name} knows no words ({ordinary} ordinary tokens), so every sentence would look the same to it.</source>
        <translation>{name} මාදිලියේ වචන කඩන මෙවලම (tokenizer) කිසිදු වචනයක් නොදනී (සාමාන්‍ය ටෝකන {ordinary}), එබැවින් එයට සෑම වාක්‍යයක්ම එක සමාන ලෙස පෙනෙනු ඇත.</translation>
    </message>
    <message>
        <source>Copy the whole model folder again (with its tokenizer files), or pick another model.</source>
        <translation>මුළු මාදිලි ෆෝල්ඩරයම (එහි tokenizer ගොනු සමඟ) නැවත පිටපත් කරන්න, නැතහොත් වෙනත් මාදිලියක් තෝරන්න.</translation>
    </message>
    <message>
        <source>No model was chosen.</source>
        <translation>කිසිදු මාදිලියක් තෝරා නැත.</translation>
    </message>
    <message>
        <source>Pick a model from the list or a model folder.</source>
        <translation>ලැයිස්තුවෙන් මාදිලියක් හෝ මාදිලි ෆෝල්ඩරයක් තෝරන්න.</translation>
    </message>
    <message>
        <source>There is no model at {ref}.</source>
        <translation>{ref} හි මාදිලියක් නැත.</translation>
    </message>
    <message>
        <source>Pick a folder that holds a sentence-transformers model (with modules.json or config.json), or a model from the list.</source>
        <translation>sentence-transformers මාදිලියක් (modules.json හෝ config.json සහිත) ඇති ෆෝල්ඩරයක් හෝ ලැයිස්තුවෙන් මාදිලියක් තෝරන්න.</translation>
    </message>
    <message>
        <source>{ref} is not on this computer.</source>
        <translation>{ref} මෙම පරිගණකයේ නැත.</translation>
    </message>
    <message>
        <source>Download it first, or pick a model folder.</source>
        <translation>පළමුව එය බාගත කරන්න, නැතහොත් මාදිලි ෆෝල්ඩරයක් තෝරන්න.</translation>
    </message>
    <message>
        <source>The max length of {max_seq_length} tokens is more than the model {name} can read ({limit} tokens).</source>
        <translation>ටෝකන {max_seq_length} ක උපරිම දිග, {name} මාදිලියට කියවිය හැකි ප්‍රමාණයට (ටෝකන {limit}) වඩා වැඩියි.</translation>
    </message>
    <message>
        <source>Use {limit} or less.</source>
        <translation>{limit} හෝ ඊට අඩු අගයක් භාවිත කරන්න.</translation>
    </message>
    <message>
        <source>The model in {folder} could not be loaded ({reason}).</source>
        <translation>{folder} හි ඇති මාදිලිය පූරණය කිරීමට නොහැකි විය ({reason}).</translation>
    </message>
    <message>
        <source>The model in {folder} could not be loaded.</source>
        <translation>{folder} හි ඇති මාදිලිය පූරණය කිරීමට නොහැකි විය.</translation>
    </message>
    <message>
        <source>{size:.1f} GB</source>
        <extracomment>The multilingual model the installers ship beside the English one (docs/multilingual-model.md says why this one) and that a first start from source offers to download. Download speed assumed for &quot;about N minutes to download&quot; (a modest home connection).</extracomment>
        <translation>{size:.1f} GB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>is already on this computer</source>
        <translation>දැනටමත් මෙම පරිගණකයේ ඇත</translation>
    </message>
    <message>
        <source>is a {size} download (about 1 minute at {speed:g} Mbit/s)</source>
        <translatorcomment>Sentence is assembled from parts ({cost}, {names}); check that the joined Sinhala reads naturally.</translatorcomment>
        <translation type="unfinished">{size} ක බාගැනීමකි ({speed:g} Mbit/s වේගයෙන් මිනිත්තු 1 ක් පමණ)</translation>
    </message>
    <message>
        <source>is a {size} download (about {minutes} minutes at {speed:g} Mbit/s)</source>
        <translatorcomment>Sentence is assembled from parts ({cost}, {names}); check that the joined Sinhala reads naturally.</translatorcomment>
        <translation type="unfinished">{size} ක බාගැනීමකි ({speed:g} Mbit/s වේගයෙන් මිනිත්තු {minutes} ක් පමණ)</translation>
    </message>
    <message>
        <source>{model} knows {names} and {cost}.</source>
        <translatorcomment>Sentence is assembled from parts ({cost}, {names}); check that the joined Sinhala reads naturally.</translatorcomment>
        <translation type="unfinished">{model} මාදිලිය {names} දන්නා අතර {cost}.</translation>
    </message>
    <message>
        <source>{model} {cost}.</source>
        <translatorcomment>Sentence is assembled from parts ({cost}, {names}); check that the joined Sinhala reads naturally.</translatorcomment>
        <translation type="unfinished">{model} මාදිලිය {cost}.</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} සහ {last}</translation>
    </message>
    <message>
        <source>Your texts are in {names}.</source>
        <extracomment>Among models of the same size, the better choice first (e5-small scores higher on multilingual retrieval than paraphrase-multilingual-MiniLM-L12-v2 and knows Sinhala).</extracomment>
        <translation>ඔබේ පාඨ {names} භාෂාවෙන් ඇත.</translation>
    </message>
    <message>
        <source>Your texts are in {names}. The chosen model, {model}, was trained on them.</source>
        <translation>ඔබේ පාඨ {names} භාෂාවෙන් ඇත. තෝරාගත් මාදිලිය වන {model} ඒවා මත පුහුණු කර ඇත.</translation>
    </message>
    <message>
        <source>Your texts are in {names}. The chosen model, {model}, was not trained on {missing}: pick a model that knows them in the Base model step.</source>
        <translation>ඔබේ පාඨ {names} භාෂාවෙන් ඇත. තෝරාගත් මාදිලිය වන {model} {missing} මත පුහුණු කර නැත: පාදක මාදිලිය පියවරේදී ඒවා දන්නා මාදිලියක් තෝරන්න.</translation>
    </message>
    <message>
        <source>Your texts are in {names}. The chosen model, {model}, was not trained on {missing}: it will understand little of them. The Base model step recommends {recommended}, which knows {names} and {cost}.</source>
        <translatorcomment>Sentence is assembled from parts ({cost}, {names}); check that the joined Sinhala reads naturally.</translatorcomment>
        <translation type="unfinished">ඔබේ පාඨ {names} භාෂාවෙන් ඇත. තෝරාගත් මාදිලිය වන {model} {missing} මත පුහුණු කර නැත: එයට ඒවායින් තේරුම් ගත හැක්කේ ස්වල්පයකි. පාදක මාදිලිය පියවර {recommended} නිර්දේශ කරයි; එය {names} දන්නා අතර {cost}.</translation>
    </message>
    <message>
        <source>the folder {folder}</source>
        <translation>{folder} ෆෝල්ඩරය</translation>
    </message>
    <message>
        <source>the Hugging Face Hub ({ref}), downloaded to {path}</source>
        <translation>Hugging Face Hub අඩවිය ({ref}), {path} වෙත බාගත කළා</translation>
    </message>
    <message>
        <source>the Hugging Face Hub ({ref})</source>
        <translation>Hugging Face Hub අඩවිය ({ref})</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} ෆෝල්ඩරයක් නොවේ.</translation>
    </message>
    <message>
        <source>The folder {name} does not hold a model: a sentence-transformers or transformers model folder has a modules.json or config.json file in it.</source>
        <translation>{name} ෆෝල්ඩරයේ මාදිලියක් නැත: sentence-transformers හෝ transformers මාදිලි ෆෝල්ඩරයක modules.json හෝ config.json ගොනුවක් ඇත.</translation>
    </message>
</context>
<context>
    <name>cli_common</name>
    <message>
        <source>reading the data file</source>
        <translation>දත්ත ගොනුව කියවමින්</translation>
    </message>
    <message>
        <source>The workbook sheet to read (default: the first with a table).</source>
        <translation>කියවිය යුතු වැඩපොත් පත්‍රය (පෙරනිමිය: වගුවක් ඇති පළමු පත්‍රය).</translation>
    </message>
    <message>
        <source>The text columns in order, comma-separated, e.g. --columns question,answer (three for anchor,positive,negative). Default: detected.</source>
        <translation>පාඨ තීරු අනුපිළිවෙලින්, කොමාවෙන් වෙන් කර, උදා. --columns question,answer (anchor,positive,negative සඳහා තුනක්). පෙරනිමිය: ස්වයංක්‍රීයව හඳුනා ගනී.</translation>
    </message>
    <message>
        <source>The score or label column (default: detected).</source>
        <translation>ලකුණු හෝ ලේබල තීරුව (පෙරනිමිය: ස්වයංක්‍රීයව හඳුනා ගනී).</translation>
    </message>
    <message>
        <source>For 0/1 labels: the value that means &quot;similar&quot; (default: 1).</source>
        <translation>0/1 ලේබල සඳහා: &quot;සමාන&quot; යන්න දක්වන අගය (පෙරනිමිය: 1).</translation>
    </message>
    <message>
        <source>Text encoding, e.g. utf-8, cp1251, cp949 (default: detected).</source>
        <translation>අකුරු කේතනය, උදා. utf-8, cp1251, cp949 (පෙරනිමිය: ස්වයංක්‍රීයව හඳුනා ගනී).</translation>
    </message>
    <message>
        <source>comma, semicolon, tab, pipe or one character (default: detected).</source>
        <translation>comma, semicolon, tab, pipe හෝ එක් අක්ෂරයක් (පෙරනිමිය: ස්වයංක්‍රීයව හඳුනා ගනී).</translation>
    </message>
    <message>
        <source>The first row is data, not column names (default: detected).</source>
        <translation>පළමු පේළිය දත්ත මිස තීරු නම් නොවේ (පෙරනිමිය: ස්වයංක්‍රීයව හඳුනා ගනී).</translation>
    </message>
</context>
<context>
    <name>cli_distributed</name>
    <message>
        <source>Train with a training_config.json, on one or several GPUs (start it with torchrun for several).</source>
        <translation>training_config.json එකක් සමඟ, GPU එකක හෝ කිහිපයක පුහුණු කරන්න (කිහිපයක් සඳහා torchrun මගින් ආරම්භ කරන්න).</translation>
    </message>
    <message>
        <source>Override the output folder.</source>
        <translation>ප්‍රතිදාන ෆෝල්ඩරය වෙනස් කරන්න.</translation>
    </message>
    <message>
        <source>Replace an existing output.</source>
        <translation>පවතින ප්‍රතිදානයක් ප්‍රතිස්ථාපනය කරන්න.</translation>
    </message>
    <message>
        <source>Allow the model&apos;s own program code to run (only for sources you trust).</source>
        <translation>මාදිලියේම වැඩසටහන් කේතය ධාවනයට ඉඩ දෙන්න (ඔබ විශ්වාස කරන මූලාශ්‍ර සඳහා පමණි).</translation>
    </message>
    <message>
        <source>Continue an interrupted run.</source>
        <translation>බාධා වූ පුහුණු වාරයක් දිගටම කරගෙන යන්න.</translation>
    </message>
    <message>
        <source>CPU threads per process.</source>
        <translation>එක් ක්‍රියාවලියකට CPU නූල් (threads) ගණන.</translation>
    </message>
    <message>
        <source>Note: {message} {hint}</source>
        <translation>සටහන: {message} {hint}</translation>
    </message>
    <message>
        <source>  step {step}  loss {loss:.4f}</source>
        <translation>  පියවර {step}  දෝෂ අගය {loss:.4f}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>අදාළ නැත</translation>
    </message>
    <message>
        <source>  before training: {metric} {value}</source>
        <translation>  පුහුණුවට පෙර: {metric} {value}</translation>
    </message>
    <message>
        <source>  after training: {metric} {value}</source>
        <translation>  පුහුණුවෙන් පසු: {metric} {value}</translation>
    </message>
    <message>
        <source>Error (process {rank}): {error}</source>
        <translation>දෝෂය (ක්‍රියාවලිය {rank}): {error}</translation>
    </message>
    <message>
        <source>Stopped; the model was not saved. Add --resume to continue from the last checkpoint.</source>
        <translation>නැවැත්වුණා; මාදිලිය සුරැකුවේ නැත. අවසාන සුරැකුම් ලක්ෂ්‍යයේ (checkpoint) සිට දිගටම කරගෙන යාමට --resume එක් කරන්න.</translation>
    </message>
    <message>
        <source>Process {rank} of {world} saved the model in {folder}</source>
        <translation>ක්‍රියාවලි {world} න් {rank} වන ක්‍රියාවලිය මාදිලිය {folder} හි සුරැකුවා</translation>
    </message>
    <message>
        <source>Process {rank} of {world} finished (the main process saves).</source>
        <translation>ක්‍රියාවලි {world} න් {rank} වන ක්‍රියාවලිය අවසන් විය (ප්‍රධාන ක්‍රියාවලිය සුරකියි).</translation>
    </message>
</context>
<context>
    <name>cli_evaluate</name>
    <message>
        <source>Measure how well a model does on a spreadsheet.</source>
        <translation>පැතුරුම්පතක් මත මාදිලියක් කොතරම් හොඳින් ක්‍රියා කරනවාදැයි මනින්න.</translation>
    </message>
    <message>
        <source>Measure a model on the examples in a spreadsheet: for question/answer pairs how often the right answer comes first, for scored pairs how well the model agrees with the scores, and so on.</source>
        <translation>පැතුරුම්පතක ඇති උදාහරණ මත මාදිලියක් මනින්න: ප්‍රශ්න/පිළිතුරු යුගල සඳහා නිවැරදි පිළිතුර කොපමණ වාරයක් පළමුවෙන් එනවාද, ලකුණු සහිත යුගල සඳහා මාදිලිය ලකුණු සමඟ කොතරම් එකඟ වනවාද, යනාදිය.</translation>
    </message>
    <message>
        <source>The spreadsheet with examples to measure on.</source>
        <translation>මැනීමට උදාහරණ ඇති පැතුරුම්පත.</translation>
    </message>
    <message>
        <source>Model id from the list or a folder.</source>
        <translation>ලැයිස්තුවේ ඇති මාදිලි id එකක් හෝ ෆෝල්ඩරයක්.</translation>
    </message>
    <message>
        <source>Truncate texts.</source>
        <translation>පාඨ කෙටි කරන්න.</translation>
    </message>
    <message>
        <source>Allow a model&apos;s own program code.</source>
        <translation>මාදිලියකටම ආවේණික වැඩසටහන් කේතයට ඉඩ දෙන්න.</translation>
    </message>
    <message>
        <source>Print primary_metric, value and metrics as JSON.</source>
        <translation>primary_metric, අගය සහ මිනුම් JSON ලෙස මුද්‍රණය කරන්න.</translation>
    </message>
    <message>
        <source>No usable rows are in the file.</source>
        <translation>ගොනුවේ භාවිත කළ හැකි පේළි නැත.</translation>
    </message>
    <message>
        <source>Check it with: main.py inspect FILE</source>
        <translation>මෙයින් එය පරීක්ෂා කරන්න: main.py inspect FILE</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>අදාළ නැත</translation>
    </message>
    <message>
        <source>{metric}: {value}  ({rows} rows)</source>
        <translation>{metric}: {value}  (පේළි {rows})</translation>
    </message>
</context>
<context>
    <name>cli_export</name>
    <message>
        <source>Export a trained model for other programs (ONNX, OpenVINO).</source>
        <extracomment>Exit status when the export was written but does not agree well enough with the original.</extracomment>
        <translation>පුහුණු කළ මාදිලියක් වෙනත් වැඩසටහන් සඳහා අපනයනය කරන්න (ONNX, OpenVINO).</translation>
    </message>
    <message>
        <source>Write a model folder in a format other programs run fast, check that it gives the same vectors as the original and measure its speed. Formats: {formats}</source>
        <translation>වෙනත් වැඩසටහන්වලට වේගයෙන් ධාවනය කළ හැකි ආකෘතියකින් මාදිලි ෆෝල්ඩරයක් ලියා, එය මුල් මාදිලියේ දෛශිකම ලබා දෙනවාදැයි පරීක්ෂා කර එහි වේගය මනින්න. ආකෘති: {formats}</translation>
    </message>
    <message>
        <source>The model folder.</source>
        <translation>මාදිලි ෆෝල්ඩරය.</translation>
    </message>
    <message>
        <source>The format to write.</source>
        <translation>ලිවිය යුතු ආකෘතිය.</translation>
    </message>
    <message>
        <source>A new folder to write.</source>
        <translation>ලිවිය යුතු නව ෆෝල්ඩරයක්.</translation>
    </message>
    <message>
        <source>Replace --out if it holds an earlier export of this app (never anything else).</source>
        <translation>--out හි මෙම යෙදුමේ පෙර අපනයනයක් ඇත්නම් එය ප්‍රතිස්ථාපනය කරන්න (වෙනත් කිසිවක් කිසි විටෙක නොවේ).</translation>
    </message>
    <message>
        <source>A text file, one text per line, for the agreement check (default: the model&apos;s held-out rows, else built-in samples).</source>
        <translation>එකඟතා පරීක්ෂාව සඳහා, පේළියකට එක් පාඨයක් බැගින් ඇති පාඨ ගොනුවක් (පෙරනිමිය: මාදිලියේ පරීක්ෂාවට වෙන් කළ පේළි, නැත්නම් යෙදුමේ ඇතුළත් නියැදි).</translation>
    </message>
    <message>
        <source>Texts encoded per speed measurement (default 64).</source>
        <translation>එක් වේග මැනීමකදී කේතනය කරන පාඨ ගණන (පෙරනිමිය 64).</translation>
    </message>
    <message>
        <source>Speed measurements to take the median of.</source>
        <translation>මධ්‍යස්ථය (median) ගැනීමට කරන වේග මැනීම් ගණන.</translation>
    </message>
    <message>
        <source>The text file {path} does not exist.</source>
        <translation>{path} පාඨ ගොනුව නොපවතී.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>මාර්ගය පරීක්ෂා කරන්න.</translation>
    </message>
    <message>
        <source>The text file {path} is not UTF-8 text.</source>
        <translation>{path} පාඨ ගොනුව UTF-8 පාඨයක් නොවේ.</translation>
    </message>
    <message>
        <source>Save it as UTF-8, one text per line.</source>
        <translation>එය UTF-8 ලෙස, පේළියකට එක් පාඨයක් බැගින් සුරකින්න.</translation>
    </message>
    <message>
        <source>The text file {path} has no text.</source>
        <translation>{path} පාඨ ගොනුවේ පාඨ නැත.</translation>
    </message>
    <message>
        <source>Write one text per line.</source>
        <translation>පේළියකට එක් පාඨයක් බැගින් ලියන්න.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>නවත්වමින්…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>අවලංගු කළා; කිසිවක් ලියා නැත.</translation>
    </message>
    <message>
        <source>Agreement with the original on {texts} texts ({source}): mean cosine {mean:.4f}, lowest {lowest:.4f}.</source>
        <translation>පාඨ {texts} ක් මත මුල් මාදිලිය සමඟ එකඟතාව ({source}): සාමාන්‍ය cosine {mean:.4f}, අඩුම {lowest:.4f}.</translation>
    </message>
    <message>
        <source>Speed on this CPU ({threads} threads, {texts} texts, median of {repeats}): {exported:.3f} s vs {original:.3f} s for the original = {speedup:.2f}x.</source>
        <translation>මෙම CPU එකේ වේගය (නූල් {threads}, පාඨ {texts}, මැනීම් {repeats} ක මධ්‍යස්ථය): තත්පර {exported:.3f}, මුල් මාදිලියට තත්පර {original:.3f} = {speedup:.2f}x.</translation>
    </message>
    <message>
        <source>Size: {size:.1f} MB (original weights {original:.1f} MB).</source>
        <translation>ප්‍රමාණය: {size:.1f} MB (මුල් බර අගයන් {original:.1f} MB).</translation>
    </message>
    <message>
        <source>Warning: {note}</source>
        <translation>අවවාදය: {note}</translation>
    </message>
    <message>
        <source>Exported to {folder} (see README.md there).</source>
        <translation>{folder} වෙත අපනයනය කළා (එහි ඇති README.md බලන්න).</translation>
    </message>
</context>
<context>
    <name>cli_inspect</name>
    <message>
        <source>Show what EmbedTune makes of a data file: columns, shape, problems.</source>
        <translation>EmbedTune දත්ත ගොනුවක් තේරුම් ගන්නා ආකාරය පෙන්වන්න: තීරු, හැඩය, ගැටලු.</translation>
    </message>
    <message>
        <source>Read a data file and report its columns, shape, fitting loss and problems.</source>
        <translation>දත්ත ගොනුවක් කියවා එහි තීරු, හැඩය, ගැළපෙන ඉගෙනුම් ක්‍රමය (loss) සහ ගැටලු වාර්තා කරන්න.</translation>
    </message>
    <message>
        <source>The data file (.csv .tsv .txt .xlsx .xls .ods .json .jsonl .parquet).</source>
        <translation>දත්ත ගොනුව (.csv .tsv .txt .xlsx .xls .ods .json .jsonl .parquet).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>එක් JSON වස්තුවක් මුද්‍රණය කරන්න.</translation>
    </message>
    <message>
        <source>Check lengths, unknown words and how well it knows each language of the texts, with this model&apos;s tokenizer (on this computer).</source>
        <translation>මෙම මාදිලියේ වචන කඩන මෙවලම (tokenizer) සමඟ (මෙම පරිගණකයේ), දිග, නොදන්නා වචන සහ පාඨවල එක් එක් භාෂාව එය කොතරම් හොඳින් දන්නවාද යන්න පරීක්ෂා කරන්න.</translation>
    </message>
    <message>
        <source>The file &apos;{path}&apos; does not exist.</source>
        <translation>&apos;{path}&apos; ගොනුව නොපවතී.</translation>
    </message>
    <message>
        <source>Check the name and the folder.</source>
        <translation>නම සහ ෆෝල්ඩරය පරීක්ෂා කරන්න.</translation>
    </message>
    <message>
        <source>first text</source>
        <translation>පළමු පාඨය</translation>
    </message>
    <message>
        <source>second text</source>
        <translation>දෙවන පාඨය</translation>
    </message>
    <message>
        <source>anchor</source>
        <translatorcomment>Coined Sinhala term for an ML setting (see glossary); a native reviewer should confirm it is understandable.</translatorcomment>
        <translation type="unfinished">මූල පාඨය (anchor)</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>ගැළපෙන (positive)</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>නොගැළපෙන (negative)</translation>
    </message>
    <message>
        <source>sentence 1</source>
        <translation>වාක්‍යය 1</translation>
    </message>
    <message>
        <source>sentence 2</source>
        <translation>වාක්‍යය 2</translation>
    </message>
    <message>
        <source>score</source>
        <translation>ලකුණ</translation>
    </message>
    <message>
        <source>label (0/1)</source>
        <translation>ලේබලය (0/1)</translation>
    </message>
    <message>
        <source>class</source>
        <translation>වර්ගය</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>භාවිත නොකෙරේ</translation>
    </message>
    <message>
        <source>File:      {path}</source>
        <translation>ගොනුව:      {path}</translation>
    </message>
    <message>
        <source>Format:    {format}</source>
        <translation>ආකෘතිය:    {format}</translation>
    </message>
    <message>
        <source>Encoding:  {encoding}</source>
        <translation>කේතනය:    {encoding}</translation>
    </message>
    <message>
        <source>Delimiter: {delimiter}</source>
        <translation>වෙන් කරන ලකුණ: {delimiter}</translation>
    </message>
    <message>
        <source>Sheet:     {sheet} (other sheets: {others})</source>
        <translation>පත්‍රය:     {sheet} (අනෙක් පත්‍ර: {others})</translation>
    </message>
    <message>
        <source>Sheet:     {sheet}</source>
        <translation>පත්‍රය:     {sheet}</translation>
    </message>
    <message>
        <source>Rows:      {rows} (first row holds column names)</source>
        <translation>පේළි:      {rows} (පළමු පේළියේ තීරු නම් ඇත)</translation>
    </message>
    <message>
        <source>Rows:      {rows} (no header row)</source>
        <translation>පේළි:      {rows} (ශීර්ෂ පේළියක් නැත)</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>තීරු:</translation>
    </message>
    <message>
        <source>Data:      {shape}</source>
        <translation>දත්ත:      {shape}</translation>
    </message>
    <message>
        <source>           &apos;{positive}&apos; in &apos;{label}&apos; is taken to mean similar (change with --positive-label).</source>
        <translation>           &apos;{label}&apos; හි &apos;{positive}&apos; යන්න සමාන ලෙස සලකයි (--positive-label මගින් වෙනස් කරන්න).</translation>
    </message>
    <message>
        <source>Loss:      {loss} (recommended)</source>
        <translation>ඉගෙනුම් ක්‍රමය: {loss} (නිර්දේශිත)</translation>
    </message>
    <message>
        <source>           also possible: {losses}</source>
        <translation>           මේවාද කළ හැක: {losses}</translation>
    </message>
    <message>
        <source>Tokens ({model}, reads {limit}):</source>
        <translation>ටෝකන ({model}, {limit} දක්වා කියවයි):</translation>
    </message>
    <message>
        <source>  {column}: min {min}, mean {mean}, p95 {p95}, max {max}</source>
        <translation>  {column}: අවම {min}, සාමාන්‍ය {mean}, p95 {p95}, උපරිම {max}</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>භාෂා:</translation>
    </message>
    <message>
        <source>  {language} ({texts} texts checked): {verdict} [{pieces:g} pieces per word, {unknown:.0%} unknown]</source>
        <translation>  {language} (පරීක්ෂා කළ පාඨ {texts}): {verdict} [වචනයකට කොටස් {pieces:g}, නොදන්නා {unknown:.0%}]</translation>
    </message>
    <message>
        <source>Measure:   {split}</source>
        <translation>මැනීම:     {split}</translation>
    </message>
    <message>
        <source>           The result cannot be measured: {reason}</source>
        <translation>           ප්‍රතිඵලය මැනිය නොහැක: {reason}</translation>
    </message>
    <message>
        <source>           What to do: {advice}</source>
        <translation>           කළ යුත්තේ: {advice}</translation>
    </message>
    <message>
        <source>Problems:  {count} ({errors} rows left out of training)</source>
        <translation>ගැටලු:     {count} (පේළි {errors} ක් පුහුණුවෙන් ඉවත් කළා)</translation>
    </message>
    <message>
        <source>row {row}, {column}</source>
        <translation>පේළිය {row}, {column}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>පේළිය {row}</translation>
    </message>
    <message>
        <source>  … and {count} more (see --json).</source>
        <translation>  … සහ තවත් {count} ක් (--json බලන්න).</translation>
    </message>
    <message>
        <source>Problems:  none</source>
        <translation>ගැටලු:     නැත</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>අවවාද:</translation>
    </message>
    <message>
        <source>    What to do: {hint}</source>
        <translation>    කළ යුත්තේ: {hint}</translation>
    </message>
</context>
<context>
    <name>cli_main</name>
    <message>
        <source>{prog}: {message}. Run &apos;{prog} --help&apos; for the options.</source>
        <translation>{prog}: {message}. විකල්ප සඳහා &apos;{prog} --help&apos; ධාවනය කරන්න.</translation>
    </message>
    <message>
        <source>{app} command line.</source>
        <translation>{app} විධාන පෙළ.</translation>
    </message>
    <message>
        <source>Error: {error}</source>
        <translation>දෝෂය: {error}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>අවලංගු කළා.</translation>
    </message>
</context>
<context>
    <name>cli_package_run</name>
    <message>
        <source>Pack a training run to run on another (bigger) machine.</source>
        <translation>පුහුණු වාරයක් වෙනත් (වඩා විශාල) පරිගණකයක ධාවනය කිරීමට ඇසුරුම් කරන්න.</translation>
    </message>
    <message>
        <source>Write a self-contained folder with the data, the settings, the app&apos;s training code and scripts (run.sh, run.ps1, run.bat) that train on all GPUs of the machine the folder is copied to. The trained model appears in its output/ folder.</source>
        <translation>දත්ත, සැකසුම්, යෙදුමේ පුහුණු කේතය සහ ස්ක්‍රිප්ට් (run.sh, run.ps1, run.bat) ඇතුළත් ස්වයංපූර්ණ ෆෝල්ඩරයක් ලියන්න; එම ස්ක්‍රිප්ට්, ෆෝල්ඩරය පිටපත් කරන පරිගණකයේ සියලු GPU මත පුහුණු කරයි. පුහුණු කළ මාදිලිය එහි output/ ෆෝල්ඩරයේ දිස් වේ.</translation>
    </message>
    <message>
        <source>The training_config.json to pack.</source>
        <translation>ඇසුරුම් කළ යුතු training_config.json ගොනුව.</translation>
    </message>
    <message>
        <source>A new folder to write.</source>
        <translation>ලිවිය යුතු නව ෆෝල්ඩරයක්.</translation>
    </message>
    <message>
        <source>Replace --out if it holds an earlier packed run (never anything else).</source>
        <translation>--out හි පෙර ඇසුරුම් කළ පුහුණු වාරයක් ඇත්නම් එය ප්‍රතිස්ථාපනය කරන්න (වෙනත් කිසිවක් කිසි විටෙක නොවේ).</translation>
    </message>
    <message>
        <source>Packed the run into {folder} ({size:.1f} MB).</source>
        <translation>පුහුණු වාරය {folder} වෙත ඇසුරුම් කළා ({size:.1f} MB).</translation>
    </message>
    <message>
        <source>The base model is included; the other machine needs no download.</source>
        <translation>පාදක මාදිලිය ඇතුළත් කර ඇත; අනෙක් පරිගණකයට කිසිවක් බාගත කිරීමට අවශ්‍ය නැත.</translation>
    </message>
    <message>
        <source>The other machine downloads the base model {model} when it starts.</source>
        <translation>අනෙක් පරිගණකය ආරම්භ වන විට {model} පාදක මාදිලිය බාගත කරයි.</translation>
    </message>
    <message>
        <source>Copy the folder to the other machine and start run.sh there (run.ps1 on Windows);
the trained model appears in {folder}/ (see README.md in the folder).</source>
        <translation>ෆෝල්ඩරය අනෙක් පරිගණකයට පිටපත් කර එහි run.sh ආරම්භ කරන්න (Windows හි run.ps1);
පුහුණු කළ මාදිලිය {folder}/ හි දිස් වේ (ෆෝල්ඩරයේ ඇති README.md බලන්න).</translation>
    </message>
</context>
<context>
    <name>cli_similarity</name>
    <message>
        <source>Print how similar a model finds some sentences (cosine similarity matrix).</source>
        <translation>මාදිලියක් වාක්‍ය කිහිපයක් කොතරම් සමාන යැයි සලකනවාදැයි මුද්‍රණය කරන්න (cosine සමානකම් වගුව).</translation>
    </message>
    <message>
        <source>Print the cosine similarity matrix of the sentences under a model.</source>
        <translation>මාදිලියක් යටතේ වාක්‍යවල cosine සමානකම් වගුව මුද්‍රණය කරන්න.</translation>
    </message>
    <message>
        <source>A model from the catalogue, a Hub id, or a model folder on this computer.</source>
        <translation>නාමාවලියේ ඇති මාදිලියක්, Hub id එකක්, හෝ මෙම පරිගණකයේ ඇති මාදිලි ෆෝල්ඩරයක්.</translation>
    </message>
    <message>
        <source>Print one JSON object: {&quot;sentences&quot;: [...], &quot;matrix&quot;: [[...]]}.</source>
        <translation>එක් JSON වස්තුවක් මුද්‍රණය කරන්න: {&quot;sentences&quot;: [...], &quot;matrix&quot;: [[...]]}.</translation>
    </message>
    <message>
        <source>Compare the sentences against these instead of against each other.</source>
        <translation>වාක්‍ය එකිනෙක සමඟ නොව, මේවා සමඟ සසඳන්න.</translation>
    </message>
    <message>
        <source>cpu, cuda or mps (default: automatic).</source>
        <translation>cpu, cuda හෝ mps (පෙරනිමිය: ස්වයංක්‍රීය).</translation>
    </message>
    <message>
        <source>Sentences to compare.</source>
        <translation>සැසඳිය යුතු වාක්‍ය.</translation>
    </message>
    <message>
        <source>No sentences were given.</source>
        <translation>කිසිදු වාක්‍යයක් ලබා දී නැත.</translation>
    </message>
    <message>
        <source>Pass at least one sentence.</source>
        <translation>අවම වශයෙන් එක් වාක්‍යයක් ලබා දෙන්න.</translation>
    </message>
</context>
<context>
    <name>cli_train</name>
    <message>
        <source>Fine-tune a model on a spreadsheet.</source>
        <extracomment>Exit status after a run stopped with Ctrl-C (the model so far is saved). Exit status after a run stopped by SIGTERM (the model so far is saved). Signals that stop a run gracefully: finish the step, save, exit.</extracomment>
        <translation>පැතුරුම්පතක් මත මාදිලියක් පුහුණු කරන්න.</translation>
    </message>
    <message>
        <source>Fine-tune a sentence-embedding model on the examples in a spreadsheet and save it to a folder. Settings not given are taken from --config, else chosen automatically. {automatic}</source>
        <translation>පැතුරුම්පතක ඇති උදාහරණ මත වාක්‍ය දෛශික (sentence-embedding) මාදිලියක් පුහුණු කර එය ෆෝල්ඩරයක සුරකින්න. ලබා නොදුන් සැකසුම් --config වෙතින් ගනී, නැත්නම් ස්වයංක්‍රීයව තෝරා ගනී. {automatic}</translation>
    </message>
    <message>
        <source>The spreadsheet to train on.</source>
        <translation>පුහුණු කිරීමට පැතුරුම්පත.</translation>
    </message>
    <message>
        <source>Model id from the list or a folder.</source>
        <translation>ලැයිස්තුවේ ඇති මාදිලි id එකක් හෝ ෆෝල්ඩරයක්.</translation>
    </message>
    <message>
        <source>Folder to save the model.</source>
        <translation>මාදිලිය සුරැකිය යුතු ෆෝල්ඩරය.</translation>
    </message>
    <message>
        <source>Loss by name or alias (mnrl, cmnrl, cosent, angle, cosine, contrastive, online-contrastive, softmax, triplet). Default: the one recommended for the data.</source>
        <translation>නමින් හෝ කෙටි නමකින් ඉගෙනුම් ක්‍රමය (loss) (mnrl, cmnrl, cosent, angle, cosine, contrastive, online-contrastive, softmax, triplet). පෙරනිමිය: දත්ත සඳහා නිර්දේශිත එක.</translation>
    </message>
    <message>
        <source>training</source>
        <translation>පුහුණුව</translation>
    </message>
    <message>
        <source>A separate file to measure on.</source>
        <translation>මැනීම සඳහා වෙනම ගොනුවක්.</translation>
    </message>
    <message>
        <source>Share of rows kept apart to measure the model (default 0.1; 0 = off).</source>
        <translation>මාදිලිය මැනීමට වෙන් කර තබන පේළි කොටස (පෙරනිමිය 0.1; 0 = අක්‍රිය).</translation>
    </message>
    <message>
        <source>Also train shortened vectors of these sizes, e.g. 256,128,64 (each at most the model&apos;s own size).</source>
        <translation>මෙම ප්‍රමාණවලින් කෙටි කළ දෛශිකද පුහුණු කරන්න, උදා. 256,128,64 (එක එකක් උපරිම වශයෙන් මාදිලියේම ප්‍රමාණය).</translation>
    </message>
    <message>
        <source>For question/answer pairs: before training, find N answers per question that look right but are wrong, and learn from them too (0 = off; 3 examples are printed).</source>
        <translation>ප්‍රශ්න/පිළිතුරු යුගල සඳහා: පුහුණුවට පෙර, එක් ප්‍රශ්නයකට නිවැරදි ලෙස පෙනුණත් වැරදි පිළිතුරු N ක් සොයා, ඒවායින්ද ඉගෙන ගන්න (0 = අක්‍රිය; උදාහරණ 3 ක් මුද්‍රණය කෙරේ).</translation>
    </message>
    <message>
        <source>Continue a run.</source>
        <translation>පුහුණු වාරයක් දිගටම කරගෙන යන්න.</translation>
    </message>
    <message>
        <source>Replace an existing --out.</source>
        <translation>පවතින --out එකක් ප්‍රතිස්ථාපනය කරන්න.</translation>
    </message>
    <message>
        <source>Allow a model&apos;s own program code to run (only for sources you trust).</source>
        <translation>මාදිලියකටම ආවේණික වැඩසටහන් කේතය ධාවනයට ඉඩ දෙන්න (ඔබ විශ්වාස කරන මූලාශ්‍ර සඳහා පමණි).</translation>
    </message>
    <message>
        <source>CPU threads to use (default: every core).</source>
        <translation>භාවිත කළ යුතු CPU නූල් (threads) (පෙරනිමිය: සියලු හර).</translation>
    </message>
    <message>
        <source>Find the best settings: try a few learning rates and losses on the same held-out rows within --time-budget, keep the best model, and print what was tried.</source>
        <translation>හොඳම සැකසුම් සොයන්න: --time-budget තුළ, එකම වෙන් කළ පේළි මත ඉගෙනුම් වේග සහ ඉගෙනුම් ක්‍රම කිහිපයක් අත්හදා බලා, හොඳම මාදිලිය තබාගෙන, අත්හදා බැලූ දේ මුද්‍රණය කරන්න.</translation>
    </message>
    <message>
        <source>About how long training may take: sizes the automatic number of passes (default 30), and the whole search with --search (default 30).</source>
        <translation>පුහුණුවට ගත විය හැකි දළ කාලය (මිනිත්තු): ස්වයංක්‍රීය වට ගණන (පෙරනිමිය 30) සහ --search සමඟ මුළු සෙවීමම (පෙරනිමිය 30) මෙයට අනුව සකසයි.</translation>
    </message>
    <message>
        <source>Start from a training_config.json; other options override it.</source>
        <translation>training_config.json එකකින් ආරම්භ කරන්න; අනෙක් විකල්ප එය අභිබවයි.</translation>
    </message>
    <message>
        <source>Print one JSON object per event on stdout instead of text.</source>
        <translation>පාඨ වෙනුවට, එක් සිදුවීමකට එක් JSON වස්තුවක් බැගින් stdout වෙත මුද්‍රණය කරන්න.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a list of vector sizes.</source>
        <translation>&apos;{value}&apos; දෛශික ප්‍රමාණ ලැයිස්තුවක් නොවේ.</translation>
    </message>
    <message>
        <source>Write them like 256,128,64.</source>
        <translation>ඒවා 256,128,64 ලෙස ලියන්න.</translation>
    </message>
    <message>
        <source>No Matryoshka sizes were given.</source>
        <translation>Matryoshka ප්‍රමාණ කිසිවක් ලබා දී නැත.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>සටහන: {note}</translation>
    </message>
    <message>
        <source>No training file was given.</source>
        <translation>පුහුණු ගොනුවක් ලබා දී නැත.</translation>
    </message>
    <message>
        <source>Name the spreadsheet: train FILE ...</source>
        <translation>පැතුරුම්පත නම් කරන්න: train FILE ...</translation>
    </message>
    <message>
        <source>No output folder was given.</source>
        <translation>ප්‍රතිදාන ෆෝල්ඩරයක් ලබා දී නැත.</translation>
    </message>
    <message>
        <source>Add --out DIR for the trained model.</source>
        <translation>පුහුණු කළ මාදිලිය සඳහා --out DIR එක් කරන්න.</translation>
    </message>
    <message>
        <source>  question:     {question}</source>
        <translation>  ප්‍රශ්නය:          {question}</translation>
    </message>
    <message>
        <source>  right answer: {answer}  (similarity {score:.2f})</source>
        <translation>  නිවැරදි පිළිතුර:  {answer}  (සමානකම {score:.2f})</translation>
    </message>
    <message>
        <source>  taught wrong: {answer}  (similarity {score:.2f})</source>
        <translation>  වැරදි ලෙස උගන්වයි: {answer}  (සමානකම {score:.2f})</translation>
    </message>
    <message>
        <source>  If a &apos;taught wrong&apos; answer is in fact right, press Ctrl-C and train again without --hard-negatives.</source>
        <translation>  &apos;වැරදි ලෙස උගන්වයි&apos; යන පිළිතුරක් ඇත්තටම නිවැරදි නම්, Ctrl-C ඔබා --hard-negatives නොමැතිව නැවත පුහුණු කරන්න.</translation>
    </message>
    <message>
        <source>  Note: {note}</source>
        <translation>  සටහන: {note}</translation>
    </message>
    <message>
        <source>Note: {message} {hint}</source>
        <translation>සටහන: {message} {hint}</translation>
    </message>
    <message>
        <source>  step {step}  epoch {epoch:.2f}  loss {loss:.4f}</source>
        <translation>  පියවර {step}  වටය {epoch:.2f}  දෝෂ අගය {loss:.4f}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>අදාළ නැත</translation>
    </message>
    <message>
        <source>  before training: {metric}: {value}</source>
        <translation>  පුහුණුවට පෙර: {metric}: {value}</translation>
    </message>
    <message>
        <source>  after training: {metric}: {value}</source>
        <translation>  පුහුණුවෙන් පසු: {metric}: {value}</translation>
    </message>
    <message>
        <source>Stopping after the current step and saving what was learned (Ctrl-C again to abort without saving)…</source>
        <translation>වත්මන් පියවරෙන් පසු නවත්වා ඉගෙන ගත් දේ සුරකිමින් (සුරැකීමකින් තොරව නැවැත්වීමට නැවත Ctrl-C ඔබන්න)…</translation>
    </message>
    <message>
        <source>The system asked the app to close. {stopping}</source>
        <translation>යෙදුම වසන ලෙස පද්ධතිය ඉල්ලා සිටියා. {stopping}</translation>
    </message>
    <message>
        <source>Result: {change}.</source>
        <translation>ප්‍රතිඵලය: {change}.</translation>
    </message>
    <message>
        <source>Model stopped early; saved what was learned in {folder}</source>
        <translation>මාදිලිය කලින් නැවතුණා; ඉගෙන ගත් දේ {folder} හි සුරැකුවා</translation>
    </message>
    <message>
        <source>Model saved in {folder}</source>
        <translation>මාදිලිය {folder} හි සුරැකුවා</translation>
    </message>
    <message>
        <source>Settings tried (main measure on the held-out rows after training):</source>
        <extracomment>Options whose value, when given, the automatic plan never changes.</extracomment>
        <translation>අත්හදා බැලූ සැකසුම් (පුහුණුවෙන් පසු පරීක්ෂාවට වෙන් කළ පේළි මත ප්‍රධාන මිනුම):</translation>
    </message>
    <message>
        <source>  {loss}, learning rate {rate:g}, {epochs:g} passes: {status}  &lt;- kept</source>
        <translation>  {loss}, ඉගෙනුම් වේගය {rate:g}, වට {epochs:g}: {status}  &lt;- තබා ගත්තා</translation>
    </message>
    <message>
        <source>  {loss}, learning rate {rate:g}, {epochs:g} passes: {status}</source>
        <translation>  {loss}, ඉගෙනුම් වේගය {rate:g}, වට {epochs:g}: {status}</translation>
    </message>
    <message>
        <source>Verdict: {verdict}. {sentence}</source>
        <translation>තීරණය: {verdict}. {sentence}</translation>
    </message>
</context>
<context>
    <name>config</name>
    <message>
        <source>This file asked to replace the output folder if it already exists; that is only done when you confirm it yourself, so it is off.</source>
        <extracomment>The model used when none is named: the one that ships with the app and works offline. Settings that are permissions of this session, never read from (nor written to) a file: replacing the output folder, continuing into it (which replaces it too), and running a model&apos;s own program code. Only the user&apos;s act (a command-line flag, a confirmation in the window) switches them on. What the user is told when a file asked for one of :data:`SESSION_ONLY_FIELDS`.</extracomment>
        <translation>පවතින ප්‍රතිදාන ෆෝල්ඩරය ප්‍රතිස්ථාපනය කරන ලෙස මෙම ගොනුව ඉල්ලා සිටියා; එය කරන්නේ ඔබම තහවුරු කළ විට පමණක් නිසා, එය අක්‍රියයි.</translation>
    </message>
    <message>
        <source>This file asked to continue an earlier run in its output folder; that is only done when you ask for it yourself, so it is off.</source>
        <translation>එහි ප්‍රතිදාන ෆෝල්ඩරයේ ඇති පෙර පුහුණු වාරයක් දිගටම කරගෙන යන ලෙස මෙම ගොනුව ඉල්ලා සිටියා; එය කරන්නේ ඔබම ඉල්ලූ විට පමණක් නිසා, එය අක්‍රියයි.</translation>
    </message>
    <message>
        <source>This file asked to run the model&apos;s own program code; that is only allowed when you confirm it yourself, so it is off.</source>
        <translation>මාදිලියේම වැඩසටහන් කේතය ධාවනය කරන ලෙස මෙම ගොනුව ඉල්ලා සිටියා; එයට ඉඩ දෙන්නේ ඔබම තහවුරු කළ විට පමණක් නිසා, එය අක්‍රියයි.</translation>
    </message>
    <message>
        <source>a piece of text</source>
        <extracomment>A settings or project file larger than this is not one the app wrote. Bounds every number is checked against (:func:`setting_problems`). No model the app can train reads more tokens than this; the model&apos;s own limit is checked too when its folder is on this computer. Most mined wrong answers per question/answer pair (each is one more text per row a step). Longest time budget for &quot;find the best settings for me&quot; (a day). How each setting is typed in a file: the kind checked by :func:`_checked_value`.</extracomment>
        <translation>පාඨ කොටසක්</translation>
    </message>
    <message>
        <source>a piece of text (or empty)</source>
        <translation>පාඨ කොටසක් (හෝ හිස්)</translation>
    </message>
    <message>
        <source>true, false or empty</source>
        <translation>true, false හෝ හිස්</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true හෝ false</translation>
    </message>
    <message>
        <source>a list of column names</source>
        <translation>තීරු නම් ලැයිස්තුවක්</translation>
    </message>
    <message>
        <source>a list of whole numbers</source>
        <translation>පූර්ණ සංඛ්‍යා ලැයිස්තුවක්</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>අංකයක්</translation>
    </message>
    <message>
        <source>a number (or empty)</source>
        <translation>අංකයක් (හෝ හිස්)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>පූර්ණ සංඛ්‍යාවක්</translation>
    </message>
    <message>
        <source>a whole number (or empty)</source>
        <translation>පූර්ණ සංඛ්‍යාවක් (හෝ හිස්)</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>{choices} වලින් එකක්</translation>
    </message>
    <message>
        <source>The setting &apos;{name}&apos; holds an invisible NUL character, which no name or path has.</source>
        <translation>&apos;{name}&apos; සැකසුමෙහි නොපෙනෙන NUL අක්ෂරයක් ඇත; කිසිදු නමක හෝ මාර්ගයක එවැන්නක් නැත.</translation>
    </message>
    <message>
        <source>Fix or remove this setting in the file, or pick a file written by this app.</source>
        <translation>ගොනුවේ මෙම සැකසුම නිවැරදි කරන්න හෝ ඉවත් කරන්න, නැතහොත් මෙම යෙදුම ලියූ ගොනුවක් තෝරන්න.</translation>
    </message>
    <message>
        <source>The setting &apos;{name}&apos; should be {kind}, but the file has {shown}.</source>
        <translation>&apos;{name}&apos; සැකසුම {kind} විය යුතු නමුත්, ගොනුවේ ඇත්තේ {shown}.</translation>
    </message>
    <message>
        <source>The settings are not a list of named values.</source>
        <translation>සැකසුම් නම් කළ අගයන් ලැයිස්තුවක් නොවේ.</translation>
    </message>
    <message>
        <source>Pick a file written by this app.</source>
        <translation>මෙම යෙදුම ලියූ ගොනුවක් තෝරන්න.</translation>
    </message>
    <message>
        <source>The configuration has settings this version does not know: {names}.</source>
        <translation>මෙම අනුවාදය නොදන්නා සැකසුම් වින්‍යාසයේ ඇත: {names}.</translation>
    </message>
    <message>
        <source>Remove them, or use the version of the app that wrote the file.</source>
        <translation>ඒවා ඉවත් කරන්න, නැතහොත් ගොනුව ලියූ යෙදුම් අනුවාදය භාවිත කරන්න.</translation>
    </message>
    <message>
        <source>The configuration file {name} is not an ordinary file of at most {megabytes} MB.</source>
        <translation>{name} වින්‍යාස ගොනුව, උපරිම {megabytes} MB ක සාමාන්‍ය ගොනුවක් නොවේ.</translation>
    </message>
    <message>
        <source>Pick a training_config.json written by this app.</source>
        <translation>මෙම යෙදුම ලියූ training_config.json එකක් තෝරන්න.</translation>
    </message>
    <message>
        <source>The configuration file {path} does not exist.</source>
        <translation>{path} වින්‍යාස ගොනුව නොපවතී.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>මාර්ගය පරීක්ෂා කරන්න.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a configuration file.</source>
        <translation>{path} යනු වින්‍යාස ගොනුවක් නොව ෆෝල්ඩරයකි.</translation>
    </message>
    <message>
        <source>The configuration file {name} is not valid JSON ({error}).</source>
        <translation>{name} වින්‍යාස ගොනුව වලංගු JSON නොවේ ({error}).</translation>
    </message>
    <message>
        <source>Could not read {name} ({error}).</source>
        <translation>{name} කියවීමට නොහැකි විය ({error}).</translation>
    </message>
    <message>
        <source>Check that you may read the file.</source>
        <translation>ගොනුව කියවීමට ඔබට අවසර ඇත්දැයි පරීක්ෂා කරන්න.</translation>
    </message>
    <message>
        <source>The configuration file {name} does not hold settings.</source>
        <translation>{name} වින්‍යාස ගොනුවේ සැකසුම් නැත.</translation>
    </message>
    <message>
        <source>The number of epochs must be above 0 and at most {most:g} (it is {value}).</source>
        <translation>වට (epochs) ගණන 0 ට වඩා වැඩි සහ උපරිම {most:g} විය යුතුය (දැන් {value}).</translation>
    </message>
    <message>
        <source>1 to 4 epochs is usual; use a fraction such as 0.5 for half a pass.</source>
        <translation>සාමාන්‍යයෙන් වට 1 සිට 4 දක්වා; අඩ වටයකට 0.5 වැනි භාගයක් භාවිත කරන්න.</translation>
    </message>
    <message>
        <source>The batch size must be a whole number from 1 to {most} (it is {value}).</source>
        <translation>කාණ්ඩ ප්‍රමාණය 1 සිට {most} දක්වා පූර්ණ සංඛ්‍යාවක් විය යුතුය (දැන් {value}).</translation>
    </message>
    <message>
        <source>16 or 32 is usual; lower it if the computer runs out of memory.</source>
        <translation>සාමාන්‍යයෙන් 16 හෝ 32; පරිගණකයේ මතකය ඉවර වුවහොත් එය අඩු කරන්න.</translation>
    </message>
    <message>
        <source>The learning rate must be a number above 0 and below 1 (it is {value}).</source>
        <translation>ඉගෙනුම් වේගය 0 ට වඩා වැඩි සහ 1 ට වඩා අඩු අංකයක් විය යුතුය (දැන් {value}).</translation>
    </message>
    <message>
        <source>Values from 1e-5 to 1e-4 are usual; 2e-5 is a safe start.</source>
        <translation>සාමාන්‍යයෙන් 1e-5 සිට 1e-4 දක්වා අගයන්; 2e-5 ආරක්ෂිත ආරම්භයකි.</translation>
    </message>
    <message>
        <source>The max length must be a whole number of tokens from {least} to {most:,} (it is {value}).</source>
        <translation>උපරිම දිග ටෝකන {least} සිට {most:,} දක්වා පූර්ණ සංඛ්‍යාවක් විය යුතුය (දැන් {value}).</translation>
    </message>
    <message>
        <source>Leave it empty to use the model&apos;s own length; 128 to 512 is usual.</source>
        <translation>මාදිලියේම දිග භාවිත කිරීමට එය හිස්ව තබන්න; සාමාන්‍යයෙන් 128 සිට 512 දක්වා.</translation>
    </message>
    <message>
        <source>The max length of {value} tokens is more than this model can read ({limit} tokens).</source>
        <translation>ටෝකන {value} ක උපරිම දිග, මෙම මාදිලියට කියවිය හැකි ප්‍රමාණයට (ටෝකන {limit}) වඩා වැඩියි.</translation>
    </message>
    <message>
        <source>Use {limit} or less.</source>
        <translation>{limit} හෝ ඊට අඩු අගයක් භාවිත කරන්න.</translation>
    </message>
    <message>
        <source>The share of rows kept for measuring must be from 0 to {most} (it is {value}).</source>
        <translation>මැනීමට වෙන් කරන පේළි කොටස 0 සිට {most} දක්වා විය යුතුය (දැන් {value}).</translation>
    </message>
    <message>
        <source>0.1 (one row in ten) is usual; 0 turns measuring off.</source>
        <translation>සාමාන්‍යයෙන් 0.1 (පේළි දහයකින් එකක්); 0 මැනීම අක්‍රිය කරයි.</translation>
    </message>
    <message>
        <source>The step limit must be a whole number of at least 1 (it is {value}).</source>
        <translation>පියවර සීමාව අවම වශයෙන් 1 ක් වූ පූර්ණ සංඛ්‍යාවක් විය යුතුය (දැන් {value}).</translation>
    </message>
    <message>
        <source>The steps between quality checks must be a whole number of at least 1 (it is {value}).</source>
        <translation>ගුණාත්මක පරීක්ෂා අතර පියවර ගණන අවම වශයෙන් 1 ක් වූ පූර්ණ සංඛ්‍යාවක් විය යුතුය (දැන් {value}).</translation>
    </message>
    <message>
        <source>The steps between checkpoints must be a whole number of at least 1 (it is {value}).</source>
        <translation>සුරැකුම් ලක්ෂ්‍ය (checkpoint) අතර පියවර ගණන අවම වශයෙන් 1 ක් වූ පූර්ණ සංඛ්‍යාවක් විය යුතුය (දැන් {value}).</translation>
    </message>
    <message>
        <source>The steps between loss reports must be a whole number of at least 1 (it is {value}).</source>
        <translation>දෝෂ අගය (loss) වාර්තා අතර පියවර ගණන අවම වශයෙන් 1 ක් වූ පූර්ණ සංඛ්‍යාවක් විය යුතුය (දැන් {value}).</translation>
    </message>
    <message>
        <source>Leave it empty for the automatic choice.</source>
        <translation>ස්වයංක්‍රීය තේරීම සඳහා එය හිස්ව තබන්න.</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to {most} (it is {value}).</source>
        <translation>අහඹු බීජය (seed) 0 සිට {most} දක්වා පූර්ණ සංඛ්‍යාවක් විය යුතුය (දැන් {value}).</translation>
    </message>
    <message>
        <source>Any number such as 42 works; the same seed repeats the same run.</source>
        <translation>42 වැනි ඕනෑම අංකයක් ක්‍රියා කරයි; එකම බීජය එකම පුහුණු වාරය නැවත ලබා දෙයි.</translation>
    </message>
    <message>
        <source>The warm-up share must be from 0 to 1 (it is {value}).</source>
        <translation>සෙමින් ආරම්භයේ (warm-up) කොටස 0 සිට 1 දක්වා විය යුතුය (දැන් {value}).</translation>
    </message>
    <message>
        <source>0.1 (the first tenth of the steps) is usual.</source>
        <translation>සාමාන්‍යයෙන් 0.1 (පියවරවලින් පළමු දහයෙන් පංගුව).</translation>
    </message>
    <message>
        <source>The weight decay must be from 0 to 1 (it is {value}).</source>
        <translation>බර ක්ෂය වීම (weight decay) 0 සිට 1 දක්වා විය යුතුය (දැන් {value}).</translation>
    </message>
    <message>
        <source>0.01 is usual.</source>
        <translation>සාමාන්‍යයෙන් 0.01.</translation>
    </message>
    <message>
        <source>Each shortened vector size must be a whole number of at least 1 (not {sizes}).</source>
        <translation>කෙටි කළ සෑම දෛශික ප්‍රමාණයක්ම අවම වශයෙන් 1 ක් වූ පූර්ණ සංඛ්‍යාවක් විය යුතුය ({sizes} නොවේ).</translation>
    </message>
    <message>
        <source>Write sizes smaller than the model&apos;s own, such as 256,128,64.</source>
        <translation>මාදිලියේම ප්‍රමාණයට වඩා කුඩා ප්‍රමාණ ලියන්න, උදා. 256,128,64.</translation>
    </message>
    <message>
        <source>The shortened vector sizes repeat a size.</source>
        <translation>කෙටි කළ දෛශික ප්‍රමාණවල එකම ප්‍රමාණය දෙවරක් ඇත.</translation>
    </message>
    <message>
        <source>Give each size once, such as 256,128,64.</source>
        <translation>සෑම ප්‍රමාණයක්ම එක් වරක් පමණක් දෙන්න, උදා. 256,128,64.</translation>
    </message>
    <message>
        <source>The number of wrong answers to find per question must be a whole number from 0 to {most} (it is {value}).</source>
        <translation>එක් ප්‍රශ්නයකට සොයා ගත යුතු වැරදි පිළිතුරු ගණන 0 සිට {most} දක්වා පූර්ණ සංඛ්‍යාවක් විය යුතුය (දැන් {value}).</translation>
    </message>
    <message>
        <source>1 to 3 is usual; 0 turns it off.</source>
        <translation>සාමාන්‍යයෙන් 1 සිට 3 දක්වා; 0 එය අක්‍රිය කරයි.</translation>
    </message>
    <message>
        <source>The time for finding the best settings must be from 1 to {most:g} minutes (it is {value}).</source>
        <translation>හොඳම සැකසුම් සෙවීමට දෙන කාලය මිනිත්තු 1 සිට {most:g} දක්වා විය යුතුය (දැන් {value}).</translation>
    </message>
    <message>
        <source>30 to 120 minutes is usual; leave it empty to train once with the automatic settings.</source>
        <translation>සාමාන්‍යයෙන් මිනිත්තු 30 සිට 120 දක්වා; ස්වයංක්‍රීය සැකසුම් සමඟ එක් වරක් පුහුණු කිරීමට එය හිස්ව තබන්න.</translation>
    </message>
    <message>
        <source>The number format &apos;{value}&apos; is not one the app knows.</source>
        <translation>&apos;{value}&apos; අංක ආකෘතිය යෙදුම නොදනී.</translation>
    </message>
    <message>
        <source>Use one of {choices}.</source>
        <translation>{choices} වලින් එකක් භාවිත කරන්න.</translation>
    </message>
    <message>
        <source>The number of CPU threads must be from 1 to {cores}, the cores of this computer (it is {value}).</source>
        <translation>CPU නූල් (threads) ගණන 1 සිට මෙම පරිගණකයේ හර ගණන වන {cores} දක්වා විය යුතුය (දැන් {value}).</translation>
    </message>
    <message>
        <source>Leave it out to use every core.</source>
        <translation>සියලු හර භාවිත කිරීමට එය ඉවත් කරන්න.</translation>
    </message>
    <message>
        <source>The learning rate must be a small number such as 2e-5.</source>
        <extracomment>The problem of a learning rate that is no number at all (as typed in a form).</extracomment>
        <translation>ඉගෙනුම් වේගය 2e-5 වැනි කුඩා අංකයක් විය යුතුය.</translation>
    </message>
    <message>
        <source>Values from 1e-5 to 1e-4 are usual.</source>
        <translation>සාමාන්‍යයෙන් 1e-5 සිට 1e-4 දක්වා අගයන්.</translation>
    </message>
</context>
<context>
    <name>coverage</name>
    <message>
        <source>Sinhala</source>
        <extracomment>Share of unknown tokens above which a model &quot;does not know&quot; a language. Sinhala under all-MiniLM-L6-v2 gives 0.86-0.87; a vocabulary trained on Sinhala gives 0.00-0.01. Share of unknown tokens above which a model knows a language only partly (the old ``unknown-tokens`` limit: one word in twenty read as &quot;unknown&quot; already hurts). Share of pieces covering at most one letter above which the model reads letter by letter. all-MiniLM-L6-v2 gives 0.96-1.00 on Russian and Korean (jamo), 0.07-0.18 on English; a WordPiece vocabulary trained on Sinhala/Korean/Russian gives 0.18-0.29 on held-out rows (a whole Hangul syllable or Han character counts as more than a letter). Tokens per word, as a multiple of the English yardstick, above which a model cuts words into letters whatever the single-letter share says. MiniLM: Russian 5.3-5.5x, Korean 4.5-6.9x. The tiny trained vocabulary gives 0.9-1.6x; multilingual tokenizers are studied by fertility in Rust et al., &quot;How good is your tokenizer?&quot; (ACL 2021); their figures were not re-checked here, so the limit leaves a wide margin above what a known script needs. Above these the model knows the language only partly: many words come in several pieces. Highest English yardstick (tokens per word); all-MiniLM-L6-v2 gives 1.04 on the reference. Texts of one language measured (the first ones; enough for a stable share). Fewer words than this in a language and no verdict is given for it (too little to judge). A script with less than this share of all words is left out: a few English names in a Korean data set (&quot;NASA&quot;, &quot;TV&quot;) say nothing about the data&apos;s language. Script name -&gt; (ISO 639-1 code, language name) when the script names one language. The names stay English in the data (JSON, model cards); :func:`language_name` translates one for display (they are marked under the context &quot;coverage&quot;).</extracomment>
        <translation>සිංහල</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>කොරියානු</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>රුසියානු</translation>
    </message>
    <message>
        <source>English</source>
        <translation>ඉංග්‍රීසි</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>චීන</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>ජපන්</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>අරාබි</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>හින්දි</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>බෙංගාලි</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>දෙමළ</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>තෙළිඟු</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>කන්නඩ</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>මලයාලම්</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>ගුජරාටි</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>පන්ජාබි</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>තායි</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>ලාඕ</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>කමර්</translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation>බුරුම</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>ග්‍රීක</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>හීබ්‍රෙව්</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>ආර්මේනියානු</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>ජෝර්ජියානු</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>අම්හාරික්</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <extracomment>(first code point, last code point, script) for the letters the app tells apart. Scripts whose one character is a syllable or a word: a piece of one character is normal there, and only a piece of less than one character (a Hangul jamo) counts as a letter. Share of frequent English words above which Latin-script texts are called English. Cyrillic letters that Russian does not use but Ukrainian does. Frequent English words: Latin-script text with enough of them is called English.</extracomment>
        <translation>යුක්රේනියානු</translation>
    </message>
    <message>
        <source>a language written in Latin letters</source>
        <translation>ලතින් අකුරින් ලියන භාෂාවක්</translation>
    </message>
    <message>
        <source>This model does not know {language}: most words become “unknown” to it, so it cannot tell those texts apart.</source>
        <translation>මෙම මාදිලිය {language} නොදනී: බොහෝ වචන එයට “නොදන්නා” වචන බවට පත් වන නිසා, එම පාඨ එකිනෙකින් වෙන් කර හඳුනා ගැනීමට එයට නොහැක.</translation>
    </message>
    <message>
        <source>This model does not know {language}: {share:.0%} of the words become “unknown” to it, so it cannot tell those texts apart.</source>
        <translation>මෙම මාදිලිය {language} නොදනී: වචනවලින් {share:.0%} ක් එයට “නොදන්නා” වචන බවට පත් වන නිසා, එම පාඨ එකිනෙකින් වෙන් කර හඳුනා ගැනීමට එයට නොහැක.</translation>
    </message>
    <message>
        <source>This model splits {language} into single letters ({pieces:.1f} pieces per word, against {english:.1f} in English): it will understand little of it.</source>
        <translation>මෙම මාදිලිය {language} තනි අකුරුවලට කඩයි (වචනයකට කොටස් {pieces:.1f}, ඉංග්‍රීසියේ {english:.1f} ට සාපේක්ෂව): එයට එයින් තේරුම් ගත හැක්කේ ස්වල්පයකි.</translation>
    </message>
    <message>
        <source>This model knows {language} only partly ({pieces:.1f} pieces per word, {unknown:.0%} unknown): a model made for {language} will do better.</source>
        <translation>මෙම මාදිලිය {language} දන්නේ අර්ධ වශයෙන් පමණි (වචනයකට කොටස් {pieces:.1f}, නොදන්නා {unknown:.0%}): {language} සඳහාම සෑදූ මාදිලියක් වඩා හොඳින් ක්‍රියා කරනු ඇත.</translation>
    </message>
    <message>
        <source>This model knows {language} well.</source>
        <translation>මෙම මාදිලිය {language} හොඳින් දනී.</translation>
    </message>
</context>
<context>
    <name>data_dataset</name>
    <message>
        <source>No row is usable for training: every row has a problem.</source>
        <extracomment>Dataset column names per shape: text columns, then the label column (if any).</extracomment>
        <translation>පුහුණුවට භාවිත කළ හැකි පේළියක් නැත: සෑම පේළියකම ගැටලුවක් ඇත.</translation>
    </message>
    <message>
        <source>Run inspect to see the problems, fix the file and try again.</source>
        <translation>ගැටලු බැලීමට inspect ධාවනය කර, ගොනුව නිවැරදි කර නැවත උත්සාහ කරන්න.</translation>
    </message>
    <message>
        <source>An evaluation share of {share:g} leaves nothing to train on.</source>
        <translation>ඇගයීම් කොටස {share:g} නම් පුහුණු කිරීමට කිසිවක් ඉතිරි නොවේ.</translation>
    </message>
    <message>
        <source>Use a share below 1, e.g. 0.1 for 10%.</source>
        <translation>1 ට අඩු කොටසක් භාවිත කරන්න, උදා. 10% සඳහා 0.1.</translation>
    </message>
    <message>
        <source>There are too few rows to keep some apart for evaluation.</source>
        <translation>ඇගයීම සඳහා පේළි වෙන් කර තැබීමට තරම් පේළි නැත.</translation>
    </message>
    <message>
        <source>Add rows, or turn evaluation off (evaluation share 0).</source>
        <translation>පේළි එක් කරන්න, නැතහොත් ඇගයීම අක්‍රිය කරන්න (ඇගයීම් කොටස 0).</translation>
    </message>
</context>
<context>
    <name>data_detection</name>
    <message>
        <source>EmbedTune could not find two columns of text to learn from (the columns are: {columns}).</source>
        <extracomment>Column-name hints (lower-case, compared after removing spaces, dashes and underscores). A column is treated as categories when it has at most this many distinct values. sentence-transformers&apos; own column names, as keys (see :func:`_key`), in training order. The first set a table holds completely names its text columns. sentence-transformers&apos; names for the label column, as keys. A text column&apos;s cells must average at least this length, counting each CJK character (Hangul, Han, kana) as :data:`_CJK_WEIGHT` because one such character often is a word.</extracomment>
        <translation>ඉගෙන ගැනීමට පාඨ තීරු දෙකක් EmbedTune හට සොයා ගත නොහැකි විය (තීරු මේවාය: {columns}).</translation>
    </message>
    <message>
        <source>Training needs pairs of texts side by side, e.g. a question and its answer. Choose the text columns yourself.</source>
        <translation>පුහුණුවට පැත්තෙන් පැත්තට ඇති පාඨ යුගල අවශ්‍යයි, උදා. ප්‍රශ්නයක් සහ එහි පිළිතුර. පාඨ තීරු ඔබම තෝරන්න.</translation>
    </message>
    <message>
        <source>There is no column called {names}.</source>
        <translation>{names} නමින් තීරුවක් නැත.</translation>
    </message>
    <message>
        <source>The columns are: {columns}.</source>
        <translation>තීරු මේවාය: {columns}.</translation>
    </message>
    <message>
        <source>Pick two different text columns (or three for anchor, positive, negative).</source>
        <translation>වෙනස් පාඨ තීරු දෙකක් තෝරන්න (නැතහොත් anchor, positive, negative සඳහා තුනක්).</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; cannot be both a text and the label.</source>
        <translation>&apos;{label}&apos; පාඨයක් සහ ලේබලය යන දෙකම විය නොහැක.</translation>
    </message>
    <message>
        <source>Pick another label.</source>
        <translation>වෙනත් ලේබලයක් තෝරන්න.</translation>
    </message>
    <message>
        <source>Triplets (anchor, positive, negative) take no label column.</source>
        <translation>ත්‍රිත්ව (anchor, positive, negative) සඳහා ලේබල තීරුවක් නොගනී.</translation>
    </message>
    <message>
        <source>Leave the label out, or pick two text columns.</source>
        <translation>ලේබලය ඉවත් කරන්න, නැතහොත් පාඨ තීරු දෙකක් තෝරන්න.</translation>
    </message>
    <message>
        <source>The column &apos;{name}&apos; holds lists, not labels.</source>
        <translation>&apos;{name}&apos; තීරුවේ ඇත්තේ ලේබල නොව ලැයිස්තුය.</translation>
    </message>
    <message>
        <source>Pick a column with one score or class per row as the label.</source>
        <translation>පේළියකට එක් ලකුණක් හෝ වර්ගයක් ඇති තීරුවක් ලේබලය ලෙස තෝරන්න.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; does not occur in the column &apos;{label}&apos;.</source>
        <translation>&apos;{label}&apos; තීරුවේ &apos;{value}&apos; නැත.</translation>
    </message>
    <message>
        <source>Its values are: {values}.</source>
        <translation>එහි අගයන් මේවාය: {values}.</translation>
    </message>
    <message>
        <source>Triplets: a text, a matching text and a non-matching one</source>
        <translation>ත්‍රිත්ව: පාඨයක්, ගැළපෙන පාඨයක් සහ නොගැළපෙන පාඨයක්</translation>
    </message>
    <message>
        <source>Questions with their answers</source>
        <translation>ප්‍රශ්න සහ ඒවායේ පිළිතුරු</translation>
    </message>
    <message>
        <source>Pairs of texts that belong together</source>
        <translation>එකට අයත් පාඨ යුගල</translation>
    </message>
    <message>
        <source>Sentence pairs with a similarity score 0–1</source>
        <translation>0–1 සමානකම් ලකුණක් සහිත වාක්‍ය යුගල</translation>
    </message>
    <message>
        <source>Sentence pairs with a similarity score 0–{top}, scaled to 0–1</source>
        <translation>0–{top} සමානකම් ලකුණක් සහිත වාක්‍ය යුගල, 0–1 ට පරිමාණය කර ඇත</translation>
    </message>
    <message>
        <source>Sentence pairs labelled similar ({positive}) or not (0)</source>
        <translation>සමාන ({positive}) හෝ නොසමාන (0) ලෙස ලේබල් කළ වාක්‍ය යුගල</translation>
    </message>
    <message>
        <source>Sentence pairs labelled similar ({positive}) or not</source>
        <translation>සමාන ({positive}) හෝ නොසමාන ලෙස ලේබල් කළ වාක්‍ය යුගල</translation>
    </message>
    <message>
        <source>Sentence pairs with one of {count} classes ({classes})</source>
        <translation>වර්ග {count} න් එකක් ({classes}) සහිත වාක්‍ය යුගල</translation>
    </message>
</context>
<context>
    <name>data_inspection</name>
    <message>
        <source>The model &apos;{model}&apos; is not on this computer, so its tokenizer cannot be checked.</source>
        <translation>&apos;{model}&apos; මාදිලිය මෙම පරිගණකයේ නැති නිසා, එහි වචන කඩන මෙවලම (tokenizer) පරීක්ෂා කළ නොහැක.</translation>
    </message>
    <message>
        <source>Download it first (train or the model picker does), or give a model folder.</source>
        <translation>පළමුව එය බාගත කරන්න (train හෝ මාදිලි තේරීම එය කරයි), නැතහොත් මාදිලි ෆෝල්ඩරයක් දෙන්න.</translation>
    </message>
    <message>
        <source>The tokenizer of &apos;{model}&apos; could not be loaded from {folder}.</source>
        <translation>&apos;{model}&apos; හි වචන කඩන මෙවලම (tokenizer) {folder} වෙතින් පූරණය කිරීමට නොහැකි විය.</translation>
    </message>
    <message>
        <source>Check that the folder holds a complete sentence-transformers model.</source>
        <translation>ෆෝල්ඩරයේ සම්පූර්ණ sentence-transformers මාදිලියක් ඇත්දැයි පරීක්ෂා කරන්න.</translation>
    </message>
</context>
<context>
    <name>data_limits</name>
    <message>
        <source>Open it in your spreadsheet program and save it again, e.g. as .xlsx or UTF-8 CSV.</source>
        <translation>එය ඔබේ පැතුරුම්පත් වැඩසටහනේ ඇර නැවත සුරකින්න, උදා. .xlsx හෝ UTF-8 CSV ලෙස.</translation>
    </message>
    <message>
        <source>a folder</source>
        <extracomment>Largest file EmbedTune opens, in bytes (256 MiB). Larger files are refused before anything is read: reading text makes Python hold several times the file&apos;s size in memory, and fine-tuning on a desktop needs far less data than this. Largest total unpacked size of a workbook&apos;s parts (.xlsx, .xlsm, .ods), or of a Parquet file&apos;s data, in bytes (512 MiB). Read from the archive&apos;s directory (or the Parquet footer) before anything is unpacked, so a &quot;zip bomb&quot; (a small file that unpacks to gigabytes) is refused while it is still small. Most cells a sheet or table may span (10 million): rows times columns, counting the empty cells between the first and last filled one, because that is what a spreadsheet reader allocates. A tiny .xlsx with one cell in A1 and one in XFD1048576 spans 17 billion cells. Most columns a table may have (1,000). Training uses two or three; detection looks at every column, so a file with tens of thousands of columns is refused rather than slow. Most characters in one cell (1,000,000). Models read at most a few thousand characters of a text; a longer cell is refused with its row, not cut silently. Most parts a workbook archive (.xlsx, .ods) may hold (10,000). A workbook has a few dozen; an archive of 100,000 empty parts (12 MB) takes the zip reader seconds and tens of MB just to list, a million ten times that. Counted from the archive&apos;s last record before listing. Deepest nesting of lists and objects in a JSON or JSON-lines file (64). Rows of training data are flat; deeper nesting is refused before it can exhaust Python&apos;s stack.</extracomment>
        <translation>ෆෝල්ඩරයක්</translation>
    </message>
    <message>
        <source>a pipe</source>
        <translation>පයිප්පයක් (pipe)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>උපාංගයක්</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>සොකට් එකක් (socket)</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>සාමාන්‍ය ගොනුවක් නොවේ</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder, not a file.</source>
        <translation>&apos;{path}&apos; යනු ගොනුවක් නොව ෆෝල්ඩරයකි.</translation>
    </message>
    <message>
        <source>Pick a spreadsheet file.</source>
        <translation>පැතුරුම්පත් ගොනුවක් තෝරන්න.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {kind}, not a file EmbedTune can read.</source>
        <translatorcomment>{kind} is filled with e.g. &apos;ෆෝල්ඩරයක්&apos; or &apos;සාමාන්‍ය ගොනුවක් නොවේ&apos; (not a regular file); the latter reads awkwardly in this frame.</translatorcomment>
        <translation type="unfinished">&apos;{name}&apos; යනු {kind}; එය EmbedTune හට කියවිය හැකි ගොනුවක් නොවේ.</translation>
    </message>
    <message>
        <source>Pick a spreadsheet or data file saved on disk.</source>
        <translation>තැටියේ සුරැකූ පැතුරුම්පතක් හෝ දත්ත ගොනුවක් තෝරන්න.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {size:,.0f} MB; EmbedTune reads files of up to {limit} MB.</source>
        <translation>&apos;{name}&apos; ප්‍රමාණය {size:,.0f} MB කි; EmbedTune කියවන්නේ {limit} MB දක්වා ගොනු පමණි.</translation>
    </message>
    <message>
        <source>Keep only the rows and columns you need, or split the file.</source>
        <translation>ඔබට අවශ්‍ය පේළි සහ තීරු පමණක් තබා ගන්න, නැතහොත් ගොනුව කොටස්වලට බෙදන්න.</translation>
    </message>
    <message>
        <source>The file &apos;{path}&apos; does not exist.</source>
        <translation>&apos;{path}&apos; ගොනුව නොපවතී.</translation>
    </message>
    <message>
        <source>Check the name and the folder.</source>
        <translation>නම සහ ෆෝල්ඩරය පරීක්ෂා කරන්න.</translation>
    </message>
    <message>
        <source>EmbedTune could not open &apos;{name}&apos; ({error}).</source>
        <translation>EmbedTune හට &apos;{name}&apos; ඇරීමට නොහැකි විය ({error}).</translation>
    </message>
    <message>
        <source>Check that the file is there and that you may read it.</source>
        <translation>ගොනුව එහි ඇත්දැයි සහ එය කියවීමට ඔබට අවසර ඇත්දැයි පරීක්ෂා කරන්න.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is larger than {limit} MB, the most EmbedTune reads.</source>
        <translation>&apos;{name}&apos;, EmbedTune කියවන උපරිමය වන {limit} MB ට වඩා විශාලයි.</translation>
    </message>
    <message>
        <source>A cell in row {row} (column &apos;{column}&apos;) of &apos;{name}&apos; holds {chars:,} characters; EmbedTune reads cells of up to {limit:,}.</source>
        <translation>&apos;{name}&apos; හි {row} වන පේළියේ (&apos;{column}&apos; තීරුව) කොටුවක අක්ෂර {chars:,} ක් ඇත; EmbedTune කියවන්නේ අක්ෂර {limit:,} දක්වා කොටු පමණි.</translation>
    </message>
    <message>
        <source>Shorten that text: a model reads only the first few thousand characters.</source>
        <translation>එම පාඨය කෙටි කරන්න: මාදිලියක් කියවන්නේ මුල් අක්ෂර දහස් කිහිපය පමණි.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has {columns:,} columns; EmbedTune reads tables of up to {limit:,} columns.</source>
        <translation>&apos;{name}&apos; හි තීරු {columns:,} ක් ඇත; EmbedTune කියවන්නේ තීරු {limit:,} දක්වා වගු පමණි.</translation>
    </message>
    <message>
        <source>Keep only the columns you need (the texts and the label) and save it again.</source>
        <translation>ඔබට අවශ්‍ය තීරු (පාඨ සහ ලේබලය) පමණක් තබාගෙන එය නැවත සුරකින්න.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; spans {rows:,} rows by {columns:,} column, more than the {limit:,} cells EmbedTune reads.</source>
        <translation>&apos;{name}&apos; පේළි {rows:,} ක් × තීරු {columns:,} ක් දක්වා විහිදේ; එය EmbedTune කියවන කොටු {limit:,} ට වඩා වැඩියි.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; spans {rows:,} rows by {columns:,} columns, more than the {limit:,} cells EmbedTune reads.</source>
        <translation>&apos;{name}&apos; පේළි {rows:,} ක් × තීරු {columns:,} ක් දක්වා විහිදේ; එය EmbedTune කියවන කොටු {limit:,} ට වඩා වැඩියි.</translation>
    </message>
    <message>
        <source>Keep only the rows and columns you need, or split the file. If the sheet looks small, delete the empty rows and columns far below and right of the data.</source>
        <translation>ඔබට අවශ්‍ය පේළි සහ තීරු පමණක් තබා ගන්න, නැතහොත් ගොනුව කොටස්වලට බෙදන්න. පත්‍රය කුඩා ලෙස පෙනේ නම්, දත්තවලට බොහෝ පහළින් සහ දකුණින් ඇති හිස් පේළි සහ තීරු මකා දමන්න.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is an archive of {members:,} parts; a workbook has a few dozen, and EmbedTune opens archives of up to {limit:,}.</source>
        <extracomment>What Python&apos;s zip reader raises for a broken, encrypted or exotic archive.</extracomment>
        <translation>&apos;{name}&apos; යනු කොටස් {members:,} ක සංරක්ෂිත ගොනුවකි (archive); වැඩපොතක ඇත්තේ කොටස් දුසිම් කිහිපයක් පමණක් වන අතර, EmbedTune අරින්නේ කොටස් {limit:,} දක්වා සංරක්ෂිත ගොනු පමණි.</translation>
    </message>
    <message>
        <source>Open it in your spreadsheet program and save it again, or save the data as CSV.</source>
        <translation>එය ඔබේ පැතුරුම්පත් වැඩසටහනේ ඇර නැවත සුරකින්න, නැතහොත් දත්ත CSV ලෙස සුරකින්න.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; unpacks to {size:,.0f} MB; EmbedTune reads workbooks that unpack to at most {limit} MB.</source>
        <translation>&apos;{name}&apos; දිග හැරිය විට {size:,.0f} MB වේ; EmbedTune කියවන්නේ දිග හැරිය විට උපරිම {limit} MB වන වැඩපොත් පමණි.</translation>
    </message>
    <message>
        <source>Keep only the sheet and columns you need, or save the data as CSV. A small file that unpacks to so much may have been made to harm: open only files you trust.</source>
        <translation>ඔබට අවශ්‍ය පත්‍රය සහ තීරු පමණක් තබා ගන්න, නැතහොත් දත්ත CSV ලෙස සුරකින්න. මෙතරම් විශාල ලෙස දිග හැරෙන කුඩා ගොනුවක් හානි කිරීමට සාදා තිබිය හැක: ඔබ විශ්වාස කරන ගොනු පමණක් අරින්න.</translation>
    </message>
    <message>
        <source>The workbook &apos;{name}&apos; is damaged ({error}).</source>
        <extracomment>Cell and row tags of an .xlsx sheet, with their attributes and whether they close at once. Row, cell and table tags of an .ods content.xml.</extracomment>
        <translation>&apos;{name}&apos; වැඩපොත හානි වී ඇත ({error}).</translation>
    </message>
    <message>
        <source>The JSON in &apos;{name}&apos; on line {line} is nested more than {limit} levels deep, which is not a table.</source>
        <translation>&apos;{name}&apos; හි {line} වන පේළියේ JSON මට්ටම් {limit} කට වඩා ගැඹුරට කූඩු වී (nested) ඇති නිසා එය වගුවක් නොවේ.</translation>
    </message>
    <message>
        <source>The JSON in &apos;{name}&apos; is nested more than {limit} levels deep, which is not a table.</source>
        <translation>&apos;{name}&apos; හි JSON මට්ටම් {limit} කට වඩා ගැඹුරට කූඩු වී (nested) ඇති නිසා එය වගුවක් නොවේ.</translation>
    </message>
    <message>
        <source>Save the data as a flat table: one row per example, one column per text.</source>
        <translation>දත්ත සරල වගුවක් ලෙස සුරකින්න: එක් උදාහරණයකට එක් පේළියක්, එක් පාඨයකට එක් තීරුවක්.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; unpacks to {size:,.0f} MB; EmbedTune reads Parquet files that unpack to at most {limit} MB.</source>
        <translation>&apos;{name}&apos; දිග හැරිය විට {size:,.0f} MB වේ; EmbedTune කියවන්නේ දිග හැරිය විට උපරිම {limit} MB වන Parquet ගොනු පමණි.</translation>
    </message>
</context>
<context>
    <name>data_presentation</name>
    <message>
        <source>CSV text</source>
        <extracomment>Formats read as delimited text (encoding and delimiter can be changed). Formats read as workbooks (a sheet can be chosen). Format names (&quot;JSON&quot; and &quot;Parquet&quot; are names, the same in every language).</extracomment>
        <translation>CSV පාඨය</translation>
    </message>
    <message>
        <source>Tab-separated text</source>
        <translation>ටැබ් මගින් වෙන් කළ පාඨය</translation>
    </message>
    <message>
        <source>Delimited text</source>
        <translation>වෙන් කිරීමේ ලකුණු සහිත පාඨය</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel වැඩපොත</translation>
    </message>
    <message>
        <source>Excel 97–2003 workbook</source>
        <translation>Excel 97–2003 වැඩපොත</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation>OpenDocument පැතුරුම්පත</translation>
    </message>
    <message>
        <source>JSON lines</source>
        <translation>JSON පේළි (JSON lines)</translation>
    </message>
    <message>
        <source>The model learns to put each text close to its partner and away from the other rows&apos; partners.</source>
        <translation>මාදිලිය එක් එක් පාඨය එහි සහකරුට ළඟින් සහ අනෙක් පේළිවල සහකරුවන්ගෙන් ඈතින් තැබීමට ඉගෙන ගනී.</translation>
    </message>
    <message>
        <source>The model learns to put the first text closer to the second than to the third.</source>
        <translation>මාදිලිය පළමු පාඨය තුන්වැන්නට වඩා දෙවැන්නට ළඟින් තැබීමට ඉගෙන ගනී.</translation>
    </message>
    <message>
        <source>The model learns to give each pair the similarity its score says.</source>
        <translation>මාදිලිය එක් එක් යුගලයට එහි ලකුණ පවසන සමානකම ලබා දීමට ඉගෙන ගනී.</translation>
    </message>
    <message>
        <source>The model learns to tell similar pairs from different ones.</source>
        <translation>මාදිලිය සමාන යුගල වෙනස් යුගලවලින් වෙන් කර හඳුනා ගැනීමට ඉගෙන ගනී.</translation>
    </message>
    <message>
        <source>The model learns from how each pair is related (for example “same meaning”, “unrelated”, “contradicts”).</source>
        <translation>මාදිලිය ඉගෙන ගන්නේ එක් එක් යුගලය සම්බන්ධ වන ආකාරයෙනි (උදාහරණයක් ලෙස “එකම අර්ථය”, “සම්බන්ධයක් නැත”, “පරස්පර වේ”).</translation>
    </message>
    <message>
        <source>“{value}” means similar</source>
        <extracomment>Rows whose texts are shown to name their languages.</extracomment>
        <translation>“{value}” යනු සමාන යන්නයි</translation>
    </message>
    <message>
        <source>Rows with this value:</source>
        <translation>මෙම අගය ඇති පේළි:</translation>
    </message>
    <message>
        <source>{rows:,} rows, {columns} columns, {bad:,} lines could not be read. Rows with problems are tinted.</source>
        <translation>පේළි {rows:,}, තීරු {columns}, පේළි {bad:,} ක් කියවිය නොහැකි විය. ගැටලු ඇති පේළි වර්ණ ගන්වා ඇත.</translation>
    </message>
    <message>
        <source>{rows:,} rows, {columns} columns. Rows with problems are tinted.</source>
        <translation>පේළි {rows:,}, තීරු {columns}. ගැටලු ඇති පේළි වර්ණ ගන්වා ඇත.</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>තවම නොදනී</translation>
    </message>
    <message>
        <source>Pick the text columns below.</source>
        <translation>පහතින් පාඨ තීරු තෝරන්න.</translation>
    </message>
    <message>
        <source>{file} has no column called {names}.</source>
        <translation>{file} හි {names} නමින් තීරුවක් නැත.</translation>
    </message>
    <message>
        <source>The file to check the result on needs the same columns as the training file.</source>
        <translation>ප්‍රතිඵලය පරීක්ෂා කරන ගොනුවේ, පුහුණු ගොනුවේ ඇති තීරුම තිබිය යුතුය.</translation>
    </message>
    <message>
        <source>Row {row:,}, {column}: {message}</source>
        <translation>පේළිය {row:,}, {column}: {message}</translation>
    </message>
    <message>
        <source>Row {row:,}: {message}</source>
        <translation>පේළිය {row:,}: {message}</translation>
    </message>
    <message>
        <source>{problems:,} problems; {rows:,} rows will be left out of training because of them. The first {limit} are listed. Click one to see its row.</source>
        <translation>ගැටලු {problems:,}; ඒවා නිසා පේළි {rows:,} ක් පුහුණුවෙන් ඉවත් කෙරේ. පළමු {limit} ලැයිස්තුගත කර ඇත. එහි පේළිය බැලීමට එකක් ක්ලික් කරන්න.</translation>
    </message>
    <message>
        <source>{problems:,} problems; {rows:,} rows will be left out of training because of them. Click one to see its row.</source>
        <translation>ගැටලු {problems:,}; ඒවා නිසා පේළි {rows:,} ක් පුහුණුවෙන් ඉවත් කෙරේ. එහි පේළිය බැලීමට එකක් ක්ලික් කරන්න.</translation>
    </message>
    <message>
        <source>{problems:,} problems. The first {limit} are listed. Click one to see its row.</source>
        <translation>ගැටලු {problems:,}. පළමු {limit} ලැයිස්තුගත කර ඇත. එහි පේළිය බැලීමට එකක් ක්ලික් කරන්න.</translation>
    </message>
    <message>
        <source>{problems:,} problems. Click one to see its row.</source>
        <translation>ගැටලු {problems:,}. එහි පේළිය බැලීමට එකක් ක්ලික් කරන්න.</translation>
    </message>
    <message>
        <source>All {rows:,} rows are used to train; {eval_rows:,} rows of {name} check the result.</source>
        <translation>පේළි {rows:,} ම පුහුණුවට භාවිත වේ; {name} හි පේළි {eval_rows:,} ප්‍රතිඵලය පරීක්ෂා කරයි.</translation>
    </message>
    <message>
        <source>All {rows:,} rows are used to train; its rows of {name} check the result.</source>
        <translation>පේළි {rows:,} ම පුහුණුවට භාවිත වේ; {name} හි පේළි ප්‍රතිඵලය පරීක්ෂා කරයි.</translation>
    </message>
    <message>
        <source>{rows:,} rows to train. {note}</source>
        <translation>පුහුණුවට පේළි {rows:,}. {note}</translation>
    </message>
    <message>
        <source>{rows:,} rows to train, {held_out:,} to check the result.</source>
        <translation>පුහුණුවට පේළි {rows:,}, ප්‍රතිඵලය පරීක්ෂා කිරීමට පේළි {held_out:,}.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;The result cannot be measured:&lt;/b&gt; {reason} {advice}</source>
        <translation>&lt;br&gt;&lt;b&gt;ප්‍රතිඵලය මැනිය නොහැක:&lt;/b&gt; {reason} {advice}</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>ගොනුව කියවමින්…</translation>
    </message>
    <message>
        <source>Drop a spreadsheet on this page, or click Browse to pick one.</source>
        <translation>මෙම පිටුවට පැතුරුම්පතක් ඇද දමන්න, නැතහොත් එකක් තෝරා ගැනීමට “පිරික්සන්න” ක්ලික් කරන්න.</translation>
    </message>
    <message>
        <source>Pick which columns hold the texts.</source>
        <translation>පාඨ ඇත්තේ කුමන තීරුවලදැයි තෝරන්න.</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>පේළි පරීක්ෂා කරමින්…</translation>
    </message>
    <message>
        <source>No rows can be used for training: see the problems on the right.</source>
        <translation>පුහුණුවට භාවිත කළ හැකි පේළි කිසිවක් නැත: දකුණු පැත්තේ ඇති ගැටලු බලන්න.</translation>
    </message>
    <message>
        <source>The data file {path} is not on this computer any more. Drop it here again, or browse for it; the other settings are kept.</source>
        <translation>{path} දත්ත ගොනුව තවදුරටත් මෙම පරිගණකයේ නැත. එය නැවත මෙතැනට ඇද දමන්න, නැතහොත් සොයා තෝරන්න; අනෙක් සැකසුම් එලෙසම තිබේ.</translation>
    </message>
</context>
<context>
    <name>data_reading</name>
    <message>
        <source>Open it in your spreadsheet program and save it again, e.g. as .xlsx or UTF-8 CSV.</source>
        <extracomment>File suffixes read_table understands, with the format each is read as. Legacy encodings tried, in order, when a file is not UTF-8 (Russian and Korean Windows). Control characters no spreadsheet shows and no model reads; removed from every cell. Bytes that never occur in text (C0 controls other than tab, line breaks, form feed, escape).</extracomment>
        <translation>එය ඔබේ පැතුරුම්පත් වැඩසටහනෙන් ඇර නැවත සුරකින්න, උදා. .xlsx හෝ UTF-8 CSV ලෙස.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a delimiter I understand.</source>
        <translation>&apos;{value}&apos; මට තේරෙන වෙන් කිරීමේ ලකුණක් (delimiter) නොවේ.</translation>
    </message>
    <message>
        <source>Use one character, or one of: comma, semicolon, tab, pipe.</source>
        <translation>එක් අක්ෂරයක් දෙන්න, නැතහොත් මේවායින් එකක්: comma (,), semicolon (;), tab, pipe (|).</translation>
    </message>
    <message>
        <source>EmbedTune cannot read &apos;{name}&apos;: files ending in &apos;{suffix}&apos; are not supported.</source>
        <translation>EmbedTune හට &apos;{name}&apos; කියවිය නොහැක: &apos;{suffix}&apos; වලින් අවසන් වන ගොනු සඳහා සහාය නැත.</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(කිසිවක් නැත)</translation>
    </message>
    <message>
        <source>Save it as one of: {formats}.</source>
        <translation>එය මේවායින් එකක් ලෙස සුරකින්න: {formats}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is nested too deeply to be a table.</source>
        <translatorcomment>&apos;nested too deeply&apos; rendered as &apos;grouped deep into many layers (nested)&apos;; check it reads naturally.</translatorcomment>
        <translation type="unfinished">&apos;{name}&apos; හි දත්ත ස්තර ගණනාවකට ගැඹුරට ගොනු වී (nested) ඇති නිසා එය වගුවක් ලෙස ගත නොහැක.</translation>
    </message>
    <message>
        <source>Save the data as a flat table: one row per example, one column per text.</source>
        <translation>දත්ත සරල වගුවක් ලෙස සුරකින්න: එක් උදාහරණයකට එක් පේළියක්, එක් පාඨයකට එක් තීරුවක්.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is too large to read with the memory this computer has free.</source>
        <translation>&apos;{name}&apos; ඉතා විශාලයි; මෙම පරිගණකයේ දැනට ඉතිරිව ඇති මතකයෙන් (memory) එය කියවිය නොහැක.</translation>
    </message>
    <message>
        <source>Keep only the rows and columns you need, or close other programs.</source>
        <translation>ඔබට අවශ්‍ය පේළි සහ තීරු පමණක් තබාගන්න, නැතහොත් වෙනත් වැඩසටහන් වසා දමන්න.</translation>
    </message>
    <message>
        <source>EmbedTune could not read &apos;{name}&apos; as a {format} file ({error}).</source>
        <translation>EmbedTune හට &apos;{name}&apos; {format} ගොනුවක් ලෙස කියවීමට නොහැකි විය ({error}).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds no rows of data.</source>
        <translation>&apos;{name}&apos; තුළ දත්ත පේළි කිසිවක් නැත.</translation>
    </message>
    <message>
        <source>Check that you picked the right file (and sheet).</source>
        <translation>ඔබ නිවැරදි ගොනුව (සහ පත්‍රය) තෝරා ඇත්දැයි පරීක්ෂා කරන්න.</translation>
    </message>
    <message>
        <source>EmbedTune could not tell which text encoding this file uses.</source>
        <translation>මෙම ගොනුව භාවිත කරන අක්ෂර කේතනය (encoding) කුමක්දැයි EmbedTune හට හඳුනාගත නොහැකි විය.</translation>
    </message>
    <message>
        <source>Save it as UTF-8 (in Excel: &apos;CSV UTF-8&apos;), or name its encoding.</source>
        <translation>එය UTF-8 ලෙස සුරකින්න (Excel හි: &apos;CSV UTF-8&apos;), නැතහොත් එහි කේතනය (encoding) සඳහන් කරන්න.</translation>
    </message>
    <message>
        <source>A cell on line {line} of &apos;{name}&apos; is longer than {limit:,} characters, the most EmbedTune reads in one cell.</source>
        <translation>&apos;{name}&apos; හි {line} වන පේළියේ ඇති කොටුවක් අක්ෂර {limit:,} කට වඩා දිගයි; EmbedTune එක් කොටුවකින් කියවන උපරිමය එයයි.</translation>
    </message>
    <message>
        <source>A cell of &apos;{name}&apos; is longer than {limit:,} characters, the most EmbedTune reads in one cell.</source>
        <translation>&apos;{name}&apos; හි කොටුවක් අක්ෂර {limit:,} කට වඩා දිගයි; EmbedTune එක් කොටුවකින් කියවන උපරිමය එයයි.</translation>
    </message>
    <message>
        <source>Shorten that text, or check for a quote character that is never closed.</source>
        <translation>එම පාඨය කෙටි කරන්න, නැතහොත් වසා නොමැති උද්ධෘත ලකුණක් (&quot;) තිබේදැයි බලන්න.</translation>
    </message>
    <message>
        <source>a zip archive (perhaps an .xlsx or .ods workbook with another ending)</source>
        <extracomment>Start of files that are not text at all, with what they are in plain words. (Marked for translation; translated where the error is raised.)</extracomment>
        <translation>zip සංරක්ෂිත ගොනුවක් (සමහර විට වෙනත් දිගුවක් සහිත .xlsx හෝ .ods වැඩපොතක්)</translation>
    </message>
    <message>
        <source>an Office file (perhaps an old .xls workbook with another ending)</source>
        <translation>Office ගොනුවක් (සමහර විට වෙනත් දිගුවක් සහිත පැරණි .xls වැඩපොතක්)</translation>
    </message>
    <message>
        <source>a Parquet file</source>
        <translation>Parquet ගොනුවක්</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF ලේඛනයක්</translation>
    </message>
    <message>
        <source>a picture</source>
        <translation>පින්තූරයක්</translation>
    </message>
    <message>
        <source>a compressed (gzip) file</source>
        <translation>සම්පීඩිත (gzip) ගොනුවක්</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <extracomment>Share of binary bytes above which a file is not text (random or compressed data has 11%; a text file with a stray NUL far less: those are removed from the cells).</extracomment>
        <translation>Windows-1251 (සිරිලික්)</translation>
    </message>
    <message>
        <source>CP949 (Korean Windows)</source>
        <translation>CP949 (කොරියානු Windows)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {what}, not a {format} text file.</source>
        <translation>&apos;{name}&apos; ගොනුව {what} ලෙස පෙනේ; එය {format} පාඨ ගොනුවක් නොවේ.</translation>
    </message>
    <message>
        <source>Give the file its real ending (e.g. .xlsx), or save it again as UTF-8 CSV.</source>
        <translation>ගොනුවට එහි නියම දිගුව (උදා. .xlsx) දෙන්න, නැතහොත් එය නැවත UTF-8 CSV ලෙස සුරකින්න.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; does not hold text: it looks like a program&apos;s own binary format.</source>
        <translation>&apos;{name}&apos; හි පාඨ නැත: එය කිසියම් වැඩසටහනකට ආවේණික ද්විමය (binary) ආකෘතියක් මෙන් පෙනේ.</translation>
    </message>
    <message>
        <source>&apos;{encoding}&apos; is not a text encoding I know.</source>
        <translation>&apos;{encoding}&apos; මා දන්නා අක්ෂර කේතනයක් (encoding) නොවේ.</translation>
    </message>
    <message>
        <source>Try utf-8, utf-16, cp1251 (Russian Windows) or cp949 (Korean Windows).</source>
        <translation>utf-8, utf-16, cp1251 (රුසියානු Windows) හෝ cp949 (කොරියානු Windows) උත්සාහ කර බලන්න.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not written in {encoding}: byte {byte} does not fit.</source>
        <translation>&apos;{name}&apos; {encoding} කේතනයෙන් ලියා නැත: {byte} බයිටය එයට නොගැළපේ.</translation>
    </message>
    <message>
        <source>Leave the encoding out to let EmbedTune detect it.</source>
        <translation>EmbedTune හට කේතනය ස්වයංක්‍රීයව හඳුනාගැනීමට ඉඩ දීමට, කේතනය සඳහන් නොකර තබන්න.</translation>
    </message>
    <message>
        <source>Line {number} is written in another encoding ({other}) than the rest of the file ({name}), so it could not be read.</source>
        <translation>{number} වන පේළිය ලියා ඇත්තේ ගොනුවේ ඉතිරි කොටසේ කේතනයට ({name}) වඩා වෙනස් කේතනයකින් ({other}) නිසා එය කියවිය නොහැකි විය.</translation>
    </message>
    <message>
        <source>Line {number} is not written in {name} like the rest of the file, so it could not be read.</source>
        <translation>{number} වන පේළිය ගොනුවේ ඉතිරි කොටස මෙන් {name} කේතනයෙන් ලියා නැති නිසා එය කියවිය නොහැකි විය.</translation>
    </message>
    <message>
        <source>Line {number} has {values} values where the other lines have {expected}.</source>
        <extracomment>Scripts whose letters in a UTF-8 line show it really is UTF-8 (Cyrillic, Greek, Hebrew, Arabic, Indic scripts with Sinhala, Thai, Hangul, kana, Han). Latin letters with accents do not: the bytes of a CP949 syllable can happen to spell &quot;ũ&quot; in UTF-8.</extracomment>
        <translation>{number} වන පේළියේ අගයන් {values}ක් ඇත, නමුත් අනෙක් පේළිවල ඇත්තේ {expected} බැගිනි.</translation>
    </message>
    <message>
        <source>EmbedTune could not open the workbook &apos;{name}&apos; ({error}).</source>
        <translation>EmbedTune හට &apos;{name}&apos; වැඩපොත ඇරීමට නොහැකි විය ({error}).</translation>
    </message>
    <message>
        <source>Open it in your spreadsheet program and save it again as .xlsx.</source>
        <translation>එය ඔබේ පැතුරුම්පත් වැඩසටහනෙන් ඇර නැවත .xlsx ලෙස සුරකින්න.</translation>
    </message>
    <message>
        <source>The sheet &apos;{sheet}&apos; of &apos;{name}&apos; is damaged and cannot be read ({error}).</source>
        <translation>&apos;{name}&apos; හි &apos;{sheet}&apos; පත්‍රය හානි වී ඇති නිසා එය කියවිය නොහැක ({error}).</translation>
    </message>
    <message>
        <source>The workbook &apos;{name}&apos; has no sheets.</source>
        <translation>&apos;{name}&apos; වැඩපොතේ පත්‍ර කිසිවක් නැත.</translation>
    </message>
    <message>
        <source>Check the file.</source>
        <translation>ගොනුව පරීක්ෂා කරන්න.</translation>
    </message>
    <message>
        <source>The workbook &apos;{name}&apos; has no sheet called &apos;{sheet}&apos;.</source>
        <translation>&apos;{name}&apos; වැඩපොතේ &apos;{sheet}&apos; නමින් පත්‍රයක් නැත.</translation>
    </message>
    <message>
        <source>Its sheets are: {sheets}.</source>
        <translation>එහි ඇති පත්‍ර: {sheets}.</translation>
    </message>
    <message>
        <source>The sheet &apos;{sheet}&apos; of &apos;{name}&apos; is empty.</source>
        <translation>&apos;{name}&apos; හි &apos;{sheet}&apos; පත්‍රය හිස්ය.</translation>
    </message>
    <message>
        <source>Pick the sheet that holds your data.</source>
        <translation>ඔබේ දත්ත ඇති පත්‍රය තෝරන්න.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is JSON, but not a list of rows.</source>
        <translation>&apos;{name}&apos; JSON ගොනුවකි, නමුත් එය පේළි ලැයිස්තුවක් නොවේ.</translation>
    </message>
    <message>
        <source>Use a list of records such as [{&quot;question&quot;: &quot;…&quot;, &quot;answer&quot;: &quot;…&quot;}, …].</source>
        <translation>[{&quot;question&quot;: &quot;…&quot;, &quot;answer&quot;: &quot;…&quot;}, …] වැනි වාර්තා (records) ලැයිස්තුවක් භාවිත කරන්න.</translation>
    </message>
    <message>
        <source>The JSON rows are not records.</source>
        <translation>JSON පේළි වාර්තා (records) නොවේ.</translation>
    </message>
    <message>
        <source>Each row should look like {&quot;question&quot;: &quot;…&quot;, &quot;answer&quot;: &quot;…&quot;}.</source>
        <translation>සෑම පේළියක්ම {&quot;question&quot;: &quot;…&quot;, &quot;answer&quot;: &quot;…&quot;} මෙන් විය යුතුය.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; mixes two text encodings: line {lines} is not written like the rest.</source>
        <translation>&apos;{name}&apos; තුළ අක්ෂර කේතන දෙකක් මිශ්‍ර වී ඇත: {lines} වන පේළිය ඉතිරි කොටස මෙන් ලියා නැත.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; mixes two text encodings: lines {lines} are not written like the rest.</source>
        <translation>&apos;{name}&apos; තුළ අක්ෂර කේතන දෙකක් මිශ්‍ර වී ඇත: {lines} යන පේළි ඉතිරි කොටස මෙන් ලියා නැත.</translation>
    </message>
    <message>
        <source>Save the file again as UTF-8, which JSON files should always use.</source>
        <translation>ගොනුව නැවත UTF-8 ලෙස සුරකින්න; JSON ගොනු සැමවිටම භාවිත කළ යුත්තේ එයයි.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds more than {limit:,} values, the most EmbedTune reads from one JSON file.</source>
        <translation>&apos;{name}&apos; හි අගයන් {limit:,} කට වඩා ඇත; EmbedTune එක් JSON ගොනුවකින් කියවන උපරිමය එයයි.</translation>
    </message>
    <message>
        <source>Keep only the rows and fields you need, or split the file.</source>
        <translation>ඔබට අවශ්‍ය පේළි සහ ක්ෂේත්‍ර (fields) පමණක් තබාගන්න, නැතහොත් ගොනුව කොටස්වලට බෙදන්න.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not valid JSON: {error} at line {line}.</source>
        <translation>&apos;{name}&apos; වලංගු JSON නොවේ: {line} වන පේළියේ {error}.</translation>
    </message>
    <message>
        <source>Fix the file, or save the data as CSV or .xlsx.</source>
        <translation>ගොනුව නිවැරදි කරන්න, නැතහොත් දත්ත CSV හෝ .xlsx ලෙස සුරකින්න.</translation>
    </message>
    <message>
        <source>Line {number} is not valid JSON ({error}).</source>
        <translation>{number} වන පේළිය වලංගු JSON නොවේ ({error}).</translation>
    </message>
    <message>
        <source>Line {number} is not a record ({{…}}).</source>
        <translation>{number} වන පේළිය වාර්තාවක් ({{…}}) නොවේ.</translation>
    </message>
    <message>
        <source>EmbedTune could not read &apos;{name}&apos; as a Parquet file ({error}).</source>
        <translation>EmbedTune හට &apos;{name}&apos; Parquet ගොනුවක් ලෙස කියවීමට නොහැකි විය ({error}).</translation>
    </message>
    <message>
        <source>Check that the file is complete, or save the data as CSV or .xlsx.</source>
        <translation>ගොනුව සම්පූර්ණදැයි පරීක්ෂා කරන්න, නැතහොත් දත්ත CSV හෝ .xlsx ලෙස සුරකින්න.</translation>
    </message>
</context>
<context>
    <name>data_validation</name>
    <message>
        <source>{message} It was left out.</source>
        <extracomment>Fewer usable rows than this earns a ``few-rows`` warning. Share of rows with identical texts above which ``identical-pairs`` is raised. Share of unknown tokens above which ``unknown-tokens`` is raised. Share of texts longer than the model reads above which ``long-texts`` is raised. Rows tokenized for statistics (all rows when there are fewer). Row or line numbers a warning names before it only counts the rest.</extracomment>
        <translation>{message} එම පේළිය ඉවත් කර ඇත.</translation>
    </message>
    <message>
        <source>The cell in &apos;{column}&apos; is empty; the row is left out.</source>
        <translation>&apos;{column}&apos; තීරුවේ කොටුව හිස්ය; එම පේළිය ඉවත් කර ඇත.</translation>
    </message>
    <message>
        <source>The score &apos;{score}&apos; is not a number; the row is left out.</source>
        <translation>&apos;{score}&apos; ලකුණ අංකයක් නොවේ; එම පේළිය ඉවත් කර ඇත.</translation>
    </message>
    <message>
        <source>The score {score} is outside 0–{top:g}; the row is left out.</source>
        <translation>{score} ලකුණ 0–{top:g} පරාසයෙන් පිටත ඇත; එම පේළිය ඉවත් කර ඇත.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of the classes.</source>
        <translation>&apos;{value}&apos; දී ඇති වර්ග (classes) අතරින් එකක් නොවේ.</translation>
    </message>
    <message>
        <source>Only 1 usable row: the model will learn little from so few examples.</source>
        <translation>භාවිත කළ හැකි පේළි 1ක් පමණි: මෙතරම් අඩු උදාහරණ ගණනකින් මාදිලියට ඉගෙනගත හැක්කේ ස්වල්පයකි.</translation>
    </message>
    <message>
        <source>Only {rows} usable rows: the model will learn little from so few examples.</source>
        <translation>භාවිත කළ හැකි පේළි {rows}ක් පමණි: මෙතරම් අඩු උදාහරණ ගණනකින් මාදිලියට ඉගෙනගත හැක්කේ ස්වල්පයකි.</translation>
    </message>
    <message>
        <source>Aim for a few hundred rows or more; add more examples if you can.</source>
        <translation>පේළි සිය කිහිපයක් හෝ ඊට වැඩි ගණනක් තිබීම හොඳයි; හැකි නම් තවත් උදාහරණ එක් කරන්න.</translation>
    </message>
    <message>
        <source>In {same} of {rows} rows both texts are the same: the model would learn nothing from them.</source>
        <translation>පේළි {rows}න් {same}ක පාඨ දෙකම එක සමානයි: ඒවායින් මාදිලියට කිසිවක් ඉගෙනගත නොහැක.</translation>
    </message>
    <message>
        <source>Check that &apos;{first}&apos; and &apos;{second}&apos; are the right columns: the second should be a different text that belongs with the first (e.g. the answer).</source>
        <translation>&apos;{first}&apos; සහ &apos;{second}&apos; නිවැරදි තීරු දැයි පරීක්ෂා කරන්න: දෙවැන්න, පළමුවැන්නට අයත් වෙනත් පාඨයක් විය යුතුය (උදා. පිළිතුර).</translation>
    </message>
    <message>
        <source>row {row} repeats row {first}</source>
        <translation>{row} වන පේළිය {first} වන පේළියේම පිටපතකි</translation>
    </message>
    <message>
        <source>1 row repeats an earlier row exactly ({examples}).</source>
        <translation>පේළි 1ක් පෙර පේළියක නිශ්චිත පිටපතකි ({examples}).</translation>
    </message>
    <message>
        <source>{rows} rows repeat an earlier row exactly ({examples} and {more} more).</source>
        <translation>පේළි {rows}ක් පෙර පේළිවල නිශ්චිත පිටපත් වේ ({examples} සහ තවත් {more}ක්).</translation>
    </message>
    <message>
        <source>{rows} rows repeat an earlier row exactly ({examples}).</source>
        <translation>පේළි {rows}ක් පෙර පේළිවල නිශ්චිත පිටපත් වේ ({examples}).</translation>
    </message>
    <message>
        <source>Repeated rows give those examples more weight; remove them unless you mean it.</source>
        <translation>නැවත නැවත එන පේළි නිසා එම උදාහරණවලට වැඩි බරක් ලැබේ; ඔබ එය හිතාමතාම නොකළේ නම් ඒවා ඉවත් කරන්න.</translation>
    </message>
    <message>
        <source>The column &apos;{column}&apos; holds the same value ({value}) in every row, so it says nothing: the rows are treated as pairs that belong together.</source>
        <translation>&apos;{column}&apos; තීරුවේ සෑම පේළියකම ඇත්තේ එකම අගයයි ({value}), එබැවින් එයින් කිසිදු තොරතුරක් නොලැබේ: පේළි, එකට අයත් යුගල ලෙස සලකනු ලැබේ.</translation>
    </message>
    <message>
        <source>That is fine for question/answer data. If some pairs should count as dissimilar, give them a different value.</source>
        <translation>ප්‍රශ්න/පිළිතුරු දත්ත සඳහා එය ගැටලුවක් නොවේ. සමහර යුගල අසමාන ලෙස ගණන් ගත යුතු නම්, ඒවාට වෙනත් අගයක් දෙන්න.</translation>
    </message>
    <message>
        <source>Scores in &apos;{column}&apos; run from 0 to {scale:g}; they are divided by {scale:g} so that they run from 0 to 1.</source>
        <translation>&apos;{column}&apos; හි ලකුණු 0 සිට {scale:g} දක්වා ඇත; ඒවා 0 සිට 1 දක්වා වන පරිදි {scale:g} න් බෙදනු ලැබේ.</translation>
    </message>
    <message>
        <source>Nothing to do, unless your scale is different (then fix the scores).</source>
        <translation>ඔබේ පරිමාණය වෙනස් නම් මිස (එවිට ලකුණු නිවැරදි කරන්න), කිසිවක් කිරීමට අවශ්‍ය නැත.</translation>
    </message>
    <message>
        <source>1 row has an empty cell; it is left out.</source>
        <translation>පේළි 1ක හිස් කොටුවක් ඇත; එය ඉවත් කර ඇත.</translation>
    </message>
    <message>
        <source>{rows} rows have an empty cell; they are left out.</source>
        <translation>පේළි {rows}ක හිස් කොටු ඇත; ඒවා ඉවත් කර ඇත.</translation>
    </message>
    <message>
        <source>Fill in the missing texts or delete those rows.</source>
        <translation>නැති පාඨ පුරවන්න, නැතහොත් එම පේළි මකා දමන්න.</translation>
    </message>
    <message>
        <source>1 line could not be read as rows (e.g. line {lines}) and is left out.</source>
        <translation>ගොනුවේ පේළි 1ක් වගු පේළි ලෙස කියවිය නොහැකි විය (උදා. පේළි අංක {lines}); එය ඉවත් කර ඇත.</translation>
    </message>
    <message>
        <source>{count} lines could not be read as rows (e.g. line {lines}) and are left out.</source>
        <translation>ගොනුවේ පේළි {count}ක් වගු පේළි ලෙස කියවිය නොහැකි විය (උදා. පේළි අංක {lines}); ඒවා ඉවත් කර ඇත.</translation>
    </message>
    <message>
        <source>Those lines have more or fewer values than the others: check for an extra delimiter or a missing one, or pick the delimiter yourself.</source>
        <translation>එම පේළිවල අනෙක් පේළිවලට වඩා වැඩි හෝ අඩු අගයන් ගණනක් ඇත: අමතර හෝ අඩු වූ වෙන් කිරීමේ ලකුණක් (delimiter) තිබේදැයි බලන්න, නැතහොත් වෙන් කිරීමේ ලකුණ ඔබම තෝරන්න.</translation>
    </message>
    <message>
        <source>Open the file, fix those lines and save it again.</source>
        <translation>ගොනුව ඇර, එම පේළි නිවැරදි කර නැවත සුරකින්න.</translation>
    </message>
    <message>
        <source>1 line of the file is written in another text encoding than the rest (line {lines}), so it was left out rather than shown as garbled text.</source>
        <translation>ගොනුවේ පේළි 1ක් ඉතිරි කොටසට වඩා වෙනස් අක්ෂර කේතනයකින් (encoding) ලියා ඇත (පේළි අංක {lines}); එබැවින් එය අවුල් වූ පාඨ ලෙස පෙන්වනවා වෙනුවට ඉවත් කරන ලදී.</translation>
    </message>
    <message>
        <source>{count} lines of the file are written in another text encoding than the rest (line {lines}), so they were left out rather than shown as garbled text.</source>
        <translation>ගොනුවේ පේළි {count}ක් ඉතිරි කොටසට වඩා වෙනස් අක්ෂර කේතනයකින් (encoding) ලියා ඇත (පේළි අංක {lines}); එබැවින් ඒවා අවුල් වූ පාඨ ලෙස පෙන්වනවා වෙනුවට ඉවත් කරන ලදී.</translation>
    </message>
    <message>
        <source>The file was probably joined from two files saved differently. Save each part as UTF-8 (in Excel: &apos;CSV UTF-8&apos;) and join them again.</source>
        <translation>මෙම ගොනුව, වෙනස් ආකාරවලට සුරැකූ ගොනු දෙකක් එකතු කර සෑදූවක් විය හැක. සෑම කොටසක්ම UTF-8 ලෙස සුරකින්න (Excel හි: &apos;CSV UTF-8&apos;), ඉන්පසු ඒවා නැවත එකතු කරන්න.</translation>
    </message>
    <message>
        <source>Pick a model that knows your language: {recommendation}</source>
        <translation>ඔබේ භාෂාව දන්නා මාදිලියක් තෝරන්න: {recommendation}</translation>
    </message>
    <message>
        <source>Pick a model that knows your language, e.g. a multilingual one.</source>
        <translation>ඔබේ භාෂාව දන්නා මාදිලියක් තෝරන්න, උදා. බහුභාෂා මාදිලියක්.</translation>
    </message>
    <message>
        <source>The text is {length} tokens long; the model reads only the first {limit}.</source>
        <translation>පාඨයේ දිග ටෝකන (token) {length}කි; මාදිලිය කියවන්නේ පළමු {limit} පමණි.</translation>
    </message>
    <message>
        <source>The model does not know {share:.0%} of the words and signs in your texts (it reads them as &apos;unknown&apos;), so it cannot tell those texts apart.</source>
        <translation>ඔබේ පාඨවල ඇති වචන සහ සංකේතවලින් {share:.0%}ක් මාදිලිය නොදනී (එය ඒවා &apos;නොදන්නා&apos; ලෙස කියවයි), එබැවින් එම පාඨ එකිනෙකින් වෙන්කර හඳුනාගැනීමට එයට නොහැක.</translation>
    </message>
    <message>
        <source>{share:.0%} of the texts are longer than the {limit} tokens the model reads; the rest of each is ignored.</source>
        <translation>පාඨවලින් {share:.0%}ක්, මාදිලිය කියවන ටෝකන {limit}ට වඩා දිගයි; එක් එක් පාඨයේ ඉතිරි කොටස නොසලකා හරිනු ලැබේ.</translation>
    </message>
    <message>
        <source>Split long texts into shorter passages, or raise the maximum length.</source>
        <translation>දිගු පාඨ කෙටි කොටස්වලට බෙදන්න, නැතහොත් උපරිම දිග වැඩි කරන්න.</translation>
    </message>
</context>
<context>
    <name>evaluation</name>
    <message>
        <source>The data shape &apos;{shape}&apos; is not one evaluation understands.</source>
        <extracomment>Evaluation rows used at most, so that measuring stays quick on a CPU.</extracomment>
        <translation>ඇගයීමට &apos;{shape}&apos; දත්ත හැඩය තේරුම් ගත නොහැක.</translation>
    </message>
    <message>
        <source>There are too few evaluation rows (or they all have the same label) to measure the model.</source>
        <translation>මාදිලිය මැනීමට තරම් ඇගයීම් පේළි නැත (නැතහොත් ඒ සියල්ලටම ඇත්තේ එකම ලේබලයයි).</translation>
    </message>
    <message>
        <source>Use more rows, with both similar and not-similar examples.</source>
        <translation>සමාන සහ අසමාන උදාහරණ දෙවර්ගයම ඇතුළත්ව, තවත් පේළි භාවිත කරන්න.</translation>
    </message>
    <message>
        <source>agreement with your scores (Spearman, 1 = perfect)</source>
        <translation>ඔබේ ලකුණු සමඟ එකඟතාව (Spearman, 1 = පරිපූර්ණ)</translation>
    </message>
    <message>
        <source>share of questions whose right answer comes first</source>
        <translation>නිවැරදි පිළිතුර පළමුවෙන් එන ප්‍රශ්නවල අනුපාතය</translation>
    </message>
    <message>
        <source>how near the top the right answer ranks (MRR@10, 1 = always first)</source>
        <translation>නිවැරදි පිළිතුර ලැයිස්තුවේ ඉහළට කෙතරම් ළඟින් එයිද (MRR@10, 1 = සැමවිටම පළමුවෙන්)</translation>
    </message>
    <message>
        <source>share of rows where the matching text is closer than the non-matching one</source>
        <translation>ගැළපෙන පාඨය නොගැළපෙන පාඨයට වඩා ළඟින් ඇති පේළිවල අනුපාතය</translation>
    </message>
    <message>
        <source>how well similar and not-similar pairs are told apart (average precision)</source>
        <translation>සමාන සහ අසමාන යුගල කෙතරම් හොඳින් වෙන්කර හඳුනාගන්නේද (average precision)</translation>
    </message>
    <message>
        <source>share of pairs judged correctly</source>
        <translation>නිවැරදිව විනිශ්චය කළ යුගලවල අනුපාතය</translation>
    </message>
    <message>
        <source>agreement with your scores (Spearman) {change}</source>
        <translation>ඔබේ ලකුණු සමඟ එකඟතාව (Spearman): {change}</translation>
    </message>
    <message>
        <source>the right answer comes first for {change} of questions</source>
        <translation>නිවැරදි පිළිතුර පළමුවෙන් එන ප්‍රශ්න: {change}</translation>
    </message>
    <message>
        <source>how near the top the right answer ranks (MRR@10) {change}</source>
        <translation>නිවැරදි පිළිතුර ඉහළට කෙතරම් ළඟින් එයිද (MRR@10): {change}</translation>
    </message>
    <message>
        <source>the matching text is closer than the non-matching one in {change} of rows</source>
        <translation>ගැළපෙන පාඨය නොගැළපෙන පාඨයට වඩා ළඟින් ඇති පේළි: {change}</translation>
    </message>
    <message>
        <source>similar and not-similar pairs are told apart with average precision {change}</source>
        <translation>සමාන සහ අසමාන යුගල වෙන්කර හඳුනාගැනීම (average precision): {change}</translation>
    </message>
    <message>
        <source>among the first {k}</source>
        <translation>පළමු {k} අතර</translation>
    </message>
    <message>
        <source>agreement of the similarities with your scores (ranking, 1 = perfect)</source>
        <translation>සමානකම් ඔබේ ලකුණු සමඟ එකඟ වන තරම (අනුපිළිවෙල අනුව, 1 = පරිපූර්ණ)</translation>
    </message>
    <message>
        <source>agreement of the similarities with your scores (straight line, 1 = perfect)</source>
        <translation>සමානකම් ඔබේ ලකුණු සමඟ එකඟ වන තරම (සරල රේඛාවක් ලෙස, 1 = පරිපූර්ණ)</translation>
    </message>
    <message>
        <source>share of rows judged correctly</source>
        <translation>නිවැරදිව විනිශ්චය කළ පේළිවල අනුපාතය</translation>
    </message>
    <message>
        <source>share of answers found that are right</source>
        <translation>සොයාගත් පිළිතුරුවලින් නිවැරදි ඒවායේ අනුපාතය</translation>
    </message>
    <message>
        <source>share of the right answers that are found</source>
        <translation>නිවැරදි පිළිතුරුවලින් සොයාගත් ඒවායේ අනුපාතය</translation>
    </message>
    <message>
        <source>how near the top the right answer comes (1 = always first)</source>
        <translation>නිවැරදි පිළිතුර ඉහළට කෙතරම් ළඟින් එයිද (1 = සැමවිටම පළමුවෙන්)</translation>
    </message>
    <message>
        <source>how well the right answers are ordered at the top (1 = perfect)</source>
        <translation>නිවැරදි පිළිතුරු ඉහළින්ම කෙතරම් හොඳ පිළිවෙළකට ඇත්ද (1 = පරිපූර්ණ)</translation>
    </message>
    <message>
        <source>how well all right answers rank near the top (1 = perfect)</source>
        <translation>සියලු නිවැරදි පිළිතුරු ඉහළට කෙතරම් ළඟින් ස්ථානගත වේද (1 = පරිපූර්ණ)</translation>
    </message>
    <message>
        <source>how well similar and not-similar pairs are told apart (1 = perfect)</source>
        <translation>සමාන සහ අසමාන යුගල කෙතරම් හොඳින් වෙන්කර හඳුනාගන්නේද (1 = පරිපූර්ණ)</translation>
    </message>
    <message>
        <source>balance of found and correct similar pairs (1 = perfect)</source>
        <translatorcomment>F1-like metric; &apos;balance of found and correct&apos; is hard to say plainly in Sinhala — check it is understandable.</translatorcomment>
        <translation type="unfinished">සොයාගත් සමාන යුගල සහ නිවැරදි සමාන යුගල අතර සමතුලිතතාව (1 = පරිපූර්ණ)</translation>
    </message>
    <message>
        <source>agreement of the similar/not-similar calls with your labels (1 = perfect)</source>
        <translation>සමාන/අසමාන නිගමන ඔබේ ලේබල සමඟ එකඟ වන තරම (1 = පරිපූර්ණ)</translation>
    </message>
    <message>
        <source>similarity above which pairs count as similar (for accuracy)</source>
        <translatorcomment>&apos;accuracy&apos; rendered as නිවැරදිතාව, because the glossary uses නිරවද්‍යතාව for &apos;precision&apos; (fp16).</translatorcomment>
        <translation type="unfinished">යුගලයක් සමාන ලෙස සැලකීමට ඉක්මවිය යුතු සමානකම් සීමාව (නිවැරදිතාව සඳහා)</translation>
    </message>
    <message>
        <source>similarity above which pairs count as similar (for balance)</source>
        <translation>යුගලයක් සමාන ලෙස සැලකීමට ඉක්මවිය යුතු සමානකම් සීමාව (සමතුලිතතාව සඳහා)</translation>
    </message>
    <message>
        <source>share of questions with the right answer (among the first {k})</source>
        <translation>නිවැරදි පිළිතුර ලැබුණු ප්‍රශ්නවල අනුපාතය (පළමු {k} අතර)</translation>
    </message>
    <message>
        <source>another measure of the library ({name})</source>
        <translation>මෘදුකාංග පුස්තකාලයේ තවත් මිනුමක් ({name})</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>ප්‍රශ්න 1</translation>
    </message>
    <message>
        <source>{rows:,} questions</source>
        <translation>ප්‍රශ්න {rows:,}</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>පේළි 1</translation>
    </message>
    <message>
        <source>{rows:,} rows</source>
        <translation>පේළි {rows:,}</translation>
    </message>
    <message>
        <source>1 pair</source>
        <translation>යුගල 1</translation>
    </message>
    <message>
        <source>{rows:,} pairs</source>
        <translation>යුගල {rows:,}</translation>
    </message>
    <message>
        <source>On the {unit} of your evaluation file</source>
        <translation>ඔබේ ඇගයීම් ගොනුවේ {unit} මත පරීක්ෂා කළ විට</translation>
    </message>
    <message>
        <source>On {unit} the model had not seen</source>
        <translation>මාදිලිය කලින් නොදුටු {unit} මත පරීක්ෂා කළ විට</translation>
    </message>
    <message>
        <source>{where}, its similarity now agrees with your scores {after:.2f} (it was {before:.2f}; 1.0 would be perfect, 0 is no agreement).</source>
        <translation>{where}, මාදිලියේ සමානකම් දැන් ඔබේ ලකුණු සමඟ {after:.2f} මට්ටමින් එකඟ වේ (පෙර එය {before:.2f} විය; 1.0 පරිපූර්ණයි, 0 යනු කිසිදු එකඟතාවක් නැති බවයි).</translation>
    </message>
    <message>
        <source>{where}, its similarity now agrees with your scores {after:.2f} (1.0 would be perfect, 0 is no agreement).</source>
        <translation>{where}, මාදිලියේ සමානකම් දැන් ඔබේ ලකුණු සමඟ {after:.2f} මට්ටමින් එකඟ වේ (1.0 පරිපූර්ණයි, 0 යනු කිසිදු එකඟතාවක් නැති බවයි).</translation>
    </message>
    <message>
        <source>{where}, it now puts the right answer first for {after} of them (it was {before}; guessing would get {chance}).</source>
        <translation>{where}, ඒවායින් {after}ක් සඳහා මාදිලිය දැන් නිවැරදි පිළිතුර පළමුවෙන් තබයි (පෙර එය {before} විය; අහඹු ලෙස අනුමාන කළොත් ලැබෙන්නේ {chance}).</translation>
    </message>
    <message>
        <source>{where}, it now puts the right answer first for {after} of them (guessing would get {chance}).</source>
        <translation>{where}, ඒවායින් {after}ක් සඳහා මාදිලිය දැන් නිවැරදි පිළිතුර පළමුවෙන් තබයි (අහඹු ලෙස අනුමාන කළොත් ලැබෙන්නේ {chance}).</translation>
    </message>
    <message>
        <source>{where}, the matching text now comes out closer than the other one in {after} of them (it was {before}; guessing would get 50%).</source>
        <translation>{where}, ඒවායින් {after}ක දී ගැළපෙන පාඨය දැන් අනෙක් පාඨයට වඩා ළඟින් පෙනේ (පෙර එය {before} විය; අහඹු ලෙස අනුමාන කළොත් ලැබෙන්නේ 50%).</translation>
    </message>
    <message>
        <source>{where}, the matching text now comes out closer than the other one in {after} of them (guessing would get 50%).</source>
        <translation>{where}, ඒවායින් {after}ක දී ගැළපෙන පාඨය දැන් අනෙක් පාඨයට වඩා ළඟින් පෙනේ (අහඹු ලෙස අනුමාන කළොත් ලැබෙන්නේ 50%).</translation>
    </message>
    <message>
        <source>{where}, it now tells similar from not-similar pairs with a score of {after:.2f} (it was {before:.2f}; 1.0 would be perfect, {chance:.2f} would be guessing).</source>
        <translation>{where}, මාදිලිය දැන් සමාන සහ අසමාන යුගල වෙන්කර හඳුනාගන්නේ {after:.2f} ලකුණකින් (පෙර එය {before:.2f} විය; 1.0 පරිපූර්ණයි, {chance:.2f} යනු අහඹු අනුමානයයි).</translation>
    </message>
    <message>
        <source>{where}, it now tells similar from not-similar pairs with a score of {after:.2f} (1.0 would be perfect, {chance:.2f} would be guessing).</source>
        <translation>{where}, මාදිලිය දැන් සමාන සහ අසමාන යුගල වෙන්කර හඳුනාගන්නේ {after:.2f} ලකුණකින් (1.0 පරිපූර්ණයි, {chance:.2f} යනු අහඹු අනුමානයයි).</translation>
    </message>
</context>
<context>
    <name>exporting</name>
    <message>
        <source>Could not write {name}: {error}.</source>
        <extracomment>Leading characters a spreadsheet may treat as the start of a formula. Characters spreadsheets skip before a formula starts: whitespace (Unicode&apos;s too), control characters, zero-width spaces and byte-order marks. Characters the XML inside an XLSX file cannot hold (openpyxl refuses them). Most characters an Excel cell holds; longer labels are cut (Excel reports such a file as damaged). Label of the top-left cell.</extracomment>
        <translation>{name} ලිවීමට නොහැකි විය: {error}.</translation>
    </message>
    <message>
        <source>Pick another folder or close the file if a spreadsheet program has it open.</source>
        <translation>වෙනත් ෆෝල්ඩරයක් තෝරන්න, නැතහොත් ගොනුව පැතුරුම්පත් වැඩසටහනක විවෘතව ඇත්නම් එය වසා දමන්න.</translation>
    </message>
    <message>
        <source>Cannot save a picture as &apos;.{suffix}&apos;.</source>
        <translation>පින්තූරයක් &apos;.{suffix}&apos; ලෙස සුරැකිය නොහැක.</translation>
    </message>
    <message>
        <source>Use a file name ending in .png or .svg.</source>
        <translation>.png හෝ .svg වලින් අවසන් වන ගොනු නාමයක් භාවිත කරන්න.</translation>
    </message>
</context>
<context>
    <name>hard_negatives</name>
    <message>
        <source>{mined} of {pairs} question/answer pairs got 1 wrong answer that looks right, found in the data itself.</source>
        <extracomment>Skip this many of the base model&apos;s best-ranked wrong answers (see the module docstring). A negative must score at least this share below the right answer (NV-Retriever&apos;s 95%). Never take a candidate scoring above this against the question. Candidates looked at per question (the library&apos;s ``range_max``), at most. Questions compared with the corpus at once (bounds memory: this many x corpus scores). Texts embedded between two progress reports / cancel checks. Examples kept in the summary for the user to look at. Losses that accept (anchor, positive, negative_1, ..., negative_n) rows.</extracomment>
        <translation>ප්‍රශ්න/පිළිතුරු යුගල {pairs}න් {mined}කට, දත්තවලින්ම සොයාගත්, නිවැරදි ලෙස පෙනුණත් වැරදි වූ එක් පිළිතුරක් බැගින් ලැබුණි.</translation>
    </message>
    <message>
        <source>{mined} of {pairs} question/answer pairs got {negatives} wrong answers that look right, found in the data itself.</source>
        <translation>ප්‍රශ්න/පිළිතුරු යුගල {pairs}න් {mined}කට, දත්තවලින්ම සොයාගත්, නිවැරදි ලෙස පෙනුණත් වැරදි වූ පිළිතුරු {negatives} බැගින් ලැබුණි.</translation>
    </message>
    <message>
        <source>{mined} of {pairs} question/answer pairs got 1 wrong answer that looks right, found in the data itself; 1 pair had no safe wrong answer and was left out of this training.</source>
        <translation>ප්‍රශ්න/පිළිතුරු යුගල {pairs}න් {mined}කට, දත්තවලින්ම සොයාගත්, නිවැරදි ලෙස පෙනුණත් වැරදි වූ එක් පිළිතුරක් බැගින් ලැබුණි; යුගල 1කට නිසැකවම වැරදි පිළිතුරක් සොයාගත නොහැකි වූ නිසා එය මෙම පුහුණුවෙන් ඉවත් කරන ලදී.</translation>
    </message>
    <message>
        <source>{mined} of {pairs} question/answer pairs got {negatives} wrong answers that look right, found in the data itself; 1 pair had no safe wrong answer and was left out of this training.</source>
        <translation>ප්‍රශ්න/පිළිතුරු යුගල {pairs}න් {mined}කට, දත්තවලින්ම සොයාගත්, නිවැරදි ලෙස පෙනුණත් වැරදි වූ පිළිතුරු {negatives} බැගින් ලැබුණි; යුගල 1කට නිසැකවම වැරදි පිළිතුරක් සොයාගත නොහැකි වූ නිසා එය මෙම පුහුණුවෙන් ඉවත් කරන ලදී.</translation>
    </message>
    <message>
        <source>{mined} of {pairs} question/answer pairs got 1 wrong answer that looks right, found in the data itself; {skipped} pairs had no safe wrong answer and were left out of this training.</source>
        <translation>ප්‍රශ්න/පිළිතුරු යුගල {pairs}න් {mined}කට, දත්තවලින්ම සොයාගත්, නිවැරදි ලෙස පෙනුණත් වැරදි වූ එක් පිළිතුරක් බැගින් ලැබුණි; යුගල {skipped}කට නිසැකවම වැරදි පිළිතුරක් සොයාගත නොහැකි වූ නිසා ඒවා මෙම පුහුණුවෙන් ඉවත් කරන ලදී.</translation>
    </message>
    <message>
        <source>{mined} of {pairs} question/answer pairs got {negatives} wrong answers that look right, found in the data itself; {skipped} pairs had no safe wrong answer and were left out of this training.</source>
        <translation>ප්‍රශ්න/පිළිතුරු යුගල {pairs}න් {mined}කට, දත්තවලින්ම සොයාගත්, නිවැරදි ලෙස පෙනුණත් වැරදි වූ පිළිතුරු {negatives} බැගින් ලැබුණි; යුගල {skipped}කට නිසැකවම වැරදි පිළිතුරක් සොයාගත නොහැකි වූ නිසා ඒවා මෙම පුහුණුවෙන් ඉවත් කරන ලදී.</translation>
    </message>
    <message>
        <source>The number of wrong answers to find per question must be from 1 to {most} (it is {value}).</source>
        <translation>එක් ප්‍රශ්නයකට සොයාගත යුතු වැරදි පිළිතුරු ගණන 1 සිට {most} දක්වා විය යුතුය (දැන් එය {value}).</translation>
    </message>
    <message>
        <source>1 to 3 is usual.</source>
        <translation>සාමාන්‍යයෙන් 1 සිට 3 දක්වා.</translation>
    </message>
    <message>
        <source>Mining wrong answers needs question/answer pairs.</source>
        <translation>වැරදි පිළිතුරු සොයා ගැනීමට ප්‍රශ්න/පිළිතුරු යුගල අවශ්‍යයි.</translation>
    </message>
    <message>
        <source>There are only {answers} different answers; finding 1 wrong answer per question needs at least {needed}.</source>
        <translation>වෙනස් පිළිතුරු ඇත්තේ {answers}ක් පමණි; එක් ප්‍රශ්නයකට එක් වැරදි පිළිතුරක් සොයාගැනීමට අවම වශයෙන් {needed}ක් අවශ්‍යයි.</translation>
    </message>
    <message>
        <source>There are only {answers} different answers; finding {negatives} wrong answers per question needs at least {needed}.</source>
        <translation>වෙනස් පිළිතුරු ඇත්තේ {answers}ක් පමණි; එක් ප්‍රශ්නයකට වැරදි පිළිතුරු {negatives}ක් සොයාගැනීමට අවම වශයෙන් {needed}ක් අවශ්‍යයි.</translation>
    </message>
    <message>
        <source>Use more rows, or train without wrong answers.</source>
        <translation>තවත් පේළි භාවිත කරන්න, නැතහොත් වැරදි පිළිතුරු නොමැතිව පුහුණු කරන්න.</translation>
    </message>
    <message>
        <source>Before training, the app looks through your own answers for each question&apos;s best-looking wrong answers and teaches the model that they are wrong. This helps most when many answers are alike. The very closest answers are skipped, because they are often right too, but check the examples: if an answer taught as wrong is in fact right, leave this off.</source>
        <extracomment>Rows the &quot;Show examples&quot; preview mines on (a sample keeps it to seconds on a laptop). What the option does, in plain words (the Loss page shows it; the CLI help says the same).</extracomment>
        <translation>පුහුණුවට පෙර, යෙදුම ඔබේම පිළිතුරු අතරින් එක් එක් ප්‍රශ්නයට වඩාත්ම නිවැරදි ලෙස පෙනෙන වැරදි පිළිතුරු සොයා, ඒවා වැරදි බව මාදිලියට උගන්වයි. බොහෝ පිළිතුරු එකිනෙකට සමාන වූ විට මෙය වඩාත් උපකාරී වේ. ඉතාම සමීප පිළිතුරු මඟ හරිනු ලැබේ, මන්ද ඒවා බොහෝ විට නිවැරදි විය හැකි බැවිනි; නමුත් උදාහරණ පරීක්ෂා කරන්න: වැරදි ලෙස උගන්වන පිළිතුරක් ඇත්තටම නිවැරදි නම්, මෙය අක්‍රිය කර තබන්න.</translation>
    </message>
    <message>
        <source>Measured on two small question/answer sets (Korean chat replies and English quiz questions, 50 training steps of all-MiniLM-L6-v2), it made no clear difference: a question or two more (or fewer) of 70 to 160 got the right answer first. Try one run with it and one without, and keep the model that does better on your held-out rows.</source>
        <extracomment>What was measured (docs/benchmarks/hard-negatives.md), so the advice is not a promise.</extracomment>
        <translation>කුඩා ප්‍රශ්න/පිළිතුරු කට්ටල දෙකක් මත මැන බැලූ විට (කොරියානු කතාබස් පිළිතුරු සහ ඉංග්‍රීසි ප්‍රශ්නාවලි ප්‍රශ්න, all-MiniLM-L6-v2 හි පුහුණු පියවර 50ක්), එයින් පැහැදිලි වෙනසක් සිදු නොවීය: ප්‍රශ්න 70 සිට 160 අතරින්, නිවැරදි පිළිතුර පළමුවෙන් ලැබුණේ ප්‍රශ්න එකක් දෙකක් වැඩියෙන් (හෝ අඩුවෙන්) පමණි. මෙය සමඟ එක් වාරයක් සහ මෙය නොමැතිව එක් වාරයක් පුහුණු කර, පරීක්ෂාවට වෙන් කළ පේළිවල වඩා හොඳ ප්‍රතිඵල දෙන මාදිලිය තබාගන්න.</translation>
    </message>
    <message>
        <source>Wrong answers that look right can only be found for question/answer pairs.</source>
        <translation>නිවැරදි ලෙස පෙනුණත් වැරදි පිළිතුරු සොයාගත හැක්කේ ප්‍රශ්න/පිළිතුරු යුගල සඳහා පමණි.</translation>
    </message>
    <message>
        <source>Choose a file with a question column and an answer column.</source>
        <translation>ප්‍රශ්න තීරුවක් සහ පිළිතුරු තීරුවක් ඇති ගොනුවක් තෝරන්න.</translation>
    </message>
</context>
<context>
    <name>losses</name>
    <message>
        <source>pairs of texts that belong together, without a score or label</source>
        <extracomment>Plain words for each data shape, used in &quot;your data has ...&quot; sentences.</extracomment>
        <translation>ලකුණක් හෝ ලේබලයක් නොමැති, එකට අයත් පාඨ යුගල</translation>
    </message>
    <message>
        <source>a text, a matching text and a non-matching text in each row</source>
        <translation>සෑම පේළියකම පාඨයක්, ගැළපෙන පාඨයක් සහ නොගැළපෙන පාඨයක්</translation>
    </message>
    <message>
        <source>pairs of texts with a similarity score</source>
        <translation>සමානකම් ලකුණක් සහිත පාඨ යුගල</translation>
    </message>
    <message>
        <source>pairs of texts labelled similar / not similar</source>
        <translation>සමාන / අසමාන ලෙස ලේබල් කළ පාඨ යුගල</translation>
    </message>
    <message>
        <source>pairs of texts with one of several classes</source>
        <translation>වර්ග (classes) කිහිපයකින් එකක් සහිත පාඨ යුගල</translation>
    </message>
    <message>
        <source>two texts that belong together in each row</source>
        <extracomment>What each shape lacks, phrased for &quot;X needs ...; your data has none.&quot;</extracomment>
        <translation>සෑම පේළියකම එකට අයත් පාඨ දෙකක්</translation>
    </message>
    <message>
        <source>a third column with a text that does NOT match (a negative) in each row</source>
        <translation>සෑම පේළියකම, නොගැළපෙන පාඨයක් (negative) සහිත තුන්වන තීරුවක්</translation>
    </message>
    <message>
        <source>a similarity score for each pair</source>
        <translation>සෑම යුගලයකටම සමානකම් ලකුණක්</translation>
    </message>
    <message>
        <source>a similar / not-similar label for each pair</source>
        <translation>සෑම යුගලයකටම සමාන / අසමාන ලේබලයක්</translation>
    </message>
    <message>
        <source>a class (such as entailment / neutral / contradiction) for each pair</source>
        <translation>සෑම යුගලයකටම වර්ගයක් (උදා. entailment / neutral / contradiction)</translation>
    </message>
    <message>
        <source>Matryoshka training teaches the model to put the most important information first, so its vectors still work when cut short (for example 768 numbers down to 128). Shorter vectors make searching a large collection faster and smaller on disk, at a small cost in quality. It works on top of any loss; training takes a little longer.</source>
        <extracomment>The Matryoshka option explained for the loss page.</extracomment>
        <translation>Matryoshka පුහුණුව, වඩාත් වැදගත් තොරතුරු මුලින්ම තැබීමට මාදිලියට උගන්වයි; එවිට එහි දෛශික (vectors) කෙටි කළ විටත් (උදාහරණයක් ලෙස සංඛ්‍යා 768 සිට 128 දක්වා) හොඳින් ක්‍රියා කරයි. කෙටි දෛශික නිසා විශාල එකතුවක් තුළ සෙවීම වේගවත් වන අතර තැටියේ ඉඩද අඩුවෙන් ගනී; ගුණාත්මකභාවය සුළු වශයෙන් අඩු වේ. එය ඕනෑම ඉගෙනුම් ක්‍රමයක් (loss) සමඟ ක්‍රියා කරයි; පුහුණුවට මඳක් වැඩි කාලයක් ගතවේ.</translation>
    </message>
    <message>
        <source>{loss} needs {needs}; your data has none.</source>
        <extracomment>Matryoshka sizes offered by default; those larger than the model&apos;s own are dropped.</extracomment>
        <translation>{loss} සඳහා {needs} අවශ්‍යයි; ඔබේ දත්තවල එවැන්නක් නැත.</translation>
    </message>
    <message>
        <source>{loss} needs {needs}; your data has {have}.</source>
        <translation>{loss} සඳහා {needs} අවශ්‍යයි; ඔබේ දත්තවල ඇත්තේ {have}.</translation>
    </message>
    <message>
        <source>texts that belong together (two or three columns, no score or label)</source>
        <translation>එකට අයත් පාඨ (තීරු දෙකක් හෝ තුනක්, ලකුණක් හෝ ලේබලයක් නැත)</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} හෝ {second}</translation>
    </message>
    <message>
        <source>{loss} learns from {wanted}; your data has {have}. Use {best} instead.</source>
        <translation>{loss} ඉගෙන ගන්නේ {wanted} වලින්; ඔබේ දත්තවල ඇත්තේ {have}. ඒ වෙනුවට {best} භාවිත කරන්න.</translation>
    </message>
    <message>
        <source>{loss} learns from {wanted}; your data has {have}.</source>
        <translation>{loss} ඉගෙන ගන්නේ {wanted} වලින්; ඔබේ දත්තවල ඇත්තේ {have}.</translation>
    </message>
    <message>
        <source>Find the right answer among many</source>
        <extracomment>Every loss the app offers, the recommended ones first for their shapes.</extracomment>
        <translatorcomment>Name of a learning method (loss) shown in a list; phrased as an imperative like the English. Must match the same name used in the other half (wizard pages).</translatorcomment>
        <translation type="unfinished">බොහෝ පිළිතුරු අතරින් නිවැරදි එක සොයන්න</translation>
    </message>
    <message>
        <source>Learns from texts that belong together, such as a question and its answer. For each question, the model is shown its own answer next to the answers of the other questions in the same batch, and learns to pick the right one. You only need the pairs: no scores or labels. If your rows also have a wrong answer, it is used as an extra, harder example.</source>
        <translation>එකට අයත් පාඨවලින් ඉගෙන ගනී, උදාහරණයක් ලෙස ප්‍රශ්නයක් සහ එහි පිළිතුර. එක් එක් ප්‍රශ්නය සඳහා, එම කාණ්ඩයේම (batch) අනෙක් ප්‍රශ්නවල පිළිතුරු අතර එහිම පිළිතුර මාදිලියට පෙන්වනු ලබන අතර, නිවැරදි එක තෝරා ගැනීමට එය ඉගෙන ගනී. ඔබට අවශ්‍ය වන්නේ යුගල පමණි: ලකුණු හෝ ලේබල අවශ්‍ය නැත. ඔබේ පේළිවල වැරදි පිළිතුරක්ද ඇත්නම්, එය අමතර, වඩා අමාරු උදාහරණයක් ලෙස භාවිත වේ.</translation>
    </message>
    <message>
        <source>Questions with answers, search queries with documents, titles with texts: the usual choice for search and FAQ matching. Bigger batches help.</source>
        <translation>පිළිතුරු සහිත ප්‍රශ්න, ලේඛන සහිත සෙවුම් විමසුම්, පාඨ සහිත මාතෘකා: සෙවීම සහ නිති අසන ප්‍රශ්න (FAQ) ගැළපීම සඳහා සුපුරුදු තේරීම. විශාල කාණ්ඩ උපකාරී වේ.</translation>
    </message>
    <message>
        <source>Find the right answer among many (large batches, less memory)</source>
        <translation>බොහෝ පිළිතුරු අතරින් නිවැරදි එක සොයන්න (විශාල කාණ්ඩ, අඩු මතකය)</translation>
    </message>
    <message>
        <source>The same idea as &apos;Find the right answer among many&apos;, but it works through the batch in small pieces so that much bigger batches fit in memory. Bigger batches mean more wrong answers to learn from, which usually gives a better model. Training is somewhat slower.</source>
        <translation>&apos;බොහෝ පිළිතුරු අතරින් නිවැරදි එක සොයන්න&apos; හා සමාන අදහසයි, නමුත් එය කාණ්ඩය කුඩා කොටස් වශයෙන් සකසන නිසා වඩා විශාල කාණ්ඩ මතකයට ගැළපේ. විශාල කාණ්ඩ යනු ඉගෙන ගැනීමට වැඩි වැරදි පිළිතුරු ගණනක් වන අතර, එය සාමාන්‍යයෙන් වඩා හොඳ මාදිලියක් ලබා දෙයි. පුහුණුව තරමක් මන්දගාමී වේ.</translation>
    </message>
    <message>
        <source>Question/answer pairs when you want large batches (64 and more) on a computer with limited memory.</source>
        <translation>සීමිත මතකයක් ඇති පරිගණකයක විශාල කාණ්ඩ (64 සහ ඊට වැඩි) අවශ්‍ය විට, ප්‍රශ්න/පිළිතුරු යුගල සඳහා.</translation>
    </message>
    <message>
        <source>Match my similarity scores (ranking)</source>
        <translation>මගේ සමානකම් ලකුණුවලට ගළපන්න (අනුපිළිවෙල අනුව)</translation>
    </message>
    <message>
        <source>Learns from pairs of sentences that you scored for similarity (for example 0 to 5). The model learns to put the pairs in the same order as your scores: a pair you rated 4 should end up closer than a pair you rated 2. Only the order matters, so it copes well with scores that different people gave.</source>
        <translation>ඔබ සමානකම සඳහා ලකුණු දුන් වාක්‍ය යුගලවලින් ඉගෙන ගනී (උදාහරණයක් ලෙස 0 සිට 5). ඔබේ ලකුණුවල අනුපිළිවෙලටම යුගල පෙළගැස්වීමට මාදිලිය ඉගෙන ගනී: ඔබ 4 ලකුණු දුන් යුගලයක්, ඔබ 2 ලකුණු දුන් යුගලයකට වඩා ළං විය යුතුය. වැදගත් වන්නේ අනුපිළිවෙල පමණක් නිසා, විවිධ පුද්ගලයින් දුන් ලකුණු සමඟද එය හොඳින් ක්‍රියා කරයි.</translation>
    </message>
    <message>
        <source>Sentence pairs with a similarity score: the recommended choice.</source>
        <translation>සමානකම් ලකුණක් සහිත වාක්‍ය යුගල: නිර්දේශිත තේරීම.</translation>
    </message>
    <message>
        <source>Match my similarity scores (AnglE)</source>
        <translation>මගේ සමානකම් ලකුණුවලට ගළපන්න (AnglE)</translation>
    </message>
    <message>
        <source>Like &apos;Match my similarity scores (ranking)&apos;, it learns to order your scored pairs the way you scored them, but measures closeness by angle. It sometimes trains a little better when many pairs are almost the same.</source>
        <translation>&apos;මගේ සමානකම් ලකුණුවලට ගළපන්න (අනුපිළිවෙල අනුව)&apos; මෙන්ම, එය ඔබ ලකුණු දුන් යුගල ඔබ දුන් අනුපිළිවෙලටම පෙළගැස්වීමට ඉගෙන ගනී, නමුත් සමීපත්වය මනින්නේ කෝණය අනුවයි. බොහෝ යුගල බොහෝ දුරට එක සමාන වූ විට එය සමහර විට මඳක් හොඳින් පුහුණු වේ.</translation>
    </message>
    <message>
        <source>Scored sentence pairs, as an alternative to CoSENTLoss worth comparing.</source>
        <translation>ලකුණු සහිත වාක්‍ය යුගල; CoSENTLoss සමඟ සසඳා බැලීමට වටිනා විකල්පයක්.</translation>
    </message>
    <message>
        <source>Copy my similarity scores</source>
        <translation>මගේ සමානකම් ලකුණු එලෙසම පිටපත් කරන්න</translation>
    </message>
    <message>
        <source>Learns from pairs of sentences with a similarity score and tries to make the model&apos;s own similarity number equal to your score for every pair. It is the classic choice and easy to understand, but it treats your exact numbers as the truth, so uneven scoring hurts it more than the ranking losses.</source>
        <translation>සමානකම් ලකුණක් සහිත වාක්‍ය යුගලවලින් ඉගෙන ගන්නා අතර, සෑම යුගලයක් සඳහාම මාදිලියේම සමානකම් අගය ඔබේ ලකුණට සමාන කිරීමට උත්සාහ කරයි. එය සම්ප්‍රදායික තේරීම වන අතර තේරුම් ගැනීමට පහසුය, නමුත් එය ඔබේ නිශ්චිත අංක සත්‍යය ලෙස සලකන නිසා, නොගැළපෙන අයුරින් ලකුණු දීම, අනුපිළිවෙල මත පදනම් වූ ඉගෙනුම් ක්‍රමවලට වඩා මෙයට හානි කරයි.</translation>
    </message>
    <message>
        <source>Scored pairs when the exact score values are meaningful.</source>
        <translation>නිශ්චිත ලකුණු අගයන්ට අර්ථයක් ඇති විට, ලකුණු සහිත යුගල සඳහා.</translation>
    </message>
    <message>
        <source>Pull similar pairs together, push others apart</source>
        <translation>සමාන යුගල ළං කරන්න, අනෙක්වා ඈත් කරන්න</translation>
    </message>
    <message>
        <source>Learns from pairs of texts marked similar or not similar (1 or 0). Pairs marked similar are pulled close together; pairs marked not similar are pushed apart until they are far enough.</source>
        <translation>සමාන හෝ අසමාන (1 හෝ 0) ලෙස සලකුණු කළ පාඨ යුගලවලින් ඉගෙන ගනී. සමාන ලෙස සලකුණු කළ යුගල එකිනෙකට ළං කරනු ලැබේ; අසමාන ලෙස සලකුණු කළ යුගල ප්‍රමාණවත් දුරක් වන තෙක් ඈත් කරනු ලැබේ.</translation>
    </message>
    <message>
        <source>Duplicate detection with yes/no labels, e.g. &apos;are these two questions the same?&apos;.</source>
        <translation>ඔව්/නැත ලේබල සමඟ අනුපිටපත් හඳුනාගැනීම, උදා. &apos;මෙම ප්‍රශ්න දෙක එකමද?&apos;.</translation>
    </message>
    <message>
        <source>Learn from the hardest similar / not-similar pairs</source>
        <translation>වඩාත්ම අමාරු සමාන / අසමාන යුගලවලින් ඉගෙන ගන්න</translation>
    </message>
    <message>
        <source>Learns from pairs of texts marked similar or not similar, like &apos;Pull similar pairs together&apos;, but in each batch it concentrates on the pairs the model still gets wrong: similar pairs that look far apart and different pairs that look close. This usually trains better and faster.</source>
        <translation>&apos;සමාන යුගල ළං කරන්න&apos; මෙන්, සමාන හෝ අසමාන ලෙස සලකුණු කළ පාඨ යුගලවලින් ඉගෙන ගනී, නමුත් සෑම කාණ්ඩයකදීම (batch) එය අවධානය යොමු කරන්නේ මාදිලිය තවමත් වරදින යුගල කෙරෙහිය: ඈතින් පෙනෙන සමාන යුගල සහ ළඟින් පෙනෙන වෙනස් යුගල. මෙය සාමාන්‍යයෙන් වඩා හොඳින් සහ වේගයෙන් පුහුණු කරයි.</translation>
    </message>
    <message>
        <source>Pairs with a yes/no similarity label: the recommended choice.</source>
        <translation>ඔව්/නැත සමානකම් ලේබලයක් සහිත යුගල: නිර්දේශිත තේරීම.</translation>
    </message>
    <message>
        <source>Tell the relation of two sentences</source>
        <translation>වාක්‍ය දෙකක සම්බන්ධය හඳුනාගන්න</translation>
    </message>
    <message>
        <source>Learns from pairs of sentences that each carry one of a few classes, such as &apos;entailment&apos;, &apos;neutral&apos; and &apos;contradiction&apos;. The model learns to produce vectors from which the class of the pair can be told apart. This is how the first sentence-embedding models were trained on NLI data.</source>
        <translation>&apos;entailment&apos;, &apos;neutral&apos; සහ &apos;contradiction&apos; වැනි වර්ග (classes) කිහිපයකින් එකක් බැගින් ඇති වාක්‍ය යුගලවලින් ඉගෙන ගනී. යුගලයේ වර්ගය හඳුනාගත හැකි දෛශික (vectors) නිපදවීමට මාදිලිය ඉගෙන ගනී. මුල්ම වාක්‍ය දෛශික (sentence-embedding) මාදිලි NLI දත්ත මත පුහුණු කළේ මේ ආකාරයටයි.</translation>
    </message>
    <message>
        <source>Sentence pairs with three or more classes (NLI-style data).</source>
        <translation>වර්ග තුනක් හෝ වැඩි ගණනක් සහිත වාක්‍ය යුගල (NLI ආකාරයේ දත්ත).</translation>
    </message>
    <message>
        <source>Closer to the right text than to the wrong one</source>
        <translation>වැරදි පාඨයට වඩා නිවැරදි පාඨයට ළං</translation>
    </message>
    <message>
        <source>Learns from rows of three texts: a text, one that matches it and one that does not. The model learns to place the matching text closer than the non-matching one by a safe margin. Unlike &apos;Find the right answer among many&apos; it only uses the wrong text you wrote down.</source>
        <translation>පාඨ තුනක පේළිවලින් ඉගෙන ගනී: පාඨයක්, එයට ගැළපෙන එකක් සහ නොගැළපෙන එකක්. ගැළපෙන පාඨය, නොගැළපෙන පාඨයට වඩා ආරක්ෂිත පරතරයකින් ළං කර තැබීමට මාදිලිය ඉගෙන ගනී. &apos;බොහෝ පිළිතුරු අතරින් නිවැරදි එක සොයන්න&apos; මෙන් නොව, එය භාවිත කරන්නේ ඔබ ලියා දුන් වැරදි පාඨය පමණි.</translation>
    </message>
    <message>
        <source>Rows with a hand-picked wrong answer, when batches must stay small.</source>
        <translation>කාණ්ඩ කුඩාවට තබාගත යුතු විට, අතින් තෝරාගත් වැරදි පිළිතුරක් සහිත පේළි.</translation>
    </message>
    <message>
        <source>MatryoshkaLoss is an option on top of another loss, not a loss of its own.</source>
        <extracomment>The loss recommended for each shape.</extracomment>
        <translation>MatryoshkaLoss යනු වෙනත් ඉගෙනුම් ක්‍රමයක් (loss) මත එක් කරන විකල්පයකි; එය තනිවම ඉගෙනුම් ක්‍රමයක් නොවේ.</translation>
    </message>
    <message>
        <source>Pick a loss and add the Matryoshka option.</source>
        <translation>ඉගෙනුම් ක්‍රමයක් තෝරා Matryoshka විකල්පය එක් කරන්න.</translation>
    </message>
    <message>
        <source>There is no loss called &apos;{name}&apos;.</source>
        <translation>&apos;{name}&apos; නමින් ඉගෙනුම් ක්‍රමයක් (loss) නැත.</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>මේවායින් එකක් තෝරන්න: {choices}.</translation>
    </message>
    <message>
        <source>The data shape &apos;{shape}&apos; is not one training understands.</source>
        <translation>&apos;{shape}&apos; දත්ත හැඩය පුහුණුවට තේරුම් ගත නොහැක.</translation>
    </message>
    <message>
        <source>Expected one of: {shapes}.</source>
        <translation>අපේක්ෂා කළේ මේවායින් එකකි: {shapes}.</translation>
    </message>
    <message>
        <source>Matryoshka sizes must be between 1 and the model&apos;s vector size {model_dim}; got {sizes}.</source>
        <translation>Matryoshka ප්‍රමාණ 1 සහ මාදිලියේ දෛශික ප්‍රමාණය වන {model_dim} අතර විය යුතුය; ලැබුණේ {sizes}.</translation>
    </message>
    <message>
        <source>Use sizes such as {sizes}.</source>
        <translation>{sizes} වැනි ප්‍රමාණ භාවිත කරන්න.</translation>
    </message>
</context>
<context>
    <name>model_choice</name>
    <message>
        <source>Model</source>
        <translation>මාදිලිය</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>භාෂා</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ප්‍රමාණය</translation>
    </message>
    <message>
        <source>Vector size</source>
        <translation>දෛශික ප්‍රමාණය</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>වේගය</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>බලපත්‍රය</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>මෙම පරිගණකයේ</translation>
    </message>
    <message>
        <source>Fast on a laptop</source>
        <extracomment>The catalogue&apos;s speed classes in words (read in the current language).</extracomment>
        <translation>ලැප්ටොප් පරිගණකයක වුවද වේගවත්</translation>
    </message>
    <message>
        <source>Medium; a GPU helps</source>
        <translation>මධ්‍යම; GPU එකක් උපකාරී වේ</translation>
    </message>
    <message>
        <source>Slow without a GPU</source>
        <translation>GPU නැතිව මන්දගාමී</translation>
    </message>
    <message>
        <source>Once the model is on this computer, the app checks how well it knows the words of your texts.</source>
        <extracomment>Rows of the data looked at to find its languages (cheap: script ranges, no model). The validation warnings the Base model step shows (the rest belong to the Data step). What the step says before a check can run, and when one could not. (NOT_HERE_YET, NO_DATA_YET, CHECKING, CHECK_FAILED, ALL_WORDS_KNOWN: read as attributes of this module, they are in the current language.)</extracomment>
        <translation>මාදිලිය මෙම පරිගණකයට ලැබුණු පසු, ඔබේ පාඨවල වචන එය කෙතරම් හොඳින් දන්නේදැයි යෙදුම පරීක්ෂා කරයි.</translation>
    </message>
    <message>
        <source>Pick your data first: the app then checks how well this model knows its words.</source>
        <translation>පළමුව ඔබේ දත්ත තෝරන්න: ඉන්පසු මෙම මාදිලිය එහි වචන කෙතරම් හොඳින් දන්නේදැයි යෙදුම පරීක්ෂා කරයි.</translation>
    </message>
    <message>
        <source>Checking your texts with this model&apos;s vocabulary…</source>
        <translation>මෙම මාදිලියේ වචන මාලාවෙන් ඔබේ පාඨ පරීක්ෂා කරමින්…</translation>
    </message>
    <message>
        <source>The app could not read this model&apos;s vocabulary, so it could not check your texts. You can still train.</source>
        <translation>යෙදුමට මෙම මාදිලියේ වචන මාලාව කියවිය නොහැකි වූ නිසා ඔබේ පාඨ පරීක්ෂා කළ නොහැකි විය. ඔබට තවමත් පුහුණු කළ හැක.</translation>
    </message>
    <message>
        <source>This model knows the words of your texts.</source>
        <translation>මෙම මාදිලිය ඔබේ පාඨවල වචන දනී.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ඔව්</translation>
    </message>
    <message>
        <source>Download needed</source>
        <translation>බාගත කළ යුතුය</translation>
    </message>
    <message>
        <source>“{ref}” does not look like a Hugging Face id. Ids look like “organisation/model-name”.</source>
        <translation>“{ref}” Hugging Face හැඳුනුම් නාමයක් (id) මෙන් නොපෙනේ. හැඳුනුම් නාම “organisation/model-name” ආකාරයෙන් පෙනේ.</translation>
    </message>
    <message>
        <source>It makes vectors of {dimensions} numbers and reads up to {max_seq_length} tokens of each text.</source>
        <translation>එය සංඛ්‍යා {dimensions}කින් යුත් දෛශික සාදන අතර, එක් එක් පාඨයෙන් ටෝකන {max_seq_length}ක් දක්වා කියවයි.</translation>
    </message>
    <message>
        <source>It makes vectors of {dimensions} numbers.</source>
        <translation>එය සංඛ්‍යා {dimensions}කින් යුත් දෛශික සාදයි.</translation>
    </message>
    <message>
        <source>It reads up to {max_seq_length} tokens of each text.</source>
        <translation>එය එක් එක් පාඨයෙන් ටෝකන {max_seq_length}ක් දක්වා කියවයි.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#188038&apos;&gt;✔ On this computer.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#188038&apos;&gt;✔ මෙම පරිගණකයේ ඇත.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Not on this computer yet: download it first ({size}).</source>
        <translation>තවම මෙම පරිගණකයේ නැත: පළමුව එය බාගත කරන්න ({size}).</translation>
    </message>
    <message>
        <source>Not on this computer yet: download it first.</source>
        <translation>තවම මෙම පරිගණකයේ නැත: පළමුව එය බාගත කරන්න.</translation>
    </message>
    <message>
        <source>{done:,.0f} MB of {total:,.0f} MB</source>
        <translation>{total:,.0f} MB න් {done:,.0f} MB</translation>
    </message>
    <message>
        <source>{done:,.0f} MB</source>
        <translation>{done:,.0f} MB</translation>
    </message>
    <message>
        <source>For texts in Sinhala, Russian, Korean and about 90 other languages, download {model} ({size}, about {minutes} minutes at {speed:g} Mbit/s). The app keeps working with the models on this computer meanwhile.</source>
        <translation>සිංහල, රුසියානු, කොරියානු සහ තවත් භාෂා 90ක් පමණ පාඨ සඳහා, {model} බාගත කරන්න ({size}, {speed:g} Mbit/s වේගයෙන් මිනිත්තු {minutes}ක් පමණ). මේ අතරතුර යෙදුම මෙම පරිගණකයේ ඇති මාදිලි සමඟ දිගටම ක්‍රියා කරයි.</translation>
    </message>
    <message>
        <source>Words and signs it does not know: &lt;b&gt;{share:.0%}&lt;/b&gt; of your text.</source>
        <translation>එය නොදන්නා වචන සහ සංකේත: ඔබේ පාඨයෙන් &lt;b&gt;{share:.0%}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>“{column}”: {mean:g} tokens on average, longest {longest} (it reads {limit}); {over:.0%} are cut short.</source>
        <translation>“{column}”: සාමාන්‍යයෙන් ටෝකන {mean:g}, දිගම එක {longest} (එය කියවන්නේ {limit}); {over:.0%}ක් කෙටි කරනු ලැබේ.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Checked on {sampled:,} of {total:,} rows.&lt;/i&gt;</source>
        <translation>&lt;i&gt;පරීක්ෂා කළේ පේළි {total:,}න් {sampled:,}ක් මත.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Checked.</source>
        <translation>පරීක්ෂා කරන ලදී.</translation>
    </message>
    <message>
        <source>Your texts are in {missing}, which {chosen} was not trained on, so the app chose {model} instead: it knows {names} and {cost}.</source>
        <translatorcomment>{cost} is filled by catalog_models texts (&apos;is already on this computer&apos; / &apos;is a {size} download…&apos;, other half, chunk-05); I assumed they are translated as full clauses usable after &apos;එය&apos;. Check the joined sentence.</translatorcomment>
        <translation type="unfinished">ඔබේ පාඨ {missing} භාෂාවෙන් ඇත; {chosen} ඒවා මත පුහුණු කර නැති නිසා යෙදුම ඒ වෙනුවට {model} තෝරා ගත්තේය: එය {names} දනී, සහ {cost}.</translation>
    </message>
    <message>
        <source>{model} was not trained on {missing}. </source>
        <translation>{model} මාදිලිය {missing} මත පුහුණු කර නැත. </translation>
    </message>
    <message>
        <source>Better for your texts: {model}, which knows {names} and {cost}.</source>
        <translatorcomment>{cost} is filled by catalog_models texts (&apos;is already on this computer&apos; / &apos;is a {size} download…&apos;, other half, chunk-05); I assumed they are translated as full clauses usable after &apos;එය&apos;. Check the joined sentence.</translatorcomment>
        <translation type="unfinished">ඔබේ පාඨ සඳහා වඩා හොඳ: {model} — එය {names} දනී, සහ {cost}.</translation>
    </message>
    <message>
        <source>Better for your texts: {model}, which {cost}.</source>
        <translatorcomment>{cost} is filled by catalog_models texts (&apos;is already on this computer&apos; / &apos;is a {size} download…&apos;, other half, chunk-05); I assumed they are translated as full clauses usable after &apos;එය&apos;. Check the joined sentence.</translatorcomment>
        <translation type="unfinished">ඔබේ පාඨ සඳහා වඩා හොඳ: {model} — එය {cost}.</translation>
    </message>
</context>
<context>
    <name>model_export</name>
    <message>
        <source>A standard file that many programs and languages can run (Python, C#, Java, JavaScript, C++) with ONNX Runtime, without PyTorch. Gives the same vectors as the original model and is usually faster on a CPU. Pick this if unsure.</source>
        <extracomment>The file that marks a folder as an export this app wrote (the only kind it may replace). The report written into every exported folder. Pip names of the add-on packages the export needs (the ``export`` extra in pyproject.toml). How users install the add-on outside the GUI. Texts used for the check when the model has no held-out rows and the caller gives none.</extracomment>
        <translation>බොහෝ වැඩසටහන් සහ භාෂාවලින් (Python, C#, Java, JavaScript, C++) PyTorch නොමැතිව ONNX Runtime සමඟ ධාවනය කළ හැකි සම්මත ගොනුවකි. මුල් මාදිලිය දෙන දෛශිකම ලබා දෙන අතර සාමාන්‍යයෙන් CPU එකක වඩා වේගවත්ය. විශ්වාස නැත්නම් මෙය තෝරන්න.</translation>
    </message>
    <message>
        <source>ONNX, smaller and faster (int8)</source>
        <translation>ONNX, කුඩා සහ වේගවත් (int8)</translation>
    </message>
    <message>
        <source>The ONNX file with most numbers stored as small integers: a smaller file and faster on most CPUs, with vectors that differ slightly from the original (the check below says how much). Good for servers and laptops without a GPU.</source>
        <translation>බොහෝ සංඛ්‍යා කුඩා පූර්ණ සංඛ්‍යා (integers) ලෙස ගබඩා කළ ONNX ගොනුව: කුඩා ගොනුවක් වන අතර බොහෝ CPU වල වඩා වේගවත්ය; දෛශික මුල් මාදිලියේ ඒවාට වඩා මඳක් වෙනස් වේ (කොපමණදැයි පහත පරීක්ෂාවෙන් කියැවේ). GPU නැති සේවාදායක (servers) සහ ලැප්ටොප් සඳහා හොඳයි.</translation>
    </message>
    <message>
        <source>Intel&apos;s engine for CPUs and Intel graphics. Often the fastest choice on Intel computers; the file stores its numbers at half size (16-bit) and gives the same vectors as the original model.</source>
        <translation>CPU සහ Intel ග්‍රැෆික්ස් සඳහා Intel ආයතනයේ එන්ජිම. Intel පරිගණකවල බොහෝ විට වේගවත්ම තේරීම මෙයයි; ගොනුව එහි සංඛ්‍යා අඩක් ප්‍රමාණයෙන් (16-bit) ගබඩා කරන අතර මුල් මාදිලිය දෙන දෛශිකම ලබා දෙයි.</translation>
    </message>
    <message>
        <source>Exporting to {format} needs an add-on that is not installed ({packages}).</source>
        <translation>{format} ලෙස අපනයනය (export) කිරීමට, ස්ථාපනය කර නැති අමතර කොටසක් (add-on) අවශ්‍යයි ({packages}).</translation>
    </message>
    <message>
        <source>Install it with: {command}</source>
        <translation>එය මෙසේ ස්ථාපනය කරන්න: {command}</translation>
    </message>
    <message>
        <source>The exported model&apos;s vectors differ from the original&apos;s more than they should (mean cosine similarity {mean:.3f}, below {threshold}). Use the original model, or another format.</source>
        <extracomment>The report&apos;s note when the export&apos;s vectors differ too much (English in the report; see :meth:`ExportReport.shown_notes`).</extracomment>
        <translation>අපනයනය කළ මාදිලියේ දෛශික, මුල් මාදිලියේ දෛශිකවලින් විය යුතු ප්‍රමාණයට වඩා වෙනස් වේ (සාමාන්‍ය cosine සමානකම {mean:.3f}, එය {threshold} ට අඩුයි). මුල් මාදිලිය හෝ වෙනත් ආකෘතියක් භාවිත කරන්න.</translation>
    </message>
    <message>
        <source>given texts</source>
        <extracomment>Where the checked texts came from (English in the report; see :meth:`ExportReport.shown_source`).</extracomment>
        <translation>ඔබ දුන් පාඨ</translation>
    </message>
    <message>
        <source>held-out rows</source>
        <translation>පරීක්ෂාවට වෙන් කළ පේළි</translation>
    </message>
    <message>
        <source>built-in samples</source>
        <translation>යෙදුමේ ඇති නියැදි පාඨ</translation>
    </message>
    <message>
        <source>There is no export format called &apos;{name}&apos;.</source>
        <translation>&apos;{name}&apos; නමින් අපනයන ආකෘතියක් නැත.</translation>
    </message>
    <message>
        <source>Pick one of: {names}.</source>
        <translation>මේවායින් එකක් තෝරන්න: {names}.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} ගොනුවකි, ෆෝල්ඩරයක් නොවේ.</translation>
    </message>
    <message>
        <source>Choose a new folder name.</source>
        <translation>නව ෆෝල්ඩර නාමයක් තෝරන්න.</translation>
    </message>
    <message>
        <source>The export cannot go into the model&apos;s own folder (or a folder around it).</source>
        <translation>අපනයනය මාදිලියේම ෆෝල්ඩරයට (හෝ එය අඩංගු ෆෝල්ඩරයකට) දැමිය නොහැක.</translation>
    </message>
    <message>
        <source>Choose a separate, new folder for the export.</source>
        <translation>අපනයනය සඳහා වෙනම, නව ෆෝල්ඩරයක් තෝරන්න.</translation>
    </message>
    <message>
        <source>The folder {folder} already exists and was not written by an export of this app.</source>
        <translation>{folder} ෆෝල්ඩරය දැනටමත් පවතින අතර එය මෙම යෙදුමේ අපනයනයකින් ලියූවක් නොවේ.</translation>
    </message>
    <message>
        <source>Choose a new folder name; the app never replaces folders it did not write.</source>
        <translation>නව ෆෝල්ඩර නාමයක් තෝරන්න; යෙදුම තමන් ලියා නැති ෆෝල්ඩර කිසිදා ප්‍රතිස්ථාපනය නොකරයි.</translation>
    </message>
    <message>
        <source>The folder {folder} already holds an export.</source>
        <translation>{folder} ෆෝල්ඩරයේ දැනටමත් අපනයනයක් ඇත.</translation>
    </message>
    <message>
        <source>Choose another name, or allow replacing it.</source>
        <translation>වෙනත් නමක් තෝරන්න, නැතහොත් එය ප්‍රතිස්ථාපනය කිරීමට ඉඩ දෙන්න.</translation>
    </message>
    <message>
        <source>There is no model folder at {path}.</source>
        <translation>{path} හි මාදිලි ෆෝල්ඩරයක් නැත.</translation>
    </message>
    <message>
        <source>Pick the folder of a trained model.</source>
        <translation>පුහුණු කළ මාදිලියක ෆෝල්ඩරය තෝරන්න.</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>මාදිලිය පූරණය කරමින්…</translation>
    </message>
    <message>
        <source>Writing the model as {format}…</source>
        <translation>මාදිලිය {format} ලෙස ලියමින්…</translation>
    </message>
    <message>
        <source>Checking that the export gives the same vectors…</source>
        <translation>අපනයනය එකම දෛශික ලබා දෙන්නේදැයි පරීක්ෂා කරමින්…</translation>
    </message>
    <message>
        <source>Measuring the speed on this computer&apos;s processor…</source>
        <translation>මෙම පරිගණකයේ ප්‍රොසෙසරයේ වේගය මනිමින්…</translation>
    </message>
    <message>
        <source>Saving to {folder}…</source>
        <translation>{folder} වෙත සුරකිමින්…</translation>
    </message>
    <message>
        <source>The folder {folder} appeared while exporting.</source>
        <translation>අපනයනය කරමින් සිටියදී {folder} ෆෝල්ඩරය අලුතින් ඇති විය.</translation>
    </message>
    <message>
        <source>The export could not be written to {folder} ({error}).</source>
        <translation>අපනයනය {folder} වෙත ලිවිය නොහැකි විය ({error}).</translation>
    </message>
    <message>
        <source>Check that the folder is writable and the disk has free space.</source>
        <translation>ෆෝල්ඩරයට ලිවිය හැකිදැයි සහ තැටියේ නිදහස් ඉඩ ඇත්දැයි පරීක්ෂා කරන්න.</translation>
    </message>
    <message>
        <source>This model could not be converted ({error}).</source>
        <translation>මෙම මාදිලිය පරිවර්තනය කළ නොහැකි විය ({error}).</translation>
    </message>
    <message>
        <source>Models with unusual architectures may not export; the original model folder still works in the app and with sentence-transformers.</source>
        <translation>අසාමාන්‍ය ව්‍යුහයන් (architectures) ඇති මාදිලි අපනයනය නොවිය හැක; මුල් මාදිලි ෆෝල්ඩරය තවමත් යෙදුම තුළ සහ sentence-transformers සමඟ ක්‍රියා කරයි.</translation>
    </message>
</context>
<context>
    <name>package</name>
    <message>
        <source>The data file {path} named in the configuration does not exist.</source>
        <extracomment>The file that marks a folder as a package this app wrote (the only kind it may replace). The app&apos;s data folder inside a package (EMBEDTUNE_HOME on the server): its models/ holds the base model when the configuration names it by its Hub id. Packages of the app&apos;s own dependencies a training server does not need (GUI, bundled model).</extracomment>
        <translation>සැකසුම් ගොනුවේ (configuration) සඳහන් {path} දත්ත ගොනුව නොපවතී.</translation>
    </message>
    <message>
        <source>Open the configuration in the app and pick the file again.</source>
        <translation>සැකසුම් ගොනුව යෙදුමෙන් ඇර ගොනුව නැවත තෝරන්න.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} ගොනුවකි, ෆෝල්ඩරයක් නොවේ.</translation>
    </message>
    <message>
        <source>Choose a new folder name.</source>
        <translation>නව ෆෝල්ඩර නාමයක් තෝරන්න.</translation>
    </message>
    <message>
        <source>The folder {folder} already exists and was not written by this app.</source>
        <translation>{folder} ෆෝල්ඩරය දැනටමත් පවතින අතර එය මෙම යෙදුම විසින් ලියූවක් නොවේ.</translation>
    </message>
    <message>
        <source>Choose a new folder name; the app never replaces folders it did not write.</source>
        <translation>නව ෆෝල්ඩර නාමයක් තෝරන්න; යෙදුම තමන් ලියා නැති ෆෝල්ඩර කිසිදා ප්‍රතිස්ථාපනය නොකරයි.</translation>
    </message>
    <message>
        <source>The folder {folder} already holds a packed run.</source>
        <translatorcomment>&apos;packed run&apos; rendered as &apos;packed training run&apos; (ඇසුරුම් කළ පුහුණු වාරය); check the term for packing a run into a folder.</translatorcomment>
        <translation type="unfinished">{folder} ෆෝල්ඩරයේ දැනටමත් ඇසුරුම් කළ පුහුණු වාරයක් ඇත.</translation>
    </message>
    <message>
        <source>Choose another name, or allow replacing it.</source>
        <translation>වෙනත් නමක් තෝරන්න, නැතහොත් එය ප්‍රතිස්ථාපනය කිරීමට ඉඩ දෙන්න.</translation>
    </message>
    <message>
        <source>The configuration names no training file.</source>
        <translation>සැකසුම් ගොනුවේ පුහුණු ගොනුවක් සඳහන් කර නැත.</translation>
    </message>
    <message>
        <source>Pick a spreadsheet in the app first.</source>
        <translation>පළමුව යෙදුම තුළ පැතුරුම්පතක් තෝරන්න.</translation>
    </message>
    <message>
        <source>The folder {folder} appeared while packing.</source>
        <translation>ඇසුරුම් කරමින් සිටියදී {folder} ෆෝල්ඩරය අලුතින් ඇති විය.</translation>
    </message>
    <message>
        <source>The folder {folder} could not be written ({error}).</source>
        <translation>{folder} ෆෝල්ඩරය ලිවිය නොහැකි විය ({error}).</translation>
    </message>
    <message>
        <source>Check that the place is writable and the disk has free space.</source>
        <translation>එම ස්ථානයට ලිවිය හැකිදැයි සහ තැටියේ නිදහස් ඉඩ ඇත්දැයි පරීක්ෂා කරන්න.</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source>All {rows:,} rows train; the separate file measures the result.</source>
        <translation>සියලු පේළි {rows:,}ම පුහුණුවට යයි; ප්‍රතිඵලය මනින්නේ වෙනම ගොනුවෙනි.</translation>
    </message>
    <message>
        <source>All {rows:,} rows train.</source>
        <translation>සියලු පේළි {rows:,}ම පුහුණුවට යයි.</translation>
    </message>
    <message>
        <source>All {rows:,} rows train. {note}</source>
        <translation>සියලු පේළි {rows:,}ම පුහුණුවට යයි. {note}</translation>
    </message>
    <message>
        <source>{train:,} rows train, {held:,} are kept apart to measure the result.</source>
        <translation>පේළි {train:,}ක් පුහුණුවට යයි; ප්‍රතිඵලය මැනීමට {held:,}ක් වෙන් කර තබයි.</translation>
    </message>
    <message>
        <source>Nothing is kept apart, so the result is not measured.</source>
        <translation>කිසිවක් වෙන් කර නොතබන නිසා ප්‍රතිඵලය මනිනු නොලැබේ.</translation>
    </message>
    <message>
        <source>With under {min_rows} rows every row is needed to learn, so there is no independent measure of the result: try the trained model on a few sentences of your own in the Playground.</source>
        <translation>පේළි {min_rows} ට අඩු විට ඉගෙනීමට සෑම පේළියක්ම අවශ්‍ය වන නිසා ප්‍රතිඵලයේ ස්වාධීන මිනුමක් නැත: පුහුණු කළ මාදිලිය අත්හදා බැලීම (Playground) තුළ ඔබේම වාක්‍ය කිහිපයකින් උත්සාහ කර බලන්න.</translation>
    </message>
    <message>
        <source>Batch {batch} and learning rate {rate:g} (a smaller rate for a large model).</source>
        <translation>කාණ්ඩය {batch} සහ ඉගෙනුම් වේගය {rate:g} (විශාල මාදිලියක් සඳහා අඩු වේගයක්).</translation>
    </message>
    <message>
        <source>Batch {batch} and learning rate {rate:g}.</source>
        <translation>කාණ්ඩය {batch} සහ ඉගෙනුම් වේගය {rate:g}.</translation>
    </message>
    <message>
        <source>1 pass over the {rows:,} rows (more would not fit in {minutes:.0f} minutes).</source>
        <translation>පේළි {rows:,} හරහා වට 1ක් (ඊට වැඩි ගණනක් මිනිත්තු {minutes:.0f} තුළ ගැළපෙන්නේ නැත).</translation>
    </message>
    <message>
        <source>{passes} passes over the {rows:,} rows (more would not fit in {minutes:.0f} minutes).</source>
        <translation>පේළි {rows:,} හරහා වට {passes}ක් (ඊට වැඩි ගණනක් මිනිත්තු {minutes:.0f} තුළ ගැළපෙන්නේ නැත).</translation>
    </message>
    <message>
        <source>{passes} passes over the {rows:,} rows (smaller files need more).</source>
        <translation>පේළි {rows:,} හරහා වට {passes}ක් (කුඩා ගොනුවලට වැඩි වට ගණනක් අවශ්‍යයි).</translation>
    </message>
    <message>
        <source>Automatic settings: batch 16 (32 for question/answer pairs on a GPU), learning rate 5e-5 (2e-5 for models over 150M weights), warm-up over the first 10% of steps, and more passes for smaller files (10 under 100 rows, 6 under 1,000, 4 under 5,000, 2 under 20,000, then 1), fewer if the passes would not fit the time budget (30 minutes unless you set one). 10% of the rows (at least 10) are kept apart to measure the model, except below 30 rows where every row trains. The model is measured on those rows during training; the end of training is kept unless an earlier moment was clearly better there.</source>
        <extracomment>Below this many rows, every row trains and nothing is held out (a handful of held-out rows measures nothing reliable, and each row matters for learning). A held-out share never keeps fewer rows than this apart. Held-out rows used at most (measuring stays quick during training). The time a run may take by default, in seconds, when sizing the number of passes. Rough training speed (examples a second) of a small model (~22M weights) per device; used only to keep the automatic number of passes inside the time budget. Weights of the model the rough speeds above were taken with. Evaluations during a run at most (each one embeds the held-out rows). What ``automatic`` means, in words (``train --help`` and the Settings page show it).</extracomment>
        <translatorcomment>New in round 7 (which moment of a run is kept); written by a non-native speaker from the glossary: please review.</translatorcomment>
        <translation type="unfinished">ස්වයංක්‍රීය සැකසුම්: කාණ්ඩය (batch) 16 (GPU එකක ප්‍රශ්න/පිළිතුරු යුගල සඳහා 32), ඉගෙනුම් වේගය (learning rate) 5e-5 (බර (weights) මිලියන 150 ට වැඩි මාදිලි සඳහා 2e-5), පළමු පියවරවලින් 10% පුරා සෙමින් ආරම්භය (warm-up), සහ කුඩා ගොනු සඳහා වැඩි වට (epoch) ගණනක් (පේළි 100 ට අඩු නම් 10, 1,000 ට අඩු නම් 6, 5,000 ට අඩු නම් 4, 20,000 ට අඩු නම් 2, ඉන්පසු 1); එම වට ගණන කාල සීමාවට (ඔබ වෙනත් එකක් නියම නොකළහොත් මිනිත්තු 30) නොගැළපේ නම් ඊට අඩුවෙන්. මාදිලිය මැනීමට පේළිවලින් 10% (අවම වශයෙන් 10) වෙන් කර තබනු ලැබේ; පේළි 30 ට අඩු නම් සෑම පේළියක්ම පුහුණුවට යයි. පුහුණුව අතරතුර එම පේළි මත මාදිලිය මනිනු ලැබේ; කලින් අවස්ථාවක් එහිදී පැහැදිලිවම වඩා හොඳ නොවූයේ නම්, පුහුණුවේ අවසාන මාදිලිය තබා ගනු ලැබේ.</translation>
    </message>
    <message>
        <source>The model is measured on the {held:,} held-out rows every {every} steps; an earlier moment replaces the end only if it was clearly better.</source>
        <translatorcomment>New in round 7 (which moment of a run is kept); written by a non-native speaker from the glossary: please review.</translatorcomment>
        <translation type="unfinished">සෑම පියවර {every}කට වරක් පරීක්ෂාවට වෙන් කළ පේළි {held:,} මත මාදිලිය මනිනු ලැබේ; කලින් අවස්ථාවක් අවසානය වෙනුවට තබා ගනු ලබන්නේ එය පැහැදිලිවම වඩා හොඳ නම් පමණි.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimated training time: {duration}&lt;/b&gt; for {steps:,} steps (an estimate, based on the speed measured on your last run with this model). Loading the model and checking quality before and after add a little.</source>
        <extracomment>The config fields :func:`apply_plan` fills. Seconds of one CPU training step of 16 examples of 64 tokens with a ~90 MB model (all-MiniLM-L6-v2 on this project&apos;s two shared cores); other sizes scale from it. A GPU is assumed this many times faster than the CPU. The model size (MB) the assumed step time was measured with. The file in the app&apos;s data folder that remembers measured training speeds.</extracomment>
        <translation>&lt;b&gt;ඇස්තමේන්තුගත පුහුණු කාලය: {duration}&lt;/b&gt;, පියවර {steps:,} සඳහා (මෙම මාදිලිය සමඟ ඔබේ අවසන් වාරයේදී මැනූ වේගය මත පදනම් වූ ඇස්තමේන්තුවකි). මාදිලිය පූරණය කිරීමට සහ පෙර හා පසු ගුණාත්මකභාවය පරීක්ෂා කිරීමට තව මඳ කාලයක් ගතවේ.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimated training time: {duration}&lt;/b&gt; for {steps:,} steps (an estimate, assumed for a model of this size on this device; your first run measures it). Loading the model and checking quality before and after add a little.</source>
        <translation>&lt;b&gt;ඇස්තමේන්තුගත පුහුණු කාලය: {duration}&lt;/b&gt;, පියවර {steps:,} සඳහා (මෙම උපාංගයේ මෙම ප්‍රමාණයේ මාදිලියක් සඳහා උපකල්පනය කළ ඇස්තමේන්තුවකි; ඔබේ පළමු වාරයේදී එය මනිනු ලැබේ). මාදිලිය පූරණය කිරීමට සහ පෙර හා පසු ගුණාත්මකභාවය පරීක්ෂා කිරීමට තව මඳ කාලයක් ගතවේ.</translation>
    </message>
    <message>
        <source>about {seconds} seconds</source>
        <translation>තත්පර {seconds}ක් පමණ</translation>
    </message>
    <message>
        <source>about 1 minute</source>
        <translation>මිනිත්තු 1ක් පමණ</translation>
    </message>
    <message>
        <source>about {minutes} minutes</source>
        <translation>මිනිත්තු {minutes}ක් පමණ</translation>
    </message>
    <message>
        <source>about 1 hour {minutes} minutes</source>
        <translation>පැය 1යි මිනිත්තු {minutes}ක් පමණ</translation>
    </message>
    <message>
        <source>about {hours} hours {minutes} minutes</source>
        <translation>පැය {hours}යි මිනිත්තු {minutes}ක් පමණ</translation>
    </message>
    <message>
        <source>a graphics card (GPU)</source>
        <translation>ග්‍රැෆික් කාඩ්පතක් (GPU)</translation>
    </message>
    <message>
        <source>Apple&apos;s GPU</source>
        <translation>Apple හි GPU</translation>
    </message>
    <message>
        <source>this computer&apos;s processor (CPU)</source>
        <translation>මෙම පරිගණකයේ ප්‍රොසෙසරය (CPU)</translation>
    </message>
    <message>
        <source>Choose your data first; the suggestions depend on how many rows it has.</source>
        <translation>පළමුව ඔබේ දත්ත තෝරන්න; යෝජනා රඳා පවතින්නේ එහි පේළි කීයක් තිබේද යන්න මතයි.</translation>
    </message>
    <message>
        <source>Suggested for &lt;b&gt;{rows:,}&lt;/b&gt; training rows on {device}.</source>
        <translation>{device} මත පුහුණු පේළි &lt;b&gt;{rows:,}&lt;/b&gt; සඳහා යෝජිතයි.</translation>
    </message>
    <message>
        <source>Suggested for &lt;b&gt;{rows:,}&lt;/b&gt; training rows on {device} (checking for a graphics card…).</source>
        <translation>{device} මත පුහුණු පේළි &lt;b&gt;{rows:,}&lt;/b&gt; සඳහා යෝජිතයි (ග්‍රැෆික් කාඩ්පතක් තිබේදැයි පරීක්ෂා කරමින්…).</translation>
    </message>
</context>
<context>
    <name>playground</name>
    <message>
        <source>සිංහල Sinhala</source>
        <extracomment>Example sets offered as buttons: (button text, file in resources/examples).</extracomment>
        <translatorcomment>Language picker shows native name + UI-language name; in a Sinhala UI both are &apos;සිංහල&apos;, so written once.</translatorcomment>
        <translation type="unfinished">සිංහල</translation>
    </message>
    <message>
        <source>Русский Russian</source>
        <translation>Русский රුසියානු</translation>
    </message>
    <message>
        <source>한국어 Korean</source>
        <translation>한국어 කොරියානු</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English ඉංග්‍රීසි</translation>
    </message>
    <message>
        <source>Difference (second − first)</source>
        <extracomment>Most sentences shown in one matrix (a 100x100 matrix is already hard to read). Most rows of a data set searched. Sentences taken from the data set when compare mode opens with an empty box. Title of the difference matrix (second model minus first).</extracomment>
        <translation>වෙනස (දෙවැන්න − පළමුවැන්න)</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <extracomment>What each export kind is called in a save dialog.</extracomment>
        <translation>PNG පින්තූරය (*.png)</translation>
    </message>
    <message>
        <source>SVG picture (*.svg)</source>
        <translation>SVG පින්තූරය (*.svg)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV ගොනුව (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel වැඩපොත (*.xlsx)</translation>
    </message>
    <message>
        <source>Loading {model}… (the first model takes a few seconds)</source>
        <translation>{model} පූරණය කරමින්… (පළමු මාදිලියට තත්පර කිහිපයක් ගතවේ)</translation>
    </message>
    <message>
        <source>Downloading {model}: {done:.0f} of {total:.0f} MB…</source>
        <translation>{model} බාගත කරමින්: {done:.0f} / {total:.0f} MB…</translation>
    </message>
    <message>
        <source>{rows}×{columns} matrix in {ms:.0f} ms. Only the first {most} lines of a list are shown.</source>
        <translation>{rows}×{columns} වගුව {ms:.0f} ms කින් ගණනය කරන ලදී. ලැයිස්තුවක පළමු පේළි {most} පමණක් පෙන්වා ඇත.</translation>
    </message>
    <message>
        <source>{rows}×{columns} matrix in {ms:.0f} ms.</source>
        <translation>{rows}×{columns} වගුව {ms:.0f} ms කින් ගණනය කරන ලදී.</translation>
    </message>
    <message>
        <source>Similarity: {first:.3f} → {second:.3f} with the second model ({difference:+.3f})</source>
        <translation>සමානකම: {first:.3f} → දෙවන මාදිලිය සමඟ {second:.3f} ({difference:+.3f})</translation>
    </message>
    <message>
        <source>Similarity: {first:.3f}</source>
        <translation>සමානකම: {first:.3f}</translation>
    </message>
    <message>
        <source>Searching {count:,} texts from {name}.</source>
        <translation>{name} හි පාඨ {count:,} තුළ සොයයි.</translation>
    </message>
    <message>
        <source>Searching the pasted list below. Import a data set on the Train tab to search it.</source>
        <translatorcomment>&apos;Train tab&apos; named after the other half&apos;s &apos;&amp;Train&apos; = &apos;පුහුණු කරන්න (&amp;T)&apos;; check it matches the actual tab label.</translatorcomment>
        <translation type="unfinished">පහත ඇලවූ ලැයිස්තුව තුළ සොයයි. දත්ත කට්ටලයක් තුළ සෙවීමට, එය &apos;පුහුණු කරන්න&apos; ටැබයේ ආයාත කරන්න.</translation>
    </message>
    <message>
        <source>Reading {count:,} texts for search (once)…</source>
        <translation>සෙවීම සඳහා පාඨ {count:,} කියවමින් (එක් වරක් පමණි)…</translation>
    </message>
    <message>
        <source>Searched with {model} in {ms:.0f} ms.</source>
        <translation>{model} සමඟ {ms:.0f} ms කින් සොයන ලදී.</translation>
    </message>
    <message>
        <source>{verdicts} Its similarity scores for these sentences mean little.</source>
        <translation>{verdicts} මෙම වාක්‍ය සඳහා එහි සමානකම් ලකුණුවලින් වැඩි අර්ථයක් නැත.</translation>
    </message>
    <message>
        <source>{advice} Try {model}: it knows {languages} and {cost}.</source>
        <translatorcomment>{cost} is filled by catalog_models texts (&apos;is already on this computer&apos; / &apos;is a {size} download…&apos;, other half, chunk-05); I assumed they are translated as full clauses usable after &apos;එය&apos;. Check the joined sentence.</translatorcomment>
        <translation type="unfinished">{advice} {model} උත්සාහ කර බලන්න: එය {languages} දනී, සහ {cost}.</translation>
    </message>
    <message>
        <source>Use {model}</source>
        <translation>{model} භාවිත කරන්න</translation>
    </message>
</context>
<context>
    <name>plotting</name>
    <message>
        <source>change (after − before)</source>
        <extracomment>Fixed colour scale of a similarity map. Fixed colour scale of a difference map (after minus before).</extracomment>
        <translation>වෙනස (පසු − පෙර)</translation>
    </message>
    <message>
        <source>cosine similarity</source>
        <translation>cosine සමානකම</translation>
    </message>
    <message>
        <source>evaluation score</source>
        <extracomment>Colours of the two curves (matplotlib&apos;s default blue and orange, readable when printed). The file name of the saved plot inside a trained model&apos;s folder.</extracomment>
        <translation>ඇගයීම් ලකුණ</translation>
    </message>
    <message>
        <source>Spearman correlation</source>
        <translation>Spearman සහසම්බන්ධය</translation>
    </message>
    <message>
        <source>Pearson correlation</source>
        <translation>Pearson සහසම්බන්ධය</translation>
    </message>
    <message>
        <source>right answer first</source>
        <translation>නිවැරදි පිළිතුර පළමුවෙන්</translation>
    </message>
    <message>
        <source>average precision</source>
        <translation>සාමාන්‍ය නිරවද්‍යතාව (average precision)</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>නිවැරදිතාව (accuracy)</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>පුහුණු දෝෂ අගය (loss)</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>පුහුණු පියවර</translation>
    </message>
    <message>
        <source>training loss (lower is better)</source>
        <translation>පුහුණු දෝෂ අගය (අඩු වීම වඩා හොඳයි)</translation>
    </message>
    <message>
        <source>The loss curve appears here once training starts.</source>
        <translation>පුහුණුව ආරම්භ වූ පසු දෝෂ අගය (loss) වක්‍රය මෙහි දිස්වේ.</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>ඇගයීම</translation>
    </message>
    <message>
        <source>{metric} (higher is better)</source>
        <translation>{metric} (වැඩි වීම වඩා හොඳයි)</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>පුහුණු දෝෂ අගය</translation>
    </message>
</context>
<context>
    <name>project</name>
    <message>
        <source>Could not save the project to {path} ({error}).</source>
        <extracomment>The suffix of project files (registered by the installers as the app&apos;s document type). What the ``format`` key of every project file says. Bumped when the file layout changes incompatibly. Config fields that always hold file or folder paths.</extracomment>
        <translation>ව්‍යාපෘතිය {path} වෙත සුරැකිය නොහැකි විය ({error}).</translation>
    </message>
    <message>
        <source>Pick another folder, or check that the disk is not full.</source>
        <translation>වෙනත් ෆෝල්ඩරයක් තෝරන්න, නැතහොත් තැටිය පිරී නැතිදැයි පරීක්ෂා කරන්න.</translation>
    </message>
    <message>
        <source>{name} is not a project file of this app.</source>
        <translation>{name} මෙම යෙදුමේ ව්‍යාපෘති ගොනුවක් නොවේ.</translation>
    </message>
    <message>
        <source>Pick a file ending in {suffix} saved by this app.</source>
        <translation>මෙම යෙදුමෙන් සුරැකූ, {suffix} වලින් අවසන් වන ගොනුවක් තෝරන්න.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {problem}.</source>
        <translation>{name} ඇරිය නොහැක: {problem}.</translation>
    </message>
    <message>
        <source>Fix or remove that part of the file, or pick a project saved by this app.</source>
        <translation>ගොනුවේ එම කොටස නිවැරදි කරන්න හෝ ඉවත් කරන්න, නැතහොත් මෙම යෙදුමෙන් සුරැකූ ව්‍යාපෘතියක් තෝරන්න.</translation>
    </message>
    <message>
        <source>the setting &apos;relative_paths&apos; should be a list of named paths</source>
        <translation>&apos;relative_paths&apos; සැකසුම නම් කළ මාර්ග (paths) ලැයිස්තුවක් විය යුතුය</translation>
    </message>
    <message>
        <source>&apos;relative_paths&apos; names an unknown setting &apos;{name}&apos;</source>
        <translation>&apos;relative_paths&apos; හි &apos;{name}&apos; නමින් නොදන්නා සැකසුමක් සඳහන් වේ</translation>
    </message>
    <message>
        <source>the relative path of &apos;{name}&apos; is not a clean piece of text</source>
        <translation>&apos;{name}&apos; හි සාපේක්ෂ මාර්ගය (relative path) පිරිසිදු පාඨයක් නොවේ</translation>
    </message>
    <message>
        <source>{name} is not a project file of this app (too large, or not an ordinary file).</source>
        <translation>{name} මෙම යෙදුමේ ව්‍යාපෘති ගොනුවක් නොවේ (ඉතා විශාලයි, නැතහොත් සාමාන්‍ය ගොනුවක් නොවේ).</translation>
    </message>
    <message>
        <source>The project file {path} does not exist.</source>
        <translation>{path} ව්‍යාපෘති ගොනුව නොපවතී.</translation>
    </message>
    <message>
        <source>It may have been moved or deleted.</source>
        <translation>එය වෙනත් තැනකට ගෙන ගොස් හෝ මකා දමා ඇති විය හැක.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a project file.</source>
        <translation>{path} ෆෝල්ඩරයකි, ව්‍යාපෘති ගොනුවක් නොවේ.</translation>
    </message>
    <message>
        <source>Pick a project file.</source>
        <translation>ව්‍යාපෘති ගොනුවක් තෝරන්න.</translation>
    </message>
    <message>
        <source>Could not open {name} ({error}).</source>
        <translation>{name} ඇරීමට නොහැකි විය ({error}).</translation>
    </message>
    <message>
        <source>Check that you may read the file.</source>
        <translation>ඔබට ගොනුව කියවීමට අවසර ඇත්දැයි පරීක්ෂා කරන්න.</translation>
    </message>
    <message>
        <source>its format version is not a whole number</source>
        <translation>එහි ආකෘති අනුවාද අංකය පූර්ණ සංඛ්‍යාවක් නොවේ</translation>
    </message>
    <message>
        <source>{name} was saved by a newer version of the app.</source>
        <translation>{name} සුරැකුවේ යෙදුමේ වඩා අලුත් අනුවාදයකිනි.</translation>
    </message>
    <message>
        <source>Update the app to open it.</source>
        <translation>එය ඇරීමට යෙදුම යාවත්කාලීන කරන්න.</translation>
    </message>
    <message>
        <source>{name} does not hold any settings.</source>
        <translation>{name} හි කිසිදු සැකසුමක් නැත.</translation>
    </message>
    <message>
        <source>Pick a project saved by this app.</source>
        <translation>මෙම යෙදුමෙන් සුරැකූ ව්‍යාපෘතියක් තෝරන්න.</translation>
    </message>
    <message>
        <source>the setting &apos;metadata&apos; should be a list of named values</source>
        <translation>&apos;metadata&apos; සැකසුම නම් කළ අගයන් ලැයිස්තුවක් විය යුතුය</translation>
    </message>
    <message>
        <source>the setting &apos;{key}&apos; should be a piece of text</source>
        <translation>&apos;{key}&apos; සැකසුම පාඨයක් විය යුතුය</translation>
    </message>
    <message>
        <source>{name} cannot be opened. {problem}</source>
        <translation>{name} ඇරිය නොහැක. {problem}</translation>
    </message>
</context>
<context>
    <name>runner</name>
    <message>
        <source>No training file was chosen.</source>
        <extracomment>Aim for about this many loss points in a run (the curve the user watches). Wall-clock seconds of training between checkpoints (none in a shorter run, none at the end). Test-only environment variable: seconds between checkpoints instead of :data:`CHECKPOINT_INTERVAL_S` (the fault-injection tests make it tiny). Not a user setting: users set ``save_steps`` in the configuration. On GPUs, log the loss at most this often (each log waits for the GPU&apos;s queued work). How many times a run that ran out of memory before its first step is retried with a smaller per-step batch. What hard-negative mining did (``MiningSummary.to_dict()``), None when it was off. The step whose model was kept (the end unless an earlier moment was clearly better). The step with the highest held-out figure during training. Which moment was kept and why, in plain words (&quot;&quot; when the end was also the highest). The held-out measurements during training: dicts with step, epoch, value (the saved loss plot draws them beside the loss). What the kept model made of each held-out row (a RowMeasures; not saved): the search compares recipes row by row with it.</extracomment>
        <translation>පුහුණු ගොනුවක් තෝරා නැත.</translation>
    </message>
    <message>
        <source>Pick a spreadsheet with your examples.</source>
        <translation>ඔබේ උදාහරණ ඇති පැතුරුම්පතක් තෝරන්න.</translation>
    </message>
    <message>
        <source>No usable rows are left in the file after removing rows with problems.</source>
        <translation>ගැටලු සහිත පේළි ඉවත් කළ පසු ගොනුවේ භාවිත කළ හැකි පේළි කිසිවක් ඉතිරි නැත.</translation>
    </message>
    <message>
        <source>Open the file and fix the rows the check lists.</source>
        <translation>ගොනුව ඇර, පරීක්ෂාවේදී ලැයිස්තුගත කළ පේළි නිවැරදි කරන්න.</translation>
    </message>
    <message>
        <source>The evaluation file has no column {columns}.</source>
        <translation>ඇගයීම් ගොනුවේ {columns} තීරුවක් නැත.</translation>
    </message>
    <message>
        <source>Use an evaluation file with the same columns as the training file.</source>
        <translation>පුහුණු ගොනුවේ ඇති තීරුම ඇති ඇගයීම් ගොනුවක් භාවිත කරන්න.</translation>
    </message>
    <message>
        <source>Pick a loss that fits your data, or leave it on automatic.</source>
        <translation>ඔබේ දත්තවලට ගැළපෙන ඉගෙනුම් ක්‍රමයක් (loss) තෝරන්න, නැතහොත් එය ස්වයංක්‍රීය ලෙස තබන්න.</translation>
    </message>
    <message>
        <source>Wrong answers that look right are only found for question/answer pairs trained with Multiple Negatives Ranking; this run trains without them.</source>
        <translation>නිවැරදි ලෙස පෙනුණත් වැරදි පිළිතුරු සොයනු ලබන්නේ Multiple Negatives Ranking සමඟ පුහුණු කරන ප්‍රශ්න/පිළිතුරු යුගල සඳහා පමණි; මෙම වාරය ඒවා නොමැතිව පුහුණු කරයි.</translation>
    </message>
    <message>
        <source>Finding wrong answers that look right in your examples…</source>
        <translation>ඔබේ උදාහරණ තුළ නිවැරදි ලෙස පෙනුණත් වැරදි පිළිතුරු සොයමින්…</translation>
    </message>
    <message>
        <source>Training was stopped while wrong answers were being found; nothing was trained.</source>
        <translation>වැරදි පිළිතුරු සොයමින් සිටියදී පුහුණුව නවත්වන ලදී; කිසිවක් පුහුණු කළේ නැත.</translation>
    </message>
    <message>
        <source>Start it again when you are ready.</source>
        <translation>ඔබ සූදානම් වූ විට එය නැවත ආරම්භ කරන්න.</translation>
    </message>
    <message>
        <source>No safe wrong answers were found for any question.</source>
        <translation>කිසිදු ප්‍රශ්නයකට නිසැකවම වැරදි පිළිතුරු සොයාගත නොහැකි විය.</translation>
    </message>
    <message>
        <source>Train without &apos;answers that look right but are wrong&apos;.</source>
        <translation>&apos;නිවැරදි ලෙස පෙනුණත් වැරදි පිළිතුරු&apos; නොමැතිව පුහුණු කරන්න.</translation>
    </message>
    <message>
        <source>Training now uses CachedMultipleNegativesRankingLoss: the same results with the same {batch} examples per step, computed {mini} at a time (slower, much less memory).</source>
        <translation>පුහුණුව දැන් CachedMultipleNegativesRankingLoss භාවිත කරයි: එක් පියවරකට එකම උදාහරණ {batch} සමඟ එකම ප්‍රතිඵල ලැබේ, නමුත් වරකට {mini} බැගින් ගණනය කෙරේ (මන්දගාමී, නමුත් මතකය බෙහෙවින් අඩුවෙන් ගනී).</translation>
    </message>
    <message>
        <source>Training now computes its {batch} examples per step {mini} at a time (the same results, slower, less memory).</source>
        <translation>පුහුණුව දැන් එක් පියවරකට ඇති උදාහරණ {batch}, වරකට {mini} බැගින් ගණනය කරයි (එකම ප්‍රතිඵල, මන්දගාමී, අඩු මතකය).</translation>
    </message>
    <message>
        <source>Training now processes {per_step} examples at a time and adds up {accumulation} of them before each update, so each update still learns from about {total} examples. With this loss fewer examples are compared with each other at once.</source>
        <translation>පුහුණුව දැන් වරකට උදාහරණ {per_step} බැගින් සකසන අතර, මාදිලිය යාවත්කාලීන කිරීමට පෙර ඒවායින් {accumulation}ක් එකතු කරයි; එබැවින් සෑම යාවත්කාලීන කිරීමක්ම තවමත් උදාහරණ {total}ක් පමණ වලින් ඉගෙන ගනී. මෙම ඉගෙනුම් ක්‍රමය (loss) සමඟ, එකවර එකිනෙක සමඟ සසඳන උදාහරණ ගණන අඩු වේ.</translation>
    </message>
    <message>
        <source>Training now processes {per_step} examples at a time and adds up {accumulation} of them before each update, so each update still learns from about {total} examples.</source>
        <translation>පුහුණුව දැන් වරකට උදාහරණ {per_step} බැගින් සකසන අතර, මාදිලිය යාවත්කාලීන කිරීමට පෙර ඒවායින් {accumulation}ක් එකතු කරයි; එබැවින් සෑම යාවත්කාලීන කිරීමක්ම තවමත් උදාහරණ {total}ක් පමණ වලින් ඉගෙන ගනී.</translation>
    </message>
    <message>
        <source>Training uses CachedMultipleNegativesRankingLoss: the same results with the same {batch} examples per step, computed {mini} at a time.</source>
        <translation>පුහුණුව CachedMultipleNegativesRankingLoss භාවිත කරයි: එක් පියවරකට එකම උදාහරණ {batch} සමඟ එකම ප්‍රතිඵල ලැබේ, නමුත් වරකට {mini} බැගින් ගණනය කෙරේ.</translation>
    </message>
    <message>
        <source>The GPU has {free_gb:.1f} GB free, likely too little for {batch} examples at once. {note}</source>
        <translation>GPU හි නිදහස් මතකය {free_gb:.1f} GB පමණි; එකවර උදාහරණ {batch}කට එය බොහෝ විට ප්‍රමාණවත් නොවේ. {note}</translation>
    </message>
    <message>
        <source>Nothing to do; a smaller maximum text length would make it faster.</source>
        <translation>කිසිවක් කිරීමට අවශ්‍ය නැත; උපරිම පාඨ දිග අඩු කළොත් එය වේගවත් වනු ඇත.</translation>
    </message>
    <message>
        <source>The interrupted run in {folder} was made by an earlier version of the app, which this version cannot continue.</source>
        <translation>{folder} හි බාධා වූ පුහුණු වාරය සාදා ඇත්තේ යෙදුමේ පැරණි අනුවාදයකින්; මෙම අනුවාදයට එය දිගටම කරගෙන යා නොහැක.</translation>
    </message>
    <message>
        <source>Start the training again without &apos;resume&apos;; that folder is left as it is (delete it yourself once you no longer need it).</source>
        <translatorcomment>&apos;resume&apos; kept in Latin with a Sinhala gloss, since it names a setting/option; check how the GUI labels it.</translatorcomment>
        <translation type="unfinished">&apos;resume&apos; (නැවත පටන් ගැනීම) නොමැතිව පුහුණුව නැවත ආරම්භ කරන්න; එම ෆෝල්ඩරය එලෙසම තබනු ලැබේ (ඔබට තවදුරටත් අවශ්‍ය නැති විට එය ඔබම මකා දමන්න).</translation>
    </message>
    <message>
        <source>There is no interrupted run to continue for {folder}.</source>
        <translation>{folder} සඳහා දිගටම කරගෙන යාමට බාධා වූ පුහුණු වාරයක් නැත.</translation>
    </message>
    <message>
        <source>Start the training again without &apos;resume&apos;.</source>
        <translation>&apos;resume&apos; (නැවත පටන් ගැනීම) නොමැතිව පුහුණුව නැවත ආරම්භ කරන්න.</translation>
    </message>
    <message>
        <source>The newest saved progress cannot be used ({problem}); continuing from the older one at step {step}.</source>
        <translation>අලුත්ම සුරැකූ ප්‍රගතිය භාවිත කළ නොහැක ({problem}); {step} වන පියවරේ ඇති පැරණි එකෙන් දිගටම කරගෙන යයි.</translation>
    </message>
    <message>
        <source>The saved progress of the interrupted run into {folder} cannot be used: {problem}.</source>
        <translation>{folder} වෙත සුරකිමින් තිබූ, බාධා වූ පුහුණු වාරයේ සුරැකූ ප්‍රගතිය භාවිත කළ නොහැක: {problem}.</translation>
    </message>
    <message>
        <source>No output folder was chosen.</source>
        <translation>ප්‍රතිදාන ෆෝල්ඩරයක් තෝරා නැත.</translation>
    </message>
    <message>
        <source>Choose where to save the model.</source>
        <translation>මාදිලිය සුරැකිය යුතු තැන තෝරන්න.</translation>
    </message>
    <message>
        <source>Reading your examples…</source>
        <translation>ඔබේ උදාහරණ කියවමින්…</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>මාදිලිය පූරණය කරමින්…</translation>
    </message>
    <message>
        <source>Measuring the model before training…</source>
        <translation>පුහුණුවට පෙර මාදිලිය මනිමින්…</translation>
    </message>
    <message>
        <source>Training with {loss} on {rows} rows…</source>
        <translation>පේළි {rows} මත {loss} සමඟ පුහුණු කරමින්…</translation>
    </message>
    <message>
        <source>The saved progress in {folder} cannot be read ({error}): it is damaged or was changed.</source>
        <translation>{folder} හි සුරැකූ ප්‍රගතිය කියවිය නොහැක ({error}): එය හානි වී හෝ වෙනස් කර ඇත.</translation>
    </message>
    <message>
        <source>The GPU ran out of memory. {note}</source>
        <translation>GPU හි මතකය අවසන් විය. {note}</translation>
    </message>
    <message>
        <source>The computer ran out of memory. {note}</source>
        <translation>පරිගණකයේ මතකය අවසන් විය. {note}</translation>
    </message>
    <message>
        <source>Nothing to do. A smaller maximum text length would use less memory and be faster.</source>
        <translation>කිසිවක් කිරීමට අවශ්‍ය නැත. උපරිම පාඨ දිග අඩු කළොත් මතකය අඩුවෙන් භාවිත වන අතර වේගවත් වේ.</translation>
    </message>
    <message>
        <source>Measuring the model after training…</source>
        <translation>පුහුණුවෙන් පසු මාදිලිය මනිමින්…</translation>
    </message>
    <message>
        <source>Saving the model to {folder}…</source>
        <translation>මාදිලිය {folder} වෙත සුරකිමින්…</translation>
    </message>
    <message>
        <source>{hint} The progress up to step {step} is kept: once there is room, train again with &apos;resume&apos; to continue from there.</source>
        <translation>{hint} {step} වන පියවර දක්වා ප්‍රගතිය තබාගෙන ඇත: ඉඩ ලැබුණු පසු, එතැන් සිට දිගටම කරගෙන යාමට &apos;resume&apos; (නැවත පටන් ගැනීම) සමඟ නැවත පුහුණු කරන්න.</translation>
    </message>
    <message>
        <source>The GPU ran out of memory while training, even with {per_step} examples at a time.</source>
        <extracomment>The trainer&apos;s functions that read a checkpoint when a run resumes.</extracomment>
        <translation>වරකට උදාහරණ {per_step} බැගින් වුවද, පුහුණුව අතරතුර GPU හි මතකය අවසන් විය.</translation>
    </message>
    <message>
        <source>The computer ran out of memory while training, even with {per_step} examples at a time.</source>
        <translation>වරකට උදාහරණ {per_step} බැගින් වුවද, පුහුණුව අතරතුර පරිගණකයේ මතකය අවසන් විය.</translation>
    </message>
    <message>
        <source>Use a smaller batch size (for example {suggestion}), a shorter maximum text length, or a smaller model.</source>
        <translation>කුඩා කාණ්ඩ ප්‍රමාණයක් (batch size, උදාහරණයක් ලෙස {suggestion}), කෙටි උපරිම පාඨ දිගක්, හෝ කුඩා මාදිලියක් භාවිත කරන්න.</translation>
    </message>
    <message>
        <source>{advice} (Training was stopped early.)</source>
        <translation>{advice} (පුහුණුව කලින් නවත්වන ලදී.)</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Apple GPU</source>
        <translation>Apple GPU</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
</context>
<context>
    <name>runs</name>
    <message>
        <source>{reason} (stopped early)</source>
        <translation>{reason} (කලින් නවත්වන ලදී)</translation>
    </message>
    <message>
        <source>Finished; there were no held-out rows to measure it on (stopped early).</source>
        <translation>අවසන්; එය මැනීමට පරීක්ෂාවට වෙන් කළ පේළි නොතිබුණි (කලින් නවත්වන ලදී).</translation>
    </message>
    <message>
        <source>Finished; there were no held-out rows to measure it on.</source>
        <translation>අවසන්; එය මැනීමට පරීක්ෂාවට වෙන් කළ පේළි නොතිබුණි.</translation>
    </message>
    <message>
        <source>{metric}: {after:.2f} (stopped early).</source>
        <translation>පුහුණුවෙන් පසු {metric}: {after:.2f} (කලින් නවත්වන ලදී).</translation>
    </message>
    <message>
        <source>{metric}: {after:.2f}.</source>
        <translation>පුහුණුවෙන් පසු {metric}: {after:.2f}.</translation>
    </message>
    <message>
        <source>{metric}: {before:.2f} → {after:.2f} (stopped early).</source>
        <translation>{metric}: පෙර {before:.2f} → පසු {after:.2f} (කලින් නවත්වන ලදී).</translation>
    </message>
    <message>
        <source>{metric}: {before:.2f} → {after:.2f}.</source>
        <translation>{metric}: පෙර {before:.2f} → පසු {after:.2f}.</translation>
    </message>
    <message>
        <source>Choose a folder to save the model in.</source>
        <translation>මාදිලිය සුරැකීමට ෆෝල්ඩරයක් තෝරන්න.</translation>
    </message>
    <message>
        <source>The folder {folder} already holds files: use the new folder name offered beside it, or choose another folder.</source>
        <translation>{folder} ෆෝල්ඩරයේ දැනටමත් ගොනු ඇත: ඒ අසලින් යෝජනා කර ඇති නව ෆෝල්ඩර නාමය භාවිත කරන්න, නැතහොත් වෙනත් ෆෝල්ඩරයක් තෝරන්න.</translation>
    </message>
</context>
<context>
    <name>saving</name>
    <message>
        <source>{path} is a file, not a folder.</source>
        <extracomment>Written into every staging/checkpoint folder this app creates beside an output folder. Written last into a checkpoint: without it the checkpoint is incomplete and never used. The app&apos;s name in its markers. Files a sentence-transformers model folder holds (for folders saved before the marker existed): a folder with only these, plus training_summary.json and modules.json, is ours.</extracomment>
        <translation>{path} ගොනුවකි, ෆෝල්ඩරයක් නොවේ.</translation>
    </message>
    <message>
        <source>Choose a folder name for the trained model.</source>
        <translation>පුහුණු කළ මාදිලිය සඳහා ෆෝල්ඩර නාමයක් තෝරන්න.</translation>
    </message>
    <message>
        <source>The folder {folder} already exists.</source>
        <translation>{folder} ෆෝල්ඩරය දැනටමත් පවතී.</translation>
    </message>
    <message>
        <source>Choose another name, or allow replacing it.</source>
        <translation>වෙනත් නමක් තෝරන්න, නැතහොත් එය ප්‍රතිස්ථාපනය කිරීමට ඉඩ දෙන්න.</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} සහ තවත් {count}ක්</translation>
    </message>
    <message>
        <source>The folder {folder} holds files this app did not write ({names}), so it will not be replaced.</source>
        <translation>{folder} ෆෝල්ඩරයේ මෙම යෙදුම ලියා නැති ගොනු ({names}) ඇති නිසා එය ප්‍රතිස්ථාපනය නොකෙරේ.</translation>
    </message>
    <message>
        <source>Choose a new, empty folder for the trained model.</source>
        <translation>පුහුණු කළ මාදිලිය සඳහා නව, හිස් ෆෝල්ඩරයක් තෝරන්න.</translation>
    </message>
    <message>
        <source>The trained model cannot be saved in {folder}: the disk is full.</source>
        <translation>පුහුණු කළ මාදිලිය {folder} හි සුරැකිය නොහැක: තැටිය පිරී ඇත.</translation>
    </message>
    <message>
        <source>The trained model cannot be saved in {folder}: it is read-only or not yours.</source>
        <translation>පුහුණු කළ මාදිලිය {folder} හි සුරැකිය නොහැක: එය කියවීමට පමණක් (read-only) හෝ ඔබට අයත් නොවේ.</translation>
    </message>
    <message>
        <source>Choose another folder for the trained model (for example in your Documents).</source>
        <translation>පුහුණු කළ මාදිලිය සඳහා වෙනත් ෆෝල්ඩරයක් තෝරන්න (උදාහරණයක් ලෙස ඔබේ Documents තුළ).</translation>
    </message>
    <message>
        <source>Another training is already saving to {folder}.</source>
        <translation>තවත් පුහුණුවක් දැනටමත් {folder} වෙත සුරකිමින් පවතී.</translation>
    </message>
    <message>
        <source>Wait for it to end, or choose another folder. If no other training is running, delete the file {path}.</source>
        <translation>එය අවසන් වන තෙක් රැඳී සිටින්න, නැතහොත් වෙනත් ෆෝල්ඩරයක් තෝරන්න. වෙනත් පුහුණුවක් ක්‍රියාත්මක නොවේ නම්, {path} ගොනුව මකා දමන්න.</translation>
    </message>
    <message>
        <source>The folder {folder} could not be locked for this run.</source>
        <translation>මෙම වාරය සඳහා {folder} ෆෝල්ඩරය අගුළු දැමිය නොහැකි විය.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, choose another folder.</source>
        <translation>නැවත උත්සාහ කරන්න; එය දිගටම සිදු වේ නම්, වෙනත් ෆෝල්ඩරයක් තෝරන්න.</translation>
    </message>
    <message>
        <source>its training state is not valid</source>
        <translation>එහි පුහුණු තත්ත්වය වලංගු නොවේ</translation>
    </message>
    <message>
        <source>its training state is missing or damaged</source>
        <translation>එහි පුහුණු තත්ත්වය නැත, නැතහොත් හානි වී ඇත</translation>
    </message>
    <message>
        <source>its model weights are missing</source>
        <translation>එහි මාදිලි බර (weights) නැත</translation>
    </message>
    <message>
        <source>its model weights are damaged</source>
        <translation>එහි මාදිලි බර (weights) හානි වී ඇත</translation>
    </message>
    <message>
        <source>its optimizer state is missing</source>
        <translation>එහි ප්‍රශස්තකරණ (optimizer) තත්ත්වය නැත</translation>
    </message>
    <message>
        <source>{size:.1f} GB</source>
        <translation>{size:.1f} GB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>The disk is full: {what} needs about {needed} free in {folder}, {free} free now.</source>
        <translation>තැටිය පිරී ඇත: {what} සඳහා {folder} හි {needed}ක් පමණ නිදහස් ඉඩ අවශ්‍යයි, දැන් ඇත්තේ {free}ක් පමණි.</translation>
    </message>
    <message>
        <source>The disk is full: {what} needs about {needed} free in {folder}.</source>
        <translation>තැටිය පිරී ඇත: {what} සඳහා {folder} හි {needed}ක් පමණ නිදහස් ඉඩ අවශ්‍යයි.</translation>
    </message>
    <message>
        <source>The disk is full: {what} needs more space free in {folder}, {free} free now.</source>
        <translation>තැටිය පිරී ඇත: {what} සඳහා {folder} හි තවත් නිදහස් ඉඩ අවශ්‍යයි, දැන් ඇත්තේ {free}ක් පමණි.</translation>
    </message>
    <message>
        <source>The disk is full: {what} needs more space free in {folder}.</source>
        <translation>තැටිය පිරී ඇත: {what} සඳහා {folder} හි තවත් නිදහස් ඉඩ අවශ්‍යයි.</translation>
    </message>
    <message>
        <source>saving the trained model</source>
        <translation>පුහුණු කළ මාදිලිය සුරැකීම</translation>
    </message>
    <message>
        <source>Free some space on that disk or choose a folder on another disk, then train again.</source>
        <translation>එම තැටියේ යම් ඉඩක් නිදහස් කරන්න, නැතහොත් වෙනත් තැටියක ෆෝල්ඩරයක් තෝරන්න; ඉන්පසු නැවත පුහුණු කරන්න.</translation>
    </message>
    <message>
        <source>The trained model could not be saved to {folder} ({reason}).</source>
        <translation>පුහුණු කළ මාදිලිය {folder} වෙත සුරැකිය නොහැකි විය ({reason}).</translation>
    </message>
    <message>
        <source>Check that the folder is writable and the disk has free space.</source>
        <translation>ෆෝල්ඩරයට ලිවිය හැකිදැයි සහ තැටියේ නිදහස් ඉඩ ඇත්දැයි පරීක්ෂා කරන්න.</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <source>{loss}, learning rate {rate:g}, 1 pass</source>
        <extracomment>The time a search may take when the user gives none, in seconds. Losses never tried by the search (variants of another loss that only save memory).</extracomment>
        <translation>{loss}, ඉගෙනුම් වේගය {rate:g}, වට 1</translation>
    </message>
    <message>
        <source>{loss}, learning rate {rate:g}, {epochs:g} passes</source>
        <translation>{loss}, ඉගෙනුම් වේගය {rate:g}, වට {epochs:g}</translation>
    </message>
    <message>
        <source>No output folder was chosen.</source>
        <translation>ප්‍රතිදාන ෆෝල්ඩරයක් තෝරා නැත.</translation>
    </message>
    <message>
        <source>Choose where to save the model.</source>
        <translation>මාදිලිය සුරැකිය යුතු තැන තෝරන්න.</translation>
    </message>
    <message>
        <source>Reading your examples…</source>
        <translation>ඔබේ උදාහරණ කියවමින්…</translation>
    </message>
    <message>
        <source>Finding the best settings needs rows kept apart to compare the settings on. {note}</source>
        <translation>හොඳම සැකසුම් සොයා ගැනීමට, සැකසුම් සසඳා බැලීම සඳහා වෙන් කළ පේළි අවශ්‍යයි. {note}</translation>
    </message>
    <message>
        <source>Keep a share of the rows apart (at least 30 rows in all), or train with the automatic settings.</source>
        <translation>පේළිවලින් කොටසක් වෙන් කර තබන්න (සියල්ල එකතුව අවම වශයෙන් පේළි 30ක්), නැතහොත් ස්වයංක්‍රීය සැකසුම් සමඟ පුහුණු කරන්න.</translation>
    </message>
    <message>
        <source>Stopped before it started.</source>
        <translation>ආරම්භ වීමට පෙර නවත්වන ලදී.</translation>
    </message>
    <message>
        <source>Not tried: it would not fit in the time given.</source>
        <translation>උත්සාහ කළේ නැත: දී ඇති කාලය තුළ එය ගැළපෙන්නේ නැත.</translation>
    </message>
    <message>
        <source>Trying settings {number} of {count}: {recipe}…</source>
        <translation>සැකසුම් {count}න් {number} වැන්න උත්සාහ කරමින්: {recipe}…</translation>
    </message>
    <message>
        <source>None of the settings tried could train a model.</source>
        <translation>උත්සාහ කළ සැකසුම් කිසිවකින් මාදිලියක් පුහුණු කිරීමට නොහැකි විය.</translation>
    </message>
    <message>
        <source>Train with the automatic settings to see what goes wrong.</source>
        <translation>වැරදී ඇත්තේ කුමක්දැයි බැලීමට ස්වයංක්‍රීය සැකසුම් සමඟ පුහුණු කරන්න.</translation>
    </message>
    <message>
        <source>Higher on the held-out rows by {delta:.3f}, within what chance explains, so the first settings (what a plain run trains) were kept.</source>
        <translation>වෙන් කළ පේළි මත {delta:.3f} කින් ඉහළයි, නමුත් එය අහම්බයෙන් පැහැදිලි කළ හැකි සීමාව තුළ ඇති නිසා, පළමු සැකසුම් (සාමාන්‍ය පුහුණුවක් පුහුණු කරන දේ) තබා ගන්නා ලදී.</translation>
    </message>
    <message>
        <source>{reason} The settings were chosen among {tried} tried on these same rows, so the result may be slightly flattering.</source>
        <translation>{reason} මෙම පේළි මතම උත්සාහ කළ සැකසුම් {tried}ක් අතරින් සැකසුම් තෝරාගත් නිසා, ප්‍රතිඵලය සැබෑ තත්ත්වයට වඩා මඳක් හොඳින් පෙනිය හැක.</translation>
    </message>
</context>
<context>
    <name>trainer</name>
    <message>
        <source>A checkpoint could not be written in {folder} ({error}).</source>
        <translation>{folder} හි සුරැකුම් ලක්ෂ්‍යයක් (checkpoint) ලිවිය නොහැකි විය ({error}).</translation>
    </message>
    <message>
        <source>Check that the folder is writable, then train again.</source>
        <translation>ෆෝල්ඩරයට ලිවිය හැකිදැයි පරීක්ෂා කර, නැවත පුහුණු කරන්න.</translation>
    </message>
    <message>
        <source>The disk is full: a checkpoint (to continue an interrupted run) needs about {needed} free in {folder} ({free} free now). Training goes on without new checkpoints; the last complete one is kept.</source>
        <translation>තැටිය පිරී ඇත: සුරැකුම් ලක්ෂ්‍යයකට (checkpoint — බාධා වූ වාරයක් දිගටම කරගෙන යාමට) {folder} හි {needed}ක් පමණ නිදහස් ඉඩ අවශ්‍යයි (දැන් ඇත්තේ {free}). නව සුරැකුම් ලක්ෂ්‍ය නොමැතිව පුහුණුව දිගටම සිදු වේ; අවසන් සම්පූර්ණ සුරැකුම් ලක්ෂ්‍යය තබාගනු ලැබේ.</translation>
    </message>
    <message>
        <source>The disk is full: a checkpoint (to continue an interrupted run) needs about {needed} free in {folder}. Training goes on without new checkpoints; the last complete one is kept.</source>
        <translation>තැටිය පිරී ඇත: සුරැකුම් ලක්ෂ්‍යයකට (checkpoint — බාධා වූ වාරයක් දිගටම කරගෙන යාමට) {folder} හි {needed}ක් පමණ නිදහස් ඉඩ අවශ්‍යයි. නව සුරැකුම් ලක්ෂ්‍ය නොමැතිව පුහුණුව දිගටම සිදු වේ; අවසන් සම්පූර්ණ සුරැකුම් ලක්ෂ්‍යය තබාගනු ලැබේ.</translation>
    </message>
    <message>
        <source>Free some space on that disk before the training ends, so the model can be saved.</source>
        <translation>මාදිලිය සුරැකිය හැකි වන පරිදි, පුහුණුව අවසන් වීමට පෙර එම තැටියේ යම් ඉඩක් නිදහස් කරන්න.</translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message>
        <source>Better</source>
        <extracomment>Each verdict in two or three plain words, for lists of runs (the headline says more).</extracomment>
        <translation>වඩා හොඳ විය</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>වඩා නරක විය</translation>
    </message>
    <message>
        <source>No real change</source>
        <translation>සැලකිය යුතු වෙනසක් නැත</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>කිව නොහැක</translation>
    </message>
    <message>
        <source>No rows are kept apart to measure the model, so there is no independent measure of what training changed.</source>
        <extracomment>Fewer held-out rows than this measure nothing reliable. A correlation with the user&apos;s scores at or below this is not a usable model. Resamples of the paired bootstrap. Share of rows whose two texts are identical above which the measure cannot tell.</extracomment>
        <translation>මාදිලිය මැනීමට පේළි කිසිවක් වෙන් කර නැති නිසා, පුහුණුවෙන් වෙනස් වූයේ කුමක්දැයි ස්වාධීනව මැනීමට ක්‍රමයක් නැත.</translation>
    </message>
    <message>
        <source>With under 30 rows every row is needed to learn: try the trained model on a few sentences of your own in the Playground. With more rows, keep a share apart.</source>
        <translation>පේළි 30 ට අඩු විට ඉගෙනීමට සෑම පේළියක්ම අවශ්‍යයි: පුහුණු කළ මාදිලිය අත්හදා බැලීම (Playground) තුළ ඔබේම වාක්‍ය කිහිපයකින් උත්සාහ කර බලන්න. වැඩි පේළි ඇත්නම්, කොටසක් වෙන් කර තබන්න.</translation>
    </message>
    <message>
        <source>Only 1 row would measure the model: too few to tell a real change from chance.</source>
        <translation>මාදිලිය මැනීමට ඇත්තේ පේළි 1ක් පමණි: සැබෑ වෙනසක් අහම්බයෙන් වෙන්කර හඳුනාගැනීමට එය ප්‍රමාණවත් නොවේ.</translation>
    </message>
    <message>
        <source>Only {rows} rows would measure the model: too few to tell a real change from chance.</source>
        <translation>මාදිලිය මැනීමට ඇත්තේ පේළි {rows}ක් පමණි: සැබෑ වෙනසක් අහම්බයෙන් වෙන්කර හඳුනාගැනීමට එය ප්‍රමාණවත් නොවේ.</translation>
    </message>
    <message>
        <source>Keep at least 10 rows apart (a bigger share, or a separate file to check on), or try the trained model on sentences of your own in the Playground.</source>
        <translation>අවම වශයෙන් පේළි 10ක් වෙන් කර තබන්න (වැඩි කොටසක්, හෝ පරීක්ෂා කිරීමට වෙනම ගොනුවක්), නැතහොත් පුහුණු කළ මාදිලිය අත්හදා බැලීම (Playground) තුළ ඔබේම වාක්‍යවලින් උත්සාහ කර බලන්න.</translation>
    </message>
    <message>
        <source>In {identical:,} of {rows:,} rows your questions and answers are the same text: any model finds identical texts identical, so the measure cannot tell anything.</source>
        <translation>පේළි {rows:,}න් {identical:,}ක ඔබේ ප්‍රශ්නය සහ පිළිතුර එකම පාඨයයි: ඕනෑම මාදිලියක් එක සමාන පාඨ එක සමාන ලෙස සලකන නිසා, මෙම මිනුමෙන් කිසිවක් කිව නොහැක.</translation>
    </message>
    <message>
        <source>To train and measure a model, add the real answers in the second column.</source>
        <translation>මාදිලියක් පුහුණු කර මැනීමට, දෙවන තීරුවේ සැබෑ පිළිතුරු එක් කරන්න.</translation>
    </message>
    <message>
        <source>In {identical:,} of {rows:,} rows the two texts of each pair are the same: any model finds identical texts identical, so the measure cannot tell anything.</source>
        <translation>පේළි {rows:,}න් {identical:,}ක එක් එක් යුගලයේ පාඨ දෙක එක සමානයි: ඕනෑම මාදිලියක් එක සමාන පාඨ එක සමාන ලෙස සලකන නිසා, මෙම මිනුමෙන් කිසිවක් කිව නොහැක.</translation>
    </message>
    <message>
        <source>To train and measure a model, put two different texts in each row.</source>
        <translation>මාදිලියක් පුහුණු කර මැනීමට, සෑම පේළියකම වෙනස් පාඨ දෙකක් දමන්න.</translation>
    </message>
    <message>
        <source>Every row has the same score, so there is nothing to compare the model against.</source>
        <translation>සෑම පේළියකටම ඇත්තේ එකම ලකුණ නිසා, මාදිලිය සසඳා බැලීමට කිසිවක් නැත.</translation>
    </message>
    <message>
        <source>Include rows with different scores (similar and not-similar pairs).</source>
        <translation>වෙනස් ලකුණු සහිත පේළි (සමාන සහ අසමාන යුගල) ඇතුළත් කරන්න.</translation>
    </message>
    <message>
        <source>Every row has the same label, so there is nothing to compare the model against.</source>
        <translation>සෑම පේළියකටම ඇත්තේ එකම ලේබලය නිසා, මාදිලිය සසඳා බැලීමට කිසිවක් නැත.</translation>
    </message>
    <message>
        <source>Include rows with different labels (similar and not-similar pairs).</source>
        <translation>වෙනස් ලේබල සහිත පේළි (සමාන සහ අසමාන යුගල) ඇතුළත් කරන්න.</translation>
    </message>
    <message>
        <source>The model still ranks pairs against your scores (a negative agreement), so it is not usable yet.</source>
        <translation>මාදිලිය තවමත් යුගල පෙළගස්වන්නේ ඔබේ ලකුණුවලට ප්‍රතිවිරුද්ධ ලෙසය (සෘණ එකඟතාවක්), එබැවින් එය තවම භාවිතයට සුදුසු නැත.</translation>
    </message>
    <message>
        <source>Its agreement with your scores is still close to none, so it is not usable yet.</source>
        <translation>ඔබේ ලකුණු සමඟ එහි එකඟතාව තවමත් නැති තරම්ය, එබැවින් එය තවම භාවිතයට සුදුසු නැත.</translation>
    </message>
    <message>
        <source>It still does barely better than guessing, so it is not usable yet.</source>
        <translation>එය තවමත් අහඹු අනුමානයට වඩා යන්තම් හොඳයි, එබැවින් එය තවම භාවිතයට සුදුසු නැත.</translation>
    </message>
    <message>
        <source>Likely cause: {causes}.</source>
        <translation>බොහෝ විට හේතුව: {causes}.</translation>
    </message>
    <message>
        <source>the model was trained on English text and does not know your language: pick a multilingual model</source>
        <translation>මාදිලිය පුහුණු කර ඇත්තේ ඉංග්‍රීසි පාඨ මත වන අතර එය ඔබේ භාෂාව නොදනී: බහුභාෂා මාදිලියක් තෝරන්න</translation>
    </message>
    <message>
        <source>{rows:,} training rows are few; more rows usually help</source>
        <translation>පුහුණු පේළි {rows:,}ක් යනු අඩු ගණනකි; වැඩි පේළි සාමාන්‍යයෙන් උපකාරී වේ</translation>
    </message>
    <message>
        <source>The model gives every pair the same similarity, before and after training, so the measure cannot tell anything.</source>
        <translation>පුහුණුවට පෙර සහ පසු, මාදිලිය සෑම යුගලයකටම එකම සමානකම ලබා දෙන නිසා, මෙම මිනුමෙන් කිසිවක් කිව නොහැක.</translation>
    </message>
    <message>
        <source>The model does not tell your texts apart: pick another model.</source>
        <translation>මාදිලිය ඔබේ පාඨ එකිනෙකින් වෙන්කර හඳුනා නොගනී: වෙනත් මාදිලියක් තෝරන්න.</translation>
    </message>
    <message>
        <source>The trained model gives every pair the same similarity, so the measure cannot tell anything: training broke the model.</source>
        <translation>පුහුණු කළ මාදිලිය සෑම යුගලයකටම එකම සමානකම ලබා දෙන නිසා මෙම මිනුමෙන් කිසිවක් කිව නොහැක: පුහුණුව නිසා මාදිලිය බිඳී ගොස් ඇත.</translation>
    </message>
    <message>
        <source>Train again with a smaller learning rate.</source>
        <translation>අඩු ඉගෙනුම් වේගයක් (learning rate) සමඟ නැවත පුහුණු කරන්න.</translation>
    </message>
    <message>
        <source>The measure could not be computed on these rows.</source>
        <translation>මෙම පේළි මත මිනුම ගණනය කළ නොහැකි විය.</translation>
    </message>
    <message>
        <source>Check that the held-out rows have different scores or labels.</source>
        <translation>පරීක්ෂාවට වෙන් කළ පේළිවල වෙනස් ලකුණු හෝ ලේබල ඇත්දැයි පරීක්ෂා කරන්න.</translation>
    </message>
    <message>
        <source>It was not measured before training, so the change cannot be judged.</source>
        <translation>පුහුණුවට පෙර එය මැන නොතිබූ නිසා, වෙනස විනිශ්චය කළ නොහැක.</translation>
    </message>
    <message>
        <source>On {rows:,} evaluation rows, chance alone moves this measure by up to about {noise:.2f}.</source>
        <translation>ඇගයීම් පේළි {rows:,}ක දී, අහම්බය නිසා පමණක් මෙම මිනුම {noise:.2f} පමණ දක්වා වෙනස් විය හැක.</translation>
    </message>
    <message>
        <source>On {rows:,} held-out rows, chance alone moves this measure by up to about {noise:.2f}.</source>
        <translation>පරීක්ෂාවට වෙන් කළ පේළි {rows:,}ක දී, අහම්බය නිසා පමණක් මෙම මිනුම {noise:.2f} පමණ දක්වා වෙනස් විය හැක.</translation>
    </message>
    <message>
        <source>Try a model that knows your language, add more rows, or check that the scores or labels mean what the model should learn.</source>
        <translation>ඔබේ භාෂාව දන්නා මාදිලියක් උත්සාහ කරන්න, තවත් පේළි එක් කරන්න, නැතහොත් ලකුණු හෝ ලේබලවලින් කියැවෙන්නේ මාදිලිය ඉගෙන ගත යුතු දේමදැයි පරීක්ෂා කරන්න.</translation>
    </message>
    <message>
        <source>The gain of {delta:+.2f} is larger than chance explains. {noise}</source>
        <translation>{delta:+.2f} ක වර්ධනය, අහම්බයෙන් පැහැදිලි කළ හැකි ප්‍රමාණයට වඩා විශාලයි. {noise}</translation>
    </message>
    <message>
        <source>Try it in the Playground with your own sentences.</source>
        <translation>ඔබේම වාක්‍ය සමඟ එය අත්හදා බැලීම (Playground) තුළ උත්සාහ කර බලන්න.</translation>
    </message>
    <message>
        <source>The loss of {delta:+.2f} is larger than chance explains. {noise}</source>
        <translation>{delta:+.2f} ක පහත වැටීම, අහම්බයෙන් පැහැදිලි කළ හැකි ප්‍රමාණයට වඩා විශාලයි. {noise}</translation>
    </message>
    <message>
        <source>Train again with a smaller learning rate or fewer passes, or try another loss; the starting model is better for now.</source>
        <translation>අඩු ඉගෙනුම් වේගයක් හෝ අඩු වට ගණනක් සමඟ නැවත පුහුණු කරන්න, නැතහොත් වෙනත් ඉගෙනුම් ක්‍රමයක් (loss) උත්සාහ කරන්න; දැනට ආරම්භක මාදිලිය වඩා හොඳයි.</translation>
    </message>
    <message>
        <source>The change of {delta:+.2f} is within what chance explains. {noise}</source>
        <translation>{delta:+.2f} ක වෙනස, අහම්බයෙන් පැහැදිලි කළ හැකි සීමාව තුළ ඇත. {noise}</translation>
    </message>
    <message>
        <source>To see a real change, try more held-out rows, or let the app find the best settings.</source>
        <translation>සැබෑ වෙනසක් දැකීමට, පරීක්ෂාවට වෙන් කළ පේළි වැඩි කරන්න, නැතහොත් හොඳම සැකසුම් සොයා ගැනීමට යෙදුමට ඉඩ දෙන්න.</translation>
    </message>
    <message>
        <source>To see a real change, try more rows, more held-out rows, or let the app find the best settings.</source>
        <translation>සැබෑ වෙනසක් දැකීමට, පේළි වැඩි කරන්න, පරීක්ෂාවට වෙන් කළ පේළි වැඩි කරන්න, නැතහොත් හොඳම සැකසුම් සොයා ගැනීමට යෙදුමට ඉඩ දෙන්න.</translation>
    </message>
</context>
<context>
    <name>watch</name>
    <message>
        <source>Training broke down: the loss is no longer a number. Try a smaller learning rate (for example half of it) and start again.</source>
        <translation>පුහුණුව බිඳ වැටුණි: දෝෂ අගය (loss) තවදුරටත් අංකයක් නොවේ. අඩු ඉගෙනුම් වේගයක් (උදාහරණයක් ලෙස එහි අඩක්) දී නැවත ආරම්භ කරන්න.</translation>
    </message>
    <message>
        <source>The loss has stopped falling: the model is not learning much more from these examples. You can stop here (the model is kept), or next time try a smaller learning rate, fewer epochs or more varied data.</source>
        <translation>දෝෂ අගය (loss) අඩු වීම නතර වී ඇත: මෙම උදාහරණවලින් මාදිලිය තවදුරටත් බොහෝ දේ ඉගෙන නොගනී. ඔබට මෙතැනින් නැවැත්විය හැක (මාදිලිය තබාගනු ලැබේ), නැතහොත් ඊළඟ වතාවේ අඩු ඉගෙනුම් වේගයක්, අඩු වට (epoch) ගණනක් හෝ වඩා විවිධ දත්ත උත්සාහ කරන්න.</translation>
    </message>
    <message>
        <source>estimating…</source>
        <extracomment>Warning codes the training engine uses for a loss that is not a number.</extracomment>
        <translation>ඇස්තමේන්තු කරමින්…</translation>
    </message>
    <message>
        <source>about {clock}</source>
        <translation>{clock} පමණ</translation>
    </message>
    <message>
        <source>{speed:.1f} examples/s</source>
        <translation>තත්පරයට උදාහරණ {speed:.1f}</translation>
    </message>
    <message>
        <source>step {step}: loss {loss:.4f}, learning rate {rate:.2e}</source>
        <translation>පියවර {step}: දෝෂ අගය {loss:.4f}, ඉගෙනුම් වේගය {rate:.2e}</translation>
    </message>
    <message>
        <source>step {step}: loss {loss:.4f}</source>
        <translation>පියවර {step}: දෝෂ අගය {loss:.4f}</translation>
    </message>
    <message>
        <source>Alert: the loss is not a number.</source>
        <translation>අවවාදය: දෝෂ අගය අංකයක් නොවේ.</translation>
    </message>
    <message>
        <source>Alert: the loss stopped falling.</source>
        <translation>අවවාදය: දෝෂ අගය අඩු වීම නතර විය.</translation>
    </message>
    <message>
        <source>Note: {alert}</source>
        <translation>සටහන: {alert}</translation>
    </message>
    <message>
        <source>Finished (stopped early; saved in {folder}).</source>
        <translation>අවසන් (කලින් නවත්වන ලදී; {folder} හි සුරැකිණි).</translation>
    </message>
    <message>
        <source>Finished (saved in {folder}).</source>
        <translation>අවසන් ({folder} හි සුරැකිණි).</translation>
    </message>
    <message>
        <source>The batch size ({batch}) is larger than your {rows:,} training rows, so each step uses all {rows:,} rows (a batch size of {rows:,}).</source>
        <translation>කාණ්ඩ ප්‍රමාණය ({batch}) ඔබේ පුහුණු පේළි {rows:,}ට වඩා විශාල නිසා, සෑම පියවරක්ම පේළි {rows:,}ම භාවිත කරයි (එනම් කාණ්ඩ ප්‍රමාණය {rows:,}).</translation>
    </message>
    <message>
        <source>That is fine; to change it, go back to Settings.</source>
        <translation>එය ගැටලුවක් නොවේ; එය වෙනස් කිරීමට, සැකසුම් වෙත ආපසු යන්න.</translation>
    </message>
    <message>
        <source>no data chosen</source>
        <translation>දත්ත තෝරා නැත</translation>
    </message>
    <message>
        <source>Train &lt;b&gt;{model}&lt;/b&gt; on &lt;b&gt;{data}&lt;/b&gt; with {loss} with Matryoshka, {epochs:g} epoch(s), at most {max_steps} steps, batch size {batch}.&lt;br&gt;The model will be saved in &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{model}&lt;/b&gt;, &lt;b&gt;{data}&lt;/b&gt; මත {loss} සහ Matryoshka සමඟ පුහුණු කරන්න: වට (epoch) {epochs:g}, උපරිම පියවර {max_steps}, කාණ්ඩ ප්‍රමාණය {batch}.&lt;br&gt;මාදිලිය &lt;b&gt;{folder}&lt;/b&gt; හි සුරැකේ.</translation>
    </message>
    <message>
        <source>Train &lt;b&gt;{model}&lt;/b&gt; on &lt;b&gt;{data}&lt;/b&gt; with {loss} with Matryoshka, {epochs:g} epoch(s), batch size {batch}.&lt;br&gt;The model will be saved in &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{model}&lt;/b&gt;, &lt;b&gt;{data}&lt;/b&gt; මත {loss} සහ Matryoshka සමඟ පුහුණු කරන්න: වට (epoch) {epochs:g}, කාණ්ඩ ප්‍රමාණය {batch}.&lt;br&gt;මාදිලිය &lt;b&gt;{folder}&lt;/b&gt; හි සුරැකේ.</translation>
    </message>
    <message>
        <source>Train &lt;b&gt;{model}&lt;/b&gt; on &lt;b&gt;{data}&lt;/b&gt; with {loss}, {epochs:g} epoch(s), at most {max_steps} steps, batch size {batch}.&lt;br&gt;The model will be saved in &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{model}&lt;/b&gt;, &lt;b&gt;{data}&lt;/b&gt; මත {loss} සමඟ පුහුණු කරන්න: වට (epoch) {epochs:g}, උපරිම පියවර {max_steps}, කාණ්ඩ ප්‍රමාණය {batch}.&lt;br&gt;මාදිලිය &lt;b&gt;{folder}&lt;/b&gt; හි සුරැකේ.</translation>
    </message>
    <message>
        <source>Train &lt;b&gt;{model}&lt;/b&gt; on &lt;b&gt;{data}&lt;/b&gt; with {loss}, {epochs:g} epoch(s), batch size {batch}.&lt;br&gt;The model will be saved in &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{model}&lt;/b&gt;, &lt;b&gt;{data}&lt;/b&gt; මත {loss} සමඟ පුහුණු කරන්න: වට (epoch) {epochs:g}, කාණ්ඩ ප්‍රමාණය {batch}.&lt;br&gt;මාදිලිය &lt;b&gt;{folder}&lt;/b&gt; හි සුරැකේ.</translation>
    </message>
    <message>
        <source>the recommended loss</source>
        <translation>නිර්දේශිත ඉගෙනුම් ක්‍රමය</translation>
    </message>
    <message>
        <source>(no folder chosen)</source>
        <translation>(ෆෝල්ඩරයක් තෝරා නැත)</translation>
    </message>
    <message>
        <source>Choose your data first.</source>
        <translation>පළමුව ඔබේ දත්ත තෝරන්න.</translation>
    </message>
    <message>
        <source>Go back to the Data page.</source>
        <translation>දත්ත පිටුවට ආපසු යන්න.</translation>
    </message>
    <message>
        <source>Choose a folder to save the model in.</source>
        <translation>මාදිලිය සුරැකීමට ෆෝල්ඩරයක් තෝරන්න.</translation>
    </message>
    <message>
        <source>Go back to the Settings page.</source>
        <translation>සැකසුම් පිටුවට ආපසු යන්න.</translation>
    </message>
    <message>
        <source>Stopped early; the model so far is saved.</source>
        <translation>කලින් නවත්වන ලදී; මේ දක්වා පුහුණු වූ මාදිලිය සුරැකිණි.</translation>
    </message>
    <message>
        <source>Training finished.</source>
        <translation>පුහුණුව අවසන්.</translation>
    </message>
</context>
<context>
    <name>wizard_steps</name>
    <message>
        <source>Data</source>
        <extracomment>The steps in order.</extracomment>
        <translation>දත්ත</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>ඔබේ දත්ත</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>පාදක මාදිලිය</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>ඉගෙනුම් ක්‍රමය</translation>
    </message>
    <message>
        <source>How the model learns</source>
        <translation>මාදිලිය ඉගෙන ගන්නා ආකාරය</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>සැකසුම්</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>පුහුණු සැකසුම්</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>පුහුණු කරන්න</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ප්‍රතිඵලය</translation>
    </message>
</context>
</TS>
