<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Fine-tune sentence-embedding models on your own spreadsheets, watch them train, and see in the playground how similar they find your sentences — in any language.</source>
        <translation>Дообучайте модели эмбеддингов предложений на своих таблицах, следите за обучением и смотрите в Песочнице, насколько похожими модель считает ваши предложения, — на любом языке.</translation>
    </message>
    <message>
        <source>{app} is free software under the Apache License 2.0.</source>
        <translation>{app} — свободная программа под лицензией Apache License 2.0.</translation>
    </message>
    <message>
        <source>The list of third-party components ({path}) is missing from this installation.</source>
        <translation>В этой установке нет списка сторонних компонентов ({path}).</translation>
    </message>
    <message>
        <source>App data</source>
        <translation>Данные приложения</translation>
    </message>
    <message>
        <source>Downloaded models</source>
        <translation>Скачанные модели</translation>
    </message>
    <message>
        <source>Trained models</source>
        <translation>Обученные модели</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Журналы</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>О программе {app}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation>Лицензии сторонних компонентов</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{app}&lt;/h2&gt;&lt;p&gt;Version {version}&lt;/p&gt;</source>
        <translation>&lt;h2&gt;{app}&lt;/h2&gt;&lt;p&gt;Версия {version}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open {folder} in the file manager</source>
        <translation>Открыть папку {folder} в файловом менеджере</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Your data stays in these folders on this computer; uninstalling the app keeps them unless you choose to remove them.</source>
        <translation>Ваши данные хранятся в этих папках на этом компьютере. При удалении приложения они сохраняются, если вы не решите удалить и их.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where your data is kept&lt;/b&gt;</source>
        <translation>&lt;b&gt;Где хранятся ваши данные&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>The computer ran out of memory.</source>
        <translation>На компьютере закончилась память.</translation>
    </message>
    <message>
        <source>Close other programs, or try fewer or shorter texts.</source>
        <translation>Закройте другие программы или попробуйте меньше текстов или более короткие тексты.</translation>
    </message>
    <message>
        <source>A file could not be read or written ({path}): {reason}.</source>
        <translation>Не удалось прочитать или записать файл ({path}): {reason}.</translation>
    </message>
    <message>
        <source>A file could not be read or written: {reason}.</source>
        <translation>Не удалось прочитать или записать файл: {reason}.</translation>
    </message>
    <message>
        <source>Check that the file or folder exists and that you may use it.</source>
        <translation>Проверьте, что файл или папка существует и у вас есть к ним доступ.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>Произошла непредвиденная ошибка.</translation>
    </message>
    <message>
        <source>Your work is kept; you can try again.</source>
        <translation>Ваша работа сохранена — можно попробовать ещё раз.</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Sentences, one per line (or paste a spreadsheet column):</source>
        <translation>Предложения, по одному на строку (или вставьте столбец из таблицы):</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Примеры:</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <source>Type or paste sentences here, one per line.</source>
        <translation>Введите или вставьте сюда предложения, по одному на строку.</translation>
    </message>
    <message>
        <source>Compare against a second list (questions down, answers across)</source>
        <translation>Сравнить со вторым списком (вопросы — по строкам, ответы — по столбцам)</translation>
    </message>
    <message>
        <source>Compare against</source>
        <translation>Сравнить с</translation>
    </message>
    <message>
        <source>Sentences to compare against, one per line.</source>
        <translation>Предложения для сравнения, по одному на строку.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Second model</source>
        <translation>Вторая модель</translation>
    </message>
    <message>
        <source>Pairs that changed most:</source>
        <translation>Пары, которые изменились сильнее всего:</translation>
    </message>
    <message>
        <source>Pairs that changed most</source>
        <translation>Пары, которые изменились сильнее всего</translation>
    </message>
    <message>
        <source>Click a cell to see its two sentences and their score.</source>
        <translation>Нажмите на ячейку, чтобы увидеть её два предложения и их оценку сходства.</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Экспорт:</translation>
    </message>
    <message>
        <source>First model</source>
        <translation>Первая модель</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>Matrix to export</source>
        <translation>Какую матрицу экспортировать</translation>
    </message>
    <message>
        <source>Save the heatmap as a picture</source>
        <translation>Сохранить тепловую карту как изображение</translation>
    </message>
    <message>
        <source>Save the numbers for a spreadsheet</source>
        <translation>Сохранить числа для таблицы</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Worth knowing</source>
        <translation>Полезно знать</translation>
    </message>
    <message>
        <source>{note} Measured with its vocabulary: {verdicts}</source>
        <translation>{note} Проверено по словарю модели: {verdicts}</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>Строки с проблемами</translation>
    </message>
    <message>
        <source>Rows with problems; choose one to see the row</source>
        <translation>Строки с проблемами; выберите одну, чтобы увидеть её</translation>
    </message>
    <message>
        <source>Click to show this row in the table</source>
        <translation>Нажмите, чтобы показать эту строку в таблице</translation>
    </message>
    <message>
        <source>Text 1</source>
        <extracomment>Role slots: (key, label, help) in the order the drop-downs appear (texts marked for context &quot;DataPage&quot;, translated where shown).</extracomment>
        <translation>Текст 1</translation>
    </message>
    <message>
        <source>The first text of each row, e.g. a question or a sentence.</source>
        <translation>Первый текст каждой строки, например вопрос или предложение.</translation>
    </message>
    <message>
        <source>Text 2</source>
        <translation>Текст 2</translation>
    </message>
    <message>
        <source>The text that goes with it, e.g. the answer or a similar sentence.</source>
        <translation>Текст, который к нему относится, например ответ или похожее предложение.</translation>
    </message>
    <message>
        <source>Text 3 (optional)</source>
        <translation>Текст 3 (необязательно)</translation>
    </message>
    <message>
        <source>A text that does NOT match Text 1 (a “negative”). Leave empty if you have none.</source>
        <translation>Текст, который НЕ подходит к тексту 1 («отрицательный пример»). Оставьте пустым, если таких нет.</translation>
    </message>
    <message>
        <source>Score or label (optional)</source>
        <translation>Оценка или метка (необязательно)</translation>
    </message>
    <message>
        <source>How similar the two texts are (a score), or a 0/1 or class label.</source>
        <translation>Насколько похожи два текста (оценка) или метка 0/1 либо метка класса.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>What the data are</source>
        <translation>Что это за данные</translation>
    </message>
    <message>
        <source>Which column is which</source>
        <translation>Какой столбец что содержит</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Which value means “similar”?</source>
        <translation>Какое значение означает «похожи»?</translation>
    </message>
    <message>
        <source>Your label column holds two values. Some data sets use 1 for “similar”, others use 0 (“no difference”). Look at the examples and pick the value whose rows mean the same thing.</source>
        <translation>В столбце меток два разных значения. В одних наборах данных «похожи» обозначают 1, в других — 0 («нет различий»). Посмотрите на примеры и выберите значение, при котором оба текста в строке означают одно и то же.</translation>
    </message>
    <message>
        <source>Checking the result</source>
        <translation>Проверка результата</translation>
    </message>
    <message>
        <source>Some rows are kept aside and not learned from; after training the app measures on them how much the model improved.</source>
        <translation>Часть строк откладывается, и модель на них не учится; после обучения приложение проверяет на них, насколько модель стала лучше.</translation>
    </message>
    <message>
        <source>&amp;Keep aside:</source>
        <translation>От&amp;ложить:</translation>
    </message>
    <message>
        <source>Share of rows kept aside for checking, in percent</source>
        <translation>Доля строк, отложенных для проверки, в процентах</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Use a &amp;separate file…</source>
        <translation>Взять отдельный &amp;файл…</translation>
    </message>
    <message>
        <source>Check the result on another file with the same columns instead of kept-aside rows (or drop that file on this box).</source>
        <translation>Проверить результат на другом файле с теми же столбцами вместо отложенных строк (или перетащите этот файл в это поле).</translation>
    </message>
    <message>
        <source>Don&apos;t use it</source>
        <translation>Не использовать</translation>
    </message>
    <message>
        <source>Open a file to check the result on</source>
        <translation>Откройте файл для проверки результата</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Чтение {name}…</translation>
    </message>
    <message>
        <source>{name}: {rows:,} rows.</source>
        <translation>{name}: строк — {rows:,}.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Не удалось прочитать файл.</translation>
    </message>
    <message>
        <source>Spreadsheets and data files</source>
        <extracomment>The data files the file dialogs offer (the patterns are not translated). What the file dialogs offer, in English (see :func:`file_filter` for the shown one).</extracomment>
        <translation>Таблицы и файлы данных</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <source>Drop your spreadsheet here</source>
        <translation>Перетащите сюда свою таблицу</translation>
    </message>
    <message>
        <source>CSV, TSV, Excel (.xlsx), OpenDocument (.ods) or JSON. Each row should hold texts that belong together, such as a question and its answer.</source>
        <translation>CSV, TSV, Excel (.xlsx), OpenDocument (.ods) или JSON. В каждой строке должны быть тексты, которые относятся друг к другу, например вопрос и ответ на него.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ваши данные</translation>
    </message>
    <message>
        <source>Give the app the spreadsheet it should learn from. It reads the file, guesses what each column holds and checks every row; change any guess on the right.</source>
        <translation>Дайте приложению таблицу, на которой модель будет учиться. Приложение прочитает файл, определит, что в каком столбце, и проверит каждую строку; любое его предположение можно изменить справа.</translation>
    </message>
    <message>
        <source>Open your data</source>
        <translation>Откройте свои данные</translation>
    </message>
    <message>
        <source>{name}  ·  {rows:,} rows</source>
        <translation>{name}  ·  строк: {rows:,}</translation>
    </message>
    <message>
        <source>Drop another file here to replace it, or browse for one.</source>
        <translation>Перетащите сюда другой файл, чтобы заменить этот, или выберите его вручную.</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 с BOM</translation>
    </message>
    <message>
        <source>UTF-16 (Excel “Unicode text”)</source>
        <translation>UTF-16 (Excel «Текст в Юникоде»)</translation>
    </message>
    <message>
        <source>Windows-1251 (Russian)</source>
        <translation>Windows-1251 (русский)</translation>
    </message>
    <message>
        <source>CP949 (Korean, Windows)</source>
        <translation>CP949 (корейский, Windows)</translation>
    </message>
    <message>
        <source>EUC-KR (Korean)</source>
        <translation>EUC-KR (корейский)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (Западная Европа)</translation>
    </message>
    <message>
        <source>Comma  ,</source>
        <extracomment>Delimiters offered for text files (marked for context &quot;DataPage&quot;).</extracomment>
        <translation>Запятая  ,</translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation>Точка с запятой  ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Pipe  |</source>
        <translation>Вертикальная черта  |</translation>
    </message>
    <message>
        <source>How the file was read</source>
        <translation>Как был прочитан файл</translation>
    </message>
    <message>
        <source>Kind of file:</source>
        <translation>Тип файла:</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Кодировка текста</translation>
    </message>
    <message>
        <source>How letters are stored in the file. Change it if the text looks garbled.</source>
        <translation>Как буквы записаны в файле. Измените её, если текст выглядит как набор непонятных символов.</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>Кодировка текста:</translation>
    </message>
    <message>
        <source>Delimiter between columns</source>
        <translation>Разделитель столбцов</translation>
    </message>
    <message>
        <source>The character between the columns of a row.</source>
        <translation>Символ между столбцами в строке.</translation>
    </message>
    <message>
        <source>Columns separated by:</source>
        <translation>Столбцы разделены:</translation>
    </message>
    <message>
        <source>Sheet of the workbook</source>
        <translation>Лист книги</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Лист:</translation>
    </message>
    <message>
        <source>The first row holds column names</source>
        <translation>В первой строке — названия столбцов</translation>
    </message>
    <message>
        <source>Rows of the data file</source>
        <translation>Строки файла данных</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Something needs your attention</source>
        <translation>Требуется ваше внимание</translation>
    </message>
    <message>
        <source>{app}: unexpected error</source>
        <translation>{app}: непредвиденная ошибка</translation>
    </message>
    <message>
        <source>&lt;b&gt;Something went wrong inside the app.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Внутри приложения что-то пошло не так.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your work is still here and you can go on. If it happens again, please copy the details below into a bug report.</source>
        <translation>Ваша работа на месте, можно продолжать. Если это повторится, скопируйте, пожалуйста, сведения ниже в сообщение об ошибке.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Подробности ошибки</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Копировать подробности</translation>
    </message>
    <message>
        <source>Allow this model&apos;s own code?</source>
        <translation>Разрешить собственный код этой модели?</translation>
    </message>
    <message>
        <source>&lt;b&gt;The model “{model}” comes with its own program code.&lt;/b&gt;&lt;br&gt;&lt;br&gt;It comes from {source}.&lt;br&gt;&lt;br&gt;To use it, the app would run that code on this computer, with your rights: it could read, change or delete your files, or send them elsewhere. Allow it only if you trust whoever made this model.&lt;br&gt;&lt;br&gt;Your choice holds until you close the app or pick another model; it is never saved in a project.</source>
        <translation>&lt;b&gt;Модель «{model}» поставляется со своим программным кодом.&lt;/b&gt;&lt;br&gt;&lt;br&gt;Источник: {source}.&lt;br&gt;&lt;br&gt;Чтобы её использовать, приложению придётся запустить этот код на вашем компьютере с вашими правами: он сможет читать, изменять или удалять ваши файлы или отправлять их куда-либо. Разрешайте, только если доверяете автору этой модели.&lt;br&gt;&lt;br&gt;Ваш выбор действует, пока вы не закроете приложение или не выберете другую модель; в проекте он никогда не сохраняется.</translation>
    </message>
    <message>
        <source>&amp;Allow its code</source>
        <translation>&amp;Разрешить код</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Browse for a file</source>
        <translation>Выбрать файл</translation>
    </message>
    <message>
        <source>Drop zone: drop a spreadsheet file here</source>
        <translation>Область для перетаскивания: перетащите сюда файл таблицы</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>This format needs the export add-on, which this installation of the app does not include. Ask whoever installed the app to add it.</source>
        <extracomment>What the dialog says when a format&apos;s add-on is missing (no commands in the GUI); show it with ``translate(&quot;ExportDialog&quot;, ADD_ON_MISSING)``.</extracomment>
        <translation>Для этого формата нужно дополнение для экспорта, которого нет в этой установке приложения. Попросите того, кто устанавливал приложение, добавить его.</translation>
    </message>
    <message>
        <source>Checked on {checked} texts ({source}): the vectors match the original model&apos;s at {mean:.1%} on average (lowest {lowest:.1%}; 100% = identical).</source>
        <translation>Проверено текстов: {checked} ({source}). Векторы в среднем совпадают с векторами исходной модели на {mean:.1%} (минимум — {lowest:.1%}; 100% — полное совпадение).</translation>
    </message>
    <message>
        <source>On this computer&apos;s processor it encoded {timed} texts {speedup:.1f} times as fast as the original ({exported:.2f} s instead of {original:.2f} s).</source>
        <translation>На процессоре этого компьютера она обработала тексты (всего {timed}) в {speedup:.1f} раза быстрее исходной ({exported:.2f} с вместо {original:.2f} с).</translation>
    </message>
    <message>
        <source>On this computer&apos;s processor it was not faster than the original ({exported:.2f} s instead of {original:.2f} s).</source>
        <translation>На процессоре этого компьютера она работала не быстрее исходной ({exported:.2f} с вместо {original:.2f} с).</translation>
    </message>
    <message>
        <source>Size: {megabytes:.0f} MB.</source>
        <translation>Размер: {megabytes:.0f} МБ.</translation>
    </message>
    <message>
        <source>Export for other programs</source>
        <translation>Экспорт для других программ</translation>
    </message>
    <message>
        <source>Save a copy of the model that other programs can run quickly, without this app and without PyTorch. The original model stays as it is.</source>
        <translation>Сохранить копию модели, которую другие программы смогут быстро запускать без этого приложения и без PyTorch. Исходная модель останется без изменений.</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>Сохранить в:</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Папка экспорта</translation>
    </message>
    <message>
        <source>Replace an earlier export in this folder</source>
        <translation>Заменить прежний экспорт в этой папке</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>Folder for the export</source>
        <translation>Папка для экспорта</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>Exported to {folder}.</source>
        <translation>Экспортировано в {folder}.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Отменено; ничего не записано.</translation>
    </message>
    <message>
        <source>Choose another folder, or tick “Replace an earlier export”.</source>
        <translation>Выберите другую папку или отметьте «Заменить прежний экспорт».</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Не удалось выполнить экспорт.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message>
        <source>Type sentences to see how similar the model finds them.</source>
        <extracomment>matplotlib&apos;s RdBu_r at 0, 0.1, …, 1.</extracomment>
        <translation>Введите предложения, чтобы увидеть, насколько похожими их считает модель.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <source>{row}
↔
{column}

{what}: {value}</source>
        <translation>{row}
↔
{column}

{what}: {value}</translation>
    </message>
</context>
<context>
    <name>LossPage</name>
    <message>
        <source>Recommended for your data</source>
        <extracomment>Vector size assumed for the Matryoshka choices until a model is chosen.</extracomment>
        <translation>Рекомендуется для ваших данных</translation>
    </message>
    <message>
        <source>&lt;i&gt;When to pick it:&lt;/i&gt; {when}</source>
        <translation>&lt;i&gt;Когда выбирать:&lt;/i&gt; {when}</translation>
    </message>
    <message>
        <source>Not available: {reason}</source>
        <translation>Недоступно: {reason}</translation>
    </message>
    <message>
        <source>Also learn from answers that look right but are wrong</source>
        <translation>Учиться также на ответах, которые выглядят правильными, но неверны</translation>
    </message>
    <message>
        <source>Wrong answers per question:</source>
        <translation>Неверных ответов на вопрос:</translation>
    </message>
    <message>
        <source>Wrong answers per question</source>
        <translation>Неверных ответов на вопрос</translation>
    </message>
    <message>
        <source>Show examples</source>
        <translation>Показать примеры</translation>
    </message>
    <message>
        <source>Look for wrong answers in up to {rows} of your rows now, without training.</source>
        <translation>Поискать неверные ответы среди ваших строк (не более {rows}) прямо сейчас, без обучения.</translation>
    </message>
    <message>
        <source>On a sample of your rows: {found} Look at the examples: is any answer taught as wrong in fact right?</source>
        <translation>На выборке ваших строк: {found} Посмотрите на примеры: нет ли среди ответов, которые модель учится считать неверными, на самом деле правильных?</translation>
    </message>
    <message>
        <source>&lt;i&gt;No wrong answer was safe enough to use.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Ни один неверный ответ не оказался достаточно надёжным, чтобы его использовать.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;Question:&lt;/b&gt; {question}&lt;br&gt;&lt;b&gt;Right answer:&lt;/b&gt; {answer} &lt;span style=&apos;color:#555&apos;&gt;(similarity {answer_score:.2f})&lt;/span&gt;&lt;br&gt;&lt;b&gt;Taught as wrong:&lt;/b&gt; {wrong} &lt;span style=&apos;color:#555&apos;&gt;(similarity {wrong_score:.2f})&lt;/span&gt;&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;Вопрос:&lt;/b&gt; {question}&lt;br&gt;&lt;b&gt;Правильный ответ:&lt;/b&gt; {answer} &lt;span style=&apos;color:#555&apos;&gt;(сходство {answer_score:.2f})&lt;/span&gt;&lt;br&gt;&lt;b&gt;Учится как неверный:&lt;/b&gt; {wrong} &lt;span style=&apos;color:#555&apos;&gt;(сходство {wrong_score:.2f})&lt;/span&gt;&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Also make shorter vectors work (Matryoshka)</source>
        <translation>Научить модель работать и с более короткими векторами (Matryoshka)</translation>
    </message>
    <message>
        <source>Vector sizes to train for:</source>
        <translation>Размеры векторов для обучения:</translation>
    </message>
    <message>
        <source>Your data: &lt;b&gt;{shape}&lt;/b&gt;. Losses that cannot learn from this are greyed out, with the reason.</source>
        <translation>Ваши данные: &lt;b&gt;{shape}&lt;/b&gt;. Функции потерь, которые не могут учиться на таких данных, выделены серым, с указанием причины.</translation>
    </message>
    <message>
        <source>Choose your data first: which losses fit depends on it.</source>
        <translation>Сначала выберите данные: от них зависит, какие функции потерь подходят.</translation>
    </message>
    <message>
        <source>Vector size {size}</source>
        <translation>Размер вектора {size}</translation>
    </message>
    <message>
        <source>Only Multiple Negatives Ranking losses learn from wrong answers.</source>
        <translation>На неверных ответах учатся только функции потерь Multiple Negatives Ranking.</translation>
    </message>
    <message>
        <source>Choose your data first.</source>
        <translation>Сначала выберите данные.</translation>
    </message>
    <message>
        <source>Loading the model and reading your examples…</source>
        <translation>Загрузка модели и чтение ваших примеров…</translation>
    </message>
    <message>
        <source>Comparing questions and answers… {done:,} of {total:,} texts</source>
        <translation>Сравнение вопросов и ответов… обработано текстов: {done:,} из {total:,}</translation>
    </message>
    <message>
        <source>The examples could not be found because of an unexpected problem.</source>
        <translation>Не удалось найти примеры из-за непредвиденной проблемы.</translation>
    </message>
    <message>
        <source>Pick how the model should learn.</source>
        <translation>Выберите, как модель будет учиться.</translation>
    </message>
    <message>
        <source>Tick at least one vector size for Matryoshka, or turn it off.</source>
        <translation>Отметьте хотя бы один размер вектора для Matryoshka или отключите эту функцию.</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>evaluation score</source>
        <extracomment>Milliseconds between redraws while points arrive. Never spend more than about 1/this of the GUI thread on redrawing.</extracomment>
        <translation>оценка качества</translation>
    </message>
    <message>
        <source>The loss curve appears here once training starts.</source>
        <extracomment>How many of the redraws only blitted the lines over the kept frame.</extracomment>
        <translation>График потерь появится здесь, когда начнётся обучение.</translation>
    </message>
    <message>
        <source>{metric} (higher is better)</source>
        <translation>{metric} (чем больше, тем лучше)</translation>
    </message>
    <message>
        <source>{metric}
(higher is better)</source>
        <translation>{metric}
(чем больше, тем лучше)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} projects</source>
        <translation>Проекты {app}</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Обучение</translation>
    </message>
    <message>
        <source>Teach a model your data, step by step</source>
        <translation>Обучите модель на своих данных, шаг за шагом</translation>
    </message>
    <message>
        <source>&amp;Playground</source>
        <translation>&amp;Песочница</translation>
    </message>
    <message>
        <source>See how similar a model finds your sentences</source>
        <translation>Посмотрите, насколько похожими модель считает ваши предложения</translation>
    </message>
    <message>
        <source>Engine: not loaded yet</source>
        <translation>Движок: ещё не загружен</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Создать проект</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>&amp;Сохранить проект</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Сохранить проект &amp;как…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;О программе {app}</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>{language} will be used from the next start.</source>
        <translation>{language} будет использоваться со следующего запуска.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>{language} will be used the next time you start {app}. Close and open the app again to switch now; your project is kept if you save it first.</source>
        <translation>{language} будет использоваться при следующем запуске {app}. Чтобы переключиться сейчас, закройте и снова откройте приложение; проект сохранится, если вы сначала его сохраните.</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Нет недавних проектов</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>О программе {app}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;Fine-tune sentence-embedding models on your own spreadsheets.</source>
        <translation>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;Дообучайте модели эмбеддингов предложений на своих таблицах.</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <source>Could not open the project</source>
        <translation>Не удалось открыть проект</translation>
    </message>
    <message>
        <source>Some files of this project are not on this computer:
{names}</source>
        <translation>Некоторых файлов этого проекта нет на этом компьютере:
{names}</translation>
    </message>
    <message>
        <source>Everything else was loaded. Pick the data file again on the Data step.</source>
        <translation>Всё остальное загружено. Выберите файл данных заново на шаге «Данные».</translation>
    </message>
    <message>
        <source>Files are missing</source>
        <translation>Не хватает файлов</translation>
    </message>
    <message>
        <source>Everything else was loaded. You will be asked before anything is replaced or any model code runs.</source>
        <translation>Всё остальное загружено. Прежде чем что-либо заменить или запустить код модели, приложение спросит вас.</translation>
    </message>
    <message>
        <source>Some requests in the project were not followed</source>
        <translation>Некоторые настройки проекта не были применены</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>Открыт проект {name}</translation>
    </message>
    <message>
        <source>My project</source>
        <translation>Мой проект</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Сохранить проект</translation>
    </message>
    <message>
        <source>Could not save the project</source>
        <translation>Не удалось сохранить проект</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Сохранено: {name}</translation>
    </message>
    <message>
        <source>The playground is not part of this build yet.</source>
        <translation>Песочница пока не входит в эту сборку.</translation>
    </message>
    <message>
        <source>Loading engine…</source>
        <translation>Загрузка движка…</translation>
    </message>
    <message>
        <source>Engine ready ({description})</source>
        <translation>Движок готов ({description})</translation>
    </message>
    <message>
        <source>The machine-learning libraries are loaded.</source>
        <translation>Библиотеки машинного обучения загружены.</translation>
    </message>
    <message>
        <source>Engine could not be loaded</source>
        <translation>Не удалось загрузить движок</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <source>Model</source>
        <extracomment>The list&apos;s headers as shown (``COLUMNS`` stays the English keys of :meth:`rows`).</extracomment>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Vector size</source>
        <translation>Размер вектора</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>На этом компьютере</translation>
    </message>
    <message>
        <source>Search by name, language or licence…</source>
        <translation>Поиск по названию, языку или лицензии…</translation>
    </message>
    <message>
        <source>Search the models</source>
        <translation>Поиск моделей</translation>
    </message>
    <message>
        <source>Models to start from</source>
        <translation>Модели, с которых можно начать</translation>
    </message>
    <message>
        <source>Download it</source>
        <translation>Скачать</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>Use a &amp;model folder on this computer…</source>
        <translation>Взять папку с &amp;моделью на этом компьютере…</translation>
    </message>
    <message>
        <source>or a Hugging Face id, e.g. BAAI/bge-small-en-v1.5</source>
        <translation>или идентификатор Hugging Face, например BAAI/bge-small-en-v1.5</translation>
    </message>
    <message>
        <source>Hugging Face model id</source>
        <translation>Идентификатор модели Hugging Face</translation>
    </message>
    <message>
        <source>&amp;Use this id</source>
        <translation>&amp;Использовать этот идентификатор</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Ваш выбор</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Скачать</translation>
    </message>
    <message>
        <source>Cancel download</source>
        <translation>Отменить скачивание</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>How well it knows your texts</source>
        <translation>Насколько хорошо она знает ваши тексты</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Базовая модель</translation>
    </message>
    <message>
        <source>Training starts from a model that already understands language and teaches it your data. Pick one that knows your language; smaller ones train faster.</source>
        <translation>Обучение начинается с модели, которая уже понимает язык: её дообучают на ваших данных. Выберите модель, которая знает ваш язык; небольшие модели обучаются быстрее.</translation>
    </message>
    <message>
        <source>Pick a model folder</source>
        <translation>Выберите папку с моделью</translation>
    </message>
    <message>
        <source>{problem} Pick the folder that holds those files.</source>
        <translation>{problem} Выберите папку, в которой лежат эти файлы.</translation>
    </message>
    <message>
        <source>Connecting to download {hub_id}…</source>
        <translation>Подключение для скачивания {hub_id}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Downloaded. The model is now on this computer.</source>
        <translation>Скачано. Теперь модель есть на этом компьютере.</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>Скачивание отменено.</translation>
    </message>
    <message>
        <source>Use {name}</source>
        <translation>Использовать {name}</translation>
    </message>
    <message>
        <source>Keep {name}</source>
        <translation>Оставить {name}</translation>
    </message>
    <message>
        <source>Pick a model to start from.</source>
        <translation>Выберите модель, с которой начать.</translation>
    </message>
    <message>
        <source>Wait for the download to finish.</source>
        <translation>Дождитесь окончания скачивания.</translation>
    </message>
    <message>
        <source>This model is not on this computer: download it, or pick another one.</source>
        <translation>Этой модели нет на этом компьютере: скачайте её или выберите другую.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Choose a model folder…</source>
        <translation>Выбрать папку с моделью…</translation>
    </message>
    <message>
        <source>Use a sentence-transformers model saved on this computer.</source>
        <translation>Использовать модель sentence-transformers, сохранённую на этом компьютере.</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Выберите папку с моделью</translation>
    </message>
</context>
<context>
    <name>ModelSources</name>
    <message>
        <source>✓ on this computer</source>
        <translation>✓ на этом компьютере</translation>
    </message>
    <message>
        <source>download needed</source>
        <translation>нужно скачать</translation>
    </message>
    <message>
        <source>{hub_id}
{description}
Languages: {languages}
{size_mb} MB, {dimensions} dimensions, licence {licence}</source>
        <translation>{hub_id}
{description}
Языки: {languages}
{size_mb} МБ, размерность: {dimensions}, лицензия {licence}</translation>
    </message>
    <message>
        <source>unknown data</source>
        <translation>неизвестные данные</translation>
    </message>
    <message>
        <source>trained {when} on {data}</source>
        <translation>обучена {when} на данных {data}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>{folder}
Base model: {base}
Data: {data}</source>
        <translation>{folder}
Базовая модель: {base}
Данные: {data}</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>папка</translation>
    </message>
</context>
<context>
    <name>PackageRunDialog</name>
    <message>
        <source>When training is too slow on this computer, run it on a bigger one, for example a rented server with one or more graphics cards (GPUs). The app writes a folder with your data, these settings, the base model and its own training program. Copy the folder to the other computer and start the script in it (its README explains how): it uses every GPU there. The trained model appears in the folder&apos;s “output” folder; copy it back and open it here like any model.</source>
        <translation>Если обучение на этом компьютере идёт слишком медленно, запустите его на более мощном, например на арендованном сервере с одной или несколькими видеокартами (GPU). Приложение создаст папку с вашими данными, этими настройками, базовой моделью и собственной программой обучения. Скопируйте папку на другой компьютер и запустите в ней скрипт (как это сделать, написано в README): он задействует все GPU этого компьютера. Обученная модель появится в папке «output» внутри этой папки; скопируйте её обратно и откройте здесь, как любую другую модель.</translation>
    </message>
    <message>
        <source>Run on another machine</source>
        <translation>Запуск на другом компьютере</translation>
    </message>
    <message>
        <source>Write the folder to:</source>
        <translation>Записать папку в:</translation>
    </message>
    <message>
        <source>Folder for the other machine</source>
        <translation>Папка для другого компьютера</translation>
    </message>
    <message>
        <source>Replace a folder written here earlier by this app</source>
        <translation>Заменить папку, записанную сюда ранее этим приложением</translation>
    </message>
    <message>
        <source>&amp;Write folder</source>
        <translation>&amp;Записать папку</translation>
    </message>
    <message>
        <source>Choose your data first (the Data page).</source>
        <translation>Сначала выберите данные (страница «Данные»).</translation>
    </message>
    <message>
        <source>Copying your data, the model and the training program…</source>
        <translation>Копирование ваших данных, модели и программы обучения…</translation>
    </message>
    <message>
        <source>Written to {folder} ({megabytes:.0f} MB).</source>
        <translation>Записано в {folder} ({megabytes:.0f} МБ).</translation>
    </message>
    <message>
        <source>The base model is included, so the other computer needs no download.</source>
        <translation>Базовая модель включена, поэтому другому компьютеру ничего не нужно скачивать.</translation>
    </message>
    <message>
        <source>The other computer downloads the base model when it starts (it needs internet access).</source>
        <translation>Другой компьютер скачает базовую модель при запуске (ему нужен доступ в интернет).</translation>
    </message>
    <message>
        <source>Copy the folder to the other computer and follow its README; the trained model appears in its “{output}” folder.</source>
        <translation>Скопируйте папку на другой компьютер и следуйте инструкциям в README; обученная модель появится в её папке «{output}».</translation>
    </message>
    <message>
        <source>Choose another folder, or tick “Replace”.</source>
        <translation>Выберите другую папку или отметьте «Заменить».</translation>
    </message>
    <message>
        <source>The folder could not be written.</source>
        <translation>Не удалось записать папку.</translation>
    </message>
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <source>Model:</source>
        <extracomment>Quiet time after the last keystroke before the matrix is recomputed. Short enough that keystroke-to-heatmap stays under 200 ms for 20 sentences; cheap because an edit re-encodes only the changed line (the embedding cache) and a result overtaken by a newer edit is dropped, so fast typing never queues work.</extracomment>
        <translation>Модель:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Compare with a second model:</source>
        <translation>Сравнить со второй моделью:</translation>
    </message>
    <message>
        <source>Show the base model and your fine-tuned model side by side, and what changed.</source>
        <translation>Показать базовую и дообученную модели рядом, а также что изменилось.</translation>
    </message>
    <message>
        <source>Second model</source>
        <translation>Вторая модель</translation>
    </message>
    <message>
        <source>Pick a model and type some sentences.</source>
        <translation>Выберите модель и введите несколько предложений.</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Model ready. The matrix follows your typing.</source>
        <translation>Модель готова. Матрица обновляется по мере ввода.</translation>
    </message>
    <message>
        <source>Could not load {model}.</source>
        <translation>Не удалось загрузить {model}.</translation>
    </message>
    <message>
        <source>There is no matrix to export yet.</source>
        <translation>Пока нет матрицы для экспорта.</translation>
    </message>
    <message>
        <source>Type some sentences first.</source>
        <translation>Сначала введите несколько предложений.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Сохранено: {path}.</translation>
    </message>
    <message>
        <source>The matrix could not be computed.</source>
        <translation>Не удалось вычислить матрицу.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Your model got better.</source>
        <extracomment>The headline for each verdict; only &quot;better&quot; is shown as a success (green). The texts are marked for context &quot;ResultPage&quot;; :func:`verdict_headline` translates them.</extracomment>
        <translation>Ваша модель стала лучше.</translation>
    </message>
    <message>
        <source>Your model got worse on the rows it had not seen.</source>
        <translation>Ваша модель стала хуже на строках, которых она не видела.</translation>
    </message>
    <message>
        <source>No real change.</source>
        <translation>Заметных изменений нет.</translation>
    </message>
    <message>
        <source>The result cannot be measured.</source>
        <translation>Результат невозможно измерить.</translation>
    </message>
    <message>
        <source>Training finished.</source>
        <translation>Обучение завершено.</translation>
    </message>
    <message>
        <source>Your model is still poor.</source>
        <translation>Ваша модель пока работает плохо.</translation>
    </message>
    <message>
        <source>No training has finished yet.</source>
        <translation>Ни одно обучение ещё не завершилось.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The pairs that changed most&lt;/b&gt; (rows it had not seen)</source>
        <translation>&lt;b&gt;Пары, которые изменились сильнее всего&lt;/b&gt; (строки, которых модель не видела)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Other text</source>
        <translation>Другой текст</translation>
    </message>
    <message>
        <source>Your score</source>
        <translation>Ваша оценка</translation>
    </message>
    <message>
        <source>Similarity before</source>
        <translation>Сходство до</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Settings tried</source>
        <translation>Опробованные настройки</translation>
    </message>
    <message>
        <source>Main measure</source>
        <translation>Основной показатель</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Открыть &amp;папку</translation>
    </message>
    <message>
        <source>Try it in the &amp;Playground (compare with the base model)</source>
        <translation>&amp;Опробовать в Песочнице (сравнить с базовой моделью)</translation>
    </message>
    <message>
        <source>E&amp;xport for other programs…</source>
        <translation>&amp;Экспорт для других программ…</translation>
    </message>
    <message>
        <source>Train &amp;again (change settings)…</source>
        <translation>Обучить &amp;снова (изменить настройки)…</translation>
    </message>
    <message>
        <source>Change the settings and train again; the new model gets a folder of its own and this result stays in the list below.</source>
        <translation>Измените настройки и обучите модель снова; новая модель получит свою папку, а этот результат останется в списке ниже.</translation>
    </message>
    <message>
        <source>Training was stopped early after {steps:,} of {total:,} steps; the model keeps what it learned so far.</source>
        <translation>Обучение остановлено досрочно (выполнено шагов: {steps:,} из {total:,}); модель сохраняет всё, чему успела научиться.</translation>
    </message>
    <message>
        <source>Training was stopped early; the model keeps what it learned so far.</source>
        <translation>Обучение остановлено досрочно; модель сохраняет всё, чему успела научиться.</translation>
    </message>
    <message>
        <source>The model was saved in:&lt;br&gt;&lt;b&gt;{folder}&lt;/b&gt;</source>
        <translation>Модель сохранена в папке:&lt;br&gt;&lt;b&gt;{folder}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{loss}, learning rate {rate:g}, {passes:g} passes</source>
        <translation>{loss}, скорость обучения {rate:g}, проходов: {passes:g}</translation>
    </message>
    <message>
        <source>{loss}, learning rate {rate:g}, {passes:g} pass</source>
        <translation>{loss}, скорость обучения {rate:g}, проходов: {passes:g}</translation>
    </message>
    <message>
        <source>tried</source>
        <translation>опробовано</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>остановлено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>не удалось</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>не опробовано</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>оставлена</translation>
    </message>
    <message>
        <source>{name}: the main measure</source>
        <translation>{name}: основной показатель</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Сохранено как {path}</translation>
    </message>
    <message>
        <source>The loss plot could not be saved. {error}</source>
        <translation>Не удалось сохранить график потерь. {error}</translation>
    </message>
</context>
<context>
    <name>RunDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Открыть папку</translation>
    </message>
</context>
<context>
    <name>RunsList</name>
    <message>
        <source>&lt;b&gt;Your runs with this data&lt;/b&gt; (click one to show its result)</source>
        <translation>&lt;b&gt;Ваши запуски с этими данными&lt;/b&gt; (нажмите на запуск, чтобы увидеть его результат)</translation>
    </message>
    <message>
        <source>Finished runs with this data</source>
        <translation>Завершённые запуски с этими данными</translation>
    </message>
    <message>
        <source>{mark} {words}: </source>
        <translation>{mark} {words}: </translation>
    </message>
    <message>
        <source> (shown)</source>
        <translation> (показан)</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search query</source>
        <translation>Поисковый запрос</translation>
    </message>
    <message>
        <source>Type a question or a phrase to find the closest rows…</source>
        <translation>Введите вопрос или фразу, чтобы найти самые близкие строки…</translation>
    </message>
    <message>
        <source>Search with:</source>
        <translation>Искать с помощью:</translation>
    </message>
    <message>
        <source>Model to search with</source>
        <translation>Модель для поиска</translation>
    </message>
    <message>
        <source>The model that finds the closest rows. In compare mode, pick either model.</source>
        <translation>Модель, которая находит самые близкие строки. В режиме сравнения можно выбрать любую из двух моделей.</translation>
    </message>
    <message>
        <source>Search a pasted list instead</source>
        <translation>Искать по вставленному списку</translation>
    </message>
    <message>
        <source>Texts to search</source>
        <translation>Тексты для поиска</translation>
    </message>
    <message>
        <source>Paste the texts to search, one per line.</source>
        <translation>Вставьте тексты для поиска, по одному на строку.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Automatic (fastest the device supports)</source>
        <extracomment>The precisions offered: (key, what the user sees; marked for context &quot;SettingsPage&quot;).</extracomment>
        <translation>Автоматически (самый быстрый вариант для устройства)</translation>
    </message>
    <message>
        <source>Full precision (fp32)</source>
        <translation>Полная точность (fp32)</translation>
    </message>
    <message>
        <source>Half precision (fp16, GPUs)</source>
        <translation>Половинная точность (fp16, GPU)</translation>
    </message>
    <message>
        <source>bfloat16 (newer GPUs)</source>
        <translation>bfloat16 (новые GPU)</translation>
    </message>
    <message>
        <source>Find the &amp;best settings for me, within</source>
        <extracomment>Settings that live in the Advanced section (a problem with one opens it).</extracomment>
        <translation>Подобрать &amp;лучшие настройки за</translation>
    </message>
    <message>
        <source>Trains first with the automatic settings, then with other settings while they fit in the time you give, each measured on the same rows kept apart. Other settings replace the automatic ones only when they are better by more than chance explains.</source>
        <translation>Сначала обучает с автоматическими настройками, затем с другими, пока они укладываются в отведённое вами время; каждый вариант проверяется на одних и тех же отложенных строках. Другие настройки заменяют автоматические, только если они лучше на величину, которую не объяснить случайностью.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>&amp;Эпохи:</translation>
    </message>
    <message>
        <source>How many times the model reads all your examples.</source>
        <translation>Сколько раз модель прочитает все ваши примеры.</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>&amp;Размер пакета:</translation>
    </message>
    <message>
        <source>Examples learned from together; bigger is often better but needs more memory.</source>
        <translation>Сколько примеров модель изучает за раз; больше — часто лучше, но нужно больше памяти.</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Скорость обучения:</translation>
    </message>
    <message>
        <source>How big each correction is; smaller is safer, larger learns faster.</source>
        <translation>Насколько велика каждая поправка: меньше — надёжнее, больше — быстрее обучение.</translation>
    </message>
    <message>
        <source> tokens</source>
        <translatorcomment>Spin-box suffix after a number; Russian plural depends on the number (e.g. 64 токена, 128 токенов). Could not find a number-independent suffix that reads naturally.</translatorcomment>
        <translation type="unfinished"> токенов</translation>
    </message>
    <message>
        <source>&amp;Max length:</source>
        <translation>&amp;Макс. длина:</translation>
    </message>
    <message>
        <source>Longer texts are cut here; shorter is faster, too short loses meaning.</source>
        <translation>Более длинные тексты обрезаются до этой длины; короче — быстрее, но при слишком малой длине теряется смысл.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <source>&amp;Warm-up:</source>
        <translation>Р&amp;азогрев:</translation>
    </message>
    <message>
        <source>Share of steps that start gently.</source>
        <translation>Доля шагов в начале, когда модель учится осторожнее.</translation>
    </message>
    <message>
        <source>Weight &amp;decay:</source>
        <translation>&amp;Затухание весов:</translation>
    </message>
    <message>
        <source>Keeps the model from memorising; 0.01 is usual.</source>
        <translation>Не даёт модели просто запоминать примеры; обычно 0.01.</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>На&amp;чальное значение (seed):</translation>
    </message>
    <message>
        <source>The same seed gives the same run again.</source>
        <translation>С тем же начальным значением обучение повторится точно так же.</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>&amp;Точность:</translation>
    </message>
    <message>
        <source>Number format; automatic is right almost always.</source>
        <translation>Формат чисел; почти всегда подходит «автоматически».</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <source>E&amp;valuate every:</source>
        <translation>&amp;Оценивать каждые:</translation>
    </message>
    <message>
        <source>Steps between quality checks during training.</source>
        <translation>Сколько шагов между проверками качества во время обучения.</translation>
    </message>
    <message>
        <source>&amp;Checkpoint every:</source>
        <translation>&amp;Контрольная точка каждые:</translation>
    </message>
    <message>
        <source>Steps between checkpoints, to resume a stopped run.</source>
        <translation>Сколько шагов между контрольными точками, чтобы можно было продолжить остановленное обучение.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без ограничений</translation>
    </message>
    <message>
        <source>Stop &amp;after:</source>
        <translation>Остановить &amp;после:</translation>
    </message>
    <message>
        <source>Steps at most, whatever the epochs (for a quick try).</source>
        <translation>Не больше этого числа шагов, сколько бы ни было эпох (для быстрой пробы).</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Папка для результата</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <source>Save the new model in a new folder beside this one.</source>
        <translation>Сохранить новую модель в новой папке рядом с этой.</translation>
    </message>
    <message>
        <source>Use “{name}”</source>
        <translation>Использовать «{name}»</translation>
    </message>
    <message>
        <source>Allow its code…</source>
        <translation>Разрешить её код…</translation>
    </message>
    <message>
        <source>You allowed this model&apos;s own program code to run (for this session only).</source>
        <translation>Вы разрешили запуск собственного программного кода этой модели (только на этот сеанс).</translation>
    </message>
    <message>
        <source>&lt;b&gt;This model comes with its own program code.&lt;/b&gt; It runs only if you allow it; do that only for a model from a source you trust.</source>
        <translation>&lt;b&gt;Эта модель поставляется со своим программным кодом.&lt;/b&gt; Он запустится, только если вы это разрешите; делайте это только для моделей из надёжных источников.</translation>
    </message>
    <message>
        <source>Save the model &amp;in:</source>
        <translation>Сохранить модель &amp;в:</translation>
    </message>
    <message>
        <source>A new folder for the trained model, its card and its plots.</source>
        <translation>Новая папка для обученной модели, её карточки и графиков.</translation>
    </message>
    <message>
        <source>Run on another &amp;machine…</source>
        <translation>Запустить на др&amp;угом компьютере…</translation>
    </message>
    <message>
        <source>Pack these settings and your data to train on a bigger computer.</source>
        <translation>Упаковать эти настройки и ваши данные, чтобы обучить модель на более мощном компьютере.</translation>
    </message>
    <message>
        <source>Replace this folder?</source>
        <translation>Заменить эту папку?</translation>
    </message>
    <message>
        <source>The folder
{folder}
already holds files. Training would replace them with the new model.

Replace its contents?</source>
        <translation>В папке
{folder}
уже есть файлы. При обучении они будут заменены новой моделью.

Заменить её содержимое?</translation>
    </message>
    <message>
        <source>Folder for the trained model</source>
        <translation>Папка для обученной модели</translation>
    </message>
    <message>
        <source>The estimated training time appears once data are chosen.</source>
        <translation>Примерное время обучения появится, когда вы выберете данные.</translation>
    </message>
    <message>
        <source>This model comes with its own program code: allow it (only for a source you trust), or go back and pick another model.</source>
        <translation>Эта модель поставляется со своим программным кодом: разрешите его (только если доверяете источнику) или вернитесь назад и выберите другую модель.</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Worth knowing before you train:</source>
        <translation>Полезно знать перед обучением:</translation>
    </message>
    <message>
        <source>&amp;Start training</source>
        <translation>&amp;Запустить обучение</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>Stop after the current step; the model so far is kept.</source>
        <translation>Остановить после текущего шага; уже обученная модель сохранится.</translation>
    </message>
    <message>
        <source>Ready to start.</source>
        <translation>Всё готово к запуску.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Эпоха</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Прошло</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <source>Details (log)</source>
        <translation>Подробности (журнал)</translation>
    </message>
    <message>
        <source>Training log</source>
        <translation>Журнал обучения</translation>
    </message>
    <message>
        <source>Training is running.</source>
        <translation>Идёт обучение.</translation>
    </message>
    <message>
        <source>Start training first.</source>
        <translation>Сначала запустите обучение.</translation>
    </message>
    <message>
        <source>Loading the training engine…</source>
        <translation>Загрузка движка обучения…</translation>
    </message>
    <message>
        <source>Starting: {model} on {data}</source>
        <translation>Запуск: {model} на данных {data}</translation>
    </message>
    <message>
        <source>Stop training?</source>
        <translation>Остановить обучение?</translation>
    </message>
    <message>
        <source>Stop training now?

The model keeps what it learned so far and is saved in its folder; you can try it in the Playground.</source>
        <translation>Остановить обучение сейчас?

Модель сохранит то, чему успела научиться, и будет записана в свою папку; её можно опробовать в Песочнице.</translation>
    </message>
    <message>
        <source>Stopping after the current step and saving the model…</source>
        <translation>Остановка после текущего шага и сохранение модели…</translation>
    </message>
    <message>
        <source>Stop requested.</source>
        <translation>Запрошена остановка.</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>Обучение…</translation>
    </message>
    <message>
        <source>Evaluation ({phase}, step {step}): {label} = {value:.4f}</source>
        <translation>Оценка ({phase}, шаг {step}): {label} = {value:.4f}</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Примечание: {text}</translation>
    </message>
    <message>
        <source>Training could not finish.</source>
        <translation>Не удалось завершить обучение.</translation>
    </message>
    <message>
        <source>Error: {error}</source>
        <translation>Ошибка: {error}</translation>
    </message>
    <message>
        <source>Training could not finish</source>
        <translation>Не удалось завершить обучение</translation>
    </message>
    <message>
        <source>Training stopped because of an unexpected error.</source>
        <translation>Обучение остановлено из-за непредвиденной ошибки.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong during training.</source>
        <translation>Во время обучения произошла непредвиденная ошибка.</translation>
    </message>
    <message>
        <source>Your settings are kept; you can change them and start again.</source>
        <translation>Ваши настройки сохранены; можно изменить их и начать заново.</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>&amp;Запустить заново</translation>
    </message>
    <message>
        <source>{folder} already holds a model; saving in {fresh} instead.</source>
        <translation>В папке {folder} уже есть модель, поэтому новая будет сохранена в {fresh}.</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>Loading the training engine…</source>
        <extracomment>A function with run_training&apos;s signature: (config, on_event, cancel) -&gt; summary.</extracomment>
        <translation>Загрузка движка обучения…</translation>
    </message>
</context>
<context>
    <name>WarningStrip</name>
    <message>
        <source>⛔ 1 row left out (errors)</source>
        <extracomment>Warning codes that concern the chosen model&apos;s vocabulary (the model page&apos;s check).</extracomment>
        <translation>⛔ 1 строка исключена (ошибки)</translation>
    </message>
    <message>
        <source>⛔ {rows:,} rows left out (errors)</source>
        <translation>⛔ Исключено строк: {rows:,} (ошибки)</translation>
    </message>
    <message>
        <source>⚠ 1 warning</source>
        <translation>⚠ 1 предупреждение</translation>
    </message>
    <message>
        <source>⚠ {count} warnings</source>
        <translation>⚠ Предупреждений: {count}</translation>
    </message>
    <message>
        <source>ℹ 1 row note</source>
        <translation>ℹ 1 замечание к строке</translation>
    </message>
    <message>
        <source>ℹ {notes:,} row notes</source>
        <translation>ℹ Замечаний к строкам: {notes:,}</translation>
    </message>
    <message>
        <source>Click to see them</source>
        <translation>Нажмите, чтобы посмотреть</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Wizard steps</source>
        <extracomment>The wizard&apos;s steps in order, with their pages.</extracomment>
        <translation>Шаги мастера</translation>
    </message>
    <message>
        <source>Step {number}: {label}</source>
        <translation>Шаг {number}: {label}</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Вернуться к предыдущему шагу</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Идёт обучение</translation>
    </message>
    <message>
        <source>Training is still running. Stop it and close?

The model trained so far is kept in its output folder.</source>
        <translation>Обучение ещё идёт. Остановить его и закрыть?

Уже обученная модель сохранится в папке для результата.</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Your data</source>
        <translation>Ваши данные</translation>
    </message>
    <message>
        <source>The spreadsheet the model learns from.</source>
        <translation>Таблица, на которой учится модель.</translation>
    </message>
    <message>
        <source>How the model learns</source>
        <translation>Как учится модель</translation>
    </message>
    <message>
        <source>The loss is the lesson the model is given. The one that fits your data best is already selected; the others are explained so you can compare.</source>
        <translation>Функция потерь — это «урок», который получает модель. Лучше всего подходящая к вашим данным уже выбрана; остальные описаны, чтобы их можно было сравнить.</translation>
    </message>
    <message>
        <source>Base model</source>
        <extracomment>QSettings key remembering that the user declined the multilingual model download offer.</extracomment>
        <translation>Базовая модель</translation>
    </message>
    <message>
        <source>The model your data will teach.</source>
        <translation>Модель, которую будут учить ваши данные.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>How much your model learned, and where it is.</source>
        <translation>Насколько модель научилась и где она сохранена.</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>Настройки обучения</translation>
    </message>
    <message>
        <source>These defaults were chosen for your data and this computer. You can start right away or adjust them.</source>
        <translation>Эти значения по умолчанию подобраны для ваших данных и этого компьютера. Можно сразу начать или изменить их.</translation>
    </message>
    <message>
        <source>Train</source>
        <extracomment>Lines kept in the log view (older lines are dropped).</extracomment>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Start training and watch the model learn. You can stop at any time.</source>
        <translation>Запустите обучение и наблюдайте, как учится модель. Остановить его можно в любой момент.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>There is no file {path}. Check the path, or open the app and pick a project.</source>
        <extracomment>Environment variable that does the same (&quot;1&quot;/&quot;all&quot; or a comma-separated list of steps).</extracomment>
        <translation>Файла {path} нет. Проверьте путь или откройте приложение и выберите проект.</translation>
    </message>
    <message>
        <source>Unknown command &apos;{command}&apos;. Did you mean &apos;{suggestion}&apos;? The commands are: {commands}. Run &apos;main.py --help&apos; for how to use them.</source>
        <translation>Неизвестная команда «{command}». Возможно, вы имели в виду «{suggestion}»? Доступные команды: {commands}. Чтобы узнать, как ими пользоваться, выполните «main.py --help».</translation>
    </message>
    <message>
        <source>Unknown command &apos;{command}&apos;. The commands are: {commands}. Run &apos;main.py --help&apos; for how to use them.</source>
        <translation>Неизвестная команда «{command}». Доступные команды: {commands}. Чтобы узнать, как ими пользоваться, выполните «main.py --help».</translation>
    </message>
    <message>
        <source>No display was found, so the window cannot open. Start the app from a desktop session, or use the command line: run &apos;main.py --help&apos; for the commands.</source>
        <translation>Не найден дисплей, поэтому окно не может открыться. Запустите приложение из графического сеанса или используйте командную строку: список команд — «main.py --help».</translation>
    </message>
    <message>
        <source>Error: {problem}</source>
        <translation>Ошибка: {problem}</translation>
    </message>
</context>
<context>
    <name>best</name>
    <message>
        <source>The model from step {step:,} of {steps:,} was kept: the end of training could not be measured.</source>
        <translation>Сохранена модель с шага {step:,} из {steps:,}: модель в конце обучения измерить не удалось.</translation>
    </message>
    <message>
        <source>The model from step {step:,} of {steps:,} was kept, not the end of training: on the held-out rows it was clearly better ({kept} against {end} at the end).</source>
        <translation>Сохранена модель с шага {step:,} из {steps:,}, а не с конца обучения: на отложенных строках она была явно лучше ({kept} против {end} в конце).</translation>
    </message>
    <message>
        <source>The model from the end of training was kept. Step {step:,} measured a little higher on the held-out rows ({high} against {end}), but by less than chance explains.</source>
        <translation>Сохранена модель с конца обучения. На шаге {step:,} показатель на отложенных строках был немного выше ({high} против {end}), но эту разницу может дать и случайность.</translation>
    </message>
</context>
<context>
    <name>callbacks</name>
    <message>
        <source>The training loss became NaN (not a number): the model stopped learning anything useful.</source>
        <translation>Значение потерь при обучении стало NaN («не число»): модель перестала учиться чему-либо полезному.</translation>
    </message>
    <message>
        <source>Lower the learning rate, or check the scores/labels for extreme values; then train again.</source>
        <translation>Уменьшите скорость обучения или проверьте оценки/метки на слишком большие или странные значения, затем обучите модель снова.</translation>
    </message>
</context>
<context>
    <name>catalog_models</name>
    <message>
        <source>English</source>
        <extracomment>The 50 language codes on the cards of the paraphrase-multilingual-* models (their &quot;language:&quot; list; zh-cn/zh-tw as zh, fr-ca as fr, pt-br as pt). Sinhala is not among them. XLM-RoBERTa&apos;s pretraining languages as ISO 639-1 codes (93 distinct codes; the e5 cards count 94 languages), on which multilingual-e5 was then trained with text pairs, and which bge-m3 and the xlm-r-100langs model build on. Sinhala (si) is among them. LaBSE&apos;s 109 languages (its card), Sinhala included. The models offered in the model picker, the offline one first.</extracomment>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Small and quick; ships with the app, so it works without internet. Best for English text.</source>
        <translation>Маленькая и быстрая; входит в комплект приложения, поэтому работает без интернета. Лучше всего подходит для текстов на английском.</translation>
    </message>
    <message>
        <source>50 languages incl. Korean and Russian (not Sinhala)</source>
        <translation>50 языков, включая корейский и русский (но не сингальский)</translation>
    </message>
    <message>
        <source>A small, fast multilingual model; a good first choice for non-English data on a laptop.</source>
        <translation>Небольшая быстрая многоязычная модель; хороший первый выбор для данных не на английском на ноутбуке.</translation>
    </message>
    <message>
        <source>Tiny English paraphrase model; trains in minutes on a CPU.</source>
        <translation>Крошечная английская модель для перефразирований; обучается за несколько минут на CPU.</translation>
    </message>
    <message>
        <source>100 languages incl. Korean, Russian, Sinhala</source>
        <translation>100 языков, включая корейский, русский и сингальский</translation>
    </message>
    <message>
        <source>An older multilingual base model trained on NLI and STS; newer models usually do better.</source>
        <translation>Более старая многоязычная базовая модель, обученная на NLI и STS; новые модели обычно работают лучше.</translation>
    </message>
    <message>
        <source>94 languages incl. Korean, Russian, Sinhala</source>
        <translation>94 языка, включая корейский, русский и сингальский</translation>
    </message>
    <message>
        <source>A large, strong multilingual model; needs a GPU or patience.</source>
        <translation>Большая и сильная многоязычная модель; нужен GPU или терпение.</translation>
    </message>
    <message>
        <source>Small multilingual model with strong search quality for its size.</source>
        <translation>Небольшая многоязычная модель с высоким качеством поиска для своего размера.</translation>
    </message>
    <message>
        <source>Balanced size and quality for multilingual search.</source>
        <translation>Баланс размера и качества для многоязычного поиска.</translation>
    </message>
    <message>
        <source>Strong multilingual paraphrase model for similarity and clustering.</source>
        <translation>Сильная многоязычная модель для перефразирований — для оценки сходства и кластеризации.</translation>
    </message>
    <message>
        <source>109 languages incl. Korean, Russian, Sinhala</source>
        <translation>109 языков, включая корейский, русский и сингальский</translation>
    </message>
    <message>
        <source>Built to match translations across languages; good for bilingual data and many low-resource languages such as Sinhala.</source>
        <translation>Создана для сопоставления переводов на разных языках; хороша для двуязычных данных и многих малоресурсных языков, например сингальского.</translation>
    </message>
    <message>
        <source>100+ languages incl. Korean, Russian, Sinhala</source>
        <translation>Более 100 языков, включая корейский, русский и сингальский</translation>
    </message>
    <message>
        <source>Large multilingual model for long documents (up to 8,192 tokens).</source>
        <translatorcomment>Wrote 8,192 as 8192: a comma would read as a decimal separator in Russian.</translatorcomment>
        <translation type="unfinished">Большая многоязычная модель для длинных документов (до 8192 токенов).</translation>
    </message>
    <message>
        <source>Could not download {model} ({reason}).</source>
        <translation>Не удалось скачать {model} ({reason}).</translation>
    </message>
    <message>
        <source>Check the internet connection, or pick a model folder on this computer.</source>
        <translation>Проверьте подключение к интернету или выберите папку с моделью на этом компьютере.</translation>
    </message>
    <message>
        <source>no model with this name on the Hugging Face Hub</source>
        <translation>на Hugging Face Hub нет модели с таким названием</translation>
    </message>
    <message>
        <source>no connection to the Hugging Face Hub</source>
        <translation>нет подключения к Hugging Face Hub</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the download did not complete</source>
        <translation>скачивание не завершилось</translation>
    </message>
    <message>
        <source>the app is set to work offline</source>
        <translation>приложение настроено на работу без интернета</translation>
    </message>
    <message>
        <source>missing component {name}</source>
        <translation>не хватает компонента {name}</translation>
    </message>
    <message>
        <source>The download of {model} was cancelled.</source>
        <translation>Скачивание {model} отменено.</translation>
    </message>
    <message>
        <source>it does not look like a model</source>
        <translation>это не похоже на модель</translation>
    </message>
    <message>
        <source>The model in {folder} has a damaged modules.json file.</source>
        <extracomment>Files of which a model folder&apos;s tokenizer needs at least one. A tokenizer with fewer ordinary (non-special) tokens than this is broken: every word of real text would become the unknown token and all sentences would look alike. Model types whose position table keeps two extra slots (padding offset) it cannot read.</extracomment>
        <translation>У модели в папке {folder} повреждён файл modules.json.</translation>
    </message>
    <message>
        <source>Pick a folder that holds a complete sentence-transformers model.</source>
        <translation>Выберите папку с полной моделью sentence-transformers.</translation>
    </message>
    <message>
        <source>The model in {folder} names a part outside its own folder ({part}).</source>
        <translation>Модель в папке {folder} ссылается на часть за пределами своей папки ({part}).</translation>
    </message>
    <message>
        <source>Pick a model folder from a source you trust.</source>
        <translation>Выберите папку с моделью из надёжного источника.</translation>
    </message>
    <message>
        <source>it is empty or cut short</source>
        <translation>она пуста или обрезана</translation>
    </message>
    <message>
        <source>it is cut short or damaged</source>
        <translation>она обрезана или повреждена</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>она повреждена</translation>
    </message>
    <message>
        <source>it is cut short (an interrupted download or copy?)</source>
        <translation>она обрезана (прерванное скачивание или копирование?)</translation>
    </message>
    <message>
        <source>The model {name} comes with its own program code (module {module}), which the app does not run unless you allow it.</source>
        <translation>Модель {name} поставляется со своим программным кодом (модуль {module}), который приложение не запускает без вашего разрешения.</translation>
    </message>
    <message>
        <source>The model {name} comes with its own program code, which the app does not run unless you allow it.</source>
        <translation>Модель {name} поставляется со своим программным кодом, который приложение не запускает без вашего разрешения.</translation>
    </message>
    <message>
        <source>Allow it only for a model from a source you trust, or pick another model.</source>
        <translation>Разрешайте это только для модели из надёжного источника или выберите другую модель.</translation>
    </message>
    <message>
        <source>The model {name} has no tokenizer files (such as tokenizer.json or vocab.txt), so it cannot read text.</source>
        <translation>У модели {name} нет файлов токенизатора (например, tokenizer.json или vocab.txt), поэтому она не может читать текст.</translation>
    </message>
    <message>
        <source>Copy the whole model folder again, or pick another model.</source>
        <translation>Скопируйте всю папку с моделью заново или выберите другую модель.</translation>
    </message>
    <message>
        <source>The model {name} keeps its weights only in {file}, a format that can hide program code; the app only loads weights in the safetensors format.</source>
        <translation>Модель {name} хранит веса только в файле {file} — в формате, в котором может скрываться программный код; приложение загружает веса только в формате safetensors.</translation>
    </message>
    <message>
        <source>Pick a version of the model with model.safetensors (most models on the Hugging Face Hub have one).</source>
        <translation>Выберите версию модели с файлом model.safetensors (он есть у большинства моделей на Hugging Face Hub).</translation>
    </message>
    <message>
        <source>The model {name} has no weights file (model.safetensors).</source>
        <translation>У модели {name} нет файла весов (model.safetensors).</translation>
    </message>
    <message>
        <source>The weights file {file} of the model {name} cannot be used: {problem}.</source>
        <translation>Файл весов {file} модели {name} нельзя использовать: {problem}.</translation>
    </message>
    <message>
        <source>Copy or download the model again.</source>
        <translation>Скопируйте или скачайте модель заново.</translation>
    </message>
    <message>
        <source>The tokenizer of the model {name} knows no words ({ordinary} ordinary tokens), so every sentence would look the same to it.</source>
        <translation>Токенизатор модели {name} не знает ни одного слова (обычных токенов: {ordinary}), поэтому все предложения выглядели бы для неё одинаково.</translation>
    </message>
    <message>
        <source>Copy the whole model folder again (with its tokenizer files), or pick another model.</source>
        <translation>Скопируйте всю папку с моделью заново (вместе с файлами токенизатора) или выберите другую модель.</translation>
    </message>
    <message>
        <source>No model was chosen.</source>
        <translation>Модель не выбрана.</translation>
    </message>
    <message>
        <source>Pick a model from the list or a model folder.</source>
        <translation>Выберите модель из списка или папку с моделью.</translation>
    </message>
    <message>
        <source>There is no model at {ref}.</source>
        <translation>По пути {ref} модели нет.</translation>
    </message>
    <message>
        <source>Pick a folder that holds a sentence-transformers model (with modules.json or config.json), or a model from the list.</source>
        <translation>Выберите папку с моделью sentence-transformers (с файлом modules.json или config.json) или модель из списка.</translation>
    </message>
    <message>
        <source>{ref} is not on this computer.</source>
        <translation>Модели {ref} нет на этом компьютере.</translation>
    </message>
    <message>
        <source>Download it first, or pick a model folder.</source>
        <translation>Сначала скачайте её или выберите папку с моделью.</translation>
    </message>
    <message>
        <source>The max length of {max_seq_length} tokens is more than the model {name} can read ({limit} tokens).</source>
        <translation>Максимальная длина в токенах ({max_seq_length}) больше, чем может прочитать модель {name} ({limit}).</translation>
    </message>
    <message>
        <source>Use {limit} or less.</source>
        <translation>Укажите {limit} или меньше.</translation>
    </message>
    <message>
        <source>The model in {folder} could not be loaded ({reason}).</source>
        <translation>Не удалось загрузить модель из папки {folder} ({reason}).</translation>
    </message>
    <message>
        <source>The model in {folder} could not be loaded.</source>
        <translation>Не удалось загрузить модель из папки {folder}.</translation>
    </message>
    <message>
        <source>{size:.1f} GB</source>
        <extracomment>The multilingual model the installers ship beside the English one (docs/multilingual-model.md says why this one) and that a first start from source offers to download. Download speed assumed for &quot;about N minutes to download&quot; (a modest home connection).</extracomment>
        <translation>{size:.1f} ГБ</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>is already on this computer</source>
        <translation>уже есть на этом компьютере</translation>
    </message>
    <message>
        <source>is a {size} download (about 1 minute at {speed:g} Mbit/s)</source>
        <translation>требует скачать {size} (около 1 минуты при скорости {speed:g} Мбит/с)</translation>
    </message>
    <message>
        <source>is a {size} download (about {minutes} minutes at {speed:g} Mbit/s)</source>
        <translation>требует скачать {size} (около {minutes} мин при скорости {speed:g} Мбит/с)</translation>
    </message>
    <message>
        <source>{model} knows {names} and {cost}.</source>
        <translation>Модель {model} знает {names} и {cost}.</translation>
    </message>
    <message>
        <source>{model} {cost}.</source>
        <translation>Модель {model} {cost}.</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} и {last}</translation>
    </message>
    <message>
        <source>Your texts are in {names}.</source>
        <extracomment>Among models of the same size, the better choice first (e5-small scores higher on multilingual retrieval than paraphrase-multilingual-MiniLM-L12-v2 and knows Sinhala).</extracomment>
        <translation>Языки ваших текстов: {names}.</translation>
    </message>
    <message>
        <source>Your texts are in {names}. The chosen model, {model}, was trained on them.</source>
        <translation>Языки ваших текстов: {names}. Выбранная модель {model} обучалась на них.</translation>
    </message>
    <message>
        <source>Your texts are in {names}. The chosen model, {model}, was not trained on {missing}: pick a model that knows them in the Base model step.</source>
        <translation>Языки ваших текстов: {names}. Выбранная модель {model} не обучалась на таких языках: {missing}. Выберите модель, которая их знает, на шаге «Базовая модель».</translation>
    </message>
    <message>
        <source>Your texts are in {names}. The chosen model, {model}, was not trained on {missing}: it will understand little of them. The Base model step recommends {recommended}, which knows {names} and {cost}.</source>
        <translation>Языки ваших текстов: {names}. Выбранная модель {model} не обучалась на таких языках: {missing} — она мало что в них поймёт. На шаге «Базовая модель» рекомендуется {recommended}: она знает {names} и {cost}.</translation>
    </message>
    <message>
        <source>the folder {folder}</source>
        <translation>папка {folder}</translation>
    </message>
    <message>
        <source>the Hugging Face Hub ({ref}), downloaded to {path}</source>
        <translation>сайт Hugging Face Hub ({ref}), скачано в {path}</translation>
    </message>
    <message>
        <source>the Hugging Face Hub ({ref})</source>
        <translation>сайт Hugging Face Hub ({ref})</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} — не папка.</translation>
    </message>
    <message>
        <source>The folder {name} does not hold a model: a sentence-transformers or transformers model folder has a modules.json or config.json file in it.</source>
        <translation>В папке {name} нет модели: в папке модели sentence-transformers или transformers должен быть файл modules.json или config.json.</translation>
    </message>
</context>
<context>
    <name>cli_common</name>
    <message>
        <source>reading the data file</source>
        <translation>чтение файла данных</translation>
    </message>
    <message>
        <source>The workbook sheet to read (default: the first with a table).</source>
        <translation>Лист книги, который нужно прочитать (по умолчанию — первый лист с таблицей).</translation>
    </message>
    <message>
        <source>The text columns in order, comma-separated, e.g. --columns question,answer (three for anchor,positive,negative). Default: detected.</source>
        <translation>Текстовые столбцы по порядку, через запятую, например --columns question,answer (три для anchor,positive,negative). По умолчанию определяются автоматически.</translation>
    </message>
    <message>
        <source>The score or label column (default: detected).</source>
        <translation>Столбец с оценкой или меткой (по умолчанию определяется автоматически).</translation>
    </message>
    <message>
        <source>For 0/1 labels: the value that means &quot;similar&quot; (default: 1).</source>
        <translation>Для меток 0/1: значение, которое означает «похожи» (по умолчанию: 1).</translation>
    </message>
    <message>
        <source>Text encoding, e.g. utf-8, cp1251, cp949 (default: detected).</source>
        <translation>Кодировка текста, например utf-8, cp1251, cp949 (по умолчанию определяется автоматически).</translation>
    </message>
    <message>
        <source>comma, semicolon, tab, pipe or one character (default: detected).</source>
        <translatorcomment>The values comma/semicolon/tab/pipe are what the user types for --delimiter, so they are kept in English.</translatorcomment>
        <translation type="unfinished">comma, semicolon, tab, pipe или один символ (по умолчанию определяется автоматически).</translation>
    </message>
    <message>
        <source>The first row is data, not column names (default: detected).</source>
        <translation>Первая строка — это данные, а не названия столбцов (по умолчанию определяется автоматически).</translation>
    </message>
</context>
<context>
    <name>cli_distributed</name>
    <message>
        <source>Train with a training_config.json, on one or several GPUs (start it with torchrun for several).</source>
        <translation>Обучить по файлу training_config.json на одном или нескольких GPU (для нескольких запускайте через torchrun).</translation>
    </message>
    <message>
        <source>Override the output folder.</source>
        <translation>Задать другую папку для результата.</translation>
    </message>
    <message>
        <source>Replace an existing output.</source>
        <translation>Заменить существующий результат.</translation>
    </message>
    <message>
        <source>Allow the model&apos;s own program code to run (only for sources you trust).</source>
        <translation>Разрешить запуск собственного программного кода модели (только для надёжных источников).</translation>
    </message>
    <message>
        <source>Continue an interrupted run.</source>
        <translation>Продолжить прерванный запуск.</translation>
    </message>
    <message>
        <source>CPU threads per process.</source>
        <translation>Потоков CPU на процесс.</translation>
    </message>
    <message>
        <source>Note: {message} {hint}</source>
        <translation>Примечание: {message} {hint}</translation>
    </message>
    <message>
        <source>  step {step}  loss {loss:.4f}</source>
        <translation>  шаг {step}  потери {loss:.4f}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <source>  before training: {metric} {value}</source>
        <translation>  до обучения: {metric} {value}</translation>
    </message>
    <message>
        <source>  after training: {metric} {value}</source>
        <translation>  после обучения: {metric} {value}</translation>
    </message>
    <message>
        <source>Error (process {rank}): {error}</source>
        <translation>Ошибка (процесс {rank}): {error}</translation>
    </message>
    <message>
        <source>Stopped; the model was not saved. Add --resume to continue from the last checkpoint.</source>
        <translation>Остановлено; модель не сохранена. Добавьте --resume, чтобы продолжить с последней контрольной точки.</translation>
    </message>
    <message>
        <source>Process {rank} of {world} saved the model in {folder}</source>
        <translation>Процесс {rank} из {world} сохранил модель в {folder}</translation>
    </message>
    <message>
        <source>Process {rank} of {world} finished (the main process saves).</source>
        <translation>Процесс {rank} из {world} завершил работу (модель сохраняет главный процесс).</translation>
    </message>
</context>
<context>
    <name>cli_evaluate</name>
    <message>
        <source>Measure how well a model does on a spreadsheet.</source>
        <translation>Оценить, насколько хорошо модель работает на таблице.</translation>
    </message>
    <message>
        <source>Measure a model on the examples in a spreadsheet: for question/answer pairs how often the right answer comes first, for scored pairs how well the model agrees with the scores, and so on.</source>
        <translation>Оценить модель на примерах из таблицы: для пар вопрос/ответ — как часто правильный ответ оказывается первым, для пар с оценками — насколько модель согласна с оценками, и так далее.</translation>
    </message>
    <message>
        <source>The spreadsheet with examples to measure on.</source>
        <translation>Таблица с примерами для оценки.</translation>
    </message>
    <message>
        <source>Model id from the list or a folder.</source>
        <translation>Идентификатор модели из списка или папка.</translation>
    </message>
    <message>
        <source>Truncate texts.</source>
        <translation>Обрезать тексты.</translation>
    </message>
    <message>
        <source>Allow a model&apos;s own program code.</source>
        <translation>Разрешить собственный программный код модели.</translation>
    </message>
    <message>
        <source>Print primary_metric, value and metrics as JSON.</source>
        <translation>Вывести primary_metric, value и metrics в формате JSON.</translation>
    </message>
    <message>
        <source>No usable rows are in the file.</source>
        <translation>В файле нет пригодных строк.</translation>
    </message>
    <message>
        <source>Check it with: main.py inspect FILE</source>
        <translation>Проверьте его командой: main.py inspect FILE</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <source>{metric}: {value}  ({rows} rows)</source>
        <translation>{metric}: {value}  (строк: {rows})</translation>
    </message>
</context>
<context>
    <name>cli_export</name>
    <message>
        <source>Export a trained model for other programs (ONNX, OpenVINO).</source>
        <extracomment>Exit status when the export was written but does not agree well enough with the original.</extracomment>
        <translation>Экспортировать обученную модель для других программ (ONNX, OpenVINO).</translation>
    </message>
    <message>
        <source>Write a model folder in a format other programs run fast, check that it gives the same vectors as the original and measure its speed. Formats: {formats}</source>
        <translation>Записать папку модели в формате, который другие программы запускают быстро, проверить, что она даёт те же векторы, что и исходная, и измерить её скорость. Форматы: {formats}</translation>
    </message>
    <message>
        <source>The model folder.</source>
        <translation>Папка модели.</translation>
    </message>
    <message>
        <source>The format to write.</source>
        <translation>Формат для записи.</translation>
    </message>
    <message>
        <source>A new folder to write.</source>
        <translation>Новая папка для записи.</translation>
    </message>
    <message>
        <source>Replace --out if it holds an earlier export of this app (never anything else).</source>
        <translation>Заменить --out, если там лежит прежний экспорт этого приложения (и никогда ничего другого).</translation>
    </message>
    <message>
        <source>A text file, one text per line, for the agreement check (default: the model&apos;s held-out rows, else built-in samples).</source>
        <translation>Текстовый файл, по одному тексту на строку, для проверки совпадения (по умолчанию — отложенные строки модели, а если их нет — встроенные примеры).</translation>
    </message>
    <message>
        <source>Texts encoded per speed measurement (default 64).</source>
        <translation>Сколько текстов обрабатывать за одно измерение скорости (по умолчанию 64).</translation>
    </message>
    <message>
        <source>Speed measurements to take the median of.</source>
        <translation>Сколько измерений скорости сделать (берётся медиана).</translation>
    </message>
    <message>
        <source>The text file {path} does not exist.</source>
        <translation>Текстового файла {path} не существует.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Проверьте путь.</translation>
    </message>
    <message>
        <source>The text file {path} is not UTF-8 text.</source>
        <translation>Текстовый файл {path} не в кодировке UTF-8.</translation>
    </message>
    <message>
        <source>Save it as UTF-8, one text per line.</source>
        <translation>Сохраните его в UTF-8, по одному тексту на строку.</translation>
    </message>
    <message>
        <source>The text file {path} has no text.</source>
        <translation>В текстовом файле {path} нет текста.</translation>
    </message>
    <message>
        <source>Write one text per line.</source>
        <translation>Запишите по одному тексту на строку.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Отменено; ничего не записано.</translation>
    </message>
    <message>
        <source>Agreement with the original on {texts} texts ({source}): mean cosine {mean:.4f}, lowest {lowest:.4f}.</source>
        <translation>Совпадение с исходной моделью (текстов: {texts}, {source}): среднее косинусное сходство {mean:.4f}, минимальное {lowest:.4f}.</translation>
    </message>
    <message>
        <source>Speed on this CPU ({threads} threads, {texts} texts, median of {repeats}): {exported:.3f} s vs {original:.3f} s for the original = {speedup:.2f}x.</source>
        <translation>Скорость на этом CPU (потоков: {threads}, текстов: {texts}, медиана из {repeats}): {exported:.3f} с против {original:.3f} с у исходной — в {speedup:.2f} раза быстрее.</translation>
    </message>
    <message>
        <source>Size: {size:.1f} MB (original weights {original:.1f} MB).</source>
        <translation>Размер: {size:.1f} МБ (веса исходной модели — {original:.1f} МБ).</translation>
    </message>
    <message>
        <source>Warning: {note}</source>
        <translation>Предупреждение: {note}</translation>
    </message>
    <message>
        <source>Exported to {folder} (see README.md there).</source>
        <translation>Экспортировано в {folder} (см. там README.md).</translation>
    </message>
</context>
<context>
    <name>cli_inspect</name>
    <message>
        <source>Show what EmbedTune makes of a data file: columns, shape, problems.</source>
        <translation>Показать, как EmbedTune понимает файл данных: столбцы, структуру, проблемы.</translation>
    </message>
    <message>
        <source>Read a data file and report its columns, shape, fitting loss and problems.</source>
        <translation>Прочитать файл данных и сообщить о его столбцах, структуре, подходящей функции потерь и проблемах.</translation>
    </message>
    <message>
        <source>The data file (.csv .tsv .txt .xlsx .xls .ods .json .jsonl .parquet).</source>
        <translation>Файл данных (.csv .tsv .txt .xlsx .xls .ods .json .jsonl .parquet).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Вывести один объект JSON.</translation>
    </message>
    <message>
        <source>Check lengths, unknown words and how well it knows each language of the texts, with this model&apos;s tokenizer (on this computer).</source>
        <translation>Проверить длины, неизвестные слова и то, насколько хорошо модель знает каждый язык текстов, с помощью токенизатора этой модели (на этом компьютере).</translation>
    </message>
    <message>
        <source>The file &apos;{path}&apos; does not exist.</source>
        <translation>Файла «{path}» не существует.</translation>
    </message>
    <message>
        <source>Check the name and the folder.</source>
        <translation>Проверьте имя файла и папку.</translation>
    </message>
    <message>
        <source>first text</source>
        <translation>первый текст</translation>
    </message>
    <message>
        <source>second text</source>
        <translation>второй текст</translation>
    </message>
    <message>
        <source>anchor</source>
        <translation>опорный текст</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>положительный пример</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>отрицательный пример</translation>
    </message>
    <message>
        <source>sentence 1</source>
        <translation>предложение 1</translation>
    </message>
    <message>
        <source>sentence 2</source>
        <translation>предложение 2</translation>
    </message>
    <message>
        <source>score</source>
        <translation>оценка</translation>
    </message>
    <message>
        <source>label (0/1)</source>
        <translation>метка (0/1)</translation>
    </message>
    <message>
        <source>class</source>
        <translation>класс</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>не используется</translation>
    </message>
    <message>
        <source>File:      {path}</source>
        <translation>Файл:           {path}</translation>
    </message>
    <message>
        <source>Format:    {format}</source>
        <translation>Формат:         {format}</translation>
    </message>
    <message>
        <source>Encoding:  {encoding}</source>
        <translation>Кодировка:      {encoding}</translation>
    </message>
    <message>
        <source>Delimiter: {delimiter}</source>
        <translation>Разделитель:    {delimiter}</translation>
    </message>
    <message>
        <source>Sheet:     {sheet} (other sheets: {others})</source>
        <translation>Лист:           {sheet} (другие листы: {others})</translation>
    </message>
    <message>
        <source>Sheet:     {sheet}</source>
        <translation>Лист:           {sheet}</translation>
    </message>
    <message>
        <source>Rows:      {rows} (first row holds column names)</source>
        <translation>Строк:          {rows} (в первой строке — названия столбцов)</translation>
    </message>
    <message>
        <source>Rows:      {rows} (no header row)</source>
        <translation>Строк:          {rows} (без строки заголовков)</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Столбцы:</translation>
    </message>
    <message>
        <source>Data:      {shape}</source>
        <translation>Данные:         {shape}</translation>
    </message>
    <message>
        <source>           &apos;{positive}&apos; in &apos;{label}&apos; is taken to mean similar (change with --positive-label).</source>
        <translation>                Значение «{positive}» в столбце «{label}» считается «похожи» (изменить: --positive-label).</translation>
    </message>
    <message>
        <source>Loss:      {loss} (recommended)</source>
        <translation>Функция потерь: {loss} (рекомендуется)</translation>
    </message>
    <message>
        <source>           also possible: {losses}</source>
        <translation>                также подходят: {losses}</translation>
    </message>
    <message>
        <source>Tokens ({model}, reads {limit}):</source>
        <translation>Токены ({model}, читает до {limit}):</translation>
    </message>
    <message>
        <source>  {column}: min {min}, mean {mean}, p95 {p95}, max {max}</source>
        <translation>  {column}: мин. {min}, средн. {mean}, p95 {p95}, макс. {max}</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Языки:</translation>
    </message>
    <message>
        <source>  {language} ({texts} texts checked): {verdict} [{pieces:g} pieces per word, {unknown:.0%} unknown]</source>
        <translation>  {language} (проверено текстов: {texts}): {verdict} [частей на слово: {pieces:g}, неизвестных: {unknown:.0%}]</translation>
    </message>
    <message>
        <source>Measure:   {split}</source>
        <translation>Проверка:       {split}</translation>
    </message>
    <message>
        <source>           The result cannot be measured: {reason}</source>
        <translation>                Результат нельзя измерить: {reason}</translation>
    </message>
    <message>
        <source>           What to do: {advice}</source>
        <translation>                Что сделать: {advice}</translation>
    </message>
    <message>
        <source>Problems:  {count} ({errors} rows left out of training)</source>
        <translation>Проблемы:       {count} (исключено из обучения строк: {errors})</translation>
    </message>
    <message>
        <source>row {row}, {column}</source>
        <translation>строка {row}, {column}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>строка {row}</translation>
    </message>
    <message>
        <source>  … and {count} more (see --json).</source>
        <translation>  … и ещё {count} (см. --json).</translation>
    </message>
    <message>
        <source>Problems:  none</source>
        <translation>Проблемы:       нет</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Предупреждения:</translation>
    </message>
    <message>
        <source>    What to do: {hint}</source>
        <translation>    Что сделать: {hint}</translation>
    </message>
</context>
<context>
    <name>cli_main</name>
    <message>
        <source>{prog}: {message}. Run &apos;{prog} --help&apos; for the options.</source>
        <translation>{prog}: {message}. Список параметров: «{prog} --help».</translation>
    </message>
    <message>
        <source>{app} command line.</source>
        <translation>Командная строка {app}.</translation>
    </message>
    <message>
        <source>Error: {error}</source>
        <translation>Ошибка: {error}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
</context>
<context>
    <name>cli_package_run</name>
    <message>
        <source>Pack a training run to run on another (bigger) machine.</source>
        <translation>Упаковать запуск обучения, чтобы выполнить его на другом (более мощном) компьютере.</translation>
    </message>
    <message>
        <source>Write a self-contained folder with the data, the settings, the app&apos;s training code and scripts (run.sh, run.ps1, run.bat) that train on all GPUs of the machine the folder is copied to. The trained model appears in its output/ folder.</source>
        <translation>Записать самодостаточную папку с данными, настройками, кодом обучения приложения и скриптами (run.sh, run.ps1, run.bat), которые обучают модель на всех GPU компьютера, куда скопирована папка. Обученная модель появится в её папке output/.</translation>
    </message>
    <message>
        <source>The training_config.json to pack.</source>
        <translation>Файл training_config.json для упаковки.</translation>
    </message>
    <message>
        <source>A new folder to write.</source>
        <translation>Новая папка для записи.</translation>
    </message>
    <message>
        <source>Replace --out if it holds an earlier packed run (never anything else).</source>
        <translation>Заменить --out, если там лежит ранее упакованный запуск (и никогда ничего другого).</translation>
    </message>
    <message>
        <source>Packed the run into {folder} ({size:.1f} MB).</source>
        <translation>Запуск упакован в {folder} ({size:.1f} МБ).</translation>
    </message>
    <message>
        <source>The base model is included; the other machine needs no download.</source>
        <translation>Базовая модель включена; другому компьютеру ничего не нужно скачивать.</translation>
    </message>
    <message>
        <source>The other machine downloads the base model {model} when it starts.</source>
        <translation>Другой компьютер скачает базовую модель {model} при запуске.</translation>
    </message>
    <message>
        <source>Copy the folder to the other machine and start run.sh there (run.ps1 on Windows);
the trained model appears in {folder}/ (see README.md in the folder).</source>
        <translation>Скопируйте папку на другой компьютер и запустите там run.sh (в Windows — run.ps1);
обученная модель появится в {folder}/ (см. README.md в папке).</translation>
    </message>
</context>
<context>
    <name>cli_similarity</name>
    <message>
        <source>Print how similar a model finds some sentences (cosine similarity matrix).</source>
        <translation>Показать, насколько похожими модель считает предложения (матрица косинусного сходства).</translation>
    </message>
    <message>
        <source>Print the cosine similarity matrix of the sentences under a model.</source>
        <translation>Вывести матрицу косинусного сходства предложений для модели.</translation>
    </message>
    <message>
        <source>A model from the catalogue, a Hub id, or a model folder on this computer.</source>
        <translation>Модель из каталога, идентификатор Hub или папка с моделью на этом компьютере.</translation>
    </message>
    <message>
        <source>Print one JSON object: {&quot;sentences&quot;: [...], &quot;matrix&quot;: [[...]]}.</source>
        <translation>Вывести один объект JSON: {&quot;sentences&quot;: [...], &quot;matrix&quot;: [[...]]}.</translation>
    </message>
    <message>
        <source>Compare the sentences against these instead of against each other.</source>
        <translation>Сравнивать предложения с этими, а не друг с другом.</translation>
    </message>
    <message>
        <source>cpu, cuda or mps (default: automatic).</source>
        <translation>cpu, cuda или mps (по умолчанию — автоматически).</translation>
    </message>
    <message>
        <source>Sentences to compare.</source>
        <translation>Предложения для сравнения.</translation>
    </message>
    <message>
        <source>No sentences were given.</source>
        <translation>Не задано ни одного предложения.</translation>
    </message>
    <message>
        <source>Pass at least one sentence.</source>
        <translation>Укажите хотя бы одно предложение.</translation>
    </message>
</context>
<context>
    <name>cli_train</name>
    <message>
        <source>Fine-tune a model on a spreadsheet.</source>
        <extracomment>Exit status after a run stopped with Ctrl-C (the model so far is saved). Exit status after a run stopped by SIGTERM (the model so far is saved). Signals that stop a run gracefully: finish the step, save, exit.</extracomment>
        <translation>Дообучить модель на таблице.</translation>
    </message>
    <message>
        <source>Fine-tune a sentence-embedding model on the examples in a spreadsheet and save it to a folder. Settings not given are taken from --config, else chosen automatically. {automatic}</source>
        <translation>Дообучить модель эмбеддингов предложений на примерах из таблицы и сохранить её в папку. Не заданные настройки берутся из --config, а если их нет там — выбираются автоматически. {automatic}</translation>
    </message>
    <message>
        <source>The spreadsheet to train on.</source>
        <translation>Таблица для обучения.</translation>
    </message>
    <message>
        <source>Model id from the list or a folder.</source>
        <translation>Идентификатор модели из списка или папка.</translation>
    </message>
    <message>
        <source>Folder to save the model.</source>
        <translation>Папка для сохранения модели.</translation>
    </message>
    <message>
        <source>Loss by name or alias (mnrl, cmnrl, cosent, angle, cosine, contrastive, online-contrastive, softmax, triplet). Default: the one recommended for the data.</source>
        <translation>Функция потерь по имени или псевдониму (mnrl, cmnrl, cosent, angle, cosine, contrastive, online-contrastive, softmax, triplet). По умолчанию — рекомендуемая для данных.</translation>
    </message>
    <message>
        <source>training</source>
        <translation>обучение</translation>
    </message>
    <message>
        <source>A separate file to measure on.</source>
        <translation>Отдельный файл для оценки.</translation>
    </message>
    <message>
        <source>Share of rows kept apart to measure the model (default 0.1; 0 = off).</source>
        <translation>Доля строк, отложенных для оценки модели (по умолчанию 0.1; 0 — не откладывать).</translation>
    </message>
    <message>
        <source>Also train shortened vectors of these sizes, e.g. 256,128,64 (each at most the model&apos;s own size).</source>
        <translation>Также обучить укороченные векторы этих размеров, например 256,128,64 (каждый не больше собственного размера модели).</translation>
    </message>
    <message>
        <source>For question/answer pairs: before training, find N answers per question that look right but are wrong, and learn from them too (0 = off; 3 examples are printed).</source>
        <translation>Для пар вопрос/ответ: перед обучением найти N ответов на каждый вопрос, которые выглядят правильными, но неверны, и учиться также на них (0 — выключено; выводятся 3 примера).</translation>
    </message>
    <message>
        <source>Continue a run.</source>
        <translation>Продолжить запуск.</translation>
    </message>
    <message>
        <source>Replace an existing --out.</source>
        <translation>Заменить существующую папку --out.</translation>
    </message>
    <message>
        <source>Allow a model&apos;s own program code to run (only for sources you trust).</source>
        <translation>Разрешить запуск собственного программного кода модели (только для надёжных источников).</translation>
    </message>
    <message>
        <source>CPU threads to use (default: every core).</source>
        <translation>Сколько потоков CPU использовать (по умолчанию — все ядра).</translation>
    </message>
    <message>
        <source>Find the best settings: try a few learning rates and losses on the same held-out rows within --time-budget, keep the best model, and print what was tried.</source>
        <translation>Подобрать лучшие настройки: попробовать несколько скоростей обучения и функций потерь на одних и тех же отложенных строках в пределах --time-budget, оставить лучшую модель и вывести, что было опробовано.</translation>
    </message>
    <message>
        <source>About how long training may take: sizes the automatic number of passes (default 30), and the whole search with --search (default 30).</source>
        <translation>Примерно сколько минут может длиться обучение: от этого зависит автоматическое число проходов (по умолчанию 30) и весь подбор с --search (по умолчанию 30).</translation>
    </message>
    <message>
        <source>Start from a training_config.json; other options override it.</source>
        <translation>Начать с файла training_config.json; остальные параметры его переопределяют.</translation>
    </message>
    <message>
        <source>Print one JSON object per event on stdout instead of text.</source>
        <translation>Выводить в stdout по одному объекту JSON на каждое событие вместо текста.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a list of vector sizes.</source>
        <translation>«{value}» — не список размеров векторов.</translation>
    </message>
    <message>
        <source>Write them like 256,128,64.</source>
        <translation>Запишите их так: 256,128,64.</translation>
    </message>
    <message>
        <source>No Matryoshka sizes were given.</source>
        <translation>Не задано ни одного размера Matryoshka.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Примечание: {note}</translation>
    </message>
    <message>
        <source>No training file was given.</source>
        <translation>Не задан файл для обучения.</translation>
    </message>
    <message>
        <source>Name the spreadsheet: train FILE ...</source>
        <translation>Укажите таблицу: train FILE ...</translation>
    </message>
    <message>
        <source>No output folder was given.</source>
        <translation>Не задана папка для результата.</translation>
    </message>
    <message>
        <source>Add --out DIR for the trained model.</source>
        <translation>Добавьте --out DIR — папку для обученной модели.</translation>
    </message>
    <message>
        <source>  question:     {question}</source>
        <translation>  вопрос:               {question}</translation>
    </message>
    <message>
        <source>  right answer: {answer}  (similarity {score:.2f})</source>
        <translation>  правильный ответ:     {answer}  (сходство {score:.2f})</translation>
    </message>
    <message>
        <source>  taught wrong: {answer}  (similarity {score:.2f})</source>
        <translation>  учится как неверный:  {answer}  (сходство {score:.2f})</translation>
    </message>
    <message>
        <source>  If a &apos;taught wrong&apos; answer is in fact right, press Ctrl-C and train again without --hard-negatives.</source>
        <translation>  Если ответ, помеченный «учится как неверный», на самом деле правильный, нажмите Ctrl-C и обучите модель заново без --hard-negatives.</translation>
    </message>
    <message>
        <source>  Note: {note}</source>
        <translation>  Примечание: {note}</translation>
    </message>
    <message>
        <source>Note: {message} {hint}</source>
        <translation>Примечание: {message} {hint}</translation>
    </message>
    <message>
        <source>  step {step}  epoch {epoch:.2f}  loss {loss:.4f}</source>
        <translation>  шаг {step}  эпоха {epoch:.2f}  потери {loss:.4f}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <source>  before training: {metric}: {value}</source>
        <translation>  до обучения: {metric}: {value}</translation>
    </message>
    <message>
        <source>  after training: {metric}: {value}</source>
        <translation>  после обучения: {metric}: {value}</translation>
    </message>
    <message>
        <source>Stopping after the current step and saving what was learned (Ctrl-C again to abort without saving)…</source>
        <translation>Остановка после текущего шага и сохранение того, чему модель научилась (нажмите Ctrl-C ещё раз, чтобы прервать без сохранения)…</translation>
    </message>
    <message>
        <source>The system asked the app to close. {stopping}</source>
        <translation>Система попросила приложение закрыться. {stopping}</translation>
    </message>
    <message>
        <source>Result: {change}.</source>
        <translation>Результат: {change}.</translation>
    </message>
    <message>
        <source>Model stopped early; saved what was learned in {folder}</source>
        <translation>Модель остановлена досрочно; то, чему она научилась, сохранено в {folder}</translation>
    </message>
    <message>
        <source>Model saved in {folder}</source>
        <translation>Модель сохранена в {folder}</translation>
    </message>
    <message>
        <source>Settings tried (main measure on the held-out rows after training):</source>
        <extracomment>Options whose value, when given, the automatic plan never changes.</extracomment>
        <translation>Опробованные настройки (основной показатель на отложенных строках после обучения):</translation>
    </message>
    <message>
        <source>  {loss}, learning rate {rate:g}, {epochs:g} passes: {status}  &lt;- kept</source>
        <translation>  {loss}, скорость обучения {rate:g} (проходов: {epochs:g}): {status}  &lt;- оставлена</translation>
    </message>
    <message>
        <source>  {loss}, learning rate {rate:g}, {epochs:g} passes: {status}</source>
        <translation>  {loss}, скорость обучения {rate:g} (проходов: {epochs:g}): {status}</translation>
    </message>
    <message>
        <source>Verdict: {verdict}. {sentence}</source>
        <translation>Итог: {verdict}. {sentence}</translation>
    </message>
</context>
<context>
    <name>config</name>
    <message>
        <source>This file asked to replace the output folder if it already exists; that is only done when you confirm it yourself, so it is off.</source>
        <extracomment>The model used when none is named: the one that ships with the app and works offline. Settings that are permissions of this session, never read from (nor written to) a file: replacing the output folder, continuing into it (which replaces it too), and running a model&apos;s own program code. Only the user&apos;s act (a command-line flag, a confirmation in the window) switches them on. What the user is told when a file asked for one of :data:`SESSION_ONLY_FIELDS`.</extracomment>
        <translation>Этот файл требовал заменить папку для результата, если она уже существует; это делается только после вашего подтверждения, поэтому настройка отключена.</translation>
    </message>
    <message>
        <source>This file asked to continue an earlier run in its output folder; that is only done when you ask for it yourself, so it is off.</source>
        <translation>Этот файл требовал продолжить прежний запуск в его папке для результата; это делается только по вашей просьбе, поэтому настройка отключена.</translation>
    </message>
    <message>
        <source>This file asked to run the model&apos;s own program code; that is only allowed when you confirm it yourself, so it is off.</source>
        <translation>Этот файл требовал запустить собственный программный код модели; это разрешено только после вашего подтверждения, поэтому настройка отключена.</translation>
    </message>
    <message>
        <source>a piece of text</source>
        <extracomment>A settings or project file larger than this is not one the app wrote. Bounds every number is checked against (:func:`setting_problems`). No model the app can train reads more tokens than this; the model&apos;s own limit is checked too when its folder is on this computer. Most mined wrong answers per question/answer pair (each is one more text per row a step). Longest time budget for &quot;find the best settings for me&quot; (a day). How each setting is typed in a file: the kind checked by :func:`_checked_value`.</extracomment>
        <translation>текст</translation>
    </message>
    <message>
        <source>a piece of text (or empty)</source>
        <translation>текст (или пусто)</translation>
    </message>
    <message>
        <source>true, false or empty</source>
        <translation>true, false или пусто</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>a list of column names</source>
        <translation>список названий столбцов</translation>
    </message>
    <message>
        <source>a list of whole numbers</source>
        <translation>список целых чисел</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>a number (or empty)</source>
        <translation>число (или пусто)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>a whole number (or empty)</source>
        <translation>целое число (или пусто)</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>одно из значений: {choices}</translation>
    </message>
    <message>
        <source>The setting &apos;{name}&apos; holds an invisible NUL character, which no name or path has.</source>
        <translation>Настройка «{name}» содержит невидимый символ NUL, которого не бывает ни в именах, ни в путях.</translation>
    </message>
    <message>
        <source>Fix or remove this setting in the file, or pick a file written by this app.</source>
        <translation>Исправьте или удалите эту настройку в файле либо выберите файл, записанный этим приложением.</translation>
    </message>
    <message>
        <source>The setting &apos;{name}&apos; should be {kind}, but the file has {shown}.</source>
        <translation>Настройка «{name}»: ожидается {kind}, а в файле — {shown}.</translation>
    </message>
    <message>
        <source>The settings are not a list of named values.</source>
        <translation>Настройки не являются списком именованных значений.</translation>
    </message>
    <message>
        <source>Pick a file written by this app.</source>
        <translation>Выберите файл, записанный этим приложением.</translation>
    </message>
    <message>
        <source>The configuration has settings this version does not know: {names}.</source>
        <translation>В конфигурации есть настройки, которых эта версия не знает: {names}.</translation>
    </message>
    <message>
        <source>Remove them, or use the version of the app that wrote the file.</source>
        <translation>Удалите их или используйте ту версию приложения, которая записала файл.</translation>
    </message>
    <message>
        <source>The configuration file {name} is not an ordinary file of at most {megabytes} MB.</source>
        <translation>Файл конфигурации {name} — не обычный файл размером не более {megabytes} МБ.</translation>
    </message>
    <message>
        <source>Pick a training_config.json written by this app.</source>
        <translation>Выберите файл training_config.json, записанный этим приложением.</translation>
    </message>
    <message>
        <source>The configuration file {path} does not exist.</source>
        <translation>Файла конфигурации {path} не существует.</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>Проверьте путь.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a configuration file.</source>
        <translation>{path} — это папка, а не файл конфигурации.</translation>
    </message>
    <message>
        <source>The configuration file {name} is not valid JSON ({error}).</source>
        <translation>Файл конфигурации {name} содержит некорректный JSON ({error}).</translation>
    </message>
    <message>
        <source>Could not read {name} ({error}).</source>
        <translation>Не удалось прочитать {name} ({error}).</translation>
    </message>
    <message>
        <source>Check that you may read the file.</source>
        <translation>Проверьте, что у вас есть право читать этот файл.</translation>
    </message>
    <message>
        <source>The configuration file {name} does not hold settings.</source>
        <translation>В файле конфигурации {name} нет настроек.</translation>
    </message>
    <message>
        <source>The number of epochs must be above 0 and at most {most:g} (it is {value}).</source>
        <translation>Число эпох должно быть больше 0 и не больше {most:g} (сейчас {value}).</translation>
    </message>
    <message>
        <source>1 to 4 epochs is usual; use a fraction such as 0.5 for half a pass.</source>
        <translation>Обычно 1–4 эпохи; для половины прохода укажите дробное число, например 0.5.</translation>
    </message>
    <message>
        <source>The batch size must be a whole number from 1 to {most} (it is {value}).</source>
        <translation>Размер пакета должен быть целым числом от 1 до {most} (сейчас {value}).</translation>
    </message>
    <message>
        <source>16 or 32 is usual; lower it if the computer runs out of memory.</source>
        <translation>Обычно 16 или 32; уменьшите его, если компьютеру не хватает памяти.</translation>
    </message>
    <message>
        <source>The learning rate must be a number above 0 and below 1 (it is {value}).</source>
        <translation>Скорость обучения должна быть числом больше 0 и меньше 1 (сейчас {value}).</translation>
    </message>
    <message>
        <source>Values from 1e-5 to 1e-4 are usual; 2e-5 is a safe start.</source>
        <translation>Обычно от 1e-5 до 1e-4; 2e-5 — надёжное начало.</translation>
    </message>
    <message>
        <source>The max length must be a whole number of tokens from {least} to {most:,} (it is {value}).</source>
        <translation>Максимальная длина должна быть целым числом токенов от {least} до {most:,} (сейчас {value}).</translation>
    </message>
    <message>
        <source>Leave it empty to use the model&apos;s own length; 128 to 512 is usual.</source>
        <translation>Оставьте пустым, чтобы использовать собственную длину модели; обычно от 128 до 512.</translation>
    </message>
    <message>
        <source>The max length of {value} tokens is more than this model can read ({limit} tokens).</source>
        <translation>Максимальная длина в токенах ({value}) больше, чем может прочитать эта модель ({limit}).</translation>
    </message>
    <message>
        <source>Use {limit} or less.</source>
        <translation>Укажите {limit} или меньше.</translation>
    </message>
    <message>
        <source>The share of rows kept for measuring must be from 0 to {most} (it is {value}).</source>
        <translation>Доля строк, отложенных для оценки, должна быть от 0 до {most} (сейчас {value}).</translation>
    </message>
    <message>
        <source>0.1 (one row in ten) is usual; 0 turns measuring off.</source>
        <translation>Обычно 0.1 (одна строка из десяти); 0 отключает оценку.</translation>
    </message>
    <message>
        <source>The step limit must be a whole number of at least 1 (it is {value}).</source>
        <translation>Ограничение числа шагов должно быть целым числом не меньше 1 (сейчас {value}).</translation>
    </message>
    <message>
        <source>The steps between quality checks must be a whole number of at least 1 (it is {value}).</source>
        <translation>Число шагов между проверками качества должно быть целым числом не меньше 1 (сейчас {value}).</translation>
    </message>
    <message>
        <source>The steps between checkpoints must be a whole number of at least 1 (it is {value}).</source>
        <translation>Число шагов между контрольными точками должно быть целым числом не меньше 1 (сейчас {value}).</translation>
    </message>
    <message>
        <source>The steps between loss reports must be a whole number of at least 1 (it is {value}).</source>
        <translation>Число шагов между отчётами о потерях должно быть целым числом не меньше 1 (сейчас {value}).</translation>
    </message>
    <message>
        <source>Leave it empty for the automatic choice.</source>
        <translation>Оставьте пустым для автоматического выбора.</translation>
    </message>
    <message>
        <source>The seed must be a whole number from 0 to {most} (it is {value}).</source>
        <translation>Начальное значение (seed) должно быть целым числом от 0 до {most} (сейчас {value}).</translation>
    </message>
    <message>
        <source>Any number such as 42 works; the same seed repeats the same run.</source>
        <translation>Подойдёт любое число, например 42; с тем же начальным значением обучение повторится так же.</translation>
    </message>
    <message>
        <source>The warm-up share must be from 0 to 1 (it is {value}).</source>
        <translation>Доля шагов разогрева должна быть от 0 до 1 (сейчас {value}).</translation>
    </message>
    <message>
        <source>0.1 (the first tenth of the steps) is usual.</source>
        <translation>Обычно 0.1 (первая десятая часть шагов).</translation>
    </message>
    <message>
        <source>The weight decay must be from 0 to 1 (it is {value}).</source>
        <translation>Затухание весов должно быть от 0 до 1 (сейчас {value}).</translation>
    </message>
    <message>
        <source>0.01 is usual.</source>
        <translation>Обычно 0.01.</translation>
    </message>
    <message>
        <source>Each shortened vector size must be a whole number of at least 1 (not {sizes}).</source>
        <translation>Каждый размер укороченного вектора должен быть целым числом не меньше 1 (а не {sizes}).</translation>
    </message>
    <message>
        <source>Write sizes smaller than the model&apos;s own, such as 256,128,64.</source>
        <translation>Укажите размеры меньше собственного размера модели, например 256,128,64.</translation>
    </message>
    <message>
        <source>The shortened vector sizes repeat a size.</source>
        <translation>Среди размеров укороченных векторов есть повторы.</translation>
    </message>
    <message>
        <source>Give each size once, such as 256,128,64.</source>
        <translation>Укажите каждый размер один раз, например 256,128,64.</translation>
    </message>
    <message>
        <source>The number of wrong answers to find per question must be a whole number from 0 to {most} (it is {value}).</source>
        <translation>Число неверных ответов, которые нужно найти на каждый вопрос, должно быть целым числом от 0 до {most} (сейчас {value}).</translation>
    </message>
    <message>
        <source>1 to 3 is usual; 0 turns it off.</source>
        <translation>Обычно от 1 до 3; 0 отключает эту функцию.</translation>
    </message>
    <message>
        <source>The time for finding the best settings must be from 1 to {most:g} minutes (it is {value}).</source>
        <translation>Время на подбор лучших настроек должно быть от 1 до {most:g} мин (сейчас {value}).</translation>
    </message>
    <message>
        <source>30 to 120 minutes is usual; leave it empty to train once with the automatic settings.</source>
        <translation>Обычно от 30 до 120 минут; оставьте пустым, чтобы обучить модель один раз с автоматическими настройками.</translation>
    </message>
    <message>
        <source>The number format &apos;{value}&apos; is not one the app knows.</source>
        <translation>Формат чисел «{value}» приложению неизвестен.</translation>
    </message>
    <message>
        <source>Use one of {choices}.</source>
        <translation>Используйте одно из значений: {choices}.</translation>
    </message>
    <message>
        <source>The number of CPU threads must be from 1 to {cores}, the cores of this computer (it is {value}).</source>
        <translation>Число потоков CPU должно быть от 1 до {cores} — числа ядер этого компьютера (сейчас {value}).</translation>
    </message>
    <message>
        <source>Leave it out to use every core.</source>
        <translation>Не указывайте его, чтобы использовать все ядра.</translation>
    </message>
    <message>
        <source>The learning rate must be a small number such as 2e-5.</source>
        <extracomment>The problem of a learning rate that is no number at all (as typed in a form).</extracomment>
        <translation>Скорость обучения должна быть небольшим числом, например 2e-5.</translation>
    </message>
    <message>
        <source>Values from 1e-5 to 1e-4 are usual.</source>
        <translation>Обычно от 1e-5 до 1e-4.</translation>
    </message>
</context>
<context>
    <name>coverage</name>
    <message>
        <source>Sinhala</source>
        <extracomment>Share of unknown tokens above which a model &quot;does not know&quot; a language. Sinhala under all-MiniLM-L6-v2 gives 0.86-0.87; a vocabulary trained on Sinhala gives 0.00-0.01. Share of unknown tokens above which a model knows a language only partly (the old ``unknown-tokens`` limit: one word in twenty read as &quot;unknown&quot; already hurts). Share of pieces covering at most one letter above which the model reads letter by letter. all-MiniLM-L6-v2 gives 0.96-1.00 on Russian and Korean (jamo), 0.07-0.18 on English; a WordPiece vocabulary trained on Sinhala/Korean/Russian gives 0.18-0.29 on held-out rows (a whole Hangul syllable or Han character counts as more than a letter). Tokens per word, as a multiple of the English yardstick, above which a model cuts words into letters whatever the single-letter share says. MiniLM: Russian 5.3-5.5x, Korean 4.5-6.9x. The tiny trained vocabulary gives 0.9-1.6x; multilingual tokenizers are studied by fertility in Rust et al., &quot;How good is your tokenizer?&quot; (ACL 2021); their figures were not re-checked here, so the limit leaves a wide margin above what a known script needs. Above these the model knows the language only partly: many words come in several pieces. Highest English yardstick (tokens per word); all-MiniLM-L6-v2 gives 1.04 on the reference. Texts of one language measured (the first ones; enough for a stable share). Fewer words than this in a language and no verdict is given for it (too little to judge). A script with less than this share of all words is left out: a few English names in a Korean data set (&quot;NASA&quot;, &quot;TV&quot;) say nothing about the data&apos;s language. Script name -&gt; (ISO 639-1 code, language name) when the script names one language. The names stay English in the data (JSON, model cards); :func:`language_name` translates one for display (they are marked under the context &quot;coverage&quot;).</extracomment>
        <translation>сингальский</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>корейский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>китайский</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>японский</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>арабский</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>хинди</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>бенгальский</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>тамильский</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>телугу</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>каннада</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>малаялам</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>гуджарати</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>панджаби</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>тайский</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>лаосский</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>кхмерский</translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation>бирманский</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>греческий</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>иврит</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>армянский</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>грузинский</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>амхарский</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <extracomment>(first code point, last code point, script) for the letters the app tells apart. Scripts whose one character is a syllable or a word: a piece of one character is normal there, and only a piece of less than one character (a Hangul jamo) counts as a letter. Share of frequent English words above which Latin-script texts are called English. Cyrillic letters that Russian does not use but Ukrainian does. Frequent English words: Latin-script text with enough of them is called English.</extracomment>
        <translation>украинский</translation>
    </message>
    <message>
        <source>a language written in Latin letters</source>
        <translation>язык на латинице</translation>
    </message>
    <message>
        <source>This model does not know {language}: most words become “unknown” to it, so it cannot tell those texts apart.</source>
        <translation>Эта модель не знает {language}: большинство слов для неё «неизвестны», поэтому она не различает такие тексты.</translation>
    </message>
    <message>
        <source>This model does not know {language}: {share:.0%} of the words become “unknown” to it, so it cannot tell those texts apart.</source>
        <translation>Эта модель не знает {language}: {share:.0%} слов для неё «неизвестны», поэтому она не различает такие тексты.</translation>
    </message>
    <message>
        <source>This model splits {language} into single letters ({pieces:.1f} pieces per word, against {english:.1f} in English): it will understand little of it.</source>
        <translatorcomment>{language} is filled with a lowercase nominative language name (русский, иврит, язык на латинице), so the sentence uses it without case endings; please check it reads naturally.</translatorcomment>
        <translation type="unfinished">Эта модель разбивает {language} на отдельные буквы ({pieces:.1f} части на слово против {english:.1f} в английском): она мало что поймёт в таких текстах.</translation>
    </message>
    <message>
        <source>This model knows {language} only partly ({pieces:.1f} pieces per word, {unknown:.0%} unknown): a model made for {language} will do better.</source>
        <translatorcomment>{language} is filled with a lowercase nominative language name (русский, иврит, язык на латинице), so the sentence uses it without case endings; please check it reads naturally.</translatorcomment>
        <translation type="unfinished">Эта модель знает {language} лишь частично (частей на слово: {pieces:.1f}, неизвестных: {unknown:.0%}): модель, созданная под {language}, справится лучше.</translation>
    </message>
    <message>
        <source>This model knows {language} well.</source>
        <translation>Эта модель хорошо знает {language}.</translation>
    </message>
</context>
<context>
    <name>data_dataset</name>
    <message>
        <source>No row is usable for training: every row has a problem.</source>
        <extracomment>Dataset column names per shape: text columns, then the label column (if any).</extracomment>
        <translation>Ни одна строка не годится для обучения: в каждой есть проблема.</translation>
    </message>
    <message>
        <source>Run inspect to see the problems, fix the file and try again.</source>
        <translation>Запустите inspect, чтобы увидеть проблемы, исправьте файл и попробуйте снова.</translation>
    </message>
    <message>
        <source>An evaluation share of {share:g} leaves nothing to train on.</source>
        <translation>При доле строк для оценки {share:g} для обучения ничего не остаётся.</translation>
    </message>
    <message>
        <source>Use a share below 1, e.g. 0.1 for 10%.</source>
        <translation>Укажите долю меньше 1, например 0.1 — это 10%.</translation>
    </message>
    <message>
        <source>There are too few rows to keep some apart for evaluation.</source>
        <translation>Слишком мало строк, чтобы отложить часть из них для оценки.</translation>
    </message>
    <message>
        <source>Add rows, or turn evaluation off (evaluation share 0).</source>
        <translation>Добавьте строки или отключите оценку (доля для оценки 0).</translation>
    </message>
</context>
<context>
    <name>data_detection</name>
    <message>
        <source>EmbedTune could not find two columns of text to learn from (the columns are: {columns}).</source>
        <extracomment>Column-name hints (lower-case, compared after removing spaces, dashes and underscores). A column is treated as categories when it has at most this many distinct values. sentence-transformers&apos; own column names, as keys (see :func:`_key`), in training order. The first set a table holds completely names its text columns. sentence-transformers&apos; names for the label column, as keys. A text column&apos;s cells must average at least this length, counting each CJK character (Hangul, Han, kana) as :data:`_CJK_WEIGHT` because one such character often is a word.</extracomment>
        <translation>EmbedTune не нашёл двух текстовых столбцов, на которых можно учиться (столбцы: {columns}).</translation>
    </message>
    <message>
        <source>Training needs pairs of texts side by side, e.g. a question and its answer. Choose the text columns yourself.</source>
        <translation>Для обучения нужны пары текстов рядом, например вопрос и ответ на него. Выберите текстовые столбцы сами.</translation>
    </message>
    <message>
        <source>There is no column called {names}.</source>
        <translation>Нет столбца с названием {names}.</translation>
    </message>
    <message>
        <source>The columns are: {columns}.</source>
        <translation>Столбцы: {columns}.</translation>
    </message>
    <message>
        <source>Pick two different text columns (or three for anchor, positive, negative).</source>
        <translation>Выберите два разных текстовых столбца (или три: опорный текст, положительный и отрицательный пример).</translation>
    </message>
    <message>
        <source>&apos;{label}&apos; cannot be both a text and the label.</source>
        <translation>«{label}» не может быть одновременно текстом и меткой.</translation>
    </message>
    <message>
        <source>Pick another label.</source>
        <translation>Выберите другую метку.</translation>
    </message>
    <message>
        <source>Triplets (anchor, positive, negative) take no label column.</source>
        <translation>Для троек (опорный текст, положительный, отрицательный пример) столбец меток не нужен.</translation>
    </message>
    <message>
        <source>Leave the label out, or pick two text columns.</source>
        <translation>Не указывайте метку или выберите два текстовых столбца.</translation>
    </message>
    <message>
        <source>The column &apos;{name}&apos; holds lists, not labels.</source>
        <translation>В столбце «{name}» не метки, а списки.</translation>
    </message>
    <message>
        <source>Pick a column with one score or class per row as the label.</source>
        <translation>Выберите в качестве метки столбец, где в каждой строке одна оценка или один класс.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; does not occur in the column &apos;{label}&apos;.</source>
        <translation>Значение «{value}» не встречается в столбце «{label}».</translation>
    </message>
    <message>
        <source>Its values are: {values}.</source>
        <translation>Его значения: {values}.</translation>
    </message>
    <message>
        <source>Triplets: a text, a matching text and a non-matching one</source>
        <translation>Тройки: текст, подходящий к нему текст и неподходящий</translation>
    </message>
    <message>
        <source>Questions with their answers</source>
        <translation>Вопросы с ответами</translation>
    </message>
    <message>
        <source>Pairs of texts that belong together</source>
        <translation>Пары текстов, которые относятся друг к другу</translation>
    </message>
    <message>
        <source>Sentence pairs with a similarity score 0–1</source>
        <translation>Пары предложений с оценкой сходства 0–1</translation>
    </message>
    <message>
        <source>Sentence pairs with a similarity score 0–{top}, scaled to 0–1</source>
        <translation>Пары предложений с оценкой сходства 0–{top}, приведённой к 0–1</translation>
    </message>
    <message>
        <source>Sentence pairs labelled similar ({positive}) or not (0)</source>
        <translation>Пары предложений с меткой «похожи» ({positive}) или «не похожи» (0)</translation>
    </message>
    <message>
        <source>Sentence pairs labelled similar ({positive}) or not</source>
        <translation>Пары предложений с меткой «похожи» ({positive}) или «не похожи»</translation>
    </message>
    <message>
        <source>Sentence pairs with one of {count} classes ({classes})</source>
        <translation>Пары предложений с одним из классов ({count}: {classes})</translation>
    </message>
</context>
<context>
    <name>data_inspection</name>
    <message>
        <source>The model &apos;{model}&apos; is not on this computer, so its tokenizer cannot be checked.</source>
        <translation>Модели «{model}» нет на этом компьютере, поэтому её токенизатор нельзя проверить.</translation>
    </message>
    <message>
        <source>Download it first (train or the model picker does), or give a model folder.</source>
        <translation>Сначала скачайте её (это делает команда train или выбор модели в приложении) или укажите папку с моделью.</translation>
    </message>
    <message>
        <source>The tokenizer of &apos;{model}&apos; could not be loaded from {folder}.</source>
        <translation>Не удалось загрузить токенизатор модели «{model}» из {folder}.</translation>
    </message>
    <message>
        <source>Check that the folder holds a complete sentence-transformers model.</source>
        <translation>Проверьте, что в папке лежит полная модель sentence-transformers.</translation>
    </message>
</context>
<context>
    <name>data_limits</name>
    <message>
        <source>Open it in your spreadsheet program and save it again, e.g. as .xlsx or UTF-8 CSV.</source>
        <translation>Откройте его в программе для работы с таблицами и сохраните заново, например как .xlsx или CSV в UTF-8.</translation>
    </message>
    <message>
        <source>a folder</source>
        <extracomment>Largest file EmbedTune opens, in bytes (256 MiB). Larger files are refused before anything is read: reading text makes Python hold several times the file&apos;s size in memory, and fine-tuning on a desktop needs far less data than this. Largest total unpacked size of a workbook&apos;s parts (.xlsx, .xlsm, .ods), or of a Parquet file&apos;s data, in bytes (512 MiB). Read from the archive&apos;s directory (or the Parquet footer) before anything is unpacked, so a &quot;zip bomb&quot; (a small file that unpacks to gigabytes) is refused while it is still small. Most cells a sheet or table may span (10 million): rows times columns, counting the empty cells between the first and last filled one, because that is what a spreadsheet reader allocates. A tiny .xlsx with one cell in A1 and one in XFD1048576 spans 17 billion cells. Most columns a table may have (1,000). Training uses two or three; detection looks at every column, so a file with tens of thousands of columns is refused rather than slow. Most characters in one cell (1,000,000). Models read at most a few thousand characters of a text; a longer cell is refused with its row, not cut silently. Most parts a workbook archive (.xlsx, .ods) may hold (10,000). A workbook has a few dozen; an archive of 100,000 empty parts (12 MB) takes the zip reader seconds and tens of MB just to list, a million ten times that. Counted from the archive&apos;s last record before listing. Deepest nesting of lists and objects in a JSON or JSON-lines file (64). Rows of training data are flat; deeper nesting is refused before it can exhaust Python&apos;s stack.</extracomment>
        <translation>папка</translation>
    </message>
    <message>
        <source>a pipe</source>
        <translation>канал (pipe)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>устройство</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>не обычный файл</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is a folder, not a file.</source>
        <translation>«{path}» — это папка, а не файл.</translation>
    </message>
    <message>
        <source>Pick a spreadsheet file.</source>
        <translation>Выберите файл таблицы.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {kind}, not a file EmbedTune can read.</source>
        <translation>«{name}» — это {kind}, а не файл, который может прочитать EmbedTune.</translation>
    </message>
    <message>
        <source>Pick a spreadsheet or data file saved on disk.</source>
        <translation>Выберите таблицу или файл данных, сохранённый на диске.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {size:,.0f} MB; EmbedTune reads files of up to {limit} MB.</source>
        <translation>Размер «{name}» — {size:,.0f} МБ; EmbedTune читает файлы размером до {limit} МБ.</translation>
    </message>
    <message>
        <source>Keep only the rows and columns you need, or split the file.</source>
        <translation>Оставьте только нужные строки и столбцы или разделите файл на части.</translation>
    </message>
    <message>
        <source>The file &apos;{path}&apos; does not exist.</source>
        <translation>Файла «{path}» не существует.</translation>
    </message>
    <message>
        <source>Check the name and the folder.</source>
        <translation>Проверьте имя файла и папку.</translation>
    </message>
    <message>
        <source>EmbedTune could not open &apos;{name}&apos; ({error}).</source>
        <translation>EmbedTune не удалось открыть «{name}» ({error}).</translation>
    </message>
    <message>
        <source>Check that the file is there and that you may read it.</source>
        <translation>Проверьте, что файл на месте и у вас есть право его читать.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is larger than {limit} MB, the most EmbedTune reads.</source>
        <translation>«{name}» больше {limit} МБ — это предел для EmbedTune.</translation>
    </message>
    <message>
        <source>A cell in row {row} (column &apos;{column}&apos;) of &apos;{name}&apos; holds {chars:,} characters; EmbedTune reads cells of up to {limit:,}.</source>
        <translation>В ячейке строки {row} (столбец «{column}») файла «{name}» символов: {chars:,}; EmbedTune читает ячейки длиной не более {limit:,} символов.</translation>
    </message>
    <message>
        <source>Shorten that text: a model reads only the first few thousand characters.</source>
        <translation>Сократите этот текст: модель всё равно читает только первые несколько тысяч символов.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has {columns:,} columns; EmbedTune reads tables of up to {limit:,} columns.</source>
        <translation>В «{name}» столбцов: {columns:,}; EmbedTune читает таблицы, в которых не более {limit:,} столбцов.</translation>
    </message>
    <message>
        <source>Keep only the columns you need (the texts and the label) and save it again.</source>
        <translation>Оставьте только нужные столбцы (тексты и метку) и сохраните файл заново.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; spans {rows:,} rows by {columns:,} column, more than the {limit:,} cells EmbedTune reads.</source>
        <translation>Размер «{name}» — строк: {rows:,}, столбцов: {columns:,}; это больше, чем может прочитать EmbedTune (предел — {limit:,} ячеек).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; spans {rows:,} rows by {columns:,} columns, more than the {limit:,} cells EmbedTune reads.</source>
        <translation>Размер «{name}» — строк: {rows:,}, столбцов: {columns:,}; это больше, чем может прочитать EmbedTune (предел — {limit:,} ячеек).</translation>
    </message>
    <message>
        <source>Keep only the rows and columns you need, or split the file. If the sheet looks small, delete the empty rows and columns far below and right of the data.</source>
        <translation>Оставьте только нужные строки и столбцы или разделите файл на части. Если лист выглядит небольшим, удалите пустые строки и столбцы далеко снизу и справа от данных.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is an archive of {members:,} parts; a workbook has a few dozen, and EmbedTune opens archives of up to {limit:,}.</source>
        <extracomment>What Python&apos;s zip reader raises for a broken, encrypted or exotic archive.</extracomment>
        <translation>«{name}» — архив, число частей в нём: {members:,}; в книге их обычно несколько десятков, а EmbedTune открывает архивы, где частей не больше {limit:,}.</translation>
    </message>
    <message>
        <source>Open it in your spreadsheet program and save it again, or save the data as CSV.</source>
        <translation>Откройте его в программе для работы с таблицами и сохраните заново или сохраните данные в CSV.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; unpacks to {size:,.0f} MB; EmbedTune reads workbooks that unpack to at most {limit} MB.</source>
        <translation>В распакованном виде «{name}» занимает {size:,.0f} МБ; EmbedTune читает книги, которые занимают после распаковки не более {limit} МБ.</translation>
    </message>
    <message>
        <source>Keep only the sheet and columns you need, or save the data as CSV. A small file that unpacks to so much may have been made to harm: open only files you trust.</source>
        <translation>Оставьте только нужный лист и столбцы или сохраните данные в CSV. Маленький файл, который распаковывается в такой объём, может быть создан во вред: открывайте только файлы, которым доверяете.</translation>
    </message>
    <message>
        <source>The workbook &apos;{name}&apos; is damaged ({error}).</source>
        <extracomment>Cell and row tags of an .xlsx sheet, with their attributes and whether they close at once. Row, cell and table tags of an .ods content.xml.</extracomment>
        <translation>Книга «{name}» повреждена ({error}).</translation>
    </message>
    <message>
        <source>The JSON in &apos;{name}&apos; on line {line} is nested more than {limit} levels deep, which is not a table.</source>
        <translation>JSON в «{name}» (строка {line}) имеет больше {limit} уровней вложенности — это не таблица.</translation>
    </message>
    <message>
        <source>The JSON in &apos;{name}&apos; is nested more than {limit} levels deep, which is not a table.</source>
        <translation>JSON в «{name}» имеет больше {limit} уровней вложенности — это не таблица.</translation>
    </message>
    <message>
        <source>Save the data as a flat table: one row per example, one column per text.</source>
        <translation>Сохраните данные в виде простой таблицы: одна строка на пример, один столбец на текст.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; unpacks to {size:,.0f} MB; EmbedTune reads Parquet files that unpack to at most {limit} MB.</source>
        <translation>В распакованном виде «{name}» занимает {size:,.0f} МБ; EmbedTune читает файлы Parquet, которые занимают после распаковки не более {limit} МБ.</translation>
    </message>
</context>
<context>
    <name>data_presentation</name>
    <message>
        <source>CSV text</source>
        <extracomment>Formats read as delimited text (encoding and delimiter can be changed). Formats read as workbooks (a sheet can be chosen). Format names (&quot;JSON&quot; and &quot;Parquet&quot; are names, the same in every language).</extracomment>
        <translation>Текст CSV</translation>
    </message>
    <message>
        <source>Tab-separated text</source>
        <translation>Текст с разделителями-табуляциями</translation>
    </message>
    <message>
        <source>Delimited text</source>
        <translation>Текст с разделителями</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Книга Excel</translation>
    </message>
    <message>
        <source>Excel 97–2003 workbook</source>
        <translation>Книга Excel 97–2003</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet</source>
        <translation>Таблица OpenDocument</translation>
    </message>
    <message>
        <source>JSON lines</source>
        <translation>Строки JSON (JSON Lines)</translation>
    </message>
    <message>
        <source>The model learns to put each text close to its partner and away from the other rows&apos; partners.</source>
        <translation>Модель учится помещать каждый текст рядом с его парой и подальше от пар из других строк.</translation>
    </message>
    <message>
        <source>The model learns to put the first text closer to the second than to the third.</source>
        <translation>Модель учится помещать первый текст ближе ко второму, чем к третьему.</translation>
    </message>
    <message>
        <source>The model learns to give each pair the similarity its score says.</source>
        <translation>Модель учится давать каждой паре то сходство, которое указано в её оценке.</translation>
    </message>
    <message>
        <source>The model learns to tell similar pairs from different ones.</source>
        <translation>Модель учится отличать похожие пары от непохожих.</translation>
    </message>
    <message>
        <source>The model learns from how each pair is related (for example “same meaning”, “unrelated”, “contradicts”).</source>
        <translation>Модель учится на том, как связаны тексты в каждой паре (например, «тот же смысл», «не связаны», «противоречат друг другу»).</translation>
    </message>
    <message>
        <source>“{value}” means similar</source>
        <extracomment>Rows whose texts are shown to name their languages.</extracomment>
        <translation>«{value}» означает «похожи»</translation>
    </message>
    <message>
        <source>Rows with this value:</source>
        <translation>Строки с этим значением:</translation>
    </message>
    <message>
        <source>{rows:,} rows, {columns} columns, {bad:,} lines could not be read. Rows with problems are tinted.</source>
        <translation>Строк: {rows:,}, столбцов: {columns}, не удалось прочитать строк файла: {bad:,}. Строки с проблемами выделены цветом.</translation>
    </message>
    <message>
        <source>{rows:,} rows, {columns} columns. Rows with problems are tinted.</source>
        <translation>Строк: {rows:,}, столбцов: {columns}. Строки с проблемами выделены цветом.</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Пока неизвестно</translation>
    </message>
    <message>
        <source>Pick the text columns below.</source>
        <translation>Выберите текстовые столбцы ниже.</translation>
    </message>
    <message>
        <source>{file} has no column called {names}.</source>
        <translation>В {file} нет столбца с названием {names}.</translation>
    </message>
    <message>
        <source>The file to check the result on needs the same columns as the training file.</source>
        <translation>В файле для проверки результата должны быть те же столбцы, что и в файле для обучения.</translation>
    </message>
    <message>
        <source>Row {row:,}, {column}: {message}</source>
        <translation>Строка {row:,}, {column}: {message}</translation>
    </message>
    <message>
        <source>Row {row:,}: {message}</source>
        <translation>Строка {row:,}: {message}</translation>
    </message>
    <message>
        <source>{problems:,} problems; {rows:,} rows will be left out of training because of them. The first {limit} are listed. Click one to see its row.</source>
        <translation>Проблем: {problems:,}; из-за них из обучения будет исключено строк: {rows:,}. Показаны первые {limit}. Нажмите на проблему, чтобы увидеть её строку.</translation>
    </message>
    <message>
        <source>{problems:,} problems; {rows:,} rows will be left out of training because of them. Click one to see its row.</source>
        <translation>Проблем: {problems:,}; из-за них из обучения будет исключено строк: {rows:,}. Нажмите на проблему, чтобы увидеть её строку.</translation>
    </message>
    <message>
        <source>{problems:,} problems. The first {limit} are listed. Click one to see its row.</source>
        <translation>Проблем: {problems:,}. Показаны первые {limit}. Нажмите на проблему, чтобы увидеть её строку.</translation>
    </message>
    <message>
        <source>{problems:,} problems. Click one to see its row.</source>
        <translation>Проблем: {problems:,}. Нажмите на проблему, чтобы увидеть её строку.</translation>
    </message>
    <message>
        <source>All {rows:,} rows are used to train; {eval_rows:,} rows of {name} check the result.</source>
        <translation>Все строки ({rows:,}) идут на обучение; результат проверяется на строках из {name} ({eval_rows:,}).</translation>
    </message>
    <message>
        <source>All {rows:,} rows are used to train; its rows of {name} check the result.</source>
        <translation>Все строки ({rows:,}) идут на обучение; результат проверяется на строках из {name}.</translation>
    </message>
    <message>
        <source>{rows:,} rows to train. {note}</source>
        <translation>Строк для обучения: {rows:,}. {note}</translation>
    </message>
    <message>
        <source>{rows:,} rows to train, {held_out:,} to check the result.</source>
        <translation>Строк для обучения: {rows:,}, для проверки результата: {held_out:,}.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;The result cannot be measured:&lt;/b&gt; {reason} {advice}</source>
        <translation>&lt;br&gt;&lt;b&gt;Результат невозможно измерить:&lt;/b&gt; {reason} {advice}</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>Drop a spreadsheet on this page, or click Browse to pick one.</source>
        <translation>Перетащите таблицу на эту страницу или нажмите «Обзор», чтобы выбрать файл.</translation>
    </message>
    <message>
        <source>Pick which columns hold the texts.</source>
        <translation>Выберите, в каких столбцах тексты.</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Проверка строк…</translation>
    </message>
    <message>
        <source>No rows can be used for training: see the problems on the right.</source>
        <translation>Ни одну строку нельзя использовать для обучения: посмотрите на проблемы справа.</translation>
    </message>
    <message>
        <source>The data file {path} is not on this computer any more. Drop it here again, or browse for it; the other settings are kept.</source>
        <translation>Файла данных {path} больше нет на этом компьютере. Перетащите его сюда снова или укажите, где он лежит; остальные настройки сохранятся.</translation>
    </message>
</context>
<context>
    <name>data_reading</name>
    <message>
        <source>Open it in your spreadsheet program and save it again, e.g. as .xlsx or UTF-8 CSV.</source>
        <extracomment>File suffixes read_table understands, with the format each is read as. Legacy encodings tried, in order, when a file is not UTF-8 (Russian and Korean Windows). Control characters no spreadsheet shows and no model reads; removed from every cell. Bytes that never occur in text (C0 controls other than tab, line breaks, form feed, escape).</extracomment>
        <translation>Откройте его в программе для работы с таблицами и сохраните заново, например как .xlsx или CSV в кодировке UTF-8.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a delimiter I understand.</source>
        <translation>«{value}» — непонятный разделитель.</translation>
    </message>
    <message>
        <source>Use one character, or one of: comma, semicolon, tab, pipe.</source>
        <translation>Укажите один символ или одно из слов: comma (запятая), semicolon (точка с запятой), tab (табуляция), pipe (вертикальная черта).</translation>
    </message>
    <message>
        <source>EmbedTune cannot read &apos;{name}&apos;: files ending in &apos;{suffix}&apos; are not supported.</source>
        <translation>EmbedTune не может прочитать «{name}»: файлы с расширением «{suffix}» не поддерживаются.</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Save it as one of: {formats}.</source>
        <translation>Сохраните его в одном из форматов: {formats}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is nested too deeply to be a table.</source>
        <translation>В «{name}» слишком много уровней вложенности, чтобы считать его таблицей.</translation>
    </message>
    <message>
        <source>Save the data as a flat table: one row per example, one column per text.</source>
        <translation>Сохраните данные как простую таблицу: одна строка на пример, один столбец на текст.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is too large to read with the memory this computer has free.</source>
        <translation>Файл «{name}» слишком большой: для его чтения на этом компьютере не хватает свободной памяти.</translation>
    </message>
    <message>
        <source>Keep only the rows and columns you need, or close other programs.</source>
        <translation>Оставьте только нужные строки и столбцы или закройте другие программы.</translation>
    </message>
    <message>
        <source>EmbedTune could not read &apos;{name}&apos; as a {format} file ({error}).</source>
        <translation>EmbedTune не удалось прочитать «{name}» как файл {format} ({error}).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds no rows of data.</source>
        <translation>В «{name}» нет ни одной строки данных.</translation>
    </message>
    <message>
        <source>Check that you picked the right file (and sheet).</source>
        <translation>Проверьте, тот ли файл (и лист) вы выбрали.</translation>
    </message>
    <message>
        <source>EmbedTune could not tell which text encoding this file uses.</source>
        <translation>EmbedTune не удалось определить, в какой кодировке записан этот файл.</translation>
    </message>
    <message>
        <source>Save it as UTF-8 (in Excel: &apos;CSV UTF-8&apos;), or name its encoding.</source>
        <translation>Сохраните его в UTF-8 (в Excel: «CSV UTF-8») или укажите его кодировку.</translation>
    </message>
    <message>
        <source>A cell on line {line} of &apos;{name}&apos; is longer than {limit:,} characters, the most EmbedTune reads in one cell.</source>
        <translation>Ячейка в строке {line} файла «{name}» длиннее {limit:,} символов — это максимум, который EmbedTune читает из одной ячейки.</translation>
    </message>
    <message>
        <source>A cell of &apos;{name}&apos; is longer than {limit:,} characters, the most EmbedTune reads in one cell.</source>
        <translation>Ячейка в файле «{name}» длиннее {limit:,} символов — это максимум, который EmbedTune читает из одной ячейки.</translation>
    </message>
    <message>
        <source>Shorten that text, or check for a quote character that is never closed.</source>
        <translation>Сократите этот текст или проверьте, нет ли незакрытой кавычки.</translation>
    </message>
    <message>
        <source>a zip archive (perhaps an .xlsx or .ods workbook with another ending)</source>
        <extracomment>Start of files that are not text at all, with what they are in plain words. (Marked for translation; translated where the error is raised.)</extracomment>
        <translation>архив zip (возможно, книга .xlsx или .ods с другим расширением)</translation>
    </message>
    <message>
        <source>an Office file (perhaps an old .xls workbook with another ending)</source>
        <translation>файл Office (возможно, старая книга .xls с другим расширением)</translation>
    </message>
    <message>
        <source>a Parquet file</source>
        <translation>файл Parquet</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>документ PDF</translation>
    </message>
    <message>
        <source>a picture</source>
        <translation>изображение</translation>
    </message>
    <message>
        <source>a compressed (gzip) file</source>
        <translation>сжатый файл (gzip)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <extracomment>Share of binary bytes above which a file is not text (random or compressed data has 11%; a text file with a stray NUL far less: those are removed from the cells).</extracomment>
        <translation>Windows-1251 (кириллица)</translation>
    </message>
    <message>
        <source>CP949 (Korean Windows)</source>
        <translation>CP949 (корейская Windows)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is {what}, not a {format} text file.</source>
        <translation>«{name}» — это {what}, а не текстовый файл {format}.</translation>
    </message>
    <message>
        <source>Give the file its real ending (e.g. .xlsx), or save it again as UTF-8 CSV.</source>
        <translation>Дайте файлу его настоящее расширение (например, .xlsx) или сохраните его заново как CSV в UTF-8.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; does not hold text: it looks like a program&apos;s own binary format.</source>
        <translation>«{name}» не содержит текста: похоже, это двоичный файл в собственном формате какой-то программы.</translation>
    </message>
    <message>
        <source>&apos;{encoding}&apos; is not a text encoding I know.</source>
        <translation>Кодировка «{encoding}» мне неизвестна.</translation>
    </message>
    <message>
        <source>Try utf-8, utf-16, cp1251 (Russian Windows) or cp949 (Korean Windows).</source>
        <translation>Попробуйте utf-8, utf-16, cp1251 (русская Windows) или cp949 (корейская Windows).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not written in {encoding}: byte {byte} does not fit.</source>
        <translation>Файл «{name}» записан не в кодировке {encoding}: байт {byte} в неё не укладывается.</translation>
    </message>
    <message>
        <source>Leave the encoding out to let EmbedTune detect it.</source>
        <translation>Не указывайте кодировку — EmbedTune определит её сам.</translation>
    </message>
    <message>
        <source>Line {number} is written in another encoding ({other}) than the rest of the file ({name}), so it could not be read.</source>
        <translation>Строка {number} записана в другой кодировке ({other}), чем остальной файл ({name}), поэтому её не удалось прочитать.</translation>
    </message>
    <message>
        <source>Line {number} is not written in {name} like the rest of the file, so it could not be read.</source>
        <translation>Строка {number} записана не в кодировке {name}, как остальной файл, поэтому её не удалось прочитать.</translation>
    </message>
    <message>
        <source>Line {number} has {values} values where the other lines have {expected}.</source>
        <extracomment>Scripts whose letters in a UTF-8 line show it really is UTF-8 (Cyrillic, Greek, Hebrew, Arabic, Indic scripts with Sinhala, Thai, Hangul, kana, Han). Latin letters with accents do not: the bytes of a CP949 syllable can happen to spell &quot;ũ&quot; in UTF-8.</extracomment>
        <translatorcomment>Restructured to avoid plural agreement with {values}/{expected}; check it reads naturally.</translatorcomment>
        <translation type="unfinished">В строке {number} значений: {values}, а в остальных строках: {expected}.</translation>
    </message>
    <message>
        <source>EmbedTune could not open the workbook &apos;{name}&apos; ({error}).</source>
        <translation>EmbedTune не удалось открыть книгу «{name}» ({error}).</translation>
    </message>
    <message>
        <source>Open it in your spreadsheet program and save it again as .xlsx.</source>
        <translation>Откройте её в программе для работы с таблицами и сохраните заново как .xlsx.</translation>
    </message>
    <message>
        <source>The sheet &apos;{sheet}&apos; of &apos;{name}&apos; is damaged and cannot be read ({error}).</source>
        <translation>Лист «{sheet}» в «{name}» повреждён, его невозможно прочитать ({error}).</translation>
    </message>
    <message>
        <source>The workbook &apos;{name}&apos; has no sheets.</source>
        <translation>В книге «{name}» нет ни одного листа.</translation>
    </message>
    <message>
        <source>Check the file.</source>
        <translation>Проверьте файл.</translation>
    </message>
    <message>
        <source>The workbook &apos;{name}&apos; has no sheet called &apos;{sheet}&apos;.</source>
        <translation>В книге «{name}» нет листа «{sheet}».</translation>
    </message>
    <message>
        <source>Its sheets are: {sheets}.</source>
        <translation>Листы в ней: {sheets}.</translation>
    </message>
    <message>
        <source>The sheet &apos;{sheet}&apos; of &apos;{name}&apos; is empty.</source>
        <translation>Лист «{sheet}» в «{name}» пуст.</translation>
    </message>
    <message>
        <source>Pick the sheet that holds your data.</source>
        <translation>Выберите лист, на котором находятся ваши данные.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is JSON, but not a list of rows.</source>
        <translation>«{name}» — это JSON, но не список строк.</translation>
    </message>
    <message>
        <source>Use a list of records such as [{&quot;question&quot;: &quot;…&quot;, &quot;answer&quot;: &quot;…&quot;}, …].</source>
        <translation>Используйте список записей, например [{&quot;question&quot;: &quot;…&quot;, &quot;answer&quot;: &quot;…&quot;}, …].</translation>
    </message>
    <message>
        <source>The JSON rows are not records.</source>
        <translation>Строки JSON не являются записями.</translation>
    </message>
    <message>
        <source>Each row should look like {&quot;question&quot;: &quot;…&quot;, &quot;answer&quot;: &quot;…&quot;}.</source>
        <translation>Каждая строка должна выглядеть так: {&quot;question&quot;: &quot;…&quot;, &quot;answer&quot;: &quot;…&quot;}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; mixes two text encodings: line {lines} is not written like the rest.</source>
        <translation>В «{name}» смешаны две кодировки текста: строка {lines} записана не так, как остальные.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; mixes two text encodings: lines {lines} are not written like the rest.</source>
        <translation>В «{name}» смешаны две кодировки текста: строки {lines} записаны не так, как остальные.</translation>
    </message>
    <message>
        <source>Save the file again as UTF-8, which JSON files should always use.</source>
        <translation>Сохраните файл заново в UTF-8 — файлы JSON всегда должны быть в этой кодировке.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; holds more than {limit:,} values, the most EmbedTune reads from one JSON file.</source>
        <translation>В «{name}» больше {limit:,} значений — это максимум, который EmbedTune читает из одного файла JSON.</translation>
    </message>
    <message>
        <source>Keep only the rows and fields you need, or split the file.</source>
        <translation>Оставьте только нужные строки и поля или разделите файл на части.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not valid JSON: {error} at line {line}.</source>
        <translation>«{name}» — некорректный JSON: {error} в строке {line}.</translation>
    </message>
    <message>
        <source>Fix the file, or save the data as CSV or .xlsx.</source>
        <translation>Исправьте файл или сохраните данные как CSV или .xlsx.</translation>
    </message>
    <message>
        <source>Line {number} is not valid JSON ({error}).</source>
        <translation>Строка {number} — некорректный JSON ({error}).</translation>
    </message>
    <message>
        <source>Line {number} is not a record ({{…}}).</source>
        <translation>Строка {number} — не запись ({{…}}).</translation>
    </message>
    <message>
        <source>EmbedTune could not read &apos;{name}&apos; as a Parquet file ({error}).</source>
        <translation>EmbedTune не удалось прочитать «{name}» как файл Parquet ({error}).</translation>
    </message>
    <message>
        <source>Check that the file is complete, or save the data as CSV or .xlsx.</source>
        <translation>Проверьте, что файл не обрезан, или сохраните данные как CSV или .xlsx.</translation>
    </message>
</context>
<context>
    <name>data_validation</name>
    <message>
        <source>{message} It was left out.</source>
        <extracomment>Fewer usable rows than this earns a ``few-rows`` warning. Share of rows with identical texts above which ``identical-pairs`` is raised. Share of unknown tokens above which ``unknown-tokens`` is raised. Share of texts longer than the model reads above which ``long-texts`` is raised. Rows tokenized for statistics (all rows when there are fewer). Row or line numbers a warning names before it only counts the rest.</extracomment>
        <translation>{message} Строка пропущена.</translation>
    </message>
    <message>
        <source>The cell in &apos;{column}&apos; is empty; the row is left out.</source>
        <translation>Ячейка в столбце «{column}» пуста; строка пропущена.</translation>
    </message>
    <message>
        <source>The score &apos;{score}&apos; is not a number; the row is left out.</source>
        <translation>Оценка «{score}» — не число; строка пропущена.</translation>
    </message>
    <message>
        <source>The score {score} is outside 0–{top:g}; the row is left out.</source>
        <translation>Оценка {score} выходит за пределы 0–{top:g}; строка пропущена.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of the classes.</source>
        <translation>«{value}» не входит в число классов.</translation>
    </message>
    <message>
        <source>Only 1 usable row: the model will learn little from so few examples.</source>
        <translation>Пригодна только 1 строка: на так малом числе примеров модель мало чему научится.</translation>
    </message>
    <message>
        <source>Only {rows} usable rows: the model will learn little from so few examples.</source>
        <translation>Пригодных строк всего: {rows}. На так малом числе примеров модель мало чему научится.</translation>
    </message>
    <message>
        <source>Aim for a few hundred rows or more; add more examples if you can.</source>
        <translation>Старайтесь набрать хотя бы несколько сотен строк; если можете, добавьте ещё примеров.</translation>
    </message>
    <message>
        <source>In {same} of {rows} rows both texts are the same: the model would learn nothing from them.</source>
        <translation>Строк, в которых оба текста одинаковые: {same} из {rows}. На них модель ничему не научится.</translation>
    </message>
    <message>
        <source>Check that &apos;{first}&apos; and &apos;{second}&apos; are the right columns: the second should be a different text that belongs with the first (e.g. the answer).</source>
        <translation>Проверьте, правильные ли столбцы выбраны — «{first}» и «{second}»: во втором должен быть другой текст, связанный с первым (например, ответ).</translation>
    </message>
    <message>
        <source>row {row} repeats row {first}</source>
        <translation>строка {row} повторяет строку {first}</translation>
    </message>
    <message>
        <source>1 row repeats an earlier row exactly ({examples}).</source>
        <translation>1 строка в точности повторяет одну из предыдущих ({examples}).</translation>
    </message>
    <message>
        <source>{rows} rows repeat an earlier row exactly ({examples} and {more} more).</source>
        <translation>Строк, в точности повторяющих предыдущие: {rows} ({examples} и ещё {more}).</translation>
    </message>
    <message>
        <source>{rows} rows repeat an earlier row exactly ({examples}).</source>
        <translation>Строк, в точности повторяющих предыдущие: {rows} ({examples}).</translation>
    </message>
    <message>
        <source>Repeated rows give those examples more weight; remove them unless you mean it.</source>
        <translation>Повторы придают этим примерам больший вес; удалите их, если вы не делали этого намеренно.</translation>
    </message>
    <message>
        <source>The column &apos;{column}&apos; holds the same value ({value}) in every row, so it says nothing: the rows are treated as pairs that belong together.</source>
        <translation>В столбце «{column}» во всех строках одно и то же значение ({value}), поэтому он ничего не сообщает: строки считаются парами, которые подходят друг к другу.</translation>
    </message>
    <message>
        <source>That is fine for question/answer data. If some pairs should count as dissimilar, give them a different value.</source>
        <translation>Для данных «вопрос — ответ» это нормально. Если какие-то пары должны считаться непохожими, поставьте им другое значение.</translation>
    </message>
    <message>
        <source>Scores in &apos;{column}&apos; run from 0 to {scale:g}; they are divided by {scale:g} so that they run from 0 to 1.</source>
        <translation>Оценки в столбце «{column}» идут от 0 до {scale:g}; они делятся на {scale:g}, чтобы получились значения от 0 до 1.</translation>
    </message>
    <message>
        <source>Nothing to do, unless your scale is different (then fix the scores).</source>
        <translation>Ничего делать не нужно, если только у вас не другая шкала (тогда исправьте оценки).</translation>
    </message>
    <message>
        <source>1 row has an empty cell; it is left out.</source>
        <translation>В 1 строке есть пустая ячейка; она пропущена.</translation>
    </message>
    <message>
        <source>{rows} rows have an empty cell; they are left out.</source>
        <translation>Строк с пустой ячейкой: {rows}; они пропущены.</translation>
    </message>
    <message>
        <source>Fill in the missing texts or delete those rows.</source>
        <translation>Заполните недостающие тексты или удалите эти строки.</translation>
    </message>
    <message>
        <source>1 line could not be read as rows (e.g. line {lines}) and is left out.</source>
        <translation>1 строку файла не удалось разобрать на ячейки (строка {lines}); она пропущена.</translation>
    </message>
    <message>
        <source>{count} lines could not be read as rows (e.g. line {lines}) and are left out.</source>
        <translation>Строк файла, которые не удалось разобрать на ячейки: {count} (например, строки {lines}); они пропущены.</translation>
    </message>
    <message>
        <source>Those lines have more or fewer values than the others: check for an extra delimiter or a missing one, or pick the delimiter yourself.</source>
        <translation>В этих строках больше или меньше значений, чем в остальных: проверьте, нет ли лишнего или пропущенного разделителя, или выберите разделитель сами.</translation>
    </message>
    <message>
        <source>Open the file, fix those lines and save it again.</source>
        <translation>Откройте файл, исправьте эти строки и сохраните его снова.</translation>
    </message>
    <message>
        <source>1 line of the file is written in another text encoding than the rest (line {lines}), so it was left out rather than shown as garbled text.</source>
        <translation>1 строка файла записана в другой кодировке, чем остальные (строка {lines}), поэтому она пропущена, чтобы не показывать искажённый текст.</translation>
    </message>
    <message>
        <source>{count} lines of the file are written in another text encoding than the rest (line {lines}), so they were left out rather than shown as garbled text.</source>
        <translation>Строк файла, записанных в другой кодировке, чем остальные: {count} (строки {lines}). Они пропущены, чтобы не показывать искажённый текст.</translation>
    </message>
    <message>
        <source>The file was probably joined from two files saved differently. Save each part as UTF-8 (in Excel: &apos;CSV UTF-8&apos;) and join them again.</source>
        <translation>Вероятно, файл склеен из двух файлов, сохранённых по-разному. Сохраните каждую часть в UTF-8 (в Excel: «CSV UTF-8») и снова объедините их.</translation>
    </message>
    <message>
        <source>Pick a model that knows your language: {recommendation}</source>
        <translation>Выберите модель, которая знает ваш язык: {recommendation}</translation>
    </message>
    <message>
        <source>Pick a model that knows your language, e.g. a multilingual one.</source>
        <translation>Выберите модель, которая знает ваш язык, например многоязычную.</translation>
    </message>
    <message>
        <source>The text is {length} tokens long; the model reads only the first {limit}.</source>
        <translation>Длина текста в токенах: {length}, а модель читает только первые {limit}.</translation>
    </message>
    <message>
        <source>The model does not know {share:.0%} of the words and signs in your texts (it reads them as &apos;unknown&apos;), so it cannot tell those texts apart.</source>
        <translation>Модель не знает {share:.0%} слов и знаков в ваших текстах (она читает их как «неизвестные»), поэтому не может различить такие тексты.</translation>
    </message>
    <message>
        <source>{share:.0%} of the texts are longer than the {limit} tokens the model reads; the rest of each is ignored.</source>
        <translation>{share:.0%} текстов длиннее, чем может прочитать модель (предел в токенах: {limit}); остаток каждого такого текста не учитывается.</translation>
    </message>
    <message>
        <source>Split long texts into shorter passages, or raise the maximum length.</source>
        <translation>Разбейте длинные тексты на более короткие фрагменты или увеличьте максимальную длину.</translation>
    </message>
</context>
<context>
    <name>evaluation</name>
    <message>
        <source>The data shape &apos;{shape}&apos; is not one evaluation understands.</source>
        <extracomment>Evaluation rows used at most, so that measuring stays quick on a CPU.</extracomment>
        <translation>Для данных вида «{shape}» оценка качества не предусмотрена.</translation>
    </message>
    <message>
        <source>There are too few evaluation rows (or they all have the same label) to measure the model.</source>
        <translation>Строк для проверки слишком мало (или у всех одна и та же метка), чтобы измерить качество модели.</translation>
    </message>
    <message>
        <source>Use more rows, with both similar and not-similar examples.</source>
        <translation>Возьмите больше строк — и с похожими, и с непохожими примерами.</translation>
    </message>
    <message>
        <source>agreement with your scores (Spearman, 1 = perfect)</source>
        <translation>согласие с вашими оценками (Spearman, 1 = идеально)</translation>
    </message>
    <message>
        <source>share of questions whose right answer comes first</source>
        <translation>доля вопросов, у которых правильный ответ стоит первым</translation>
    </message>
    <message>
        <source>how near the top the right answer ranks (MRR@10, 1 = always first)</source>
        <translation>насколько близко к началу списка стоит правильный ответ (MRR@10, 1 = всегда первый)</translation>
    </message>
    <message>
        <source>share of rows where the matching text is closer than the non-matching one</source>
        <translation>доля строк, где подходящий текст ближе, чем неподходящий</translation>
    </message>
    <message>
        <source>how well similar and not-similar pairs are told apart (average precision)</source>
        <translation>насколько хорошо различаются похожие и непохожие пары (средняя точность)</translation>
    </message>
    <message>
        <source>share of pairs judged correctly</source>
        <translation>доля правильно оценённых пар</translation>
    </message>
    <message>
        <source>agreement with your scores (Spearman) {change}</source>
        <translation>согласие с вашими оценками (Spearman): {change}</translation>
    </message>
    <message>
        <source>the right answer comes first for {change} of questions</source>
        <translation>доля вопросов, у которых правильный ответ стоит первым: {change}</translation>
    </message>
    <message>
        <source>how near the top the right answer ranks (MRR@10) {change}</source>
        <translation>насколько близко к началу стоит правильный ответ (MRR@10): {change}</translation>
    </message>
    <message>
        <source>the matching text is closer than the non-matching one in {change} of rows</source>
        <translation>доля строк, где подходящий текст ближе, чем неподходящий: {change}</translation>
    </message>
    <message>
        <source>similar and not-similar pairs are told apart with average precision {change}</source>
        <translation>похожие и непохожие пары различаются со средней точностью {change}</translation>
    </message>
    <message>
        <source>among the first {k}</source>
        <translation>среди первых {k}</translation>
    </message>
    <message>
        <source>agreement of the similarities with your scores (ranking, 1 = perfect)</source>
        <translatorcomment>Spearman/Pearson explained as &apos;ranking&apos;/&apos;straight line&apos;: check the plain-words rendering is clear.</translatorcomment>
        <translation type="unfinished">согласие сходства с вашими оценками (по порядку, 1 = идеально)</translation>
    </message>
    <message>
        <source>agreement of the similarities with your scores (straight line, 1 = perfect)</source>
        <translatorcomment>Spearman/Pearson explained as &apos;ranking&apos;/&apos;straight line&apos;: check the plain-words rendering is clear.</translatorcomment>
        <translation type="unfinished">согласие сходства с вашими оценками (по прямой линии, 1 = идеально)</translation>
    </message>
    <message>
        <source>share of rows judged correctly</source>
        <translation>доля правильно оценённых строк</translation>
    </message>
    <message>
        <source>share of answers found that are right</source>
        <translation>доля найденных ответов, которые верны</translation>
    </message>
    <message>
        <source>share of the right answers that are found</source>
        <translation>доля правильных ответов, которые найдены</translation>
    </message>
    <message>
        <source>how near the top the right answer comes (1 = always first)</source>
        <translation>насколько близко к началу списка стоит правильный ответ (1 = всегда первый)</translation>
    </message>
    <message>
        <source>how well the right answers are ordered at the top (1 = perfect)</source>
        <translation>насколько хорошо правильные ответы собраны в начале списка (1 = идеально)</translation>
    </message>
    <message>
        <source>how well all right answers rank near the top (1 = perfect)</source>
        <translation>насколько близко к началу списка оказываются все правильные ответы (1 = идеально)</translation>
    </message>
    <message>
        <source>how well similar and not-similar pairs are told apart (1 = perfect)</source>
        <translation>насколько хорошо различаются похожие и непохожие пары (1 = идеально)</translation>
    </message>
    <message>
        <source>balance of found and correct similar pairs (1 = perfect)</source>
        <translation>баланс между тем, сколько похожих пар найдено и сколько из них верно (1 = идеально)</translation>
    </message>
    <message>
        <source>agreement of the similar/not-similar calls with your labels (1 = perfect)</source>
        <translation>согласие решений «похожи / не похожи» с вашими метками (1 = идеально)</translation>
    </message>
    <message>
        <source>similarity above which pairs count as similar (for accuracy)</source>
        <translatorcomment>&apos;for accuracy&apos; rendered as &apos;for the share of correct decisions&apos; to avoid &apos;точность&apos;, which is used for precision.</translatorcomment>
        <translation type="unfinished">порог сходства, выше которого пары считаются похожими (для доли верных решений)</translation>
    </message>
    <message>
        <source>similarity above which pairs count as similar (for balance)</source>
        <translation>порог сходства, выше которого пары считаются похожими (для баланса)</translation>
    </message>
    <message>
        <source>share of questions with the right answer (among the first {k})</source>
        <translation>доля вопросов, у которых есть правильный ответ (среди первых {k})</translation>
    </message>
    <message>
        <source>another measure of the library ({name})</source>
        <translation>ещё один показатель из библиотеки ({name})</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 вопрос</translation>
    </message>
    <message>
        <source>{rows:,} questions</source>
        <translatorcomment>Unit strings are used inside &apos;On the {unit} of your evaluation file&apos; / &apos;On {unit} the model had not seen&apos;; I restructured those to put {unit} in brackets so that number-independent &apos;вопросов: {rows:,}&apos; fits.</translatorcomment>
        <translation type="unfinished">вопросов: {rows:,}</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 строка</translation>
    </message>
    <message>
        <source>{rows:,} rows</source>
        <translation>строк: {rows:,}</translation>
    </message>
    <message>
        <source>1 pair</source>
        <translation>1 пара</translation>
    </message>
    <message>
        <source>{rows:,} pairs</source>
        <translation>пар: {rows:,}</translation>
    </message>
    <message>
        <source>On the {unit} of your evaluation file</source>
        <translation>На данных, взятых из вашего файла для проверки ({unit})</translation>
    </message>
    <message>
        <source>On {unit} the model had not seen</source>
        <translation>На данных, которых модель не видела ({unit})</translation>
    </message>
    <message>
        <source>{where}, its similarity now agrees with your scores {after:.2f} (it was {before:.2f}; 1.0 would be perfect, 0 is no agreement).</source>
        <translation>{where}, согласие сходства с вашими оценками теперь {after:.2f} (было {before:.2f}; 1.0 — идеально, 0 — никакого согласия).</translation>
    </message>
    <message>
        <source>{where}, its similarity now agrees with your scores {after:.2f} (1.0 would be perfect, 0 is no agreement).</source>
        <translation>{where}, согласие сходства с вашими оценками теперь {after:.2f} (1.0 — идеально, 0 — никакого согласия).</translation>
    </message>
    <message>
        <source>{where}, it now puts the right answer first for {after} of them (it was {before}; guessing would get {chance}).</source>
        <translation>{where}, модель теперь ставит правильный ответ первым в {after} случаев (было {before}; при угадывании вышло бы {chance}).</translation>
    </message>
    <message>
        <source>{where}, it now puts the right answer first for {after} of them (guessing would get {chance}).</source>
        <translation>{where}, модель теперь ставит правильный ответ первым в {after} случаев (при угадывании вышло бы {chance}).</translation>
    </message>
    <message>
        <source>{where}, the matching text now comes out closer than the other one in {after} of them (it was {before}; guessing would get 50%).</source>
        <translation>{where}, подходящий текст теперь оказывается ближе, чем другой, в {after} случаев (было {before}; при угадывании вышло бы 50%).</translation>
    </message>
    <message>
        <source>{where}, the matching text now comes out closer than the other one in {after} of them (guessing would get 50%).</source>
        <translation>{where}, подходящий текст теперь оказывается ближе, чем другой, в {after} случаев (при угадывании вышло бы 50%).</translation>
    </message>
    <message>
        <source>{where}, it now tells similar from not-similar pairs with a score of {after:.2f} (it was {before:.2f}; 1.0 would be perfect, {chance:.2f} would be guessing).</source>
        <translation>{where}, модель теперь различает похожие и непохожие пары с показателем {after:.2f} (было {before:.2f}; 1.0 — идеально, {chance:.2f} — как при угадывании).</translation>
    </message>
    <message>
        <source>{where}, it now tells similar from not-similar pairs with a score of {after:.2f} (1.0 would be perfect, {chance:.2f} would be guessing).</source>
        <translation>{where}, модель теперь различает похожие и непохожие пары с показателем {after:.2f} (1.0 — идеально, {chance:.2f} — как при угадывании).</translation>
    </message>
</context>
<context>
    <name>exporting</name>
    <message>
        <source>Could not write {name}: {error}.</source>
        <extracomment>Leading characters a spreadsheet may treat as the start of a formula. Characters spreadsheets skip before a formula starts: whitespace (Unicode&apos;s too), control characters, zero-width spaces and byte-order marks. Characters the XML inside an XLSX file cannot hold (openpyxl refuses them). Most characters an Excel cell holds; longer labels are cut (Excel reports such a file as damaged). Label of the top-left cell.</extracomment>
        <translation>Не удалось записать {name}: {error}.</translation>
    </message>
    <message>
        <source>Pick another folder or close the file if a spreadsheet program has it open.</source>
        <translation>Выберите другую папку или закройте файл, если он открыт в программе для работы с таблицами.</translation>
    </message>
    <message>
        <source>Cannot save a picture as &apos;.{suffix}&apos;.</source>
        <translation>Изображение нельзя сохранить в формате «.{suffix}».</translation>
    </message>
    <message>
        <source>Use a file name ending in .png or .svg.</source>
        <translation>Укажите имя файла с расширением .png или .svg.</translation>
    </message>
</context>
<context>
    <name>hard_negatives</name>
    <message>
        <source>{mined} of {pairs} question/answer pairs got 1 wrong answer that looks right, found in the data itself.</source>
        <extracomment>Skip this many of the base model&apos;s best-ranked wrong answers (see the module docstring). A negative must score at least this share below the right answer (NV-Retriever&apos;s 95%). Never take a candidate scoring above this against the question. Candidates looked at per question (the library&apos;s ``range_max``), at most. Questions compared with the corpus at once (bounds memory: this many x corpus scores). Texts embedded between two progress reports / cancel checks. Examples kept in the summary for the user to look at. Losses that accept (anchor, positive, negative_1, ..., negative_n) rows.</extracomment>
        <translation>Для {mined} из {pairs} пар «вопрос — ответ» в самих данных найден неверный ответ, похожий на правильный (по 1 на пару).</translation>
    </message>
    <message>
        <source>{mined} of {pairs} question/answer pairs got {negatives} wrong answers that look right, found in the data itself.</source>
        <translation>Для {mined} из {pairs} пар «вопрос — ответ» в самих данных найдены неверные ответы, похожие на правильные (по {negatives} на пару).</translation>
    </message>
    <message>
        <source>{mined} of {pairs} question/answer pairs got 1 wrong answer that looks right, found in the data itself; 1 pair had no safe wrong answer and was left out of this training.</source>
        <translation>Для {mined} из {pairs} пар «вопрос — ответ» в самих данных найден неверный ответ, похожий на правильный (по 1 на пару); для 1 пары не нашлось надёжного неверного ответа, и она не участвует в этом обучении.</translation>
    </message>
    <message>
        <source>{mined} of {pairs} question/answer pairs got {negatives} wrong answers that look right, found in the data itself; 1 pair had no safe wrong answer and was left out of this training.</source>
        <translation>Для {mined} из {pairs} пар «вопрос — ответ» в самих данных найдены неверные ответы, похожие на правильные (по {negatives} на пару); для 1 пары не нашлось надёжного неверного ответа, и она не участвует в этом обучении.</translation>
    </message>
    <message>
        <source>{mined} of {pairs} question/answer pairs got 1 wrong answer that looks right, found in the data itself; {skipped} pairs had no safe wrong answer and were left out of this training.</source>
        <translation>Для {mined} из {pairs} пар «вопрос — ответ» в самих данных найден неверный ответ, похожий на правильный (по 1 на пару); пар без надёжного неверного ответа: {skipped}, они не участвуют в этом обучении.</translation>
    </message>
    <message>
        <source>{mined} of {pairs} question/answer pairs got {negatives} wrong answers that look right, found in the data itself; {skipped} pairs had no safe wrong answer and were left out of this training.</source>
        <translation>Для {mined} из {pairs} пар «вопрос — ответ» в самих данных найдены неверные ответы, похожие на правильные (по {negatives} на пару); пар без надёжного неверного ответа: {skipped}, они не участвуют в этом обучении.</translation>
    </message>
    <message>
        <source>The number of wrong answers to find per question must be from 1 to {most} (it is {value}).</source>
        <translation>Число неверных ответов на один вопрос должно быть от 1 до {most} (сейчас: {value}).</translation>
    </message>
    <message>
        <source>1 to 3 is usual.</source>
        <translation>Обычно берут от 1 до 3.</translation>
    </message>
    <message>
        <source>Mining wrong answers needs question/answer pairs.</source>
        <translation>Для подбора неверных ответов нужны пары «вопрос — ответ».</translation>
    </message>
    <message>
        <source>There are only {answers} different answers; finding 1 wrong answer per question needs at least {needed}.</source>
        <translation>Разных ответов всего: {answers}; чтобы подобрать по 1 неверному ответу на вопрос, нужно не меньше {needed}.</translation>
    </message>
    <message>
        <source>There are only {answers} different answers; finding {negatives} wrong answers per question needs at least {needed}.</source>
        <translation>Разных ответов всего: {answers}; чтобы подобрать неверные ответы на каждый вопрос (по {negatives}), нужно не меньше {needed}.</translation>
    </message>
    <message>
        <source>Use more rows, or train without wrong answers.</source>
        <translation>Возьмите больше строк или обучайте без неверных ответов.</translation>
    </message>
    <message>
        <source>Before training, the app looks through your own answers for each question&apos;s best-looking wrong answers and teaches the model that they are wrong. This helps most when many answers are alike. The very closest answers are skipped, because they are often right too, but check the examples: if an answer taught as wrong is in fact right, leave this off.</source>
        <extracomment>Rows the &quot;Show examples&quot; preview mines on (a sample keeps it to seconds on a laptop). What the option does, in plain words (the Loss page shows it; the CLI help says the same).</extracomment>
        <translation>Перед обучением приложение просматривает ваши собственные ответы и для каждого вопроса подбирает неверные ответы, больше всего похожие на правильные, а затем учит модель, что они неверны. Это особенно помогает, когда многие ответы похожи друг на друга. Самые близкие ответы пропускаются, потому что часто они тоже верны, но всё же проверьте примеры: если ответ, помеченный как неверный, на самом деле правильный, не включайте этот параметр.</translation>
    </message>
    <message>
        <source>Measured on two small question/answer sets (Korean chat replies and English quiz questions, 50 training steps of all-MiniLM-L6-v2), it made no clear difference: a question or two more (or fewer) of 70 to 160 got the right answer first. Try one run with it and one without, and keep the model that does better on your held-out rows.</source>
        <extracomment>What was measured (docs/benchmarks/hard-negatives.md), so the advice is not a promise.</extracomment>
        <translation>Проверка на двух небольших наборах вопросов и ответов (корейские ответы в чате и английские вопросы викторины, 50 шагов обучения all-MiniLM-L6-v2) не показала явной разницы: из 70–160 вопросов правильный ответ оказывался первым на один-два вопроса чаще (или реже). Сделайте один запуск с этим параметром и один без него и оставьте модель, которая лучше справляется с отложенными строками.</translation>
    </message>
    <message>
        <source>Wrong answers that look right can only be found for question/answer pairs.</source>
        <translation>Неверные ответы, похожие на правильные, можно подобрать только для пар «вопрос — ответ».</translation>
    </message>
    <message>
        <source>Choose a file with a question column and an answer column.</source>
        <translation>Выберите файл, в котором есть столбец с вопросами и столбец с ответами.</translation>
    </message>
</context>
<context>
    <name>losses</name>
    <message>
        <source>pairs of texts that belong together, without a score or label</source>
        <extracomment>Plain words for each data shape, used in &quot;your data has ...&quot; sentences.</extracomment>
        <translation>пары текстов, которые подходят друг к другу, без оценки и метки</translation>
    </message>
    <message>
        <source>a text, a matching text and a non-matching text in each row</source>
        <translation>в каждой строке текст, подходящий к нему текст и неподходящий текст</translation>
    </message>
    <message>
        <source>pairs of texts with a similarity score</source>
        <translation>пары текстов с оценкой сходства</translation>
    </message>
    <message>
        <source>pairs of texts labelled similar / not similar</source>
        <translation>пары текстов с меткой «похожи / не похожи»</translation>
    </message>
    <message>
        <source>pairs of texts with one of several classes</source>
        <translation>пары текстов с одним из нескольких классов</translation>
    </message>
    <message>
        <source>two texts that belong together in each row</source>
        <extracomment>What each shape lacks, phrased for &quot;X needs ...; your data has none.&quot;</extracomment>
        <translation>два подходящих друг к другу текста в каждой строке</translation>
    </message>
    <message>
        <source>a third column with a text that does NOT match (a negative) in each row</source>
        <translation>третий столбец, где в каждой строке текст, который НЕ подходит (отрицательный пример)</translation>
    </message>
    <message>
        <source>a similarity score for each pair</source>
        <translation>оценка сходства для каждой пары</translation>
    </message>
    <message>
        <source>a similar / not-similar label for each pair</source>
        <translation>метка «похожи / не похожи» для каждой пары</translation>
    </message>
    <message>
        <source>a class (such as entailment / neutral / contradiction) for each pair</source>
        <translation>класс для каждой пары (например, следование / нейтрально / противоречие)</translation>
    </message>
    <message>
        <source>Matryoshka training teaches the model to put the most important information first, so its vectors still work when cut short (for example 768 numbers down to 128). Shorter vectors make searching a large collection faster and smaller on disk, at a small cost in quality. It works on top of any loss; training takes a little longer.</source>
        <extracomment>The Matryoshka option explained for the loss page.</extracomment>
        <translation>Обучение Matryoshka учит модель ставить самую важную информацию в начало, поэтому её векторы работают, даже если их укоротить (например, с 768 чисел до 128). Короткие векторы ускоряют поиск по большому собранию текстов и занимают меньше места на диске, а качество при этом немного снижается. Работает с любой функцией потерь; обучение идёт чуть дольше.</translation>
    </message>
    <message>
        <source>{loss} needs {needs}; your data has none.</source>
        <extracomment>Matryoshka sizes offered by default; those larger than the model&apos;s own are dropped.</extracomment>
        <translatorcomment>Frames &apos;needs {needs}&apos; / &apos;learns from {wanted}&apos; / &apos;has {have}&apos; restructured so the inserted phrases stay in the nominative case.</translatorcomment>
        <translation type="unfinished">Для {loss} нужны данные, где есть {needs}; в ваших данных этого нет.</translation>
    </message>
    <message>
        <source>{loss} needs {needs}; your data has {have}.</source>
        <translation>Для {loss} нужны данные, где есть {needs}, а у вас в данных {have}.</translation>
    </message>
    <message>
        <source>texts that belong together (two or three columns, no score or label)</source>
        <translation>тексты, которые подходят друг к другу (два или три столбца, без оценки и метки)</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} или {second}</translation>
    </message>
    <message>
        <source>{loss} learns from {wanted}; your data has {have}. Use {best} instead.</source>
        <translation>{loss} учится на таких данных: {wanted}. А у вас в данных {have}. Лучше выберите {best}.</translation>
    </message>
    <message>
        <source>{loss} learns from {wanted}; your data has {have}.</source>
        <translation>{loss} учится на таких данных: {wanted}. А у вас в данных {have}.</translation>
    </message>
    <message>
        <source>Find the right answer among many</source>
        <extracomment>Every loss the app offers, the recommended ones first for their shapes.</extracomment>
        <translatorcomment>Loss titles (used as names and quoted in other texts): chose infinitive phrases; the other half should use the same wording if they quote them.</translatorcomment>
        <translation type="unfinished">Найти правильный ответ среди многих</translation>
    </message>
    <message>
        <source>Learns from texts that belong together, such as a question and its answer. For each question, the model is shown its own answer next to the answers of the other questions in the same batch, and learns to pick the right one. You only need the pairs: no scores or labels. If your rows also have a wrong answer, it is used as an extra, harder example.</source>
        <translation>Учится на текстах, которые подходят друг к другу, например на вопросе и ответе на него. Для каждого вопроса модели показывают его собственный ответ рядом с ответами на другие вопросы из того же пакета, и она учится выбирать правильный. Нужны только пары — без оценок и меток. Если в ваших строках есть ещё и неверный ответ, он используется как дополнительный, более сложный пример.</translation>
    </message>
    <message>
        <source>Questions with answers, search queries with documents, titles with texts: the usual choice for search and FAQ matching. Bigger batches help.</source>
        <translation>Вопросы с ответами, поисковые запросы с документами, заголовки с текстами: обычный выбор для поиска и подбора ответов из FAQ. Чем больше пакеты, тем лучше.</translation>
    </message>
    <message>
        <source>Find the right answer among many (large batches, less memory)</source>
        <translation>Найти правильный ответ среди многих (большие пакеты, меньше памяти)</translation>
    </message>
    <message>
        <source>The same idea as &apos;Find the right answer among many&apos;, but it works through the batch in small pieces so that much bigger batches fit in memory. Bigger batches mean more wrong answers to learn from, which usually gives a better model. Training is somewhat slower.</source>
        <translation>Та же идея, что и «Найти правильный ответ среди многих», но пакет обрабатывается небольшими частями, поэтому в память помещаются гораздо большие пакеты. Чем больше пакет, тем больше неверных ответов, на которых можно учиться, и обычно тем лучше модель. Обучение идёт несколько медленнее.</translation>
    </message>
    <message>
        <source>Question/answer pairs when you want large batches (64 and more) on a computer with limited memory.</source>
        <translation>Пары «вопрос — ответ», когда нужны большие пакеты (64 и больше) на компьютере с ограниченной памятью.</translation>
    </message>
    <message>
        <source>Match my similarity scores (ranking)</source>
        <translation>Следовать моим оценкам сходства (по порядку)</translation>
    </message>
    <message>
        <source>Learns from pairs of sentences that you scored for similarity (for example 0 to 5). The model learns to put the pairs in the same order as your scores: a pair you rated 4 should end up closer than a pair you rated 2. Only the order matters, so it copes well with scores that different people gave.</source>
        <translation>Учится на парах предложений, которым вы поставили оценку сходства (например, от 0 до 5). Модель учится располагать пары в том же порядке, что и ваши оценки: пара с оценкой 4 должна оказаться ближе, чем пара с оценкой 2. Важен только порядок, поэтому метод хорошо справляется с оценками, которые ставили разные люди.</translation>
    </message>
    <message>
        <source>Sentence pairs with a similarity score: the recommended choice.</source>
        <translation>Пары предложений с оценкой сходства: рекомендуемый выбор.</translation>
    </message>
    <message>
        <source>Match my similarity scores (AnglE)</source>
        <translation>Следовать моим оценкам сходства (AnglE)</translation>
    </message>
    <message>
        <source>Like &apos;Match my similarity scores (ranking)&apos;, it learns to order your scored pairs the way you scored them, but measures closeness by angle. It sometimes trains a little better when many pairs are almost the same.</source>
        <translation>Как и «Следовать моим оценкам сходства (по порядку)», учится упорядочивать ваши пары так же, как их оценили вы, но измеряет близость по углу. Иногда обучается чуть лучше, когда многие пары почти одинаковые.</translation>
    </message>
    <message>
        <source>Scored sentence pairs, as an alternative to CoSENTLoss worth comparing.</source>
        <translation>Пары предложений с оценками — как альтернатива CoSENTLoss, которую стоит сравнить.</translation>
    </message>
    <message>
        <source>Copy my similarity scores</source>
        <translation>Повторить мои оценки сходства</translation>
    </message>
    <message>
        <source>Learns from pairs of sentences with a similarity score and tries to make the model&apos;s own similarity number equal to your score for every pair. It is the classic choice and easy to understand, but it treats your exact numbers as the truth, so uneven scoring hurts it more than the ranking losses.</source>
        <translation>Учится на парах предложений с оценкой сходства и старается, чтобы число сходства, которое выдаёт модель, совпало с вашей оценкой для каждой пары. Это классический и понятный выбор, но он считает ваши точные числа истиной, поэтому неровные оценки вредят ему сильнее, чем методам, которые учитывают только порядок.</translation>
    </message>
    <message>
        <source>Scored pairs when the exact score values are meaningful.</source>
        <translation>Пары с оценками, когда важны именно точные значения оценок.</translation>
    </message>
    <message>
        <source>Pull similar pairs together, push others apart</source>
        <translation>Сблизить похожие пары, отдалить остальные</translation>
    </message>
    <message>
        <source>Learns from pairs of texts marked similar or not similar (1 or 0). Pairs marked similar are pulled close together; pairs marked not similar are pushed apart until they are far enough.</source>
        <translation>Учится на парах текстов с пометкой «похожи» или «не похожи» (1 или 0). Похожие пары притягиваются друг к другу, а непохожие отталкиваются, пока не окажутся достаточно далеко.</translation>
    </message>
    <message>
        <source>Duplicate detection with yes/no labels, e.g. &apos;are these two questions the same?&apos;.</source>
        <translation>Поиск дубликатов с метками «да / нет», например «это один и тот же вопрос?».</translation>
    </message>
    <message>
        <source>Learn from the hardest similar / not-similar pairs</source>
        <translation>Учиться на самых трудных похожих и непохожих парах</translation>
    </message>
    <message>
        <source>Learns from pairs of texts marked similar or not similar, like &apos;Pull similar pairs together&apos;, but in each batch it concentrates on the pairs the model still gets wrong: similar pairs that look far apart and different pairs that look close. This usually trains better and faster.</source>
        <translation>Учится на парах текстов с пометкой «похожи» или «не похожи», как и «Сблизить похожие пары», но в каждом пакете сосредоточивается на парах, в которых модель пока ошибается: похожих парах, которые выглядят далёкими, и разных парах, которые выглядят близкими. Обычно так обучение идёт лучше и быстрее.</translation>
    </message>
    <message>
        <source>Pairs with a yes/no similarity label: the recommended choice.</source>
        <translation>Пары с меткой сходства «да / нет»: рекомендуемый выбор.</translation>
    </message>
    <message>
        <source>Tell the relation of two sentences</source>
        <translation>Определить отношение между двумя предложениями</translation>
    </message>
    <message>
        <source>Learns from pairs of sentences that each carry one of a few classes, such as &apos;entailment&apos;, &apos;neutral&apos; and &apos;contradiction&apos;. The model learns to produce vectors from which the class of the pair can be told apart. This is how the first sentence-embedding models were trained on NLI data.</source>
        <translation>Учится на парах предложений, у каждой из которых есть один из нескольких классов, например «entailment» (следование), «neutral» (нейтрально) и «contradiction» (противоречие). Модель учится создавать такие векторы, по которым можно определить класс пары. Так обучали первые модели эмбеддингов предложений на данных NLI.</translation>
    </message>
    <message>
        <source>Sentence pairs with three or more classes (NLI-style data).</source>
        <translation>Пары предложений с тремя и более классами (данные в стиле NLI).</translation>
    </message>
    <message>
        <source>Closer to the right text than to the wrong one</source>
        <translation>Ближе к верному тексту, чем к неверному</translation>
    </message>
    <message>
        <source>Learns from rows of three texts: a text, one that matches it and one that does not. The model learns to place the matching text closer than the non-matching one by a safe margin. Unlike &apos;Find the right answer among many&apos; it only uses the wrong text you wrote down.</source>
        <translation>Учится на строках из трёх текстов: текст, подходящий к нему текст и неподходящий. Модель учится располагать подходящий текст ближе, чем неподходящий, с надёжным запасом. В отличие от «Найти правильный ответ среди многих», использует только тот неверный текст, который вы указали сами.</translation>
    </message>
    <message>
        <source>Rows with a hand-picked wrong answer, when batches must stay small.</source>
        <translation>Строки с вручную подобранным неверным ответом, когда пакеты должны оставаться маленькими.</translation>
    </message>
    <message>
        <source>MatryoshkaLoss is an option on top of another loss, not a loss of its own.</source>
        <extracomment>The loss recommended for each shape.</extracomment>
        <translation>MatryoshkaLoss — это дополнительный параметр поверх другой функции потерь, а не отдельная функция потерь.</translation>
    </message>
    <message>
        <source>Pick a loss and add the Matryoshka option.</source>
        <translation>Выберите функцию потерь и добавьте параметр Matryoshka.</translation>
    </message>
    <message>
        <source>There is no loss called &apos;{name}&apos;.</source>
        <translation>Функции потерь «{name}» не существует.</translation>
    </message>
    <message>
        <source>Choose one of: {choices}.</source>
        <translation>Выберите одно из: {choices}.</translation>
    </message>
    <message>
        <source>The data shape &apos;{shape}&apos; is not one training understands.</source>
        <translation>Обучение не умеет работать с данными вида «{shape}».</translation>
    </message>
    <message>
        <source>Expected one of: {shapes}.</source>
        <translation>Ожидается одно из: {shapes}.</translation>
    </message>
    <message>
        <source>Matryoshka sizes must be between 1 and the model&apos;s vector size {model_dim}; got {sizes}.</source>
        <translation>Размеры Matryoshka должны быть от 1 до размера вектора модели ({model_dim}); указано: {sizes}.</translation>
    </message>
    <message>
        <source>Use sizes such as {sizes}.</source>
        <translation>Используйте размеры, например {sizes}.</translation>
    </message>
</context>
<context>
    <name>model_choice</name>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Vector size</source>
        <translation>Размер вектора</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>На этом компьютере</translation>
    </message>
    <message>
        <source>Fast on a laptop</source>
        <extracomment>The catalogue&apos;s speed classes in words (read in the current language).</extracomment>
        <translation>Быстро на ноутбуке</translation>
    </message>
    <message>
        <source>Medium; a GPU helps</source>
        <translation>Средне; GPU поможет</translation>
    </message>
    <message>
        <source>Slow without a GPU</source>
        <translation>Медленно без GPU</translation>
    </message>
    <message>
        <source>Once the model is on this computer, the app checks how well it knows the words of your texts.</source>
        <extracomment>Rows of the data looked at to find its languages (cheap: script ranges, no model). The validation warnings the Base model step shows (the rest belong to the Data step). What the step says before a check can run, and when one could not. (NOT_HERE_YET, NO_DATA_YET, CHECKING, CHECK_FAILED, ALL_WORDS_KNOWN: read as attributes of this module, they are in the current language.)</extracomment>
        <translation>Когда модель окажется на этом компьютере, приложение проверит, насколько хорошо она знает слова ваших текстов.</translation>
    </message>
    <message>
        <source>Pick your data first: the app then checks how well this model knows its words.</source>
        <translation>Сначала выберите данные: тогда приложение проверит, насколько хорошо эта модель знает их слова.</translation>
    </message>
    <message>
        <source>Checking your texts with this model&apos;s vocabulary…</source>
        <translation>Проверяем ваши тексты по словарю этой модели…</translation>
    </message>
    <message>
        <source>The app could not read this model&apos;s vocabulary, so it could not check your texts. You can still train.</source>
        <translation>Приложению не удалось прочитать словарь этой модели, поэтому проверить ваши тексты не получилось. Обучать всё равно можно.</translation>
    </message>
    <message>
        <source>This model knows the words of your texts.</source>
        <translation>Эта модель знает слова ваших текстов.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Download needed</source>
        <translation>Нужно скачать</translation>
    </message>
    <message>
        <source>“{ref}” does not look like a Hugging Face id. Ids look like “organisation/model-name”.</source>
        <translation>«{ref}» не похоже на идентификатор Hugging Face. Идентификаторы выглядят так: «organisation/model-name».</translation>
    </message>
    <message>
        <source>It makes vectors of {dimensions} numbers and reads up to {max_seq_length} tokens of each text.</source>
        <translation>Она создаёт векторы из {dimensions} чисел и читает до {max_seq_length} токенов каждого текста.</translation>
    </message>
    <message>
        <source>It makes vectors of {dimensions} numbers.</source>
        <translation>Она создаёт векторы из {dimensions} чисел.</translation>
    </message>
    <message>
        <source>It reads up to {max_seq_length} tokens of each text.</source>
        <translation>Она читает до {max_seq_length} токенов каждого текста.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#188038&apos;&gt;✔ On this computer.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#188038&apos;&gt;✔ Есть на этом компьютере.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Not on this computer yet: download it first ({size}).</source>
        <translation>На этом компьютере её пока нет: сначала скачайте её ({size}).</translation>
    </message>
    <message>
        <source>Not on this computer yet: download it first.</source>
        <translation>На этом компьютере её пока нет: сначала скачайте её.</translation>
    </message>
    <message>
        <source>{done:,.0f} MB of {total:,.0f} MB</source>
        <translation>{done:,.0f} МБ из {total:,.0f} МБ</translation>
    </message>
    <message>
        <source>{done:,.0f} MB</source>
        <translation>{done:,.0f} МБ</translation>
    </message>
    <message>
        <source>For texts in Sinhala, Russian, Korean and about 90 other languages, download {model} ({size}, about {minutes} minutes at {speed:g} Mbit/s). The app keeps working with the models on this computer meanwhile.</source>
        <translation>Для текстов на сингальском, русском, корейском и ещё примерно 90 языках скачайте {model} ({size}, около {minutes} мин при скорости {speed:g} Мбит/с). Пока идёт скачивание, приложение продолжает работать с моделями, которые уже есть на этом компьютере.</translation>
    </message>
    <message>
        <source>Words and signs it does not know: &lt;b&gt;{share:.0%}&lt;/b&gt; of your text.</source>
        <translation>Незнакомые модели слова и знаки: &lt;b&gt;{share:.0%}&lt;/b&gt; вашего текста.</translation>
    </message>
    <message>
        <source>“{column}”: {mean:g} tokens on average, longest {longest} (it reads {limit}); {over:.0%} are cut short.</source>
        <translation>«{column}»: в среднем токенов: {mean:g}, самый длинный — {longest} (модель читает {limit}); обрезается: {over:.0%}.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Checked on {sampled:,} of {total:,} rows.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Проверено строк: {sampled:,} из {total:,}.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Checked.</source>
        <translation>Проверено.</translation>
    </message>
    <message>
        <source>Your texts are in {missing}, which {chosen} was not trained on, so the app chose {model} instead: it knows {names} and {cost}.</source>
        <translatorcomment>{missing}/{names} are nominative language adjectives (сингальский и корейский); frame restructured around them, and {cost} is assumed to be a verb phrase like «уже есть на этом компьютере». Check it reads well with the other half&apos;s catalog_models translations.</translatorcomment>
        <translation type="unfinished">Модель {chosen} не обучалась на таких языках: {missing}, а ваши тексты написаны на них. Поэтому приложение выбрало вместо неё {model}: она знает {names} и {cost}.</translation>
    </message>
    <message>
        <source>{model} was not trained on {missing}. </source>
        <translation>Модель {model} не обучалась на таких языках: {missing}. </translation>
    </message>
    <message>
        <source>Better for your texts: {model}, which knows {names} and {cost}.</source>
        <translation>Для ваших текстов лучше подойдёт {model}: она знает {names} и {cost}.</translation>
    </message>
    <message>
        <source>Better for your texts: {model}, which {cost}.</source>
        <translation>Для ваших текстов лучше подойдёт {model}: она {cost}.</translation>
    </message>
</context>
<context>
    <name>model_export</name>
    <message>
        <source>A standard file that many programs and languages can run (Python, C#, Java, JavaScript, C++) with ONNX Runtime, without PyTorch. Gives the same vectors as the original model and is usually faster on a CPU. Pick this if unsure.</source>
        <extracomment>The file that marks a folder as an export this app wrote (the only kind it may replace). The report written into every exported folder. Pip names of the add-on packages the export needs (the ``export`` extra in pyproject.toml). How users install the add-on outside the GUI. Texts used for the check when the model has no held-out rows and the caller gives none.</extracomment>
        <translation>Стандартный файл, который можно запускать из многих программ и языков (Python, C#, Java, JavaScript, C++) с помощью ONNX Runtime, без PyTorch. Даёт те же векторы, что и исходная модель, и обычно работает быстрее на CPU. Выберите этот вариант, если сомневаетесь.</translation>
    </message>
    <message>
        <source>ONNX, smaller and faster (int8)</source>
        <translation>ONNX, меньше и быстрее (int8)</translation>
    </message>
    <message>
        <source>The ONNX file with most numbers stored as small integers: a smaller file and faster on most CPUs, with vectors that differ slightly from the original (the check below says how much). Good for servers and laptops without a GPU.</source>
        <translation>Файл ONNX, в котором большинство чисел хранится как небольшие целые: файл меньше и работает быстрее на большинстве CPU, а векторы немного отличаются от исходных (проверка ниже покажет, насколько). Подходит для серверов и ноутбуков без GPU.</translation>
    </message>
    <message>
        <source>Intel&apos;s engine for CPUs and Intel graphics. Often the fastest choice on Intel computers; the file stores its numbers at half size (16-bit) and gives the same vectors as the original model.</source>
        <translation>Движок Intel для CPU и графики Intel. Часто самый быстрый вариант на компьютерах Intel; числа в файле хранятся в половинном размере (16 бит), а векторы получаются такими же, как у исходной модели.</translation>
    </message>
    <message>
        <source>Exporting to {format} needs an add-on that is not installed ({packages}).</source>
        <translation>Для экспорта в {format} нужно дополнение, которое не установлено ({packages}).</translation>
    </message>
    <message>
        <source>Install it with: {command}</source>
        <translation>Установите его командой: {command}</translation>
    </message>
    <message>
        <source>The exported model&apos;s vectors differ from the original&apos;s more than they should (mean cosine similarity {mean:.3f}, below {threshold}). Use the original model, or another format.</source>
        <extracomment>The report&apos;s note when the export&apos;s vectors differ too much (English in the report; see :meth:`ExportReport.shown_notes`).</extracomment>
        <translation>Векторы экспортированной модели отличаются от исходных сильнее, чем допустимо (среднее косинусное сходство {mean:.3f}, ниже {threshold}). Используйте исходную модель или другой формат.</translation>
    </message>
    <message>
        <source>given texts</source>
        <extracomment>Where the checked texts came from (English in the report; see :meth:`ExportReport.shown_source`).</extracomment>
        <translation>заданные тексты</translation>
    </message>
    <message>
        <source>held-out rows</source>
        <translation>отложенные строки</translation>
    </message>
    <message>
        <source>built-in samples</source>
        <translation>встроенные примеры</translation>
    </message>
    <message>
        <source>There is no export format called &apos;{name}&apos;.</source>
        <translation>Формата экспорта «{name}» не существует.</translation>
    </message>
    <message>
        <source>Pick one of: {names}.</source>
        <translation>Выберите один из: {names}.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} — это файл, а не папка.</translation>
    </message>
    <message>
        <source>Choose a new folder name.</source>
        <translation>Выберите новое имя папки.</translation>
    </message>
    <message>
        <source>The export cannot go into the model&apos;s own folder (or a folder around it).</source>
        <translation>Экспорт нельзя сохранить в папку самой модели (или в папку, которая её содержит).</translation>
    </message>
    <message>
        <source>Choose a separate, new folder for the export.</source>
        <translation>Выберите для экспорта отдельную новую папку.</translation>
    </message>
    <message>
        <source>The folder {folder} already exists and was not written by an export of this app.</source>
        <translation>Папка {folder} уже существует, и её создал не экспорт из этого приложения.</translation>
    </message>
    <message>
        <source>Choose a new folder name; the app never replaces folders it did not write.</source>
        <translation>Выберите новое имя папки: приложение никогда не заменяет папки, которые создало не оно.</translation>
    </message>
    <message>
        <source>The folder {folder} already holds an export.</source>
        <translation>В папке {folder} уже есть экспорт.</translation>
    </message>
    <message>
        <source>Choose another name, or allow replacing it.</source>
        <translation>Выберите другое имя или разрешите заменить его.</translation>
    </message>
    <message>
        <source>There is no model folder at {path}.</source>
        <translation>По пути {path} нет папки модели.</translation>
    </message>
    <message>
        <source>Pick the folder of a trained model.</source>
        <translation>Выберите папку обученной модели.</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Загрузка модели…</translation>
    </message>
    <message>
        <source>Writing the model as {format}…</source>
        <translation>Запись модели в формате {format}…</translation>
    </message>
    <message>
        <source>Checking that the export gives the same vectors…</source>
        <translation>Проверяем, что экспорт даёт те же векторы…</translation>
    </message>
    <message>
        <source>Measuring the speed on this computer&apos;s processor…</source>
        <translation>Измеряем скорость на процессоре этого компьютера…</translation>
    </message>
    <message>
        <source>Saving to {folder}…</source>
        <translation>Сохранение в {folder}…</translation>
    </message>
    <message>
        <source>The folder {folder} appeared while exporting.</source>
        <translation>Папка {folder} появилась во время экспорта.</translation>
    </message>
    <message>
        <source>The export could not be written to {folder} ({error}).</source>
        <translation>Не удалось записать экспорт в {folder} ({error}).</translation>
    </message>
    <message>
        <source>Check that the folder is writable and the disk has free space.</source>
        <translation>Проверьте, что в папку можно записывать и на диске есть свободное место.</translation>
    </message>
    <message>
        <source>This model could not be converted ({error}).</source>
        <translation>Не удалось преобразовать эту модель ({error}).</translation>
    </message>
    <message>
        <source>Models with unusual architectures may not export; the original model folder still works in the app and with sentence-transformers.</source>
        <translation>Модели с необычной архитектурой могут не экспортироваться; исходная папка модели по-прежнему работает в приложении и с sentence-transformers.</translation>
    </message>
</context>
<context>
    <name>package</name>
    <message>
        <source>The data file {path} named in the configuration does not exist.</source>
        <extracomment>The file that marks a folder as a package this app wrote (the only kind it may replace). The app&apos;s data folder inside a package (EMBEDTUNE_HOME on the server): its models/ holds the base model when the configuration names it by its Hub id. Packages of the app&apos;s own dependencies a training server does not need (GUI, bundled model).</extracomment>
        <translation>Файл данных {path}, указанный в конфигурации, не существует.</translation>
    </message>
    <message>
        <source>Open the configuration in the app and pick the file again.</source>
        <translation>Откройте конфигурацию в приложении и выберите файл заново.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} — это файл, а не папка.</translation>
    </message>
    <message>
        <source>Choose a new folder name.</source>
        <translation>Выберите новое имя папки.</translation>
    </message>
    <message>
        <source>The folder {folder} already exists and was not written by this app.</source>
        <translation>Папка {folder} уже существует, и её создало не это приложение.</translation>
    </message>
    <message>
        <source>Choose a new folder name; the app never replaces folders it did not write.</source>
        <translation>Выберите новое имя папки: приложение никогда не заменяет папки, которые создало не оно.</translation>
    </message>
    <message>
        <source>The folder {folder} already holds a packed run.</source>
        <translation>В папке {folder} уже есть упакованный запуск.</translation>
    </message>
    <message>
        <source>Choose another name, or allow replacing it.</source>
        <translation>Выберите другое имя или разрешите заменить его.</translation>
    </message>
    <message>
        <source>The configuration names no training file.</source>
        <translation>В конфигурации не указан файл для обучения.</translation>
    </message>
    <message>
        <source>Pick a spreadsheet in the app first.</source>
        <translation>Сначала выберите таблицу в приложении.</translation>
    </message>
    <message>
        <source>The folder {folder} appeared while packing.</source>
        <translation>Папка {folder} появилась во время упаковки.</translation>
    </message>
    <message>
        <source>The folder {folder} could not be written ({error}).</source>
        <translation>Не удалось записать папку {folder} ({error}).</translation>
    </message>
    <message>
        <source>Check that the place is writable and the disk has free space.</source>
        <translation>Проверьте, что в это место можно записывать и на диске есть свободное место.</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source>All {rows:,} rows train; the separate file measures the result.</source>
        <translation>На обучение идут все строки ({rows:,}); результат измеряется по отдельному файлу.</translation>
    </message>
    <message>
        <source>All {rows:,} rows train.</source>
        <translation>На обучение идут все строки ({rows:,}).</translation>
    </message>
    <message>
        <source>All {rows:,} rows train. {note}</source>
        <translation>На обучение идут все строки ({rows:,}). {note}</translation>
    </message>
    <message>
        <source>{train:,} rows train, {held:,} are kept apart to measure the result.</source>
        <translation>Строк для обучения: {train:,}; отложено для проверки результата: {held:,}.</translation>
    </message>
    <message>
        <source>Nothing is kept apart, so the result is not measured.</source>
        <translation>Ничего не отложено, поэтому результат не измеряется.</translation>
    </message>
    <message>
        <source>With under {min_rows} rows every row is needed to learn, so there is no independent measure of the result: try the trained model on a few sentences of your own in the Playground.</source>
        <translation>Когда строк меньше {min_rows}, для обучения нужна каждая, поэтому независимо измерить результат нельзя: попробуйте обученную модель на нескольких своих предложениях в Песочнице.</translation>
    </message>
    <message>
        <source>Batch {batch} and learning rate {rate:g} (a smaller rate for a large model).</source>
        <translation>Размер пакета {batch}, скорость обучения {rate:g} (для большой модели — поменьше).</translation>
    </message>
    <message>
        <source>Batch {batch} and learning rate {rate:g}.</source>
        <translation>Размер пакета {batch}, скорость обучения {rate:g}.</translation>
    </message>
    <message>
        <source>1 pass over the {rows:,} rows (more would not fit in {minutes:.0f} minutes).</source>
        <translation>1 проход по всем строкам ({rows:,}): больше не уложится в {minutes:.0f} мин.</translation>
    </message>
    <message>
        <source>{passes} passes over the {rows:,} rows (more would not fit in {minutes:.0f} minutes).</source>
        <translation>Проходов по всем строкам ({rows:,}): {passes} — больше не уложится в {minutes:.0f} мин.</translation>
    </message>
    <message>
        <source>{passes} passes over the {rows:,} rows (smaller files need more).</source>
        <translation>Проходов по всем строкам ({rows:,}): {passes} (маленьким файлам нужно больше).</translation>
    </message>
    <message>
        <source>Automatic settings: batch 16 (32 for question/answer pairs on a GPU), learning rate 5e-5 (2e-5 for models over 150M weights), warm-up over the first 10% of steps, and more passes for smaller files (10 under 100 rows, 6 under 1,000, 4 under 5,000, 2 under 20,000, then 1), fewer if the passes would not fit the time budget (30 minutes unless you set one). 10% of the rows (at least 10) are kept apart to measure the model, except below 30 rows where every row trains. The model is measured on those rows during training; the end of training is kept unless an earlier moment was clearly better there.</source>
        <extracomment>Below this many rows, every row trains and nothing is held out (a handful of held-out rows measures nothing reliable, and each row matters for learning). A held-out share never keeps fewer rows than this apart. Held-out rows used at most (measuring stays quick during training). The time a run may take by default, in seconds, when sizing the number of passes. Rough training speed (examples a second) of a small model (~22M weights) per device; used only to keep the automatic number of passes inside the time budget. Weights of the model the rough speeds above were taken with. Evaluations during a run at most (each one embeds the held-out rows). What ``automatic`` means, in words (``train --help`` and the Settings page show it).</extracomment>
        <translation>Автоматические настройки: размер пакета 16 (32 для пар «вопрос — ответ» на GPU), скорость обучения 5e-5 (2e-5 для моделей больше 150 млн весов), разогрев в течение первых 10% шагов и больше проходов для маленьких файлов (10 — меньше 100 строк, 6 — меньше 1000, 4 — меньше 5000, 2 — меньше 20 000, дальше 1), но меньше, если проходы не уложатся в отведённое время (30 минут, если вы не задали другое). 10% строк (не меньше 10) откладываются для проверки модели, кроме случаев, когда строк меньше 30: тогда на обучение идут все. Во время обучения модель проверяется на этих строках; сохраняется модель с конца обучения, если только более ранний момент не был там явно лучше.</translation>
    </message>
    <message>
        <source>The model is measured on the {held:,} held-out rows every {every} steps; an earlier moment replaces the end only if it was clearly better.</source>
        <translation>Каждые {every} шагов модель проверяется на отложенных строках ({held:,}); более ранний момент заменяет конец обучения, только если он был явно лучше.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimated training time: {duration}&lt;/b&gt; for {steps:,} steps (an estimate, based on the speed measured on your last run with this model). Loading the model and checking quality before and after add a little.</source>
        <extracomment>The config fields :func:`apply_plan` fills. Seconds of one CPU training step of 16 examples of 64 tokens with a ~90 MB model (all-MiniLM-L6-v2 on this project&apos;s two shared cores); other sizes scale from it. A GPU is assumed this many times faster than the CPU. The model size (MB) the assumed step time was measured with. The file in the app&apos;s data folder that remembers measured training speeds.</extracomment>
        <translation>&lt;b&gt;Примерное время обучения: {duration}&lt;/b&gt; (шагов: {steps:,}; это оценка по скорости вашего последнего запуска с этой моделью). Загрузка модели и проверка качества до и после добавят ещё немного.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Estimated training time: {duration}&lt;/b&gt; for {steps:,} steps (an estimate, assumed for a model of this size on this device; your first run measures it). Loading the model and checking quality before and after add a little.</source>
        <translation>&lt;b&gt;Примерное время обучения: {duration}&lt;/b&gt; (шагов: {steps:,}; это предположение для модели такого размера на этом устройстве — первый запуск измерит скорость). Загрузка модели и проверка качества до и после добавят ещё немного.</translation>
    </message>
    <message>
        <source>about {seconds} seconds</source>
        <translation>около {seconds} с</translation>
    </message>
    <message>
        <source>about 1 minute</source>
        <translation>около 1 минуты</translation>
    </message>
    <message>
        <source>about {minutes} minutes</source>
        <translation>около {minutes} мин</translation>
    </message>
    <message>
        <source>about 1 hour {minutes} minutes</source>
        <translation>около 1 ч {minutes} мин</translation>
    </message>
    <message>
        <source>about {hours} hours {minutes} minutes</source>
        <translation>около {hours} ч {minutes} мин</translation>
    </message>
    <message>
        <source>a graphics card (GPU)</source>
        <translation>видеокарта (GPU)</translation>
    </message>
    <message>
        <source>Apple&apos;s GPU</source>
        <translation>GPU Apple</translation>
    </message>
    <message>
        <source>this computer&apos;s processor (CPU)</source>
        <translation>процессор этого компьютера (CPU)</translation>
    </message>
    <message>
        <source>Choose your data first; the suggestions depend on how many rows it has.</source>
        <translation>Сначала выберите данные: рекомендации зависят от того, сколько в них строк.</translation>
    </message>
    <message>
        <source>Suggested for &lt;b&gt;{rows:,}&lt;/b&gt; training rows on {device}.</source>
        <translation>Рекомендации для строк обучения: &lt;b&gt;{rows:,}&lt;/b&gt;; устройство: {device}.</translation>
    </message>
    <message>
        <source>Suggested for &lt;b&gt;{rows:,}&lt;/b&gt; training rows on {device} (checking for a graphics card…).</source>
        <translation>Рекомендации для строк обучения: &lt;b&gt;{rows:,}&lt;/b&gt;; устройство: {device} (ищем видеокарту…).</translation>
    </message>
</context>
<context>
    <name>playground</name>
    <message>
        <source>සිංහල Sinhala</source>
        <extracomment>Example sets offered as buttons: (button text, file in resources/examples).</extracomment>
        <translation>සිංහල (сингальский)</translation>
    </message>
    <message>
        <source>Русский Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>한국어 Korean</source>
        <translation>한국어 (корейский)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English (английский)</translation>
    </message>
    <message>
        <source>Difference (second − first)</source>
        <extracomment>Most sentences shown in one matrix (a 100x100 matrix is already hard to read). Most rows of a data set searched. Sentences taken from the data set when compare mode opens with an empty box. Title of the difference matrix (second model minus first).</extracomment>
        <translation>Разница (вторая − первая)</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <extracomment>What each export kind is called in a save dialog.</extracomment>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG picture (*.svg)</source>
        <translation>Изображение SVG (*.svg)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Файл CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Loading {model}… (the first model takes a few seconds)</source>
        <translation>Загрузка {model}… (первая модель загружается несколько секунд)</translation>
    </message>
    <message>
        <source>Downloading {model}: {done:.0f} of {total:.0f} MB…</source>
        <translation>Скачивание {model}: {done:.0f} из {total:.0f} МБ…</translation>
    </message>
    <message>
        <source>{rows}×{columns} matrix in {ms:.0f} ms. Only the first {most} lines of a list are shown.</source>
        <translation>Матрица {rows}×{columns} за {ms:.0f} мс. Из списка показаны только первые строки ({most}).</translation>
    </message>
    <message>
        <source>{rows}×{columns} matrix in {ms:.0f} ms.</source>
        <translation>Матрица {rows}×{columns} за {ms:.0f} мс.</translation>
    </message>
    <message>
        <source>Similarity: {first:.3f} → {second:.3f} with the second model ({difference:+.3f})</source>
        <translation>Сходство: {first:.3f} → {second:.3f} со второй моделью ({difference:+.3f})</translation>
    </message>
    <message>
        <source>Similarity: {first:.3f}</source>
        <translation>Сходство: {first:.3f}</translation>
    </message>
    <message>
        <source>Searching {count:,} texts from {name}.</source>
        <translation>Поиск среди текстов из {name} (всего: {count:,}).</translation>
    </message>
    <message>
        <source>Searching the pasted list below. Import a data set on the Train tab to search it.</source>
        <translation>Поиск по списку, вставленному ниже. Чтобы искать по набору данных, импортируйте его на вкладке «Обучение».</translation>
    </message>
    <message>
        <source>Reading {count:,} texts for search (once)…</source>
        <translation>Читаем тексты для поиска (всего: {count:,}; только один раз)…</translation>
    </message>
    <message>
        <source>Searched with {model} in {ms:.0f} ms.</source>
        <translation>Поиск с моделью {model} занял {ms:.0f} мс.</translation>
    </message>
    <message>
        <source>{verdicts} Its similarity scores for these sentences mean little.</source>
        <translation>{verdicts} Её оценки сходства для этих предложений мало что значат.</translation>
    </message>
    <message>
        <source>{advice} Try {model}: it knows {languages} and {cost}.</source>
        <translation>{advice} Попробуйте {model}: она знает {languages} и {cost}.</translation>
    </message>
    <message>
        <source>Use {model}</source>
        <translation>Использовать {model}</translation>
    </message>
</context>
<context>
    <name>plotting</name>
    <message>
        <source>change (after − before)</source>
        <extracomment>Fixed colour scale of a similarity map. Fixed colour scale of a difference map (after minus before).</extracomment>
        <translation>изменение (после − до)</translation>
    </message>
    <message>
        <source>cosine similarity</source>
        <translation>косинусное сходство</translation>
    </message>
    <message>
        <source>evaluation score</source>
        <extracomment>Colours of the two curves (matplotlib&apos;s default blue and orange, readable when printed). The file name of the saved plot inside a trained model&apos;s folder.</extracomment>
        <translation>оценка качества</translation>
    </message>
    <message>
        <source>Spearman correlation</source>
        <translation>корреляция Spearman</translation>
    </message>
    <message>
        <source>Pearson correlation</source>
        <translation>корреляция Pearson</translation>
    </message>
    <message>
        <source>right answer first</source>
        <translation>правильный ответ первым</translation>
    </message>
    <message>
        <source>average precision</source>
        <translation>средняя точность</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>доля верных ответов</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>потери при обучении</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>шаг обучения</translation>
    </message>
    <message>
        <source>training loss (lower is better)</source>
        <translation>потери при обучении (чем меньше, тем лучше)</translation>
    </message>
    <message>
        <source>The loss curve appears here once training starts.</source>
        <translation>График потерь появится здесь, когда начнётся обучение.</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>проверка</translation>
    </message>
    <message>
        <source>{metric} (higher is better)</source>
        <translation>{metric} (чем больше, тем лучше)</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Потери при обучении</translation>
    </message>
</context>
<context>
    <name>project</name>
    <message>
        <source>Could not save the project to {path} ({error}).</source>
        <extracomment>The suffix of project files (registered by the installers as the app&apos;s document type). What the ``format`` key of every project file says. Bumped when the file layout changes incompatibly. Config fields that always hold file or folder paths.</extracomment>
        <translation>Не удалось сохранить проект в {path} ({error}).</translation>
    </message>
    <message>
        <source>Pick another folder, or check that the disk is not full.</source>
        <translation>Выберите другую папку или проверьте, не заполнен ли диск.</translation>
    </message>
    <message>
        <source>{name} is not a project file of this app.</source>
        <translation>{name} — не файл проекта этого приложения.</translation>
    </message>
    <message>
        <source>Pick a file ending in {suffix} saved by this app.</source>
        <translation>Выберите файл с расширением {suffix}, сохранённый этим приложением.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {problem}.</source>
        <translation>Не удалось открыть {name}: {problem}.</translation>
    </message>
    <message>
        <source>Fix or remove that part of the file, or pick a project saved by this app.</source>
        <translation>Исправьте или удалите эту часть файла либо выберите проект, сохранённый этим приложением.</translation>
    </message>
    <message>
        <source>the setting &apos;relative_paths&apos; should be a list of named paths</source>
        <translation>параметр «relative_paths» должен быть списком именованных путей</translation>
    </message>
    <message>
        <source>&apos;relative_paths&apos; names an unknown setting &apos;{name}&apos;</source>
        <translation>в «relative_paths» указан неизвестный параметр «{name}»</translation>
    </message>
    <message>
        <source>the relative path of &apos;{name}&apos; is not a clean piece of text</source>
        <translation>относительный путь для «{name}» не является обычным текстом</translation>
    </message>
    <message>
        <source>{name} is not a project file of this app (too large, or not an ordinary file).</source>
        <translation>{name} — не файл проекта этого приложения (слишком большой или не обычный файл).</translation>
    </message>
    <message>
        <source>The project file {path} does not exist.</source>
        <translation>Файл проекта {path} не существует.</translation>
    </message>
    <message>
        <source>It may have been moved or deleted.</source>
        <translation>Возможно, его переместили или удалили.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a project file.</source>
        <translation>{path} — это папка, а не файл проекта.</translation>
    </message>
    <message>
        <source>Pick a project file.</source>
        <translation>Выберите файл проекта.</translation>
    </message>
    <message>
        <source>Could not open {name} ({error}).</source>
        <translation>Не удалось открыть {name} ({error}).</translation>
    </message>
    <message>
        <source>Check that you may read the file.</source>
        <translation>Проверьте, есть ли у вас право читать этот файл.</translation>
    </message>
    <message>
        <source>its format version is not a whole number</source>
        <translation>номер версии формата не является целым числом</translation>
    </message>
    <message>
        <source>{name} was saved by a newer version of the app.</source>
        <translation>{name} сохранён более новой версией приложения.</translation>
    </message>
    <message>
        <source>Update the app to open it.</source>
        <translation>Обновите приложение, чтобы открыть его.</translation>
    </message>
    <message>
        <source>{name} does not hold any settings.</source>
        <translation>В {name} нет никаких настроек.</translation>
    </message>
    <message>
        <source>Pick a project saved by this app.</source>
        <translation>Выберите проект, сохранённый этим приложением.</translation>
    </message>
    <message>
        <source>the setting &apos;metadata&apos; should be a list of named values</source>
        <translation>параметр «metadata» должен быть списком именованных значений</translation>
    </message>
    <message>
        <source>the setting &apos;{key}&apos; should be a piece of text</source>
        <translation>параметр «{key}» должен быть текстом</translation>
    </message>
    <message>
        <source>{name} cannot be opened. {problem}</source>
        <translation>Не удалось открыть {name}. {problem}</translation>
    </message>
</context>
<context>
    <name>runner</name>
    <message>
        <source>No training file was chosen.</source>
        <extracomment>Aim for about this many loss points in a run (the curve the user watches). Wall-clock seconds of training between checkpoints (none in a shorter run, none at the end). Test-only environment variable: seconds between checkpoints instead of :data:`CHECKPOINT_INTERVAL_S` (the fault-injection tests make it tiny). Not a user setting: users set ``save_steps`` in the configuration. On GPUs, log the loss at most this often (each log waits for the GPU&apos;s queued work). How many times a run that ran out of memory before its first step is retried with a smaller per-step batch. What hard-negative mining did (``MiningSummary.to_dict()``), None when it was off. The step whose model was kept (the end unless an earlier moment was clearly better). The step with the highest held-out figure during training. Which moment was kept and why, in plain words (&quot;&quot; when the end was also the highest). The held-out measurements during training: dicts with step, epoch, value (the saved loss plot draws them beside the loss). What the kept model made of each held-out row (a RowMeasures; not saved): the search compares recipes row by row with it.</extracomment>
        <translation>Файл для обучения не выбран.</translation>
    </message>
    <message>
        <source>Pick a spreadsheet with your examples.</source>
        <translation>Выберите таблицу со своими примерами.</translation>
    </message>
    <message>
        <source>No usable rows are left in the file after removing rows with problems.</source>
        <translation>После удаления строк с проблемами в файле не осталось пригодных строк.</translation>
    </message>
    <message>
        <source>Open the file and fix the rows the check lists.</source>
        <translation>Откройте файл и исправьте строки, перечисленные в проверке.</translation>
    </message>
    <message>
        <source>The evaluation file has no column {columns}.</source>
        <translatorcomment>{columns} may hold several column names; singular &apos;столбца&apos; may then be slightly off.</translatorcomment>
        <translation type="unfinished">В файле для проверки нет столбца {columns}.</translation>
    </message>
    <message>
        <source>Use an evaluation file with the same columns as the training file.</source>
        <translation>Используйте файл для проверки с теми же столбцами, что и в файле для обучения.</translation>
    </message>
    <message>
        <source>Pick a loss that fits your data, or leave it on automatic.</source>
        <translation>Выберите функцию потерь, подходящую к вашим данным, или оставьте автоматический выбор.</translation>
    </message>
    <message>
        <source>Wrong answers that look right are only found for question/answer pairs trained with Multiple Negatives Ranking; this run trains without them.</source>
        <translation>Неверные ответы, похожие на правильные, подбираются только для пар «вопрос — ответ» при обучении с Multiple Negatives Ranking; этот запуск обучается без них.</translation>
    </message>
    <message>
        <source>Finding wrong answers that look right in your examples…</source>
        <translation>Ищем среди ваших примеров неверные ответы, похожие на правильные…</translation>
    </message>
    <message>
        <source>Training was stopped while wrong answers were being found; nothing was trained.</source>
        <translation>Обучение остановлено во время поиска неверных ответов; ничего не обучено.</translation>
    </message>
    <message>
        <source>Start it again when you are ready.</source>
        <translation>Запустите его снова, когда будете готовы.</translation>
    </message>
    <message>
        <source>No safe wrong answers were found for any question.</source>
        <translation>Ни для одного вопроса не нашлось надёжных неверных ответов.</translation>
    </message>
    <message>
        <source>Train without &apos;answers that look right but are wrong&apos;.</source>
        <translation>Обучайте без параметра «Учиться также на ответах, которые выглядят правильными, но неверны».</translation>
    </message>
    <message>
        <source>Training now uses CachedMultipleNegativesRankingLoss: the same results with the same {batch} examples per step, computed {mini} at a time (slower, much less memory).</source>
        <translation>Теперь обучение использует CachedMultipleNegativesRankingLoss: результаты те же, пакет тот же ({batch} примеров на шаг), но он обрабатывается порциями по {mini} (медленнее, зато памяти нужно гораздо меньше).</translation>
    </message>
    <message>
        <source>Training now computes its {batch} examples per step {mini} at a time (the same results, slower, less memory).</source>
        <translation>Теперь обучение обрабатывает пакет ({batch} примеров на шаг) порциями по {mini} (результаты те же, медленнее, памяти нужно меньше).</translation>
    </message>
    <message>
        <source>Training now processes {per_step} examples at a time and adds up {accumulation} of them before each update, so each update still learns from about {total} examples. With this loss fewer examples are compared with each other at once.</source>
        <translation>Теперь обучение обрабатывает примеры порциями по {per_step} и перед каждым обновлением складывает результаты нескольких порций ({accumulation}), так что каждое обновление по-прежнему учитывает около {total} примеров. С этой функцией потерь одновременно сравнивается меньше примеров.</translation>
    </message>
    <message>
        <source>Training now processes {per_step} examples at a time and adds up {accumulation} of them before each update, so each update still learns from about {total} examples.</source>
        <translation>Теперь обучение обрабатывает примеры порциями по {per_step} и перед каждым обновлением складывает результаты нескольких порций ({accumulation}), так что каждое обновление по-прежнему учитывает около {total} примеров.</translation>
    </message>
    <message>
        <source>Training uses CachedMultipleNegativesRankingLoss: the same results with the same {batch} examples per step, computed {mini} at a time.</source>
        <translation>Обучение использует CachedMultipleNegativesRankingLoss: результаты те же, пакет тот же ({batch} примеров на шаг), но он обрабатывается порциями по {mini}.</translation>
    </message>
    <message>
        <source>The GPU has {free_gb:.1f} GB free, likely too little for {batch} examples at once. {note}</source>
        <translation>Свободной памяти на GPU: {free_gb:.1f} ГБ — вероятно, слишком мало для {batch} примеров за раз. {note}</translation>
    </message>
    <message>
        <source>Nothing to do; a smaller maximum text length would make it faster.</source>
        <translation>Ничего делать не нужно; с меньшей максимальной длиной текста обучение шло бы быстрее.</translation>
    </message>
    <message>
        <source>The interrupted run in {folder} was made by an earlier version of the app, which this version cannot continue.</source>
        <translation>Прерванный запуск в {folder} сделан более ранней версией приложения, и эта версия не может его продолжить.</translation>
    </message>
    <message>
        <source>Start the training again without &apos;resume&apos;; that folder is left as it is (delete it yourself once you no longer need it).</source>
        <translatorcomment>Kept &apos;resume&apos; untranslated in «» as an option name (the CLI flag is --resume); if the GUI shows a translated label for it, use that instead.</translatorcomment>
        <translation type="unfinished">Запустите обучение заново без «resume»; эта папка останется как есть (удалите её сами, когда она больше не понадобится).</translation>
    </message>
    <message>
        <source>There is no interrupted run to continue for {folder}.</source>
        <translation>Для {folder} нет прерванного запуска, который можно продолжить.</translation>
    </message>
    <message>
        <source>Start the training again without &apos;resume&apos;.</source>
        <translatorcomment>Kept &apos;resume&apos; untranslated in «» as an option name (the CLI flag is --resume); if the GUI shows a translated label for it, use that instead.</translatorcomment>
        <translation type="unfinished">Запустите обучение заново без «resume».</translation>
    </message>
    <message>
        <source>The newest saved progress cannot be used ({problem}); continuing from the older one at step {step}.</source>
        <translation>Последний сохранённый прогресс использовать нельзя ({problem}); продолжаем с более раннего, с шага {step}.</translation>
    </message>
    <message>
        <source>The saved progress of the interrupted run into {folder} cannot be used: {problem}.</source>
        <translation>Сохранённый прогресс прерванного запуска в {folder} использовать нельзя: {problem}.</translation>
    </message>
    <message>
        <source>No output folder was chosen.</source>
        <translation>Папка для результата не выбрана.</translation>
    </message>
    <message>
        <source>Choose where to save the model.</source>
        <translation>Выберите, куда сохранить модель.</translation>
    </message>
    <message>
        <source>Reading your examples…</source>
        <translation>Читаем ваши примеры…</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Загрузка модели…</translation>
    </message>
    <message>
        <source>Measuring the model before training…</source>
        <translation>Измеряем качество модели до обучения…</translation>
    </message>
    <message>
        <source>Training with {loss} on {rows} rows…</source>
        <translation>Обучение с {loss} (строк: {rows})…</translation>
    </message>
    <message>
        <source>The saved progress in {folder} cannot be read ({error}): it is damaged or was changed.</source>
        <translation>Сохранённый прогресс в {folder} не удаётся прочитать ({error}): он повреждён или изменён.</translation>
    </message>
    <message>
        <source>The GPU ran out of memory. {note}</source>
        <translation>На GPU закончилась память. {note}</translation>
    </message>
    <message>
        <source>The computer ran out of memory. {note}</source>
        <translation>На компьютере закончилась память. {note}</translation>
    </message>
    <message>
        <source>Nothing to do. A smaller maximum text length would use less memory and be faster.</source>
        <translation>Ничего делать не нужно. С меньшей максимальной длиной текста памяти понадобится меньше, а работа пойдёт быстрее.</translation>
    </message>
    <message>
        <source>Measuring the model after training…</source>
        <translation>Измеряем качество модели после обучения…</translation>
    </message>
    <message>
        <source>Saving the model to {folder}…</source>
        <translation>Сохраняем модель в {folder}…</translation>
    </message>
    <message>
        <source>{hint} The progress up to step {step} is kept: once there is room, train again with &apos;resume&apos; to continue from there.</source>
        <translatorcomment>Kept &apos;resume&apos; untranslated in «» as an option name (the CLI flag is --resume); if the GUI shows a translated label for it, use that instead.</translatorcomment>
        <translation type="unfinished">{hint} Прогресс до шага {step} сохранён: когда освободится место, снова запустите обучение с «resume», чтобы продолжить с этого места.</translation>
    </message>
    <message>
        <source>The GPU ran out of memory while training, even with {per_step} examples at a time.</source>
        <extracomment>The trainer&apos;s functions that read a checkpoint when a run resumes.</extracomment>
        <translation>Во время обучения на GPU закончилась память, даже при порциях по {per_step} примеров.</translation>
    </message>
    <message>
        <source>The computer ran out of memory while training, even with {per_step} examples at a time.</source>
        <translation>Во время обучения на компьютере закончилась память, даже при порциях по {per_step} примеров.</translation>
    </message>
    <message>
        <source>Use a smaller batch size (for example {suggestion}), a shorter maximum text length, or a smaller model.</source>
        <translation>Уменьшите размер пакета (например, до {suggestion}), максимальную длину текста или выберите модель поменьше.</translation>
    </message>
    <message>
        <source>{advice} (Training was stopped early.)</source>
        <translation>{advice} (Обучение остановлено досрочно.)</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Apple GPU</source>
        <translation>GPU Apple</translation>
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
        <translation>{reason} (остановлено досрочно)</translation>
    </message>
    <message>
        <source>Finished; there were no held-out rows to measure it on (stopped early).</source>
        <translation>Завершено; отложенных строк для проверки не было (остановлено досрочно).</translation>
    </message>
    <message>
        <source>Finished; there were no held-out rows to measure it on.</source>
        <translation>Завершено; отложенных строк для проверки не было.</translation>
    </message>
    <message>
        <source>{metric}: {after:.2f} (stopped early).</source>
        <translation>{metric}: итог {after:.2f} (остановлено досрочно).</translation>
    </message>
    <message>
        <source>{metric}: {after:.2f}.</source>
        <translation>{metric}: итог {after:.2f}.</translation>
    </message>
    <message>
        <source>{metric}: {before:.2f} → {after:.2f} (stopped early).</source>
        <translation>{metric}: было {before:.2f} → стало {after:.2f} (остановлено досрочно).</translation>
    </message>
    <message>
        <source>{metric}: {before:.2f} → {after:.2f}.</source>
        <translation>{metric}: было {before:.2f} → стало {after:.2f}.</translation>
    </message>
    <message>
        <source>Choose a folder to save the model in.</source>
        <translation>Выберите папку, в которую сохранить модель.</translation>
    </message>
    <message>
        <source>The folder {folder} already holds files: use the new folder name offered beside it, or choose another folder.</source>
        <translation>В папке {folder} уже есть файлы: возьмите новое имя папки, предложенное рядом, или выберите другую папку.</translation>
    </message>
</context>
<context>
    <name>saving</name>
    <message>
        <source>{path} is a file, not a folder.</source>
        <extracomment>Written into every staging/checkpoint folder this app creates beside an output folder. Written last into a checkpoint: without it the checkpoint is incomplete and never used. The app&apos;s name in its markers. Files a sentence-transformers model folder holds (for folders saved before the marker existed): a folder with only these, plus training_summary.json and modules.json, is ours.</extracomment>
        <translation>{path} — это файл, а не папка.</translation>
    </message>
    <message>
        <source>Choose a folder name for the trained model.</source>
        <translation>Выберите имя папки для обученной модели.</translation>
    </message>
    <message>
        <source>The folder {folder} already exists.</source>
        <translation>Папка {folder} уже существует.</translation>
    </message>
    <message>
        <source>Choose another name, or allow replacing it.</source>
        <translation>Выберите другое имя или разрешите заменить её.</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} и ещё {count}</translation>
    </message>
    <message>
        <source>The folder {folder} holds files this app did not write ({names}), so it will not be replaced.</source>
        <translation>В папке {folder} есть файлы, которые создало не это приложение ({names}), поэтому она не будет заменена.</translation>
    </message>
    <message>
        <source>Choose a new, empty folder for the trained model.</source>
        <translation>Выберите новую пустую папку для обученной модели.</translation>
    </message>
    <message>
        <source>The trained model cannot be saved in {folder}: the disk is full.</source>
        <translation>Обученную модель нельзя сохранить в {folder}: диск заполнен.</translation>
    </message>
    <message>
        <source>The trained model cannot be saved in {folder}: it is read-only or not yours.</source>
        <translation>Обученную модель нельзя сохранить в {folder}: папка доступна только для чтения или принадлежит не вам.</translation>
    </message>
    <message>
        <source>Choose another folder for the trained model (for example in your Documents).</source>
        <translation>Выберите другую папку для обученной модели (например, в папке «Документы»).</translation>
    </message>
    <message>
        <source>Another training is already saving to {folder}.</source>
        <translation>Другое обучение уже сохраняет результат в {folder}.</translation>
    </message>
    <message>
        <source>Wait for it to end, or choose another folder. If no other training is running, delete the file {path}.</source>
        <translation>Дождитесь его окончания или выберите другую папку. Если другое обучение не идёт, удалите файл {path}.</translation>
    </message>
    <message>
        <source>The folder {folder} could not be locked for this run.</source>
        <translation>Не удалось заблокировать папку {folder} для этого запуска.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, choose another folder.</source>
        <translation>Попробуйте ещё раз; если это повторяется, выберите другую папку.</translation>
    </message>
    <message>
        <source>its training state is not valid</source>
        <translation>его состояние обучения недействительно</translation>
    </message>
    <message>
        <source>its training state is missing or damaged</source>
        <translation>его состояние обучения отсутствует или повреждено</translation>
    </message>
    <message>
        <source>its model weights are missing</source>
        <translation>в нём нет весов модели</translation>
    </message>
    <message>
        <source>its model weights are damaged</source>
        <translation>веса модели в нём повреждены</translation>
    </message>
    <message>
        <source>its optimizer state is missing</source>
        <translation>в нём нет состояния оптимизатора</translation>
    </message>
    <message>
        <source>{size:.1f} GB</source>
        <translation>{size:.1f} ГБ</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>The disk is full: {what} needs about {needed} free in {folder}, {free} free now.</source>
        <translatorcomment>{what} is a noun phrase like &apos;saving the trained model&apos; (сохранение обученной модели), used as the subject here.</translatorcomment>
        <translation type="unfinished">Диск заполнен: {what} требует около {needed} свободного места в {folder}, а сейчас свободно {free}.</translation>
    </message>
    <message>
        <source>The disk is full: {what} needs about {needed} free in {folder}.</source>
        <translation>Диск заполнен: {what} требует около {needed} свободного места в {folder}.</translation>
    </message>
    <message>
        <source>The disk is full: {what} needs more space free in {folder}, {free} free now.</source>
        <translation>Диск заполнен: {what} требует больше свободного места в {folder}, а сейчас свободно {free}.</translation>
    </message>
    <message>
        <source>The disk is full: {what} needs more space free in {folder}.</source>
        <translation>Диск заполнен: {what} требует больше свободного места в {folder}.</translation>
    </message>
    <message>
        <source>saving the trained model</source>
        <translation>сохранение обученной модели</translation>
    </message>
    <message>
        <source>Free some space on that disk or choose a folder on another disk, then train again.</source>
        <translation>Освободите место на этом диске или выберите папку на другом диске, затем запустите обучение снова.</translation>
    </message>
    <message>
        <source>The trained model could not be saved to {folder} ({reason}).</source>
        <translation>Не удалось сохранить обученную модель в {folder} ({reason}).</translation>
    </message>
    <message>
        <source>Check that the folder is writable and the disk has free space.</source>
        <translation>Проверьте, что в папку можно записывать и на диске есть свободное место.</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <source>{loss}, learning rate {rate:g}, 1 pass</source>
        <extracomment>The time a search may take when the user gives none, in seconds. Losses never tried by the search (variants of another loss that only save memory).</extracomment>
        <translation>{loss}, скорость обучения {rate:g}, 1 проход</translation>
    </message>
    <message>
        <source>{loss}, learning rate {rate:g}, {epochs:g} passes</source>
        <translation>{loss}, скорость обучения {rate:g}, проходов: {epochs:g}</translation>
    </message>
    <message>
        <source>No output folder was chosen.</source>
        <translation>Папка для результата не выбрана.</translation>
    </message>
    <message>
        <source>Choose where to save the model.</source>
        <translation>Выберите, куда сохранить модель.</translation>
    </message>
    <message>
        <source>Reading your examples…</source>
        <translation>Читаем ваши примеры…</translation>
    </message>
    <message>
        <source>Finding the best settings needs rows kept apart to compare the settings on. {note}</source>
        <translation>Чтобы подобрать лучшие настройки, нужны отложенные строки, на которых настройки можно сравнить. {note}</translation>
    </message>
    <message>
        <source>Keep a share of the rows apart (at least 30 rows in all), or train with the automatic settings.</source>
        <translation>Отложите часть строк (всего не меньше 30) или обучайте с автоматическими настройками.</translation>
    </message>
    <message>
        <source>Stopped before it started.</source>
        <translation>Остановлено до начала.</translation>
    </message>
    <message>
        <source>Not tried: it would not fit in the time given.</source>
        <translation>Не опробовано: не уложилось бы в отведённое время.</translation>
    </message>
    <message>
        <source>Trying settings {number} of {count}: {recipe}…</source>
        <translation>Пробуем вариант настроек {number} из {count}: {recipe}…</translation>
    </message>
    <message>
        <source>None of the settings tried could train a model.</source>
        <translation>Ни с одним из опробованных вариантов настроек обучить модель не удалось.</translation>
    </message>
    <message>
        <source>Train with the automatic settings to see what goes wrong.</source>
        <translation>Запустите обучение с автоматическими настройками, чтобы увидеть, что идёт не так.</translation>
    </message>
    <message>
        <source>Higher on the held-out rows by {delta:.3f}, within what chance explains, so the first settings (what a plain run trains) were kept.</source>
        <translation>На отложенных строках выше на {delta:.3f}, но это в пределах случайности, поэтому оставлены первые настройки (то, что обучает обычный запуск).</translation>
    </message>
    <message>
        <source>{reason} The settings were chosen among {tried} tried on these same rows, so the result may be slightly flattering.</source>
        <translation>{reason} Настройки выбраны из нескольких вариантов ({tried}), опробованных на этих же строках, поэтому результат может выглядеть немного лучше, чем на самом деле.</translation>
    </message>
</context>
<context>
    <name>trainer</name>
    <message>
        <source>A checkpoint could not be written in {folder} ({error}).</source>
        <translation>Не удалось записать контрольную точку в {folder} ({error}).</translation>
    </message>
    <message>
        <source>Check that the folder is writable, then train again.</source>
        <translation>Проверьте, что в папку можно записывать, и запустите обучение снова.</translation>
    </message>
    <message>
        <source>The disk is full: a checkpoint (to continue an interrupted run) needs about {needed} free in {folder} ({free} free now). Training goes on without new checkpoints; the last complete one is kept.</source>
        <translation>Диск заполнен: для контрольной точки (чтобы можно было продолжить прерванный запуск) нужно около {needed} свободного места в {folder} (сейчас свободно {free}). Обучение продолжается без новых контрольных точек; последняя полная точка сохранена.</translation>
    </message>
    <message>
        <source>The disk is full: a checkpoint (to continue an interrupted run) needs about {needed} free in {folder}. Training goes on without new checkpoints; the last complete one is kept.</source>
        <translation>Диск заполнен: для контрольной точки (чтобы можно было продолжить прерванный запуск) нужно около {needed} свободного места в {folder}. Обучение продолжается без новых контрольных точек; последняя полная точка сохранена.</translation>
    </message>
    <message>
        <source>Free some space on that disk before the training ends, so the model can be saved.</source>
        <translation>Освободите место на этом диске до конца обучения, чтобы модель можно было сохранить.</translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message>
        <source>Better</source>
        <extracomment>Each verdict in two or three plain words, for lists of runs (the headline says more).</extracomment>
        <translation>Лучше</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Хуже</translation>
    </message>
    <message>
        <source>No real change</source>
        <translation>Заметных изменений нет</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>Пока нельзя сказать</translation>
    </message>
    <message>
        <source>No rows are kept apart to measure the model, so there is no independent measure of what training changed.</source>
        <extracomment>Fewer held-out rows than this measure nothing reliable. A correlation with the user&apos;s scores at or below this is not a usable model. Resamples of the paired bootstrap. Share of rows whose two texts are identical above which the measure cannot tell.</extracomment>
        <translation>Для проверки модели не отложено ни одной строки, поэтому независимо измерить, что изменило обучение, нельзя.</translation>
    </message>
    <message>
        <source>With under 30 rows every row is needed to learn: try the trained model on a few sentences of your own in the Playground. With more rows, keep a share apart.</source>
        <translation>Когда строк меньше 30, для обучения нужна каждая: попробуйте обученную модель на нескольких своих предложениях в Песочнице. Если строк больше, отложите часть для проверки.</translation>
    </message>
    <message>
        <source>Only 1 row would measure the model: too few to tell a real change from chance.</source>
        <translation>Проверять модель можно было бы только на 1 строке: этого слишком мало, чтобы отличить настоящее изменение от случайности.</translation>
    </message>
    <message>
        <source>Only {rows} rows would measure the model: too few to tell a real change from chance.</source>
        <translation>Строк для проверки модели всего: {rows}. Этого слишком мало, чтобы отличить настоящее изменение от случайности.</translation>
    </message>
    <message>
        <source>Keep at least 10 rows apart (a bigger share, or a separate file to check on), or try the trained model on sentences of your own in the Playground.</source>
        <translation>Отложите не меньше 10 строк (большую долю или отдельный файл для проверки) либо попробуйте обученную модель на своих предложениях в Песочнице.</translation>
    </message>
    <message>
        <source>In {identical:,} of {rows:,} rows your questions and answers are the same text: any model finds identical texts identical, so the measure cannot tell anything.</source>
        <translation>Строк, где вопрос и ответ — один и тот же текст: {identical:,} из {rows:,}. Любая модель считает одинаковые тексты одинаковыми, поэтому такое измерение ничего не покажет.</translation>
    </message>
    <message>
        <source>To train and measure a model, add the real answers in the second column.</source>
        <translation>Чтобы обучить и проверить модель, добавьте во второй столбец настоящие ответы.</translation>
    </message>
    <message>
        <source>In {identical:,} of {rows:,} rows the two texts of each pair are the same: any model finds identical texts identical, so the measure cannot tell anything.</source>
        <translation>Строк, где оба текста пары одинаковые: {identical:,} из {rows:,}. Любая модель считает одинаковые тексты одинаковыми, поэтому такое измерение ничего не покажет.</translation>
    </message>
    <message>
        <source>To train and measure a model, put two different texts in each row.</source>
        <translation>Чтобы обучить и проверить модель, поместите в каждую строку два разных текста.</translation>
    </message>
    <message>
        <source>Every row has the same score, so there is nothing to compare the model against.</source>
        <translation>У всех строк одна и та же оценка, поэтому модель не с чем сравнивать.</translation>
    </message>
    <message>
        <source>Include rows with different scores (similar and not-similar pairs).</source>
        <translation>Добавьте строки с разными оценками (похожие и непохожие пары).</translation>
    </message>
    <message>
        <source>Every row has the same label, so there is nothing to compare the model against.</source>
        <translation>У всех строк одна и та же метка, поэтому модель не с чем сравнивать.</translation>
    </message>
    <message>
        <source>Include rows with different labels (similar and not-similar pairs).</source>
        <translation>Добавьте строки с разными метками (похожие и непохожие пары).</translation>
    </message>
    <message>
        <source>The model still ranks pairs against your scores (a negative agreement), so it is not usable yet.</source>
        <translation>Модель всё ещё упорядочивает пары вопреки вашим оценкам (отрицательное согласие), поэтому пользоваться ею пока нельзя.</translation>
    </message>
    <message>
        <source>Its agreement with your scores is still close to none, so it is not usable yet.</source>
        <translation>Её согласие с вашими оценками всё ещё почти нулевое, поэтому пользоваться ею пока нельзя.</translation>
    </message>
    <message>
        <source>It still does barely better than guessing, so it is not usable yet.</source>
        <translation>Она всё ещё справляется едва лучше случайного угадывания, поэтому пользоваться ею пока нельзя.</translation>
    </message>
    <message>
        <source>Likely cause: {causes}.</source>
        <translation>Вероятная причина: {causes}.</translation>
    </message>
    <message>
        <source>the model was trained on English text and does not know your language: pick a multilingual model</source>
        <translation>модель обучалась на английских текстах и не знает вашего языка: выберите многоязычную модель</translation>
    </message>
    <message>
        <source>{rows:,} training rows are few; more rows usually help</source>
        <translation>строк для обучения мало ({rows:,}); обычно помогает добавить ещё</translation>
    </message>
    <message>
        <source>The model gives every pair the same similarity, before and after training, so the measure cannot tell anything.</source>
        <translation>Модель даёт всем парам одинаковое сходство и до, и после обучения, поэтому такое измерение ничего не покажет.</translation>
    </message>
    <message>
        <source>The model does not tell your texts apart: pick another model.</source>
        <translation>Модель не различает ваши тексты: выберите другую модель.</translation>
    </message>
    <message>
        <source>The trained model gives every pair the same similarity, so the measure cannot tell anything: training broke the model.</source>
        <translation>Обученная модель даёт всем парам одинаковое сходство, поэтому измерение ничего не покажет: обучение испортило модель.</translation>
    </message>
    <message>
        <source>Train again with a smaller learning rate.</source>
        <translation>Запустите обучение снова с меньшей скоростью обучения.</translation>
    </message>
    <message>
        <source>The measure could not be computed on these rows.</source>
        <translation>На этих строках не удалось вычислить показатель.</translation>
    </message>
    <message>
        <source>Check that the held-out rows have different scores or labels.</source>
        <translation>Проверьте, что у отложенных строк разные оценки или метки.</translation>
    </message>
    <message>
        <source>It was not measured before training, so the change cannot be judged.</source>
        <translation>До обучения показатель не измерялся, поэтому оценить изменение нельзя.</translation>
    </message>
    <message>
        <source>On {rows:,} evaluation rows, chance alone moves this measure by up to about {noise:.2f}.</source>
        <translation>На строках файла для проверки ({rows:,}) одна лишь случайность может сдвинуть этот показатель примерно на {noise:.2f}.</translation>
    </message>
    <message>
        <source>On {rows:,} held-out rows, chance alone moves this measure by up to about {noise:.2f}.</source>
        <translation>На отложенных строках ({rows:,}) одна лишь случайность может сдвинуть этот показатель примерно на {noise:.2f}.</translation>
    </message>
    <message>
        <source>Try a model that knows your language, add more rows, or check that the scores or labels mean what the model should learn.</source>
        <translation>Попробуйте модель, которая знает ваш язык, добавьте строк или проверьте, что оценки или метки означают именно то, чему должна научиться модель.</translation>
    </message>
    <message>
        <source>The gain of {delta:+.2f} is larger than chance explains. {noise}</source>
        <translation>Рост на {delta:+.2f} больше, чем можно объяснить случайностью. {noise}</translation>
    </message>
    <message>
        <source>Try it in the Playground with your own sentences.</source>
        <translation>Попробуйте её в Песочнице на своих предложениях.</translation>
    </message>
    <message>
        <source>The loss of {delta:+.2f} is larger than chance explains. {noise}</source>
        <translation>Падение на {delta:+.2f} больше, чем можно объяснить случайностью. {noise}</translation>
    </message>
    <message>
        <source>Train again with a smaller learning rate or fewer passes, or try another loss; the starting model is better for now.</source>
        <translation>Обучите снова с меньшей скоростью обучения или меньшим числом проходов либо попробуйте другую функцию потерь; пока исходная модель лучше.</translation>
    </message>
    <message>
        <source>The change of {delta:+.2f} is within what chance explains. {noise}</source>
        <translation>Изменение на {delta:+.2f} не выходит за пределы случайности. {noise}</translation>
    </message>
    <message>
        <source>To see a real change, try more held-out rows, or let the app find the best settings.</source>
        <translation>Чтобы увидеть настоящее изменение, отложите больше строк для проверки или позвольте приложению подобрать лучшие настройки.</translation>
    </message>
    <message>
        <source>To see a real change, try more rows, more held-out rows, or let the app find the best settings.</source>
        <translation>Чтобы увидеть настоящее изменение, добавьте строк, отложите больше строк для проверки или позвольте приложению подобрать лучшие настройки.</translation>
    </message>
</context>
<context>
    <name>watch</name>
    <message>
        <source>Training broke down: the loss is no longer a number. Try a smaller learning rate (for example half of it) and start again.</source>
        <translation>Обучение сорвалось: значение потерь больше не является числом. Попробуйте меньшую скорость обучения (например, вдвое меньше) и начните заново.</translation>
    </message>
    <message>
        <source>The loss has stopped falling: the model is not learning much more from these examples. You can stop here (the model is kept), or next time try a smaller learning rate, fewer epochs or more varied data.</source>
        <translation>Потери перестали снижаться: модель почти ничему больше не учится на этих примерах. Можно остановиться здесь (модель сохранится), а в следующий раз попробовать меньшую скорость обучения, меньше эпох или более разнообразные данные.</translation>
    </message>
    <message>
        <source>estimating…</source>
        <extracomment>Warning codes the training engine uses for a loss that is not a number.</extracomment>
        <translation>оцениваем…</translation>
    </message>
    <message>
        <source>about {clock}</source>
        <translation>около {clock}</translation>
    </message>
    <message>
        <source>{speed:.1f} examples/s</source>
        <translation>{speed:.1f} примеров/с</translation>
    </message>
    <message>
        <source>step {step}: loss {loss:.4f}, learning rate {rate:.2e}</source>
        <translation>шаг {step}: потери {loss:.4f}, скорость обучения {rate:.2e}</translation>
    </message>
    <message>
        <source>step {step}: loss {loss:.4f}</source>
        <translation>шаг {step}: потери {loss:.4f}</translation>
    </message>
    <message>
        <source>Alert: the loss is not a number.</source>
        <translation>Внимание: значение потерь — не число.</translation>
    </message>
    <message>
        <source>Alert: the loss stopped falling.</source>
        <translation>Внимание: потери перестали снижаться.</translation>
    </message>
    <message>
        <source>Note: {alert}</source>
        <translation>Примечание: {alert}</translation>
    </message>
    <message>
        <source>Finished (stopped early; saved in {folder}).</source>
        <translation>Завершено (остановлено досрочно; сохранено в {folder}).</translation>
    </message>
    <message>
        <source>Finished (saved in {folder}).</source>
        <translation>Завершено (сохранено в {folder}).</translation>
    </message>
    <message>
        <source>The batch size ({batch}) is larger than your {rows:,} training rows, so each step uses all {rows:,} rows (a batch size of {rows:,}).</source>
        <translation>Размер пакета ({batch}) больше числа строк для обучения ({rows:,}), поэтому на каждом шаге используются все строки (строк: {rows:,}) — то есть размер пакета фактически равен {rows:,}.</translation>
    </message>
    <message>
        <source>That is fine; to change it, go back to Settings.</source>
        <translation>Это нормально; чтобы изменить это, вернитесь к настройкам.</translation>
    </message>
    <message>
        <source>no data chosen</source>
        <translation>данные не выбраны</translation>
    </message>
    <message>
        <source>Train &lt;b&gt;{model}&lt;/b&gt; on &lt;b&gt;{data}&lt;/b&gt; with {loss} with Matryoshka, {epochs:g} epoch(s), at most {max_steps} steps, batch size {batch}.&lt;br&gt;The model will be saved in &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translatorcomment>Training summary restructured into &apos;label: value&apos; parts so that {data}/{loss}/{folder} fillers (&apos;no data chosen&apos;, &apos;the recommended loss&apos;, &apos;(no folder chosen)&apos;) and the numbers need no case or plural agreement.</translatorcomment>
        <translation type="unfinished">Обучить &lt;b&gt;{model}&lt;/b&gt;; данные: &lt;b&gt;{data}&lt;/b&gt;; функция потерь: {loss} с Matryoshka; эпох: {epochs:g}; максимум шагов: {max_steps}; размер пакета: {batch}.&lt;br&gt;Папка для модели: &lt;b&gt;{folder}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Train &lt;b&gt;{model}&lt;/b&gt; on &lt;b&gt;{data}&lt;/b&gt; with {loss} with Matryoshka, {epochs:g} epoch(s), batch size {batch}.&lt;br&gt;The model will be saved in &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translatorcomment>Training summary restructured into &apos;label: value&apos; parts so that {data}/{loss}/{folder} fillers (&apos;no data chosen&apos;, &apos;the recommended loss&apos;, &apos;(no folder chosen)&apos;) and the numbers need no case or plural agreement.</translatorcomment>
        <translation type="unfinished">Обучить &lt;b&gt;{model}&lt;/b&gt;; данные: &lt;b&gt;{data}&lt;/b&gt;; функция потерь: {loss} с Matryoshka; эпох: {epochs:g}; размер пакета: {batch}.&lt;br&gt;Папка для модели: &lt;b&gt;{folder}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Train &lt;b&gt;{model}&lt;/b&gt; on &lt;b&gt;{data}&lt;/b&gt; with {loss}, {epochs:g} epoch(s), at most {max_steps} steps, batch size {batch}.&lt;br&gt;The model will be saved in &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translatorcomment>Training summary restructured into &apos;label: value&apos; parts so that {data}/{loss}/{folder} fillers (&apos;no data chosen&apos;, &apos;the recommended loss&apos;, &apos;(no folder chosen)&apos;) and the numbers need no case or plural agreement.</translatorcomment>
        <translation type="unfinished">Обучить &lt;b&gt;{model}&lt;/b&gt;; данные: &lt;b&gt;{data}&lt;/b&gt;; функция потерь: {loss}; эпох: {epochs:g}; максимум шагов: {max_steps}; размер пакета: {batch}.&lt;br&gt;Папка для модели: &lt;b&gt;{folder}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Train &lt;b&gt;{model}&lt;/b&gt; on &lt;b&gt;{data}&lt;/b&gt; with {loss}, {epochs:g} epoch(s), batch size {batch}.&lt;br&gt;The model will be saved in &lt;b&gt;{folder}&lt;/b&gt;.</source>
        <translatorcomment>Training summary restructured into &apos;label: value&apos; parts so that {data}/{loss}/{folder} fillers (&apos;no data chosen&apos;, &apos;the recommended loss&apos;, &apos;(no folder chosen)&apos;) and the numbers need no case or plural agreement.</translatorcomment>
        <translation type="unfinished">Обучить &lt;b&gt;{model}&lt;/b&gt;; данные: &lt;b&gt;{data}&lt;/b&gt;; функция потерь: {loss}; эпох: {epochs:g}; размер пакета: {batch}.&lt;br&gt;Папка для модели: &lt;b&gt;{folder}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>the recommended loss</source>
        <translatorcomment>Only used as the {loss} filler after &apos;функция потерь:&apos; in the training summary, hence the bare adjective.</translatorcomment>
        <translation type="unfinished">рекомендуемая</translation>
    </message>
    <message>
        <source>(no folder chosen)</source>
        <translation>(папка не выбрана)</translation>
    </message>
    <message>
        <source>Choose your data first.</source>
        <translation>Сначала выберите данные.</translation>
    </message>
    <message>
        <source>Go back to the Data page.</source>
        <translation>Вернитесь на страницу «Данные».</translation>
    </message>
    <message>
        <source>Choose a folder to save the model in.</source>
        <translation>Выберите папку, в которую сохранить модель.</translation>
    </message>
    <message>
        <source>Go back to the Settings page.</source>
        <translation>Вернитесь на страницу «Настройки».</translation>
    </message>
    <message>
        <source>Stopped early; the model so far is saved.</source>
        <translation>Остановлено досрочно; модель в текущем состоянии сохранена.</translation>
    </message>
    <message>
        <source>Training finished.</source>
        <translation>Обучение завершено.</translation>
    </message>
</context>
<context>
    <name>wizard_steps</name>
    <message>
        <source>Data</source>
        <extracomment>The steps in order.</extracomment>
        <translation>Данные</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ваши данные</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Базовая модель</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Функция потерь</translation>
    </message>
    <message>
        <source>How the model learns</source>
        <translation>Как модель учится</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>Настройки обучения</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
</context>
</TS>
